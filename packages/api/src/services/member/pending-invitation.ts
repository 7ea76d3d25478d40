/** An invitation nobody has answered or withdrawn yet: the only kind that can still be accepted. */
export const PENDING = { acceptedAt: null, declinedAt: null, revokedAt: null } as const;

/**
 * The one answer to inviting an address, whether or not it has an account, is a member already or
 * was invited before: what the admin learns never tells which.
 */
export function invitationSavedMessage(email: string): string {
  return `Invitation to ${email} saved; they join once they accept it when signed in.`;
}
