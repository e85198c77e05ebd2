"""``ingest`` without ``-o`` never writes into the installed package (issue 15, point 2).

It writes the user's catalogue in the XDG data directory: the built-in
releases and the user's, which the commands then read (and say so on
stderr).  HOME and XDG_DATA_HOME point into tmp; the "built-in" catalogue is
a small one of our own, so the test does not depend on the committed one's
size.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from xen_abi.cli.main import main
from xen_abi.store import paths
from xen_abi.store.catalogue import Catalogue, write_documents

from tests.conftest import CORPUS, needs_corpus


def _tree_bytes(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def built_in(tmp_path, monkeypatch, catalogue) -> Path:
    """A stand-in for the package's catalogue: two committed releases (their history computed)."""
    from xen_abi.compare import history

    docs = [catalogue.document(r) for r in ("4.21.0", "4.22.0")]
    path = tmp_path / "site-packages" / "catalogue"
    write_documents(docs, history.dump(history.build([d.to_release() for d in docs])), path)
    monkeypatch.setattr(paths, "DEFAULT_PATH", path)
    return path


def test_the_user_catalogue_follows_xdg(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    assert paths.user_catalogue_path() == tmp_path / "home" / ".local" / "share" / "xen-abi" / "catalogue"
    monkeypatch.setenv("XDG_DATA_HOME", "relative/ignored")  # the XDG spec: a relative path is invalid
    assert paths.user_catalogue_path() == tmp_path / "home" / ".local" / "share" / "xen-abi" / "catalogue"
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert paths.user_catalogue_path() == tmp_path / "data" / "xen-abi" / "catalogue"
    assert paths.default_catalogue() == paths.DEFAULT_PATH  # nothing ingested yet: the built-in one


@needs_corpus
@pytest.mark.slow  # two small ingests (x86_64 only) and their histories: ~30 s on an idle machine
def test_ingest_without_output_writes_the_user_catalogue_read_on_top_of_the_built_in(
    tmp_path, monkeypatch, capsys, built_in
):
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    before = _tree_bytes(built_in)
    status = main(["ingest", str(CORPUS / "4.0.0"), "--arch", "x86_64", "--no-cache"])
    out, err = capsys.readouterr()
    assert status == 0, err
    user = tmp_path / "data" / "xen-abi" / "catalogue"
    assert str(user) in err and "the commands now read this catalogue" in err  # the summary goes to stderr
    assert _tree_bytes(built_in) == before  # the installed package is never written

    cat = Catalogue.load(user)
    assert cat.releases == ["4.0.0", "4.21.0", "4.22.0"]  # the user's release added to the built-in ones
    assert json.loads((user / "user.json").read_text())["ingested"] == ["4.0.0"]
    assert set(cat.release("4.0.0").configs) == {"x86_64/guest", "x86_64/tools"}

    # The commands read it without --catalogue, and say so on stderr.
    assert main(["hypercalls", "--release", "4.0.0", "--arch", "x86_64", "--format", "json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["release"] == "4.0.0"
    assert err.startswith("xen-abi: note: reading your catalogue ") and "(4.0.0)" in err
    assert err.count("\n") == 1

    # A user release overrides the built-in one of the same name, and stays when the built-in changes.
    status = main(["ingest", str(CORPUS / "4.0.0"), "--name", "4.22.0", "--arch", "x86_64", "--no-cache", "-q"])
    assert status == 0, capsys.readouterr().err
    cat = Catalogue.load(user)
    assert cat.releases == ["4.0.0", "4.21.0", "4.22.0"]
    assert set(cat.release("4.22.0").configs) == {"x86_64/guest", "x86_64/tools"}
    assert json.loads((user / "user.json").read_text())["ingested"] == ["4.0.0", "4.22.0"]
    (built_in / "index.json").write_text((built_in / "index.json").read_text() + " ")  # a newer tool's catalogue
    assert main(["hypercalls", "--release", "4.21.0", "--arch", "x86_64"]) == 0
    assert "the built-in catalogue has changed since" in capsys.readouterr().err

    # An explicit catalogue is read as given, without a note.
    assert main(["--catalogue", str(built_in), "hypercalls", "--release", "4.21.0", "--arch", "x86_64"]) == 0
    assert capsys.readouterr().err == ""
