"""Benchmark ``xen-abi check``, and the libabigail pipeline doing the same comparison side by side.

    python bench/bench_check.py [--corpus DIR] [--repeat K] [--baseline 4.22.0]

The working tree is the baseline release's headers with five edits:

  a. event_channel.h  struct evtchn_bind_virq.vcpu: uint32_t -> int32_t   (stable field type)
  b. memory.h         XENMEM_get_vnumainfo 26 -> 36                       (stable sub-op renumbered)
  c. xen.h            DOMID_FIRST_RESERVED 0x7FF0 -> 0x7FE0               (stable constant)
  d. domctl.h         struct xen_domctl_max_mem gains a field, no bump of
                      XEN_DOMCTL_INTERFACE_VERSION                        (interface-version rule)
  e. sched.h          a comment                                           (must stay silent)

Measured (wall clock, best of --repeat, each a fresh process as CI runs it):

- ``xen-abi check`` cold (empty content-hash cache) and warm, all six
  architectures and x86_64 only;
- libabigail 2.x as check-uapi.sh uses it (needs ``abigail-tools`` and gcc):
  one probe unit including every header the x86_64 tools view includes,
  compiled with ``-g -fno-eliminate-unused-debug-types``, ``abidw
  --load-all-types``, ``abidiff --non-reachable-types``; timed with the
  baseline's abixml already made (the fair counterpart of our committed
  catalogue) and from scratch.

Then which of a-e each tool reports.  Prints Markdown (docs/drift.md quotes it).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from xen_abi.frontend.corpus import default_corpus
from xen_abi.store.catalogue import Catalogue

EDITS: list[tuple[str, str, str, str]] = [
    (
        "a",
        "event_channel.h",
        "    uint32_t virq; /* enum virq */\n    uint32_t vcpu;",
        "    uint32_t virq; /* enum virq */\n    int32_t vcpu;",
    ),
    (
        "b",
        "memory.h",
        "#define XENMEM_get_vnumainfo                26",
        "#define XENMEM_get_vnumainfo                36",
    ),
    (
        "c",
        "xen.h",
        "#define DOMID_FIRST_RESERVED xen_mk_uint(0x7FF0)",
        "#define DOMID_FIRST_RESERVED xen_mk_uint(0x7FE0)",
    ),
    (
        "d",
        "domctl.h",
        "struct xen_domctl_max_mem {\n    /* IN variables. */\n    uint64_aligned_t max_memkb;\n",
        "struct xen_domctl_max_mem {\n    /* IN variables. */\n    uint64_aligned_t max_memkb;\n"
        "    uint64_aligned_t min_memkb;\n",
    ),
    ("e", "sched.h", "#define SCHEDOP_yield       0", "/* yield the CPU */\n#define SCHEDOP_yield       0"),
]

# What each edit is, in the two tools' vocabularies: an xen-abi change (kind, item), and what to look
# for in abidiff's report.
EXPECT = {
    "a": (("field-type-changed", "struct evtchn_bind_virq.vcpu"), "evtchn_bind_virq"),
    "b": (("subop-renumbered", "XENMEM_get_vnumainfo"), "XENMEM_get_vnumainfo"),
    "c": (("constant-changed", "DOMID_FIRST_RESERVED"), "DOMID_FIRST_RESERVED"),
    "d": (("size-changed", "struct xen_domctl_max_mem"), "xen_domctl_max_mem"),
}


def make_tree(corpus: Path, baseline: str, dest: Path) -> Path:
    shutil.copytree(corpus / baseline, dest)
    for _, header, old, new in EDITS:
        path = dest / header
        text = path.read_text(encoding="utf-8")
        if text.count(old) != 1:
            raise SystemExit(f"edit does not apply to {baseline}: {header}: {old!r}")
        path.write_text(text.replace(old, new), encoding="utf-8")
    return dest


def timed(
    cmd: list[str], env: dict[str, str] | None = None, cwd: Path | None = None
) -> tuple[float, subprocess.CompletedProcess]:
    started = time.perf_counter()
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=cwd, check=False)
    return time.perf_counter() - started, res


def best(repeat: int, fn) -> tuple[float, object]:
    results = [fn() for _ in range(repeat)]
    return min(r[0] for r in results), results[-1][1]


# -- xen-abi --------------------------------------------------------------------------------------


def bench_xen_abi(tree: Path, baseline: str, repeat: int, scratch: Path) -> dict:
    beside = Path(sys.executable).parent / "xen-abi"  # this environment's, not the first on PATH
    exe = str(beside) if beside.is_file() else shutil.which("xen-abi") or "xen-abi"
    out: dict = {}
    for label, archs in (("all archs", []), ("x86_64", ["--arch", "x86_64"])):
        cmd = [exe, "check", "--baseline", baseline, "--headers", str(tree), "--format", "json", *archs]

        def cold(cmd=cmd, label=label):
            cache = tempfile.mkdtemp(prefix="cold-", dir=scratch)
            return timed(cmd, env={**os.environ, "XEN_ABI_CACHE": cache})

        warm_cache = tempfile.mkdtemp(prefix="warm-", dir=scratch)
        warm_env = {**os.environ, "XEN_ABI_CACHE": warm_cache}
        timed(cmd, env=warm_env)  # fill
        cold_s, res = best(repeat, cold)
        warm_s, _ = best(repeat, lambda cmd=cmd, env=warm_env: timed(cmd, env=env))
        doc = json.loads(res.stdout)
        out[label] = {"cold": cold_s, "warm": warm_s, "status": res.returncode, "report": doc}
    return out


def xen_abi_found(doc: dict) -> dict[str, str]:
    found = {}
    items = {(c["kind"], c["item"]): c for c in doc["changes"]}
    for key, ((kind, item), _) in EXPECT.items():
        c = items.get((kind, item))
        found[key] = f"{c['severity']}: {kind}" if c else "missed"
    edit_e = [c for c in doc["changes"] if "sched.h" in (c["where"]["after"] or c["where"]["before"] or "")]
    found["e"] = "silent" if not edit_e else f"{len(edit_e)} false positive(s)"
    return found


# -- libabigail -----------------------------------------------------------------------------------


def probe_source(headers: list[str]) -> str:
    lines = ["#define __XEN_TOOLS__ 1", "#include <stdint.h>"]
    lines += [f"#include <xen/{h}>" for h in headers]
    lines.append("int xen_abi_probe_anchor(void) { return 0; }  /* abidw needs one ELF symbol */")
    return "\n".join(lines) + "\n"


def libabigail_side(tree: Path, name: str, headers: list[str], work: Path) -> tuple[dict[str, float], Path]:
    inc = work / f"inc-{name}"
    inc.mkdir()
    (inc / "xen").symlink_to(tree.resolve())  # -I on the tree itself would shadow glibc's features.h
    src = work / f"probe-{name}.c"
    src.write_text(probe_source(headers))
    obj, abi = work / f"probe-{name}.o", work / f"probe-{name}.abi"
    times = {}
    times["gcc"], res = timed(
        ["gcc", "-g", "-O0", "-w", "-fno-eliminate-unused-debug-types", "-c", f"-I{inc}", str(src), "-o", str(obj)]
    )
    if res.returncode:
        raise SystemExit(f"gcc failed on the probe: {res.stderr[-2000:]}")
    times["abidw"], res = timed(["abidw", "--no-corpus-path", "--load-all-types", str(obj), "--out-file", str(abi)])
    if res.returncode:
        raise SystemExit(f"abidw failed: {res.stderr[-2000:]}")
    return times, abi


def compilable(corpus: Path, baseline: str, headers: list[str], work: Path) -> list[str]:
    """The headers of the tools view that gcc compiles together with the system's stdint.h."""
    kept = list(headers)
    inc = work / "inc-probe"
    inc.mkdir()
    (inc / "xen").symlink_to((corpus / baseline).resolve())
    src = work / "probe-try.c"
    for _ in range(len(headers)):
        src.write_text(probe_source(kept))
        res = subprocess.run(["gcc", "-fsyntax-only", "-w", f"-I{inc}", str(src)], capture_output=True, text=True)
        if res.returncode == 0:
            return kept
        bad = {h for h in kept if f"xen/{h}" in res.stderr}
        if not bad:
            raise SystemExit(f"probe does not compile: {res.stderr[-2000:]}")
        kept = [h for h in kept if h not in bad]
    return kept


def bench_libabigail(corpus: Path, baseline: str, tree: Path, repeat: int, scratch: Path) -> dict | None:
    if not (shutil.which("abidw") and shutil.which("abidiff") and shutil.which("gcc")):
        return None
    version = subprocess.run(["abidiff", "--version"], capture_output=True, text=True).stdout.strip()
    cat = Catalogue.load()
    headers = [h for h in cat.release(baseline).configs["x86_64/tools"].headers if not h.startswith("arch-")]
    headers = compilable(corpus, baseline, headers, Path(tempfile.mkdtemp(dir=scratch)))

    def run() -> tuple[float, dict]:
        work = Path(tempfile.mkdtemp(dir=scratch))
        base_t, base_abi = libabigail_side(corpus / baseline, "base", headers, work)
        new_t, new_abi = libabigail_side(tree, "new", headers, work)
        diff_t, res = timed(["abidiff", "--non-reachable-types", str(base_abi), str(new_abi)])
        steps = {"baseline gcc+abidw": sum(base_t.values()), "tree gcc": new_t["gcc"], "tree abidw": new_t["abidw"]}
        steps["abidiff"] = diff_t
        return steps["tree gcc"] + steps["tree abidw"] + diff_t, {
            "steps": steps,
            "rc": res.returncode,
            "out": res.stdout,
        }

    runs = [run() for _ in range(repeat)]
    best_run = min(runs, key=lambda r: r[0])
    steps = {k: min(r[1]["steps"][k] for r in runs) for k in best_run[1]["steps"]}
    out = best_run[1]["out"]
    found = {}
    for key, (_, needle) in EXPECT.items():
        found[key] = "reported" if needle in out else "missed"
    found["e"] = "silent" if "sched.h" not in out else "reported"
    summary = next((line.strip() for line in out.splitlines() if "types summary" in line), "")
    return {
        "version": version,
        "headers": len(headers),
        "steps": steps,
        "with_baseline_abixml": steps["tree gcc"] + steps["tree abidw"] + steps["abidiff"],
        "from_scratch": sum(steps.values()),
        "rc": best_run[1]["rc"],
        "found": found,
        "summary": summary,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--corpus", default=str(default_corpus()))
    ap.add_argument("--baseline", default="4.22.0")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    load = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="bench-check-") as scratch_dir:
        scratch = Path(scratch_dir)
        tree = make_tree(corpus, args.baseline, scratch / "public")
        ours = bench_xen_abi(tree, args.baseline, args.repeat, scratch)
        theirs = bench_libabigail(corpus, args.baseline, tree, args.repeat, scratch)

    print(f"## xen-abi check vs libabigail ({args.baseline} + edits a-e, best of {args.repeat})")
    print(f"{os.cpu_count()} CPUs, load average {load:.2f} before the runs\n")
    print("| pipeline | archs | cold | warm / baseline prepared | exit status |")
    print("|---|---|---:|---:|---:|")
    for label, r in ours.items():
        print(f"| `xen-abi check` | {label} | {r['cold']:.2f} s | {r['warm']:.2f} s | {r['status']} |")
    if theirs:
        print(
            f"| gcc + abidw + abidiff ({theirs['version']}) | x86_64 (tools view, {theirs['headers']} headers) | "
            f"{theirs['from_scratch']:.2f} s | {theirs['with_baseline_abixml']:.2f} s | {theirs['rc']} |"
        )
        print("\nlibabigail steps (best): " + ", ".join(f"{k} {v:.2f} s" for k, v in theirs["steps"].items()))
        print(f"abidiff: {theirs['summary']}")
    else:
        print("\n(libabigail not installed: apt-get install abigail-tools)")
    print("\n| edit | xen-abi | libabigail |")
    print("|---|---|---|")
    found = xen_abi_found(ours["all archs"]["report"])
    for key, _, _, _ in EDITS:
        print(f"| {key} | {found[key]} | {theirs['found'][key] if theirs else 'n/a'} |")
    summary = ours["all archs"]["report"]["summary"]
    print(f"\nxen-abi summary (all archs): {json.dumps(summary, sort_keys=True)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
