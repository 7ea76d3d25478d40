import { z } from "zod";
import { getAnalysisStatus } from "../../services/analysis/start-analysis.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";

export const analysisStatusOutput = z
  .object({
    id: z.string(),
    status: z.string(),
    stage: z.string().nullable(),
    done: z.number().int(),
    total: z.number().int(),
    error: z.string().nullable(),
    startedAt: z.date(),
    finishedAt: z.date().nullable(),
    /** the engine this server runs */
    engineVersion: z.string(),
    /** the engine that made the results on show (the latest finished run), null before any */
    analysedBy: z.string().nullable(),
    /** the results on show came from another engine version: a re-run would apply this one */
    outdated: z.boolean(),
  })
  .nullable();

export const getAnalysisStatusProcedure = authedProcedure
  .input(z.object({ workspace: slugSchema }))
  .output(analysisStatusOutput)
  .query(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    return getAnalysisStatus(ctx.db, workspace.id);
  });
