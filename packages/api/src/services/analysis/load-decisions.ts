import type { ManualDecisions } from "@crosscheck/analysis";
import type { Db } from "@crosscheck/db";
import { z } from "zod";

const claimRef = z.object({ articleId: z.string(), start: z.number().int() });

/** Every kind of hand-made decision and the shape of its payload. */
export const decisionPayloads = {
  "entity-merge": z.object({ forms: z.array(z.string()).min(2) }),
  "entity-split": z.object({ form: z.string() }),
  "entity-canonical": z.object({ form: z.string(), canonical: z.string() }),
  "claim-link": z.object({ a: claimRef, b: claimRef }),
  "claim-unlink": z.object({ a: claimRef, b: claimRef }),
  "discrepancy-dismiss": z.object({ key: z.string() }),
  "discrepancy-restore": z.object({ key: z.string() }),
} as const;

export type DecisionKind = keyof typeof decisionPayloads;

/** Replays what reviewers decided by hand, oldest first, so later decisions win. */
export async function loadDecisions(db: Db, workspaceId: string): Promise<{ decisions: ManualDecisions; dismissedKeys: Set<string> }> {
  const rows = await db.manualDecision.findMany({
    where: { workspaceId },
    orderBy: { createdAt: "asc" },
    select: { kind: true, payload: true },
  });
  const decisions: Required<ManualDecisions> = { entityMerges: [], entitySplits: [], canonicalForms: [], claimLinks: [], claimUnlinks: [] };
  const dismissedKeys = new Set<string>();
  for (const row of rows) {
    const payload: unknown = JSON.parse(row.payload);
    switch (row.kind as DecisionKind) {
      case "entity-merge":
        decisions.entityMerges.push(decisionPayloads["entity-merge"].parse(payload).forms.map((f) => f.toLowerCase()));
        break;
      case "entity-split":
        decisions.entitySplits.push(decisionPayloads["entity-split"].parse(payload).form.toLowerCase());
        break;
      case "entity-canonical":
        decisions.canonicalForms.push(decisionPayloads["entity-canonical"].parse(payload));
        break;
      case "claim-link":
        decisions.claimLinks.push(decisionPayloads["claim-link"].parse(payload));
        break;
      case "claim-unlink":
        decisions.claimUnlinks.push(decisionPayloads["claim-unlink"].parse(payload));
        break;
      case "discrepancy-dismiss":
        dismissedKeys.add(decisionPayloads["discrepancy-dismiss"].parse(payload).key);
        break;
      case "discrepancy-restore":
        dismissedKeys.delete(decisionPayloads["discrepancy-restore"].parse(payload).key);
        break;
    }
  }
  return { decisions, dismissedKeys };
}
