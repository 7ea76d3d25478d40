"use client";

import { formatPublished } from "./format-date";

interface DiffPart {
  value: string;
  op: "equal" | "added" | "removed";
  marked: boolean;
}

interface ClaimColumn {
  id: string;
  text: string;
  articleId: string;
  origin: string;
  article: { title: string; outlet: string | null; publishedAt: string | null; sourceName: string };
}

function DiffText({ parts, side }: { parts: DiffPart[]; side: "left" | "right" }) {
  return (
    <>
      {parts.map((p, i) => {
        const changed = (side === "left" && p.op === "removed") || (side === "right" && p.op === "added");
        const className = [changed ? `diff-${p.op}` : "", p.marked ? "diff-marked" : ""].filter(Boolean).join(" ");
        return className ? (
          <span
            key={i}
            className={className}
            title={p.marked ? "a discrepancy value" : changed ? "differs from the first claim" : undefined}
          >
            {p.value}
          </span>
        ) : (
          <span key={i}>{p.value}</span>
        );
      })}
    </>
  );
}

/**
 * One column per article (outlet and date on top), its claims stacked in it; every claim is shown
 * against the group's first claim with word-level differences highlighted.
 */
export function GroupColumns({
  slug,
  claims,
  diffs,
}: {
  slug: string;
  claims: ClaimColumn[];
  diffs: { leftClaimId: string; rightClaimId: string; left: DiffPart[]; right: DiffPart[] }[];
}) {
  const first = claims[0];
  const articles = [...new Set(claims.map((c) => c.articleId))];
  return (
    <div className="columns" role="list" aria-label="Claims side by side">
      {articles.map((articleId) => {
        const own = claims.filter((c) => c.articleId === articleId);
        const head = own[0]!;
        return (
          <section
            key={articleId}
            className="column"
            role="listitem"
            aria-label={`Claims from ${head.article.outlet ?? head.article.sourceName}`}
          >
            <header>
              <strong>{head.article.outlet ?? "Outlet unknown"}</strong>
              <span className="muted"> · {formatPublished(head.article.publishedAt)}</span>
              <div>
                <a href={`/w/${slug}/articles/${articleId}`} className="muted small">
                  {head.article.title}
                </a>
              </div>
            </header>
            {own.map((claim) => {
              const isFirst = claim.id === first?.id;
              const diff = isFirst ? diffs[0] : diffs.find((d) => d.rightClaimId === claim.id);
              return (
                <blockquote key={claim.id}>
                  {diff ? <DiffText parts={isFirst ? diff.left : diff.right} side={isFirst ? "left" : "right"} /> : claim.text}
                  {claim.origin === "manual" ? <span className="pill">linked by hand</span> : null}
                </blockquote>
              );
            })}
          </section>
        );
      })}
    </div>
  );
}
