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
MMIO = (0xF0000000, 0xF0000FFF)  # the example's default MMIO range


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
        "dm_op",  # create_ioreq_server, with a buffered ring
        "mmap_resource",  # the ioreq page
        "mmap_resource",  # the buffered ring
        "dm_op",  # map_io_range_to_ioreq_server: the ports
        "dm_op",  # map_io_range_to_ioreq_server: the MMIO range
        "dm_op",  # set_ioreq_server_state 1: enabled before anything is bound
        "evtchn_bind_interdomain",  # vCPU 0
        "dm_op",  # get_ioreq_server_info: the buffered ring's port
        "evtchn_bind_interdomain",
        "dm_op",  # set_ioreq_server_state 0
        "dm_op",  # unmap_io_range_from_ioreq_server
        "dm_op",  # unmap_io_range_from_ioreq_server
        "evtchn_unbind",
        "evtchn_unbind",
        "dm_op",  # destroy_ioreq_server
    ]
    dm = [bytes.fromhex(c["buffers"][0]) for c in calls if c["call"] == "dm_op"]
    assert all(c["args"] == {"domid": DOMID, "nr_bufs": 1} for c in calls if c["call"] == "dm_op")
    first, last = PORTS
    for release in ("4.15.0", "4.22.0"):
        constants = catalogue.release(release).configs[f"{arch}/guest"].constants
        port, memory = constants["XEN_DMOP_IO_RANGE_PORT"].value, constants["XEN_DMOP_IO_RANGE_MEMORY"].value
        no_gfns = constants["XEN_DMOP_no_gfns"].value

        def op(name: str, **fields: int) -> bytes:
            return expected_dm_op(catalogue, release, arch, name, **fields)  # noqa: B023

        assert dm == [
            op("nr_vcpus"),
            op("create_ioreq_server", handle_bufioreq=1),
            op("map_io_range_to_ioreq_server", type=port, start=first, end=last),
            op("map_io_range_to_ioreq_server", type=memory, start=MMIO[0], end=MMIO[1]),
            op("set_ioreq_server_state", enabled=1),
            op("get_ioreq_server_info", flags=no_gfns),
            op("set_ioreq_server_state", enabled=0),
            op("unmap_io_range_from_ioreq_server", type=port, start=first, end=last),
            op("unmap_io_range_from_ioreq_server", type=memory, start=MMIO[0], end=MMIO[1]),
            op("destroy_ioreq_server"),
        ]
    binds = [c["args"] for c in calls if c["call"] == "evtchn_bind_interdomain"]
    assert binds[0]["remote_port"] != 0  # a vCPU's port is bound only once the server is enabled
    resources = [c["args"] for c in calls if c["call"] == "mmap_resource"]
    assert [r["idx"] for r in resources] == [1, 0]  # frame_ioreq(0), then frame_bufioreq
    [resource] = resources[:1]
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
    resources = [c["args"] for c in calls if c["call"] == "mmap_resource"]
    assert [r["idx"] for r in resources] == [1, 0]


def test_example_without_xen_says_so() -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "generated")}
    done = subprocess.run(
        [sys.executable, str(EXAMPLE), "--domid", "1"], capture_output=True, text=True, env=env, timeout=60
    )
    if Path("/dev/xen/privcmd").exists():
        pytest.skip("this machine runs on Xen")
    assert done.returncode == 1
    assert "/dev/xen/privcmd does not exist" in done.stderr


def _example_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("ioreq_server_example", EXAMPLE)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(REPO / "generated"))
    spec.loader.exec_module(module)
    return module


def test_the_example_device_answers_its_pattern_and_exits_on_the_last_port() -> None:
    import io

    from xen_abi_bindings.ioreq import Request

    example = _example_module()
    out = io.StringIO()
    device = example.PatternDevice((0x510, 0x51F), (0xF0000000, 0xF0000FFF), out=out)

    def req(kind: str, is_read: bool, addr: int, size: int, data: int = 0) -> Request:
        return Request(kind, 0, int(is_read), addr, size, 1, data, False, False, 0, is_read)

    assert device(req("pio", True, 0x512, 2)) == 0xA3A2
    assert device(req("mmio", True, 0xF0000008, 4)) == 0xCBCAC9C8
    assert device(req("pio", True, 0x600, 1)) is None  # not its range: the layer answers all ones
    assert device(req("invalidate", False, 0, 4, 0xFFFFFFFF)) is None
    assert device(req("pio", False, 0x51C, 4, 0xABAAA9A8)) is None and not device.exited  # covers 0x51f, not at it
    device(req("pio", False, 0x51F, 1))
    assert device.exited
    assert out.getvalue().splitlines()[:2] == [
        "IO type=pio dir=read addr=0x512 size=2 data=0xa3a2",
        "IO type=mmio dir=read addr=0xf0000008 size=4 data=0xcbcac9c8",
    ]
