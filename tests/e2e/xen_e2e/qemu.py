"""One boot of Xen with a Linux PV dom0 under QEMU TCG, its serial console written to a log.

QEMU loads the (gunzipped) Xen image directly with ``-kernel`` (multiboot);
the dom0 kernel and its initramfs are multiboot modules in ``-initrd``
(modules separated by commas, a module's arguments after a space).  KVM is not
usable on these machines, so TCG it is.  Every boot runs under ``timeout`` in a
process group of its own, and the whole group is killed before ``run``
returns, whatever happened: no QEMU is ever left behind.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from xen_e2e import E2EError

QEMU = "qemu-system-x86_64"
# smap=0: under QEMU 7.2 TCG dom0 crashes at its first exception bounce with SMAP on.
# bootscrub=0 and a small dom0 keep the boot quick and QEMU's memory near 540 MB.
# Never Xen's "noreboot": a crash must end QEMU (-no-reboot), not hang until the timeout.
XEN_ARGS = "console=com1 com1=115200,8n1 dom0_mem=512M,max:512M smap=0 bootscrub=0"
DOM0_ARGS = "console=hvc0 panic=-1"


@dataclass(frozen=True)
class Boot:
    """What to boot and how long to give it."""

    xen: Path  # the gunzipped multiboot image (boot/xen-4.xx-amd64.gz from the package)
    kernel: Path
    initrd: Path
    disks: tuple[Path, ...]  # virtio disks, /dev/vda first; opened snapshot=on, never written
    xen_args: str = XEN_ARGS
    dom0_args: str = DOM0_ARGS
    cpus: int = 2
    memory_mb: int = 1024
    timeout_s: float = 300.0
    kill_grace_s: float = 10.0  # after the timeout's SIGTERM, how long until SIGKILL


@dataclass(frozen=True)
class BootRun:
    """What happened: QEMU's exit status (None if killed), whether the timeout hit, the log."""

    log: Path
    pid: int  # of the process group QEMU ran in (gone by the time run() returns)
    exit_status: int | None
    timed_out: bool
    elapsed_s: float
    text: str


def qemu_available() -> str | None:
    """Why this host cannot run the boots, or None when it can."""
    if shutil.which(QEMU) is None:
        return f"{QEMU} is not installed (apt-get install qemu-system-x86)"
    if shutil.which("timeout") is None:
        return "timeout (coreutils) is not installed"
    return None


def qemu_argv(boot: Boot) -> list[str]:
    for path in (boot.xen, boot.kernel, boot.initrd, *boot.disks):
        if not path.is_file():
            raise E2EError(f"{path}: no such file to boot")
        if "," in str(path) or any(c.isspace() for c in str(path)):
            raise E2EError(f"{path}: QEMU cannot take a path with a comma or a space here; move the cache")
    argv = [QEMU, "-M", "q35", "-cpu", "max", "-smp", str(boot.cpus), "-m", str(boot.memory_mb)]
    argv += ["-accel", "tcg,tb-size=256", "-display", "none", "-serial", "stdio", "-monitor", "none"]
    argv += ["-no-reboot", "-net", "none", "-kernel", str(boot.xen), "-append", boot.xen_args]
    argv += ["-initrd", f"{boot.kernel} {boot.dom0_args},{boot.initrd}"]
    for disk in boot.disks:
        argv += ["-drive", f"file={disk},if=virtio,format=raw,snapshot=on"]
    return argv


def _group_members(pgid: int) -> list[int]:
    """Live (not zombie) processes of a process group, from /proc."""
    members = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue  # it ended while we looked
        # "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so split after the last ")".
        fields = stat[stat.rindex(")") + 2 :].split()
        if fields[0] != "Z" and int(fields[2]) == pgid:
            members.append(int(entry.name))
    return members


def run(boot: Boot, log: Path, *, argv: list[str] | None = None) -> BootRun:
    """Boot and wait for QEMU to end (Xen powers off or resets), at most ``boot.timeout_s``.

    ``argv`` replaces the QEMU command line (the tests use it to check that a
    command that never ends is killed).
    """
    command = argv if argv is not None else qemu_argv(boot)
    grace = boot.kill_grace_s
    wrapped = ["timeout", f"--kill-after={grace:g}", f"{boot.timeout_s:g}", *command]
    log.parent.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    timed_out = False
    with log.open("wb") as out:
        try:
            proc = subprocess.Popen(
                wrapped, stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
            )
        except FileNotFoundError as e:
            raise E2EError(f"{e.filename}: not found ({qemu_available() or 'check PATH'})") from None
        try:
            status: int | None = proc.wait(timeout=boot.timeout_s + 2 * grace)
        except subprocess.TimeoutExpired:
            status = None
        finally:
            # The group is timeout, QEMU and anything QEMU started: none of them outlives this call.
            if _group_members(proc.pid):
                os.killpg(proc.pid, signal.SIGKILL)
            if proc.poll() is None:
                proc.wait()
            deadline = time.monotonic() + grace + 1
            while _group_members(proc.pid) and time.monotonic() < deadline:
                time.sleep(0.05)
            if left := _group_members(proc.pid):
                raise E2EError(f"processes {left} of the boot's group survived SIGKILL")
    if status is None or status in (124, 137, -signal.SIGKILL):
        timed_out = True
        status = None
    text = log.read_bytes().decode("utf-8", errors="replace")
    return BootRun(log, proc.pid, status, timed_out, time.monotonic() - started, text)
