"""`xen-abi headers`: a corpus populated from a Xen clone or tarballs matches the originals."""

from __future__ import annotations

import shutil
import subprocess
import tarfile

from conftest import CORPUS, needs_corpus
from xen_abi.cli.main import main
from xen_abi.frontend.populate import read_manifest
from xen_abi.frontend.source import from_directory


def test_manifest_names_every_release():
    rows = read_manifest()
    assert [r.version for r in rows][:3] == ["4.0.0", "4.1.0", "4.2.0"]
    assert rows[-1].version == "4.23-unstable" and rows[-1].tag == "master"
    assert all(len(r.commit) == 40 for r in rows)


@needs_corpus
def test_populate_from_a_git_clone_and_a_tarball(tmp_path, capsys):
    # A Xen-like clone: the public headers at xen/include/public, tagged per release.
    repo = tmp_path / "xen"
    public = repo / "xen" / "include" / "public"
    git = ["git", "-C", str(repo), "-c", "user.name=t", "-c", "user.email=t@t"]
    repo.mkdir()
    subprocess.run([*git, "init", "-q"], check=True)
    for release in ("4.14.0", "4.15.0"):
        shutil.rmtree(public, ignore_errors=True)
        shutil.copytree(CORPUS / release, public)
        subprocess.run([*git, "rm", "-rq", "--cached", "--ignore-unmatch", "."], check=True)
        subprocess.run([*git, "add", "-A"], check=True)
        subprocess.run([*git, "commit", "-qm", release], check=True)
        subprocess.run([*git, "tag", f"RELEASE-{release}"], check=True)
    out = tmp_path / "corpus"
    assert main(["headers", "--git", str(repo), "--release", "4.14.0", "--release", "4.15.0", "-o", str(out)]) == 0
    for release in ("4.14.0", "4.15.0"):
        assert (
            from_directory(out / release).provenance.tree_hash == from_directory(CORPUS / release).provenance.tree_hash
        )
    assert "4.15.0\tRELEASE-4.15.0" in (out / "MANIFEST.tsv").read_text()

    tarball = tmp_path / "xen-4.22.0.tar.gz"
    with tarfile.open(tarball, "w:gz") as tar:
        tar.add(CORPUS / "4.22.0", arcname="xen-4.22.0/xen/include/public")
    assert main(["headers", str(tarball), "-o", str(out)]) == 0
    assert from_directory(out / "4.22.0").provenance.tree_hash == from_directory(CORPUS / "4.22.0").provenance.tree_hash
    assert main(["headers", "--git", str(repo), "--release", "9.9", "-o", str(out)]) == 2
    assert "unknown release '9.9'" in capsys.readouterr().err
