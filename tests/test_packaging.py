"""Packaging: licences, metadata, the index page's README, the CI snippets' install step, README's first command.

The slow steps (README's first command in a clean environment, building, checking and installing the
wheels) run in .ci/run only; these are the fast checks of what they rest on.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import tomllib
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]
XEN_NOTICE = ROOT / "abi" / "data" / "licenses" / "XEN-PUBLIC-HEADERS"
CORPORA = [ROOT.parent / "shared" / "xen-headers", ROOT.parent / "shared" / "xen-headers-point"]


def test_readme_first_command_is_extracted_from_the_text_readme_shows():
    printed = subprocess.run(
        [ROOT / ".ci" / "readme-first-command", "--print"], capture_output=True, text=True, check=True
    ).stdout
    block = (ROOT / "README.md").read_text(encoding="utf-8").split("## Two commands", 1)[1].split("```sh\n", 1)[1]
    lines = block.split("```", 1)[0].splitlines()
    assert lines[0].startswith("# 1. ")
    assert printed == lines[1] + "\n"
    steps = [step.strip() for step in printed.split("&&")]
    assert steps[0] == "sudo apt-get install -y python3-venv"  # stock Debian's Python has no venv module
    assert steps[1] == "python3 -m venv .venv"  # PEP 668: never pip into the system Python
    assert shlex.split(steps[-1])[0:2] == [".venv/bin/xen-abi", "show"]


def test_readme_first_command_refuses_a_readme_without_the_marker(tmp_path: Path):
    (tmp_path / ".ci").mkdir()
    script = tmp_path / ".ci" / "readme-first-command"
    script.write_bytes((ROOT / ".ci" / "readme-first-command").read_bytes())
    script.chmod(0o755)
    (tmp_path / "README.md").write_text("# x\n\n```sh\nsudo true\n```\n")
    res = subprocess.run([script, "--print"], capture_output=True, text=True)
    assert res.returncode == 1 and "no command after the <!-- readme-first-command --> marker" in res.stderr


def test_licence_files_are_declared_and_shipped():
    assert PROJECT["license"] == "MIT"  # an SPDX expression (PEP 639), not the deprecated table
    files = PROJECT["license-files"]
    assert "LICENSE" in files and XEN_NOTICE.relative_to(ROOT).as_posix() in files
    assert all((ROOT / name).is_file() for name in files)
    assert (ROOT / "LICENSE").read_text().startswith("MIT License\n")
    # codegen copies the package's copy into what it generates: it must be the project's licence.
    assert (ROOT / "abi" / "data" / "licenses" / "LICENSE").read_bytes() == (ROOT / "LICENSE").read_bytes()
    assert "data/licenses/*" in PYPROJECT["tool"]["setuptools"]["package-data"]["xen_abi"]
    requires = PYPROJECT["build-system"]["requires"]
    assert requires == ["setuptools>=77"]  # the first setuptools with PEP 639's license and license-files


@pytest.mark.corpus
def test_xen_notice_is_the_one_every_catalogued_release_carries():
    notice = XEN_NOTICE.read_bytes()
    copies = [tree / "COPYING" for corpus in CORPORA if corpus.is_dir() for tree in corpus.iterdir() if tree.is_dir()]
    if not copies:
        pytest.skip("no header corpus at ../shared/xen-headers")
    present = [copy for copy in copies if copy.is_file()]
    assert len(present) > 100
    assert [copy for copy in present if copy.read_bytes() != notice] == []


def test_metadata_is_complete_and_invents_no_url():
    for key in ("description", "readme", "requires-python", "authors", "keywords", "classifiers"):
        assert PROJECT.get(key), key
    assert "urls" not in PROJECT  # no public home exists yet
    floor = re.fullmatch(r">=3\.(\d+)", PROJECT["requires-python"])
    assert floor
    versions = re.compile(r"Programming Language :: Python :: 3\.(\d+)")
    minors = sorted(int(m.group(1)) for c in PROJECT["classifiers"] if (m := versions.fullmatch(c)))
    assert minors[0] == int(floor.group(1))  # the classifiers start at the floor requires-python states


def test_index_readme_has_no_link_that_is_dead_without_the_repository():
    readme = (ROOT / PROJECT["readme"]).read_text(encoding="utf-8")
    targets = re.findall(r"\]\(([^)]*)\)", readme) + re.findall(r"""(?:href|src)=["']([^"']*)""", readme)
    assert [t for t in targets if not t.startswith("https://")] == []
    assert "pip install xen-abi" not in readme  # not on any index yet


def _install_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if "pip install" in line and not line.lstrip().startswith("#")]


@pytest.mark.parametrize("snippet", ["github-action.yml", "gitlab-ci.yml"])
def test_ci_snippets_install_xen_abi_from_a_path_not_from_an_index(snippet: str):
    text = (ROOT / "ci" / snippet).read_text()
    doc = yaml.safe_load(text)
    env = doc["env"] if "env" in doc else doc["xen-abi-drift"]["variables"]
    spec = env["XEN_ABI_PIP_SPEC"]
    assert spec.startswith("./")  # pip reads a path as a local project or file, never as an index name
    [install] = _install_lines(text)
    command = shlex.split(install.split("run:", 1)[-1].strip().lstrip("- "))
    assert command == ["python3", "-m", "pip", "install", "-q", "$XEN_ABI_PIP_SPEC"]


def test_github_workflow_checks_out_xen_abi_where_it_installs_from():
    workflow = yaml.safe_load((ROOT / "ci" / "github-action.yml").read_text())
    steps = workflow["jobs"]["abi-drift"]["steps"]
    checkout = next(s for s in steps if s.get("name") == "Check out xen-abi")
    install = next(s for s in steps if s.get("name") == "Install xen-abi")
    assert steps.index(checkout) < steps.index(install)
    assert f"./{checkout['with']['path']}" == workflow["env"]["XEN_ABI_PIP_SPEC"]
    assert checkout["with"]["repository"] == "${{ vars.XEN_ABI_REPOSITORY }}"  # the user's setting, no invented URL


def test_gitlab_job_clones_xen_abi_from_the_configured_url(tmp_path: Path):
    job = yaml.safe_load((ROOT / "ci" / "gitlab-ci.yml").read_text())["xen-abi-drift"]
    [clone] = [line for line in job["before_script"] if "git clone" in line]
    env = {"PATH": os.environ["PATH"], "HOME": str(tmp_path), **{k: str(v) for k, v in job["variables"].items()}}
    res = subprocess.run(["sh", "-c", clone], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert res.returncode != 0 and "set the CI/CD variable XEN_ABI_GIT_URL" in res.stderr
    origin = tmp_path / "origin"
    subprocess.run(["git", "init", "-q", origin], check=True)
    (origin / "pyproject.toml").write_text("[project]\nname = 'stand-in'\n")
    git = ["git", "-C", origin, "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "x"], check=True)
    subprocess.run([*git, "tag", "v0.1.0"], check=True)
    env |= {"XEN_ABI_GIT_URL": origin.as_uri(), "XEN_ABI_REF": "v0.1.0"}
    subprocess.run(["sh", "-c", clone], cwd=tmp_path, env=env, check=True)
    assert (tmp_path / "xen-abi" / "pyproject.toml").is_file()
    subprocess.run(["sh", "-c", clone], cwd=tmp_path, env=env, check=True)  # already there: kept, not cloned again
