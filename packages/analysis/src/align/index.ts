export { alignClaims, DEFAULT_ALIGN_THRESHOLD } from "./align-claims.ts";
export type { AlignedGroup, AlignInput, AlignOptions } from "./align-types.ts";
export { scoreClaimPair } from "./score-claim-pair.ts";
export { prepareAlignIndex, type AlignIndex } from "./prepare-align-index.ts";
export { generateCandidates } from "./generate-candidates.ts";
