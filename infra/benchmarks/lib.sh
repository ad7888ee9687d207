# Shared by the benchmark scripts (source it after setting jar, port and data): start and stop the
# runnable platform on an embedded PostgreSQL under $data (or $db_dir when set), and the server's
# resident memory. Extra settings for the server (CMC_DEMO_DATA, CMC_EMBEDDED_DB_PORT...) are read
# from the environment, so export them before calling start.

launcher=
ready_after= # seconds from the launch to /health/ready, of the last start
start() { # starts the platform and waits for /health/ready (not in a subshell: $launcher)
  local begin log=$data/server-$1.log
  begin=$(date +%s.%N)
  CMC_PORT=$port CMC_DATA_DIR=${db_dir:-$data/db} java -jar "$jar" >"$log" 2>&1 &
  launcher=$!
  for _ in $(seq 1 900); do # up to 3 minutes: the machine is shared
    curl -fs "http://localhost:$port/health/ready" >/dev/null 2>&1 && break
    sleep 0.2
  done
  curl -fs "http://localhost:$port/health/ready" >/dev/null || { tail -20 "$log"; exit 1; }
  ready_after=$(awk -v a="$(date +%s.%N)" -v b="$begin" 'BEGIN { printf "%.1f", a - b }')
}
stop() { # the launcher stops its server and database on SIGTERM; wait until the port is free
  [ -n "$launcher" ] && kill "$launcher" 2>/dev/null && wait "$launcher" 2>/dev/null || true
  launcher=
  for _ in $(seq 1 150); do
    curl -fs "http://localhost:$port/health/live" >/dev/null 2>&1 || break
    sleep 0.2
  done
}
server_rss_mb() {
  local server
  server=$(pgrep -f "cmc-platform-microbundle.jar --port $port" | head -1)
  ps -o rss= -p "$server" | awk '{ printf "%.0f", $1 / 1024 }'
}
