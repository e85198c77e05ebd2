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

from xen_abi.cli import audit, catalogue, codegen, drift, inspect, queries, report
from xen_abi.common.errors import EXIT_OK, XenAbiError
from xen_abi.store.paths import DEFAULT_PATH


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="xen-abi", description="The catalogue of Xen's hypercall ABI.")
    parser.add_argument("--catalogue", default=str(DEFAULT_PATH), help="catalogue directory (default: built-in)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    catalogue.add_parsers(sub)
    inspect.add_parsers(sub)
    catalogue.add_verify_parser(sub)
    drift.add_parsers(sub)
    queries.add_parsers(sub)
    report.add_parsers(sub)
    codegen.add_parser(sub)
    audit.add_parsers(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except XenAbiError as exc:
        print(f"xen-abi: error: {exc}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("xen-abi: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into head & co.: not an error of ours.
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
