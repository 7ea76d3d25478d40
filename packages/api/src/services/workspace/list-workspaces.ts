import type { Db } from "@crosscheck/db";

/** memberId null: every workspace; otherwise only those the reviewer is a member of. */
export async function listWorkspaces(db: Db, query?: string, memberId: string | null = null) {
  const rows = await db.workspace.findMany({
    where: {
      ...(query ? { OR: [{ name: { contains: query } }, { slug: { contains: query.toLowerCase() } }] } : {}),
      ...(memberId ? { memberships: { some: { reviewerId: memberId } } } : {}),
    },
    orderBy: { createdAt: "asc" },
    select: {
      id: true,
      slug: true,
      name: true,
      description: true,
      createdAt: true,
      _count: { select: { articles: true, groups: true } },
    },
  });
  return rows.map(({ _count, ...w }) => ({ ...w, articleCount: _count.articles, groupCount: _count.groups }));
}
