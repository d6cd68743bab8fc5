#!/usr/bin/env bash
# Scans logs for personal numbers (issue 4): an ID card number (17 digits and a digit or X) or a mobile number
# (1[3-9] and 9 digits), as whole numbers. Prints where (numbers masked) and fails if any is found.
# Usage: itests/nodes/scan-logs.sh FOLDER...   (every *.log file below the folders)
set -euo pipefail
pattern='(?<![0-9])([1-9][0-9]{16}[0-9Xx]|1[3-9][0-9]{9})(?![0-9])'
mapfile -t logs < <(find "$@" -type f -name '*.log' 2>/dev/null)
if [ ${#logs[@]} -eq 0 ]; then echo "log scan: no log files under $*"; exit 0; fi
lines=$(cat "${logs[@]}" | wc -l)
if grep -qP "$pattern" "${logs[@]}"; then
  echo "FAIL personal numbers in the logs (numbers masked):"
  grep -HnP "$pattern" "${logs[@]}" | sed -E 's/[0-9]{11,}/<number>/g' | cut -c1-300 | head -n 20
  exit 1
fi
echo "log scan: ${#logs[@]} files, $lines lines, no ID card or mobile number"
