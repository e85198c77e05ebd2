"""``xen-abi --version`` and the ``xen_abi`` object every JSON and SARIF output carries.

A CI log or a saved report must say which tool and which catalogue produced a
verdict: the tool's version, the catalogue's schema, how many releases it
holds and the newest one.  The object is built here, from what the command
loaded, and handed to the renderers as plain data.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from xen_abi import __version__

if TYPE_CHECKING:
    from xen_abi.store.catalogue import Catalogue


def about(catalogue: Catalogue | None) -> dict[str, Any]:
    """``{"version", "catalogue": {"schema", "releases", "newest", "newest_tagged"}}``; no path (outputs are
    compared byte for byte across machines)."""
    doc: dict[str, Any] = {"version": __version__, "catalogue": None}
    if catalogue is not None:
        releases = catalogue.releases
        tagged = [r for r in releases if "unstable" not in r]
        doc["catalogue"] = {
            "schema": str(catalogue.index.get("schema")),
            "releases": len(releases),
            "newest": releases[-1] if releases else None,
            "newest_tagged": tagged[-1] if tagged else None,
        }
    return doc


def about_catalogue(path: str) -> dict[str, Any]:
    """``about`` of the catalogue at ``path`` (a command's ``--catalogue``), loaded for its index only.

    A comparison of two header trees reads no catalogue: one that cannot be read is then ``null``, not an error.
    """
    from xen_abi.common.errors import XenAbiError
    from xen_abi.store.catalogue import Catalogue

    try:
        return about(Catalogue.load(path))
    except XenAbiError:
        return about(None)


def version_text(catalogue: Catalogue) -> str:
    """The catalogue line of ``xen-abi --version`` (its first line is the tool's)."""
    from xen_abi.present.terminal import plural

    info = about(catalogue)["catalogue"]
    newest = info["newest"] or "none"
    if info["newest_tagged"] and info["newest_tagged"] != info["newest"]:
        newest += f" (newest tagged: {info['newest_tagged']})"
    return f"catalogue {info['schema']}: {plural(info['releases'], 'release')}, newest {newest}; {catalogue.path}\n"
