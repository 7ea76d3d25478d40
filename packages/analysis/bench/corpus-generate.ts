// Synthetic corpora for the speed benchmark, made by varying the seed articles: sentences
// shuffled across articles, names, dates and numbers substituted. Deterministic (seeded RNG).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ArticleInput } from "../src/types.ts";

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES: [RegExp, string[]][] = [
  [/Lukashenko|Lukashenka/g, ["Lukashenko", "Lukashenka", "Lukaschenko"]],
  [/Alexander|Aleksandr/g, ["Alexander", "Aleksandr", "Alyaksandr"]],
  [/Raisi/g, ["Raisi", "Raeisi"]],
  [/Pezeshkian/g, ["Pezeshkian", "Pezeshkiyan"]],
  [/Tehran|Minsk/g, ["Tehran", "Minsk", "Kazan", "Moscow", "Samarkand"]],
];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WORDS = ["two", "three", "four", "five", "thirty", "forty"];

export function loadSeedSentences(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => readFileSync(join(seedsDir, f), "utf8").split(/(?<=[.!?”])\s+(?=[A-Z“])/))
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s.split(" ").length >= 6);
}

export function generateCorpus(size: number, sentences: string[], seed = 42, wordsPerArticle = 600): ArticleInput[] {
  const random = mulberry32(seed);
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const vary = (sentence: string) => {
    let out = sentence;
    for (const [pattern, options] of NAMES) out = out.replace(pattern, () => pick(options));
    out = out.replace(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\b/g, () => pick(MONTHS));
    out = out.replace(/\b(20[12]\d)\b/g, () => String(2015 + Math.floor(random() * 12)));
    out = out.replace(/\b(two|three|four|five|thirty|forty)\b/gi, () => pick(WORDS));
    out = out.replace(/\b\d{1,3}\b/g, (d) => String(Math.max(1, Math.round(Number(d) * (0.5 + random())))));
    return out;
  };
  const articles: ArticleInput[] = [];
  for (let i = 0; i < size; i++) {
    const paragraphs: string[] = [];
    let words = 0;
    let paragraph: string[] = [];
    while (words < wordsPerArticle) {
      const sentence = vary(pick(sentences));
      paragraph.push(sentence);
      words += sentence.split(" ").length;
      if (paragraph.length >= 4) {
        paragraphs.push(paragraph.join(" "));
        paragraph = [];
      }
    }
    if (paragraph.length) paragraphs.push(paragraph.join(" "));
    const month = 1 + Math.floor(random() * 12);
    articles.push({
      id: `syn${i}`,
      text: paragraphs.join("\n"),
      publishedAt: `${2019 + Math.floor(random() * 7)}-${String(month).padStart(2, "0")}-15`,
    });
  }
  return articles;
}
