import { createTRPCRouter } from "../../trpc.ts";
import { getReportProcedure } from "./get-report.ts";

export const reportRouter = createTRPCRouter({ model: getReportProcedure });
