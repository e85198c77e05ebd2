"""Hypercalls and sub-ops: the header scanner, each argument convention, and the real corpus."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import needs_corpus
from xen_abi.common.errors import CatalogueError
from xen_abi.frontend import hypercalls as H
from xen_abi.frontend.source import open_source
from xen_abi.ir.model import Config, ConfigABI, Constant, Field, Layout, TypeEntry, Visibility

# -- small fixtures of our own ------------------------------------------------------------------

FIXTURE_H = b"""\
/* ` enum demo_op { // DEMOOP_* => struct demo_* */
#define DEMOOP_alpha 0
#define DEMOOP_beta  1
/* ` } */
struct demo_alpha { int a; };
struct demo_beta { int b; };

/*
 * Returns the thing.
 * arg == NULL.
 */
#define DEMOOP_gamma 2

/*
 * arg == addr of struct demo_delta_arg.
 */
#define DEMOOP_delta 3
#define DEMOOP_theta 4

#define DEMOOP_eps 5

struct demo_eps_args
{
    int e;
#define DEMOOP_EPS_FLAG 1
#define DEMOOP_inside 7
};

#define DEMOOP_paging 6
#define DEMOOP_paging_nominate 0
#define DEMOOP_paging_evict 1
struct demo_paging { int op; };

/* DEMOOP_zeta / DEMOOP_eta: share one struct */
#define DEMOOP_SOME_VALUE 3
struct demo_shared { int z; };

#define DEMOOP_lonely 10

/* Deprecated by DEMOOP_alpha */
#define DEMOOP_old 11

/* What DEMOOP_delta takes. */
struct demo_delta_arg { int d; };
"""

FIXTURE_Z = b"""\
#define DEMOOP_zeta 8
#define DEMOOP_eta 9
"""


def _type(name: str, size: int = 4, where: str = "demo.h:1") -> TypeEntry:
    return TypeEntry(name, Layout("struct", size, 4, (Field("x", "int", 0, 4),)), where)


def _config(constants: dict[str, tuple[str, int, str]], types: list[str]) -> ConfigABI:
    return ConfigABI(
        Config("x86_64", Visibility.GUEST),
        types={t: _type(t) for t in types},
        constants={n: Constant(n, text, value, where) for n, (text, value, where) in constants.items()},
    )


def _demo_table(tmp_path: Path, extra: str = "") -> H.Table:
    data = tmp_path / "subops.toml"
    data.write_text(
        '[[family]]\nhypercall = "demo_op"\nprefix = "DEMOOP_"\nheaders = ["demo.h", "demo2.h"]\n' + extra,
        encoding="utf-8",
    )
    return H.load_table.__wrapped__(data)


def _demo_abi() -> tuple[ConfigABI, dict[str, H.HeaderScan]]:
    scans = H.scan_tree({"demo.h": FIXTURE_H, "demo2.h": FIXTURE_Z})
    text = FIXTURE_H.decode()
    constants = {}
    for path, data in (("demo.h", FIXTURE_H), ("demo2.h", FIXTURE_Z)):
        for n, line in enumerate(data.decode().split("\n"), 1):
            m = re.match(r"#define (DEMOOP_\w+)\s+(\d+)", line)
            if m:
                constants[m.group(1)] = (m.group(2), int(m.group(2)), f"{path}:{n}")
    assert "DEMOOP_alpha" in text
    types = [
        "struct demo_alpha",
        "struct demo_beta",
        "struct demo_delta_arg",
        "struct demo_eps_args",
        "struct demo_paging",
        "struct demo_shared",
    ]
    abi = _config(constants, types)
    for name in types:
        line = next(i for i, ln in enumerate(text.split("\n"), 1) if ln.startswith(name))
        abi.types[name] = _type(name, where=f"demo.h:{line}")
    return abi, scans


def test_scan_header_finds_records_defines_and_their_enclosing_struct():
    scan = H.scan_header("demo.h", FIXTURE_H)
    defines = {d.name: d for d in scan.defines}
    assert defines["DEMOOP_inside"].record == "struct demo_eps_args"
    assert defines["DEMOOP_EPS_FLAG"].record == "struct demo_eps_args"
    assert defines["DEMOOP_alpha"].record is None
    # "struct demo_eps_args" has its brace on the next line: keyed by the line naming it.
    line = FIXTURE_H.decode().split("\n").index("struct demo_eps_args") + 1
    assert scan.records[line] == "struct demo_eps_args"
    assert "DEMOOP_zeta" in scan.markers and "DEMOOP_eta" in scan.markers


def test_each_convention_resolves_its_sub_op(tmp_path):
    abi, scans = _demo_abi()
    calls = H.extract_config(abi, scans, _demo_table(tmp_path))
    ops = calls.subops
    assert ops["DEMOOP_alpha"].args == ("struct demo_alpha",) and "naming convention" in ops["DEMOOP_alpha"].how
    assert ops["DEMOOP_gamma"].args == () and ops["DEMOOP_gamma"].resolved and "arg == NULL" in ops["DEMOOP_gamma"].how
    # The doc comment above a run of #defines documents the whole run.
    assert ops["DEMOOP_delta"].args == ops["DEMOOP_theta"].args == ("struct demo_delta_arg",)
    assert ops["DEMOOP_eps"].args == ("struct demo_eps_args",) and "#define followed by" in ops["DEMOOP_eps"].how
    assert ops["DEMOOP_paging"].args == ("struct demo_paging",)
    assert ops["DEMOOP_zeta"].args == ("struct demo_shared",) and "marker" in ops["DEMOOP_zeta"].how
    assert ops["DEMOOP_eta"].args == ("struct demo_shared",)


def test_what_is_not_a_sub_op_and_what_stays_unresolved(tmp_path):
    abi, scans = _demo_abi()
    ops = H.extract_config(abi, scans, _demo_table(tmp_path)).subops
    assert "DEMOOP_inside" not in ops  # a value of a struct field
    assert "DEMOOP_EPS_FLAG" not in ops and "DEMOOP_SOME_VALUE" not in ops  # upper case: flags
    assert "DEMOOP_paging_nominate" not in ops and "DEMOOP_paging_evict" not in ops  # sub-commands
    lonely = ops["DEMOOP_lonely"]
    assert not lonely.resolved and lonely.args == () and lonely.how == "no argument type established"
    line = FIXTURE_H.decode().split("\n").index("/* Deprecated by DEMOOP_alpha */") + 1
    assert ops["DEMOOP_old"].annotation == f"demo.h:{line}: Deprecated by DEMOOP_alpha"
    assert H.coverage(H.CallsABI(subops=ops))[2] == ["DEMOOP_lonely", "DEMOOP_old"]


def test_exceptions_fill_gaps_but_override_only_when_asked(tmp_path):
    abi, scans = _demo_abi()
    extra = (
        '[[exception]]\nsubop = "DEMOOP_lonely"\nargs = ["struct demo_beta"]\nreason = "reviewed"\n'
        '[[exception]]\nsubop = "DEMOOP_alpha"\nargs = ["struct demo_beta"]\nreason = "not used"\n'
        '[[exception]]\nsubop = "DEMOOP_beta"\nargs = ["char[]"]\nreason = "forced"\noverride = true\n'
        '[[exception]]\nsubop = "DEMOOP_gamma"\nexclude = true\nreason = "a bound"\n'
    )
    ops = H.extract_config(abi, scans, _demo_table(tmp_path, extra)).subops
    assert ops["DEMOOP_lonely"].args == ("struct demo_beta",) and "exception: reviewed" in ops["DEMOOP_lonely"].how
    assert ops["DEMOOP_alpha"].args == ("struct demo_alpha",)  # the convention answered: no fallback
    assert ops["DEMOOP_beta"].args == ("char[]",)
    assert "DEMOOP_gamma" not in ops


def test_a_broken_table_names_the_file(tmp_path):
    bad = tmp_path / "subops.toml"
    bad.write_text("[[family]\n", encoding="utf-8")
    with pytest.raises(CatalogueError, match="corrupt sub-op table") as info:
        H.load_table.__wrapped__(bad)
    assert info.value.file == str(bad)
    bad.write_text('[[exception]]\nsubop = "X"\n', encoding="utf-8")
    with pytest.raises(CatalogueError, match="needs 'subop' and 'reason'"):
        H.load_table.__wrapped__(bad)


def test_calls_json_round_trip():
    abi, scans = _demo_abi()
    calls = {"x86_64/guest": H.extract_config(abi, scans, H.load_table()), "arm64/guest": H.CallsABI()}
    doc = H.calls_to_json(calls)
    assert H.calls_from_json(doc, sorted(calls)) == calls


# -- the real corpus -------------------------------------------------------------------------------


def _header_number(corpus: Path, release: str, header: str, name: str) -> int:
    """The number a header gives a macro, read straight from its text (not through our pipeline)."""
    text = (corpus / release / header).read_text()
    m = re.search(rf"^#define\s+{name}\s+(\d+)", text, re.M)
    assert m, f"{name} not in {release}/{header}"
    return int(m.group(1))


@needs_corpus
@pytest.mark.parametrize(
    ("kind", "name", "header"),
    [
        ("hypercall", "__HYPERVISOR_dm_op", "xen.h"),
        ("hypercall", "__HYPERVISOR_memory_op", "xen.h"),
        ("hypercall", "__HYPERVISOR_event_channel_op", "xen.h"),
        ("subop", "XEN_DMOP_create_ioreq_server", "hvm/dm_op.h"),
        ("subop", "XEN_DMOP_map_io_range_to_ioreq_server", "hvm/dm_op.h"),
        ("subop", "XEN_DMOP_set_ioreq_server_state", "hvm/dm_op.h"),
        ("subop", "XEN_DMOP_nr_vcpus", "hvm/dm_op.h"),
        ("subop", "XENMEM_acquire_resource", "memory.h"),
        ("subop", "EVTCHNOP_bind_interdomain", "event_channel.h"),
        ("subop", "EVTCHNOP_send", "event_channel.h"),
    ],
)
def test_numbers_match_the_header_text(catalogue, corpus, kind, name, header):
    calls = catalogue.release("4.22.0").calls["x86_64/guest"]
    expected = _header_number(corpus, "4.22.0", header, name)
    item = calls.hypercalls[name.removeprefix(H.HYPERCALL_PREFIX)] if kind == "hypercall" else calls.subops[name]
    assert item.number == expected


@needs_corpus
def test_extraction_from_the_corpus_matches_the_committed_catalogue(catalogue, corpus):
    release = catalogue.release("4.15.0")
    tree = open_source(str(corpus / "4.15.0"))
    calls, _ = H.extract_release(release, tree.files, {})
    assert calls == release.calls


def test_coverage_of_the_newest_release_is_at_least_95_percent(catalogue):
    calls = catalogue.release("4.22.0").calls
    for arch in ("x86_64", "arm64"):
        names = set(calls[f"{arch}/guest"].subops) | set(calls[f"{arch}/tools"].subops)
        ops = {n: calls[f"{arch}/tools"].subops.get(n) or calls[f"{arch}/guest"].subops[n] for n in names}
        unresolved = sorted(n for n, op in ops.items() if not op.resolved)
        assert (len(ops) - len(unresolved)) / len(ops) >= 0.95, unresolved
    x86 = calls["x86_64/tools"].subops
    assert sorted(n for n, op in x86.items() if not op.resolved) == [
        "FLASK_USER",
        "HVMOP_get_mem_access",
        "HVMOP_set_mem_access",
        "XEN_DOMCTL_dt_overlay",
        "XEN_DOMCTL_real_mode_area",
        "XEN_DOMCTL_set_opt_feature",
        "XEN_SYSCTL_dt_overlay",
    ]


def test_argument_types_follow_the_headers_conventions(catalogue):
    ops = catalogue.release("4.22.0").calls["x86_64/tools"].subops
    expect = {
        "XEN_DMOP_create_ioreq_server": ("struct xen_dm_op_create_ioreq_server",),
        "XEN_DMOP_map_io_range_to_ioreq_server": ("struct xen_dm_op_ioreq_server_range",),
        "XENMEM_acquire_resource": ("struct xen_mem_acquire_resource",),
        "XENMEM_maximum_ram_page": (),
        "EVTCHNOP_bind_interdomain": ("struct evtchn_bind_interdomain",),
        "GNTTABOP_copy": ("struct gnttab_copy",),
        "XEN_DOMCTL_getvcpucontext": ("struct xen_domctl_vcpucontext",),
        "XEN_DOMCTL_unbind_pt_irq": ("struct xen_domctl_bind_pt_irq",),
        "XENPF_set_processor_pminfo": ("struct xenpf_set_processor_pminfo",),
        "FLASK_GETBOOL": ("struct xen_flask_boolean",),
        "SCHEDOP_shutdown_code": ("struct sched_shutdown",),
        "PHYSDEVOP_pci_device_reset": ("struct pci_device_reset",),
        "XENVER_commandline": ("xen_commandline_t",),
    }
    assert {n: ops[n].args for n in expect} == expect
    assert "XENMEM_paging_op_nominate" not in ops and "XENMEM_resource_ioreq_server" not in ops


def test_hypercall_aliases_and_notes(catalogue):
    x86 = catalogue.release("4.22.0").calls["x86_64/guest"].hypercalls
    assert x86["mca"].alias_of == "arch_0" and x86["mca"].number == 48
    assert x86["sched_op_compat"].note == "compat since 0x00030101"
    assert "mca" not in catalogue.release("4.22.0").calls["arm64/guest"].hypercalls
    legacy = catalogue.release("4.22.0").legacy["x86_64"]
    assert legacy.calls.hypercalls["dom0_op"].alias_of == "platform_op"
    assert legacy.calls.hypercalls["dom0_op"].number == 7


def test_the_sub_op_table_is_reviewed_data():
    table = H.load_table()
    assert all(e.reason.strip() for e in table.exceptions.values())
    assert {f.hypercall for f in table.families} >= {
        "memory_op",
        "event_channel_op",
        "grant_table_op",
        "sched_op",
        "vcpu_op",
        "physdev_op",
        "hvm_op",
        "xen_version",
        "console_io",
        "mmuext_op",
        "platform_op",
        "domctl",
        "sysctl",
        "dm_op",
        "argo_op",
        "hypfs_op",
        "xenpmu_op",
        "kexec_op",
        "xsm_op",
        "callback_op",
        "nmi_op",
        "vm_assist",
        "mca",
    }
