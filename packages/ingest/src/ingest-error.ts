export type IngestErrorCode =
  | "EMPTY"
  | "BINARY"
  | "TOO_LARGE"
  | "INVALID_ENCODING"
  | "UNREADABLE"
  | "UNSUPPORTED_TYPE"
  | "INVALID_MANIFEST"
  | "NO_ARTICLE"
  | "TOO_COMPLEX"
  | "URL_REFUSED"
  | "FETCH_FAILED";

/** A refusal that names the source and says why, in words a reviewer understands. */
export class IngestError extends Error {
  override name = "IngestError";
  constructor(
    readonly code: IngestErrorCode,
    readonly sourceName: string,
    /** the reason alone, without the source's name (the message carries both) */
    readonly reason: string,
  ) {
    super(`${sourceName}: ${reason}`);
  }
}
