"""Point releases in the history: the release graph, per-edge verdicts, and hypervisor facts that are unknown.

The catalogues here are made of real releases of the committed catalogue
under point-release names: "4.17.1" is 4.17.0's ABI without its hypervisor
facts (what a point release looks like: no tables in ../shared), "4.16.1" is
4.17.0's ABI as a point release of 4.16 (a backport of everything 4.17.0
changed).  What each asserts follows from the release graph alone
(docs/drift.md, "Point releases").
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from xen_abi import queries
from xen_abi.analysis.classify import Stability
from xen_abi.build import write_catalogue
from xen_abi.common.releases import edges, is_mainline, parent_of, parents, releases_of_series
from xen_abi.compare import history as hist
from xen_abi.compare.diff import compare_releases
from xen_abi.ir.model import ReleaseABI
from xen_abi.present.drift_history import history as drift_history
from xen_abi.present.queries import render_query
from xen_abi.store.catalogue import Catalogue

MANIFEST_134 = [f"4.{y}.0" for y in range(23)] + [
    "4.23-unstable",
    "4.6.1",
    "4.6.3",
    "4.17.1",
    "4.17.2",
    "4.17.3",
    "4.17.7",
    "4.21.2",
]


def as_point(release: ReleaseABI, name: str) -> ReleaseABI:
    """A release's ABI under another name, without hypervisor facts (a point release has no tables)."""
    return replace(release, release=name, hypervisor=None)


def _catalogue(tmp_path_factory, name: str, releases: list[ReleaseABI]) -> Catalogue:
    path = tmp_path_factory.mktemp(name) / "catalogue"
    write_catalogue(releases, path)
    return Catalogue.load(path)


# -- the release graph ---------------------------------------------------------------------------------


def test_release_graph_chains_points_from_their_x_y_0():
    parent = parents(MANIFEST_134)
    assert parent["4.17.1"] == "4.17.0" and parent["4.17.3"] == "4.17.2" and parent["4.17.7"] == "4.17.3"
    assert parent["4.18.0"] == "4.17.0"  # not 4.17.7: 4.18.0 predates 4.17.3 and lacks its backports
    assert parent["4.6.3"] == "4.6.1"  # 4.6.2 was never tagged
    assert parent["4.23-unstable"] == "4.22.0" and parent["4.0.0"] is None
    assert ("4.17.7", "4.18.0") not in edges(MANIFEST_134)
    assert len(edges(MANIFEST_134)) == len(MANIFEST_134) - 1  # a tree: one root
    assert parent_of("4.17.5", MANIFEST_134) == "4.17.3"
    assert releases_of_series("4.17", MANIFEST_134) == ["4.17.0", "4.17.1", "4.17.2", "4.17.3", "4.17.7"]
    assert is_mainline("4.23-unstable") and is_mainline("4.18.0") and not is_mainline("4.18.1")


# -- a point release without hypervisor facts ------------------------------------------------------------


@pytest.fixture(scope="module")
def unknown_facts(tmp_path_factory, catalogue) -> Catalogue:
    """4.7.0, "4.7.1" (4.7.0 without facts), 4.8.0: vm_assist is not implemented on Arm in 4.7.0, it is in 4.8.0."""
    r470, r480 = catalogue.release("4.7.0"), catalogue.release("4.8.0")
    return _catalogue(tmp_path_factory, "unknown-facts", [r470, as_point(r470, "4.7.1"), r480])


def test_unknown_facts_are_no_change_no_break_no_class_flip(unknown_facts):
    assert compare_releases(unknown_facts.release("4.7.0"), unknown_facts.release("4.7.1")).changes == []
    h = hist.of_catalogue(unknown_facts)
    assert not [b for b in h.breaks if b.after == "4.7.1"]
    for (kind, name), item in h.items.items():
        for arch in item.runs:
            states = h.states(kind, name, arch)
            assert states.get("4.7.1") == states.get("4.7.0"), (kind, name, arch)
    # Implemented -> unknown: the class a guest sees stays the headers' (stable), the facts say "unknown".
    q = queries.query(unknown_facts, "memory_op", arch="x86_64")
    by_release = {e.release: e for e in q.entries}
    assert by_release["4.7.0"].stability is by_release["4.7.1"].stability is Stability.STABLE
    assert by_release["4.7.0"].usability.known and not by_release["4.7.1"].usability.known


def test_unknown_facts_neither_start_nor_end_a_callable_run(unknown_facts, catalogue):
    q = queries.query(unknown_facts, "vm_assist", arch="arm64")
    by_release = {e.release: e for e in q.entries}
    assert by_release["4.7.0"].stability is Stability.NOT_IMPLEMENTED
    # The point release shows the headers' class with the implementation unknown, said so in the text.
    assert by_release["4.7.1"].stability is Stability.STABLE and not by_release["4.7.1"].usability.known
    assert q.since["arm64"] == "4.8.0"  # not "4.7.1": its facts could not say it was callable
    assert "guest types unknown in 1 release(s) without hypervisor tables" in render_query(q, "table")
    stable = {i.subop or i.hypercall: i for i in queries.stable(unknown_facts, arch="arm64", first="4.7.1").items}
    assert stable["vm_assist"].since == "4.8.0"
    # x86_64: the point release drops nothing from the stable set, and no since is the point release.
    with_point = queries.stable(unknown_facts, arch="x86_64", first="4.7.0")
    assert with_point.releases == ("4.7.0", "4.7.1", "4.8.0")
    without = queries.stable(catalogue, arch="x86_64", first="4.7.0", last="4.8.0")
    assert {(i.hypercall, i.subop) for i in with_point.items} == {(i.hypercall, i.subop) for i in without.items}
    assert {i.since for i in with_point.items} <= {"4.7.0", "4.8.0"}


# -- a backport: the same change on a point release and on the next x.y.0 -----------------------------------


@pytest.fixture(scope="module")
def backport(tmp_path_factory, catalogue) -> Catalogue:
    """4.15.0, 4.16.0, "4.16.1" (4.17.0's ABI: every change of 4.17.0 backported), 4.17.0."""
    r = {n: catalogue.release(n) for n in ("4.15.0", "4.16.0", "4.17.0")}
    return _catalogue(
        tmp_path_factory, "backport", [r["4.15.0"], r["4.16.0"], as_point(r["4.17.0"], "4.16.1"), r["4.17.0"]]
    )


def test_breaks_are_per_edge_and_a_backport_shares_the_epoch(backport):
    h = hist.of_catalogue(backport)
    name = "struct xenstore_domain_interface"  # 2072 -> 2076 bytes in 4.17.0 (field "error" added)
    found = sorted({(b.before, b.after, b.severity) for b in h.breaks if b.name == name})
    assert found == [("4.16.0", "4.16.1", "breaking"), ("4.16.0", "4.17.0", "breaking")]
    assert not [b for b in h.breaks if (b.before, b.after) == ("4.16.1", "4.17.0")]  # not an edge
    states = h.states("type", name, "x86_64")
    assert states["4.16.1"] == states["4.17.0"] != states["4.16.0"]
    events = [(e.release, e.what) for e in hist.changes(h, "type", name, "x86_64")]
    assert ("4.16.1", "layout") in events and ("4.17.0", "layout") in events
    rows = queries.abi_breaks(backport, arch="x86_64")
    assert {(r.before, r.after) for r in rows if r.name == name} == {("4.16.0", "4.16.1"), ("4.16.0", "4.17.0")}


def test_stable_range_and_since_count_point_releases_by_version(backport):
    # --from 4.16.1: 4.16.1 and 4.17.0 (every release whose version is >= 4.16.1).
    result = queries.stable(backport, arch="x86_64", first="4.16.1")
    assert result.releases == ("4.16.1", "4.17.0")
    # The drift history compares the graph's edges, not 4.16.1 -> 4.17.0.
    pairs = [(p["old"], p["new"]) for p in drift_history(backport)["pairs"]]
    assert pairs == [("4.15.0", "4.16.0"), ("4.16.0", "4.16.1"), ("4.16.0", "4.17.0")]


# -- the clang sweep finds point releases' trees ----------------------------------------------------------


def test_verify_finds_a_point_release_beside_the_corpus(corpus, tmp_path_factory, catalogue, capsys):
    from xen_abi.cli.main import main
    from xen_abi.frontend.corpus import default_corpora, release_tree

    corpora = default_corpora()
    points = corpus.with_name(corpus.name + "-point")
    if not (points / "4.17.7").is_dir():
        pytest.skip(f"no point releases at {points}")
    assert corpora == [corpus, points]
    assert release_tree(corpora, "4.17.7") == points / "4.17.7"
    assert release_tree(corpora, "4.17.0") == corpus / "4.17.0"
    # A point release's tree differs from its x.y.0's: verify checks it against the document catalogued from it.
    r = catalogue.release("4.17.0")
    point = replace(r, release="4.17.7", provenance=replace(r.provenance, tree_hash="sha256:not-4.17.7"))
    path = tmp_path_factory.mktemp("verify-point") / "catalogue"
    write_catalogue([point], path)
    status = main(["--catalogue", str(path), "verify", "--release", "4.17.7", "--arch", "x86_64"])
    assert status != 0 and "xen-headers-point/4.17.7" in capsys.readouterr().err


# -- the real point releases (once the committed catalogue holds them) ----------------------------------------


def _needs_points(catalogue: Catalogue) -> None:
    if "4.20.1" not in catalogue.releases:
        pytest.skip("the committed catalogue holds no point releases yet")


def test_real_backports_are_breaks_of_their_edges(catalogue):
    """hvm/save.h's LAPIC record grew ``pending_esr`` in 4.21.0 and, backported, in 4.18.5, 4.19.2 and 4.20.1;
    ``dom0_vga_console_info`` grew in 4.13.0 and, backported, in 4.11.3 and 4.12.2 (checked against the headers)."""
    _needs_points(catalogue)
    h = hist.of_catalogue(catalogue)
    assert {(b.before, b.after) for b in h.breaks} <= set(edges(catalogue.releases))
    lapic = {(b.before, b.after) for b in h.breaks if b.name == "struct hvm_hw_lapic" and b.arch == "x86_64"}
    assert lapic == {
        ("4.0.0", "4.1.0"),
        ("4.18.4", "4.18.5"),
        ("4.19.1", "4.19.2"),
        ("4.20.0", "4.20.1"),
        ("4.20.0", "4.21.0"),
    }
    states = h.states("type", "struct hvm_hw_lapic", "x86_64")
    assert states["4.18.5"] == states["4.19.2"] == states["4.20.1"] == states["4.21.0"] != states["4.20.0"]
    vga = {(b.before, b.after) for b in h.breaks if b.name == "struct dom0_vga_console_info" and b.arch == "x86_64"}
    assert {("4.11.2", "4.11.3"), ("4.12.1", "4.12.2"), ("4.12.0", "4.13.0")} <= vga
    # 4.17.0 -> 4.17.7: cosmetic renames and added constants only (docs/drift.md, checked by hand).
    assert not [b for b in h.breaks if b.after.startswith("4.17.") and b.after != "4.17.0"]
