"""End to end: Debian's Xen 4.17 and 4.20 booted under QEMU, the committed bindings exercised in dom0.

Marked ``e2e`` (deselect with ``-m 'not e2e'``).  Skipped only when this host
cannot run QEMU; a failure to build the artefacts (debootstrap, a download)
is a failure.  The artefacts are cached (``$XEN_ABI_E2E_CACHE``, default
``~/.cache/xen-abi-e2e``) keyed by package versions; the serial logs and
payloads of a run go to ``test-artifacts/e2e/``.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from xen_e2e import E2EError, artefacts, qemu
from xen_e2e.expect import mismatches
from xen_e2e.runner import ProgramRun, run_program

pytestmark = pytest.mark.e2e

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
LOGS = REPO / "test-artifacts" / "e2e"
PROGRAMS = HERE / "programs"
SMOKE = PROGRAMS / "smoke.py"
PROGRAM = HERE / "program.py"
# The committed bindings; $XEN_ABI_E2E_BINDINGS may name another generation (to try one before committing it).
BINDINGS = Path(os.environ.get("XEN_ABI_E2E_BINDINGS") or REPO / "generated" / "xen_abi_bindings")


@pytest.fixture(scope="session")
def built() -> artefacts.Artefacts:
    if reason := qemu.qemu_available():
        pytest.skip(f"this host cannot run QEMU: {reason}")
    try:
        return artefacts.build(artefacts.default_cache())
    except E2EError as e:
        pytest.fail(f"building the end-to-end artefacts failed: {e}", pytrace=False)


@pytest.fixture(scope="session")
def bindings() -> Path:
    """The committed bindings, exactly as they are in the tree: no regeneration here."""
    if not (BINDINGS / "__init__.py").is_file():
        pytest.fail(
            f"{BINDINGS} is missing: the end-to-end test runs the committed bindings "
            "(xen-abi codegen cffi --with-tools-only -o generated/xen_abi_bindings)",
            pytrace=False,
        )
    return BINDINGS


def _logs(name: str) -> Path:
    path = LOGS / name
    path.mkdir(parents=True, exist_ok=True)
    return path


def _no_qemu_left(run: ProgramRun) -> None:
    assert qemu._group_members(run.boot.pid) == [], "a process of the boot outlived it"


# -- failure modes: each fails with the serial log's tail, ends, and leaves no QEMU behind ------


def test_a_hypervisor_that_never_reaches_dom0_fails_with_xens_panic(built, tmp_path):
    not_a_kernel = tmp_path / "not-a-kernel"
    not_a_kernel.write_bytes(bytes(4096))
    run = run_program(built, "4.17", SMOKE, [], _logs("no-dom0"), kernel=not_a_kernel, timeout_s=180)
    _no_qemu_left(run)
    assert not run.ok
    assert not run.boot.timed_out  # Xen reset after its panic and -no-reboot ended QEMU
    assert run.report.stage == "xen"
    message = run.failure()
    assert "the hypervisor never reached dom0" in message.splitlines()[0]
    assert "Panic on CPU 0: Could not construct domain 0" in message.splitlines()[0]
    assert "(XEN) ELF: not an ELF binary" in message  # the log's tail says why


def test_a_boot_past_its_timeout_is_killed_and_reported(built):
    run = run_program(built, "4.20", SMOKE, [], _logs("timeout"), timeout_s=4)
    _no_qemu_left(run)
    assert run.boot.timed_out and not run.ok
    assert run.report.stage != "done"
    first = run.failure().splitlines()[0]
    assert first.startswith("Xen 4.20 (xen-hypervisor-4.20-amd64 ")
    assert "timed out after" in first


def test_a_missing_marker_fails_with_the_stage_reached(built):
    run = run_program(built, "4.20", PROGRAMS / "vanish.py", [], _logs("vanish"), timeout_s=240)
    _no_qemu_left(run)
    assert not run.ok and not run.boot.timed_out
    assert run.report.stage == "dom0-root"
    assert "no XEN-ABI-E2E-DONE marker: the program never finished" in run.failure().splitlines()[0]
    assert "reboot: Power down" in run.failure()


# -- the point: one program, the same bytes, both hypervisors ------------------------------------


@pytest.mark.parametrize("series", list(artefacts.HYPERVISORS))
def test_the_same_program_and_bindings_work_on_each_hypervisor(built, bindings, series):
    run = run_program(built, series, PROGRAM, [bindings], _logs("program"))
    _no_qemu_left(run)
    if not run.ok:
        pytest.fail(run.failure(), pytrace=False)
    assert run.report.result is not None
    wrong = mismatches(run.report.result, series, run.hypervisor.version, run.report, run.spec)
    if wrong:
        pytest.fail("\n".join([f"Xen {series}: the program's results disagree with what is known:", *wrong]))


def test_a_hypercall_error_fails_with_xens_errno_name(built, bindings):
    run = run_program(built, "4.17", PROGRAMS / "hypercall_error.py", [bindings], _logs("hypercall-error"))
    _no_qemu_left(run)
    assert not run.ok
    assert run.report.stage == "done" and run.report.status == 1
    first = run.failure().splitlines()[0]
    assert "the program failed (exit status 1)" in first
    assert "errors: memory_op current_reservation: ESRCH (-3)" in first
    # The bindings named it too, from their own copy of Xen's errno.h.
    assert run.report.result["errors"][0]["name"] == "XEN_ESRCH"
