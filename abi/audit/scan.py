"""Read a program's sources (C and C headers, Rust, Python) into the names they mention.

No parsing of the program as a whole: each file is tokenised for its
language (comments dropped; strings kept only where a language names Xen
types in them, as Python bindings do: ``ffi.new("struct xen_dm_op *")``),
and every identifier is recorded with its line, whether it is called, and
whether a ``struct``/``union``/``enum`` keyword precedes it.  What the names
mean is decided afterwards, against the catalogue and the library table.
"""

from __future__ import annotations

import io
import re
import tokenize
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from xen_abi.common.errors import XenAbiError

LANGUAGES = {".c": "C", ".h": "C", ".rs": "Rust", ".py": "Python"}
SKIP_DIRS = {".git", ".venv", "venv", "target", "__pycache__", "node_modules", "build"}
IDENT = re.compile(r"\b(?:(struct|union|enum)\s+)?([A-Za-z_]\w*)\b(\s*\()?")
DEVICE = re.compile(r"/dev/xen/[a-z_]+")


@dataclass(frozen=True)
class Mention:
    """One identifier at one place in the program."""

    name: str  # "struct xen_dm_op" when a record keyword precedes it
    file: str
    line: int
    language: str
    called: bool = False


@dataclass(frozen=True)
class Definition:
    """A function or record the program defines itself."""

    name: str
    file: str
    line: int
    kind: str  # function, struct, union
    language: str
    body: str = ""  # a record's declaration text (C) or its fields (Rust)
    attributes: str = ""  # Rust: the #[repr(...)] it carries


@dataclass
class Scan:
    files: list[tuple[str, str]] = field(default_factory=list)  # (path, language)
    mentions: list[Mention] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    devices: list[Mention] = field(default_factory=list)  # /dev/xen/* paths named in strings
    # Python names composed at run time: f"XEN_DMOP_{op}" gives the prefix, "create_ioreq_server" the rest.
    prefixes: dict[str, set[str]] = field(default_factory=dict)  # file -> f-string prefixes
    fragments: list[Mention] = field(default_factory=list)  # identifier-like string literals
    imports: dict[str, set[str]] = field(default_factory=dict)  # file -> modules it imports (Python)
    code: dict[str, str] = field(default_factory=dict)  # C and Rust: the text, comments and strings blanked

    def defined_functions(self) -> set[str]:
        return {d.name for d in self.definitions if d.kind == "function"}


def source_files(paths: Iterable[Path]) -> Iterator[tuple[Path, str]]:
    for root in paths:
        if not root.exists():
            raise XenAbiError("no such file or directory", file=str(root))
        if root.is_file():
            lang = LANGUAGES.get(root.suffix)
            if lang is None:
                raise XenAbiError(f"not a C, Rust or Python source ({', '.join(sorted(LANGUAGES))})", file=str(root))
            yield root, lang
            continue
        for path in sorted(root.rglob("*")):
            if path.is_file() and path.suffix in LANGUAGES and not SKIP_DIRS & set(path.relative_to(root).parts):
                yield path, LANGUAGES[path.suffix]


def scan(paths: Iterable[Path], *, relative_to: Path | None = None) -> Scan:
    out = Scan()
    for path, lang in source_files(paths):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError as exc:
            raise XenAbiError(f"cannot read: {exc.strerror or exc}", file=str(path)) from None
        name = _display(path, relative_to)
        out.files.append((name, lang))
        if lang == "Python":
            _scan_python(text, name, out)
        else:
            _scan_c_like(text, name, lang, out)
    return out


def _display(path: Path, base: Path | None) -> str:
    if base is not None:
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


# -- C and Rust --------------------------------------------------------------------------------------

_C_LEXEMES = re.compile(
    r"""(?P<comment>/\*.*?\*/|//[^\n]*)|(?P<string>"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])')""",
    re.S,
)
_RUST_LEXEMES = re.compile(
    r"""(?P<comment>/\*.*?\*/|//[^\n]*)|(?P<string>b?"(?:\\.|[^"\\])*")""",
    re.S,
)


def _blank(text: str, lang: str, file: str, out: Scan) -> str:
    """The text with comments and strings blanked (newlines kept, so lines still count)."""

    def repl(m: re.Match[str]) -> str:
        if m.group("string"):
            for d in DEVICE.finditer(m.group("string")):
                line = text.count("\n", 0, m.start()) + 1
                out.devices.append(Mention(d.group(0), file, line, lang))
        return re.sub(r"[^\n]", " ", m.group(0))

    return (_RUST_LEXEMES if lang == "Rust" else _C_LEXEMES).sub(repl, text)


_C_FUNCTION = re.compile(r"^(?:[A-Za-z_][\w \t\*]*?[\s\*])?([A-Za-z_]\w*)\s*\([^;{]*\)\s*\{", re.M)
_C_RECORD = re.compile(r"\b(struct|union)\s+([A-Za-z_]\w*)\s*\{", re.M)
_RUST_FUNCTION = re.compile(r"\bfn\s+([A-Za-z_]\w*)\s*[<(][^;{]*\{", re.S)
_RUST_RECORD = re.compile(r"((?:#\[[^\]]*\]\s*)*)(?:pub(?:\([^)]*\))?\s+)?(struct|union)\s+([A-Za-z_]\w*)\s*\{", re.S)


def _scan_c_like(text: str, file: str, lang: str, out: Scan) -> None:
    code = _blank(text, lang, file, out)
    out.code[file] = code
    starts = [0] + [m.end() for m in re.finditer(r"\n", code)]

    def line_of(pos: int) -> int:
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo + 1

    for m in IDENT.finditer(code):
        keyword, ident, paren = m.groups()
        name = f"{keyword} {ident}" if keyword and lang == "C" else ident
        out.mentions.append(Mention(name, file, line_of(m.start(2)), lang, bool(paren)))
    if lang == "C":
        for m in _C_FUNCTION.finditer(code):
            out.definitions.append(Definition(m.group(1), file, line_of(m.start(1)), "function", lang))
        for m in _C_RECORD.finditer(code):
            body = _braced(code, m.end() - 1)
            out.definitions.append(
                Definition(f"{m.group(1)} {m.group(2)}", file, line_of(m.start()), m.group(1), lang, body)
            )
    else:
        for m in _RUST_FUNCTION.finditer(code):
            out.definitions.append(Definition(m.group(1), file, line_of(m.start(1)), "function", lang))
        for m in _RUST_RECORD.finditer(code):
            body = _braced(code, m.end() - 1)
            out.definitions.append(
                Definition(m.group(3), file, line_of(m.start(2)), m.group(2), lang, body, " ".join(m.group(1).split()))
            )


def _braced(code: str, open_at: int) -> str:
    """The text between the brace at ``open_at`` and its match."""
    depth = 0
    for i in range(open_at, len(code)):
        if code[i] == "{":
            depth += 1
        elif code[i] == "}":
            depth -= 1
            if depth == 0:
                return code[open_at + 1 : i]
    return code[open_at + 1 :]


# -- Python ------------------------------------------------------------------------------------------

_FSTRING_START = getattr(tokenize, "FSTRING_START", -1)
_FSTRING_PREFIX = re.compile(r"""(?i:[rb]?f[rb]?)["']{1,3}([A-Z][A-Z0-9_]*_)\{""")
_LITERAL = re.compile(r"""["']([a-z][a-z0-9_]*)["']""")
_IMPORT = re.compile(r"^\s*(?:from\s+([\w.]+)\s+import\s+([\w, ()]+)|import\s+([\w.]+))", re.M)
_STATEMENT_START = (tokenize.NEWLINE, tokenize.NL, tokenize.INDENT, tokenize.DEDENT, tokenize.ENCODING)
_NAME_STRING_MAX = 80
_STRING_TYPE = re.compile(r"\b(?:(struct|union|enum)\s+)?([A-Za-z_]\w*)")


def _scan_python(text: str, file: str, out: Scan) -> None:
    modules = out.imports.setdefault(file, set())
    for m in _IMPORT.finditer(text):
        base, names, plain = m.groups()
        if plain:
            modules.add(plain)
        else:
            modules.add(base)
            modules.update(f"{base.rstrip('.')}.{n}" if base != "." else f".{n}" for n in re.findall(r"\w+", names))
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError, IndentationError) as exc:
        raise XenAbiError(f"cannot tokenise: {exc}", file=file) from None
    for i, tok in enumerate(tokens):
        line = tok.start[0]
        if tok.type == tokenize.NAME:
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            called = nxt is not None and nxt.type == tokenize.OP and nxt.string == "("
            out.mentions.append(Mention(tok.string, file, line, "Python", called))
            prev = tokens[i - 1] if i else None
            if prev is not None and prev.string == "def":
                out.definitions.append(Definition(tok.string, file, line, "function", "Python"))
        elif tok.type == tokenize.STRING or tok.type == _FSTRING_START:
            text = tok.string
            if tok.type == _FSTRING_START and i + 1 < len(tokens):
                text += tokens[i + 1].string  # 3.12 splits f"XEN_DMOP_{op}" into start, middle, ...
            prefix = _FSTRING_PREFIX.match(text)
            if prefix:
                out.prefixes.setdefault(file, set()).add(prefix.group(1))
            literal = _LITERAL.fullmatch(text)
            if literal:
                out.fragments.append(Mention(literal.group(1), file, line, "Python"))
            for d in DEVICE.finditer(tok.string):
                out.devices.append(Mention(d.group(0), file, line, "Python"))
            prev_type = tokens[i - 1].type if i else tokenize.NEWLINE
            if prev_type in _STATEMENT_START or len(tok.string) > _NAME_STRING_MAX:
                continue  # a docstring or prose, not a name handed to the bindings
            # Bindings name Xen's types in strings: "struct evtchn_status", "xen_dm_op_buf_t *".
            for m in _STRING_TYPE.finditer(tok.string):
                keyword, ident = m.groups()
                if ident.endswith("_"):
                    continue  # the fixed part of f"XEN_DMOP_{op}": composed with the fragments
                out.mentions.append(Mention(f"{keyword} {ident}" if keyword else ident, file, line, "Python"))
