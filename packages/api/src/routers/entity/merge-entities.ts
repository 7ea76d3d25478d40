import { z } from "zod";
import { mergeEntities } from "../../services/entity/edit-entities.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { idSchema, workspaceInput } from "../alignment/shared-input.ts";

const entityRef = z.object({ entityId: z.string() });

export const mergeEntitiesProcedure = authedProcedure
  .input(workspaceInput.extend({ intoId: idSchema, fromId: idSchema }))
  .output(entityRef)
  .mutation(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return mergeEntities(ctx.db, workspace.id, ctx.reviewer.id, input.intoId, input.fromId);
  });
