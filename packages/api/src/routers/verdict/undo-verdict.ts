import { z } from "zod";
import { undoLastVerdict } from "../../services/verdict/record-verdict.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { idSchema } from "../alignment/shared-input.ts";
import { discrepancyKeySchema } from "./discrepancy-key-schema.ts";
import { slugSchema } from "../workspace/get-workspace.ts";

export const undoVerdictProcedure = workspaceProcedure
  .input(
    z.object({
      workspace: slugSchema,
      groupId: idSchema,
      discrepancyKey: discrepancyKeySchema.nullable().optional(),
      expectedVerdictId: idSchema.optional(),
    }),
  )
  .output(z.object({ undone: z.string() }))
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return undoLastVerdict(ctx.db, {
      workspaceId: workspace.id,
      reviewerId: ctx.reviewer.id,
      groupId: input.groupId,
      discrepancyKey: input.discrepancyKey,
      ...(input.expectedVerdictId ? { expectedVerdictId: input.expectedVerdictId } : {}),
    });
  });
