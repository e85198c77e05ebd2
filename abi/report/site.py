"""The compatibility report: a static site and Markdown summaries of the ABI's history.

The last stage of the pipeline.  It reads what the others produce and
renders it; it decides nothing about stability or compatibility itself:

* the catalogue (``xen_abi.store.catalogue``): releases, their configurations, layouts,
  and the hypercalls and sub-ops each configuration sees (``xen_abi.frontend.hypercalls``);
* the history (``xen_abi.compare.history``): per item and arch, runs of releases with the
  same class (``xen_abi.analysis.classify``), number and epoch (no incompatible change, by the
  comparison engine's verdicts), and its events;
* the drift diffs (``xen_abi.compare.diff``) of each pair of consecutive releases: typed
  changes with a severity, field by field;
* the stable-since answer (``xen_abi.queries``): what a guest can rely on from a
  release on.

``gather`` computes those inputs and ``build`` turns them into plain page
records (dataclasses, no markup); ``xen_abi.report.render`` turns the records
into files with the jinja2 templates in ``templates/`` beside it and writes
the directory atomically.  The output is deterministic: sorted, no
timestamps, no paths of this machine.
"""

from __future__ import annotations

import difflib
import itertools
import multiprocessing
import os
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from xen_abi import queries
from xen_abi.analysis import guests as guest_types
from xen_abi.analysis.classify import LEGACY, Classifier, Stability
from xen_abi.common import workers
from xen_abi.common.errors import UsageError
from xen_abi.common.releases import edges, is_point_release, parents, series, version_key
from xen_abi.compare import history as hist
from xen_abi.compare.diff import compare_releases, merge_changes
from xen_abi.frontend.hypercalls import load_table
from xen_abi.ir.archs import ARCH_NAMES
from xen_abi.ir.changes import SEVERITIES, Change, Severity
from xen_abi.ir.model import Config, Hypercall, ReleaseABI, SubOp, TypeEntry, Visibility
from xen_abi.present import pahole
from xen_abi.store.catalogue import Catalogue

FORMATS = ("html", "markdown")
REPORT_MARKERS = ("index.html", "index.md")  # what every report directory holds, whatever its formats
# The classes in the order a reader meets them, with their short matrix labels.
CLASSES: tuple[str, ...] = ("stable", "tools-only", "deprecated", "removed")
SHORT = {"stable": "S", "tools-only": "T", "deprecated": "D", "removed": "R"}
# A matrix cell's marks: what changed where its run began; a series' point releases changed it.
MARKS = {"layout": "Δ", "number": "#", "point": "P"}
ARCH_ORDER = {a: i for i, a in enumerate(ARCH_NAMES)}
# Markdown pair summaries go into merge-request comments and release notes: keep them short.
MARKDOWN_MAX_LINES = 60
MARKDOWN_FINDINGS = 15
# The landing page first answers for the release this many tagged releases before the newest (4.15 for
# 4.22): about four years of Xen releases, what a distribution still shipping an old Xen needs.
DEFAULT_SINCE_BACK = 7


# -- inputs -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PairDiff:
    """The drift diff of a release and its parent in the release graph, merged across arches and views."""

    old: str
    new: str
    archs: tuple[str, ...]
    changes: tuple[Change, ...]


@dataclass
class Inputs:
    """Everything the report is made from, computed by the other stages."""

    releases: tuple[ReleaseABI, ...]  # oldest first
    history: hist.History
    diffs: dict[tuple[str, str], PairDiff]  # by (old, new): each release and its parent (common.releases.edges)
    since: dict[str, dict[tuple[str, str], str]]  # arch -> (kind, name) -> oldest R of its `stable --from R`
    newest: str  # the newest tagged release: the end of every stable-since answer


def series_columns(releases: Sequence[str]) -> list[tuple[str, tuple[str, ...]]]:
    """The columns of a matrix: per series, its first release (the x.y.0) and its point releases, oldest first."""
    columns: list[tuple[str, list[str]]] = []
    for r in sorted(releases, key=version_key):
        if is_point_release(r) and columns and series(columns[-1][0]) == series(r):
            columns[-1][1].append(r)
        else:  # an x.y.0, a development tree, or a point release whose x.y.0 is not there
            columns.append((r, []))
    return [(head, tuple(points)) for head, points in columns]


# The releases, loaded once in the parent: forked workers inherit them instead of reloading the catalogue.
_LOADED: dict[str, ReleaseABI] = {}


def _diff_pair(pair: tuple[str, str]) -> PairDiff:
    """Worker: one release and its parent, diffed and merged."""
    return _pair_diff(_LOADED[pair[0]], _LOADED[pair[1]])


def _pair_diff(old: ReleaseABI, new: ReleaseABI) -> PairDiff:
    d = compare_releases(old, new)
    return PairDiff(old.release, new.release, d.archs, tuple(merge_changes(d.changes)))


def gather(catalogue: Catalogue, *, jobs: int | None = None) -> Inputs:
    """Load the releases, the history and the stable-since answers, and diff each pair of the release graph.

    The pair diffs are the costly part and independent of the rest, so
    forked workers compute them while this process reads the history and
    asks ``xen_abi.queries`` for the stable-since answers.
    """
    names = sorted(catalogue.releases, key=version_key)
    if len(names) < 2:
        raise UsageError(f"a report needs at least two releases; the catalogue has {', '.join(names) or 'none'}")
    releases = tuple(catalogue.release(n) for n in names)
    pairs = edges(names)  # the release graph: each release and its parent
    jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    if jobs == 1 or "fork" not in multiprocessing.get_all_start_methods():
        by_name = {r.release: r for r in releases}
        diffs = [_pair_diff(by_name[a], by_name[b]) for a, b in pairs]
        history = hist.of_catalogue(catalogue)
        since = stable_since(catalogue, history)
    else:
        _LOADED.update((r.release, r) for r in releases)
        try:
            with workers.pool(min(jobs, len(pairs)), fork=True) as pool:
                pending = pool.map(_diff_pair, pairs)
                history = hist.of_catalogue(catalogue)
                since = stable_since(catalogue, history)
                diffs = list(pending)
        finally:
            _LOADED.clear()
    return Inputs(releases, history, {(d.old, d.new): d for d in diffs}, since, queries.newest_release(catalogue))


def stable_since(catalogue: Catalogue, history: hist.History) -> dict[str, dict[tuple[str, str], str]]:
    """arch -> (kind, name) -> the oldest release R whose ``xen-abi stable --from R`` answer has the item.

    ``queries.stable`` answers one range; an item is in the answer from R
    exactly when it has been stable, unchanged and callable from R on, which
    is when the ``since`` it is given is R or older.  So the answer for the
    newest release alone holds every item with its oldest R, and the landing
    page's answer for any release is exactly ``xen-abi stable --from`` that
    release (tests/test_report.py checks it release by release), at the cost
    of one query per arch instead of one per release and arch.
    """
    out: dict[str, dict[tuple[str, str], str]] = {}
    newest = queries.newest_release(catalogue)
    for arch in ARCH_NAMES:
        found: dict[tuple[str, str], str] = {}
        if newest in history.arch_releases.get(arch, ()):
            for item in queries.stable(catalogue, arch=arch, first=newest, last=newest).items:
                found[("hypercall", item.hypercall) if item.subop is None else ("subop", item.subop)] = item.since
        out[arch] = found
    return out


# -- page records ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Link:
    text: str
    href: str | None  # relative to the site root; None: no page for it


@dataclass(frozen=True)
class Cell:
    """One run of a matrix row: consecutive releases with the same class, number and no incompatible change."""

    span: int
    first: str
    last: str
    stability: str | None  # None: not there yet
    marks: tuple[str, ...]  # "layout", "number": what changed when this run began; "point": in a point release
    title: str  # the whole story of the cell, for a tooltip and assistive technology


@dataclass(frozen=True)
class Row:
    kind: str  # hypercall or subop
    name: str
    href: str
    number: str
    cells: tuple[Cell, ...]
    latest: str  # class in the arch's newest release, or "absent"
    changed: bool  # some run began with a layout or number change
    guests: str = ""  # the guest types the hypervisor serves it for in the arch's newest release (abi.guests)


@dataclass(frozen=True)
class Group:
    """A hypercall's row and the rows of its sub-ops."""

    hypercall: Row
    subops: tuple[Row, ...]


@dataclass(frozen=True)
class Matrix:
    arch: str
    releases: tuple[str, ...]  # one column per series: its x.y.0 (series_columns)
    points: tuple[tuple[str, ...], ...]  # each column's point releases
    groups: tuple[Group, ...]
    rows: int


@dataclass(frozen=True)
class Evidence:
    """An item's class on some arches, and why."""

    archs: str
    stability: str
    reason: str
    where: str
    interface_macro: str | None
    release: str  # the release the evidence is read from (the newest that has the item)


@dataclass(frozen=True)
class Listing:
    """A pahole-like layout, shared by the arches that agree on it."""

    archs: str
    text: str


@dataclass(frozen=True)
class ArgType:
    name: str
    href: str | None
    listings: tuple[Listing, ...]

    @property
    def link(self) -> Link:
        return Link(self.name, self.href)


@dataclass(frozen=True)
class Delta:
    """A field-level change of the drift diff, attached to a timeline event."""

    severity: str
    kind: str
    item: str
    before: str | None
    after: str | None
    archs: str
    note: str


@dataclass(frozen=True)
class BeforeAfter:
    """pahole listings of a type before and after a change; each line flagged when the other side lacks it."""

    type_name: str
    archs: str
    before: tuple[tuple[str, bool], ...]
    after: tuple[tuple[str, bool], ...]

    @classmethod
    def of(cls, type_name: str, archs: str, before: str, after: str) -> BeforeAfter:
        old, new = before.splitlines(), after.splitlines()
        old_changed, new_changed = [True] * len(old), [True] * len(new)
        # The first line names the release (and maybe a moved header line): not a change of the layout.
        old_changed[0:1] = new_changed[0:1] = [False]
        for block in difflib.SequenceMatcher(None, old, new, autojunk=False).get_matching_blocks():
            old_changed[block.a : block.a + block.size] = [False] * block.size
            new_changed[block.b : block.b + block.size] = [False] * block.size
        return cls(
            type_name, archs, tuple(zip(old, old_changed, strict=True)), tuple(zip(new, new_changed, strict=True))
        )


@dataclass(frozen=True)
class Event:
    """One change in an item's history, on the arches where it happened alike."""

    release: str
    previous: str | None
    pair_href: str | None
    archs: str
    subjects: tuple[Link, ...]  # what it happened to: the page's own item, or some of its sub-ops
    what: str
    text: str
    deltas: tuple[Delta, ...] = ()
    layouts: tuple[BeforeAfter, ...] = ()


@dataclass(frozen=True)
class SubopRef:
    name: str
    href: str
    number: str
    classes: tuple[tuple[str, str], ...]  # (class, arches) from its evidence
    args: tuple[Link, ...]


@dataclass
class ItemPage:
    """A page for a hypercall, a sub-op or an argument type."""

    kind: str
    name: str
    path: str
    title: str
    facts: list[tuple[str, str]] = field(default_factory=list)  # (label, text)
    links: list[tuple[str, Link]] = field(default_factory=list)  # (label, link)
    evidence: list[Evidence] = field(default_factory=list)
    numbers: list[tuple[str, str]] = field(default_factory=list)  # (archs, number)
    args: list[ArgType] = field(default_factory=list)
    subops: list[SubopRef] = field(default_factory=list)
    used_by: list[Link] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    grid: list[tuple[str, tuple[Cell, ...]]] = field(default_factory=list)  # per arch, over every release


@dataclass(frozen=True)
class Finding:
    severity: str
    kind: str
    item: Link
    hypercall: Link | None
    before: str | None
    after: str | None
    archs: str
    views: str
    where: str
    note: str


@dataclass(frozen=True)
class Share:
    """How much of the stable interface of the old release is unchanged in the new one, on one arch."""

    arch: str
    stable: int
    unchanged: int
    note: str = ""  # why nothing is counted: "no guest view in 4.21 (the guest headers do not compile)"

    @property
    def percent(self) -> str:
        return _percent(self.unchanged, self.stable)


@dataclass
class PairPage:
    old: str
    new: str
    path: str
    md_path: str
    archs: tuple[str, ...]
    counts: dict[str, int]  # severity -> changes
    kinds: dict[str, dict[str, int]]  # severity -> kind -> changes
    shares: list[Share]
    total: Share
    findings: list[Finding]
    by_hypercall: list[tuple[Link, dict[str, int]]]  # hypercall -> severity -> changes
    previous: Link | None = None
    next: Link | None = None


@dataclass
class SeriesPage:
    """A release series: its x.y.0 against the previous one, and each point release against its predecessor."""

    name: str  # 4.17
    path: str
    head: str  # 4.17.0
    points: tuple[str, ...]  # oldest first
    mainline: PairPage | None  # the previous x.y.0 -> head
    pairs: list[PairPage]  # one per point release, oldest first


@dataclass(frozen=True)
class SinceCell:
    arch: str
    since: str | None  # stable and unchanged from this release on; None: not stable in the newest release
    state: str  # class in the arch's newest release as a guest sees it (abi.guests), or "absent"
    guests: str = ""  # the guest types that can call it there


@dataclass(frozen=True)
class SinceRow:
    kind: str
    name: str
    href: str
    hypercall: str
    cells: tuple[SinceCell, ...]


@dataclass
class Landing:
    releases: tuple[str, ...]
    archs: tuple[str, ...]
    arch_ranges: list[tuple[str, str, str]]  # (arch, first release, last release)
    hypercalls: list[SinceRow]
    subops: list[SinceRow]
    pairs: list[tuple[Link, dict[str, int], str]]  # (pair link, counts, share of stable unchanged)
    totals: dict[str, int]
    through: str  # the newest tagged release: every stable-since answer runs to it
    counts: dict[str, int]  # hypercalls, subops, types (with a page)
    default: str  # the release the stable-since answer is shown for before the reader picks one
    usable: dict[str, dict[str, int]]  # "hypercalls"/"subops" -> arch -> how many can be relied on since default
    series: list[SeriesPage]  # oldest first: the columns of every matrix, grid and release table


@dataclass
class Site:
    landing: Landing
    matrices: list[Matrix]
    items: list[ItemPage]
    pairs: list[PairPage]


# -- helpers --------------------------------------------------------------------------------------


def _percent(part: int, whole: int) -> str:
    if whole == 0:
        return "n/a"
    if part == whole:
        return "100%"
    # Never round a partial share up to 100%: a reader must see that something changed.
    return f"{min(part * 1000 // whole / 10, 99.9):.1f}%"


def short_release(name: str) -> str:
    """4.15.0 -> 4.15; a point release (4.17.7) or a development tree keeps its name."""
    return name[:-2] if name.endswith(".0") else name


def archs_text(archs: Iterable[str], every: Sequence[str] | None = None) -> str:
    ordered = sorted(set(archs), key=lambda a: ARCH_ORDER.get(a, 99))
    if every is not None and len(every) > 1 and set(ordered) == set(every):
        return "all"
    return " ".join(ordered)


_TYPE_NAME = re.compile(r"\b(?:(?:struct|union|enum)\s+)?[A-Za-z_]\w*")
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def slug(name: str) -> str:
    """A file name for an item: ``struct xen_domctl`` -> ``struct-xen_domctl``."""
    return _UNSAFE.sub("-", name).strip("-") or "_"


def item_path(kind: str, name: str) -> str:
    folder = {"hypercall": "hypercalls", "subop": "subops", "type": "types"}[kind]
    return f"{folder}/{slug(name)}.html"


def pair_path(old: str, new: str, ext: str = "html") -> str:
    return f"pairs/{old}-to-{new}.{ext}"


def matrix_path(arch: str) -> str:
    return f"matrix/{arch}.html"


def series_name(release: str) -> str:
    """The series a matrix column stands for: 4.17 for 4.17.0 and 4.17.7; a development tree is its own."""
    return series(release) if release.endswith(".0") or is_point_release(release) else release


def series_path(release: str) -> str:
    """The page of the release's series: series/4.17.html."""
    return f"series/{slug(series_name(release))}.html"


def _visible(state: hist.State) -> tuple:
    """What a matrix cell shows of a state: renames and respellings are not compatibility changes."""
    return (state.stability, state.number, state.epoch)


# -- building -------------------------------------------------------------------------------------


class _Builder:
    """Turns the inputs into page records; one instance per report."""

    def __init__(self, inputs: Inputs) -> None:
        self.inputs = inputs
        self.history = inputs.history
        self.releases = {r.release: r for r in inputs.releases}
        self.order = [r.release for r in inputs.releases]
        self.columns = series_columns(self.order)
        self.parents = parents(self.order)
        self.newest = self.order[-1]
        self.archs = tuple(a for a in ARCH_NAMES if a in self.history.arch_releases)
        self.arch_columns = {a: series_columns(self.history.arch_releases[a]) for a in self.archs}
        self.calls: dict[str, list[str]] = defaultdict(list)  # hypercall -> sub-op names
        for (kind, name), item in self.history.items.items():
            if kind == "subop" and item.hypercall:
                self.calls[item.hypercall].append(name)
        self.used_by = self._used_by()
        self.commands = self._commands()
        self.arg_types = set(self.used_by) | {c for cs in self.commands.values() for c in cs}
        self._classifiers: dict[tuple[str, str], Classifier] = {}
        self._closures: dict[tuple[str, str, str, str | None], frozenset[str]] = {}
        self._entries: dict[tuple[str, str, str, str | None], TypeEntry | None] = {}
        self._numbers: dict[tuple[str, str], int] = {}
        # Hypercalls in number order, as xen.h lists them (an alias such as mca after its arch_N).
        names = [name for kind, name in self.history.items if kind == "hypercall"]
        self.hypercalls = sorted(names, key=lambda n: (self.sort_number("hypercall", n), n))

    # - lookups -

    def classifier(self, release: str, arch: str) -> Classifier:
        key = (release, arch)
        if key not in self._classifiers:
            self._classifiers[key] = Classifier(self.releases[release], arch)
        return self._classifiers[key]

    def runs(self, kind: str, name: str, arch: str) -> tuple[hist.Run, ...]:
        item = self.history.items.get((kind, name))
        return () if item is None else item.runs.get(arch, ())

    def last_present(self, kind: str, name: str, arch: str) -> tuple[str, hist.State] | None:
        """The newest release where the item is there on ``arch``, and its state."""
        for run in reversed(self.runs(kind, name, arch)):
            if run.state.present:
                return run.last, run.state
        return None

    def href(self, kind: str, name: str) -> str | None:
        if (kind, name) not in self.history.items:
            return None
        if kind == "type" and name not in self.arg_types:
            return None
        return item_path(kind, name)

    def type_entry(self, release: str, arch: str, name: str, visibility: str | None) -> TypeEntry | None:
        """A type as the view the item was seen in has it (as xen_abi.compare.history reads argument layouts)."""
        key = (release, arch, name, visibility)
        if key not in self._entries:
            self._entries[key] = self._find_entry(*key)
        return self._entries[key]

    def _find_entry(self, release: str, arch: str, name: str, visibility: str | None) -> TypeEntry | None:
        r = self.releases[release]
        legacy = r.legacy.get(arch)
        if visibility == LEGACY and legacy is not None and name in legacy.types:
            return legacy.types[name]
        views = [Visibility.TOOLS, Visibility.GUEST] if visibility == "tools" else [Visibility.GUEST, Visibility.TOOLS]
        for vis in views:
            abi = r.configs.get(Config(arch, vis).key)
            if abi is not None and name in abi.types:
                return abi.types[name]
        return None

    def sort_number(self, kind: str, name: str) -> int:
        key = (kind, name)
        if key not in self._numbers:
            number = -1
            for arch in self.archs:
                found = self.last_present(kind, name, arch)
                if found and found[1].number is not None:
                    number = found[1].number
                    break
            self._numbers[key] = number
        return self._numbers[key]

    def _used_by(self) -> dict[str, set[str]]:
        """type -> the sub-ops it is an argument of, in some release on some arch (those types get a page)."""
        out: dict[str, set[str]] = defaultdict(set)
        for (kind, name), item in self.history.items.items():
            if kind != "subop":
                continue
            for runs in item.runs.values():
                for run in runs:
                    for a in run.state.args or ():
                        if ("type", a) in self.history.items:
                            out[a].add(name)
        return out

    def _commands(self) -> dict[str, list[str]]:
        """hypercall -> the structs that carry its sub-ops (``struct xen_domctl``), from the hypercall table."""
        out: dict[str, list[str]] = defaultdict(list)
        items = self.history.items
        for family in load_table().families:
            command = family.command
            if ("hypercall", family.hypercall) not in items or not command or ("type", command) not in items:
                continue
            if command not in out[family.hypercall]:
                out[family.hypercall].append(command)
        return out

    # - matrices -

    def matrix(self, arch: str) -> Matrix:
        columns = self.arch_columns[arch]
        heads = tuple(head for head, _ in columns)
        groups = []
        count = 0
        for hc in self.hypercalls:
            hc_row = self.row("hypercall", hc, arch, columns)
            subs = sorted(self.calls.get(hc, ()), key=lambda n: (self.sort_number("subop", n), n))
            rows = tuple(r for r in (self.row("subop", s, arch, columns) for s in subs) if r is not None)
            if hc_row is None and not rows:
                continue
            if hc_row is None:  # sub-ops seen without their hypercall's number on this arch
                hc_row = Row(
                    "hypercall",
                    hc,
                    item_path("hypercall", hc),
                    "",
                    (Cell(len(heads), heads[0], heads[-1], None, (), "no hypercall number"),),
                    "absent",
                    False,
                )
            groups.append(Group(hc_row, rows))
            count += 1 + len(rows)
        return Matrix(arch, heads, tuple(points for _, points in columns), tuple(groups), count)

    def row(self, kind: str, name: str, arch: str, columns: Sequence[tuple[str, tuple[str, ...]]]) -> Row | None:
        """One item's cells over ``columns`` (series_columns): a column shows its x.y.0; a series whose point
        releases changed the item is a cell of its own, marked, its title naming those point releases."""
        runs = self.runs(kind, name, arch)
        if not any(r.state.present for r in runs):
            return None
        states = self.history.states(kind, name, arch)
        cells: list[Cell] = []
        merged: list[list] = []  # [first, last, span, state, marks, point changes]
        prev: hist.State | None = None
        for head, points in columns:
            s = states[head]
            changed: list[str] = []
            if prev is not None and prev.present and s.present:
                if prev.number != s.number:
                    changed.append("number")
                if prev.epoch != s.epoch:
                    changed.append("layout")
            in_points = _point_changes(s, [(p, states[p]) for p in points])
            if in_points:
                changed.append("point")
            if merged and not in_points and not merged[-1][5] and _visible(merged[-1][3]) == _visible(s):
                merged[-1][1] = head
                merged[-1][2] += 1
            else:
                merged.append([head, head, 1, s, tuple(changed), in_points])
            prev = s
        for first, last, span, s, marks, in_points in merged:
            cells.append(
                Cell(
                    span,
                    first,
                    last,
                    None if s.stability is None else str(s.stability),
                    marks,
                    _cell_title(first, last, s, marks, in_points),
                )
            )
        last_state = states[columns[-1][0]]
        latest = "absent" if last_state.stability is None else str(last_state.stability)
        number = "" if last_state.number is None else str(last_state.number)
        if not number:
            found = self.last_present(kind, name, arch)
            number = "" if found is None or found[1].number is None else str(found[1].number)
        guests = self.guest_text(kind, name, arch, columns[-1][0])
        return Row(kind, name, item_path(kind, name), number, tuple(cells), latest, any(c.marks for c in cells), guests)

    # - guest types (abi.guests) -

    def usability(self, kind: str, name: str, arch: str, release: str) -> guest_types.Usability | None:
        """What ``release``'s hypervisor serves ``name`` (a hypercall or sub-op) for, per guest type of ``arch``."""
        if kind not in ("hypercall", "subop"):
            return None
        hypercall = name if kind == "hypercall" else (self.history.items[(kind, name)].hypercall or "")
        subop = name if kind == "subop" else None
        return guest_types.usability(self.releases[release], hypercall, guest_types.arch_guests(arch), subop)

    def guest_text(self, kind: str, name: str, arch: str, release: str) -> str:
        """``pv64 hvm64``, ``none`` or ``unknown``: the guest types that can call it."""
        use = self.usability(kind, name, arch, release)
        if use is None or not use.facts:
            return ""
        return "unknown" if not use.known else (" ".join(use.callable) or "none")

    def guest_state(self, kind: str, name: str, arch: str, release: str, header: str) -> str:
        """The class a guest sees in ``release``: the header class unless the hypervisor or the guest view says
        otherwise (``not implemented``, ``removed``, ``no guest view``)."""
        if header == "absent":
            return header
        no_view = guest_types.no_guest_view(self.releases[release], arch)
        if no_view is not None:
            return str(Stability.NO_GUEST_VIEW)
        use = self.usability(kind, name, arch, release)
        if use is None or not use.known or use.callable:
            return header
        order = self.history.arch_releases[arch]
        earlier = order[: order.index(release)]
        ever = any(self.usability(kind, name, arch, r).callable for r in earlier)  # type: ignore[union-attr]
        return str(Stability.REMOVED if ever else Stability.NOT_IMPLEMENTED)

    def guest_facts(self, kind: str, name: str) -> list[tuple[str, str]]:
        """Item-page facts: per arch, in its newest release, which guest types the hypervisor serves it for, with
        the table row that says so; a multiplexed hypercall's interface class; SUPPORT.md status."""
        out: list[tuple[str, str]] = []
        for arch in self.archs:
            found = self.last_present(kind, name, arch)
            if found is None:
                continue
            release = found[0]
            use = self.usability(kind, name, arch, release)
            if use is None or not use.facts:
                continue
            out.append((f"guest types on {arch} ({short_release(release)})", f"{use.text()}; {use.evidence()}"))
        if kind == "hypercall":
            for arch in self.archs:
                found = self.last_present(kind, name, arch)
                if found is None:
                    continue
                iface = guest_types.interface(self.releases[found[0]], arch, name, self.classifier(found[0], arch))
                if iface is not None:
                    out.append(("interface", f"{iface.text()} ({short_release(found[0])}, {arch}; {iface.reason})"))
                    break
        hypercall = name if kind == "hypercall" else (self.history.items[(kind, name)].hypercall or "")
        facts = self.releases[self.inputs.newest].hypervisor
        if facts is not None and kind in ("hypercall", "subop"):
            seen: dict[tuple[str, str, str], list[str]] = defaultdict(list)
            for guest, s in facts.support.get(hypercall, {}).items():
                seen[(s.section, s.status, s.where)].append(guest)
            for (section, status, where), guests in seen.items():
                out.append(
                    (
                        f"SUPPORT.md, {short_release(self.inputs.newest)}",
                        f"{section}: {status} ({' '.join(guests)}; {where})",
                    )
                )
        return out

    # - item pages -

    def grid(self, kind: str, name: str) -> list[tuple[str, tuple[Cell, ...]]]:
        """The item's matrix row on every arch, padded so columns line up across arches."""
        out = []
        heads = [head for head, _ in self.columns]
        for arch in self.archs:
            columns = self.arch_columns[arch]
            row = self.row(kind, name, arch, columns)
            if row is None:
                continue
            missing = sum(1 for h in heads if version_key(h) < version_key(columns[0][0]))
            pad = (
                (
                    Cell(
                        missing,
                        heads[0],
                        heads[missing - 1],
                        "unsupported",
                        (),
                        f"{arch} not supported before {short_release(columns[0][0])}",
                    ),
                )
                if missing
                else ()
            )
            out.append((arch, pad + row.cells))
        return out

    def evidence(self, kind: str, name: str) -> list[Evidence]:
        groups: dict[tuple, list[str]] = defaultdict(list)
        for arch in self.archs:
            found = self.last_present(kind, name, arch)
            if found is None:
                continue
            release, _ = found
            verdict = self.classifier(release, arch).classify(name, kind=kind)
            if verdict is None:
                continue
            key = (str(verdict.stability), verdict.reason, verdict.where, verdict.interface_macro, release)
            groups[key].append(arch)
        out = [Evidence(archs_text(a, self.archs), *key) for key, a in groups.items()]
        newest_runs = {a: self.runs(kind, name, a) for a in self.archs}
        removed = [a for a, runs in newest_runs.items() if runs and runs[-1].state.stability is Stability.REMOVED]
        if removed:
            gone = {self._removed_in(kind, name, a) for a in removed}
            out.append(
                Evidence(
                    archs_text(removed, self.archs),
                    str(Stability.REMOVED),
                    f"absent from {', '.join(sorted(gone, key=version_key))} on, after being defined (abi.history)",
                    "",
                    None,
                    self.newest,
                )
            )
        return sorted(out, key=lambda e: (CLASSES.index(e.stability) if e.stability in CLASSES else 9, e.archs))

    def _removed_in(self, kind: str, name: str, arch: str) -> str:
        runs = self.runs(kind, name, arch)
        return runs[-1].first

    def since_text(self, kind: str, name: str) -> str | None:
        """The stable-since answer for one item, arches with the same answer together."""
        groups: dict[str, list[str]] = defaultdict(list)
        for arch in self.archs:
            release = self.inputs.since.get(arch, {}).get((kind, name))
            if release:
                groups[release].append(arch)
        if not groups:
            return None
        parts = [
            f"{short_release(r)} ({archs_text(a, self.archs)})"
            for r, a in sorted(groups.items(), key=lambda x: version_key(x[0]))
        ]
        return ", ".join(parts) + f", through {short_release(self.inputs.newest)}"

    def numbers(self, kind: str, name: str) -> list[tuple[str, str]]:
        groups: dict[str, list[str]] = defaultdict(list)
        for arch in self.archs:
            found = self.last_present(kind, name, arch)
            if found and found[1].number is not None:
                groups[str(found[1].number)].append(arch)
        return sorted(((archs_text(a, self.archs), n) for n, a in groups.items()), key=lambda x: x[1])

    def newest_views(self, kind: str, name: str) -> dict[str, tuple[str, str | None]]:
        """arch -> (the newest release with the item, the view it is seen in there)."""
        out = {}
        for arch in self.archs:
            found = self.last_present(kind, name, arch)
            if found is not None:
                out[arch] = (found[0], found[1].visibility)
        return out

    def listings(self, type_name: str, where: Mapping[str, tuple[str, str | None]]) -> list[Listing]:
        """The type's pahole listing on each arch of ``where`` (arch -> release, view); equal listings shared."""
        groups: dict[str, list[str]] = defaultdict(list)
        for arch, (release, visibility) in where.items():
            entry = self.type_entry(release, arch, type_name, visibility)
            if entry is not None:
                groups[pahole.render(entry, release=release)].append(arch)
        ordered = sorted(groups.items(), key=lambda x: min(ARCH_ORDER[a] for a in x[1]))
        return [Listing(archs_text(a, self.archs), text) for text, a in ordered]

    def events(self, kind: str, name: str, *, deltas: bool = True) -> list[Event]:
        """Every change of one item, arches with the same change merged, oldest first."""
        merged: dict[tuple[str, str | None, str, str | None, str | None], list[str]] = defaultdict(list)
        for arch in self.archs:
            order = self.history.arch_releases.get(arch, ())  # a history without the arch: nothing to show
            for ch in hist.changes(self.history, kind, name, arch):
                previous = self.parents.get(ch.release) if ch.release in order else None
                key: tuple[str, str | None, str, str | None, str | None] = (
                    (ch.release, previous, ch.what, None, None)
                    if ch.what in ("layout", "renamed")
                    else (ch.release, previous, ch.what, ch.old, ch.new)
                )
                merged[key].append(arch)
        subject = (Link(name, self.href(kind, name)),)
        out = []
        for (release, previous, what, old, new), archs in merged.items():
            ds: tuple[Delta, ...] = ()
            las: tuple[BeforeAfter, ...] = ()
            if deltas and previous is not None and what in ("layout", "renamed", "args"):
                types = self._event_types(kind, name, archs, previous, release)
                ds = self._deltas(previous, release, types, archs)
                las = self._before_after(kind, name, archs, previous, release)
            out.append(
                Event(
                    release,
                    previous,
                    pair_path(previous, release) if previous and (previous, release) in self.inputs.diffs else None,
                    archs_text(archs, self.archs),
                    subject,
                    what,
                    _event_text(kind, what, old, new),
                    ds,
                    las,
                )
            )
        out.sort(
            key=lambda e: (
                self.order.index(e.release),
                _WHAT_ORDER.get(e.what, 9),
                ARCH_ORDER.get(e.archs.split()[0], -1),
            )
        )
        return out

    def _event_types(self, kind: str, name: str, archs: Sequence[str], old: str, new: str) -> set[str]:
        """The types whose changes explain an event: the item or its arguments, and the types they contain."""
        if kind not in ("type", "subop"):
            return set()
        types: set[str] = set()
        for arch in archs:
            states = self.history.states(kind, name, arch)
            for r in (old, new):
                s = states.get(r)
                if s is None:
                    continue
                roots = [name] if kind == "type" else list(s.args or ())
                types.update(self._contained(r, arch, roots, s.visibility))
        return types

    def _contained(self, release: str, arch: str, roots: list[str], visibility: str | None) -> set[str]:
        """``roots`` and every type their members or typedef targets name, transitively: the drift diff
        reports a nested struct's change on the nested struct, not on the argument that holds it."""
        out: set[str] = set()
        for root in roots:
            out |= self._closure(release, arch, root, visibility)
        return out

    def _closure(self, release: str, arch: str, name: str, visibility: str | None) -> frozenset[str]:
        key = (release, arch, name, visibility)
        if key not in self._closures:
            self._closures[key] = frozenset({name})  # a self-referencing type ends here
            found = {name}
            entry = self.type_entry(release, arch, name, visibility)
            if entry is not None:
                for spelling in [f.type for f in entry.layout.fields] + [entry.layout.target or ""]:
                    for m in _TYPE_NAME.finditer(spelling):
                        if m.group(0) not in found:
                            found |= self._closure(release, arch, m.group(0), visibility)
            self._closures[key] = frozenset(found)
        return self._closures[key]

    def _deltas(self, old: str, new: str, types: set[str], archs: Sequence[str]) -> tuple[Delta, ...]:
        pair = self.inputs.diffs.get((old, new))
        if pair is None or not types:
            return ()
        wanted = set(archs)
        return tuple(
            Delta(c.severity.value, c.kind.value, c.item, c.before, c.after, archs_text(c.archs, pair.archs), c.note)
            for c in pair.changes
            if c.type_name in types and wanted.intersection(c.archs)
        )

    def _before_after(self, kind: str, name: str, archs: Sequence[str], old: str, new: str) -> tuple[BeforeAfter, ...]:
        """pahole listings of the types whose layout changed, before and after, arches with equal listings merged."""
        groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
        for arch in archs:
            states = self.history.states(kind, name, arch)
            s_old, s_new = states.get(old), states.get(new)
            if s_old is None or s_new is None:
                continue
            if kind == "type":
                pairs = [(name, name)] if s_old.layout != s_new.layout else []
            else:
                old_args, new_args = s_old.args or (), s_new.args or ()
                old_h, new_h = (s_old.layout or "").split(), (s_new.layout or "").split()
                pairs = [
                    (a, b)
                    for a, b, ha, hb in itertools.zip_longest(old_args, new_args, old_h, new_h)
                    if a and b and ha != hb
                ]
            for a, b in pairs:
                before = self.type_entry(old, arch, a, s_old.visibility)
                after = self.type_entry(new, arch, b, s_new.visibility)
                if before is None or after is None:
                    continue
                key = (b, pahole.render(before, release=old), pahole.render(after, release=new))
                groups[key].append(arch)
        return tuple(
            BeforeAfter.of(t, archs_text(a, self.archs), before, after)
            for (t, before, after), a in sorted(
                groups.items(), key=lambda x: (x[0][0], ARCH_ORDER[min(x[1], key=ARCH_ORDER.__getitem__)])
            )
        )

    def subop_page(self, name: str) -> ItemPage:
        item = self.history.items[("subop", name)]
        hc = item.hypercall or "?"
        page = ItemPage("subop", name, item_path("subop", name), name)
        found = {a: self.last_present("subop", name, a) for a in self.archs}
        ops = {}
        for arch, f in found.items():
            if f is None:
                continue
            looked = self.classifier(f[0], arch).lookup(name, "subop")
            if looked is not None and isinstance(looked[1], SubOp):
                ops[arch] = (f[0], f[1], looked[1])
        page.links.append(("hypercall", Link(hc, self.href("hypercall", hc))))
        page.numbers = self.numbers("subop", name)
        since = self.since_text("subop", name)
        page.facts.append(("stable since", since or "not stable in the newest release (or its hypercall is not)"))
        page.facts.extend(self.guest_facts("subop", name))
        page.evidence = self.evidence("subop", name)
        some = next(iter(ops.values()), None)
        if some is not None:
            release, _, op = some
            page.facts.append(("defined at", f"{op.where} ({release})"))
            if op.alias_of:
                page.links.append(("alias of", Link(op.alias_of, self.href("subop", op.alias_of))))
            if op.annotation:
                page.facts.append(("header says", op.annotation))
            args_how = op.how if op.resolved else f"unresolved: {op.how}"
            page.facts.append(("argument evidence", args_how))
        arg_names = list(dict.fromkeys(a for _, _, op in ops.values() for a in op.args))
        for a in arg_names:
            where = {arch: (release, state.visibility) for arch, (release, state, op) in ops.items() if a in op.args}
            page.args.append(ArgType(a, self.href("type", a), tuple(self.listings(a, where))))
        page.grid = self.grid("subop", name)
        page.events = self.events("subop", name)
        return page

    def hypercall_page(self, name: str) -> ItemPage:
        page = ItemPage("hypercall", name, item_path("hypercall", name), f"__HYPERVISOR_{name}")
        page.numbers = self.numbers("hypercall", name)
        page.evidence = self.evidence("hypercall", name)
        since = self.since_text("hypercall", name)
        page.facts.append(("stable since", since or "not stable in the newest release"))
        page.facts.extend(self.guest_facts("hypercall", name))
        for arch in self.archs:
            f = self.last_present("hypercall", name, arch)
            if f is None:
                continue
            looked = self.classifier(f[0], arch).lookup(name, "hypercall")
            if looked is not None and isinstance(looked[1], Hypercall):
                h = looked[1]
                page.facts.append(("defined at", f"{h.where} ({f[0]})"))
                if h.alias_of:
                    page.links.append(("alias of", Link(h.alias_of, self.href("hypercall", h.alias_of))))
                if h.note:
                    page.facts.append(("header says", h.note))
                break
        for command in self.commands.get(name, ()):
            listings = self.listings(command, self.newest_views("type", command))
            if listings:
                page.args.append(ArgType(command, self.href("type", command), tuple(listings)))
        subs = sorted(self.calls.get(name, ()), key=lambda n: (self.sort_number("subop", n), n))
        for s in subs:
            classes = tuple((e.stability, e.archs) for e in self.evidence("subop", s))
            args: list[Link] = []
            for arch in self.archs:
                f = self.last_present("subop", s, arch)
                if f and f[1].args:
                    args = [Link(a, self.href("type", a)) for a in f[1].args]
                    break
            numbers = self.numbers("subop", s)
            page.subops.append(
                SubopRef(s, item_path("subop", s), ", ".join(n for _, n in numbers), classes, tuple(args))
            )
        page.grid = self.grid("hypercall", name)
        events = self.events("hypercall", name)
        for command in self.commands.get(name, ()):
            if self.href("type", command):
                events.extend(e for e in self.events("type", command) if e.what != "renamed")
        # Sub-ops that changed alike in one release (27 of them appearing in 4.0) make one event.
        alike: dict[tuple, list[Event]] = defaultdict(list)
        for s in subs:
            for e in self.events("subop", s, deltas=False):
                if e.what != "renamed":
                    alike[(e.release, e.previous, e.pair_href, e.archs, e.what, e.text)].append(e)
        for group in alike.values():
            events.append(replace(group[0], subjects=tuple(sub for e in group for sub in e.subjects)))
        events.sort(
            key=lambda e: (
                self.order.index(e.release),
                e.subjects[0].text != name,
                _WHAT_ORDER.get(e.what, 9),
                e.subjects[0].text,
            )
        )
        page.events = events
        return page

    def type_page(self, name: str) -> ItemPage:
        page = ItemPage("type", name, item_path("type", name), name)
        page.evidence = self.evidence("type", name)
        page.args.append(ArgType(name, None, tuple(self.listings(name, self.newest_views("type", name)))))
        page.used_by = [Link(s, item_path("subop", s)) for s in sorted(self.used_by.get(name, ()))]
        for hc, commands in sorted(self.commands.items()):
            if name in commands:
                page.used_by.insert(0, Link(hc, item_path("hypercall", hc)))
        page.grid = self.grid("type", name)
        page.events = self.events("type", name)
        return page

    # - release pairs -

    def _state_table(self) -> dict[str, dict[tuple[str, str], dict[str, hist.State]]]:
        """arch -> item -> release -> state, computed once for every pair."""
        out: dict[str, dict[tuple[str, str], dict[str, hist.State]]] = {a: {} for a in self.archs}
        for key, item in self.history.items.items():
            if key[0] == "enumerator":
                continue  # the shares count hypercalls, sub-ops and types
            for arch, runs in item.runs.items():
                order = self.history.arch_releases.get(arch, ())  # a history without the arch: nothing to show
                index = {r: i for i, r in enumerate(order)}
                states: dict[str, hist.State] = {}
                for run in runs:
                    for r in order[index[run.first] : index[run.last] + 1]:
                        states[r] = run.state
                out[arch][key] = states
        return out

    def shares(self, old: str, new: str, archs: Sequence[str], table) -> list[Share]:
        """Per arch: the items (hypercalls, sub-ops, types) stable in ``old``, and how many of them have the same
        class and number and no incompatible change in ``new``."""
        out = []
        for arch in archs:
            stable = unchanged = 0
            no_view = [r for r in (old, new) if guest_types.no_guest_view(self.releases[r], arch) is not None]
            if no_view:
                # Tools-only items of an arch whose guest headers do not compile are no stable interface.
                where = " and ".join(short_release(r) for r in no_view)
                note = f"no guest view in {where} (its guest headers do not compile)"
                out.append(Share(arch, 0, 0, note))
                continue
            for states in table[arch].values():
                a, b = states.get(old), states.get(new)
                if a is None or a.stability is not Stability.STABLE:
                    continue
                stable += 1
                if b is not None and b.stability is Stability.STABLE and (a.number, a.epoch) == (b.number, b.epoch):
                    unchanged += 1
            out.append(Share(arch, stable, unchanged))
        return out

    def finding(self, c: Change, pair: PairDiff) -> Finding:
        item_link = self._item_link(c)
        hc = Link(c.hypercall, self.href("hypercall", c.hypercall)) if c.hypercall else None
        before, after = str(c.where_before or ""), str(c.where_after or "")
        where = before if before == after or not after else (after if not before else f"{before} → {after}")
        return Finding(
            c.severity.value,
            c.kind.value,
            item_link,
            hc,
            c.before,
            c.after,
            archs_text(c.archs, pair.archs),
            ", ".join(c.visibilities),
            where or "",
            c.note,
        )

    def _item_link(self, c: Change) -> Link:
        for kind in ("subop", "hypercall"):
            if (kind, c.item) in self.history.items:
                return Link(c.item, item_path(kind, c.item))
        name = c.item[len("__HYPERVISOR_") :] if c.item.startswith("__HYPERVISOR_") else None
        if name and ("hypercall", name) in self.history.items:
            return Link(c.item, item_path("hypercall", name))
        if c.type_name and c.type_name in self.arg_types:
            return Link(c.item, item_path("type", c.type_name))
        return Link(c.item, None)

    def pair_pages(self) -> list[PairPage]:
        table = self._state_table()
        pages = []
        for (old, new), pair in self.inputs.diffs.items():
            counts = {s.value: 0 for s in SEVERITIES}
            kinds: dict[str, dict[str, int]] = {s.value: {} for s in SEVERITIES}
            per_hc: dict[str, dict[str, int]] = defaultdict(lambda: {s.value: 0 for s in SEVERITIES})
            for c in pair.changes:
                counts[c.severity.value] += 1
                kinds[c.severity.value][c.kind.value] = kinds[c.severity.value].get(c.kind.value, 0) + 1
                per_hc[c.hypercall or ""][c.severity.value] += 1
            shares = self.shares(old, new, pair.archs, table)
            total = Share("all", sum(s.stable for s in shares), sum(s.unchanged for s in shares))
            findings = [
                self.finding(c, pair)
                for c in pair.changes
                if c.severity in (Severity.BREAKING, Severity.INTERFACE_VERSION)
            ]
            findings.sort(
                key=lambda f: (
                    f.severity != Severity.BREAKING.value,
                    f.hypercall.text if f.hypercall else "~",
                    f.item.text,
                    f.kind,
                )
            )
            by_hc = [
                (Link(h or "(no hypercall)", self.href("hypercall", h) if h else None), {k: v for k, v in n.items()})
                for h, n in sorted(per_hc.items(), key=lambda x: (x[0] == "", x[0]))
            ]
            pages.append(
                PairPage(
                    old,
                    new,
                    pair_path(old, new),
                    pair_path(old, new, "md"),
                    pair.archs,
                    counts,
                    {s: dict(sorted(k.items(), key=lambda x: (-x[1], x[0]))) for s, k in kinds.items()},
                    shares,
                    total,
                    findings,
                    by_hc,
                )
            )
        pages.sort(key=lambda p: version_key(p.new))
        for a, b in itertools.pairwise(pages):
            a.next = Link(f"{short_release(b.old)} → {short_release(b.new)}", b.path)
            b.previous = Link(f"{short_release(a.old)} → {short_release(a.new)}", a.path)
        return pages

    # - landing -

    def since_row(self, kind: str, name: str) -> SinceRow | None:
        """The item's stable-since answer on every arch, with its class in the newest tagged release."""
        cells = []
        through = self.inputs.newest
        for arch in self.archs:
            state = self.history.states(kind, name, arch).get(through)
            text = "absent" if state is None or state.stability is None else str(state.stability)
            if text != "absent" and through in self.history.arch_releases.get(arch, ()):
                text = self.guest_state(kind, name, arch, through, text)
            guests = self.guest_text(kind, name, arch, through) if text != "absent" else ""
            since = self.inputs.since.get(arch, {}).get((kind, name))
            if kind == "hypercall" and text == str(Stability.STABLE):
                # A multiplexed hypercall whose number is stable but whose interface is the toolstack's (domctl).
                iface = guest_types.interface(self.releases[through], arch, name, self.classifier(through, arch))
                if iface is not None and iface.stability is Stability.TOOLS_ONLY:
                    n = len(iface.stable_subops)
                    if since:
                        guests += f" · interface tools-only, {n} stable sub-op{'s' if n != 1 else ''}"
                    else:
                        text = "interface tools-only"
            cells.append(SinceCell(arch, since, text, guests))
        if all(c.state == "absent" for c in cells):
            return None
        hc = name if kind == "hypercall" else (self.history.items[(kind, name)].hypercall or "")
        return SinceRow(kind, name, item_path(kind, name), hc, tuple(cells))

    def series_pages(self, pairs: list[PairPage]) -> list[SeriesPage]:
        by_new = {p.new: p for p in pairs}
        return [
            SeriesPage(
                series_name(head),
                series_path(head),
                head,
                points,
                by_new.get(head),
                [by_new[p] for p in points if p in by_new],
            )
            for head, points in self.columns
        ]

    def landing(self, pairs: list[PairPage]) -> Landing:
        hypercalls = [r for r in (self.since_row("hypercall", h) for h in self.hypercalls) if r]
        subops = []
        for h in self.hypercalls:
            for s in sorted(self.calls.get(h, ()), key=lambda n: (self.sort_number("subop", n), n)):
                row = self.since_row("subop", s)
                if row:
                    subops.append(row)
        ranges = [(a, self.history.arch_releases[a][0], self.history.arch_releases[a][-1]) for a in self.archs]
        # The mainline (x.y.0 to x.y.0): a point release's changes are backports the next x.y.0 counts again.
        mainline = [p for p in pairs if not is_point_release(p.new)]
        totals = {s.value: sum(p.counts[s.value] for p in mainline) for s in SEVERITIES}
        # Seven x.y.0 releases back (4.15 for 4.22), whatever the number of point releases between them.
        tagged = [
            r for r in self.order if version_key(r) <= version_key(self.inputs.newest) and not is_point_release(r)
        ]
        default = tagged[max(0, len(tagged) - 1 - DEFAULT_SINCE_BACK)]
        usable = {
            table: {
                arch: sum(
                    1
                    for r in rows
                    for c in r.cells
                    if c.arch == arch and c.since and version_key(c.since) <= version_key(default)
                )
                for arch in self.archs
            }
            for table, rows in (("hypercalls", hypercalls), ("subops", subops))
        }
        return Landing(
            tuple(self.order),
            self.archs,
            ranges,
            hypercalls,
            subops,
            [
                (Link(f"{short_release(p.old)} → {short_release(p.new)}", p.path), p.counts, p.total.percent)
                for p in mainline
            ],
            totals,
            self.inputs.newest,
            {
                "hypercalls": len(self.hypercalls),
                "subops": sum(len(v) for v in self.calls.values()),
                "types": len(self.arg_types),
            },
            default,
            usable,
            self.series_pages(pairs),
        )


_WHAT_ORDER = {
    w: i
    for i, w in enumerate(("appeared", "reappeared", "class", "number", "args", "layout", "renamed", "disappeared"))
}


def _point_changes(head: hist.State, points: Sequence[tuple[str, hist.State]]) -> tuple[str, ...]:
    """What the point releases of a series changed, each against the one before it: ("4.17.3: layout changed")."""
    out = []
    prev = head
    for release, s in points:
        if _visible(s) != _visible(prev):
            if s.stability != prev.stability:
                what = "not defined" if s.stability is None else f"{s.stability}"
            elif s.number != prev.number:
                what = f"number {s.number}"
            else:
                what = "layout changed"
            out.append(f"{release}: {what}")
        prev = s
    return tuple(out)


def _cell_title(first: str, last: str, s: hist.State, marks: tuple[str, ...], in_points: Sequence[str] = ()) -> str:
    """A matrix cell in words (its row header names the item): "stable in 4.15 to 4.22, number 1; ..."."""
    span = short_release(first) if first == last else f"{short_release(first)} to {short_release(last)}"
    text = f"not yet defined in {span}" if s.stability is None else f"{s.stability} in {span}"
    if s.stability is not None and s.number is not None and s.stability is not Stability.REMOVED:
        text += f", number {s.number}"
    changes = [f"{m} changed" for m in marks if m in ("number", "layout")]
    if changes and s.stability is not None:
        text += f"; {' and '.join(changes)} in {short_release(first)}"
    if in_points:
        text += f"; in its point releases: {', '.join(in_points)}"
    return text


def _event_text(kind: str, what: str, old: str | None, new: str | None) -> str:
    if what == "appeared":
        return f"appeared, {new}"
    if what == "reappeared":
        return f"reappeared, {new}"
    if what == "disappeared":
        return "removed"
    if what == "class":
        return f"class {old} → {new}"
    if what == "number":
        return f"number {old} → {new}"
    if what == "args":
        return f"argument types {old or '(none)'} → {new or '(none)'}"
    if what == "layout":
        return "argument layout changed" if kind == "subop" else "layout changed"
    if what == "renamed":
        return "respelled, same binary layout"
    return f"{what}: {old} → {new}"


def build(inputs: Inputs) -> Site:
    """The page records of the whole site."""
    b = _Builder(inputs)
    pairs = b.pair_pages()
    items = [b.hypercall_page(h) for h in b.hypercalls]
    items += [b.subop_page(s) for s in sorted(n for k, n in inputs.history.items if k == "subop")]
    items += [b.type_page(t) for t in sorted(b.arg_types)]
    matrices = [b.matrix(a) for a in b.archs]
    return Site(b.landing(pairs), matrices, items, pairs)
