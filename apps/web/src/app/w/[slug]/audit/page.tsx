import type { Metadata } from "next";
import { AuditLog } from "~/components/audit-log";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await loadOr404(() => getQueryClient().fetchQuery(trpc.workspace.bySlug.queryOptions({ slug })));
  prefetch(trpc.audit.list.queryOptions({ workspace: slug }));
  return (
    <HydrateClient>
      <AuditLog slug={slug} />
    </HydrateClient>
  );
}
