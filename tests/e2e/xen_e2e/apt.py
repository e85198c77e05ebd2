"""A throw-away APT configuration: resolve, download and extract .debs without touching the host's apt.

Each suite gets its own directory with its own sources.list, lists, cache and
an empty dpkg status file, named through ``APT_CONFIG``; the host's
``/etc/apt/apt.conf.d`` is replaced by its ``Acquire::`` settings only (so a
proxy or validity setting still applies, but no hook runs and no state of the
host is read or written).  Packages are extracted with ``dpkg-deb -x``, never
installed.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from xen_e2e import E2EError
from xen_e2e.sources import Source


@dataclass(frozen=True)
class Deb:
    """A downloaded package: what it is and where its .deb is."""

    name: str
    version: str
    path: Path


def _run(argv: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None) -> str:
    try:
        done = subprocess.run(argv, env=env, cwd=cwd, capture_output=True, text=True, check=False)
    except FileNotFoundError:
        raise E2EError(f"{argv[0]} not found; install it (apt-get install apt dpkg)") from None
    if done.returncode != 0:
        lines = [line for line in (done.stderr or done.stdout).splitlines() if line.strip()]
        last = lines[-1] if lines else f"exit status {done.returncode}"
        raise E2EError(f"{' '.join(argv[:3])}: {last}")
    return done.stdout


def host_acquire_settings() -> str:
    """The host's ``Acquire::`` configuration (proxies, validity checks) in apt.conf syntax."""
    dump = _run(["apt-config", "dump"])
    return "".join(line + "\n" for line in dump.splitlines() if line.startswith("Acquire::"))


class AptSuite:
    """One throw-away APT state under ``root`` for a list of sources."""

    def __init__(self, root: Path, sources: list[Source], arch: str = "amd64") -> None:
        self.root = root
        self.sources = sources
        self.arch = arch
        self.config = root / "apt.conf"

    def _write_config(self) -> None:
        for sub in (
            "etc/apt.conf.d",
            "etc/preferences.d",
            "etc/sources.list.d",
            "lists/partial",
            "cache/archives/partial",
        ):
            (self.root / sub).mkdir(parents=True, exist_ok=True)
        (self.root / "etc/sources.list").write_text("".join(s.line() + "\n" for s in self.sources))
        (self.root / "status").touch()
        r = self.root
        settings = {
            "Dir::Etc::Main": r / "etc/apt.conf",
            "Dir::Etc::Parts": r / "etc/apt.conf.d",
            "Dir::Etc::SourceList": r / "etc/sources.list",
            "Dir::Etc::SourceParts": r / "etc/sources.list.d",
            "Dir::Etc::Preferences": r / "etc/preferences",
            "Dir::Etc::PreferencesParts": r / "etc/preferences.d",
            "Dir::State": r,
            "Dir::State::Lists": r / "lists",
            "Dir::State::status": r / "status",
            "Dir::Cache": r / "cache",
            "Dir::Log": r,
            "APT::Architecture": self.arch,
            "APT::Architectures": self.arch,
            # The lists are ours; no need to hand downloads to the _apt user.
            "APT::Sandbox::User": "root" if os.geteuid() == 0 else os.environ.get("USER", ""),
        }
        text = "".join(f'{key} "{value}";\n' for key, value in settings.items())
        self.config.write_text(text + host_acquire_settings())

    def _env(self) -> dict[str, str]:
        return {**os.environ, "APT_CONFIG": str(self.config), "LC_ALL": "C"}

    def update(self) -> None:
        """Fetch (or refresh) the package lists; a second run only revalidates them."""
        self._write_config()
        _run(["apt-get", "update", "-qq"], env=self._env())

    def candidate(self, package: str) -> str:
        """The version apt would take for ``package`` (highest of the suites, security included)."""
        out = _run(["apt-cache", "policy", package], env=self._env())
        m = re.search(r"^\s*Candidate:\s*(\S+)", out, re.M)
        if not m or m.group(1) == "(none)":
            suites = " ".join(s for src in self.sources for s in src.suites)
            raise E2EError(f"package {package} not found in {suites}")
        return m.group(1)

    def version_in(self, package: str, suite: str) -> str:
        """The version of ``package`` in exactly ``suite`` (what debootstrap, which reads one suite, installs)."""
        out = _run(["apt-cache", "madison", package], env=self._env())
        for line in out.splitlines():
            name, version, where = (part.strip() for part in line.split("|")[:3])
            if name == package and f" {suite}/main " in f" {where} ":
                return version
        raise E2EError(f"package {package} not found in the suite {suite}")

    def depends(self, package: str) -> list[str]:
        """Direct Depends of the candidate of ``package`` (e.g. a kernel meta-package's kernel)."""
        out = _run(["apt-cache", "depends", "--no-recommends", "--no-suggests", package], env=self._env())
        return [m.group(1) for m in re.finditer(r"^\s+\|?Depends:\s*<?([^\s>]+)>?", out, re.M)]

    def download(self, package: str, version: str, dest: Path) -> Deb:
        """Download ``package=version`` into ``dest`` (kept there: the .deb name carries the version)."""
        dest.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryDirectory(dir=dest, prefix=".download-") as tmp:
            _run(["apt-get", "download", "-qq", f"{package}={version}"], env=self._env(), cwd=Path(tmp))
            debs = list(Path(tmp).glob("*.deb"))
            if len(debs) != 1:
                raise E2EError(f"apt-get download {package}={version} gave {len(debs)} files, expected 1")
            final = dest / debs[0].name
            os.replace(debs[0], final)
        return Deb(package, version, final)


def extract(deb: Deb, dest: Path) -> Path:
    """``dpkg-deb -x`` into ``dest`` (created whole or not at all)."""
    if dest.is_dir():
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=dest.parent, prefix=f".{dest.name}-"))
    try:
        _run(["dpkg-deb", "-x", str(deb.path), str(tmp)])
        os.replace(tmp, dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dest
