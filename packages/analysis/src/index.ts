/// <reference path="./names/talisman-modules.d.ts" />
/// <reference path="./align/talisman-porter.d.ts" />
// (the references carry the hand-written declarations of untyped packages to every consumer)
export type * from "./types.ts";
export { analyze } from "./analyze.ts";
export { ENGINE_VERSION } from "./engine-version.ts";
export { segmentClaims } from "./segment/segment-claims.ts";
export { findReferenceDate } from "./segment/find-reference-date.ts";
export { extractMentions } from "./mentions/extract-mentions.ts";
export { findNames, type FoundName } from "./mentions/find-names.ts";
export { parseDates, type FoundDate } from "./dates/parse-dates.ts";
export { compareDates, type DateComparison } from "./dates/compare-dates.ts";
export { parseNumbers, type FoundNumber } from "./numbers/parse-numbers.ts";
export { compareNumbers, type NumberComparison } from "./numbers/compare-numbers.ts";
export { buildEntities } from "./entities/build-entities.ts";
export { clusterNames, type NameFormInput } from "./names/cluster-names.ts";
export { clusterNameLines, type NameLineCluster } from "./names/cluster-name-lines.ts";
export {
  alignClaims,
  scoreClaimPair,
  prepareAlignIndex,
  type AlignedGroup,
  type AlignInput,
  type AlignOptions,
  type AlignIndex,
} from "./align/index.ts";
export { findDiscrepancies } from "./compare/find-discrepancies.ts";
export { normalizeSpelling } from "./compare/normalize-spelling.ts";
export { diffClaims, diffClaimsSideBySide, type DiffPart, type Span } from "./diff/diff-claims.ts";
