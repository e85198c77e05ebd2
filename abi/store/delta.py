"""The catalogue's text form: one entry a line, and a release stored as its changes from a parent.

A document is a tree of JSON objects whose first ``DEPTH`` levels are
sections and names (``types`` / ``struct xen_dm_op``, ``calls`` /
``subops`` / ``XEN_DMOP_create_ioreq_server``); below that an entry is a
leaf, written compactly on one line.  A point release differs from its
predecessor in a few headers, so it is stored as the leaves that differ:
``{"parent": R, "set": {...}, "unset": [[path], ...]}``.  ``git diff`` of the
committed catalogue then shows one changed line per changed entry.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

DEPTH = 3  # objects are walked (and written one key a line) down to this depth; deeper values are leaves

Path = tuple[str, ...]


def _compact(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def dump(data: Any, depth: int = DEPTH) -> str:
    """``data`` with its objects one key a line down to ``depth``, deeper values compact; a final newline."""
    lines: list[str] = []
    _dump(data, depth, 0, "", lines, "")
    return "\n".join(lines) + "\n"


def _dump(value: Any, depth: int, indent: int, prefix: str, lines: list[str], suffix: str) -> None:
    pad = " " * indent
    if isinstance(value, dict) and value and depth > 0:
        lines.append(f"{pad}{prefix}{{")
        keys = sorted(value)
        for i, key in enumerate(keys):
            comma = "," if i < len(keys) - 1 else ""
            _dump(value[key], depth - 1, indent + 1, f"{_compact(key)}: ", lines, comma)
        lines.append(f"{pad}}}{suffix}")
    else:
        lines.append(f"{pad}{prefix}{_compact(value)}{suffix}")


def leaves(data: dict[str, Any], depth: int = DEPTH, path: Path = ()) -> Iterator[tuple[Path, Any]]:
    """Every (path, leaf) of a document: non-empty objects are walked down to ``depth``."""
    for key, value in data.items():
        here = (*path, key)
        if isinstance(value, dict) and value and len(here) < depth:
            yield from leaves(value, depth, here)
        else:
            yield here, value


def diff(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """What turns ``parent`` into ``child``: ``{"set": {nested leaves}, "unset": [paths]}``."""
    old = dict(leaves(parent))
    new = dict(leaves(child))
    changed: dict[str, Any] = {}
    for path, value in new.items():
        if path not in old or _compact(old[path]) != _compact(value):
            node = changed
            for key in path[:-1]:
                node = node.setdefault(key, {})
            node[path[-1]] = value
    return {"set": changed, "unset": sorted([list(p) for p in old.keys() - new.keys()])}


def apply(parent: dict[str, Any], delta: dict[str, Any]) -> dict[str, Any]:
    """``child`` from ``parent`` and ``diff(parent, child)``; the parent is left as it was.

    Only the objects on a changed path are copied.  A malformed delta raises
    ``ValueError``/``TypeError``/``KeyError`` (the caller names the file).
    """
    out = dict(parent)
    unset = delta["unset"]
    changes = delta["set"]
    if not isinstance(unset, list) or not isinstance(changes, dict):
        raise ValueError("a delta has a 'set' object and an 'unset' list")
    for path in unset:
        if not isinstance(path, list) or not path or not all(isinstance(k, str) for k in path):
            raise ValueError(f"bad path {str(path)[:80]}")
        node = _owned(out, path[:-1])
        del node[path[-1]]
    _merge(out, changes, 0)
    return out


def _owned(root: dict[str, Any], path: list[str]) -> dict[str, Any]:
    """The object at ``path``, copied on the way down so the parent document is never modified."""
    node = root
    for key in path:
        child = node[key]
        if not isinstance(child, dict):
            raise ValueError(f"{key!r} is not an object")
        node[key] = child = dict(child)
        node = child
    return node


def _merge(node: dict[str, Any], changes: dict[str, Any], level: int) -> None:
    """Merge ``changes`` into ``node`` (a copy); a node that gains keys is re-sorted, as a whole document is."""
    grew = False
    for key, value in changes.items():
        grew = grew or key not in node
        # Above the leaves' depth an object in ``set`` holds more leaves; at it, it is the leaf itself.
        if isinstance(value, dict) and value and level + 1 < DEPTH:
            current = node.get(key)
            node[key] = dict(current) if isinstance(current, dict) else {}
            _merge(node[key], value, level + 1)
        else:
            node[key] = value
    if grew:
        ordered = sorted(node.items())
        node.clear()
        node.update(ordered)
