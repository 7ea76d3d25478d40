import fc from "fast-check";
import type { z } from "zod";

/** Values a fuzzer should try in any string field: empty, control bytes, markup, SQL, huge, odd Unicode. */
const NASTY_STRINGS = [
  "",
  " ",
  "\u0000",
  "\uFFFD\uD800",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "' OR 1=1 --",
  '"; DROP TABLE "Article"; --',
  "../../../../etc/passwd",
  "%00%2e%2e%2f",
  "{{7*7}}${7*7}",
  "🙂👩‍👩‍👧‍👦",
  "Лукашенко",
  "x".repeat(70_000),
  "http://169.254.169.254/latest/meta-data/",
  "file:///etc/passwd",
  "-1",
  "NaN",
];

/** Real values of the database under test: fields named like them get these half of the time. */
export interface KnownValues {
  workspace: string;
  ids: string[];
}

type Def = { type: string } & Record<string, unknown>;
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/**
 * Random inputs shaped like a zod schema, mostly wrong. No maintained package derives fast-check
 * arbitraries from zod 4 schemas (zod-fast-check targets zod 3), so this walks the schema itself;
 * a quarter of all inputs ignore the schema entirely.
 */
export function arbitraryInput(schema: z.ZodType | undefined, known: KnownValues): fc.Arbitrary<unknown> {
  const shaped = schema ? arbitraryOf(schema, known, "", 0) : fc.constant(undefined);
  return fc.oneof({ weight: 3, arbitrary: shaped }, { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }) });
}

function arbitraryOf(schema: unknown, known: KnownValues, field: string, depth: number): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  if (depth > 6) return fc.constant(undefined);
  switch (def.type) {
    case "string":
      return stringFor(field, known);
    case "number":
    case "int":
      return fc.oneof(
        fc.integer({ min: -1, max: 5 }),
        fc.integer(),
        fc.double(),
        fc.constantFrom(Number.NaN, Infinity, -Infinity, -0, 2 ** 53),
      );
    case "bigint":
      return fc.bigInt();
    case "boolean":
      return fc.oneof(fc.boolean(), fc.constantFrom("true", 0, null));
    case "date":
      return fc.oneof(fc.date(), fc.constant(new Date(Number.NaN)), fc.string());
    case "enum":
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...Object.values(def.entries as Record<string, string>)) },
        { weight: 1, arbitrary: fc.string() },
      );
    case "literal":
      return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...(def.values as unknown[])) },
        { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
      );
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "catch":
    case "readonly":
    case "nonoptional":
      return fc.oneof(fc.constantFrom(undefined, null), arbitraryOf(def.innerType, known, field, depth + 1));
    case "array":
      return fc.oneof(
        { weight: 4, arbitrary: fc.array(arbitraryOf(def.element, known, field, depth + 1), { maxLength: 4 }) },
        { weight: 1, arbitrary: fc.array(fc.constant(known.workspace), { minLength: 300, maxLength: 1200 }) },
      );
    case "object":
      return objectOf(def.shape as Record<string, unknown>, known, depth);
    case "union":
      return fc.oneof(...(def.options as unknown[]).map((option) => arbitraryOf(option, known, field, depth + 1)));
    case "pipe":
      return arbitraryOf(def.in, known, field, depth + 1);
    case "record":
      return fc.dictionary(fc.string({ maxLength: 8 }), arbitraryOf(def.valueType, known, field, depth + 1), { maxKeys: 4 });
    default:
      return fc.anything({ maxDepth: 2 });
  }
}

function objectOf(shape: Record<string, unknown>, known: KnownValues, depth: number): fc.Arbitrary<unknown> {
  const fields = Object.fromEntries(Object.entries(shape).map(([key, value]) => [key, arbitraryOf(value, known, key, depth + 1)]));
  const wellFormed = fc.record(fields);
  // a field missing, or one too many
  const missing = fc.record(fields, { requiredKeys: [] });
  const extra = fc
    .tuple(wellFormed, fc.string({ maxLength: 12 }), fc.anything({ maxDepth: 1 }))
    .map(([value, key, junk]) => ({ ...(value as object), [key]: junk }));
  return fc.oneof({ weight: 4, arbitrary: wellFormed }, { weight: 1, arbitrary: missing }, { weight: 1, arbitrary: extra });
}

function stringFor(field: string, known: KnownValues): fc.Arbitrary<string> {
  const options: fc.Arbitrary<string>[] = [
    fc.string({ maxLength: 40 }),
    fc.string({ unit: "grapheme", maxLength: 20 }),
    fc.constantFrom(...NASTY_STRINGS),
  ];
  if (/^(workspace|slug)$/i.test(field))
    return fc.oneof({ weight: 4, arbitrary: fc.constant(known.workspace) }, { weight: 2, arbitrary: fc.oneof(...options) });
  if (/id$/i.test(field) && known.ids.length > 0)
    return fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...known.ids) }, { weight: 2, arbitrary: fc.oneof(...options) });
  return fc.oneof(...options);
}
