"use client";

import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { formatPublished } from "./format-date";

export function ArticleTable({ slug, query, outlet }: { slug: string; query: string; outlet: string }) {
  const trpc = useTRPC();
  const { data } = useSuspenseQuery(trpc.article.list.queryOptions({ workspace: slug, query, outlet }));
  if (data.total === 0)
    return <p className="empty">No articles yet. Import some with: pnpm crosscheck import &lt;files&gt; --workspace {slug}</p>;
  return (
    <>
      <p className="muted" aria-live="polite">
        Showing {data.articles.length} of {data.total} articles
      </p>
      {data.articles.length === 0 ? (
        <p className="empty">No article matches these filters.</p>
      ) : (
        <table aria-labelledby="articles-heading">
          <thead>
            <tr>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col">Author</th>
              <th scope="col">Published</th>
              <th scope="col">Source file</th>
              <th scope="col" className="num">
                Words
              </th>
              <th scope="col" className="num">
                Claims
              </th>
              <th scope="col" className="num">
                Mentions
              </th>
            </tr>
          </thead>
          <tbody>
            {data.articles.map((a) => (
              <tr key={a.id}>
                <td>
                  <Link href={`/w/${slug}/articles/${a.id}`}>{a.title}</Link>
                </td>
                <td>{a.outlet ?? <span className="muted">unknown</span>}</td>
                <td>{a.author ?? <span className="muted">unknown</span>}</td>
                <td>{formatPublished(a.publishedAt)}</td>
                <td>
                  <code>{a.sourceName}</code>
                </td>
                <td className="num">{a.wordCount}</td>
                <td className="num">{a.claimCount}</td>
                <td className="num">{a.mentionCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
