"""``xen-abi show``, ``layouts``, ``constants`` and ``macros``: one configuration of a release.

As pahole, JSON or a table.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from xen_abi.cli.args import emit as _emit
from xen_abi.cli.args import visibility as _visibility
from xen_abi.common.errors import EXIT_OK, UsageError
from xen_abi.ir.archs import ARCH_NAMES, get_arch
from xen_abi.ir.model import Config, ConfigABI, Visibility


def _load_config(args: argparse.Namespace, config: Config) -> tuple[str, ConfigABI, dict[str, Any]]:
    """The configuration named by --release (a catalogue release or a header directory), and the
    ``xen_abi`` object of a JSON dump of it (xen_abi.cli.version; no catalogue for a directory)."""
    from xen_abi.cli.version import about
    from xen_abi.frontend.ingest import default_cache_dir, ingest
    from xen_abi.frontend.source import open_source
    from xen_abi.store.catalogue import Catalogue

    spec = args.release
    if os.sep in spec or Path(spec).is_dir():
        tree = open_source(spec)
        name = tree.release_hint or spec
        [release] = ingest(
            [(name, tree)],
            archs=[config.arch],
            visibilities=[config.visibility],
            jobs=1,
            cache_dir=default_cache_dir(),
            keep_going=True,
        )
        if config.key not in release.configs:
            reason = release.unsupported_reason(config) or "not ingested"
            raise UsageError(f"{spec} has no {config.key}: {reason}")
        return name, release.configs[config.key], about(None)
    catalogue = Catalogue.load(args.catalogue)
    name = catalogue.resolve_release(spec)
    return name, catalogue.config(name, config), about(catalogue)


def cmd_show(args: argparse.Namespace) -> int:
    from xen_abi.present import pahole

    arch = get_arch(args.arch).name
    visibilities = [_visibility(args.visibility)] if args.visibility else [Visibility.GUEST, Visibility.TOOLS]
    name = _type_name(args.type)
    for vis in visibilities:
        release, abi, _ = _load_config(args, Config(arch, vis))
        entry = abi.types.get(name) or abi.types.get(args.type)
        if entry is not None:
            _emit(pahole.render(entry, release=release, config=abi.config.key))
            return EXIT_OK
    raise UsageError(f"no type {args.type!r} in {args.release} for {arch}" + _suggest(args.type, abi.types))


def _type_name(text: str) -> str:
    return " ".join(text.split())


def _suggest(name: str, names: Sequence[str] | dict) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(names), n=5, cutoff=0.6)
    return f"; did you mean: {', '.join(close)}?" if close else ""


def cmd_layouts(args: argparse.Namespace) -> int:
    from xen_abi.present.configuration import render_layouts

    config = Config(get_arch(args.arch).name, _visibility(args.visibility))
    release, abi, about = _load_config(args, config)
    _emit(render_layouts(release, abi, args.format, about=about))
    return EXIT_OK


def cmd_constants(args: argparse.Namespace) -> int:
    from xen_abi.present.configuration import render_constants

    config = Config(get_arch(args.arch).name, _visibility(args.visibility))
    release, abi, about = _load_config(args, config)
    _emit(render_constants(release, abi, args.format, about=about))
    return EXIT_OK


def cmd_macros(args: argparse.Namespace) -> int:
    from xen_abi.present.configuration import render_macros

    config = Config(get_arch(args.arch).name, _visibility(args.visibility))
    release, abi, about = _load_config(args, config)
    _emit(render_macros(release, abi, args.format, about=about))
    return EXIT_OK


def _add_config_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--release", required=True, help="release name in the catalogue, or a header directory")
    p.add_argument("--arch", required=True, help=f"one of {', '.join(ARCH_NAMES)}")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("show", help="print a type's layout like pahole")
    p.add_argument("type", help='a type name: "struct xen_dm_op", "xen_pfn_t", ...')
    _add_config_args(p)
    p.add_argument("--visibility", help="guest or tools (default: the guest view, then the tools one)")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("layouts", help="dump every struct and union of a configuration")
    _add_config_args(p)
    p.add_argument("--visibility", default="guest", help="guest or tools (default: guest, like show)")
    p.add_argument("--format", choices=("json", "table"), default="json")
    p.set_defaults(func=cmd_layouts)

    p = sub.add_parser("constants", help="dump every constant of a configuration")
    _add_config_args(p)
    p.add_argument("--visibility", default="guest", help="guest or tools (default: guest, like show)")
    p.add_argument("--format", choices=("json", "table"), default="json")
    p.set_defaults(func=cmd_constants)

    p = sub.add_parser("macros", help="dump every function-like macro of a configuration (parameters, body)")
    _add_config_args(p)
    p.add_argument("--visibility", default="guest", help="guest or tools (default: guest, like show)")
    p.add_argument("--format", choices=("json", "table"), default="json")
    p.set_defaults(func=cmd_macros)
