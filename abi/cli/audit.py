"""``xen-abi audit``: the parser; the work is xen_abi.audit (scanning, verdicts) and its renderers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from xen_abi.common.errors import UsageError, XenAbiError


def add_parsers(sub: Any) -> None:
    """The ``audit`` subcommand (xen_abi.cli.main calls this)."""
    p = sub.add_parser("audit", help="which releases a program (C, Rust, Python) runs on unchanged, and why not")
    p.add_argument("paths", nargs="+", metavar="PATH", help="source files or directories of the program")
    p.add_argument("--arch", action="append", help="architectures (repeatable; default: x86_64 and arm64)")
    p.add_argument("--from", dest="first", metavar="RELEASE", help="the oldest release the program must run on")
    p.add_argument("--format", default="text", help="text, markdown, json or sarif (default: text)")
    p.add_argument("-o", "--output", help="write the --format report to this file (atomically)")
    p.add_argument("--report", action="append", metavar="FORMAT=FILE", help="also write FORMAT to FILE (repeatable)")
    p.add_argument(
        "--fail-on", default="tools-only", help="findings that set exit bits: none, changed, tools-only (default), any"
    )
    p.add_argument("--no-follow", action="store_true", help="do not scan the xen_abi_bindings modules it imports")
    p.set_defaults(func=cmd_audit)


def cmd_audit(args: argparse.Namespace) -> int:
    """Exit status: the audit's bitmask (README), 1 for an error, 3 (1|2) for a usage error, as check's."""
    from xen_abi.audit import DEFAULT_ARCHS, audit
    from xen_abi.audit.render import FORMATS, render
    from xen_abi.cli.drift import write_atomic
    from xen_abi.cli.version import about
    from xen_abi.store.catalogue import Catalogue

    try:
        outputs = [(args.format, args.output)]
        for spec in args.report or ():
            fmt, sep, path = spec.partition("=")
            if not sep or not path:
                raise UsageError(f"--report wants FORMAT=FILE, got {spec!r}")
            outputs.append((fmt, path))
        for fmt, _ in outputs:
            if fmt not in FORMATS:
                raise UsageError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS)}")
        catalogue = Catalogue.load(args.catalogue)
        report = audit(
            [Path(p) for p in args.paths],
            catalogue=catalogue,
            archs=args.arch or DEFAULT_ARCHS,
            first=args.first,
            follow_bindings=not args.no_follow,
            fail_on=args.fail_on,
        )
        rendered = [(render(report, fmt, about=about(catalogue)), path) for fmt, path in outputs]
        for text, path in rendered:
            if path is None or path == "-":
                sys.stdout.write(text)
            else:
                write_atomic(path, text)
    except XenAbiError as exc:
        print(f"xen-abi: error: {exc}", file=sys.stderr)
        return 1 | (2 if isinstance(exc, UsageError) else 0)
    return report.status
