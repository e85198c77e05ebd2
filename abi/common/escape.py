"""Escaping per target language: what comes from headers, catalogues or users lands as data.

Names, comments and paths are input.  Each function here takes arbitrary text
and returns text that is inert in one target context: it cannot end the
comment, string or element it is placed in, nor add a line to the file.
Identifiers are not escaped but checked (``ident``): a C identifier is the
only thing the generators accept where code names a type or member.
Every generator and template uses these, never its own quoting.
"""

from __future__ import annotations

import json
import re

from xen_abi.common.errors import CatalogueError

C_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u0085\u2028\u2029]")
# Characters XML 1.0 cannot carry at all, even escaped.
_XML_INVALID = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def one_line(text: object) -> str:
    """Text with every control character and line break shown as ``\\xNN``: never a new line."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", str(text))


# -- C ------------------------------------------------------------------------------------------


def c_comment(text: object) -> str:
    """Text for inside ``/* ... */``: cannot close (or open) the comment, nor start a line."""
    body = one_line(text)
    # "*/" ends the comment; "/*" inside one is a warning; a trailing "\" would splice lines.
    return body.replace("*/", "* /").replace("/*", "/ *").replace("??", "?\\?")


def c_string(text: object) -> str:
    """A C string literal (with its quotes) holding ``text``'s UTF-8 bytes exactly."""
    out = ['"']
    for byte in str(text).encode("utf-8", "surrogatepass"):
        ch = chr(byte)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "?":
            out.append("\\?")  # no trigraphs
        elif 0x20 <= byte < 0x7F:
            out.append(ch)
        else:
            out.append(f"\\{byte:03o}")
    out.append('"')
    return "".join(out)


def ident(name: object, what: str = "name") -> str:
    """``name`` if it is a C identifier (usable as-is in C, Python and Rust); else a catalogue error."""
    if not isinstance(name, str) or not C_IDENTIFIER.fullmatch(name) or len(name) > 255:
        raise CatalogueError(f"{what} {one_line(name)[:80]!r} is not a C identifier")
    return name


_C_SPELLING = re.compile(r"[A-Za-z0-9_ *\[\](){};:,]*")


def c_spelling(text: object, what: str = "type spelling") -> str:
    """A C type spelling from a catalogue (``uint8_t[16]``, ``union { int a; }``): checked, never escaped.

    Its alphabet has no ``/``, ``#``, quote, backslash or line break, so it cannot
    open a comment, a string or a directive wherever a generator puts it.
    """
    if not isinstance(text, str) or not _C_SPELLING.fullmatch(text) or len(text) > 100_000:
        raise CatalogueError(f"{what} {one_line(text)[:80]!r} is not a C type spelling")
    return text


# -- Python ---------------------------------------------------------------------------------------


def py_string(text: object) -> str:
    """A Python string literal (with its double quotes), on one line."""
    out = ['"']
    for ch in str(text):
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch.isprintable():
            out.append(ch)
        else:
            code = ord(ch)
            out.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}" if code < 0x10000 else f"\\U{code:08x}")
    out.append('"')
    return "".join(out)


# -- Rust -----------------------------------------------------------------------------------------


def rust_doc(text: object) -> str:
    """Text for one ``///`` doc line: no line break (Rust refuses a bare CR in doc comments)."""
    return one_line(text)


# Rust's keywords (strict and reserved, 2021 edition).
RUST_KEYWORDS = frozenset(
    [
        "as",
        "break",
        "const",
        "continue",
        "crate",
        "else",
        "enum",
        "extern",
        "false",
        "fn",
        "for",
        "if",
        "impl",
        "in",
        "let",
        "loop",
        "match",
        "mod",
        "move",
        "mut",
        "pub",
        "ref",
        "return",
        "self",
        "Self",
        "static",
        "struct",
        "super",
        "trait",
        "true",
        "type",
        "unsafe",
        "use",
        "where",
        "while",
        "async",
        "await",
        "dyn",
        "abstract",
        "become",
        "box",
        "do",
        "final",
        "macro",
        "override",
        "priv",
        "typeof",
        "unsized",
        "virtual",
        "yield",
        "try",
        "gen",
    ]
)
# rustc accepts none of these even as raw identifiers ("`self` cannot be a raw identifier").
RUST_UNRAWABLE = frozenset({"self", "Self", "super", "crate", "_"})


def rust_ident(name: str, what: str = "name") -> str:
    """A C identifier as a Rust one: ``type`` -> ``r#type``; ``self`` -> ``self_`` (rustc refuses ``r#self``)."""
    ident(name, what)
    if name in RUST_UNRAWABLE:
        return f"{name}_"
    return f"r#{name}" if name in RUST_KEYWORDS else name


# -- TOML -----------------------------------------------------------------------------------------


def toml_string(text: object) -> str:
    """A TOML basic string (with its quotes).  JSON's escapes are TOML's; TOML also forbids a raw DEL,
    and has no way at all to hold a lone surrogate (it becomes U+FFFD)."""
    body = _SURROGATE.sub("\ufffd", str(text))
    return json.dumps(body, ensure_ascii=False).replace("\x7f", "\\u007f")


_SURROGATE = re.compile("[\ud800-\udfff]")


# -- XML (HTML is jinja2's autoescape, on for every *.html.j2 template) ----------------------------------


def xml_chars(text: object) -> str:
    """Text XML 1.0 can carry: characters it forbids even escaped become U+FFFD.

    ElementTree escapes markup but writes control characters through, which
    makes the document unreadable; pass every attribute and text through here.
    """
    return _XML_INVALID.sub("\ufffd", str(text))


# -- Markdown -------------------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&])")


def md_text(text: object) -> str:
    """Text for a Markdown table cell or paragraph: one line, markup and HTML shown literally."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(one_line(text).split()))


def md_code(text: object | None) -> str:
    """A Markdown code span: one line, fenced by more backticks than it holds, ``|`` escaped for tables."""
    if text is None:
        return "—"
    body = " ".join(one_line(text).split()).replace("|", "\\|")
    longest = max((len(run) for run in re.findall(r"`+", body)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if longest or body.startswith(" ") else ""
    return f"{fence}{pad}{body}{pad}{fence}"


def md_code_block(text: str, language: str = "") -> list[str]:
    """Lines of a fenced Markdown code block holding ``text``: the fence is longer than any backtick run in it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return [f"{fence}{language}", *text.rstrip("\n").split("\n"), fence]
