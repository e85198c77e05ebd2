"""Every generated artefact from a catalogue full of hostile text: compiled, imported or parsed, nothing injected.

The catalogue is the committed one (4.21.0 and 4.22.0) with every declaration
site ("where"), hypercall note and constant spelling of 4.22.0 replaced by text
built to break out of a C comment, a Python or Rust string, a TOML value, an
HTML page, a Markdown table or an XML document (issue 14, defects 1-3).
"""

from __future__ import annotations

import html.parser
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
from xen_abi.cli.main import main
from xen_abi.compare import history
from xen_abi.frontend.preprocess import STUB_INCLUDE
from xen_abi.ir.archs import ARCH_NAMES, get_arch
from xen_abi.store.catalogue import Catalogue, ReleaseDocument, write_documents

RELEASES = ("4.21.0", "4.22.0")
# One payload per target language, all at once: whatever the context, one of them is live if not escaped.
PAYLOAD = (
    'fz*/ int INJECTED = 1; /* " + __import__("os").system("touch PWNED") + " \' '
    "<img src=x onerror=alert(1)> <script>alert(2)</script> ]]> `|` **x** [l](javascript:alert(3)) "
    "\\ \x01 \u2028 {{ 7*7 }} \n#define INJECTED_MACRO 1\n```\n<img src=y onerror=alert(4)>\n"
)
_WHERE = re.compile(r"^[\w./-]+\.h:\d+$")


def _hostile(value: Any) -> Any:
    """Every declaration site becomes PAYLOAD + its header: paths, as the issue's directory name was."""
    if isinstance(value, str) and _WHERE.match(value):
        return f"{PAYLOAD}/{value}"
    if isinstance(value, list):
        return [_hostile(v) for v in value]
    if isinstance(value, dict):
        return {k: _hostile(v) for k, v in value.items()}
    return value


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> Path:
    committed = Catalogue.load()
    docs = []
    for name in RELEASES:
        doc = committed.document(name)
        data = json.loads(doc.text)
        if name == RELEASES[-1]:
            data = _hostile(data)
            for entries in data["calls"]["hypercalls"].values():
                for entry in entries:
                    entry[3] = PAYLOAD  # the note a header comment gives a hypercall
            for variants in list(data["constants"].values())[:50]:
                for variant in variants:
                    variant[0] = PAYLOAD  # the constant's spelling, shown by reports
        docs.append(ReleaseDocument(name, doc.tree_hash, json.dumps(data, indent=1, sort_keys=True), doc.layouts))
    out = tmp_path_factory.mktemp("hostile") / "catalogue"
    write_documents(docs, history.dump(history.build([d.to_release() for d in docs])), out)
    return out


def run(hostile: Path, *argv: str) -> None:
    assert main(["--catalogue", str(hostile), *argv]) == 0


def test_payload_reaches_the_catalogue(hostile):
    text = (hostile / "releases" / "4.22.0.json").read_text()
    assert text.count("INJECTED") > 100


# -- C ------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def c_header(hostile, tmp_path_factory) -> str:
    out = tmp_path_factory.mktemp("c") / "c"
    run(hostile, "codegen", "c", "--from", RELEASES[0], "--to", RELEASES[1], "-o", str(out), "-q")
    return (out / "xen_abi_bindings.h").read_text()


@pytest.mark.parametrize("arch", ARCH_NAMES)
def test_c_header_compiles_and_declares_nothing_injected(c_header, arch):
    cindex = pytest.importorskip("clang.cindex")
    assert "INJECTED" in c_header  # the payload is there, as comment text
    args = [
        f"--target={get_arch(arch).clang_target}",
        "-ffreestanding",
        "-nostdinc",
        "-std=c11",
        "-I",
        str(STUB_INCLUDE),
    ]
    tu = cindex.Index.create().parse("use.c", args=args, unsaved_files=[("use.c", c_header)])
    assert [d.spelling for d in tu.diagnostics if d.severity >= cindex.Diagnostic.Error] == []
    names = {c.spelling for c in tu.cursor.get_children()}
    assert not {n for n in names if "INJECTED" in n}
    macros = tu.cursor.translation_unit.get_tokens(extent=tu.cursor.extent)
    assert not [t for t in macros if t.kind == cindex.TokenKind.IDENTIFIER and "INJECTED" in t.spelling]


# -- Python (cffi package) -------------------------------------------------------------------------------


def test_python_bindings_import_without_running_injected_code(hostile, tmp_path):
    pkg = tmp_path / "pkg" / "hostile_bindings"
    run(hostile, "codegen", "cffi", "--from", RELEASES[0], "--to", RELEASES[1], "-o", str(pkg), "-q")
    code = "import hostile_bindings._meta as m; print(m.RELEASES)"
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env={"PYTHONPATH": str(pkg.parent)}, capture_output=True, text=True
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == str(RELEASES)
    assert not (tmp_path / "PWNED").exists()
    for path in pkg.rglob("*.json"):
        json.loads(path.read_text())  # the declaration sites are data there


# -- Rust and TOML ---------------------------------------------------------------------------------------


def test_rust_crate_keeps_the_payload_in_comments(hostile, tmp_path):
    out = tmp_path / "rust"
    run(hostile, "codegen", "rust", "--from", RELEASES[0], "--to", RELEASES[1], "-o", str(out), "-q")
    tomllib.loads((out / "Cargo.toml").read_text())
    seen = 0
    for path in (out / "src").glob("*.rs"):
        for line in path.read_text().splitlines():
            if "INJECTED" in line:
                seen += 1
                assert line.lstrip().startswith(("///", "//!", "//")), line
            assert "\u2028" not in line and "\x01" not in line
    assert seen > 10
    if shutil.which("cargo"):
        check = subprocess.run(["cargo", "check", "--offline", "-q"], cwd=out, capture_output=True, text=True)
        assert check.returncode == 0, check.stderr[-2000:]


# -- HTML and Markdown (report) ----------------------------------------------------------------------------


_CODE_SPAN = re.compile(r"(?<!`)(`+)(?!`)(.*?)(?<!`)\1(?!`)")


_CODE_BLOCK = re.compile(r"^(`{3,})[^\n`]*\n.*?^\1[ \t]*$", re.M | re.S)


def markdown_outside_code(text: str) -> str:
    """Markdown without its code blocks and spans: what a renderer would interpret (HTML included)."""
    return _CODE_SPAN.sub("", _CODE_BLOCK.sub("", text))


class _Tags(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        handlers = [k for k, _ in attrs if k.startswith("on")]
        if tag == "img" or handlers or (tag == "script" and dict(attrs).get("src", "").endswith("report.js") is False):
            self.bad.append(f"<{tag} {attrs}>")


def test_report_pages_escape_every_hostile_string(hostile, tmp_path):
    out = tmp_path / "site"
    run(hostile, "report", "-o", str(out), "-q")
    pages = list(out.rglob("*.html"))
    assert any("&lt;img src=x onerror=alert(1)&gt;" in p.read_text() for p in pages)
    for page in pages:
        parser = _Tags()
        parser.feed(page.read_text())
        assert parser.bad == [], page
    for md in out.rglob("*.md"):
        text = md.read_text()
        assert "INJECTED" in text or md.name == "index.md"
        live = markdown_outside_code(text)
        assert "<img" not in live and "<script" not in live and "\x01" not in text, md


# -- drift reports: Markdown, JUnit XML, SARIF, JSON --------------------------------------------------------


def test_drift_reports_parse_and_carry_the_payload_as_data(hostile, tmp_path):
    outs = {fmt: tmp_path / f"drift.{fmt}" for fmt in ("junit", "sarif", "json", "markdown", "gitlab")}
    argv = ["--catalogue", str(hostile), "diff", *RELEASES, "--format", "text", "--fail-on", "none"]
    argv += [arg for fmt, path in outs.items() for arg in ("--report", f"{fmt}={path}")]
    assert main(argv) == 0
    ET.parse(outs["junit"])
    sarif = json.loads(outs["sarif"].read_text())
    assert any("INJECTED" in json.dumps(r) for r in sarif["runs"][0]["results"])
    json.loads(outs["json"].read_text())
    json.loads(outs["gitlab"].read_text())
    md = outs["markdown"].read_text()
    live = markdown_outside_code(md)
    assert "INJECTED" in md and "<img" not in live and "<script" not in live
    for line in md.splitlines():
        if line.startswith("|"):  # a table row stays one row: escaped pipes, no line break inside
            assert "#define" not in line.split("|")[0]
