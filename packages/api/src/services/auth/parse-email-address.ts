import { DomainError } from "../../domain-error.ts";

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** An email address as accounts and invitations store it (trimmed, lower case), or INVALID_INPUT. */
export function parseEmailAddress(raw: string): string {
  const email = raw.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) throw new DomainError("INVALID_INPUT", `"${email.slice(0, 254)}" is not an email address.`);
  return email;
}
