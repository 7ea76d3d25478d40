"use client";

import { Suspense, useDeferredValue, useState } from "react";
import { ResultsRegion } from "./results-region";
import Link from "next/link";
import { useMutation, useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

type EntityType = "person" | "place" | "organization";

/** Every entity with its spellings (like OpenRefine's cluster dialog): merge, split a form out, choose the canonical one. */
export function NameVariants({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const { data: workspace } = useSuspenseQuery(trpc.workspace.bySlug.queryOptions({ slug }));
  const [query, setQuery] = useState("");
  const [type, setType] = useState<EntityType | "">("");
  const [variantsOnly, setVariantsOnly] = useState(true);
  // kept above the list's suspense boundary: choosing where to merge may take a new search
  const [mergeFrom, setMergeFrom] = useState<{ id: string; name: string } | null>(null);
  const deferredQuery = useDeferredValue(query.trim());
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Workspaces</Link> / <Link href={`/w/${slug}`}>{workspace.name}</Link> / names
      </nav>
      <h1>Names and their spellings</h1>
      <p className="muted">
        Each row is one person, place or organisation with every spelling the articles use. Headings use the canonical spelling; the
        articles keep their own.
      </p>
      <div className="toolbar" role="search" aria-label="Filter names">
        <label>
          Search names
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder="Any spelling" />
        </label>
        <label>
          Type
          <select value={type} onChange={(e) => setType(e.target.value as EntityType | "")}>
            <option value="">All types</option>
            <option value="person">People</option>
            <option value="place">Places</option>
            <option value="organization">Organisations</option>
          </select>
        </label>
        <label className="inline">
          <input type="checkbox" checked={variantsOnly} onChange={(e) => setVariantsOnly(e.target.checked)} /> Only names with several
          spellings
        </label>
      </div>
      <ResultsRegion label="Matching names" stale={deferredQuery !== query.trim()}>
        <Suspense fallback={<p aria-busy="true">Loading names…</p>}>
          <EntityTable
            slug={slug}
            query={deferredQuery}
            type={type}
            variantsOnly={variantsOnly}
            mergeFrom={mergeFrom}
            setMergeFrom={setMergeFrom}
          />
        </Suspense>
      </ResultsRegion>
    </>
  );
}

interface TableProps {
  slug: string;
  query: string;
  type: EntityType | "";
  variantsOnly: boolean;
  mergeFrom: { id: string; name: string } | null;
  setMergeFrom: (from: { id: string; name: string } | null) => void;
}

function EntityTable({ slug, query, type, variantsOnly, mergeFrom, setMergeFrom }: TableProps) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { workspace: slug, variantsOnly, ...(query ? { query } : {}), ...(type ? { type } : {}) };
  const { data } = useSuspenseQuery(trpc.entity.list.queryOptions(input));
  const onDone = {
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.entity.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.group.pathKey() }),
      ]),
  };
  const merge = useMutation(trpc.entity.merge.mutationOptions({ ...onDone, onSettled: () => setMergeFrom(null) }));
  const split = useMutation(trpc.entity.splitForm.mutationOptions(onDone));
  const canonical = useMutation(trpc.entity.setCanonical.mutationOptions(onDone));
  const error = merge.error ?? split.error ?? canonical.error;
  return (
    <>
      {error ? (
        <p role="alert" className="error-box">
          {error.message}
        </p>
      ) : null}
      {mergeFrom ? (
        <p role="status" className="merge-banner">
          Merging <strong>{mergeFrom.name}</strong>: search for the name it belongs to and choose “Merge here”.{" "}
          <button type="button" onClick={() => setMergeFrom(null)}>
            Cancel
          </button>
        </p>
      ) : null}
      <p className="muted" aria-live="polite">
        {data.length} names
      </p>
      {data.length === 0 ? <p className="empty">No name matches.</p> : null}
      <table aria-label="Names">
        <thead>
          <tr>
            <th scope="col">Canonical</th>
            <th scope="col">Type</th>
            <th scope="col">Spellings (count · articles)</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {data.map((e) => (
            <tr key={e.id} data-entity={e.canonical}>
              <th scope="row">
                {e.canonical}
                {e.roles.length > 0 ? <div className="muted small roles">{e.roles.join(" · ")}</div> : null}
              </th>
              <td>{e.type}</td>
              <td>
                <ul className="forms">
                  {e.forms.map((f) => (
                    <li key={f.text}>
                      <strong>{f.text}</strong>{" "}
                      <span className="muted">
                        {f.count}× · {f.articles.map((a) => a.name).join(", ")}
                      </span>{" "}
                      {f.text !== e.canonical ? (
                        <button
                          type="button"
                          className="small-button"
                          onClick={() => canonical.mutate({ workspace: slug, entityId: e.id, canonical: f.text })}
                        >
                          Make canonical
                          <span className="visually-hidden">
                            {" "}
                            “{f.text}” for {e.canonical}
                          </span>
                        </button>
                      ) : null}{" "}
                      {e.forms.length > 1 ? (
                        <button
                          type="button"
                          className="small-button"
                          onClick={() => split.mutate({ workspace: slug, entityId: e.id, form: f.text })}
                        >
                          Split out
                          <span className="visually-hidden">
                            {" "}
                            “{f.text}” from {e.canonical}
                          </span>
                        </button>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </td>
              <td>
                {mergeFrom === null ? (
                  <button type="button" onClick={() => setMergeFrom({ id: e.id, name: e.canonical })}>
                    Merge<span className="visually-hidden"> {e.canonical} into another name</span>
                  </button>
                ) : mergeFrom.id === e.id ? (
                  <span className="muted">merging this</span>
                ) : (
                  <button type="button" onClick={() => merge.mutate({ workspace: slug, intoId: e.id, fromId: mergeFrom.id })}>
                    Merge here<span className="visually-hidden">, into {e.canonical}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
