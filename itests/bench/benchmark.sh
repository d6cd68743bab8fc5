#!/usr/bin/env bash
# The whole performance table in one run (a benchmark, not a test; the figures go to docs/performance.md):
#   1. start: fresh unpack to the first 200, `domain:install all` to every domain's first 200, and interleaved
#      restarts of a core-only node and of a node with every domain (wall and JVM CPU seconds at the first 200 of
#      everything), hence what one domain adds to a start;
#   2. RSS after the restart with every domain;
#   3. reads against ping in the same run (wrk, 16 clients): every domain's rows;
#   4. writes against raw commits at 1/4/16 (bench:commits from the org.countyhall.bench probe, POST /staff);
#   5. memory under a mixed load of LOAD_MINUTES (RSS and the live heap after a full GC, each minute).
# A domain adds its rows with a file itests/bench/domains/<name>.sh (ready path, seed, reads) and its name in
# DOMAINS. Needs wrk, a built distribution and the probe (mvn install -DskipITs); one node at a time on port 8181.
# Usage: itests/bench/benchmark.sh [seconds-per-row]     RUNS=3 LOAD_MINUTES=10 DOMAINS="staff windows badges"
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-10}
runs=${RUNS:-3}
load_minutes=${LOAD_MINUTES:-10}
read -r -a domains <<<"${DOMAINS:-staff windows badges}"  # each needs itests/bench/domains/<name>.sh
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }
dist=${DIST:-$(ls karaf-assembly/target/karaf-assembly-*.tar.gz | head -1)}
probe=${PROBE:-$(ls itests/org.countyhall.bench/target/org.countyhall.bench-*.jar | head -1)}
work=$(mktemp -d)
trap 'pkill -9 -f "karaf.base=$work" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
api=http://localhost:8181/api/v1
pass='Bench-pass-2026'
auth="Authorization: Basic $(printf 'admin:%s' "$pass" | base64)"
tick=$(getconf CLK_TCK)

unpack() { rm -rf "$1" && mkdir -p "$1" && tar -xzf "$dist" -C "$1" --strip-components=1; }
pid_of() { pgrep -f "karaf.base=$1" | head -1; }
cpu_of() { awk -v t="$tick" '{printf "%.2f", ($14 + $15) / t}' "/proc/$1/stat"; }
rss_of() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
code() { curl -s -o /dev/null -w '%{http_code}' -H "$auth" "$api$1"; }
console() { echo "$2" | "$1/bin/client" -u admin -p "$pass" -b 2>/dev/null || true; }
post() { curl -sf -H "$auth" -H 'Content-Type: application/json' -X POST "$api$1" -d "$2" >/dev/null; }
median() { tr ' ' '\n' | grep . | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

# every domain's rows
ready_paths=(/health)
read_rows=()
for d in "${domains[@]}"; do
  ready=; reads=()
  # shellcheck disable=SC1090
  . "itests/bench/domains/$d.sh"
  ready_paths+=("$ready"); read_rows+=("${reads[@]}")
done

# start $home, wait for the first 200 of every path given; prints "wall cpu"
start_until() {
  local home=$1; shift
  local t0 pid
  t0=$(date +%s.%N)
  COUNTYHALL_ADMIN_PASSWORD=$pass "$home/bin/start" >/dev/null 2>&1
  for p in "$@"; do
    for _ in $(seq 1 1200); do [ "$(code "$p")" = 200 ] && break; sleep 0.05; done
    [ "$(code "$p")" = 200 ] || { echo "$p did not answer 200 within 60 s" >&2; return 1; }
  done
  pid=$(pid_of "$home")
  echo "$(echo "$(date +%s.%N) - $t0" | bc) $(cpu_of "$pid")"
}
stop() {
  "$1/bin/stop" >/dev/null 2>&1 || true
  while pgrep -f "karaf.base=$1" >/dev/null; do sleep 0.2; done
}

# ---- 1. start ---------------------------------------------------------------------------------------------------
fresh_w=(); fresh_c=(); install_w=(); core_w=(); core_c=(); all_w=(); all_c=()
for run in $(seq 1 "$runs"); do
  unpack "$work/core"
  read -r w c < <(start_until "$work/core" /health); fresh_w+=("$w"); fresh_c+=("$c")
  t0=$(date +%s.%N)
  if [ "$run" = 1 ]; then
    unpack "$work/all"; stop "$work/core"
    start_until "$work/all" /health >/dev/null
    t0=$(date +%s.%N)
    console "$work/all" 'domain:install all' >/dev/null
    for p in "${ready_paths[@]}"; do for _ in $(seq 1 1200); do [ "$(code "$p")" = 200 ] && break; sleep 0.05; done; done
    install_w+=("$(echo "$(date +%s.%N) - $t0" | bc)")
    for d in "${domains[@]}"; do ready=; reads=(); . "itests/bench/domains/$d.sh"; seed; done
    stop "$work/all"
  else
    stop "$work/core"
  fi
  read -r w c < <(start_until "$work/core" /health); core_w+=("$w"); core_c+=("$c"); sleep 1; stop "$work/core"
  read -r w c < <(start_until "$work/all" "${ready_paths[@]}"); all_w+=("$w"); all_c+=("$c"); sleep 1
  [ "$run" = "$runs" ] || stop "$work/all"
done
n=${#domains[@]}
m() { printf '%.2f' "$(echo "$@" | median)"; }
per_w=$(echo "scale=2; ($(m "${all_w[@]}") - $(m "${core_w[@]}")) / $n" | bc)
per_c=$(echo "scale=2; ($(m "${all_c[@]}") - $(m "${core_c[@]}")) / $n" | bc)
echo "| start ($runs runs, medians) | wall s | JVM CPU s |"
echo "|---|---|---|"
echo "| fresh unpack to the first 200 (core) | $(m "${fresh_w[@]}") | $(m "${fresh_c[@]}") |"
echo "| domain:install all to every domain's first 200 | $(m "${install_w[@]}") | |"
echo "| restart, core only | $(m "${core_w[@]}") | $(m "${core_c[@]}") |"
echo "| restart with ${domains[*]} (every domain 200) | $(m "${all_w[@]}") | $(m "${all_c[@]}") |"
echo "| one domain's start (difference / $n) | $per_w | $per_c |"
echo "  (each run: ${all_w[*]} s wall with domains, ${core_w[*]} s core only)"

# ---- 2. memory after the restart ---------------------------------------------------------------------------------
home=$work/all
pid=$(pid_of "$home")
sleep 10
echo
echo "| RSS 10 s after the restart with every domain | $(rss_of "$pid") MiB |"

# ---- 3. reads against ping ---------------------------------------------------------------------------------------
measure() {  # path [header] -> "req/s p50 p99"
  if [ $# -gt 1 ]; then wrk -t2 -c16 -d"${seconds}s" --latency -H "$2" "$api$1" > "$work/wrk.txt"
  else wrk -t2 -c16 -d"${seconds}s" --latency "$api$1" > "$work/wrk.txt"; fi
  if grep -q 'Non-2xx' "$work/wrk.txt"; then echo "non-2xx answers from $1:" >&2; cat "$work/wrk.txt" >&2; fi
  echo "$(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt") $(awk '$1=="50%" {print $2}' "$work/wrk.txt") \
$(awk '$1=="99%" {print $2}' "$work/wrk.txt")"
}
row_args() {  # a read row -> path [header]
  local path kind
  IFS='|' read -r _ path kind <<<"$1"
  if [ "$kind" = public ]; then echo "$path"; else printf '%s\n%s\n' "$path" "$auth"; fi
}
for _ in 1 2; do  # warm-up: every path compiled by the JIT before any measurement
  wrk -t2 -c16 -d5s "$api/ping" >/dev/null
  for row in "${read_rows[@]}"; do mapfile -t a < <(row_args "$row"); measure "${a[@]}" >/dev/null; done
done
echo
echo "| read (wrk -t2 -c16 -d${seconds}s) | req/s | p50 | p99 | of ping |"
echo "|---|---|---|---|---|"
read -r ping p50 p99 < <(measure /ping)
echo "| GET /api/v1/ping (constant) | $ping | $p50 | $p99 | 100 % |"
for row in "${read_rows[@]}"; do
  mapfile -t a < <(row_args "$row")
  read -r rps p50 p99 < <(measure "${a[@]}")
  echo "| ${row%%|*} | $rps | $p50 | $p99 | $(( rps * 100 / ping )) % |"
done

# ---- 4. writes against raw commits -------------------------------------------------------------------------------
cp "$probe" "$home/deploy/"
for _ in $(seq 1 60); do console "$home" "bench:commits --seconds 1" | grep -q per-second && break; sleep 0.5; done
rate() { console "$home" "bench:commits --mode $1 --threads $2 --seconds $seconds" | sed -n 's/.*per-second=\([0-9]*\).*/\1/p'; }
creates() {
  local t=$(( $1 < 2 ? 1 : 2 ))
  wrk -t$t -c"$1" -d"${seconds}s" -s itests/bench/staff-create.lua -H "$auth" http://localhost:8181 -- "C$1x$RANDOM" \
    > "$work/wrk.txt"
  grep -q 'Non-2xx' "$work/wrk.txt" && { echo "non-2xx answers:" >&2; cat "$work/wrk.txt" >&2; }
  awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/wrk.txt"
}
for mode in raw all; do rate $mode 4 >/dev/null; done
creates 4 >/dev/null
echo
echo "| write (${seconds} s each) | 1 | 4 | 16 |"
echo "|---|---|---|---|"
declare -A raw
for t in 1 4 16; do raw[$t]=$(rate raw $t); done
echo "| bench:commits --mode raw (commits/s) | ${raw[1]} | ${raw[4]} | ${raw[16]} |"
echo "| bench:commits --mode all: JTA, audit, outbox (commits/s) | $(rate all 1) | $(rate all 4) | $(rate all 16) |"
c1=$(creates 1); c4=$(creates 4); c16=$(creates 16)
echo "| POST /api/v1/staff (creates/s) | $c1 | $c4 | $c16 |"
pct() { [ -n "$2" ] && [ "$2" -gt 0 ] && echo "$(( $1 * 100 / $2 )) %" || echo "?"; }
echo "| POST /api/v1/staff, % of raw | $(pct "$c1" "${raw[1]}") | $(pct "$c4" "${raw[4]}") | $(pct "$c16" "${raw[16]}") |"

# ---- 5. memory under a mixed load --------------------------------------------------------------------------------
[ "$load_minutes" -gt 0 ] || exit 0
heap() {  # live heap after a full GC, MiB
  jcmd "$pid" GC.run >/dev/null 2>&1
  jcmd "$pid" GC.heap_info 2>/dev/null | awk '/generation/ {for (i=1;i<=NF;i++) if ($i=="used") {v=$(i+1); sub("K","",v); s+=v}} END {printf "%.0f", s/1024}'
}
echo
echo "| mixed load (wrk -t2 -c8 mixed.lua, 1 create in 20) | minute | RSS MiB | live heap MiB |"
echo "|---|---|---|---|"
echo "| before | 0 | $(rss_of "$pid") | $(heap) |"
wrk -t2 -c8 -d"$(( load_minutes * 60 ))s" -s itests/bench/mixed.lua -H "$auth" http://localhost:8181 -- "M$RANDOM" \
  > "$work/mixed.txt" &
load=$!
for minute in $(seq 1 "$load_minutes"); do
  sleep 60
  echo "| under load | $minute | $(rss_of "$pid") | $(heap) |"
done
wait $load
echo "  (mixed load: $(awk '/requests in/ {print $1}' "$work/mixed.txt") requests, $(awk '/Requests\/sec/ {printf "%.0f", $2}' "$work/mixed.txt") req/s, $(grep -c 'Non-2xx' "$work/mixed.txt" || true) line(s) of non-2xx)"
stop "$home"
