#!/usr/bin/env python3
"""A minimal IOREQ server on the stable core of ``xen_abi_bindings``: it claims an I/O port range of a
guest and answers its port reads with all-ones, logging writes.

    ioreq_server.py --domid 1                      # on a dom0 (root; /dev/xen/privcmd, /dev/xen/evtchn)
    ioreq_server.py --domid 1 --dry-run            # anywhere: print each hypercall and its buffers
    ioreq_server.py --domid 1 --dry-run --arch arm64 --json

The sequence is varstored's: nr_vcpus, create the server (no buffered ring),
map its ioreq page through XENMEM_resource_ioreq_server, claim the range,
bind each vCPU's event channel, enable the server, serve; then disable,
unclaim and destroy.  Without Xen (``--dry-run``) nothing is issued: each
call is printed with its buffers as the bytes Xen would read, laid out for
``--arch`` (default: this machine).
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
from xen_abi_bindings.ioreq import IoreqServer
from xen_abi_bindings.privcmd import open_privcmd


def serve(server: IoreqServer, page, evtchn, ports: list[int], limit: int | None) -> int:
    """Answer port I/O until interrupted (or ``limit`` requests); returns how many were handled."""
    b = server.b
    handled = 0
    while limit is None or handled < limit:
        port = evtchn.pending()
        evtchn.unmask(port)
        if port not in ports:
            continue
        vcpu = ports.index(port)
        req = page.take(vcpu)
        if req is None:
            continue
        if req.type == b.IOREQ_TYPE_PIO and not b.get_bits(req, "data_is_ptr"):
            if b.get_bits(req, "dir") == b.IOREQ_READ:
                req.data = (1 << (8 * req.size)) - 1
            else:
                print(f"vcpu {vcpu}: out 0x{int(req.addr):x} <- 0x{int(req.data):x} ({req.size} bytes)")
        page.complete(vcpu)
        evtchn.notify(port)
        handled += 1
    return handled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--domid", type=int, required=True, help="the guest to serve")
    parser.add_argument("--ports", nargs=2, type=lambda s: int(s, 0), default=(0x510, 0x511), metavar=("FIRST", "LAST"))
    parser.add_argument("--dry-run", action="store_true", help="issue nothing; print each call and its buffers")
    parser.add_argument("--arch", help=f"layouts of this architecture in a dry run ({', '.join(xab.ARCHES)})")
    parser.add_argument("--json", action="store_true", help="dry run: one JSON object per call")
    parser.add_argument("--vcpus", type=int, default=1, help="vCPUs to assume when Xen cannot tell (dry run)")
    parser.add_argument("--requests", type=int, help="stop after this many requests")
    args = parser.parse_args(argv)

    try:
        privcmd = open_privcmd(args.dry_run, args.arch, json_lines=args.json) if args.dry_run else open_privcmd()
        evtchn = DryEvtchn(json_lines=args.json) if args.dry_run else Evtchn()
    except xab.BindingsError as exc:
        print(f"ioreq_server: {exc}", file=sys.stderr)
        return 1

    server = IoreqServer(privcmd, args.domid)
    b = server.b
    try:
        if not args.dry_run:
            if not privcmd.has_dm_op():
                print("ioreq_server: this kernel's privcmd has no IOCTL_PRIVCMD_DM_OP", file=sys.stderr)
                return 1
            print(f"running on Xen {xab.running_release()}", file=sys.stderr)
            privcmd.restrict(args.domid)
            evtchn.restrict(args.domid)
        try:
            vcpus = server.nr_vcpus() or args.vcpus
        except xab.XenError as exc:
            if exc.xen_name != "XEN_EOPNOTSUPP":
                raise
            vcpus = args.vcpus  # Xen before 4.15 has no XEN_DMOP_nr_vcpus
        server.create(handle_bufioreq=0)
        page = server.map_ioreq_page(vcpus)
        first, last = args.ports
        server.map_io_range(b.XEN_DMOP_IO_RANGE_PORT, first, last)
        ports = server.bind_ports(page, evtchn)
        server.set_state(True)
        try:
            if not args.dry_run:
                signal.signal(signal.SIGTERM, signal.default_int_handler)
                serve(server, page, evtchn, ports, args.requests)
        except KeyboardInterrupt:
            pass
        finally:
            server.set_state(False)
            server.unmap_io_range(b.XEN_DMOP_IO_RANGE_PORT, first, last)
            for port in ports:
                evtchn.unbind(port)
            server.destroy()
    except xab.XenError as exc:
        print(f"ioreq_server: {exc}", file=sys.stderr)
        return 1
    finally:
        evtchn.close()
        privcmd.close()
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into head & co.
        sys.stderr.close()
        sys.exit(0)
