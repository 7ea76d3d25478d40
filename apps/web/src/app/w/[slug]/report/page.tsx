import type { Metadata } from "next";
import { ReportExport } from "~/components/report-export";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Report" };

export default async function ReportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await loadOr404(() => getQueryClient().fetchQuery(trpc.workspace.bySlug.queryOptions({ slug })));
  prefetch(trpc.article.list.queryOptions({ workspace: slug, query: "", outlet: "" }));
  return (
    <HydrateClient>
      <ReportExport slug={slug} />
    </HydrateClient>
  );
}
