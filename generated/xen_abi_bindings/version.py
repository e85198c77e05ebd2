"""Which Xen is running: ``/sys/hypervisor/version/*``, falling back to the ``XENVER_version`` hypercall.

The sysfs files exist when Linux has ``CONFIG_XEN_SYS_HYPERVISOR``; the
hypercall needs an unrestricted ``/dev/xen/privcmd`` (do this before any
``restrict``).  Capabilities are better probed than inferred from the
version (see ``ioreq``), but choosing a release's layouts needs the version.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ._runtime import arch_data, host_arch, resolve_release
from .errors import ReleaseError, XenError, XenUnavailable

if TYPE_CHECKING:
    from .privcmd import Privcmd

SYSFS = Path("/sys/hypervisor")


@dataclass(frozen=True)
class XenVersion:
    """What the hypervisor reports: ``XENVER_version`` and ``XENVER_extraversion``."""

    major: int
    minor: int
    extra: str  # ".0", ".7", ".8-pre", "-unstable", "" when unknown
    source: str  # "sysfs" or "hypercall"

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}{self.extra}"

    def release_name(self) -> str:
        """The release name this version asks for: ``4.17.7``; ``4.18-unstable`` for a snapshot.

        The point number is the extraversion's (``.7`` -> 4.17.7; a stable
        branch's ``.8-pre`` is 4.17.8, served by 4.17.7 when the bindings stop
        there); none (``""``) reads as ``.0``.
        """
        if "unstable" in self.extra or "rc" in self.extra:
            return f"{self.major}.{self.minor}-unstable"
        m = re.match(r"\.(\d+)", self.extra)
        return f"{self.major}.{self.minor}.{int(m.group(1)) if m else 0}"


def from_sysfs(root: Path = SYSFS) -> XenVersion | None:
    """The version from ``/sys/hypervisor`` (Linux's ``CONFIG_XEN_SYS_HYPERVISOR``), or None."""
    try:
        if (root / "type").read_text().strip() != "xen":
            return None
        major = int((root / "version" / "major").read_text())
        minor = int((root / "version" / "minor").read_text())
    except (OSError, ValueError):
        return None
    try:
        extra = (root / "version" / "extra").read_text().strip()
    except OSError:
        extra = ""
    return XenVersion(major, minor, extra, "sysfs")


def from_hypercall(privcmd: Privcmd | None = None) -> XenVersion:
    """``xen_version(XENVER_version)`` (and ``XENVER_extraversion``) through privcmd."""
    from . import core
    from .privcmd import Privcmd

    b = core()
    own = privcmd is None
    pc = privcmd if privcmd is not None else Privcmd()
    try:
        packed = pc.hypercall(b.constant("__HYPERVISOR_xen_version"), b.XENVER_version, 0)
        extra = ""
        try:
            buf = pc.hypercall_buffer(b.layout("xen_extraversion_t").size)
            pc.hypercall(b.constant("__HYPERVISOR_xen_version"), b.XENVER_extraversion, buf.address)
            extra = buf.read().split(b"\0", 1)[0].decode("ascii", "replace")
        except (XenError, XenUnavailable):
            pass
    finally:
        if own:
            pc.close()
    return XenVersion(packed >> 16, packed & 0xFFFF, extra, "hypercall")


def running_version(privcmd: Privcmd | None = None) -> XenVersion:
    """The running hypervisor's version: sysfs first, else the hypercall (through ``privcmd`` if given)."""
    found = from_sysfs()
    if found is not None:
        return found
    return from_hypercall(privcmd)


def release_of(version: XenVersion, arch: str | None = None) -> str:
    """The release of the bindings whose ABI the running Xen has (``4.17.7`` -> ``4.17.7``).

    A point release the bindings do not hold is served by its series' newest one
    before it (see ``resolve``); a development snapshot by its ``-unstable``.
    """
    arch = arch or host_arch()
    name = version.release_name()
    if name.endswith("-unstable") and name not in arch_data(arch)["releases"]:
        raise ReleaseError(f"Xen {version} is a development snapshot these bindings do not hold")
    return resolve_release(name, arch)


def running_release(privcmd: Privcmd | None = None) -> str:
    """``release_of`` the running hypervisor."""
    return release_of(running_version(privcmd))
