#!/usr/bin/env bash
# Benchmark of the platform core (not a test): boot time of a freshly unpacked distribution, restart time,
# and throughput of the constant ping endpoint vs GET /api/v1/health vs a calendar read, in the same run.
# Needs wrk (apt-get install wrk) and a built distribution (mvn install -DskipTests).
# Usage: itests/bench/core-benchmark.sh [seconds-per-endpoint]   (prints Markdown rows for docs/performance.md)
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

ready() {  # seconds from launch until /api/v1/health answers 200
  local start end
  start=$(date +%s.%N)
  COUNTYHALL_ADMIN_PASSWORD='Bench-pass-2026' "$home/bin/start" >/dev/null 2>&1
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:$port/api/v1/health)" = 200 ]; then
      end=$(date +%s.%N); echo "$end - $start" | bc; return 0
    fi
    sleep 0.05
  done
  echo "not ready after 60 s" >&2; return 1
}

stop() {
  "$home/bin/stop" >/dev/null 2>&1 || true
  for _ in $(seq 1 120); do pgrep -f "karaf.base=${home%/}" >/dev/null || return 0; sleep 0.5; done
}

first=$(ready); stop
second=$(ready)
sleep 3   # let the first-request class loading settle before measuring
rss=$(ps -o rss= -p "$(pgrep -f "karaf.base=${home%/}" | head -1)" | awk '{printf "%.0f", $1/1024}')

measure() {  # name url -> "| name | req/s | p50 | p99 |"
  wrk -t2 -c16 -d"${duration}s" --latency "$2" > "$work/wrk.txt"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/wrk.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/wrk.txt")
  echo "| $1 | $rps | $p50 | $p99 |"
}

# warm-up: let the JIT compile every path before any measurement, so the order of the rows does not matter
for round in 1 2; do
  for path in ping health "calendar/hall/open?at=2026-11-27T10:00:00%2B08:00"; do
    wrk -t2 -c16 -d10s "http://localhost:$port/api/v1/$path" >/dev/null
  done
done
echo "Boot to first 200 on a fresh unpack: ${first} s; restart: ${second} s; RSS after boot: ${rss} MiB"
echo
echo "| endpoint (wrk -t2 -c16 -d${duration}s) | req/s | p50 | p99 |"
echo "|---|---|---|---|"
measure "GET /api/v1/ping (constant)" "http://localhost:$port/api/v1/ping"
measure "GET /api/v1/health (database check)" "http://localhost:$port/api/v1/health"
measure "GET /api/v1/calendar/hall/open?at=... (calendar read)" \
  "http://localhost:$port/api/v1/calendar/hall/open?at=2026-11-27T10:00:00%2B08:00"
stop
