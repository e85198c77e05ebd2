"""The drift comparison (xen_abi.compare.diff) and suppressions: small fixtures of our own, then the real catalogue."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from xen_abi.common.errors import XenAbiError
from xen_abi.common.releases import edges
from xen_abi.compare.diff import compare_releases, merge_changes
from xen_abi.compare.suppressions import apply, load
from xen_abi.ir.changes import Change, Kind, Severity
from xen_abi.ir.model import Config, ConfigABI, Constant, Field, Layout, Provenance, ReleaseABI, TypeEntry, Visibility
from xen_abi.present.drift_history import history_pair

HISTORY = Path(__file__).resolve().parents[1] / "generated" / "history" / "summary.json"

# -- fixtures of our own --------------------------------------------------------------------------


def struct(*fields: tuple[str, str, int, int], size: int, align: int = 4, kind: str = "struct") -> Layout:
    return Layout(kind, size, align, tuple(Field(n, t, o, s) for n, t, o, s in fields))


U32 = Layout("typedef", 4, 4, target="unsigned int")
I32 = Layout("typedef", 4, 4, target="int")
U16 = Layout("typedef", 2, 2, target="unsigned short")
U8 = Layout("typedef", 1, 1, target="unsigned char")
BASE_TYPES = {"uint32_t": U32, "int32_t": I32, "uint16_t": U16, "uint8_t": U8}


def release(
    name: str,
    *,
    guest: dict[str, Layout] | None = None,
    tools: dict[str, Layout] | None = None,
    constants: dict[str, tuple[str, int | None]] | None = None,
    tools_constants: dict[str, tuple[str, int | None]] | None = None,
    where: dict[str, str] | None = None,
    archs: tuple[str, ...] = ("x86_64",),
) -> ReleaseABI:
    """A release as the preprocessor would see it: the tools view also holds every guest item."""
    where = where or {}
    r = ReleaseABI(name, Provenance("directory", name, None, None, "sha256:0"), None)
    for arch in archs:
        for vis in (Visibility.GUEST, Visibility.TOOLS):
            layouts = dict(guest or {})
            consts = dict(constants or {})
            if vis is Visibility.TOOLS:
                layouts.update(tools or {})
                consts.update(tools_constants or {})
            header = "pub.h" if vis is Visibility.GUEST else "ctl.h"
            types = {n: TypeEntry(n, lay, f"stdint.h:{i}") for i, (n, lay) in enumerate(BASE_TYPES.items())}
            for n, lay in layouts.items():
                types[n] = TypeEntry(n, lay, where.get(n, f"{'pub.h' if n in (guest or {}) else header}:10"))
            cs = {}
            for n, (text, value) in consts.items():
                h = "pub.h" if n in (constants or {}) else "ctl.h"
                cs[n] = Constant(n, text, value, where.get(n, f"{h}:5"))
            headers = ("ctl.h", "pub.h", "stdint.h") if vis is Visibility.TOOLS else ("pub.h", "stdint.h")
            r.configs[Config(arch, vis).key] = ConfigABI(Config(arch, vis), types, cs, {}, headers)
    return r


def changes(old: ReleaseABI, new: ReleaseABI) -> list[Change]:
    return merge_changes(compare_releases(old, new).changes)


def kinds(cs: list[Change]) -> list[tuple[str, str, str]]:
    return sorted((c.kind.value, c.item, c.severity.value) for c in cs)


FOO = struct(("a", "uint32_t", 0, 4), ("b", "uint16_t", 4, 2), ("c", "uint32_t", 8, 4), size=12)


def test_moving_lines_is_not_a_change():
    old = release("1", guest={"struct foo": FOO}, constants={"FOO_X": ("1", 1)})
    new = release("2", guest={"struct foo": FOO}, constants={"FOO_X": ("1", 1)}, where={"struct foo": "pub.h:99"})
    new.configs["x86_64/guest"].constants["FOO_X"] = Constant("FOO_X", "1", 1, "pub.h:77")
    assert changes(old, new) == []


def test_field_renamed_in_the_same_slot_is_cosmetic():
    renamed = struct(("a", "uint32_t", 0, 4), ("bee", "uint16_t", 4, 2), ("c", "uint32_t", 8, 4), size=12)
    [c] = changes(release("1", guest={"struct foo": FOO}), release("2", guest={"struct foo": renamed}))
    assert (c.kind, c.severity, c.item, c.before, c.after) == (
        Kind.FIELD_RENAMED,
        Severity.COSMETIC,
        "struct foo.bee",
        "b",
        "bee",
    )
    assert c.visibilities == ("guest", "tools") and c.archs == ("x86_64",)


def test_rename_needs_same_type_else_it_is_remove_and_add():
    other = struct(("a", "uint32_t", 0, 4), ("bee", "int32_t", 4, 4), ("c", "uint32_t", 8, 4), size=12)
    got = kinds(changes(release("1", guest={"struct foo": FOO}), release("2", guest={"struct foo": other})))
    assert ("field-removed", "struct foo.b", "breaking") in got
    assert ("field-added", "struct foo.bee", "compatible") in got
    assert not any(k == "field-renamed" for k, _, _ in got)


def test_hole_made_explicit_pad_and_back():
    padded = struct(
        ("a", "uint32_t", 0, 4), ("b", "uint16_t", 4, 2), ("_pad", "uint16_t", 6, 2), ("c", "uint32_t", 8, 4), size=12
    )
    [c] = changes(release("1", guest={"struct foo": FOO}), release("2", guest={"struct foo": padded}))
    assert (c.kind, c.severity, c.item) == (Kind.PAD_MADE_EXPLICIT, Severity.COSMETIC, "struct foo._pad")
    [back] = changes(release("1", guest={"struct foo": padded}), release("2", guest={"struct foo": FOO}))
    assert (back.kind, back.severity) == (Kind.PAD_MADE_IMPLICIT, Severity.COSMETIC)


def test_padding_given_a_meaning_is_compatible():
    padded = struct(("a", "uint32_t", 0, 4), ("pad", "uint32_t", 4, 4), size=8)
    used = struct(("a", "uint32_t", 0, 4), ("flags", "uint32_t", 4, 4), size=8)
    [c] = changes(release("1", guest={"struct foo": padded}), release("2", guest={"struct foo": used}))
    assert (c.kind, c.severity, c.before, c.after) == (Kind.PAD_FIELD_USED, Severity.COMPATIBLE, "pad", "flags")


def test_one_element_array_to_flexible_array_is_cosmetic_and_absorbs_the_size_change():
    ring = struct(("prod", "uint32_t", 0, 4), ("ring", "uint8_t[1]", 4, 1), size=8)
    flex = struct(("prod", "uint32_t", 0, 4), ("ring", "uint8_t[]", 4, 0), size=4)
    [c] = changes(release("1", guest={"struct sring": ring}), release("2", guest={"struct sring": flex}))
    assert (c.kind, c.severity, c.item) == (Kind.FLEX_ARRAY_MEMBER, Severity.COSMETIC, "struct sring.ring")
    assert c.note == "sizeof struct sring: 8 -> 4"
    # Not the last field: an ordinary (breaking) type change.
    middle = struct(("ring", "uint8_t[1]", 0, 1), ("prod", "uint32_t", 4, 4), size=8)
    middle2 = struct(("ring", "uint8_t[]", 0, 0), ("prod", "uint32_t", 4, 4), size=8)
    got = changes(release("1", guest={"struct s": middle}), release("2", guest={"struct s": middle2}))
    assert [c.kind for c in got] == [Kind.FIELD_TYPE_CHANGED]


def test_stable_type_and_offset_changes_are_breaking():
    moved = struct(("a", "uint32_t", 0, 4), ("b", "uint32_t", 4, 4), ("c", "uint32_t", 8, 4), size=12)
    got = kinds(changes(release("1", guest={"struct foo": FOO}), release("2", guest={"struct foo": moved})))
    assert got == [("field-type-changed", "struct foo.b", "breaking")]
    grown = struct(("a", "uint32_t", 0, 4), ("b", "uint32_t", 4, 4), ("c", "uint32_t", 8, 4), size=16)
    grown = Layout("struct", 16, 4, (*grown.fields[:2], Field("c", "uint32_t", 12, 4)))
    got = kinds(changes(release("1", guest={"struct foo": FOO}), release("2", guest={"struct foo": grown})))
    assert ("field-offset-changed", "struct foo.c", "breaking") in got
    assert ("size-changed", "struct foo", "breaking") in got


def test_a_member_added_to_an_inline_op_union_is_a_compatible_addition():
    def ctl(*members: str) -> Layout:
        u = "union { " + " ".join(f"{m};" for m in members) + " }"
        return struct(("cmd", "uint32_t", 0, 4), ("u", u, 4, 8), size=12)

    base = ctl("uint32_t a", "uint8_t[8] pad")
    added = ctl("uint32_t a", "uint16_t b", "uint8_t[8] pad")
    [c] = changes(release("1", guest={"struct op": base}), release("2", guest={"struct op": added}))
    assert (c.kind, c.severity, c.item, c.after) == (
        Kind.FIELD_ADDED,
        Severity.COMPATIBLE,
        "struct op.u.b",
        "uint16_t at 4",
    )
    assert c.note == "new member of union u"
    [gone] = changes(release("1", guest={"struct op": added}), release("2", guest={"struct op": base}))
    assert (gone.kind, gone.severity, gone.item) == (Kind.FIELD_REMOVED, Severity.BREAKING, "struct op.u.b")


def test_fields_wrapped_into_an_inline_union_keep_their_bytes():
    flat = struct(("cur", "uint32_t", 0, 4), ("max", "uint32_t", 4, 4), size=8)
    wrapped = struct(("u", "union { struct { uint32_t cur; uint32_t max; } s; uint32_t[2] other; }", 0, 8), size=8)
    got = kinds(changes(release("1", guest={"struct p": flat}), release("2", guest={"struct p": wrapped})))
    assert got == [
        ("field-added", "struct p.u.other", "compatible"),
        ("field-renamed", "struct p.u.s.cur", "cosmetic"),
        ("field-renamed", "struct p.u.s.max", "cosmetic"),
    ]


def test_struct_made_union_with_the_same_bytes_is_cosmetic():
    handle = struct(("p", "uint32_t", 0, 4), size=4)
    as_union = struct(("p", "uint32_t", 0, 4), ("q", "uint32_t", 0, 4), size=4, kind="union")
    got = kinds(changes(release("1", guest={"h": handle}), release("2", guest={"h": as_union})))
    assert got == [("field-added", "h.q", "compatible"), ("type-spelling-changed", "h", "cosmetic")]


def test_stability_transitions():
    old = release("1", guest={"struct foo": FOO})
    new = release("2", tools={"struct foo": FOO})
    [c] = changes(old, new)
    assert (c.kind, c.severity, c.stability) == (Kind.BECAME_TOOLS_ONLY, Severity.BREAKING, "stable -> tools-only")
    [back] = changes(new, old)
    assert (back.kind, back.severity, back.stability) == (
        Kind.BECAME_STABLE,
        Severity.COMPATIBLE,
        "tools-only -> stable",
    )


def _ctl(version: int, foo: Layout = FOO, extra: dict[str, Layout] | None = None) -> ReleaseABI:
    return release(
        f"v{version}",
        tools={"struct foo": foo, **(extra or {})},
        tools_constants={"XEN_CTL_INTERFACE_VERSION": (f"0x{version:08x}", version)},
    )


GROWN = struct(
    ("a", "uint32_t", 0, 4), ("b", "uint16_t", 4, 2), ("c", "uint32_t", 8, 4), ("d", "uint32_t", 12, 4), size=16
)


def test_tools_only_incompatible_change_without_a_bump_is_an_interface_version_violation():
    [c] = [c for c in changes(_ctl(1), _ctl(1, GROWN)) if c.kind is Kind.SIZE_CHANGED]
    assert c.severity is Severity.INTERFACE_VERSION
    assert c.interface_macro == "XEN_CTL_INTERFACE_VERSION"
    assert "XEN_CTL_INTERFACE_VERSION not bumped (still 0x00000001 = 1)" in c.note


def test_tools_only_incompatible_change_with_a_bump_is_tools_only_churn():
    got = changes(_ctl(1), _ctl(2, GROWN))
    size = next(c for c in got if c.kind is Kind.SIZE_CHANGED)
    assert size.severity is Severity.TOOLS_ONLY and "covered by XEN_CTL_INTERFACE_VERSION" in size.note
    bump = next(c for c in got if c.item == "XEN_CTL_INTERFACE_VERSION")
    assert (bump.kind, bump.severity) == (Kind.INTERFACE_VERSION_BUMPED, Severity.TOOLS_ONLY)


def test_a_bump_with_no_incompatible_change_is_reported():
    # An addition needs no bump: "Pure additions ... don't require a change of the version".
    got = changes(_ctl(1), _ctl(2, extra={"struct bar": FOO}))
    bump = next(c for c in got if c.item == "XEN_CTL_INTERFACE_VERSION")
    assert (bump.kind, bump.severity) == (Kind.INTERFACE_VERSION_BUMP_WITHOUT_CHANGE, Severity.INTERFACE_VERSION)
    assert next(c for c in got if c.item == "struct bar").severity is Severity.COMPATIBLE


def test_macro_numbers_hypercalls_subops_limits_and_spelling():
    old = release(
        "1",
        constants={
            "__HYPERVISOR_foo_op": ("40", 40),
            "XENMEM_foo": ("3", 3),
            "XEN_FOO_MAX": ("7", 7),
            "XEN_FOO_MASK": ("0x10", 16),
            "XEN_FOO_FLAG": ("(1U<<2)", 4),
        },
    )
    new = release(
        "2",
        constants={
            "__HYPERVISOR_foo_op": ("41", 41),
            "XENMEM_foo": ("4", 4),
            "XEN_FOO_MAX": ("8", 8),
            "XEN_FOO_MASK": ("16", 16),
            "XEN_FOO_FLAG": ("(1U<<3)", 8),
        },
    )
    assert kinds(changes(old, new)) == [
        ("constant-changed", "XEN_FOO_FLAG", "breaking"),
        ("constant-spelling-changed", "XEN_FOO_MASK", "cosmetic"),
        ("hypercall-renumbered", "__HYPERVISOR_foo_op", "breaking"),
        ("limit-raised", "XEN_FOO_MAX", "compatible"),
        ("subop-renumbered", "XENMEM_foo", "breaking"),
    ]
    hypercall = next(c for c in changes(old, new) if c.item == "__HYPERVISOR_foo_op")
    assert hypercall.hypercall == "foo_op" and (hypercall.before, hypercall.after) == ("40", "41")


def test_the_same_change_on_several_arches_is_one_record_naming_them():
    old = release("1", guest={"struct foo": FOO}, archs=("x86_64", "arm64"))
    new = release("2", guest={"struct foo": GROWN}, archs=("x86_64", "arm64"))
    [size] = [c for c in changes(old, new) if c.kind is Kind.SIZE_CHANGED]
    assert size.archs == ("x86_64", "arm64") and size.visibilities == ("guest", "tools")
    assert (size.before, size.after, str(size.where_before), str(size.where_after)) == (
        "12",
        "16",
        "pub.h:10",
        "pub.h:10",
    )


def test_an_arch_only_one_side_supports_is_one_change():
    old = release("1", guest={"struct foo": FOO}, archs=("x86_64",))
    new = release("2", guest={"struct foo": FOO}, archs=("x86_64", "riscv64"))
    assert kinds(changes(old, new)) == [("arch-added", "riscv64", "compatible")]
    assert kinds(changes(new, old)) == [("arch-removed", "riscv64", "breaking")]


# -- suppressions ---------------------------------------------------------------------------------


def test_suppressions_by_glob_kind_arch_and_visibility(tmp_path: Path):
    old = release("1", guest={"struct foo": FOO}, archs=("x86_64", "arm64"))
    new = release("2", guest={"struct foo": GROWN}, archs=("x86_64", "arm64"))
    atomic = compare_releases(old, new).changes
    supp = tmp_path / "s.toml"
    supp.write_text(
        "# accepted\n"
        '[[suppress]]\nname = "struct fo*"\nkind = "size-changed"\narch = ["arm64"]\nreason = "arm64 grew"\n\n'
        '[[suppress]]\nname = "struct foo"\nkind = "field-added"\nvisibility = "tools"\nreason = "tools"\n\n'
        '[[suppress]]\nname = "struct nothing"\nreason = "stale"\n'
    )
    entries = load(supp)
    assert [e.line for e in entries] == [2, 8, 14]
    applied = apply(atomic, entries)
    kept = kinds(merge_changes(applied.kept))
    assert ("size-changed", "struct foo", "breaking") in kept  # x86_64 is still reported
    size = next(c for c in merge_changes(applied.kept) if c.kind is Kind.SIZE_CHANGED)
    assert size.archs == ("x86_64",)
    added = next(c for c in merge_changes(applied.kept) if c.kind is Kind.FIELD_ADDED)
    assert added.visibilities == ("guest",)  # the tools view of it was suppressed
    assert [s.reason for _, s in applied.suppressed].count("arm64 grew") == 2  # guest and tools views
    assert [u.name for u in applied.unused] == ["struct nothing"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[[suppress]]\nname = "x"\n', "suppression #1: needs a 'reason'"),
        ('[[suppress]]\nname = "x"\nreason = "r"\nkidn = "size-changed"\n', "unknown key 'kidn'; did you mean 'kind'?"),
        ('[[suppress]]\nkind = "size-change"\nreason = "r"\n', "unknown change kind 'size-change'; did you mean"),
        ('[[suppress]]\nname = "x"\narch = "x86"\nreason = "r"\n', "unknown architecture 'x86'; valid: x86_32"),
        ('[[suppress]]\nname = "x"\nvisibility = "host"\nreason = "r"\n', "unknown visibility 'host'"),
        ('[[suppress]]\nreason = "r"\n', "give a 'name' or a 'kind'"),
        ('[[suppress]\nname = "x"\n', "not valid TOML"),
    ],
)
def test_bad_suppression_files_are_one_clear_error(tmp_path: Path, text: str, message: str):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(XenAbiError) as err:
        load(path)
    assert message in str(err.value)
    assert str(err.value).startswith(str(path))


def test_unreadable_suppression_file(tmp_path: Path):
    with pytest.raises(XenAbiError, match="suppression file does not exist"):
        load(tmp_path / "missing.toml")
    (tmp_path / "bin.toml").write_bytes(b"\xff\xfe[[suppress]]")
    with pytest.raises(XenAbiError, match="cannot read suppression file"):
        load(tmp_path / "bin.toml")


# -- the real catalogue ---------------------------------------------------------------------------


def _real(catalogue, old: str, new: str) -> list[Change]:
    return merge_changes(compare_releases(catalogue.release(old), catalogue.release(new)).changes)


def _find(cs: list[Change], item: str, kind: Kind | None = None) -> list[Change]:
    return [c for c in cs if c.item == item and (kind is None or c.kind is kind)]


def test_4_19_ring_flexible_arrays_are_cosmetic(catalogue):
    cs = _real(catalogue, "4.18.0", "4.19.0")
    [blk] = [c for c in _find(cs, "struct blkif_sring.ring") if "x86_64" in c.archs]
    assert (blk.kind, blk.severity) == (Kind.FLEX_ARRAY_MEMBER, Severity.COSMETIC)
    assert (blk.before, blk.after) == ("union blkif_sring_entry[1]", "union blkif_sring_entry[]")
    assert blk.note == "sizeof struct blkif_sring: 176 -> 64"
    assert not _find(cs, "struct blkif_sring", Kind.SIZE_CHANGED)
    assert sum(c.kind is Kind.FLEX_ARRAY_MEMBER for c in cs) >= 15


def test_4_15_domctl_subop_retired_under_a_bump(catalogue):
    cs = _real(catalogue, "4.14.0", "4.15.0")
    [gone] = _find(cs, "XEN_DOMCTL_disable_migrate")
    assert (gone.kind, gone.severity, gone.before, gone.hypercall) == (
        Kind.SUBOP_REMOVED,
        Severity.TOOLS_ONLY,
        "58",
        "domctl",
    )
    assert gone.interface_macro == "XEN_DOMCTL_INTERFACE_VERSION"
    assert "0x00000012 = 18 -> 0x00000013 = 19" in gone.note
    [member] = _find(cs, "struct xen_domctl.u.vmtrace_op")
    assert (member.kind, member.severity) == (Kind.FIELD_ADDED, Severity.COMPATIBLE)
    assert _find(cs, "XEN_DOMCTL_vmtrace_op")[0].kind is Kind.SUBOP_ADDED


def test_4_22_sysctl_subop_removed_without_a_bump(catalogue):
    cs = _real(catalogue, "4.21.0", "4.22.0")
    [gone] = _find(cs, "XEN_SYSCTL_get_cpu_levelling_caps")
    assert (gone.kind, gone.severity, gone.interface_macro) == (
        Kind.SUBOP_REMOVED,
        Severity.INTERFACE_VERSION,
        "XEN_SYSCTL_INTERFACE_VERSION",
    )
    assert "not bumped (still 0x00000016 = 22)" in gone.note


def test_4_18_cpufreq_fields_wrapped_in_a_union_are_renames_not_breaks(catalogue):
    cs = [c for c in _real(catalogue, "4.17.0", "4.18.0") if c.item.startswith("struct xen_get_cpufreq_para")]
    assert {c.severity for c in cs} <= {Severity.COSMETIC, Severity.COMPATIBLE}
    [cur] = _find(cs, "struct xen_get_cpufreq_para.u.s.scaling_cur_freq")
    assert (cur.kind, cur.before, cur.after) == (Kind.FIELD_RENAMED, "scaling_cur_freq", "u.s.scaling_cur_freq")


def test_a_release_against_itself_has_no_change(catalogue):
    r = catalogue.release("4.22.0")
    assert compare_releases(r, r).changes == []


# -- the committed history ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def history() -> dict:
    return json.loads(HISTORY.read_text(encoding="utf-8"))


def test_history_covers_every_edge_of_the_release_graph(history, catalogue):
    assert history["schema"] == "xen-abi-drift-history/1"
    pairs = edges(catalogue.releases)
    assert [(p["old"], p["new"]) for p in history["pairs"]] == pairs


@pytest.mark.parametrize("pair", [("4.14.0", "4.15.0"), ("4.18.0", "4.19.0"), ("4.21.0", "4.22.0")])
def test_history_is_fresh(history, catalogue, pair):
    committed = next(p for p in history["pairs"] if (p["old"], p["new"]) == pair)
    assert history_pair(catalogue, *pair) == committed


def _domctl_values(catalogue) -> dict[str, int]:
    values = {}
    for name in catalogue.releases:
        c = catalogue.release(name).configs["x86_64/tools"].constants["XEN_DOMCTL_INTERFACE_VERSION"]
        values[name] = c.value
    return values


DOMCTL = "XEN_DOMCTL_INTERFACE_VERSION"


def test_domctl_changes_line_up_with_domctl_version_bumps(history, catalogue):
    """Releases with incompatible tools-only domctl changes are those that bumped the domctl version, but two."""
    pairs = {(p["old"], p["new"]): p for p in history["pairs"]}
    values = _domctl_values(catalogue)
    # When the macro changed, from the catalogue's own values: the summary saw exactly those bumps.
    bumped = {pair for pair in pairs if values[pair[0]] != values[pair[1]]}
    assert bumped == {pair for pair, p in pairs.items() if DOMCTL in p["interface_version_bumps"]}
    # 17 on the mainline, and one stable branch bumped it (4.10.1: 14 -> 15, with the backported change).
    assert len(bumped) == 18 and ("4.10.0", "4.10.1") in bumped
    # Incompatible tools-only domctl changes: under a bump (justifying it), or without one.
    justified = {pair for pair, p in pairs.items() if p["interface_version_bumps"].get(DOMCTL, {}).get("justified")}
    unbumped = {pair for pair, p in pairs.items() if DOMCTL in p["unbumped"]}
    assert len(justified) == 15 and justified <= bumped
    mainline = {("4.6.0", "4.7.0"), ("4.20.0", "4.21.0")}
    backports = {
        ("4.11.2", "4.11.3"),
        ("4.12.1", "4.12.2"),
        ("4.12.3", "4.12.4"),
        ("4.13.1", "4.13.2"),
        ("4.14.0", "4.14.1"),
    }
    assert unbumped == mainline | backports  # stable branches changed domctl without a bump five times
    assert bumped - justified == {("4.0.0", "4.1.0"), ("4.7.0", "4.8.0"), ("4.17.0", "4.18.0")}


def test_history_counts_are_consistent(history):
    for p in history["pairs"]:
        assert {s: sum(k.values()) for s, k in p["kinds"].items()} == p["counts"]
        serious = p["counts"]["breaking"] + p["counts"]["interface-version"]
        assert len(p["findings"]) == serious


def test_history_names_the_releases_that_broke_the_bump_rule(history):
    broken = {(p["old"], p["new"]): sorted(p["unbumped"]) for p in history["pairs"] if p["unbumped"]}
    assert broken[("4.21.0", "4.22.0")] == ["XEN_SYSCTL_INTERFACE_VERSION"]
    assert broken[("4.12.0", "4.13.0")] == ["XEN_SYSCTL_INTERFACE_VERSION"]
    assert broken[("4.15.0", "4.16.0")] == ["VM_EVENT_INTERFACE_VERSION"]
    # tmem's removal from sysctl in 4.13, item by item
    assert (
        "XEN_SYSCTL_tmem_op"
        in next(p for p in history["pairs"] if p["new"] == "4.13.0")["unbumped"]["XEN_SYSCTL_INTERFACE_VERSION"]
    )
    for p in history["pairs"]:
        for f in p["findings"]:
            assert f["severity"] in ("breaking", "interface-version")
            assert set(f) >= {"kind", "severity", "item", "arch", "visibility", "before", "after", "where"}


# -- hypercalls and sub-ops as xen_abi.frontend.hypercalls records them ----------------------------------------


def _with_calls(r: ReleaseABI, subops: dict[str, tuple[int, tuple[str, ...], str | None]]) -> ReleaseABI:
    import xen_abi.ir.model as model

    if not hasattr(model, "CallsABI"):
        pytest.skip("this tree's model has no hypercall/sub-op records yet")
    for key in r.configs:
        if key.endswith("/tools"):
            ops = {
                n: model.SubOp(n, "domctl", num, "ctl.h:5", args, True, "test", annotation=note)
                for n, (num, args, note) in subops.items()
            }
            r.calls[key] = model.CallsABI({}, ops)
    return r


def test_sub_ops_from_the_hypercall_records():
    def side(name: str, number: int, arg: str, version: int) -> ReleaseABI:
        consts = {
            "XEN_DOMCTL_op": (str(number), number),
            "XEN_DOMCTL_stable_op": (str(number + 10), number + 10),
            "XEN_DOMCTL_notanop": (str(number), number),
            "XEN_DOMCTL_INTERFACE_VERSION": (str(version), version),
        }
        r = release(name, tools={"struct a": FOO, "struct b": GROWN}, tools_constants=consts)
        stable = "ctl.h:5: /* stable interface */"
        return _with_calls(
            r, {"XEN_DOMCTL_op": (number, (arg,), None), "XEN_DOMCTL_stable_op": (number + 10, (), stable)}
        )

    got = changes(side("1", 1, "struct a", 7), side("2", 2, "struct b", 7))
    by_item = {(c.item, c.kind.value): c for c in got}
    # an unversioned renumbering of a tools-only sub-op breaks Xen's rule
    assert by_item[("XEN_DOMCTL_op", "subop-renumbered")].severity is Severity.INTERFACE_VERSION
    assert by_item[("XEN_DOMCTL_op", "subop-args-changed")].before == "struct a"
    # a sub-op its header calls a stable interface is not covered by the version: breaking
    assert by_item[("XEN_DOMCTL_stable_op", "subop-renumbered")].severity is Severity.BREAKING
    # a macro shaped like a sub-op that the records do not list is a plain constant
    assert ("XEN_DOMCTL_notanop", "constant-changed") in by_item
