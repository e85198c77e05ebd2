"""The CLI on a terminal and in a CI log (issue 15, points 4 and 5): --version, the xen_abi object of
JSON and SARIF outputs, lines within the terminal's width, counted nouns, ordering, streams."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from xen_abi import __version__
from xen_abi.cli.main import main
from xen_abi.common.errors import EXIT_CATALOGUE, EXIT_USAGE
from xen_abi.common.releases import version_key
from xen_abi.present.queries import breaks_to_json, render_breaks, render_stable
from xen_abi.present.terminal import plural, table, wrap
from xen_abi.queries import abi_breaks, stable
from xen_abi.store.catalogue import Catalogue
from xen_abi.store.paths import DEFAULT_PATH

ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def columns(monkeypatch):
    """A terminal COLUMNS wide, whatever runs the tests."""

    def set_width(width: int | None) -> None:
        if width is None:
            monkeypatch.delenv("COLUMNS", raising=False)
        else:
            monkeypatch.setenv("COLUMNS", str(width))

    return set_width


def _expected_about() -> dict:
    releases = Catalogue.load(DEFAULT_PATH).releases
    tagged = [r for r in releases if "unstable" not in r]
    return {
        "version": __version__,
        "catalogue": {
            "schema": "xen-abi-catalogue/2",
            "releases": len(releases),
            "newest": releases[-1],
            "newest_tagged": tagged[-1],
        },
    }


# -- --version --------------------------------------------------------------------------------------


def test_version_names_the_tool_and_the_catalogue():
    done = subprocess.run(
        [sys.executable, "-m", "xen_abi", "--version"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert done.returncode == 0 and done.stderr == ""
    about = _expected_about()
    tool, cat = done.stdout.splitlines()
    assert tool == f"xen-abi {__version__}"
    assert cat.startswith(f"catalogue xen-abi-catalogue/2: {about['catalogue']['releases']} releases, newest ")
    assert about["catalogue"]["newest_tagged"] in cat and cat.endswith(str(DEFAULT_PATH))


def test_version_reads_the_catalogue_given_and_says_when_it_cannot(capsys, tmp_path):
    status, out, err = run(capsys, "--catalogue", str(tmp_path / "nowhere"), "--version")
    assert status == EXIT_CATALOGUE and out == f"xen-abi {__version__}\n"  # the tool's line comes first, always
    assert err.startswith("xen-abi: error: ") and "nowhere" in err and len(err.splitlines()) == 1
    with pytest.raises(SystemExit) as exc:  # no command and no --version is still a usage error
        main([])
    assert exc.value.code == EXIT_USAGE
    assert "required: COMMAND" in capsys.readouterr().err


# -- the xen_abi object of JSON and SARIF outputs -------------------------------------------------------


@pytest.mark.parametrize(
    "argv",
    [
        ["stable", "--from", "4.21.0", "--hypercall", "dm_op", "--format", "json"],
        ["query", "XEN_DMOP_nr_vcpus", "--format", "json"],
        ["hypercalls", "--release", "4.22.0", "--format", "json"],
        ["abi-breaks", "--from", "4.20.0", "--format", "json"],
        ["layouts", "--release", "4.22.0", "--arch", "arm64", "--format", "json"],
        ["constants", "--release", "4.22.0", "--arch", "arm64", "--format", "json"],
        ["diff", "4.21.0", "4.22.0", "--arch", "x86_64", "--format", "json"],
    ],
    ids=lambda argv: argv[0],
)
def test_every_json_answer_says_which_tool_and_catalogue(argv, capsys):
    status, out, _ = run(capsys, *argv)
    assert status in (0, 8 | 16)
    assert json.loads(out)["xen_abi"] == _expected_about()


def test_sarif_and_junit_carry_the_version(capsys):
    main(["diff", "4.21.0", "4.22.0", "--arch", "x86_64", "--format", "sarif"])
    run_ = json.loads(capsys.readouterr().out)["runs"][0]
    assert run_["tool"]["driver"]["version"] == run_["tool"]["driver"]["semanticVersion"] == __version__
    assert run_["properties"]["xen_abi"] == _expected_about()
    main(["diff", "4.21.0", "4.22.0", "--arch", "x86_64", "--format", "junit"])
    junit = capsys.readouterr().out
    assert f'<property name="xen_abi.version" value="{__version__}" />' in junit
    assert '<property name="xen_abi.catalogue.schema" value="xen-abi-catalogue/2" />' in junit


def test_audit_json_and_sarif_carry_the_version(capsys, tmp_path):
    program = tmp_path / "backend.c"
    program.write_text("#include <xen/hvm/dm_op.h>\nint f(void) { return XEN_DMOP_nr_vcpus; }\n")
    sarif = tmp_path / "audit.sarif"
    main(["audit", str(program), "--arch", "x86_64", "--format", "json", "--report", f"sarif={sarif}"])
    assert json.loads(capsys.readouterr().out)["xen_abi"] == _expected_about()
    run_ = json.loads(sarif.read_text())["runs"][0]
    assert run_["properties"]["xen_abi"] == _expected_about() and run_["tool"]["driver"]["version"] == __version__


# -- abi-breaks --------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def breaks() -> tuple:
    return abi_breaks(Catalogue.load(DEFAULT_PATH))


def test_abi_breaks_fit_the_terminal_and_stay_short_in_a_pipe(breaks):
    wrapped = render_breaks(breaks, "table", width=80)
    lines = wrapped.splitlines()
    assert lines[0] == f"{len(breaks)} changes of stable items between a release and its parent"
    # A word longer than the line (a C type spelled whole) may stick out, alone on its line; nothing else does.
    assert [line for line in lines if len(line) > 80 and " " in line.strip()] == []
    piped = render_breaks(breaks, "table")  # not a terminal: no wrapping, one fact a line
    assert max(map(len, piped.splitlines())) < 400
    assert piped.count("\n    evidence: ") == wrapped.count("\n    evidence: ") == len(breaks)
    first = breaks[0]
    block = piped.split("\n\n")[1].splitlines()
    assert block[0] == f"{first.before} -> {first.after}  {first.severity}  {first.kind} {first.name}  " + (
        f"({' '.join(first.archs)})"
    )
    assert block[1:-1] == [f"    {d}" for d in first.detail]


def test_abi_breaks_from_to_keeps_the_changes_within_the_range(capsys, breaks):
    _, out, _ = run(capsys, "abi-breaks", "--from", "4.13", "--to", "4.17.0", "--format", "json")
    some = json.loads(out)["breaks"]
    low, high = version_key("4.13.0"), version_key("4.17.0")
    every = breaks_to_json(breaks)["breaks"]
    assert some == [b for b in every if low <= version_key(b["before"]) and version_key(b["after"]) <= high]
    assert 0 < len(some) < len(every)
    status, _, err = run(capsys, "abi-breaks", "--from", "4.17.0", "--to", "4.13.0")
    assert status == EXIT_USAGE and "--from 4.17.0 is newer than --to 4.13.0" in err


# -- stable, hypercalls, query ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def dm_op_since_415():
    return stable(Catalogue.load(DEFAULT_PATH), first="4.15.0", hypercalls=["dm_op"])


def test_counted_nouns_and_distinct_markdown_columns(dm_op_since_415):
    assert render_stable(dm_op_since_415, "table").startswith("20 sub-ops of 1 hypercall are stable on x86_64")
    out = render_stable(dm_op_since_415, "markdown")
    header = next(line for line in out.splitlines() if line.startswith("| hypercall"))
    names = [c.strip() for c in header.strip("|").split("|")]
    assert len(names) == len(set(names)) and "hypercall nr" in names and "sub-op nr" in names
    assert plural(1, "hypercall") == "1 hypercall" and plural(0, "release") == "0 releases"


def _fits(text: str, width: int) -> bool:
    """Only an unbreakable word (a C type, a header path) may pass the edge: what precedes it fits."""
    return all(len(line.rstrip().rsplit(" ", 1)[0]) <= width for line in text.splitlines() if len(line) > width)


def test_wide_tables_wrap_to_the_terminal(capsys, columns, dm_op_since_415):
    assert _fits(render_stable(dm_op_since_415, "table", width=80), 80)
    assert max(map(len, render_stable(dm_op_since_415, "table", width=None).splitlines())) > 150
    columns(80)  # the CLI reads $COLUMNS
    for argv in (
        ["hypercalls", "--release", "4.22.0", "--arch", "arm64"],
        ["query", "XEN_DMOP_create_ioreq_server", "--arch", "x86_64"],
    ):
        _, out, _ = run(capsys, *argv)
        assert _fits(out, 80), argv


def test_table_keeps_the_columns_then_gives_way():
    rows = [["dm_op", "41", "a long argument list " * 4]]
    wide = table(["hypercall", "nr", "arguments"], rows, None)
    assert wide[1] == "dm_op      41  " + ("a long argument list " * 4).rstrip()
    narrow = table(["hypercall", "nr", "arguments"], rows, 50)
    assert all(len(line) <= 50 for line in narrow) and narrow[1].startswith("dm_op      41  a long")
    assert narrow[2].startswith(" " * len("dm_op      41  "))
    tight = table(["hypercall", "nr", "arguments"], [["x" * 30, "41", "args"]], 30)
    assert tight[1].startswith("x" * 30) and tight[2] == "    41  args"
    assert wrap("one two three", 8, indent="> ") == ["> one", "> two", "> three"]


# -- layouts and constants ------------------------------------------------------------------------


def test_layouts_and_constants_default_to_the_guest_view(capsys):
    for command in ("layouts", "constants"):
        _, default, _ = run(capsys, command, "--release", "4.22.0", "--arch", "x86_64")
        _, guest, _ = run(capsys, command, "--release", "4.22.0", "--arch", "x86_64", "--visibility", "guest")
        assert default == guest and json.loads(default)["visibility"] == "guest"


def test_layouts_table_opens_with_the_records_and_ends_with_the_helpers(capsys):
    _, out, _ = run(capsys, "layouts", "--release", "4.22.0", "--arch", "x86_64", "--format", "table")
    names = [line.split("\t")[0] for line in out.splitlines()]
    helpers = [n for n in names if n.removeprefix("struct ").startswith("__")]
    assert len(helpers) > 250 and names[-len(helpers) :] == helpers  # __guest_handle_*, __HVM_SAVE_TYPE_*
    assert names[0] == "struct arch_shared_info"
    ordinary = names[: -len(helpers)]
    assert ordinary == sorted(ordinary, key=lambda n: n.split(" ")[-1].lstrip("_").lower())


# -- streams ----------------------------------------------------------------------------------------


def test_summaries_go_to_stderr_data_to_stdout(capsys, tmp_path):
    status, out, err = run(capsys, "codegen", "c", "--arch", "x86_64", "--from", "4.21.0", "-o", str(tmp_path / "c"))
    assert status == 0 and out == "" and err.startswith("wrote 1 file to ")


def test_diff_text_wraps_on_a_terminal_and_keeps_one_fact_a_line_elsewhere(capsys, columns, tmp_path):
    argv = ["diff", "4.0.0", "4.22.0", "--arch", "x86_64"]
    columns(None)
    _, whole, _ = run(capsys, *argv)
    assert max(map(len, whole.splitlines())) > 200  # GNTTABOP_error_msgs' string table, one line
    columns(72)
    _, wrapped, _ = run(capsys, *argv)
    # Every line but the layouts' pahole rows (aligned code, kept whole) fits; nothing is lost or reordered.
    prose = [line for line in wrapped.splitlines() if not line.startswith(("  - ", "  + "))]
    assert _fits("\n".join(prose), 72)
    assert " ".join(wrapped.split()) == " ".join(whole.split())
    # A file named with -o is never wrapped, whatever the terminal.
    run(capsys, *argv, "-o", str(tmp_path / "diff.txt"))
    assert (tmp_path / "diff.txt").read_text() == whole
