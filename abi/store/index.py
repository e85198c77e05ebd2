"""An index of a catalogue's facts in SQLite, so that a name is a lookup, not a load of every release.

The index is derived data: built from the catalogue's files on first use
into the user cache, ``$XDG_CACHE_HOME/xen-abi/index/<key>.sqlite``
(``~/.cache`` when unset or not absolute), where ``key`` hashes the
catalogue's bytes (every file) and the code that builds it, so a changed
catalogue or a newer xen-abi never reads an older index.  It is written to
a temporary file and renamed into place; a cache that cannot be written
means an index built in memory for this run, and an index file that cannot
be read is rebuilt.

Held (FORMAT 1): ``names(kind, name)``, every name the catalogue knows:
the items of its history (given by the caller, which owns their meaning)
and every constant of every release, guest, tools or legacy view; and
``answers(question, answer)``, the answers the caller computed for this
catalogue with this code (opaque bytes), kept so that a question asked
again is a lookup.  The key covers every file of the xen_abi package, so an
answer never outlives the code that computed it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from xen_abi.store.catalogue import Catalogue

FORMAT = 1
CONSTANT = "constant"


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".cache"
    return root / "xen-abi" / "index"


_PACKAGE = Path(__file__).resolve().parents[1]


def _hash_tree(h: Any, root: Path, skip: Path | None = None) -> None:
    files = sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    for file in files:
        if skip is not None and file.is_relative_to(skip):
            continue
        h.update(b"\0" + file.relative_to(root).as_posix().encode() + b"\0")
        h.update(file.read_bytes())


def key(path: Path) -> str:
    """A hash of every file of the catalogue at ``path`` (names and bytes) and of the xen_abi package's code."""
    h = hashlib.sha256(f"xen-abi-index/{FORMAT}\0".encode())
    _hash_tree(h, path)
    h.update(b"\0code\0")
    _hash_tree(h, _PACKAGE, skip=_PACKAGE / "data" / "catalogue")
    return h.hexdigest()[:32]


class FactIndex:
    """Lookups in a built index."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    def answer(self, question: str) -> bytes | None:
        """The answer remembered for ``question``, or None (also when the file cannot be read now)."""
        try:
            row = self._db.execute("SELECT answer FROM answers WHERE question = ?", (question,)).fetchone()
        except sqlite3.Error:
            return None
        return None if row is None else bytes(row[0])

    def remember(self, question: str, answer: bytes) -> None:
        """Keep an answer; an index that cannot be written (a read-only cache) keeps nothing."""
        try:
            with self._db:
                self._db.execute("INSERT OR REPLACE INTO answers VALUES (?, ?)", (question, answer))
        except sqlite3.Error:
            pass

    def names(self) -> list[tuple[str, str]]:
        """Every (kind, name) the catalogue knows, sorted."""
        return [(k, n) for k, n in self._db.execute("SELECT kind, name FROM names ORDER BY kind, name")]


def _constants(catalogue: Catalogue) -> set[str]:
    """Every constant of every release, in any configuration or the legacy view (read from the documents)."""
    found: set[str] = set()
    for release in catalogue.releases:
        data = catalogue.data(release)
        found.update(data.get("constants") or ())
        found.update((data.get("legacy") or {}).get("constants") or ())
    return found


def _fill(db: sqlite3.Connection, catalogue: Catalogue, items: Callable[[], Iterable[tuple[str, str]]]) -> None:
    rows = {*items(), *((CONSTANT, name) for name in _constants(catalogue))}
    db.execute("CREATE TABLE names (kind TEXT NOT NULL, name TEXT NOT NULL, PRIMARY KEY (kind, name)) WITHOUT ROWID")
    db.executemany("INSERT INTO names VALUES (?, ?)", sorted(rows))
    db.execute("CREATE TABLE answers (question TEXT PRIMARY KEY, answer BLOB NOT NULL) WITHOUT ROWID")
    db.execute(f"PRAGMA user_version = {FORMAT}")
    db.commit()


def _readable(file: Path) -> sqlite3.Connection | None:
    """The index at ``file`` if it is there and whole (opened for writing where it can be), else None."""
    if not file.is_file():
        return None
    for mode in ("rw", "ro"):
        try:
            db = sqlite3.connect(f"file:{file}?mode={mode}", uri=True)
        except sqlite3.Error:
            continue
        try:
            ok = db.execute("PRAGMA user_version").fetchone()[0] == FORMAT
            ok = ok and db.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            db.execute("SELECT count(*) FROM names").fetchone()
            db.execute("SELECT count(*) FROM answers").fetchone()
        except sqlite3.Error:
            ok = False
        if ok:
            return db
        db.close()
        return None
    return None


def open_index(catalogue: Catalogue, items: Callable[[], Iterable[tuple[str, str]]]) -> FactIndex:
    """The catalogue's fact index: read from the cache, else built there (or, if it cannot be, in memory).

    ``items``: the (kind, name) of the catalogue's history items.
    """
    file = cache_dir() / f"{key(catalogue.path)}.sqlite"
    db = _readable(file)
    if db is not None:
        return FactIndex(db)
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{file.name}.", suffix=".tmp", dir=file.parent)
        os.close(fd)
        try:
            db = sqlite3.connect(tmp)
            try:
                _fill(db, catalogue, items)
            finally:
                db.close()
            os.replace(tmp, file)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
    except (OSError, sqlite3.Error):
        pass  # an unwritable cache: an index in memory for this run
    db = _readable(file)
    if db is None:
        db = sqlite3.connect(":memory:")
        _fill(db, catalogue, items)
    return FactIndex(db)
