import { diffClaimsSideBySide } from "@crosscheck/analysis";
import { describe, expect, it } from "vitest";
import { highlightGroupClaims } from "../src/highlight-group-claims.ts";
import { findValueSpans } from "../src/report-lookups.ts";
import type { ReportClaimGroup } from "../src/report-types.ts";
import { fixtureReport } from "./fixture-report.ts";

const joined = (parts: { value: string }[]) => parts.map((p) => p.value).join("");

describe("highlightGroupClaims", () => {
  it("is diffClaimsSideBySide for a pair of claims, with the values marked", () => {
    const g2 = fixtureReport.claimGroups[1]!;
    const [a, b] = g2.claims;
    const expected = diffClaimsSideBySide(a!.text, b!.text, { a: findValueSpans(g2, a!.id), b: findValueSpans(g2, b!.id) });
    const [left, right] = highlightGroupClaims(g2);
    expect(right?.parts).toEqual(expected.right);
    expect(left?.parts.filter((p) => p.op !== "equal").map((p) => p.value)).toEqual(["Lukashenko"]);
    expect(left?.parts.filter((p) => p.marked).map((p) => p.value)).toEqual(["Lukashenko"]);
  });

  it("keeps every claim's text whole, in order, for groups of any size", () => {
    const g1 = fixtureReport.claimGroups[0]!;
    const out = highlightGroupClaims(g1);
    expect(out.map((c) => c.claimId)).toEqual(["c1", "c2", "c3"]);
    out.forEach((c, i) => expect(joined(c.parts)).toBe(g1.claims[i]?.text));
  });

  it("finds values by their text when a report has no offsets, and skips dismissed ones", () => {
    const g2 = fixtureReport.claimGroups[1]!;
    const noOffsets: ReportClaimGroup = {
      ...g2,
      discrepancies: g2.discrepancies.map((d) => ({ ...d, values: d.values.map(({ claimId, text }) => ({ claimId, text })) })),
    };
    expect(findValueSpans(noOffsets, "c5")).toEqual([{ start: 0, end: 10 }]);
    const dismissed: ReportClaimGroup = { ...g2, discrepancies: g2.discrepancies.map((d) => ({ ...d, dismissed: true })) };
    expect(findValueSpans(dismissed, "c5")).toEqual([]);
  });
});
