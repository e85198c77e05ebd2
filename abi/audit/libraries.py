"""Xen's user-space libraries as data: which hypercalls and sub-ops each public function issues.

The table is ``abi/data/libraries.toml`` (reviewed, each use with its
file:line in Xen's library sources at 4.22.0); this module loads it and
resolves a function, through the other functions, ioctls and device
operations it uses, to the hypercalls and sub-ops Xen sees.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

from xen_abi.common.compat import tomllib
from xen_abi.common.errors import CatalogueError

DATA = Path(__file__).resolve().parents[1] / "data" / "libraries.toml"
USE_KINDS = ("subop", "hypercall", "ioctl", "device", "call")
# The dom0 kinds a Linux kernel maps memory for in different ways (see [ioctl.*] in the table).
GUESTS = {"x86_64": ("pv", "translated"), "x86_32": ("pv", "translated")}
DEFAULT_GUESTS = ("translated",)  # Arm, RISC-V, PowerPC: auto-translated only


def guests_of(arch: str) -> tuple[str, ...]:
    return GUESTS.get(arch, DEFAULT_GUESTS)


def guest_name(arch: str, guest: str) -> str:
    if arch not in GUESTS:
        return "dom0"
    return "PV dom0" if guest == "pv" else "PVH dom0"


@dataclass(frozen=True)
class Use:
    """One thing a function, ioctl or device operation uses, with its evidence."""

    kind: str  # subop, hypercall, ioctl, device, call
    name: str
    at: str | None = None  # file:line in ../shared/xen-tools/4.22.0 (library uses)
    kernel: str | None = None  # the Linux source that does it (ioctl and device uses)
    guests: tuple[str, ...] = ()  # empty: every dom0 kind


@dataclass(frozen=True)
class Function:
    name: str
    library: str
    defined: str | None
    uses: tuple[Use, ...]
    note: str = ""
    alternative: str | None = None
    alternative_reason: str = ""


@dataclass(frozen=True)
class Library:
    name: str
    stable: bool
    at: str | None
    reason: str = ""


@dataclass(frozen=True)
class KernelOp:
    """An ioctl or device operation, and what the kernel issues for it."""

    name: str
    device: str
    uses: tuple[Use, ...]
    note: str = ""


@dataclass(frozen=True)
class Effect:
    """A hypercall or sub-op a library call ends in, and the chain that leads there."""

    kind: str  # subop or hypercall
    name: str
    chain: tuple[str, ...]  # function -> ... -> ioctl, each step with its evidence
    guests: tuple[str, ...] = ()


@dataclass(frozen=True)
class Libraries:
    libraries: dict[str, Library]
    functions: dict[str, Function]
    kernel: dict[str, KernelOp]  # ioctls and device operations by name

    def library_of(self, function: str) -> Library | None:
        f = self.functions.get(function)
        return self.libraries.get(f.library) if f else None

    def effects(self, function: str) -> tuple[Effect, ...]:
        """What calling ``function`` makes Xen see, transitively; empty when it issues no hypercall."""
        return _effects(self, function, (), frozenset())

    def kernel_effects(self, name: str) -> tuple[Effect, ...]:
        """What an ioctl or device operation the program issues itself makes the kernel issue."""
        op = self.kernel.get(name)
        if op is None:
            return ()
        return tuple(
            Effect(u.kind, u.name, (f"{name} ({u.kernel})", u.name), u.guests)
            for u in op.uses
            if u.kind in ("subop", "hypercall")
        )


def _effects(libs: Libraries, function: str, chain: tuple[str, ...], seen: frozenset[str]) -> tuple[Effect, ...]:
    f = libs.functions.get(function)
    if f is None or function in seen:
        return ()
    out: list[Effect] = []
    here = (*chain, function)
    for u in f.uses:
        step = (*here[:-1], f"{function} ({u.at})")
        if u.kind in ("subop", "hypercall"):
            out.append(Effect(u.kind, u.name, (*step, u.name), u.guests))
        elif u.kind == "call":
            out += _effects(libs, u.name, step, seen | {function})
        else:  # an ioctl or device operation: what the kernel does for it
            for e in libs.kernel_effects(u.name):
                out.append(Effect(e.kind, e.name, (*step, *e.chain), e.guests))
    return tuple(out)


def _uses(raw: Any, where: str) -> tuple[Use, ...]:
    out: list[Use] = []
    for entry in raw or ():
        kinds = [k for k in USE_KINDS if k in entry]
        if len(kinds) != 1:
            raise CatalogueError(f"{where}: each use names exactly one of {', '.join(USE_KINDS)}", file=str(DATA))
        kind = kinds[0]
        out.append(Use(kind, entry[kind], entry.get("at"), entry.get("kernel"), tuple(entry.get("guest", ()))))
    return tuple(out)


@cache
def load(path: Path = DATA) -> Libraries:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise CatalogueError(f"cannot read the library table: {exc}", file=str(path)) from None
    libraries = {
        name: Library(name, bool(v.get("stable")), v.get("at"), v.get("reason", ""))
        for name, v in data.get("library", {}).items()
    }
    functions: dict[str, Function] = {}
    for name, v in data.get("function", {}).items():
        if v.get("library") not in libraries:
            raise CatalogueError(f"function {name}: unknown library {v.get('library')!r}", file=str(path))
        functions[name] = Function(
            name,
            v["library"],
            v.get("defined"),
            _uses(v.get("uses"), f"function {name}"),
            v.get("note", ""),
            v.get("alternative"),
            v.get("alternative_reason", ""),
        )
    # A libxenctrl wrapper of one stable function (xc_hvm_* of xc_devicemodel_compat.c): that function is
    # its stable alternative, the wrapper's own code the evidence.
    for name, f in list(functions.items()):
        calls = [u for u in f.uses if u.kind == "call"]
        if libraries[f.library].stable or f.alternative or len(calls) != 1 or len(f.uses) != 1:
            continue
        target = functions.get(calls[0].name)
        if target is not None and libraries[target.library].stable:
            functions[name] = replace(
                f, alternative=target.name, alternative_reason=f"what it wraps ({calls[0].at}), in {target.library}"
            )
    kernel: dict[str, KernelOp] = {}
    for table in ("ioctl", "device"):
        for name, v in data.get(table, {}).items():
            kernel[name] = KernelOp(
                name, v.get("device", name.split()[0]), _uses(v.get("uses"), f"{table} {name}"), v.get("note", "")
            )
    return Libraries(libraries, functions, kernel)
