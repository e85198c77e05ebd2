"""``xen-abi codegen rust``: the committed crate is fresh, and ``cargo test`` runs its layout tests."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from xen_abi.cli.main import main
from xen_abi.codegen.rust import rust_ident
from xen_abi.common.errors import EXIT_USAGE, UsageError
from xen_abi.store.catalogue import Catalogue

REPO = Path(__file__).resolve().parents[1]
COMMITTED = REPO / "generated" / "rust"


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_committed_crate_is_fresh(tmp_path: Path) -> None:
    assert main(["codegen", "rust", "-q", "-o", str(tmp_path / "rust")]) == 0
    fresh, committed = _tree(tmp_path / "rust"), _tree(COMMITTED)
    committed = {k: v for k, v in committed.items() if not k.startswith("target/") and k != "Cargo.lock"}
    assert fresh == committed, "stale: run xen-abi codegen rust -o generated/rust"


def test_layout_tests_state_the_catalogue(catalogue: Catalogue) -> None:
    for arch in ("x86_32", "arm64"):
        text = (COMMITTED / "src" / f"{arch}.rs").read_text()
        layout = catalogue.release("4.22.0").configs[f"{arch}/guest"].types["struct ioreq"].layout
        assert f"assert_eq!(size_of::<ioreq>(), {layout.size}usize" in text
        assert f"assert_eq!(align_of::<ioreq>(), {layout.align}usize" in text
        for f in layout.fields:
            if f.bit_width is None:
                ident = "r#type" if f.name == "type" else f.name
                assert f"assert_eq!(offset!(ioreq, {ident}), {f.offset}usize" in text, f.name
    # i386 aligns 64-bit members to 4: the x86_32 module says so whatever the host.
    assert re.search(
        r"pub struct xen_dm_op \{[^}]*pub u: \[crate::U64Align4; 3\]", (COMMITTED / "src" / "x86_32.rs").read_text()
    )


@pytest.mark.skipif(shutil.which("cargo") is None, reason="cargo is not installed (apt-get install cargo)")
def test_cargo_test_runs_every_layout_test_offline(tmp_path: Path) -> None:
    crate = tmp_path / "crate"
    shutil.copytree(COMMITTED, crate, ignore=shutil.ignore_patterns("target", "Cargo.lock"))
    env = {**os.environ, "CARGO_TARGET_DIR": str(tmp_path / "target"), "CARGO_TERM_COLOR": "never"}
    done = subprocess.run(
        ["cargo", "test", "--offline", "--lib", "-q"], cwd=crate, capture_output=True, text=True, env=env, timeout=900
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    passed = int(re.search(r"test result: ok\. (\d+) passed; 0 failed", done.stdout).group(1))
    batches = sum(len(re.findall(r"#\[test\]", p.read_text())) for p in (crate / "src").glob("*.rs"))
    assert passed == batches > 100


def test_rust_names() -> None:
    assert rust_ident("type", "member") == "r#type"
    assert rust_ident("domid", "member") == "domid"
    with pytest.raises(UsageError, match="'self' cannot be a Rust identifier"):
        rust_ident("self", "member of struct x")


@pytest.mark.parametrize("name", ["fn", "xen-abi", "9lives"])
def test_bad_crate_name_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture, name: str) -> None:
    assert main(["codegen", "rust", "--name", name, "-o", str(tmp_path / "rust")]) == EXIT_USAGE
    assert "is not a valid Rust identifier" in capsys.readouterr().err
    assert not (tmp_path / "rust").exists()
