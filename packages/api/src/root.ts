import { alignmentRouter } from "./routers/alignment/index.ts";
import { analysisRouter } from "./routers/analysis/index.ts";
import { entityRouter } from "./routers/entity/index.ts";
import { overviewRouter } from "./routers/overview/index.ts";
import { reportRouter } from "./routers/report/index.ts";
import { articleRouter } from "./routers/article/index.ts";
import { groupRouter } from "./routers/group/index.ts";
import { verdictRouter } from "./routers/verdict/index.ts";
import { healthRouter } from "./routers/health/index.ts";
import { workspaceRouter } from "./routers/workspace/index.ts";
import { createCallerFactory, createTRPCRouter } from "./trpc.ts";

export const appRouter = createTRPCRouter({
  health: healthRouter,
  workspace: workspaceRouter,
  article: articleRouter,
  group: groupRouter,
  verdict: verdictRouter,
  analysis: analysisRouter,
  alignment: alignmentRouter,
  entity: entityRouter,
  overview: overviewRouter,
  report: reportRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
