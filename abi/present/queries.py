"""The answers of ``stable``, ``query``, ``hypercalls`` and ``abi-breaks`` as tables, Markdown and JSON."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from xen_abi.analysis import guests as guest_types
from xen_abi.analysis.classify import Stability
from xen_abi.common.jsontext import dump_json
from xen_abi.present.terminal import plural, table, wrap
from xen_abi.queries import (
    DE_FACTO_RELEASES,
    ENUMERATOR,
    ArgLayout,
    BreakRow,
    CallListing,
    CallRow,
    Entry,
    QueryResult,
    StableSet,
    layout_text,
)


def breaks_to_json(rows: Sequence[BreakRow], about: dict[str, Any] | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "breaks": [
            {
                "kind": r.kind,
                "name": r.name,
                "archs": list(r.archs),
                "before": r.before,
                "after": r.after,
                "what": r.what,
                "severity": r.severity,
                "detail": list(r.detail),
                "old": r.old,
                "new": r.new,
                "where_before": r.where_before,
                "where_after": r.where_after,
            }
            for r in rows
        ]
    }
    return _stamped(doc, about)


def _stamped(doc: dict[str, Any], about: dict[str, Any] | None) -> dict[str, Any]:
    """A JSON answer with the ``xen_abi`` object (tool and catalogue, xen_abi.cli.version) beside its keys."""
    if about is not None:
        doc["xen_abi"] = about
    return doc


def render_breaks(
    rows: Sequence[BreakRow], fmt: str, *, width: int | None = None, about: dict[str, Any] | None = None
) -> str:
    if fmt == "json":
        return dump_json(breaks_to_json(rows, about), ascii_only=True)
    title = f"{plural(len(rows), 'change')} of stable items between a release and its parent"
    if fmt == "markdown":
        body = [
            [
                f"{r.before} -> {r.after}",
                r.kind,
                r.name,
                " ".join(r.archs),
                r.severity,
                "; ".join(r.detail) or f"{r.what} {r.old} -> {r.new}",
                f"{r.where_before} -> {r.where_after}",
            ]
            for r in rows
        ]
        text = _markdown(title, ["releases", "kind", "item", "archs", "severity", "what changed", "evidence"], body)
        text += "\nLayouts, before and after:\n\n"
        text += "\n".join(
            f"- {r.name} ({' '.join(r.archs)}, {r.before} -> {r.after}): `{r.old}` -> `{r.new}`" for r in rows
        )
        return text + "\n"
    # A block per change, one fact a line (as abidiff prints): short lines in a pipe, wrapped on a terminal.
    lines = [title]
    for r in rows:
        lines += ["", *wrap(f"{r.before} -> {r.after}  {r.severity}  {r.kind} {r.name}  ({' '.join(r.archs)})", width)]
        for fact in r.detail or (f"{r.what}: {r.old} -> {r.new}",):
            lines += wrap(fact, width, indent="    ", hanging="        ")
        lines += wrap(f"evidence: {r.where_before} -> {r.where_after}", width, indent="    ", hanging="        ")
    return "\n".join(lines) + "\n"


def _args_text(args: tuple[ArgLayout, ...] | None) -> str:
    if args is None:
        return "(unresolved)"
    if not args:
        return "none"
    return "; ".join(layout_text(a) for a in args)


def stable_to_json(result: StableSet, about: dict[str, Any] | None = None) -> dict[str, Any]:
    doc = {
        "arch": result.arch,
        "from": result.first,
        "to": result.last,
        "guests": list(result.guests),
        "items": [
            {
                "hypercall": i.hypercall,
                "subop": i.subop,
                "number": i.number,
                "since": i.since,
                "args": None if i.args is None else [a.to_json() for a in i.args],
                "guests": list(i.guests),
                "interface": None if i.interface is None else i.interface.to_json(),
            }
            for i in result.items
        ],
    }
    return _stamped(doc, about)


def render_stable(result: StableSet, fmt: str, *, width: int | None = None, about: dict[str, Any] | None = None) -> str:
    if fmt == "json":
        return dump_json(stable_to_json(result, about), ascii_only=True)
    calls = sum(1 for i in result.items if i.subop is None)
    who = " ".join(result.guests)
    head = (
        f"{plural(len(result.items) - calls, 'sub-op')} of {plural(calls, 'hypercall')} are stable on {result.arch} "
        f"in every release from {result.first} to {result.last} ({plural(len(result.releases), 'release')}), "
        "with the same number and argument layout"
        + (f", and implemented by the hypervisor for {who} guests" if who else "")
        + " (since: from when it has been usable as stable)"
    )
    numbers = {i.hypercall: i.number for i in result.items if i.subop is None}
    rows = [
        [
            i.hypercall,
            str(numbers.get(i.hypercall, "")),
            i.subop or "",
            "" if i.subop is None else str(i.number),
            i.since,
            " ".join(i.guests),
            (i.interface.text() if i.interface else "") if i.subop is None else _args_text(i.args),
        ]
        for i in result.items
    ]
    header = ["hypercall", "hypercall nr", "sub-op", "sub-op nr", "since", "guest types"]
    header.append("arguments (layout on this arch)")
    return _table(head, header, rows, fmt, width)


def _table(title: str, header: list[str], rows: list[list[str]], fmt: str, width: int | None) -> str:
    if fmt == "markdown":
        return _markdown(title, header, rows)
    lines = [*wrap(title, width), "", *table(header, rows, width)] if title else table(header, rows, width)
    return "\n".join(lines) + "\n"


def _markdown(title: str, header: list[str], rows: list[list[str]]) -> str:
    out = [title, "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
    return "\n".join(out) + "\n"


def query_to_json(result: QueryResult, about: dict[str, Any] | None = None) -> dict[str, Any]:
    doc: dict[str, Any] = {"name": result.name, "kind": result.kind}
    if result.kind == "subop":
        doc["hypercall"] = result.hypercall
    elif result.kind == ENUMERATOR:
        doc["enum"] = result.hypercall
    doc["history"] = [
        {
            "release": e.release,
            "arch": e.arch,
            "visibility": e.visibility,
            "present": e.present,
            "class": None if e.stability is None else str(e.stability),
            "number": e.number,
            "args": None if e.args is None else list(e.args),
            "evidence": None
            if e.evidence is None
            else {"where": e.evidence.where, "reason": e.evidence.reason, "interface_macro": e.interface_macro},
            "hypervisor": None if e.usability is None else _facts_json(e.usability),
            "header_class": None if e.header_class is None else str(e.header_class),
            "interface": None if e.interface is None else e.interface.to_json(),
        }
        for e in result.entries
    ]
    doc["appeared"] = result.appeared
    doc["since"] = result.since
    doc["until"] = result.until
    doc["layouts"] = {a: [x.to_json() for x in lay] for a, lay in result.layouts.items()}
    doc["changes"] = {
        a: [
            {
                "release": e.release,
                "what": e.what,
                "old": e.old,
                "new": e.new,
                "detail": list(e.detail),
                "severity": e.severity,
            }
            for e in cs
        ]
        for a, cs in result.changes.items()
    }
    doc["de_facto_stable"] = result.de_facto_stable
    # The query names the item already: its breaks without kind and name.
    doc["stable_but_changed"] = [
        {k: v for k, v in b.to_json().items() if k not in ("kind", "name")} for b in result.breaks
    ]
    return _stamped(doc, about)


def _facts_json(use: guest_types.Usability) -> dict[str, Any]:
    return {
        g: {"status": str(f.status), "where": f.where, "entry": f.entry, "condition": f.condition}
        for g, f in use.facts.items()
    }


def _guests_text(use: guest_types.Usability | None) -> str:
    """Which guest types can call it: ``pv64 hvm64``, ``none``, ``unknown``."""
    if use is None or not use.facts:
        return ""
    if not use.known:
        return "unknown"
    conditional = {f.condition for f in use.facts.values() if f.status in guest_types.CALLABLE and f.condition}
    text = " ".join(use.callable) or "none"
    return text + (f" (if {' / '.join(sorted(conditional))})" if conditional else "")


def render_query(
    result: QueryResult, fmt: str, *, width: int | None = None, about: dict[str, Any] | None = None
) -> str:
    if fmt == "json":
        return dump_json(query_to_json(result, about), ascii_only=True)
    md = fmt == "markdown"
    out: list[str] = []
    owner = "value of" if result.kind == ENUMERATOR else "sub-op of"
    title = f"{result.kind} {result.name}" + (f" ({owner} {result.hypercall})" if result.hypercall else "")
    out.append(f"## {title}" if md else title)
    archs = list(dict.fromkeys(e.arch for e in result.entries))
    for a in archs:
        mine = [e for e in result.entries if e.arch == a and (e.present or e.stability is Stability.REMOVED)]
        if not mine:
            continue
        out.append("")
        stable_since = result.since.get(a)
        span = f"appeared {result.appeared.get(a)}" + (
            f", stable since {stable_since}" if stable_since else ", not stable in the newest release"
        )
        span += f", until {result.until[a]}" if result.until.get(a) else ""
        out.extend([f"### {a}: {span}", ""] if md else [f"{a}: {span}"])
        runs = _runs_of(mine)
        rows = []
        for first, last, e in runs:
            span_text = first if first == last else f"{first} .. {last}"
            evidence = "" if e.evidence is None else f"{e.evidence.where or ''} {e.evidence.reason}".strip()
            if e.interface_macro:
                evidence += f" [{e.interface_macro}]"
            if e.header_class is not None:
                evidence = f"(headers: {e.header_class}) {evidence}"
            klass = e.interface.text() if e.interface is not None and e.stability is Stability.STABLE else ""
            rows.append(
                [
                    span_text,
                    klass or str(e.stability or ""),
                    e.visibility or "",
                    "" if e.number is None else str(e.number),
                    "" if e.args is None else (" ".join(e.args) or "none"),
                    _guests_text(e.usability),
                    evidence,
                ]
            )
        header = ["releases", "class", "view", "number", "args", "guest types", "evidence"]
        out.append(_table("", header, rows, fmt, width).strip("\n"))
        unknown = [e.release for e in mine if _unknown_facts(e)]
        if unknown and len(unknown) < len(mine):
            out += _note(
                ("- " if md else "  ")
                + f"guest types unknown in {len(unknown)} release(s) without hypervisor tables (point releases): "
                "each row shows what the releases with tables say",
                width,
            )
        for arg in result.layouts.get(a, ()):
            out += _note(("- layout: " if md else "  layout: ") + layout_text(arg), width)
        for ev in result.changes.get(a, ()):
            if ev.what == "appeared":
                continue
            what = "; ".join(ev.detail) if ev.detail else f"{ev.old or ''} -> {ev.new or ''}"
            verdict = f" ({ev.severity})" if ev.severity else ""
            out += _note(("- " if md else "  ") + f"{ev.release}: {ev.what}{verdict}: {what}", width)
        if result.de_facto_stable.get(a):
            out.append(
                ("- " if md else "  ") + f"de facto stable: tools-only but unchanged for {DE_FACTO_RELEASES}+ releases"
            )
    for b in result.breaks:
        what = "; ".join(b.detail) or f"{b.old} -> {b.new}"
        prefix = "- " if md else ""
        line = f"{prefix}STABLE BUT CHANGED on {b.arch}: {b.before} -> {b.after}, {b.what} ({b.severity}): {what}"
        out += _note(line, width)
    return "\n".join(out) + "\n"


def _note(line: str, width: int | None) -> list[str]:
    """A line under a table, wrapped to the terminal with its continuation indented (Markdown: width is None)."""
    return wrap(line, width, hanging="      ")


def _runs_of(entries: list[Entry]) -> list[tuple[str, str, Entry]]:
    """Consecutive releases with the same class, view, number, args and evidence reason.

    A point release without hypervisor facts (they are read for x.y.0
    releases only) joins the run around it when nothing else differs, so a
    series' points do not split every row; the run shows the known facts.
    """
    runs: list[tuple[str, str, Entry]] = []
    for e in entries:
        key = _run_key(e)
        if runs:
            first, _, prev = runs[-1]
            pkey = _run_key(prev)
            if pkey == key or (pkey[:-2] == key[:-2] and pkey[-1] == key[-1] and _unknown_facts(e)):
                runs[-1] = (first, e.release, prev)
                continue
            if pkey[:-2] == key[:-2] and pkey[-1] == key[-1] and _unknown_facts(prev):
                runs[-1] = (first, e.release, e)
                continue
        runs.append((e.release, e.release, e))
    return runs


def _unknown_facts(e: Entry) -> bool:
    return e.usability is not None and bool(e.usability.facts) and not e.usability.known


def _run_key(e: Entry) -> tuple:
    """What must stay the same for releases to share a row: class, view, number, args, evidence, guests."""
    interface = e.interface.text() if e.interface is not None else None
    reason = e.evidence.reason if e.evidence else None
    if e.usability is not None and reason is not None and e.usability.known:
        reason = reason.split(": xen/", 1)[0]  # the table's line moves between releases; the verdict does not
    return (e.stability, e.visibility, e.number, e.args, reason, _guests_text(e.usability), interface)


def listing_to_json(result: CallListing, about: dict[str, Any] | None = None) -> dict[str, Any]:
    def row(r: CallRow) -> dict[str, Any]:
        doc: dict[str, Any] = {
            "name": r.name,
            "number": r.number,
            "class": str(r.stability),
            "visibility": r.visibility,
            "where": r.where,
            "reason": r.reason,
            "interface_macro": r.interface_macro,
            "guests": None if r.guests is None else list(r.guests),
        }
        if r.kind == "subop":
            doc.update({"hypercall": r.hypercall, "args": None if r.args is None else list(r.args), "how": r.how})
        return doc

    cov = result.coverage
    doc = {
        "release": result.release,
        "arch": result.arch,
        "hypercalls": [row(r) for r in result.rows if r.kind == "hypercall"],
        "subops": [row(r) for r in result.rows if r.kind == "subop"],
        "coverage": {
            "subops": cov.subops,
            "resolved": cov.resolved,
            "share": round(cov.share, 4),
            "unresolved": list(cov.unresolved),
        },
    }
    return _stamped(doc, about)


def render_listing(
    result: CallListing, fmt: str, *, width: int | None = None, about: dict[str, Any] | None = None
) -> str:
    if fmt == "json":
        return dump_json(listing_to_json(result, about), ascii_only=True)
    cov = result.coverage
    title = (
        f"{result.release} on {result.arch}: {plural(sum(r.kind == 'hypercall' for r in result.rows), 'hypercall')}, "
        f"{plural(sum(r.kind == 'subop' for r in result.rows), 'sub-op')}; argument types resolved for "
        f"{cov.resolved} of {plural(cov.subops, 'sub-op')} ({100 * cov.share:.1f}%)"
    )
    rows = [
        [
            r.hypercall,
            r.name if r.kind == "subop" else "",
            str(r.number),
            str(r.stability),
            r.visibility,
            "unknown" if r.guests is None else (" ".join(r.guests) or "none"),
            "" if r.kind == "hypercall" else ("(unresolved)" if r.args is None else (" ".join(r.args) or "none")),
            r.where,
        ]
        for r in result.rows
    ]
    header = ["hypercall", "sub-op", "nr", "class", "view", "guest types", "arguments", "where"]
    text = _table(title, header, rows, fmt, width)
    if cov.unresolved:
        text += "\n" + "\n".join(wrap("Unresolved: " + ", ".join(cov.unresolved), width, hanging="    ")) + "\n"
    return text
