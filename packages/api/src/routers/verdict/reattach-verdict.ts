import { z } from "zod";
import { reattachVerdict } from "../../services/verdict/detached-verdicts.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { idSchema, workspaceInput } from "../alignment/shared-input.ts";

export const reattachVerdictInput = workspaceInput.extend({ verdictId: idSchema, groupId: idSchema });
export const reattachVerdictOutput = z.object({ groupId: z.string() });

export const reattachVerdictProcedure = workspaceProcedure
  .input(reattachVerdictInput)
  .output(reattachVerdictOutput)
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return reattachVerdict(ctx.db, {
      workspaceId: workspace.id,
      actorId: ctx.reviewer.id,
      verdictId: input.verdictId,
      groupId: input.groupId,
    });
  });
