import { describe, expect, it } from "vitest";
import { buildAlignInput } from "../src/align/build-align-input.ts";
import { buildEntities } from "../src/entities/build-entities.ts";
import { extractMentions } from "../src/mentions/extract-mentions.ts";
import { segmentClaims } from "../src/segment/segment-claims.ts";
import type { ArticleInput, Entity } from "../src/types.ts";

const articles: ArticleInput[] = [
  { id: "a", text: "Belarusian President Aleksandr Lukashenko signed the roadmap in Tehran.\nAleksandr Lukashenko met Masoud Pezeshkian." },
  { id: "b", text: "Lukashenka, who arrived last night, signed a road map.\nPresident A. Lukashenko spoke of a pause." },
];

function prepare() {
  const claims = articles.flatMap((article) => segmentClaims(article));
  const mentions = articles.flatMap((article) =>
    extractMentions(
      article,
      claims.filter((c) => c.articleId === article.id),
      null,
    ),
  );
  const entityOf = new Map<string, Entity>();
  for (const entity of buildEntities(mentions)) for (const id of entity.mentionIds) entityOf.set(id, entity);
  const texts = claims.map((c) => c.text);
  const inputs = claims.map((claim) =>
    buildAlignInput(
      claim,
      mentions.filter((m) => m.claimId === claim.id),
      (m) => entityOf.get(m.id),
    ),
  );
  return { claims, texts, inputs };
}

describe("what alignment reads of a claim", () => {
  it("writes every spelling of a person as one canonical name, so a variant no longer hides a shared word", () => {
    const { inputs } = prepare();
    const lone = inputs.find((i) => i.text.includes("arrived last night"));
    expect(lone?.text).toMatch(/^Lukashenko, who arrived last night, signed a road map\.$/);
    const initial = inputs.find((i) => i.text.includes("spoke of a pause"));
    expect(initial?.text).toContain("Aleksandr Lukashenko spoke of a pause");
  });

  it("leaves the claims reviewers see as they were, and keeps each input's claim and article", () => {
    const { claims, texts, inputs } = prepare();
    expect(claims.map((c) => c.text)).toEqual(texts);
    expect(claims.some((c) => c.text.includes("Lukashenka"))).toBe(true);
    expect(inputs.map((i) => [i.id, i.articleId])).toEqual(claims.map((c) => [c.id, c.articleId]));
  });
});
