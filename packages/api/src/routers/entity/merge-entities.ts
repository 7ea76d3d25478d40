import { z } from "zod";
import { mergeEntities } from "../../services/entity/edit-entities.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { idSchema, workspaceInput } from "../alignment/shared-input.ts";

const entityRef = z.object({ entityId: z.string() });

export const mergeEntitiesProcedure = workspaceProcedure
  .input(workspaceInput.extend({ intoId: idSchema, fromId: idSchema }))
  .output(entityRef)
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return mergeEntities(ctx.db, { workspaceId: workspace.id, reviewerId: ctx.reviewer.id, intoId: input.intoId, fromId: input.fromId });
  });
