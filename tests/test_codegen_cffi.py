"""``xen-abi codegen cffi``: freshness of the committed package, bad input, and every architecture's
declarations compiled by clang for that target and compared with the catalogue."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from xen_abi.cli.main import main
from xen_abi.codegen.output import MARKER
from xen_abi.common.errors import EXIT_USAGE
from xen_abi.common.releases import version_key
from xen_abi.frontend.preprocess import STUB_INCLUDE
from xen_abi.ir.archs import ARCH_NAMES, get_arch
from xen_abi.store.catalogue import Catalogue

REPO = Path(__file__).resolve().parents[1]
COMMITTED = REPO / "generated" / "xen_abi_bindings"


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cffi") / "xen_abi_bindings"
    # As committed: with each release's tools view, which for_release(R, tools=True)
    # needs for domctl and sysctl (issues 5 and 7).
    assert main(["codegen", "cffi", "-q", "--with-tools-only", "-o", str(out)]) == 0
    return out


def test_committed_package_is_fresh(fresh: Path) -> None:
    """CI's freshness check: regenerating gives the committed bytes (run the command in the docs if not)."""
    ours, committed = _tree(fresh), _tree(COMMITTED)
    assert sorted(ours) == sorted(committed)
    stale = [name for name in ours if ours[name] != committed[name]]
    assert not stale, f"stale: {stale}; run: xen-abi codegen cffi --with-tools-only -o generated/xen_abi_bindings"


def test_generation_is_deterministic_and_portable(fresh: Path, tmp_path: Path) -> None:
    again = tmp_path / "xen_abi_bindings"
    assert main(["codegen", "cffi", "-q", "--with-tools-only", "-o", str(again)]) == 0
    assert _tree(again) == _tree(fresh)
    for name, data in _tree(fresh).items():
        assert b"/work/" not in data and str(REPO).encode() not in data, name
    # The marker lists every file, so a later run knows what it may replace.
    assert set((fresh / MARKER).read_text().split()) == set(_tree(fresh)) - {MARKER}


def test_regenerating_over_a_previous_generation_is_allowed(fresh: Path, tmp_path: Path) -> None:
    out = tmp_path / "xen_abi_bindings"
    assert main(["codegen", "cffi", "-q", "--arch", "arm64", "--from", "4.21", "-o", str(out)]) == 0
    (out / "__pycache__").mkdir()
    (out / "__pycache__" / "x.pyc").write_bytes(b"")
    assert main(["codegen", "cffi", "-q", "--arch", "x86_64", "--from", "4.21", "-o", str(out)]) == 0
    assert json.loads((out / "data" / "x86_64.json").read_text())["releases"] == [
        "4.21.0",
        "4.21.1",
        "4.21.2",
        "4.22.0",
    ]
    assert not (out / "data" / "arm64.json").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--from", "4.20", "--to", "4.16"], "holds no release"),
        (["--from", "4.99"], "unknown release '4.99'; the catalogue has: 4.0.0"),
        (["--arch", "mips"], "unknown architecture 'mips'; valid: x86_32, x86_64"),
        (["--arch", "riscv64", "--to", "4.16"], "riscv64 has no release in the range"),
    ],
)
def test_bad_input_is_one_line_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture, args: list[str], message: str
) -> None:
    out = tmp_path / "xen_abi_bindings"
    assert main(["codegen", "cffi", *args, "-o", str(out)]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert list(tmp_path.iterdir()) == []


def test_invalid_package_name_and_foreign_files_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    assert main(["codegen", "cffi", "-o", str(tmp_path / "xen-bindings")]) == EXIT_USAGE
    assert "'xen-bindings' is not a valid Python identifier" in capsys.readouterr().err
    assert main(["codegen", "cffi", "-o", str(tmp_path / "class")]) == EXIT_USAGE
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "notes.txt").write_text("keep me")
    assert main(["codegen", "cffi", "-o", str(mine)]) == EXIT_USAGE
    assert "holds files xen-abi did not write (e.g. notes.txt)" in capsys.readouterr().err
    assert [p.name for p in mine.iterdir()] == ["notes.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine"]  # no staging directory left behind


def test_a_foreign_file_in_a_previous_generation_is_refused(fresh: Path, tmp_path: Path) -> None:
    out = tmp_path / "xen_abi_bindings"
    assert main(["codegen", "cffi", "-q", "--arch", "x86_64", "--from", "4.22", "-o", str(out)]) == 0
    (out / "local.py").write_text("")
    before = _tree(out)
    assert main(["codegen", "cffi", "-q", "--arch", "x86_64", "-o", str(out)]) == EXIT_USAGE
    assert _tree(out) == before


def test_with_tools_only_ships_each_release_tools_view(tmp_path: Path) -> None:
    out = tmp_path / "tools_bindings"
    assert (
        main(["codegen", "cffi", "-q", "--arch", "x86_64", "--from", "4.22", "--with-tools-only", "-o", str(out)]) == 0
    )
    code = (
        "import sys; sys.modules['abi'] = None\n"
        "import tools_bindings as t\n"
        "from tools_bindings import selftest\n"
        "b = t.for_release('4.22.0', tools=True)\n"
        "assert b.XEN_DOMCTL_INTERFACE_VERSION > 0 and 'struct xen_domctl' in b.types\n"
        "assert b.ffi.sizeof('struct xen_domctl') == b.layout('struct xen_domctl').size\n"
        "report = selftest.Report(); selftest.check_bindings(b, report)\n"
        "assert not report.mismatches, report.mismatches[:5]\n"
        "assert report.types == len(b.types)\n"
        "print(len(b.types), len(t.core().types))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False
    )
    assert done.returncode == 0, done.stderr
    tools, core = map(int, done.stdout.split())
    assert tools > core + 200  # domctl, sysctl and the other tools-only types


# -- every architecture's declarations, compiled by clang for that target ------------------------------


def _clang_layouts(arch: str, decls: list[str]) -> dict[str, tuple[int, int, object]]:
    """name -> (size, align, clang type) of every declaration, compiled with --target for ``arch``."""
    cindex = pytest.importorskip("clang.cindex")
    source = "#include <stdint.h>\n" + "".join(decls)
    args = [f"--target={get_arch(arch).clang_target}", "-ffreestanding", "-nostdinc", "-I", str(STUB_INCLUDE)]
    tu = cindex.Index.create().parse("bindings.c", args=args, unsaved_files=[("bindings.c", source)])
    errors = [d.spelling for d in tu.diagnostics if d.severity >= cindex.Diagnostic.Error]
    assert not errors, errors[:5]
    found: dict[str, tuple[int, int, object]] = {}
    kinds = {cindex.CursorKind.STRUCT_DECL: "struct", cindex.CursorKind.UNION_DECL: "union"}
    for cursor in tu.cursor.get_children():
        if cursor.kind in kinds and cursor.spelling and cursor.is_definition() and not cursor.is_anonymous():
            name = f"{kinds[cursor.kind]} {cursor.spelling}"
        elif cursor.kind == cindex.CursorKind.TYPEDEF_DECL:
            name = cursor.spelling
        else:
            continue
        t = cursor.type.get_canonical()
        found[name] = (t.get_size(), t.get_align(), t)
    return found


def _views(data: dict) -> list[tuple[str | None, list[tuple[str, str]]]]:
    """(release or None for the core, [(name, variant)]) of every view in an arch's data."""
    core = [(n, v, since, until) for n, v, since, until in data["core"]]
    views: list[tuple[str | None, list[tuple[str, str]]]] = [(None, [(n, v) for n, v, _, _ in core])]
    for r in data["releases"]:
        key = version_key(r)
        present = [
            (n, v)
            for n, v, since, until in core
            if (since is None or version_key(since) <= key) and (until is None or key <= version_key(until))
        ]
        views.append((r, present + [(n, v) for n, v in data["per_release"][r]]))
    return views


@pytest.mark.parametrize("arch", ARCH_NAMES)
def test_declarations_compile_to_the_catalogue_layouts_on_their_target(catalogue: Catalogue, arch: str) -> None:
    """Natural (unpacked) declarations, as cffi uses them on that architecture, laid out by clang --target."""
    data = json.loads((COMMITTED / "data" / f"{arch}.json").read_text())
    checked = 0
    for release, view in _views(data):
        if release is not None and arch not in ("x86_32", "arm32", "arm64"):
            continue  # the per-release views of the other archs are covered by the selftest's packed check
        layouts = _clang_layouts(arch, [data["types"][v]["decl"] for _, v in view])
        for name, _ in view:
            truth_release = release or data["releases"][-1]
            cfg = catalogue.release(truth_release).configs.get(f"{arch}/guest")
            if release is None and (cfg is None or name not in cfg.types):
                # A core item that no longer exists in the last release: check it where it does.
                since = next(r for r in data["releases"] if name in catalogue.release(r).configs[f"{arch}/guest"].types)
                cfg = catalogue.release(since).configs[f"{arch}/guest"]
            truth = cfg.types[name].layout
            size, align, ctype = layouts[name]
            assert (size, align) == (truth.size, truth.align), (arch, release, name)
            for f in truth.fields:
                if f.bit_width is None and f.name:
                    assert ctype.get_offset(f.name) == 8 * f.offset, (arch, release, name, f.name)
            checked += 1
    assert checked > 1000
