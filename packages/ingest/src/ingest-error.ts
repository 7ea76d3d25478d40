export type IngestErrorCode =
  | "EMPTY"
  | "BINARY"
  | "TOO_LARGE"
  | "INVALID_ENCODING"
  | "UNREADABLE"
  | "UNSUPPORTED_TYPE"
  | "INVALID_MANIFEST"
  | "NO_ARTICLE"
  | "URL_REFUSED"
  | "FETCH_FAILED";

/** A refusal that names the source and says why, in words a reviewer understands. */
export class IngestError extends Error {
  override name = "IngestError";
  constructor(
    readonly code: IngestErrorCode,
    readonly sourceName: string,
    reason: string,
  ) {
    super(`${sourceName}: ${reason}`);
  }
}
