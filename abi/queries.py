"""The questions the catalogue answers, as a Python API with typed results.

- ``stable(catalogue, arch=, first=, last=)``: the hypercalls and sub-ops a
  backend can rely on across a release range (stable in every release of
  it, with the same number and argument layout), with their argument layouts;
- ``query(catalogue, name, arch=)``: one hypercall, sub-op, type or constant:
  its class with evidence in every release on every arch, since/until, its
  layout per arch, its changes and derived flags;
- ``hypercalls(catalogue, release, arch)``: a release's hypercalls and
  sub-ops on one arch with their argument types, and the coverage of the
  argument resolution.

The CLI (``xen_abi.cli.queries``) only parses arguments; ``xen_abi.present.queries``
renders these results (``render_*``: table, json, markdown).  The JSON forms are
the documented contract (docs/hypercalls.md).
"""

from __future__ import annotations

import difflib
import pickle
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from dataclasses import field as dataclass_field
from typing import Any, TypeVar, cast

from xen_abi.analysis import guests as guest_types
from xen_abi.analysis.classify import KINDS, LEGACY, Classification, Classifier, Stability
from xen_abi.common.errors import CatalogueError, UsageError
from xen_abi.common.releases import version_key
from xen_abi.compare.history import (
    Break,
    Event,
    History,
    State,
    changes,
    de_facto_stable,
    of_catalogue,
)
from xen_abi.frontend.hypercalls import HYPERCALL_PREFIX
from xen_abi.ir.archs import ARCH_NAMES, DEFAULT_ARCH, get_arch
from xen_abi.ir.changes import Severity
from xen_abi.ir.model import Config, Field, Hypercall, Layout, ReleaseABI, SubOp, TypeEntry, Visibility
from xen_abi.store import codecs as serialize
from xen_abi.store import index as fact_index
from xen_abi.store.catalogue import Catalogue

DE_FACTO_RELEASES = 5  # unchanged for this many releases makes a tools-only item de facto stable
ENUMERATOR = "enumerator"  # an enum's value, an item of the history (not a classify kind of its own)
QUERY_KINDS = (*KINDS, ENUMERATOR)
T = TypeVar("T", Hypercall, SubOp)


# -- results ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ArgLayout:
    """An argument type and its layout on one arch (None for a scalar such as ``char[]``)."""

    type: str
    layout: Layout | None
    where: str | None

    def to_json(self) -> dict[str, Any]:
        doc: dict[str, Any] = {"type": self.type, "where": self.where}
        lay = self.layout
        doc["size"] = None if lay is None else lay.size
        doc["align"] = None if lay is None else lay.align
        doc["fields"] = [] if lay is None else [_field_json(f) for f in lay.fields]
        return doc


@dataclass(frozen=True)
class StableItem:
    hypercall: str
    subop: str | None  # None for the hypercall itself
    number: int  # the sub-op's number, or the hypercall's
    since: str  # first release from which it has been stable, unchanged, up to the range's end
    args: tuple[ArgLayout, ...] | None  # None: no argument type established
    where: str
    guests: tuple[str, ...] = ()  # the guest types that can call it in every release of the range (abi.guests)
    interface: guest_types.Interface | None = None  # a multiplexed hypercall's interface class, at the range's end
    # A hypercall's number alone: stable, unchanged and callable from this release (``since`` also waits for a
    # multiplexed hypercall's first stable sub-op: dm_op's number 4.9.0, its since 4.15.0).  None for a sub-op.
    number_since: str | None = None


@dataclass(frozen=True)
class StableSet:
    arch: str
    first: str
    last: str
    releases: tuple[str, ...]
    items: tuple[StableItem, ...]
    guests: tuple[str, ...] = ()  # the guest types asked about (every one of the arch without --guest)


@dataclass(frozen=True)
class Evidence:
    where: str | None
    reason: str


@dataclass(frozen=True)
class Entry:
    """One item in one release on one arch."""

    release: str
    arch: str
    visibility: str | None
    present: bool
    stability: Stability | None
    number: int | None
    args: tuple[str, ...] | None
    evidence: Evidence | None
    interface_macro: str | None = None
    # What the hypervisor implements for the arch's guest types (for a sub-op: its hypercall's), the class the
    # headers alone give where the guest class differs, and a multiplexed hypercall's interface (abi.guests).
    usability: guest_types.Usability | None = None
    header_class: Stability | None = None
    interface: guest_types.Interface | None = None


@dataclass(frozen=True)
class QueryResult:
    name: str
    kind: str  # hypercall, subop, type, constant
    hypercall: str | None  # a sub-op's hypercall; an enumerator's enum
    entries: tuple[Entry, ...]
    since: dict[str, str | None]  # by arch: first release of the run in which it is stable to the newest (or None)
    until: dict[str, str | None]  # by arch: last release where present (None: still there)
    layouts: dict[str, tuple[ArgLayout, ...]]  # by arch, newest release present: the type, or a sub-op's args
    changes: dict[str, tuple[Event, ...]]  # by arch
    de_facto_stable: dict[str, bool]  # by arch, at the newest release
    breaks: tuple[Break, ...]  # stable but changed
    appeared: dict[str, str | None] = dataclass_field(default_factory=dict)  # by arch: first release present


@dataclass(frozen=True)
class CallRow:
    kind: str  # hypercall or subop
    name: str
    hypercall: str
    number: int
    stability: Stability
    visibility: str
    where: str
    args: tuple[str, ...] | None
    how: str
    reason: str
    interface_macro: str | None
    guests: tuple[str, ...] | None = None  # guest types the hypervisor serves it for; None: unknown (abi.guests)


@dataclass(frozen=True)
class Coverage:
    subops: int
    resolved: int
    unresolved: tuple[str, ...]

    @property
    def share(self) -> float:
        return self.resolved / self.subops if self.subops else 1.0


@dataclass(frozen=True)
class CallListing:
    release: str
    arch: str
    rows: tuple[CallRow, ...]
    coverage: Coverage


# -- helpers ---------------------------------------------------------------------------------------


def check_arch(name: str) -> str:
    return get_arch(name).name


def newest_release(catalogue: Catalogue) -> str:
    """The newest tagged release (a development snapshot only if there is nothing else)."""
    tagged = [r for r in catalogue.releases if "unstable" not in r]
    if not catalogue.releases:
        raise CatalogueError("the catalogue holds no release", file=str(catalogue.path))
    return (tagged or catalogue.releases)[-1]


def _field_json(f: Field) -> dict[str, Any]:
    return {
        "name": f.name,
        "type": f.type,
        "offset": f.offset,
        "size": f.size,
        "bit_offset": f.bit_offset,
        "bit_width": f.bit_width,
    }


def _views(release: ReleaseABI, arch: str, visibility: str | None) -> list[dict[str, TypeEntry]]:
    guest = release.configs.get(Config(arch, Visibility.GUEST).key)
    tools = release.configs.get(Config(arch, Visibility.TOOLS).key)
    legacy = release.legacy.get(arch)
    order = [tools, guest] if visibility == Visibility.TOOLS.value else [guest, tools]
    out = [abi.types for abi in order if abi is not None]
    if visibility == LEGACY and legacy is not None:
        out.insert(0, legacy.types)
    return out


def arg_layouts(release: ReleaseABI, arch: str, args: Iterable[str], visibility: str | None) -> tuple[ArgLayout, ...]:
    """The layouts of argument types as the view the item was found in sees them."""
    views = _views(release, arch, visibility)
    out = []
    for arg in args:
        entry = next((v[arg] for v in views if arg in v), None)
        out.append(ArgLayout(arg, entry.layout if entry else None, entry.where if entry else None))
    return tuple(out)


def _hypercall_name(name: str) -> str:
    return name[len(HYPERCALL_PREFIX) :] if name.startswith(HYPERCALL_PREFIX) else name


# -- stable ------------------------------------------------------------------------------------------


def release_range(catalogue: Catalogue, arch: str, first: str | None, last: str | None) -> tuple[str, ...]:
    """The releases from ``first`` to ``last`` (inclusive) that support ``arch``."""
    history = of_catalogue(catalogue)
    supported = history.arch_releases.get(arch, ())
    if not supported:
        raise UsageError(f"the catalogue has no release supporting {arch}")
    first = catalogue.resolve_release(first) if first else supported[0]
    last = catalogue.resolve_release(last) if last else newest_release(catalogue)
    if version_key(first) > version_key(last):
        raise UsageError(f"--from {first} is newer than --to {last}")
    chosen = tuple(r for r in supported if version_key(first) <= version_key(r) <= version_key(last))
    if not chosen or first not in supported:
        raise UsageError(
            f"{arch} is catalogued in {supported[0]} .. {supported[-1]}; {first} does not support it"
            if first not in supported
            else f"no release from {first} to {last} supports {arch}"
        )
    return chosen


def _steady(states: dict[str, State], releases: Sequence[str]) -> bool:
    """Stable in every release given, with one number and no incompatible change (the engine's verdict)."""
    seen = [states.get(r) for r in releases]
    if any(s is None or s.stability is not Stability.STABLE for s in seen):
        return False
    return len({(s.number, s.epoch) for s in seen if s is not None}) == 1


def _since(states: dict[str, State], order: Sequence[str], last: str) -> str:
    """The first release from which the item stayed as it is at ``last``."""
    end = states[last]
    since = last
    for r in reversed(order[: order.index(last) + 1]):
        s = states.get(r)
        if s is None or s.stability is not Stability.STABLE or (s.number, s.epoch) != (end.number, end.epoch):
            break
        since = r
    return since


def stable(
    catalogue: Catalogue,
    *,
    arch: str | None = None,
    first: str | None = None,
    last: str | None = None,
    hypercalls: Sequence[str] = (),
    guest: str | None = None,
) -> StableSet:
    """The hypercalls and sub-ops stable, with one number and argument layout, in every release of the range.

    A sub-op counts only if its hypercall does too.  ``hypercalls`` limits
    the answer to those hypercalls (and their sub-ops).  Only what a guest
    type of the arch (``guest``: that one) can call in every release of the
    range is listed (``with_guests``).
    """
    arch, _ = guest_types.resolve_guest(guest, check_arch(arch) if arch else None, DEFAULT_ARCH)
    arch = check_arch(arch)
    question = ("stable", arch, first, last, tuple(hypercalls), guest)
    return _answered(
        catalogue,
        question,
        lambda: with_guests(catalogue, _stable_by_headers(catalogue, arch, first, last, hypercalls), guest),
    )


def _stable_by_headers(
    catalogue: Catalogue, arch: str, first: str | None, last: str | None, hypercalls: Sequence[str]
) -> StableSet:
    """``stable`` as the headers alone answer it."""
    history = of_catalogue(catalogue)
    releases = release_range(catalogue, arch, first, last)
    order = history.arch_releases[arch]
    wanted = {_hypercall_name(h) for h in hypercalls}
    known = {name for kind, name in history.items if kind == "hypercall"}
    for h in sorted(wanted - known):
        raise UsageError(f"unknown hypercall {h!r}" + _suggest(h, known))
    newest = catalogue.release(releases[-1])
    steady_calls: dict[str, int] = {}
    items: list[StableItem] = []
    for kind, name in sorted(history.items):
        if kind != "hypercall" or (wanted and name not in wanted):
            continue
        states = history.states(kind, name, arch)
        if _steady(states, releases):
            number = states[releases[-1]].number
            assert number is not None
            steady_calls[name] = number
            where = Classifier(newest, arch).classify(name, kind=kind)
            items.append(
                StableItem(name, None, number, _since(states, order, releases[-1]), (), where.where if where else "")
            )
    for (kind, name), item in sorted(history.items.items()):
        if kind != "subop" or item.hypercall not in steady_calls:
            continue
        states = history.states(kind, name, arch)
        if not _steady(states, releases):
            continue
        end = states[releases[-1]]
        op = _found(Classifier(newest, arch), name, SubOp)
        assert end.number is not None
        args = arg_layouts(newest, arch, op.args, end.visibility) if op.resolved else None
        items.append(
            StableItem(item.hypercall or "", name, end.number, _since(states, order, releases[-1]), args, op.where)
        )
    items.sort(key=lambda i: (steady_calls.get(i.hypercall, -1), i.hypercall, i.subop is not None, i.number, i.subop))
    return StableSet(arch, releases[0], releases[-1], releases, tuple(items))


def with_guests(catalogue: Catalogue, result: StableSet, guest: str | None) -> StableSet:
    """The headers' answer, keeping what a guest type of the arch (or ``guest``) can call (abi.guests).

    A hypercall stays if in every release of the range the hypervisor
    implements it for one of the guest types (or its facts are unknown);
    its ``since`` becomes the first release of the run, ending at the range's
    end, in which it was both stable and callable.  A sub-op stays if its
    hypercall does, from the later of the two ``since``.  A multiplexed
    hypercall stays only with a sub-op stable over the whole range (its
    interface is usable only through them), and is ``since`` the oldest of
    them: ``dm_op`` is stable from 4.15.0, when its sub-ops became
    guest-visible, though its number dates from 4.9.0.
    """
    guests = (guest,) if guest else guest_types.arch_guests(result.arch)
    order = of_catalogue(catalogue).arch_releases[result.arch]
    upto = order[: order.index(result.last) + 1]
    loaded = {r: catalogue.release(r) for r in upto}
    families = guest_types.multiplexed()

    def callable_run(item: StableItem) -> tuple[str, tuple[str, ...]] | None:
        """(since, guest types that can call it throughout the range), or None if one release cannot."""
        uses = {r: guest_types.usability(loaded[r], item.hypercall, guests, item.subop) for r in upto}
        if not all(uses[r].usable for r in result.releases):
            return None
        run: list[str] = []
        for r in reversed(upto):
            if not uses[r].usable:
                break
            run.append(r)
        start = _known_start(run[::-1], lambda r: uses[r].known)
        can = tuple(g for g in guests if all(g in uses[r].callable or not uses[r].known for r in result.releases))
        return max(item.since, start, key=version_key), can

    calls: dict[str, tuple[str, tuple[str, ...]]] = {}  # hypercall -> (since, guests that can call it throughout)
    for item in result.items:
        run = callable_run(item) if item.subop is None else None
        if run is not None:
            calls[item.hypercall] = run
    subops: dict[int, StableItem] = {}
    oldest: dict[str, str] = {}  # multiplexed hypercall -> the oldest since of its stable sub-ops
    for i, item in enumerate(result.items):
        if item.subop is None or item.hypercall not in calls:
            continue
        run = callable_run(item)
        if run is None:
            continue
        since, can = run
        subops[i] = replace(item, since=max(since, calls[item.hypercall][0], key=version_key), guests=can)
        oldest[item.hypercall] = min(oldest.get(item.hypercall, subops[i].since), subops[i].since, key=version_key)
    items: list[StableItem] = []
    for i, item in enumerate(result.items):
        if item.subop is not None:
            if i in subops:
                items.append(subops[i])
            continue
        if item.hypercall not in calls:
            continue
        since, can = calls[item.hypercall]
        interface = None
        if item.hypercall in families:
            if item.hypercall not in oldest:
                continue  # no sub-op stable over the whole range: its interface is not usable as stable
            since = max(since, oldest[item.hypercall], key=version_key)
            interface = guest_types.interface(loaded[result.last], result.arch, item.hypercall)
        items.append(replace(item, since=since, guests=can, interface=interface, number_since=calls[item.hypercall][0]))
    return replace(result, items=tuple(items), guests=guests)


# -- query ------------------------------------------------------------------------------------------


_FACTS: weakref.WeakKeyDictionary[Catalogue, fact_index.FactIndex] = weakref.WeakKeyDictionary()
R = TypeVar("R")


def _facts(catalogue: Catalogue) -> fact_index.FactIndex:
    """The catalogue's fact index (xen_abi.store.index), opened once per catalogue object."""
    if catalogue not in _FACTS:
        _FACTS[catalogue] = fact_index.open_index(catalogue, lambda: list(of_catalogue(catalogue).items))
    return _FACTS[catalogue]


def _answered(catalogue: Catalogue, question: tuple[object, ...], compute: Callable[[], R]) -> R:
    """``compute()``, or the answer it gave to the same question on this catalogue with this code.

    A question that fails (a usage error) is not remembered.  An answer that
    cannot be read back (a cache damaged on disk) is computed again.
    """
    facts = _facts(catalogue)
    text = repr(question)
    stored = facts.answer(text)
    if stored is not None:
        try:
            return cast(R, pickle.loads(stored))
        except Exception:  # unpickling damaged bytes raises many kinds of error
            pass
    result = compute()
    facts.remember(text, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    return result


def _all_names(catalogue: Catalogue) -> dict[str, set[str]]:
    """Every name the catalogue knows, by kind: a lookup in its fact index."""
    names: dict[str, set[str]] = {k: set() for k in QUERY_KINDS}
    for kind, name in _facts(catalogue).names():
        names[kind].add(name)
    return names


def resolve_name(catalogue: Catalogue, name: str, kind: str | None = None) -> tuple[str, str]:
    """(kind, catalogue name) of what the user named, hypercalls first, then sub-ops, types, constants."""
    names = _all_names(catalogue)
    if kind is not None and kind not in QUERY_KINDS:
        raise UsageError(f"unknown kind {kind!r}; valid: {', '.join(QUERY_KINDS)}")
    text = " ".join(name.split())
    candidates = {
        "hypercall": [_hypercall_name(text)],
        "subop": [text],
        "type": [text]
        if text.startswith(("struct ", "union ", "enum "))
        else [text, *(f"{t} {text}" for t in ("struct", "union", "enum"))],
        "constant": [text],
        ENUMERATOR: [text],
    }
    for k in QUERY_KINDS if kind is None else (kind,):
        for cand in candidates[k]:
            if cand in names[k]:
                return k, cand
    newest = catalogue.releases[-1]
    configs = sorted(catalogue.release(newest).configs.values(), key=lambda abi: abi.config.arch != "x86_64")
    holder = next((abi for abi in configs if text in abi.macros), None)
    if holder is not None:  # catalogued, but not an item query answers for
        where, arch = holder.macros[text].where, holder.config.arch
        raise UsageError(
            f"{text} is a function-like macro ({where} in {newest}): query covers hypercalls, sub-ops, types "
            f"and constants; its definition: xen-abi macros --release {newest} --arch {arch}"
        )
    pool = set().union(*names.values()) if kind is None else names[kind]
    what = f"no {kind} named" if kind else "nothing named"
    raise UsageError(f"{what} {name!r} in the catalogue" + _suggest(text, pool))


def _suggest(name: str, pool: Iterable[str]) -> str:
    pool = list(pool)
    close = difflib.get_close_matches(name, pool, n=5, cutoff=0.6)
    if not close:
        lowered = name.lower()
        close = sorted(p for p in pool if lowered in p.lower())[:5]
    return f"; did you mean: {', '.join(close)}?" if close else ""


def query(catalogue: Catalogue, name: str, *, arch: str | None = None, kind: str | None = None) -> QueryResult:
    """Everything the catalogue knows about one item, per release and arch."""
    return _answered(catalogue, ("query", name, arch, kind), lambda: _query(catalogue, name, arch, kind))


def _query(catalogue: Catalogue, name: str, arch: str | None, kind: str | None) -> QueryResult:
    archs = [check_arch(arch)] if arch else list(ARCH_NAMES)
    kind, name = resolve_name(catalogue, name, kind)
    history = of_catalogue(catalogue)
    releases = [catalogue.release(r) for r in catalogue.releases]
    entries: list[Entry] = []
    since: dict[str, str | None] = {}
    appeared: dict[str, str | None] = {}
    until: dict[str, str | None] = {}
    layouts: dict[str, tuple[ArgLayout, ...]] = {}
    hypercall = None
    for a in archs:
        seen_where: str | None = None
        last_present: ReleaseABI | None = None
        last_visibility: str | None = None
        first: str | None = None
        ever_callable: str | None = None  # the last release a guest type of the arch could call its hypercall
        for release in releases:
            supported = any(Config.parse(k).arch == a for k in release.configs)
            if not supported:
                reason = release.unsupported_archs.get(a) or "no configuration of this arch compiles"
                entries.append(Entry(release.release, a, None, False, None, None, None, Evidence(None, reason)))
                continue
            classifier = Classifier(release, a)
            if kind == ENUMERATOR:
                state = history.states(kind, name, a).get(release.release)
                present = state is not None and state.present
                verdict = _classify(release, a, kind, name, history) if present else None
            else:
                verdict = classifier.classify(name, kind=kind)
            if verdict is None:
                if seen_where is None:
                    entries.append(Entry(release.release, a, None, False, None, None, None, None))
                else:
                    gone = Evidence(seen_where, f"last present in {last_present.release if last_present else '?'}")
                    entries.append(Entry(release.release, a, None, False, Stability.REMOVED, None, None, gone))
                continue
            if kind == ENUMERATOR:
                item: object = None
                number = history.states(kind, name, a)[release.release].number
            else:
                found = classifier.lookup(name, kind)
                assert found is not None
                item = found[1]
                number = getattr(item, "number", None) if kind in ("hypercall", "subop") else None
            if kind == "constant":
                number = getattr(item, "value", None)
            args = None
            if isinstance(item, SubOp):
                hypercall = item.hypercall
                args = tuple(item.args) if item.resolved else None
            use = None
            if kind in ("hypercall", "subop"):
                use = guest_types.usability(
                    release,
                    (hypercall or "") if kind == "subop" else name,
                    guest_types.arch_guests(a),
                    name if kind == "subop" else None,
                )
            seen = guest_types.guest_class(
                verdict.stability,
                verdict.where,
                verdict.reason,
                use or guest_types.Usability(),
                ever_callable,
                no_view=guest_types.no_guest_view(release, a),
            )
            if use is not None and use.callable:
                ever_callable = release.release
            entries.append(
                Entry(
                    release.release,
                    a,
                    verdict.visibility,
                    True,
                    seen.stability,
                    number,
                    args,
                    Evidence(seen.where, seen.reason),
                    verdict.interface_macro,
                    use,
                    verdict.stability if seen.stability is not verdict.stability else None,
                    guest_types.interface(release, a, name, classifier) if kind == "hypercall" else None,
                )
            )
            seen_where = verdict.where
            last_present, last_visibility = release, verdict.visibility
            first = first or release.release
        appeared[a] = first
        until[a] = None if last_present is None or last_present is releases[-1] else last_present.release
        since[a] = _stable_since([e for e in entries if e.arch == a and e.present], until[a])
        if last_present is not None:
            layouts[a] = _item_layouts(last_present, a, kind, name, last_visibility)
    if kind == ENUMERATOR:
        hypercall = history.items[(kind, name)].hypercall  # the enum it belongs to
    changed = {a: tuple(changes(history, kind, name, a)) for a in archs} if kind != "constant" else {}
    newest = {
        a: max((e.release for e in entries if e.arch == a and e.present), key=version_key, default=None) for a in archs
    }
    flags = {
        a: r is not None and kind != "constant" and de_facto_stable(history, kind, name, a, r, DE_FACTO_RELEASES)
        for a, r in newest.items()
    }
    breaks = tuple(b for b in history.breaks if b.kind == kind and b.name == name and b.arch in archs)
    return QueryResult(name, kind, hypercall, tuple(entries), since, until, layouts, changed, flags, breaks, appeared)


def _stable_since(present: list[Entry], until: str | None) -> str | None:
    """The first release of the run of stable entries that reaches the newest release (None: not stable there).

    A stable multiplexed hypercall counts only from when its interface is
    stable too (``dm_op``: 4.15.0, not 4.9.0).
    """
    if until is not None:
        return None
    run: list[Entry] = []
    for e in reversed(present):
        usable = e.stability is Stability.STABLE and (e.interface is None or e.interface.stability is Stability.STABLE)
        if not usable:
            break
        run.append(e)
    if not run:
        return None
    return _known_start([e.release for e in reversed(run)], lambda r: _facts_known(present, r))


def _facts_known(entries: list[Entry], release: str) -> bool:
    e = next(e for e in entries if e.release == release)
    return e.usability is None or e.usability.known


def _known_start(run: Sequence[str], known: Callable[[str], bool]) -> str:
    """The first release of a run (oldest first) whose hypervisor facts are known.

    A point release has no hypervisor tables: its facts are unknown, which
    neither ends a run of callable releases nor starts one, so a hypercall the
    hypervisor implements from 4.16.0 is not "since 4.15.1" because the 4.15
    point releases could not say otherwise.  A run without any known release
    (a catalogue without hypervisor tables) starts at its first release.
    """
    return next((r for r in run if known(r)), run[0])


def _item_layouts(
    release: ReleaseABI, arch: str, kind: str, name: str, visibility: str | None
) -> tuple[ArgLayout, ...]:
    if kind == "type":
        return arg_layouts(release, arch, [name], visibility)
    if kind == "subop":
        return arg_layouts(release, arch, _found(Classifier(release, arch), name, SubOp).args, visibility)
    return ()


def _found(classifier: Classifier, name: str, cls: type[T]) -> T:
    """The hypercall or sub-op record of a name the classifier has (checked present by the caller)."""
    kind = "hypercall" if cls is Hypercall else "subop"
    found = classifier.lookup(name, kind)
    assert found is not None and isinstance(found[1], cls)
    return found[1]


# -- hypercalls listing ---------------------------------------------------------------------------------


def hypercalls(catalogue: Catalogue, release: str | None = None, arch: str = DEFAULT_ARCH) -> CallListing:
    """Every hypercall and sub-op one release shows on one arch, and how many sub-ops have argument types."""
    arch = check_arch(arch)
    name = catalogue.resolve_release(release) if release else newest_release(catalogue)
    r = catalogue.release(name)
    keys = [Config(arch, v).key for v in (Visibility.GUEST, Visibility.TOOLS)]
    if not any(k in r.configs for k in keys):
        reason = r.unsupported_archs.get(arch) or "no configuration of this arch"
        raise UsageError(f"release {name} does not support {arch}: {reason}")
    if not any(k in r.calls for k in keys):
        raise CatalogueError(f"release {name} has no hypercall data; re-run xen-abi ingest", file=str(catalogue.path))
    classifier = Classifier(r, arch)
    rows: list[CallRow] = []
    names: dict[str, set[str]] = {"hypercall": set(), "subop": set()}
    for k in keys:
        calls = r.calls.get(k)
        if calls is not None:
            names["hypercall"].update(calls.hypercalls)
            names["subop"].update(calls.subops)
    legacy = r.legacy.get(arch)
    if legacy is not None:
        names["hypercall"].update(legacy.calls.hypercalls)
        names["subop"].update(legacy.calls.subops)
    for kind in ("hypercall", "subop"):
        for n in sorted(names[kind]):
            verdict = classifier.classify(n, kind=kind)
            assert verdict is not None
            if kind == "hypercall":
                call = _found(classifier, n, Hypercall)
                rows.append(
                    CallRow(
                        kind,
                        n,
                        n,
                        call.number,
                        verdict.stability,
                        verdict.visibility or "",
                        verdict.where,
                        None,
                        "",
                        verdict.reason,
                        verdict.interface_macro,
                    )
                )
            else:
                op = _found(classifier, n, SubOp)
                rows.append(
                    CallRow(
                        kind,
                        n,
                        op.hypercall,
                        op.number,
                        verdict.stability,
                        verdict.visibility or "",
                        verdict.where,
                        tuple(op.args) if op.resolved else None,
                        op.how,
                        verdict.reason,
                        verdict.interface_macro,
                    )
                )
    guests = guest_types.arch_guests(arch)
    for i, row in enumerate(rows):
        use = guest_types.usability(r, row.hypercall, guests, row.name if row.kind == "subop" else None)
        rows[i] = replace(row, guests=use.callable if use.known else None)
    numbers = {row.name: row.number for row in rows if row.kind == "hypercall"}
    rows.sort(key=lambda x: (numbers.get(x.hypercall, 1 << 30), x.hypercall, x.kind != "hypercall", x.number, x.name))
    # Coverage counts what the latest views define (guest and tools), as the issue asks.
    latest = sorted({s for k in keys if k in r.calls for s in r.calls[k].subops})
    unresolved = tuple(
        s
        for s in latest
        if not any(k in r.calls and s in r.calls[k].subops and r.calls[k].subops[s].resolved for k in keys)
    )
    return CallListing(name, arch, tuple(rows), Coverage(len(latest), len(latest) - len(unresolved), unresolved))


# -- ABI breaks ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class BreakRow:
    """A stable item that changed between two releases, on the archs where it changed the same way."""

    kind: str
    name: str
    archs: tuple[str, ...]
    before: str
    after: str
    what: str  # number, layout, args
    severity: str  # break or compatible
    detail: tuple[str, ...]
    old: str  # the number, or the layout(s) as text
    new: str
    where_before: str
    where_after: str


def abi_breaks(
    catalogue: Catalogue,
    *,
    arch: str | None = None,
    compatible: bool = False,
    first: str | None = None,
    last: str | None = None,
) -> tuple[BreakRow, ...]:
    """Every stable hypercall, sub-op and type whose number or layout changed between two releases.

    With ``compatible``, also the changes of shape that keep binary
    compatibility (padding given a name, a trailing array made flexible).
    ``first``/``last`` keep the changes between two releases of that range.
    """
    question = ("abi-breaks", arch, compatible, first, last)
    return _answered(catalogue, question, lambda: _abi_breaks(catalogue, arch, compatible, first, last))


def _abi_breaks(
    catalogue: Catalogue, arch: str | None, compatible: bool, first: str | None, last: str | None
) -> tuple[BreakRow, ...]:
    archs = {check_arch(arch)} if arch else set(ARCH_NAMES)
    low = version_key(catalogue.resolve_release(first)) if first else None
    high = version_key(catalogue.resolve_release(last)) if last else None
    if low is not None and high is not None and low > high:
        raise UsageError(f"--from {first} is newer than --to {last}")
    history = of_catalogue(catalogue)
    table = catalogue.layouts()

    def text(hashes: str, what: str) -> str:
        if what in ("number", "value") or not hashes:
            return hashes
        parts = []
        for h in hashes.split():
            if h in table:
                lay = serialize.layout_from_json(table[h])
                parts.append(layout_text(ArgLayout(f"{lay.kind}", lay, None)).split(" ", 1)[1].strip("()"))
            else:
                parts.append("(no layout)")
        return "; ".join(parts)

    groups: dict[tuple, list[str]] = {}
    for b in history.breaks:
        if b.arch not in archs or (b.severity != Severity.BREAKING and not compatible):
            continue
        if (low is not None and version_key(b.before) < low) or (high is not None and version_key(b.after) > high):
            continue
        wb = _classify(catalogue.release(b.before), b.arch, b.kind, b.name, history)
        wa = _classify(catalogue.release(b.after), b.arch, b.kind, b.name, history)
        key = (
            b.kind,
            b.name,
            b.before,
            b.after,
            b.what,
            b.severity,
            b.detail,
            text(b.old, b.what),
            text(b.new, b.what),
            wb.where if wb else "",
            wa.where if wa else "",
        )
        groups.setdefault(key, []).append(b.arch)
    rows = [
        BreakRow(k[0], k[1], tuple(a), k[2], k[3], k[4], k[5], k[6], k[7], k[8], k[9], k[10]) for k, a in groups.items()
    ]
    rows.sort(key=lambda r: (version_key(r.after), r.kind, r.name, ARCH_NAMES.index(r.archs[0])))
    return tuple(rows)


def _classify(release: ReleaseABI, arch: str, kind: str, name: str, history: History) -> Classification | None:
    """An item's class in one release; an enumerator has its enum's."""
    if kind == ENUMERATOR:
        item = history.items.get((kind, name))
        if item is None or item.hypercall is None:
            return None
        return Classifier(release, arch).classify(item.hypercall, kind="type")
    return Classifier(release, arch).classify(name, kind=kind)


def layout_text(arg: ArgLayout) -> str:
    """An argument type with its layout in one line: ``T (24 bytes: a@0:8 b@8:16)``."""
    lay = arg.layout
    if lay is None:
        return arg.type
    fields = " ".join(
        f"{f.name}@{f.offset}:{f.size}" if f.bit_width is None else f"{f.name}@{f.offset}.{f.bit_offset}:{f.bit_width}b"
        for f in lay.fields
    )
    inner = f"{lay.size} bytes" + (f": {fields}" if fields else "")
    return f"{arg.type} ({inner})"
