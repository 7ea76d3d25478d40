import { ArticleReader } from "~/components/article-reader";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string; articleId: string }>;
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
