"""The Linux ioctl layer of the bindings against Linux's own uapi headers (Debian's linux-libc-dev).

cffi's API mode compiles our exact struct declarations next to
``<xen/privcmd.h>`` and ``<xen/evtchn.h>``; it refuses to build if a field's
offset or size, or a struct's size, differs from the compiler's, and it
reads each ``IOCTL_*`` macro's value from the compiler: nothing is restated.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
from pathlib import Path

import cffi
import pytest

GENERATED = Path(__file__).resolve().parents[1] / "generated"
sys.path.insert(0, str(GENERATED))

from xen_abi_bindings import _linux, privcmd  # noqa: E402
from xen_abi_bindings._runtime import host_arch  # noqa: E402

UAPI = Path("/usr/include/xen/privcmd.h")

pytestmark = pytest.mark.skipif(
    not UAPI.is_file() or shutil.which("cc") is None,
    reason="needs Linux's uapi headers (apt-get install linux-libc-dev) and a C compiler",
)

# <xen/privcmd.h> includes the kernel-internal <xen/interface/xen.h>; Linux defines
# these two types there (and in asm/xen/interface.h) exactly like this.
STUB = """
#include <stdint.h>
typedef uint16_t domid_t;
typedef {xen_pfn_t} xen_pfn_t;
"""


@pytest.fixture(scope="module")
def uapi(tmp_path_factory: pytest.TempPathFactory):
    """The compiled API-mode module: ``(ffi, lib)`` laid out by the C compiler from Linux's headers."""
    arch = host_arch()
    linux = _linux.linux_arch(arch)
    tmp = tmp_path_factory.mktemp("uapi")
    (tmp / "include" / "xen" / "interface").mkdir(parents=True)
    (tmp / "include" / "xen" / "interface" / "xen.h").write_text(STUB.format(xen_pfn_t=linux.xen_pfn_t))
    names = [*_linux.PRIVCMD_IOCTLS, *_linux.EVTCHN_IOCTLS]
    builder = cffi.FFI()
    builder.cdef(
        _linux.UAPI_TYPES.format(xen_pfn_t=linux.xen_pfn_t)
        + _linux.UAPI_CDEF
        + "".join(f"#define {n} ...\n" for n in names)
    )
    builder.set_source(
        "_xen_uapi_check",
        "#include <stddef.h>\n#include <sys/ioctl.h>\n#include <xen/privcmd.h>\n#include <xen/evtchn.h>\n",
        include_dirs=[str(tmp / "include")],
    )
    library = builder.compile(tmpdir=str(tmp), verbose=False)
    spec = importlib.util.spec_from_file_location("_xen_uapi_check", library)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.ffi, module.lib


STRUCTS = [
    "struct privcmd_hypercall",
    "struct privcmd_mmapbatch_v2",
    "struct privcmd_dm_op_buf",
    "struct privcmd_dm_op",
    "struct privcmd_mmap_resource",
    "struct ioctl_evtchn_bind_interdomain",
    "struct ioctl_evtchn_unbind",
    "struct ioctl_evtchn_notify",
    "struct ioctl_evtchn_restrict_domid",
]


@pytest.mark.parametrize("name", STRUCTS)
def test_structs_match_linux_headers(uapi, name: str) -> None:
    api_ffi, _ = uapi
    ours = _linux.host_linux(host_arch()).ffi
    assert ours.sizeof(name) == api_ffi.sizeof(name)
    assert ours.alignof(name) == api_ffi.alignof(name)
    theirs = dict(api_ffi.typeof(name).fields)
    for field, f in ours.typeof(name).fields:
        assert f.offset == theirs[field].offset, field
        assert ours.sizeof(f.type) == api_ffi.sizeof(theirs[field].type), field


@pytest.mark.parametrize("name", [*_linux.PRIVCMD_IOCTLS, *_linux.EVTCHN_IOCTLS])
def test_ioctl_numbers_match_linux_headers(uapi, name: str) -> None:
    _, lib = uapi
    assert getattr(privcmd, name) == getattr(lib, name)


def test_every_ioctl_the_issue_names_is_exported() -> None:
    for name in (
        "IOCTL_PRIVCMD_HYPERCALL",
        "IOCTL_PRIVCMD_DM_OP",
        "IOCTL_PRIVCMD_RESTRICT",
        "IOCTL_PRIVCMD_MMAP_RESOURCE",
    ):
        assert isinstance(getattr(privcmd, name), int)
