import type { Report } from "./report-types.ts";

export function renderJsonReport(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
