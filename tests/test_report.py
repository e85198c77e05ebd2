"""The compatibility report (xen_abi.report.site): a small catalogue of our own, then the real one.

The real site is built once per session in memory (gather, build, render);
the committed copy under generated/report must be byte-identical to it.
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from posixpath import dirname, join, normpath
from urllib.parse import unquote, urlsplit

import pytest
from xen_abi import queries
from xen_abi.build import write_catalogue
from xen_abi.common import releases
from xen_abi.common.errors import XenAbiError
from xen_abi.compare.drift import compare, open_side
from xen_abi.compare.history import changes
from xen_abi.ir.model import (
    CallsABI,
    Config,
    ConfigABI,
    Constant,
    Field,
    Hypercall,
    Layout,
    Provenance,
    ReleaseABI,
    SubOp,
    TypeEntry,
    Visibility,
)
from xen_abi.report import render as pages
from xen_abi.report import site as report
from xen_abi.store.catalogue import Catalogue

ROOT = Path(__file__).resolve().parents[1]
COMMITTED = ROOT / "generated" / "report"


# -- reading the generated HTML -------------------------------------------------------------------


class Page(HTMLParser):
    """The links, ids and a few accessibility facts of one HTML page."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[str] = []
        self.ids: set[str] = set()
        self.h1 = 0
        self.lang: str | None = None
        self.label_for: set[str] = set()
        self.controls: list[str] = []  # ids of inputs and selects
        self.header_cells = 0
        self.scoped_header_cells = 0
        self.rows: list[dict[str, str | None]] = []  # attributes of every <tr> with data-name
        self.since: dict[str, dict[str, str]] = {}  # table id -> row name -> {arch: data-since}
        self._table: str | None = None
        self._row: str | None = None
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        for key in ("href", "src"):
            if a.get(key):
                self.links.append(a[key] or "")
        if tag == "html":
            self.lang = a.get("lang")
        elif tag == "h1":
            self.h1 += 1
        elif tag == "label" and a.get("for"):
            self.label_for.add(a["for"] or "")
        elif tag in ("input", "select") and a.get("id"):
            self.controls.append(a["id"] or "")
        elif tag == "th":
            self.header_cells += 1
            self.scoped_header_cells += "scope" in a
        elif tag == "table":
            self._table = a.get("id")
        elif tag == "tr" and "data-name" in a:
            self.rows.append(a)
            self._row = a["data-name"]
        elif tag == "td" and self._table and self._row and "data-arch" in a:
            self.since.setdefault(self._table, {}).setdefault(self._row, {})[a["data-arch"] or ""] = (
                a.get("data-since") or ""
            )


_LINK = re.compile(r'\s(?:href|src)="([^"]*)"')
_ID = re.compile(r'\sid="([^"]*)"')


def broken_links(files: dict[str, str]) -> list[str]:
    """Every link of every HTML page that leaves the site, names no file of it, or no id in the file.

    Our templates always quote attributes with double quotes, so a regular expression reads them
    (an HTML parser takes seconds over the whole site).
    """
    ids = {path: set(_ID.findall(text)) for path, text in files.items() if path.endswith(".html")}
    broken = []
    for path in ids:
        for link in _LINK.findall(files[path]):
            url = urlsplit(html.unescape(link))
            if url.scheme or url.netloc:
                broken.append(f"{path}: external link {link}")
                continue
            target = normpath(join(dirname(path), unquote(url.path))) if url.path else path
            if target not in files:
                broken.append(f"{path}: {link} -> no such file {target}")
            elif url.fragment and target in ids and url.fragment not in ids[target]:
                broken.append(f"{path}: {link} -> no id {url.fragment!r} in {target}")
    return broken


# -- a small catalogue of our own -----------------------------------------------------------------

U32 = Layout("typedef", 4, 4, target="unsigned int")


def record(*names: str) -> Layout:
    return Layout("struct", 4 * len(names), 4, tuple(Field(n, "uint32_t", 4 * i, 4) for i, n in enumerate(names)))


def fixture_release(name: str, foo_arg: tuple[str, ...], foo_do: int, undo: bool) -> ReleaseABI:
    """One release on x86_64 and arm64: a stable hypercall with sub-ops and a tools-only one."""
    r = ReleaseABI(name, Provenance("directory", name, None, None, f"sha256:{name}"), 0x00040000)
    for arch in ("x86_64", "arm64"):
        for vis in (Visibility.GUEST, Visibility.TOOLS):
            config = Config(arch, vis)
            types = {
                "uint32_t": TypeEntry("uint32_t", U32, "stdint.h:1"),
                "struct foo_arg": TypeEntry("struct foo_arg", record(*foo_arg), "foo.h:10"),
            }
            consts = {"__HYPERVISOR_foo_op": Constant("__HYPERVISOR_foo_op", "40", 40, "xen.h:40")}
            hypercalls = {"foo_op": Hypercall("foo_op", 40, "xen.h:40")}
            subops = {"FOO_do": SubOp("FOO_do", "foo_op", foo_do, "foo.h:3", ("struct foo_arg",), True, "fixture")}
            if undo:
                subops["FOO_undo"] = SubOp("FOO_undo", "foo_op", 3, "foo.h:4", (), True, "fixture: takes none")
            if vis is Visibility.TOOLS:
                types["struct bar_ctl"] = TypeEntry("struct bar_ctl", record("domain", "flags"), "bar.h:20")
                consts["__HYPERVISOR_bar_ctl"] = Constant("__HYPERVISOR_bar_ctl", "41", 41, "xen.h:41")
                consts["BAR_INTERFACE_VERSION"] = Constant("BAR_INTERFACE_VERSION", "1", 1, "bar.h:2")
                hypercalls["bar_ctl"] = Hypercall("bar_ctl", 41, "xen.h:41")
                subops["BAR_set"] = SubOp("BAR_set", "bar_ctl", 1, "bar.h:5", ("struct bar_ctl",), True, "fixture")
            for n, s in subops.items():
                consts[n] = Constant(n, str(s.number), s.number, s.where)
            r.configs[config.key] = ConfigABI(config, types, consts, headers=("xen.h", "foo.h"))
            r.calls[config.key] = CallsABI(hypercalls, subops)
    return r


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> tuple[Catalogue, report.Site, dict[str, str], Path]:
    """Three releases: FOO_do's argument grows in 1.1.0 and it is renumbered in 1.2.0; FOO_undo goes in 1.1.0."""
    base = tmp_path_factory.mktemp("small")
    releases = [
        fixture_release("1.0.0", ("a", "b"), 1, undo=True),
        fixture_release("1.1.0", ("a", "b", "c"), 1, undo=False),
        fixture_release("1.2.0", ("a", "b", "c"), 2, undo=False),
    ]
    write_catalogue(releases, base / "catalogue")
    cat = Catalogue.load(base / "catalogue")
    site = report.build(report.gather(cat, jobs=1))
    files = pages.render(site)
    pages.write_site(files, base / "site")
    return cat, site, files, base / "site"


def test_small_matrix_marks_layout_and_number_changes(small) -> None:
    _, site, files, _ = small
    [matrix] = [m for m in site.matrices if m.arch == "x86_64"]
    rows = {r.name: r for g in matrix.groups for r in (g.hypercall, *g.subops)}
    assert [g.hypercall.name for g in matrix.groups] == ["foo_op", "bar_ctl"]  # by hypercall number
    do = rows["FOO_do"]
    assert [(c.first, c.last, c.stability, c.marks) for c in do.cells] == [
        ("1.0.0", "1.0.0", "stable", ()),
        ("1.1.0", "1.1.0", "stable", ("layout",)),
        ("1.2.0", "1.2.0", "stable", ("number",)),
    ]
    assert [(c.first, c.last, c.stability) for c in rows["FOO_undo"].cells] == [
        ("1.0.0", "1.0.0", "stable"),
        ("1.1.0", "1.2.0", "removed"),
    ]
    assert rows["BAR_set"].latest == "tools-only" and not rows["BAR_set"].changed
    html = files["matrix/x86_64.html"]
    assert 'data-name="FOO_do" data-latest="stable" data-changed=""' in html
    assert "layout changed in 1.1" in html and "number changed in 1.2" in html


def test_small_stable_since_is_the_queries_answer(small) -> None:
    cat, site, files, _ = small
    rows = {r.name: {c.arch: c for c in r.cells} for r in site.landing.hypercalls + site.landing.subops}
    assert rows["foo_op"]["x86_64"].since == "1.0.0"
    assert rows["FOO_do"]["arm64"].since == "1.2.0"  # changed layout in 1.1.0, number in 1.2.0
    assert rows["FOO_undo"]["x86_64"].since is None and rows["FOO_undo"]["x86_64"].state == "removed"
    assert rows["bar_ctl"]["x86_64"].since is None and rows["bar_ctl"]["x86_64"].state == "tools-only"
    for first in ("1.0.0", "1.1.0", "1.2.0"):
        answer = queries.stable(cat, arch="x86_64", first=first)
        expected = {i.subop or i.hypercall for i in answer.items}
        shown = {n for n, cells in rows.items() if cells["x86_64"].since and cells["x86_64"].since <= first}
        assert shown == expected, first
        assert landing_answer(files, ["1.0.0", "1.1.0", "1.2.0"].index(first))["x86_64"] == expected, first


def test_small_subop_page_has_field_level_before_after(small) -> None:
    _, site, files, _ = small
    page = next(i for i in site.items if i.kind == "subop" and i.name == "FOO_do")
    events = {(e.release, e.what): e for e in page.events}
    layout = events[("1.1.0", "layout")]
    assert layout.archs == "all" and layout.pair_href == "pairs/1.0.0-to-1.1.0.html"
    kinds = {(d.kind, d.item) for d in layout.deltas}
    assert ("field-added", "struct foo_arg.c") in kinds and ("size-changed", "struct foo_arg") in kinds
    [ba] = layout.layouts
    assert not any(" c;" in line for line, _ in ba.before)
    added = [line for line, changed in ba.after if changed]  # marked for the reader: the new field and the size
    assert re.search(r"uint32_t\s+c;\s+/\*\s+8\s+4 \*/", added[0]) and "size: 12" in added[1] and len(added) == 2
    assert [line for line, changed in ba.before if changed] == ["\t/* size: 8, align: 4, members: 2 */"]
    assert events[("1.2.0", "number")].text == "number 1 → 2"
    assert ("stable since", "1.2 (all), through 1.2") in page.facts
    html = files["subops/FOO_do.html"]
    assert "struct foo_arg.c" in html and "argument layout changed" in html


def test_small_pair_page_counts_and_findings(small) -> None:
    _, site, files, _ = small
    pair = next(p for p in site.pairs if (p.old, p.new) == ("1.0.0", "1.1.0"))
    assert pair.counts["breaking"] >= 2  # struct foo_arg grew; FOO_undo was removed
    items = {f.item.text for f in pair.findings}
    assert {"struct foo_arg", "FOO_undo"} <= items
    # Stable in 1.0.0: foo_op, FOO_do, FOO_undo, struct foo_arg, uint32_t; only foo_op and uint32_t stay the same.
    assert [(s.arch, s.stable, s.unchanged) for s in pair.shares] == [("x86_64", 5, 2), ("arm64", 5, 2)]
    assert pair.total.percent == "40.0%"
    md = files[pair.md_path]
    assert md.count("\n") < report.MARKDOWN_MAX_LINES and "<details>" in md and "`struct foo_arg`" in md


@pytest.fixture(scope="module")
def points(tmp_path_factory: pytest.TempPathFactory) -> tuple[report.Site, dict[str, str]]:
    """A series with point releases: FOO_do's argument grows in 1.0.1 (a backport), which 1.1.0 keeps."""
    base = tmp_path_factory.mktemp("points")
    releases = [
        fixture_release("1.0.0", ("a", "b"), 1, undo=True),
        fixture_release("1.0.1", ("a", "b", "c"), 1, undo=True),
        fixture_release("1.0.2", ("a", "b", "c"), 1, undo=True),
        fixture_release("1.1.0", ("a", "b", "c"), 1, undo=True),
    ]
    write_catalogue(releases, base / "catalogue")
    site = report.build(report.gather(Catalogue.load(base / "catalogue"), jobs=1))
    return site, pages.render(site)


def test_release_graph_and_series_columns() -> None:
    names = ["4.16.0", "4.17.0", "4.17.1", "4.17.2", "4.18.0", "4.18.1", "4.23-unstable", "4.22.0"]
    assert {c: p for c, p in releases.parents(names).items() if p} == {
        "4.17.0": "4.16.0",
        "4.17.1": "4.17.0",
        "4.17.2": "4.17.1",
        "4.18.0": "4.17.0",  # the mainline, not 4.17.2
        "4.18.1": "4.18.0",
        "4.22.0": "4.18.0",
        "4.23-unstable": "4.22.0",
    }
    assert report.series_columns(names) == [
        ("4.16.0", ()),
        ("4.17.0", ("4.17.1", "4.17.2")),
        ("4.18.0", ("4.18.1",)),
        ("4.22.0", ()),
        ("4.23-unstable", ()),
    ]
    assert [report.series_path(r) for r in ("4.17.0", "4.17.2", "4.23-unstable")] == [
        "series/4.17.html",
        "series/4.17.html",
        "series/4.23-unstable.html",
    ]


def test_point_releases_are_grouped_under_their_series(points) -> None:
    site, files = points
    assert [(p.old, p.new) for p in site.pairs] == [("1.0.0", "1.0.1"), ("1.0.1", "1.0.2"), ("1.0.0", "1.1.0")]
    [matrix] = [m for m in site.matrices if m.arch == "x86_64"]
    assert matrix.releases == ("1.0.0", "1.1.0") and matrix.points == (("1.0.1", "1.0.2"), ())
    rows = {r.name: r for g in matrix.groups for r in (g.hypercall, *g.subops)}
    do = rows["FOO_do"]
    # The 1.0 column shows 1.0.0 and is marked for its point release; 1.1.0 has 1.0.1's layout (one epoch on).
    assert [(c.first, c.last, c.marks) for c in do.cells] == [
        ("1.0.0", "1.0.0", ("point",)),
        ("1.1.0", "1.1.0", ("layout",)),
    ]
    assert do.cells[0].title.endswith("in its point releases: 1.0.1: layout changed")
    assert [(c.first, c.last, c.marks) for c in rows["foo_op"].cells] == [("1.0.0", "1.1.0", ())]
    [series, _] = site.landing.series
    assert (series.name, series.path, series.head, series.points) == (
        "1.0",
        "series/1.0.html",
        "1.0.0",
        ("1.0.1", "1.0.2"),
    )
    assert [(p.old, p.new) for p in series.pairs] == [("1.0.0", "1.0.1"), ("1.0.1", "1.0.2")]
    assert [link.text for link, _, _ in site.landing.pairs] == ["1.0 → 1.1"]  # the mainline at a glance
    page = files["series/1.0.html"]
    assert 'href="../pairs/1.0.0-to-1.0.1.html"' in page and "foo_op" in page
    assert 'href="../series/1.0.html">+2<' in files["matrix/x86_64.html"]
    assert broken_links(files) == []
    # The landing page's "since" menu groups the releases by series; option values stay the releases' indexes.
    menu = re.search(r'<select id="since-release">(.*?)</select>', files["index.html"], re.S)
    assert menu is not None
    groups = re.findall(r'<optgroup label="([^"]+)">(.*?)</optgroup>', menu.group(1), re.S)
    assert [(label, re.findall(r'<option value="(\d+)"', body)) for label, body in groups] == [
        ("1.0", ["0", "1", "2"]),
        ("1.1", ["3"]),
    ]


def test_small_site_is_complete_and_self_contained(small) -> None:
    _, _, files, out = small
    assert broken_links(files) == []
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert written == {*files, ".xen-abi-generated"}  # the marker of a directory xen-abi wrote
    assert {"index.html", "index.md", "assets/report.css", "assets/report.js", "types/struct-foo_arg.html"} <= written


def test_output_is_byte_identical_across_runs(small, tmp_path: Path) -> None:
    """Two runs with different hash seeds (set and dict orders) write the same bytes."""
    cat, *_ = small
    trees = []
    for seed in ("1", "2"):
        out = tmp_path / f"run{seed}"
        res = run_cli(
            "--catalogue", str(cat.path), "report", "-o", str(out), "--jobs", "1", env={"PYTHONHASHSEED": seed}
        )
        assert res.returncode == 0, res.stderr
        trees.append({p.relative_to(out).as_posix(): p.read_bytes() for p in out.rglob("*") if p.is_file()})
    assert trees[0] == trees[1] and len(trees[0]) > 10


CSS = ROOT / "abi" / "report" / "templates" / "report.css"
_HEX = r"#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}\b"


def contrast(fg: str, bg: str) -> float:
    """WCAG 2 contrast ratio of two sRGB colours."""

    def luminance(colour: str) -> float:
        h = colour.lstrip("#")
        h = "".join(c * 2 for c in h) if len(h) == 3 else h
        channels = [int(h[i : i + 2], 16) / 255 for i in (0, 2, 4)]
        r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    hi, lo = sorted((luminance(fg), luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_colours_meet_wcag_aa_contrast() -> None:
    """Every text colour on its background in the stylesheet reaches 4.5:1 (WCAG AA for normal text)."""
    css = CSS.read_text()
    names = dict(re.findall(rf"--([\w-]+):\s*({_HEX})", css))

    def value(text: str) -> str:
        var = re.fullmatch(r"var\(--([\w-]+)\)", text)
        return names[var.group(1)] if var else text

    pairs: list[tuple[str, str, str]] = []
    for selector, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css):
        bg = re.search(rf"background:\s*({_HEX}|var\(--[\w-]+\))\s*;", body)
        fg = re.search(rf"(?<![\w-])color:\s*({_HEX}|var\(--[\w-]+\))", body)
        if bg and fg:
            pairs.append((selector.strip(), value(fg.group(1)), value(bg.group(1))))
    # Text whose colour and background come from two rules: badges and severities are white on the solid fills,
    # everything else is the body colour (or muted, or a link) on the light fills.
    for solid in ("stable", "tools", "deprecated", "breaking", "iv", "compatible", "toolsonly", "cosmetic"):
        pairs.append((f"white on --{solid}", "#ffffff", names[solid]))
    for light in [n for n in names if n.endswith("-l")] + ["soft", "bg"]:
        for text in ("fg", "muted", "link"):
            pairs.append((f"--{text} on --{light}", names[text], names[light]))
    assert len(pairs) > 40
    weak = [(what, fg, bg, round(contrast(fg, bg), 2)) for what, fg, bg in pairs if contrast(fg, bg) < 4.5]
    assert weak == []


def test_percent_never_rounds_a_change_away() -> None:
    assert report._percent(9999, 10000) == "99.9%"
    assert report._percent(10, 10) == "100%"
    assert report._percent(0, 0) == "n/a"


# -- writing ---------------------------------------------------------------------------------------


def test_write_site_is_atomic(tmp_path: Path) -> None:
    out = tmp_path / "site"
    pages.write_site({"index.html": "old\n"}, out)
    # "a" is a file, so "a/b" cannot be written: the old site must survive untouched, with no debris.
    with pytest.raises(XenAbiError, match="cannot write"):
        pages.write_site({"a": "x", "a/b": "y"}, out)
    assert (out / "index.html").read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_write_site_refuses_to_replace_other_directories(tmp_path: Path) -> None:
    """-o . by mistake must not swap the working tree for a report."""
    (tmp_path / "precious.c").write_text("int main;\n")
    with pytest.raises(XenAbiError, match="holds files xen-abi did not write"):
        pages.write_site({"index.html": "x\n"}, tmp_path)
    assert (tmp_path / "precious.c").read_text() == "int main;\n"
    pages.write_site({"index.md": "x\n"}, tmp_path / "empty")  # new: fine
    pages.write_site({"index.html": "y\n"}, tmp_path / "empty")  # an earlier report: replaced
    assert sorted(p.name for p in (tmp_path / "empty").iterdir()) == [".xen-abi-generated", "index.html"]


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "xen_abi", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_cli_rejects_unknown_format(tmp_path: Path) -> None:
    res = run_cli("report", "-o", str(tmp_path / "out"), "--format", "html,pdf")
    assert res.returncode == 2
    assert res.stderr.strip() == "xen-abi: error: unknown report format 'pdf'; valid: html, markdown"
    assert not (tmp_path / "out").exists()


def test_cli_rejects_a_file_as_output(small, tmp_path: Path) -> None:
    cat, *_ = small
    target = tmp_path / "taken"
    target.write_text("not a directory\n")
    res = run_cli("--catalogue", str(cat.path), "report", "-o", str(target), "--format", "markdown", "--jobs", "1")
    assert res.returncode == 2  # an output xen-abi refuses (README, Exit status)
    assert res.stderr.strip() == f"xen-abi: error: {target}: exists and is not a directory; refusing to replace it"
    assert "Traceback" not in res.stderr and target.read_text() == "not a directory\n"


def test_cli_needs_two_releases(tmp_path: Path) -> None:
    one = tmp_path / "one"
    write_catalogue([fixture_release("1.0.0", ("a",), 1, undo=False)], one)
    res = run_cli("--catalogue", str(one), "report", "-o", str(tmp_path / "out"))
    assert res.returncode == 2
    assert res.stderr.strip() == "xen-abi: error: a report needs at least two releases; the catalogue has 1.0.0"


def test_cli_markdown_only(small, tmp_path: Path) -> None:
    cat, *_ = small
    res = run_cli("--catalogue", str(cat.path), "report", "-o", str(tmp_path / "md"), "--format", "markdown")
    assert res.returncode == 0, res.stderr
    assert res.stdout == "" and res.stderr.startswith("wrote 3 files (0 HTML pages")  # a summary: stderr, as codegen's
    written = sorted(p.relative_to(tmp_path / "md").as_posix() for p in (tmp_path / "md").rglob("*") if p.is_file())
    assert written == [".xen-abi-generated", "index.md", "pairs/1.0.0-to-1.1.0.md", "pairs/1.1.0-to-1.2.0.md"]


# -- the real catalogue ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def real(catalogue: Catalogue) -> tuple[report.Inputs, report.Site, dict[str, str]]:
    inputs = report.gather(catalogue, jobs=2)
    site = report.build(inputs)
    return inputs, site, pages.render(site)


def test_committed_report_is_fresh(real) -> None:
    """generated/report is what `xen-abi report -o generated/report` writes today, byte for byte."""
    _, _, files = real
    fix = "regenerate it: xen-abi report -o generated/report"
    assert COMMITTED.is_dir(), f"{COMMITTED} is missing; {fix}"
    on_disk = {p.relative_to(COMMITTED).as_posix(): p for p in COMMITTED.rglob("*") if p.is_file()}
    on_disk.pop(".xen-abi-generated")  # the output marker (xen_abi.common.fsio) lists exactly the files
    assert sorted(on_disk) == sorted(files), f"the committed report has other files; {fix}"
    assert (COMMITTED / ".xen-abi-generated").read_text().split() == sorted(files)
    stale = [path for path, text in files.items() if on_disk[path].read_text(encoding="utf-8") != text]
    assert not stale, f"{len(stale)} stale files, e.g. {stale[:5]}; {fix}"


def test_no_machine_paths_or_timestamps(real) -> None:
    _, _, files = real
    pattern = re.compile(r"/(?:tmp|root|home|work)/|\b20\d\d-\d\d-\d\d[T ]\d\d:\d\d")
    assert [p for p, text in files.items() if pattern.search(text)] == []


def test_every_internal_link_resolves(real) -> None:
    _, _, files = real
    assert broken_links(files) == []


def landing_answer(files: dict[str, str], release_index: int) -> dict[str, set[str]]:
    """arch -> the hypercalls and sub-ops the landing page marks usable since a release, read from its HTML."""
    page = Page(files["index.html"])
    out: dict[str, set[str]] = {}
    for table in ("since-hypercalls", "since-subops"):
        for name, cells in page.since[table].items():
            for arch, since in cells.items():
                if since and int(since) <= release_index:
                    out.setdefault(arch, set()).add(name)
    return out


def test_landing_answers_stable_since_on_every_arch(real, catalogue: Catalogue) -> None:
    """The landing page's answer for a release is `xen-abi stable --arch A --from R`, for every arch."""
    inputs, _, files = real
    order = [r.release for r in inputs.releases]
    for since in ("4.15.0", "4.0.0", "4.19.0", "4.17.3", inputs.newest):
        if since not in order:
            continue  # a point release, in a catalogue without them
        shown = landing_answer(files, order.index(since))
        for arch, supported in inputs.history.arch_releases.items():
            if since not in supported:
                continue
            answer = queries.stable(catalogue, arch=arch, first=since)
            expected = {i.subop or i.hypercall for i in answer.items}
            assert shown.get(arch, set()) == expected, (since, arch)
    assert len(landing_answer(files, order.index("4.15.0"))["x86_64"]) > 200


def test_matrix_rows_are_every_call_seen_on_the_arch(real) -> None:
    inputs, site, files = real
    for matrix in site.matrices:
        expected = {
            name
            for (kind, name), item in inputs.history.items.items()
            if kind in ("hypercall", "subop") and any(r.state.present for r in item.runs.get(matrix.arch, ()))
        }
        page = Page(files[report.matrix_path(matrix.arch)])
        names = [r["data-name"] for r in page.rows]
        assert set(names) - expected <= {g.hypercall.name for g in matrix.groups}  # hypercalls shown for context
        assert expected <= set(names) and len(names) == matrix.rows, matrix.arch


def test_matrix_marks_are_the_history_changes(real) -> None:
    """A Δ or # in the x86_64 matrix is where xen_abi.compare.history records a layout or number change in an
    x.y.0, a P where it records any change in a point release of that series."""
    inputs, site, _ = real
    check_matrix_marks(inputs, site)


def check_matrix_marks(inputs: report.Inputs, site: report.Site) -> None:
    [matrix] = [m for m in site.matrices if m.arch == "x86_64"]
    series_of = {p: head for head, points in zip(matrix.releases, matrix.points, strict=True) for p in points}
    checked = 0
    for group in matrix.groups:
        for row in (group.hypercall, *group.subops):
            marks = {(c.first, m) for c in row.cells for m in c.marks if m != "point"}
            history = changes(inputs.history, row.kind, row.name, "x86_64")
            recorded = {(ch.release, ch.what) for ch in history if ch.what in ("layout", "number")}
            in_points = {series_of[ch.release] for ch in history if ch.release in series_of and ch.what != "renamed"}
            if series_of:
                # Against the previous x.y.0, not the previous point release: a backport moves nothing here.
                assert {m for m in recorded if m[0] not in series_of} <= marks, row.name
            else:
                assert marks == recorded, row.name
            assert {c.first for c in row.cells if "point" in c.marks} == in_points, row.name
            checked += bool(marks)
    assert checked > 20


def test_pair_pages_agree_with_the_drift_check(real, catalogue: Catalogue) -> None:
    _, site, files = real
    pair = next(p for p in site.pairs if (p.old, p.new) == ("4.14.0", "4.15.0"))
    drift = compare(open_side("4.14.0", catalogue=catalogue.path), open_side("4.15.0", catalogue=catalogue.path))
    assert pair.counts == drift.counts()
    breaking = sum(1 for c in drift.changes if c.severity.value in ("breaking", "interface-version"))
    assert len(pair.findings) == breaking
    html = files[pair.path]
    assert f"Breaking and interface-version findings ({breaking})" in html


def test_markdown_pair_summaries_fit_a_merge_request(real) -> None:
    _, site, files = real
    for pair in site.pairs:
        md = files[pair.md_path]
        assert md.count("\n") < report.MARKDOWN_MAX_LINES, pair.md_path
        assert md.startswith(f"### Xen ABI {pair.old} → {pair.new}\n")
        if pair.findings:
            assert "<details><summary>Breaking and interface-version findings" in md


def test_pages_are_accessible(real) -> None:
    """One h1, a language, a label for every control, scoped header cells (a sample of every page kind)."""
    _, site, files = real
    sample = ["index.html", "releases.html", "items.html", "matrix/x86_64.html", site.pairs[-1].path]
    sample += [next(i.path for i in site.items if i.kind == k) for k in ("hypercall", "subop", "type")]
    for path in sample:
        page = Page(files[path])
        assert page.lang == "en" and page.h1 == 1, path
        assert set(page.controls) <= page.label_for, path
        assert page.scoped_header_cells == page.header_cells, path


def test_a_subop_page_shows_layouts_per_arch_and_its_timeline(real) -> None:
    _, site, files = real
    page = next(i for i in site.items if i.kind == "subop" and i.name == "XEN_DOMCTL_createdomain")
    [arg] = page.args
    assert arg.name == "struct xen_domctl_createdomain" and arg.href == "types/struct-xen_domctl_createdomain.html"
    covered = {a for listing in arg.listings for a in listing.archs.split()}
    assert covered == {"x86_32", "x86_64", "arm32", "arm64", "riscv64", "ppc64"} or "all" in covered
    layout_events = [e for e in page.events if e.what == "layout"]
    assert layout_events and all(e.deltas and e.layouts for e in layout_events)
    assert any(d.item == "struct xen_domctl_createdomain.vmtrace_size" for e in layout_events for d in e.deltas)
    html = files[page.path]
    assert "<ins>" in html and "vmtrace_size" in html and 'href="../types/struct-xen_domctl_createdomain.html"' in html


def iter_html(files: dict[str, str]) -> Iterator[str]:
    return (p for p in files if p.endswith(".html"))


def test_site_size_stays_reasonable(real) -> None:
    """Pages for every hypercall, sub-op and argument type, and still a few MB for git."""
    _, site, files = real
    kinds = {k: sum(1 for i in site.items if i.kind == k) for k in ("hypercall", "subop", "type")}
    assert kinds["hypercall"] > 40 and kinds["subop"] > 300 and kinds["type"] > 200
    assert sum(len(t.encode()) for t in files.values()) < 25_000_000
