import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { filterReport } from "../src/filter-report.ts";
import { renderJsonReport } from "../src/render-json.ts";
import { fixtureReport } from "./fixture-report.ts";

const schema = JSON.parse(readFileSync(new URL("../report.schema.json", import.meta.url), "utf8"));
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(schema);

describe("renderJsonReport", () => {
  it("writes a report that validates against report.schema.json and parses back unchanged", () => {
    const parsed = JSON.parse(renderJsonReport(fixtureReport));
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
    expect(parsed).toEqual(fixtureReport);
  });

  it("stays valid after filtering", () => {
    const parsed = JSON.parse(renderJsonReport(filterReport(fixtureReport, { scope: "reviewed" })));
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
  });

  it("the schema rejects a broken report, so the checks above mean something", () => {
    const broken = {
      ...JSON.parse(renderJsonReport(fixtureReport)),
      claimGroups: [{ id: "x", claims: [], discrepancies: [{ kind: "colour", values: [] }] }],
    };
    expect(validate(broken)).toBe(false);
  });
});
