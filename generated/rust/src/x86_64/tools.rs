//! x86_64: the tools-only (`__XEN_TOOLS__`) view of each release (generated; do not edit).
//!
//! `v4_17` & co. hold everything a release's tools view has: the stable core of
//! [`crate::x86_64`], the layouts that differ from it (declared once below, named
//! after the first release that has them: `xen_domctl__v4_15`), and the constants
//! whose value is not the core's (`XEN_DOMCTL_INTERFACE_VERSION`). Pick one at run time
//! with [`crate::for_release!`]; a versioned record stored across releases is an enum
//! over its per-release layouts (`xen_sysctl_physinfo`).

#[allow(unused_imports)]
use crate::at;
use crate::Release;

/// `blkif_sring_t` (io/blkif.h:723), tools-only layout of 4.15.0 .. 4.18.6
pub type blkif_sring_t__v4_15 = blkif_sring__v4_15;
/// `cpu_user_regs_t` (arch-x86/xen-x86_64.h:209), tools-only layout of 4.15.0 .. 4.22.0
pub type cpu_user_regs_t__v4_15 = cpu_user_regs__v4_15;
/// `fsif_request_t` (io/fsif.h:145), tools-only layout of 4.15.0 .. 4.18.6
pub type fsif_request_t__v4_15 = fsif_request__v4_15;
/// `fsif_sring_t` (io/fsif.h:167), tools-only layout of 4.15.0 .. 4.18.6
pub type fsif_sring_t__v4_15 = fsif_sring__v4_15;
/// `netif_rx_sring_t` (io/netif.h:1073), tools-only layout of 4.15.0 .. 4.18.6
pub type netif_rx_sring_t__v4_15 = netif_rx_sring__v4_15;
/// `netif_tx_sring_t` (io/netif.h:1072), tools-only layout of 4.15.0 .. 4.18.6
pub type netif_tx_sring_t__v4_15 = netif_tx_sring__v4_15;
/// `physdev_manage_pci_ext_t` (physdev.h:222), tools-only layout of 4.15.0 .. 4.16.7
pub type physdev_manage_pci_ext_t__v4_15 = physdev_manage_pci_ext__v4_15;
/// `pm_px_val_t` (sysctl.h:209), tools-only layout of 4.15.0 .. 4.22.0
pub type pm_px_val_t__v4_15 = pm_px_val__v4_15;
/// `vm_event_request_t` (vm_event.h:426), tools-only layout of 4.15.0 .. 4.15.7
pub type vm_event_request_t__v4_15 = vm_event_st__v4_15;
/// `vm_event_response_t` (vm_event.h:426), tools-only layout of 4.15.0 .. 4.15.7
pub type vm_event_response_t__v4_15 = vm_event_st__v4_15;
/// `xenctl_bitmap_t` (xen.h:1034), tools-only layout of 4.15.0 .. 4.22.0
pub type xenctl_bitmap_t__v4_15 = xenctl_bitmap__v4_15;
/// `xen_mc_inject_v2_t` (arch-x86/xen-mca.h:433), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_mc_inject_v2_t__v4_15 = xen_mc_inject_v2__v4_15;
/// `xenpf_set_processor_pminfo_t` (platform.h:470), tools-only layout of 4.15.0 .. 4.20.4
pub type xenpf_set_processor_pminfo_t__v4_15 = xenpf_set_processor_pminfo__v4_15;
/// `usbif_conn_sring_t` (io/usbif.h:405), tools-only layout of 4.15.0 .. 4.18.6
pub type usbif_conn_sring_t__v4_15 = usbif_conn_sring__v4_15;
/// `usbif_urb_sring_t` (io/usbif.h:383), tools-only layout of 4.15.0 .. 4.18.6
pub type usbif_urb_sring_t__v4_15 = usbif_urb_sring__v4_15;
/// `vcpu_guest_context_t` (arch-x86/xen.h:231), tools-only layout of 4.15.0 .. 4.22.0
pub type vcpu_guest_context_t__v4_15 = vcpu_guest_context__v4_15;
/// `vm_event_back_ring_t` (vm_event.h:428), tools-only layout of 4.15.0 .. 4.22.0
pub type vm_event_back_ring_t__v4_15 = vm_event_back_ring__v4_15;
/// `vm_event_front_ring_t` (vm_event.h:428), tools-only layout of 4.15.0 .. 4.22.0
pub type vm_event_front_ring_t__v4_15 = vm_event_front_ring__v4_15;
/// `vm_event_sring_t` (vm_event.h:428), tools-only layout of 4.15.0 .. 4.15.7
pub type vm_event_sring_t__v4_15 = vm_event_sring__v4_15;
/// `vscsiif_sring_t` (io/vscsiif.h:352), tools-only layout of 4.15.0 .. 4.18.6
pub type vscsiif_sring_t__v4_15 = vscsiif_sring__v4_15;
/// `xen_cameraif_sring_t` (io/cameraif.h:1314), tools-only layout of 4.15.0 .. 4.18.6
pub type xen_cameraif_sring_t__v4_15 = xen_cameraif_sring__v4_15;
/// `xen_displif_sring_t` (io/displif.h:897), tools-only layout of 4.15.0 .. 4.18.6
pub type xen_displif_sring_t__v4_15 = xen_displif_sring__v4_15;
/// `xen_domctl_cpu_policy_t` (domctl.h:694), tools-only layout of 4.15.0 .. 4.17.1
pub type xen_domctl_cpu_policy_t__v4_15 = xen_domctl_cpu_policy__v4_15;
/// `xen_domctl_getdomaininfo_t` (domctl.h:154), tools-only layout of 4.15.0 .. 4.15.7
pub type xen_domctl_getdomaininfo_t__v4_15 = xen_domctl_getdomaininfo__v4_15;
/// `xen_domctl_schedparam_vcpu_t` (domctl.h:390), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_domctl_schedparam_vcpu_t__v4_15 = xen_domctl_schedparam_vcpu__v4_15;
/// `xen_domctl_t` (domctl.h:1320), tools-only layout of 4.15.0 .. 4.15.4
pub type xen_domctl_t__v4_15 = xen_domctl__v4_15;
/// `xen_domctl_vcpu_msr_t` (domctl.h:940), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_domctl_vcpu_msr_t__v4_15 = xen_domctl_vcpu_msr__v4_15;
/// `xen_domctl_vmtrace_op_t` (domctl.h:1168), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_domctl_vmtrace_op_t__v4_15 = xen_domctl_vmtrace_op__v4_15;
/// `xen_feature_info_t` (version.h:56), tools-only layout of 4.15.0 .. 4.17.7
pub type xen_feature_info_t__v4_15 = xen_feature_info__v4_15;
/// `xen_livepatch_status_t` (sysctl.h:931), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_livepatch_status_t__v4_15 = xen_livepatch_status__v4_15;
/// `xen_mc_t` (arch-x86/xen-mca.h:450), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_mc_t__v4_15 = xen_mc__v4_15;
/// `xen_mem_access_op_t` (memory.h:472), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_mem_access_op_t__v4_15 = xen_mem_access_op__v4_15;
/// `xen_mem_paging_op_t` (memory.h:404), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_mem_paging_op_t__v4_15 = xen_mem_paging_op__v4_15;
/// `xen_mem_sharing_op_t` (memory.h:548), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_mem_sharing_op_t__v4_15 = xen_mem_sharing_op__v4_15;
/// `xen_netif_ctrl_sring_t` (io/netif.h:752), tools-only layout of 4.15.0 .. 4.18.6
pub type xen_netif_ctrl_sring_t__v4_15 = xen_netif_ctrl_sring__v4_15;
/// `xen_platform_op_t` (platform.h:641), tools-only layout of 4.15.0 .. 4.17.7
pub type xen_platform_op_t__v4_15 = xen_platform_op__v4_15;
/// `xen_pvcalls_sring_t` (io/pvcalls.h:130), tools-only layout of 4.15.0 .. 4.18.6
pub type xen_pvcalls_sring_t__v4_15 = xen_pvcalls_sring__v4_15;
/// `xen_reserved_device_memory_map_t` (memory.h:610), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_reserved_device_memory_map_t__v4_15 = xen_reserved_device_memory_map__v4_15;
/// `xen_reserved_device_memory_t` (memory.h:589), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_reserved_device_memory_t__v4_15 = xen_reserved_device_memory__v4_15;
/// `xen_sndif_sring_t` (io/sndif.h:1031), tools-only layout of 4.15.0 .. 4.18.6
pub type xen_sndif_sring_t__v4_15 = xen_sndif_sring__v4_15;
/// `xen_sysctl_arinc653_schedule_t` (sysctl.h:627), tools-only layout of 4.15.0 .. 4.16.7
pub type xen_sysctl_arinc653_schedule_t__v4_15 = xen_sysctl_arinc653_schedule__v4_15;
/// `xen_sysctl_cpu_policy_t` (sysctl.h:1062), tools-only layout of 4.15.0 .. 4.17.1
pub type xen_sysctl_cpu_policy_t__v4_15 = xen_sysctl_cpu_policy__v4_15;
/// `xen_sysctl_cpuinfo_t` (sysctl.h:183), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_sysctl_cpuinfo_t__v4_15 = xen_sysctl_cpuinfo__v4_15;
/// `xen_sysctl_cputopo_t` (sysctl.h:487), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_sysctl_cputopo_t__v4_15 = xen_sysctl_cputopo__v4_15;
/// `xen_sysctl_lockprof_data_t` (sysctl.h:464), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_sysctl_lockprof_data_t__v4_15 = xen_sysctl_lockprof_data__v4_15;
/// `xen_sysctl_meminfo_t` (sysctl.h:515), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_sysctl_meminfo_t__v4_15 = xen_sysctl_meminfo__v4_15;
/// `xen_sysctl_perfc_desc_t` (sysctl.h:143), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_sysctl_perfc_desc_t__v4_15 = xen_sysctl_perfc_desc__v4_15;
/// `xen_sysctl_perfc_val_t` (sysctl.h:145), tools-only layout of 4.15.0 .. 4.22.0
pub type xen_sysctl_perfc_val_t__v4_15 = u32;
/// `xen_sysctl_t` (sysctl.h:1129), tools-only layout of 4.15.0 .. 4.16.4
pub type xen_sysctl_t__v4_15 = xen_sysctl__v4_15;
/// `xen_domctl_cpu_policy_t` (domctl.h:692), tools-only layout of 4.15.5 .. 4.22.0
pub type xen_domctl_cpu_policy_t__v4_15_5 = xen_domctl_cpu_policy__v4_15_5;
/// `xen_domctl_t` (domctl.h:1318), tools-only layout of 4.15.5 .. 4.15.7
pub type xen_domctl_t__v4_15_5 = xen_domctl__v4_15_5;
/// `xen_sysctl_cpu_policy_t` (sysctl.h:1063), tools-only layout of 4.15.5 .. 4.22.0
pub type xen_sysctl_cpu_policy_t__v4_15_5 = xen_sysctl_cpu_policy__v4_15_5;
/// `xen_sysctl_t` (sysctl.h:1130), tools-only layout of 4.15.5 .. 4.16.7
pub type xen_sysctl_t__v4_15_5 = xen_sysctl__v4_15_5;
/// `vm_event_request_t` (vm_event.h:425), tools-only layout of 4.16.0 .. 4.16.7
pub type vm_event_request_t__v4_16 = vm_event_st__v4_16;
/// `vm_event_response_t` (vm_event.h:425), tools-only layout of 4.16.0 .. 4.16.7
pub type vm_event_response_t__v4_16 = vm_event_st__v4_16;
/// `vm_event_sring_t` (vm_event.h:427), tools-only layout of 4.16.0 .. 4.16.7
pub type vm_event_sring_t__v4_16 = vm_event_sring__v4_16;
/// `xen_domctl_getdomaininfo_t` (domctl.h:165), tools-only layout of 4.16.0 .. 4.22.0
pub type xen_domctl_getdomaininfo_t__v4_16 = xen_domctl_getdomaininfo__v4_16;
/// `xen_domctl_t` (domctl.h:1332), tools-only layout of 4.16.0 .. 4.16.4
pub type xen_domctl_t__v4_16 = xen_domctl__v4_16;
/// `xen_domctl_t` (domctl.h:1330), tools-only layout of 4.16.5 .. 4.16.7
pub type xen_domctl_t__v4_16_5 = xen_domctl__v4_16_5;
/// `physdev_manage_pci_ext_t` (physdev.h:208), tools-only layout of 4.17.0 .. 4.22.0
pub type physdev_manage_pci_ext_t__v4_17 = physdev_manage_pci_ext__v4_17;
/// `vm_event_request_t` (vm_event.h:428), tools-only layout of 4.17.0 .. 4.17.7
pub type vm_event_request_t__v4_17 = vm_event_st__v4_17;
/// `vm_event_response_t` (vm_event.h:428), tools-only layout of 4.17.0 .. 4.17.7
pub type vm_event_response_t__v4_17 = vm_event_st__v4_17;
/// `vm_event_sring_t` (vm_event.h:430), tools-only layout of 4.17.0 .. 4.17.7
pub type vm_event_sring_t__v4_17 = vm_event_sring__v4_17;
/// `xen_domctl_t` (domctl.h:1346), tools-only layout of 4.17.0 .. 4.17.1
pub type xen_domctl_t__v4_17 = xen_domctl__v4_17;
/// `xen_sysctl_arinc653_schedule_t` (sysctl.h:618), tools-only layout of 4.17.0 .. 4.22.0
pub type xen_sysctl_arinc653_schedule_t__v4_17 = xen_sysctl_arinc653_schedule__v4_17;
/// `xen_sysctl_t` (sysctl.h:1121), tools-only layout of 4.17.0 .. 4.17.1
pub type xen_sysctl_t__v4_17 = xen_sysctl__v4_17;
/// `xen_domctl_t` (domctl.h:1344), tools-only layout of 4.17.2 .. 4.18.6
pub type xen_domctl_t__v4_17_2 = xen_domctl__v4_17_2;
/// `xen_sysctl_t` (sysctl.h:1121), tools-only layout of 4.17.2 .. 4.17.7
pub type xen_sysctl_t__v4_17_2 = xen_sysctl__v4_17_2;
/// `vm_event_request_t` (vm_event.h:438), tools-only layout of 4.18.0 .. 4.22.0
pub type vm_event_request_t__v4_18 = vm_event_st__v4_18;
/// `vm_event_response_t` (vm_event.h:438), tools-only layout of 4.18.0 .. 4.22.0
pub type vm_event_response_t__v4_18 = vm_event_st__v4_18;
/// `vm_event_sring_t` (vm_event.h:440), tools-only layout of 4.18.0 .. 4.18.6
pub type vm_event_sring_t__v4_18 = vm_event_sring__v4_18;
/// `xen_feature_info_t` (version.h:101), tools-only layout of 4.18.0 .. 4.22.0
pub type xen_feature_info_t__v4_18 = xen_feature_info__v4_18;
/// `xen_platform_op_t` (platform.h:662), tools-only layout of 4.18.0 .. 4.19.6
pub type xen_platform_op_t__v4_18 = xen_platform_op__v4_18;
/// `xen_sysctl_t` (sysctl.h:1275), tools-only layout of 4.18.0 .. 4.18.6
pub type xen_sysctl_t__v4_18 = xen_sysctl__v4_18;
/// `blkif_sring_t` (io/blkif.h:723), tools-only layout of 4.19.0 .. 4.22.0
pub type blkif_sring_t__v4_19 = blkif_sring__v4_19;
/// `fsif_request_t` (io/fsif.h:145), tools-only layout of 4.19.0 .. 4.22.0
pub type fsif_request_t__v4_19 = fsif_request__v4_19;
/// `fsif_sring_t` (io/fsif.h:167), tools-only layout of 4.19.0 .. 4.22.0
pub type fsif_sring_t__v4_19 = fsif_sring__v4_19;
/// `netif_rx_sring_t` (io/netif.h:1073), tools-only layout of 4.19.0 .. 4.22.0
pub type netif_rx_sring_t__v4_19 = netif_rx_sring__v4_19;
/// `netif_tx_sring_t` (io/netif.h:1072), tools-only layout of 4.19.0 .. 4.22.0
pub type netif_tx_sring_t__v4_19 = netif_tx_sring__v4_19;
/// `usbif_conn_sring_t` (io/usbif.h:405), tools-only layout of 4.19.0 .. 4.22.0
pub type usbif_conn_sring_t__v4_19 = usbif_conn_sring__v4_19;
/// `usbif_urb_sring_t` (io/usbif.h:383), tools-only layout of 4.19.0 .. 4.22.0
pub type usbif_urb_sring_t__v4_19 = usbif_urb_sring__v4_19;
/// `vm_event_sring_t` (vm_event.h:440), tools-only layout of 4.19.0 .. 4.22.0
pub type vm_event_sring_t__v4_19 = vm_event_sring__v4_19;
/// `vscsiif_sring_t` (io/vscsiif.h:352), tools-only layout of 4.19.0 .. 4.22.0
pub type vscsiif_sring_t__v4_19 = vscsiif_sring__v4_19;
/// `xen_cameraif_sring_t` (io/cameraif.h:1314), tools-only layout of 4.19.0 .. 4.22.0
pub type xen_cameraif_sring_t__v4_19 = xen_cameraif_sring__v4_19;
/// `xen_displif_sring_t` (io/displif.h:897), tools-only layout of 4.19.0 .. 4.22.0
pub type xen_displif_sring_t__v4_19 = xen_displif_sring__v4_19;
/// `xen_domctl_t` (domctl.h:1377), tools-only layout of 4.19.0 .. 4.19.6
pub type xen_domctl_t__v4_19 = xen_domctl__v4_19;
/// `xen_netif_ctrl_sring_t` (io/netif.h:752), tools-only layout of 4.19.0 .. 4.22.0
pub type xen_netif_ctrl_sring_t__v4_19 = xen_netif_ctrl_sring__v4_19;
/// `xen_pvcalls_sring_t` (io/pvcalls.h:130), tools-only layout of 4.19.0 .. 4.22.0
pub type xen_pvcalls_sring_t__v4_19 = xen_pvcalls_sring__v4_19;
/// `xen_sndif_sring_t` (io/sndif.h:1031), tools-only layout of 4.19.0 .. 4.22.0
pub type xen_sndif_sring_t__v4_19 = xen_sndif_sring__v4_19;
/// `xen_sysctl_t` (sysctl.h:1271), tools-only layout of 4.19.0 .. 4.20.4
pub type xen_sysctl_t__v4_19 = xen_sysctl__v4_19;
/// `xen_domctl_t` (domctl.h:1406), tools-only layout of 4.20.0 .. 4.20.4
pub type xen_domctl_t__v4_20 = xen_domctl__v4_20;
/// `xen_platform_op_t` (platform.h:676), tools-only layout of 4.20.0 .. 4.20.4
pub type xen_platform_op_t__v4_20 = xen_platform_op__v4_20;
/// `xenpf_set_processor_pminfo_t` (platform.h:496), tools-only layout of 4.21.0 .. 4.22.0
pub type xenpf_set_processor_pminfo_t__v4_21 = xenpf_set_processor_pminfo__v4_21;
/// `xen_domctl_t` (domctl.h:1442), tools-only layout of 4.21.0 .. 4.22.0
pub type xen_domctl_t__v4_21 = xen_domctl__v4_21;
/// `xen_platform_op_t` (platform.h:702), tools-only layout of 4.21.0 .. 4.22.0
pub type xen_platform_op_t__v4_21 = xen_platform_op__v4_21;
/// `xen_sysctl_t` (sysctl.h:1316), tools-only layout of 4.21.0 .. 4.21.2
pub type xen_sysctl_t__v4_21 = xen_sysctl__v4_21;
/// `xen_sysctl_t` (sysctl.h:1296), tools-only layout of 4.22.0 .. 4.22.0
pub type xen_sysctl_t__v4_22 = xen_sysctl__v4_22;

/// `__guest_handle_const_pm_px_val_t` (sysctl.h:210), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_pm_px_val_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_domctl_cpu_policy_t` (domctl.h:695), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_domctl_cpu_policy_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_domctl_getdomaininfo_t` (domctl.h:155), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_domctl_getdomaininfo_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_domctl_schedparam_vcpu_t` (domctl.h:391), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_domctl_schedparam_vcpu_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_domctl_t` (domctl.h:1321), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_domctl_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_domctl_vcpu_msr_t` (domctl.h:941), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_domctl_vcpu_msr_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_domctl_vmtrace_op_t` (domctl.h:1169), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_domctl_vmtrace_op_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_livepatch_status_t` (sysctl.h:932), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_livepatch_status_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_mem_access_op_t` (memory.h:473), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_mem_access_op_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_mem_paging_op_t` (memory.h:405), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_mem_paging_op_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_mem_sharing_op_t` (memory.h:549), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_mem_sharing_op_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_reserved_device_memory_map_t` (memory.h:611), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_reserved_device_memory_map_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_reserved_device_memory_t` (memory.h:590), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_reserved_device_memory_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_sysctl_arinc653_schedule_t` (sysctl.h:628), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_sysctl_arinc653_schedule_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_sysctl_cpu_policy_t` (sysctl.h:1063), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_sysctl_cpu_policy_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_sysctl_cpuinfo_t` (sysctl.h:184), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_sysctl_cpuinfo_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_sysctl_cputopo_t` (sysctl.h:488), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_sysctl_cputopo_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_sysctl_lockprof_data_t` (sysctl.h:465), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_sysctl_lockprof_data_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_sysctl_meminfo_t` (sysctl.h:516), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_sysctl_meminfo_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_sysctl_perfc_desc_t` (sysctl.h:144), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_sysctl_perfc_desc_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_sysctl_perfc_val_t` (sysctl.h:146), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_sysctl_perfc_val_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_const_xen_sysctl_t` (sysctl.h:1130), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_sysctl_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_pm_px_val_t` (sysctl.h:210), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_pm_px_val_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_domctl_cpu_policy_t` (domctl.h:695), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_domctl_cpu_policy_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_domctl_getdomaininfo_t` (domctl.h:155), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_domctl_getdomaininfo_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_domctl_schedparam_vcpu_t` (domctl.h:391), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_domctl_schedparam_vcpu_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_domctl_t` (domctl.h:1321), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_domctl_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_domctl_vcpu_msr_t` (domctl.h:941), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_domctl_vcpu_msr_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_domctl_vmtrace_op_t` (domctl.h:1169), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_domctl_vmtrace_op_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_livepatch_status_t` (sysctl.h:932), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_livepatch_status_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_mem_access_op_t` (memory.h:473), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_mem_access_op_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_mem_paging_op_t` (memory.h:405), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_mem_paging_op_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_mem_sharing_op_t` (memory.h:549), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_mem_sharing_op_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_reserved_device_memory_map_t` (memory.h:611), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_reserved_device_memory_map_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_reserved_device_memory_t` (memory.h:590), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_reserved_device_memory_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_sysctl_arinc653_schedule_t` (sysctl.h:628), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_sysctl_arinc653_schedule_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_sysctl_cpu_policy_t` (sysctl.h:1063), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_sysctl_cpu_policy_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_sysctl_cpuinfo_t` (sysctl.h:184), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_sysctl_cpuinfo_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_sysctl_cputopo_t` (sysctl.h:488), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_sysctl_cputopo_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_sysctl_lockprof_data_t` (sysctl.h:465), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_sysctl_lockprof_data_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_sysctl_meminfo_t` (sysctl.h:516), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_sysctl_meminfo_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_sysctl_perfc_desc_t` (sysctl.h:144), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_sysctl_perfc_desc_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_sysctl_perfc_val_t` (sysctl.h:146), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_sysctl_perfc_val_t__v4_15 {
    pub p: u64,
}

/// `__guest_handle_xen_sysctl_t` (sysctl.h:1130), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_sysctl_t__v4_15 {
    pub p: u64,
}

/// `struct blkif_sring` (io/blkif.h:723), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_sring__v4_15 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::blkif_sring_entry; 1],
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_0 {
    pub r15: u64,
    pub r15d: u32,
    pub r15w: u16,
    pub r15b: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_1 {
    pub r14: u64,
    pub r14d: u32,
    pub r14w: u16,
    pub r14b: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_2 {
    pub r13: u64,
    pub r13d: u32,
    pub r13w: u16,
    pub r13b: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_3 {
    pub r12: u64,
    pub r12d: u32,
    pub r12w: u16,
    pub r12b: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_4 {
    pub rbp: u64,
    pub ebp: u32,
    pub bp: u16,
    pub bpl: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct cpu_user_regs__v4_15__anon_5__3 {
    pub bl: u8,
    pub bh: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_5 {
    pub rbx: u64,
    pub ebx: u32,
    pub bx: u16,
    pub __lane_3: cpu_user_regs__v4_15__anon_5__3,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_6 {
    pub r11: u64,
    pub r11d: u32,
    pub r11w: u16,
    pub r11b: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_7 {
    pub r10: u64,
    pub r10d: u32,
    pub r10w: u16,
    pub r10b: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_8 {
    pub r9: u64,
    pub r9d: u32,
    pub r9w: u16,
    pub r9b: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_9 {
    pub r8: u64,
    pub r8d: u32,
    pub r8w: u16,
    pub r8b: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct cpu_user_regs__v4_15__anon_10__3 {
    pub al: u8,
    pub ah: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_10 {
    pub rax: u64,
    pub eax: u32,
    pub ax: u16,
    pub __lane_3: cpu_user_regs__v4_15__anon_10__3,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct cpu_user_regs__v4_15__anon_11__3 {
    pub cl: u8,
    pub ch: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_11 {
    pub rcx: u64,
    pub ecx: u32,
    pub cx: u16,
    pub __lane_3: cpu_user_regs__v4_15__anon_11__3,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub struct cpu_user_regs__v4_15__anon_12__3 {
    pub dl: u8,
    pub dh: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_12 {
    pub rdx: u64,
    pub edx: u32,
    pub dx: u16,
    pub __lane_3: cpu_user_regs__v4_15__anon_12__3,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_13 {
    pub rsi: u64,
    pub esi: u32,
    pub si: u16,
    pub sil: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_14 {
    pub rdi: u64,
    pub edi: u32,
    pub di: u16,
    pub dil: u8,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_15 {
    pub rip: u64,
    pub eip: u32,
    pub ip: u16,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_16 {
    pub rflags: u64,
    pub eflags: u32,
    pub flags: u16,
}

/// A member group of `cpu_user_regs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union cpu_user_regs__v4_15__anon_17 {
    pub rsp: u64,
    pub esp: u32,
    pub sp: u16,
    pub spl: u8,
}

/// `struct cpu_user_regs` (arch-x86/xen-x86_64.h:179), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct cpu_user_regs__v4_15 {
    pub __anon_0: cpu_user_regs__v4_15__anon_0,
    pub __anon_1: cpu_user_regs__v4_15__anon_1,
    pub __anon_2: cpu_user_regs__v4_15__anon_2,
    pub __anon_3: cpu_user_regs__v4_15__anon_3,
    pub __anon_4: cpu_user_regs__v4_15__anon_4,
    pub __anon_5: cpu_user_regs__v4_15__anon_5,
    pub __anon_6: cpu_user_regs__v4_15__anon_6,
    pub __anon_7: cpu_user_regs__v4_15__anon_7,
    pub __anon_8: cpu_user_regs__v4_15__anon_8,
    pub __anon_9: cpu_user_regs__v4_15__anon_9,
    pub __anon_10: cpu_user_regs__v4_15__anon_10,
    pub __anon_11: cpu_user_regs__v4_15__anon_11,
    pub __anon_12: cpu_user_regs__v4_15__anon_12,
    pub __anon_13: cpu_user_regs__v4_15__anon_13,
    pub __anon_14: cpu_user_regs__v4_15__anon_14,
    pub error_code: u32,
    pub entry_vector: u32,
    pub __anon_15: cpu_user_regs__v4_15__anon_15,
    pub cs: u16,
    pub _pad0: [u16; 1],
    pub saved_upcall_mask: u8,
    pub _pad1: [u8; 3],
    pub __anon_16: cpu_user_regs__v4_15__anon_16,
    pub __anon_17: cpu_user_regs__v4_15__anon_17,
    pub ss: u16,
    pub _pad2: [u16; 3],
    pub es: u16,
    pub _pad3: [u16; 3],
    pub ds: u16,
    pub _pad4: [u16; 3],
    pub fs: u16,
    pub _pad5: [u16; 3],
    pub gs: u16,
    pub _pad6: [u16; 3],
}

/// `struct fsif_read_request` (io/fsif.h:38), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_read_request__v4_15 {
    pub fd: u32,
    pub pad: i32,
    pub len: u64,
    pub offset: u64,
    pub grefs: [crate::x86_64::grant_ref_t; 1],
    pub __pad_0: [u8; 4],
}

/// `struct fsif_write_request` (io/fsif.h:46), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_write_request__v4_15 {
    pub fd: u32,
    pub pad: i32,
    pub len: u64,
    pub offset: u64,
    pub grefs: [crate::x86_64::grant_ref_t; 1],
    pub __pad_0: [u8; 4],
}

/// `struct fsif_request` (io/fsif.h:124), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_request__v4_15 {
    pub r#type: u8,
    pub pad: u8,
    pub id: u16,
    pub pad2: u32,
    pub u: [u64; 4],
}

/// `union fsif_sring_entry` (io/fsif.h:167), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub union fsif_sring_entry__v4_15 {
    pub req: fsif_request__v4_15,
    pub rsp: crate::x86_64::fsif_response,
}

/// `struct fsif_sring` (io/fsif.h:167), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_sring__v4_15 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [fsif_sring_entry__v4_15; 1],
}

/// `struct netif_rx_sring` (io/netif.h:1073), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_rx_sring__v4_15 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::netif_rx_sring_entry; 1],
}

/// `struct netif_tx_sring` (io/netif.h:1072), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_tx_sring__v4_15 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::netif_tx_sring_entry; 1],
}

/// `struct physdev_manage_pci_ext` (physdev.h:210), tools-only layout of 4.15.0 .. 4.16.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_manage_pci_ext__v4_15 {
    pub bus: u8,
    pub devfn: u8,
    pub __pad_0: [u8; 2],
    pub is_extfn: u32,
    pub is_virtfn: u32,
    pub physfn: [u8; 2],
    pub __pad_1: [u8; 2],
}

/// `struct pm_px_val` (sysctl.h:204), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct pm_px_val__v4_15 {
    pub freq: u64,
    pub residency: u64,
    pub count: u64,
}

/// `struct hvm_hw_lapic` (arch-x86/hvm/save.h:392), tools-only layout of 4.15.0 .. 4.20.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_lapic__v4_15 {
    pub apic_base_msr: u64,
    pub disabled: u32,
    pub timer_divisor: u32,
    pub tdt_msr: u64,
}

/// `struct __HVM_SAVE_TYPE_LAPIC` (arch-x86/hvm/save.h:399), tools-only layout of 4.15.0 .. 4.20.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_LAPIC__v4_15 {
    pub t: hvm_hw_lapic__v4_15,
    pub c: [i8; 5],
    pub cpt: [i8; 1],
    pub __pad_0: [u8; 2],
}

/// `struct mem_sharing_op_debug` (memory.h:530), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mem_sharing_op_debug__v4_15 {
    pub u: [u64; 1],
}

/// `struct mem_sharing_op_fork` (memory.h:537), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mem_sharing_op_fork__v4_15 {
    pub parent_domain: crate::x86_64::domid_t,
    pub flags: u16,
    pub pad: u32,
}

/// `struct mem_sharing_op_nominate` (memory.h:509), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mem_sharing_op_nominate__v4_15 {
    pub u: [u64; 1],
    pub handle: u64,
}

/// `struct mem_sharing_op_range` (memory.h:523), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mem_sharing_op_range__v4_15 {
    pub first_gfn: u64,
    pub last_gfn: u64,
    pub opaque: u64,
    pub client_domain: crate::x86_64::domid_t,
    pub _pad: [u16; 3],
}

/// `struct mem_sharing_op_share` (memory.h:516), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mem_sharing_op_share__v4_15 {
    pub source_gfn: u64,
    pub source_handle: u64,
    pub client_gfn: u64,
    pub client_handle: u64,
    pub client_domain: crate::x86_64::domid_t,
    pub __pad_0: [u8; 6],
}

/// `struct pm_cx_stat` (sysctl.h:221), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct pm_cx_stat__v4_15 {
    pub nr: u32,
    pub last: u32,
    pub idle_time: u64,
    pub triggers: crate::x86_64::__guest_handle_uint64,
    pub residencies: crate::x86_64::__guest_handle_uint64,
    pub nr_pc: u32,
    pub nr_cc: u32,
    pub pc: crate::x86_64::__guest_handle_uint64,
    pub cc: crate::x86_64::__guest_handle_uint64,
}

/// `struct pm_px_stat` (sysctl.h:212), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct pm_px_stat__v4_15 {
    pub total: u8,
    pub usable: u8,
    pub last: u8,
    pub cur: u8,
    pub __pad_0: [u8; 4],
    pub trans_pt: crate::x86_64::__guest_handle_uint64,
    pub pt: __guest_handle_pm_px_val_t__v4_15,
}

/// `struct usbif_conn_sring` (io/usbif.h:405), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_conn_sring__v4_15 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::usbif_conn_sring_entry; 1],
}

/// `struct usbif_urb_sring` (io/usbif.h:383), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_urb_sring__v4_15 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::usbif_urb_sring_entry; 1],
}

/// `struct vcpu_guest_context` (arch-x86/xen.h:179), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_guest_context__v4_15 {
    pub fpu_ctxt: [u8; 512],
    pub flags: u64,
    pub user_regs: cpu_user_regs__v4_15,
    pub trap_ctxt: [crate::x86_64::trap_info; 256],
    pub ldt_base: u64,
    pub ldt_ents: u64,
    pub gdt_frames: [u64; 16],
    pub gdt_ents: u64,
    pub kernel_ss: u64,
    pub kernel_sp: u64,
    pub ctrlreg: [u64; 8],
    pub debugreg: [u64; 8],
    pub event_callback_eip: u64,
    pub failsafe_callback_eip: u64,
    pub syscall_callback_eip: u64,
    pub vm_assist: u64,
    pub fs_base: u64,
    pub gs_base_kernel: u64,
    pub gs_base_user: u64,
}

/// `struct vm_event_back_ring` (vm_event.h:428), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_back_ring__v4_15 {
    pub rsp_prod_pvt: crate::x86_64::RING_IDX,
    pub req_cons: crate::x86_64::RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct vm_event_cpuid` (vm_event.h:350), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_cpuid__v4_15 {
    pub insn_length: u32,
    pub leaf: u32,
    pub subleaf: u32,
    pub _pad: u32,
}

/// `struct vm_event_debug` (vm_event.h:318), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_debug__v4_15 {
    pub gfn: u64,
    pub pending_dbg: u64,
    pub insn_length: u32,
    pub r#type: u8,
    pub _pad: [u8; 3],
}

/// `struct vm_event_desc_access` (vm_event.h:337), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_desc_access__v4_15 {
    pub arch: [u64; 2],
    pub descriptor: u8,
    pub is_write: u8,
    pub _pad: [u8; 6],
}

/// `struct vm_event_emul_insn_data` (vm_event.h:386), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_emul_insn_data__v4_15 {
    pub data: [u8; 16],
}

/// `struct vm_event_emul_read_data` (vm_event.h:380), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_emul_read_data__v4_15 {
    pub size: u32,
    pub data: [u8; 340],
}

/// `struct vm_event_fast_singlestep` (vm_event.h:314), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_fast_singlestep__v4_15 {
    pub p2midx: u16,
}

/// `struct vm_event_front_ring` (vm_event.h:428), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_front_ring__v4_15 {
    pub req_prod_pvt: crate::x86_64::RING_IDX,
    pub rsp_cons: crate::x86_64::RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct vm_event_interrupt_x86` (vm_event.h:357), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_interrupt_x86__v4_15 {
    pub vector: u32,
    pub r#type: u32,
    pub error_code: u32,
    pub _pad: u32,
    pub cr2: u64,
}

/// `struct vm_event_mem_access` (vm_event.h:295), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_mem_access__v4_15 {
    pub gfn: u64,
    pub offset: u64,
    pub gla: u64,
    pub flags: u32,
    pub _pad: u32,
}

/// `struct vm_event_mov_to_msr` (vm_event.h:326), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_mov_to_msr__v4_15 {
    pub msr: u64,
    pub new_value: u64,
    pub old_value: u64,
}

/// `struct vm_event_paging` (vm_event.h:368), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_paging__v4_15 {
    pub gfn: u64,
    pub p2mt: u32,
    pub flags: u32,
}

/// `struct vm_event_regs_arm` (vm_event.h:264), tools-only layout of 4.15.0 .. 4.15.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_regs_arm__v4_15 {
    pub ttbr0: u64,
    pub ttbr1: u64,
    pub ttbcr: u64,
    pub pc: u64,
    pub cpsr: u32,
    pub _pad: u32,
}

/// `struct vm_event_x86_selector_reg` (vm_event.h:178), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_x86_selector_reg__v4_15 {
    pub __bits_0: u32,
}

impl vm_event_x86_selector_reg__v4_15 {
    /// Bit-field `limit`: 20 bits at bit 0 of the 4-byte unit at byte 0.
    pub fn limit(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 0, 4, 0, 20) }
    }
    /// Sets bit-field `limit` (the value is masked to 20 bits).
    pub fn set_limit(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 0, 4, 0, 20, value) }
    }
    /// Bit-field `ar`: 12 bits at bit 20 of the 4-byte unit at byte 0.
    pub fn ar(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 0, 4, 20, 12) }
    }
    /// Sets bit-field `ar` (the value is masked to 12 bits).
    pub fn set_ar(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 0, 4, 20, 12, value) }
    }
}

/// `struct vm_event_regs_x86` (vm_event.h:187), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_regs_x86__v4_15 {
    pub rax: u64,
    pub rcx: u64,
    pub rdx: u64,
    pub rbx: u64,
    pub rsp: u64,
    pub rbp: u64,
    pub rsi: u64,
    pub rdi: u64,
    pub r8: u64,
    pub r9: u64,
    pub r10: u64,
    pub r11: u64,
    pub r12: u64,
    pub r13: u64,
    pub r14: u64,
    pub r15: u64,
    pub rflags: u64,
    pub dr6: u64,
    pub dr7: u64,
    pub rip: u64,
    pub cr0: u64,
    pub cr2: u64,
    pub cr3: u64,
    pub cr4: u64,
    pub sysenter_cs: u64,
    pub sysenter_esp: u64,
    pub sysenter_eip: u64,
    pub msr_efer: u64,
    pub msr_star: u64,
    pub msr_lstar: u64,
    pub gdtr_base: u64,
    pub npt_base: u64,
    pub vmtrace_pos: u64,
    pub cs_base: u32,
    pub ss_base: u32,
    pub ds_base: u32,
    pub es_base: u32,
    pub fs_base: u64,
    pub gs_base: u64,
    pub cs: vm_event_x86_selector_reg__v4_15,
    pub ss: vm_event_x86_selector_reg__v4_15,
    pub ds: vm_event_x86_selector_reg__v4_15,
    pub es: vm_event_x86_selector_reg__v4_15,
    pub fs: vm_event_x86_selector_reg__v4_15,
    pub gs: vm_event_x86_selector_reg__v4_15,
    pub shadow_gs: u64,
    pub gdtr_limit: u16,
    pub cs_sel: u16,
    pub ss_sel: u16,
    pub ds_sel: u16,
    pub es_sel: u16,
    pub fs_sel: u16,
    pub gs_sel: u16,
    pub _pad: u16,
}

/// `struct vm_event_sharing` (vm_event.h:374), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_sharing__v4_15 {
    pub gfn: u64,
    pub p2mt: u32,
    pub _pad: u32,
}

/// `struct vm_event_singlestep` (vm_event.h:310), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_singlestep__v4_15 {
    pub gfn: u64,
}

/// `struct vm_event_write_ctrlreg` (vm_event.h:303), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_write_ctrlreg__v4_15 {
    pub index: u32,
    pub _pad: u32,
    pub new_value: u64,
    pub old_value: u64,
}

/// `struct vm_event_st` (vm_event.h:390), tools-only layout of 4.15.0 .. 4.15.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_st__v4_15 {
    pub version: u32,
    pub flags: u32,
    pub reason: u32,
    pub vcpu_id: u32,
    pub altp2m_idx: u16,
    pub _pad: [u16; 3],
    pub u: [u64; 4],
    pub data: [u64; 43],
}

/// `union vm_event_sring_entry` (vm_event.h:428), tools-only layout of 4.15.0 .. 4.15.7
#[repr(C)]
#[derive(Clone, Copy)]
pub union vm_event_sring_entry__v4_15 {
    pub req: vm_event_request_t__v4_15,
    pub rsp: vm_event_response_t__v4_15,
}

/// `struct vm_event_sring` (vm_event.h:428), tools-only layout of 4.15.0 .. 4.15.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_sring__v4_15 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [vm_event_sring_entry__v4_15; 1],
}

/// `struct vscsiif_sring` (io/vscsiif.h:352), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vscsiif_sring__v4_15 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::vscsiif_sring_entry; 1],
}

/// `struct xen_arch_domainconfig` (arch-x86/xen.h:282), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_arch_domainconfig__v4_15 {
    pub emulation_flags: u32,
    pub misc_flags: u32,
}

/// `struct xen_cameraif_sring` (io/cameraif.h:1314), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_cameraif_sring__v4_15 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::xen_cameraif_sring_entry; 1],
}

/// `struct xen_displif_sring` (io/displif.h:897), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_displif_sring__v4_15 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::xen_displif_sring_entry; 1],
}

/// `struct xen_domctl_address_size` (domctl.h:488), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_address_size__v4_15 {
    pub size: u32,
}

/// `struct xen_domctl_assign_device` (domctl.h:522), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_assign_device__v4_15 {
    pub dev: u32,
    pub flags: u32,
    pub u: [u64; 2],
}

/// `struct xen_domctl_audit_p2m` (domctl.h:879), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_audit_p2m__v4_15 {
    pub orphans: u64,
    pub m2p_bad: u64,
    pub p2m_bad: u64,
}

/// `struct xen_domctl_bind_pt_irq` (domctl.h:557), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_bind_pt_irq__v4_15 {
    pub machine_irq: u32,
    pub irq_type: u32,
    pub u: [u64; 2],
}

/// `struct xen_domctl_cacheflush` (domctl.h:929), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_cacheflush__v4_15 {
    pub start_pfn: crate::x86_64::xen_pfn_t,
    pub nr_pfns: crate::x86_64::xen_pfn_t,
}

/// `struct xen_domctl_cpu_policy` (domctl.h:680), tools-only layout of 4.15.0 .. 4.17.1
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_cpu_policy__v4_15 {
    pub nr_leaves: u32,
    pub nr_msrs: u32,
    pub cpuid_policy: crate::x86_64::__guest_handle_xen_cpuid_leaf_t,
    pub msr_policy: crate::x86_64::__guest_handle_xen_msr_entry_t,
    pub err_leaf: u32,
    pub err_subleaf: u32,
    pub err_msr: u32,
    pub __pad_0: [u8; 4],
}

/// `struct xen_domctl_createdomain` (domctl.h:49), tools-only layout of 4.15.0 .. 4.15.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_createdomain__v4_15 {
    pub ssidref: u32,
    pub handle: crate::x86_64::xen_domain_handle_t,
    pub flags: u32,
    pub iommu_opts: u32,
    pub max_vcpus: u32,
    pub max_evtchn_port: u32,
    pub max_grant_frames: i32,
    pub max_maptrack_frames: i32,
    pub vmtrace_size: u32,
    pub arch: xen_arch_domainconfig__v4_15,
}

/// `struct xen_domctl_debug_op` (domctl.h:722), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_debug_op__v4_15 {
    pub op: u32,
    pub vcpu: u32,
}

/// A member group of `xen_domctl_ext_vcpucontext` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union xen_domctl_ext_vcpucontext__v4_15__anon_0 {
    pub mcg_cap: u64,
    pub vmce: crate::x86_64::hvm_vmce_vcpu,
}

/// `struct xen_domctl_ext_vcpucontext` (domctl.h:636), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_ext_vcpucontext__v4_15 {
    pub vcpu: u32,
    pub size: u32,
    pub syscall32_callback_eip: u64,
    pub sysenter_callback_eip: u64,
    pub syscall32_callback_cs: u16,
    pub sysenter_callback_cs: u16,
    pub syscall32_disables_events: u8,
    pub sysenter_disables_events: u8,
    pub __pad_0: [u8; 2],
    pub __anon_0: xen_domctl_ext_vcpucontext__v4_15__anon_0,
}

/// `struct xen_domctl_gdbsx_domstatus` (domctl.h:769), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_gdbsx_domstatus__v4_15 {
    pub paused: u8,
    pub __pad_0: [u8; 3],
    pub vcpu_id: u32,
    pub vcpu_ev: u32,
}

/// `struct xen_domctl_gdbsx_memio` (domctl.h:751), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_gdbsx_memio__v4_15 {
    pub pgd3val: u64,
    pub gva: u64,
    pub uva: u64,
    pub len: u32,
    pub gwr: u8,
    pub __pad_0: [u8; 3],
    pub remain: u32,
    pub __pad_1: [u8; 4],
}

/// `struct xen_domctl_gdbsx_pauseunp_vcpu` (domctl.h:764), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_gdbsx_pauseunp_vcpu__v4_15 {
    pub vcpu: u32,
}

/// `struct xen_domctl_get_device_group` (domctl.h:540), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_get_device_group__v4_15 {
    pub machine_sbdf: u32,
    pub max_sdevs: u32,
    pub num_sdevs: u32,
    pub __pad_0: [u8; 4],
    pub sdev_array: crate::x86_64::__guest_handle_uint32,
}

/// `struct xen_domctl_getdomaininfo` (domctl.h:105), tools-only layout of 4.15.0 .. 4.15.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_getdomaininfo__v4_15 {
    pub domain: crate::x86_64::domid_t,
    pub __pad_0: [u8; 2],
    pub flags: u32,
    pub tot_pages: u64,
    pub max_pages: u64,
    pub outstanding_pages: u64,
    pub shr_pages: u64,
    pub paged_pages: u64,
    pub shared_info_frame: u64,
    pub cpu_time: u64,
    pub nr_online_vcpus: u32,
    pub max_vcpu_id: u32,
    pub ssidref: u32,
    pub handle: crate::x86_64::xen_domain_handle_t,
    pub cpupool: u32,
    pub arch_config: xen_arch_domainconfig__v4_15,
}

/// `struct xen_domctl_getpageframeinfo3` (domctl.h:178), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_getpageframeinfo3__v4_15 {
    pub num: u64,
    pub array: crate::x86_64::__guest_handle_xen_pfn_t,
}

/// `struct xen_domctl_getvcpuinfo` (domctl.h:285), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_getvcpuinfo__v4_15 {
    pub vcpu: u32,
    pub online: u8,
    pub blocked: u8,
    pub running: u8,
    pub __pad_0: [u8; 1],
    pub cpu_time: u64,
    pub cpu: u32,
    pub __pad_1: [u8; 4],
}

/// `struct xen_domctl_hvmcontext` (domctl.h:478), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_hvmcontext__v4_15 {
    pub size: u32,
    pub __pad_0: [u8; 4],
    pub buffer: crate::x86_64::__guest_handle_uint8,
}

/// `struct xen_domctl_hvmcontext_partial` (domctl.h:731), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_hvmcontext_partial__v4_15 {
    pub r#type: u32,
    pub instance: u32,
    pub bufsz: u64,
    pub buffer: crate::x86_64::__guest_handle_uint8,
}

/// `struct xen_domctl_hypercall_init` (domctl.h:466), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_hypercall_init__v4_15 {
    pub gmfn: u64,
}

/// `struct xen_domctl_iomem_permission` (domctl.h:450), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_iomem_permission__v4_15 {
    pub first_mfn: u64,
    pub nr_mfns: u64,
    pub allow_access: u8,
    pub __pad_0: [u8; 7],
}

/// `struct xen_domctl_ioport_mapping` (domctl.h:612), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_ioport_mapping__v4_15 {
    pub first_gport: u32,
    pub first_mport: u32,
    pub nr_ports: u32,
    pub add_mapping: u32,
}

/// `struct xen_domctl_ioport_permission` (domctl.h:458), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_ioport_permission__v4_15 {
    pub first_port: u32,
    pub nr_ports: u32,
    pub allow_access: u8,
    pub __pad_0: [u8; 3],
}

/// `struct xen_domctl_irq_permission` (domctl.h:443), tools-only layout of 4.15.0 .. 4.15.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_irq_permission__v4_15 {
    pub pirq: u8,
    pub allow_access: u8,
}

/// `struct xen_domctl_max_mem` (domctl.h:270), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_max_mem__v4_15 {
    pub max_memkb: u64,
}

/// `struct xen_domctl_max_vcpus` (domctl.h:350), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_max_vcpus__v4_15 {
    pub max: u32,
}

/// `struct xen_domctl_mem_sharing_op` (domctl.h:871), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_mem_sharing_op__v4_15 {
    pub op: u8,
    pub u: [u8; 1],
}

/// `struct xen_domctl_memory_mapping` (domctl.h:601), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_memory_mapping__v4_15 {
    pub first_gfn: u64,
    pub first_mfn: u64,
    pub nr_mfns: u64,
    pub add_mapping: u32,
    pub padding: u32,
}

/// `struct xen_domctl_monitor_op` (domctl.h:1049), tools-only layout of 4.15.0 .. 4.16.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_monitor_op__v4_15 {
    pub op: u32,
    pub event: u32,
    pub u: [u64; 2],
}

/// `struct xenctl_bitmap` (xen.h:1030), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenctl_bitmap__v4_15 {
    pub bitmap: crate::x86_64::__guest_handle_uint8,
    pub nr_bits: u32,
    pub __pad_0: [u8; 4],
}

/// `struct xen_domctl_nodeaffinity` (domctl.h:300), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_nodeaffinity__v4_15 {
    pub nodemap: xenctl_bitmap__v4_15,
}

/// `struct xen_domctl_psr_alloc` (domctl.h:1101), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_psr_alloc__v4_15 {
    pub cmd: u32,
    pub target: u32,
    pub data: u64,
}

/// `struct xen_domctl_psr_cmt_op` (domctl.h:1002), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_psr_cmt_op__v4_15 {
    pub cmd: u32,
    pub data: u32,
}

/// `struct xen_domctl_sched_credit` (domctl.h:364), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_sched_credit__v4_15 {
    pub weight: u16,
    pub cap: u16,
}

/// `struct xen_domctl_sched_credit2` (domctl.h:369), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_sched_credit2__v4_15 {
    pub weight: u16,
    pub cap: u16,
}

/// `struct xen_domctl_sched_rtds` (domctl.h:374), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_sched_rtds__v4_15 {
    pub period: u32,
    pub budget: u32,
    pub flags: u32,
}

/// `struct xen_domctl_scheduler_op` (domctl.h:409), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_scheduler_op__v4_15 {
    pub sched_id: u32,
    pub cmd: u32,
    pub u: [u64; 2],
}

/// `struct xen_domctl_sendtrigger` (domctl.h:499), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_sendtrigger__v4_15 {
    pub trigger: u32,
    pub vcpu: u32,
}

/// `struct xen_domctl_set_access_required` (domctl.h:917), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_set_access_required__v4_15 {
    pub access_required: u8,
}

/// `struct xen_domctl_set_broken_page_p2m` (domctl.h:921), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_set_broken_page_p2m__v4_15 {
    pub pfn: u64,
}

/// `struct xen_domctl_set_target` (domctl.h:668), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_set_target__v4_15 {
    pub target: crate::x86_64::domid_t,
}

/// `struct xen_domctl_set_virq_handler` (domctl.h:886), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_set_virq_handler__v4_15 {
    pub virq: u32,
}

/// `struct xen_domctl_setdebugging` (domctl.h:437), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_setdebugging__v4_15 {
    pub enable: u8,
}

/// `struct xen_domctl_setdomainhandle` (domctl.h:431), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_setdomainhandle__v4_15 {
    pub handle: crate::x86_64::xen_domain_handle_t,
}

/// `struct xen_domctl_settimeoffset` (domctl.h:472), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_settimeoffset__v4_15 {
    pub time_offset_seconds: i64,
}

/// `struct xen_domctl_shadow_op_stats` (domctl.h:246), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_shadow_op_stats__v4_15 {
    pub fault_count: u32,
    pub dirty_count: u32,
}

/// `struct xen_domctl_shadow_op` (domctl.h:251), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_shadow_op__v4_15 {
    pub op: u32,
    pub mode: u32,
    pub mb: u32,
    pub __pad_0: [u8; 4],
    pub dirty_bitmap: crate::x86_64::__guest_handle_uint8,
    pub pages: u64,
    pub stats: xen_domctl_shadow_op_stats__v4_15,
}

/// `struct xen_domctl_subscribe` (domctl.h:715), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_subscribe__v4_15 {
    pub port: u32,
}

/// `struct xen_domctl_tsc_info` (domctl.h:741), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_tsc_info__v4_15 {
    pub tsc_mode: u32,
    pub gtsc_khz: u32,
    pub incarnation: u32,
    pub pad: u32,
    pub elapsed_nsec: u64,
}

/// `struct xen_domctl_vcpu_msrs` (domctl.h:960), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_vcpu_msrs__v4_15 {
    pub vcpu: u32,
    pub msr_count: u32,
    pub msrs: __guest_handle_xen_domctl_vcpu_msr_t__v4_15,
}

/// `struct xen_domctl_vcpuaffinity` (domctl.h:308), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_vcpuaffinity__v4_15 {
    pub vcpu: u32,
    pub flags: u32,
    pub cpumap_hard: xenctl_bitmap__v4_15,
    pub cpumap_soft: xenctl_bitmap__v4_15,
}

/// `struct xen_domctl_vcpucontext` (domctl.h:278), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_vcpucontext__v4_15 {
    pub vcpu: u32,
    pub __pad_0: [u8; 4],
    pub ctxt: crate::x86_64::__guest_handle_vcpu_guest_context_t,
}

/// `struct xen_domctl_vcpuextstate` (domctl.h:893), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_vcpuextstate__v4_15 {
    pub vcpu: u32,
    pub __pad_0: [u8; 4],
    pub xfeature_mask: u64,
    pub size: u64,
    pub buffer: crate::x86_64::__guest_handle_uint64,
}

/// `struct xen_domctl_vm_event_op` (domctl.h:851), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_vm_event_op__v4_15 {
    pub op: u32,
    pub mode: u32,
    pub u: [u32; 1],
}

/// `struct xen_domctl_vmtrace_op` (domctl.h:1139), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_vmtrace_op__v4_15 {
    pub cmd: u32,
    pub vcpu: u32,
    pub key: u64,
    pub value: u64,
}

/// `struct xen_domctl_vnuma` (domctl.h:968), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_vnuma__v4_15 {
    pub nr_vnodes: u32,
    pub nr_vmemranges: u32,
    pub nr_vcpus: u32,
    pub pad: u32,
    pub vdistance: crate::x86_64::__guest_handle_uint,
    pub vcpu_to_vnode: crate::x86_64::__guest_handle_uint,
    pub vnode_to_pnode: crate::x86_64::__guest_handle_uint,
    pub vmemrange: crate::x86_64::__guest_handle_xen_vmemrange_t,
}

/// `struct xen_domctl_vuart_op` (domctl.h:1118), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_vuart_op__v4_15 {
    pub cmd: u32,
    pub r#type: u32,
    pub gfn: u64,
    pub console_domid: crate::x86_64::domid_t,
    pub pad: [u8; 2],
    pub evtchn: crate::x86_64::evtchn_port_t,
}

/// `struct xen_domctl` (domctl.h:1171), tools-only layout of 4.15.0 .. 4.15.4
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl__v4_15 {
    pub cmd: u32,
    pub interface_version: u32,
    pub domain: crate::x86_64::domid_t,
    pub _pad: [u16; 3],
    pub u: [u64; 16],
}

/// `struct xen_domctl_schedparam_vcpu` (domctl.h:383), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_schedparam_vcpu__v4_15 {
    pub u: [u32; 3],
    pub vcpuid: u32,
}

/// `struct xen_domctl_vcpu_msr` (domctl.h:935), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_vcpu_msr__v4_15 {
    pub index: u32,
    pub reserved: u32,
    pub value: u64,
}

/// `struct xen_feature_info` (version.h:52), tools-only layout of 4.15.0 .. 4.17.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_feature_info__v4_15 {
    pub submap_idx: u32,
    pub submap: u32,
}

/// `struct xen_ondemand` (sysctl.h:296), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_ondemand__v4_15 {
    pub sampling_rate_max: u32,
    pub sampling_rate_min: u32,
    pub sampling_rate: u32,
    pub up_threshold: u32,
}

/// `struct xen_userspace` (sysctl.h:292), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_userspace__v4_15 {
    pub scaling_setspeed: u32,
}

/// `struct xen_get_cpufreq_para` (sysctl.h:309), tools-only layout of 4.15.0 .. 4.17.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_get_cpufreq_para__v4_15 {
    pub cpu_num: u32,
    pub freq_num: u32,
    pub gov_num: u32,
    pub __pad_0: [u8; 4],
    pub affected_cpus: crate::x86_64::__guest_handle_uint32,
    pub scaling_available_frequencies: crate::x86_64::__guest_handle_uint32,
    pub scaling_available_governors: crate::x86_64::__guest_handle_char,
    pub scaling_driver: [i8; 16],
    pub cpuinfo_cur_freq: u32,
    pub cpuinfo_max_freq: u32,
    pub cpuinfo_min_freq: u32,
    pub scaling_cur_freq: u32,
    pub scaling_governor: [i8; 16],
    pub scaling_max_freq: u32,
    pub scaling_min_freq: u32,
    pub u: [u32; 4],
    pub turbo_enabled: i32,
    pub __pad_1: [u8; 4],
}

/// `struct xen_livepatch_name` (sysctl.h:886), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_livepatch_name__v4_15 {
    pub name: crate::x86_64::__guest_handle_char,
    pub size: u16,
    pub pad: [u16; 3],
}

/// `struct xen_livepatch_status` (sysctl.h:925), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_livepatch_status__v4_15 {
    pub state: u32,
    pub rc: i32,
}

/// `struct xen_mc_inject_v2` (arch-x86/xen-mca.h:429), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_mc_inject_v2__v4_15 {
    pub flags: u32,
    pub __pad_0: [u8; 4],
    pub cpumap: xenctl_bitmap_t__v4_15,
}

/// `struct xen_mc` (arch-x86/xen-mca.h:436), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_mc__v4_15 {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [u64; 18],
}

/// `struct xen_mem_access_op` (memory.h:443), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_mem_access_op__v4_15 {
    pub op: u8,
    pub access: u8,
    pub domid: crate::x86_64::domid_t,
    pub nr: u32,
    pub pfn: u64,
    pub pfn_list: crate::x86_64::__guest_handle_const_uint64,
    pub access_list: crate::x86_64::__guest_handle_const_uint8,
}

/// `struct xen_mem_paging_op` (memory.h:395), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_mem_paging_op__v4_15 {
    pub op: u8,
    pub __pad_0: [u8; 1],
    pub domain: crate::x86_64::domid_t,
    pub __pad_1: [u8; 4],
    pub buffer: crate::x86_64::__guest_handle_const_uint8,
    pub gfn: u64,
}

/// `struct xen_mem_sharing_op` (memory.h:504), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_mem_sharing_op__v4_15 {
    pub op: u8,
    pub __pad_0: [u8; 1],
    pub domain: crate::x86_64::domid_t,
    pub __pad_1: [u8; 4],
    pub u: [u64; 5],
}

/// `struct xen_netif_ctrl_sring` (io/netif.h:752), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_netif_ctrl_sring__v4_15 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::xen_netif_ctrl_sring_entry; 1],
}

/// `struct xenpf_set_processor_pminfo` (platform.h:460), tools-only layout of 4.15.0 .. 4.20.4
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_set_processor_pminfo__v4_15 {
    pub id: u32,
    pub r#type: u32,
    pub u: [u64; 13],
}

/// `struct xen_platform_op` (platform.h:612), tools-only layout of 4.15.0 .. 4.17.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_platform_op__v4_15 {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [u64; 16],
}

/// `struct xen_pvcalls_sring` (io/pvcalls.h:130), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_sring__v4_15 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::xen_pvcalls_sring_entry; 1],
}

/// `struct xen_reserved_device_memory` (memory.h:585), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_reserved_device_memory__v4_15 {
    pub start_pfn: crate::x86_64::xen_pfn_t,
    pub nr_pages: crate::x86_64::xen_ulong_t,
}

/// `struct xen_reserved_device_memory_map` (memory.h:592), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_reserved_device_memory_map__v4_15 {
    pub flags: u32,
    pub nr_entries: u32,
    pub buffer: __guest_handle_xen_reserved_device_memory_t__v4_15,
    pub dev: [u16; 2],
    pub __pad_0: [u8; 4],
}

/// `struct xen_set_cpufreq_gov` (sysctl.h:340), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_set_cpufreq_gov__v4_15 {
    pub scaling_governor: [i8; 16],
}

/// `struct xen_set_cpufreq_para` (sysctl.h:344), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_set_cpufreq_para__v4_15 {
    pub ctrl_type: u32,
    pub ctrl_value: u32,
}

/// `struct xen_sndif_sring` (io/sndif.h:1031), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sndif_sring__v4_15 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::xen_sndif_sring_entry; 1],
}

/// `struct xen_sysctl_availheap` (sysctl.h:194), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_availheap__v4_15 {
    pub min_bitwidth: u32,
    pub max_bitwidth: u32,
    pub node: i32,
    pub __pad_0: [u8; 4],
    pub avail_bytes: u64,
}

/// `struct xen_sysctl_coverage_op` (sysctl.h:704), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_coverage_op__v4_15 {
    pub cmd: u32,
    pub size: u32,
    pub buffer: crate::x86_64::__guest_handle_char,
}

/// `struct xen_sysctl_cpu_featureset` (sysctl.h:803), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_cpu_featureset__v4_15 {
    pub index: u32,
    pub nr_features: u32,
    pub features: crate::x86_64::__guest_handle_uint32,
}

/// `struct xen_sysctl_cpu_hotplug` (sysctl.h:260), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_cpu_hotplug__v4_15 {
    pub cpu: u32,
    pub op: u32,
}

/// `struct xen_sysctl_cpu_levelling_caps` (sysctl.h:779), tools-only layout of 4.15.0 .. 4.21.2
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_cpu_levelling_caps__v4_15 {
    pub caps: u32,
}

/// `struct xen_sysctl_cpu_policy` (sysctl.h:1044), tools-only layout of 4.15.0 .. 4.17.1
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_cpu_policy__v4_15 {
    pub index: u32,
    pub nr_leaves: u32,
    pub nr_msrs: u32,
    pub _rsvd: u32,
    pub cpuid_policy: crate::x86_64::__guest_handle_xen_cpuid_leaf_t,
    pub msr_policy: crate::x86_64::__guest_handle_xen_msr_entry_t,
}

/// `struct xen_sysctl_cpupool_op` (sysctl.h:556), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_cpupool_op__v4_15 {
    pub op: u32,
    pub cpupool_id: u32,
    pub sched_id: u32,
    pub domid: u32,
    pub cpu: u32,
    pub n_dom: u32,
    pub cpumap: xenctl_bitmap__v4_15,
}

/// `struct xen_sysctl_cputopoinfo` (sysctl.h:502), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_cputopoinfo__v4_15 {
    pub num_cpus: u32,
    pub __pad_0: [u8; 4],
    pub cputopo: __guest_handle_xen_sysctl_cputopo_t__v4_15,
}

/// `struct xen_sysctl_debug_keys` (sysctl.h:172), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_debug_keys__v4_15 {
    pub keys: crate::x86_64::__guest_handle_const_char,
    pub nr_keys: u32,
    pub __pad_0: [u8; 4],
}

/// `struct xen_sysctl_get_pmstat` (sysctl.h:240), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_get_pmstat__v4_15 {
    pub r#type: u32,
    pub cpuid: u32,
    pub u: [u64; 7],
}

/// `struct xen_sysctl_getcpuinfo` (sysctl.h:185), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_getcpuinfo__v4_15 {
    pub max_cpus: u32,
    pub __pad_0: [u8; 4],
    pub info: __guest_handle_xen_sysctl_cpuinfo_t__v4_15,
    pub nr_cpus: u32,
    pub __pad_1: [u8; 4],
}

/// `struct xen_sysctl_getdomaininfolist` (sysctl.h:161), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_getdomaininfolist__v4_15 {
    pub first_domain: crate::x86_64::domid_t,
    pub __pad_0: [u8; 2],
    pub max_domains: u32,
    pub buffer: __guest_handle_xen_domctl_getdomaininfo_t__v4_15,
    pub num_domains: u32,
    pub __pad_1: [u8; 4],
}

/// `struct xen_sysctl_livepatch_action` (sysctl.h:996), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_livepatch_action__v4_15 {
    pub name: xen_livepatch_name__v4_15,
    pub cmd: u32,
    pub timeout: u32,
    pub flags: u32,
    pub pad: u32,
}

/// `struct xen_sysctl_livepatch_get` (sysctl.h:934), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_livepatch_get__v4_15 {
    pub name: xen_livepatch_name__v4_15,
    pub status: xen_livepatch_status__v4_15,
}

/// `struct xen_sysctl_livepatch_list` (sysctl.h:963), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_livepatch_list__v4_15 {
    pub version: u32,
    pub idx: u32,
    pub nr: u32,
    pub pad: u32,
    pub name_total_size: u32,
    pub metadata_total_size: u32,
    pub status: __guest_handle_xen_livepatch_status_t__v4_15,
    pub name: crate::x86_64::__guest_handle_char,
    pub len: crate::x86_64::__guest_handle_uint32,
    pub metadata: crate::x86_64::__guest_handle_char,
    pub metadata_len: crate::x86_64::__guest_handle_uint32,
}

/// `struct xen_sysctl_livepatch_upload` (sysctl.h:909), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_livepatch_upload__v4_15 {
    pub name: xen_livepatch_name__v4_15,
    pub size: u64,
    pub payload: crate::x86_64::__guest_handle_uint8,
}

/// `struct xen_sysctl_livepatch_op` (sysctl.h:1019), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_livepatch_op__v4_15 {
    pub cmd: u32,
    pub pad: u32,
    pub u: [u64; 8],
}

/// `struct xen_sysctl_lockprof_op` (sysctl.h:466), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_lockprof_op__v4_15 {
    pub cmd: u32,
    pub max_elem: u32,
    pub nr_elem: u32,
    pub __pad_0: [u8; 4],
    pub time: u64,
    pub data: __guest_handle_xen_sysctl_lockprof_data_t__v4_15,
}

/// `struct xen_sysctl_numainfo` (sysctl.h:534), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_numainfo__v4_15 {
    pub num_nodes: u32,
    pub __pad_0: [u8; 4],
    pub meminfo: __guest_handle_xen_sysctl_meminfo_t__v4_15,
    pub distance: crate::x86_64::__guest_handle_uint32,
}

/// `struct xen_sysctl_page_offline_op` (sysctl.h:399), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_page_offline_op__v4_15 {
    pub cmd: u32,
    pub start: u32,
    pub end: u32,
    pub __pad_0: [u8; 4],
    pub status: crate::x86_64::__guest_handle_uint32,
}

/// `struct xen_sysctl_pcitopoinfo` (sysctl.h:730), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_pcitopoinfo__v4_15 {
    pub num_devs: u32,
    pub __pad_0: [u8; 4],
    pub devs: crate::x86_64::__guest_handle_physdev_pci_device_t,
    pub nodes: crate::x86_64::__guest_handle_uint32,
}

/// `struct xen_sysctl_perfc_op` (sysctl.h:148), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_perfc_op__v4_15 {
    pub cmd: u32,
    pub nr_counters: u32,
    pub nr_vals: u32,
    pub __pad_0: [u8; 4],
    pub desc: __guest_handle_xen_sysctl_perfc_desc_t__v4_15,
    pub val: __guest_handle_xen_sysctl_perfc_val_t__v4_15,
}

/// `struct xen_sysctl_physinfo` (sysctl.h:108), tools-only layout of 4.15.0 .. 4.16.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_physinfo__v4_15 {
    pub threads_per_core: u32,
    pub cores_per_socket: u32,
    pub nr_cpus: u32,
    pub max_cpu_id: u32,
    pub nr_nodes: u32,
    pub max_node_id: u32,
    pub cpu_khz: u32,
    pub capabilities: u32,
    pub total_pages: u64,
    pub free_pages: u64,
    pub scrub_pages: u64,
    pub outstanding_pages: u64,
    pub max_mfn: u64,
    pub hw_cap: [u32; 8],
}

/// `struct xen_sysctl_pm_op` (sysctl.h:355), tools-only layout of 4.15.0 .. 4.17.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_pm_op__v4_15 {
    pub cmd: u32,
    pub cpuid: u32,
    pub u: [u64; 15],
}

/// `struct xen_sysctl_psr_alloc` (sysctl.h:753), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_psr_alloc__v4_15 {
    pub cmd: u32,
    pub target: u32,
    pub u: [u32; 3],
}

/// `struct xen_sysctl_psr_cmt_op` (sysctl.h:716), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_psr_cmt_op__v4_15 {
    pub cmd: u32,
    pub flags: u32,
    pub u: [u64; 1],
}

/// `struct xen_sysctl_readconsole` (sysctl.h:44), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_readconsole__v4_15 {
    pub clear: u8,
    pub incremental: u8,
    pub pad0: u8,
    pub pad1: u8,
    pub index: u32,
    pub buffer: crate::x86_64::__guest_handle_char,
    pub count: u32,
    pub __pad_0: [u8; 4],
}

/// `struct xen_sysctl_sched_id` (sysctl.h:129), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_sched_id__v4_15 {
    pub sched_id: u32,
}

/// `struct xen_sysctl_credit2_schedule` (sysctl.h:651), tools-only layout of 4.15.0 .. 4.16.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_credit2_schedule__v4_15 {
    pub ratelimit_us: u32,
}

/// `struct xen_sysctl_credit_schedule` (sysctl.h:637), tools-only layout of 4.15.0 .. 4.16.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_credit_schedule__v4_15 {
    pub tslice_ms: u32,
    pub ratelimit_us: u32,
    pub vcpu_migr_delay_us: u32,
}

/// `struct xen_sysctl_sched_arinc653` (sysctl.h:664), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_sched_arinc653__v4_15 {
    pub schedule: __guest_handle_xen_sysctl_arinc653_schedule_t__v4_15,
}

/// `struct xen_sysctl_scheduler_op` (sysctl.h:659), tools-only layout of 4.15.0 .. 4.16.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_scheduler_op__v4_15 {
    pub cpupool_id: u32,
    pub sched_id: u32,
    pub cmd: u32,
    pub __pad_0: [u8; 4],
    pub u: [u64; 2],
}

/// `struct xen_sysctl_tbuf_op` (sysctl.h:63), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_tbuf_op__v4_15 {
    pub cmd: u32,
    pub __pad_0: [u8; 4],
    pub cpu_mask: xenctl_bitmap__v4_15,
    pub evt_mask: u32,
    pub __pad_1: [u8; 4],
    pub buffer_mfn: u64,
    pub size: u32,
    pub __pad_2: [u8; 4],
}

/// `struct xen_sysctl` (sysctl.h:1066), tools-only layout of 4.15.0 .. 4.16.4
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl__v4_15 {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [u64; 16],
}

/// `struct xen_sysctl_arinc653_schedule` (sysctl.h:607), tools-only layout of 4.15.0 .. 4.16.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_arinc653_schedule__v4_15 {
    pub major_frame: u64,
    pub num_sched_entries: u8,
    pub __pad_0: [u8; 7],
    pub sched_entries: [u64; 256],
}

/// `struct xen_sysctl_cpuinfo` (sysctl.h:180), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_cpuinfo__v4_15 {
    pub idletime: u64,
}

/// `struct xen_sysctl_cputopo` (sysctl.h:482), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_cputopo__v4_15 {
    pub core: u32,
    pub socket: u32,
    pub node: u32,
}

/// `struct xen_sysctl_lockprof_data` (sysctl.h:455), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_lockprof_data__v4_15 {
    pub name: [i8; 40],
    pub r#type: i32,
    pub idx: i32,
    pub lock_cnt: u64,
    pub block_cnt: u64,
    pub lock_time: u64,
    pub block_time: u64,
}

/// `struct xen_sysctl_meminfo` (sysctl.h:511), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_meminfo__v4_15 {
    pub memsize: u64,
    pub memfree: u64,
}

/// `struct xen_sysctl_perfc_desc` (sysctl.h:139), tools-only layout of 4.15.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_perfc_desc__v4_15 {
    pub name: [i8; 80],
    pub nr_vals: u32,
}

/// `struct xencamera_page_directory` (io/cameraif.h:764), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_page_directory__v4_15 {
    pub gref_dir_next_page: crate::x86_64::grant_ref_t,
    pub gref: [crate::x86_64::grant_ref_t; 1],
}

/// `struct xencons_interface` (io/console.h:17), tools-only layout of 4.15.0 .. 4.20.4
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencons_interface__v4_15 {
    pub r#in: [i8; 1024],
    pub out: [i8; 2048],
    pub in_cons: crate::x86_64::XENCONS_RING_IDX,
    pub in_prod: crate::x86_64::XENCONS_RING_IDX,
    pub out_cons: crate::x86_64::XENCONS_RING_IDX,
    pub out_prod: crate::x86_64::XENCONS_RING_IDX,
}

/// `struct xendispl_page_directory` (io/displif.h:538), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_page_directory__v4_15 {
    pub gref_dir_next_page: crate::x86_64::grant_ref_t,
    pub gref: [crate::x86_64::grant_ref_t; 1],
}

/// `struct xensnd_page_directory` (io/sndif.h:660), tools-only layout of 4.15.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_page_directory__v4_15 {
    pub gref_dir_next_page: crate::x86_64::grant_ref_t,
    pub gref: [crate::x86_64::grant_ref_t; 1],
}

/// `struct xenstore_domain_interface` (io/xs_wire.h:120), tools-only layout of 4.15.0 .. 4.16.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenstore_domain_interface__v4_15 {
    pub req: [i8; 1024],
    pub rsp: [i8; 1024],
    pub req_cons: crate::x86_64::XENSTORE_RING_IDX,
    pub req_prod: crate::x86_64::XENSTORE_RING_IDX,
    pub rsp_cons: crate::x86_64::XENSTORE_RING_IDX,
    pub rsp_prod: crate::x86_64::XENSTORE_RING_IDX,
    pub server_features: u32,
    pub connection: u32,
}

/// `struct xen_domctl_cpu_policy` (domctl.h:680), tools-only layout of 4.15.5 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_cpu_policy__v4_15_5 {
    pub nr_leaves: u32,
    pub nr_msrs: u32,
    pub leaves: crate::x86_64::__guest_handle_xen_cpuid_leaf_t,
    pub msrs: crate::x86_64::__guest_handle_xen_msr_entry_t,
    pub err_leaf: u32,
    pub err_subleaf: u32,
    pub err_msr: u32,
    pub __pad_0: [u8; 4],
}

/// `struct xen_domctl` (domctl.h:1169), tools-only layout of 4.15.5 .. 4.15.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl__v4_15_5 {
    pub cmd: u32,
    pub interface_version: u32,
    pub domain: crate::x86_64::domid_t,
    pub _pad: [u16; 3],
    pub u: [u64; 16],
}

/// `struct xen_sysctl_cpu_policy` (sysctl.h:1047), tools-only layout of 4.15.5 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_cpu_policy__v4_15_5 {
    pub index: u32,
    pub nr_leaves: u32,
    pub nr_msrs: u32,
    pub _rsvd: u32,
    pub leaves: crate::x86_64::__guest_handle_xen_cpuid_leaf_t,
    pub msrs: crate::x86_64::__guest_handle_xen_msr_entry_t,
}

/// `struct xen_sysctl` (sysctl.h:1067), tools-only layout of 4.15.5 .. 4.16.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl__v4_15_5 {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [u64; 16],
}

/// `struct vm_event_regs_arm` (vm_event.h:264), tools-only layout of 4.16.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_regs_arm__v4_16 {
    pub ttbr0: u64,
    pub ttbr1: u64,
    pub ttbcr: u64,
    pub pc: u64,
    pub cpsr: u64,
}

/// `struct vm_event_st` (vm_event.h:389), tools-only layout of 4.16.0 .. 4.16.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_st__v4_16 {
    pub version: u32,
    pub flags: u32,
    pub reason: u32,
    pub vcpu_id: u32,
    pub altp2m_idx: u16,
    pub _pad: [u16; 3],
    pub u: [u64; 4],
    pub data: [u64; 43],
}

/// `union vm_event_sring_entry` (vm_event.h:427), tools-only layout of 4.16.0 .. 4.16.7
#[repr(C)]
#[derive(Clone, Copy)]
pub union vm_event_sring_entry__v4_16 {
    pub req: vm_event_request_t__v4_16,
    pub rsp: vm_event_response_t__v4_16,
}

/// `struct vm_event_sring` (vm_event.h:427), tools-only layout of 4.16.0 .. 4.16.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_sring__v4_16 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [vm_event_sring_entry__v4_16; 1],
}

/// `struct xen_domctl_createdomain` (domctl.h:49), tools-only layout of 4.16.0 .. 4.16.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_createdomain__v4_16 {
    pub ssidref: u32,
    pub handle: crate::x86_64::xen_domain_handle_t,
    pub flags: u32,
    pub iommu_opts: u32,
    pub max_vcpus: u32,
    pub max_evtchn_port: u32,
    pub max_grant_frames: i32,
    pub max_maptrack_frames: i32,
    pub grant_opts: u32,
    pub vmtrace_size: u32,
    pub arch: xen_arch_domainconfig__v4_15,
}

/// `struct xen_domctl_getdomaininfo` (domctl.h:113), tools-only layout of 4.16.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_getdomaininfo__v4_16 {
    pub domain: crate::x86_64::domid_t,
    pub pad1: u16,
    pub flags: u32,
    pub tot_pages: u64,
    pub max_pages: u64,
    pub outstanding_pages: u64,
    pub shr_pages: u64,
    pub paged_pages: u64,
    pub shared_info_frame: u64,
    pub cpu_time: u64,
    pub nr_online_vcpus: u32,
    pub max_vcpu_id: u32,
    pub ssidref: u32,
    pub handle: crate::x86_64::xen_domain_handle_t,
    pub cpupool: u32,
    pub gpaddr_bits: u8,
    pub pad2: [u8; 7],
    pub arch_config: xen_arch_domainconfig__v4_15,
}

/// `struct xen_domctl_irq_permission` (domctl.h:454), tools-only layout of 4.16.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_irq_permission__v4_16 {
    pub pirq: u32,
    pub allow_access: u8,
    pub pad: [u8; 3],
}

/// `struct xen_domctl` (domctl.h:1183), tools-only layout of 4.16.0 .. 4.16.4
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl__v4_16 {
    pub cmd: u32,
    pub interface_version: u32,
    pub domain: crate::x86_64::domid_t,
    pub _pad: [u16; 3],
    pub u: [u64; 16],
}

/// `struct xen_domctl` (domctl.h:1181), tools-only layout of 4.16.5 .. 4.16.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl__v4_16_5 {
    pub cmd: u32,
    pub interface_version: u32,
    pub domain: crate::x86_64::domid_t,
    pub _pad: [u16; 3],
    pub u: [u64; 16],
}

/// `struct physdev_manage_pci_ext` (physdev.h:196), tools-only layout of 4.17.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_manage_pci_ext__v4_17 {
    pub bus: u8,
    pub devfn: u8,
    pub __pad_0: [u8; 2],
    pub is_extfn: u32,
    pub is_virtfn: u32,
    pub physfn: [u8; 2],
    pub __pad_1: [u8; 2],
}

/// `struct vm_event_vmexit` (vm_event.h:382), tools-only layout of 4.17.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_vmexit__v4_17 {
    pub arch: [u64; 2],
}

/// `struct vm_event_st` (vm_event.h:391), tools-only layout of 4.17.0 .. 4.17.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_st__v4_17 {
    pub version: u32,
    pub flags: u32,
    pub reason: u32,
    pub vcpu_id: u32,
    pub altp2m_idx: u16,
    pub _pad: [u16; 3],
    pub u: [u64; 4],
    pub data: [u64; 43],
}

/// `union vm_event_sring_entry` (vm_event.h:430), tools-only layout of 4.17.0 .. 4.17.7
#[repr(C)]
#[derive(Clone, Copy)]
pub union vm_event_sring_entry__v4_17 {
    pub req: vm_event_request_t__v4_17,
    pub rsp: vm_event_response_t__v4_17,
}

/// `struct vm_event_sring` (vm_event.h:430), tools-only layout of 4.17.0 .. 4.17.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_sring__v4_17 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [vm_event_sring_entry__v4_17; 1],
}

/// `struct xen_domctl_createdomain` (domctl.h:32), tools-only layout of 4.17.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_createdomain__v4_17 {
    pub ssidref: u32,
    pub handle: crate::x86_64::xen_domain_handle_t,
    pub flags: u32,
    pub iommu_opts: u32,
    pub max_vcpus: u32,
    pub max_evtchn_port: u32,
    pub max_grant_frames: i32,
    pub max_maptrack_frames: i32,
    pub grant_opts: u32,
    pub vmtrace_size: u32,
    pub cpupool_id: u32,
    pub arch: xen_arch_domainconfig__v4_15,
}

/// `struct xen_domctl_monitor_op` (domctl.h:1067), tools-only layout of 4.17.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_monitor_op__v4_17 {
    pub op: u32,
    pub event: u32,
    pub u: [u64; 2],
}

/// `struct xen_domctl_paging_mempool` (domctl.h:947), tools-only layout of 4.17.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_paging_mempool__v4_17 {
    pub size: u64,
}

/// `struct xen_domctl` (domctl.h:1194), tools-only layout of 4.17.0 .. 4.17.1
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl__v4_17 {
    pub cmd: u32,
    pub interface_version: u32,
    pub domain: crate::x86_64::domid_t,
    pub _pad: [u16; 3],
    pub u: [u64; 16],
}

/// `struct xen_sysctl_physinfo` (sysctl.h:97), tools-only layout of 4.17.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_physinfo__v4_17 {
    pub threads_per_core: u32,
    pub cores_per_socket: u32,
    pub nr_cpus: u32,
    pub max_cpu_id: u32,
    pub nr_nodes: u32,
    pub max_node_id: u32,
    pub cpu_khz: u32,
    pub capabilities: u32,
    pub arch_capabilities: u32,
    pub pad: u32,
    pub total_pages: u64,
    pub free_pages: u64,
    pub scrub_pages: u64,
    pub outstanding_pages: u64,
    pub max_mfn: u64,
    pub hw_cap: [u32; 8],
}

/// `struct xen_sysctl_credit2_schedule` (sysctl.h:642), tools-only layout of 4.17.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_credit2_schedule__v4_17 {
    pub ratelimit_us: u32,
}

/// `struct xen_sysctl_credit_schedule` (sysctl.h:628), tools-only layout of 4.17.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_credit_schedule__v4_17 {
    pub tslice_ms: u32,
    pub ratelimit_us: u32,
    pub vcpu_migr_delay_us: u32,
}

/// `struct xen_sysctl_scheduler_op` (sysctl.h:650), tools-only layout of 4.17.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_scheduler_op__v4_17 {
    pub cpupool_id: u32,
    pub sched_id: u32,
    pub cmd: u32,
    pub __pad_0: [u8; 4],
    pub u: [u64; 2],
}

/// `struct xen_sysctl` (sysctl.h:1058), tools-only layout of 4.17.0 .. 4.17.1
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl__v4_17 {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [u64; 16],
}

/// `struct xen_sysctl_arinc653_schedule` (sysctl.h:598), tools-only layout of 4.17.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_arinc653_schedule__v4_17 {
    pub major_frame: u64,
    pub num_sched_entries: u8,
    pub __pad_0: [u8; 7],
    pub sched_entries: [u64; 256],
}

/// `struct xenstore_domain_interface` (io/xs_wire.h:105), tools-only layout of 4.17.0 .. 4.20.4
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenstore_domain_interface__v4_17 {
    pub req: [i8; 1024],
    pub rsp: [i8; 1024],
    pub req_cons: crate::x86_64::XENSTORE_RING_IDX,
    pub req_prod: crate::x86_64::XENSTORE_RING_IDX,
    pub rsp_cons: crate::x86_64::XENSTORE_RING_IDX,
    pub rsp_prod: crate::x86_64::XENSTORE_RING_IDX,
    pub server_features: u32,
    pub connection: u32,
    pub error: u32,
}

/// `struct xen_domctl` (domctl.h:1192), tools-only layout of 4.17.2 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl__v4_17_2 {
    pub cmd: u32,
    pub interface_version: u32,
    pub domain: crate::x86_64::domid_t,
    pub _pad: [u16; 3],
    pub u: [u64; 16],
}

/// `struct xen_sysctl` (sysctl.h:1058), tools-only layout of 4.17.2 .. 4.17.7
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl__v4_17_2 {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [u64; 16],
}

/// `struct vm_event_io` (vm_event.h:393), tools-only layout of 4.18.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_io__v4_18 {
    pub bytes: u32,
    pub port: u16,
    pub r#in: u8,
    pub str: u8,
}

/// `struct vm_event_st` (vm_event.h:400), tools-only layout of 4.18.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_st__v4_18 {
    pub version: u32,
    pub flags: u32,
    pub reason: u32,
    pub vcpu_id: u32,
    pub altp2m_idx: u16,
    pub _pad: [u16; 3],
    pub u: [u64; 4],
    pub data: [u64; 43],
}

/// `union vm_event_sring_entry` (vm_event.h:440), tools-only layout of 4.18.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub union vm_event_sring_entry__v4_18 {
    pub req: vm_event_request_t__v4_18,
    pub rsp: vm_event_response_t__v4_18,
}

/// `struct vm_event_sring` (vm_event.h:440), tools-only layout of 4.18.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_sring__v4_18 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [vm_event_sring_entry__v4_18; 1],
}

/// `struct xen_cppc_para` (sysctl.h:299), tools-only layout of 4.18.0 .. 4.20.4
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_cppc_para__v4_18 {
    pub features: u32,
    pub lowest: u32,
    pub lowest_nonlinear: u32,
    pub nominal: u32,
    pub highest: u32,
    pub minimum: u32,
    pub maximum: u32,
    pub desired: u32,
    pub energy_perf: u32,
    pub activity_window: u32,
}

/// `struct xen_feature_info` (version.h:97), tools-only layout of 4.18.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_feature_info__v4_18 {
    pub submap_idx: u32,
    pub submap: u32,
}

/// `struct xen_get_cpufreq_para` (sysctl.h:423), tools-only layout of 4.18.0 .. 4.20.4
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_get_cpufreq_para__v4_18 {
    pub cpu_num: u32,
    pub freq_num: u32,
    pub gov_num: u32,
    pub __pad_0: [u8; 4],
    pub affected_cpus: crate::x86_64::__guest_handle_uint32,
    pub scaling_available_frequencies: crate::x86_64::__guest_handle_uint32,
    pub scaling_available_governors: crate::x86_64::__guest_handle_char,
    pub scaling_driver: [i8; 16],
    pub cpuinfo_cur_freq: u32,
    pub cpuinfo_max_freq: u32,
    pub cpuinfo_min_freq: u32,
    pub u: [u32; 11],
    pub turbo_enabled: i32,
    pub __pad_1: [u8; 4],
}

/// `struct xen_platform_op` (platform.h:631), tools-only layout of 4.18.0 .. 4.19.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_platform_op__v4_18 {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [u64; 16],
}

/// `struct xen_set_cppc_para` (sysctl.h:385), tools-only layout of 4.18.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_set_cppc_para__v4_18 {
    pub set_params: u32,
    pub minimum: u32,
    pub maximum: u32,
    pub desired: u32,
    pub energy_perf: u32,
    pub activity_window: u32,
}

/// `struct xen_sysctl_pm_op` (sysctl.h:474), tools-only layout of 4.18.0 .. 4.20.4
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_pm_op__v4_18 {
    pub cmd: u32,
    pub cpuid: u32,
    pub u: [u64; 15],
}

/// `struct xen_sysctl` (sysctl.h:1207), tools-only layout of 4.18.0 .. 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl__v4_18 {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [u64; 16],
}

/// `struct hvm_hw_lapic` (arch-x86/hvm/save.h:392), tools-only layout of 4.18.5 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_lapic__v4_18_5 {
    pub apic_base_msr: u64,
    pub disabled: u32,
    pub timer_divisor: u32,
    pub tdt_msr: u64,
    pub pending_esr: u32,
    pub __pad_0: [u8; 4],
}

/// `struct __HVM_SAVE_TYPE_LAPIC` (arch-x86/hvm/save.h:400), tools-only layout of 4.18.5 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_LAPIC__v4_18_5 {
    pub t: hvm_hw_lapic__v4_18_5,
    pub c: [i8; 5],
    pub cpt: [i8; 1],
    pub __pad_0: [u8; 2],
}

/// `struct blkif_sring` (io/blkif.h:723), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_sring__v4_19 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::blkif_sring_entry; 0],
}

/// `struct fsif_read_request` (io/fsif.h:38), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_read_request__v4_19 {
    pub fd: u32,
    pub pad: i32,
    pub len: u64,
    pub offset: u64,
    pub grefs: [crate::x86_64::grant_ref_t; 0],
}

/// `struct fsif_write_request` (io/fsif.h:46), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_write_request__v4_19 {
    pub fd: u32,
    pub pad: i32,
    pub len: u64,
    pub offset: u64,
    pub grefs: [crate::x86_64::grant_ref_t; 0],
}

/// `struct fsif_request` (io/fsif.h:124), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_request__v4_19 {
    pub r#type: u8,
    pub pad: u8,
    pub id: u16,
    pub pad2: u32,
    pub u: [u64; 3],
}

/// `union fsif_sring_entry` (io/fsif.h:167), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub union fsif_sring_entry__v4_19 {
    pub req: fsif_request__v4_19,
    pub rsp: crate::x86_64::fsif_response,
}

/// `struct fsif_sring` (io/fsif.h:167), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_sring__v4_19 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [fsif_sring_entry__v4_19; 0],
}

/// `struct netif_rx_sring` (io/netif.h:1073), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_rx_sring__v4_19 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::netif_rx_sring_entry; 0],
}

/// `struct netif_tx_sring` (io/netif.h:1072), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_tx_sring__v4_19 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::netif_tx_sring_entry; 0],
}

/// `struct usbif_conn_sring` (io/usbif.h:405), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_conn_sring__v4_19 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::usbif_conn_sring_entry; 0],
}

/// `struct usbif_urb_sring` (io/usbif.h:383), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_urb_sring__v4_19 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::usbif_urb_sring_entry; 0],
}

/// `struct vm_event_sring` (vm_event.h:440), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vm_event_sring__v4_19 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [vm_event_sring_entry__v4_18; 0],
}

/// `struct vscsiif_sring` (io/vscsiif.h:352), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vscsiif_sring__v4_19 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::vscsiif_sring_entry; 0],
}

/// `struct xen_cameraif_sring` (io/cameraif.h:1314), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_cameraif_sring__v4_19 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::xen_cameraif_sring_entry; 0],
}

/// `struct xen_displif_sring` (io/displif.h:897), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_displif_sring__v4_19 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::xen_displif_sring_entry; 0],
}

/// `struct xen_domctl_createdomain` (domctl.h:32), tools-only layout of 4.19.0 .. 4.20.4
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_createdomain__v4_19 {
    pub ssidref: u32,
    pub handle: crate::x86_64::xen_domain_handle_t,
    pub flags: u32,
    pub iommu_opts: u32,
    pub max_vcpus: u32,
    pub max_evtchn_port: u32,
    pub max_grant_frames: i32,
    pub max_maptrack_frames: i32,
    pub grant_opts: u32,
    pub altp2m_opts: u32,
    pub vmtrace_size: u32,
    pub cpupool_id: u32,
    pub arch: xen_arch_domainconfig__v4_15,
}

/// `struct xen_domctl` (domctl.h:1221), tools-only layout of 4.19.0 .. 4.19.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl__v4_19 {
    pub cmd: u32,
    pub interface_version: u32,
    pub domain: crate::x86_64::domid_t,
    pub _pad: [u16; 3],
    pub u: [u64; 16],
}

/// `struct xen_netif_ctrl_sring` (io/netif.h:752), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_netif_ctrl_sring__v4_19 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::xen_netif_ctrl_sring_entry; 0],
}

/// `struct xen_pvcalls_sring` (io/pvcalls.h:130), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_sring__v4_19 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::xen_pvcalls_sring_entry; 0],
}

/// `struct xen_sndif_sring` (io/sndif.h:1031), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sndif_sring__v4_19 {
    pub req_prod: crate::x86_64::RING_IDX,
    pub req_event: crate::x86_64::RING_IDX,
    pub rsp_prod: crate::x86_64::RING_IDX,
    pub rsp_event: crate::x86_64::RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [crate::x86_64::xen_sndif_sring_entry; 0],
}

/// `struct xen_sysctl_livepatch_op` (sysctl.h:1140), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_livepatch_op__v4_19 {
    pub cmd: u32,
    pub flags: u32,
    pub u: [u64; 8],
}

/// `struct xen_sysctl` (sysctl.h:1203), tools-only layout of 4.19.0 .. 4.20.4
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl__v4_19 {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [u64; 16],
}

/// `struct xencamera_page_directory` (io/cameraif.h:764), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_page_directory__v4_19 {
    pub gref_dir_next_page: crate::x86_64::grant_ref_t,
    pub gref: [crate::x86_64::grant_ref_t; 0],
}

/// `struct xendispl_page_directory` (io/displif.h:538), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_page_directory__v4_19 {
    pub gref_dir_next_page: crate::x86_64::grant_ref_t,
    pub gref: [crate::x86_64::grant_ref_t; 0],
}

/// `struct xensnd_page_directory` (io/sndif.h:660), tools-only layout of 4.19.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_page_directory__v4_19 {
    pub gref_dir_next_page: crate::x86_64::grant_ref_t,
    pub gref: [crate::x86_64::grant_ref_t; 0],
}

/// `struct xen_domctl_gsi_permission` (domctl.h:478), tools-only layout of 4.20.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_gsi_permission__v4_20 {
    pub gsi: u32,
    pub flags: u32,
}

/// `struct xen_domctl_set_llc_colors` (domctl.h:1239), tools-only layout of 4.20.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_set_llc_colors__v4_20 {
    pub num_llc_colors: u32,
    pub pad: u32,
    pub llc_colors: crate::x86_64::__guest_handle_uint32,
}

/// `struct xen_domctl` (domctl.h:1246), tools-only layout of 4.20.0 .. 4.20.4
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl__v4_20 {
    pub cmd: u32,
    pub interface_version: u32,
    pub domain: crate::x86_64::domid_t,
    pub _pad: [u16; 3],
    pub u: [u64; 16],
}

/// `struct xen_platform_op` (platform.h:644), tools-only layout of 4.20.0 .. 4.20.4
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_platform_op__v4_20 {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [u64; 16],
}

/// `struct xen_domctl_createdomain` (domctl.h:43), tools-only layout of 4.21.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_createdomain__v4_21 {
    pub ssidref: u32,
    pub handle: crate::x86_64::xen_domain_handle_t,
    pub flags: u32,
    pub iommu_opts: u32,
    pub max_vcpus: u32,
    pub max_evtchn_port: u32,
    pub max_grant_frames: i32,
    pub max_maptrack_frames: i32,
    pub grant_opts: u32,
    pub altp2m: [u16; 2],
    pub vmtrace_size: u32,
    pub cpupool_id: u32,
    pub arch: xen_arch_domainconfig__v4_15,
}

/// `struct xen_domctl_get_domain_state` (domctl.h:1265), tools-only layout of 4.21.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl_get_domain_state__v4_21 {
    pub state: u16,
    pub caps: u16,
    pub pad0: u32,
    pub unique_id: u64,
}

/// `struct xen_domctl` (domctl.h:1279), tools-only layout of 4.21.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_domctl__v4_21 {
    pub cmd: u32,
    pub interface_version: u32,
    pub domain: crate::x86_64::domid_t,
    pub _pad: [u16; 3],
    pub u: [u64; 16],
}

/// `struct xen_get_cppc_para` (sysctl.h:339), tools-only layout of 4.21.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_get_cppc_para__v4_21 {
    pub features: u32,
    pub lowest: u32,
    pub lowest_nonlinear: u32,
    pub nominal: u32,
    pub highest: u32,
    pub minimum: u32,
    pub maximum: u32,
    pub desired: u32,
    pub energy_perf: u32,
    pub activity_window: u32,
}

/// `struct xen_get_cpufreq_para` (sysctl.h:465), tools-only layout of 4.21.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_get_cpufreq_para__v4_21 {
    pub cpu_num: u32,
    pub freq_num: u32,
    pub gov_num: u32,
    pub __pad_0: [u8; 4],
    pub affected_cpus: crate::x86_64::__guest_handle_uint32,
    pub scaling_available_frequencies: crate::x86_64::__guest_handle_uint32,
    pub scaling_available_governors: crate::x86_64::__guest_handle_char,
    pub scaling_driver: [i8; 16],
    pub cpuinfo_cur_freq: u32,
    pub cpuinfo_max_freq: u32,
    pub cpuinfo_min_freq: u32,
    pub s: [u32; 11],
    pub turbo_enabled: i32,
    pub __pad_1: [u8; 4],
}

/// `struct xenpf_set_processor_pminfo` (platform.h:485), tools-only layout of 4.21.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_set_processor_pminfo__v4_21 {
    pub id: u32,
    pub r#type: u32,
    pub u: [u64; 13],
}

/// `struct xen_platform_op` (platform.h:670), tools-only layout of 4.21.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_platform_op__v4_21 {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [u64; 16],
}

/// `struct xen_sysctl_pm_op` (sysctl.h:513), tools-only layout of 4.21.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl_pm_op__v4_21 {
    pub cmd: u32,
    pub cpuid: u32,
    pub u: [u64; 15],
}

/// `struct xen_sysctl` (sysctl.h:1248), tools-only layout of 4.21.0 .. 4.21.2
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl__v4_21 {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [u64; 16],
}

/// `struct xencons_interface` (io/console.h:17), tools-only layout of 4.21.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencons_interface__v4_21 {
    pub r#in: [i8; 1024],
    pub out: [i8; 2048],
    pub in_cons: crate::x86_64::XENCONS_RING_IDX,
    pub in_prod: crate::x86_64::XENCONS_RING_IDX,
    pub out_cons: crate::x86_64::XENCONS_RING_IDX,
    pub out_prod: crate::x86_64::XENCONS_RING_IDX,
    pub connection: u8,
    pub __pad_0: [u8; 3],
}

/// `struct xenstore_domain_interface` (io/xs_wire.h:105), tools-only layout of 4.21.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenstore_domain_interface__v4_21 {
    pub req: [i8; 1024],
    pub rsp: [i8; 1024],
    pub req_cons: crate::x86_64::XENSTORE_RING_IDX,
    pub req_prod: crate::x86_64::XENSTORE_RING_IDX,
    pub rsp_cons: crate::x86_64::XENSTORE_RING_IDX,
    pub rsp_prod: crate::x86_64::XENSTORE_RING_IDX,
    pub server_features: u32,
    pub connection: u32,
    pub error: u32,
    pub evtchn_port: u32,
}

/// `struct xen_sysctl` (sysctl.h:1229), tools-only layout of 4.22.0 .. 4.22.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sysctl__v4_22 {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [u64; 16],
}

crate::plain!(
    __guest_handle_const_pm_px_val_t__v4_15,
    __guest_handle_const_xen_domctl_cpu_policy_t__v4_15,
    __guest_handle_const_xen_domctl_getdomaininfo_t__v4_15,
    __guest_handle_const_xen_domctl_schedparam_vcpu_t__v4_15,
    __guest_handle_const_xen_domctl_t__v4_15,
    __guest_handle_const_xen_domctl_vcpu_msr_t__v4_15,
    __guest_handle_const_xen_domctl_vmtrace_op_t__v4_15,
    __guest_handle_const_xen_livepatch_status_t__v4_15,
    __guest_handle_const_xen_mem_access_op_t__v4_15,
    __guest_handle_const_xen_mem_paging_op_t__v4_15,
    __guest_handle_const_xen_mem_sharing_op_t__v4_15,
    __guest_handle_const_xen_reserved_device_memory_map_t__v4_15,
    __guest_handle_const_xen_reserved_device_memory_t__v4_15,
    __guest_handle_const_xen_sysctl_arinc653_schedule_t__v4_15,
    __guest_handle_const_xen_sysctl_cpu_policy_t__v4_15,
    __guest_handle_const_xen_sysctl_cpuinfo_t__v4_15,
    __guest_handle_const_xen_sysctl_cputopo_t__v4_15,
    __guest_handle_const_xen_sysctl_lockprof_data_t__v4_15,
    __guest_handle_const_xen_sysctl_meminfo_t__v4_15,
    __guest_handle_const_xen_sysctl_perfc_desc_t__v4_15,
    __guest_handle_const_xen_sysctl_perfc_val_t__v4_15,
    __guest_handle_const_xen_sysctl_t__v4_15,
    __guest_handle_pm_px_val_t__v4_15,
    __guest_handle_xen_domctl_cpu_policy_t__v4_15,
    __guest_handle_xen_domctl_getdomaininfo_t__v4_15,
    __guest_handle_xen_domctl_schedparam_vcpu_t__v4_15,
    __guest_handle_xen_domctl_t__v4_15,
    __guest_handle_xen_domctl_vcpu_msr_t__v4_15,
    __guest_handle_xen_domctl_vmtrace_op_t__v4_15,
    __guest_handle_xen_livepatch_status_t__v4_15,
    __guest_handle_xen_mem_access_op_t__v4_15,
    __guest_handle_xen_mem_paging_op_t__v4_15,
    __guest_handle_xen_mem_sharing_op_t__v4_15,
    __guest_handle_xen_reserved_device_memory_map_t__v4_15,
    __guest_handle_xen_reserved_device_memory_t__v4_15,
    __guest_handle_xen_sysctl_arinc653_schedule_t__v4_15,
    __guest_handle_xen_sysctl_cpu_policy_t__v4_15,
    __guest_handle_xen_sysctl_cpuinfo_t__v4_15,
    __guest_handle_xen_sysctl_cputopo_t__v4_15,
    __guest_handle_xen_sysctl_lockprof_data_t__v4_15,
    __guest_handle_xen_sysctl_meminfo_t__v4_15,
    __guest_handle_xen_sysctl_perfc_desc_t__v4_15,
    __guest_handle_xen_sysctl_perfc_val_t__v4_15,
    __guest_handle_xen_sysctl_t__v4_15,
    blkif_sring__v4_15,
    cpu_user_regs__v4_15__anon_0,
    cpu_user_regs__v4_15__anon_1,
    cpu_user_regs__v4_15__anon_2,
    cpu_user_regs__v4_15__anon_3,
    cpu_user_regs__v4_15__anon_4,
    cpu_user_regs__v4_15__anon_5__3,
    cpu_user_regs__v4_15__anon_5,
    cpu_user_regs__v4_15__anon_6,
    cpu_user_regs__v4_15__anon_7,
    cpu_user_regs__v4_15__anon_8,
    cpu_user_regs__v4_15__anon_9,
    cpu_user_regs__v4_15__anon_10__3,
    cpu_user_regs__v4_15__anon_10,
    cpu_user_regs__v4_15__anon_11__3,
    cpu_user_regs__v4_15__anon_11,
    cpu_user_regs__v4_15__anon_12__3,
    cpu_user_regs__v4_15__anon_12,
    cpu_user_regs__v4_15__anon_13,
    cpu_user_regs__v4_15__anon_14,
    cpu_user_regs__v4_15__anon_15,
    cpu_user_regs__v4_15__anon_16,
    cpu_user_regs__v4_15__anon_17,
    cpu_user_regs__v4_15,
    fsif_read_request__v4_15,
    fsif_write_request__v4_15,
    fsif_request__v4_15,
    fsif_sring_entry__v4_15,
    fsif_sring__v4_15,
    netif_rx_sring__v4_15,
    netif_tx_sring__v4_15,
    physdev_manage_pci_ext__v4_15,
    pm_px_val__v4_15,
    hvm_hw_lapic__v4_15,
    __HVM_SAVE_TYPE_LAPIC__v4_15,
    mem_sharing_op_debug__v4_15,
    mem_sharing_op_fork__v4_15,
    mem_sharing_op_nominate__v4_15,
    mem_sharing_op_range__v4_15,
    mem_sharing_op_share__v4_15,
    pm_cx_stat__v4_15,
    pm_px_stat__v4_15,
    usbif_conn_sring__v4_15,
    usbif_urb_sring__v4_15,
    vcpu_guest_context__v4_15,
    vm_event_back_ring__v4_15,
    vm_event_cpuid__v4_15,
    vm_event_debug__v4_15,
    vm_event_desc_access__v4_15,
    vm_event_emul_insn_data__v4_15,
    vm_event_emul_read_data__v4_15,
    vm_event_fast_singlestep__v4_15,
    vm_event_front_ring__v4_15,
    vm_event_interrupt_x86__v4_15,
    vm_event_mem_access__v4_15,
    vm_event_mov_to_msr__v4_15,
    vm_event_paging__v4_15,
    vm_event_regs_arm__v4_15,
    vm_event_x86_selector_reg__v4_15,
    vm_event_regs_x86__v4_15,
    vm_event_sharing__v4_15,
    vm_event_singlestep__v4_15,
    vm_event_write_ctrlreg__v4_15,
    vm_event_st__v4_15,
    vm_event_sring_entry__v4_15,
    vm_event_sring__v4_15,
    vscsiif_sring__v4_15,
    xen_arch_domainconfig__v4_15,
    xen_cameraif_sring__v4_15,
    xen_displif_sring__v4_15,
    xen_domctl_address_size__v4_15,
    xen_domctl_assign_device__v4_15,
    xen_domctl_audit_p2m__v4_15,
    xen_domctl_bind_pt_irq__v4_15,
    xen_domctl_cacheflush__v4_15,
    xen_domctl_cpu_policy__v4_15,
    xen_domctl_createdomain__v4_15,
    xen_domctl_debug_op__v4_15,
    xen_domctl_ext_vcpucontext__v4_15__anon_0,
    xen_domctl_ext_vcpucontext__v4_15,
    xen_domctl_gdbsx_domstatus__v4_15,
    xen_domctl_gdbsx_memio__v4_15,
    xen_domctl_gdbsx_pauseunp_vcpu__v4_15,
    xen_domctl_get_device_group__v4_15,
    xen_domctl_getdomaininfo__v4_15,
    xen_domctl_getpageframeinfo3__v4_15,
    xen_domctl_getvcpuinfo__v4_15,
    xen_domctl_hvmcontext__v4_15,
    xen_domctl_hvmcontext_partial__v4_15,
    xen_domctl_hypercall_init__v4_15,
    xen_domctl_iomem_permission__v4_15,
    xen_domctl_ioport_mapping__v4_15,
    xen_domctl_ioport_permission__v4_15,
    xen_domctl_irq_permission__v4_15,
    xen_domctl_max_mem__v4_15,
    xen_domctl_max_vcpus__v4_15,
    xen_domctl_mem_sharing_op__v4_15,
    xen_domctl_memory_mapping__v4_15,
    xen_domctl_monitor_op__v4_15,
    xenctl_bitmap__v4_15,
    xen_domctl_nodeaffinity__v4_15,
    xen_domctl_psr_alloc__v4_15,
    xen_domctl_psr_cmt_op__v4_15,
    xen_domctl_sched_credit__v4_15,
    xen_domctl_sched_credit2__v4_15,
    xen_domctl_sched_rtds__v4_15,
    xen_domctl_scheduler_op__v4_15,
    xen_domctl_sendtrigger__v4_15,
    xen_domctl_set_access_required__v4_15,
    xen_domctl_set_broken_page_p2m__v4_15,
    xen_domctl_set_target__v4_15,
    xen_domctl_set_virq_handler__v4_15,
    xen_domctl_setdebugging__v4_15,
    xen_domctl_setdomainhandle__v4_15,
    xen_domctl_settimeoffset__v4_15,
    xen_domctl_shadow_op_stats__v4_15,
    xen_domctl_shadow_op__v4_15,
    xen_domctl_subscribe__v4_15,
    xen_domctl_tsc_info__v4_15,
    xen_domctl_vcpu_msrs__v4_15,
    xen_domctl_vcpuaffinity__v4_15,
    xen_domctl_vcpucontext__v4_15,
    xen_domctl_vcpuextstate__v4_15,
    xen_domctl_vm_event_op__v4_15,
    xen_domctl_vmtrace_op__v4_15,
    xen_domctl_vnuma__v4_15,
    xen_domctl_vuart_op__v4_15,
    xen_domctl__v4_15,
    xen_domctl_schedparam_vcpu__v4_15,
    xen_domctl_vcpu_msr__v4_15,
    xen_feature_info__v4_15,
    xen_ondemand__v4_15,
    xen_userspace__v4_15,
    xen_get_cpufreq_para__v4_15,
    xen_livepatch_name__v4_15,
    xen_livepatch_status__v4_15,
    xen_mc_inject_v2__v4_15,
    xen_mc__v4_15,
    xen_mem_access_op__v4_15,
    xen_mem_paging_op__v4_15,
    xen_mem_sharing_op__v4_15,
    xen_netif_ctrl_sring__v4_15,
    xenpf_set_processor_pminfo__v4_15,
    xen_platform_op__v4_15,
    xen_pvcalls_sring__v4_15,
    xen_reserved_device_memory__v4_15,
    xen_reserved_device_memory_map__v4_15,
    xen_set_cpufreq_gov__v4_15,
    xen_set_cpufreq_para__v4_15,
    xen_sndif_sring__v4_15,
    xen_sysctl_availheap__v4_15,
    xen_sysctl_coverage_op__v4_15,
    xen_sysctl_cpu_featureset__v4_15,
    xen_sysctl_cpu_hotplug__v4_15,
    xen_sysctl_cpu_levelling_caps__v4_15,
    xen_sysctl_cpu_policy__v4_15,
    xen_sysctl_cpupool_op__v4_15,
    xen_sysctl_cputopoinfo__v4_15,
    xen_sysctl_debug_keys__v4_15,
    xen_sysctl_get_pmstat__v4_15,
    xen_sysctl_getcpuinfo__v4_15,
    xen_sysctl_getdomaininfolist__v4_15,
    xen_sysctl_livepatch_action__v4_15,
    xen_sysctl_livepatch_get__v4_15,
    xen_sysctl_livepatch_list__v4_15,
    xen_sysctl_livepatch_upload__v4_15,
    xen_sysctl_livepatch_op__v4_15,
    xen_sysctl_lockprof_op__v4_15,
    xen_sysctl_numainfo__v4_15,
    xen_sysctl_page_offline_op__v4_15,
    xen_sysctl_pcitopoinfo__v4_15,
    xen_sysctl_perfc_op__v4_15,
    xen_sysctl_physinfo__v4_15,
    xen_sysctl_pm_op__v4_15,
    xen_sysctl_psr_alloc__v4_15,
    xen_sysctl_psr_cmt_op__v4_15,
    xen_sysctl_readconsole__v4_15,
    xen_sysctl_sched_id__v4_15,
    xen_sysctl_credit2_schedule__v4_15,
    xen_sysctl_credit_schedule__v4_15,
    xen_sysctl_sched_arinc653__v4_15,
    xen_sysctl_scheduler_op__v4_15,
    xen_sysctl_tbuf_op__v4_15,
    xen_sysctl__v4_15,
    xen_sysctl_arinc653_schedule__v4_15,
    xen_sysctl_cpuinfo__v4_15,
    xen_sysctl_cputopo__v4_15,
    xen_sysctl_lockprof_data__v4_15,
    xen_sysctl_meminfo__v4_15,
    xen_sysctl_perfc_desc__v4_15,
    xencamera_page_directory__v4_15,
    xencons_interface__v4_15,
    xendispl_page_directory__v4_15,
    xensnd_page_directory__v4_15,
    xenstore_domain_interface__v4_15,
    xen_domctl_cpu_policy__v4_15_5,
    xen_domctl__v4_15_5,
    xen_sysctl_cpu_policy__v4_15_5,
    xen_sysctl__v4_15_5,
    vm_event_regs_arm__v4_16,
    vm_event_st__v4_16,
    vm_event_sring_entry__v4_16,
    vm_event_sring__v4_16,
    xen_domctl_createdomain__v4_16,
    xen_domctl_getdomaininfo__v4_16,
    xen_domctl_irq_permission__v4_16,
    xen_domctl__v4_16,
    xen_domctl__v4_16_5,
    physdev_manage_pci_ext__v4_17,
    vm_event_vmexit__v4_17,
    vm_event_st__v4_17,
    vm_event_sring_entry__v4_17,
    vm_event_sring__v4_17,
    xen_domctl_createdomain__v4_17,
    xen_domctl_monitor_op__v4_17,
    xen_domctl_paging_mempool__v4_17,
    xen_domctl__v4_17,
    xen_sysctl_physinfo__v4_17,
    xen_sysctl_credit2_schedule__v4_17,
    xen_sysctl_credit_schedule__v4_17,
    xen_sysctl_scheduler_op__v4_17,
    xen_sysctl__v4_17,
    xen_sysctl_arinc653_schedule__v4_17,
    xenstore_domain_interface__v4_17,
    xen_domctl__v4_17_2,
    xen_sysctl__v4_17_2,
    vm_event_io__v4_18,
    vm_event_st__v4_18,
    vm_event_sring_entry__v4_18,
    vm_event_sring__v4_18,
    xen_cppc_para__v4_18,
    xen_feature_info__v4_18,
    xen_get_cpufreq_para__v4_18,
    xen_platform_op__v4_18,
    xen_set_cppc_para__v4_18,
    xen_sysctl_pm_op__v4_18,
    xen_sysctl__v4_18,
    hvm_hw_lapic__v4_18_5,
    __HVM_SAVE_TYPE_LAPIC__v4_18_5,
    blkif_sring__v4_19,
    fsif_read_request__v4_19,
    fsif_write_request__v4_19,
    fsif_request__v4_19,
    fsif_sring_entry__v4_19,
    fsif_sring__v4_19,
    netif_rx_sring__v4_19,
    netif_tx_sring__v4_19,
    usbif_conn_sring__v4_19,
    usbif_urb_sring__v4_19,
    vm_event_sring__v4_19,
    vscsiif_sring__v4_19,
    xen_cameraif_sring__v4_19,
    xen_displif_sring__v4_19,
    xen_domctl_createdomain__v4_19,
    xen_domctl__v4_19,
    xen_netif_ctrl_sring__v4_19,
    xen_pvcalls_sring__v4_19,
    xen_sndif_sring__v4_19,
    xen_sysctl_livepatch_op__v4_19,
    xen_sysctl__v4_19,
    xencamera_page_directory__v4_19,
    xendispl_page_directory__v4_19,
    xensnd_page_directory__v4_19,
    xen_domctl_gsi_permission__v4_20,
    xen_domctl_set_llc_colors__v4_20,
    xen_domctl__v4_20,
    xen_platform_op__v4_20,
    xen_domctl_createdomain__v4_21,
    xen_domctl_get_domain_state__v4_21,
    xen_domctl__v4_21,
    xen_get_cppc_para__v4_21,
    xen_get_cpufreq_para__v4_21,
    xenpf_set_processor_pminfo__v4_21,
    xen_platform_op__v4_21,
    xen_sysctl_pm_op__v4_21,
    xen_sysctl__v4_21,
    xencons_interface__v4_21,
    xenstore_domain_interface__v4_21,
    xen_sysctl__v4_22,
);

/// What every release's tools view has alike (re-exported by each of them).
pub mod common {
    pub type __guest_handle_const_pm_px_val_t = super::__guest_handle_const_pm_px_val_t__v4_15;
    pub type __guest_handle_const_xen_domctl_cpu_policy_t = super::__guest_handle_const_xen_domctl_cpu_policy_t__v4_15;
    pub type __guest_handle_const_xen_domctl_getdomaininfo_t = super::__guest_handle_const_xen_domctl_getdomaininfo_t__v4_15;
    pub type __guest_handle_const_xen_domctl_schedparam_vcpu_t = super::__guest_handle_const_xen_domctl_schedparam_vcpu_t__v4_15;
    pub type __guest_handle_const_xen_domctl_t = super::__guest_handle_const_xen_domctl_t__v4_15;
    pub type __guest_handle_const_xen_domctl_vcpu_msr_t = super::__guest_handle_const_xen_domctl_vcpu_msr_t__v4_15;
    pub type __guest_handle_const_xen_domctl_vmtrace_op_t = super::__guest_handle_const_xen_domctl_vmtrace_op_t__v4_15;
    pub type __guest_handle_const_xen_livepatch_status_t = super::__guest_handle_const_xen_livepatch_status_t__v4_15;
    pub type __guest_handle_const_xen_mem_access_op_t = super::__guest_handle_const_xen_mem_access_op_t__v4_15;
    pub type __guest_handle_const_xen_mem_paging_op_t = super::__guest_handle_const_xen_mem_paging_op_t__v4_15;
    pub type __guest_handle_const_xen_mem_sharing_op_t = super::__guest_handle_const_xen_mem_sharing_op_t__v4_15;
    pub type __guest_handle_const_xen_reserved_device_memory_map_t = super::__guest_handle_const_xen_reserved_device_memory_map_t__v4_15;
    pub type __guest_handle_const_xen_reserved_device_memory_t = super::__guest_handle_const_xen_reserved_device_memory_t__v4_15;
    pub type __guest_handle_const_xen_sysctl_arinc653_schedule_t = super::__guest_handle_const_xen_sysctl_arinc653_schedule_t__v4_15;
    pub type __guest_handle_const_xen_sysctl_cpu_policy_t = super::__guest_handle_const_xen_sysctl_cpu_policy_t__v4_15;
    pub type __guest_handle_const_xen_sysctl_cpuinfo_t = super::__guest_handle_const_xen_sysctl_cpuinfo_t__v4_15;
    pub type __guest_handle_const_xen_sysctl_cputopo_t = super::__guest_handle_const_xen_sysctl_cputopo_t__v4_15;
    pub type __guest_handle_const_xen_sysctl_lockprof_data_t = super::__guest_handle_const_xen_sysctl_lockprof_data_t__v4_15;
    pub type __guest_handle_const_xen_sysctl_meminfo_t = super::__guest_handle_const_xen_sysctl_meminfo_t__v4_15;
    pub type __guest_handle_const_xen_sysctl_perfc_desc_t = super::__guest_handle_const_xen_sysctl_perfc_desc_t__v4_15;
    pub type __guest_handle_const_xen_sysctl_perfc_val_t = super::__guest_handle_const_xen_sysctl_perfc_val_t__v4_15;
    pub type __guest_handle_const_xen_sysctl_t = super::__guest_handle_const_xen_sysctl_t__v4_15;
    pub type __guest_handle_pm_px_val_t = super::__guest_handle_pm_px_val_t__v4_15;
    pub type __guest_handle_xen_domctl_cpu_policy_t = super::__guest_handle_xen_domctl_cpu_policy_t__v4_15;
    pub type __guest_handle_xen_domctl_getdomaininfo_t = super::__guest_handle_xen_domctl_getdomaininfo_t__v4_15;
    pub type __guest_handle_xen_domctl_schedparam_vcpu_t = super::__guest_handle_xen_domctl_schedparam_vcpu_t__v4_15;
    pub type __guest_handle_xen_domctl_t = super::__guest_handle_xen_domctl_t__v4_15;
    pub type __guest_handle_xen_domctl_vcpu_msr_t = super::__guest_handle_xen_domctl_vcpu_msr_t__v4_15;
    pub type __guest_handle_xen_domctl_vmtrace_op_t = super::__guest_handle_xen_domctl_vmtrace_op_t__v4_15;
    pub type __guest_handle_xen_livepatch_status_t = super::__guest_handle_xen_livepatch_status_t__v4_15;
    pub type __guest_handle_xen_mem_access_op_t = super::__guest_handle_xen_mem_access_op_t__v4_15;
    pub type __guest_handle_xen_mem_paging_op_t = super::__guest_handle_xen_mem_paging_op_t__v4_15;
    pub type __guest_handle_xen_mem_sharing_op_t = super::__guest_handle_xen_mem_sharing_op_t__v4_15;
    pub type __guest_handle_xen_reserved_device_memory_map_t = super::__guest_handle_xen_reserved_device_memory_map_t__v4_15;
    pub type __guest_handle_xen_reserved_device_memory_t = super::__guest_handle_xen_reserved_device_memory_t__v4_15;
    pub type __guest_handle_xen_sysctl_arinc653_schedule_t = super::__guest_handle_xen_sysctl_arinc653_schedule_t__v4_15;
    pub type __guest_handle_xen_sysctl_cpu_policy_t = super::__guest_handle_xen_sysctl_cpu_policy_t__v4_15;
    pub type __guest_handle_xen_sysctl_cpuinfo_t = super::__guest_handle_xen_sysctl_cpuinfo_t__v4_15;
    pub type __guest_handle_xen_sysctl_cputopo_t = super::__guest_handle_xen_sysctl_cputopo_t__v4_15;
    pub type __guest_handle_xen_sysctl_lockprof_data_t = super::__guest_handle_xen_sysctl_lockprof_data_t__v4_15;
    pub type __guest_handle_xen_sysctl_meminfo_t = super::__guest_handle_xen_sysctl_meminfo_t__v4_15;
    pub type __guest_handle_xen_sysctl_perfc_desc_t = super::__guest_handle_xen_sysctl_perfc_desc_t__v4_15;
    pub type __guest_handle_xen_sysctl_perfc_val_t = super::__guest_handle_xen_sysctl_perfc_val_t__v4_15;
    pub type __guest_handle_xen_sysctl_t = super::__guest_handle_xen_sysctl_t__v4_15;
    pub type pm_px_val = super::pm_px_val__v4_15;
    pub type pm_px_val_t = super::pm_px_val_t__v4_15;
    pub type mem_sharing_op_debug = super::mem_sharing_op_debug__v4_15;
    pub type mem_sharing_op_fork = super::mem_sharing_op_fork__v4_15;
    pub type mem_sharing_op_nominate = super::mem_sharing_op_nominate__v4_15;
    pub type mem_sharing_op_range = super::mem_sharing_op_range__v4_15;
    pub type mem_sharing_op_share = super::mem_sharing_op_share__v4_15;
    pub type pm_cx_stat = super::pm_cx_stat__v4_15;
    pub type pm_px_stat = super::pm_px_stat__v4_15;
    pub type vm_event_back_ring = super::vm_event_back_ring__v4_15;
    pub type vm_event_cpuid = super::vm_event_cpuid__v4_15;
    pub type vm_event_debug = super::vm_event_debug__v4_15;
    pub type vm_event_desc_access = super::vm_event_desc_access__v4_15;
    pub type vm_event_emul_insn_data = super::vm_event_emul_insn_data__v4_15;
    pub type vm_event_emul_read_data = super::vm_event_emul_read_data__v4_15;
    pub type vm_event_fast_singlestep = super::vm_event_fast_singlestep__v4_15;
    pub type vm_event_front_ring = super::vm_event_front_ring__v4_15;
    pub type vm_event_interrupt_x86 = super::vm_event_interrupt_x86__v4_15;
    pub type vm_event_mem_access = super::vm_event_mem_access__v4_15;
    pub type vm_event_mov_to_msr = super::vm_event_mov_to_msr__v4_15;
    pub type vm_event_paging = super::vm_event_paging__v4_15;
    pub type vm_event_x86_selector_reg = super::vm_event_x86_selector_reg__v4_15;
    pub type vm_event_regs_x86 = super::vm_event_regs_x86__v4_15;
    pub type vm_event_sharing = super::vm_event_sharing__v4_15;
    pub type vm_event_singlestep = super::vm_event_singlestep__v4_15;
    pub type vm_event_write_ctrlreg = super::vm_event_write_ctrlreg__v4_15;
    pub type xen_arch_domainconfig = super::xen_arch_domainconfig__v4_15;
    pub type xen_domctl_address_size = super::xen_domctl_address_size__v4_15;
    pub type xen_domctl_assign_device = super::xen_domctl_assign_device__v4_15;
    pub type xen_domctl_audit_p2m = super::xen_domctl_audit_p2m__v4_15;
    pub type xen_domctl_bind_pt_irq = super::xen_domctl_bind_pt_irq__v4_15;
    pub type xen_domctl_cacheflush = super::xen_domctl_cacheflush__v4_15;
    pub type xen_domctl_debug_op = super::xen_domctl_debug_op__v4_15;
    pub type xen_domctl_ext_vcpucontext = super::xen_domctl_ext_vcpucontext__v4_15;
    pub type xen_domctl_gdbsx_domstatus = super::xen_domctl_gdbsx_domstatus__v4_15;
    pub type xen_domctl_gdbsx_memio = super::xen_domctl_gdbsx_memio__v4_15;
    pub type xen_domctl_gdbsx_pauseunp_vcpu = super::xen_domctl_gdbsx_pauseunp_vcpu__v4_15;
    pub type xen_domctl_get_device_group = super::xen_domctl_get_device_group__v4_15;
    pub type xen_domctl_getpageframeinfo3 = super::xen_domctl_getpageframeinfo3__v4_15;
    pub type xen_domctl_getvcpuinfo = super::xen_domctl_getvcpuinfo__v4_15;
    pub type xen_domctl_hvmcontext = super::xen_domctl_hvmcontext__v4_15;
    pub type xen_domctl_hvmcontext_partial = super::xen_domctl_hvmcontext_partial__v4_15;
    pub type xen_domctl_hypercall_init = super::xen_domctl_hypercall_init__v4_15;
    pub type xen_domctl_iomem_permission = super::xen_domctl_iomem_permission__v4_15;
    pub type xen_domctl_ioport_mapping = super::xen_domctl_ioport_mapping__v4_15;
    pub type xen_domctl_ioport_permission = super::xen_domctl_ioport_permission__v4_15;
    pub type xen_domctl_max_mem = super::xen_domctl_max_mem__v4_15;
    pub type xen_domctl_max_vcpus = super::xen_domctl_max_vcpus__v4_15;
    pub type xen_domctl_mem_sharing_op = super::xen_domctl_mem_sharing_op__v4_15;
    pub type xen_domctl_memory_mapping = super::xen_domctl_memory_mapping__v4_15;
    pub type xenctl_bitmap = super::xenctl_bitmap__v4_15;
    pub type xen_domctl_nodeaffinity = super::xen_domctl_nodeaffinity__v4_15;
    pub type xen_domctl_psr_alloc = super::xen_domctl_psr_alloc__v4_15;
    pub type xen_domctl_psr_cmt_op = super::xen_domctl_psr_cmt_op__v4_15;
    pub type xen_domctl_sched_credit = super::xen_domctl_sched_credit__v4_15;
    pub type xen_domctl_sched_credit2 = super::xen_domctl_sched_credit2__v4_15;
    pub type xen_domctl_sched_rtds = super::xen_domctl_sched_rtds__v4_15;
    pub type xen_domctl_scheduler_op = super::xen_domctl_scheduler_op__v4_15;
    pub type xen_domctl_sendtrigger = super::xen_domctl_sendtrigger__v4_15;
    pub type xen_domctl_set_access_required = super::xen_domctl_set_access_required__v4_15;
    pub type xen_domctl_set_broken_page_p2m = super::xen_domctl_set_broken_page_p2m__v4_15;
    pub type xen_domctl_set_target = super::xen_domctl_set_target__v4_15;
    pub type xen_domctl_set_virq_handler = super::xen_domctl_set_virq_handler__v4_15;
    pub type xen_domctl_setdebugging = super::xen_domctl_setdebugging__v4_15;
    pub type xen_domctl_setdomainhandle = super::xen_domctl_setdomainhandle__v4_15;
    pub type xen_domctl_settimeoffset = super::xen_domctl_settimeoffset__v4_15;
    pub type xen_domctl_shadow_op_stats = super::xen_domctl_shadow_op_stats__v4_15;
    pub type xen_domctl_shadow_op = super::xen_domctl_shadow_op__v4_15;
    pub type xen_domctl_subscribe = super::xen_domctl_subscribe__v4_15;
    pub type xen_domctl_tsc_info = super::xen_domctl_tsc_info__v4_15;
    pub type xen_domctl_vcpu_msrs = super::xen_domctl_vcpu_msrs__v4_15;
    pub type xen_domctl_vcpuaffinity = super::xen_domctl_vcpuaffinity__v4_15;
    pub type xen_domctl_vcpucontext = super::xen_domctl_vcpucontext__v4_15;
    pub type xen_domctl_vcpuextstate = super::xen_domctl_vcpuextstate__v4_15;
    pub type xen_domctl_vm_event_op = super::xen_domctl_vm_event_op__v4_15;
    pub type xen_domctl_vmtrace_op = super::xen_domctl_vmtrace_op__v4_15;
    pub type xen_domctl_vnuma = super::xen_domctl_vnuma__v4_15;
    pub type xen_domctl_vuart_op = super::xen_domctl_vuart_op__v4_15;
    pub type xen_domctl_schedparam_vcpu = super::xen_domctl_schedparam_vcpu__v4_15;
    pub type xen_domctl_vcpu_msr = super::xen_domctl_vcpu_msr__v4_15;
    pub type xen_ondemand = super::xen_ondemand__v4_15;
    pub type xen_userspace = super::xen_userspace__v4_15;
    pub type xen_livepatch_name = super::xen_livepatch_name__v4_15;
    pub type xen_livepatch_status = super::xen_livepatch_status__v4_15;
    pub type xenctl_bitmap_t = super::xenctl_bitmap_t__v4_15;
    pub type xen_mc_inject_v2 = super::xen_mc_inject_v2__v4_15;
    pub type xen_mc_inject_v2_t = super::xen_mc_inject_v2_t__v4_15;
    pub type xen_mem_access_op = super::xen_mem_access_op__v4_15;
    pub type xen_mem_paging_op = super::xen_mem_paging_op__v4_15;
    pub type xen_mem_sharing_op = super::xen_mem_sharing_op__v4_15;
    pub type xen_reserved_device_memory = super::xen_reserved_device_memory__v4_15;
    pub type xen_reserved_device_memory_map = super::xen_reserved_device_memory_map__v4_15;
    pub type xen_set_cpufreq_gov = super::xen_set_cpufreq_gov__v4_15;
    pub type xen_set_cpufreq_para = super::xen_set_cpufreq_para__v4_15;
    pub type xen_sysctl_availheap = super::xen_sysctl_availheap__v4_15;
    pub type xen_sysctl_coverage_op = super::xen_sysctl_coverage_op__v4_15;
    pub type xen_sysctl_cpu_featureset = super::xen_sysctl_cpu_featureset__v4_15;
    pub type xen_sysctl_cpu_hotplug = super::xen_sysctl_cpu_hotplug__v4_15;
    pub type xen_sysctl_cpupool_op = super::xen_sysctl_cpupool_op__v4_15;
    pub type xen_sysctl_cputopoinfo = super::xen_sysctl_cputopoinfo__v4_15;
    pub type xen_sysctl_debug_keys = super::xen_sysctl_debug_keys__v4_15;
    pub type xen_sysctl_get_pmstat = super::xen_sysctl_get_pmstat__v4_15;
    pub type xen_sysctl_getcpuinfo = super::xen_sysctl_getcpuinfo__v4_15;
    pub type xen_sysctl_getdomaininfolist = super::xen_sysctl_getdomaininfolist__v4_15;
    pub type xen_sysctl_livepatch_action = super::xen_sysctl_livepatch_action__v4_15;
    pub type xen_sysctl_livepatch_get = super::xen_sysctl_livepatch_get__v4_15;
    pub type xen_sysctl_livepatch_list = super::xen_sysctl_livepatch_list__v4_15;
    pub type xen_sysctl_livepatch_upload = super::xen_sysctl_livepatch_upload__v4_15;
    pub type xen_sysctl_lockprof_op = super::xen_sysctl_lockprof_op__v4_15;
    pub type xen_sysctl_numainfo = super::xen_sysctl_numainfo__v4_15;
    pub type xen_sysctl_page_offline_op = super::xen_sysctl_page_offline_op__v4_15;
    pub type xen_sysctl_pcitopoinfo = super::xen_sysctl_pcitopoinfo__v4_15;
    pub type xen_sysctl_perfc_op = super::xen_sysctl_perfc_op__v4_15;
    pub type xen_sysctl_psr_alloc = super::xen_sysctl_psr_alloc__v4_15;
    pub type xen_sysctl_psr_cmt_op = super::xen_sysctl_psr_cmt_op__v4_15;
    pub type xen_sysctl_readconsole = super::xen_sysctl_readconsole__v4_15;
    pub type xen_sysctl_sched_id = super::xen_sysctl_sched_id__v4_15;
    pub type xen_sysctl_sched_arinc653 = super::xen_sysctl_sched_arinc653__v4_15;
    pub type xen_sysctl_tbuf_op = super::xen_sysctl_tbuf_op__v4_15;
    pub type xen_sysctl_cpuinfo = super::xen_sysctl_cpuinfo__v4_15;
    pub type xen_sysctl_cputopo = super::xen_sysctl_cputopo__v4_15;
    pub type xen_sysctl_lockprof_data = super::xen_sysctl_lockprof_data__v4_15;
    pub type xen_sysctl_meminfo = super::xen_sysctl_meminfo__v4_15;
    pub type xen_sysctl_perfc_desc = super::xen_sysctl_perfc_desc__v4_15;
    pub type vm_event_back_ring_t = super::vm_event_back_ring_t__v4_15;
    pub type vm_event_front_ring_t = super::vm_event_front_ring_t__v4_15;
    pub type xen_domctl_schedparam_vcpu_t = super::xen_domctl_schedparam_vcpu_t__v4_15;
    pub type xen_domctl_vcpu_msr_t = super::xen_domctl_vcpu_msr_t__v4_15;
    pub type xen_domctl_vmtrace_op_t = super::xen_domctl_vmtrace_op_t__v4_15;
    pub type xen_livepatch_status_t = super::xen_livepatch_status_t__v4_15;
    pub type xen_mem_access_op_t = super::xen_mem_access_op_t__v4_15;
    pub type xen_mem_paging_op_t = super::xen_mem_paging_op_t__v4_15;
    pub type xen_mem_sharing_op_t = super::xen_mem_sharing_op_t__v4_15;
    pub type xen_reserved_device_memory_map_t = super::xen_reserved_device_memory_map_t__v4_15;
    pub type xen_reserved_device_memory_t = super::xen_reserved_device_memory_t__v4_15;
    pub type xen_sysctl_cpuinfo_t = super::xen_sysctl_cpuinfo_t__v4_15;
    pub type xen_sysctl_cputopo_t = super::xen_sysctl_cputopo_t__v4_15;
    pub type xen_sysctl_lockprof_data_t = super::xen_sysctl_lockprof_data_t__v4_15;
    pub type xen_sysctl_meminfo_t = super::xen_sysctl_meminfo_t__v4_15;
    pub type xen_sysctl_perfc_desc_t = super::xen_sysctl_perfc_desc_t__v4_15;
    pub type xen_sysctl_perfc_val_t = super::xen_sysctl_perfc_val_t__v4_15;
    pub const ARINC653_MAX_DOMAINS_PER_SCHEDULE: u64 = 64;
    pub const CPUFREQ_NAME_LEN: u64 = 16;
    pub const CPUFREQ_PARA: u64 = 16;
    pub const DPCI_ADD_MAPPING: u64 = 1;
    pub const DPCI_REMOVE_MAPPING: u64 = 0;
    pub const DT_IRQ_TYPE_EDGE_BOTH: u64 = 3;
    pub const DT_IRQ_TYPE_EDGE_FALLING: u64 = 2;
    pub const DT_IRQ_TYPE_EDGE_RISING: u64 = 1;
    pub const DT_IRQ_TYPE_INVALID: u64 = 16;
    pub const DT_IRQ_TYPE_LEVEL_HIGH: u64 = 4;
    pub const DT_IRQ_TYPE_LEVEL_LOW: u64 = 8;
    pub const DT_IRQ_TYPE_LEVEL_MASK: u64 = 12;
    pub const DT_IRQ_TYPE_NONE: u64 = 0;
    pub const DT_IRQ_TYPE_SENSE_MASK: u64 = 15;
    pub const GET_CPUFREQ_AVGFREQ: u64 = 20;
    pub const GET_CPUFREQ_PARA: u64 = 17;
    pub const GUEST_PHANDLE_GIC: u64 = 65000;
    pub const GUEST_ROOT_ADDRESS_CELLS: u64 = 2;
    pub const GUEST_ROOT_SIZE_CELLS: u64 = 2;
    pub const HVMOP_get_mem_access: u64 = 13;
    pub const HVMOP_set_mem_access: u64 = 12;
    pub const HVM_IOREQSRV_BUFIOREQ_ATOMIC: u64 = 2;
    pub const HVM_IOREQSRV_BUFIOREQ_LEGACY: u64 = 1;
    pub const HVM_IOREQSRV_BUFIOREQ_OFF: u64 = 0;
    pub const HVM_PARAM_BUFIOREQ_EVTCHN: u64 = 26;
    pub const HVM_PARAM_DM_DOMAIN: u64 = 13;
    pub const HVM_PARAM_MEMORY_EVENT_CR0: u64 = 20;
    pub const HVM_PARAM_MEMORY_EVENT_CR3: u64 = 21;
    pub const HVM_PARAM_MEMORY_EVENT_CR4: u64 = 22;
    pub const HVM_PARAM_MEMORY_EVENT_INT3: u64 = 23;
    pub const HVM_PARAM_MEMORY_EVENT_MSR: u64 = 30;
    pub const HVM_PARAM_MEMORY_EVENT_SINGLE_STEP: u64 = 25;
    pub const HVM_PARAM_NESTEDHVM: u64 = 24;
    pub const HVM_PARAM_PAE_ENABLED: u64 = 4;
    pub const LIVEPATCH_ACTION_APPLY: u64 = 3;
    pub const LIVEPATCH_ACTION_APPLY_NODEPS: u64 = 1;
    pub const LIVEPATCH_ACTION_REPLACE: u64 = 4;
    pub const LIVEPATCH_ACTION_REVERT: u64 = 2;
    pub const LIVEPATCH_ACTION_UNLOAD: u64 = 1;
    pub const LIVEPATCH_PAYLOAD_VERSION: u64 = 2;
    pub const LIVEPATCH_STATE_APPLIED: u64 = 2;
    pub const LIVEPATCH_STATE_CHECKED: u64 = 1;
    pub const LOCKPROF_TYPE_GLOBAL: u64 = 0;
    pub const LOCKPROF_TYPE_N: u64 = 2;
    pub const LOCKPROF_TYPE_PERDOM: u64 = 1;
    pub const MEM_ACCESS_FAULT_IN_GPT: u64 = 32;
    pub const MEM_ACCESS_FAULT_WITH_GLA: u64 = 16;
    pub const MEM_ACCESS_GLA_VALID: u64 = 8;
    pub const MEM_ACCESS_R: u64 = 1;
    pub const MEM_ACCESS_RW: u64 = 3;
    pub const MEM_ACCESS_RWX: u64 = 7;
    pub const MEM_ACCESS_RX: u64 = 5;
    pub const MEM_ACCESS_W: u64 = 2;
    pub const MEM_ACCESS_WX: u64 = 6;
    pub const MEM_ACCESS_X: u64 = 4;
    pub const MEM_PAGING_DROP_PAGE: u64 = 1;
    pub const MEM_PAGING_EVICT_FAIL: u64 = 2;
    pub const PG_OFFLINE_AGAIN: u64 = 16;
    pub const PG_OFFLINE_ANONYMOUS: u64 = 1024;
    pub const PG_OFFLINE_BROKEN: u64 = 8192;
    pub const PG_OFFLINE_DOM0PAGE: u64 = 512;
    pub const PG_OFFLINE_FAILED: u64 = 8;
    pub const PG_OFFLINE_INVALID: u64 = 1;
    pub const PG_OFFLINE_MISC_MASK: u64 = 4080;
    pub const PG_OFFLINE_NOT_CONV_RAM: u64 = 2048;
    pub const PG_OFFLINE_OFFLINED: u64 = 2;
    pub const PG_OFFLINE_OWNED: u64 = 4096;
    pub const PG_OFFLINE_OWNER_SHIFT: u64 = 16;
    pub const PG_OFFLINE_PENDING: u64 = 4;
    pub const PG_OFFLINE_STATUS_BROKEN: u64 = 16;
    pub const PG_OFFLINE_STATUS_MASK: u64 = 255;
    pub const PG_OFFLINE_STATUS_OFFLINED: u64 = 2;
    pub const PG_OFFLINE_STATUS_OFFLINE_PENDING: u64 = 8;
    pub const PG_OFFLINE_STATUS_ONLINE: u64 = 4;
    pub const PG_OFFLINE_XENPAGE: u64 = 256;
    pub const PG_ONLINE_BROKEN: u64 = 8192;
    pub const PG_ONLINE_FAILED: u64 = 8;
    pub const PG_ONLINE_ONLINED: u64 = 2;
    pub const PMSTAT_CATEGORY_MASK: u64 = 240;
    pub const PMSTAT_CX: u64 = 32;
    pub const PMSTAT_PX: u64 = 16;
    pub const PMSTAT_get_cxstat: u64 = 34;
    pub const PMSTAT_get_max_cx: u64 = 33;
    pub const PMSTAT_get_max_px: u64 = 17;
    pub const PMSTAT_get_pxstat: u64 = 18;
    pub const PMSTAT_reset_cxstat: u64 = 35;
    pub const PMSTAT_reset_pxstat: u64 = 19;
    pub const PM_PARA_CATEGORY_MASK: u64 = 240;
    pub const PT_IRQ_TYPE_ISA: u64 = 1;
    pub const PT_IRQ_TYPE_MSI: u64 = 2;
    pub const PT_IRQ_TYPE_MSI_TRANSLATE: u64 = 3;
    pub const PT_IRQ_TYPE_PCI: u64 = 0;
    pub const PT_IRQ_TYPE_SPI: u64 = 4;
    pub const SAMPLING_RATE: u64 = 4;
    pub const SCALING_MAX_FREQ: u64 = 1;
    pub const SCALING_MIN_FREQ: u64 = 2;
    pub const SCALING_SETSPEED: u64 = 3;
    pub const SET_CPUFREQ_GOV: u64 = 18;
    pub const SET_CPUFREQ_PARA: u64 = 19;
    pub const UP_THRESHOLD: u64 = 5;
    pub const VM_EVENT_DESC_GDTR: u64 = 2;
    pub const VM_EVENT_DESC_IDTR: u64 = 1;
    pub const VM_EVENT_DESC_LDTR: u64 = 3;
    pub const VM_EVENT_DESC_TR: u64 = 4;
    pub const VM_EVENT_FLAG_ALTERNATE_P2M: u64 = 128;
    pub const VM_EVENT_FLAG_DENY: u64 = 64;
    pub const VM_EVENT_FLAG_EMULATE: u64 = 4;
    pub const VM_EVENT_FLAG_EMULATE_NOWRITE: u64 = 8;
    pub const VM_EVENT_FLAG_FAST_SINGLESTEP: u64 = 2048;
    pub const VM_EVENT_FLAG_FOREIGN: u64 = 2;
    pub const VM_EVENT_FLAG_GET_NEXT_INTERRUPT: u64 = 1024;
    pub const VM_EVENT_FLAG_NESTED_P2M: u64 = 4096;
    pub const VM_EVENT_FLAG_RESET_VMTRACE: u64 = 8192;
    pub const VM_EVENT_FLAG_SET_EMUL_INSN_DATA: u64 = 512;
    pub const VM_EVENT_FLAG_SET_EMUL_READ_DATA: u64 = 32;
    pub const VM_EVENT_FLAG_SET_REGISTERS: u64 = 256;
    pub const VM_EVENT_FLAG_TOGGLE_SINGLESTEP: u64 = 16;
    pub const VM_EVENT_FLAG_VCPU_PAUSED: u64 = 1;
    pub const VM_EVENT_REASON_CPUID: u64 = 10;
    pub const VM_EVENT_REASON_DEBUG_EXCEPTION: u64 = 9;
    pub const VM_EVENT_REASON_DESCRIPTOR_ACCESS: u64 = 13;
    pub const VM_EVENT_REASON_EMUL_UNIMPLEMENTED: u64 = 14;
    pub const VM_EVENT_REASON_GUEST_REQUEST: u64 = 8;
    pub const VM_EVENT_REASON_INTERRUPT: u64 = 12;
    pub const VM_EVENT_REASON_MEM_ACCESS: u64 = 1;
    pub const VM_EVENT_REASON_MEM_PAGING: u64 = 3;
    pub const VM_EVENT_REASON_MEM_SHARING: u64 = 2;
    pub const VM_EVENT_REASON_MOV_TO_MSR: u64 = 5;
    pub const VM_EVENT_REASON_PRIVILEGED_CALL: u64 = 11;
    pub const VM_EVENT_REASON_SINGLESTEP: u64 = 7;
    pub const VM_EVENT_REASON_SOFTWARE_BREAKPOINT: u64 = 6;
    pub const VM_EVENT_REASON_UNKNOWN: u64 = 0;
    pub const VM_EVENT_REASON_WRITE_CTRLREG: u64 = 4;
    pub const VM_EVENT_X86_CR0: u64 = 0;
    pub const VM_EVENT_X86_CR3: u64 = 1;
    pub const VM_EVENT_X86_CR4: u64 = 2;
    pub const VM_EVENT_X86_XCR0: u64 = 3;
    pub const XENMEM_FORK_BLOCK_INTERRUPTS: u64 = 2;
    pub const XENMEM_FORK_WITH_IOMMU_ALLOWED: u64 = 1;
    pub const XENMEM_RDM_ALL: u64 = 1;
    pub const XENMEM_SHARING_OP_C_HANDLE_INVALID: i64 = -9;
    pub const XENMEM_SHARING_OP_FIELD_IS_GREF_FLAG: u64 = 4611686018427387904;
    pub const XENMEM_SHARING_OP_S_HANDLE_INVALID: i64 = -10;
    pub const XENMEM_access_n: u64 = 0;
    pub const XENMEM_access_n2rwx: u64 = 9;
    pub const XENMEM_access_op: u64 = 21;
    pub const XENMEM_access_op_get_access: u64 = 1;
    pub const XENMEM_access_op_set_access: u64 = 0;
    pub const XENMEM_access_op_set_access_multi: u64 = 4;
    pub const XENMEM_access_r: u64 = 1;
    pub const XENMEM_access_rw: u64 = 3;
    pub const XENMEM_access_rwx: u64 = 7;
    pub const XENMEM_access_rx: u64 = 5;
    pub const XENMEM_access_rx2rw: u64 = 8;
    pub const XENMEM_access_w: u64 = 2;
    pub const XENMEM_access_wx: u64 = 6;
    pub const XENMEM_access_x: u64 = 4;
    pub const XENMEM_claim_pages: u64 = 24;
    pub const XENMEM_get_sharing_freed_pages: u64 = 18;
    pub const XENMEM_get_sharing_shared_pages: u64 = 19;
    pub const XENMEM_paging_op: u64 = 20;
    pub const XENMEM_paging_op_evict: u64 = 1;
    pub const XENMEM_paging_op_nominate: u64 = 0;
    pub const XENMEM_paging_op_prep: u64 = 2;
    pub const XENMEM_reserved_device_memory_map: u64 = 27;
    pub const XENMEM_sharing_op: u64 = 22;
    pub const XENMEM_sharing_op_add_physmap: u64 = 6;
    pub const XENMEM_sharing_op_audit: u64 = 7;
    pub const XENMEM_sharing_op_debug_gfn: u64 = 3;
    pub const XENMEM_sharing_op_debug_gref: u64 = 5;
    pub const XENMEM_sharing_op_debug_mfn: u64 = 4;
    pub const XENMEM_sharing_op_fork: u64 = 9;
    pub const XENMEM_sharing_op_fork_reset: u64 = 10;
    pub const XENMEM_sharing_op_nominate_gfn: u64 = 0;
    pub const XENMEM_sharing_op_nominate_gref: u64 = 1;
    pub const XENMEM_sharing_op_range_share: u64 = 8;
    pub const XENMEM_sharing_op_share: u64 = 2;
    pub const XEN_ACPI_CPU_MAP: u64 = 44800;
    pub const XEN_ACPI_CPU_MAP_LEN: u64 = 16;
    pub const XEN_ACPI_GPE0_CPUHP_BIT: u64 = 2;
    pub const XEN_CPUID_INPUT_UNUSED: u64 = 4294967295;
    pub const XEN_DOMCTL_CDF_hap: u64 = 2;
    pub const XEN_DOMCTL_CDF_hvm: u64 = 1;
    pub const XEN_DOMCTL_CDF_iommu: u64 = 32;
    pub const XEN_DOMCTL_CDF_nested_virt: u64 = 64;
    pub const XEN_DOMCTL_CDF_oos_off: u64 = 8;
    pub const XEN_DOMCTL_CDF_s3_integrity: u64 = 4;
    pub const XEN_DOMCTL_CDF_xs_domain: u64 = 16;
    pub const XEN_DOMCTL_DEBUG_OP_SINGLE_STEP_OFF: u64 = 0;
    pub const XEN_DOMCTL_DEBUG_OP_SINGLE_STEP_ON: u64 = 1;
    pub const XEN_DOMCTL_DELETE_MEM_CACHEATTR: u64 = 4294967295;
    pub const XEN_DOMCTL_DEV_DT: u64 = 1;
    pub const XEN_DOMCTL_DEV_PCI: u64 = 0;
    pub const XEN_DOMCTL_DEV_RDM_RELAXED: u64 = 1;
    pub const XEN_DOMCTL_IOMMU_MAX: u64 = 1;
    pub const XEN_DOMCTL_IOMMU_no_sharept: u64 = 1;
    pub const XEN_DOMCTL_MEM_CACHEATTR_UC: u64 = 0;
    pub const XEN_DOMCTL_MEM_CACHEATTR_UCM: u64 = 7;
    pub const XEN_DOMCTL_MEM_CACHEATTR_WB: u64 = 6;
    pub const XEN_DOMCTL_MEM_CACHEATTR_WC: u64 = 1;
    pub const XEN_DOMCTL_MEM_CACHEATTR_WP: u64 = 5;
    pub const XEN_DOMCTL_MEM_CACHEATTR_WT: u64 = 4;
    pub const XEN_DOMCTL_MEM_SHARING_CONTROL: u64 = 0;
    pub const XEN_DOMCTL_MONITOR_EVENT_CPUID: u64 = 6;
    pub const XEN_DOMCTL_MONITOR_EVENT_DEBUG_EXCEPTION: u64 = 5;
    pub const XEN_DOMCTL_MONITOR_EVENT_DESC_ACCESS: u64 = 9;
    pub const XEN_DOMCTL_MONITOR_EVENT_EMUL_UNIMPLEMENTED: u64 = 10;
    pub const XEN_DOMCTL_MONITOR_EVENT_GUEST_REQUEST: u64 = 4;
    pub const XEN_DOMCTL_MONITOR_EVENT_INGUEST_PAGEFAULT: u64 = 11;
    pub const XEN_DOMCTL_MONITOR_EVENT_INTERRUPT: u64 = 8;
    pub const XEN_DOMCTL_MONITOR_EVENT_MOV_TO_MSR: u64 = 1;
    pub const XEN_DOMCTL_MONITOR_EVENT_PRIVILEGED_CALL: u64 = 7;
    pub const XEN_DOMCTL_MONITOR_EVENT_SINGLESTEP: u64 = 2;
    pub const XEN_DOMCTL_MONITOR_EVENT_SOFTWARE_BREAKPOINT: u64 = 3;
    pub const XEN_DOMCTL_MONITOR_EVENT_WRITE_CTRLREG: u64 = 0;
    pub const XEN_DOMCTL_MONITOR_OP_CONTROL_REGISTERS: u64 = 4;
    pub const XEN_DOMCTL_MONITOR_OP_DISABLE: u64 = 1;
    pub const XEN_DOMCTL_MONITOR_OP_EMULATE_EACH_REP: u64 = 3;
    pub const XEN_DOMCTL_MONITOR_OP_ENABLE: u64 = 0;
    pub const XEN_DOMCTL_MONITOR_OP_GET_CAPABILITIES: u64 = 2;
    pub const XEN_DOMCTL_PFINFO_BROKEN: u64 = 3489660928;
    pub const XEN_DOMCTL_PFINFO_L1TAB: u64 = 268435456;
    pub const XEN_DOMCTL_PFINFO_L2TAB: u64 = 536870912;
    pub const XEN_DOMCTL_PFINFO_L3TAB: u64 = 805306368;
    pub const XEN_DOMCTL_PFINFO_L4TAB: u64 = 1073741824;
    pub const XEN_DOMCTL_PFINFO_LPINTAB: u64 = 2147483648;
    pub const XEN_DOMCTL_PFINFO_LTABTYPE_MASK: u64 = 1879048192;
    pub const XEN_DOMCTL_PFINFO_LTAB_MASK: u64 = 4026531840;
    pub const XEN_DOMCTL_PFINFO_LTAB_SHIFT: u64 = 28;
    pub const XEN_DOMCTL_PFINFO_NOTAB: u64 = 0;
    pub const XEN_DOMCTL_PFINFO_XALLOC: u64 = 3758096384;
    pub const XEN_DOMCTL_PFINFO_XTAB: u64 = 4026531840;
    pub const XEN_DOMCTL_PSR_CMT_OP_ATTACH: u64 = 1;
    pub const XEN_DOMCTL_PSR_CMT_OP_DETACH: u64 = 0;
    pub const XEN_DOMCTL_PSR_CMT_OP_QUERY_RMID: u64 = 2;
    pub const XEN_DOMCTL_PSR_GET_L2_CBM: u64 = 7;
    pub const XEN_DOMCTL_PSR_GET_L3_CBM: u64 = 1;
    pub const XEN_DOMCTL_PSR_GET_L3_CODE: u64 = 4;
    pub const XEN_DOMCTL_PSR_GET_L3_DATA: u64 = 5;
    pub const XEN_DOMCTL_PSR_GET_MBA_THRTL: u64 = 9;
    pub const XEN_DOMCTL_PSR_SET_L2_CBM: u64 = 6;
    pub const XEN_DOMCTL_PSR_SET_L3_CBM: u64 = 0;
    pub const XEN_DOMCTL_PSR_SET_L3_CODE: u64 = 2;
    pub const XEN_DOMCTL_PSR_SET_L3_DATA: u64 = 3;
    pub const XEN_DOMCTL_PSR_SET_MBA_THRTL: u64 = 8;
    pub const XEN_DOMCTL_SCHEDOP_getinfo: u64 = 1;
    pub const XEN_DOMCTL_SCHEDOP_getvcpuinfo: u64 = 3;
    pub const XEN_DOMCTL_SCHEDOP_putinfo: u64 = 0;
    pub const XEN_DOMCTL_SCHEDOP_putvcpuinfo: u64 = 2;
    pub const XEN_DOMCTL_SCHEDRT_extra: u64 = 1;
    pub const XEN_DOMCTL_SENDTRIGGER_INIT: u64 = 2;
    pub const XEN_DOMCTL_SENDTRIGGER_NMI: u64 = 0;
    pub const XEN_DOMCTL_SENDTRIGGER_POWER: u64 = 3;
    pub const XEN_DOMCTL_SENDTRIGGER_RESET: u64 = 1;
    pub const XEN_DOMCTL_SENDTRIGGER_SLEEP: u64 = 4;
    pub const XEN_DOMCTL_SHADOW_ENABLE_EXTERNAL: u64 = 16;
    pub const XEN_DOMCTL_SHADOW_ENABLE_LOG_DIRTY: u64 = 4;
    pub const XEN_DOMCTL_SHADOW_ENABLE_REFCOUNT: u64 = 2;
    pub const XEN_DOMCTL_SHADOW_ENABLE_TRANSLATE: u64 = 8;
    pub const XEN_DOMCTL_SHADOW_LOGDIRTY_FINAL: u64 = 1;
    pub const XEN_DOMCTL_SHADOW_OP_CLEAN: u64 = 11;
    pub const XEN_DOMCTL_SHADOW_OP_ENABLE: u64 = 32;
    pub const XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY: u64 = 2;
    pub const XEN_DOMCTL_SHADOW_OP_ENABLE_TEST: u64 = 1;
    pub const XEN_DOMCTL_SHADOW_OP_GET_ALLOCATION: u64 = 30;
    pub const XEN_DOMCTL_SHADOW_OP_OFF: u64 = 0;
    pub const XEN_DOMCTL_SHADOW_OP_PEEK: u64 = 12;
    pub const XEN_DOMCTL_SHADOW_OP_SET_ALLOCATION: u64 = 31;
    pub const XEN_DOMCTL_VMSI_X86_DELIV_MASK: u64 = 28672;
    pub const XEN_DOMCTL_VMSI_X86_DEST_ID_MASK: u64 = 255;
    pub const XEN_DOMCTL_VMSI_X86_DM_MASK: u64 = 512;
    pub const XEN_DOMCTL_VMSI_X86_RH_MASK: u64 = 256;
    pub const XEN_DOMCTL_VMSI_X86_TRIG_MASK: u64 = 32768;
    pub const XEN_DOMCTL_VMSI_X86_UNMASKED: u64 = 65536;
    pub const XEN_DOMCTL_VM_EVENT_OP_MONITOR: u64 = 2;
    pub const XEN_DOMCTL_VM_EVENT_OP_PAGING: u64 = 1;
    pub const XEN_DOMCTL_VM_EVENT_OP_SHARING: u64 = 3;
    pub const XEN_DOMCTL_VUART_OP_INIT: u64 = 0;
    pub const XEN_DOMCTL_VUART_TYPE_VPL011: u64 = 0;
    pub const XEN_DOMCTL_assign_device: u64 = 37;
    pub const XEN_DOMCTL_audit_p2m: u64 = 65;
    pub const XEN_DOMCTL_bind_pt_irq: u64 = 38;
    pub const XEN_DOMCTL_cacheflush: u64 = 71;
    pub const XEN_DOMCTL_createdomain: u64 = 1;
    pub const XEN_DOMCTL_deassign_device: u64 = 47;
    pub const XEN_DOMCTL_debug_op: u64 = 54;
    pub const XEN_DOMCTL_destroydomain: u64 = 2;
    pub const XEN_DOMCTL_gdbsx_domstatus: u64 = 1003;
    pub const XEN_DOMCTL_gdbsx_guestmemio: u64 = 1000;
    pub const XEN_DOMCTL_gdbsx_pausevcpu: u64 = 1001;
    pub const XEN_DOMCTL_gdbsx_unpausevcpu: u64 = 1002;
    pub const XEN_DOMCTL_get_address_size: u64 = 36;
    pub const XEN_DOMCTL_get_cpu_policy: u64 = 82;
    pub const XEN_DOMCTL_get_device_group: u64 = 50;
    pub const XEN_DOMCTL_get_ext_vcpucontext: u64 = 43;
    pub const XEN_DOMCTL_get_vcpu_msrs: u64 = 72;
    pub const XEN_DOMCTL_getdomaininfo: u64 = 5;
    pub const XEN_DOMCTL_gethvmcontext: u64 = 33;
    pub const XEN_DOMCTL_gethvmcontext_partial: u64 = 55;
    pub const XEN_DOMCTL_getnodeaffinity: u64 = 69;
    pub const XEN_DOMCTL_getpageframeinfo3: u64 = 61;
    pub const XEN_DOMCTL_gettscinfo: u64 = 59;
    pub const XEN_DOMCTL_getvcpuaffinity: u64 = 25;
    pub const XEN_DOMCTL_getvcpucontext: u64 = 13;
    pub const XEN_DOMCTL_getvcpuextstate: u64 = 63;
    pub const XEN_DOMCTL_getvcpuinfo: u64 = 14;
    pub const XEN_DOMCTL_hypercall_init: u64 = 22;
    pub const XEN_DOMCTL_iomem_permission: u64 = 20;
    pub const XEN_DOMCTL_ioport_mapping: u64 = 40;
    pub const XEN_DOMCTL_ioport_permission: u64 = 21;
    pub const XEN_DOMCTL_irq_permission: u64 = 19;
    pub const XEN_DOMCTL_max_mem: u64 = 11;
    pub const XEN_DOMCTL_max_vcpus: u64 = 15;
    pub const XEN_DOMCTL_mem_sharing_op: u64 = 57;
    pub const XEN_DOMCTL_memory_mapping: u64 = 39;
    pub const XEN_DOMCTL_monitor_op: u64 = 77;
    pub const XEN_DOMCTL_pausedomain: u64 = 3;
    pub const XEN_DOMCTL_psr_alloc: u64 = 78;
    pub const XEN_DOMCTL_psr_cmt_op: u64 = 75;
    pub const XEN_DOMCTL_real_mode_area: u64 = 26;
    pub const XEN_DOMCTL_resumedomain: u64 = 27;
    pub const XEN_DOMCTL_scheduler_op: u64 = 16;
    pub const XEN_DOMCTL_sendtrigger: u64 = 28;
    pub const XEN_DOMCTL_set_access_required: u64 = 64;
    pub const XEN_DOMCTL_set_address_size: u64 = 35;
    pub const XEN_DOMCTL_set_broken_page_p2m: u64 = 67;
    pub const XEN_DOMCTL_set_cpu_policy: u64 = 83;
    pub const XEN_DOMCTL_set_ext_vcpucontext: u64 = 42;
    pub const XEN_DOMCTL_set_opt_feature: u64 = 44;
    pub const XEN_DOMCTL_set_target: u64 = 46;
    pub const XEN_DOMCTL_set_vcpu_msrs: u64 = 73;
    pub const XEN_DOMCTL_set_virq_handler: u64 = 66;
    pub const XEN_DOMCTL_setdebugging: u64 = 18;
    pub const XEN_DOMCTL_setdomainhandle: u64 = 17;
    pub const XEN_DOMCTL_sethvmcontext: u64 = 34;
    pub const XEN_DOMCTL_setnodeaffinity: u64 = 68;
    pub const XEN_DOMCTL_settimeoffset: u64 = 24;
    pub const XEN_DOMCTL_settscinfo: u64 = 60;
    pub const XEN_DOMCTL_setvcpuaffinity: u64 = 9;
    pub const XEN_DOMCTL_setvcpucontext: u64 = 12;
    pub const XEN_DOMCTL_setvcpuextstate: u64 = 62;
    pub const XEN_DOMCTL_setvnumainfo: u64 = 74;
    pub const XEN_DOMCTL_shadow_op: u64 = 10;
    pub const XEN_DOMCTL_soft_reset: u64 = 79;
    pub const XEN_DOMCTL_subscribe: u64 = 29;
    pub const XEN_DOMCTL_test_assign_device: u64 = 45;
    pub const XEN_DOMCTL_unbind_pt_irq: u64 = 48;
    pub const XEN_DOMCTL_unpausedomain: u64 = 4;
    pub const XEN_DOMCTL_vm_event_op: u64 = 56;
    pub const XEN_DOMCTL_vmtrace_disable: u64 = 2;
    pub const XEN_DOMCTL_vmtrace_enable: u64 = 1;
    pub const XEN_DOMCTL_vmtrace_get_option: u64 = 5;
    pub const XEN_DOMCTL_vmtrace_op: u64 = 84;
    pub const XEN_DOMCTL_vmtrace_output_position: u64 = 4;
    pub const XEN_DOMCTL_vmtrace_reset_and_enable: u64 = 3;
    pub const XEN_DOMCTL_vmtrace_set_option: u64 = 6;
    pub const XEN_DOMCTL_vuart_op: u64 = 81;
    pub const XEN_DOMINF_blocked: u64 = 16;
    pub const XEN_DOMINF_debugged: u64 = 64;
    pub const XEN_DOMINF_dying: u64 = 1;
    pub const XEN_DOMINF_hap: u64 = 256;
    pub const XEN_DOMINF_hvm_guest: u64 = 2;
    pub const XEN_DOMINF_paused: u64 = 8;
    pub const XEN_DOMINF_running: u64 = 32;
    pub const XEN_DOMINF_shutdown: u64 = 4;
    pub const XEN_DOMINF_shutdownmask: u64 = 255;
    pub const XEN_DOMINF_shutdownshift: u64 = 16;
    pub const XEN_DOMINF_xs_domain: u64 = 128;
    pub const XEN_GCOV_FORMAT_MAGIC: u64 = 1480806230;
    pub const XEN_INVALID_CORE_ID: u64 = 4294967295;
    pub const XEN_INVALID_DEV: u64 = 4294967294;
    pub const XEN_INVALID_MAX_VCPU_ID: u64 = 4294967295;
    pub const XEN_INVALID_MEM_SZ: u64 = 4294967295;
    pub const XEN_INVALID_NODE_DIST: u64 = 4294967295;
    pub const XEN_INVALID_NODE_ID: u64 = 4294967295;
    pub const XEN_INVALID_SOCKET_ID: u64 = 4294967295;
    pub const XEN_LIVEPATCH_NAME_SIZE: u64 = 128;
    pub const XEN_MC_INJECT_CPU_BROADCAST: u64 = 8;
    pub const XEN_MC_INJECT_TYPE_CMCI: u64 = 1;
    pub const XEN_MC_INJECT_TYPE_LMCE: u64 = 2;
    pub const XEN_MC_INJECT_TYPE_MASK: u64 = 7;
    pub const XEN_MC_INJECT_TYPE_MCE: u64 = 0;
    pub const XEN_MC_inject_v2: u64 = 6;
    pub const XEN_SCHEDULER_ARINC653: u64 = 7;
    pub const XEN_SCHEDULER_CREDIT: u64 = 5;
    pub const XEN_SCHEDULER_CREDIT2: u64 = 6;
    pub const XEN_SCHEDULER_NULL: u64 = 9;
    pub const XEN_SCHEDULER_RTDS: u64 = 8;
    pub const XEN_SYSCTL_COVERAGE_get_size: u64 = 0;
    pub const XEN_SYSCTL_COVERAGE_read: u64 = 1;
    pub const XEN_SYSCTL_COVERAGE_reset: u64 = 2;
    pub const XEN_SYSCTL_CPUPOOL_OP_ADDCPU: u64 = 4;
    pub const XEN_SYSCTL_CPUPOOL_OP_CREATE: u64 = 1;
    pub const XEN_SYSCTL_CPUPOOL_OP_DESTROY: u64 = 2;
    pub const XEN_SYSCTL_CPUPOOL_OP_FREEINFO: u64 = 7;
    pub const XEN_SYSCTL_CPUPOOL_OP_INFO: u64 = 3;
    pub const XEN_SYSCTL_CPUPOOL_OP_MOVEDOMAIN: u64 = 6;
    pub const XEN_SYSCTL_CPUPOOL_OP_RMCPU: u64 = 5;
    pub const XEN_SYSCTL_CPUPOOL_PAR_ANY: u64 = 4294967295;
    pub const XEN_SYSCTL_CPU_HOTPLUG_OFFLINE: u64 = 1;
    pub const XEN_SYSCTL_CPU_HOTPLUG_ONLINE: u64 = 0;
    pub const XEN_SYSCTL_CPU_HOTPLUG_SMT_DISABLE: u64 = 3;
    pub const XEN_SYSCTL_CPU_HOTPLUG_SMT_ENABLE: u64 = 2;
    pub const XEN_SYSCTL_CSCHED_MGR_DLY_MAX_US: u64 = 100000;
    pub const XEN_SYSCTL_CSCHED_TSLICE_MAX: u64 = 1000;
    pub const XEN_SYSCTL_CSCHED_TSLICE_MIN: u64 = 1;
    pub const XEN_SYSCTL_CX_UNLIMITED: u64 = 4294967295;
    pub const XEN_SYSCTL_LIVEPATCH_ACTION: u64 = 3;
    pub const XEN_SYSCTL_LIVEPATCH_GET: u64 = 1;
    pub const XEN_SYSCTL_LIVEPATCH_LIST: u64 = 2;
    pub const XEN_SYSCTL_LIVEPATCH_UPLOAD: u64 = 0;
    pub const XEN_SYSCTL_LOCKPROF_query: u64 = 2;
    pub const XEN_SYSCTL_LOCKPROF_reset: u64 = 1;
    pub const XEN_SYSCTL_PERFCOP_query: u64 = 2;
    pub const XEN_SYSCTL_PERFCOP_reset: u64 = 1;
    pub const XEN_SYSCTL_PHYSCAP_directio: u64 = 4;
    pub const XEN_SYSCTL_PHYSCAP_hap: u64 = 8;
    pub const XEN_SYSCTL_PHYSCAP_hvm: u64 = 1;
    pub const XEN_SYSCTL_PHYSCAP_iommu_hap_pt_share: u64 = 32;
    pub const XEN_SYSCTL_PHYSCAP_pv: u64 = 2;
    pub const XEN_SYSCTL_PHYSCAP_shadow: u64 = 16;
    pub const XEN_SYSCTL_PHYSCAP_vmtrace: u64 = 64;
    pub const XEN_SYSCTL_PSR_CAT_L3_CDP: u64 = 1;
    pub const XEN_SYSCTL_PSR_CMT_enabled: u64 = 3;
    pub const XEN_SYSCTL_PSR_CMT_get_l3_cache_size: u64 = 2;
    pub const XEN_SYSCTL_PSR_CMT_get_l3_event_mask: u64 = 4;
    pub const XEN_SYSCTL_PSR_CMT_get_l3_upscaling_factor: u64 = 1;
    pub const XEN_SYSCTL_PSR_CMT_get_total_rmid: u64 = 0;
    pub const XEN_SYSCTL_PSR_MBA_LINEAR: u64 = 1;
    pub const XEN_SYSCTL_PSR_get_l2_info: u64 = 1;
    pub const XEN_SYSCTL_PSR_get_l3_info: u64 = 0;
    pub const XEN_SYSCTL_PSR_get_mba_info: u64 = 2;
    pub const XEN_SYSCTL_SCHEDOP_getinfo: u64 = 1;
    pub const XEN_SYSCTL_SCHEDOP_putinfo: u64 = 0;
    pub const XEN_SYSCTL_SCHED_RATELIMIT_MAX: u64 = 500000;
    pub const XEN_SYSCTL_SCHED_RATELIMIT_MIN: u64 = 100;
    pub const XEN_SYSCTL_TBUFOP_disable: u64 = 5;
    pub const XEN_SYSCTL_TBUFOP_enable: u64 = 4;
    pub const XEN_SYSCTL_TBUFOP_get_info: u64 = 0;
    pub const XEN_SYSCTL_TBUFOP_set_cpu_mask: u64 = 1;
    pub const XEN_SYSCTL_TBUFOP_set_evt_mask: u64 = 2;
    pub const XEN_SYSCTL_TBUFOP_set_size: u64 = 3;
    pub const XEN_SYSCTL_availheap: u64 = 9;
    pub const XEN_SYSCTL_coverage_op: u64 = 20;
    pub const XEN_SYSCTL_cpu_featureset_host: u64 = 1;
    pub const XEN_SYSCTL_cpu_featureset_hvm: u64 = 3;
    pub const XEN_SYSCTL_cpu_featureset_pv: u64 = 2;
    pub const XEN_SYSCTL_cpu_featureset_raw: u64 = 0;
    pub const XEN_SYSCTL_cpu_hotplug: u64 = 11;
    pub const XEN_SYSCTL_cpu_policy_host: u64 = 1;
    pub const XEN_SYSCTL_cpu_policy_hvm_default: u64 = 5;
    pub const XEN_SYSCTL_cpu_policy_hvm_max: u64 = 3;
    pub const XEN_SYSCTL_cpu_policy_pv_default: u64 = 4;
    pub const XEN_SYSCTL_cpu_policy_pv_max: u64 = 2;
    pub const XEN_SYSCTL_cpu_policy_raw: u64 = 0;
    pub const XEN_SYSCTL_cpupool_op: u64 = 18;
    pub const XEN_SYSCTL_cputopoinfo: u64 = 16;
    pub const XEN_SYSCTL_debug_keys: u64 = 7;
    pub const XEN_SYSCTL_get_cpu_featureset: u64 = 26;
    pub const XEN_SYSCTL_get_cpu_policy: u64 = 29;
    pub const XEN_SYSCTL_get_pmstat: u64 = 10;
    pub const XEN_SYSCTL_getcpuinfo: u64 = 8;
    pub const XEN_SYSCTL_getdomaininfolist: u64 = 6;
    pub const XEN_SYSCTL_livepatch_op: u64 = 27;
    pub const XEN_SYSCTL_lockprof_op: u64 = 15;
    pub const XEN_SYSCTL_numainfo: u64 = 17;
    pub const XEN_SYSCTL_page_offline_op: u64 = 14;
    pub const XEN_SYSCTL_pcitopoinfo: u64 = 22;
    pub const XEN_SYSCTL_perfc_op: u64 = 5;
    pub const XEN_SYSCTL_physinfo: u64 = 3;
    pub const XEN_SYSCTL_pm_op: u64 = 12;
    pub const XEN_SYSCTL_pm_op_disable_turbo: u64 = 39;
    pub const XEN_SYSCTL_pm_op_enable_turbo: u64 = 38;
    pub const XEN_SYSCTL_pm_op_get_max_cstate: u64 = 34;
    pub const XEN_SYSCTL_pm_op_get_vcpu_migration_delay: u64 = 37;
    pub const XEN_SYSCTL_pm_op_set_max_cstate: u64 = 35;
    pub const XEN_SYSCTL_pm_op_set_sched_opt_smt: u64 = 33;
    pub const XEN_SYSCTL_pm_op_set_vcpu_migration_delay: u64 = 36;
    pub const XEN_SYSCTL_psr_alloc: u64 = 23;
    pub const XEN_SYSCTL_psr_cmt_op: u64 = 21;
    pub const XEN_SYSCTL_readconsole: u64 = 1;
    pub const XEN_SYSCTL_sched_id: u64 = 4;
    pub const XEN_SYSCTL_scheduler_op: u64 = 19;
    pub const XEN_SYSCTL_tbuf_op: u64 = 2;
    pub const XEN_VCPUAFFINITY_FORCE: u64 = 4;
    pub const XEN_VCPUAFFINITY_HARD: u64 = 1;
    pub const XEN_VCPUAFFINITY_SOFT: u64 = 2;
    pub const XEN_VM_EVENT_DISABLE: u64 = 1;
    pub const XEN_VM_EVENT_ENABLE: u64 = 0;
    pub const XEN_VM_EVENT_GET_VERSION: u64 = 3;
    pub const XEN_VM_EVENT_RESUME: u64 = 2;
    pub const XEN_X86_EMU_ALL: u64 = 2047;
    pub const XEN_X86_EMU_HPET: u64 = 2;
    pub const XEN_X86_EMU_IOAPIC: u64 = 16;
    pub const XEN_X86_EMU_IOMMU: u64 = 128;
    pub const XEN_X86_EMU_LAPIC: u64 = 1;
    pub const XEN_X86_EMU_PIC: u64 = 32;
    pub const XEN_X86_EMU_PIT: u64 = 256;
    pub const XEN_X86_EMU_PM: u64 = 4;
    pub const XEN_X86_EMU_RTC: u64 = 8;
    pub const XEN_X86_EMU_USE_PIRQ: u64 = 512;
    pub const XEN_X86_EMU_VGA: u64 = 64;
    pub const XEN_X86_EMU_VPCI: u64 = 1024;
    pub const XEN_X86_MSR_RELAXED: u64 = 1;
    pub const _XEN_DOMCTL_CDF_hap: u64 = 1;
    pub const _XEN_DOMCTL_CDF_hvm: u64 = 0;
    pub const _XEN_DOMCTL_CDF_iommu: u64 = 5;
    pub const _XEN_DOMCTL_CDF_nested_virt: u64 = 6;
    pub const _XEN_DOMCTL_CDF_oos_off: u64 = 3;
    pub const _XEN_DOMCTL_CDF_s3_integrity: u64 = 2;
    pub const _XEN_DOMCTL_CDF_xs_domain: u64 = 4;
    pub const _XEN_DOMCTL_IOMMU_no_sharept: u64 = 0;
    pub const _XEN_DOMCTL_SCHEDRT_extra: u64 = 0;
    pub const _XEN_DOMINF_blocked: u64 = 4;
    pub const _XEN_DOMINF_debugged: u64 = 6;
    pub const _XEN_DOMINF_dying: u64 = 0;
    pub const _XEN_DOMINF_hap: u64 = 8;
    pub const _XEN_DOMINF_hvm_guest: u64 = 1;
    pub const _XEN_DOMINF_paused: u64 = 3;
    pub const _XEN_DOMINF_running: u64 = 5;
    pub const _XEN_DOMINF_shutdown: u64 = 2;
    pub const _XEN_DOMINF_xs_domain: u64 = 7;
    pub const _XEN_SYSCTL_PHYSCAP_directio: u64 = 2;
    pub const _XEN_SYSCTL_PHYSCAP_hap: u64 = 3;
    pub const _XEN_SYSCTL_PHYSCAP_hvm: u64 = 0;
    pub const _XEN_SYSCTL_PHYSCAP_iommu_hap_pt_share: u64 = 5;
    pub const _XEN_SYSCTL_PHYSCAP_pv: u64 = 1;
    pub const _XEN_SYSCTL_PHYSCAP_shadow: u64 = 4;
    pub const _XEN_VCPUAFFINITY_FORCE: u64 = 2;
    pub const _XEN_VCPUAFFINITY_HARD: u64 = 0;
    pub const _XEN_VCPUAFFINITY_SOFT: u64 = 1;
    pub const _XEN_X86_EMU_HPET: u64 = 1;
    pub const _XEN_X86_EMU_IOAPIC: u64 = 4;
    pub const _XEN_X86_EMU_IOMMU: u64 = 7;
    pub const _XEN_X86_EMU_LAPIC: u64 = 0;
    pub const _XEN_X86_EMU_PIC: u64 = 5;
    pub const _XEN_X86_EMU_PIT: u64 = 8;
    pub const _XEN_X86_EMU_PM: u64 = 2;
    pub const _XEN_X86_EMU_RTC: u64 = 3;
    pub const _XEN_X86_EMU_USE_PIRQ: u64 = 9;
    pub const _XEN_X86_EMU_VGA: u64 = 6;
    pub const _XEN_X86_EMU_VPCI: u64 = 10;
    pub const sysctl_page_offline: u64 = 1;
    pub const sysctl_page_online: u64 = 2;
    pub const sysctl_query_page_offline: u64 = 3;
}

/// Xen 4.15.0's tools view on x86_64.
pub mod v4_15 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_15;
    pub type vm_event_st = super::vm_event_st__v4_15;
    pub type vm_event_request_t = super::vm_event_request_t__v4_15;
    pub type vm_event_response_t = super::vm_event_response_t__v4_15;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_15;
    pub type vm_event_sring = super::vm_event_sring__v4_15;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_15;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_15;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_15;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_15;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_15;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_15;
    pub type xen_domctl_t = super::xen_domctl_t__v4_15;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 64;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 64;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.15.1's tools view on x86_64.
pub mod v4_15_1 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_15;
    pub type vm_event_st = super::vm_event_st__v4_15;
    pub type vm_event_request_t = super::vm_event_request_t__v4_15;
    pub type vm_event_response_t = super::vm_event_response_t__v4_15;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_15;
    pub type vm_event_sring = super::vm_event_sring__v4_15;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_15;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_15;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_15;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_15;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_15;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_15;
    pub type xen_domctl_t = super::xen_domctl_t__v4_15;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 64;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 64;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.15.2's tools view on x86_64.
pub mod v4_15_2 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_15;
    pub type vm_event_st = super::vm_event_st__v4_15;
    pub type vm_event_request_t = super::vm_event_request_t__v4_15;
    pub type vm_event_response_t = super::vm_event_response_t__v4_15;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_15;
    pub type vm_event_sring = super::vm_event_sring__v4_15;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_15;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_15;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_15;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_15;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_15;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_15;
    pub type xen_domctl_t = super::xen_domctl_t__v4_15;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 64;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 64;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.15.3's tools view on x86_64.
pub mod v4_15_3 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_15;
    pub type vm_event_st = super::vm_event_st__v4_15;
    pub type vm_event_request_t = super::vm_event_request_t__v4_15;
    pub type vm_event_response_t = super::vm_event_response_t__v4_15;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_15;
    pub type vm_event_sring = super::vm_event_sring__v4_15;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_15;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_15;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_15;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_15;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_15;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_15;
    pub type xen_domctl_t = super::xen_domctl_t__v4_15;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 64;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 64;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.15.4's tools view on x86_64.
pub mod v4_15_4 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_15;
    pub type vm_event_st = super::vm_event_st__v4_15;
    pub type vm_event_request_t = super::vm_event_request_t__v4_15;
    pub type vm_event_response_t = super::vm_event_response_t__v4_15;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_15;
    pub type vm_event_sring = super::vm_event_sring__v4_15;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_15;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_15;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_15;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_15;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_15;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_15;
    pub type xen_domctl_t = super::xen_domctl_t__v4_15;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 64;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 64;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.15.5's tools view on x86_64.
pub mod v4_15_5 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_15;
    pub type vm_event_st = super::vm_event_st__v4_15;
    pub type vm_event_request_t = super::vm_event_request_t__v4_15;
    pub type vm_event_response_t = super::vm_event_response_t__v4_15;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_15;
    pub type vm_event_sring = super::vm_event_sring__v4_15;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_15;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_15;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_15;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_15_5;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15_5;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_15;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_15;
    pub type xen_domctl_t = super::xen_domctl_t__v4_15_5;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15_5;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 64;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 64;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.15.6's tools view on x86_64.
pub mod v4_15_6 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_15;
    pub type vm_event_st = super::vm_event_st__v4_15;
    pub type vm_event_request_t = super::vm_event_request_t__v4_15;
    pub type vm_event_response_t = super::vm_event_response_t__v4_15;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_15;
    pub type vm_event_sring = super::vm_event_sring__v4_15;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_15;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_15;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_15;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_15_5;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15_5;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_15;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_15;
    pub type xen_domctl_t = super::xen_domctl_t__v4_15_5;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15_5;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 64;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 64;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.15.7's tools view on x86_64.
pub mod v4_15_7 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_15;
    pub type vm_event_st = super::vm_event_st__v4_15;
    pub type vm_event_request_t = super::vm_event_request_t__v4_15;
    pub type vm_event_response_t = super::vm_event_response_t__v4_15;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_15;
    pub type vm_event_sring = super::vm_event_sring__v4_15;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_15;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_15;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_15;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_15_5;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15_5;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_15;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_15;
    pub type xen_domctl_t = super::xen_domctl_t__v4_15_5;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15_5;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 64;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 19;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 64;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.16.0's tools view on x86_64.
pub mod v4_16 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_st = super::vm_event_st__v4_16;
    pub type vm_event_request_t = super::vm_event_request_t__v4_16;
    pub type vm_event_response_t = super::vm_event_response_t__v4_16;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_16;
    pub type vm_event_sring = super::vm_event_sring__v4_16;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_16;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_16;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_16;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_16;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.16.1's tools view on x86_64.
pub mod v4_16_1 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_st = super::vm_event_st__v4_16;
    pub type vm_event_request_t = super::vm_event_request_t__v4_16;
    pub type vm_event_response_t = super::vm_event_response_t__v4_16;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_16;
    pub type vm_event_sring = super::vm_event_sring__v4_16;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_16;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_16;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_16;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_16;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.16.2's tools view on x86_64.
pub mod v4_16_2 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_st = super::vm_event_st__v4_16;
    pub type vm_event_request_t = super::vm_event_request_t__v4_16;
    pub type vm_event_response_t = super::vm_event_response_t__v4_16;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_16;
    pub type vm_event_sring = super::vm_event_sring__v4_16;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_16;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_16;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_16;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_16;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.16.3's tools view on x86_64.
pub mod v4_16_3 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_st = super::vm_event_st__v4_16;
    pub type vm_event_request_t = super::vm_event_request_t__v4_16;
    pub type vm_event_response_t = super::vm_event_response_t__v4_16;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_16;
    pub type vm_event_sring = super::vm_event_sring__v4_16;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_16;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_16;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_16;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_16;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.16.4's tools view on x86_64.
pub mod v4_16_4 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_st = super::vm_event_st__v4_16;
    pub type vm_event_request_t = super::vm_event_request_t__v4_16;
    pub type vm_event_response_t = super::vm_event_response_t__v4_16;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_16;
    pub type vm_event_sring = super::vm_event_sring__v4_16;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_16;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_16;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_16;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_16;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.16.5's tools view on x86_64.
pub mod v4_16_5 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_st = super::vm_event_st__v4_16;
    pub type vm_event_request_t = super::vm_event_request_t__v4_16;
    pub type vm_event_response_t = super::vm_event_response_t__v4_16;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_16;
    pub type vm_event_sring = super::vm_event_sring__v4_16;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_16;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_16_5;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15_5;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_16;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_16_5;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15_5;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.16.6's tools view on x86_64.
pub mod v4_16_6 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_st = super::vm_event_st__v4_16;
    pub type vm_event_request_t = super::vm_event_request_t__v4_16;
    pub type vm_event_response_t = super::vm_event_response_t__v4_16;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_16;
    pub type vm_event_sring = super::vm_event_sring__v4_16;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_16;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_16_5;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15_5;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_16;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_16_5;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15_5;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.16.7's tools view on x86_64.
pub mod v4_16_7 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_15;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_15;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_st = super::vm_event_st__v4_16;
    pub type vm_event_request_t = super::vm_event_request_t__v4_16;
    pub type vm_event_response_t = super::vm_event_response_t__v4_16;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_16;
    pub type vm_event_sring = super::vm_event_sring__v4_16;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_16;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_15;
    pub type xen_domctl = super::xen_domctl__v4_16_5;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_15;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_15;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_15;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_15;
    pub type xen_sysctl = super::xen_sysctl__v4_15_5;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_15;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_15;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_16;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_16_5;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_15;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_15_5;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 20;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.17.0's tools view on x86_64.
pub mod v4_17 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_17;
    pub type vm_event_request_t = super::vm_event_request_t__v4_17;
    pub type vm_event_response_t = super::vm_event_response_t__v4_17;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_17;
    pub type vm_event_sring = super::vm_event_sring__v4_17;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_17;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_17;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_17;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.17.1's tools view on x86_64.
pub mod v4_17_1 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_17;
    pub type vm_event_request_t = super::vm_event_request_t__v4_17;
    pub type vm_event_response_t = super::vm_event_response_t__v4_17;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_17;
    pub type vm_event_sring = super::vm_event_sring__v4_17;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_17;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_17;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_17;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.17.2's tools view on x86_64.
pub mod v4_17_2 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_17;
    pub type vm_event_request_t = super::vm_event_request_t__v4_17;
    pub type vm_event_response_t = super::vm_event_response_t__v4_17;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_17;
    pub type vm_event_sring = super::vm_event_sring__v4_17;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17_2;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_17_2;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_17;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17_2;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_17_2;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.17.3's tools view on x86_64.
pub mod v4_17_3 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_17;
    pub type vm_event_request_t = super::vm_event_request_t__v4_17;
    pub type vm_event_response_t = super::vm_event_response_t__v4_17;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_17;
    pub type vm_event_sring = super::vm_event_sring__v4_17;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17_2;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_17_2;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_17;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17_2;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_17_2;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.17.4's tools view on x86_64.
pub mod v4_17_4 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_17;
    pub type vm_event_request_t = super::vm_event_request_t__v4_17;
    pub type vm_event_response_t = super::vm_event_response_t__v4_17;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_17;
    pub type vm_event_sring = super::vm_event_sring__v4_17;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17_2;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_17_2;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_17;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17_2;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_17_2;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.17.5's tools view on x86_64.
pub mod v4_17_5 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_17;
    pub type vm_event_request_t = super::vm_event_request_t__v4_17;
    pub type vm_event_response_t = super::vm_event_response_t__v4_17;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_17;
    pub type vm_event_sring = super::vm_event_sring__v4_17;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17_2;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_17_2;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_17;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17_2;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_17_2;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.17.6's tools view on x86_64.
pub mod v4_17_6 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_17;
    pub type vm_event_request_t = super::vm_event_request_t__v4_17;
    pub type vm_event_response_t = super::vm_event_response_t__v4_17;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_17;
    pub type vm_event_sring = super::vm_event_sring__v4_17;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17_2;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_17_2;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_17;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17_2;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_17_2;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.17.7's tools view on x86_64.
pub mod v4_17_7 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_17;
    pub type vm_event_request_t = super::vm_event_request_t__v4_17;
    pub type vm_event_response_t = super::vm_event_response_t__v4_17;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_17;
    pub type vm_event_sring = super::vm_event_sring__v4_17;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17_2;
    pub type xen_feature_info = super::xen_feature_info__v4_15;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_15;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_15;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_15;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_17_2;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_17;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17_2;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_15;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_15;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_17_2;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.18.0's tools view on x86_64.
pub mod v4_18 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_18;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17_2;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_18;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_18;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_18;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17_2;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_18;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_18;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 22;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.18.1's tools view on x86_64.
pub mod v4_18_1 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_18;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17_2;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_18;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_18;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_18;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17_2;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_18;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_18;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 22;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.18.2's tools view on x86_64.
pub mod v4_18_2 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_18;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17_2;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_18;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_18;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_18;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17_2;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_18;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_18;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 22;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.18.3's tools view on x86_64.
pub mod v4_18_3 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_18;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17_2;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_18;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_18;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_18;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17_2;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_18;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_18;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 22;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.18.4's tools view on x86_64.
pub mod v4_18_4 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_18;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17_2;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_18;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_18;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_18;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17_2;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_18;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_18;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 22;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.18.5's tools view on x86_64.
pub mod v4_18_5 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_18;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17_2;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_18;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_18;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_18;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17_2;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_18;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_18;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 22;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.18.6's tools view on x86_64.
pub mod v4_18_6 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_15;
    pub type blkif_sring_t = super::blkif_sring_t__v4_15;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_15;
    pub type fsif_write_request = super::fsif_write_request__v4_15;
    pub type fsif_request = super::fsif_request__v4_15;
    pub type fsif_request_t = super::fsif_request_t__v4_15;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_15;
    pub type fsif_sring = super::fsif_sring__v4_15;
    pub type fsif_sring_t = super::fsif_sring_t__v4_15;
    pub type netif_rx_sring = super::netif_rx_sring__v4_15;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_15;
    pub type netif_tx_sring = super::netif_tx_sring__v4_15;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_15;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_15;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_15;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_18;
    pub type vscsiif_sring = super::vscsiif_sring__v4_15;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_15;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_15;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_17;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_17_2;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_15;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_18;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_15;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_15;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_15;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_18;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_15;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_15;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_15;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_15;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_15;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_18;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_15;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_15;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_15;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_17_2;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_15;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_18;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_15;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_15;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_18;
    pub const FSIF_NR_READ_GNTS: u64 = 9;
    pub const FSIF_NR_WRITE_GNTS: u64 = 9;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 22;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 18;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 265728;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 265728;
}

/// Xen 4.19.0's tools view on x86_64.
pub mod v4_19 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_19;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_19;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_18;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_19;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_19;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_18;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_19;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.19.1's tools view on x86_64.
pub mod v4_19_1 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_19;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_19;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_18;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_19;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_19;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_18;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_19;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.19.2's tools view on x86_64.
pub mod v4_19_2 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_19;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_19;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_18;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_19;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_19;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_18;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_19;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.19.3's tools view on x86_64.
pub mod v4_19_3 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_19;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_19;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_18;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_19;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_19;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_18;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_19;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.19.4's tools view on x86_64.
pub mod v4_19_4 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_19;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_19;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_18;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_19;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_19;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_18;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_19;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.19.5's tools view on x86_64.
pub mod v4_19_5 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_19;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_19;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_18;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_19;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_19;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_18;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_19;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.19.6's tools view on x86_64.
pub mod v4_19_6 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_19;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl = super::xen_domctl__v4_19;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_18;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_19;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_19;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_18;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_19;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.20.0's tools view on x86_64.
pub mod v4_20 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_15;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_15;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_19;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_gsi_permission = super::xen_domctl_gsi_permission__v4_20;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl_set_llc_colors = super::xen_domctl_set_llc_colors__v4_20;
    pub type xen_domctl = super::xen_domctl__v4_20;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_20;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_19;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_20;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_20;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_19;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 11;
    pub const XENMEM_access_r_pw: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_GSI_ACTION_MASK: u64 = 1;
    pub const XEN_DOMCTL_GSI_GRANT: u64 = 1;
    pub const XEN_DOMCTL_GSI_REVOKE: u64 = 0;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_gsi_permission: u64 = 88;
    pub const XEN_DOMCTL_set_llc_colors: u64 = 89;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.20.1's tools view on x86_64.
pub mod v4_20_1 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_19;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_gsi_permission = super::xen_domctl_gsi_permission__v4_20;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl_set_llc_colors = super::xen_domctl_set_llc_colors__v4_20;
    pub type xen_domctl = super::xen_domctl__v4_20;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_20;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_19;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_20;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_20;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_19;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 11;
    pub const XENMEM_access_r_pw: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_GSI_ACTION_MASK: u64 = 1;
    pub const XEN_DOMCTL_GSI_GRANT: u64 = 1;
    pub const XEN_DOMCTL_GSI_REVOKE: u64 = 0;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_gsi_permission: u64 = 88;
    pub const XEN_DOMCTL_set_llc_colors: u64 = 89;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.20.2's tools view on x86_64.
pub mod v4_20_2 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_19;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_gsi_permission = super::xen_domctl_gsi_permission__v4_20;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl_set_llc_colors = super::xen_domctl_set_llc_colors__v4_20;
    pub type xen_domctl = super::xen_domctl__v4_20;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_20;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_19;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_20;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_20;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_19;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 11;
    pub const XENMEM_access_r_pw: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_GSI_ACTION_MASK: u64 = 1;
    pub const XEN_DOMCTL_GSI_GRANT: u64 = 1;
    pub const XEN_DOMCTL_GSI_REVOKE: u64 = 0;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_gsi_permission: u64 = 88;
    pub const XEN_DOMCTL_set_llc_colors: u64 = 89;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.20.3's tools view on x86_64.
pub mod v4_20_3 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_19;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_gsi_permission = super::xen_domctl_gsi_permission__v4_20;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl_set_llc_colors = super::xen_domctl_set_llc_colors__v4_20;
    pub type xen_domctl = super::xen_domctl__v4_20;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_20;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_19;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_20;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_20;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_19;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 11;
    pub const XENMEM_access_r_pw: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_GSI_ACTION_MASK: u64 = 1;
    pub const XEN_DOMCTL_GSI_GRANT: u64 = 1;
    pub const XEN_DOMCTL_GSI_REVOKE: u64 = 0;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_gsi_permission: u64 = 88;
    pub const XEN_DOMCTL_set_llc_colors: u64 = 89;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.20.4's tools view on x86_64.
pub mod v4_20_4 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_cppc_para = super::xen_cppc_para__v4_18;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_19;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_gsi_permission = super::xen_domctl_gsi_permission__v4_20;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl_set_llc_colors = super::xen_domctl_set_llc_colors__v4_20;
    pub type xen_domctl = super::xen_domctl__v4_20;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_18;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_15;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_15;
    pub type xen_platform_op = super::xen_platform_op__v4_20;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_18;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_19;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_15;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_17;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_20;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_20;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_19;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 11;
    pub const XENMEM_access_r_pw: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 128;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_GSI_ACTION_MASK: u64 = 1;
    pub const XEN_DOMCTL_GSI_GRANT: u64 = 1;
    pub const XEN_DOMCTL_GSI_REVOKE: u64 = 0;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_gsi_permission: u64 = 88;
    pub const XEN_DOMCTL_set_llc_colors: u64 = 89;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_BALANCE: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 21;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 23;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.21.0's tools view on x86_64.
pub mod v4_21 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_21;
    pub type xen_domctl_get_domain_state = super::xen_domctl_get_domain_state__v4_21;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_gsi_permission = super::xen_domctl_gsi_permission__v4_20;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl_set_llc_colors = super::xen_domctl_set_llc_colors__v4_20;
    pub type xen_domctl = super::xen_domctl__v4_21;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cppc_para = super::xen_get_cppc_para__v4_21;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_21;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_21;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_21;
    pub type xen_platform_op = super::xen_platform_op__v4_21;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_21;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_21;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_21;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_21;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_21;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_21;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_21;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GET_CPUFREQ_CPPC: u64 = 22;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 11;
    pub const XENMEM_access_r_pw: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 256;
    pub const XEN_DOMCTL_CDF_trap_unmapped_accesses: u64 = 256;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GETDOMSTATE_CAP_CONTROL: u64 = 1;
    pub const XEN_DOMCTL_GETDOMSTATE_CAP_HARDWARE: u64 = 2;
    pub const XEN_DOMCTL_GETDOMSTATE_CAP_XENSTORE: u64 = 4;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_DEAD: u64 = 8;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_DYING: u64 = 4;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_EXIST: u64 = 1;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_SHUTDOWN: u64 = 2;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_GSI_ACTION_MASK: u64 = 1;
    pub const XEN_DOMCTL_GSI_GRANT: u64 = 1;
    pub const XEN_DOMCTL_GSI_REVOKE: u64 = 0;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_domain_state: u64 = 90;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_gsi_permission: u64 = 88;
    pub const XEN_DOMCTL_set_llc_colors: u64 = 89;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_ONDEMAND: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 22;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 27;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.21.1's tools view on x86_64.
pub mod v4_21_1 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_21;
    pub type xen_domctl_get_domain_state = super::xen_domctl_get_domain_state__v4_21;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_gsi_permission = super::xen_domctl_gsi_permission__v4_20;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl_set_llc_colors = super::xen_domctl_set_llc_colors__v4_20;
    pub type xen_domctl = super::xen_domctl__v4_21;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cppc_para = super::xen_get_cppc_para__v4_21;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_21;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_21;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_21;
    pub type xen_platform_op = super::xen_platform_op__v4_21;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_21;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_21;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_21;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_21;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_21;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_21;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_21;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GET_CPUFREQ_CPPC: u64 = 22;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 11;
    pub const XENMEM_access_r_pw: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 256;
    pub const XEN_DOMCTL_CDF_trap_unmapped_accesses: u64 = 256;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GETDOMSTATE_CAP_CONTROL: u64 = 1;
    pub const XEN_DOMCTL_GETDOMSTATE_CAP_HARDWARE: u64 = 2;
    pub const XEN_DOMCTL_GETDOMSTATE_CAP_XENSTORE: u64 = 4;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_DEAD: u64 = 8;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_DYING: u64 = 4;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_EXIST: u64 = 1;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_SHUTDOWN: u64 = 2;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_GSI_ACTION_MASK: u64 = 1;
    pub const XEN_DOMCTL_GSI_GRANT: u64 = 1;
    pub const XEN_DOMCTL_GSI_REVOKE: u64 = 0;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_domain_state: u64 = 90;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_gsi_permission: u64 = 88;
    pub const XEN_DOMCTL_set_llc_colors: u64 = 89;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_ONDEMAND: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 22;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 27;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.21.2's tools view on x86_64.
pub mod v4_21_2 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_21;
    pub type xen_domctl_get_domain_state = super::xen_domctl_get_domain_state__v4_21;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_gsi_permission = super::xen_domctl_gsi_permission__v4_20;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl_set_llc_colors = super::xen_domctl_set_llc_colors__v4_20;
    pub type xen_domctl = super::xen_domctl__v4_21;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cppc_para = super::xen_get_cppc_para__v4_21;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_21;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_21;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_21;
    pub type xen_platform_op = super::xen_platform_op__v4_21;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_levelling_caps = super::xen_sysctl_cpu_levelling_caps__v4_15;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_21;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_21;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_21;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_21;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_21;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_21;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_21;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GET_CPUFREQ_CPPC: u64 = 22;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 11;
    pub const XENMEM_access_r_pw: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 256;
    pub const XEN_DOMCTL_CDF_trap_unmapped_accesses: u64 = 256;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GETDOMSTATE_CAP_CONTROL: u64 = 1;
    pub const XEN_DOMCTL_GETDOMSTATE_CAP_HARDWARE: u64 = 2;
    pub const XEN_DOMCTL_GETDOMSTATE_CAP_XENSTORE: u64 = 4;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_DEAD: u64 = 8;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_DYING: u64 = 4;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_EXIST: u64 = 1;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_SHUTDOWN: u64 = 2;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_GSI_ACTION_MASK: u64 = 1;
    pub const XEN_DOMCTL_GSI_GRANT: u64 = 1;
    pub const XEN_DOMCTL_GSI_REVOKE: u64 = 0;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 23;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_domain_state: u64 = 90;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_gsi_permission: u64 = 88;
    pub const XEN_DOMCTL_set_llc_colors: u64 = 89;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_ONDEMAND: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_CPU_LEVELCAP_ecx: u64 = 2;
    pub const XEN_SYSCTL_CPU_LEVELCAP_edx: u64 = 4;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_ecx: u64 = 8;
    pub const XEN_SYSCTL_CPU_LEVELCAP_extd_edx: u64 = 16;
    pub const XEN_SYSCTL_CPU_LEVELCAP_faulting: u64 = 1;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_eax: u64 = 128;
    pub const XEN_SYSCTL_CPU_LEVELCAP_l7s0_ebx: u64 = 256;
    pub const XEN_SYSCTL_CPU_LEVELCAP_thermal_ecx: u64 = 64;
    pub const XEN_SYSCTL_CPU_LEVELCAP_xsave_eax: u64 = 32;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 22;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_SYSCTL_get_cpu_levelling_caps: u64 = 25;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 27;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

/// Xen 4.22.0's tools view on x86_64.
pub mod v4_22 {
    pub use super::common::*;
    pub use crate::x86_64::*;
    pub type blkif_sring = super::blkif_sring__v4_19;
    pub type blkif_sring_t = super::blkif_sring_t__v4_19;
    pub type cpu_user_regs = super::cpu_user_regs__v4_15;
    pub type cpu_user_regs_t = super::cpu_user_regs_t__v4_15;
    pub type fsif_read_request = super::fsif_read_request__v4_19;
    pub type fsif_write_request = super::fsif_write_request__v4_19;
    pub type fsif_request = super::fsif_request__v4_19;
    pub type fsif_request_t = super::fsif_request_t__v4_19;
    pub type fsif_sring_entry = super::fsif_sring_entry__v4_19;
    pub type fsif_sring = super::fsif_sring__v4_19;
    pub type fsif_sring_t = super::fsif_sring_t__v4_19;
    pub type netif_rx_sring = super::netif_rx_sring__v4_19;
    pub type netif_rx_sring_t = super::netif_rx_sring_t__v4_19;
    pub type netif_tx_sring = super::netif_tx_sring__v4_19;
    pub type netif_tx_sring_t = super::netif_tx_sring_t__v4_19;
    pub type physdev_manage_pci_ext = super::physdev_manage_pci_ext__v4_17;
    pub type physdev_manage_pci_ext_t = super::physdev_manage_pci_ext_t__v4_17;
    pub type hvm_hw_lapic = super::hvm_hw_lapic__v4_18_5;
    pub type __HVM_SAVE_TYPE_LAPIC = super::__HVM_SAVE_TYPE_LAPIC__v4_18_5;
    pub type usbif_conn_sring = super::usbif_conn_sring__v4_19;
    pub type usbif_urb_sring = super::usbif_urb_sring__v4_19;
    pub type vcpu_guest_context = super::vcpu_guest_context__v4_15;
    pub type vm_event_io = super::vm_event_io__v4_18;
    pub type vm_event_regs_arm = super::vm_event_regs_arm__v4_16;
    pub type vm_event_vmexit = super::vm_event_vmexit__v4_17;
    pub type vm_event_st = super::vm_event_st__v4_18;
    pub type vm_event_request_t = super::vm_event_request_t__v4_18;
    pub type vm_event_response_t = super::vm_event_response_t__v4_18;
    pub type vm_event_sring_entry = super::vm_event_sring_entry__v4_18;
    pub type vm_event_sring = super::vm_event_sring__v4_19;
    pub type vscsiif_sring = super::vscsiif_sring__v4_19;
    pub type xen_cameraif_sring = super::xen_cameraif_sring__v4_19;
    pub type xen_displif_sring = super::xen_displif_sring__v4_19;
    pub type xen_domctl_cpu_policy = super::xen_domctl_cpu_policy__v4_15_5;
    pub type xen_domctl_createdomain = super::xen_domctl_createdomain__v4_21;
    pub type xen_domctl_get_domain_state = super::xen_domctl_get_domain_state__v4_21;
    pub type xen_domctl_getdomaininfo = super::xen_domctl_getdomaininfo__v4_16;
    pub type xen_domctl_gsi_permission = super::xen_domctl_gsi_permission__v4_20;
    pub type xen_domctl_irq_permission = super::xen_domctl_irq_permission__v4_16;
    pub type xen_domctl_monitor_op = super::xen_domctl_monitor_op__v4_17;
    pub type xen_domctl_paging_mempool = super::xen_domctl_paging_mempool__v4_17;
    pub type xen_domctl_set_llc_colors = super::xen_domctl_set_llc_colors__v4_20;
    pub type xen_domctl = super::xen_domctl__v4_21;
    pub type xen_feature_info = super::xen_feature_info__v4_18;
    pub type xen_get_cppc_para = super::xen_get_cppc_para__v4_21;
    pub type xen_get_cpufreq_para = super::xen_get_cpufreq_para__v4_21;
    pub type xen_mc = super::xen_mc__v4_15;
    pub type xen_netif_ctrl_sring = super::xen_netif_ctrl_sring__v4_19;
    pub type xenpf_set_processor_pminfo = super::xenpf_set_processor_pminfo__v4_21;
    pub type xenpf_set_processor_pminfo_t = super::xenpf_set_processor_pminfo_t__v4_21;
    pub type xen_platform_op = super::xen_platform_op__v4_21;
    pub type xen_pvcalls_sring = super::xen_pvcalls_sring__v4_19;
    pub type xen_set_cppc_para = super::xen_set_cppc_para__v4_18;
    pub type xen_sndif_sring = super::xen_sndif_sring__v4_19;
    pub type xen_sysctl_cpu_policy = super::xen_sysctl_cpu_policy__v4_15_5;
    pub type xen_sysctl_livepatch_op = super::xen_sysctl_livepatch_op__v4_19;
    pub type xen_sysctl_physinfo = super::xen_sysctl_physinfo__v4_17;
    pub type xen_sysctl_pm_op = super::xen_sysctl_pm_op__v4_21;
    pub type xen_sysctl_credit2_schedule = super::xen_sysctl_credit2_schedule__v4_17;
    pub type xen_sysctl_credit_schedule = super::xen_sysctl_credit_schedule__v4_17;
    pub type xen_sysctl_scheduler_op = super::xen_sysctl_scheduler_op__v4_17;
    pub type xen_sysctl = super::xen_sysctl__v4_22;
    pub type xen_sysctl_arinc653_schedule = super::xen_sysctl_arinc653_schedule__v4_17;
    pub type xencamera_page_directory = super::xencamera_page_directory__v4_19;
    pub type xencons_interface = super::xencons_interface__v4_21;
    pub type xendispl_page_directory = super::xendispl_page_directory__v4_19;
    pub type xensnd_page_directory = super::xensnd_page_directory__v4_19;
    pub type xenstore_domain_interface = super::xenstore_domain_interface__v4_21;
    pub type usbif_conn_sring_t = super::usbif_conn_sring_t__v4_19;
    pub type usbif_urb_sring_t = super::usbif_urb_sring_t__v4_19;
    pub type vcpu_guest_context_t = super::vcpu_guest_context_t__v4_15;
    pub type vm_event_sring_t = super::vm_event_sring_t__v4_19;
    pub type vscsiif_sring_t = super::vscsiif_sring_t__v4_19;
    pub type xen_cameraif_sring_t = super::xen_cameraif_sring_t__v4_19;
    pub type xen_displif_sring_t = super::xen_displif_sring_t__v4_19;
    pub type xen_domctl_cpu_policy_t = super::xen_domctl_cpu_policy_t__v4_15_5;
    pub type xen_domctl_getdomaininfo_t = super::xen_domctl_getdomaininfo_t__v4_16;
    pub type xen_domctl_t = super::xen_domctl_t__v4_21;
    pub type xen_feature_info_t = super::xen_feature_info_t__v4_18;
    pub type xen_mc_t = super::xen_mc_t__v4_15;
    pub type xen_netif_ctrl_sring_t = super::xen_netif_ctrl_sring_t__v4_19;
    pub type xen_platform_op_t = super::xen_platform_op_t__v4_21;
    pub type xen_pvcalls_sring_t = super::xen_pvcalls_sring_t__v4_19;
    pub type xen_sndif_sring_t = super::xen_sndif_sring_t__v4_19;
    pub type xen_sysctl_arinc653_schedule_t = super::xen_sysctl_arinc653_schedule_t__v4_17;
    pub type xen_sysctl_cpu_policy_t = super::xen_sysctl_cpu_policy_t__v4_15_5;
    pub type xen_sysctl_t = super::xen_sysctl_t__v4_22;
    pub const FSIF_NR_READ_GNTS: u64 = 11;
    pub const FSIF_NR_WRITE_GNTS: u64 = 11;
    pub const GET_CPUFREQ_CPPC: u64 = 22;
    pub const GUEST_PHANDLE_IOMMU: u64 = 65001;
    pub const LIVEPATCH_FLAGS_MASK: u64 = 1;
    pub const LIVEPATCH_FLAG_FORCE: u64 = 1;
    pub const SET_CPUFREQ_CPPC: u64 = 21;
    pub const VM_EVENT_FLAG_RESET_FORK_MEMORY: u64 = 32768;
    pub const VM_EVENT_FLAG_RESET_FORK_STATE: u64 = 16384;
    pub const VM_EVENT_REASON_IO_INSTRUCTION: u64 = 16;
    pub const VM_EVENT_REASON_VMEXIT: u64 = 15;
    pub const XENMEM_FORK_RESET_MEMORY: u64 = 8;
    pub const XENMEM_FORK_RESET_STATE: u64 = 4;
    pub const XENMEM_access_default: u64 = 11;
    pub const XENMEM_access_r_pw: u64 = 10;
    pub const XEN_CPPC_ACT_WINDOW_EXPONENT_MASK: u64 = 896;
    pub const XEN_CPPC_ACT_WINDOW_MANTISSA_MASK: u64 = 127;
    pub const XEN_DOMCTL_ALTP2M_external: u64 = 2;
    pub const XEN_DOMCTL_ALTP2M_limited: u64 = 3;
    pub const XEN_DOMCTL_ALTP2M_mixed: u64 = 1;
    pub const XEN_DOMCTL_ALTP2M_mode_mask: u64 = 3;
    pub const XEN_DOMCTL_CDF_MAX: u64 = 256;
    pub const XEN_DOMCTL_CDF_trap_unmapped_accesses: u64 = 256;
    pub const XEN_DOMCTL_CDF_vpmu: u64 = 128;
    pub const XEN_DOMCTL_GETDOMSTATE_CAP_CONTROL: u64 = 1;
    pub const XEN_DOMCTL_GETDOMSTATE_CAP_HARDWARE: u64 = 2;
    pub const XEN_DOMCTL_GETDOMSTATE_CAP_XENSTORE: u64 = 4;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_DEAD: u64 = 8;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_DYING: u64 = 4;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_EXIST: u64 = 1;
    pub const XEN_DOMCTL_GETDOMSTATE_STATE_SHUTDOWN: u64 = 2;
    pub const XEN_DOMCTL_GRANT_version_mask: u64 = 15;
    pub const XEN_DOMCTL_GSI_ACTION_MASK: u64 = 1;
    pub const XEN_DOMCTL_GSI_GRANT: u64 = 1;
    pub const XEN_DOMCTL_GSI_REVOKE: u64 = 0;
    pub const XEN_DOMCTL_INTERFACE_VERSION: u64 = 24;
    pub const XEN_DOMCTL_MONITOR_EVENT_IO: u64 = 13;
    pub const XEN_DOMCTL_MONITOR_EVENT_VMEXIT: u64 = 12;
    pub const XEN_DOMCTL_dt_overlay: u64 = 87;
    pub const XEN_DOMCTL_get_domain_state: u64 = 90;
    pub const XEN_DOMCTL_get_paging_mempool_size: u64 = 85;
    pub const XEN_DOMCTL_gsi_permission: u64 = 88;
    pub const XEN_DOMCTL_set_llc_colors: u64 = 89;
    pub const XEN_DOMCTL_set_paging_mempool_size: u64 = 86;
    pub const XEN_ELFNOTE_MAX: u64 = 19;
    pub const XEN_SYSCTL_CPPC_ACT_WINDOW_MASK: u64 = 1023;
    pub const XEN_SYSCTL_CPPC_FEAT_ACT_WINDOW: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_ACT_WINDOW: u64 = 16;
    pub const XEN_SYSCTL_CPPC_SET_DESIRED: u64 = 4;
    pub const XEN_SYSCTL_CPPC_SET_ENERGY_PERF: u64 = 8;
    pub const XEN_SYSCTL_CPPC_SET_MAXIMUM: u64 = 2;
    pub const XEN_SYSCTL_CPPC_SET_MINIMUM: u64 = 1;
    pub const XEN_SYSCTL_CPPC_SET_PARAM_MASK: u64 = 4026531871;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_MASK: u64 = 4026531840;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_NONE: u64 = 0;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_ONDEMAND: u64 = 268435456;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_PERFORMANCE: u64 = 805306368;
    pub const XEN_SYSCTL_CPPC_SET_PRESET_POWERSAVE: u64 = 536870912;
    pub const XEN_SYSCTL_INTERFACE_VERSION: u64 = 22;
    pub const XEN_SYSCTL_PHYSCAP_MAX: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v1: u64 = 256;
    pub const XEN_SYSCTL_PHYSCAP_gnttab_v2: u64 = 512;
    pub const XEN_SYSCTL_PHYSCAP_vpmu: u64 = 128;
    pub const XEN_SYSCTL_cpu_featureset_hvm_max: u64 = 5;
    pub const XEN_SYSCTL_cpu_featureset_pv_max: u64 = 4;
    pub const XEN_SYSCTL_dt_overlay: u64 = 30;
    pub const XEN_X86_MISC_FLAGS_MAX: u64 = 1;
    pub const XS_TYPE_COUNT: u64 = 27;
    pub const __XEN_INTERFACE_VERSION__: u64 = 267008;
    pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;
}

macro_rules! versioned {
    ($doc:literal $name:ident) => {
        #[doc = $doc]
        #[derive(Clone, Copy)]
        pub enum $name {
            #[doc = "The layout of Xen 4.15.0."]
            V4_15(v4_15::$name),
            #[doc = "The layout of Xen 4.15.1."]
            V4_15_1(v4_15_1::$name),
            #[doc = "The layout of Xen 4.15.2."]
            V4_15_2(v4_15_2::$name),
            #[doc = "The layout of Xen 4.15.3."]
            V4_15_3(v4_15_3::$name),
            #[doc = "The layout of Xen 4.15.4."]
            V4_15_4(v4_15_4::$name),
            #[doc = "The layout of Xen 4.15.5."]
            V4_15_5(v4_15_5::$name),
            #[doc = "The layout of Xen 4.15.6."]
            V4_15_6(v4_15_6::$name),
            #[doc = "The layout of Xen 4.15.7."]
            V4_15_7(v4_15_7::$name),
            #[doc = "The layout of Xen 4.16.0."]
            V4_16(v4_16::$name),
            #[doc = "The layout of Xen 4.16.1."]
            V4_16_1(v4_16_1::$name),
            #[doc = "The layout of Xen 4.16.2."]
            V4_16_2(v4_16_2::$name),
            #[doc = "The layout of Xen 4.16.3."]
            V4_16_3(v4_16_3::$name),
            #[doc = "The layout of Xen 4.16.4."]
            V4_16_4(v4_16_4::$name),
            #[doc = "The layout of Xen 4.16.5."]
            V4_16_5(v4_16_5::$name),
            #[doc = "The layout of Xen 4.16.6."]
            V4_16_6(v4_16_6::$name),
            #[doc = "The layout of Xen 4.16.7."]
            V4_16_7(v4_16_7::$name),
            #[doc = "The layout of Xen 4.17.0."]
            V4_17(v4_17::$name),
            #[doc = "The layout of Xen 4.17.1."]
            V4_17_1(v4_17_1::$name),
            #[doc = "The layout of Xen 4.17.2."]
            V4_17_2(v4_17_2::$name),
            #[doc = "The layout of Xen 4.17.3."]
            V4_17_3(v4_17_3::$name),
            #[doc = "The layout of Xen 4.17.4."]
            V4_17_4(v4_17_4::$name),
            #[doc = "The layout of Xen 4.17.5."]
            V4_17_5(v4_17_5::$name),
            #[doc = "The layout of Xen 4.17.6."]
            V4_17_6(v4_17_6::$name),
            #[doc = "The layout of Xen 4.17.7."]
            V4_17_7(v4_17_7::$name),
            #[doc = "The layout of Xen 4.18.0."]
            V4_18(v4_18::$name),
            #[doc = "The layout of Xen 4.18.1."]
            V4_18_1(v4_18_1::$name),
            #[doc = "The layout of Xen 4.18.2."]
            V4_18_2(v4_18_2::$name),
            #[doc = "The layout of Xen 4.18.3."]
            V4_18_3(v4_18_3::$name),
            #[doc = "The layout of Xen 4.18.4."]
            V4_18_4(v4_18_4::$name),
            #[doc = "The layout of Xen 4.18.5."]
            V4_18_5(v4_18_5::$name),
            #[doc = "The layout of Xen 4.18.6."]
            V4_18_6(v4_18_6::$name),
            #[doc = "The layout of Xen 4.19.0."]
            V4_19(v4_19::$name),
            #[doc = "The layout of Xen 4.19.1."]
            V4_19_1(v4_19_1::$name),
            #[doc = "The layout of Xen 4.19.2."]
            V4_19_2(v4_19_2::$name),
            #[doc = "The layout of Xen 4.19.3."]
            V4_19_3(v4_19_3::$name),
            #[doc = "The layout of Xen 4.19.4."]
            V4_19_4(v4_19_4::$name),
            #[doc = "The layout of Xen 4.19.5."]
            V4_19_5(v4_19_5::$name),
            #[doc = "The layout of Xen 4.19.6."]
            V4_19_6(v4_19_6::$name),
            #[doc = "The layout of Xen 4.20.0."]
            V4_20(v4_20::$name),
            #[doc = "The layout of Xen 4.20.1."]
            V4_20_1(v4_20_1::$name),
            #[doc = "The layout of Xen 4.20.2."]
            V4_20_2(v4_20_2::$name),
            #[doc = "The layout of Xen 4.20.3."]
            V4_20_3(v4_20_3::$name),
            #[doc = "The layout of Xen 4.20.4."]
            V4_20_4(v4_20_4::$name),
            #[doc = "The layout of Xen 4.21.0."]
            V4_21(v4_21::$name),
            #[doc = "The layout of Xen 4.21.1."]
            V4_21_1(v4_21_1::$name),
            #[doc = "The layout of Xen 4.21.2."]
            V4_21_2(v4_21_2::$name),
            #[doc = "The layout of Xen 4.22.0."]
            V4_22(v4_22::$name),
        }

        impl $name {
            /// A zeroed value with `release`'s layout.
            pub fn new(release: Release) -> Self {
                match release {
                    Release::V4_15 => $name::V4_15(crate::Plain::zeroed()),
                    Release::V4_15_1 => $name::V4_15_1(crate::Plain::zeroed()),
                    Release::V4_15_2 => $name::V4_15_2(crate::Plain::zeroed()),
                    Release::V4_15_3 => $name::V4_15_3(crate::Plain::zeroed()),
                    Release::V4_15_4 => $name::V4_15_4(crate::Plain::zeroed()),
                    Release::V4_15_5 => $name::V4_15_5(crate::Plain::zeroed()),
                    Release::V4_15_6 => $name::V4_15_6(crate::Plain::zeroed()),
                    Release::V4_15_7 => $name::V4_15_7(crate::Plain::zeroed()),
                    Release::V4_16 => $name::V4_16(crate::Plain::zeroed()),
                    Release::V4_16_1 => $name::V4_16_1(crate::Plain::zeroed()),
                    Release::V4_16_2 => $name::V4_16_2(crate::Plain::zeroed()),
                    Release::V4_16_3 => $name::V4_16_3(crate::Plain::zeroed()),
                    Release::V4_16_4 => $name::V4_16_4(crate::Plain::zeroed()),
                    Release::V4_16_5 => $name::V4_16_5(crate::Plain::zeroed()),
                    Release::V4_16_6 => $name::V4_16_6(crate::Plain::zeroed()),
                    Release::V4_16_7 => $name::V4_16_7(crate::Plain::zeroed()),
                    Release::V4_17 => $name::V4_17(crate::Plain::zeroed()),
                    Release::V4_17_1 => $name::V4_17_1(crate::Plain::zeroed()),
                    Release::V4_17_2 => $name::V4_17_2(crate::Plain::zeroed()),
                    Release::V4_17_3 => $name::V4_17_3(crate::Plain::zeroed()),
                    Release::V4_17_4 => $name::V4_17_4(crate::Plain::zeroed()),
                    Release::V4_17_5 => $name::V4_17_5(crate::Plain::zeroed()),
                    Release::V4_17_6 => $name::V4_17_6(crate::Plain::zeroed()),
                    Release::V4_17_7 => $name::V4_17_7(crate::Plain::zeroed()),
                    Release::V4_18 => $name::V4_18(crate::Plain::zeroed()),
                    Release::V4_18_1 => $name::V4_18_1(crate::Plain::zeroed()),
                    Release::V4_18_2 => $name::V4_18_2(crate::Plain::zeroed()),
                    Release::V4_18_3 => $name::V4_18_3(crate::Plain::zeroed()),
                    Release::V4_18_4 => $name::V4_18_4(crate::Plain::zeroed()),
                    Release::V4_18_5 => $name::V4_18_5(crate::Plain::zeroed()),
                    Release::V4_18_6 => $name::V4_18_6(crate::Plain::zeroed()),
                    Release::V4_19 => $name::V4_19(crate::Plain::zeroed()),
                    Release::V4_19_1 => $name::V4_19_1(crate::Plain::zeroed()),
                    Release::V4_19_2 => $name::V4_19_2(crate::Plain::zeroed()),
                    Release::V4_19_3 => $name::V4_19_3(crate::Plain::zeroed()),
                    Release::V4_19_4 => $name::V4_19_4(crate::Plain::zeroed()),
                    Release::V4_19_5 => $name::V4_19_5(crate::Plain::zeroed()),
                    Release::V4_19_6 => $name::V4_19_6(crate::Plain::zeroed()),
                    Release::V4_20 => $name::V4_20(crate::Plain::zeroed()),
                    Release::V4_20_1 => $name::V4_20_1(crate::Plain::zeroed()),
                    Release::V4_20_2 => $name::V4_20_2(crate::Plain::zeroed()),
                    Release::V4_20_3 => $name::V4_20_3(crate::Plain::zeroed()),
                    Release::V4_20_4 => $name::V4_20_4(crate::Plain::zeroed()),
                    Release::V4_21 => $name::V4_21(crate::Plain::zeroed()),
                    Release::V4_21_1 => $name::V4_21_1(crate::Plain::zeroed()),
                    Release::V4_21_2 => $name::V4_21_2(crate::Plain::zeroed()),
                    Release::V4_22 => $name::V4_22(crate::Plain::zeroed()),
                }
            }

            /// The release whose layout this value has.
            pub fn release(&self) -> Release {
                match self {
                    $name::V4_15(_) => Release::V4_15,
                    $name::V4_15_1(_) => Release::V4_15_1,
                    $name::V4_15_2(_) => Release::V4_15_2,
                    $name::V4_15_3(_) => Release::V4_15_3,
                    $name::V4_15_4(_) => Release::V4_15_4,
                    $name::V4_15_5(_) => Release::V4_15_5,
                    $name::V4_15_6(_) => Release::V4_15_6,
                    $name::V4_15_7(_) => Release::V4_15_7,
                    $name::V4_16(_) => Release::V4_16,
                    $name::V4_16_1(_) => Release::V4_16_1,
                    $name::V4_16_2(_) => Release::V4_16_2,
                    $name::V4_16_3(_) => Release::V4_16_3,
                    $name::V4_16_4(_) => Release::V4_16_4,
                    $name::V4_16_5(_) => Release::V4_16_5,
                    $name::V4_16_6(_) => Release::V4_16_6,
                    $name::V4_16_7(_) => Release::V4_16_7,
                    $name::V4_17(_) => Release::V4_17,
                    $name::V4_17_1(_) => Release::V4_17_1,
                    $name::V4_17_2(_) => Release::V4_17_2,
                    $name::V4_17_3(_) => Release::V4_17_3,
                    $name::V4_17_4(_) => Release::V4_17_4,
                    $name::V4_17_5(_) => Release::V4_17_5,
                    $name::V4_17_6(_) => Release::V4_17_6,
                    $name::V4_17_7(_) => Release::V4_17_7,
                    $name::V4_18(_) => Release::V4_18,
                    $name::V4_18_1(_) => Release::V4_18_1,
                    $name::V4_18_2(_) => Release::V4_18_2,
                    $name::V4_18_3(_) => Release::V4_18_3,
                    $name::V4_18_4(_) => Release::V4_18_4,
                    $name::V4_18_5(_) => Release::V4_18_5,
                    $name::V4_18_6(_) => Release::V4_18_6,
                    $name::V4_19(_) => Release::V4_19,
                    $name::V4_19_1(_) => Release::V4_19_1,
                    $name::V4_19_2(_) => Release::V4_19_2,
                    $name::V4_19_3(_) => Release::V4_19_3,
                    $name::V4_19_4(_) => Release::V4_19_4,
                    $name::V4_19_5(_) => Release::V4_19_5,
                    $name::V4_19_6(_) => Release::V4_19_6,
                    $name::V4_20(_) => Release::V4_20,
                    $name::V4_20_1(_) => Release::V4_20_1,
                    $name::V4_20_2(_) => Release::V4_20_2,
                    $name::V4_20_3(_) => Release::V4_20_3,
                    $name::V4_20_4(_) => Release::V4_20_4,
                    $name::V4_21(_) => Release::V4_21,
                    $name::V4_21_1(_) => Release::V4_21_1,
                    $name::V4_21_2(_) => Release::V4_21_2,
                    $name::V4_22(_) => Release::V4_22,
                }
            }

            /// The bytes Xen reads.
            pub fn as_bytes(&self) -> &[u8] {
                crate::with_layout!(self, $name, v => crate::Plain::as_bytes(v))
            }

            /// The bytes, writable.
            pub fn as_bytes_mut(&mut self) -> &mut [u8] {
                crate::with_layout!(self, $name, v => crate::Plain::as_bytes_mut(v))
            }
        }
    };
}

versioned!("`struct pm_cx_stat`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." pm_cx_stat);
versioned!("`struct pm_px_stat`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." pm_px_stat);
versioned!("`struct pm_px_val`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." pm_px_val);
versioned!("`struct vm_event_back_ring`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_back_ring);
versioned!("`struct vm_event_cpuid`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_cpuid);
versioned!("`struct vm_event_debug`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_debug);
versioned!("`struct vm_event_desc_access`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_desc_access);
versioned!("`struct vm_event_emul_insn_data`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_emul_insn_data);
versioned!("`struct vm_event_emul_read_data`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_emul_read_data);
versioned!("`struct vm_event_fast_singlestep`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_fast_singlestep);
versioned!("`struct vm_event_front_ring`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_front_ring);
versioned!("`struct vm_event_interrupt_x86`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_interrupt_x86);
versioned!("`struct vm_event_mem_access`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_mem_access);
versioned!("`struct vm_event_mov_to_msr`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_mov_to_msr);
versioned!("`struct vm_event_paging`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_paging);
versioned!("`struct vm_event_regs_arm`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_regs_arm);
versioned!("`struct vm_event_regs_x86`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_regs_x86);
versioned!("`struct vm_event_sharing`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_sharing);
versioned!("`struct vm_event_singlestep`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_singlestep);
versioned!("`struct vm_event_sring`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_sring);
versioned!("`struct vm_event_st`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_st);
versioned!("`struct vm_event_write_ctrlreg`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_write_ctrlreg);
versioned!("`struct vm_event_x86_selector_reg`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_x86_selector_reg);
versioned!("`struct xen_domctl`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl);
versioned!("`struct xen_domctl_address_size`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_address_size);
versioned!("`struct xen_domctl_assign_device`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_assign_device);
versioned!("`struct xen_domctl_audit_p2m`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_audit_p2m);
versioned!("`struct xen_domctl_bind_pt_irq`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_bind_pt_irq);
versioned!("`struct xen_domctl_cacheflush`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_cacheflush);
versioned!("`struct xen_domctl_cpu_policy`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_cpu_policy);
versioned!("`struct xen_domctl_createdomain`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_createdomain);
versioned!("`struct xen_domctl_debug_op`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_debug_op);
versioned!("`struct xen_domctl_ext_vcpucontext`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_ext_vcpucontext);
versioned!("`struct xen_domctl_gdbsx_domstatus`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_gdbsx_domstatus);
versioned!("`struct xen_domctl_gdbsx_memio`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_gdbsx_memio);
versioned!("`struct xen_domctl_gdbsx_pauseunp_vcpu`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_gdbsx_pauseunp_vcpu);
versioned!("`struct xen_domctl_get_device_group`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_get_device_group);
versioned!("`struct xen_domctl_getdomaininfo`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_getdomaininfo);
versioned!("`struct xen_domctl_getpageframeinfo3`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_getpageframeinfo3);
versioned!("`struct xen_domctl_getvcpuinfo`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_getvcpuinfo);
versioned!("`struct xen_domctl_hvmcontext`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_hvmcontext);
versioned!("`struct xen_domctl_hvmcontext_partial`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_hvmcontext_partial);
versioned!("`struct xen_domctl_hypercall_init`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_hypercall_init);
versioned!("`struct xen_domctl_iomem_permission`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_iomem_permission);
versioned!("`struct xen_domctl_ioport_mapping`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_ioport_mapping);
versioned!("`struct xen_domctl_ioport_permission`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_ioport_permission);
versioned!("`struct xen_domctl_irq_permission`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_irq_permission);
versioned!("`struct xen_domctl_max_mem`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_max_mem);
versioned!("`struct xen_domctl_max_vcpus`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_max_vcpus);
versioned!("`struct xen_domctl_mem_sharing_op`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_mem_sharing_op);
versioned!("`struct xen_domctl_memory_mapping`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_memory_mapping);
versioned!("`struct xen_domctl_monitor_op`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_monitor_op);
versioned!("`struct xen_domctl_nodeaffinity`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_nodeaffinity);
versioned!("`struct xen_domctl_psr_alloc`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_psr_alloc);
versioned!("`struct xen_domctl_psr_cmt_op`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_psr_cmt_op);
versioned!("`struct xen_domctl_sched_credit`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_sched_credit);
versioned!("`struct xen_domctl_sched_credit2`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_sched_credit2);
versioned!("`struct xen_domctl_sched_rtds`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_sched_rtds);
versioned!("`struct xen_domctl_schedparam_vcpu`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_schedparam_vcpu);
versioned!("`struct xen_domctl_scheduler_op`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_scheduler_op);
versioned!("`struct xen_domctl_sendtrigger`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_sendtrigger);
versioned!("`struct xen_domctl_set_access_required`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_set_access_required);
versioned!("`struct xen_domctl_set_broken_page_p2m`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_set_broken_page_p2m);
versioned!("`struct xen_domctl_set_target`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_set_target);
versioned!("`struct xen_domctl_set_virq_handler`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_set_virq_handler);
versioned!("`struct xen_domctl_setdebugging`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_setdebugging);
versioned!("`struct xen_domctl_setdomainhandle`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_setdomainhandle);
versioned!("`struct xen_domctl_settimeoffset`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_settimeoffset);
versioned!("`struct xen_domctl_shadow_op`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_shadow_op);
versioned!("`struct xen_domctl_shadow_op_stats`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_shadow_op_stats);
versioned!("`struct xen_domctl_subscribe`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_subscribe);
versioned!("`struct xen_domctl_tsc_info`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_tsc_info);
versioned!("`struct xen_domctl_vcpu_msr`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_vcpu_msr);
versioned!("`struct xen_domctl_vcpu_msrs`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_vcpu_msrs);
versioned!("`struct xen_domctl_vcpuaffinity`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_vcpuaffinity);
versioned!("`struct xen_domctl_vcpucontext`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_vcpucontext);
versioned!("`struct xen_domctl_vcpuextstate`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_vcpuextstate);
versioned!("`struct xen_domctl_vm_event_op`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_vm_event_op);
versioned!("`struct xen_domctl_vmtrace_op`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_vmtrace_op);
versioned!("`struct xen_domctl_vnuma`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_vnuma);
versioned!("`struct xen_domctl_vuart_op`, versioned by `XEN_DOMCTL_INTERFACE_VERSION`: one variant per release." xen_domctl_vuart_op);
versioned!("`struct xen_get_cpufreq_para`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_get_cpufreq_para);
versioned!("`struct xen_livepatch_name`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_livepatch_name);
versioned!("`struct xen_livepatch_status`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_livepatch_status);
versioned!("`struct xen_mc_inject_v2`, versioned by `XEN_MCA_INTERFACE_VERSION`: one variant per release." xen_mc_inject_v2);
versioned!("`struct xen_ondemand`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_ondemand);
versioned!("`struct xen_set_cpufreq_gov`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_set_cpufreq_gov);
versioned!("`struct xen_set_cpufreq_para`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_set_cpufreq_para);
versioned!("`struct xen_sysctl`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl);
versioned!("`struct xen_sysctl_arinc653_schedule`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_arinc653_schedule);
versioned!("`struct xen_sysctl_availheap`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_availheap);
versioned!("`struct xen_sysctl_coverage_op`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_coverage_op);
versioned!("`struct xen_sysctl_cpu_featureset`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_cpu_featureset);
versioned!("`struct xen_sysctl_cpu_hotplug`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_cpu_hotplug);
versioned!("`struct xen_sysctl_cpu_policy`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_cpu_policy);
versioned!("`struct xen_sysctl_cpuinfo`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_cpuinfo);
versioned!("`struct xen_sysctl_cpupool_op`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_cpupool_op);
versioned!("`struct xen_sysctl_cputopo`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_cputopo);
versioned!("`struct xen_sysctl_cputopoinfo`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_cputopoinfo);
versioned!("`struct xen_sysctl_credit2_schedule`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_credit2_schedule);
versioned!("`struct xen_sysctl_credit_schedule`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_credit_schedule);
versioned!("`struct xen_sysctl_debug_keys`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_debug_keys);
versioned!("`struct xen_sysctl_get_pmstat`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_get_pmstat);
versioned!("`struct xen_sysctl_getcpuinfo`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_getcpuinfo);
versioned!("`struct xen_sysctl_getdomaininfolist`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_getdomaininfolist);
versioned!("`struct xen_sysctl_livepatch_action`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_livepatch_action);
versioned!("`struct xen_sysctl_livepatch_get`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_livepatch_get);
versioned!("`struct xen_sysctl_livepatch_list`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_livepatch_list);
versioned!("`struct xen_sysctl_livepatch_op`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_livepatch_op);
versioned!("`struct xen_sysctl_livepatch_upload`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_livepatch_upload);
versioned!("`struct xen_sysctl_lockprof_data`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_lockprof_data);
versioned!("`struct xen_sysctl_lockprof_op`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_lockprof_op);
versioned!("`struct xen_sysctl_meminfo`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_meminfo);
versioned!("`struct xen_sysctl_numainfo`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_numainfo);
versioned!("`struct xen_sysctl_page_offline_op`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_page_offline_op);
versioned!("`struct xen_sysctl_pcitopoinfo`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_pcitopoinfo);
versioned!("`struct xen_sysctl_perfc_desc`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_perfc_desc);
versioned!("`struct xen_sysctl_perfc_op`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_perfc_op);
versioned!("`struct xen_sysctl_physinfo`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_physinfo);
versioned!("`struct xen_sysctl_pm_op`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_pm_op);
versioned!("`struct xen_sysctl_psr_alloc`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_psr_alloc);
versioned!("`struct xen_sysctl_psr_cmt_op`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_psr_cmt_op);
versioned!("`struct xen_sysctl_readconsole`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_readconsole);
versioned!("`struct xen_sysctl_sched_arinc653`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_sched_arinc653);
versioned!("`struct xen_sysctl_sched_id`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_sched_id);
versioned!("`struct xen_sysctl_scheduler_op`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_scheduler_op);
versioned!("`struct xen_sysctl_tbuf_op`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_sysctl_tbuf_op);
versioned!("`struct xen_userspace`, versioned by `XEN_SYSCTL_INTERFACE_VERSION`: one variant per release." xen_userspace);
versioned!("`union vm_event_sring_entry`, versioned by `VM_EVENT_INTERFACE_VERSION`: one variant per release." vm_event_sring_entry);

/// Layout assertions of the tools-only layouts (see the core module's).
#[cfg(any(target_pointer_width = "64", target_arch = "x86_64"))]
const _: () = {
    use core::mem::{align_of as al, size_of as sz};
    assert!(sz::<blkif_sring_t__v4_15>()==176&&al::<blkif_sring_t__v4_15>()==8, "blkif_sring_t__v4_15");
    assert!(sz::<cpu_user_regs_t__v4_15>()==200&&al::<cpu_user_regs_t__v4_15>()==8, "cpu_user_regs_t__v4_15");
    assert!(sz::<fsif_request_t__v4_15>()==40&&al::<fsif_request_t__v4_15>()==8, "fsif_request_t__v4_15");
    assert!(sz::<fsif_sring_t__v4_15>()==120&&al::<fsif_sring_t__v4_15>()==8, "fsif_sring_t__v4_15");
    assert!(sz::<netif_rx_sring_t__v4_15>()==72&&al::<netif_rx_sring_t__v4_15>()==4, "netif_rx_sring_t__v4_15");
    assert!(sz::<netif_tx_sring_t__v4_15>()==76&&al::<netif_tx_sring_t__v4_15>()==4, "netif_tx_sring_t__v4_15");
    assert!(sz::<physdev_manage_pci_ext_t__v4_15>()==16&&al::<physdev_manage_pci_ext_t__v4_15>()==4, "physdev_manage_pci_ext_t__v4_15");
    assert!(sz::<pm_px_val_t__v4_15>()==24&&al::<pm_px_val_t__v4_15>()==8, "pm_px_val_t__v4_15");
    assert!(sz::<vm_event_request_t__v4_15>()==400&&al::<vm_event_request_t__v4_15>()==8, "vm_event_request_t__v4_15");
    assert!(sz::<vm_event_response_t__v4_15>()==400&&al::<vm_event_response_t__v4_15>()==8, "vm_event_response_t__v4_15");
    assert!(sz::<xenctl_bitmap_t__v4_15>()==16&&al::<xenctl_bitmap_t__v4_15>()==8, "xenctl_bitmap_t__v4_15");
    assert!(sz::<xen_mc_inject_v2_t__v4_15>()==24&&al::<xen_mc_inject_v2_t__v4_15>()==8, "xen_mc_inject_v2_t__v4_15");
    assert!(sz::<xenpf_set_processor_pminfo_t__v4_15>()==112&&al::<xenpf_set_processor_pminfo_t__v4_15>()==8, "xenpf_set_processor_pminfo_t__v4_15");
    assert!(sz::<usbif_conn_sring_t__v4_15>()==68&&al::<usbif_conn_sring_t__v4_15>()==4, "usbif_conn_sring_t__v4_15");
    assert!(sz::<usbif_urb_sring_t__v4_15>()==212&&al::<usbif_urb_sring_t__v4_15>()==4, "usbif_urb_sring_t__v4_15");
    assert!(sz::<vcpu_guest_context_t__v4_15>()==5168&&al::<vcpu_guest_context_t__v4_15>()==8, "vcpu_guest_context_t__v4_15");
    assert!(sz::<vm_event_back_ring_t__v4_15>()==24&&al::<vm_event_back_ring_t__v4_15>()==8, "vm_event_back_ring_t__v4_15");
    assert!(sz::<vm_event_front_ring_t__v4_15>()==24&&al::<vm_event_front_ring_t__v4_15>()==8, "vm_event_front_ring_t__v4_15");
    assert!(sz::<vm_event_sring_t__v4_15>()==464&&al::<vm_event_sring_t__v4_15>()==8, "vm_event_sring_t__v4_15");
    assert!(sz::<vscsiif_sring_t__v4_15>()==316&&al::<vscsiif_sring_t__v4_15>()==4, "vscsiif_sring_t__v4_15");
    assert!(sz::<xen_cameraif_sring_t__v4_15>()==128&&al::<xen_cameraif_sring_t__v4_15>()==8, "xen_cameraif_sring_t__v4_15");
    assert!(sz::<xen_displif_sring_t__v4_15>()==128&&al::<xen_displif_sring_t__v4_15>()==8, "xen_displif_sring_t__v4_15");
    assert!(sz::<xen_domctl_cpu_policy_t__v4_15>()==40&&al::<xen_domctl_cpu_policy_t__v4_15>()==8, "xen_domctl_cpu_policy_t__v4_15");
    assert!(sz::<xen_domctl_getdomaininfo_t__v4_15>()==104&&al::<xen_domctl_getdomaininfo_t__v4_15>()==8, "xen_domctl_getdomaininfo_t__v4_15");
    assert!(sz::<xen_domctl_schedparam_vcpu_t__v4_15>()==16&&al::<xen_domctl_schedparam_vcpu_t__v4_15>()==4, "xen_domctl_schedparam_vcpu_t__v4_15");
    assert!(sz::<xen_domctl_t__v4_15>()==144&&al::<xen_domctl_t__v4_15>()==8, "xen_domctl_t__v4_15");
    assert!(sz::<xen_domctl_vcpu_msr_t__v4_15>()==16&&al::<xen_domctl_vcpu_msr_t__v4_15>()==8, "xen_domctl_vcpu_msr_t__v4_15");
    assert!(sz::<xen_domctl_vmtrace_op_t__v4_15>()==24&&al::<xen_domctl_vmtrace_op_t__v4_15>()==8, "xen_domctl_vmtrace_op_t__v4_15");
    assert!(sz::<xen_feature_info_t__v4_15>()==8&&al::<xen_feature_info_t__v4_15>()==4, "xen_feature_info_t__v4_15");
    assert!(sz::<xen_livepatch_status_t__v4_15>()==8&&al::<xen_livepatch_status_t__v4_15>()==4, "xen_livepatch_status_t__v4_15");
    assert!(sz::<xen_mc_t__v4_15>()==152&&al::<xen_mc_t__v4_15>()==8, "xen_mc_t__v4_15");
    assert!(sz::<xen_mem_access_op_t__v4_15>()==32&&al::<xen_mem_access_op_t__v4_15>()==8, "xen_mem_access_op_t__v4_15");
    assert!(sz::<xen_mem_paging_op_t__v4_15>()==24&&al::<xen_mem_paging_op_t__v4_15>()==8, "xen_mem_paging_op_t__v4_15");
    assert!(sz::<xen_mem_sharing_op_t__v4_15>()==48&&al::<xen_mem_sharing_op_t__v4_15>()==8, "xen_mem_sharing_op_t__v4_15");
    assert!(sz::<xen_netif_ctrl_sring_t__v4_15>()==80&&al::<xen_netif_ctrl_sring_t__v4_15>()==4, "xen_netif_ctrl_sring_t__v4_15");
    assert!(sz::<xen_platform_op_t__v4_15>()==136&&al::<xen_platform_op_t__v4_15>()==8, "xen_platform_op_t__v4_15");
    assert!(sz::<xen_pvcalls_sring_t__v4_15>()==128&&al::<xen_pvcalls_sring_t__v4_15>()==8, "xen_pvcalls_sring_t__v4_15");
    assert!(sz::<xen_reserved_device_memory_map_t__v4_15>()==24&&al::<xen_reserved_device_memory_map_t__v4_15>()==8, "xen_reserved_device_memory_map_t__v4_15");
    assert!(sz::<xen_reserved_device_memory_t__v4_15>()==16&&al::<xen_reserved_device_memory_t__v4_15>()==8, "xen_reserved_device_memory_t__v4_15");
    assert!(sz::<xen_sndif_sring_t__v4_15>()==128&&al::<xen_sndif_sring_t__v4_15>()==8, "xen_sndif_sring_t__v4_15");
    assert!(sz::<xen_sysctl_arinc653_schedule_t__v4_15>()==2064&&al::<xen_sysctl_arinc653_schedule_t__v4_15>()==8, "xen_sysctl_arinc653_schedule_t__v4_15");
    assert!(sz::<xen_sysctl_cpu_policy_t__v4_15>()==32&&al::<xen_sysctl_cpu_policy_t__v4_15>()==8, "xen_sysctl_cpu_policy_t__v4_15");
    assert!(sz::<xen_sysctl_cpuinfo_t__v4_15>()==8&&al::<xen_sysctl_cpuinfo_t__v4_15>()==8, "xen_sysctl_cpuinfo_t__v4_15");
    assert!(sz::<xen_sysctl_cputopo_t__v4_15>()==12&&al::<xen_sysctl_cputopo_t__v4_15>()==4, "xen_sysctl_cputopo_t__v4_15");
    assert!(sz::<xen_sysctl_lockprof_data_t__v4_15>()==80&&al::<xen_sysctl_lockprof_data_t__v4_15>()==8, "xen_sysctl_lockprof_data_t__v4_15");
    assert!(sz::<xen_sysctl_meminfo_t__v4_15>()==16&&al::<xen_sysctl_meminfo_t__v4_15>()==8, "xen_sysctl_meminfo_t__v4_15");
    assert!(sz::<xen_sysctl_perfc_desc_t__v4_15>()==84&&al::<xen_sysctl_perfc_desc_t__v4_15>()==4, "xen_sysctl_perfc_desc_t__v4_15");
    assert!(sz::<xen_sysctl_perfc_val_t__v4_15>()==4&&al::<xen_sysctl_perfc_val_t__v4_15>()==4, "xen_sysctl_perfc_val_t__v4_15");
    assert!(sz::<xen_sysctl_t__v4_15>()==136&&al::<xen_sysctl_t__v4_15>()==8, "xen_sysctl_t__v4_15");
    assert!(sz::<xen_domctl_cpu_policy_t__v4_15_5>()==40&&al::<xen_domctl_cpu_policy_t__v4_15_5>()==8, "xen_domctl_cpu_policy_t__v4_15_5");
    assert!(sz::<xen_domctl_t__v4_15_5>()==144&&al::<xen_domctl_t__v4_15_5>()==8, "xen_domctl_t__v4_15_5");
    assert!(sz::<xen_sysctl_cpu_policy_t__v4_15_5>()==32&&al::<xen_sysctl_cpu_policy_t__v4_15_5>()==8, "xen_sysctl_cpu_policy_t__v4_15_5");
    assert!(sz::<xen_sysctl_t__v4_15_5>()==136&&al::<xen_sysctl_t__v4_15_5>()==8, "xen_sysctl_t__v4_15_5");
    assert!(sz::<vm_event_request_t__v4_16>()==400&&al::<vm_event_request_t__v4_16>()==8, "vm_event_request_t__v4_16");
    assert!(sz::<vm_event_response_t__v4_16>()==400&&al::<vm_event_response_t__v4_16>()==8, "vm_event_response_t__v4_16");
    assert!(sz::<vm_event_sring_t__v4_16>()==464&&al::<vm_event_sring_t__v4_16>()==8, "vm_event_sring_t__v4_16");
    assert!(sz::<xen_domctl_getdomaininfo_t__v4_16>()==112&&al::<xen_domctl_getdomaininfo_t__v4_16>()==8, "xen_domctl_getdomaininfo_t__v4_16");
    assert!(sz::<xen_domctl_t__v4_16>()==144&&al::<xen_domctl_t__v4_16>()==8, "xen_domctl_t__v4_16");
    assert!(sz::<xen_domctl_t__v4_16_5>()==144&&al::<xen_domctl_t__v4_16_5>()==8, "xen_domctl_t__v4_16_5");
    assert!(sz::<physdev_manage_pci_ext_t__v4_17>()==16&&al::<physdev_manage_pci_ext_t__v4_17>()==4, "physdev_manage_pci_ext_t__v4_17");
    assert!(sz::<vm_event_request_t__v4_17>()==400&&al::<vm_event_request_t__v4_17>()==8, "vm_event_request_t__v4_17");
    assert!(sz::<vm_event_response_t__v4_17>()==400&&al::<vm_event_response_t__v4_17>()==8, "vm_event_response_t__v4_17");
    assert!(sz::<vm_event_sring_t__v4_17>()==464&&al::<vm_event_sring_t__v4_17>()==8, "vm_event_sring_t__v4_17");
    assert!(sz::<xen_domctl_t__v4_17>()==144&&al::<xen_domctl_t__v4_17>()==8, "xen_domctl_t__v4_17");
    assert!(sz::<xen_sysctl_arinc653_schedule_t__v4_17>()==2064&&al::<xen_sysctl_arinc653_schedule_t__v4_17>()==8, "xen_sysctl_arinc653_schedule_t__v4_17");
    assert!(sz::<xen_sysctl_t__v4_17>()==136&&al::<xen_sysctl_t__v4_17>()==8, "xen_sysctl_t__v4_17");
    assert!(sz::<xen_domctl_t__v4_17_2>()==144&&al::<xen_domctl_t__v4_17_2>()==8, "xen_domctl_t__v4_17_2");
    assert!(sz::<xen_sysctl_t__v4_17_2>()==136&&al::<xen_sysctl_t__v4_17_2>()==8, "xen_sysctl_t__v4_17_2");
    assert!(sz::<vm_event_request_t__v4_18>()==400&&al::<vm_event_request_t__v4_18>()==8, "vm_event_request_t__v4_18");
    assert!(sz::<vm_event_response_t__v4_18>()==400&&al::<vm_event_response_t__v4_18>()==8, "vm_event_response_t__v4_18");
    assert!(sz::<vm_event_sring_t__v4_18>()==464&&al::<vm_event_sring_t__v4_18>()==8, "vm_event_sring_t__v4_18");
    assert!(sz::<xen_feature_info_t__v4_18>()==8&&al::<xen_feature_info_t__v4_18>()==4, "xen_feature_info_t__v4_18");
    assert!(sz::<xen_platform_op_t__v4_18>()==136&&al::<xen_platform_op_t__v4_18>()==8, "xen_platform_op_t__v4_18");
    assert!(sz::<xen_sysctl_t__v4_18>()==136&&al::<xen_sysctl_t__v4_18>()==8, "xen_sysctl_t__v4_18");
    assert!(sz::<blkif_sring_t__v4_19>()==64&&al::<blkif_sring_t__v4_19>()==8, "blkif_sring_t__v4_19");
    assert!(sz::<fsif_request_t__v4_19>()==32&&al::<fsif_request_t__v4_19>()==8, "fsif_request_t__v4_19");
    assert!(sz::<fsif_sring_t__v4_19>()==64&&al::<fsif_sring_t__v4_19>()==8, "fsif_sring_t__v4_19");
    assert!(sz::<netif_rx_sring_t__v4_19>()==64&&al::<netif_rx_sring_t__v4_19>()==4, "netif_rx_sring_t__v4_19");
    assert!(sz::<netif_tx_sring_t__v4_19>()==64&&al::<netif_tx_sring_t__v4_19>()==4, "netif_tx_sring_t__v4_19");
    assert!(sz::<usbif_conn_sring_t__v4_19>()==64&&al::<usbif_conn_sring_t__v4_19>()==4, "usbif_conn_sring_t__v4_19");
    assert!(sz::<usbif_urb_sring_t__v4_19>()==64&&al::<usbif_urb_sring_t__v4_19>()==4, "usbif_urb_sring_t__v4_19");
    assert!(sz::<vm_event_sring_t__v4_19>()==64&&al::<vm_event_sring_t__v4_19>()==8, "vm_event_sring_t__v4_19");
    assert!(sz::<vscsiif_sring_t__v4_19>()==64&&al::<vscsiif_sring_t__v4_19>()==4, "vscsiif_sring_t__v4_19");
    assert!(sz::<xen_cameraif_sring_t__v4_19>()==64&&al::<xen_cameraif_sring_t__v4_19>()==8, "xen_cameraif_sring_t__v4_19");
    assert!(sz::<xen_displif_sring_t__v4_19>()==64&&al::<xen_displif_sring_t__v4_19>()==8, "xen_displif_sring_t__v4_19");
    assert!(sz::<xen_domctl_t__v4_19>()==144&&al::<xen_domctl_t__v4_19>()==8, "xen_domctl_t__v4_19");
    assert!(sz::<xen_netif_ctrl_sring_t__v4_19>()==64&&al::<xen_netif_ctrl_sring_t__v4_19>()==4, "xen_netif_ctrl_sring_t__v4_19");
    assert!(sz::<xen_pvcalls_sring_t__v4_19>()==64&&al::<xen_pvcalls_sring_t__v4_19>()==8, "xen_pvcalls_sring_t__v4_19");
    assert!(sz::<xen_sndif_sring_t__v4_19>()==64&&al::<xen_sndif_sring_t__v4_19>()==8, "xen_sndif_sring_t__v4_19");
    assert!(sz::<xen_sysctl_t__v4_19>()==136&&al::<xen_sysctl_t__v4_19>()==8, "xen_sysctl_t__v4_19");
    assert!(sz::<xen_domctl_t__v4_20>()==144&&al::<xen_domctl_t__v4_20>()==8, "xen_domctl_t__v4_20");
    assert!(sz::<xen_platform_op_t__v4_20>()==136&&al::<xen_platform_op_t__v4_20>()==8, "xen_platform_op_t__v4_20");
    assert!(sz::<xenpf_set_processor_pminfo_t__v4_21>()==112&&al::<xenpf_set_processor_pminfo_t__v4_21>()==8, "xenpf_set_processor_pminfo_t__v4_21");
    assert!(sz::<xen_domctl_t__v4_21>()==144&&al::<xen_domctl_t__v4_21>()==8, "xen_domctl_t__v4_21");
    assert!(sz::<xen_platform_op_t__v4_21>()==136&&al::<xen_platform_op_t__v4_21>()==8, "xen_platform_op_t__v4_21");
    assert!(sz::<xen_sysctl_t__v4_21>()==136&&al::<xen_sysctl_t__v4_21>()==8, "xen_sysctl_t__v4_21");
    assert!(sz::<xen_sysctl_t__v4_22>()==136&&al::<xen_sysctl_t__v4_22>()==8, "xen_sysctl_t__v4_22");
    assert!(sz::<__guest_handle_const_pm_px_val_t__v4_15>()==8&&al::<__guest_handle_const_pm_px_val_t__v4_15>()==8, "__guest_handle_const_pm_px_val_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_domctl_cpu_policy_t__v4_15>()==8&&al::<__guest_handle_const_xen_domctl_cpu_policy_t__v4_15>()==8, "__guest_handle_const_xen_domctl_cpu_policy_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_domctl_getdomaininfo_t__v4_15>()==8&&al::<__guest_handle_const_xen_domctl_getdomaininfo_t__v4_15>()==8, "__guest_handle_const_xen_domctl_getdomaininfo_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_domctl_schedparam_vcpu_t__v4_15>()==8&&al::<__guest_handle_const_xen_domctl_schedparam_vcpu_t__v4_15>()==8, "__guest_handle_const_xen_domctl_schedparam_vcpu_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_domctl_t__v4_15>()==8&&al::<__guest_handle_const_xen_domctl_t__v4_15>()==8, "__guest_handle_const_xen_domctl_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_domctl_vcpu_msr_t__v4_15>()==8&&al::<__guest_handle_const_xen_domctl_vcpu_msr_t__v4_15>()==8, "__guest_handle_const_xen_domctl_vcpu_msr_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_domctl_vmtrace_op_t__v4_15>()==8&&al::<__guest_handle_const_xen_domctl_vmtrace_op_t__v4_15>()==8, "__guest_handle_const_xen_domctl_vmtrace_op_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_livepatch_status_t__v4_15>()==8&&al::<__guest_handle_const_xen_livepatch_status_t__v4_15>()==8, "__guest_handle_const_xen_livepatch_status_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_mem_access_op_t__v4_15>()==8&&al::<__guest_handle_const_xen_mem_access_op_t__v4_15>()==8, "__guest_handle_const_xen_mem_access_op_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_mem_paging_op_t__v4_15>()==8&&al::<__guest_handle_const_xen_mem_paging_op_t__v4_15>()==8, "__guest_handle_const_xen_mem_paging_op_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_mem_sharing_op_t__v4_15>()==8&&al::<__guest_handle_const_xen_mem_sharing_op_t__v4_15>()==8, "__guest_handle_const_xen_mem_sharing_op_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_reserved_device_memory_map_t__v4_15>()==8&&al::<__guest_handle_const_xen_reserved_device_memory_map_t__v4_15>()==8, "__guest_handle_const_xen_reserved_device_memory_map_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_reserved_device_memory_t__v4_15>()==8&&al::<__guest_handle_const_xen_reserved_device_memory_t__v4_15>()==8, "__guest_handle_const_xen_reserved_device_memory_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_sysctl_arinc653_schedule_t__v4_15>()==8&&al::<__guest_handle_const_xen_sysctl_arinc653_schedule_t__v4_15>()==8, "__guest_handle_const_xen_sysctl_arinc653_schedule_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_sysctl_cpu_policy_t__v4_15>()==8&&al::<__guest_handle_const_xen_sysctl_cpu_policy_t__v4_15>()==8, "__guest_handle_const_xen_sysctl_cpu_policy_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_sysctl_cpuinfo_t__v4_15>()==8&&al::<__guest_handle_const_xen_sysctl_cpuinfo_t__v4_15>()==8, "__guest_handle_const_xen_sysctl_cpuinfo_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_sysctl_cputopo_t__v4_15>()==8&&al::<__guest_handle_const_xen_sysctl_cputopo_t__v4_15>()==8, "__guest_handle_const_xen_sysctl_cputopo_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_sysctl_lockprof_data_t__v4_15>()==8&&al::<__guest_handle_const_xen_sysctl_lockprof_data_t__v4_15>()==8, "__guest_handle_const_xen_sysctl_lockprof_data_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_sysctl_meminfo_t__v4_15>()==8&&al::<__guest_handle_const_xen_sysctl_meminfo_t__v4_15>()==8, "__guest_handle_const_xen_sysctl_meminfo_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_sysctl_perfc_desc_t__v4_15>()==8&&al::<__guest_handle_const_xen_sysctl_perfc_desc_t__v4_15>()==8, "__guest_handle_const_xen_sysctl_perfc_desc_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_sysctl_perfc_val_t__v4_15>()==8&&al::<__guest_handle_const_xen_sysctl_perfc_val_t__v4_15>()==8, "__guest_handle_const_xen_sysctl_perfc_val_t__v4_15");
    assert!(sz::<__guest_handle_const_xen_sysctl_t__v4_15>()==8&&al::<__guest_handle_const_xen_sysctl_t__v4_15>()==8, "__guest_handle_const_xen_sysctl_t__v4_15");
    assert!(sz::<__guest_handle_pm_px_val_t__v4_15>()==8&&al::<__guest_handle_pm_px_val_t__v4_15>()==8, "__guest_handle_pm_px_val_t__v4_15");
    assert!(sz::<__guest_handle_xen_domctl_cpu_policy_t__v4_15>()==8&&al::<__guest_handle_xen_domctl_cpu_policy_t__v4_15>()==8, "__guest_handle_xen_domctl_cpu_policy_t__v4_15");
    assert!(sz::<__guest_handle_xen_domctl_getdomaininfo_t__v4_15>()==8&&al::<__guest_handle_xen_domctl_getdomaininfo_t__v4_15>()==8, "__guest_handle_xen_domctl_getdomaininfo_t__v4_15");
    assert!(sz::<__guest_handle_xen_domctl_schedparam_vcpu_t__v4_15>()==8&&al::<__guest_handle_xen_domctl_schedparam_vcpu_t__v4_15>()==8, "__guest_handle_xen_domctl_schedparam_vcpu_t__v4_15");
    assert!(sz::<__guest_handle_xen_domctl_t__v4_15>()==8&&al::<__guest_handle_xen_domctl_t__v4_15>()==8, "__guest_handle_xen_domctl_t__v4_15");
    assert!(sz::<__guest_handle_xen_domctl_vcpu_msr_t__v4_15>()==8&&al::<__guest_handle_xen_domctl_vcpu_msr_t__v4_15>()==8, "__guest_handle_xen_domctl_vcpu_msr_t__v4_15");
    assert!(sz::<__guest_handle_xen_domctl_vmtrace_op_t__v4_15>()==8&&al::<__guest_handle_xen_domctl_vmtrace_op_t__v4_15>()==8, "__guest_handle_xen_domctl_vmtrace_op_t__v4_15");
    assert!(sz::<__guest_handle_xen_livepatch_status_t__v4_15>()==8&&al::<__guest_handle_xen_livepatch_status_t__v4_15>()==8, "__guest_handle_xen_livepatch_status_t__v4_15");
    assert!(sz::<__guest_handle_xen_mem_access_op_t__v4_15>()==8&&al::<__guest_handle_xen_mem_access_op_t__v4_15>()==8, "__guest_handle_xen_mem_access_op_t__v4_15");
    assert!(sz::<__guest_handle_xen_mem_paging_op_t__v4_15>()==8&&al::<__guest_handle_xen_mem_paging_op_t__v4_15>()==8, "__guest_handle_xen_mem_paging_op_t__v4_15");
    assert!(sz::<__guest_handle_xen_mem_sharing_op_t__v4_15>()==8&&al::<__guest_handle_xen_mem_sharing_op_t__v4_15>()==8, "__guest_handle_xen_mem_sharing_op_t__v4_15");
    assert!(sz::<__guest_handle_xen_reserved_device_memory_map_t__v4_15>()==8&&al::<__guest_handle_xen_reserved_device_memory_map_t__v4_15>()==8, "__guest_handle_xen_reserved_device_memory_map_t__v4_15");
    assert!(sz::<__guest_handle_xen_reserved_device_memory_t__v4_15>()==8&&al::<__guest_handle_xen_reserved_device_memory_t__v4_15>()==8, "__guest_handle_xen_reserved_device_memory_t__v4_15");
    assert!(sz::<__guest_handle_xen_sysctl_arinc653_schedule_t__v4_15>()==8&&al::<__guest_handle_xen_sysctl_arinc653_schedule_t__v4_15>()==8, "__guest_handle_xen_sysctl_arinc653_schedule_t__v4_15");
    assert!(sz::<__guest_handle_xen_sysctl_cpu_policy_t__v4_15>()==8&&al::<__guest_handle_xen_sysctl_cpu_policy_t__v4_15>()==8, "__guest_handle_xen_sysctl_cpu_policy_t__v4_15");
    assert!(sz::<__guest_handle_xen_sysctl_cpuinfo_t__v4_15>()==8&&al::<__guest_handle_xen_sysctl_cpuinfo_t__v4_15>()==8, "__guest_handle_xen_sysctl_cpuinfo_t__v4_15");
    assert!(sz::<__guest_handle_xen_sysctl_cputopo_t__v4_15>()==8&&al::<__guest_handle_xen_sysctl_cputopo_t__v4_15>()==8, "__guest_handle_xen_sysctl_cputopo_t__v4_15");
    assert!(sz::<__guest_handle_xen_sysctl_lockprof_data_t__v4_15>()==8&&al::<__guest_handle_xen_sysctl_lockprof_data_t__v4_15>()==8, "__guest_handle_xen_sysctl_lockprof_data_t__v4_15");
    assert!(sz::<__guest_handle_xen_sysctl_meminfo_t__v4_15>()==8&&al::<__guest_handle_xen_sysctl_meminfo_t__v4_15>()==8, "__guest_handle_xen_sysctl_meminfo_t__v4_15");
    assert!(sz::<__guest_handle_xen_sysctl_perfc_desc_t__v4_15>()==8&&al::<__guest_handle_xen_sysctl_perfc_desc_t__v4_15>()==8, "__guest_handle_xen_sysctl_perfc_desc_t__v4_15");
    assert!(sz::<__guest_handle_xen_sysctl_perfc_val_t__v4_15>()==8&&al::<__guest_handle_xen_sysctl_perfc_val_t__v4_15>()==8, "__guest_handle_xen_sysctl_perfc_val_t__v4_15");
    assert!(sz::<__guest_handle_xen_sysctl_t__v4_15>()==8&&al::<__guest_handle_xen_sysctl_t__v4_15>()==8, "__guest_handle_xen_sysctl_t__v4_15");
    assert!(sz::<blkif_sring__v4_15>()==176&&al::<blkif_sring__v4_15>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::blkif_sring_entry; 1]>())==64, "blkif_sring__v4_15");
    assert!(sz::<cpu_user_regs__v4_15__anon_0>()==8, "cpu_user_regs__v4_15__anon_0");
    assert!(sz::<cpu_user_regs__v4_15__anon_1>()==8, "cpu_user_regs__v4_15__anon_1");
    assert!(sz::<cpu_user_regs__v4_15__anon_2>()==8, "cpu_user_regs__v4_15__anon_2");
    assert!(sz::<cpu_user_regs__v4_15__anon_3>()==8, "cpu_user_regs__v4_15__anon_3");
    assert!(sz::<cpu_user_regs__v4_15__anon_4>()==8, "cpu_user_regs__v4_15__anon_4");
    assert!(sz::<cpu_user_regs__v4_15__anon_5__3>()==2&&at(0+sz::<u8>(),al::<u8>())==1, "cpu_user_regs__v4_15__anon_5__3");
    assert!(sz::<cpu_user_regs__v4_15__anon_5>()==8, "cpu_user_regs__v4_15__anon_5");
    assert!(sz::<cpu_user_regs__v4_15__anon_6>()==8, "cpu_user_regs__v4_15__anon_6");
    assert!(sz::<cpu_user_regs__v4_15__anon_7>()==8, "cpu_user_regs__v4_15__anon_7");
    assert!(sz::<cpu_user_regs__v4_15__anon_8>()==8, "cpu_user_regs__v4_15__anon_8");
    assert!(sz::<cpu_user_regs__v4_15__anon_9>()==8, "cpu_user_regs__v4_15__anon_9");
    assert!(sz::<cpu_user_regs__v4_15__anon_10__3>()==2&&at(0+sz::<u8>(),al::<u8>())==1, "cpu_user_regs__v4_15__anon_10__3");
    assert!(sz::<cpu_user_regs__v4_15__anon_10>()==8, "cpu_user_regs__v4_15__anon_10");
    assert!(sz::<cpu_user_regs__v4_15__anon_11__3>()==2&&at(0+sz::<u8>(),al::<u8>())==1, "cpu_user_regs__v4_15__anon_11__3");
    assert!(sz::<cpu_user_regs__v4_15__anon_11>()==8, "cpu_user_regs__v4_15__anon_11");
    assert!(sz::<cpu_user_regs__v4_15__anon_12__3>()==2&&at(0+sz::<u8>(),al::<u8>())==1, "cpu_user_regs__v4_15__anon_12__3");
    assert!(sz::<cpu_user_regs__v4_15__anon_12>()==8, "cpu_user_regs__v4_15__anon_12");
    assert!(sz::<cpu_user_regs__v4_15__anon_13>()==8, "cpu_user_regs__v4_15__anon_13");
    assert!(sz::<cpu_user_regs__v4_15__anon_14>()==8, "cpu_user_regs__v4_15__anon_14");
    assert!(sz::<cpu_user_regs__v4_15__anon_15>()==8, "cpu_user_regs__v4_15__anon_15");
    assert!(sz::<cpu_user_regs__v4_15__anon_16>()==8, "cpu_user_regs__v4_15__anon_16");
    assert!(sz::<cpu_user_regs__v4_15__anon_17>()==8, "cpu_user_regs__v4_15__anon_17");
    assert!(sz::<cpu_user_regs__v4_15>()==200&&al::<cpu_user_regs__v4_15>()==8&&at(0+sz::<cpu_user_regs__v4_15__anon_0>(),al::<cpu_user_regs__v4_15__anon_1>())==8&&at(8+sz::<cpu_user_regs__v4_15__anon_1>(),al::<cpu_user_regs__v4_15__anon_2>())==16&&at(16+sz::<cpu_user_regs__v4_15__anon_2>(),al::<cpu_user_regs__v4_15__anon_3>())==24&&at(24+sz::<cpu_user_regs__v4_15__anon_3>(),al::<cpu_user_regs__v4_15__anon_4>())==32&&at(32+sz::<cpu_user_regs__v4_15__anon_4>(),al::<cpu_user_regs__v4_15__anon_5>())==40&&at(40+sz::<cpu_user_regs__v4_15__anon_5>(),al::<cpu_user_regs__v4_15__anon_6>())==48&&at(48+sz::<cpu_user_regs__v4_15__anon_6>(),al::<cpu_user_regs__v4_15__anon_7>())==56&&at(56+sz::<cpu_user_regs__v4_15__anon_7>(),al::<cpu_user_regs__v4_15__anon_8>())==64&&at(64+sz::<cpu_user_regs__v4_15__anon_8>(),al::<cpu_user_regs__v4_15__anon_9>())==72&&at(72+sz::<cpu_user_regs__v4_15__anon_9>(),al::<cpu_user_regs__v4_15__anon_10>())==80&&at(80+sz::<cpu_user_regs__v4_15__anon_10>(),al::<cpu_user_regs__v4_15__anon_11>())==88&&at(88+sz::<cpu_user_regs__v4_15__anon_11>(),al::<cpu_user_regs__v4_15__anon_12>())==96&&at(96+sz::<cpu_user_regs__v4_15__anon_12>(),al::<cpu_user_regs__v4_15__anon_13>())==104&&at(104+sz::<cpu_user_regs__v4_15__anon_13>(),al::<cpu_user_regs__v4_15__anon_14>())==112&&at(112+sz::<cpu_user_regs__v4_15__anon_14>(),al::<u32>())==120&&at(120+sz::<u32>(),al::<u32>())==124&&at(124+sz::<u32>(),al::<cpu_user_regs__v4_15__anon_15>())==128&&at(128+sz::<cpu_user_regs__v4_15__anon_15>(),al::<u16>())==136&&at(136+sz::<u16>(),al::<[u16; 1]>())==138&&at(138+sz::<[u16; 1]>(),al::<u8>())==140&&at(140+sz::<u8>(),al::<[u8; 3]>())==141&&at(141+sz::<[u8; 3]>(),al::<cpu_user_regs__v4_15__anon_16>())==144&&at(144+sz::<cpu_user_regs__v4_15__anon_16>(),al::<cpu_user_regs__v4_15__anon_17>())==152&&at(152+sz::<cpu_user_regs__v4_15__anon_17>(),al::<u16>())==160&&at(160+sz::<u16>(),al::<[u16; 3]>())==162&&at(162+sz::<[u16; 3]>(),al::<u16>())==168&&at(168+sz::<u16>(),al::<[u16; 3]>())==170&&at(170+sz::<[u16; 3]>(),al::<u16>())==176&&at(176+sz::<u16>(),al::<[u16; 3]>())==178&&at(178+sz::<[u16; 3]>(),al::<u16>())==184&&at(184+sz::<u16>(),al::<[u16; 3]>())==186&&at(186+sz::<[u16; 3]>(),al::<u16>())==192&&at(192+sz::<u16>(),al::<[u16; 3]>())==194, "cpu_user_regs__v4_15");
    assert!(sz::<fsif_read_request__v4_15>()==32&&al::<fsif_read_request__v4_15>()==8&&at(0+sz::<u32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<[crate::x86_64::grant_ref_t; 1]>())==24&&at(24+sz::<[crate::x86_64::grant_ref_t; 1]>(),al::<[u8; 4]>())==28, "fsif_read_request__v4_15");
    assert!(sz::<fsif_write_request__v4_15>()==32&&al::<fsif_write_request__v4_15>()==8&&at(0+sz::<u32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<[crate::x86_64::grant_ref_t; 1]>())==24&&at(24+sz::<[crate::x86_64::grant_ref_t; 1]>(),al::<[u8; 4]>())==28, "fsif_write_request__v4_15");
    assert!(sz::<fsif_request__v4_15>()==40&&al::<fsif_request__v4_15>()==8&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 4]>())==8, "fsif_request__v4_15");
    assert!(sz::<fsif_sring_entry__v4_15>()==56&&al::<fsif_sring_entry__v4_15>()==8, "fsif_sring_entry__v4_15");
    assert!(sz::<fsif_sring__v4_15>()==120&&al::<fsif_sring__v4_15>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[fsif_sring_entry__v4_15; 1]>())==64, "fsif_sring__v4_15");
    assert!(sz::<netif_rx_sring__v4_15>()==72&&al::<netif_rx_sring__v4_15>()==4&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::netif_rx_sring_entry; 1]>())==64, "netif_rx_sring__v4_15");
    assert!(sz::<netif_tx_sring__v4_15>()==76&&al::<netif_tx_sring__v4_15>()==4&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::netif_tx_sring_entry; 1]>())==64, "netif_tx_sring__v4_15");
    assert!(sz::<physdev_manage_pci_ext__v4_15>()==16&&al::<physdev_manage_pci_ext__v4_15>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 2]>())==12&&at(12+sz::<[u8; 2]>(),al::<[u8; 2]>())==14, "physdev_manage_pci_ext__v4_15");
    assert!(sz::<pm_px_val__v4_15>()==24&&al::<pm_px_val__v4_15>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16, "pm_px_val__v4_15");
    assert!(sz::<hvm_hw_lapic__v4_15>()==24&&al::<hvm_hw_lapic__v4_15>()==8&&at(0+sz::<u64>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u64>())==16, "hvm_hw_lapic__v4_15");
    assert!(sz::<__HVM_SAVE_TYPE_LAPIC__v4_15>()==32&&al::<__HVM_SAVE_TYPE_LAPIC__v4_15>()==8&&at(0+sz::<hvm_hw_lapic__v4_15>(),al::<[i8; 5]>())==24&&at(24+sz::<[i8; 5]>(),al::<[i8; 1]>())==29&&at(29+sz::<[i8; 1]>(),al::<[u8; 2]>())==30, "__HVM_SAVE_TYPE_LAPIC__v4_15");
    assert!(sz::<mem_sharing_op_debug__v4_15>()==8&&al::<mem_sharing_op_debug__v4_15>()==8, "mem_sharing_op_debug__v4_15");
    assert!(sz::<mem_sharing_op_fork__v4_15>()==8&&al::<mem_sharing_op_fork__v4_15>()==4&&at(0+sz::<crate::x86_64::domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4, "mem_sharing_op_fork__v4_15");
    assert!(sz::<mem_sharing_op_nominate__v4_15>()==16&&al::<mem_sharing_op_nominate__v4_15>()==8&&at(0+sz::<[u64; 1]>(),al::<u64>())==8, "mem_sharing_op_nominate__v4_15");
    assert!(sz::<mem_sharing_op_range__v4_15>()==32&&al::<mem_sharing_op_range__v4_15>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<crate::x86_64::domid_t>())==24&&at(24+sz::<crate::x86_64::domid_t>(),al::<[u16; 3]>())==26, "mem_sharing_op_range__v4_15");
    assert!(sz::<mem_sharing_op_share__v4_15>()==40&&al::<mem_sharing_op_share__v4_15>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24&&at(24+sz::<u64>(),al::<crate::x86_64::domid_t>())==32&&at(32+sz::<crate::x86_64::domid_t>(),al::<[u8; 6]>())==34, "mem_sharing_op_share__v4_15");
    assert!(sz::<pm_cx_stat__v4_15>()==56&&al::<pm_cx_stat__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<crate::x86_64::__guest_handle_uint64>())==16&&at(16+sz::<crate::x86_64::__guest_handle_uint64>(),al::<crate::x86_64::__guest_handle_uint64>())==24&&at(24+sz::<crate::x86_64::__guest_handle_uint64>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<u32>())==36&&at(36+sz::<u32>(),al::<crate::x86_64::__guest_handle_uint64>())==40&&at(40+sz::<crate::x86_64::__guest_handle_uint64>(),al::<crate::x86_64::__guest_handle_uint64>())==48, "pm_cx_stat__v4_15");
    assert!(sz::<pm_px_stat__v4_15>()==24&&al::<pm_px_stat__v4_15>()==8&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<crate::x86_64::__guest_handle_uint64>())==8&&at(8+sz::<crate::x86_64::__guest_handle_uint64>(),al::<__guest_handle_pm_px_val_t__v4_15>())==16, "pm_px_stat__v4_15");
    assert!(sz::<usbif_conn_sring__v4_15>()==68&&al::<usbif_conn_sring__v4_15>()==4&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::usbif_conn_sring_entry; 1]>())==64, "usbif_conn_sring__v4_15");
    assert!(sz::<usbif_urb_sring__v4_15>()==212&&al::<usbif_urb_sring__v4_15>()==4&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::usbif_urb_sring_entry; 1]>())==64, "usbif_urb_sring__v4_15");
    assert!(sz::<vcpu_guest_context__v4_15>()==5168&&al::<vcpu_guest_context__v4_15>()==8&&at(0+sz::<[u8; 512]>(),al::<u64>())==512&&at(512+sz::<u64>(),al::<cpu_user_regs__v4_15>())==520&&at(520+sz::<cpu_user_regs__v4_15>(),al::<[crate::x86_64::trap_info; 256]>())==720&&at(720+sz::<[crate::x86_64::trap_info; 256]>(),al::<u64>())==4816&&at(4816+sz::<u64>(),al::<u64>())==4824&&at(4824+sz::<u64>(),al::<[u64; 16]>())==4832&&at(4832+sz::<[u64; 16]>(),al::<u64>())==4960&&at(4960+sz::<u64>(),al::<u64>())==4968&&at(4968+sz::<u64>(),al::<u64>())==4976&&at(4976+sz::<u64>(),al::<[u64; 8]>())==4984&&at(4984+sz::<[u64; 8]>(),al::<[u64; 8]>())==5048&&at(5048+sz::<[u64; 8]>(),al::<u64>())==5112&&at(5112+sz::<u64>(),al::<u64>())==5120&&at(5120+sz::<u64>(),al::<u64>())==5128&&at(5128+sz::<u64>(),al::<u64>())==5136&&at(5136+sz::<u64>(),al::<u64>())==5144&&at(5144+sz::<u64>(),al::<u64>())==5152&&at(5152+sz::<u64>(),al::<u64>())==5160, "vcpu_guest_context__v4_15");
    assert!(sz::<vm_event_back_ring__v4_15>()==24&&al::<vm_event_back_ring__v4_15>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "vm_event_back_ring__v4_15");
    assert!(sz::<vm_event_cpuid__v4_15>()==16&&al::<vm_event_cpuid__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "vm_event_cpuid__v4_15");
    assert!(sz::<vm_event_debug__v4_15>()==24&&al::<vm_event_debug__v4_15>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u8>())==20&&at(20+sz::<u8>(),al::<[u8; 3]>())==21, "vm_event_debug__v4_15");
    assert!(sz::<vm_event_desc_access__v4_15>()==24&&al::<vm_event_desc_access__v4_15>()==8&&at(0+sz::<[u64; 2]>(),al::<u8>())==16&&at(16+sz::<u8>(),al::<u8>())==17&&at(17+sz::<u8>(),al::<[u8; 6]>())==18, "vm_event_desc_access__v4_15");
    assert!(sz::<vm_event_emul_insn_data__v4_15>()==16&&al::<vm_event_emul_insn_data__v4_15>()==1, "vm_event_emul_insn_data__v4_15");
    assert!(sz::<vm_event_emul_read_data__v4_15>()==344&&al::<vm_event_emul_read_data__v4_15>()==4&&at(0+sz::<u32>(),al::<[u8; 340]>())==4, "vm_event_emul_read_data__v4_15");
    assert!(sz::<vm_event_fast_singlestep__v4_15>()==2&&al::<vm_event_fast_singlestep__v4_15>()==2, "vm_event_fast_singlestep__v4_15");
    assert!(sz::<vm_event_front_ring__v4_15>()==24&&al::<vm_event_front_ring__v4_15>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "vm_event_front_ring__v4_15");
    assert!(sz::<vm_event_interrupt_x86__v4_15>()==24&&al::<vm_event_interrupt_x86__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u64>())==16, "vm_event_interrupt_x86__v4_15");
    assert!(sz::<vm_event_mem_access__v4_15>()==32&&al::<vm_event_mem_access__v4_15>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28, "vm_event_mem_access__v4_15");
    assert!(sz::<vm_event_mov_to_msr__v4_15>()==24&&al::<vm_event_mov_to_msr__v4_15>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16, "vm_event_mov_to_msr__v4_15");
    assert!(sz::<vm_event_paging__v4_15>()==16&&al::<vm_event_paging__v4_15>()==8&&at(0+sz::<u64>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "vm_event_paging__v4_15");
    assert!(sz::<vm_event_regs_arm__v4_15>()==40&&al::<vm_event_regs_arm__v4_15>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24&&at(24+sz::<u64>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<u32>())==36, "vm_event_regs_arm__v4_15");
    assert!(sz::<vm_event_x86_selector_reg__v4_15>()==4&&al::<vm_event_x86_selector_reg__v4_15>()==4, "vm_event_x86_selector_reg__v4_15");
    assert!(sz::<vm_event_regs_x86__v4_15>()==344&&al::<vm_event_regs_x86__v4_15>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24&&at(24+sz::<u64>(),al::<u64>())==32&&at(32+sz::<u64>(),al::<u64>())==40&&at(40+sz::<u64>(),al::<u64>())==48&&at(48+sz::<u64>(),al::<u64>())==56&&at(56+sz::<u64>(),al::<u64>())==64&&at(64+sz::<u64>(),al::<u64>())==72&&at(72+sz::<u64>(),al::<u64>())==80&&at(80+sz::<u64>(),al::<u64>())==88&&at(88+sz::<u64>(),al::<u64>())==96&&at(96+sz::<u64>(),al::<u64>())==104&&at(104+sz::<u64>(),al::<u64>())==112&&at(112+sz::<u64>(),al::<u64>())==120&&at(120+sz::<u64>(),al::<u64>())==128&&at(128+sz::<u64>(),al::<u64>())==136&&at(136+sz::<u64>(),al::<u64>())==144&&at(144+sz::<u64>(),al::<u64>())==152&&at(152+sz::<u64>(),al::<u64>())==160&&at(160+sz::<u64>(),al::<u64>())==168&&at(168+sz::<u64>(),al::<u64>())==176&&at(176+sz::<u64>(),al::<u64>())==184&&at(184+sz::<u64>(),al::<u64>())==192&&at(192+sz::<u64>(),al::<u64>())==200&&at(200+sz::<u64>(),al::<u64>())==208&&at(208+sz::<u64>(),al::<u64>())==216&&at(216+sz::<u64>(),al::<u64>())==224&&at(224+sz::<u64>(),al::<u64>())==232&&at(232+sz::<u64>(),al::<u64>())==240&&at(240+sz::<u64>(),al::<u64>())==248&&at(248+sz::<u64>(),al::<u64>())==256&&at(256+sz::<u64>(),al::<u32>())==264&&at(264+sz::<u32>(),al::<u32>())==268&&at(268+sz::<u32>(),al::<u32>())==272&&at(272+sz::<u32>(),al::<u32>())==276&&at(276+sz::<u32>(),al::<u64>())==280&&at(280+sz::<u64>(),al::<u64>())==288&&at(288+sz::<u64>(),al::<vm_event_x86_selector_reg__v4_15>())==296&&at(296+sz::<vm_event_x86_selector_reg__v4_15>(),al::<vm_event_x86_selector_reg__v4_15>())==300&&at(300+sz::<vm_event_x86_selector_reg__v4_15>(),al::<vm_event_x86_selector_reg__v4_15>())==304&&at(304+sz::<vm_event_x86_selector_reg__v4_15>(),al::<vm_event_x86_selector_reg__v4_15>())==308&&at(308+sz::<vm_event_x86_selector_reg__v4_15>(),al::<vm_event_x86_selector_reg__v4_15>())==312&&at(312+sz::<vm_event_x86_selector_reg__v4_15>(),al::<vm_event_x86_selector_reg__v4_15>())==316&&at(316+sz::<vm_event_x86_selector_reg__v4_15>(),al::<u64>())==320&&at(320+sz::<u64>(),al::<u16>())==328&&at(328+sz::<u16>(),al::<u16>())==330&&at(330+sz::<u16>(),al::<u16>())==332&&at(332+sz::<u16>(),al::<u16>())==334&&at(334+sz::<u16>(),al::<u16>())==336&&at(336+sz::<u16>(),al::<u16>())==338&&at(338+sz::<u16>(),al::<u16>())==340&&at(340+sz::<u16>(),al::<u16>())==342, "vm_event_regs_x86__v4_15");
    assert!(sz::<vm_event_sharing__v4_15>()==16&&al::<vm_event_sharing__v4_15>()==8&&at(0+sz::<u64>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "vm_event_sharing__v4_15");
    assert!(sz::<vm_event_singlestep__v4_15>()==8&&al::<vm_event_singlestep__v4_15>()==8, "vm_event_singlestep__v4_15");
    assert!(sz::<vm_event_write_ctrlreg__v4_15>()==24&&al::<vm_event_write_ctrlreg__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16, "vm_event_write_ctrlreg__v4_15");
    assert!(sz::<vm_event_st__v4_15>()==400&&al::<vm_event_st__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u16>())==16&&at(16+sz::<u16>(),al::<[u16; 3]>())==18&&at(18+sz::<[u16; 3]>(),al::<[u64; 4]>())==24&&at(24+sz::<[u64; 4]>(),al::<[u64; 43]>())==56, "vm_event_st__v4_15");
    assert!(sz::<vm_event_sring_entry__v4_15>()==400&&al::<vm_event_sring_entry__v4_15>()==8, "vm_event_sring_entry__v4_15");
    assert!(sz::<vm_event_sring__v4_15>()==464&&al::<vm_event_sring__v4_15>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[vm_event_sring_entry__v4_15; 1]>())==64, "vm_event_sring__v4_15");
    assert!(sz::<vscsiif_sring__v4_15>()==316&&al::<vscsiif_sring__v4_15>()==4&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::vscsiif_sring_entry; 1]>())==64, "vscsiif_sring__v4_15");
    assert!(sz::<xen_arch_domainconfig__v4_15>()==8&&al::<xen_arch_domainconfig__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_arch_domainconfig__v4_15");
    assert!(sz::<xen_cameraif_sring__v4_15>()==128&&al::<xen_cameraif_sring__v4_15>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::xen_cameraif_sring_entry; 1]>())==64, "xen_cameraif_sring__v4_15");
    assert!(sz::<xen_displif_sring__v4_15>()==128&&al::<xen_displif_sring__v4_15>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::xen_displif_sring_entry; 1]>())==64, "xen_displif_sring__v4_15");
    assert!(sz::<xen_domctl_address_size__v4_15>()==4&&al::<xen_domctl_address_size__v4_15>()==4, "xen_domctl_address_size__v4_15");
    assert!(sz::<xen_domctl_assign_device__v4_15>()==24&&al::<xen_domctl_assign_device__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 2]>())==8, "xen_domctl_assign_device__v4_15");
    assert!(sz::<xen_domctl_audit_p2m__v4_15>()==24&&al::<xen_domctl_audit_p2m__v4_15>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16, "xen_domctl_audit_p2m__v4_15");
    assert!(sz::<xen_domctl_bind_pt_irq__v4_15>()==24&&al::<xen_domctl_bind_pt_irq__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 2]>())==8, "xen_domctl_bind_pt_irq__v4_15");
    assert!(sz::<xen_domctl_cacheflush__v4_15>()==16&&al::<xen_domctl_cacheflush__v4_15>()==8&&at(0+sz::<crate::x86_64::xen_pfn_t>(),al::<crate::x86_64::xen_pfn_t>())==8, "xen_domctl_cacheflush__v4_15");
    assert!(sz::<xen_domctl_cpu_policy__v4_15>()==40&&al::<xen_domctl_cpu_policy__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::__guest_handle_xen_cpuid_leaf_t>())==8&&at(8+sz::<crate::x86_64::__guest_handle_xen_cpuid_leaf_t>(),al::<crate::x86_64::__guest_handle_xen_msr_entry_t>())==16&&at(16+sz::<crate::x86_64::__guest_handle_xen_msr_entry_t>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<[u8; 4]>())==36, "xen_domctl_cpu_policy__v4_15");
    assert!(sz::<xen_domctl_createdomain__v4_15>()==56&&al::<xen_domctl_createdomain__v4_15>()==4&&at(0+sz::<u32>(),al::<crate::x86_64::xen_domain_handle_t>())==4&&at(4+sz::<crate::x86_64::xen_domain_handle_t>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<i32>())==36&&at(36+sz::<i32>(),al::<i32>())==40&&at(40+sz::<i32>(),al::<u32>())==44&&at(44+sz::<u32>(),al::<xen_arch_domainconfig__v4_15>())==48, "xen_domctl_createdomain__v4_15");
    assert!(sz::<xen_domctl_debug_op__v4_15>()==8&&al::<xen_domctl_debug_op__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_domctl_debug_op__v4_15");
    assert!(sz::<xen_domctl_ext_vcpucontext__v4_15__anon_0>()==32, "xen_domctl_ext_vcpucontext__v4_15__anon_0");
    assert!(sz::<xen_domctl_ext_vcpucontext__v4_15>()==64&&al::<xen_domctl_ext_vcpucontext__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u16>())==24&&at(24+sz::<u16>(),al::<u16>())==26&&at(26+sz::<u16>(),al::<u8>())==28&&at(28+sz::<u8>(),al::<u8>())==29&&at(29+sz::<u8>(),al::<[u8; 2]>())==30&&at(30+sz::<[u8; 2]>(),al::<xen_domctl_ext_vcpucontext__v4_15__anon_0>())==32, "xen_domctl_ext_vcpucontext__v4_15");
    assert!(sz::<xen_domctl_gdbsx_domstatus__v4_15>()==12&&al::<xen_domctl_gdbsx_domstatus__v4_15>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xen_domctl_gdbsx_domstatus__v4_15");
    assert!(sz::<xen_domctl_gdbsx_memio__v4_15>()==40&&al::<xen_domctl_gdbsx_memio__v4_15>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u8>())==28&&at(28+sz::<u8>(),al::<[u8; 3]>())==29&&at(29+sz::<[u8; 3]>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<[u8; 4]>())==36, "xen_domctl_gdbsx_memio__v4_15");
    assert!(sz::<xen_domctl_gdbsx_pauseunp_vcpu__v4_15>()==4&&al::<xen_domctl_gdbsx_pauseunp_vcpu__v4_15>()==4, "xen_domctl_gdbsx_pauseunp_vcpu__v4_15");
    assert!(sz::<xen_domctl_get_device_group__v4_15>()==24&&al::<xen_domctl_get_device_group__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<crate::x86_64::__guest_handle_uint32>())==16, "xen_domctl_get_device_group__v4_15");
    assert!(sz::<xen_domctl_getdomaininfo__v4_15>()==104&&al::<xen_domctl_getdomaininfo__v4_15>()==8&&at(0+sz::<crate::x86_64::domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24&&at(24+sz::<u64>(),al::<u64>())==32&&at(32+sz::<u64>(),al::<u64>())==40&&at(40+sz::<u64>(),al::<u64>())==48&&at(48+sz::<u64>(),al::<u64>())==56&&at(56+sz::<u64>(),al::<u32>())==64&&at(64+sz::<u32>(),al::<u32>())==68&&at(68+sz::<u32>(),al::<u32>())==72&&at(72+sz::<u32>(),al::<crate::x86_64::xen_domain_handle_t>())==76&&at(76+sz::<crate::x86_64::xen_domain_handle_t>(),al::<u32>())==92&&at(92+sz::<u32>(),al::<xen_arch_domainconfig__v4_15>())==96, "xen_domctl_getdomaininfo__v4_15");
    assert!(sz::<xen_domctl_getpageframeinfo3__v4_15>()==16&&al::<xen_domctl_getpageframeinfo3__v4_15>()==8&&at(0+sz::<u64>(),al::<crate::x86_64::__guest_handle_xen_pfn_t>())==8, "xen_domctl_getpageframeinfo3__v4_15");
    assert!(sz::<xen_domctl_getvcpuinfo__v4_15>()==24&&al::<xen_domctl_getvcpuinfo__v4_15>()==8&&at(0+sz::<u32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<[u8; 1]>())==7&&at(7+sz::<[u8; 1]>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<[u8; 4]>())==20, "xen_domctl_getvcpuinfo__v4_15");
    assert!(sz::<xen_domctl_hvmcontext__v4_15>()==16&&al::<xen_domctl_hvmcontext__v4_15>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<crate::x86_64::__guest_handle_uint8>())==8, "xen_domctl_hvmcontext__v4_15");
    assert!(sz::<xen_domctl_hvmcontext_partial__v4_15>()==24&&al::<xen_domctl_hvmcontext_partial__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<crate::x86_64::__guest_handle_uint8>())==16, "xen_domctl_hvmcontext_partial__v4_15");
    assert!(sz::<xen_domctl_hypercall_init__v4_15>()==8&&al::<xen_domctl_hypercall_init__v4_15>()==8, "xen_domctl_hypercall_init__v4_15");
    assert!(sz::<xen_domctl_iomem_permission__v4_15>()==24&&al::<xen_domctl_iomem_permission__v4_15>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u8>())==16&&at(16+sz::<u8>(),al::<[u8; 7]>())==17, "xen_domctl_iomem_permission__v4_15");
    assert!(sz::<xen_domctl_ioport_mapping__v4_15>()==16&&al::<xen_domctl_ioport_mapping__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_domctl_ioport_mapping__v4_15");
    assert!(sz::<xen_domctl_ioport_permission__v4_15>()==12&&al::<xen_domctl_ioport_permission__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u8>())==8&&at(8+sz::<u8>(),al::<[u8; 3]>())==9, "xen_domctl_ioport_permission__v4_15");
    assert!(sz::<xen_domctl_irq_permission__v4_15>()==2&&al::<xen_domctl_irq_permission__v4_15>()==1&&at(0+sz::<u8>(),al::<u8>())==1, "xen_domctl_irq_permission__v4_15");
    assert!(sz::<xen_domctl_max_mem__v4_15>()==8&&al::<xen_domctl_max_mem__v4_15>()==8, "xen_domctl_max_mem__v4_15");
    assert!(sz::<xen_domctl_max_vcpus__v4_15>()==4&&al::<xen_domctl_max_vcpus__v4_15>()==4, "xen_domctl_max_vcpus__v4_15");
    assert!(sz::<xen_domctl_mem_sharing_op__v4_15>()==2&&al::<xen_domctl_mem_sharing_op__v4_15>()==1&&at(0+sz::<u8>(),al::<[u8; 1]>())==1, "xen_domctl_mem_sharing_op__v4_15");
    assert!(sz::<xen_domctl_memory_mapping__v4_15>()==32&&al::<xen_domctl_memory_mapping__v4_15>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28, "xen_domctl_memory_mapping__v4_15");
    assert!(sz::<xen_domctl_monitor_op__v4_15>()==24&&al::<xen_domctl_monitor_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 2]>())==8, "xen_domctl_monitor_op__v4_15");
    assert!(sz::<xenctl_bitmap__v4_15>()==16&&al::<xenctl_bitmap__v4_15>()==8&&at(0+sz::<crate::x86_64::__guest_handle_uint8>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12, "xenctl_bitmap__v4_15");
    assert!(sz::<xen_domctl_nodeaffinity__v4_15>()==16&&al::<xen_domctl_nodeaffinity__v4_15>()==8, "xen_domctl_nodeaffinity__v4_15");
    assert!(sz::<xen_domctl_psr_alloc__v4_15>()==16&&al::<xen_domctl_psr_alloc__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8, "xen_domctl_psr_alloc__v4_15");
    assert!(sz::<xen_domctl_psr_cmt_op__v4_15>()==8&&al::<xen_domctl_psr_cmt_op__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_domctl_psr_cmt_op__v4_15");
    assert!(sz::<xen_domctl_sched_credit__v4_15>()==4&&al::<xen_domctl_sched_credit__v4_15>()==2&&at(0+sz::<u16>(),al::<u16>())==2, "xen_domctl_sched_credit__v4_15");
    assert!(sz::<xen_domctl_sched_credit2__v4_15>()==4&&al::<xen_domctl_sched_credit2__v4_15>()==2&&at(0+sz::<u16>(),al::<u16>())==2, "xen_domctl_sched_credit2__v4_15");
    assert!(sz::<xen_domctl_sched_rtds__v4_15>()==12&&al::<xen_domctl_sched_rtds__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xen_domctl_sched_rtds__v4_15");
    assert!(sz::<xen_domctl_scheduler_op__v4_15>()==24&&al::<xen_domctl_scheduler_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 2]>())==8, "xen_domctl_scheduler_op__v4_15");
    assert!(sz::<xen_domctl_sendtrigger__v4_15>()==8&&al::<xen_domctl_sendtrigger__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_domctl_sendtrigger__v4_15");
    assert!(sz::<xen_domctl_set_access_required__v4_15>()==1&&al::<xen_domctl_set_access_required__v4_15>()==1, "xen_domctl_set_access_required__v4_15");
    assert!(sz::<xen_domctl_set_broken_page_p2m__v4_15>()==8&&al::<xen_domctl_set_broken_page_p2m__v4_15>()==8, "xen_domctl_set_broken_page_p2m__v4_15");
    assert!(sz::<xen_domctl_set_target__v4_15>()==2&&al::<xen_domctl_set_target__v4_15>()==2, "xen_domctl_set_target__v4_15");
    assert!(sz::<xen_domctl_set_virq_handler__v4_15>()==4&&al::<xen_domctl_set_virq_handler__v4_15>()==4, "xen_domctl_set_virq_handler__v4_15");
    assert!(sz::<xen_domctl_setdebugging__v4_15>()==1&&al::<xen_domctl_setdebugging__v4_15>()==1, "xen_domctl_setdebugging__v4_15");
    assert!(sz::<xen_domctl_setdomainhandle__v4_15>()==16&&al::<xen_domctl_setdomainhandle__v4_15>()==1, "xen_domctl_setdomainhandle__v4_15");
    assert!(sz::<xen_domctl_settimeoffset__v4_15>()==8&&al::<xen_domctl_settimeoffset__v4_15>()==8, "xen_domctl_settimeoffset__v4_15");
    assert!(sz::<xen_domctl_shadow_op_stats__v4_15>()==8&&al::<xen_domctl_shadow_op_stats__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_domctl_shadow_op_stats__v4_15");
    assert!(sz::<xen_domctl_shadow_op__v4_15>()==40&&al::<xen_domctl_shadow_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<crate::x86_64::__guest_handle_uint8>())==16&&at(16+sz::<crate::x86_64::__guest_handle_uint8>(),al::<u64>())==24&&at(24+sz::<u64>(),al::<xen_domctl_shadow_op_stats__v4_15>())==32, "xen_domctl_shadow_op__v4_15");
    assert!(sz::<xen_domctl_subscribe__v4_15>()==4&&al::<xen_domctl_subscribe__v4_15>()==4, "xen_domctl_subscribe__v4_15");
    assert!(sz::<xen_domctl_tsc_info__v4_15>()==24&&al::<xen_domctl_tsc_info__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u64>())==16, "xen_domctl_tsc_info__v4_15");
    assert!(sz::<xen_domctl_vcpu_msrs__v4_15>()==16&&al::<xen_domctl_vcpu_msrs__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_xen_domctl_vcpu_msr_t__v4_15>())==8, "xen_domctl_vcpu_msrs__v4_15");
    assert!(sz::<xen_domctl_vcpuaffinity__v4_15>()==40&&al::<xen_domctl_vcpuaffinity__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<xenctl_bitmap__v4_15>())==8&&at(8+sz::<xenctl_bitmap__v4_15>(),al::<xenctl_bitmap__v4_15>())==24, "xen_domctl_vcpuaffinity__v4_15");
    assert!(sz::<xen_domctl_vcpucontext__v4_15>()==16&&al::<xen_domctl_vcpucontext__v4_15>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<crate::x86_64::__guest_handle_vcpu_guest_context_t>())==8, "xen_domctl_vcpucontext__v4_15");
    assert!(sz::<xen_domctl_vcpuextstate__v4_15>()==32&&al::<xen_domctl_vcpuextstate__v4_15>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<crate::x86_64::__guest_handle_uint64>())==24, "xen_domctl_vcpuextstate__v4_15");
    assert!(sz::<xen_domctl_vm_event_op__v4_15>()==12&&al::<xen_domctl_vm_event_op__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u32; 1]>())==8, "xen_domctl_vm_event_op__v4_15");
    assert!(sz::<xen_domctl_vmtrace_op__v4_15>()==24&&al::<xen_domctl_vmtrace_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16, "xen_domctl_vmtrace_op__v4_15");
    assert!(sz::<xen_domctl_vnuma__v4_15>()==48&&al::<xen_domctl_vnuma__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<crate::x86_64::__guest_handle_uint>())==16&&at(16+sz::<crate::x86_64::__guest_handle_uint>(),al::<crate::x86_64::__guest_handle_uint>())==24&&at(24+sz::<crate::x86_64::__guest_handle_uint>(),al::<crate::x86_64::__guest_handle_uint>())==32&&at(32+sz::<crate::x86_64::__guest_handle_uint>(),al::<crate::x86_64::__guest_handle_xen_vmemrange_t>())==40, "xen_domctl_vnuma__v4_15");
    assert!(sz::<xen_domctl_vuart_op__v4_15>()==24&&al::<xen_domctl_vuart_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<crate::x86_64::domid_t>())==16&&at(16+sz::<crate::x86_64::domid_t>(),al::<[u8; 2]>())==18&&at(18+sz::<[u8; 2]>(),al::<crate::x86_64::evtchn_port_t>())==20, "xen_domctl_vuart_op__v4_15");
    assert!(sz::<xen_domctl__v4_15>()==144&&al::<xen_domctl__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::domid_t>())==8&&at(8+sz::<crate::x86_64::domid_t>(),al::<[u16; 3]>())==10&&at(10+sz::<[u16; 3]>(),al::<[u64; 16]>())==16, "xen_domctl__v4_15");
    assert!(sz::<xen_domctl_schedparam_vcpu__v4_15>()==16&&al::<xen_domctl_schedparam_vcpu__v4_15>()==4&&at(0+sz::<[u32; 3]>(),al::<u32>())==12, "xen_domctl_schedparam_vcpu__v4_15");
    assert!(sz::<xen_domctl_vcpu_msr__v4_15>()==16&&al::<xen_domctl_vcpu_msr__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8, "xen_domctl_vcpu_msr__v4_15");
    assert!(sz::<xen_feature_info__v4_15>()==8&&al::<xen_feature_info__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_feature_info__v4_15");
    assert!(sz::<xen_ondemand__v4_15>()==16&&al::<xen_ondemand__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_ondemand__v4_15");
    assert!(sz::<xen_userspace__v4_15>()==4&&al::<xen_userspace__v4_15>()==4, "xen_userspace__v4_15");
    assert!(sz::<xen_get_cpufreq_para__v4_15>()==120&&al::<xen_get_cpufreq_para__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<crate::x86_64::__guest_handle_uint32>())==16&&at(16+sz::<crate::x86_64::__guest_handle_uint32>(),al::<crate::x86_64::__guest_handle_uint32>())==24&&at(24+sz::<crate::x86_64::__guest_handle_uint32>(),al::<crate::x86_64::__guest_handle_char>())==32&&at(32+sz::<crate::x86_64::__guest_handle_char>(),al::<[i8; 16]>())==40&&at(40+sz::<[i8; 16]>(),al::<u32>())==56&&at(56+sz::<u32>(),al::<u32>())==60&&at(60+sz::<u32>(),al::<u32>())==64&&at(64+sz::<u32>(),al::<u32>())==68&&at(68+sz::<u32>(),al::<[i8; 16]>())==72&&at(72+sz::<[i8; 16]>(),al::<u32>())==88&&at(88+sz::<u32>(),al::<u32>())==92&&at(92+sz::<u32>(),al::<[u32; 4]>())==96&&at(96+sz::<[u32; 4]>(),al::<i32>())==112&&at(112+sz::<i32>(),al::<[u8; 4]>())==116, "xen_get_cpufreq_para__v4_15");
    assert!(sz::<xen_livepatch_name__v4_15>()==16&&al::<xen_livepatch_name__v4_15>()==8&&at(0+sz::<crate::x86_64::__guest_handle_char>(),al::<u16>())==8&&at(8+sz::<u16>(),al::<[u16; 3]>())==10, "xen_livepatch_name__v4_15");
    assert!(sz::<xen_livepatch_status__v4_15>()==8&&al::<xen_livepatch_status__v4_15>()==4&&at(0+sz::<u32>(),al::<i32>())==4, "xen_livepatch_status__v4_15");
    assert!(sz::<xen_mc_inject_v2__v4_15>()==24&&al::<xen_mc_inject_v2__v4_15>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<xenctl_bitmap_t__v4_15>())==8, "xen_mc_inject_v2__v4_15");
    assert!(sz::<xen_mc__v4_15>()==152&&al::<xen_mc__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 18]>())==8, "xen_mc__v4_15");
    assert!(sz::<xen_mem_access_op__v4_15>()==32&&al::<xen_mem_access_op__v4_15>()==8&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<crate::x86_64::domid_t>())==2&&at(2+sz::<crate::x86_64::domid_t>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<crate::x86_64::__guest_handle_const_uint64>())==16&&at(16+sz::<crate::x86_64::__guest_handle_const_uint64>(),al::<crate::x86_64::__guest_handle_const_uint8>())==24, "xen_mem_access_op__v4_15");
    assert!(sz::<xen_mem_paging_op__v4_15>()==24&&al::<xen_mem_paging_op__v4_15>()==8&&at(0+sz::<u8>(),al::<[u8; 1]>())==1&&at(1+sz::<[u8; 1]>(),al::<crate::x86_64::domid_t>())==2&&at(2+sz::<crate::x86_64::domid_t>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<crate::x86_64::__guest_handle_const_uint8>())==8&&at(8+sz::<crate::x86_64::__guest_handle_const_uint8>(),al::<u64>())==16, "xen_mem_paging_op__v4_15");
    assert!(sz::<xen_mem_sharing_op__v4_15>()==48&&al::<xen_mem_sharing_op__v4_15>()==8&&at(0+sz::<u8>(),al::<[u8; 1]>())==1&&at(1+sz::<[u8; 1]>(),al::<crate::x86_64::domid_t>())==2&&at(2+sz::<crate::x86_64::domid_t>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<[u64; 5]>())==8, "xen_mem_sharing_op__v4_15");
    assert!(sz::<xen_netif_ctrl_sring__v4_15>()==80&&al::<xen_netif_ctrl_sring__v4_15>()==4&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::xen_netif_ctrl_sring_entry; 1]>())==64, "xen_netif_ctrl_sring__v4_15");
    assert!(sz::<xenpf_set_processor_pminfo__v4_15>()==112&&al::<xenpf_set_processor_pminfo__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 13]>())==8, "xenpf_set_processor_pminfo__v4_15");
    assert!(sz::<xen_platform_op__v4_15>()==136&&al::<xen_platform_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 16]>())==8, "xen_platform_op__v4_15");
    assert!(sz::<xen_pvcalls_sring__v4_15>()==128&&al::<xen_pvcalls_sring__v4_15>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::xen_pvcalls_sring_entry; 1]>())==64, "xen_pvcalls_sring__v4_15");
    assert!(sz::<xen_reserved_device_memory__v4_15>()==16&&al::<xen_reserved_device_memory__v4_15>()==8&&at(0+sz::<crate::x86_64::xen_pfn_t>(),al::<crate::x86_64::xen_ulong_t>())==8, "xen_reserved_device_memory__v4_15");
    assert!(sz::<xen_reserved_device_memory_map__v4_15>()==24&&al::<xen_reserved_device_memory_map__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_xen_reserved_device_memory_t__v4_15>())==8&&at(8+sz::<__guest_handle_xen_reserved_device_memory_t__v4_15>(),al::<[u16; 2]>())==16&&at(16+sz::<[u16; 2]>(),al::<[u8; 4]>())==20, "xen_reserved_device_memory_map__v4_15");
    assert!(sz::<xen_set_cpufreq_gov__v4_15>()==16&&al::<xen_set_cpufreq_gov__v4_15>()==1, "xen_set_cpufreq_gov__v4_15");
    assert!(sz::<xen_set_cpufreq_para__v4_15>()==8&&al::<xen_set_cpufreq_para__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_set_cpufreq_para__v4_15");
    assert!(sz::<xen_sndif_sring__v4_15>()==128&&al::<xen_sndif_sring__v4_15>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::xen_sndif_sring_entry; 1]>())==64, "xen_sndif_sring__v4_15");
    assert!(sz::<xen_sysctl_availheap__v4_15>()==24&&al::<xen_sysctl_availheap__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "xen_sysctl_availheap__v4_15");
    assert!(sz::<xen_sysctl_coverage_op__v4_15>()==16&&al::<xen_sysctl_coverage_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::__guest_handle_char>())==8, "xen_sysctl_coverage_op__v4_15");
    assert!(sz::<xen_sysctl_cpu_featureset__v4_15>()==16&&al::<xen_sysctl_cpu_featureset__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::__guest_handle_uint32>())==8, "xen_sysctl_cpu_featureset__v4_15");
    assert!(sz::<xen_sysctl_cpu_hotplug__v4_15>()==8&&al::<xen_sysctl_cpu_hotplug__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_sysctl_cpu_hotplug__v4_15");
    assert!(sz::<xen_sysctl_cpu_levelling_caps__v4_15>()==4&&al::<xen_sysctl_cpu_levelling_caps__v4_15>()==4, "xen_sysctl_cpu_levelling_caps__v4_15");
    assert!(sz::<xen_sysctl_cpu_policy__v4_15>()==32&&al::<xen_sysctl_cpu_policy__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<crate::x86_64::__guest_handle_xen_cpuid_leaf_t>())==16&&at(16+sz::<crate::x86_64::__guest_handle_xen_cpuid_leaf_t>(),al::<crate::x86_64::__guest_handle_xen_msr_entry_t>())==24, "xen_sysctl_cpu_policy__v4_15");
    assert!(sz::<xen_sysctl_cpupool_op__v4_15>()==40&&al::<xen_sysctl_cpupool_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<xenctl_bitmap__v4_15>())==24, "xen_sysctl_cpupool_op__v4_15");
    assert!(sz::<xen_sysctl_cputopoinfo__v4_15>()==16&&al::<xen_sysctl_cputopoinfo__v4_15>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<__guest_handle_xen_sysctl_cputopo_t__v4_15>())==8, "xen_sysctl_cputopoinfo__v4_15");
    assert!(sz::<xen_sysctl_debug_keys__v4_15>()==16&&al::<xen_sysctl_debug_keys__v4_15>()==8&&at(0+sz::<crate::x86_64::__guest_handle_const_char>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12, "xen_sysctl_debug_keys__v4_15");
    assert!(sz::<xen_sysctl_get_pmstat__v4_15>()==64&&al::<xen_sysctl_get_pmstat__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 7]>())==8, "xen_sysctl_get_pmstat__v4_15");
    assert!(sz::<xen_sysctl_getcpuinfo__v4_15>()==24&&al::<xen_sysctl_getcpuinfo__v4_15>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<__guest_handle_xen_sysctl_cpuinfo_t__v4_15>())==8&&at(8+sz::<__guest_handle_xen_sysctl_cpuinfo_t__v4_15>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<[u8; 4]>())==20, "xen_sysctl_getcpuinfo__v4_15");
    assert!(sz::<xen_sysctl_getdomaininfolist__v4_15>()==24&&al::<xen_sysctl_getdomaininfolist__v4_15>()==8&&at(0+sz::<crate::x86_64::domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_xen_domctl_getdomaininfo_t__v4_15>())==8&&at(8+sz::<__guest_handle_xen_domctl_getdomaininfo_t__v4_15>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<[u8; 4]>())==20, "xen_sysctl_getdomaininfolist__v4_15");
    assert!(sz::<xen_sysctl_livepatch_action__v4_15>()==32&&al::<xen_sysctl_livepatch_action__v4_15>()==8&&at(0+sz::<xen_livepatch_name__v4_15>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28, "xen_sysctl_livepatch_action__v4_15");
    assert!(sz::<xen_sysctl_livepatch_get__v4_15>()==24&&al::<xen_sysctl_livepatch_get__v4_15>()==8&&at(0+sz::<xen_livepatch_name__v4_15>(),al::<xen_livepatch_status__v4_15>())==16, "xen_sysctl_livepatch_get__v4_15");
    assert!(sz::<xen_sysctl_livepatch_list__v4_15>()==64&&al::<xen_sysctl_livepatch_list__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<__guest_handle_xen_livepatch_status_t__v4_15>())==24&&at(24+sz::<__guest_handle_xen_livepatch_status_t__v4_15>(),al::<crate::x86_64::__guest_handle_char>())==32&&at(32+sz::<crate::x86_64::__guest_handle_char>(),al::<crate::x86_64::__guest_handle_uint32>())==40&&at(40+sz::<crate::x86_64::__guest_handle_uint32>(),al::<crate::x86_64::__guest_handle_char>())==48&&at(48+sz::<crate::x86_64::__guest_handle_char>(),al::<crate::x86_64::__guest_handle_uint32>())==56, "xen_sysctl_livepatch_list__v4_15");
    assert!(sz::<xen_sysctl_livepatch_upload__v4_15>()==32&&al::<xen_sysctl_livepatch_upload__v4_15>()==8&&at(0+sz::<xen_livepatch_name__v4_15>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<crate::x86_64::__guest_handle_uint8>())==24, "xen_sysctl_livepatch_upload__v4_15");
    assert!(sz::<xen_sysctl_livepatch_op__v4_15>()==72&&al::<xen_sysctl_livepatch_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 8]>())==8, "xen_sysctl_livepatch_op__v4_15");
    assert!(sz::<xen_sysctl_lockprof_op__v4_15>()==32&&al::<xen_sysctl_lockprof_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<__guest_handle_xen_sysctl_lockprof_data_t__v4_15>())==24, "xen_sysctl_lockprof_op__v4_15");
    assert!(sz::<xen_sysctl_numainfo__v4_15>()==24&&al::<xen_sysctl_numainfo__v4_15>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<__guest_handle_xen_sysctl_meminfo_t__v4_15>())==8&&at(8+sz::<__guest_handle_xen_sysctl_meminfo_t__v4_15>(),al::<crate::x86_64::__guest_handle_uint32>())==16, "xen_sysctl_numainfo__v4_15");
    assert!(sz::<xen_sysctl_page_offline_op__v4_15>()==24&&al::<xen_sysctl_page_offline_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<crate::x86_64::__guest_handle_uint32>())==16, "xen_sysctl_page_offline_op__v4_15");
    assert!(sz::<xen_sysctl_pcitopoinfo__v4_15>()==24&&al::<xen_sysctl_pcitopoinfo__v4_15>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<crate::x86_64::__guest_handle_physdev_pci_device_t>())==8&&at(8+sz::<crate::x86_64::__guest_handle_physdev_pci_device_t>(),al::<crate::x86_64::__guest_handle_uint32>())==16, "xen_sysctl_pcitopoinfo__v4_15");
    assert!(sz::<xen_sysctl_perfc_op__v4_15>()==32&&al::<xen_sysctl_perfc_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<__guest_handle_xen_sysctl_perfc_desc_t__v4_15>())==16&&at(16+sz::<__guest_handle_xen_sysctl_perfc_desc_t__v4_15>(),al::<__guest_handle_xen_sysctl_perfc_val_t__v4_15>())==24, "xen_sysctl_perfc_op__v4_15");
    assert!(sz::<xen_sysctl_physinfo__v4_15>()==104&&al::<xen_sysctl_physinfo__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u64>())==32&&at(32+sz::<u64>(),al::<u64>())==40&&at(40+sz::<u64>(),al::<u64>())==48&&at(48+sz::<u64>(),al::<u64>())==56&&at(56+sz::<u64>(),al::<u64>())==64&&at(64+sz::<u64>(),al::<[u32; 8]>())==72, "xen_sysctl_physinfo__v4_15");
    assert!(sz::<xen_sysctl_pm_op__v4_15>()==128&&al::<xen_sysctl_pm_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 15]>())==8, "xen_sysctl_pm_op__v4_15");
    assert!(sz::<xen_sysctl_psr_alloc__v4_15>()==20&&al::<xen_sysctl_psr_alloc__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u32; 3]>())==8, "xen_sysctl_psr_alloc__v4_15");
    assert!(sz::<xen_sysctl_psr_cmt_op__v4_15>()==16&&al::<xen_sysctl_psr_cmt_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 1]>())==8, "xen_sysctl_psr_cmt_op__v4_15");
    assert!(sz::<xen_sysctl_readconsole__v4_15>()==24&&al::<xen_sysctl_readconsole__v4_15>()==8&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::__guest_handle_char>())==8&&at(8+sz::<crate::x86_64::__guest_handle_char>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<[u8; 4]>())==20, "xen_sysctl_readconsole__v4_15");
    assert!(sz::<xen_sysctl_sched_id__v4_15>()==4&&al::<xen_sysctl_sched_id__v4_15>()==4, "xen_sysctl_sched_id__v4_15");
    assert!(sz::<xen_sysctl_credit2_schedule__v4_15>()==4&&al::<xen_sysctl_credit2_schedule__v4_15>()==4, "xen_sysctl_credit2_schedule__v4_15");
    assert!(sz::<xen_sysctl_credit_schedule__v4_15>()==12&&al::<xen_sysctl_credit_schedule__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xen_sysctl_credit_schedule__v4_15");
    assert!(sz::<xen_sysctl_sched_arinc653__v4_15>()==8&&al::<xen_sysctl_sched_arinc653__v4_15>()==8, "xen_sysctl_sched_arinc653__v4_15");
    assert!(sz::<xen_sysctl_scheduler_op__v4_15>()==32&&al::<xen_sysctl_scheduler_op__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<[u64; 2]>())==16, "xen_sysctl_scheduler_op__v4_15");
    assert!(sz::<xen_sysctl_tbuf_op__v4_15>()==48&&al::<xen_sysctl_tbuf_op__v4_15>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<xenctl_bitmap__v4_15>())==8&&at(8+sz::<xenctl_bitmap__v4_15>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<[u8; 4]>())==28&&at(28+sz::<[u8; 4]>(),al::<u64>())==32&&at(32+sz::<u64>(),al::<u32>())==40&&at(40+sz::<u32>(),al::<[u8; 4]>())==44, "xen_sysctl_tbuf_op__v4_15");
    assert!(sz::<xen_sysctl__v4_15>()==136&&al::<xen_sysctl__v4_15>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 16]>())==8, "xen_sysctl__v4_15");
    assert!(sz::<xen_sysctl_arinc653_schedule__v4_15>()==2064&&al::<xen_sysctl_arinc653_schedule__v4_15>()==8&&at(0+sz::<u64>(),al::<u8>())==8&&at(8+sz::<u8>(),al::<[u8; 7]>())==9&&at(9+sz::<[u8; 7]>(),al::<[u64; 256]>())==16, "xen_sysctl_arinc653_schedule__v4_15");
    assert!(sz::<xen_sysctl_cpuinfo__v4_15>()==8&&al::<xen_sysctl_cpuinfo__v4_15>()==8, "xen_sysctl_cpuinfo__v4_15");
    assert!(sz::<xen_sysctl_cputopo__v4_15>()==12&&al::<xen_sysctl_cputopo__v4_15>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xen_sysctl_cputopo__v4_15");
    assert!(sz::<xen_sysctl_lockprof_data__v4_15>()==80&&al::<xen_sysctl_lockprof_data__v4_15>()==8&&at(0+sz::<[i8; 40]>(),al::<i32>())==40&&at(40+sz::<i32>(),al::<i32>())==44&&at(44+sz::<i32>(),al::<u64>())==48&&at(48+sz::<u64>(),al::<u64>())==56&&at(56+sz::<u64>(),al::<u64>())==64&&at(64+sz::<u64>(),al::<u64>())==72, "xen_sysctl_lockprof_data__v4_15");
    assert!(sz::<xen_sysctl_meminfo__v4_15>()==16&&al::<xen_sysctl_meminfo__v4_15>()==8&&at(0+sz::<u64>(),al::<u64>())==8, "xen_sysctl_meminfo__v4_15");
    assert!(sz::<xen_sysctl_perfc_desc__v4_15>()==84&&al::<xen_sysctl_perfc_desc__v4_15>()==4&&at(0+sz::<[i8; 80]>(),al::<u32>())==80, "xen_sysctl_perfc_desc__v4_15");
    assert!(sz::<xencamera_page_directory__v4_15>()==8&&al::<xencamera_page_directory__v4_15>()==4&&at(0+sz::<crate::x86_64::grant_ref_t>(),al::<[crate::x86_64::grant_ref_t; 1]>())==4, "xencamera_page_directory__v4_15");
    assert!(sz::<xencons_interface__v4_15>()==3088&&al::<xencons_interface__v4_15>()==4&&at(0+sz::<[i8; 1024]>(),al::<[i8; 2048]>())==1024&&at(1024+sz::<[i8; 2048]>(),al::<crate::x86_64::XENCONS_RING_IDX>())==3072&&at(3072+sz::<crate::x86_64::XENCONS_RING_IDX>(),al::<crate::x86_64::XENCONS_RING_IDX>())==3076&&at(3076+sz::<crate::x86_64::XENCONS_RING_IDX>(),al::<crate::x86_64::XENCONS_RING_IDX>())==3080&&at(3080+sz::<crate::x86_64::XENCONS_RING_IDX>(),al::<crate::x86_64::XENCONS_RING_IDX>())==3084, "xencons_interface__v4_15");
    assert!(sz::<xendispl_page_directory__v4_15>()==8&&al::<xendispl_page_directory__v4_15>()==4&&at(0+sz::<crate::x86_64::grant_ref_t>(),al::<[crate::x86_64::grant_ref_t; 1]>())==4, "xendispl_page_directory__v4_15");
    assert!(sz::<xensnd_page_directory__v4_15>()==8&&al::<xensnd_page_directory__v4_15>()==4&&at(0+sz::<crate::x86_64::grant_ref_t>(),al::<[crate::x86_64::grant_ref_t; 1]>())==4, "xensnd_page_directory__v4_15");
    assert!(sz::<xenstore_domain_interface__v4_15>()==2072&&al::<xenstore_domain_interface__v4_15>()==4&&at(0+sz::<[i8; 1024]>(),al::<[i8; 1024]>())==1024&&at(1024+sz::<[i8; 1024]>(),al::<crate::x86_64::XENSTORE_RING_IDX>())==2048&&at(2048+sz::<crate::x86_64::XENSTORE_RING_IDX>(),al::<crate::x86_64::XENSTORE_RING_IDX>())==2052&&at(2052+sz::<crate::x86_64::XENSTORE_RING_IDX>(),al::<crate::x86_64::XENSTORE_RING_IDX>())==2056&&at(2056+sz::<crate::x86_64::XENSTORE_RING_IDX>(),al::<crate::x86_64::XENSTORE_RING_IDX>())==2060&&at(2060+sz::<crate::x86_64::XENSTORE_RING_IDX>(),al::<u32>())==2064&&at(2064+sz::<u32>(),al::<u32>())==2068, "xenstore_domain_interface__v4_15");
    assert!(sz::<xen_domctl_cpu_policy__v4_15_5>()==40&&al::<xen_domctl_cpu_policy__v4_15_5>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::__guest_handle_xen_cpuid_leaf_t>())==8&&at(8+sz::<crate::x86_64::__guest_handle_xen_cpuid_leaf_t>(),al::<crate::x86_64::__guest_handle_xen_msr_entry_t>())==16&&at(16+sz::<crate::x86_64::__guest_handle_xen_msr_entry_t>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<[u8; 4]>())==36, "xen_domctl_cpu_policy__v4_15_5");
    assert!(sz::<xen_domctl__v4_15_5>()==144&&al::<xen_domctl__v4_15_5>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::domid_t>())==8&&at(8+sz::<crate::x86_64::domid_t>(),al::<[u16; 3]>())==10&&at(10+sz::<[u16; 3]>(),al::<[u64; 16]>())==16, "xen_domctl__v4_15_5");
    assert!(sz::<xen_sysctl_cpu_policy__v4_15_5>()==32&&al::<xen_sysctl_cpu_policy__v4_15_5>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<crate::x86_64::__guest_handle_xen_cpuid_leaf_t>())==16&&at(16+sz::<crate::x86_64::__guest_handle_xen_cpuid_leaf_t>(),al::<crate::x86_64::__guest_handle_xen_msr_entry_t>())==24, "xen_sysctl_cpu_policy__v4_15_5");
    assert!(sz::<xen_sysctl__v4_15_5>()==136&&al::<xen_sysctl__v4_15_5>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 16]>())==8, "xen_sysctl__v4_15_5");
    assert!(sz::<vm_event_regs_arm__v4_16>()==40&&al::<vm_event_regs_arm__v4_16>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24&&at(24+sz::<u64>(),al::<u64>())==32, "vm_event_regs_arm__v4_16");
    assert!(sz::<vm_event_st__v4_16>()==400&&al::<vm_event_st__v4_16>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u16>())==16&&at(16+sz::<u16>(),al::<[u16; 3]>())==18&&at(18+sz::<[u16; 3]>(),al::<[u64; 4]>())==24&&at(24+sz::<[u64; 4]>(),al::<[u64; 43]>())==56, "vm_event_st__v4_16");
    assert!(sz::<vm_event_sring_entry__v4_16>()==400&&al::<vm_event_sring_entry__v4_16>()==8, "vm_event_sring_entry__v4_16");
    assert!(sz::<vm_event_sring__v4_16>()==464&&al::<vm_event_sring__v4_16>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[vm_event_sring_entry__v4_16; 1]>())==64, "vm_event_sring__v4_16");
    assert!(sz::<xen_domctl_createdomain__v4_16>()==60&&al::<xen_domctl_createdomain__v4_16>()==4&&at(0+sz::<u32>(),al::<crate::x86_64::xen_domain_handle_t>())==4&&at(4+sz::<crate::x86_64::xen_domain_handle_t>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<i32>())==36&&at(36+sz::<i32>(),al::<i32>())==40&&at(40+sz::<i32>(),al::<u32>())==44&&at(44+sz::<u32>(),al::<u32>())==48&&at(48+sz::<u32>(),al::<xen_arch_domainconfig__v4_15>())==52, "xen_domctl_createdomain__v4_16");
    assert!(sz::<xen_domctl_getdomaininfo__v4_16>()==112&&al::<xen_domctl_getdomaininfo__v4_16>()==8&&at(0+sz::<crate::x86_64::domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24&&at(24+sz::<u64>(),al::<u64>())==32&&at(32+sz::<u64>(),al::<u64>())==40&&at(40+sz::<u64>(),al::<u64>())==48&&at(48+sz::<u64>(),al::<u64>())==56&&at(56+sz::<u64>(),al::<u32>())==64&&at(64+sz::<u32>(),al::<u32>())==68&&at(68+sz::<u32>(),al::<u32>())==72&&at(72+sz::<u32>(),al::<crate::x86_64::xen_domain_handle_t>())==76&&at(76+sz::<crate::x86_64::xen_domain_handle_t>(),al::<u32>())==92&&at(92+sz::<u32>(),al::<u8>())==96&&at(96+sz::<u8>(),al::<[u8; 7]>())==97&&at(97+sz::<[u8; 7]>(),al::<xen_arch_domainconfig__v4_15>())==104, "xen_domctl_getdomaininfo__v4_16");
    assert!(sz::<xen_domctl_irq_permission__v4_16>()==8&&al::<xen_domctl_irq_permission__v4_16>()==4&&at(0+sz::<u32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<[u8; 3]>())==5, "xen_domctl_irq_permission__v4_16");
    assert!(sz::<xen_domctl__v4_16>()==144&&al::<xen_domctl__v4_16>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::domid_t>())==8&&at(8+sz::<crate::x86_64::domid_t>(),al::<[u16; 3]>())==10&&at(10+sz::<[u16; 3]>(),al::<[u64; 16]>())==16, "xen_domctl__v4_16");
    assert!(sz::<xen_domctl__v4_16_5>()==144&&al::<xen_domctl__v4_16_5>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::domid_t>())==8&&at(8+sz::<crate::x86_64::domid_t>(),al::<[u16; 3]>())==10&&at(10+sz::<[u16; 3]>(),al::<[u64; 16]>())==16, "xen_domctl__v4_16_5");
    assert!(sz::<physdev_manage_pci_ext__v4_17>()==16&&al::<physdev_manage_pci_ext__v4_17>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 2]>())==12&&at(12+sz::<[u8; 2]>(),al::<[u8; 2]>())==14, "physdev_manage_pci_ext__v4_17");
    assert!(sz::<vm_event_vmexit__v4_17>()==16&&al::<vm_event_vmexit__v4_17>()==8, "vm_event_vmexit__v4_17");
    assert!(sz::<vm_event_st__v4_17>()==400&&al::<vm_event_st__v4_17>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u16>())==16&&at(16+sz::<u16>(),al::<[u16; 3]>())==18&&at(18+sz::<[u16; 3]>(),al::<[u64; 4]>())==24&&at(24+sz::<[u64; 4]>(),al::<[u64; 43]>())==56, "vm_event_st__v4_17");
    assert!(sz::<vm_event_sring_entry__v4_17>()==400&&al::<vm_event_sring_entry__v4_17>()==8, "vm_event_sring_entry__v4_17");
    assert!(sz::<vm_event_sring__v4_17>()==464&&al::<vm_event_sring__v4_17>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[vm_event_sring_entry__v4_17; 1]>())==64, "vm_event_sring__v4_17");
    assert!(sz::<xen_domctl_createdomain__v4_17>()==64&&al::<xen_domctl_createdomain__v4_17>()==4&&at(0+sz::<u32>(),al::<crate::x86_64::xen_domain_handle_t>())==4&&at(4+sz::<crate::x86_64::xen_domain_handle_t>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<i32>())==36&&at(36+sz::<i32>(),al::<i32>())==40&&at(40+sz::<i32>(),al::<u32>())==44&&at(44+sz::<u32>(),al::<u32>())==48&&at(48+sz::<u32>(),al::<u32>())==52&&at(52+sz::<u32>(),al::<xen_arch_domainconfig__v4_15>())==56, "xen_domctl_createdomain__v4_17");
    assert!(sz::<xen_domctl_monitor_op__v4_17>()==24&&al::<xen_domctl_monitor_op__v4_17>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 2]>())==8, "xen_domctl_monitor_op__v4_17");
    assert!(sz::<xen_domctl_paging_mempool__v4_17>()==8&&al::<xen_domctl_paging_mempool__v4_17>()==8, "xen_domctl_paging_mempool__v4_17");
    assert!(sz::<xen_domctl__v4_17>()==144&&al::<xen_domctl__v4_17>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::domid_t>())==8&&at(8+sz::<crate::x86_64::domid_t>(),al::<[u16; 3]>())==10&&at(10+sz::<[u16; 3]>(),al::<[u64; 16]>())==16, "xen_domctl__v4_17");
    assert!(sz::<xen_sysctl_physinfo__v4_17>()==112&&al::<xen_sysctl_physinfo__v4_17>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<u32>())==36&&at(36+sz::<u32>(),al::<u64>())==40&&at(40+sz::<u64>(),al::<u64>())==48&&at(48+sz::<u64>(),al::<u64>())==56&&at(56+sz::<u64>(),al::<u64>())==64&&at(64+sz::<u64>(),al::<u64>())==72&&at(72+sz::<u64>(),al::<[u32; 8]>())==80, "xen_sysctl_physinfo__v4_17");
    assert!(sz::<xen_sysctl_credit2_schedule__v4_17>()==4&&al::<xen_sysctl_credit2_schedule__v4_17>()==4, "xen_sysctl_credit2_schedule__v4_17");
    assert!(sz::<xen_sysctl_credit_schedule__v4_17>()==12&&al::<xen_sysctl_credit_schedule__v4_17>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xen_sysctl_credit_schedule__v4_17");
    assert!(sz::<xen_sysctl_scheduler_op__v4_17>()==32&&al::<xen_sysctl_scheduler_op__v4_17>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<[u64; 2]>())==16, "xen_sysctl_scheduler_op__v4_17");
    assert!(sz::<xen_sysctl__v4_17>()==136&&al::<xen_sysctl__v4_17>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 16]>())==8, "xen_sysctl__v4_17");
    assert!(sz::<xen_sysctl_arinc653_schedule__v4_17>()==2064&&al::<xen_sysctl_arinc653_schedule__v4_17>()==8&&at(0+sz::<u64>(),al::<u8>())==8&&at(8+sz::<u8>(),al::<[u8; 7]>())==9&&at(9+sz::<[u8; 7]>(),al::<[u64; 256]>())==16, "xen_sysctl_arinc653_schedule__v4_17");
    assert!(sz::<xenstore_domain_interface__v4_17>()==2076&&al::<xenstore_domain_interface__v4_17>()==4&&at(0+sz::<[i8; 1024]>(),al::<[i8; 1024]>())==1024&&at(1024+sz::<[i8; 1024]>(),al::<crate::x86_64::XENSTORE_RING_IDX>())==2048&&at(2048+sz::<crate::x86_64::XENSTORE_RING_IDX>(),al::<crate::x86_64::XENSTORE_RING_IDX>())==2052&&at(2052+sz::<crate::x86_64::XENSTORE_RING_IDX>(),al::<crate::x86_64::XENSTORE_RING_IDX>())==2056&&at(2056+sz::<crate::x86_64::XENSTORE_RING_IDX>(),al::<crate::x86_64::XENSTORE_RING_IDX>())==2060&&at(2060+sz::<crate::x86_64::XENSTORE_RING_IDX>(),al::<u32>())==2064&&at(2064+sz::<u32>(),al::<u32>())==2068&&at(2068+sz::<u32>(),al::<u32>())==2072, "xenstore_domain_interface__v4_17");
    assert!(sz::<xen_domctl__v4_17_2>()==144&&al::<xen_domctl__v4_17_2>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::domid_t>())==8&&at(8+sz::<crate::x86_64::domid_t>(),al::<[u16; 3]>())==10&&at(10+sz::<[u16; 3]>(),al::<[u64; 16]>())==16, "xen_domctl__v4_17_2");
    assert!(sz::<xen_sysctl__v4_17_2>()==136&&al::<xen_sysctl__v4_17_2>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 16]>())==8, "xen_sysctl__v4_17_2");
    assert!(sz::<vm_event_io__v4_18>()==8&&al::<vm_event_io__v4_18>()==4&&at(0+sz::<u32>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<u8>())==7, "vm_event_io__v4_18");
    assert!(sz::<vm_event_st__v4_18>()==400&&al::<vm_event_st__v4_18>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u16>())==16&&at(16+sz::<u16>(),al::<[u16; 3]>())==18&&at(18+sz::<[u16; 3]>(),al::<[u64; 4]>())==24&&at(24+sz::<[u64; 4]>(),al::<[u64; 43]>())==56, "vm_event_st__v4_18");
    assert!(sz::<vm_event_sring_entry__v4_18>()==400&&al::<vm_event_sring_entry__v4_18>()==8, "vm_event_sring_entry__v4_18");
    assert!(sz::<vm_event_sring__v4_18>()==464&&al::<vm_event_sring__v4_18>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[vm_event_sring_entry__v4_18; 1]>())==64, "vm_event_sring__v4_18");
    assert!(sz::<xen_cppc_para__v4_18>()==40&&al::<xen_cppc_para__v4_18>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<u32>())==36, "xen_cppc_para__v4_18");
    assert!(sz::<xen_feature_info__v4_18>()==8&&al::<xen_feature_info__v4_18>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_feature_info__v4_18");
    assert!(sz::<xen_get_cpufreq_para__v4_18>()==120&&al::<xen_get_cpufreq_para__v4_18>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<crate::x86_64::__guest_handle_uint32>())==16&&at(16+sz::<crate::x86_64::__guest_handle_uint32>(),al::<crate::x86_64::__guest_handle_uint32>())==24&&at(24+sz::<crate::x86_64::__guest_handle_uint32>(),al::<crate::x86_64::__guest_handle_char>())==32&&at(32+sz::<crate::x86_64::__guest_handle_char>(),al::<[i8; 16]>())==40&&at(40+sz::<[i8; 16]>(),al::<u32>())==56&&at(56+sz::<u32>(),al::<u32>())==60&&at(60+sz::<u32>(),al::<u32>())==64&&at(64+sz::<u32>(),al::<[u32; 11]>())==68&&at(68+sz::<[u32; 11]>(),al::<i32>())==112&&at(112+sz::<i32>(),al::<[u8; 4]>())==116, "xen_get_cpufreq_para__v4_18");
    assert!(sz::<xen_platform_op__v4_18>()==136&&al::<xen_platform_op__v4_18>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 16]>())==8, "xen_platform_op__v4_18");
    assert!(sz::<xen_set_cppc_para__v4_18>()==24&&al::<xen_set_cppc_para__v4_18>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20, "xen_set_cppc_para__v4_18");
    assert!(sz::<xen_sysctl_pm_op__v4_18>()==128&&al::<xen_sysctl_pm_op__v4_18>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 15]>())==8, "xen_sysctl_pm_op__v4_18");
    assert!(sz::<xen_sysctl__v4_18>()==136&&al::<xen_sysctl__v4_18>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 16]>())==8, "xen_sysctl__v4_18");
    assert!(sz::<hvm_hw_lapic__v4_18_5>()==32&&al::<hvm_hw_lapic__v4_18_5>()==8&&at(0+sz::<u64>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<[u8; 4]>())==28, "hvm_hw_lapic__v4_18_5");
    assert!(sz::<__HVM_SAVE_TYPE_LAPIC__v4_18_5>()==40&&al::<__HVM_SAVE_TYPE_LAPIC__v4_18_5>()==8&&at(0+sz::<hvm_hw_lapic__v4_18_5>(),al::<[i8; 5]>())==32&&at(32+sz::<[i8; 5]>(),al::<[i8; 1]>())==37&&at(37+sz::<[i8; 1]>(),al::<[u8; 2]>())==38, "__HVM_SAVE_TYPE_LAPIC__v4_18_5");
    assert!(sz::<blkif_sring__v4_19>()==64&&al::<blkif_sring__v4_19>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::blkif_sring_entry; 0]>())==64, "blkif_sring__v4_19");
    assert!(sz::<fsif_read_request__v4_19>()==24&&al::<fsif_read_request__v4_19>()==8&&at(0+sz::<u32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<[crate::x86_64::grant_ref_t; 0]>())==24, "fsif_read_request__v4_19");
    assert!(sz::<fsif_write_request__v4_19>()==24&&al::<fsif_write_request__v4_19>()==8&&at(0+sz::<u32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<[crate::x86_64::grant_ref_t; 0]>())==24, "fsif_write_request__v4_19");
    assert!(sz::<fsif_request__v4_19>()==32&&al::<fsif_request__v4_19>()==8&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 3]>())==8, "fsif_request__v4_19");
    assert!(sz::<fsif_sring_entry__v4_19>()==56&&al::<fsif_sring_entry__v4_19>()==8, "fsif_sring_entry__v4_19");
    assert!(sz::<fsif_sring__v4_19>()==64&&al::<fsif_sring__v4_19>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[fsif_sring_entry__v4_19; 0]>())==64, "fsif_sring__v4_19");
    assert!(sz::<netif_rx_sring__v4_19>()==64&&al::<netif_rx_sring__v4_19>()==4&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::netif_rx_sring_entry; 0]>())==64, "netif_rx_sring__v4_19");
    assert!(sz::<netif_tx_sring__v4_19>()==64&&al::<netif_tx_sring__v4_19>()==4&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::netif_tx_sring_entry; 0]>())==64, "netif_tx_sring__v4_19");
    assert!(sz::<usbif_conn_sring__v4_19>()==64&&al::<usbif_conn_sring__v4_19>()==4&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::usbif_conn_sring_entry; 0]>())==64, "usbif_conn_sring__v4_19");
    assert!(sz::<usbif_urb_sring__v4_19>()==64&&al::<usbif_urb_sring__v4_19>()==4&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::usbif_urb_sring_entry; 0]>())==64, "usbif_urb_sring__v4_19");
    assert!(sz::<vm_event_sring__v4_19>()==64&&al::<vm_event_sring__v4_19>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[vm_event_sring_entry__v4_18; 0]>())==64, "vm_event_sring__v4_19");
    assert!(sz::<vscsiif_sring__v4_19>()==64&&al::<vscsiif_sring__v4_19>()==4&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::vscsiif_sring_entry; 0]>())==64, "vscsiif_sring__v4_19");
    assert!(sz::<xen_cameraif_sring__v4_19>()==64&&al::<xen_cameraif_sring__v4_19>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::xen_cameraif_sring_entry; 0]>())==64, "xen_cameraif_sring__v4_19");
    assert!(sz::<xen_displif_sring__v4_19>()==64&&al::<xen_displif_sring__v4_19>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::xen_displif_sring_entry; 0]>())==64, "xen_displif_sring__v4_19");
    assert!(sz::<xen_domctl_createdomain__v4_19>()==68&&al::<xen_domctl_createdomain__v4_19>()==4&&at(0+sz::<u32>(),al::<crate::x86_64::xen_domain_handle_t>())==4&&at(4+sz::<crate::x86_64::xen_domain_handle_t>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<i32>())==36&&at(36+sz::<i32>(),al::<i32>())==40&&at(40+sz::<i32>(),al::<u32>())==44&&at(44+sz::<u32>(),al::<u32>())==48&&at(48+sz::<u32>(),al::<u32>())==52&&at(52+sz::<u32>(),al::<u32>())==56&&at(56+sz::<u32>(),al::<xen_arch_domainconfig__v4_15>())==60, "xen_domctl_createdomain__v4_19");
    assert!(sz::<xen_domctl__v4_19>()==144&&al::<xen_domctl__v4_19>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::domid_t>())==8&&at(8+sz::<crate::x86_64::domid_t>(),al::<[u16; 3]>())==10&&at(10+sz::<[u16; 3]>(),al::<[u64; 16]>())==16, "xen_domctl__v4_19");
    assert!(sz::<xen_netif_ctrl_sring__v4_19>()==64&&al::<xen_netif_ctrl_sring__v4_19>()==4&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::xen_netif_ctrl_sring_entry; 0]>())==64, "xen_netif_ctrl_sring__v4_19");
    assert!(sz::<xen_pvcalls_sring__v4_19>()==64&&al::<xen_pvcalls_sring__v4_19>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::xen_pvcalls_sring_entry; 0]>())==64, "xen_pvcalls_sring__v4_19");
    assert!(sz::<xen_sndif_sring__v4_19>()==64&&al::<xen_sndif_sring__v4_19>()==8&&at(0+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==4&&at(4+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==8&&at(8+sz::<crate::x86_64::RING_IDX>(),al::<crate::x86_64::RING_IDX>())==12&&at(12+sz::<crate::x86_64::RING_IDX>(),al::<[u8; 4]>())==16&&at(16+sz::<[u8; 4]>(),al::<[u8; 44]>())==20&&at(20+sz::<[u8; 44]>(),al::<[crate::x86_64::xen_sndif_sring_entry; 0]>())==64, "xen_sndif_sring__v4_19");
    assert!(sz::<xen_sysctl_livepatch_op__v4_19>()==72&&al::<xen_sysctl_livepatch_op__v4_19>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 8]>())==8, "xen_sysctl_livepatch_op__v4_19");
    assert!(sz::<xen_sysctl__v4_19>()==136&&al::<xen_sysctl__v4_19>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 16]>())==8, "xen_sysctl__v4_19");
    assert!(sz::<xencamera_page_directory__v4_19>()==4&&al::<xencamera_page_directory__v4_19>()==4&&at(0+sz::<crate::x86_64::grant_ref_t>(),al::<[crate::x86_64::grant_ref_t; 0]>())==4, "xencamera_page_directory__v4_19");
    assert!(sz::<xendispl_page_directory__v4_19>()==4&&al::<xendispl_page_directory__v4_19>()==4&&at(0+sz::<crate::x86_64::grant_ref_t>(),al::<[crate::x86_64::grant_ref_t; 0]>())==4, "xendispl_page_directory__v4_19");
    assert!(sz::<xensnd_page_directory__v4_19>()==4&&al::<xensnd_page_directory__v4_19>()==4&&at(0+sz::<crate::x86_64::grant_ref_t>(),al::<[crate::x86_64::grant_ref_t; 0]>())==4, "xensnd_page_directory__v4_19");
    assert!(sz::<xen_domctl_gsi_permission__v4_20>()==8&&al::<xen_domctl_gsi_permission__v4_20>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_domctl_gsi_permission__v4_20");
    assert!(sz::<xen_domctl_set_llc_colors__v4_20>()==16&&al::<xen_domctl_set_llc_colors__v4_20>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::__guest_handle_uint32>())==8, "xen_domctl_set_llc_colors__v4_20");
    assert!(sz::<xen_domctl__v4_20>()==144&&al::<xen_domctl__v4_20>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::domid_t>())==8&&at(8+sz::<crate::x86_64::domid_t>(),al::<[u16; 3]>())==10&&at(10+sz::<[u16; 3]>(),al::<[u64; 16]>())==16, "xen_domctl__v4_20");
    assert!(sz::<xen_platform_op__v4_20>()==136&&al::<xen_platform_op__v4_20>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 16]>())==8, "xen_platform_op__v4_20");
    assert!(sz::<xen_domctl_createdomain__v4_21>()==68&&al::<xen_domctl_createdomain__v4_21>()==4&&at(0+sz::<u32>(),al::<crate::x86_64::xen_domain_handle_t>())==4&&at(4+sz::<crate::x86_64::xen_domain_handle_t>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<i32>())==36&&at(36+sz::<i32>(),al::<i32>())==40&&at(40+sz::<i32>(),al::<u32>())==44&&at(44+sz::<u32>(),al::<[u16; 2]>())==48&&at(48+sz::<[u16; 2]>(),al::<u32>())==52&&at(52+sz::<u32>(),al::<u32>())==56&&at(56+sz::<u32>(),al::<xen_arch_domainconfig__v4_15>())==60, "xen_domctl_createdomain__v4_21");
    assert!(sz::<xen_domctl_get_domain_state__v4_21>()==16&&al::<xen_domctl_get_domain_state__v4_21>()==8&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8, "xen_domctl_get_domain_state__v4_21");
    assert!(sz::<xen_domctl__v4_21>()==144&&al::<xen_domctl__v4_21>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::x86_64::domid_t>())==8&&at(8+sz::<crate::x86_64::domid_t>(),al::<[u16; 3]>())==10&&at(10+sz::<[u16; 3]>(),al::<[u64; 16]>())==16, "xen_domctl__v4_21");
    assert!(sz::<xen_get_cppc_para__v4_21>()==40&&al::<xen_get_cppc_para__v4_21>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<u32>())==36, "xen_get_cppc_para__v4_21");
    assert!(sz::<xen_get_cpufreq_para__v4_21>()==120&&al::<xen_get_cpufreq_para__v4_21>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<crate::x86_64::__guest_handle_uint32>())==16&&at(16+sz::<crate::x86_64::__guest_handle_uint32>(),al::<crate::x86_64::__guest_handle_uint32>())==24&&at(24+sz::<crate::x86_64::__guest_handle_uint32>(),al::<crate::x86_64::__guest_handle_char>())==32&&at(32+sz::<crate::x86_64::__guest_handle_char>(),al::<[i8; 16]>())==40&&at(40+sz::<[i8; 16]>(),al::<u32>())==56&&at(56+sz::<u32>(),al::<u32>())==60&&at(60+sz::<u32>(),al::<u32>())==64&&at(64+sz::<u32>(),al::<[u32; 11]>())==68&&at(68+sz::<[u32; 11]>(),al::<i32>())==112&&at(112+sz::<i32>(),al::<[u8; 4]>())==116, "xen_get_cpufreq_para__v4_21");
    assert!(sz::<xenpf_set_processor_pminfo__v4_21>()==112&&al::<xenpf_set_processor_pminfo__v4_21>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 13]>())==8, "xenpf_set_processor_pminfo__v4_21");
    assert!(sz::<xen_platform_op__v4_21>()==136&&al::<xen_platform_op__v4_21>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 16]>())==8, "xen_platform_op__v4_21");
    assert!(sz::<xen_sysctl_pm_op__v4_21>()==128&&al::<xen_sysctl_pm_op__v4_21>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 15]>())==8, "xen_sysctl_pm_op__v4_21");
    assert!(sz::<xen_sysctl__v4_21>()==136&&al::<xen_sysctl__v4_21>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 16]>())==8, "xen_sysctl__v4_21");
    assert!(sz::<xencons_interface__v4_21>()==3092&&al::<xencons_interface__v4_21>()==4&&at(0+sz::<[i8; 1024]>(),al::<[i8; 2048]>())==1024&&at(1024+sz::<[i8; 2048]>(),al::<crate::x86_64::XENCONS_RING_IDX>())==3072&&at(3072+sz::<crate::x86_64::XENCONS_RING_IDX>(),al::<crate::x86_64::XENCONS_RING_IDX>())==3076&&at(3076+sz::<crate::x86_64::XENCONS_RING_IDX>(),al::<crate::x86_64::XENCONS_RING_IDX>())==3080&&at(3080+sz::<crate::x86_64::XENCONS_RING_IDX>(),al::<crate::x86_64::XENCONS_RING_IDX>())==3084&&at(3084+sz::<crate::x86_64::XENCONS_RING_IDX>(),al::<u8>())==3088&&at(3088+sz::<u8>(),al::<[u8; 3]>())==3089, "xencons_interface__v4_21");
    assert!(sz::<xenstore_domain_interface__v4_21>()==2080&&al::<xenstore_domain_interface__v4_21>()==4&&at(0+sz::<[i8; 1024]>(),al::<[i8; 1024]>())==1024&&at(1024+sz::<[i8; 1024]>(),al::<crate::x86_64::XENSTORE_RING_IDX>())==2048&&at(2048+sz::<crate::x86_64::XENSTORE_RING_IDX>(),al::<crate::x86_64::XENSTORE_RING_IDX>())==2052&&at(2052+sz::<crate::x86_64::XENSTORE_RING_IDX>(),al::<crate::x86_64::XENSTORE_RING_IDX>())==2056&&at(2056+sz::<crate::x86_64::XENSTORE_RING_IDX>(),al::<crate::x86_64::XENSTORE_RING_IDX>())==2060&&at(2060+sz::<crate::x86_64::XENSTORE_RING_IDX>(),al::<u32>())==2064&&at(2064+sz::<u32>(),al::<u32>())==2068&&at(2068+sz::<u32>(),al::<u32>())==2072&&at(2072+sz::<u32>(),al::<u32>())==2076, "xenstore_domain_interface__v4_21");
    assert!(sz::<xen_sysctl__v4_22>()==136&&al::<xen_sysctl__v4_22>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 16]>())==8, "xen_sysctl__v4_22");
};
