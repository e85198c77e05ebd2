"""The catalogue on disk: every ingested release, layouts stored once.

Layout (schema ``xen-abi-catalogue/1``, documented in README)::

    index.json            schema, releases in version order with their files
    layouts.json          {hash: layout} for every distinct layout of every release
    releases/<R>.json     provenance, per-config headers and unavailable ones,
                          types {name: [[hash, where, configs], ...]},
                          constants {name: [[text, value, where, configs], ...]},
                          calls {hypercalls, subops} and legacy (xen_abi.frontend.hypercalls)
    history.json          every hypercall, sub-op and type per arch across the
                          releases, and the ABI breaks found (xen_abi.compare.history)

A type or constant that is the same on several configurations is one entry
whose ``configs`` lists them (space-separated), so a release document grows
with what differs, not with the number of architectures.  Everything is
written sorted with a fixed format, so regenerating from the same headers
gives the same bytes; a directory is replaced atomically, never half-written.
"""

from __future__ import annotations

import json
import os
import re
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from xen_abi.common import fsio
from xen_abi.common.errors import CatalogueError, UsageError, XenAbiError
from xen_abi.common.jsontext import dump_json
from xen_abi.common.names import catalogue_release_name
from xen_abi.common.releases import version_key
from xen_abi.frontend import hypercalls, hypervisor
from xen_abi.ir.model import Config, ConfigABI, Constant, Provenance, ReleaseABI, TypeEntry, Unavailable
from xen_abi.store import codecs as serialize
from xen_abi.store.paths import DEFAULT_PATH as DEFAULT_PATH  # where it always was for callers

SCHEMA = "xen-abi-catalogue/1"
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
        "calls": hypercalls.calls_to_json(release.calls),
        "legacy": hypercalls.legacy_to_json(release.legacy, lambda lay: _store_layout(lay, layouts)),
        "hypervisor": None if release.hypervisor is None else hypervisor.to_json(release.hypervisor),
    }


def _store_layout(layout: Any, layouts: dict[str, dict]) -> str:
    h = serialize.layout_hash(layout)
    layouts.setdefault(h, serialize.layout_to_json(layout))
    return h


def release_from_json(
    data: dict[str, Any], layouts: dict[str, Any], source: str, parsed: dict[str, Any] | None = None
) -> ReleaseABI:
    """A release back from its document; ``parsed``: layouts already decoded, by hash, shared between the
    releases of a catalogue (a layout is frozen: releases that share it compare it by identity, fast)."""
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
        for key, cfg in data["configs"].items():
            release.configs[key] = ConfigABI(
                Config.parse(key),
                unavailable={h: Unavailable(h, r) for h, r in cfg["unavailable"].items()},
                headers=tuple(cfg["headers"]),
            )
        every = sorted(release.configs)

        def configs_of(cfgs: str) -> list[str]:
            return every if cfgs == ALL_CONFIGS else cfgs.split()

        if parsed is None:
            parsed = {}
        for name, variants in data["types"].items():
            for h, where, cfgs in variants:
                if h not in parsed:
                    parsed[h] = serialize.layout_from_json(layouts[h])
                entry = TypeEntry(name, parsed[h], where)
                for key in configs_of(cfgs):
                    release.configs[key].types[name] = entry
        for name, variants in data["constants"].items():
            for text, value, where, cfgs in variants:
                c = Constant(name, text, value, where)
                for key in configs_of(cfgs):
                    release.configs[key].constants[name] = c
        # Hypercalls, sub-ops and the legacy view (xen_abi.frontend.hypercalls); absent from older documents.
        if "calls" in data:
            release.calls = hypercalls.calls_from_json(data["calls"], every)
        if "legacy" in data:

            def layout_of(h: str) -> Any:
                if h not in parsed:
                    parsed[h] = serialize.layout_from_json(layouts[h])
                return parsed[h]

            release.legacy = hypercalls.legacy_from_json(data["legacy"], layout_of)
        # What the hypervisor implements (abi.hypervisor); absent from documents written before it.
        if data.get("hypervisor") is not None:
            release.hypervisor = hypervisor.from_json(data["hypervisor"])
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError, OverflowError) as exc:
        raise CatalogueError(f"corrupt catalogue document ({type(exc).__name__}: {exc})", file=source) from None
    return release


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


def _check_index_entry(entry: object, file: str) -> None:
    """An index entry names a release, its document (always ``releases/<R>.json``) and its tree hash."""
    if not isinstance(entry, dict):
        raise CatalogueError("corrupt index: a release entry is not an object", file=file)
    name = catalogue_release_name(entry.get("release"), file)
    if entry.get("file") != f"releases/{name}.json":
        raise CatalogueError(f"corrupt index: release {name} must be stored as releases/{name}.json", file=file)
    if not isinstance(entry.get("tree_hash"), str):
        raise CatalogueError(f"corrupt index: release {name} has no tree hash", file=file)


class Catalogue:
    """A catalogue directory: releases load lazily, layouts are shared."""

    def __init__(self, path: Path, index: dict[str, Any]) -> None:
        self.path = path
        self.index = index
        self.releases: list[str] = [r["release"] for r in index["releases"]]
        self._files = {r["release"]: r["file"] for r in index["releases"]}
        self._layouts: dict[str, Any] | None = None
        self._loaded: dict[str, ReleaseABI] = {}
        self._parsed: dict[str, Any] = {}  # decoded layouts by hash, shared by the releases loaded
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
        if not isinstance(index, dict) or index.get("schema") != SCHEMA:
            raise CatalogueError(f"not a {SCHEMA} catalogue", file=str(path / "index.json"))
        if not isinstance(index.get("releases"), list):
            raise CatalogueError("corrupt index: no release list", file=str(path / "index.json"))
        for entry in index["releases"]:
            _check_index_entry(entry, str(path / "index.json"))
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
        raise UsageError(f"unknown release {name!r}; the catalogue has: {', '.join(self.releases)}")

    def history_document(self) -> tuple[Any, str]:
        """history.json as JSON data, and its path (xen_abi.compare.history decodes it)."""
        file = self.path / HISTORY_FILE
        if not file.exists():
            raise CatalogueError("the catalogue has no history; re-run xen-abi ingest", file=str(file))
        return _read_json(file), str(file)

    def release(self, name: str) -> ReleaseABI:
        name = self.resolve_release(name)
        if name not in self._loaded:
            file = self.path / self._files[name]
            data = _read_json(file)
            if not isinstance(data, dict) or data.get("schema") != SCHEMA:
                raise CatalogueError(f"not a {SCHEMA} release document", file=str(file))
            self._loaded[name] = release_from_json(data, self.layouts(), str(file), self._parsed)
        return self._loaded[name]

    def document(self, name: str) -> ReleaseDocument:
        """A release exactly as written here, to carry it into another catalogue unchanged."""
        name = self.resolve_release(name)
        file = self.path / self._files[name]
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise CatalogueError(f"cannot read: {exc}", file=str(file)) from None
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
    """A release as the catalogue writes it: its document and the layouts it uses."""

    release: str
    tree_hash: str
    text: str
    layouts: dict[str, Any]

    def to_release(self, parsed: dict[str, Any] | None = None) -> ReleaseABI:
        return release_from_json(json.loads(self.text), self.layouts, f"releases/{self.release}.json", parsed)


def document_of(release: ReleaseABI) -> ReleaseDocument:
    layouts: dict[str, dict] = {}
    text = dump_json(release_to_json(release, layouts))
    return ReleaseDocument(release.release, release.provenance.tree_hash, text, layouts)


def write_documents(documents: list[ReleaseDocument], history_text: str, path: Path, *, force: bool = False) -> None:
    """Write release documents and their history as a catalogue, atomically."""
    documents = sorted(documents, key=lambda d: version_key(d.release))
    layouts: dict[str, Any] = {}
    for doc in documents:
        layouts.update(doc.layouts)
    index = {
        "schema": SCHEMA,
        "releases": [
            {"release": d.release, "file": f"releases/{d.release}.json", "tree_hash": d.tree_hash} for d in documents
        ],
    }
    files = {f"releases/{doc.release}.json": doc.text for doc in documents}
    files["layouts.json"] = dump_json(dict(sorted(layouts.items())))
    files[HISTORY_FILE] = history_text
    files["index.json"] = dump_json(index)
    fsio.write_dir(files, path, force=force, adopt=is_unmarked_catalogue)


def is_unmarked_catalogue(path: Path) -> bool:
    """A catalogue written before output markers: our index and only catalogue files (safe to replace)."""
    try:
        with open(path / "index.json", encoding="utf-8") as f:
            if json.load(f).get("schema") != SCHEMA:
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
