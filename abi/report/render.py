"""The report's pages as files: jinja2 templates (templates/ beside this module) over xen_abi.report.site's records."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import jinja2
from xen_abi.common.errors import UsageError, XenAbiError
from xen_abi.ir.changes import SEVERITIES
from xen_abi.report.site import (
    CLASSES,
    FORMATS,
    MARKDOWN_FINDINGS,
    REPORT_MARKERS,
    SHORT,
    Site,
    build,
    gather,
    matrix_path,
    short_release,
)
from xen_abi.store.catalogue import Catalogue


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("xen_abi.report", "templates"),
        autoescape=jinja2.select_autoescape(enabled_extensions=("html",), default_for_string=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters["short"] = short_release
    env.filters["md_code"] = _md_code
    env.filters["md_text"] = _md_text
    env.globals.update(CLASSES=CLASSES, SHORT=SHORT, SEVERITIES=[s.value for s in SEVERITIES])
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
        for asset in ("report.css", "report.js"):
            files[f"assets/{asset}"] = env.loader.get_source(env, asset)[0]  # type: ignore[union-attr]
    if "markdown" in formats:
        page("index.md.j2", "index.md")
        for p in site.pairs:
            page("pair.md.j2", p.md_path, pair=p, limit=MARKDOWN_FINDINGS)
    return files


def _md_code(text: object) -> str:
    if text is None:
        return "—"
    body = " ".join(str(text).split()).replace("|", "\\|")
    return f"`` {body} ``" if "`" in body else f"`{body}`"


def _md_text(text: object) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def write_site(files: Mapping[str, str], out: Path) -> None:
    """Write the site into a fresh directory beside ``out``, then swap it in: never half-written."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists() and not out.is_dir():
        raise XenAbiError("exists and is not a directory", file=str(out))
    # The directory is replaced whole: never anything but an earlier report (or an empty directory).
    if out.is_dir() and any(out.iterdir()) and not any((out / marker).is_file() for marker in REPORT_MARKERS):
        raise XenAbiError(
            "exists and is not a report written by xen-abi report; give a new or empty directory", file=str(out)
        )
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.new-", dir=out.parent))
    try:
        for rel, text in sorted(files.items()):
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        os.chmod(staging, 0o755)  # mkdtemp makes it private; a site is for reading
        old = None
        if out.exists():
            old = out.with_name(f".{out.name}.old-{os.getpid()}")
            os.replace(out, old)
        os.replace(staging, out)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


@dataclass(frozen=True)
class Stats:
    files: int
    bytes: int
    pages: int
    seconds: dict[str, float]


def report(catalogue: Catalogue, out: Path, *, formats: Sequence[str] = FORMATS, jobs: int | None = None) -> Stats:
    """The whole stage: gather, build, render, write; with the time each step took."""
    import time

    t0 = time.perf_counter()
    inputs = gather(catalogue, jobs=jobs)
    t1 = time.perf_counter()
    site = build(inputs)
    t2 = time.perf_counter()
    files = render(site, formats)
    t3 = time.perf_counter()
    write_site(files, out)
    t4 = time.perf_counter()
    return Stats(
        len(files),
        sum(len(t.encode()) for t in files.values()),
        sum(1 for p in files if p.endswith(".html")),
        {"gather": t1 - t0, "build": t2 - t1, "render": t3 - t2, "write": t4 - t3, "total": t4 - t0},
    )
