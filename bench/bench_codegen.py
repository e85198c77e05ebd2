"""Benchmark the bindings generators and the generated cffi package.

    python bench/bench_codegen.py [--repeat K] [--cargo]

Measures, on the committed catalogue (default range 4.15.0 .. newest, every arch):
- selection (stage 1) and each renderer (cffi package, C header, Rust crate);
- the cffi package at run time: import, building the host's core FFI, building
  every release view's FFI of every architecture, and the full self-test
  (host natively, then every architecture packed);
- with ``--cargo``: ``cargo test --lib`` of the Rust crate from a clean target.

Prints a Markdown table (docs/bindings.md's figures come from it).  Times are
the best of ``--repeat`` runs, in seconds of wall-clock time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _timing import best

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


from xen_abi.codegen.c_header import render_header  # noqa: E402
from xen_abi.codegen.cffi import render_package  # noqa: E402
from xen_abi.codegen.rust import render_crate  # noqa: E402
from xen_abi.codegen.select import select  # noqa: E402
from xen_abi.store.catalogue import Catalogue  # noqa: E402


def in_child(code: str) -> float:
    """Wall-clock time of ``code`` in a fresh interpreter that imports only the committed package."""
    prelude = f"import sys, time; sys.path.insert(0, {str(REPO / 'generated')!r}); sys.modules['abi'] = None\n"
    script = prelude + "t = time.perf_counter()\n" + code + "\nprint(time.perf_counter() - t)\n"
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, cwd="/")
    return float(done.stdout.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cargo", action="store_true", help="also time cargo test of the Rust crate")
    args = parser.parse_args()
    catalogue = Catalogue.load()
    for r in catalogue.releases:  # loading the catalogue is not what is measured
        catalogue.release(r)
    rows: list[tuple[str, float]] = []
    selection = select(catalogue)
    rows.append(("select (stage 1), 6 archs x 8 releases", best(args.repeat, lambda: select(catalogue))))
    rows.append(("render cffi package", best(args.repeat, lambda: render_package(selection))))
    rows.append(("render C header", best(args.repeat, lambda: render_header(selection, "xen_abi_bindings"))))
    rows.append(("render Rust crate", best(args.repeat, lambda: render_crate(selection, "xen_abi_bindings"))))

    def child(code: str) -> float:
        return min(in_child(code) for _ in range(args.repeat))

    rows.append(("import xen_abi_bindings", child("import xen_abi_bindings")))
    host_ffi = child("import xen_abi_bindings as x\nx.core().new('ioreq_t')")
    rows.append(("core(): build the host FFI and use it", host_ffi))
    rows.append(
        (
            "every release view of every arch (48 FFIs)",
            child(
                "import xen_abi_bindings as x\n"
                "for a in x.ARCHES:\n"
                "    for r in x.RELEASES:\n"
                "        try: x.for_release(r, a).new('struct xen_dm_op')\n"
                "        except x.ReleaseError: pass"
            ),
        )
    )
    rows.append(("selftest, host (native)", child("from xen_abi_bindings.selftest import main\nmain(['-q'])")))
    every_arch = child("from xen_abi_bindings.selftest import main\nmain(['-q', '--all-arches'])")
    rows.append(("selftest, every arch (packed)", every_arch))
    if args.cargo and shutil.which("cargo"):
        with tempfile.TemporaryDirectory() as tmp:
            crate = Path(tmp) / "crate"
            shutil.copytree(REPO / "generated" / "rust", crate, ignore=shutil.ignore_patterns("target", "Cargo.lock"))
            env = {**os.environ, "CARGO_TARGET_DIR": str(Path(tmp) / "target")}
            started = time.perf_counter()
            command = ["cargo", "test", "--offline", "--lib", "-q"]
            subprocess.run(command, cwd=crate, env=env, check=True, capture_output=True)
            rows.append(("cargo test --lib, clean build (Rust crate)", time.perf_counter() - started))
    print("| step | seconds |\n|---|---|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
