import { describe, expect, it } from "vitest";
import { computeCohenKappa } from "../src/services/agreement/cohen-kappa.ts";
import { computeKrippendorffAlpha } from "../src/services/agreement/krippendorff-alpha.ts";

const repeat = <T>(n: number, value: T): T[] => Array.from({ length: n }, () => value);

describe("Cohen's kappa", () => {
  it("matches the textbook example (50 proposals, two readers: po 0.7, pe 0.5, kappa 0.4)", () => {
    const pairs = [
      ...repeat(20, ["yes", "yes"] as const),
      ...repeat(5, ["yes", "no"] as const),
      ...repeat(10, ["no", "yes"] as const),
      ...repeat(15, ["no", "no"] as const),
    ];
    const result = computeCohenKappa(pairs);
    expect(result.items).toBe(50);
    expect(result.observed).toBeCloseTo(0.7, 10);
    expect(result.expected).toBeCloseTo(0.5, 10);
    expect(result.kappa).toBeCloseTo(0.4, 10);
  });

  it("is 1 for perfect agreement, negative for systematic disagreement, undefined when chance agreement is total", () => {
    expect(
      computeCohenKappa([
        ["a", "a"],
        ["b", "b"],
        ["a", "a"],
      ]).kappa,
    ).toBeCloseTo(1, 10);
    expect(
      computeCohenKappa([
        ["a", "b"],
        ["b", "a"],
      ]).kappa,
    ).toBeCloseTo(-1, 10);
    expect(
      computeCohenKappa([
        ["a", "a"],
        ["a", "a"],
      ]).kappa,
    ).toBeNull();
    expect(computeCohenKappa([]).kappa).toBeNull();
  });
});

describe("Krippendorff's alpha (nominal)", () => {
  it("matches Krippendorff (2011), 4 observers, 12 units with missing data: alpha = 0.743", () => {
    const a = ["1", "2", "3", "3", "2", "1", "4", "1", "2", null, null, null];
    const b = ["1", "2", "3", "3", "2", "2", "4", "1", "2", "5", null, "3"];
    const c = [null, "3", "3", "3", "2", "3", "4", "2", "2", "5", "1", null];
    const d = ["1", "2", "3", "3", "2", "4", "4", "1", "2", "5", "1", null];
    const units = a.map((_, i) => [a[i], b[i], c[i], d[i]].filter((x): x is string => typeof x === "string"));
    const result = computeKrippendorffAlpha(units);
    expect(result.items).toBe(11); // unit 12 has a single value and cannot be paired
    expect(result.values).toBe(40);
    expect(result.alpha).toBeCloseTo(0.743, 3);
  });

  it("is 1 for perfect agreement and undefined when every value is the same", () => {
    expect(
      computeKrippendorffAlpha([
        ["a", "a", "a"],
        ["b", "b"],
      ]).alpha,
    ).toBeCloseTo(1, 10);
    expect(
      computeKrippendorffAlpha([
        ["a", "a"],
        ["a", "a"],
      ]).alpha,
    ).toBeNull();
    expect(computeKrippendorffAlpha([["a"], ["b"]]).items).toBe(0);
  });
});
