"""``xen-abi stable``, ``query``, ``hypercalls`` and ``abi-breaks``: the parsers; the work is xen_abi.queries."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xen_abi.analysis.classify import KINDS
from xen_abi.cli.args import emit as _emit
from xen_abi.ir.archs import ARCH_NAMES, DEFAULT_ARCH, GUESTS

if TYPE_CHECKING:
    from xen_abi.store.catalogue import Catalogue

FORMATS = ("table", "json", "markdown")


def add_parsers(sub: Any) -> None:
    """The ``stable``, ``query`` and ``hypercalls`` subcommands (xen_abi.cli.main calls this)."""
    p = sub.add_parser("stable", help="hypercalls and sub-ops a backend can rely on across a release range")
    p.add_argument("--arch", help=f"one of {', '.join(ARCH_NAMES)} (default: the guest type's, else {DEFAULT_ARCH})")
    p.add_argument(
        "--guest",
        choices=GUESTS,
        help="only what this guest type can call (pv32, pv64, hvm32, hvm64 = HVM/PVH, arm, riscv64, ppc64)",
    )
    p.add_argument("--from", dest="first", metavar="R1", help="first release (default: the oldest with the arch)")
    p.add_argument("--to", dest="last", metavar="R2", help="last release (default: the newest tagged release)")
    p.add_argument("--hypercall", action="append", default=[], help="only this hypercall and its sub-ops (repeatable)")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(func=_cmd_stable)

    p = sub.add_parser("query", help="one hypercall, sub-op, type or constant: class, evidence, history")
    p.add_argument("name", help="memory_op, XENMEM_acquire_resource, 'struct xen_dm_op', xen_pfn_t, ...")
    p.add_argument("--arch", help="only this architecture (default: all)")
    p.add_argument("--kind", choices=KINDS, help="when a name is both, e.g. a sub-op and its constant")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(func=_cmd_query)

    p = sub.add_parser("hypercalls", help="a release's hypercalls and sub-ops with argument types, and coverage")
    p.add_argument("--release", help="release name (default: the newest tagged release)")
    p.add_argument("--arch", default=DEFAULT_ARCH, help=f"one of {', '.join(ARCH_NAMES)} (default: {DEFAULT_ARCH})")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(func=_cmd_hypercalls)

    p = sub.add_parser("abi-breaks", help="stable items whose number or layout changed between two releases")
    p.add_argument("--arch", help="only this architecture (default: all)")
    p.add_argument("--compatible", action="store_true", help="also changes of shape that keep compatibility")
    p.add_argument("--from", dest="first", metavar="R1", help="only changes from this release on (default: the oldest)")
    p.add_argument("--to", dest="last", metavar="R2", help="only changes up to this release (default: the newest)")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.set_defaults(func=_cmd_breaks)


def _cmd_stable(args: Any) -> int:
    from xen_abi.present.queries import render_stable
    from xen_abi.queries import stable
    from xen_abi.store.catalogue import Catalogue

    catalogue = Catalogue.load(args.catalogue)
    result = stable(
        catalogue,
        arch=args.arch,
        first=args.first,
        last=args.last,
        hypercalls=args.hypercall,
        guest=args.guest,
    )
    _emit(render_stable(result, args.format, **_terminal(args, catalogue)))
    return 0


def _cmd_query(args: Any) -> int:
    from xen_abi.present.queries import render_query
    from xen_abi.queries import query
    from xen_abi.store.catalogue import Catalogue

    catalogue = Catalogue.load(args.catalogue)
    result = query(catalogue, args.name, arch=args.arch, kind=args.kind)
    _emit(render_query(result, args.format, **_terminal(args, catalogue)))
    return 0


def _cmd_hypercalls(args: Any) -> int:
    from xen_abi.present.queries import render_listing
    from xen_abi.queries import hypercalls
    from xen_abi.store.catalogue import Catalogue

    catalogue = Catalogue.load(args.catalogue)
    result = hypercalls(catalogue, args.release, args.arch)
    _emit(render_listing(result, args.format, **_terminal(args, catalogue)))
    return 0


def _cmd_breaks(args: Any) -> int:
    from xen_abi.present.queries import render_breaks
    from xen_abi.queries import abi_breaks
    from xen_abi.store.catalogue import Catalogue

    catalogue = Catalogue.load(args.catalogue)
    rows = abi_breaks(catalogue, arch=args.arch, compatible=args.compatible, first=args.first, last=args.last)
    _emit(render_breaks(rows, args.format, **_terminal(args, catalogue)))
    return 0


def _terminal(args: Any, catalogue: Catalogue) -> dict[str, Any]:
    """The renderers' keywords: the width to wrap text to, the ``xen_abi`` object of JSON answers."""
    from xen_abi.cli.version import about
    from xen_abi.present.terminal import terminal_width

    if args.format == "json":
        return {"about": about(catalogue)}
    return {"width": terminal_width() if args.format == "table" else None}
