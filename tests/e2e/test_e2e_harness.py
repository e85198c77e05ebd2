"""The end-to-end harness's own parts, without booting anything (fast; no QEMU, no network)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from xen_e2e import E2EError, cli, qemu
from xen_e2e.apt import AptSuite
from xen_e2e.artefacts import Hypervisor
from xen_e2e.expect import dom0_max_pages, interface_version, mismatches
from xen_e2e.initramfs import load_order, module_name, read_modules_dep
from xen_e2e.payload import build_payload
from xen_e2e.runner import ProgramRun
from xen_e2e.serial import DONE, RESULT_BEGIN, RESULT_END, read_serial, tail
from xen_e2e.sources import Source, host_sources, parse_deb822, parse_one_line, sources_for
from xen_e2e.xen_errno import errno_name

FIXTURES = Path(__file__).with_name("fixtures")
SMOKE_LOG = (FIXTURES / "serial-4.17-smoke.log").read_text()
NO_DOM0_LOG = (FIXTURES / "serial-4.17-no-dom0.log").read_text()


# -- sources: the host's mirror, never a hard-coded host -----------------------------------


DEB822 = """\
Types: deb
# http://snapshot.debian.org/archive/debian/20250520T000000Z
URIs: http://mirror.example/debian
Suites: bookworm bookworm-updates
Components: main contrib
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: http://mirror.example/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb
URIs: https://third-party.example/apt
Suites: nodistro
Components: main

Types: deb-src
URIs: http://mirror.example/debian
Suites: bookworm
Components: main
"""


def test_deb822_sources_are_read_with_their_keyring():
    sources = parse_deb822(DEB822, "debian.sources")
    assert [s.uri for s in sources] == [
        "http://mirror.example/debian",
        "http://mirror.example/debian-security",
        "https://third-party.example/apt",
    ]
    assert sources[0].suites == ("bookworm", "bookworm-updates")
    assert sources[0].signed_by == "/usr/share/keyrings/debian-archive-keyring.gpg"


def test_one_line_sources_with_options_and_comments():
    text = (
        "# a comment\ndeb [arch=amd64 signed-by=/k.gpg] http://m.example/debian/ bookworm main # tail\ndeb-src x y z\n"
    )
    assert parse_one_line(text, "sources.list") == [
        Source("http://m.example/debian", ("bookworm",), ("main",), "/k.gpg")
    ]
    with pytest.raises(E2EError, match=r"sources.list:1: cannot read"):
        parse_one_line("deb\n", "sources.list")


def test_another_suite_reuses_the_host_mirror_and_drops_third_parties():
    trixie = sources_for("trixie", "bookworm", parse_deb822(DEB822, "debian.sources"))
    assert [(s.uri, s.suites, s.components) for s in trixie] == [
        ("http://mirror.example/debian", ("trixie", "trixie-updates"), ("main",)),
        ("http://mirror.example/debian-security", ("trixie-security",), ("main",)),
    ]
    assert trixie[0].line() == (
        "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] "
        "http://mirror.example/debian trixie trixie-updates main"
    )


def test_no_debian_source_is_one_clear_error():
    with pytest.raises(
        E2EError, match=r"no Debian source for bookworm in /etc/apt \(found: https://x.example nodistro\)"
    ):
        sources_for("trixie", "bookworm", [Source("https://x.example", ("nodistro",), ("main",))])


def test_throw_away_apt_config_keeps_apt_state_off_the_host(tmp_path):
    if shutil.which("apt-config") is None:
        pytest.skip("not a Debian host (no apt-config)")
    suite = AptSuite(tmp_path / "apt", [Source("http://mirror.example/debian", ("trixie",), ("main",))])
    suite._write_config()
    config = (tmp_path / "apt/apt.conf").read_text()
    dirs = dict(line.split(" ", 1) for line in config.splitlines() if line.startswith("Dir::"))
    assert set(dirs) >= {"Dir::State", "Dir::State::status", "Dir::Cache", "Dir::Etc::Parts", "Dir::Etc::SourceList"}
    for value in dirs.values():
        assert value.strip('";').startswith(str(tmp_path)), value
    assert (tmp_path / "apt/status").read_text() == ""  # an empty dpkg status: nothing is "installed"
    assert (tmp_path / "apt/etc/sources.list").read_text() == "deb http://mirror.example/debian trixie main\n"
    # apt itself agrees that every state and config path is ours.
    env = {**os.environ, "APT_CONFIG": str(tmp_path / "apt/apt.conf")}
    dump = subprocess.run(["apt-config", "dump"], env=env, capture_output=True, text=True, check=True).stdout
    assert f'Dir::State::status "{tmp_path}/apt/status";' in dump
    assert "Post-Invoke" not in dump  # no host hook (docker-clean, packagekit) runs on our update


def test_the_host_has_a_debian_mirror_for_both_suites():
    if not Path("/etc/apt/sources.list.d").is_dir():
        pytest.skip("not a Debian host")
    sources = host_sources()
    for codename in ("bookworm", "trixie"):
        assert any(codename in s.suites for s in sources_for(codename, "bookworm", sources))


# -- initramfs: modules in dependency order -------------------------------------------------

MODULES_DEP = """\
kernel/fs/ext4/ext4.ko: kernel/lib/crc16.ko kernel/fs/mbcache.ko kernel/fs/jbd2/jbd2.ko
kernel/fs/mbcache.ko:
kernel/fs/jbd2/jbd2.ko:
kernel/lib/crc16.ko:
kernel/drivers/virtio/virtio.ko: kernel/drivers/virtio/virtio_ring.ko
kernel/drivers/virtio/virtio_ring.ko:
kernel/drivers/block/virtio_blk.ko: kernel/drivers/virtio/virtio.ko kernel/drivers/virtio/virtio_ring.ko
kernel/drivers/xen/xenfs/xenfs.ko: kernel/drivers/xen/xen-privcmd.ko
kernel/drivers/xen/xen-privcmd.ko:
"""


def test_modules_load_after_their_dependencies_each_once(tmp_path):
    (tmp_path / "modules.dep").write_text(MODULES_DEP)
    deps = read_modules_dep(tmp_path / "modules.dep")
    order = [module_name(p) for p in load_order(deps, ("virtio_blk", "ext4", "xenfs", "xen-privcmd"))]
    assert order == ["virtio_ring", "virtio", "virtio_blk", "crc16", "mbcache", "jbd2", "ext4", "xen-privcmd", "xenfs"]


def test_unknown_module_suggests_close_names(tmp_path):
    (tmp_path / "modules.dep").write_text(MODULES_DEP)
    with pytest.raises(E2EError, match=r"kernel module xen_privcmd is not in modules.dep \(did you mean xen-privcmd"):
        load_order(read_modules_dep(tmp_path / "modules.dep"), ("xen_privcmd",))


def test_bad_modules_dep_names_its_line(tmp_path):
    (tmp_path / "modules.dep").write_text("kernel/a.ko:\nnot a dep line\n")
    with pytest.raises(E2EError, match=r"modules.dep:2: not a modules.dep line"):
        read_modules_dep(tmp_path / "modules.dep")


# -- payload: an ext4 image built without mounting ------------------------------------------


@pytest.mark.skipif(shutil.which("mke2fs") is None or shutil.which("debugfs") is None, reason="needs e2fsprogs")
def test_payload_image_carries_program_packages_and_second_stage(tmp_path):
    program = tmp_path / "prog.py"
    program.write_text("print('hi')\n")
    package = tmp_path / "pkg"
    (package / "__pycache__").mkdir(parents=True)
    (package / "__init__.py").write_text("X = 1\n")
    (package / "__pycache__" / "x.pyc").write_bytes(b"junk")
    image = build_payload(program, [package], tmp_path / "out" / "payload.ext4")

    def debugfs(request: str) -> str:
        return subprocess.run(["debugfs", "-R", request, str(image)], capture_output=True, text=True).stdout

    assert debugfs("cat /program.py") == "print('hi')\n"
    assert debugfs("cat /lib/pkg/__init__.py") == "X = 1\n"
    assert "x.pyc" not in debugfs("ls /lib/pkg/__pycache__")
    init = debugfs("cat /init.sh")
    assert "mount -t xenfs xenfs /proc/xen" in init
    assert init.index(RESULT_BEGIN) < init.index(RESULT_END) < init.index(f"{DONE} status=$status")
    assert list((tmp_path / "out").iterdir()) == [image]  # no temporary left beside it


def test_payload_refuses_a_directory_that_is_not_a_package(tmp_path):
    (tmp_path / "prog.py").write_text("")
    with pytest.raises(E2EError, match=r"not a Python package"):
        build_payload(tmp_path / "prog.py", [tmp_path], tmp_path / "p.ext4")
    assert not (tmp_path / "p.ext4").exists()


# -- serial log: stage reached, result, failure text ----------------------------------------


def test_a_complete_boot_is_read_from_a_real_log():
    report = read_serial(SMOKE_LOG)
    assert report.stage == "done"
    assert report.status == 0
    assert report.xen_version == "4.17.7"
    assert report.xen_package == "4.17.7+13-g2445b30a44-0+deb12u1"
    assert report.linux_version == "6.1.0-56-amd64"
    assert report.result is not None and report.result["version"] == {"major": "4", "minor": "17", "extra": ".7"}
    assert report.panic is None and report.errors == ()


def test_a_hypervisor_that_never_reaches_dom0_is_named_with_its_panic():
    report = read_serial(NO_DOM0_LOG)
    assert report.stage == "xen"
    assert report.panic == "Panic on CPU 0: Could not construct domain 0"
    assert report.result is None and report.status is None


@pytest.mark.parametrize(
    ("cut_before", "stage"),
    [("Linux version", "xen"), ("XEN-ABI-E2E-STAGE initramfs", "dom0-kernel"), (RESULT_BEGIN, "dom0-root")],
)
def test_a_log_cut_short_says_how_far_the_boot_got(cut_before, stage):
    text = SMOKE_LOG[: SMOKE_LOG.index(cut_before)]
    assert read_serial(text).stage == stage


def test_result_survives_a_xen_line_in_the_middle():
    begin = SMOKE_LOG.index(RESULT_BEGIN)
    second_line = SMOKE_LOG.index("\n", SMOKE_LOG.index("\n", begin) + 1) + 1
    text = SMOKE_LOG[:second_line] + "(XEN) d0v1 some message\r\n" + SMOKE_LOG[second_line:]
    assert read_serial(text).result == read_serial(SMOKE_LOG).result


def test_result_survives_xen_cutting_into_one_of_its_lines():
    # As it happened in a CI run on Xen 4.20: Xen's serial driver wrote its line into the middle of ours.
    begin = SMOKE_LOG.index(RESULT_BEGIN)
    cut = SMOKE_LOG.index(",", begin) + 1
    text = SMOKE_LOG[:cut] + "(XEN) uart interrupt taking more than 4ms, switched to polling\r\n" + SMOKE_LOG[cut:]
    assert read_serial(text).result_error is None
    assert read_serial(text).result == read_serial(SMOKE_LOG).result


def test_a_result_that_is_not_json_is_reported():
    text = SMOKE_LOG.replace('"privcmd": true', '"privcmd": tru')
    report = read_serial(text)
    assert report.result is None
    assert report.result_error and report.result_error.startswith("the program's result is not JSON")


def test_tail_is_the_last_non_empty_lines():
    assert tail("a\n\nb\r\nc\n", 2) == "b\nc"


def _program_run(text: str, *, status: int | None = 0, timed_out: bool = False) -> ProgramRun:
    hv = Hypervisor("4.17", "xen-hypervisor-4.17-amd64", "4.17.7+13-g2445b30a44-0+deb12u1", Path("xen"))
    boot = qemu.BootRun(Path("serial-4.17.log"), 1, status, timed_out, 12.0, text)
    return ProgramRun(hv, qemu.Boot(Path("xen"), Path("k"), Path("i"), ()), boot, read_serial(text))


def test_failure_message_names_the_stage_the_panic_and_shows_the_log_tail():
    run = _program_run(NO_DOM0_LOG)
    assert not run.ok
    message = run.failure()
    first = message.splitlines()[0]
    assert first.startswith("Xen 4.17 (xen-hypervisor-4.17-amd64 4.17.7+13-g2445b30a44-0+deb12u1): ")
    assert "the hypervisor never reached dom0" in first and "Could not construct domain 0" in first
    assert message.endswith(tail(NO_DOM0_LOG, 40))
    assert "(XEN) Reboot in five seconds..." in message


def test_failure_message_names_xen_errnos_of_failed_hypercalls():
    result = '{"errors": [{"call": "domctl getdomaininfo", "errno": -13}]}'
    cut = SMOKE_LOG.index(RESULT_BEGIN)
    text = SMOKE_LOG[:cut] + f"{RESULT_BEGIN}\n{result}\n{RESULT_END}\n{DONE} status=1\n"
    run = _program_run(text)
    assert not run.ok
    assert "domctl getdomaininfo: EACCES (-13)" in run.failure().splitlines()[0]


def test_failure_message_shows_errors_the_bindings_raised_without_a_hypercall():
    result = '{"errors": [{"call": "tools-only bindings", "error": "ReleaseError: no tools view"}]}'
    cut = SMOKE_LOG.index(RESULT_BEGIN)
    text = SMOKE_LOG[:cut] + f"{RESULT_BEGIN}\n{result}\n{RESULT_END}\n{DONE} status=1\n"
    assert "errors: tools-only bindings: ReleaseError: no tools view" in _program_run(text).failure()


def test_a_program_that_crashed_printed_no_result():
    cut = SMOKE_LOG.index(RESULT_BEGIN)
    text = SMOKE_LOG[:cut] + f"Traceback (most recent call last):\n{RESULT_BEGIN}\n{RESULT_END}\n{DONE} status=1\n"
    run = _program_run(text)
    assert run.report.result is None
    first = run.failure().splitlines()[0]
    assert first.endswith(
        "the program failed (exit status 1); the program printed no result (see its traceback above the marker)"
    )
    assert "Traceback (most recent call last):" in run.failure()


def test_a_timed_out_boot_is_a_failure_even_with_a_result():
    run = _program_run(SMOKE_LOG, status=None, timed_out=True)
    assert not run.ok
    assert run.failure().splitlines()[0].endswith("timed out after 12 s (the boot completed)")


def test_xen_errno_names_come_from_the_catalogue():
    assert errno_name(-13, "4.17.0") == "EACCES"
    assert errno_name(11, "4.20.0") == "EAGAIN"  # not its alias EWOULDBLOCK
    assert errno_name(-95, "4.20.0") == "EOPNOTSUPP"
    assert errno_name(4242, "4.20.0") == "errno 4242"


# -- what the host knows, against what the program reported ---------------------------------

PACKAGES = {"4.17": "4.17.7+13-g2445b30a44-0+deb12u1", "4.20": "4.20.4+63-g7abfd2bce2-0+deb13u1"}


def _program_report(series: str):
    return read_serial((FIXTURES / f"serial-{series}-program.log").read_text())


@pytest.mark.parametrize("series", ["4.17", "4.20"])
def test_real_results_of_both_hypervisors_hold(series):
    report = _program_report(series)
    assert report.stage == "done" and report.status == 0
    boot = qemu.Boot(Path("xen"), Path("k"), Path("i"), ())
    assert mismatches(report.result, series, PACKAGES[series], report, boot) == []


def test_one_release_results_do_not_pass_for_the_other():
    report = _program_report("4.20")
    boot = qemu.Boot(Path("xen"), Path("k"), Path("i"), ())
    wrong = mismatches(report.result, "4.17", PACKAGES["4.20"], report, boot)
    assert "release = '4.20.4', expected '4.17.0'" in wrong
    assert "xen_version.minor = 20, expected 17" in wrong
    assert "domctl_getdomaininfo.interface_version = 23, expected 0x15" in wrong
    assert "sysctl_physinfo.interface_version" not in " ".join(wrong)  # 0x15 on both: rightly no complaint


def test_results_are_checked_against_the_boot_and_the_package():
    report = _program_report("4.17")
    boot = qemu.Boot(Path("xen"), Path("k"), Path("i"), (), cpus=4, xen_args="dom0_mem=1G,max:1G")
    wrong = mismatches(report.result, "4.17", "4.17.6-1", report, boot)
    assert "sysctl_physinfo.nr_cpus = 2, expected 4 (QEMU -smp)" in wrong
    assert "memory.maximum_reservation = 131072, expected 262144 (dom0_mem max)" in wrong
    assert "Xen's banner names package 4.17.7+13-g2445b30a44-0+deb12u1, but 4.17.6-1 was booted" in wrong


def test_missing_and_failed_items_are_named():
    report = _program_report("4.17")
    result = dict(report.result)
    del result["grant_table"]
    result["checks"] = {**result["checks"], "dom0_is_domain_0": False}
    result["errors"] = [{"call": "x", "errno": 13}]
    wrong = mismatches(result, "4.17", PACKAGES["4.17"], report, qemu.Boot(Path("x"), Path("k"), Path("i"), ()))
    assert "grant_table.status: missing from the result" in wrong
    assert any(w.startswith("checks = ") and "failed: ['dom0_is_domain_0']" in w for w in wrong)
    assert any(w.startswith("errors = ") for w in wrong)


def test_interface_versions_and_dom0_memory_come_from_the_catalogue_and_xens_arguments():
    assert interface_version("4.17.0", "XEN_DOMCTL_INTERFACE_VERSION") == 0x15
    assert interface_version("4.20.0", "XEN_DOMCTL_INTERFACE_VERSION") == 0x17
    assert dom0_max_pages(qemu.XEN_ARGS) == 512 * 256


# -- the runner never leaves a process behind -----------------------------------------------


def _gone(pid: int) -> bool:
    """Ended: no such process, or a zombie waiting for its reaper (it runs nothing any more)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return True
    return stat[stat.rindex(")") + 2] == "Z"


def test_a_boot_that_never_ends_is_killed_with_everything_it_started(tmp_path):
    # A stand-in for QEMU that ignores SIGTERM and leaves a grandchild in its group.
    script = f"trap '' TERM; sleep 600 & echo $! > {tmp_path}/child; echo started; wait"
    boot = qemu.Boot(Path("xen"), Path("k"), Path("i"), (), timeout_s=1, kill_grace_s=0.5)
    run = qemu.run(boot, tmp_path / "serial.log", argv=["sh", "-c", script])
    assert run.timed_out and run.exit_status is None
    assert run.text == "started\n"
    child = int((tmp_path / "child").read_text())
    assert _gone(child) and _gone(run.pid)
    assert qemu._group_members(run.pid) == []


def test_a_boot_that_ends_reports_its_exit_status(tmp_path):
    boot = qemu.Boot(Path("xen"), Path("k"), Path("i"), (), timeout_s=30)
    run = qemu.run(boot, tmp_path / "serial.log", argv=["sh", "-c", "echo '(XEN) Xen version 9.9'; exit 3"])
    assert (run.exit_status, run.timed_out) == (3, False)
    assert read_serial(run.text).stage == "qemu"  # half a banner is not Xen's


def test_qemu_refuses_paths_it_cannot_take(tmp_path):
    odd = tmp_path / "a,b"
    odd.write_text("")
    with pytest.raises(E2EError, match=r"a,b: QEMU cannot take a path with a comma"):
        qemu.qemu_argv(qemu.Boot(odd, odd, odd, ()))
    with pytest.raises(E2EError, match=r"no such file to boot"):
        qemu.qemu_argv(qemu.Boot(tmp_path / "missing", odd, odd, ()))


# -- the harness's command line ---------------------------------------------------------------


def test_cli_unknown_series_lists_the_valid_ones(capsys, tmp_path):
    status = cli.main(["--cache", str(tmp_path), "boot", "4.18"])
    err = capsys.readouterr().err
    assert status == cli.EXIT_USAGE
    assert err == "xen-e2e: error: unknown Xen series '4.18'; valid: 4.17, 4.20\n"
    assert list(tmp_path.iterdir()) == []  # nothing built for a bad command line


def test_cli_missing_program_is_refused_before_building_anything(capsys, tmp_path):
    status = cli.main(["--cache", str(tmp_path), "boot", "4.17", "--program", str(tmp_path / "nope.py")])
    assert status == cli.EXIT_USAGE
    assert capsys.readouterr().err == f"xen-e2e: error: {tmp_path}/nope.py: no such program\n"
    assert list(tmp_path.iterdir()) == []


def test_the_expected_release_is_the_booted_point_release_when_catalogued():
    from xen_abi.store.catalogue import Catalogue
    from xen_e2e.expect import expected_release

    held = Catalogue.load().releases
    assert expected_release("4.17", PACKAGES["4.17"]) == ("4.17.7" if "4.17.7" in held else "4.17.0")
    assert expected_release("4.17", PACKAGES["4.20"]) == "4.17.0"  # another series' package: no point known
