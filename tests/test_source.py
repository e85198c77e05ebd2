"""Header sources against the real corpus and small fixtures built in tmp_path."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest
from conftest import CORPUS
from xen_abi.common.errors import EXIT_INPUT, XenAbiError
from xen_abi.frontend import source
from xen_abi.frontend.source import from_directory, from_git, from_tarball, open_source, tree_hash

needs_corpus = pytest.mark.skipif(
    not (CORPUS / "4.15.0" / "xen.h").is_file(),
    reason=f"Xen header corpus not found at {CORPUS} (expected ../shared/xen-headers from the repo root)",
)
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def disk_headers(root: Path) -> dict[str, bytes]:
    """The *.h files under ``root`` as the tree should hold them."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*.h") if p.is_file()}


def git(repo: Path, *args: str) -> str:
    cmd = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    cmd += ["-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", *args]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def make_tar(dest: Path, entries: dict[str, bytes], mode: str = "w:gz") -> Path:
    with tarfile.open(dest, mode) as tar:
        for name, data in entries.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return dest


def assert_input_error(exc: pytest.ExceptionInfo[XenAbiError], *needles: str) -> None:
    assert exc.value.exit_status == EXIT_INPUT
    for needle in needles:
        assert needle in str(exc.value)


# --- directory --------------------------------------------------------------------------------


@needs_corpus
def test_directory_release_tree() -> None:
    tree = from_directory(CORPUS / "4.15.0")
    for name in ("xen.h", "hvm/dm_op.h", "io/ring.h", "arch-x86/xen.h"):
        assert name in tree.files
    assert dict(tree.files) == disk_headers(CORPUS / "4.15.0")
    assert tree.release_hint == "4.15.0"
    manifest = {
        row[0]: row for row in (line.split("\t") for line in (CORPUS / "MANIFEST.tsv").read_text().splitlines())
    }
    prov = tree.provenance
    assert (prov.kind, prov.location) == ("directory", str(CORPUS / "4.15.0"))
    assert prov.ref == "RELEASE-4.15.0"
    assert prov.commit == manifest["4.15.0"][2]
    assert prov.tree_hash == tree_hash(tree.files)
    assert "COPYING" not in tree.files


@needs_corpus
def test_directory_source_tree_layout(tmp_path: Path) -> None:
    src = tmp_path / "xen-4.15.0"
    shutil.copytree(CORPUS / "4.15.0", src / "xen" / "include" / "public")
    (src / "tools").mkdir()
    (src / "tools" / "other.h").write_text("/* not public */\n")
    tree = from_directory(src)
    assert tree.files == from_directory(CORPUS / "4.15.0").files
    assert tree.release_hint == "4.15.0"
    assert (tree.provenance.ref, tree.provenance.commit) == (None, None)
    # Same for the other candidate layouts.
    assert from_directory(src / "xen").files == tree.files  # include/public
    assert from_directory(src / "xen" / "include").files == tree.files  # public


def test_directory_follows_symlinks(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "ring.h").write_bytes(b"ring\n")
    root = tmp_path / "include"
    root.mkdir()
    (root / "xen.h").write_bytes(b"xen\n")
    (root / "README").write_bytes(b"not a header\n")
    (root / "io").symlink_to(elsewhere, target_is_directory=True)
    (root / "alias.h").symlink_to(root / "xen.h")
    (root / "loop").symlink_to(root, target_is_directory=True)  # must not recurse forever
    tree = from_directory(root)
    assert dict(tree.files) == {"alias.h": b"xen\n", "io/ring.h": b"ring\n", "xen.h": b"xen\n"}
    assert tree.release_hint is None


def test_directory_errors(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(XenAbiError) as exc:
        from_directory(missing)
    assert_input_error(exc, str(missing), "does not exist")

    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(XenAbiError) as exc:
        from_directory(empty)
    assert_input_error(exc, str(empty), "empty")

    other = tmp_path / "other"
    (other / "include").mkdir(parents=True)
    (other / "include" / "stdio.h").write_text("int x;\n")
    with pytest.raises(XenAbiError) as exc:
        from_directory(other)
    assert_input_error(exc, str(other), "is not a Xen public header tree", "no xen.h in")

    a_file = tmp_path / "file.txt"
    a_file.write_text("x")
    with pytest.raises(XenAbiError) as exc:
        open_source(str(a_file))
    assert_input_error(exc, str(a_file))


def test_directory_unreadable_header(tmp_path: Path) -> None:
    (tmp_path / "xen.h").write_text("x")
    (tmp_path / "dangling.h").symlink_to(tmp_path / "gone.h")
    with pytest.raises(XenAbiError) as exc:
        from_directory(tmp_path)
    assert_input_error(exc, "dangling.h")


@needs_corpus
def test_materialize_roundtrip(tmp_path: Path) -> None:
    tree = from_directory(CORPUS / "4.15.0")
    dest = tree.materialize(tmp_path / "out")
    assert dest == tmp_path / "out"
    assert (dest / "hvm" / "dm_op.h").read_bytes() == tree.files["hvm/dm_op.h"]
    assert from_directory(dest).provenance.tree_hash == tree.provenance.tree_hash


def test_tree_hash_definition() -> None:
    import hashlib

    files = {"b.h": b"2", "a/x.h": b"11"}
    expected = hashlib.sha256(b"a/x.h\x002\x0011" + b"b.h\x001\x002").hexdigest()
    assert tree_hash(files) == "sha256:" + expected
    # Order-independent, and the length field keeps path/content boundaries unambiguous.
    assert tree_hash(dict(reversed(list(files.items())))) == tree_hash(files)
    assert tree_hash({"a": b"b\x00c"}) != tree_hash({"a\x00b": b"c"})


# --- git --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def xen_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (CORPUS / "4.15.0" / "xen.h").is_file():
        pytest.skip(f"Xen header corpus not found at {CORPUS}")
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path_factory.mktemp("xen-git")
    git(repo, "init", "-q")
    public = repo / "xen" / "include" / "public"
    for version in ("4.14.0", "4.15.0"):
        if public.exists():
            # Releases share sizes and mtimes (copytree keeps them), so git's stat cache
            # would keep the old blobs: drop the index entries to force re-hashing.
            git(repo, "rm", "-r", "-q", "--cached", "xen")
            shutil.rmtree(public)
        shutil.copytree(CORPUS / version, public)
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", f"Xen {version}")
        git(repo, "tag", f"RELEASE-{version}")
    return repo


@pytest.mark.parametrize("version", ["4.14.0", "4.15.0"])
def test_git_matches_directory(xen_repo: Path, version: str) -> None:
    head = git(xen_repo, "rev-parse", "HEAD")
    tree = from_git(xen_repo, f"RELEASE-{version}")
    on_disk = from_directory(CORPUS / version)
    assert dict(tree.files) == dict(on_disk.files)
    assert tree.provenance.tree_hash == on_disk.provenance.tree_hash
    commit = git(xen_repo, "rev-parse", f"RELEASE-{version}^{{commit}}").strip()
    assert tree.provenance == source.Provenance(
        "git", str(xen_repo), f"RELEASE-{version}", commit, on_disk.provenance.tree_hash
    )
    assert tree.release_hint == version
    # Nothing checked out or changed.
    assert git(xen_repo, "status", "--porcelain") == ""
    assert git(xen_repo, "rev-parse", "HEAD") == head


def test_git_open_source_and_errors(xen_repo: Path, tmp_path: Path) -> None:
    assert open_source("RELEASE-4.14.0", git=xen_repo).provenance.kind == "git"

    with pytest.raises(XenAbiError) as exc:
        from_git(xen_repo, "RELEASE-9.9.9")
    assert_input_error(exc, "unknown git ref RELEASE-9.9.9", str(xen_repo))

    not_repo = tmp_path / "plain"
    not_repo.mkdir()
    with pytest.raises(XenAbiError) as exc:
        from_git(not_repo, "HEAD")
    assert_input_error(exc, str(not_repo), "not a git repository")

    with pytest.raises(XenAbiError) as exc:
        from_git(tmp_path / "missing", "HEAD")
    assert_input_error(exc, str(tmp_path / "missing"), "does not exist")


@needs_git
def test_git_public_root_repo_and_errors(tmp_path: Path) -> None:
    repo = tmp_path / "pub"
    (repo / "hvm").mkdir(parents=True)
    (repo / "xen.h").write_bytes(b"/* xen */\n")
    (repo / "hvm" / "dm_op.h").write_bytes(b"/* dm_op */\n")
    (repo / "notes.txt").write_bytes(b"skip me\n")
    os.symlink("xen.h", repo / "link.h")
    git(repo, "init", "-q")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "one")
    tree = from_git(repo, "HEAD")
    # Symlinks in git (mode 120000) are skipped like tar links.
    assert dict(tree.files) == {"hvm/dm_op.h": b"/* dm_op */\n", "xen.h": b"/* xen */\n"}
    assert tree.release_hint is None

    (repo / "xen.h").unlink()
    git(repo, "commit", "-q", "-am", "drop xen.h")
    with pytest.raises(XenAbiError) as exc:
        from_git(repo, "HEAD")
    assert_input_error(exc, str(repo), "no xen.h")


def test_git_not_installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(source.shutil, "which", lambda name: None)
    with pytest.raises(XenAbiError) as exc:
        from_git(tmp_path, "HEAD")
    assert_input_error(exc, "git is not installed")


# --- tarball ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def release_tarball(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (CORPUS / "4.15.0" / "xen.h").is_file():
        pytest.skip(f"Xen header corpus not found at {CORPUS}")
    dest = tmp_path_factory.mktemp("tar") / "xen-4.15.0.tar.gz"
    with tarfile.open(dest, "w:gz") as tar:
        tar.add(CORPUS / "4.15.0", arcname="xen-4.15.0/xen/include/public")
        readme = b"Xen\n"
        info = tarfile.TarInfo("xen-4.15.0/README")
        info.size = len(readme)
        tar.addfile(info, io.BytesIO(readme))
    return dest


def test_tarball_matches_directory(release_tarball: Path) -> None:
    tree = from_tarball(release_tarball)
    on_disk = from_directory(CORPUS / "4.15.0")
    assert dict(tree.files) == dict(on_disk.files)
    assert tree.provenance.tree_hash == on_disk.provenance.tree_hash
    assert tree.provenance == source.Provenance(
        "tarball", str(release_tarball), None, None, on_disk.provenance.tree_hash
    )
    assert tree.release_hint == "4.15.0"
    assert open_source(str(release_tarball)).files == tree.files


def test_tarball_broken(release_tarball: Path, tmp_path: Path) -> None:
    truncated = tmp_path / "xen-4.15.0.tar.gz"
    data = release_tarball.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    with pytest.raises(XenAbiError) as exc:
        from_tarball(truncated)
    assert_input_error(exc, f"cannot read tarball {truncated}")

    garbage = tmp_path / "x.tar.gz"
    garbage.write_bytes(os.urandom(4096))
    with pytest.raises(XenAbiError) as exc:
        open_source(str(garbage))
    assert_input_error(exc, f"cannot read tarball {garbage}")

    with pytest.raises(XenAbiError) as exc:
        from_tarball(tmp_path / "missing.tar.xz")
    assert_input_error(exc, str(tmp_path / "missing.tar.xz"), "does not exist")


def test_tarball_truncated_at_member_boundary(tmp_path: Path) -> None:
    # A plain tar cut exactly before a header: tarfile alone would take it as complete.
    whole = make_tar(tmp_path / "whole.tar", {"xen.h": b"xen", "io/ring.h": b"ring"}, "w")
    with tarfile.open(whole) as tar:
        cut = tar.getmember("io/ring.h").offset
    short = tmp_path / "short.tar"
    short.write_bytes(whole.read_bytes()[:cut])
    assert dict(from_tarball(whole).files) == {"io/ring.h": b"ring", "xen.h": b"xen"}
    with pytest.raises(XenAbiError) as exc:
        from_tarball(short)
    assert_input_error(exc, f"cannot read tarball {short}", "truncated")


def test_tarball_without_headers(tmp_path: Path) -> None:
    tar = make_tar(tmp_path / "xen-4.15.0.tar.xz", {"xen-4.15.0/tools/foo.h": b"x"}, "w:xz")
    with pytest.raises(XenAbiError) as exc:
        from_tarball(tar)
    assert_input_error(exc, str(tar), "no xen.h")


@pytest.mark.parametrize("top", ["", "public/", "include/"])
def test_tarball_of_public_tree(tmp_path: Path, top: str) -> None:
    entries = {f"{top}xen.h": b"xen", f"{top}io/ring.h": b"ring", f"{top}COPYING": b"mit"}
    tar = make_tar(tmp_path / "headers.tar.bz2", entries, "w:bz2")
    tree = from_tarball(tar)
    assert dict(tree.files) == {"io/ring.h": b"ring", "xen.h": b"xen"}
    assert tree.release_hint is None


def test_tarball_skips_links(tmp_path: Path) -> None:
    dest = tmp_path / "pub.tar"
    with tarfile.open(dest, "w") as tar:
        for name, data in {"./xen.h": b"xen", "../evil.h": b"evil"}.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for name, kind in (("sym.h", tarfile.SYMTYPE), ("hard.h", tarfile.LNKTYPE)):
            info = tarfile.TarInfo(name)
            info.type = kind
            info.linkname = "xen.h"
            tar.addfile(info)
    tree = from_tarball(dest)
    assert dict(tree.files) == {"xen.h": b"xen"}


def test_header_tree_is_read_only(tmp_path: Path) -> None:
    (tmp_path / "xen.h").write_bytes(b"x")
    tree = from_directory(tmp_path)
    assert isinstance(tree, source.HeaderTree)
    with pytest.raises(TypeError):
        tree.files["new.h"] = b"y"  # type: ignore[index]
