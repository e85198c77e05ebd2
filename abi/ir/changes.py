"""The change IR: what one comparison of two releases (or header trees) found.

Declarations only, no logic: ``xen_abi.compare.diff`` fills a ``ChangeSet``
(the one comparison engine), ``xen_abi.compare.policy`` decides each
``Change``'s severity (the one policy table), and every consumer (drift reports, history, ``abi-breaks``,
``stable``, ``query``, the report, the bindings' stable core) reads it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from xen_abi.common.compat import StrEnum
from xen_abi.ir.location import Location
from xen_abi.ir.model import TypeEntry


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


class Side(StrEnum):
    """An item's stability on one side of a comparison, as the policy table reads it."""

    STABLE = "stable"  # guest-visible, or annotated stable: a guest or backend built against it relies on it
    TOOLS_ONLY = "tools-only"  # versioned by its header's *_INTERFACE_VERSION
    ABSENT = "absent"  # not on that side (an addition or a removal)


class RefKind(StrEnum):
    """What a change is about: a catalogue item (``ItemKind``'s four), a part of one, or a configuration."""

    ARCH = "arch"
    CONFIG = "config"
    HEADER = "header"
    HYPERCALL = "hypercall"
    SUBOP = "subop"
    CONSTANT = "constant"
    INTERFACE_VERSION = "interface-version"  # a *_INTERFACE_VERSION macro
    TYPE = "type"
    FIELD = "field"  # a member of a struct or union (``owner`` is the record)
    ENUMERATOR = "enumerator"  # a value of an enum (``owner`` is the enum type)


@dataclass(frozen=True, order=True)
class ItemRef:
    """A typed reference to the item a change is about.

    ``name`` is the catalogue's name (a hypercall without ``__HYPERVISOR_``;
    a field's dotted path inside its record, ``u.createdomain.flags``);
    ``owner`` the type a field or enumerator belongs to.
    """

    kind: RefKind
    name: str
    owner: str | None = None


class Kind(StrEnum):
    """The change kinds (docs/drift.md); their nature and text are ``xen_abi.compare.policy.KIND_INFO``."""

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
    ENUMERATOR_RENAMED = "enumerator-renamed"


@dataclass(frozen=True)
class Change:
    """One difference between the two sides.

    ``archs`` and ``visibilities`` list where it was seen (one each for an
    atomic change).  ``stability`` is the item's on the old side, or
    ``"stable -> tools-only"`` for a transition (``old_side``/``new_side``
    are what the policy table was read with).  ``before``/``after`` are the
    compared values as text (None: absent on that side).  ``type_name``
    names the type whose layout the change is about, so a report can print
    it before and after.
    """

    kind: Kind
    severity: Severity
    ref: ItemRef
    archs: tuple[str, ...]
    visibilities: tuple[str, ...]
    stability: str
    before: str | None
    after: str | None
    where_before: Location | None
    where_after: Location | None
    hypercall: str | None = None  # the hypercall the item belongs to, when known
    interface_macro: str | None = None  # for tools-only changes: the macro that versions them
    note: str = ""
    type_name: str | None = None
    old_side: Side = Side.ABSENT
    new_side: Side = Side.ABSENT

    @property
    def item(self) -> str:
        """The item as reports name it: its macro for a hypercall, ``struct foo.bar`` for a field,
        ``enum e.E`` for an enumerator."""
        if self.ref.kind is RefKind.HYPERCALL:
            return f"__HYPERVISOR_{self.ref.name}"
        if self.ref.owner is not None and self.ref.kind in (RefKind.FIELD, RefKind.ENUMERATOR):
            return f"{self.ref.owner}.{self.ref.name}"
        return self.ref.name

    @property
    def where(self) -> Location | None:
        """The most relevant declaration site: the new one, else the old one."""
        return self.where_after or self.where_before


@dataclass
class ChangeSet:
    """Everything one comparison found: atomic changes (one per item, arch and view)."""

    old: str  # release names
    new: str
    archs: tuple[str, ...]  # compared on both sides
    changes: list[Change]
    # (type name, config key) -> (old entry, new entry), for before/after listings
    layouts: dict[tuple[str, str], tuple[TypeEntry | None, TypeEntry | None]] = field(default_factory=dict)
