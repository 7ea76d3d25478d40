"use client";

/** The metadata a reviewer checks and corrects, as plain strings ("" is unknown). */
export interface MetadataValues {
  title: string;
  outlet: string;
  author: string;
  url: string;
  publishedAt: string;
  language: string;
}

export const EMPTY_METADATA: MetadataValues = { title: "", outlet: "", author: "", url: "", publishedAt: "", language: "" };

const ORIGIN_WORDS: Record<string, string> = { page: "from the page", text: "from the text", detected: "detected", given: "given" };

export function toMetadataValues(m: {
  title: string;
  outlet: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
}): MetadataValues {
  return {
    title: m.title,
    outlet: m.outlet ?? "",
    author: m.author ?? "",
    url: m.url ?? "",
    publishedAt: m.publishedAt ?? "",
    language: m.language ?? "",
  };
}

/** What the API takes: "" becomes null (known to be unknown), so nothing is guessed in its place. */
export function toMetadataInput(v: MetadataValues) {
  const orNull = (s: string) => (s.trim() ? s.trim() : null);
  return {
    ...(v.title.trim() ? { title: v.title.trim() } : {}),
    outlet: orNull(v.outlet),
    author: orNull(v.author),
    url: orNull(v.url),
    publishedAt: orNull(v.publishedAt),
    language: orNull(v.language),
  };
}

/** A rejected input's message for people: zod's issue list becomes "url: Invalid URL". */
export function describeInputError(message: string): string {
  try {
    const issues = JSON.parse(message) as { path?: (string | number)[]; message?: string }[];
    if (Array.isArray(issues)) return issues.map((i) => `${String(i.path?.at(-1) ?? "input")}: ${i.message ?? "invalid"}`).join("; ");
  } catch {
    // not a list of issues: the message is meant for people already
  }
  return message;
}

/** The precision a date string carries, shown beside the field so the reviewer sees what the analysis will assume. */
export function describePrecision(iso: string): string {
  const s = iso.trim();
  if (!s) return "unknown";
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(s)) return "to the minute";
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return "to the day";
  if (/^\d{4}-\d{2}$/.test(s)) return "to the month";
  if (/^\d{4}$/.test(s)) return "to the year";
  return "not a valid date";
}

const FIELDS: { key: keyof MetadataValues; label: string; type?: string; pattern?: string; hint?: string; required?: boolean }[] = [
  { key: "title", label: "Title", required: true },
  { key: "outlet", label: "Outlet" },
  { key: "author", label: "Author" },
  { key: "url", label: "URL", type: "url" },
  {
    key: "publishedAt",
    label: "Published",
    pattern: String.raw`\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2})?)?)?`,
    hint: "YYYY, YYYY-MM, YYYY-MM-DD or YYYY-MM-DDTHH:MM",
  },
  { key: "language", label: "Language", pattern: "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", hint: "a code such as en, ru, be" },
];

/** Editable metadata fields; each label names its field, and the origin of a found value is said beside it. */
export function MetadataFields({
  idPrefix,
  values,
  onChange,
  origins = {},
}: {
  idPrefix: string;
  values: MetadataValues;
  onChange: (next: MetadataValues) => void;
  origins?: Record<string, string>;
}) {
  return (
    <div className="toolbar metadata-fields">
      {FIELDS.map((f) => {
        const id = `${idPrefix}-${f.key}`;
        const notes = [
          f.key === "publishedAt" ? `precision: ${describePrecision(values.publishedAt)}` : null,
          origins[f.key] && values[f.key] ? ORIGIN_WORDS[origins[f.key]!] : null,
          f.hint ?? null,
        ].filter(Boolean);
        return (
          <div key={f.key} style={{ display: "flex", flexDirection: "column", gap: "0.2rem", fontSize: "0.85rem" }}>
            <label htmlFor={id}>{f.label}</label>
            <input
              id={id}
              type={f.type ?? "text"}
              value={values[f.key]}
              required={f.required}
              pattern={f.pattern}
              maxLength={f.key === "url" ? 2000 : f.key === "title" ? 500 : 200}
              aria-describedby={notes.length ? `${id}-note` : undefined}
              onChange={(e) => onChange({ ...values, [f.key]: e.target.value })}
              style={f.type === "url" ? { font: "inherit", padding: "0.35rem 0.5rem", minWidth: "14rem" } : undefined}
            />
            {notes.length ? (
              <small id={`${id}-note`} className="muted">
                {notes.join(" · ")}
              </small>
            ) : null}
          </div>
        );
      })}
    </div>
  );
}
