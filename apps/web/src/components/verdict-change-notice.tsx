"use client";

interface BasisChange {
  addedClaims: { ref: string; text: string }[];
  removedClaims: { ref: string; text: string }[];
  addedDiscrepancies: { key: string; kind: string; values: string[] }[];
  removedDiscrepancies: { key: string; kind: string; values: string[] }[];
}

interface Props {
  /** what the verdict is on: "this group", or a discrepancy described in words */
  target: string;
  label: string;
  note: string;
  change: BasisChange;
  pending: boolean;
  onConfirm: () => void;
}

/**
 * The reviewer's own verdict was given before the group gained or lost claims or discrepancies:
 * say exactly what changed, so they can confirm it knowingly or choose another.
 */
export function VerdictChangeNotice({ target, label, note, change, pending, onConfirm }: Props) {
  return (
    <section className="change-notice" aria-labelledby="change-heading" data-testid="verdict-changed">
      <h2 id="change-heading">Changed since your verdict</h2>
      <p>
        Your verdict <strong>{label}</strong> on {target}
        {note ? (
          <>
            {" "}
            (note: <q>{note}</q>)
          </>
        ) : null}{" "}
        was given before this group changed. It no longer decides the group until you confirm it or record another.
      </p>
      <ul>
        {change.addedClaims.map((c) => (
          <li key={`+${c.ref}`}>
            <span className="pill added">claim added</span> <q>{c.text}</q>
          </li>
        ))}
        {change.removedClaims.map((c) => (
          <li key={`-${c.ref}`}>
            <span className="pill removed">claim removed</span> <q>{c.text}</q>
          </li>
        ))}
        {change.addedDiscrepancies.map((d) => (
          <li key={`+${d.key}`}>
            <span className="pill added">new discrepancy</span> {d.kind}: {d.values.join(" / ")}
          </li>
        ))}
        {change.removedDiscrepancies.map((d) => (
          <li key={`-${d.key}`}>
            <span className="pill removed">discrepancy gone</span> {d.kind}: {d.values.join(" / ")}
          </li>
        ))}
      </ul>
      <button type="button" onClick={onConfirm} disabled={pending}>
        Confirm “{label}” for the group as it is now
      </button>
    </section>
  );
}
