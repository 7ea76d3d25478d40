import ipaddr from "ipaddr.js";

export interface EmbeddedIPv4 {
  /** the IPv6 form, in words */
  form: string;
  /** every IPv4 address the form may carry (a Teredo address names two; a local NAT64 prefix may put one in several places) */
  carried: ipaddr.IPv4[];
}

const v4At = (bytes: number[], at: number) => new ipaddr.IPv4(bytes.slice(at, at + 4));

/** RFC 6052: the IPv4 address follows a NAT64 prefix of `prefixBits`, skipping bits 64-71 (the "u" octet). */
function afterNat64Prefix(bytes: number[], prefixBits: 48 | 56 | 64 | 96): ipaddr.IPv4 {
  const octets = bytes.filter((_, i) => i !== 8).slice(prefixBits / 8 - (prefixBits > 64 ? 1 : 0));
  return new ipaddr.IPv4(octets.slice(0, 4));
}

/**
 * The IPv4 address(es) an IPv6 address carries, by the special-purpose range ipaddr.js places it
 * in, or null when it carries none. An IPv4-mapped address (::ffff:a.b.c.d) never reaches here:
 * ipaddr.process() turns it into the IPv4 address itself.
 */
export function findEmbeddedIPv4(ip: ipaddr.IPv6): EmbeddedIPv4 | null {
  const bytes = ip.toByteArray();
  const range = ip.range();
  // ::a.b.c.d (RFC 4291, deprecated): ipaddr.js calls it plain unicast, and URL() writes [::127.0.0.1] as [::7f00:1]
  if (bytes.slice(0, 12).every((b) => b === 0) && range !== "unspecified" && range !== "loopback") {
    return { form: "an IPv4-compatible IPv6 address (deprecated)", carried: [v4At(bytes, 12)] };
  }
  if (range === "rfc6145") return { form: "an IPv4-translated IPv6 address", carried: [v4At(bytes, 12)] };
  if (range === "rfc6052") {
    // 64:ff9b::/96 holds the address in its last 32 bits; the local-use 64:ff9b:1::/48 (RFC 8215)
    // may use any prefix length from /48 to /96, so every place it could sit is judged
    const local = bytes[4] === 0 && bytes[5] === 1;
    const lengths = local ? ([96, 64, 56, 48] as const) : ([96] as const);
    const places = lengths.map((bits) => afterNat64Prefix(bytes, bits));
    // the zeros a prefix of another length leaves around the address read as 0.x.x.x: filler, not an address
    const carried = places.filter((v4) => v4.range() !== "unspecified");
    return { form: "a NAT64 address", carried: carried.length > 0 ? carried : places.slice(0, 1) };
  }
  if (range === "6to4") return { form: "a 6to4 address", carried: [v4At(bytes, 2)] };
  if (range === "teredo") {
    // RFC 4380: the Teredo server's address in bits 32-63, the client's (obfuscated: every bit inverted) in the last 32
    const client = new ipaddr.IPv4(bytes.slice(12, 16).map((b) => ~b & 0xff));
    return { form: "a Teredo address", carried: [client, v4At(bytes, 4)] };
  }
  return null;
}
