import { z } from "zod";
import { setEntityCanonical } from "../../services/entity/edit-entities.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { idSchema, isStorableText, storableText, workspaceInput } from "../alignment/shared-input.ts";

const entityRef = z.object({ entityId: z.string() });

export const setEntityCanonicalProcedure = workspaceProcedure
  .input(workspaceInput.extend({ entityId: idSchema, canonical: z.string().trim().min(1).max(300).refine(isStorableText, storableText) }))
  .output(entityRef.extend({ canonical: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return setEntityCanonical(ctx.db, {
      workspaceId: workspace.id,
      reviewerId: ctx.reviewer.id,
      entityId: input.entityId,
      canonical: input.canonical,
    });
  });
