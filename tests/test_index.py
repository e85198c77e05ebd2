"""The catalogue's fact index (xen_abi.store.index): never stale, built in memory when the cache is unwritable,
rebuilt when corrupt, and answering as loading every release does."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from xen_abi import queries
from xen_abi.cli.main import main
from xen_abi.common.errors import UsageError
from xen_abi.store import index
from xen_abi.store.catalogue import DEFAULT_PATH, Catalogue

PROBE = "XEN_INDEX_FRESHNESS_PROBE"


@pytest.fixture
def copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    path = tmp_path / "catalogue"
    shutil.copytree(DEFAULT_PATH, path)
    return path


def _add_constant(path: Path, name: str) -> None:
    """A new constant in the newest release's document, as an ingest of a changed header would write it."""
    newest = json.loads((path / "index.json").read_text())["releases"][-1]
    doc = path / newest["file"]
    data = json.loads(doc.read_text())
    assert "parent" not in data, "the probe edits a whole document"
    data["constants"][name] = [["1", 1, "xen.h:1", "*"]]
    doc.write_text(json.dumps(data))


def test_a_changed_catalogue_is_never_answered_from_the_old_index(copy: Path) -> None:
    with pytest.raises(UsageError, match="nothing named"):
        queries.resolve_name(Catalogue.load(copy), PROBE)
    assert len(list(index.cache_dir().glob("*.sqlite"))) == 1
    _add_constant(copy, PROBE)
    catalogue = Catalogue.load(copy)
    assert queries.resolve_name(catalogue, PROBE) == ("constant", PROBE)
    assert PROBE in catalogue.release(catalogue.releases[-1]).configs["x86_64/tools"].constants
    assert len(list(index.cache_dir().glob("*.sqlite"))) == 2


def test_a_remembered_answer_changes_with_the_catalogue(copy: Path) -> None:
    name = "XEN_DOMCTL_INTERFACE_VERSION"
    before = queries.query(Catalogue.load(copy), name, arch="x86_64")
    newest = json.loads((copy / "index.json").read_text())["releases"][-1]
    doc = copy / newest["file"]
    data = json.loads(doc.read_text())
    data["constants"][name] = [[text, 0xDEAD, where, cfgs] for text, _, where, cfgs in data["constants"][name]]
    doc.write_text(json.dumps(data))
    after = queries.query(Catalogue.load(copy), name, arch="x86_64")
    assert before.entries[:-1] == after.entries[:-1]
    assert before.entries[-1].number != 0xDEAD
    assert after.entries[-1].number == 0xDEAD


def test_an_unwritable_cache_gives_an_index_in_memory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-directory"
    blocker.write_text("")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert queries.resolve_name(Catalogue.load(), "dm_op") == ("hypercall", "dm_op")
    assert blocker.read_text() == ""


def test_a_corrupt_index_is_rebuilt(copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    queries.resolve_name(Catalogue.load(copy), "dm_op")
    (file,) = index.cache_dir().glob("*.sqlite")
    file.write_bytes(b"SQLite format 3\0" + b"\xff" * 5000)
    assert main(["--catalogue", str(copy), "query", "XEN_DMOP_create_ioreq"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("xen-abi: error: nothing named")
    assert "did you mean: XEN_DMOP_create_ioreq_server" in err
    with sqlite3.connect(file) as db:
        assert db.execute("SELECT count(*) FROM names WHERE name = 'dm_op'").fetchone() == (1,)


def test_an_answer_is_remembered_and_a_damaged_one_computed_again(copy: Path) -> None:
    question = repr(("abi-breaks", "x86_64", False, None, None))
    first = queries.abi_breaks(Catalogue.load(copy), arch="x86_64")
    (file,) = index.cache_dir().glob("*.sqlite")
    with sqlite3.connect(file) as db:
        assert db.execute("SELECT count(*) FROM answers WHERE question = ?", (question,)).fetchone() == (1,)
    assert queries.abi_breaks(Catalogue.load(copy), arch="x86_64") == first
    with sqlite3.connect(file) as db:
        db.execute("UPDATE answers SET answer = ? WHERE question = ?", (b"\x80\x05garbage", question))
    assert queries.abi_breaks(Catalogue.load(copy), arch="x86_64") == first
    with pytest.raises(UsageError, match="unknown hypercall"):
        queries.stable(Catalogue.load(copy), hypercalls=["no_such_op"])
    with sqlite3.connect(file) as db:  # a failed question is not remembered
        assert db.execute("SELECT count(*) FROM answers WHERE question LIKE '%no_such_op%'").fetchone() == (0,)


@pytest.mark.slow
def test_the_index_knows_every_name_the_releases_have(catalogue: Catalogue) -> None:
    names = queries._all_names(catalogue)
    constants = set()
    for r in catalogue.releases:
        release = catalogue.release(r)
        for abi in release.configs.values():
            constants.update(abi.constants)
        for view in release.legacy.values():
            constants.update(view.constants)
    assert names["constant"] == constants
    history = queries.of_catalogue(catalogue)
    assert {(k, n) for k in queries.QUERY_KINDS if k != "constant" for n in names[k]} == {
        (k, n) for k, n in history.items if k != "constant"
    }
