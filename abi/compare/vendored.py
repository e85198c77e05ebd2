"""Vendored, partial copies of Xen's public headers (QEMU carries 28 of them): what they lack, where from.

``check --present-only`` compares only what a copy carries: the baseline is
cut down to the items declared in headers the copy has (by each item's
``header:line``), so a header left out is one line of the report, not every
item in it reported as removed.  Architectures the copy cannot build (it
lacks their arch header) are left out the same way.  The comparison itself
is the one engine's (``xen_abi.compare.diff``), on the cut-down baseline.

The copy's origin is named by content, from the committed catalogue alone:
for each release, the share of the copy's items (types with their layout,
constants with their text, hypercalls and sub-ops with their numbers, each
with the header:line it is declared at) that the release has identically.
Lines move with nearly every edit of a header, so the share singles out
the release a copy was taken from; a point release or a patched copy shows
as the closest release with a share below 100%.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace

from xen_abi.ir.model import CallsABI, ConfigABI, ReleaseABI
from xen_abi.store.catalogue import Catalogue, version_key

FINGERPRINT_CONFIGS = ("x86_64/tools", "x86_64/guest", "arm64/tools")  # the first the copy has is used


def _header(where: str | None) -> str | None:
    return where.rsplit(":", 1)[0] if where else None


def headers_of(release: ReleaseABI) -> set[str]:
    """Every header a release's trees had (compiled, or unavailable on some configuration)."""
    out: set[str] = set()
    for abi in release.configs.values():
        out.update(abi.headers)
        out.update(abi.unavailable)
    return out


def restrict(release: ReleaseABI, headers: set[str]) -> ReleaseABI:
    """The release as far as ``headers`` declare it: every item declared elsewhere left out."""

    def keep(where: str | None) -> bool:
        return _header(where) in headers

    configs = {
        key: ConfigABI(
            abi.config,
            {n: t for n, t in abi.types.items() if keep(t.where)},
            {n: c for n, c in abi.constants.items() if keep(c.where)},
            {n: u for n, u in abi.unavailable.items() if n in headers},
            tuple(h for h in abi.headers if h in headers),
            {n: m for n, m in abi.macros.items() if keep(m.where)},
        )
        for key, abi in release.configs.items()
    }
    calls = {
        key: CallsABI(
            {n: h for n, h in c.hypercalls.items() if keep(h.where)},
            {n: s for n, s in c.subops.items() if keep(s.where)},
        )
        for key, c in release.calls.items()
    }
    legacy = {
        arch: replace(
            view,
            types={n: t for n, t in view.types.items() if keep(t.where)},
            constants={n: c for n, c in view.constants.items() if keep(c.where)},
            calls=CallsABI(
                {n: h for n, h in view.calls.hypercalls.items() if keep(h.where)},
                {n: s for n, s in view.calls.subops.items() if keep(s.where)},
            ),
        )
        for arch, view in release.legacy.items()
    }
    return replace(release, configs=configs, calls=calls, legacy=legacy)


def without_archs(release: ReleaseABI, archs: Iterable[str]) -> ReleaseABI:
    gone = set(archs)
    return replace(
        release,
        configs={k: v for k, v in release.configs.items() if v.config.arch not in gone},
        calls={k: v for k, v in release.calls.items() if k.split("/")[0] not in gone},
        legacy={k: v for k, v in release.legacy.items() if k not in gone},
        unsupported_archs={k: v for k, v in release.unsupported_archs.items() if k not in gone},
        unsupported_configs={k: v for k, v in release.unsupported_configs.items() if k.split("/")[0] not in gone},
    )


def _archs(release: ReleaseABI) -> set[str]:
    return {abi.config.arch for abi in release.configs.values()}


# -- fingerprint -----------------------------------------------------------------------------------


def _signature(release: ReleaseABI, config: str, headers: set[str]) -> set[tuple]:
    abi = release.configs.get(config)
    if abi is None:
        return set()
    out: set[tuple] = set()
    for t in abi.types.values():
        if _header(t.where) in headers:
            out.add(("type", t.name, t.where, t.layout))
    for c in abi.constants.values():
        if _header(c.where) in headers:
            out.add(("constant", c.name, c.where, c.text))
    calls = release.calls.get(config)
    if calls is not None:
        for h in calls.hypercalls.values():
            if _header(h.where) in headers:
                out.add(("hypercall", h.name, h.where, h.number))
        for s in calls.subops.values():
            if _header(s.where) in headers:
                out.add(("subop", s.name, s.where, s.number))
    return out


@dataclass(frozen=True)
class Match:
    release: str
    identical: int  # the copy's items the release has, identically and at the same header:line
    total: int  # the copy's items

    @property
    def share(self) -> float:
        return self.identical / self.total if self.total else 0.0


@dataclass
class Fingerprint:
    config: str
    matches: list[Match] = field(default_factory=list)  # best first

    @property
    def best(self) -> Match | None:
        return self.matches[0] if self.matches else None

    @property
    def exact(self) -> bool:
        best = self.best
        return best is not None and best.identical == best.total and best.total > 0


def fingerprint(catalogue: Catalogue, copy: ReleaseABI, headers: set[str]) -> Fingerprint:
    """The catalogue's releases ordered by how much of the copy they have identically."""
    config = next((c for c in FINGERPRINT_CONFIGS if c in copy.configs), next(iter(sorted(copy.configs)), ""))
    mine = _signature(copy, config, headers)
    result = Fingerprint(config)
    for name in catalogue.releases:
        theirs = _signature(catalogue.release(name), config, headers)
        result.matches.append(Match(name, len(mine & theirs), len(mine)))
    # most identical items first; among equals, the oldest release (the first to have them)
    result.matches.sort(key=lambda m: (-m.identical, version_key(m.release)))
    return result


# -- the partial comparison ------------------------------------------------------------------------


@dataclass
class PartialCopy:
    """What ``check --present-only`` found out about a vendored copy besides the changes."""

    headers: list[str]  # the copy's headers
    missing: list[str]  # the baseline's headers the copy does not carry, one line each in the report
    archs_left_out: dict[str, str]  # arch -> why (the copy cannot build it: its arch header is missing)
    fingerprint: Fingerprint | None

    def lines(self) -> Iterator[str]:
        fp = self.fingerprint
        if fp is not None and fp.best is not None:
            best = fp.best
            runner = fp.matches[1] if len(fp.matches) > 1 else None
            how = "identical" if fp.exact else "closest"
            yield (
                f"most likely from: {best.release} ({how}: {best.identical} of {best.total} items of its "
                f"{len(self.headers)} headers identical on {fp.config}"
                + (f"; next: {runner.release} with {runner.identical})" if runner else ")")
            )
        yield f"carries {len(self.headers)} headers; {len(self.missing)} of the baseline's headers are not in it"
        for arch, why in sorted(self.archs_left_out.items()):
            yield f"not compared on {arch}: {why}"
        for h in self.missing:
            yield f"missing header: {h}"

    def to_json(self) -> dict:
        fp = self.fingerprint
        return {
            "headers": self.headers,
            "missing_headers": self.missing,
            "archs_left_out": self.archs_left_out,
            "fingerprint": None
            if fp is None
            else {
                "config": fp.config,
                "exact": fp.exact,
                "matches": [{"release": m.release, "identical": m.identical, "total": m.total} for m in fp.matches[:5]],
            },
        }


def partial(
    baseline: ReleaseABI, copy: ReleaseABI, catalogue: Catalogue | None
) -> tuple[ReleaseABI, ReleaseABI, PartialCopy]:
    """The baseline cut down to the copy, the copy without the archs it cannot build, and what was cut."""
    carried = headers_of(copy)
    missing = sorted(headers_of(baseline) - carried)
    left_out = {
        arch: copy.unsupported_archs.get(arch) or "the copy does not compile for it"
        for arch in sorted(_archs(baseline) - _archs(copy))
    }
    old = without_archs(restrict(baseline, carried), left_out)
    new = without_archs(copy, left_out)
    fp = fingerprint(catalogue, copy, carried) if catalogue is not None else None
    return old, new, PartialCopy(sorted(carried), missing, left_out, fp)
