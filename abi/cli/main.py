"""The ``xen-abi`` command line: a thin layer over the pipeline's stages.

Every command turns ``XenAbiError`` into one line on stderr and its
documented exit status (see xen_abi.common.errors and README); nothing else
escapes.  Each command group (xen_abi.cli.*) imports the stages it drives
only when one of its commands runs, so ``xen-abi --help`` stays light.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from xen_abi import __version__
from xen_abi.cli import audit, catalogue, codegen, drift, inspect, queries, report
from xen_abi.common.errors import EXIT_INPUT, EXIT_OK, EXIT_USAGE, XenAbiError
from xen_abi.common.escape import one_line
from xen_abi.store import paths


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="xen-abi", description="The catalogue of Xen's hypercall ABI.")
    parser.add_argument(
        "--catalogue",
        default=None,
        help="catalogue directory (default: your catalogue if you ingested one, $XDG_DATA_HOME/xen-abi/catalogue; "
        "else the built-in one)",
    )
    parser.add_argument(
        "--version", action="store_true", help="print the tool's version and the catalogue's schema and releases"
    )
    # Not required=True: --version alone is a whole command line (checked in main).
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    catalogue.add_parsers(sub)
    inspect.add_parsers(sub)
    catalogue.add_verify_parser(sub)
    catalogue.add_catalogue_diff_parser(sub)
    drift.add_parsers(sub)
    queries.add_parsers(sub)
    report.add_parsers(sub)
    codegen.add_parser(sub)
    audit.add_parsers(sub)
    return parser


# Commands whose exit status is xen_abi.compare.drift's bitmask: a usage error there is 2 with 1 (README).
_BITMASK_COMMANDS = ("diff", "check")


def _command(argv: list[str]) -> str | None:
    """The subcommand named on a command line (the first word that is not an option or its value)."""
    words = iter(argv)
    for word in words:
        if word == "--catalogue":
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def _default_catalogue(command: str) -> Path:
    """The user's catalogue if they ingested one (said on stderr), else the built-in one."""
    chosen = paths.default_catalogue()
    if chosen != paths.DEFAULT_PATH and command != "ingest":
        from xen_abi.store.catalogue import user_note

        print(f"xen-abi: note: {one_line(user_note(chosen, paths.DEFAULT_PATH))}", file=sys.stderr)
    return chosen


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        if exc.code == EXIT_USAGE and _command(argv) in _BITMASK_COMMANDS:
            return EXIT_USAGE | 1
        raise
    if args.command is None and not args.version:
        parser.error("the following arguments are required: COMMAND")
    try:
        if args.catalogue is None:
            args.catalogue = str(_default_catalogue(args.command))
        if args.version:
            return _version(args.catalogue)
        return args.func(args)
    except XenAbiError as exc:
        print(f"xen-abi: error: {one_line(exc)}", file=sys.stderr)  # a name from the input may hold a newline
        return exc.exit_status
    except KeyboardInterrupt:
        print("xen-abi: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into head & co.: not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except OSError as exc:
        # The machine, not the input: a full or read-only disk, a name too long, a vanished file.
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"xen-abi: error: {one_line(where)}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    except (RecursionError, MemoryError) as exc:
        # Every stage bounds its input's nesting and size; this is the last line of defence.
        what = "nested too deeply" if isinstance(exc, RecursionError) else "too large"
        print(f"xen-abi: error: the input is {what} to process", file=sys.stderr)
        return EXIT_INPUT


def _version(catalogue: str) -> int:
    """``xen-abi --version``: the tool first, so a CI log has it even when the catalogue cannot be read."""
    from xen_abi.cli.version import version_text
    from xen_abi.store.catalogue import Catalogue

    print(f"xen-abi {__version__}", flush=True)
    sys.stdout.write(version_text(Catalogue.load(catalogue)))
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
