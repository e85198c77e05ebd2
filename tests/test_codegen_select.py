"""Codegen stages 1 and 2: what the stable core holds, and lowering layouts to exact declarations."""

from __future__ import annotations

import cffi
import pytest
from xen_abi.analysis.classify import Stability, classify
from xen_abi.codegen.lower import Lowerer, Record
from xen_abi.codegen.render import c_declaration
from xen_abi.codegen.select import Variant, release_range, select, select_arch
from xen_abi.common.errors import UsageError
from xen_abi.common.releases import version_key
from xen_abi.ir.archs import get_arch
from xen_abi.ir.model import Field, Layout
from xen_abi.store.catalogue import Catalogue


@pytest.fixture(scope="module")
def x86_64(catalogue: Catalogue):
    return select(catalogue, archs=["x86_64"]).per_arch["x86_64"]


def test_default_range_is_415_to_newest_release(catalogue: Catalogue) -> None:
    releases = release_range(catalogue, None, None)
    assert releases[0] == "4.15.0"
    assert releases[-1] == [r for r in catalogue.releases if "unstable" not in r][-1]
    assert "4.23-unstable" in release_range(catalogue, "4.22", "4.23-unstable")


def test_empty_range_and_unknown_names_are_usage_errors(catalogue: Catalogue) -> None:
    with pytest.raises(UsageError, match="holds no release"):
        release_range(catalogue, "4.20", "4.16")
    with pytest.raises(UsageError, match=r"unknown release '4\.99'.*4\.15\.0"):
        release_range(catalogue, "4.99", None)
    with pytest.raises(UsageError, match="unknown architecture 'sparc'; valid: x86_32"):
        select(catalogue, archs=["sparc"])
    with pytest.raises(UsageError, match=r"riscv64 has no release in the range 4\.15\.0 \.\. 4\.16\.0"):
        select_arch(catalogue, ("4.15.0", "4.16.0"), "riscv64", with_tools_only=False)


def test_core_items_are_stable_and_identical_wherever_they_exist(catalogue: Catalogue, x86_64) -> None:
    for name, core in x86_64.core_types.items():
        present = [r for r in x86_64.releases if name in catalogue.release(r).configs["x86_64/guest"].types]
        layouts = {catalogue.release(r).configs["x86_64/guest"].types[name].layout for r in present}
        assert len(layouts) == 1, name
        first = core.span.since or x86_64.releases[0]
        assert present[0] == first, name
        for r in present:
            verdict = classify(catalogue.release(r), "x86_64", name, kind="type")
            assert verdict is not None and verdict.stability == Stability.STABLE, (name, r)
    for name, const in x86_64.core_constants.items():
        values = {
            catalogue.release(r).configs["x86_64/guest"].constants[name].value
            for r in x86_64.releases
            if name in catalogue.release(r).configs["x86_64/guest"].constants
        }
        assert values <= {const.value}, name


def test_changed_items_are_only_per_release(catalogue: Catalogue, x86_64) -> None:
    changed = {n for per in x86_64.release_types.values() for n in per}
    assert changed, "the default range has stable types that change"
    assert not changed & set(x86_64.core_types)
    # A constant that is per release has more than one value, or a gap, in the range.
    for name in {n for per in x86_64.release_constants.values() for n in per}:
        values = [per.get(name) for per in x86_64.release_constants.values()]
        assert len(set(values)) > 1, name


def test_ioreq_server_surface_is_core_on_x86_and_arm(catalogue: Catalogue) -> None:
    sel = select(catalogue, archs=["x86_64", "x86_32", "arm64", "arm32"])
    for arch, per in sel.per_arch.items():
        for name in ("struct xen_dm_op", "xen_dm_op_nr_vcpus_t", "ioreq_t", "struct shared_iopage"):
            assert name in per.core_types, (arch, name)
        for name in ("XEN_DMOP_nr_vcpus", "XEN_DMOP_create_ioreq_server", "__HYPERVISOR_dm_op", "XEN_EOPNOTSUPP"):
            assert name in per.core_constants, (arch, name)
        # Tools-only values never reach the core.
        assert "HVM_IOREQSRV_BUFIOREQ_OFF" not in per.core_constants


def test_items_appearing_later_are_tagged_with_the_release_they_need(catalogue: Catalogue) -> None:
    sel = select(catalogue, archs=["x86_64"], start="4.13", end="4.16").per_arch["x86_64"]
    # dm_op.h became guest-visible in 4.15, XEN_DMOP_nr_vcpus was added in 4.15.
    assert sel.core_constants["XEN_DMOP_nr_vcpus"].span.since == "4.15.0"
    assert sel.core_types["struct xen_dm_op"].span.since == "4.15.0"
    # ioreq.h has been guest-visible and unchanged all along.
    assert sel.core_types["ioreq_t"].span.since is None


def test_tags_are_relative_to_the_whole_range(catalogue: Catalogue) -> None:
    sel = select(catalogue, archs=["ppc64"]).per_arch["ppc64"]
    assert sel.releases == ("4.22.0",)
    assert sel.core_types["struct xen_dm_op"].span.since == "4.22.0"


def test_tools_view_is_the_whole_tools_configuration(catalogue: Catalogue) -> None:
    sel = select(catalogue, archs=["x86_32"], start="4.22", with_tools_only=True).per_arch["x86_32"]
    tools = catalogue.release("4.22.0").configs["x86_32/tools"]
    assert set(sel.tools_types["4.22.0"]) == {n for n in tools.types if n not in ("uint8_t",)} - _std()
    assert sel.tools_interface_macros["4.22.0"]["struct xen_domctl"] == "XEN_DOMCTL_INTERFACE_VERSION"
    # x86_32 tools mode aligns uint64_aligned_t to 8: the tools variant of a stable type may differ.
    guest_id = sel.core_types["struct xen_dm_op"].variant
    assert sel.variants[guest_id].layout.align == 4
    tools_id = sel.tools_types["4.22.0"]["struct xen_dm_op"]
    assert tools_id != guest_id and sel.variants[tools_id].layout.align == 8


def _std() -> set[str]:
    from xen_abi.codegen.select import STANDARD_TYPES

    return set(STANDARD_TYPES)


# -- lowering, on fixtures of our own ---------------------------------------------------------------


def _lower(arch: str, layouts: dict[str, Layout]) -> dict:
    variants = {n: Variant(n, n, lay, "fixture.h:1", ()) for n, lay in layouts.items()}
    return Lowerer(get_arch(arch), variants).lower_set(list(variants))


def _cffi_layout(decls: str, name: str, *, packed: bool) -> tuple[int, int, dict[str, int]]:
    ffi = cffi.FFI()
    ffi.cdef(decls, packed=packed)
    t = ffi.typeof(name)
    return ffi.sizeof(t), ffi.alignof(t), {n: f.offset for n, f in t.fields}


IOREQ_LIKE = Layout(
    "struct",
    32,
    8,
    (
        Field("addr", "uint64_t", 0, 8),
        Field("count", "uint32_t", 16, 4),
        Field("_pad0", "uint16_t", 28, 2),
        Field("state", "uint8_t", 30, 1, 0, 4),
        Field("dir", "uint8_t", 30, 1, 5, 1),
        Field("type", "uint8_t", 31, 1),
    ),
)
# struct { uint8_t t; union { uint32_t a; struct { uint16_t x; uint16_t y; }; }; char name[3]; long l; }
FLATTENED_UNION = Layout(
    "struct",
    24,
    8,
    (
        Field("t", "uint8_t", 0, 1),
        Field("a", "uint32_t", 4, 4),
        Field("x", "uint16_t", 4, 2),
        Field("y", "uint16_t", 6, 2),
        Field("name", "char[3]", 8, 3),
        Field("l", "long", 16, 8),
    ),
)
# buf_ioreq: a 20-bit field whose storage unit overlaps a plain member.
STRADDLE = Layout(
    "struct",
    8,
    4,
    (
        Field("type", "uint8_t", 0, 1),
        Field("dir", "uint8_t", 1, 1, 1, 1),
        Field("addr", "uint32_t", 0, 4, 12, 20),
        Field("data", "uint32_t", 4, 4),
    ),
)


@pytest.mark.parametrize("layout", [IOREQ_LIKE, FLATTENED_UNION, STRADDLE], ids=["bitfields", "union", "straddle"])
def test_lowered_records_have_the_layout_packed_and_natural(layout: Layout) -> None:
    lowered = _lower("x86_64", {"struct s": layout})
    decl = c_declaration(lowered["struct s"])
    assert "__attribute__" not in decl and "_Alignas" not in decl
    plain = {f.name: f.offset for f in layout.fields if f.bit_width is None}
    for packed in (True, False):
        size, align, offsets = _cffi_layout(decl, "struct s", packed=packed)
        assert size == layout.size
        assert align == (1 if packed else layout.align)
        assert {n: offsets[n] for n in plain} == plain
    record = lowered["struct s"]
    assert isinstance(record, Record) and not record.packed and record.natural_align == layout.align


def test_bitfield_positions_travel_as_data() -> None:
    record = _lower("x86_64", {"struct s": STRADDLE})["struct s"]
    bits = {b.name: (b.offset, b.unit, b.shift, b.width) for b in record.bitfields}
    assert bits == {"dir": (1, 1, 1, 1), "addr": (0, 4, 12, 20)}


def test_32_bit_targets_get_32_bit_longs_and_pointers() -> None:
    layout = Layout("struct", 8, 4, (Field("l", "unsigned long", 0, 4), Field("p", "void *", 4, 4)))
    decl = c_declaration(_lower("arm32", {"struct s": layout})["struct s"])
    assert "uint32_t l;" in decl and "uint32_t p;" in decl


def test_x86_32_uint64_at_offset_4_is_natural_there_but_packed_elsewhere() -> None:
    layout = Layout("struct", 12, 4, (Field("a", "uint32_t", 0, 4), Field("b", "uint64_t", 4, 8)))
    record = _lower("x86_32", {"struct s": layout})["struct s"]
    assert not record.packed  # i386 aligns uint64_t members to 4: no pad, natural there
    size, _, offsets = _cffi_layout(c_declaration(record), "struct s", packed=True)
    assert (size, offsets["b"]) == (12, 4)


def test_a_record_that_needs_packing_on_its_own_arch_is_marked() -> None:
    layout = Layout("struct", 5, 1, (Field("a", "uint8_t", 0, 1), Field("b", "uint32_t", 1, 4)), packed=True)
    record = _lower("x86_64", {"struct s": layout})["struct s"]
    assert record.packed and record.natural_align == 1


def test_anonymous_union_member_keeps_size_alignment_and_typed_views() -> None:
    layouts = {
        "struct p": Layout("struct", 8, 4, (Field("x", "uint32_t", 0, 4), Field("y", "uint32_t", 4, 4))),
        "struct op": Layout(
            "struct",
            16,
            8,
            (Field("op", "uint32_t", 0, 4), Field("u", "union { struct p a; uint64_t b; }", 8, 8)),
        ),
    }
    record = _lower("x86_64", layouts)["struct op"]
    assert "uint64_t u[1];" in c_declaration(record)
    assert record.views == {"u": {"a": "struct p", "b": "uint64_t"}}


def test_dependency_order_puts_embedded_types_first(catalogue: Catalogue, x86_64) -> None:
    lowered = Lowerer(get_arch("x86_64"), x86_64.variants).lower_set(
        sorted(c.variant for c in x86_64.core_types.values())
    )
    order = list(lowered)
    assert order.index("struct ioreq") < order.index("struct shared_iopage")
    assert order.index("struct xen_dm_op_create_ioreq_server") < order.index("xen_dm_op_create_ioreq_server_t")
    assert version_key("4.9.0") < version_key("4.10.0")  # the order releases are compared in


def test_hypercalls_and_subops_follow_the_same_rule(catalogue: Catalogue, x86_64) -> None:
    assert x86_64.core_calls["dm_op"].call.number == 41
    nr_vcpus = x86_64.core_calls["XEN_DMOP_nr_vcpus"].call
    assert (nr_vcpus.hypercall, nr_vcpus.number) == ("dm_op", 20)
    # Annotated "stable interface" inside tools-only domctl.h: stable, so core.
    assert x86_64.core_calls["XEN_DOMCTL_get_domain_state"].call.hypercall == "domctl"
    # Same number, but its argument changed (domid_t in 4.15, struct xen_memory_domain since 4.16): per release.
    assert "XENMEM_current_reservation" not in x86_64.core_calls
    args = {r: per["XENMEM_current_reservation"].args for r, per in x86_64.release_calls.items()}
    assert args["4.15.0"] == ("domid_t",) and args["4.22.0"] == ("struct xen_memory_domain",)
    # The domctl number is guest-visible in xen.h, its tools-only sub-ops never reach the bindings.
    assert x86_64.core_calls["domctl"].call.number == 36
    assert not any(n in x86_64.core_calls for n in ("XEN_DOMCTL_createdomain", "XEN_SYSCTL_readconsole"))


def test_a_call_known_only_from_releases_without_facts_is_not_core() -> None:
    """Point releases have no hypervisor tables: their calls are kept, usability unknown, never core alone."""
    from xen_abi.codegen.select import ArchSelection, Call, _split_core_calls

    releases = ("4.21.0", "4.21.1", "4.21.2", "4.22.0")
    known = Call("memory_op", 12, None, (), "xen.h:1", ("arm",))
    unknown = Call("memory_op", 12, None, (), "xen.h:1", ())
    new_op = Call("XEN_DOMCTL_get_domain_state", 90, "domctl", (), "domctl.h:1", ())
    stable = {
        "4.21.0": {"memory_op": known},
        "4.21.1": {"memory_op": unknown, "XEN_DOMCTL_get_domain_state": new_op},
        "4.21.2": {"memory_op": unknown, "XEN_DOMCTL_get_domain_state": new_op},
        "4.22.0": {"memory_op": known},
    }
    sel = ArchSelection("arm64", releases)
    _split_core_calls(sel, releases, releases, stable, {"4.21.0", "4.22.0"})
    assert list(sel.core_calls) == ["memory_op"] and sel.core_calls["memory_op"].call.guests == ("arm",)
    assert "XEN_DOMCTL_get_domain_state" in sel.release_calls["4.21.1"]
    bare = ArchSelection("arm64", releases)  # a catalogue without any hypervisor facts: shapes alone decide
    _split_core_calls(bare, releases, releases, stable, set())
    assert set(bare.core_calls) == {"memory_op", "XEN_DOMCTL_get_domain_state"}
