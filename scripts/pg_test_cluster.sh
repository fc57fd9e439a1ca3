#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster on 127.0.0.1 for hadath's storage tests.
#
#   scripts/pg_test_cluster.sh [start]    initdb into a temp dir, start on a free port, create a
#                                         database; print its URL on stdout (nothing else)
#   scripts/pg_test_cluster.sh stop DIR   stop the cluster whose directory is DIR and remove DIR
#
# Use:  export HADATH_TEST_PG_URL="$(scripts/pg_test_cluster.sh)"
# The cluster directory is printed on stderr and written to $HADATH_PG_DIR_FILE when that is set.
# Needs Debian's postgresql package; as root, the script installs it when missing and runs the
# server as the 'postgres' user (PostgreSQL refuses to run as root).
set -euo pipefail

die() { echo "pg_test_cluster: $*" >&2; exit 1; }

find_bin() {
  local d
  d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [ -n "$d" ] && [ -x "$d/initdb" ] && echo "$d"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

cmd=${1:-start}
case "$cmd" in
  stop)
    dir=${2:-${HADATH_PG_DIR:-}}
    [ -n "$dir" ] && [ -d "$dir" ] || die "usage: $0 stop DIR (the directory printed at start)"
    PGBIN=$(find_bin) || die "PostgreSQL binaries not found"
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    exit 0
    ;;
  start) ;;
  *) die "unknown command '$cmd' (use start or stop DIR)" ;;
esac

PGBIN=$(find_bin || true)
if [ -z "$PGBIN" ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "pg_test_cluster: installing Debian postgresql" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    PGBIN=$(find_bin) || die "postgresql installed but initdb not found"
  else
    die "PostgreSQL is not installed: run 'apt-get install postgresql' as root"
  fi
fi

if [ "$(id -u)" = 0 ] && ! id postgres >/dev/null 2>&1; then
  die "user 'postgres' is missing: reinstall Debian's postgresql package"
fi

dir=$(mktemp -d /tmp/hadath-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" = 0 ] && chown postgres "$dir"

port=$(python3 - <<'PY'
import socket
s = socket.socket()
s.bind(("127.0.0.1", 0))
print(s.getsockname()[1])
s.close()
PY
)

as_owner "$PGBIN/initdb" -D "$dir/data" -U hadath --auth=trust -E UTF8 --locale=C.UTF-8 \
  >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null 2>&1 || { cat "$dir/server.log" >&2; die "pg_ctl start failed"; }
as_owner "$PGBIN/createdb" -h 127.0.0.1 -p "$port" -U hadath hadath_test \
  || die "createdb failed (see $dir/server.log)"

echo "pg_test_cluster: cluster in $dir (stop with: $0 stop $dir)" >&2
if [ -n "${HADATH_PG_DIR_FILE:-}" ]; then echo "$dir" >"$HADATH_PG_DIR_FILE"; fi
echo "postgresql://hadath@127.0.0.1:$port/hadath_test"
