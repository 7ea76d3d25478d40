import { moveClaim } from "../../services/alignment/move-claim.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { expectedVersionSchema, groupRefOutput, idSchema, workspaceInput } from "./shared-input.ts";

export const moveClaimInput = workspaceInput.extend({
  claimId: idSchema,
  toGroupId: idSchema.nullable(),
  /** the version of the group the reviewer had open (`viewedGroupId`, by default the claim's own group) */
  expectedVersion: expectedVersionSchema,
  viewedGroupId: idSchema.optional(),
});

export const moveClaimProcedure = workspaceProcedure
  .input(moveClaimInput)
  .output(groupRefOutput)
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return moveClaim(ctx.db, {
      workspaceId: workspace.id,
      reviewerId: ctx.reviewer.id,
      claimId: input.claimId,
      toGroupId: input.toGroupId,
      ...(input.expectedVersion === undefined ? {} : { expected: { groupId: input.viewedGroupId, version: input.expectedVersion } }),
    });
  });
