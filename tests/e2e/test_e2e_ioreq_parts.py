"""The IOREQ boots' own parts, without booting anything: the guest build, the checks on a real boot's log,
the server-program hook and the payload (fast; no QEMU, no network)."""

from __future__ import annotations

import copy
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from xen_e2e import E2EUsageError, ioreq, qemu
from xen_e2e.artefacts import Hypervisor
from xen_e2e.payload import build_payload
from xen_e2e.runner import ProgramRun
from xen_e2e.serial import read_serial

FIXTURES = Path(__file__).with_name("fixtures")
LOG = (FIXTURES / "serial-4.20-ioreq.log").read_text()
RESULT = read_serial(LOG).result or {}


def record(name: str) -> dict:
    return copy.deepcopy(next(r for r in RESULT["runs"] if r["name"] == name))


# -- the guest: assembled from the repository's source -----------------------------------------------


@pytest.mark.skipif(shutil.which("as") is None or shutil.which("ld") is None, reason="needs binutils")
def test_the_guests_are_assembled_into_pvh_elfs_and_cached(tmp_path):
    guests = ioreq.build_guests(tmp_path)
    assert sorted(guests) == ["io", "silent"]
    for elf in guests.values():
        data = elf.read_bytes()
        assert data[:5] == b"\x7fELF\x01"  # 32-bit: entered in protected mode through the PVH note
        notes = subprocess.run(["readelf", "-nW", str(elf)], capture_output=True, text=True).stdout
        assert "Xen" in notes and "0x00000012" in notes  # XEN_ELFNOTE_PHYS32_ENTRY
    assert guests["io"].read_bytes() != guests["silent"].read_bytes()
    before = {name: elf.stat().st_mtime_ns for name, elf in guests.items()}
    again = ioreq.build_guests(tmp_path)
    assert again == guests and {name: elf.stat().st_mtime_ns for name, elf in again.items()} == before


def test_the_expected_round_trip_is_the_devices_pattern():
    accesses = ioreq.expected_round_trip()
    assert len(accesses) == 19 and accesses[-1] == ("pio", "write", 0x51F, 1, 0)
    assert ("pio", "read", 0x518, 4, 0xABAAA9A8) in accesses
    assert ("mmio", "write", 0xF0000004, 2, 0xC3C2) in accesses  # the echo of the word read at +2
    assert ioreq.expected_guest_lines()[3] == "PVH-GUEST inl(0x518) = abaaa9a8"


# -- the checks, on a real boot's serial log (Xen 4.20) ------------------------------------------------


def test_the_real_boot_passes_every_check():
    assert read_serial(LOG).stage == "done"
    assert ioreq.round_trip_mismatches(record("python"), LOG) == []
    assert ioreq.silent_mismatches(record("silent"), LOG) == []
    assert ioreq.probe_mismatches(record("probe"), LOG) == []


def test_a_wrong_answer_a_missing_request_or_a_stuck_guest_fails_the_round_trip():
    wrong = record("python")
    read = next(i for i, r in enumerate(wrong["io"]) if r["dir"] == "read")
    wrong["io"][read]["data"] ^= 1
    [message] = ioreq.round_trip_mismatches(wrong, LOG)
    assert message.startswith("request 1: served ('pio', 'read', 1296, 1, 161), expected ('pio', 'read', 1296, 1, 160)")

    short = record("python")
    short["io"] = short["io"][:-1]
    short["stage"] = "serving"
    messages = ioreq.round_trip_mismatches(short, LOG)
    assert messages[0] == "reached stage 'serving', expected 'done'"
    assert "18 served, 19 expected" in messages[1]

    stuck = record("python")
    stuck["guest_end"], stuck["guest_before_destroy"] = "stuck", "(null) 1 0 1 --p--d 0.0"
    assert ioreq.round_trip_mismatches(stuck, LOG) == [
        "the guest did not go by itself: stuck ((null) 1 0 1 --p--d 0.0)"
    ]


def test_the_guests_own_lines_are_required():
    domid = record("python")["domid"]
    without = "\n".join(line for line in LOG.splitlines() if f"(d{domid}) PVH-GUEST inw" not in line)
    [message] = ioreq.round_trip_mismatches(record("python"), without)
    assert message.startswith("the guest printed ")


def test_a_silent_guest_served_anything_or_a_killed_server_fails():
    killed = record("silent")
    killed["killed"], killed["status"] = True, -9
    messages = ioreq.silent_mismatches(killed, LOG)
    assert "killed at the driver's hard deadline" in messages
    assert any(m.startswith("exit status -9, expected 1") for m in messages)


def test_probe_findings_are_each_required():
    probe = record("probe")
    line = next(i for i, s in enumerate(probe["other_stdout"]) if s.startswith("PROBE "))
    found = json.loads(probe["other_stdout"][line].removeprefix("PROBE "))
    found["claimed_twice"]["xen_name"] = "XEN_EINVAL"
    found["while_held"] = None
    probe["other_stdout"][line] = "PROBE " + json.dumps(found)
    messages = ioreq.probe_mismatches(probe, LOG)
    assert [m.split(":")[0] for m in messages] == [
        "a range claimed twice was not refused with XEN_EEXIST naming the op",
        "the guest went while a mapping of its ioreq page was held",
    ]


# -- the hook: more server programs ------------------------------------------------------------------


def test_server_programs_from_the_environment(tmp_path, monkeypatch):
    binary = tmp_path / "ioreq-server"
    binary.write_text("#!/bin/sh\n")
    binary.chmod(0o755)
    monkeypatch.setenv(ioreq.SERVERS_ENV, f"rust={binary}")
    programs = ioreq.server_programs()
    assert [p.name for p in programs] == ["python", "rust"]
    assert programs[1].argv == ("./ioreq-server",) and programs[1].files == {"ioreq-server": binary}
    runs = ioreq.default_runs(programs)
    assert [(r.name, r.check) for r in runs] == [
        ("python", "round-trip"),
        ("rust", "round-trip"),
        ("silent", "silent"),
        ("probe", "probe"),
    ]
    with pytest.raises(E2EUsageError, match="unique"):
        ioreq.server_programs((ioreq.ServerProgram("rust", ("./x",)),))
    binary.chmod(0o644)
    with pytest.raises(E2EUsageError, match="not an executable file"):
        ioreq.server_programs()
    monkeypatch.setenv(ioreq.SERVERS_ENV, "Bad Name=/bin/true")
    with pytest.raises(E2EUsageError, match="is not name=/path/to/binary"):
        ioreq.server_programs()


@pytest.mark.skipif(shutil.which("mke2fs") is None or shutil.which("debugfs") is None, reason="needs e2fsprogs")
def test_the_payload_carries_the_toolstack_stage_and_the_server_files(tmp_path):
    binary = tmp_path / "ioreq-server"
    binary.write_text("#!/bin/sh\n")
    binary.chmod(0o755)
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    files = {"servers/rust/ioreq-server": binary, "servers.json": ioreq.DRIVER}
    image = build_payload(ioreq.DRIVER, [package], tmp_path / "p.ext4", files=files, toolstack=True, args="/mnt/s.json")

    def debugfs(request: str) -> str:
        return subprocess.run(["debugfs", "-R", request, str(image)], capture_output=True, text=True).stdout

    init = debugfs("cat /init.sh")
    daemons = [init.index(d) for d in ("xenstored --pid-file", "xen-init-dom0", "xenconsoled", "python3 /mnt/program")]
    assert daemons == sorted(daemons) and "mount -t devpts" in init
    assert "python3 /mnt/program.py /mnt/s.json > /tmp/result.json" in init
    assert "Mode:  0755" in debugfs("stat /servers/rust/ioreq-server")
    with pytest.raises(Exception, match="must stay inside the payload"):
        build_payload(ioreq.DRIVER, [], tmp_path / "q.ext4", files={"../escape": binary})
    assert not os.path.exists(tmp_path / "q.ext4")


def _boot(text: str) -> ioreq.IoreqBoot:
    hv = Hypervisor("4.20", "xen-hypervisor-4.20-amd64", "4.20.4+63-g7abfd2bce2-0+deb13u1", Path("xen"))
    boot = qemu.BootRun(Path("serial-4.20.log"), 1, 0, False, 290.0, text)
    run = ProgramRun(hv, qemu.Boot(Path("xen"), Path("k"), Path("i"), ()), boot, read_serial(text))
    return ioreq.IoreqBoot(run, tuple(ioreq.default_runs([ioreq.PYTHON_SERVER])))


def test_a_boot_is_judged_run_by_run():
    assert _boot(LOG).mismatches() == []
    # the probe's record gone from the driver's JSON: only the probe's check notices
    probe_line = next(line for line in LOG.splitlines() if line.lstrip().startswith('"name": "probe"'))
    broken = _boot(LOG.replace(probe_line, probe_line.replace("probe", "other")))
    assert broken.mismatches("round-trip") == []
    assert broken.mismatches("probe") == ["probe: no record from the driver"]
    # a boot that never finished is one failure, saying how far it got
    cut = LOG[: LOG.index("XEN-ABI-E2E-RESULT-BEGIN")]
    [message] = _boot(cut).mismatches()
    assert "no XEN-ABI-E2E-DONE marker: the program never finished (the Xen daemons were up)" in message
