/** The discrepancy kinds and severities of crosscheck.report.v1, most severe first. */
export const DISCREPANCY_KINDS = ["date", "number", "name-spelling", "person", "place", "organization", "wording"] as const;
export const SEVERITIES = ["conflict", "minor", "variant"] as const;
