#!/usr/bin/env bash
# Bad-input corpus and log scan (issue 4) against a fresh node with every domain installed:
#   itests/nodes/bad_input.py sends malformed requests to every endpoint of the OpenAPI documents (0 answers 5xx,
#   every 4xx a problem+json, nothing written), then every log of the node is scanned for the ID card and mobile
#   numbers the corpus carried, and for any other ID card or mobile number; the node's OpenAPI documents are linted
#   with redocly (itests/nodes/openapi-lint.sh).
# Usage: itests/nodes/bad-input.sh derby|postgresql   (postgresql needs .ci/postgres start)
set -euo pipefail
cd "$(dirname "$0")/../.."
. itests/nodes/postgres.sh
database=${1:?derby or postgresql}
pass='Corpus-pass-2026'
port=8481
api=http://127.0.0.1:$port/api/v1
dist=$(ls karaf-assembly/target/karaf-assembly-*.tar.gz | head -n 1)
work=$(mktemp -d)
home=$work/node
trap 'pkill -9 -f "karaf.base=$home" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

mkdir -p "$home"; tar -xzf "$dist" -C "$home" --strip-components=1
sed -i "s/^org.osgi.service.http.port *=.*/org.osgi.service.http.port = $port/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^org.osgi.service.http.port.secure *=.*/org.osgi.service.http.port.secure = $((port + 300))/" "$home/etc/org.ops4j.pax.web.cfg"
sed -i "s/^sshPort *=.*/sshPort = 8131/" "$home/etc/org.apache.karaf.shell.cfg"
if [ "$database" = postgresql ]; then
  fresh_database countyhall_corpus
  use_postgres "$home" countyhall_corpus
fi
COUNTYHALL_ADMIN_PASSWORD=$pass "$home/bin/start" >/dev/null 2>&1
for _ in $(seq 1 600); do [ "$(curl -s -o /dev/null -w '%{http_code}' "$api/health")" = 200 ] && break; sleep 0.2; done
echo 'domain:install all' | "$home/bin/client" -a 8131 -u admin -p "$pass" -b >/dev/null 2>&1
# every domain answers before the corpus starts (an endpoint still missing would be skipped, not tested)
for p in staff windows badges/cards; do
  ready=
  for _ in $(seq 1 300); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' -u "admin:$pass" "$api/$p?limit=1")" = 200 ] && { ready=1; break; }
    sleep 0.2
  done
  [ -n "$ready" ] || { echo "FAIL $p did not answer after 60 s" >&2; exit 1; }
done

status=0
python3 itests/nodes/bad_input.py "$api" admin "$pass" staff,windows,badges || status=1
# every document this node serves passes redocly's recommended rules; the API page answers
itests/nodes/openapi-lint.sh "$api" || status=1

# the log scan: the numbers the corpus carried, and any other ID card or mobile number, in no log of the node
itests/nodes/scan-logs.sh "$home/data/log" || status=1
exit $status
