"""check --present-only: a partial, vendored copy of Xen's headers (QEMU's 28) and where it came from."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from xen_abi.cli.main import main
from xen_abi.store.catalogue import Catalogue

from tests.conftest import CORPUS, needs_corpus

POINT = CORPUS.parent / "xen-headers-point"
# The 28 headers QEMU carries in include/hw/xen/interface/.
QEMU_HEADERS = [
    "arch-arm.h",
    "arch-x86/cpuid.h",
    "arch-x86/xen-x86_32.h",
    "arch-x86/xen-x86_64.h",
    "arch-x86/xen.h",
    "event_channel.h",
    "features.h",
    "grant_table.h",
    "hvm/hvm_op.h",
    "hvm/params.h",
    "io/blkif.h",
    "io/console.h",
    "io/fbif.h",
    "io/kbdif.h",
    "io/netif.h",
    "io/protocols.h",
    "io/ring.h",
    "io/usbif.h",
    "io/xenbus.h",
    "io/xs_wire.h",
    "memory.h",
    "physdev.h",
    "sched.h",
    "trace.h",
    "vcpu.h",
    "version.h",
    "xen-compat.h",
    "xen.h",
]


def _copy(tree: Path, dest: Path) -> Path:
    for h in QEMU_HEADERS:
        (dest / h).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(tree / h, dest / h)
    return dest


def _check(dest: Path, tmp_path: Path, *extra: str) -> tuple[int, dict]:
    out = tmp_path / "check.json"
    status = main(["check", "--baseline", "4.17.0", "--headers", str(dest), "--format", "json", "-o", str(out), *extra])
    return status, json.loads(out.read_text())


@needs_corpus
def test_qemus_28_headers_of_4_17_have_no_breaking_change_and_name_4_17(tmp_path):
    copy = _copy(CORPUS / "4.17.0", tmp_path / "qemu")
    assert len(QEMU_HEADERS) == 28
    status, doc = _check(copy, tmp_path, "--present-only")
    assert status == 0
    assert doc["summary"]["breaking"] == 0 and doc["changes"] == []
    partial = doc["partial_copy"]
    assert partial["fingerprint"]["matches"][0]["release"] == "4.17.0" and partial["fingerprint"]["exact"]
    assert "hvm/dm_op.h" in partial["missing_headers"] and "xen.h" not in partial["missing_headers"]
    assert len(partial["headers"]) == 28 and len(partial["missing_headers"]) == 46
    # without --present-only, every item of every missing header is reported removed (the 1,202)
    status, doc = _check(copy, tmp_path)
    assert status & 16 and doc["summary"]["breaking"] > 1000


@needs_corpus
@pytest.mark.skipif(not (POINT / "4.17.3").is_dir(), reason=f"point releases not found at {POINT}")
def test_a_point_release_copy_is_named_by_the_first_release_carrying_it(tmp_path):
    """4.17.3 changed three of the 28 (arch-x86/xen-x86_32.h, xen-x86_64.h, vcpu.h); 4.17.4-4.17.6 kept them."""
    from xen_abi.compare.vendored import fingerprint, headers_of
    from xen_abi.frontend.ingest import default_cache_dir, ingest
    from xen_abi.frontend.source import open_source

    copy = _copy(POINT / "4.17.3", tmp_path / "qemu")
    [release] = ingest([("copy", open_source(str(copy)))], archs=["x86_64"], cache_dir=default_cache_dir())
    fp = fingerprint(Catalogue.load(), release, headers_of(release))
    assert fp.best.release == "4.17.3" and fp.exact
    assert [m.release for m in fp.matches if m.identical == m.total][:4] == ["4.17.3", "4.17.4", "4.17.5", "4.17.6"]
    older = next(m for m in fp.matches if m.release == "4.17.0")
    assert older.identical < older.total  # the three headers 4.17.3 changed


@needs_corpus
def test_a_changed_field_in_a_carried_header_still_breaks(tmp_path):
    copy = _copy(CORPUS / "4.17.0", tmp_path / "qemu")
    text = (copy / "event_channel.h").read_text()
    (copy / "event_channel.h").write_text(text.replace("evtchn_port_t local_port;", "uint64_t local_port;", 1))
    status, doc = _check(copy, tmp_path, "--present-only", "--arch", "x86_64")
    assert status & 16
    assert any(c["item"].startswith("struct evtchn_") and c["severity"] == "breaking" for c in doc["changes"])
    assert doc["partial_copy"]["fingerprint"]["matches"][0]["release"] == "4.17.0"
    assert not doc["partial_copy"]["fingerprint"]["exact"]
