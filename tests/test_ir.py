"""The IR's own types: Location, the kind enums and the one view lookup."""

from __future__ import annotations

import json
import pickle

import pytest
from test_classify import _release  # tests/ is on sys.path under pytest
from xen_abi.ir.location import Location
from xen_abi.ir.model import ItemKind, Layout, LayoutKind, View
from xen_abi.store import codecs


@pytest.mark.parametrize(
    ("text", "header", "line"),
    [
        ("hvm/dm_op.h:447", "hvm/dm_op.h", 447),
        ("xen.h:1", "xen.h", 1),
        ("/usr/include/xen/xen.h:90", "/usr/include/xen/xen.h", 90),
        ("xen.h", "xen.h", 0),  # no line known
        ("odd:name.h:12", "odd:name.h", 12),  # only the last colon separates the line
        ("", "", 0),
    ],
)
def test_location_parses_and_prints_the_catalogue_form(text: str, header: str, line: int) -> None:
    loc = Location.parse(text)
    assert (loc.header, loc.line) == (header, line)
    assert str(loc) == text
    assert Location.parse(str(loc)) == loc


def test_locations_order_by_header_then_line() -> None:
    spots = [Location("b.h", 1), Location("a.h", 30), Location("a.h", 4)]
    assert sorted(spots) == [Location("a.h", 4), Location("a.h", 30), Location("b.h", 1)]


def test_a_layout_kind_given_as_text_becomes_the_enum_and_serialises_unchanged() -> None:
    from_text = Layout("struct", 8, 4)
    from_enum = Layout(LayoutKind.STRUCT, 8, 4)
    assert from_text == from_enum and type(from_text.kind) is LayoutKind
    assert json.dumps(codecs.layout_to_json(from_enum)) == '{"kind": "struct", "size": 8, "align": 4}'
    assert codecs.layout_hash(from_text) == codecs.layout_hash(from_enum)
    assert pickle.loads(pickle.dumps(from_enum)) == from_enum
    with pytest.raises(ValueError):
        Layout("class", 1, 1)


def test_one_lookup_of_the_views_guest_then_tools_then_legacy() -> None:
    release = _release()
    found = release.find("x86_64", "struct pub", ItemKind.TYPE)
    assert found is not None and found[0] is View.GUEST
    found = release.find("x86_64", "struct ctl", ItemKind.TYPE)
    assert found is not None and found[0] is View.TOOLS and found[1].where == "ctl.h:7"
    found = release.find("x86_64", "dom0_op", ItemKind.HYPERCALL)
    assert found is not None and found[0] is View.LEGACY
    found = release.find("x86_64", "CTL_old", ItemKind.SUBOP)
    assert found is not None and found[0] is View.TOOLS
    assert release.find("x86_64", "struct nowhere", ItemKind.TYPE) is None
    assert release.find("arm64", "struct pub", ItemKind.TYPE) is None  # no such arch in this release
    assert release.table("arm64", View.GUEST, ItemKind.CONSTANT) is None
    assert release.table("x86_64", View.LEGACY, ItemKind.CONSTANT) == {}


def test_kinds_are_strings_where_the_json_contracts_need_them() -> None:
    assert [str(k) for k in ItemKind] == ["hypercall", "subop", "type", "constant"]
    assert json.dumps({ItemKind.SUBOP: View.LEGACY}) == '{"subop": "legacy"}'
    assert f"{LayoutKind.UNION} foo" == "union foo"
