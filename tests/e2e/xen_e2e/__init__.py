"""End-to-end harness: boot Debian's Xen under QEMU and run a program in its dom0.

Stages, one module each, plain dataclasses between them:

    sources    the host's Debian mirror, read from /etc/apt (never a hard-coded host)
    apt        a throw-away APT configuration per suite: resolve, download, extract .debs
    rootfs     debootstrap a minimal dom0 root, pack it into an ext4 image (mke2fs -d)
    initramfs  a static busybox initramfs that loads the modules and switches root
    payload    a small ext4 image with the program under test and what it imports
    artefacts  the cache, keyed by package versions, that ties the stages together
    qemu       one boot under QEMU TCG, wrapped in timeout, serial log to a file
    serial     reading the serial log: boot stage reached, marker, result, log tail
"""

from __future__ import annotations


class E2EError(Exception):
    """A failure of the harness itself (bad input, a tool missing, a download failing): one line."""


class E2EUsageError(E2EError):
    """A bad name on the command line (an unknown Xen series): exit status 2."""
