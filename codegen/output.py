"""Writing a generated tree: all or nothing, and never over files we did not write.

A generated directory carries ``.xen-abi-generated`` listing its files.  An
existing output directory is replaced only when it is empty or holds exactly
a previous generation (plus build droppings such as ``__pycache__`` or a
Cargo ``target/``); anything else is a foreign file and an error.  The new
tree is written next to the target and swapped in with ``rename``, so a
failure leaves the old tree untouched and no half-written file behind.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from xen_abi.common.errors import UsageError

MARKER = ".xen-abi-generated"
# Produced by using a generated tree, never by us: neither foreign nor kept.
_DROPPINGS = ("__pycache__", "target", "Cargo.lock", ".pytest_cache")


def _existing_files(root: Path) -> list[str]:
    out = []
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part in _DROPPINGS for part in rel.parts) or path.suffix == ".pyc":
            continue
        if path.is_file() or path.is_symlink():
            out.append(rel.as_posix())
    return out


def check_target(target: Path) -> None:
    """Refuse to replace a directory holding files that are not a previous generation."""
    if not target.exists():
        return
    if not target.is_dir():
        raise UsageError(f"{target} exists and is not a directory")
    files = _existing_files(target)
    if not files:
        return
    marker = target / MARKER
    if not marker.is_file():
        raise UsageError(
            f"{target} exists and holds files xen-abi did not generate (e.g. {files[0]}); "
            "choose an empty or new directory"
        )
    listed = set(marker.read_text(encoding="utf-8").split())
    foreign = [f for f in files if f != MARKER and f not in listed]
    if foreign:
        raise UsageError(f"{target} holds files that are not part of the previous generation: {', '.join(foreign[:5])}")


def write_tree(files: dict[str, str], target: Path) -> None:
    """Write ``files`` (relative path -> text) as the directory ``target``, atomically."""
    target = Path(target)
    check_target(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.new-", dir=target.parent))
    try:
        os.chmod(staging, 0o777 & ~_umask())  # mkdtemp makes it private; the tree is for everyone
        for rel, text in sorted(files.items()):
            path = staging / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
        (staging / MARKER).write_text("".join(f"{rel}\n" for rel in sorted(files)), encoding="utf-8")
        _swap(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _swap(new: Path, target: Path) -> None:
    old = None
    if target.exists():
        old = target.with_name(f".{target.name}.old-{os.getpid()}")
        os.replace(target, old)
    try:
        os.replace(new, target)
    except BaseException:
        if old is not None:
            os.replace(old, target)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
