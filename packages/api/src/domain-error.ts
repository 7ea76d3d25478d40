import { TRPCError } from "@trpc/server";

export type DomainErrorCode =
  | "NOT_FOUND"
  | "DUPLICATE"
  | "INVALID_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "CONFLICT"
  | "BUSY";

/** What the domain says went wrong; the transport decides how to say it (see toTRPCError). */
export class DomainError extends Error {
  override name = "DomainError";
  constructor(
    readonly code: DomainErrorCode,
    message: string,
  ) {
    super(message);
  }
}

const TRPC_CODES = {
  NOT_FOUND: "NOT_FOUND",
  DUPLICATE: "CONFLICT",
  CONFLICT: "CONFLICT",
  INVALID_INPUT: "BAD_REQUEST",
  UNAUTHENTICATED: "UNAUTHORIZED",
  FORBIDDEN: "FORBIDDEN",
  BUSY: "TOO_MANY_REQUESTS",
} as const satisfies Record<DomainErrorCode, TRPCError["code"]>;

/** The one place domain errors become tRPC errors; anything unexpected becomes a bare 500. */
export function toTRPCError(error: unknown): TRPCError {
  if (error instanceof TRPCError) return error;
  if (error instanceof DomainError) return new TRPCError({ code: TRPC_CODES[error.code], message: error.message, cause: error });
  // never leak driver messages (SQL, file paths) to clients
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "Something went wrong on the server.", cause: error });
}
