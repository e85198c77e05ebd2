"""Stability of the catalogue's items, decided from what the preprocessor yields.

An item a guest sees (defined without ``__XEN__``/``__XEN_TOOLS__``) is part
of the stable ABI; one that appears only with ``__XEN_TOOLS__`` is
tools-only and versioned by the interface-version macro of its header,
unless the header annotates it as a stable interface (``domctl.h``:
``XEN_DOMCTL_get_domain_state`` ``/* stable interface */``).  One that only
a guest asking for the oldest interface (``__XEN_INTERFACE_VERSION__`` 0)
sees, a ``*_compat`` hypercall, or one its header calls deprecated,
obsolete or dropped, is deprecated.  No ``#if`` nest is parsed by hand: the
guest, tools and legacy views of the catalogue already are the
preprocessor's answer.  ``removed`` needs the releases before, so
``xen_abi.compare.history`` assigns it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from xen_abi.common.compat import StrEnum
from xen_abi.ir.location import Location
from xen_abi.ir.model import VIEWS, Config, Hypercall, Item, ItemKind, ReleaseABI, SubOp, View, Visibility

KINDS: tuple[ItemKind, ...] = tuple(ItemKind)
LEGACY = View.LEGACY  # the view of what only the oldest interface version shows

_STABLE_NOTE = re.compile(r"\bstable interface\b", re.I)
_DEPRECATED_NOTE = re.compile(r"\b(deprecated|obsolete|dropped|compat since)\b", re.I)


class Stability(StrEnum):
    STABLE = "stable"
    TOOLS_ONLY = "tools-only"
    DEPRECATED = "deprecated"
    REMOVED = "removed"
    # What a guest sees beyond the headers (abi.guests): the hypervisor never dispatched the number on this
    # arch, or the arch's guest headers do not compile in this release.  Never in the history's states.
    NOT_IMPLEMENTED = "not implemented"
    NO_GUEST_VIEW = "no guest view"


@dataclass(frozen=True)
class Classification:
    stability: Stability
    where: str  # header:line of the definition that decided it
    reason: str  # the guard or annotation, in words
    interface_macro: str | None = None  # for tools-only items: the macro that versions them
    visibility: str | None = None  # "guest", "tools" or "legacy": the view the item was found in


def interface_macros(release: ReleaseABI, arch: str) -> dict[str, str]:
    """header -> the ``*_INTERFACE_VERSION`` macro defined in it (tools view)."""
    abi = release.configs.get(Config(arch, Visibility.TOOLS).key)
    found: dict[str, str] = {}
    if abi is None:
        return found
    for name, c in sorted(abi.constants.items()):
        if name.endswith("_INTERFACE_VERSION") and not name.startswith("__"):
            found.setdefault(Location.parse(c.where).header, name)
    return found


def classify(release: ReleaseABI, arch: str, name: str, *, kind: str) -> Classification | None:
    """Classify a hypercall, sub-op, type or constant of one release on one arch.

    ``kind`` is one of ``KINDS``; hypercalls are named without their
    ``__HYPERVISOR_`` prefix.  Returns None when the item does not exist
    in the release on that arch (``removed`` is the history's to decide).
    """
    return Classifier(release, arch).classify(name, kind=kind)


class Classifier:
    """Classifies many items of one release on one arch (the interface macros are looked up once)."""

    def __init__(self, release: ReleaseABI, arch: str) -> None:
        self.release = release
        self.arch = arch
        self._macros: dict[str, str] | None = None
        # Per kind, the tables to look a name up in, in lookup order (guest, tools, legacy), found once.
        self._tables: dict[str, list[tuple[str, Mapping[str, Item]]]] = {
            kind.value: [(view.value, t) for view in VIEWS if (t := release.table(arch, view, kind)) is not None]
            for kind in ItemKind
        }

    def macros(self) -> dict[str, str]:
        """header -> its ``*_INTERFACE_VERSION`` macro (tools view), looked up once."""
        if self._macros is None:
            self._macros = interface_macros(self.release, self.arch)
        return self._macros

    def lookup(self, name: str, kind: str) -> tuple[str, Item] | None:
        """(visibility, the item) from the first view that has it: guest, tools, then legacy."""
        tables = self._tables.get(kind)
        if tables is None:
            raise ValueError(f"unknown kind {kind!r}; valid: {', '.join(KINDS)}")
        for vis, table in tables:
            if name in table:
                return vis, table[name]
        return None

    def classify(self, name: str, *, kind: str) -> Classification | None:
        found = self.lookup(name, kind)
        if found is None:
            return None
        visibility, item = found
        where = item.where
        note = _note(item)
        if visibility == LEGACY:
            return Classification(
                Stability.DEPRECATED,
                where,
                "only with an old __XEN_INTERFACE_VERSION__ (defined for interface version 0, "
                "absent from the latest guest and tools views; see xen-compat.h)",
                visibility=LEGACY,
            )
        if kind == "hypercall" and name.endswith("_compat"):
            text = f": /* {note} */" if note else ""
            return Classification(Stability.DEPRECATED, where, f"a *_compat hypercall{text}", visibility=visibility)
        if note and _DEPRECATED_NOTE.search(note) and not _STABLE_NOTE.search(note):
            return Classification(Stability.DEPRECATED, where, f"annotated: {note}", visibility=visibility)
        if visibility == Visibility.GUEST.value:
            return Classification(
                Stability.STABLE, where, "guest-visible: defined without __XEN__/__XEN_TOOLS__", visibility=visibility
            )
        macro = self.macros().get(Location.parse(where).header)
        if note and _STABLE_NOTE.search(note):
            covered = f" ({macro} does not cover it)" if macro else ""
            return Classification(
                Stability.STABLE,
                where,
                f"annotated stable interface inside a tools-only header: {note}{covered}",
                visibility=visibility,
            )
        return Classification(Stability.TOOLS_ONLY, where, "visible only with __XEN_TOOLS__", macro, visibility)


def _note(item: Item) -> str:
    """The header's own annotation on a hypercall or sub-op, with its header:line."""
    if isinstance(item, Hypercall):
        return item.note
    if isinstance(item, SubOp):
        return item.annotation or ""
    return ""
