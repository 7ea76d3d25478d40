import { linkClaims } from "../../services/alignment/move-claim.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { expectedVersionSchema, groupRefOutput, idSchema, workspaceInput } from "./shared-input.ts";

export const linkClaimsInput = workspaceInput.extend({ claimId: idSchema, otherClaimId: idSchema, expectedVersion: expectedVersionSchema });

export const linkClaimsProcedure = workspaceProcedure
  .input(linkClaimsInput)
  .output(groupRefOutput)
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return linkClaims(ctx.db, {
      workspaceId: workspace.id,
      reviewerId: ctx.reviewer.id,
      claimId: input.claimId,
      otherClaimId: input.otherClaimId,
      expectedVersion: input.expectedVersion,
    });
  });
