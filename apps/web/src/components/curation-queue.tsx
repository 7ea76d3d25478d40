"use client";

import { Suspense, useDeferredValue, useState } from "react";
import { ResultsRegion } from "./results-region";
import Link from "next/link";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { DISCREPANCY_KINDS } from "~/lib/discrepancy-kinds";
import { useTRPC } from "~/trpc/react";
import { CurationSettleForm } from "./curation-settle-form";
import { SeverityChip } from "./severity-chip";
import { LocalTime } from "./local-time";

type Kind = (typeof DISCREPANCY_KINDS)[number];

/** Groups whose reviewers disagree, their verdicts side by side, and an admin's settling verdict. */
export function CurationQueue({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const { data: workspace } = useSuspenseQuery(trpc.workspace.bySlug.queryOptions({ slug }));
  const [query, setQuery] = useState("");
  const [kind, setKind] = useState<Kind | "">("");
  const deferredQuery = useDeferredValue(query.trim());
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Workspaces</Link> / <Link href={`/w/${slug}`}>{workspace.name}</Link> / curation
      </nav>
      <h1>Curation</h1>
      <p className="muted">
        Groups whose reviewers’ verdicts differ. An admin reads them side by side and settles the group with a verdict and a note; the
        reviewers’ own verdicts stay as they were. See also <Link href={`/w/${slug}/agreement`}>agreement between reviewers</Link>.
      </p>
      <Suspense fallback={null}>
        <RequiredAgreementControl slug={slug} />
      </Suspense>
      <div className="toolbar" role="search" aria-label="Filter disagreements">
        <label>
          Search claims
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Words in the claims" />
        </label>
        <label>
          Discrepancy kind
          <select value={kind} onChange={(e) => setKind(e.target.value as Kind | "")}>
            <option value="">Any kind</option>
            {DISCREPANCY_KINDS.map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
      </div>
      <ResultsRegion label="Matching disagreements" stale={deferredQuery !== query.trim()}>
        <Suspense fallback={<p aria-busy="true">Loading disagreements…</p>}>
          <Disagreements slug={slug} query={deferredQuery} kind={kind} />
        </Suspense>
      </ResultsRegion>
    </>
  );
}

function listInput(slug: string, query: string, kind: Kind | "") {
  return { workspace: slug, ...(query ? { query } : {}), ...(kind ? { kind } : {}) };
}

function Disagreements({ slug, query, kind }: { slug: string; query: string; kind: Kind | "" }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.curation.list.queryOptions(listInput(slug, query, kind)));
  if (data.groups.length === 0) {
    return (
      <p className="empty">
        {query || kind
          ? "No disagreement matches these filters."
          : "No disagreement to settle: every group’s reviewers agree, or an admin has settled it."}
      </p>
    );
  }
  return (
    <>
      <p aria-live="polite">
        {data.groups.length} {data.groups.length === 1 ? "group" : "groups"} in disagreement
      </p>
      <ul>
        {data.groups.map((g) => (
          <li key={g.id}>
            <article aria-labelledby={`curation-${g.id}`} className="card">
              <h2 id={`curation-${g.id}`}>
                <Link href={`/w/${slug}/groups/${g.id}`}>{g.label}</Link> <SeverityChip severity={g.severity} />
              </h2>
              <p className="muted">
                {g.articles} articles ·{" "}
                {g.discrepancies.length === 0 ? "no discrepancy found" : g.discrepancies.map((d) => d.kind).join(", ")}
              </p>
              <div className="columns">
                {g.standing.map((v) => (
                  <section key={v.reviewerId} className="column" aria-label={`Verdict of ${v.reviewer}`}>
                    <p>
                      <strong>{v.reviewer}</strong>: <span className="pill">{v.label}</span>
                    </p>
                    <p>{v.note || <span className="muted">no note</span>}</p>
                    <p className="muted">
                      <LocalTime at={v.createdAt} />
                    </p>
                  </section>
                ))}
              </div>
              {data.canSettle ? (
                <CurationSettleForm slug={slug} groupId={g.id} version={g.version} labels={[...new Set(g.standing.map((v) => v.label))]} />
              ) : (
                <p className="muted">An admin of this workspace settles it.</p>
              )}
            </article>
          </li>
        ))}
      </ul>
    </>
  );
}

function RequiredAgreementControl({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { data } = useSuspenseQuery(trpc.curation.list.queryOptions({ workspace: slug }));
  const [value, setValue] = useState(data.requiredAgreement);
  const save = useMutation(
    trpc.curation.setRequiredAgreement.mutationOptions({
      onSuccess: () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.curation.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.group.pathKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.agreement.pathKey() }),
        ]),
    }),
  );
  if (!data.canSettle)
    return (
      <p>
        {data.requiredAgreement} agreeing {data.requiredAgreement === 1 ? "verdict decides" : "reviewers decide"} a group in this workspace.
      </p>
    );
  return (
    <form
      className="toolbar"
      aria-label="Required agreement"
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate({ workspace: slug, requiredAgreement: value });
      }}
    >
      <label>
        Agreeing reviewers needed to decide a group
        <select value={value} onChange={(e) => setValue(Number(e.target.value))}>
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={save.isPending || value === data.requiredAgreement}>
        Save
      </button>
      <span aria-live="polite" className="muted">
        {save.isSuccess && value === data.requiredAgreement ? `Saved: ${data.requiredAgreement}.` : ""}
      </span>
      {save.error ? (
        <p role="alert" className="error-box">
          {save.error.message}
        </p>
      ) : null}
    </form>
  );
}
