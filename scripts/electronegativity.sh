#!/usr/bin/env bash
# Runs Electronegativity (npm @doyensec/electronegativity) over the source tree without network.
#
# Electronegativity 1.10.3 always requests translations from an S3 bucket at start-up and, with
# its AVAILABLE_SECURITY_FIXES check, Electron's release list from the web; neither can be
# switched off. So the scan runs in an empty network namespace (`unshare -n`, needs root), under
# strace. The script fails when any connect() other than to a Unix socket did not fail, so a
# passing run proves the tool reached no host.
#
# Usage: scripts/electronegativity.sh [OUTPUT.csv]   (default reports/electronegativity.csv)
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
output="${1:-$root/reports/electronegativity.csv}"
trace="$(mktemp)"
trap 'rm -f "$trace"' EXIT
mkdir -p "$(dirname "$output")"

unshare -n strace -f -qq -e trace=connect -o "$trace" \
  node "$root/node_modules/@doyensec/electronegativity/dist/index.js" \
  -i "$root" -r -v false -o "$output"

# Lines of connect() calls to a network address that returned anything but an error.
reached="$(grep -v 'AF_UNIX' "$trace" | grep -v ' = -1 ' || true)"
if [[ -n "$reached" ]]; then
  echo "electronegativity.sh: the scan opened a network connection:" >&2
  echo "$reached" >&2
  exit 1
fi
echo "electronegativity.sh: $(grep -vc 'AF_UNIX' "$trace" || true) network connect() calls, all failed; findings in $output"
