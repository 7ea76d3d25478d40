"use client";

import Link from "next/link";
import { useSuspenseQuery } from "@tanstack/react-query";
import { useTRPC } from "~/trpc/react";
import { ClaimMatrix } from "./claim-matrix";
import { DateTimeline } from "./date-timeline";

export function OverviewPictures({ slug }: { slug: string }) {
  const trpc = useTRPC();
  const { data: workspace } = useSuspenseQuery(trpc.workspace.bySlug.queryOptions({ slug }));
  const { data: matrix } = useSuspenseQuery(trpc.overview.matrix.queryOptions({ workspace: slug }));
  const { data: timeline } = useSuspenseQuery(trpc.overview.timeline.queryOptions({ workspace: slug }));
  return (
    <>
      <nav className="breadcrumbs" aria-label="Breadcrumb">
        <Link href="/">Workspaces</Link> / <Link href={`/w/${slug}`}>{workspace.name}</Link> / overview
      </nav>
      <h1>Overview</h1>
      <h2 id="matrix-heading">Claim groups by article</h2>
      <ClaimMatrix slug={slug} matrix={matrix} />
      <h2 id="timeline-heading">Timeline of dated claims</h2>
      <DateTimeline slug={slug} timeline={timeline} />
    </>
  );
}
