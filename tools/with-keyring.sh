#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring Secret Service
# and a fresh HOME, so keyring tests use the real OS backend and never touch the user's keyring.
# dbus-run-session ends the bus when the command exits; the keyring daemon exits with its bus,
# so nothing is left running between two runs.
set -euo pipefail
if [[ "${1:-}" == "--inner" ]]; then
  shift
  # The password only unlocks this throw-away keyring in a temporary HOME.
  printf 'station-test-keyring' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec "$@"
fi
scratch=$(mktemp -d -t station-keyring.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export STATION_REAL_HOME="${HOME:-}"
export HOME="$scratch"
export XDG_RUNTIME_DIR="$scratch/run"
mkdir -m 700 -p "$XDG_RUNTIME_DIR"
unset DBUS_SESSION_BUS_ADDRESS
dbus-run-session -- "$0" --inner "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
