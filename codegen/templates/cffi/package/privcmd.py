"""Issuing hypercalls through Linux's ``/dev/xen/privcmd``.

``Privcmd`` wraps the four ioctls a stable backend needs, under Linux's own
names: ``IOCTL_PRIVCMD_HYPERCALL`` (any hypercall; refused once the fd is
restricted), ``IOCTL_PRIVCMD_DM_OP`` (``dm_op`` with an array of buffers the
kernel checks and pins), ``IOCTL_PRIVCMD_RESTRICT`` (tie the fd to one
domain) and ``IOCTL_PRIVCMD_MMAP_RESOURCE`` (``XENMEM_acquire_resource`` into
a mapping of the fd).  The request codes are module attributes for this
machine (``privcmd.IOCTL_PRIVCMD_DM_OP``).

Hypercall buffers (memory Xen reads or writes through a raw hypercall) come
from ``/dev/xen/hypercall`` when the kernel has it, else from locked
anonymous memory.  ``dm_op`` and ``mmap_resource`` need no such buffers: the
kernel copies or pins them itself.

Failures raise ``XenError`` carrying the errno and Xen's name for it.
``DryRun`` has the same methods and only records and prints what would be
issued, with every buffer as bytes, for any architecture.
"""

from __future__ import annotations

import json
import mmap
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, TextIO

import cffi

from ._linux import EVTCHN_IOCTLS, PRIVCMD_IOCTLS, LinuxABI, host_linux, linux_arch
from ._runtime import Bindings, buffer_address, buffer_at, handle_address, host_arch, is_guest_handle
from .errors import ArchError, NameNotFound, XenError, XenUnavailable

PRIVCMD_PATH = "/dev/xen/privcmd"
HYPERCALL_PATH = "/dev/xen/hypercall"
MAX_DM_OP_BUFFERS = 16  # Linux's privcmd.dm_op_max_nr_bufs default
_FFI = cffi.FFI()  # for buffer() and sizes of cdata from any FFI: they share cffi's backend


def __getattr__(name: str) -> int:
    """``IOCTL_PRIVCMD_*`` / ``IOCTL_EVTCHN_*`` request codes of this machine, computed on first use."""
    if name in PRIVCMD_IOCTLS or name in EVTCHN_IOCTLS:
        return host_linux(host_arch()).ioctls[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def _core(arch: str) -> Bindings:
    from . import core

    return core(arch)


def xen_errno_name(number: int, arch: str) -> str | None:
    """Xen's name for an error number (``XEN_EOPNOTSUPP``), from the stable ``enum xen_errno``."""
    names: dict[int, str] = {}
    for name, value in _core(arch).enumerators("enum xen_errno"):
        names.setdefault(value, name)
    return names.get(number)


def _page_size() -> int:
    return mmap.PAGESIZE


@dataclass
class HypercallBuffer:
    """Memory the kernel lets Xen access during a raw hypercall; ``address`` goes in the arguments."""

    memory: mmap.mmap
    address: int
    size: int
    locked: bool  # anonymous memory pinned with mlock (no /dev/xen/hypercall)

    def __len__(self) -> int:
        return self.size

    def read(self, length: int | None = None, offset: int = 0) -> bytes:
        """``length`` bytes (default: all) at ``offset``: what Xen wrote."""
        end = self.size if length is None else offset + length
        return bytes(self.memory[offset:end])

    def write(self, data: bytes, offset: int = 0) -> None:
        """Write ``data`` at ``offset`` for Xen to read."""
        self.memory[offset : offset + len(data)] = data


class Privcmd:
    """An open ``/dev/xen/privcmd`` of this machine."""

    def __init__(self, path: str = PRIVCMD_PATH, *, hypercall_path: str = HYPERCALL_PATH) -> None:
        self.arch = host_arch()
        self.linux: LinuxABI = host_linux(self.arch)
        self.hypercall_path = hypercall_path
        try:
            self.fd = os.open(path, os.O_RDWR | os.O_CLOEXEC)
        except FileNotFoundError:
            raise XenUnavailable(f"{path} does not exist: not running on Xen, or privcmd is not loaded") from None
        except OSError as exc:
            raise XenUnavailable(f"cannot open {path}: {exc.strerror}") from None
        self._buffers: list[HypercallBuffer] = []

    def __enter__(self) -> Privcmd:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fileno(self) -> int:
        """The file descriptor of ``/dev/xen/privcmd``."""
        return self.fd

    def close(self) -> None:
        """Release the hypercall buffers and close the device."""
        for buf in self._buffers:
            buf.memory.close()
        self._buffers.clear()
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def _ioctl(self, name: str, arg: Any, what: str) -> int:
        try:
            return self.linux.ioctl(self.fd, self.linux.ioctls[name], arg)
        except OSError as exc:
            number = exc.errno or 0
            raise XenError(number, what, xen_errno_name(number, self.arch)) from None

    # -- the four ioctls -------------------------------------------------------------------------

    def hypercall(self, op: int, *args: Any) -> int:
        """Issue hypercall ``op`` with up to five arguments: integers, or ``HypercallBuffer``s (their address)."""
        if len(args) > 5:
            raise ValueError("a hypercall takes at most five arguments")
        call = self.linux.ffi.new("struct privcmd_hypercall *")
        call.op = op
        for i, a in enumerate(args):
            call.arg[i] = buffer_address(a) & 0xFFFFFFFFFFFFFFFF
        return self._ioctl("IOCTL_PRIVCMD_HYPERCALL", call, f"hypercall {op}")

    def dm_op(self, domid: int, *buffers: Any) -> int:
        """``dm_op`` on ``domid`` with buffers (cdata pointers or writable Python buffers), in place."""
        if not 0 < len(buffers) <= MAX_DM_OP_BUFFERS:
            raise ValueError(f"dm_op takes 1 to {MAX_DM_OP_BUFFERS} buffers")
        ffi = self.linux.ffi
        bufs = ffi.new("struct privcmd_dm_op_buf[]", len(buffers))
        for i, b in enumerate(buffers):
            bufs[i].uptr = ffi.cast("void *", self.linux.address(b))
            bufs[i].size = _size_of(b)
        op = ffi.new("struct privcmd_dm_op *")
        op.dom = domid
        op.num = len(buffers)
        op.ubufs = bufs
        return self._ioctl("IOCTL_PRIVCMD_DM_OP", op, f"dm_op on domain {domid}")

    def restrict(self, domid: int) -> None:
        """Tie this fd to ``domid``: afterwards only audited ioctls for that domain are allowed."""
        dom = self.linux.ffi.new("domid_t *", domid)
        self._ioctl("IOCTL_PRIVCMD_RESTRICT", dom, f"restrict to domain {domid}")

    def mmap_resource(self, domid: int, kind: int, ident: int, index: int, frames: int) -> mmap.mmap:
        """Map ``frames`` frames of a resource (``XENMEM_resource_*``) of ``domid``, read-write."""
        length = _round_up(frames * 4096, _page_size())
        memory = mmap.mmap(self.fd, length, flags=mmap.MAP_SHARED, prot=mmap.PROT_READ | mmap.PROT_WRITE)
        req = self.linux.ffi.new("struct privcmd_mmap_resource *")
        req.dom, req.type, req.id, req.idx, req.num = domid, kind, ident, index, frames
        req.addr = self.linux.address(memory)
        try:
            self._ioctl("IOCTL_PRIVCMD_MMAP_RESOURCE", req, f"map resource {kind}/{ident} of domain {domid}")
        except BaseException:
            memory.close()
            raise
        return memory

    def resource_size(self, domid: int, kind: int, ident: int) -> int:
        """How many frames a resource has (``addr = num = 0`` is a query; reliable from Xen 4.15)."""
        req = self.linux.ffi.new("struct privcmd_mmap_resource *")
        req.dom, req.type, req.id = domid, kind, ident
        self._ioctl("IOCTL_PRIVCMD_MMAP_RESOURCE", req, f"size of resource {kind}/{ident} of domain {domid}")
        return int(req.num)

    # -- capabilities ------------------------------------------------------------------------------

    def has_dm_op(self) -> bool:
        """Whether the kernel has ``IOCTL_PRIVCMD_DM_OP`` (probed as libxendevicemodel does).

        A call for ``DOMID_INVALID`` with no buffers reaches the kernel's
        handler (which refuses it) only if the ioctl exists; a missing ioctl
        gives ``ENOTTY`` (or ``EINVAL`` on old kernels, like any unknown ioctl).
        """
        ffi = self.linux.ffi
        op = ffi.new("struct privcmd_dm_op *")
        op.dom = _core(self.arch).DOMID_INVALID
        try:
            self.linux.ioctl(self.fd, self.linux.ioctls["IOCTL_PRIVCMD_DM_OP"], op)
        except OSError as exc:
            return exc.errno not in (_errno("ENOTTY"), _errno("EINVAL"))
        return True

    def hypercall_buffer(self, size: int) -> HypercallBuffer:
        """Page-aligned memory Xen may access during a raw hypercall, kept until ``close``."""
        length = _round_up(max(size, 1), _page_size())
        memory = _map_hypercall_device(self.hypercall_path, length)
        if memory is not None:
            buf = HypercallBuffer(memory, self.linux.address(memory), size, locked=False)
        else:
            # Older kernels: anonymous memory, locked so it stays resident, not inherited by a fork.
            memory = mmap.mmap(-1, length, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS)
            address = self.linux.address(memory)
            if hasattr(mmap, "MADV_DONTFORK"):
                memory.madvise(mmap.MADV_DONTFORK)
            if self.linux.libc.mlock(self.linux.ffi.cast("void *", address), length) != 0:
                number = self.linux.ffi.errno
                memory.close()
                raise XenError(number, "mlock a hypercall buffer", None)
            buf = HypercallBuffer(memory, address, size, locked=True)
        self._buffers.append(buf)
        return buf


def _map_hypercall_device(path: str, length: int) -> mmap.mmap | None:
    """``length`` bytes of ``/dev/xen/hypercall`` (Linux 4.18 and later), or None where it is missing."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CLOEXEC)
    except OSError:
        return None
    try:
        return mmap.mmap(fd, length, flags=mmap.MAP_SHARED, prot=mmap.PROT_READ | mmap.PROT_WRITE)
    except OSError:
        return None
    finally:
        os.close(fd)


def _errno(name: str) -> int:
    import errno

    return int(getattr(errno, name))


def _round_up(value: int, align: int) -> int:
    return (value + align - 1) // align * align


def _size_of(buffer: Any) -> int:
    """Bytes of a buffer: the pointed-to object of a cdata pointer, else the Python buffer's length."""
    if isinstance(buffer, _FFI.CData):
        return len(_FFI.buffer(buffer))
    return memoryview(buffer).nbytes


# -- dry run ---------------------------------------------------------------------------------------


@dataclass
class RecordedCall:
    """One recorded call of a ``DryRun``.

    ``name`` is the privcmd operation (``hypercall``, ``dm_op``, ...);
    ``hypercall`` and ``subop`` name what Xen is asked (``memory_op``,
    ``XENMEM_acquire_resource``) when the stable core knows the numbers.
    ``buffers`` are the bytes Xen would read, of every buffer reachable from
    the arguments (an argument's buffer, then the buffers its guest handles
    point to, depth first); ``paths`` says how each was reached (``arg1``,
    ``arg1.frame_list``) and ``fields`` its members decoded by name.
    """

    name: str
    args: dict[str, int]
    buffers: list[bytes] = field(default_factory=list)
    hypercall: str | None = None
    subop: str | None = None
    paths: list[str] = field(default_factory=list)
    fields: list[dict[str, Any]] = field(default_factory=list)
    types: list[str | None] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The JSON object a ``DryRun(json_lines=True)`` prints (buffers in hex)."""
        out: dict[str, Any] = {"call": self.name, "args": self.args, "buffers": [b.hex() for b in self.buffers]}
        if self.hypercall is not None:
            out["hypercall"] = self.hypercall
        if self.subop is not None:
            out["subop"] = self.subop
        if self.paths:
            out["paths"] = self.paths
            out["types"] = self.types
            out["fields"] = self.fields
        return out

    def title(self) -> str:
        """``hypercall memory_op XENMEM_acquire_resource op=12 arg0=28 arg1=0x...``."""
        names = " ".join(n for n in (self.hypercall if self.name == "hypercall" else None, self.subop) if n)
        args = " ".join(f"{k}={v:#x}" if v > 0xFFFF else f"{k}={v}" for k, v in self.args.items())
        return " ".join(p for p in (self.name, names, args) if p)


class DryRun:
    """Stands in for ``Privcmd`` without Xen: records each call, prints it with its buffers as bytes.

    ``arch`` is the architecture whose layouts the caller builds buffers with
    (any of them; they are packed on a foreign host).  Results are 0 unless
    ``results`` maps a call name (``"hypercall"``, ``"dm_op"``) to a value.
    Each call is named by hypercall and sub-op (``hypercall memory_op
    XENMEM_acquire_resource``; ``dm_op XEN_DMOP_create_ioreq_server``), and every
    buffer reachable from its arguments is shown: a ``HypercallBuffer`` or cdata
    argument, and what the guest handles inside it point to (set with
    ``set_handle``/``Bindings.handle``), each with its members by name.
    """

    def __init__(
        self,
        arch: str | None = None,
        *,
        out: TextIO | None = sys.stdout,
        json_lines: bool = False,
        results: dict[str, int] | None = None,
    ) -> None:
        self.arch = arch or host_arch()
        from . import ARCHES

        if self.arch not in ARCHES:
            raise ArchError(f"unknown architecture {self.arch!r}; these bindings hold: {', '.join(ARCHES)}")
        self.out = out
        self.json_lines = json_lines
        self.results: dict[str, int] = dict(results or {})
        self.calls: list[RecordedCall] = []

    def __enter__(self) -> DryRun:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Nothing to release: a dry run opens no device."""

    def _record(self, call: RecordedCall) -> int:
        self.calls.append(call)
        if self.out is not None:
            if self.json_lines:
                self.out.write(json.dumps(call.to_json(), sort_keys=True) + "\n")
            else:
                self.out.write(call.title() + "\n")
                for i, b in enumerate(call.buffers):
                    where = f" {call.paths[i]}" if call.paths else ""
                    ctype = f" {call.types[i]}," if call.types and call.types[i] else ""
                    self.out.write(f"  buffer {i}{where} ({ctype} {len(b)} bytes): {_hex(b)}\n".replace("( ", "("))
                    if call.fields and call.fields[i]:
                        self.out.write("    " + " ".join(f"{k}={_show(v)}" for k, v in call.fields[i].items()) + "\n")
        return self.results.get(call.name, 0)

    def hypercall(self, op: int, *args: Any) -> int:
        """Record hypercall ``op``: named from the stable core, with every buffer its arguments reach."""
        if len(args) > 5:
            raise ValueError("a hypercall takes at most five arguments")
        numbers = [buffer_address(a) for a in args]
        call = RecordedCall("hypercall", {"op": op, **{f"arg{i}": a for i, a in enumerate(numbers)}})
        call.hypercall, call.subop = _call_names(_core(self.arch), op, numbers[0] if numbers else None)
        for i, a in enumerate(args):
            _reach(call, f"arg{i}", a if not isinstance(a, int) else buffer_at(a), set())
        return self._record(call)

    def dm_op(self, domid: int, *buffers: Any) -> int:
        """Record ``dm_op`` on ``domid``: named by its ``XEN_DMOP_*`` (buffer 0's ``op``), buffers as bytes."""
        if not 0 < len(buffers) <= MAX_DM_OP_BUFFERS:
            raise ValueError(f"dm_op takes 1 to {MAX_DM_OP_BUFFERS} buffers")
        call = RecordedCall("dm_op", {"domid": domid, "nr_bufs": len(buffers)}, hypercall="dm_op")
        for i, b in enumerate(buffers):
            _reach(call, f"buf{i}", b, set())
        first = call.buffers[0]
        b = _core(self.arch)
        if len(first) >= 4:
            call.subop = _call_names(b, b.hypercall("dm_op"), _u32(first))[1]
        if call.subop and call.types[0] == "struct xen_dm_op":  # the payload, by the op's member of ``u``
            alternative = call.subop.removeprefix("XEN_DMOP_")
            copy = bytearray(first)  # alive while decoded: a cast does not hold its buffer
            try:
                payload = b.union_member(b.cast("struct xen_dm_op", copy), "u", alternative)
            except (NameNotFound, TypeError):
                pass
            else:
                decoded: dict[str, Any] = {k: v for k, v in call.fields[0].items() if k.split(".")[0] != "u"}
                _decode(payload[0], f"u.{alternative}.", decoded, [])
                call.fields[0] = decoded
        return self._record(call)

    def restrict(self, domid: int) -> None:
        """Record ``IOCTL_PRIVCMD_RESTRICT``."""
        self._record(RecordedCall("restrict", {"domid": domid}))

    def mmap_resource(self, domid: int, kind: int, ident: int, index: int, frames: int) -> mmap.mmap:
        """Record ``IOCTL_PRIVCMD_MMAP_RESOURCE`` (``XENMEM_acquire_resource``); returns anonymous memory."""
        args = {"domid": domid, "type": kind, "id": ident, "idx": index, "num": frames}
        self._record(RecordedCall("mmap_resource", args, hypercall="memory_op", subop="XENMEM_acquire_resource"))
        return mmap.mmap(-1, _round_up(frames * 4096, _page_size()))

    def resource_size(self, domid: int, kind: int, ident: int) -> int:
        """Record a resource size query; the result is ``results.get("resource_size", 0)``."""
        args = {"domid": domid, "type": kind, "id": ident}
        return self._record(RecordedCall("resource_size", args, hypercall="memory_op", subop="XENMEM_acquire_resource"))

    def has_dm_op(self) -> bool:
        """A dry run can always record ``dm_op``."""
        return True

    def hypercall_buffer(self, size: int) -> HypercallBuffer:
        """Anonymous memory standing in for a hypercall buffer (its real address, so handles can reach it)."""
        memory = mmap.mmap(-1, _round_up(max(size, 1), _page_size()))
        buf = HypercallBuffer(memory, 0, size, locked=False)
        buf.address = buffer_address(memory)
        buffer_address(buf, remember=True)
        return buf


def _call_names(b: Bindings, op: int, arg0: int | None) -> tuple[str | None, str | None]:
    """The hypercall named by number ``op`` and its sub-op ``arg0``, from the stable core (None: unknown)."""
    hypercall = next((c.name for c in b.calls.values() if c.hypercall is None and c.number == op), None)
    if hypercall is None:  # a hypercall the core does not hold (domctl): its __HYPERVISOR_ constant
        numbered = (n for n, v in b.constants.items() if n.startswith("__HYPERVISOR_") and v == op)
        hypercall = next((n.removeprefix("__HYPERVISOR_") for n in numbered), None)
    if hypercall is None or arg0 is None:
        return hypercall, None
    subops = sorted(c.name for c in b.calls.values() if c.hypercall == hypercall and c.number == arg0)
    return hypercall, "/".join(subops) or None


def _reach(call: RecordedCall, path: str, obj: Any, seen: set[int]) -> None:
    """Add ``obj``'s bytes to ``call`` and, through its guest handles, every buffer they point to."""
    if obj is None:
        return
    address = buffer_address(obj)
    if address in seen:
        return
    seen.add(address)
    data, ctype, fields, handles = _describe(obj)
    call.buffers.append(data)
    call.paths.append(path)
    call.types.append(ctype)
    call.fields.append(fields)
    for member, target in handles:
        _reach(call, f"{path}.{member}", buffer_at(target), seen)


def _describe(obj: Any) -> tuple[bytes, str | None, dict[str, Any], list[tuple[str, int]]]:
    """(bytes, C type, members by name, (member, address) of each non-null guest handle) of a buffer."""
    if isinstance(obj, HypercallBuffer):
        return obj.read(), None, {}, []
    if not isinstance(obj, _FFI.CData):
        return bytes(obj), None, {}, []
    data = bytes(_FFI.buffer(obj))
    ctype = _FFI.typeof(obj)
    record = ctype.item if ctype.kind == "pointer" else ctype
    fields: dict[str, Any] = {}
    handles: list[tuple[str, int]] = []
    if record.kind in ("struct", "union"):
        target = obj[0] if ctype.kind == "pointer" else obj
        _decode(target, "", fields, handles)
    return data, record.cname, fields, handles


def _decode(value: Any, prefix: str, fields: dict[str, Any], handles: list[tuple[str, int]]) -> None:
    """Members of a record by dotted name: integers, short arrays as lists; guest handles as addresses."""
    for name, _ in _FFI.typeof(value).fields or ():
        member = getattr(value, name)
        key = f"{prefix}{name}"
        if isinstance(member, int):
            fields[key] = member
        elif is_guest_handle(member):
            address = handle_address(member)
            fields[key] = address
            if address:
                handles.append((key, address))
        elif isinstance(member, _FFI.CData) and _FFI.typeof(member).kind in ("struct", "union"):
            _decode(member, f"{key}.", fields, handles)
        elif isinstance(member, _FFI.CData) and _FFI.typeof(member).kind == "array" and len(member) <= 16:
            items = list(member)
            if all(isinstance(x, int) for x in items):
                fields[key] = items


def _u32(data: bytes) -> int:
    return int.from_bytes(data[:4], "little")


def _show(value: Any) -> str:
    if isinstance(value, int):
        return f"{value:#x}" if value > 0xFFFF else str(value)
    return "[" + ",".join(_show(v) for v in value) + "]"


def _hex(data: bytes) -> str:
    return " ".join(data[i : i + 8].hex() for i in range(0, len(data), 8))


def open_privcmd(dry_run: bool = False, arch: str | None = None, **kwargs: Any) -> Privcmd | DryRun:
    """A ``Privcmd`` of this machine, or a ``DryRun`` (for ``arch``) when ``dry_run``."""
    if dry_run:
        return DryRun(arch, **kwargs)
    if arch not in (None, host_arch()):
        raise ArchError(f"hypercalls can only be issued for this machine ({host_arch()}), not {arch}")
    linux_arch(host_arch())
    return Privcmd()


__all__: Sequence[str] = (
    "HYPERCALL_PATH",
    "PRIVCMD_PATH",
    "RecordedCall",
    "DryRun",
    "HypercallBuffer",
    "Privcmd",
    "open_privcmd",
    "xen_errno_name",
    *PRIVCMD_IOCTLS,
)
