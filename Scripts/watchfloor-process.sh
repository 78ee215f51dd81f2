# Sourced by soak.sh and idle-cpu.sh: finds the watchfloor binary, starts the process they measure on a
# fresh directory and store, and stops it again. Callers set `name` (for messages), `mode` (ingest or
# monitor) and `bin` (empty: the newest build), and may set `before_stop` to a command run first on exit.

# Sets `bin` to the newest .build*/{release,debug}/watchfloor unless it is set; exits when there is none.
wf_find_bin() {
    local root
    root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
    if [ -z "$bin" ]; then
        bin="$(ls -t "$root"/.build*/release/watchfloor "$root"/.build*/debug/watchfloor 2>/dev/null | head -n 1 || true)"
    fi
    [ -x "$bin" ] || { echo "$name: no watchfloor binary; build one or pass --bin" >&2; exit 1; }
}

# Makes `work` (with an empty `work/news`), starts `watchfloor ingest --watch` on it (stdout to the file $1
# names inside `work`, or nowhere without one) or the
# monitor in a private tmux server, sets `pid`, arranges the clean-up, and waits 3 s for start-up.
wf_start() {
    work="$(mktemp -d "/tmp/watchfloor-$name.XXXXXX")"
    local out="/dev/null"
    [ -n "${1:-}" ] && out="$work/$1"
    mkdir -p "$work/news"
    socket="$name$$"
    pid=""
    trap wf_stop EXIT
    if [ "$mode" = monitor ]; then
        tmux -L "$socket" -f /dev/null new-session -d -s "$name" -x 120 -y 40 \
            "exec env LANG=C.UTF-8 TERM=tmux-256color '$bin' monitor '$work/news' --store '$work/store.sqlite'"
        sleep 1
        pid="$(tmux -L "$socket" list-panes -F '#{pane_pid}' | head -n 1)"
    else
        "$bin" ingest "$work/news" --watch --store "$work/store.sqlite" >"$out" 2>/dev/null &
        pid=$!
    fi
    sleep 3
    [ -r "/proc/$pid/stat" ] || { echo "$name: the process ($mode) did not stay up" >&2; exit 1; }
}

# Stops the process (and whatever `before_stop` names) and removes the work directory.
wf_stop() {
    [ -n "${before_stop:-}" ] && eval "$before_stop"
    if [ "$mode" = monitor ]; then tmux -L "$socket" kill-server 2>/dev/null || true
    elif [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
}

# CPU ticks (user + system) the process has used so far.
wf_ticks() { sed 's/^.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }'; }
