"""Stability answers per guest type (abi.guests): issue 11's examples, in stable, query, the report and the bindings.

Each answer is the one the hypervisor's own tables and the headers give
together (tests/test_hypervisor.py checks the facts against the tables).
"""

from __future__ import annotations

import json

import pytest
from xen_abi import queries
from xen_abi.analysis import guests as guest_types
from xen_abi.analysis.classify import Stability
from xen_abi.cli.main import main
from xen_abi.codegen.select import select
from xen_abi.common.errors import UsageError
from xen_abi.common.releases import is_point_release
from xen_abi.present.queries import render_query

PV_ONLY = ("set_trap_table", "mmu_update", "set_gdt", "iret", "stack_switch", "update_va_mapping")


def _names(result: queries.StableSet) -> dict[str, queries.StableItem]:
    return {i.subop or i.hypercall: i for i in result.items}


@pytest.fixture(scope="module")
def stable_x86(catalogue):
    return _names(queries.stable(catalogue, first="4.15.0"))


# -- domctl and sysctl: number stable, interface tools-only ----------------------------------------


def test_domctl_says_number_stable_interface_tools_only(catalogue):
    iface = guest_types.interface(catalogue.release("4.22.0"), "x86_64", "domctl")
    assert iface is not None
    assert iface.text() == (
        "number stable, interface tools-only (XEN_DOMCTL_INTERFACE_VERSION), 1 stable sub-op: get_domain_state"
    )
    sysctl = guest_types.interface(catalogue.release("4.22.0"), "x86_64", "sysctl")
    assert sysctl is not None and sysctl.text() == (
        "number stable, interface tools-only (XEN_SYSCTL_INTERFACE_VERSION), no stable sub-op"
    )
    q = queries.query(catalogue, "domctl", arch="x86_64")
    assert q.since["x86_64"] is None and q.appeared["x86_64"] == "4.0.0"
    text = render_query(q, "table")
    assert "number stable, interface tools-only (XEN_DOMCTL_INTERFACE_VERSION), 1 stable sub-op" in text


def test_domctl_and_sysctl_are_not_in_stable_without_a_stable_sub_op(catalogue, stable_x86):
    assert "domctl" not in stable_x86 and "sysctl" not in stable_x86
    recent = _names(queries.stable(catalogue, first="4.21.0"))
    assert recent["domctl"].since == "4.21.0"
    assert recent["XEN_DOMCTL_get_domain_state"].since == "4.21.0"
    assert [i.subop for i in recent.values() if i.hypercall == "domctl" and i.subop] == ["XEN_DOMCTL_get_domain_state"]
    assert recent["domctl"].interface is not None
    assert recent["domctl"].interface.stability is Stability.TOOLS_ONLY


# -- dm_op: stable since 4.15, appeared 4.9 -----------------------------------------------------------


def test_dm_op_is_stable_since_4_15_not_4_9(catalogue, stable_x86):
    assert stable_x86["dm_op"].since == "4.15.0"
    assert stable_x86["XEN_DMOP_create_ioreq_server"].since == "4.15.0"
    assert stable_x86["dm_op"].interface.text().startswith("number stable, interface stable (")
    q = queries.query(catalogue, "XEN_DMOP_create_ioreq_server")
    for arch in ("x86_64", "x86_32", "arm64", "arm32"):
        assert (q.appeared[arch], q.since[arch]) == ("4.9.0", "4.15.0"), arch
    text = render_query(q, "table")
    assert "x86_64: appeared 4.9.0, stable since 4.15.0" in text
    assert "since 4.9.0" not in text
    assert queries.query(catalogue, "dm_op", arch="x86_64").since["x86_64"] == "4.15.0"


def test_dm_op_on_arm_is_not_implemented_before_4_15(catalogue):
    q = queries.query(catalogue, "dm_op", arch="arm64")
    by = {e.release: e for e in q.entries}
    assert by["4.14.0"].stability is Stability.NOT_IMPLEMENTED
    assert by["4.14.0"].header_class is Stability.STABLE
    assert "xen/arch/arm/traps.c" in by["4.14.0"].evidence.reason
    assert by["4.15.0"].stability is Stability.STABLE
    assert by["4.15.0"].usability.facts["arm"].condition == "CONFIG_IOREQ_SERVER"


# -- PV-only hypercalls, XENPF ops and arch_N placeholders on Arm -----------------------------------------


def test_arm_lists_nothing_an_arm_guest_cannot_call(catalogue):
    arm = _names(queries.stable(catalogue, arch="arm64", first="4.15.0"))
    for name in (*PV_ONLY, "arch_0", "arch_1", "arch_7", "XENPF_add_memtype", "XENPF_microcode_update"):
        assert name not in arm, name
    assert "XENPF_settime64" in arm and arm["platform_op"].guests == ("arm",)
    assert arm["memory_op"].guests == ("arm",)
    assert "dm_op" in arm and arm["dm_op"].since == "4.15.0"
    assert queries.stable(catalogue, guest="arm", first="4.15.0").arch == "arm64"


def test_per_guest_type_on_x86(catalogue, stable_x86):
    for name in PV_ONLY:
        assert stable_x86[name].guests == ("pv64",), name
    assert stable_x86["memory_op"].guests == ("pv64", "hvm64")
    hvm = _names(queries.stable(catalogue, first="4.15.0", guest="hvm64"))
    for name in (*PV_ONLY, "mca", "arch_0"):
        assert name not in hvm, name
    assert {"memory_op", "dm_op", "hvm_op", "XEN_DMOP_nr_vcpus"} <= set(hvm)
    pv = _names(queries.stable(catalogue, first="4.15.0", guest="pv64"))
    assert {"set_trap_table", "mca", "arch_0"} <= set(pv)
    pv32 = queries.stable(catalogue, first="4.15.0", guest="pv32")
    assert pv32.arch == "x86_32"
    with pytest.raises(UsageError, match="not built for"):
        queries.stable(catalogue, arch="arm64", guest="hvm64")


def test_arch_0_and_mca_share_number_48(catalogue):
    for name in ("arch_0", "mca"):
        q = queries.query(catalogue, name, arch="x86_64")
        newest = next(e for e in q.entries if e.release == "4.22.0")
        assert newest.number == 48
        assert newest.usability.callable == ("pv64",)
    arm = queries.query(catalogue, "arch_0", arch="arm32")
    by = {e.release: e for e in arm.entries}
    assert by["4.2.0"].stability is Stability.STABLE  # the experimental ARM ABI of 4.2 used it
    assert by["4.4.0"].stability is Stability.REMOVED
    assert "last in 4.3.0" in by["4.4.0"].evidence.reason


# -- removed features and configurations without a guest view ----------------------------------------------


def test_tmem_is_removed_from_4_13(catalogue):
    q = queries.query(catalogue, "tmem_op", arch="x86_64")
    by = {e.release: e for e in q.entries}
    assert by["4.12.0"].stability is Stability.STABLE
    assert by["4.13.0"].stability is Stability.REMOVED and by["4.13.0"].number == 38
    assert by["4.22.0"].stability is Stability.REMOVED
    assert "the header keeps the number" in by["4.22.0"].evidence.reason
    assert q.since["x86_64"] is None
    assert "tmem_op" in _names(queries.stable(catalogue, first="4.8.0", last="4.12.0"))
    assert "tmem_op" not in _names(queries.stable(catalogue, first="4.12.0", last="4.13.0"))


def test_ppc64_without_guest_view_is_never_tools_only(catalogue):
    q = queries.query(catalogue, "XEN_DOMCTL_createdomain", arch="ppc64")
    by = {e.release: e for e in q.entries}
    for r in ("4.18.0", "4.21.0"):
        assert by[r].stability is Stability.NO_GUEST_VIEW, r
        assert "does not compile" in by[r].evidence.reason
    # 4.22 has a guest view, and a hypervisor with no hypercall table for ppc64 guests.
    assert by["4.22.0"].stability is Stability.NOT_IMPLEMENTED
    assert by["4.22.0"].header_class is Stability.TOOLS_ONLY


# -- the JSON contract and the command line ----------------------------------------------------------------


def test_stable_json_carries_guests_and_interface(catalogue, capsys):
    assert main(["stable", "--from", "4.15.0", "--guest", "hvm64", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["arch"] == "x86_64" and doc["guests"] == ["hvm64"]
    items = {i["subop"] or i["hypercall"]: i for i in doc["items"]}
    assert "set_trap_table" not in items
    assert items["dm_op"]["since"] == "4.15.0" and items["dm_op"]["interface"]["class"] == "stable"
    assert items["XEN_DMOP_nr_vcpus"]["guests"] == ["hvm64"]


def test_query_json_has_appeared_since_and_facts(catalogue, capsys):
    assert main(["query", "tmem_op", "--arch", "x86_64", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["appeared"]["x86_64"] == "4.0.0" and doc["since"]["x86_64"] is None
    entry = next(e for e in doc["history"] if e["release"] == "4.13.0")
    assert entry["class"] == "removed" and entry["header_class"] == "stable"
    assert entry["hypervisor"]["pv64"]["status"] == "not implemented"


# -- the report and the bindings -------------------------------------------------------------------------------


def test_bindings_core_excludes_what_no_guest_type_can_call(catalogue):
    sel = select(catalogue, archs=["arm64", "x86_64"], start="4.15.0", end="4.22.0")
    arm = sel.per_arch["arm64"]
    # A point release has no hypervisor tables: its own calls are the headers' with implementation unknown,
    # so what no guest type can call is judged on the releases whose tables say so (and on the core).
    calls = set(arm.core_calls) | {n for r, per in arm.release_calls.items() if not is_point_release(r) for n in per}
    for name in (*PV_ONLY, "arch_0", "arch_7", "XENPF_add_memtype", "tmem_op"):
        assert name not in calls, name
    assert arm.core_calls["XENPF_settime64"].call.guests == ("arm",)
    x86 = sel.per_arch["x86_64"]
    assert x86.core_calls["set_trap_table"].call.guests == ("pv64",)
    assert x86.core_calls["memory_op"].call.guests == ("pv64", "hvm64")
    assert "tmem_op" not in x86.core_calls


def test_report_shows_guest_types_and_what_a_guest_sees():
    """The committed report (its freshness is tests/test_report.py's): landing page, matrix, item and pair pages."""
    from pathlib import Path

    site = Path(__file__).resolve().parents[1] / "generated" / "report"
    landing = (site / "index.html").read_text(encoding="utf-8")

    def cells(name: str) -> str:
        start = landing.index(f'<tr data-name="{name}" data-hypercall="{name}">')
        return landing[start : landing.index("</tr>", start)]

    assert 'data-arch="x86_64" data-since="">removed<' in cells("tmem_op")
    assert 'data-arch="arm64" data-since="">not implemented<' in cells("set_trap_table")
    assert 'data-arch="x86_64" data-since="">interface tools-only<' in cells("sysctl")
    assert "since 4.21 <small" in cells("domctl") and "interface tools-only, 1 stable sub-op" in cells("domctl")
    assert "since 4.15 <small" in cells("dm_op")
    matrix = (site / "matrix" / "arm64.html").read_text(encoding="utf-8")
    assert 'memory_op</a> <small class="guests"' in matrix
    item = (site / "hypercalls" / "domctl.html").read_text(encoding="utf-8")
    assert "number stable, interface tools-only (XEN_DOMCTL_INTERFACE_VERSION), 1 stable sub-op" in item
    dm_op = (site / "hypercalls" / "dm_op.html").read_text(encoding="utf-8")
    assert "ARM/IOREQ servers: Tech Preview" in dm_op
    pair = (site / "pairs" / "4.21.0-to-4.22.0.html").read_text(encoding="utf-8")
    assert "no guest view in 4.21" in pair
