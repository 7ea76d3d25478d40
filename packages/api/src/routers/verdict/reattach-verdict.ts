import { z } from "zod";
import { reattachVerdict } from "../../services/verdict/detached-verdicts.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { idSchema, workspaceInput } from "../alignment/shared-input.ts";

export const reattachVerdictInput = workspaceInput.extend({ verdictId: idSchema, groupId: idSchema });
export const reattachVerdictOutput = z.object({ groupId: z.string() });

export const reattachVerdictProcedure = authedProcedure
  .input(reattachVerdictInput)
  .output(reattachVerdictOutput)
  .mutation(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return reattachVerdict(ctx.db, workspace.id, ctx.reviewer.id, input);
  });
