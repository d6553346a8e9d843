#!/usr/bin/env bash
# CPU used by career-nav while it waits for a key. The event loop blocks on input (no tick),
# so an idle TUI should use no CPU at all.
#
# Runs the release binary in a detached tmux session of 80x24, waits for the first frame,
# lets it settle, then reads utime+stime (clock ticks, all threads) from /proc/<pid>/stat
# before and after IDLE_SECONDS (default 2) of no input. Prints the ticks used; exits 1 if
# any were.
#
# Every screen is measured in turn (ladder, 2–6, help, search with a query).
#
# Usage: benches/idle_cpu.sh            (builds with `cargo build --release` first)
#        SKIP_BUILD=1 IDLE_SECONDS=10 benches/idle_cpu.sh
# Needs: tmux. The record and settings go to a temporary HOME, not yours.
set -euo pipefail
cd "$(dirname "$0")/.."

idle="${IDLE_SECONDS:-2}"
bin="${NAV:-$PWD/target/release/career-nav}"
if [[ -z "${SKIP_BUILD:-}" ]]; then
    cargo build --release --quiet --bin career-nav
fi
command -v tmux >/dev/null || { echo "idle_cpu: tmux is needed" >&2; exit 2; }

tmp="$(mktemp -d)"
session="career-nav-idle-$$"
cleanup() {
    tmux kill-session -t "$session" 2>/dev/null || true
    rm -rf "$tmp"
}
trap cleanup EXIT

# `exec` twice (sh, then env) so the pane's process is career-nav itself.
tmux new-session -d -s "$session" -x 80 -y 24 \
    "exec env HOME='$tmp' XDG_DATA_HOME='$tmp/data' XDG_CONFIG_HOME='$tmp/config' TERM=xterm-256color '$bin' --grade 主任 --year 3"
pid="$(tmux display-message -p -t "$session" '#{pane_pid}')"
# The shell execs career-nav a moment after the pane starts.
for _ in $(seq 50); do
    comm="$(cat "/proc/$pid/comm")"
    [[ "$comm" == career-nav* ]] && break
    sleep 0.1
done
[[ "$comm" == career-nav* ]] || { echo "idle_cpu: pane runs '$comm', not career-nav" >&2; exit 2; }

# The first frame: the title bar names the standing.
for _ in $(seq 100); do
    if tmux capture-pane -p -t "$session" | grep -q '現在地：主任'; then
        break
    fi
    sleep 0.1
done
tmux capture-pane -p -t "$session" | grep -q '現在地：主任' || {
    echo "idle_cpu: no frame after 10 s; the pane shows:" >&2
    tmux capture-pane -p -t "$session" >&2
    exit 2
}
sleep 0.5

ticks() {
    # Fields after the parenthesised name: state is 1st, utime 12th, stime 13th.
    sed 's/.*) //' "/proc/$pid/stat" | awk '{ print $12 + $13 }'
}
hz="$(getconf CLK_TCK)"
start="$(ticks)"
sleep "$idle"
end="$(ticks)"
used=$((end - start))
echo "idle_cpu: career-nav (pid $pid) at 80x24, ladder, idle ${idle} s: $used ticks of CPU (utime+stime; 1 tick = 1/${hz} s); $start ticks at the first frame"
total=$used

# Every other screen: open it, let it settle, then measure the same way. The search box
# is measured with a query typed (its index is built by then).
for keys in 2 3 4 5 6 '?' '/ 研'; do
    tmux send-keys -t "$session" Escape
    for k in $keys; do
        tmux send-keys -t "$session" "$k"
    done
    sleep 0.5
    start="$(ticks)"
    sleep "$idle"
    end="$(ticks)"
    used=$((end - start))
    total=$((total + used))
    echo "idle_cpu: screen after keys '$keys', idle ${idle} s: $used ticks"
done

tmux send-keys -t "$session" Escape q
[[ "$total" -eq 0 ]]
