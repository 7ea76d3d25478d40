import type { Db } from "@crosscheck/db";
import { listGroups } from "../group/list-groups.ts";
import { getRequiredAgreement } from "./required-agreement.ts";

/** The curation queue: groups whose reviewers disagree and no admin has settled yet. */
export async function listDisagreements(db: Db, workspaceId: string, filter: { query?: string; kind?: string }) {
  const requiredAgreement = await getRequiredAgreement(db, workspaceId);
  const groups = await listGroups(db, {
    workspaceId,
    filter: { status: "disagreement", query: filter.query, kind: filter.kind },
    requiredAgreement,
  });
  return {
    requiredAgreement,
    groups: groups.map((g) => ({
      id: g.id,
      label: g.label,
      severity: g.severity,
      version: g.version,
      articles: new Set(g.claims.map((c) => c.articleId)).size,
      discrepancies: g.discrepancies
        .filter((d) => !d.dismissed)
        .map((d) => ({ id: d.id, kind: d.kind, severity: d.severity, explanation: d.explanation })),
      standing: g.standing,
    })),
  };
}
