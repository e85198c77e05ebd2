"""Xen errno names for a failing hypercall, from the committed catalogue (``enum xen_errno``, errno.h).

The host names the errno itself, from the release that was booted, rather
than trusting the program in dom0 to have named it right.
"""

from __future__ import annotations

from functools import cache

from xen_abi.store.catalogue import Catalogue

GUEST_CONFIG = "x86_64/guest"


@cache
def errno_names(release: str) -> dict[int, str]:
    """{value: name} for ``release`` ("4.17.0"); the first name of a value wins (EAGAIN, not EWOULDBLOCK)."""
    entry = Catalogue.load().release(release).configs[GUEST_CONFIG].types.get("enum xen_errno")
    names: dict[int, str] = {}
    for name, value in entry.layout.enumerators if entry else ():
        names.setdefault(value, name.removeprefix("XEN_"))
    return names


def errno_name(value: int, release: str) -> str:
    """``-13`` or ``13`` -> ``EACCES``; a value Xen does not define -> ``errno 4242``."""
    return errno_names(release).get(abs(value), f"errno {abs(value)}")
