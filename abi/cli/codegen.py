"""``xen-abi codegen cffi|c|rust``: options -> selection -> renderer -> atomic write.

xen_abi.cli.main only registers the parser (``add_parser``); the command
imports xen_abi.codegen's selection, lowering and renderers when it runs.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from xen_abi.common.errors import EXIT_OK, CatalogueError
from xen_abi.ir.archs import ARCH_NAMES

if TYPE_CHECKING:
    from xen_abi.codegen.select import Selection

DEFAULT_NAME = "xen_abi_bindings"
# xen_abi.codegen.select.DEFAULT_FROM, named here so that --help imports no selection code (tests/test_layering.py).
DEFAULT_FROM = "4.15.0"


def _selection(args: argparse.Namespace) -> Selection:
    if hasattr(args, "selection"):  # made once per command: --distribution reads it too
        return args.selection
    from xen_abi.codegen.select import select
    from xen_abi.store.catalogue import Catalogue

    catalogue = Catalogue.load(args.catalogue)
    args.selection = select(
        catalogue,
        archs=args.arch,
        start=args.start,
        end=args.end,
        # The Rust crate always carries the tools views (its run-time dispatch is built on them).
        with_tools_only=getattr(args, "with_tools_only", False) or args.target == "rust",
    )
    return args.selection


def _render(kind: str, args: argparse.Namespace, out: Path) -> dict[str, str]:
    from xen_abi.codegen.names import c_header_name, python_package_name, rust_crate_name

    if kind == "cffi":
        from xen_abi.codegen.cffi import render_package

        python_package_name(out)
        return render_package(_selection(args))
    if kind == "c":
        from xen_abi.codegen.c_header import render_header

        name = c_header_name(args.name)
        return render_header(_selection(args), name)
    from xen_abi.codegen.rust import render_crate

    name = rust_crate_name(args.name)
    return render_crate(_selection(args), name)


def _write_distribution(args: argparse.Namespace, out: Path) -> None:
    """The files next to the package that make it the distribution xen-abi-bindings (codegen.distribution)."""
    from xen_abi.codegen.distribution import render_distribution
    from xen_abi.common.fsio import write_file

    for name, text in render_distribution(out.name, _selection(args)).items():
        write_file(out.parent / name, text)


def cmd_codegen(args: argparse.Namespace) -> int:
    from xen_abi.codegen.lower import LoweringError
    from xen_abi.codegen.output import check_target, write_tree
    from xen_abi.present.terminal import plural

    out = Path(args.output)
    started = time.monotonic()
    check_target(out, force=args.force)  # refuse foreign files before spending time rendering
    distribution = getattr(args, "distribution", False)
    if distribution:
        from xen_abi.codegen.distribution import check_distribution_target

        check_distribution_target(out.parent, force=args.force)
    try:
        files = _render(args.target, args, out)
    except LoweringError as exc:
        raise CatalogueError(f"cannot state a layout exactly: {exc}") from None
    write_tree(files, out, force=args.force)
    if distribution:
        _write_distribution(args, out)
    if not args.quiet:
        took = time.monotonic() - started
        print(f"wrote {plural(len(files), 'file')} to {out} in {took:.1f}s", file=sys.stderr)
    return EXIT_OK


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register ``codegen`` and its targets on the CLI's subparsers."""
    p = sub.add_parser("codegen", help="generate version-independent bindings from the catalogue")
    targets = p.add_subparsers(dest="target", required=True, metavar="TARGET")
    helps: dict[str, str] = {
        "cffi": "an importable Python package (cffi ABI mode); -o names the package directory",
        "c": "a C header with _Static_assert layout checks for every stable record",
        "rust": "a Cargo crate of #[repr(C)] types with layout tests",
    }
    for target, text in helps.items():
        t = targets.add_parser(target, help=text, description=text)
        t.add_argument(
            "--arch", action="append", help=f"only these architectures (repeatable; {', '.join(ARCH_NAMES)})"
        )
        t.add_argument(
            "--from", dest="start", default=None, help=f"first release of the range (default {DEFAULT_FROM})"
        )
        t.add_argument("--to", dest="end", default=None, help="last release of the range (default: the newest release)")
        if target == "cffi":
            t.add_argument(
                "--with-tools-only",
                action="store_true",
                help="also ship each release's tools-only view (for_release(R, tools=True))",
            )
            t.add_argument(
                "--distribution",
                action="store_true",
                help="also write, next to the package, the pyproject.toml, README and licences of its distribution",
            )
        else:
            t.add_argument("--name", default=DEFAULT_NAME, help=f"header/crate name (default {DEFAULT_NAME})")
        t.add_argument("-o", "--output", required=True, help="directory to write (replaced atomically)")
        t.add_argument("--force", action="store_true", help="replace the directory even if it holds foreign files")
        t.add_argument("-q", "--quiet", action="store_true")
        t.set_defaults(func=cmd_codegen)
