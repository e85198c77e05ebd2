"""Outputs (issue 14): never over what xen-abi did not write, whole or not at all, one writer at a time."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from xen_abi.cli.main import main
from xen_abi.common import fsio
from xen_abi.store.catalogue import Catalogue

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "xen-headers"
SUBSET = ("xen.h", "xen-compat.h", "arch-x86/xen.h", "arch-x86/xen-x86_32.h", "arch-x86/xen-x86_64.h")
needs_corpus = pytest.mark.skipif(not (CORPUS / "4.22.0").is_dir(), reason="needs ../shared/xen-headers")
REPO = Path(__file__).resolve().parents[1]


def small_tree(tmp_path: Path, release: str) -> Path:
    root = tmp_path / "src" / release
    for rel in SUBSET:
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(CORPUS / release / rel, root / rel)
    return root


def snapshot(path: Path) -> dict[str, bytes]:
    return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}


# -- never over what xen-abi did not write ------------------------------------------------------------


@needs_corpus
def test_ingest_refuses_a_directory_of_the_users(tmp_path, capsys):
    mine = tmp_path / "mydata"
    mine.mkdir()
    (mine / "thesis.tex").write_text("years of work")
    argv = ["ingest", str(small_tree(tmp_path, "4.22.0")), "-o", str(mine), "--arch", "x86_64", "--no-cache", "-q"]
    assert main(argv) == 2
    assert "thesis.tex" in capsys.readouterr().err
    assert snapshot(mine) == {"thesis.tex": b"years of work"}
    assert main([*argv, "--force"]) == 0  # what --force is for
    assert Catalogue.load(mine).releases == ["4.22.0"]


def test_report_refuses_a_website_with_an_index_html(tmp_path, capsys):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<h1>my site</h1>")
    (site / "about.html").write_text("me")
    assert main(["report", "-o", str(site), "-q"]) == 2
    assert "xen-abi: error:" in capsys.readouterr().err
    assert snapshot(site) == {"index.html": b"<h1>my site</h1>", "about.html": b"me"}


@pytest.mark.parametrize("kind", ["fifo", "symlink", "device"])
def test_special_files_at_an_output_path_are_never_replaced(tmp_path, capsys, kind):
    target = tmp_path / "out.json"
    if kind == "fifo":
        os.mkfifo(target)
    elif kind == "symlink":
        (tmp_path / "elsewhere.json").write_text("keep")
        target.symlink_to(tmp_path / "elsewhere.json")
    else:
        target = Path("/dev/null")
    before = os.lstat(target)
    status = main(["diff", "4.21.0", "4.22.0", "--format", "json", "-o", str(target)])
    assert status == 3  # error with usage: the bitmask's 1 | 2
    assert "refusing to replace" in capsys.readouterr().err
    after = os.lstat(target)
    assert (stat.S_IFMT(after.st_mode), after.st_ino, after.st_rdev) == (
        stat.S_IFMT(before.st_mode),
        before.st_ino,
        before.st_rdev,
    )
    if kind == "symlink":
        assert (tmp_path / "elsewhere.json").read_text() == "keep"


def test_a_symlinked_or_non_directory_output_directory_is_refused(tmp_path):
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    (tmp_path / "file").write_text("x")
    for target in ("link", "file"):
        with pytest.raises(fsio.OutputError):
            fsio.write_dir({"a.txt": "a"}, tmp_path / target)
    assert (tmp_path / "file").read_text() == "x" and not any((tmp_path / "real").iterdir())


# -- whole or not at all ------------------------------------------------------------------------------


def test_write_dir_replaces_a_previous_output_and_uses_the_umask(tmp_path):
    target = tmp_path / "out"
    fsio.write_dir({"a.txt": "old", "sub/b.txt": "old"}, target)
    fsio.write_dir({"a.txt": "new"}, target)
    assert snapshot(target) == {fsio.MARKER: b"a.txt\n", "a.txt": b"new"}
    old_mask = os.umask(0o022)
    try:
        fsio.write_dir({"sub/c.txt": "c"}, tmp_path / "perm")
    finally:
        os.umask(old_mask)
    assert stat.S_IMODE((tmp_path / "perm").stat().st_mode) == 0o755  # not mkdtemp's 0700
    assert stat.S_IMODE((tmp_path / "perm" / "sub").stat().st_mode) == 0o755
    assert stat.S_IMODE((tmp_path / "perm" / "sub" / "c.txt").stat().st_mode) == 0o644
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "perm"]  # no leftovers


KILL_BETWEEN_RENAMES = """
import os, signal, sys
from pathlib import Path
from xen_abi.common import fsio
real_rename = os.rename
def rename(src, dst):
    real_rename(src, dst)
    if str(dst).endswith(fsio.OLD_SUFFIX):  # the old tree moved aside, the new not yet in place
        os.kill(os.getpid(), signal.SIGKILL)
os.rename = rename
fsio.write_dir({"index.json": sys.argv[2]}, Path(sys.argv[1]))
"""


@pytest.mark.parametrize("complete", [True, False])
def test_a_kill_between_the_two_renames_is_recovered_on_the_next_run(tmp_path, complete):
    target = tmp_path / "cat"
    fsio.write_dir({"index.json": "old"}, target)
    proc = subprocess.run([sys.executable, "-c", KILL_BETWEEN_RENAMES, str(target), "new"], cwd=REPO)
    assert proc.returncode == -9 and not target.exists()  # the moment the issue describes
    if not complete:  # killed before the new tree's marker: it must not be taken for complete
        (tmp_path / f".cat{fsio.NEW_SUFFIX}" / fsio.MARKER).unlink()
    fsio.recover(target)
    assert (target / "index.json").read_text() == ("new" if complete else "old")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cat"]


def test_a_reader_recovers_a_catalogue_left_between_renames(tmp_path):
    shutil.copytree(REPO / "abi" / "data" / "catalogue", tmp_path / f".cat{fsio.OLD_SUFFIX}")
    assert Catalogue.load(tmp_path / "cat").releases  # put back, not "no catalogue here"


@needs_corpus
def test_an_interrupted_ingest_leaves_the_previous_catalogue(tmp_path):
    out = tmp_path / "cat"
    tree = small_tree(tmp_path, "4.22.0")
    assert main(["ingest", str(tree), "-o", str(out), "--arch", "x86_64", "--no-cache", "-q"]) == 0
    before = snapshot(out)
    script = KILL_BETWEEN_RENAMES.replace(
        'fsio.write_dir({"index.json": sys.argv[2]}, Path(sys.argv[1]))',
        "from xen_abi.cli.main import main; main(sys.argv[1:])",
    )
    argv = ["ingest", str(small_tree(tmp_path, "4.21.0")), "-o", str(out), "--arch", "x86_64", "--no-cache", "-q"]
    assert subprocess.run([sys.executable, "-c", script, *argv], cwd=REPO).returncode == -9
    catalogue = Catalogue.load(out)  # recovered forward: the new catalogue, complete
    assert catalogue.releases == ["4.21.0", "4.22.0"]
    assert {k: v for k, v in snapshot(out).items() if k.endswith("4.22.0.json")} == {
        k: v for k, v in before.items() if k.endswith("4.22.0.json")
    }


# -- one writer at a time -------------------------------------------------------------------------------


WRITE_ONE = """
from pathlib import Path
from xen_abi.common import fsio
fsio.write_dir({{"x": "2"}}, Path({target!r}))
"""


def test_a_second_writer_waits_for_the_lock(tmp_path):
    target = tmp_path / "cat"
    script = WRITE_ONE.format(target=str(target))
    with fsio.locked(target):
        proc = subprocess.Popen([sys.executable, "-c", script], cwd=REPO)
        time.sleep(1.5)
        assert proc.poll() is None and not target.exists()  # waiting, not failing, not writing
    assert proc.wait(timeout=60) == 0
    assert (target / "x").read_text() == "2"


INGEST = (sys.executable, "-m", "xen_abi", "ingest")


@needs_corpus
def test_two_concurrent_ingests_into_one_catalogue_keep_both_releases(tmp_path):
    out = tmp_path / "cat"
    procs = [
        subprocess.Popen(
            [
                *INGEST,
                str(small_tree(tmp_path, r)),
                "-o",
                str(out),
                "--arch",
                "x86_64",
                "--no-cache",
                "-q",
                "--jobs",
                "1",
            ],
            cwd=REPO,
            stderr=subprocess.PIPE,
            text=True,
        )
        for r in ("4.21.0", "4.22.0")
    ]
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err
    assert Catalogue.load(out).releases == ["4.21.0", "4.22.0"]


# -- headers: a release tree is replaced whole, never removed first ---------------------------------------


@needs_corpus
def test_headers_replaces_its_own_release_trees_and_refuses_others(tmp_path, capsys):
    corpus = tmp_path / "corpus"
    tree = small_tree(tmp_path, "4.22.0")
    assert main(["headers", str(tree), "-o", str(corpus)]) == 0
    assert (corpus / "4.22.0" / "xen.h").read_bytes() == (tree / "xen.h").read_bytes()
    assert main(["headers", str(tree), "-o", str(corpus)]) == 0  # its own output: replaced
    (corpus / "4.22.0" / "notes.txt").write_text("mine")
    assert main(["headers", str(tree), "-o", str(corpus)]) == 2
    assert (corpus / "4.22.0" / "notes.txt").read_text() == "mine"
    assert "notes.txt" in capsys.readouterr().err
