"""examples/ioreq_server.py in dry-run mode: its hypercall buffers, byte for byte, against the catalogue.

The expected bytes are built here from the catalogue alone (xen_abi.store.catalogue:
offsets, sizes, constant values), independently of the bindings' own data.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from xen_abi.store.catalogue import Catalogue

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "ioreq_server.py"
DOMID = 7
PORTS = (0x3F8, 0x3FF)


def dry_run(arch: str) -> list[dict]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "generated")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), "--domid", str(DOMID), "--dry-run", "--arch", arch, "--json", "--ports"]
        + [hex(p) for p in PORTS],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


def expected_dm_op(catalogue: Catalogue, release: str, arch: str, op: str, **fields: int) -> bytes:
    """``struct xen_dm_op`` with ``op`` and the payload ``u.<op>`` fields, from the catalogue's layouts."""
    cfg = catalogue.release(release).configs[f"{arch}/guest"]
    outer = cfg.types["struct xen_dm_op"].layout
    members = {f.name: f for f in outer.fields}
    payload_type = members["u"].type.split(f" {op};")[0].rsplit("; ", 1)[-1].removeprefix("union { ")
    layout = cfg.types[payload_type].layout
    while layout.kind == "typedef":  # xen_dm_op_..._t -> struct xen_dm_op_...
        layout = cfg.types[layout.target].layout
    payload = {f.name: f for f in layout.fields}
    raw = bytearray(outer.size)

    def put(offset: int, size: int, value: int) -> None:
        raw[offset : offset + size] = value.to_bytes(size, "little")

    put(members["op"].offset, members["op"].size, cfg.constants[f"XEN_DMOP_{op}"].value)
    for name, value in fields.items():
        put(members["u"].offset + payload[name].offset, payload[name].size, value)
    return bytes(raw)


@pytest.mark.parametrize("arch", ["x86_64", "arm64"])
def test_dry_run_bytes_match_the_catalogue(catalogue: Catalogue, arch: str) -> None:
    calls = dry_run(arch)
    assert [c["call"] for c in calls] == [
        "dm_op",  # nr_vcpus
        "dm_op",  # create_ioreq_server
        "mmap_resource",
        "dm_op",  # map_io_range_to_ioreq_server
        "evtchn_bind_interdomain",
        "dm_op",  # set_ioreq_server_state 1
        "dm_op",  # set_ioreq_server_state 0
        "dm_op",  # unmap_io_range_from_ioreq_server
        "evtchn_unbind",
        "dm_op",  # destroy_ioreq_server
    ]
    dm = [bytes.fromhex(c["buffers"][0]) for c in calls if c["call"] == "dm_op"]
    assert all(c["args"] == {"domid": DOMID, "nr_bufs": 1} for c in calls if c["call"] == "dm_op")
    first, last = PORTS
    for release in ("4.15.0", "4.22.0"):
        port = catalogue.release(release).configs[f"{arch}/guest"].constants["XEN_DMOP_IO_RANGE_PORT"].value
        assert dm == [
            expected_dm_op(catalogue, release, arch, "nr_vcpus"),
            expected_dm_op(catalogue, release, arch, "create_ioreq_server", handle_bufioreq=0),
            expected_dm_op(catalogue, release, arch, "map_io_range_to_ioreq_server", type=port, start=first, end=last),
            expected_dm_op(catalogue, release, arch, "set_ioreq_server_state", enabled=1),
            expected_dm_op(catalogue, release, arch, "set_ioreq_server_state", enabled=0),
            expected_dm_op(
                catalogue, release, arch, "unmap_io_range_from_ioreq_server", type=port, start=first, end=last
            ),
            expected_dm_op(catalogue, release, arch, "destroy_ioreq_server"),
        ]
    [resource] = [c["args"] for c in calls if c["call"] == "mmap_resource"]
    cfg = catalogue.release("4.22.0").configs[f"{arch}/guest"]
    assert resource["type"] == cfg.constants["XENMEM_resource_ioreq_server"].value
    assert resource["domid"] == DOMID and resource["num"] == 1


def test_ioreq_frame_index_follows_memory_h(corpus: Path) -> None:
    """The helper's frame_ioreq(0) is the macro memory.h defines (function-like: not in the catalogue)."""
    for release in ("4.15.0", "4.22.0"):
        text = (corpus / release / "memory.h").read_text()
        assert "#define XENMEM_resource_ioreq_server_frame_ioreq(n) (1 + (n))" in text
        assert "#define XENMEM_resource_ioreq_server_frame_bufioreq 0" in text
    calls = dry_run("x86_64")
    [resource] = [c["args"] for c in calls if c["call"] == "mmap_resource"]
    assert resource["idx"] == 1


def test_example_without_xen_says_so() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "generated")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), "--domid", "1"], capture_output=True, text=True, env=env, timeout=60
    )
    if Path("/dev/xen/privcmd").exists():
        pytest.skip("this machine runs on Xen")
    assert done.returncode == 1
    assert "/dev/xen/privcmd does not exist" in done.stderr
