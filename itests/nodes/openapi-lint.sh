#!/usr/bin/env bash
# Lints every OpenAPI document a running node serves with redocly's recommended rules (itests/nodes/redocly.yaml),
# and checks that the API page (Swagger UI, served from the node) and its files answer.
# Usage: itests/nodes/openapi-lint.sh http://127.0.0.1:8481/api/v1     (installs @redocly/cli into target/ once)
set -euo pipefail
cd "$(dirname "$0")/../.."
api=${1:?the /api/v1 URL of a running node}
redocly_version=2.77.0
tools=itests/target/redocly
if [ ! -x "$tools/node_modules/.bin/redocly" ]; then
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "@redocly/cli@$redocly_version" >/dev/null
fi
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
docs=$(mktemp -d)
trap 'rm -rf "$docs"' EXIT
paths=$(curl -sf "$api/openapi" | python3 -c 'import json,sys; print(" ".join(e["path"] for e in json.load(sys.stdin)))')
status=0
for p in $paths; do
  curl -sf "$api/openapi/$p" -o "$docs/$p.json"
done
# shellcheck disable=SC2046
"$tools/node_modules/.bin/redocly" lint --config itests/nodes/redocly.yaml --format=stylish \
  $(for p in $paths; do echo "$docs/$p.json"; done) || status=1
# the page and its files, from this node, with the page's content security policy
page=$(curl -s -D - -o /dev/null "$api/openapi/ui")
grep -qi '^content-security-policy: default-src' <<<"$page" || { echo "FAIL the API page has no CSP" >&2; status=1; }
for f in swagger-ui-bundle.js swagger-ui-standalone-preset.js swagger-ui.css countyhall-ui.js; do
  code=$(curl -s -o /dev/null -w '%{http_code}' "$api/openapi/ui/$f")
  [ "$code" = 200 ] || { echo "FAIL $api/openapi/ui/$f answered $code" >&2; status=1; }
done
[ $status = 0 ] && echo "OpenAPI: $(wc -w <<<"$paths") documents pass redocly recommended-strict; API page served"
exit $status
