import { z } from "zod";
import { splitEntityForm } from "../../services/entity/edit-entities.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { idSchema, isStorableText, storableText, workspaceInput } from "../alignment/shared-input.ts";

const entityRef = z.object({ entityId: z.string() });

export const splitEntityFormProcedure = authedProcedure
  .input(workspaceInput.extend({ entityId: idSchema, form: z.string().min(1).max(300).refine(isStorableText, storableText) }))
  .output(entityRef)
  .mutation(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return splitEntityForm(ctx.db, workspace.id, ctx.reviewer.id, input.entityId, input.form);
  });
