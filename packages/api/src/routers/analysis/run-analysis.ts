import { z } from "zod";
import { startAnalysis } from "../../services/analysis/start-analysis.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";

export const runAnalysisProcedure = workspaceProcedure
  .input(z.object({ workspace: slugSchema }))
  .output(z.object({ started: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return startAnalysis(ctx.db, workspace.id, ctx.reviewer.id);
  });
