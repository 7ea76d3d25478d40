import type { Metadata } from "next";
import { CurationQueue } from "~/components/curation-queue";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Curation" };

export default async function CurationPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await loadOr404(() => getQueryClient().fetchQuery(trpc.workspace.bySlug.queryOptions({ slug })));
  prefetch(trpc.curation.list.queryOptions({ workspace: slug }));
  return (
    <HydrateClient>
      <CurationQueue slug={slug} />
    </HydrateClient>
  );
}
