import type { Metadata } from "next";
import { CoverageView } from "~/components/coverage-view";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Coverage" };

export default async function CoveragePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await loadOr404(() => getQueryClient().fetchQuery(trpc.workspace.bySlug.queryOptions({ slug })));
  prefetch(trpc.coverage.get.queryOptions({ workspace: slug }));
  return (
    <HydrateClient>
      <CoverageView slug={slug} />
    </HydrateClient>
  );
}
