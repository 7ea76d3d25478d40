import { readdir, readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join, resolve } from "node:path";
import type { EncodingBasis } from "./decode-text.ts";
import type { ArticleDraft } from "./derive-article.ts";
import { IngestError } from "./ingest-error.ts";
import { ARTICLE_EXTENSIONS, MAX_ARTICLE_BYTES } from "./limits.ts";
import { parseManifest, type ManifestEntry } from "./manifest.ts";
import { parseArticle } from "./parse-article.ts";

export type SourceOutcome =
  /** encoding: how a file that was not plain UTF-8 was read, for the command line to say so */
  { ok: true; draft: ArticleDraft; encoding?: { name: string; basis: EncodingBasis } } | { ok: false; error: IngestError };

async function listFiles(path: string): Promise<string[]> {
  const info = await stat(path);
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { withFileTypes: true });
  const nested = await Promise.all(
    entries
      .filter((e) => !e.name.startsWith("."))
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((e) => (e.isDirectory() ? listFiles(join(path, e.name)) : Promise.resolve([join(path, e.name)]))),
  );
  return nested.flat().filter((file) => basename(file) !== "manifest.json");
}

async function loadManifestBeside(file: string, cache: Map<string, Map<string, ManifestEntry> | IngestError | null>) {
  const dir = dirname(file);
  if (!cache.has(dir)) {
    const json = await readFile(join(dir, "manifest.json"), "utf8").catch(() => null);
    if (json === null) cache.set(dir, null);
    else {
      const parsed = parseManifest(json);
      cache.set(dir, parsed.ok ? parsed.entries : new IngestError("INVALID_MANIFEST", join(dir, "manifest.json"), parsed.error));
    }
  }
  return cache.get(dir) ?? null;
}

/**
 * Reads articles (text, Markdown, saved web pages) from files and folders, recursively, with the
 * metadata of a `manifest.json` found beside them over what the files themselves state. Each source succeeds or fails on its own.
 */
export async function readSources(paths: string[]): Promise<SourceOutcome[]> {
  const outcomes: SourceOutcome[] = [];
  const manifests = new Map<string, Map<string, ManifestEntry> | IngestError | null>();
  for (const input of paths) {
    let files: string[];
    try {
      files = await listFiles(resolve(input));
    } catch {
      outcomes.push({ ok: false, error: new IngestError("UNREADABLE", input, "no such file or folder, or it cannot be read") });
      continue;
    }
    for (const file of files) outcomes.push(await readSource(file, manifests));
  }
  return outcomes;
}

async function readSource(file: string, manifests: Map<string, Map<string, ManifestEntry> | IngestError | null>): Promise<SourceOutcome> {
  const name = basename(file);
  try {
    if (!(ARTICLE_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase())) {
      throw new IngestError(
        "UNSUPPORTED_TYPE",
        name,
        `unsupported file type "${extname(name) || "(none)"}"; import .txt, .md or .html files`,
      );
    }
    const manifest = await loadManifestBeside(file, manifests);
    if (manifest instanceof IngestError) throw manifest;
    const { size } = await stat(file);
    if (size > MAX_ARTICLE_BYTES) {
      throw new IngestError(
        "TOO_LARGE",
        name,
        `the file is ${(size / 1048576).toFixed(1)} MB; articles may be at most ${MAX_ARTICLE_BYTES / 1048576} MB`,
      );
    }
    const { draft, encoding, encodingBasis } = parseArticle(
      { kind: "bytes", name, bytes: await readFile(file) },
      manifest?.get(name) ?? {},
    );
    return { ok: true, draft, encoding: { name: encoding, basis: encodingBasis } };
  } catch (error) {
    if (error instanceof IngestError) return { ok: false, error };
    return { ok: false, error: new IngestError("UNREADABLE", name, (error as Error).message) };
  }
}
