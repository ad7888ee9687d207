#!/usr/bin/env bash
# Start-up with class-data sharing (AppCDS), tried: a second server started beside the platform, on
# the same database, and timed from launch to /health/ready, three ways, alternated ROUNDS times:
#   bundle  - the microbundle as the launcher starts it (java -jar cmc-platform-microbundle.jar);
#   rootdir - Payara Micro's runtime unpacked once (--rootdir R --outputlauncher, then
#             java -jar R/launch-micro.jar --deploy ROOT.war): no unpacking at each start;
#   cds     - rootdir with a dynamic CDS archive recorded by a first, training start
#             (-XX:ArchiveClassesAtExit, then -XX:SharedArchiveFile).
# The same JVM options as the launcher's. Then one more cds start with -Xlog:class+load counts the
# classes that came from the archive.
#
#   ./mvnw -q -DskipTests package && bash infra/benchmarks/startup-cds.sh DATA_DIR
#
# DATA_DIR: a directory built by network-dataset.sh (its db/ is used as it is: nothing is written
# but what the servers' relays write). Settings: ROUNDS (default 3), BENCH_PORT (default 18440,
# the platform), BENCH_TRIAL_PORT (default 18442, the timed servers), BENCH_DB_PORT (default 18441).
set -euo pipefail
cd "$(dirname "$0")/../.."

jar=infra/launcher/target/cmc-launcher-runnable.jar
bundle_jar=infra/server/target/cmc-platform-microbundle.jar
[ -f "$jar" ] && [ -f "$bundle_jar" ] || { echo "build first: ./mvnw -q -DskipTests package" >&2; exit 2; }
[ $# -eq 1 ] && [ -d "$1/db" ] || { echo "usage: $0 DATA_DIR (built by network-dataset.sh)" >&2; exit 2; }
data=$1
port=${BENCH_PORT:-18440}
db_port=${BENCH_DB_PORT:-18441}
trial_port=${BENCH_TRIAL_PORT:-18442}
work=$(mktemp -d /tmp/cmc-cds.XXXXXX)
export CMC_DEMO_DATA=false CMC_DEMO_ENABLED=true CMC_EMBEDDED_DB_PORT=$db_port
# shellcheck source=lib.sh
source infra/benchmarks/lib.sh
cleanup() {
  stop
  rm -rf "$work"
}
trap cleanup EXIT

echo "== nproc $(nproc), $(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)"
start cds
echo "== the platform on $data: ${ready_after} s to ready (it keeps the database up for the trial)"

# The timed servers: the launcher's settings for its server, on another port.
server=$(pgrep -f "cmc-platform-microbundle.jar --port $port" | head -1)
while IFS= read -r setting; do
  case $setting in CMC_*) export "${setting?}" ;; esac
done < <(tr '\0' '\n' <"/proc/$server/environ")
export CMC_PORT=$trial_port
read -r -a options < <(ps -o args= -p "$server" | sed 's/ -jar .*//' | cut -d' ' -f2-)

cp "$bundle_jar" "$work/bundle.jar"
java -jar "$work/bundle.jar" --rootdir "$work/root" --outputlauncher >/dev/null
unzip -q -j "$work/bundle.jar" MICRO-INF/deploy/ROOT.war -d "$work"
# The bundle's own system properties (server pom), given on the command line to the rootdir starts.
bundled=(-Dpayaramicro.noCluster=true -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl)

timed() { # label, command...: one start, to ready; prints seconds and resident memory, then stops it
  local label=$1 begin pid seconds rss
  shift
  begin=$(date +%s.%N)
  "$@" >"$work/$label.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 1800); do
    curl -fs "http://localhost:$trial_port/health/ready" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { tail -20 "$work/$label.log"; exit 1; }
    sleep 0.1
  done
  seconds=$(awk -v a="$(date +%s.%N)" -v b="$begin" 'BEGIN { printf "%.1f", a - b }')
  rss=$(ps -o rss= -p "$pid" | awk '{ printf "%.0f", $1 / 1024 }')
  printf '   %-10s %6s s to ready, RSS %s MB\n' "$label" "$seconds" "$rss"
  kill "$pid"
  wait "$pid" 2>/dev/null || true
  while curl -fs "http://localhost:$trial_port/health/live" >/dev/null 2>&1; do sleep 0.2; done
}
rootdir=(java "${options[@]}" "${bundled[@]}" -jar "$work/root/launch-micro.jar" --deploy "$work/ROOT.war"
  --port "$trial_port" --nocluster)

echo "== training start (records the archive at exit)"
timed training java -XX:ArchiveClassesAtExit="$work/app.jsa" "${rootdir[@]:1}"
echo "   archive $(du -m "$work/app.jsa" | cut -f1) MB"
for round in $(seq 1 "${ROUNDS:-3}"); do
  echo "== round $round"
  timed bundle java "${options[@]}" -jar "$work/bundle.jar" --port "$trial_port" --nocluster
  timed rootdir "${rootdir[@]}"
  timed cds java -XX:SharedArchiveFile="$work/app.jsa" "${rootdir[@]:1}"
done
echo "== classes loaded from the archive, one more cds start"
timed cds-log java -XX:SharedArchiveFile="$work/app.jsa" -Xlog:class+load=info:file="$work/classes.txt" "${rootdir[@]:1}"
echo "   $(grep -c 'shared objects file' "$work/classes.txt") of $(grep -c '' "$work/classes.txt") classes from the archive"
