#!/usr/bin/env bash
# Throughput and memory of the whole pipeline on the shared corpora, then (with --micro) the
# BenchmarkDotNet suites: ingest, time tagger, name tagger, graph build and Cypher export.
# Usage: scripts/bench.sh [--micro] [--parallel N]
set -euo pipefail
cd "$(dirname "$0")/.."
shared="${SHARED:-../shared}"
micro=0; parallel=2
while [ $# -gt 0 ]; do
  case "$1" in
    --micro) micro=1 ;;
    --parallel) parallel="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
dotnet build src/Timeline.Cli/Timeline.Cli.csproj -c Release -v q -nologo -clp:ErrorsOnly >&2
bin=src/Timeline.Cli/bin/Release/net10.0/timeline.dll
tmp=$(mktemp -d)
for corpus in news/bbc news/reuters21578; do
  dir="$shared/data/$corpus"
  [ -d "$dir" ] || { echo "skip $corpus: $dir not found"; continue; }
  mb=$(du -sm --apparent-size "$dir" | cut -f1)
  echo "== timeline build $corpus (${mb} MB on disk, --parallel $parallel)"
  /usr/bin/time -f "peak RSS %M KB, wall %e s, user %U s" -o "$tmp/time" \
    dotnet "$bin" build "$dir" --out "$tmp/out" --quiet --parallel "$parallel" > "$tmp/summary" 2> "$tmp/errors" || true
  grep -E "^(Read|Skipped|Found)|^  reading and extraction" "$tmp/summary" || cat "$tmp/summary"
  echo "  $(wc -l < "$tmp/errors") lines on stderr (skipped inputs and warnings)"
  echo "  $(cat "$tmp/time")"
done
rm -rf "$tmp"
if [ "$micro" = 1 ]; then
  dotnet run -c Release --project tests/Timeline.Benchmarks -- --filter '*' --job short
fi
