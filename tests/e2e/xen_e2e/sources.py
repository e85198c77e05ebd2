"""The host's Debian mirror, read from its APT sources, and the same mirror for another suite.

Downloads may only come from the Debian archive the machine is configured
with, so the mirror is never hard-coded: it is the ``deb`` source whose suite
is the host's own codename (and its ``-updates`` / ``-security`` companions).
Another codename (trixie, for Xen 4.20) reuses those URIs with the codename
replaced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from xen_e2e import E2EError

APT_ETC = Path("/etc/apt")


@dataclass(frozen=True)
class Source:
    """One ``deb`` line: a URI, its suites and components, and the keyring it is signed with."""

    uri: str
    suites: tuple[str, ...]
    components: tuple[str, ...]
    signed_by: str | None = None

    def line(self) -> str:
        """The one-line sources.list form."""
        options = f"[signed-by={self.signed_by}] " if self.signed_by else ""
        return f"deb {options}{self.uri} {' '.join(self.suites)} {' '.join(self.components)}"


def parse_one_line(text: str, origin: str) -> list[Source]:
    """Parse the classic ``deb [opts] uri suite comp...`` format."""
    out = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        options: dict[str, str] = {}
        m = re.match(r"^(deb|deb-src)\s+(?:\[([^\]]*)\]\s+)?(\S+)\s+(\S+)\s*(.*)$", line)
        if not m:
            raise E2EError(f"{origin}:{number}: cannot read this sources line: {raw.strip()!r}")
        kind, opts, uri, suite, comps = m.groups()
        for opt in (opts or "").split():
            key, _, value = opt.partition("=")
            options[key] = value
        if kind == "deb":
            out.append(Source(uri.rstrip("/"), (suite,), tuple(comps.split()), options.get("signed-by")))
    return out


def parse_deb822(text: str, origin: str) -> list[Source]:
    """Parse the deb822 ``.sources`` format (stanzas of ``Field: value``, continuation lines)."""
    out = []
    for stanza in re.split(r"\n\s*\n", text):
        fields: dict[str, str] = {}
        last = None
        for raw in stanza.splitlines():
            if raw.startswith("#") or not raw.strip():
                continue
            if raw[0] in " \t" and last:
                fields[last] += " " + raw.strip()
                continue
            key, sep, value = raw.partition(":")
            if not sep:
                raise E2EError(f"{origin}: cannot read this sources field: {raw.strip()!r}")
            last = key.strip().lower()
            fields[last] = value.strip()
        if not fields or fields.get("enabled", "yes").lower() == "no":
            continue
        if "deb" not in fields.get("types", "").split():
            continue
        for uri in fields.get("uris", "").split():
            out.append(
                Source(
                    uri.rstrip("/"),
                    tuple(fields.get("suites", "").split()),
                    tuple(fields.get("components", "").split()),
                    fields.get("signed-by") or None,
                )
            )
    return out


def host_sources(etc: Path = APT_ETC) -> list[Source]:
    """Every enabled ``deb`` source of the host (disabled files, named otherwise, are ignored)."""
    sources: list[Source] = []
    main = etc / "sources.list"
    if main.is_file():
        sources += parse_one_line(main.read_text(), str(main))
    parts = etc / "sources.list.d"
    for path in sorted(parts.glob("*.list")) if parts.is_dir() else []:
        sources += parse_one_line(path.read_text(), str(path))
    for path in sorted(parts.glob("*.sources")) if parts.is_dir() else []:
        sources += parse_deb822(path.read_text(), str(path))
    return sources


def host_codename(os_release: Path = Path("/etc/os-release")) -> str:
    try:
        text = os_release.read_text()
    except OSError as e:
        raise E2EError(f"{os_release}: cannot read the host's release ({e.strerror})") from None
    m = re.search(r"^VERSION_CODENAME=\"?([a-z]+)\"?$", text, re.M)
    if not m:
        raise E2EError(f"{os_release}: no VERSION_CODENAME; the harness needs a Debian host")
    return m.group(1)


def sources_for(codename: str, host: str, sources: list[Source]) -> list[Source]:
    """The host's Debian sources for ``codename``: its suite and the -updates / -security ones, main only.

    A suite of the host (``bookworm``, ``bookworm-updates``, ``bookworm-security``)
    becomes the same suite of ``codename``; sources for other suites (third-party
    repositories) are left out.
    """
    out = []
    for s in sources:
        suites = tuple(codename + suite[len(host) :] for suite in s.suites if re.fullmatch(rf"{host}(-\w+)?", suite))
        if suites and "main" in s.components:
            out.append(Source(s.uri, suites, ("main",), s.signed_by))
    if not out:
        listed = ", ".join(sorted({f"{s.uri} {' '.join(s.suites)}" for s in sources})) or "none"
        raise E2EError(f"no Debian source for {host} in /etc/apt (found: {listed}); cannot derive a {codename} mirror")
    return out


def archive_mirror(sources: list[Source], codename: str) -> str:
    """The URI that serves ``codename`` itself (what debootstrap needs)."""
    for s in sources:
        if codename in s.suites:
            return s.uri
    raise E2EError(f"no source serves the suite {codename}")
