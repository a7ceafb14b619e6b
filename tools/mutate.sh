#!/usr/bin/env bash
# `make mutate`: mutation testing with mutmut (scope and tests in pyproject's [tool.mutmut]),
# in the test environment of tools/run-tests.sh. Arguments narrow the run to mutant names
# (globs), e.g. 'station.engine.transaction*'. Ends with the surviving mutants listed;
# `.venv/bin/mutmut show NAME` prints one as a diff.
set -uo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
venv="${VENV:-$here/.venv}"
cd "$here"
export QT_QPA_PLATFORM=offscreen
export PYTHONDONTWRITEBYTECODE=1
# The type check (pyproject's type_check_command) runs "python": the environment's, with mypy.
export PATH="$(realpath "$venv")/bin:$PATH"  # absolute: mutmut runs it from mutants/
export PIP_CACHE_DIR="${PIP_CACHE_DIR:-$HOME/.cache/pip}"
# Two workers at the lowest priority: the machine's cores are shared, and a mutant's tests
# wait on ptys and sockets far more than they compute.
nice -n "${MUTATE_NICE:-19}" "$here/tools/with-keyring.sh" "$venv/bin/mutmut" run --max-children "${MUTATE_JOBS:-2}" "$@"
rc=$?
echo "--- surviving mutants ---"
"$venv/bin/mutmut" results
exit $rc
