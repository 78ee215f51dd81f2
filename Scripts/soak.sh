#!/usr/bin/env bash
# Soak test: drips articles into a watched directory for a bounded time and samples the watcher's
# resident size (RSS) and CPU, to show memory does not grow with uptime or with articles ingested.
#
# Usage: Scripts/soak.sh [--quick] [--articles N] [--minutes M] [--interval S] [--keep-files K] [--monitor] [--bin PATH]
#   default      20,000 articles over 10 minutes, a sample every 5 s
#   --quick      4,000 articles over 2 minutes (the same rate)
#   --keep-files K  delete the oldest file whenever more than K are on disk (a rotating feed directory), so
#                the watched tree stays the same size: RSS should then stay flat however long it runs
#   --monitor    soak the monitor (`watchfloor monitor DIR` in a private tmux server) instead of
#                `watchfloor ingest DIR --watch`
#   --bin PATH   the watchfloor binary (default: $WATCHFLOOR_BIN, else the newest .build*/{release,debug}/watchfloor)
#
# Prints one line per sample (seconds, articles written, articles stored, RSS KiB, CPU % since the last
# sample), then the least-squares RSS slope over the whole run and over its second half (KiB per minute
# and per 1,000 articles), the average CPU, the store size, and whether every article was stored.
# Stops by itself; everything is removed afterwards.
set -euo pipefail

articles=20000
minutes=10
interval=5
keep=0
mode=ingest
bin="${WATCHFLOOR_BIN:-}"
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) articles=4000; minutes=2; shift ;;
        --articles) articles="$2"; shift 2 ;;
        --minutes) minutes="$2"; shift 2 ;;
        --interval) interval="$2"; shift 2 ;;
        --keep-files) keep="$2"; shift 2 ;;
        --monitor) mode=monitor; shift ;;
        --bin) bin="$2"; shift 2 ;;
        -h|--help) sed -n '2,19p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "soak.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
name=soak
. "$(dirname "$0")/watchfloor-process.sh"
wf_find_bin
command -v python3 >/dev/null || { echo "soak.sh: needs python3 to write the articles" >&2; exit 1; }
writer=""
before_stop='[ -n "$writer" ] && kill "$writer" 2>/dev/null || true'
wf_start out.txt

# The writer: varied, distinct articles (countries, actors, numbers, dates), 100 per subdirectory,
# each written to a temp name and renamed, as feed clients do.
python3 - "$work/news" "$articles" "$minutes" "$keep" >"$work/written.txt" <<'PY' &
import os, random, sys, time
out, total, minutes, keep = sys.argv[1], int(sys.argv[2]), float(sys.argv[3]), int(sys.argv[4])
random.seed(7)
places = [("Kyiv", "Ukraine"), ("Lyon", "France"), ("Lagos", "Nigeria"), ("Quito", "Ecuador"), ("Dhaka", "Bangladesh"),
          ("Manila", "the Philippines"), ("Tbilisi", "Georgia"), ("Nairobi", "Kenya"), ("Lima", "Peru"), ("Hanoi", "Vietnam")]
events = ["police arrested {n} protesters", "a drone strike killed {n} people", "floods displaced {n} families",
          "troops clashed with militants, leaving {n} dead", "talks between the two sides resumed",
          "a court sentenced {n} officials for fraud", "an earthquake damaged {n} buildings"]
names = ["Anna Kovalenko", "Jean Martin", "Chidi Okafor", "Maria Vega", "Rahim Uddin", "Jose Santos", "Nino Beridze"]
start = time.monotonic()
for i in range(total):
    due = start + i * minutes * 60.0 / total
    delay = due - time.monotonic()
    if delay > 0:
        time.sleep(delay)
    city, country = random.choice(places)
    day = 1 + i % 28
    body = " ".join(
        f"{city.upper()}, March {day}, 2025 - In {country}, " + random.choice(events).format(n=random.randint(2, 400))
        + f" on Monday, {random.choice(names)} said. Article {i}." for _ in range(random.randint(3, 8)))
    folder = os.path.join(out, f"d{i // 100:04d}")
    os.makedirs(folder, exist_ok=True)
    tmp = os.path.join(folder, f".a{i}.tmp")
    with open(tmp, "w") as f:
        f.write(f"Report {i} from {city}\nDate: 2025-03-{day:02d}\n\n{body}\n")
    os.rename(tmp, os.path.join(folder, f"a{i}.txt"))
    if keep and i >= keep:
        old = i - keep
        os.remove(os.path.join(out, f"d{old // 100:04d}", f"a{old}.txt"))
    print(i + 1, flush=True)
PY
writer=$!

hz="$(getconf CLK_TCK)"
stored() {
    if [ "$mode" = ingest ]; then grep -c '  countries=' "$work/out.txt" || true
    else
        # The monitor prints nothing: count the store's articles through a read-only connection (WAL lets it
        # read while the monitor writes; the monitor's store watch ignores readers).
        python3 -c 'import sqlite3, sys; print(sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True, timeout=5).execute("SELECT count(*) FROM articles").fetchone()[0])' \
            "$work/store.sqlite" 2>/dev/null || echo 0
    fi
}
started="$(date +%s.%N)"
first_ticks="$(wf_ticks)"
last_ticks="$first_ticks"
deadline=$(( $(date +%s) + minutes * 60 + 30 ))
printf "%8s %9s %9s %10s %7s\n" seconds written stored rss_kib cpu_%
: >"$work/samples.txt"
while :; do
    sleep "$interval"
    [ -r "/proc/$pid/status" ] || { echo "soak.sh: the watcher died" >&2; exit 1; }
    now="$(date +%s.%N)"
    t="$(awk -v a="$now" -v b="$started" 'BEGIN { printf "%.0f", a - b }')"
    rss="$(awk '/^VmRSS/ { print $2 }' "/proc/$pid/status")"
    cur="$(wf_ticks)"
    cpu="$(awk -v d=$((cur - last_ticks)) -v hz="$hz" -v s="$interval" 'BEGIN { printf "%.1f", 100 * d / hz / s }')"
    last_ticks="$cur"
    written="$(tail -n 1 "$work/written.txt" 2>/dev/null || echo 0)"
    done_count="$(stored)"
    printf "%8s %9s %9s %10s %7s\n" "$t" "${written:-0}" "$done_count" "$rss" "$cpu"
    echo "$t ${written:-0} $rss" >>"$work/samples.txt"
    if ! kill -0 "$writer" 2>/dev/null; then
        # Writing is over: stop once everything is stored (or at the deadline). A monitor on a rotating feed
        # only keeps the files still on disk, so its store never holds them all.
        [ "$mode" = monitor ] && [ "$keep" -gt 0 ] && break
        [ "$done_count" -ge "$articles" ] && break
    fi
    [ "$(date +%s)" -ge "$deadline" ] && { echo "soak.sh: deadline reached before every article was stored" >&2; break; }
done
elapsed="$(awk -v a="$(date +%s.%N)" -v b="$started" 'BEGIN { print a - b }')"
total_ticks=$(( $(wf_ticks) - first_ticks ))

awk -v keep="$keep" -v ticks="$total_ticks" -v hz="$hz" -v elapsed="$elapsed" -v mode="$mode" -v bin="$bin" '
    { t[NR] = $1; w[NR] = $2; r[NR] = $3 }
    function slope(from, to, xs,    n, i, sx, sy, sxx, sxy, x) {
        n = 0; sx = sy = sxx = sxy = 0
        for (i = from; i <= to; i++) { x = xs[i]; n++; sx += x; sy += r[i]; sxx += x * x; sxy += x * r[i] }
        if (n < 2 || n * sxx - sx * sx == 0) return 0
        return (n * sxy - sx * sy) / (n * sxx - sx * sx)
    }
    END {
        half = int(NR / 2) + 1
        printf "\n%s (%s): %d samples over %.0f s%s\n", mode, bin, NR, elapsed, (keep > 0 ? sprintf(", at most %d files on disk", keep) : "")
        printf "RSS first %d KiB, last %d KiB, max ", r[1], r[NR]
        m = 0; for (i = 1; i <= NR; i++) if (r[i] > m) m = r[i]; printf "%d KiB\n", m
        printf "RSS slope, whole run: %+.1f KiB/min, %+.1f KiB per 1,000 articles\n", 60 * slope(1, NR, t), 1000 * slope(1, NR, w)
        printf "RSS slope, second half: %+.1f KiB/min, %+.1f KiB per 1,000 articles\n", 60 * slope(half, NR, t), 1000 * slope(half, NR, w)
        printf "CPU: %.1f%% of one core on average\n", 100 * ticks / hz / elapsed
    }' "$work/samples.txt"
if [ "$mode" = ingest ]; then
    echo "stored $(stored) of $articles articles; errors: $(grep -c '^error: ' "$work/out.txt" || true)"
elif [ "$keep" -gt 0 ]; then
    echo "articles in the store: $(stored) (the files still on disk)"
else
    echo "stored $(stored) of $articles articles"
fi
echo "store on disk: $(du -ck "$work"/store.sqlite* | tail -n 1 | cut -f1) KiB"
