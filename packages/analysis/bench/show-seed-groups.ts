// Prints the claim groups the engine makes of the seed articles, and (with a pattern) the pair
// scores of the claims matching it, to see why two claims are or are not grouped.
//   node --import tsx/esm bench/show-seed-groups.ts "road ?map|pause"
// With --top and claim ids, also each claim's best matches in the other articles (before the story prior):
//   node --import tsx/esm bench/show-seed-groups.ts --top 004:c5 000:c2
import { analyze } from "../src/analyze.ts";
import { loadSeedArticles } from "../test/seed-articles.ts";
import { prepareAlignIndex } from "../src/align/prepare-align-index.ts";
import { scoreProfiles } from "../src/align/score-claim-pair.ts";
import { clusterArticles } from "../src/align/cluster-articles.ts";
import { buildAlignInput } from "../src/align/build-align-input.ts";

const articles = loadSeedArticles();
const result = analyze(articles);
const byId = new Map(result.claims.map((c) => [c.id, c]));
for (const g of result.groups) {
  console.log(`\n== group score ${g.score?.toFixed?.(3)} ${g.discrepancies.map((d) => d.kind + "/" + d.severity).join(",")}`);
  for (const id of g.claimIds) console.log(`  ${id}: ${byId.get(id)!.text.slice(0, 150)}`);
}
// The input alignment sees, as analyze builds it (names in their canonical form).
const entityOfMention = new Map(result.entities.flatMap((e) => e.mentionIds.map((id) => [id, e] as const)));
const inputs = result.claims.map((c) =>
  buildAlignInput(
    c,
    result.mentions.filter((m) => m.claimId === c.id),
    (m) => entityOfMention.get(m.id),
  ),
);
const index = prepareAlignIndex(inputs);
const stories = clusterArticles([...index.profiles.values()]);
console.log("stories", [...stories.entries()]);
const topAt = process.argv.indexOf("--top");
for (const id of topAt >= 0 ? process.argv.slice(topAt + 1) : []) {
  const own = index.profiles.get(id);
  if (!own) continue;
  const best = inputs
    .filter((other) => other.articleId !== own.articleId)
    .map((other) => ({ id: other.id, score: scoreProfiles(own, index.profiles.get(other.id)!, index) }))
    .sort((a, b) => b.score - a.score)
    .slice(0, 8);
  console.log(`best matches of ${id}: ${best.map((b) => `${b.id} ${b.score.toFixed(3)}`).join(", ")}`);
}
const pattern = process.argv[2] && process.argv[2] !== "--top" ? new RegExp(process.argv[2], "i") : null;
if (pattern) {
  const hits = result.claims.filter((c) => pattern.test(c.text));
  for (const a of hits)
    for (const b of hits)
      if (a.articleId < b.articleId) {
        console.log(`${a.id} ~ ${b.id}: ${scoreProfiles(index.profiles.get(a.id)!, index.profiles.get(b.id)!, index).toFixed(3)}`);
      }
  for (const h of hits) console.log(h.id, h.text.slice(0, 200));
}
