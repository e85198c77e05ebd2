"""Option parsing shared by the command groups: visibilities, progress, output."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from xen_abi.common.errors import UsageError
from xen_abi.ir.model import Visibility


def visibility(text: str) -> Visibility:
    try:
        return Visibility(text)
    except ValueError:
        raise UsageError(f"unknown visibility {text!r}; valid: guest, tools") from None


def progress(enabled: bool) -> Callable[[int, int], None] | None:
    if not enabled:
        return None
    started = time.monotonic()

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // total
        elapsed = time.monotonic() - started
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} configs {elapsed:5.1f}s")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def emit(text: str) -> None:
    sys.stdout.write(text)
