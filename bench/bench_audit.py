"""Benchmark ``xen-abi audit`` and the vendored-copy fingerprint.

    python bench/bench_audit.py [--repeat K]

Measured (wall clock, best of --repeat):

- ``xen-abi audit`` on ../shared/consumers/varstored as a fresh process (what CI pays);
- ``audit()`` on varstored and on examples/ioreq_server.py with the catalogue already loaded;
- the fingerprint of QEMU's 28 headers of 4.17.0 against every release (``xen_abi.compare.vendored.fingerprint``),
  the copy already ingested, cold (release documents not yet loaded) and warm.

Prints Markdown (docs/audit.md quotes it).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _timing import best
from xen_abi.audit import audit
from xen_abi.compare.vendored import fingerprint, headers_of
from xen_abi.frontend.ingest import default_cache_dir, ingest
from xen_abi.frontend.source import open_source
from xen_abi.store.catalogue import Catalogue

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
QEMU_HEADERS = [
    "arch-arm.h",
    "arch-x86/cpuid.h",
    "arch-x86/xen-x86_32.h",
    "arch-x86/xen-x86_64.h",
    "arch-x86/xen.h",
    "event_channel.h",
    "features.h",
    "grant_table.h",
    "hvm/hvm_op.h",
    "hvm/params.h",
    "io/blkif.h",
    "io/console.h",
    "io/fbif.h",
    "io/kbdif.h",
    "io/netif.h",
    "io/protocols.h",
    "io/ring.h",
    "io/usbif.h",
    "io/xenbus.h",
    "io/xs_wire.h",
    "memory.h",
    "physdev.h",
    "sched.h",
    "trace.h",
    "vcpu.h",
    "version.h",
    "xen-compat.h",
    "xen.h",
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    varstored = SHARED / "consumers" / "varstored"
    rows: list[tuple[str, float]] = []
    cli = [sys.executable, "-m", "xen_abi", "audit", str(varstored), "--format", "json", "-o", "/dev/null"]
    rows.append(
        ("`xen-abi audit` varstored, fresh process", best(args.repeat, lambda: subprocess.run(cli, check=False)))
    )
    cat = Catalogue.load()
    audit([varstored], catalogue=cat)  # load what the catalogue keeps in memory
    rows.append(("`audit()` varstored, catalogue loaded", best(args.repeat, lambda: audit([varstored], catalogue=cat))))
    example = ROOT / "examples" / "ioreq_server.py"
    rows.append(
        (
            "`audit()` examples/ioreq_server.py, catalogue loaded",
            best(args.repeat, lambda: audit([example], catalogue=cat)),
        )
    )
    with tempfile.TemporaryDirectory() as tmp:
        for h in QEMU_HEADERS:
            (Path(tmp) / h).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(SHARED / "xen-headers" / "4.17.0" / h, Path(tmp) / h)
        [copy] = ingest([("copy", open_source(tmp))], archs=["x86_64"], cache_dir=default_cache_dir())
    headers = headers_of(copy)
    started = time.perf_counter()
    fingerprint(Catalogue.load(), copy, headers)
    rows.append(("fingerprint of QEMU's 28 headers, 24 releases, cold", time.perf_counter() - started))
    rows.append(("fingerprint, warm", best(args.repeat, lambda: fingerprint(cat, copy, headers))))
    print("| work | seconds |\n|---|---:|")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
