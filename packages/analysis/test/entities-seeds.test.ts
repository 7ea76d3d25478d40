import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { buildEntities } from "../src/entities/build-entities.ts";
import { extractMentions } from "../src/mentions/extract-mentions.ts";
import { segmentClaims } from "../src/segment/segment-claims.ts";
import type { Entity, Mention } from "../src/types.ts";

// The five seed articles through the real segmenter and mention finder.
const seeds = resolve(import.meta.dirname, "../../../seeds");
const mentions: Mention[] = readdirSync(seeds)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .flatMap((file) => {
    const article = { id: file.slice(0, 3), text: readFileSync(join(seeds, file), "utf8") };
    return extractMentions(article, segmentClaims(article), null);
  });
const entities = buildEntities(mentions);

function entitiesWith(pattern: RegExp): Entity[] {
  return entities.filter((e) => e.forms.some((f) => pattern.test(f.text)));
}

describe("entities of the seed articles", () => {
  it("has one Lukashenko entity holding every spelling, and nobody else in it", () => {
    const luka = entitiesWith(/Lukashenk/);
    expect(luka).toHaveLength(1);
    const forms = luka[0]?.forms.map((f) => f.text) ?? [];
    expect(forms).toEqual(expect.arrayContaining(["Lukashenka", "Lukashenko", "Aleksandr Lukashenko"]));
    expect(forms.every((f) => /Lukashenk/.test(f))).toBe(true);
    expect(new Set(luka[0]?.forms.flatMap((f) => f.articleIds)).size).toBeGreaterThan(3);
  });

  it("joins bare surnames to their person and keeps the people apart", () => {
    for (const surname of [/Raisi/, /Pezeshkian/, /Putin/, /Khrenin/]) {
      const found = entitiesWith(surname);
      expect(found).toHaveLength(1);
      expect(found[0]?.forms.every((f) => surname.test(f.text))).toBe(true);
    }
  });

  it("joins SCO to the Shanghai Cooperation Organization", () => {
    const sco = entitiesWith(/^SCO$/);
    expect(sco).toHaveLength(1);
    expect(sco[0]?.canonical).toBe("Shanghai Cooperation Organization");
  });
});
