import type { Metadata } from "next";
import { NameVariants } from "~/components/name-variants";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Names" };

export default async function EntitiesPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await loadOr404(() => getQueryClient().fetchQuery(trpc.workspace.bySlug.queryOptions({ slug })));
  prefetch(trpc.entity.list.queryOptions({ workspace: slug, variantsOnly: true }));
  return (
    <HydrateClient>
      <NameVariants slug={slug} />
    </HydrateClient>
  );
}
