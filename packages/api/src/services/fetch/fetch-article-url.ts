import { lookup as dnsLookup } from "node:dns/promises";
import { IngestError, MAX_ARTICLE_BYTES } from "@crosscheck/ingest";
import ipaddr from "ipaddr.js";
import { Agent, request } from "undici";
import { isHostAllowed, readAllowedHosts, refuseAddressReason } from "./address-policy.ts";

export interface ResolvedAddress {
  address: string;
  family: number;
}
export type LookupAll = (hostname: string) => Promise<ResolvedAddress[]>;

export interface FetchOptions {
  /** DNS resolution; injectable so tests can point a name at any address without a resolver */
  lookup?: LookupAll;
  /** hosts an operator allows although they resolve to private addresses (default: CROSSCHECK_FETCH_ALLOW_HOSTS) */
  allowHosts?: readonly string[];
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
}

export interface FetchedPage {
  /** the address the reviewer gave */
  url: string;
  /** where the page was found after redirects */
  finalUrl: string;
  contentType: string;
  bytes: Uint8Array;
}

const ACCEPTED_TYPES = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\s*(?:;|$)/i;
const defaultLookup: LookupAll = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/**
 * Fetches an article page for import. URL fetching is a door into the server, so: only http(s);
 * every hop's host is resolved and refused if any address is private, loopback, link-local or
 * otherwise special (unless an operator allowed the host); the connection is pinned to the
 * address that was checked, so a second DNS answer cannot swap it (rebinding); redirects are
 * followed by hand and each one checked again; size, time and content type are capped.
 */
export async function fetchArticleUrl(rawUrl: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const {
    lookup = defaultLookup,
    allowHosts = readAllowedHosts(),
    timeoutMs = 15_000,
    maxBytes = MAX_ARTICLE_BYTES,
    maxRedirects = 5,
  } = options;
  const refuse = (reason: string) => new IngestError("URL_REFUSED", rawUrl, reason);
  const signal = AbortSignal.timeout(timeoutMs);
  let url = parseHttpUrl(rawUrl, refuse);
  for (let hop = 0; ; hop++) {
    const pinned = await resolveAllowed(url, { lookup, allowHosts, refuse });
    const dispatcher = new Agent({
      connect: {
        lookup: (_host, opts, callback) =>
          (opts as { all?: boolean }).all ? callback(null, [pinned] as never, 0) : callback(null, pinned.address, pinned.family),
      },
    });
    try {
      const response = await request(url, {
        method: "GET",
        dispatcher,
        signal,
        headers: { accept: "text/html, application/xhtml+xml, text/plain;q=0.9", "user-agent": "Crosscheck article import" },
      }).catch((error: unknown) => {
        throw failure(error, rawUrl, timeoutMs);
      });
      const { statusCode, headers, body } = response;
      if (statusCode >= 300 && statusCode < 400 && headers.location) {
        await body.dump();
        if (hop >= maxRedirects) throw refuse(`more than ${maxRedirects} redirects`);
        url = parseHttpUrl(new URL(String(headers.location), url).href, (reason) =>
          refuse(`it redirects to ${String(headers.location)}, and ${reason}`),
        );
        continue;
      }
      if (statusCode >= 400) {
        await body.dump();
        throw new IngestError("FETCH_FAILED", rawUrl, `the server answered ${statusCode}`);
      }
      const contentType = String(headers["content-type"] ?? "");
      if (!ACCEPTED_TYPES.test(contentType)) {
        await body.dump();
        throw refuse(
          `it is ${contentType ? `"${contentType.split(";")[0]}"` : "of no declared type"}, not a web page or text (only text/html and text/plain are imported)`,
        );
      }
      const declared = Number(headers["content-length"] ?? 0);
      if (declared > maxBytes) {
        body.destroy();
        throw refuse(`the page is ${(declared / 1048576).toFixed(1)} MB; at most ${(maxBytes / 1048576).toFixed(0)} MB is fetched`);
      }
      const chunks: Buffer[] = [];
      let total = 0;
      try {
        for await (const chunk of body) {
          total += (chunk as Buffer).length;
          // a server may lie about or omit Content-Length: count what actually arrives
          if (total > maxBytes) {
            body.destroy();
            throw refuse(`the page is larger than ${(maxBytes / 1048576).toFixed(0)} MB`);
          }
          chunks.push(chunk as Buffer);
        }
      } catch (error) {
        throw error instanceof IngestError ? error : failure(error, rawUrl, timeoutMs);
      }
      return { url: rawUrl, finalUrl: url.href, contentType, bytes: new Uint8Array(Buffer.concat(chunks)) };
    } finally {
      void dispatcher.destroy().catch(() => undefined);
    }
  }
}

function parseHttpUrl(raw: string, refuse: (reason: string) => IngestError): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw refuse("it is not a valid web address");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw refuse(`only http and https addresses are fetched, not ${url.protocol}`);
  if (url.username || url.password) throw refuse("addresses with a user name or password are not fetched");
  return url;
}

async function resolveAllowed(
  url: URL,
  { lookup, allowHosts, refuse }: { lookup: LookupAll; allowHosts: readonly string[]; refuse: (reason: string) => IngestError },
): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: ResolvedAddress[];
  if (ipaddr.isValid(host)) addresses = [{ address: host, family: host.includes(":") ? 6 : 4 }];
  else {
    try {
      addresses = await lookup(host);
    } catch {
      throw new IngestError("FETCH_FAILED", url.href, `the host name "${host}" could not be resolved`);
    }
  }
  if (addresses.length === 0) throw new IngestError("FETCH_FAILED", url.href, `the host name "${host}" has no address`);
  if (!isHostAllowed(url, allowHosts)) {
    // every address must pass: the connection could otherwise land on whichever one is private
    for (const { address } of addresses) {
      const reason = refuseAddressReason(address);
      if (reason)
        throw refuse(
          `${host} points to ${reason}, which the server does not fetch (an operator can allow a host with CROSSCHECK_FETCH_ALLOW_HOSTS)`,
        );
    }
  }
  return addresses[0]!;
}

function failure(error: unknown, url: string, timeoutMs: number): IngestError {
  const e = error as { name?: string; code?: string; message?: string };
  if (e.name === "TimeoutError" || e.name === "AbortError" || e.code === "UND_ERR_ABORTED") {
    return new IngestError("FETCH_FAILED", url, `the server did not answer within ${timeoutMs / 1000} s`);
  }
  return new IngestError("FETCH_FAILED", url, `the page could not be fetched (${e.code ?? e.message ?? "network error"})`);
}
