"""Golden cases, in the style of libabigail's test tables: the policy, pinned.

Each ``tests/golden/<case>/`` holds two tiny header trees of our own (``old/``,
``new/``) and ``expected.toml``: the archs compared, the exact set of
(kind, severity, item, arch) that ``xen-abi diff --format json`` must report,
and its exit status under ``--fail-on any`` (every severity's bit).  Adding a case is adding a
directory; a change of policy shows up as a changed expectation.
"""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from xen_abi.cli.main import main

GOLDEN = Path(__file__).parent / "golden"
CASES = sorted(p.name for p in GOLDEN.iterdir() if (p / "expected.toml").is_file())


def test_there_are_enough_cases_and_every_kind_is_covered():
    from xen_abi.ir.changes import Kind

    assert len(CASES) >= 60
    seen = set()
    for name in CASES:
        expected = tomllib.loads((GOLDEN / name / "expected.toml").read_text(encoding="utf-8"))
        seen |= {row[0] for row in expected["changes"]}
    assert sorted(k.value for k in Kind if k.value not in seen) == []


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    """One ingest cache for every case: most trees recur (a case and its reverse, the common base)."""
    return tmp_path_factory.mktemp("golden-cache")


@pytest.mark.parametrize("name", CASES)
def test_golden_case(name: str, capsys, cache, monkeypatch):
    monkeypatch.setenv("XEN_ABI_CACHE", str(cache))
    case = GOLDEN / name
    expected = tomllib.loads((case / "expected.toml").read_text(encoding="utf-8"))
    argv = ["diff", str(case / "old"), str(case / "new"), "--format", "json", "--fail-on", "any"]
    for arch in expected["archs"]:
        argv += ["--arch", arch]
    status = main(argv)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    doc = json.loads(captured.out)
    found = sorted((c["kind"], c["severity"], c["item"], arch) for c in doc["changes"] for arch in c["arch"])
    assert found == sorted(tuple(row) for row in expected["changes"]), expected["description"]
    assert status == expected["exit_status"] == doc["exit_status"]
