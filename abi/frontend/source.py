"""Header sources: find Xen's public headers in a directory, a git ref or a tarball.

Every source is read into memory as a ``HeaderTree`` (path -> bytes of the
``*.h`` files under the public root), so later stages never care where the
headers came from and the provenance records it once.  Nothing is checked
out or extracted: git blobs are read with one ``cat-file --batch`` process and
tarballs are read in place, which keeps ingestion side-effect free.
"""

from __future__ import annotations

import hashlib
import lzma
import os
import re
import shutil
import subprocess
import tarfile
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import NoReturn

from xen_abi.common.errors import XenAbiError
from xen_abi.frontend.corpus import CORPUS_ENV as CORPUS_ENV  # also here, where it was first
from xen_abi.frontend.corpus import default_corpus as default_corpus
from xen_abi.ir.model import Provenance

# Where the public root may sit below what the user points at, in order of preference:
# the root itself (or an installed include dir like /usr/include/xen), a Xen source
# tree, the xen/ subdirectory of one, and a directory holding public/.
CANDIDATES: tuple[str, ...] = (".", "xen/include/public", "include/public", "public")

TAR_SUFFIXES: tuple[str, ...] = (
    ".tar",
    ".tar.gz",
    ".tgz",
    ".tar.xz",
    ".txz",
    ".tar.bz2",
    ".tbz2",
    ".tbz",
)

# Everything a broken tarball can raise while being decompressed and parsed.
_TAR_ERRORS = (OSError, tarfile.TarError, EOFError, zlib.error, lzma.LZMAError, UnicodeError)

# Release names: "4.15.0", "4.23-unstable", optionally behind "xen-" or "RELEASE-".
_RELEASE_RE = re.compile(r"^(?:xen-|RELEASE-)?(\d+\.\d+(?:\.\d+)*(?:-[A-Za-z0-9][A-Za-z0-9.]*)?)$")

# Git's environment can redirect it to another repository (e.g. inside a hook);
# the user named the repository explicitly, so drop those overrides.
_GIT_ENV_OVERRIDES = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
    "GIT_NAMESPACE",
)


@dataclass(frozen=True)
class HeaderTree:
    """The ``*.h`` files of one public header tree, held in memory.

    ``files`` maps '/'-separated paths relative to the public root (``xen.h``,
    ``hvm/dm_op.h``, ``arch-x86/xen.h``) to their bytes, sorted by path.
    """

    files: Mapping[str, bytes]
    provenance: Provenance
    release_hint: str | None

    def materialize(self, dest: Path) -> Path:
        """Write the tree under ``dest`` (for cpp, which needs real files) and return ``dest``."""
        try:
            for rel, content in self.files.items():
                target = dest.joinpath(*_safe_parts(rel, str(dest)))
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
        except OSError as exc:
            raise XenAbiError(f"cannot write header tree to {dest}: {_os_reason(exc)}") from None
        return dest


def tree_hash(files: Mapping[str, bytes]) -> str:
    """Hash a tree independently of where it came from.

    Records are ``path NUL len(content) NUL content`` in sorted path order; the
    length makes the encoding unambiguous without escaping.
    """
    h = hashlib.sha256()
    for rel in sorted(files):
        content = files[rel]
        h.update(rel.encode("utf-8"))
        h.update(b"\0")
        h.update(str(len(content)).encode("ascii"))
        h.update(b"\0")
        h.update(content)
    return "sha256:" + h.hexdigest()


def open_source(spec: str, *, git: Path | None = None) -> HeaderTree:
    """Open what the user named: a ref of ``git``, else a tarball, else a directory."""
    if git is not None:
        return from_git(git, spec)
    path = Path(spec)
    if _has_tar_suffix(path.name) and not path.is_dir():
        return from_tarball(path)
    return from_directory(path)


# --- directory --------------------------------------------------------------------------------


INSTALLED_EXTRAS = ("foreign", "sys")
# Linux's uapi headers, which Debian's linux-libc-dev installs into /usr/include/xen
# too; no Xen release has a public header of these names.
LINUX_UAPI_HEADERS = frozenset({"evtchn.h", "gntalloc.h", "gntdev.h", "privcmd.h"})


def from_directory(path: Path) -> HeaderTree:
    """Read the public headers under ``path`` (public root, installed include dir or source tree)."""
    if not path.exists():
        raise XenAbiError(f"{path} does not exist")
    if not path.is_dir():
        what = "a directory or a tarball (" + ", ".join(TAR_SUFFIXES) + ")"
        raise XenAbiError(f"{path} is not {what}")
    try:
        if not any(path.iterdir()):
            raise XenAbiError(f"{path} is an empty directory, not a Xen public header tree")
        root = next((path / c for c in CANDIDATES if (path / c / "xen.h").is_file()), None)
    except OSError as exc:
        raise XenAbiError(f"cannot read directory {path}: {_os_reason(exc)}") from None
    if root is None:
        raise XenAbiError(f"{path} is not a Xen public header tree (no xen.h in {_candidate_list()})")

    files = _read_directory(root)
    ref, commit, version = _manifest_row(path)
    hint = version or _release_from_name(path.resolve().name)
    prov = Provenance("directory", str(path), ref, commit, tree_hash(files))
    return HeaderTree(_frozen(files.items()), prov, hint)


def _read_directory(root: Path) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    seen: set[tuple[int, int]] = set()  # (st_dev, st_ino) of visited dirs: symlink loops

    def fail(exc: OSError) -> NoReturn:
        raise XenAbiError(f"cannot read directory {exc.filename or root}: {_os_reason(exc)}")

    # Symlinks are followed (an installed tree may link into another), hence the loop guard.
    for dirpath, dirnames, filenames in os.walk(root, onerror=fail, followlinks=True):
        try:
            st = os.stat(dirpath)
        except OSError as exc:
            fail(exc)
        if (st.st_dev, st.st_ino) in seen:
            dirnames[:] = []
            continue
        seen.add((st.st_dev, st.st_ino))
        rel_dir = Path(dirpath).relative_to(root)
        # Hidden directories (.git of a repository that is itself a public root) hold no headers.
        # An installed include dir (Debian's libxen-dev: /usr/include/xen) adds foreign/ (generated,
        # arch-prefixed copies) and sys/ (Linux ioctl headers), which xen/include/public never has.
        skip = INSTALLED_EXTRAS if rel_dir == Path(".") else ()
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in skip)
        for name in filenames:
            if not name.endswith(".h") or (rel_dir == Path(".") and name in LINUX_UAPI_HEADERS):
                continue
            full = Path(dirpath, name)
            if not full.is_file() and full.exists():
                continue  # a FIFO or device named *.h is not a header
            rel = (rel_dir / name).as_posix()
            _check_name(rel, str(full))
            try:
                files[rel] = full.read_bytes()
            except OSError as exc:
                raise XenAbiError(f"cannot read {full}: {_os_reason(exc)}") from None
    return files


def _manifest_row(path: Path) -> tuple[str | None, str | None, str | None]:
    """(tag, commit, version) of ``path`` from a MANIFEST.tsv next to it, like the shared corpus's."""
    resolved = path.resolve()
    manifest = resolved.parent / "MANIFEST.tsv"
    try:
        text = manifest.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        # The manifest is optional metadata beside the input, not the input: absent or
        # unreadable only means the provenance stays without ref and commit.
        return None, None, None
    rows = [[cell.strip() for cell in line.split("\t")] for line in text.splitlines() if line.strip()]
    if not rows or "version" not in rows[0]:
        return None, None, None  # not a manifest of ours
    columns = {name: i for i, name in enumerate(rows[0])}
    for row in rows[1:]:
        record = {name: row[i] for name, i in columns.items() if i < len(row) and row[i]}
        if record.get("version") == resolved.name:
            return record.get("tag"), record.get("commit"), resolved.name
    return None, None, None


# --- git --------------------------------------------------------------------------------------


def from_git(repo: Path, ref: str) -> HeaderTree:
    """Read the public headers of ``ref`` in ``repo`` from git's object store (no checkout)."""
    if not repo.exists():
        raise XenAbiError(f"git repository {repo} does not exist")
    if not repo.is_dir():
        raise XenAbiError(f"{repo} is not a git repository (not a directory)")
    if not ref or ref.startswith("-") or "\n" in ref:
        raise XenAbiError(f"unknown git ref {ref!r} in {repo}")

    res = _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
    if res.returncode != 0:
        probe = _git(repo, "rev-parse", "--git-dir", check=False)
        if probe.returncode != 0:
            raise XenAbiError(f"{repo} is not a git repository: {_stderr(probe)}")
        raise XenAbiError(f"unknown git ref {ref} in {repo}")
    commit = res.stdout.decode("ascii", "replace").strip()

    # One batch-check answers "where is xen.h" for every candidate at once.
    wanted = [f"{commit}:{_git_subpath(c)}xen.h" for c in CANDIDATES]
    check = _git(repo, "cat-file", "--batch-check", input="".join(w + "\n" for w in wanted).encode())
    kinds = [line.split(" ")[1] if " " in line else "" for line in check.stdout.decode().splitlines()]
    found = [c for c, kind in zip(CANDIDATES, kinds, strict=True) if kind == "blob"]
    if not found:
        raise XenAbiError(
            f"{ref} ({commit[:12]}) in {repo} is not a Xen public header tree (no xen.h in {_candidate_list()})"
        )
    sub = _git_subpath(found[0])

    listing = _git(repo, "ls-tree", "-r", "-z", f"{commit}:{sub}").stdout
    entries: list[tuple[str, str]] = []  # (path, blob sha)
    for record in listing.split(b"\0"):
        if not record:
            continue
        meta, _, raw_path = record.partition(b"\t")
        mode, kind, sha = meta.decode("ascii").split(" ")
        # Symlinks (120000) and submodules are not header content, as with tar links.
        if kind != "blob" or mode not in ("100644", "100755") or not raw_path.endswith(b".h"):
            continue
        rel = _decode_name(raw_path, f"{repo}:{ref}")
        entries.append((rel, sha))

    blobs = _git(repo, "cat-file", "--batch", input="".join(s + "\n" for _, s in entries).encode()).stdout
    files: dict[str, bytes] = {}
    pos = 0
    for rel, _sha in entries:
        end = blobs.find(b"\n", pos)
        head = blobs[pos:end].decode("ascii", "replace").split(" ") if end >= 0 else ["(no output)"]
        if len(head) != 3 or head[1] != "blob" or not head[2].isdigit():
            raise XenAbiError(f"git cat-file gave unexpected output for {rel} in {repo}: {' '.join(head)}")
        size = int(head[2])
        files[rel] = blobs[end + 1 : end + 1 + size]
        if len(files[rel]) != size:
            raise XenAbiError(f"git cat-file output ended early in {rel} in {repo}")
        pos = end + 1 + size + 1  # content is followed by a newline

    prov = Provenance("git", str(repo), ref, commit, tree_hash(files))
    return HeaderTree(_frozen(files.items()), prov, _release_from_name(ref.rsplit("/", 1)[-1]))


def _git_subpath(candidate: str) -> str:
    return "" if candidate == "." else candidate + "/"


def _git(repo: Path, *args: str, input: bytes | None = None, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    exe = shutil.which("git")
    if exe is None:
        raise XenAbiError(f"git is not installed (needed to read {repo})")
    env = {k: v for k, v in os.environ.items() if k not in _GIT_ENV_OVERRIDES}
    env["LC_ALL"] = "C"  # stable messages to pass on
    try:
        res = subprocess.run([exe, "-C", str(repo), *args], input=input, capture_output=True, env=env, check=False)
    except OSError as exc:
        raise XenAbiError(f"cannot run git in {repo}: {_os_reason(exc)}") from None
    if check and res.returncode != 0:
        raise XenAbiError(f"git {args[0]} failed in {repo}: {_stderr(res)}")
    return res


def _stderr(res: subprocess.CompletedProcess[bytes]) -> str:
    lines = res.stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else f"exit status {res.returncode}"


# --- tarball ----------------------------------------------------------------------------------


def from_tarball(path: Path) -> HeaderTree:
    """Read the public headers of a release tarball (or a tarball of a public tree) in place."""
    if not path.exists():
        raise XenAbiError(f"tarball {path} does not exist")
    if not path.is_file():
        raise XenAbiError(f"tarball {path} is not a file")

    members: dict[str, bytes] = {}
    tops: set[str] = set()
    try:
        # Sequential iteration reads each member as it passes, so a compressed tarball is
        # decompressed once; the gzip/xz/bz2 readers notice a truncated stream.
        with tarfile.open(path, "r:*") as tar:
            for info in tar:
                parts = _member_parts(info.name)
                if not parts:
                    continue
                if len(parts) > 1 or info.isdir():
                    tops.add(parts[0])
                # Links (symbolic or hard) are skipped: their target may lie outside the tree.
                if not info.isreg() or not parts[-1].endswith(".h"):
                    continue
                fileobj = tar.extractfile(info)
                if fileobj is None:
                    continue
                members["/".join(parts)] = fileobj.read()
            # tarfile ends iteration quietly on a short or missing header, so a plain tar cut
            # at a member boundary would pass as complete.  A complete archive ends with a
            # zero block, which tarfile has just read whole: a shorter read means truncation.
            if tar.fileobj is not None and tar.fileobj.tell() - tar.offset < tarfile.BLOCKSIZE:
                raise XenAbiError(f"cannot read tarball {path}: truncated (no end-of-archive marker)")
    except _TAR_ERRORS as exc:
        raise XenAbiError(f"cannot read tarball {path}: {_tar_reason(exc)}") from None

    prefix = None
    for top in ("", *sorted(tops)):
        for cand in CANDIDATES:
            p = (f"{top}/" if top else "") + _git_subpath(cand)
            if p + "xen.h" in members:
                prefix = p
                break
        if prefix is not None:
            break
    if prefix is None:
        raise XenAbiError(
            f"tarball {path} holds no Xen public headers (no xen.h in {_candidate_list()}, "
            "at the top or under its top directory)"
        )

    files = {name[len(prefix) :]: data for name, data in members.items() if name.startswith(prefix)}
    for rel in files:
        _check_name(rel, f"{path}:{prefix}{rel}")
    hint = _release_from_name(_strip_tar_suffix(path.name))
    if hint is None and prefix:
        hint = _release_from_name(prefix.split("/", 1)[0])
    prov = Provenance("tarball", str(path), None, None, tree_hash(files))
    return HeaderTree(_frozen(files.items()), prov, hint)


def _member_parts(name: str) -> list[str]:
    """Normalised components of a member name; [] for absolute or escaping names."""
    if name.startswith("/"):
        return []
    parts = [p for p in name.split("/") if p not in ("", ".")]
    return [] if ".." in parts else parts


def _has_tar_suffix(name: str) -> bool:
    return name.lower().endswith(TAR_SUFFIXES)


def _strip_tar_suffix(name: str) -> str:
    for suffix in sorted(TAR_SUFFIXES, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def _tar_reason(exc: BaseException) -> str:
    """One line for the user: tarfile's "could not be opened" lists every method tried."""
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror
    text = str(exc).strip()
    if isinstance(exc, tarfile.ReadError) and text.startswith("file could not be opened successfully"):
        return "not a tar archive (plain, gzip, bzip2 or xz)"
    return " ".join(text.split()) or f"{type(exc).__name__} (truncated?)"


# --- shared helpers ---------------------------------------------------------------------------


def _frozen(items: Iterable[tuple[str, bytes]]) -> Mapping[str, bytes]:
    # Read-only and sorted, so iteration order never depends on the source.
    return MappingProxyType(dict(sorted(items)))


def _release_from_name(name: str) -> str | None:
    m = _RELEASE_RE.match(name)
    return m.group(1) if m else None


def _candidate_list() -> str:
    return ", ".join(c if c == "." else c + "/" for c in CANDIDATES)


def _check_name(rel: str, where: str) -> None:
    # Paths key the tree hash as UTF-8; an undecodable name would fail there with a traceback.
    try:
        rel.encode("utf-8")
    except UnicodeEncodeError:
        raise XenAbiError(f"file name is not valid UTF-8: {where!r}") from None


def _decode_name(raw: bytes, where: str) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise XenAbiError(f"file name is not valid UTF-8 in {where}: {raw!r}") from None


def _safe_parts(rel: str, where: str) -> list[str]:
    parts = rel.split("/")
    if rel.startswith("/") or any(p in ("", ".", "..") for p in parts):
        raise XenAbiError(f"refusing to write unsafe header path {rel!r} under {where}")
    return parts


def _os_reason(exc: OSError) -> str:
    return exc.strerror or str(exc)
