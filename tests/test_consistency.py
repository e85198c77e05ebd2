"""One verdict everywhere: the committed history read through every consumer, pair by pair.

For every edge of the committed catalogue's release graph (a release and its
parent: x.y.0 to the next x.y.0, a point release from its predecessor), what
``diff`` found (``generated/history/summary.json``, written by
``drift-history``), ``history.json``, ``abi-breaks``, the report's pair pages
(``generated/report/pairs/*.md``) and the bindings' stable core
(``generated/xen_abi_bindings/data/*.json``) must tell the same story.  Each is
read as committed; their freshness is checked elsewhere (``.ci/run``,
``test_diff.test_history_is_fresh``).
"""

from __future__ import annotations

import html
import json
import re
from collections import defaultdict
from pathlib import Path

import pytest
from xen_abi.cli.main import main
from xen_abi.common.releases import edges

ROOT = Path(__file__).resolve().parents[1]
SUMMARY = ROOT / "generated" / "history" / "summary.json"
HISTORY = ROOT / "abi" / "data" / "catalogue" / "history.json"
PAIRS = ROOT / "generated" / "report" / "pairs"
BINDINGS = ROOT / "generated" / "xen_abi_bindings" / "data"


@pytest.fixture(scope="module")
def summary() -> dict:
    return json.loads(SUMMARY.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def history() -> dict:
    return json.loads(HISTORY.read_text(encoding="utf-8"))


def _subject(kind: str, item: str, items: set[str]) -> str | None:
    """The history item (``kind:name``) a diff finding is about, or None for what the history does not track."""
    if kind.startswith("hypercall-"):
        return "hypercall:" + item.removeprefix("__HYPERVISOR_")
    if kind.startswith("subop-"):
        return f"subop:{item}"
    if kind.startswith("enumerator-") or (kind == "limit-raised" and "." in item):
        return "enumerator:" + item.rsplit(".", 1)[1]
    hypercall = item.removeprefix("__HYPERVISOR_")
    for candidate in (f"type:{item.split('.', 1)[0]}", f"subop:{item}", f"hypercall:{hypercall}"):
        if candidate in items:
            return candidate
    return None


def _history_breaks(history: dict, severities: set[str]) -> dict[tuple[str, str], set[tuple[str, str]]]:
    """(old, new) -> {(item, arch)} of the history's changes of stable items with those severities."""
    out: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for b in history["breaks"]:
        if b["severity"] in severities:
            out[(b["before"], b["after"])].add((f"{b['kind']}:{b['name']}", b["arch"]))
    return out


def test_every_pair_is_covered(summary, history):
    releases = history["releases"]
    assert [(p["old"], p["new"]) for p in summary["pairs"]] == edges(releases)


def test_diff_and_history_agree_on_every_break(summary, history):
    items = set(history["items"])
    from_history = _history_breaks(history, {"breaking"})
    for pair in summary["pairs"]:
        from_diff = {
            (subject, arch)
            for f in pair["findings"]
            if f["severity"] == "breaking" and (subject := _subject(f["kind"], f["item"], items)) is not None
            for arch in f["arch"]
        }
        key = (pair["old"], pair["new"])
        assert from_diff == from_history.get(key, set()), key


def test_abi_breaks_is_the_history(history, capsys):
    for compatible, severities in ((False, {"breaking"}), (True, {"breaking", "compatible"})):
        assert main(["abi-breaks", "--format", "json"] + (["--compatible"] if compatible else [])) == 0
        rows = json.loads(capsys.readouterr().out)["breaks"]
        listed: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
        for r in rows:
            assert r["severity"] in severities
            for arch in r["archs"]:
                listed[(r["before"], r["after"])].add((f"{r['kind']}:{r['name']}", arch))
        assert listed == _history_breaks(history, severities)


_ROW = re.compile(
    r'<tr><td><span class="sev s-(breaking|interface-version)">[^<]*</span></td><td>.*?</td>'
    r"<td><code>(?:<a [^>]*>)?([^<]*)(?:</a>)?</code></td><td>([a-z-]+)(?:<br>|</td>)"
)
_COUNT = re.compile(r"^\| (breaking|interface-version|compatible|tools-only|cosmetic) \| (\d+) \|")


def test_the_report_pair_pages_are_the_diff(summary):
    for pair in summary["pairs"]:
        stem = f"{pair['old']}-to-{pair['new']}"
        summary_md = (PAIRS / f"{stem}.md").read_text(encoding="utf-8")
        counts = {m.group(1): int(m.group(2)) for line in summary_md.splitlines() if (m := _COUNT.match(line))}
        assert counts == {k: v for k, v in pair["counts"].items() if k in counts}, pair["new"]
        assert {k for k, v in pair["counts"].items() if v} <= set(counts), pair["new"]
        page = (PAIRS / f"{stem}.html").read_text(encoding="utf-8")
        rows = {(m.group(1), html.unescape(m.group(2)), m.group(3)) for m in _ROW.finditer(page)}
        findings = {
            (f["severity"], f["item"], f["kind"])
            for f in pair["findings"]
            if f["severity"] in ("breaking", "interface-version")
        }
        assert rows == findings, pair["new"]


def test_the_bindings_core_has_no_change(history):
    """A core type is one declaration for its whole span: no change of the engine's touches it there."""
    order = history["releases"]
    checked = 0
    for data in sorted(BINDINGS.glob("*.json")):
        doc = json.loads(data.read_text(encoding="utf-8"))
        arch, releases = doc["arch"], doc["releases"]
        for name, _variant, since, until in doc["core"]:
            first = order.index(since or releases[0])
            last = order.index(until or releases[-1])
            item = history["items"].get(f"type:{name}")
            assert item is not None, name
            for archs, rows in item.get("changes", {}).items():
                if arch not in archs.split():
                    continue
                for before, after, kind, severity, member, _old, _new in rows:
                    inside = first <= order.index(before) and order.index(after) <= last
                    assert not inside, (arch, name, after, kind, member, severity)
            checked += 1
    assert checked > 1000
