"""The ``xen-abi`` command line: a thin layer over the pipeline's stages.

Every command turns ``XenAbiError`` into one line on stderr and its
documented exit status (see abi.errors and README); nothing else escapes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from abi import pahole
from abi.archs import ARCH_NAMES, get_arch
from abi.build import build_catalogue
from abi.catalogue import DEFAULT_PATH, Catalogue, version_key
from abi.errors import EXIT_MISMATCH, EXIT_OK, UsageError, XenAbiError
from abi.hypervisor import open_hypervisor
from abi.ingest import default_cache_dir, ingest
from abi.model import Config, ConfigABI, Provenance, Visibility
from abi.source import HeaderTree, open_source

CORPUS_ENV = "XEN_ABI_CORPUS"


def default_corpus() -> Path:
    """Where release header trees live: $XEN_ABI_CORPUS, else ../shared/xen-headers."""
    env = os.environ.get(CORPUS_ENV)
    if env:
        return Path(env)
    here = Path(__file__).resolve().parents[1]
    return here.parent / "shared" / "xen-headers"


# -- helpers ------------------------------------------------------------------


def _visibility(text: str) -> Visibility:
    try:
        return Visibility(text)
    except ValueError:
        raise UsageError(f"unknown visibility {text!r}; valid: guest, tools") from None


def _progress(enabled: bool) -> Callable[[int, int], None] | None:
    if not enabled:
        return None
    started = time.monotonic()

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // total
        elapsed = time.monotonic() - started
        sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total} configs {elapsed:5.1f}s")
        if done == total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def _portable(tree: HeaderTree) -> HeaderTree:
    """Record a corpus directory by its corpus-relative name, not this machine's path.

    The committed catalogue must be byte-identical wherever it is rebuilt.
    """
    p = tree.provenance
    if p.kind == "directory" and p.ref and (Path(p.location).parent / "MANIFEST.tsv").exists():
        location = f"xen-headers/{Path(p.location).name}"
        prov = Provenance(p.kind, location, p.ref, p.commit, p.tree_hash)
        return HeaderTree(tree.files, prov, tree.release_hint)
    return tree


def _release_name(tree: HeaderTree, spec: str) -> str:
    if tree.release_hint:
        return tree.release_hint
    raise UsageError(f"cannot tell which release {spec} is; give it with --name")


def _load_config(args: argparse.Namespace, config: Config) -> tuple[str, ConfigABI]:
    """The configuration named by --release: a catalogue release or a header directory."""
    spec = args.release
    if os.sep in spec or Path(spec).is_dir():
        tree = open_source(spec)
        name = tree.release_hint or spec
        [release] = ingest(
            [(name, tree)],
            archs=[config.arch],
            visibilities=[config.visibility],
            jobs=1,
            cache_dir=default_cache_dir(),
            keep_going=True,
        )
        if config.key not in release.configs:
            reason = release.unsupported_reason(config) or "not ingested"
            raise UsageError(f"{spec} has no {config.key}: {reason}")
        return name, release.configs[config.key]
    catalogue = Catalogue.load(args.catalogue)
    name = catalogue.resolve_release(spec)
    return name, catalogue.config(name, config)


def _emit(text: str) -> None:
    sys.stdout.write(text)


# -- commands -------------------------------------------------------------------


def cmd_ingest(args: argparse.Namespace) -> int:
    archs = args.arch or list(ARCH_NAMES)
    for a in archs:
        get_arch(a)
    trees: list[tuple[str, HeaderTree]] = []
    for spec in args.sources:
        tree = _portable(open_source(spec, git=Path(args.git) if args.git else None))
        name = args.name if args.name and len(args.sources) == 1 else _release_name(tree, spec)
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
    out = Path(args.output)
    computed = build_catalogue(
        trees,
        out,
        archs=archs,
        jobs=args.jobs,
        cache_dir=cache,
        keep_going=args.keep_going,
        replace=args.replace,
        progress=progress,
        hypervisor=hypervisor,
    )
    took = time.monotonic() - started
    if not args.quiet:
        reused = len(trees) - len(computed)
        print(f"ingested {len(trees)} release(s) ({reused} unchanged, from the cache) in {took:.1f}s -> {out}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    arch = get_arch(args.arch).name
    visibilities = [_visibility(args.visibility)] if args.visibility else [Visibility.GUEST, Visibility.TOOLS]
    name = _type_name(args.type)
    for vis in visibilities:
        release, abi = _load_config(args, Config(arch, vis))
        entry = abi.types.get(name) or abi.types.get(args.type)
        if entry is not None:
            _emit(pahole.render(entry, release=release, config=abi.config.key))
            return EXIT_OK
    raise UsageError(f"no type {args.type!r} in {args.release} for {arch}" + _suggest(args.type, abi.types))


def _type_name(text: str) -> str:
    return " ".join(text.split())


def _suggest(name: str, names: Sequence[str] | dict) -> str:
    import difflib

    close = difflib.get_close_matches(name, list(names), n=5, cutoff=0.6)
    return f"; did you mean: {', '.join(close)}?" if close else ""


def cmd_layouts(args: argparse.Namespace) -> int:
    config = Config(get_arch(args.arch).name, _visibility(args.visibility))
    release, abi = _load_config(args, config)
    records = []
    for name, entry in sorted(abi.types.items()):
        lay = entry.layout
        if lay.kind not in ("struct", "union"):
            continue
        records.append(
            {
                "name": name,
                "kind": lay.kind,
                "size": lay.size,
                "align": lay.align,
                "where": entry.where,
                "fields": [
                    {
                        "name": f.name,
                        "type": f.type,
                        "offset": f.offset,
                        "size": f.size,
                        "bit_offset": f.bit_offset,
                        "bit_width": f.bit_width,
                    }
                    for f in lay.fields
                ],
            }
        )
    if args.format == "json":
        doc = {"release": release, "arch": config.arch, "visibility": config.visibility.value, "records": records}
        _emit(json.dumps(doc, indent=1) + "\n")
    else:
        for r in records:
            _emit(f"{r['name']}\t{r['kind']}\tsize {r['size']}\talign {r['align']}\t{r['where']}\n")
    return EXIT_OK


def cmd_constants(args: argparse.Namespace) -> int:
    config = Config(get_arch(args.arch).name, _visibility(args.visibility))
    release, abi = _load_config(args, config)
    if args.format == "json":
        doc = {
            "release": release,
            "arch": config.arch,
            "visibility": config.visibility.value,
            "constants": {
                n: {"value": c.value, "text": c.text, "where": c.where} for n, c in sorted(abi.constants.items())
            },
        }
        _emit(json.dumps(doc, indent=1) + "\n")
    else:
        for n, c in sorted(abi.constants.items()):
            value = "" if c.value is None else str(c.value)
            _emit(f"{n}\t{value}\t{c.text}\t{c.where}\n")
    return EXIT_OK


def _verify_task(task: tuple[str, str, str, str]) -> dict:
    """Worker for verify: one configuration of one release against clang."""
    from abi.verify import verify_config

    catalogue_path, release, key, root = task
    catalogue = Catalogue.load(catalogue_path)
    r = catalogue.release(release)
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
    catalogue = Catalogue.load(args.catalogue)
    releases = [catalogue.resolve_release(r) for r in args.release] if args.release else catalogue.releases
    corpus = Path(args.corpus) if args.corpus else default_corpus()
    archs = [get_arch(a).name for a in args.arch] if args.arch else None
    visibilities = [_visibility(v).value for v in args.visibility] if args.visibility else None
    tasks = []
    for name in releases:
        r = catalogue.release(name)
        root = corpus / name
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
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        results = list(pool.map(_verify_task, tasks))
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
            mism = sum(len(r["mismatches"]) for r in rs)
            total_mismatches += mism
            print(
                f"{name:<15}{len(rs):>8}{sum(r['types'] for r in rs):>9}{sum(r['fields'] for r in rs):>9}"
                f"{sum(r['constants'] for r in rs):>11}{mism:>12}"
            )
            for r in rs:
                for m in r["mismatches"][: args.max_mismatches]:
                    print(f"  MISMATCH {name} {m}")
        print(
            f"{len(results)} configurations of {len(by_release)} releases checked against clang in {took:.1f}s: "
            f"{total_mismatches} mismatches"
        )
    return EXIT_MISMATCH if total_mismatches else EXIT_OK


def cmd_headers(args: argparse.Namespace) -> int:
    from abi.populate import populate

    if not args.git and not args.sources:
        raise UsageError("give --git PATH (a Xen clone) or SOURCEs (tarballs or directories)")
    written = populate(
        Path(args.output), git=Path(args.git) if args.git else None, sources=args.sources, releases=args.release
    )
    print(f"wrote {len(written)} release header tree(s) to {args.output}: {' '.join(written)}")
    return EXIT_OK


# -- parser -------------------------------------------------------------------


def _add_config_args(p: argparse.ArgumentParser, *, visibility_required: bool) -> None:
    p.add_argument("--release", required=True, help="release name in the catalogue, or a header directory")
    p.add_argument("--arch", required=True, help=f"one of {', '.join(ARCH_NAMES)}")
    p.add_argument("--visibility", required=visibility_required, help="guest or tools")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="xen-abi", description="The catalogue of Xen's hypercall ABI.")
    parser.add_argument("--catalogue", default=str(DEFAULT_PATH), help="catalogue directory (default: built-in)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("ingest", help="ingest header trees into a catalogue")
    p.add_argument("sources", nargs="+", metavar="SOURCE", help="header dir, release tarball, or git ref (--git)")
    p.add_argument("--git", metavar="PATH", help="read SOURCEs as refs of this git repository (no checkout)")
    p.add_argument("--name", help="release name, when a single SOURCE does not tell it")
    p.add_argument("-o", "--output", default=str(DEFAULT_PATH), help="catalogue directory to write (default: built-in)")
    p.add_argument("--arch", action="append", help="only these architectures (repeatable)")
    p.add_argument("--jobs", type=int, default=None, help="parallel workers (default: all cores)")
    p.add_argument("--no-cache", action="store_true", help="ignore and do not fill the content-hash cache")
    p.add_argument("--replace", action="store_true", help="drop releases already in the output catalogue")
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
    p.set_defaults(func=cmd_headers)

    p = sub.add_parser("show", help="print a type's layout like pahole")
    p.add_argument("type", help='a type name: "struct xen_dm_op", "xen_pfn_t", ...')
    _add_config_args(p, visibility_required=False)
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("layouts", help="dump every struct and union of a configuration")
    _add_config_args(p, visibility_required=True)
    p.add_argument("--format", choices=("json", "table"), default="json")
    p.set_defaults(func=cmd_layouts)

    p = sub.add_parser("constants", help="dump every constant of a configuration")
    _add_config_args(p, visibility_required=True)
    p.add_argument("--format", choices=("json", "table"), default="json")
    p.set_defaults(func=cmd_constants)

    p = sub.add_parser("verify", help="check the catalogue against clang")
    p.add_argument("--release", action="append", help="only these releases (repeatable; default: all)")
    p.add_argument("--arch", action="append", help="only these architectures (repeatable)")
    p.add_argument("--visibility", action="append", help="only these visibilities (repeatable)")
    p.add_argument("--corpus", help=f"directory of release trees (default: ${CORPUS_ENV} or ../shared/xen-headers)")
    p.add_argument("--jobs", type=int, default=None)
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--max-mismatches", type=int, default=20, help="mismatches listed per configuration")
    p.set_defaults(func=cmd_verify)

    # diff, check, drift-history: their logic and exit-status bitmask live in abi.drift.
    from abi.drift import add_parsers as add_drift_parsers

    add_drift_parsers(sub)

    # stable, query, hypercalls: the Python API and rendering live in abi.queries.
    from abi.queries import add_parsers as add_query_parsers

    add_query_parsers(sub)

    # report: the static site and Markdown summaries live in abi.report.
    from abi.report import add_parsers as add_report_parsers

    add_report_parsers(sub)

    # codegen cffi|c|rust: selection, lowering and rendering live in codegen/.
    from codegen.command import add_parser as add_codegen_parser

    add_codegen_parser(sub)

    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except XenAbiError as exc:
        print(f"xen-abi: error: {exc}", file=sys.stderr)
        return exc.exit_status
    except KeyboardInterrupt:
        print("xen-abi: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # Output piped into head & co.: not an error of ours.
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
