"use client";

export interface VerdictTarget {
  /** null: the whole group */
  key: string | null;
  label: string;
  /** the reviewer's own verdict in force on it */
  mine: string | null;
}

/** What the verdict buttons and keys apply to: the whole group, or one of its discrepancies (key D cycles). */
export function VerdictTargetPicker({
  targets,
  selected,
  onSelect,
}: {
  targets: VerdictTarget[];
  selected: string | null;
  onSelect: (key: string | null) => void;
}) {
  if (targets.length < 2) return null;
  return (
    <fieldset className="verdict-targets">
      <legend>Verdict on (key D switches)</legend>
      {targets.map((t) => (
        <label key={t.key ?? "group"}>
          <input type="radio" name="verdict-target" checked={selected === t.key} onChange={() => onSelect(t.key)} />
          {t.label}
          {t.mine ? <span className="pill">{t.mine}</span> : null}
        </label>
      ))}
    </fieldset>
  );
}
