"""Release names: they become file names in a catalogue and strings in generated code.

A release name is checked where it enters (``--name``, a catalogue's index), so
no later stage sees ``../x``, ``a/b``, a newline or a 100,000-digit number.
"""

from __future__ import annotations

import re

from xen_abi.common.errors import CatalogueError, UsageError
from xen_abi.common.escape import one_line

MAX_RELEASE_NAME = 64
# "4.22.0", "4.23-unstable", "4.22.0-rc1", "my-xen_1": starts with a letter or digit, no "/", no "..".
_RELEASE_NAME = re.compile(r"[0-9A-Za-z][0-9A-Za-z._+-]*")


def release_name_problem(name: object) -> str | None:
    """Why ``name`` cannot name a release, or None when it can."""
    if not isinstance(name, str) or not name:
        return "a release name must be a non-empty string"
    if len(name) > MAX_RELEASE_NAME:
        return f"a release name has at most {MAX_RELEASE_NAME} characters"
    if not _RELEASE_NAME.fullmatch(name) or ".." in name:
        return "a release name is letters, digits and . _ + - (starting with a letter or digit, no '..')"
    if sum(c.isdigit() for c in name) > 24:
        return "a release name has at most 24 digits"
    return None


def check_release_name(name: str) -> str:
    """``name`` if it may name a release, else a usage error (exit 2)."""
    problem = release_name_problem(name)
    if problem:
        raise UsageError(f"invalid release name {one_line(name)[:80]!r}: {problem}")
    return name


def catalogue_release_name(name: object, file: str) -> str:
    """A release name read from a catalogue: a corrupt catalogue (exit 4) if invalid."""
    problem = release_name_problem(name)
    if problem:
        raise CatalogueError(f"corrupt catalogue: release {one_line(name)[:80]!r}: {problem}", file=file)
    assert isinstance(name, str)
    return name
