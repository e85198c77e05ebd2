"""Populate a corpus of release header trees from a Xen clone, tarballs or directories.

The corpus layout is the one ``../shared/xen-headers`` has and every command
reads: ``DIR/<release>/`` holding a release's public headers, plus
``DIR/MANIFEST.tsv`` (version, tag, commit, commit date).  Releases come from
xen-headers/MANIFEST.tsv in this repository.
"""

from __future__ import annotations

import csv
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from xen_abi.common.errors import UsageError, XenAbiError
from xen_abi.frontend.source import HeaderTree, from_git, open_source

MANIFEST = Path(__file__).resolve().parents[2] / "xen-headers" / "MANIFEST.tsv"


@dataclass(frozen=True)
class ManifestRow:
    version: str
    tag: str
    commit: str
    commit_date: str


def read_manifest(path: Path = MANIFEST) -> list[ManifestRow]:
    try:
        with open(path, encoding="utf-8", newline="") as f:
            rows = list(csv.DictReader(f, delimiter="\t"))
        return [ManifestRow(r["version"], r["tag"], r["commit"], r["commit_date"]) for r in rows]
    except (OSError, KeyError, csv.Error) as exc:
        raise XenAbiError(f"cannot read the release manifest: {exc}", file=str(path)) from None


def populate(
    out: Path, *, git: Path | None = None, sources: Sequence[str] = (), releases: list[str] | None = None
) -> list[str]:
    """Write one directory per release under ``out``; return the releases written.

    With ``git``, every manifest release (or those named) is read from its tag
    in the clone without a checkout; otherwise each source (tarball or
    directory) is written under the release name it tells.
    """
    manifest = read_manifest()
    trees: list[tuple[str, HeaderTree]] = []
    if git is not None:
        wanted = releases or [row.version for row in manifest]
        by_version = {row.version: row for row in manifest}
        for name in wanted:
            if name not in by_version:
                raise UsageError(f"unknown release {name!r}; the manifest has: {', '.join(by_version)}")
            row = by_version[name]
            ref = row.tag if row.tag != "master" else row.commit
            trees.append((name, from_git(git, ref)))
    for spec in sources:
        tree = open_source(spec)
        if not tree.release_hint:
            raise UsageError(f"cannot tell which release {spec} is")
        trees.append((tree.release_hint, tree))
    out.mkdir(parents=True, exist_ok=True)
    for name, tree in trees:
        target = out / name
        staging = Path(tempfile.mkdtemp(prefix=f".{name}.", dir=out))
        try:
            tree.materialize(staging)
            if target.exists():
                shutil.rmtree(target)
            staging.rename(target)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    rows = [r for r in manifest if (out / r.version).is_dir()]
    lines = ["version\ttag\tcommit\tcommit_date"] + [f"{r.version}\t{r.tag}\t{r.commit}\t{r.commit_date}" for r in rows]
    (out / "MANIFEST.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [name for name, _ in trees]
