import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { appRouter } from "../src/root.ts";

interface CheckDef {
  check?: string;
  format?: string;
  pattern?: RegExp;
}
interface ZodInternals {
  _zod: { def: Record<string, unknown> & CheckDef & { type: string; checks?: { _zod: { def: CheckDef } }[] } };
}

// formats whose values have a fixed or small length
const BOUNDED_FORMATS = new Set(["date", "time", "uuid", "guid", "ulid", "cuid", "cuid2", "ipv4", "ipv6", "mac", "e164"]);

/** A pattern anchored at both ends with no unbounded repetition (*, +, {n,}) or alternation admits only bounded strings. */
function boundedPattern(pattern: RegExp | undefined): boolean {
  if (!pattern) return false;
  const source = pattern.source.replace(/\\./g, "");
  return source.startsWith("^") && source.endsWith("$") && !/[*+|]|\{\d+,\}/.test(source);
}

function hasMaximum(def: ZodInternals["_zod"]["def"]): boolean {
  return [def, ...(def.checks ?? []).map((c) => c._zod.def)].some(
    (c) =>
      c.check === "max_length" ||
      c.check === "length_equals" ||
      BOUNDED_FORMATS.has(c.format ?? "") ||
      (c.format === "regex" && boundedPattern(c.pattern)),
  );
}

/**
 * Paths inside an input schema where a string, array or record has no upper bound. Every value a
 * client sends must be bounded, or one request could make the server hold (and store) anything.
 */
function unbounded(schema: unknown, path: string, seen = new Set<unknown>()): string[] {
  if (seen.has(schema)) return [];
  seen.add(schema);
  const { def } = (schema as ZodInternals)._zod;
  const inner = (key: string, child: unknown) => (child ? unbounded(child, key, seen) : []);
  switch (def.type) {
    case "string":
      return hasMaximum(def) ? [] : [path];
    case "array":
      return [...(hasMaximum(def) ? [] : [path]), ...inner(`${path}[]`, def.element)];
    case "object":
      return Object.entries(def.shape as Record<string, unknown>).flatMap(([key, child]) => inner(`${path}.${key}`, child));
    case "union":
      return (def.options as unknown[]).flatMap((option, i) => inner(`${path}|${i}`, option));
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "nonoptional":
    case "catch":
      return inner(path, def.innerType);
    case "pipe":
      return [...inner(path, def.in), ...inner(path, def.out)];
    case "record":
    case "map":
    case "set":
    case "tuple":
    case "lazy":
    case "any":
    case "unknown":
    case "custom":
      return [`${path} (${def.type}: not checked, so not allowed)`];
    default:
      // numbers, booleans, enums, literals, dates, void: bounded by their type
      return [];
  }
}

describe("input limits", () => {
  const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: { inputs: z.ZodType[] } }>);

  it("finds the procedures to check", () => {
    expect(procedures.length).toBeGreaterThan(20);
  });

  it("bounds every string and array of every procedure's input", () => {
    const found = procedures.flatMap(([name, procedure]) => procedure._def.inputs.flatMap((input) => unbounded(input, name)));
    expect(found).toEqual([]);
  });

  it("notices an unbounded string or array", async () => {
    const { z } = await import("zod");
    expect(unbounded(z.object({ a: z.string(), b: z.array(z.string().max(3)).optional(), c: z.string().max(9) }), "x")).toEqual([
      "x.a",
      "x.b",
    ]);
    expect(unbounded(z.object({ r: z.string().regex(/^\d{4}(-\d{2})?$/), s: z.string().regex(/^[a-z]+$/), t: z.iso.date() }), "z")).toEqual(
      ["z.s"],
    );
    expect(
      unbounded(z.object({ u: z.url(), d: z.discriminatedUnion("k", [z.object({ k: z.literal("t"), t: z.string() })]) }), "y"),
    ).toEqual(["y.u", "y.d|0.t"]);
  });
});
