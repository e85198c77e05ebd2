"""xen-abi diff / check end to end: every report format parsed back, exit statuses, bad input.

The synthetic tree is a real release (4.22.0) with one stable field changed
(``struct evtchn_bind_virq.vcpu``: uint32_t -> int32_t); the comment-only
tree adds a comment and nothing else.  Both are ingested for two arches
only, to keep the file fast.
"""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import needs_corpus
from xen_abi.cli.main import main
from xen_abi.compare.drift import FAIL_ON, SEVERITY_BITS, compare, open_side
from xen_abi.ir.changes import SEVERITIES, Severity
from xen_abi.present.drift_formats import render

ARCHS = ["--arch", "x86_64", "--arch", "arm64"]
FORMATS = ("text", "markdown", "json", "junit", "sarif", "gitlab")
FIELD = "struct evtchn_bind_virq.vcpu"


def _tree(corpus: Path, dest: Path, edit) -> Path:
    shutil.copytree(corpus / "4.22.0", dest)
    path = dest / "event_channel.h"
    text = path.read_text(encoding="utf-8")
    path.write_text(edit(text), encoding="utf-8")
    return dest


def _line_of(tree: Path, needle: str) -> int:
    lines = (tree / "event_channel.h").read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if needle in line)


@pytest.fixture(scope="module")
def changed_tree(corpus: Path, tmp_path_factory) -> Path:
    def edit(text: str) -> str:
        old = "struct evtchn_bind_virq {\n    /* IN parameters. */\n    uint32_t virq; /* enum virq */\n"
        old += "    uint32_t vcpu;"
        assert old in text
        return text.replace(old, old.replace("uint32_t vcpu;", "int32_t vcpu;"))

    return _tree(corpus, tmp_path_factory.mktemp("changed") / "public", edit)


@pytest.fixture(scope="module")
def comment_tree(corpus: Path, tmp_path_factory) -> Path:
    def edit(text: str) -> str:
        return text.replace(
            "struct evtchn_bind_virq {", "/* a comment, and a line more */\n\nstruct evtchn_bind_virq {"
        )

    return _tree(corpus, tmp_path_factory.mktemp("comment") / "public", edit)


@pytest.fixture(scope="module")
def reports(changed_tree: Path, tmp_path_factory) -> tuple[int, dict[str, str]]:
    """One check run writing all six formats: (exit status, {format: text}).

    Run from a directory that does not hold the tree: report locations are then
    relative to the public root (``event_channel.h``).
    """
    out = tmp_path_factory.mktemp("reports")
    argv = ["check", "--baseline", "4.22.0", "--headers", str(changed_tree), *ARCHS, "-o", str(out / "r.txt")]
    for fmt in FORMATS[1:]:
        argv += ["--report", f"{fmt}={out / ('r.' + fmt)}"]
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(out)
        status = main(argv)
    texts = {"text": (out / "r.txt").read_text(encoding="utf-8")}
    texts.update({fmt: (out / f"r.{fmt}").read_text(encoding="utf-8") for fmt in FORMATS[1:]})
    return status, texts


@needs_corpus
def test_a_changed_stable_field_fails_check_with_the_breaking_bit(reports):
    status, _ = reports
    assert status == SEVERITY_BITS[FAIL_ON["breaking"][0]] == 16


@needs_corpus
def test_json_says_exactly_that(reports, changed_tree: Path):
    doc = json.loads(reports[1]["json"])
    assert doc["schema"] == "xen-abi-drift/1" and doc["exit_status"] == 16
    assert doc["summary"] == {
        "breaking": 1,
        "interface-version": 0,
        "compatible": 0,
        "tools-only": 0,
        "cosmetic": 0,
        "suppressed": 0,
        "unused_suppressions": 0,
    }
    [c] = doc["changes"]
    line = _line_of(changed_tree, "struct evtchn_bind_virq {")
    assert c == {
        "kind": "field-type-changed",
        "severity": "breaking",
        "item": FIELD,
        "arch": ["x86_64", "arm64"],
        "visibility": ["guest", "tools"],
        "stability": "stable",
        "hypercall": "event_channel_op",
        "before": "uint32_t",
        "after": "int32_t",
        "where": {"before": f"event_channel.h:{line}", "after": f"event_channel.h:{line}"},
        "interface_macro": None,
        "note": "same size",
        "message": f"{FIELD}: a field's type changed: uint32_t -> int32_t (same size)",
        "fails": True,
    }
    assert doc["old"]["name"] == "4.22.0" and doc["old"]["source"] == "catalogue"
    assert doc["new"]["source"] == "directory" and doc["failing"] == ["breaking", "interface-version"]


@needs_corpus
def test_text_says_exactly_that(reports):
    text = reports[1]["text"]
    assert "summary: 1 breaking, 0 interface-version, 0 compatible, 0 tools-only, 0 cosmetic; 0 suppressed" in text
    assert "exit status 16" in text
    assert text.count("[breaking]") == 1
    assert f"![breaking] field-type-changed: {FIELD}\n      uint32_t\n   -> int32_t" in text
    assert "== hypercall event_channel_op ==" in text
    # the pahole-like listing before and after
    assert re.search(r"  - \s+uint32_t\s+vcpu;\s+/\*\s+4\s+4 \*/", text)
    assert re.search(r"  \+ \s+int32_t\s+vcpu;\s+/\*\s+4\s+4 \*/", text)


@needs_corpus
def test_markdown_says_exactly_that(reports):
    md = reports[1]["markdown"]
    assert "| breaking | 1 | yes |" in md and "| compatible | 0 | no |" in md
    rows = [line for line in md.splitlines() if line.startswith(f"| `{FIELD}`")]
    assert len(rows) == 1
    cells = [c.strip() for c in rows[0].strip("|").split(" | ")]
    assert cells[:6] == [f"`{FIELD}`", "field-type-changed", "`uint32_t`", "`int32_t`", "x86_64 arm64", "guest, tools"]
    assert md.count("```c") == 2  # before and after


@needs_corpus
def test_junit_says_exactly_that(reports):
    root = ET.fromstring(reports[1]["junit"])
    suite = root.find("testsuite")
    assert (suite.get("tests"), suite.get("failures")) == ("1", "1")
    [case] = suite.findall("testcase")
    assert case.get("classname") == "xen-abi.drift.hypercall.event_channel_op"
    assert case.get("name") == f"field-type-changed: {FIELD} [x86_64 arm64; guest tools]"
    failure = case.find("failure")
    assert failure.get("type") == "breaking" and "uint32_t -> int32_t" in failure.get("message")
    props = {p.get("name"): p.get("value") for p in suite.find("properties")}
    assert props["exit_status"] == "16" and props["fail_on"] == "interface-version"


@needs_corpus
def test_sarif_says_exactly_that(reports, changed_tree: Path):
    doc = json.loads(reports[1]["sarif"])
    assert doc["version"] == "2.1.0" and doc["$schema"].endswith("sarif-2.1.0.json")
    [run] = doc["runs"]
    rules = run["tool"]["driver"]["rules"]
    [result] = run["results"]
    assert result["ruleId"] == "field-type-changed" and rules[result["ruleIndex"]]["id"] == "field-type-changed"
    assert result["level"] == "error"
    assert FIELD in result["message"]["text"]
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == "event_channel.h"  # the tree is outside the working directory
    assert loc["region"]["startLine"] == _line_of(changed_tree, "struct evtchn_bind_virq {")
    assert result["properties"]["arch"] == ["x86_64", "arm64"]
    assert len(result["partialFingerprints"]["xenAbiChange/v1"]) == 64


@needs_corpus
def test_locations_are_relative_to_the_working_directory(changed_tree: Path, monkeypatch, capsys):
    # CI runs from the top of the tree: code scanning wants paths from there.
    monkeypatch.chdir(changed_tree.parent.parent)
    main(["check", "--baseline", "4.22.0", "--headers", str(changed_tree), *ARCHS, "--format", "sarif"])
    [result] = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == f"{changed_tree.parent.name}/public/event_channel.h"


@needs_corpus
def test_gitlab_code_quality_says_exactly_that(reports, changed_tree: Path):
    [issue] = json.loads(reports[1]["gitlab"])
    assert issue["check_name"] == "xen-abi/field-type-changed"
    assert issue["severity"] == "critical"
    assert FIELD in issue["description"] and "[breaking]" in issue["description"]
    assert issue["location"] == {
        "path": "event_channel.h",
        "lines": {"begin": _line_of(changed_tree, "struct evtchn_bind_virq {")},
    }
    assert re.fullmatch(r"[0-9a-f]{64}", issue["fingerprint"])


@needs_corpus
def test_a_comment_only_change_passes_in_every_format(comment_tree: Path, tmp_path: Path, capsys):
    argv = ["check", "--baseline", "4.22.0", "--headers", str(comment_tree), *ARCHS, "--format", "json"]
    for fmt in FORMATS:
        argv += ["--report", f"{fmt}={tmp_path / fmt}"]
    assert main(argv) == 0
    assert json.loads(capsys.readouterr().out)["changes"] == []
    assert "no ABI change" in (tmp_path / "text").read_text()
    assert "PASS" in (tmp_path / "markdown").read_text()
    assert ET.fromstring((tmp_path / "junit").read_text()).find("testsuite").get("failures") == "0"
    assert json.loads((tmp_path / "sarif").read_text())["runs"][0]["results"] == []
    assert json.loads((tmp_path / "gitlab").read_text()) == []


@needs_corpus
def test_fail_on_and_suppressions_decide_the_status(changed_tree: Path, tmp_path: Path, capsys):
    base = ["check", "--baseline", "4.22.0", "--headers", str(changed_tree), *ARCHS, "--format", "json"]
    assert main([*base, "--fail-on", "none"]) == 0
    assert main([*base, "--fail-on", "breaking"]) == 16
    supp = tmp_path / "accepted.toml"
    supp.write_text(
        '[[suppress]]\nname = "struct evtchn_bind_virq"\nkind = "field-type-changed"\nreason = "signedness only"\n'
        '[[suppress]]\nname = "struct nothing_here"\nreason = "stale"\n'
    )
    capsys.readouterr()
    assert main([*base, "--suppressions", str(supp)]) == 0
    captured = capsys.readouterr()
    doc = json.loads(captured.out)
    assert doc["changes"] == [] and doc["summary"]["suppressed"] == 1
    assert doc["suppressed"][0]["suppressed_by"] == {"file": str(supp), "line": 1, "reason": "signedness only"}
    assert [u["name"] for u in doc["unused_suppressions"]] == ["struct nothing_here"]
    assert f"{supp}:5: suppression matched nothing" in captured.err


def test_diff_of_two_catalogue_releases_sets_one_bit_per_severity(catalogue, capsys):
    status = main(["diff", "4.21.0", "4.22.0", "--format", "json", "--fail-on", "any"])
    doc = json.loads(capsys.readouterr().out)
    assert all(doc["summary"][s.value] for s in SEVERITY_BITS)  # every severity is found: every bit is set
    expected = 0
    for severity, bit in SEVERITY_BITS.items():
        if doc["summary"][severity.value]:
            expected |= bit
    # Cosmetic shares compatible's bit: the most any report can exit with is 60, never timeout(1)'s 124.
    assert status == doc["exit_status"] == expected == 4 | 8 | 16 | 32 == 60
    assert main(["diff", "4.21.0", "4.22.0", "--fail-on", "compatible", "--format", "json"]) == 4 | 8 | 16


def test_diff_and_check_fail_by_default_on_what_xen_calls_a_failure(catalogue, capsys):
    """The same default --fail-on for both: a log says FAIL for breaking and interface-version findings only."""
    assert main(["diff", "4.21.0", "4.22.0"]) == 8 | 16
    text = capsys.readouterr().out
    assert "FAIL: fails on breaking, interface-version (--fail-on interface-version); exit status 24" in text
    for severity, bits in ((Severity.COMPATIBLE, 4), (Severity.COSMETIC, 4)):
        assert SEVERITY_BITS[severity] == bits
    assert sum(set(SEVERITY_BITS.values())) == 60 < 124


def test_diff_text_lists_breaking_findings_first(catalogue, capsys):
    """4.21 -> 4.22: the three breaking findings open the report, then a section per severity."""
    main(["diff", "4.21.0", "4.22.0"])
    lines = capsys.readouterr().out.splitlines()
    findings = [line for line in lines if line.startswith((" ![", "  ["))]
    order = [line.split("]", 1)[0].split("[", 1)[1] for line in findings]
    ranks = [[s.value for s in SEVERITIES].index(o) for o in order]
    assert ranks == sorted(ranks) and order[:3] == ["breaking"] * 3 and order[3] != "breaking"
    sections = [line for line in lines if line.startswith("=== ")]
    assert sections[0] == "=== breaking: 3 changes ===" and lines.index(sections[0]) < 8
    groups = [line for line in lines[lines.index(sections[0]) : lines.index(sections[1])] if line.startswith("== ")]
    assert groups == ["== header arch-x86/xen-x86_64.h ==", "== header arch-x86/xen.h =="]


def test_report_renderers_are_deterministic(catalogue):
    old, new = open_side("4.14.0"), open_side("4.15.0")
    for fmt in FORMATS:
        assert render(compare(old, new), fmt) == render(compare(old, new), fmt)


# -- bad input ------------------------------------------------------------------------------------


def _run(argv: list[str], capsys) -> tuple[int, str]:
    status = main(argv)
    err = capsys.readouterr().err
    return status, err


def test_unknown_release_lists_the_valid_ones(capsys):
    status, err = _run(["diff", "4.99.0", "4.22.0"], capsys)
    assert status == 3  # error | usage
    assert err.startswith("xen-abi: error: unknown release '4.99.0'; the catalogue has: 4.0.0..4.0.4, 4.1.0..4.1.6")
    assert err.count("\n") == 1


def test_unknown_format_fail_on_and_arch_are_usage_errors(capsys):
    assert _run(["diff", "4.21.0", "4.22.0", "--format", "yaml"], capsys) == (
        3,
        "xen-abi: error: unknown format 'yaml'; valid: text, markdown, json, junit, sarif, gitlab\n",
    )
    status, err = _run(["diff", "4.21.0", "4.22.0", "--fail-on", "often"], capsys)
    assert status == 3 and "valid: none, breaking, interface-version, compatible, any" in err
    status, err = _run(["diff", "4.21.0", "4.22.0", "--arch", "sparc"], capsys)
    assert status == 3 and "unknown architecture 'sparc'" in err


def test_missing_tree_and_corrupt_catalogue_are_errors(tmp_path: Path, capsys):
    status, err = _run(["check", "--baseline", "4.22.0", "--headers", str(tmp_path / "nope")], capsys)
    assert status == 1 and "does not exist" in err
    bad = tmp_path / "cat"
    bad.mkdir()
    (bad / "index.json").write_text("{ not json")
    status, err = _run(["diff", str(bad), "4.22.0"], capsys)
    assert status == 1 and f"{bad / 'index.json'}:1: corrupt JSON" in err
    (bad / "index.json").write_text(json.dumps({"schema": "xen-abi-catalogue/1", "releases": []}))
    status, err = _run(["diff", f"{bad}:4.1.0", "4.22.0"], capsys)
    assert status == 3 and "unknown release '4.1.0'" in err


def test_corrupt_suppression_file_is_an_error_before_any_work(tmp_path: Path, capsys):
    supp = tmp_path / "s.toml"
    supp.write_text('[[suppress]]\nname = "x"\n')
    status, err = _run(["diff", "4.21.0", "4.22.0", "--suppressions", str(supp)], capsys)
    assert (
        status == 1
        and err == f"xen-abi: error: {supp}:1: suppression #1: needs a 'reason' (why this change is accepted)\n"
    )


def test_no_half_written_report_on_error(tmp_path: Path, capsys):
    out = tmp_path / "r.json"
    status, _ = _run(["diff", "4.21.0", "4.99.0", "-o", str(out)], capsys)
    assert status == 3 and not out.exists() and list(tmp_path.iterdir()) == []


@needs_corpus
def test_a_malformed_header_is_one_clear_error(corpus: Path, tmp_path: Path, capsys):
    tree = tmp_path / "public"
    shutil.copytree(corpus / "4.22.0", tree)
    with open(tree / "memory.h", "a", encoding="utf-8") as f:
        f.write("\nstruct broken { int a; ]\n")
    status, err = _run(["check", "--baseline", "4.22.0", "--headers", str(tree), "--arch", "x86_64"], capsys)
    assert status == 1
    assert err.startswith("xen-abi: error: memory.h:") and "memory.h compiles on no configuration" in err
    assert "Traceback" not in err


# -- the kinds of side ----------------------------------------------------------------------------


def test_catalogue_file_and_directory_sides_equal_release_names(catalogue, capsys):
    by_name = main(["diff", "4.21.0", "4.22.0", "--format", "json"])
    expected = json.loads(capsys.readouterr().out)["changes"]
    release_file = str(catalogue.path / "releases" / "4.21.0.json")
    assert main(["diff", release_file, f"{catalogue.path}:4.22.0", "--format", "json"]) == by_name
    assert json.loads(capsys.readouterr().out)["changes"] == expected
    assert main(["diff", str(catalogue.path), "4.22.0"]) == 3
    assert "name one as" in capsys.readouterr().err


@needs_corpus
def test_a_release_tarball_is_a_side(corpus: Path, tmp_path: Path, capsys):
    import tarfile

    tarball = tmp_path / "xen-4.22.0.tar.gz"
    with tarfile.open(tarball, "w:gz") as tar:
        tar.add(corpus / "4.22.0", arcname="xen-4.22.0/xen/include/public")
    assert main(["diff", "4.22.0", str(tarball), "--arch", "x86_64", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["changes"] == [] and doc["new"]["source"] == "tarball" and doc["new"]["name"] == "4.22.0"


def test_the_documentation_lists_every_kind_and_exit_bit():
    from xen_abi.ir.changes import Kind

    doc = (Path(__file__).resolve().parents[1] / "docs" / "drift.md").read_text(encoding="utf-8")
    missing = [k.value for k in Kind if f"`{k.value}`" not in doc]
    assert missing == []
    for bit in (1, 2, *SEVERITY_BITS.values()):
        assert re.search(rf"^\| {bit} \|", doc, re.M), bit
