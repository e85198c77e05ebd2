"""Tests of the C integer constant expression evaluator, with GCC as the oracle where it runs."""

from __future__ import annotations

import contextlib
import random
import re
import shutil
import subprocess

import pytest
from xen_abi.frontend.cexpr import IntType, NotConstant, evaluate

I32 = IntType(32, True)
U32 = IntType(32, False)
I64 = IntType(64, True)
U64 = IntType(64, False)
I8 = IntType(8, True)
U8 = IntType(8, False)
I16 = IntType(16, True)
U16 = IntType(16, False)

_TYPEDEFS = {
    "uint8_t": U8,
    "int8_t": I8,
    "uint16_t": U16,
    "int16_t": I16,
    "uint32_t": U32,
    "int32_t": I32,
    "uint64_t": U64,
    "int64_t": I64,
    "xen_pfn_t": U64,
}


class FakeTypes:
    """Typedefs of <stdint.h>, one struct and one handle typedef that is no integer."""

    def __init__(self, char: IntType | None = None) -> None:
        self.char = char
        self.asked: list[str] = []

    def integer_type(self, spelling: str) -> IntType | None:
        self.asked.append(spelling)
        if spelling == "char":
            return self.char
        if spelling == "enum xen_mode":
            return U32
        return _TYPEDEFS.get(spelling)

    def sizeof(self, spelling: str) -> int | None:
        self.asked.append(spelling)
        if spelling in _TYPEDEFS:
            return _TYPEDEFS[spelling].bits // 8
        return {"struct xen_foo": 24, "handle_t": 8, "void": 1, "enum xen_mode": 4}.get(spelling)

    def alignof(self, spelling: str) -> int | None:
        if spelling in _TYPEDEFS:
            return _TYPEDEFS[spelling].bits // 8
        return {"struct xen_foo": 8, "handle_t": 8, "long long": 4}.get(spelling)

    def is_type_name(self, identifier: str) -> bool:
        return identifier in _TYPEDEFS or identifier == "handle_t"


def ev(
    text: str,
    long_bits: int = 64,
    types: FakeTypes | None = None,
    identifiers: dict[str, tuple[int, IntType]] | None = None,
) -> tuple[int, IntType]:
    return evaluate(text, long_bits=long_bits, types=types or FakeTypes(), identifiers=identifiers)


@pytest.mark.parametrize(
    ("text", "long_bits", "expected"),
    [
        ("(1U << 31)", 64, (2147483648, U32)),
        ("~0U", 64, (4294967295, U32)),
        ("~0UL", 64, (18446744073709551615, U64)),
        ("~0UL", 32, (4294967295, U32)),
        ("-1", 64, (-1, I32)),
        ("0xffffffff", 64, (4294967295, U32)),
        ("0xffffffff", 32, (4294967295, U32)),
        ("4294967295", 64, (4294967295, I64)),  # long
        ("4294967295", 32, (4294967295, I64)),  # long long: long is too narrow
        ("2147483648", 32, (2147483648, I64)),
        ("0x80000000", 32, (2147483648, U32)),
        ("0x100000000", 32, (4294967296, I64)),
        ("0xffffffffffffffff", 64, (18446744073709551615, U64)),
        ("0x8000000000000000", 32, (9223372036854775808, U64)),
        ("18446744073709551615", 64, (18446744073709551615, U64)),  # clang: implicitly unsigned
        ("017", 64, (15, I32)),
        ("0b1010", 64, (10, I32)),
        ("0", 64, (0, I32)),
        ("1u", 64, (1, U32)),
        ("1l", 32, (1, I32)),
        ("1L", 64, (1, I64)),
        ("1ul", 64, (1, U64)),
        ("1LU", 32, (1, U32)),
        ("1ull", 32, (1, U64)),
        ("1llu", 64, (1, U64)),
        ("1LL", 32, (1, I64)),
        ("0xffffffffL", 32, (4294967295, U32)),
        ("0xffffffffL", 64, (4294967295, I64)),
        ("4294967296u", 32, (4294967296, U64)),
        ("(-1) < 0U", 64, (0, I32)),
        ("-1L < 0U", 64, (1, I32)),
        ("-1L < 0U", 32, (0, I32)),
        ("-1 == 0xffffffff", 64, (1, I32)),
        ("-1L == 0xffffffff", 64, (0, I32)),
        ("-1L + 0U", 32, (4294967295, U32)),
        ("-1L + 0U", 64, (-1, I64)),
        ("-7 / 2", 64, (-3, I32)),
        ("-7 % 2", 64, (-1, I32)),
        ("7 % -2", 64, (1, I32)),
        ("-7 / 2U", 64, (2147483644, U32)),
        ("1 ? 2 : 3", 64, (2, I32)),
        ("0 ? 2 : 3", 64, (3, I32)),
        ("1 ? -1 : 0U", 64, (4294967295, U32)),  # the type is the common one, whichever side is taken
        ("0 ? 1 : 2 ? 3 : 4", 64, (3, I32)),
        ("5 ?: 7", 64, (5, I32)),
        ("!0", 64, (1, I32)),
        ("!5UL", 64, (0, I32)),
        ("'A'", 64, (65, I32)),
        ("'\\n'", 64, (10, I32)),
        ("'\\x1f'", 64, (31, I32)),
        ("'\\0'", 64, (0, I32)),
        ("'\\\\'", 64, (92, I32)),
        ("'\\''", 64, (39, I32)),
        ("'\"'", 64, (34, I32)),
        ("'\\377'", 64, (-1, I32)),  # char is signed without a resolver's say
        ("((((((1 + 2))))))", 64, (3, I32)),
        ("(0x1ULL << 63)", 64, (9223372036854775808, U64)),
        ("(0x1ULL << 63)", 32, (9223372036854775808, U64)),
        ("1 << 31", 64, (-2147483648, I32)),  # GCC folds to two's complement
        ("2147483647 + 1", 64, (-2147483648, I32)),
        ("-2147483647 - 1", 64, (-2147483648, I32)),
        ("(-2147483647 - 1) / -1", 64, (-2147483648, I32)),
        ("-1 >> 1", 64, (-1, I32)),
        ("-16 >> 2", 64, (-4, I32)),
        ("0xffffffffU >> 31", 64, (1, U32)),
        ("1 << 2U", 64, (4, I32)),  # the count's type does not matter
        ("1UL << 40", 64, (1 << 40, U64)),
        ("3 & 5 | 8 ^ 1", 64, (1 | (8 ^ 1), I32)),
        ("1 + 2 * 3 - 4 / 2", 64, (5, I32)),
        ("1 < 2 == 1", 64, (1, I32)),
        ("2 || 1 / 0", 64, (1, I32)),
        ("0 && 1 / 0", 64, (0, I32)),
        ("1 ? 2 : 1 << 99", 64, (2, I32)),
        ("- - 1", 64, (1, I32)),
        ("+'a'", 64, (97, I32)),
        ("-0U", 64, (0, U32)),
        ("-1U", 64, (4294967295, U32)),
        ("~0ULL", 32, (18446744073709551615, U64)),
        ("/* c */ 1 // tail", 64, (1, I32)),
        ("\t1\n+\n2 ", 64, (3, I32)),
    ],
)
def test_values(text: str, long_bits: int, expected: tuple[int, IntType]) -> None:
    assert ev(text, long_bits) == expected


@pytest.mark.parametrize(
    ("text", "long_bits", "expected"),
    [
        ("(uint8_t)0x1ff", 64, (255, U8)),
        ("(int8_t)0x80", 64, (-128, I8)),
        ("(uint32_t)-1", 64, (4294967295, U32)),
        ("(uint64_t)-1", 32, (18446744073709551615, U64)),
        ("(xen_pfn_t)~0UL", 32, (4294967295, U64)),
        ("~(xen_pfn_t)0", 32, (18446744073709551615, U64)),
        ("(uint8_t)0xff + 1", 64, (256, I32)),  # promoted to int
        ("(uint16_t)1 - 2", 64, (-1, I32)),
        ("(uint32_t)1 - 2", 64, (4294967295, U32)),
        ("(unsigned)-1", 64, (4294967295, U32)),
        ("(unsigned long)-1", 32, (4294967295, U32)),
        ("(long unsigned int)-1", 64, (18446744073709551615, U64)),
        ("(long long int)0xffffffffffffffffULL", 32, (-1, I64)),
        ("(signed char)200", 64, (-56, I8)),
        ("(unsigned char)-1", 64, (255, U8)),
        ("(char)200", 64, (-56, I8)),
        ("(short)65535", 64, (-1, I16)),
        ("(short int unsigned)-1", 64, (65535, U16)),
        ("(signed)0xffffffffU", 64, (-1, I32)),
        ("(_Bool)256", 64, (1, U8)),
        ("(_Bool)0", 64, (0, U8)),
        ("(const uint32_t)-1", 64, (4294967295, U32)),
        ("(enum xen_mode)-1", 64, (4294967295, U32)),
        ("(int)(uint8_t)(-1)", 64, (255, I32)),
        ("sizeof(uint64_t)", 64, (8, U64)),
        ("sizeof(uint64_t)", 32, (8, U32)),
        ("sizeof(struct xen_foo) / 8", 64, (3, U64)),
        ("sizeof (handle_t)", 64, (8, U64)),
        ("sizeof(long)", 32, (4, U32)),
        ("sizeof(unsigned long long)", 32, (8, U32)),
        ("sizeof(char *)", 32, (4, U32)),
        ("sizeof(uint32_t[4])", 64, (16, U64)),
        ("sizeof(struct xen_foo[2][3])", 64, (144, U64)),
        ("sizeof(void)", 64, (1, U64)),
        ("sizeof 1UL", 32, (4, U32)),
        ("sizeof (1 / 0)", 64, (4, U64)),  # not evaluated
        ("sizeof((char)1)", 64, (1, U64)),
        ("sizeof(int) + 1", 64, (5, U64)),
        ("sizeof(1) - 5", 64, (2**64 - 1, U64)),
        ("_Alignof(struct xen_foo)", 64, (8, U64)),
        ("__alignof__(uint16_t)", 32, (2, U32)),
        ("_Alignof(long long)", 32, (4, U32)),  # from the resolver: i386 lays out 8-byte ints 4-aligned
        ("_Alignof(int)", 64, (4, U64)),
        ("XEN_MODE + 1", 64, (4, U32)),
        ("(XEN_MODE)", 64, (3, U32)),
        ("__extension__ 1ULL", 64, (1, U64)),
    ],
)
def test_types_and_identifiers(text: str, long_bits: int, expected: tuple[int, IntType]) -> None:
    assert ev(text, long_bits, identifiers={"XEN_MODE": (3, U32)}) == expected


def test_char_signedness_comes_from_the_resolver() -> None:
    unsigned_char = FakeTypes(char=U8)
    assert ev("(char)200", types=unsigned_char) == (200, U8)
    assert ev("'\\xff'", types=unsigned_char) == (255, I32)
    assert ev("'\\xff'") == (-1, I32)


def test_spellings_given_to_the_resolver_are_normalised() -> None:
    types = FakeTypes()
    assert ev("sizeof(struct\n  xen_foo)", types=types) == (24, U64)
    assert ev("(  uint32_t  )-1", types=types) == (4294967295, U32)
    assert ev("sizeof(const uint32_t * volatile *)", 32, types=types) == (4, U32)
    assert ev("(long unsigned int)-1", 32, types=types) == (4294967295, U32)
    assert types.asked == ["struct xen_foo", "uint32_t", "uint32_t **"]  # keyword types resolved here


def test_enum_constant_is_not_a_type_name() -> None:
    class Shadowing(FakeTypes):
        def is_type_name(self, identifier: str) -> bool:
            return True  # would make every "(x)" a cast

    assert ev("(XEN_MODE) - 1", types=Shadowing(), identifiers={"XEN_MODE": (3, I32)}) == (2, I32)


def test_identifier_value_is_normalised_to_its_type() -> None:
    assert ev("X", identifiers={"X": (-1, U32)}) == (4294967295, U32)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('"str"', "string literal"),
        ("1.5", "floating"),
        ("1e5", "floating"),
        ("0x1p3", "floating"),
        (".5", "floating"),
        ("x", "unknown identifier x"),
        ("1 / 0", "division by zero"),
        ("1 % 0", "division by zero"),
        ("1 << 64", "shift count"),
        ("1 << 32", "shift count"),
        ("1UL << 32", "shift count"),  # long_bits is 32 in this table
        ("1 >> -1", "shift count"),
        ("(1", "expected ')'"),
        ("1)", "unexpected ')'"),
        ("((1)", "expected ')'"),
        ("", "empty"),
        ("   ", "empty"),
        ("1, 2", "unexpected ','"),
        ("(1, 2)", "','"),
        ("X = 1", "'='"),
        ("X++", "'++'"),
        ("{1}", "'{'"),
        ("1;", "';'"),
        ("@", "unexpected character"),
        ("'ab'", "exactly one character"),
        ("''", "exactly one character"),
        ("L'a'", "wide"),
        ("'\\q'", "escape"),
        ("'\\777'", "out of range"),
        ("'\\x100'", "out of range"),
        ("08", "octal"),
        ("0x", "invalid integer constant"),
        ("0xe+1", "invalid integer constant"),  # one pp-number, as in C
        ("1lL", "invalid integer constant"),
        ("1uu", "invalid integer constant"),
        ("1f", "invalid integer constant"),
        ("1" * 70, "too large"),
        ("0x1" + "0" * 16, "too large"),
        ("(char *)1", "non-integer"),
        ("(handle_t)1", "non-integer"),
        ("(void)0", "non-integer"),
        ("(double)1", "non-integer"),
        ("(unsigned signed)1", "invalid type specifiers"),
        ("(long short)1", "invalid type specifiers"),
        ("(long long long)1", "invalid type specifiers"),
        ("(unsigned uint32_t)1", "expected ')'"),
        ("(int)", "end of expression"),
        ("sizeof(struct nope)", "unknown type"),
        ("sizeof(long long[-1])", "negative"),
        ("_Alignof 1", "parenthesised type"),
        ("offsetof(struct xen_foo, a)", "offsetof"),
        ("__builtin_offsetof(struct xen_foo, a)", "offsetof"),
        ("int", "keyword"),
        ("1 ? 2", "expected ':'"),
        ("1 ? 2 :", "end of expression"),
        ("1 +", "end of expression"),
        ("* 1", "'*'"),
        ("&X", "'&'"),
        ("(int){1}", "compound literal"),
        ("(struct xen_foo {int a;})1", "definition"),
        ("(int (*)(void))0", "function"),
        ("(typeof(1))1", "typeof"),
        ("# 1", "'#'"),
    ],
)
def test_errors(text: str, message: str) -> None:
    with pytest.raises(NotConstant, match=re.escape(message)):
        ev(text, 32, identifiers={"X": (1, I32)})


@pytest.mark.parametrize(
    "text",
    [
        "(" * 100_000 + "1" + ")" * 100_000,
        "-" * 5000 + "1",
        "- " * 5000 + "1",
        "!" * 5000 + "1",
        "(int)" * 5000 + "1",
        "1 ? " * 3000 + "1" + " : 1" * 3000,
    ],
)
def test_deep_nesting_is_refused_cleanly(text: str) -> None:
    with contextlib.suppress(NotConstant):  # anything else (RecursionError...) fails
        ev(text)


def test_long_left_associative_chain_folds() -> None:
    assert ev("1 + " * 5000 + "1") == (5001, I32)


def test_bad_long_bits() -> None:
    with pytest.raises(ValueError):
        evaluate("1", long_bits=16, types=FakeTypes())


# -- cross-check against GCC --------------------------------------------------

_LEAVES = (
    "0", "1", "2", "7", "31", "255", "0x7f", "0x80", "0x7fff", "0xffff", "0x7fffffff", "0x80000000",
    "0xffffffff", "2147483647", "2147483648", "4294967295", "4294967296", "1U", "1u", "3UL", "5LL",
    "1ULL", "0x8000000000000000", "9223372036854775807", "0xffffffffffffffffULL", "-1L", "017", "0b101",
    "'A'", "'\\xff'", "'\\0'", "'\\n'", "'\\200'", "100lu", "42llu", "0xfffffffffL", "-2147483647",
    "X", "Y",
)  # fmt: skip
_CASTS = (
    "char", "signed char", "unsigned char", "short", "unsigned short", "int", "unsigned", "long",
    "unsigned long", "long long", "unsigned long long", "_Bool", "uint8_t", "int16_t", "uint32_t",
    "int32_t", "uint64_t", "int64_t", "long unsigned int",
)  # fmt: skip
_BINARY = ("+", "-", "*", "/", "%", "<<", ">>", "<", ">", "<=", ">=", "==", "!=", "&", "^", "|", "&&", "||")
_SHIFT_COUNTS = ("0", "1", "3U", "7", "8", "15", "16L", "31", "32", "63")

# What _Generic says, as (bits, signed) once long's width is known.
_GENERIC = (
    "_Generic((@), _Bool: 1, char: 2, signed char: 3, unsigned char: 4, short: 5, unsigned short: 6, "
    "int: 7, unsigned int: 8, long: 9, unsigned long: 10, long long: 11, unsigned long long: 12, default: 0)"
)


def _generic_type(code: int, long_bits: int) -> IntType:
    return {
        1: U8, 2: I8, 3: I8, 4: U8, 5: I16, 6: U16, 7: I32, 8: U32,
        9: IntType(long_bits, True), 10: IntType(long_bits, False), 11: I64, 12: U64,
    }[code]  # fmt: skip


def _random_expression(rng: random.Random, depth: int) -> str:
    r = rng.random()
    if depth == 0 or r < 0.2:
        return rng.choice(_LEAVES)
    if r < 0.25:
        return f"sizeof({rng.choice(_CASTS)})"
    if r < 0.4:
        return f"(({rng.choice(_CASTS)}){_random_expression(rng, depth - 1)})"
    if r < 0.5:
        return f"({rng.choice('-~!+')} {_random_expression(rng, depth - 1)})"
    if r < 0.9:
        op = rng.choice(_BINARY)
        left = _random_expression(rng, depth - 1)
        right = rng.choice(_SHIFT_COUNTS) if op in ("<<", ">>") else _random_expression(rng, depth - 1)
        return f"({left} {op} {right})"
    parts = [_random_expression(rng, depth - 1) for _ in range(3)]
    return f"({parts[0]} ? {parts[1]} : {parts[2]})"


_PRELUDE = """\
typedef unsigned char uint8_t; typedef short int16_t; typedef unsigned int uint32_t; typedef int int32_t;
typedef unsigned long long uint64_t; typedef long long int64_t;
enum { X = 3, Y = -5 };
"""


def _compile(source: str, flags: list[str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["gcc", *flags, "-std=gnu11", "-w", "-S", "-o", "-", "-x", "c", "-"],
        input=source,
        capture_output=True,
        text=True,
        check=False,
    )


def _gcc_values(source: str, flags: list[str]) -> dict[str, int] | None:
    """Compile to assembly and read back every global's initialiser, little-endian.

    None when this GCC cannot target ``flags`` at all (no gcc, no -m32); an
    error in ``source`` itself fails the test.
    """
    if shutil.which("gcc") is None or _compile("int x;\n", flags).returncode != 0:
        return None
    proc = _compile(source, flags)
    if proc.returncode != 0:
        raise AssertionError(proc.stderr[:2000])
    values: dict[str, int] = {}
    label, data = None, b""
    sizes = {".byte": 1, ".value": 2, ".short": 2, ".long": 4, ".quad": 8}
    for line in [*proc.stdout.splitlines(), "end:"]:
        line = line.strip()
        if re.fullmatch(r"[A-Za-z_]\w*:", line):
            if label is not None:
                values[label] = int.from_bytes(data, "little")
            label, data = line[:-1], b""
            continue
        directive, _, arg = line.partition("\t")
        if label is not None and directive in sizes:
            n = sizes[directive]
            data += (int(arg, 0) & ((1 << (8 * n)) - 1)).to_bytes(n, "little")
        elif label is not None and directive == ".zero":
            data += bytes(int(arg))
    return values


@pytest.mark.parametrize(("long_bits", "flags"), [(64, ["-m64"]), (32, ["-m32"])])
def test_random_expressions_match_gcc(long_bits: int, flags: list[str]) -> None:
    if shutil.which("gcc") is None:
        pytest.skip("gcc not available")
    rng = random.Random(20240611 + long_bits)
    types = FakeTypes()
    identifiers = {"X": (3, I32), "Y": (-5, I32)}
    cases: list[tuple[str, tuple[int, IntType]]] = []
    while len(cases) < 400:
        text = _random_expression(rng, rng.randint(1, 4))
        try:
            cases.append((text, evaluate(text, long_bits=long_bits, types=types, identifiers=identifiers)))
        except NotConstant:
            continue  # division by zero, shift out of range: GCC rejects those too
    lines = [_PRELUDE]
    for i, (text, _) in enumerate(cases):
        lines.append(f"const unsigned long long v{i} = (unsigned long long)({text});")
        lines.append(f"const int t{i} = {_GENERIC.replace('@', text)};")
    got = _gcc_values("\n".join(lines) + "\n", flags)
    if got is None:
        pytest.skip(f"gcc {' '.join(flags)} cannot compile here")
    for i, (text, (value, t)) in enumerate(cases):
        assert (value & (2**64 - 1), t) == (got[f"v{i}"], _generic_type(got[f"t{i}"], long_bits)), text


def test_gcc_harness_reads_values() -> None:
    """The assembly reader itself, on a known case, so a broken oracle cannot pass silently."""
    got = _gcc_values("const unsigned long long a = 0x0102030405060708ULL; const int b = -2;\n", [])
    if got is None:
        pytest.skip("gcc not available")
    assert got["a"] == 0x0102030405060708
    assert got["b"] == 2**32 - 2
