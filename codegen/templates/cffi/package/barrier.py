"""A full memory barrier (``smp_mb``) callable from Python, for shared-page protocols.

The ioreq protocol orders a request's fields against its ``state`` with
barriers on both sides; pure Python has none.  Without a compiler, the
barrier comes from, in order:

1. ``atomic_thread_fence(memory_order_seq_cst)`` exported by GCC's
   ``libatomic.so.1`` (Debian package libatomic1): a real fence on every
   architecture;
2. on x86 only, locking and unlocking a private ``pthread_mutex_t``: its
   ``lock cmpxchg`` is a full barrier there (x86 orders everything else).

Elsewhere without libatomic it raises ``XenUnavailable`` rather than run an
Arm backend without barriers.  ``fetch_add_u32`` (for the ``BUFIOREQ_ATOMIC`` ring's
read pointer) needs libatomic everywhere.  Each call also crosses into C, so the
compiler cannot reorder Python's own loads and stores around it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

import cffi

from ._runtime import host_arch
from .errors import XenUnavailable

_SEQ_CST = 5  # memory_order_seq_cst in C11's <stdatomic.h>
_FFI = cffi.FFI()
# cffi closes a dlopen()ed library when its lib object is collected, which leaves the
# function pointers taken from it dangling: every library opened here is kept for good.
_OPEN_LIBRARIES: list[Any] = []


@cache
def _implementation() -> tuple[str, Callable[[], None]]:
    ffi = cffi.FFI()
    ffi.cdef("void atomic_thread_fence(int order);")
    try:
        lib = ffi.dlopen("libatomic.so.1")
        _OPEN_LIBRARIES.append((ffi, lib))
        fence = lib.atomic_thread_fence
    except (OSError, AttributeError):
        fence = None
    if fence is not None:
        return "libatomic atomic_thread_fence(seq_cst)", lambda: fence(_SEQ_CST)
    if host_arch() in ("x86_64", "x86_32"):
        ffi = cffi.FFI()
        ffi.cdef(
            """
            int pthread_mutex_lock(void *mutex);
            int pthread_mutex_unlock(void *mutex);
            """
        )
        libc = ffi.dlopen(None)
        _OPEN_LIBRARIES.append((ffi, libc))
        mutex = ffi.new("char[]", 64)  # zeroed: PTHREAD_MUTEX_INITIALIZER on Linux, larger than any ABI's

        def locked_pair() -> None:
            libc.pthread_mutex_lock(mutex)
            libc.pthread_mutex_unlock(mutex)

        return "pthread mutex lock/unlock (x86 lock cmpxchg)", locked_pair
    raise XenUnavailable(f"no memory barrier available on {host_arch()}: install libatomic1 (libatomic.so.1)")


@cache
def _fetch_add() -> Callable[[Any, int], int] | None:
    ffi = cffi.FFI()
    ffi.cdef("uint32_t __atomic_fetch_add_4(void *pointer, uint32_t value, int order);")
    try:
        lib = ffi.dlopen("libatomic.so.1")
        _OPEN_LIBRARIES.append((ffi, lib))
        add = lib.__atomic_fetch_add_4
    except (OSError, AttributeError):
        return None
    return lambda address, value: int(add(ffi.cast("void *", address), value, _SEQ_CST))


def fetch_add_u32(base: Any, offset: int, value: int) -> int:
    """Atomically add ``value`` to the ``uint32_t`` at ``base + offset`` (cdata); the old value.

    For memory another agent updates with compare-and-swap (the ``BUFIOREQ_ATOMIC``
    ring's pointers): libatomic's ``__atomic_fetch_add_4``, or ``XenUnavailable``.
    """
    add = _fetch_add()
    if add is None:
        raise XenUnavailable("no atomic add available: install libatomic1 (libatomic.so.1), or use BUFIOREQ_LEGACY")
    return add(int(_FFI.cast("uintptr_t", base)) + offset, value)


def full_barrier() -> None:
    """Order every load and store before the call against every one after it."""
    _implementation()[1]()


def barrier_implementation() -> str:
    """Which mechanism ``full_barrier`` uses on this machine."""
    return _implementation()[0]
