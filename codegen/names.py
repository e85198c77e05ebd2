"""Names the generators emit: what a Python package, a C header or a Rust crate may be called."""

from __future__ import annotations

import keyword
import re
from pathlib import Path

from xen_abi.common.errors import UsageError

_C_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# Rust keywords (strict and reserved, 2021 edition); r#name escapes all but _RUST_UNRAWABLE.
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
RUST_UNRAWABLE = frozenset({"self", "Self", "super", "crate", "_"})


def python_package_name(directory: Path) -> str:
    name = directory.name
    if not name.isidentifier() or keyword.iskeyword(name):
        raise UsageError(
            f"{directory}: the package directory's name {name!r} is not a valid Python identifier "
            "(it is what programs import; e.g. -o generated/xen_abi_bindings)"
        )
    return name


def rust_crate_name(name: str) -> str:
    if not _C_IDENT.fullmatch(name) or name in RUST_KEYWORDS:
        raise UsageError(f"--name {name!r} is not a valid Rust identifier (letters, digits, _; not a keyword)")
    return name


def c_header_name(name: str) -> str:
    if not _C_IDENT.fullmatch(name):
        raise UsageError(
            f"--name {name!r} is not a valid C identifier (letters, digits and _, not starting with a digit)"
        )
    return name
