#!/usr/bin/env bash
# Two CountyHall nodes on one PostgreSQL database (issue 4): two real Karaf processes from the built tar.gz, on
# different ports, sharing a fresh database on the cluster that .ci/postgres starts. Not a Pax Exam test: Pax Exam
# hosts one container. Checks, and prints figures for docs/operations.md:
#   1. a user created on node A logs in on node B;
#   2. business numbers stay unique under concurrent creates on both nodes (windows, staff, access cards);
#   3. a job run on both nodes for the same day runs once;
#   4. changes made on A are seen on B within the documented bounds (public posting 5 s, a password change 5 s);
#   5. one event, two nodes, handled once: windows' consumer of staff departures runs on both nodes;
#   and, as both nodes are configured to sit behind a load balancer, Location headers use X-Forwarded-*.
# Usage: itests/nodes/two-nodes.sh    (needs .ci/postgres start and a built distribution)
set -euo pipefail
cd "$(dirname "$0")/../.."
. itests/nodes/postgres.sh
db=countyhall_nodes
pass='Nodes-pass-2026'
dist=$(ls karaf-assembly/target/karaf-assembly-*.tar.gz | head -n 1)
work=$(mktemp -d)
failures=0

cleanup() {
  for n in a b; do [ -x "$work/$n/bin/stop" ] && "$work/$n/bin/stop" >/dev/null 2>&1 || true; done
  sleep 2; pkill -f "karaf.base=$work" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

check() {  # description, then a command whose success is the check
  local what=$1; shift
  if "$@"; then echo "ok    $what"; else echo "FAIL  $what"; failures=$((failures + 1)); fi
}

fresh_database $db

node() {  # name http-port ssh-port: unpack and configure one node
  local home=$work/$1
  mkdir -p "$home"; tar -xzf "$dist" -C "$home" --strip-components=1
  use_postgres "$home" $db
  sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $2/" "$home/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^org.osgi.service.http.port.secure *=.*/org.osgi.service.http.port.secure = $(($2 + 300))/" "$home/etc/org.ops4j.pax.web.cfg"
  # behind a load balancer, as docs/operations.md says: take scheme and host from X-Forwarded-*
  echo "org.osgi.service.http.checkForwardedHeaders = true" >> "$home/etc/org.ops4j.pax.web.cfg"
  sed -i "s/^sshPort *=.*/sshPort = $3/" "$home/etc/org.apache.karaf.shell.cfg"
}

start() {  # name http-port
  COUNTYHALL_ADMIN_PASSWORD=$pass "$work/$1/bin/start" >/dev/null 2>&1
  for _ in $(seq 1 600); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2/api/v1/health")" = 200 ] && return 0
    sleep 0.2
  done
  echo "node $1 not ready after 120 s" >&2; tail -n 50 "$work/$1/data/log/karaf.log" >&2; return 1
}

console() {  # name ssh-port command
  echo "$3" | "$work/$1/bin/client" -a "$2" -u admin -p "$pass" -b 2>/dev/null
}

A=http://127.0.0.1:8281/api/v1
B=http://127.0.0.1:8282/api/v1
node a 8281 8111
node b 8282 8112
start a 8281    # A first: it creates the schema and the first admin
start b 8282
console a 8111 'domain:install all' >/dev/null
console b 8112 'domain:install all' >/dev/null
for url in $A $B; do
  for _ in $(seq 1 300); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$url/windows")" = 200 ] && break; sleep 0.2; done
  for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$pass" "$url/badges/cards?limit=1")" = 200 ] && break; sleep 0.2
  done
done

# 1. users are shared
curl -s -o /dev/null -u "admin:$pass" -H 'Content-Type: application/json' -X POST "$A/users" \
  -d '{"username":"node-clerk","password":"Node-clerk-pass-1","staffNumber":"N-1","roles":["office"]}'
check "a user created on A logs in on B" \
  test "$(curl -s -o /dev/null -w '%{http_code}' -u node-clerk:Node-clerk-pass-1 "$B/users/me")" = 200

# 1b. behind the load balancer, a Location header carries the address the client used, not the node's
location=$(curl -s -o /dev/null -D - -u "admin:$pass" -H 'Content-Type: application/json' \
  -H 'X-Forwarded-Proto: https' -H 'X-Forwarded-Host: hall.example.gov.cn' -H 'X-Forwarded-For: 203.0.113.7' \
  -X POST "$B/users" -d '{"username":"fwd-clerk","password":"Fwd-clerk-pass-1","roles":["office"]}' \
  | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
echo "      Location of a user created on B through the balancer: $location"
check "forwarded scheme and host are used" test "$location" = "https://hall.example.gov.cn/api/v1/users/fwd-clerk"

# 2. unique numbers under concurrent creates on both nodes: each number posted to A and B at the same time
create() {  # kind number node-url -> HTTP status
  local body
  if [ "$1" = windows ]; then
    body="{\"number\":\"$2\",\"name\":\"n\",\"type\":\"CONSULTATION\",\"department\":\"d\",\"hall\":\"h\"}"
  else
    body="{\"number\":\"$2\",\"name\":\"n\",\"department\":\"d\"}"
  fi
  curl -s -o /dev/null -w '%{http_code}\n' -u "admin:$pass" -H 'Content-Type: application/json' -X POST "$3/$1" -d "$body"
}
export -f create; export pass
for kind in windows staff; do
  statuses=$(for i in $(seq 1 40); do printf '%s N%03d %s\n%s N%03d %s\n' $kind "$i" "$A" $kind "$i" "$B"; done \
    | xargs -P 8 -n 3 bash -c 'create "$0" "$1" "$2"' | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
  echo "      $kind: 40 numbers, each created on A and B at once: $statuses"
  check "$kind: exactly one 201 and one 409 per number" test "$statuses" = "40×201 40×409 "
  total=$(curl -s -u "admin:$pass" "$B/$kind?limit=500" | python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')
  check "$kind: 40 records seen on B" test "$total" = 40
done

# 2b. access cards: each of the 40 people above issued a card on A and on B at once (another chip on each):
#     one card per person (one 201, one 409), and 40 distinct printed numbers across the two nodes
issue() {  # staff-number chip node-url -> HTTP status
  curl -s -o /dev/null -w '%{http_code}\n' -u "admin:$pass" -H 'Content-Type: application/json' -X POST "$3/badges/cards" \
    -d "{\"holder\":\"$1\",\"chipUid\":\"$2\"}"
}
export -f issue
statuses=$(for i in $(seq 1 40); do printf 'N%03d 0A0000%02X %s\nN%03d 0B0000%02X %s\n' "$i" "$i" "$A" "$i" "$i" "$B"; done \
  | xargs -P 8 -n 3 bash -c 'issue "$0" "$1" "$2"' | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')
echo "      badges: 40 people, each issued a card on A and B at once: $statuses"
check "badges: exactly one card per person (one 201 and one 409 each)" test "$statuses" = "40×201 40×409 "
distinct=$(curl -s -u "admin:$pass" "$A/badges/cards?limit=500" \
  | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["total"], len({c["number"] for c in j["items"]}))')
check "badges: 40 cards with 40 distinct numbers seen on A" test "$distinct" = "40 40"

# 3. a job run on both nodes for the same day runs once
for job in windows.daily-coverage badges.daily-card-check; do
  ra=$(mktemp); rb=$(mktemp)
  console a 8111 "job:run --date 2031-03-03 $job" > "$ra" &
  console b 8112 "job:run --date 2031-03-03 $job" > "$rb" &
  wait
  outcomes=$(cat "$ra" "$rb" | grep -o 'RAN\|ALREADY_CLAIMED' | sort | tr '\n' ' ')
  echo "      job $job for 2031-03-03 on A and B at once: $outcomes"
  check "$job ran once" test "$outcomes" = "ALREADY_CLAIMED RAN "
done

# 4. staleness: a posting changed on A, read on B; a password changed on A, an old login cached on B
curl -s -o /dev/null -u "admin:$pass" -H 'Content-Type: application/json' -X PUT "$A/windows/N001/state" -d '{"state":"PAUSED"}'
t0=$(date +%s.%N)
check "A serves its own change at once" test "$(curl -s "$A/windows/N001" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')" = PAUSED
seen=""
for _ in $(seq 1 100); do
  if [ "$(curl -s "$B/windows/N001" | python3 -c 'import json,sys; print(json.load(sys.stdin)["state"])')" = PAUSED ]; then
    seen=$(echo "$(date +%s.%N) - $t0" | bc); break
  fi
  sleep 0.1
done
echo "      posting changed on A seen on B after ${seen:-never} s (bound: posting.maxAgeSeconds = 5 s)"
check "B shows A's posting change within 5 s" test -n "$seen" -a "$(echo "${seen:-99} <= 5.5" | bc)" = 1

curl -s -o /dev/null -u node-clerk:Node-clerk-pass-1 "$B/users/me"      # cached on B now
curl -s -o /dev/null -u "admin:$pass" -H 'Content-Type: application/json' -X PUT "$A/users/node-clerk/password" \
  -d '{"password":"Node-clerk-pass-2"}'
t0=$(date +%s.%N); gone=""
for _ in $(seq 1 70); do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' -u node-clerk:Node-clerk-pass-1 "$B/users/me")" = 401 ]; then
    gone=$(echo "$(date +%s.%N) - $t0" | bc); break
  fi
  sleep 0.5
done
echo "      old password refused on B after ${gone:-never} s (bound: 5 s, B's user change watcher polls every 2 s)"
check "B refuses the old password within 5 s" test -n "$gone" -a "$(echo "${gone:-99} <= 5" | bc)" = 1
check "B accepts the new password" \
  test "$(curl -s -o /dev/null -w '%{http_code}' -u node-clerk:Node-clerk-pass-2 "$B/users/me")" = 200

# 5. one event, two nodes, handled once: a forced departure on A; windows' consumer runs on A and on B
curl -s -o /dev/null -u "admin:$pass" -H 'Content-Type: application/json' -X POST "$A/windows" \
  -d '{"number":"EV1","name":"n","type":"CONSULTATION","department":"d","hall":"h","a":"N002","b":"N003"}'
curl -s -o /dev/null -u "admin:$pass" -H 'Content-Type: application/json' -X POST "$A/staff/N003/departure" \
  -d '{"reason":"调动","force":true,"forceReason":"两节点测试"}'
t0=$(date +%s.%N); emptied=""
for _ in $(seq 1 100); do
  if [ "$(curl -s -u "admin:$pass" "$B/windows/EV1/details" | python3 -c 'import json,sys; print(json.load(sys.stdin).get("b"))')" = None ]; then
    emptied=$(echo "$(date +%s.%N) - $t0" | bc); break
  fi
  sleep 0.1
done
echo "      B post of EV1 emptied, as read on B, after ${emptied:-never} s"
check "the departure reached windows' consumer" test -n "$emptied"
sleep 3  # both nodes poll at least twice more
updates=$(curl -s -u "admin:$pass" "$B/events?topic=org/countyhall/windows/UPDATED&limit=500" | python3 -c \
  'import json,sys; print(sum(1 for e in json.load(sys.stdin)["items"] if e["payload"].get("windowNumber") == "EV1"))')
check "the event was handled once between the two nodes (one UPDATED of EV1, got $updates)" test "$updates" = 1
cursors=$(for u in "$A" "$B"; do curl -s -u "admin:$pass" "$u/events/consumers" | python3 -c \
  'import json,sys; print(*[str(c["cursor"]) + "/" + str(c["parked"]) for c in json.load(sys.stdin) if c["name"] == "windows.staff-departed"])'; done | tr '\n' ' ')
echo "      windows.staff-departed cursor/parked on A and B: $cursors"
check "both nodes read the same cursor, nothing parked" test "$(echo $cursors | awk '{print ($1 == $2 && $1 ~ /\/0$/)}')" = 1
# the same departure reached badges' consumer: N003's unreturned card is fined once (L577), not once per node
for _ in $(seq 1 100); do
  fines=$(curl -s -u "admin:$pass" "$B/badges/holders/N003/account" | python3 -c \
    'import json,sys; j=json.load(sys.stdin); print(j["finesFen"], sum(1 for l in j["lines"]["items"] if l["kind"] == "FINE"))')
  [ "$fines" != "0 0" ] && break
  sleep 0.1
done
sleep 2  # both nodes poll again: a second booking would show now
fines=$(curl -s -u "admin:$pass" "$B/badges/holders/N003/account" | python3 -c \
  'import json,sys; j=json.load(sys.stdin); print(j["finesFen"], sum(1 for l in j["lines"]["items"] if l["kind"] == "FINE"))')
echo "      N003's card account on B (fines in fen, fine lines): $fines"
check "badges booked the 100.00 fine once between the two nodes" test "$fines" = "10000 1"

check "no ID card, mobile or landline number in either node's log" \
  itests/nodes/scan-logs.sh "$work/a/data/log" "$work/b/data/log"

if [ $failures -gt 0 ]; then
  # what the nodes logged at WARN or ERROR (with the stack traces), to tell the cause without a second run
  for n in a b; do
    echo "---- node $n: WARN and ERROR lines of data/log/karaf.log"
    grep -E -A 30 '\| (WARN|ERROR) +\|' "$work/$n/data/log/karaf.log" | head -n 200 || true
  done
  echo "$failures check(s) failed"; exit 1
fi
echo "two nodes: every check passed"

