import type { Db } from "@crosscheck/db";
import { describeRole } from "./describe-role.ts";

export interface EntityFilter {
  type?: "person" | "place" | "organization";
  query?: string;
  variantsOnly?: boolean;
}

/** Every entity with its surface forms, the roles the texts give it, which articles use each form and how often. */
export async function listEntities(db: Db, workspaceId: string, filter: EntityFilter = {}) {
  const rows = await db.entity.findMany({
    where: {
      workspaceId,
      ...(filter.type ? { type: filter.type } : {}),
      ...(filter.query
        ? { OR: [{ canonical: { contains: filter.query } }, { mentions: { some: { text: { contains: filter.query } } } }] }
        : {}),
    },
    select: {
      id: true,
      type: true,
      canonical: true,
      mentions: {
        select: { text: true, role: true, normalized: true, articleId: true, article: { select: { sourceName: true, outlet: true } } },
      },
    },
    orderBy: { canonical: "asc" },
  });
  const entities = rows.map((e) => {
    const forms = new Map<string, { text: string; count: number; articles: Map<string, string> }>();
    const roles = new Set<string>();
    for (const m of e.mentions) {
      const role = describeRole(m.role, m.role ? JSON.parse(m.normalized) : null);
      if (role) roles.add(role);
      const form = forms.get(m.text) ?? { text: m.text, count: 0, articles: new Map<string, string>() };
      form.count++;
      form.articles.set(m.articleId, m.article.outlet ?? m.article.sourceName);
      forms.set(m.text, form);
    }
    return {
      id: e.id,
      type: e.type,
      canonical: e.canonical,
      mentionCount: e.mentions.length,
      // "President" says nothing "President of Belarus" does not
      roles: [...roles].filter((r) => ![...roles].some((other) => other.startsWith(`${r} of `))).sort(),
      forms: [...forms.values()]
        .sort((a, b) => b.count - a.count || a.text.localeCompare(b.text))
        .map((f) => ({ text: f.text, count: f.count, articles: [...f.articles].map(([id, name]) => ({ id, name })) })),
    };
  });
  const filtered = filter.variantsOnly ? entities.filter((e) => e.forms.length > 1) : entities;
  return filtered.sort(
    (a, b) => b.forms.length - a.forms.length || b.mentionCount - a.mentionCount || a.canonical.localeCompare(b.canonical),
  );
}
