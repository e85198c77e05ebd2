"""Function-like macros (``XENMEMF_node(x)``) as expression trees the Python bindings evaluate.

A macro becomes a function when its body, expanded as cpp would (arguments
macro-expanded, substituted, the result rescanned with the macro disabled),
is an integer expression of its parameters: integer literals, the object-like
macros and enumerators of the same configuration, other such function-like
macros, the unary, binary and conditional operators, casts to integer types
and ``sizeof`` of a type.  Anything else (``#``/``##``, member access, a
statement, a cast to a pointer, record or enum, ``sizeof`` of an expression,
a variadic macro) is refused with the reason, and the binding lists it.

The tree is data, evaluated by the bindings' runtime (``_macros.py``) with
C's integer rules for the architecture's data model; literals and constants
carry their C type here, so ``0xffu`` stays ``unsigned int``.  Nodes are JSON
lists::

    ["int", value, bits, signed]        a typed integer (literal, enumerator, sizeof)
    ["arg", i]                           the i-th argument
    ["unary", op, x]                     op in + - ~ !
    ["binary", op, x, y]                 C's binary operators, && and || short-circuit
    ["cond", c, x, y]                    c ? x : y
    ["cast", bits, signed, x]            to an integer type (bits 1: to _Bool)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from xen_abi.frontend.cexpr import (
    BINARY_PRECEDENCE,
    QUALIFIERS,
    TYPE_KEYWORDS,
    NotConstant,
    canonical_type,
    int_literal,
    lex,
)
from xen_abi.ir.archs import Arch
from xen_abi.ir.model import ConfigABI, LayoutKind, Macro

Tree = list[Any]  # a node as above (JSON)

_MAX_TOKENS = 4096  # an expansion longer than this is refused (no header macro comes near)
_MAX_DEPTH = 100
_STATEMENTS = frozenset({"do", "while", "for", "if", "switch", "return", "goto", "break", "continue"})


class Unsupported(Exception):
    """The macro is not an integer function of its arguments (the message says why, for the binding's list)."""


@dataclass(frozen=True)
class MacroFunction:
    """A function-like macro a binding can evaluate: the catalogue's macro and its expression tree."""

    macro: Macro
    tree: Tree


@dataclass(frozen=True)
class _Token:
    kind: str  # "number", "char", "string", "ident", "punct", "arg"
    text: str
    arg: int = -1  # for "arg": the parameter's index


def _tokenize(text: str) -> list[_Token]:
    try:
        return [_Token(kind, word) for kind, word, _ in lex(text)]
    except NotConstant as exc:
        raise Unsupported(str(exc)) from None


class _Translator:
    """Expands and parses macros of one configuration (one release, one architecture, guest view)."""

    def __init__(self, abi: ConfigABI, arch: Arch) -> None:
        self.abi = abi
        self.long_bits = arch.long * 8
        self.char = (8, arch.char_signed)
        self.enumerators: dict[str, int] = {
            e: v
            for entry in abi.types.values()
            if entry.layout.kind is LayoutKind.ENUM
            for e, v in entry.layout.enumerators
        }

    def translate(self, macro: Macro) -> MacroFunction:
        params = macro.params
        if any(p.endswith("...") for p in params):
            raise Unsupported("a variadic macro")
        body = [
            _Token("arg", p, params.index(p)) if t.kind == "ident" and (p := t.text) in params else t
            for t in _tokenize(macro.text)
        ]
        if not body:
            raise Unsupported("an empty body")
        tokens = self.expand(body, frozenset({macro.name}), 0)
        tree = _Parser(tokens, self).parse()
        return MacroFunction(macro, tree)

    def expand(self, tokens: list[_Token], disabled: frozenset[str], depth: int) -> list[_Token]:
        """cpp's replacement of the macros in ``tokens`` (no ``#``/``##``: those are refused)."""
        if depth > _MAX_DEPTH:
            raise Unsupported("macros nested too deeply")
        out: list[_Token] = []
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            i += 1
            if tok.kind == "punct" and tok.text in ("#", "##"):
                raise Unsupported("it pastes or quotes tokens (# or ##)")
            name = tok.text
            if tok.kind != "ident" or name in disabled:
                out.append(tok)
            elif (constant := self.abi.constants.get(name)) is not None:
                out += self.expand(_tokenize(constant.text), disabled | {name}, depth + 1)
            elif (function := self.abi.macros.get(name)) is not None and i < len(tokens) and tokens[i].text == "(":
                args, i = _arguments(tokens, i)
                if args == [[]] and not function.params:
                    args = []
                if len(args) != len(function.params) or any(p.endswith("...") for p in function.params):
                    raise Unsupported(f"{name} is called with {len(args)} arguments")
                expanded = [self.expand(a, disabled, depth + 1) for a in args]
                body: list[_Token] = []
                for t in _tokenize(function.text):
                    if t.kind == "ident" and t.text in function.params:
                        body += expanded[function.params.index(t.text)]
                    else:
                        body.append(t)
                out += self.expand(body, disabled | {name}, depth + 1)
            else:
                out.append(tok)
            if len(out) > _MAX_TOKENS:
                raise Unsupported(f"it expands to over {_MAX_TOKENS} tokens")
        return out

    def integer_type(self, words: list[str]) -> tuple[int, bool]:
        """(bits, signed) of a type name's words; bits 1 for _Bool."""
        words = [w for w in words if w not in QUALIFIERS]
        if len(words) == 1 and words[0] not in TYPE_KEYWORDS:
            return self.typedef(words[0], 0)
        try:
            spelling = canonical_type(words)
        except NotConstant as exc:
            raise Unsupported(str(exc)) from None
        return self.keyword_type(spelling)

    def keyword_type(self, spelling: str) -> tuple[int, bool]:
        if spelling == "_Bool":
            return 1, False
        if spelling == "char":
            return self.char
        bare = spelling.removeprefix("unsigned ").removeprefix("signed ")
        bits = {"char": 8, "short": 16, "int": 32, "long": self.long_bits, "long long": 64}.get(bare)
        if bits is None:
            raise Unsupported(f"a cast to {spelling}")
        return bits, not spelling.startswith("unsigned ")

    def typedef(self, name: str, depth: int) -> tuple[int, bool]:
        entry = self.abi.types.get(name)
        if entry is None or depth > 16:
            raise Unsupported(f"{name} is not an integer type here")
        if entry.layout.kind is LayoutKind.ENUM:
            # Its integer type is the compiler's choice (GCC: unsigned int without negative enumerators).
            raise Unsupported(f"a cast to {name}, an enum type")
        target = entry.layout.target
        if entry.layout.kind is not LayoutKind.TYPEDEF or target is None or "*" in target or "[" in target:
            raise Unsupported(f"a cast to {name}, which is not an integer type")
        words = target.split()
        if len(words) == 1 and words[0] not in TYPE_KEYWORDS:
            return self.typedef(words[0], depth + 1)
        try:
            return self.keyword_type(canonical_type(words))
        except NotConstant:
            raise Unsupported(f"a cast to {name}, which is not an integer type") from None

    def is_type_name(self, name: str) -> bool:
        if name in TYPE_KEYWORDS or name in QUALIFIERS or name in ("struct", "union", "enum"):
            return True
        return name in self.abi.types and name not in self.enumerators

    def sizeof(self, words: list[str], pointers: int) -> int:
        if pointers:
            return self.long_bits // 8
        words = [w for w in words if w not in QUALIFIERS]
        name = " ".join(words)
        entry = self.abi.types.get(name)
        if entry is not None:
            return entry.layout.size
        bits, _ = self.integer_type(words)
        return max(bits, 8) // 8


def _arguments(tokens: list[_Token], start: int) -> tuple[list[list[_Token]], int]:
    """A macro call's arguments from the "(" at ``start``; the index after its ")"."""
    args: list[list[_Token]] = [[]]
    depth = 0
    i = start + 1
    while i < len(tokens):
        tok = tokens[i]
        i += 1
        if tok.kind == "punct" and tok.text == "(":
            depth += 1
        elif tok.kind == "punct" and tok.text == ")":
            if depth == 0:
                return args, i
            depth -= 1
        elif tok.kind == "punct" and tok.text == "," and depth == 0:
            args.append([])
            continue
        args[-1].append(tok)
    raise Unsupported("a macro call without its closing parenthesis")


class _Parser:
    """Precedence climbing over the expansion, building the tree (C11 6.5, no comma or assignment)."""

    def __init__(self, tokens: list[_Token], translator: _Translator) -> None:
        self.tokens = tokens
        self.pos = 0
        self.t = translator

    def peek(self, ahead: int = 0) -> _Token | None:
        i = self.pos + ahead
        return self.tokens[i] if i < len(self.tokens) else None

    def at(self, text: str) -> bool:
        tok = self.peek()
        return tok is not None and tok.kind == "punct" and tok.text == text

    def expect(self, text: str) -> None:
        if not self.at(text):
            tok = self.peek()
            raise Unsupported(f"expected {text!r}, found {tok.text if tok else 'the end'!r}")
        self.pos += 1

    def parse(self) -> Tree:
        tree = self.conditional()
        if self.pos != len(self.tokens):
            raise Unsupported(f"{self.tokens[self.pos].text!r} where an operator was expected")
        return tree

    def conditional(self) -> Tree:
        cond = self.binary(1)
        if not self.at("?"):
            return cond
        self.pos += 1
        then = self.conditional()
        self.expect(":")
        return ["cond", cond, then, self.conditional()]

    def binary(self, min_prec: int) -> Tree:
        left = self.cast()
        while (tok := self.peek()) is not None and tok.kind == "punct":
            prec = BINARY_PRECEDENCE.get(tok.text)
            if prec is None or prec < min_prec:
                break
            self.pos += 1
            left = ["binary", tok.text, left, self.binary(prec + 1)]
        return left

    def cast(self) -> Tree:
        nxt = self.peek(1)
        if self.at("(") and nxt is not None and nxt.kind == "ident" and self.t.is_type_name(nxt.text):
            self.pos += 1
            words, pointers = self.type_name()
            self.expect(")")
            if pointers:
                raise Unsupported("a cast to a pointer")
            bits, signed = self.t.integer_type(words)
            return ["cast", bits, signed, self.cast()]
        return self.unary()

    def type_name(self) -> tuple[list[str], int]:
        words: list[str] = []
        while (tok := self.peek()) is not None and tok.kind == "ident":
            if tok.text in ("struct", "union", "enum"):
                nxt = self.peek(1)
                if nxt is None or nxt.kind != "ident":
                    raise Unsupported(f"{tok.text} without a tag")
                words.append(f"{tok.text} {nxt.text}")
                self.pos += 2
                continue
            if words and tok.text not in TYPE_KEYWORDS and tok.text not in QUALIFIERS:
                break
            words.append(tok.text)
            self.pos += 1
        pointers = 0
        while self.at("*"):
            pointers += 1
            self.pos += 1
        return words, pointers

    def unary(self) -> Tree:
        tok = self.peek()
        if tok is None:
            raise Unsupported("an expression ends early")
        if tok.kind == "punct" and tok.text in ("+", "-", "~", "!"):
            self.pos += 1
            return ["unary", tok.text, self.cast()]
        if tok.kind == "ident" and tok.text == "sizeof":
            self.pos += 1
            nxt = self.peek(1)
            if not (self.at("(") and nxt is not None and nxt.kind == "ident" and self.t.is_type_name(nxt.text)):
                raise Unsupported("sizeof of an expression")
            self.pos += 1
            words, pointers = self.type_name()
            self.expect(")")
            return ["int", self.t.sizeof(words, pointers), self.t.long_bits, False]  # size_t is unsigned long
        return self.postfix(self.primary())

    def postfix(self, tree: Tree) -> Tree:
        tok = self.peek()
        if tok is not None and tok.kind == "punct" and tok.text in ("(", "[", ".", "->", "++", "--"):
            raise Unsupported(f"{tok.text!r} (not an integer expression)")
        return tree

    def primary(self) -> Tree:
        tok = self.peek()
        assert tok is not None
        self.pos += 1
        if tok.kind == "arg":
            return ["arg", tok.arg]
        if tok.kind == "number":
            try:
                value, t = int_literal(tok.text, self.t.long_bits)
            except NotConstant as exc:
                raise Unsupported(str(exc)) from None
            return ["int", value, t.bits, t.signed]
        if tok.kind == "ident":
            if tok.text in self.t.enumerators:
                value = self.t.enumerators[tok.text]
                if not -(1 << 31) <= value < 1 << 31:
                    raise Unsupported(f"enumerator {tok.text} does not fit int")
                return ["int", value, 32, True]
            if tok.text in _STATEMENTS:
                raise Unsupported(f"a statement ({tok.text} ...), not an expression")
            if tok.text in ("struct", "union", "enum"):
                raise Unsupported(f"it uses a {tok.text} value, not an integer")
            if tok.text in self.t.abi.macros:
                raise Unsupported(f"it names {tok.text} without arguments")
            raise Unsupported(f"it uses {tok.text}, which is not an integer constant here")
        if tok.kind == "punct" and tok.text == "(":
            tree = self.conditional()
            self.expect(")")
            return tree
        raise Unsupported(f"{tok.text!r} where an operand was expected")


def translate_all(abi: ConfigABI, arch: Arch) -> tuple[dict[str, MacroFunction], dict[str, str]]:
    """Every function-like macro of a configuration: those that are functions, and why the others are not."""
    translator = _Translator(abi, arch)
    functions: dict[str, MacroFunction] = {}
    refused: dict[str, str] = {}
    for name, macro in sorted(abi.macros.items()):
        try:
            functions[name] = translator.translate(macro)
        except (Unsupported, RecursionError) as exc:
            refused[name] = str(exc) if isinstance(exc, Unsupported) else "macros nested too deeply"
    return functions, refused
