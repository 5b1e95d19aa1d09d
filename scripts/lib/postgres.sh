# shellcheck shell=bash disable=SC2034 # PG_PORT, PG_SKIP_REASON are for callers
# Throwaway PostgreSQL cluster for the test suite. Source it (after
# scripts/lib/common.sh), then:
#
#   pg_start   start a fresh cluster on a free 127.0.0.1 port and export
#              DATASHIFT_TEST_POSTGRES_URL=postgres://dstest@127.0.0.1:PORT/postgres
#              Returns 0 when running, 2 when PostgreSQL is not available and
#              could not be installed (reason in $PG_SKIP_REASON; the caller
#              decides between skip and fail), 1 on any other error.
#   pg_stop    stop the cluster and delete its directory. Idempotent; safe to
#              call from an EXIT trap whether or not pg_start ran/succeeded.
#
# Details: the cluster runs as an unprivileged user (initdb refuses root):
# when root, the system user `dstest` is created if needed; otherwise the
# current user runs it. The superuser role is `dstest`, auth is trust, the
# unix socket lives in the temp dir, fsync stays on. Set PG_LOG_KEEP=FILE to
# get a copy of the server log when the cluster is stopped.

PG_TEST_USER=${PG_TEST_USER:-dstest}
PG_START_TIMEOUT=${PG_START_TIMEOUT:-60}
PG_TMP=""
PG_BIN=""
PG_ISREADY=""
PG_PORT=""
PG_SKIP_REASON=""
PG_RUN_AS=()

_pg_find_bin() {
  local cand dirs=()
  if command -v initdb >/dev/null 2>&1; then
    dirs+=("$(dirname "$(readlink -f "$(command -v initdb)")")")
  fi
  # Debian/Ubuntu layout, newest major version first.
  while IFS= read -r cand; do dirs+=("$cand"); done < <(
    compgen -G '/usr/lib/postgresql/*/bin' | sort -t/ -k5,5 -V -r
  )
  PG_BIN=""
  for cand in "${dirs[@]}"; do
    if [[ -x "$cand/initdb" && -x "$cand/pg_ctl" && -x "$cand/postgres" ]]; then
      PG_BIN=$cand
      break
    fi
  done
  [[ -n "$PG_BIN" ]] || return 1
  if [[ -x "$PG_BIN/pg_isready" ]]; then
    PG_ISREADY="$PG_BIN/pg_isready"
  elif command -v pg_isready >/dev/null 2>&1; then
    PG_ISREADY=$(command -v pg_isready)
  else
    warn "pg_isready not found next to $PG_BIN/initdb nor on PATH"
    return 1
  fi
}

# Run a command as the cluster owner, from inside the cluster dir (so a
# root-only cwd cannot get in the way).
_pg_as() {
  (cd "$PG_TMP" && "${PG_RUN_AS[@]}" "$@")
}

_pg_free_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
    return
  fi
  # Fallback: random high ports until nothing answers on one.
  local port i
  for ((i = 0; i < 100; i++)); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  return 1
}

pg_start() {
  PG_SKIP_REASON=""
  if ! _pg_find_bin; then
    if is_root; then
      apt_install postgresql || true
    fi
    if ! _pg_find_bin; then
      PG_SKIP_REASON="PostgreSQL server binaries (initdb, pg_ctl, postgres, pg_isready) not found on PATH or in /usr/lib/postgresql/*/bin"
      is_root || PG_SKIP_REASON+=" (and not root, so not installing the 'postgresql' package)"
      return 2
    fi
  fi
  log "PostgreSQL binaries: $PG_BIN"

  if is_root; then
    if ! id -u "$PG_TEST_USER" >/dev/null 2>&1; then
      log "creating system user $PG_TEST_USER (initdb refuses to run as root)"
      useradd --system --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin "$PG_TEST_USER" || return 1
    fi
    if ! command -v runuser >/dev/null 2>&1; then
      warn "runuser (util-linux) is required to run PostgreSQL as $PG_TEST_USER"
      return 1
    fi
    PG_RUN_AS=(runuser -u "$PG_TEST_USER" --)
  else
    PG_RUN_AS=()
  fi

  # /tmp rather than $TMPDIR: the cluster owner must be able to reach it.
  PG_TMP=$(mktemp -d "${PG_TMPDIR:-/tmp}/datashift-pg.XXXXXX") || return 1
  if is_root; then
    chown "$PG_TEST_USER" "$PG_TMP" || return 1
  fi

  if ! _pg_as "$PG_BIN/initdb" -D "$PG_TMP/data" -U "$PG_TEST_USER" \
    --auth=trust --encoding=UTF8 --locale=C --no-sync \
    >"$PG_TMP/initdb.log" 2>&1; then
    warn "initdb failed:"
    cat "$PG_TMP/initdb.log" >&2
    return 1
  fi

  local attempt port waited ready
  for attempt in 1 2 3; do
    port=$(_pg_free_port) || { warn "no free port found"; return 1; }
    _pg_as "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/postgres.log" -W \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c fsync=on -c unix_socket_directories='$PG_TMP' -c max_connections=200" \
      start >/dev/null || return 1
    # Poll (bounded) until the server accepts connections.
    ready=0
    for ((waited = 0; waited < PG_START_TIMEOUT * 5; waited++)); do
      if "$PG_ISREADY" -q -h 127.0.0.1 -p "$port" -U "$PG_TEST_USER" -d postgres; then
        ready=1
        break
      fi
      # After 2 s, a postmaster that is gone will not come back (e.g. the
      # port was taken in the meantime): retry on another port.
      if ((waited >= 10)) && ! _pg_as "$PG_BIN/pg_ctl" -D "$PG_TMP/data" status >/dev/null 2>&1; then
        break
      fi
      sleep 0.2
    done
    if ((ready)); then
      PG_PORT=$port
      export DATASHIFT_TEST_POSTGRES_URL="postgres://$PG_TEST_USER@127.0.0.1:$port/postgres"
      log "PostgreSQL ready: $DATASHIFT_TEST_POSTGRES_URL"
      return 0
    fi
    warn "PostgreSQL did not become ready on port $port (attempt $attempt); log tail:"
    tail -n 20 "$PG_TMP/postgres.log" >&2 || true
    _pg_as "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m immediate -w -t 10 stop >/dev/null 2>&1 || true
  done
  return 1
}

pg_stop() {
  [[ -n "$PG_TMP" ]] || return 0
  local pidfile="$PG_TMP/data/postmaster.pid" pid
  if [[ -f "$pidfile" ]]; then
    if ! _pg_as "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -m fast -w -t 30 stop >/dev/null 2>&1; then
      pid=$(head -n 1 "$pidfile" 2>/dev/null || true)
      if [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null; then
        warn "pg_ctl stop failed; killing postmaster $pid"
        kill -KILL "$pid" 2>/dev/null || true
      fi
    fi
  fi
  if [[ -n "${PG_LOG_KEEP:-}" && -f "$PG_TMP/postgres.log" ]]; then
    if mkdir -p "$(dirname "$PG_LOG_KEEP")"; then
      { cp "$PG_TMP/postgres.log" "$PG_LOG_KEEP" && chmod 0644 "$PG_LOG_KEEP"; } || true
    fi
  fi
  rm -rf "$PG_TMP"
  PG_TMP=""
  PG_PORT=""
  unset DATASHIFT_TEST_POSTGRES_URL
}
