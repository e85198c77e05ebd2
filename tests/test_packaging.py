"""Packaging: licences, metadata, the index page's README, the CI snippets' install step, README's first command.

The slow steps (README's first command in a clean environment, building, checking and installing the
wheels) run in .ci/run only; these are the fast checks of what they rest on.
"""

from __future__ import annotations

import ast
import os
import re
import shlex
import subprocess
import tomllib
from pathlib import Path

import pytest
import xen_abi
import yaml
from xen_abi.cli.main import main
from xen_abi.codegen import distribution
from xen_abi.codegen.distribution import check_distribution_target, render_distribution
from xen_abi.codegen.select import Selection
from xen_abi.common.errors import EXIT_USAGE

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


# The distribution xen-abi-bindings: codegen cffi --distribution writes it next to the package.

GENERATED = ROOT / "generated"


def _selection(releases: tuple[str, ...], archs: tuple[str, ...] = ("x86_64", "arm64")) -> Selection:
    # The distribution's files read only the range, the architectures and whether tools views are in.
    return Selection(releases=releases, archs=archs, with_tools_only=True, provenance={}, per_arch={})


def test_bindings_distribution_is_deterministic_and_needs_only_cffi():
    selection = _selection(("4.21.0", "4.22.0"))
    files = render_distribution("xen_abi_bindings", selection)
    assert files == render_distribution("xen_abi_bindings", selection)
    assert sorted(files) == sorted(distribution.FILES)
    config = tomllib.loads(files["pyproject.toml"])
    project = config["project"]
    assert files["pyproject.toml"].startswith(distribution.MARKER + "\n")
    assert project["name"] == "xen-abi-bindings" and project["version"] == xen_abi.__version__
    assert project["dependencies"] == ["cffi>=1.15"]  # Debian 12's cffi is 1.15.1
    assert project["license"] == "MIT" and all(name in files for name in project["license-files"])
    assert files["LICENSE"] == (ROOT / "LICENSE").read_text() and files["XEN-PUBLIC-HEADERS"] == XEN_NOTICE.read_text()
    assert config["tool"]["setuptools"]["packages"] == ["xen_abi_bindings"]
    assert "data/*.json" in config["tool"]["setuptools"]["package-data"]["xen_abi_bindings"]
    assert "Xen 4.21.0 to 4.22.0" in project["description"]
    readme = files[project["readme"]]
    assert 'for_release("4.22.0")' in readme and not re.findall(r"\]\((?!https://)", readme)


def test_bindings_distribution_escapes_what_it_did_not_write():
    hostile = '4.22.0"\n[tool.evil]\nx = "'
    files = render_distribution("xen_abi_bindings", _selection(("4.21.0", hostile), archs=("x86_64", "<b>arm64</b>")))
    config = tomllib.loads(files["pyproject.toml"])
    assert set(config) == {"build-system", "project", "tool"} and set(config["tool"]) == {"setuptools"}
    assert hostile in config["project"]["description"]  # one TOML string, nothing injected
    readme = files["README.bindings.md"]
    assert "<b>" not in readme and r"\<b\>arm64" in readme  # Markdown shows it literally
    assert r'for_release("4.22.0\"\x0a[tool.evil]\x0ax = \"")' in readme  # one Python string literal


def test_committed_bindings_distribution_matches_the_package_beside_it():
    config = tomllib.loads((GENERATED / "pyproject.toml").read_text())
    assert (GENERATED / "pyproject.toml").read_text().startswith(distribution.MARKER + "\n")
    assert config["project"]["requires-python"] == distribution.REQUIRES_PYTHON
    for name in config["project"]["license-files"] + [config["project"]["readme"]]:
        assert (GENERATED / name).is_file(), name
    [package] = config["tool"]["setuptools"]["packages"]
    assert (GENERATED / package / "__init__.py").is_file()
    # The root distribution (the tool) no longer carries the bindings: two distributions, one owner per file.
    assert "xen_abi_bindings" not in PYPROJECT["tool"]["setuptools"]["packages"]
    assert not any(dep.startswith("cffi") for dep in PROJECT["dependencies"])


def test_bindings_runtime_parses_as_python_3_9():
    # requires-python >=3.9: no syntax newer than 3.9, and annotations never evaluated (PEP 604 unions in them).
    floor = tuple(int(n) for n in distribution.REQUIRES_PYTHON.removeprefix(">=").split("."))
    for module in sorted((ROOT / "codegen" / "templates" / "cffi" / "package").glob("*.py")):
        source = module.read_text(encoding="utf-8")
        tree = ast.parse(source, feature_version=floor)  # type: ignore[arg-type]
        assert "from __future__ import annotations" in source, module.name
        strict = [
            node.lineno
            for node in ast.walk(tree)
            if isinstance(node, ast.Call) and any(k.arg == "strict" for k in node.keywords)
        ]
        assert strict == [], f"{module.name}: zip(strict=) is Python 3.10+ (lines {strict})"


def test_codegen_refuses_to_replace_distribution_files_it_did_not_write(tmp_path: Path, capsys):
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'mine'\n")
    status = main(["codegen", "cffi", "--distribution", "-o", str(tmp_path / "xen_abi_bindings")])
    assert status == EXIT_USAGE
    assert "pyproject.toml not written by `xen-abi codegen cffi --distribution`" in capsys.readouterr().err
    assert (tmp_path / "pyproject.toml").read_text() == "[project]\nname = 'mine'\n"
    assert not (tmp_path / "xen_abi_bindings").exists()
    check_distribution_target(tmp_path, force=True)  # --force: the user said so
    (tmp_path / "pyproject.toml").write_text(distribution.MARKER + "\n[project]\n")
    check_distribution_target(tmp_path)  # a previous --distribution: replaced as any generated output


def test_python_3_10_str_enum_behaves_as_3_11s():
    # xen_abi.common.compat's StrEnum for 3.10: str(), format(), f-strings, equality, JSON and auto() as on 3.11.
    import enum
    import json

    from xen_abi.common.compat import StrEnum310

    class Ours(StrEnum310):
        GUEST = "guest"
        TOOLS = enum.auto()

    class Theirs(enum.StrEnum):
        GUEST = "guest"
        TOOLS = enum.auto()

    for ours, theirs in zip(Ours, Theirs, strict=True):
        assert (str(ours), format(ours), f"{ours:>8}", repr(ours.value)) == (
            str(theirs),
            format(theirs),
            f"{theirs:>8}",
            repr(theirs.value),
        )
        assert ours == theirs.value and json.dumps({ours: ours}) == json.dumps({theirs: theirs})
        assert sorted([Ours.TOOLS, Ours.GUEST]) == ["guest", "tools"]
