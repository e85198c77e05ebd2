"""Writing outputs: whole or not at all, serialised, and never over what xen-abi did not write.

Every directory xen-abi writes (catalogue, report, generated bindings,
drift history, header corpus releases) goes through ``write_dir``; every
single file (drift reports, the corpus manifest) through ``write_file``.

Directories.  ``DIR`` carries a marker, ``DIR/.xen-abi-generated``, listing
the files xen-abi wrote there.  A write of ``DIR``:

1. takes an exclusive ``flock`` on the parent directory (two writers to one
   output serialise; the lock is on the directory itself, so nothing is
   left behind);
2. recovers from an interrupted earlier write (below);
3. refuses a target that is a symlink, not a directory, or a non-empty
   directory holding files the marker does not list (``force`` overrides
   the foreign-files check only);
4. writes the new tree into ``.DIR.xen-abi-new`` beside it, the marker last,
   so the marker's presence means "complete";
5. renames ``DIR`` to ``.DIR.xen-abi-old``, renames the new tree to ``DIR``
   and removes the old one.

Two renames are not one atomic step: a kill between them leaves no ``DIR``.
Recovery (step 2, and ``recover`` which readers call when ``DIR`` is
missing) finishes the job: a complete ``.DIR.xen-abi-new`` is renamed into
place, else ``.DIR.xen-abi-old`` is put back; leftovers are then removed.
Those two names are xen-abi's own, so removing them deletes nothing a user
wrote.  At every instant the old or the new content exists completely,
under ``DIR`` or under the name recovery renames back.

Files.  ``write_file`` writes a temp file beside the target and renames it
over; only a regular file (or nothing) may be there: a symlink, FIFO or
device node is refused, never replaced.  Everything is created with the
user's umask (a catalogue or report is for everyone to read).
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path

from xen_abi.common.errors import UsageError, XenAbiError
from xen_abi.common.escape import one_line

MARKER = ".xen-abi-generated"
NEW_SUFFIX = ".xen-abi-new"
OLD_SUFFIX = ".xen-abi-old"
MAX_PATH = 4096
MAX_NAME = 255
# Produced by using a generated tree (building, importing, testing it), never by us: neither foreign nor kept.
DROPPINGS = ("__pycache__", "target", "Cargo.lock", ".pytest_cache")

_held: dict[str, int] = {}  # parent directory -> depth of this process's lock on it


class OutputError(UsageError):
    """An output path xen-abi refuses to write (exit 2): the user chose it; choose another or --force."""


def check_output_path(path: str | Path, what: str = "output") -> Path:
    """A usable output path: not empty, not the root, no over-long name."""
    text = str(path)
    if not text.strip():
        raise UsageError(f"the {what} path is empty")
    if "\0" in text:
        raise UsageError(f"the {what} path holds a NUL byte")
    if len(text.encode("utf-8", "surrogateescape")) > MAX_PATH or any(
        len(part.encode("utf-8", "surrogateescape")) > MAX_NAME for part in Path(text).parts
    ):
        raise UsageError(f"the {what} path is too long (a name has at most {MAX_NAME} bytes): {one_line(text)[:80]}...")
    p = Path(text)
    resolved = p.resolve() if p.exists() else p.absolute()
    if resolved == Path(resolved.anchor) or p.name in ("", ".", ".."):
        raise UsageError(f"refusing to use {text!r} as the {what}: give a directory or file name of its own")
    return p


def _os_error(exc: OSError, path: Path, doing: str) -> XenAbiError:
    """The machine refused (full or read-only disk, permissions): exit 3, one line."""
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENAMETOOLONG:
        reason = "name too long"
    return XenAbiError(f"cannot {doing}: {reason}", file=str(path))


@contextlib.contextmanager
def locked(target: str | Path) -> Iterator[None]:
    """Hold the output lock for ``target`` (an exclusive flock on its parent directory).

    Re-entrant within a process, so a read-modify-write (build_catalogue) can
    hold it around the read and ``write_dir``.
    """
    parent = Path(target).absolute().parent
    key = str(parent)
    if key in _held:
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    try:
        parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(parent, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as exc:
        raise _os_error(exc, parent, "create or open the output's directory") from None
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # another xen-abi writing beside us: wait for it
        _held[key] = 1
        try:
            yield
        finally:
            del _held[key]
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


def _sibling(target: Path, suffix: str) -> Path:
    return target.with_name(f".{target.name}{suffix}")


def recover(target: str | Path) -> None:
    """Finish or undo a directory write interrupted between its two renames; remove leftovers."""
    target = check_output_path(target)
    new, old = _sibling(target, NEW_SUFFIX), _sibling(target, OLD_SUFFIX)
    if not (new.exists() or old.exists()):
        return
    with locked(target):
        try:
            if not os.path.lexists(target):
                if (new / MARKER).is_file():
                    os.rename(new, target)
                elif old.is_dir():
                    os.rename(old, target)
            for leftover in (new, old):
                if leftover.is_dir() and not leftover.is_symlink():
                    shutil.rmtree(leftover)
                elif os.path.lexists(leftover):
                    leftover.unlink()
        except OSError as exc:
            raise _os_error(exc, target, "recover an interrupted write") from None


def _listed(target: Path) -> set[str] | None:
    marker = target / MARKER
    try:
        if not stat.S_ISREG(os.lstat(marker).st_mode):
            return None
        return set(marker.read_text(encoding="utf-8").split("\n"))
    except (OSError, UnicodeDecodeError):
        return None


def _foreign_files(target: Path, listed: set[str]) -> Iterator[str]:
    """Files under ``target`` that are not listed (nor droppings), lazily: the first one is enough."""
    for dirpath, dirnames, filenames in os.walk(target):
        rel_dir = Path(dirpath).relative_to(target)
        dirnames[:] = sorted(d for d in dirnames if d not in DROPPINGS)
        for d in dirnames:
            if os.path.islink(os.path.join(dirpath, d)):
                yield (rel_dir / d).as_posix()
        for name in sorted(filenames):
            rel = (rel_dir / name).as_posix()
            if name != MARKER and rel not in listed and not name.endswith(".pyc"):
                yield rel


def check_dir_target(target: Path, *, force: bool = False, adopt: Callable[[Path], bool] | None = None) -> None:
    """Refuse to replace what is not a directory xen-abi wrote (``adopt``: one written before markers)."""
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise _os_error(exc, target, "inspect the output") from None
    if stat.S_ISLNK(st.st_mode):
        raise OutputError("is a symbolic link; refusing to replace it", file=str(target))
    if not stat.S_ISDIR(st.st_mode):
        raise OutputError("exists and is not a directory; refusing to replace it", file=str(target))
    if force:
        return
    listed = _listed(target)
    if listed is None:
        first = next(_foreign_files(target, set()), None)
        if first is None or (adopt is not None and adopt(target)):
            return
        raise OutputError(
            f"holds files xen-abi did not write (e.g. {one_line(first)}); "
            "give a new or empty directory, or --force to replace it",
            file=str(target),
        )
    foreign = next(_foreign_files(target, listed), None)
    if foreign is not None:
        raise OutputError(
            f"holds {one_line(foreign)}, which xen-abi did not write; remove it or give --force",
            file=str(target),
        )


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _write_bytes(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o666)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def write_dir(
    files: Mapping[str, str | bytes],
    target: str | Path,
    *,
    force: bool = False,
    adopt: Callable[[Path], bool] | None = None,
) -> None:
    """Write ``files`` (relative '/'-path -> content) as the directory ``target``, replacing it whole."""
    target = check_output_path(target)
    for rel in files:
        parts = rel.split("/")
        if rel.startswith("/") or any(p in ("", ".", "..") for p in parts) or rel == MARKER:
            raise XenAbiError(f"refusing to write {one_line(rel)!r} under {target}")
    with locked(target):
        recover(target)
        check_dir_target(target, force=force, adopt=adopt)
        new, old = _sibling(target, NEW_SUFFIX), _sibling(target, OLD_SUFFIX)
        try:
            os.mkdir(new, 0o777)  # the umask applies: the tree is for everyone to read
            for rel, content in sorted(files.items()):
                path = new.joinpath(*rel.split("/"))
                path.parent.mkdir(parents=True, exist_ok=True)
                _write_bytes(path, content.encode("utf-8") if isinstance(content, str) else content)
            # The marker last: its presence says the tree is complete (recover relies on it).
            _write_bytes(new / MARKER, "".join(f"{rel}\n" for rel in sorted(files)).encode("utf-8"))
            if os.path.lexists(target):
                os.rename(target, old)
            os.rename(new, target)
        except OSError as exc:
            _undo(target, new, old)
            raise _os_error(exc, target, "write") from None
        except BaseException:
            _undo(target, new, old)
            raise
        finally:
            if os.path.lexists(old) and os.path.lexists(target):
                shutil.rmtree(old, ignore_errors=True)
        recover(target)


def _undo(target: Path, new: Path, old: Path) -> None:
    """After a failed write: our staging tree goes; an old tree already moved aside comes back."""
    shutil.rmtree(new, ignore_errors=True)
    if not os.path.lexists(target) and old.is_dir():
        with contextlib.suppress(OSError):
            os.rename(old, target)


def write_file(path: str | Path, text: str) -> None:
    """Write one file whole or not at all; refuse a symlink, FIFO or device node at ``path``."""
    path = check_output_path(path)
    try:
        st = os.lstat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise _os_error(exc, path, "inspect the output") from None
    if st is not None and not stat.S_ISREG(st.st_mode):
        kind = "a symbolic link" if stat.S_ISLNK(st.st_mode) else "not a regular file"
        raise OutputError(f"is {kind}; refusing to replace it", file=str(path))
    tmp: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name[:200]}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp's 0600 is not what a report or committed file wants
        os.replace(tmp, path)
        tmp = None
    except OSError as exc:
        raise _os_error(exc, path, "write") from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
