#!/usr/bin/env python3
"""Instructions a start executes, counted by valgrind's callgrind: deterministic, so a change
of a few per cent shows where the timings of startup.py drown in the machine's noise.

For the floor (`examples/floor.rs`) and career-nav (`--grade 主任 --year 3`, the embedded map,
a record made by a first start), each in a pseudo-terminal of 80x24: from exec until the
process has drawn its first frame, been sent `q` and exited (the work the navigator does
aside after its first frame, the search index, is counted too). Prints the totals and,
with TOP=N, career-nav's N most expensive functions (inclusive), which need a binary with
symbols (`cargo build --profile bench`, or CARGO_PROFILE_RELEASE_STRIP=false).

Usage: cargo build --release --bin career-nav --example floor && benches/instructions.py
NAV=PATH and FLOOR=PATH measure other builds.
"""
import fcntl
import os
import pty
import select
import struct
import subprocess
import sys
import tempfile
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NAV = os.environ.get("NAV") or os.path.join(ROOT, "target/release/career-nav")
FLOOR = os.environ.get("FLOOR") or os.path.join(ROOT, "target/release/examples/floor")
HIDE = b"\x1b[?25l"


def run(argv, environ, cols=80, rows=24, settle=3.0):
    """Run argv on a pty until its first frame, let it settle for `settle` seconds (under
    valgrind, the frame that completes a long page and the work done aside take a while),
    then send q and wait for it to end."""
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        os.execve(argv[0], argv, environ)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    seen = b""
    deadline = time.time() + 120
    while HIDE not in seen and time.time() < deadline:
        if select.select([fd], [], [], 1)[0]:
            try:
                seen += os.read(fd, 65536)
            except OSError:
                break
    if HIDE not in seen:
        sys.exit(f"no first frame from {argv}")
    time.sleep(settle)
    os.write(fd, b"q")
    end = time.time() + 60
    while time.time() < end:
        if select.select([fd], [], [], 0.5)[0]:
            try:
                if not os.read(fd, 65536):
                    break
            except OSError:
                break
        if os.waitpid(pid, os.WNOHANG)[0]:
            return
    os.kill(pid, 9)
    os.waitpid(pid, 0)


def counted(binary, args, environ, out):
    valgrind = ["/usr/bin/env", "valgrind", "--tool=callgrind", "--callgrind-out-file=" + out]
    run(valgrind + [binary] + args, environ)
    with open(out) as f:
        for line in f:
            if line.startswith("summary:"):
                return int(line.split()[1])
    sys.exit(f"no summary in {out}")


def main():
    home = tempfile.mkdtemp(prefix="cn-instr-")
    environ = dict(os.environ)
    environ.update(HOME=home, XDG_DATA_HOME=home + "/d", XDG_CONFIG_HOME=home + "/c",
                   TERM="xterm-256color")
    environ.pop("NO_COLOR", None)
    args = ["--grade", "主任", "--year", "3"]
    # The first start makes the record (and notes the map's edition); measure the next one.
    run([NAV] + args, environ)
    floor = counted(FLOOR, [], environ, os.path.join(home, "floor.cg"))
    nav_out = os.path.join(home, "nav.cg")
    nav = counted(NAV, args, environ, nav_out)
    print("| program | instructions | vs the floor |")
    print("| --- | ---: | ---: |")
    print(f"| floor | {floor:,} | 1.00x |")
    print(f"| career-nav | {nav:,} | {nav / floor:.2f}x |")
    top = int(os.environ.get("TOP", "0"))
    if top:
        report = subprocess.run(["callgrind_annotate", "--inclusive=yes", nav_out],
                                capture_output=True, text=True).stdout
        rows = [l for l in report.splitlines() if "%)" in l and "PROGRAM TOTALS" not in l]
        print()
        for l in rows[:top]:
            print(l[:160])


if __name__ == "__main__":
    main()
