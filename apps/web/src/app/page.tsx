import { CreateWorkspaceForm } from "~/components/create-workspace-form";
import { WorkspaceList } from "~/components/workspace-list";
import { HydrateClient, prefetch, trpc } from "~/trpc/server";

export const dynamic = "force-dynamic";

export default function HomePage() {
  prefetch(trpc.workspace.list.queryOptions({ query: "" }));
  return (
    <HydrateClient>
      <h1>Workspaces</h1>
      <p className="muted">Each workspace holds articles about the same events, compared claim by claim.</p>
      <CreateWorkspaceForm />
      <WorkspaceList />
    </HydrateClient>
  );
}
