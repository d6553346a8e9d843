#!/usr/bin/env python3
"""A held key in the real binary, on every screen, in a pseudo-terminal of 200x60.

For the embedded map (the baseline, measured in the same run) and each map file given
(e.g. the 100x and 1000x maps that `WRITE_MAPS=DIR cargo bench --bench scale` writes):
career-nav (`--grade 主任 --year 3`) is started and left until its output has been quiet
for half a second (the first frame and the work done aside after it are over); each screen
is opened, and then

- **held**: ↓ is sent 60 times, one every 33 ms (a keyboard's auto-repeat at 30 a second);
  for each key, the time from sending it until the end of the next frame to arrive (the
  hide-cursor sequence that ends every frame): the median and the slowest. "Current after
  release" is the time from the last key to the end of the last frame before the output is
  quiet: how long a user who lets go of the key waits for the screen to stop.
- **burst**: 100 ↓ sent in one write (keys queued while the program was busy): how many
  frames were drawn for them and the time until the last one.

Usage: cargo build --release --bin career-nav && benches/held_key.py [MAP...]
NAV=PATH measures another build. Prints a Markdown table.
"""
import fcntl
import os
import pty
import select
import statistics
import struct
import sys
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "benches"))
from startup import env as environ  # noqa: E402  (a private HOME, the same for every bench)
NAV = os.environ.get("NAV") or os.path.join(ROOT, "target/release/career-nav")
# Every frame ends by hiding the cursor, or by showing it where text is typed (search).
HIDE, SHOW = b"\x1b[?25l", b"\x1b[?25h"
DOWN = b"\x1b[B"
COLS, ROWS = 200, 60
HELD, EVERY = 60, 0.033
BURST = 100

# (screen, keys that open it from the ladder)
SCREENS = [
    ("職位の階段", b""),
    ("詳細（Enter, PgDn）", b"\r\x1b[6~"),
    ("全体像 2", b"2"),
    ("研修一覧 3", b"3"),
    ("比較 4", b"4"),
    ("用語集 5", b"5"),
    ("わたしの記録 6", b"6"),
    ("ヘルプ ?", b"?"),
    ("検索 / 研", "/研".encode()),
]


class Pty:
    def __init__(self, argv, environ):
        self.pid, self.fd = pty.fork()
        if self.pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
            os.execve(argv[0], argv, environ)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.tail = b""
        self.frames = []  # arrival time of the end of each frame

    def pump(self, until):
        """Read what arrives until the time `until`; note the end of every frame."""
        while True:
            left = until - time.perf_counter()
            if left <= 0:
                return
            ready, _, _ = select.select([self.fd], [], [], left)
            if not ready:
                return
            self._read()

    def _read(self):
        try:
            chunk = os.read(self.fd, 1 << 16)
        except OSError:
            chunk = b""
        if not chunk:
            raise SystemExit("career-nav ended")
        now = time.perf_counter()
        data = self.tail + chunk
        self.frames.extend([now] * (data.count(HIDE) + data.count(SHOW)))
        self.tail = data[-(len(HIDE) - 1):]

    def started(self):
        """Wait for the first frame (a big map takes a while to read), then for the output
        to be quiet for half a second."""
        deadline = time.perf_counter() + 60
        while not self.frames and time.perf_counter() < deadline:
            self.pump(min(deadline, time.perf_counter() + 0.01))
        self.quiet(0.5)

    def quiet(self, gap):
        """Read until no output has come for `gap` seconds; return when the last came."""
        last = time.perf_counter()
        while True:
            ready, _, _ = select.select([self.fd], [], [], gap)
            if not ready:
                return last
            self._read()
            last = time.perf_counter()

    def send(self, b):
        os.write(self.fd, b)

    def end(self):
        # `q` quits; where a notice takes it (a first start tells the map's edition), the
        # program is ended by a signal.
        self.send(b"q")
        try:
            self.quiet(0.3)
        except SystemExit:
            pass
        if os.waitpid(self.pid, os.WNOHANG)[0] == 0:
            os.kill(self.pid, 9)
            os.waitpid(self.pid, 0)
        os.close(self.fd)


def held(p):
    """Send HELD keys EVERY seconds apart; per-key waits and the wait after release."""
    sent = []
    start = time.perf_counter()
    for i in range(HELD):
        p.pump(start + i * EVERY)
        sent.append(time.perf_counter())
        p.send(DOWN)
    done = p.quiet(0.3)
    waits = []
    for t in sent:
        after = [f for f in p.frames if f >= t]
        waits.append((after[0] - t) if after else float("inf"))
    return waits, done - sent[-1]


def burst(p):
    before = len(p.frames)
    t = time.perf_counter()
    p.send(DOWN * BURST)
    done = p.quiet(0.3)
    return len(p.frames) - before, done - t


def measure(map_path):
    argv = [NAV, "--grade", "主任", "--year", "3"]
    if map_path:
        argv += ["--data", map_path]
    e = environ()
    # A first start records the map's edition; the measured starts find it known.
    p = Pty(argv, e)
    p.started()
    p.end()
    rows = []
    for name, keys in SCREENS:
        p = Pty(argv, e)
        p.started()
        if keys:
            p.send(keys)
            p.quiet(0.3)
        waits, release = held(p)
        frames, burst_time = burst(p)
        p.end()
        rows.append((name, waits, release, frames, burst_time))
    return rows


def ms(s):
    return f"{s * 1000:.2f} ms"


def main():
    maps = [None] + sys.argv[1:]
    print(f"held ↓: {HELD} keys {EVERY * 1000:.0f} ms apart; burst: {BURST} keys in one write; "
          f"{COLS}x{ROWS}")
    print()
    print("| map | screen | key → its frame, median | slowest | current after release "
          "| burst: frames | burst: last frame |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for m in maps:
        label = "embedded" if m is None else os.path.basename(m)
        for name, waits, release, frames, burst_time in measure(m):
            print(f"| {label} | {name} | {ms(statistics.median(waits))} | {ms(max(waits))} "
                  f"| {ms(release)} | {frames} | {ms(burst_time)} |")


if __name__ == "__main__":
    main()
