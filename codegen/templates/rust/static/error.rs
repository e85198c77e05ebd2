//! Errors of the dom0 layer: a Xen errno with Xen's name for it, and what was being done.

use std::fmt;
use std::io;

/// An error number from Xen (or from Linux on its behalf: Xen's numbers are Linux's).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct XenErrno(pub i32);

impl XenErrno {
    /// Xen's name for it (`"XEN_EOPNOTSUPP"`), from the stable `enum xen_errno`.
    pub fn name(self) -> Option<&'static str> {
        crate::native::xen_errno_name(self.0)
    }
}

impl fmt::Display for XenErrno {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => write!(f, "{} ({})", name, self.0),
            None => write!(f, "errno {}", self.0),
        }
    }
}

/// What can go wrong.
#[derive(Debug)]
pub enum Error {
    /// A call failed with `errno`; `what` says which call.
    Xen {
        /// The error number.
        errno: XenErrno,
        /// Which call failed (`"dm_op on domain 3"`).
        what: String,
    },
    /// There is no Xen device to use (not on Xen, or the driver is not loaded).
    Unavailable(String),
    /// The running Xen is outside the range of these bindings.
    Unsupported(crate::UnsupportedRelease),
    /// A call made in the wrong order or with a wrong argument (binding port 0, ...).
    Usage(String),
}

impl Error {
    pub(crate) fn os(err: io::Error, what: impl Into<String>) -> Error {
        Error::Xen { errno: XenErrno(err.raw_os_error().unwrap_or(0)), what: what.into() }
    }

    /// The errno of a failed call, if that is what this is.
    pub fn errno(&self) -> Option<XenErrno> {
        match self {
            Error::Xen { errno, .. } => Some(*errno),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Xen { errno, what } => write!(f, "{}: {}", what, errno),
            Error::Unavailable(text) | Error::Usage(text) => f.write_str(text),
            Error::Unsupported(u) => u.fmt(f),
        }
    }
}

impl std::error::Error for Error {}

impl From<crate::UnsupportedRelease> for Error {
    fn from(u: crate::UnsupportedRelease) -> Error {
        Error::Unsupported(u)
    }
}

/// The result of the dom0 layer's calls.
pub type Result<T> = std::result::Result<T, Error>;
