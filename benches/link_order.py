#!/usr/bin/env python3
"""Write the order in which a start first runs the navigator's functions (and reads its named
data) to benches/support/link-order.txt, the list `build.rs` gives the linker.

Why: a page fault on the binary maps the whole 64 KB window of the file around it (the
kernel's fault-around), so a start that runs ~600 functions scattered over 2.3 MB of code
makes nearly all of the code resident. Placed together, in the order they first run, they
fill a few windows (BENCHMARKS.md, "What stands in the way").

How: one start of career-nav (`--grade 主任 --year 3`, the embedded map, a record made by a
first start) runs under valgrind's lackey in a pseudo-terminal of 80x24 until its first
frame, then gets `q` (benches/instructions.py's `run`); every instruction fetched and every
load from the binary's mapping is mapped to the symbol that holds it (`nm`).

Needs a release build with symbols and valgrind:

    CARGO_PROFILE_RELEASE_STRIP=false cargo build --release --bin career-nav
    benches/link_order.py            # NAV=PATH for another build

A name that no longer exists after a change is ignored by the linker (the list only places
what it names), so a stale list costs pages, never a build: regenerate it when
BENCHMARKS.md's resident code grows.
"""
import bisect
import os
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from instructions import NAV, ROOT, run  # noqa: E402

OUT = os.path.join(ROOT, "benches/support/link-order.txt")
# Where valgrind loads a position-independent executable on x86-64 (checked below).
BASE = 0x108000


def entry_point(binary):
    with open(binary, "rb") as f:
        header = f.read(64)
    if header[:4] != b"\x7fELF":
        sys.exit(f"{binary} is not an ELF file")
    return struct.unpack_from("<Q", header, 24)[0]


def symbols(binary):
    """(start, size, name) of every sized symbol, sorted by address."""
    out = subprocess.run(["nm", "-S", "--defined-only", binary],
                         capture_output=True, text=True, check=True).stdout
    syms = []
    for line in out.splitlines():
        parts = line.split(maxsplit=3)
        if len(parts) == 4:
            syms.append((int(parts[0], 16), int(parts[1], 16), parts[3]))
    if len(syms) < 100:
        sys.exit(f"{binary} has no symbols: build it with CARGO_PROFILE_RELEASE_STRIP=false")
    syms.sort()
    return syms


def main():
    syms = symbols(NAV)
    starts = [s[0] for s in syms]
    entry = entry_point(NAV)
    home = tempfile.mkdtemp(prefix="cn-order-")
    environ = dict(os.environ)
    environ.update(HOME=home, XDG_DATA_HOME=home + "/d", XDG_CONFIG_HOME=home + "/c",
                   TERM="xterm-256color")
    environ.pop("NO_COLOR", None)
    args = ["--grade", "主任", "--year", "3"]
    run([NAV] + args, environ)  # the first start makes the record
    log = os.path.join(home, "lackey.txt")
    run(["/usr/bin/env", "valgrind", "--tool=lackey", "--trace-mem=yes",
         "--log-file=" + log, NAV] + args, environ)
    end = max(s + n for s, n, _ in syms)
    order, seen, entered = [], set(), False
    with open(log) as f:
        for line in f:
            parts = line.split()
            if len(parts) != 2 or parts[0] not in ("I", "L", "M", "S"):
                continue
            at = int(parts[1].split(",")[0], 16) - BASE
            if not 0 <= at < end:
                continue
            entered |= parts[0] == "I" and at == entry
            i = bisect.bisect_right(starts, at) - 1
            if i < 0:
                continue
            start, size, name = syms[i]
            if at < start + size and name not in seen:
                seen.add(name)
                order.append(name)
    if not entered:
        sys.exit(f"the entry point was never run at {BASE + entry:#x}: valgrind loaded the "
                 "binary elsewhere; set BASE in this script")
    with open(OUT, "w") as f:
        f.write("".join(name + "\n" for name in order))
    print(f"{len(order)} symbols in first-use order written to {OUT}")


if __name__ == "__main__":
    main()
