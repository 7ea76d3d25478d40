import type { Metadata } from "next";
import Link from "next/link";
import { MemberList } from "~/components/member-list";
import { loadOr404 } from "~/server/load-or-404";
import { getQueryClient, HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const workspace = await loadOr404(() => getQueryClient().fetchQuery(trpc.workspace.bySlug.queryOptions({ slug })));
  const mine = await getQueryClient().fetchQuery(trpc.member.myRole.queryOptions({ workspace: slug }));
  prefetch(trpc.member.list.queryOptions({ workspace: slug }));
  // only admins may read the pending invitations (the list shows them to admins only)
  if (mine.role === "admin") prefetch(trpc.invitation.list.queryOptions({ workspace: slug }));
  return (
    <HydrateClient>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Workspaces</Link> / <Link href={`/w/${slug}`}>{workspace.name}</Link> / Members
      </nav>
      <h1>Members</h1>
      <p className="muted">
        Admins invite members by email (a person joins by accepting the invitation, signed in), manage them and may delete the workspace;
        reviewers record verdicts, fix the grouping and import; viewers read and export.
      </p>
      <MemberList slug={slug} />
    </HydrateClient>
  );
}
