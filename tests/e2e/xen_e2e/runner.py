"""Run one program in dom0 under one hypervisor: payload, boot, serial report, and a failure message."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from xen_e2e import qemu
from xen_e2e.artefacts import Artefacts, Hypervisor
from xen_e2e.payload import build_payload
from xen_e2e.serial import SerialReport, explain, read_serial, tail
from xen_e2e.xen_errno import errno_name

TAIL_LINES = 40


@dataclass(frozen=True)
class ProgramRun:
    hypervisor: Hypervisor
    spec: qemu.Boot  # what was booted: the CPUs, memory and Xen command line the results are checked against
    boot: qemu.BootRun
    report: SerialReport

    @property
    def ok(self) -> bool:
        r = self.report
        return r.stage == "done" and r.status == 0 and r.result is not None and not self.boot.timed_out

    def failed_hypercalls(self) -> list[str]:
        """``call: EACCES (-13)`` for each error the program reported, named from the booted release.

        An error with no errno (the bindings refusing a request) shows its message instead.
        """
        errors = (self.report.result or {}).get("errors") or []
        release = f"{self.hypervisor.series}.0"
        out = []
        for error in errors if isinstance(errors, list) else []:
            if isinstance(error, dict) and isinstance(error.get("errno"), int):
                value = error["errno"]
                out.append(f"{error.get('call', '?')}: {errno_name(value, release)} ({-abs(value)})")
            elif isinstance(error, dict):  # not a hypercall's: the bindings refused (e.g. no tools view)
                out.append(f"{error.get('call', '?')}: {error.get('error', '?')}")
        return out

    def failure(self) -> str:
        """Why it failed, and the end of the serial log: what a failing test shows."""
        hv = self.hypervisor
        what = explain(self.report)
        if self.boot.timed_out:
            what = f"timed out after {self.boot.elapsed_s:.0f} s ({what})"
        elif self.report.result_error:
            what += f"; {self.report.result_error}"
        if failed := self.failed_hypercalls():
            what += "; errors: " + ", ".join(failed)
        return (
            f"Xen {hv.series} ({hv.package} {hv.version}): {what}\n"
            f"--- last {TAIL_LINES} lines of {self.boot.log} ---\n{tail(self.boot.text, TAIL_LINES)}"
        )


def run_program(
    artefacts: Artefacts,
    series: str,
    program: Path,
    packages: list[Path],
    workdir: Path,
    *,
    timeout_s: float = qemu.Boot.timeout_s,
    kernel: Path | None = None,
    files: dict[str, Path] | None = None,
    toolstack: bool = False,
    args: str = "",
    xen_args: str = qemu.XEN_ARGS,
) -> ProgramRun:
    """Boot Xen ``series`` with ``program`` (and ``packages`` on its PYTHONPATH) in dom0; logs go to ``workdir``.

    ``files``, ``toolstack`` and ``args`` shape the payload (``build_payload``); ``xen_args`` is Xen's command line.
    """
    hv = artefacts.hypervisor(series)
    payload = build_payload(
        program, packages, workdir / f"payload-{series}.ext4", files=files, toolstack=toolstack, args=args
    )
    boot = qemu.Boot(
        xen=hv.image,
        kernel=kernel or artefacts.kernel,
        initrd=artefacts.initrd,
        disks=(artefacts.rootfs[series], payload),
        xen_args=xen_args,
        timeout_s=timeout_s,
    )
    done = qemu.run(boot, workdir / f"serial-{series}.log")
    return ProgramRun(hv, boot, done, read_serial(done.text))
