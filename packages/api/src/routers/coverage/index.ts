import { createTRPCRouter } from "../../trpc.ts";
import { getCoverageProcedure } from "./get-coverage.ts";

export const coverageRouter = createTRPCRouter({ get: getCoverageProcedure });
