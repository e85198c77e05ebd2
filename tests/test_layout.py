"""The layout engine on our own fixture, by hand and against clang, on every arch."""

from __future__ import annotations

from pathlib import Path

import pytest
from xen_abi.frontend.ingest import ingest_config
from xen_abi.frontend.verify import verify_config
from xen_abi.ir.archs import ARCH_NAMES
from xen_abi.ir.model import Config, Field, Visibility
from xen_abi.present.pahole import render

FIXTURE = Path(__file__).parent / "fixtures" / "layout"


@pytest.fixture(scope="module", params=ARCH_NAMES)
def laid_out(request):
    arch = request.param
    return arch, ingest_config(FIXTURE, ["fixture.h"], Config(arch, Visibility.GUEST), None)


def fields(abi, name):
    return {f.name: f for f in abi.types[name].layout.fields}


def test_every_fixture_type_matches_clang(laid_out):
    _arch, abi = laid_out
    result = verify_config("fixture", FIXTURE, abi, None)
    assert result.mismatches == []
    assert result.types == len(abi.types) >= 14
    assert result.constants == sum(1 for c in abi.constants.values() if c.value is not None) >= 7


def test_basic_struct_follows_the_arch_data_model(laid_out):
    arch, abi = laid_out
    lay = abi.types["struct fix_basic"].layout
    ilp32 = arch in ("x86_32", "arm32")
    # i386 aligns 64-bit integers to 4 inside structs; ARM EABI to 8.
    b_offset = 4 if arch == "x86_32" else 8
    assert fields(abi, "struct fix_basic")["b"].offset == b_offset
    assert lay.size == {"x86_32": 20, "arm32": 24}.get(arch, 32)
    assert lay.align == (4 if arch == "x86_32" else 8)
    assert fields(abi, "struct fix_basic")["p"].size == (4 if ilp32 else 8)


def test_aligned_attribute_raises_member_alignment(laid_out):
    _arch, abi = laid_out
    f = fields(abi, "struct fix_aligned")
    assert f["y"].offset == 8 and f["z"].offset == 16
    assert abi.types["struct fix_aligned"].layout.align == 8


def test_bit_fields(laid_out):
    _, abi = laid_out
    f = fields(abi, "struct fix_bits")
    assert [(f[n].offset, f[n].bit_offset, f[n].bit_width) for n in ("state", "ptr", "dir", "df", "pad")] == [
        (0, 0, 4),
        (0, 4, 1),
        (0, 5, 1),
        (0, 6, 1),
        (0, 7, 1),
    ]
    assert f["type"] == Field("type", "uint8_t", 1, 1)
    # 20 bits from bit 16 would cross into the next 32-bit unit: it starts
    # there; so does the next 20, and the struct is 4-aligned by its uint32_t.
    assert (f["big"].offset, f["big"].bit_offset) == (4, 0)
    assert (f["rest"].offset, f["rest"].bit_offset) == (8, 0)
    assert f["after"].offset == 12
    assert abi.types["struct fix_bits"].layout.size == 16


def test_packed(laid_out):
    _, abi = laid_out
    lay = abi.types["struct fix_packed"].layout
    assert (lay.size, lay.align, lay.packed) == (13, 1, True)
    assert [f.offset for f in lay.fields] == [0, 1, 5]


def test_anonymous_members_are_flattened(laid_out):
    arch, abi = laid_out
    f = fields(abi, "struct fix_anon")
    u = 4 if arch == "x86_32" else 8  # the union is as aligned as its uint64_t
    assert {n: f[n].offset for n in ("kind", "rax", "eax", "al", "ah")} == {
        "kind": 0,
        "rax": u,
        "eax": u,
        "al": u,
        "ah": u + 1,
    }
    assert f["named"].type == "struct { uint16_t lo; uint16_t hi; }"
    assert "lo" not in f  # a named member's fields stay inside it


def test_flexible_array_and_constant_dimensions(laid_out):
    arch, abi = laid_out
    flex = abi.types["struct fix_flex"].layout
    assert flex.fields[-1] == Field("items", "uint64_t[]", 8 if arch != "x86_32" else 4, 0)
    assert flex.size == (4 if arch == "x86_32" else 8)
    f = fields(abi, "struct fix_arrays")
    assert (f["name"].type, f["name"].size) == ("char[9]", 9)
    assert (f["grid"].type, f["grid"].size, f["grid"].offset) == ("uint32_t[2][3]", 24, 12)


def test_enums(laid_out):
    arch, abi = laid_out
    small = abi.types["enum fix_small"].layout
    assert (small.size, small.enumerators) == (4, (("FIX_E_ONE", 1), ("FIX_E_TWO", 2)))
    big = abi.types["enum fix_big"].layout
    assert big.size == 8 and big.align == (4 if arch == "x86_32" else 8)
    assert abi.types["enum fix_unsigned"].layout.size == 4


def test_typedef_chains_and_handles(laid_out):
    _arch, abi = laid_out
    assert abi.types["fix_basic2_t"].layout.target == "fix_basic_t"
    assert abi.types["fix_basic2_t"].layout.size == abi.types["struct fix_basic"].layout.size
    handle64 = abi.types["fix_handle64_t"].layout
    assert handle64.kind == "union" and (handle64.size, handle64.align) == (8, 8)


def test_constants(laid_out):
    arch, abi = laid_out
    c = abi.constants
    assert c["FIX_SHIFTED"].value == 1 << 31
    assert c["FIX_NEG"].value == -1
    assert c["FIX_WIDE"].value == (1 << (32 if arch in ("x86_32", "arm32") else 64)) - 1
    assert c["FIX_SIZE"].value == abi.types["struct fix_basic"].layout.size
    assert c["FIX_EXPR"].value == 13
    assert c["FIX_ENUM_REF"].value == 3
    assert c["FIX_STRING"].value is None and c["FIX_STRING"].text == '"not a number"'
    assert c["FIX_COUNT"].where == "fixture.h:5"
    assert "FIXTURE_H" not in c  # include guards are not constants
    assert "fix_u64_aligned" in c  # its text is kept, it has no value
    assert c["fix_u64_aligned"].value is None


def test_pahole_rendering_shows_holes_and_padding():
    abi = ingest_config(FIXTURE, ["fixture.h"], Config("x86_64", Visibility.GUEST), None)
    text = render(abi.types["struct fix_basic"], release="fixture", config="x86_64/guest")
    assert "uint64_t" in text and "/* XXX 7 bytes hole, try to pack */" in text
    assert "/* size: 32, align: 8, members: 4 */" in text
    assert "/* XXX 6 bytes hole, try to pack */" in text
    assert "/* sum members: 19, holes: 2, sum holes: 13 */" in text
    assert "padding" not in text  # p ends the struct exactly
    arrays = render(abi.types["struct fix_arrays"])
    assert "char             name[9];" in arrays and "uint32_t         grid[2][3];" in arrays
