#!/usr/bin/env bash
# Everything both README commands need on a fresh machine: pnpm, dependencies, Prisma clients.
set -euo pipefail
cd "$(dirname "$0")/.."
export CHECKPOINT_DISABLE=1 NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1 PRISMA_HIDE_UPDATE_MESSAGE=1

PNPM_VERSION=10.34.9
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null)" != "$PNPM_VERSION" ]; then
  echo "› installing pnpm $PNPM_VERSION with npm"
  npm install --global "pnpm@$PNPM_VERSION" --no-fund --no-audit >/dev/null
fi

echo "› installing dependencies"
pnpm install --frozen-lockfile --reporter=append-only 2>&1 | grep -vE "^(Progress|\.\.\./)" | tail -n 5
echo "› generating Prisma clients"
pnpm --filter @crosscheck/db run generate
