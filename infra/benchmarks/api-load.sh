#!/usr/bin/env bash
# The API under load, and the server's start-up, end to end: the runnable platform on a fresh
# embedded PostgreSQL with the demo data and the 12 cities' intakes at their published demand,
# then closed-loop clients over mixed cities at 1, 16 and 64 concurrent clients (ApiLoad: the
# main reads and one write, every answer checked for another city's data).
#
#   ./mvnw -q -DskipTests package && bash infra/benchmarks/api-load.sh
#
# Prints: the first start (database created, migrated, demo data loaded) and a second start on
# the same data (what a restart costs), each to /health/ready, with the server's resident memory;
# then the load table. Settings: BENCH_PORT (default 18282), BENCH_SECONDS (default 30 per level),
# BENCH_CLIENTS (default 1,16,64), BENCH_NETWORK_DIR (a directory built by network-dataset.sh: the
# load then runs on a copy of the whole-network dataset instead of the 12 cities' demo data),
# BENCH_JFR (a file: the second start records a JFR profile there, settings=profile, and its
# summary is printed after the load: where the server's CPU time went, by endpoint and library).
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=infra/launcher/target/cmc-launcher-runnable.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
port=${BENCH_PORT:-18282}
data=$(mktemp -d /tmp/cmc-api-bench.XXXXXX)
# shellcheck source=lib.sh
source infra/benchmarks/lib.sh
cleanup() {
  stop
  rm -rf "$data"
}
trap cleanup EXIT

echo "== nproc $(nproc), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
network=${BENCH_NETWORK_DIR:-}
if [ -n "$network" ]; then
  # The whole-network dataset, copied so that the load's writes leave the built one as it was.
  [ -d "$network/db" ] || { echo "no $network/db: build it with network-dataset.sh" >&2; exit 2; }
  cp -a "$network/db" "$data/db"
  export CMC_DEMO_DATA=false CMC_DEMO_ENABLED=true
  what="the whole-network dataset of $network"
else
  what="new database, migrations, demo data of the 12 cities"
fi
start first
echo "== first start ($what): ${ready_after} s to ready, server RSS $(server_rss_mb) MB"
stop
if [ -n "${BENCH_JFR:-}" ]; then
  jfr=$(realpath -m "$BENCH_JFR")
  # A request's stack is deeper than JFR's default 64 frames: its resource method would be cut off.
  export CMC_JAVA_OPTS="${CMC_JAVA_OPTS:-} -XX:FlightRecorderOptions=stackdepth=512 -XX:StartFlightRecording=filename=$jfr,settings=profile,dumponexit=true"
fi
start second
echo "== second start (same data): ${ready_after} s to ready, server RSS $(server_rss_mb) MB"

if [ -z "$network" ]; then
  echo "== the 12 cities' intakes at the published demand"
  java -cp "$jar" ma.ofppt.cmc.launcher.intake.GenerateIntakes \
    --url "http://localhost:$port" --out "$data/intakes" --import | grep -E "cities done"
fi

echo "== load"
java -cp "$jar" ma.ofppt.cmc.launcher.load.ApiLoad --url "http://localhost:$port" \
  --clients "${BENCH_CLIENTS:-1,16,64}" --seconds "${BENCH_SECONDS:-30}"
echo "== server RSS after the load: $(server_rss_mb) MB"
if [ -n "${BENCH_JFR:-}" ]; then
  stop # the recording is written when the server exits
  echo "== where the server's CPU time went (JFR, $jfr)"
  java -cp "$jar" ma.ofppt.cmc.launcher.load.ProfileSummary "$jfr"
fi
