"use client";

import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";

// ISO in UTC: the same on the server's render and in the browser
const when = (d: Date) => `${d.toISOString().slice(0, 16).replace("T", " ")} UTC`;
const words = (n: number) => `${n} ${n === 1 ? "word" : "words"}`;

/**
 * The versions of an article's source and a word diff against the one before, like news-diff
 * trackers show edits. Every part is a React text node inside <ins>/<del>: never HTML.
 */
export function VersionHistory({ slug, articleId }: { slug: string; articleId: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.article.versions.queryOptions({ workspace: slug, articleId }));
  if (data.versions.length < 2) return null;
  return (
    <section aria-labelledby="versions-heading" className="version-history">
      <h2 id="versions-heading">Versions</h2>
      <ol>
        {data.versions.map((v, i) => (
          <li key={v.id}>
            {v.id === articleId ? (
              <strong aria-current="page">
                version {i + 1} (this one), imported {when(v.createdAt)}, {words(v.wordCount)}
              </strong>
            ) : (
              <Link href={`/w/${slug}/articles/${v.id}`}>
                version {i + 1}, imported {when(v.createdAt)}, {words(v.wordCount)}
              </Link>
            )}
          </li>
        ))}
      </ol>
      {data.diff ? (
        <>
          <p className="muted">
            Changes from the version before: {words(data.diff.added)} added, {words(data.diff.removed)} removed.
          </p>
          <div className="article-text" aria-label="Changes from the previous version" style={{ whiteSpace: "pre-wrap" }}>
            {data.diff.parts.map((part, i) =>
              part.change === "added" ? (
                <ins key={i} style={{ background: "#d6f0d9" }}>
                  {part.text}
                </ins>
              ) : part.change === "removed" ? (
                <del key={i} style={{ background: "#fadadd" }}>
                  {part.text}
                </del>
              ) : (
                <span key={i}>{part.text}</span>
              ),
            )}
          </div>
        </>
      ) : (
        <p className="muted">This is the first version.</p>
      )}
    </section>
  );
}
