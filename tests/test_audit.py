"""xen-abi audit: real programs (varstored and its pre-stable commit, our own examples), one fixture per
language, the library table's evidence against Xen's library sources, and the report formats."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from xen_abi.audit import audit
from xen_abi.audit import libraries as libtable
from xen_abi.audit.core import findings
from xen_abi.audit.render import render
from xen_abi.cli.main import main
from xen_abi.store.catalogue import version_key

from tests.conftest import CORPUS

ROOT = Path(__file__).resolve().parents[1]
SHARED = CORPUS.parent  # ../shared, or where $XEN_ABI_CORPUS puts the corpus
TOOLS = SHARED / "xen-tools" / "4.22.0"
CONSUMERS = SHARED / "consumers"
FIXTURES = ROOT / "tests" / "fixtures" / "audit"

needs_tools = pytest.mark.skipif(not TOOLS.is_dir(), reason=f"Xen's library sources not found at {TOOLS}")
needs_consumers = pytest.mark.skipif(not CONSUMERS.is_dir(), reason=f"consumer programs not found at {CONSUMERS}")


@pytest.fixture(scope="module")
def varstored(catalogue):
    return audit([CONSUMERS / "varstored"], catalogue=catalogue)


@pytest.fixture(scope="module")
def before_stable(catalogue):
    return audit([CONSUMERS / "varstored-before-stable"], catalogue=catalogue)


def _dep(report, name):
    return next(d for d in report.dependencies if d.name == name)


# -- the library table ----------------------------------------------------------------------------


@needs_tools
def test_every_evidence_line_still_says_what_it_claims():
    libs = libtable.load()
    checked = 0

    def line(at: str) -> str:
        path, _, number = at.rpartition(":")
        return (TOOLS / path).read_text(errors="replace").splitlines()[int(number) - 1]

    for f in libs.functions.values():
        if f.defined:
            assert re.search(rf"\b{f.name}\s*\(", line(f.defined)), f"{f.name}: defined at {f.defined}"
        for u in f.uses:
            assert u.at, f"{f.name}: {u.kind} {u.name} has no evidence"
            expected = {
                "hypercall": f"__HYPERVISOR_{u.name}",
                "device": u.name.split()[-1],  # the operation: write, read, munmap
            }.get(u.kind, u.name)
            text = line(u.at)
            assert re.search(rf"\b{re.escape(expected)}\b", text), f"{f.name}: {u.at} does not say {expected}: {text}"
            assert not text.lstrip().startswith(("*", "/*", "//")), f"{f.name}: {u.at} is a comment"
            checked += 1
    for lib in libs.libraries.values():
        if lib.at and lib.stable:
            assert re.match(r"MAJOR\s*=\s*1\b", line(lib.at)), lib.name
    # libxenctrl's Makefile sets no MAJOR: its soname follows the Xen release (libs.mk).
    assert "MAJOR" not in (TOOLS / "tools/libs/ctrl/Makefile").read_text()
    assert checked > 400


@needs_tools
def test_the_table_covers_every_function_the_stable_libraries_export():
    libs = libtable.load()
    for path in sorted((TOOLS / "tools/libs").glob("*/*.map")):
        exported = re.findall(r"^\s+([a-z]\w+);", path.read_text(), re.M)
        missing = [n for n in exported if n not in libs.functions and not n.startswith("xentoolcore__")]
        assert not missing, f"{path.name}: {missing}"


def test_every_ioctl_and_device_operation_a_function_uses_is_described():
    libs = libtable.load()
    data = tomllib.loads(libtable.DATA.read_text())
    for f in libs.functions.values():
        for u in f.uses:
            if u.kind in ("ioctl", "device"):
                assert u.name in libs.kernel, f"{f.name} uses {u.name}, which [ioctl]/[device] does not describe"
            if u.kind == "call":
                assert u.name in libs.functions, f"{f.name} calls {u.name}, which the table does not list"
    for name, op in data["ioctl"].items():
        for u in op["uses"]:
            assert u.get("kernel"), f"{name}: a kernel-side use without its Linux source"


def test_a_library_call_resolves_through_its_ioctl_to_the_hypercall():
    libs = libtable.load()
    [effect] = [e for e in libs.effects("xenevtchn_notify")]
    assert (effect.kind, effect.name) == ("subop", "EVTCHNOP_send")
    assert effect.chain[0] == "xenevtchn_notify (tools/libs/evtchn/linux.c:76)"
    mapping = {(e.name, e.guests) for e in libs.effects("xenforeignmemory_map")}
    assert ("mmu_update", ("pv",)) in mapping and ("XENMEM_add_to_physmap_batch", ("translated",)) in mapping
    assert {e.name for e in libs.effects("xendevicemodel_nr_vcpus")} == {"XEN_DMOP_nr_vcpus", "dm_op"}
    assert libs.effects("xenevtchn_open") == ()
    # a libxenctrl wrapper of one stable function has that function as its stable alternative
    compat = libs.functions["xc_hvm_map_io_range_to_ioreq_server"]
    assert compat.alternative == "xendevicemodel_map_io_range_to_ioreq_server"
    assert {e.name for e in libs.effects(compat.name)} >= {"XEN_DMOP_map_io_range_to_ioreq_server"}


# -- real programs --------------------------------------------------------------------------------


@needs_consumers
def test_varstored_uses_only_stable_interfaces_from_4_15_on_x86_64_and_arm64(varstored):
    assert {(r.arch, r.guest): (r.first, r.last) for r in varstored.ranges} == {
        ("x86_64", "pv"): ("4.15.0", "4.22.0"),
        ("x86_64", "translated"): ("4.15.0", "4.22.0"),
        ("arm64", "translated"): ("4.15.0", "4.22.0"),
    }
    assert all(c.stable_library for c in varstored.library_calls)
    for name, number in [
        ("XEN_DMOP_create_ioreq_server", 1),
        ("XEN_DMOP_map_io_range_to_ioreq_server", 3),
        ("XEN_DMOP_set_ioreq_server_state", 5),
        ("XEN_DMOP_nr_vcpus", 20),
        ("XENMEM_acquire_resource", 28),
        ("EVTCHNOP_bind_interdomain", 0),
        ("EVTCHNOP_send", 4),
    ]:
        d = _dep(varstored, name)
        for arch in ("x86_64", "arm64"):
            assert d.verdicts[arch].status == "stable" and d.verdicts[arch].number == number
            assert version_key(d.verdicts[arch].since) <= version_key("4.15.0")
    # through the library call, with the evidence line of Xen's own source
    assert _dep(varstored, "XEN_DMOP_nr_vcpus").sites[0].via == (
        "xendevicemodel_nr_vcpus (tools/libs/devicemodel/core.c:637)",
    )
    # foreign mappings: mmu_update only for a PV dom0, the physmap for the others
    assert _dep(varstored, "mmu_update").guests == {"pv"}
    assert "arm64" not in _dep(varstored, "mmu_update").verdicts
    assert varstored.status == 0
    assert {f.rule for f in findings(varstored)} == {"unresolved"}  # one function-like macro
    assert [u.name for u in varstored.unresolved] == ["XENMEM_resource_ioreq_server_frame_ioreq"]


@needs_consumers
def test_varstored_before_stable_flags_its_xc_calls_and_the_then_tools_only_dm_ops(before_stable):
    unstable = {c.function: c for c in before_stable.library_calls if not c.stable_library}
    assert set(unstable) == {"xc_interface_open", "xc_interface_close", "xc_domain_getinfo"}
    assert unstable["xc_domain_getinfo"].effects == ("XEN_DOMCTL_getdomaininfo",)
    assert unstable["xc_domain_getinfo"].alternative == "xendevicemodel_nr_vcpus"
    domctl = _dep(before_stable, "XEN_DOMCTL_getdomaininfo")
    assert domctl.verdicts["x86_64"].status == "tools-only"
    assert domctl.verdicts["x86_64"].interface_macro == "XEN_DOMCTL_INTERFACE_VERSION"
    assert any(e.what == "layout" for e in domctl.verdicts["x86_64"].events)
    for r in before_stable.ranges:
        assert r.first is None and "XEN_DOMCTL_getdomaininfo" in r.blockers and r.rest_first == "4.15.0"
    for op in ("XEN_DMOP_create_ioreq_server", "XEN_DMOP_map_io_range_to_ioreq_server"):
        events = [(e.release, e.what, e.new) for e in _dep(before_stable, op).verdicts["arm64"].events]
        assert events == [("4.9.0", "appeared", "tools-only"), ("4.15.0", "class", "stable")]
    assert before_stable.status & 8
    rules = {(f.rule, f.name) for f in findings(before_stable)}
    assert ("unstable-library", "xc_domain_getinfo") in rules and ("tools-only", "XEN_DOMCTL_getdomaininfo") in rules


@needs_consumers
def test_from_4_9_flags_the_dm_ops_that_were_tools_only_then(catalogue):
    report = audit([CONSUMERS / "varstored-before-stable"], catalogue=catalogue, first="4.9", archs=["x86_64"])
    changed = {f.name for f in findings(report) if f.rule == "changed-in-range"}
    assert {"XEN_DMOP_create_ioreq_server", "XEN_DMOP_set_ioreq_server_state", "ioservid_t"} <= changed
    assert report.status & 16


def test_the_ioreq_example_is_stable_on_the_range_the_readme_claims(catalogue):
    """README: the bindings' stable core and the IOREQ helpers built on it, 4.15.0 to 4.22.0."""
    report = audit([ROOT / "examples" / "ioreq_server.py"], catalogue=catalogue)
    assert {r.arch: (r.first, r.last) for r in report.ranges} == {
        "x86_64": ("4.15.0", "4.22.0"),
        "arm64": ("4.15.0", "4.22.0"),
    }
    assert {"xen_abi_bindings/ioreq.py", "xen_abi_bindings/privcmd.py", "xen_abi_bindings/evtchn.py"} <= set(
        report.followed
    )
    names = {d.name for d in report.dependencies}
    assert {"XEN_DMOP_create_ioreq_server", "XEN_DMOP_nr_vcpus", "XENMEM_acquire_resource"} <= names
    assert report.status == 0


def test_the_e2e_program_is_stable_core_plus_the_tools_only_calls_it_selects_per_release(catalogue):
    """README: the e2e program uses the stable core, and XEN_SYSCTL_physinfo / XEN_DOMCTL_getdomaininfo
    through for_release(running_release(), tools=True)."""
    report = audit([ROOT / "tests" / "e2e" / "program.py"], catalogue=catalogue)
    not_stable = {d.name for d in report.dependencies if d.verdicts["x86_64"].status != "stable"}
    assert not_stable == {
        "XEN_DOMCTL_getdomaininfo",
        "XEN_SYSCTL_physinfo",
        "struct xen_domctl",
        "struct xen_sysctl",
        "XEN_DOMCTL_INTERFACE_VERSION",
        "XEN_SYSCTL_INTERFACE_VERSION",
    }
    for r in report.ranges:
        assert r.rest_first is not None and version_key(r.rest_first) <= version_key("4.15.0")


# -- one fixture per language ---------------------------------------------------------------------


def test_c_fixture(catalogue):
    report = audit([FIXTURES / "c"], catalogue=catalogue)
    assert _dep(report, "XEN_DMOP_set_irq_level").verdicts["x86_64"].since == "4.15.0"
    assert _dep(report, "SCHEDOP_yield").sites[0].where == "backend.c:31"
    assert _dep(report, "sched_op").verdicts["arm64"].status == "stable"
    [xc] = [c for c in report.library_calls if not c.stable_library]
    assert (xc.function, xc.effects) == ("xc_domain_setmaxmem", ("XEN_DOMCTL_max_mem",))
    assert "raise_irq" not in {c.function for c in report.library_calls}  # the program's own function
    assert [u.name for u in report.unresolved] == ["XEN_DMOP_no_such_op"]
    checks = {t.name: t for t in report.own_types}
    assert checks["struct xen_dm_op_nr_vcpus"].mismatches == []
    assert checks["struct xen_dm_op_nr_vcpus"].releases["arm64"][0] == "4.15.0"
    stale = checks["struct evtchn_bind_interdomain"]
    # the comparison engine's verdict, Xen's layout as the old side
    assert "x86_64: field-removed: local_port evtchn_port_t at 8 -> (absent) (Xen 4.0.0 -> this definition)" in (
        stale.mismatches
    )
    assert "layout engine" in stale.oracle
    assert report.status == 8 | 16


def test_rust_fixture(catalogue):
    report = audit([FIXTURES / "rust"], catalogue=catalogue)
    assert {c.function for c in report.library_calls} == {"xenevtchn_open", "xenevtchn_notify"}
    assert "extern" not in {u.name for u in report.unresolved}
    assert _dep(report, "EVTCHNOP_send").sites[0].via[0].startswith("xenevtchn_notify")
    # an ioctl the program issues itself, resolved through the kernel table
    assert _dep(report, "XENMEM_acquire_resource").sites[0].via[0].startswith("IOCTL_PRIVCMD_MMAP_RESOURCE")
    checks = {t.name: t for t in report.own_types}
    good = checks["XenMemAcquireResource"]
    assert (good.catalogue_name, good.mismatches) == ("struct xen_mem_acquire_resource", [])
    bad = checks["xen_dm_op_set_ioreq_server_state"]
    assert any(m.startswith("x86_64: field-type-changed: enabled ") and "size 1 -> 2" in m for m in bad.mismatches)
    from xen_abi.audit.owntypes import HOST_ARCH

    if HOST_ARCH == "x86_64" and (shutil.which("rustc") or (Path.home() / ".cargo/bin/rustc").exists()):
        assert "rustc on x86_64" in good.oracle
        assert not any("disagree" in m for t in report.own_types for m in t.mismatches)


def test_rust_program_on_a_bindings_crate_is_followed_into_the_modules_it_uses(catalogue):
    report = audit([FIXTURES / "rust_crate" / "app" / "src"], catalogue=catalogue)
    assert report.followed == ("src/ioreq.rs", "src/privcmd.rs")  # not the generated data, not unused.rs
    op = _dep(report, "XEN_DMOP_create_ioreq_server")
    assert op.sites[0].where == "xen_abi_bindings/src/ioreq.rs:8"
    assert _dep(report, "dm_op").sites  # also through IOCTL_PRIVCMD_DM_OP in privcmd.rs
    assert {d.name for d in report.dependencies}.isdisjoint({"XEN_DOMCTL_createdomain", "XEN_SYSCTL_physinfo"})
    assert report.status == 0


def test_a_program_that_uses_nothing_of_xen(tmp_path, catalogue):
    (tmp_path / "hello.c").write_text("int main(void) { return 0; }\n")
    report = audit([tmp_path], catalogue=catalogue)
    assert {r.arch: (r.first, r.last) for r in report.ranges} == {
        "x86_64": ("4.0.0", "4.22.0"),
        "arm64": ("4.3.0", "4.22.0"),
    }
    assert "Nothing of Xen's interface found" in render(report, "text")


def test_python_fixture(catalogue):
    report = audit([FIXTURES / "python"], catalogue=catalogue)
    # f"XENMEM_{op}" with op = "acquire_resource", at the literal's line
    assert _dep(report, "XENMEM_acquire_resource").sites[0].where == "server.py:16"
    assert _dep(report, "EVTCHNOP_bind_interdomain").sites[0].via[0].startswith("IOCTL_EVTCHN_BIND_INTERDOMAIN")
    assert _dep(report, "HVMOP_set_isa_irq_level").verdicts["x86_64"].status == "deprecated"
    assert [s.via for s in report.devices] == [("/dev/xen/evtchn",)]
    assert report.status == 32


# -- formats and the command line -----------------------------------------------------------------


def test_formats(catalogue):
    report = audit([FIXTURES / "c"], catalogue=catalogue)
    doc = json.loads(render(report, "json"))
    assert doc["schema"] == "xen-abi-audit/1" and doc["exit_status"] == report.status
    assert {r["dom0"] for r in doc["ranges"]} == {"pv", "translated"}
    sarif = json.loads(render(report, "sarif"))
    results = sarif["runs"][0]["results"]
    located = {(r["ruleId"], r["locations"][0]["physicalLocation"]["region"]["startLine"]) for r in results}
    assert ("unstable-library", 33) in located and ("own-type", 16) in located
    assert all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "backend.c" for r in results)
    text = render(report, "text")
    assert "no release: 2 dependencies are not stable (xc_domain_setmaxmem, XEN_DOMCTL_max_mem)" in text
    md = render(report, "markdown")
    assert "| x86\\_64 |" not in md and "| x86_64 |" in md


def test_markdown_escapes_hostile_paths(tmp_path, catalogue):
    hostile = tmp_path / "a|b<script>*x*.c"
    hostile.write_text("int f(void) { return xc_domain_pause(0, 1); }\n")
    report = audit([hostile], catalogue=catalogue)
    md = render(report, "markdown")
    assert "<script>" not in md and "a\\|b&lt;script&gt;" in md
    escape = tmp_path / "\x1b[31mred.c"
    escape.write_text("int g(void) { return xc_domain_pause(0, 1); }\n")
    text = render(audit([escape], catalogue=catalogue), "text")
    assert "\x1b" not in text and "?[31mred.c" in text


def test_cli_exit_status_and_errors(tmp_path, capsys):
    out = tmp_path / "r.json"
    assert main(["audit", str(FIXTURES / "python"), "--format", "sarif", "--report", f"json={out}"]) == 32
    assert json.loads(out.read_text())["exit_status"] == 32
    assert json.loads(capsys.readouterr().out)["version"] == "2.1.0"
    assert main(["audit", str(tmp_path / "missing")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("xen-abi: error: ") and err.count("\n") == 1 and "missing" in err
    assert main(["audit", str(FIXTURES / "c"), "--format", "yaml"]) == 3
    assert main(["audit", str(FIXTURES / "c"), "--arch", "sparc"]) == 3
    assert main(["audit", str(FIXTURES / "c"), "--fail-on", "sometimes"]) == 3


def test_fail_on_selects_the_bits(catalogue):
    report = audit([FIXTURES / "c"], catalogue=catalogue, fail_on="any")
    assert report.status == 4 | 8 | 16
    report.fail_on = "none"
    assert report.status == 0
    report.fail_on = "changed"
    assert report.status == 16


def test_command_runs_as_installed():
    run = subprocess.run(
        [sys.executable, "-m", "xen_abi", "audit", "no-such-dir"], capture_output=True, text=True, check=False
    )
    assert (run.returncode, run.stderr.strip()) == (1, "xen-abi: error: no-such-dir: no such file or directory")
