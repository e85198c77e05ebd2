"""An installed /usr/include/xen (Debian's libxen-dev beside linux-libc-dev) as a source.

The installed tree carries more than xen/include/public: foreign/ (generated
copies), sys/ and Linux's own privcmd.h & co. None of it may leak into the
catalogue, and the guest ABI must equal the matching release's.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from xen_abi.frontend.ingest import ingest
from xen_abi.frontend.source import from_directory
from xen_abi.ir.model import Visibility

INSTALLED = Path("/usr/include/xen")

pytestmark = pytest.mark.skipif(
    not (INSTALLED / "xen.h").is_file(),
    reason="no installed Xen headers at /usr/include/xen (apt-get install libxen-dev)",
)


def test_installed_tree_is_the_public_tree_only():
    tree = from_directory(INSTALLED)
    assert "xen.h" in tree.files and "hvm/dm_op.h" in tree.files
    assert not [p for p in tree.files if p.startswith(("foreign/", "sys/"))]
    assert not {"privcmd.h", "evtchn.h", "gntdev.h", "gntalloc.h"} & set(tree.files)


def test_installed_guest_abi_equals_the_release_it_packages(catalogue):
    tree = from_directory(INSTALLED)
    [installed] = ingest([("installed", tree)], archs=["x86_64", "arm64"], visibilities=[Visibility.GUEST], jobs=2)
    # The headers do not say which release they are (the interface version
    # spans several); the package does: Debian 12's libxen-dev is 4.17.x.
    done = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "libxen-dev"], capture_output=True, text=True, check=False
    )
    if done.returncode or not re.match(r"\d+\.\d+", done.stdout):
        pytest.skip("the installed headers do not come from Debian's libxen-dev")
    major_minor = re.match(r"\d+\.\d+", done.stdout).group(0)
    release = catalogue.release(f"{major_minor}.0")
    for key, abi in installed.configs.items():
        ours = release.configs[key]
        assert set(abi.types) == set(ours.types)
        changed = [n for n in abi.types if abi.types[n].layout != ours.types[n].layout]
        assert changed == [], f"{key}: a point release changed stable layouts: {changed}"
        assert not abi.unavailable.keys() - ours.unavailable.keys()
