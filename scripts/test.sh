#!/usr/bin/env bash
# Builds the solution, runs every test project and ends with exactly one line: "N passed, N failed".
# The exit code is non-zero when the build fails, a test fails, a test run aborts, or no test ran at all.
# Usage: bash scripts/test.sh            (from anywhere; CI=true makes missing components fatal)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

summary() { echo "$1 passed, $2 failed"; }

# ---- Components ----------------------------------------------------------------------------------------------------
# Outside programs the tests need. Later issues add one `require` line each here, for example:
#   require pdftotext poppler-utils   # PDF text extraction
#   require chromium  chromium        # browser tests (with fonts-noto-cjk, or Chinese renders as boxes)
# Rule: under CI=true a missing component fails the run; elsewhere the script prints how to install it and goes on
# (the tests that need it then report it themselves).
missing=0
apt_updated=0
# shellcheck source=scripts/test-postgres.sh
source "$root/scripts/test-postgres.sh"
require() {
    local command="$1" package="$2"
    command -v "$command" >/dev/null 2>&1 && return 0
    if [ "${CI:-}" = "true" ] && [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
        # CI runs as root on Debian: install what is missing (only then), and fail below if that did not work.
        if [ "$apt_updated" = "0" ]; then
            apt-get update -qq >/dev/null && apt_updated=1
        fi
        # shellcheck disable=SC2086 # a component may need several packages
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $package >/dev/null || true
        add_postgres_to_path
        command -v "$command" >/dev/null 2>&1 && return 0
    fi
    if [ "${CI:-}" = "true" ]; then
        echo "error: required component '$command' is missing (Debian package $package)." >&2
        missing=$((missing + 1))
    else
        echo "note: '$command' is not installed; tests that need it will not pass. Install it with:" >&2
        echo "      sudo apt-get install -y --no-install-recommends $package" >&2
    fi
}
# Documents (issues 3 and 5): pdftotext reads PDFs; LibreOffice with the Noto CJK fonts turns DOCX into PDF.
require soffice   "libreoffice-writer-nogui libreoffice-calc-nogui fonts-noto-cjk"
require pdftotext poppler-utils
require pdffonts  poppler-utils
require chromium  "chromium fonts-noto-cjk"   # browser tests (Playwright drives Debian's chromium; CJK fonts or Chinese renders as boxes)
# Storage and web (issues 6, 7, 8): a throw-away PostgreSQL server on loopback (started below, after the build).
add_postgres_to_path
require initdb    postgresql
if [ "$missing" -gt 0 ]; then
    summary 0 1
    exit 1
fi
# ---- End of components ---------------------------------------------------------------------------------------------

log="$(mktemp)"
trap 'rm -f "$log"; stop_test_postgres' EXIT

if ! dotnet build Gongkai.slnx -nologo -tl:off 2>&1 | tee "$log"; then
    echo "error: the build failed (see above)." >&2
    summary 0 1
    exit 1
fi

# The PostgreSQL cases of the storage and web tests run against this server (GONGKAI_TEST_POSTGRES); without it they
# print a note and pass, except under CI=true, where they fail.
if ! start_test_postgres; then
    if [ "${CI:-}" = "true" ]; then
        echo "error: the PostgreSQL server for the tests could not be started (see above); under CI=true that fails the run." >&2
        summary 0 1
        exit 1
    fi
    echo "note: the PostgreSQL test cases will be skipped. Install PostgreSQL with:" >&2
    echo "      sudo apt-get install -y --no-install-recommends postgresql" >&2
    stop_test_postgres
fi

set +e
dotnet test Gongkai.slnx --no-build -nologo -tl:off 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e

# One VSTest summary line per test project:
#   "Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: 1 s - X.Tests.dll (net10.0)"
#   "Failed!  - Failed:     1, Passed:    11, ..."
# Colour codes are stripped first in case the output is coloured.
counts="$(sed -E 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log" \
    | sed -nE 's/.*(Passed|Failed)! +- +Failed: +([0-9]+), +Passed: +([0-9]+), +Skipped: +[0-9]+, +Total: +[0-9]+.*/\2 \3/p')"
read -r failed passed < <(printf '%s\n' "$counts" | awk '{ f += $1; p += $2 } END { print f + 0, p + 0 }')

if [ $((passed + failed)) -eq 0 ]; then
    echo "error: no test ran." >&2
    summary 0 1
    exit 1
fi

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    # dotnet test failed without a failed test in any summary (a test host crashed or a run aborted): count it as one
    # failure so the summary line never reads as a success.
    echo "error: dotnet test exited with $status although no summary line reports a failed test." >&2
    failed=1
fi

summary "$passed" "$failed"
[ "$failed" -eq 0 ]
