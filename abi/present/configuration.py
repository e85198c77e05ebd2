"""One configuration of a release as ``xen-abi layouts`` and ``constants`` print it: JSON or a table."""

from __future__ import annotations

import json
from typing import Any

from xen_abi.common.escape import one_line
from xen_abi.ir.model import RECORDS, ConfigABI


def render_layouts(release: str, abi: ConfigABI, fmt: str, *, about: dict[str, Any] | None = None) -> str:
    """Every struct and union with its fields (JSON), or one line per record (table).

    The table lists the records by name, the kind keyword aside, and the
    compiler-facing helpers last: ``__guest_handle_*`` (a handle per type,
    292 of 775 records of 4.22.0 on x86_64) and ``struct __HVM_SAVE_TYPE_*``.
    """
    records: list[dict[str, Any]] = []
    for name, entry in sorted(abi.types.items()):
        lay = entry.layout
        if lay.kind not in RECORDS:
            continue
        records.append(
            {
                "name": name,
                "kind": lay.kind,
                "size": lay.size,
                "align": lay.align,
                "where": entry.where,
                "fields": [
                    {
                        "name": f.name,
                        "type": f.type,
                        "offset": f.offset,
                        "size": f.size,
                        "bit_offset": f.bit_offset,
                        "bit_width": f.bit_width,
                    }
                    for f in lay.fields
                ],
            }
        )
    config = abi.config
    if fmt == "json":
        doc = {"release": release, "arch": config.arch, "visibility": config.visibility.value, "records": records}
        return json.dumps(_stamped(doc, about), indent=1) + "\n"  # in record order, as documented: not sorted
    return "".join(
        f"{r['name']}\t{r['kind']}\tsize {r['size']}\talign {r['align']}\t{r['where']}\n"
        for r in sorted(records, key=lambda r: _table_order(r["name"]))
    )


def _table_order(name: str) -> tuple[bool, str, str]:
    """Helpers (a name starting ``__``, keyword aside) after the records a reader looks for; then by name."""
    bare = name.split(" ", 1)[1] if name.startswith(("struct ", "union ")) else name
    return bare.startswith("__"), bare.lstrip("_").lower(), name


def _stamped(doc: dict[str, Any], about: dict[str, Any] | None) -> dict[str, Any]:
    """The document with the ``xen_abi`` object (tool and catalogue, xen_abi.cli.version) after its keys."""
    return doc if about is None else {**doc, "xen_abi": about}


def _config_json(release: str, abi: ConfigABI, key: str, entries: dict[str, Any], about: dict[str, Any] | None) -> str:
    """One section of a configuration (``constants``, ``macros``) as the JSON dump: which view, then its entries."""
    config = abi.config
    doc = {"release": release, "arch": config.arch, "visibility": config.visibility.value, key: entries}
    return json.dumps(_stamped(doc, about), indent=1) + "\n"


def render_constants(release: str, abi: ConfigABI, fmt: str, *, about: dict[str, Any] | None = None) -> str:
    """Every constant with its value, text and header:line (JSON), or one line per constant (table)."""
    rows = sorted(abi.constants.items())
    if fmt == "json":
        entries = {n: {"value": c.value, "text": c.text, "where": c.where} for n, c in rows}
        return _config_json(release, abi, "constants", entries, about)
    return "".join(_table_row(n, "" if c.value is None else c.value, c.text, c.where) for n, c in rows)


def render_macros(release: str, abi: ConfigABI, fmt: str, *, about: dict[str, Any] | None = None) -> str:
    """Every function-like macro with its parameters, body and header:line (JSON), or one line per macro (table)."""
    rows = sorted(abi.macros.items())
    if fmt == "json":
        entries = {n: {"params": list(m.params), "text": m.text, "where": m.where} for n, m in rows}
        return _config_json(release, abi, "macros", entries, about)
    return "".join(_table_row(f"{n}({', '.join(m.params)})", m.text, m.where) for n, m in rows)


def _table_row(*cells: object) -> str:
    """Tab-separated cells for a terminal: a header's control characters are shown, never sent (one_line)."""
    return "\t".join(one_line(c) for c in cells) + "\n"
