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
# Accounts mode (PostgreSQL, or CROSSCHECK_AUTH=accounts): the first start makes the admin from
# CROSSCHECK_ADMIN_EMAIL + CROSSCHECK_ADMIN_PASSWORD (read once, passed on standard input, then
# dropped from the environment) or stops with instructions. There is never a default password.
if [ -n "${CROSSCHECK_ADMIN_EMAIL:-}" ]; then
  echo "› creating the first admin account (only if there is none yet)"
  printf '%s' "${CROSSCHECK_ADMIN_PASSWORD:?set CROSSCHECK_ADMIN_PASSWORD with CROSSCHECK_ADMIN_EMAIL}" |
    node --import tsx/esm apps/cli/src/main.ts user create --email "$CROSSCHECK_ADMIN_EMAIL" --name "${CROSSCHECK_ADMIN_NAME:-Administrator}" --admin --only-if-none
fi
unset CROSSCHECK_ADMIN_PASSWORD
node --import tsx/esm apps/cli/src/main.ts user check
echo "› building the web app"
pnpm exec turbo run build --filter=@crosscheck/web --output-logs=errors-only
PORT="${PORT:-3000}"
echo "› Crosscheck is at http://localhost:$PORT (Ctrl-C stops it)"
exec pnpm --filter @crosscheck/web exec next start -p "$PORT" -H "${HOST:-127.0.0.1}"
