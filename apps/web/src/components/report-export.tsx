"use client";

import { useMemo, useState } from "react";
import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { DISCREPANCY_KINDS, SEVERITIES } from "~/lib/discrepancy-kinds";

const FORMATS = [
  { id: "json", name: "JSON (crosscheck.report.v1)" },
  { id: "md", name: "Markdown" },
  { id: "csv", name: "CSV (spreadsheet)" },
  { id: "html", name: "HTML (printable)" },
  { id: "pdf", name: "PDF" },
  { id: "claimreview", name: "ClaimReview (schema.org JSON-LD)" },
] as const;

/** Choose what goes in, preview the printable report, download any format (each is a plain URL too). */
export function ReportExport({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const { data: workspace } = useSuspenseQuery(trpc.workspace.bySlug.queryOptions({ slug }));
  const { data: articles } = useSuspenseQuery(trpc.article.list.queryOptions({ workspace: slug, query: "", outlet: "" }));
  const [scope, setScope] = useState<"all" | "discrepancies" | "reviewed">("all");
  const [kinds, setKinds] = useState<Set<string>>(new Set());
  const [severities, setSeverities] = useState<Set<string>>(new Set());
  const [article, setArticle] = useState("");
  const query = useMemo(() => {
    const params = new URLSearchParams({ scope });
    for (const k of kinds) params.append("kind", k);
    for (const s of severities) params.append("severity", s);
    if (article) params.append("article", article);
    return params.toString();
  }, [scope, kinds, severities, article]);
  const base = `/api/workspaces/${slug}/report`;
  const toggle = (set: Set<string>, update: (s: Set<string>) => void, value: string) => {
    const next = new Set(set);
    if (next.has(value)) next.delete(value);
    else next.add(value);
    update(next);
  };
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Workspaces</Link> / <Link href={`/w/${slug}`}>{workspace.name}</Link> / report
      </nav>
      <h1>Discrepancy report</h1>
      <form className="report-filters" aria-label="What goes in the report" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Groups</legend>
          {(["all", "discrepancies", "reviewed"] as const).map((s) => (
            <label key={s} className="inline">
              <input type="radio" name="scope" value={s} checked={scope === s} onChange={() => setScope(s)} />{" "}
              {s === "all" ? "All groups" : s === "discrepancies" ? "Only groups with discrepancies" : "Only reviewed groups"}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Discrepancy kinds (none checked: all)</legend>
          {DISCREPANCY_KINDS.map((k) => (
            <label key={k} className="inline">
              <input type="checkbox" checked={kinds.has(k)} onChange={() => toggle(kinds, setKinds, k)} /> {k}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Severities (none checked: all)</legend>
          {SEVERITIES.map((s) => (
            <label key={s} className="inline">
              <input type="checkbox" checked={severities.has(s)} onChange={() => toggle(severities, setSeverities, s)} /> {s}
            </label>
          ))}
        </fieldset>
        <label>
          Article
          <select value={article} onChange={(e) => setArticle(e.target.value)}>
            <option value="">All articles</option>
            {articles.articles.map((a) => (
              <option key={a.id} value={a.id}>
                {a.outlet ? `${a.outlet}: ` : ""}
                {a.title.slice(0, 60)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <h2 id="downloads-heading">Download</h2>
      <ul className="downloads" aria-labelledby="downloads-heading">
        {FORMATS.map((f) => (
          <li key={f.id}>
            <a href={`${base}?${query}&format=${f.id}`} download>
              {f.name}
            </a>
          </li>
        ))}
      </ul>
      <h2 id="preview-heading">Preview</h2>
      <iframe className="report-preview" title="Report preview" src={`${base}?${query}&format=html&inline=1`} sandbox="" />
    </>
  );
}
