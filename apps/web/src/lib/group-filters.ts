import type { DISCREPANCY_KINDS, SEVERITIES } from "./discrepancy-kinds";

// Shared by the queue (a client component) and its page (a server component, which prefetches the
// very query the queue will ask for), so it lives outside any "use client" module.

const STATUS_FILTERS = ["undecided", "decided", "disagreement", "recheck"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

/** A link may open the queue on one status (the agreement page links to the verdicts to re-check). */
export function parseStatusFilter(value: string | undefined): StatusFilter | "" {
  return STATUS_FILTERS.find((s) => s === value) ?? "";
}

export interface GroupFilters {
  kind: (typeof DISCREPANCY_KINDS)[number] | "";
  severity: (typeof SEVERITIES)[number] | "";
  status: StatusFilter | "";
  articleId: string;
  entityId: string;
  query: string;
}

export const NO_GROUP_FILTERS: GroupFilters = { kind: "", severity: "", status: "", articleId: "", entityId: "", query: "" };

export function toGroupListInput(slug: string, f: GroupFilters) {
  return {
    workspace: slug,
    ...(f.kind ? { kind: f.kind } : {}),
    ...(f.severity ? { severity: f.severity } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.articleId ? { articleId: f.articleId } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
    ...(f.query ? { query: f.query } : {}),
  };
}
