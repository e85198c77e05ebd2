"""Exceptions of the bindings: every failure is one of these, with a message that says what to do."""

from __future__ import annotations

import errno as _errno


class BindingsError(Exception):
    """Base of every error these bindings raise on purpose."""


class ArchError(BindingsError, ValueError):
    """An architecture the bindings do not hold (or this machine is none of them)."""


class ReleaseError(BindingsError, ValueError):
    """A release name that is unknown or outside the generated range."""


class ReleaseWarning(UserWarning):
    """A release the bindings do not hold is served by the nearest one they hold (``Bindings.release_note``)."""


class NameNotFound(BindingsError, AttributeError, KeyError):
    """A type or constant these bindings do not hold for the chosen release and view."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class MacroError(BindingsError, ValueError):
    """A function-like macro called with the wrong arguments, or whose C result is undefined for them."""


class XenUnavailable(BindingsError, OSError):
    """No usable Xen interface here (no /dev/xen/privcmd, not running on Xen, ...)."""


class IoreqError(BindingsError, RuntimeError):
    """An IOREQ server used out of the order Xen needs (binding before enabling, ...), or a broken ring."""


class XenError(BindingsError, OSError):
    """A hypercall or privcmd/evtchn ioctl failed.

    ``errno`` is the (positive) error number; ``xen_name`` is Xen's name for it
    (``XEN_EOPNOTSUPP``) when Xen's ``errno.h`` defines it, else None;
    ``name`` is the C library's name (``EOPNOTSUPP``).  Linux passes a
    hypercall's negative return value through ``errno`` unchanged, and Xen's
    error numbers are Linux's, so both names describe the same number.
    """

    def __init__(self, number: int, what: str, xen_name: str | None = None) -> None:
        self.name = _errno.errorcode.get(number, f"E{number}")
        self.xen_name = xen_name
        self.what = what
        label = xen_name or self.name
        super().__init__(number, f"{what}: {label} ({self.name}, errno {number})")

    def __str__(self) -> str:
        return str(self.strerror)
