//! The few C library functions and Linux constants the dom0 layer needs, declared here
//! so the crate has no dependency: `syscall` (for `ioctl`, whose result must stay a
//! `long`: glibc's `ioctl()` returns `int` and would truncate a hypercall's result),
//! `mmap`, `munmap`, `mlock`, `madvise` and `poll`.

use std::io;
use std::os::raw::{c_int, c_long, c_short, c_ulong, c_void};

extern "C" {
    fn syscall(number: c_long, ...) -> c_long;
    fn mmap(addr: *mut c_void, len: usize, prot: c_int, flags: c_int, fd: c_int, offset: c_long) -> *mut c_void;
    fn munmap(addr: *mut c_void, len: usize) -> c_int;
    fn mlock(addr: *const c_void, len: usize) -> c_int;
    fn madvise(addr: *mut c_void, len: usize, advice: c_int) -> c_int;
    fn poll(fds: *mut PollFd, nfds: c_ulong, timeout: c_int) -> c_int;
    fn sysconf(name: c_int) -> c_long;
}

/// The `ioctl` system call's number.
#[cfg(target_arch = "x86_64")]
const SYS_IOCTL: c_long = 16;
#[cfg(target_arch = "aarch64")]
const SYS_IOCTL: c_long = 29;
#[cfg(any(target_arch = "x86", target_arch = "arm"))]
const SYS_IOCTL: c_long = 54;

const PROT_READ: c_int = 1;
const PROT_WRITE: c_int = 2;
const MAP_SHARED: c_int = 1;
const MAP_PRIVATE: c_int = 2;
const MAP_ANONYMOUS: c_int = 0x20;
const MADV_DONTFORK: c_int = 10;
const POLLIN: c_short = 1;
const SC_PAGESIZE: c_int = 30;

#[repr(C)]
struct PollFd {
    fd: c_int,
    events: c_short,
    revents: c_short,
}

/// `_IOC(_IOC_NONE, kind, nr, size)` (asm-generic/ioctl.h, which x86 and Arm use).
pub const fn ioc_none(kind: u8, nr: u8, size: usize) -> c_ulong {
    ((size as c_ulong) << 16) | ((kind as c_ulong) << 8) | nr as c_ulong
}

/// `syscall(SYS_ioctl, fd, request, arg)`: the kernel's `long` result, or the errno.
pub fn ioctl(fd: c_int, request: c_ulong, arg: *mut c_void) -> io::Result<c_long> {
    // SAFETY: the caller passes a pointer to the argument struct the request expects.
    let r = unsafe { syscall(SYS_IOCTL, fd as c_long, request, arg) };
    if r == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

/// The page size of this machine.
pub fn page_size() -> usize {
    // SAFETY: sysconf has no preconditions.
    let n = unsafe { sysconf(SC_PAGESIZE) };
    if n > 0 {
        n as usize
    } else {
        4096
    }
}

pub fn round_up(value: usize, align: usize) -> usize {
    (value + align - 1) / align * align
}

/// A shared read-write mapping of `len` bytes of `fd` (anonymous and private if `fd` < 0).
pub fn map(fd: c_int, len: usize) -> io::Result<*mut u8> {
    let flags = if fd < 0 { MAP_PRIVATE | MAP_ANONYMOUS } else { MAP_SHARED };
    // SAFETY: a new mapping at an address the kernel chooses.
    let p = unsafe { mmap(std::ptr::null_mut(), len, PROT_READ | PROT_WRITE, flags, fd, 0) };
    if p as isize == -1 {
        Err(io::Error::last_os_error())
    } else {
        Ok(p as *mut u8)
    }
}

/// Unmaps what `map` returned.
///
/// # Safety
/// `ptr`/`len` must be a live mapping no reference points into any more.
pub unsafe fn unmap(ptr: *mut u8, len: usize) {
    munmap(ptr as *mut c_void, len);
}

/// Locks anonymous memory (kept resident) and keeps it out of forked children.
pub fn lock(ptr: *mut u8, len: usize) -> io::Result<()> {
    // SAFETY: ptr/len is a mapping of ours.
    unsafe {
        madvise(ptr as *mut c_void, len, MADV_DONTFORK);
        if mlock(ptr as *const c_void, len) != 0 {
            return Err(io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Waits up to `timeout_ms` (-1: forever) for `fd` to be readable; false on timeout.
pub fn wait_readable(fd: c_int, timeout_ms: c_int) -> io::Result<bool> {
    let mut p = PollFd { fd, events: POLLIN, revents: 0 };
    loop {
        // SAFETY: one valid pollfd.
        let n = unsafe { poll(&mut p, 1, timeout_ms) };
        if n >= 0 {
            return Ok(n > 0);
        }
        let err = io::Error::last_os_error();
        if err.kind() != io::ErrorKind::Interrupted {
            return Err(err);
        }
    }
}
