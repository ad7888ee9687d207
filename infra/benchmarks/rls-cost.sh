#!/usr/bin/env bash
# The cost of row-level security at national scale, database only: the platform's own tenant-scoped
# list queries with and without RLS, same data, same run, as p50/p95 and their ratio, with the plans.
#
#   ./mvnw -q -DskipTests package && bash infra/benchmarks/rls-cost.sh
#
# What it does, in one run (~15 min on 2 cores):
#   1. a fresh PostgreSQL cluster from the platform's embedded binaries (zonky, PostgreSQL 17, the
#      embedded settings), the database and roles from infra/launcher's cmc-db scripts, then the
#      runnable platform started once against it (CMC_DB_URL, no demo data) so that its Flyway
#      migrations build the schema, and stopped; PostgreSQL keeps running;
#   2. the whole-network scenario loaded in SQL (rls/load-tenant.sql) as the application role
#      cmc_app, one city per transaction bound with app.tenant_id, so the policies' WITH CHECK
#      applies: 510 poles, 291,177 first-year seats (418,285 seats), 291,177 trainees, ~445,000
#      applications with 1,112,296 wishes (382 % of the first-year seats), skewed over the 12
#      cities; then VACUUM ANALYZE;
#   3. each query of rls/*.sql (pgbench -M prepared, 1 client) for several cities, in two modes
#      back to back and then in the reverse order: "rls" = cmc_app with app.tenant_id set (the
#      platform), "bypass" = cmc_bench_bypass (rls/setup-roles.sql: BYPASSRLS, cmc_app's grants),
#      the same SQL text, which already names tenant_id = $1 as EclipseLink writes it; p50/p95
#      from pgbench's per-transaction log; EXPLAIN (ANALYZE, BUFFERS) of both for one city;
#   4. the same first without, then with, the indexes of the admissions migration
#      V2026_12_04_1200__list_page_indexes.sql (the "before" rows; BENCH_BEFORE= to skip).
#
# Settings: BENCH_PG_PORT (55401), BENCH_PORT (18401, the platform during migration),
# BENCH_SECONDS (3 per run; 4 runs per query, city and phase), BENCH_TENANTS (casablanca-settat,
# marrakech-safi, dakhla-oued-ed-dahab), BENCH_EXPLAIN_TENANT (marrakech-safi), BENCH_BEFORE
# (applications_page,trainees_page), BENCH_OUT (infra/benchmarks/target/rls-cost: plans, logs).
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=infra/launcher/target/cmc-launcher-runnable.jar
[ -f "$jar" ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
here=infra/benchmarks/rls
source "$here/pg.sh"
pg_port=${BENCH_PG_PORT:-55401}
http_port=${BENCH_PORT:-18401}
seconds=${BENCH_SECONDS:-3}
IFS=, read -r -a tenants <<<"${BENCH_TENANTS:-casablanca-settat,marrakech-safi,dakhla-oued-ed-dahab}"
explain_tenant=${BENCH_EXPLAIN_TENANT:-marrakech-safi}
IFS=, read -r -a before_queries <<<"${BENCH_BEFORE-applications_page,trainees_page}"
queries=(applications_page applications_count wishes_of_page application_by_id trainees_page trainees_count)
migration=tenant-modules/admissions/src/main/resources/db/migration/admissions/V2026_12_04_1200__list_page_indexes.sql
out=${BENCH_OUT:-infra/benchmarks/target/rls-cost}
rm -rf "$out" && mkdir -p "$out/plans"
data=$(mktemp -d /tmp/cmc-rls-bench.XXXXXX)
seed=national-2025
year=2025-2026
launcher=

cleanup() {
  [ -n "$launcher" ] && kill "$launcher" 2>/dev/null && wait "$launcher" 2>/dev/null || true
  pg_stop "$data/pg"
  rm -rf "$data"
}
trap cleanup EXIT
db() { psql -h localhost -p "$pg_port" "$@"; }

pg_binaries
pg_start "$data/pg" "$pg_port"
echo "== nproc $(nproc), PostgreSQL $(pg_version "$pg_port") (embedded binaries), client $("$pg_client/pgbench" --version), load average $(cut -d' ' -f1-3 /proc/loadavg)"

# 1. Database, roles (as an operator would: the launcher's scripts) and the platform's migrations.
roles=(-v owner_role=cmc_owner -v owner_password=cmc_owner -v app_role=cmc_app -v app_password=cmc_app)
db -U postgres -d postgres "${roles[@]}" -f infra/launcher/src/main/resources/cmc-db/roles.sql >/dev/null
db -U postgres -d postgres -c "create database cmc owner cmc_owner encoding 'UTF8'"
db -U postgres -d cmc -v database=cmc -v owner_role=cmc_owner -v app_role=cmc_app \
  -f infra/launcher/src/main/resources/cmc-db/database.sql >/dev/null
CMC_PORT=$http_port CMC_DB_URL="jdbc:postgresql://localhost:$pg_port/cmc" CMC_DB_USER=cmc_app \
  CMC_DB_PASSWORD=cmc_app CMC_DB_OWNER_USER=cmc_owner CMC_DB_OWNER_PASSWORD=cmc_owner CMC_DEMO_DATA=false \
  CMC_DEMO_ENABLED=true CMC_DEMO_KEY_FILE="$data/demo-signing-key.pem" \
  java -jar "$jar" >"$out/server.log" 2>&1 &
launcher=$!
for _ in $(seq 1 600); do
  curl -fs "http://localhost:$http_port/health/ready" >/dev/null 2>&1 && break
  kill -0 "$launcher" 2>/dev/null || break
  sleep 0.3
done
curl -fs "http://localhost:$http_port/health/ready" >/dev/null || { tail -30 "$out/server.log"; exit 1; }
kill "$launcher" && wait "$launcher" 2>/dev/null || true
launcher=
echo "== schema migrated by the platform: $(db -U postgres -d cmc -At -c 'select count(*) from flyway_schema_history where success') migrations"
db -U postgres -d cmc -f "$here/setup-roles.sql" >/dev/null

# 2. The whole-network scenario: national figures split over the cities by share of seats (%).
# cities: code, share, national-id prefix. Each count is the floor of its share; the largest city
# takes what rounding leaves, so that the national totals are exact.
plan=$(awk -v poles=510 -v seats=418285 -v first=291177 -v demand=3.82 '
  BEGIN {
    n = split("casablanca-settat 18 NB|rabat-sale-kenitra 13 NA|fes-meknes 11 NC|tanger-tetouan-al-hoceima 10 NK|" \
              "marrakech-safi 8 NE|souss-massa 8 NJ|oriental 7 NF|beni-mellal-khenifra 7 NQ|draa-tafilalet 6 NU|" \
              "laayoune-sakia-el-hamra 5 NS|guelmim-oued-noun 4 NY|dakhla-oued-ed-dahab 3 NV", city, "|")
    wishes = sprintf("%.0f", demand * first)
    for (i = 1; i <= n; i++) {
      split(city[i], c, " "); code[i] = c[1]; prefix[i] = c[3]
      p[i] = int(poles * c[2] / 100); s[i] = int(seats * c[2] / 100); f[i] = int(first * c[2] / 100)
      w[i] = int(wishes * c[2] / 100); tp += p[i]; ts += s[i]; tf += f[i]; tw += w[i]
    }
    p[1] += poles - tp; s[1] += seats - ts; f[1] += first - tf; w[1] += wishes - tw
    for (i = 1; i <= n; i++)
      printf "%s %s %d %d %d %d %d\n", code[i], prefix[i], p[i], s[i], f[i], sprintf("%.0f", w[i] / 2.5), w[i]
  }')
echo "== loading the whole-network scenario as cmc_app, one city per bound transaction"
begin=$(date +%s.%N)
while read -r tenant prefix poles total first apps wishes; do
  t0=$(date +%s.%N)
  PGPASSWORD=cmc_app db -U cmc_app -d cmc -v tenant="$tenant" -v k="$seed/$tenant/" -v year="$year" \
    -v prefix="$prefix" -v poles="$poles" -v programmes_per_pole=8 -v programmes=$((poles * 8)) \
    -v first_year="$first" -v total_seats="$total" -v applications="$apps" -v wishes="$wishes" \
    -f "$here/load-tenant.sql" >/dev/null
  printf '   %-26s %3d poles %6d applications %7d wishes %6d trainees  %5.1f s\n' "$tenant" "$poles" "$apps" \
    "$wishes" "$first" "$(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN { print a - b }')"
done <<<"$plan"
echo "   loaded in $(awk -v a="$(date +%s.%N)" -v b="$begin" 'BEGIN { printf "%.0f", a - b }') s"
db -U postgres -d cmc -c 'vacuum (analyze)' >/dev/null
echo "== volumes (superuser count, all cities)"
db -U postgres -d cmc -At -F ' ' -c "
  select 'poles', count(*) from pole union all select 'programmes', count(*) from programme
  union all select 'seats', sum(total_seats) from programme_intake
  union all select 'first-year seats', sum(first_year_seats) from programme_intake
  union all select 'applicants', count(*) from applicant union all select 'applications', count(*) from application
  union all select 'wishes', count(*) from application_wish union all select 'trainees', count(*) from trainee
  union all select 'training groups', count(*) from training_group
  union all select 'database size MB', pg_database_size('cmc') / 1048576" | sed 's/^/   /'
echo "   share of seats, marrakech-safi: $(db -U postgres -d cmc -At -c "select round(100.0 * sum(first_year_seats) filter (where tenant_id = 'marrakech-safi') / sum(first_year_seats), 1) from programme_intake") %"

apps_of() { awk -v t="$1" '$1 == t { print $6 }' <<<"$plan"; }

# One pgbench run of one query: mode (rls | bypass), tenant, query; logs under $out/logs.
bench() {
  local mode=$1 tenant=$2 query=$3 tag=$4 user=cmc_bench_bypass options=
  [ "$mode" = rls ] && { user=cmc_app; options="-c app.tenant_id=$tenant"; }
  mkdir -p "$out/logs/$tag"
  PGOPTIONS=$options PGPASSWORD=x pgbench -h localhost -p "$pg_port" -U "$user" -n -M prepared -c 1 -j 1 \
    -T "$seconds" -D tenant="$tenant" -D year="$year" -D k="$seed/$tenant/" -D applications="$(apps_of "$tenant")" \
    -l --log-prefix="$out/logs/$tag/$query.$tenant.$mode.$RANDOM" -f "$here/$query.sql" cmc >/dev/null
}
# p50 p95 count of the logged transactions (latency in µs, pgbench's third field), in ms.
percentiles() {
  cat "$@" | awk '{ print $3 }' | sort -n | awk '{ v[NR] = $1 } END {
    printf "%.3f %.3f %d", v[int(NR * 0.50) + 1] / 1000, v[int(NR * 0.95) + 1] / 1000, NR }'
}
# EXPLAIN (ANALYZE, BUFFERS) of a query for one city and mode, the pgbench variables as literals.
explain() {
  local mode=$1 tenant=$2 query=$3 tag=$4 user=cmc_bench_bypass options= file
  [ "$mode" = rls ] && { user=cmc_app; options="-c app.tenant_id=$tenant"; }
  file="$out/plans/$tag.$query.$mode.txt"
  { echo "\\pset pager off"
    for _ in 1 2; do # the second run, warm, is the one kept
      echo "\\o $file"
      echo "EXPLAIN (ANALYZE, BUFFERS)"
      grep -v -e '^--' -e '^\\' "$here/$query.sql" | sed -E "s/(^|[^:]):([a-z_]+)/\1:'\2'/g"
    done; } >"$out/explain.sql"
  PGOPTIONS=$options PGPASSWORD=x db -U "$user" -d cmc -v tenant="$tenant" -v year="$year" -v k="$seed/$tenant/" \
    -v applications="$(apps_of "$tenant")" -v page=3 -v a=1001 -f "$out/explain.sql" >/dev/null
}

measure() { # measure TAG QUERY...: both modes, ABBA, every city; prints the markdown rows
  local tag=$1 query tenant r b
  shift
  for query in "$@"; do
    explain rls "$explain_tenant" "$query" "$tag"
    explain bypass "$explain_tenant" "$query" "$tag"
    for tenant in "${tenants[@]}"; do
      pgbench -h localhost -p "$pg_port" -U cmc_bench_bypass -n -M prepared -T 1 -D tenant="$tenant" -D year="$year" \
        -D k="$seed/$tenant/" -D applications="$(apps_of "$tenant")" -f "$here/$query.sql" cmc >/dev/null # warm-up
      bench rls "$tenant" "$query" "$tag"; bench bypass "$tenant" "$query" "$tag"
      bench bypass "$tenant" "$query" "$tag"; bench rls "$tenant" "$query" "$tag"
      read -r r50 r95 rn <<<"$(percentiles "$out/logs/$tag/$query.$tenant.rls".*)"
      read -r b50 b95 bn <<<"$(percentiles "$out/logs/$tag/$query.$tenant.bypass".*)"
      awk -v q="$query" -v t="$tenant" -v tag="$tag" -v r50="$r50" -v r95="$r95" -v rn="$rn" -v b50="$b50" -v b95="$b95" \
        -v bn="$bn" 'BEGIN { printf "| %s | %s | %s | %.3f | %.3f | %.3f | %.3f | **%.2f×** | %.2f× | %d / %d |\n",
          q, t, tag, r50, r95, b50, b95, r50 / b50, r95 / b95, rn, bn }'
    done
  done
}

header='| query | city | indexes | RLS p50 ms | RLS p95 ms | bypass p50 ms | bypass p95 ms | ratio p50 | ratio p95 | runs RLS / bypass |
|---|---|---|---|---|---|---|---|---|---|'
index_names=$(grep -oiE 'create index [a-z_]+' "$migration" | awk '{ print $3 }' | paste -sd, -)
if [ ${#before_queries[@]} -gt 0 ]; then
  echo "== before: without $index_names (dropped for this phase)"
  db -U postgres -d cmc -c "drop index if exists $index_names" >/dev/null
  echo "$header"
  measure before "${before_queries[@]}"
  db -U postgres -d cmc -c "set role cmc_owner" -f "$migration" >/dev/null
fi
echo "== with the platform's indexes (as migrated), ${seconds} s per run, 4 runs per row (RLS, bypass, bypass, RLS)"
echo "$header"
measure after "${queries[@]}"

echo "== the binding itself (RowLevelSecurityBinding's set_config, twice per transaction), ${seconds} s"
for tenant in "${tenants[@]:0:1}"; do
  PGPASSWORD=x pgbench -h localhost -p "$pg_port" -U cmc_app -n -M prepared -c 1 -j 1 -T "$seconds" \
    -D tenant="$tenant" -l --log-prefix="$out/logs/binding" -f "$here/binding.sql" cmc >/dev/null
  read -r p50 p95 n <<<"$(percentiles "$out/logs/binding".*)"
  echo "   set_config round trip: p50 $p50 ms, p95 $p95 ms ($n calls)"
done
echo "== plans (EXPLAIN (ANALYZE, BUFFERS), $explain_tenant) in $out/plans"
for file in "$out"/plans/*.txt; do
  echo "--- $(basename "$file" .txt)"
  sed -n '1,40p' "$file"
done
