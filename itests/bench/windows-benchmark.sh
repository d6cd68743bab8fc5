#!/usr/bin/env bash
# Benchmark of the window registry (not a test): the public posting of a window (GET /api/v1/windows/{number},
# served from a snapshot at most posting.maxAgeSeconds old) and the public list, against the constant ping endpoint,
# in the same run; plus the logged-in JPA read of the same window for comparison.
# Needs wrk (apt-get install wrk) and a built distribution (mvn install -DskipTests).
# Usage: itests/bench/windows-benchmark.sh [seconds-per-endpoint]   (prints Markdown rows for docs/performance.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-10}
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
dist=$(ls karaf-assembly/target/karaf-assembly-*.tar.gz | head -1)
work=$(mktemp -d)
trap 'pkill -f "karaf.base=$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
tar -xzf "$dist" -C "$work"
home=$(ls -d "$work"/*/)
port=8181
api="http://localhost:$port/api/v1"
pass='Bench-pass-2026'

COUNTYHALL_ADMIN_PASSWORD=$pass "$home/bin/start" >/dev/null 2>&1
for _ in $(seq 1 1200); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' $api/health)" = 200 ] && break; sleep 0.05
done
echo 'domain:install all' | "$home/bin/client" -u admin -p "$pass" -b >/dev/null 2>&1
for _ in $(seq 1 600); do
  [ "$(curl -s -o /dev/null -w '%{http_code}' $api/windows)" = 200 ] && break; sleep 0.1
done
curl -sf -u "admin:$pass" -H 'Content-Type: application/json' -X POST $api/staff \
  -d '{"number":"B001","name":"张三","department":"税务局","qualifications":["TAX-1","TAX-2"]}' >/dev/null
curl -sf -u "admin:$pass" -H 'Content-Type: application/json' -X POST $api/windows \
  -d '{"number":"01","name":"税务综合窗口","type":"COMPREHENSIVE","department":"税务局","hall":"政务服务大厅",
       "a":"B001","complaintPhone":"0531-12345","itemCodes":["TAX-1","TAX-2"]}' >/dev/null
auth="Authorization: Basic $(printf 'admin:%s' "$pass" | base64)"

measure() {  # name url [header] -> "| name | req/s | p50 | p99 |"
  if [ $# -gt 2 ]; then wrk -t2 -c16 -d"${duration}s" --latency -H "$3" "$2" > "$work/wrk.txt"
  else wrk -t2 -c16 -d"${duration}s" --latency "$2" > "$work/wrk.txt"; fi
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
  echo "| $1 | $rps | $p50 | $p99 |"
}

# warm-up: every path compiled by the JIT before any measurement
for round in 1 2; do
  for path in ping windows/01 windows; do wrk -t2 -c16 -d10s "$api/$path" >/dev/null; done
  wrk -t2 -c16 -d5s -H "$auth" "$api/windows/01/details" >/dev/null
done
echo "| endpoint (wrk -t2 -c16 -d${duration}s) | req/s | p50 | p99 |"
echo "|---|---|---|---|"
measure "GET /api/v1/ping (constant)" "$api/ping"
measure "GET /api/v1/windows/01 (public posting)" "$api/windows/01"
measure "GET /api/v1/windows (public list)" "$api/windows"
measure "GET /api/v1/windows/01/details (logged in, JPA read)" "$api/windows/01/details" "$auth"
"$home/bin/stop" >/dev/null 2>&1 || true
for _ in $(seq 1 120); do pgrep -f "karaf.base=${home%/}" >/dev/null || break; sleep 0.5; done
