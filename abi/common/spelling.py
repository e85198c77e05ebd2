"""Reading back the C spellings the layout engine gives field types.

A field's type is spelled as C (``uint8_t[3]``, ``struct foo``, ``char *``);
a member whose type is an unnamed record is spelled with its members
(``union { uint64_t rax; uint32_t eax; }``). The layout stage writes these
spellings; every later stage that looks inside one reads it through here.
"""

from __future__ import annotations

import re

_MEMBER = re.compile(r"^(.*?[\w}\]*])\s*\b([A-Za-z_]\w*)(:\d+)?$")


def split_array(spelling: str) -> tuple[str, str]:
    """``uint8_t[3]`` -> (``uint8_t``, ``[3]``); an unnamed record's body is not searched."""
    body_end = spelling.rfind("}") + 1
    bracket = spelling.find("[", body_end)
    return (spelling, "") if bracket < 0 else (spelling[:bracket].rstrip(), spelling[bracket:])


def is_anonymous_record(spelling: str) -> bool:
    return spelling.startswith(("struct {", "union {"))


def record_members(spelling: str) -> list[tuple[str, str]]:
    """``union { T a; struct { .. } b; uint8_t[4] pad; char * p; }`` -> [(name, type)].

    A bit-field keeps its width on the type (``uint8_t:4``); a member with no
    name of its own (an anonymous record inside) is named ``#i``.
    """
    base, _ = split_array(spelling)
    inner = base[base.find("{") + 1 : base.rfind("}")]
    members: list[tuple[str, str]] = []
    depth = 0
    start = 0
    for i, c in enumerate(inner):
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == ";" and depth == 0:
            decl = inner[start:i].strip()
            start = i + 1
            m = _MEMBER.match(decl)
            if m and not decl.endswith("}"):
                members.append((m.group(2), m.group(1).strip() + (m.group(3) or "")))
            else:
                members.append((f"#{len(members)}", decl))
    return members
