#!/usr/bin/env bash
# Import benchmark, end to end: the runnable platform on a fresh embedded PostgreSQL, the demo
# intakes of the 12 cities at their published demand, then one large file (Rabat-Salé-Kénitra at
# 16 times the published demand, ~89,000 rows). Prints each import's rows/s as measured by the
# server itself (job created → job finished) and the server's heap: after a full GC before the
# large file, its peak while the large file is read, and after a full GC at the end.
#
#   ./mvnw -q -DskipTests package && bash infra/benchmarks/import-benchmark.sh
#
# Settings: CMC_ADMISSIONS_IMPORT_WRITERS (default 2) and CMC_ADMISSIONS_IMPORT_BATCH (default
# 2000) pass through to the server; BENCH_PORT (default 18181); BENCH_SCALE (default 16).
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=infra/launcher/target/cmc-launcher-runnable.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
port=${BENCH_PORT:-18181}
scale=${BENCH_SCALE:-16}
data=$(mktemp -d /tmp/cmc-import-bench.XXXXXX)
out=$data/intakes
log=$data/server.log

CMC_PORT=$port CMC_DATA_DIR=$data/db java -jar "$jar" >"$log" 2>&1 &
launcher=$!
cleanup() {
  kill "$launcher" 2>/dev/null || true
  wait "$launcher" 2>/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT

for _ in $(seq 1 120); do
  curl -fs "http://localhost:$port/health/ready" >/dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://localhost:$port/health/ready" >/dev/null || { tail -20 "$log"; exit 1; }
server=$(pgrep -f "cmc-platform-microbundle.jar --port $port" | head -1)

heap_used_mb() { # used heap now (eden + survivors + old), in MB
  jstat -gc "$server" | awk 'NR == 2 { printf "%.0f", ($3 + $4 + $6 + $8) / 1024 }'
}
full_gc_heap_mb() {
  jcmd "$server" GC.run >/dev/null
  heap_used_mb
}

echo "== nproc $(nproc), $(java -version 2>&1 | head -1), writers ${CMC_ADMISSIONS_IMPORT_WRITERS:-2}, batch ${CMC_ADMISSIONS_IMPORT_BATCH:-2000}"
generate() {
  java -cp "$jar" ma.ofppt.cmc.launcher.intake.GenerateIntakes \
    --url "http://localhost:$port" --out "$out" --import "$@"
}

echo "== the 12 cities at the published demand"
generate | grep -E "import .* in |on the server|done"
echo "== heap after a full GC: $(full_gc_heap_mb) MB"

echo "== rabat-sale-kenitra at $scale x the published demand"
peak=0
generate --city rabat-sale-kenitra --scale "$scale" >"$data/large.log" 2>&1 &
generator=$!
while kill -0 "$generator" 2>/dev/null; do
  used=$(heap_used_mb)
  [ "$used" -gt "$peak" ] && peak=$used
  sleep 0.5
done
wait "$generator"
grep -E "wrote|import .* in |on the server" "$data/large.log"
echo "== heap peak while importing: $peak MB (young generation included: garbage not yet collected)"
echo "== heap after a full GC: $(full_gc_heap_mb) MB"
echo "== server resident memory: $(ps -o rss= -p "$server" | awk '{ printf "%.0f", $1 / 1024 }') MB"
