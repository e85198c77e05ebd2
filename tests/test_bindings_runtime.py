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


def _fake_arch(monkeypatch: pytest.MonkeyPatch, releases: list[str], tools: dict | None = None) -> None:
    """Make x86_64's data hold only ``releases`` (and ``tools``), for the release-resolution rules."""
    from xen_abi_bindings import _runtime

    data = {**_runtime.arch_data("x86_64"), "releases": releases, "tools": tools or {}}
    monkeypatch.setattr(_runtime, "arch_data", lambda arch: data)
    _runtime.tools_view.cache_clear()
    monkeypatch.setattr(_runtime, "tools_view", _runtime.tools_view.__wrapped__)


def test_a_point_release_resolves_exactly_or_to_its_series_newest_known(monkeypatch: pytest.MonkeyPatch) -> None:
    from xen_abi_bindings import _runtime

    _fake_arch(monkeypatch, ["4.16.0", "4.17.0", "4.17.1", "4.17.7", "4.18.0", "4.19-unstable"])
    assert _runtime.resolve("4.17.7", "x86_64") == _runtime.Resolved("4.17.7", "4.17.7", None)
    assert _runtime.resolve("4.17", "x86_64").release == "4.17.0"
    newer = _runtime.resolve("4.17.9", "x86_64")  # a point release newer than any known
    assert newer.release == "4.17.7" and newer.requested == "4.17.9"
    assert newer.note is not None and "using 4.17.7, the newest release of the 4.17 series" in newer.note
    assert _runtime.resolve("4.17.3", "x86_64").release == "4.17.1"  # one the bindings skip: the one before it
    assert _runtime.resolve("4.19-unstable", "x86_64").note is None
    assert _runtime.resolve("4.18.5", "x86_64").release == "4.18.0"
    with pytest.raises(xab.ReleaseError):
        _runtime.resolve("4.12.3", "x86_64")  # an unknown series: as any unknown release


def test_for_release_of_an_unknown_point_warns_and_says_so_on_the_bindings() -> None:
    newest = max((r for r in xab.RELEASES if r.startswith("4.17.")), key=lambda r: int(r.split(".")[2]))
    with pytest.warns(xab.ReleaseWarning, match=f"using {newest}"):
        b = xab.for_release("4.17.99")
    assert (b.release, b.requested) == (newest, "4.17.99") and b.release_note and newest in b.release_note
    assert xab.for_release(newest).release_note is None


def test_the_running_version_names_its_point_release() -> None:
    assert version.XenVersion(4, 17, ".7", "sysfs").release_name() == "4.17.7"
    assert version.XenVersion(4, 17, ".8-pre", "sysfs").release_name() == "4.17.8"
    assert version.XenVersion(4, 17, "", "hypercall").release_name() == "4.17.0"
    assert version.XenVersion(4, 23, "-unstable", "sysfs").release_name() == "4.23-unstable"
    assert version.XenVersion(4, 18, "-rc", "sysfs").release_name() == "4.18-unstable"


def test_tools_views_are_stored_as_deltas_and_rebuilt_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    from xen_abi.codegen.cffi import _tools_deltas
    from xen_abi_bindings import _runtime

    first = {
        "types": [["a", "1"], ["b", "2"], ["c", "3"]],
        "constants": {"X": 1, "Y": 2},
        "interface_macros": {},
        "macros": {"F": [["x"], "k1", "h.h:1", "(x)"]},
    }
    changed = {"types": [["a", "1"], ["b", "9"], ["d", "4"], ["c", "3"]], "constants": {"X": 5}, "macros": {}}
    views = {"4.17.0": first, "4.17.1": dict(first), "4.17.2": {**changed, "interface_macros": {"b": "M"}}}
    stored = _tools_deltas(views)
    assert stored["4.17.1"] == {
        "base": "4.17.0",
        "types": [["=", 0, 3]],
        "constants": {"set": {}, "del": []},
        "interface_macros": {"set": {}, "del": []},
        "macros": {"set": {}, "del": []},
    }  # an identical view costs nothing
    assert stored["4.17.2"]["macros"] == {"set": {}, "del": ["F"]}
    _fake_arch(monkeypatch, list(views), stored)
    for release, view in views.items():
        rebuilt = _runtime.tools_view("x86_64", release)
        assert [list(t) for t in rebuilt.types] == view["types"]
        assert rebuilt.constants == view["constants"] and rebuilt.interface_macros == view["interface_macros"]
        assert rebuilt.macros == view["macros"]


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
    assert version.release_of(found, "x86_64") == ("4.17.3" if "4.17.3" in xab.RELEASES else "4.17.0")
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


def test_an_unknown_type_name_says_did_you_mean() -> None:
    with pytest.raises(xab.NameNotFound, match=r"no type 'struct xen_dm_opp' .*; did you mean 'struct xen_dm_op'\?"):
        xab.core().new("struct xen_dm_opp")
    with pytest.raises(xab.NameNotFound, match="did you mean 'ioreq_t'"):
        xab.core().cast("ioreq", bytearray(64))
    assert len(xab.core().new("xen_pfn_t[3]")) == 3  # arrays of known types still work


@pytest.mark.parametrize("arch", ["x86_64", "arm32"])
def test_set_handle_points_a_guest_handle_at_a_buffer(arch: str) -> None:
    b = xab.core(arch)
    res = b.new("struct xen_mem_acquire_resource")
    frames = b.new("xen_pfn_t[2]")
    address = b.set_handle(res.frame_list, frames)
    assert address == int(b.ffi.cast("uintptr_t", frames)) and address == xab.set_handle(res.frame_list, frames)
    at = b.layout("struct xen_mem_acquire_resource").fields[-1]
    assert at[0] == "frame_list"
    raw = b.to_bytes(res)[at[1] : at[1] + at[2]]
    assert int.from_bytes(raw, "little") == address  # the whole handle: Arm's 64-bit handle zero-extended
    assert b.handle(frames) == address
    with pytest.raises(TypeError, match="expected a guest handle member"):
        b.set_handle(res.domid, frames)


def test_set_handle_refuses_an_address_its_handle_cannot_hold() -> None:
    b = xab.core("x86_32")
    res = b.new("struct xen_mem_acquire_resource")
    with pytest.raises(ValueError, match="does not fit this 4-byte guest handle"):
        b.set_handle(res.frame_list, 1 << 40)
    assert b.set_handle(res.frame_list, 0x1000) == 0x1000 == res.frame_list.p


def test_dry_run_names_the_subop_and_shows_every_reachable_buffer() -> None:
    out = io.StringIO()
    dry = privcmd.DryRun("x86_64", out=out)
    b = xab.core("x86_64")
    res = b.new("struct xen_mem_acquire_resource")
    res.domid, res.nr_frames = 7, 2
    frames = b.new("xen_pfn_t[2]", [0x1234, 0x5678])
    b.set_handle(res.frame_list, frames)
    dry.hypercall(b.hypercall("memory_op"), b.XENMEM_acquire_resource, res)
    [call] = dry.calls
    assert (call.hypercall, call.subop) == ("memory_op", "XENMEM_acquire_resource")
    assert call.paths == ["arg1", "arg1.frame_list"]
    assert call.buffers == [b.to_bytes(res), b.to_bytes(frames)]
    assert call.fields[0]["domid"] == 7 and call.fields[0]["frame_list"] == int(b.ffi.cast("uintptr_t", frames))
    text = out.getvalue()
    assert text.startswith("hypercall memory_op XENMEM_acquire_resource op=12 arg0=28 arg1=0x")
    assert "buffer 1 arg1.frame_list (uint64_t[2], 16 bytes): 3412000000000000 7856000000000000" in text
    assert "domid=7 type=0 id=0 nr_frames=2" in text

    buf = dry.hypercall_buffer(16)  # a hypercall buffer passed as an argument is shown too
    dry.hypercall(b.hypercall("xen_version"), b.XENVER_extraversion, buf)
    assert (dry.calls[-1].subop, dry.calls[-1].buffers) == ("XENVER_extraversion", [bytes(16)])


def test_dry_run_decodes_a_dm_op_payload_by_name() -> None:
    dry = privcmd.DryRun("arm64", out=None)
    server = IoreqServer(dry, 3)
    server.id = 5
    server.map_io_range(xab.core("arm64").XEN_DMOP_IO_RANGE_PORT, 0x510, 0x51F)
    [call] = dry.calls
    assert (call.name, call.subop, call.types) == (
        "dm_op",
        "XEN_DMOP_map_io_range_to_ioreq_server",
        ["struct xen_dm_op"],
    )
    fields = call.fields[0]
    assert fields["u.map_io_range_to_ioreq_server.id"] == 5
    assert (fields["u.map_io_range_to_ioreq_server.start"], fields["u.map_io_range_to_ioreq_server.end"]) == (
        0x510,
        0x51F,
    )
    assert call.to_json()["subop"] == "XEN_DMOP_map_io_range_to_ioreq_server"


def test_every_public_name_has_a_docstring_and_the_package_is_typed() -> None:
    import importlib
    import inspect
    import pkgutil

    missing = []
    modules = [xab] + [
        importlib.import_module(f"xen_abi_bindings.{m.name}") for m in pkgutil.iter_modules(xab.__path__)
    ]
    for module in modules:
        if not module.__doc__:
            missing.append(module.__name__)
        for name, obj in vars(module).items():
            if name.startswith("_") or getattr(obj, "__module__", None) != module.__name__:
                continue
            if not (inspect.isfunction(obj) or inspect.isclass(obj)):
                continue
            if not obj.__doc__ or obj.__doc__.startswith(f"{name}("):  # a dataclass's generated signature
                missing.append(f"{module.__name__}.{name}")
            for member, value in vars(obj).items() if inspect.isclass(obj) else ():
                function = value.fget if isinstance(value, property) else value
                if not member.startswith("_") and inspect.isfunction(function) and not function.__doc__:
                    missing.append(f"{module.__name__}.{name}.{member}")
    assert not missing
    assert (GENERATED / "xen_abi_bindings" / "py.typed").exists()


def test_every_release_of_the_range_is_served_exactly_and_unchanged_views_cost_nothing() -> None:
    from xen_abi_bindings import _runtime

    for release in xab.RELEASES:
        b = xab.for_release(release)
        assert (b.release, b.release_note) == (release, None)
    data = _runtime.arch_data("x86_64")
    for release, stored in data["tools"].items():
        if stored["base"] is None:
            continue
        view, base = _runtime.tools_view("x86_64", release), _runtime.tools_view("x86_64", stored["base"])
        if view == base:  # e.g. a point release that changed no x86_64 tools header
            assert stored["types"] == [["=", 0, len(base.types)]]
            assert stored["constants"] == stored["interface_macros"] == {"set": {}, "del": []}
