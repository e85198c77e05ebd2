"""The end-to-end test program: real hypercalls in dom0 through ``xen_abi_bindings`` only.

The same file runs unchanged on every hypervisor the harness boots; it never
branches on the version.  The stable core (``core()``) serves the
guest-visible calls; the tools-only calls (domctl, sysctl) take the running
release's own layouts and interface versions through
``for_release(running_release(), tools=True)``.  Xen refuses a domctl whose
interface version is not its own (-EACCES), so a successful
``getdomaininfo`` on two releases with different versions proves the
dispatch; the program also sends one with another release's version and
expects that refusal.

It prints one JSON object on stdout (the contract in docs/e2e.md) and exits
0 only when no hypercall failed unexpectedly and every check holds.  A failed
hypercall is recorded (call, errno, Xen's name) and the program goes on, so
one run reports every failure.
"""

import json
import sys
import time

T0 = time.monotonic()

from xen_abi_bindings import RELEASES, BindingsError, XenError, core, for_release, running_release  # noqa: E402
from xen_abi_bindings.privcmd import Privcmd  # noqa: E402
from xen_abi_bindings.version import from_sysfs  # noqa: E402

PAGE = 4096


class Run:
    """The result being built: values, checks, errors, and how long each phase took."""

    def __init__(self):
        self.result = {"checks": {}, "errors": [], "timings_s": {}}
        self.last = time.monotonic()

    def check(self, name, ok):
        self.result["checks"][name] = bool(ok)

    def error(self, call, exc):
        if isinstance(exc, XenError):
            self.result["errors"].append({"call": call, "errno": exc.errno, "name": exc.xen_name or exc.name})
        else:  # the bindings refused the request itself: no hypercall was made
            self.result["errors"].append({"call": call, "error": f"{type(exc).__name__}: {exc}"})

    def lap(self, phase):
        now = time.monotonic()
        self.result["timings_s"][phase] = round(now - self.last, 2)
        self.last = now


def c_string(buffer, size):
    return buffer.read(size).split(b"\0", 1)[0].decode("ascii", "replace")


def xen_version(pc, b, run):
    op = b.constant("__HYPERVISOR_xen_version")
    packed = pc.hypercall(op, b.XENVER_version, 0)
    extra = pc.hypercall_buffer(b.layout("xen_extraversion_t").size)
    pc.hypercall(op, b.XENVER_extraversion, extra.address)
    caps = pc.hypercall_buffer(b.layout("xen_capabilities_info_t").size)
    pc.hypercall(op, b.XENVER_capabilities, caps.address)
    out = {
        "major": packed >> 16,
        "minor": packed & 0xFFFF,
        "extraversion": c_string(extra, b.layout("xen_extraversion_t").size),
        "capabilities": c_string(caps, b.layout("xen_capabilities_info_t").size),
    }
    # The buffers' origin: /dev/xen/hypercall where the kernel has it, else locked anonymous memory.
    run.result["hypercall_buffers"] = "mlock" if extra.locked else "/dev/xen/hypercall"
    sysfs = from_sysfs()
    spoken = (out["major"], out["minor"], out["extraversion"])
    same = sysfs is not None and (sysfs.major, sysfs.minor, sysfs.extra) == spoken
    run.check("hypercall_version_matches_sysfs", same)
    return out


def memory(pc, b):
    op = b.constant("__HYPERVISOR_memory_op")
    dom = pc.hypercall_buffer(b.layout("domid_t").size)
    self_id = b.cast("domid_t", dom.memory)
    out = {"maximum_ram_page": pc.hypercall(op, b.XENMEM_maximum_ram_page, 0)}
    self_id[0] = b.DOMID_SELF
    out["current_reservation"] = pc.hypercall(op, b.XENMEM_current_reservation, dom.address)
    self_id[0] = b.DOMID_SELF
    out["maximum_reservation"] = pc.hypercall(op, b.XENMEM_maximum_reservation, dom.address)
    return out


def event_channel(pc, b, run):
    op = b.constant("__HYPERVISOR_event_channel_op")
    buf = pc.hypercall_buffer(PAGE)
    alloc = b.cast("struct evtchn_alloc_unbound", buf.memory)
    alloc.dom = b.DOMID_SELF
    alloc.remote_dom = 0
    pc.hypercall(op, b.EVTCHNOP_alloc_unbound, buf.address)
    port = int(alloc.port)

    def status():
        buf.write(bytes(b.layout("struct evtchn_status").size))
        st = b.cast("struct evtchn_status", buf.memory)
        st.dom = b.DOMID_SELF
        st.port = port
        pc.hypercall(op, b.EVTCHNOP_status, buf.address)
        names = {b.EVTCHNSTAT_closed: "closed", b.EVTCHNSTAT_unbound: "unbound"}
        out = {"status": names.get(int(st.status), int(st.status))}
        if st.status == b.EVTCHNSTAT_unbound:
            # u.unbound is an anonymous struct, which union_member() cannot name (reported to the
            # bindings' author); its first member, dom, sits at the union's own offset, as C lays out.
            u_offset = next(f[1] for f in b.layout("struct evtchn_status").fields if f[0] == "u")
            out["remote_dom"] = int(b.cast("domid_t", buf.memory, u_offset)[0])
        return out

    after_alloc = status()
    buf.write(bytes(b.layout("struct evtchn_close").size))
    close = b.cast("struct evtchn_close", buf.memory)
    close.port = port
    pc.hypercall(op, b.EVTCHNOP_close, buf.address)
    after_close = status()
    run.check(
        "event_channel_unbound_then_closed",
        port > 0 and after_alloc == {"status": "unbound", "remote_dom": 0} and after_close == {"status": "closed"},
    )
    return {"port": port, "after_alloc": after_alloc, "after_close": after_close}


def grant_table(pc, b, run):
    buf = pc.hypercall_buffer(b.layout("struct gnttab_query_size").size)
    query = b.cast("struct gnttab_query_size", buf.memory)
    query.dom = b.DOMID_SELF
    pc.hypercall(b.constant("__HYPERVISOR_grant_table_op"), b.GNTTABOP_query_size, buf.address, 1)
    out = {"nr_frames": int(query.nr_frames), "max_nr_frames": int(query.max_nr_frames), "status": int(query.status)}
    run.check(
        "grant_table_query_size_ok",
        out["status"] == b.GNTST_okay and 0 < out["nr_frames"] <= out["max_nr_frames"],
    )
    return out


def physinfo(pc, t, run):
    buf = pc.hypercall_buffer(t.layout("struct xen_sysctl").size)
    sysctl = t.cast("struct xen_sysctl", buf.memory)
    sysctl.cmd = t.XEN_SYSCTL_physinfo
    sysctl.interface_version = t.XEN_SYSCTL_INTERFACE_VERSION
    pc.hypercall(t.constant("__HYPERVISOR_sysctl"), buf.address)
    info = t.union_member(sysctl, "u", "physinfo")
    out = {
        "interface_version": t.XEN_SYSCTL_INTERFACE_VERSION,
        "nr_cpus": int(info.nr_cpus),
        "total_pages": int(info.total_pages),
        "free_pages": int(info.free_pages),
    }
    run.check("physinfo_sane", out["nr_cpus"] > 0 and 0 <= out["free_pages"] < out["total_pages"])
    return out


def getdomaininfo(pc, t, domain, interface_version):
    buf = pc.hypercall_buffer(t.layout("struct xen_domctl").size)
    buf.write(bytes(t.layout("struct xen_domctl").size))
    domctl = t.cast("struct xen_domctl", buf.memory)
    domctl.cmd = t.XEN_DOMCTL_getdomaininfo
    domctl.interface_version = interface_version
    domctl.domain = domain
    pc.hypercall(t.constant("__HYPERVISOR_domctl"), buf.address)
    info = t.union_member(domctl, "u", "getdomaininfo")
    return {
        "interface_version": interface_version,
        "domain": int(info.domain),
        "tot_pages": int(info.tot_pages),
        "max_pages": int(info.max_pages),
        "max_vcpu_id": int(info.max_vcpu_id),
        "flags": int(info.flags),
    }


def another_domctl_version(release, own):
    """The domctl interface version of the nearest other release that has a different one."""
    ordered = sorted(RELEASES, key=lambda r: abs(RELEASES.index(r) - RELEASES.index(release)))
    for other in ordered:
        version = for_release(other, tools=True).XEN_DOMCTL_INTERFACE_VERSION
        if version != own:
            return other, version
    return None, None


def main():
    run = Run()
    out = run.result
    b = core()
    run.lap("import")
    with Privcmd() as pc:
        calls = [
            ("xen_version", lambda: xen_version(pc, b, run)),
            ("memory", lambda: memory(pc, b)),
            ("event_channel", lambda: event_channel(pc, b, run)),
            ("grant_table", lambda: grant_table(pc, b, run)),
        ]
        for name, call in calls:
            try:
                out[name] = call()
            except XenError as exc:
                run.error(name, exc)
        run.lap("stable_core")

        # Tools-only: the running release's own layouts and interface versions.
        try:
            release = running_release()
            t = for_release(release, tools=True)
        except BindingsError as exc:
            run.error("tools-only bindings of the running release", exc)
            out["release"] = None
            run.check("release_detected", False)
            print(json.dumps(out, indent=1, sort_keys=True))
            return 1
        out["release"] = release
        run.check("release_detected", True)
        run.lap("tools_bindings")
        try:
            out["sysctl_physinfo"] = physinfo(pc, t, run)
        except XenError as exc:
            run.error("sysctl physinfo", exc)
        try:
            info = getdomaininfo(pc, t, 0, t.XEN_DOMCTL_INTERFACE_VERSION)
            out["domctl_getdomaininfo"] = info
            run.check("dom0_is_domain_0", info["domain"] == 0)
            mem = out.get("memory", {})
            run.check(
                "reservation_matches_domctl",
                0 < mem.get("current_reservation", 0) <= mem.get("maximum_reservation", 0)
                and info["tot_pages"] == mem.get("current_reservation"),
            )
        except XenError as exc:
            run.error("domctl getdomaininfo", exc)

        # Another release's interface version must be refused: the dispatch is what made it work.
        other, version = another_domctl_version(release, t.XEN_DOMCTL_INTERFACE_VERSION)
        refused = {"release": other, "interface_version": version, "errno": 0}
        if version is not None:
            try:
                getdomaininfo(pc, t, 0, version)
            except XenError as exc:
                refused["errno"] = exc.errno
                refused["name"] = exc.xen_name or exc.name
        out["domctl_wrong_interface"] = refused
        run.check("wrong_domctl_version_refused", refused.get("name") in ("XEN_EACCES", "EACCES"))
        run.lap("tools_calls")
    out["timings_s"]["total"] = round(time.monotonic() - T0, 2)
    print(json.dumps(out, indent=1, sort_keys=True))
    ok = not out["errors"] and all(out["checks"].values())
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
