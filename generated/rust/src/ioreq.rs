//! An IOREQ server from the stable core only: `dm_op` helpers, the shared ioreq page and
//! the buffered ring, event channels, and a serving loop with the barriers the protocol
//! needs (as varstored and QEMU do).
//!
//! The order that works on a real Xen (QEMU's, and the only one [`IoreqServer`] allows):
//! [`create`](IoreqServer::create), [`map_ioreq_page`](IoreqServer::map_ioreq_page),
//! [`map_io_range`](IoreqServer::map_io_range), [`set_state(true)`](IoreqServer::set_state),
//! **then** [`bind_ports`](IoreqServer::bind_ports): Xen writes each vCPU's event channel
//! (`vp_eport`) into the page only when the server is enabled, so binding earlier
//! would bind port 0. Tear down with [`destroy`](IoreqServer::destroy) and drop the
//! pages: an ioreq page left mapped keeps the guest "dying" after `xl destroy`.
//!
//! Xen broadcasts `IOREQ_TYPE_INVALIDATE` (a mapcache invalidation, `write addr 0 size 4`)
//! to every server, e.g. before a Linux guest's first port access; [`serve_pending`]
//! completes it (and `IOREQ_TYPE_TIMEOFFSET`) like any request. Every `dm_op` sends the
//! whole 32-byte `xen_dm_op` as its buffer: Xen up to 4.10 refused a shorter one.

use std::time::Duration;

use crate::error::{Error, Result};
use crate::evtchn::Evtchn;
use crate::native as abi;
use crate::native::calls::dm_op::{self as dmop, Op};
use crate::privcmd::{Mapping, Privcmd};
use crate::{full_barrier, Plain};

/// `XEN_DMOP_IO_RANGE_PORT`: I/O ports.
pub const RANGE_PORT: u32 = abi::XEN_DMOP_IO_RANGE_PORT as u32;
/// `XEN_DMOP_IO_RANGE_MEMORY`: guest-physical MMIO.
pub const RANGE_MEMORY: u32 = abi::XEN_DMOP_IO_RANGE_MEMORY as u32;
/// `XEN_DMOP_IO_RANGE_PCI`: PCI config space (SBDF).
pub const RANGE_PCI: u32 = abi::XEN_DMOP_IO_RANGE_PCI as u32;
/// Request types (`ioreq_t.type`).
pub const TYPE_PIO: u8 = abi::IOREQ_TYPE_PIO as u8;
/// MMIO (`IOREQ_TYPE_COPY`).
pub const TYPE_COPY: u8 = abi::IOREQ_TYPE_COPY as u8;
/// PCI config space.
pub const TYPE_PCI_CONFIG: u8 = abi::IOREQ_TYPE_PCI_CONFIG as u8;
/// The guest's time offset changed.
pub const TYPE_TIMEOFFSET: u8 = abi::IOREQ_TYPE_TIMEOFFSET as u8;
/// Invalidate any mapping of guest memory (the mapcache).
pub const TYPE_INVALIDATE: u8 = abi::IOREQ_TYPE_INVALIDATE as u8;

/// What `XEN_DMOP_get_ioreq_server_info` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IoreqServerInfo {
    /// Legacy gfn of the ioreq page (0 unless asked for).
    pub ioreq_gfn: u64,
    /// Legacy gfn of the buffered ring (0 unless asked for).
    pub bufioreq_gfn: u64,
    /// The buffered ring's event channel (0 without a buffered ring).
    pub bufioreq_port: u32,
}

/// One IOREQ server of a domain, driven through a [`Privcmd`].
pub struct IoreqServer<'a> {
    privcmd: &'a Privcmd,
    domid: u16,
    id: Option<u16>,
    enabled: bool,
    ranges: Vec<(u32, u64, u64)>,
}

impl<'a> IoreqServer<'a> {
    /// A server for `domid`, not yet created.
    pub fn new(privcmd: &'a Privcmd, domid: u16) -> IoreqServer<'a> {
        IoreqServer { privcmd, domid, id: None, enabled: false, ranges: Vec::new() }
    }

    /// The domain served.
    pub fn domid(&self) -> u16 {
        self.domid
    }

    /// The server's id once created.
    pub fn id(&self) -> Option<u16> {
        self.id
    }

    /// Issues sub-op `op` with payload `payload` (the member `u.<op>` of `xen_dm_op`);
    /// the payload as Xen wrote it back.
    pub fn dm_op<P: Plain>(&self, op: Op, payload: P) -> Result<P> {
        let mut buf = abi::xen_dm_op::zeroed();
        buf.op = op.0;
        let offset = core::ptr::addr_of!(buf.u) as usize - core::ptr::addr_of!(buf) as usize;
        let size = core::mem::size_of::<P>();
        if size > core::mem::size_of_val(&buf.u) {
            return Err(Error::Usage(format!("a payload of {} bytes does not fit xen_dm_op", size)));
        }
        buf.as_bytes_mut()[offset..offset + size].copy_from_slice(payload.as_bytes());
        self.privcmd.dm_op(self.domid, &mut [buf.as_bytes_mut()]).map_err(|e| match e {
            Error::Xen { errno, .. } => Error::Xen { errno, what: format!("dm_op {} on domain {}", op.0, self.domid) },
            other => other,
        })?;
        Ok(P::from_bytes(&buf.as_bytes()[offset..]).expect("the payload fits"))
    }

    fn server_id(&self) -> Result<u16> {
        self.id.ok_or_else(|| Error::Usage("no IOREQ server: call create() first".into()))
    }

    /// The domain's number of vCPUs (`XEN_DMOP_nr_vcpus`, Xen 4.15 and later: probe it
    /// rather than compare versions; older Xen says `XEN_EOPNOTSUPP`).
    pub fn nr_vcpus(&self) -> Result<u32> {
        Ok(self.dm_op(dmop::XEN_DMOP_nr_vcpus, abi::xen_dm_op_nr_vcpus::zeroed())?.vcpus)
    }

    /// Creates the server; `handle_bufioreq` 0 is no buffered ring (`HVM_IOREQSRV_BUFIOREQ_OFF`;
    /// the mode values are tools-only in the headers, so this takes the number).
    pub fn create(&mut self, handle_bufioreq: u8) -> Result<u16> {
        if self.id.is_some() {
            return Err(Error::Usage("this IOREQ server is already created".into()));
        }
        let mut p = abi::xen_dm_op_create_ioreq_server::zeroed();
        p.handle_bufioreq = handle_bufioreq;
        let id = self.dm_op(dmop::XEN_DMOP_create_ioreq_server, p)?.id;
        self.id = Some(id);
        Ok(id)
    }

    /// The buffered ring's event channel (and the legacy gfns only if `gfns`).
    pub fn get_info(&self, gfns: bool) -> Result<IoreqServerInfo> {
        let mut p = abi::xen_dm_op_get_ioreq_server_info::zeroed();
        p.id = self.server_id()?;
        p.flags = if gfns { 0 } else { abi::XEN_DMOP_no_gfns as u16 };
        let r = self.dm_op(dmop::XEN_DMOP_get_ioreq_server_info, p)?;
        Ok(IoreqServerInfo { ioreq_gfn: r.ioreq_gfn.into(), bufioreq_gfn: r.bufioreq_gfn.into(), bufioreq_port: r.bufioreq_port })
    }

    fn range(&self, op: Op, kind: u32, start: u64, end: u64) -> Result<()> {
        let mut p = abi::xen_dm_op_ioreq_server_range::zeroed();
        p.id = self.server_id()?;
        p.r#type = kind;
        p.start = start.into();
        p.end = end.into();
        self.dm_op(op, p).map(|_| ())
    }

    /// Claims `start..=end` of [`RANGE_PORT`], [`RANGE_MEMORY`] or [`RANGE_PCI`].
    pub fn map_io_range(&mut self, kind: u32, start: u64, end: u64) -> Result<()> {
        self.range(dmop::XEN_DMOP_map_io_range_to_ioreq_server, kind, start, end)?;
        self.ranges.push((kind, start, end));
        Ok(())
    }

    /// Gives a claimed range back.
    pub fn unmap_io_range(&mut self, kind: u32, start: u64, end: u64) -> Result<()> {
        self.range(dmop::XEN_DMOP_unmap_io_range_from_ioreq_server, kind, start, end)?;
        self.ranges.retain(|r| *r != (kind, start, end));
        Ok(())
    }

    /// Enables (or disables) the server. Enabling makes Xen write each vCPU's event
    /// channel into the ioreq page: only then can [`bind_ports`](Self::bind_ports) work.
    pub fn set_state(&mut self, enabled: bool) -> Result<()> {
        let mut p = abi::xen_dm_op_set_ioreq_server_state::zeroed();
        p.id = self.server_id()?;
        p.enabled = enabled as u8;
        self.dm_op(dmop::XEN_DMOP_set_ioreq_server_state, p)?;
        self.enabled = enabled;
        Ok(())
    }

    /// Whether [`set_state(true)`](Self::set_state) was the last state set.
    pub fn is_enabled(&self) -> bool {
        self.enabled
    }

    /// Disables the server, gives its ranges back and destroys it (drop the pages
    /// afterwards to unmap them). Dropping the server does the same, ignoring errors.
    pub fn destroy(&mut self) -> Result<()> {
        let id = self.server_id()?;
        if self.enabled {
            self.set_state(false)?;
        }
        for (kind, start, end) in self.ranges.clone() {
            self.unmap_io_range(kind, start, end)?;
        }
        let mut p = abi::xen_dm_op_destroy_ioreq_server::zeroed();
        p.id = id;
        self.dm_op(dmop::XEN_DMOP_destroy_ioreq_server, p)?;
        self.id = None;
        Ok(())
    }

    /// `XENMEM_resource_ioreq_server_frame_ioreq(n)`: memory.h defines it as `(1 + (n))`,
    /// the frame after the buffered one.
    pub fn ioreq_frame(n: u32) -> u32 {
        abi::XENMEM_resource_ioreq_server_frame_bufioreq as u32 + 1 + n
    }

    /// Maps the shared ioreq page(s): one `ioreq_t` slot per vCPU.
    pub fn map_ioreq_page(&self, nr_vcpus: u32) -> Result<SharedIoPage> {
        let slot = core::mem::size_of::<abi::ioreq>();
        let page = 1usize << abi::XEN_PAGE_SHIFT;
        let frames = ((nr_vcpus as usize * slot + page - 1) / page).max(1) as u64;
        let map = self.privcmd.mmap_resource(
            self.domid,
            abi::XENMEM_resource_ioreq_server as u32,
            self.server_id()? as u32,
            Self::ioreq_frame(0),
            frames,
        )?;
        Ok(SharedIoPage { map, nr_vcpus })
    }

    /// Maps the buffered ring (the server must be created with `handle_bufioreq` != 0).
    pub fn map_bufioreq_page(&self) -> Result<BufferedIoPage> {
        let map = self.privcmd.mmap_resource(
            self.domid,
            abi::XENMEM_resource_ioreq_server as u32,
            self.server_id()? as u32,
            abi::XENMEM_resource_ioreq_server_frame_bufioreq as u32,
            1,
        )?;
        Ok(BufferedIoPage { map })
    }

    /// Binds each vCPU's ioreq event channel; the local ports, by vCPU. Refused before
    /// [`set_state(true)`](Self::set_state): the page's ports are 0 until then.
    pub fn bind_ports(&self, page: &SharedIoPage, evtchn: &Evtchn) -> Result<Vec<u32>> {
        if !self.enabled {
            return Err(Error::Usage(
                "bind_ports before set_state(true): Xen writes the vCPUs' event channels into the ioreq page only when the server is enabled".into(),
            ));
        }
        let mut ports = Vec::new();
        for vcpu in 0..page.nr_vcpus() {
            match evtchn.bind_interdomain(self.domid, page.vp_eport(vcpu)) {
                Ok(port) => ports.push(port),
                Err(e) => {
                    unbind_ports(evtchn, &ports);
                    return Err(e);
                }
            }
        }
        Ok(ports)
    }
}

impl Drop for IoreqServer<'_> {
    fn drop(&mut self) {
        if self.id.is_some() {
            let _ = self.destroy();
        }
    }
}

/// Unbinds the ports [`IoreqServer::bind_ports`] returned (errors ignored: teardown).
pub fn unbind_ports(evtchn: &Evtchn, ports: &[u32]) {
    for &port in ports {
        let _ = evtchn.unbind(port);
    }
}

/// One request taken from a vCPU's slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Request {
    /// The vCPU whose slot it is.
    pub vcpu: u32,
    /// [`TYPE_PIO`], [`TYPE_COPY`], [`TYPE_INVALIDATE`], ...
    pub kind: u8,
    /// A read (the guest waits for `data`), else a write.
    pub read: bool,
    /// Port or guest-physical address.
    pub addr: u64,
    /// Bytes per access (1, 2, 4 or 8).
    pub size: u32,
    /// Repetitions (rep ins/outs).
    pub count: u32,
    /// The written value (for a write with `data_is_ptr` false).
    pub data: u64,
    /// `data` is a guest-physical address of the data (rep string I/O).
    pub data_is_ptr: bool,
    /// Direction flag of a rep string I/O.
    pub df: bool,
}

/// The shared ioreq page: one `ioreq_t` slot per vCPU. Unmapped on drop.
pub struct SharedIoPage {
    map: Mapping,
    nr_vcpus: u32,
}

impl SharedIoPage {
    /// vCPUs with a slot.
    pub fn nr_vcpus(&self) -> u32 {
        self.nr_vcpus
    }

    /// The raw slot of `vcpu` (Xen writes it concurrently: read it through volatile accesses).
    pub fn slot(&self, vcpu: u32) -> *mut abi::ioreq {
        assert!(vcpu < self.nr_vcpus, "vCPU {} out of range 0..{}", vcpu, self.nr_vcpus);
        // SAFETY: inside the mapping (nr_vcpus slots were mapped).
        unsafe { (self.map.as_ptr() as *mut abi::ioreq).add(vcpu as usize) }
    }

    /// The event channel Xen allocated for `vcpu` (0 until the server is enabled).
    pub fn vp_eport(&self, vcpu: u32) -> u32 {
        // SAFETY: a valid slot.
        unsafe { core::ptr::read_volatile(core::ptr::addr_of!((*self.slot(vcpu)).vp_eport)) }
    }

    /// The slot's `STATE_*`.
    pub fn state(&self, vcpu: u32) -> u64 {
        // SAFETY: a valid slot; the accessor reads through volatile byte loads.
        let value = unsafe { (*self.slot(vcpu)).state() };
        full_barrier(); // nothing of the request may be read before its state
        value
    }

    /// The vCPU's request if one is ready (now marked in process), else None.
    pub fn take(&self, vcpu: u32) -> Option<Request> {
        if self.state(vcpu) != abi::STATE_IOREQ_READY {
            return None;
        }
        let slot = self.slot(vcpu);
        // SAFETY: a valid slot; Xen does not touch it while it is READY/INPROCESS.
        unsafe {
            let r = core::ptr::read_volatile(slot);
            (*slot).set_state(abi::STATE_IOREQ_INPROCESS);
            Some(Request {
                vcpu,
                kind: r.r#type,
                read: r.dir() == abi::IOREQ_READ,
                addr: r.addr.into(),
                size: r.size,
                count: r.count,
                data: r.data.into(),
                data_is_ptr: r.data_is_ptr() != 0,
                df: r.df() != 0,
            })
        }
    }

    /// Publishes the response: `data` (for a read) then `STATE_IORESP_READY`, with the
    /// barriers around it. Notify the vCPU's port afterwards.
    pub fn complete(&self, vcpu: u32, data: Option<u64>) {
        let slot = self.slot(vcpu);
        // SAFETY: a valid slot, ours while INPROCESS.
        unsafe {
            if let Some(value) = data {
                core::ptr::write_volatile(core::ptr::addr_of_mut!((*slot).data), value.into());
            }
            full_barrier(); // the response's data before its state
            (*slot).set_state(abi::STATE_IORESP_READY);
        }
        full_barrier(); // the state before the notification
    }
}

/// Waits up to `timeout` for an event on one of `ports` (by vCPU), then serves every
/// ready request: `handle` sees each one and returns the value of a read (None leaves
/// the data as it is, e.g. for `INVALIDATE`); each is completed and its vCPU notified.
/// The number of requests served (0: timed out).
pub fn serve_pending(
    evtchn: &Evtchn,
    page: &SharedIoPage,
    ports: &[u32],
    timeout: Duration,
    handle: &mut dyn FnMut(&Request) -> Option<u64>,
) -> Result<usize> {
    let port = match evtchn.pending_timeout(timeout)? {
        Some(port) => port,
        None => return Ok(0),
    };
    evtchn.unmask(port)?;
    let mut served = 0;
    for (vcpu, &local) in ports.iter().enumerate() {
        if local != port {
            continue;
        }
        let vcpu = vcpu as u32;
        while let Some(req) = page.take(vcpu) {
            let value = handle(&req);
            page.complete(vcpu, if req.read && !req.data_is_ptr { value } else { None });
            evtchn.notify(local)?;
            served += 1;
        }
    }
    Ok(served)
}

/// One request from the buffered ring (writes only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BufferedRequest {
    /// [`TYPE_PIO`] or [`TYPE_COPY`].
    pub kind: u8,
    /// Always a write in practice (`dir` as Xen set it).
    pub read: bool,
    /// Bytes (1, 2, 4 or 8).
    pub size: u32,
    /// Port or address (20 bits: Xen buffers only low addresses such as the VGA window).
    pub addr: u64,
    /// The value written.
    pub data: u64,
}

/// The buffered ioreq ring: `buf_ioreq_t` slots between a read and a write pointer.
pub struct BufferedIoPage {
    map: Mapping,
}

impl BufferedIoPage {
    fn page(&self) -> *mut abi::buffered_iopage {
        self.map.as_ptr() as *mut abi::buffered_iopage
    }

    fn entry(&self, index: u32) -> abi::buf_ioreq {
        let slots = abi::IOREQ_BUFFER_SLOT_NUM as u32;
        // SAFETY: index modulo the ring size stays inside the page.
        unsafe {
            let first = core::ptr::addr_of!((*self.page()).buf_ioreq) as *const abi::buf_ioreq;
            core::ptr::read_volatile(first.add((index % slots) as usize))
        }
    }

    /// Consumes every request the ring holds (an 8-byte write takes two slots).
    pub fn pop(&self) -> Vec<BufferedRequest> {
        let mut out = Vec::new();
        let page = self.page();
        loop {
            // SAFETY: the pointers are inside the mapped page.
            let read = unsafe { core::ptr::read_volatile(core::ptr::addr_of!((*page).read_pointer)) };
            full_barrier();
            let write = unsafe { core::ptr::read_volatile(core::ptr::addr_of!((*page).write_pointer)) };
            full_barrier();
            if read == write {
                return out;
            }
            let e = self.entry(read);
            let size = 1u32 << e.size();
            let mut data = e.data as u64;
            if size == 8 {
                data |= (self.entry(read + 1).data as u64) << 32;
                full_barrier();
            }
            // SAFETY: the type lane of the union is a plain byte.
            let kind = unsafe { e.__anon_0.r#type };
            out.push(BufferedRequest { kind, read: e.dir() == abi::IOREQ_READ, size, addr: e.addr(), data });
            full_barrier();
            let next = read.wrapping_add(if size == 8 { 2 } else { 1 });
            // SAFETY: as above.
            unsafe { core::ptr::write_volatile(core::ptr::addr_of_mut!((*page).read_pointer), next) };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn request_bits_round_trip_through_the_slot_layout() {
        let mut slot = abi::ioreq::zeroed();
        slot.set_state(abi::STATE_IOREQ_READY);
        slot.set_dir(abi::IOREQ_READ);
        slot.set_df(1);
        assert_eq!((slot.state(), slot.dir(), slot.data_is_ptr(), slot.df()), (1, 1, 0, 1));
        // ioreq.h: uint8_t state:4; data_is_ptr:1; dir:1; df:1; _pad1:1 in the byte at 30.
        assert_eq!(slot.as_bytes()[30], 0b0110_0001);
    }

    #[test]
    fn the_order_is_enforced_and_errors_name_the_op() {
        let pc = Privcmd::open_path("/dev/null").unwrap();
        let ev = Evtchn::open_path("/dev/null").unwrap();
        let mut server = IoreqServer::new(&pc, 3);
        match server.set_state(true) {
            Err(Error::Usage(text)) => assert!(text.contains("create() first"), "{}", text),
            other => panic!("{:?}", other),
        }
        let page = SharedIoPage { map: Mapping::anonymous(4096), nr_vcpus: 1 };
        match server.bind_ports(&page, &ev) {
            Err(Error::Usage(text)) => assert!(text.starts_with("bind_ports before set_state(true)"), "{}", text),
            other => panic!("{:?}", other),
        }
        // /dev/null has no DM_OP ioctl: the typed error names the sub-op and the domain.
        let err = server.create(0).unwrap_err();
        assert_eq!(err.errno(), Some(crate::error::XenErrno(25)));
        assert!(err.to_string().starts_with("dm_op 1 on domain 3: "), "{}", err);
    }

    #[test]
    fn a_ready_request_is_taken_and_completed_with_the_protocols_states() {
        let page = SharedIoPage { map: Mapping::anonymous(4096), nr_vcpus: 2 };
        assert!(page.take(1).is_none());
        // SAFETY: slot 1 of our own anonymous page.
        unsafe {
            let slot = &mut *page.slot(1);
            slot.addr = 0x514u64.into();
            slot.size = 4;
            slot.count = 1;
            slot.set_dir(abi::IOREQ_READ);
            slot.set_state(abi::STATE_IOREQ_READY);
        }
        let req = page.take(1).unwrap();
        assert_eq!((req.vcpu, req.kind, req.read, req.addr, req.size), (1, TYPE_PIO, true, 0x514, 4));
        assert_eq!(page.state(1), abi::STATE_IOREQ_INPROCESS);
        page.complete(1, Some(0xa7a6a5a4));
        assert_eq!(page.state(1), abi::STATE_IORESP_READY);
        assert_eq!(u64::from(unsafe { (*page.slot(1)).data }), 0xa7a6a5a4);
    }

    #[test]
    fn xen_dm_op_is_32_bytes_with_its_payload_at_8() {
        let op = abi::xen_dm_op::zeroed();
        assert_eq!(core::mem::size_of_val(&op), 32);
        assert_eq!(core::ptr::addr_of!(op.u) as usize - core::ptr::addr_of!(op) as usize, 8);
        assert_eq!(IoreqServer::ioreq_frame(0), 1);
    }
}
