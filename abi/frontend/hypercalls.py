"""Hypercalls and their sub-operations, with argument types and evidence.

A stage of ingestion: it reads the header text (for the conventions a
catalogue does not keep: doc comments, ``/* XEN_DOMCTL_foo */`` markers, a
``#define`` followed by its struct) and one configuration's ABI (which
macros the preprocessor left defined, their values, which types exist and
the members of the multiplexing unions), and yields a ``CallsABI``.

Which macro family belongs to which hypercall, and the reviewed exceptions
where the headers' own conventions say nothing, are data
(``abi/data/subops.toml``), never code.  A sub-operation whose argument type
cannot be established is recorded as unresolved, not guessed.

Argument types are resolved in this order, the first that answers wins:

1. the header's doc comment of the ``#define`` (or of its run of
   ``#define`` lines): ``arg == NULL``, ``@arg == pointer to sched_poll_t
   structure``, ``arg1: XEN_GUEST_HANDLE(t)``, ``as for SCHEDOP_shutdown``;
2. the member of the family's command struct union named like the sub-op,
   or the one whose type is (``struct xen_domctl`` ``u.createdomain``,
   ``struct xen_platform_op`` ``u.set_pminfo`` of type
   ``xenpf_set_processor_pminfo_t``);
3. a marker comment naming the sub-op (``/* XEN_DOMCTL_setvcpucontext */``,
   ``XEN_DOMCTL_{get,set}_cpu_policy``) right before a struct, or before a
   member of the command union (``/* FLASK_GETBOOL, FLASK_SETBOOL */``);
4. the naming convention a header states (``EVTCHNOP_* => struct evtchn_*``);
5. the one struct of the family's headers named for the sub-op
   (``struct pci_device_reset`` for ``PHYSDEVOP_pci_device_reset``);
6. the struct or typedef right after the ``#define`` run (blank lines and
   conditionals between, no comment and no other macro);
7. the argument every sub-op of the family takes (``mmuext_op``'s
   ``struct mmuext_op``), from the table;
8. the reviewed exceptions table, where all of the above say nothing (an
   exception marked ``override`` is consulted first instead).

A typedef of a struct is reported as the struct (``evtchn_send_t`` is
``struct evtchn_send``), so one record has one name whichever convention
found it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from xen_abi.common.compat import tomllib
from xen_abi.common.errors import CatalogueError
from xen_abi.common.spelling import record_members
from xen_abi.ir.location import Location
from xen_abi.ir.model import (
    VISIBILITIES,
    CallsABI,
    Config,
    ConfigABI,
    Constant,
    Hypercall,
    Layout,
    LegacyView,
    ReleaseABI,
    SubOp,
    TypeEntry,
)

DATA_FILE = Path(__file__).resolve().parents[1] / "data" / "subops.toml"
HYPERCALL_PREFIX = "__HYPERVISOR_"

_INT_LITERAL = re.compile(r"^\(?\s*(0[xX][0-9a-fA-F]+|\d+)[uUlL]*\s*\)?$")
_IDENT = re.compile(r"^[A-Za-z_]\w*$")


# -- the data table ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Family:
    """The sub-operations of one multiplexed hypercall, as the headers define them."""

    hypercall: str  # "memory_op"
    prefix: str  # "XENMEM_"
    headers: tuple[str, ...]  # where the sub-op macros are defined
    upper: bool = False  # names go on in upper case (MMUEXT_PIN_L1_TABLE), else lower case
    command: str | None = None  # "struct xen_domctl": the struct whose union carries each payload
    union: str = "u"  # the union member of ``command``
    member_prefix: str = ""  # union members are named member_prefix + suffix (xen_mc: "mc_")
    inside_command: bool = False  # the #defines live inside the command struct's body
    takes: str | None = None  # every sub-op takes this type (mmuext_op: "struct mmuext_op")
    takes_reason: str = ""
    not_prefixes: tuple[str, ...] = ()  # macros of the prefix that are flags, not commands (TMEM_POOL_)


@dataclass(frozen=True)
class Exception_:
    """A reviewed exception: a sub-op's argument types, or a macro that is not a sub-op."""

    name: str
    reason: str
    args: tuple[str, ...] | None = None  # None: not an argument exception
    exclude: bool = False  # the macro looks like a sub-op but is not one
    override: bool = False  # wins over the conventions (else used only where they say nothing)


@dataclass(frozen=True)
class Table:
    families: tuple[Family, ...]
    exceptions: dict[str, Exception_]
    source: str  # the table's path relative to the package, for evidence


@cache
def load_table(path: Path = DATA_FILE) -> Table:
    """Read the families and exceptions table; a broken table names its entry."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CatalogueError(f"cannot read the sub-op table: {exc.strerror}", file=str(path)) from None
    except tomllib.TOMLDecodeError as exc:
        raise CatalogueError(f"corrupt sub-op table: {exc}", file=str(path)) from None
    families = []
    for i, entry in enumerate(data.get("family", [])):
        try:
            families.append(
                Family(
                    hypercall=entry["hypercall"],
                    prefix=entry["prefix"],
                    headers=tuple(entry["headers"]),
                    upper=bool(entry.get("upper", False)),
                    command=entry.get("command"),
                    union=entry.get("union", "u"),
                    member_prefix=entry.get("member_prefix", ""),
                    inside_command=bool(entry.get("inside_command", False)),
                    takes=entry.get("takes"),
                    takes_reason=entry.get("takes_reason", ""),
                    not_prefixes=tuple(entry.get("not_prefixes", ())),
                )
            )
        except (KeyError, TypeError) as exc:
            raise CatalogueError(f"family #{i + 1} of the sub-op table lacks {exc}", file=str(path)) from None
    exceptions: dict[str, Exception_] = {}
    for i, entry in enumerate(data.get("exception", [])):
        name = entry.get("subop")
        reason = entry.get("reason")
        if not name or not reason:
            raise CatalogueError(f"exception #{i + 1} of the sub-op table needs 'subop' and 'reason'", file=str(path))
        if name in exceptions:
            raise CatalogueError(f"exception for {name} appears twice in the sub-op table", file=str(path))
        args = entry.get("args")
        exceptions[name] = Exception_(
            name,
            reason,
            None if args is None else tuple(args),
            exclude=bool(entry.get("exclude", False)),
            override=bool(entry.get("override", False)),
        )
    rel = f"abi/data/{path.name}" if path.parent == DATA_FILE.parent else path.name
    return Table(tuple(families), exceptions, rel)


# -- header text -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Comment:
    start: int  # first line (1-based)
    end: int  # last line
    text: str  # without the comment markers, lines joined with "\n"
    alone: bool  # nothing but whitespace shares its lines


@dataclass(frozen=True)
class Define:
    name: str
    line: int
    body: str
    trailing: str  # the comment on the same line, if any
    record: str | None  # "struct xen_domctl" when inside that body, "" inside an anonymous one


@dataclass
class HeaderScan:
    """What a header's text says beyond what cpp keeps: comments and where things are."""

    path: str
    lines: list[str] = field(default_factory=list)  # the text, lines[0] is line 1
    comments: list[Comment] = field(default_factory=list)
    defines: list[Define] = field(default_factory=list)
    records: dict[int, str] = field(default_factory=dict)  # line -> "struct X" opened there (file scope)
    typedefs: dict[int, str] = field(default_factory=dict)  # line -> typedef name declared there
    code_lines: set[int] = field(default_factory=set)  # lines with C code (not directives or comments)
    enums: dict[int, int] = field(default_factory=dict)  # first line -> last line of a file-scope enum
    define_lines: dict[int, Define] = field(default_factory=dict)
    comment_at: dict[int, Comment] = field(default_factory=dict)  # every line a comment covers

    markers: dict[str, list[Comment]] = field(default_factory=dict)  # sub-op-shaped name -> comments opening with it

    def index(self) -> None:
        self.define_lines = {d.line: d for d in self.defines}
        for c in self.comments:
            for n in range(c.start, c.end + 1):
                self.comment_at.setdefault(n, c)
            if c.alone:
                for name in _marker_names(c.text):
                    self.markers.setdefault(name, []).append(c)


_TYPEDEF_NAME = re.compile(r"\btypedef\b[^;{}]*?\b([A-Za-z_]\w*)\s*(?:\[[^\]]*\]\s*)*;")
_DEFINE_LINE = re.compile(r"^\s*#\s*define\s+([A-Za-z_]\w*)(\(?)(.*)$")


def scan_header(path: str, data: bytes) -> HeaderScan:
    """Walk a header once: comments, #defines with their enclosing record, record openings.

    Only braces outside comments and directives count, so a ``#define`` knows
    whether it sits inside a struct body; ``#if`` is not interpreted (the
    preprocessor's answer comes from the catalogue), which is safe because
    the headers open and close each record in the same branch.
    """
    text = data.decode("utf-8", "replace")
    scan = HeaderScan(path, text.split("\n"))
    n = len(text)
    i = 0
    line = 1
    line_start = True  # only whitespace seen on this line so far
    stack: list[str | None] = []  # enclosing braces: "struct X", "" (anonymous record) or None (other)
    tokens: list[tuple[str, int]] = []  # recent code words, to name the record a brace opens
    enum_start: int | None = None  # first line of the file-scope enum being read
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            line_start = True
            i += 1
            continue
        if c in " \t\r\f\v":
            i += 1
            continue
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            body = text[i + 2 : end - 2]
            rest = text[end : text.find("\n", end) if text.find("\n", end) >= 0 else n]
            alone = line_start and not rest.strip()
            scan.comments.append(Comment(line, line + body.count("\n"), _comment_text(body), alone))
            line += body.count("\n")
            i = end
            continue
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            scan.comments.append(Comment(line, line, text[i + 2 : end].strip(), line_start))
            i = end
            continue
        if c == "#" and line_start:
            # A directive, with its continuation lines; comments inside it are kept.
            end = i
            while True:
                nl = text.find("\n", end)
                if nl < 0:
                    nl = n
                    break
                if text[i:nl].rstrip().endswith("\\") and not _in_open_comment(text[i:nl]):
                    end = nl + 1
                    continue
                # A block comment opened on the directive's line may run on.
                segment = text[i:nl]
                if _in_open_comment(segment):
                    close = text.find("*/", nl)
                    end = close + 2 if close >= 0 else n
                    continue
                break
            directive = text[i:nl]
            _record_directive(scan, directive, line, stack)
            line += directive.count("\n")
            i = nl
            line_start = False
            continue
        line_start = False
        scan.code_lines.add(line)
        if c in "\"'":
            j = i + 1
            while j < n and text[j] != c and text[j] != "\n":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        if c == "{":
            opened: str | None = None
            if len(tokens) >= 2 and tokens[-2][0] in ("struct", "union") and _IDENT.match(tokens[-1][0]):
                opened = f"{tokens[-2][0]} {tokens[-1][0]}"
                if not stack:
                    # Keyed by the line naming it: "struct foo" may have its brace on the next line.
                    scan.records[tokens[-2][1]] = opened
            elif tokens and tokens[-1][0] in ("struct", "union"):
                opened = ""
            elif not stack and any(t == "enum" for t, _ in tokens[-2:]):
                enum_start = next(ln for t, ln in tokens[-2:] if t == "enum")
            stack.append(opened)
            tokens.clear()
            i += 1
            continue
        if c == "}":
            if stack:
                stack.pop()
            tokens.clear()
            i += 1
            continue
        if c == ";":
            if enum_start is not None and not stack:
                scan.enums[enum_start] = line
                enum_start = None
            tokens.clear()
            i += 1
            continue
        m = re.compile(r"[A-Za-z_]\w*").match(text, i)
        if m:
            tokens.append((m.group(0), line))
            if len(tokens) > 8:
                del tokens[0]
            i = m.end()
            continue
        i += 1
    for m in _TYPEDEF_NAME.finditer(_code_only(text)):
        start_line = text.count("\n", 0, m.start()) + 1
        scan.typedefs.setdefault(start_line, m.group(1))
    scan.index()
    return scan


def _in_open_comment(segment: str) -> bool:
    return segment.rfind("/*") > segment.rfind("*/")


def _record_directive(scan: HeaderScan, directive: str, line: int, stack: list[str | None]) -> None:
    first = directive.split("\n", 1)[0]
    m = _DEFINE_LINE.match(first)
    if not m or m.group(2):  # function-like macros are not constants
        return
    body, trailing = _split_trailing_comment(m.group(3))
    if "\n" in directive:
        # Comments of continuation lines are documentation of the macro too.
        more = re.findall(r"/\*(.*?)\*/", directive.split("\n", 1)[1], re.S)
        trailing = " ".join([trailing, *(_comment_text(x) for x in more)]).strip()
    record = None
    for opened in reversed(stack):
        if opened is not None:
            record = opened
            break
    if not stack:
        record = None
    scan.defines.append(Define(m.group(1), line, body.strip(), trailing, record))
    if trailing:
        scan.comments.append(Comment(line, line, trailing, False))


def _split_trailing_comment(rest: str) -> tuple[str, str]:
    pos = rest.find("/*")
    if pos < 0:
        pos = rest.find("//")
        return (rest, "") if pos < 0 else (rest[:pos], rest[pos + 2 :].strip())
    end = rest.find("*/", pos)
    return rest[:pos], _comment_text(rest[pos + 2 : end if end >= 0 else len(rest)])


def _comment_text(body: str) -> str:
    lines = [re.sub(r"^\s*\*?\s?", "", ln).rstrip() for ln in body.split("\n")]
    return "\n".join(lines).strip()


def _code_only(text: str) -> str:
    """The text with comments and directives blanked (newlines kept), for simple scans."""
    out = re.sub(r"/\*.*?\*/", lambda m: re.sub(r"[^\n]", " ", m.group(0)), text, flags=re.S)
    out = re.sub(r"//[^\n]*", "", out)
    # [ \t]*, not \s*: \s would let every line start rescan all the blank lines after it (quadratic).
    return re.sub(r"(?m)^[ \t]*#(?:[^\n]*\\\n)*[^\n]*", lambda m: re.sub(r"[^\n]", " ", m.group(0)), out)


def scan_tree(files: Mapping[str, bytes]) -> dict[str, HeaderScan]:
    return {path: _scan_once(path, data) for path, data in sorted(files.items()) if path.endswith(".h")}


@lru_cache(maxsize=4096)
def _scan_once(path: str, data: bytes) -> HeaderScan:
    """scan_header once per distinct content in a process: releases share most headers (never changed after)."""
    return scan_header(path, data)


# -- per configuration --------------------------------------------------------------------------


def _int_value(text: str) -> bool:
    return bool(_INT_LITERAL.match(text.strip()))


def find_hypercalls(abi: ConfigABI, scans: Mapping[str, HeaderScan]) -> dict[str, Hypercall]:
    """Every ``__HYPERVISOR_<lower case>`` macro with an integer value, named without the prefix."""
    calls: dict[str, Hypercall] = {}
    for name, c in abi.constants.items():
        if not name.startswith(HYPERCALL_PREFIX) or c.value is None:
            continue
        short = name[len(HYPERCALL_PREFIX) :]
        if not short[:1].islower():
            continue  # __HYPERVISOR_VIRT_START and friends are addresses
        alias = None
        if _IDENT.match(c.text) and c.text.startswith(HYPERCALL_PREFIX):
            alias = c.text[len(HYPERCALL_PREFIX) :]
        loc = Location.parse(c.where)
        header, line = loc.header, loc.line
        define = scans[header].define_lines.get(line) if header in scans else None
        note = define.trailing if define else ""
        calls[short] = Hypercall(short, c.value, c.where, alias, note)
    return dict(sorted(calls.items()))


@dataclass(frozen=True)
class _Candidate:
    family: Family
    name: str
    number: int
    where: str
    define: Define
    alias_of: str | None


def _candidates(abi: ConfigABI, scans: Mapping[str, HeaderScan], table: Table) -> dict[str, _Candidate]:
    found: dict[str, _Candidate] = {}
    for family in table.families:
        mine: list[_Candidate] = []
        for name, c in abi.constants.items():
            if not name.startswith(family.prefix) or c.value is None:
                continue
            loc = Location.parse(c.where)
            header, line = loc.header, loc.line
            if header not in family.headers or header not in scans:
                continue
            suffix = name[len(family.prefix) :]
            first = suffix[:1]
            if not first or (first.isupper() if not family.upper else first.islower()):
                continue
            if family.upper and not re.fullmatch(r"[A-Z0-9_]+", suffix):
                continue
            if name.endswith("_INTERFACE_VERSION") or name.startswith(family.not_prefixes or ("\0",)):
                continue
            exc = table.exceptions.get(name)
            if exc is not None and exc.exclude:
                continue
            define = scans[header].define_lines.get(line)
            if define is None:
                continue
            if family.inside_command:
                if define.record != family.command:
                    continue
            elif define.record is not None and define.record != family.command:
                continue  # a value of some struct's field (XENMEM_resource_ioreq_server)
            alias = c.text if _IDENT.match(c.text) else None
            if alias is None and not _int_value(c.text):
                continue  # flags and expressions, not command numbers
            mine.append(_Candidate(family, name, c.value, c.where, define, alias))
        children = _children(mine, scans)
        found.update((c.name, c) for c in mine if c.name not in children)
    # An alias counts when it names a sub-op, of its family or another
    # (DOM0_SETTIME is XENPF_settime); PHYSDEVOP_IRQ_SHARED names a flag.
    return {n: c for n, c in found.items() if c.alias_of is None or c.alias_of in found}


def _children(cands: list[_Candidate], scans: Mapping[str, HeaderScan]) -> set[str]:
    """Sub-commands listed under their parent's ``#define`` (XENMEM_paging_op_nominate).

    The header lists them right below the parent (comments may come
    between), numbered from 0 again; they select a field of the parent's
    argument, not a command of the hypercall.  A sub-op that merely shares
    a prefix with an earlier one (XENMEM_add_to_physmap_batch,
    SCHEDOP_shutdown_code) has other code or sub-ops in between.
    """
    by_line = {(Location.parse(c.where).header, c.define.line): c for c in cands}
    children: set[str] = set()
    for header in sorted({h for h, _ in by_line}):
        scan = scans[header]
        parent: _Candidate | None = None
        for line in range(1, max(scan.code_lines | set(scan.define_lines), default=0) + 1):
            if line in scan.code_lines:
                parent = None
                continue
            cand = by_line.get((header, line))
            if cand is None:
                continue
            if parent is not None and cand.name.startswith(parent.name + "_"):
                children.add(cand.name)
            else:
                parent = cand
    return children


# -- argument resolution ---------------------------------------------------------------------------


_ARG_DOC = re.compile(
    r"(?:@?extra_arg|@?args?|@?arg1(?:\s*-\s*arg\d)?)\s*(?:==|:|must\s+be)\s*(?P<what>[^;.]*)",
    re.I,
)
_ARG_TYPE = re.compile(r"(?:pointer\s+to|addr(?:ess)?\s+of)\s+(?:an?\s+)?((?:struct\s+|union\s+)?\w+)")
_HANDLE = re.compile(r"XEN_GUEST_HANDLE(?:_64|_PARAM)?\(\s*([A-Za-z_]\w*)\s*\)")


class _Resolver:
    """Resolves the argument types of one configuration's sub-ops."""

    def __init__(
        self, abi: ConfigABI, scans: Mapping[str, HeaderScan], table: Table, candidates: dict[str, _Candidate]
    ) -> None:
        self.types: Mapping[str, TypeEntry] = abi.types
        self.scans = scans
        self.table = table
        self.candidates = candidates
        self.names = set(candidates)  # every sub-op name of the configuration
        self._unions: dict[str, dict[str, str]] = {}
        self._records: dict[str, list[str]] | None = None
        self._conventions: dict[str, tuple[str, str, str]] = {}  # prefix -> (type prefix, header:line, text)
        for scan in scans.values():
            for c in scan.comments:
                m = re.search(r"//\s*([A-Z][A-Z0-9_]*_)\*\s*=>\s*(struct|union)\s+(\w+)\*", c.text)
                if m:
                    self._conventions.setdefault(
                        m.group(1), (f"{m.group(2)} {m.group(3)}", f"{scan.path}:{c.start}", c.text.split("\n")[0])
                    )

    def records_in(self, header: str) -> list[str]:
        """The struct and union names this configuration declares in ``header``."""
        if self._records is None:
            self._records = {}
            for name, entry in self.types.items():
                if name.startswith(("struct ", "union ")):
                    self._records.setdefault(Location.parse(entry.where).header, []).append(name)
        return self._records.get(header, [])

    def type_name(self, word: str) -> str | None:
        """The catalogue name of a type the headers mention: ``foo_t``, ``foo``, ``struct foo``."""
        word = " ".join(word.split())
        candidates = [word]
        if not word.startswith(("struct ", "union ", "enum ")):
            candidates += [f"struct {word}", f"union {word}"]
            if word.endswith("_t"):
                candidates.append(f"struct {word[:-2]}")
        for cand in candidates:
            if cand in self.types:
                return cand
        return None

    # 2. doc comments
    def from_doc(self, cand: _Candidate) -> tuple[tuple[str, ...], str] | None:
        loc = Location.parse(cand.where)
        header, line = loc.header, loc.line
        scan = self.scans[header]
        for comment in self._doc_comments(scan, cand.define, line):
            args = self._parse_arg_doc(comment.text, cand.name)
            if args is not None:
                quote = next(
                    (ln.strip() for ln in comment.text.split("\n") if _ARG_DOC.search(ln)), comment.text.split("\n")[0]
                )
                return args, f"doc comment {quote!r} ({header}:{comment.start})"
        return None

    def _doc_comments(self, scan: HeaderScan, define: Define, line: int) -> Iterable[Comment]:
        """The comments that document a #define: its own, and the block just above its run.

        A run is sub-op #defines on consecutive lines; after a blank line a
        sibling #define (XENVER_guest_handle above XENVER_commandline) is
        another entry, and the comment above it is not ours.
        """
        if define.trailing:
            yield Comment(line, line, define.trailing, False)
        n = line - 1
        gap = False
        while n > 0:
            d = scan.define_lines.get(n)
            if d is not None and d.name in self.names:
                if gap or (d.trailing and _ARG_DOC.search(d.trailing)):
                    return  # a sibling entry with its own doc: the block above is not ours
                n -= 1
                continue
            c = scan.comment_at.get(n)
            if c is not None and c.alone:
                yield c
                return
            if n in scan.code_lines or d is not None:
                return
            gap = gap or not scan.lines[n - 1].strip()
            n -= 1

    def _parse_arg_doc(self, text: str, name: str) -> tuple[str, ...] | None:
        matches = list(_ARG_DOC.finditer(text))
        if not matches:
            return None
        args: list[str] = []
        missing = False
        for m in matches:
            what = m.group("what").strip()
            if re.match(r"^(?:all\s+)?(NULL|0)\b", what):
                if re.match(r"^NULL\s+is\b", what):
                    continue  # "arg == NULL is a request for size": a mode, not the type
                continue
            if "as described below" in what or "operation-specific" in what.lower():
                return None  # a general comment about the hypercall, not this sub-op
            what = " ".join(what.split())
            same = re.match(r"^(?:\w+\s*,\s*)?as\s+for\s+([A-Z]\w+)", what)
            if same and same.group(1) != name and same.group(1) in self.candidates:
                found = self.from_doc(self.candidates[same.group(1)])
                if found is None:
                    return None
                args.extend(a for a in found[0] if a not in args)
                continue
            words = [h.group(1) for h in _HANDLE.finditer(what)] or [t.group(1) for t in _ARG_TYPE.finditer(what)]
            if not words:
                w = re.match(r"^((?:struct\s+|union\s+)?\w+)", what)
                words = [w.group(1)] if w else []
            for word in words:
                resolved = self.type_name(word)
                if resolved is None:
                    missing = True
                elif resolved not in args:
                    args.append(resolved)
        if missing and not args:
            return None  # names only types this configuration lacks: no answer from here
        # Alternatives per guest kind ("for PV or ARM guests ... vcpu_guest_context, for x86 HVM
        # ... vcpu_hvm_context"): the ones this configuration defines are its answer.
        return tuple(args)

    # 3. union members of the command struct
    def union_members(self, family: Family) -> dict[str, str]:
        if family.command is None:
            return {}
        if family.command not in self._unions:
            members: dict[str, str] = {}
            entry = self.types.get(family.command)
            if entry is not None:
                for f in entry.layout.fields:
                    if f.name == family.union and f.type.startswith("union {"):
                        members = dict(record_members(f.type))
            self._unions[family.command] = members
        return self._unions[family.command]

    def from_union(self, cand: _Candidate) -> tuple[tuple[str, ...], str] | None:
        family = cand.family
        suffix = cand.name[len(family.prefix) :]
        member = family.member_prefix + (suffix.lower() if family.upper else suffix)
        members = self.union_members(family)
        if family.command is None:  # no command struct, no union members
            return None
        spelled = members.get(member)
        if spelled is None:
            # Or the one member whose type is named for the command (set_pminfo: xenpf_set_processor_pminfo_t).
            tail = re.compile(rf"(?:^|_){re.escape(member)}(?:_t)?$")
            named = sorted({m for m, t in members.items() if tail.search(t.split()[-1])})
            if len(named) != 1:
                return None
            member = named[0]
            spelled = members[member]
        resolved = self.type_name(spelled)
        if resolved is None:
            return None
        entry = self.types[family.command]
        return (resolved,), f"union member {family.command}.{family.union}.{member} ({entry.where})"

    # 4. marker comments
    def from_marker(self, cand: _Candidate) -> tuple[tuple[str, ...], str] | None:
        """A comment naming the sub-op right before a struct, or before a member of the command union.

        ``/* XEN_DOMCTL_setvcpucontext */ /* XEN_DOMCTL_getvcpucontext */
        struct xen_domctl_vcpucontext {`` and, inside ``struct xen_flask_op``,
        ``/* FLASK_GETBOOL, FLASK_SETBOOL */ xen_flask_boolean_t boolean;``.
        """
        header = Location.parse(cand.where).header
        for path in dict.fromkeys((header, *cand.family.headers)):
            scan = self.scans.get(path)
            if scan is None:
                continue
            for c in scan.markers.get(cand.name, ()):
                found = self._record_after(scan, c.end)
                if found is not None:
                    record, _ = found
                    return (record,), f"marker comment naming {cand.name} before {record} ({path}:{c.start})"
                member = self._member_after(scan, c.end, cand.family)
                if member is not None:
                    name, spelled = member
                    return (spelled,), (
                        f"marker comment naming {cand.name} before {cand.family.command}.{cand.family.union}.{name} "
                        f"({path}:{c.start})"
                    )
        return None

    def _member_after(self, scan: HeaderScan, line: int, family: Family) -> tuple[str, str] | None:
        members = self.union_members(family)
        n = line + 1
        while n <= len(scan.lines):
            if n in scan.code_lines:
                m = re.match(r"^\s*(.+?)\s+([A-Za-z_]\w*)\s*;", scan.lines[n - 1])
                if m and m.group(2) in members:
                    spelled = self.type_name(members[m.group(2)])
                    return (m.group(2), spelled) if spelled else None
                return None
            if n in scan.define_lines:
                return None
            n += 1
        return None

    def _record_after(self, scan: HeaderScan, line: int) -> tuple[str, int] | None:
        """The record or typedef defined next after a marker.

        Blank lines, comments, enums and the macros of the record's own
        values may come between; another sub-op's ``#define`` or other code
        ends the search.
        """
        n = line + 1
        last = len(scan.lines)
        while n <= last:
            if n in scan.records:
                name = scan.records[n]
                return (name, n) if name in self.types else None
            if n in scan.typedefs:
                named = self.type_name(scan.typedefs[n])
                return (named, n) if named else None
            if n in scan.enums:
                n = scan.enums[n] + 1
                continue
            d = scan.define_lines.get(n)
            if (d is not None and d.name in self.names) or n in scan.code_lines:
                return None
            n += 1
        return None

    # 6. the record right after the #define run
    def from_following(self, cand: _Candidate) -> tuple[tuple[str, ...], str] | None:
        """The struct or typedef right after the run of #defines ``cand`` is in.

        Only blank lines and conditionals may come between: a comment or any
        other #define means the header moved on (CONSOLEIO_read is not
        documented by the typedef that happens to come next).
        """
        loc = Location.parse(cand.where)
        header, line = loc.header, loc.line
        scan = self.scans[header]
        n = line + 1
        last = max(scan.code_lines | set(scan.define_lines), default=0)
        while n <= last:
            if n in scan.records:
                name = scan.records[n]
                if name in self.types:
                    return (name,), f"#define followed by {name} ({header}:{n})"
                return None
            if n in scan.typedefs:
                named = self.type_name(scan.typedefs[n])
                if named is None:
                    return None
                return (named,), f"#define followed by typedef {named} ({header}:{n})"
            d = scan.define_lines.get(n)
            if d is not None and d.name not in self.names and not d.name.startswith(cand.name + "_"):
                return None
            if n in scan.code_lines or (n in scan.comment_at and d is None):
                return None
            n += 1
        return None

    # 5. a record named for the sub-op in the family's headers
    def from_name(self, cand: _Candidate) -> tuple[tuple[str, ...], str] | None:
        suffix = cand.name[len(cand.family.prefix) :]
        suffix = suffix.lower() if cand.family.upper else suffix
        named = sorted(
            name
            for header in cand.family.headers
            for name in self.records_in(header)
            if name.split(" ", 1)[1] == suffix or name.endswith("_" + suffix)
        )
        # The most specific: xenoprof_counter, not xenoprof_ibs_counter, for XENOPROF_counter.
        shortest = [n for n in named if len(n) == min(map(len, named), default=0)]
        if len(shortest) != 1:
            return None
        return (shortest[0],), f"{shortest[0]} is named for the sub-op ({self.types[shortest[0]].where})"

    # 5. the naming convention a header states
    def from_convention(self, cand: _Candidate) -> tuple[tuple[str, ...], str] | None:
        conv = self._conventions.get(cand.family.prefix)
        if conv is None:
            return None
        type_prefix, where, text = conv
        name = type_prefix + cand.name[len(cand.family.prefix) :]
        if name not in self.types:
            return None
        return (name,), f"naming convention {text!r} ({where})"

    def from_exception(self, cand: _Candidate) -> tuple[tuple[str, ...], str] | None:
        exc = self.table.exceptions.get(cand.name)
        if exc is None or exc.args is None:
            return None
        args = tuple(a for a in (self.type_name(x) or _scalar(x) for x in exc.args) if a)
        if len(args) != len(exc.args):
            return None  # names a type this configuration lacks
        return args, f"exception: {exc.reason} ({self.table.source})"

    def from_family(self, cand: _Candidate) -> tuple[tuple[str, ...], str] | None:
        fam = cand.family
        resolved = self.type_name(fam.takes) if fam.takes else None
        if resolved is None:
            return None
        return (resolved,), f"every {fam.hypercall} sub-op takes {resolved}: {fam.takes_reason}"

    def resolve(self, cand: _Candidate) -> tuple[tuple[str, ...], bool, str]:
        exc = self.table.exceptions.get(cand.name)
        conventions = (
            self.from_doc,
            self.from_union,
            self.from_marker,
            self.from_convention,
            self.from_name,
            self.from_following,
            self.from_family,
        )
        order = (self.from_exception, *conventions) if exc and exc.override else (*conventions, self.from_exception)
        for strategy in order:
            found = strategy(cand)
            if found is not None:
                return tuple(self.canonical(a) for a in found[0]), True, found[1]
        return (), False, "no argument type established"

    def canonical(self, name: str) -> str:
        """``evtchn_send_t`` -> ``struct evtchn_send``: one name per record, however the header spelled it."""
        entry = self.types.get(name)
        while entry is not None and entry.layout.kind == "typedef" and entry.layout.target:
            target = entry.layout.target
            if not target.startswith(("struct ", "union ")) or target not in self.types:
                break
            return target
        return name


_SCALAR = re.compile(r"^(?:(?:unsigned|signed)\s+)?(?:char|short|int|long(?:\s+long)?)(?:\[\])?$")


def _scalar(spelling: str) -> str | None:
    """A plain C scalar or byte buffer an exception may name (``char[]``, ``unsigned int``)."""
    return spelling if _SCALAR.match(spelling) else None


_MARKER_NAME = r"[A-Z][A-Z0-9_]*_[A-Za-z0-9_]+"
_MARKER_HEAD = re.compile(rf"^({_MARKER_NAME}(?:\s*(?:/|,|&|\band\b)\s*{_MARKER_NAME})*)(?:\s*[:.(]|\s|$)")
_BRACES = re.compile(r"([A-Za-z0-9_]*)\{([A-Za-z0-9_,\s]+)\}([A-Za-z0-9_]*)")


def _marker_names(text: str) -> list[str]:
    """The sub-op names a marker comment opens with: ``XEN_DOMCTL_foo``, ``A / B``, ``A and B: what``.

    ``XEN_DOMCTL_{get,set}_cpu_policy`` stands for both names.
    """
    first = text.strip().split("\n", 1)[0].strip()
    first = _BRACES.sub(lambda m: " / ".join(m.group(1) + x.strip() + m.group(3) for x in m.group(2).split(",")), first)
    m = _MARKER_HEAD.match(first)
    return re.findall(_MARKER_NAME, m.group(1)) if m else []


_STABLE_NOTE = re.compile(r"\bstable interface\b", re.I)
_DEPRECATED_NOTE = re.compile(r"\b(deprecated|obsolete|dropped)\b", re.I)


def _annotation(cand: _Candidate, scans: Mapping[str, HeaderScan]) -> str | None:
    """The header's own word on a sub-op's status, as "header:line: text".

    "stable interface" (on a tools-only op: stable) or "deprecated",
    "obsolete", "dropped", from the ``#define``'s own comment, a comment
    opening with the sub-op's name, or a short comment right above it.
    """
    loc = Location.parse(cand.where)
    header, line = loc.header, loc.line
    if cand.define.trailing and (
        _STABLE_NOTE.search(cand.define.trailing) or _DEPRECATED_NOTE.search(cand.define.trailing)
    ):
        return f"{header}:{line}: {cand.define.trailing}"
    for path in cand.family.headers:
        scan = scans.get(path)
        if scan is None:
            continue
        for c in scan.markers.get(cand.name, ()):
            first = c.text.split("\n")[0].strip()
            if _STABLE_NOTE.search(first):
                return f"{path}:{c.start}: {first}"
    scan = scans[header]
    above = scan.comment_at.get(line - 1)
    if above is not None and above.alone and above.end == line - 1:
        text = " ".join(above.text.replace("*", " ").split())
        first = above.text.split("\n")[0]
        if _DEPRECATED_NOTE.search(first) or (above.end - above.start < 3 and _DEPRECATED_NOTE.search(text)):
            return f"{header}:{above.start}: {text}"
    return None


def extract_config(abi: ConfigABI, scans: Mapping[str, HeaderScan], table: Table | None = None) -> CallsABI:
    """The hypercalls and sub-ops one configuration sees, each sub-op with its argument types."""
    table = table or load_table()
    hypercalls = find_hypercalls(abi, scans)
    candidates = _candidates(abi, scans, table)
    resolver = _Resolver(abi, scans, table, candidates)
    subops: dict[str, SubOp] = {}
    for name in sorted(candidates):
        cand = candidates[name]
        target = candidates.get(cand.alias_of) if cand.alias_of else None
        args, resolved, how = resolver.resolve(target or cand)
        if target is not None:
            how = f"alias of {target.name}: {how}"
        subops[name] = SubOp(
            name=name,
            hypercall=cand.family.hypercall,
            number=cand.number,
            where=cand.where,
            args=args,
            resolved=resolved,
            how=how,
            alias_of=cand.alias_of,
            annotation=_annotation(cand, scans),
        )
    return CallsABI(hypercalls, subops)


def coverage(calls: CallsABI) -> tuple[int, int, list[str]]:
    """(sub-ops, with a resolved argument type, the unresolved names)."""
    unresolved = sorted(s.name for s in calls.subops.values() if not s.resolved)
    return len(calls.subops), len(calls.subops) - len(unresolved), unresolved


# -- a whole release ------------------------------------------------------------------------------


def extract_release(
    release: ReleaseABI,
    files: Mapping[str, bytes],
    legacy: Mapping[str, ConfigABI],
    extracted: Mapping[tuple[str, bool], CallsABI] | None = None,
) -> tuple[dict[str, CallsABI], dict[str, LegacyView]]:
    """Every configuration's hypercalls and sub-ops, and each arch's legacy-only view.

    ``legacy`` maps an arch to its guest view at ``__XEN_INTERFACE_VERSION__``
    0; what it has and neither latest view has is what only old guests see.
    ``extracted`` holds what ``extract_config`` already gave, by (configuration
    key, legacy): ingest extracts in its workers, beside the layouts.
    """
    extracted = extracted or {}
    scans: dict[str, HeaderScan] | None = None
    table = load_table()

    def extract(key: str, abi: ConfigABI, is_legacy: bool) -> CallsABI:
        nonlocal scans
        done = extracted.get((key, is_legacy))
        if done is not None:
            return done
        if scans is None:
            scans = scan_tree(files)
        return extract_config(abi, scans, table)

    calls = {key: extract(key, abi, False) for key, abi in sorted(release.configs.items())}
    views: dict[str, LegacyView] = {}
    for arch, old in sorted(legacy.items()):
        keys = [Config(arch, vis).key for vis in VISIBILITIES]
        latest = [release.configs[k] for k in keys if k in release.configs]
        latest_calls = [calls[k] for k in keys if k in calls]
        old_calls = extract(old.config.key, old, True)
        constants = {n: c for n, c in old.constants.items() if not any(n in x.constants for x in latest)}
        # An enumerator only old guests see (HVMMEM_mmio_write_dm, kept under __XEN_INTERFACE_VERSION__ <
        # 0x00040700 in 4.7) is an enum-like constant of the legacy view: its old name still compiles there.
        current = {
            e for c in latest for t in c.types.values() if t.layout.kind == "enum" for e, _ in t.layout.enumerators
        }
        for t in old.types.values():
            if t.layout.kind == "enum":
                for e, value in t.layout.enumerators:
                    if e not in current and e not in constants and not any(e in x.constants for x in latest):
                        constants[e] = Constant(e, str(value), value, t.where)
        views[arch] = LegacyView(
            types={n: t for n, t in sorted(old.types.items()) if not any(n in c.types for c in latest)},
            constants=dict(sorted(constants.items())),
            calls=CallsABI(
                {n: h for n, h in old_calls.hypercalls.items() if not any(n in c.hypercalls for c in latest_calls)},
                {n: s for n, s in old_calls.subops.items() if not any(n in c.subops for c in latest_calls)},
            ),
        )
    return calls, views


# -- JSON forms, for the catalogue's release documents ----------------------------------------------

ALL = "*"


def _grouped(items: dict[str, list[tuple[tuple, str]]], every: set[str]) -> dict[str, list[list]]:
    """{name: [(value, key)]} -> {name: [[*value, "key key"]]}; shared by all keys: "*"."""
    out: dict[str, list[list]] = {}
    for name in sorted(items):
        by_value: dict[tuple, list[str]] = {}
        for value, key in items[name]:
            by_value.setdefault(value, []).append(key)
        out[name] = sorted(
            [*value, ALL if set(keys) == every else " ".join(sorted(keys))] for value, keys in by_value.items()
        )
    return out


def _calls_rows(calls: Mapping[str, CallsABI]) -> tuple[dict, dict]:
    hypercalls: dict[str, list[tuple[tuple, str]]] = {}
    subops: dict[str, list[tuple[tuple, str]]] = {}
    for key, c in sorted(calls.items()):
        for h in c.hypercalls.values():
            hypercalls.setdefault(h.name, []).append(((h.number, h.where, h.alias_of, h.note), key))
        for s in c.subops.values():
            value = (s.hypercall, s.number, s.where, s.args, s.resolved, s.how, s.alias_of, s.annotation)
            subops.setdefault(s.name, []).append((value, key))
    return hypercalls, subops


def calls_to_json(calls: Mapping[str, CallsABI]) -> dict[str, Any]:
    """``{"hypercalls": {name: [[number, where, alias_of, note, configs]]}, "subops": {...}}``."""
    hypercalls, subops = _calls_rows(calls)
    every = set(calls)
    return {"hypercalls": _grouped(hypercalls, every), "subops": _grouped(subops, every)}


def _calls_from_rows(data: Mapping[str, Any], keys: list[str]) -> dict[str, CallsABI]:
    out = {key: CallsABI() for key in keys}

    def keys_of(spec: str) -> list[str]:
        return keys if spec == ALL else spec.split()

    for name, rows in data["hypercalls"].items():
        for number, where, alias_of, note, spec in rows:
            for key in keys_of(spec):
                out[key].hypercalls[name] = Hypercall(name, number, where, alias_of, note)
    for name, rows in data["subops"].items():
        for hypercall, number, where, args, resolved, how, alias_of, annotation, spec in rows:
            op = SubOp(name, hypercall, number, where, tuple(args), resolved, how, alias_of, annotation)
            for key in keys_of(spec):
                out[key].subops[name] = op
    return out


def calls_from_json(data: Mapping[str, Any], keys: list[str]) -> dict[str, CallsABI]:
    """The inverse of ``calls_to_json`` for a release whose configurations are ``keys``."""
    return _calls_from_rows(data, keys)


def legacy_to_json(legacy: Mapping[str, LegacyView], layout_hash: Callable[[Layout], str]) -> dict[str, Any]:
    """Per arch, the legacy-only types (by layout hash), constants, hypercalls and sub-ops."""
    every = set(legacy)
    types: dict[str, list[tuple[tuple, str]]] = {}
    constants: dict[str, list[tuple[tuple, str]]] = {}
    for arch, view in sorted(legacy.items()):
        for name, t in view.types.items():
            types.setdefault(name, []).append(((layout_hash(t.layout), t.where), arch))
        for name, c in view.constants.items():
            constants.setdefault(name, []).append(((c.text, c.value, c.where), arch))
    hypercalls, subops = _calls_rows({arch: view.calls for arch, view in legacy.items()})
    return {
        "archs": sorted(every),
        "types": _grouped(types, every),
        "constants": _grouped(constants, every),
        "hypercalls": _grouped(hypercalls, every),
        "subops": _grouped(subops, every),
    }


def legacy_from_json(data: Mapping[str, Any], layout: Callable[[str], Layout]) -> dict[str, LegacyView]:
    archs = list(data["archs"])
    calls = _calls_from_rows(data, archs)
    views = {arch: LegacyView(calls=calls[arch]) for arch in archs}

    def archs_of(spec: str) -> list[str]:
        return archs if spec == ALL else spec.split()

    for name, rows in data["types"].items():
        for h, where, spec in rows:
            entry = TypeEntry(name, layout(h), where)
            for arch in archs_of(spec):
                views[arch].types[name] = entry
    for name, rows in data["constants"].items():
        for text, value, where, spec in rows:
            c = Constant(name, text, value, where)
            for arch in archs_of(spec):
                views[arch].constants[name] = c
    return views
