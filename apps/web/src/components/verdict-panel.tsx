"use client";

import { forwardRef, useState } from "react";

export const VERDICTS = [
  { label: "consistent", key: "1", help: "the sources agree" },
  { label: "variant", key: "2", help: "only spelling or wording differs" },
  { label: "discrepancy", key: "3", help: "a real difference, not a contradiction" },
  { label: "contradiction", key: "4", help: "the sources cannot both be right" },
  { label: "unverifiable", key: "5", help: "cannot be decided from these sources" },
] as const;

export type VerdictLabel = (typeof VERDICTS)[number]["label"];

interface Props {
  current: VerdictLabel | null;
  pending: boolean;
  error: string | null;
  onRecord: (label: VerdictLabel, note: string) => void;
  /** offered when the error is a conflict: someone changed the group since it was opened */
  onReload?: () => void;
}

export const VerdictPanel = forwardRef<HTMLTextAreaElement, Props & { note: string; onNoteChange: (note: string) => void }>(
  function VerdictPanel({ current, pending, error, onRecord, onReload, note, onNoteChange }, noteRef) {
    const [lastClicked, setLastClicked] = useState<VerdictLabel | null>(null);
    return (
      <section className="verdict-panel" aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">Verdict</h2>
        <div className="verdict-buttons" role="group" aria-label="Record a verdict">
          {VERDICTS.map((v) => (
            <button
              key={v.label}
              type="button"
              aria-pressed={current === v.label}
              aria-keyshortcuts={v.key}
              title={`${v.help} (key ${v.key})`}
              disabled={pending}
              className={current === v.label ? "selected" : undefined}
              onClick={() => {
                setLastClicked(v.label);
                onRecord(v.label, note);
              }}
            >
              <kbd>{v.key}</kbd> {v.label}
            </button>
          ))}
        </div>
        <label className="note-field">
          Note (optional, key E to focus)
          <textarea ref={noteRef} rows={3} value={note} maxLength={5000} onChange={(e) => onNoteChange(e.target.value)} />
        </label>
        <p aria-live="polite" className="muted">
          {pending ? `Saving ${lastClicked ?? ""}…` : current ? `Current verdict: ${current}` : "No verdict yet."}
        </p>
        {error ? (
          <p role="alert" className="error-box">
            {error}{" "}
            {onReload ? (
              <button type="button" onClick={onReload}>
                Reload the group
              </button>
            ) : null}
          </p>
        ) : null}
      </section>
    );
  },
);
