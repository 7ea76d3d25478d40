import { describe, expect, it } from "vitest";
import { parseDates } from "../src/dates/parse-dates.ts";
import { compareDates } from "../src/dates/compare-dates.ts";

const one = (text: string, ref: string | null) => {
  const found = parseDates(text, ref);
  expect(found).toHaveLength(1);
  const d = found[0]!;
  expect(text.slice(d.start, d.end)).toBe(d.text);
  return { text: d.text, ...d.value };
};

describe("parseDates", () => {
  const ref = "2023-02-11";
  it.each([
    ["plans a visit to Iran in mid-March, according to BelTA", "2023-03-11", "2023-03-20", "part-of-month"],
    ["Previously, in the autumn of last year, Makei spoke", "2022-09-01", "2022-11-30", "season"],
    ["a roadmap for comprehensive cooperation for 2023–2026.", "2023-01-01", "2026-12-31", "range"],
    ["talks in Minsk on 20 August.", "2023-08-20", "2023-08-20", "day"],
    ["early March", "2023-03-01", "2023-03-10", "part-of-month"],
    ["late February", "2023-02-21", "2023-02-28", "part-of-month"],
    ["planned for June of this year,", "2023-06-01", "2023-06-30", "month"],
    ["visit Minsk back in June but", "2023-06-01", "2023-06-30", "month"],
    ["In July 2023, the ministers signed", "2023-07-01", "2023-07-31", "month"],
    ["In 2024, personnel took part", "2024-01-01", "2024-12-31", "year"],
    ["at the summit in autumn 2024.", "2024-09-01", "2024-11-30", "season"],
    ["gatherings in Samarkand last year", "2022-01-01", "2022-12-31", "year"],
    ["And this year, an office opened", "2023-01-01", "2023-12-31", "year"],
    ["who arrived last night in Iran", "2023-02-10", "2023-02-10", "day"],
    ["spoke with Raisi this morning", "2023-02-11", "2023-02-11", "day"],
    ["The previous session took place in January 2025.", "2025-01-01", "2025-01-31", "month"],
    ["the state visit on 20-21 August 2025 ended", "2025-08-20", "2025-08-21", "range"],
    ["talks held between 10 and 12 March in Tehran", "2023-03-10", "2023-03-12", "range"],
    ["the forum on August 20–21, 2025, drew", "2025-08-20", "2025-08-21", "range"],
    ["In early 2024, the sides agreed", "2024-01-01", "2024-04-30", "range"],
    ["talks broke down late last year", "2022-09-01", "2022-12-31", "range"],
    ["a deal expected by the end of the year", "2023-09-01", "2023-12-31", "range"],
    ["trade fell in the first half of 2023", "2023-01-01", "2023-06-30", "range"],
    ["exports in the third quarter of 2024 rose", "2024-07-01", "2024-09-30", "range"],
    ["ties that date back to the 1990s", "1990-01-01", "1999-12-31", "range"],
  ])("%s", (text, start, end, precision) => {
    expect(one(text, ref)).toMatchObject({ start, end, precision });
  });

  it("keeps relative and year-less dates unknown without a reference", () => {
    for (const t of ["in mid-March", "in the autumn of last year", "today", "on 20 August", "this year"]) {
      expect(one(t, null)).toMatchObject({ start: null, end: null, precision: "unknown" });
    }
    expect(one("In July 2023", null)).toMatchObject({ start: "2023-07-01", precision: "month" });
  });

  it("does not read durations or model numbers as dates", () => {
    expect(parseDates("sanctions against Iran for over 40 years", ref)).toEqual([]);
    expect(parseDates("talks that lasted almost four hours", ref)).toEqual([]);
    expect(parseDates("a contract for Su-35 fighter jets at 16:28", ref)).toEqual([]);
  });

  it("reads a length of time as no date, and counts only “… ago” back from publication", () => {
    expect(parseDates("the two countries have been friends for 33 years", ref)).toEqual([]);
    expect(parseDates("the deal is due within two weeks, two years later", ref)).toEqual([]);
    expect(one("a year ago", ref)).toMatchObject({ start: "2022-01-01", end: "2022-12-31", precision: "year" });
    expect(one("three days ago", ref)).toMatchObject({ start: "2023-02-08", precision: "day" });
  });

  it("reads last week as the seven days of that week", () => {
    // 2023-02-11 is a Saturday: last week ran from Monday 30 January to Sunday 5 February.
    expect(one("talks held last week", ref)).toMatchObject({ start: "2023-01-30", end: "2023-02-05", precision: "range" });
    expect(one("talks held last week", null)).toMatchObject({ precision: "unknown" });
  });

  it("reads a weekday as the latest such day up to the reference", () => {
    // 2023-02-11 is a Saturday.
    expect(one("was arrested on Tuesday morning", ref)).toMatchObject({ start: "2023-02-07", precision: "day" });
    expect(one("was arrested on Tuesday morning", null)).toMatchObject({ precision: "unknown" });
  });

  it("finds the dateline with its time as one day", () => {
    expect(one("20 August 2025, 16:28", null)).toMatchObject({ start: "2025-08-20", precision: "day" });
  });
});

describe("compareDates", () => {
  const d = (text: string) => one(text, "2023-02-11");
  it("mid-March and 13 March are compatible", () => {
    expect(compareDates(d("mid-March"), d("on 13 March"))).toBe("compatible");
  });
  it("July 2023 and August 2023 conflict", () => {
    expect(compareDates(d("July 2023"), d("August 2023"))).toBe("conflict");
  });
  it("equal intervals are the same", () => {
    expect(compareDates(d("June of this year"), d("in June"))).toBe("same");
  });
  it("a span of days, a part of a year or a decade holds the dates inside it, not those outside", () => {
    expect(compareDates(d("on 20-21 August 2025"), d("on 21 August 2025"))).toBe("compatible");
    expect(compareDates(d("on 20-21 August 2025"), d("on 22 August 2025"))).toBe("conflict");
    expect(compareDates(d("in early 2024"), d("in February 2024"))).toBe("compatible");
    expect(compareDates(d("in early 2024"), d("in October 2024"))).toBe("conflict");
    expect(compareDates(d("in the 1990s"), d("in 1993"))).toBe("compatible");
    expect(compareDates(d("in the 1990s"), d("in 2001"))).toBe("conflict");
  });
  it("an unresolved date cannot be judged", () => {
    expect(compareDates(one("mid-March", null), d("mid-March"))).toBe("unknown");
  });
});
