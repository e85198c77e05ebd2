"""The IOREQ boots: server programs serving a PVH guest's I/O in dom0, and the one check of what they served.

One boot per Xen series runs a list of runs in dom0 (``tests/e2e/ioreq/driver.py``),
each against a fresh guest created paused with the dom0 root's own ``xl``:

* a round trip per server program (the Python one, ``examples/ioreq_server.py``,
  always; others plugged in through ``ServerProgram``, see docs/e2e.md "Adding a
  server program"): the guest (``ioreq/guest.S``) writes, reads and writes back
  1, 2 and 4 bytes in a port range and an MMIO range, then writes the exit
  register; ``round_trip_mismatches`` checks what the program served against
  ``expected_round_trip()``, the same for every program;
* ``silent``: the Python server against a guest that never does I/O: it must
  give up at its timeout, having reached "ready";
* ``probe`` (``ioreq/probe.py``): binding before enabling, a range claimed
  twice, and a page mapping that keeps the guest from being destroyed.

The guests are assembled from the repository's source with binutils
(``as --32``, ``ld -m elf_i386``) and cached like every other artefact.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from xen_e2e import E2EError, E2EUsageError, qemu
from xen_e2e.artefacts import Artefacts, cache_key
from xen_e2e.runner import ProgramRun, run_program
from xen_e2e.serial import _clean

HERE = Path(__file__).resolve().parents[1]  # tests/e2e
REPO = HERE.parents[1]
SOURCES = HERE / "ioreq"
DRIVER = SOURCES / "driver.py"

PORTS = (0x510, 0x51F)  # the last port is the exit register
MMIO = (0xF0000000, 0xF0000FFF)
PORT_SEED, MMIO_SEED = 0xA0, 0xC0
# Xen prints what a guest writes to its debug port 0xe9 ("(d1) ...") only with guest_loglvl=all.
XEN_ARGS = qemu.XEN_ARGS + " guest_loglvl=all"
SERVERS_ENV = "XEN_ABI_E2E_SERVERS"  # "name=/path/to/binary[,name=/path...]": more server programs
BOOT_TIMEOUT_S = 1200.0  # three runs, each a guest creation and a Python server set up under emulation
ROUND_TRIP_TIMEOUT_S = 120
SILENT_TIMEOUT_S = 15


# -- server programs and runs ----------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerProgram:
    """A server program: its files (payload path under ``servers/<run>/`` -> host file) and command.

    In dom0 it runs in ``/mnt/servers/<run>/`` as ``argv + --domid D --ports FIRST LAST
    --mmio FIRST LAST --timeout S`` (the contract in docs/e2e.md).
    """

    name: str
    argv: tuple[str, ...]
    files: dict[str, Path] = field(default_factory=dict, hash=False)


EXAMPLE = REPO / "examples" / "ioreq_server.py"
PYTHON_SERVER = ServerProgram("python", ("python3", "ioreq_server.py"), {"ioreq_server.py": EXAMPLE})
PROBE = ServerProgram("probe", ("python3", "probe.py"), {"probe.py": SOURCES / "probe.py"})
_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,31}")


def servers_from_env(text: str | None) -> list[ServerProgram]:
    """``name=/path/to/binary,...`` -> a ``ServerProgram`` per prebuilt binary."""
    out = []
    for item in (text or "").split(","):
        if not item.strip():
            continue
        name, sep, path = item.strip().partition("=")
        binary = Path(path)
        if not sep or not _NAME.fullmatch(name):
            raise E2EUsageError(f"${SERVERS_ENV}: {item!r} is not name=/path/to/binary (name: [a-z0-9_-])")
        if not binary.is_file() or not os.access(binary, os.X_OK):
            raise E2EUsageError(f"${SERVERS_ENV}: {binary} is not an executable file")
        out.append(ServerProgram(name, (f"./{binary.name}",), {binary.name: binary.resolve()}))
    return out


def server_programs(extra: tuple[ServerProgram, ...] = ()) -> list[ServerProgram]:
    """The Python server, then those named in ``$XEN_ABI_E2E_SERVERS``, then ``extra``."""
    programs = [PYTHON_SERVER, *servers_from_env(os.environ.get(SERVERS_ENV)), *extra]
    names = [p.name for p in programs]
    taken = {n for n in names if names.count(n) > 1} | ({"probe", "silent"} & set(names))
    if taken:
        raise E2EUsageError(f"server program names must be unique and not probe/silent: {', '.join(sorted(taken))}")
    return programs


@dataclass(frozen=True)
class IoreqRun:
    """One run of the driver: a program against a fresh guest, and what is expected of it."""

    name: str  # also the guest's name (ioreq-<name>) and the program's directory
    program: ServerProgram
    check: str  # "round-trip", "silent" or "probe"
    guest: str = "io"  # "io" or "silent"
    unpause: bool = True  # unpause the guest when the program prints READY
    guest_ends: bool = True  # the guest powers itself off
    timeout_s: float = ROUND_TRIP_TIMEOUT_S

    def spec(self) -> dict[str, Any]:
        argv = list(self.program.argv)
        return {
            "name": self.name,
            "argv": argv,
            "guest": f"/mnt/guest/{self.guest}.cfg",
            "unpause": self.unpause,
            "guest_ends": self.guest_ends,
            "timeout": self.timeout_s,
        }


def default_runs(programs: list[ServerProgram], failure_modes: bool = True) -> list[IoreqRun]:
    """A round trip per program; then the two failure-mode runs."""
    runs = [IoreqRun(p.name, p, "round-trip") for p in programs]
    if failure_modes:
        silent = IoreqRun("silent", PYTHON_SERVER, "silent", "silent", guest_ends=False, timeout_s=SILENT_TIMEOUT_S)
        runs.append(silent)
        runs.append(IoreqRun("probe", PROBE, "probe", unpause=False, guest_ends=False, timeout_s=30))
    return runs


# -- the guests -----------------------------------------------------------------------------------------


def _tool(argv: list[str], what: str) -> str:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise E2EError(f"{argv[0]} not found; apt-get install binutils") from None
    if done.returncode != 0:
        raise E2EError(f"{what}: {(done.stderr or done.stdout).strip().splitlines()[-1:]}")
    return done.stdout


def build_guests(cache: Path) -> dict[str, Path]:
    """``{"io": io.elf, "silent": silent.elf}`` assembled from ``ioreq/guest.S`` (cached by source and binutils)."""
    source, script = SOURCES / "guest.S", SOURCES / "guest.ld"
    binutils = _tool(["as", "--version"], "as --version").splitlines()[0]
    out = cache / "guest" / cache_key(source.read_text(), script.read_text(), binutils)
    guests = {"io": out / "io.elf", "silent": out / "silent.elf"}
    if all(g.is_file() for g in guests.values()):
        return guests
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=out.parent, prefix=".guest-"))
    try:
        for name, defs in (("io", []), ("silent", ["--defsym", "SILENT=1"])):
            _tool(["as", "--32", *defs, str(source), "-o", str(tmp / f"{name}.o")], f"as --32 {source.name}")
            link = ["ld", "-m", "elf_i386", "-T", str(script), "-o", str(tmp / f"{name}.elf"), str(tmp / f"{name}.o")]
            _tool(link, f"ld -m elf_i386 {name}.o")
            (tmp / f"{name}.o").unlink()
        tmp.chmod(0o755)
        if out.is_dir():  # half of an older attempt: ours replaces it
            shutil.rmtree(out)
        os.replace(tmp, out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return guests


def guest_config(elf: str) -> str:
    """The xl configuration of a guest (the driver names it on xl's command line)."""
    return (
        f'type = "pvh"\nkernel = "{elf}"\nmemory = 16\nvcpus = 1\n'
        'on_poweroff = "destroy"\non_reboot = "destroy"\non_crash = "preserve"\n'
    )


# -- a boot ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class IoreqBoot:
    run: ProgramRun
    runs: tuple[IoreqRun, ...]

    def record(self, name: str) -> dict[str, Any] | None:
        records = (self.run.report.result or {}).get("runs") or []
        return next((r for r in records if isinstance(r, dict) and r.get("name") == name), None)

    def mismatches(self, check: str | None = None) -> list[str]:
        """Every way this boot fell short (in the runs of ``check`` only, if given), each line naming the run."""
        if not self.run.ok:
            return [self.run.failure()]
        out = []
        judges = {"round-trip": round_trip_mismatches, "silent": silent_mismatches, "probe": probe_mismatches}
        for run in self.runs:
            if check is not None and run.check != check:
                continue
            record = self.record(run.name)
            if record is None:
                out.append(f"{run.name}: no record from the driver")
                continue
            out += [f"{run.name}: {line}" for line in judges[run.check](record, self.run.boot.text)]
        return out


def run_ioreq(
    artefacts: Artefacts,
    series: str,
    runs: list[IoreqRun],
    bindings: Path,
    workdir: Path,
    guests: dict[str, Path],
    *,
    timeout_s: float = BOOT_TIMEOUT_S,
) -> IoreqBoot:
    """Boot Xen ``series`` with the dom0 root's toolstack and the driver running ``runs``."""
    workdir.mkdir(parents=True, exist_ok=True)
    files: dict[str, Path] = {}
    for name, elf in guests.items():
        files[f"guest/{name}.elf"] = elf
        config = workdir / f"{name}.cfg"
        config.write_text(guest_config(f"/mnt/guest/{name}.elf"))
        files[f"guest/{name}.cfg"] = config
    for run in runs:
        for inside, source in run.program.files.items():
            files[f"servers/{run.name}/{inside}"] = source
    spec = {
        "ranges": {"ports": [hex(p) for p in PORTS], "mmio": [hex(m) for m in MMIO]},
        "runs": [run.spec() for run in runs],
    }
    (workdir / "servers.json").write_text(json.dumps(spec, indent=1) + "\n")
    files["servers.json"] = workdir / "servers.json"
    booted = run_program(
        artefacts,
        series,
        DRIVER,
        [bindings],
        workdir,
        timeout_s=timeout_s,
        files=files,
        toolstack=True,
        args=shlex.quote("/mnt/servers.json"),
        xen_args=XEN_ARGS,
    )
    return IoreqBoot(booted, tuple(runs))


# -- the checks, shared by every server program ------------------------------------------------------------


def pattern(seed: int, offset: int, size: int) -> int:
    """The device's answer to a read of ``size`` bytes at ``offset``: byte k is ``seed + offset + k``."""
    return sum(((seed + offset + k) & 0xFF) << (8 * k) for k in range(size))


Access = tuple[str, str, int, int, int]  # type, dir, address, size, data


def expected_round_trip() -> list[Access]:
    """What the guest does, in order, with the answers a correct server gives (ioreq/guest.S)."""
    out: list[Access] = []
    for kind, first, seed in (("pio", PORTS[0], PORT_SEED), ("mmio", MMIO[0], MMIO_SEED)):
        for size, offset, echo, value in ((1, 0, 1, 0x41), (2, 2, 4, 0xBEEF), (4, 8, 12, 0xCAFEF00D)):
            answer = pattern(seed, offset, size)
            out.append((kind, "write", first + offset, size, value))
            out.append((kind, "read", first + offset, size, answer))
            out.append((kind, "write", first + echo, size, answer))
    out.append(("pio", "write", PORTS[1], 1, 0))  # the exit register
    return out


def expected_guest_lines() -> list[str]:
    """What the guest prints on port 0xe9, as Xen's console shows it after ``(dN) ``."""
    names = {("pio", 1): "inb", ("pio", 2): "inw", ("pio", 4): "inl"}
    names |= {("mmio", 1): "readb", ("mmio", 2): "readw", ("mmio", 4): "readl"}
    reads = [a for a in expected_round_trip() if a[1] == "read"]
    lines = [f"PVH-GUEST {names[kind, size]}({addr:#x}) = {data:08x}" for kind, _, addr, size, data in reads]
    return ["PVH-GUEST start", *lines, "PVH-GUEST done"]


def guest_lines(serial: str, domid: object) -> list[str]:
    prefix = f"(d{domid}) "
    return [line[line.index(prefix) + len(prefix) :] for line in _clean(serial) if prefix + "PVH-GUEST" in line]


def _ended(record: dict[str, Any], stage: str, status: int) -> list[str]:
    out = []
    if record.get("stage") != stage:
        out.append(f"reached stage {record.get('stage')!r}, expected {stage!r}")
    if record.get("killed"):
        out.append("killed at the driver's hard deadline")
    if record.get("status") != status:
        out.append(f"exit status {record.get('status')}, expected {status}; stderr: {record.get('stderr')}")
    return out


def round_trip_mismatches(record: dict[str, Any], serial: str) -> list[str]:
    """A server program's round trip, judged the same way for every program: empty when it all held."""
    out = _ended(record, "done", 0)
    io = [r for r in record.get("io") or [] if isinstance(r, dict)]
    # A write's data is compared within its size: what Xen puts above it is not the guest's.
    served = [
        (
            r.get("type"),
            r.get("dir"),
            r.get("addr"),
            r.get("size"),
            r.get("data", 0) & ((1 << 8 * r.get("size", 8)) - 1),
        )
        for r in io
        if r.get("type") in ("pio", "mmio")
    ]
    expected = expected_round_trip()
    if served != expected:
        differ = [i for i, (a, b) in enumerate(zip(served, expected, strict=False)) if a != b]
        at = differ[0] if differ else min(len(served), len(expected))
        got = served[at] if at < len(served) else "nothing"
        want = expected[at] if at < len(expected) else "nothing"
        out.append(f"request {at}: served {got}, expected {want} ({len(served)} served, {len(expected)} expected)")
    others = sorted({str(r.get("type")) for r in io} - {"pio", "mmio", "invalidate", "timeoffset"})
    if others:
        out.append(f"requests of unexpected types: {others}")
    if record.get("guest_end") != "by itself":
        out.append(f"the guest did not go by itself: {record.get('guest_end')} ({record.get('guest_before_destroy')})")
    lines = guest_lines(serial, record.get("domid"))
    if lines != expected_guest_lines():
        out.append(f"the guest printed {lines}, expected {expected_guest_lines()}")
    return out


def silent_mismatches(record: dict[str, Any], serial: str) -> list[str]:
    """A guest that never does I/O: the server gives up at its timeout, stage "ready", nothing served."""
    out = _ended(record, "ready", 1)
    if record.get("io"):
        out.append(f"served {record['io']} from a guest that does no I/O")
    stderr = " ".join(record.get("stderr") or [])
    if f"no exit write from the guest within {SILENT_TIMEOUT_S} s" not in stderr:
        out.append(f"stderr does not say it timed out: {stderr!r}")
    waited = (record.get("timings_s") or {}).get("ready_to_exit", 0)
    if not SILENT_TIMEOUT_S <= waited <= SILENT_TIMEOUT_S + 60:
        out.append(f"it ended {waited} s after READY, expected its {SILENT_TIMEOUT_S} s timeout")
    if record.get("guest_end") != "destroyed":
        out.append(f"the guest was not destroyed cleanly: {record.get('guest_end')}")
    if "PVH-GUEST silent: no I/O, waiting forever" not in guest_lines(serial, record.get("domid")):
        out.append("the silent guest's line is not on Xen's console")
    return out


def probe_mismatches(record: dict[str, Any], serial: str) -> list[str]:
    """Binding before enabling, a range claimed twice, and unmapping, as the probe found them on Xen."""
    out = _ended(record, "done", 0)
    line = next((s for s in record.get("other_stdout") or [] if s.startswith("PROBE ")), None)
    if line is None:
        return [*out, "no PROBE line"]
    p = json.loads(line.removeprefix("PROBE "))

    def want(ok: bool, what: str) -> None:
        if not ok:
            out.append(f"{what}: {json.dumps(p, sort_keys=True)}")

    before = p.get("bind_before_enable") or {}
    want(p.get("vp_eport_before_enable") == 0, "vp_eport is not 0 before enabling")
    said = before.get("error", "")
    refused = before.get("refused") is True and "not enabled" in said and "set_state(True)" in said
    want(refused, "bind_ports before enabling was not refused with its cause")
    raw = p.get("raw_bind_before_enable") or {}
    want(raw.get("xen_name") == "XEN_EINVAL" and raw.get("errno") == 22, "binding port 0 was not refused: XEN_EINVAL")
    twice = p.get("claimed_twice") or {}
    named = "XEN_DMOP_map_io_range_to_ioreq_server" in twice.get("error", "")
    eexist = twice.get("xen_name") == "XEN_EEXIST" and twice.get("errno") == 17
    want(eexist and named, "a range claimed twice was not refused with XEN_EEXIST naming the op")
    after = p.get("vp_eport_after_enable")
    want(isinstance(after, int) and after > 0, "no vp_eport after enabling")
    want(p.get("page_closed_by_server") is True, "leaving the server's context did not unmap its page")
    want(p.get("while_held") is not None, "the guest went while a mapping of its ioreq page was held")
    want(p.get("after_unmap") is None, "the guest was still there after the mapping was unmapped")
    if record.get("guest_end") != "already gone":
        out.append(f"the driver found the guest {record.get('guest_end')}")
    return out
