"""Issue 17's speed table in one run: each line of xen-abi's work beside its peer on the same work.

    python bench/run.py [--corpus DIR] [--point DIR] [--hypervisor DIR] [--jobs 2] [--skip-all]

Every figure is a fresh process (cold means: a new process and an empty
cache), timed in wall clock and in CPU (the process and its children: cpp,
the workers), with the load average of the machine beside it:

- ``xen-abi ingest`` of one release (4.22.0, one job) against libclang laying
  out the same translation units (``bench_ingest._clang_unit``, one job);
- ``xen-abi ingest`` of every release of both corpora (x.y.0 and point
  releases, ``--jobs``), into an empty cache, against libclang on the same
  units over a pool of as many workers; then the warm re-run on that cache;
- ``xen-abi check`` of an edited 4.22.0 tree, all six arches, cold, against
  libabigail's gcc + abidw + abidiff on x86_64 alone (``bench_check``;
  needs ``abigail-tools``);
- ``xen-abi --help`` against ``python -c pass``;
- ``xen-abi query XEN_DMOP_create_ioreq_server`` against the same lookup in
  an SQLite index built from the same catalogue.

Prints a Markdown table (README, Performance).  ``--skip-all`` leaves out the
two all-release lines (about ten minutes on two cores); ``--keep DIR`` keeps
their catalogue, to compare it with one built by other code.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from xen_abi.common.releases import version_key
from xen_abi.frontend.corpus import default_corpus
from xen_abi.store.catalogue import Catalogue
from xen_abi.store.paths import DEFAULT_PATH

HERE = Path(__file__).resolve().parent


@dataclass
class Figure:
    wall: float
    cpu: float
    load: float  # one-minute load average when the run started

    def __str__(self) -> str:
        return f"{self.wall:.2f} s wall, {self.cpu:.2f} s CPU (load {self.load:.1f})"


def run(
    cmd: list[str], env: dict[str, str] | None = None, ok: tuple[int, ...] = (0,)
) -> tuple[Figure, subprocess.CompletedProcess[str]]:
    """Run a command; its wall time and the CPU time of it and all its children."""
    load = os.getloadavg()[0]
    before = os.times()
    started = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - started
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system - before.children_system)
    if res.returncode not in ok:
        raise SystemExit(f"{' '.join(cmd[:4])}... failed ({res.returncode}): {res.stderr[-2000:]}")
    return Figure(wall, cpu, load), res


def xen_abi() -> str:
    """This environment's xen-abi (not whichever is first on PATH)."""
    beside = Path(sys.executable).parent / "xen-abi"
    return str(beside) if beside.is_file() else shutil.which("xen-abi") or "xen-abi"


def ingest(dirs: list[Path], out: Path, jobs: int, cache: Path | None, hypervisor: Path) -> Figure:
    cmd = [xen_abi(), "ingest", *map(str, dirs), "-o", str(out), "--replace", "-q", "--jobs", str(jobs)]
    if hypervisor.is_dir():
        cmd += ["--hypervisor", str(hypervisor)]
    env = dict(os.environ)
    if cache is None:
        cmd.append("--no-cache")
    else:
        env["XEN_ABI_CACHE"] = str(cache)
    return run(cmd, env)[0]


def clang(dirs: list[Path], jobs: int) -> Figure:
    """libclang over the same translation units, in a fresh process (bench_ingest's worker)."""
    code = (
        "import sys; sys.path[:0] = sys.argv[1:3]\n"
        "from pathlib import Path\n"
        "from bench_ingest import _clang_unit, clang_tasks, run_clang\n"
        "tasks = [t for d in sys.argv[4:] for t in clang_tasks(Path(d).parent, [Path(d).name])]\n"
        "jobs = int(sys.argv[3])\n"
        "[_clang_unit(t) for t in tasks] if jobs == 1 else run_clang(tasks, jobs)\n"
    )
    return run([sys.executable, "-c", code, str(HERE), str(HERE.parent), str(jobs), *map(str, dirs)])[0]


def sqlite_index(catalogue: Path, db: Path) -> None:
    """What an indexed store would answer from: each constant and type, per release and configuration."""
    cat = Catalogue.load(catalogue)
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE item (name TEXT, release TEXT, config TEXT, body TEXT)")
    rows = []
    for name in cat.releases:
        release = cat.release(name)
        for key, abi in release.configs.items():
            rows += [(c, name, key, json.dumps([v.text, v.value, v.where])) for c, v in abi.constants.items()]
    con.executemany("INSERT INTO item VALUES (?, ?, ?, ?)", rows)
    con.execute("CREATE INDEX item_name ON item (name)")
    con.commit()
    con.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("--point", type=Path, default=None, help="the point releases (default: beside the corpus)")
    ap.add_argument("--hypervisor", type=Path, default=None)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--one", default="4.22.0")
    ap.add_argument("--skip-all", action="store_true")
    ap.add_argument("--keep", type=Path, help="copy the catalogue of every release here (to compare it)")
    args = ap.parse_args()
    point = args.point or args.corpus.parent / "xen-headers-point"
    hypervisor = args.hypervisor or args.corpus.parent / "xen-hypervisor"
    every = [p for root in (args.corpus, point) if root.is_dir() for p in root.iterdir() if (p / "xen.h").is_file()]
    every.sort(key=lambda p: version_key(p.name))
    print(f"{os.cpu_count()} CPUs; each figure a fresh process; load = one-minute load average at its start\n")
    print("| work | xen-abi | peer | peer's figure | ratio (CPU) | target |")
    print("|---|---:|---|---:|---:|---|", flush=True)

    with tempfile.TemporaryDirectory(prefix="bench-run-") as scratch_dir:
        scratch = Path(scratch_dir)
        exe = xen_abi()
        one = [args.corpus / args.one]
        ours = ingest(one, scratch / "one", 1, None, hypervisor)
        theirs = clang(one, 1)
        row(f"ingest one release cold ({args.one}, 1 job)", ours, "libclang, same units", theirs, "<= 2x")

        import bench_check

        tree = bench_check.make_tree(args.corpus, args.one, scratch / "public")
        cmd = [exe, "check", "--baseline", args.one, "--headers", str(tree), "--format", "json"]
        # An even status is a verdict (the edits are breaking: 16 | 8); an odd one an error (README, Exit status).
        verdicts = tuple(range(0, 128, 2))
        ours, _ = run(cmd, {**os.environ, "XEN_ABI_CACHE": str(scratch / "check-cache")}, ok=verdicts)
        found = bench_check.bench_libabigail(args.corpus, args.one, tree, 1, scratch)
        work = "`check` edited tree, all 6 arches, cold"
        if found:
            # bench_check times libabigail's steps in wall clock; they are single-threaded programs.
            row(
                work,
                ours,
                "libabigail, x86_64 only",
                Figure(found["from_scratch"], found["from_scratch"], ours.load),
                "faster",
            )
        else:
            row(work, ours, "libabigail not installed (apt-get install abigail-tools)", None, "faster")

        ours, _ = run([exe, "--help"])
        theirs, _ = run([sys.executable, "-c", "pass"])
        row("`xen-abi --help`", ours, "`python -c pass`", theirs, "< 0.15 s")

        db = scratch / "index.sqlite"
        sqlite_index(DEFAULT_PATH, db)
        name = "XEN_DMOP_create_ioreq_server"
        ours, _ = run([exe, "query", name])
        lookup = (
            "import sqlite3, sys; con = sqlite3.connect(sys.argv[1]); "
            "rows = con.execute('SELECT release, config, body FROM item WHERE name = ?', (sys.argv[2],)).fetchall(); "
            "print(len(rows))"
        )
        theirs, _ = run([sys.executable, "-c", lookup, str(db), name])
        row(f"`query {name}`", ours, "SQLite lookup, same catalogue", theirs, "< 0.3 s")

        if not args.skip_all:
            cache = scratch / "cache"
            ours = ingest(every, scratch / "all", args.jobs, cache, hypervisor)
            print(f"<!-- all {len(every)} cold: {ours} -->", flush=True)  # kept should libclang's run be cut short
            if args.keep:
                shutil.copytree(scratch / "all", args.keep, dirs_exist_ok=True)
            warm = ingest(every, scratch / "all", args.jobs, cache, hypervisor)
            row(f"warm re-run of all {len(every)} releases on the cold run's cache", warm, "", None, "< 3 s")
            theirs = clang(every, args.jobs)
            row(f"ingest all {len(every)} releases cold ({args.jobs} jobs)", ours, "libclang", theirs, "< 300 s wall")
    return 0


def row(work: str, ours: Figure, peer: str, theirs: Figure | None, target: str) -> None:
    """One line of the table, printed as soon as it is measured."""
    ratio = f"{ours.cpu / theirs.cpu:.1f}x" if theirs and theirs.cpu else ""
    print(f"| {work} | {ours} | {peer} | {theirs or ''} | {ratio} | {target} |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
