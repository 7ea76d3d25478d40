"use client";

import { useState } from "react";
import type { CoverageOutlet } from "@crosscheck/report";
import styles from "./coverage.module.css";

const COLUMNS = [
  ["name", "Outlet"],
  ["stated", "Stated"],
  ["agreeing", "Agreeing"],
  ["differing", "Differing"],
  ["notStated", "Not stated"],
  ["omitted", "Omitted"],
  ["unique", "Unique"],
  ["firstReports", "First to report"],
] as const;
type Column = (typeof COLUMNS)[number][0];

/** Each outlet's figures; a column header sorts by it (again: the other way). */
export function CoverageOutletTable({ outlets, onFocus }: { outlets: CoverageOutlet[]; onFocus: (outlet: string) => void }) {
  const [sort, setSort] = useState<{ by: Column; descending: boolean }>({ by: "name", descending: false });
  const sorted = [...outlets].sort((a, b) => {
    const order = sort.by === "name" ? a.name.localeCompare(b.name) : a[sort.by] - b[sort.by] || a.name.localeCompare(b.name);
    return sort.descending ? -order : order;
  });
  const toggle = (by: Column) => setSort((s) => ({ by, descending: s.by === by ? !s.descending : by !== "name" }));
  return (
    <table aria-labelledby="outlets-heading">
      <thead>
        <tr>
          {COLUMNS.map(([key, title]) => (
            <th
              key={key}
              scope="col"
              className={key === "name" ? undefined : "num"}
              aria-sort={sort.by === key ? (sort.descending ? "descending" : "ascending") : undefined}
            >
              <button type="button" className={styles.sortButton} onClick={() => toggle(key)}>
                {title}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((o) => (
          <tr key={o.name}>
            <th scope="row">
              <button type="button" className="link-button" onClick={() => onFocus(o.name)} title="Show this outlet's column in the matrix">
                {o.name}
              </button>{" "}
              <span className="muted small">
                ({o.articleIds.length} article{o.articleIds.length === 1 ? "" : "s"})
              </span>
            </th>
            {COLUMNS.slice(1).map(([key]) => (
              <td key={key} className="num">
                {o[key as Exclude<Column, "name">]}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
