import { createTRPCRouter } from "../../trpc.ts";
import { getAnalysisStatusProcedure } from "./get-analysis-status.ts";
import { runAnalysisProcedure } from "./run-analysis.ts";

export const analysisRouter = createTRPCRouter({ run: runAnalysisProcedure, status: getAnalysisStatusProcedure });
