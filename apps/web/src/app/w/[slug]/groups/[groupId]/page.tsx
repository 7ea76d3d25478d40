import type { Metadata } from "next";
import { GroupReview } from "~/components/group-review";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ slug: string; groupId: string }>;
}

// The group's label names the tab, so a reviewer with several groups open can tell them apart.
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, groupId } = await params;
  const group = await loadOr404(() => getQueryClient().fetchQuery(trpc.group.byId.queryOptions({ workspace: slug, groupId })));
  return { title: `Group: ${group.label}` };
}

export default async function GroupPage({ params }: Props) {
  const { slug, groupId } = await params;
  prefetch(trpc.workspace.bySlug.queryOptions({ slug }));
  prefetch(trpc.group.list.queryOptions({ workspace: slug }));
  prefetch(trpc.member.myRole.queryOptions({ workspace: slug }));
  await loadOr404(() => getQueryClient().fetchQuery(trpc.group.byId.queryOptions({ workspace: slug, groupId })));
  return (
    <HydrateClient>
      {/* a fresh review state (note, pending verdict) for every group */}
      <GroupReview key={groupId} slug={slug} groupId={groupId} />
    </HydrateClient>
  );
}
