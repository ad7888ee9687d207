#!/usr/bin/env bash
# The whole-network dataset (docs/network-dataset.md): the runnable platform on a fresh embedded
# PostgreSQL under a data directory, without the demo offer (CMC_DEMO_DATA=false: the network is
# then the only 2025-2026 offer) but with demo tokens (CMC_DEMO_ENABLED=true), then GenerateNetwork
# builds the 510 institutions through the API and the admissions import, runs each city's
# selection, enrols a sample of trainees, builds boarding and finance; then the database's size
# and row counts, and a second start on the same data to show it is kept.
#
#   ./mvnw -q -DskipTests package && bash infra/benchmarks/network-dataset.sh /tmp/cmc-network
#
# The directory is left in place: later benchmarks start on it with
#   CMC_DEMO_DATA=false CMC_DATA_DIR=/tmp/cmc-network/db java -jar infra/launcher/target/cmc-launcher-runnable.jar
# Every phase runs in the launcher's default 512 MB of heap (the selection goes through an intake in
# slices since 2026-12-03; docs/network-dataset.md).
# Settings: BENCH_PORT (default 18300), BENCH_DB_PORT (default 18301), NETWORK_SEED (default
# network), NETWORK_THREADS (default 3).
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=infra/launcher/target/cmc-launcher-runnable.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
[ $# -eq 1 ] || { echo "usage: $0 DATA_DIR (a new directory; it is kept)" >&2; exit 2; }
data=$1
[ ! -e "$data/db" ] || { echo "$data/db exists: give a new directory" >&2; exit 2; }
mkdir -p "$data"
port=${BENCH_PORT:-18300}
db_port=${BENCH_DB_PORT:-18301}
export CMC_DEMO_DATA=false CMC_DEMO_ENABLED=true CMC_EMBEDDED_DB_PORT=$db_port
# shellcheck source=lib.sh
source infra/benchmarks/lib.sh
trap stop EXIT

psql_cmc() { psql -X -q -t -A -h 127.0.0.1 -p "$db_port" -U postgres -d cmc -c "$1"; }

echo "== nproc $(nproc), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
start first
echo "== first start (new database, no demo offer): ${ready_after} s to ready"
begin=$(date +%s)
java -cp "$jar" ma.ofppt.cmc.launcher.network.GenerateNetwork --url "http://localhost:$port" \
  --out "$data/intakes" --seed "${NETWORK_SEED:-network}" --threads "${NETWORK_THREADS:-3}" \
  | tee "$data/generate.log" | grep -v '^\[intake\] .*rows read$'
echo "== built in $(($(date +%s) - begin)) s; load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "== database size $(psql_cmc "SELECT pg_size_pretty(pg_database_size('cmc'))")"
for table in pole programme programme_intake applicant application application_wish selection_run \
  seat_pool offer waitlist_entry trainee training_group staff_member facility_resource \
  facility_booking boarding_wing boarding_room boarding_bed boarding_policy boarding_application \
  bed_assignment finance_agreement finance_supplier finance_budget_line finance_commitment \
  finance_invoice finance_payment finance_evidence audit_event outbox_message; do
  if [ "$(psql_cmc "SELECT to_regclass('public.$table') IS NOT NULL")" = t ]; then
    printf '   %-20s %10s rows\n' "$table" "$(psql_cmc "SELECT count(*) FROM $table")"
  fi
done
stop
start second
echo "== second start (same data): ${ready_after} s to ready, server RSS $(server_rss_mb) MB;" \
  "poles of casablanca-settat: $(psql_cmc "SELECT count(*) FROM pole WHERE tenant_id = 'casablanca-settat'")"
