import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuseAddressReason } from "../src/services/fetch/address-policy.ts";
import { fetchArticleUrl, type LookupAll } from "../src/services/fetch/fetch-article-url.ts";

// A real HTTP server on loopback; the tests allow 127.0.0.1 explicitly, as an operator would.
let server: Server;
let base: string;
const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void> = {
  "/article": (_req, res) =>
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end("<html><body><p>Talks in Minsk.</p></body></html>"),
  "/moved": (_req, res) => res.writeHead(302, { location: "/article" }).end(),
  "/to-metadata": (_req, res) => res.writeHead(301, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
  "/to-intranet": (_req, res) => res.writeHead(302, { location: "http://intranet.test/secret" }).end(),
  "/loop": (_req, res) => res.writeHead(302, { location: "/loop" }).end(),
  "/image": (_req, res) => res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50])),
  "/untyped": (_req, res) => res.writeHead(200).end("text"),
  "/huge-declared": (_req, res) =>
    res.writeHead(200, { "content-type": "text/plain", "content-length": String(3 * 1024 * 1024) }).end("x".repeat(3 * 1024 * 1024)),
  "/huge-streamed": (_req, res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    for (let i = 0; i < 40; i++) res.write("x".repeat(64 * 1024));
    res.end();
  },
  "/missing": (_req, res) => res.writeHead(404, { "content-type": "text/html" }).end("gone"),
  "/slow": () => {
    // never answers: the fetch must give up on its own
  },
};

beforeAll(async () => {
  server = createServer((req, res) => (routes[new URL(req.url ?? "/", "http://x").pathname] ?? routes["/missing"]!)(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const loopbackAllowed = { allowHosts: ["127.0.0.1"] };
/** A resolver of names that exist only in these tests, counting how often it is asked. */
function fakeDns(table: Record<string, string>) {
  const calls: string[] = [];
  const lookup: LookupAll = async (host) => {
    calls.push(host);
    const address = table[host];
    if (!address) throw Object.assign(new Error("ENOTFOUND"), { code: "ENOTFOUND" });
    return [{ address, family: address.includes(":") ? 6 : 4 }];
  };
  return { lookup, calls };
}

describe("fetching an article URL", () => {
  it("fetches a page from an explicitly allowed host, following redirects", async () => {
    const page = await fetchArticleUrl(`${base}/moved`, loopbackAllowed);
    expect(page.finalUrl).toBe(`${base}/article`);
    expect(page.contentType).toMatch(/^text\/html/);
    expect(Buffer.from(page.bytes).toString()).toContain("Talks in Minsk.");
  });

  it("connects to the address it checked (one lookup per hop, pinned)", async () => {
    const dns = fakeDns({ "news.test": "127.0.0.1" });
    const port = new URL(base).port;
    const page = await fetchArticleUrl(`http://news.test:${port}/article`, { lookup: dns.lookup, allowHosts: [`news.test:${port}`] });
    expect(Buffer.from(page.bytes).toString()).toContain("Talks in Minsk.");
    expect(dns.calls).toEqual(["news.test"]);
  });

  it("refuses loopback, private, link-local and metadata addresses unless allowed", async () => {
    await expect(fetchArticleUrl(`${base}/article`, { allowHosts: [] })).rejects.toThrow(/points to a loopback address/);
    const dns = fakeDns({ "intranet.test": "10.1.2.3", "mapped.test": "::ffff:192.168.0.10", "ula.test": "fd00:ec2::254" });
    await expect(fetchArticleUrl("http://intranet.test/", { lookup: dns.lookup, allowHosts: [] })).rejects.toThrow(
      "http://intranet.test/: intranet.test points to a private network address: 10.1.2.3, which the server does not fetch",
    );
    await expect(fetchArticleUrl("http://mapped.test/", { lookup: dns.lookup, allowHosts: [] })).rejects.toThrow(
      /private network address: 192\.168\.0\.10/,
    );
    await expect(fetchArticleUrl("http://ula.test/", { lookup: dns.lookup, allowHosts: [] })).rejects.toThrow(/unique-local/);
    await expect(fetchArticleUrl("http://169.254.169.254/latest/meta-data/", { allowHosts: [] })).rejects.toThrow(
      /link-local address \(where cloud metadata/,
    );
    await expect(fetchArticleUrl("http://[::1]:80/", { allowHosts: [] })).rejects.toThrow(/loopback/);
  });

  it("checks every redirect again", async () => {
    const port = new URL(base).port;
    // only this port of loopback is allowed: the redirect's target is not
    await expect(fetchArticleUrl(`${base}/to-metadata`, { allowHosts: [`127.0.0.1:${port}`] })).rejects.toThrow(
      /link-local address .*169\.254\.169\.254/,
    );
    const dns = fakeDns({ "intranet.test": "10.0.0.8" });
    await expect(fetchArticleUrl(`${base}/to-intranet`, { lookup: dns.lookup, allowHosts: ["127.0.0.1"] })).rejects.toThrow(
      /intranet\.test points to a private network address/,
    );
    await expect(fetchArticleUrl(`${base}/loop`, loopbackAllowed)).rejects.toThrow(/more than 5 redirects/);
  });

  it("accepts only web pages and text", async () => {
    await expect(fetchArticleUrl(`${base}/image`, loopbackAllowed)).rejects.toThrow(/it is "image\/png", not a web page or text/);
    await expect(fetchArticleUrl(`${base}/untyped`, loopbackAllowed)).rejects.toThrow(/of no declared type/);
    await expect(fetchArticleUrl("ftp://example.com/a.txt")).rejects.toThrow(/only http and https/);
    await expect(fetchArticleUrl("not a url")).rejects.toThrow(/not a valid web address/);
    await expect(fetchArticleUrl("http://user:pw@example.com/")).rejects.toThrow(/user name or password/);
  });

  it("caps the size, declared or streamed", async () => {
    const cap = { ...loopbackAllowed, maxBytes: 1024 * 1024 };
    await expect(fetchArticleUrl(`${base}/huge-declared`, cap)).rejects.toThrow(/the page is 3\.0 MB; at most 1 MB is fetched/);
    await expect(fetchArticleUrl(`${base}/huge-streamed`, cap)).rejects.toThrow(/larger than 1 MB/);
  });

  it("gives up on a server that does not answer, and says so for errors", async () => {
    const started = Date.now();
    await expect(fetchArticleUrl(`${base}/slow`, { ...loopbackAllowed, timeoutMs: 400 })).rejects.toThrow(/did not answer within 0.4 s/);
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(fetchArticleUrl(`${base}/missing`, loopbackAllowed)).rejects.toThrow(/the server answered 404/);
    await expect(fetchArticleUrl("http://nowhere.test/", { lookup: fakeDns({}).lookup })).rejects.toThrow(/could not be resolved/);
  });
});

describe("the address policy", () => {
  it.each([
    ["8.8.8.8", null],
    ["2a00:1450:4001:80b::200e", null],
    ["127.0.0.1", /loopback/],
    ["10.0.0.1", /private/],
    ["172.16.5.4", /private/],
    ["192.168.1.1", /private/],
    ["169.254.169.254", /link-local/],
    ["100.100.100.200", /carrier-grade/],
    ["0.0.0.0", /unspecified/],
    ["::1", /loopback/],
    ["fe80::1", /link-local/],
    ["fc00::1", /unique-local/],
    ["::ffff:127.0.0.1", /loopback/],
    ["64:ff9b::a00:1", /^a private network address inside a NAT64 address: 64:ff9b::a00:1 \(10\.0\.0\.1\)$/],
  ])("%s", (address, expected) => {
    const reason = refuseAddressReason(address);
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });
});

describe("IPv6 forms that carry an IPv4 address", () => {
  it.each([
    // IPv4-compatible ::a.b.c.d, as URL() writes [::127.0.0.1] and as typed
    ["::7f00:1", /^a loopback address .* inside an IPv4-compatible IPv6 address \(deprecated\): ::7f00:1 \(127\.0\.0\.1\)$/],
    ["::a9fe:a9fe", /^a link-local address .* inside an IPv4-compatible IPv6 address .*\(169\.254\.169\.254\)$/],
    ["::127.0.0.1", /loopback .*127\.0\.0\.1/],
    // IPv4-mapped ::ffff:a.b.c.d, and IPv4-translated ::ffff:0:a.b.c.d
    ["::ffff:a9fe:a9fe", /^a link-local address .*: 169\.254\.169\.254$/],
    ["::ffff:0:c0a8:1", /^a private network address inside an IPv4-translated IPv6 address: ::ffff:0:c0a8:1 \(192\.168\.0\.1\)$/],
    // NAT64: the well-known prefix 64:ff9b::/96 and the local-use 64:ff9b:1::/48 (address after a /96 or a /48 prefix)
    ["64:ff9b::7f00:1", /^a loopback address .* inside a NAT64 address: 64:ff9b::7f00:1 \(127\.0\.0\.1\)$/],
    ["64:ff9b:1::a00:1", /^a private network address inside a NAT64 address: 64:ff9b:1::a00:1 \(10\.0\.0\.1\)$/],
    ["64:ff9b:1:a9fe:a9:fe00::", /^a link-local address .* inside a NAT64 address: 64:ff9b:1:a9fe:a9:fe00:: \(169\.254\./],
    // 6to4 2002:AABB:CCDD::/48 carries AA.BB.CC.DD
    ["2002:a00:1::1", /^a private network address inside a 6to4 address: 2002:a00:1::1 \(10\.0\.0\.1\)$/],
    ["2002:7f00:1::", /^a loopback address .* inside a 6to4 address: 2002:7f00:1:: \(127\.0\.0\.1\)$/],
    // Teredo 2001::/32: the client's address is the last 32 bits inverted (~7f000001 = 80fffffe)
    ["2001:0:4136:e378:8000:63bf:80ff:fffe", /^a loopback address .* inside a Teredo address: .* \(127\.0\.0\.1\)$/],
    ["2001:0:4136:e378:8000:63bf:f5ff:fffe", /^a private network address inside a Teredo address: .* \(10\.0\.0\.1\)$/],
  ])("%s is refused for the special IPv4 address it carries", (address, expected) => {
    expect(refuseAddressReason(address)).toMatch(expected);
  });

  it.each(["::808:808", "::ffff:0:808:808", "64:ff9b::808:808", "2002:808:808::1", "2001:0:4136:e378:8000:63bf:f7f7:f7f7"])(
    "%s, carrying a public address, is refused too: no article needs a tunnel or translator",
    (address) => {
      expect(refuseAddressReason(address)).toMatch(/which reaches the IPv4 address 8\.8\.8\.8 through a translator or tunnel/);
    },
  );

  it("refuses http://[::127.0.0.1]/ before connecting", async () => {
    await expect(fetchArticleUrl("http://[::127.0.0.1]/", { allowHosts: [] })).rejects.toThrow(
      /\[::127\.0\.0\.1\]\/: ::7f00:1 points to a loopback address \(this server itself\) inside an IPv4-compatible IPv6 address/,
    );
  });
});
