export function SeverityChip({ severity }: { severity: string | null }) {
  if (!severity) return <span className="chip agree">agrees</span>;
  return <span className={`chip ${severity}`}>{severity}</span>;
}
