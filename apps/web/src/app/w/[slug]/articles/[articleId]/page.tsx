import type { Metadata } from "next";
import { ArticleReader } from "~/components/article-reader";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string; articleId: string }>;
}

// The article's own title names the browser tab and history entry (the query is shared with the page in one request).
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, articleId } = await params;
  const article = await loadOr404(() => getQueryClient().fetchQuery(trpc.article.byId.queryOptions({ workspace: slug, articleId })));
  return { title: article.title ?? article.sourceName };
}

export default async function ArticlePage({ params }: Props) {
  const { slug, articleId } = await params;
  prefetch(trpc.workspace.bySlug.queryOptions({ slug }));
  prefetch(trpc.article.versions.queryOptions({ workspace: slug, articleId }));
  await loadOr404(() => getQueryClient().fetchQuery(trpc.article.byId.queryOptions({ workspace: slug, articleId })));
  return (
    <HydrateClient>
      <ArticleReader slug={slug} articleId={articleId} />
    </HydrateClient>
  );
}
