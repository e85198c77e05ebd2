"""Which Xen is running: ``/sys/hypervisor/version/*``, falling back to the ``XENVER_version`` hypercall.

The sysfs files exist when Linux has ``CONFIG_XEN_SYS_HYPERVISOR``; the
hypercall needs an unrestricted ``/dev/xen/privcmd`` (do this before any
``restrict``).  Capabilities are better probed than inferred from the
version (see ``ioreq``), but choosing a release's layouts needs the version.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ._runtime import arch_data, host_arch, resolve_release
from .errors import ReleaseError, XenError, XenUnavailable

SYSFS = Path("/sys/hypervisor")


@dataclass(frozen=True)
class XenVersion:
    major: int
    minor: int
    extra: str  # ".0", ".3", "-unstable", "" when unknown
    source: str  # "sysfs" or "hypercall"

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}{self.extra}"


def from_sysfs(root: Path = SYSFS) -> XenVersion | None:
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


def from_hypercall(privcmd=None) -> XenVersion:
    """``xen_version(XENVER_version)`` (and ``XENVER_extraversion``) through privcmd."""
    from . import core
    from .privcmd import Privcmd

    b = core()
    own = privcmd is None
    pc = Privcmd() if own else privcmd
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


def running_version(privcmd=None) -> XenVersion:
    found = from_sysfs()
    if found is not None:
        return found
    return from_hypercall(privcmd)


def release_of(version: XenVersion, arch: str | None = None) -> str:
    """The release of the bindings whose ABI the running Xen has (``4.17.3`` -> ``4.17.0``)."""
    arch = arch or host_arch()
    if "unstable" in version.extra or "rc" in version.extra:
        candidate = f"{version.major}.{version.minor}-unstable"
        if candidate in arch_data(arch)["releases"]:
            return candidate
        raise ReleaseError(f"Xen {version} is a development snapshot these bindings do not hold")
    return resolve_release(f"{version.major}.{version.minor}.0", arch)


def running_release(privcmd=None) -> str:
    return release_of(running_version(privcmd))
