"""Function-like macros: recorded by ingest, turned into trees by codegen, evaluated by the bindings as C does.

The reference for every value is the C preprocessor's own expansion of the
invocation, folded by the frontend's evaluator (whose constants ``verify``
checks against clang): the bindings' function must give the same number, or
refuse exactly where C's result is undefined.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import tempfile
from pathlib import Path

import pytest
import xen_abi_bindings as xab
from xen_abi.codegen.macros import translate_all
from xen_abi.frontend.cexpr import NotConstant
from xen_abi.frontend.layout import LayoutEngine
from xen_abi.frontend.parse import parse
from xen_abi.frontend.preprocess import cpp_command, preprocess
from xen_abi.ir.archs import ARCH_NAMES, get_arch
from xen_abi.ir.model import Config, ConfigABI, Constant, Layout, LayoutKind, Macro, ReleaseABI, TypeEntry, Visibility
from xen_abi.store.catalogue import Catalogue
from xen_abi_bindings import MacroError

from tests.conftest import needs_corpus

ARGUMENTS = (0, 1, 2, 7, 255, 256, 4095, 0x7FFFFFFF, 0x80000000, 0xFFFFFFFF, 0x100000000, 0x500000003, -1, -256)


# -- ingest records them ------------------------------------------------------------------------------------------


def test_ingest_records_parameters_body_and_site(tmp_path: Path) -> None:
    (tmp_path / "xen.h").write_text(
        "#define XEN_A(x) ((x) + 1)\n"
        "#define XEN_GONE(x) x\n"
        "#undef XEN_GONE\n"
        "#define XEN_TWICE(a, b)   ((a)  *  (b))\n"
        "#define XEN_TWICE(a,b) ((a) * (b))\n"
        "#define XEN_NONE() 3\n"
        "#define XEN_OBJ (1)\n"
    )
    pre = preprocess(tmp_path, ["xen.h"], get_arch("x86_64"), Visibility.GUEST, None)
    found = {n: (m.params, m.text, m.file, m.line) for n, m in pre.function_macros.items()}
    assert found == {
        "XEN_A": (("x",), "((x) + 1)", "xen.h", 1),
        "XEN_TWICE": (("a", "b"), "((a) * (b))", "xen.h", 5),  # the last definition, whitespace folded
        "XEN_NONE": ((), "3", "xen.h", 6),
    }
    assert "XEN_OBJ" in pre.macros and "XEN_A" not in pre.macros


def test_catalogue_holds_the_real_macros(catalogue: Catalogue) -> None:
    guest = catalogue.release("4.22.0").configs["x86_64/guest"]
    assert guest.macros["XENMEM_resource_ioreq_server_frame_ioreq"] == Macro(
        "XENMEM_resource_ioreq_server_frame_ioreq", ("n",), "(1 + (n))", "memory.h:675"
    )
    # Per architecture: the x86_32 and x86_64 headers define xen_pfn_to_cr3 differently.
    x86_32 = catalogue.release("4.22.0").configs["x86_32/guest"].macros["xen_pfn_to_cr3"]
    assert x86_32.where.startswith("arch-x86/xen-x86_32.h:") and "(unsigned)" in x86_32.text
    assert "(unsigned long)" in guest.macros["xen_pfn_to_cr3"].text
    # A point release stored as a delta has them too (the parent's, patched).
    assert catalogue.release("4.17.7").configs["x86_64/guest"].macros["XENMEMF_node"].params == ("x",)


# -- codegen makes trees of them ----------------------------------------------------------------------------------


def _config(macros: dict[str, tuple[tuple[str, ...], str]], constants: dict[str, str] | None = None) -> ConfigABI:
    uint32 = TypeEntry("uint32_t", Layout(LayoutKind.TYPEDEF, 4, 4, target="unsigned int"), "<stdint.h>:1")
    ptr = TypeEntry("ptr_t", Layout(LayoutKind.TYPEDEF, 8, 8, target="char *"), "x.h:1")
    enum = TypeEntry("enum e", Layout(LayoutKind.ENUM, 4, 4, enumerators=(("E_A", 5),)), "x.h:1")
    return ConfigABI(
        Config("x86_64", Visibility.GUEST),
        {"uint32_t": uint32, "ptr_t": ptr, "enum e": enum},
        {n: Constant(n, t, None, "x.h:2") for n, t in (constants or {}).items()},
        macros={n: Macro(n, p, t, "x.h:3") for n, (p, t) in macros.items()},
    )


def test_trees_follow_cpp_token_substitution() -> None:
    functions, refused = translate_all(
        _config(
            {
                "BARE": (("x",), "x * 2"),  # unparenthesised: BARE(a + 1) is a + 1 * 2 in C
                "USE": (("a",), "BARE(((a) + 1))"),
                "USE_BARE": (("a",), "BARE(a + 1)"),
                "CAST": (("v",), "((uint32_t)(v) >> ONE)"),
                "SELF": (("x",), "SELF"),
                "ENUM": (("x",), "((x) + E_A + sizeof(enum e))"),
            },
            {"ONE": "(1u)"},
        ),
        get_arch("x86_64"),
    )
    assert functions["USE"].tree == [
        "binary", "*", ["binary", "+", ["arg", 0], ["int", 1, 32, True]], ["int", 2, 32, True]
    ]  # fmt: skip
    assert functions["USE_BARE"].tree == [
        "binary", "+", ["arg", 0], ["binary", "*", ["int", 1, 32, True], ["int", 2, 32, True]]
    ]  # fmt: skip
    assert functions["CAST"].tree == ["binary", ">>", ["cast", 32, False, ["arg", 0]], ["int", 1, 32, False]]
    assert functions["ENUM"].tree == [
        "binary", "+", ["binary", "+", ["arg", 0], ["int", 5, 32, True]], ["int", 4, 64, False]
    ]  # fmt: skip
    assert "SELF" in refused  # cpp does not expand a macro inside itself: SELF is then no integer


@pytest.mark.parametrize(
    ("params", "text", "reason"),
    [
        (("x",), "x ## 1", "pastes or quotes tokens"),
        (("x",), "#x", "pastes or quotes tokens"),
        (("x",), "do { (x)++; } while (0)", "a statement (do ...)"),
        (("x",), "((x)->flags & 3)", "'->'"),
        (("x",), "(sizeof(x) - 1)", "sizeof of an expression"),
        (("x",), "((ptr_t)(x))", "not an integer type"),
        (("x",), "((char *)(x))", "a cast to a pointer"),
        (("x", "..."), "(x)", "variadic"),
        (("x",), "(x) + UNKNOWN", "it uses UNKNOWN"),
        (("x",), "(struct foo *)(x)", "a cast to a pointer"),
        (("x",), "1.5 * (x)", "floating constant"),
        (("x",), "((enum e)(x))", "an enum type"),
        (("x",), "", "an empty body"),
    ],
)
def test_what_is_no_integer_function_is_refused_with_the_reason(
    params: tuple[str, ...], text: str, reason: str
) -> None:
    functions, refused = translate_all(_config({"M": (params, text)}), get_arch("x86_64"))
    assert not functions
    assert reason in refused["M"]


# -- the bindings evaluate them as C does -------------------------------------------------------------------------


def _data(arch: str) -> dict:
    return json.loads((Path(xab.__file__).parent / "data" / f"{arch}.json").read_text())


def _c_values(
    root: Path, release: ReleaseABI, arch_name: str, calls: list[str], visibility: Visibility = Visibility.GUEST
) -> list[int | str]:
    """Each call as cpp expands it in one view of the release, folded by the frontend's evaluator."""
    arch = get_arch(arch_name)
    headers = sorted(str(p.relative_to(root)) for p in root.rglob("*.h"))
    interface_version = release.interface_version
    unusable = release.configs[Config(arch_name, visibility).key].unavailable  # as ingest found them
    pre = preprocess(root, headers, arch, visibility, interface_version, unusable)
    engine = LayoutEngine(parse(pre.text), arch)
    mark = "__xen_abi_call__"
    unit = "".join(f'#include "{h}"\n' for h in pre.headers) + "".join(f"{mark} {c}\n" for c in calls)
    with tempfile.TemporaryDirectory() as alias:
        (Path(alias) / "public").symlink_to(root.resolve(), target_is_directory=True)
        command = cpp_command(arch, visibility, interface_version, root, Path(alias))
        out = subprocess.run([*command, "-"], input=unit, capture_output=True, text=True, check=True, cwd=root)
    expansions = [line[len(mark) :].strip() for line in out.stdout.splitlines() if line.startswith(mark)]
    assert len(expansions) == len(calls)
    values: list[int | str] = []
    for text in expansions:
        try:
            values.append(engine.evaluate(text)[0])
        except NotConstant as exc:
            values.append(f"undefined: {exc}")
    return values


@needs_corpus
@pytest.mark.parametrize("arch", ARCH_NAMES)
def test_every_core_macro_equals_the_c_evaluation(catalogue: Catalogue, corpus: Path, arch: str) -> None:
    b = xab.core(arch)
    data = _data(arch)
    assert b.macros, f"no function-like macro in the {arch} core"
    newest = data["releases"][-1]
    calls: list[tuple[str, tuple[int, ...]]] = []
    for name, function in b.macros.items():
        if data["core_macros"][name][3] is not None:  # gone before the newest release: checked in its own
            continue
        arity = len(function.params)
        picks = [(a,) * arity for a in ARGUMENTS] + list(
            itertools.islice(itertools.product(ARGUMENTS, repeat=arity), 40)
        )
        calls += [(name, args) for args in dict.fromkeys(picks)]
    expected = _c_values(
        corpus / newest, catalogue.release(newest), arch, [f"{n}({', '.join(map(str, a))})" for n, a in calls]
    )
    mismatches = []
    for (name, args), want in zip(calls, expected, strict=True):
        try:
            got: int | str = b.macros[name](*args)
        except MacroError as exc:
            got = f"undefined: {exc}"
        if isinstance(want, str) != isinstance(got, str) or (isinstance(want, int) and want != got):
            mismatches.append(f"{name}{args}: C {want}, bindings {got}")
    assert not mismatches, "\n".join(mismatches[:20])
    assert len(calls) > 100


def test_the_issue_s_example_and_the_ioreq_server_use_it() -> None:
    b = xab.core("x86_64")
    assert b.XENMEM_resource_ioreq_server_frame_ioreq(0) == 1
    assert b.macro("XENMEM_resource_ioreq_server_frame_ioreq")(3) == 4
    assert b.XENMEMF_node(1) == 0x200 and b.XENMEMF_get_node(0) == 0xFF  # (0 >> 8) - 1, masked by 0xffu
    assert b.tag("XENMEMF_node").since is None
    source = (Path(xab.__file__).parent / "ioreq.py").read_text()
    assert 'macro("XENMEM_resource_ioreq_server_frame_ioreq")' in source


def test_data_model_decides_like_c() -> None:
    # xen_pfn_to_cr3: x86_32 casts to unsigned (32-bit, rotated), x86_64 to unsigned long.
    assert xab.core("x86_32").xen_pfn_to_cr3(0xFFFFF123) == 0xFF123FFF
    assert xab.core("x86_64").xen_pfn_to_cr3(0xFFFFF123) == 0xFFFFF123000
    # An argument is typed like the C constant: 0x100000000 is long on LP64, long long on ILP32.
    assert xab.core("x86_64").xen_vcpu_physid_to_x86_acpiid(0x500000003) == 5


def test_calls_are_checked_and_undefined_results_refused() -> None:
    b = xab.core("x86_64")
    f = b.XENMEMF_node
    assert repr(f) == "<macro XENMEMF_node(x) (((x) + 1) << 8)>"
    assert f.where.startswith("memory.h:") and "XENMEMF_node(x)" in (f.__doc__ or "")
    assert str(__import__("inspect").signature(b.XEN_DMOP_PCI_SBDF)) == "(s, b, d, f, /) -> int"
    with pytest.raises(MacroError, match=r"takes 1 argument \(2 given\)"):
        f(1, 2)
    with pytest.raises(MacroError, match="integers, not str"):
        f("1")
    with pytest.raises(MacroError, match="shift count 70 out of range"):
        b.XEN_FLEX_RING_SIZE(59)  # 1UL << (59 + 12 - 1): undefined in C
    with pytest.raises(xab.NameNotFound, match="function-like macro xen-abi cannot evaluate: '->'"):
        b.RING_SIZE  # noqa: B018
    assert "RING_SIZE" in b.unsupported_macros and "XENMEMF_node" not in b.unsupported_macros
    with pytest.raises(xab.NameNotFound, match="did you mean: XENMEMF_node"):
        b.macro("XENMEMF_nod")


@needs_corpus
def test_tools_view_macros_equal_the_c_evaluation(catalogue: Catalogue, corpus: Path) -> None:
    release = xab.RELEASES[-1]
    tools = xab.for_release(release, "x86_64", tools=True)
    assert {"XEN_DOMCTL_GRANT_version", "XENMEMF_node"} <= set(tools.macros)  # tools-only ones, and the guest's
    calls = [(n, (a,) * len(f.params)) for n, f in sorted(tools.macros.items()) for a in ARGUMENTS]
    texts = [f"{n}({', '.join(map(str, a))})" for n, a in calls]
    expected = _c_values(corpus / release, catalogue.release(release), "x86_64", texts, Visibility.TOOLS)
    for (name, args), want in zip(calls, expected, strict=True):
        try:
            got: int | str = tools.macros[name](*args)
        except MacroError as exc:
            got = f"undefined: {exc}"
        assert isinstance(want, str) == isinstance(got, str) and (isinstance(want, str) or want == got), (name, args)
    assert xab.for_release(release, "x86_64").XENMEMF_node(0) == 0x100


# -- the CLI shows them ---------------------------------------------------------------------------------------------


def test_macros_command_and_query_point_at_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    from xen_abi.cli.main import main

    assert main(["macros", "--release", "4.22.0", "--arch", "x86_64"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["visibility"] == "guest"
    assert doc["macros"]["XENMEMF_node"] == {"params": ["x"], "text": "(((x) + 1) << 8)", "where": "memory.h:35"}
    assert main(["macros", "--release", "4.22.0", "--arch", "x86_64", "--format", "table"]) == 0
    assert "XEN_DMOP_PCI_SBDF(s, b, d, f)\t" in capsys.readouterr().out
    assert main(["query", "XENMEMF_node"]) != 0
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "function-like macro (memory.h:35" in err and "xen-abi macros --release" in err


def test_tables_show_a_header_s_control_characters_instead_of_sending_them() -> None:
    from xen_abi.present.configuration import render_constants, render_macros

    abi = _config({"M": (("x",), "(x) \x1b[2J")}, {"C": "1 \x1b]0;title\x07"})
    macros, constants = render_macros("9.9.9", abi, "table"), render_constants("9.9.9", abi, "table")
    assert macros == "M(x)\t(x) \\x1b[2J\tx.h:3\n"
    assert constants == "C\t\t1 \\x1b]0;title\\x07\tx.h:2\n"
