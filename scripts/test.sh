#!/usr/bin/env bash
# All tests: restores the Cypher linter's Node packages when missing, then runs every test project
# (dotnet test Timeline.sln) and ends with one line that adds up all projects.
set -uo pipefail
cd "$(dirname "$0")/.."
if [ -f tools/cypher-lint/package-lock.json ] && [ ! -d tools/cypher-lint/node_modules ]; then
  (cd tools/cypher-lint && npm ci --no-audit --no-fund --loglevel=error) || exit 1
fi
log=$(mktemp)
dotnet test Timeline.sln -c Release --nologo -v q "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
sum() { grep -oE "$1: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}'; }
echo "tests: $(sum Passed) passed, $(sum Failed) failed, $(sum Skipped) skipped"
rm -f "$log"
exit "$status"
