"use client";

import { useRef, useState, type DragEvent, type FormEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { useHydrated } from "~/lib/use-hydrated";
import { ImportDraftCard, type ImportDraft } from "./import-draft-card";
import { ImportProgress, type AnalysisNote, type ImportStatus } from "./import-progress";
import { useStartAnalysisWhenFree } from "./import-start-analysis";
import { describeInputError, toMetadataInput, toMetadataValues } from "./metadata-fields";

const MAX_FILE_BYTES = 5 * 1024 * 1024;
const ACCEPT = ".txt,.text,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html";

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

type PreviewSource =
  | { kind: "text"; name: string; text: string }
  | { kind: "file"; name: string; base64: string }
  | { kind: "url"; url: string };

// A batch goes in parts of a few sources, each part one request: well under the API's 8 MB body
// limit (a source larger than a part goes alone) and few requests against the import rate limit.
const PART_BYTES = 6 * 1024 * 1024;
const PART_SOURCES = 10;

const jsonBytes = (value: unknown) => new Blob([JSON.stringify(value)]).size;
const nameOfSource = (source: PreviewSource) => (source.kind === "url" ? source.url : source.name);

/** Splits items into parts by size and count; two items of one name never share a part, so each answer maps back to its item. */
function splitIntoParts<T>(items: T[], sizeOf: (item: T) => number, nameOf: (item: T) => string): T[][] {
  const parts: T[][] = [];
  let part: T[] = [];
  let bytes = 0;
  for (const item of items) {
    const size = sizeOf(item);
    const full = part.length >= PART_SOURCES || bytes + size > PART_BYTES || part.some((other) => nameOf(other) === nameOf(item));
    if (part.length > 0 && full) {
      parts.push(part);
      part = [];
      bytes = 0;
    }
    part.push(item);
    bytes += size;
  }
  if (part.length > 0) parts.push(part);
  return parts;
}

/** A request the API refused as too large: said for each source in it, and the others go on. */
function isTooLarge(error: unknown): boolean {
  return (error as { data?: { code?: string } }).data?.code === "PAYLOAD_TOO_LARGE";
}

/**
 * Bring articles in: drop or choose files (text, Markdown, saved web pages), paste a text, or give
 * a URL the server fetches. Each is read first and shown with the metadata found, to check and
 * correct; confirming imports them one by one with progress, then the analysis re-runs.
 */
export function ImportArticles({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const preview = useMutation(trpc.article.preview.mutationOptions());
  const importOne = useMutation(trpc.article.import.mutationOptions());
  const startAnalysis = useStartAnalysisWhenFree(slug);
  const [pasted, setPasted] = useState("");
  const [url, setUrl] = useState("");
  const [dragging, setDragging] = useState(false);
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const [drafts, setDrafts] = useState<ImportDraft[]>([]);
  const [readRefusals, setReadRefusals] = useState<{ key: string; sourceName: string; reason: string }[]>([]);
  const [statuses, setStatuses] = useState<ImportStatus[]>([]);
  const [finished, setFinished] = useState(false);
  const [analysis, setAnalysis] = useState<AnalysisNote>(null);
  const [error, setError] = useState<string | null>(null);
  const keyCounter = useRef(0);
  const nextKey = () => `k${keyCounter.current++}`;
  // before the page's script runs, a chosen file or typed text would be lost: the fields wait for it
  const hydrated = useHydrated();
  const busy = !hydrated || reading !== null || (statuses.length > 0 && !finished);

  /** Reads sources a part at a time (so progress is real) and adds what was found to the drafts to check. */
  const readSources = async (sources: PreviewSource[], refusedEarly: { sourceName: string; reason: string }[] = []) => {
    setError(null);
    setFinished(false);
    setStatuses([]);
    setReadRefusals((r) => [...r, ...refusedEarly.map((x) => ({ ...x, key: nextKey() }))]);
    setReading({ done: 0, total: sources.length });
    let done = 0;
    try {
      for (const part of splitIntoParts(sources, jsonBytes, nameOfSource)) {
        let result: Awaited<ReturnType<typeof preview.mutateAsync>>;
        try {
          result = await preview.mutateAsync({ workspace: slug, sources: part });
        } catch (e) {
          if (!isTooLarge(e)) throw e;
          const reason = (e as Error).message;
          result = {
            drafts: [],
            refused: part.map((source) => ({ sourceName: nameOfSource(source), reason: `${nameOfSource(source)}: ${reason}` })),
          };
        }
        setDrafts((d) => [
          ...d,
          ...result.drafts.map((x) => ({
            key: nextKey(),
            sourceName: x.sourceName,
            format: x.format,
            encoding: x.encoding,
            encodingBasis: x.encodingBasis,
            text: x.text,
            wordCount: x.wordCount,
            origins: x.origins,
            duplicateOf: x.duplicateOf,
            newVersionOf: x.newVersionOf,
            values: toMetadataValues(x.metadata),
            include: !x.duplicateOf,
          })),
        ]);
        setReadRefusals((r) => [...r, ...result.refused.map((x) => ({ ...x, key: nextKey() }))]);
        done += part.length;
        setReading({ done, total: sources.length });
      }
    } catch (e) {
      setError(describeInputError((e as Error).message));
    } finally {
      setReading(null);
    }
  };

  const readFiles = async (files: FileList | File[]) => {
    const list = [...files];
    // a file over the limit is refused here with its name, before its bytes travel
    const tooBig = list
      .filter((f) => f.size > MAX_FILE_BYTES)
      .map((f) => ({
        sourceName: f.name,
        reason: `${f.name}: the file is ${(f.size / 1048576).toFixed(1)} MB; articles may be at most 5 MB`,
      }));
    const sources = await Promise.all(
      list.filter((f) => f.size <= MAX_FILE_BYTES).map(async (f) => ({ kind: "file" as const, name: f.name, base64: await toBase64(f) })),
    );
    await readSources(sources, tooBig);
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!busy) void readFiles(event.dataTransfer.files);
  };

  const onPaste = (event: FormEvent) => {
    event.preventDefault();
    // a changed paste of the same story (same first line) becomes a new version of it
    const firstLine = pasted.trim().split("\n")[0]?.trim().slice(0, 60) ?? "";
    void readSources([{ kind: "text", name: `pasted: ${firstLine || "text"}`, text: pasted }]).then(() => setPasted(""));
  };

  const onFetch = (event: FormEvent) => {
    event.preventDefault();
    void readSources([{ kind: "url", url: url.trim() }]).then(() => setUrl(""));
  };

  const onConfirm = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = drafts.filter((d) => d.include);
    const initial: ImportStatus[] = [
      ...chosen.map((d) => ({ key: d.key, sourceName: d.sourceName, state: "waiting" as const })),
      ...readRefusals.map((r) => ({ key: r.key, sourceName: r.sourceName, state: "refused" as const, reason: r.reason })),
    ];
    setStatuses(initial);
    setFinished(false);
    setAnalysis(null);
    const update = (key: string, patch: Partial<ImportStatus>) =>
      setStatuses((all) => all.map((s) => (s.key === key ? { ...s, ...patch } : s)));
    let imported = 0;
    const toSource = (draft: ImportDraft) => ({
      kind: "text" as const,
      name: draft.sourceName,
      text: draft.text,
      meta: toMetadataInput(draft.values),
    });
    for (const part of splitIntoParts(
      chosen,
      (d) => jsonBytes(toSource(d)),
      (d) => d.sourceName,
    )) {
      for (const draft of part) update(draft.key, { state: "importing" });
      try {
        const result = await importOne.mutateAsync({ workspace: slug, analyze: false, sources: part.map(toSource) });
        for (const draft of part) {
          const done = result.imported.find((x) => x.sourceName === draft.sourceName);
          const duplicate = result.duplicates.find((x) => x.sourceName === draft.sourceName);
          const refused = result.refused.find((x) => x.sourceName === draft.sourceName);
          if (done) imported++;
          update(
            draft.key,
            done
              ? { state: done.previousVersionId ? "new version" : "imported" }
              : duplicate
                ? { state: "duplicate", reason: duplicate.reason }
                : { state: "refused", reason: refused?.reason ?? `${draft.sourceName}: refused` },
          );
        }
      } catch (e) {
        for (const draft of part)
          update(draft.key, { state: "refused", reason: `${draft.sourceName}: ${describeInputError((e as Error).message)}` });
      }
    }
    setDrafts([]);
    setReadRefusals([]);
    setFinished(true);
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.article.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.analysis.pathKey() }),
    ]);
    if (imported > 0) {
      setAnalysis("starting");
      const outcome = await startAnalysis(() => setAnalysis("queued"));
      setAnalysis(outcome === "failed" ? "failed" : "started");
    }
  };

  const chosenCount = drafts.filter((d) => d.include).length;
  return (
    <section className="import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Add articles</h2>
      <div
        className={`drop-zone${dragging ? " dragging" : ""}`}
        onDragOver={(e) => (e.preventDefault(), setDragging(true))}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop text, Markdown or saved web pages (.txt, .md, .html) here, or</p>
        <label className="file-label">
          Choose files
          <input
            type="file"
            multiple
            accept={ACCEPT}
            disabled={busy}
            onChange={(e) => e.target.files && void readFiles(e.target.files).then(() => (e.target.value = ""))}
          />
        </label>
      </div>
      <form onSubmit={onPaste} aria-label="Paste an article">
        <label className="note-field">
          Or paste an article
          <textarea rows={5} disabled={!hydrated} value={pasted} onChange={(e) => setPasted(e.target.value)} />
        </label>
        <button type="submit" disabled={busy || !pasted.trim()}>
          Read pasted text
        </button>
      </form>
      <form onSubmit={onFetch} aria-label="Fetch an article from the web" className="toolbar">
        <label>
          Or fetch an article URL
          <input
            type="url"
            disabled={!hydrated}
            value={url}
            onChange={(e) => setUrl(e.target.value)}
            placeholder="https://…"
            style={{ font: "inherit", padding: "0.35rem 0.5rem", minWidth: "24rem" }}
          />
        </label>
        <button type="submit" disabled={busy || !url.trim()}>
          Fetch
        </button>
      </form>
      <div aria-live="polite">
        {reading ? (
          <p aria-busy="true">
            <progress max={reading.total} value={reading.done} aria-label="Reading progress" /> Reading {reading.done} of {reading.total}…
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="error-box">
            {error}
          </p>
        ) : null}
      </div>
      {drafts.length || readRefusals.length ? (
        <form onSubmit={(e) => void onConfirm(e)} aria-labelledby="check-heading">
          <h3 id="check-heading">Check the metadata, then import</h3>
          {readRefusals.length ? (
            <ul className="import-summary" aria-label="Cannot be imported">
              {readRefusals.map((r) => (
                <li key={r.key} className="refused">
                  refused: {r.reason}
                </li>
              ))}
            </ul>
          ) : null}
          {drafts.map((draft, i) => (
            <ImportDraftCard
              key={draft.key}
              slug={slug}
              draft={draft}
              index={i}
              onChange={(next) => setDrafts((all) => all.map((d) => (d.key === draft.key ? next : d)))}
            />
          ))}
          <div className="toolbar">
            <button type="submit" disabled={busy || (chosenCount === 0 && readRefusals.length === 0)}>
              {chosenCount === 1 ? "Import 1 article" : `Import ${chosenCount} articles`}
            </button>
            <button type="button" disabled={busy} onClick={() => (setDrafts([]), setReadRefusals([]))}>
              Discard
            </button>
          </div>
        </form>
      ) : null}
      <div aria-live="polite">
        <ImportProgress statuses={statuses} finished={finished} analysis={analysis} />
      </div>
    </section>
  );
}
