#!/usr/bin/env python3
"""A small IOREQ-server device on the stable core of ``xen_abi_bindings``: a port range and an MMIO range.

    ioreq_server.py --domid 1                       # on a dom0 (root; /dev/xen/privcmd, /dev/xen/evtchn)
    ioreq_server.py --domid 1 --ports 0x510 0x51f --mmio 0xf0000000 0xf0000fff --timeout 60
    ioreq_server.py --domid 1 --dry-run             # anywhere: print each hypercall and its buffers
    ioreq_server.py --domid 1 --dry-run --arch arm64 --json

The device: a read of SIZE bytes at address A of a range answers, byte k,
``SEED + (A - FIRST) + k`` (SEED 0xa0 for the ports, 0xc0 for the MMIO
range), so a guest can tell it reached this server; every write is recorded;
a write at the last port of the port range is an exit register (like QEMU's
isa-debug-exit): the server completes it, tears down and ends.  Requests of
other types (Xen's INVALIDATE broadcast, TIMEOFFSET on the buffered ring) are
completed and recorded too.

The order is the one Xen needs (QEMU's): create the server (with a buffered
ring), map its pages through XENMEM_resource_ioreq_server, claim the ranges,
enable it, and only then bind the vCPUs' event channels, which Xen writes
into the ioreq page when the server is enabled.  Leaving the ``with`` block
disables, unclaims, unbinds, destroys the server and unmaps its pages, so the
guest can be destroyed while this process lives on.

stdout, one line each (the contract of tests/e2e, docs/e2e.md):
``READY`` once the guest may run, ``IO type=pio dir=read addr=0x510 size=1
data=0xa0`` per request, ``DONE`` after the teardown.  Exit status 0; 1 with
one line on stderr naming Xen's errno, or saying no exit write came within
``--timeout``.  The program never asks which Xen it runs on.
"""

from __future__ import annotations

import argparse
import signal
import sys
from pathlib import Path

try:
    import xen_abi_bindings as xab
except ImportError:  # running from a source checkout: use the committed package
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "generated"))
    import xen_abi_bindings as xab

from xen_abi_bindings.evtchn import DryEvtchn, Evtchn
from xen_abi_bindings.ioreq import BUFIOREQ_ATOMIC, BUFIOREQ_LEGACY, BUFIOREQ_OFF, IoreqServer, Request
from xen_abi_bindings.privcmd import open_privcmd

PORT_SEED, MMIO_SEED = 0xA0, 0xC0
BUFIOREQ = {"off": BUFIOREQ_OFF, "legacy": BUFIOREQ_LEGACY, "atomic": BUFIOREQ_ATOMIC}


def pattern(seed: int, offset: int, size: int) -> int:
    """What a read of ``size`` bytes at ``offset`` into a range answers: byte k is seed + offset + k."""
    return sum(((seed + offset + k) & 0xFF) << (8 * k) for k in range(size))


class PatternDevice:
    """Answers reads with ``pattern``, records writes; a write to the last port asks the server to end."""

    def __init__(self, ports: tuple[int, int], mmio: tuple[int, int], out=sys.stdout) -> None:
        self.ports = ports
        self.mmio = mmio
        self.out = out
        self.requests: list[Request] = []
        self.exited = False

    def __call__(self, req: Request) -> int | None:
        answer = None
        if req.is_read and not req.data_is_ptr:
            if req.kind == "pio" and self.ports[0] <= req.addr <= self.ports[1]:
                answer = pattern(PORT_SEED, req.addr - self.ports[0], req.size)
            elif req.kind == "mmio" and self.mmio[0] <= req.addr <= self.mmio[1]:
                answer = pattern(MMIO_SEED, req.addr - self.mmio[0], req.size)
        data = answer if answer is not None else req.data
        direction = "read" if req.is_read else "write"
        extra = " buffered=1" if req.buffered else ""
        print(f"IO type={req.kind} dir={direction} addr={req.addr:#x} size={req.size} data={data:#x}{extra}",
              file=self.out, flush=True)  # fmt: skip
        self.requests.append(req)
        if req.kind == "pio" and not req.is_read and req.addr == self.ports[1]:
            self.exited = True
        return answer


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    number = lambda s: int(s, 0)  # noqa: E731
    parser.add_argument("--domid", type=int, required=True, help="the guest to serve")
    parser.add_argument("--ports", nargs=2, type=number, default=(0x510, 0x51F), metavar=("FIRST", "LAST"))
    parser.add_argument("--mmio", nargs=2, type=number, default=(0xF0000000, 0xF0000FFF), metavar=("FIRST", "LAST"))
    parser.add_argument("--bufioreq", choices=BUFIOREQ, default="legacy", help="the buffered ring (default legacy)")
    parser.add_argument("--timeout", type=float, help="give up when the guest has not written the exit port by then")
    parser.add_argument("--dry-run", action="store_true", help="issue nothing; print each call and its buffers")
    parser.add_argument("--arch", help=f"layouts of this architecture in a dry run ({', '.join(xab.ARCHES)})")
    parser.add_argument("--json", action="store_true", help="dry run: one JSON object per call")
    parser.add_argument("--vcpus", type=int, default=1, help="vCPUs to assume when Xen cannot tell (dry run)")
    args = parser.parse_args(argv)

    try:
        privcmd = open_privcmd(True, args.arch, json_lines=args.json) if args.dry_run else open_privcmd()
        evtchn = DryEvtchn(json_lines=args.json) if args.dry_run else Evtchn()
    except xab.BindingsError as exc:
        print(f"ioreq_server: {exc}", file=sys.stderr)
        return 1

    device = PatternDevice(args.ports, args.mmio)
    try:
        with privcmd, evtchn, IoreqServer(privcmd, args.domid) as server:
            b = server.b
            if not args.dry_run:
                if not privcmd.has_dm_op():
                    print("ioreq_server: this kernel's privcmd has no IOCTL_PRIVCMD_DM_OP", file=sys.stderr)
                    return 1
                privcmd.restrict(args.domid)
                evtchn.restrict(args.domid)
            try:
                vcpus = server.nr_vcpus() or args.vcpus
            except xab.XenError as exc:
                if exc.xen_name != "XEN_EOPNOTSUPP":
                    raise
                vcpus = args.vcpus  # Xen before 4.15 has no XEN_DMOP_nr_vcpus
            server.create(BUFIOREQ[args.bufioreq])
            page = server.map_ioreq_page(vcpus)
            if server.handle_bufioreq != BUFIOREQ_OFF:
                server.map_bufioreq_page()
            server.map_io_range(b.XEN_DMOP_IO_RANGE_PORT, *args.ports)
            server.map_io_range(b.XEN_DMOP_IO_RANGE_MEMORY, *args.mmio)
            server.set_state(True)
            if args.dry_run:  # no Xen to write each vCPU's event channel into the page: stand in for it
                for vcpu in range(vcpus):
                    page.slot(vcpu).vp_eport = 100 + vcpu
            server.bind_ports(page, evtchn)
            if args.dry_run:
                return 0  # leaving the block shows the teardown's calls
            print("READY", flush=True)
            signal.signal(signal.SIGTERM, signal.default_int_handler)
            try:
                finished = server.serve(evtchn, device, until=lambda: device.exited, timeout=args.timeout)
            except KeyboardInterrupt:
                finished = True
        if not finished:
            served = len(device.requests)
            print(f"ioreq_server: no exit write from the guest within {args.timeout:g} s ({served} requests served)",
                  file=sys.stderr)  # fmt: skip
            return 1
        print("DONE", flush=True)
    except xab.BindingsError as exc:  # XenError names Xen's errno; IoreqError says what was out of order
        print(f"ioreq_server: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into head & co.
        sys.stderr.close()
        sys.exit(0)
