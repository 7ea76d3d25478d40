import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { resolveNextPath } from "../src/server/sign-in-path.ts";

describe("where sign-in sends a person afterwards (?next=)", () => {
  it("keeps a path on this server, with its query and fragment", () => {
    expect(resolveNextPath("/w/belarus-iran/groups?kind=date#g1")).toBe("/w/belarus-iran/groups?kind=date#g1");
    expect(resolveNextPath("/")).toBe("/");
    expect(resolveNextPath("/w/a%20b")).toBe("/w/a%20b");
    expect(resolveNextPath("/w/x/../y")).toBe("/w/y");
  });

  // each as the page receives it (the query already decoded once), and as it might be decoded again
  const otherHosts: [string, string][] = [
    ["tab, decoded", "/\t/evil.example/phish"],
    ["tab, encoded", "/%09/evil.example/phish"],
    ["newline, decoded", "/\n/evil.example/phish"],
    ["newline, encoded", "/%0a/evil.example/phish"],
    ["carriage return, decoded", "/\r/evil.example"],
    ["carriage return, encoded", "/%0D/evil.example"],
    ["tab inside the slashes", "/\t\t/evil.example"],
    ["slash and backslash", "/\\evil.example"],
    ["two backslashes", "\\\\evil.example"],
    ["encoded slash", "/%2F/evil.example"],
    ["encoded slash, lower case", "/%2f/evil.example"],
    ["encoded backslash", "/%5C/evil.example"],
    ["slash encoded twice", "/%252F/evil.example"],
    ["dot segment before a double slash", "/.//evil.example"],
    ["encoded dots before an encoded slash", "/x/%2e%2e/%2f/evil.example"],
    ["protocol-relative", "//evil.example"],
    ["leading space", " //evil.example"],
    ["absolute https", "https://evil.example/phish"],
    ["absolute with tab in the scheme", "ht\ttps://evil.example"],
    ["javascript:", "javascript:alert(document.cookie)"],
    ["javascript: with a tab", "java\tscript:alert(1)"],
    ["data:", "data:text/html,<script>alert(1)</script>"],
  ];
  it.each(otherHosts)("refuses %s, sending to / instead", (_, next) => {
    expect(resolveNextPath(next)).toBe("/");
  });

  it("falls back to / for a missing, repeated or overlong value", () => {
    expect(resolveNextPath(undefined)).toBe("/");
    expect(resolveNextPath(["/a", "/b"])).toBe("/");
    expect(resolveNextPath(`/${"a".repeat(3000)}`)).toBe("/");
  });

  it("hands back only paths a browser keeps on this server, whatever the input", () => {
    const origin = "https://crosscheck.example";
    const pieces = [
      "/",
      "\\",
      "\t",
      "\n",
      "\r",
      "%2f",
      "%5C",
      "%09",
      "%25",
      ".",
      "..",
      "evil.example",
      ":",
      "?",
      "#",
      "@",
      " ",
      "javascript:",
      "https:",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 8 }), (parts) => {
        const path = resolveNextPath(parts.join(""));
        expect(new URL(path, origin).origin).toBe(origin);
        expect(path).toMatch(/^\/(?![/\\])/);
      }),
      { numRuns: 5000 },
    );
  });
});
