"""The stable, query and hypercalls answers (Python API, CLI, JSON contracts) on the committed catalogue."""

from __future__ import annotations

import json

import pytest
from xen_abi import queries
from xen_abi.analysis.classify import Stability
from xen_abi.build import write_catalogue
from xen_abi.cli.main import main
from xen_abi.common.errors import EXIT_USAGE, UsageError
from xen_abi.compare import history as hist
from xen_abi.store.catalogue import Catalogue

IOREQ_OPS = {
    # name: (number, argument type, size on x86_64 and arm64)
    "XEN_DMOP_create_ioreq_server": (1, "struct xen_dm_op_create_ioreq_server", 6),
    "XEN_DMOP_get_ioreq_server_info": (2, "struct xen_dm_op_get_ioreq_server_info", 24),
    "XEN_DMOP_map_io_range_to_ioreq_server": (3, "struct xen_dm_op_ioreq_server_range", 24),
    "XEN_DMOP_unmap_io_range_from_ioreq_server": (4, "struct xen_dm_op_ioreq_server_range", 24),
    "XEN_DMOP_set_ioreq_server_state": (5, "struct xen_dm_op_set_ioreq_server_state", 4),
    "XEN_DMOP_destroy_ioreq_server": (6, "struct xen_dm_op_destroy_ioreq_server", 4),
    "XEN_DMOP_set_irq_level": (19, "struct xen_dm_op_set_irq_level", 8),
    "XEN_DMOP_nr_vcpus": (20, "struct xen_dm_op_nr_vcpus", 4),
    "XENMEM_acquire_resource": (28, "struct xen_mem_acquire_resource", 32),
    "EVTCHNOP_bind_interdomain": (0, "struct evtchn_bind_interdomain", 12),
    "EVTCHNOP_close": (3, "struct evtchn_close", 4),
    "EVTCHNOP_send": (4, "struct evtchn_send", 4),
    "EVTCHNOP_unmask": (9, "struct evtchn_unmask", 4),
}


@pytest.mark.parametrize("arch", ["x86_64", "arm64"])
def test_stable_from_4_15_has_what_an_ioreq_server_needs(catalogue, arch):
    result = queries.stable(catalogue, arch=arch, first="4.15.0")
    assert (result.first, result.last) == ("4.15.0", "4.22.0")
    by_name = {i.subop or i.hypercall: i for i in result.items}
    for call, number in (("dm_op", 41), ("memory_op", 12), ("event_channel_op", 32)):
        assert by_name[call].number == number and by_name[call].subop is None
    for name, (number, arg, size) in IOREQ_OPS.items():
        item = by_name[name]
        assert item.number == number, name
        assert [a.type for a in item.args] == [arg], name
        assert item.args[0].layout.size == size, name
    range_fields = {
        f.name: (f.offset, f.size) for f in by_name["XEN_DMOP_map_io_range_to_ioreq_server"].args[0].layout.fields
    }
    assert range_fields == {"id": (0, 2), "pad": (2, 2), "type": (4, 4), "start": (8, 8), "end": (16, 8)}
    acquire = {f.name: f.offset for f in by_name["XENMEM_acquire_resource"].args[0].layout.fields}
    assert acquire == {"domid": 0, "type": 2, "id": 4, "nr_frames": 8, "pad": 12, "frame": 16, "frame_list": 24}
    assert by_name["XEN_DMOP_create_ioreq_server"].since == "4.15.0"
    assert "XEN_DOMCTL_createdomain" not in by_name  # tools-only
    assert "XEN_DOMCTL_get_domain_state" not in by_name  # stable only from 4.21 on


def test_dm_op_sub_ops_are_not_stable_before_4_15(catalogue):
    # Its number is guest-visible from 4.9, but with every sub-op tools-only nothing of it is usable as stable.
    result = queries.stable(catalogue, arch="x86_64", first="4.9.0", last="4.14.0", hypercalls=["dm_op"])
    assert result.items == ()
    q = queries.query(catalogue, "dm_op", arch="x86_64")
    entry = next(e for e in q.entries if e.release == "4.14.0")
    assert entry.stability is Stability.STABLE and entry.interface.stability is Stability.TOOLS_ONLY


def test_x86_32_acquire_resource_changed_size_so_it_is_stable_only_after(catalogue):
    result = queries.stable(catalogue, arch="x86_32", first="4.14.0", hypercalls=["memory_op"])
    item = next(i for i in result.items if i.subop == "XENMEM_acquire_resource")
    assert item.args[0].layout.size == 28 and item.since == "4.13.2"  # the 4.14 change was backported to 4.13.2


def test_stable_json_contract(catalogue, capsys):
    assert main(["stable", "--from", "4.15.0", "--arch", "arm64", "--hypercall", "dm_op", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) == {"arch", "from", "to", "guests", "items", "xen_abi"}  # xen_abi: tool and catalogue
    keys = {"hypercall", "subop", "number", "since", "args", "guests", "interface"}
    assert all(set(i) == keys for i in doc["items"])
    nr_vcpus = next(i for i in doc["items"] if i["subop"] == "XEN_DMOP_nr_vcpus")
    assert nr_vcpus["number"] == 20 and nr_vcpus["args"][0]["fields"] == [
        {"name": "vcpus", "type": "uint32_t", "offset": 0, "size": 4, "bit_offset": None, "bit_width": None}
    ]


def test_query_json_contract_one_entry_per_release_and_arch(catalogue, capsys):
    assert main(["query", "XEN_DMOP_create_ioreq_server", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["name"], doc["kind"], doc["hypercall"]) == ("XEN_DMOP_create_ioreq_server", "subop", "dm_op")
    keys = {"release", "arch", "visibility", "present", "class", "number", "args", "evidence"}
    keys |= {"hypervisor", "header_class", "interface"}  # abi.guests
    assert all(set(e) == keys for e in doc["history"])
    assert len(doc["history"]) == len(catalogue.releases) * 6
    x86 = {e["release"]: e for e in doc["history"] if e["arch"] == "x86_64"}
    assert x86["4.8.0"]["present"] is False and x86["4.8.0"]["class"] is None
    assert x86["4.14.0"]["class"] == "tools-only" and x86["4.14.0"]["visibility"] == "tools"
    assert x86["4.15.0"]["class"] == "stable" and x86["4.15.0"]["number"] == 1
    assert x86["4.15.0"]["args"] == ["struct xen_dm_op_create_ioreq_server"]
    assert x86["4.15.0"]["evidence"]["where"].startswith("hvm/dm_op.h:")
    # "since": from when it is usable as stable; "appeared": when the headers first had it.
    assert doc["since"]["x86_64"] == "4.15.0" and doc["until"]["x86_64"] is None
    assert doc["appeared"]["x86_64"] == "4.9.0"
    assert x86["4.15.0"]["hypervisor"]["hvm64"]["status"] == "implemented"


def test_query_changes_and_removed(catalogue):
    result = queries.query(catalogue, "XEN_DMOP_create_ioreq_server", arch="x86_64")
    assert [(e.release, e.what, e.old, e.new) for e in result.changes["x86_64"]][:2] == [
        ("4.9.0", "appeared", None, "tools-only"),
        ("4.15.0", "class", "tools-only", "stable"),
    ]
    acquire = queries.query(catalogue, "struct xen_mem_acquire_resource", arch="x86_32")
    # 4.14.0's change, backported to 4.12.4 and 4.13.2: each on its own edge of the release graph.
    shrunk = [e for e in acquire.changes["x86_32"] if e.what == "layout"]
    assert [e.release for e in shrunk] == ["4.12.4", "4.13.2", "4.14.0"]
    assert all("size-changed: 32 -> 28" in e.detail for e in shrunk)
    assert {e.severity for e in shrunk} == {"tools-only"}  # tools-only on each old side: its rule judges it
    gone = queries.query(catalogue, "xc_reserved_op", arch="x86_64")
    removed = [e for e in gone.entries if e.stability is Stability.REMOVED]
    assert removed and removed[0].evidence.reason.startswith("last present in")
    assert gone.until["x86_64"] is not None


def test_query_names_and_bad_input(catalogue):
    assert queries.resolve_name(catalogue, "__HYPERVISOR_dm_op") == ("hypercall", "dm_op")
    assert queries.resolve_name(catalogue, "xen_dm_op") == ("type", "struct xen_dm_op")
    assert queries.resolve_name(catalogue, "XENMEM_acquire_resource") == ("subop", "XENMEM_acquire_resource")
    assert queries.resolve_name(catalogue, "XENMEM_acquire_resource", "constant")[0] == "constant"
    with pytest.raises(UsageError, match="did you mean: XEN_DMOP_create_ioreq_server"):
        queries.resolve_name(catalogue, "XEN_DMOP_create_ioreq_servr")


@pytest.mark.parametrize(
    ("argv", "needle"),
    [
        (["query", "XEN_DMOP_create_ioreq_servr"], "did you mean: XEN_DMOP_create_ioreq_server"),
        (["stable", "--from", "4.99"], "unknown release '4.99'; the catalogue has: 4.0.0..4.0.4, 4.1.0..4.1.6"),
        (["stable", "--arch", "sparc"], "unknown architecture 'sparc'; valid: x86_32, x86_64"),
        (["hypercalls", "--release", "4.0.0", "--arch", "arm64"], "release 4.0.0 does not support arm64"),
        (["stable", "--hypercall", "dm_opp"], "unknown hypercall 'dm_opp'; did you mean: dm_op"),
        (["stable", "--from", "4.20.0", "--to", "4.15.0"], "--from 4.20.0 is newer than --to 4.15.0"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(catalogue, capsys, argv, needle):
    assert main(argv) == EXIT_USAGE
    err = capsys.readouterr().err
    assert needle in err and err.count("\n") == 1 and "Traceback" not in err


def test_hypercalls_listing_and_coverage(catalogue, capsys):
    listing = queries.hypercalls(catalogue, "4.22.0", "x86_64")
    assert listing.coverage.share >= 0.95
    assert "XEN_DOMCTL_real_mode_area" in listing.coverage.unresolved
    rows = {r.name: r for r in listing.rows}
    assert rows["dm_op"].number == 41 and rows["XEN_DMOP_nr_vcpus"].stability is Stability.STABLE
    assert rows["dom0_op"].stability is Stability.DEPRECATED and rows["dom0_op"].visibility == "legacy"
    assert main(["hypercalls", "--release", "4.22.0", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) == {"release", "arch", "hypercalls", "subops", "coverage", "xen_abi"}
    assert doc["coverage"]["subops"] == listing.coverage.subops
    assert doc["coverage"]["unresolved"] == list(listing.coverage.unresolved)


def test_markdown_and_table_render(catalogue, capsys):
    assert main(["stable", "--from", "4.15.0", "--hypercall", "dm_op", "--format", "markdown"]) == 0
    out = capsys.readouterr().out
    row = (
        "| dm_op | 41 | XEN_DMOP_nr_vcpus | 20 | 4.15.0 | pv64 hvm64 | struct xen_dm_op_nr_vcpus (4 bytes: vcpus@0:4) |"
    )
    assert row in out
    assert main(["query", "dm_op", "--arch", "arm64"]) == 0
    assert "arm64: appeared 4.9.0, stable since 4.15.0" in capsys.readouterr().out


def test_history_flags_and_breaks(catalogue):
    h = hist.of_catalogue(catalogue)
    assert hist.de_facto_stable(h, "subop", "XEN_DOMCTL_pausedomain", "x86_64", "4.22.0", 5)
    assert not hist.de_facto_stable(h, "subop", "XEN_DMOP_nr_vcpus", "x86_64", "4.22.0", 5)  # stable, not tools-only
    breaks = {(b.name, b.arch, b.after): b for b in h.breaks}
    vga = breaks[("struct dom0_vga_console_info", "x86_64", "4.13.0")]
    assert vga.severity == "breaking" and "size-changed: struct dom0_vga_console_info 36 -> 40" in vga.detail
    time_info = breaks[("struct vcpu_time_info", "x86_64", "4.7.0")]
    assert time_info.severity == "compatible"  # padding given a meaning: pad-field-used
    assert any(d.startswith("pad-field-used: struct vcpu_time_info.flags") for d in time_info.detail)
    for b in h.breaks:  # changes of stable items: stable on the old side, whose consumers can break
        before = h.states(b.kind, b.name, b.arch)[b.before]
        # a deprecated item a guest still sees counts as stable (abi.diff._side)
        assert before.stability is Stability.STABLE or (
            before.stability is Stability.DEPRECATED and before.visibility != "tools"
        )


def test_history_is_deterministic_and_round_trips(catalogue, tmp_path):
    releases = [catalogue.release(r) for r in ("4.14.0", "4.15.0")]
    for out in ("a", "b"):
        write_catalogue(releases, tmp_path / out)
    for name in ("index.json", "layouts.json", "history.json", "releases/4.14.0.json", "releases/4.15.0.json"):
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes(), name
    again = Catalogue.load(tmp_path / "a")
    assert again.release("4.15.0").calls == catalogue.release("4.15.0").calls
    assert again.release("4.15.0").legacy == catalogue.release("4.15.0").legacy
    assert hist.to_json(hist.of_catalogue(again)) == hist.to_json(hist.build(releases))
