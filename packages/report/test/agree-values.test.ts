import { describe, expect, it } from "vitest";
import { partitionValues, valuesAgree } from "../src/coverage/agree-values.ts";

const date = (text: string, start: string, end: string, precision = "day") => ({ text, normalized: { start, end, precision } });
const number = (text: string, value: number, min: number | null = value, max: number | null = value) => ({
  text,
  normalized: { value, min, max, unit: "years", approx: "exact" },
});

describe("valuesAgree: the classes of a discrepancy's values, rebuilt as the engine judges them", () => {
  it("dates agree when their intervals overlap", () => {
    expect(
      valuesAgree("date", date("mid-March", "2026-03-11", "2026-03-20", "part-of-month"), date("13 March", "2026-03-13", "2026-03-13")),
    ).toBe(true);
    expect(
      valuesAgree("date", date("July 2023", "2023-07-01", "2023-07-31", "month"), date("August 2023", "2023-08-01", "2023-08-31", "month")),
    ).toBe(false);
  });

  it("numbers agree when the wordings allow one quantity", () => {
    expect(valuesAgree("number", number("more than 30 years", 30, 30, null), number("Thirty years", 30))).toBe(true);
    expect(valuesAgree("number", number("two-day", 2), number("three-day", 3))).toBe(false);
  });

  it("a name shortened is the same name, another spelling is not", () => {
    expect(valuesAgree("name-spelling", { text: "A. Lukashenko" }, { text: "Aleksandr Lukashenko" })).toBe(true);
    expect(valuesAgree("name-spelling", { text: "Alexander Lukashenko" }, { text: "Aleksandr Lukashenko" })).toBe(false);
    expect(valuesAgree("organization", { text: "SCO" }, { text: "Shanghai Cooperation Organization" })).toBe(true);
    expect(valuesAgree("person", { text: "President Raisi", normalized: { name: "Ebrahim Raisi" } }, { text: "Raisi" })).toBe(true);
    expect(valuesAgree("person", { text: "Masoud Pezeshkian" }, { text: "Ebrahim Raisi" })).toBe(false);
  });

  it("contrasting words agree by their stem", () => {
    expect(valuesAgree("wording", { text: "postponement" }, { text: "postponed" })).toBe(true);
    expect(valuesAgree("wording", { text: "postponement" }, { text: "cancellation" })).toBe(false);
  });

  it("partitions into classes of agreeing values, in order of first appearance", () => {
    const values = [{ text: "Aleksandr Lukashenko" }, { text: "Alexander Lukashenko" }, { text: "A. Lukashenko" }];
    expect(partitionValues("name-spelling", values).map((c) => c.map((v) => v.text))).toEqual([
      ["Aleksandr Lukashenko", "A. Lukashenko"],
      ["Alexander Lukashenko"],
    ]);
  });
});
