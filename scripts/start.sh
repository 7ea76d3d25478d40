#!/usr/bin/env bash
# Sets everything up and serves Crosscheck at http://localhost:3000 with the seed workspace.
# DATABASE_URL picks the database: unset = the embedded SQLite file data/crosscheck.db;
# postgres://… = a PostgreSQL server.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export CHECKPOINT_DISABLE=1 NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1

echo "› applying database migrations"
node --import tsx/esm packages/db/scripts/deploy.ts
echo "› loading the seed workspace (idempotent)"
node --import tsx/esm apps/cli/src/main.ts import seeds --workspace belarus-iran --name "Belarus–Iran summits, 2023–2025"
echo "› building the web app"
pnpm exec turbo run build --filter=@crosscheck/web --output-logs=errors-only
PORT="${PORT:-3000}"
echo "› Crosscheck is at http://localhost:$PORT (Ctrl-C stops it)"
exec pnpm --filter @crosscheck/web exec next start -p "$PORT" -H "${HOST:-127.0.0.1}"
