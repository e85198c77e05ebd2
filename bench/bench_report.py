"""Benchmark the compatibility report: the whole site for every release of the catalogue.

    python bench/bench_report.py [--catalogue DIR] [--jobs N] [--repeat K]

Runs what ``xen-abi report -o DIR`` runs (gather: load the releases and the
history, diff every consecutive pair, ask xen_abi.queries for the stable-since
answers; build the page records; render the templates; write the directory)
into a temporary directory, ``--repeat`` times, and prints a Markdown table
of the best wall-clock time of each step and of the whole, with the size of
the site.  The issue's budget is 10 s for the whole site; the script exits
1 when the best run is over it.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from xen_abi.report import render as report
from xen_abi.store.catalogue import Catalogue

BUDGET = 10.0  # seconds, the figure


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--catalogue", help="catalogue directory (default: the committed one)")
    parser.add_argument("--jobs", type=int, default=None, help="worker processes for the pair diffs (default: cores)")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    runs: list[report.Stats] = []
    with tempfile.TemporaryDirectory(prefix="xen-abi-bench-report-") as tmp:
        for i in range(args.repeat):
            # A fresh Catalogue each run: nothing is cached between runs.
            catalogue = Catalogue.load(args.catalogue)
            runs.append(report.report(catalogue, Path(tmp) / f"site{i}", jobs=args.jobs))
    best = min(runs, key=lambda s: s.seconds["total"])
    print(f"xen-abi report, {len(Catalogue.load(args.catalogue).releases)} releases, best of {args.repeat}:\n")
    print("| step | seconds |")
    print("|---|---:|")
    for step in ("gather", "build", "render", "write", "total"):
        print(f"| {step} | {best.seconds[step]:.2f} |")
    print(f"\n{best.files} files, {best.pages} HTML pages, {best.bytes / 1e6:.1f} MB")
    if best.seconds["total"] > BUDGET:
        print(f"over the {BUDGET:.0f} s budget", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
