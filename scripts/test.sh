#!/usr/bin/env bash
# All tests: restores .NET packages and the Cypher linter's Node packages, then runs every test project.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -f tools/cypher-lint/package-lock.json ] && [ ! -d tools/cypher-lint/node_modules ]; then
  (cd tools/cypher-lint && npm ci --no-audit --no-fund --loglevel=error)
fi
dotnet test Timeline.sln -c Release --nologo -v q "$@"
