#!/usr/bin/env python3
"""Write the order in which a start first runs the navigator's functions (and reads its named
data) to benches/support/link-order.txt, the list `build.rs` gives the linker.

Why: a page fault on the binary maps the whole 64 KB window of the file around it (the
kernel's fault-around), so a start that runs ~600 functions scattered over 2.3 MB of code
makes nearly all of the code resident. Placed together, in the order they first run, they
fill a few windows (BENCHMARKS.md, "What stands in the way").

How: the shipped binary is built as it ships (`--release`, stripped) with a linker map
(`cargo rustc ... -C link-arg=-Wl,-Map=...`, which changes nothing else). Its names are the
ones to list: the profile's settings are part of every name's hash (a build with symbols kept,
`CARGO_PROFILE_RELEASE_STRIP=false`, names the same functions otherwise, and a list made from
it orders none of the navigator's own). Then one start of it (`--grade 主任 --year 3`, the
embedded map, a record made by a first start) runs under valgrind's lackey in a
pseudo-terminal of 80x24 until its first frame, then gets `q` (benches/instructions.py's
`run`); every instruction fetched and every load from the binary's mapping is mapped to the
input section that holds it in the map, and each section's name to its symbol.

Needs cargo and valgrind. Usage: benches/link_order.py

A name that no longer exists after a change is ignored by the linker (the list only places
what it names), so a stale list costs pages, never a build: regenerate it when
BENCHMARKS.md's resident code grows.
"""
import bisect
import os
import re
import struct
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from instructions import ROOT, run  # noqa: E402

OUT = os.path.join(ROOT, "benches/support/link-order.txt")
NAV = os.path.join(ROOT, "target/release/career-nav")
# Where valgrind loads a position-independent executable on x86-64 (checked below).
BASE = 0x108000
# An input section of the map: VMA, LMA, size, alignment, then `file:(section)`.
SECTION = re.compile(r"^\s*([0-9a-f]+)\s+[0-9a-f]+\s+([0-9a-f]+)\s+\d+\s+\S.*:\((\.[^)]*)\)$")
# Sections named after the one symbol they hold (function and data sections).
PREFIXES = (".text.unlikely.", ".text.hot.", ".text.", ".rodata.unlikely.", ".rodata.",
            ".data.rel.ro.local.", ".data.rel.ro.", ".data.", ".bss.", ".tdata.", ".tbss.")


def entry_point(binary):
    with open(binary, "rb") as f:
        header = f.read(64)
    if header[:4] != b"\x7fELF":
        sys.exit(f"{binary} is not an ELF file")
    return struct.unpack_from("<Q", header, 24)[0]


def sections(map_file):
    """(start, size, symbol) of every input section named after a symbol, by address."""
    out = []
    with open(map_file) as f:
        for line in f:
            m = SECTION.match(line)
            if not m or int(m.group(2), 16) == 0:
                continue
            name = m.group(3)
            for prefix in PREFIXES:
                if name.startswith(prefix):
                    symbol = name[len(prefix):]
                    # Not an anonymous constant (`.rodata..Lanon…`) or a merged pool.
                    if symbol and not symbol.startswith(".") and not symbol.startswith(("cst", "str1")):
                        out.append((int(m.group(1), 16), int(m.group(2), 16), symbol))
                    break
    out.sort()
    if len(out) < 100:
        sys.exit(f"{map_file}: no function sections found")
    return out


def main():
    home = tempfile.mkdtemp(prefix="cn-order-")
    map_file = os.path.join(home, "career-nav.map")
    subprocess.run(["cargo", "rustc", "--release", "--bin", "career-nav", "--",
                    "-C", f"link-arg=-Wl,-Map={map_file}"], cwd=ROOT, check=True)
    secs = sections(map_file)
    starts = [s[0] for s in secs]
    entry = entry_point(NAV)
    environ = dict(os.environ)
    environ.update(HOME=home, XDG_DATA_HOME=home + "/d", XDG_CONFIG_HOME=home + "/c",
                   TERM="xterm-256color")
    environ.pop("NO_COLOR", None)
    args = ["--grade", "主任", "--year", "3"]
    run([NAV] + args, environ)  # the first start makes the record
    log = os.path.join(home, "lackey.txt")
    run(["/usr/bin/env", "valgrind", "--tool=lackey", "--trace-mem=yes",
         "--log-file=" + log, NAV] + args, environ, settle=10.0)
    end = max(s + n for s, n, _ in secs)
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
            start, size, name = secs[i]
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
