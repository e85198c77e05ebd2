"""The committed cffi package (generated/xen_abi_bindings): self-test, API, errors, detection, dry runs."""

from __future__ import annotations

import errno
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from xen_abi.store.catalogue import Catalogue

GENERATED = Path(__file__).resolve().parents[1] / "generated"
sys.path.insert(0, str(GENERATED))

import xen_abi_bindings as xab  # noqa: E402
from xen_abi_bindings import privcmd, version  # noqa: E402
from xen_abi_bindings.barrier import barrier_implementation, full_barrier  # noqa: E402
from xen_abi_bindings.ioreq import IoreqServer  # noqa: E402


def _run_isolated(code: str) -> subprocess.CompletedProcess:
    """Run ``code`` with only generated/ importable and ``abi`` made unimportable."""
    prelude = f"import sys; sys.path.insert(0, {str(GENERATED)!r}); sys.modules['xen_abi'] = None; "
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    return subprocess.run(
        [sys.executable, "-c", prelude + code], capture_output=True, text=True, env=env, cwd="/", timeout=300
    )


def test_the_committed_package_is_the_one_under_test() -> None:
    assert Path(xab.__file__).resolve().parent == GENERATED / "xen_abi_bindings"


def test_selftest_passes_on_this_machine_without_abi() -> None:
    done = _run_isolated("from xen_abi_bindings.selftest import main; sys.exit(main(['-q']))")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "selftest passed" in done.stdout and "0 mismatches (x86_64)" in done.stdout


def test_selftest_fails_loudly_on_a_wrong_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    from xen_abi_bindings import _runtime, selftest

    data = _runtime.arch_data("x86_64")
    entry = next(t for t in data["types"].values() if t["decl"].startswith("struct ioreq {"))
    monkeypatch.setitem(entry, "size", entry["size"] + 8)
    report = selftest.Report()
    selftest.check_bindings(xab.Bindings("x86_64", "core", None), report, only={"struct ioreq"})
    assert report.mismatches == ["x86_64 core: struct ioreq: sizeof: cffi 32, catalogue 40"]


def test_selftest_usage_errors_exit_2() -> None:
    done = _run_isolated("from xen_abi_bindings.selftest import main; sys.exit(main(['--arch', 'mips']))")
    assert done.returncode == 2 and "unknown architecture 'mips'" in done.stderr


def test_core_matches_the_catalogue_for_the_ioreq_surface(catalogue: Catalogue) -> None:
    for arch in ("x86_64", "arm64", "x86_32", "arm32"):
        b = xab.core(arch)
        for release in xab.RELEASES:
            cfg = catalogue.release(release).configs[f"{arch}/guest"]
            for name in ("struct xen_dm_op", "struct xen_dm_op_ioreq_server_range", "struct ioreq"):
                ours, theirs = b.layout(name), cfg.types[name].layout
                assert (ours.size, ours.align) == (theirs.size, theirs.align)
                for f in theirs.fields:
                    if f.bit_width is None:
                        assert b.ffi.offsetof(name, f.name) == f.offset, (arch, release, name, f.name)
            assert (
                b.XEN_DMOP_map_io_range_to_ioreq_server == cfg.constants["XEN_DMOP_map_io_range_to_ioreq_server"].value
            )


def test_bitfield_accessors_use_the_catalogue_positions(catalogue: Catalogue) -> None:
    b = xab.core()
    fields = {
        f.name: f for f in catalogue.release("4.22.0").configs["x86_64/guest"].types["struct ioreq"].layout.fields
    }
    req = b.new("ioreq_t")
    b.set_bits(req, "state", 0b1010)
    b.set_bits(req, "dir", 1)
    raw = b.to_bytes(req)
    state, direction = fields["state"], fields["dir"]
    assert (raw[state.offset] >> state.bit_offset) & 0xF == 0b1010
    assert (raw[direction.offset] >> direction.bit_offset) & 1 == 1
    assert (b.get_bits(req, "state"), b.get_bits(req, "dir"), b.get_bits(req, "df")) == (0b1010, 1, 0)
    with pytest.raises(xab.NameNotFound, match="has no bit-field 'statе'"):
        b.get_bits(req, "statе")


def test_union_member_views_are_typed() -> None:
    b = xab.core("arm64")
    op = b.new("struct xen_dm_op")
    b.union_member(op, "u", "map_io_range_to_ioreq_server").end = 0x1122334455667788
    raw = b.to_bytes(op)
    end = dict((f[0], f) for f in b.layout("struct xen_dm_op_ioreq_server_range").fields)["end"]
    start = b.ffi.offsetof("struct xen_dm_op", "u") + end[1]
    assert raw[start : start + 8] == (0x1122334455667788).to_bytes(8, "little")
    with pytest.raises(xab.NameNotFound, match="no typed alternative 'nope'"):
        b.union_member(op, "u", "nope")


def test_foreign_architectures_are_packed_with_exact_offsets() -> None:
    b = xab.core("x86_32")
    assert not b.native and b.ffi.alignof("struct xen_dm_op") == 1
    assert b.ffi.sizeof("struct xen_mem_acquire_resource") == 28  # not 32, as x86_64's rules would give
    assert xab.core().native


def test_release_and_name_errors_say_what_to_do() -> None:
    with pytest.raises(xab.ReleaseError, match=r"Xen 4\.12 is outside the range .*: 4\.15\.0 \.\. 4\.22\.0"):
        xab.for_release("4.12")
    with pytest.raises(xab.ReleaseError, match="not a Xen release name"):
        xab.for_release("latest")
    with pytest.raises(xab.ReleaseError, match=r"ppc64 is covered for 4\.22\.0 \.\. 4\.22\.0 only"):
        xab.for_release("4.17", "ppc64")
    with pytest.raises(xab.ArchError, match="unknown architecture 'mips'; these bindings hold: x86_32"):
        xab.core("mips")
    with pytest.raises(xab.NameNotFound, match="did you mean: XEN_DMOP_nr_vcpus"):
        _ = xab.core().XEN_DMOP_nr_vcpu
    assert xab.for_release("4.17.5").release == "4.17.0"  # a point release has its branch's ABI


def test_committed_package_reaches_each_release_tools_view() -> None:
    """domctl and sysctl are tools-only: reachable per release, with that release's interface version."""
    assert xab.for_release("4.17", tools=True).constant("XEN_DOMCTL_INTERFACE_VERSION") == 0x15
    assert xab.for_release("4.20", tools=True).constant("XEN_DOMCTL_INTERFACE_VERSION") == 0x17


def test_a_package_without_tools_views_says_how_to_get_them(tmp_path: Path) -> None:
    from xen_abi.cli.main import main

    out = tmp_path / "xab_no_tools"
    assert main(["codegen", "cffi", "-q", "--arch", "x86_64", "--from", "4.22", "-o", str(out)]) == 0
    code = (
        f"import sys; sys.path.insert(0, {str(tmp_path)!r}); import xab_no_tools as x\n"
        "try:\n    x.for_release('4.22', 'x86_64', tools=True)\nexcept x.ReleaseError as e:\n    print(e)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stderr
    assert "--with-tools-only" in done.stdout


def test_changed_items_are_reachable_only_per_release() -> None:
    data_changed = next(iter(xab.for_release("4.15.0")._data["release_constants"]["4.15.0"]))
    with pytest.raises(xab.NameNotFound, match=r"changes within 4\.15\.0 \.\. 4\.22\.0; use for_release"):
        xab.core().constant(data_changed)
    values = {r: xab.for_release(r).constant(data_changed) for r in xab.RELEASES}
    assert len(set(values.values())) > 1


def test_errors_carry_xen_errno_names() -> None:
    err = xab.XenError(95, "dm_op on domain 1", privcmd.xen_errno_name(95, "x86_64"))
    assert (err.errno, err.name, err.xen_name) == (95, errno.errorcode[95], "XEN_EOPNOTSUPP")
    assert "XEN_EOPNOTSUPP" in str(err) and isinstance(err, OSError)
    assert privcmd.xen_errno_name(11, "arm64") == "XEN_EAGAIN"  # the first name of a shared value


def test_version_from_sysfs_and_its_release(tmp_path: Path) -> None:
    (tmp_path / "version").mkdir()
    (tmp_path / "type").write_text("xen\n")
    for part, text in (("major", "4\n"), ("minor", "17\n"), ("extra", ".3\n")):
        (tmp_path / "version" / part).write_text(text)
    found = version.from_sysfs(tmp_path)
    assert found is not None and str(found) == "4.17.3" and found.source == "sysfs"
    assert version.release_of(found, "x86_64") == "4.17.0"
    assert version.from_sysfs(tmp_path / "absent") is None
    with pytest.raises(xab.ReleaseError, match="outside the range"):
        version.release_of(version.XenVersion(4, 12, ".0", "sysfs"), "x86_64")


def test_no_xen_here_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(xab.XenUnavailable, match="does not exist: not running on Xen"):
        privcmd.Privcmd(str(tmp_path / "privcmd"))


def test_ioctl_codes_are_module_attributes_under_linux_names() -> None:
    assert ord("P") << 8 == privcmd.IOCTL_PRIVCMD_HYPERCALL & 0xFF00
    assert {privcmd.IOCTL_PRIVCMD_DM_OP & 0xFF, privcmd.IOCTL_PRIVCMD_MMAP_RESOURCE & 0xFF} == {5, 7}
    with pytest.raises(AttributeError):
        _ = privcmd.IOCTL_PRIVCMD_NOPE


def test_barrier_is_available_here() -> None:
    full_barrier()
    assert barrier_implementation()


def test_dry_run_records_dm_op_buffers_for_any_arch(catalogue: Catalogue) -> None:
    out = io.StringIO()
    dry = privcmd.DryRun("arm64", out=out, json_lines=True)
    server = IoreqServer(dry, 3)
    server.id = 0x1234
    server.map_io_range(xab.core("arm64").XEN_DMOP_IO_RANGE_MEMORY, 0xFEB00000, 0xFEB00FFF)
    [call] = dry.calls
    cfg = catalogue.release("4.22.0").configs["arm64/guest"]
    rng = {f.name: f for f in cfg.types["struct xen_dm_op_ioreq_server_range"].layout.fields}
    base = {f.name: f for f in cfg.types["struct xen_dm_op"].layout.fields}["u"].offset
    raw = call.buffers[0]
    assert len(raw) == cfg.types["struct xen_dm_op"].layout.size
    assert int.from_bytes(raw[0:4], "little") == cfg.constants["XEN_DMOP_map_io_range_to_ioreq_server"].value
    assert int.from_bytes(raw[base + rng["id"].offset : base + rng["id"].offset + 2], "little") == 0x1234
    assert int.from_bytes(raw[base + rng["start"].offset : base + rng["start"].offset + 8], "little") == 0xFEB00000
    assert json.loads(out.getvalue())["args"] == {"domid": 3, "nr_bufs": 1}


def test_package_data_declared_in_pyproject_is_all_it_needs(tmp_path: Path) -> None:
    """A fresh install ships *.py and the package-data globs of pyproject.toml: that alone must work."""
    import sysconfig
    import tomllib

    config = tomllib.loads((GENERATED / "pyproject.toml").read_text())  # the distribution xen-abi-bindings
    assert config["tool"]["setuptools"]["packages"] == ["xen_abi_bindings"]
    globs = ["*.py", *config["tool"]["setuptools"]["package-data"]["xen_abi_bindings"]]
    source, target = GENERATED / "xen_abi_bindings", tmp_path / "site" / "xen_abi_bindings"
    for pattern in globs:
        for path in source.glob(pattern):
            (target / path.relative_to(source)).parent.mkdir(parents=True, exist_ok=True)
            (target / path.relative_to(source)).write_bytes(path.read_bytes())
    # -S: no site-packages .pth files, so no editable finder can supply the checkout's copy.
    code = (
        f"import sys; sys.path[:0] = [{str(tmp_path / 'site')!r}, {sysconfig.get_paths()['purelib']!r}, "
        f"{sysconfig.get_paths()['platlib']!r}]; sys.modules['xen_abi'] = None\n"
        "import xen_abi_bindings as x; print(x.__file__)\n"
        "from xen_abi_bindings.selftest import main; sys.exit(main(['-q']))\n"
    )
    done = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True, cwd="/", timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.startswith(str(target / "__init__.py"))


def test_real_ioctl_path_reports_errors_as_xen_errors(tmp_path: Path) -> None:
    """Through syscall(SYS_ioctl) on a file that is not privcmd: the kernel's ENOTTY comes back as XenError."""
    fake = tmp_path / "privcmd"
    fake.write_bytes(b"")
    with privcmd.Privcmd(str(fake), hypercall_path=str(tmp_path / "no-hypercall-device")) as pc:
        with pytest.raises(xab.XenError) as caught:
            pc.hypercall(xab.core().constant("__HYPERVISOR_xen_version"), 0, 0)
        assert caught.value.errno == errno.ENOTTY and caught.value.name == "ENOTTY"
        assert caught.value.xen_name is None  # Xen's errno.h has no ENOTTY
        assert not pc.has_dm_op()  # no DM_OP ioctl here, as on a kernel without it
        # No /dev/xen/hypercall: locked anonymous memory, usable and page-aligned.
        buf = pc.hypercall_buffer(16)
        assert buf.locked and buf.address % 4096 == 0 and len(buf) == 16
        buf.write(b"xen")
        assert buf.read(3) == b"xen"
