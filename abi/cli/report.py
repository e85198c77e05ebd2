"""``xen-abi report``: the static compatibility site and Markdown summaries (xen_abi.report, imported when it runs)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from xen_abi.common import limits
from xen_abi.common.errors import UsageError

# xen_abi.report.site.FORMATS, named here so that --help imports no report code (tests/test_layering.py checks).
FORMATS = ("html", "markdown")


def parse_formats(text: str) -> tuple[str, ...]:
    """``html,markdown`` -> ("html", "markdown"); an unknown name is a usage error listing the valid ones."""
    names = tuple(dict.fromkeys(f.strip() for f in text.split(",") if f.strip()))
    for f in names:
        if f not in FORMATS:
            raise UsageError(f"unknown report format {f!r}; valid: {', '.join(FORMATS)}")
    if not names:
        raise UsageError(f"no report format given; valid: {', '.join(FORMATS)}")
    return names


def cmd_report(args: argparse.Namespace) -> int:
    from xen_abi.present.terminal import plural
    from xen_abi.report.render import report
    from xen_abi.store.catalogue import Catalogue

    formats = parse_formats(args.format)
    stats = report(Catalogue.load(args.catalogue), Path(args.output), formats=formats, jobs=args.jobs, force=args.force)
    if not args.quiet:
        # A summary, not the output: on stderr, as codegen's and every command's (cargo's convention).
        print(
            f"wrote {plural(stats.files, 'file')} ({plural(stats.pages, 'HTML page')}, {stats.bytes / 1e6:.1f} MB) "
            f"to {args.output} in {stats.seconds['total']:.1f}s",
            file=sys.stderr,
        )
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """The ``report`` subcommand (xen_abi.cli.main calls this)."""
    p = sub.add_parser("report", help="render the compatibility report: a static site and Markdown summaries")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="directory to write (replaced atomically)")
    p.add_argument("--format", default=",".join(FORMATS), help=f"comma-separated: {', '.join(FORMATS)} (default: both)")
    p.add_argument(
        "--jobs", type=limits.jobs, default=None, help="worker processes for the release diffs (default: all cores)"
    )
    p.add_argument("--force", action="store_true", help="replace DIR even if it holds files xen-abi did not write")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_report)
