"use client";

import { useState } from "react";
import Link from "next/link";

interface Matrix {
  articles: { id: string; title: string; outlet: string | null; sourceName: string }[];
  rows: {
    groupId: string;
    label: string;
    severity: string | null;
    cells: { articleId: string; state: "absent" | "agrees" | "differs"; severity: string | null }[];
  }[];
}

const STATE_TEXT = { absent: "not reported", agrees: "agrees", differs: "differs" } as const;

/** A heat map of groups × articles: which article reports each fact, and whether it agrees. */
export function ClaimMatrix({ slug, matrix }: { slug: string; matrix: Matrix }) {
  const [filter, setFilter] = useState<"all" | "differs">("all");
  const rows = filter === "differs" ? matrix.rows.filter((r) => r.cells.some((c) => c.state === "differs")) : matrix.rows;
  if (matrix.rows.length === 0) return <p className="empty">No claim groups yet.</p>;
  const short = (a: Matrix["articles"][number]) => a.outlet ?? a.sourceName.replace(/\.[a-z]+$/, "").slice(0, 12);
  return (
    <>
      <div className="toolbar">
        <label>
          Show
          <select value={filter} onChange={(e) => setFilter(e.target.value as "all" | "differs")}>
            <option value="all">All groups ({matrix.rows.length})</option>
            <option value="differs">Only groups that differ</option>
          </select>
        </label>
        <ul className="legend" aria-label="Legend">
          <li>
            <span className="cell agrees">■</span> agrees
          </li>
          <li>
            <span className="cell differs variant">■</span> spelling variant
          </li>
          <li>
            <span className="cell differs minor">■</span> minor difference
          </li>
          <li>
            <span className="cell differs conflict">■</span> conflict
          </li>
          <li>
            <span className="cell absent">■</span> not reported
          </li>
        </ul>
      </div>
      <div className="matrix-scroll">
        <table className="matrix" aria-labelledby="matrix-heading">
          <thead>
            <tr>
              <th scope="col">Group</th>
              {matrix.articles.map((a) => (
                <th key={a.id} scope="col" title={a.title}>
                  {short(a)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.groupId}>
                <th scope="row" className="matrix-label">
                  <Link href={`/w/${slug}/groups/${row.groupId}`}>{row.label}</Link>
                </th>
                {row.cells.map((cell, i) => {
                  const article = matrix.articles[i];
                  const text = `${article ? short(article) : ""}: ${STATE_TEXT[cell.state]}${cell.severity ? ` (${cell.severity})` : ""}`;
                  return (
                    <td key={cell.articleId} className={`cell ${cell.state} ${cell.severity ?? ""}`}>
                      {cell.state === "absent" ? (
                        <span className="visually-hidden">{text}</span>
                      ) : (
                        <Link
                          href={`/w/${slug}/groups/${row.groupId}`}
                          aria-label={`${row.label}. ${text}`}
                          title={text}
                          className="cell-link"
                        />
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
