"""The catalogue's on-disk form (schema 2): one entry a line, point releases as deltas against their parent.

The point releases here are made from the committed 4.17.0 by editing its
document (a type moved, a constant gone, a sub-op added, ...), so every
path of the delta and of building a release on its parent's model is
exercised without an ingest.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from xen_abi.cli.main import main
from xen_abi.common.errors import CatalogueError
from xen_abi.store import delta
from xen_abi.store.catalogue import (
    SCHEMA,
    Catalogue,
    ReleaseDocument,
    catalogue_files,
    parent_of,
    release_from_json,
    write_documents,
)


def _edited(base: ReleaseDocument, release: str, edit) -> ReleaseDocument:
    data = json.loads(base.text)
    data["release"] = release
    data["provenance"]["tree_hash"] = f"sha256:{release}"
    data["hypervisor"] = None  # a point release has no hypervisor tables: its facts are unknown
    edit(data)
    return ReleaseDocument(release, f"sha256:{release}", delta.dump(data), base.layouts)


def _move_type(data: dict) -> None:
    rows = data["types"]["struct xen_dm_op"]
    rows[0][1] = "hvm/dm_op.h:999"


def _drop_constant_add_subop(data: dict) -> None:
    del data["constants"][next(iter(data["constants"]))]
    data["constants"]["XEN_NEW_CONSTANT"] = [["1", 1, "xen.h:1", "*"]]
    op = data["calls"]["subops"]["XEN_DMOP_create_ioreq_server"][0]
    data["calls"]["subops"]["AAA_NEW_OP"] = [["dm_op", 99, "hvm/dm_op.h:1", [], True, "none", None, None, "*"]]
    op[2] = "hvm/dm_op.h:49"
    data["types"]["struct aaa_new"] = [[data["types"]["struct xen_dm_op"][0][0], "xen.h:2", "x86_64/guest"]]


def _change_configs(data: dict) -> None:
    key = next(iter(data["configs"]))
    data["configs"][key]["headers"] = data["configs"][key]["headers"][:-1]


@pytest.fixture(scope="module")
def documents(catalogue: Catalogue) -> list[ReleaseDocument]:
    base = catalogue.document("4.17.0")
    return [
        base,
        _edited(base, "4.17.1", _move_type),
        _edited(base, "4.17.2", lambda d: (_move_type(d), _drop_constant_add_subop(d))),
        _edited(base, "4.17.3", lambda d: (_drop_constant_add_subop(d), _change_configs(d))),
    ]


@pytest.fixture(scope="module")
def written(documents, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("store") / "catalogue"
    write_documents(documents, "{}\n", out)
    return out


def test_point_releases_are_stored_as_deltas_against_their_predecessor(written):
    index = json.loads((written / "index.json").read_text())
    assert index["schema"] == SCHEMA
    assert [(r["release"], r.get("parent")) for r in index["releases"]] == [
        ("4.17.0", None),
        ("4.17.1", "4.17.0"),
        ("4.17.2", "4.17.1"),
        ("4.17.3", "4.17.2"),
    ]
    whole = (written / "releases" / "4.17.0.json").stat().st_size
    moved = (written / "releases" / "4.17.1.json").read_text()
    assert len(moved) < whole / 50
    # One changed line for the changed entry: what git diff of the committed catalogue shows.
    assert '  "struct xen_dm_op": [["46aef1aaace26dc2","hvm/dm_op.h:999",' in moved


def test_round_trip_every_release_is_its_document(written, documents):
    cat = Catalogue.load(written)
    for doc in documents:
        assert cat.document(doc.release).text == doc.text
        assert cat.release(doc.release) == doc.to_release()


def test_a_release_built_on_its_parent_equals_a_whole_decode_down_to_table_order(written, documents):
    cat = Catalogue.load(written)
    for doc in documents:
        built = cat.release(doc.release)
        whole = release_from_json(json.loads(doc.text), doc.layouts, f"releases/{doc.release}.json")
        for key, cfg in whole.configs.items():
            assert list(built.configs[key].types) == list(cfg.types)
            assert list(built.configs[key].constants) == list(cfg.constants)
            assert list(built.calls[key].subops) == list(whole.calls[key].subops)
    assert "XEN_NEW_CONSTANT" in cat.release("4.17.2").configs["x86_64/guest"].constants
    assert "XEN_NEW_CONSTANT" not in cat.release("4.17.1").configs["x86_64/guest"].constants


def test_writing_twice_gives_the_same_bytes(documents, written):
    again = catalogue_files(list(reversed(documents)), "{}\n")
    for rel, text in again.items():
        assert (written / rel).read_text() == text, rel


def test_parent_is_the_predecessor_of_the_series_in_the_catalogue():
    assert parent_of("4.17.7", ["4.16.0", "4.17.0", "4.17.5", "4.17.6"]) == "4.17.6"
    assert parent_of("4.17.7", ["4.17.0"]) == "4.17.0"
    assert parent_of("4.17.7", ["4.16.4"]) is None  # no release of its series: stored whole
    assert parent_of("4.18.0", ["4.17.7"]) is None
    assert parent_of("4.23-unstable", ["4.22.0"]) is None


def test_delta_apply_leaves_the_parent_untouched_and_handles_shape_changes():
    parent = {"a": {"x": {"p": 1}, "y": 2}, "b": None, "c": {"k": [1]}}
    child = {"a": {"x": {}, "z": 3}, "b": {"n": {"m": 1}}, "c": 5}
    frozen = json.dumps(parent, sort_keys=True)
    change = delta.diff(parent, child)
    assert delta.apply(parent, change) == child
    assert json.dumps(parent, sort_keys=True) == frozen
    assert list(delta.apply({"a": {"b": 1, "d": 1}}, {"set": {"a": {"c": 1}}, "unset": []})["a"]) == ["b", "c", "d"]


def _corrupt(written: Path, tmp_path: Path, rel: str, text: str) -> Path:
    import shutil

    bad = tmp_path / "bad"
    shutil.copytree(written, bad)
    (bad / rel).write_text(text)
    return bad


@pytest.mark.parametrize(
    ("rel", "edit", "message"),
    [
        (
            "releases/4.17.2.json",
            lambda t: t.replace('"unset": [', '"unset": [["nowhere","x"],'),
            "corrupt catalogue delta",
        ),
        ("releases/4.17.2.json", lambda t: t.replace('"set": {', '"set": 7, "x": {'), "corrupt catalogue delta"),
        ("releases/4.17.2.json", lambda t: t.replace('"parent": "4.17.1"', '"parent": "4.17.0"'), "parent is not"),
        ("releases/4.17.2.json", lambda t: t[: len(t) // 2], "corrupt JSON"),
        ("index.json", lambda t: t.replace('"parent": "4.17.0"', '"parent": "4.17.3"'), "is not before it"),
        ("layouts.json", lambda t: t.replace('"kind"', '"kin"', 1), "corrupt catalogue document"),
    ],
)
def test_a_corrupt_catalogue_is_one_line_naming_the_file(written, tmp_path, capsys, rel, edit, message):
    bad = _corrupt(written, tmp_path, rel, edit((written / rel).read_text()))
    with pytest.raises(CatalogueError) as err:
        cat = Catalogue.load(bad)
        for r in cat.releases:
            cat.release(r)
    assert message in str(err.value)
    assert err.value.file is not None and str(bad) in err.value.file
    status = main(["--catalogue", str(bad), "hypercalls", "--release", "4.17.3"])
    captured = capsys.readouterr()
    assert status == 4
    assert captured.err.startswith("xen-abi: error: ") and captured.err.count("\n") == 1
    assert "Traceback" not in captured.err


# -- catalogue-diff: what changed between two catalogue versions ------------------------------------


def test_catalogue_diff_names_releases_and_entries(written, documents, tmp_path, capsys):
    changed = _edited(documents[0], "4.17.2", lambda d: (_move_type(d), _drop_constant_add_subop(d), _sub(d)))
    newer = [documents[0], documents[1], changed, _edited(documents[0], "4.17.5", _move_type)]
    out = tmp_path / "newer"
    write_documents(newer, "{}\n", out)

    assert main(["catalogue-diff", str(written), str(written)]) == 0
    assert capsys.readouterr().out == "the catalogues hold the same releases and entries\n"

    assert main(["catalogue-diff", str(written), str(out)]) == 1  # as diff(1): they differ
    text = capsys.readouterr().out
    assert text.splitlines() == [
        "+ release 4.17.5",
        "- release 4.17.3",
        "~ release 4.17.2: 0 added, 1 removed, 0 changed",
        "  - constants/XEN_NEW_CONSTANT",
    ]
    assert main(["catalogue-diff", str(written), str(out), "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["releases_changed"] == {
        "4.17.2": {"added": [], "changed": [], "removed": ["constants/XEN_NEW_CONSTANT"]}
    }
    assert doc["history_changed"] is False


def _sub(data: dict) -> None:
    del data["constants"]["XEN_NEW_CONSTANT"]


def test_catalogue_diff_of_a_broken_catalogue_is_one_line(written, tmp_path, capsys):
    assert main(["catalogue-diff", str(written), str(tmp_path / "none")]) == 4
    err = capsys.readouterr().err
    assert err.startswith("xen-abi: error: ") and "no catalogue here" in err
