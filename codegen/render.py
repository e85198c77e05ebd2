"""The jinja2 environment every renderer shares, and C declarations of lowered types."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from xen_abi.codegen.lower import Lowered, Record
from xen_abi.common import escape

TEMPLATES = Path(__file__).with_name("templates")


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # each target's escaping is explicit: abi.common.escape, as filters
    )
    env.filters.update(
        c_comment=escape.c_comment,
        c_string=escape.c_string,
        py_string=escape.py_string,
        rust_doc=escape.rust_doc,
        toml_string=escape.toml_string,
    )
    return env


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


def c_declaration(decl: Lowered, *, attrs: str = "") -> str:
    """The C declaration of one lowered type (a struct/union definition or a typedef)."""
    macros: Any = environment().get_template("c/decl.j2").module  # the template's macros, as attributes
    text = macros.decl(decl, attrs) if isinstance(decl, Record) else macros.decl(decl)
    return str(text).rstrip("\n") + "\n"
