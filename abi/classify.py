"""Stability of the catalogue's items, decided from what the preprocessor yields.

An item a guest sees (defined without ``__XEN__``/``__XEN_TOOLS__``) is part
of the stable ABI; one that appears only with ``__XEN_TOOLS__`` is
tools-only and versioned by the interface-version macro of its header.  No
``#if`` nest is parsed by hand: the guest and tools configurations of the
catalogue already are the preprocessor's answer.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from abi.model import Config, ReleaseABI, Visibility


class Stability(StrEnum):
    STABLE = "stable"
    TOOLS_ONLY = "tools-only"
    DEPRECATED = "deprecated"
    REMOVED = "removed"


@dataclass(frozen=True)
class Classification:
    stability: Stability
    where: str  # header:line of the definition that decided it
    reason: str  # the guard or annotation, in words
    interface_macro: str | None = None  # for tools-only items: the macro that versions them


def interface_macros(release: ReleaseABI, arch: str) -> dict[str, str]:
    """header -> the ``*_INTERFACE_VERSION`` macro defined in it (tools view)."""
    abi = release.configs.get(Config(arch, Visibility.TOOLS).key)
    found: dict[str, str] = {}
    if abi is None:
        return found
    for name, c in sorted(abi.constants.items()):
        if name.endswith("_INTERFACE_VERSION") and not name.startswith("__"):
            found.setdefault(c.where.rsplit(":", 1)[0], name)
    return found


def classify(release: ReleaseABI, arch: str, name: str, *, kind: str) -> Classification | None:
    """Classify a type (``kind="type"``) or constant (``kind="constant"``) on one arch.

    Returns None when the item does not exist in the release on that arch.
    """
    guest = release.configs.get(Config(arch, Visibility.GUEST).key)
    tools = release.configs.get(Config(arch, Visibility.TOOLS).key)

    def lookup(abi):
        if abi is None:
            return None
        return (abi.types if kind == "type" else abi.constants).get(name)

    if (item := lookup(guest)) is not None:
        return Classification(Stability.STABLE, item.where, "guest-visible: defined without __XEN__/__XEN_TOOLS__")
    if (item := lookup(tools)) is not None:
        header = item.where.rsplit(":", 1)[0]
        macro = interface_macros(release, arch).get(header)
        return Classification(Stability.TOOLS_ONLY, item.where, "visible only with __XEN_TOOLS__", macro)
    return None
