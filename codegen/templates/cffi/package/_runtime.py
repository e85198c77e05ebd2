"""Layout data -> cffi FFIs and constant tables, with no compiler and without xen-abi.

Each ``data/<arch>.json`` holds every type's C declaration with fixed-width
members and explicit padding, plus the catalogue's layout of it.  On the
architecture itself the declarations are given to cffi as they are (cffi's
natural layout then equals the catalogue's, alignment included); for any
other architecture they are given with ``packed=True``, so sizes and offsets
still equal the catalogue's but every alignment reads 1.
"""

from __future__ import annotations

import contextlib
import difflib
import json
import platform
import re
import struct
import weakref
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import cffi

from . import _meta
from ._macros import MacroFunction
from .errors import ArchError, BindingsError, NameNotFound, ReleaseError

DATA = Path(__file__).with_name("data")
SCHEMA = "xen-abi-bindings/3"

# platform.machine() spellings -> our architecture names (64-bit userland).
_MACHINES = {
    "x86_64": "x86_64",
    "amd64": "x86_64",
    "i386": "x86_32",
    "i486": "x86_32",
    "i586": "x86_32",
    "i686": "x86_32",
    "aarch64": "arm64",
    "arm64": "arm64",
    "riscv64": "riscv64",
    "ppc64le": "ppc64",
}
# A 32-bit userland on a 64-bit kernel reports the kernel's machine.
_COMPAT_32 = {"x86_64": "x86_32", "arm64": "arm32"}


def host_arch() -> str:
    """The architecture this Python runs as (a 32-bit userland counts as 32-bit)."""
    machine = platform.machine().lower()
    bits = struct.calcsize("P") * 8
    arch = _MACHINES.get(machine)
    if arch is None and (machine.startswith("armv") or machine == "arm"):
        arch = "arm32"
    if arch is not None and bits == 32:
        arch = _COMPAT_32.get(arch, arch)
    if arch is None:
        raise ArchError(f"this machine ({machine}, {bits}-bit) is none of the architectures: {', '.join(_meta.ARCHES)}")
    return arch


def check_arch(arch: str | None) -> str:
    """``arch`` (default: this machine's) if these bindings hold it, else ``ArchError``."""
    arch = arch or host_arch()
    if arch not in _meta.ARCHES:
        raise ArchError(f"unknown architecture {arch!r}; these bindings hold: {', '.join(_meta.ARCHES)}")
    return arch


@cache
def arch_data(arch: str) -> dict[str, Any]:
    path = DATA / f"{check_arch(arch)}.json"
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    if not isinstance(data, dict) or data.get("schema") != SCHEMA:
        raise ArchError(f"{path}: not a {SCHEMA} document")
    return data


@cache
def tools_view(arch: str, release: str) -> ToolsView:
    """One release's whole tools-only view, rebuilt from the data's deltas (see ``codegen/cffi.py``).

    Each release's view is stored against the previous release's, so identical
    point releases cost nothing; this applies the chain once per release.
    """
    stored = arch_data(arch)["tools"].get(release)
    if stored is None:
        raise ReleaseError(_no_tools_message(arch, release))
    base = ToolsView((), {}, {}, {}) if stored["base"] is None else tools_view(arch, stored["base"])
    types: list[tuple[str, str]] = []
    for op in stored["types"]:
        if op[0] == "=":
            types.extend(base.types[op[1] : op[2]])
        else:
            types.extend((n, v) for n, v in op[1])
    return ToolsView(
        tuple(types),
        _apply_delta(base.constants, stored["constants"]),
        _apply_delta(base.interface_macros, stored["interface_macros"]),
        _apply_delta(base.macros, stored["macros"]),
    )


@dataclass(frozen=True)
class ToolsView:
    """A release's ``__XEN_TOOLS__`` view: its types in declaration order, its integer constants and macros."""

    types: tuple[tuple[str, str], ...]  # (name, variant id), dependencies first
    constants: dict[str, int]
    interface_macros: dict[str, str]  # versioned tools-only type -> its interface-version macro
    macros: dict[str, list[Any]]  # function-like macro -> [params, tree key, where, text] (``macro_trees``)


def _apply_delta(base: Mapping[str, Any], delta: Mapping[str, Any]) -> dict[str, Any]:
    out = {k: v for k, v in base.items() if k not in delta["del"]}
    out.update(delta["set"])
    return dict(sorted(out.items()))


def _version_key(release: str) -> tuple[int, ...]:
    numbers = [int(n) for n in re.findall(r"\d+", release)][:3]
    while len(numbers) < 3:
        numbers.append(0)
    if "unstable" in release or "rc" in release:
        numbers[2] = -1
    return tuple(numbers)


def _series(release: str) -> str:
    """``4.17.7`` -> ``4.17`` (also for ``4.23-unstable``)."""
    return ".".join(re.findall(r"\d+", release)[:2])


@dataclass(frozen=True)
class Resolved:
    """The release of the bindings chosen for a requested one, and why when they differ."""

    release: str
    requested: str
    note: str | None  # None: the release itself; else the warning said when substituting


def resolve(text: str, arch: str | None = None) -> Resolved:
    """Which release of the bindings serves ``text`` (``4.17.7``, ``4.17``, ``4.23-unstable``).

    * a release of the bindings (point releases included) is itself; ``4.17`` is ``4.17.0``;
    * a point release the bindings do not hold, of a series they hold, is served by the
      newest release of that series not newer than it (a newer point than any known, or a
      catalogue without point releases: ``4.17.9`` -> ``4.17.7``), with a ``note``
      saying so: a point release can change the headers, so this is the nearest known ABI,
      not a certainty;
    * anything else raises ``ReleaseError`` naming the range.
    """
    arch = check_arch(arch)
    releases = arch_data(arch)["releases"]
    for c in (text, f"{text}.0", f"{text}-unstable"):
        if c in releases:
            return Resolved(c, text, None)
    span = f"{releases[0]} .. {releases[-1]}"
    whole = f"{_meta.RELEASES[0]} .. {_meta.RELEASES[-1]}"
    if not re.fullmatch(r"\d+\.\d+(\.\d+|-unstable)?", text):
        raise ReleaseError(f"{text!r} is not a Xen release name like 4.17.0; these bindings cover {whole}")
    if re.fullmatch(r"\d+\.\d+\.\d+", text):
        key = _version_key(text)
        same = [r for r in releases if _series(r) == _series(text) and "-" not in r and _version_key(r) <= key]
        if same:
            chosen = max(same, key=_version_key)
            note = (
                f"Xen {text} is not in these bindings; using {chosen}, the newest release of the "
                f"{_series(text)} series they hold before it (a point release may change the headers)"
            )
            return Resolved(chosen, text, note)
    key = _version_key(text)
    if _version_key(_meta.RELEASES[0]) <= key <= _version_key(_meta.RELEASES[-1]):
        raise ReleaseError(f"Xen {text} on {arch} is not in these bindings: {arch} is covered for {span} only")
    raise ReleaseError(f"Xen {text} is outside the range these bindings were generated for: {whole}")


def resolve_release(text: str, arch: str | None = None) -> str:
    """The release of the bindings that serves ``text`` (see ``resolve``), without the note."""
    return resolve(text, arch).release


@dataclass(frozen=True)
class TypeLayout:
    """The catalogue's layout of a type on one architecture (what the self-test checks against)."""

    name: str
    kind: str  # struct, union, typedef
    size: int
    align: int
    where: str  # header:line of its declaration
    fields: tuple[tuple[str, int, int, int | None, int | None], ...]  # name, offset, size, bit_offset, bit_width
    packed: bool  # declared packed even on its own architecture
    decl: str  # the C declaration given to cffi
    natural_align: int  # what cffi can give natively: align, or less for an over-aligned record


@dataclass(frozen=True)
class Tag:
    """The releases of the range an item of the stable core exists in."""

    since: str | None  # None: from the first release of the range
    until: str | None  # None: to the last


@dataclass(frozen=True)
class Call:
    """A hypercall (``hypercall`` is None) or a sub-op of the multiplexed hypercall ``hypercall``."""

    name: str  # "dm_op" (without __HYPERVISOR_), "XEN_DMOP_nr_vcpus"
    number: int
    hypercall: str | None
    args: tuple[str, ...]  # a sub-op's argument types, as the catalogue established them
    guests: tuple[str, ...] = ()  # guest types the hypervisor serves it for: "pv64", "hvm64", "arm", ...


class Bindings:
    """Types, constants and macros of one view of one architecture, with their cffi FFI.

    ``view`` is ``core`` (the stable core of the whole range), ``guest`` (one
    release: its core items plus the stable items that changed within the
    range) or ``tools`` (one release's ``__XEN_TOOLS__`` view).  Constants
    read as attributes (``b.XEN_DMOP_nr_vcpus``) or from ``b.constants``;
    function-like macros that compute an integer are functions
    (``b.XENMEMF_node(1)``, ``b.macros``), and
    ``b.unsupported_macros`` says why the others are not.
    ``release`` is the release whose view this is; ``requested`` what was asked
    for and ``release_note`` why another release serves it (``for_release("4.17.9")``
    with 4.17.7 the newest known point release), else None.
    """

    def __init__(
        self,
        arch: str,
        view: str,
        release: str | None,
        *,
        native: bool | None = None,
        requested: str | None = None,
        release_note: str | None = None,
    ) -> None:
        self.arch = check_arch(arch)
        self.view = view
        self.release = release
        self.requested = requested or release
        self.release_note = release_note
        self.native = self.arch == _native_arch() if native is None else native
        if self.native and self.arch != _native_arch():
            raise ArchError(f"{self.arch} layouts can be native only on {self.arch}, not on {_native_arch()}")
        data = arch_data(self.arch)
        self._data = data
        self._tags: dict[str, Tag] = {}
        self._call_tags: dict[str, Tag] = {}
        order: list[tuple[str, str]] = []
        constants: dict[str, int] = {}
        calls: dict[str, Call] = {}
        macros: dict[str, MacroFunction] = {}
        long_bits = 64 if data["pointer_size"] == 8 else 32  # ILP32 or LP64, like pointers on every Xen arch
        if view == "tools":
            if release is None or release not in data["tools"]:
                raise ReleaseError(_no_tools_message(self.arch, release))
            tools = tools_view(self.arch, release)
            order = list(tools.types)
            constants = dict(tools.constants)
            for name, (params, tree, where, text) in tools.macros.items():
                macros[name] = MacroFunction(name, params, _tree(data, tree), text, where, long_bits)
        else:
            for name, vid, since, until in data["core"]:
                if view == "core" or _in_span(release, since, until):
                    order.append((name, vid))
                    self._tags[name] = Tag(since, until)
            for name, (value, since, until, _where) in data["core_constants"].items():
                if view == "core" or _in_span(release, since, until):
                    constants[name] = value
                    self._tags[name] = Tag(since, until)
            guests = {n: tuple(g) for n, g in data.get("call_guests", {}).items()}
            for name, (number, hypercall, args, since, until, _where) in data["core_calls"].items():
                if view == "core" or _in_span(release, since, until):
                    calls[name] = Call(name, number, hypercall, tuple(args), guests.get(name, ()))
                    self._call_tags[name] = Tag(since, until)
            for name, (params, tree, since, until, where, text) in data["core_macros"].items():
                if view == "core" or _in_span(release, since, until):
                    macros[name] = MacroFunction(name, params, _tree(data, tree), text, where, long_bits)
                    self._tags[name] = Tag(since, until)
            if view == "guest":
                order += [(n, v) for n, v in data["per_release"][release]]
                constants.update(data["release_constants"][release])
                for name, (number, hypercall, args) in data["release_calls"][release].items():
                    calls[name] = Call(name, number, hypercall, tuple(args), guests.get(name, ()))
                for name, (params, tree, where, text) in data["release_macros"][release].items():
                    macros[name] = MacroFunction(name, params, _tree(data, tree), text, where, long_bits)
        self._order = order
        self._ids = dict(order)
        self.constants: Mapping[str, int] = dict(sorted(constants.items()))
        # Hypercalls and sub-ops that are stable (guest-visible, or annotated stable in a tools header).
        self.calls: Mapping[str, Call] = dict(sorted(calls.items()))
        # Function-like macros as functions; the others, with why xen-abi could not make one of them.
        self.macros: Mapping[str, MacroFunction] = dict(sorted(macros.items()))
        self.unsupported_macros: Mapping[str, str] = dict(data["unsupported_macros"])
        self._ffi: cffi.FFI | None = None
        self._ptypes: dict[str, Any] | None = None

    def __repr__(self) -> str:
        where = f" {self.release}" if self.release else ""
        mode = "native" if self.native else "packed"
        return f"<Bindings {self.arch} {self.view}{where} ({mode}): {len(self._order)} types>"

    # -- names ------------------------------------------------------------------------------

    @property
    def types(self) -> tuple[str, ...]:
        """Every type of this view, in declaration order (dependencies first)."""
        return tuple(n for n, _ in self._order)

    def __getattr__(self, name: str) -> Any:
        constants = self.__dict__.get("constants")
        if constants is None or (name.startswith("__") and name.endswith("__")):
            raise AttributeError(name)  # Python's own protocols, or not initialised yet
        if name in constants:
            return int(constants[name])
        if name in self.macros:
            return self.macros[name]
        raise NameNotFound(self._missing(name, "constant or macro", {*constants, *self.macros}))

    def constant(self, name: str) -> int:
        """The value of an integer constant (``b.constant("__HYPERVISOR_dm_op")``)."""
        if name in self.constants:
            return int(self.constants[name])
        raise NameNotFound(self._missing(name, "constant", self.constants))

    def macro(self, name: str) -> MacroFunction:
        """A function-like macro as a function: ``b.macro("XENMEMF_node")(1)`` is C's ``XENMEMF_node(1)``."""
        if name in self.macros:
            return self.macros[name]
        raise NameNotFound(self._missing(name, "macro", self.macros))

    def tag(self, name: str) -> Tag:
        """When a stable-core item is available (``Tag(None, None)``: the whole range).

        Types and constants first, then hypercalls (``dm_op``) and sub-ops.
        """
        if name in self._tags:
            return self._tags[name]
        if name in self._call_tags:
            return self._call_tags[name]
        raise NameNotFound(self._missing(name, "stable-core item", {**self._tags, **self._call_tags}))

    def hypercall(self, name: str) -> int:
        """The number of a stable hypercall (``dm_op``, without ``__HYPERVISOR_``)."""
        call = self.calls.get(name)
        if call is None or call.hypercall is not None:
            raise NameNotFound(self._missing(name, "hypercall", {n for n, c in self.calls.items() if not c.hypercall}))
        return call.number

    def subop(self, name: str) -> Call:
        """A stable sub-op (``XEN_DMOP_nr_vcpus``): its number, hypercall and argument types."""
        call = self.calls.get(name)
        if call is None or call.hypercall is None:
            raise NameNotFound(self._missing(name, "sub-op", {n for n, c in self.calls.items() if c.hypercall}))
        return call

    def since(self, name: str) -> str | None:
        """The release a stable-core item needs (None: the whole range); ``tag`` has ``until`` too."""
        return self.tag(name).since

    def layout(self, name: str) -> TypeLayout:
        """The catalogue's layout of a type of this view: size, align, members, where, declaration."""
        vid = self._ids.get(name)
        if vid is None:
            raise NameNotFound(self._missing(name, "type", self._ids))
        t = self._data["types"][vid]
        fields = tuple(tuple(f) for f in t.get("fields", ()))
        packed = t.get("packed", False)
        natural = 1 if packed else t.get("natural_align", t["align"])
        return TypeLayout(name, t["kind"], t["size"], t["align"], t["where"], fields, packed, t["decl"], natural)

    def enumerators(self, enum: str) -> list[tuple[str, int]]:
        """The values of a stable-core enum, in declaration order (``enum xen_errno``)."""
        enums = self._data["core_enums"]
        if enum not in enums or (self.view != "core" and not _in_span(self.release, *enums[enum][:2])):
            raise NameNotFound(self._missing(enum, "enum", enums))
        return [(n, v) for n, v in enums[enum][2]]

    def _missing(self, name: str, what: str, names: Collection[str]) -> str:
        scope = f"{self.arch} {self.view}" + (f" {self.release}" if self.release else "")
        msg = f"no {what} {name!r} in the {scope} bindings"
        data = self._data
        core = {n: (s, u) for n, _, s, u in data["core"]}
        core.update({n: (s, u) for n, (_, s, u, _) in data["core_constants"].items()})
        core.update({n: (v[3], v[4]) for n, v in data["core_calls"].items()})
        core.update({n: (v[2], v[3]) for n, v in data["core_macros"].items()})
        if name in data["unsupported_macros"]:
            return f"{msg}: it is a function-like macro xen-abi cannot evaluate: {data['unsupported_macros'][name]}"
        if name in core and self.release:
            since, until = core[name]
            if since and _version_key(self.release) < _version_key(since):
                return f"{msg}: it needs Xen {since} or later"
            if until:
                return f"{msg}: it exists only up to Xen {until}"
        changing = (
            any(name in per for per in data["release_constants"].values())
            or any(name in per for per in data["release_calls"].values())
            or any(name in per for per in data["release_macros"].values())
            or any(name == n for per in data["per_release"].values() for n, _ in per)
        )
        if changing and self.view == "core":
            return f"{msg}: it changes within {data['releases'][0]} .. {data['releases'][-1]}; use for_release()"
        close = difflib.get_close_matches(name, list(names), n=3, cutoff=0.7)
        return msg + (f"; did you mean: {', '.join(close)}?" if close else "")

    # -- cffi ---------------------------------------------------------------------------------

    @property
    def ffi(self) -> cffi.FFI:
        """The FFI declaring every type of this view (built on first use)."""
        if self._ffi is None:
            self._ffi = _build_ffi(self.arch, tuple(self._order), self.native)
        return self._ffi

    def ctype(self, name: str) -> Any:
        """The cffi type object of a declared type (``b.ctype("ioreq_t")``)."""
        return self.pointer_type(name).item

    def pointer_type(self, name: str) -> Any:
        """The cffi type ``name *`` (for ``T[n]`` the array type): what ``new`` and ``cast`` use."""
        table = self._pointer_types()
        if name in table:
            return table[name]
        array = re.fullmatch(r"(.+?)\s*\[(\d*)\]", name)
        if array:  # ``xen_pfn_t[4]``: ``new`` makes the array
            self.pointer_type(array.group(1))
            return self.ffi.typeof(f"{array.group(1)}[{array.group(2)}]")
        try:  # scalars and spellings the table does not hold
            found = self.ffi.typeof(f"{name} *")
        except (cffi.CDefError, cffi.FFIError, TypeError, ValueError):
            raise NameNotFound(self._missing_type(name)) from None
        item = found.item
        while item.kind == "array":
            item = item.item
        if item.kind in ("struct", "union") and item.fields is None:  # cffi takes an unknown tag as opaque
            raise NameNotFound(self._missing_type(name))
        return found

    def _pointer_types(self) -> dict[str, Any]:
        """Every declared type's pointer type, from one parse.

        cffi re-parses a type string together with one line per typedef the FFI
        knows, so ``ffi.typeof`` on each of a thousand names is quadratic; a
        single probe struct with a pointer member per type is not.
        """
        if self._ptypes is None:
            ffi = self.ffi
            probe = "__xen_abi_bindings_probe"
            members = "".join(f"    {name} *m{i};\n" for i, name in enumerate(self.types))
            ffi.cdef(f"struct {probe} {{\n{members}}};")
            fields = ffi.typeof(f"struct {probe}").fields or []
            if len(fields) != len(self.types):
                raise BindingsError(f"cffi declared {len(fields)} of {len(self.types)} probe members")
            self._ptypes = {name: fields[i][1].type for i, name in enumerate(self.types)}
        return self._ptypes

    def new(self, ctype: str, init: Any = None) -> Any:
        """A zeroed ``ctype *`` (``b.new("struct xen_dm_op")``).

        An unknown type name raises ``NameNotFound`` with the closest names
        ("did you mean 'struct xen_dm_op'"), not cffi's parser error.
        """
        return self.ffi.new(self.pointer_type(ctype), init)

    def cast(self, ctype: str, buffer: Any, offset: int = 0) -> Any:
        """A ``ctype *`` into a writable buffer (an mmap, a bytearray) at ``offset``."""
        base = self.ffi.from_buffer(buffer)
        return self.ffi.cast(self.pointer_type(ctype), base + offset)

    def _missing_type(self, name: str) -> str:
        scope = f"{self.arch} {self.view}" + (f" {self.release}" if self.release else "")
        close = difflib.get_close_matches(name, list(self._ids), n=1, cutoff=0.8)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return f"no type {name!r} in the {scope} bindings{hint}"

    def to_bytes(self, cdata: Any) -> bytes:
        """The bytes of what ``cdata`` points to (a record, an array): what Xen reads."""
        return bytes(self.ffi.buffer(cdata))

    def handle(self, buffer: Any) -> int:
        """The address to store in a guest handle for ``buffer`` (see ``set_handle``)."""
        return buffer_address(buffer, remember=True)

    def set_handle(self, handle: Any, buffer: Any) -> int:
        """Point a guest handle member at ``buffer``: ``b.set_handle(res.frame_list, frames)``.

        See the module-level ``set_handle``; returns the address stored.
        """
        return set_handle(handle, buffer)

    def union_member(self, cdata: Any, member: str, alternative: str) -> Any:
        """A typed pointer to one alternative of an anonymous-union member (``xen_dm_op.u``).

        Such members are declared as bytes of the right size and alignment; the
        catalogue says which alternatives the union has and their types.
        """
        record, entry = self._record_of(cdata)
        views = entry.get("views", {})
        if member not in views or alternative not in views[member]:
            known = ", ".join(sorted(views.get(member, {}))) or "none"
            raise NameNotFound(f"{record}.{member} has no typed alternative {alternative!r} (known: {known})")
        return self.ffi.cast(self.pointer_type(views[member][alternative]), self.ffi.addressof(cdata, member))

    def bitfields(self, record: str) -> dict[str, tuple[int, int, int, int, bool]]:
        """name -> (unit offset, unit size, shift, width, signed) of each bit-field of ``record``."""
        entry = self._entry(record)
        return {n: tuple(v) for n, v in entry.get("bitfields", {}).items()}

    def _entry(self, name: str) -> dict[str, Any]:
        """The data of a record, through typedefs (``ioreq_t`` -> ``struct ioreq``)."""
        seen = set()
        while name in self._ids and name not in seen:
            seen.add(name)
            entry = self._data["types"][self._ids[name]]
            if entry["kind"] != "typedef" or entry.get("target") not in self._ids:
                return dict(entry)
            name = entry["target"]
        raise NameNotFound(f"no record {name!r} in these bindings")

    def _record_of(self, cdata: Any) -> tuple[str, dict[str, Any]]:
        ctype = self.ffi.typeof(cdata)
        if ctype.kind == "pointer":
            ctype = ctype.item
        if ctype.kind not in ("struct", "union"):
            raise TypeError(f"expected a pointer to a record, got {ctype.cname}")
        return ctype.cname, self._entry(ctype.cname)

    def get_bits(self, cdata: Any, field: str) -> int:
        """Read a bit-field of a record pointer (bit-fields are stored as plain bytes)."""
        offset, unit, shift, width, signed = self._bitfield(cdata, field)
        raw = int.from_bytes(self.ffi.buffer(cdata)[offset : offset + unit], "little")
        value = (raw >> shift) & ((1 << width) - 1)
        if signed and value >> (width - 1):
            value -= 1 << width
        return value

    def set_bits(self, cdata: Any, field: str, value: int) -> None:
        """Write a bit-field of a record pointer (the other bits of its storage unit are kept)."""
        offset, unit, shift, width, _ = self._bitfield(cdata, field)
        buf = self.ffi.buffer(cdata)
        raw = int.from_bytes(buf[offset : offset + unit], "little")
        mask = ((1 << width) - 1) << shift
        raw = (raw & ~mask) | ((value << shift) & mask)
        buf[offset : offset + unit] = raw.to_bytes(unit, "little")

    def _bitfield(self, cdata: Any, field: str) -> tuple[int, int, int, int, bool]:
        record, entry = self._record_of(cdata)
        bits = {n: tuple(v) for n, v in entry.get("bitfields", {}).items()}
        if field not in bits:
            raise NameNotFound(f"{record} has no bit-field {field!r} (has: {', '.join(sorted(bits)) or 'none'})")
        return bits[field]


# Buffers given to a guest handle, by address, while they live: what DryRun shows behind an address.
_REACHABLE: weakref.WeakValueDictionary[int, Any] = weakref.WeakValueDictionary()
_FFI = cffi.FFI()  # typeof/cast/buffer of cdata from any FFI: they share cffi's backend


def buffer_address(buffer: Any, *, remember: bool = False) -> int:
    """The address of ``buffer``: a cdata pointer or array, a ``HypercallBuffer``, an mmap, a bytearray.

    ``remember`` records it (while it lives) so a ``DryRun`` can show its bytes
    when a hypercall's arguments reach it; objects that cannot be weakly
    referenced (a bytearray) are not recorded.
    """
    if isinstance(buffer, int):
        return buffer
    address = getattr(buffer, "address", None)
    if isinstance(address, int):  # a HypercallBuffer
        found = address
    elif isinstance(buffer, _FFI.CData):
        found = int(_FFI.cast("uintptr_t", buffer))
    else:
        found = int(_FFI.cast("uintptr_t", _FFI.from_buffer(buffer)))
    if remember and found:
        # Not weakly referenceable (a bytearray): the caller keeps it alive, a dry run shows only its address.
        with contextlib.suppress(TypeError):
            _REACHABLE[found] = buffer
    return found


def buffer_at(address: int) -> Any | None:
    """The live buffer recorded at ``address`` by ``handle``/``set_handle``, or None."""
    return _REACHABLE.get(address)


def is_guest_handle(cdata: Any) -> bool:
    """Whether ``cdata`` is a guest handle (``XEN_GUEST_HANDLE(T)``: a struct or union with member ``p``)."""
    if not isinstance(cdata, _FFI.CData):
        return False
    ctype = _FFI.typeof(cdata)
    if ctype.kind == "pointer":
        ctype = ctype.item
    return ctype.kind in ("struct", "union") and "__guest_handle" in ctype.cname


def set_handle(handle: Any, buffer: Any) -> int:
    """Point the guest handle ``handle`` (a member such as ``res.frame_list``) at ``buffer``.

    ``buffer`` is a cdata pointer or array (``b.new("xen_pfn_t[4]")``), a
    ``HypercallBuffer``, an mmap or a writable buffer; an ``int`` is taken as an
    address.  The whole handle is written (Arm's 64-bit handles through ``q``, so
    a 32-bit address is zero-extended).  Returns the address.  Instead of
    ``res.frame_list.p = address``.
    """
    if not is_guest_handle(handle):
        what = _FFI.typeof(handle).cname if isinstance(handle, _FFI.CData) else type(handle).__name__
        raise TypeError(f"set_handle: expected a guest handle member (XEN_GUEST_HANDLE), got {what}")
    address = buffer_address(buffer, remember=True)
    fields = dict(_FFI.typeof(handle).fields or ())
    member = "q" if "q" in fields else "p"
    if address >> (8 * _FFI.sizeof(fields[member].type)):
        raise ValueError(
            f"set_handle: address {address:#x} does not fit this {_FFI.sizeof(fields[member].type)}-byte guest handle"
            " (a buffer of this 64-bit process cannot be given to a 32-bit guest's handle)"
        )
    setattr(handle, member, address)
    return address


def handle_address(handle: Any) -> int:
    """The address stored in a guest handle."""
    names = {name for name, _ in _FFI.typeof(handle).fields or ()}
    return int(getattr(handle, "q" if "q" in names else "p"))


def _tree(data: Mapping[str, Any], key: str) -> list[Any]:
    """A macro's expression tree, stored once by content as compact JSON (``macro_trees``)."""
    tree: list[Any] = json.loads(data["macro_trees"][key])
    return tree


def _in_span(release: str | None, since: str | None, until: str | None) -> bool:
    key = _version_key(release or "")
    return (since is None or key >= _version_key(since)) and (until is None or key <= _version_key(until))


def _no_tools_message(arch: str, release: str | None) -> str:
    if not _meta.WITH_TOOLS_ONLY:
        return "these bindings were generated without tools-only items (xen-abi codegen cffi --with-tools-only)"
    return f"no tools view of {release} on {arch}"


@cache
def _native_arch() -> str:
    try:
        return host_arch()
    except ArchError:
        return ""


def _build_ffi(arch: str, order: tuple[tuple[str, str], ...], native: bool) -> cffi.FFI:
    """One FFI with every declaration, in dependency order.

    Natively, runs of records that need packing even on their own
    architecture go in their own ``packed=True`` cdef call; otherwise
    everything is one packed call.
    """
    types = arch_data(arch)["types"]
    ffi = cffi.FFI()
    chunks: list[tuple[bool, list[str]]] = []
    for _, vid in order:
        t = types[vid]
        packed = (not native) or t.get("packed", False)
        if not chunks or chunks[-1][0] != packed:
            chunks.append((packed, []))
        chunks[-1][1].append(t["decl"])
    for packed, decls in chunks:
        ffi.cdef("\n".join(decls), packed=packed)
    return ffi


def iter_views(arch: str) -> Iterator[tuple[str, str | None]]:
    """(view, release) of every view the data of ``arch`` holds."""
    data = arch_data(arch)
    yield "core", None
    for r in data["releases"]:
        yield "guest", r
    for r in sorted(data["tools"], key=_version_key):
        yield "tools", r
