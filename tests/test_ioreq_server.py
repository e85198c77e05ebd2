"""The bindings' IOREQ layer against a fake Xen: the order it needs, teardown and unmapping, every request type.

The fake behaves as Xen does where the layer depends on it (and as
tests/e2e proves the real one does on 4.17 and 4.20): ``vp_eport`` stays 0 in
the ioreq page until the server is enabled; binding port 0 fails with
``XEN_EINVAL``; a range overlapping one the server already claims is refused
with ``XEN_EEXIST``; a dm_op on a domain that is gone gets ``XEN_ESRCH``.
The "guest" writes requests into the mapped slots and the ring, as Xen
does, and fires the event channel.
"""

from __future__ import annotations

import errno
import mmap
import os
import struct
import sys
from pathlib import Path

import pytest

GENERATED = Path(__file__).resolve().parents[1] / "generated"
sys.path.insert(0, str(GENERATED))

import xen_abi_bindings as xab  # noqa: E402
from xen_abi_bindings import IoreqError, XenError  # noqa: E402
from xen_abi_bindings.ioreq import (  # noqa: E402
    BUFIOREQ_ATOMIC,
    BUFIOREQ_LEGACY,
    BUFIOREQ_OFF,
    IoreqServer,
    SharedIoPage,
)
from xen_abi_bindings.privcmd import xen_errno_name  # noqa: E402

DOMID = 5
B = xab.core("x86_64")
XEN_PORT_BASE = 40  # the fake Xen's vp_eport for vCPU v is XEN_PORT_BASE + v
BUFIOREQ_PORT = 77


def xen_error(number: int, what: str) -> XenError:
    return XenError(number, what, xen_errno_name(number, "x86_64"))


class FakeXen:
    """Stands in for ``Privcmd``: dm_op and mmap_resource with Xen's behaviour for one domain."""

    arch = "x86_64"

    def __init__(self, nr_vcpus: int = 2) -> None:
        self.nr = nr_vcpus
        self.ops = {B.constant(f"XEN_DMOP_{name}"): name for name in DM_OPS}
        self.servers: dict[int, dict] = {}
        self.maps: list[tuple[int, int, mmap.mmap]] = []  # (server id, frame index, mapping)
        self.calls: list[str] = []
        self.gone = False  # the domain was destroyed: every dm_op gets ESRCH

    def dm_op(self, domid: int, buf) -> int:
        name = self.ops[int(buf.op)]
        self.calls.append(name)
        if self.gone:
            raise xen_error(errno.ESRCH, f"dm_op on domain {domid}")
        p = B.union_member(buf, "u", name)
        if name == "nr_vcpus":
            p.vcpus = self.nr
        elif name == "create_ioreq_server":
            ident = len(self.servers)
            self.servers[ident] = {"enabled": False, "ranges": [], "bufioreq": int(p.handle_bufioreq)}
            p.id = ident
        elif name == "get_ioreq_server_info":
            p.bufioreq_port = BUFIOREQ_PORT if self.servers[int(p.id)]["bufioreq"] else 0
        elif name == "map_io_range_to_ioreq_server":
            ranges = self.servers[int(p.id)]["ranges"]
            if any(t == p.type and s <= p.end and p.start <= e for t, s, e in ranges):
                raise xen_error(errno.EEXIST, f"dm_op on domain {domid}")
            ranges.append((int(p.type), int(p.start), int(p.end)))
        elif name == "unmap_io_range_from_ioreq_server":
            self.servers[int(p.id)]["ranges"].remove((int(p.type), int(p.start), int(p.end)))
        elif name == "set_ioreq_server_state":
            self.servers[int(p.id)]["enabled"] = bool(p.enabled)
            if p.enabled:  # Xen writes each vCPU's event channel into the page only now
                for ident, index, memory in self.maps:
                    if ident == int(p.id) and index == 1 and not memory.closed:
                        for v in range(self.nr):
                            B.cast("ioreq_t", memory, v * 32).vp_eport = XEN_PORT_BASE + v
        elif name == "destroy_ioreq_server":
            del self.servers[int(p.id)]
        return 0

    def mmap_resource(self, domid: int, kind: int, ident: int, index: int, frames: int) -> mmap.mmap:
        assert kind == B.XENMEM_resource_ioreq_server
        self.calls.append(f"mmap_resource {index}")
        memory = mmap.mmap(-1, frames * 4096)
        self.maps.append((ident, index, memory))
        return memory

    def mapped(self) -> list[int]:
        """Frame indexes still mapped."""
        return [index for _, index, memory in self.maps if not memory.closed]


DM_OPS = (
    "nr_vcpus",
    "create_ioreq_server",
    "get_ioreq_server_info",
    "map_io_range_to_ioreq_server",
    "unmap_io_range_from_ioreq_server",
    "set_ioreq_server_state",
    "destroy_ioreq_server",
)


class FakeEvtchn:
    """Stands in for ``Evtchn``: binding port 0 fails as Xen fails it; events go through a pipe."""

    def __init__(self) -> None:
        self.read_fd, self.write_fd = os.pipe()
        self.fd = self.read_fd
        self.bound: dict[int, int] = {}  # local -> remote
        self.notified: list[int] = []
        self.unmasked: list[int] = []

    def fileno(self) -> int:
        return self.read_fd

    def bind_interdomain(self, domid: int, remote_port: int) -> int:
        if remote_port == 0:  # port 0 is never an unbound channel: EVTCHNOP_bind_interdomain says -EINVAL
            raise xen_error(errno.EINVAL, f"bind to port 0 of domain {domid}")
        local = 1000 + remote_port
        self.bound[local] = remote_port
        return local

    def unbind(self, port: int) -> None:
        del self.bound[port]

    def notify(self, port: int) -> None:
        self.notified.append(port)

    def unmask(self, port: int) -> None:
        self.unmasked.append(port)

    def fire(self, local: int) -> None:
        os.write(self.write_fd, struct.pack("=I", local))

    def pending(self) -> int:
        return struct.unpack("=I", os.read(self.read_fd, 4))[0]

    def close(self) -> None:
        os.close(self.read_fd)
        os.close(self.write_fd)
        self.fd = -1


@pytest.fixture
def xen() -> FakeXen:
    return FakeXen()


@pytest.fixture
def evtchn():
    ev = FakeEvtchn()
    yield ev
    if ev.fd >= 0:
        ev.close()


def ready_server(xen: FakeXen, evtchn: FakeEvtchn, bufioreq: int = BUFIOREQ_OFF) -> tuple[IoreqServer, SharedIoPage]:
    server = IoreqServer(xen, DOMID, bindings=B)
    server.create(bufioreq)
    page = server.map_ioreq_page(server.nr_vcpus())
    if bufioreq:
        server.map_bufioreq_page()
    server.map_io_range(B.XEN_DMOP_IO_RANGE_PORT, 0x510, 0x51F)
    server.set_state(True)
    server.bind_ports(page, evtchn)
    return server, page


def post(page: SharedIoPage, vcpu: int, kind: int, direction: int, addr: int, size: int, data: int = 0) -> None:
    """What Xen does for a vCPU's access: fill the slot, then mark it ready."""
    slot = page.slot(vcpu)
    slot.addr, slot.size, slot.count, slot.data, slot.type = addr, size, 1, data, kind
    B.set_bits(slot, "dir", direction)
    B.set_bits(slot, "data_is_ptr", 0)
    B.set_bits(slot, "state", B.STATE_IOREQ_READY)


# -- defect 1: the order. Binding before enabling bound port 0 and failed with XEN_EINVAL ------------


def test_binding_before_enabling_is_refused_with_the_cause(xen, evtchn):
    server = IoreqServer(xen, DOMID, bindings=B)
    server.create()
    page = server.map_ioreq_page(2)
    server.map_io_range(B.XEN_DMOP_IO_RANGE_PORT, 0x510, 0x51F)
    assert [page.vp_eport(v) for v in range(2)] == [0, 0]  # what the old example would have bound
    with pytest.raises(IoreqError, match=r"bind_ports: the IOREQ server is not enabled.*set_state\(True\) first"):
        server.bind_ports(page, evtchn)
    assert evtchn.bound == {}  # nothing was attempted
    # the fake, like Xen, refuses the port itself: the error the old order met, by Xen's name
    with pytest.raises(XenError) as raw:
        evtchn.bind_interdomain(DOMID, page.vp_eport(0))
    assert raw.value.xen_name == "XEN_EINVAL"
    server.set_state(True)
    assert server.bind_ports(page, evtchn) == [1000 + XEN_PORT_BASE, 1001 + XEN_PORT_BASE]
    assert evtchn.bound == {1040: 40, 1041: 41}


def test_binding_a_page_whose_ports_are_zero_after_enabling_says_so(xen, evtchn):
    server = IoreqServer(xen, DOMID, bindings=B)
    server.create()
    stray = SharedIoPage(B, mmap.mmap(-1, 4096), 1)  # not this server's page: Xen never wrote it
    server.set_state(True)
    with pytest.raises(IoreqError, match=r"vCPU 0 has no event channel \(vp_eport 0\)"):
        server.bind_ports(stray, evtchn)


def test_steps_before_create_are_refused():
    server = IoreqServer(FakeXen(), DOMID, bindings=B)
    for step in (
        lambda: server.map_ioreq_page(1),
        lambda: server.map_io_range(0, 1, 2),
        lambda: server.set_state(True),
        lambda: server.get_info(),
    ):
        with pytest.raises(IoreqError, match=r"no IOREQ server \(call create\(\) first\)"):
            step()


def test_a_ring_needs_a_server_created_with_one(xen):
    server = IoreqServer(xen, DOMID, bindings=B)
    server.create(BUFIOREQ_OFF)
    with pytest.raises(IoreqError, match="without a buffered ring"):
        server.map_bufioreq_page()


# -- defect 2: nothing unmapped the pages, so the guest stayed "dying" -----------------------------


def test_destroy_unmaps_every_page(xen, evtchn):
    server, page = ready_server(xen, evtchn, BUFIOREQ_LEGACY)
    assert sorted(xen.mapped()) == [0, 1]
    server.destroy()
    assert xen.mapped() == [] and page.closed
    assert evtchn.bound == {}  # unbound before the server went
    assert xen.servers == {} and server.id is None
    with pytest.raises(IoreqError, match="the ioreq page is unmapped"):
        page.slot(0)  # never a dangling pointer into the unmapped page


def test_leaving_the_context_tears_down_in_order(xen, evtchn):
    with IoreqServer(xen, DOMID, bindings=B) as server:
        server.create()
        page = server.map_ioreq_page(2)
        server.map_io_range(B.XEN_DMOP_IO_RANGE_PORT, 0x510, 0x51F)
        server.map_io_range(B.XEN_DMOP_IO_RANGE_MEMORY, 0xF0000000, 0xF0000FFF)
        server.set_state(True)
        server.bind_ports(page, evtchn)
        xen.calls.clear()
    assert xen.calls == [
        "set_ioreq_server_state",
        "unmap_io_range_from_ioreq_server",
        "unmap_io_range_from_ioreq_server",
        "destroy_ioreq_server",
    ]
    assert xen.mapped() == [] and evtchn.bound == {} and xen.servers == {}
    server.close()  # idempotent
    assert xen.calls[-1] == "destroy_ioreq_server" and len(xen.calls) == 4


def test_close_after_the_guest_is_gone_still_unmaps(xen, evtchn):
    server, _ = ready_server(xen, evtchn)
    xen.gone = True  # the domain died first: its servers went with it, every dm_op gets ESRCH
    server.close()  # not an error
    assert xen.mapped() == [] and evtchn.bound == {}


def test_close_raises_the_first_real_refusal_after_releasing_everything(xen, evtchn):
    server, _ = ready_server(xen, evtchn)

    def refuse(domid, buf):
        raise xen_error(errno.EPERM, f"dm_op on domain {domid}")

    xen.dm_op = refuse
    with pytest.raises(XenError) as exc:
        server.close()
    assert exc.value.xen_name == "XEN_EPERM"
    assert "XEN_DMOP_set_ioreq_server_state (server 0) on domain 5" in str(exc.value)
    assert xen.mapped() == [] and evtchn.bound == {}


# -- defect 3 and the request types: INVALIDATE, TIMEOFFSET, the buffered ring ------------------------


def test_every_synchronous_request_type_is_completed_and_notified(xen, evtchn):
    server, page = ready_server(xen, evtchn)
    seen = []

    def device(req):
        seen.append((req.kind, req.is_read, req.addr, req.size, req.data, req.vcpu))
        return 0x44332211 if req.is_read else None

    local = server.ports
    # Xen broadcasts INVALIDATE (mapcache) to every server: write, addr 0, size 4, data ~0
    post(page, 1, B.IOREQ_TYPE_INVALIDATE, B.IOREQ_WRITE, 0, 4, 0xFFFFFFFFFFFFFFFF)
    assert len(server.handle(local[1], device)) == 1
    post(page, 0, B.IOREQ_TYPE_PIO, B.IOREQ_READ, 0x514, 2)
    server.handle(local[0], device)
    assert page.slot(0).data == 0x2211  # the answer, cut to the access's size
    post(page, 0, B.IOREQ_TYPE_COPY, B.IOREQ_WRITE, 0xF0000008, 4, 0xCAFEF00D)
    server.handle(local[0], device)
    post(page, 0, 0x42, B.IOREQ_WRITE, 0, 1)  # a type this layer does not know: still completed
    server.handle(local[0], device)
    assert seen == [
        ("invalidate", False, 0, 4, 0xFFFFFFFFFFFFFFFF, 1),
        ("pio", True, 0x514, 2, 0, 0),
        ("mmio", False, 0xF0000008, 4, 0xCAFEF00D, 0),
        ("type 66", False, 0, 1, 0, 0),
    ]
    assert [B.get_bits(page.slot(v), "state") for v in (0, 1)] == [B.STATE_IORESP_READY] * 2
    assert evtchn.notified == [local[1], local[0], local[0], local[0]]
    assert evtchn.unmasked == evtchn.notified


def test_a_read_the_handler_does_not_answer_reads_all_ones(xen, evtchn):
    server, page = ready_server(xen, evtchn)
    post(page, 0, B.IOREQ_TYPE_PIO, B.IOREQ_READ, 0x51E, 1)
    server.handle(server.ports[0], lambda req: None)
    assert page.slot(0).data == 0xFF


def ring_push(ring, kind: int, direction: int, addr: int, size: int, data: int) -> None:
    """What Xen's ioreq_send_buffered does: one slot (two for 8 bytes), then the write pointer."""
    page = ring._page()
    write = int(page.write_pointer)
    halves = [data & 0xFFFFFFFF, data >> 32] if size == 8 else [data]
    for i, half in enumerate(halves):
        e = ring._entry(write + i)
        e.type, e.data = kind, half
        B.set_bits(e, "dir", direction)
        B.set_bits(e, "size", {1: 0, 2: 1, 4: 2, 8: 3}[size])
        B.set_bits(e, "addr", addr)
    page.write_pointer = write + len(halves)


@pytest.mark.parametrize("mode", [BUFIOREQ_LEGACY, BUFIOREQ_ATOMIC])
def test_buffered_requests_are_served_from_the_ring_first(xen, evtchn, mode):
    server, page = ready_server(xen, evtchn, mode)
    assert server.buffered_port == 1000 + BUFIOREQ_PORT
    ring = server.ring
    assert ring is not None and ring.atomic == (mode == BUFIOREQ_ATOMIC)
    ring._page().read_pointer = ring._page().write_pointer = 509  # wraps around the 511 slots
    ring_push(ring, B.IOREQ_TYPE_TIMEOFFSET, B.IOREQ_WRITE, 0, 8, 0x1_0000_0002)  # Xen: send_timeoffset_req
    ring_push(ring, B.IOREQ_TYPE_COPY, B.IOREQ_WRITE, 0xA0010, 2, 0xBEEF)
    seen = []
    served = server.handle(server.buffered_port, lambda req: seen.append(req))
    assert [(r.kind, r.addr, r.size, r.data, r.buffered) for r in served] == [
        ("timeoffset", 0, 8, 0x1_0000_0002, True),
        ("mmio", 0xA0010, 2, 0xBEEF, True),
    ]
    assert seen == served
    assert ring._page().read_pointer == ring._page().write_pointer == 512
    # a vCPU's request after a buffered one: the ring is drained first, then the slot
    ring_push(ring, B.IOREQ_TYPE_PIO, B.IOREQ_WRITE, 0x510, 1, 0x41)
    post(page, 0, B.IOREQ_TYPE_PIO, B.IOREQ_READ, 0x510, 1)
    order = []
    server.handle(server.ports[0], lambda req: order.append((req.buffered, req.is_read)))
    assert order == [(True, False), (False, True)]
    assert evtchn.notified == [server.ports[0]]  # nobody waits for a buffered write


def test_serve_runs_until_asked_and_times_out_otherwise(xen, evtchn):
    server, page = ready_server(xen, evtchn)
    assert server.serve(evtchn, lambda req: None, timeout=0.05) is False
    post(page, 0, B.IOREQ_TYPE_PIO, B.IOREQ_WRITE, 0x51F, 1, 1)
    evtchn.fire(server.ports[0])
    done = []
    assert server.serve(evtchn, lambda req: done.append(req), until=lambda: bool(done), timeout=5) is True
    assert done[0].addr == 0x51F


# -- errors name the op and Xen's errno ----------------------------------------------------------------


def test_a_range_claimed_twice_names_the_op_and_xens_errno(xen, evtchn):
    server = IoreqServer(xen, DOMID, bindings=B)
    server.create()
    server.map_io_range(B.XEN_DMOP_IO_RANGE_PORT, 0x510, 0x51F)
    with pytest.raises(XenError) as exc:
        server.map_io_range(B.XEN_DMOP_IO_RANGE_PORT, 0x518, 0x520)
    assert exc.value.xen_name == "XEN_EEXIST" and exc.value.errno == errno.EEXIST
    assert str(exc.value) == (
        "XEN_DMOP_map_io_range_to_ioreq_server (server 0) on domain 5: XEN_EEXIST (EEXIST, errno 17)"
    )
    assert server.ranges == [(B.XEN_DMOP_IO_RANGE_PORT, 0x510, 0x51F)]  # only what Xen accepted


def test_the_buffered_ring_modes_are_xens_in_every_release():
    """HVM_IOREQSRV_BUFIOREQ_* are tools-only in the headers: the layer's copies must equal every release's."""
    for release in xab.RELEASES:
        tools = xab.for_release(release, "x86_64", tools=True)
        assert (
            tools.HVM_IOREQSRV_BUFIOREQ_OFF,
            tools.HVM_IOREQSRV_BUFIOREQ_LEGACY,
            tools.HVM_IOREQSRV_BUFIOREQ_ATOMIC,
        ) == (BUFIOREQ_OFF, BUFIOREQ_LEGACY, BUFIOREQ_ATOMIC), release
