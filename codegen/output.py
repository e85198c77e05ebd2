"""Writing a generated tree: all or nothing, and never over files we did not write.

The work is xen_abi.common.fsio's (marker ``.xen-abi-generated`` listing the
files, a lock, the two-rename swap with recovery); build droppings such as
``__pycache__`` or a Cargo ``target/`` do not count as foreign files.
"""

from __future__ import annotations

from pathlib import Path

from xen_abi.common import fsio

MARKER = fsio.MARKER


def check_target(target: Path, *, force: bool = False) -> None:
    """Refuse, before any work, an output that is not new, empty or a previous generation."""
    fsio.recover(target)
    fsio.check_dir_target(fsio.check_output_path(target), force=force)


def write_tree(files: dict[str, str], target: Path, *, force: bool = False) -> None:
    """Write ``files`` (relative path -> text) as the directory ``target``, atomically."""
    fsio.write_dir(files, target, force=force)
