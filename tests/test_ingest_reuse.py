"""Ingest's in-process reuse gives exactly what the reference path gives.

The declaration cache (``parse(..., reuse=True)``) against pycparser parsing
the whole unit, on real units of the corpus: the same AST node for node
(header:line:column included), so the same types and layouts; the memo of
identifier-free constant expressions against evaluating each afresh; and the
order in which a pool is given its tasks.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import needs_corpus
from pycparser import c_ast
from xen_abi.common.errors import XenAbiError
from xen_abi.frontend import cexpr
from xen_abi.frontend import ingest as ingest_module
from xen_abi.frontend import parse as P
from xen_abi.frontend.ingest import _batches, _Task, latest_interface_version
from xen_abi.frontend.layout import LayoutEngine
from xen_abi.frontend.preprocess import preprocess
from xen_abi.frontend.source import from_directory
from xen_abi.ir.archs import get_arch
from xen_abi.ir.model import Config, Visibility


def _dump(node: c_ast.Node, out: list[object]) -> list[object]:
    """Every node with its attributes and coordinate, depth first."""
    coord = node.coord
    where = (coord.file, coord.line, coord.column) if coord is not None else None
    out.append((type(node).__name__, [(a, repr(getattr(node, a))) for a in node.attr_names], where))
    for _, child in node.children():
        _dump(child, out)
    out.append(")")
    return out


def _layouts(unit: P.ParsedUnit, arch: str) -> dict[str, object]:
    return {t.name: (t.layout, t.where) for t in LayoutEngine(unit, get_arch(arch)).type_entries()}


class _NoTypes:
    def integer_type(self, spelling: str) -> None:
        return None

    def sizeof(self, spelling: str) -> None:
        return None

    def alignof(self, spelling: str) -> None:
        return None

    def is_type_name(self, identifier: str) -> bool:
        return False


@needs_corpus
@pytest.mark.parametrize(
    ("release", "arch", "visibility"),
    [("4.22.0", "x86_64", Visibility.TOOLS), ("4.22.0", "arm32", Visibility.GUEST), ("4.6.0", "x86_32", None)],
)
def test_declaration_cache_parses_real_units_as_pycparser_does(
    corpus: Path, tmp_path: Path, release: str, arch: str, visibility: Visibility | None
) -> None:
    tree = from_directory(corpus / release)
    root = tree.materialize(tmp_path / "tree")
    headers = sorted(p for p in tree.files if p.endswith(".h"))
    # None: the legacy guest view (interface version 0), whose declarations differ from the latest's.
    interface = latest_interface_version(tree) if visibility else 0
    pre = preprocess(root, headers, get_arch(arch), visibility or Visibility.GUEST, interface)
    reference = P.parse(pre.text, reuse=False)
    P._DECLARATIONS.clear()
    first = P.parse(pre.text)  # every declaration parsed and cached
    again = P.parse(pre.text)  # every declaration from the cache
    assert len(P._DECLARATIONS) > 500
    expected = _dump(reference.ast, [])
    assert _dump(first.ast, []) == expected
    assert _dump(again.ast, []) == expected
    assert first.packed == again.packed == reference.packed
    assert _layouts(again, arch) == _layouts(reference, arch)


def test_declaration_spans_split_only_between_external_declarations() -> None:
    text = (
        '# 1 "a.h"\ntypedef int t; struct s { int a; char c[2]; };\n'
        "static inline int f(int x) { if (x) { return 1; } return 0; }\n"
        "int g(void);\n#pragma pack(1)\nstruct p { char b; };\n"
    )
    chunks = [text[a:b].strip() for a, b in P.declaration_spans(text)]
    assert chunks == [
        '# 1 "a.h"\ntypedef int t;',
        "struct s { int a; char c[2]; };",
        "static inline int f(int x) { if (x) { return 1; } return 0; }",
        "int g(void);",
        "#pragma pack(1)\nstruct p { char b; };",
    ]


def test_declaration_cache_keys_on_the_typedef_names_in_scope() -> None:
    """``T * x;`` is a pointer declaration after ``typedef int T;`` and a syntax error without it."""
    P._DECLARATIONS.clear()
    with_typedef = P.parse('# 1 "a.h"\ntypedef int T;\nT * x;\n')
    decl = with_typedef.ast.ext[1]
    assert isinstance(decl.type, c_ast.PtrDecl) and decl.coord.line == 2
    with pytest.raises(XenAbiError) as reused:
        P.parse('# 1 "a.h"\nint T;\nT * x;\n')
    with pytest.raises(XenAbiError) as reference:
        P.parse('# 1 "a.h"\nint T;\nT * x;\n', reuse=False)
    assert (reused.value.file, reused.value.line, str(reused.value)) == (
        reference.value.file,
        reference.value.line,
        str(reference.value),
    )


def test_a_compound_literal_mistaken_for_a_body_falls_back_to_the_whole_unit() -> None:
    text = '# 1 "a.h"\nstruct s { int a; };\nstruct s *p = &(struct s){ 1 };\nint after;\n'
    assert _dump(P.parse(text).ast, []) == _dump(P.parse(text, reuse=False).ast, [])


@pytest.mark.parametrize("text", ["(1UL << 40)", "~0UL", "(1 << 31) >> 3", "7 / 0", "(-1) % 3", "1 +", "0x7FF0U"])
@pytest.mark.parametrize("long_bits", [32, 64])
def test_folded_constants_equal_a_fresh_evaluation(text: str, long_bits: int) -> None:
    def fresh() -> object:
        try:
            return cexpr._evaluate(text, long_bits, _NoTypes(), {})
        except cexpr.NotConstant as exc:
            return str(exc)

    def memoised() -> object:
        try:
            return cexpr.evaluate(text, long_bits=long_bits, types=_NoTypes())
        except cexpr.NotConstant as exc:
            return str(exc)

    assert memoised() == memoised() == fresh()
    assert (text, long_bits) in cexpr._FOLDED


def test_expressions_with_names_are_not_folded_once_for_all() -> None:
    cexpr._FOLDED.clear()
    value = cexpr.evaluate("A + 1", long_bits=64, types=_NoTypes(), identifiers={"A": (1, cexpr.INT)})
    assert value == (2, cexpr.INT)
    assert cexpr.evaluate("'a'", long_bits=64, types=_NoTypes())[0] == 97
    assert not cexpr._FOLDED


def test_a_worker_gets_one_configuration_of_consecutive_releases() -> None:
    releases = [f"4.17.{n}" for n in range(8)] + ["4.18.0"]
    tasks = [
        _Task(r, "/", (), Config(arch, vis), None, None)
        for r in releases
        for arch in ("x86_64", "arm64")
        for vis in (Visibility.GUEST, Visibility.TOOLS)
    ]
    batches = _batches(tasks, list(range(len(tasks))), jobs=1)
    assert sorted(i for b in batches for i in b) == list(range(len(tasks)))
    for batch in batches:
        assert len({tasks[i].config for i in batch}) == 1
        assert [tasks[i].release for i in batch] == sorted((tasks[i].release for i in batch), key=releases.index)
    # 36 tasks for 2 jobs: runs of at most 2, so that both workers stay busy to the end.
    assert max(len(b) for b in _batches(tasks, list(range(len(tasks))), jobs=2)) == 2


def test_the_cache_key_covers_every_module_a_worker_runs() -> None:
    """A cached configuration is keyed by the code that computed it (``_PIPELINE_FILES``): all of it."""
    code = (
        "import sys\n"
        "import xen_abi.frontend.ingest as i\n"
        "for m in ('hypercalls', 'layout', 'constants', 'preprocess', 'parse', 'cexpr'):\n"
        "    __import__('xen_abi.frontend.' + m)\n"
        "print('\\n'.join(m.__file__ for n, m in sys.modules.items() if n.startswith('xen_abi.') and m.__file__))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    root = Path(ingest_module.__file__).resolve().parents[1]
    loaded = {Path(f).resolve().relative_to(root).as_posix() for f in out.split()}
    # Packages' __init__ say what they hold; these run in the parent (or run the pool), on no cached result.
    parent_only = {
        "frontend/source.py",
        "frontend/hypervisor.py",
        "frontend/corpus.py",
        "common/fsio.py",
        "common/workers.py",
    }
    worker = {f for f in loaded if not f.endswith("__init__.py")} - parent_only
    assert worker <= set(ingest_module._PIPELINE_FILES), worker - set(ingest_module._PIPELINE_FILES)
