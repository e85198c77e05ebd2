"""What the host knows about a boot, checked against what the program in dom0 reported.

The program checks what it can know from inside (dom0 is domain 0, the event
channel is unbound then closed, domctl and memory_op agree on dom0's pages);
the host adds what only it knows: which package it booted (and the version
Xen's own banner printed), how many CPUs and how much memory QEMU and Xen's
command line gave, and the interface versions the catalogue records for the
release.  The program never branches on the version; the host does not need
to trust it to.
"""

from __future__ import annotations

import re
from typing import Any

from xen_abi.store.catalogue import Catalogue

from xen_e2e.qemu import Boot
from xen_e2e.serial import SerialReport

PAGE = 4096
TOOLS_CONFIG = "x86_64/tools"


def expected_release(series: str, package_version: str) -> str:
    """The release the bindings serve the booted Xen with: its point release when the catalogue holds it.

    The point comes from the Debian version (``4.17.7+13-g2445b30a44-0+deb12u1``: 4.17.7, 13
    commits on); the bindings pick the newest release of the series not newer than that
    (docs/bindings.md, "Point releases"), ``series.0`` for a catalogue without points.
    """
    m = re.match(r"(\d+\.\d+)\.(\d+)", package_version)
    point = int(m.group(2)) if m and m.group(1) == series else 0
    held = [
        int(r.rsplit(".", 1)[1])
        for r in Catalogue.load().releases
        if r.startswith(f"{series}.") and r.count(".") == 2 and r.rsplit(".", 1)[1].isdigit()
    ]
    return f"{series}.{max((p for p in held if p <= point), default=0)}"


def interface_version(release: str, name: str) -> int:
    """``XEN_DOMCTL_INTERFACE_VERSION`` (etc.) of ``release`` in the committed catalogue."""
    value = Catalogue.load().release(release).configs[TOOLS_CONFIG].constants[name].value
    assert value is not None, f"{name} has no value in {release}"
    return value


def dom0_max_pages(xen_args: str) -> int:
    """The ``max:`` of Xen's ``dom0_mem=...,max:512M`` in pages."""
    for arg in xen_args.split():
        if arg.startswith("dom0_mem="):
            for part in arg.removeprefix("dom0_mem=").split(","):
                if part.startswith("max:"):
                    size = part.removeprefix("max:")
                    units = {"K": 2**10, "M": 2**20, "G": 2**30}
                    return int(size[:-1]) * units[size[-1].upper()] // PAGE
    raise ValueError(f"no dom0_mem=...,max: in {xen_args!r}")


MISSING = object()  # what _get returns for a path the result lacks (None is a value a result may hold)


def _get(data: Any, path: str) -> Any:
    """``data["a"]["b"]`` for ``"a.b"``, or MISSING."""
    for key in path.split("."):
        if not isinstance(data, dict) or key not in data:
            return MISSING
        data = data[key]
    return data


def mismatches(result: dict, series: str, package_version: str, report: SerialReport, boot: Boot) -> list[str]:
    """Every way ``result`` disagrees with what is known; empty when it all holds."""
    release = expected_release(series, package_version)
    major, minor = (int(n) for n in series.split("."))
    max_pages = dom0_max_pages(boot.xen_args)
    out: list[str] = []

    def want(path: str, ok: bool | None, expected: str) -> None:
        value = _get(result, path)
        if value is MISSING:
            out.append(f"{path}: missing from the result")
        elif not ok:
            out.append(f"{path} = {value!r}, expected {expected}")

    def value(path: str) -> Any:
        v = _get(result, path)
        return None if v is MISSING else v

    def num(path: str) -> int:
        v = value(path)
        return v if isinstance(v, int) and not isinstance(v, bool) else -1

    want("errors", value("errors") == [], "no hypercall error")
    failed = [name for name, passed in (value("checks") or {}).items() if passed is not True]
    want("checks", bool(value("checks")) and not failed, f"every check of the program to pass (failed: {failed})")
    want("release", value("release") == release, repr(release))

    # The version: the hypercall, Xen's boot banner and the package booted agree.
    want("xen_version.major", num("xen_version.major") == major, str(major))
    want("xen_version.minor", num("xen_version.minor") == minor, str(minor))
    spoken = f"{num('xen_version.major')}.{num('xen_version.minor')}{value('xen_version.extraversion')}"
    want("xen_version.extraversion", spoken == report.xen_version, f"{report.xen_version} (Xen's boot banner)")
    if report.xen_package != package_version:
        out.append(f"Xen's banner names package {report.xen_package}, but {package_version} was booted")
    want("xen_version.capabilities", "xen-3.0-x86_64" in str(value("xen_version.capabilities")), "xen-3.0-x86_64")

    # memory_op on DOMID_SELF, against Xen's command line.
    want("memory.maximum_reservation", num("memory.maximum_reservation") == max_pages, f"{max_pages} (dom0_mem max)")
    current = num("memory.current_reservation")
    want("memory.current_reservation", 0 < current <= max_pages, f"in 1..{max_pages}")
    want("memory.maximum_ram_page", num("memory.maximum_ram_page") >= current, f">= {current}")

    # Event channel and grant table.
    want("event_channel.port", num("event_channel.port") > 0, "a port > 0")
    want("event_channel.after_alloc.status", value("event_channel.after_alloc.status") == "unbound", "'unbound'")
    want("event_channel.after_alloc.remote_dom", num("event_channel.after_alloc.remote_dom") == 0, "0")
    want("event_channel.after_close.status", value("event_channel.after_close.status") == "closed", "'closed'")
    frames = num("grant_table.nr_frames")
    want("grant_table.status", value("grant_table.status") == 0, "0 (GNTST_okay)")
    want("grant_table.nr_frames", frames > 0, "> 0")
    want("grant_table.max_nr_frames", num("grant_table.max_nr_frames") >= frames, f">= {frames}")

    # Tools-only calls through the release's own interface versions.
    sysctl = interface_version(release, "XEN_SYSCTL_INTERFACE_VERSION")
    domctl = interface_version(release, "XEN_DOMCTL_INTERFACE_VERSION")
    want("sysctl_physinfo.interface_version", num("sysctl_physinfo.interface_version") == sysctl, hex(sysctl))
    want("sysctl_physinfo.nr_cpus", num("sysctl_physinfo.nr_cpus") == boot.cpus, f"{boot.cpus} (QEMU -smp)")
    total = num("sysctl_physinfo.total_pages")
    machine_pages = boot.memory_mb * 2**20 // PAGE
    want("sysctl_physinfo.total_pages", max_pages < total <= machine_pages, f"in {max_pages + 1}..{machine_pages}")
    want("sysctl_physinfo.free_pages", 0 <= num("sysctl_physinfo.free_pages") < total, f"< {total}")
    want("domctl_getdomaininfo.interface_version", num("domctl_getdomaininfo.interface_version") == domctl, hex(domctl))
    want("domctl_getdomaininfo.domain", num("domctl_getdomaininfo.domain") == 0, "0")
    want("domctl_getdomaininfo.tot_pages", num("domctl_getdomaininfo.tot_pages") == current, f"{current} (memory_op)")
    want("domctl_getdomaininfo.max_vcpu_id", num("domctl_getdomaininfo.max_vcpu_id") == boot.cpus - 1, "cpus - 1")
    # The other release's domctl version is refused: success above is the dispatch, not luck.
    wrong = num("domctl_wrong_interface.interface_version")
    want("domctl_wrong_interface.interface_version", wrong not in (-1, domctl), f"not {hex(domctl)}")
    want("domctl_wrong_interface.errno", abs(num("domctl_wrong_interface.errno")) == 13, "EACCES (13)")
    return out
