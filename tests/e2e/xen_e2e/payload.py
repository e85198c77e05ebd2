"""The payload disk: the program under test, the Python packages it imports, and the second-stage init.

It is a small ext4 image of its own (``/dev/vdb``, mounted read-only at
``/mnt``) so the dom0 root image, which takes debootstrap a minute, stays
cached while the program and the bindings change from run to run.  Extra
files (guests, server programs) go in at the paths given; with
``toolstack=True`` the second stage first starts the dom0 root's own Xen
daemons (xenstored, xen-init-dom0, xenconsoled) so the program can use ``xl``.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from xen_e2e import E2EError
from xen_e2e.rootfs import make_ext4
from xen_e2e.serial import DONE, RESULT_BEGIN, RESULT_END, STAGE

# The root's own toolstack (/usr/lib/xen-4.xx: Debian's xen-utils), started without systemd or udev.
# xenconsoled gives each guest console a pty: without devpts, xl create times out on the console.
TOOLSTACK = f"""
mount -t tmpfs tmpfs /run
mkdir -p /dev/pts && mount -t devpts devpts /dev/pts
mkdir -p /run/xen /run/xenstored /var/log/xen/console /var/lib/xen /var/lib/xenstored
XEN=$(ls -d /usr/lib/xen-4.* | head -n 1)
export PATH=$XEN/bin:$PATH
XENSTORED_ROOTDIR=/run/xenstored xenstored --pid-file /run/xenstore.pid || echo "{STAGE}-ERROR xenstored"
xen-init-dom0 > /tmp/xen-init-dom0.log 2>&1 || {{ echo "{STAGE}-ERROR xen-init-dom0"; cat /tmp/xen-init-dom0.log; }}
console="--pid-file=/run/xenconsoled.pid --log=guest --log-dir=/var/log/xen/console"
xenconsoled $console || echo "{STAGE}-ERROR xenconsoled"
echo "{STAGE} toolstack $XEN up at $(cut -d' ' -f1 /proc/uptime) s"
"""

SECOND_STAGE = f"""#!/bin/sh
# Second stage, on the dom0 root: xenfs, the program, its result, the marker, power off.
export PATH=/usr/sbin:/usr/bin:/sbin:/bin PYTHONPATH=/mnt/lib PYTHONDONTWRITEBYTECODE=1
echo "{STAGE} dom0-root"
# Run sleep once now: after the power off below the disk is gone, and a first exec of it would fail.
sleep 0
mount -t tmpfs tmpfs /tmp
mount -t xenfs xenfs /proc/xen || echo "{STAGE}-ERROR cannot mount xenfs on /proc/xen"
# Keep the kernel's console messages out of the program's result.
echo 1 > /proc/sys/kernel/printk
@TOOLSTACK@python3 /mnt/program.py @ARGS@> /tmp/result.json
status=$?
echo "{RESULT_BEGIN}"
cat /tmp/result.json
echo "{RESULT_END}"
echo "{DONE} status=$status"
echo o > /proc/sysrq-trigger
sleep 60
"""


def second_stage(toolstack: bool = False, args: str = "") -> str:
    """The payload's ``init.sh``; ``args`` (shell words, already quoted) go to the program."""
    text = SECOND_STAGE.replace("@TOOLSTACK@", TOOLSTACK.lstrip("\n") if toolstack else "")
    return text.replace("@ARGS@", f"{args} " if args else "")


def build_payload(
    program: Path,
    packages: list[Path],
    dest: Path,
    *,
    files: dict[str, Path] | None = None,
    toolstack: bool = False,
    args: str = "",
) -> Path:
    """Write the payload image ``dest``: ``/init.sh``, ``/program.py``, ``/lib/<package>/...``, ``files``.

    ``files`` maps a path in the payload (relative) to a host file, copied with its mode.
    """
    if not program.is_file():
        raise E2EError(f"{program}: no such program")
    for package in packages:
        if not (package / "__init__.py").is_file():
            raise E2EError(f"{package}: not a Python package (no __init__.py)")
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".payload-") as tmp:
        root = Path(tmp, "root")
        (root / "lib").mkdir(parents=True)
        root.chmod(0o755)
        init = root / "init.sh"
        init.write_text(second_stage(toolstack, args))
        init.chmod(0o755)
        shutil.copyfile(program, root / "program.py")
        for package in packages:
            shutil.copytree(package, root / "lib" / package.name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        for inside, source in (files or {}).items():
            target = root / inside
            if target.resolve().parent != root.resolve() and root.resolve() not in target.resolve().parents:
                raise E2EError(f"{inside}: a payload path must stay inside the payload")
            if not source.is_file():
                raise E2EError(f"{source}: no such file for the payload's {inside}")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target)
        make_ext4(root, dest, "payload", journal=False)
    return dest
