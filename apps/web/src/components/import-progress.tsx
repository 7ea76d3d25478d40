"use client";

export type ImportState = "waiting" | "importing" | "imported" | "new version" | "duplicate" | "refused";

export interface ImportStatus {
  key: string;
  sourceName: string;
  state: ImportState;
  reason?: string;
}

export type AnalysisNote = null | "starting" | "queued" | "started" | "failed";

const ANALYSIS_WORDS: Record<Exclude<AnalysisNote, null>, string> = {
  starting: " · starting the analysis",
  queued: " · the analysis will re-run when the one running now ends",
  started: " · analysing in the background",
  failed: " · the analysis could not be started; use Re-run analysis",
};

/** A progress bar and one line per article while a batch goes in, then the summary. */
export function ImportProgress({ statuses, finished, analysis }: { statuses: ImportStatus[]; finished: boolean; analysis: AnalysisNote }) {
  if (statuses.length === 0) return null;
  const done = statuses.filter((s) => s.state !== "waiting" && s.state !== "importing").length;
  const count = (...states: ImportState[]) => statuses.filter((s) => states.includes(s.state)).length;
  return (
    <div className="import-summary">
      {finished ? (
        <p>
          <strong>{count("imported", "new version")} imported</strong>, {count("duplicate")} already present, {count("refused")} refused
          {analysis ? ANALYSIS_WORDS[analysis] : ""}
        </p>
      ) : (
        <p>
          <progress max={statuses.length} value={done} aria-label="Import progress" /> Importing {done} of {statuses.length}…
        </p>
      )}
      <ul aria-label="Import status">
        {statuses.map((s) => (
          <li key={s.key} className={s.state === "refused" ? "refused" : undefined}>
            {s.state === "refused" || s.state === "duplicate" ? `${s.state}: ${s.reason ?? s.sourceName}` : `${s.state}: ${s.sourceName}`}
          </li>
        ))}
      </ul>
    </div>
  );
}
