import { moveClaim } from "../../services/alignment/move-claim.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { groupRefOutput, idSchema, workspaceInput } from "./shared-input.ts";

export const moveClaimInput = workspaceInput.extend({ claimId: idSchema, toGroupId: idSchema.nullable() });

export const moveClaimProcedure = authedProcedure
  .input(moveClaimInput)
  .output(groupRefOutput)
  .mutation(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return moveClaim(ctx.db, workspace.id, ctx.reviewer.id, input.claimId, input.toGroupId);
  });
