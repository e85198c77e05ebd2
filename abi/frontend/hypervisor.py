"""What the hypervisor implements, per hypercall and guest type, from its own tables.

The public headers say which hypercall numbers exist; only the hypervisor
says which of them it dispatches, for which kind of guest.  Xen keeps that in
tables this module reads (an optional input of ingest, ``--hypervisor``):

- 4.17 and later: ``xen/include/hypercall-defs.c``, one row per hypercall
  against the callers ``pv32 pv64 hvm32 hvm64 arm`` (``-`` not implemented,
  ``dep`` deprecated, ``do``/``compat``/``hvm``/``do_arm`` a handler);
- before: ``arm_hypercall_table`` in ``xen/arch/arm/traps.c``
  (``HYPERCALL``, ``HYPERCALL_ARM``, ``HYPERCALL_DEPRECATED``), the
  ``pv_hypercall_table`` of ``xen/arch/x86/pv/hypercall.c`` (4.9 to 4.16) or
  ``xen/arch/x86/hypercall.c`` (4.8), whose native column serves pv64 and
  compat column pv32, the ``hvm_hypercall_table`` of
  ``xen/arch/x86/hvm/hypercall.c`` (4.9 to 4.16) or ``hvm/hvm.c`` (4.8; and
  its ``hvm_hypercall64_table``/``hvm_hypercall32_table`` before), and the
  positional ``hypercall_table`` of ``xen/arch/x86/x86_64/entry.S`` (pv64)
  and ``compat_hypercall_table`` of ``x86_64/compat/entry.S`` (pv32) up to
  4.7;
- ``SUPPORT.md`` (4.10 on) for the status of the features some hypercalls
  are (``abi/data/hypervisor.toml`` names which).

Conditionals are followed as the 64-bit hypervisor builds them
(``__x86_64__``), and a ``CONFIG_*`` option a row depends on is kept with the
fact (``implemented`` if ``CONFIG_TMEM``).  Facts are per release, hypercall
name (every ``__HYPERVISOR_*`` the release's headers define, aliases such as
``mca`` = ``arch_0`` resolved by number) and guest type, each with the
file:line of the table row (or of the table, for a number the table lacks).
Without hypervisor sources every fact is ``unknown``, never guessed.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from xen_abi.common.compat import tomllib
from xen_abi.common.errors import CatalogueError
from xen_abi.ir.archs import ARCH_GUESTS, GUESTS
from xen_abi.ir.model import CALLABLE, Config, Fact, HypervisorFacts, Impl, ReleaseABI, Support

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "hypervisor.toml"


HYPERCALL_DEFS = "xen/include/hypercall-defs.c"
ARM_TRAPS = "xen/arch/arm/traps.c"
PV_TABLES = ("xen/arch/x86/pv/hypercall.c", "xen/arch/x86/hypercall.c")
HVM_TABLES = ("xen/arch/x86/hvm/hypercall.c", "xen/arch/x86/hvm/hvm.c")
ENTRY_S = "xen/arch/x86/x86_64/entry.S"
COMPAT_ENTRY_S = "xen/arch/x86/x86_64/compat/entry.S"
SUPPORT_MD = "SUPPORT.md"
SOURCE_FILES = (HYPERCALL_DEFS, ARM_TRAPS, *PV_TABLES, *HVM_TABLES, ENTRY_S, COMPAT_ENTRY_S, SUPPORT_MD)


# -- the data table ------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Data:
    aliases: dict[str, str]  # hypervisor name -> public hypercall name
    support: tuple[tuple[str, tuple[str, ...], str], ...]  # (hypercall, guests, section)
    subops: tuple[SubopLimit, ...]


@dataclass(frozen=True)
class SubopLimit:
    """A multiplexed hypercall whose handler serves only some of its commands for some guest types."""

    hypercall: str
    guests: tuple[str, ...]
    implemented: frozenset[str]
    reason: str


@cache
def _load_data(path: Path = DATA_FILE) -> _Data:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        aliases = {a["name"]: a["number"] for a in data.get("alias", [])}
        support = tuple((s["hypercall"], tuple(s.get("guests", GUESTS)), s["section"]) for s in data.get("support", []))
        subops = tuple(
            SubopLimit(s["hypercall"], tuple(s["guests"]), frozenset(s["implemented"]), s["reason"])
            for s in data.get("subops", [])
        )
    except OSError as exc:
        raise CatalogueError(f"cannot read the hypervisor table: {exc.strerror}", file=str(path)) from None
    except (tomllib.TOMLDecodeError, KeyError, TypeError) as exc:
        raise CatalogueError(f"corrupt hypervisor table: {exc}", file=str(path)) from None
    return _Data(aliases, support, subops)


# -- sources ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class HypervisorSource:
    """The hypervisor files of one release that hold its hypercall tables."""

    label: str  # portable: "xen-hypervisor/4.22.0"
    files: dict[str, bytes]  # path as in xen.git -> content

    @property
    def tree_hash(self) -> str:
        h = hashlib.sha256()
        for path in sorted(self.files):
            h.update(path.encode() + b"\0" + hashlib.sha256(self.files[path]).digest())
        return h.hexdigest()[:16]


def open_hypervisor(root: Path, release: str) -> HypervisorSource | None:
    """The hypervisor sources for ``release``: ``root`` itself if it is a Xen tree, else ``root/<release>``."""
    base = root if (root / "xen" / "arch").is_dir() else root / release
    if not base.is_dir():
        return None
    files = {}
    for rel in SOURCE_FILES:
        path = base / rel
        if path.is_file():
            files[rel] = path.read_bytes()
    if not files:
        return None
    label = root.name if base == root else f"{root.name}/{release}"
    return HypervisorSource(label, files)


# -- conditionals ------------------------------------------------------------------------------------

# What the 64-bit hypervisor build defines, for the conditionals that choose between table variants.
_KNOWN_MACROS = {"__x86_64__": True, "__i386__": False, "__ia64__": False, "CPPCHECK": False}
_DIRECTIVE = re.compile(r"^\s*#\s*(if|ifdef|ifndef|elif|else|endif)\b\s*(.*?)\s*(?:/\*.*)?$")


def _normalise(expr: str) -> str:
    expr = re.sub(r"defined\s*\(\s*(\w+)\s*\)", r"\1", expr)
    expr = re.sub(r"defined\s+(\w+)", r"\1", expr)
    return " ".join(expr.split())


def _evaluate(expr: str) -> bool | None:
    """True/False when every name is one of ``_KNOWN_MACROS``, else None (kept as a condition)."""
    text = _normalise(expr)
    names = set(re.findall(r"[A-Za-z_]\w*", text))
    if not names <= set(_KNOWN_MACROS):
        return None
    py = re.sub(r"[A-Za-z_]\w*", lambda m: str(_KNOWN_MACROS[m.group(0)]), text)
    py = py.replace("&&", " and ").replace("||", " or ").replace("!", " not ")
    try:
        # Only True/False, and/or/not, parentheses and digits are left: nothing for eval to reach.
        return bool(eval(py, {"__builtins__": {}}))
    except SyntaxError:
        return None


@dataclass
class _Frame:
    value: bool | None  # the current branch: True/False when known, None when it depends on a build option
    text: str | None  # the current branch's condition, when value is None
    taken: bool  # a previous branch was known to be taken
    texts: list[str] = field(default_factory=list)  # conditions of the previous unknown branches


class _Conditions:
    """Follows #if nests line by line: is this line built, and under which build option."""

    def __init__(self) -> None:
        self.stack: list[_Frame] = []

    def feed(self, line: str) -> bool:
        """Consume a conditional directive (True) or leave the line to the caller (False)."""
        m = _DIRECTIVE.match(line)
        if not m:
            return False
        kind, expr = m.group(1), m.group(2)
        if kind in ("if", "ifdef", "ifndef"):
            if kind == "ifdef":
                expr = f"defined({expr})"
            elif kind == "ifndef":
                expr = f"!defined({expr})"
            value = _evaluate(expr)
            self.stack.append(_Frame(value, _normalise(expr) if value is None else None, value is True))
        elif self.stack:
            frame = self.stack[-1]
            if frame.text is not None:
                frame.texts.append(frame.text)
            if kind == "endif":
                self.stack.pop()
            elif frame.taken:
                frame.value, frame.text = False, None
            elif kind == "elif":
                value = _evaluate(expr)
                frame.value = value
                frame.text = _normalise(expr) if value is None else None
                frame.taken = value is True
            else:  # else
                frame.value = None if frame.texts else True
                frame.text = " && ".join(f"!{_wrap(t)}" for t in frame.texts) if frame.texts else None
                frame.taken = True
        return True

    @property
    def active(self) -> bool:
        return all(f.value is not False for f in self.stack)

    @property
    def condition(self) -> str | None:
        texts = [f.text for f in self.stack if f.value is None and f.text]
        return " && ".join(texts) if texts else None


def _wrap(text: str) -> str:
    return text if re.fullmatch(r"!?\w+", text) else f"({text})"


# -- table parsers ---------------------------------------------------------------------------------------


@dataclass
class _Table:
    where: str  # the table's opening line
    by_name: dict[str, Fact] = field(default_factory=dict)
    by_number: dict[int, Fact] = field(default_factory=dict)


def _lines(data: bytes) -> list[str]:
    return data.decode("utf-8", "replace").split("\n")


def parse_hypercall_defs(path: str, data: bytes) -> dict[str, _Table]:
    """hypercall-defs.c (4.17 on): guest -> table, from the ``table:`` section."""
    lines = _lines(data)
    cond = _Conditions()
    columns: list[str] = []
    tables: dict[str, _Table] = {}
    for n, line in enumerate(lines, 1):
        if cond.feed(line):
            continue
        if line.startswith("table:"):
            columns = line.split()[1:]
            tables = {c: _Table(f"{path}:{n}") for c in columns}
            continue
        if not columns or not cond.active:
            continue
        words = line.split()
        if len(words) != len(columns) + 1 or not re.fullmatch(r"[a-z_]\w*", words[0]):
            continue
        for guest, token in zip(columns, words[1:], strict=True):
            status = Impl.NOT_IMPLEMENTED if token == "-" else Impl.DEPRECATED if token == "dep" else Impl.IMPLEMENTED
            # The first row of a name wins: a later one is an #elif alternative (grant_table_op with PV_SHIM).
            tables[guest].by_name.setdefault(words[0], Fact(status, f"{path}:{n}", token, cond.condition))
    return tables


_TABLE_OPEN = re.compile(r"\b(\w*hypercall(?:32|64)?_table)\s*\[[^\]]*\]\s*=\s*\{")
_MACRO_ROW = re.compile(r"^\s*(HYPERCALL|COMPAT_CALL|HVM_CALL|HYPERCALL_ARM|HYPERCALL_DEPRECATED)\s*\(\s*(\w+)")
_INDEXED_ROW = re.compile(r"^\s*\[\s*__HYPERVISOR_(\w+)\s*\]\s*=\s*(.*?),?\s*$")


def parse_c_tables(path: str, data: bytes) -> dict[str, _Table]:
    """The C hypercall tables of one file (active in a 64-bit build): table name -> table."""
    cond = _Conditions()
    tables: dict[str, _Table] = {}
    current: _Table | None = None
    for n, line in enumerate(_lines(data), 1):
        if cond.feed(line):
            continue
        if not cond.active:
            continue
        if current is None:
            m = _TABLE_OPEN.search(line)
            if m and "=" in line:
                current = tables[m.group(1)] = _Table(f"{path}:{n}")
            continue
        if re.match(r"^\s*}\s*;", line):
            current = None
            continue
        m = _MACRO_ROW.match(line)
        if m:
            status = Impl.DEPRECATED if m.group(1) == "HYPERCALL_DEPRECATED" else Impl.IMPLEMENTED
            current.by_name.setdefault(m.group(2), Fact(status, f"{path}:{n}", m.group(1), cond.condition))
            continue
        m = _INDEXED_ROW.match(line)
        if m:
            handler = m.group(2).strip() or "NULL"
            status = Impl.NOT_IMPLEMENTED if handler in ("NULL", "0") else Impl.IMPLEMENTED
            entry = f"__HYPERVISOR_{m.group(1)}"
            current.by_name.setdefault(m.group(1), Fact(status, f"{path}:{n}", entry, cond.condition))
    return tables


_QUAD = re.compile(r"^\s*\.quad\s+(\w+)")
_REPT = re.compile(r"^\s*\.rept\s+(\w+)")


def parse_entry_table(path: str, data: bytes, label: str, numbers: Mapping[str, int]) -> _Table | None:
    """A positional table of entry.S (``ENTRY(hypercall_table)``): number -> fact, up to 4.7."""
    lines = _lines(data)
    start = next((i for i, ln in enumerate(lines) if f"ENTRY({label})" in ln), None)
    if start is None:
        return None
    table = _Table(f"{path}:{start + 1}")
    index = 0
    rept: tuple[int, int] | None = None  # (first number, count) of the open .rept
    for i in range(start + 1, len(lines)):
        line = lines[i]
        if line.startswith(("ENTRY(", "GLOBAL(")) or ".section" in line or re.match(r"^\w+:", line):
            break
        m = _REPT.match(line)
        if m:
            target = m.group(1)
            if not target.startswith("__HYPERVISOR_") or target[len("__HYPERVISOR_") :] not in numbers:
                break  # NR_hypercalls: the rest of the table is do_ni_hypercall
            rept = (index, numbers[target[len("__HYPERVISOR_") :]] - index)
            continue
        if ".endr" in line:
            if rept is not None:
                index = rept[0] + max(rept[1], 0)
            rept = None
            continue
        m = _QUAD.match(line)
        if not m:
            continue
        handler = m.group(1)
        status = Impl.NOT_IMPLEMENTED if handler.endswith("ni_hypercall") else Impl.IMPLEMENTED
        fact = Fact(status, f"{path}:{i + 1}", handler)
        if rept is not None:
            for k in range(rept[0], rept[0] + rept[1]):
                table.by_number[k] = fact
        else:
            table.by_number[index] = fact
            index += 1
    return table


def parse_support(path: str, data: bytes, section: str) -> Support | None:
    """The status lines of a SUPPORT.md section (``### <section>``)."""
    lines = _lines(data)
    heading = f"### {section}"
    start = next((i for i, ln in enumerate(lines) if ln.strip() == heading), None)
    if start is None:
        return None
    statuses: list[tuple[int, str]] = []
    for i in range(start + 1, len(lines)):
        if lines[i].startswith("#"):
            break
        m = re.match(r"^\s*Status(?:,\s*([^:]+))?:\s*(.+?)\s*$", lines[i])
        if m:
            statuses.append((i + 1, f"{m.group(1)}: {m.group(2)}" if m.group(1) else m.group(2)))
    if not statuses:
        return None
    return Support(section, "; ".join(s for _, s in statuses), f"{path}:{statuses[0][0]}")


# -- the facts of a release -------------------------------------------------------------------------------


def subop_limit(hypercall: str, guest: str) -> SubopLimit | None:
    """The reviewed limit on which commands of ``hypercall`` a ``guest`` can use, if any."""
    return next((s for s in _load_data().subops if s.hypercall == hypercall and guest in s.guests), None)


def release_names(release: ReleaseABI) -> tuple[dict[str, int], dict[str, set[str]]]:
    """(hypercall name -> number, arch -> the names its headers define), every view and the legacy one."""
    numbers: dict[str, int] = {}
    per_arch: dict[str, set[str]] = {}
    for key, calls in sorted(release.calls.items()):
        arch = Config.parse(key).arch
        for h in calls.hypercalls.values():
            numbers.setdefault(h.name, h.number)
            per_arch.setdefault(arch, set()).add(h.name)
    for arch, view in sorted(release.legacy.items()):
        for h in view.calls.hypercalls.values():
            numbers.setdefault(h.name, h.number)
            per_arch.setdefault(arch, set()).add(h.name)
    return numbers, per_arch


def release_guests(release: ReleaseABI) -> tuple[str, ...]:
    archs = {Config.parse(k).arch for k in release.configs}
    return tuple(g for g in GUESTS if any(g in ARCH_GUESTS[a] for a in archs))


def guest_tables(source: HypervisorSource, numbers: Mapping[str, int]) -> dict[str, _Table]:
    """Guest type -> its hypercall table, keyed by number, from whichever files this release has."""
    aliases = _load_data().aliases

    def numbered(table: _Table) -> _Table:
        for name, fact in table.by_name.items():
            target = aliases.get(name, name)
            if target in numbers:
                table.by_number.setdefault(numbers[target], fact)
        return table

    files = source.files
    out: dict[str, _Table] = {}
    if HYPERCALL_DEFS in files:
        tables = parse_hypercall_defs(HYPERCALL_DEFS, files[HYPERCALL_DEFS])
        if tables:
            first = next(iter(tables.values())).where
            for guest in GUESTS:
                # A caller without a column has no hypercall table at all: every number is unimplemented.
                out[guest] = numbered(tables[guest]) if guest in tables else _Table(first)
            return out
    if ARM_TRAPS in files:
        arm = parse_c_tables(ARM_TRAPS, files[ARM_TRAPS]).get("arm_hypercall_table")
        if arm is not None:
            out["arm"] = numbered(arm)
    for path in PV_TABLES:
        pv = parse_c_tables(path, files[path]).get("pv_hypercall_table") if path in files else None
        if pv is not None:
            out["pv64"] = numbered(pv)
            out["pv32"] = numbered(_Table(pv.where, dict(pv.by_name)))
            break
    else:
        for guest, path, label in (
            ("pv64", ENTRY_S, "hypercall_table"),
            ("pv32", COMPAT_ENTRY_S, "compat_hypercall_table"),
        ):
            entry = parse_entry_table(path, files[path], label, numbers) if path in files else None
            if entry is not None:
                out[guest] = entry
    for path in HVM_TABLES:
        if path not in files:
            continue
        found = parse_c_tables(path, files[path])
        if "hvm_hypercall_table" in found:
            both = found["hvm_hypercall_table"]
            out["hvm64"] = numbered(both)
            out["hvm32"] = numbered(_Table(both.where, dict(both.by_name)))
            break
        if "hvm_hypercall64_table" in found:
            out["hvm64"] = numbered(found["hvm_hypercall64_table"])
            if "hvm_hypercall32_table" in found:
                out["hvm32"] = numbered(found["hvm_hypercall32_table"])
            break
    return out


def release_facts(release: ReleaseABI, source: HypervisorSource | None) -> HypervisorFacts:
    """Every hypercall the release's headers define, per guest type of its arches: a fact, or unknown."""
    numbers, per_arch = release_names(release)
    guests = release_guests(release)
    facts = HypervisorFacts(
        None if source is None else source.label, None if source is None else source.tree_hash, guests
    )
    tables = guest_tables(source, numbers) if source is not None else {}
    for guest in guests:
        table = tables.get(guest)
        if table is None:
            facts.unknown[guest] = (
                "no hypervisor sources given to ingest"
                if source is None
                else f"{source.label} has no hypercall table for {guest} guests"
            )
        else:
            facts.tables[guest] = table.where
        names = set().union(*(per_arch.get(a, set()) for a, gs in ARCH_GUESTS.items() if guest in gs))
        for name in sorted(names):
            if table is None:
                fact = Fact(Impl.UNKNOWN, None, None)
            else:
                fact = table.by_number.get(numbers[name]) or Fact(Impl.NOT_IMPLEMENTED, table.where, None)
            facts.facts.setdefault(name, {})[guest] = fact
    if source is not None and SUPPORT_MD in source.files:
        for hypercall, for_guests, section in _load_data().support:
            found = parse_support(SUPPORT_MD, source.files[SUPPORT_MD], section)
            if found is None or hypercall not in numbers:
                continue
            for guest in for_guests:
                if guest in guests and facts.fact(hypercall, guest).status in CALLABLE:
                    facts.support.setdefault(hypercall, {})[guest] = found
    return facts


# -- JSON form, in the release document ------------------------------------------------------------------


def to_json(facts: HypervisorFacts) -> dict[str, Any]:
    every = set(facts.guests)

    def grouped(items: dict[tuple, list[str]]) -> list[list]:
        return sorted([*k, "*" if set(g) == every else " ".join(sorted(g, key=GUESTS.index))] for k, g in items.items())

    rows: dict[str, list[list]] = {}
    for name, per_guest in sorted(facts.facts.items()):
        by_value: dict[tuple, list[str]] = {}
        for guest, f in per_guest.items():
            by_value.setdefault((str(f.status), f.where, f.entry, f.condition), []).append(guest)
        rows[name] = grouped(by_value)
    support: dict[str, list[list]] = {}
    for name, supported in sorted(facts.support.items()):
        by_support: dict[tuple, list[str]] = {}
        for guest, s in supported.items():
            by_support.setdefault((s.section, s.status, s.where), []).append(guest)
        support[name] = grouped(by_support)
    return {
        "source": facts.source,
        "tree_hash": facts.tree_hash,
        "guests": list(facts.guests),
        "tables": dict(sorted(facts.tables.items())),
        "unknown": dict(sorted(facts.unknown.items())),
        "facts": rows,
        "support": support,
    }


def from_json(data: Mapping[str, Any]) -> HypervisorFacts:
    guests = tuple(data["guests"])

    def guests_of(spec: str) -> list[str]:
        return list(guests) if spec == "*" else spec.split()

    out = HypervisorFacts(data["source"], data["tree_hash"], guests, dict(data["tables"]), dict(data["unknown"]))
    for name, rows in data["facts"].items():
        for status, where, entry, condition, spec in rows:
            for guest in guests_of(spec):
                out.facts.setdefault(name, {})[guest] = Fact(Impl(status), where, entry, condition)
    for name, rows in data["support"].items():
        for section, status, where, spec in rows:
            for guest in guests_of(spec):
                out.support.setdefault(name, {})[guest] = Support(section, status, where)
    return out
