"""Check cffi's layout of every record against the catalogue's: ``python -m xen_abi_bindings.selftest``.

By default it checks this machine's architecture, natively (``sizeof``,
``alignof``, every member's ``offsetof`` and size, and that every bit-field's
bits lie in a declared storage member), for the stable core and every
release's view.  ``--arch A`` (repeatable) or ``--all-arches`` checks other
architectures too; those are declared packed, so their alignment reads 1 and
only sizes and offsets are compared.

Exit status: 0 when everything matches, 1 on any mismatch, 2 on bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

from . import _meta
from ._runtime import Bindings, arch_data, check_arch, host_arch, iter_views
from .errors import BindingsError


@dataclass
class Report:
    """What a self-test run checked and every mismatch it found."""

    types: int = 0
    checks: int = 0
    mismatches: list[str] = field(default_factory=list)
    # Records an attribute over-aligns (x86_32 tools' uint64_aligned_t): cffi cannot raise an
    # alignment, so these are checked against what the declarations give, and listed.
    underaligned: list[str] = field(default_factory=list)


def check_bindings(b: Bindings, report: Report, *, only: set[str] | None = None) -> None:
    """Compare every type of ``b`` (or those named in ``only``) with the catalogue's layout."""
    ffi = b.ffi
    scope = f"{b.arch} {b.view}" + (f" {b.release}" if b.release else "")
    for name in b.types:
        if only is not None and name not in only:
            continue
        lay = b.layout(name)
        report.types += 1

        def expect(what: str, ours: object, catalogue: object, name: str = name) -> None:
            report.checks += 1
            if ours != catalogue:
                report.mismatches.append(f"{scope}: {name}: {what}: cffi {ours!r}, catalogue {catalogue!r}")

        ctype = b.ctype(name)
        expect("sizeof", ffi.sizeof(ctype), lay.size)
        if b.native:
            if lay.kind != "typedef" and lay.natural_align != lay.align:
                report.underaligned.append(f"{scope}: {name}: align {lay.align}, cffi {lay.natural_align}")
            expect("alignof", ffi.alignof(ctype), lay.align if lay.kind == "typedef" else lay.natural_align)
        if lay.kind not in ("struct", "union"):
            continue
        members = {n: f for n, f in ctype.fields} if ctype.fields else {}
        storage = [(f.offset, f.offset + ffi.sizeof(f.type)) for n, f in members.items() if n.startswith("__bits")]
        for fname, offset, size, bit_offset, bit_width in lay.fields:
            if bit_width is not None and bit_offset is not None:
                first = offset + bit_offset // 8
                last = offset + (bit_offset + bit_width - 1) // 8
                held = any(lo <= first and last < hi for lo, hi in storage)
                expect(f"bit-field {fname} storage", held, True)
                continue
            if fname not in members:
                report.checks += 1
                report.mismatches.append(f"{scope}: {name}: member {fname} is not declared")
                continue
            expect(f"offsetof({fname})", ffi.offsetof(ctype, fname), offset)
            mtype = members[fname].type
            flexible = mtype.kind == "array" and mtype.length is None
            expect(f"sizeof({fname})", 0 if flexible else ffi.sizeof(mtype), size)


def run(archs: Sequence[str], *, quiet: bool = False, out: TextIO = sys.stdout) -> Report:
    """Check every view of ``archs`` (this machine's natively, others packed); print a line per view."""
    report = Report()
    for arch in archs:
        native = arch == host_arch_or_none()
        for view, release in iter_views(arch):
            before = (report.types, len(report.mismatches))
            b = Bindings(arch, view, release, native=native)
            check_bindings(b, report)
            if not quiet:
                mode = "native" if native else "packed"
                label = f"{arch} {view}" + (f" {release}" if release else "")
                bad = len(report.mismatches) - before[1]
                verdict = "ok" if not bad else f"{bad} MISMATCHES"
                print(f"{label:<28} {mode:<7} {report.types - before[0]:>5} types  {verdict}", file=out)
    return report


def host_arch_or_none() -> str | None:
    """This machine's architecture, or None where it is none of the bindings'."""
    try:
        return host_arch()
    except BindingsError:
        return None


def main(argv: Sequence[str] | None = None) -> int:
    """The command line: exit status 0 when everything matches, 1 on a mismatch, 2 on bad usage."""
    parser = argparse.ArgumentParser(prog="python -m xen_abi_bindings.selftest", description=__doc__.splitlines()[0])
    parser.add_argument("--arch", action="append", help=f"check this architecture ({', '.join(_meta.ARCHES)})")
    parser.add_argument("--all-arches", action="store_true", help="check every architecture of the bindings")
    parser.add_argument("-q", "--quiet", action="store_true", help="print only mismatches and the summary")
    args = parser.parse_args(argv)
    try:
        if args.all_arches:
            archs = list(_meta.ARCHES)
        elif args.arch:
            archs = [check_arch(a) for a in args.arch]
        else:
            archs = [host_arch()]
    except BindingsError as exc:
        print(f"selftest: error: {exc}", file=sys.stderr)
        return 2
    report = run(archs, quiet=args.quiet)
    for arch in archs:
        for name, reason in arch_data(arch)["omitted"].items():
            print(f"{arch}: {name} is not declared: {reason}")
    for line in report.mismatches:
        print(f"MISMATCH {line}")
    if report.underaligned:
        print(
            f"{len(report.underaligned)} records are over-aligned by an attribute cffi cannot state "
            f"(sizes and offsets exact), e.g. {report.underaligned[0]}"
        )
    status = "FAILED" if report.mismatches else "passed"
    print(
        f"selftest {status}: {report.types} types, {report.checks} checks, "
        f"{len(report.mismatches)} mismatches ({', '.join(archs)})"
    )
    return 1 if report.mismatches else 0


if __name__ == "__main__":
    sys.exit(main())
