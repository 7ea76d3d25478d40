import type { ReactNode } from "react";

/**
 * The results of a search or filter. While a new search is on its way the previous results stay
 * on screen (a deferred value), so they are marked busy and dimmed: a reviewer, a screen reader or
 * a test then knows the rows do not answer what was typed yet.
 */
export function ResultsRegion({ label, stale, children }: { label: string; stale: boolean; children: ReactNode }) {
  return (
    <section aria-label={label} aria-busy={stale} className={stale ? "results stale" : "results"}>
      {children}
    </section>
  );
}
