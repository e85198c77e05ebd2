"""The audit report as text, Markdown, JSON (schema ``xen-abi-audit/1``) and SARIF 2.1.0.

Renderers only read a finished ``AuditReport``; verdicts, findings and the
exit status are settled before.  Output is deterministic (sorted, no time
stamps).  Names from the program are escaped for the format they land in.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Any

from xen_abi import __version__
from xen_abi.audit.core import RULES, AuditReport, Dependency, Finding, dependency_label, event_text, findings
from xen_abi.audit.libraries import guest_name

SCHEMA = "xen-abi-audit/1"
FORMATS = ("text", "markdown", "json", "sarif")
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def render(report: AuditReport, fmt: str, *, about: dict[str, Any] | None = None) -> str:
    """``about``: the ``xen_abi`` object (tool and catalogue, xen_abi.cli.version) the JSON and SARIF forms carry."""
    if fmt == "json":
        return render_json(report, about)
    if fmt == "sarif":
        return render_sarif(report, about)
    return {"text": render_text, "markdown": render_markdown}[fmt](report)


def _dump(data: Any) -> str:
    return json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def _files_line(report: AuditReport) -> str:
    langs: dict[str, int] = {}
    for _, lang in report.files:
        langs[lang] = langs.get(lang, 0) + 1
    text = ", ".join(f"{n} {lang}" for lang, n in sorted(langs.items()))
    followed = f"; followed into xen_abi_bindings: {', '.join(report.followed)}" if report.followed else ""
    return f"{len(report.files)} file{'' if len(report.files) == 1 else 's'} ({text}){followed}"


def _range_lines(report: AuditReport) -> list[tuple[str, str, str]]:
    """(arch, dom0 kinds, verdict), dom0 kinds with the same verdict merged."""
    rows: list[tuple[str, str, str]] = []
    for arch in report.archs:
        verdicts: dict[str, list[str]] = {}
        for r in report.ranges:
            if r.arch != arch:
                continue
            text = (
                f"stable and unchanged from {r.first} to {r.last}"
                if r.first
                else f"no release: {len(r.blockers)} dependencies are not stable ({', '.join(r.blockers[:6])}"
                + (", ..." if len(r.blockers) > 6 else "")
                + f"); the rest is stable and unchanged from {r.rest_first} to {r.last}"
            )
            verdicts.setdefault(text, []).append(guest_name(arch, r.guest))
        for text, guests in verdicts.items():
            rows.append((arch, ", ".join(guests), text))
    return rows


def _cell(d: Dependency, arch: str) -> str:
    v = d.verdicts.get(arch)
    if v is None:
        return "n/a (" + ", ".join(sorted(d.guests)) + " dom0 only)"
    if v.status == "stable":
        return f"stable since {v.since}"
    return v.status


def _number(d: Dependency) -> str:
    numbers = {v.number for v in d.verdicts.values() if v.number is not None}
    return "/".join(str(n) for n in sorted(numbers)) if numbers else ""


def _site_text(d: Dependency) -> str:
    first = d.sites[0]
    via = f" via {first.via[0].split(' (')[0]}" if first.via else ""
    more = f" (+{len(d.sites) - 1})" if len(d.sites) > 1 else ""
    return f"{first.where}{via}{more}"


def _limits(report: AuditReport) -> list[str]:
    """Why the range starts where it does: each dependency whose stable run starts there, and its history."""
    lines: dict[str, list[str]] = {}
    for r in report.ranges:
        for d in report.dependencies:
            v = d.verdicts.get(r.arch)
            if v is None or not d.applies_to(r.guest) or v.since != r.start:
                continue
            history = "; ".join(event_text(e) for e in v.events if e.what != "renamed")
            text = f"{dependency_label(d)}: stable and unchanged since {v.since}" + (f" ({history})" if history else "")
            archs = lines.setdefault(text, [])
            if r.arch not in archs:
                archs.append(r.arch)
    return [f"{', '.join(archs)}: {text}" for text, archs in lines.items()]


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x80-\x9f]")


def _terminal(text: str) -> str:
    """Text for a terminal: control characters from file names shown as '?', never interpreted."""
    return _CONTROL.sub("?", text)


def render_text(report: AuditReport) -> str:
    lines = [f"xen-abi audit: {' '.join(report.paths)}: {_files_line(report)}"]
    lines.append("")
    if not report.dependencies and not report.library_calls:
        lines.append("Nothing of Xen's interface found in these sources: nothing limits the releases.")
    lines.append("Runs unchanged on (everything it uses stable, with one number and layout):")
    width = max((len(a) for a in report.archs), default=6)
    for arch, guests, text in _range_lines(report):
        lines.append(f"  {arch:<{width}}  {guests}: {text}")
    limits = _limits(report)
    if limits:
        lines.append("")
        lines.append("What sets the first release (of the rest, where something blocks the range):")
        lines += [f"  {x}" for x in limits]
    found = findings(report)
    lines.append("")
    lines.append(f"Findings ({len(found)}):" if found else "Findings: none")
    for f in found:
        lines.append(f"  {f.site.where}: [{f.rule}] {f.message}")
    lines.append("")
    lines.append(f"Dependencies ({len(report.dependencies)}):")
    header = ["kind", "name", "number", *report.archs, "used at"]
    rows = [
        [d.kind, d.name, _number(d), *(_cell(d, a) for a in report.archs), _site_text(d)] for d in report.dependencies
    ]
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows, strict=False)]
    for row in [header, *rows]:
        lines.append("  " + "  ".join(str(x).ljust(w) for x, w in zip(row, widths, strict=False)).rstrip())
    if report.library_calls:
        lines.append("")
        lines.append(f"Library calls ({len(report.library_calls)}):")
        for c in report.library_calls:
            kind = "stable library" if c.stable_library else "UNSTABLE library"
            effects = ", ".join(c.effects) if c.effects else "no hypercall"
            lines.append(f"  {c.function} ({c.library}, {kind}): {effects}  [{c.sites[0].where}]")
    if report.own_types:
        lines.append("")
        lines.append(f"Xen types the program defines itself ({len(report.own_types)}):")
        for t in report.own_types:
            verdict = "matches" if not t.mismatches else f"{len(t.mismatches)} differences"
            lines.append(
                f"  {t.file}:{t.line}: {t.name} ({t.language}, as {t.catalogue_name}): {verdict}; oracle: {t.oracle}"
            )
    if report.unresolved:
        lines.append("")
        lines.append(f"Unresolved ({len(report.unresolved)}):")
        for u in report.unresolved:
            lines.append(f"  {u.site.where}: {u.name}: {u.reason}")
    lines.append("")
    lines.append(f"exit status {report.status} (--fail-on {report.fail_on})")
    return _terminal("\n".join(lines)) + "\n"


def _md(text: str) -> str:
    return (
        " ".join(str(text).split())
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("`", "\\`")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("[", "\\[")
    )


def render_markdown(report: AuditReport) -> str:
    lines = [f"### xen-abi audit: {_md(' '.join(report.paths))}", "", _md(_files_line(report)), ""]
    lines += ["| arch | dom0 | runs unchanged on |", "|---|---|---|"]
    lines += [f"| {a} | {_md(g)} | {_md(t)} |" for a, g, t in _range_lines(report)]
    limits = _limits(report)
    if limits:
        lines += ["", "What sets the first release:", ""] + [f"- {_md(x)}" for x in limits]
    found = findings(report)
    lines += ["", f"**Findings: {len(found)}**" if found else "**Findings: none**"]
    if found:
        lines += ["", "| where | rule | finding |", "|---|---|---|"]
        lines += [f"| {_md(f.site.where)} | {f.rule} | {_md(f.message)} |" for f in found]
    lines += ["", "<details><summary>Dependencies (" + str(len(report.dependencies)) + ")</summary>", ""]
    lines += ["| kind | name | number | " + " | ".join(report.archs) + " | used at |"]
    lines += ["|---|---|---|" + "---|" * len(report.archs) + "---|"]
    for d in report.dependencies:
        cells = " | ".join(_md(_cell(d, a)) for a in report.archs)
        lines.append(f"| {d.kind} | {_md(d.name)} | {_number(d)} | {cells} | {_md(_site_text(d))} |")
    lines += ["", "</details>", "", f"exit status {report.status} (`--fail-on {report.fail_on}`)"]
    return "\n".join(lines) + "\n"


def report_json(report: AuditReport) -> dict[str, Any]:
    def site(s: Any) -> dict[str, Any]:
        return {"file": s.file, "line": s.line, "via": list(s.via)}

    return {
        "schema": SCHEMA,
        "paths": list(report.paths),
        "files": [{"path": p, "language": lang} for p, lang in report.files],
        "followed": list(report.followed),
        "archs": list(report.archs),
        "newest": report.newest,
        "from": report.first,
        "ranges": [
            {
                "arch": r.arch,
                "dom0": r.guest,
                "first": r.first,
                "last": r.last,
                "blockers": list(r.blockers),
                "rest_first": r.rest_first,
            }
            for r in report.ranges
        ],
        "dependencies": [
            {
                "kind": d.kind,
                "name": d.name,
                "hypercall": d.hypercall,
                "dom0": sorted(d.guests) if d.guests and not d.all_guests else None,
                "sites": [site(s) for s in d.sites],
                "verdicts": {
                    a: {
                        "status": v.status,
                        "since": v.since,
                        "number": v.number,
                        "where": v.where,
                        "reason": v.reason,
                        "interface_macro": v.interface_macro,
                        "events": [
                            {"release": e.release, "what": e.what, "old": e.old, "new": e.new} for e in v.events
                        ],
                    }
                    for a, v in d.verdicts.items()
                },
            }
            for d in report.dependencies
        ],
        "library_calls": [
            {
                "function": c.function,
                "library": c.library,
                "stable_library": c.stable_library,
                "effects": list(c.effects),
                "alternative": c.alternative,
                "alternative_reason": c.alternative_reason or None,
                "sites": [site(s) for s in c.sites],
            }
            for c in report.library_calls
        ],
        "own_types": [t.to_json() for t in report.own_types],
        "unresolved": [{"name": u.name, "reason": u.reason, **site(u.site)} for u in report.unresolved],
        "devices": [{"device": s.via[0], "file": s.file, "line": s.line} for s in report.devices],
        "findings": [
            {
                "rule": f.rule,
                "level": f.level,
                "name": f.name,
                "message": f.message,
                "archs": list(f.archs),
                **site(f.site),
            }
            for f in findings(report)
        ],
        "fail_on": report.fail_on,
        "exit_status": report.status,
    }


def render_json(report: AuditReport, about: dict[str, Any] | None = None) -> str:
    doc = report_json(report)
    if about is not None:
        doc["xen_abi"] = about
    return _dump(doc)


def _fingerprint(f: Finding) -> str:
    return hashlib.sha256(f"{f.rule}\0{f.name}\0{f.site.file}\0{f.message}".encode()).hexdigest()[:32]


def render_sarif(report: AuditReport, about: dict[str, Any] | None = None) -> str:
    rules = sorted(RULES)
    index = {r: i for i, r in enumerate(rules)}
    results = [
        {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": f.level,
            "message": {"text": f.message},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.site.file, "uriBaseId": "%SRCROOT%"},
                        "region": {"startLine": f.site.line},
                    }
                }
            ],
            "partialFingerprints": {"xenAbiAudit/v1": _fingerprint(f)},
            "properties": {"name": f.name, "archs": list(f.archs), "via": list(f.site.via)},
        }
        for f in findings(report)
    ]
    doc = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "xen-abi audit",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": "https://xenbits.xen.org/docs/unstable/hypercall/",
                        "rules": [
                            {
                                "id": r,
                                "shortDescription": {"text": RULES[r][1]},
                                "defaultConfiguration": {"level": RULES[r][0]},
                            }
                            for r in rules
                        ],
                    }
                },
                "properties": {
                    "archs": list(report.archs),
                    "ranges": [
                        {"arch": r.arch, "dom0": r.guest, "first": r.first, "last": r.last} for r in report.ranges
                    ],
                    "exit_status": report.status,
                    **({"xen_abi": about} if about is not None else {}),
                },
                "results": results,
            }
        ],
    }
    return _dump(doc)
