"""An IOREQ server from the stable core only: dm_op helpers, the ioreq pages, event channels, serving.

Everything here uses the stable core of the bindings (``core()``), so one
program runs unchanged on every Xen of the range: it builds ``xen_dm_op``
buffers, maps the ioreq pages with ``IOCTL_PRIVCMD_MMAP_RESOURCE``
(``XENMEM_resource_ioreq_server``), binds each vCPU's event channel through
``/dev/xen/evtchn``, and views the shared ``ioreq_t`` slots and the buffered
ring with the barriers the protocol needs (as varstored and QEMU do).

The order Xen needs is QEMU's, and ``IoreqServer`` enforces it::

    with Privcmd() as pc, Evtchn() as ev, IoreqServer(pc, domid) as server:
        server.create()                          # 1. the server (optionally a buffered ring)
        page = server.map_ioreq_page(server.nr_vcpus())   # 2. the shared ioreq page
        server.map_io_range(PORT, 0x510, 0x51f)  # 3. what it serves
        server.set_state(True)                   # 4. enable: Xen now writes each vCPU's vp_eport
        server.bind_ports(page, ev)              # 5. bind them (a port of 0 is refused, with the cause)
        server.serve(ev, handler, until=...)     # answer requests; every type is completed
    # leaving the block disables, unclaims, unbinds, destroys and unmaps the pages

A mapping of the ioreq page holds references to the guest's page: while it
exists Xen cannot finish destroying the guest, which stays "dying".  So
``destroy()`` and ``close()`` unmap every page this server mapped, and a
page can be closed on its own (``SharedIoPage.close``).

Prefer probing to version checks: ``nr_vcpus`` raises ``XenError`` with
``xen_name == "XEN_EOPNOTSUPP"`` on a Xen without ``XEN_DMOP_nr_vcpus`` (before
4.15), and ``Privcmd.has_dm_op`` tells whether the kernel has the DM_OP ioctl.
Every ``dm_op`` sends the whole 32-byte ``xen_dm_op`` as its first buffer:
Xen up to 4.10 copied ``sizeof(struct xen_dm_op)`` and refused anything shorter.
"""

from __future__ import annotations

import contextlib
import functools
import mmap
import select
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ._runtime import Bindings
from .barrier import fetch_add_u32, full_barrier
from .errors import IoreqError, XenError

# HVM_IOREQSRV_BUFIOREQ_* (hvm/hvm_op.h): what dm_op's create_ioreq_server takes as handle_bufioreq.
# The header keeps them tools-only, so the stable core has no names for them; the values are part of
# the stable dm_op interface (and the same in every release: tests check them against each tools view).
BUFIOREQ_OFF = 0  # no buffered ring
BUFIOREQ_LEGACY = 1  # a buffered ring; Xen never rewrites read_pointer
BUFIOREQ_ATOMIC = 2  # a buffered ring whose pointers Xen may rebase atomically (read_pointer moved atomically)


def _core(arch: str) -> Bindings:
    from . import core

    return core(arch)


@dataclass(frozen=True)
class IoreqServerInfo:
    """``XEN_DMOP_get_ioreq_server_info``'s answer: the pages' frames and the buffered ring's port."""

    ioreq_gfn: int
    bufioreq_gfn: int
    bufioreq_port: int


@dataclass
class Request:
    """One request, copied out of the shared page or the buffered ring (so it outlives the slot)."""

    kind: str  # "pio", "mmio" (IOREQ_TYPE_COPY), "pci", "timeoffset", "invalidate", or "type N"
    type: int  # IOREQ_TYPE_*
    dir: int  # IOREQ_READ or IOREQ_WRITE
    addr: int
    size: int  # bytes
    count: int
    data: int  # for a write, the value written; for a read, the answer once given
    data_is_ptr: bool  # data is a guest address (rep ins/outs): no value to answer here
    df: bool
    vcpu: int | None  # None for a buffered request
    is_read: bool

    @property
    def buffered(self) -> bool:
        """Whether the request came from the buffered ring (no response is expected)."""
        return self.vcpu is None


# A handler gets each request; for a read of port or MMIO space it returns the value to answer.
Handler = Callable[[Request], "int | None"]


def _kinds(b: Bindings) -> dict[int, str]:
    return {
        b.IOREQ_TYPE_PIO: "pio",
        b.IOREQ_TYPE_COPY: "mmio",
        b.IOREQ_TYPE_PCI_CONFIG: "pci",
        b.IOREQ_TYPE_TIMEOFFSET: "timeoffset",
        b.IOREQ_TYPE_INVALIDATE: "invalidate",
    }


class IoreqServer:
    """One IOREQ server of domain ``domid``, driven through a ``Privcmd`` (or a ``DryRun``).

    A context manager: leaving it (or ``close()``) tears the server down in
    the order Xen needs and releases every mapping and binding it made, even
    when the guest is already gone.
    """

    def __init__(self, privcmd: Any, domid: int, *, bindings: Bindings | None = None) -> None:
        self.privcmd = privcmd
        self.domid = domid
        self.b = bindings or _core(privcmd.arch)
        self.id: int | None = None
        self.handle_bufioreq = BUFIOREQ_OFF
        self.enabled = False
        self.ranges: list[tuple[int, int, int]] = []  # (kind, start, end) claimed and not yet released
        self.pages: list[SharedIoPage | BufferedIoPage] = []  # mapped by this server, not yet unmapped
        self.page: SharedIoPage | None = None
        self.ring: BufferedIoPage | None = None
        self.ports: list[int] = []  # local event-channel ports, by vCPU
        self.buffered_port: int | None = None  # local port of the buffered ring's event channel
        self._evtchn: Any = None
        self._kinds = _kinds(self.b)

    def __enter__(self) -> IoreqServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- dm_op -------------------------------------------------------------------------------------

    def dm_op(self, op: str, **fields: int) -> Any:
        """Issue ``XEN_DMOP_<op>`` with the payload member ``u.<op>`` set from ``fields``.

        Returns the payload (a cdata pointer into the buffer Xen wrote back).  A
        refusal raises ``XenError`` naming the op, the domain and Xen's errno.
        """
        b = self.b
        buf = b.new("struct xen_dm_op")
        buf.op = b.constant(f"XEN_DMOP_{op}")
        payload = b.union_member(buf, "u", op)
        for name, value in fields.items():
            setattr(payload, name, value)
        try:
            self.privcmd.dm_op(self.domid, buf)
        except XenError as exc:
            server = f" (server {self.id})" if self.id is not None and op != "create_ioreq_server" else ""
            raise XenError(exc.errno or 0, f"XEN_DMOP_{op}{server} on domain {self.domid}", exc.xen_name) from None
        return payload

    def _server_id(self, doing: str) -> int:
        if self.id is None:
            raise IoreqError(f"{doing}: no IOREQ server (call create() first)")
        return self.id

    def nr_vcpus(self) -> int:
        """The domain's number of vCPUs (``XEN_DMOP_nr_vcpus``, Xen 4.15 and later)."""
        return int(self.dm_op("nr_vcpus").vcpus)

    def create(self, handle_bufioreq: int = BUFIOREQ_OFF) -> int:
        """Create the server; ``handle_bufioreq`` is one of ``BUFIOREQ_OFF``/``_LEGACY``/``_ATOMIC``."""
        if self.id is not None:
            raise IoreqError(f"create: server {self.id} already exists (close() it first)")
        if handle_bufioreq not in (BUFIOREQ_OFF, BUFIOREQ_LEGACY, BUFIOREQ_ATOMIC):
            raise ValueError(f"handle_bufioreq {handle_bufioreq}: expected BUFIOREQ_OFF, _LEGACY or _ATOMIC (0-2)")
        self.id = int(self.dm_op("create_ioreq_server", handle_bufioreq=handle_bufioreq).id)
        self.handle_bufioreq = handle_bufioreq
        return self.id

    def get_info(self, *, gfns: bool = False) -> IoreqServerInfo:
        """The buffered ring's event channel (and legacy gfns only if ``gfns``)."""
        flags = 0 if gfns else self.b.XEN_DMOP_no_gfns
        info = self.dm_op("get_ioreq_server_info", id=self._server_id("get_info"), flags=flags)
        return IoreqServerInfo(int(info.ioreq_gfn), int(info.bufioreq_gfn), int(info.bufioreq_port))

    def map_io_range(self, kind: int, start: int, end: int) -> None:
        """Claim ``start``..``end`` (inclusive) of ``XEN_DMOP_IO_RANGE_PORT``/``MEMORY``/``PCI``.

        Xen refuses a range overlapping one this server already claims with ``XEN_EEXIST``.
        """
        ident = self._server_id("map_io_range")
        self.dm_op("map_io_range_to_ioreq_server", id=ident, type=kind, start=start, end=end)
        self.ranges.append((kind, start, end))

    def unmap_io_range(self, kind: int, start: int, end: int) -> None:
        """Stop serving a range claimed with ``map_io_range`` (``XEN_DMOP_unmap_io_range_from_ioreq_server``)."""
        ident = self._server_id("unmap_io_range")
        self.dm_op("unmap_io_range_from_ioreq_server", id=ident, type=kind, start=start, end=end)
        if (kind, start, end) in self.ranges:
            self.ranges.remove((kind, start, end))

    def set_state(self, enabled: bool) -> None:
        """Enable (Xen then writes each vCPU's event channel into the ioreq page) or disable."""
        self.dm_op("set_ioreq_server_state", id=self._server_id("set_state"), enabled=int(enabled))
        self.enabled = bool(enabled)

    def destroy(self) -> None:
        """Unbind the ports, destroy the server in Xen, and unmap every page it mapped.

        Unmapping matters: a mapped ioreq page keeps the guest from ever being destroyed.
        """
        self.unbind_ports()
        ident = self._server_id("destroy")
        try:
            self.dm_op("destroy_ioreq_server", id=ident)
        finally:
            self.id = None
            self.enabled = False
            self.ranges.clear()  # Xen drops them with the server
            self._unmap_pages()

    def close(self) -> None:
        """Tear down whatever exists, in order: disable, unclaim, unbind, destroy, unmap.

        Idempotent.  Every local resource is released even when Xen refuses a
        step; a guest already gone (``XEN_ESRCH``: its servers went with it) is
        not an error.  Otherwise the first refusal is raised at the end.
        """
        errors: list[XenError] = []

        def attempt(step: Callable[[], None]) -> None:
            try:
                step()
            except XenError as exc:
                if exc.xen_name != "XEN_ESRCH" and exc.name != "ESRCH":
                    errors.append(exc)

        if self.id is not None:
            if self.enabled:
                attempt(lambda: self.set_state(False))
            for claimed in list(self.ranges):
                attempt(functools.partial(self.unmap_io_range, *claimed))
            attempt(self.destroy)
        self.unbind_ports()
        self.id = None
        self.enabled = False
        self.ranges.clear()
        self._unmap_pages()
        if errors:
            raise errors[0]

    # -- pages and ports -----------------------------------------------------------------------------

    def ioreq_frame(self, n: int = 0) -> int:
        """``XENMEM_resource_ioreq_server_frame_ioreq(n)`` (memory.h): the resource frame of ioreq page ``n``."""
        return self.b.macro("XENMEM_resource_ioreq_server_frame_ioreq")(n)

    def map_ioreq_page(self, nr_vcpus: int) -> SharedIoPage:
        """Map the shared ``ioreq_t`` slots (one per vCPU); unmapped by ``destroy``/``close``."""
        ident = self._server_id("map_ioreq_page")
        slot = self.b.layout("ioreq_t").size
        page = 1 << self.b.XEN_PAGE_SHIFT
        frames = max(1, -(-nr_vcpus * slot // page))
        memory = self.privcmd.mmap_resource(
            self.domid, self.b.XENMEM_resource_ioreq_server, ident, self.ioreq_frame(0), frames
        )
        self.page = SharedIoPage(self.b, memory, nr_vcpus)
        self.pages.append(self.page)
        return self.page

    def map_bufioreq_page(self) -> BufferedIoPage:
        """The buffered ring (the server must have been created with a buffered ring)."""
        ident = self._server_id("map_bufioreq_page")
        if self.handle_bufioreq == BUFIOREQ_OFF:
            raise IoreqError(
                "map_bufioreq_page: server created without a buffered ring (create(BUFIOREQ_LEGACY or _ATOMIC))"
            )
        memory = self.privcmd.mmap_resource(
            self.domid,
            self.b.XENMEM_resource_ioreq_server,
            ident,
            self.b.XENMEM_resource_ioreq_server_frame_bufioreq,
            1,
        )
        self.ring = BufferedIoPage(self.b, memory, atomic=self.handle_bufioreq == BUFIOREQ_ATOMIC)
        self.pages.append(self.ring)
        return self.ring

    def _unmap_pages(self) -> None:
        for page in self.pages:
            page.close()
        self.pages.clear()

    def bind_ports(self, page: SharedIoPage, evtchn: Any) -> list[int]:
        """Bind each vCPU's ioreq event channel (and the buffered ring's, if mapped); the local ports by vCPU.

        Only after ``set_state(True)``: Xen writes each vCPU's port (``vp_eport``)
        into the page when the server is enabled, and binding the 0 found there
        before that fails with ``XEN_EINVAL``.  Refused here with that cause.
        """
        if self.id is None or not self.enabled:
            raise IoreqError(
                "bind_ports: the IOREQ server is not enabled, so Xen has not yet written the vCPUs' event "
                "channels into the ioreq page (vp_eport is 0); call set_state(True) first "
                "(order: create, map_ioreq_page, map_io_range, set_state(True), bind_ports)"
            )
        remote = [page.vp_eport(v) for v in range(page.nr_vcpus)]
        if 0 in remote:
            raise IoreqError(
                f"bind_ports: vCPU {remote.index(0)} has no event channel (vp_eport 0) although the server is "
                "enabled: is this page mapped from this server?"
            )
        self._evtchn, self.page = evtchn, page  # handle() serves this page's slots
        for port in remote:
            self.ports.append(evtchn.bind_interdomain(self.domid, port))
        if self.ring is not None and self.buffered_port is None:
            self.buffered_port = evtchn.bind_interdomain(self.domid, self.get_info().bufioreq_port)
        return list(self.ports)

    def unbind_ports(self) -> None:
        """Unbind every port ``bind_ports`` bound (closing the evtchn device unbinds them too)."""
        ev, ports = self._evtchn, [*self.ports, *([self.buffered_port] if self.buffered_port is not None else [])]
        self.ports, self.buffered_port, self._evtchn = [], None, None
        if ev is None or getattr(ev, "fd", 0) < 0:
            return
        for port in ports:
            with contextlib.suppress(XenError):  # the remote end is gone with the server: nothing is left
                ev.unbind(port)

    # -- serving ---------------------------------------------------------------------------------------

    def handle(self, port: int, handler: Handler) -> list[Request]:
        """Serve what event-channel ``port`` announced: the buffered ring, or one vCPU's request.

        The buffered ring is drained first in every case (as QEMU does), so
        buffered writes are seen before a later synchronous request.  A
        synchronous request is always completed and the vCPU notified,
        whatever its type: an unanswered one would block the vCPU forever.
        """
        if self._evtchn is None:
            raise IoreqError("handle: no ports bound (call bind_ports first)")
        ev = self._evtchn
        ev.unmask(port)
        served = self.drain_buffered(handler)
        if port in self.ports and self.page is not None:
            vcpu = self.ports.index(port)
            req = self.page.request(vcpu, self._kinds)
            if req is not None:
                answer = handler(req)
                if req.is_read and req.kind in ("pio", "mmio", "pci") and not req.data_is_ptr:
                    req.data = (1 << (8 * req.size)) - 1 if answer is None else answer & ((1 << (8 * req.size)) - 1)
                    self.page.respond(vcpu, req.data)
                else:
                    self.page.respond(vcpu)
                ev.notify(port)
                served.append(req)
        return served

    def drain_buffered(self, handler: Handler) -> list[Request]:
        """Hand every request of the buffered ring (writes only: nobody waits for them) to ``handler``."""
        if self.ring is None:
            return []
        requests = self.ring.pop(self._kinds)
        for req in requests:
            handler(req)
        return requests

    def serve(
        self, evtchn: Any, handler: Handler, *, until: Callable[[], bool] = lambda: False, timeout: float | None = None
    ) -> bool:
        """Serve requests until ``until()`` holds (True) or ``timeout`` seconds pass (False)."""
        if evtchn is not self._evtchn:
            raise IoreqError("serve: pass the Evtchn the ports were bound with")
        deadline = None if timeout is None else time.monotonic() + timeout
        while not until():
            wait = None if deadline is None else deadline - time.monotonic()
            if wait is not None and wait <= 0:
                return False
            ready, _, _ = select.select([evtchn.fileno()], [], [], wait)
            if ready:
                self.handle(evtchn.pending(), handler)
        return True


def _closed(name: str) -> IoreqError:
    return IoreqError(f"{name} is unmapped (closed): map it again from the server")


class SharedIoPage:
    """The shared ``ioreq_t`` page: one slot per vCPU.  ``close()`` unmaps it (also a context manager)."""

    def __init__(self, bindings: Bindings, memory: mmap.mmap, nr_vcpus: int) -> None:
        self.b = bindings
        self.memory = memory
        self.nr_vcpus = nr_vcpus
        self.slot_size = bindings.layout("ioreq_t").size

    def __enter__(self) -> SharedIoPage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        """Whether the page was unmapped."""
        return bool(self.memory.closed)

    def close(self) -> None:
        """Unmap the page (idempotent); slots taken before must not be used afterwards."""
        self.memory.close()

    def slot(self, vcpu: int) -> Any:
        """The ``ioreq_t *`` slot of ``vcpu`` in the page."""
        if self.memory.closed:
            raise _closed("the ioreq page")
        if not 0 <= vcpu < self.nr_vcpus:
            raise IndexError(f"vCPU {vcpu} out of range 0..{self.nr_vcpus - 1}")
        return self.b.cast("ioreq_t", self.memory, vcpu * self.slot_size)

    def vp_eport(self, vcpu: int) -> int:
        """The vCPU's event channel in the guest (0 until the server is enabled)."""
        return int(self.slot(vcpu).vp_eport)

    def state(self, vcpu: int) -> int:
        """The ``state`` of ``vcpu``'s slot (``STATE_IOREQ_*``)."""
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

    def request(self, vcpu: int, kinds: dict[int, str] | None = None) -> Request | None:
        """``take`` as a ``Request`` copied out of the slot (respond with ``respond``)."""
        req = self.take(vcpu)
        if req is None:
            return None
        b = self.b
        kinds = kinds or _kinds(b)
        kind = int(req.type)
        direction = b.get_bits(req, "dir")
        return Request(
            kind=kinds.get(kind, f"type {kind}"),
            type=kind,
            dir=direction,
            addr=int(req.addr),
            size=int(req.size),
            count=int(req.count),
            data=int(req.data),
            data_is_ptr=bool(b.get_bits(req, "data_is_ptr")),
            df=bool(b.get_bits(req, "df")),
            vcpu=vcpu,
            is_read=direction == b.IOREQ_READ,
        )

    def respond(self, vcpu: int, data: int | None = None) -> None:
        """Write a read's answer (if ``data`` is given) and complete the request."""
        if data is not None:
            self.slot(vcpu).data = data
        self.complete(vcpu)

    def complete(self, vcpu: int) -> None:
        """Publish the response written into the slot (notify the vCPU's port afterwards)."""
        full_barrier()  # the response's data before its state
        self.b.set_bits(self.slot(vcpu), "state", self.b.STATE_IORESP_READY)
        full_barrier()  # the state before the notification


class BufferedIoPage:
    """The buffered ioreq ring: ``buf_ioreq_t`` slots between a read and a write pointer.

    Xen produces, we consume.  With ``atomic`` (``BUFIOREQ_ATOMIC``) Xen may
    rebase both pointers at once, so they are read until stable and
    ``read_pointer`` is advanced with an atomic add, as QEMU does.
    """

    def __init__(self, bindings: Bindings, memory: mmap.mmap, *, atomic: bool = False) -> None:
        self.b = bindings
        self.memory = memory
        self.atomic = atomic
        self.slots = bindings.IOREQ_BUFFER_SLOT_NUM
        fields = {f[0]: f for f in bindings.layout("struct buffered_iopage").fields}
        self.first = fields["buf_ioreq"][1]
        self.read_offset = fields["read_pointer"][1]
        self.entry = bindings.layout("buf_ioreq_t").size

    def __enter__(self) -> BufferedIoPage:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def closed(self) -> bool:
        """Whether the page was unmapped."""
        return bool(self.memory.closed)

    def close(self) -> None:
        """Unmap the ring (reading it afterwards raises)."""
        self.memory.close()

    def _page(self) -> Any:
        if self.memory.closed:
            raise _closed("the buffered ioreq ring")
        return self.b.cast("struct buffered_iopage", self.memory)

    def _entry(self, index: int) -> Any:
        return self.b.cast("buf_ioreq_t", self.memory, self.first + (index % self.slots) * self.entry)

    def pop(self, kinds: dict[int, str] | None = None) -> list[Request]:
        """Consume every request the ring holds (an 8-byte write takes two slots)."""
        b = self.b
        kinds = kinds or _kinds(b)
        page = self._page()
        out: list[Request] = []
        while True:
            read = int(page.read_pointer)
            full_barrier()
            write = int(page.write_pointer)
            full_barrier()
            if read != int(page.read_pointer):
                continue  # Xen rebased the pair meanwhile
            if read == write:
                return out
            e = self._entry(read)
            size = 1 << b.get_bits(e, "size")
            data = int(e.data)
            kind = int(e.type)
            direction = b.get_bits(e, "dir")
            full_barrier()
            if size == 8:
                if read + 1 == write:
                    raise IoreqError("buffered ioreq ring: an 8-byte request with its second half missing")
                data |= int(self._entry(read + 1).data) << 32
                full_barrier()
            out.append(
                Request(
                    kind=kinds.get(kind, f"type {kind}"),
                    type=kind,
                    dir=direction,
                    addr=b.get_bits(e, "addr"),
                    size=size,
                    count=1,
                    data=data,
                    data_is_ptr=False,
                    df=False,
                    vcpu=None,
                    is_read=direction == b.IOREQ_READ,
                )
            )
            step = 2 if size == 8 else 1
            if self.atomic:
                fetch_add_u32(b.ffi.from_buffer(self.memory), self.read_offset, step)
            else:
                page.read_pointer = read + step


__all__ = [
    "BUFIOREQ_ATOMIC",
    "BUFIOREQ_LEGACY",
    "BUFIOREQ_OFF",
    "BufferedIoPage",
    "IoreqServer",
    "IoreqServerInfo",
    "Request",
    "SharedIoPage",
]
