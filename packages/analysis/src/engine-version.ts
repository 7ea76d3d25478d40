/**
 * The version of the engine's output. Bump it whenever the same articles would come out of
 * `analyze` differently (claims, mentions, entities, groups or discrepancies): workspaces analysed
 * by another version are then offered a re-run. `test/engine-version.test.ts` holds a digest of the
 * seed analysis and fails when the output changes without a bump.
 */
export const ENGINE_VERSION = "2026.11.30-3";
