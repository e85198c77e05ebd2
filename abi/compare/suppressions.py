"""Suppressions: known, accepted ABI changes a drift check should not fail on.

A TOML file of ``[[suppress]]`` entries, each naming what it silences and
why::

    [[suppress]]
    name = "struct xen_get_cpufreq_para"   # item name or glob; a type covers its fields
    kind = ["field-renamed", "field-added"] # optional: change kinds (globs)
    arch = ["x86_64"]                       # optional: architectures
    visibility = "tools"                    # optional: guest or tools
    reason = "4.18 wrapped the scaling fields in a union; no byte moved"

``reason`` is required; ``name`` or ``kind`` must be given.  Suppressions
apply to atomic changes (one arch, one view), before they are merged, so an
arch-restricted entry silences exactly that arch.  Entries that silence
nothing are reported: a stale suppression hides the next real change.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from pathlib import Path

from xen_abi.common.compat import tomllib
from xen_abi.common.errors import XenAbiError
from xen_abi.compare.policy import ALL_KINDS
from xen_abi.ir.archs import ARCH_NAMES
from xen_abi.ir.changes import Change

KEYS = ("name", "kind", "arch", "visibility", "reason")
VISIBILITIES = ("guest", "tools")


@dataclass(frozen=True)
class Suppression:
    name: str | None  # item name or glob
    kinds: tuple[str, ...]  # globs over change kinds; empty: any
    archs: tuple[str, ...]  # empty: any
    visibilities: tuple[str, ...]  # empty: any
    reason: str
    file: str
    line: int

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"

    def matches(self, change: Change) -> bool:
        """Whether this entry silences an atomic change."""
        if self.name is not None and not _name_matches(self.name, change.item):
            return False
        if self.kinds and not any(fnmatchcase(change.kind.value, k) for k in self.kinds):
            return False
        if self.archs and not set(change.archs) <= set(self.archs):
            return False
        return not self.visibilities or set(change.visibilities) <= set(self.visibilities)


def _name_matches(pattern: str, item: str) -> bool:
    # A type's name covers its members: "struct xen_domctl" silences "struct xen_domctl.u.foo".
    return fnmatchcase(item, pattern) or item.startswith(pattern + ".")


@dataclass
class Applied:
    """What a set of suppressions did to a list of changes."""

    kept: list[Change]
    suppressed: list[tuple[Change, Suppression]]
    unused: list[Suppression]


def apply(changes: Iterable[Change], suppressions: list[Suppression]) -> Applied:
    """Split changes into kept and suppressed (by the first matching entry)."""
    kept: list[Change] = []
    suppressed: list[tuple[Change, Suppression]] = []
    used: set[int] = set()
    for change in changes:
        for i, s in enumerate(suppressions):
            if s.matches(change):
                suppressed.append((change, s))
                used.add(i)
                break
        else:
            kept.append(change)
    unused = [s for i, s in enumerate(suppressions) if i not in used]
    return Applied(kept, suppressed, unused)


# -- reading --------------------------------------------------------------------------------------

_ENTRY = re.compile(r"^\s*\[\[\s*suppress\s*\]\]")
_MAX_BYTES = 16 << 20
_TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")


def load(path: str | Path) -> list[Suppression]:
    """Read a suppression file; any problem is one XenAbiError naming the file and line."""
    path = Path(path)
    label = str(path)
    try:
        if path.stat().st_size > _MAX_BYTES:
            raise XenAbiError(f"suppression file is over {_MAX_BYTES >> 20} MiB", file=label)
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise XenAbiError("suppression file does not exist", file=label) from None
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise XenAbiError(f"cannot read suppression file: {reason}", file=label) from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        m = _TOML_POSITION.search(str(exc))
        message = _TOML_POSITION.sub("", str(exc)).strip()
        raise XenAbiError(f"not valid TOML: {message}", file=label, line=int(m.group(1)) if m else None) from None
    except (RecursionError, ValueError):
        raise XenAbiError("not a suppression file: arrays or tables nested too deeply", file=label) from None
    return parse(data, label, _entry_lines(text))


def _entry_lines(text: str) -> list[int]:
    return [i for i, line in enumerate(text.splitlines(), start=1) if _ENTRY.match(line)]


def parse(data: dict, label: str, lines: list[int] | None = None) -> list[Suppression]:
    """Check and convert a decoded suppression document."""
    unknown = sorted(set(data) - {"suppress"})
    if unknown:
        raise XenAbiError(f"unknown top-level key {unknown[0]!r}; entries are [[suppress]] tables", file=label)
    entries = data.get("suppress", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise XenAbiError("'suppress' must be an array of tables ([[suppress]])", file=label)
    lines = lines or []
    out: list[Suppression] = []
    for i, entry in enumerate(entries):
        line = lines[i] if i < len(lines) else None

        def fail(message: str, line: int | None = line, number: int = i + 1) -> XenAbiError:
            return XenAbiError(f"suppression #{number}: {message}", file=label, line=line)

        for key in entry:
            if key not in KEYS:
                close = difflib.get_close_matches(key, KEYS, n=1)
                hint = f"; did you mean {close[0]!r}?" if close else f"; valid keys: {', '.join(KEYS)}"
                raise fail(f"unknown key {key!r}{hint}")
        reason = entry.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            raise fail("needs a 'reason' (why this change is accepted)")
        name = entry.get("name")
        if name is not None and (not isinstance(name, str) or not name.strip()):
            raise fail("'name' must be a non-empty string (an item name or glob)")
        kinds = _strings(entry, "kind", fail)
        if name is None and not kinds:
            raise fail("give a 'name' or a 'kind' to say what it silences")
        for k in kinds:
            if not any(fnmatchcase(kind, k) for kind in ALL_KINDS):
                close = difflib.get_close_matches(k, ALL_KINDS, n=3)
                hint = f"; did you mean {', '.join(close)}?" if close else f"; valid kinds: {', '.join(ALL_KINDS)}"
                raise fail(f"unknown change kind {k!r}{hint}")
        archs = _strings(entry, "arch", fail)
        for a in archs:
            if a not in ARCH_NAMES:
                raise fail(f"unknown architecture {a!r}; valid: {', '.join(ARCH_NAMES)}")
        visibilities = _strings(entry, "visibility", fail)
        for v in visibilities:
            if v not in VISIBILITIES:
                raise fail(f"unknown visibility {v!r}; valid: {', '.join(VISIBILITIES)}")
        out.append(Suppression(name, kinds, archs, visibilities, reason.strip(), label, line or 0))
    return out


def _strings(entry: dict, key: str, fail: Callable[[str], XenAbiError]) -> tuple[str, ...]:
    value = entry.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise fail(f"'{key}' must be a string or a list of strings")
    return tuple(value)
