import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { ArticleInput } from "../src/types.ts";

const SEEDS = join(import.meta.dirname, "..", "..", "..", "seeds");

/** Publication dates known from the seeds' sources (the manifest leaves most of them empty). */
const PUBLISHED: Record<string, string> = { "001": "2023-02-11", "003": "2023-03-13", "004": "2025-08-20" };

/**
 * The five seed articles with what `seeds/manifest.json` says of them. `setting: "known-dates"`
 * (the default) adds the publication dates known from their sources and names each article by its
 * three-digit prefix; `"manifest"` gives exactly what the CLI reads, named by file name.
 */
export function loadSeedArticles(setting: "known-dates" | "manifest" = "known-dates"): ArticleInput[] {
  const manifest = JSON.parse(readFileSync(join(SEEDS, "manifest.json"), "utf8")) as {
    file: string;
    publishedAt: string | null;
    outlet: string | null;
  }[];
  return readdirSync(SEEDS)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => {
      const meta = manifest.find((m) => m.file === file);
      const prefix = file.slice(0, 3);
      const known = setting === "known-dates" ? PUBLISHED[prefix] : undefined;
      return {
        id: setting === "known-dates" ? prefix : file,
        text: readFileSync(join(SEEDS, file), "utf8"),
        publishedAt: meta?.publishedAt ?? known ?? null,
        outlet: meta?.outlet ?? null,
      };
    });
}
