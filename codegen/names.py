"""Names the generators emit: what a Python package, a C header or a Rust crate may be called."""

from __future__ import annotations

import keyword
import re
from pathlib import Path

from xen_abi.common.errors import UsageError
from xen_abi.common.escape import RUST_KEYWORDS

_C_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


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
