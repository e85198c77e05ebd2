"""Build a catalogue from header sources: ingest what changed, reuse what did not.

A release's document is a function of its header tree, the options and the
code of xen-abi, so it is cached under a hash of the three; the history is
a function of the release documents, so it is cached under theirs.  A
re-run on unchanged headers then only copies documents: no parsing, no
layout, no history.  The per-configuration cache of ``xen_abi.frontend.ingest`` still
serves a release whose code changed only downstream of layout.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

from xen_abi.common import fsio
from xen_abi.common.errors import CatalogueError
from xen_abi.common.jsontext import dump_json
from xen_abi.common.releases import version_key
from xen_abi.compare import history
from xen_abi.frontend.hypervisor import HypervisorSource
from xen_abi.frontend.ingest import ingest, pipeline_fingerprint
from xen_abi.frontend.source import HeaderTree
from xen_abi.ir.model import ReleaseABI
from xen_abi.store.catalogue import (
    Catalogue,
    ReleaseDocument,
    document_of,
    is_unmarked_catalogue,
    user_state,
    write_documents,
)
from xen_abi.store.catalogue import fingerprint as catalogue_fingerprint
from xen_abi.store.paths import USER_STATE


def build_catalogue(
    trees: list[tuple[str, HeaderTree]],
    out: Path,
    *,
    archs: Iterable[str],
    jobs: int | None = None,
    cache_dir: Path | None = None,
    keep_going: bool = False,
    replace: bool = False,
    force: bool = False,
    progress: Callable[[int, int], None] | None = None,
    hypervisor: dict[str, HypervisorSource | None] | None = None,
    base: Path | None = None,
) -> list[str]:
    """Ingest ``trees`` into the catalogue at ``out``; return the releases (re)computed.

    The output is checked before any work (never a directory xen-abi did not
    write, unless ``force``); reading the releases already there and writing
    the new catalogue happen under its lock, so a concurrent ingest into the
    same catalogue cannot lose a release.

    ``hypervisor``: each release's hypervisor sources (abi.hypervisor), part of its document's key.

    ``base``: a catalogue the output carries too (the built-in one, for the
    user's catalogue): the releases ingested now or into ``out`` before
    override its own, and ``out`` records them (``user.json``).
    """
    hypervisor = hypervisor or {}
    out = fsio.check_output_path(out, "catalogue")
    fsio.recover(out)
    fsio.check_dir_target(out, force=force, adopt=is_unmarked_catalogue)
    archs = list(archs)
    fingerprint = pipeline_fingerprint(everything=True) if cache_dir else ""
    documents: dict[str, ReleaseDocument] = {}
    todo: list[tuple[str, HeaderTree]] = []
    keys: dict[str, str] = {}
    for name, tree in trees:
        p = tree.provenance
        source = hypervisor.get(name)
        keys[name] = _key(
            fingerprint,
            name,
            p.kind,
            p.location,
            p.ref,
            p.commit,
            p.tree_hash,
            archs,
            keep_going,
            None if source is None else (source.label, source.tree_hash),
        )
        cached = _load(cache_dir, "documents", keys[name]) if cache_dir else None
        if isinstance(cached, ReleaseDocument):
            documents[name] = cached
        else:
            todo.append((name, tree))
    computed: dict[str, ReleaseABI] = {}
    if todo:
        for release in ingest(
            todo,
            archs=archs,
            jobs=jobs,
            cache_dir=cache_dir,
            progress=progress,
            keep_going=keep_going,
            hypervisor=hypervisor,
        ):
            computed[release.release] = release
            documents[release.release] = document_of(release)
            if cache_dir:
                _store(cache_dir, "documents", keys[release.release], documents[release.release])
    with fsio.locked(out):
        _write(out, documents, computed, fingerprint, cache_dir, replace=replace, force=force, base=base)
    return sorted(computed, key=version_key)


def _write(
    out: Path,
    documents: dict[str, ReleaseDocument],
    computed: dict[str, ReleaseABI],
    fingerprint: str,
    cache_dir: Path | None,
    *,
    replace: bool,
    force: bool,
    base: Path | None = None,
) -> None:
    ingested = set(documents)
    if (out / "index.json").exists() and not replace:
        try:
            old = Catalogue.load(out)
            # Over a base, only the releases ingested into ``out`` are its own; the others were the base's copies.
            own = set(user_state(out).get("ingested", ())) if base is not None else set(old.releases)
            for name in old.releases:
                if name in own:
                    documents.setdefault(name, old.document(name))
                    ingested.add(name)
        except CatalogueError as exc:
            raise CatalogueError(f"{exc} (the catalogue added to; --replace starts it afresh)") from None
    extra = None
    if base is not None:
        built_in = Catalogue.load(base)
        for name in built_in.releases:
            documents.setdefault(name, built_in.document(name))
        state = {"built_in": catalogue_fingerprint(base), "ingested": sorted(ingested, key=version_key)}
        extra = {USER_STATE: dump_json(state)}
    ordered = sorted(documents.values(), key=lambda d: version_key(d.release))
    history_key = _key(fingerprint, *(d.text for d in ordered))
    history_text = _load(cache_dir, "history", history_key) if cache_dir else None
    if not isinstance(history_text, str):
        parsed: dict[str, object] = {}  # layouts shared between the decoded releases (the history compares them)
        releases = [computed.get(d.release) or d.to_release(parsed) for d in ordered]
        history_text = history.dump(history.build(releases))
        if cache_dir:
            _store(cache_dir, "history", history_key, history_text)
    write_documents(ordered, history_text, out, force=force, extra=extra)


def write_catalogue(releases: list[ReleaseABI], path: Path) -> None:
    """Write a complete catalogue directory atomically (replacing any old one), its history built here."""
    releases = sorted(releases, key=lambda r: version_key(r.release))
    write_documents([document_of(r) for r in releases], history.dump(history.build(releases)), path)


def _key(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()[:32]


def _load(cache_dir: Path, kind: str, key: str) -> object | None:
    try:
        with open(cache_dir / kind / f"{key}.pickle", "rb") as f:
            return pickle.load(f)
    except FileNotFoundError:
        return None
    except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, TypeError, ValueError):
        return None  # a damaged entry is recomputed


def _store(cache_dir: Path, kind: str, key: str, value: object) -> None:
    """Fill a cache entry, best effort: a read-only or full cache only costs the next run time."""
    folder = cache_dir / kind
    tmp = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        with os.fdopen(fd, "wb") as f:
            pickle.dump(value, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, folder / f"{key}.pickle")
        tmp = None
    except OSError:
        pass
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
