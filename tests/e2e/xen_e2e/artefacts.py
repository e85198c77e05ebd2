"""The boot artefacts and their cache, keyed by the versions of the packages they are made from.

    <cache>/apt/<suite>/            throw-away APT state per suite (lists kept: a rerun only revalidates)
    <cache>/xen/<package>_<version>/xen         gunzipped hypervisor image
    <cache>/kernel/<package>_<version>/vmlinuz  dom0 kernel
    <cache>/kernel/<package>_<version>/initrd-<key>.gz
    <cache>/rootfs/<key>/rootfs.ext4            debootstrapped dom0 root of one series (its own toolstack)

Every artefact is written beside its final place and renamed into it, so an
interrupted build leaves nothing half-made, and the build holds a lock so two
runs sharing the cache never build the same thing at once.  A second run with
the same package versions downloads nothing and builds nothing.
"""

from __future__ import annotations

import fcntl
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from xen_e2e import E2EError, E2EUsageError
from xen_e2e.apt import AptSuite, extract
from xen_e2e.initramfs import DOM0_MODULES, INIT, build_initramfs
from xen_e2e.rootfs import DOM0_PACKAGES, TRIM, RootSpec, debootstrap, make_ext4
from xen_e2e.sources import archive_mirror, host_codename, host_sources, sources_for

CACHE_ENV = "XEN_ABI_E2E_CACHE"

# Which Debian suite ships which hypervisor and its toolstack.  The dom0 kernel is always bookworm's;
# the dom0 root is the hypervisor's own suite with the matching xl, xenstored and xenconsoled (xl's
# libxenctrl must speak the hypervisor's domctl version, and xen-utils-4.20 needs trixie's libc).
HYPERVISORS: dict[str, tuple[str, str]] = {
    "4.17": ("bookworm", "xen-hypervisor-4.17-amd64"),
    "4.20": ("trixie", "xen-hypervisor-4.20-amd64"),
}
TOOLSTACKS: dict[str, str] = {"4.17": "xen-utils-4.17", "4.20": "xen-utils-4.20"}
DOM0_SUITE = "bookworm"
KERNEL_META = "linux-image-amd64"
BUSYBOX = Path("/bin/busybox")


@dataclass(frozen=True)
class Hypervisor:
    series: str  # "4.17"
    package: str
    version: str  # the Debian package version
    image: Path


@dataclass(frozen=True)
class Artefacts:
    """Everything a boot needs except the payload, and the package versions it was made from."""

    hypervisors: dict[str, Hypervisor]
    kernel: Path
    initrd: Path
    rootfs: dict[str, Path]  # series -> its dom0 root
    versions: dict[str, str]  # package -> version, every package that went into the artefacts

    def hypervisor(self, series: str) -> Hypervisor:
        if series not in self.hypervisors:
            raise E2EUsageError(f"no Xen {series} here; valid: {', '.join(sorted(self.hypervisors))}")
        return self.hypervisors[series]


def default_cache() -> Path:
    env = os.environ.get(CACHE_ENV)
    return Path(env) if env else Path.home() / ".cache" / "xen-abi-e2e"


def check_series(series: list[str]) -> list[str]:
    for s in series:
        if s not in HYPERVISORS:
            raise E2EUsageError(f"unknown Xen series {s!r}; valid: {', '.join(HYPERVISORS)}")
    return series


@contextmanager
def _locked(cache: Path) -> Iterator[None]:
    cache.mkdir(parents=True, exist_ok=True)
    with (cache / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _host_version(package: str) -> str:
    done = subprocess.run(["dpkg-query", "-W", "-f=${Version}", package], capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout:
        raise E2EError(f"host package {package} is not installed (apt-get install {package})")
    return done.stdout


def cache_key(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


def _entry(package: str, version: str) -> str:
    """A cache entry's name; an epoch's colon is spelt as in .deb names (QEMU reads "a:b" as a protocol)."""
    return f"{package}_{version.replace(':', '%3a')}"


def _gunzip(source: Path, dest: Path) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=dest.parent, prefix=f".{dest.name}-")
    with os.fdopen(fd, "wb") as out, gzip.open(source, "rb") as src:
        shutil.copyfileobj(src, out)
    os.chmod(tmp, 0o644)
    os.replace(tmp, dest)


def _unpacked(apt: AptSuite, package: str, version: str, work: Path) -> Path:
    """Download and extract one package into ``work`` (a scratch directory)."""
    deb = apt.download(package, version, work / "debs")
    return extract(deb, work / f"{package}_{version}")


def build(cache: Path, series: list[str] | None = None, say: Callable[[str], None] = lambda _: None) -> Artefacts:
    """Build (or reuse) the artefacts for the given Xen series (all by default)."""
    series = check_series(series or list(HYPERVISORS))
    with _locked(cache):
        host = host_codename()
        sources = host_sources()
        suites: dict[str, AptSuite] = {}
        for codename in sorted({DOM0_SUITE, *(HYPERVISORS[s][0] for s in series)}):
            suites[codename] = AptSuite(cache / "apt" / codename, sources_for(codename, host, sources))
            say(f"apt-get update ({codename}, throw-away APT_CONFIG)")
            suites[codename].update()
        dom0 = suites[DOM0_SUITE]
        versions: dict[str, str] = {}
        for stale in cache.glob(".work-*"):  # a build killed outright; we hold the lock, so none is running
            shutil.rmtree(stale, ignore_errors=True)
        work = Path(tempfile.mkdtemp(dir=cache, prefix=".work-"))
        try:
            hypervisors = {}
            for s in series:
                codename, package = HYPERVISORS[s]
                version = versions[package] = suites[codename].candidate(package)
                image = cache / "xen" / _entry(package, version) / "xen"
                if not image.is_file():
                    say(f"download {package} {version}")
                    tree = _unpacked(suites[codename], package, version, work)
                    _gunzip(tree / "boot" / f"xen-{s}-amd64.gz", image)
                hypervisors[s] = Hypervisor(s, package, version, image)

            kernels = [d for d in dom0.depends(KERNEL_META) if d.startswith("linux-image-")]
            if not kernels:
                raise E2EError(f"{KERNEL_META} in {DOM0_SUITE} depends on no linux-image package")
            kpackage = kernels[0]
            kversion = versions[kpackage] = dom0.candidate(kpackage)
            release = kpackage.removeprefix("linux-image-")
            busybox = versions["busybox-static"] = _host_version("busybox-static")
            kdir = cache / "kernel" / _entry(kpackage, kversion)
            initrd = kdir / f"initrd-{cache_key(busybox, INIT, DOM0_MODULES)}.gz"
            if not (kdir / "vmlinuz").is_file() or not initrd.is_file():
                say(f"download {kpackage} {kversion}; build the initramfs")
                tree = _unpacked(dom0, kpackage, kversion, work)
                build_initramfs(tree, release, BUSYBOX, initrd)
                shutil.copyfile(tree / "boot" / f"vmlinuz-{release}", work / "vmlinuz")
                os.replace(work / "vmlinuz", kdir / "vmlinuz")

            rootfs = {s: _root(cache, s, suites[HYPERVISORS[s][0]], work, versions, say) for s in series}
        finally:
            shutil.rmtree(work, ignore_errors=True)
        if sorted(series) == sorted(HYPERVISORS):
            keep = {h.image.parent for h in hypervisors.values()} | {kdir} | {r.parent for r in rootfs.values()}
            _prune(cache, keep, initrd)
        return Artefacts(hypervisors, kdir / "vmlinuz", initrd, rootfs, dict(sorted(versions.items())))


def _root(
    cache: Path, series: str, apt: AptSuite, work: Path, versions: dict[str, str], say: Callable[[str], None]
) -> Path:
    """The dom0 root of ``series``: its suite, Python with cffi, and its own toolstack.

    debootstrap reads one suite only, so the toolstack is the suite's own point release, which may
    be older than the hypervisor apt took from the security or updates suite; within a series the
    domctl and sysctl interface versions (what xl's libxenctrl checks) do not change.
    """
    suite = HYPERVISORS[series][0]
    spec = RootSpec(suite, archive_mirror(apt.sources, suite), (*DOM0_PACKAGES, TOOLSTACKS[series]))
    root_versions = {p: apt.version_in(p, suite) for p in spec.packages}
    root_versions |= {p: _host_version(p) for p in ("debootstrap", "e2fsprogs")}
    versions |= {f"{p} ({suite})" if p in DOM0_PACKAGES else p: v for p, v in root_versions.items()}
    image = cache / "rootfs" / cache_key(spec.suite, spec.mirror, spec.packages, TRIM, root_versions) / "rootfs.ext4"
    if not image.is_file():
        say(f"debootstrap {suite} with {', '.join(spec.packages)}; mke2fs -d")
        root = debootstrap(spec, work / f"root-{series}", cache / f"debootstrap-{series}.log")
        make_ext4(root, image, f"dom0-{series}")
    return image


def _prune(cache: Path, keep: set[Path], initrd: Path) -> None:
    """Drop artefacts of older package versions (only after a build of everything)."""
    for kind in ("xen", "kernel", "rootfs"):
        for entry in (cache / kind).iterdir() if (cache / kind).is_dir() else []:
            if entry not in keep:
                shutil.rmtree(entry, ignore_errors=True)
    for old in initrd.parent.glob("initrd-*.gz"):
        if old != initrd:
            old.unlink()
