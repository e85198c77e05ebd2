//! Event channels through Linux's `/dev/xen/evtchn` (`include/uapi/xen/evtchn.h`).

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::os::raw::{c_ulong, c_void};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::io::{AsRawFd, RawFd};
use std::time::Duration;

use crate::error::{Error, Result};
use crate::sys;

/// Where Linux puts the device.
pub const EVTCHN_PATH: &str = "/dev/xen/evtchn";

/// `struct ioctl_evtchn_bind_interdomain`
#[repr(C)]
pub struct ioctl_evtchn_bind_interdomain {
    pub remote_domain: u32,
    pub remote_port: u32,
}

pub const IOCTL_EVTCHN_BIND_INTERDOMAIN: c_ulong =
    sys::ioc_none(b'E', 1, std::mem::size_of::<ioctl_evtchn_bind_interdomain>());
pub const IOCTL_EVTCHN_UNBIND: c_ulong = sys::ioc_none(b'E', 3, 4);
pub const IOCTL_EVTCHN_NOTIFY: c_ulong = sys::ioc_none(b'E', 4, 4);
pub const IOCTL_EVTCHN_RESTRICT_DOMID: c_ulong = sys::ioc_none(b'E', 6, 2);

/// An open `/dev/xen/evtchn`: bind, notify, wait for and unmask ports.
pub struct Evtchn {
    file: File,
}

impl Evtchn {
    /// Opens `/dev/xen/evtchn`; [`Error::Unavailable`] when there is none.
    pub fn open() -> Result<Evtchn> {
        Evtchn::open_path(EVTCHN_PATH)
    }

    /// Opens an evtchn device at `path`.
    pub fn open_path(path: &str) -> Result<Evtchn> {
        OpenOptions::new()
            .read(true)
            .write(true)
            .custom_flags(0o2000000)
            .open(path)
            .map(|file| Evtchn { file })
            .map_err(|e| Error::Unavailable(format!("cannot open {}: {}", path, e)))
    }

    fn ioctl<T>(&self, request: c_ulong, arg: &mut T, what: impl FnOnce() -> String) -> Result<i64> {
        sys::ioctl(self.file.as_raw_fd(), request, arg as *mut T as *mut c_void)
            .map(|r| r as i64)
            .map_err(|e| Error::os(e, what()))
    }

    /// Binds `remote_port` of `domid`; the local port. Port 0 is never a valid remote
    /// port (an ioreq page's `vp_eport` reads 0 until its server is enabled), so it is
    /// refused here with a clear error rather than with Xen's `XEN_EINVAL`.
    pub fn bind_interdomain(&self, domid: u16, remote_port: u32) -> Result<u32> {
        if remote_port == 0 {
            return Err(Error::Usage(format!(
                "refusing to bind port 0 of domain {}: an ioreq server's vp_eport is 0 until it is enabled (set_state(true) before bind_ports)",
                domid
            )));
        }
        let mut req = ioctl_evtchn_bind_interdomain { remote_domain: domid as u32, remote_port };
        self.ioctl(IOCTL_EVTCHN_BIND_INTERDOMAIN, &mut req, || {
            format!("bind to port {} of domain {}", remote_port, domid)
        })
        .map(|p| p as u32)
    }

    /// Closes a local port.
    pub fn unbind(&self, port: u32) -> Result<()> {
        let mut p = port;
        self.ioctl(IOCTL_EVTCHN_UNBIND, &mut p, || format!("unbind port {}", port)).map(|_| ())
    }

    /// Signals the remote end of a local port.
    pub fn notify(&self, port: u32) -> Result<()> {
        let mut p = port;
        self.ioctl(IOCTL_EVTCHN_NOTIFY, &mut p, || format!("notify port {}", port)).map(|_| ())
    }

    /// Allows only ports of `domid` from now on.
    pub fn restrict(&self, domid: u16) -> Result<()> {
        let mut d = domid;
        self.ioctl(IOCTL_EVTCHN_RESTRICT_DOMID, &mut d, || format!("restrict to domain {}", domid)).map(|_| ())
    }

    /// The next pending port (blocks until one is); unmask it once handled.
    pub fn pending(&self) -> Result<u32> {
        let mut word = [0u8; 4];
        (&self.file).read_exact(&mut word).map_err(|e| Error::os(e, "read /dev/xen/evtchn"))?;
        Ok(u32::from_ne_bytes(word))
    }

    /// The next pending port, or None when none arrives within `timeout`.
    pub fn pending_timeout(&self, timeout: Duration) -> Result<Option<u32>> {
        let ms = timeout.as_millis().min(i32::MAX as u128) as i32;
        if !sys::wait_readable(self.file.as_raw_fd(), ms).map_err(|e| Error::os(e, "poll /dev/xen/evtchn"))? {
            return Ok(None);
        }
        self.pending().map(Some)
    }

    /// Unmasks a port (the kernel masks each port it reports).
    pub fn unmask(&self, port: u32) -> Result<()> {
        (&self.file).write_all(&port.to_ne_bytes()).map_err(|e| Error::os(e, format!("unmask port {}", port)))
    }
}

impl AsRawFd for Evtchn {
    fn as_raw_fd(&self) -> RawFd {
        self.file.as_raw_fd()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ioctl_numbers_are_linuxs() {
        assert_eq!(IOCTL_EVTCHN_BIND_INTERDOMAIN, 0x0008_4501);
        assert_eq!(IOCTL_EVTCHN_UNBIND, 0x0004_4503);
        assert_eq!(IOCTL_EVTCHN_NOTIFY, 0x0004_4504);
        assert_eq!(IOCTL_EVTCHN_RESTRICT_DOMID, 0x0002_4506);
    }

    #[test]
    fn port_0_is_refused_before_any_ioctl() {
        let ev = Evtchn::open_path("/dev/null").unwrap();
        match ev.bind_interdomain(7, 0) {
            Err(Error::Usage(text)) => assert!(text.contains("set_state(true) before bind_ports"), "{}", text),
            other => panic!("{:?}", other.map(|_| ())),
        }
        // Any other port reaches the ioctl: /dev/null is no evtchn device (ENOTTY), and the error says which call.
        let err = ev.bind_interdomain(7, 5).unwrap_err();
        assert_eq!(err.errno(), Some(crate::error::XenErrno(25)));
        assert!(err.to_string().starts_with("bind to port 5 of domain 7: "), "{}", err);
    }
}
