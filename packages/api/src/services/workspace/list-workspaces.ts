import type { Db } from "@crosscheck/db";

export async function listWorkspaces(db: Db, query?: string) {
  const rows = await db.workspace.findMany({
    where: query ? { OR: [{ name: { contains: query } }, { slug: { contains: query.toLowerCase() } }] } : undefined,
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
