"""The type graph: which named types a type embeds by value (analysis, read by compare and codegen).

A field or typedef spelling embeds the named types it holds by value;
pointers embed nothing (a cycle can only go through one).  ``embedders``
inverts the graph of one view, so the history can tell every type a
change reaches.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from xen_abi.ir.model import Layout, TypeEntry

# Types every C environment (and cffi) already knows: never re-declared.
STANDARD_TYPES = frozenset(
    {
        "int8_t",
        "uint8_t",
        "int16_t",
        "uint16_t",
        "int32_t",
        "uint32_t",
        "int64_t",
        "uint64_t",
        "intptr_t",
        "uintptr_t",
        "size_t",
    }
)


class _AnyName(Mapping[str, TypeEntry]):
    """Every name counts as known: the graph of a view, kept whole and filtered by its user."""

    def __contains__(self, name: object) -> bool:
        return True

    def __getitem__(self, name: str) -> TypeEntry:
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return iter(())

    def __len__(self) -> int:
        return 0


ANY_NAME: Mapping[str, TypeEntry] = _AnyName()

_TAGGED = re.compile(r"\b(struct|union|enum)\s+([A-Za-z_]\w*)")


def referenced_types(spelling: str, known: Mapping[str, TypeEntry]) -> set[str]:
    """Named types a field or typedef spelling embeds by value (pointers embed nothing)."""
    found: set[str] = set()
    if "{" in spelling:
        # An anonymous record: every member is embedded, except pointer members.
        inner = spelling[spelling.index("{") + 1 : spelling.rindex("}")]
        for member in split_members(inner):
            # "T name", "T name:3", or an anonymous record member "struct { ... }" with no name.
            mtype = member if member.endswith("}") or " " not in member else member.rsplit(" ", 1)[0]
            found |= referenced_types(mtype, known)
        return found
    base = re.sub(r"\[\d*\]", "", spelling).strip()
    if base.endswith("*") or "(" in base:
        return found
    m = _TAGGED.fullmatch(base)
    name = f"{m.group(1)} {m.group(2)}" if m is not None else base
    if name in known and name not in STANDARD_TYPES:
        found.add(name)
    return found


def split_members(body: str) -> list[str]:
    """``a; struct { b; } c; d`` -> members at brace depth 0, without the ``;``."""
    members, depth, start = [], 0, 0
    for i, ch in enumerate(body):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == ";" and depth == 0:
            text = body[start:i].strip()
            if text:
                members.append(text)
            start = i + 1
    tail = body[start:].strip()
    if tail:
        members.append(tail)
    return members


def type_deps(entry: TypeEntry, known: Mapping[str, TypeEntry]) -> set[str]:
    return layout_deps(entry.name, entry.layout, known)


def layout_deps(name: str, layout: Layout, known: Mapping[str, TypeEntry]) -> set[str]:
    """The named types ``layout`` (of type ``name``) embeds by value."""
    spellings = [f.type for f in layout.fields]
    if layout.target is not None:
        spellings.append(layout.target)
    deps: set[str] = set()
    for s in spellings:
        deps |= referenced_types(s, known)
    deps.discard(name)
    return deps
