"use client";

import { useMemo, useState } from "react";
import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { splitByClaims, splitByMentions } from "./build-text-segments";
import { formatPublished } from "./format-date";
import { describeNormalized } from "./describe-normalized";
import { MetadataEditor } from "./metadata-editor";
import { VersionHistory } from "./version-history";

const MENTION_TYPES = ["person", "place", "organization", "date", "number"] as const;

export function ArticleReader({ slug, articleId }: { slug: string; articleId: string }) {
  const trpc = useTRPC();
  const { data: workspace } = useSuspenseQuery(trpc.workspace.bySlug.queryOptions({ slug }));
  const { data: article } = useSuspenseQuery(trpc.article.byId.queryOptions({ workspace: slug, articleId }));
  const [shown, setShown] = useState<Set<string>>(() => new Set(MENTION_TYPES));
  const mentions = useMemo(() => article.mentions.filter((m) => shown.has(m.type)), [article.mentions, shown]);
  const blocks = useMemo(() => splitByClaims(article.text.length, article.claims), [article]);
  const counts = useMemo(() => {
    const c: Record<string, number> = {};
    for (const m of article.mentions) c[m.type] = (c[m.type] ?? 0) + 1;
    return c;
  }, [article.mentions]);

  const toggle = (type: string) =>
    setShown((prev) => {
      const next = new Set(prev);
      if (next.has(type)) next.delete(type);
      else next.add(type);
      return next;
    });

  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Workspaces</Link> / <Link href={`/w/${slug}`}>{workspace.name}</Link> / article
      </nav>
      <h1>{article.title}</h1>
      <dl className="meta">
        <dt>Outlet</dt>
        <dd>{article.outlet ?? "unknown"}</dd>
        <dt>Author</dt>
        <dd>{article.author ?? "unknown"}</dd>
        <dt>Published</dt>
        <dd>
          {formatPublished(article.publishedAt)}
          {article.publishedPrecision ? ` (to the ${article.publishedPrecision})` : ""}
        </dd>
        <dt>Language</dt>
        <dd>{article.language ?? "unknown"}</dd>
        <dt>URL</dt>
        <dd>
          {article.url ? (
            <a href={article.url} rel="noopener noreferrer nofollow">
              {article.url}
            </a>
          ) : (
            "none"
          )}
        </dd>
        <dt>Source file</dt>
        <dd>
          <code>{article.sourceName}</code> · {article.wordCount} words · {article.claims.length} claims · {article.mentions.length}{" "}
          mentions
        </dd>
      </dl>
      <MetadataEditor key={article.id} slug={slug} article={article} />
      <div className="article-layout">
        <article className="article-text" aria-label="Article text">
          {blocks.map((block) => {
            const text = article.text.slice(block.start, block.end);
            const pieces = splitByMentions(
              text,
              block.start,
              mentions.filter((m) => m.start >= block.start && m.end <= block.end),
            );
            const body = pieces.map((p) =>
              p.mention ? (
                <mark
                  key={p.start}
                  className={`mention ${p.mention.type}`}
                  title={`${p.mention.type}${p.mention.roleLabel ? ` (${p.mention.roleLabel})` : ""}: ${describeNormalized(p.mention.type, p.mention.normalized)}${p.mention.entity ? ` · entity: ${p.mention.entity.canonical}` : ""}`}
                >
                  {p.text}
                </mark>
              ) : (
                <span key={p.start}>{p.text}</span>
              ),
            );
            if (!block.claim)
              return (
                <span key={block.start} className="outside-claims">
                  {body}
                </span>
              );
            const claim = block.claim;
            return (
              <span key={block.start} className={`claim${claim.groupId ? " grouped" : ""}`} data-claim-id={claim.id} data-kind={claim.kind}>
                {claim.groupId ? (
                  <Link className="claim-link" href={`/w/${slug}/groups/${claim.groupId}`} title="Open this claim's group">
                    {body}
                  </Link>
                ) : (
                  body
                )}
              </span>
            );
          })}
        </article>
        <aside className="side-panel" aria-label="What the analysis found">
          <h2>Found in this article</h2>
          <fieldset>
            <legend>Highlight</legend>
            <ul className="legend">
              {MENTION_TYPES.map((type) => (
                <li key={type}>
                  <label>
                    <input type="checkbox" checked={shown.has(type)} onChange={() => toggle(type)} />{" "}
                    <span className={`mention ${type}`}>{type}</span> ({counts[type] ?? 0})
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <p className="muted">Underlined sentences belong to a claim group shared with other articles; select one to compare.</p>
        </aside>
      </div>
      <VersionHistory slug={slug} articleId={articleId} />
    </>
  );
}
