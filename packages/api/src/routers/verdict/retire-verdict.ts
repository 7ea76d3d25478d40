import { z } from "zod";
import { retireVerdict } from "../../services/verdict/detached-verdicts.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { idSchema, workspaceInput } from "../alignment/shared-input.ts";

export const retireVerdictInput = workspaceInput.extend({ verdictId: idSchema });
export const retireVerdictOutput = z.object({ retired: z.string() });

export const retireVerdictProcedure = authedProcedure
  .input(retireVerdictInput)
  .output(retireVerdictOutput)
  .mutation(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return retireVerdict(ctx.db, workspace.id, ctx.reviewer.id, input);
  });
