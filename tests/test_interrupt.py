"""Ctrl-C (issue 15, point 6): a real ``xen-abi`` process whose worker pool is busy ends within about a second,
exit status 130, one line on stderr, and what it was about to replace left as it was."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import sigint_as_in_a_terminal
from xen_abi.common import fsio

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "xen-headers"
# A second is the target on an idle machine; the bound leaves room for a loaded 2-core CI runner.
PROMPT = 3.0


def _children(pid: int) -> list[int]:
    out: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):
            out += [int(c) for c in (task / "children").read_text().split()]
    return out


def _interrupt_when_busy(
    argv: list[str], env: dict[str, str], workers: int, after: float = 0.5
) -> tuple[float, int, str]:
    """Start ``xen-abi argv`` in its own process group, wait until ``workers`` worker processes run, then press
    Ctrl-C (SIGINT to the whole group, as a terminal does); (seconds to exit, status, stderr)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "xen_abi", *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        preexec_fn=sigint_as_in_a_terminal,
    )
    try:
        deadline = time.monotonic() + 120
        while len(_children(proc.pid)) < workers:
            assert proc.poll() is None, proc.communicate()
            assert time.monotonic() < deadline, "the worker pool never started"
            time.sleep(0.05)
        time.sleep(after)  # the workers are now inside their tasks
        assert proc.poll() is None
        started = time.monotonic()
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=30)
        took = time.monotonic() - started
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    # No worker, nor a compiler one was running, outlives its parent (a moment to be reaped by init).
    deadline = time.monotonic() + PROMPT
    while subprocess.run(["pgrep", "-g", str(proc.pid)], capture_output=True).stdout:
        assert time.monotonic() < deadline, subprocess.run(["ps", "-g", str(proc.pid)], capture_output=True).stdout
        time.sleep(0.1)
    return took, proc.returncode, err


def _old_output(path: Path) -> dict[str, str]:
    files = {"index.html": "<p>the previous report</p>\n", "assets/report.js": "// previous\n"}
    fsio.write_dir(files, path)
    return files


def _unchanged(path: Path, files: dict[str, str]) -> None:
    found = {str(p.relative_to(path)) for p in path.rglob("*") if p.is_file() and p.name != fsio.MARKER}
    assert found == set(files)
    assert all((path / f).read_text() == t for f, t in files.items())
    assert [p.name for p in path.parent.iterdir() if p.name.startswith(".")] == []  # no temporary left


@pytest.mark.slow
@pytest.mark.parametrize("after", [0.3, 1.5])  # the second lands while the workers send results back
def test_ctrl_c_ends_a_busy_report_at_once(tmp_path: Path, after: float) -> None:
    out = tmp_path / "report"
    old = _old_output(out)
    took, status, err = _interrupt_when_busy(["report", "-o", str(out), "--jobs", "2"], dict(os.environ), 2, after)
    assert status == 130
    assert err == "xen-abi: interrupted\n"
    assert took < PROMPT, f"took {took:.1f}s"
    _unchanged(out, old)


@pytest.mark.slow
@pytest.mark.skipif(not CORPUS.is_dir() or shutil.which("cpp") is None, reason="needs ../shared and cpp")
def test_ctrl_c_ends_a_busy_ingest_at_once(tmp_path: Path) -> None:
    out = tmp_path / "cat"
    # --no-cache: every configuration is work for the pool.
    argv = ["ingest", str(CORPUS / "4.17.0"), "--name", "4.17.0", "-o", str(out), "--jobs", "2", "--no-cache"]
    took, status, err = _interrupt_when_busy(argv, dict(os.environ), 2)
    assert status == 130
    assert err == "xen-abi: interrupted\n"
    assert took < PROMPT, f"took {took:.1f}s"
    assert list(tmp_path.iterdir()) == []  # no catalogue, no temporary
