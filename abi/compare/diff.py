"""Compare two releases' ABI: typed change records with a kind and a severity.

The stage between the catalogue (or a freshly ingested tree) and the drift
reports.  ``diff_releases`` compares every configuration the two sides share
and yields *atomic* changes, one per (item, architecture, visibility), so a
suppression can target one arch; ``merge_changes`` then folds identical
changes of several arches and views into one record.

What a change means for a consumer depends on the item's stability, which
comes from ``abi.classify`` (guest-visible => stable, tools-only =>
versioned by its header's ``*_INTERFACE_VERSION``):

* an incompatible change (removal, renumbering, size/offset/type change) of
  a stable item is *breaking*;
* the same on a tools-only item is *tools-only* churn when the interface
  version covering it was bumped, and an *interface-version* violation when
  it was not (Xen's rule, stated in ``domctl.h``); a bump with no
  incompatible change is an *interface-version* finding too;
* additions are *compatible*; spelling that changes no byte is *cosmetic*.

Where an item is declared (header:line) is carried along but never compared:
lines moving is not a change.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, ClassVar

from xen_abi.analysis.classify import Classification, Stability, classify, interface_macros
from xen_abi.common.spelling import is_anonymous_record, record_members, split_array
from xen_abi.frontend.hypercalls import load_table
from xen_abi.ir.archs import ARCH_NAMES, get_arch
from xen_abi.ir.model import Config, ConfigABI, Constant, Field, Layout, ReleaseABI, TypeEntry, Visibility


class Severity(StrEnum):
    BREAKING = "breaking"
    INTERFACE_VERSION = "interface-version"
    COMPATIBLE = "compatible"
    TOOLS_ONLY = "tools-only"
    COSMETIC = "cosmetic"


# Report order: what fails a pipeline first.
SEVERITIES: tuple[Severity, ...] = (
    Severity.BREAKING,
    Severity.INTERFACE_VERSION,
    Severity.COMPATIBLE,
    Severity.TOOLS_ONLY,
    Severity.COSMETIC,
)


class Nature(StrEnum):
    """What a change is before the item's stability turns it into a severity."""

    INCOMPATIBLE = "incompatible"
    COMPATIBLE = "compatible"
    COSMETIC = "cosmetic"


class Kind(StrEnum):
    # configurations
    ARCH_ADDED = "arch-added"
    ARCH_REMOVED = "arch-removed"
    CONFIG_ADDED = "config-added"
    CONFIG_REMOVED = "config-removed"
    HEADER_UNAVAILABLE = "header-unavailable"
    # stability
    BECAME_TOOLS_ONLY = "became-tools-only"
    BECAME_STABLE = "became-stable"
    MOVED_TO_LEGACY = "moved-to-legacy"
    # hypercalls and sub-ops (macro numbers)
    HYPERCALL_ADDED = "hypercall-added"
    HYPERCALL_REMOVED = "hypercall-removed"
    HYPERCALL_RENUMBERED = "hypercall-renumbered"
    SUBOP_ADDED = "subop-added"
    SUBOP_REMOVED = "subop-removed"
    SUBOP_RENUMBERED = "subop-renumbered"
    SUBOP_ARGS_CHANGED = "subop-args-changed"
    SUBOP_ARGS_RESPELLED = "subop-args-respelled"
    # other constants
    CONSTANT_ADDED = "constant-added"
    CONSTANT_REMOVED = "constant-removed"
    CONSTANT_CHANGED = "constant-changed"
    CONSTANT_SPELLING_CHANGED = "constant-spelling-changed"
    LIMIT_RAISED = "limit-raised"
    INTERFACE_VERSION_BUMPED = "interface-version-bumped"
    INTERFACE_VERSION_BUMP_WITHOUT_CHANGE = "interface-version-bump-without-change"
    # types
    TYPE_ADDED = "type-added"
    TYPE_REMOVED = "type-removed"
    GUEST_HANDLE_REMOVED = "guest-handle-removed"
    TYPE_KIND_CHANGED = "type-kind-changed"
    TYPE_SPELLING_CHANGED = "type-spelling-changed"
    TYPEDEF_CHANGED = "typedef-changed"
    SIZE_CHANGED = "size-changed"
    ALIGN_CHANGED = "align-changed"
    FIELD_ADDED = "field-added"
    FIELD_REMOVED = "field-removed"
    FIELD_OFFSET_CHANGED = "field-offset-changed"
    FIELD_TYPE_CHANGED = "field-type-changed"
    FIELD_SIZE_CHANGED = "field-size-changed"
    BITFIELD_CHANGED = "bitfield-changed"
    FIELD_RENAMED = "field-renamed"
    FIELD_TYPE_SPELLING_CHANGED = "field-type-spelling-changed"
    PAD_MADE_EXPLICIT = "pad-made-explicit"
    PAD_MADE_IMPLICIT = "pad-made-implicit"
    PAD_FIELD_USED = "pad-field-used"
    FLEX_ARRAY_MEMBER = "flex-array-member"
    ENUMERATOR_ADDED = "enumerator-added"
    ENUMERATOR_REMOVED = "enumerator-removed"
    ENUMERATOR_VALUE_CHANGED = "enumerator-value-changed"


# One line per kind: the taxonomy as documented (docs/drift.md) and as SARIF rules.
KIND_INFO: dict[Kind, tuple[Nature, str]] = {
    Kind.ARCH_ADDED: (Nature.COMPATIBLE, "the new side supports an architecture the old one did not"),
    Kind.ARCH_REMOVED: (Nature.INCOMPATIBLE, "an architecture is no longer supported"),
    Kind.CONFIG_ADDED: (Nature.COMPATIBLE, "a visibility of an architecture now compiles"),
    Kind.CONFIG_REMOVED: (Nature.INCOMPATIBLE, "a visibility of an architecture no longer compiles"),
    Kind.HEADER_UNAVAILABLE: (Nature.INCOMPATIBLE, "a header that compiled no longer does on this configuration"),
    Kind.BECAME_TOOLS_ONLY: (Nature.INCOMPATIBLE, "a guest-visible item is now visible only to the tools"),
    Kind.BECAME_STABLE: (Nature.COMPATIBLE, "a tools-only item is now guest-visible"),
    Kind.MOVED_TO_LEGACY: (
        Nature.COMPATIBLE,
        "only guests asking for an old __XEN_INTERFACE_VERSION__ still see it (Xen's deprecation path)",
    ),
    Kind.HYPERCALL_ADDED: (Nature.COMPATIBLE, "a new hypercall number"),
    Kind.HYPERCALL_REMOVED: (Nature.INCOMPATIBLE, "a hypercall number was removed"),
    Kind.HYPERCALL_RENUMBERED: (Nature.INCOMPATIBLE, "a hypercall number changed"),
    Kind.SUBOP_ADDED: (Nature.COMPATIBLE, "a new sub-operation number"),
    Kind.SUBOP_REMOVED: (Nature.INCOMPATIBLE, "a sub-operation number was removed (retired)"),
    Kind.SUBOP_RENUMBERED: (Nature.INCOMPATIBLE, "a sub-operation number changed"),
    Kind.SUBOP_ARGS_CHANGED: (Nature.INCOMPATIBLE, "a sub-operation now takes another argument type"),
    Kind.SUBOP_ARGS_RESPELLED: (
        Nature.COSMETIC,
        "a sub-operation's argument type has another name, byte for byte the same",
    ),
    Kind.CONSTANT_ADDED: (Nature.COMPATIBLE, "a new constant"),
    Kind.CONSTANT_REMOVED: (Nature.INCOMPATIBLE, "a constant was removed"),
    Kind.CONSTANT_CHANGED: (Nature.INCOMPATIBLE, "a constant's value changed"),
    Kind.CONSTANT_SPELLING_CHANGED: (Nature.COSMETIC, "a constant is written differently, same value"),
    Kind.LIMIT_RAISED: (
        Nature.COMPATIBLE,
        "a bound that follows additions (*_MAX, *_LAST, *_COUNT, *_END, *_NUM) grew",
    ),
    Kind.INTERFACE_VERSION_BUMPED: (Nature.COMPATIBLE, "an interface-version macro was bumped"),
    Kind.INTERFACE_VERSION_BUMP_WITHOUT_CHANGE: (
        Nature.INCOMPATIBLE,
        "an interface-version macro was bumped with no incompatible change to what it covers",
    ),
    Kind.TYPE_ADDED: (Nature.COMPATIBLE, "a new type"),
    Kind.TYPE_REMOVED: (Nature.INCOMPATIBLE, "a type was removed"),
    Kind.GUEST_HANDLE_REMOVED: (
        Nature.COSMETIC,
        "a __guest_handle_* helper type is no longer generated: source-level only, no layout uses it",
    ),
    Kind.TYPE_KIND_CHANGED: (Nature.INCOMPATIBLE, "a type changed kind (struct, union, enum, typedef)"),
    Kind.TYPE_SPELLING_CHANGED: (Nature.COSMETIC, "a type is declared differently with the same layout"),
    Kind.TYPEDEF_CHANGED: (Nature.INCOMPATIBLE, "a typedef now names a different type"),
    Kind.SIZE_CHANGED: (Nature.INCOMPATIBLE, "sizeof changed"),
    Kind.ALIGN_CHANGED: (Nature.INCOMPATIBLE, "alignment changed"),
    Kind.FIELD_ADDED: (Nature.COMPATIBLE, "a field or union member was added without moving others"),
    Kind.FIELD_REMOVED: (Nature.INCOMPATIBLE, "a field or union member was removed"),
    Kind.FIELD_OFFSET_CHANGED: (Nature.INCOMPATIBLE, "a field moved"),
    Kind.FIELD_TYPE_CHANGED: (Nature.INCOMPATIBLE, "a field's type changed"),
    Kind.FIELD_SIZE_CHANGED: (Nature.INCOMPATIBLE, "a field's size changed (its type changed size)"),
    Kind.BITFIELD_CHANGED: (Nature.INCOMPATIBLE, "a bit-field's position or width changed"),
    Kind.FIELD_RENAMED: (Nature.COSMETIC, "a field was renamed: same offset, size and type"),
    Kind.FIELD_TYPE_SPELLING_CHANGED: (Nature.COSMETIC, "a field's type is spelled differently, same type"),
    Kind.PAD_MADE_EXPLICIT: (Nature.COSMETIC, "an implicit hole became an explicit padding field"),
    Kind.PAD_MADE_IMPLICIT: (Nature.COSMETIC, "an explicit padding field became an implicit hole"),
    Kind.PAD_FIELD_USED: (Nature.COMPATIBLE, "a padding field was given a meaning: same bytes, new name"),
    Kind.FLEX_ARRAY_MEMBER: (
        Nature.COSMETIC,
        "a trailing one-element array became a flexible array member: sizeof changes, no offset does",
    ),
    Kind.ENUMERATOR_ADDED: (Nature.COMPATIBLE, "a new enumerator"),
    Kind.ENUMERATOR_REMOVED: (Nature.INCOMPATIBLE, "an enumerator was removed"),
    Kind.ENUMERATOR_VALUE_CHANGED: (Nature.INCOMPATIBLE, "an enumerator's value changed"),
}

ALL_KINDS: tuple[str, ...] = tuple(k.value for k in Kind)


def describe(kind: Kind) -> str:
    return KIND_INFO[kind][1]


@dataclass(frozen=True)
class Change:
    """One difference between the two sides.

    ``archs`` and ``visibilities`` list where it was seen (one each for an
    atomic change); ``stability`` is the item's on the old side, or
    ``"stable -> tools-only"`` for a transition.  ``before``/``after`` are the
    compared values as text (None: absent on that side); ``where_*`` are
    ``header:line``.  ``type_name`` names the type whose layout the change is
    about, so a report can print it before and after.
    """

    kind: Kind
    severity: Severity
    item: str
    archs: tuple[str, ...]
    visibilities: tuple[str, ...]
    stability: str
    before: str | None
    after: str | None
    where_before: str | None
    where_after: str | None
    hypercall: str | None = None  # the hypercall the item belongs to, when known
    interface_macro: str | None = None  # for tools-only changes: the macro that versions them
    note: str = ""
    type_name: str | None = None

    @property
    def where(self) -> str | None:
        """The most relevant declaration site: the new one, else the old one."""
        return self.where_after or self.where_before

    def merge_key(self) -> tuple:
        return (
            self.kind,
            self.severity,
            self.item,
            self.stability,
            self.before,
            self.after,
            self.where_before,
            self.where_after,
            self.hypercall,
            self.interface_macro,
            self.note,
            self.type_name,
        )

    def message(self) -> str:
        """One human sentence."""
        before = "(absent)" if self.before is None else self.before
        after = "(absent)" if self.after is None else self.after
        text = f"{self.item}: {describe(self.kind)}"
        if self.before is not None or self.after is not None:
            text += f": {before} -> {after}"
        if self.note:
            text += f" ({self.note})"
        return text


@dataclass
class Diff:
    """The comparison of two releases: atomic changes and the layouts they concern."""

    old: str
    new: str
    archs: tuple[str, ...]  # compared on both sides
    changes: list[Change]
    # (type name, config key) -> (old entry, new entry), for before/after listings
    layouts: dict[tuple[str, str], tuple[TypeEntry | None, TypeEntry | None]] = field(default_factory=dict)


# -- naming conventions ---------------------------------------------------------------------------

_HYPERCALL = re.compile(r"^__HYPERVISOR_([a-z]\w*)$")
_PADDING = re.compile(r"^_*(?:\w*_)?(?:pad|padding|reserved|rsvd|resv|unused|spare)_?\d*$", re.IGNORECASE)
_ARRAY = re.compile(r"^(.*?)((?:\[\d*\])+)$")
_NAMED_TYPE = re.compile(r"\b(?:struct|union|enum)\s+\w+|\b[A-Za-z_]\w*\b")


# Sub-op number families: the macro prefix -> its hypercall.  Sub-ops are
# the lower-case-named macros of the family (Xen's convention: flags and
# sub-families are upper case, XEN_DOMCTL_CDF_hvm is not a sub-op).
@functools.cache
def subop_families() -> tuple[dict[str, str], re.Pattern[str]]:
    """Sub-op macro prefix -> hypercall, from the reviewed table in abi/data/subops.toml.

    The same data abi.hypercalls extracts sub-ops with: one source of truth.
    """
    families = {f.prefix: f.hypercall for f in load_table().families}
    return families, re.compile(r"^(" + "|".join(re.escape(p) for p in families) + r")([a-z]\w*)$")


# Headers whose name does not say their hypercall (the others are found by
# their stem: domctl.h -> __HYPERVISOR_domctl, memory.h -> memory_op).
HEADER_HYPERCALLS: dict[str, str] = {
    "version.h": "xen_version",
    "platform.h": "platform_op",
    "xsm/flask_op.h": "xsm_op",
    "pmu.h": "xenpmu_op",
    "arch-x86/xen-mca.h": "mca",
    "hvm/params.h": "hvm_op",
    "vm_event.h": "domctl",
}


# Bounds that grow whenever a flag or an op is added: raising them is how an
# addition looks, so they are not a changed constant (check-uapi.sh
# suppresses the same enumerator suffixes).
_LIMIT = re.compile(r"_(?:MAX|LAST|COUNT|END|NUM)$")

# An interface-version macro versions the ops of its header, except where its
# name says it is narrower: HVMOP_ALTP2M_INTERFACE_VERSION is the ``version``
# field of struct xen_hvm_altp2m_op only, not the rest of hvm_op.h's
# tools-only section.  Macro -> the word an item's name must contain.
MACRO_SCOPES: dict[str, str] = {"HVMOP_ALTP2M_INTERFACE_VERSION": "altp2m"}


def _in_scope(macro: str | None, name: str) -> bool:
    if macro is None:
        return False
    scope = MACRO_SCOPES.get(macro)
    return scope is None or scope in name.lower()


def is_limit(name: str) -> bool:
    return bool(_LIMIT.search(name))


_INT_SUFFIX = re.compile(r"\b(0[xX][0-9a-fA-F]+|\d+)[uUlL]+\b")
_GNU_KEYWORD = re.compile(r"\b__(\w+?)__\b")


def normal_text(text: str) -> str:
    """A macro body without what changes no value: integer suffixes, ``__aligned__`` vs ``aligned``, blanks."""
    text = _INT_SUFFIX.sub(r"\1", text)
    text = _GNU_KEYWORD.sub(r"\1", text)
    text = re.sub(r"\s+", "", text)
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1]
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for c in text:
        depth += {"(": 1, ")": -1}.get(c, 0)
        if depth < 0:
            return False
    return depth == 0


def constant_role(name: str) -> tuple[str, str | None]:
    """("hypercall"|"subop"|"interface-version"|"constant", hypercall or None)."""
    if m := _HYPERCALL.match(name):
        return "hypercall", m.group(1)
    if name.endswith("_INTERFACE_VERSION") or name == "__XEN_LATEST_INTERFACE_VERSION__":
        return "interface-version", None
    families, pattern = subop_families()
    if m := pattern.match(name):
        return "subop", families[m.group(1)]
    return "constant", None


def is_padding(name: str) -> bool:
    return bool(_PADDING.match(name))


def header_of(where: str | None) -> str | None:
    return where.rsplit(":", 1)[0] if where else None


def hypercall_of_header(header: str | None, hypercalls: frozenset[str]) -> str | None:
    """The hypercall a header's items belong to, when its name says so."""
    if header is None:
        return None
    if header in HEADER_HYPERCALLS:
        return HEADER_HYPERCALLS[header]
    stem = header.rsplit("/", 1)[-1].removesuffix(".h")
    for candidate in (stem, f"{stem}_op"):
        if candidate in hypercalls:
            return candidate
    return None


# -- C spellings -----------------------------------------------------------------------------------


class Typedefs:
    """Resolve typedef names to what they stand for on one configuration."""

    _SCALARS: ClassVar[dict[str, str]] = {
        "uint8_t": "unsigned char",
        "int8_t": "signed char",
        "uint16_t": "unsigned short",
        "int16_t": "short",
        "uint32_t": "unsigned int",
        "int32_t": "int",
    }

    def __init__(self, abi: ConfigABI | None) -> None:
        self.types = abi.types if abi is not None else {}
        self.scalars = get_arch(abi.config.arch).scalars() if abi is not None else {}
        self.pointer = get_arch(abi.config.arch).pointer if abi is not None else 8
        self._cache: dict[str, str] = {}

    def canonical(self, spelling: str) -> str:
        """The spelling with every typedef resolved (``xen_foo_t[2]`` -> ``struct xen_foo[2]``)."""
        if spelling in self._cache:
            return self._cache[spelling]
        base, dims = split_array(spelling)
        seen: set[str] = set()
        while True:
            pointer = base.endswith("*")
            core = base.rstrip("* ").strip() if pointer else base
            entry = self.types.get(core)
            if entry is None or entry.layout.kind != "typedef" or entry.layout.target is None or core in seen:
                break
            seen.add(core)
            target_base, target_dims = split_array(entry.layout.target)
            base = target_base + (" *" if pointer else "")
            dims = dims + target_dims  # an array typedef's dims come after the declarator's
        base = self._SCALARS.get(base, base)
        result = base + dims
        self._cache[spelling] = result
        return result

    def sizeof(self, spelling: str) -> tuple[int, int] | None:
        """(size, align) of a spelled type, or None when it cannot be told from the catalogue."""
        base, dims = split_array(spelling)
        count = 1
        for d in re.findall(r"\[(\d*)\]", dims):
            count *= int(d) if d else 0
        if is_anonymous_record(base):
            laid = self.anonymous(base, 0, "")
            if laid is None:
                return None
            size, align = laid[1], laid[2]
        elif base.endswith("*"):
            size = align = self.pointer
        elif base.startswith("enum {"):
            size = align = 4
        elif (entry := self.types.get(base)) is not None:
            size, align = entry.layout.size, entry.layout.align
        elif (scalar := self.scalars.get(base)) is not None:
            size, align = scalar.size, scalar.align
        else:
            return None
        return size * count, align

    def anonymous(self, spelling: str, base: int, prefix: str) -> tuple[list[tuple[Field, bool]], int, int] | None:
        """Lay out an inline ``struct { .. }``/``union { .. }`` at offset ``base``.

        Returns its members as fields named ``prefix.member`` (nested inline
        records flattened too, each flagged when its parent is a union), its
        size and alignment; None for what needs more than natural alignment
        to lay out (bit-fields), so the caller keeps the record opaque.
        """
        is_union = spelling.startswith("union")
        out: list[tuple[Field, bool]] = []
        offset = size = 0
        align = 1
        for name, mtype in record_members(spelling):
            if re.search(r":\d+$", mtype):
                return None
            shape = self.sizeof(mtype)
            if shape is None:
                return None
            msize, malign = shape
            start = 0 if is_union else -(-offset // malign) * malign
            path = prefix if name.startswith("#") else (f"{prefix}.{name}" if prefix else name)
            if is_anonymous_record(mtype) and not split_array(mtype)[1]:
                inner = self.anonymous(mtype, base + start, path)
                if inner is None:
                    return None
                out += [(f, flag) for f, flag in inner[0]]
            else:
                out.append((Field(path, mtype, base + start, msize), is_union))
            offset = start + msize
            size = max(size, offset)
            align = max(align, malign)
        return out, -(-size // align) * align, align

    def flatten(self, fields: tuple[Field, ...]) -> tuple[tuple[Field, ...], frozenset[str]]:
        """Fields with inline records replaced by their members (``u.createdomain`` at 16, ...).

        The members of a union are flagged in the returned set.  A record
        whose computed size disagrees with the layout's stays whole.
        """
        out: list[Field] = []
        in_union: set[str] = set()
        for f in fields:
            if f.bit_width is None and is_anonymous_record(f.type) and not split_array(f.type)[1]:
                laid = self.anonymous(f.type, f.offset, f.name)
                if laid is not None and laid[1] == f.size:
                    for member, flag in laid[0]:
                        out.append(member)
                        if flag:
                            in_union.add(member.name)
                    continue
            out.append(f)
        return tuple(out), frozenset(in_union)

    def record(self, name: str) -> Layout | None:
        """The layout a name finally stands for, typedefs followed."""
        entry = self.types.get(name)
        seen: set[str] = set()
        while entry is not None and entry.layout.kind == "typedef" and entry.layout.target and name not in seen:
            seen.add(name)
            name = entry.layout.target
            entry = self.types.get(name)
        return entry.layout if entry is not None else None


# -- layout comparison -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Delta:
    """One difference found between two layouts of a type, before stability is known."""

    kind: Kind
    item: str
    before: str | None
    after: str | None
    note: str = ""


def _field_range(f: Field) -> tuple[int, int]:
    if f.bit_width is not None:
        return f.offset, f.offset + max(1, (f.bit_offset or 0) + f.bit_width + 7) // 8
    return f.offset, f.offset + f.size


def _overlaps(start: int, end: int, fields: Iterable[Field]) -> bool:
    return any(s < end and start < e for s, e in map(_field_range, fields))


def _is_one_element(spelling: str) -> bool:
    return split_array(spelling)[1].endswith("[1]") or split_array(spelling)[1].endswith("[0]")


def _flex_of(old: str, new: str) -> bool:
    """``T[1]`` (or GNU ``T[0]``) -> ``T[]``: a trailing array made a flexible array member."""
    ob, od = split_array(old)
    nb, nd = split_array(new)
    return ob == nb and nd.endswith("[]") and od[: od.rfind("[")] == nd[: nd.rfind("[")] and _is_one_element(old)


def _keyed(fields: tuple[Field, ...]) -> dict[str, Field]:
    """Fields by name; repeated or empty names (unnamed bit-fields) get a position suffix."""
    out: dict[str, Field] = {}
    for i, f in enumerate(fields):
        key = f.name or f"#{i}"
        if key in out:
            key = f"{key}#{i}"
        out[key] = f
    return out


def compare_layouts(name: str, old: Layout, new: Layout, old_types: Typedefs, new_types: Typedefs) -> list[Delta]:
    """Every difference between two layouts of one named type."""
    if old == new:
        return []
    if old.kind != new.kind:
        # typedef struct {..} t  <->  typedef struct t_ {..} t: the same bytes spelled differently.
        o = old_types.record(name) if old.kind == "typedef" else old
        n = new_types.record(name) if new.kind == "typedef" else new
        if o is not None and n is not None and o.kind == n.kind and o.kind != "typedef":
            deltas = compare_layouts(name, o, n, old_types, new_types)
            spelled = Delta(Kind.TYPE_SPELLING_CHANGED, name, old.kind, new.kind, "same layout after typedefs")
            return [spelled, *deltas]
        if {old.kind, new.kind} == {"struct", "union"}:
            # A one-member struct made a union (ARM's guest handles in 4.3) keeps its bytes.
            kept = {(f.offset, f.size) for f in new.fields}
            same = (old.size, old.align) == (new.size, new.align)
            same = same and all((f.offset, f.size) in kept for f in old.fields)
            head = (
                Delta(Kind.TYPE_SPELLING_CHANGED, name, old.kind, new.kind, "same size, alignment and offsets")
                if same
                else Delta(Kind.TYPE_KIND_CHANGED, name, old.kind, new.kind)
            )
            return [head, *_compare_record(name, old, new, old_types, new_types)]
        return [Delta(Kind.TYPE_KIND_CHANGED, name, old.kind, new.kind)]
    if old.kind == "typedef":
        return _compare_typedef(name, old, new, old_types, new_types)
    if old.kind == "enum":
        return _compare_enum(name, old, new)
    return _compare_record(name, old, new, old_types, new_types)


def _compare_typedef(name: str, old: Layout, new: Layout, old_types: Typedefs, new_types: Typedefs) -> list[Delta]:
    ot, nt = old.target or "", new.target or ""
    if old_types.canonical(ot) == new_types.canonical(nt):
        # Same type after resolution: a size change is the target's, reported on it.
        return [] if ot == nt else [Delta(Kind.TYPE_SPELLING_CHANGED, name, ot, nt)]
    deltas = [Delta(Kind.TYPEDEF_CHANGED, name, ot, nt)]
    if old.size != new.size:
        deltas.append(Delta(Kind.SIZE_CHANGED, name, str(old.size), str(new.size)))
    if old.align != new.align:
        deltas.append(Delta(Kind.ALIGN_CHANGED, name, str(old.align), str(new.align)))
    return deltas


def _compare_enum(name: str, old: Layout, new: Layout) -> list[Delta]:
    deltas: list[Delta] = []
    ov, nv = dict(old.enumerators), dict(new.enumerators)
    for e, v in old.enumerators:
        if e not in nv:
            deltas.append(Delta(Kind.ENUMERATOR_REMOVED, f"{name}.{e}", str(v), None))
        elif nv[e] != v:
            kind = Kind.LIMIT_RAISED if is_limit(e) and nv[e] > v else Kind.ENUMERATOR_VALUE_CHANGED
            deltas.append(Delta(kind, f"{name}.{e}", str(v), str(nv[e])))
    for e, v in new.enumerators:
        if e not in ov:
            deltas.append(Delta(Kind.ENUMERATOR_ADDED, f"{name}.{e}", None, str(v)))
    if old.size != new.size:
        deltas.append(Delta(Kind.SIZE_CHANGED, name, str(old.size), str(new.size)))
    if old.align != new.align:
        deltas.append(Delta(Kind.ALIGN_CHANGED, name, str(old.align), str(new.align)))
    return deltas


def _same_slot(a: Field, b: Field) -> bool:
    return a.offset == b.offset and a.size == b.size and a.bit_offset == b.bit_offset and a.bit_width == b.bit_width


def _compare_record(name: str, old: Layout, new: Layout, old_types: Typedefs, new_types: Typedefs) -> list[Delta]:
    deltas: list[Delta] = []
    # Inline records are compared member by member at their offsets, so a sub-op added to
    # domctl's union is one new member, and fields wrapped into a union keep their bytes.
    old_fields, old_union = old_types.flatten(old.fields)
    new_fields, new_union = new_types.flatten(new.fields)
    of, nf = _keyed(old_fields), _keyed(new_fields)
    last_old = old.fields[-1].name if old.fields else None
    last_new = new.fields[-1].name if new.fields else None
    flex_only = True  # every field-level difference is a [1] -> [] conversion

    for key, o in of.items():
        n = nf.get(key)
        if n is None:
            continue
        item = f"{name}.{o.name or key}"
        ocanon, ncanon = old_types.canonical(o.type), new_types.canonical(n.type)
        field_deltas: list[Delta] = []
        if o.offset != n.offset:
            field_deltas.append(Delta(Kind.FIELD_OFFSET_CHANGED, item, str(o.offset), str(n.offset)))
        if (o.bit_offset, o.bit_width) != (n.bit_offset, n.bit_width):
            field_deltas.append(Delta(Kind.BITFIELD_CHANGED, item, _bits(o), _bits(n)))
        if ocanon != ncanon:
            if o.name == last_old and n.name == last_new and o.offset == n.offset and _flex_of(ocanon, ncanon):
                field_deltas.append(Delta(Kind.FLEX_ARRAY_MEMBER, item, o.type, n.type))
            elif is_anonymous_record(ocanon) and is_anonymous_record(ncanon):
                # An inline record that could not be laid out here: compare what it spells.
                field_deltas += _compare_members(item, ocanon, ncanon, old_types, new_types)
                if o.size != n.size:
                    field_deltas.append(Delta(Kind.FIELD_SIZE_CHANGED, item, str(o.size), str(n.size)))
            elif _same_record(ocanon, ncanon, old_types, new_types):
                # struct xenctl_cpumap -> struct xenctl_bitmap (4.3): renamed, byte for byte the same.
                field_deltas.append(Delta(Kind.FIELD_TYPE_SPELLING_CHANGED, item, o.type, n.type, "same layout"))
            else:
                note = "same size" if o.size == n.size else f"size {o.size} -> {n.size}"
                if o.type == n.type:
                    note += f"; {o.type} was {ocanon}, is {ncanon}"
                field_deltas.append(Delta(Kind.FIELD_TYPE_CHANGED, item, o.type, n.type, note))
        elif o.type != n.type:
            field_deltas.append(Delta(Kind.FIELD_TYPE_SPELLING_CHANGED, item, o.type, n.type))
        # A named type that changed size is reported on that type; what it moves here is reported below.
        if any(d.kind not in (Kind.FLEX_ARRAY_MEMBER, Kind.FIELD_TYPE_SPELLING_CHANGED) for d in field_deltas):
            flex_only = False
        deltas += field_deltas

    removed = [(k, f) for k, f in of.items() if k not in nf]
    added = [(k, f) for k, f in nf.items() if k not in of]
    # A removed and an added field in the same slot with the same type: a rename.
    for rk, r in list(removed):
        rcanon = old_types.canonical(r.type)
        for ak, a in added:
            if _same_slot(r, a) and new_types.canonical(a.type) == rcanon:
                kind = Kind.PAD_FIELD_USED if is_padding(r.name) and not is_padding(a.name) else Kind.FIELD_RENAMED
                deltas.append(Delta(kind, f"{name}.{a.name or ak}", r.name or rk, a.name or ak, f"type {a.type}"))
                removed.remove((rk, r))
                added.remove((ak, a))
                if kind is not Kind.FIELD_RENAMED:
                    flex_only = False
                break
    for ak, a in added:
        flex_only = False
        start, end = _field_range(a)
        fits = end <= old.size
        if old.kind == "union" or a.name in new_union:
            note = f"new member of union {a.name.rsplit('.', 1)[0]}" if a.name in new_union else "new union member"
            deltas.append(Delta(Kind.FIELD_ADDED, f"{name}.{a.name or ak}", None, f"{a.type} at {a.offset}", note))
        elif fits and not _overlaps(start, end, old_fields) and is_padding(a.name):
            deltas.append(Delta(Kind.PAD_MADE_EXPLICIT, f"{name}.{a.name}", None, f"{a.type} at {a.offset}"))
        else:
            note = "in former padding" if fits and not _overlaps(start, end, old_fields) else ""
            deltas.append(Delta(Kind.FIELD_ADDED, f"{name}.{a.name or ak}", None, f"{a.type} at {a.offset}", note))
    for rk, r in removed:
        flex_only = False
        start, end = _field_range(r)
        hole = end <= new.size and not _overlaps(start, end, new_fields)
        if is_padding(r.name) and old.kind == "struct" and r.name not in old_union and hole:
            deltas.append(Delta(Kind.PAD_MADE_IMPLICIT, f"{name}.{r.name}", f"{r.type} at {r.offset}", None))
        else:
            deltas.append(Delta(Kind.FIELD_REMOVED, f"{name}.{r.name or rk}", f"{r.type} at {r.offset}", None))

    if old.size != new.size:
        flex = [d for d in deltas if d.kind is Kind.FLEX_ARRAY_MEMBER]
        if flex and flex_only and old.align == new.align:
            # The size change is the flexible array's doing: say so on that record, not as a break.
            note = f"sizeof {name}: {old.size} -> {new.size}"
            deltas = [replace(d, note=note) if d.kind is Kind.FLEX_ARRAY_MEMBER else d for d in deltas]
        else:
            deltas.append(Delta(Kind.SIZE_CHANGED, name, str(old.size), str(new.size)))
    if old.align != new.align:
        deltas.append(Delta(Kind.ALIGN_CHANGED, name, str(old.align), str(new.align)))
    return deltas


def _same_record(old: str, new: str, old_types: Typedefs, new_types: Typedefs) -> bool:
    """Two differently named records (or arrays of them) with the same bytes: offsets, sizes, types."""
    (ob, od), (nb, nd) = split_array(old), split_array(new)
    if od != nd:
        return False
    o, n = old_types.record(ob), new_types.record(nb)
    if o is None or n is None or o.kind not in ("struct", "union"):
        return False
    if (o.kind, o.size, o.align, len(o.fields)) != (n.kind, n.size, n.align, len(n.fields)):
        return False
    return all(
        _same_slot(a, b) and old_types.canonical(a.type) == new_types.canonical(b.type)
        for a, b in zip(o.fields, n.fields, strict=True)
    )


def _same_bytes(old: str, new: str, old_types: Typedefs, new_types: Typedefs) -> bool:
    """Two spelled types that lay out the same bytes: equal after typedefs, equal records, or a
    scalar and a record whose only member is that scalar."""
    oc, nc = old_types.canonical(old), new_types.canonical(new)
    if oc == nc or _same_record(oc, nc, old_types, new_types):
        return True
    for scalar, scalar_types, record, record_types in ((oc, old_types, nc, new_types), (nc, new_types, oc, old_types)):
        lay = record_types.record(record)
        if lay is not None and lay.kind in ("struct", "union") and len(lay.fields) == 1:
            [f] = lay.fields
            if f.offset == 0 and f.bit_width is None and record_types.canonical(f.type) == scalar:
                return scalar_types.sizeof(scalar) == (lay.size, lay.align)
    return False


def _bits(f: Field) -> str:
    if f.bit_width is None:
        return "not a bit-field"
    return f"bit {f.bit_offset} width {f.bit_width}"


def _compare_members(item: str, old: str, new: str, old_types: Typedefs, new_types: Typedefs) -> list[Delta]:
    """Members of an anonymous struct/union spelled inline (the sub-op union ``u`` of domctl)."""
    deltas: list[Delta] = []
    is_union = old.startswith("union")
    om, nm = record_members(old), record_members(new)
    od, nd = dict(om), dict(nm)
    if (old.split("{", 1)[0] != new.split("{", 1)[0]) or split_array(old)[1] != split_array(new)[1]:
        return [Delta(Kind.FIELD_TYPE_CHANGED, item, old, new)]
    for mname, mtype in om:
        if mname not in nd:
            continue
        sub = f"{item}.{mname}"
        oc, nc = old_types.canonical(mtype), new_types.canonical(nd[mname])
        if oc == nc:
            if mtype != nd[mname]:
                deltas.append(Delta(Kind.FIELD_TYPE_SPELLING_CHANGED, sub, mtype, nd[mname]))
        elif is_anonymous_record(oc) and is_anonymous_record(nc):
            deltas += _compare_members(sub, oc, nc, old_types, new_types)
        else:
            deltas.append(Delta(Kind.FIELD_TYPE_CHANGED, sub, mtype, nd[mname]))
    removed = [(n, t) for n, t in om if n not in nd]
    added = [(n, t) for n, t in nm if n not in od]
    old_pos = {n: i for i, (n, _) in enumerate(om)}
    new_pos = {n: i for i, (n, _) in enumerate(nm)}
    for rn, rt in list(removed):
        for an, at in added:
            same_place = is_union or old_pos[rn] == new_pos[an]
            if same_place and old_types.canonical(rt) == new_types.canonical(at):
                kind = Kind.PAD_FIELD_USED if is_padding(rn) and not is_padding(an) else Kind.FIELD_RENAMED
                deltas.append(Delta(kind, f"{item}.{an}", rn, an, f"type {at}"))
                removed.remove((rn, rt))
                added.remove((an, at))
                break
    for an, at in added:
        note = "new union member" if is_union else "inline struct member"
        deltas.append(Delta(Kind.FIELD_ADDED, f"{item}.{an}", None, at, note))
    for rn, rt in removed:
        deltas.append(Delta(Kind.FIELD_REMOVED, f"{item}.{rn}", rt, None))
    return deltas


# -- release comparison ----------------------------------------------------------------------------

_LAYOUT_KINDS = frozenset(
    {
        Kind.SIZE_CHANGED,
        Kind.ALIGN_CHANGED,
        Kind.FIELD_ADDED,
        Kind.FIELD_REMOVED,
        Kind.FIELD_OFFSET_CHANGED,
        Kind.FIELD_TYPE_CHANGED,
        Kind.FIELD_SIZE_CHANGED,
        Kind.BITFIELD_CHANGED,
        Kind.FIELD_RENAMED,
        Kind.FIELD_TYPE_SPELLING_CHANGED,
        Kind.PAD_MADE_EXPLICIT,
        Kind.PAD_MADE_IMPLICIT,
        Kind.PAD_FIELD_USED,
        Kind.FLEX_ARRAY_MEMBER,
        Kind.ENUMERATOR_ADDED,
        Kind.ENUMERATOR_REMOVED,
        Kind.ENUMERATOR_VALUE_CHANGED,
        Kind.TYPEDEF_CHANGED,
        Kind.TYPE_KIND_CHANGED,
    }
)


def _is_stable(c: Classification | None) -> bool:
    """Guest-visible (or annotated stable): what a change to it breaks is the guests'."""
    if c is None:
        return False
    if c.stability is Stability.DEPRECATED:
        # Deprecated says nothing of who sees it: an obsolete tools-only op is still tools-only.
        return getattr(c, "visibility", None) != "tools"
    return c.stability is Stability.STABLE


def _stability_text(old: Classification | None, new: Classification | None) -> str:
    o = "stable" if _is_stable(old) else "tools-only"
    if old is None:
        return "stable" if _is_stable(new) else "tools-only"
    if new is None:
        return o
    n = "stable" if _is_stable(new) else "tools-only"
    return o if o == n else f"{o} -> {n}"


def _constant_text(c: Constant) -> str:
    if c.value is None or c.text == str(c.value):
        return c.text
    return f"{c.text} = {c.value}"


@dataclass
class _Pending:
    """An incompatible change to a tools-only item, waiting for the interface-version rule."""

    change: Change
    macros: tuple[str, ...]  # the interface-version macros covering it (may be empty)


class _ArchDiff:
    """The comparison of one architecture: guest and tools views of both sides."""

    def __init__(self, old: ReleaseABI, new: ReleaseABI, arch: str, hypercalls: frozenset[str]) -> None:
        self.old, self.new, self.arch = old, new, arch
        self.hypercalls = hypercalls
        g, t = Config(arch, Visibility.GUEST).key, Config(arch, Visibility.TOOLS).key
        self.views: list[tuple[str, ConfigABI, ConfigABI]] = [
            (vis, old.configs[key], new.configs[key])
            for vis, key in (("guest", g), ("tools", t))
            if key in old.configs and key in new.configs
        ]
        # A side without its guest view cannot say what was guest-visible.
        self.old_has_guest = g in old.configs
        self.new_has_guest = g in new.configs
        self.typedefs = {vis: (Typedefs(o), Typedefs(n)) for vis, o, n in self.views}
        self.changes: list[Change] = []
        self.pending: list[_Pending] = []
        self.layouts: dict[tuple[str, str], tuple[TypeEntry | None, TypeEntry | None]] = {}
        self._classified: dict[tuple[int, str, str], Classification | None] = {}
        self.old_calls, self.new_calls = self._calls(old), self._calls(new)
        # Hypercall and sub-op numbers as abi.hypercalls found them, when the sides carry them;
        # else the macro naming conventions of constant_role.
        self.roles: dict[str, tuple[str, str | None]] = {}
        # Only when both sides carry records: with one side's alone, what the other lacks
        # (a removed sub-op) would pass for a plain constant.
        both = all(calls[0] or calls[1] for calls in (self.old_calls, self.new_calls))
        for calls in (self.old_calls, self.new_calls) if both else ():
            for h in calls[0].values():
                self.roles[f"__HYPERVISOR_{h.name}"] = ("hypercall", h.name)
            for op in calls[1].values():
                self.roles[op.name] = ("subop", op.hypercall)
        self._macros: dict[int, dict[str, str]] = {}
        self._referrers: dict[int, dict[str, set[str]]] = {}

    # -- helpers

    def _calls(self, release: ReleaseABI) -> tuple[dict, dict]:
        """(hypercalls, sub-ops) of this arch, guest view first; empty for sides without them."""
        hypercalls: dict = {}
        subops: dict = {}
        for vis in (Visibility.TOOLS, Visibility.GUEST):
            calls = getattr(release, "calls", {}).get(Config(self.arch, vis).key)
            if calls is not None:
                hypercalls.update(calls.hypercalls)
                subops.update(calls.subops)
        return hypercalls, subops

    def role(self, name: str) -> tuple[str, str | None]:
        if name in self.roles:
            return self.roles[name]
        role, hypercall = constant_role(name)
        if role in ("subop", "hypercall") and self.roles:
            return "constant", None  # abi.hypercalls looked and says it is not one
        return role, hypercall

    def classify(self, release: ReleaseABI, name: str, kind: str) -> Classification | None:
        key = (id(release), name, kind)
        if key not in self._classified:
            found = None
            if kind == "subop":
                # A sub-op's own annotation (/* stable interface */) decides before its macro's guard.
                try:
                    found = classify(release, self.arch, name, kind="subop")
                except ValueError:
                    found = None
            plain = "type" if kind == "type" else "constant"
            self._classified[key] = found or classify(release, self.arch, name, kind=plain)
        return self._classified[key]

    def stabilities(self, name: str, kind: str) -> tuple[Classification | None, Classification | None]:
        old, new = self.classify(self.old, name, kind), self.classify(self.new, name, kind)
        # Without a guest view on one side, take that side's stability from the other.
        if not self.old_has_guest and old is not None and new is not None:
            old = replace(old, stability=new.stability)
        if not self.new_has_guest and old is not None and new is not None:
            new = replace(new, stability=old.stability)
        return old, new

    def macros_of(self, release: ReleaseABI) -> dict[str, str]:
        if id(release) not in self._macros:
            self._macros[id(release)] = interface_macros(release, self.arch)
        return self._macros[id(release)]

    def referrers(self, release: ReleaseABI) -> dict[str, set[str]]:
        """type name -> the types whose fields use it (tools view)."""
        if id(release) not in self._referrers:
            refs: dict[str, set[str]] = defaultdict(set)
            abi = release.configs.get(Config(self.arch, Visibility.TOOLS).key)
            if abi is not None:
                for tname, entry in abi.types.items():
                    spellings = [f.type for f in entry.layout.fields]
                    if entry.layout.target:
                        spellings.append(entry.layout.target)
                    for spelling in spellings:
                        for used in _NAMED_TYPE.findall(spelling):
                            if used != tname and used in abi.types:
                                refs[used].add(tname)
            self._referrers[id(release)] = refs
        return self._referrers[id(release)]

    def covering_macros(self, cls: Classification | None, name: str, kind: str) -> tuple[str, ...]:
        """The interface-version macros an incompatible change to a tools-only item must bump.

        Its header's own macro; for a type in a header without one (the
        tools-only ``xen_arch_domainconfig`` of arch-x86/xen.h), the macros
        of the headers of the types that use it, transitively.
        """
        if cls is None:
            return ()
        # A deprecated classification names no macro; its header still has one.
        macro = cls.interface_macro or self.macros_of(self.old).get(header_of(cls.where) or "")
        if _in_scope(macro, name):
            return (macro,)
        abi = self.old.configs.get(Config(self.arch, Visibility.TOOLS).key)
        if kind != "type" or abi is None:
            return ()
        macros = self.macros_of(self.old)
        refs = self.referrers(self.old)
        found: set[str] = set()
        seen = {name}
        todo = [name]
        while todo:
            for user in sorted(refs.get(todo.pop(), ())):
                if user in seen:
                    continue
                seen.add(user)
                macro = macros.get(header_of(abi.types[user].where) or "")
                if _in_scope(macro, user):
                    found.add(macro)
                else:
                    todo.append(user)
        return tuple(sorted(found))

    def group(self, *wheres: str | None) -> str | None:
        for where in wheres:
            found = hypercall_of_header(header_of(where), self.hypercalls)
            if found:
                return found
        return None

    def emit(
        self,
        kind: Kind,
        nature: Nature,
        item: str,
        vis: str,
        old_cls: Classification | None,
        new_cls: Classification | None,
        before: str | None,
        after: str | None,
        where_before: str | None,
        where_after: str | None,
        *,
        item_name: str,
        item_kind: str,
        hypercall: str | None = None,
        note: str = "",
        type_name: str | None = None,
    ) -> None:
        """Record one atomic change; an incompatible one on a tools-only item waits for the IV rule."""
        # What consumers of the old side relied on decides the severity of a change to it.
        basis = old_cls if old_cls is not None else new_cls
        stable = _is_stable(basis)
        if nature is Nature.COSMETIC:
            severity = Severity.COSMETIC
        elif nature is Nature.COMPATIBLE:
            severity = Severity.COMPATIBLE
        elif stable:
            severity = Severity.BREAKING
        else:
            severity = Severity.TOOLS_ONLY
        change = Change(
            kind=kind,
            severity=severity,
            item=item,
            archs=(self.arch,),
            visibilities=(vis,),
            stability=_stability_text(old_cls, new_cls),
            before=before,
            after=after,
            where_before=where_before,
            where_after=where_after,
            hypercall=hypercall or self.group(where_after, where_before),
            note=note,
            type_name=type_name,
        )
        if nature is Nature.INCOMPATIBLE and not stable:
            self.pending.append(_Pending(change, self.covering_macros(basis, item_name, item_kind)))
        else:
            self.changes.append(change)

    # -- the comparison

    def run(self) -> None:
        self._headers()
        self._types()
        self._constants()
        self._subop_args()

    def _headers(self) -> None:
        guest = self.old.configs.get(Config(self.arch, Visibility.GUEST).key)
        guest_headers = set(guest.headers) if guest is not None else set()
        for vis, o, n in self.views:
            for header in sorted(set(o.headers) & set(n.unavailable)):
                reason = n.unavailable[header].reason
                stable = header in guest_headers
                self.changes.append(
                    Change(
                        Kind.HEADER_UNAVAILABLE,
                        Severity.BREAKING if stable else Severity.TOOLS_ONLY,
                        header,
                        (self.arch,),
                        (vis,),
                        "stable" if stable else "tools-only",
                        "compiles",
                        reason,
                        None,
                        None,
                        hypercall=self.group(f"{header}:0"),
                    )
                )

    @staticmethod
    def _gone_headers(o: ConfigABI, n: ConfigABI) -> set[str]:
        return set(o.headers) & set(n.unavailable)

    def _names(self, attr: str) -> list[str]:
        names: set[str] = set()
        for _vis, o, n in self.views:
            for abi in (o, n):
                own = set(abi.headers)
                names.update(k for k, v in getattr(abi, attr).items() if header_of(v.where) in own)
        return sorted(names)

    def _types(self) -> None:
        for name in self._names("types"):
            obs = [(vis, o.types.get(name), n.types.get(name), o, n) for vis, o, n in self.views]
            if all(
                oe is ne or (oe is not None and ne is not None and oe.layout == ne.layout) for _, oe, ne, _, _ in obs
            ):
                continue
            old_cls, new_cls = self.stabilities(name, "type")
            self._item(name, "type", obs, old_cls, new_cls)

    def _constants(self) -> None:
        for name in self._names("constants"):
            obs = [(vis, o.constants.get(name), n.constants.get(name), o, n) for vis, o, n in self.views]
            if all(
                oc is nc or (oc is not None and nc is not None and (oc.text, oc.value) == (nc.text, nc.value))
                for _, oc, nc, _, _ in obs
            ):
                continue
            subop = self.role(name)[0] == "subop" and name in self.roles
            old_cls, new_cls = self.stabilities(name, "subop" if subop else "constant")
            self._item(name, "constant", obs, old_cls, new_cls)

    def _subop_args(self) -> None:
        """Sub-ops whose argument types changed (when both sides know them)."""
        old_ops, new_ops = self.old_calls[1], self.new_calls[1]
        tools = next(((o, n) for vis, o, n in self.views if vis == "tools"), None)
        if tools is None:
            return
        old_types, new_types = self.typedefs["tools"]
        for name in sorted(set(old_ops) & set(new_ops)):
            o, n = old_ops[name], new_ops[name]
            if not (o.resolved and n.resolved):
                continue
            if [old_types.canonical(a) for a in o.args] == [new_types.canonical(a) for a in n.args]:
                continue
            # domid_t -> struct xen_memory_domain { domid_t domid; } (4.16): another name, the same bytes.
            same = len(o.args) == len(n.args) and all(
                _same_bytes(a, b, old_types, new_types) for a, b in zip(o.args, n.args, strict=True)
            )
            kind = Kind.SUBOP_ARGS_RESPELLED if same else Kind.SUBOP_ARGS_CHANGED
            old_cls, new_cls = self.stabilities(name, "subop")
            self.emit(
                kind,
                KIND_INFO[kind][0],
                name,
                "tools",
                old_cls,
                new_cls,
                ", ".join(o.args) or "(none)",
                ", ".join(n.args) or "(none)",
                o.where,
                n.where,
                item_name=name,
                item_kind="constant",
                hypercall=n.hypercall,
            )

    def _item(
        self,
        name: str,
        kind: str,
        obs: list[tuple[str, Any, Any, ConfigABI, ConfigABI]],
        old_cls: Classification | None,
        new_cls: Classification | None,
    ) -> None:
        """One named item that differs somewhere: added, removed, moved between views, or changed."""
        role, hypercall = self.role(name) if kind == "constant" else ("type", None)
        old_present = any(oe is not None for _, oe, _, _, _ in obs)
        new_present = any(ne is not None for _, _, ne, _, _ in obs)
        if not old_present and not new_present:
            return
        if old_present != new_present:
            added = new_present
            # Kept for guests that ask for an old __XEN_INTERFACE_VERSION__: Xen's compat path, not a removal.
            legacy = not added and new_cls is not None and getattr(new_cls, "visibility", None) == "legacy"
            for vis, oe, ne, o, n in obs:
                entry = ne if added else oe
                if entry is None:
                    continue
                if not added and header_of(oe.where) in self._gone_headers(o, n):
                    continue  # explained by the header-unavailable record
                k, nature = _presence_kind(role, added)
                if legacy:
                    k, nature = Kind.MOVED_TO_LEGACY, Nature.COMPATIBLE
                elif k is Kind.TYPE_REMOVED and name.startswith("__guest_handle_"):
                    # Generated by DEFINE_XEN_GUEST_HANDLE; a field that used it is reported as changed.
                    k, nature = Kind.GUEST_HANDLE_REMOVED, Nature.COSMETIC
                text = _value_text(entry)
                self.emit(
                    k,
                    nature,
                    name,
                    vis,
                    old_cls,
                    new_cls,
                    None if added else text,
                    text if added else None,
                    None if added else entry.where,
                    entry.where if added else None,
                    item_name=name,
                    item_kind=kind,
                    hypercall=hypercall,
                    type_name=name if kind == "type" else None,
                )
                if kind == "type":
                    self.layouts[(name, f"{self.arch}/{vis}")] = (oe, ne)
            return
        old_stable, new_stable = _is_stable(old_cls), _is_stable(new_cls)
        if old_stable != new_stable and self.old_has_guest and self.new_has_guest:
            k = Kind.BECAME_TOOLS_ONLY if old_stable else Kind.BECAME_STABLE
            nature = Nature.INCOMPATIBLE if old_stable else Nature.COMPATIBLE
            self.emit(
                k,
                nature,
                name,
                "guest",
                old_cls,
                new_cls,
                "guest-visible" if old_stable else "tools-only",
                "tools-only" if old_stable else "guest-visible",
                old_cls.where,
                new_cls.where,
                item_name=name,
                item_kind=kind,
                hypercall=hypercall,
            )
        for vis, oe, ne, *_ in obs:
            if oe is None or ne is None:
                continue  # the view that gained or lost it: the transition above says it
            if kind == "type":
                self._compare_type(name, vis, oe, ne, old_cls, new_cls)
            else:
                self._compare_constant(name, role, hypercall, vis, oe, ne, old_cls, new_cls)

    def _compare_type(
        self,
        name: str,
        vis: str,
        oe: TypeEntry,
        ne: TypeEntry,
        old_cls: Classification | None,
        new_cls: Classification | None,
    ) -> None:
        old_types, new_types = self.typedefs[vis]
        deltas = compare_layouts(name, oe.layout, ne.layout, old_types, new_types)
        if deltas:
            self.layouts[(name, f"{self.arch}/{vis}")] = (oe, ne)
        for d in deltas:
            self.emit(
                d.kind,
                KIND_INFO[d.kind][0],
                d.item,
                vis,
                old_cls,
                new_cls,
                d.before,
                d.after,
                oe.where,
                ne.where,
                item_name=name,
                item_kind="type",
                note=d.note,
                type_name=name if d.kind in _LAYOUT_KINDS else None,
            )

    def _compare_constant(
        self,
        name: str,
        role: str,
        hypercall: str | None,
        vis: str,
        oc: Constant,
        nc: Constant,
        old_cls: Classification | None,
        new_cls: Classification | None,
    ) -> None:
        if (oc.text, oc.value) == (nc.text, nc.value):
            return
        if oc.value is not None and oc.value == nc.value:
            kind = Kind.CONSTANT_SPELLING_CHANGED
        elif oc.value is None and nc.value is None and normal_text(oc.text) == normal_text(nc.text):
            kind = Kind.CONSTANT_SPELLING_CHANGED  # 0xa71812dc -> 0xa71812dcU inside XEN_DEFINE_UUID()
        elif role == "hypercall":
            kind = Kind.HYPERCALL_RENUMBERED
        elif role == "subop":
            kind = Kind.SUBOP_RENUMBERED
        elif role == "interface-version":
            kind = Kind.INTERFACE_VERSION_BUMPED
        elif is_limit(name) and oc.value is not None and nc.value is not None and nc.value > oc.value:
            kind = Kind.LIMIT_RAISED
        else:
            kind = Kind.CONSTANT_CHANGED
        self.emit(
            kind,
            KIND_INFO[kind][0],
            name,
            vis,
            old_cls,
            new_cls,
            _constant_text(oc),
            _constant_text(nc),
            oc.where,
            nc.where,
            item_name=name,
            item_kind="constant",
            hypercall=hypercall,
        )


def _presence_kind(role: str, added: bool) -> tuple[Kind, Nature]:
    kinds = {
        "type": (Kind.TYPE_ADDED, Kind.TYPE_REMOVED),
        "hypercall": (Kind.HYPERCALL_ADDED, Kind.HYPERCALL_REMOVED),
        "subop": (Kind.SUBOP_ADDED, Kind.SUBOP_REMOVED),
        "interface-version": (Kind.CONSTANT_ADDED, Kind.CONSTANT_REMOVED),
        "constant": (Kind.CONSTANT_ADDED, Kind.CONSTANT_REMOVED),
    }[role]
    return (kinds[0], Nature.COMPATIBLE) if added else (kinds[1], Nature.INCOMPATIBLE)


def _value_text(entry: TypeEntry | Constant) -> str:
    if isinstance(entry, Constant):
        return _constant_text(entry)
    # Sizes differ per arch; leaving them out lets one record name every arch (the listing has them).
    lay = entry.layout
    return f"typedef {lay.target}" if lay.kind == "typedef" else lay.kind


def _hypercall_names(*releases: ReleaseABI) -> frozenset[str]:
    names: set[str] = set()
    for release in releases:
        for abi in release.configs.values():
            names.update(m.group(1) for c in abi.constants if (m := _HYPERCALL.match(c)))
    return frozenset(names)


def _config_changes(old: ReleaseABI, new: ReleaseABI, archs: Iterable[str]) -> list[Change]:
    """Architectures and configurations one side has and the other lacks."""
    changes: list[Change] = []
    for arch in archs:
        old_keys = {k for k in old.configs if Config.parse(k).arch == arch}
        new_keys = {k for k in new.configs if Config.parse(k).arch == arch}
        if not old_keys and not new_keys:
            continue
        if not old_keys or not new_keys:
            added = not old_keys
            reason = old.unsupported_reason(Config(arch, Visibility.GUEST)) if added else None
            reason = reason or (new.unsupported_reason(Config(arch, Visibility.GUEST)) if not added else None)
            changes.append(
                Change(
                    Kind.ARCH_ADDED if added else Kind.ARCH_REMOVED,
                    Severity.COMPATIBLE if added else Severity.BREAKING,
                    arch,
                    (arch,),
                    tuple(sorted({Config.parse(k).visibility.value for k in old_keys | new_keys})),
                    "stable",
                    None if added else "supported",
                    "supported" if added else None,
                    None,
                    None,
                    note=reason or "",
                )
            )
            continue
        for key in sorted(old_keys ^ new_keys):
            config = Config.parse(key)
            added = key in new_keys
            reason = (old if added else new).unsupported_reason(config) or ""
            changes.append(
                Change(
                    Kind.CONFIG_ADDED if added else Kind.CONFIG_REMOVED,
                    Severity.COMPATIBLE if added else Severity.BREAKING,
                    key,
                    (arch,),
                    (config.visibility.value,),
                    "stable" if config.visibility is Visibility.GUEST else "tools-only",
                    None if added else "compiles",
                    "compiles" if added else None,
                    None,
                    None,
                    note=reason,
                )
            )
    return changes


def diff_releases(old: ReleaseABI, new: ReleaseABI, *, archs: Iterable[str] | None = None) -> Diff:
    """Compare two releases on the given architectures (default: every one)."""
    wanted = [a for a in ARCH_NAMES if archs is None or a in set(archs)]
    hypercalls = _hypercall_names(old, new)
    changes = _config_changes(old, new, wanted)
    layouts: dict[tuple[str, str], tuple[TypeEntry | None, TypeEntry | None]] = {}
    pending: list[_Pending] = []
    bumps: list[Change] = []
    compared: list[str] = []
    for arch in wanted:
        d = _ArchDiff(old, new, arch, hypercalls)
        if not d.views:
            continue
        compared.append(arch)
        d.run()
        layouts.update(d.layouts)
        pending += d.pending
        for c in d.changes:
            (bumps if c.kind is Kind.INTERFACE_VERSION_BUMPED else changes).append(c)
    changes += _interface_version_rule(old, new, pending, bumps)
    return Diff(old.release, new.release, tuple(compared), changes, layouts)


def _interface_version_rule(
    old: ReleaseABI, new: ReleaseABI, pending: list[_Pending], bumps: list[Change]
) -> list[Change]:
    """Xen's rule: an incompatible change to a tools-only interface needs a bump of its version.

    Judged over all architectures at once: the macro is one number for
    every arch, so a change on one arch justifies the bump on all.
    """
    bumped = {c.item: (c.before, c.after) for c in bumps}
    old_values, new_values = _macro_values(old), _macro_values(new)
    needing: dict[str, set[str]] = defaultdict(set)  # macro -> items changed incompatibly under it
    out: list[Change] = []
    for p in pending:
        c = p.change
        for m in p.macros:
            needing[m].add(c.item)
        if not p.macros:
            out.append(replace(c, note=_join(c.note, "no interface-version macro covers it")))
            continue
        done = [m for m in p.macros if m in bumped]
        gone = [m for m in p.macros if m not in new_values]
        if done:
            m = done[0]
            note = f"covered by {m} {bumped[m][0]} -> {bumped[m][1]}"
            out.append(replace(c, interface_macro=m, note=_join(c.note, note)))
        elif gone:
            # The whole interface went, its version macro with it (ACM in 4.2): nothing left to bump.
            note = f"{gone[0]} was removed with the interface"
            out.append(replace(c, interface_macro=gone[0], note=_join(c.note, note)))
        else:
            m = p.macros[0]
            note = f"{m} not bumped (still {old_values.get(m, '?')})"
            out.append(replace(c, severity=Severity.INTERFACE_VERSION, interface_macro=m, note=_join(c.note, note)))
    for c in bumps:
        if c.item in needing:
            note = f"justified by incompatible changes to {len(needing[c.item])} item(s) it covers"
            out.append(replace(c, severity=Severity.TOOLS_ONLY, interface_macro=c.item, note=note))
        elif c.item.startswith("__") or c.stability == "stable":
            # __XEN_LATEST_INTERFACE_VERSION__ and guest-visible versions: guests opt in, nothing to enforce.
            out.append(c)
        else:
            out.append(
                replace(
                    c,
                    kind=Kind.INTERFACE_VERSION_BUMP_WITHOUT_CHANGE,
                    severity=Severity.INTERFACE_VERSION,
                    interface_macro=c.item,
                    note="no incompatible change to the tools-only items it covers",
                )
            )
    return out


def _macro_values(release: ReleaseABI) -> dict[str, str]:
    values: dict[str, str] = {}
    for key in sorted(release.configs):
        for name, c in release.configs[key].constants.items():
            if name.endswith("_INTERFACE_VERSION"):
                values.setdefault(name, _constant_text(c))
    return values


def _join(a: str, b: str) -> str:
    return f"{a}; {b}" if a else b


# -- merging ---------------------------------------------------------------------------------------

_ARCH_ORDER = {a: i for i, a in enumerate(ARCH_NAMES)}
_SEVERITY_ORDER = {s: i for i, s in enumerate(SEVERITIES)}


def merge_changes(changes: Iterable[Change]) -> list[Change]:
    """Fold the same change seen on several arches and views into one record, sorted."""
    # First the views each arch saw it in, then the arches that saw it in the same views.
    views: dict[tuple, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    first: dict[tuple, Change] = {}
    for c in changes:
        key = c.merge_key()
        first.setdefault(key, c)
        for arch in c.archs:
            views[key][arch].update(c.visibilities)
    merged: list[Change] = []
    for key, per_arch in views.items():
        by_views: dict[tuple[str, ...], list[str]] = defaultdict(list)
        for arch, vis in per_arch.items():
            by_views[tuple(sorted(vis))].append(arch)
        for vis, arches in by_views.items():
            merged.append(replace(first[key], archs=tuple(sorted(arches, key=_ARCH_ORDER.get)), visibilities=vis))
    return sorted(merged, key=sort_key)


def sort_key(c: Change) -> tuple:
    return (
        c.hypercall or "~",
        _SEVERITY_ORDER[c.severity],
        c.item,
        c.kind.value,
        tuple(_ARCH_ORDER.get(a, 99) for a in c.archs),
        c.visibilities,
        c.before or "",
        c.after or "",
    )


def counts(changes: Iterable[Change]) -> dict[str, int]:
    """Changes per severity, every severity present (zero included)."""
    out = {s.value: 0 for s in SEVERITIES}
    for c in changes:
        out[c.severity.value] += 1
    return out
