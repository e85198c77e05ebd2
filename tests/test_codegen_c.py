"""``xen-abi codegen c``: the header compiles, with every _Static_assert holding, for every architecture."""

from __future__ import annotations

from pathlib import Path

import pytest
from xen_abi.cli.main import main
from xen_abi.common.errors import EXIT_USAGE
from xen_abi.frontend.preprocess import STUB_INCLUDE
from xen_abi.ir.archs import ARCH_NAMES, get_arch
from xen_abi.store.catalogue import Catalogue

REPO = Path(__file__).resolve().parents[1]
COMMITTED = REPO / "generated" / "c" / "xen_abi_bindings.h"

cindex = pytest.importorskip("clang.cindex")


def compile_errors(source: str, arch: str) -> list[str]:
    args = [
        f"--target={get_arch(arch).clang_target}",
        "-ffreestanding",
        "-nostdinc",
        "-std=c11",
        "-I",
        str(STUB_INCLUDE),
    ]
    tu = cindex.Index.create().parse("use.c", args=args, unsaved_files=[("use.c", source)])
    return [f"{d.location.line}: {d.spelling}" for d in tu.diagnostics if d.severity >= cindex.Diagnostic.Error]


@pytest.fixture(scope="module")
def header_text() -> str:
    return COMMITTED.read_text()


def test_committed_header_is_fresh(tmp_path: Path, header_text: str) -> None:
    assert main(["codegen", "c", "-q", "-o", str(tmp_path / "c")]) == 0
    assert (tmp_path / "c" / "xen_abi_bindings.h").read_text() == header_text, (
        "stale: run xen-abi codegen c -o generated/c"
    )


@pytest.mark.parametrize("arch", ARCH_NAMES)
def test_header_compiles_with_every_layout_check_on_each_target(header_text: str, arch: str) -> None:
    assert compile_errors(header_text, arch) == []


def test_a_wrong_layout_fails_to_compile(header_text: str) -> None:
    check = "_Static_assert(sizeof(struct xen_dm_op) == 32"
    assert check in header_text
    broken = header_text.replace(check, "_Static_assert(sizeof(struct xen_dm_op) == 40", 1)
    errors = compile_errors(broken, "x86_32")
    assert len(errors) == 1 and "size of struct xen_dm_op" in errors[0]


def test_header_holds_the_stable_core_and_its_constants(catalogue: Catalogue, header_text: str) -> None:
    value = catalogue.release("4.22.0").configs["arm64/guest"].constants["XEN_DMOP_nr_vcpus"].value
    assert f"#define XEN_DMOP_nr_vcpus {value}\n" in header_text
    source = header_text + f'\n_Static_assert(XEN_DMOP_nr_vcpus == {value}, "");\nstruct xen_dm_op op;\n'
    assert compile_errors(source, "arm64") == []
    # Tools-only interfaces never reach it.
    assert "struct xen_domctl {" not in header_text and "HVM_IOREQSRV_BUFIOREQ_OFF" not in header_text


def test_unknown_architecture_is_an_error_at_compile_time(header_text: str) -> None:
    tu_args = ["--target=mips-linux-gnu", "-ffreestanding", "-nostdinc", "-I", str(STUB_INCLUDE)]
    tu = cindex.Index.create().parse("use.c", args=tu_args, unsaved_files=[("use.c", header_text)])
    assert any("no layouts for this architecture" in d.spelling for d in tu.diagnostics)


def test_bad_header_name_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["codegen", "c", "--name", "2fast", "-o", str(tmp_path / "c")]) == EXIT_USAGE
    assert "'2fast' is not a valid C identifier" in capsys.readouterr().err
    assert not (tmp_path / "c").exists()
