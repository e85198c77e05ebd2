"""JSON form of a layout, and its content hash.

Layouts are written as compact arrays so the catalogue stays small; every
reader and writer of the catalogue goes through here.
"""

from __future__ import annotations

import functools
import hashlib
import json
from typing import Any

from xen_abi.ir.model import Field, Layout


def layout_to_json(layout: Layout) -> dict[str, Any]:
    data: dict[str, Any] = {"kind": layout.kind, "size": layout.size, "align": layout.align}
    if layout.fields:
        data["fields"] = [[f.name, f.type, f.offset, f.size, f.bit_offset, f.bit_width] for f in layout.fields]
    if layout.enumerators:
        data["enumerators"] = [[n, v] for n, v in layout.enumerators]
    if layout.target is not None:
        data["target"] = layout.target
    if layout.packed:
        data["packed"] = True
    return data


_KINDS = frozenset({"struct", "union", "enum", "typedef"})


def layout_from_json(data: dict[str, Any]) -> Layout:
    """A layout back from the catalogue; a value of the wrong type is a ``ValueError`` (a corrupt catalogue)."""
    layout = Layout(
        kind=data["kind"],
        size=data["size"],
        align=data["align"],
        fields=tuple(_field(f) for f in data.get("fields", ())),
        enumerators=tuple((n, v) for n, v in data.get("enumerators", ())),
        target=data.get("target"),
        packed=data.get("packed", False),
    )
    if not (layout.kind in _KINDS and _count(layout.size) and _count(layout.align) and layout.align > 0):
        raise ValueError(f"bad layout {str(data)[:80]}")
    if not all(isinstance(n, str) and _int(v) for n, v in layout.enumerators):
        raise ValueError("bad enumerator")
    if not (layout.target is None or isinstance(layout.target, str)) or not isinstance(layout.packed, bool):
        raise ValueError("bad layout target or packed flag")
    return layout


def _int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and -(1 << 64) <= value < (1 << 64)


def _count(value: object) -> bool:
    return _int(value) and 0 <= value < (1 << 48)  # type: ignore[operator]


def _field(data: Any) -> Field:
    name, type_, offset, size, bit_offset, bit_width = data
    ok = isinstance(name, str) and isinstance(type_, str) and _count(offset) and _count(size)
    ok = ok and (bit_offset is None or _count(bit_offset)) and (bit_width is None or _count(bit_width))
    if not ok:
        raise ValueError(f"bad field {str(data)[:80]}")
    return Field(name, type_, offset, size, bit_offset, bit_width)


@functools.lru_cache(maxsize=1 << 16)
def layout_hash(layout: Layout) -> str:
    """A content hash of a layout: equal layouts, equal hashes, across releases.

    Memoized: the same layout recurs on most configurations of most releases.
    """
    text = json.dumps(layout_to_json(layout), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]
