import type { Metadata } from "next";
import { AgreementSummary } from "~/components/agreement-summary";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Agreement between reviewers" };

export default async function AgreementPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await loadOr404(() => getQueryClient().fetchQuery(trpc.workspace.bySlug.queryOptions({ slug })));
  prefetch(trpc.agreement.summary.queryOptions({ workspace: slug }));
  return (
    <HydrateClient>
      <AgreementSummary slug={slug} />
    </HydrateClient>
  );
}
