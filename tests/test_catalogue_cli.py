"""The committed catalogue through the CLI: contracts, truth, freshness, bad input."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from conftest import CORPUS, needs_corpus
from xen_abi.cli.main import main
from xen_abi.common.errors import EXIT_CATALOGUE, EXIT_INPUT, EXIT_USAGE
from xen_abi.common.releases import version_key
from xen_abi.frontend.corpus import default_corpora
from xen_abi.ir.model import Config, Visibility
from xen_abi.store.catalogue import Catalogue
from xen_abi.store.paths import DEFAULT_PATH


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def one_error_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert "Traceback" not in err
    assert lines[0].startswith("xen-abi: error: ")
    return lines[0]


# -- the committed catalogue -------------------------------------------------------


def test_catalogue_holds_every_release_of_the_corpus(catalogue):
    """The x.y.0 releases of ../shared/xen-headers and the point releases beside it, in version order."""
    manifest = [
        line.split("\t")[0]
        for corpus in default_corpora()
        for line in (corpus / "MANIFEST.tsv").read_text().splitlines()[1:]
    ]
    if CORPUS.is_dir():
        assert catalogue.releases == sorted(manifest, key=version_key)
        assert len(catalogue.releases) == 134 if len(default_corpora()) == 2 else 24
    assert catalogue.releases[0] == "4.0.0" and catalogue.releases[-1] == "4.23-unstable"


def test_architectures_appear_when_the_headers_do(catalogue):
    def archs(release):
        return sorted({Config.parse(k).arch for k in catalogue.release(release).configs})

    assert archs("4.0.0") == ["x86_32", "x86_64"]
    assert "arm32" in archs("4.3.0") and "arm64" in archs("4.3.0")
    r42 = catalogue.release("4.2.0")
    assert "arm32" in archs("4.2.0") and "#error" in r42.unsupported_configs["arm64/guest"]
    assert archs("4.22.0") == ["arm32", "arm64", "ppc64", "riscv64", "x86_32", "x86_64"]
    assert "no arch-arm.h" in catalogue.release("4.0.0").unsupported_archs["arm64"]
    # 4.18-4.21 define ppc64's guest handles for tools only: xen.h fails for guests.
    assert "ppc64/guest" in catalogue.release("4.18.0").unsupported_configs
    assert "ppc64/tools" in catalogue.release("4.18.0").configs


def test_xen_reference_sizes(catalogue):
    """Xen's own checker's figures (tools mode, recent releases), from ../shared/README.md."""
    expected = {
        ("struct start_info", "x86_32"): 1112,
        ("struct start_info", "x86_64"): 1168,
        ("struct vcpu_guest_context", "arm32"): 352,
        ("struct vcpu_guest_context", "arm64"): 352,
        ("struct vcpu_guest_context", "x86_32"): 2800,
        ("struct vcpu_guest_context", "x86_64"): 5168,
        ("struct vcpu_info", "arm64"): 48,
        ("struct vcpu_info", "x86_64"): 64,
        ("struct shared_info", "arm64"): 1088,
        ("struct shared_info", "x86_32"): 2344,
        ("struct shared_info", "x86_64"): 3136,
    }
    for release in ("4.16.0", "4.22.0", "4.23-unstable"):
        for (name, arch), size in expected.items():
            abi = catalogue.config(release, Config(arch, Visibility.TOOLS))
            assert abi.types[name].layout.size == size, (release, name, arch)
    # "Recent" matters: ARM's vcpu_guest_context grew by 8 bytes in 4.16.
    old = catalogue.config("4.15.0", Config("arm64", Visibility.TOOLS))
    assert old.types["struct vcpu_guest_context"].layout.size == 344


def test_visibility_guest_vs_tools(catalogue):
    guest = catalogue.config("4.22.0", Config("x86_64", Visibility.GUEST))
    tools = catalogue.config("4.22.0", Config("x86_64", Visibility.TOOLS))
    assert "struct xen_domctl" not in guest.types and "struct xen_domctl" in tools.types
    assert "domctl.h" in guest.unavailable and "#error" in guest.unavailable["domctl.h"].reason
    # A modern guest gets the new event_channel_op number, not the legacy 16.
    assert guest.constants["__HYPERVISOR_event_channel_op"].value == 32
    assert tools.constants["XEN_DOMCTL_INTERFACE_VERSION"].value == 0x18


def test_layouts_json_contract(capsys):
    status, out, _ = run(capsys, "layouts", "--release", "4.22.0", "--arch", "arm64", "--visibility", "guest")
    assert status == 0
    doc = json.loads(out)
    assert (doc["release"], doc["arch"], doc["visibility"]) == ("4.22.0", "arm64", "guest")
    records = {r["name"]: r for r in doc["records"]}
    dm_op = records["struct xen_dm_op"]
    assert dm_op["kind"] == "struct" and dm_op["size"] == 32 and dm_op["align"] == 8
    assert [(f["name"], f["offset"], f["size"]) for f in dm_op["fields"]] == [("op", 0, 4), ("pad", 4, 4), ("u", 8, 24)]
    ioreq = {f["name"]: f for f in records["struct ioreq"]["fields"]}
    assert (ioreq["state"]["offset"], ioreq["state"]["bit_offset"], ioreq["state"]["bit_width"]) == (30, 0, 4)
    assert ioreq["addr"]["bit_offset"] is None and ioreq["addr"]["bit_width"] is None
    assert set(ioreq["addr"]) == {"name", "type", "offset", "size", "bit_offset", "bit_width"}
    # Anonymous members are flattened into their parent with their own offsets.
    assert all(r["kind"] in ("struct", "union") for r in doc["records"])
    status, out, _ = run(capsys, "layouts", "--release", "4.22.0", "--arch", "x86_64", "--visibility", "guest")
    x86 = {r["name"]: r for r in json.loads(out)["records"]}
    regs = {f["name"]: f for f in x86["struct cpu_user_regs"]["fields"]}
    # A guest's __DECL_REG: rax, eax (both 64-bit) and _eax overlay at 80.
    assert [(regs[n]["offset"], regs[n]["size"]) for n in ("rax", "eax", "_eax")] == [(80, 8), (80, 8), (80, 4)]
    assert "al" not in regs
    status, out, _ = run(capsys, "layouts", "--release", "4.22.0", "--arch", "x86_64", "--visibility", "tools")
    x86 = {r["name"]: r for r in json.loads(out)["records"]}
    regs = {f["name"]: f for f in x86["struct cpu_user_regs"]["fields"]}
    # Tools see the byte registers, from an anonymous struct inside the union.
    assert regs["rax"]["offset"] == regs["eax"]["offset"] == regs["ax"]["offset"] == regs["al"]["offset"] == 80
    assert regs["ah"]["offset"] == 81 and regs["r15"]["offset"] == 0


def test_constants_json_contract(capsys):
    status, out, _ = run(capsys, "constants", "--release", "4.22.0", "--arch", "x86_32", "--visibility", "tools")
    assert status == 0
    constants = json.loads(out)["constants"]
    assert constants["XEN_DMOP_create_ioreq_server"] == {"value": 1, "text": "1", "where": "hvm/dm_op.h:48"}
    assert constants["DOMID_SELF"]["value"] == 0x7FF0 and constants["DOMID_SELF"]["text"] == "xen_mk_uint(0x7FF0)"
    aligned = constants["uint64_aligned_t"]
    assert aligned["value"] is None and aligned["text"] == "uint64_t __attribute__((aligned(8)))"


def test_show_prints_a_pahole_layout(capsys):
    status, out, _ = run(
        capsys, "show", "struct xen_dm_op_create_ioreq_server", "--release", "4.15", "--arch", "x86_64"
    )
    assert status == 0
    assert "uint8_t          pad[3];" in out and "/* size: 6, align: 2, members: 3 */" in out
    # tools-only types are found without naming the visibility
    # A member of unnamed record type is expanded, as pahole does, and does not widen the columns.
    status, out, _ = run(capsys, "show", "struct xen_dm_op", "--release", "4.22.0", "--arch", "x86_64")
    assert "\tunion {\n\t\txen_dm_op_create_ioreq_server_t create_ioreq_server;\n" in out
    assert "\t}                u;                       /*     8    24 */" in out
    assert "\tuint32_t         op;" in out
    status, out, _ = run(capsys, "show", "struct xen_domctl", "--release", "4.22.0", "--arch", "arm64")
    assert status == 0 and "tools" in out.splitlines()[0]


@needs_corpus
def test_release_may_be_a_header_directory(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("XEN_ABI_CACHE", str(tmp_path / "cache"))
    status, out, _ = run(
        capsys, "layouts", "--release", str(CORPUS / "4.15.0"), "--arch", "x86_64", "--visibility", "guest"
    )
    assert status == 0
    from_dir = json.loads(out)
    status, out, _ = run(capsys, "layouts", "--release", "4.15.0", "--arch", "x86_64", "--visibility", "guest")
    from_catalogue = json.loads(out)
    assert from_dir["records"] == from_catalogue["records"]


# -- truth: clang agrees with every layout and constant --------------------------


@needs_corpus
@pytest.mark.slow
def test_verify_every_release_against_clang(capsys):
    pytest.importorskip("clang.cindex")
    status, out, err = run(capsys, "verify", "--format", "json")
    results = json.loads(out)["results"]
    assert status == 0, err
    assert {r["release"] for r in results} == set(Catalogue.load().releases)
    assert sum(r["types"] for r in results) > 200_000
    assert all(r["mismatches"] == [] for r in results)


# -- freshness: re-ingesting gives the committed bytes -----------------------------


@needs_corpus
def test_reingest_is_byte_identical_to_the_committed_catalogue(tmp_path, capsys):
    out_dir = tmp_path / "cat"
    sources = [str(CORPUS / r) for r in ("4.0.0", "4.22.0")]
    hypervisor = CORPUS.parent / "xen-hypervisor"  # the committed catalogue carries the implementation facts
    assert hypervisor.is_dir(), f"hypervisor sources not found at {hypervisor}"
    status, _, err = run(
        capsys, "ingest", *sources, "--hypervisor", str(hypervisor), "-o", str(out_dir), "--no-cache", "-q"
    )
    assert status == 0, err
    for release in ("4.0.0", "4.22.0"):
        fresh = (out_dir / "releases" / f"{release}.json").read_bytes()
        committed = (DEFAULT_PATH / "releases" / f"{release}.json").read_bytes()
        assert fresh == committed, f"{release}: the committed catalogue is stale; run xen-abi ingest"
    fresh_layouts = json.loads((out_dir / "layouts.json").read_text())
    committed_layouts = json.loads((DEFAULT_PATH / "layouts.json").read_text())
    assert all(committed_layouts[h] == lay for h, lay in fresh_layouts.items())


# -- bad input ---------------------------------------------------------------------


def test_unknown_release_arch_visibility(capsys):
    status, _, err = run(capsys, "show", "struct xen_dm_op", "--release", "9.9.9", "--arch", "x86_64")
    assert status == EXIT_USAGE and "4.0.0" in one_error_line(err) and "4.22.0" in err
    status, _, err = run(capsys, "show", "struct xen_dm_op", "--release", "4.22.0", "--arch", "sparc")
    assert status == EXIT_USAGE and "x86_64" in one_error_line(err)
    status, _, err = run(capsys, "layouts", "--release", "4.22.0", "--arch", "x86_64", "--visibility", "dom0")
    assert status == EXIT_USAGE and "guest, tools" in one_error_line(err)
    status, _, err = run(capsys, "show", "struct xen_dm_opp", "--release", "4.22.0", "--arch", "x86_64")
    assert status == EXIT_USAGE and "did you mean: struct xen_dm_op" in one_error_line(err)
    status, _, err = run(capsys, "show", "struct xen_dm_op", "--release", "4.0.0", "--arch", "arm64")
    assert status == EXIT_USAGE and "no arch-arm.h" in one_error_line(err)


def test_corrupt_catalogue(tmp_path, capsys):
    broken = tmp_path / "cat"
    shutil.copytree(DEFAULT_PATH, broken)
    (broken / "releases" / "4.22.0.json").write_text('{"schema": "xen-abi-catalogue/1", "release": ')
    status, _, err = run(
        capsys, "--catalogue", str(broken), "show", "xen_pfn_t", "--release", "4.22.0", "--arch", "x86_64"
    )
    line = one_error_line(err)
    assert status == EXIT_CATALOGUE and "4.22.0.json:1" in line and "corrupt JSON" in line
    (broken / "index.json").write_text("[]")
    status, _, err = run(
        capsys, "--catalogue", str(broken), "show", "xen_pfn_t", "--release", "4.22.0", "--arch", "x86_64"
    )
    assert status == EXIT_CATALOGUE and "index.json" in one_error_line(err)
    status, _, err = run(capsys, "--catalogue", str(tmp_path / "nowhere"), "verify")
    assert status == EXIT_CATALOGUE and "nowhere" in one_error_line(err)


def _broken_tree(tmp_path: Path, header: str, old: str, new: str) -> Path:
    tree = tmp_path / "4.22.0"
    shutil.copytree(CORPUS / "4.22.0", tree)
    path = tree / header
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))
    return tree


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


@needs_corpus
@pytest.mark.parametrize(
    ("header", "old", "new", "needle", "message"),
    [
        (
            "memory.h",
            "struct xen_memory_reservation {",
            "struct xen_memory_reservation { int int;",
            "int int;",
            "syntax error",
        ),
        (
            "hvm/dm_op.h",
            "struct xen_dm_op_nr_vcpus {",
            "struct __attribute__((mode(DI))) xen_dm_op_nr_vcpus {",
            "mode(DI)",
            "unsupported attribute 'mode(DI)'",
        ),
        (
            "vcpu.h",
            '#include "xen.h"',
            '#include "xen.h"\n#include "no-such-header.h"',
            "no-such-header.h",
            "no-such-header.h: No such file or directory",
        ),
    ],
)
def test_broken_header_fails_with_one_line_and_writes_nothing(tmp_path, capsys, header, old, new, needle, message):
    tree = _broken_tree(tmp_path, header, old, new)
    out_dir = tmp_path / "out"
    status, _, err = run(
        capsys, "ingest", str(tree), "-o", str(out_dir), "--no-cache", "--arch", "x86_64", "--arch", "arm64", "-q"
    )
    line = one_error_line(err)
    assert status == EXIT_INPUT
    assert f"{header}:{_line_of(tree / header, needle)}:" in line and message in line
    assert not out_dir.exists()
    assert not list(tmp_path.glob(".out*")), "no staging directory may be left behind"
    # --keep-going records it instead and ingests the rest.
    status, _, err = run(
        capsys, "ingest", str(tree), "-o", str(out_dir), "--no-cache", "--arch", "x86_64", "--keep-going", "-q"
    )
    assert status == 0, err
    abi = Catalogue.load(out_dir).config("4.22.0", Config("x86_64", Visibility.TOOLS))
    assert header in abi.unavailable and message in abi.unavailable[header].reason
    assert "struct xen_dm_op" in abi.types or header == "hvm/dm_op.h"


@pytest.mark.parametrize("kind", ["empty", "not-xen", "missing", "corrupt-tarball", "random-tarball"])
def test_bad_sources(tmp_path, capsys, kind):
    if kind == "empty":
        source = tmp_path / "empty"
        source.mkdir()
    elif kind == "not-xen":
        source = tmp_path / "not-xen"
        source.mkdir()
        (source / "foo.h").write_text("int x;\n")
    elif kind == "missing":
        source = tmp_path / "missing"
    elif kind == "corrupt-tarball":
        if not CORPUS.is_dir():
            pytest.skip("needs the corpus")
        good = tmp_path / "xen-4.22.0.tar.gz"
        with tarfile.open(good, "w:gz") as tar:
            tar.add(CORPUS / "4.22.0", arcname="xen-4.22.0/xen/include/public")
        source = tmp_path / "xen-4.22.0-cut.tar.gz"
        source.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    else:
        source = tmp_path / "xen-4.22.0.tar.gz"
        source.write_bytes(bytes(range(256)) * 40)
    out_dir = tmp_path / "out"
    status, _, err = run(capsys, "ingest", str(source), "-o", str(out_dir), "-q")
    assert status == EXIT_INPUT
    assert str(source) in one_error_line(err)
    assert not out_dir.exists()


@needs_corpus
def test_unknown_git_ref(tmp_path, capsys):
    repo = tmp_path / "repo"
    shutil.copytree(CORPUS / "4.0.0", repo)
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "x"], check=True)
    status, _, err = run(capsys, "ingest", "--git", str(repo), "RELEASE-9.9.9", "-o", str(tmp_path / "o"), "-q")
    assert status == EXIT_INPUT and "RELEASE-9.9.9" in one_error_line(err)


def test_module_entry_point_runs():
    done = subprocess.run(
        [sys.executable, "-m", "xen_abi", "show", "xen_pfn_t", "--release", "4.22.0", "--arch", "arm32"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0 and "typedef uint64_t xen_pfn_t;" in done.stdout


def test_catalogue_names_no_path_of_the_machine_it_was_built_on():
    """CI rebuilds it in a clone elsewhere and requires the same bytes."""
    import re

    machine_path = re.compile(r'"/[^"]*\.h(?::\d+)?"')
    for doc in sorted((DEFAULT_PATH / "releases").glob("*.json")):
        text = doc.read_text()
        assert not machine_path.search(text), f"{doc.name}: {machine_path.search(text).group(0)}"
        if '"parent"' not in text:  # a whole document (a point release stores only what differs from its parent)
            assert "<stdint.h>:" in text  # our fixed-width stub, named portably
