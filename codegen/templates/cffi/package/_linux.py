"""Linux's user-space ABI for Xen (``/dev/xen/privcmd``, ``/dev/xen/evtchn``), per architecture.

This layer is keyed by (OS, architecture) and never by Xen release: the
structs are Linux's ``include/uapi/xen/privcmd.h`` and ``evtchn.h``, and an
ioctl number is ``_IOC(dir, type, nr, size)`` with the size of the struct on
this machine.  The Xen hypercall layer (numbers, argument layouts) comes
from the catalogue data and is keyed by (architecture, Xen release); the two
meet only in ``privcmd.Privcmd``.

Calls go through ``syscall(SYS_ioctl, ...)``, which returns a ``long``:
glibc's ``ioctl()`` returns ``int`` and would truncate a hypercall's result.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import cache
from typing import Any

import cffi

from .errors import XenUnavailable


@dataclass(frozen=True)
class IocEncoding:
    """How ``_IOC(dir, type, nr, size)`` packs its fields (asm-generic/ioctl.h, or powerpc's)."""

    size_bits: int
    dir_none: int
    dir_write: int
    dir_read: int

    def ioc(self, direction: str, kind: str, nr: int, size: int) -> int:
        """The ``_IOC`` request code of an ioctl (``direction``: none, r, w or rw)."""
        dir_value = {"none": self.dir_none, "write": self.dir_write, "read": self.dir_read}[direction]
        if size >= 1 << self.size_bits:
            raise ValueError(f"ioctl argument of {size} bytes does not fit _IOC's size field")
        return (dir_value << (16 + self.size_bits)) | (size << 16) | (ord(kind) << 8) | nr


GENERIC_IOC = IocEncoding(size_bits=14, dir_none=0, dir_write=1, dir_read=2)


@dataclass(frozen=True)
class LinuxArch:
    """What Linux's Xen devices look like on one architecture."""

    arch: str
    ioc: IocEncoding
    sys_ioctl: int  # the ioctl system call's number
    xen_pfn_t: str  # Linux's own xen_pfn_t (asm/xen/interface.h): unsigned long on x86, uint64_t on Arm


# Linux runs as a Xen guest (with privcmd/evtchn) on x86 and Arm only.
LINUX: dict[str, LinuxArch] = {
    "x86_64": LinuxArch("x86_64", GENERIC_IOC, 16, "unsigned long"),
    "x86_32": LinuxArch("x86_32", GENERIC_IOC, 54, "unsigned long"),
    "arm64": LinuxArch("arm64", GENERIC_IOC, 29, "uint64_t"),
    "arm32": LinuxArch("arm32", GENERIC_IOC, 54, "uint64_t"),
}

# include/uapi/xen/privcmd.h and evtchn.h, as Linux declares them (types from
# <xen/interface/xen.h>: domid_t, xen_pfn_t).  Tests compile exactly this text
# against the installed header with cffi's API mode.
UAPI_TYPES = """
typedef uint16_t domid_t;
typedef {xen_pfn_t} xen_pfn_t;
"""
UAPI_CDEF = """
struct privcmd_hypercall {
    uint64_t op;
    uint64_t arg[5];
};
struct privcmd_mmapbatch_v2 {
    unsigned int num;
    domid_t dom;
    uint64_t addr;
    const xen_pfn_t *arr;
    int *err;
};
struct privcmd_dm_op_buf {
    void *uptr;
    size_t size;
};
struct privcmd_dm_op {
    domid_t dom;
    uint16_t num;
    const struct privcmd_dm_op_buf *ubufs;
};
struct privcmd_mmap_resource {
    domid_t dom;
    uint32_t type;
    uint32_t id;
    uint32_t idx;
    uint64_t num;
    uint64_t addr;
};
struct ioctl_evtchn_bind_interdomain {
    unsigned int remote_domain, remote_port;
};
struct ioctl_evtchn_unbind {
    unsigned int port;
};
struct ioctl_evtchn_notify {
    unsigned int port;
};
struct ioctl_evtchn_restrict_domid {
    domid_t domid;
};
"""
LIBC_CDEF = """
long syscall(long number, ...);
int mlock(const void *addr, size_t len);
int munlock(const void *addr, size_t len);
"""

# name -> (direction, type, nr, argument type whose size is encoded; None for 0)
PRIVCMD_IOCTLS: dict[str, tuple[str, str, int, str | None]] = {
    "IOCTL_PRIVCMD_HYPERCALL": ("none", "P", 0, "struct privcmd_hypercall"),
    "IOCTL_PRIVCMD_MMAPBATCH_V2": ("none", "P", 4, "struct privcmd_mmapbatch_v2"),
    "IOCTL_PRIVCMD_DM_OP": ("none", "P", 5, "struct privcmd_dm_op"),
    "IOCTL_PRIVCMD_RESTRICT": ("none", "P", 6, "domid_t"),
    "IOCTL_PRIVCMD_MMAP_RESOURCE": ("none", "P", 7, "struct privcmd_mmap_resource"),
}
EVTCHN_IOCTLS: dict[str, tuple[str, str, int, str | None]] = {
    "IOCTL_EVTCHN_BIND_INTERDOMAIN": ("none", "E", 1, "struct ioctl_evtchn_bind_interdomain"),
    "IOCTL_EVTCHN_UNBIND": ("none", "E", 3, "struct ioctl_evtchn_unbind"),
    "IOCTL_EVTCHN_NOTIFY": ("none", "E", 4, "struct ioctl_evtchn_notify"),
    "IOCTL_EVTCHN_RESET": ("none", "E", 5, None),
    "IOCTL_EVTCHN_RESTRICT_DOMID": ("none", "E", 6, "struct ioctl_evtchn_restrict_domid"),
}


def linux_arch(arch: str) -> LinuxArch:
    """Linux's ioctl conventions and structs for ``arch``; ``ArchError`` where Linux runs no dom0."""
    if arch not in LINUX:
        raise XenUnavailable(f"Linux has no Xen device interface on {arch} (it has one on: {', '.join(LINUX)})")
    return LINUX[arch]


class LinuxABI:
    """The uapi structs and ioctl numbers of this machine (natural cffi layout = the kernel's)."""

    def __init__(self, arch: str) -> None:
        self.arch = linux_arch(arch)
        self.ffi = cffi.FFI()
        self.ffi.cdef(UAPI_TYPES.format(xen_pfn_t=self.arch.xen_pfn_t) + UAPI_CDEF + LIBC_CDEF)
        self._libc: Any = None
        self.ioctls: dict[str, int] = {
            name: self.arch.ioc.ioc(direction, kind, nr, self.ffi.sizeof(arg) if arg else 0)
            for table in (PRIVCMD_IOCTLS, EVTCHN_IOCTLS)
            for name, (direction, kind, nr, arg) in table.items()
        }

    @property
    def libc(self) -> Any:
        """The C library (``syscall``, ``mlock``), opened on first use."""
        if self._libc is None:
            self._libc = self.ffi.dlopen(None)
        return self._libc

    def ioctl(self, fd: int, request: int, arg: Any = None) -> int:
        """``syscall(SYS_ioctl, fd, request, arg)``: the kernel's long result, or OSError."""
        ffi = self.ffi
        pointer = ffi.NULL if arg is None else ffi.cast("void *", arg)
        result = self.libc.syscall(
            ffi.cast("long", self.arch.sys_ioctl),
            ffi.cast("int", fd),
            ffi.cast("unsigned long", request),
            pointer,
        )
        if result == -1:
            number = ffi.errno
            raise OSError(number, os.strerror(number))
        return int(result)

    def address(self, buffer: Any) -> int:
        """The address of a writable Python buffer (an mmap, a bytearray) or of cdata."""
        if isinstance(buffer, self.ffi.CData):
            return int(self.ffi.cast("uintptr_t", buffer))
        return int(self.ffi.cast("uintptr_t", self.ffi.from_buffer(buffer)))


@cache
def host_linux(arch: str) -> LinuxABI:
    return LinuxABI(arch)
