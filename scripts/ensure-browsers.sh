#!/usr/bin/env bash
# The browser tests need Debian's Chromium and Firefox ESR. Installs what is missing when run as root
# (a fresh CI machine); otherwise stops at once with the exact command to run.
set -euo pipefail

need=()
[ -x /usr/bin/chromium ] || need+=(chromium)
[ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "factlight: the browser tests need ${need[*]}. Install with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "factlight: the browser tests need ${need[*]} at /usr/bin (Debian's packages); apt-get is missing here." >&2
  exit 1
fi
echo "factlight: installing ${need[*]} for the browser tests"
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
