import { z } from "zod";
import { getAnalysisStatus } from "../../services/analysis/start-analysis.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";

export const analysisStatusOutput = z
  .object({
    id: z.string(),
    /** interrupted: its process stopped (the heartbeat ceased) before it finished; nothing of it was stored */
    status: z.enum(["running", "done", "failed", "interrupted"]),
    stage: z.string().nullable(),
    done: z.number().int(),
    total: z.number().int(),
    error: z.string().nullable(),
    startedAt: z.date(),
    finishedAt: z.date().nullable(),
    /** this server has a run of the workspace going or queued (behind a live run of another process) */
    pending: z.boolean(),
    /** the engine this server runs */
    engineVersion: z.string(),
    /** the engine that made the results on show (the latest finished run), null before any */
    analysedBy: z.string().nullable(),
    /** the results on show came from another engine version: a re-run would apply this one */
    outdated: z.boolean(),
  })
  .nullable();

export const getAnalysisStatusProcedure = workspaceProcedure
  .input(z.object({ workspace: slugSchema }))
  .output(analysisStatusOutput)
  .query(async ({ ctx, input }) => {
    const { workspace } = ctx;
    return getAnalysisStatus(ctx.db, workspace.id);
  });
