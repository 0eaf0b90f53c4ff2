#!/usr/bin/env bash
# `npm test`: lint, types, unit tests in Node, both builds, browser tests in real Chromium and Firefox.
# The unit tests run in one worker (Vitest's default on two cores), so the two extension builds run
# beside them on the other core; the browser tests need both builds and run last, on their own,
# because they measure timings.
set -euo pipefail
cd "$(dirname "$0")/.."

npm run -s lint
npm run -s typecheck

build_log=$(mktemp)
(npm run -s build && npm run -s build:firefox) >"$build_log" 2>&1 &
build_pid=$!
unit_status=0
npm run -s test:unit || unit_status=$?
build_status=0
wait "$build_pid" || build_status=$?
cat "$build_log"
if [ "$build_status" -ne 0 ]; then
  echo "factlight: the extension build failed (exit $build_status)" >&2
fi
rm -f "$build_log"
if [ "$unit_status" -ne 0 ] || [ "$build_status" -ne 0 ]; then exit 1; fi

npm run -s test:browser
