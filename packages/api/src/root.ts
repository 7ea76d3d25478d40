import { alignmentRouter } from "./routers/alignment/index.ts";
import { analysisRouter } from "./routers/analysis/index.ts";
import { entityRouter } from "./routers/entity/index.ts";
import { overviewRouter } from "./routers/overview/index.ts";
import { coverageRouter } from "./routers/coverage/index.ts";
import { reportRouter } from "./routers/report/index.ts";
import { articleRouter } from "./routers/article/index.ts";
import { groupRouter } from "./routers/group/index.ts";
import { verdictRouter } from "./routers/verdict/index.ts";
import { healthRouter } from "./routers/health/index.ts";
import { workspaceRouter } from "./routers/workspace/index.ts";
import { authRouter } from "./routers/auth/index.ts";
import { memberRouter } from "./routers/member/index.ts";
import { invitationRouter } from "./routers/invitation/index.ts";
import { agreementRouter } from "./routers/agreement/index.ts";
import { curationRouter } from "./routers/curation/index.ts";
import { auditRouter } from "./routers/audit/index.ts";
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
  coverage: coverageRouter,
  report: reportRouter,
  agreement: agreementRouter,
  curation: curationRouter,
  audit: auditRouter,
  auth: authRouter,
  member: memberRouter,
  invitation: invitationRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
