import { linkClaims } from "../../services/alignment/move-claim.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { expectedVersionSchema, groupRefOutput, idSchema, workspaceInput } from "./shared-input.ts";

export const linkClaimsInput = workspaceInput.extend({ claimId: idSchema, otherClaimId: idSchema, expectedVersion: expectedVersionSchema });

export const linkClaimsProcedure = authedProcedure
  .input(linkClaimsInput)
  .output(groupRefOutput)
  .mutation(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return linkClaims(ctx.db, workspace.id, ctx.reviewer.id, input.claimId, input.otherClaimId, input.expectedVersion);
  });
