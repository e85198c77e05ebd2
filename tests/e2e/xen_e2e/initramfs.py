"""The dom0 initramfs: static busybox, the kernel modules dom0 needs, and an init that switches root.

Debian's kernel builds virtio, ext4 and the Xen character devices as modules,
so the initramfs loads them (dependencies first, from the ``modules.dep`` that
``depmod`` writes into the extracted kernel package), mounts the dom0 root
(``/dev/vda``) and the payload (``/dev/vdb``, at ``/mnt``), and hands over to
the payload's ``init.sh`` with ``switch_root``.
"""

from __future__ import annotations

import difflib
import gzip
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from xen_e2e import E2EError
from xen_e2e.serial import STAGE

# What dom0 needs, by module name; their dependencies are added from modules.dep.
# crc32c_generic is not a declared dependency of ext4 but ext4 asks for it at
# mount time (metadata checksums), and there is no modprobe to load it on demand.
DOM0_MODULES = (
    "virtio_pci",
    "virtio_blk",
    "crc32c_generic",
    "ext4",
    "xen-privcmd",
    "xenfs",
    "xen-evtchn",
    "xen-gntdev",
)

INIT = f"""#!/bin/busybox sh
# First stage, in the initramfs: modules, disks, then the dom0 root.
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
echo "{STAGE} initramfs"
while read -r module; do
    insmod "/lib/modules/$module" || echo "{STAGE}-ERROR insmod $module failed"
done < /modules.order
for _ in $(seq 100); do
    [ -b /dev/vda ] && [ -b /dev/vdb ] && break
    sleep 0.1
done
mkdir -p /newroot
mount -t ext4 /dev/vda /newroot || echo "{STAGE}-ERROR cannot mount the dom0 root /dev/vda"
mount -t ext4 -o ro /dev/vdb /newroot/mnt || echo "{STAGE}-ERROR cannot mount the payload /dev/vdb"
mount --move /dev /newroot/dev
mount --move /proc /newroot/proc
mount --move /sys /newroot/sys
exec switch_root /newroot /bin/sh /mnt/init.sh
"""


def read_modules_dep(path: Path) -> dict[str, tuple[str, list[str]]]:
    """``modules.dep`` as {module name: (its path, [paths of its dependencies])}."""
    try:
        text = path.read_text()
    except OSError as e:
        raise E2EError(f"{path}: cannot read ({e.strerror}); run depmod first") from None
    out = {}
    for number, line in enumerate(text.splitlines(), 1):
        module, sep, deps = line.partition(":")
        if not sep:
            raise E2EError(f"{path}:{number}: not a modules.dep line: {line!r}")
        out[module_name(module)] = (module, deps.split())
    return out


def module_name(path: str) -> str:
    """``kernel/drivers/xen/xen-privcmd.ko`` -> ``xen-privcmd``."""
    name = path.rsplit("/", 1)[-1]
    for ext in (".ko.xz", ".ko.zst", ".ko.gz", ".ko"):
        if name.endswith(ext):
            return name[: -len(ext)]
    return name


def load_order(deps: dict[str, tuple[str, list[str]]], wanted: tuple[str, ...]) -> list[str]:
    """Module paths in an order insmod accepts: every dependency before what needs it, each once."""
    by_path = {path: name for name, (path, _) in deps.items()}
    order: list[str] = []
    visiting: set[str] = set()

    def visit(name: str) -> None:
        path, needs = deps[name]
        if path in order:
            return
        if name in visiting:
            raise E2EError(f"modules.dep: dependency cycle through {name}")
        visiting.add(name)
        for dep in needs:
            visit(by_path[dep])
        visiting.discard(name)
        order.append(path)

    for name in wanted:
        if name not in deps:
            close = difflib.get_close_matches(name, list(deps), n=3)
            hint = f" (did you mean {', '.join(close)}?)" if close else ""
            raise E2EError(f"kernel module {name} is not in modules.dep{hint}")
        visit(name)
    return order


def depmod(kernel_root: Path, release: str) -> Path:
    """Write ``modules.dep`` into an extracted kernel package (it ships none: the postinst makes it)."""
    dep = kernel_root / "lib/modules" / release / "modules.dep"
    if not dep.is_file():
        try:
            done = subprocess.run(["depmod", "-b", str(kernel_root), release], capture_output=True, text=True)
        except FileNotFoundError:
            raise E2EError("depmod not found; apt-get install kmod") from None
        if done.returncode != 0:
            raise E2EError(f"depmod -b {kernel_root} {release}: {done.stderr.strip()}")
    return dep


def build_initramfs(kernel_root: Path, release: str, busybox: Path, dest: Path) -> Path:
    """Write the gzipped newc cpio ``dest`` (atomically)."""
    if not busybox.is_file():
        raise E2EError(f"{busybox} not found; apt-get install busybox-static")
    modules_dir = kernel_root / "lib/modules" / release
    order = load_order(read_modules_dep(depmod(kernel_root, release)), DOM0_MODULES)
    dest.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=dest.parent, prefix=".initramfs-") as tmp:
        stage = Path(tmp, "root")
        for sub in ("bin", "dev", "proc", "sys", "lib/modules"):
            (stage / sub).mkdir(parents=True)
        shutil.copy2(busybox, stage / "bin/busybox")
        names = []
        for path in order:
            name = path.rsplit("/", 1)[-1]
            shutil.copy2(modules_dir / path, stage / "lib/modules" / name)
            names.append(name)
        (stage / "modules.order").write_text("".join(n + "\n" for n in names))
        init = stage / "init"
        init.write_text(INIT)
        init.chmod(0o755)
        files = sorted(str(p.relative_to(stage)) for p in stage.rglob("*"))
        try:
            done = subprocess.run(
                ["cpio", "--quiet", "-o", "-H", "newc", "--reproducible", "-R", "0:0"],
                input=("\n".join(files) + "\n").encode(),
                cwd=stage,
                capture_output=True,
                check=False,
            )
        except FileNotFoundError:
            raise E2EError("cpio not found; apt-get install cpio") from None
        if done.returncode != 0:
            raise E2EError(f"cpio: {done.stderr.decode(errors='replace').strip()}")
        out = Path(tmp, "initrd.gz")
        with out.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
            gz.write(done.stdout)
        os.replace(out, dest)
    return dest
