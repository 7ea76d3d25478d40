import { describe, expect, it } from "vitest";
import { buildEntities } from "../src/entities/build-entities.ts";
import type { Mention, MentionType } from "../src/types.ts";

let next = 0;
function mention(articleId: string, type: MentionType, text: string, name = text): Mention {
  next++;
  return { id: `m${next}`, articleId, claimId: null, type, text, start: next * 10, end: next * 10 + text.length, normalized: { name } };
}

const corpus = (): Mention[] => [
  mention("a1", "person", "President Alexander Lukashenko", "Alexander Lukashenko"),
  mention("a1", "person", "Ebrahim Raisi"),
  mention("a1", "date", "Tuesday"),
  mention("a1", "person", "Lukashenko"),
  mention("a1", "person", "Raisi"),
  mention("a2", "person", "Aleksandr Lukashenko"),
  mention("a2", "person", "Lukashenka"),
  mention("a2", "organization", "Shanghai Cooperation Organization"),
  mention("a3", "organization", "SCO"),
  mention("a3", "person", "Lukashenko"),
  mention("a3", "person", "Masoud Pezeshkian"),
  mention("a3", "person", "Pezeshkian"),
  mention("a3", "place", "Minsk"),
  mention("a3", "person", "Viktor Khrenin"),
];

describe("buildEntities", () => {
  it("groups name variants across articles into entities numbered by first mention", () => {
    const entities = buildEntities(corpus());
    expect(entities.map((e) => [e.id, e.type, e.canonical])).toEqual([
      ["e1", "person", "Alexander Lukashenko"],
      ["e2", "person", "Ebrahim Raisi"],
      ["e3", "organization", "Shanghai Cooperation Organization"],
      ["e4", "person", "Masoud Pezeshkian"],
      ["e5", "place", "Minsk"],
      ["e6", "person", "Viktor Khrenin"],
    ]);
    const luka = entities[0];
    expect(luka?.forms).toEqual([
      { text: "President Alexander Lukashenko", articleIds: ["a1"], count: 1 },
      { text: "Lukashenko", articleIds: ["a1", "a3"], count: 2 },
      { text: "Aleksandr Lukashenko", articleIds: ["a2"], count: 1 },
      { text: "Lukashenka", articleIds: ["a2"], count: 1 },
    ]);
    expect(luka?.mentionIds).toHaveLength(5);
    expect(entities[2]?.forms.map((f) => f.text)).toEqual(["Shanghai Cooperation Organization", "SCO"]);
  });

  it("leaves a bare surname alone when two people carry it", () => {
    const ms = [
      mention("a1", "person", "Aleksandr Lukashenko"),
      mention("a1", "person", "Viktor Lukashenko"),
      mention("a2", "person", "Lukashenko"),
    ];
    expect(buildEntities(ms).map((e) => e.forms.map((f) => f.text))).toEqual([
      ["Aleksandr Lukashenko"],
      ["Viktor Lukashenko"],
      ["Lukashenko"],
    ]);
  });

  it("applies the reviewer's merges, splits and canonical spelling", () => {
    const entities = buildEntities(corpus(), {
      entitySplits: ["lukashenka"],
      entityMerges: [["viktor khrenin", "minsk"]],
      canonicalForms: [{ form: "Lukashenko", canonical: "Alyaksandr Lukashenka" }],
    });
    const byForm = (text: string) => entities.find((e) => e.forms.some((f) => f.text === text));
    expect(byForm("Lukashenko")?.canonical).toBe("Alyaksandr Lukashenka");
    expect(byForm("Lukashenko")?.forms.map((f) => f.text)).not.toContain("Lukashenka");
    expect(byForm("Lukashenka")?.forms.map((f) => f.text)).toEqual(["Lukashenka"]);
    expect(byForm("Minsk")).toBe(byForm("Viktor Khrenin"));
    expect(entities.map((e) => e.id)).toEqual(entities.map((_, n) => `e${n + 1}`));
  });

  it("ignores dates and numbers", () => {
    expect(buildEntities([mention("a1", "date", "Tuesday"), mention("a1", "number", "five")])).toEqual([]);
  });
});
