"use client";

import Link from "next/link";
import { MetadataFields, type MetadataValues } from "./metadata-fields";

export interface ImportDraft {
  key: string;
  sourceName: string;
  format: "html" | "text";
  encoding: string;
  /** how the server chose the encoding: "valid UTF-8", "byte-order mark", "declared" or "detected" */
  encodingBasis: string;
  text: string;
  wordCount: number;
  origins: Record<string, string>;
  duplicateOf: { id: string; title: string } | null;
  newVersionOf: { id: string; title: string } | null;
  values: MetadataValues;
  include: boolean;
}

function describeEncodingBasis(basis: string): string {
  if (basis === "declared") return "as the file or server declares";
  if (basis === "detected") return "detected: check the text below";
  if (basis === "byte-order mark") return "as its byte-order mark says";
  return basis;
}

/** One article waiting for confirmation: what was found, editable, with the opening of its text as plain text. */
export function ImportDraftCard({
  slug,
  draft,
  index,
  onChange,
}: {
  slug: string;
  draft: ImportDraft;
  index: number;
  onChange: (next: ImportDraft) => void;
}) {
  const opening = draft.text.length > 400 ? `${draft.text.slice(0, 400)}…` : draft.text;
  return (
    <fieldset className="import-draft" style={{ border: "1px solid var(--line)", borderRadius: 6, margin: "0.6rem 0" }}>
      <legend>{draft.sourceName}</legend>
      <p className="muted" style={{ margin: "0.2rem 0" }}>
        {draft.format === "html" ? "web page, article text extracted" : "text"} · {draft.wordCount} words
        {draft.encoding !== "UTF-8" ? ` · converted from ${draft.encoding} (${describeEncodingBasis(draft.encodingBasis)})` : ""}
      </p>
      {draft.duplicateOf ? (
        <p role="note" className="refused">
          Already imported as <Link href={`/w/${slug}/articles/${draft.duplicateOf.id}`}>{draft.duplicateOf.title}</Link>; it will be
          refused as a duplicate.
        </p>
      ) : null}
      {draft.newVersionOf ? (
        <p role="note">
          A changed version of <Link href={`/w/${slug}/articles/${draft.newVersionOf.id}`}>{draft.newVersionOf.title}</Link>: both are kept
          and the differences shown.
        </p>
      ) : null}
      <label>
        <input type="checkbox" checked={draft.include} onChange={(e) => onChange({ ...draft, include: e.target.checked })} /> Import this
        article
      </label>
      <MetadataFields
        idPrefix={`draft-${index}`}
        values={draft.values}
        origins={draft.origins}
        onChange={(values) => onChange({ ...draft, values })}
      />
      <details>
        <summary>Opening of the text</summary>
        {/* the article is shown as text, never as HTML */}
        <p style={{ whiteSpace: "pre-wrap" }}>{opening}</p>
      </details>
    </fieldset>
  );
}
