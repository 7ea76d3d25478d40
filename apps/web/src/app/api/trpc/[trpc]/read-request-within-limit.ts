import { TRPCError } from "@trpc/server";

/**
 * The API's own ceiling on a request body. It sits below the 10 MB at which Next.js's proxy
 * (src/proxy.ts runs on every request) silently cuts a body it buffers, so a client hears this
 * limit instead of "Unterminated string in JSON". One 5 MB file (6.7 MB as base64) fits; the web
 * import sends a batch in parts well under it.
 */
export const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

const megabytes = (bytes: number) => (bytes / 1048576).toFixed(1).replace(/\.0$/, "");

function refuseSize(size: string, maxBytes: number): TRPCError {
  return new TRPCError({
    code: "PAYLOAD_TOO_LARGE",
    message: `This request is ${size} MB; the limit is ${megabytes(maxBytes)} MB: import the files in several requests`,
  });
}

export interface LimitedRequest {
  /** the request with its body in memory, or without a body when it was refused */
  request: Request;
  refusal: TRPCError | null;
}

/**
 * Reads a request's body, or refuses it when it is larger than maxBytes: by its Content-Length
 * before reading anything, else by counting the bytes as they stream in (a chunked body declares
 * no length), stopping at the limit so an endless body costs no more than the limit.
 */
export async function readRequestWithinLimit(req: Request, maxBytes: number = MAX_REQUEST_BYTES): Promise<LimitedRequest> {
  if (!req.body) return { request: req, refusal: null };
  const withoutBody = () => new Request(req.url, { method: req.method, headers: req.headers });
  const declared = Number(req.headers.get("content-length"));
  if (declared > maxBytes) {
    await req.body.cancel().catch(() => undefined);
    return { request: withoutBody(), refusal: refuseSize(megabytes(declared), maxBytes) };
  }
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    total += read.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return { request: withoutBody(), refusal: refuseSize(`more than ${megabytes(maxBytes)}`, maxBytes) };
    }
    chunks.push(read.value);
  }
  return { request: new Request(req.url, { method: req.method, headers: req.headers, body: Buffer.concat(chunks) }), refusal: null };
}
