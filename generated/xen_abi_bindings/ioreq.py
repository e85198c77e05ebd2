"""A simple IOREQ server from the stable core only: dm_op helpers, the ioreq pages, event channels.

Everything here uses the stable core of the bindings (``core()``), so one
program runs unchanged on every Xen of the range: it builds ``xen_dm_op``
buffers, maps the ioreq pages with ``IOCTL_PRIVCMD_MMAP_RESOURCE``
(``XENMEM_resource_ioreq_server``), binds each vCPU's event channel through
``/dev/xen/evtchn``, and views the shared ``ioreq_t`` slots and the buffered
ring with the barriers the protocol needs (as varstored and QEMU do).

Prefer probing to version checks: ``nr_vcpus`` raises ``XenError`` with
``xen_name == "XEN_EOPNOTSUPP"`` on a Xen without ``XEN_DMOP_nr_vcpus`` (before
4.15), and ``Privcmd.has_dm_op`` tells whether the kernel has the DM_OP ioctl.
Every ``dm_op`` sends the whole 32-byte ``xen_dm_op`` as its first buffer:
Xen up to 4.10 copied ``sizeof(struct xen_dm_op)`` and refused anything shorter.
"""

from __future__ import annotations

import mmap
from dataclasses import dataclass
from typing import Any

from ._runtime import Bindings
from .barrier import full_barrier


def _core(arch: str) -> Bindings:
    from . import core

    return core(arch)


@dataclass(frozen=True)
class IoreqServerInfo:
    ioreq_gfn: int
    bufioreq_gfn: int
    bufioreq_port: int


class IoreqServer:
    """One IOREQ server of domain ``domid``, driven through a ``Privcmd`` (or a ``DryRun``)."""

    def __init__(self, privcmd: Any, domid: int, *, bindings: Bindings | None = None) -> None:
        self.privcmd = privcmd
        self.domid = domid
        self.b = bindings or _core(privcmd.arch)
        self.id: int | None = None

    # -- dm_op -------------------------------------------------------------------------------------

    def dm_op(self, op: str, **fields: int) -> Any:
        """Issue ``XEN_DMOP_<op>`` with the payload member ``u.<op>`` set from ``fields``.

        Returns the payload (a cdata pointer into the buffer Xen wrote back).
        """
        b = self.b
        buf = b.new("struct xen_dm_op")
        buf.op = b.constant(f"XEN_DMOP_{op}")
        payload = b.union_member(buf, "u", op)
        for name, value in fields.items():
            setattr(payload, name, value)
        self.privcmd.dm_op(self.domid, buf)
        return payload

    def _server_id(self) -> int:
        if self.id is None:
            raise RuntimeError("no IOREQ server: call create() first")
        return self.id

    def nr_vcpus(self) -> int:
        """The domain's number of vCPUs (``XEN_DMOP_nr_vcpus``, Xen 4.15 and later)."""
        return int(self.dm_op("nr_vcpus").vcpus)

    def create(self, handle_bufioreq: int = 0) -> int:
        """Create the server; ``handle_bufioreq`` 0 means no buffered ring (``HVM_IOREQSRV_BUFIOREQ_OFF``)."""
        self.id = int(self.dm_op("create_ioreq_server", handle_bufioreq=handle_bufioreq).id)
        return self.id

    def get_info(self, *, gfns: bool = False) -> IoreqServerInfo:
        """The buffered ring's event channel (and legacy gfns only if ``gfns``)."""
        flags = 0 if gfns else self.b.XEN_DMOP_no_gfns
        info = self.dm_op("get_ioreq_server_info", id=self._server_id(), flags=flags)
        return IoreqServerInfo(int(info.ioreq_gfn), int(info.bufioreq_gfn), int(info.bufioreq_port))

    def map_io_range(self, kind: int, start: int, end: int) -> None:
        """Claim ``start``..``end`` (inclusive) of ``XEN_DMOP_IO_RANGE_PORT``/``MEMORY``/``PCI``."""
        self.dm_op("map_io_range_to_ioreq_server", id=self._server_id(), type=kind, start=start, end=end)

    def unmap_io_range(self, kind: int, start: int, end: int) -> None:
        self.dm_op("unmap_io_range_from_ioreq_server", id=self._server_id(), type=kind, start=start, end=end)

    def set_state(self, enabled: bool) -> None:
        self.dm_op("set_ioreq_server_state", id=self._server_id(), enabled=int(enabled))

    def destroy(self) -> None:
        self.dm_op("destroy_ioreq_server", id=self._server_id())
        self.id = None

    # -- pages and ports -----------------------------------------------------------------------------

    def ioreq_frame(self, n: int = 0) -> int:
        """``XENMEM_resource_ioreq_server_frame_ioreq(n)``: memory.h defines it as ``(1 + (n))``,
        the frame after the buffered one (``..._frame_bufioreq``)."""
        return self.b.XENMEM_resource_ioreq_server_frame_bufioreq + 1 + n

    def map_ioreq_page(self, nr_vcpus: int) -> SharedIoPage:
        slot = self.b.layout("ioreq_t").size
        page = 1 << self.b.XEN_PAGE_SHIFT
        frames = max(1, -(-nr_vcpus * slot // page))
        memory = self.privcmd.mmap_resource(
            self.domid, self.b.XENMEM_resource_ioreq_server, self._server_id(), self.ioreq_frame(0), frames
        )
        return SharedIoPage(self.b, memory, nr_vcpus)

    def map_bufioreq_page(self) -> BufferedIoPage:
        """The buffered ring (the server must be created with ``handle_bufioreq`` != 0)."""
        memory = self.privcmd.mmap_resource(
            self.domid,
            self.b.XENMEM_resource_ioreq_server,
            self._server_id(),
            self.b.XENMEM_resource_ioreq_server_frame_bufioreq,
            1,
        )
        return BufferedIoPage(self.b, memory)

    def bind_ports(self, page: SharedIoPage, evtchn: Any) -> list[int]:
        """Bind each vCPU's ioreq event channel; the local ports, by vCPU."""
        return [evtchn.bind_interdomain(self.domid, int(page.slot(v).vp_eport)) for v in range(page.nr_vcpus)]


class SharedIoPage:
    """The shared ``ioreq_t`` page: one slot per vCPU."""

    def __init__(self, bindings: Bindings, memory: mmap.mmap, nr_vcpus: int) -> None:
        self.b = bindings
        self.memory = memory
        self.nr_vcpus = nr_vcpus
        self.slot_size = bindings.layout("ioreq_t").size

    def slot(self, vcpu: int) -> Any:
        if not 0 <= vcpu < self.nr_vcpus:
            raise IndexError(f"vCPU {vcpu} out of range 0..{self.nr_vcpus - 1}")
        return self.b.cast("ioreq_t", self.memory, vcpu * self.slot_size)

    def state(self, vcpu: int) -> int:
        value = self.b.get_bits(self.slot(vcpu), "state")
        full_barrier()  # nothing of the request may be read before its state
        return value

    def take(self, vcpu: int) -> Any | None:
        """The vCPU's request if one is ready (now marked in process), else None."""
        if self.state(vcpu) != self.b.STATE_IOREQ_READY:
            return None
        req = self.slot(vcpu)
        self.b.set_bits(req, "state", self.b.STATE_IOREQ_INPROCESS)
        return req

    def complete(self, vcpu: int) -> None:
        """Publish the response written into the slot (notify the vCPU's port afterwards)."""
        full_barrier()  # the response's data before its state
        self.b.set_bits(self.slot(vcpu), "state", self.b.STATE_IORESP_READY)
        full_barrier()  # the state before the notification


@dataclass(frozen=True)
class BufferedRequest:
    type: int
    dir: int
    size: int  # bytes
    addr: int
    data: int


class BufferedIoPage:
    """The buffered ioreq ring: ``buf_ioreq_t`` slots between a read and a write pointer."""

    def __init__(self, bindings: Bindings, memory: mmap.mmap) -> None:
        self.b = bindings
        self.memory = memory
        self.page = bindings.cast("struct buffered_iopage", memory)
        self.slots = bindings.IOREQ_BUFFER_SLOT_NUM
        fields = {f[0]: f for f in bindings.layout("struct buffered_iopage").fields}
        self.first = fields["buf_ioreq"][1]
        self.entry = bindings.layout("buf_ioreq_t").size

    def _entry(self, index: int) -> Any:
        return self.b.cast("buf_ioreq_t", self.memory, self.first + (index % self.slots) * self.entry)

    def pop(self) -> list[BufferedRequest]:
        """Consume every request the ring holds (an 8-byte write takes two slots)."""
        out = []
        while True:
            read = int(self.page.read_pointer)
            full_barrier()
            write = int(self.page.write_pointer)
            full_barrier()
            if read == write:
                return out
            e = self._entry(read)
            b = self.b
            size = 1 << b.get_bits(e, "size")
            data = int(e.data)
            if size == 8:
                data |= int(self._entry(read + 1).data) << 32
                full_barrier()
            out.append(BufferedRequest(int(e.type), b.get_bits(e, "dir"), size, b.get_bits(e, "addr"), data))
            full_barrier()
            self.page.read_pointer = read + (2 if size == 8 else 1)
