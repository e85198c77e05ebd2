"""The committed report (generated/report) in a real browser: Debian's Chromium, driven by Playwright.

No browser is downloaded: Playwright drives /usr/bin/chromium (Debian's
``chromium`` package, which .ci/run installs), headless, with a fresh
profile and every request that is not a local file refused, so the test
also proves the site needs no network.  It checks that the landing page
answers "what can I rely on since 4.15" exactly as ``xen-abi stable`` does
on every architecture, that the matrix renders the expected rows and its
filter narrows them, that the keyboard, a narrow screen and a browser
without JavaScript all work, and that no internal link is broken.
Screenshots are saved under test-artifacts/report/ for a person to look at.

Without /usr/bin/chromium the module is skipped, saying so; with it,
Playwright must be installed (``pip install -e '.[test]'``).
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from xen_abi import queries
from xen_abi.compare import history as hist
from xen_abi.store.catalogue import Catalogue

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(
        f"{CHROMIUM} not found: install Debian's chromium package (apt-get install chromium) to run the browser test",
        allow_module_level=True,
    )

from playwright.sync_api import BrowserContext, Page, Playwright, sync_playwright  # noqa: E402
from test_report import broken_links  # noqa: E402  (tests/ is on sys.path under pytest)

ROOT = Path(__file__).resolve().parents[1]
SITE = ROOT / "generated" / "report"
ARTIFACTS = ROOT / "test-artifacts" / "report"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    assert (SITE / "index.html").is_file(), f"{SITE} is missing: xen-abi report -o generated/report"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        yield p


def launch(p: Playwright, profile: str, **options: object) -> BrowserContext:
    return p.chromium.launch_persistent_context(profile, executable_path=str(CHROMIUM), args=ARGS, **options)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[tuple[BrowserContext, list[str]]]:
    """A headless Chromium with a fresh profile; requests for anything but local files are refused and recorded."""
    refused: list[str] = []
    with tempfile.TemporaryDirectory(prefix="xen-abi-chromium-") as profile:
        context = launch(playwright, profile, viewport={"width": 1366, "height": 900})

        def route(r) -> None:  # type: ignore[no-untyped-def]
            if r.request.url.startswith("file://"):
                r.continue_()
            else:
                refused.append(r.request.url)
                r.abort()

        context.route("**/*", route)
        yield context, refused
        context.close()
    assert refused == [], "the site asked the network for something"


def open_page(context: BrowserContext, path: str, **viewport: int) -> tuple[Page, list[str]]:
    page = context.new_page()
    if viewport:
        page.set_viewport_size({"width": viewport["width"], "height": viewport["height"]})
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto((SITE / path).as_uri())
    return page, errors


def shot(page: Page, name: str, *, full: bool = False) -> None:
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=full)


def usable(page: Page, table: str) -> dict[str, set[str]]:
    """arch -> names of the rows the landing page marks usable (cell class "ok") in one of its tables."""
    found = page.eval_on_selector_all(
        f"#{table} tbody tr:not([hidden]) td.ok",
        "cells => cells.map(td => [td.dataset.arch, td.parentElement.dataset.name])",
    )
    out: dict[str, set[str]] = {}
    for arch, name in found:
        out.setdefault(arch, set()).add(name)
    return out


def test_landing_answers_since_4_15_on_every_arch(browser, catalogue: Catalogue) -> None:
    context, _ = browser
    page, errors = open_page(context, "index.html")
    assert page.is_visible("#since-form"), "the script did not run"
    page.select_option("#since-release", label="4.15")
    shot(page, "landing")
    shown = {table: usable(page, table) for table in ("since-hypercalls", "since-subops")}
    history = hist.of_catalogue(catalogue)
    for arch, supported in history.arch_releases.items():
        if "4.15.0" not in supported:
            continue
        answer = queries.stable(catalogue, arch=arch, first="4.15.0")
        assert shown["since-hypercalls"].get(arch, set()) == {i.hypercall for i in answer.items if i.subop is None}
        assert shown["since-subops"].get(arch, set()) == {i.subop for i in answer.items if i.subop}, arch
    count = page.inner_text("#since-count")
    assert count.startswith(f"{len(page.query_selector_all('#since-hypercalls tbody tr:not([hidden])'))} hypercalls")
    assert errors == []


def test_matrix_renders_the_expected_rows_and_filters(browser, catalogue: Catalogue) -> None:
    context, _ = browser
    page, errors = open_page(context, "matrix/x86_64.html")
    history = hist.of_catalogue(catalogue)
    expected = {
        name
        for (kind, name), item in history.items.items()
        if kind in ("hypercall", "subop") and any(r.state.present for r in item.runs.get("x86_64", ()))
    }
    names = page.eval_on_selector_all("#matrix tbody tr:not([hidden])", "rows => rows.map(r => r.dataset.name)")
    assert expected <= set(names) and len(names) == len(set(names))
    assert {"memory_op", "XENMEM_acquire_resource", "domctl", "XEN_DOMCTL_createdomain"} <= set(names)
    total = len(names)
    assert page.inner_text("#f-count") == f"showing {total} of {total} rows"
    shot(page, "matrix-x86_64")

    page.fill("#f-name", "xenmem_")
    visible = page.eval_on_selector_all(
        "#matrix tbody tr:not([hidden])", "rows => rows.map(r => [r.dataset.kind, r.dataset.name])"
    )
    subops = [n for k, n in visible if k == "subop"]
    assert 10 < len(subops) < total and all(n.startswith("XENMEM_") for n in subops)
    assert [n for k, n in visible if k == "hypercall"] == ["memory_op"]  # kept as their context
    assert page.inner_text("#f-count") == f"showing {len(subops)} of {total} rows"
    shot(page, "matrix-x86_64-filtered")

    page.fill("#f-name", "")
    page.select_option("#f-class", "tools-only")
    page.check("#f-changed")
    rows = page.eval_on_selector_all(
        "#matrix tbody tr:not([hidden]):not(.context)",
        "rows => rows.map(r => [r.dataset.latest, 'changed' in r.dataset])",
    )
    assert rows and all(latest == "tools-only" and changed for latest, changed in rows)
    assert errors == []


def test_keyboard_reaches_content_and_filter(browser) -> None:
    context, _ = browser
    page, _ = open_page(context, "matrix/arm64.html")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    # Following the link is asynchronous: wait for it (a loaded CI run once read the URL before it moved).
    page.wait_for_function("location.hash === '#main'", timeout=10_000)
    assert page.url.endswith("#main")
    page.focus("#f-name")
    page.keyboard.type("grant")
    names = page.eval_on_selector_all("#matrix tbody tr.so:not([hidden])", "rows => rows.map(r => r.dataset.name)")
    assert names and all("grant" in n.lower() for n in names)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "f-class"


def test_narrow_screen_scrolls_tables_not_the_page(browser) -> None:
    context, _ = browser
    for path, name in (("index.html", "landing-narrow"), ("matrix/x86_64.html", "matrix-narrow")):
        page, errors = open_page(context, path, width=390, height=844)
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"{path} is {width}px wide on a 390px screen"
        shot(page, name)
        assert errors == []


def test_1400px_screen_shows_everything_at_once(browser) -> None:
    """Issue 15: the sub-op table open by default, the matrix's last release column in view, paths on one line."""
    context, _ = browser
    page, errors = open_page(context, "index.html", width=1400, height=900)
    assert page.evaluate("document.getElementById('since-subops-box').open")
    assert page.is_visible("#since-subops tbody tr:not([hidden]) >> nth=0")
    shot(page, "landing-1400")
    for arch in ("x86_64", "arm64"):
        page, errors = open_page(context, f"matrix/{arch}.html", width=1400, height=900)
        wrap, last = page.evaluate(
            """() => {
                const wrap = document.querySelector('.matrix-wrap');
                const heads = document.querySelectorAll('#matrix thead th.rel');
                const r = wrap.getBoundingClientRect(), l = heads[heads.length - 1].getBoundingClientRect();
                return [[r.left, r.left + wrap.clientWidth, wrap.scrollWidth - wrap.clientWidth], [l.left, l.right]];
            }"""
        )
        assert wrap[2] <= 0, f"{arch}: the matrix scrolls sideways by {wrap[2]}px at 1400 px"
        assert wrap[0] <= last[0] and last[1] <= wrap[1], f"{arch}: last release column {last} outside {wrap}"
        shot(page, f"matrix-{arch}-1400")
    page, errors = open_page(context, "pairs/4.21.0-to-4.22.0.html", width=1400, height=900)
    paths = page.eval_on_selector_all(
        "code.path",
        "codes => codes.map(c => [c.innerText, c.getClientRects().length, c.getBoundingClientRect().height])",
    )
    assert any("arch-x86/" in text for text, _, _ in paths)
    line = page.evaluate("parseFloat(getComputedStyle(document.querySelector('code.path')).lineHeight) || 20")
    wrapped = [text for text, boxes, height in paths if text and (boxes != 1 or height > line * 1.5)]
    assert wrapped == [], "paths broken across lines"
    overflow = page.eval_on_selector("table.findings", "t => t.parentElement.scrollWidth - t.parentElement.clientWidth")
    assert overflow <= 0, f"the findings table scrolls sideways by {overflow}px at 1400 px"
    shot(page, "pair-4.21-4.22-1400", full=True)
    assert errors == []


def test_readable_without_javascript(playwright: Playwright) -> None:
    with tempfile.TemporaryDirectory(prefix="xen-abi-chromium-nojs-") as profile:
        nojs = launch(playwright, profile, java_script_enabled=False)
        page = nojs.new_page()
        page.goto((SITE / "matrix" / "x86_64.html").as_uri())
        assert not page.is_visible("#matrix-filter")  # no dead controls
        rows = page.eval_on_selector_all("#matrix tbody tr", "rows => rows.filter(r => !r.hidden).length")
        assert rows > 300
        page.goto((SITE / "index.html").as_uri())
        assert "since 4.0" in page.inner_text("#since-hypercalls")
        shot(page, "landing-nojs")
        nojs.close()


def test_pages_open_and_no_internal_link_is_broken(browser) -> None:
    context, _ = browser
    files = {p.relative_to(SITE).as_posix(): p.read_text(encoding="utf-8") for p in SITE.rglob("*") if p.is_file()}
    assert broken_links(files) == []
    page, errors = open_page(context, "matrix/x86_64.html")
    hrefs = page.eval_on_selector_all("a[href]", "links => links.map(a => a.href)")
    for href in hrefs:
        target = Path(unquote(urlsplit(href).path))
        assert target.is_file(), href
    page.click("text=XEN_DOMCTL_createdomain")
    assert page.inner_text("h1").endswith("XEN_DOMCTL_createdomain")
    page.click("text=Layouts before and after >> nth=0")
    shot(page, "subop-XEN_DOMCTL_createdomain", full=True)
    page.goto((SITE / "releases.html").as_uri())
    page.click("text=4.14 → 4.15")
    assert "Xen 4.14 → 4.15" in page.inner_text("h1")
    shot(page, "pair-4.14-4.15", full=True)
    assert errors == []
