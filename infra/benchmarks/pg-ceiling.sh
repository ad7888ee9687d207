#!/usr/bin/env bash
# The raw PostgreSQL ceiling of this machine, reported beside the API figures: pgbench's built-in
# select-only transaction (one primary-key read of pgbench_accounts) on the platform's own server
# (the embedded PostgreSQL 17 binaries and settings of the runnable jar), at 1, 16 and 64 clients.
#
#   ./mvnw -q -DskipTests package && bash infra/benchmarks/pg-ceiling.sh
#
# A fresh cluster, pgbench -i -s 50 (5,000,000 accounts, ~750 MB: well past shared_buffers =
# 128MB, inside the OS page cache), then pgbench -S -M prepared -j 2 for 30 s per level; the
# client is the machine's pgbench (PostgreSQL 15) over TCP to localhost, like the platform's pool.
# Settings: BENCH_PG_PORT (55402), BENCH_SCALE (50), BENCH_SECONDS (30), BENCH_CLIENTS (1,16,64).
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=infra/launcher/target/cmc-launcher-runnable.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
source infra/benchmarks/rls/pg.sh
port=${BENCH_PG_PORT:-55402}
scale=${BENCH_SCALE:-50}
seconds=${BENCH_SECONDS:-30}
IFS=, read -r -a levels <<<"${BENCH_CLIENTS:-1,16,64}"
data=$(mktemp -d /tmp/cmc-pg-ceiling.XXXXXX)
cleanup() {
  pg_stop "$data/pg"
  rm -rf "$data"
}
trap cleanup EXIT

pg_binaries
pg_start "$data/pg" "$port"
echo "== nproc $(nproc), PostgreSQL $(pg_version "$port") (embedded binaries), client $("$pg_client/pgbench" --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"
pgbench -h localhost -p "$port" -U postgres -i -q -s "$scale" postgres 2>&1 | tail -1
echo "== pgbench_accounts: $(psql -h localhost -p "$port" -U postgres -d postgres -At -c \
  "select pg_size_pretty(pg_total_relation_size('pgbench_accounts'))"), shared_buffers $(psql -h localhost \
  -p "$port" -U postgres -d postgres -At -c 'show shared_buffers')"
echo "| clients | tps | average latency ms | p50 ms | p95 ms | p99 ms |"
echo "|---|---|---|---|---|---|"
for clients in "${levels[@]}"; do
  rm -f "$data"/log.*
  result=$(pgbench -h localhost -p "$port" -U postgres -n -S -M prepared -c "$clients" -j 2 -T "$seconds" \
    -l --log-prefix="$data/log" postgres)
  tps=$(awk '/^tps/ { printf "%.0f", $3 }' <<<"$result")
  average=$(awk '/^latency average/ { print $4 }' <<<"$result")
  cat "$data"/log.* | awk '{ print $3 }' | sort -n | awk -v c="$clients" -v tps="$tps" -v avg="$average" \
    '{ v[NR] = $1 } END { printf "| %d | %s | %s | %.3f | %.3f | %.3f |\n", c, tps, avg,
      v[int(NR * 0.50) + 1] / 1000, v[int(NR * 0.95) + 1] / 1000, v[int(NR * 0.99) + 1] / 1000 }'
done
echo "== load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"
