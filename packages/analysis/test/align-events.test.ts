import { describe, expect, it } from "vitest";
import { analyze } from "../src/analyze.ts";

/** One-sentence articles about meetings, analysed end to end. */
function groupsOf(texts: string[]) {
  const result = analyze(texts.map((text, i) => ({ id: `a${i}`, text, publishedAt: null })));
  return result.groups.map((g) => ({ articles: g.claimIds.map((id) => id.split(":")[0]), kinds: g.discrepancies.map((d) => d.kind) }));
}

describe("claims of different events stay apart", () => {
  it("does not group two meetings that differ in place and in who holds a role, however alike the words", () => {
    expect(
      groupsOf([
        "Iranian President Ebrahim Raisi held talks with Belarusian President Alexander Lukashenko in Tehran on strengthening trade and energy cooperation.",
        "Iranian President Masoud Pezeshkian held talks with Belarusian President Alexander Lukashenko in Minsk on strengthening trade and energy cooperation.",
      ]),
    ).toEqual([]);
  });

  it("still groups reports of one meeting that differ on one slot, and reports that difference", () => {
    expect(
      groupsOf([
        "Iranian President Masoud Pezeshkian held talks with Belarusian President Alexander Lukashenko in Tehran on strengthening trade and energy cooperation.",
        "Iranian President Masoud Pezeshkian held talks with Belarusian President Alexander Lukashenko in Minsk on strengthening trade and energy cooperation.",
      ]),
    ).toEqual([{ articles: ["a0", "a1"], kinds: ["place"] }]);
    expect(
      groupsOf([
        "Iranian Foreign Minister Abbas Araghchi held talks with Belarusian Foreign Minister Maxim Ryzhenkov in Minsk on strengthening trade.",
        "Iranian Foreign Minister Hossein Amir-Abdollahian held talks with Belarusian Foreign Minister Maxim Ryzhenkov in Minsk on strengthening trade.",
      ]),
    ).toEqual([{ articles: ["a0", "a1"], kinds: ["person"] }]);
  });

  it("does not let claims that each differ on one slot add up to a group of two events", () => {
    const groups = groupsOf([
      "Iranian President Ebrahim Raisi held talks with Belarusian President Alexander Lukashenko in Tehran on strengthening trade and energy cooperation.",
      "Iranian President Masoud Pezeshkian held talks with Belarusian President Alexander Lukashenko on strengthening trade and energy cooperation.",
      "The presidents of Iran and Belarus held talks in Minsk on strengthening trade and energy cooperation.",
    ]);
    // the undated, placeless report still joins one of the two meetings
    expect(groups.length).toBeGreaterThan(0);
    for (const group of groups) expect(group.kinds.filter((k) => k === "place" || k === "person").length).toBeLessThan(2);
  });
});
