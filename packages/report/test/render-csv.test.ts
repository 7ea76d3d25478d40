import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, renderCsvReport } from "../src/render-csv.ts";
import type { Report } from "../src/report-types.ts";
import { ALL_EXPLANATIONS, fixtureReport, NOTE } from "./fixture-report.ts";

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

const csv = renderCsvReport(fixtureReport);
const rows: Row[] = parse(csv, { bom: true, columns: true, record_delimiter: "\r\n" });

describe("renderCsvReport", () => {
  it("starts with a UTF-8 BOM and ends records with CRLF", () => {
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    const firstLine = csv.slice(1, csv.indexOf("\r\n"));
    expect(firstLine).toBe(CSV_COLUMNS.join(","));
  });

  it("has every discrepancy exactly once, plus one row for the group without any", () => {
    for (const explanation of ALL_EXPLANATIONS) expect(rows.filter((r) => r.explanation === explanation)).toHaveLength(1);
    expect(rows.map((r) => [r.group_id, r.kind])).toEqual([
      ["g1", "number"],
      ["g2", "name-spelling"],
      ["g3", ""],
    ]);
  });

  it("round-trips the note byte for byte (quotes, commas, newline, non-Latin letters)", () => {
    const g1 = rows.find((r) => r.group_id === "g1");
    expect(g1?.note).toBe(NOTE);
    expect(Buffer.from(g1?.note ?? "", "utf8").equals(Buffer.from(NOTE, "utf8"))).toBe(true);
    expect(g1?.verdict).toBe("contradiction");
    expect(g1?.reviewer).toBe("Ana Reviewer");
    expect(g1?.decided_at).toBe("2026-03-03T10:15:00Z");
  });

  it("names each value and claim by its source, in fixed columns", () => {
    const g1 = rows.find((r) => r.group_id === "g1");
    expect(g1?.values).toBe("Minsk Daily: 42 | Nasha Niva: 40 | witness-notes.txt: 45");
    expect(g1?.sources).toBe("Minsk Daily | Nasha Niva | witness-notes.txt");
    expect(g1?.claims).toContain(
      "witness-notes.txt: Witnesses wrote <script>window.__x = 1; alert(1)</script> that police detained *stars* 45 protesters.",
    );
    expect(g1?.group_label).toBe("Number of protesters detained");
    expect(Object.keys(g1 ?? {})).toEqual([...CSV_COLUMNS]);
  });

  it("defuses cells a spreadsheet would run as a formula", () => {
    const [g1, ...rest] = fixtureReport.claimGroups;
    const report: Report = { ...fixtureReport, claimGroups: [{ ...g1!, label: '=HYPERLINK("http://x.example","click")' }, ...rest] };
    const parsed: Row[] = parse(renderCsvReport(report), { bom: true, columns: true });
    expect(parsed[0]?.group_label).toBe(`'=HYPERLINK("http://x.example","click")`);
  });

  it("marks dismissed discrepancies", () => {
    const [g1, g2, ...rest] = fixtureReport.claimGroups;
    const report: Report = {
      ...fixtureReport,
      claimGroups: [g1!, { ...g2!, discrepancies: g2!.discrepancies.map((d) => ({ ...d, dismissed: true })) }, ...rest],
    };
    const parsed: Row[] = parse(renderCsvReport(report), { bom: true, columns: true });
    expect(parsed.map((r) => r.dismissed)).toEqual(["", "yes", ""]);
  });
});
