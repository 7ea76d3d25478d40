import { Suspense } from "react";
import { CreateWorkspaceForm } from "~/components/create-workspace-form";
import { InvitationInbox } from "~/components/invitation-inbox";
import { WorkspaceList } from "~/components/workspace-list";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

export default function HomePage() {
  prefetch(trpc.workspace.list.queryOptions({ query: "" }));
  prefetch(trpc.invitation.mine.queryOptions());
  return (
    <HydrateClient>
      <h1>Workspaces</h1>
      <p className="muted">Each workspace holds articles about the same events, compared claim by claim.</p>
      {/* shown only when someone invited this person: nothing to hold the page for meanwhile */}
      <Suspense fallback={null}>
        <InvitationInbox />
      </Suspense>
      <CreateWorkspaceForm />
      <WorkspaceList />
    </HydrateClient>
  );
}
