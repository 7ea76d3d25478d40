import { z } from "zod";
import { startAnalysis } from "../../services/analysis/start-analysis.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";

export const runAnalysisProcedure = authedProcedure
  .input(z.object({ workspace: slugSchema }))
  .output(z.object({ started: z.literal(true) }))
  .mutation(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return startAnalysis(ctx.db, workspace.id, ctx.reviewer.id);
  });
