#!/usr/bin/env bash
# The main job: build in Release, read the articles, write out/timeline.json and out/timeline.cypher,
# and load Neo4j when NEO4J_URI is set. Without arguments it reads the demo corpus (samples/demo).
# Usage: scripts/load-corpus.sh [files or folders...] [-- extra 'timeline build' options]
set -euo pipefail
cd "$(dirname "$0")/.."
out="${TIMELINE_OUT:-out}"
dotnet build src/Timeline.Cli/Timeline.Cli.csproj -c Release -v q -nologo -clp:ErrorsOnly >&2
bin=src/Timeline.Cli/bin/Release/net10.0/timeline.dll
status=0
dotnet "$bin" build "$@" --out "$out" || status=$?
if [ "$status" -ge 2 ]; then exit "$status"; fi
if [ -n "${NEO4J_URI:-}" ]; then
  if dotnet "$bin" load --help >/dev/null 2>&1; then
    dotnet "$bin" load "$out/timeline.json" || exit $?
  else
    echo "NEO4J_URI is set, but this build of timeline cannot load Neo4j yet." >&2
  fi
else
  echo "Neo4j: NEO4J_URI is not set, so nothing was loaded (see README: Query it in Neo4j Browser)."
fi
exit "$status"
