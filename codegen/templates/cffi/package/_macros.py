"""Function-like macros of the headers as Python functions (``b.XENMEMF_node(1)`` is ``0x200``).

xen-abi's generator turned each macro's body into an expression tree (see
``xen_abi.codegen.macros``); this evaluates it with C's integer rules on the
architecture's data model: each argument is typed as the decimal integer
constant you would write in C (``int``, else ``long``, else ``long long``),
then integer promotions, the usual arithmetic conversions, unsigned
wrap-around and truncating division apply as a C compiler folds them (signed
overflow wraps, as GCC and clang fold it).  So ``f(n)`` equals what the C
invocation ``f(n)`` evaluates to on that architecture.  A division by zero or
a shift count outside the type raises ``MacroError`` (C leaves them undefined).
"""

from __future__ import annotations

import inspect
import keyword
from collections.abc import Sequence
from typing import Any

from .errors import MacroError

_Value = tuple[int, int, bool]  # (value, bits, signed)
_INT = (32, True)


def _wrap(value: int, bits: int, signed: bool) -> int:
    value &= (1 << bits) - 1
    if signed and value >> (bits - 1):
        value -= 1 << bits
    return value


def _promote(bits: int, signed: bool) -> tuple[int, bool]:
    return _INT if bits < 32 else (bits, signed)


def _common(a: tuple[int, bool], b: tuple[int, bool]) -> tuple[int, bool]:
    """The usual arithmetic conversions (C11 6.3.1.8), rank by width."""
    a, b = _promote(*a), _promote(*b)
    if a[1] == b[1]:
        return a if a[0] >= b[0] else b
    unsigned, signed = (b, a) if a[1] else (a, b)
    return unsigned if unsigned[0] >= signed[0] else signed


def _argument(value: int, long_bits: int) -> _Value:
    """``value`` as a C decimal constant: the first of int, long, long long that holds it (C11 6.4.4.1)."""
    magnitude = abs(value)
    for bits in (32, long_bits, 64):
        if magnitude < 1 << (bits - 1):
            return _wrap(-magnitude if value < 0 else magnitude, bits, True), bits, True
    if magnitude < 1 << 64:  # clang types it unsigned long long; negating wraps
        return _wrap(-magnitude if value < 0 else magnitude, 64, False), 64, False
    raise MacroError(f"{value} does not fit any C integer type")


class MacroFunction:
    """A function-like macro of the headers, callable with integers (``b.XENMEMF_node(1)``)."""

    def __init__(
        self, name: str, params: Sequence[str], tree: list[Any], text: str, where: str, long_bits: int
    ) -> None:
        self.__name__ = self.__qualname__ = name
        self.params = tuple(params)
        self.text = text
        self.where = where
        self._tree = tree
        self._long_bits = long_bits
        self.__doc__ = f"#define {name}({', '.join(self.params)}) {text}  ({where}), evaluated as C does."
        self.__signature__ = inspect.Signature(
            [
                inspect.Parameter(p + "_" if keyword.iskeyword(p) else p, inspect.Parameter.POSITIONAL_ONLY)
                for p in self.params
            ],
            return_annotation=int,
        )

    def __repr__(self) -> str:
        return f"<macro {self.__name__}({', '.join(self.params)}) {self.text}>"

    def __call__(self, *args: int) -> int:
        if len(args) != len(self.params):
            count = f"{len(self.params)} argument{'' if len(self.params) == 1 else 's'}"
            raise MacroError(f"{self.__name__}() takes {count} ({len(args)} given)")
        for a in args:
            if not isinstance(a, int):
                raise MacroError(f"{self.__name__}() takes integers, not {type(a).__name__}")
        values = [_argument(int(a), self._long_bits) for a in args]
        return self._eval(self._tree, values, True)[0]

    def _eval(self, node: list[Any], args: list[_Value], live: bool) -> _Value:
        """Evaluate ``node``; ``live`` false on the untaken side of &&, || and ?:, where nothing is an error."""
        kind = node[0]
        if kind == "int":
            return int(node[1]), int(node[2]), bool(node[3])
        if kind == "arg":
            return args[int(node[1])]
        if kind == "cast":
            value, _, _ = self._eval(node[3], args, live)
            if node[1] == 1:  # _Bool
                return int(value != 0), 8, False
            return _wrap(value, node[1], node[2]), node[1], node[2]
        if kind == "unary":
            value, bits, signed = self._eval(node[2], args, live)
            if node[1] == "!":
                return int(value == 0), *_INT
            bits, signed = _promote(bits, signed)
            result = {"+": value, "-": -value, "~": ~value}[node[1]]
            return _wrap(result, bits, signed), bits, signed
        if kind == "cond":
            cond = self._eval(node[1], args, live)[0] != 0
            then = self._eval(node[2], args, live and cond)
            other = self._eval(node[3], args, live and not cond)
            bits, signed = _common(then[1:], other[1:])
            return _wrap((then if cond else other)[0], bits, signed), bits, signed
        return self._binary(node[1], node[2], node[3], args, live)

    def _binary(self, op: str, left: list[Any], right: list[Any], args: list[_Value], live: bool) -> _Value:
        a = self._eval(left, args, live)
        if op in ("&&", "||"):
            truth = a[0] != 0
            b = self._eval(right, args, live and truth == (op == "&&"))
            return int(truth and b[0] != 0 if op == "&&" else truth or b[0] != 0), *_INT
        b = self._eval(right, args, live)
        if op in ("<<", ">>"):
            bits, signed = _promote(a[1], a[2])
            if not 0 <= b[0] < bits:
                return self._undefined(live, f"shift count {b[0]} out of range for a {bits}-bit type", bits, signed)
            return _wrap(a[0] << b[0] if op == "<<" else a[0] >> b[0], bits, signed), bits, signed
        bits, signed = _common(a[1:], b[1:])
        x, y = _wrap(a[0], bits, signed), _wrap(b[0], bits, signed)
        if op in ("/", "%"):
            if y == 0:
                return self._undefined(live, "division by zero", bits, signed)
            q = abs(x) // abs(y)  # C truncates toward zero
            if (x < 0) != (y < 0):
                q = -q
            return _wrap(q if op == "/" else x - y * q, bits, signed), bits, signed
        if op in ("==", "!=", "<", ">", "<=", ">="):
            result = {"==": x == y, "!=": x != y, "<": x < y, ">": x > y, "<=": x <= y, ">=": x >= y}[op]
            return int(result), *_INT
        value = {"+": x + y, "-": x - y, "*": x * y, "&": x & y, "^": x ^ y, "|": x | y}[op]
        return _wrap(value, bits, signed), bits, signed

    def _undefined(self, live: bool, message: str, bits: int, signed: bool) -> _Value:
        if live:
            raise MacroError(f"{self.__name__}: {message} (undefined in C)")
        return 0, bits, signed
