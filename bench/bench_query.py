"""Benchmark the interactive commands on a catalogue, side by side with a plain SQLite lookup.

    python bench/bench_query.py [--catalogue DIR] [--repeat K]

Each command runs as a user runs it (a fresh ``xen-abi`` process, its
start-up included); the peer is the same facts looked up in an SQLite file
of every release's entries (built here once, its build time shown apart): a
name's entries in every release, which is what ``query`` has to find.
Prints a Markdown table of wall-clock seconds (best of ``--repeat``) and the
load average, since the machine is shared.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _timing import best
from xen_abi.store.catalogue import Catalogue
from xen_abi.store.paths import DEFAULT_PATH

NAME = "XEN_DMOP_create_ioreq_server"


def commands(cat: Catalogue) -> list[tuple[str, list[str]]]:
    newest = [r for r in cat.releases if "unstable" not in r][-1]
    older = cat.releases[cat.releases.index(newest) - 1]
    return [
        (f"query {NAME}", ["query", NAME]),
        ("stable --from 4.15.0", ["stable", "--from", "4.15.0"]),
        ("abi-breaks", ["abi-breaks"]),
        ("show struct xen_dm_op", ["show", "struct xen_dm_op", "--release", newest, "--arch", "x86_64"]),
        ("layouts", ["layouts", "--release", newest, "--arch", "x86_64", "--visibility", "guest"]),
        ("constants", ["constants", "--release", newest, "--arch", "x86_64", "--visibility", "guest"]),
        ("hypercalls", ["hypercalls", "--release", newest]),
        (f"diff {older} {newest}", ["diff", older, newest]),
    ]


def build_index(cat: Catalogue, path: Path) -> None:
    """Every (release, section, name) -> entry of the catalogue's documents, indexed by name."""
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE entries (name TEXT, release TEXT, section TEXT, entry TEXT)")
    rows = []
    for r in cat.releases:
        data = cat.data(r)
        for section in ("types", "constants"):
            rows += [(n, r, section, json.dumps(v)) for n, v in data[section].items()]
        for section in ("hypercalls", "subops"):
            rows += [(n, r, section, json.dumps(v)) for n, v in data.get("calls", {}).get(section, {}).items()]
    db.executemany("INSERT INTO entries VALUES (?, ?, ?, ?)", rows)
    db.execute("CREATE INDEX by_name ON entries (name)")
    db.commit()
    db.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--catalogue", default=str(DEFAULT_PATH))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    cat = Catalogue.load(args.catalogue)
    exe = [sys.executable, "-m", "xen_abi", "--catalogue", args.catalogue]
    env = {**os.environ, "XDG_DATA_HOME": tempfile.mkdtemp()}  # never a user catalogue

    def run(argv: list[str]) -> None:
        subprocess.run([*exe, *argv], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)

    with tempfile.TemporaryDirectory() as tmp:
        index = Path(tmp) / "index.sqlite"
        started = time.perf_counter()
        build_index(cat, index)
        built = time.perf_counter() - started

        def lookup() -> None:
            script = (
                "import sqlite3,sys;db=sqlite3.connect(sys.argv[1]);"
                "print(len(db.execute('SELECT release, entry FROM entries WHERE name=?', (sys.argv[2],)).fetchall()))"
            )
            subprocess.run([sys.executable, "-c", script, str(index), NAME], stdout=subprocess.DEVNULL, check=True)

        peer = best(args.repeat, lookup)
        print(f"catalogue {args.catalogue}: {len(cat.releases)} releases; load average {os.getloadavg()[0]:.1f}")
        print(f"(the peer's SQLite file of every entry: built in {built:.1f} s, {index.stat().st_size >> 20} MB)\n")
        print("| command | xen-abi (s) | SQLite lookup of the name's entries (s) |")
        print("|---|---:|---:|")
        for label, argv in commands(cat):
            print(f"| `{label}` | {best(args.repeat, lambda argv=argv: run(argv)):.2f} | {peer:.2f} |")


if __name__ == "__main__":
    main()
