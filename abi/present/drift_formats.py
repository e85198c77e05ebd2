"""Drift reports: text, Markdown, JSON, JUnit XML, SARIF 2.1.0 and GitLab Code Quality.

Every renderer reads a finished ``xen_abi.compare.drift.Report`` and returns a string;
none decides anything (severity, exit status and suppression are settled
before).  Output is deterministic: changes come sorted from the diff stage,
JSON keys are sorted, nothing carries a time stamp.

The JSON report is the documented contract (schema ``xen-abi-drift/1``)::

    {"schema": "xen-abi-drift/1", "command", "old": SIDE, "new": SIDE,
     "archs": [...], "fail_on", "failing": [...], "exit_status",
     "summary": {"breaking": n, "interface-version": n, "compatible": n,
                 "tools-only": n, "cosmetic": n, "suppressed": n, "unused_suppressions": n},
     "changes": [CHANGE, ...], "suppressed": [CHANGE + "suppressed_by", ...],
     "unused_suppressions": [{"file", "line", "name", "kind", "reason"}]}

    CHANGE = {"kind", "severity", "item", "arch": [...], "visibility": [...],
              "stability", "hypercall", "before", "after",
              "where": {"before": "hdr.h:N" | null, "after": ...},
              "interface_macro", "note", "message", "fails"}
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from typing import Any
from xml.etree import ElementTree as ET

from xen_abi import __version__
from xen_abi.common.escape import md_code, md_code_block, md_text, xml_chars
from xen_abi.common.jsontext import dump_json
from xen_abi.compare.diff import message
from xen_abi.compare.drift import Report, Side
from xen_abi.compare.policy import KIND_INFO
from xen_abi.ir.changes import SEVERITIES, Change, Kind, Severity
from xen_abi.ir.location import Location
from xen_abi.present import pahole
from xen_abi.present.terminal import plural, wrap

SCHEMA = "xen-abi-drift/1"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
TOOL_URI = "https://xenbits.xen.org/docs/unstable/hypercall/"
_MAX_MARKDOWN_ROWS = 150  # per severity: merge-request comments have size limits


def render(report: Report, fmt: str, *, width: int | None = None) -> str:
    """``report`` in format ``fmt``; text is wrapped to ``width`` columns when given (a terminal)."""
    if fmt == "text":
        return render_text(report, width)
    renderers = {
        "markdown": render_markdown,
        "json": render_json,
        "junit": render_junit,
        "sarif": render_sarif,
        "gitlab": render_gitlab,
    }
    return renderers[fmt](report)


# -- shared pieces --------------------------------------------------------------------------------


def change_record(c: Change, report: Report) -> dict[str, Any]:
    return {
        "kind": c.kind.value,
        "severity": c.severity.value,
        "item": c.item,
        "arch": list(c.archs),
        "visibility": list(c.visibilities),
        "stability": c.stability,
        "hypercall": c.hypercall,
        "before": c.before,
        "after": c.after,
        "where": {"before": _text(c.where_before), "after": _text(c.where_after)},
        "interface_macro": c.interface_macro,
        "note": c.note,
        "message": message(c),
        "fails": report.fails(c),
    }


def _side(side: Side) -> dict[str, Any]:
    return {"spec": side.spec, "name": side.name, "source": side.source, "commit": side.commit}


def _text(where: Location | None) -> str | None:
    return None if where is None else str(where)


def _archs_text(archs: Iterable[str], compared: tuple[str, ...]) -> str:
    archs = tuple(archs)
    if len(compared) > 2 and set(archs) == set(compared):
        return f"all {len(compared)} archs"
    return " ".join(archs)


def _group(c: Change) -> str:
    if c.hypercall:
        return f"hypercall {c.hypercall}"
    return f"header {c.where.header}" if c.where else "configurations"


def _grouped(changes: Iterable[Change]) -> dict[str, list[Change]]:
    groups: dict[str, list[Change]] = {}
    for c in changes:
        groups.setdefault(_group(c), []).append(c)
    # Hypercalls first (by name), then headers, then configuration-level changes.
    order = {"hypercall": 0, "header": 1, "configurations": 2}
    return dict(sorted(groups.items(), key=lambda kv: (order[kv[0].split(" ")[0]], kv[0])))


def _layout_pair(report: Report, c: Change) -> tuple[str, Any, Any] | None:
    """(config key, old entry, new entry) to show for a change to a type's layout."""
    if not c.type_name:
        return None
    for arch in c.archs:
        for vis in c.visibilities:
            key = f"{arch}/{vis}"
            pair = report.layouts.get((c.type_name, key))
            if pair is not None and pair[0] is not None and pair[1] is not None:
                return key, pair[0], pair[1]
    return None


def _layout_types(report: Report, changes: Iterable[Change]) -> list[tuple[str, str, Any, Any]]:
    """Each changed type once: (type, config key, old entry, new entry)."""
    seen: set[str] = set()
    out = []
    for c in changes:
        if c.type_name and c.type_name not in seen and c.kind not in (Kind.TYPE_ADDED, Kind.TYPE_REMOVED):
            found = _layout_pair(report, c)
            if found:
                seen.add(c.type_name)
                out.append((c.type_name, *found))
    return out


def _summary_line(report: Report) -> str:
    counts = report.counts()
    parts = ", ".join(f"{counts[s.value]} {s.value}" for s in SEVERITIES)
    return f"{parts}; {len(report.suppressed)} suppressed"


def _fail_line(report: Report) -> str:
    failing = ", ".join(s.value for s in SEVERITIES if s in report.failing) or "nothing"
    verdict = "FAIL" if report.status else "PASS"
    return f"{verdict}: fails on {failing} (--fail-on {report.fail_on}); exit status {report.status}"


def _where_text(c: Change) -> str:
    if c.where_before == c.where_after:
        return str(c.where_before or "-")
    return f"{c.where_before or '-'} -> {c.where_after or '-'}"


# -- text -----------------------------------------------------------------------------------------


def render_text(report: Report, width: int | None = None) -> str:
    """Breaking findings first: a section per severity, in it a group per hypercall (else header), by name.

    With ``width`` (a terminal's) long lines wrap under themselves; without, each fact stays one line.
    """
    lines = [
        *wrap(f"xen-abi {report.command}: {report.old.label} -> {report.new.label}", width, hanging="  "),
        *wrap(f"architectures: {' '.join(report.archs) or '(none in common)'}", width, hanging="  "),
        *wrap(f"summary: {_summary_line(report)}", width, hanging="  "),
        *wrap(_fail_line(report), width, hanging="  "),
    ]
    partial = report.extra.get("partial")
    if partial is not None:  # check --present-only: what the vendored copy lacks, and where it came from
        lines += ["", *partial.lines()]
    if not report.changes:
        lines.append("")
        lines.append("no ABI change")
    for severity in SEVERITIES:
        found = [c for c in report.changes if c.severity is severity]
        if found:
            lines += ["", f"=== {severity.value}: {plural(len(found), 'change')} ==="]
        for group, changes in _grouped(found).items():
            lines += _text_group(report, group, changes, width)
    if report.suppressed:
        lines += ["", "== suppressed =="]
        for c, s in report.suppressed:
            lines.append(f"  [{c.severity.value}] {c.kind.value}: {c.item} ({_archs_text(c.archs, report.archs)})")
            lines.append(f"      by {s.where}: {s.reason}")
    if report.unused:
        lines += ["", "== unused suppressions =="]
        for s in report.unused:
            lines.append(f"  {s.where}: {s.name or ' '.join(s.kinds)}: {s.reason}")
    return "\n".join(lines) + "\n"


def _text_group(report: Report, group: str, changes: list[Change], width: int | None) -> list[str]:
    """One hypercall's (or header's) changes of one severity, then the layouts they changed, before and after."""
    lines = ["", f"== {group} =="]
    for c in changes:
        mark = "!" if report.fails(c) else " "
        lines += wrap(f"{c.kind.value}: {c.item}", width, indent=f" {mark}[{c.severity.value}] ", hanging="      ")
        if c.before is not None or c.after is not None:
            lines += wrap(c.before if c.before is not None else "(absent)", width, indent="      ")
            lines += wrap(c.after if c.after is not None else "(absent)", width, indent="   -> ", hanging="      ")
        facts = f"{_archs_text(c.archs, report.archs)}; {' '.join(c.visibilities)}; {c.stability}; {_where_text(c)}"
        lines += wrap(facts, width, indent="      ")
        if c.note:
            lines += wrap(c.note, width, indent="      ")
    for name, key, old, new in _layout_types(report, changes):
        lines += ["", f"  layout of {name} on {key}:"]
        lines += [f"  --- {report.old.name}", *_indent(pahole.render(old), "  - ")]
        lines += [f"  +++ {report.new.name}", *_indent(pahole.render(new), "  + ")]
    return lines


def _indent(text: str, prefix: str) -> list[str]:
    return [prefix + line.replace("\t", "    ") for line in text.rstrip("\n").split("\n")]


# -- Markdown -------------------------------------------------------------------------------------


def render_markdown(report: Report) -> str:
    counts = report.counts()
    icon = ":x:" if report.status else ":white_check_mark:"
    out = [
        f"### xen-abi {report.command}: {md_code(report.old.label)} → {md_code(report.new.label)}",
        "",
        f"{icon} **{_fail_line(report)}**",
        "",
        f"Architectures: {', '.join(report.archs) or '(none in common)'}",
        "",
        "| severity | changes | fails the check |",
        "|---|---:|---|",
    ]
    for s in SEVERITIES:
        out.append(f"| {s.value} | {counts[s.value]} | {'yes' if s in report.failing else 'no'} |")
    out.append(f"| suppressed | {len(report.suppressed)} | no |")
    partial = report.extra.get("partial")
    if partial is not None:
        out += ["", *(f"- {md_text(line)}" for line in partial.lines())]
    for s in SEVERITIES:
        rows = [c for c in report.changes if c.severity is s]
        if not rows:
            continue
        out += ["", f"#### {s.value} ({len(rows)})", ""]
        out += [
            "| item | change | before | after | archs | views | where | note |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for c in rows[:_MAX_MARKDOWN_ROWS]:
            out.append(
                f"| {md_code(c.item)} | {c.kind.value} | {md_code(c.before)} | {md_code(c.after)} | "
                f"{_archs_text(c.archs, report.archs)} | {', '.join(c.visibilities)} | "
                f"{md_code(_where_text(c))} | {md_text(c.note)} |"
            )
        if len(rows) > _MAX_MARKDOWN_ROWS:
            out.append(f"\n… {len(rows) - _MAX_MARKDOWN_ROWS} more {s.value} changes: see the JSON report.")
    layouts = _layout_types(report, report.changes)
    if layouts:
        out += ["", "<details><summary>Changed layouts, before and after</summary>", ""]
        for name, key, old, new in layouts[:_MAX_MARKDOWN_ROWS]:
            out += [f"**{md_text(name)}** on {key}", "", *md_code_block(pahole.render(old), "c")]
            out += [*md_code_block(pahole.render(new), "c"), ""]
        out.append("</details>")
    if report.suppressed:
        out += ["", f"<details><summary>Suppressed ({len(report.suppressed)})</summary>", ""]
        out += ["| item | change | archs | suppressed by | reason |", "|---|---|---|---|---|"]
        for c, sup in report.suppressed:
            out.append(
                f"| {md_code(c.item)} | {c.kind.value} | {_archs_text(c.archs, report.archs)} | "
                f"{md_code(sup.where)} | {md_text(sup.reason)} |"
            )
        out += ["", "</details>"]
    if report.unused:
        out += ["", "**Unused suppressions** (they silence nothing; remove them):", ""]
        for sup in report.unused:
            out.append(f"- {md_code(sup.where)} {md_code(sup.name or ' '.join(sup.kinds))}: {md_text(sup.reason)}")
    return "\n".join(out) + "\n"


# -- JSON -----------------------------------------------------------------------------------------


def render_json(report: Report) -> str:
    counts: dict[str, int] = dict(report.counts())
    counts["suppressed"] = len(report.suppressed)
    counts["unused_suppressions"] = len(report.unused)
    suppressed = []
    for c, s in report.suppressed:
        record = change_record(c, report)
        record["fails"] = False
        record["suppressed_by"] = {"file": s.file, "line": s.line, "reason": s.reason}
        suppressed.append(record)
    doc = {
        "schema": SCHEMA,
        "command": report.command,
        "old": _side(report.old),
        "new": _side(report.new),
        "archs": list(report.archs),
        "fail_on": report.fail_on,
        "failing": [s.value for s in SEVERITIES if s in report.failing],
        "exit_status": report.status,
        "summary": counts,
        "changes": [change_record(c, report) for c in report.changes],
        "suppressed": suppressed,
        "unused_suppressions": [
            {"file": s.file, "line": s.line, "name": s.name, "kind": list(s.kinds), "reason": s.reason}
            for s in report.unused
        ],
    }
    if "partial" in report.extra:
        doc["partial_copy"] = report.extra["partial"].to_json()
    if "xen_abi" in report.extra:
        doc["xen_abi"] = report.extra["xen_abi"]
    return dump_json(doc)


# -- JUnit XML ------------------------------------------------------------------------------------


def render_junit(report: Report) -> str:
    failures = sum(1 for c in report.changes if report.fails(c))
    cases = len(report.changes) or 1
    root = ET.Element("testsuites", name="xen-abi drift", tests=str(cases), failures=str(failures), errors="0")
    suite = ET.SubElement(
        root,
        "testsuite",
        name=f"{report.old.name} -> {report.new.name}",
        tests=str(cases),
        failures=str(failures),
        errors="0",
        skipped="0",
    )
    props = ET.SubElement(suite, "properties")
    for key, value in (
        ("old", report.old.label),
        ("new", report.new.label),
        ("archs", " ".join(report.archs)),
        ("fail_on", report.fail_on),
        ("exit_status", str(report.status)),
        *_about_properties(report),
    ):
        ET.SubElement(props, "property", name=key, value=value)
    if not report.changes:
        ET.SubElement(suite, "testcase", classname="xen-abi.drift", name="no ABI change")
    for c in report.changes:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=f"xen-abi.drift.{_group(c).replace(' ', '.')}",
            name=f"{c.kind.value}: {c.item} [{' '.join(c.archs)}; {' '.join(c.visibilities)}]",
        )
        detail = "\n".join(
            [
                message(c),
                f"severity: {c.severity.value}; stability: {c.stability}",
                f"where: {_where_text(c)}",
            ]
        )
        if report.fails(c):
            failure = ET.SubElement(case, "failure", message=message(c), type=c.severity.value)
            failure.text = detail
        else:
            ET.SubElement(case, "system-out").text = detail
    for element in root.iter():  # names and notes come from headers: nothing XML cannot carry
        element.attrib = {k: xml_chars(v) for k, v in element.attrib.items()}
        if element.text:
            element.text = xml_chars(element.text)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _about_properties(report: Report) -> list[tuple[str, str]]:
    """The ``xen_abi`` object (tool and catalogue) as JUnit properties."""
    about = report.extra.get("xen_abi")
    if about is None:
        return []
    props = [("xen_abi.version", about["version"])]
    for key, value in (about["catalogue"] or {}).items():
        props.append((f"xen_abi.catalogue.{key}", str(value)))
    return props


# -- SARIF 2.1.0 ----------------------------------------------------------------------------------


def _level(report: Report, c: Change) -> str:
    if report.fails(c):
        return "error"
    if c.severity in (Severity.BREAKING, Severity.INTERFACE_VERSION):
        return "warning"
    return "note"


def _location(report: Report, c: Change) -> tuple[str, int]:
    where = c.where_after or c.where_before
    if not where:
        return report.path_prefix + "xen.h", 1
    return report.path_prefix + where.header, where.line or 1


def fingerprint(c: Change) -> str:
    key = "|".join([c.kind.value, c.item, " ".join(c.archs), " ".join(c.visibilities), c.before or "", c.after or ""])
    return hashlib.sha256(key.encode()).hexdigest()


def _rule_name(kind: Kind) -> str:
    return "".join(part.capitalize() for part in kind.value.split("-"))


def render_sarif(report: Report) -> str:
    kinds = list(Kind)
    index = {k: i for i, k in enumerate(kinds)}
    rules = [
        {
            "id": k.value,
            "name": _rule_name(k),
            "shortDescription": {"text": KIND_INFO[k][1]},
            "fullDescription": {"text": f"{KIND_INFO[k][1]} ({KIND_INFO[k][0].value} change; see docs/drift.md)"},
            "defaultConfiguration": {"level": "warning" if KIND_INFO[k][0].value == "incompatible" else "note"},
        }
        for k in kinds
    ]
    results = []
    for c in report.changes:
        uri, line = _location(report, c)
        results.append(
            {
                "ruleId": c.kind.value,
                "ruleIndex": index[c.kind],
                "level": _level(report, c),
                "message": {"text": f"[{c.severity.value}] {message(c)}"},
                "locations": [
                    {
                        "physicalLocation": {
                            "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                            "region": {"startLine": line},
                        }
                    }
                ],
                "partialFingerprints": {"xenAbiChange/v1": fingerprint(c)},
                "properties": {
                    "severity": c.severity.value,
                    "item": c.item,
                    "arch": list(c.archs),
                    "visibility": list(c.visibilities),
                    "stability": c.stability,
                    "before": c.before,
                    "after": c.after,
                    "where": {"before": _text(c.where_before), "after": _text(c.where_after)},
                },
            }
        )
    doc = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "xen-abi",
                        "informationUri": TOOL_URI,
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": rules,
                    }
                },
                "automationDetails": {"id": f"xen-abi/{report.command}/{report.old.name}"},
                "properties": {
                    "old": report.old.label,
                    "new": report.new.label,
                    "archs": list(report.archs),
                    "fail_on": report.fail_on,
                    "exit_status": report.status,
                    **({"xen_abi": report.extra["xen_abi"]} if "xen_abi" in report.extra else {}),
                },
                "results": results,
            }
        ],
    }
    return dump_json(doc)


# -- GitLab Code Quality --------------------------------------------------------------------------

_GITLAB_SEVERITY = {
    Severity.BREAKING: "critical",
    Severity.INTERFACE_VERSION: "major",
    Severity.TOOLS_ONLY: "minor",
    Severity.COMPATIBLE: "info",
    Severity.COSMETIC: "info",
}


def render_gitlab(report: Report) -> str:
    issues = []
    for c in report.changes:
        path, line = _location(report, c)
        issues.append(
            {
                "type": "issue",
                "check_name": f"xen-abi/{c.kind.value}",
                "description": f"[{c.severity.value}] {message(c)} ({' '.join(c.archs)}; {' '.join(c.visibilities)})",
                "categories": ["Compatibility"],
                "severity": _GITLAB_SEVERITY[c.severity],
                "fingerprint": fingerprint(c),
                "location": {"path": path, "lines": {"begin": line}},
            }
        )
    return dump_json(issues)


# -- the release-history summary ------------------------------------------------------------------


def render_history_markdown(data: dict[str, Any]) -> str:
    """generated/history/summary.md: counts per edge of the release graph, the bump rule, every finding."""
    sev = [s.value for s in SEVERITIES]
    out = [
        "# ABI drift along the Xen release graph (x.y.0 to the next x.y.0; each point release from its predecessor)",
        "",
        "Generated by `xen-abi drift-history` from the committed catalogue (abi/data/catalogue);",
        "do not edit by hand.  Severities and kinds are documented in docs/drift.md.",
        "",
        "## Changes per release pair",
        "",
        "| old → new | " + " | ".join(sev) + " | interface-version bumps |",
        "|---|" + "---:|" * len(sev) + "---|",
    ]
    for p in data["pairs"]:
        bumps = ", ".join(
            f"{m} {b['before'].split(' ')[0]}→{b['after'].split(' ')[0]}"
            for m, b in p["interface_version_bumps"].items()
        )
        out.append(
            f"| {p['old']} → {p['new']} | " + " | ".join(str(p["counts"][s]) for s in sev) + f" | {bumps or '—'} |"
        )
    out += [
        "",
        "## Xen's interface-version rule",
        "",
        "An incompatible change to a tools-only interface must come with a bump of the",
        '`*_INTERFACE_VERSION` macro covering it (domctl.h: "needs to be incremented by 1 in case',
        'the interface is modified in an incompatible way"); a bump with no incompatible change is',
        "reported too.",
        "",
        "| old → new | macro | finding | items |",
        "|---|---|---|---|",
    ]
    any_rule = False
    for p in data["pairs"]:
        pair = f"{p['old']} → {p['new']}"
        for macro, items in p["unbumped"].items():
            any_rule = True
            shown = ", ".join(f"`{i}`" for i in items[:8]) + (f" and {len(items) - 8} more" if len(items) > 8 else "")
            out.append(f"| {pair} | `{macro}` | changed incompatibly, not bumped | {shown} |")
        for macro, bump in p["interface_version_bumps"].items():
            if not bump["justified"]:
                any_rule = True
                out.append(
                    f"| {pair} | `{macro}` | bumped {md_code(bump['before'])} → {md_code(bump['after'])} "
                    "with no incompatible change | — |"
                )
    if not any_rule:
        out.append("| — | — | no finding | — |")
    out += ["", "## Breaking and interface-version findings", ""]
    for p in data["pairs"]:
        findings = p["findings"]
        out += [f"### {p['old']} → {p['new']}", ""]
        if not findings:
            out += ["No breaking or interface-version finding.", ""]
            continue
        out += [
            "| severity | kind | item | before | after | archs | views | where | note |",
            "|---|---|---|---|---|---|---|---|---|",
        ]
        archs = tuple(p["archs"])
        for f in findings:
            where = f["where"]
            where_text = (
                where["before"] if where["before"] == where["after"] else f"{where['before']} → {where['after']}"
            )
            out.append(
                f"| {f['severity']} | {f['kind']} | {md_code(f['item'])} | {md_code(f['before'])} | "
                f"{md_code(f['after'])} | {_archs_text(f['arch'], archs)} | {', '.join(f['visibility'])} | "
                f"{md_code(where_text)} | {md_text(f['note'])} |"
            )
        out.append("")
    return "\n".join(out).rstrip("\n") + "\n"
