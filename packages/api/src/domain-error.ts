import { TRPCError } from "@trpc/server";

export type DomainErrorCode =
  | "NOT_FOUND"
  | "DUPLICATE"
  | "INVALID_INPUT"
  | "UNAUTHENTICATED"
  | "FORBIDDEN"
  | "CONFLICT"
  | "BUSY"
  | "RATE_LIMITED";

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
  RATE_LIMITED: "TOO_MANY_REQUESTS",
} as const satisfies Record<DomainErrorCode, TRPCError["code"]>;

const UNEXPECTED = "Something went wrong on the server.";

/**
 * Prisma errors that are not faults but races with another writer (a re-analysis replacing the
 * rows a request was changing, two requests creating the same row, PostgreSQL's write conflicts):
 * they get a domain meaning instead of a bare 500.
 */
function fromRace(error: unknown): DomainError | null {
  const code = typeof error === "object" && error !== null && "code" in error ? (error as { code: unknown }).code : null;
  if (code === "P2025")
    return new DomainError(
      "NOT_FOUND",
      "What you were changing is no longer there (the workspace changed meanwhile). Reload and try again.",
    );
  if (code === "P2002") return new DomainError("CONFLICT", "That exists already (someone else just made it). Reload to see it.");
  if (code === "P2034") return new DomainError("CONFLICT", "Someone else changed the same data at the same moment. Try again.");
  return null;
}

/** The one place domain errors become tRPC errors; anything unexpected becomes a bare 500. */
export function toTRPCError(error: unknown): TRPCError {
  const race = error instanceof TRPCError ? fromRace(error.cause) : fromRace(error);
  if (race) return toTRPCError(race);
  if (error instanceof DomainError) return new TRPCError({ code: TRPC_CODES[error.code], message: error.message, cause: error });
  if (error instanceof TRPCError) {
    if (error.cause instanceof DomainError) return toTRPCError(error.cause);
    // tRPC wraps anything thrown in an INTERNAL_SERVER_ERROR carrying the original message
    // (a Prisma error's holds SQL and file paths): only the deliberate codes keep their words
    if (error.code !== "INTERNAL_SERVER_ERROR" || error.message === UNEXPECTED) return error;
    return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: UNEXPECTED, cause: error.cause ?? error });
  }
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: UNEXPECTED, cause: error });
}
