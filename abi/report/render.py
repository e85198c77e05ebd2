"""The report's pages as files: jinja2 templates (templates/ beside this module) over xen_abi.report.site's records."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2
from xen_abi.common import escape, fsio
from xen_abi.common.errors import UsageError
from xen_abi.ir.changes import SEVERITIES
from xen_abi.report.site import (
    CLASSES,
    FORMATS,
    MARKDOWN_FINDINGS,
    MARKS,
    REPORT_MARKERS,
    SHORT,
    Site,
    build,
    gather,
    matrix_path,
    series_name,
    series_path,
    short_release,
)
from xen_abi.store.catalogue import Catalogue


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("xen_abi.report", "templates"),
        # On for every HTML template (``*.html.j2``; select_autoescape's "html" never matches those).
        autoescape=lambda name: name is not None and name.endswith((".html.j2", ".html")),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["short"] = short_release
    env.filters["series_path"] = series_path
    env.filters["series_name"] = series_name
    env.filters["md_code"] = escape.md_code
    env.filters["md_text"] = escape.md_text
    env.globals.update(CLASSES=CLASSES, SHORT=SHORT, MARKS=MARKS, SEVERITIES=[s.value for s in SEVERITIES])
    return env


def _root(path: str) -> str:
    """The relative way back to the site root from a page."""
    return "../" * path.count("/")


def render(site: Site, formats: Sequence[str] = FORMATS) -> dict[str, str]:
    """Every file of the site: path relative to the output directory -> text."""
    for f in formats:
        if f not in FORMATS:
            raise UsageError(f"unknown report format {f!r}; valid: {', '.join(FORMATS)}")
    env = _environment()
    files: dict[str, str] = {}
    common = {"site": site, "landing": site.landing, "archs": site.landing.archs}

    def page(template: str, path: str, **context: object) -> None:
        files[path] = env.get_template(template).render(root=_root(path), path=path, **common, **context)

    if "html" in formats:
        page("index.html.j2", "index.html")
        page("releases.html.j2", "releases.html")
        page("items.html.j2", "items.html")
        for m in site.matrices:
            page("matrix.html.j2", matrix_path(m.arch), matrix=m)
        for item in site.items:
            page("item.html.j2", item.path, item=item)
        for p in site.pairs:
            page("pair.html.j2", p.path, pair=p)
        for s in site.landing.series:
            page("series.html.j2", s.path, series=s)
        for asset in ("report.css", "report.js"):
            files[f"assets/{asset}"] = env.loader.get_source(env, asset)[0]  # type: ignore[union-attr]
    if "markdown" in formats:
        page("index.md.j2", "index.md")
        for p in site.pairs:
            page("pair.md.j2", p.md_path, pair=p, limit=MARKDOWN_FINDINGS)
    return files


def write_site(files: Mapping[str, str], out: Path, *, force: bool = False) -> None:
    """Replace the directory ``out`` with the site, whole (xen_abi.common.fsio), never over what it did not write."""
    fsio.write_dir(files, out, force=force, adopt=_is_unmarked_report)


def _is_unmarked_report(path: Path) -> bool:
    """A report written before output markers: its assets, an index and only pages (safe to replace)."""
    if not ((path / "assets" / "report.js").is_file() and any((path / m).is_file() for m in REPORT_MARKERS)):
        return False
    return all(p.suffix in (".html", ".md", ".css", ".js") for p in path.rglob("*") if not p.is_dir())


@dataclass(frozen=True)
class Stats:
    files: int
    bytes: int
    pages: int
    seconds: dict[str, float]


def report(
    catalogue: Catalogue,
    out: Path,
    *,
    formats: Sequence[str] = FORMATS,
    jobs: int | None = None,
    force: bool = False,
) -> Stats:
    """The whole stage: gather, build, render, write; with the time each step took."""
    import time

    t0 = time.perf_counter()
    fsio.check_dir_target(fsio.check_output_path(out), force=force, adopt=_is_unmarked_report)  # before the work
    inputs = gather(catalogue, jobs=jobs)
    t1 = time.perf_counter()
    site = build(inputs)
    t2 = time.perf_counter()
    files = render(site, formats)
    t3 = time.perf_counter()
    write_site(files, out, force=force)
    t4 = time.perf_counter()
    return Stats(
        len(files),
        sum(len(t.encode()) for t in files.values()),
        sum(1 for p in files if p.endswith(".html")),
        {"gather": t1 - t0, "build": t2 - t1, "render": t3 - t2, "write": t4 - t3, "total": t4 - t0},
    )
