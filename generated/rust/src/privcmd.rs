//! Hypercalls through Linux's `/dev/xen/privcmd`.
//!
//! [`Privcmd`] wraps the four ioctls a stable backend needs, under Linux's names:
//! `IOCTL_PRIVCMD_HYPERCALL` (any hypercall; refused once the fd is restricted),
//! `IOCTL_PRIVCMD_DM_OP` (`dm_op` with buffers the kernel checks and pins),
//! `IOCTL_PRIVCMD_RESTRICT` (tie the fd to one domain) and
//! `IOCTL_PRIVCMD_MMAP_RESOURCE` (`XENMEM_acquire_resource` into a mapping of the fd).
//! Memory Xen reads or writes during a raw hypercall comes from `/dev/xen/hypercall`
//! ([`Privcmd::hypercall_buffer`]), else from locked anonymous memory.
//!
//! The structs are Linux's `include/uapi/xen/privcmd.h`, laid out by this target
//! (the ioctl layer is keyed by OS and architecture, never by Xen release).

use std::fs::{File, OpenOptions};
use std::os::raw::{c_ulong, c_void};
use std::os::unix::fs::OpenOptionsExt;
use std::os::unix::io::{AsRawFd, RawFd};

use crate::error::{Error, Result};
use crate::sys;
use crate::Hypercall;

/// Where Linux puts the device.
pub const PRIVCMD_PATH: &str = "/dev/xen/privcmd";
/// Linux 4.18 and later: memory for hypercall buffers.
pub const HYPERCALL_PATH: &str = "/dev/xen/hypercall";
/// Linux's `privcmd.dm_op_max_nr_bufs` default.
pub const MAX_DM_OP_BUFFERS: usize = 16;
const O_CLOEXEC: i32 = 0o2000000;

/// `struct privcmd_hypercall`
#[repr(C)]
pub struct privcmd_hypercall {
    pub op: u64,
    pub arg: [u64; 5],
}

/// `struct privcmd_dm_op_buf`
#[repr(C)]
pub struct privcmd_dm_op_buf {
    pub uptr: *mut c_void,
    pub size: usize,
}

/// `struct privcmd_dm_op`
#[repr(C)]
pub struct privcmd_dm_op {
    pub dom: u16,
    pub num: u16,
    pub ubufs: *const privcmd_dm_op_buf,
}

/// `struct privcmd_mmap_resource`
#[repr(C)]
pub struct privcmd_mmap_resource {
    pub dom: u16,
    pub r#type: u32,
    pub id: u32,
    pub idx: u32,
    pub num: u64,
    pub addr: u64,
}

pub const IOCTL_PRIVCMD_HYPERCALL: c_ulong = sys::ioc_none(b'P', 0, std::mem::size_of::<privcmd_hypercall>());
pub const IOCTL_PRIVCMD_DM_OP: c_ulong = sys::ioc_none(b'P', 5, std::mem::size_of::<privcmd_dm_op>());
pub const IOCTL_PRIVCMD_RESTRICT: c_ulong = sys::ioc_none(b'P', 6, std::mem::size_of::<u16>());
pub const IOCTL_PRIVCMD_MMAP_RESOURCE: c_ulong =
    sys::ioc_none(b'P', 7, std::mem::size_of::<privcmd_mmap_resource>());

/// A shared mapping (of a resource, or of hypercall memory), unmapped on drop.
pub struct Mapping {
    ptr: *mut u8,
    len: usize,
}

impl Mapping {
    /// Anonymous private memory (tests stand it in for a resource mapping).
    #[cfg(test)]
    pub(crate) fn anonymous(len: usize) -> Mapping {
        Mapping { ptr: sys::map(-1, len).expect("anonymous memory"), len }
    }

    /// The first byte.
    pub fn as_ptr(&self) -> *mut u8 {
        self.ptr
    }

    /// Its length in bytes (whole pages).
    pub fn len(&self) -> usize {
        self.len
    }

    /// Always false: a mapping has at least one page.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl Drop for Mapping {
    fn drop(&mut self) {
        // SAFETY: ptr/len came from sys::map and nothing borrows from a Mapping past its life.
        unsafe { sys::unmap(self.ptr, self.len) }
    }
}

// A mapping is plain memory; moving it to another thread is fine.
unsafe impl Send for Mapping {}

/// Memory the kernel lets Xen access during a raw hypercall; its address goes in the
/// hypercall's arguments.
pub struct HypercallBuffer {
    map: Mapping,
    size: usize,
    /// Anonymous memory pinned with `mlock` (no `/dev/xen/hypercall`).
    pub locked: bool,
}

impl HypercallBuffer {
    /// The address to pass to Xen.
    pub fn address(&self) -> u64 {
        self.map.ptr as usize as u64
    }

    /// The bytes (the requested size, not the whole page).
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: the mapping holds at least size bytes.
        unsafe { std::slice::from_raw_parts(self.map.ptr, self.size) }
    }

    /// The bytes, writable.
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: as above, and &mut self is exclusive.
        unsafe { std::slice::from_raw_parts_mut(self.map.ptr, self.size) }
    }
}

/// An open `/dev/xen/privcmd`.
pub struct Privcmd {
    file: File,
}

impl Privcmd {
    /// Opens `/dev/xen/privcmd`; [`Error::Unavailable`] when there is none.
    pub fn open() -> Result<Privcmd> {
        Privcmd::open_path(PRIVCMD_PATH)
    }

    /// Opens a privcmd device at `path`.
    pub fn open_path(path: &str) -> Result<Privcmd> {
        match OpenOptions::new().read(true).write(true).custom_flags(O_CLOEXEC).open(path) {
            Ok(file) => Ok(Privcmd { file }),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::Unavailable(format!(
                "{} does not exist: not running on Xen, or privcmd is not loaded",
                path
            ))),
            Err(e) => Err(Error::Unavailable(format!("cannot open {}: {}", path, e))),
        }
    }

    fn ioctl<T>(&self, request: c_ulong, arg: &mut T, what: impl FnOnce() -> String) -> Result<i64> {
        sys::ioctl(self.file.as_raw_fd(), request, arg as *mut T as *mut c_void)
            .map(|r| r as i64)
            .map_err(|e| Error::os(e, what()))
    }

    /// Issues hypercall `op` with up to five arguments (integers, or addresses of
    /// [`HypercallBuffer`]s); Xen's result.
    pub fn hypercall(&self, op: Hypercall, args: &[u64]) -> Result<i64> {
        if args.len() > 5 {
            return Err(Error::Usage("a hypercall takes at most five arguments".into()));
        }
        let mut call = privcmd_hypercall { op: op.0 as u64, arg: [0; 5] };
        call.arg[..args.len()].copy_from_slice(args);
        self.ioctl(IOCTL_PRIVCMD_HYPERCALL, &mut call, || format!("hypercall {}", op.0))
    }

    /// `dm_op` on `domid` with `buffers` (Xen reads them and writes results back in place).
    pub fn dm_op(&self, domid: u16, buffers: &mut [&mut [u8]]) -> Result<i64> {
        if buffers.is_empty() || buffers.len() > MAX_DM_OP_BUFFERS {
            return Err(Error::Usage(format!("dm_op takes 1 to {} buffers", MAX_DM_OP_BUFFERS)));
        }
        let bufs: Vec<privcmd_dm_op_buf> = buffers
            .iter_mut()
            .map(|b| privcmd_dm_op_buf { uptr: b.as_mut_ptr() as *mut c_void, size: b.len() })
            .collect();
        let mut op = privcmd_dm_op { dom: domid, num: bufs.len() as u16, ubufs: bufs.as_ptr() };
        self.ioctl(IOCTL_PRIVCMD_DM_OP, &mut op, || format!("dm_op on domain {}", domid))
    }

    /// Ties this fd to `domid`: afterwards only audited ioctls for that domain are
    /// allowed (raw hypercalls are refused).
    pub fn restrict(&self, domid: u16) -> Result<()> {
        let mut dom = domid;
        self.ioctl(IOCTL_PRIVCMD_RESTRICT, &mut dom, || format!("restrict to domain {}", domid)).map(|_| ())
    }

    /// Maps `frames` frames of resource `kind`/`id` (`XENMEM_resource_*`) of `domid`
    /// from frame `index`, read-write; unmapped when the [`Mapping`] is dropped.
    pub fn mmap_resource(&self, domid: u16, kind: u32, id: u32, index: u32, frames: u64) -> Result<Mapping> {
        let len = sys::round_up(frames as usize * 4096, sys::page_size());
        let ptr = sys::map(self.file.as_raw_fd(), len).map_err(|e| Error::os(e, "mmap /dev/xen/privcmd"))?;
        let map = Mapping { ptr, len };
        let mut req = privcmd_mmap_resource { dom: domid, r#type: kind, id, idx: index, num: frames, addr: ptr as usize as u64 };
        self.ioctl(IOCTL_PRIVCMD_MMAP_RESOURCE, &mut req, || {
            format!("map resource {}/{} of domain {}", kind, id, domid)
        })?;
        Ok(map)
    }

    /// How many frames a resource has (an `addr = num = 0` query; reliable from Xen 4.15).
    pub fn resource_size(&self, domid: u16, kind: u32, id: u32) -> Result<u64> {
        let mut req = privcmd_mmap_resource { dom: domid, r#type: kind, id, idx: 0, num: 0, addr: 0 };
        self.ioctl(IOCTL_PRIVCMD_MMAP_RESOURCE, &mut req, || {
            format!("size of resource {}/{} of domain {}", kind, id, domid)
        })?;
        Ok(req.num)
    }

    /// Whether the kernel has `IOCTL_PRIVCMD_DM_OP`, probed as libxendevicemodel does: a
    /// call for `DOMID_INVALID` with no buffers reaches the handler (which refuses it)
    /// only if the ioctl exists; a missing one gives `ENOTTY` (`EINVAL` on old kernels).
    pub fn has_dm_op(&self) -> bool {
        let mut op = privcmd_dm_op { dom: crate::native::DOMID_INVALID as u16, num: 0, ubufs: std::ptr::null() };
        match sys::ioctl(self.file.as_raw_fd(), IOCTL_PRIVCMD_DM_OP, &mut op as *mut _ as *mut c_void) {
            Ok(_) => true,
            Err(e) => !matches!(e.raw_os_error(), Some(25) | Some(22)),
        }
    }

    /// Page-aligned memory Xen may access during a raw hypercall, of at least `size` bytes.
    pub fn hypercall_buffer(&self, size: usize) -> Result<HypercallBuffer> {
        let len = sys::round_up(size.max(1), sys::page_size());
        if let Ok(dev) = OpenOptions::new().read(true).write(true).custom_flags(O_CLOEXEC).open(HYPERCALL_PATH) {
            if let Ok(ptr) = sys::map(dev.as_raw_fd(), len) {
                return Ok(HypercallBuffer { map: Mapping { ptr, len }, size, locked: false });
            }
        }
        // Older kernels: anonymous memory, locked so it stays resident, not inherited by a fork.
        let ptr = sys::map(-1, len).map_err(|e| Error::os(e, "mmap a hypercall buffer"))?;
        let map = Mapping { ptr, len };
        sys::lock(ptr, len).map_err(|e| Error::os(e, "mlock a hypercall buffer"))?;
        Ok(HypercallBuffer { map, size, locked: true })
    }
}

impl AsRawFd for Privcmd {
    fn as_raw_fd(&self) -> RawFd {
        self.file.as_raw_fd()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ioctl_numbers_are_linuxs() {
        // include/uapi/xen/privcmd.h: _IOC(_IOC_NONE, 'P', nr, sizeof(arg)).
        assert_eq!(IOCTL_PRIVCMD_HYPERCALL, 0x0030_5000);
        assert_eq!(IOCTL_PRIVCMD_RESTRICT, 0x0002_5006);
        assert_eq!(IOCTL_PRIVCMD_MMAP_RESOURCE, 0x0020_5007);
        let dm_op = if cfg!(target_pointer_width = "64") { 0x0010_5005 } else { 0x0008_5005 };
        assert_eq!(IOCTL_PRIVCMD_DM_OP, dm_op);
    }

    #[test]
    fn a_missing_device_is_unavailable() {
        match Privcmd::open_path("/nonexistent/privcmd") {
            Err(Error::Unavailable(text)) => assert!(text.contains("does not exist"), "{}", text),
            Err(other) => panic!("{}", other),
            Ok(_) => panic!("opened a missing device"),
        }
    }
}
