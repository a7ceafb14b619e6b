#!/usr/bin/env bash
# Runs the test suite the way CI does: real Secret Service, Qt offscreen, and a failure
# when pytest collected nothing.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
venv="${VENV:-$here/.venv}"
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
# pip and pytest caches must not land in the scratch HOME, nor depend on it.
export PIP_CACHE_DIR="${PIP_CACHE_DIR:-$HOME/.cache/pip}"
"$here/tools/with-keyring.sh" "$venv/bin/python" -m pytest "$@"
rc=$?
if [[ $rc -eq 5 ]]; then
  echo "pytest collected no tests: failing on purpose" >&2
  exit 1
fi
exit $rc
