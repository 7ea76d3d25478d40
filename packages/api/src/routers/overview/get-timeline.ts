import { z } from "zod";
import { buildTimeline } from "../../services/overview/build-timeline.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { workspaceInput } from "../alignment/shared-input.ts";

export const timelineOutput = z.object({
  articles: z.array(z.object({ id: z.string(), title: z.string(), outlet: z.string().nullable(), sourceName: z.string() })),
  events: z.array(
    z.object({
      id: z.string(),
      articleId: z.string(),
      text: z.string(),
      start: z.string(),
      end: z.string(),
      precision: z.string(),
      claimText: z.string(),
      groupId: z.string().nullable(),
    }),
  ),
});

export const getTimelineProcedure = workspaceProcedure
  .input(workspaceInput)
  .output(timelineOutput)
  .query(async ({ ctx, input }) => buildTimeline(ctx.db, (await findWorkspaceBySlug(ctx.db, input.workspace)).id));
