import { z } from "zod";
import { setDiscrepancyDismissed } from "../../services/alignment/dismiss-discrepancy.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { expectedVersionSchema, idSchema, workspaceInput } from "./shared-input.ts";

export const dismissDiscrepancyInput = workspaceInput.extend({
  discrepancyId: idSchema,
  dismissed: z.boolean(),
  /** the group the discrepancy was seen in, and its version then: a change since is refused (CONFLICT) */
  groupId: idSchema.optional(),
  expectedVersion: expectedVersionSchema,
});

export const dismissDiscrepancyProcedure = workspaceProcedure
  .input(dismissDiscrepancyInput)
  .output(z.object({ dismissed: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return setDiscrepancyDismissed(ctx.db, {
      workspaceId: workspace.id,
      reviewerId: ctx.reviewer.id,
      discrepancyId: input.discrepancyId,
      dismissed: input.dismissed,
      ...(input.groupId && input.expectedVersion !== undefined
        ? { expected: { groupId: input.groupId, version: input.expectedVersion } }
        : {}),
    });
  });
