import { describe, expect, it } from "vitest";
import { filterReport } from "../src/filter-report.ts";
import type { Report } from "../src/report-types.ts";
import { fixtureReport } from "./fixture-report.ts";

const ids = (r: Report) => r.claimGroups.map((g) => g.id);

/** The fixture with g2's only discrepancy dismissed and a second (wording) discrepancy in g1. */
function variantReport(): Report {
  const [g1, g2, g3] = structuredClone(fixtureReport.claimGroups);
  if (!g1 || !g2 || !g3) throw new Error("fixture has three groups");
  g1.discrepancies.push({
    kind: "wording",
    severity: "minor",
    values: [{ claimId: "c1", text: "officials said" }],
    explanation: "Only one source cites officials.",
  });
  g2.discrepancies = g2.discrepancies.map((d) => ({ ...d, dismissed: true }));
  return { ...fixtureReport, claimGroups: [g1, g2, g3] };
}

describe("filterReport", () => {
  it("keeps everything for scope all or an empty filter", () => {
    expect(ids(filterReport(fixtureReport, { scope: "all" }))).toEqual(["g1", "g2", "g3"]);
    expect(ids(filterReport(fixtureReport, {}))).toEqual(["g1", "g2", "g3"]);
    expect(ids(filterReport(fixtureReport, { kinds: [], severities: [], articleIds: [] }))).toEqual(["g1", "g2", "g3"]);
  });

  it("scope discrepancies keeps groups with a discrepancy that is not dismissed", () => {
    expect(ids(filterReport(fixtureReport, { scope: "discrepancies" }))).toEqual(["g1", "g2"]);
    expect(ids(filterReport(variantReport(), { scope: "discrepancies" }))).toEqual(["g1"]);
  });

  it("scope reviewed keeps groups with a verdict", () => {
    expect(ids(filterReport(fixtureReport, { scope: "reviewed" }))).toEqual(["g1"]);
  });

  it("kinds keep groups with such a discrepancy and only those discrepancies", () => {
    expect(ids(filterReport(fixtureReport, { kinds: ["name-spelling"] }))).toEqual(["g2"]);
    const wording = filterReport(variantReport(), { kinds: ["wording"] });
    expect(ids(wording)).toEqual(["g1"]);
    expect(wording.claimGroups[0]?.discrepancies.map((d) => d.kind)).toEqual(["wording"]);
    expect(ids(filterReport(fixtureReport, { kinds: ["date"] }))).toEqual([]);
  });

  it("severities keep groups with such a discrepancy and only those discrepancies", () => {
    expect(ids(filterReport(fixtureReport, { severities: ["conflict"] }))).toEqual(["g1"]);
    const minor = filterReport(variantReport(), { severities: ["minor"] });
    expect(minor.claimGroups[0]?.discrepancies.map((d) => d.severity)).toEqual(["minor"]);
    expect(ids(filterReport(fixtureReport, { kinds: ["number"], severities: ["variant"] }))).toEqual([]);
  });

  it("articleIds keep groups with a claim from those articles, with all their claims", () => {
    expect(ids(filterReport(fixtureReport, { articleIds: ["a3"] }))).toEqual(["g1", "g3"]);
    expect(ids(filterReport(fixtureReport, { articleIds: ["a1"] }))).toEqual(["g1", "g2"]);
    expect(filterReport(fixtureReport, { articleIds: ["a3"] }).claimGroups[0]?.claims).toHaveLength(3);
  });

  it("combines filters and leaves articles, entities and mentions whole", () => {
    const r = filterReport(fixtureReport, { scope: "reviewed", articleIds: ["a2"], kinds: ["number"] });
    expect(ids(r)).toEqual(["g1"]);
    expect(r.articles).toEqual(fixtureReport.articles);
    expect(r.entities).toEqual(fixtureReport.entities);
    expect(r.mentions).toEqual(fixtureReport.mentions);
    expect(r.nameVariants).toEqual(fixtureReport.nameVariants);
  });

  it("does not change the report it is given", () => {
    const before = structuredClone(fixtureReport);
    filterReport(fixtureReport, { kinds: ["number"], scope: "discrepancies" });
    expect(fixtureReport).toEqual(before);
  });
});
