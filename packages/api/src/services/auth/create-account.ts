import type { Db } from "@crosscheck/db";
import { hashPassword } from "better-auth/crypto";
import { DomainError } from "../../domain-error.ts";
import { recordAuditEvent } from "../audit/record-audit-event.ts";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from "./create-auth.ts";
import { parseEmailAddress } from "./parse-email-address.ts";

export interface NewAccount {
  email: string;
  name: string;
  password: string;
  isAdmin: boolean;
}

/**
 * Creates a reviewer who signs in with a password. The hash is better-auth's (scrypt), stored in a
 * credential account the way its sign-in expects. Accounts are made by an administrator only.
 */
export async function createAccount(db: Db, account: NewAccount, createdBy: string | null = null) {
  const email = parseEmailAddress(account.email);
  if (!account.name.trim()) throw new DomainError("INVALID_INPUT", "A name is needed.");
  if (account.password.length < MIN_PASSWORD_LENGTH)
    throw new DomainError("INVALID_INPUT", `A password needs at least ${MIN_PASSWORD_LENGTH} characters.`);
  if (account.password.length > MAX_PASSWORD_LENGTH)
    throw new DomainError("INVALID_INPUT", `A password may have at most ${MAX_PASSWORD_LENGTH} characters.`);
  const hash = await hashPassword(account.password);
  return db.$transaction(async (tx) => {
    if (await tx.reviewer.findUnique({ where: { email }, select: { id: true } }))
      throw new DomainError("DUPLICATE", `An account for ${email} exists already.`);
    const reviewer = await tx.reviewer.create({
      data: { email, name: account.name.trim(), isAdmin: account.isAdmin },
      select: { id: true, email: true, name: true, isAdmin: true },
    });
    await tx.authAccount.create({
      data: { id: crypto.randomUUID(), accountId: reviewer.id, providerId: "credential", reviewerId: reviewer.id, password: hash },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      workspaceId: null,
      reviewerId: createdBy,
      action: "account.create",
      targetType: "reviewer",
      targetId: reviewer.id,
      details: { email, isAdmin: account.isAdmin },
    });
    return reviewer;
  });
}

/** Whether any account can sign in yet (the first start creates the administrator). */
export async function hasAccounts(db: Db): Promise<boolean> {
  return (await db.authAccount.count({ where: { providerId: "credential" } })) > 0;
}
