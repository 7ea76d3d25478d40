import { z } from "zod";
import { setDiscrepancyDismissed } from "../../services/alignment/dismiss-discrepancy.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { idSchema, workspaceInput } from "./shared-input.ts";

export const dismissDiscrepancyInput = workspaceInput.extend({ discrepancyId: idSchema, dismissed: z.boolean() });

export const dismissDiscrepancyProcedure = authedProcedure
  .input(dismissDiscrepancyInput)
  .output(z.object({ dismissed: z.boolean() }))
  .mutation(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return setDiscrepancyDismissed(ctx.db, workspace.id, ctx.reviewer.id, input.discrepancyId, input.dismissed);
  });
