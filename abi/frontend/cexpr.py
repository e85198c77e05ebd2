"""Evaluate C integer constant expressions the way a C compiler folds them.

Xen's public headers define their constants as macros such as ``(1U << 31)``,
``((xen_pfn_t)~0UL)`` or ``(sizeof(struct foo) / 8)``. After macro expansion we
fold them here with exact C11 semantics for the target's data model (ILP32 or
LP64): literal typing (6.4.4.1), integer promotions and the usual arithmetic
conversions (6.3.1), wrap-around of unsigned results, truncating division.
Where C leaves a result undefined or implementation-defined (signed overflow,
shifting negative values, converting to a narrower signed type) we compute what
GCC and clang fold to: the two's complement value.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class IntType:
    """An integer type as far as arithmetic cares: its width and signedness."""

    bits: int  # 8, 16, 32, 64
    signed: bool


class NotConstant(Exception):
    """The text is not an integer constant expression we can evaluate (message says why)."""


class TypeResolver(Protocol):
    """What the evaluator needs to know about the type names of the headers."""

    def integer_type(self, spelling: str) -> IntType | None:
        """The integer type ``spelling`` denotes after typedefs, None if not an integer or enum type."""
        ...

    def sizeof(self, spelling: str) -> int | None:
        """Size in bytes, None if the type name is unknown."""
        ...

    def alignof(self, spelling: str) -> int | None:
        """Alignment in bytes, None if the type name is unknown."""
        ...

    def is_type_name(self, identifier: str) -> bool:
        """Whether ``identifier`` is a typedef name: tells a cast ``(T)x`` from ``(x)``."""
        ...


_Value = tuple[int, IntType]

INT = IntType(32, True)
_LLONG = IntType(64, True)
_ULLONG = IntType(64, False)
_BOOL = IntType(8, False)

# Nesting deeper than this is refused rather than left to hit Python's
# recursion limit; real headers nest a handful of levels.
_MAX_DEPTH = 200

_TOKEN_RE = re.compile(
    r"""
    (?P<ws>\s+|/\*.*?\*/|//[^\n]*)
  | (?P<number>\.?[0-9](?:[eEpP][+-]|[0-9A-Za-z_.])*)   # a pp-number (C11 6.4.8)
  | (?P<char>(?:u8|[LuU])?'(?:[^'\\\n]|\\.)*')
  | (?P<string>(?:u8|[LuU])?"(?:[^"\\\n]|\\.)*")
  | (?P<ident>[A-Za-z_$][A-Za-z0-9_$]*)
  | (?P<punct>\.\.\.|<<=|>>=|\#\#|->|\+\+|--|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&^|]=
              |[-+*/%&^|~!<>?:=,;.()\[\]{}\#])
    """,
    re.VERBOSE | re.DOTALL,
)
_INT_RE = re.compile(r"(0[xX][0-9a-fA-F]+|0[bB][01]+|[0-9]+)([uU](?:ll|LL|[lL])?|(?:ll|LL|[lL])[uU]?)?")

_SIMPLE_ESCAPES = {
    "n": 10, "t": 9, "r": 13, "a": 7, "b": 8, "f": 12, "v": 11,
    "\\": 92, "'": 39, '"': 34, "?": 63, "e": 27, "E": 27,  # \e, \E: GNU escape
}  # fmt: skip

BINARY_PRECEDENCE = {
    "||": 1, "&&": 2, "|": 3, "^": 4, "&": 5, "==": 6, "!=": 6,
    "<": 7, ">": 7, "<=": 7, ">=": 7, "<<": 8, ">>": 8, "+": 9, "-": 9, "*": 10, "/": 10, "%": 10,
}  # fmt: skip

TYPE_KEYWORDS = frozenset(
    {"void", "char", "short", "int", "long", "float", "double", "signed", "unsigned", "_Bool", "_Complex"}
)
_KEYWORD_ALIASES = {"__signed__": "signed", "__signed": "signed"}
QUALIFIERS = frozenset(
    {"const", "volatile", "restrict", "__const", "__const__", "__volatile", "__volatile__", "__restrict",
     "__restrict__"}
)  # fmt: skip
_TAG_KEYWORDS = frozenset({"struct", "union", "enum"})
_TYPEOF = frozenset({"typeof", "__typeof", "__typeof__", "_Atomic"})
_ALIGNOF = frozenset({"_Alignof", "__alignof__", "__alignof", "alignof"})
_OFFSETOF = frozenset({"offsetof", "__builtin_offsetof"})
# Identifiers that can never name an enum constant or a typedef.
_KEYWORDS = (
    TYPE_KEYWORDS | QUALIFIERS | _TAG_KEYWORDS | _TYPEOF | _ALIGNOF | set(_KEYWORD_ALIASES)
    | {"auto", "break", "case", "continue", "default", "do", "else", "extern", "for", "goto", "if", "inline",
       "register", "return", "sizeof", "static", "switch", "typedef", "while", "_Alignas", "_Generic",
       "_Imaginary", "_Noreturn", "_Static_assert", "_Thread_local", "__extension__", "__attribute__",
       "__builtin_offsetof", "asm", "__asm__"}
)  # fmt: skip

# The canonical spellings of the keyword integer types; everything else goes to the resolver.
_CANONICAL_INTEGERS = (
    "_Bool", "char", "signed char", "unsigned char", "short", "unsigned short", "int", "unsigned int",
    "long", "unsigned long", "long long", "unsigned long long",
)  # fmt: skip
# Aligned to their size on every target; 64-bit integers are not (4 on i386).
_NATURALLY_ALIGNED = frozenset(_CANONICAL_INTEGERS[:-2])


@dataclass(frozen=True)
class _Token:
    kind: str  # "int", "char", "ident", "punct", "eof"
    text: str
    offset: int
    value: _Value | None = None


@dataclass(frozen=True)
class _TypeName:
    """A parsed type-name: base spelling, pointer depth, array dimensions (outermost first)."""

    base: str
    pointers: int = 0
    dims: tuple[int, ...] = ()

    @property
    def element(self) -> str:
        """The spelling without array dimensions, as given to the resolver: ``char *``, ``char **``."""
        return f"{self.base} {'*' * self.pointers}" if self.pointers else self.base

    def __str__(self) -> str:
        return self.element + "".join(f"[{n}]" for n in self.dims)


def _wrap(value: int, t: IntType) -> int:
    """Convert to ``t`` modulo 2**bits (C11 6.3.1.3; GCC's choice for signed targets)."""
    value &= (1 << t.bits) - 1
    if t.signed and value >> (t.bits - 1):
        value -= 1 << t.bits
    return value


def _promote(t: IntType) -> IntType:
    # Every type narrower than int fits in int (C11 6.3.1.1p2).
    return INT if t.bits < 32 else t


def _common(a: IntType, b: IntType) -> IntType:
    """The usual arithmetic conversions (C11 6.3.1.8) for two integer types.

    Rank is compared by width: types of equal width (int and long on ILP32, long
    and long long on LP64) give results of the same width and signedness, so
    their rank order never changes a value. The third rule (the unsigned
    counterpart of the signed type) then always coincides with the first.
    """
    a, b = _promote(a), _promote(b)
    if a.signed == b.signed:
        return a if a.bits >= b.bits else b
    unsigned, signed = (b, a) if a.signed else (a, b)
    if unsigned.bits >= signed.bits:
        return unsigned
    return signed  # a wider signed type represents every value of the unsigned one


def canonical_type(words: list[str]) -> str:
    """The canonical spelling of a list of type-specifier keywords, in any order (C11 6.7.2p2)."""
    counts = Counter(words)
    sign = None
    if counts["signed"] + counts["unsigned"] > 1:
        raise NotConstant(f"invalid type specifiers {' '.join(words)!r}")
    if counts.pop("signed", 0):
        sign = "signed"
    if counts.pop("unsigned", 0):
        sign = "unsigned"
    longs = counts.pop("long", 0)
    rest = tuple(sorted(counts.elements()))
    prefix = "unsigned " if sign == "unsigned" else ""
    if rest in ((), ("int",)) and longs <= 2:
        return prefix + ("int", "long", "long long")[longs]
    if rest in (("short",), ("int", "short")) and not longs:
        return prefix + "short"
    if rest == ("char",) and not longs:
        return f"{sign} char" if sign else "char"  # plain char is a type of its own
    if rest in (("_Bool",), ("void",), ("float",)) and not longs and not sign:
        return rest[0]
    if rest == ("double",) and longs <= 1 and not sign:
        return "long double" if longs else "double"
    raise NotConstant(f"invalid type specifiers {' '.join(words)!r}")


def lex(text: str) -> Iterator[tuple[str, str, int]]:
    """(kind, text, offset) of each preprocessing token: number, char, string, ident or punct; no whitespace."""
    pos = 0
    while pos < len(text):
        m = _TOKEN_RE.match(text, pos)
        if m is None:
            raise NotConstant(f"unexpected character {text[pos]!r} at offset {pos}")
        if m.lastgroup != "ws":
            yield m.lastgroup or "punct", m.group(), pos
        pos = m.end()


def int_literal(word: str, long_bits: int) -> tuple[int, IntType]:
    """An integer constant's value and type on a data model (C11 6.4.4.1), e.g. ``0xffu`` -> (255, unsigned int)."""
    m = _INT_RE.fullmatch(word)
    if m is None:
        hexadecimal = word[:2] in ("0x", "0X")
        if "." in word or re.search("[pP]" if hexadecimal else "[eE]", word):
            raise NotConstant(f"floating constant {word} is not an integer constant")
        raise NotConstant(f"invalid integer constant {word}")
    digits, suffix = m.group(1), (m.group(2) or "").lower()
    if digits[:2] in ("0x", "0X", "0b", "0B"):
        base, digits = (16 if digits[1] in "xX" else 2), digits[2:]
    elif digits[0] == "0" and len(digits) > 1:
        base = 8
        if not set(digits) <= set("01234567"):
            raise NotConstant(f"invalid digit in octal constant {word}")
    else:
        base = 10
    if len(digits.lstrip("0")) > 64:  # also keeps int() clear of Python's digit limit
        raise NotConstant(f"integer constant {word} is too large")
    value = int(digits, base)
    # C11 6.4.4.1p5: the first type of the list that can represent the value.
    signed_list = (INT, IntType(long_bits, True), _LLONG)[suffix.count("l") :]
    candidates: list[IntType] = []
    for t in signed_list:
        if "u" not in suffix:
            candidates.append(t)
        if "u" in suffix or base != 10:
            candidates.append(IntType(t.bits, False))
    for t in candidates:
        if value <= (1 << (t.bits - t.signed)) - 1:
            return value, t
    if value < 1 << 64:
        # No type of C11's list fits: clang takes unsigned long long (-Wimplicitly-unsigned-literal);
        # GCC takes __int128 on 64-bit targets. We follow clang, which verify compares against.
        return value, _ULLONG
    raise NotConstant(f"integer constant {word} is too large")


class _Parser:
    """Recursive descent over the C11 expression grammar, folding as it goes.

    ``live`` is false inside operands C does not evaluate (the untaken side of
    ``&&``, ``||``, ``?:`` and the operand of ``sizeof``): there a division by
    zero or an out-of-range shift is no error, as in GCC.
    """

    def __init__(self, text: str, long_bits: int, types: TypeResolver, identifiers: Mapping[str, _Value]) -> None:
        self.types = types
        self.identifiers = identifiers
        self.long_bits = long_bits
        self.size_type = IntType(long_bits, False)  # size_t is unsigned long on every Linux ABI
        self._char: IntType | None = None
        self.tokens = self._tokenize(text)
        self.pos = 0
        self.depth = 0
        self.live = True

    # -- tokens ---------------------------------------------------------------

    def _tokenize(self, text: str) -> list[_Token]:
        tokens: list[_Token] = []
        for kind, word, pos in lex(text):
            if kind == "number":
                tokens.append(_Token("int", word, pos, self._int_literal(word)))
            elif kind == "char":
                tokens.append(_Token("char", word, pos, self._char_literal(word)))
            elif kind == "string":
                raise NotConstant(f"string literal {word} is not an integer constant")
            elif kind in ("ident", "punct"):
                tokens.append(_Token(kind, word, pos))
        tokens.append(_Token("eof", "", len(text)))
        return tokens

    def _int_literal(self, word: str) -> _Value:
        return int_literal(word, self.long_bits)

    def _char_literal(self, word: str) -> _Value:
        if word[0] != "'":
            raise NotConstant(f"wide or Unicode character constant {word} is not supported")
        body = word[1:-1]
        codes: list[int] = []
        i = 0
        while i < len(body):
            ch = body[i]
            i += 1
            if ch != "\\":
                if ord(ch) > 0x7F:  # several bytes in UTF-8: a multi-character constant
                    raise NotConstant(f"non-ASCII character constant {word}")
                codes.append(ord(ch))
                continue
            esc = body[i]
            i += 1
            if esc in _SIMPLE_ESCAPES:
                codes.append(_SIMPLE_ESCAPES[esc])
            elif esc in "01234567":
                j = i - 1
                while i < len(body) and i - j < 3 and body[i] in "01234567":
                    i += 1
                codes.append(int(body[j:i], 8))
            elif esc == "x":
                j = i
                while i < len(body) and body[i] in "0123456789abcdefABCDEF":
                    i += 1
                if i == j:
                    raise NotConstant(f"\\x without hex digits in {word}")
                digits = body[j:i].lstrip("0")
                codes.append(int(digits or "0", 16) if len(digits) <= 8 else 1 << 32)
            else:
                raise NotConstant(f"unknown escape sequence \\{esc} in {word}")
        if len(codes) != 1:
            raise NotConstant(f"character constant {word} must hold exactly one character")
        if codes[0] > 0xFF:
            raise NotConstant(f"escape sequence out of range in {word}")
        # The constant has type int and the value of the char holding the code (6.4.4.4p10).
        return _wrap(codes[0], self._char_type()), INT

    def _char_type(self) -> IntType:
        # The resolver knows the target's char signedness (unsigned on Arm, RISC-V,
        # PowerPC); without it char is signed, as on x86.
        if self._char is None:
            t = self.types.integer_type("char")
            self._char = t if t is not None and t.bits == 8 else IntType(8, True)
        return self._char

    def peek(self) -> _Token:
        return self.tokens[self.pos]

    def next(self) -> _Token:
        tok = self.tokens[self.pos]
        if tok.kind != "eof":
            self.pos += 1
        return tok

    def at(self, punct: str) -> bool:
        tok = self.tokens[self.pos]
        return tok.kind == "punct" and tok.text == punct

    def expect(self, punct: str) -> None:
        tok = self.next()
        if tok.kind != "punct" or tok.text != punct:
            raise self.unexpected(tok, f"; expected {punct!r}")

    @staticmethod
    def unexpected(tok: _Token, detail: str = "") -> NotConstant:
        if tok.kind == "eof":
            return NotConstant(f"unexpected end of expression{detail}")
        return NotConstant(f"unexpected {tok.text!r} at offset {tok.offset}{detail}")

    def enter(self) -> None:
        self.depth += 1
        if self.depth > _MAX_DEPTH:
            raise NotConstant("expression nested too deeply")

    def undefined(self, message: str, t: IntType) -> _Value:
        """An operation without a value: an error where evaluated, anything where not."""
        if self.live:
            raise NotConstant(message)
        return 0, t

    # -- expressions ----------------------------------------------------------

    def parse(self) -> _Value:
        if self.peek().kind == "eof":
            raise NotConstant("empty expression")
        result = self.conditional()
        tok = self.peek()
        if tok.kind != "eof":
            raise self.unexpected(tok)
        return result

    def conditional(self) -> _Value:
        self.enter()
        cond = self.binary(1)
        if not self.at("?"):
            self.depth -= 1
            return cond
        self.pos += 1
        saved = self.live
        if self.at(":"):  # GNU "a ?: b": the condition doubles as the middle operand
            then = cond
        else:
            self.live = saved and cond[0] != 0
            then = self.conditional()  # C has "expression" here; we have no comma operator
        self.expect(":")
        self.live = saved and cond[0] == 0
        other = self.conditional()
        self.live = saved
        t = _common(then[1], other[1])
        self.depth -= 1
        return _wrap((then if cond[0] else other)[0], t), t

    def binary(self, min_prec: int) -> _Value:
        """Precedence climbing over the left-associative binary operators."""
        self.enter()
        left = self.cast()
        while True:
            tok = self.peek()
            prec = BINARY_PRECEDENCE.get(tok.text) if tok.kind == "punct" else None
            if prec is None or prec < min_prec:
                break
            self.pos += 1
            if tok.text in ("&&", "||"):
                truth = left[0] != 0
                saved = self.live
                self.live = saved and truth == (tok.text == "&&")  # short-circuit
                right = self.binary(prec + 1)
                self.live = saved
                both = truth and right[0] != 0 if tok.text == "&&" else truth or right[0] != 0
                left = int(both), INT
            else:
                left = self.arith(tok.text, left, self.binary(prec + 1))
        self.depth -= 1
        return left

    def arith(self, op: str, a: _Value, b: _Value) -> _Value:
        if op in ("<<", ">>"):
            t = _promote(a[1])  # the count does not take part in the conversions
            count = b[0]
            if not 0 <= count < t.bits:
                return self.undefined(f"shift count {count} out of range for a {t.bits}-bit type", t)
            return _wrap(a[0] << count if op == "<<" else a[0] >> count, t), t
        t = _common(a[1], b[1])
        x, y = _wrap(a[0], t), _wrap(b[0], t)
        if op in ("/", "%"):
            if y == 0:
                return self.undefined("division by zero", t)
            q = abs(x) // abs(y)  # C truncates toward zero; Python floors
            if (x < 0) != (y < 0):
                q = -q
            return _wrap(q if op == "/" else x - y * q, t), t
        if op in ("==", "!=", "<", ">", "<=", ">="):
            result = {"==": x == y, "!=": x != y, "<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y}[op]
            return int(result), INT
        value = {"+": x + y, "-": x - y, "*": x * y, "&": x & y, "^": x ^ y, "|": x | y}[op]
        return _wrap(value, t), t

    def cast(self) -> _Value:
        self.enter()
        if self.at("(") and self.starts_type_name(self.pos + 1):
            self.pos += 1
            tn = self.type_name()
            self.expect(")")
            if self.at("{"):
                raise NotConstant("a compound literal is not a constant expression")
            value, _ = self.cast()
            target = self.integer_type(tn)
            if target is None:
                raise NotConstant(f"cast to non-integer type {tn}")
            result = (int(value != 0), target) if tn.base == "_Bool" else (_wrap(value, target), target)
        else:
            result = self.unary()
        self.depth -= 1
        return result

    def unary(self) -> _Value:
        tok = self.peek()
        if tok.kind == "punct" and tok.text in ("+", "-", "~", "!"):
            self.pos += 1
            value, t = self.cast()
            if tok.text == "!":
                return int(value == 0), INT
            t = _promote(t)
            return _wrap({"+": value, "-": -value, "~": ~value}[tok.text], t), t
        if tok.kind == "ident":
            if tok.text == "sizeof":
                self.pos += 1
                return self.sizeof()
            if tok.text in _ALIGNOF:
                self.pos += 1
                return self.alignof(tok.text)
            if tok.text == "__extension__":
                self.pos += 1
                return self.cast()
        return self.primary()

    def sizeof(self) -> _Value:
        if self.at("(") and self.starts_type_name(self.pos + 1):
            self.pos += 1
            tn = self.type_name()
            self.expect(")")
            if self.at("{"):
                raise NotConstant("a compound literal is not a constant expression")
            size = self.types.sizeof(tn.element)
            if size is None:
                size = self.builtin_size(tn)
            if size is None:
                raise NotConstant(f"sizeof unknown type {tn.element}")
            for n in tn.dims:
                size *= n
        else:
            saved, self.live = self.live, False  # the operand is not evaluated
            _, t = self.unary()
            self.live = saved
            size = t.bits // 8
        return _wrap(size, self.size_type), self.size_type

    def alignof(self, keyword: str) -> _Value:
        # _Alignof and __alignof__ differ for 64-bit types on i386 (4 against 8);
        # the resolver has one answer, which should be the ABI's (_Alignof's).
        if not (self.at("(") and self.starts_type_name(self.pos + 1)):
            raise NotConstant(f"{keyword} is supported only for a parenthesised type name")
        self.pos += 1
        tn = self.type_name()
        self.expect(")")
        align = self.types.alignof(tn.element)
        if align is None and (tn.pointers or tn.base in _NATURALLY_ALIGNED):
            align = self.builtin_size(tn)
        if align is None:
            raise NotConstant(f"{keyword} of unknown type {tn.element}")
        return _wrap(align, self.size_type), self.size_type

    def primary(self) -> _Value:
        tok = self.next()
        if tok.kind in ("int", "char"):
            assert tok.value is not None
            return tok.value
        if tok.kind == "ident":
            if tok.text in _OFFSETOF:
                raise NotConstant(f"{tok.text} is not supported")
            if tok.text in _KEYWORDS:
                raise NotConstant(f"unexpected keyword {tok.text!r} at offset {tok.offset}")
            if tok.text in self.identifiers:
                value, t = self.identifiers[tok.text]
                return _wrap(value, t), t
            raise NotConstant(f"unknown identifier {tok.text}")
        if tok.kind == "punct" and tok.text == "(":
            result = self.conditional()
            self.expect(")")
            return result
        raise self.unexpected(tok)

    # -- type names -----------------------------------------------------------

    def starts_type_name(self, index: int) -> bool:
        tok = self.tokens[index]
        if tok.kind != "ident":
            return False
        name = tok.text
        if name in TYPE_KEYWORDS or name in _KEYWORD_ALIASES or name in QUALIFIERS:
            return True
        if name in _TAG_KEYWORDS or name in _TYPEOF:
            return True
        return self.is_typedef(name)

    def is_typedef(self, name: str) -> bool:
        # Enum constants and typedef names share one name space: a known constant is no type.
        return name not in _KEYWORDS and name not in self.identifiers and self.types.is_type_name(name)

    def type_name(self) -> _TypeName:
        """specifier-qualifier-list, then ``*`` and ``[N]`` (C11 6.7.7); no function types."""
        words: list[str] = []
        base: str | None = None  # a tag or typedef name
        while (tok := self.peek()).kind == "ident":
            name = _KEYWORD_ALIASES.get(tok.text, tok.text)
            if name in QUALIFIERS:
                self.pos += 1
            elif name in _TYPEOF:
                raise NotConstant(f"{name} in a type name is not supported")
            elif name in TYPE_KEYWORDS:
                if base is not None:
                    raise NotConstant(f"invalid type name: {name!r} after {base!r}")
                words.append(name)
                self.pos += 1
            elif name in _TAG_KEYWORDS:
                if words or base is not None:
                    raise NotConstant(f"invalid type name: {name!r} after another type specifier")
                self.pos += 1
                tag = self.next()
                if tag.kind != "ident" or tag.text in _KEYWORDS:
                    raise self.unexpected(tag, f"; expected a tag after {name!r}")
                if self.at("{"):
                    raise NotConstant(f"{name} definition in a constant expression")
                base = f"{name} {tag.text}"
            elif not words and base is None and self.is_typedef(name):
                base = name
                self.pos += 1
            else:
                break
        if words:
            base = canonical_type(words)
        if base is None:
            raise self.unexpected(self.peek(), "; expected a type name")
        pointers = 0
        while self.at("*"):
            pointers += 1
            self.pos += 1
            while self.peek().kind == "ident" and self.peek().text in QUALIFIERS:
                self.pos += 1
        dims: list[int] = []
        while self.at("["):
            self.pos += 1
            n, _ = self.conditional()
            self.expect("]")
            if n < 0:
                raise NotConstant(f"negative array size {n}")
            dims.append(n)
        if self.at("("):
            raise NotConstant("function and function-pointer type names are not supported")
        return _TypeName(base, pointers, tuple(dims))

    def integer_type(self, tn: _TypeName) -> IntType | None:
        if tn.pointers or tn.dims:
            return None
        if tn.base in _CANONICAL_INTEGERS:
            return self.builtin_integer(tn.base)
        if tn.base in ("void", "float", "double", "long double"):
            return None
        return self.types.integer_type(tn.base)

    def builtin_integer(self, spelling: str) -> IntType:
        if spelling == "_Bool":
            return _BOOL
        if spelling == "char":
            return self._char_type()
        unsigned = spelling.startswith("unsigned ")
        rest = spelling.removeprefix("unsigned ").removeprefix("signed ")
        bits = {"char": 8, "short": 16, "int": 32, "long": self.long_bits, "long long": 64}[rest]
        return IntType(bits, not unsigned)

    def builtin_size(self, tn: _TypeName) -> int | None:
        """Sizes fixed by the ILP32/LP64 data models, for when the resolver does not say."""
        if tn.pointers:
            return self.long_bits // 8  # pointers are as wide as long on ILP32 and LP64
        if tn.base in _CANONICAL_INTEGERS:
            return self.builtin_integer(tn.base).bits // 8
        return None


def evaluate(
    text: str,
    *,
    long_bits: int,
    types: TypeResolver,
    identifiers: Mapping[str, tuple[int, IntType]] | None = None,
) -> tuple[int, IntType]:
    """Evaluate; return (value, type).

    value is the mathematical value in that type (e.g. ~0U on 32-bit unsigned
    -> 4294967295, -1 -> -1). ``long_bits`` is 32 (ILP32) or 64 (LP64);
    ``identifiers`` maps enum constants to their value and type. Raises
    NotConstant for any text that is not a constant expression we can fold.
    """
    if long_bits not in (32, 64):
        raise ValueError(f"long_bits must be 32 or 64, not {long_bits}")
    if _NAME_OR_CHARACTER.search(text):
        return _evaluate(text, long_bits, types, identifiers or {})
    # Without a name or a character constant, nothing but the data model can change the value.
    key = (text, long_bits)
    known = _FOLDED.get(key)
    if known is None:
        try:
            known = _evaluate(text, long_bits, types, {})
        except NotConstant as exc:
            known = str(exc)
        if len(_FOLDED) >= _MAX_FOLDED:
            _FOLDED.clear()
        _FOLDED[key] = known
    if isinstance(known, str):
        raise NotConstant(known)
    return known


# Identifier-free expressions already folded, per process: (text, long_bits) -> value or why not.
_FOLDED: dict[tuple[str, int], _Value | str] = {}
_MAX_FOLDED = 200_000
# A letter that starts a word (not one inside a number such as 0x1fUL), or a character constant's quote.
_NAME_OR_CHARACTER = re.compile(r"(?<![0-9A-Za-z_$])[A-Za-z_$]|['\"]")


def _evaluate(text: str, long_bits: int, types: TypeResolver, identifiers: Mapping[str, _Value]) -> _Value:
    try:
        return _Parser(text, long_bits, types, identifiers).parse()
    except RecursionError:  # a backstop: _MAX_DEPTH should stop nesting first
        raise NotConstant("expression nested too deeply") from None
