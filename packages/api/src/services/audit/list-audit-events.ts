import type { Db } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";

/** Events per page of the audit log, unless the caller asks for another size. */
export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  action?: string;
  reviewerId?: string;
  /** inclusive calendar days (UTC), YYYY-MM-DD */
  from?: string;
  to?: string;
  query?: string;
  cursor?: string;
  limit: number;
}

const DAY_MS = 86_400_000;

/** The audit trail, newest first, a page at a time (the cursor is the last event's id). Read-only by design. */
export async function listAuditEvents(db: Db, workspaceId: string, filter: AuditFilter) {
  const from = filter.from ? new Date(`${filter.from}T00:00:00.000Z`) : undefined;
  const until = filter.to ? new Date(new Date(`${filter.to}T00:00:00.000Z`).getTime() + DAY_MS) : undefined;
  if (from && until && from >= until) throw new DomainError("INVALID_INPUT", "The start date must not be after the end date.");
  if (filter.cursor) {
    const anchor = await db.auditEvent.findFirst({ where: { id: filter.cursor, workspaceId }, select: { id: true } });
    if (!anchor) throw new DomainError("INVALID_INPUT", "That page of the audit trail no longer exists: start again from the first page.");
  }
  const where = {
    workspaceId,
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.reviewerId ? { reviewerId: filter.reviewerId } : {}),
    ...(from || until ? { createdAt: { ...(from ? { gte: from } : {}), ...(until ? { lt: until } : {}) } } : {}),
    ...(filter.query
      ? {
          OR: [
            { action: { contains: filter.query } },
            { details: { contains: filter.query } },
            { targetId: { contains: filter.query } },
            { reviewer: { name: { contains: filter.query } } },
          ],
        }
      : {}),
  };
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: filter.limit + 1,
    ...(filter.cursor ? { cursor: { id: filter.cursor }, skip: 1 } : {}),
    select: {
      id: true,
      action: true,
      targetType: true,
      targetId: true,
      details: true,
      createdAt: true,
      reviewer: { select: { id: true, name: true } },
    },
  });
  const page = rows.slice(0, filter.limit);
  return {
    events: page.map((e) => ({ ...e, details: parseDetails(e.details) })),
    nextCursor: rows.length > filter.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

function parseDetails(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : { value };
  } catch {
    return { text };
  }
}

/** What the filters offer: the actions and reviewers that occur in this workspace's trail. */
export async function listAuditFacets(db: Db, workspaceId: string) {
  const [actions, reviewers] = await Promise.all([
    db.auditEvent.findMany({ where: { workspaceId }, distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
    db.reviewer.findMany({ where: { auditEvents: { some: { workspaceId } } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { actions: actions.map((a) => a.action), reviewers };
}
