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


def series(release: str) -> str:
    """The release series a release belongs to: 4.17.7 -> 4.17, 4.23-unstable -> 4.23."""
    m = re.match(r"(\d+)\.(\d+)", release)
    return f"{m.group(1)}.{m.group(2)}" if m else release


def is_point_release(release: str) -> bool:
    """A maintenance release of a series (4.17.7), not its x.y.0 or a development tree."""
    m = re.fullmatch(r"\d+\.\d+\.(\d+)", release)
    return bool(m) and int(m.group(1)) > 0  # type: ignore[union-attr]
