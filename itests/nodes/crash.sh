#!/usr/bin/env bash
# Crash safety (issue 4): under write load, kill -9 the Karaf process, restart it, and check that every write that
# was acknowledged (HTTP 201) is present. Writers create staff members with unique numbers and record a number only
# after its 201 arrived. Prints the counts for docs/operations.md.
# Usage: itests/nodes/crash.sh derby|postgresql [seconds-of-load]
#        (postgresql needs .ci/postgres start; both need a built distribution)
set -euo pipefail
cd "$(dirname "$0")/../.."
. itests/nodes/postgres.sh
database=${1:?derby or postgresql}
seconds=${2:-8}
writers=4
pass='Crash-pass-2026'
port=8381
api=http://127.0.0.1:$port/api/v1
dist=$(ls karaf-assembly/target/karaf-assembly-*.tar.gz | head -n 1)
work=$(mktemp -d)
home=$work/node

cleanup() {
  pkill -9 -f "karaf.base=$home" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$home"; tar -xzf "$dist" -C "$home" --strip-components=1
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^org.osgi.service.http.port.secure *=.*/org.osgi.service.http.port.secure = $((port + 300))/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = 8121/" "$home/etc/org.apache.karaf.shell.cfg"
if [ "$database" = postgresql ]; then
  fresh_database countyhall_crash
  use_postgres "$home" countyhall_crash
fi

start() {
  COUNTYHALL_ADMIN_PASSWORD=$pass "$home/bin/start" >/dev/null 2>&1
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$api/health")" = 200 ] && return 0
    sleep 0.2
  done
  echo "not ready after 120 s" >&2; tail -n 40 "$home/data/log/karaf.log" >&2; return 1
}

start
echo 'domain:install staff' | "$home/bin/client" -a 8121 -u admin -p "$pass" -b >/dev/null 2>&1
for _ in $(seq 1 300); do [ "$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$pass" "$api/staff")" = 200 ] && break; sleep 0.2; done

writer() {  # id: create K<id>-<n> until told to stop; a number is recorded only after its 201
  local i=0 code
  while [ ! -e "$work/stop" ]; do
    i=$((i + 1))
    code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 10 -u "admin:$pass" -H 'Content-Type: application/json' \
      -X POST "$api/staff" -d "{\"number\":\"K$1-$i\",\"name\":\"压力测试\",\"department\":\"d\"}" || true)
    if [ "$code" = 201 ]; then echo "K$1-$i" >> "$work/acked-$1"; fi
    echo "K$1-$i" >> "$work/sent-$1"
  done
}
for w in $(seq 1 $writers); do writer "$w" & done
sleep "$seconds"
pkill -9 -f "karaf.base=$home"          # the crash, in the middle of the writes
sleep 1; touch "$work/stop"; wait
acked=$(cat "$work"/acked-* 2>/dev/null | wc -l)
sent=$(cat "$work"/sent-* | wc -l)

start                                  # recovery: the database replays its log at start
missing=0
while read -r n; do
  [ "$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$pass" "$api/staff/$n")" = 200 ] || missing=$((missing + 1))
done < <(cat "$work"/acked-*)
present=$(curl -s -u "admin:$pass" "$api/staff?limit=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
echo "crash on $database: $sent writes sent by $writers writers in ${seconds} s, $acked acknowledged (201)," \
  "$missing of those missing after kill -9 and restart; $present rows present (acknowledged or in flight)"
scan=0
itests/nodes/scan-logs.sh "$home/data/log" || scan=1   # the log of the crashed run and of the recovery
[ "$missing" = 0 ] && [ "$acked" -gt 0 ] && [ "$scan" = 0 ]
