//! Which Xen is running: `/sys/hypervisor/version/{major,minor,extra}`, falling back to
//! the `XENVER_version` hypercall (through an unrestricted privcmd: ask before
//! [`Privcmd::restrict`](crate::privcmd::Privcmd::restrict)).

use std::fs;
use std::path::Path;

use crate::error::{Error, Result};
use crate::privcmd::Privcmd;
use crate::Release;

/// Where Linux publishes the hypervisor's version.
pub const SYSFS_VERSION: &str = "/sys/hypervisor/version";

/// The running Xen's `(major, minor, extra)` (`extra` is `".7"`-like: `XENVER_extraversion`).
pub fn running_version() -> Result<(u32, u32, String)> {
    if let Some(v) = version_from_sysfs(Path::new(SYSFS_VERSION)) {
        return Ok(v);
    }
    let pc = Privcmd::open()?;
    let op = crate::native::calls::xen_version;
    let v = pc.hypercall(op, &[crate::native::XENVER_version, 0])?;
    let mut extra = String::new();
    if let Ok(buf) = pc.hypercall_buffer(16) {
        if pc.hypercall(op, &[crate::native::XENVER_extraversion, buf.address()]).is_ok() {
            let bytes = buf.bytes();
            let end = bytes.iter().position(|&b| b == 0).unwrap_or(bytes.len());
            extra = String::from_utf8_lossy(&bytes[..end]).into_owned();
        }
    }
    Ok(((v >> 16) as u32, (v & 0xffff) as u32, extra))
}

/// The point number of an extraversion: `".7"` -> 7, a stable branch's `".8-pre"` -> 8,
/// anything else (`""`, `"-unstable"`) -> 0.
pub fn point_of(extra: &str) -> u32 {
    let digits: String = extra.strip_prefix('.').unwrap_or("").chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().unwrap_or(0)
}

/// The version read from a sysfs directory like `/sys/hypervisor/version` (None when absent).
pub fn version_from_sysfs(dir: &Path) -> Option<(u32, u32, String)> {
    let read = |name: &str| fs::read_to_string(dir.join(name)).ok().map(|s| s.trim().to_string());
    let major = read("major")?.parse().ok()?;
    let minor = read("minor")?.parse().ok()?;
    Some((major, minor, read("extra").unwrap_or_default()))
}

/// The [`Release`] of the running Xen, exact to the point release (4.17.7 on a Xen 4.17.7;
/// a newer point than any known gets its series' newest, see [`Release::from_point`]),
/// or [`Error::Unsupported`] naming the supported range.
pub fn running_release() -> Result<Release> {
    let (major, minor, extra) = running_version()?;
    Release::from_point(major, minor, point_of(&extra)).map_err(Error::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sysfs_tree_gives_the_release_and_an_old_one_names_the_range() {
        let dir = std::env::temp_dir().join(format!("xen-abi-sysfs-{}", std::process::id()));
        fs::create_dir_all(&dir).unwrap();
        for (name, text) in [("major", "4\n"), ("minor", "17\n"), ("extra", ".3-pre\n")] {
            fs::write(dir.join(name), text).unwrap();
        }
        let (major, minor, extra) = version_from_sysfs(&dir).unwrap();
        assert_eq!((major, minor, extra.as_str()), (4, 17, ".3-pre"));
        assert_eq!(Release::from_version(major, minor).unwrap().name(), "4.17.0");
        assert_eq!(point_of(&extra), 3);
        let (a, b, c) = Release::from_point(major, minor, point_of(&extra)).unwrap().version();
        assert!((a, b) == (4, 17) && c <= 3);
        let newest = Release::ALL.iter().copied().filter(|r| (r.version().0, r.version().1) == (4, 17)).last();
        assert_eq!(Release::from_point(4, 17, 999).ok(), newest);
        assert_eq!((point_of(".7"), point_of(""), point_of("-unstable")), (7, 0, 0));
        let old = Release::from_version(4, 12).unwrap_err().to_string();
        assert!(old.starts_with("Xen 4.12 is outside the range these bindings support: "), "{}", old);
        fs::remove_dir_all(&dir).unwrap();
    }
}
