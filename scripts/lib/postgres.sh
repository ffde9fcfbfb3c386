# A throwaway PostgreSQL 15 cluster for tests and benchmarks: postgres_start sets POSTGRES_URL,
# postgres_stop stops the server and removes its folder. Runs the server as the postgres user.
PG_BIN=/usr/lib/postgresql/15/bin

postgres_free_port() {
  local port
  for _ in $(seq 1 50); do
    port=$((20000 + RANDOM % 20000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"; return 0
    fi
  done
  echo "no free port found" >&2; return 1
}

postgres_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

postgres_start() {
  POSTGRES_DIR=$(mktemp -d /tmp/assure-pg.XXXXXX)
  [ "$(id -u)" -eq 0 ] && chown postgres:postgres "$POSTGRES_DIR"
  postgres_as_owner "$PG_BIN/initdb" -D "$POSTGRES_DIR/data" -U postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 >"$POSTGRES_DIR/initdb.log" 2>&1
  POSTGRES_PORT=$(postgres_free_port)
  postgres_as_owner "$PG_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -l "$POSTGRES_DIR/server.log" -w \
    -o "-p $POSTGRES_PORT -c listen_addresses=127.0.0.1 -k $POSTGRES_DIR -c fsync=off -c max_connections=200" \
    start >/dev/null
  POSTGRES_URL="postgresql://postgres@127.0.0.1:$POSTGRES_PORT/postgres"
  echo "postgres: started on 127.0.0.1:$POSTGRES_PORT"
}

postgres_stop() {
  if [ -n "${POSTGRES_DIR:-}" ] && [ -d "$POSTGRES_DIR/data" ]; then
    postgres_as_owner "$PG_BIN/pg_ctl" -D "$POSTGRES_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$POSTGRES_DIR"
    echo "postgres: stopped"
  fi
}
