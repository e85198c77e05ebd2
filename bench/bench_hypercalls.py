"""Benchmark the hypercall stage, the history and the queries.

    python bench/bench_hypercalls.py [--catalogue DIR] [--corpus DIR] [--repeat K]

Measures, on the real corpus and a catalogue built from it:
- header scan plus sub-op extraction (every configuration) of one release
  (4.22.0) and of every release: what the stage adds to ``xen-abi ingest``;
- building the history of every release (done by ``write_catalogue``);
- loading history.json;
- ``stable --from 4.15.0``, ``query`` of a sub-op and ``hypercalls`` listing,
  each from a fresh catalogue object (what one CLI run pays).

Prints a Markdown table (docs/hypercalls.md's figures come from it).  Times
are the best of ``--repeat`` runs, in seconds of wall-clock time.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _timing import best
from xen_abi import queries
from xen_abi.compare import history
from xen_abi.frontend import hypercalls
from xen_abi.frontend.corpus import default_corpus
from xen_abi.frontend.source import from_directory
from xen_abi.store.catalogue import Catalogue
from xen_abi.store.paths import DEFAULT_PATH


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--catalogue", default=str(DEFAULT_PATH))
    ap.add_argument("--corpus", default=str(default_corpus()))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    catalogue = Catalogue.load(args.catalogue)
    releases = [catalogue.release(r) for r in catalogue.releases]
    trees = {r.release: from_directory(Path(args.corpus) / r.release).files for r in releases}

    def extract(names: list[str]) -> None:
        for r in releases:
            if r.release in names:
                hypercalls.extract_release(r, trees[r.release], {})

    def fresh() -> Catalogue:
        return Catalogue.load(args.catalogue)

    rows = [
        ("scan + extract sub-ops, 4.22.0 (12 configurations)", best(args.repeat, lambda: extract(["4.22.0"]))),
        (
            f"scan + extract sub-ops, all {len(releases)} releases",
            best(args.repeat, lambda: extract(catalogue.releases)),
        ),
        ("build the history of every release", best(args.repeat, lambda: history.build(releases))),
        ("load history.json", best(args.repeat, lambda: history.of_catalogue(fresh()))),
        (
            "stable --from 4.15.0 (x86_64), fresh catalogue",
            best(args.repeat, lambda: queries.stable(fresh(), arch="x86_64", first="4.15.0")),
        ),
        (
            "query XEN_DMOP_create_ioreq_server (all archs), fresh catalogue",
            best(args.repeat, lambda: queries.query(fresh(), "XEN_DMOP_create_ioreq_server")),
        ),
        ("hypercalls --release 4.22.0, fresh catalogue", best(args.repeat, lambda: queries.hypercalls(fresh()))),
    ]
    print("| step | seconds |")
    print("|---|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} |")


if __name__ == "__main__":
    main()
