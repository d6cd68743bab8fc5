#!/usr/bin/env bash
# Benchmark of the anonymous CPU-load attack of issue 8 (not a test): 16 clients (wrk -t2 -c16) send logins with
# made-up user names from 127.0.0.1, while a person logs in for the first time (no cached login) from 127.0.0.2 and
# the public calendar is read from 127.0.0.3. Prints each first-login time, the calendar read's median and the load.
# Two floods: with the defaults (the address is refused after security.addressMaxFailures failures), and with that
# limit lifted, to see the per-address and per-node bounds on password checks alone.
# Needs wrk and a built distribution (mvn install -DskipTests); a second argument names another tar.gz to compare.
# Usage: itests/bench/login-flood.sh [seconds] [distribution.tar.gz]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-30}
dist=${2:-$(ls karaf-assembly/target/karaf-assembly-*.tar.gz | head -1)}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
script=$(pwd)/itests/bench/login-flood.lua
work=$(mktemp -d)
trap 'pkill -f "karaf.base=$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
tar -xzf "$dist" -C "$work"
home=$(ls -d "$work"/*/)
home=${home%/}
base=http://127.0.0.1:8181/api/v1
pass='Bench-pass-2026'

COUNTYHALL_ADMIN_PASSWORD=$pass "$home/bin/start" >/dev/null 2>&1
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' $base/health)" = 200 ] && break
  sleep 0.1
done
until [ "$(curl -s -o /dev/null -w '%{http_code}' --interface 127.0.0.4 -u admin:$pass $base/users/me)" = 200 ]; do sleep 0.2; done

new_user() {  # creates a window clerk with a new name (called in $(...): no counter survives), prints the name
  local name="flood-clerk-$(date +%s%N)"
  curl -s -o /dev/null --interface 127.0.0.4 -u admin:$pass -H 'Content-Type: application/json' \
    -d "{\"username\":\"$name\",\"password\":\"Clerk-pass-2026\",\"roles\":[\"window\"]}" $base/users
  echo "$name"
}

first_logins() {  # five first logins of new users from 127.0.0.2, seconds each
  local out=""
  for _ in 1 2 3 4 5; do
    local u t
    u=$(new_user)
    t=$(curl -s -o /dev/null --interface 127.0.0.2 -w '%{http_code}:%{time_total}' -u "$u:Clerk-pass-2026" $base/users/me)
    out="$out $t"
    sleep 0.5
  done
  echo "$out"
}

calendar_median() {  # median of 40 public calendar reads from 127.0.0.3, ms
  for _ in $(seq 1 40); do
    curl -s -o /dev/null --interface 127.0.0.3 -w '%{time_total}\n' "$base/calendar/hall/open?at=2026-11-27T10:00:00%2B08:00"
  done | sort -n | awk '{a[NR]=$1} END {printf "%.1f", a[int((NR+1)/2)] * 1000}'
}

flood() {  # label [path: a plain request flood instead of made-up logins]
  if [ -n "${2:-}" ]; then
    wrk -t2 -c16 -d"${duration}s" "$base/$2" > "$work/wrk.txt" &
  else
    wrk -t2 -c16 -d"${duration}s" -s "$script" "$base/users/me" > "$work/wrk.txt" &
  fi
  local wrk_pid=$!
  sleep 3
  local logins cal load
  logins=$(first_logins)
  cal=$(calendar_median)
  load=$(awk '{print $1}' /proc/loadavg)
  wait "$wrk_pid"
  local rps non2xx
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt")
  non2xx=$(awk '/Non-2xx/ {print $5}' "$work/wrk.txt")
  echo "| $1 | $rps | ${non2xx:-0} | $logins | $cal | $load |"
}

# warm-up: the first logins and reads of a fresh JVM are slow for reasons of their own
for _ in 1 2 3; do curl -s -o /dev/null --interface 127.0.0.4 -u "$(new_user):Clerk-pass-2026" $base/users/me; done
calendar_median >/dev/null
echo "| run | flood req/s | flood answers not 2xx | first logins from another address (status:s) | calendar read p50 (ms) | load (1 min) |"
echo "|---|---|---|---|---|---|"
echo "| quiet | – | – | $(first_logins) | $(calendar_median) | $(awk '{print $1}' /proc/loadavg) |"
flood "16 clients reading /api/v1/ping (no login; the cost of any flood)" ping
flood "16 clients sending made-up logins, defaults"
# lift the per-address failure limit: the bounds on concurrent checks alone
echo "security.addressMaxFailures = 1000000000" >> "$home/etc/org.countyhall.core.cfg"
sleep 4
flood "16 clients sending made-up logins, no address limit"
"$home/bin/stop" >/dev/null 2>&1 || true
for _ in $(seq 1 60); do pgrep -f "karaf.base=$home" >/dev/null || break; sleep 0.5; done
