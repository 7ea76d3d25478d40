"use client";

import type { CoverageOutlet } from "@crosscheck/report";
import { DISCREPANCY_KINDS, SEVERITIES } from "~/lib/discrepancy-kinds";
import { CELL_FILTERS, FACT_SORTS, type CoverageFilters } from "~/lib/coverage-filters";

/** Search, outlet, cell state, kind, severity and order of the coverage matrix. */
export function CoverageFilterBar({
  filters,
  outlets,
  onChange,
}: {
  filters: CoverageFilters;
  outlets: CoverageOutlet[];
  onChange: (next: CoverageFilters) => void;
}) {
  const set = <K extends keyof CoverageFilters>(key: K, value: CoverageFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <div className="toolbar" role="search" aria-label="Filter facts">
      <label>
        Search facts
        <input
          type="search"
          value={filters.query}
          onChange={(e) => set("query", e.target.value)}
          placeholder="Words in the fact or a claim"
        />
      </label>
      <label>
        Outlet
        <select value={filters.outlet} onChange={(e) => set("outlet", e.target.value)}>
          <option value="">Any outlet</option>
          {outlets.map((o) => (
            <option key={o.name} value={o.name}>
              {o.name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {filters.outlet ? "Where it" : "Where an outlet"}
        <select value={filters.cell} onChange={(e) => set("cell", e.target.value as CoverageFilters["cell"])}>
          <option value="">Any</option>
          {Object.entries(CELL_FILTERS).map(([key, text]) => (
            <option key={key} value={key}>
              {text}
            </option>
          ))}
        </select>
      </label>
      <label>
        Discrepancy kind
        <select value={filters.kind} onChange={(e) => set("kind", e.target.value as CoverageFilters["kind"])}>
          <option value="">Any kind</option>
          {DISCREPANCY_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
      </label>
      <label>
        Severity
        <select value={filters.severity} onChange={(e) => set("severity", e.target.value as CoverageFilters["severity"])}>
          <option value="">Any severity</option>
          {SEVERITIES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        Order
        <select value={filters.sort} onChange={(e) => set("sort", e.target.value as CoverageFilters["sort"])}>
          {Object.entries(FACT_SORTS)
            .filter(([key]) => key !== "outlet" || filters.outlet)
            .map(([key, text]) => (
              <option key={key} value={key}>
                {text}
              </option>
            ))}
        </select>
      </label>
    </div>
  );
}
