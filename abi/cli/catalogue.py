"""``xen-abi ingest``, ``headers`` and ``verify``: building and checking the catalogue."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from xen_abi.cli.args import emit as _emit
from xen_abi.cli.args import progress as _progress
from xen_abi.cli.args import visibility as _visibility
from xen_abi.common import limits
from xen_abi.common.errors import EXIT_MISMATCH, EXIT_OK, UsageError, XenAbiError
from xen_abi.common.names import check_release_name
from xen_abi.frontend.corpus import CORPUS_ENV
from xen_abi.ir.archs import ARCH_NAMES, get_arch
from xen_abi.store import paths

EXIT_DIFFERENT = 1  # catalogue-diff: the catalogues differ (as diff(1))

if TYPE_CHECKING:
    from xen_abi.frontend.source import HeaderTree
    from xen_abi.ir.model import ReleaseABI


def _portable(tree: HeaderTree) -> HeaderTree:
    """Record a corpus directory by its corpus-relative name, not this machine's path.

    The committed catalogue must be byte-identical wherever it is rebuilt.
    """
    from xen_abi.frontend.source import HeaderTree
    from xen_abi.ir.model import Provenance

    p = tree.provenance
    if p.kind == "directory" and p.ref and (Path(p.location).parent / "MANIFEST.tsv").exists():
        corpus = Path(p.location).parent.name
        corpus = corpus if corpus in ("xen-headers", "xen-headers-point") else "xen-headers"  # wherever it is here
        location = f"{corpus}/{Path(p.location).name}"
        prov = Provenance(p.kind, location, p.ref, p.commit, p.tree_hash)
        return HeaderTree(tree.files, prov, tree.release_hint)
    return tree


def _release_name(tree: HeaderTree, spec: str) -> str:
    if tree.release_hint:
        return tree.release_hint
    raise UsageError(f"cannot tell which release {spec} is; give it with --name")


def cmd_ingest(args: argparse.Namespace) -> int:
    from xen_abi.build import build_catalogue
    from xen_abi.frontend.hypervisor import open_hypervisor
    from xen_abi.frontend.ingest import default_cache_dir
    from xen_abi.frontend.source import open_source
    from xen_abi.present.terminal import plural

    archs = args.arch or list(ARCH_NAMES)
    for a in archs:
        get_arch(a)
    trees: list[tuple[str, HeaderTree]] = []
    for spec in args.sources:
        tree = _portable(open_source(spec, git=Path(args.git) if args.git else None))
        name = check_release_name(
            args.name if args.name is not None and len(args.sources) == 1 else _release_name(tree, spec)
        )
        trees.append((name, tree))
    names = [n for n, _ in trees]
    if len(set(names)) != len(names):
        raise UsageError(f"two sources name the same release: {', '.join(sorted(names))}")
    cache = None if args.no_cache else default_cache_dir()
    hypervisor = {}
    if args.hypervisor:
        root = Path(args.hypervisor)
        if not root.is_dir():
            raise UsageError(f"--hypervisor {args.hypervisor}: not a directory")
        hypervisor = {name: open_hypervisor(root, name) for name in names}
    progress = _progress(sys.stderr.isatty() and not args.quiet)
    started = time.monotonic()
    # Never into the installed package: without -o, the user's catalogue (the built-in releases and the user's).
    user = args.output is None
    out = paths.user_catalogue_path() if user else Path(args.output)
    computed = build_catalogue(
        trees,
        out,
        archs=archs,
        jobs=args.jobs,
        cache_dir=cache,
        keep_going=args.keep_going,
        replace=args.replace,
        force=args.force,
        progress=progress,
        hypervisor=hypervisor,
        base=paths.DEFAULT_PATH if user else None,
    )
    took = time.monotonic() - started
    if not args.quiet:
        reused = len(trees) - len(computed)
        releases = plural(len(trees), "release")
        print(f"ingested {releases} ({reused} unchanged, from the cache) in {took:.1f}s -> {out}", file=sys.stderr)
        if user:
            print(
                "the commands now read this catalogue (the built-in releases and yours) unless --catalogue is given",
                file=sys.stderr,
            )
    return EXIT_OK


# A verify worker's catalogue, its decoded layouts, and the one release it decoded last (its tasks come in
# release order: a release is decoded once per worker, and only one is held).
_WORKER: dict[str, Any] = {}


def _verify_task(task: tuple[str, str, str, str]) -> dict:
    """Worker for verify: one configuration of one release against clang."""
    from xen_abi.frontend.verify import verify_config
    from xen_abi.store.catalogue import Catalogue

    catalogue_path, release, key, root = task
    if _WORKER.get("path") != catalogue_path:
        _WORKER.clear()
        _WORKER.update(path=catalogue_path, catalogue=Catalogue.load(catalogue_path), parsed={})
    if _WORKER.get("name") != release:
        _WORKER.update(name=release, release=_WORKER["catalogue"].document(release).to_release(_WORKER["parsed"]))
    r: ReleaseABI = _WORKER["release"]
    result = verify_config(release, Path(root), r.configs[key], r.interface_version)
    return {
        "release": release,
        "config": key,
        "types": result.types,
        "fields": result.fields,
        "constants": result.constants,
        "mismatches": [str(m) for m in result.mismatches],
    }


def cmd_verify(args: argparse.Namespace) -> int:
    from xen_abi.common import workers
    from xen_abi.common.releases import version_key
    from xen_abi.frontend.corpus import default_corpora, release_tree
    from xen_abi.frontend.source import open_source
    from xen_abi.ir.model import Config
    from xen_abi.present.terminal import plural
    from xen_abi.store.catalogue import Catalogue

    catalogue = Catalogue.load(args.catalogue)
    releases = [catalogue.resolve_release(r) for r in args.release] if args.release else catalogue.releases
    corpora = [Path(c) for c in args.corpus] if args.corpus else default_corpora()
    archs = [get_arch(a).name for a in args.arch] if args.arch else None
    visibilities = [_visibility(v).value for v in args.visibility] if args.visibility else None
    tasks = []
    for name in releases:
        r = catalogue.release(name)
        root = release_tree(corpora, name)
        tree = open_source(str(root))
        if tree.provenance.tree_hash != r.provenance.tree_hash:
            raise XenAbiError(
                f"the headers differ from those release {name} was catalogued from "
                f"({tree.provenance.tree_hash} != {r.provenance.tree_hash})",
                file=str(root),
            )
        for key in sorted(r.configs):
            c = Config.parse(key)
            if (archs and c.arch not in archs) or (visibilities and c.visibility.value not in visibilities):
                continue
            tasks.append((str(catalogue.path), name, key, str(root)))
    started = time.monotonic()
    jobs = args.jobs or os.cpu_count() or 1
    with workers.pool(jobs) as pool:
        # Chunks keep a release's configurations on one worker, which decodes the release once.
        results = list(pool.map(_verify_task, tasks, chunksize=max(1, min(6, len(tasks) // (4 * jobs)))))
    took = time.monotonic() - started
    total_mismatches = 0
    if args.format == "json":
        _emit(json.dumps({"results": results}, indent=1) + "\n")
        total_mismatches = sum(len(r["mismatches"]) for r in results)
    else:
        by_release: dict[str, list[dict]] = {}
        for res in results:
            by_release.setdefault(res["release"], []).append(res)
        print(f"{'release':<15}{'configs':>8}{'types':>9}{'fields':>9}{'constants':>11}{'mismatches':>12}")
        for name in sorted(by_release, key=version_key):
            rs = by_release[name]
            mism = sum(len(res["mismatches"]) for res in rs)
            total_mismatches += mism
            print(
                f"{name:<15}{len(rs):>8}{sum(res['types'] for res in rs):>9}{sum(res['fields'] for res in rs):>9}"
                f"{sum(res['constants'] for res in rs):>11}{mism:>12}"
            )
            for res in rs:
                for m in res["mismatches"][: args.max_mismatches]:
                    print(f"  MISMATCH {name} {m}")
        configs, checked = plural(len(results), "configuration"), plural(len(by_release), "release")
        mismatches = plural(total_mismatches, "mismatch", "mismatches")
        print(f"{configs} of {checked} checked against clang in {took:.1f}s: {mismatches}")
    return EXIT_MISMATCH if total_mismatches else EXIT_OK


def cmd_headers(args: argparse.Namespace) -> int:
    from xen_abi.frontend.populate import populate
    from xen_abi.present.terminal import plural

    if not args.git and not args.sources:
        raise UsageError("give --git PATH (a Xen clone) or SOURCEs (tarballs or directories)")
    written = populate(
        Path(args.output),
        git=Path(args.git) if args.git else None,
        sources=args.sources,
        releases=args.release,
        force=args.force,
    )
    trees = plural(len(written), "release header tree")
    print(f"wrote {trees} to {args.output}: {' '.join(written)}", file=sys.stderr)
    return EXIT_OK


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """``ingest`` and ``headers`` (``verify`` comes after the inspection commands: add_verify_parser)."""
    p = sub.add_parser("ingest", help="ingest header trees into a catalogue")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="header dir, release tarball, or git ref (--git)")
    p.add_argument("--git", metavar="PATH", help="read SOURCEs as refs of this git repository (no checkout)")
    p.add_argument("--name", help="release name, when a single SOURCE does not tell it")
    p.add_argument(
        "-o",
        "--output",
        default=None,
        help="catalogue directory to write (default: your catalogue, $XDG_DATA_HOME/xen-abi/catalogue, "
        "which holds the built-in releases and yours and which the commands then read)",
    )
    p.add_argument("--arch", action="append", help="only these architectures (repeatable)")
    p.add_argument("--jobs", type=limits.jobs, default=None, help="parallel workers (default: all cores)")
    p.add_argument("--no-cache", action="store_true", help="ignore and do not fill the content-hash cache")
    p.add_argument("--replace", action="store_true", help="drop releases already in the output catalogue")
    p.add_argument("--force", action="store_true", help="replace the output directory even if xen-abi did not write it")
    p.add_argument(
        "--keep-going", action="store_true", help="record a header that compiles nowhere as unavailable, not an error"
    )
    p.add_argument(
        "--hypervisor",
        metavar="DIR",
        help="hypervisor sources for the implementation facts: a Xen source tree, or a directory of per-release "
        "folders (xen-hypervisor/<release>/xen/...); without it every fact is 'unknown'",
    )
    p.add_argument("-q", "--quiet", action="store_true")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("headers", help="populate a corpus of release header trees (never committed)")
    p.add_argument("sources", nargs="*", metavar="SOURCE", help="release tarballs or header directories")
    p.add_argument("--git", metavar="PATH", help="a Xen clone: export each manifest release from its tag")
    p.add_argument("--release", action="append", help="with --git: only these releases (repeatable)")
    p.add_argument("-o", "--output", default="xen-headers/trees", help="corpus directory (default: xen-headers/trees)")
    p.add_argument("--force", action="store_true", help="replace release directories xen-abi did not write")
    p.set_defaults(func=cmd_headers)


def add_verify_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("verify", help="check the catalogue against clang")
    p.add_argument("--release", action="append", help="only these releases (repeatable; default: all)")
    p.add_argument("--arch", action="append", help="only these architectures (repeatable)")
    p.add_argument("--visibility", action="append", help="only these visibilities (repeatable)")
    p.add_argument(
        "--corpus",
        action="append",
        help=f"directory of release trees, searched in order (repeatable; default: ${CORPUS_ENV} or "
        "../shared/xen-headers, then ../shared/xen-headers-point)",
    )
    p.add_argument("--jobs", type=limits.jobs, default=None)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--max-mismatches", type=limits.count, default=20, help="mismatches listed per configuration")
    p.set_defaults(func=cmd_verify)


def cmd_catalogue_diff(args: argparse.Namespace) -> int:
    from xen_abi.common.escape import one_line
    from xen_abi.store.catalogue import Catalogue, compare

    change = compare(Catalogue.load(args.old), Catalogue.load(args.new))
    if args.format == "json":
        doc = {
            "releases_added": list(change.added),
            "releases_removed": list(change.removed),
            "releases_changed": {
                c.release: {"added": list(c.added), "removed": list(c.removed), "changed": list(c.changed)}
                for c in change.changed
            },
            "history_changed": change.history_changed,
        }
        _emit(json.dumps(doc, indent=1, sort_keys=True, ensure_ascii=True) + "\n")
    else:
        lines = [f"+ release {r}" for r in change.added] + [f"- release {r}" for r in change.removed]
        for c in change.changed:
            lines.append(
                f"~ release {c.release}: {len(c.added)} added, {len(c.removed)} removed, {len(c.changed)} changed"
            )
            entries = [("+", p) for p in c.added] + [("-", p) for p in c.removed] + [("~", p) for p in c.changed]
            lines += [f"  {mark} {one_line(path)}" for mark, path in sorted(entries, key=lambda e: (e[1], e[0]))]
        if change.history_changed:
            lines.append("~ history.json")
        if change.empty:
            lines.append("the catalogues hold the same releases and entries")
        _emit("".join(f"{line}\n" for line in lines))
    return EXIT_OK if change.empty else EXIT_DIFFERENT


def add_catalogue_diff_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "catalogue-diff",
        help="what changed between two catalogue directories: releases added/removed/changed, and their entries",
    )
    p.add_argument("old", metavar="OLD_DIR")
    p.add_argument("new", metavar="NEW_DIR")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=cmd_catalogue_diff)
