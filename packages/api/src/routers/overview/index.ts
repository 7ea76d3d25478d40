import { createTRPCRouter } from "../../trpc.ts";
import { getMatrixProcedure } from "./get-matrix.ts";
import { getTimelineProcedure } from "./get-timeline.ts";

export const overviewRouter = createTRPCRouter({ matrix: getMatrixProcedure, timeline: getTimelineProcedure });
