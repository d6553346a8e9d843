#!/usr/bin/env python3
"""Start-up of the release binary against a floor, in a pseudo-terminal.

For career-nav (`--grade 主任 --year 3`, the embedded map) and the floor
(`examples/floor.rs`: a bare ratatui program drawing one screen of Japanese text), at 80x24
and 200x60:

- time to the first frame: from spawning the process until the end of its first frame has
  arrived on the pty (the first hide-cursor sequence, which ratatui writes after the cells);
- time to the complete screen: career-nav's first frame shows what is in view as soon as
  it is laid out, and a long page's count of lines and scroll bar follow in a second frame,
  drawn at once, before any key is read: until the end of the last frame before the
  output has been quiet for 150 ms (the floor's is its first);
- peak RSS (VmHWM of the process once its output has been quiet for 150 ms after its first
  frame, the work done aside after it included, before a key ends it; the largest of the
  runs);
- the number of write(2) calls and bytes of the first frame (strace -f, up to the hide-cursor).

With map files as arguments: career-nav on each (e.g. the 100x and 1000x maps that
`WRITE_MAPS=DIR cargo bench --bench scale` writes), its first frame beside
`career-nav check FILE`.

Each time is the median of RUNS (default 15) runs; the floor's and career-nav's runs are
interleaved, so that a change in the machine's load weighs on both. Prints a Markdown table.

Usage: cargo build --release --bin career-nav --example floor && benches/startup.py
"""
import fcntl
import os
import pty
import select
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# NAV=PATH and FLOOR=PATH measure other builds (e.g. one made with another opt-level).
NAV = os.environ.get("NAV") or os.path.join(ROOT, "target/release/career-nav")
FLOOR = os.environ.get("FLOOR") or os.path.join(ROOT, "target/release/examples/floor")
RUNS = int(os.environ.get("RUNS", "15"))
HIDE = b"\x1b[?25l"


def env():
    home = tempfile.mkdtemp(prefix="cn-startup-")
    e = dict(os.environ)
    e.update(HOME=home, XDG_DATA_HOME=home + "/d", XDG_CONFIG_HOME=home + "/c", TERM="xterm-256color")
    e.pop("NO_COLOR", None)
    return e


QUIET = 0.15


def run_once(argv, cols, rows, environ):
    """Spawn argv on a pty of cols x rows; return (seconds to the first frame, seconds to
    the last frame before QUIET seconds without output, {VmHWM, RssAnon, RssFile} KiB)."""
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execve(argv[0], argv, environ)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    seen = b""
    first = None
    deadline = time.time() + 60
    while first is None and time.time() < deadline:
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
        if HIDE in seen:
            first = time.perf_counter() - t0
    # Then until the output is quiet: the frames that complete the first one.
    last = first
    tail = b""
    while first is not None:
        ready, _, _ = select.select([fd], [], [], QUIET)
        if not ready:
            break
        try:
            chunk = os.read(fd, 65536)
        except OSError:
            break
        if not chunk:
            break
        tail = (tail + chunk)[-len(HIDE) - len(chunk):]
        if HIDE in tail:
            last = time.perf_counter() - t0
            tail = b""
    # Peak resident memory so far (the child's own, not the Python that forked it).
    hwm = {}
    try:
        for line in open(f"/proc/{pid}/status"):
            key = line.split(":")[0]
            if key in ("VmHWM", "RssAnon", "RssFile"):
                hwm[key] = int(line.split()[1])
    except OSError:
        pass
    os.write(fd, b"q")
    # Drain until the child exits.
    while True:
        try:
            if not os.read(fd, 65536):
                break
        except OSError:
            break
    os.waitpid(pid, 0)
    os.close(fd)
    return first, last, hwm


def writes_of_first_frame(argv, cols, rows, environ):
    """write(2) calls to stdout and their bytes, up to the one that ends the first frame."""
    with tempfile.NamedTemporaryFile(suffix=".strace") as log:
        cmd = ["/usr/bin/strace", "-f", "-e", "trace=write", "-e", "signal=none",
               "-s", "1000000", "-xx", "-o", log.name] + argv
        run_once(cmd, cols, rows, environ)
        calls, total = 0, 0
        hide = "".join(f"\\x{b:02x}" for b in HIDE)
        for line in open(log.name, encoding="utf-8", errors="replace"):
            if "write(1," not in line:
                continue
            calls += 1
            try:
                total += int(line.rsplit("=", 1)[1].split()[0])
            except (IndexError, ValueError):
                pass
            if hide in line:
                break
        return calls, total


def median(xs):
    return statistics.median(xs)


def measure(name, argv, cols, rows, environ):
    # One start first, not counted: career-nav's first start in a new HOME records the
    # map's edition (a snapshot of the map, saved); every later start is the usual one.
    run_once(argv, cols, rows, environ)
    firsts, rss = [], []
    for _ in range(RUNS):
        f, _, r = run_once(argv, cols, rows, environ)
        firsts.append(f)
        rss.append(r)
    peak = max(r.get("VmHWM", 0) for r in rss) / 1024
    anon = max(r.get("RssAnon", 0) for r in rss) / 1024
    return name, median(firsts) * 1000, peak, anon


def measure_pair(a, b, cols, rows, environ):
    """`measure` of two programs, their runs interleaved (a, b, a, b, ...): a machine that
    gets busier or quieter during the runs weighs on both alike, and their ratio keeps."""
    results = []
    for argv in (a, b):
        run_once(argv, cols, rows, environ)  # not counted (see `measure`)
    runs = ([], [], []), ([], [], [])
    for _ in range(RUNS):
        for (firsts, lasts, rss), argv in zip(runs, (a, b)):
            f, last, r = run_once(argv, cols, rows, environ)
            firsts.append(f)
            lasts.append(last)
            rss.append(r)
    for name, (firsts, lasts, rss) in zip(("floor", "career-nav"), runs):
        peak = max(r.get("VmHWM", 0) for r in rss) / 1024
        anon = max(r.get("RssAnon", 0) for r in rss) / 1024
        results.append((name, median(firsts) * 1000, peak, anon, median(lasts) * 1000))
    return results


def main():
    environ = env()
    nav = [NAV, "--grade", "主任", "--year", "3"]
    rows_out = []
    for cols, rows in [(80, 24), (200, 60)]:
        f, n = measure_pair([FLOOR], nav, cols, rows, environ)
        rows_out.append((cols, rows, f, n))
    print("| size | floor first frame | career-nav first frame | ratio | career-nav screen complete | ratio | floor peak RSS (anon) | career-nav peak RSS (anon) | ratio (anon) |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for cols, rows, f, n in rows_out:
        print(f"| {cols}x{rows} | {f[1]:.2f} ms | {n[1]:.2f} ms | {n[1]/f[1]:.2f}x | {n[4]:.2f} ms | {n[4]/f[4]:.2f}x | {f[2]:.2f} MB ({f[3]:.2f}) | {n[2]:.2f} MB ({n[3]:.2f}) | {n[2]/f[2]:.2f}x ({n[3]/f[3]:.2f}x) |")
    for label, argv in [("floor", [FLOOR]), ("career-nav", nav)]:
        calls, total = writes_of_first_frame(argv, 80, 24, environ)
        print(f"writes to stdout up to the first frame at 80x24, {label}: {calls} calls, {total} bytes")
    for path in sys.argv[1:]:
        t_check = []
        refused = None
        for _ in range(max(3, RUNS // 5)):
            t0 = time.perf_counter()
            done = subprocess.run([NAV, "check", path], env=environ, capture_output=True)
            t_check.append(time.perf_counter() - t0)
            if done.returncode != 0:
                refused = done.stdout.decode() + done.stderr.decode()
                break
        if refused is not None:
            # A file over the size the program reads (32 MB) is refused, by `check` and
            # the navigator alike: nothing to time.
            print(f"map {path}: refused by career-nav: {refused.strip()}")
            continue
        _, first, rss, _ = measure(path, [NAV, "--data", path, "--grade", "主任", "--year", "3"],
                                200, 60, environ)
        c = median(t_check) * 1000
        print(f"map {path}: check {c:.1f} ms, first frame {first:.1f} ms ({first / c:.2f}x), peak RSS {rss:.1f} MB")


if __name__ == "__main__":
    main()
