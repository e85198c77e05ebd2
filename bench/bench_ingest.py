"""Benchmark ingestion, and libclang doing the same layout work side by side.

    python bench/bench_ingest.py [--corpus DIR] [--jobs N] [--repeat K]

Measures, on the real corpus:
- cold ingest of one release (4.22.0: every arch, both visibilities), no cache;
- cold ingest of every release, no cache;
- warm re-run of ``xen-abi ingest`` on every release (caches filled by a first run);
- libclang on the same translation units (same headers, same flags as
  ``xen-abi verify``), laying out every record and reading every field
  offset, over the same process pool: the reference the issue asks for.

Prints a Markdown table (the README's figures come from it).  Times are the
best of ``--repeat`` runs, in seconds of wall-clock time.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _timing import best
from xen_abi.build import build_catalogue
from xen_abi.frontend.corpus import default_corpus
from xen_abi.frontend.ingest import ingest, latest_interface_version, supported_archs
from xen_abi.frontend.preprocess import STUB_INCLUDE, unit_headers, visibility_defines
from xen_abi.frontend.source import from_directory
from xen_abi.ir.archs import ARCH_NAMES, ARCHES
from xen_abi.ir.model import VISIBILITIES, Config


def _clang_unit(task: tuple[str, str, str, int | None]) -> int:
    """libclang: parse one configuration's unit and lay out every record in it."""
    import clang.cindex as ci

    root, arch_name, vis, interface = task
    arch = ARCHES[arch_name]
    config = Config(arch_name, next(v for v in VISIBILITIES if v.value == vis))
    headers = unit_headers([str(p.relative_to(root)) for p in Path(root).rglob("*.h")], arch)
    source = "#include <stdint.h>\n#include <stddef.h>\n" + "".join(f'#include "{h}"\n' for h in headers)
    with tempfile.TemporaryDirectory() as alias:
        (Path(alias) / "public").symlink_to(Path(root).resolve())
        args = [
            f"--target={arch.clang_target}",
            "-ffreestanding",
            "-nostdinc",
            "-std=gnu17",
            "-I",
            str(STUB_INCLUDE),
            "-I",
            alias,
            "-iquote",
            root,
            "-Wno-implicit-function-declaration",
            *visibility_defines(config.visibility, interface),
        ]
        path = str(Path(root) / "bench-unit.c")
        tu = ci.Index.create().parse(path, args=args, unsaved_files=[(path, source)])
    records = 0
    kinds = (ci.CursorKind.STRUCT_DECL, ci.CursorKind.UNION_DECL)

    def visit(cursor) -> None:
        nonlocal records
        for child in cursor.get_children():
            if child.kind in kinds and child.is_definition():
                t = child.type
                t.get_size(), t.get_align()
                for f in t.get_fields():
                    f.get_field_offsetof()
                records += 1
                visit(child)
            elif child.kind == ci.CursorKind.TYPEDEF_DECL:
                t = child.underlying_typedef_type
                t.get_size(), t.get_align()

    visit(tu.cursor)
    return records


def clang_tasks(corpus: Path, releases: list[str]) -> list[tuple[str, str, str, int | None]]:
    tasks = []
    for release in releases:
        tree = from_directory(corpus / release)
        ok, _ = supported_archs(tree, ARCH_NAMES)
        interface = latest_interface_version(tree)
        tasks += [(str(corpus / release), a, v.value, interface) for a in ok for v in VISIBILITIES]
    return tasks


def run_clang(tasks, jobs: int) -> None:
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        list(pool.map(_clang_unit, tasks))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--one", default="4.22.0", help="the release of the single-release figures")
    args = parser.parse_args()
    releases = sorted(p.name for p in args.corpus.iterdir() if (p / "xen.h").is_file())
    trees = [(r, from_directory(args.corpus / r)) for r in releases]
    one = [(r, t) for r, t in trees if r == args.one]

    rows = []
    with tempfile.TemporaryDirectory() as cache:
        cache_dir = Path(cache)
        one_cold = best(args.repeat, lambda: ingest(one, jobs=args.jobs))
        all_cold = best(max(1, args.repeat - 2), lambda: ingest(trees, jobs=args.jobs))
        out = cache_dir / "catalogue"

        def rebuild() -> None:
            build_catalogue(trees, out, archs=ARCH_NAMES, jobs=args.jobs, cache_dir=cache_dir, replace=True)

        rebuild()  # fill the caches
        all_warm = best(args.repeat, rebuild)
    one_clang = best(args.repeat, lambda: run_clang(clang_tasks(args.corpus, [args.one]), args.jobs))
    all_clang = best(max(1, args.repeat - 2), lambda: run_clang(clang_tasks(args.corpus, releases), args.jobs))
    configs_one = len(clang_tasks(args.corpus, [args.one]))
    configs_all = len(clang_tasks(args.corpus, releases))
    rows.append((f"one release ({args.one}, {configs_one} configs), cold", one_cold, one_clang))
    rows.append((f"all {len(releases)} releases ({configs_all} configs), cold", all_cold, all_clang))
    rows.append((f"all {len(releases)} releases, warm (cache)", all_warm, None))
    print(f"jobs={args.jobs}, cpus={os.cpu_count()}, best of {args.repeat}\n")
    print("| work | xen-abi (s) | libclang, same units (s) | ratio |")
    print("|---|---:|---:|---:|")
    for name, ours, clang in rows:
        ratio = f"{ours / clang:.1f}x" if clang else ""
        print(f"| {name} | {ours:.2f} | {'' if clang is None else f'{clang:.2f}'} | {ratio} |")


if __name__ == "__main__":
    main()
