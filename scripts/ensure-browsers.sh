#!/usr/bin/env bash
# The browser tests need Debian's Chromium (/usr/bin/chromium) and Firefox ESR (/usr/bin/firefox-esr).
# Installs what is missing: as root (a fresh CI machine), or through sudo when it needs no password;
# otherwise stops at once with the exact command to run. Checks afterwards that both are there.
set -euo pipefail

missing() {
  local need=()
  [ -x /usr/bin/chromium ] || need+=(chromium)
  [ -x /usr/bin/firefox-esr ] || need+=(firefox-esr)
  echo "${need[@]}"
}
read -r -a need <<<"$(missing)"
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "factlight: the browser tests need ${need[*]}. Install with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y ${need[*]}" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null; then
  echo "factlight: the browser tests need ${need[*]} at /usr/bin (Debian's packages); apt-get is missing here." >&2
  exit 1
fi
echo "factlight: installing ${need[*]} for the browser tests"
# A fresh machine may still be running its own apt jobs: wait for the lock rather than fail.
apt=("${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=300 -q)
# An unreachable extra source must not stop the install from Debian's own: update's failure is shown, not fatal.
"${apt[@]}" update || echo "factlight: apt-get update reported errors; installing from the lists it has" >&2
# --reinstall: a package dpkg counts as installed whose binary is gone (a trimmed image, a removed
# file) is put back too; for a package not installed it is a plain install.
"${apt[@]}" install -y --reinstall "${need[@]}"
read -r -a still <<<"$(missing)"
if [ ${#still[@]} -ne 0 ]; then
  echo "factlight: apt-get installed ${need[*]}, but /usr/bin still lacks ${still[*]}" >&2
  exit 1
fi
echo "factlight: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium), $(/usr/bin/firefox-esr --version 2>/dev/null || echo firefox-esr)"
