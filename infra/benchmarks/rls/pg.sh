# Shared by rls-cost.sh and pg-ceiling.sh (sourced, not run): the PostgreSQL server the platform
# embeds (zonky's binaries, packed in the runnable launcher jar), started on a data folder of our
# own so that the benchmarks measure the same server version and settings as the platform's runs.
# Needs: $jar (the runnable launcher jar). Sets: $pg_bin. The client tools (psql, pgbench) are
# the machine's (PostgreSQL 15 client, talking to the 17 server).

pg_client=${PG_CLIENT_BIN:-/usr/lib/postgresql/15/bin}
[ -x "$pg_client/pgbench" ] || pg_client=$(dirname "$(command -v pgbench)")
psql() { "$pg_client/psql" -X -v ON_ERROR_STOP=1 -q "$@"; }
pgbench() { "$pg_client/pgbench" "$@"; }

# Unpacks the server binaries once, next to the build's output (the jar's archive is what
# EmbeddedPostgres itself unpacks under /tmp/embedded-pg).
pg_binaries() {
  local cache=infra/benchmarks/target/pg-embedded
  if [ ! -x "$cache/bin/postgres" ] || [ "$jar" -nt "$cache/bin/postgres" ]; then
    rm -rf "$cache" && mkdir -p "$cache"
    unzip -p "$jar" postgres-linux-x86_64.txz | tar -xJ -C "$cache" && touch "$cache/bin/postgres"
    chmod -R a+rX "$cache"
  fi
  pg_bin=$(cd "$cache/bin" && pwd)
}

# PostgreSQL refuses to run as root: then the server runs as the machine's postgres user.
as_server_user() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# pg_start DATA_DIR PORT: a new cluster (superuser postgres, trust on localhost), started with the
# settings EmbeddedDatabase uses (max_connections 200, shared_buffers 128MB), the rest default.
pg_start() {
  mkdir -p "$1" && chmod 700 "$1"
  [ "$(id -u)" = 0 ] && chown postgres "$1" "$(dirname "$1")"
  as_server_user "$pg_bin/initdb" -D "$1" -U postgres -A trust -E UTF8 --locale=C >/dev/null
  as_server_user "$pg_bin/pg_ctl" -D "$1" -l "$1.log" -w -t 60 \
    -o "-p $2 -c listen_addresses=localhost -c max_connections=200 -c shared_buffers=128MB" start >/dev/null
}

pg_stop() { # pg_stop DATA_DIR: a fast shutdown, if it runs
  [ -f "$1/postmaster.pid" ] && as_server_user "$pg_bin/pg_ctl" -D "$1" -m fast -w stop >/dev/null 2>&1 || true
}

pg_version() { # pg_version PORT
  psql -h localhost -p "$1" -U postgres -d postgres -At -c 'show server_version'
}
