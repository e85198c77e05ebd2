"""Property-based fuzzing (hypothesis) of what takes hostile text: escaping, names, catalogue and suppression readers.

The seeded mutation campaign over real trees is tests/fuzz/campaign.py (quick mode in
.ci/run); here every escaping function is checked against the real reader of its
language (Python's, TOML's, XML's, a C compiler's) on arbitrary text, and every
reader of untrusted documents answers arbitrary JSON or TOML with its one error type.
"""

from __future__ import annotations

import ast
import contextlib
import json
import subprocess
import sys
import tomllib
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from xen_abi.common import escape
from xen_abi.common.errors import CatalogueError, XenAbiError
from xen_abi.common.names import MAX_RELEASE_NAME, release_name_problem
from xen_abi.compare import suppressions
from xen_abi.store import codecs as serialize

REPO = Path(__file__).resolve().parents[1]
FAST = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Text as hostile input has it: any code point, with the ones that end comments and strings made likely.
TOKENS = [
    "*/",
    "/*",
    "??/",
    "]]>",
    '"',
    "'",
    "\\",
    "\n",
    "\r",
    "`",
    "|",
    "<",
    ">",
    "&",
    "#",
    "\u2028",
    "\x00",
    "\udcff",
]
hostile_text = st.lists(st.one_of(st.characters(), st.sampled_from(TOKENS)), max_size=40).map("".join)


@FAST
@given(hostile_text)
def test_python_string_literal_round_trips(text):
    literal = escape.py_string(text)
    assert "\n" not in literal and ast.literal_eval(literal) == text


@FAST
@given(hostile_text)
def test_toml_string_round_trips(text):
    lossless = "".join("\ufffd" if 0xD800 <= ord(c) <= 0xDFFF else c for c in text)  # TOML has no surrogates
    assert tomllib.loads(f"v = {escape.toml_string(text)}\n")["v"] == lossless


@FAST
@given(hostile_text)
def test_c_comment_cannot_end_the_comment_or_the_line(text):
    body = escape.c_comment(text)
    assert "*/" not in f"{body} " and "/*" not in body and "\n" not in body and "??" not in body


@FAST
@given(hostile_text)
def test_rust_doc_stays_on_one_line(text):
    out = escape.rust_doc(text)
    assert "\n" not in out and "\r" not in out and "\u2028" not in out


@FAST
@given(hostile_text)
def test_xml_chars_always_parse(text):
    element = ET.Element("t", name=escape.xml_chars(text))
    element.text = escape.xml_chars(text)
    ET.fromstring(ET.tostring(element, encoding="unicode"))


@FAST
@given(hostile_text)
def test_markdown_cells_stay_in_their_cell(text):
    for out in (escape.md_text(text), escape.md_code(text)):
        assert "\n" not in out and "|" not in out.replace("\\|", "")
    assert "<" not in escape.md_text(text).replace("\\<", "")


@FAST
@given(st.text(max_size=100))
def test_release_names_accepted_are_plain_file_names(name):
    if release_name_problem(name) is None:
        assert "/" not in name and ".." not in name and not name.startswith(".") and len(name) <= MAX_RELEASE_NAME
        assert name.isprintable() and escape.py_string(name) == f'"{name}"'


def test_c_string_compiles_to_the_same_bytes(tmp_path):
    """A batch of hostile strings through gcc: each literal holds exactly the text's UTF-8 bytes."""
    samples = ["plain", 'q"uote', "back\\slash", "new\nline", "tri??/graph", "\x00nul", "é ü 字 😀", "*/ /*", "\t\r"]
    lines = ["#include <stdio.h>", "int main(void) {"]
    for s in samples:
        literal = escape.c_string(s)
        lines.append(f'  printf("%zu:", sizeof({literal}) - 1); fwrite({literal}, 1, sizeof({literal}) - 1, stdout);')
    lines.append("  return 0; }")
    (tmp_path / "t.c").write_text("\n".join(lines) + "\n")
    subprocess.run(
        ["gcc", "-std=c11", "-Werror=trigraphs", "-o", str(tmp_path / "t"), str(tmp_path / "t.c")], check=True
    )
    out = subprocess.run([str(tmp_path / "t")], capture_output=True, check=True).stdout
    expected = b"".join(b"%d:%s" % (len(s.encode()), s.encode()) for s in samples)
    assert out == expected


# -- readers of untrusted documents ---------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-(1 << 70), max_value=1 << 70) | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=20,
)


@FAST
@given(
    st.dictionaries(
        st.sampled_from(["kind", "size", "align", "fields", "enumerators", "target", "packed"]), json_values
    )
)
def test_layout_reader_takes_any_json_or_says_why_not(data):
    try:
        layout = serialize.layout_from_json(data)
    except (KeyError, TypeError, ValueError, IndexError):
        return  # the catalogue reader turns these into one CatalogueError (exit 4)
    assert isinstance(layout.size, int) and layout.size >= 0 and layout.align > 0


@FAST
@given(st.dictionaries(st.sampled_from(["suppress", "x"]), json_values))
def test_suppression_reader_takes_any_document_or_says_why_not(data):
    try:
        suppressions.parse(data, "s.toml")
    except XenAbiError as exc:
        assert str(exc)  # one message, never another exception type


@settings(max_examples=60, deadline=None)
@given(json_values)
def test_catalogue_index_of_any_shape_is_exit_4_or_loads(tmp_path_factory, value):
    from xen_abi.store.catalogue import Catalogue

    cat = tmp_path_factory.mktemp("cat")
    (cat / "index.json").write_text(json.dumps({"schema": "xen-abi-catalogue/1", "releases": value}))
    with contextlib.suppress(CatalogueError):
        Catalogue.load(cat)


@pytest.mark.slow
def test_the_campaign_runs_clean_for_a_few_cases(tmp_path):
    """The campaign script itself works (the real run is .ci/run's quick mode)."""
    proc = subprocess.run(
        [
            sys.executable,
            str(REPO / "tests" / "fuzz" / "campaign.py"),
            "--quick",
            "--budget",
            "5",
            "--json",
            str(tmp_path / "f.json"),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    figures = json.loads((tmp_path / "f.json").read_text())
    assert proc.returncode == 0, proc.stdout[-3000:]
    assert figures["cases"] >= 2 and figures["tracebacks"] == figures["escapes"] == figures["half_written"] == 0
