"""Reading a boot's serial log: how far it got, the program's result, and what to show when it failed.

The log interleaves Xen's console (``(XEN) ...``), the dom0 kernel and the
lines our two init stages and the program print.  Our lines carry a fixed
prefix so they can be found whatever else is printed around them.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

STAGE = "XEN-ABI-E2E-STAGE"  # "<STAGE> initramfs", "<STAGE> dom0-root"; "<STAGE>-ERROR ..." on trouble
RESULT_BEGIN = "XEN-ABI-E2E-RESULT-BEGIN"
RESULT_END = "XEN-ABI-E2E-RESULT-END"
DONE = "XEN-ABI-E2E-DONE"  # "<DONE> status=N": the last line, N the program's exit status

# How far a boot got, in order.
STAGES = ("qemu", "xen", "dom0-kernel", "initramfs", "dom0-root", "toolstack", "done")

_XEN_BANNER = re.compile(r"\(XEN\) Xen version (\S+) \((?:Debian )?([^)]*)\)")
_LINUX_BANNER = re.compile(r"Linux version (\S+)")
_DONE = re.compile(rf"{DONE} status=(\d+)")
_XEN_CUT_IN = re.compile(r"\(XEN\) .*$")
_PANICS = (
    re.compile(r"\(XEN\) (Panic on CPU \d+:)\s*$"),
    re.compile(r"(Kernel panic - not syncing: .*)$"),
    re.compile(r"\(XEN\) (Hardware Dom0 crashed.*)$"),
)


@dataclass(frozen=True)
class SerialReport:
    """What a serial log says about one boot."""

    stage: str
    xen_version: str | None = None  # as Xen's banner prints it: "4.20.5-pre"
    xen_package: str | None = None  # the Debian version in the banner: "4.20.4+63-g7abfd2bce2-0+deb13u1"
    linux_version: str | None = None
    status: int | None = None  # the program's exit status, from the DONE marker
    result: dict | None = None  # the program's JSON
    result_error: str | None = None  # why the JSON could not be read, if it could not
    panic: str | None = None  # the first panic or dom0 crash line (Xen's, with the line after it, or Linux's)
    errors: tuple[str, ...] = field(default_factory=tuple)  # our init stages' error lines


def _clean(text: str) -> list[str]:
    return [line.rstrip("\r") for line in text.replace("\r\n", "\n").split("\n")]


def _result(lines: list[str]) -> tuple[dict | None, str | None]:
    try:
        start = next(i for i, line in enumerate(lines) if line.strip() == RESULT_BEGIN)
    except StopIteration:
        return None, None
    try:
        end = next(i for i in range(start + 1, len(lines)) if lines[i].strip() == RESULT_END)
    except StopIteration:
        return None, f"{RESULT_BEGIN} without {RESULT_END}"
    # Xen or the kernel may print a whole line of their own in between; Xen's serial driver may also
    # cut into one of ours ('"data": 3405705229,(XEN) uart interrupt taking more than 4ms, ...'), and our
    # line then goes on after Xen's: drop Xen's text up to its end of line.
    body = [
        _XEN_CUT_IN.sub("", line)
        for line in lines[start + 1 : end]
        if not line.startswith("(XEN)") and not re.match(r"\[\s*\d", line)
    ]
    if not "".join(body).strip():
        return None, "the program printed no result (see its traceback above the marker)"
    try:
        data = json.loads("\n".join(body))
    except json.JSONDecodeError as e:
        return None, f"the program's result is not JSON: {e}"
    if not isinstance(data, dict):
        return None, "the program's result is not a JSON object"
    return data, None


def read_serial(text: str) -> SerialReport:
    lines = _clean(text)
    stage = "qemu"
    xen_version = xen_package = linux_version = panic = None
    status = None
    errors = []
    for i, line in enumerate(lines):
        if xen_version is None and (m := _XEN_BANNER.search(line)):
            xen_version, xen_package = m.group(1), m.group(2)
            stage = max(stage, "xen", key=STAGES.index)
        elif linux_version is None and not line.startswith("(XEN)") and (m := _LINUX_BANNER.search(line)):
            linux_version = m.group(1)
            stage = max(stage, "dom0-kernel", key=STAGES.index)
        if f"{STAGE} initramfs" in line:
            stage = max(stage, "initramfs", key=STAGES.index)
        elif f"{STAGE} dom0-root" in line:
            stage = max(stage, "dom0-root", key=STAGES.index)
        elif f"{STAGE} toolstack" in line:  # only a boot whose payload starts the Xen daemons
            stage = max(stage, "toolstack", key=STAGES.index)
        elif f"{STAGE}-ERROR" in line:
            errors.append(line[line.index(STAGE) :])
        elif m := _DONE.search(line):
            stage, status = "done", int(m.group(1))
        if panic is None and stage != "done":  # what happens after the marker (power off) does not matter
            for pattern in _PANICS:
                if m := pattern.search(line):
                    panic = m.group(1)
                    if panic.startswith("Panic on CPU") and i + 1 < len(lines):
                        panic += " " + lines[i + 1].removeprefix("(XEN)").strip()
                    break
    result, result_error = _result(lines)
    return SerialReport(
        stage, xen_version, xen_package, linux_version, status, result, result_error, panic, tuple(errors)
    )


def tail(text: str, count: int = 40) -> str:
    """The last ``count`` non-empty lines of a log."""
    lines = [line for line in _clean(text) if line.strip()]
    return "\n".join(lines[-count:])


def explain(report: SerialReport) -> str:
    """One line saying how far the boot got and why it stopped there."""
    if report.stage == "qemu":
        what = "Xen never started (no Xen banner on the serial console)"
    elif report.stage == "xen":
        what = "the hypervisor never reached dom0 (no Linux banner after Xen's)"
    elif report.stage == "dom0-kernel":
        what = "dom0's kernel never ran the initramfs"
    elif report.stage == "initramfs":
        what = "the initramfs never reached the dom0 root"
    elif report.stage == "dom0-root":
        what = f"no {DONE} marker: the program never finished"
    elif report.stage == "toolstack":
        what = f"no {DONE} marker: the program never finished (the Xen daemons were up)"
    elif report.status:
        what = f"the program failed (exit status {report.status})"
    else:
        what = "the boot completed"
    extra = [f"panic: {report.panic}"] if report.panic else []
    extra += list(report.errors)
    return what + ("; " + "; ".join(extra) if extra else "")
