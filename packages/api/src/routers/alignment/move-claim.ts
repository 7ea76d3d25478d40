import { moveClaim } from "../../services/alignment/move-claim.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { expectedVersionSchema, groupRefOutput, idSchema, workspaceInput } from "./shared-input.ts";

export const moveClaimInput = workspaceInput.extend({
  claimId: idSchema,
  toGroupId: idSchema.nullable(),
  /** the version of the group the reviewer had open (`viewedGroupId`, by default the claim's own group) */
  expectedVersion: expectedVersionSchema,
  viewedGroupId: idSchema.optional(),
});

export const moveClaimProcedure = authedProcedure
  .input(moveClaimInput)
  .output(groupRefOutput)
  .mutation(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return moveClaim(ctx.db, workspace.id, ctx.reviewer.id, input.claimId, input.toGroupId, input.expectedVersion === undefined ? undefined : { groupId: input.viewedGroupId, version: input.expectedVersion });
  });
