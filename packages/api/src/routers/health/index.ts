import { createTRPCRouter } from "../../trpc.ts";
import { getHealth } from "./get-health.ts";

export const healthRouter = createTRPCRouter({ get: getHealth });
