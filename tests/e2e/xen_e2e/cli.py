"""``python3 tests/e2e/run.py build|boot``: the harness by hand, JSON on stdout.

Exit status: 0 success; 1 the boot or the program failed (stderr: one line
saying how far the boot got, then the serial log's tail); 2 bad command line;
3 the harness could not do its job (a tool missing, a download failing).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from xen_e2e import E2EError, E2EUsageError, artefacts, ioreq, qemu, runner

HERE = Path(__file__).resolve().parents[1]  # tests/e2e
REPO = HERE.parents[1]
DEFAULT_PROGRAM = HERE / "program.py"
BINDINGS = Path(os.environ.get("XEN_ABI_E2E_BINDINGS") or REPO / "generated" / "xen_abi_bindings")

EXIT_FAILED = 1
EXIT_USAGE = 2
EXIT_HARNESS = 3


def _say(text: str) -> None:
    print(f"xen-e2e: {text}", file=sys.stderr, flush=True)


def _artefacts_json(a: artefacts.Artefacts) -> dict:
    return {
        "hypervisors": {
            s: {"package": h.package, "version": h.version, "image": str(h.image)} for s, h in a.hypervisors.items()
        },
        "kernel": str(a.kernel),
        "initrd": str(a.initrd),
        "rootfs": {s: str(r) for s, r in a.rootfs.items()},
        "versions": a.versions,
    }


def cmd_build(args: argparse.Namespace) -> int:
    built = artefacts.build(args.cache, args.xen, say=_say)
    print(json.dumps(_artefacts_json(built), indent=1, sort_keys=True))
    return 0


def cmd_boot(args: argparse.Namespace) -> int:
    artefacts.check_series(args.series)
    if not args.program.is_file():
        raise E2EUsageError(f"{args.program}: no such program")
    if reason := qemu.qemu_available():
        raise E2EError(f"cannot boot here: {reason}")
    packages = args.package if args.package is not None else [BINDINGS]
    built = artefacts.build(args.cache, args.series, say=_say)
    workdir = args.log_dir or Path(tempfile.mkdtemp(prefix="xen-e2e-"))
    status = 0
    runs = []
    for series in args.series:
        _say(f"boot Xen {series} with {args.program.name}")
        run = runner.run_program(built, series, args.program, packages, workdir, timeout_s=args.timeout)
        runs.append(
            {
                "series": series,
                "package": run.hypervisor.package,
                "version": run.hypervisor.version,
                "xen_banner_version": run.report.xen_version,
                "stage": run.report.stage,
                "status": run.report.status,
                "timed_out": run.boot.timed_out,
                "elapsed_s": round(run.boot.elapsed_s, 1),
                "log": str(run.boot.log),
                "result": run.report.result,
            }
        )
        if not run.ok:
            print(run.failure(), file=sys.stderr)
            status = EXIT_FAILED
    print(json.dumps(runs, indent=1, sort_keys=True))
    return status


def cmd_ioreq(args: argparse.Namespace) -> int:
    artefacts.check_series(args.series)
    if reason := qemu.qemu_available():
        raise E2EError(f"cannot boot here: {reason}")
    programs = ioreq.server_programs()
    built = artefacts.build(args.cache, args.series, say=_say)
    guests = ioreq.build_guests(args.cache)
    workdir = args.log_dir or Path(tempfile.mkdtemp(prefix="xen-e2e-ioreq-"))
    runs = ioreq.default_runs(programs, failure_modes=not args.round_trip_only)
    status = 0
    out = []
    for series in args.series:
        _say(f"boot Xen {series}: {', '.join(r.name for r in runs)}")
        boot = ioreq.run_ioreq(built, series, runs, BINDINGS, workdir / series, guests, timeout_s=args.timeout)
        wrong = boot.mismatches()
        out.append(
            {
                "series": series,
                "version": boot.run.hypervisor.version,
                "stage": boot.run.report.stage,
                "elapsed_s": round(boot.run.boot.elapsed_s, 1),
                "log": str(boot.run.boot.log),
                "mismatches": wrong,
                "result": boot.run.report.result,
            }
        )
        if wrong:
            print(f"Xen {series}:\n" + "\n".join(wrong), file=sys.stderr)
            status = EXIT_FAILED
    print(json.dumps(out, indent=1, sort_keys=True))
    return status


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="xen-e2e", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--cache", type=Path, default=artefacts.default_cache(), help=f"artefact cache (${artefacts.CACHE_ENV})"
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    p = sub.add_parser("build", help="download and build the boot artefacts (reused when the versions match)")
    p.add_argument("--xen", action="append", choices=list(artefacts.HYPERVISORS), help="only this series")
    p.set_defaults(func=cmd_build)
    p = sub.add_parser("boot", help="boot Xen with a program in dom0 and report its result")
    p.add_argument("series", nargs="+", help=f"Xen series: {', '.join(artefacts.HYPERVISORS)}")
    p.add_argument("--program", type=Path, default=DEFAULT_PROGRAM, help="the dom0 program (default: program.py)")
    p.add_argument(
        "--package", type=Path, action="append", help="a Python package for its PYTHONPATH (default: the bindings)"
    )
    p.add_argument("--timeout", type=float, default=qemu.Boot.timeout_s, help="seconds per boot")
    p.add_argument("--log-dir", type=Path, help="where the payloads and serial logs go (default: a new temp dir)")
    p.set_defaults(func=cmd_boot)
    p = sub.add_parser("ioreq", help="boot Xen with the toolstack and the IOREQ server programs serving a guest")
    p.add_argument("series", nargs="+", help=f"Xen series: {', '.join(artefacts.HYPERVISORS)}")
    p.add_argument("--round-trip-only", action="store_true", help="leave out the failure-mode runs")
    p.add_argument("--timeout", type=float, default=ioreq.BOOT_TIMEOUT_S, help="seconds per boot")
    p.add_argument("--log-dir", type=Path, help="where the payloads and serial logs go (default: a new temp dir)")
    p.set_defaults(func=cmd_ioreq)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except E2EError as e:
        print(f"xen-e2e: error: {e}", file=sys.stderr)
        return EXIT_USAGE if isinstance(e, E2EUsageError) else EXIT_HARNESS
    except KeyboardInterrupt:
        print("xen-e2e: interrupted", file=sys.stderr)
        return 130
