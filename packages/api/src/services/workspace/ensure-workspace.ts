import type { Db } from "@crosscheck/db";
import { DomainError } from "../../domain-error.ts";
import { slugifyName } from "./slugify-name.ts";

export async function ensureWorkspace(db: Db, name: string, displayName?: string) {
  const slug = slugifyName(name);
  if (!slug) throw new DomainError("INVALID_INPUT", `"${name}" is not a usable workspace name: use letters or digits.`);
  return db.workspace.upsert({
    where: { slug },
    create: { slug, name: displayName ?? name },
    update: displayName ? { name: displayName } : {},
    select: { id: true, slug: true, name: true },
  });
}
