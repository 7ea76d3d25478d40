// Entities built from the seed articles with the current mention finder: `node --import tsx/esm bench/names-seeds.ts [dir]`
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildEntities } from "../src/entities/build-entities.ts";
import { extractMentions } from "../src/mentions/extract-mentions.ts";
import { segmentClaims } from "../src/segment/segment-claims.ts";
import type { Mention } from "../src/types.ts";

const dir = process.argv[2] ?? resolve(dirname(fileURLToPath(import.meta.url)), "../../../seeds");
const mentions: Mention[] = [];
for (const file of readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  const article = { id: file.slice(0, 3), text: readFileSync(join(dir, file), "utf8") };
  mentions.push(...extractMentions(article, segmentClaims(article), null));
}
for (const e of buildEntities(mentions)) {
  console.log(`${e.id} ${e.type} "${e.canonical}": ${e.forms.map((f) => `${f.text}×${f.count}[${f.articleIds.join(",")}]`).join(" | ")}`);
}
