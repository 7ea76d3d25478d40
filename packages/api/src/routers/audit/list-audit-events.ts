import { z } from "zod";
import { AUDIT_PAGE_SIZE, listAuditEvents, listAuditFacets } from "../../services/audit/list-audit-events.ts";
import { workspaceProcedure } from "../../trpc.ts";
import { idSchema, searchSchema, workspaceInput } from "../alignment/shared-input.ts";

export const listAuditEventsInput = workspaceInput.extend({
  action: searchSchema.optional(),
  reviewerId: idSchema.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  query: searchSchema.optional(),
  cursor: idSchema.optional(),
  limit: z.number().int().min(1).max(200).default(AUDIT_PAGE_SIZE),
});

export const auditEventSchema = z.object({
  id: z.string(),
  action: z.string(),
  targetType: z.string().nullable(),
  targetId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.date(),
  reviewer: z.object({ id: z.string(), name: z.string() }).nullable(),
});

export const listAuditEventsOutput = z.object({
  events: z.array(auditEventSchema),
  nextCursor: z.string().nullable(),
  actions: z.array(z.string()),
  reviewers: z.array(z.object({ id: z.string(), name: z.string() })),
});

export const listAuditEventsProcedure = workspaceProcedure
  .input(listAuditEventsInput)
  .output(listAuditEventsOutput)
  .query(async ({ ctx, input }) => {
    const { workspace } = ctx;
    const { workspace: _slug, query, action, ...filter } = input;
    const [page, facets] = await Promise.all([
      listAuditEvents(ctx.db, workspace.id, { ...filter, action: action || undefined, query: query || undefined }),
      listAuditFacets(ctx.db, workspace.id),
    ]);
    return { ...page, ...facets };
  });
