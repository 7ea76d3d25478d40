import type { Metadata } from "next";
import { DetachedVerdicts } from "~/components/detached-verdicts";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Detached verdicts" };

export default async function DetachedVerdictsPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await loadOr404(() => getQueryClient().fetchQuery(trpc.workspace.bySlug.queryOptions({ slug })));
  prefetch(trpc.verdict.listDetached.queryOptions({ workspace: slug }));
  prefetch(trpc.member.myRole.queryOptions({ workspace: slug }));
  return (
    <HydrateClient>
      <DetachedVerdicts slug={slug} />
    </HydrateClient>
  );
}
