#!/usr/bin/env bash
# Boot-time series (a benchmark, not a test): unpacks the built distribution N times and, each time, measures a
# fresh start and a restart: wall seconds from `bin/start` to the first `GET /api/v1/health` = 200, and the JVM's
# CPU seconds (user + system) at that moment. CPU time moves less than wall time on a shared machine.
# Optional: a second distribution to compare, run interleaved (A, B, A, B, ...), and extra JVM options.
# Needs a built distribution (mvn install -DskipTests) and a free port 8181.
# Usage: itests/bench/boot-series.sh [runs] [other.tar.gz]     EXTRA_JAVA_OPTS=... applies to every start
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
dists=("$(ls karaf-assembly/target/karaf-assembly-*.tar.gz | head -1)")
[ -n "${2:-}" ] && dists+=("$2")
work=$(mktemp -d)
trap 'pkill -f "karaf.base=$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
tick=$(getconf CLK_TCK)

ready() {  # prints "wall/cpu" seconds at the first 200
  local start pid
  start=$(date +%s.%N)
  COUNTYHALL_ADMIN_PASSWORD='Bench-pass-2026' "$work/run/bin/start" >/dev/null 2>&1
  for _ in $(seq 1 1200); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8181/api/v1/health)" = 200 ]; then
      pid=$(pgrep -f "karaf.base=$work/run" | head -1)
      printf '%.2f/%s' "$(echo "$(date +%s.%N) - $start" | bc)" \
        "$(awk -v t="$tick" '{printf "%.2f", ($14 + $15) / t}' "/proc/$pid/stat")"
      return 0
    fi
    sleep 0.05
  done
  echo "not ready after 60 s" >&2; return 1
}

stop() {
  "$work/run/bin/stop" >/dev/null 2>&1 || true
  while pgrep -f "karaf.base=$work/run" >/dev/null; do sleep 0.2; done
}

echo "| run | distribution | fresh (wall/CPU s) | restart (wall/CPU s) |"
echo "|---|---|---|---|"
for run in $(seq 1 "$runs"); do
  for dist in "${dists[@]}"; do
    rm -rf "$work/run" && mkdir -p "$work/run" && tar -xzf "$dist" -C "$work/run" --strip-components=1
    fresh=$(ready); sleep 2; stop
    again=$(ready); sleep 1; stop
    echo "| $run | $(basename "$dist") | $fresh | $again |"
  done
done
