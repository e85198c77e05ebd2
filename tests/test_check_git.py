"""check --git: a small git repository built from two release trees, a synthetic commit, a comment-only one.

Also runs the ready-made CI snippets (ci/gitlab-ci.yml, ci/github-action.yml,
.pre-commit-hooks.yaml) as far as they can run here: their xen-abi commands,
in a checkout of that repository, with the report files they publish.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import yaml
from conftest import needs_corpus
from xen_abi.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
PUBLIC = "xen/include/public"
FIELD = "struct evtchn_bind_virq.vcpu"
GIT = shutil.which("git")

pytestmark = [needs_corpus, pytest.mark.skipif(GIT is None, reason="git is not installed")]


def git(repo: Path, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    res = subprocess.run(
        [
            GIT,
            "-C",
            str(repo),
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@example.org",
            "-c",
            "commit.gpgsign=false",
            *args,
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return res.stdout.strip()


def _put_tree(repo: Path, tree: Path) -> None:
    dest = repo / PUBLIC
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(tree, dest)


@pytest.fixture(scope="module")
def repo(corpus: Path, tmp_path_factory) -> dict[str, object]:
    """A Xen-like repository: 4.21.0, 4.22.0, one stable field changed, then a comment-only commit."""
    repo = tmp_path_factory.mktemp("xen") / "xen"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "README").write_text("a Xen tree, public headers only\n")
    refs: dict[str, object] = {"path": repo}
    for release in ("4.21.0", "4.22.0"):
        _put_tree(repo, corpus / release)
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", f"Xen {release}")
        git(repo, "tag", f"RELEASE-{release}")
    header = repo / PUBLIC / "event_channel.h"
    text = header.read_text(encoding="utf-8")
    old = "    uint32_t virq; /* enum virq */\n    uint32_t vcpu;"
    assert text.count(old) == 1
    header.write_text(text.replace(old, "    uint32_t virq; /* enum virq */\n    int32_t vcpu;"), encoding="utf-8")
    git(repo, "commit", "-q", "-am", "evtchn: make bind_virq.vcpu signed")
    refs["synthetic"] = git(repo, "rev-parse", "HEAD")
    text = header.read_text(encoding="utf-8")
    header.write_text(text.replace("struct evtchn_bind_virq {", "/*\n * Bind a VIRQ.\n */\nstruct evtchn_bind_virq {"))
    git(repo, "commit", "-q", "-am", "evtchn: comment only")
    refs["comment"] = git(repo, "rev-parse", "HEAD")
    return refs


def _json(argv: list[str], capsys) -> tuple[int, dict]:
    status = main([*argv, "--format", "json"])
    return status, json.loads(capsys.readouterr().out)


def test_check_of_a_release_tag_finds_what_the_catalogue_diff_finds(repo, capsys):
    status, got = _json(
        ["check", "--git", str(repo["path"]), "--ref", "RELEASE-4.22.0", "--baseline", "4.21.0", "--arch", "x86_64"],
        capsys,
    )
    expected_status, expected = _json(
        ["diff", "4.21.0", "4.22.0", "--arch", "x86_64", "--fail-on", "interface-version"], capsys
    )
    assert got["changes"] == expected["changes"] and got["changes"]
    assert status == expected_status == 8 | 16
    assert got["new"]["source"] == "git" and got["new"]["commit"] == git(repo["path"], "rev-parse", "RELEASE-4.22.0")


def test_diff_of_two_refs_reads_them_without_checkout(repo, capsys):
    path = repo["path"]
    head_before = (path / PUBLIC / "event_channel.h").read_text()
    status, got = _json(["diff", "--git", str(path), "RELEASE-4.21.0", "RELEASE-4.22.0", "--arch", "x86_64"], capsys)
    _, expected = _json(["diff", "4.21.0", "4.22.0", "--arch", "x86_64"], capsys)
    assert got["changes"] == expected["changes"] and status == expected["exit_status"]
    assert (path / PUBLIC / "event_channel.h").read_text() == head_before
    assert git(path, "status", "--porcelain") == ""


def test_check_of_the_synthetic_commit_finds_exactly_the_changed_field(repo, capsys):
    status, got = _json(
        ["check", "--git", str(repo["path"]), "--ref", repo["synthetic"], "--baseline", "4.22.0", "--arch", "x86_64"],
        capsys,
    )
    assert status == 16
    [change] = got["changes"]
    assert (change["kind"], change["severity"], change["item"], change["before"], change["after"]) == (
        "field-type-changed",
        "breaking",
        FIELD,
        "uint32_t",
        "int32_t",
    )
    assert change["arch"] == ["x86_64"] and change["visibility"] == ["guest", "tools"]


def test_a_comment_only_commit_changes_nothing(repo, capsys):
    path = str(repo["path"])
    status, got = _json(["diff", "--git", path, repo["synthetic"], repo["comment"], "--arch", "x86_64"], capsys)
    assert (status, got["changes"]) == (0, [])
    # and HEAD (synthetic + comment) still differs from the release by exactly the one field
    status, got = _json(["check", "--git", path, "--baseline", "4.22.0", "--arch", "x86_64"], capsys)
    assert status == 16 and [c["item"] for c in got["changes"]] == [FIELD]


def test_sarif_locations_are_relative_to_the_repository(repo, capsys):
    main(["check", "--git", str(repo["path"]), "--baseline", "4.22.0", "--arch", "x86_64", "--format", "sarif"])
    [result] = json.loads(capsys.readouterr().out)["runs"][0]["results"]
    uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert uri == f"{PUBLIC}/event_channel.h"


def test_unknown_ref_and_not_a_repository(repo, tmp_path: Path, capsys):
    assert main(["check", "--git", str(repo["path"]), "--ref", "no-such-ref", "--baseline", "4.22.0"]) == 1
    assert "unknown git ref no-such-ref" in capsys.readouterr().err
    assert main(["diff", "--git", str(tmp_path), "HEAD~1", "HEAD"]) == 1
    assert "is not a git repository" in capsys.readouterr().err
    assert main(["check", "--ref", "HEAD", "--baseline", "4.22.0"]) == 3
    assert "--ref needs --git PATH" in capsys.readouterr().err


# -- the CI snippets ------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def checkout(repo, tmp_path_factory) -> Path:
    """A working copy of the repository at the synthetic commit (what CI checks out)."""
    work = tmp_path_factory.mktemp("ci") / "xen"
    subprocess.run([GIT, "clone", "-q", str(repo["path"]), str(work)], check=True, capture_output=True)
    git(work, "checkout", "-q", str(repo["synthetic"]))
    return work


def _shell(command: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # The snippets call the xen-abi console script; run the one of this interpreter.
    path = f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return subprocess.run(
        ["bash", "-c", command], cwd=cwd, env={**os.environ, **env, "PATH": path}, capture_output=True, text=True
    )


def test_gitlab_job_fails_and_publishes_its_reports(checkout: Path):
    job = yaml.safe_load((ROOT / "ci" / "gitlab-ci.yml").read_text())["xen-abi-drift"]
    env = {k: str(v) for k, v in job["variables"].items()}
    assert any("xen/include/public" in c for rule in job["rules"] for c in rule["changes"])
    for line in job["script"]:
        res = _shell(line, checkout, env)
        assert res.returncode == 16, res.stderr  # a non-zero status fails the GitLab job
        assert f"[breaking] field-type-changed: {FIELD}" in res.stdout
    reports = job["artifacts"]["reports"]
    suite = ET.parse(checkout / reports["junit"]).getroot().find("testsuite")
    assert suite.get("failures") == "1"
    [issue] = json.loads((checkout / reports["codequality"]).read_text())
    assert issue["location"]["path"] == f"{PUBLIC}/event_channel.h" and issue["severity"] == "critical"
    for path in job["artifacts"]["paths"]:
        assert (checkout / path).stat().st_size > 0
    assert json.loads((checkout / "xen-abi-drift.json").read_text())["exit_status"] == 16


def test_github_workflow_step_fails_and_writes_sarif_and_summary(checkout: Path, tmp_path: Path):
    workflow = yaml.safe_load((ROOT / "ci" / "github-action.yml").read_text())
    env = {k: str(v) for k, v in workflow["env"].items()}
    env["GITHUB_STEP_SUMMARY"] = str(tmp_path / "summary.md")
    steps = workflow["jobs"]["abi-drift"]["steps"]
    check = next(s for s in steps if "xen-abi check" in s.get("run", ""))
    res = _shell(check["run"], checkout, env)
    assert res.returncode == 16, res.stderr
    summary = next(s for s in steps if "GITHUB_STEP_SUMMARY" in s.get("run", ""))
    assert summary["if"] == "always()" and _shell(summary["run"], checkout, env).returncode == 0
    assert f"`{FIELD}`" in (tmp_path / "summary.md").read_text()
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif"))
    sarif = json.loads((checkout / upload["with"]["sarif_file"]).read_text())
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"][0]["ruleId"] == "field-type-changed"


def test_pre_commit_hook_fails_on_the_change_and_passes_on_the_release(checkout: Path, repo):
    [hook] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "xen-abi-check" and hook["pass_filenames"] is False
    files = re.compile(hook["files"])
    assert files.search(f"{PUBLIC}/event_channel.h") and not files.search("tools/libs/ctrl/xc_domain.c")
    command = " ".join([hook["entry"], "--baseline", "4.22.0"])  # the args its documentation shows
    res = _shell(command, checkout, {})
    assert res.returncode == 16 and FIELD in res.stdout
    git(checkout, "checkout", "-q", "RELEASE-4.22.0")
    try:
        res = _shell(command, checkout, {})
        assert res.returncode == 0, res.stdout + res.stderr
        assert "no ABI change" in res.stdout
    finally:
        git(checkout, "checkout", "-q", str(repo["synthetic"]))


def test_documented_commands_quote_the_snippets():
    doc = (ROOT / "docs" / "drift.md").read_text()
    gitlab = yaml.safe_load((ROOT / "ci" / "gitlab-ci.yml").read_text())["xen-abi-drift"]["script"][0]
    assert shlex.split(gitlab)[0:2] == ["xen-abi", "check"] and "ci/gitlab-ci.yml" in doc
    assert "ci/github-action.yml" in doc and ".pre-commit-hooks.yaml" in doc
