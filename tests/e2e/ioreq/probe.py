"""The failure modes of an IOREQ server, on a real Xen, against a guest that stays paused.

    python3 probe.py --domid D --ports FIRST LAST --mmio FIRST LAST --timeout S

1. Binding the vCPUs' event channels before enabling the server: the
   bindings refuse it and say why; binding the port found in the page (0)
   anyway is refused by Xen (its errno name is recorded).
2. A range claimed twice: Xen's refusal, by its errno name, in the error.
3. Unmapping: after the server is closed a mapping of its ioreq page that
   someone still holds keeps the guest from being destroyed ("dying"); once
   it is unmapped the guest goes, while this process lives on.

Prints ``PROBE {json}`` and ``DONE``; the host checks the JSON.  Uses only
the stable core of ``xen_abi_bindings`` and never asks which Xen it runs on.
"""

import argparse
import json
import subprocess
import sys
import time

from xen_abi_bindings import IoreqError, XenError
from xen_abi_bindings.evtchn import Evtchn
from xen_abi_bindings.ioreq import IoreqServer
from xen_abi_bindings.privcmd import Privcmd


def listed(domid):
    done = subprocess.run(["xl", "list", str(domid)], capture_output=True, text=True, timeout=60)
    lines = done.stdout.strip().splitlines()
    return lines[-1] if done.returncode == 0 and len(lines) > 1 else None


def wait_gone(domid, seconds):
    deadline = time.monotonic() + seconds
    line = listed(domid)
    while line is not None and time.monotonic() < deadline:
        time.sleep(0.5)
        line = listed(domid)
    return line


def main():
    number = lambda s: int(s, 0)  # noqa: E731
    parser = argparse.ArgumentParser()
    parser.add_argument("--domid", type=int, required=True)
    parser.add_argument("--ports", nargs=2, type=number, required=True)
    parser.add_argument("--mmio", nargs=2, type=number, required=True)
    parser.add_argument("--timeout", type=float, default=30)
    args = parser.parse_args()
    domid = args.domid
    out = {}
    with Privcmd() as pc, Evtchn() as ev:
        pc.restrict(domid)
        ev.restrict(domid)
        server = IoreqServer(pc, domid)
        with server:
            server.create()
            page = server.map_ioreq_page(server.nr_vcpus())
            port = server.b.XEN_DMOP_IO_RANGE_PORT
            server.map_io_range(port, *args.ports)
            out["vp_eport_before_enable"] = page.vp_eport(0)
            try:
                server.bind_ports(page, ev)
                out["bind_before_enable"] = {"refused": False}
            except IoreqError as exc:
                out["bind_before_enable"] = {"refused": True, "error": str(exc)}
            try:  # what the bindings spared us: Xen's answer to binding that port
                ev.unbind(ev.bind_interdomain(domid, page.vp_eport(0)))
                out["raw_bind_before_enable"] = {"refused": False}
            except XenError as exc:
                out["raw_bind_before_enable"] = {"refused": True, "xen_name": exc.xen_name, "errno": exc.errno}
            try:
                server.map_io_range(port, *args.ports)
                out["claimed_twice"] = {"refused": False}
            except XenError as exc:
                twice = {"refused": True, "xen_name": exc.xen_name, "errno": exc.errno, "error": str(exc)}
                out["claimed_twice"] = twice
            server.set_state(True)
            out["vp_eport_after_enable"] = page.vp_eport(0)
            out["local_ports"] = server.bind_ports(page, ev)
            # a second mapping of the same page, held by someone other than the server
            held = pc.mmap_resource(domid, server.b.XENMEM_resource_ioreq_server, server.id, server.ioreq_frame(0), 1)
        out["page_closed_by_server"] = page.closed and server.id is None
        try:
            destroy = subprocess.run(["xl", "destroy", str(domid)], capture_output=True, text=True, timeout=90)
            out["xl_destroy_status"] = destroy.returncode
        except subprocess.TimeoutExpired:
            out["xl_destroy_status"] = "timed out"
        out["while_held"] = wait_gone(domid, 10)  # still listed: "dying" while the page is mapped
        held.close()
        t = time.monotonic()
        out["after_unmap"] = wait_gone(domid, 30)  # None: gone, with this process still running
        out["gone_after_unmap_s"] = round(time.monotonic() - t, 2)
    print("PROBE " + json.dumps(out, sort_keys=True), flush=True)
    print("DONE", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
