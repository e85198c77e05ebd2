"""The jinja2 environment every renderer shares, and C declarations of lowered types."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from xen_abi.codegen.lower import Lowered, Record

TEMPLATES = Path(__file__).with_name("templates")


@cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,
    )


def render(template: str, **context: object) -> str:
    return environment().get_template(template).render(**context)


def c_declaration(decl: Lowered, *, attrs: str = "") -> str:
    """The C declaration of one lowered type (a struct/union definition or a typedef)."""
    macros: Any = environment().get_template("c/decl.j2").module  # the template's macros, as attributes
    text = macros.decl(decl, attrs) if isinstance(decl, Record) else macros.decl(decl)
    return str(text).rstrip("\n") + "\n"
