"""The dom0 root: a minimal Debian made by debootstrap, packed into an ext4 image with ``mke2fs -d``.

Nothing is mounted: debootstrap writes a directory, ``mke2fs -d`` copies it
into a new filesystem image.  Debian's guest Python then has cffi (ABI mode
only: there is no compiler in the image).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from xen_e2e import E2EError

# python3-ply must be named: without it debootstrap cannot resolve python3-cffi's
# dependency on the virtual python3-ply-lex-3.10.
DOM0_PACKAGES = ("python3", "python3-cffi", "python3-ply", "kmod")

# Trimmed from the image: not needed to run Python, and a third of its size.
TRIM = ("usr/share/doc", "usr/share/man", "usr/share/info", "usr/share/locale", "var/cache/apt", "var/lib/apt/lists")


@dataclass(frozen=True)
class RootSpec:
    """What the dom0 root is made from."""

    suite: str
    mirror: str
    packages: tuple[str, ...] = DOM0_PACKAGES


def _run(argv: list[str], what: str, log: Path | None = None) -> None:
    try:
        done = subprocess.run(argv, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise E2EError(f"{argv[0]} not found; apt-get install debootstrap e2fsprogs") from None
    if log is not None:
        log.write_text(done.stdout + done.stderr)
    if done.returncode != 0:
        lines = [line for line in (done.stderr + done.stdout).splitlines() if line.strip()]
        tail = lines[-1] if lines else f"exit status {done.returncode}"
        raise E2EError(f"{what} failed: {tail}" + (f" (full log: {log})" if log else ""))


def debootstrap(spec: RootSpec, dest: Path, log: Path) -> Path:
    """Make the root directory ``dest`` (atomically: built beside it, then renamed)."""
    if dest.is_dir():
        return dest
    if os.geteuid() != 0:
        raise E2EError("debootstrap needs root to build the dom0 root (run as root, or reuse a built cache)")
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=dest.parent, prefix=f".{dest.name}-"))
    try:
        argv = ["debootstrap", "--variant=minbase", f"--include={','.join(spec.packages)}"]
        _run([*argv, spec.suite, str(tmp), spec.mirror], f"debootstrap {spec.suite}", log)
        for sub in TRIM:
            shutil.rmtree(tmp / sub, ignore_errors=True)
        tmp.chmod(0o755)  # mkdtemp made it 0700, and mke2fs copies it as the image's /
        os.replace(tmp, dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dest


def tree_size(root: Path) -> int:
    total = 0
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = Path(dirpath, name)
            if not path.is_symlink():
                total += path.stat().st_size
    return total


def make_ext4(source: Path, image: Path, label: str, *, journal: bool = True) -> Path:
    """Pack directory ``source`` into a new ext4 ``image`` with room to spare; no mount, no root needed."""
    size_mb = tree_size(source) * 13 // 10 // 2**20 + 16
    image.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(dir=image.parent, prefix=f".{image.name}-")
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        features = [] if journal else ["-O", "^has_journal"]
        argv = ["mke2fs", "-q", "-F", "-t", "ext4", *features, "-L", label, "-E", "root_owner=0:0", "-d", str(source)]
        _run([*argv, str(tmp), f"{size_mb}M"], f"mke2fs -d {source}")
        tmp.chmod(0o644)
        os.replace(tmp, image)
    finally:
        tmp.unlink(missing_ok=True)
    return image
