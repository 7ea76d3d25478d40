import type { Metadata } from "next";
import { WorkspaceOverview } from "~/components/workspace-overview";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return { title: slug };
}

export default async function WorkspacePage({ params }: Props) {
  const { slug } = await params;
  await loadOr404(() => getQueryClient().fetchQuery(trpc.workspace.bySlug.queryOptions({ slug })));
  prefetch(trpc.article.list.queryOptions({ workspace: slug, query: "", outlet: "" }));
  prefetch(trpc.analysis.status.queryOptions({ workspace: slug }));
  return (
    <HydrateClient>
      <WorkspaceOverview slug={slug} />
    </HydrateClient>
  );
}
