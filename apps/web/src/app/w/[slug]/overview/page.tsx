import type { Metadata } from "next";
import { OverviewPictures } from "~/components/overview-pictures";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await loadOr404(() => getQueryClient().fetchQuery(trpc.workspace.bySlug.queryOptions({ slug })));
  prefetch(trpc.overview.matrix.queryOptions({ workspace: slug }));
  prefetch(trpc.overview.timeline.queryOptions({ workspace: slug }));
  return (
    <HydrateClient>
      <OverviewPictures slug={slug} />
    </HydrateClient>
  );
}
