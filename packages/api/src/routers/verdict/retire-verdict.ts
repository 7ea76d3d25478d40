import { z } from "zod";
import { retireVerdict } from "../../services/verdict/detached-verdicts.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { idSchema, workspaceInput } from "../alignment/shared-input.ts";

export const retireVerdictInput = workspaceInput.extend({ verdictId: idSchema });
export const retireVerdictOutput = z.object({ retired: z.string() });

export const retireVerdictProcedure = workspaceProcedure
  .input(retireVerdictInput)
  .output(retireVerdictOutput)
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return retireVerdict(ctx.db, { workspaceId: workspace.id, actorId: ctx.reviewer.id, verdictId: input.verdictId });
  });
