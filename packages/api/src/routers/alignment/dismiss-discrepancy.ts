import { z } from "zod";
import { setDiscrepancyDismissed } from "../../services/alignment/dismiss-discrepancy.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { expectedVersionSchema, idSchema, workspaceInput } from "./shared-input.ts";

export const dismissDiscrepancyInput = workspaceInput.extend({
  discrepancyId: idSchema,
  dismissed: z.boolean(),
  /** the group the discrepancy was seen in, and its version then: a change since is refused (CONFLICT) */
  groupId: idSchema.optional(),
  expectedVersion: expectedVersionSchema,
});

export const dismissDiscrepancyProcedure = authedProcedure
  .input(dismissDiscrepancyInput)
  .output(z.object({ dismissed: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return setDiscrepancyDismissed(
      ctx.db,
      workspace.id,
      ctx.reviewer.id,
      input.discrepancyId,
      input.dismissed,
      input.groupId && input.expectedVersion !== undefined ? { groupId: input.groupId, version: input.expectedVersion } : undefined,
    );
  });
