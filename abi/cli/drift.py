"""``xen-abi diff``, ``check`` and ``drift-history``: options, outputs and the exit-status bitmask.

The sides and the comparison are xen_abi.compare.drift; the formats are
xen_abi.present.drift_formats; both are imported when a command runs.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from xen_abi.common import fsio
from xen_abi.common.errors import EXIT_OK, EXIT_USAGE, UsageError, XenAbiError
from xen_abi.common.escape import one_line
from xen_abi.ir.archs import ARCH_NAMES, get_arch

if TYPE_CHECKING:
    from xen_abi.compare.drift import Report
    from xen_abi.compare.suppressions import Suppression

EXIT_ERROR = 1
FORMATS = ("text", "markdown", "json", "junit", "sarif", "gitlab")
# The keys of xen_abi.compare.drift.FAIL_ON, named here so that --help imports no comparison code
# (tests/test_layering.py checks they agree).
FAIL_ON = ("none", "breaking", "interface-version", "compatible", "any")
# diff and check fail on the same findings by default: what Xen's rules call a failure (docs/drift.md).  A log
# then reads "FAIL" only for an incompatible change; --fail-on any gives abidiff's "nonzero on any change".
DEFAULT_FAIL_ON = "interface-version"


def _archs(values: Sequence[str] | None) -> list[str] | None:
    return [get_arch(a).name for a in values] if values else None


def _suppressions(paths: Sequence[str] | None) -> list[Suppression]:
    from xen_abi.compare.suppressions import load

    out: list[Suppression] = []
    for p in paths or ():
        out += load(p)
    return out


def _outputs(args: argparse.Namespace) -> list[tuple[str, str | None]]:
    """(format, path or None for stdout) for the main format and every --report."""
    if args.format not in FORMATS:
        raise UsageError(f"unknown format {args.format!r}; valid: {', '.join(FORMATS)}")
    outputs: list[tuple[str, str | None]] = [(args.format, args.output)]
    for spec in args.report or ():
        fmt, sep, path = spec.partition("=")
        if not sep or not path:
            raise UsageError(f"--report wants FORMAT=FILE, got {spec!r}; formats: {', '.join(FORMATS)}")
        if fmt not in FORMATS:
            raise UsageError(f"unknown report format {fmt!r} in --report {spec}; valid: {', '.join(FORMATS)}")
        outputs.append((fmt, path))
    return outputs


def write_atomic(path: str | Path, text: str) -> None:
    """Write a file whole or not at all; never over a symlink, FIFO or device (xen_abi.common.fsio)."""
    fsio.write_file(path, text)


def _emit(report: Report, outputs: list[tuple[str, str | None]], catalogue: str) -> None:
    from xen_abi.cli.version import about_catalogue
    from xen_abi.present.drift_formats import render
    from xen_abi.present.terminal import terminal_width

    if any(fmt in ("json", "sarif", "junit") for fmt, _ in outputs):
        report.extra["xen_abi"] = about_catalogue(catalogue)

    # All rendered before any is written; text wraps on a terminal (a file or pipe keeps one fact a line).
    rendered = [
        (render(report, fmt, width=terminal_width() if path in (None, "-") else None), path) for fmt, path in outputs
    ]
    for text, path in rendered:
        if path is None or path == "-":
            sys.stdout.write(text)
        else:
            write_atomic(path, text)
    for s in report.unused:
        print(f"xen-abi: warning: {s.where}: suppression matched nothing: {s.name or s.kinds}", file=sys.stderr)


def _error(exc: XenAbiError) -> int:
    print(f"xen-abi: error: {one_line(exc)}", file=sys.stderr)
    return EXIT_ERROR | (EXIT_USAGE if isinstance(exc, UsageError) else 0)


def cmd_diff(args: argparse.Namespace) -> int:
    from xen_abi.compare.drift import compare, open_side

    try:
        outputs = _outputs(args)
        archs = _archs(args.arch)
        suppressions = _suppressions(args.suppressions)
        git = Path(args.git) if args.git else None
        old = open_side(args.old, catalogue=args.catalogue, git=git, archs=archs)
        new = open_side(args.new, catalogue=args.catalogue, git=git, archs=archs)
        report = compare(old, new, archs=archs, suppressions=suppressions, fail_on=args.fail_on, command="diff")
        _emit(report, outputs, args.catalogue)
    except XenAbiError as exc:
        return _error(exc)
    return report.status


def cmd_check(args: argparse.Namespace) -> int:
    from xen_abi.compare.drift import compare, open_side

    try:
        outputs = _outputs(args)
        archs = _archs(args.arch)
        suppressions = _suppressions(args.suppressions)
        if args.git and args.headers:
            raise UsageError("give --headers DIR or --git PATH --ref REF, not both")
        if args.ref and not args.git:
            raise UsageError("--ref needs --git PATH")
        baseline = open_side(args.baseline, catalogue=args.catalogue, archs=archs)
        if args.git:
            new = open_side(args.ref or "HEAD", git=Path(args.git), archs=archs, baseline=baseline.release)
        else:
            headers = args.headers or "."
            if not Path(headers).exists():
                raise XenAbiError(f"{headers} does not exist")
            new = open_side(headers, archs=archs, baseline=baseline.release)
        partial = None
        if args.present_only:
            from xen_abi.compare.vendored import partial as cut_to_copy
            from xen_abi.store.catalogue import Catalogue

            old_release, new_release, partial = cut_to_copy(
                baseline.release, new.release, Catalogue.load(args.catalogue)
            )
            baseline = replace(baseline, release=old_release)
            new = replace(new, release=new_release)
        report = compare(baseline, new, archs=archs, suppressions=suppressions, fail_on=args.fail_on, command="check")
        if partial is not None:
            report.extra["partial"] = partial
        _emit(report, outputs, args.catalogue)
    except XenAbiError as exc:
        return _error(exc)
    return report.status


def _is_unmarked_history(path: Path) -> bool:
    """A history written before output markers: exactly its two summaries."""
    return {p.name for p in path.iterdir()} <= {"summary.json", "summary.md"}


def cmd_history(args: argparse.Namespace) -> int:
    from xen_abi.common.jsontext import dump_json
    from xen_abi.present.drift_formats import render_history_markdown
    from xen_abi.present.drift_history import history
    from xen_abi.present.terminal import plural
    from xen_abi.store.catalogue import Catalogue

    # Errors go to xen_abi.cli.main: exit 3 or 4 like every non-drift command (README, "Exit status").
    out = fsio.check_output_path(args.output)
    fsio.check_dir_target(out, force=args.force, adopt=_is_unmarked_history)
    data = history(Catalogue.load(args.catalogue))
    files = {"summary.json": dump_json(data), "summary.md": render_history_markdown(data)}
    fsio.write_dir(files, out, force=args.force, adopt=_is_unmarked_history)
    pairs = plural(len(data["pairs"]), "release pair")
    print(f"wrote {out / 'summary.json'} and {out / 'summary.md'}: {pairs}", file=sys.stderr)
    return EXIT_OK


def _add_report_args(p: argparse.ArgumentParser, *, fail_on: str) -> None:
    p.add_argument("--arch", action="append", help=f"only these architectures (repeatable; {', '.join(ARCH_NAMES)})")
    p.add_argument("--format", default="text", help=f"report format on stdout or --output: {', '.join(FORMATS)}")
    p.add_argument("-o", "--output", help="write the --format report to this file (atomically)")
    p.add_argument("--report", action="append", metavar="FORMAT=FILE", help="also write FORMAT to FILE (repeatable)")
    p.add_argument("--suppressions", action="append", metavar="TOML", help="suppression file (repeatable)")
    p.add_argument(
        "--fail-on",
        default=fail_on,
        help=f"severities that set exit-status bits: {', '.join(FAIL_ON)} (default: {fail_on})",
    )


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """The diff, check and drift-history subcommands (called from xen_abi.cli.main.build_parser)."""
    p = sub.add_parser("diff", help="compare two releases, header trees, tarballs, catalogues or git refs")
    p.add_argument("old", metavar="OLD", help="release name, catalogue dir or file, header dir, tarball, or git ref")
    p.add_argument("new", metavar="NEW", help="the same kinds of side as OLD")
    p.add_argument("--git", metavar="PATH", help="OLD and NEW are refs of this git repository (read, not checked out)")
    _add_report_args(p, fail_on=DEFAULT_FAIL_ON)
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("check", help="CI: check a header tree or git ref against a released baseline")
    p.add_argument("--baseline", required=True, help="release name in the catalogue (or a catalogue dir or file)")
    p.add_argument("--headers", metavar="DIR", help="the header tree to check (default: the current directory)")
    p.add_argument("--git", metavar="PATH", help="check a ref of this git repository instead")
    p.add_argument("--ref", help="with --git: the ref to check (default: HEAD)")
    p.add_argument(
        "--present-only",
        action="store_true",
        help="a vendored, partial copy: compare only the headers it carries, list the others, name its release",
    )
    _add_report_args(p, fail_on=DEFAULT_FAIL_ON)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser(
        "drift-history",
        help="diff every edge of the catalogue's release graph (x.y.0 to next x.y.0, point to point) into a summary",
    )
    p.add_argument("-o", "--output", default="generated/history", help="directory (default: generated/history)")
    p.add_argument("--force", action="store_true", help="replace the directory even if it holds foreign files")
    p.set_defaults(func=cmd_history)
