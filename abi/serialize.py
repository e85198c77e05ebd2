"""JSON forms of the model: one layout, one configuration.

Layouts are written as compact arrays so the catalogue stays small; every
reader and writer of the catalogue and of the ingest cache goes through here.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from abi.model import Config, ConfigABI, Constant, Field, Layout, TypeEntry, Unavailable


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


def layout_hash(layout: Layout) -> str:
    """A content hash of a layout: equal layouts, equal hashes, across releases."""
    text = json.dumps(layout_to_json(layout), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def config_to_json(abi: ConfigABI) -> dict[str, Any]:
    return {
        "config": abi.config.key,
        "headers": list(abi.headers),
        "unavailable": {h: u.reason for h, u in sorted(abi.unavailable.items())},
        "types": {n: [t.where, layout_to_json(t.layout)] for n, t in sorted(abi.types.items())},
        "constants": {n: [c.text, c.value, c.where] for n, c in sorted(abi.constants.items())},
    }


def config_from_json(data: dict[str, Any]) -> ConfigABI:
    return ConfigABI(
        config=Config.parse(data["config"]),
        types={n: TypeEntry(n, layout_from_json(lay), where) for n, (where, lay) in data["types"].items()},
        constants={n: Constant(n, text, value, where) for n, (text, value, where) in data["constants"].items()},
        unavailable={h: Unavailable(h, r) for h, r in data["unavailable"].items()},
        headers=tuple(data["headers"]),
    )
