import type { Metadata } from "next";
import { GroupQueue } from "~/components/group-queue";
import { NO_GROUP_FILTERS, parseStatusFilter, toGroupListInput } from "~/lib/group-filters";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Claim groups" };

export default async function GroupsPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<{ status?: string }>;
}) {
  const { slug } = await params;
  const status = parseStatusFilter((await searchParams).status);
  await loadOr404(() => getQueryClient().fetchQuery(trpc.workspace.bySlug.queryOptions({ slug })));
  prefetch(trpc.group.list.queryOptions(toGroupListInput(slug, { ...NO_GROUP_FILTERS, status })));
  prefetch(trpc.article.list.queryOptions({ workspace: slug, query: "", outlet: "" }));
  prefetch(trpc.entity.list.queryOptions({ workspace: slug }));
  return (
    <HydrateClient>
      <GroupQueue slug={slug} initialStatus={status} />
    </HydrateClient>
  );
}
