"""The catalogue's data model: plain, immutable records passed between stages.

This is the intermediate representation of xen-abi (what rust-bindgen calls
its ``ir``): ingestion produces it, the catalogue stores it, and the
classification, diff, codegen and report stages only read it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from xen_abi.common.compat import StrEnum


class Visibility(StrEnum):
    """Which view of the headers a consumer gets."""

    GUEST = "guest"  # neither __XEN__ nor __XEN_TOOLS__, latest interface version
    TOOLS = "tools"  # __XEN_TOOLS__ (implies the latest interface version)


VISIBILITIES: tuple[Visibility, ...] = (Visibility.GUEST, Visibility.TOOLS)


class View(StrEnum):
    """Where an item was found: a visibility's view, or the legacy view of interface version 0."""

    GUEST = "guest"
    TOOLS = "tools"
    LEGACY = "legacy"  # what only a guest asking for the oldest interface version sees


VIEWS: tuple[View, ...] = (View.GUEST, View.TOOLS, View.LEGACY)  # the order in which an item is looked up


class ItemKind(StrEnum):
    """What the catalogue names: a hypercall, a sub-op, a type or a constant."""

    HYPERCALL = "hypercall"
    SUBOP = "subop"
    TYPE = "type"
    CONSTANT = "constant"


class LayoutKind(StrEnum):
    """What a named type is."""

    STRUCT = "struct"
    UNION = "union"
    ENUM = "enum"
    TYPEDEF = "typedef"


RECORDS: tuple[LayoutKind, ...] = (LayoutKind.STRUCT, LayoutKind.UNION)


@dataclass(frozen=True, order=True)
class Config:
    """One (architecture, visibility) pair: the unit of preprocessing and layout."""

    arch: str
    visibility: Visibility

    @property
    def key(self) -> str:
        return f"{self.arch}/{self.visibility.value}"

    @classmethod
    def parse(cls, key: str) -> Config:
        arch, _, vis = key.partition("/")
        return cls(arch, Visibility(vis))

    def __str__(self) -> str:
        return self.key


@dataclass(frozen=True)
class Field:
    """A member of a struct or union, anonymous members already flattened.

    ``offset`` is in bytes from the start of the outermost record; for a
    bit-field it is the offset of its storage unit and ``bit_offset`` counts
    bits from there.
    """

    name: str
    type: str
    offset: int
    size: int
    bit_offset: int | None = None
    bit_width: int | None = None


@dataclass(frozen=True)
class Layout:
    """The layout of one named type on one configuration.

    ``kind`` says what it is (a plain string is accepted and checked).  Records carry
    ``fields``; enums carry ``enumerators``; typedefs carry ``target`` (the C
    spelling of what they alias).  The layout deliberately excludes where the
    type is declared, so identical layouts across releases share one hash.
    """

    kind: LayoutKind
    size: int
    align: int
    fields: tuple[Field, ...] = ()
    enumerators: tuple[tuple[str, int], ...] = ()
    target: str | None = None
    packed: bool = False

    def __post_init__(self) -> None:
        if type(self.kind) is not LayoutKind:
            object.__setattr__(self, "kind", LayoutKind(self.kind))


@dataclass(frozen=True)
class TypeEntry:
    """A named type of a configuration: its name, layout and declaration site."""

    name: str  # "struct xen_dm_op", "union foo", "enum bar", "xen_pfn_t"
    layout: Layout
    where: str  # "hvm/dm_op.h:123"


@dataclass(frozen=True)
class Constant:
    """An object-like macro of the headers.

    ``value`` is its integer value on this configuration when the expansion is
    an integer constant expression, else ``None``; ``text`` is the macro body
    as written (whitespace folded).
    """

    name: str
    text: str
    value: int | None
    where: str


@dataclass(frozen=True)
class Macro:
    """A function-like macro of the headers (``XENMEMF_node(x)``): parameters and body as written.

    Kept as text: what a binding can make of it (``xen_abi.codegen.macros``)
    is the generator's business; ``text`` has its whitespace folded.
    """

    name: str
    params: tuple[str, ...]  # ``...`` for a variadic macro's last parameter
    text: str
    where: str


@dataclass(frozen=True)
class Unavailable:
    """A header that cannot be used on a configuration, and why."""

    header: str
    reason: str


@dataclass
class ConfigABI:
    """Everything ingested for one release on one configuration."""

    config: Config
    types: dict[str, TypeEntry] = field(default_factory=dict)
    constants: dict[str, Constant] = field(default_factory=dict)
    unavailable: dict[str, Unavailable] = field(default_factory=dict)
    headers: tuple[str, ...] = ()  # headers that were included successfully
    macros: dict[str, Macro] = field(default_factory=dict)  # function-like macros, by name


@dataclass(frozen=True)
class Hypercall:
    """A ``__HYPERVISOR_*`` number, named without the prefix (``memory_op``, ``arch_0``, ``mca``)."""

    name: str
    number: int
    where: str  # "xen.h:90"
    alias_of: str | None = None  # "arch_0" for mca, "platform_op" for the legacy dom0_op
    note: str = ""  # the header's comment on the line: "compat since 0x00030101", "x86/64 only"


@dataclass(frozen=True)
class SubOp:
    """A command of a multiplexed hypercall (``XENMEM_acquire_resource`` of ``memory_op``).

    ``args`` are catalogue type names; ``()`` with ``resolved`` means it takes
    none, ``()`` without means no argument type could be established.
    ``how`` is the evidence for ``args`` (the convention or exception used).
    """

    name: str
    hypercall: str
    number: int
    where: str
    args: tuple[str, ...]
    resolved: bool
    how: str
    alias_of: str | None = None  # XENPF_settime -> XENPF_settime64
    annotation: str | None = None  # "domctl.h:1373: /* stable interface */" on a tools-only op


@dataclass
class CallsABI:
    """The hypercalls and sub-operations one configuration sees."""

    hypercalls: dict[str, Hypercall] = field(default_factory=dict)
    subops: dict[str, SubOp] = field(default_factory=dict)


@dataclass
class LegacyView:
    """What only a guest asking for the oldest interface (``__XEN_INTERFACE_VERSION__`` 0) sees.

    Per architecture: the types, constants, hypercalls and sub-ops that the
    latest guest and tools views both lack, i.e. the deprecated ones.
    """

    types: dict[str, TypeEntry] = field(default_factory=dict)
    constants: dict[str, Constant] = field(default_factory=dict)
    calls: CallsABI = field(default_factory=CallsABI)


@dataclass(frozen=True)
class Provenance:
    """Where a release's headers came from."""

    kind: str  # "directory", "git", "tarball"
    location: str  # as given by the user, made relative where it is under the corpus
    ref: str | None  # git ref or tag, when known
    commit: str | None  # commit id, when known
    tree_hash: str  # sha256 over the sorted (path, content) of the header tree


@dataclass
class ReleaseABI:
    """One release: provenance, per-configuration ABI, and unsupported archs."""

    release: str
    provenance: Provenance
    interface_version: int | None  # __XEN_LATEST_INTERFACE_VERSION__
    configs: dict[str, ConfigABI] = field(default_factory=dict)  # by Config.key
    unsupported_archs: dict[str, str] = field(default_factory=dict)  # arch -> reason
    # Configurations of a supported arch where xen.h itself does not compile
    # (e.g. ppc64/guest in 4.18-4.21): config key -> reason.
    unsupported_configs: dict[str, str] = field(default_factory=dict)
    calls: dict[str, CallsABI] = field(default_factory=dict)  # by Config.key (xen_abi.frontend.hypercalls)
    legacy: dict[str, LegacyView] = field(default_factory=dict)  # by arch (xen_abi.frontend.hypercalls)
    hypervisor: HypervisorFacts | None = None  # what the hypervisor implements, per guest type (frontend.hypervisor)

    def unsupported_reason(self, config: Config) -> str | None:
        return self.unsupported_archs.get(config.arch) or self.unsupported_configs.get(config.key)

    def table(self, arch: str, view: View, kind: ItemKind) -> Mapping[str, Item] | None:
        """The items of one kind in one view of one arch, or None when the release has no such view."""
        if view is View.LEGACY:
            legacy = self.legacy.get(arch)
            if legacy is None:
                return None
            calls, types, constants = legacy.calls, legacy.types, legacy.constants
        else:
            key = Config(arch, Visibility(view.value)).key
            if kind is ItemKind.HYPERCALL or kind is ItemKind.SUBOP:
                found = self.calls.get(key)
                if found is None:
                    return None
                return found.hypercalls if kind is ItemKind.HYPERCALL else found.subops
            abi = self.configs.get(key)
            if abi is None:
                return None
            return abi.types if kind is ItemKind.TYPE else abi.constants
        tables: dict[ItemKind, Mapping[str, Item]] = {
            ItemKind.HYPERCALL: calls.hypercalls,
            ItemKind.SUBOP: calls.subops,
            ItemKind.TYPE: types,
            ItemKind.CONSTANT: constants,
        }
        return tables[kind]

    def find(self, arch: str, name: str, kind: ItemKind) -> tuple[View, Item] | None:
        """The first view (guest, tools, then legacy) that has the item, and the item."""
        for view in VIEWS:
            table = self.table(arch, view, kind)
            if table is not None and name in table:
                return view, table[name]
        return None


Item = TypeEntry | Constant | Hypercall | SubOp  # what a view's table holds


# -- what the hypervisor implements (abi.hypervisor) --------------------------------------------------


class Impl(StrEnum):
    IMPLEMENTED = "implemented"
    DEPRECATED = "deprecated"
    NOT_IMPLEMENTED = "not implemented"
    UNKNOWN = "unknown"


CALLABLE = (Impl.IMPLEMENTED, Impl.DEPRECATED)


@dataclass(frozen=True)
class Fact:
    """Whether the hypervisor dispatches one hypercall number for one guest type, and where it says so."""

    status: Impl
    where: str | None  # "xen/include/hypercall-defs.c:245", the table row (or the table)
    entry: str | None  # the table's own text for it: "compat:1", "COMPAT_CALL(vcpu_op)", "do_tmem_op", "-"
    condition: str | None = None  # the build option the row depends on: "CONFIG_TMEM"

    def text(self) -> str:
        cond = f" (if {self.condition})" if self.condition and self.status in CALLABLE else ""
        return f"{self.status}{cond}"


@dataclass(frozen=True)
class Support:
    """A SUPPORT.md feature status that applies to a hypercall."""

    section: str
    status: str  # "Tech Preview", or "x86: Supported; Arm: Tech Preview"
    where: str


@dataclass
class HypervisorFacts:
    """One release's implementation facts: hypercall name -> guest type -> Fact."""

    source: str | None  # "xen-hypervisor/4.22.0"; None: no hypervisor sources were given
    tree_hash: str | None
    guests: tuple[str, ...]
    tables: dict[str, str] = field(default_factory=dict)  # guest -> where its table is
    unknown: dict[str, str] = field(default_factory=dict)  # guest -> why its facts are unknown
    facts: dict[str, dict[str, Fact]] = field(default_factory=dict)
    support: dict[str, dict[str, Support]] = field(default_factory=dict)

    def fact(self, name: str, guest: str) -> Fact:
        found = self.facts.get(name, {}).get(guest)
        return found if found is not None else Fact(Impl.UNKNOWN, None, None)
