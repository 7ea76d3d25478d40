import type { Db } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";

export async function findWorkspaceBySlug(db: Db, slug: string) {
  const workspace = await db.workspace.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, description: true, createdAt: true },
  });
  if (!workspace) throw new DomainError("NOT_FOUND", `No workspace "${slug}".`);
  return workspace;
}
