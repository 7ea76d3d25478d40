import type { Metadata } from "next";
import { GroupQueue } from "~/components/group-queue";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Claim groups" };

export default async function GroupsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await loadOr404(() => getQueryClient().fetchQuery(trpc.workspace.bySlug.queryOptions({ slug })));
  prefetch(trpc.group.list.queryOptions({ workspace: slug }));
  prefetch(trpc.article.list.queryOptions({ workspace: slug, query: "", outlet: "" }));
  prefetch(trpc.entity.list.queryOptions({ workspace: slug }));
  return (
    <HydrateClient>
      <GroupQueue slug={slug} />
    </HydrateClient>
  );
}
