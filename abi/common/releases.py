"""Release names and their order."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping


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


# -- the release graph -----------------------------------------------------------------------------------
#
# Releases form a tree, not a line: the mainline (every x.y.0, then the development tree) is one chain, and each
# series' point releases chain from their x.y.0 (4.17.0 -> 4.17.1 -> ... -> 4.17.7).  4.17.7 -> 4.18.0 is no step:
# 4.18.0 was tagged before 4.17.3 and lacks its backports.  The history folds the changes of every parent -> child
# edge; any two releases can still be compared directly (``xen-abi diff``).


def is_mainline(release: str) -> bool:
    """An x.y.0 release or a development tree (4.23-unstable): a node of the mainline chain."""
    return not is_point_release(release)


def parents(releases: Iterable[str]) -> dict[str, str | None]:
    """release -> its parent in the release graph (None: a root), for the releases given.

    A point release's parent is the newest older release of its series there
    (4.17.7 -> 4.17.6, 4.17.1 -> 4.17.0, 4.6.3 -> 4.6.1 where 4.6.2 is absent),
    else the newest older mainline release; a mainline release's is the newest
    older mainline release (4.18.0 -> 4.17.0, 4.23-unstable -> 4.22.0).
    """
    out: dict[str, str | None] = {}
    mainline: str | None = None
    newest_of: dict[str, str] = {}
    for r in sorted(set(releases), key=version_key):
        if is_mainline(r):
            out[r] = mainline
            mainline = r
        else:
            out[r] = newest_of.get(series(r), mainline)
        newest_of[series(r)] = r
    return out


def parent_of(release: str, releases: Iterable[str]) -> str | None:
    """``release``'s parent among ``releases`` (``parents``); None for a root."""
    return parents({*releases, release})[release]


def edges(releases: Iterable[str]) -> list[tuple[str, str]]:
    """Every (parent, child) step of the release graph, ordered by the child's version."""
    return [(p, c) for c, p in parents(releases).items() if p is not None]


def releases_of_series(name: str, releases: Iterable[str]) -> list[str]:
    """The releases of one series (``"4.17"``), oldest first: its x.y.0 and its point releases."""
    return sorted((r for r in releases if series(r) == name), key=version_key)


def ancestors(release: str, parent: Mapping[str, str | None]) -> Iterator[str]:
    """``release``'s ancestors, nearest first, following a ``parents`` map."""
    r = parent.get(release)
    while r is not None:
        yield r
        r = parent.get(r)


def summarize(releases: list[str]) -> str:
    """Releases in version order, each series as one range: "4.0.0..4.0.4, 4.1.0..4.1.6, 4.23-unstable"."""
    runs: dict[str, list[str]] = {}
    for release in sorted(releases, key=version_key):
        runs.setdefault(series(release) + ("-unstable" if "unstable" in release else ""), []).append(release)
    return ", ".join(run[0] if len(run) == 1 else f"{run[0]}..{run[-1]}" for run in runs.values())
