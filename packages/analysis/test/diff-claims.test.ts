import { describe, expect, it } from "vitest";
import { diffClaims, diffClaimsSideBySide } from "../src/diff/diff-claims.ts";

const render = (parts: { value: string; op: string; marked: boolean }[]) =>
  parts.map((p) => (p.op === "added" ? `[+${p.value}]` : p.op === "removed" ? `[-${p.value}]` : p.value)).join("");

describe("word diffs of two claims", () => {
  it("shows the words each claim has that the other lacks", () => {
    const parts = diffClaims("The talks lasted almost four hours.", "The talks lasted three hours.");
    expect(
      parts
        .filter((p) => p.op === "removed")
        .map((p) => p.value.trim())
        .join(" "),
    ).toBe("almost four");
    expect(
      parts
        .filter((p) => p.op === "added")
        .map((p) => p.value.trim())
        .join(" "),
    ).toBe("three");
    expect(render(parts)).toMatch(/^The talks lasted .*hours\.$/);
  });

  it("treats British and American spellings as the same word", () => {
    const { left, right } = diffClaimsSideBySide("He emphasised the pause.", "He emphasized the pause.");
    expect(left.every((p) => p.op === "equal")).toBe(true);
    expect(right.map((p) => p.value).join("")).toBe("He emphasized the pause.");
  });

  it("keeps each column's own text whole and marks the discrepancy values", () => {
    const a = "Lukashenka arrived on a two-day visit.";
    const b = "Lukashenko arrived on a three-day visit.";
    const { left, right } = diffClaimsSideBySide(a, b, { a: [{ start: 24, end: 31 }], b: [{ start: 24, end: 33 }] });
    expect(left.map((p) => p.value).join("")).toBe(a);
    expect(right.map((p) => p.value).join("")).toBe(b);
    expect(
      left
        .filter((p) => p.marked)
        .map((p) => p.value)
        .join(""),
    ).toBe("two-day");
    expect(
      right
        .filter((p) => p.marked)
        .map((p) => p.value)
        .join(""),
    ).toBe("three-day");
    expect(left.find((p) => p.value === "Lukashenka")?.op).toBe("removed");
  });
});
