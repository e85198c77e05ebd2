"""``xen-abi report``: the static compatibility site and Markdown summaries (xen_abi.report, imported when it runs)."""

from __future__ import annotations

import argparse
from pathlib import Path

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
    from xen_abi.report.render import report
    from xen_abi.store.catalogue import Catalogue

    formats = parse_formats(args.format)
    stats = report(Catalogue.load(args.catalogue), Path(args.output), formats=formats, jobs=args.jobs)
    if not args.quiet:
        print(
            f"wrote {stats.files} files ({stats.pages} HTML pages, {stats.bytes / 1e6:.1f} MB) to {args.output} "
            f"in {stats.seconds['total']:.1f}s"
        )
    return 0


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """The ``report`` subcommand (xen_abi.cli.main calls this)."""
    p = sub.add_parser("report", help="render the compatibility report: a static site and Markdown summaries")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="directory to write (replaced atomically)")
    p.add_argument("--format", default=",".join(FORMATS), help=f"comma-separated: {', '.join(FORMATS)} (default: both)")
    p.add_argument("--jobs", type=int, default=None, help="worker processes for the release diffs (default: all cores)")
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_report)
