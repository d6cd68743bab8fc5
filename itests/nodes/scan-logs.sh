#!/usr/bin/env bash
# Scans logs for personal numbers (issue 4): an ID card number (17 digits and a digit or X), a mobile number
# (1[3-9] and 9 digits) or a landline number (0, a 2-3 digit area code, an optional hyphen, 7-8 digits), as whole
# numbers. Prints where (numbers masked) and fails if any is found, or if there is no log to scan (a scan of
# nothing proves nothing: a wrong folder must not pass).
# Usage: itests/nodes/scan-logs.sh FOLDER...   (every *.log file below the folders)
set -euo pipefail
pattern='(?<![0-9])([1-9][0-9]{16}[0-9Xx]|1[3-9][0-9]{9}|0[1-9][0-9]{1,2}-?[2-8][0-9]{6,7})(?![0-9])'
mapfile -t logs < <(find "$@" -type f -name '*.log' 2>/dev/null)
if [ ${#logs[@]} -eq 0 ]; then echo "FAIL log scan: no log files under $*"; exit 1; fi
lines=$(cat "${logs[@]}" | wc -l)
if [ "$lines" -eq 0 ]; then echo "FAIL log scan: the ${#logs[@]} log files under $* are empty"; exit 1; fi
if grep -qP "$pattern" "${logs[@]}"; then
  echo "FAIL personal numbers in the logs (numbers masked):"
  grep -HnP "$pattern" "${logs[@]}" | sed -E 's/[0-9][0-9-]{9,}[0-9Xx]/<number>/g' | cut -c1-300 | head -n 20
  exit 1
fi
echo "log scan: ${#logs[@]} files, $lines lines, no ID card, mobile or landline number"
