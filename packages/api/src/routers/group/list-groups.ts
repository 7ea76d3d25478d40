import { z } from "zod";
import { listGroups } from "../../services/group/list-groups.ts";
import { findWorkspaceBySlug } from "../../services/workspace/find-workspace.ts";
import { authedProcedure } from "../../trpc.ts";
import { slugSchema } from "../workspace/get-workspace.ts";

export const discrepancyKindSchema = z.enum(["date", "number", "name-spelling", "person", "place", "organization", "wording"]);
export const severitySchema = z.enum(["variant", "minor", "conflict"]);

export const listGroupsInput = z.object({
  workspace: slugSchema,
  kind: discrepancyKindSchema.optional(),
  severity: severitySchema.optional(),
  status: z.enum(["reviewed", "unreviewed"]).optional(),
  articleId: z.string().max(64).optional(),
  entityId: z.string().max(200).optional(),
  query: z.string().trim().max(200).optional(),
});

export const claimInGroup = z.object({
  id: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  articleId: z.string(),
  origin: z.string(),
  article: z.object({ title: z.string(), outlet: z.string().nullable(), publishedAt: z.string().nullable(), sourceName: z.string() }),
});

/** The fields every view of a group returns. */
export const groupCore = z.object({
  id: z.string(),
  label: z.string(),
  severity: z.string().nullable(),
  score: z.number(),
  origin: z.string(),
  version: z.number().int(),
  claims: z.array(claimInGroup),
});

export const discrepancySummary = z.object({ id: z.string(), kind: z.string(), severity: z.string(), explanation: z.string(), dismissed: z.boolean() });

export const groupSummary = groupCore.extend({
  discrepancies: z.array(discrepancySummary),
  verdict: z.object({ label: z.string(), note: z.string(), createdAt: z.date(), reviewer: z.string() }).nullable(),
});

export const listGroupsProcedure = authedProcedure
  .input(listGroupsInput)
  .output(z.object({ groups: z.array(groupSummary), total: z.number().int(), reviewed: z.number().int() }))
  .query(async ({ ctx, input }) => {
    const workspace = await findWorkspaceBySlug(ctx.db, input.workspace);
    const { workspace: _slug, query, ...filter } = input;
    const [groups, total, reviewed] = await Promise.all([
      listGroups(ctx.db, workspace.id, { ...filter, query: query || undefined }),
      ctx.db.claimGroup.count({ where: { workspaceId: workspace.id } }),
      ctx.db.claimGroup.count({ where: { workspaceId: workspace.id, verdicts: { some: { retractedAt: null } } } }),
    ]);
    return { groups, total, reviewed };
  });
