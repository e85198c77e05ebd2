"""``xen-abi codegen rust``: the committed crate is fresh, states the catalogue's layouts as
``const`` assertions that the compiler evaluates, and builds and tests offline."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from xen_abi.cli.main import main
from xen_abi.codegen.rust import release_ident, rust_ident
from xen_abi.common.errors import EXIT_USAGE, UsageError
from xen_abi.store.catalogue import Catalogue

REPO = Path(__file__).resolve().parents[1]
COMMITTED = REPO / "generated" / "rust"
sys.path.insert(0, str(Path(__file__).parent))

import rust_targets  # noqa: E402


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_committed_crate_is_fresh(tmp_path: Path) -> None:
    assert main(["codegen", "rust", "-q", "-o", str(tmp_path / "rust")]) == 0
    fresh, committed = _tree(tmp_path / "rust"), _tree(COMMITTED)
    committed = {k: v for k, v in committed.items() if not k.startswith("target/") and k != "Cargo.lock"}
    assert fresh == committed, "stale: run xen-abi codegen rust -o generated/rust"


def _assertion(text: str, rust_type: str) -> str:
    return next(x for x in text.splitlines() if x.strip().startswith(f"assert!(sz::<{rust_type}>()"))


def test_layout_assertions_state_the_catalogue(catalogue: Catalogue) -> None:
    for arch in ("x86_32", "arm64"):
        line = _assertion((COMMITTED / "src" / f"{arch}.rs").read_text(), "ioreq")
        layout = catalogue.release("4.22.0").configs[f"{arch}/guest"].types["struct ioreq"].layout
        assert f"sz::<ioreq>()=={layout.size}&&al::<ioreq>()=={layout.align}" in line
        # One check per member after the first: repr(C) puts it where the catalogue has it.
        placed = [int(n) for n in re.findall(r"\)==(\d+)", line)]
        members = sorted({f.offset for f in layout.fields if f.bit_width is None} - {0})
        assert set(members) <= set(placed), line
    # i386 aligns 64-bit members to 4: the x86_32 module says so whatever the host.
    assert re.search(
        r"pub struct xen_dm_op \{[^}]*pub u: \[crate::U64Align4; 3\]", (COMMITTED / "src" / "x86_32.rs").read_text()
    )


def test_tools_views_carry_each_releases_interface_version(catalogue: Catalogue) -> None:
    text = (COMMITTED / "src" / "x86_64" / "tools.rs").read_text()
    for release in ("4.17.0", "4.20.0"):
        value = catalogue.release(release).configs["x86_64/tools"].constants["XEN_DOMCTL_INTERFACE_VERSION"].value
        body = text.split(f"pub mod {release_ident(release)} {{", 1)[1].split("\n}\n", 1)[0]
        assert f"pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = {value};" in body
    assert re.search(r"versioned!\(.* xen_domctl_getdomaininfo\);", text)


def _copy(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    crate = tmp_path / "crate"
    shutil.copytree(COMMITTED, crate, ignore=shutil.ignore_patterns("target", "Cargo.lock"))
    env = {**os.environ, "CARGO_TARGET_DIR": str(tmp_path / "target"), "CARGO_TERM_COLOR": "never"}
    return crate, env


needs_cargo = pytest.mark.skipif(shutil.which("cargo") is None, reason="cargo is not installed (apt-get install cargo)")


@pytest.mark.slow
@needs_cargo
def test_cargo_test_runs_offline(tmp_path: Path) -> None:
    """The build evaluates every layout assertion; the unit tests run the runtime's pure parts."""
    crate, env = _copy(tmp_path)
    cmd = ["nice", "cargo", "test", "--offline", "-j1", "-q"]
    done = subprocess.run(cmd, cwd=crate, capture_output=True, text=True, env=env, timeout=1800)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    passed = sum(int(n) for n in re.findall(r"test result: ok\. (\d+) passed; 0 failed", done.stdout))
    declared = sum(len(re.findall(r"#\[test\]", p.read_text())) for p in (crate / "src").glob("*.rs"))
    assert passed >= declared >= 8


@pytest.mark.slow
@needs_cargo
def test_a_wrong_offset_does_not_compile(tmp_path: Path) -> None:
    crate, env = _copy(tmp_path)
    path = crate / "src" / "arm64.rs"
    text = path.read_text()
    line = _assertion(text, "ioreq")
    good = "at(16+sz::<u32>(),al::<u32>())==20"
    assert good in line
    path.write_text(text.replace(line, line.replace(good, good.replace("==20", "==21"))))
    cmd = ["nice", "cargo", "check", "--offline", "-j1", "--no-default-features"]
    done = subprocess.run(cmd, cwd=crate, capture_output=True, text=True, env=env, timeout=1800)
    assert done.returncode != 0
    assert "E0080" in done.stderr and '"ioreq"' in done.stderr, done.stderr[-2000:]


@pytest.mark.slow
@pytest.mark.skipif(rust_targets.toolchain() is None, reason="no rustc with its sources (apt-get install rust-src)")
@pytest.mark.parametrize("arch", sorted(set(rust_targets.TARGETS) - {"x86_64"}))
def test_the_no_std_core_compiles_for_every_target(tmp_path: Path, arch: str) -> None:
    """Compiling for a target evaluates that target's layout assertions (the crate's std layer needs its std).

    x86_64, the host, is built whole (std layer included) by test_cargo_test_runs_offline.
    """
    done = rust_targets.check(COMMITTED, rust_targets.TARGETS[arch], tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]


def test_rust_names() -> None:
    assert rust_ident("type", "member") == "r#type"
    assert rust_ident("domid", "member") == "domid"
    with pytest.raises(UsageError, match="'self' cannot be a Rust identifier"):
        rust_ident("self", "member of struct x")
    assert release_ident("4.17.0") == "v4_17"
    assert release_ident("4.17.3") == "v4_17_3"


@pytest.mark.parametrize("name", ["fn", "xen-abi", "9lives"])
def test_bad_crate_name_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture, name: str) -> None:
    assert main(["codegen", "rust", "--name", name, "-o", str(tmp_path / "rust")]) == EXIT_USAGE
    assert "is not a valid Rust identifier" in capsys.readouterr().err
    assert not (tmp_path / "rust").exists()
