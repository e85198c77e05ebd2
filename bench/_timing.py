"""What every benchmark here shares: the best wall-clock time of a few runs."""

from __future__ import annotations

import time
from collections.abc import Callable


def best(repeat: int, fn: Callable[[], object]) -> float:
    """The fastest of ``repeat`` runs of ``fn``, in seconds (the least disturbed by other load)."""
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)
