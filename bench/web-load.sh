#!/usr/bin/env bash
# Load figure of the web app (issue 6): a published report page and /healthz under wrk at 64 connections on loopback.
# Starts the app (Release) on a free loopback port with a fresh data directory (demo data from the seeds), warms it,
# runs wrk against both URLs and prints:
#   report_page_rps N / report_page_p99_ms N / healthz_rps N / healthz_p99_ms N / report_to_healthz_ratio N
# Usage: bash bench/web-load.sh [seconds (default 15)] [connections (default 64)]
# Needs wrk (Debian package wrk: sudo apt-get install -y --no-install-recommends wrk).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
duration="${1:-15}"
connections="${2:-64}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

if ! command -v wrk >/dev/null 2>&1; then
    echo "error: wrk is not installed. Install it with: sudo apt-get install -y --no-install-recommends wrk" >&2
    exit 1
fi

dotnet build "$root/src/Gongkai.Web" -c Release -nologo -tl:off -v q >/dev/null

data="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
base="http://127.0.0.1:$port"
(cd "$root/src/Gongkai.Web" && Gongkai__DataDirectory="$data" ASPNETCORE_URLS="$base" Logging__LogLevel__Default=Warning \
    exec dotnet "bin/Release/net10.0/Gongkai.Web.dll") >"$data/app.log" 2>&1 &
app=$!
cleanup() { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; rm -rf "$data"; }
trap cleanup EXIT

for _ in $(seq 1 120); do
    curl -fs "$base/healthz" >/dev/null 2>&1 && break
    sleep 0.5
done

# The published report with tables (the seed-001 final accounts), found through the public API.
id="$(curl -fs "$base/api/reports" | python3 -c 'import json,sys; r=[x for x in json.load(sys.stdin) if x["year"]==2020]; print((r or [{"id":1}])[0]["id"])')"
page="$base/reports/$id"
bytes="$(curl -fs "$page" | wc -c)"
for _ in $(seq 1 200); do curl -fs "$page" >/dev/null; curl -fs "$base/healthz" >/dev/null; done

# wrk prints "Requests/sec: N" and, with --latency, "99% 12.34ms"; the p99 is turned into milliseconds.
measure() {
    local out rps p99
    out="$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$1")"
    rps="$(printf '%s\n' "$out" | awk '/Requests\/sec/ { print $2 }')"
    p99="$(printf '%s\n' "$out" | awk '$1 == "99%" { v = $2; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } print v }')"
    if printf '%s\n' "$out" | grep -q "Non-2xx"; then
        echo "error: non-2xx answers from $1" >&2
        printf '%s\n' "$out" >&2
        exit 1
    fi
    echo "$rps $p99"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
read -r page_rps page_p99 < <(measure "$page")
read -r health_rps health_p99 < <(measure "$base/healthz")
echo "load_before $load_before (1/5/15-minute load average before the runs; after: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "report_page_bytes $bytes"
echo "report_page_rps $page_rps"
echo "report_page_p99_ms $page_p99"
echo "healthz_rps $health_rps"
echo "healthz_p99_ms $health_p99"
awk -v a="$page_rps" -v b="$health_rps" 'BEGIN { printf "report_to_healthz_ratio %.3f\n", a / b }'
