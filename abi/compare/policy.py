"""The one policy table: what a change means for a consumer, decided here and nowhere else.

A change kind has a *nature* (incompatible, compatible, cosmetic: ``KIND_INFO``);
the item's stability on the old and the new side turns it into a severity
(``SEVERITY``, one entry per kind x old side x new side).  The calls, with
Xen's evidence, are written down in docs/drift.md:

* whose stability counts: the old side's.  A consumer built against the old
  release is the one a change breaks; an item that is added is judged by
  the new side's.
* a stable item made tools-only (``became-tools-only``) is breaking; a
  tools-only item made stable is compatible, and the layout changes that come
  with it are judged by the old side's (tools-only) rule.
* an incompatible change to a tools-only item is ``tools-only`` churn when
  the interface-version macro covering it was bumped and an
  ``interface-version`` finding when it was not (``tools_only_verdict``).
"""

from __future__ import annotations

from xen_abi.ir.changes import Kind, Nature, Severity, Side

# One line per kind: its nature and what it is (docs/drift.md, SARIF rules).
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
    Kind.ENUMERATOR_RENAMED: (
        Nature.COSMETIC,
        "an enumerator has a new name for the same value: no byte changes",
    ),
}

ALL_KINDS: tuple[str, ...] = tuple(k.value for k in Kind)


def describe(kind: Kind) -> str:
    return KIND_INFO[kind][1]


def nature(kind: Kind) -> Nature:
    return KIND_INFO[kind][0]


def _by_nature(n: Nature, basis: Side) -> Severity:
    """The rule every kind follows unless ``_OVERRIDES`` says otherwise; ``basis`` is the side that counts."""
    if n is Nature.COSMETIC:
        return Severity.COSMETIC
    if n is Nature.COMPATIBLE:
        return Severity.COMPATIBLE
    return Severity.BREAKING if basis is Side.STABLE else Severity.TOOLS_ONLY


# Exceptions to the nature rule, by (kind, old side, new side).
_OVERRIDES: dict[tuple[Kind, Side, Side], Severity] = {
    # A whole tools view that no longer compiles leaves nothing to version: every tools build breaks.
    (Kind.CONFIG_REMOVED, Side.TOOLS_ONLY, Side.ABSENT): Severity.BREAKING,
}


def _basis(old: Side, new: Side) -> Side:
    """Whose stability counts: the old side's; for an addition, the new side's."""
    return old if old is not Side.ABSENT else new


SEVERITY: dict[tuple[Kind, Side, Side], Severity] = {
    (kind, old, new): _OVERRIDES.get((kind, old, new), _by_nature(KIND_INFO[kind][0], _basis(old, new)))
    for kind in Kind
    for old in Side
    for new in Side
}


def severity(kind: Kind, old: Side, new: Side) -> Severity:
    """The severity of a change of ``kind`` to an item with stability ``old`` before and ``new`` after."""
    return SEVERITY[(kind, old, new)]


def tools_only_verdict(bumped: bool) -> Severity:
    """An incompatible tools-only change: expected churn under a bump, a finding without one (domctl.h)."""
    return Severity.TOOLS_ONLY if bumped else Severity.INTERFACE_VERSION


def bump_verdict(justified: bool, guest_opt_in: bool) -> Severity:
    """An interface-version bump: tools-only churn when incompatible changes justify it; compatible where
    guests opt in (``__XEN_LATEST_INTERFACE_VERSION__``, guest-visible versions); else a finding."""
    if justified:
        return Severity.TOOLS_ONLY
    return Severity.COMPATIBLE if guest_opt_in else Severity.INTERFACE_VERSION


def incompatible(s: Severity) -> bool:
    """A verdict that changes what a consumer of the old side relies on (all but compatible and cosmetic)."""
    return s not in (Severity.COMPATIBLE, Severity.COSMETIC)
