import ipaddr from "ipaddr.js";
import { findEmbeddedIPv4 } from "./embedded-ipv4.ts";
import { readEnv } from "@crosscheck/env";

const RANGE_WORDS: Record<string, string> = {
  private: "a private network address",
  loopback: "a loopback address (this server itself)",
  linkLocal: "a link-local address (where cloud metadata services live)",
  uniqueLocal: "a unique-local (private) IPv6 address",
  carrierGradeNat: "a carrier-grade NAT address (used by some cloud metadata services)",
  unspecified: "an unspecified address",
  broadcast: "a broadcast address",
  multicast: "a multicast address",
  reserved: "a reserved address",
};

/**
 * Why the server must not connect to this address, or null when it is an ordinary public one.
 * ipaddr.js knows the special-purpose ranges (IPv4 and IPv6); an IPv4-mapped IPv6 address is
 * judged as the IPv4 address it carries. Every other IPv6 form that carries an IPv4 address
 * (IPv4-compatible, IPv4-translated, NAT64, 6to4, Teredo) is refused, naming the IPv4 address
 * when that one is itself special: such forms can reach a private IPv4 address through a
 * translator or tunnel, and no public article needs them.
 */
export function refuseAddressReason(address: string): string | null {
  if (!ipaddr.isValid(address)) return `"${address}" is not an IP address`;
  const ip = ipaddr.process(address);
  if (ip.kind() === "ipv6") {
    const embedded = findEmbeddedIPv4(ip as ipaddr.IPv6);
    if (embedded) {
      const special = embedded.carried.find((v4) => v4.range() !== "unicast");
      if (special) return `${rangeWords(special.range())} inside ${embedded.form}: ${ip.toString()} (${special.toString()})`;
      return `${embedded.form}, which reaches the IPv4 address ${embedded.carried[0]!.toString()} through a translator or tunnel: ${ip.toString()}`;
    }
  }
  const range = ip.range();
  if (range === "unicast") return null;
  return `${rangeWords(range)}: ${ip.toString()}`;
}

function rangeWords(range: string): string {
  return RANGE_WORDS[range] ?? `a special-purpose address (${range})`;
}

/** Operator-allowed hosts, from CROSSCHECK_FETCH_ALLOW_HOSTS ("intranet.example,127.0.0.1:8080"). */
export function readAllowedHosts(env: string | undefined = readEnv().CROSSCHECK_FETCH_ALLOW_HOSTS): string[] {
  return (env ?? "")
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}

/** A host entry allows every port; a "host:port" entry only that port. */
export function isHostAllowed(url: URL, allowed: readonly string[]): boolean {
  const host = url.hostname.toLowerCase();
  const port = url.port || (url.protocol === "https:" ? "443" : "80");
  return allowed.includes(host) || allowed.includes(`${host}:${port}`);
}
