#!/usr/bin/env bash
# Idle CPU of a watching Watchfloor process, measured from /proc (issue 5: under 0.5% of one core).
#
# Usage: Scripts/idle-cpu.sh [--seconds N] [--monitor] [--bin PATH]
#   --seconds N  measure over N seconds (default 60)
#   --monitor    measure the monitor (`watchfloor monitor DIR`, run in a private tmux server)
#                instead of `watchfloor ingest DIR --watch`
#   --bin PATH   the watchfloor binary (default: $WATCHFLOOR_BIN, else the newest .build*/{release,debug}/watchfloor)
#
# It starts the process on an empty directory with a fresh store, waits 3 s for start-up to finish, then
# reads utime+stime (fields 14 and 15 of /proc/PID/stat, in clock ticks) at the start and end of the
# window and prints the ticks and the share of one core. Everything is removed afterwards.
set -euo pipefail

seconds=60
mode=ingest
bin="${WATCHFLOOR_BIN:-}"
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds="$2"; shift 2 ;;
        --monitor) mode=monitor; shift ;;
        --bin) bin="$2"; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "idle-cpu.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
name=idle-cpu
. "$(dirname "$0")/watchfloor-process.sh"
wf_find_bin
wf_start
hz="$(getconf CLK_TCK)"
before="$(wf_ticks)"
sleep "$seconds"
after="$(wf_ticks)"
used=$((after - before))
rss="$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")"
awk -v used="$used" -v hz="$hz" -v s="$seconds" -v mode="$mode" -v rss="$rss" -v bin="$bin" 'BEGIN {
    pct = 100 * used / hz / s
    printf "idle %s (%s): %d ticks of 1/%d s in %d s = %.3f%% of one core; RSS %d KiB; target < 0.5%%: %s\n",
        mode, bin, used, hz, s, pct, rss, (pct < 0.5 ? "met" : "NOT met")
}'
