"use client";

import { useRef, useState, type DragEvent } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

const MAX_FILE_BYTES = 5 * 1024 * 1024;

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Paste a text or drop several files; each is imported on its own and the summary says what happened. */
export function ImportArticles({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [text, setText] = useState("");
  const [meta, setMeta] = useState({ title: "", outlet: "", author: "", publishedAt: "" });
  const [dragging, setDragging] = useState(false);
  const [tooBig, setTooBig] = useState<string[]>([]);
  const fileInput = useRef<HTMLInputElement>(null);
  const importing = useMutation(
    trpc.article.import.mutationOptions({
      onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: trpc.article.pathKey() }), queryClient.invalidateQueries({ queryKey: trpc.analysis.pathKey() })]),
    }),
  );
  const metaInput = () => Object.fromEntries(Object.entries(meta).filter(([, v]) => v.trim()).map(([k, v]) => [k, v.trim()]));

  const sendFiles = async (files: FileList | File[]) => {
    const list = [...files];
    // a file over the limit is refused here with its name, before its bytes travel
    setTooBig(list.filter((f) => f.size > MAX_FILE_BYTES).map((f) => `${f.name}: the file is ${(f.size / 1048576).toFixed(1)} MB; articles may be at most 5 MB`));
    const sources = await Promise.all(list.filter((f) => f.size <= MAX_FILE_BYTES).map(async (f) => ({ kind: "file" as const, name: f.name, base64: await toBase64(f) })));
    if (sources.length) importing.mutate({ workspace: slug, sources });
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    void sendFiles(event.dataTransfer.files);
  };
  const result = importing.data;
  return (
    <section className="import-panel" aria-labelledby="import-heading">
      <h2 id="import-heading">Add articles</h2>
      <div
        className={`drop-zone${dragging ? " dragging" : ""}`}
        onDragOver={(e) => (e.preventDefault(), setDragging(true))}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p>Drop .txt or .md files here, or</p>
        <label className="file-label">
          Choose files
          <input ref={fileInput} type="file" multiple accept=".txt,.text,.md,.markdown,text/plain,text/markdown" onChange={(e) => e.target.files && void sendFiles(e.target.files)} />
        </label>
      </div>
      <form onSubmit={(e) => (e.preventDefault(), importing.mutate({ workspace: slug, sources: [{ kind: "text", name: meta.title.trim() || "pasted text", text, meta: metaInput() }] }))} aria-label="Paste an article">
        <label className="note-field">
          Or paste an article
          <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} />
        </label>
        <div className="toolbar">
          {(["title", "outlet", "author"] as const).map((key) => (
            <label key={key}>
              {key[0]!.toUpperCase() + key.slice(1)}
              <input type="text" value={meta[key]} onChange={(e) => setMeta((m) => ({ ...m, [key]: e.target.value }))} />
            </label>
          ))}
          <label>
            Published (YYYY-MM-DD)
            <input type="text" inputMode="numeric" pattern="\d{4}(-\d{2}(-\d{2})?)?" value={meta.publishedAt} onChange={(e) => setMeta((m) => ({ ...m, publishedAt: e.target.value }))} />
          </label>
          <button type="submit" disabled={importing.isPending || !text.trim()}>Import pasted text</button>
        </div>
      </form>
      <div aria-live="polite">
        {importing.isPending ? <p aria-busy="true">Importing…</p> : null}
        {importing.error ? <p role="alert" className="error-box">{importing.error.message}</p> : null}
        {result || tooBig.length ? (
          <div className="import-summary">
            <p>
              <strong>{result?.imported.length ?? 0} imported</strong>, {result?.duplicates.length ?? 0} already present, {(result?.refused.length ?? 0) + tooBig.length} refused
              {result?.analysisStarted ? " · analysing in the background" : ""}
            </p>
            <ul>
              {result?.imported.map((a) => <li key={a.id}>imported {a.sourceName}{a.previousVersionId ? " (a new version)" : ""}</li>)}
              {result?.duplicates.map((d) => <li key={d.sourceName}>{d.reason}</li>)}
              {[...(result?.refused.map((r) => r.reason) ?? []), ...tooBig].map((reason) => <li key={reason} className="refused">refused: {reason}</li>)}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
