"""Event channels through Linux's ``/dev/xen/evtchn`` (the kernel issues the event-channel hypercalls).

``bind_interdomain`` returns the local port; ``pending`` blocks until a bound
port fires and returns it (the port is then masked); ``unmask`` re-enables it
by writing it back; ``notify`` signals the remote end.  ``DryEvtchn`` records
and prints instead, handing out made-up local ports.
"""

from __future__ import annotations

import json
import os
import struct
import sys
from typing import TextIO

from ._linux import LinuxABI, host_linux
from ._runtime import host_arch
from .errors import XenError, XenUnavailable
from .privcmd import xen_errno_name

EVTCHN_PATH = "/dev/xen/evtchn"
_PORT = struct.Struct("=I")  # the kernel reads and writes ports as native unsigned ints


class Evtchn:
    """An open ``/dev/xen/evtchn`` of this machine."""

    def __init__(self, path: str = EVTCHN_PATH) -> None:
        self.arch = host_arch()
        self.linux: LinuxABI = host_linux(self.arch)
        try:
            self.fd = os.open(path, os.O_RDWR | os.O_CLOEXEC)
        except FileNotFoundError:
            raise XenUnavailable(f"{path} does not exist: not running on Xen, or xen-evtchn is not loaded") from None
        except OSError as exc:
            raise XenUnavailable(f"cannot open {path}: {exc.strerror}") from None

    def __enter__(self) -> Evtchn:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def fileno(self) -> int:
        """The file descriptor of ``/dev/xen/evtchn`` (for ``select``/``poll``)."""
        return self.fd

    def close(self) -> None:
        """Close the device (Linux unbinds its ports)."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def _ioctl(self, name: str, arg: object, what: str) -> int:
        try:
            return self.linux.ioctl(self.fd, self.linux.ioctls[name], arg)
        except OSError as exc:
            number = exc.errno or 0
            raise XenError(number, what, xen_errno_name(number, self.arch)) from None

    def bind_interdomain(self, domid: int, remote_port: int) -> int:
        """Bind a local port to ``remote_port`` of ``domid``; returns the local port."""
        req = self.linux.ffi.new("struct ioctl_evtchn_bind_interdomain *")
        req.remote_domain, req.remote_port = domid, remote_port
        return self._ioctl("IOCTL_EVTCHN_BIND_INTERDOMAIN", req, f"bind to port {remote_port} of domain {domid}")

    def unbind(self, port: int) -> None:
        """Unbind a local port."""
        req = self.linux.ffi.new("struct ioctl_evtchn_unbind *", {"port": port})
        self._ioctl("IOCTL_EVTCHN_UNBIND", req, f"unbind port {port}")

    def notify(self, port: int) -> None:
        """Send an event on a local port."""
        req = self.linux.ffi.new("struct ioctl_evtchn_notify *", {"port": port})
        self._ioctl("IOCTL_EVTCHN_NOTIFY", req, f"notify port {port}")

    def restrict(self, domid: int) -> None:
        """Allow only ports of ``domid`` from now on (``IOCTL_EVTCHN_RESTRICT_DOMID``)."""
        req = self.linux.ffi.new("struct ioctl_evtchn_restrict_domid *", {"domid": domid})
        self._ioctl("IOCTL_EVTCHN_RESTRICT_DOMID", req, f"restrict to domain {domid}")

    def pending(self) -> int:
        """Wait for a bound port to fire; it stays masked until ``unmask``."""
        return int(_PORT.unpack(os.read(self.fd, _PORT.size))[0])

    def unmask(self, port: int) -> None:
        """Unmask a port after handling its event (writes the port back)."""
        os.write(self.fd, _PORT.pack(port))


class DryEvtchn:
    """Stands in for ``Evtchn`` without Xen; local ports are numbered from ``first_port``."""

    def __init__(self, *, out: TextIO | None = sys.stdout, json_lines: bool = False, first_port: int = 1) -> None:
        self.out = out
        self.json_lines = json_lines
        self.next_port = first_port
        self.calls: list[tuple[str, dict[str, int]]] = []

    def __enter__(self) -> DryEvtchn:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Nothing to release: a dry run opens no device."""

    def _record(self, name: str, **args: int) -> None:
        self.calls.append((name, args))
        if self.out is None:
            return
        if self.json_lines:
            self.out.write(json.dumps({"call": f"evtchn_{name}", "args": args, "buffers": []}, sort_keys=True) + "\n")
        else:
            self.out.write(f"evtchn {name} " + " ".join(f"{k}={v}" for k, v in args.items()) + "\n")

    def bind_interdomain(self, domid: int, remote_port: int) -> int:
        """Bind a local port to ``remote_port`` of ``domid``; returns the local port."""
        port = self.next_port
        self.next_port += 1
        self._record("bind_interdomain", domid=domid, remote_port=remote_port, local_port=port)
        return port

    def unbind(self, port: int) -> None:
        """Unbind a local port."""
        self._record("unbind", port=port)

    def notify(self, port: int) -> None:
        """Send an event on a local port."""
        self._record("notify", port=port)

    def restrict(self, domid: int) -> None:
        """Allow only ports of ``domid`` from now on (``IOCTL_EVTCHN_RESTRICT_DOMID``)."""
        self._record("restrict", domid=domid)

    def pending(self) -> int:
        """The next port with a pending event (blocks until there is one)."""
        raise XenUnavailable("a dry run has no events to wait for")

    def unmask(self, port: int) -> None:
        """Unmask a port after handling its event (writes the port back)."""
        self._record("unmask", port=port)
