"""The payload disk: the program under test, the Python packages it imports, and the second-stage init.

It is a small ext4 image of its own (``/dev/vdb``, mounted read-only at
``/mnt``) so the dom0 root image, which takes debootstrap a minute, stays
cached while the program and the bindings change from run to run.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from xen_e2e import E2EError
from xen_e2e.rootfs import make_ext4
from xen_e2e.serial import DONE, RESULT_BEGIN, RESULT_END, STAGE

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
python3 /mnt/program.py > /tmp/result.json
status=$?
echo "{RESULT_BEGIN}"
cat /tmp/result.json
echo "{RESULT_END}"
echo "{DONE} status=$status"
echo o > /proc/sysrq-trigger
sleep 60
"""


def build_payload(program: Path, packages: list[Path], dest: Path) -> Path:
    """Write the payload image ``dest``: ``/init.sh``, ``/program.py``, ``/lib/<package>/...``."""
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
        init.write_text(SECOND_STAGE)
        init.chmod(0o755)
        shutil.copyfile(program, root / "program.py")
        for package in packages:
            shutil.copytree(package, root / "lib" / package.name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        make_ext4(root, dest, "payload", journal=False)
    return dest
