"""The drift check: two sides in, reports and an exit-status bitmask out.

``xen-abi diff OLD NEW`` compares any two sides; ``xen-abi check --baseline
R`` is the CI form (a working tree or git ref against a released baseline);
``xen-abi drift-history`` compares every pair of consecutive releases of the
catalogue and writes the committed summary.  The comparison itself is
``abi.diff``; suppressions are ``abi.suppressions``; renderers are
``abi.drift_formats``.  This module only wires them together.

Exit status of diff and check (a bitmask, like abidiff's)::

    1   error: the comparison could not be made (bad input, see the message)
    2   usage error (always with 1: status 3); argparse's own parse errors exit 2
    4   compatible changes                      \\
    8   interface-version findings               |  only the severities that
    16  breaking changes                         |  --fail-on selects
    32  tools-only changes                       |
    64  cosmetic changes                        /
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from pathlib import Path

from abi.archs import ARCH_NAMES, get_arch
from abi.catalogue import Catalogue, version_key
from abi.diff import (
    SEVERITIES,
    Change,
    Kind,
    Severity,
    counts,
    diff_releases,
    merge_changes,
)
from abi.errors import CatalogueError, UsageError, XenAbiError
from abi.model import ReleaseABI, TypeEntry
from abi.source import CANDIDATES, open_source
from abi.suppressions import Suppression, apply, load

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
SEVERITY_BITS: dict[Severity, int] = {
    Severity.COMPATIBLE: 4,
    Severity.INTERFACE_VERSION: 8,
    Severity.BREAKING: 16,
    Severity.TOOLS_ONLY: 32,
    Severity.COSMETIC: 64,
}
FAIL_ON: dict[str, tuple[Severity, ...]] = {
    "none": (),
    "breaking": (Severity.BREAKING,),
    "interface-version": (Severity.BREAKING, Severity.INTERFACE_VERSION),
    "compatible": (Severity.BREAKING, Severity.INTERFACE_VERSION, Severity.COMPATIBLE),
    "any": SEVERITIES,
}
FORMATS = ("text", "markdown", "json", "junit", "sarif", "gitlab")
HISTORY_SCHEMA = "xen-abi-drift-history/1"


# -- sides ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Side:
    """One side of a comparison and where it came from."""

    spec: str  # as the user gave it
    name: str  # the release name it stands for
    source: str  # "catalogue", "headers", "tarball", "git"
    commit: str | None
    release: ReleaseABI
    path_prefix: str = ""  # where the public headers sit in the project ("xen/include/public/")

    @property
    def label(self) -> str:
        if self.source == "catalogue":
            return f"{self.name} (catalogue)"
        if self.source == "git":
            return f"{self.spec} (git {self.commit[:12] if self.commit else '?'})"
        return f"{self.spec} ({self.source})"


def _looks_like_path(spec: str) -> bool:
    return os.sep in spec or spec.startswith(".") or spec.endswith((".json", ".tar", ".gz", ".xz", ".bz2", ".tgz"))


def open_side(
    spec: str,
    *,
    catalogue: str | Path | None = None,
    git: Path | None = None,
    archs: Sequence[str] | None = None,
    baseline: ReleaseABI | None = None,
) -> Side:
    """A release of the catalogue, a catalogue directory or file, a header tree or tarball, or a git ref.

    A tree with the same content hash as ``baseline`` is not ingested again.
    """
    if git is not None:
        return _ingested(spec, git=git, archs=archs, baseline=baseline)
    path = Path(spec)
    base, sep, release = spec.rpartition(":")
    if not path.exists() and sep and base and Path(base, "index.json").is_file():
        return _from_catalogue(Catalogue.load(base), release, spec)  # DIR:RELEASE
    if path.is_dir() and (path / "index.json").is_file():
        cat = Catalogue.load(path)
        if len(cat.releases) != 1:
            raise UsageError(
                f"catalogue {spec} holds {len(cat.releases)} releases; name one as {spec}:RELEASE "
                f"({', '.join(cat.releases)})"
            )
        return _from_catalogue(cat, cat.releases[0], spec)
    if path.is_file() and path.suffix == ".json":
        root = path.resolve().parent.parent
        if not (root / "index.json").is_file():
            raise CatalogueError("not a release file of a catalogue (no index.json two levels up)", file=spec)
        return _from_catalogue(Catalogue.load(root), path.stem, spec)
    if path.exists() or _looks_like_path(spec):
        return _ingested(spec, git=None, archs=archs, baseline=baseline)
    return _from_catalogue(Catalogue.load(catalogue), spec, spec)


def _from_catalogue(cat: Catalogue, name: str, spec: str) -> Side:
    release = cat.release(name)
    return Side(spec, release.release, "catalogue", release.provenance.commit, release)


def _ingested(spec: str, *, git: Path | None, archs: Sequence[str] | None, baseline: ReleaseABI | None = None) -> Side:
    from abi.ingest import default_cache_dir, ingest  # the cost of ingesting only where needed

    tree = open_source(spec, git=git)
    name = tree.release_hint or spec
    prefix = _git_prefix(git, spec) if git is not None else _dir_prefix(Path(spec))
    source = "git" if git else tree.provenance.kind
    if baseline is not None and tree.provenance.tree_hash == baseline.provenance.tree_hash:
        # The very headers the baseline was catalogued from (a commit that touched no header).
        return Side(spec, name, source, tree.provenance.commit, baseline, prefix)
    # A header that compiles on no configuration is an error here (ingest raises it with its
    # file and line): reporting its items as removed would blame the ABI for a typo.
    [release] = ingest([(name, tree)], archs=list(archs or ARCH_NAMES), cache_dir=default_cache_dir())
    # A tree that compiles nowhere is broken input, not a release without any ABI.
    if not release.configs:
        reasons = sorted(set(release.unsupported_configs.values()) | set(release.unsupported_archs.values()))
        raise XenAbiError(f"{spec}: no configuration could be ingested ({'; '.join(reasons)[:300]})")
    return Side(spec, name, source, tree.provenance.commit, release, prefix)


def _dir_prefix(path: Path) -> str:
    """The public root as a path relative to the current directory, for report locations."""
    if not path.is_dir():
        return ""
    for cand in CANDIDATES:
        root = path / cand
        if (root / "xen.h").is_file():
            rel = os.path.relpath(root.resolve(), Path.cwd().resolve())
            if rel == ".":
                return ""
            return "" if rel.startswith("..") else rel.replace(os.sep, "/") + "/"
    return ""


def _git_prefix(repo: Path, ref: str) -> str:
    """Where the public headers sit inside the repository at ``ref``."""
    git = shutil.which("git")
    if git is None:
        return ""
    for cand in CANDIDATES:
        sub = "" if cand == "." else cand + "/"
        res = subprocess.run(
            [git, "-C", str(repo), "cat-file", "-e", f"{ref}:{sub}xen.h"], capture_output=True, check=False
        )
        if res.returncode == 0:
            return sub
    return ""


# -- the comparison -------------------------------------------------------------------------------


@dataclass
class Report:
    """A finished comparison: what the renderers and the exit status work from."""

    old: Side
    new: Side
    archs: tuple[str, ...]
    changes: list[Change]  # merged, not suppressed
    suppressed: list[tuple[Change, Suppression]]  # merged per suppression
    unused: list[Suppression]
    layouts: dict[tuple[str, str], tuple[TypeEntry | None, TypeEntry | None]]
    fail_on: str = "any"
    command: str = "diff"
    path_prefix: str = ""
    extra: dict = field(default_factory=dict)

    @property
    def failing(self) -> frozenset[Severity]:
        return frozenset(FAIL_ON[self.fail_on])

    def fails(self, change: Change) -> bool:
        return change.severity in self.failing

    def counts(self) -> dict[str, int]:
        return counts(self.changes)

    @property
    def status(self) -> int:
        status = 0
        for c in self.changes:
            if c.severity in self.failing:
                status |= SEVERITY_BITS[c.severity]
        return status


def compare(
    old: Side,
    new: Side,
    *,
    archs: Sequence[str] | None = None,
    suppressions: Iterable[Suppression] = (),
    fail_on: str = "any",
    command: str = "diff",
) -> Report:
    if fail_on not in FAIL_ON:
        raise UsageError(f"unknown --fail-on {fail_on!r}; valid: {', '.join(FAIL_ON)}")
    diff = diff_releases(old.release, new.release, archs=archs)
    applied = apply(diff.changes, list(suppressions))
    by_entry: dict[int, list[Change]] = defaultdict(list)
    entries: dict[int, Suppression] = {}
    for change, s in applied.suppressed:
        by_entry[id(s)].append(change)
        entries[id(s)] = s
    suppressed = [(c, entries[k]) for k, cs in by_entry.items() for c in merge_changes(cs)]
    suppressed.sort(key=lambda cs: (cs[1].file, cs[1].line, cs[0].item, cs[0].kind.value))
    return Report(
        old,
        new,
        diff.archs,
        merge_changes(applied.kept),
        suppressed,
        applied.unused,
        diff.layouts,
        fail_on,
        command,
        new.path_prefix or old.path_prefix,
    )


# -- the commands ---------------------------------------------------------------------------------


def _archs(values: Sequence[str] | None) -> list[str] | None:
    return [get_arch(a).name for a in values] if values else None


def _suppressions(paths: Sequence[str] | None) -> list[Suppression]:
    out: list[Suppression] = []
    for p in paths or ():
        out += load(p)
    return out


def _outputs(args: argparse.Namespace) -> list[tuple[str, str | None]]:
    """(format, path or None for stdout) for the main format and every --report."""
    if args.format not in FORMATS:
        raise UsageError(f"unknown format {args.format!r}; valid: {', '.join(FORMATS)}")
    outputs: list[tuple[str, str | None]] = [(args.format, args.output)]
    for spec in args.report or ():
        fmt, sep, path = spec.partition("=")
        if not sep or not path:
            raise UsageError(f"--report wants FORMAT=FILE, got {spec!r}; formats: {', '.join(FORMATS)}")
        if fmt not in FORMATS:
            raise UsageError(f"unknown report format {fmt!r} in --report {spec}; valid: {', '.join(FORMATS)}")
        outputs.append((fmt, path))
    return outputs


def write_atomic(path: str | Path, text: str) -> None:
    """Write a file whole or not at all: a temp file beside it, then a rename."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise XenAbiError(f"cannot write report: {exc.strerror or exc}", file=str(path)) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp's 0600 is not what a report or committed file wants
        os.replace(tmp, path)
    except BaseException as exc:
        Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise XenAbiError(f"cannot write report: {exc.strerror or exc}", file=str(path)) from None
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _emit(report: Report, outputs: list[tuple[str, str | None]]) -> None:
    from abi.drift_formats import render

    rendered = [(render(report, fmt), path) for fmt, path in outputs]  # all rendered before any is written
    for text, path in rendered:
        if path is None or path == "-":
            sys.stdout.write(text)
        else:
            write_atomic(path, text)
    for s in report.unused:
        print(f"xen-abi: warning: {s.where}: suppression matched nothing: {s.name or s.kinds}", file=sys.stderr)


def _error(exc: XenAbiError) -> int:
    print(f"xen-abi: error: {exc}", file=sys.stderr)
    return EXIT_ERROR | (EXIT_USAGE if isinstance(exc, UsageError) else 0)


def cmd_diff(args: argparse.Namespace) -> int:
    try:
        outputs = _outputs(args)
        archs = _archs(args.arch)
        suppressions = _suppressions(args.suppressions)
        git = Path(args.git) if args.git else None
        old = open_side(args.old, catalogue=args.catalogue, git=git, archs=archs)
        new = open_side(args.new, catalogue=args.catalogue, git=git, archs=archs)
        report = compare(old, new, archs=archs, suppressions=suppressions, fail_on=args.fail_on, command="diff")
        _emit(report, outputs)
    except XenAbiError as exc:
        return _error(exc)
    return report.status


def cmd_check(args: argparse.Namespace) -> int:
    try:
        outputs = _outputs(args)
        archs = _archs(args.arch)
        suppressions = _suppressions(args.suppressions)
        if args.git and args.headers:
            raise UsageError("give --headers DIR or --git PATH --ref REF, not both")
        if args.ref and not args.git:
            raise UsageError("--ref needs --git PATH")
        baseline = open_side(args.baseline, catalogue=args.catalogue, archs=archs)
        if args.git:
            new = open_side(args.ref or "HEAD", git=Path(args.git), archs=archs, baseline=baseline.release)
        else:
            headers = args.headers or "."
            if not Path(headers).exists():
                raise XenAbiError(f"{headers} does not exist")
            new = open_side(headers, archs=archs, baseline=baseline.release)
        partial = None
        if args.present_only:
            from abi.vendored import partial as cut_to_copy

            old_release, new_release, partial = cut_to_copy(
                baseline.release, new.release, Catalogue.load(args.catalogue)
            )
            baseline = replace(baseline, release=old_release)
            new = replace(new, release=new_release)
        report = compare(baseline, new, archs=archs, suppressions=suppressions, fail_on=args.fail_on, command="check")
        if partial is not None:
            report.extra["partial"] = partial
        _emit(report, outputs)
    except XenAbiError as exc:
        return _error(exc)
    return report.status


# -- history --------------------------------------------------------------------------------------


def history(cat: Catalogue) -> dict:
    """Every consecutive pair of the catalogue's releases: counts, and breaking and IV findings in full."""
    releases = sorted(cat.releases, key=version_key)
    pairs = [history_pair(cat, a, b) for a, b in pairwise(releases)]
    return {"schema": HISTORY_SCHEMA, "releases": releases, "pairs": pairs}


def history_pair(cat: Catalogue, a: str, b: str) -> dict:
    """One entry of the history summary (see ``history``)."""
    from abi.drift_formats import change_record

    report = compare(_from_catalogue(cat, a, a), _from_catalogue(cat, b, b), fail_on="interface-version")
    kinds: dict[str, dict[str, int]] = {s.value: {} for s in SEVERITIES}
    for c in report.changes:
        kinds[c.severity.value][c.kind.value] = kinds[c.severity.value].get(c.kind.value, 0) + 1
    bumps = {
        c.item: {"before": c.before, "after": c.after, "justified": c.kind is Kind.INTERFACE_VERSION_BUMPED}
        for c in report.changes
        if c.kind in (Kind.INTERFACE_VERSION_BUMPED, Kind.INTERFACE_VERSION_BUMP_WITHOUT_CHANGE)
        and not c.item.startswith("__")
    }
    unbumped: dict[str, set[str]] = defaultdict(set)
    for c in report.changes:
        if c.severity is Severity.INTERFACE_VERSION and c.kind is not Kind.INTERFACE_VERSION_BUMP_WITHOUT_CHANGE:
            unbumped[c.interface_macro or "?"].add(c.item)
    findings = [
        change_record(c, report)
        for c in report.changes
        if c.severity in (Severity.BREAKING, Severity.INTERFACE_VERSION)
    ]
    return {
        "old": a,
        "new": b,
        "archs": list(report.archs),
        "counts": report.counts(),
        "kinds": {s: dict(sorted(k.items())) for s, k in kinds.items()},
        "interface_version_bumps": dict(sorted(bumps.items())),
        "unbumped": {m: sorted(items) for m, items in sorted(unbumped.items())},
        "findings": findings,
    }


def cmd_history(args: argparse.Namespace) -> int:
    from abi.drift_formats import dump_json, render_history_markdown

    try:
        data = history(Catalogue.load(args.catalogue))
        out = Path(args.output)
        write_atomic(out / "summary.json", dump_json(data))
        write_atomic(out / "summary.md", render_history_markdown(data))
    except XenAbiError as exc:
        return _error(exc)
    print(f"wrote {out / 'summary.json'} and {out / 'summary.md'}: {len(data['pairs'])} release pairs")
    return EXIT_OK


# -- parsers --------------------------------------------------------------------------------------


def _add_report_args(p: argparse.ArgumentParser, *, fail_on: str) -> None:
    p.add_argument("--arch", action="append", help=f"only these architectures (repeatable; {', '.join(ARCH_NAMES)})")
    p.add_argument("--format", default="text", help=f"report format on stdout or --output: {', '.join(FORMATS)}")
    p.add_argument("-o", "--output", help="write the --format report to this file (atomically)")
    p.add_argument("--report", action="append", metavar="FORMAT=FILE", help="also write FORMAT to FILE (repeatable)")
    p.add_argument("--suppressions", action="append", metavar="TOML", help="suppression file (repeatable)")
    p.add_argument(
        "--fail-on",
        default=fail_on,
        help=f"severities that set exit-status bits: {', '.join(FAIL_ON)} (default: {fail_on})",
    )


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """The diff, check and drift-history subcommands (called from abi.cli.build_parser)."""
    p = sub.add_parser("diff", help="compare two releases, header trees, tarballs, catalogues or git refs")
    p.add_argument("old", metavar="OLD", help="release name, catalogue dir or file, header dir, tarball, or git ref")
    p.add_argument("new", metavar="NEW", help="the same kinds of side as OLD")
    p.add_argument("--git", metavar="PATH", help="OLD and NEW are refs of this git repository (read, not checked out)")
    _add_report_args(p, fail_on="any")
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("check", help="CI: check a header tree or git ref against a released baseline")
    p.add_argument("--baseline", required=True, help="release name in the catalogue (or a catalogue dir or file)")
    p.add_argument("--headers", metavar="DIR", help="the header tree to check (default: the current directory)")
    p.add_argument("--git", metavar="PATH", help="check a ref of this git repository instead")
    p.add_argument("--ref", help="with --git: the ref to check (default: HEAD)")
    p.add_argument(
        "--present-only",
        action="store_true",
        help="a vendored, partial copy: compare only the headers it carries, list the others, name its release",
    )
    _add_report_args(p, fail_on="interface-version")
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("drift-history", help="diff every pair of consecutive catalogue releases into a summary")
    p.add_argument("-o", "--output", default="generated/history", help="directory (default: generated/history)")
    p.set_defaults(func=cmd_history)
