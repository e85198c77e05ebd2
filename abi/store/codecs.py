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


def layout_from_json(data: dict[str, Any]) -> Layout:
    return Layout(
        kind=data["kind"],
        size=data["size"],
        align=data["align"],
        fields=tuple(Field(*f) for f in data.get("fields", ())),
        enumerators=tuple((n, v) for n, v in data.get("enumerators", ())),
        target=data.get("target"),
        packed=data.get("packed", False),
    )


@functools.lru_cache(maxsize=1 << 16)
def layout_hash(layout: Layout) -> str:
    """A content hash of a layout: equal layouts, equal hashes, across releases.

    Memoized: the same layout recurs on most configurations of most releases.
    """
    text = json.dumps(layout_to_json(layout), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]
