import { z } from "zod";
import { splitEntityForm } from "../../services/entity/edit-entities.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { idSchema, isStorableText, storableText, workspaceInput } from "../alignment/shared-input.ts";

const entityRef = z.object({ entityId: z.string() });

export const splitEntityFormProcedure = workspaceProcedure
  .input(workspaceInput.extend({ entityId: idSchema, form: z.string().min(1).max(300).refine(isStorableText, storableText) }))
  .output(entityRef)
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return splitEntityForm(ctx.db, { workspaceId: workspace.id, reviewerId: ctx.reviewer.id, entityId: input.entityId, form: input.form });
  });
