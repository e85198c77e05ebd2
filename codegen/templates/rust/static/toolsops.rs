//! Tools-only calls (domctl, sysctl) through the run-time dispatch: the release's own
//! `XEN_*_INTERFACE_VERSION` and layouts, chosen by [`crate::for_release!`], so one
//! binary works on every release of the range (Xen refuses a domctl or sysctl whose
//! interface version is not its own with `XEN_EACCES`).
//!
//! These are raw hypercalls: they need an unrestricted [`Privcmd`] and dom0 privileges.

use core::mem::size_of;

use crate::error::Result;
use crate::privcmd::Privcmd;
use crate::{Plain, Release};

/// What `XEN_SYSCTL_physinfo` says about the host (fields every release has).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhysInfo {
    /// Online CPUs.
    pub nr_cpus: u32,
    /// Highest CPU id.
    pub max_cpu_id: u32,
    /// NUMA nodes.
    pub nr_nodes: u32,
    /// CPU frequency in kHz.
    pub cpu_khz: u32,
    /// Host memory in pages.
    pub total_pages: u64,
    /// Free pages.
    pub free_pages: u64,
    /// `XEN_SYSCTL_PHYSCAP_*` bits.
    pub capabilities: u32,
}

/// What `XEN_DOMCTL_getdomaininfo` says about one domain (fields every release has).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DomainInfo {
    /// The domain id.
    pub domain: u16,
    /// `XEN_DOMINF_*` bits.
    pub flags: u32,
    /// Pages it owns.
    pub tot_pages: u64,
    /// Its memory limit in pages.
    pub max_pages: u64,
    /// CPU time used, in ns.
    pub cpu_time: u64,
    /// vCPUs online.
    pub nr_online_vcpus: u32,
    /// Highest vCPU id.
    pub max_vcpu_id: u32,
    /// The toolstack's handle (UUID).
    pub handle: [u8; 16],
}

/// Copies `value` into a hypercall buffer, issues `op` on it, and reads it back.
fn call<T: Plain>(pc: &Privcmd, op: crate::Hypercall, value: &T) -> Result<T> {
    let mut buf = pc.hypercall_buffer(size_of::<T>())?;
    buf.bytes_mut().copy_from_slice(value.as_bytes());
    pc.hypercall(op, &[buf.address()])?;
    Ok(T::from_bytes(buf.bytes()).expect("the buffer holds a T"))
}

/// Reads a payload of type `P` from the start of a union member's bytes.
fn payload<P: Plain>(bytes: &[u8]) -> P {
    P::from_bytes(bytes).expect("the union holds the payload")
}

/// `XEN_SYSCTL_physinfo` with `release`'s layout and interface version.
pub fn physinfo(pc: &Privcmd, release: Release) -> Result<PhysInfo> {
    crate::for_release!(release, v => {
        let mut op = v::xen_sysctl::zeroed();
        op.cmd = v::XEN_SYSCTL_physinfo as u32;
        op.interface_version = v::XEN_SYSCTL_INTERFACE_VERSION as u32;
        let out = call(pc, v::calls::sysctl, &op)?;
        let p: v::xen_sysctl_physinfo = payload(out.u.as_bytes());
        Ok(PhysInfo {
            nr_cpus: p.nr_cpus,
            max_cpu_id: p.max_cpu_id,
            nr_nodes: p.nr_nodes,
            cpu_khz: p.cpu_khz,
            total_pages: p.total_pages.into(),
            free_pages: p.free_pages.into(),
            capabilities: p.capabilities,
        })
    })
}

/// `XEN_DOMCTL_getdomaininfo` of `domid` with `release`'s layout and interface version.
pub fn getdomaininfo(pc: &Privcmd, release: Release, domid: u16) -> Result<DomainInfo> {
    crate::for_release!(release, v => {
        let mut op = v::xen_domctl::zeroed();
        op.cmd = v::XEN_DOMCTL_getdomaininfo as u32;
        op.interface_version = v::XEN_DOMCTL_INTERFACE_VERSION as u32;
        op.domain = domid;
        let out = call(pc, v::calls::domctl, &op)?;
        let d: v::xen_domctl_getdomaininfo = payload(out.u.as_bytes());
        Ok(DomainInfo {
            domain: d.domain,
            flags: d.flags,
            tot_pages: d.tot_pages.into(),
            max_pages: d.max_pages.into(),
            cpu_time: d.cpu_time.into(),
            nr_online_vcpus: d.nr_online_vcpus,
            max_vcpu_id: d.max_vcpu_id,
            handle: d.handle,
        })
    })
}

/// `XEN_DOMCTL_INTERFACE_VERSION` of `release` on this architecture.
pub fn domctl_interface_version(release: Release) -> u32 {
    crate::for_release!(release, v => v::XEN_DOMCTL_INTERFACE_VERSION as u32)
}

/// `XEN_SYSCTL_INTERFACE_VERSION` of `release` on this architecture.
pub fn sysctl_interface_version(release: Release) -> u32 {
    crate::for_release!(release, v => v::XEN_SYSCTL_INTERFACE_VERSION as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_binary_carries_each_releases_interface_versions() {
        assert_eq!(domctl_interface_version(Release::V4_17), 0x15);
        assert_eq!(domctl_interface_version(Release::V4_20), 0x17);
        assert_eq!(sysctl_interface_version(Release::V4_17), 0x15);
        // A domctl built for 4.17 is not 4.20's layout: the dispatch picks per release.
        let sizes: Vec<usize> = Release::ALL
            .iter()
            .map(|&r| crate::for_release!(r, v => size_of::<v::xen_domctl_getdomaininfo>()))
            .collect();
        assert_eq!(sizes.len(), Release::ALL.len());
    }
}
