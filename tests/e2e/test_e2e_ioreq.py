"""End to end: an IOREQ server serving a PVH guest's port I/O and MMIO on Xen 4.17 and 4.20.

One boot per series (marked ``e2e``): dom0 runs the toolstack of its own
version, and the driver runs, each against a fresh guest created paused with
``xl create -p``, every server program (the Python one, examples/ioreq_server.py,
byte for byte the same on both; others plugged in with ``ServerProgram`` or
``$XEN_ABI_E2E_SERVERS``), then the two failure-mode runs: a guest that never
does I/O, and the probe (binding before enabling, a range claimed twice, a
page mapping that keeps the guest from being destroyed).  Each run is checked
on the host by ``xen_e2e.ioreq``; a run's failure names the run and the stage
it reached.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from xen_e2e import E2EError, artefacts, ioreq, qemu
from xen_e2e.expect import expected_release

pytestmark = pytest.mark.e2e

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
LOGS = REPO / "test-artifacts" / "e2e" / "ioreq"
BINDINGS = Path(os.environ.get("XEN_ABI_E2E_BINDINGS") or REPO / "generated" / "xen_abi_bindings")

# Server programs beyond the Python one, run in the same boots against the same guest and checked the
# same way (docs/e2e.md, "Adding a server program").  $XEN_ABI_E2E_SERVERS adds prebuilt binaries too.
EXTRA_SERVERS: tuple[ioreq.ServerProgram, ...] = ()
# The Rust example on the generated crate: built once on the host (a static binary), the same file in both roots.
RUST_EXAMPLE = REPO / "examples" / "rust_ioreq_server"
RUST_TARGET = Path(os.environ.get("XEN_ABI_E2E_RUST_TARGET") or REPO / "test-artifacts" / "e2e" / "rust-target")


def build_rust_server() -> ioreq.ServerProgram | None:
    """``cargo build --release`` of examples/rust_ioreq_server (None without cargo)."""
    if shutil.which("cargo") is None:
        return None
    env = {**os.environ, "CARGO_TARGET_DIR": str(RUST_TARGET), "CARGO_TERM_COLOR": "never"}
    cmd = ["nice", "cargo", "build", "--release", "--offline", "-j1", "-q"]
    done = subprocess.run(cmd, cwd=RUST_EXAMPLE, env=env, capture_output=True, text=True, timeout=3600)
    if done.returncode != 0:
        raise E2EError(f"building {RUST_EXAMPLE.name} failed: {done.stderr[-2000:]}")
    binary = RUST_TARGET / "release" / "ioreq-server"
    return ioreq.ServerProgram("rust", ("./ioreq-server",), {"ioreq-server": binary})


@pytest.fixture(scope="module")
def prepared() -> tuple[artefacts.Artefacts, dict[str, Path], list[ioreq.IoreqRun]]:
    if reason := qemu.qemu_available():
        pytest.skip(f"this host cannot run QEMU: {reason}")
    if not (BINDINGS / "__init__.py").is_file():
        pytest.fail(f"{BINDINGS} is missing: the end-to-end test runs the committed bindings", pytrace=False)
    try:
        rust = build_rust_server()
        runs = ioreq.default_runs(ioreq.server_programs(EXTRA_SERVERS + ((rust,) if rust else ())))
        cache = artefacts.default_cache()
        return artefacts.build(cache), ioreq.build_guests(cache), runs
    except E2EError as e:
        pytest.fail(f"building the end-to-end artefacts failed: {e}", pytrace=False)


@pytest.fixture(scope="module", params=list(artefacts.HYPERVISORS))
def boot(request, prepared) -> ioreq.IoreqBoot:
    built, guests, runs = prepared
    series = request.param
    done = ioreq.run_ioreq(built, series, runs, BINDINGS, LOGS / series, guests)
    assert qemu._group_members(done.run.boot.pid) == [], "a process of the boot outlived it"
    if not done.run.ok:
        pytest.fail(done.run.failure(), pytrace=False)
    return done


def _judge(boot: ioreq.IoreqBoot, check: str) -> None:
    if wrong := boot.mismatches(check):
        series = boot.run.hypervisor.series
        pytest.fail(f"Xen {series} ({boot.run.boot.log}):\n" + "\n".join(wrong), pytrace=False)


def test_every_server_program_serves_the_guests_round_trip(boot):
    """Port I/O and MMIO of 1, 2 and 4 bytes, read and written back; the guest then powers off and goes."""
    _judge(boot, "round-trip")


def test_a_guest_that_never_does_io_ends_at_the_timeout_with_the_stage_reached(boot):
    _judge(boot, "silent")


def test_binding_before_enabling_a_range_claimed_twice_and_unmapping_on_real_xen(boot):
    _judge(boot, "probe")


def test_one_rust_binary_serves_both_versions_and_dispatches_the_tools_layout(boot):
    """The same static binary (its sha256 printed in dom0) sends 4.17's domctl on 4.17 and 4.20's on 4.20."""
    run = next((r for r in boot.runs if r.name == "rust"), None)
    if run is None:
        pytest.skip("cargo is not installed: the Rust server was not built")
    record = boot.record("rust") or {}
    stdout = record.get("other_stdout") or []
    binary = run.program.files["ioreq-server"]
    digest = hashlib.sha256(binary.read_bytes()).hexdigest()
    series = boot.run.hypervisor.series
    print(f"Xen {series}: rust ioreq-server sha256 {digest}; {' | '.join(stdout)}")
    assert f"SELF sha256={digest}" in stdout, stdout
    tools = next((line for line in stdout if line.startswith("TOOLS ")), "")
    version = {"4.17": 0x15, "4.20": 0x17}[series]
    # The crate's running_release() is exact to the point release the catalogue holds (4.17.7, 4.20.4).
    release = expected_release(series, boot.run.hypervisor.version)
    expected = rf"TOOLS release={re.escape(release)} domctl_interface_version={version:#x} domain=\d+ "
    assert re.match(expected, tools), tools
    assert int(re.search(r"domain=(\d+)", tools).group(1)) == record.get("domid"), (tools, record.get("domid"))
