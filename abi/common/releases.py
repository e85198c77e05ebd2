"""Release names and their order."""

from __future__ import annotations

import re


def version_key(release: str) -> tuple[int, ...]:
    """Order releases: 4.9.0 < 4.10.0 < 4.22.0 < 4.23-unstable < 4.23.0."""
    numbers = [int(n) for n in re.findall(r"\d+", release)]
    while len(numbers) < 3:
        numbers.append(0)
    if "unstable" in release or "rc" in release:
        numbers[2] = -1
    return tuple(numbers)
