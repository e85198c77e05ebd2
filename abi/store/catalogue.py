"""The catalogue on disk: every ingested release, layouts stored once, point releases as deltas.

Layout (schema ``xen-abi-catalogue/2``, documented in README)::

    index.json            schema, releases in version order with their files
                          (and the parent of a release stored as a delta)
    layouts.json          {hash: layout} for every distinct layout of every release, one a line
    releases/<R>.json     provenance, per-config headers and unavailable ones,
                          types {name: [[hash, where, configs], ...]},
                          constants {name: [[text, value, where, configs], ...]},
                          macros {name: [[params, text, where, configs], ...]} (function-like),
                          calls {hypercalls, subops} and legacy (xen_abi.frontend.hypercalls),
                          hypervisor facts (xen_abi.frontend.hypervisor); one entry a line
                          (xen_abi.store.delta) -- or, for a point release whose
                          predecessor of the series is in the catalogue, only the
                          entries that differ from it: {"parent", "set", "unset"}
    history.json          every hypercall, sub-op and type per arch across the
                          releases, and the ABI breaks found (xen_abi.compare.history)

A type or constant that is the same on several configurations is one entry
whose ``configs`` lists them (space-separated), so a release document grows
with what differs, not with the number of architectures; a point release
grows with what its headers changed.  Everything is written sorted with a
fixed format, so regenerating from the same headers gives the same bytes; a
directory is replaced atomically, never half-written.  Schema 1 catalogues
(every release whole, indented JSON) are still read.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xen_abi.common import fsio
from xen_abi.common.errors import CatalogueError, UsageError, XenAbiError
from xen_abi.common.jsontext import dump_json
from xen_abi.common.names import catalogue_release_name
from xen_abi.common.releases import is_point_release, series, summarize, version_key
from xen_abi.frontend import hypercalls, hypervisor
from xen_abi.ir.model import (
    CallsABI,
    Config,
    ConfigABI,
    Constant,
    Macro,
    Provenance,
    ReleaseABI,
    TypeEntry,
    Unavailable,
)
from xen_abi.store import codecs as serialize
from xen_abi.store import delta
from xen_abi.store.paths import DEFAULT_PATH as DEFAULT_PATH  # where it always was for callers
from xen_abi.store.paths import USER_STATE

SCHEMA = "xen-abi-catalogue/2"
READABLE = ("xen-abi-catalogue/1", SCHEMA)  # schema 1: every release whole, indented JSON
_LAYOUT_REF = re.compile(r'"([0-9a-f]{16})"')  # a layout hash, wherever a document refers to one
HISTORY_FILE = "history.json"  # xen_abi.compare.history: every item's class, number and layout per release and arch


ALL_CONFIGS = "*"


def _group(items: dict[str, list[tuple[tuple, str]]], every: set[str]) -> dict[str, list[list]]:
    """{name: [(value tuple, config)]} -> {name: [[*value, "cfg cfg"]]}, sorted.

    A value shared by every configuration of the release is written ``*``.
    """
    out: dict[str, list[list]] = {}
    for name in sorted(items):
        by_value: dict[tuple, list[str]] = defaultdict(list)
        for value, config in items[name]:
            by_value[value].append(config)
        out[name] = sorted(
            [*value, ALL_CONFIGS if set(cfgs) == every else " ".join(sorted(cfgs))] for value, cfgs in by_value.items()
        )
    return out


def release_to_json(release: ReleaseABI, layouts: dict[str, dict]) -> dict[str, Any]:
    """The release document; adds the layouts it uses to ``layouts``."""
    types: dict[str, list[tuple[tuple, str]]] = defaultdict(list)
    constants: dict[str, list[tuple[tuple, str]]] = defaultdict(list)
    macros: dict[str, list[tuple[tuple, str]]] = defaultdict(list)
    configs = {}
    for key, abi in sorted(release.configs.items()):
        configs[key] = {
            "headers": list(abi.headers),
            "unavailable": {h: u.reason for h, u in sorted(abi.unavailable.items())},
        }
        for name, entry in abi.types.items():
            h = serialize.layout_hash(entry.layout)
            layouts.setdefault(h, serialize.layout_to_json(entry.layout))
            types[name].append(((h, entry.where), key))
        for name, c in abi.constants.items():
            constants[name].append(((c.text, c.value, c.where), key))
        for name, m in abi.macros.items():
            macros[name].append(((" ".join(m.params), m.text, m.where), key))
    p = release.provenance
    return {
        "schema": SCHEMA,
        "release": release.release,
        "provenance": {
            "kind": p.kind,
            "location": p.location,
            "ref": p.ref,
            "commit": p.commit,
            "tree_hash": p.tree_hash,
        },
        "interface_version": None if release.interface_version is None else f"0x{release.interface_version:08x}",
        "unsupported_archs": dict(sorted(release.unsupported_archs.items())),
        "unsupported_configs": dict(sorted(release.unsupported_configs.items())),
        "configs": configs,
        "types": _group(types, set(release.configs)),
        "constants": _group(constants, set(release.configs)),
        "macros": _group(macros, set(release.configs)),
        "calls": hypercalls.calls_to_json(release.calls),
        "legacy": hypercalls.legacy_to_json(release.legacy, lambda lay: _store_layout(lay, layouts)),
        "hypervisor": None if release.hypervisor is None else hypervisor.to_json(release.hypervisor),
    }


def _store_layout(layout: Any, layouts: dict[str, dict]) -> str:
    h = serialize.layout_hash(layout)
    layouts.setdefault(h, serialize.layout_to_json(layout))
    return h


def release_from_json(
    data: dict[str, Any],
    layouts: dict[str, Any],
    source: str,
    parsed: dict[str, Any] | None = None,
    base: ReleaseABI | None = None,
    changed: Changes = None,
) -> ReleaseABI:
    """A release's model from its whole document.

    With ``base`` (the parent's model) and ``changed`` (what a delta changes,
    ``_patchable``), only those entries are decoded; the rest of the base is
    shared (its records are immutable; its tables are copied).  ``parsed``:
    layouts already decoded, by hash (a catalogue shares them across its
    releases: most layouts recur in every release).
    """
    try:
        p = data["provenance"]
        iv = data["interface_version"]
        if data["release"] != Path(source).stem:
            raise ValueError(f"document of release {data['release']!r} stored as {Path(source).name}")
        release = ReleaseABI(
            release=data["release"],
            provenance=Provenance(p["kind"], p["location"], p["ref"], p["commit"], p["tree_hash"]),
            interface_version=None if iv is None else int(iv, 16),
            unsupported_archs=dict(data["unsupported_archs"]),
            unsupported_configs=dict(data["unsupported_configs"]),
        )
        if base is None or changed is None:
            for key, cfg in data["configs"].items():
                release.configs[key] = ConfigABI(
                    Config.parse(key),
                    unavailable={h: Unavailable(h, r) for h, r in cfg["unavailable"].items()},
                    headers=tuple(cfg["headers"]),
                )
        else:
            for key, cfg in base.configs.items():
                release.configs[key] = ConfigABI(
                    cfg.config, dict(cfg.types), dict(cfg.constants), cfg.unavailable, cfg.headers, dict(cfg.macros)
                )
        every = sorted(release.configs)

        def configs_of(cfgs: str) -> list[str]:
            return every if cfgs == ALL_CONFIGS else cfgs.split()

        if parsed is None:
            parsed = {}

        def layout_of(h: str) -> Any:
            if h not in parsed:
                parsed[h] = serialize.layout_from_json(layouts[h])
            return parsed[h]

        def type_entry(name: str, row: list) -> TypeEntry:
            h, where, _ = row
            return TypeEntry(name, layout_of(h), where)

        def constant(name: str, row: list) -> Constant:
            text, value, where, _ = row
            return Constant(name, text, value, where)

        def macro(name: str, row: list) -> Macro:
            params, text, where, _ = row
            return Macro(name, tuple(params.split()), text, where)

        makers: tuple[tuple[str, Callable[[str, list], Any]], ...] = (
            ("types", type_entry),
            ("constants", constant),
            ("macros", macro),
        )
        for section, make in makers:
            tables = {key: getattr(cfg, section) for key, cfg in release.configs.items()}
            if changed is None:
                # Documents written before function-like macros were recorded have no "macros".
                for name, rows in data.get(section, {}).items():
                    for row in rows:
                        item = make(name, row)
                        for key in configs_of(row[-1]):
                            tables[key][name] = item
            else:
                _patch(tables, changed[(section,)], data.get(section, {}), make, configs_of)
        # Hypercalls, sub-ops and the legacy view (xen_abi.frontend.hypercalls); absent from older documents.
        if base is not None and changed is not None and "calls" in data:
            release.calls = _patched_calls(base, data["calls"], changed, every)
        elif "calls" in data:
            release.calls = hypercalls.calls_from_json(data["calls"], every)
        if base is not None and changed is not None and "legacy" not in changed[()]:
            release.legacy = base.legacy
        elif "legacy" in data:
            release.legacy = hypercalls.legacy_from_json(data["legacy"], layout_of)
        # What the hypervisor implements (abi.hypervisor); absent from documents written before it.
        if base is not None and changed is not None and "hypervisor" not in changed[()]:
            release.hypervisor = base.hypervisor
        elif data.get("hypervisor") is not None:
            release.hypervisor = hypervisor.from_json(data["hypervisor"])
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError, OverflowError) as exc:
        raise CatalogueError(f"corrupt catalogue document ({type(exc).__name__}: {exc})", file=source) from None
    return release


Changes = dict[tuple[str, ...], set[str]] | None  # section -> names a delta changes; () -> sections redone whole
_PATCHABLE = (("types",), ("constants",), ("macros",), ("calls", "hypercalls"), ("calls", "subops"))
_SCALARS = {"schema", "release", "provenance", "interface_version", "unsupported_archs", "unsupported_configs"}
_REDONE = {"legacy", "hypervisor"}  # decoded again when they change, else the parent's objects are shared


def _patchable(stored: dict[str, Any]) -> Changes:
    """What a delta changes, by entry name, if its release can be built on its parent's model (else None)."""
    changed: dict[tuple[str, ...], set[str]] = {section: set() for section in _PATCHABLE}
    changed[()] = set()
    for path in [p for p, _ in delta.leaves(stored["set"])] + [tuple(p) for p in stored["unset"]]:
        if path[0] in _SCALARS:
            continue
        if path[0] in _REDONE:
            changed[()].add(path[0])
        elif path[:-1] in changed and path[:-1] != ():
            changed[path[:-1]].add(path[-1])
        else:
            return None  # the configurations, or a section replaced whole: decoded whole
    return changed


def _patch(
    tables: dict[str, dict[str, Any]],
    names: set[str],
    rows_by_name: dict[str, list],
    make: Callable[[str, list], Any],
    keys_of: Callable[[str], list[str]],
) -> None:
    """Decode the entries ``names`` into per-configuration ``tables`` (copies of the parent's) in place.

    An entry keeps its place; a table that gains a name is re-sorted, so the
    model is the one a whole decode gives, down to the order of its tables.
    """
    grown: set[str] = set()
    for name in sorted(names):
        placed: dict[str, Any] = {}
        for row in rows_by_name.get(name, ()):
            item = make(name, row)
            for key in keys_of(row[-1]):
                placed[key] = item
        for key, table in tables.items():
            if key in placed:
                if name not in table:
                    grown.add(key)
                table[name] = placed[key]
            else:
                table.pop(name, None)
    for key in grown:
        ordered = sorted(tables[key].items())
        tables[key].clear()
        tables[key].update(ordered)


def _patched_calls(
    base: ReleaseABI, data: dict[str, Any], changed: dict[tuple[str, ...], set[str]], every: list[str]
) -> dict[str, CallsABI]:
    """The parent's hypercalls and sub-ops with the entries a delta names decoded again."""
    old = {key: base.calls.get(key, CallsABI()) for key in every}
    out = {key: CallsABI(dict(old[key].hypercalls), dict(old[key].subops)) for key in every}

    def keys_of(spec: str) -> list[str]:
        return every if spec == ALL_CONFIGS else spec.split()

    for section in ("hypercalls", "subops"):
        names = changed[("calls", section)]
        if names:

            def make(name: str, row: list, section: str = section) -> Any:
                # One row through the codec's own decoder (for the configuration "k"), so the two never differ.
                decoded = hypercalls.calls_from_json(
                    {"hypercalls": {}, "subops": {}, section: {name: [[*row[:-1], ALL_CONFIGS]]}}, ["k"]
                )["k"]
                return getattr(decoded, section)[name]

            _patch({key: getattr(out[key], section) for key in every}, names, data[section], make, keys_of)
    return out


def _read_json(path: Path) -> Any:
    try:
        with open(path, encoding="utf-8") as f:
            return json.load(f)
    except FileNotFoundError:
        raise CatalogueError("catalogue file is missing", file=str(path)) from None
    except json.JSONDecodeError as exc:
        raise CatalogueError(f"corrupt JSON: {exc.msg}", file=str(path), line=exc.lineno) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise CatalogueError(f"cannot read: {exc}", file=str(path)) from None
    except (ValueError, RecursionError) as exc:
        # A 5000-digit number (int conversion limit) or 100,000 nested arrays.
        raise CatalogueError(f"corrupt JSON: {type(exc).__name__}: {str(exc)[:100]}", file=str(path)) from None


def _check_index_entry(entry: object, file: str, earlier: set[str]) -> None:
    """An index entry names a release, its document (always ``releases/<R>.json``), its tree hash and,
    for a delta, its parent: an earlier release of the index (so a chain of parents always ends)."""
    if not isinstance(entry, dict):
        raise CatalogueError("corrupt index: a release entry is not an object", file=file)
    name = catalogue_release_name(entry.get("release"), file)
    if entry.get("file") != f"releases/{name}.json":
        raise CatalogueError(f"corrupt index: release {name} must be stored as releases/{name}.json", file=file)
    if not isinstance(entry.get("tree_hash"), str):
        raise CatalogueError(f"corrupt index: release {name} has no tree hash", file=file)
    parent = entry.get("parent")
    if parent is not None and parent not in earlier:
        raise CatalogueError(f"corrupt index: release {name}'s parent {str(parent)[:80]!r} is not before it", file=file)


def parent_of(release: str, earlier: list[str]) -> str | None:
    """The release a point release is stored against: its predecessor of the series among ``earlier``.

    4.17.7 -> 4.17.6 (or 4.17.0 when that is the only one there); an x.y.0 or a
    development tree is stored whole.
    """
    if not is_point_release(release):
        return None
    before = [r for r in earlier if series(r) == series(release) and version_key(r) < version_key(release)]
    return max(before, key=version_key) if before else None


class Catalogue:
    """A catalogue directory: releases load lazily, layouts are shared, a delta builds on its parent."""

    def __init__(self, path: Path, index: dict[str, Any]) -> None:
        self.path = path
        self.index = index
        self.releases: list[str] = [r["release"] for r in index["releases"]]
        self._files = {r["release"]: r["file"] for r in index["releases"]}
        self._parents: dict[str, str] = {r["release"]: r["parent"] for r in index["releases"] if r.get("parent")}
        self._layouts: dict[str, Any] | None = None
        self._parsed: dict[str, Any] = {}  # decoded layouts by hash, shared by the releases loaded
        self._loaded: dict[str, ReleaseABI] = {}
        self._stored: dict[str, dict[str, Any]] = {}  # release -> its file's JSON (whole, or a delta)
        self._data: dict[str, dict[str, Any]] = {}  # release -> its whole document
        self.derived: dict[str, Any] = {}  # what upper layers decode from this catalogue, decoded once

    @classmethod
    def load(cls, path: Path | str | None = None) -> Catalogue:
        path = Path(path) if path is not None else DEFAULT_PATH
        if path.name not in ("", ".", ".."):
            # A write killed between its two renames, or before removing the old tree, left it beside:
            # finish the job (a missing catalogue is recovered; leftovers go).  Only needed ones must succeed.
            try:
                fsio.recover(path)
            except XenAbiError:
                if not path.is_dir():
                    raise
        if not path.is_dir():
            raise CatalogueError("no catalogue here (expected a directory with index.json)", file=str(path))
        index = _read_json(path / "index.json")
        if not isinstance(index, dict) or index.get("schema") not in READABLE:
            raise CatalogueError(f"not a {SCHEMA} catalogue", file=str(path / "index.json"))
        if not isinstance(index.get("releases"), list):
            raise CatalogueError("corrupt index: no release list", file=str(path / "index.json"))
        earlier: set[str] = set()
        for entry in index["releases"]:
            _check_index_entry(entry, str(path / "index.json"), earlier)
            earlier.add(entry["release"])
        return cls(path, index)

    def layouts(self) -> dict[str, Any]:
        if self._layouts is None:
            data = _read_json(self.path / "layouts.json")
            if not isinstance(data, dict):
                raise CatalogueError("corrupt layout table", file=str(self.path / "layouts.json"))
            self._layouts = data
        return self._layouts

    def resolve_release(self, name: str) -> str:
        """Check a release name, accepting "4.15" for "4.15.0"."""
        if name in self._files:
            return name
        for candidate in (f"{name}.0", f"{name}-unstable"):
            if candidate in self._files:
                return candidate
        raise UsageError(f"unknown release {name!r}; the catalogue has: {summarize(self.releases)}")

    def history_document(self) -> tuple[Any, str]:
        """history.json as JSON data, and its path (xen_abi.compare.history decodes it)."""
        file = self.path / HISTORY_FILE
        if not file.exists():
            raise CatalogueError("the catalogue has no history; re-run xen-abi ingest", file=str(file))
        return _read_json(file), str(file)

    def parent(self, name: str) -> str | None:
        """The release ``name``'s document is a delta against (None: stored whole)."""
        return self._parents.get(self.resolve_release(name))

    def _file(self, name: str) -> str:
        return str(self.path / self._files[name])

    def stored(self, name: str) -> dict[str, Any]:
        """A release's file as stored: a whole document, or a delta (``parent``, ``set``, ``unset``)."""
        if name not in self._stored:
            data = _read_json(self.path / self._files[name])
            if not isinstance(data, dict) or data.get("schema") not in READABLE:
                raise CatalogueError(f"not a {SCHEMA} release document", file=self._file(name))
            if ("parent" in data) != (name in self._parents) or data.get("parent", None) != self._parents.get(name):
                raise CatalogueError("the document's parent is not the index's", file=self._file(name))
            self._stored[name] = data
        return self._stored[name]

    def data(self, name: str) -> dict[str, Any]:
        """A release's whole document (a delta applied to its parent's), as JSON data."""
        name = self.resolve_release(name)
        if name not in self._data:
            stored = self.stored(name)
            parent = self._parents.get(name)
            if parent is None:
                self._data[name] = stored
            else:
                try:
                    whole = delta.apply(self.data(parent), stored)
                except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError) as exc:
                    raise CatalogueError(
                        f"corrupt catalogue delta ({type(exc).__name__}: {str(exc)[:100]})", file=self._file(name)
                    ) from None
                self._data[name] = whole
        return self._data[name]

    def release(self, name: str) -> ReleaseABI:
        name = self.resolve_release(name)
        if name not in self._loaded:
            parent = self._parents.get(name)
            data = self.data(name)
            changed = _patchable(self.stored(name)) if parent is not None else None
            base = self.release(parent) if parent is not None and changed is not None else None
            self._loaded[name] = release_from_json(data, self.layouts(), self._file(name), self._parsed, base, changed)
        return self._loaded[name]

    def document(self, name: str) -> ReleaseDocument:
        """A release exactly as written here (whole), to carry it into another catalogue unchanged."""
        name = self.resolve_release(name)
        text = delta.dump({**self.data(name), "schema": SCHEMA})  # a schema 1 document's body is the same
        layouts = self.layouts()
        used = {h: layouts[h] for h in _LAYOUT_REF.findall(text) if h in layouts}
        tree_hash = next(r["tree_hash"] for r in self.index["releases"] if r["release"] == name)
        return ReleaseDocument(name, tree_hash, text, used)

    def config(self, release: str, config: Config) -> ConfigABI:
        """One release's ABI on one configuration, with a clear error if absent."""
        r = self.release(release)
        if config.key not in r.configs:
            reason = r.unsupported_reason(config)
            if reason:
                raise UsageError(f"release {r.release} does not support {config.key}: {reason}")
            valid = ", ".join(sorted(r.configs))
            raise UsageError(f"release {r.release} has no configuration {config.key}; valid: {valid}")
        return r.configs[config.key]


@dataclass(frozen=True)
class ReleaseDocument:
    """A release as the catalogue writes it: its whole document (text form) and the layouts it uses."""

    release: str
    tree_hash: str
    text: str
    layouts: dict[str, Any]

    def to_release(self, parsed: dict[str, Any] | None = None) -> ReleaseABI:
        return release_from_json(json.loads(self.text), self.layouts, f"releases/{self.release}.json", parsed)


def document_of(release: ReleaseABI) -> ReleaseDocument:
    layouts: dict[str, dict] = {}
    text = delta.dump(release_to_json(release, layouts))
    return ReleaseDocument(release.release, release.provenance.tree_hash, text, layouts)


def catalogue_files(
    documents: list[ReleaseDocument], history_text: str, extra: dict[str, str] | None = None
) -> dict[str, str]:
    """The files of a catalogue of ``documents``: a point release as a delta against its parent.

    ``extra``: more top-level files (a user catalogue's ``user.json``).
    """
    documents = sorted(documents, key=lambda d: version_key(d.release))
    layouts: dict[str, Any] = {}
    for doc in documents:
        layouts.update(doc.layouts)
    entries: list[dict[str, str]] = []
    files: dict[str, str] = {}
    whole: dict[str, dict[str, Any]] = {}
    for doc in documents:
        data = json.loads(doc.text)
        whole[doc.release] = data
        entry = {"release": doc.release, "file": f"releases/{doc.release}.json", "tree_hash": doc.tree_hash}
        parent = parent_of(doc.release, [e["release"] for e in entries])
        if parent is None:
            files[entry["file"]] = delta.dump(data)
        else:
            entry["parent"] = parent
            change = delta.diff(whole[parent], data)
            if delta.apply(whole[parent], change) != data:  # the writer checks what every reader will do
                raise CatalogueError(f"release {doc.release}: its delta does not rebuild it (a bug)")
            stored = {"schema": SCHEMA, "release": doc.release, "parent": parent, **change}
            files[entry["file"]] = delta.dump(stored, delta.DEPTH + 1)
        entries.append(entry)
    files["layouts.json"] = delta.dump(dict(sorted(layouts.items())), 1)
    files[HISTORY_FILE] = history_text
    files["index.json"] = dump_json({"schema": SCHEMA, "releases": entries})
    files.update(extra or {})
    return files


def write_documents(
    documents: list[ReleaseDocument],
    history_text: str,
    path: Path,
    *,
    force: bool = False,
    extra: dict[str, str] | None = None,
) -> None:
    """Write release documents and their history as a catalogue, atomically."""
    fsio.write_dir(catalogue_files(documents, history_text, extra), path, force=force, adopt=is_unmarked_catalogue)


# -- the user's catalogue ------------------------------------------------------------------------------


def fingerprint(path: Path) -> str:
    """What identifies a catalogue's content: a hash of its index (which holds every release's tree hash)."""
    try:
        return "sha256:" + hashlib.sha256((path / "index.json").read_bytes()).hexdigest()[:32]
    except OSError as exc:
        raise CatalogueError(f"cannot read: {exc}", file=str(path / "index.json")) from None


def user_state(path: Path) -> dict[str, Any]:
    """A user catalogue's ``user.json``: ``{"built_in": fingerprint, "ingested": [releases]}`` (empty if none)."""
    file = path / USER_STATE
    if not file.exists():
        return {}
    data = _read_json(file)
    ok = isinstance(data, dict) and isinstance(data.get("built_in"), str) and isinstance(data.get("ingested"), list)
    if not ok or not all(isinstance(r, str) for r in data["ingested"]):
        raise CatalogueError("corrupt user catalogue state", file=str(file))
    return data


def user_note(path: Path, built_in: Path) -> str:
    """What a command reading the user's catalogue says about it, on stderr (one line)."""
    state = user_state(path)
    ingested = ", ".join(state.get("ingested", ())) or "none"
    note = f"reading your catalogue {path}: the built-in releases and those you ingested ({ingested})"
    if state and state["built_in"] != fingerprint(built_in):
        note += "; the built-in catalogue has changed since: re-run xen-abi ingest to refresh it"
    return note


def is_unmarked_catalogue(path: Path) -> bool:
    """A catalogue written before output markers: our index and only catalogue files (safe to replace)."""
    try:
        with open(path / "index.json", encoding="utf-8") as f:
            if json.load(f).get("schema") not in READABLE:
                return False
        for dirpath, dirnames, filenames in os.walk(path):
            rel = Path(dirpath).relative_to(path).as_posix()
            if rel == "." and set(dirnames) <= {"releases"}:
                if not set(filenames) <= {"index.json", "layouts.json", HISTORY_FILE}:
                    return False
            elif rel != "releases" or dirnames or not all(n.endswith(".json") for n in filenames):
                return False
    except (OSError, ValueError, AttributeError, RecursionError):
        return False
    return True


# -- what changed between two catalogues (xen-abi catalogue-diff) -------------------------------------


@dataclass(frozen=True)
class ReleaseChange:
    """A release in both catalogues whose document differs: its entries added, removed and changed."""

    release: str
    added: tuple[str, ...]  # entry paths, "types/struct xen_dm_op", "calls/subops/XEN_DMOP_..."
    removed: tuple[str, ...]
    changed: tuple[str, ...]


@dataclass(frozen=True)
class CatalogueChange:
    added: tuple[str, ...]  # releases
    removed: tuple[str, ...]
    changed: tuple[ReleaseChange, ...]
    history_changed: bool

    @property
    def empty(self) -> bool:
        return not (self.added or self.removed or self.changed or self.history_changed)


def compare(old: Catalogue, new: Catalogue) -> CatalogueChange:
    """The releases and entries that differ between two catalogues (any schema), as reviewers read them."""
    changed = []
    for name in sorted(set(old.releases) & set(new.releases), key=version_key):
        before = {**old.data(name), "schema": SCHEMA}
        after = {**new.data(name), "schema": SCHEMA}
        if before == after:
            continue
        was = dict(delta.leaves(before))
        change = delta.diff(before, after)
        set_paths = [p for p, _ in delta.leaves(change["set"])]
        changed.append(
            ReleaseChange(
                name,
                tuple("/".join(p) for p in set_paths if p not in was),
                tuple("/".join(p) for p in change["unset"]),
                tuple("/".join(p) for p in set_paths if p in was),
            )
        )
    history = [(c.path / HISTORY_FILE) for c in (old, new)]
    texts = [p.read_bytes() if p.exists() else b"" for p in history]
    return CatalogueChange(
        tuple(r for r in new.releases if r not in old.releases),
        tuple(r for r in old.releases if r not in new.releases),
        tuple(changed),
        texts[0] != texts[1],
    )
