"""Parse preprocessed headers with pycparser, keeping what changes a layout.

pycparser reads C11 but not GNU attributes.  The headers use exactly the
attributes below (through ``uint64_aligned_t`` and one packed struct in
4.1's ``arch-x86/hvm/save.h``); anything else is refused by name, since
silently dropping an attribute could silently change a layout.

- ``aligned(N)`` in declaration specifiers becomes C11 ``_Alignas(N)``,
  which pycparser keeps and which has the same effect on a member;
- ``packed`` after a struct body is removed and the struct's tag recorded;
- attributes with no effect on layout (``unused``, ...) are removed.
"""

from __future__ import annotations

import contextlib
import re
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass

from pycparser import c_ast, c_parser
from xen_abi.common.errors import XenAbiError

# Attributes that change nothing the catalogue records.
_NO_LAYOUT_EFFECT = frozenset({"unused", "used", "deprecated", "may_alias", "const", "pure", "noreturn"})
_ATTRIBUTE = re.compile(r"\b__attribute__\s*\(\(")
_LINEMARKER = re.compile(r'^# (\d+) "([^"]*)"', re.M)
# GNU spellings of standard keywords, and keywords pycparser does not know.
_KEYWORDS = {
    "__inline__": "inline",
    "__inline": "inline",
    "__signed__": "signed",
    "__const__": "const",
    "__const": "const",
    "__volatile__": "volatile",
    "__restrict__": "restrict",
    "__restrict": "restrict",
    "__extension__": "",
}
_KEYWORD_RE = re.compile(r"\b(" + "|".join(map(re.escape, _KEYWORDS)) + r")\b")


@dataclass
class ParsedUnit:
    ast: c_ast.FileAST
    packed: frozenset[str]  # "struct TAG" of the structs declared packed


def _location(text: str, offset: int) -> tuple[str | None, int | None]:
    """The header file and line of a position in cpp's output."""
    last = None
    for m in _LINEMARKER.finditer(text, 0, offset):
        last = m
    if last is None:
        return None, None
    line = int(last.group(1)) + text.count("\n", last.end(), offset) - 1
    return last.group(2), line


def _normalize_attribute_name(name: str) -> str:
    return name[2:-2] if name.startswith("__") and name.endswith("__") else name


def _matching_paren(text: str, start: int) -> int:
    """Index just after the parenthesis that closes the one at ``start``."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
    return -1


def _struct_tag_before(text: str, end: int) -> str | None:
    """The ``struct TAG`` whose body closes just before ``end`` (a ``}``)."""
    depth = 0
    i = end
    while i >= 0:
        c = text[i]
        if c == "}":
            depth += 1
        elif c == "{":
            depth -= 1
            if depth == 0:
                m = re.search(r"\b(struct|union)\s+([A-Za-z_]\w*)\s*$", text[max(0, i - 200) : i])
                return f"{m.group(1)} {m.group(2)}" if m else None
        i -= 1
    return None


def rewrite_attributes(text: str) -> tuple[str, frozenset[str]]:
    """Turn GNU attributes into what pycparser keeps; return the packed tags."""
    out: list[str] = []
    packed: set[str] = set()
    pos = 0
    for m in _ATTRIBUTE.finditer(text):
        if m.start() < pos:
            continue
        end = _matching_paren(text, m.end() - 2)
        if end < 0:
            file, line = _location(text, m.start())
            raise XenAbiError("unterminated __attribute__", file=file, line=line)
        inner = text[m.end() : end - 2]
        replacement: list[str] = []
        for attr in _split_top_level(inner):
            name, _, args = attr.partition("(")
            name = _normalize_attribute_name(name.strip())
            if name == "aligned" and args:
                replacement.append(f"_Alignas({args.rstrip(')').strip()})")
            elif name == "packed":
                before = text[: m.start()].rstrip()
                tag = _struct_tag_before(text, len(before) - 1) if before.endswith("}") else None
                if tag is None:
                    file, line = _location(text, m.start())
                    raise XenAbiError(
                        "unsupported placement of __attribute__((packed)) (only after a tagged struct body)",
                        file=file,
                        line=line,
                    )
                packed.add(tag)
            elif name not in _NO_LAYOUT_EFFECT and name:
                file, line = _location(text, m.start())
                raise XenAbiError(f"unsupported attribute {attr.strip()!r}", file=file, line=line)
        out.append(text[pos : m.start()])
        out.append(" ".join(replacement))
        pos = end
    out.append(text[pos:])
    return "".join(out), frozenset(packed)


def _split_top_level(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, c in enumerate(text):
        if c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p for p in parts if p.strip()]


_PARSE_ERROR = re.compile(r"^(?P<file>[^:]*):(?P<line>\d+)(?::\d+)?: (?P<msg>.*)$")


def parse(text: str, *, reuse: bool = True) -> ParsedUnit:
    """Parse one preprocessed unit; a syntax error names its header and line.

    ``reuse`` parses each top-level declaration through the process's
    declaration cache (``_DECLARATIONS``); without it, or where that fails,
    pycparser parses the whole unit at once: the reference, whose AST and
    errors the cached path reproduces exactly.
    """
    text, packed = rewrite_attributes(text)
    text = _KEYWORD_RE.sub(lambda m: _KEYWORDS[m.group(1)], text)
    if reuse:
        with contextlib.suppress(c_parser.ParseError, RecursionError, AttributeError, AssertionError):
            return ParsedUnit(c_ast.FileAST(_parse_by_declaration(text)), packed)
    return ParsedUnit(_parse_whole(text), packed)


def _parse_whole(text: str) -> c_ast.FileAST:
    parser = c_parser.CParser()
    try:
        return parser.parse(text, "<unit>")
    except c_parser.ParseError as exc:
        message = str(exc)
        m = _PARSE_ERROR.match(message)
        if m:
            raise XenAbiError(
                f"syntax error: {m.group('msg')}", file=m.group("file"), line=int(m.group("line"))
            ) from None
        file, sep, msg = message.partition(": ")
        if not sep or " " in file:
            # No place at all (pycparser 3.11, the newest on Python 3.10: "Unmatched '}'"): the
            # lexer's position, through cpp's linemarkers, names the header and line.
            where, at = _location(text, _lexer_offset(parser))
            raise XenAbiError(f"syntax error: {message}", file=where, line=at) from None
        # pycparser 3 sometimes names only the file; its lexer knows the line.
        line = getattr(getattr(parser, "clex", None), "_lineno", None)
        raise XenAbiError(f"syntax error: {msg or message}", file=file or None, line=line) from None
    except AssertionError:
        # pycparser 3 asserts instead of raising when a '}' closes no scope (its only assertion a unit reaches).
        where, at = _location(text, _lexer_offset(parser))
        raise XenAbiError("syntax error: unmatched '}'", file=where, line=at) from None
    except RecursionError:
        # pycparser descends once per nested declarator, record or parenthesis; real headers nest < 10 deep.
        where, at = _location(text, _lexer_offset(parser))
        raise XenAbiError("declarations or expressions nested too deeply", file=where, line=at) from None


def _lexer_offset(parser: c_parser.CParser) -> int:
    """How far pycparser's lexer had read (pycparser 3 keeps it in ``clex._pos``)."""
    return int(getattr(getattr(parser, "clex", None), "_pos", 0) or 0)


# -- the declaration cache ------------------------------------------------------------------------
#
# The units of one release share most of their declarations (six arches, two visibilities, the
# legacy view, the re-runs without a failing header), and consecutive releases share most of theirs:
# each distinct top-level declaration is parsed once per process.  What pycparser's reading of a
# declaration depends on besides its text is which of its identifiers name a typedef (or an object,
# which hides one) at that point: that is part of the key.  The text is preceded by its line marker
# and indentation, so every coordinate of the AST is the one a whole-unit parse gives.  Nodes are
# shared between the units that contain the declaration; nothing downstream changes a node.

_MAX_DECLARATIONS = 60_000  # cached declarations per process (least recently used dropped beyond)
# (file, line, column, text, {name in scope: is a typedef name}) of a run of declarations.
_DeclarationKey = tuple[str, int, int, str, frozenset[tuple[str, bool]]]
# A declaration's nodes, and what it adds to the file scope: name -> is a typedef name.
_DECLARATIONS: OrderedDict[_DeclarationKey, tuple[tuple[c_ast.Node, ...], dict[str, bool]]] = OrderedDict()
_WORDS: dict[str, frozenset[str]] = {}  # a declaration's text -> its identifiers
# What separates top-level declarations: ';' and '}' at brace depth 0 (literals skipped whole).  A ';'
# inside parentheses (for (;;)) is inside a function's body, so parentheses need no counting.
_TOP_LEVEL = re.compile(r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|[{};]""")
_IDENTIFIER = re.compile(r"[A-Za-z_]\w*")
_MARKER = re.compile(r'^# (\d+) "((?:[^"\\]|\\.)*)"', re.M)


def declaration_spans(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of top-level declarations: it ends at a ';' or a function's body at depth 0.

    A split is only ever made where one external declaration ends; a body
    mistaken for a function's (a compound literal) splits a declaration and
    fails to parse, which sends the unit to the whole-unit parser.
    """
    depth = 0
    start = 0
    function = False
    for m in _TOP_LEVEL.finditer(text):
        c = m.group()
        if c == "{":
            if depth == 0:
                i = m.start() - 1
                while i >= 0 and text[i] in " \t\n":
                    i -= 1
                function = i >= 0 and text[i] == ")"
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0 and function:
                function = False
                yield start, m.end()
                start = m.end()
        elif c == ";" and depth == 0:
            yield start, m.end()
            start = m.end()
    if text[start:].strip():
        yield start, len(text)


def _parse_by_declaration(text: str) -> list[c_ast.Node]:
    """The unit's external declarations, each distinct one parsed once per process."""
    markers = [(m.start(), m.end(), int(m.group(1)), m.group(2)) for m in _MARKER.finditer(text)]
    scope: dict[str, bool] = {}  # the file scope: name -> is a typedef name
    ext: list[c_ast.Node] = []
    seen: set[_DeclarationKey] = set()
    k = -1  # the last marker before the declaration
    file, line, counted = "<unit>", 1, 0  # ``line`` is the line at offset ``counted``
    for start, end in declaration_spans(text):
        while k + 1 < len(markers) and markers[k + 1][0] < start:  # one at its start is in it
            k += 1
            _, counted, first, file = markers[k]
            line = first - 1  # the marker's own line ends at ``counted``
        line += text.count("\n", counted, start)
        counted = start
        chunk = text[start:end]
        words = _WORDS.get(chunk)
        if words is None:
            if len(_WORDS) >= _MAX_DECLARATIONS:
                _WORDS.clear()
            words = _WORDS[chunk] = frozenset(_IDENTIFIER.findall(chunk))
        names = scope.keys() & words
        key = (file, line, start - (text.rfind("\n", 0, start) + 1), chunk, frozenset((w, scope[w]) for w in names))
        cached = _DECLARATIONS.get(key) if key not in seen else None
        if cached is None:
            located = f'# {line} "{file}"\n{" " * key[2]}{chunk}'
            cached = _parse_declaration(located, {w: scope[w] for w in sorted(names)})
            if key not in seen:
                _DECLARATIONS[key] = cached
                if len(_DECLARATIONS) > _MAX_DECLARATIONS:
                    _DECLARATIONS.popitem(last=False)
        else:
            _DECLARATIONS.move_to_end(key)
        seen.add(key)
        nodes, added = cached
        ext.extend(nodes)
        scope.update(added)
    return ext


def _parse_declaration(located: str, scope: dict[str, bool]) -> tuple[tuple[c_ast.Node, ...], dict[str, bool]]:
    """Parse declarations with ``scope``'s names declared before them (on a line of their own)."""
    prelude = " ".join(f"typedef int {name};" if is_type else f"int {name};" for name, is_type in scope.items())
    parser = c_parser.CParser()
    ast = parser.parse(f"{prelude}\n{located}", "<unit>")
    final: dict[str, bool] = parser._scope_stack[0]
    added = {name: is_type for name, is_type in final.items() if scope.get(name) is not is_type}
    return tuple(ast.ext[len(scope) :]), added
