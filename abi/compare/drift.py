"""The drift check: two sides in, reports and an exit-status bitmask out.

``xen-abi diff OLD NEW`` compares any two sides; ``xen-abi check --baseline
R`` is the CI form (a working tree or git ref against a released baseline);
``xen-abi drift-history`` compares every edge of the catalogue's release
graph (xen_abi.present.drift_history).  The comparison itself is
``xen_abi.compare.diff``; suppressions are ``xen_abi.compare.suppressions``;
renderers are ``xen_abi.present.drift_formats``; the commands are
``xen_abi.cli.drift``.  This module only opens sides and compares them.

Exit status of diff and check (a bitmask, like abidiff's)::

    1   error: the comparison could not be made (bad input, see the message)
    2   usage error (always with 1: status 3), argparse's own parse errors included (xen_abi.cli.main)
    4   compatible or cosmetic changes          \\  only the severities that
    8   interface-version findings               |  --fail-on selects
    16  breaking changes                         |
    32  tools-only changes                      /

At most 60: never 124 to 127 (timeout(1) and the shell's "cannot run") nor
128 and above (killed by a signal), so a CI log cannot misread it.  Cosmetic
changes share bit 4 with compatible ones: both change nothing a consumer
sees (abidiff's "ABI change" bit); the report tells them apart.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from xen_abi.common.errors import CatalogueError, UsageError, XenAbiError
from xen_abi.compare.diff import compare_releases, counts, merge_changes
from xen_abi.compare.suppressions import Suppression, apply
from xen_abi.frontend.source import CANDIDATES, open_source
from xen_abi.ir.archs import ARCH_NAMES
from xen_abi.ir.changes import SEVERITIES, Change, Severity
from xen_abi.ir.model import ReleaseABI, TypeEntry
from xen_abi.store.catalogue import Catalogue

SEVERITY_BITS: dict[Severity, int] = {
    Severity.COMPATIBLE: 4,
    Severity.INTERFACE_VERSION: 8,
    Severity.BREAKING: 16,
    Severity.TOOLS_ONLY: 32,
    Severity.COSMETIC: 4,
}
FAIL_ON: dict[str, tuple[Severity, ...]] = {
    "none": (),
    "breaking": (Severity.BREAKING,),
    "interface-version": (Severity.BREAKING, Severity.INTERFACE_VERSION),
    "compatible": (Severity.BREAKING, Severity.INTERFACE_VERSION, Severity.COMPATIBLE),
    "any": SEVERITIES,
}


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
        return from_catalogue(Catalogue.load(base), release, spec)  # DIR:RELEASE
    if path.is_dir() and (path / "index.json").is_file():
        cat = Catalogue.load(path)
        if len(cat.releases) != 1:
            raise UsageError(
                f"catalogue {spec} holds {len(cat.releases)} releases; name one as {spec}:RELEASE "
                f"({', '.join(cat.releases)})"
            )
        return from_catalogue(cat, cat.releases[0], spec)
    if path.is_file() and path.suffix == ".json":
        root = path.resolve().parent.parent
        if not (root / "index.json").is_file():
            raise CatalogueError("not a release file of a catalogue (no index.json two levels up)", file=spec)
        return from_catalogue(Catalogue.load(root), path.stem, spec)
    if path.exists() or _looks_like_path(spec):
        return _ingested(spec, git=None, archs=archs, baseline=baseline)
    return from_catalogue(Catalogue.load(catalogue), spec, spec)


def from_catalogue(cat: Catalogue, name: str, spec: str) -> Side:
    release = cat.release(name)
    return Side(spec, release.release, "catalogue", release.provenance.commit, release)


def _ingested(spec: str, *, git: Path | None, archs: Sequence[str] | None, baseline: ReleaseABI | None = None) -> Side:
    from xen_abi.frontend.ingest import default_cache_dir, ingest  # the cost of ingesting only where needed

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
    diff = compare_releases(old.release, new.release, archs=archs)
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
