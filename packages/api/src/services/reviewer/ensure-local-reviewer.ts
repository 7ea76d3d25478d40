import type { Db } from "@crosscheck/db";

const LOCAL_EMAIL = "local@crosscheck.invalid";

/** The single local user of the embedded default; created on first use. It has no password: it never signs in. */
export async function ensureLocalReviewer(db: Db) {
  const select = { id: true, name: true, email: true, isLocal: true, isAdmin: true } as const;
  const existing = await db.reviewer.findUnique({ where: { email: LOCAL_EMAIL }, select });
  if (existing) return existing;
  return db.reviewer.upsert({
    where: { email: LOCAL_EMAIL },
    create: { email: LOCAL_EMAIL, name: "Local reviewer", isLocal: true },
    update: {},
    select,
  });
}
