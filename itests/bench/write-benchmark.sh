#!/usr/bin/env bash
# Write benchmark (not a test; issue 9): in one run on one distribution, single-row commits on the platform's own
# DataSource at 1, 4 and 16 threads — raw JDBC, then adding JTA, the audit record and the outbox event one step at
# a time (bench:commits, from the org.countyhall.bench probe dropped into deploy/) — beside the REST create of a
# domain (POST /api/v1/staff, wrk with a new staff number per request) and a card issuance (POST /api/v1/badges/cards,
# badges alone: holder and chip new per request, deposit line, audit, two events) at 1, 4 and 16 clients.
# Needs wrk and a built distribution (mvn install -DskipTests). PostgreSQL: .ci/postgres start, then DB=postgres.
# Usage: itests/bench/write-benchmark.sh [seconds]   (prints Markdown rows for docs/performance.md)
# DIST=<tar.gz> PROBE=<jar> measure another build (an older commit, for before/after in the same session).
set -euo pipefail
cd "$(dirname "$0")/../.."
. itests/nodes/postgres.sh
duration=${1:-10}
db=${DB:-derby}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
dist=${DIST:-$(ls karaf-assembly/target/karaf-assembly-*.tar.gz | head -1)}
probe=${PROBE:-$(ls itests/org.countyhall.bench/target/org.countyhall.bench-*.jar | head -1)}
work=$(mktemp -d)
trap 'pkill -f "karaf.base=$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
tar -xzf "$dist" -C "$work"
home=$(ls -d "$work"/*/)
api="http://localhost:8181/api/v1"
pass='Bench-pass-2026'
if [ "$db" = postgres ]; then
  fresh_database countyhall_bench
  use_postgres "$home" countyhall_bench
fi

COUNTYHALL_ADMIN_PASSWORD=$pass "$home/bin/start" >/dev/null 2>&1
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' $api/health)" = 200 ] && break; sleep 0.05
done
console() { echo "$1" | "$home/bin/client" -u admin -p "$pass" -b 2>/dev/null; }
console 'domain:install staff' >/dev/null
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$pass" $api/staff)" = 200 ] && break; sleep 0.1
done
console 'domain:install badges' >/dev/null
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$pass" $api/badges/cards)" = 200 ] && break; sleep 0.1
done
cp "$probe" "$home/deploy/"
for _ in $(seq 1 60); do console "bench:commits --seconds 1" | grep -q per-second && break; sleep 0.5; done
auth="Authorization: Basic $(printf 'admin:%s' "$pass" | base64)"

rate() {  # mode threads -> commits per second
  console "bench:commits --mode $1 --threads $2 --seconds $duration" | sed -n 's/.*per-second=\([0-9]*\).*/\1/p'
}
rest() {  # clients -> staff creates per second
  local t=$(( $1 < 2 ? 1 : 2 ))
  wrk -t$t -c"$1" -d"${duration}s" -s itests/bench/staff-create.lua -H "$auth" http://localhost:8181 -- "C$1x$RANDOM" \
    > "$work/wrk.txt"
  grep -q 'Non-2xx' "$work/wrk.txt" && { echo "non-2xx answers:" >&2; cat "$work/wrk.txt" >&2; }
  awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt"
}
issue() {  # clients -> card issuances per second (badges without the staff directory: the office states the holder)
  local t=$(( $1 < 2 ? 1 : 2 ))
  wrk -t$t -c"$1" -d"${duration}s" -s itests/bench/badges-issue.lua -H "$auth" http://localhost:8181 -- "$RANDOM" \
    > "$work/wrk.txt"
  grep -q 'Non-2xx' "$work/wrk.txt" && { echo "non-2xx answers:" >&2; cat "$work/wrk.txt" >&2; }
  awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt"
}

# warm-up: every path compiled by the JIT before any measurement
for mode in raw all; do console "bench:commits --mode $mode --threads 4 --seconds 5" >/dev/null; done
rest 4 >/dev/null

echo "| $db, ${duration} s each | 1 | 4 | 16 |"
echo "|---|---|---|---|"
for mode in raw jta audit outbox all; do
  echo "| bench:commits --mode $mode (commits/s) | $(rate $mode 1) | $(rate $mode 4) | $(rate $mode 16) |"
done
echo "| POST /api/v1/staff (wrk, creates/s) | $(rest 1) | $(rest 4) | $(rest 16) |"
# the issuance row without the staff directory, so that every request names a new holder the office states
console 'domain:uninstall staff' >/dev/null
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$pass" $api/staff)" = 404 ] && break; sleep 0.1
done
sleep 2  # the directory's service goes after its endpoint: the first issuances could still ask it
issue 4 >/dev/null
echo "| POST /api/v1/badges/cards (wrk, issuances/s) | $(issue 1) | $(issue 4) | $(issue 16) |"
"$home/bin/stop" >/dev/null 2>&1 || true
for _ in $(seq 1 120); do pgrep -f "karaf.base=${home%/}" >/dev/null || break; sleep 0.5; done
