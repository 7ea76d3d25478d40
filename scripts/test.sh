#!/usr/bin/env bash
# Sets everything up and runs the whole test suite: typecheck, unit, API on SQLite and
# PostgreSQL, CLI, and end-to-end in Chromium against a production build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export CHECKPOINT_DISABLE=1 NEXT_TELEMETRY_DISABLED=1 TURBO_TELEMETRY_DISABLED=1

# Chromium drives the end-to-end tests and renders PDF reports; the CJK fonts let a PDF show
# Chinese, Japanese and Korean names instead of empty boxes.
missing=""
[ -x /usr/bin/chromium ] || missing="chromium"
fc-list :lang=zh 2>/dev/null | grep -q . || missing="$missing fonts-noto-cjk"
if [ -n "$missing" ]; then
  echo "› installing Debian packages:$missing"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq && $SUDO apt-get install -y -qq $missing >/dev/null
fi

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then
  echo "› starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi

echo "› formatting, lint and boundaries"
pnpm run --silent lint
pnpm run --silent check:boundaries
echo "› typecheck, unit, API and CLI tests"
pnpm exec turbo run typecheck test --output-logs=new-only --concurrency=1 --continue
echo "› production build of the web app"
pnpm exec turbo run build --filter=@crosscheck/web --output-logs=errors-only
echo "› end-to-end tests in Chromium"
pnpm exec playwright test
