export const SEVERITIES = ["conflict", "minor", "variant"] as const;
export type SeverityName = (typeof SEVERITIES)[number];

/** Conflicts first, then minor differences, then spelling variants, then groups that agree. */
export function severityRank(severity: string | null): number {
  const index = SEVERITIES.indexOf(severity as SeverityName);
  return index === -1 ? SEVERITIES.length : index;
}
