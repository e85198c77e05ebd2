//! x86_32: the stable core for releases 4.15.0 .. 4.22.0 (generated; do not edit).
//!
//! Every item is identical in each release of the range where it exists; its
//! documentation names its header and line, and `since`/`until` when it does not span
//! the whole range.

#[allow(unused_imports)]
use crate::{at, Hypercall};

/// The tools-only (`__XEN_TOOLS__`) view of each release, for domctl, sysctl & co.
pub mod tools;

/// `RING_IDX` (io/ring.h:44)
pub type RING_IDX = u32;
/// `TPMIF_RING_IDX` (io/tpmif.h:34)
pub type TPMIF_RING_IDX = u32;
/// `XENCONS_RING_IDX` (io/console.h:13)
pub type XENCONS_RING_IDX = u32;
/// `XENSTORE_RING_IDX` (io/xs_wire.h:103)
pub type XENSTORE_RING_IDX = u32;
/// `XenbusState` (io/xenbus.h:51)
pub type XenbusState = i32;
/// `xen_pfn_t` (arch-x86/xen.h:57)
pub type xen_pfn_t = u32;
/// `arch_shared_info_t` (arch-x86/xen.h:265)
pub type arch_shared_info_t = arch_shared_info;
/// `arch_vcpu_info_t` (arch-x86/xen-x86_32.h:166)
pub type arch_vcpu_info_t = arch_vcpu_info;
/// `blkif_back_ring_t` (io/blkif.h:723)
pub type blkif_back_ring_t = blkif_back_ring;
/// `blkif_front_ring_t` (io/blkif.h:723)
pub type blkif_front_ring_t = blkif_front_ring;
/// `blkif_request_discard_t` (io/blkif.h:682)
pub type blkif_request_discard_t = blkif_request_discard;
/// `grant_ref_t` (grant_table.h:97)
pub type grant_ref_t = u32;
/// `blkif_request_indirect_t` (io/blkif.h:701)
pub type blkif_request_indirect_t = blkif_request_indirect;
/// `blkif_request_t` (io/blkif.h:663)
pub type blkif_request_t = blkif_request;
/// `blkif_response_t` (io/blkif.h:708)
pub type blkif_response_t = blkif_response;
/// `buf_ioreq_t` (hvm/ioreq.h:65)
pub type buf_ioreq_t = buf_ioreq;
/// `buffered_iopage_t` (hvm/ioreq.h:82)
pub type buffered_iopage_t = buffered_iopage;
/// `xen_callback_t` (arch-x86/xen-x86_32.h:172)
pub type xen_callback_t = xen_callback;
/// `callback_register_t` (callback.h:72)
pub type callback_register_t = callback_register;
/// `callback_unregister_t` (callback.h:86)
pub type callback_unregister_t = callback_unregister;
/// `cpu_user_regs_t` (arch-x86/xen-x86_32.h:147)
pub type cpu_user_regs_t = cpu_user_regs;
/// `dom0_vga_console_info_t` (xen.h:979)
pub type dom0_vga_console_info_t = dom0_vga_console_info;
/// `domid_t` (xen.h:626)
pub type domid_t = u16;
/// `event_word_t` (event_channel.h:342)
pub type event_word_t = u32;
/// `evtchn_port_t` (event_channel.h:65)
pub type evtchn_port_t = u32;
/// `evtchn_alloc_unbound_t` (event_channel.h:82)
pub type evtchn_alloc_unbound_t = evtchn_alloc_unbound;
/// `evtchn_bind_interdomain_t` (event_channel.h:111)
pub type evtchn_bind_interdomain_t = evtchn_bind_interdomain;
/// `evtchn_bind_ipi_t` (event_channel.h:161)
pub type evtchn_bind_ipi_t = evtchn_bind_ipi;
/// `evtchn_bind_pirq_t` (event_channel.h:148)
pub type evtchn_bind_pirq_t = evtchn_bind_pirq;
/// `evtchn_bind_vcpu_t` (event_channel.h:236)
pub type evtchn_bind_vcpu_t = evtchn_bind_vcpu;
/// `evtchn_bind_virq_t` (event_channel.h:132)
pub type evtchn_bind_virq_t = evtchn_bind_virq;
/// `evtchn_close_t` (event_channel.h:172)
pub type evtchn_close_t = evtchn_close;
/// `evtchn_expand_array_t` (event_channel.h:289)
pub type evtchn_expand_array_t = evtchn_expand_array;
/// `evtchn_fifo_control_block_t` (event_channel.h:359)
pub type evtchn_fifo_control_block_t = evtchn_fifo_control_block;
/// `evtchn_init_control_t` (event_channel.h:280)
pub type evtchn_init_control_t = evtchn_init_control;
/// `evtchn_send_t` (event_channel.h:182)
pub type evtchn_send_t = evtchn_send;
/// `evtchn_status_t` (event_channel.h:217)
pub type evtchn_status_t = evtchn_status;
/// `evtchn_unmask_t` (event_channel.h:246)
pub type evtchn_unmask_t = evtchn_unmask;
/// `evtchn_op_t` (event_channel.h:322)
pub type evtchn_op_t = evtchn_op;
/// `evtchn_reset_t` (event_channel.h:262)
pub type evtchn_reset_t = evtchn_reset;
/// `evtchn_set_priority_t` (event_channel.h:299)
pub type evtchn_set_priority_t = evtchn_set_priority;
/// `fsif_back_ring_t` (io/fsif.h:167)
pub type fsif_back_ring_t = fsif_back_ring;
/// `fsif_front_ring_t` (io/fsif.h:167)
pub type fsif_front_ring_t = fsif_front_ring;
/// `fsif_response_t` (io/fsif.h:158)
pub type fsif_response_t = fsif_response;
/// `gnttab_cache_flush_t` (grant_table.h:582)
pub type gnttab_cache_flush_t = gnttab_cache_flush;
/// `gnttab_copy_t` (grant_table.h:458)
pub type gnttab_copy_t = gnttab_copy;
/// `gnttab_dump_table_t` (grant_table.h:396)
pub type gnttab_dump_table_t = gnttab_dump_table;
/// `gnttab_get_status_frames_t` (grant_table.h:536)
pub type gnttab_get_status_frames_t = gnttab_get_status_frames;
/// `gnttab_get_version_t` (grant_table.h:550)
pub type gnttab_get_version_t = gnttab_get_version;
/// `grant_handle_t` (grant_table.h:307)
pub type grant_handle_t = u32;
/// `gnttab_map_grant_ref_t` (grant_table.h:337)
pub type gnttab_map_grant_ref_t = gnttab_map_grant_ref;
/// `gnttab_query_size_t` (grant_table.h:476)
pub type gnttab_query_size_t = gnttab_query_size;
/// `gnttab_set_version_t` (grant_table.h:512)
pub type gnttab_set_version_t = gnttab_set_version;
/// `gnttab_setup_table_t` (grant_table.h:383)
pub type gnttab_setup_table_t = gnttab_setup_table;
/// `gnttab_swap_grant_ref_t` (grant_table.h:563)
pub type gnttab_swap_grant_ref_t = gnttab_swap_grant_ref;
/// `gnttab_transfer_t` (grant_table.h:416)
pub type gnttab_transfer_t = gnttab_transfer;
/// `gnttab_unmap_and_replace_t` (grant_table.h:498)
pub type gnttab_unmap_and_replace_t = gnttab_unmap_and_replace;
/// `gnttab_unmap_grant_ref_t` (grant_table.h:359)
pub type gnttab_unmap_grant_ref_t = gnttab_unmap_grant_ref;
/// `grant_entry_header_t` (grant_table.h:213)
pub type grant_entry_header_t = grant_entry_header;
/// `grant_entry_v1_t` (grant_table.h:128)
pub type grant_entry_v1_t = grant_entry_v1;
/// `grant_entry_v2_t` (grant_table.h:266)
pub type grant_entry_v2_t = grant_entry_v2;
/// `grant_status_t` (grant_table.h:268)
pub type grant_status_t = u16;
/// `ioreq_t` (hvm/ioreq.h:50)
pub type ioreq_t = ioreq;
/// `ioservid_t` (hvm/dm_op.h:36)
pub type ioservid_t = u16;
/// `mc_info_t` (arch-x86/xen-mca.h:231)
pub type mc_info_t = mc_info;
/// `mmu_update_t` (xen.h:636)
pub type mmu_update_t = mmu_update;
/// `mmuext_op_t` (xen.h:463)
pub type mmuext_op_t = mmuext_op;
/// `xen_ulong_t` (arch-x86/xen.h:102)
pub type xen_ulong_t = u32;
/// `multicall_entry_t` (xen.h:656)
pub type multicall_entry_t = multicall_entry;
/// `netif_extra_info_t` (io/netif.h:1025)
pub type netif_extra_info_t = netif_extra_info;
/// `netif_rx_back_ring_t` (io/netif.h:1073)
pub type netif_rx_back_ring_t = netif_rx_back_ring;
/// `netif_rx_front_ring_t` (io/netif.h:1073)
pub type netif_rx_front_ring_t = netif_rx_front_ring;
/// `netif_rx_request_t` (io/netif.h:1038)
pub type netif_rx_request_t = netif_rx_request;
/// `netif_rx_response_t` (io/netif.h:1066)
pub type netif_rx_response_t = netif_rx_response;
/// `netif_tx_back_ring_t` (io/netif.h:1072)
pub type netif_tx_back_ring_t = netif_tx_back_ring;
/// `netif_tx_front_ring_t` (io/netif.h:1072)
pub type netif_tx_front_ring_t = netif_tx_front_ring;
/// `netif_tx_request_t` (io/netif.h:981)
pub type netif_tx_request_t = netif_tx_request;
/// `netif_tx_response_t` (io/netif.h:1031)
pub type netif_tx_response_t = netif_tx_response;
/// `physdev_apic_t` (physdev.h:120)
pub type physdev_apic_t = physdev_apic;
/// `physdev_pci_device_t` (physdev.h:315)
pub type physdev_pci_device_t = physdev_pci_device;
/// `physdev_dbgp_op_t` (physdev.h:343)
pub type physdev_dbgp_op_t = physdev_dbgp_op;
/// `physdev_eoi_t` (physdev.h:27)
pub type physdev_eoi_t = physdev_eoi;
/// `physdev_get_free_pirq_t` (physdev.h:253)
pub type physdev_get_free_pirq_t = physdev_get_free_pirq;
/// `physdev_irq_status_query_t` (physdev.h:64)
pub type physdev_irq_status_query_t = physdev_irq_status_query;
/// `physdev_irq_t` (physdev.h:135)
pub type physdev_irq_t = physdev_irq;
/// `physdev_manage_pci_t` (physdev.h:183)
pub type physdev_manage_pci_t = physdev_manage_pci;
/// `physdev_map_pirq_t` (physdev.h:162)
pub type physdev_map_pirq_t = physdev_map_pirq;
/// `physdev_set_iobitmap_t` (physdev.h:104)
pub type physdev_set_iobitmap_t = physdev_set_iobitmap;
/// `physdev_set_iopl_t` (physdev.h:84)
pub type physdev_set_iopl_t = physdev_set_iopl;
/// `physdev_op_t` (physdev.h:225)
pub type physdev_op_t = physdev_op;
/// `physdev_pci_device_add_t` (physdev.h:291)
pub type physdev_pci_device_add_t = physdev_pci_device_add;
/// `physdev_pci_mmcfg_reserved_t` (physdev.h:266)
pub type physdev_pci_mmcfg_reserved_t = physdev_pci_mmcfg_reserved;
/// `physdev_pirq_eoi_gmfn_t` (physdev.h:50)
pub type physdev_pirq_eoi_gmfn_t = physdev_pirq_eoi_gmfn;
/// `physdev_restore_msi_t` (physdev.h:192)
pub type physdev_restore_msi_t = physdev_restore_msi;
/// `physdev_setup_gsi_t` (physdev.h:238)
pub type physdev_setup_gsi_t = physdev_setup_gsi;
/// `physdev_unmap_pirq_t` (physdev.h:172)
pub type physdev_unmap_pirq_t = physdev_unmap_pirq;
/// `sched_pin_override_t` (sched.h:149)
pub type sched_pin_override_t = sched_pin_override;
/// `sched_poll_t` (sched.h:129)
pub type sched_poll_t = sched_poll;
/// `sched_remote_shutdown_t` (sched.h:136)
pub type sched_remote_shutdown_t = sched_remote_shutdown;
/// `sched_shutdown_t` (sched.h:121)
pub type sched_shutdown_t = sched_shutdown;
/// `sched_watchdog_t` (sched.h:143)
pub type sched_watchdog_t = sched_watchdog;
/// `vcpu_time_info_t` (xen.h:697)
pub type vcpu_time_info_t = vcpu_time_info;
/// `shared_info_t` (xen.h:811)
pub type shared_info_t = shared_info;
/// `shared_iopage_t` (hvm/ioreq.h:55)
pub type shared_iopage_t = shared_iopage;
/// `start_info_t` (xen.h:884)
pub type start_info_t = start_info;
/// `xen_mcinfo_common_t` (arch-x86/xen-mca.h:98)
pub type xen_mcinfo_common_t = mcinfo_common;
/// `xen_mcinfo_msr_t` (arch-x86/xen-mca.h:142)
pub type xen_mcinfo_msr_t = mcinfo_msr;
/// `xen_cpu_offline_action_t` (arch-x86/xen-mca.h:204)
pub type xen_cpu_offline_action_t = cpu_offline_action;
/// `xen_page_offline_action_t` (arch-x86/xen-mca.h:195)
pub type xen_page_offline_action_t = page_offline_action;
/// `xen_tmem_oid_t` (tmem.h:58); until 4.18.6
pub type xen_tmem_oid_t = xen_tmem_oid;
/// `xen_vcpu_hvm_x86_32_t` (hvm/hvm_vcpu.h:55)
pub type xen_vcpu_hvm_x86_32_t = vcpu_hvm_x86_32;
/// `xen_vcpu_hvm_x86_64_t` (hvm/hvm_vcpu.h:101)
pub type xen_vcpu_hvm_x86_64_t = vcpu_hvm_x86_64;
/// `vscsiif_segment_t` (io/vscsiif.h:241)
pub type vscsiif_segment_t = scsiif_request_segment;
/// `xen_argo_port_t` (argo.h:23)
pub type xen_argo_port_t = u32;
/// `xen_argo_addr_t` (argo.h:49)
pub type xen_argo_addr_t = xen_argo_addr;
/// `xen_argo_ring_data_ent_t` (argo.h:112)
pub type xen_argo_ring_data_ent_t = xen_argo_ring_data_ent;
/// `xen_dm_op_create_ioreq_server_t` (hvm/dm_op.h:57)
pub type xen_dm_op_create_ioreq_server_t = xen_dm_op_create_ioreq_server;
/// `xen_dm_op_destroy_ioreq_server_t` (hvm/dm_op.h:173)
pub type xen_dm_op_destroy_ioreq_server_t = xen_dm_op_destroy_ioreq_server;
/// `xen_dm_op_get_ioreq_server_info_t` (hvm/dm_op.h:97)
pub type xen_dm_op_get_ioreq_server_info_t = xen_dm_op_get_ioreq_server_info;
/// `xen_dm_op_inject_event_t` (hvm/dm_op.h:321)
pub type xen_dm_op_inject_event_t = xen_dm_op_inject_event;
/// `xen_dm_op_inject_msi_t` (hvm/dm_op.h:335)
pub type xen_dm_op_inject_msi_t = xen_dm_op_inject_msi;
/// `xen_dm_op_ioreq_server_range_t` (hvm/dm_op.h:133)
pub type xen_dm_op_ioreq_server_range_t = xen_dm_op_ioreq_server_range;
/// `xen_dm_op_map_mem_type_to_ioreq_server_t` (hvm/dm_op.h:362)
pub type xen_dm_op_map_mem_type_to_ioreq_server_t = xen_dm_op_map_mem_type_to_ioreq_server;
/// `xen_dm_op_modified_memory_t` (hvm/dm_op.h:257)
pub type xen_dm_op_modified_memory_t = xen_dm_op_modified_memory;
/// `xen_dm_op_nr_vcpus_t` (hvm/dm_op.h:445)
pub type xen_dm_op_nr_vcpus_t = xen_dm_op_nr_vcpus;
/// `xen_dm_op_pin_memory_cacheattr_t` (hvm/dm_op.h:415)
pub type xen_dm_op_pin_memory_cacheattr_t = xen_dm_op_pin_memory_cacheattr;
/// `xen_dm_op_relocate_memory_t` (hvm/dm_op.h:393)
pub type xen_dm_op_relocate_memory_t = xen_dm_op_relocate_memory;
/// `xen_dm_op_remote_shutdown_t` (hvm/dm_op.h:374)
pub type xen_dm_op_remote_shutdown_t = xen_dm_op_remote_shutdown;
/// `xen_dm_op_set_ioreq_server_state_t` (hvm/dm_op.h:159)
pub type xen_dm_op_set_ioreq_server_state_t = xen_dm_op_set_ioreq_server_state;
/// `xen_dm_op_set_irq_level_t` (hvm/dm_op.h:430)
pub type xen_dm_op_set_irq_level_t = xen_dm_op_set_irq_level;
/// `xen_dm_op_set_isa_irq_level_t` (hvm/dm_op.h:220)
pub type xen_dm_op_set_isa_irq_level_t = xen_dm_op_set_isa_irq_level;
/// `xen_dm_op_set_mem_type_t` (hvm/dm_op.h:287)
pub type xen_dm_op_set_mem_type_t = xen_dm_op_set_mem_type;
/// `xen_dm_op_set_pci_intx_level_t` (hvm/dm_op.h:206)
pub type xen_dm_op_set_pci_intx_level_t = xen_dm_op_set_pci_intx_level;
/// `xen_dm_op_set_pci_link_route_t` (hvm/dm_op.h:233)
pub type xen_dm_op_set_pci_link_route_t = xen_dm_op_set_pci_link_route;
/// `xen_dm_op_track_dirty_vram_t` (hvm/dm_op.h:191)
pub type xen_dm_op_track_dirty_vram_t = xen_dm_op_track_dirty_vram;
/// `xen_flask_access_t` (xsm/flask_op.h:49)
pub type xen_flask_access_t = xen_flask_access;
/// `xen_flask_boolean_t` (xsm/flask_op.h:97)
pub type xen_flask_boolean_t = xen_flask_boolean;
/// `xen_flask_cache_stats_t` (xsm/flask_op.h:125)
pub type xen_flask_cache_stats_t = xen_flask_cache_stats;
/// `xen_flask_devicetree_label_t` (xsm/flask_op.h:156)
pub type xen_flask_devicetree_label_t = xen_flask_devicetree_label;
/// `xen_flask_hash_stats_t` (xsm/flask_op.h:112)
pub type xen_flask_hash_stats_t = xen_flask_hash_stats;
/// `xen_flask_load_t` (xsm/flask_op.h:19)
pub type xen_flask_load_t = xen_flask_load;
/// `xen_flask_ocontext_t` (xsm/flask_op.h:133)
pub type xen_flask_ocontext_t = xen_flask_ocontext;
/// `xen_flask_peersid_t` (xsm/flask_op.h:141)
pub type xen_flask_peersid_t = xen_flask_peersid;
/// `xen_flask_relabel_t` (xsm/flask_op.h:148)
pub type xen_flask_relabel_t = xen_flask_relabel;
/// `xen_flask_setavc_threshold_t` (xsm/flask_op.h:103)
pub type xen_flask_setavc_threshold_t = xen_flask_setavc_threshold;
/// `xen_flask_setenforce_t` (xsm/flask_op.h:24)
pub type xen_flask_setenforce_t = xen_flask_setenforce;
/// `xen_flask_sid_context_t` (xsm/flask_op.h:35)
pub type xen_flask_sid_context_t = xen_flask_sid_context;
/// `xen_flask_transition_t` (xsm/flask_op.h:59)
pub type xen_flask_transition_t = xen_flask_transition;
/// `xen_hypfs_direntry_t` (hypfs.h:39)
pub type xen_hypfs_direntry_t = xen_hypfs_direntry;
/// `xen_kexec_image_t` (kexec.h:85)
pub type xen_kexec_image_t = xen_kexec_image;
/// `xen_mc_fetch_t` (arch-x86/xen-mca.h:346)
pub type xen_mc_fetch_t = xen_mc_fetch;
/// `xen_mc_mceinject_t` (arch-x86/xen-mca.h:401)
pub type xen_mc_mceinject_t = xen_mc_mceinject;
/// `xen_mc_msrinject_t` (arch-x86/xen-mca.h:391)
pub type xen_mc_msrinject_t = xen_mc_msrinject;
/// `xen_mc_notifydomain_t` (arch-x86/xen-mca.h:366)
pub type xen_mc_notifydomain_t = xen_mc_notifydomain;
/// `xen_mc_physcpuinfo_t` (arch-x86/xen-mca.h:377)
pub type xen_mc_physcpuinfo_t = xen_mc_physcpuinfo;
/// `xen_pmu_amd_ctxt_t` (arch-x86/pmu.h:23)
pub type xen_pmu_amd_ctxt_t = xen_pmu_amd_ctxt;
/// `xen_pmu_intel_ctxt_t` (arch-x86/pmu.h:55)
pub type xen_pmu_intel_ctxt_t = xen_pmu_intel_ctxt;
/// `xen_pmu_regs_t` (arch-x86/pmu.h:68)
pub type xen_pmu_regs_t = xen_pmu_regs;
/// `xen_pmu_arch_t` (arch-x86/pmu.h:129)
pub type xen_pmu_arch_t = xen_pmu_arch;
/// `tmem_cli_va_t` (tmem.h:65); until 4.18.6
pub type tmem_cli_va_t = __guest_handle_char;
/// `tmem_op_t` (tmem.h:89); until 4.18.6
pub type tmem_op_t = tmem_op;
/// `tpmif_ring_t` (io/tpmif.h:43)
pub type tpmif_ring_t = tpmif_ring;
/// `tpmif_shared_page_t` (io/tpmif.h:114)
pub type tpmif_shared_page_t = tpmif_shared_page;
/// `tpmif_tx_interface_t` (io/tpmif.h:48)
pub type tpmif_tx_interface_t = tpmif_tx_interface;
/// `tpmif_tx_request_t` (io/tpmif.h:28)
pub type tpmif_tx_request_t = tpmif_tx_request;
/// `trap_info_t` (arch-x86/xen.h:144)
pub type trap_info_t = trap_info;
/// `tsc_timestamp_t` (arch-x86/xen.h:147)
pub type tsc_timestamp_t = crate::U64Align4;
/// `usbif_conn_back_ring_t` (io/usbif.h:405)
pub type usbif_conn_back_ring_t = usbif_conn_back_ring;
/// `usbif_conn_front_ring_t` (io/usbif.h:405)
pub type usbif_conn_front_ring_t = usbif_conn_front_ring;
/// `usbif_conn_request_t` (io/usbif.h:392)
pub type usbif_conn_request_t = usbif_conn_request;
/// `usbif_conn_response_t` (io/usbif.h:403)
pub type usbif_conn_response_t = usbif_conn_response;
/// `usbif_urb_back_ring_t` (io/usbif.h:383)
pub type usbif_urb_back_ring_t = usbif_urb_back_ring;
/// `usbif_urb_front_ring_t` (io/usbif.h:383)
pub type usbif_urb_front_ring_t = usbif_urb_front_ring;
/// `usbif_urb_request_t` (io/usbif.h:365)
pub type usbif_urb_request_t = usbif_urb_request;
/// `usbif_urb_response_t` (io/usbif.h:381)
pub type usbif_urb_response_t = usbif_urb_response;
/// `vcpu_get_physid_t` (vcpu.h:193)
pub type vcpu_get_physid_t = vcpu_get_physid;
/// `vcpu_guest_context_t` (arch-x86/xen.h:221)
pub type vcpu_guest_context_t = vcpu_guest_context;
/// `vcpu_hvm_context_t` (hvm/hvm_vcpu.h:116)
pub type vcpu_hvm_context_t = vcpu_hvm_context;
/// `vcpu_info_t` (xen.h:739)
pub type vcpu_info_t = vcpu_info;
/// `vcpu_register_runstate_memory_area_t` (vcpu.h:125)
pub type vcpu_register_runstate_memory_area_t = vcpu_register_runstate_memory_area;
/// `vcpu_register_time_memory_area_t` (vcpu.h:226)
pub type vcpu_register_time_memory_area_t = vcpu_register_time_memory_area;
/// `vcpu_register_vcpu_info_t` (vcpu.h:177)
pub type vcpu_register_vcpu_info_t = vcpu_register_vcpu_info;
/// `vcpu_runstate_info_t` (vcpu.h:81)
pub type vcpu_runstate_info_t = vcpu_runstate_info;
/// `vcpu_set_periodic_timer_t` (vcpu.h:138)
pub type vcpu_set_periodic_timer_t = vcpu_set_periodic_timer;
/// `vcpu_set_singleshot_timer_t` (vcpu.h:151)
pub type vcpu_set_singleshot_timer_t = vcpu_set_singleshot_timer;
/// `vscsiif_back_ring_t` (io/vscsiif.h:352)
pub type vscsiif_back_ring_t = vscsiif_back_ring;
/// `vscsiif_front_ring_t` (io/vscsiif.h:352)
pub type vscsiif_front_ring_t = vscsiif_front_ring;
/// `vscsiif_request_t` (io/vscsiif.h:270)
pub type vscsiif_request_t = vscsiif_request;
/// `vscsiif_response_t` (io/vscsiif.h:299)
pub type vscsiif_response_t = vscsiif_response;
/// `vscsiif_sg_list_t` (io/vscsiif.h:285)
pub type vscsiif_sg_list_t = vscsiif_sg_list;
/// `xen_add_to_physmap_batch_t` (memory.h:279)
pub type xen_add_to_physmap_batch_t = xen_add_to_physmap_batch;
/// `xen_add_to_physmap_t` (memory.h:245)
pub type xen_add_to_physmap_t = xen_add_to_physmap;
/// `xen_argo_gfn_t` (argo.h:26)
pub type xen_argo_gfn_t = crate::U64Align4;
/// `xen_argo_iov_t` (argo.h:42)
pub type xen_argo_iov_t = xen_argo_iov;
/// `xen_argo_register_ring_t` (argo.h:77)
pub type xen_argo_register_ring_t = xen_argo_register_ring;
/// `xen_argo_ring_data_t` (argo.h:119)
pub type xen_argo_ring_data_t = xen_argo_ring_data;
/// `xen_argo_ring_t` (argo.h:69)
pub type xen_argo_ring_t = xen_argo_ring;
/// `xen_argo_send_addr_t` (argo.h:55)
pub type xen_argo_send_addr_t = xen_argo_send_addr;
/// `xen_argo_unregister_ring_t` (argo.h:84)
pub type xen_argo_unregister_ring_t = xen_argo_unregister_ring;
/// `xen_build_id_t` (version.h:136)
pub type xen_build_id_t = xen_build_id;
/// `xen_cameraif_back_ring_t` (io/cameraif.h:1314)
pub type xen_cameraif_back_ring_t = xen_cameraif_back_ring;
/// `xen_cameraif_front_ring_t` (io/cameraif.h:1314)
pub type xen_cameraif_front_ring_t = xen_cameraif_front_ring;
/// `xen_capabilities_info_t` (version.h:51)
pub type xen_capabilities_info_t = [i8; 1024];
/// `xen_changeset_info_t` (version.h:60)
pub type xen_changeset_info_t = [i8; 64];
/// `xen_commandline_t` (version.h:122)
pub type xen_commandline_t = [i8; 1024];
/// `xen_compile_info_t` (version.h:43)
pub type xen_compile_info_t = xen_compile_info;
/// `xen_cpuid_leaf_t` (arch-x86/xen.h:326)
pub type xen_cpuid_leaf_t = xen_cpuid_leaf;
/// `xen_displif_back_ring_t` (io/displif.h:897)
pub type xen_displif_back_ring_t = xen_displif_back_ring;
/// `xen_displif_front_ring_t` (io/displif.h:897)
pub type xen_displif_front_ring_t = xen_displif_front_ring;
/// `xen_dm_op_buf_t` (hvm/dm_op.h:478)
pub type xen_dm_op_buf_t = xen_dm_op_buf;
/// `xen_domain_handle_t` (xen.h:983)
pub type xen_domain_handle_t = [u8; 16];
/// `xen_extraversion_t` (version.h:28)
pub type xen_extraversion_t = [i8; 16];
/// `xen_flask_op_t` (xsm/flask_op.h:209)
pub type xen_flask_op_t = xen_flask_op;
/// `xen_foreign_memory_map_t` (memory.h:350)
pub type xen_foreign_memory_map_t = xen_foreign_memory_map;
/// `xen_hvm_altp2m_change_gfn_t` (hvm/hvm_op.h:296)
pub type xen_hvm_altp2m_change_gfn_t = xen_hvm_altp2m_change_gfn;
/// `xen_hvm_altp2m_domain_state_t` (hvm/hvm_op.h:217)
pub type xen_hvm_altp2m_domain_state_t = xen_hvm_altp2m_domain_state;
/// `xen_hvm_altp2m_mem_access_t` (hvm/hvm_op.h:266)
pub type xen_hvm_altp2m_mem_access_t = xen_hvm_altp2m_mem_access;
/// `xen_hvm_altp2m_op_t` (hvm/hvm_op.h:365)
pub type xen_hvm_altp2m_op_t = xen_hvm_altp2m_op;
/// `xen_hvm_altp2m_vcpu_disable_notify_t` (hvm/hvm_op.h:232)
pub type xen_hvm_altp2m_vcpu_disable_notify_t = xen_hvm_altp2m_vcpu_disable_notify;
/// `xen_hvm_altp2m_vcpu_enable_notify_t` (hvm/hvm_op.h:226)
pub type xen_hvm_altp2m_vcpu_enable_notify_t = xen_hvm_altp2m_vcpu_enable_notify;
/// `xen_hvm_altp2m_view_t` (hvm/hvm_op.h:240)
pub type xen_hvm_altp2m_view_t = xen_hvm_altp2m_view;
/// `xen_hvm_evtchn_upcall_vector_t` (hvm/hvm_op.h:201)
pub type xen_hvm_evtchn_upcall_vector_t = xen_hvm_evtchn_upcall_vector;
/// `xen_hvm_get_mem_type_t` (hvm/hvm_op.h:166)
pub type xen_hvm_get_mem_type_t = xen_hvm_get_mem_type;
/// `xen_hvm_get_time_t` (hvm/hvm_op.h:133)
pub type xen_hvm_get_time_t = xen_hvm_get_time;
/// `xen_hvm_pagetable_dying_t` (hvm/hvm_op.h:125)
pub type xen_hvm_pagetable_dying_t = xen_hvm_pagetable_dying;
/// `xen_hvm_param_t` (hvm/hvm_op.h:22)
pub type xen_hvm_param_t = xen_hvm_param;
/// `xen_hvm_xentrace_t` (hvm/hvm_op.h:141)
pub type xen_hvm_xentrace_t = xen_hvm_xentrace;
/// `xen_kexec_exec_t` (kexec.h:109)
pub type xen_kexec_exec_t = xen_kexec_exec;
/// `xen_kexec_load_t` (kexec.h:199)
pub type xen_kexec_load_t = xen_kexec_load;
/// `xen_kexec_load_v1_t` (kexec.h:121)
pub type xen_kexec_load_v1_t = xen_kexec_load_v1;
/// `xen_kexec_range_t` (kexec.h:150)
pub type xen_kexec_range_t = xen_kexec_range;
/// `xen_kexec_segment_t` (kexec.h:165)
pub type xen_kexec_segment_t = xen_kexec_segment;
/// `xen_kexec_status_t` (kexec.h:224)
pub type xen_kexec_status_t = xen_kexec_status;
/// `xen_kexec_unload_t` (kexec.h:210)
pub type xen_kexec_unload_t = xen_kexec_unload;
/// `xen_machphys_mapping_t` (memory.h:204)
pub type xen_machphys_mapping_t = xen_machphys_mapping;
/// `xen_machphys_mfn_list_t` (memory.h:181)
pub type xen_machphys_mfn_list_t = xen_machphys_mfn_list;
/// `xen_mc_logical_cpu_t` (arch-x86/xen-mca.h:270)
pub type xen_mc_logical_cpu_t = mcinfo_logical_cpu;
/// `xen_mc_t` (arch-x86/xen-mca.h:433)
pub type xen_mc_t = xen_mc;
/// `xen_mem_acquire_resource_t` (memory.h:691)
pub type xen_mem_acquire_resource_t = xen_mem_acquire_resource;
/// `xen_memory_exchange_t` (memory.h:124)
pub type xen_memory_exchange_t = xen_memory_exchange;
/// `xen_memory_map_t` (memory.h:328)
pub type xen_memory_map_t = xen_memory_map;
/// `xen_memory_reservation_t` (memory.h:79)
pub type xen_memory_reservation_t = xen_memory_reservation;
/// `xen_msr_entry_t` (arch-x86/xen.h:333)
pub type xen_msr_entry_t = xen_msr_entry;
/// `xen_netif_ctrl_back_ring_t` (io/netif.h:752)
pub type xen_netif_ctrl_back_ring_t = xen_netif_ctrl_back_ring;
/// `xen_netif_ctrl_front_ring_t` (io/netif.h:752)
pub type xen_netif_ctrl_front_ring_t = xen_netif_ctrl_front_ring;
/// `xen_platform_parameters_t` (version.h:94)
pub type xen_platform_parameters_t = xen_platform_parameters;
/// `xen_pmu_cntr_pair_t` (arch-x86/pmu.h:31)
pub type xen_pmu_cntr_pair_t = xen_pmu_cntr_pair;
/// `xen_pmu_params_t` (pmu.h:56)
pub type xen_pmu_params_t = xen_pmu_params;
/// `xen_pod_target_t` (memory.h:365)
pub type xen_pod_target_t = xen_pod_target;
/// `xen_processor_cppc_t` (platform.h:483); since 4.21.0
pub type xen_processor_cppc_t = xen_processor_cppc;
/// `xen_processor_csd_t` (platform.h:391)
pub type xen_processor_csd_t = xen_processor_csd;
/// `xen_processor_cx_t` (platform.h:402)
pub type xen_processor_cx_t = xen_processor_cx;
/// `xen_processor_performance_t` (platform.h:462)
pub type xen_processor_performance_t = xen_processor_performance;
/// `xen_processor_px_t` (platform.h:437)
pub type xen_processor_px_t = xen_processor_px;
/// `xen_pvcalls_back_ring_t` (io/pvcalls.h:130)
pub type xen_pvcalls_back_ring_t = xen_pvcalls_back_ring;
/// `xen_pvcalls_front_ring_t` (io/pvcalls.h:130)
pub type xen_pvcalls_front_ring_t = xen_pvcalls_front_ring;
/// `xen_remove_from_physmap_t` (memory.h:302)
pub type xen_remove_from_physmap_t = xen_remove_from_physmap;
/// `xen_sndif_back_ring_t` (io/sndif.h:1031)
pub type xen_sndif_back_ring_t = xen_sndif_back_ring;
/// `xen_sndif_front_ring_t` (io/sndif.h:1031)
pub type xen_sndif_front_ring_t = xen_sndif_front_ring;
/// `xen_varbuf_t` (version.h:145); since 4.20.0
pub type xen_varbuf_t = xen_varbuf;
/// `xen_vmemrange_t` (memory.h:706)
pub type xen_vmemrange_t = xen_vmemrange;
/// `xen_vnuma_topology_info_t` (memory.h:740)
pub type xen_vnuma_topology_info_t = xen_vnuma_topology_info;
/// `xennmi_callback_t` (nmi.h:49)
pub type xennmi_callback_t = xennmi_callback;
/// `xenoprof_buf_t` (xenoprof.h:71)
pub type xenoprof_buf_t = xenoprof_buf;
/// `xenoprof_counter_t` (xenoprof.h:102)
pub type xenoprof_counter_t = xenoprof_counter;
/// `xenoprof_get_buffer_t` (xenoprof.h:89)
pub type xenoprof_get_buffer_t = xenoprof_get_buffer;
/// `xenoprof_ibs_counter_t` (xenoprof.h:122)
pub type xenoprof_ibs_counter_t = xenoprof_ibs_counter;
/// `xenoprof_init_t` (xenoprof.h:80)
pub type xenoprof_init_t = xenoprof_init;
/// `xenoprof_passive_t` (xenoprof.h:111)
pub type xenoprof_passive_t = xenoprof_passive;
/// `xenpf_add_memtype_t` (platform.h:65)
pub type xenpf_add_memtype_t = xenpf_add_memtype;
/// `xenpf_change_freq_t` (platform.h:326)
pub type xenpf_change_freq_t = xenpf_change_freq;
/// `xenpf_core_parking_t` (platform.h:570)
pub type xenpf_core_parking_t = xenpf_core_parking;
/// `xenpf_cpu_hotadd_t` (platform.h:547)
pub type xenpf_cpu_hotadd_t = xenpf_cpu_hotadd;
/// `xenpf_cpu_ol_t` (platform.h:537)
pub type xenpf_cpu_ol_t = xenpf_cpu_ol;
/// `xenpf_del_memtype_t` (platform.h:81)
pub type xenpf_del_memtype_t = xenpf_del_memtype;
/// `xenpf_dom0_console_t` (platform.h:640); since 4.18.0
pub type xenpf_dom0_console_t = dom0_vga_console_info;
/// `xenpf_efi_runtime_call_t` (platform.h:214)
pub type xenpf_efi_runtime_call_t = xenpf_efi_runtime_call;
/// `xenpf_enter_acpi_sleep_t` (platform.h:316)
pub type xenpf_enter_acpi_sleep_t = xenpf_enter_acpi_sleep;
/// `xenpf_firmware_info_t` (platform.h:299)
pub type xenpf_firmware_info_t = xenpf_firmware_info;
/// `xenpf_getidletime_t` (platform.h:351)
pub type xenpf_getidletime_t = xenpf_getidletime;
/// `xenpf_mem_hotadd_t` (platform.h:557)
pub type xenpf_mem_hotadd_t = xenpf_mem_hotadd;
/// `xenpf_microcode_update2_t` (platform.h:663); since 4.20.0
pub type xenpf_microcode_update2_t = xenpf_microcode_update2;
/// `xenpf_microcode_update_t` (platform.h:103)
pub type xenpf_microcode_update_t = xenpf_microcode_update;
/// `xenpf_pcpu_version_t` (platform.h:528)
pub type xenpf_pcpu_version_t = xenpf_pcpu_version;
/// `xenpf_pcpuinfo_t` (platform.h:513)
pub type xenpf_pcpuinfo_t = xenpf_pcpuinfo;
/// `xenpf_platform_quirk_t` (platform.h:114)
pub type xenpf_platform_quirk_t = xenpf_platform_quirk;
/// `xenpf_read_memtype_t` (platform.h:94)
pub type xenpf_read_memtype_t = xenpf_read_memtype;
/// `xenpf_resource_entry_t` (platform.h:605)
pub type xenpf_resource_entry_t = xenpf_resource_entry;
/// `xenpf_resource_op_t` (platform.h:613)
pub type xenpf_resource_op_t = xenpf_resource_op;
/// `xenpf_settime32_t` (platform.h:28)
pub type xenpf_settime32_t = xenpf_settime32;
/// `xenpf_settime64_t` (platform.h:37)
pub type xenpf_settime64_t = xenpf_settime64;
/// `xenpf_settime_t` (platform.h:45)
pub type xenpf_settime_t = xenpf_settime64;
/// `xenpf_symdata_t` (platform.h:631)
pub type xenpf_symdata_t = xenpf_symdata;
/// `xenpf_ucode_revision_t` (platform.h:650); since 4.18.0
pub type xenpf_ucode_revision_t = xenpf_ucode_revision;

/// `__guest_handle_callback_register_t` (callback.h:73)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_callback_register_t {
    pub p: u32,
}

/// `__guest_handle_callback_unregister_t` (callback.h:87)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_callback_unregister_t {
    pub p: u32,
}

/// `__guest_handle_char` (xen.h:29)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_char {
    pub p: u32,
}

/// `__guest_handle_const_callback_register_t` (callback.h:73)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_callback_register_t {
    pub p: u32,
}

/// `__guest_handle_const_callback_unregister_t` (callback.h:87)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_callback_unregister_t {
    pub p: u32,
}

/// `__guest_handle_const_char` (xen.h:29)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_char {
    pub p: u32,
}

/// `__guest_handle_const_cpu_user_regs_t` (arch-x86/xen-x86_32.h:148)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_cpu_user_regs_t {
    pub p: u32,
}

/// `__guest_handle_const_evtchn_op_t` (event_channel.h:323)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_evtchn_op_t {
    pub p: u32,
}

/// `__guest_handle_const_evtchn_port_t` (event_channel.h:66)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_evtchn_port_t {
    pub p: u32,
}

/// `__guest_handle_const_gnttab_cache_flush_t` (grant_table.h:583)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_gnttab_cache_flush_t {
    pub p: u32,
}

/// `__guest_handle_const_gnttab_copy_t` (grant_table.h:459)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_gnttab_copy_t {
    pub p: u32,
}

/// `__guest_handle_const_gnttab_dump_table_t` (grant_table.h:397)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_gnttab_dump_table_t {
    pub p: u32,
}

/// `__guest_handle_const_gnttab_get_status_frames_t` (grant_table.h:537)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_gnttab_get_status_frames_t {
    pub p: u32,
}

/// `__guest_handle_const_gnttab_get_version_t` (grant_table.h:551)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_gnttab_get_version_t {
    pub p: u32,
}

/// `__guest_handle_const_gnttab_map_grant_ref_t` (grant_table.h:338)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_gnttab_map_grant_ref_t {
    pub p: u32,
}

/// `__guest_handle_const_gnttab_query_size_t` (grant_table.h:477)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_gnttab_query_size_t {
    pub p: u32,
}

/// `__guest_handle_const_gnttab_set_version_t` (grant_table.h:513)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_gnttab_set_version_t {
    pub p: u32,
}

/// `__guest_handle_const_gnttab_setup_table_t` (grant_table.h:384)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_gnttab_setup_table_t {
    pub p: u32,
}

/// `__guest_handle_const_gnttab_swap_grant_ref_t` (grant_table.h:564)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_gnttab_swap_grant_ref_t {
    pub p: u32,
}

/// `__guest_handle_const_gnttab_transfer_t` (grant_table.h:417)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_gnttab_transfer_t {
    pub p: u32,
}

/// `__guest_handle_const_gnttab_unmap_and_replace_t` (grant_table.h:499)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_gnttab_unmap_and_replace_t {
    pub p: u32,
}

/// `__guest_handle_const_gnttab_unmap_grant_ref_t` (grant_table.h:360)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_gnttab_unmap_grant_ref_t {
    pub p: u32,
}

/// `__guest_handle_const_int` (xen.h:31)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_int {
    pub p: u32,
}

/// `__guest_handle_const_mc_info_t` (arch-x86/xen-mca.h:232)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_mc_info_t {
    pub p: u32,
}

/// `__guest_handle_const_mmu_update_t` (xen.h:637)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_mmu_update_t {
    pub p: u32,
}

/// `__guest_handle_const_mmuext_op_t` (xen.h:464)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_mmuext_op_t {
    pub p: u32,
}

/// `__guest_handle_const_multicall_entry_t` (xen.h:657)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_multicall_entry_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_apic_t` (physdev.h:121)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_apic_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_dbgp_op_t` (physdev.h:344)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_dbgp_op_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_eoi_t` (physdev.h:28)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_eoi_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_get_free_pirq_t` (physdev.h:254)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_get_free_pirq_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_irq_status_query_t` (physdev.h:65)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_irq_status_query_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_irq_t` (physdev.h:136)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_irq_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_manage_pci_ext_t` (physdev.h:209)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_manage_pci_ext_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_manage_pci_t` (physdev.h:184)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_manage_pci_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_map_pirq_t` (physdev.h:163)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_map_pirq_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_op_t` (physdev.h:226)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_op_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_pci_device_add_t` (physdev.h:292)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_pci_device_add_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_pci_device_t` (physdev.h:316)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_pci_device_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_pci_mmcfg_reserved_t` (physdev.h:267)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_pci_mmcfg_reserved_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_pirq_eoi_gmfn_t` (physdev.h:51)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_pirq_eoi_gmfn_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_restore_msi_t` (physdev.h:193)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_restore_msi_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_set_iobitmap_t` (physdev.h:105)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_set_iobitmap_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_set_iopl_t` (physdev.h:85)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_set_iopl_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_setup_gsi_t` (physdev.h:239)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_setup_gsi_t {
    pub p: u32,
}

/// `__guest_handle_const_physdev_unmap_pirq_t` (physdev.h:173)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_physdev_unmap_pirq_t {
    pub p: u32,
}

/// `__guest_handle_const_sched_pin_override_t` (sched.h:150)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_sched_pin_override_t {
    pub p: u32,
}

/// `__guest_handle_const_sched_poll_t` (sched.h:130)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_sched_poll_t {
    pub p: u32,
}

/// `__guest_handle_const_sched_remote_shutdown_t` (sched.h:137)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_sched_remote_shutdown_t {
    pub p: u32,
}

/// `__guest_handle_const_sched_shutdown_t` (sched.h:122)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_sched_shutdown_t {
    pub p: u32,
}

/// `__guest_handle_const_sched_watchdog_t` (sched.h:144)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_sched_watchdog_t {
    pub p: u32,
}

/// `__guest_handle_const_tmem_op_t` (tmem.h:90); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_tmem_op_t {
    pub p: u32,
}

/// `__guest_handle_const_trap_info_t` (arch-x86/xen.h:145)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_trap_info_t {
    pub p: u32,
}

/// `__guest_handle_const_uchar` (xen.h:30)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_uchar {
    pub p: u32,
}

/// `__guest_handle_const_uint` (xen.h:32)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_uint {
    pub p: u32,
}

/// `__guest_handle_const_uint16` (xen.h:986)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_uint16 {
    pub p: u32,
}

/// `__guest_handle_const_uint32` (xen.h:987)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_uint32 {
    pub p: u32,
}

/// `__guest_handle_const_uint64` (xen.h:988)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_uint64 {
    pub p: u32,
}

/// `__guest_handle_const_uint64_t` (xen.h:39)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_uint64_t {
    pub p: u32,
}

/// `__guest_handle_const_uint8` (xen.h:985)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_uint8 {
    pub p: u32,
}

/// `__guest_handle_const_vcpu_get_physid_t` (vcpu.h:194)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_vcpu_get_physid_t {
    pub p: u32,
}

/// `__guest_handle_const_vcpu_guest_context_t` (arch-x86/xen.h:222)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_vcpu_guest_context_t {
    pub p: u32,
}

/// `__guest_handle_const_vcpu_hvm_context_t` (hvm/hvm_vcpu.h:117)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_vcpu_hvm_context_t {
    pub p: u32,
}

/// `__guest_handle_const_vcpu_register_runstate_memory_area_t` (vcpu.h:126)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_vcpu_register_runstate_memory_area_t {
    pub p: u32,
}

/// `__guest_handle_const_vcpu_register_time_memory_area_t` (vcpu.h:227)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_vcpu_register_time_memory_area_t {
    pub p: u32,
}

/// `__guest_handle_const_vcpu_register_vcpu_info_t` (vcpu.h:178)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_vcpu_register_vcpu_info_t {
    pub p: u32,
}

/// `__guest_handle_const_vcpu_runstate_info_t` (vcpu.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_vcpu_runstate_info_t {
    pub p: u32,
}

/// `__guest_handle_const_vcpu_set_periodic_timer_t` (vcpu.h:139)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_vcpu_set_periodic_timer_t {
    pub p: u32,
}

/// `__guest_handle_const_vcpu_set_singleshot_timer_t` (vcpu.h:152)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_vcpu_set_singleshot_timer_t {
    pub p: u32,
}

/// `__guest_handle_const_vcpu_time_info_t` (vcpu.h:218)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_vcpu_time_info_t {
    pub p: u32,
}

/// `__guest_handle_const_void` (xen.h:37)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_void {
    pub p: u32,
}

/// `__guest_handle_const_xen_add_to_physmap_batch_t` (memory.h:280)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_add_to_physmap_batch_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_add_to_physmap_t` (memory.h:246)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_add_to_physmap_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_cpuid_leaf_t` (arch-x86/xen.h:327)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_cpuid_leaf_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_dm_op_buf_t` (hvm/dm_op.h:479)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_dm_op_buf_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_flask_op_t` (xsm/flask_op.h:210)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_flask_op_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_foreign_memory_map_t` (memory.h:351)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_foreign_memory_map_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_hvm_altp2m_change_gfn_t` (hvm/hvm_op.h:297)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_hvm_altp2m_change_gfn_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_hvm_altp2m_domain_state_t` (hvm/hvm_op.h:218)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_hvm_altp2m_domain_state_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_hvm_altp2m_mem_access_t` (hvm/hvm_op.h:267)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_hvm_altp2m_mem_access_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_hvm_altp2m_op_t` (hvm/hvm_op.h:366)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_hvm_altp2m_op_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t` (hvm/hvm_op.h:233)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t` (hvm/hvm_op.h:227)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_hvm_altp2m_view_t` (hvm/hvm_op.h:241)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_hvm_altp2m_view_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_hvm_evtchn_upcall_vector_t` (hvm/hvm_op.h:202)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_hvm_evtchn_upcall_vector_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_hvm_get_mem_type_t` (hvm/hvm_op.h:167)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_hvm_get_mem_type_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_hvm_get_time_t` (hvm/hvm_op.h:134)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_hvm_get_time_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_hvm_pagetable_dying_t` (hvm/hvm_op.h:126)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_hvm_pagetable_dying_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_hvm_param_t` (hvm/hvm_op.h:23)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_hvm_param_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_hvm_xentrace_t` (hvm/hvm_op.h:142)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_hvm_xentrace_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_kexec_load_t` (kexec.h:200)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_kexec_load_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_kexec_segment_t` (kexec.h:166)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_kexec_segment_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_kexec_status_t` (kexec.h:225)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_kexec_status_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_kexec_unload_t` (kexec.h:211)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_kexec_unload_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_machphys_mapping_t` (memory.h:205)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_machphys_mapping_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_machphys_mfn_list_t` (memory.h:182)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_machphys_mfn_list_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_mc_fetch_t` (arch-x86/xen-mca.h:347)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_mc_fetch_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_mc_logical_cpu_t` (arch-x86/xen-mca.h:271)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_mc_logical_cpu_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_mc_notifydomain_t` (arch-x86/xen-mca.h:367)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_mc_notifydomain_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_mc_t` (arch-x86/xen-mca.h:434)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_mc_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_mem_acquire_resource_t` (memory.h:692)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_mem_acquire_resource_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_memory_exchange_t` (memory.h:125)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_memory_exchange_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_memory_map_t` (memory.h:329)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_memory_map_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_memory_reservation_t` (memory.h:80)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_memory_reservation_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_msr_entry_t` (arch-x86/xen.h:334)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_msr_entry_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_pfn_t` (xen.h:40)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_pfn_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_platform_op_t` (platform.h:703)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_platform_op_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_pmu_amd_ctxt_t` (arch-x86/pmu.h:24)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_pmu_amd_ctxt_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_pmu_arch_t` (arch-x86/pmu.h:130)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_pmu_arch_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_pmu_cntr_pair_t` (arch-x86/pmu.h:32)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_pmu_cntr_pair_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_pmu_intel_ctxt_t` (arch-x86/pmu.h:56)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_pmu_intel_ctxt_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_pmu_params_t` (pmu.h:57)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_pmu_params_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_pmu_regs_t` (arch-x86/pmu.h:69)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_pmu_regs_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_processor_csd_t` (platform.h:392)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_processor_csd_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_processor_cx_t` (platform.h:403)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_processor_cx_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_processor_performance_t` (platform.h:463)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_processor_performance_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_processor_px_t` (platform.h:438)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_processor_px_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_remove_from_physmap_t` (memory.h:303)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_remove_from_physmap_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_tmem_oid_t` (tmem.h:59); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_tmem_oid_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_ulong_t` (xen.h:41)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_ulong_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_vmemrange_t` (memory.h:707)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_vmemrange_t {
    pub p: u32,
}

/// `__guest_handle_const_xen_vnuma_topology_info_t` (memory.h:741)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xen_vnuma_topology_info_t {
    pub p: u32,
}

/// `__guest_handle_const_xennmi_callback_t` (nmi.h:50)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xennmi_callback_t {
    pub p: u32,
}

/// `__guest_handle_const_xenoprof_buf_t` (xenoprof.h:72)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenoprof_buf_t {
    pub p: u32,
}

/// `__guest_handle_const_xenoprof_counter_t` (xenoprof.h:103)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenoprof_counter_t {
    pub p: u32,
}

/// `__guest_handle_const_xenoprof_get_buffer_t` (xenoprof.h:90)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenoprof_get_buffer_t {
    pub p: u32,
}

/// `__guest_handle_const_xenoprof_ibs_counter_t` (xenoprof.h:123)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenoprof_ibs_counter_t {
    pub p: u32,
}

/// `__guest_handle_const_xenoprof_init_t` (xenoprof.h:81)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenoprof_init_t {
    pub p: u32,
}

/// `__guest_handle_const_xenoprof_passive_t` (xenoprof.h:112)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenoprof_passive_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_add_memtype_t` (platform.h:66)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_add_memtype_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_change_freq_t` (platform.h:327)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_change_freq_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_core_parking_t` (platform.h:571)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_core_parking_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_cpu_ol_t` (platform.h:538)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_cpu_ol_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_del_memtype_t` (platform.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_del_memtype_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_dom0_console_t` (platform.h:641); since 4.18.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_dom0_console_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_efi_runtime_call_t` (platform.h:215)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_efi_runtime_call_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_enter_acpi_sleep_t` (platform.h:317)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_enter_acpi_sleep_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_firmware_info_t` (platform.h:300)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_firmware_info_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_getidletime_t` (platform.h:352)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_getidletime_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_microcode_update2_t` (platform.h:664); since 4.20.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_microcode_update2_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_microcode_update_t` (platform.h:104)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_microcode_update_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_pcpu_version_t` (platform.h:529)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_pcpu_version_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_pcpuinfo_t` (platform.h:514)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_pcpuinfo_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_platform_quirk_t` (platform.h:115)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_platform_quirk_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_read_memtype_t` (platform.h:95)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_read_memtype_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_resource_entry_t` (platform.h:606)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_resource_entry_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_resource_op_t` (platform.h:614)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_resource_op_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_set_processor_pminfo_t` (platform.h:497)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_set_processor_pminfo_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_settime_t` (platform.h:46)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_settime_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_symdata_t` (platform.h:632)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_symdata_t {
    pub p: u32,
}

/// `__guest_handle_const_xenpf_ucode_revision_t` (platform.h:651); since 4.18.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_const_xenpf_ucode_revision_t {
    pub p: u32,
}

/// `__guest_handle_cpu_user_regs_t` (arch-x86/xen-x86_32.h:148)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_cpu_user_regs_t {
    pub p: u32,
}

/// `__guest_handle_evtchn_op_t` (event_channel.h:323)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_evtchn_op_t {
    pub p: u32,
}

/// `__guest_handle_evtchn_port_t` (event_channel.h:66)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_evtchn_port_t {
    pub p: u32,
}

/// `__guest_handle_gnttab_cache_flush_t` (grant_table.h:583)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_gnttab_cache_flush_t {
    pub p: u32,
}

/// `__guest_handle_gnttab_copy_t` (grant_table.h:459)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_gnttab_copy_t {
    pub p: u32,
}

/// `__guest_handle_gnttab_dump_table_t` (grant_table.h:397)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_gnttab_dump_table_t {
    pub p: u32,
}

/// `__guest_handle_gnttab_get_status_frames_t` (grant_table.h:537)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_gnttab_get_status_frames_t {
    pub p: u32,
}

/// `__guest_handle_gnttab_get_version_t` (grant_table.h:551)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_gnttab_get_version_t {
    pub p: u32,
}

/// `__guest_handle_gnttab_map_grant_ref_t` (grant_table.h:338)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_gnttab_map_grant_ref_t {
    pub p: u32,
}

/// `__guest_handle_gnttab_query_size_t` (grant_table.h:477)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_gnttab_query_size_t {
    pub p: u32,
}

/// `__guest_handle_gnttab_set_version_t` (grant_table.h:513)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_gnttab_set_version_t {
    pub p: u32,
}

/// `__guest_handle_gnttab_setup_table_t` (grant_table.h:384)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_gnttab_setup_table_t {
    pub p: u32,
}

/// `__guest_handle_gnttab_swap_grant_ref_t` (grant_table.h:564)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_gnttab_swap_grant_ref_t {
    pub p: u32,
}

/// `__guest_handle_gnttab_transfer_t` (grant_table.h:417)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_gnttab_transfer_t {
    pub p: u32,
}

/// `__guest_handle_gnttab_unmap_and_replace_t` (grant_table.h:499)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_gnttab_unmap_and_replace_t {
    pub p: u32,
}

/// `__guest_handle_gnttab_unmap_grant_ref_t` (grant_table.h:360)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_gnttab_unmap_grant_ref_t {
    pub p: u32,
}

/// `__guest_handle_int` (xen.h:31)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_int {
    pub p: u32,
}

/// `__guest_handle_mc_info_t` (arch-x86/xen-mca.h:232)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_mc_info_t {
    pub p: u32,
}

/// `__guest_handle_mmu_update_t` (xen.h:637)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_mmu_update_t {
    pub p: u32,
}

/// `__guest_handle_mmuext_op_t` (xen.h:464)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_mmuext_op_t {
    pub p: u32,
}

/// `__guest_handle_multicall_entry_t` (xen.h:657)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_multicall_entry_t {
    pub p: u32,
}

/// `__guest_handle_physdev_apic_t` (physdev.h:121)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_apic_t {
    pub p: u32,
}

/// `__guest_handle_physdev_dbgp_op_t` (physdev.h:344)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_dbgp_op_t {
    pub p: u32,
}

/// `__guest_handle_physdev_eoi_t` (physdev.h:28)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_eoi_t {
    pub p: u32,
}

/// `__guest_handle_physdev_get_free_pirq_t` (physdev.h:254)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_get_free_pirq_t {
    pub p: u32,
}

/// `__guest_handle_physdev_irq_status_query_t` (physdev.h:65)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_irq_status_query_t {
    pub p: u32,
}

/// `__guest_handle_physdev_irq_t` (physdev.h:136)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_irq_t {
    pub p: u32,
}

/// `__guest_handle_physdev_manage_pci_ext_t` (physdev.h:209)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_manage_pci_ext_t {
    pub p: u32,
}

/// `__guest_handle_physdev_manage_pci_t` (physdev.h:184)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_manage_pci_t {
    pub p: u32,
}

/// `__guest_handle_physdev_map_pirq_t` (physdev.h:163)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_map_pirq_t {
    pub p: u32,
}

/// `__guest_handle_physdev_op_t` (physdev.h:226)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_op_t {
    pub p: u32,
}

/// `__guest_handle_physdev_pci_device_add_t` (physdev.h:292)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_pci_device_add_t {
    pub p: u32,
}

/// `__guest_handle_physdev_pci_device_t` (physdev.h:316)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_pci_device_t {
    pub p: u32,
}

/// `__guest_handle_physdev_pci_mmcfg_reserved_t` (physdev.h:267)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_pci_mmcfg_reserved_t {
    pub p: u32,
}

/// `__guest_handle_physdev_pirq_eoi_gmfn_t` (physdev.h:51)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_pirq_eoi_gmfn_t {
    pub p: u32,
}

/// `__guest_handle_physdev_restore_msi_t` (physdev.h:193)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_restore_msi_t {
    pub p: u32,
}

/// `__guest_handle_physdev_set_iobitmap_t` (physdev.h:105)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_set_iobitmap_t {
    pub p: u32,
}

/// `__guest_handle_physdev_set_iopl_t` (physdev.h:85)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_set_iopl_t {
    pub p: u32,
}

/// `__guest_handle_physdev_setup_gsi_t` (physdev.h:239)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_setup_gsi_t {
    pub p: u32,
}

/// `__guest_handle_physdev_unmap_pirq_t` (physdev.h:173)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_physdev_unmap_pirq_t {
    pub p: u32,
}

/// `__guest_handle_sched_pin_override_t` (sched.h:150)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_sched_pin_override_t {
    pub p: u32,
}

/// `__guest_handle_sched_poll_t` (sched.h:130)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_sched_poll_t {
    pub p: u32,
}

/// `__guest_handle_sched_remote_shutdown_t` (sched.h:137)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_sched_remote_shutdown_t {
    pub p: u32,
}

/// `__guest_handle_sched_shutdown_t` (sched.h:122)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_sched_shutdown_t {
    pub p: u32,
}

/// `__guest_handle_sched_watchdog_t` (sched.h:144)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_sched_watchdog_t {
    pub p: u32,
}

/// `__guest_handle_tmem_op_t` (tmem.h:90); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_tmem_op_t {
    pub p: u32,
}

/// `__guest_handle_trap_info_t` (arch-x86/xen.h:145)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_trap_info_t {
    pub p: u32,
}

/// `__guest_handle_uchar` (xen.h:30)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_uchar {
    pub p: u32,
}

/// `__guest_handle_uint` (xen.h:32)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_uint {
    pub p: u32,
}

/// `__guest_handle_uint16` (xen.h:986)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_uint16 {
    pub p: u32,
}

/// `__guest_handle_uint32` (xen.h:987)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_uint32 {
    pub p: u32,
}

/// `__guest_handle_uint64` (xen.h:988)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_uint64 {
    pub p: u32,
}

/// `__guest_handle_uint64_t` (xen.h:39)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_uint64_t {
    pub p: u32,
}

/// `__guest_handle_uint8` (xen.h:985)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_uint8 {
    pub p: u32,
}

/// `__guest_handle_vcpu_get_physid_t` (vcpu.h:194)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_vcpu_get_physid_t {
    pub p: u32,
}

/// `__guest_handle_vcpu_guest_context_t` (arch-x86/xen.h:222)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_vcpu_guest_context_t {
    pub p: u32,
}

/// `__guest_handle_vcpu_hvm_context_t` (hvm/hvm_vcpu.h:117)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_vcpu_hvm_context_t {
    pub p: u32,
}

/// `__guest_handle_vcpu_register_runstate_memory_area_t` (vcpu.h:126)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_vcpu_register_runstate_memory_area_t {
    pub p: u32,
}

/// `__guest_handle_vcpu_register_time_memory_area_t` (vcpu.h:227)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_vcpu_register_time_memory_area_t {
    pub p: u32,
}

/// `__guest_handle_vcpu_register_vcpu_info_t` (vcpu.h:178)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_vcpu_register_vcpu_info_t {
    pub p: u32,
}

/// `__guest_handle_vcpu_runstate_info_t` (vcpu.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_vcpu_runstate_info_t {
    pub p: u32,
}

/// `__guest_handle_vcpu_set_periodic_timer_t` (vcpu.h:139)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_vcpu_set_periodic_timer_t {
    pub p: u32,
}

/// `__guest_handle_vcpu_set_singleshot_timer_t` (vcpu.h:152)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_vcpu_set_singleshot_timer_t {
    pub p: u32,
}

/// `__guest_handle_vcpu_time_info_t` (vcpu.h:218)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_vcpu_time_info_t {
    pub p: u32,
}

/// `__guest_handle_void` (xen.h:37)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_void {
    pub p: u32,
}

/// `__guest_handle_xen_add_to_physmap_batch_t` (memory.h:280)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_add_to_physmap_batch_t {
    pub p: u32,
}

/// `__guest_handle_xen_add_to_physmap_t` (memory.h:246)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_add_to_physmap_t {
    pub p: u32,
}

/// `__guest_handle_xen_cpuid_leaf_t` (arch-x86/xen.h:327)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_cpuid_leaf_t {
    pub p: u32,
}

/// `__guest_handle_xen_dm_op_buf_t` (hvm/dm_op.h:479)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_dm_op_buf_t {
    pub p: u32,
}

/// `__guest_handle_xen_flask_op_t` (xsm/flask_op.h:210)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_flask_op_t {
    pub p: u32,
}

/// `__guest_handle_xen_foreign_memory_map_t` (memory.h:351)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_foreign_memory_map_t {
    pub p: u32,
}

/// `__guest_handle_xen_hvm_altp2m_change_gfn_t` (hvm/hvm_op.h:297)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_hvm_altp2m_change_gfn_t {
    pub p: u32,
}

/// `__guest_handle_xen_hvm_altp2m_domain_state_t` (hvm/hvm_op.h:218)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_hvm_altp2m_domain_state_t {
    pub p: u32,
}

/// `__guest_handle_xen_hvm_altp2m_mem_access_t` (hvm/hvm_op.h:267)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_hvm_altp2m_mem_access_t {
    pub p: u32,
}

/// `__guest_handle_xen_hvm_altp2m_op_t` (hvm/hvm_op.h:366)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_hvm_altp2m_op_t {
    pub p: u32,
}

/// `__guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t` (hvm/hvm_op.h:233)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t {
    pub p: u32,
}

/// `__guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t` (hvm/hvm_op.h:227)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t {
    pub p: u32,
}

/// `__guest_handle_xen_hvm_altp2m_view_t` (hvm/hvm_op.h:241)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_hvm_altp2m_view_t {
    pub p: u32,
}

/// `__guest_handle_xen_hvm_evtchn_upcall_vector_t` (hvm/hvm_op.h:202)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_hvm_evtchn_upcall_vector_t {
    pub p: u32,
}

/// `__guest_handle_xen_hvm_get_mem_type_t` (hvm/hvm_op.h:167)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_hvm_get_mem_type_t {
    pub p: u32,
}

/// `__guest_handle_xen_hvm_get_time_t` (hvm/hvm_op.h:134)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_hvm_get_time_t {
    pub p: u32,
}

/// `__guest_handle_xen_hvm_pagetable_dying_t` (hvm/hvm_op.h:126)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_hvm_pagetable_dying_t {
    pub p: u32,
}

/// `__guest_handle_xen_hvm_param_t` (hvm/hvm_op.h:23)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_hvm_param_t {
    pub p: u32,
}

/// `__guest_handle_xen_hvm_xentrace_t` (hvm/hvm_op.h:142)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_hvm_xentrace_t {
    pub p: u32,
}

/// `__guest_handle_xen_kexec_load_t` (kexec.h:200)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_kexec_load_t {
    pub p: u32,
}

/// `__guest_handle_xen_kexec_segment_t` (kexec.h:166)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_kexec_segment_t {
    pub p: u32,
}

/// `__guest_handle_xen_kexec_status_t` (kexec.h:225)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_kexec_status_t {
    pub p: u32,
}

/// `__guest_handle_xen_kexec_unload_t` (kexec.h:211)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_kexec_unload_t {
    pub p: u32,
}

/// `__guest_handle_xen_machphys_mapping_t` (memory.h:205)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_machphys_mapping_t {
    pub p: u32,
}

/// `__guest_handle_xen_machphys_mfn_list_t` (memory.h:182)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_machphys_mfn_list_t {
    pub p: u32,
}

/// `__guest_handle_xen_mc_fetch_t` (arch-x86/xen-mca.h:347)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_mc_fetch_t {
    pub p: u32,
}

/// `__guest_handle_xen_mc_logical_cpu_t` (arch-x86/xen-mca.h:271)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_mc_logical_cpu_t {
    pub p: u32,
}

/// `__guest_handle_xen_mc_notifydomain_t` (arch-x86/xen-mca.h:367)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_mc_notifydomain_t {
    pub p: u32,
}

/// `__guest_handle_xen_mc_t` (arch-x86/xen-mca.h:434)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_mc_t {
    pub p: u32,
}

/// `__guest_handle_xen_mem_acquire_resource_t` (memory.h:692)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_mem_acquire_resource_t {
    pub p: u32,
}

/// `__guest_handle_xen_memory_exchange_t` (memory.h:125)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_memory_exchange_t {
    pub p: u32,
}

/// `__guest_handle_xen_memory_map_t` (memory.h:329)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_memory_map_t {
    pub p: u32,
}

/// `__guest_handle_xen_memory_reservation_t` (memory.h:80)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_memory_reservation_t {
    pub p: u32,
}

/// `__guest_handle_xen_msr_entry_t` (arch-x86/xen.h:334)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_msr_entry_t {
    pub p: u32,
}

/// `__guest_handle_xen_pfn_t` (xen.h:40)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_pfn_t {
    pub p: u32,
}

/// `__guest_handle_xen_platform_op_t` (platform.h:703)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_platform_op_t {
    pub p: u32,
}

/// `__guest_handle_xen_pmu_amd_ctxt_t` (arch-x86/pmu.h:24)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_pmu_amd_ctxt_t {
    pub p: u32,
}

/// `__guest_handle_xen_pmu_arch_t` (arch-x86/pmu.h:130)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_pmu_arch_t {
    pub p: u32,
}

/// `__guest_handle_xen_pmu_cntr_pair_t` (arch-x86/pmu.h:32)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_pmu_cntr_pair_t {
    pub p: u32,
}

/// `__guest_handle_xen_pmu_intel_ctxt_t` (arch-x86/pmu.h:56)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_pmu_intel_ctxt_t {
    pub p: u32,
}

/// `__guest_handle_xen_pmu_params_t` (pmu.h:57)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_pmu_params_t {
    pub p: u32,
}

/// `__guest_handle_xen_pmu_regs_t` (arch-x86/pmu.h:69)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_pmu_regs_t {
    pub p: u32,
}

/// `__guest_handle_xen_processor_csd_t` (platform.h:392)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_processor_csd_t {
    pub p: u32,
}

/// `__guest_handle_xen_processor_cx_t` (platform.h:403)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_processor_cx_t {
    pub p: u32,
}

/// `__guest_handle_xen_processor_performance_t` (platform.h:463)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_processor_performance_t {
    pub p: u32,
}

/// `__guest_handle_xen_processor_px_t` (platform.h:438)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_processor_px_t {
    pub p: u32,
}

/// `__guest_handle_xen_remove_from_physmap_t` (memory.h:303)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_remove_from_physmap_t {
    pub p: u32,
}

/// `__guest_handle_xen_tmem_oid_t` (tmem.h:59); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_tmem_oid_t {
    pub p: u32,
}

/// `__guest_handle_xen_ulong_t` (xen.h:41)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_ulong_t {
    pub p: u32,
}

/// `__guest_handle_xen_vmemrange_t` (memory.h:707)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_vmemrange_t {
    pub p: u32,
}

/// `__guest_handle_xen_vnuma_topology_info_t` (memory.h:741)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xen_vnuma_topology_info_t {
    pub p: u32,
}

/// `__guest_handle_xennmi_callback_t` (nmi.h:50)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xennmi_callback_t {
    pub p: u32,
}

/// `__guest_handle_xenoprof_buf_t` (xenoprof.h:72)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenoprof_buf_t {
    pub p: u32,
}

/// `__guest_handle_xenoprof_counter_t` (xenoprof.h:103)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenoprof_counter_t {
    pub p: u32,
}

/// `__guest_handle_xenoprof_get_buffer_t` (xenoprof.h:90)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenoprof_get_buffer_t {
    pub p: u32,
}

/// `__guest_handle_xenoprof_ibs_counter_t` (xenoprof.h:123)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenoprof_ibs_counter_t {
    pub p: u32,
}

/// `__guest_handle_xenoprof_init_t` (xenoprof.h:81)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenoprof_init_t {
    pub p: u32,
}

/// `__guest_handle_xenoprof_passive_t` (xenoprof.h:112)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenoprof_passive_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_add_memtype_t` (platform.h:66)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_add_memtype_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_change_freq_t` (platform.h:327)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_change_freq_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_core_parking_t` (platform.h:571)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_core_parking_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_cpu_ol_t` (platform.h:538)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_cpu_ol_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_del_memtype_t` (platform.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_del_memtype_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_dom0_console_t` (platform.h:641); since 4.18.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_dom0_console_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_efi_runtime_call_t` (platform.h:215)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_efi_runtime_call_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_enter_acpi_sleep_t` (platform.h:317)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_enter_acpi_sleep_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_firmware_info_t` (platform.h:300)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_firmware_info_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_getidletime_t` (platform.h:352)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_getidletime_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_microcode_update2_t` (platform.h:664); since 4.20.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_microcode_update2_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_microcode_update_t` (platform.h:104)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_microcode_update_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_pcpu_version_t` (platform.h:529)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_pcpu_version_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_pcpuinfo_t` (platform.h:514)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_pcpuinfo_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_platform_quirk_t` (platform.h:115)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_platform_quirk_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_read_memtype_t` (platform.h:95)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_read_memtype_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_resource_entry_t` (platform.h:606)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_resource_entry_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_resource_op_t` (platform.h:614)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_resource_op_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_set_processor_pminfo_t` (platform.h:497)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_set_processor_pminfo_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_settime_t` (platform.h:46)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_settime_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_symdata_t` (platform.h:632)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_symdata_t {
    pub p: u32,
}

/// `__guest_handle_xenpf_ucode_revision_t` (platform.h:651); since 4.18.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __guest_handle_xenpf_ucode_revision_t {
    pub p: u32,
}

/// `struct arch_shared_info` (arch-x86/xen.h:224)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct arch_shared_info {
    pub max_pfn: u32,
    pub pfn_to_mfn_frame_list_list: xen_pfn_t,
    pub nmi_reason: u32,
    pub p2m_cr3: u32,
    pub p2m_vaddr: u32,
    pub p2m_generation: u32,
    pub wc_sec_hi: u32,
}

/// `struct arch_vcpu_info` (arch-x86/xen-x86_32.h:162)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct arch_vcpu_info {
    pub cr2: u32,
    pub pad: [u32; 5],
}

/// `struct blkif_back_ring` (io/blkif.h:723)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct blkif_front_ring` (io/blkif.h:723)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct blkif_request_discard` (io/blkif.h:673)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_request_discard {
    pub operation: u8,
    pub flag: u8,
    pub handle: u16,
    pub id: crate::U64Align4,
    pub sector_number: crate::U64Align4,
    pub nr_sectors: crate::U64Align4,
}

/// `struct blkif_request_indirect` (io/blkif.h:689)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_request_indirect {
    pub operation: u8,
    pub indirect_op: u8,
    pub nr_segments: u16,
    pub id: crate::U64Align4,
    pub sector_number: crate::U64Align4,
    pub handle: u16,
    pub __pad_0: [u8; 2],
    pub indirect_grefs: [grant_ref_t; 8],
    pub pad: crate::U64Align4,
}

/// `struct blkif_request_segment` (io/blkif.h:641)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_request_segment {
    pub gref: grant_ref_t,
    pub first_sect: u8,
    pub last_sect: u8,
    pub __pad_0: [u8; 2],
}

/// `struct blkif_request` (io/blkif.h:655)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_request {
    pub operation: u8,
    pub nr_segments: u8,
    pub handle: u16,
    pub id: crate::U64Align4,
    pub sector_number: crate::U64Align4,
    pub seg: [blkif_request_segment; 11],
}

/// `struct blkif_response` (io/blkif.h:703)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_response {
    pub id: crate::U64Align4,
    pub operation: u8,
    pub __pad_0: [u8; 1],
    pub status: i16,
}

/// A member group of `buf_ioreq` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union buf_ioreq__anon_0 {
    pub r#type: u8,
    pub __bits_0: u32,
}

/// `struct buf_ioreq` (hvm/ioreq.h:57)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct buf_ioreq {
    pub __anon_0: buf_ioreq__anon_0,
    pub data: u32,
}

impl buf_ioreq {
    /// Bit-field `pad`: 1 bits at bit 0 of the 1-byte unit at byte 1.
    pub fn pad(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 1, 1, 0, 1) }
    }
    /// Sets bit-field `pad` (the value is masked to 1 bits).
    pub fn set_pad(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 1, 1, 0, 1, value) }
    }
    /// Bit-field `dir`: 1 bits at bit 1 of the 1-byte unit at byte 1.
    pub fn dir(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 1, 1, 1, 1) }
    }
    /// Sets bit-field `dir` (the value is masked to 1 bits).
    pub fn set_dir(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 1, 1, 1, 1, value) }
    }
    /// Bit-field `size`: 2 bits at bit 2 of the 1-byte unit at byte 1.
    pub fn size(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 1, 1, 2, 2) }
    }
    /// Sets bit-field `size` (the value is masked to 2 bits).
    pub fn set_size(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 1, 1, 2, 2, value) }
    }
    /// Bit-field `addr`: 20 bits at bit 12 of the 4-byte unit at byte 0.
    pub fn addr(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 0, 4, 12, 20) }
    }
    /// Sets bit-field `addr` (the value is masked to 20 bits).
    pub fn set_addr(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 0, 4, 12, 20, value) }
    }
}

/// `struct buffered_iopage` (hvm/ioreq.h:68)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct buffered_iopage {
    pub read_pointer: u32,
    pub write_pointer: u32,
    pub buf_ioreq: [buf_ioreq_t; 511],
}

/// `struct xen_callback` (arch-x86/xen-x86_32.h:168)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_callback {
    pub cs: u32,
    pub eip: u32,
}

/// `struct callback_register` (callback.h:67)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct callback_register {
    pub r#type: u16,
    pub flags: u16,
    pub address: xen_callback_t,
}

/// `struct callback_unregister` (callback.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct callback_unregister {
    pub r#type: u16,
    pub _unused: u16,
}

/// `struct cpu_user_regs` (arch-x86/xen-x86_32.h:121)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct cpu_user_regs {
    pub ebx: u32,
    pub ecx: u32,
    pub edx: u32,
    pub esi: u32,
    pub edi: u32,
    pub ebp: u32,
    pub eax: u32,
    pub error_code: u16,
    pub entry_vector: u16,
    pub eip: u32,
    pub cs: u16,
    pub saved_upcall_mask: u8,
    pub _pad0: u8,
    pub eflags: u32,
    pub esp: u32,
    pub ss: u16,
    pub _pad1: u16,
    pub es: u16,
    pub _pad2: u16,
    pub ds: u16,
    pub _pad3: u16,
    pub fs: u16,
    pub _pad4: u16,
    pub gs: u16,
    pub _pad5: u16,
}

/// `struct dom0_vga_console_info` (xen.h:935)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct dom0_vga_console_info {
    pub video_type: u8,
    pub __pad_0: [u8; 3],
    pub u: [u32; 9],
}

/// `struct evtchn_alloc_unbound` (event_channel.h:76)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_alloc_unbound {
    pub dom: domid_t,
    pub remote_dom: domid_t,
    pub port: evtchn_port_t,
}

/// `struct evtchn_bind_interdomain` (event_channel.h:104)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_bind_interdomain {
    pub remote_dom: domid_t,
    pub __pad_0: [u8; 2],
    pub remote_port: evtchn_port_t,
    pub local_port: evtchn_port_t,
}

/// `struct evtchn_bind_ipi` (event_channel.h:156)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_bind_ipi {
    pub vcpu: u32,
    pub port: evtchn_port_t,
}

/// `struct evtchn_bind_pirq` (event_channel.h:140)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_bind_pirq {
    pub pirq: u32,
    pub flags: u32,
    pub port: evtchn_port_t,
}

/// `struct evtchn_bind_vcpu` (event_channel.h:231)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_bind_vcpu {
    pub port: evtchn_port_t,
    pub vcpu: u32,
}

/// `struct evtchn_bind_virq` (event_channel.h:125)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_bind_virq {
    pub virq: u32,
    pub vcpu: u32,
    pub port: evtchn_port_t,
}

/// `struct evtchn_close` (event_channel.h:168)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_close {
    pub port: evtchn_port_t,
}

/// `struct evtchn_expand_array` (event_channel.h:285)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_expand_array {
    pub array_gfn: crate::U64Align4,
}

/// `struct evtchn_fifo_control_block` (event_channel.h:354)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_fifo_control_block {
    pub ready: u32,
    pub _rsvd: u32,
    pub head: [u32; 16],
}

/// `struct evtchn_init_control` (event_channel.h:271)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_init_control {
    pub control_gfn: crate::U64Align4,
    pub offset: u32,
    pub vcpu: u32,
    pub link_bits: u8,
    pub _pad: [u8; 7],
}

/// `struct evtchn_send` (event_channel.h:178)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_send {
    pub port: evtchn_port_t,
}

/// `struct evtchn_status` (event_channel.h:192)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_status {
    pub dom: domid_t,
    pub __pad_0: [u8; 2],
    pub port: evtchn_port_t,
    pub status: u32,
    pub vcpu: u32,
    pub u: [crate::U64Align4; 1],
}

/// `struct evtchn_unmask` (event_channel.h:242)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_unmask {
    pub port: evtchn_port_t,
}

/// `struct evtchn_op` (event_channel.h:307)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_op {
    pub cmd: u32,
    pub u: [crate::U64Align4; 3],
}

/// `struct evtchn_reset` (event_channel.h:258)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_reset {
    pub dom: domid_t,
}

/// `struct evtchn_set_priority` (event_channel.h:294)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_set_priority {
    pub port: evtchn_port_t,
    pub priority: u32,
}

/// `struct fsif_back_ring` (io/fsif.h:167)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct fsif_front_ring` (io/fsif.h:167)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct fsif_stat_response` (io/fsif.h:60)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_stat_response {
    pub stat_mode: i32,
    pub stat_uid: u32,
    pub stat_gid: u32,
    pub stat_ret: i32,
    pub stat_size: crate::I64Align4,
    pub stat_atime: crate::I64Align4,
    pub stat_mtime: crate::I64Align4,
    pub stat_ctime: crate::I64Align4,
}

/// `struct fsif_response` (io/fsif.h:148)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_response {
    pub id: u16,
    pub pad1: u16,
    pub pad2: u32,
    pub u: [crate::U64Align4; 6],
}

/// `struct gnttab_cache_flush` (grant_table.h:570)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_cache_flush {
    pub a: [crate::U64Align4; 1],
    pub offset: u16,
    pub length: u16,
    pub op: u32,
}

/// `struct gnttab_copy_ptr` (grant_table.h:445)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_copy_ptr {
    pub u: [u32; 1],
    pub domid: domid_t,
    pub offset: u16,
}

/// `struct gnttab_copy` (grant_table.h:443)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_copy {
    pub source: gnttab_copy_ptr,
    pub dest: gnttab_copy_ptr,
    pub len: u16,
    pub flags: u16,
    pub status: i16,
    pub __pad_0: [u8; 2],
}

/// `struct gnttab_dump_table` (grant_table.h:390)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_dump_table {
    pub dom: domid_t,
    pub status: i16,
}

/// `struct gnttab_get_status_frames` (grant_table.h:528)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_get_status_frames {
    pub nr_frames: u32,
    pub dom: domid_t,
    pub status: i16,
    pub frame_list: __guest_handle_uint64_t,
}

/// `struct gnttab_get_version` (grant_table.h:543)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_get_version {
    pub dom: domid_t,
    pub pad: u16,
    pub version: u32,
}

/// `struct gnttab_map_grant_ref` (grant_table.h:326)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_map_grant_ref {
    pub host_addr: crate::U64Align4,
    pub flags: u32,
    pub r#ref: grant_ref_t,
    pub dom: domid_t,
    pub status: i16,
    pub handle: grant_handle_t,
    pub dev_bus_addr: crate::U64Align4,
}

/// `struct gnttab_query_size` (grant_table.h:468)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_query_size {
    pub dom: domid_t,
    pub __pad_0: [u8; 2],
    pub nr_frames: u32,
    pub max_nr_frames: u32,
    pub status: i16,
    pub __pad_1: [u8; 2],
}

/// `struct gnttab_set_version` (grant_table.h:508)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_set_version {
    pub version: u32,
}

/// `struct gnttab_setup_table` (grant_table.h:371)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_setup_table {
    pub dom: domid_t,
    pub __pad_0: [u8; 2],
    pub nr_frames: u32,
    pub status: i16,
    pub __pad_1: [u8; 2],
    pub frame_list: __guest_handle_xen_pfn_t,
}

/// `struct gnttab_swap_grant_ref` (grant_table.h:556)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_swap_grant_ref {
    pub ref_a: grant_ref_t,
    pub ref_b: grant_ref_t,
    pub status: i16,
    pub __pad_0: [u8; 2],
}

/// `struct gnttab_transfer` (grant_table.h:408)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_transfer {
    pub mfn: xen_pfn_t,
    pub domid: domid_t,
    pub __pad_0: [u8; 2],
    pub r#ref: grant_ref_t,
    pub status: i16,
    pub __pad_1: [u8; 2],
}

/// `struct gnttab_unmap_and_replace` (grant_table.h:490)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_unmap_and_replace {
    pub host_addr: crate::U64Align4,
    pub new_addr: crate::U64Align4,
    pub handle: grant_handle_t,
    pub status: i16,
    pub __pad_0: [u8; 2],
}

/// `struct gnttab_unmap_grant_ref` (grant_table.h:351)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_unmap_grant_ref {
    pub host_addr: crate::U64Align4,
    pub dev_bus_addr: crate::U64Align4,
    pub handle: grant_handle_t,
    pub status: i16,
    pub __pad_0: [u8; 2],
}

/// `struct grant_entry_header` (grant_table.h:209)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct grant_entry_header {
    pub flags: u16,
    pub domid: domid_t,
}

/// `struct grant_entry_v1` (grant_table.h:115)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct grant_entry_v1 {
    pub flags: u16,
    pub domid: domid_t,
    pub frame: u32,
}

/// `union grant_entry_v2` (grant_table.h:218)
#[repr(C)]
#[derive(Clone, Copy)]
pub union grant_entry_v2 {
    pub hdr: grant_entry_header_t,
    pub full_page: [crate::U64Align4; 2],
    pub sub_page: [crate::U64Align4; 2],
    pub transitive: [u32; 3],
    pub __spacer: [u32; 4],
}

/// `struct ioreq` (hvm/ioreq.h:35)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ioreq {
    pub addr: crate::U64Align4,
    pub data: crate::U64Align4,
    pub count: u32,
    pub size: u32,
    pub vp_eport: u32,
    pub _pad0: u16,
    pub __bits_0: u8,
    pub r#type: u8,
}

impl ioreq {
    /// Bit-field `state`: 4 bits at bit 0 of the 1-byte unit at byte 30.
    pub fn state(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 30, 1, 0, 4) }
    }
    /// Sets bit-field `state` (the value is masked to 4 bits).
    pub fn set_state(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 30, 1, 0, 4, value) }
    }
    /// Bit-field `data_is_ptr`: 1 bits at bit 4 of the 1-byte unit at byte 30.
    pub fn data_is_ptr(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 30, 1, 4, 1) }
    }
    /// Sets bit-field `data_is_ptr` (the value is masked to 1 bits).
    pub fn set_data_is_ptr(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 30, 1, 4, 1, value) }
    }
    /// Bit-field `dir`: 1 bits at bit 5 of the 1-byte unit at byte 30.
    pub fn dir(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 30, 1, 5, 1) }
    }
    /// Sets bit-field `dir` (the value is masked to 1 bits).
    pub fn set_dir(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 30, 1, 5, 1, value) }
    }
    /// Bit-field `df`: 1 bits at bit 6 of the 1-byte unit at byte 30.
    pub fn df(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 30, 1, 6, 1) }
    }
    /// Sets bit-field `df` (the value is masked to 1 bits).
    pub fn set_df(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 30, 1, 6, 1, value) }
    }
    /// Bit-field `_pad1`: 1 bits at bit 7 of the 1-byte unit at byte 30.
    pub fn _pad1(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 30, 1, 7, 1) }
    }
    /// Sets bit-field `_pad1` (the value is masked to 1 bits).
    pub fn set__pad1(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 30, 1, 7, 1, value) }
    }
}

/// `struct mc_info` (arch-x86/xen-mca.h:225)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mc_info {
    pub mi_nentries: u32,
    pub flags: u32,
    pub mi_data: [crate::U64Align4; 95],
}

/// `struct mmu_update` (xen.h:632)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mmu_update {
    pub ptr: crate::U64Align4,
    pub val: crate::U64Align4,
}

/// `struct mmuext_op` (xen.h:441)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mmuext_op {
    pub cmd: u32,
    pub arg1: [u32; 1],
    pub arg2: [u32; 1],
}

/// `struct multicall_entry` (xen.h:648)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct multicall_entry {
    pub op: xen_ulong_t,
    pub result: xen_ulong_t,
    pub args: [xen_ulong_t; 6],
}

/// `struct netif_extra_info` (io/netif.h:1004)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_extra_info {
    pub r#type: u8,
    pub flags: u8,
    pub u: [u16; 3],
}

/// `struct netif_rx_back_ring` (io/netif.h:1073)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_rx_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct netif_rx_front_ring` (io/netif.h:1073)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_rx_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct netif_rx_request` (io/netif.h:1033)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_rx_request {
    pub id: u16,
    pub pad: u16,
    pub gref: grant_ref_t,
}

/// `struct netif_rx_response` (io/netif.h:1060)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_rx_response {
    pub id: u16,
    pub offset: u16,
    pub flags: u16,
    pub status: i16,
}

/// `struct netif_tx_back_ring` (io/netif.h:1072)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_tx_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct netif_tx_front_ring` (io/netif.h:1072)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_tx_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct netif_tx_request` (io/netif.h:974)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_tx_request {
    pub gref: grant_ref_t,
    pub offset: u16,
    pub flags: u16,
    pub id: u16,
    pub size: u16,
}

/// `struct netif_tx_response` (io/netif.h:1027)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_tx_response {
    pub id: u16,
    pub status: i16,
}

/// `struct physdev_apic` (physdev.h:113)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_apic {
    pub apic_physbase: u32,
    pub reg: u32,
    pub value: u32,
}

/// `struct physdev_pci_device` (physdev.h:309)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_pci_device {
    pub seg: u16,
    pub bus: u8,
    pub devfn: u8,
}

/// `struct physdev_dbgp_op` (physdev.h:335)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_dbgp_op {
    pub op: u8,
    pub bus: u8,
    pub u: [u16; 2],
}

/// `struct physdev_eoi` (physdev.h:23)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_eoi {
    pub irq: u32,
}

/// `struct physdev_get_free_pirq` (physdev.h:246)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_get_free_pirq {
    pub r#type: i32,
    pub pirq: u32,
}

/// `struct physdev_irq_status_query` (physdev.h:58)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_irq_status_query {
    pub irq: u32,
    pub flags: u32,
}

/// `struct physdev_irq` (physdev.h:129)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_irq {
    pub irq: u32,
    pub vector: u32,
}

/// `struct physdev_manage_pci` (physdev.h:177)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_manage_pci {
    pub bus: u8,
    pub devfn: u8,
}

/// `struct physdev_map_pirq` (physdev.h:145)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_map_pirq {
    pub domid: domid_t,
    pub __pad_0: [u8; 2],
    pub r#type: i32,
    pub index: i32,
    pub pirq: i32,
    pub bus: i32,
    pub devfn: i32,
    pub entry_nr: i32,
    pub table_base: crate::U64Align4,
}

/// `struct physdev_set_iobitmap` (physdev.h:95)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_set_iobitmap {
    pub bitmap: __guest_handle_uint8,
    pub nr_ports: u32,
}

/// `struct physdev_set_iopl` (physdev.h:80)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_set_iopl {
    pub iopl: u32,
}

/// `struct physdev_op` (physdev.h:215)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_op {
    pub cmd: u32,
    pub u: [u32; 3],
}

/// `struct physdev_pci_device_add` (physdev.h:274)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_pci_device_add {
    pub seg: u16,
    pub bus: u8,
    pub devfn: u8,
    pub flags: u32,
    pub physfn: [u8; 2],
    pub __pad_0: [u8; 2],
    pub optarr: [u32; 0],
}

/// `struct physdev_pci_mmcfg_reserved` (physdev.h:259)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_pci_mmcfg_reserved {
    pub address: crate::U64Align4,
    pub segment: u16,
    pub start_bus: u8,
    pub end_bus: u8,
    pub flags: u32,
}

/// `struct physdev_pirq_eoi_gmfn` (physdev.h:46)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_pirq_eoi_gmfn {
    pub gmfn: xen_pfn_t,
}

/// `struct physdev_restore_msi` (physdev.h:187)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_restore_msi {
    pub bus: u8,
    pub devfn: u8,
}

/// `struct physdev_setup_gsi` (physdev.h:229)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_setup_gsi {
    pub gsi: i32,
    pub triggering: u8,
    pub polarity: u8,
    pub __pad_0: [u8; 2],
}

/// `struct physdev_unmap_pirq` (physdev.h:166)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_unmap_pirq {
    pub domid: domid_t,
    pub __pad_0: [u8; 2],
    pub pirq: i32,
}

/// `struct sched_pin_override` (sched.h:146)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sched_pin_override {
    pub pcpu: i32,
}

/// `struct sched_poll` (sched.h:124)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sched_poll {
    pub ports: __guest_handle_evtchn_port_t,
    pub nr_ports: u32,
    pub timeout: crate::U64Align4,
}

/// `struct sched_remote_shutdown` (sched.h:132)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sched_remote_shutdown {
    pub domain_id: domid_t,
    pub __pad_0: [u8; 2],
    pub reason: u32,
}

/// `struct sched_shutdown` (sched.h:118)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sched_shutdown {
    pub reason: u32,
}

/// `struct sched_watchdog` (sched.h:139)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sched_watchdog {
    pub id: u32,
    pub timeout: u32,
}

/// `struct vcpu_time_info` (xen.h:667)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_time_info {
    pub version: u32,
    pub pad0: u32,
    pub tsc_timestamp: crate::U64Align4,
    pub system_time: crate::U64Align4,
    pub tsc_to_system_mul: u32,
    pub tsc_shift: i8,
    pub flags: u8,
    pub pad1: [u8; 2],
}

/// `struct vcpu_info` (xen.h:702)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_info {
    pub evtchn_upcall_pending: u8,
    pub evtchn_upcall_mask: u8,
    pub __pad_0: [u8; 2],
    pub evtchn_pending_sel: xen_ulong_t,
    pub arch: arch_vcpu_info,
    pub time: vcpu_time_info_t,
}

/// `struct shared_info` (xen.h:751)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct shared_info {
    pub vcpu_info: [vcpu_info; 32],
    pub evtchn_pending: [xen_ulong_t; 32],
    pub evtchn_mask: [xen_ulong_t; 32],
    pub wc_version: u32,
    pub wc_sec: u32,
    pub wc_nsec: u32,
    pub arch: arch_shared_info,
}

/// `struct shared_iopage` (hvm/ioreq.h:52)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct shared_iopage {
    pub vcpu_ioreq: [ioreq; 1],
}

/// `struct start_info` (xen.h:852)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct start_info {
    pub magic: [i8; 32],
    pub nr_pages: u32,
    pub shared_info: u32,
    pub flags: u32,
    pub store_mfn: xen_pfn_t,
    pub store_evtchn: u32,
    pub console: [crate::U64Align4; 1],
    pub pt_base: u32,
    pub nr_pt_frames: u32,
    pub mfn_list: u32,
    pub mod_start: u32,
    pub mod_len: u32,
    pub cmd_line: [i8; 1024],
    pub first_p2m_pfn: u32,
    pub nr_p2m_frames: u32,
}

/// A member group of `hvm_hw_cpu` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union hvm_hw_cpu__anon_0 {
    pub pending_event: u32,
    pub __bits_0: u32,
}

/// `struct hvm_hw_cpu` (arch-x86/hvm/save.h:40)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_cpu {
    pub fpu_regs: [u8; 512],
    pub rax: crate::U64Align4,
    pub rbx: crate::U64Align4,
    pub rcx: crate::U64Align4,
    pub rdx: crate::U64Align4,
    pub rbp: crate::U64Align4,
    pub rsi: crate::U64Align4,
    pub rdi: crate::U64Align4,
    pub rsp: crate::U64Align4,
    pub r8: crate::U64Align4,
    pub r9: crate::U64Align4,
    pub r10: crate::U64Align4,
    pub r11: crate::U64Align4,
    pub r12: crate::U64Align4,
    pub r13: crate::U64Align4,
    pub r14: crate::U64Align4,
    pub r15: crate::U64Align4,
    pub rip: crate::U64Align4,
    pub rflags: crate::U64Align4,
    pub cr0: crate::U64Align4,
    pub cr2: crate::U64Align4,
    pub cr3: crate::U64Align4,
    pub cr4: crate::U64Align4,
    pub dr0: crate::U64Align4,
    pub dr1: crate::U64Align4,
    pub dr2: crate::U64Align4,
    pub dr3: crate::U64Align4,
    pub dr6: crate::U64Align4,
    pub dr7: crate::U64Align4,
    pub cs_sel: u32,
    pub ds_sel: u32,
    pub es_sel: u32,
    pub fs_sel: u32,
    pub gs_sel: u32,
    pub ss_sel: u32,
    pub tr_sel: u32,
    pub ldtr_sel: u32,
    pub cs_limit: u32,
    pub ds_limit: u32,
    pub es_limit: u32,
    pub fs_limit: u32,
    pub gs_limit: u32,
    pub ss_limit: u32,
    pub tr_limit: u32,
    pub ldtr_limit: u32,
    pub idtr_limit: u32,
    pub gdtr_limit: u32,
    pub cs_base: crate::U64Align4,
    pub ds_base: crate::U64Align4,
    pub es_base: crate::U64Align4,
    pub fs_base: crate::U64Align4,
    pub gs_base: crate::U64Align4,
    pub ss_base: crate::U64Align4,
    pub tr_base: crate::U64Align4,
    pub ldtr_base: crate::U64Align4,
    pub idtr_base: crate::U64Align4,
    pub gdtr_base: crate::U64Align4,
    pub cs_arbytes: u32,
    pub ds_arbytes: u32,
    pub es_arbytes: u32,
    pub fs_arbytes: u32,
    pub gs_arbytes: u32,
    pub ss_arbytes: u32,
    pub tr_arbytes: u32,
    pub ldtr_arbytes: u32,
    pub sysenter_cs: crate::U64Align4,
    pub sysenter_esp: crate::U64Align4,
    pub sysenter_eip: crate::U64Align4,
    pub shadow_gs: crate::U64Align4,
    pub msr_flags: crate::U64Align4,
    pub msr_lstar: crate::U64Align4,
    pub msr_star: crate::U64Align4,
    pub msr_cstar: crate::U64Align4,
    pub msr_syscall_mask: crate::U64Align4,
    pub msr_efer: crate::U64Align4,
    pub msr_tsc_aux: crate::U64Align4,
    pub tsc: crate::U64Align4,
    pub __anon_0: hvm_hw_cpu__anon_0,
    pub error_code: u32,
    pub flags: u32,
    pub pad0: u32,
}

impl hvm_hw_cpu {
    /// Bit-field `pending_vector`: 8 bits at bit 0 of the 1-byte unit at byte 1016.
    pub fn pending_vector(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 1016, 1, 0, 8) }
    }
    /// Sets bit-field `pending_vector` (the value is masked to 8 bits).
    pub fn set_pending_vector(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 1016, 1, 0, 8, value) }
    }
    /// Bit-field `pending_type`: 3 bits at bit 0 of the 1-byte unit at byte 1017.
    pub fn pending_type(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 1017, 1, 0, 3) }
    }
    /// Sets bit-field `pending_type` (the value is masked to 3 bits).
    pub fn set_pending_type(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 1017, 1, 0, 3, value) }
    }
    /// Bit-field `pending_error_valid`: 1 bits at bit 3 of the 1-byte unit at byte 1017.
    pub fn pending_error_valid(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 1017, 1, 3, 1) }
    }
    /// Sets bit-field `pending_error_valid` (the value is masked to 1 bits).
    pub fn set_pending_error_valid(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 1017, 1, 3, 1, value) }
    }
    /// Bit-field `pending_reserved`: 19 bits at bit 12 of the 4-byte unit at byte 1016.
    pub fn pending_reserved(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 1016, 4, 12, 19) }
    }
    /// Sets bit-field `pending_reserved` (the value is masked to 19 bits).
    pub fn set_pending_reserved(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 1016, 4, 12, 19, value) }
    }
    /// Bit-field `pending_valid`: 1 bits at bit 7 of the 1-byte unit at byte 1019.
    pub fn pending_valid(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 1019, 1, 7, 1) }
    }
    /// Sets bit-field `pending_valid` (the value is masked to 1 bits).
    pub fn set_pending_valid(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 1019, 1, 7, 1, value) }
    }
}

/// `struct __HVM_SAVE_TYPE_CPU` (arch-x86/hvm/save.h:287)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_CPU {
    pub t: hvm_hw_cpu,
    pub c: [i8; 2],
    pub cpt: [i8; 2],
}

/// `struct hvm_save_end` (hvm/save.h:85)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_save_end {
}

/// `struct __HVM_SAVE_TYPE_END` (hvm/save.h:86)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_END {
    pub t: [u8; 0],
    pub c: [i8; 0],
    pub cpt: [i8; 1],
}

/// `struct hvm_save_header` (arch-x86/hvm/save.h:21)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_save_header {
    pub magic: u32,
    pub version: u32,
    pub changeset: crate::U64Align4,
    pub cpuid: u32,
    pub gtsc_khz: u32,
}

/// `struct __HVM_SAVE_TYPE_HEADER` (arch-x86/hvm/save.h:29)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_HEADER {
    pub t: hvm_save_header,
    pub c: [i8; 1],
    pub cpt: [i8; 1],
    pub __pad_0: [u8; 2],
}

/// `struct hvm_hw_hpet` (arch-x86/hvm/save.h:501)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_hpet {
    pub capability: crate::U64Align4,
    pub res0: crate::U64Align4,
    pub config: crate::U64Align4,
    pub res1: crate::U64Align4,
    pub isr: crate::U64Align4,
    pub res2: [crate::U64Align4; 25],
    pub mc64: crate::U64Align4,
    pub res3: crate::U64Align4,
    pub timers: [crate::U64Align4; 12],
    pub res5: [crate::U64Align4; 84],
    pub period: [crate::U64Align4; 3],
}

/// `struct __HVM_SAVE_TYPE_HPET` (arch-x86/hvm/save.h:523)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_HPET {
    pub t: hvm_hw_hpet,
    pub c: [i8; 12],
    pub cpt: [i8; 1],
    pub __pad_0: [u8; 3],
}

/// `union vioapic_redir_entry` (arch-x86/hvm/save.h:349)
#[repr(C)]
#[derive(Clone, Copy)]
pub union vioapic_redir_entry {
    pub bits: crate::U64Align4,
    pub fields: [u8; 8],
}

/// `struct hvm_hw_vioapic` (arch-x86/hvm/save.h:377)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_vioapic {
    pub base_address: crate::U64Align4,
    pub ioregsel: u32,
    pub id: u32,
    pub redirtbl: [vioapic_redir_entry; 48],
}

/// `struct __HVM_SAVE_TYPE_IOAPIC` (arch-x86/hvm/save.h:385)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_IOAPIC {
    pub t: hvm_hw_vioapic,
    pub c: [i8; 4],
    pub cpt: [i8; 1],
    pub __pad_0: [u8; 3],
}

/// A member group of `hvm_hw_isa_irqs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union hvm_hw_isa_irqs__anon_0 {
    pub i: [u32; 1],
    pub pad: [crate::U64Align4; 1],
}

/// `struct hvm_hw_isa_irqs` (arch-x86/hvm/save.h:426)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_isa_irqs {
    pub __anon_0: hvm_hw_isa_irqs__anon_0,
}

/// `struct __HVM_SAVE_TYPE_ISA_IRQ` (arch-x86/hvm/save.h:437)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_ISA_IRQ {
    pub t: hvm_hw_isa_irqs,
    pub c: [i8; 8],
    pub cpt: [i8; 1],
    pub __pad_0: [u8; 3],
}

/// `struct hvm_hw_lapic_regs` (arch-x86/hvm/save.h:402)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_lapic_regs {
    pub data: [u8; 1024],
}

/// `struct __HVM_SAVE_TYPE_LAPIC_REGS` (arch-x86/hvm/save.h:406)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_LAPIC_REGS {
    pub t: hvm_hw_lapic_regs,
    pub c: [i8; 6],
    pub cpt: [i8; 1],
}

/// `struct hvm_hw_mtrr` (arch-x86/hvm/save.h:542)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_mtrr {
    pub msr_pat_cr: crate::U64Align4,
    pub msr_mtrr_var: [crate::U64Align4; 16],
    pub msr_mtrr_fixed: [crate::U64Align4; 11],
    pub msr_mtrr_cap: crate::U64Align4,
    pub msr_mtrr_def_type: crate::U64Align4,
}

/// `struct __HVM_SAVE_TYPE_MTRR` (arch-x86/hvm/save.h:553)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_MTRR {
    pub t: hvm_hw_mtrr,
    pub c: [i8; 14],
    pub cpt: [i8; 1],
    pub __pad_0: [u8; 1],
}

/// A member group of `hvm_hw_pci_irqs` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union hvm_hw_pci_irqs__anon_0 {
    pub i: [u32; 4],
    pub pad: [crate::U64Align4; 2],
}

/// `struct hvm_hw_pci_irqs` (arch-x86/hvm/save.h:413)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_pci_irqs {
    pub __anon_0: hvm_hw_pci_irqs__anon_0,
}

/// `struct __HVM_SAVE_TYPE_PCI_IRQ` (arch-x86/hvm/save.h:424)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_PCI_IRQ {
    pub t: hvm_hw_pci_irqs,
    pub c: [i8; 7],
    pub cpt: [i8; 1],
}

/// `struct hvm_hw_pci_link` (arch-x86/hvm/save.h:439)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_pci_link {
    pub route: [u8; 4],
    pub pad0: [u8; 4],
}

/// `struct __HVM_SAVE_TYPE_PCI_LINK` (arch-x86/hvm/save.h:450)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_PCI_LINK {
    pub t: hvm_hw_pci_link,
    pub c: [i8; 9],
    pub cpt: [i8; 1],
}

/// `struct hvm_hw_vpic` (arch-x86/hvm/save.h:294)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_vpic {
    pub irr: u8,
    pub imr: u8,
    pub isr: u8,
    pub irq_base: u8,
    pub __bits_0: u8,
    pub __bits_1: u8,
    pub elcr: u8,
    pub int_output: u8,
}

impl hvm_hw_vpic {
    /// Bit-field `init_state`: 4 bits at bit 0 of the 1-byte unit at byte 4.
    pub fn init_state(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 4, 1, 0, 4) }
    }
    /// Sets bit-field `init_state` (the value is masked to 4 bits).
    pub fn set_init_state(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 4, 1, 0, 4, value) }
    }
    /// Bit-field `priority_add`: 4 bits at bit 4 of the 1-byte unit at byte 4.
    pub fn priority_add(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 4, 1, 4, 4) }
    }
    /// Sets bit-field `priority_add` (the value is masked to 4 bits).
    pub fn set_priority_add(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 4, 1, 4, 4, value) }
    }
    /// Bit-field `readsel_isr`: 1 bits at bit 0 of the 1-byte unit at byte 5.
    pub fn readsel_isr(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 5, 1, 0, 1) }
    }
    /// Sets bit-field `readsel_isr` (the value is masked to 1 bits).
    pub fn set_readsel_isr(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 5, 1, 0, 1, value) }
    }
    /// Bit-field `poll`: 1 bits at bit 1 of the 1-byte unit at byte 5.
    pub fn poll(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 5, 1, 1, 1) }
    }
    /// Sets bit-field `poll` (the value is masked to 1 bits).
    pub fn set_poll(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 5, 1, 1, 1, value) }
    }
    /// Bit-field `auto_eoi`: 1 bits at bit 2 of the 1-byte unit at byte 5.
    pub fn auto_eoi(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 5, 1, 2, 1) }
    }
    /// Sets bit-field `auto_eoi` (the value is masked to 1 bits).
    pub fn set_auto_eoi(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 5, 1, 2, 1, value) }
    }
    /// Bit-field `rotate_on_auto_eoi`: 1 bits at bit 3 of the 1-byte unit at byte 5.
    pub fn rotate_on_auto_eoi(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 5, 1, 3, 1) }
    }
    /// Sets bit-field `rotate_on_auto_eoi` (the value is masked to 1 bits).
    pub fn set_rotate_on_auto_eoi(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 5, 1, 3, 1, value) }
    }
    /// Bit-field `special_fully_nested_mode`: 1 bits at bit 4 of the 1-byte unit at byte 5.
    pub fn special_fully_nested_mode(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 5, 1, 4, 1) }
    }
    /// Sets bit-field `special_fully_nested_mode` (the value is masked to 1 bits).
    pub fn set_special_fully_nested_mode(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 5, 1, 4, 1, value) }
    }
    /// Bit-field `special_mask_mode`: 1 bits at bit 5 of the 1-byte unit at byte 5.
    pub fn special_mask_mode(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 5, 1, 5, 1) }
    }
    /// Sets bit-field `special_mask_mode` (the value is masked to 1 bits).
    pub fn set_special_mask_mode(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 5, 1, 5, 1, value) }
    }
    /// Bit-field `is_master`: 1 bits at bit 6 of the 1-byte unit at byte 5.
    pub fn is_master(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 5, 1, 6, 1) }
    }
    /// Sets bit-field `is_master` (the value is masked to 1 bits).
    pub fn set_is_master(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 5, 1, 6, 1, value) }
    }
}

/// `struct __HVM_SAVE_TYPE_PIC` (arch-x86/hvm/save.h:342)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_PIC {
    pub t: hvm_hw_vpic,
    pub c: [i8; 3],
    pub cpt: [i8; 1],
}

/// `struct hvm_hw_pit_channel` (arch-x86/hvm/save.h:457)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_pit_channel {
    pub count: u32,
    pub latched_count: u16,
    pub count_latched: u8,
    pub status_latched: u8,
    pub status: u8,
    pub read_state: u8,
    pub write_state: u8,
    pub write_latch: u8,
    pub rw_mode: u8,
    pub mode: u8,
    pub bcd: u8,
    pub gate: u8,
}

/// `struct hvm_hw_pit` (arch-x86/hvm/save.h:456)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_pit {
    pub channels: [hvm_hw_pit_channel; 3],
    pub speaker_data_on: u32,
    pub pad0: u32,
}

/// `struct __HVM_SAVE_TYPE_PIT` (arch-x86/hvm/save.h:475)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_PIT {
    pub t: hvm_hw_pit,
    pub c: [i8; 10],
    pub cpt: [i8; 1],
    pub __pad_0: [u8; 1],
}

/// `struct hvm_hw_pmtimer` (arch-x86/hvm/save.h:530)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_pmtimer {
    pub tmr_val: u32,
    pub pm1a_sts: u16,
    pub pm1a_en: u16,
}

/// `struct __HVM_SAVE_TYPE_PMTIMER` (arch-x86/hvm/save.h:536)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_PMTIMER {
    pub t: hvm_hw_pmtimer,
    pub c: [i8; 13],
    pub cpt: [i8; 1],
    pub __pad_0: [u8; 2],
}

/// `struct hvm_hw_rtc` (arch-x86/hvm/save.h:483)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_rtc {
    pub cmos_data: [u8; 14],
    pub cmos_index: u8,
    pub pad0: u8,
    pub rtc_offset: crate::I64Align4,
}

/// `struct __HVM_SAVE_TYPE_RTC` (arch-x86/hvm/save.h:493)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_RTC {
    pub t: hvm_hw_rtc,
    pub c: [i8; 11],
    pub cpt: [i8; 1],
}

/// `struct hvm_tsc_adjust` (arch-x86/hvm/save.h:610)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_tsc_adjust {
    pub tsc_adjust: crate::U64Align4,
}

/// `struct __HVM_SAVE_TYPE_TSC_ADJUST` (arch-x86/hvm/save.h:614)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_TSC_ADJUST {
    pub t: hvm_tsc_adjust,
    pub c: [i8; 19],
    pub cpt: [i8; 1],
}

/// `struct hvm_viridian_domain_context` (arch-x86/hvm/save.h:580)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_viridian_domain_context {
    pub hypercall_gpa: crate::U64Align4,
    pub guest_os_id: crate::U64Align4,
    pub time_ref_count: crate::U64Align4,
    pub reference_tsc: crate::U64Align4,
}

/// `struct __HVM_SAVE_TYPE_VIRIDIAN_DOMAIN` (arch-x86/hvm/save.h:587)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_VIRIDIAN_DOMAIN {
    pub t: hvm_viridian_domain_context,
    pub c: [i8; 15],
    pub cpt: [i8; 1],
}

/// `struct hvm_viridian_vcpu_context` (arch-x86/hvm/save.h:589)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_viridian_vcpu_context {
    pub vp_assist_msr: crate::U64Align4,
    pub apic_assist_pending: u8,
    pub _pad: [u8; 7],
    pub simp_msr: crate::U64Align4,
    pub sint_msr: [crate::U64Align4; 16],
    pub stimer_config_msr: [crate::U64Align4; 4],
    pub stimer_count_msr: [crate::U64Align4; 4],
}

/// `struct __HVM_SAVE_TYPE_VIRIDIAN_VCPU` (arch-x86/hvm/save.h:599)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_VIRIDIAN_VCPU {
    pub t: hvm_viridian_vcpu_context,
    pub c: [i8; 17],
    pub cpt: [i8; 1],
    pub __pad_0: [u8; 2],
}

/// `struct hvm_vmce_vcpu` (arch-x86/hvm/save.h:601)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_vmce_vcpu {
    pub caps: crate::U64Align4,
    pub mci_ctl2_bank0: crate::U64Align4,
    pub mci_ctl2_bank1: crate::U64Align4,
    pub mcg_ext_ctl: crate::U64Align4,
}

/// `struct __HVM_SAVE_TYPE_VMCE_VCPU` (arch-x86/hvm/save.h:608)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_VMCE_VCPU {
    pub t: hvm_vmce_vcpu,
    pub c: [i8; 18],
    pub cpt: [i8; 1],
    pub __pad_0: [u8; 1],
}

/// `struct _xen_pvcalls_accept` (io/pvcalls.h:118)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_accept {
    pub id: crate::U64Align4,
}

/// `struct _xen_pvcalls_bind` (io/pvcalls.h:112)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_bind {
    pub id: crate::U64Align4,
}

/// `struct _xen_pvcalls_connect` (io/pvcalls.h:106)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_connect {
    pub id: crate::U64Align4,
}

/// `struct _xen_pvcalls_dummy` (io/pvcalls.h:124)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_dummy {
    pub dummy: [u8; 8],
}

/// `struct _xen_pvcalls_listen` (io/pvcalls.h:115)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_listen {
    pub id: crate::U64Align4,
}

/// `struct _xen_pvcalls_poll` (io/pvcalls.h:121)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_poll {
    pub id: crate::U64Align4,
}

/// `struct _xen_pvcalls_release` (io/pvcalls.h:109)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_release {
    pub id: crate::U64Align4,
}

/// `struct _xen_pvcalls_socket` (io/pvcalls.h:103)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_socket {
    pub id: crate::U64Align4,
}

/// `struct cpu_offline_action` (arch-x86/xen-mca.h:197)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct cpu_offline_action {
    pub mc_socketid: u32,
    pub mc_coreid: u16,
    pub mc_core_threadid: u16,
}

/// `struct event_log` (xenoprof.h:47)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct event_log {
    pub eip: crate::U64Align4,
    pub mode: u8,
    pub event: u8,
    pub __pad_0: [u8; 2],
}

/// `struct fsif_chmod_request` (io/fsif.h:109)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_chmod_request {
    pub fd: u32,
    pub mode: i32,
}

/// `struct fsif_close_request` (io/fsif.h:34)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_close_request {
    pub fd: u32,
}

/// `struct fsif_create_request` (io/fsif.h:87)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_create_request {
    pub directory: i8,
    pub pad: i8,
    pub pad2: i16,
    pub mode: i32,
    pub gref: grant_ref_t,
}

/// `struct fsif_list_request` (io/fsif.h:95)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_list_request {
    pub offset: u32,
    pub gref: grant_ref_t,
}

/// `struct fsif_open_request` (io/fsif.h:30)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_open_request {
    pub gref: grant_ref_t,
}

/// `struct fsif_remove_request` (io/fsif.h:77)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_remove_request {
    pub gref: grant_ref_t,
}

/// `struct fsif_rename_request` (io/fsif.h:81)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_rename_request {
    pub old_name_offset: u16,
    pub new_name_offset: u16,
    pub gref: grant_ref_t,
}

/// `struct fsif_space_request` (io/fsif.h:114)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_space_request {
    pub gref: grant_ref_t,
}

/// `struct fsif_stat_request` (io/fsif.h:54)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_stat_request {
    pub fd: u32,
}

/// `struct fsif_sync_request` (io/fsif.h:118)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_sync_request {
    pub fd: u32,
}

/// `struct fsif_truncate_request` (io/fsif.h:71)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_truncate_request {
    pub fd: u32,
    pub pad: i32,
    pub length: crate::I64Align4,
}

/// A member group of `hvm_hw_cpu_compat` (C has it anonymous).
#[repr(C)]
#[derive(Clone, Copy)]
pub union hvm_hw_cpu_compat__anon_0 {
    pub pending_event: u32,
    pub __bits_0: u32,
}

/// `struct hvm_hw_cpu_compat` (arch-x86/hvm/save.h:154)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_cpu_compat {
    pub fpu_regs: [u8; 512],
    pub rax: crate::U64Align4,
    pub rbx: crate::U64Align4,
    pub rcx: crate::U64Align4,
    pub rdx: crate::U64Align4,
    pub rbp: crate::U64Align4,
    pub rsi: crate::U64Align4,
    pub rdi: crate::U64Align4,
    pub rsp: crate::U64Align4,
    pub r8: crate::U64Align4,
    pub r9: crate::U64Align4,
    pub r10: crate::U64Align4,
    pub r11: crate::U64Align4,
    pub r12: crate::U64Align4,
    pub r13: crate::U64Align4,
    pub r14: crate::U64Align4,
    pub r15: crate::U64Align4,
    pub rip: crate::U64Align4,
    pub rflags: crate::U64Align4,
    pub cr0: crate::U64Align4,
    pub cr2: crate::U64Align4,
    pub cr3: crate::U64Align4,
    pub cr4: crate::U64Align4,
    pub dr0: crate::U64Align4,
    pub dr1: crate::U64Align4,
    pub dr2: crate::U64Align4,
    pub dr3: crate::U64Align4,
    pub dr6: crate::U64Align4,
    pub dr7: crate::U64Align4,
    pub cs_sel: u32,
    pub ds_sel: u32,
    pub es_sel: u32,
    pub fs_sel: u32,
    pub gs_sel: u32,
    pub ss_sel: u32,
    pub tr_sel: u32,
    pub ldtr_sel: u32,
    pub cs_limit: u32,
    pub ds_limit: u32,
    pub es_limit: u32,
    pub fs_limit: u32,
    pub gs_limit: u32,
    pub ss_limit: u32,
    pub tr_limit: u32,
    pub ldtr_limit: u32,
    pub idtr_limit: u32,
    pub gdtr_limit: u32,
    pub cs_base: crate::U64Align4,
    pub ds_base: crate::U64Align4,
    pub es_base: crate::U64Align4,
    pub fs_base: crate::U64Align4,
    pub gs_base: crate::U64Align4,
    pub ss_base: crate::U64Align4,
    pub tr_base: crate::U64Align4,
    pub ldtr_base: crate::U64Align4,
    pub idtr_base: crate::U64Align4,
    pub gdtr_base: crate::U64Align4,
    pub cs_arbytes: u32,
    pub ds_arbytes: u32,
    pub es_arbytes: u32,
    pub fs_arbytes: u32,
    pub gs_arbytes: u32,
    pub ss_arbytes: u32,
    pub tr_arbytes: u32,
    pub ldtr_arbytes: u32,
    pub sysenter_cs: crate::U64Align4,
    pub sysenter_esp: crate::U64Align4,
    pub sysenter_eip: crate::U64Align4,
    pub shadow_gs: crate::U64Align4,
    pub msr_flags: crate::U64Align4,
    pub msr_lstar: crate::U64Align4,
    pub msr_star: crate::U64Align4,
    pub msr_cstar: crate::U64Align4,
    pub msr_syscall_mask: crate::U64Align4,
    pub msr_efer: crate::U64Align4,
    pub tsc: crate::U64Align4,
    pub __anon_0: hvm_hw_cpu_compat__anon_0,
    pub error_code: u32,
}

impl hvm_hw_cpu_compat {
    /// Bit-field `pending_vector`: 8 bits at bit 0 of the 1-byte unit at byte 1008.
    pub fn pending_vector(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 1008, 1, 0, 8) }
    }
    /// Sets bit-field `pending_vector` (the value is masked to 8 bits).
    pub fn set_pending_vector(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 1008, 1, 0, 8, value) }
    }
    /// Bit-field `pending_type`: 3 bits at bit 0 of the 1-byte unit at byte 1009.
    pub fn pending_type(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 1009, 1, 0, 3) }
    }
    /// Sets bit-field `pending_type` (the value is masked to 3 bits).
    pub fn set_pending_type(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 1009, 1, 0, 3, value) }
    }
    /// Bit-field `pending_error_valid`: 1 bits at bit 3 of the 1-byte unit at byte 1009.
    pub fn pending_error_valid(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 1009, 1, 3, 1) }
    }
    /// Sets bit-field `pending_error_valid` (the value is masked to 1 bits).
    pub fn set_pending_error_valid(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 1009, 1, 3, 1, value) }
    }
    /// Bit-field `pending_reserved`: 19 bits at bit 12 of the 4-byte unit at byte 1008.
    pub fn pending_reserved(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 1008, 4, 12, 19) }
    }
    /// Sets bit-field `pending_reserved` (the value is masked to 19 bits).
    pub fn set_pending_reserved(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 1008, 4, 12, 19, value) }
    }
    /// Bit-field `pending_valid`: 1 bits at bit 7 of the 1-byte unit at byte 1011.
    pub fn pending_valid(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 1011, 1, 7, 1) }
    }
    /// Sets bit-field `pending_valid` (the value is masked to 1 bits).
    pub fn set_pending_valid(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 1011, 1, 7, 1, value) }
    }
}

/// `struct hvm_hw_cpu_xsave_hdr` (arch-x86/hvm/save.h:566)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_cpu_xsave_hdr {
    pub xstate_bv: crate::U64Align4,
    pub xcomp_bv: crate::U64Align4,
    pub reserved: [crate::U64Align4; 6],
}

/// `struct hvm_hw_cpu_xsave` (arch-x86/hvm/save.h:559)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_hw_cpu_xsave {
    pub xfeature_mask: crate::U64Align4,
    pub xcr0: crate::U64Align4,
    pub xcr0_accum: crate::U64Align4,
    pub save_area: [crate::U64Align4; 72],
}

/// `struct hvm_info_table` (hvm/hvm_info_table.h:28)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_info_table {
    pub signature: [i8; 8],
    pub length: u32,
    pub checksum: u8,
    pub apic_mode: u8,
    pub __pad_0: [u8; 2],
    pub nr_vcpus: u32,
    pub low_mem_pgend: u32,
    pub reserved_mem_pgstart: u32,
    pub high_mem_pgend: u32,
    pub vcpu_online: [u8; 16],
}

/// `struct hvm_memmap_table_entry` (arch-x86/hvm/start_info.h:135)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_memmap_table_entry {
    pub addr: crate::U64Align4,
    pub size: crate::U64Align4,
    pub r#type: u32,
    pub reserved: u32,
}

/// `struct hvm_modlist_entry` (arch-x86/hvm/start_info.h:128)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_modlist_entry {
    pub paddr: crate::U64Align4,
    pub size: crate::U64Align4,
    pub cmdline_paddr: crate::U64Align4,
    pub reserved: crate::U64Align4,
}

/// `struct hvm_one_msr` (arch-x86/hvm/save.h:619)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_one_msr {
    pub index: u32,
    pub _rsvd: u32,
    pub val: crate::U64Align4,
}

/// `struct hvm_msr` (arch-x86/hvm/save.h:617)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_msr {
    pub count: u32,
    pub msr: [hvm_one_msr; 0],
}

/// `struct hvm_save_descriptor` (hvm/save.h:32)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_save_descriptor {
    pub typecode: u16,
    pub instance: u16,
    pub length: u32,
}

/// `struct hvm_start_info` (arch-x86/hvm/start_info.h:108)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_start_info {
    pub magic: u32,
    pub version: u32,
    pub flags: u32,
    pub nr_modules: u32,
    pub modlist_paddr: crate::U64Align4,
    pub cmdline_paddr: crate::U64Align4,
    pub rsdp_paddr: crate::U64Align4,
    pub memmap_paddr: crate::U64Align4,
    pub memmap_entries: u32,
    pub reserved: u32,
}

/// `struct mcinfo_common` (arch-x86/xen-mca.h:94)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mcinfo_common {
    pub r#type: u16,
    pub size: u16,
}

/// `struct mcinfo_bank` (arch-x86/xen-mca.h:123)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mcinfo_bank {
    pub common: xen_mcinfo_common_t,
    pub mc_bank: u16,
    pub mc_domid: u16,
    pub mc_status: crate::U64Align4,
    pub mc_addr: crate::U64Align4,
    pub mc_misc: crate::U64Align4,
    pub mc_ctrl2: crate::U64Align4,
    pub mc_tsc: crate::U64Align4,
}

/// `struct mcinfo_msr` (arch-x86/xen-mca.h:138)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mcinfo_msr {
    pub reg: crate::U64Align4,
    pub value: crate::U64Align4,
}

/// `struct mcinfo_extended` (arch-x86/xen-mca.h:146)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mcinfo_extended {
    pub common: xen_mcinfo_common_t,
    pub mc_msrs: u32,
    pub mc_msr: [xen_mcinfo_msr_t; 32],
}

/// `struct mcinfo_global` (arch-x86/xen-mca.h:108)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mcinfo_global {
    pub common: xen_mcinfo_common_t,
    pub mc_domid: u16,
    pub mc_vcpuid: u16,
    pub mc_socketid: u32,
    pub mc_coreid: u16,
    pub mc_core_threadid: u16,
    pub mc_apicid: u32,
    pub mc_flags: u32,
    pub mc_gstatus: crate::U64Align4,
}

/// `struct mcinfo_logical_cpu` (arch-x86/xen-mca.h:247)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mcinfo_logical_cpu {
    pub mc_cpunr: u32,
    pub mc_chipid: u32,
    pub mc_coreid: u16,
    pub mc_threadid: u16,
    pub mc_apicid: u32,
    pub mc_clusterid: u32,
    pub mc_ncores: u32,
    pub mc_ncores_active: u32,
    pub mc_nthreads: u32,
    pub mc_cpuid_level: i32,
    pub mc_family: u32,
    pub mc_vendor: u32,
    pub mc_model: u32,
    pub mc_step: u32,
    pub mc_vendorid: [i8; 16],
    pub mc_brandid: [i8; 64],
    pub mc_cpu_caps: [u32; 7],
    pub mc_cache_size: u32,
    pub mc_cache_alignment: u32,
    pub mc_nmsrvals: i32,
    pub mc_msrvalues: [xen_mcinfo_msr_t; 8],
}

/// `struct page_offline_action` (arch-x86/xen-mca.h:189)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct page_offline_action {
    pub mfn: crate::U64Align4,
    pub status: crate::U64Align4,
}

/// `struct mcinfo_recovery` (arch-x86/xen-mca.h:207)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mcinfo_recovery {
    pub common: xen_mcinfo_common_t,
    pub mc_bank: u16,
    pub action_flags: u8,
    pub action_types: u8,
    pub action_info: [crate::U64Align4; 2],
}

/// `struct pci_device_reset` (physdev.h:318); since 4.20.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct pci_device_reset {
    pub dev: physdev_pci_device_t,
    pub flags: u32,
}

/// `struct pvcalls_data` (io/pvcalls.h:35)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct pvcalls_data {
    pub r#in: u32,
    pub out: u32,
}

/// `struct pvcalls_data_intf` (io/pvcalls.h:23)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct pvcalls_data_intf {
    pub in_cons: RING_IDX,
    pub in_prod: RING_IDX,
    pub in_error: RING_IDX,
    pub pad1: [u8; 52],
    pub out_cons: RING_IDX,
    pub out_prod: RING_IDX,
    pub out_error: RING_IDX,
    pub pad2: [u8; 52],
    pub ring_order: RING_IDX,
    pub r#ref: [grant_ref_t; 0],
}

/// `struct ring_shared` (io/libxenvchan.h:36)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ring_shared {
    pub cons: u32,
    pub prod: u32,
}

/// `struct scsiif_request_segment` (io/vscsiif.h:236)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct scsiif_request_segment {
    pub gref: grant_ref_t,
    pub offset: u16,
    pub length: u16,
}

/// `struct t_buf` (trace.h:292)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct t_buf {
    pub cons: u32,
    pub prod: u32,
}

/// `struct t_info` (trace.h:310)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct t_info {
    pub tbuf_size: u16,
    pub mfn_offset: [u16; 0],
}

/// `struct t_rec` (trace.h:273)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct t_rec {
    pub __bits_0: u32,
    pub u: [u32; 9],
}

impl t_rec {
    /// Bit-field `event`: 28 bits at bit 0 of the 4-byte unit at byte 0.
    pub fn event(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 0, 4, 0, 28) }
    }
    /// Sets bit-field `event` (the value is masked to 28 bits).
    pub fn set_event(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 0, 4, 0, 28, value) }
    }
    /// Bit-field `extra_u32`: 3 bits at bit 28 of the 4-byte unit at byte 0.
    pub fn extra_u32(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 0, 4, 28, 3) }
    }
    /// Sets bit-field `extra_u32` (the value is masked to 3 bits).
    pub fn set_extra_u32(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 0, 4, 28, 3, value) }
    }
    /// Bit-field `cycles_included`: 1 bits at bit 31 of the 4-byte unit at byte 0.
    pub fn cycles_included(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 0, 4, 31, 1) }
    }
    /// Sets bit-field `cycles_included` (the value is masked to 1 bits).
    pub fn set_cycles_included(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 0, 4, 31, 1, value) }
    }
}

/// `struct xen_tmem_oid` (tmem.h:55); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_tmem_oid {
    pub oid: [crate::U64Align4; 3],
}

/// `struct tmem_op` (tmem.h:66); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct tmem_op {
    pub cmd: u32,
    pub pool_id: i32,
    pub u: [u32; 11],
}

/// `struct tpmif_tx_request` (io/tpmif.h:22)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct tpmif_tx_request {
    pub addr: u32,
    pub r#ref: grant_ref_t,
    pub unused: u16,
    pub size: u16,
}

/// `struct tpmif_ring` (io/tpmif.h:40)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct tpmif_ring {
    pub req: tpmif_tx_request,
}

/// `struct tpmif_shared_page` (io/tpmif.h:104)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct tpmif_shared_page {
    pub length: u32,
    pub state: u8,
    pub locality: u8,
    pub pad: u8,
    pub nr_extra_pages: u8,
    pub extra_pages: [u32; 0],
}

/// `struct tpmif_tx_interface` (io/tpmif.h:45)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct tpmif_tx_interface {
    pub ring: [tpmif_ring; 1],
}

/// `struct trap_info` (arch-x86/xen.h:138)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct trap_info {
    pub vector: u8,
    pub flags: u8,
    pub cs: u16,
    pub address: u32,
}

/// `struct usbif_conn_back_ring` (io/usbif.h:405)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_conn_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct usbif_conn_front_ring` (io/usbif.h:405)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_conn_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct usbif_conn_request` (io/usbif.h:389)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_conn_request {
    pub id: u16,
}

/// `struct usbif_conn_response` (io/usbif.h:394)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_conn_response {
    pub id: u16,
    pub portnum: u8,
    pub speed: u8,
}

/// `struct usbif_request_segment` (io/usbif.h:325)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_request_segment {
    pub gref: grant_ref_t,
    pub offset: u16,
    pub length: u16,
}

/// `struct usbif_urb_back_ring` (io/usbif.h:383)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_urb_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct usbif_urb_front_ring` (io/usbif.h:383)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_urb_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct usbif_urb_request` (io/usbif.h:331)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_urb_request {
    pub id: u16,
    pub nr_buffer_segs: u16,
    pub pipe: u32,
    pub transfer_flags: u16,
    pub buffer_length: u16,
    pub u: [u16; 4],
    pub seg: [usbif_request_segment; 16],
}

/// `struct usbif_urb_response` (io/usbif.h:367)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_urb_response {
    pub id: u16,
    pub start_frame: u16,
    pub status: i32,
    pub actual_length: i32,
    pub error_count: i32,
}

/// `struct vchan_interface` (io/libxenvchan.h:46)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vchan_interface {
    pub left: ring_shared,
    pub right: ring_shared,
    pub left_order: u16,
    pub right_order: u16,
    pub cli_live: u8,
    pub srv_live: u8,
    pub cli_notify: u8,
    pub srv_notify: u8,
    pub grants: [u32; 0],
}

/// `struct vcpu_get_physid` (vcpu.h:190)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_get_physid {
    pub phys_id: crate::U64Align4,
}

/// `struct vcpu_guest_context` (arch-x86/xen.h:160)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_guest_context {
    pub fpu_ctxt: [u8; 512],
    pub flags: u32,
    pub user_regs: cpu_user_regs,
    pub trap_ctxt: [trap_info; 256],
    pub ldt_base: u32,
    pub ldt_ents: u32,
    pub gdt_frames: [u32; 16],
    pub gdt_ents: u32,
    pub kernel_ss: u32,
    pub kernel_sp: u32,
    pub ctrlreg: [u32; 8],
    pub debugreg: [u32; 8],
    pub event_callback_cs: u32,
    pub event_callback_eip: u32,
    pub failsafe_callback_cs: u32,
    pub failsafe_callback_eip: u32,
    pub vm_assist: u32,
}

/// `struct vcpu_hvm_x86_32` (hvm/hvm_vcpu.h:11)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_hvm_x86_32 {
    pub eax: u32,
    pub ecx: u32,
    pub edx: u32,
    pub ebx: u32,
    pub esp: u32,
    pub ebp: u32,
    pub esi: u32,
    pub edi: u32,
    pub eip: u32,
    pub eflags: u32,
    pub cr0: u32,
    pub cr3: u32,
    pub cr4: u32,
    pub pad1: u32,
    pub efer: crate::U64Align4,
    pub cs_base: u32,
    pub ds_base: u32,
    pub ss_base: u32,
    pub es_base: u32,
    pub tr_base: u32,
    pub cs_limit: u32,
    pub ds_limit: u32,
    pub ss_limit: u32,
    pub es_limit: u32,
    pub tr_limit: u32,
    pub cs_ar: u16,
    pub ds_ar: u16,
    pub ss_ar: u16,
    pub es_ar: u16,
    pub tr_ar: u16,
    pub pad2: [u16; 3],
}

/// `struct vcpu_hvm_x86_64` (hvm/hvm_vcpu.h:75)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_hvm_x86_64 {
    pub rax: crate::U64Align4,
    pub rcx: crate::U64Align4,
    pub rdx: crate::U64Align4,
    pub rbx: crate::U64Align4,
    pub rsp: crate::U64Align4,
    pub rbp: crate::U64Align4,
    pub rsi: crate::U64Align4,
    pub rdi: crate::U64Align4,
    pub rip: crate::U64Align4,
    pub rflags: crate::U64Align4,
    pub cr0: crate::U64Align4,
    pub cr3: crate::U64Align4,
    pub cr4: crate::U64Align4,
    pub efer: crate::U64Align4,
}

/// `struct vcpu_hvm_context` (hvm/hvm_vcpu.h:103)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_hvm_context {
    pub mode: u32,
    pub pad: u32,
    pub cpu_regs: [crate::U64Align4; 15],
}

/// `struct vcpu_register_runstate_memory_area` (vcpu.h:118)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_register_runstate_memory_area {
    pub addr: [crate::U64Align4; 1],
}

/// `struct vcpu_register_time_memory_area` (vcpu.h:219)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_register_time_memory_area {
    pub addr: [crate::U64Align4; 1],
}

/// `struct vcpu_register_vcpu_info` (vcpu.h:172)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_register_vcpu_info {
    pub mfn: crate::U64Align4,
    pub offset: u32,
    pub rsvd: u32,
}

/// `struct vcpu_runstate_info` (vcpu.h:64)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_runstate_info {
    pub state: i32,
    pub state_entry_time: crate::U64Align4,
    pub time: [crate::U64Align4; 4],
}

/// `struct vcpu_set_periodic_timer` (vcpu.h:135)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_set_periodic_timer {
    pub period_ns: crate::U64Align4,
}

/// `struct vcpu_set_singleshot_timer` (vcpu.h:147)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_set_singleshot_timer {
    pub timeout_abs_ns: crate::U64Align4,
    pub flags: u32,
}

/// `struct vscsiif_back_ring` (io/vscsiif.h:352)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vscsiif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct vscsiif_front_ring` (io/vscsiif.h:352)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vscsiif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct vscsiif_request` (io/vscsiif.h:246)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vscsiif_request {
    pub rqid: u16,
    pub act: u8,
    pub cmd_len: u8,
    pub cmnd: [u8; 16],
    pub timeout_per_command: u16,
    pub channel: u16,
    pub id: u16,
    pub lun: u16,
    pub ref_rqid: u16,
    pub sc_data_direction: u8,
    pub nr_segments: u8,
    pub seg: [vscsiif_segment_t; 26],
    pub reserved: [u32; 3],
}

/// `struct vscsiif_response` (io/vscsiif.h:289)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vscsiif_response {
    pub rqid: u16,
    pub act: u8,
    pub sense_len: u8,
    pub sense_buffer: [u8; 96],
    pub rslt: i32,
    pub residual_len: u32,
    pub reserved: [u32; 36],
}

/// `struct vscsiif_sg_list` (io/vscsiif.h:278)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vscsiif_sg_list {
    pub rqid: u16,
    pub act: u8,
    pub nr_segments: u8,
    pub seg: [vscsiif_segment_t; 31],
}

/// `struct xen_9pfs_data` (io/9pfs.h:230)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_9pfs_data {
    pub r#in: u32,
    pub out: u32,
}

/// `struct xen_9pfs_data_intf` (io/9pfs.h:230)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_9pfs_data_intf {
    pub in_cons: RING_IDX,
    pub in_prod: RING_IDX,
    pub pad1: [u8; 56],
    pub out_cons: RING_IDX,
    pub out_prod: RING_IDX,
    pub pad2: [u8; 56],
    pub ring_order: RING_IDX,
    pub r#ref: [grant_ref_t; 0],
}

/// `struct xen_add_to_physmap` (memory.h:228)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_add_to_physmap {
    pub domid: domid_t,
    pub size: u16,
    pub space: u32,
    pub idx: xen_ulong_t,
    pub gpfn: xen_pfn_t,
}

/// `union xen_add_to_physmap_batch_extra` (memory.h:262)
#[repr(C)]
#[derive(Clone, Copy)]
pub union xen_add_to_physmap_batch_extra {
    pub foreign_domid: domid_t,
    pub res0: u16,
}

/// `struct xen_add_to_physmap_batch` (memory.h:250)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_add_to_physmap_batch {
    pub domid: domid_t,
    pub space: u16,
    pub size: u16,
    pub u: xen_add_to_physmap_batch_extra,
    pub idxs: __guest_handle_xen_ulong_t,
    pub gpfns: __guest_handle_xen_pfn_t,
    pub errs: __guest_handle_int,
}

/// `struct xen_argo_addr` (argo.h:44)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_addr {
    pub aport: xen_argo_port_t,
    pub domain_id: domid_t,
    pub pad: u16,
}

/// `struct xen_argo_iov` (argo.h:37)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_iov {
    pub iov_hnd: __guest_handle_uint8,
    pub iov_len: u32,
    pub pad: u32,
}

/// `struct xen_argo_register_ring` (argo.h:71)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_register_ring {
    pub aport: xen_argo_port_t,
    pub partner_id: domid_t,
    pub pad: u16,
    pub len: u32,
}

/// `struct xen_argo_ring` (argo.h:57)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_ring {
    pub rx_ptr: u32,
    pub tx_ptr: u32,
    pub reserved: [u8; 56],
    pub ring: [u8; 0],
}

/// `struct xen_argo_ring_data_ent` (argo.h:105)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_ring_data_ent {
    pub ring: xen_argo_addr_t,
    pub flags: u16,
    pub pad: u16,
    pub space_required: u32,
    pub max_message_size: u32,
}

/// `struct xen_argo_ring_data` (argo.h:114)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_ring_data {
    pub nent: u32,
    pub pad: u32,
    pub data: [xen_argo_ring_data_ent_t; 0],
}

/// `struct xen_argo_ring_message_header` (argo.h:121)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_ring_message_header {
    pub len: u32,
    pub source: xen_argo_addr_t,
    pub message_type: u32,
    pub data: [u8; 0],
}

/// `struct xen_argo_send_addr` (argo.h:51)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_send_addr {
    pub src: xen_argo_addr_t,
    pub dst: xen_argo_addr_t,
}

/// `struct xen_argo_unregister_ring` (argo.h:79)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_unregister_ring {
    pub aport: xen_argo_port_t,
    pub partner_id: domid_t,
    pub pad: u16,
}

/// `struct xen_build_id` (version.h:131)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_build_id {
    pub len: u32,
    pub buf: [u8; 0],
}

/// `struct xen_cameraif_back_ring` (io/cameraif.h:1314)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_cameraif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct xen_cameraif_front_ring` (io/cameraif.h:1314)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_cameraif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct xen_compile_info` (version.h:37)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_compile_info {
    pub compiler: [i8; 64],
    pub compile_by: [i8; 16],
    pub compile_domain: [i8; 32],
    pub compile_date: [i8; 32],
}

/// `struct xen_cpuid_leaf` (arch-x86/xen.h:322)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_cpuid_leaf {
    pub leaf: u32,
    pub subleaf: u32,
    pub a: u32,
    pub b: u32,
    pub c: u32,
    pub d: u32,
}

/// `struct xen_displif_back_ring` (io/displif.h:897)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_displif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct xen_displif_front_ring` (io/displif.h:897)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_displif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct xen_dm_op_create_ioreq_server` (hvm/dm_op.h:50)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_create_ioreq_server {
    pub handle_bufioreq: u8,
    pub pad: [u8; 3],
    pub id: ioservid_t,
}

/// `struct xen_dm_op_destroy_ioreq_server` (hvm/dm_op.h:168)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_destroy_ioreq_server {
    pub id: ioservid_t,
    pub pad: u16,
}

/// `struct xen_dm_op_get_ioreq_server_info` (hvm/dm_op.h:81)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_get_ioreq_server_info {
    pub id: ioservid_t,
    pub flags: u16,
    pub bufioreq_port: evtchn_port_t,
    pub ioreq_gfn: crate::U64Align4,
    pub bufioreq_gfn: crate::U64Align4,
}

/// `struct xen_dm_op_inject_event` (hvm/dm_op.h:298)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_inject_event {
    pub vcpuid: u32,
    pub vector: u8,
    pub r#type: u8,
    pub insn_len: u8,
    pub pad0: u8,
    pub error_code: u32,
    pub pad1: u32,
    pub cr2: crate::U64Align4,
}

/// `struct xen_dm_op_inject_msi` (hvm/dm_op.h:328)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_inject_msi {
    pub data: u32,
    pub pad: u32,
    pub addr: crate::U64Align4,
}

/// `struct xen_dm_op_ioreq_server_range` (hvm/dm_op.h:121)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_ioreq_server_range {
    pub id: ioservid_t,
    pub pad: u16,
    pub r#type: u32,
    pub start: crate::U64Align4,
    pub end: crate::U64Align4,
}

/// `struct xen_dm_op_map_mem_type_to_ioreq_server` (hvm/dm_op.h:349)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_map_mem_type_to_ioreq_server {
    pub id: ioservid_t,
    pub r#type: u16,
    pub flags: u32,
    pub opaque: crate::U64Align4,
}

/// `struct xen_dm_op_modified_memory` (hvm/dm_op.h:248)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_modified_memory {
    pub nr_extents: u32,
    pub opaque: u32,
}

/// `struct xen_dm_op_nr_vcpus` (hvm/dm_op.h:442)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_nr_vcpus {
    pub vcpus: u32,
}

/// `struct xen_dm_op_pin_memory_cacheattr` (hvm/dm_op.h:401)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_pin_memory_cacheattr {
    pub start: crate::U64Align4,
    pub end: crate::U64Align4,
    pub r#type: u32,
    pub pad: u32,
}

/// `struct xen_dm_op_relocate_memory` (hvm/dm_op.h:383)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_relocate_memory {
    pub size: u32,
    pub pad: u32,
    pub src_gfn: crate::U64Align4,
    pub dst_gfn: crate::U64Align4,
}

/// `struct xen_dm_op_remote_shutdown` (hvm/dm_op.h:370)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_remote_shutdown {
    pub reason: u32,
}

/// `struct xen_dm_op_set_ioreq_server_state` (hvm/dm_op.h:152)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_set_ioreq_server_state {
    pub id: ioservid_t,
    pub enabled: u8,
    pub pad: u8,
}

/// `struct xen_dm_op_set_irq_level` (hvm/dm_op.h:424)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_set_irq_level {
    pub irq: u32,
    pub level: u8,
    pub pad: [u8; 3],
}

/// `struct xen_dm_op_set_isa_irq_level` (hvm/dm_op.h:214)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_set_isa_irq_level {
    pub isa_irq: u8,
    pub level: u8,
}

/// `struct xen_dm_op_set_mem_type` (hvm/dm_op.h:278)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_set_mem_type {
    pub nr: u32,
    pub mem_type: u16,
    pub pad: u16,
    pub first_pfn: crate::U64Align4,
}

/// `struct xen_dm_op_set_pci_intx_level` (hvm/dm_op.h:199)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_set_pci_intx_level {
    pub domain: u16,
    pub bus: u8,
    pub device: u8,
    pub intx: u8,
    pub level: u8,
}

/// `struct xen_dm_op_set_pci_link_route` (hvm/dm_op.h:227)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_set_pci_link_route {
    pub link: u8,
    pub isa_irq: u8,
}

/// `struct xen_dm_op_track_dirty_vram` (hvm/dm_op.h:184)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_track_dirty_vram {
    pub nr: u32,
    pub pad: u32,
    pub first_pfn: crate::U64Align4,
}

/// `struct xen_dm_op` (hvm/dm_op.h:447)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op {
    pub op: u32,
    pub pad: u32,
    pub u: [crate::U64Align4; 3],
}

/// `struct xen_dm_op_buf` (hvm/dm_op.h:474)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_buf {
    pub h: __guest_handle_void,
    pub size: xen_ulong_t,
}

/// `struct xen_dm_op_modified_memory_extent` (hvm/dm_op.h:259)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_modified_memory_extent {
    pub nr: u32,
    pub pad: u32,
    pub first_pfn: crate::U64Align4,
}

/// `struct xen_flask_access` (xsm/flask_op.h:37)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_access {
    pub ssid: u32,
    pub tsid: u32,
    pub tclass: u32,
    pub req: u32,
    pub allowed: u32,
    pub audit_allow: u32,
    pub audit_deny: u32,
    pub seqno: u32,
}

/// `struct xen_flask_boolean` (xsm/flask_op.h:77)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_boolean {
    pub bool_id: u32,
    pub enforcing: u8,
    pub pending: u8,
    pub new_value: u8,
    pub commit: u8,
    pub size: u32,
    pub name: __guest_handle_char,
}

/// `struct xen_flask_cache_stats` (xsm/flask_op.h:114)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_cache_stats {
    pub cpu: u32,
    pub lookups: u32,
    pub hits: u32,
    pub misses: u32,
    pub allocations: u32,
    pub reclaims: u32,
    pub frees: u32,
}

/// `struct xen_flask_devicetree_label` (xsm/flask_op.h:150)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_devicetree_label {
    pub sid: u32,
    pub length: u32,
    pub path: __guest_handle_char,
}

/// `struct xen_flask_hash_stats` (xsm/flask_op.h:105)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_hash_stats {
    pub entries: u32,
    pub buckets_used: u32,
    pub buckets_total: u32,
    pub max_chain_len: u32,
}

/// `struct xen_flask_load` (xsm/flask_op.h:15)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_load {
    pub buffer: __guest_handle_char,
    pub size: u32,
}

/// `struct xen_flask_ocontext` (xsm/flask_op.h:127)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_ocontext {
    pub ocon: u32,
    pub sid: u32,
    pub low: crate::U64Align4,
    pub high: crate::U64Align4,
}

/// `struct xen_flask_peersid` (xsm/flask_op.h:135)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_peersid {
    pub evtchn: evtchn_port_t,
    pub sid: u32,
}

/// `struct xen_flask_relabel` (xsm/flask_op.h:143)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_relabel {
    pub domid: u32,
    pub sid: u32,
}

/// `struct xen_flask_setavc_threshold` (xsm/flask_op.h:99)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_setavc_threshold {
    pub threshold: u32,
}

/// `struct xen_flask_setenforce` (xsm/flask_op.h:21)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_setenforce {
    pub enforcing: u32,
}

/// `struct xen_flask_sid_context` (xsm/flask_op.h:26)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_sid_context {
    pub sid: u32,
    pub size: u32,
    pub context: __guest_handle_char,
}

/// `struct xen_flask_transition` (xsm/flask_op.h:51)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_transition {
    pub ssid: u32,
    pub tsid: u32,
    pub tclass: u32,
    pub newsid: u32,
}

/// `struct xen_flask_op` (xsm/flask_op.h:158)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_op {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [crate::U64Align4; 4],
}

/// `struct xen_memory_map` (memory.h:314)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_memory_map {
    pub nr_entries: u32,
    pub buffer: __guest_handle_void,
}

/// `struct xen_foreign_memory_map` (memory.h:346)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_foreign_memory_map {
    pub domid: domid_t,
    pub __pad_0: [u8; 2],
    pub map: xen_memory_map,
}

/// `struct xen_hvm_altp2m_change_gfn` (hvm/hvm_op.h:286)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_change_gfn {
    pub view: u16,
    pub pad1: u16,
    pub pad2: u32,
    pub old_gfn: crate::U64Align4,
    pub new_gfn: crate::U64Align4,
}

/// `struct xen_hvm_altp2m_domain_state` (hvm/hvm_op.h:213)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_domain_state {
    pub state: u8,
}

/// `struct xen_hvm_altp2m_get_vcpu_p2m_idx` (hvm/hvm_op.h:299)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_get_vcpu_p2m_idx {
    pub vcpu_id: u32,
    pub altp2m_idx: u16,
    pub __pad_0: [u8; 2],
}

/// `struct xen_hvm_altp2m_mem_access` (hvm/hvm_op.h:257)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_mem_access {
    pub view: u16,
    pub access: u16,
    pub pad: u32,
    pub gfn: crate::U64Align4,
}

/// `struct xen_hvm_altp2m_set_mem_access_multi` (hvm/hvm_op.h:269)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_set_mem_access_multi {
    pub view: u16,
    pub pad: u16,
    pub nr: u32,
    pub opaque: crate::U64Align4,
    pub pfn_list: __guest_handle_const_uint64,
    pub access_list: __guest_handle_const_uint8,
}

/// `struct xen_hvm_altp2m_set_visibility` (hvm/hvm_op.h:304)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_set_visibility {
    pub altp2m_idx: u16,
    pub visible: u8,
    pub pad: u8,
}

/// `struct xen_hvm_altp2m_suppress_ve` (hvm/hvm_op.h:25)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_suppress_ve {
    pub view: u16,
    pub suppress_ve: u8,
    pub pad1: u8,
    pub pad2: u32,
    pub gfn: crate::U64Align4,
}

/// `struct xen_hvm_altp2m_suppress_ve_multi` (hvm/hvm_op.h:33)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_suppress_ve_multi {
    pub view: u16,
    pub suppress_ve: u8,
    pub pad1: u8,
    pub first_error: i32,
    pub first_gfn: crate::U64Align4,
    pub last_gfn: crate::U64Align4,
    pub first_error_gfn: crate::U64Align4,
}

/// `struct xen_hvm_altp2m_vcpu_disable_notify` (hvm/hvm_op.h:229)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_vcpu_disable_notify {
    pub vcpu_id: u32,
}

/// `struct xen_hvm_altp2m_vcpu_enable_notify` (hvm/hvm_op.h:220)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_vcpu_enable_notify {
    pub vcpu_id: u32,
    pub pad: u32,
    pub gfn: crate::U64Align4,
}

/// `struct xen_hvm_altp2m_view` (hvm/hvm_op.h:235)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_view {
    pub view: u16,
    pub hvmmem_default_access: u16,
}

/// `struct xen_hvm_altp2m_op` (hvm/hvm_op.h:310)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_op {
    pub version: u32,
    pub cmd: u32,
    pub domain: domid_t,
    pub pad1: u16,
    pub pad2: u32,
    pub u: [crate::U64Align4; 8],
}

/// `struct xen_hvm_evtchn_upcall_vector` (hvm/hvm_op.h:197)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_evtchn_upcall_vector {
    pub vcpu: u32,
    pub vector: u8,
    pub __pad_0: [u8; 3],
}

/// `struct xen_hvm_get_mem_type` (hvm/hvm_op.h:157)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_get_mem_type {
    pub domid: domid_t,
    pub mem_type: u16,
    pub pad: [u16; 2],
    pub pfn: crate::U64Align4,
}

/// `struct xen_hvm_get_time` (hvm/hvm_op.h:130)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_get_time {
    pub now: crate::U64Align4,
}

/// `struct xen_hvm_pagetable_dying` (hvm/hvm_op.h:118)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_pagetable_dying {
    pub domid: domid_t,
    pub pad: [u16; 3],
    pub gpa: crate::U64Align4,
}

/// `struct xen_hvm_param` (hvm/hvm_op.h:16)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_param {
    pub domid: domid_t,
    pub pad: u16,
    pub index: u32,
    pub value: crate::U64Align4,
}

/// `struct xen_hvm_xentrace` (hvm/hvm_op.h:137)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_xentrace {
    pub event: u16,
    pub extra_bytes: u16,
    pub extra: [u8; 28],
}

/// `struct xen_hypfs_direntry` (hypfs.h:24)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hypfs_direntry {
    pub r#type: u8,
    pub encoding: u8,
    pub pad: u16,
    pub content_len: u32,
    pub max_write_len: u32,
}

/// `struct xen_hypfs_dirlistentry` (hypfs.h:41)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hypfs_dirlistentry {
    pub e: xen_hypfs_direntry_t,
    pub off_next: u16,
    pub name: [i8; 0],
    pub __pad_0: [u8; 2],
}

/// `struct xen_kexec_exec` (kexec.h:107)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_exec {
    pub r#type: i32,
}

/// `struct xen_kexec_image` (kexec.h:79)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_image {
    pub page_list: [u32; 17],
    pub indirection_page: u32,
    pub start_address: u32,
}

/// `struct xen_kexec_load` (kexec.h:189)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_load {
    pub r#type: u8,
    pub _pad: u8,
    pub arch: u16,
    pub nr_segments: u32,
    pub segments: [crate::U64Align4; 1],
    pub entry_maddr: crate::U64Align4,
}

/// `struct xen_kexec_load_v1` (kexec.h:118)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_load_v1 {
    pub r#type: i32,
    pub image: xen_kexec_image_t,
}

/// `struct xen_kexec_range` (kexec.h:145)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_range {
    pub range: i32,
    pub nr: i32,
    pub size: u32,
    pub start: u32,
}

/// `struct xen_kexec_segment` (kexec.h:157)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_segment {
    pub buf: [crate::U64Align4; 1],
    pub buf_size: crate::U64Align4,
    pub dest_maddr: crate::U64Align4,
    pub dest_size: crate::U64Align4,
}

/// `struct xen_kexec_status` (kexec.h:222)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_status {
    pub r#type: u8,
}

/// `struct xen_kexec_unload` (kexec.h:208)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_unload {
    pub r#type: u8,
}

/// `struct xen_machphys_mapping` (memory.h:200)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_machphys_mapping {
    pub v_start: xen_ulong_t,
    pub v_end: xen_ulong_t,
    pub max_mfn: xen_ulong_t,
}

/// `struct xen_machphys_mfn_list` (memory.h:161)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_machphys_mfn_list {
    pub max_extents: u32,
    pub extent_start: __guest_handle_xen_pfn_t,
    pub nr_extents: u32,
}

/// `struct xen_mc_fetch` (arch-x86/xen-mca.h:334)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_mc_fetch {
    pub flags: u32,
    pub _pad0: u32,
    pub fetch_id: crate::U64Align4,
    pub data: __guest_handle_mc_info_t,
}

/// `struct xen_mc_mceinject` (arch-x86/xen-mca.h:398)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_mc_mceinject {
    pub mceinj_cpunr: u32,
}

/// `struct xen_mc_msrinject` (arch-x86/xen-mca.h:381)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_mc_msrinject {
    pub mcinj_cpunr: u32,
    pub mcinj_flags: u32,
    pub mcinj_count: u32,
    pub mcinj_domid: domid_t,
    pub _pad0: u16,
    pub mcinj_msr: [xen_mcinfo_msr_t; 8],
}

/// `struct xen_mc_notifydomain` (arch-x86/xen-mca.h:354)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_mc_notifydomain {
    pub mc_domid: u16,
    pub mc_vcpuid: u16,
    pub flags: u32,
}

/// `struct xen_mc_physcpuinfo` (arch-x86/xen-mca.h:370)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_mc_physcpuinfo {
    pub ncpus: u32,
    pub _pad0: u32,
    pub info: __guest_handle_xen_mc_logical_cpu_t,
}

/// `struct xen_mc` (arch-x86/xen-mca.h:419)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_mc {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [crate::U64Align4; 18],
}

/// `struct xen_mem_acquire_resource` (memory.h:621)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_mem_acquire_resource {
    pub domid: domid_t,
    pub r#type: u16,
    pub id: u32,
    pub nr_frames: u32,
    pub pad: u32,
    pub frame: crate::U64Align4,
    pub frame_list: __guest_handle_xen_pfn_t,
}

/// `struct xen_memory_domain` (memory.h:134); since 4.16.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_memory_domain {
    pub domid: domid_t,
}

/// `struct xen_memory_reservation` (memory.h:46)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_memory_reservation {
    pub extent_start: __guest_handle_xen_pfn_t,
    pub nr_extents: xen_ulong_t,
    pub extent_order: u32,
    pub mem_flags: u32,
    pub domid: domid_t,
    pub __pad_0: [u8; 2],
}

/// `struct xen_memory_exchange` (memory.h:92)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_memory_exchange {
    pub r#in: xen_memory_reservation,
    pub out: xen_memory_reservation,
    pub nr_exchanged: xen_ulong_t,
}

/// `struct xen_msix_entry` (io/pciif.h:49)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_msix_entry {
    pub vector: u16,
    pub entry: u16,
}

/// `struct xen_msr_entry` (arch-x86/xen.h:329)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_msr_entry {
    pub idx: u32,
    pub flags: u32,
    pub val: crate::U64Align4,
}

/// `struct xen_multiboot_mod_list` (xen.h:916)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_multiboot_mod_list {
    pub mod_start: u32,
    pub mod_end: u32,
    pub cmdline: u32,
    pub pad: u32,
}

/// `struct xen_netif_ctrl_back_ring` (io/netif.h:752)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_netif_ctrl_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct xen_netif_ctrl_front_ring` (io/netif.h:752)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_netif_ctrl_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct xen_netif_ctrl_request` (io/netif.h:359)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_netif_ctrl_request {
    pub id: u16,
    pub r#type: u16,
    pub data: [u32; 3],
}

/// `struct xen_netif_ctrl_response` (io/netif.h:398)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_netif_ctrl_response {
    pub id: u16,
    pub r#type: u16,
    pub status: u32,
    pub data: u32,
}

/// `struct xen_netif_gref` (io/netif.h:439)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_netif_gref {
    pub r#ref: grant_ref_t,
    pub flags: u16,
    pub status: u16,
}

/// `struct xen_pci_op` (io/pciif.h:53)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pci_op {
    pub cmd: u32,
    pub err: i32,
    pub domain: u32,
    pub bus: u32,
    pub devfn: u32,
    pub offset: i32,
    pub size: i32,
    pub value: u32,
    pub info: u32,
    pub msix_entries: [xen_msix_entry; 128],
}

/// `struct xen_pcie_aer_op` (io/pciif.h:78)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pcie_aer_op {
    pub cmd: u32,
    pub err: i32,
    pub domain: u32,
    pub bus: u32,
    pub devfn: u32,
}

/// `struct xen_pci_sharedinfo` (io/pciif.h:91)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pci_sharedinfo {
    pub flags: u32,
    pub op: xen_pci_op,
    pub aer_op: xen_pcie_aer_op,
}

/// `struct xen_pct_register` (platform.h:419)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pct_register {
    pub descriptor: u8,
    pub __pad_0: [u8; 1],
    pub length: u16,
    pub space_id: u8,
    pub bit_width: u8,
    pub bit_offset: u8,
    pub reserved: u8,
    pub address: crate::U64Align4,
}

/// `struct xen_platform_parameters` (version.h:91)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_platform_parameters {
    pub virt_start: xen_ulong_t,
}

/// `struct xen_pmu_amd_ctxt` (arch-x86/pmu.h:12)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pmu_amd_ctxt {
    pub counters: u32,
    pub ctrls: u32,
    pub regs: [crate::U64Align4; 0],
}

/// `struct xen_pmu_intel_ctxt` (arch-x86/pmu.h:34)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pmu_intel_ctxt {
    pub fixed_counters: u32,
    pub arch_counters: u32,
    pub global_ctrl: crate::U64Align4,
    pub global_ovf_ctrl: crate::U64Align4,
    pub global_status: crate::U64Align4,
    pub fixed_ctrl: crate::U64Align4,
    pub ds_area: crate::U64Align4,
    pub pebs_enable: crate::U64Align4,
    pub debugctl: crate::U64Align4,
    pub regs: [crate::U64Align4; 0],
}

/// `struct xen_pmu_regs` (arch-x86/pmu.h:59)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pmu_regs {
    pub ip: crate::U64Align4,
    pub sp: crate::U64Align4,
    pub flags: crate::U64Align4,
    pub cs: u16,
    pub ss: u16,
    pub cpl: u8,
    pub pad: [u8; 3],
}

/// `struct xen_pmu_arch` (arch-x86/pmu.h:85)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pmu_arch {
    pub r: [crate::U64Align4; 8],
    pub pmu_flags: crate::U64Align4,
    pub l: [crate::U64Align4; 1],
    pub c: [crate::U64Align4; 16],
}

/// `struct xen_pmu_cntr_pair` (arch-x86/pmu.h:27)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pmu_cntr_pair {
    pub counter: crate::U64Align4,
    pub control: crate::U64Align4,
}

/// `struct xen_pmu_data` (pmu.h:97)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pmu_data {
    pub vcpu_id: u32,
    pub pcpu_id: u32,
    pub domain_id: domid_t,
    pub pad: [u8; 6],
    pub pmu: xen_pmu_arch_t,
}

/// `struct xen_pmu_params` (pmu.h:44)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pmu_params {
    pub version: [crate::U64Align4; 1],
    pub val: crate::U64Align4,
    pub vcpu: u32,
    pub pad: u32,
}

/// `struct xen_pod_target` (memory.h:355)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pod_target {
    pub target_pages: crate::U64Align4,
    pub tot_pages: crate::U64Align4,
    pub pod_cache_pages: crate::U64Align4,
    pub pod_entries: crate::U64Align4,
    pub domid: domid_t,
    pub __pad_0: [u8; 2],
}

/// `struct xen_power_register` (platform.h:378)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_power_register {
    pub space_id: u32,
    pub bit_width: u32,
    pub bit_offset: u32,
    pub access_size: u32,
    pub address: crate::U64Align4,
}

/// `struct xen_psd_package` (platform.h:440)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_psd_package {
    pub num_entries: crate::U64Align4,
    pub revision: crate::U64Align4,
    pub domain: crate::U64Align4,
    pub coord_type: crate::U64Align4,
    pub num_processors: crate::U64Align4,
}

/// `struct xen_processor_cppc` (platform.h:465); since 4.21.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_processor_cppc {
    pub flags: u8,
    pub pad: [u8; 3],
    pub cpc: [crate::U64Align4; 3],
    pub shared_type: u32,
    pub domain_info: xen_psd_package,
}

/// `struct xen_processor_csd` (platform.h:386)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_processor_csd {
    pub domain: u32,
    pub coord_type: u32,
    pub num: u32,
}

/// `struct xen_processor_cx` (platform.h:394)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_processor_cx {
    pub reg: xen_power_register,
    pub r#type: u8,
    pub __pad_0: [u8; 3],
    pub latency: u32,
    pub power: u32,
    pub dpcnt: u32,
    pub dp: __guest_handle_xen_processor_csd_t,
}

/// `struct xen_processor_flags` (platform.h:405)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_processor_flags {
    pub __bits_0: u32,
}

impl xen_processor_flags {
    /// Bit-field `bm_control`: 1 bits at bit 0 of the 4-byte unit at byte 0.
    pub fn bm_control(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 0, 4, 0, 1) }
    }
    /// Sets bit-field `bm_control` (the value is masked to 1 bits).
    pub fn set_bm_control(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 0, 4, 0, 1, value) }
    }
    /// Bit-field `bm_check`: 1 bits at bit 1 of the 4-byte unit at byte 0.
    pub fn bm_check(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 0, 4, 1, 1) }
    }
    /// Sets bit-field `bm_check` (the value is masked to 1 bits).
    pub fn set_bm_check(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 0, 4, 1, 1, value) }
    }
    /// Bit-field `has_cst`: 1 bits at bit 2 of the 4-byte unit at byte 0.
    pub fn has_cst(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 0, 4, 2, 1) }
    }
    /// Sets bit-field `has_cst` (the value is masked to 1 bits).
    pub fn set_has_cst(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 0, 4, 2, 1, value) }
    }
    /// Bit-field `power_setup_done`: 1 bits at bit 3 of the 4-byte unit at byte 0.
    pub fn power_setup_done(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 0, 4, 3, 1) }
    }
    /// Sets bit-field `power_setup_done` (the value is masked to 1 bits).
    pub fn set_power_setup_done(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 0, 4, 3, 1, value) }
    }
    /// Bit-field `bm_rld_set`: 1 bits at bit 4 of the 4-byte unit at byte 0.
    pub fn bm_rld_set(&self) -> u64 {
        // SAFETY: the unit lies inside self (checked by the layout assertions).
        unsafe { crate::bits::get(self as *const Self as *const u8, 0, 4, 4, 1) }
    }
    /// Sets bit-field `bm_rld_set` (the value is masked to 1 bits).
    pub fn set_bm_rld_set(&mut self, value: u64) {
        // SAFETY: as for the getter.
        unsafe { crate::bits::set(self as *mut Self as *mut u8, 0, 4, 4, 1, value) }
    }
}

/// `struct xen_processor_performance` (platform.h:448)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_processor_performance {
    pub flags: u32,
    pub platform_limit: u32,
    pub control_register: xen_pct_register,
    pub status_register: xen_pct_register,
    pub state_count: u32,
    pub states: __guest_handle_xen_processor_px_t,
    pub domain_info: xen_psd_package,
    pub shared_type: u32,
}

/// `struct xen_processor_power` (platform.h:413)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_processor_power {
    pub count: u32,
    pub flags: xen_processor_flags,
    pub states: __guest_handle_xen_processor_cx_t,
}

/// `struct xen_processor_px` (platform.h:429)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_processor_px {
    pub core_frequency: crate::U64Align4,
    pub power: crate::U64Align4,
    pub transition_latency: crate::U64Align4,
    pub bus_master_latency: crate::U64Align4,
    pub control: crate::U64Align4,
    pub status: crate::U64Align4,
}

/// `struct xen_pvcalls_accept` (io/pvcalls.h:80)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_accept {
    pub id: crate::U64Align4,
    pub id_new: crate::U64Align4,
    pub r#ref: grant_ref_t,
    pub evtchn: u32,
}

/// `struct xen_pvcalls_back_ring` (io/pvcalls.h:130)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct xen_pvcalls_bind` (io/pvcalls.h:70)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_bind {
    pub id: crate::U64Align4,
    pub addr: [u8; 28],
    pub len: u32,
}

/// `struct xen_pvcalls_connect` (io/pvcalls.h:56)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_connect {
    pub id: crate::U64Align4,
    pub addr: [u8; 28],
    pub len: u32,
    pub flags: u32,
    pub r#ref: grant_ref_t,
    pub evtchn: u32,
    pub pad: [u8; 4],
}

/// `struct xen_pvcalls_dummy` (io/pvcalls.h:91)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_dummy {
    pub dummy: [u8; 56],
}

/// `struct xen_pvcalls_front_ring` (io/pvcalls.h:130)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct xen_pvcalls_listen` (io/pvcalls.h:75)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_listen {
    pub id: crate::U64Align4,
    pub backlog: u32,
    pub pad: [u8; 4],
}

/// `struct xen_pvcalls_poll` (io/pvcalls.h:86)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_poll {
    pub id: crate::U64Align4,
}

/// `struct xen_pvcalls_release` (io/pvcalls.h:65)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_release {
    pub id: crate::U64Align4,
    pub reuse: u8,
    pub pad: [u8; 7],
}

/// `struct xen_pvcalls_socket` (io/pvcalls.h:49)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_socket {
    pub id: crate::U64Align4,
    pub domain: u32,
    pub r#type: u32,
    pub protocol: u32,
    pub pad: [u8; 4],
}

/// `struct xen_pvcalls_request` (io/pvcalls.h:45)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_request {
    pub req_id: u32,
    pub cmd: u32,
    pub u: [crate::U64Align4; 7],
}

/// `struct xen_pvcalls_response` (io/pvcalls.h:97)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_response {
    pub req_id: u32,
    pub cmd: u32,
    pub ret: i32,
    pub pad: u32,
    pub u: [crate::U64Align4; 1],
}

/// `struct xen_remove_from_physmap` (memory.h:295)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_remove_from_physmap {
    pub domid: domid_t,
    pub __pad_0: [u8; 2],
    pub gpfn: xen_pfn_t,
}

/// `struct xen_sndif_back_ring` (io/sndif.h:1031)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sndif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct xen_sndif_front_ring` (io/sndif.h:1031)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sndif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub sring: u32,
}

/// `struct xen_varbuf` (version.h:141); since 4.20.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_varbuf {
    pub len: u32,
    pub buf: [u8; 0],
}

/// `struct xen_vmemrange` (memory.h:701)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_vmemrange {
    pub start: crate::U64Align4,
    pub end: crate::U64Align4,
    pub flags: u32,
    pub nid: u32,
}

/// `struct xen_vnuma_topology_info` (memory.h:718)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_vnuma_topology_info {
    pub domid: domid_t,
    pub pad: u16,
    pub nr_vnodes: u32,
    pub nr_vcpus: u32,
    pub nr_vmemranges: u32,
    pub vdistance: [crate::U64Align4; 1],
    pub vcpu_to_vnode: [crate::U64Align4; 1],
    pub vmemrange: [crate::U64Align4; 1],
}

/// `struct xencamera_buf_create_req` (io/cameraif.h:728)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_buf_create_req {
    pub index: u8,
    pub reserved: [u8; 3],
    pub plane_offset: [u32; 4],
    pub gref_directory: grant_ref_t,
}

/// `struct xencamera_buf_get_layout_resp` (io/cameraif.h:1070)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_buf_get_layout_resp {
    pub num_planes: u8,
    pub reserved: [u8; 3],
    pub size: u32,
    pub plane_size: [u32; 4],
    pub plane_stride: [u32; 4],
}

/// `struct xencamera_buf_request` (io/cameraif.h:667)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_buf_request {
    pub num_bufs: u8,
}

/// `struct xencamera_config_req` (io/cameraif.h:544)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_config_req {
    pub pixel_format: u32,
    pub width: u32,
    pub height: u32,
}

/// `struct xencamera_config_resp` (io/cameraif.h:1010)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_config_resp {
    pub pixel_format: u32,
    pub width: u32,
    pub height: u32,
    pub colorspace: u32,
    pub xfer_func: u32,
    pub ycbcr_enc: u32,
    pub quantization: u32,
    pub displ_asp_ratio_numer: u32,
    pub displ_asp_ratio_denom: u32,
    pub frame_rate_numer: u32,
    pub frame_rate_denom: u32,
}

/// `struct xencamera_ctrl_enum_resp` (io/cameraif.h:1141)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_ctrl_enum_resp {
    pub index: u8,
    pub r#type: u8,
    pub reserved: [u8; 2],
    pub flags: u32,
    pub min: crate::I64Align4,
    pub max: crate::I64Align4,
    pub step: crate::I64Align4,
    pub def_val: crate::I64Align4,
}

/// `struct xencamera_ctrl_value` (io/cameraif.h:885)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_ctrl_value {
    pub r#type: u8,
    pub reserved: [u8; 7],
    pub value: crate::I64Align4,
}

/// `struct xencamera_event_page` (io/cameraif.h:1332)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_event_page {
    pub in_cons: u32,
    pub in_prod: u32,
    pub reserved: [u8; 56],
}

/// `struct xencamera_frame_avail_evt` (io/cameraif.h:1231)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_frame_avail_evt {
    pub index: u8,
    pub reserved: [u8; 3],
    pub used_sz: u32,
    pub seq_num: u32,
}

/// `struct xencamera_evt` (io/cameraif.h:1303)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_evt {
    pub id: u16,
    pub r#type: u8,
    pub reserved: [u8; 5],
    pub evt: [crate::U64Align4; 7],
}

/// `struct xencamera_frame_rate_req` (io/cameraif.h:600)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_frame_rate_req {
    pub frame_rate_numer: u32,
    pub frame_rate_denom: u32,
}

/// `struct xencamera_get_ctrl_req` (io/cameraif.h:910)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_get_ctrl_req {
    pub r#type: u8,
}

/// `struct xencamera_index` (io/cameraif.h:855)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_index {
    pub index: u8,
}

/// `struct xencamera_req` (io/cameraif.h:1272)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_req {
    pub id: u16,
    pub operation: u8,
    pub reserved: [u8; 5],
    pub req: [crate::U64Align4; 7],
}

/// `struct xencamera_resp` (io/cameraif.h:1288)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_resp {
    pub id: u16,
    pub operation: u8,
    pub reserved: u8,
    pub status: i32,
    pub resp: [crate::U64Align4; 7],
}

/// `struct xencomm_desc` (xencomm.h:18)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencomm_desc {
    pub magic: u32,
    pub nr_addrs: u32,
    pub address: [crate::U64Align4; 0],
}

/// `struct xendispl_dbuf_create_req` (io/displif.h:497)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_dbuf_create_req {
    pub dbuf_cookie: crate::U64Align4,
    pub width: u32,
    pub height: u32,
    pub bpp: u32,
    pub buffer_sz: u32,
    pub flags: u32,
    pub gref_directory: grant_ref_t,
    pub data_ofs: u32,
}

/// `struct xendispl_dbuf_destroy_req` (io/displif.h:567)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_dbuf_destroy_req {
    pub dbuf_cookie: crate::U64Align4,
}

/// `struct xendispl_event_page` (io/displif.h:915)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_event_page {
    pub in_cons: u32,
    pub in_prod: u32,
    pub reserved: [u8; 56],
}

/// `struct xendispl_pg_flip_evt` (io/displif.h:856)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_pg_flip_evt {
    pub fb_cookie: crate::U64Align4,
}

/// `struct xendispl_evt` (io/displif.h:887)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_evt {
    pub id: u16,
    pub r#type: u8,
    pub reserved: [u8; 5],
    pub op: [crate::U64Align4; 7],
}

/// `struct xendispl_fb_attach_req` (io/displif.h:616)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_fb_attach_req {
    pub dbuf_cookie: crate::U64Align4,
    pub fb_cookie: crate::U64Align4,
    pub width: u32,
    pub height: u32,
    pub pixel_format: u32,
}

/// `struct xendispl_fb_detach_req` (io/displif.h:649)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_fb_detach_req {
    pub fb_cookie: crate::U64Align4,
}

/// `struct xendispl_get_edid_req` (io/displif.h:764)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_get_edid_req {
    pub buffer_sz: u32,
    pub gref_directory: grant_ref_t,
}

/// `struct xendispl_get_edid_resp` (io/displif.h:815)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_get_edid_resp {
    pub edid_sz: u32,
}

/// `struct xendispl_page_flip_req` (io/displif.h:727)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_page_flip_req {
    pub fb_cookie: crate::U64Align4,
}

/// `struct xendispl_set_config_req` (io/displif.h:697)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_set_config_req {
    pub fb_cookie: crate::U64Align4,
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
    pub bpp: u32,
}

/// `struct xendispl_req` (io/displif.h:860)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_req {
    pub id: u16,
    pub operation: u8,
    pub reserved: [u8; 5],
    pub op: [crate::U64Align4; 7],
}

/// `struct xendispl_resp` (io/displif.h:876)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_resp {
    pub id: u16,
    pub operation: u8,
    pub reserved: u8,
    pub status: i32,
    pub op: [crate::U64Align4; 7],
}

/// `struct xenfb_page` (io/fbif.h:114)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenfb_page {
    pub in_cons: u32,
    pub in_prod: u32,
    pub out_cons: u32,
    pub out_prod: u32,
    pub width: i32,
    pub height: i32,
    pub line_length: u32,
    pub mem_length: u32,
    pub depth: u8,
    pub __pad_0: [u8; 3],
    pub pd: [u32; 256],
}

/// `struct xenfb_refresh_period` (io/fbif.h:80)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenfb_refresh_period {
    pub r#type: u8,
    pub __pad_0: [u8; 3],
    pub period: u32,
}

/// `struct xenfb_resize` (io/fbif.h:42)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenfb_resize {
    pub r#type: u8,
    pub __pad_0: [u8; 3],
    pub width: i32,
    pub height: i32,
    pub stride: i32,
    pub depth: i32,
    pub offset: i32,
}

/// `struct xenfb_update` (io/fbif.h:27)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenfb_update {
    pub r#type: u8,
    pub __pad_0: [u8; 3],
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
}

/// `struct xenkbd_key` (io/kbdif.h:280)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenkbd_key {
    pub r#type: u8,
    pub pressed: u8,
    pub __pad_0: [u8; 2],
    pub keycode: u32,
}

/// `struct xenkbd_motion` (io/kbdif.h:253)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenkbd_motion {
    pub r#type: u8,
    pub __pad_0: [u8; 3],
    pub rel_x: i32,
    pub rel_y: i32,
    pub rel_z: i32,
}

/// `struct xenkbd_mtouch` (io/kbdif.h:465)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenkbd_mtouch {
    pub r#type: u8,
    pub event_type: u8,
    pub contact_id: u8,
    pub reserved: [u8; 5],
    pub u: [crate::U64Align4; 1],
}

/// `struct xenkbd_page` (io/kbdif.h:543)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenkbd_page {
    pub in_cons: u32,
    pub in_prod: u32,
    pub out_cons: u32,
    pub out_prod: u32,
}

/// `struct xenkbd_position` (io/kbdif.h:311)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenkbd_position {
    pub r#type: u8,
    pub __pad_0: [u8; 3],
    pub abs_x: i32,
    pub abs_y: i32,
    pub rel_z: i32,
}

/// `struct xennmi_callback` (nmi.h:45)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xennmi_callback {
    pub handler_address: u32,
    pub pad: u32,
}

/// `struct xenoprof_buf` (xenoprof.h:59)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenoprof_buf {
    pub event_head: u32,
    pub event_tail: u32,
    pub event_size: u32,
    pub vcpu_id: u32,
    pub xen_samples: crate::U64Align4,
    pub kernel_samples: crate::U64Align4,
    pub user_samples: crate::U64Align4,
    pub lost_samples: crate::U64Align4,
    pub event_log: [event_log; 1],
}

/// `struct xenoprof_counter` (xenoprof.h:92)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenoprof_counter {
    pub ind: u32,
    pub count: crate::U64Align4,
    pub enabled: u32,
    pub event: u32,
    pub hypervisor: u32,
    pub kernel: u32,
    pub user: u32,
    pub unit_mask: crate::U64Align4,
}

/// `struct xenoprof_get_buffer` (xenoprof.h:83)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenoprof_get_buffer {
    pub max_samples: i32,
    pub nbuf: i32,
    pub bufsize: i32,
    pub buf_gmaddr: crate::U64Align4,
}

/// `struct xenoprof_ibs_counter` (xenoprof.h:114)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenoprof_ibs_counter {
    pub op_enabled: crate::U64Align4,
    pub fetch_enabled: crate::U64Align4,
    pub max_cnt_fetch: crate::U64Align4,
    pub max_cnt_op: crate::U64Align4,
    pub rand_en: crate::U64Align4,
    pub dispatched_ops: crate::U64Align4,
}

/// `struct xenoprof_init` (xenoprof.h:75)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenoprof_init {
    pub num_events: i32,
    pub is_primary: i32,
    pub cpu_type: [i8; 64],
}

/// `struct xenoprof_passive` (xenoprof.h:105)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenoprof_passive {
    pub domain_id: u16,
    pub __pad_0: [u8; 2],
    pub max_samples: i32,
    pub nbuf: i32,
    pub bufsize: i32,
    pub buf_gmaddr: crate::U64Align4,
}

/// `struct xenpf_add_memtype` (platform.h:56)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_add_memtype {
    pub mfn: xen_pfn_t,
    pub nr_mfns: crate::U64Align4,
    pub r#type: u32,
    pub handle: u32,
    pub reg: u32,
}

/// `struct xenpf_change_freq` (platform.h:320)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_change_freq {
    pub flags: u32,
    pub cpu: u32,
    pub freq: crate::U64Align4,
}

/// `struct xenpf_core_parking` (platform.h:563)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_core_parking {
    pub r#type: u32,
    pub idle_nums: u32,
}

/// `struct xenpf_cpu_hotadd` (platform.h:541)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_cpu_hotadd {
    pub apic_id: u32,
    pub acpi_id: u32,
    pub pxm: u32,
}

/// `struct xenpf_cpu_ol` (platform.h:533)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_cpu_ol {
    pub cpuid: u32,
}

/// `struct xenpf_del_memtype` (platform.h:76)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_del_memtype {
    pub handle: u32,
    pub reg: u32,
}

/// `struct xenpf_efi_guid` (platform.h:142)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_efi_guid {
    pub data1: u32,
    pub data2: u16,
    pub data3: u16,
    pub data4: [u8; 8],
}

/// `struct xenpf_efi_time` (platform.h:130)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_efi_time {
    pub year: u16,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub min: u8,
    pub sec: u8,
    pub __pad_0: [u8; 1],
    pub ns: u32,
    pub tz: i16,
    pub daylight: u8,
    pub __pad_1: [u8; 1],
}

/// `struct xenpf_efi_runtime_call` (platform.h:149)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_efi_runtime_call {
    pub function: u32,
    pub misc: u32,
    pub status: xen_ulong_t,
    pub u: [u32; 7],
}

/// `struct xenpf_enter_acpi_sleep` (platform.h:303)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_enter_acpi_sleep {
    pub val_a: u16,
    pub val_b: u16,
    pub sleep_state: u32,
    pub flags: u32,
}

/// `union xenpf_efi_info` (platform.h:260)
#[repr(C)]
#[derive(Clone, Copy)]
pub union xenpf_efi_info {
    pub version: u32,
    pub cfg: [u32; 3],
    pub vendor: [u32; 3],
    pub mem: [u32; 7],
    pub pci_rom: [u32; 5],
    pub apple_properties: [u32; 3],
}

/// `struct xenpf_firmware_info` (platform.h:230)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_firmware_info {
    pub r#type: u32,
    pub index: u32,
    pub u: [u32; 7],
}

/// `struct xenpf_getidletime` (platform.h:338)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_getidletime {
    pub cpumap_bitmap: __guest_handle_uint8,
    pub cpumap_nr_cpus: u32,
    pub idletime: __guest_handle_uint64,
    pub now: crate::U64Align4,
}

/// `struct xenpf_mem_hotadd` (platform.h:550)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_mem_hotadd {
    pub spfn: crate::U64Align4,
    pub epfn: crate::U64Align4,
    pub pxm: u32,
    pub flags: u32,
}

/// `struct xenpf_microcode_update` (platform.h:98)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_microcode_update {
    pub data: __guest_handle_const_void,
    pub length: u32,
}

/// `struct xenpf_microcode_update2` (platform.h:655); since 4.20.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_microcode_update2 {
    pub flags: u32,
    pub length: u32,
    pub data: __guest_handle_const_void,
}

/// `struct xenpf_pcpu_version` (platform.h:517)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_pcpu_version {
    pub xen_cpuid: u32,
    pub max_present: u32,
    pub vendor_id: [i8; 12],
    pub family: u32,
    pub model: u32,
    pub stepping: u32,
}

/// `struct xenpf_pcpuinfo` (platform.h:500)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_pcpuinfo {
    pub xen_cpuid: u32,
    pub max_present: u32,
    pub flags: u32,
    pub apic_id: u32,
    pub acpi_id: u32,
}

/// `struct xenpf_platform_quirk` (platform.h:110)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_platform_quirk {
    pub quirk_id: u32,
}

/// `struct xenpf_read_memtype` (platform.h:86)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_read_memtype {
    pub reg: u32,
    pub mfn: xen_pfn_t,
    pub nr_mfns: crate::U64Align4,
    pub r#type: u32,
}

/// `struct xenpf_resource_entry` (platform.h:596)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_resource_entry {
    pub u: [u32; 1],
    pub rsvd: u32,
    pub idx: crate::U64Align4,
    pub val: crate::U64Align4,
}

/// `struct xenpf_resource_op` (platform.h:608)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_resource_op {
    pub nr_entries: u32,
    pub cpu: u32,
    pub entries: __guest_handle_xenpf_resource_entry_t,
}

/// `struct xenpf_settime32` (platform.h:22)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_settime32 {
    pub secs: u32,
    pub nsecs: u32,
    pub system_time: crate::U64Align4,
}

/// `struct xenpf_settime64` (platform.h:30)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_settime64 {
    pub secs: crate::U64Align4,
    pub nsecs: u32,
    pub mbz: u32,
    pub system_time: crate::U64Align4,
}

/// `struct xenpf_symdata` (platform.h:617)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_symdata {
    pub namelen: u32,
    pub symnum: u32,
    pub name: __guest_handle_char,
    pub address: crate::U64Align4,
    pub r#type: i8,
    pub __pad_0: [u8; 3],
}

/// `struct xenpf_ucode_revision` (platform.h:644); since 4.18.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_ucode_revision {
    pub cpu: u32,
    pub signature: u32,
    pub pf: u32,
    pub revision: u32,
}

/// `struct xensnd_cur_pos_evt` (io/sndif.h:993)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_cur_pos_evt {
    pub position: crate::U64Align4,
}

/// `struct xensnd_event_page` (io/sndif.h:1049)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_event_page {
    pub in_cons: u32,
    pub in_prod: u32,
    pub reserved: [u8; 56],
}

/// `struct xensnd_evt` (io/sndif.h:1021)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_evt {
    pub id: u16,
    pub r#type: u8,
    pub reserved: [u8; 5],
    pub op: [crate::U64Align4; 7],
}

/// `struct xensnd_open_req` (io/sndif.h:620)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_open_req {
    pub pcm_rate: u32,
    pub pcm_format: u8,
    pub pcm_channels: u8,
    pub reserved: u16,
    pub buffer_sz: u32,
    pub gref_directory: grant_ref_t,
    pub period_sz: u32,
}

/// `struct xensnd_query_hw_param` (io/sndif.h:876)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_query_hw_param {
    pub formats: crate::U64Align4,
    pub rates: [crate::U64Align4; 1],
    pub channels: [crate::U64Align4; 1],
    pub buffer: [crate::U64Align4; 1],
    pub period: [crate::U64Align4; 1],
}

/// `struct xensnd_rw_req` (io/sndif.h:699)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_rw_req {
    pub offset: u32,
    pub length: u32,
}

/// `struct xensnd_trigger_req` (io/sndif.h:812)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_trigger_req {
    pub r#type: u8,
}

/// `struct xensnd_req` (io/sndif.h:997)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_req {
    pub id: u16,
    pub operation: u8,
    pub reserved: [u8; 5],
    pub op: [crate::U64Align4; 7],
}

/// `struct xensnd_resp` (io/sndif.h:1010)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_resp {
    pub id: u16,
    pub operation: u8,
    pub reserved: u8,
    pub status: i32,
    pub resp: [crate::U64Align4; 7],
}

/// `struct xsd_errors` (io/xs_wire.h:49)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xsd_errors {
    pub errnum: i32,
    pub errstring: u32,
}

/// `struct xsd_sockmsg` (io/xs_wire.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xsd_sockmsg {
    pub r#type: u32,
    pub req_id: u32,
    pub tx_id: u32,
    pub len: u32,
}

/// `union blkif_sring_entry` (io/blkif.h:723)
#[repr(C)]
#[derive(Clone, Copy)]
pub union blkif_sring_entry {
    pub req: blkif_request,
    pub rsp: blkif_response,
}

/// `union netif_rx_sring_entry` (io/netif.h:1073)
#[repr(C)]
#[derive(Clone, Copy)]
pub union netif_rx_sring_entry {
    pub req: netif_rx_request,
    pub rsp: netif_rx_response,
}

/// `union netif_tx_sring_entry` (io/netif.h:1072)
#[repr(C)]
#[derive(Clone, Copy)]
pub union netif_tx_sring_entry {
    pub req: netif_tx_request,
    pub rsp: netif_tx_response,
}

/// `union usbif_conn_sring_entry` (io/usbif.h:405)
#[repr(C)]
#[derive(Clone, Copy)]
pub union usbif_conn_sring_entry {
    pub req: usbif_conn_request,
    pub rsp: usbif_conn_response,
}

/// `union usbif_urb_sring_entry` (io/usbif.h:383)
#[repr(C)]
#[derive(Clone, Copy)]
pub union usbif_urb_sring_entry {
    pub req: usbif_urb_request,
    pub rsp: usbif_urb_response,
}

/// `union vscsiif_sring_entry` (io/vscsiif.h:352)
#[repr(C)]
#[derive(Clone, Copy)]
pub union vscsiif_sring_entry {
    pub req: vscsiif_request,
    pub rsp: vscsiif_response,
}

/// `union xen_cameraif_sring_entry` (io/cameraif.h:1314)
#[repr(C)]
#[derive(Clone, Copy)]
pub union xen_cameraif_sring_entry {
    pub req: xencamera_req,
    pub rsp: xencamera_resp,
}

/// `union xen_displif_sring_entry` (io/displif.h:897)
#[repr(C)]
#[derive(Clone, Copy)]
pub union xen_displif_sring_entry {
    pub req: xendispl_req,
    pub rsp: xendispl_resp,
}

/// `union xen_netif_ctrl_sring_entry` (io/netif.h:752)
#[repr(C)]
#[derive(Clone, Copy)]
pub union xen_netif_ctrl_sring_entry {
    pub req: xen_netif_ctrl_request,
    pub rsp: xen_netif_ctrl_response,
}

/// `union xen_pvcalls_sring_entry` (io/pvcalls.h:130)
#[repr(C)]
#[derive(Clone, Copy)]
pub union xen_pvcalls_sring_entry {
    pub req: xen_pvcalls_request,
    pub rsp: xen_pvcalls_response,
}

/// `union xen_sndif_sring_entry` (io/sndif.h:1031)
#[repr(C)]
#[derive(Clone, Copy)]
pub union xen_sndif_sring_entry {
    pub req: xensnd_req,
    pub rsp: xensnd_resp,
}

/// `union xenfb_in_event` (io/fbif.h:89)
#[repr(C)]
#[derive(Clone, Copy)]
pub union xenfb_in_event {
    pub r#type: u8,
    pub refresh_period: xenfb_refresh_period,
    pub pad: [i8; 40],
}

/// `union xenfb_out_event` (io/fbif.h:54)
#[repr(C)]
#[derive(Clone, Copy)]
pub union xenfb_out_event {
    pub r#type: u8,
    pub update: xenfb_update,
    pub resize: xenfb_resize,
    pub pad: [i8; 40],
}

/// `union xenkbd_in_event` (io/kbdif.h:485)
#[repr(C)]
#[derive(Clone, Copy)]
pub union xenkbd_in_event {
    pub r#type: u8,
    pub motion: xenkbd_motion,
    pub key: xenkbd_key,
    pub pos: xenkbd_position,
    pub mtouch: xenkbd_mtouch,
    pub pad: [i8; 40],
}

/// `union xenkbd_out_event` (io/kbdif.h:515)
#[repr(C)]
#[derive(Clone, Copy)]
pub union xenkbd_out_event {
    pub r#type: u8,
    pub pad: [i8; 40],
}

/// `xen_uuid_t` (xen.h:992)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_uuid_t {
    pub a: [u8; 16],
}

crate::plain!(
    __guest_handle_callback_register_t,
    __guest_handle_callback_unregister_t,
    __guest_handle_char,
    __guest_handle_const_callback_register_t,
    __guest_handle_const_callback_unregister_t,
    __guest_handle_const_char,
    __guest_handle_const_cpu_user_regs_t,
    __guest_handle_const_evtchn_op_t,
    __guest_handle_const_evtchn_port_t,
    __guest_handle_const_gnttab_cache_flush_t,
    __guest_handle_const_gnttab_copy_t,
    __guest_handle_const_gnttab_dump_table_t,
    __guest_handle_const_gnttab_get_status_frames_t,
    __guest_handle_const_gnttab_get_version_t,
    __guest_handle_const_gnttab_map_grant_ref_t,
    __guest_handle_const_gnttab_query_size_t,
    __guest_handle_const_gnttab_set_version_t,
    __guest_handle_const_gnttab_setup_table_t,
    __guest_handle_const_gnttab_swap_grant_ref_t,
    __guest_handle_const_gnttab_transfer_t,
    __guest_handle_const_gnttab_unmap_and_replace_t,
    __guest_handle_const_gnttab_unmap_grant_ref_t,
    __guest_handle_const_int,
    __guest_handle_const_mc_info_t,
    __guest_handle_const_mmu_update_t,
    __guest_handle_const_mmuext_op_t,
    __guest_handle_const_multicall_entry_t,
    __guest_handle_const_physdev_apic_t,
    __guest_handle_const_physdev_dbgp_op_t,
    __guest_handle_const_physdev_eoi_t,
    __guest_handle_const_physdev_get_free_pirq_t,
    __guest_handle_const_physdev_irq_status_query_t,
    __guest_handle_const_physdev_irq_t,
    __guest_handle_const_physdev_manage_pci_ext_t,
    __guest_handle_const_physdev_manage_pci_t,
    __guest_handle_const_physdev_map_pirq_t,
    __guest_handle_const_physdev_op_t,
    __guest_handle_const_physdev_pci_device_add_t,
    __guest_handle_const_physdev_pci_device_t,
    __guest_handle_const_physdev_pci_mmcfg_reserved_t,
    __guest_handle_const_physdev_pirq_eoi_gmfn_t,
    __guest_handle_const_physdev_restore_msi_t,
    __guest_handle_const_physdev_set_iobitmap_t,
    __guest_handle_const_physdev_set_iopl_t,
    __guest_handle_const_physdev_setup_gsi_t,
    __guest_handle_const_physdev_unmap_pirq_t,
    __guest_handle_const_sched_pin_override_t,
    __guest_handle_const_sched_poll_t,
    __guest_handle_const_sched_remote_shutdown_t,
    __guest_handle_const_sched_shutdown_t,
    __guest_handle_const_sched_watchdog_t,
    __guest_handle_const_tmem_op_t,
    __guest_handle_const_trap_info_t,
    __guest_handle_const_uchar,
    __guest_handle_const_uint,
    __guest_handle_const_uint16,
    __guest_handle_const_uint32,
    __guest_handle_const_uint64,
    __guest_handle_const_uint64_t,
    __guest_handle_const_uint8,
    __guest_handle_const_vcpu_get_physid_t,
    __guest_handle_const_vcpu_guest_context_t,
    __guest_handle_const_vcpu_hvm_context_t,
    __guest_handle_const_vcpu_register_runstate_memory_area_t,
    __guest_handle_const_vcpu_register_time_memory_area_t,
    __guest_handle_const_vcpu_register_vcpu_info_t,
    __guest_handle_const_vcpu_runstate_info_t,
    __guest_handle_const_vcpu_set_periodic_timer_t,
    __guest_handle_const_vcpu_set_singleshot_timer_t,
    __guest_handle_const_vcpu_time_info_t,
    __guest_handle_const_void,
    __guest_handle_const_xen_add_to_physmap_batch_t,
    __guest_handle_const_xen_add_to_physmap_t,
    __guest_handle_const_xen_cpuid_leaf_t,
    __guest_handle_const_xen_dm_op_buf_t,
    __guest_handle_const_xen_flask_op_t,
    __guest_handle_const_xen_foreign_memory_map_t,
    __guest_handle_const_xen_hvm_altp2m_change_gfn_t,
    __guest_handle_const_xen_hvm_altp2m_domain_state_t,
    __guest_handle_const_xen_hvm_altp2m_mem_access_t,
    __guest_handle_const_xen_hvm_altp2m_op_t,
    __guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t,
    __guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t,
    __guest_handle_const_xen_hvm_altp2m_view_t,
    __guest_handle_const_xen_hvm_evtchn_upcall_vector_t,
    __guest_handle_const_xen_hvm_get_mem_type_t,
    __guest_handle_const_xen_hvm_get_time_t,
    __guest_handle_const_xen_hvm_pagetable_dying_t,
    __guest_handle_const_xen_hvm_param_t,
    __guest_handle_const_xen_hvm_xentrace_t,
    __guest_handle_const_xen_kexec_load_t,
    __guest_handle_const_xen_kexec_segment_t,
    __guest_handle_const_xen_kexec_status_t,
    __guest_handle_const_xen_kexec_unload_t,
    __guest_handle_const_xen_machphys_mapping_t,
    __guest_handle_const_xen_machphys_mfn_list_t,
    __guest_handle_const_xen_mc_fetch_t,
    __guest_handle_const_xen_mc_logical_cpu_t,
    __guest_handle_const_xen_mc_notifydomain_t,
    __guest_handle_const_xen_mc_t,
    __guest_handle_const_xen_mem_acquire_resource_t,
    __guest_handle_const_xen_memory_exchange_t,
    __guest_handle_const_xen_memory_map_t,
    __guest_handle_const_xen_memory_reservation_t,
    __guest_handle_const_xen_msr_entry_t,
    __guest_handle_const_xen_pfn_t,
    __guest_handle_const_xen_platform_op_t,
    __guest_handle_const_xen_pmu_amd_ctxt_t,
    __guest_handle_const_xen_pmu_arch_t,
    __guest_handle_const_xen_pmu_cntr_pair_t,
    __guest_handle_const_xen_pmu_intel_ctxt_t,
    __guest_handle_const_xen_pmu_params_t,
    __guest_handle_const_xen_pmu_regs_t,
    __guest_handle_const_xen_processor_csd_t,
    __guest_handle_const_xen_processor_cx_t,
    __guest_handle_const_xen_processor_performance_t,
    __guest_handle_const_xen_processor_px_t,
    __guest_handle_const_xen_remove_from_physmap_t,
    __guest_handle_const_xen_tmem_oid_t,
    __guest_handle_const_xen_ulong_t,
    __guest_handle_const_xen_vmemrange_t,
    __guest_handle_const_xen_vnuma_topology_info_t,
    __guest_handle_const_xennmi_callback_t,
    __guest_handle_const_xenoprof_buf_t,
    __guest_handle_const_xenoprof_counter_t,
    __guest_handle_const_xenoprof_get_buffer_t,
    __guest_handle_const_xenoprof_ibs_counter_t,
    __guest_handle_const_xenoprof_init_t,
    __guest_handle_const_xenoprof_passive_t,
    __guest_handle_const_xenpf_add_memtype_t,
    __guest_handle_const_xenpf_change_freq_t,
    __guest_handle_const_xenpf_core_parking_t,
    __guest_handle_const_xenpf_cpu_ol_t,
    __guest_handle_const_xenpf_del_memtype_t,
    __guest_handle_const_xenpf_dom0_console_t,
    __guest_handle_const_xenpf_efi_runtime_call_t,
    __guest_handle_const_xenpf_enter_acpi_sleep_t,
    __guest_handle_const_xenpf_firmware_info_t,
    __guest_handle_const_xenpf_getidletime_t,
    __guest_handle_const_xenpf_microcode_update2_t,
    __guest_handle_const_xenpf_microcode_update_t,
    __guest_handle_const_xenpf_pcpu_version_t,
    __guest_handle_const_xenpf_pcpuinfo_t,
    __guest_handle_const_xenpf_platform_quirk_t,
    __guest_handle_const_xenpf_read_memtype_t,
    __guest_handle_const_xenpf_resource_entry_t,
    __guest_handle_const_xenpf_resource_op_t,
    __guest_handle_const_xenpf_set_processor_pminfo_t,
    __guest_handle_const_xenpf_settime_t,
    __guest_handle_const_xenpf_symdata_t,
    __guest_handle_const_xenpf_ucode_revision_t,
    __guest_handle_cpu_user_regs_t,
    __guest_handle_evtchn_op_t,
    __guest_handle_evtchn_port_t,
    __guest_handle_gnttab_cache_flush_t,
    __guest_handle_gnttab_copy_t,
    __guest_handle_gnttab_dump_table_t,
    __guest_handle_gnttab_get_status_frames_t,
    __guest_handle_gnttab_get_version_t,
    __guest_handle_gnttab_map_grant_ref_t,
    __guest_handle_gnttab_query_size_t,
    __guest_handle_gnttab_set_version_t,
    __guest_handle_gnttab_setup_table_t,
    __guest_handle_gnttab_swap_grant_ref_t,
    __guest_handle_gnttab_transfer_t,
    __guest_handle_gnttab_unmap_and_replace_t,
    __guest_handle_gnttab_unmap_grant_ref_t,
    __guest_handle_int,
    __guest_handle_mc_info_t,
    __guest_handle_mmu_update_t,
    __guest_handle_mmuext_op_t,
    __guest_handle_multicall_entry_t,
    __guest_handle_physdev_apic_t,
    __guest_handle_physdev_dbgp_op_t,
    __guest_handle_physdev_eoi_t,
    __guest_handle_physdev_get_free_pirq_t,
    __guest_handle_physdev_irq_status_query_t,
    __guest_handle_physdev_irq_t,
    __guest_handle_physdev_manage_pci_ext_t,
    __guest_handle_physdev_manage_pci_t,
    __guest_handle_physdev_map_pirq_t,
    __guest_handle_physdev_op_t,
    __guest_handle_physdev_pci_device_add_t,
    __guest_handle_physdev_pci_device_t,
    __guest_handle_physdev_pci_mmcfg_reserved_t,
    __guest_handle_physdev_pirq_eoi_gmfn_t,
    __guest_handle_physdev_restore_msi_t,
    __guest_handle_physdev_set_iobitmap_t,
    __guest_handle_physdev_set_iopl_t,
    __guest_handle_physdev_setup_gsi_t,
    __guest_handle_physdev_unmap_pirq_t,
    __guest_handle_sched_pin_override_t,
    __guest_handle_sched_poll_t,
    __guest_handle_sched_remote_shutdown_t,
    __guest_handle_sched_shutdown_t,
    __guest_handle_sched_watchdog_t,
    __guest_handle_tmem_op_t,
    __guest_handle_trap_info_t,
    __guest_handle_uchar,
    __guest_handle_uint,
    __guest_handle_uint16,
    __guest_handle_uint32,
    __guest_handle_uint64,
    __guest_handle_uint64_t,
    __guest_handle_uint8,
    __guest_handle_vcpu_get_physid_t,
    __guest_handle_vcpu_guest_context_t,
    __guest_handle_vcpu_hvm_context_t,
    __guest_handle_vcpu_register_runstate_memory_area_t,
    __guest_handle_vcpu_register_time_memory_area_t,
    __guest_handle_vcpu_register_vcpu_info_t,
    __guest_handle_vcpu_runstate_info_t,
    __guest_handle_vcpu_set_periodic_timer_t,
    __guest_handle_vcpu_set_singleshot_timer_t,
    __guest_handle_vcpu_time_info_t,
    __guest_handle_void,
    __guest_handle_xen_add_to_physmap_batch_t,
    __guest_handle_xen_add_to_physmap_t,
    __guest_handle_xen_cpuid_leaf_t,
    __guest_handle_xen_dm_op_buf_t,
    __guest_handle_xen_flask_op_t,
    __guest_handle_xen_foreign_memory_map_t,
    __guest_handle_xen_hvm_altp2m_change_gfn_t,
    __guest_handle_xen_hvm_altp2m_domain_state_t,
    __guest_handle_xen_hvm_altp2m_mem_access_t,
    __guest_handle_xen_hvm_altp2m_op_t,
    __guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t,
    __guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t,
    __guest_handle_xen_hvm_altp2m_view_t,
    __guest_handle_xen_hvm_evtchn_upcall_vector_t,
    __guest_handle_xen_hvm_get_mem_type_t,
    __guest_handle_xen_hvm_get_time_t,
    __guest_handle_xen_hvm_pagetable_dying_t,
    __guest_handle_xen_hvm_param_t,
    __guest_handle_xen_hvm_xentrace_t,
    __guest_handle_xen_kexec_load_t,
    __guest_handle_xen_kexec_segment_t,
    __guest_handle_xen_kexec_status_t,
    __guest_handle_xen_kexec_unload_t,
    __guest_handle_xen_machphys_mapping_t,
    __guest_handle_xen_machphys_mfn_list_t,
    __guest_handle_xen_mc_fetch_t,
    __guest_handle_xen_mc_logical_cpu_t,
    __guest_handle_xen_mc_notifydomain_t,
    __guest_handle_xen_mc_t,
    __guest_handle_xen_mem_acquire_resource_t,
    __guest_handle_xen_memory_exchange_t,
    __guest_handle_xen_memory_map_t,
    __guest_handle_xen_memory_reservation_t,
    __guest_handle_xen_msr_entry_t,
    __guest_handle_xen_pfn_t,
    __guest_handle_xen_platform_op_t,
    __guest_handle_xen_pmu_amd_ctxt_t,
    __guest_handle_xen_pmu_arch_t,
    __guest_handle_xen_pmu_cntr_pair_t,
    __guest_handle_xen_pmu_intel_ctxt_t,
    __guest_handle_xen_pmu_params_t,
    __guest_handle_xen_pmu_regs_t,
    __guest_handle_xen_processor_csd_t,
    __guest_handle_xen_processor_cx_t,
    __guest_handle_xen_processor_performance_t,
    __guest_handle_xen_processor_px_t,
    __guest_handle_xen_remove_from_physmap_t,
    __guest_handle_xen_tmem_oid_t,
    __guest_handle_xen_ulong_t,
    __guest_handle_xen_vmemrange_t,
    __guest_handle_xen_vnuma_topology_info_t,
    __guest_handle_xennmi_callback_t,
    __guest_handle_xenoprof_buf_t,
    __guest_handle_xenoprof_counter_t,
    __guest_handle_xenoprof_get_buffer_t,
    __guest_handle_xenoprof_ibs_counter_t,
    __guest_handle_xenoprof_init_t,
    __guest_handle_xenoprof_passive_t,
    __guest_handle_xenpf_add_memtype_t,
    __guest_handle_xenpf_change_freq_t,
    __guest_handle_xenpf_core_parking_t,
    __guest_handle_xenpf_cpu_ol_t,
    __guest_handle_xenpf_del_memtype_t,
    __guest_handle_xenpf_dom0_console_t,
    __guest_handle_xenpf_efi_runtime_call_t,
    __guest_handle_xenpf_enter_acpi_sleep_t,
    __guest_handle_xenpf_firmware_info_t,
    __guest_handle_xenpf_getidletime_t,
    __guest_handle_xenpf_microcode_update2_t,
    __guest_handle_xenpf_microcode_update_t,
    __guest_handle_xenpf_pcpu_version_t,
    __guest_handle_xenpf_pcpuinfo_t,
    __guest_handle_xenpf_platform_quirk_t,
    __guest_handle_xenpf_read_memtype_t,
    __guest_handle_xenpf_resource_entry_t,
    __guest_handle_xenpf_resource_op_t,
    __guest_handle_xenpf_set_processor_pminfo_t,
    __guest_handle_xenpf_settime_t,
    __guest_handle_xenpf_symdata_t,
    __guest_handle_xenpf_ucode_revision_t,
    arch_shared_info,
    arch_vcpu_info,
    blkif_back_ring,
    blkif_front_ring,
    blkif_request_discard,
    blkif_request_indirect,
    blkif_request_segment,
    blkif_request,
    blkif_response,
    buf_ioreq__anon_0,
    buf_ioreq,
    buffered_iopage,
    xen_callback,
    callback_register,
    callback_unregister,
    cpu_user_regs,
    dom0_vga_console_info,
    evtchn_alloc_unbound,
    evtchn_bind_interdomain,
    evtchn_bind_ipi,
    evtchn_bind_pirq,
    evtchn_bind_vcpu,
    evtchn_bind_virq,
    evtchn_close,
    evtchn_expand_array,
    evtchn_fifo_control_block,
    evtchn_init_control,
    evtchn_send,
    evtchn_status,
    evtchn_unmask,
    evtchn_op,
    evtchn_reset,
    evtchn_set_priority,
    fsif_back_ring,
    fsif_front_ring,
    fsif_stat_response,
    fsif_response,
    gnttab_cache_flush,
    gnttab_copy_ptr,
    gnttab_copy,
    gnttab_dump_table,
    gnttab_get_status_frames,
    gnttab_get_version,
    gnttab_map_grant_ref,
    gnttab_query_size,
    gnttab_set_version,
    gnttab_setup_table,
    gnttab_swap_grant_ref,
    gnttab_transfer,
    gnttab_unmap_and_replace,
    gnttab_unmap_grant_ref,
    grant_entry_header,
    grant_entry_v1,
    grant_entry_v2,
    ioreq,
    mc_info,
    mmu_update,
    mmuext_op,
    multicall_entry,
    netif_extra_info,
    netif_rx_back_ring,
    netif_rx_front_ring,
    netif_rx_request,
    netif_rx_response,
    netif_tx_back_ring,
    netif_tx_front_ring,
    netif_tx_request,
    netif_tx_response,
    physdev_apic,
    physdev_pci_device,
    physdev_dbgp_op,
    physdev_eoi,
    physdev_get_free_pirq,
    physdev_irq_status_query,
    physdev_irq,
    physdev_manage_pci,
    physdev_map_pirq,
    physdev_set_iobitmap,
    physdev_set_iopl,
    physdev_op,
    physdev_pci_device_add,
    physdev_pci_mmcfg_reserved,
    physdev_pirq_eoi_gmfn,
    physdev_restore_msi,
    physdev_setup_gsi,
    physdev_unmap_pirq,
    sched_pin_override,
    sched_poll,
    sched_remote_shutdown,
    sched_shutdown,
    sched_watchdog,
    vcpu_time_info,
    vcpu_info,
    shared_info,
    shared_iopage,
    start_info,
    hvm_hw_cpu__anon_0,
    hvm_hw_cpu,
    __HVM_SAVE_TYPE_CPU,
    hvm_save_end,
    __HVM_SAVE_TYPE_END,
    hvm_save_header,
    __HVM_SAVE_TYPE_HEADER,
    hvm_hw_hpet,
    __HVM_SAVE_TYPE_HPET,
    vioapic_redir_entry,
    hvm_hw_vioapic,
    __HVM_SAVE_TYPE_IOAPIC,
    hvm_hw_isa_irqs__anon_0,
    hvm_hw_isa_irqs,
    __HVM_SAVE_TYPE_ISA_IRQ,
    hvm_hw_lapic_regs,
    __HVM_SAVE_TYPE_LAPIC_REGS,
    hvm_hw_mtrr,
    __HVM_SAVE_TYPE_MTRR,
    hvm_hw_pci_irqs__anon_0,
    hvm_hw_pci_irqs,
    __HVM_SAVE_TYPE_PCI_IRQ,
    hvm_hw_pci_link,
    __HVM_SAVE_TYPE_PCI_LINK,
    hvm_hw_vpic,
    __HVM_SAVE_TYPE_PIC,
    hvm_hw_pit_channel,
    hvm_hw_pit,
    __HVM_SAVE_TYPE_PIT,
    hvm_hw_pmtimer,
    __HVM_SAVE_TYPE_PMTIMER,
    hvm_hw_rtc,
    __HVM_SAVE_TYPE_RTC,
    hvm_tsc_adjust,
    __HVM_SAVE_TYPE_TSC_ADJUST,
    hvm_viridian_domain_context,
    __HVM_SAVE_TYPE_VIRIDIAN_DOMAIN,
    hvm_viridian_vcpu_context,
    __HVM_SAVE_TYPE_VIRIDIAN_VCPU,
    hvm_vmce_vcpu,
    __HVM_SAVE_TYPE_VMCE_VCPU,
    _xen_pvcalls_accept,
    _xen_pvcalls_bind,
    _xen_pvcalls_connect,
    _xen_pvcalls_dummy,
    _xen_pvcalls_listen,
    _xen_pvcalls_poll,
    _xen_pvcalls_release,
    _xen_pvcalls_socket,
    cpu_offline_action,
    event_log,
    fsif_chmod_request,
    fsif_close_request,
    fsif_create_request,
    fsif_list_request,
    fsif_open_request,
    fsif_remove_request,
    fsif_rename_request,
    fsif_space_request,
    fsif_stat_request,
    fsif_sync_request,
    fsif_truncate_request,
    hvm_hw_cpu_compat__anon_0,
    hvm_hw_cpu_compat,
    hvm_hw_cpu_xsave_hdr,
    hvm_hw_cpu_xsave,
    hvm_info_table,
    hvm_memmap_table_entry,
    hvm_modlist_entry,
    hvm_one_msr,
    hvm_msr,
    hvm_save_descriptor,
    hvm_start_info,
    mcinfo_common,
    mcinfo_bank,
    mcinfo_msr,
    mcinfo_extended,
    mcinfo_global,
    mcinfo_logical_cpu,
    page_offline_action,
    mcinfo_recovery,
    pci_device_reset,
    pvcalls_data,
    pvcalls_data_intf,
    ring_shared,
    scsiif_request_segment,
    t_buf,
    t_info,
    t_rec,
    xen_tmem_oid,
    tmem_op,
    tpmif_tx_request,
    tpmif_ring,
    tpmif_shared_page,
    tpmif_tx_interface,
    trap_info,
    usbif_conn_back_ring,
    usbif_conn_front_ring,
    usbif_conn_request,
    usbif_conn_response,
    usbif_request_segment,
    usbif_urb_back_ring,
    usbif_urb_front_ring,
    usbif_urb_request,
    usbif_urb_response,
    vchan_interface,
    vcpu_get_physid,
    vcpu_guest_context,
    vcpu_hvm_x86_32,
    vcpu_hvm_x86_64,
    vcpu_hvm_context,
    vcpu_register_runstate_memory_area,
    vcpu_register_time_memory_area,
    vcpu_register_vcpu_info,
    vcpu_runstate_info,
    vcpu_set_periodic_timer,
    vcpu_set_singleshot_timer,
    vscsiif_back_ring,
    vscsiif_front_ring,
    vscsiif_request,
    vscsiif_response,
    vscsiif_sg_list,
    xen_9pfs_data,
    xen_9pfs_data_intf,
    xen_add_to_physmap,
    xen_add_to_physmap_batch_extra,
    xen_add_to_physmap_batch,
    xen_argo_addr,
    xen_argo_iov,
    xen_argo_register_ring,
    xen_argo_ring,
    xen_argo_ring_data_ent,
    xen_argo_ring_data,
    xen_argo_ring_message_header,
    xen_argo_send_addr,
    xen_argo_unregister_ring,
    xen_build_id,
    xen_cameraif_back_ring,
    xen_cameraif_front_ring,
    xen_compile_info,
    xen_cpuid_leaf,
    xen_displif_back_ring,
    xen_displif_front_ring,
    xen_dm_op_create_ioreq_server,
    xen_dm_op_destroy_ioreq_server,
    xen_dm_op_get_ioreq_server_info,
    xen_dm_op_inject_event,
    xen_dm_op_inject_msi,
    xen_dm_op_ioreq_server_range,
    xen_dm_op_map_mem_type_to_ioreq_server,
    xen_dm_op_modified_memory,
    xen_dm_op_nr_vcpus,
    xen_dm_op_pin_memory_cacheattr,
    xen_dm_op_relocate_memory,
    xen_dm_op_remote_shutdown,
    xen_dm_op_set_ioreq_server_state,
    xen_dm_op_set_irq_level,
    xen_dm_op_set_isa_irq_level,
    xen_dm_op_set_mem_type,
    xen_dm_op_set_pci_intx_level,
    xen_dm_op_set_pci_link_route,
    xen_dm_op_track_dirty_vram,
    xen_dm_op,
    xen_dm_op_buf,
    xen_dm_op_modified_memory_extent,
    xen_flask_access,
    xen_flask_boolean,
    xen_flask_cache_stats,
    xen_flask_devicetree_label,
    xen_flask_hash_stats,
    xen_flask_load,
    xen_flask_ocontext,
    xen_flask_peersid,
    xen_flask_relabel,
    xen_flask_setavc_threshold,
    xen_flask_setenforce,
    xen_flask_sid_context,
    xen_flask_transition,
    xen_flask_op,
    xen_memory_map,
    xen_foreign_memory_map,
    xen_hvm_altp2m_change_gfn,
    xen_hvm_altp2m_domain_state,
    xen_hvm_altp2m_get_vcpu_p2m_idx,
    xen_hvm_altp2m_mem_access,
    xen_hvm_altp2m_set_mem_access_multi,
    xen_hvm_altp2m_set_visibility,
    xen_hvm_altp2m_suppress_ve,
    xen_hvm_altp2m_suppress_ve_multi,
    xen_hvm_altp2m_vcpu_disable_notify,
    xen_hvm_altp2m_vcpu_enable_notify,
    xen_hvm_altp2m_view,
    xen_hvm_altp2m_op,
    xen_hvm_evtchn_upcall_vector,
    xen_hvm_get_mem_type,
    xen_hvm_get_time,
    xen_hvm_pagetable_dying,
    xen_hvm_param,
    xen_hvm_xentrace,
    xen_hypfs_direntry,
    xen_hypfs_dirlistentry,
    xen_kexec_exec,
    xen_kexec_image,
    xen_kexec_load,
    xen_kexec_load_v1,
    xen_kexec_range,
    xen_kexec_segment,
    xen_kexec_status,
    xen_kexec_unload,
    xen_machphys_mapping,
    xen_machphys_mfn_list,
    xen_mc_fetch,
    xen_mc_mceinject,
    xen_mc_msrinject,
    xen_mc_notifydomain,
    xen_mc_physcpuinfo,
    xen_mc,
    xen_mem_acquire_resource,
    xen_memory_domain,
    xen_memory_reservation,
    xen_memory_exchange,
    xen_msix_entry,
    xen_msr_entry,
    xen_multiboot_mod_list,
    xen_netif_ctrl_back_ring,
    xen_netif_ctrl_front_ring,
    xen_netif_ctrl_request,
    xen_netif_ctrl_response,
    xen_netif_gref,
    xen_pci_op,
    xen_pcie_aer_op,
    xen_pci_sharedinfo,
    xen_pct_register,
    xen_platform_parameters,
    xen_pmu_amd_ctxt,
    xen_pmu_intel_ctxt,
    xen_pmu_regs,
    xen_pmu_arch,
    xen_pmu_cntr_pair,
    xen_pmu_data,
    xen_pmu_params,
    xen_pod_target,
    xen_power_register,
    xen_psd_package,
    xen_processor_cppc,
    xen_processor_csd,
    xen_processor_cx,
    xen_processor_flags,
    xen_processor_performance,
    xen_processor_power,
    xen_processor_px,
    xen_pvcalls_accept,
    xen_pvcalls_back_ring,
    xen_pvcalls_bind,
    xen_pvcalls_connect,
    xen_pvcalls_dummy,
    xen_pvcalls_front_ring,
    xen_pvcalls_listen,
    xen_pvcalls_poll,
    xen_pvcalls_release,
    xen_pvcalls_socket,
    xen_pvcalls_request,
    xen_pvcalls_response,
    xen_remove_from_physmap,
    xen_sndif_back_ring,
    xen_sndif_front_ring,
    xen_varbuf,
    xen_vmemrange,
    xen_vnuma_topology_info,
    xencamera_buf_create_req,
    xencamera_buf_get_layout_resp,
    xencamera_buf_request,
    xencamera_config_req,
    xencamera_config_resp,
    xencamera_ctrl_enum_resp,
    xencamera_ctrl_value,
    xencamera_event_page,
    xencamera_frame_avail_evt,
    xencamera_evt,
    xencamera_frame_rate_req,
    xencamera_get_ctrl_req,
    xencamera_index,
    xencamera_req,
    xencamera_resp,
    xencomm_desc,
    xendispl_dbuf_create_req,
    xendispl_dbuf_destroy_req,
    xendispl_event_page,
    xendispl_pg_flip_evt,
    xendispl_evt,
    xendispl_fb_attach_req,
    xendispl_fb_detach_req,
    xendispl_get_edid_req,
    xendispl_get_edid_resp,
    xendispl_page_flip_req,
    xendispl_set_config_req,
    xendispl_req,
    xendispl_resp,
    xenfb_page,
    xenfb_refresh_period,
    xenfb_resize,
    xenfb_update,
    xenkbd_key,
    xenkbd_motion,
    xenkbd_mtouch,
    xenkbd_page,
    xenkbd_position,
    xennmi_callback,
    xenoprof_buf,
    xenoprof_counter,
    xenoprof_get_buffer,
    xenoprof_ibs_counter,
    xenoprof_init,
    xenoprof_passive,
    xenpf_add_memtype,
    xenpf_change_freq,
    xenpf_core_parking,
    xenpf_cpu_hotadd,
    xenpf_cpu_ol,
    xenpf_del_memtype,
    xenpf_efi_guid,
    xenpf_efi_time,
    xenpf_efi_runtime_call,
    xenpf_enter_acpi_sleep,
    xenpf_efi_info,
    xenpf_firmware_info,
    xenpf_getidletime,
    xenpf_mem_hotadd,
    xenpf_microcode_update,
    xenpf_microcode_update2,
    xenpf_pcpu_version,
    xenpf_pcpuinfo,
    xenpf_platform_quirk,
    xenpf_read_memtype,
    xenpf_resource_entry,
    xenpf_resource_op,
    xenpf_settime32,
    xenpf_settime64,
    xenpf_symdata,
    xenpf_ucode_revision,
    xensnd_cur_pos_evt,
    xensnd_event_page,
    xensnd_evt,
    xensnd_open_req,
    xensnd_query_hw_param,
    xensnd_rw_req,
    xensnd_trigger_req,
    xensnd_req,
    xensnd_resp,
    xsd_errors,
    xsd_sockmsg,
    blkif_sring_entry,
    netif_rx_sring_entry,
    netif_tx_sring_entry,
    usbif_conn_sring_entry,
    usbif_urb_sring_entry,
    vscsiif_sring_entry,
    xen_cameraif_sring_entry,
    xen_displif_sring_entry,
    xen_netif_ctrl_sring_entry,
    xen_pvcalls_sring_entry,
    xen_sndif_sring_entry,
    xenfb_in_event,
    xenfb_out_event,
    xenkbd_in_event,
    xenkbd_out_event,
    xen_uuid_t,
);

/// hvm/ioreq.h:112
pub const ACPI_GPE0_BLK_ADDRESS: u64 = 8040;
/// hvm/ioreq.h:98
pub const ACPI_GPE0_BLK_ADDRESS_V0: u64 = 8040;
/// hvm/ioreq.h:105
pub const ACPI_GPE0_BLK_ADDRESS_V1: u64 = 45024;
/// hvm/ioreq.h:113
pub const ACPI_GPE0_BLK_LEN: u64 = 8;
/// hvm/ioreq.h:99
pub const ACPI_GPE0_BLK_LEN_V0: u64 = 8;
/// hvm/ioreq.h:106
pub const ACPI_GPE0_BLK_LEN_V1: u64 = 4;
/// hvm/ioreq.h:110
pub const ACPI_PM1A_CNT_BLK_ADDRESS: u64 = 8004;
/// hvm/ioreq.h:96
pub const ACPI_PM1A_CNT_BLK_ADDRESS_V0: u64 = 8004;
/// hvm/ioreq.h:103
pub const ACPI_PM1A_CNT_BLK_ADDRESS_V1: u64 = 45060;
/// hvm/ioreq.h:109
pub const ACPI_PM1A_EVT_BLK_ADDRESS: u64 = 8000;
/// hvm/ioreq.h:95
pub const ACPI_PM1A_EVT_BLK_ADDRESS_V0: u64 = 8000;
/// hvm/ioreq.h:102
pub const ACPI_PM1A_EVT_BLK_ADDRESS_V1: u64 = 45056;
/// hvm/ioreq.h:111
pub const ACPI_PM_TMR_BLK_ADDRESS: u64 = 8008;
/// hvm/ioreq.h:97
pub const ACPI_PM_TMR_BLK_ADDRESS_V0: u64 = 8008;
/// hvm/ioreq.h:104
pub const ACPI_PM_TMR_BLK_ADDRESS_V1: u64 = 45064;
/// event_channel.h:143
pub const BIND_PIRQ__WILL_SHARE: u64 = 1;
/// io/blkif.h:676
pub const BLKIF_DISCARD_SECURE: u64 = 1;
/// io/blkif.h:629
pub const BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST: u64 = 8;
/// io/blkif.h:624
pub const BLKIF_MAX_SEGMENTS_PER_REQUEST: u64 = 11;
/// io/blkif.h:593
pub const BLKIF_OP_DISCARD: u64 = 5;
/// io/blkif.h:567
pub const BLKIF_OP_FLUSH_DISKCACHE: u64 = 3;
/// io/blkif.h:617
pub const BLKIF_OP_INDIRECT: u64 = 6;
/// io/blkif.h:550
pub const BLKIF_OP_READ: u64 = 0;
/// io/blkif.h:572
pub const BLKIF_OP_RESERVED_1: u64 = 4;
/// io/blkif.h:551
pub const BLKIF_OP_WRITE: u64 = 1;
/// io/blkif.h:560
pub const BLKIF_OP_WRITE_BARRIER: u64 = 2;
/// io/blkif.h:714
pub const BLKIF_RSP_EOPNOTSUPP: i64 = -2;
/// io/blkif.h:716
pub const BLKIF_RSP_ERROR: i64 = -1;
/// io/blkif.h:718
pub const BLKIF_RSP_OKAY: u64 = 0;
/// callback.h:61
pub const CALLBACKF_mask_events: u64 = 1;
/// callback.h:66
pub const CALLBACKOP_register: u64 = 0;
/// callback.h:81
pub const CALLBACKOP_unregister: u64 = 1;
/// callback.h:23
pub const CALLBACKTYPE_event: u64 = 0;
/// callback.h:26
pub const CALLBACKTYPE_failsafe: u64 = 1;
/// callback.h:38
pub const CALLBACKTYPE_nmi: u64 = 4;
/// callback.h:29
pub const CALLBACKTYPE_syscall: u64 = 2;
/// callback.h:54
pub const CALLBACKTYPE_syscall32: u64 = 7;
/// callback.h:48
pub const CALLBACKTYPE_sysenter: u64 = 5;
/// callback.h:35
pub const CALLBACKTYPE_sysenter_deprecated: u64 = 3;
/// xen.h:519
pub const CONSOLEIO_read: u64 = 1;
/// xen.h:518
pub const CONSOLEIO_write: u64 = 0;
/// arch-x86/hvm/save.h:626
pub const CPU_MSR_CODE: u64 = 20;
/// arch-x86/hvm/save.h:574
pub const CPU_XSAVE_CODE: u64 = 16;
/// bootfdt.h:20; since 4.21.0
pub const DOMAIN_CAPS_CONTROL: u64 = 1;
/// bootfdt.h:25; since 4.21.0
pub const DOMAIN_CAPS_HARDWARE: u64 = 2;
/// bootfdt.h:28; since 4.21.0
pub const DOMAIN_CAPS_MASK: u64 = 7;
/// bootfdt.h:27; since 4.21.0
pub const DOMAIN_CAPS_XENSTORE: u64 = 4;
/// xen.h:616; since 4.22.0
pub const DOMID_ANY: u64 = 32757;
/// xen.h:606
pub const DOMID_COW: u64 = 32755;
/// xen.h:575
pub const DOMID_FIRST_RESERVED: u64 = 32752;
/// xen.h:619
pub const DOMID_IDLE: u64 = 32767;
/// xen.h:609
pub const DOMID_INVALID: u64 = 32756;
/// xen.h:591
pub const DOMID_IO: u64 = 32753;
/// xen.h:622
pub const DOMID_MASK: u64 = 32767;
/// xen.h:578
pub const DOMID_SELF: u64 = 32752;
/// xen.h:602
pub const DOMID_XEN: u64 = 32754;
/// tmem.h:53; until 4.18.6
pub const EEMPTY: u64 = 1001;
/// tmem.h:52; until 4.18.6
pub const EFROZEN: u64 = 1000;
/// io/fsif.h:105
pub const ERROR_MASK: u64 = 281474976645120;
/// io/fsif.h:104
pub const ERROR_SHIFT: u64 = 16;
/// io/fsif.h:103
pub const ERROR_SIZE: u64 = 32;
/// event_channel.h:52
pub const EVTCHNOP_alloc_unbound: u64 = 6;
/// event_channel.h:46
pub const EVTCHNOP_bind_interdomain: u64 = 0;
/// event_channel.h:53
pub const EVTCHNOP_bind_ipi: u64 = 7;
/// event_channel.h:48
pub const EVTCHNOP_bind_pirq: u64 = 2;
/// event_channel.h:54
pub const EVTCHNOP_bind_vcpu: u64 = 8;
/// event_channel.h:47
pub const EVTCHNOP_bind_virq: u64 = 1;
/// event_channel.h:49
pub const EVTCHNOP_close: u64 = 3;
/// event_channel.h:58
pub const EVTCHNOP_expand_array: u64 = 12;
/// event_channel.h:57
pub const EVTCHNOP_init_control: u64 = 11;
/// event_channel.h:56
pub const EVTCHNOP_reset: u64 = 10;
/// event_channel.h:50
pub const EVTCHNOP_send: u64 = 4;
/// event_channel.h:59
pub const EVTCHNOP_set_priority: u64 = 13;
/// event_channel.h:51
pub const EVTCHNOP_status: u64 = 5;
/// event_channel.h:55
pub const EVTCHNOP_unmask: u64 = 9;
/// event_channel.h:197
pub const EVTCHNSTAT_closed: u64 = 0;
/// event_channel.h:199
pub const EVTCHNSTAT_interdomain: u64 = 2;
/// event_channel.h:202
pub const EVTCHNSTAT_ipi: u64 = 5;
/// event_channel.h:200
pub const EVTCHNSTAT_pirq: u64 = 3;
/// event_channel.h:198
pub const EVTCHNSTAT_unbound: u64 = 1;
/// event_channel.h:201
pub const EVTCHNSTAT_virq: u64 = 4;
/// event_channel.h:329
pub const EVTCHN_2L_NR_CHANNELS: u64 = 1024;
/// event_channel.h:347
pub const EVTCHN_FIFO_BUSY: u64 = 28;
/// event_channel.h:346
pub const EVTCHN_FIFO_LINKED: u64 = 29;
/// event_channel.h:349
pub const EVTCHN_FIFO_LINK_BITS: u64 = 17;
/// event_channel.h:350
pub const EVTCHN_FIFO_LINK_MASK: u64 = 131071;
/// event_channel.h:345
pub const EVTCHN_FIFO_MASKED: u64 = 30;
/// event_channel.h:340
pub const EVTCHN_FIFO_MAX_QUEUES: u64 = 16;
/// event_channel.h:352
pub const EVTCHN_FIFO_NR_CHANNELS: u64 = 131072;
/// event_channel.h:344
pub const EVTCHN_FIFO_PENDING: u64 = 31;
/// event_channel.h:337
pub const EVTCHN_FIFO_PRIORITY_DEFAULT: u64 = 7;
/// event_channel.h:336
pub const EVTCHN_FIFO_PRIORITY_MAX: u64 = 0;
/// event_channel.h:338
pub const EVTCHN_FIFO_PRIORITY_MIN: u64 = 15;
/// arch-x86/xen.h:83
pub const FIRST_RESERVED_GDT_BYTE: u64 = 57344;
/// arch-x86/xen.h:84
pub const FIRST_RESERVED_GDT_ENTRY: u64 = 7168;
/// arch-x86/xen.h:82
pub const FIRST_RESERVED_GDT_PAGE: u64 = 14;
/// xsm/flask_op.h:165
pub const FLASK_ACCESS: u64 = 6;
/// xsm/flask_op.h:180
pub const FLASK_ADD_OCONTEXT: u64 = 21;
/// xsm/flask_op.h:178
pub const FLASK_AVC_CACHESTATS: u64 = 19;
/// xsm/flask_op.h:177
pub const FLASK_AVC_HASHSTATS: u64 = 18;
/// xsm/flask_op.h:172
pub const FLASK_COMMITBOOLS: u64 = 13;
/// xsm/flask_op.h:163
pub const FLASK_CONTEXT_TO_SID: u64 = 4;
/// xsm/flask_op.h:166
pub const FLASK_CREATE: u64 = 7;
/// xsm/flask_op.h:181
pub const FLASK_DEL_OCONTEXT: u64 = 22;
/// xsm/flask_op.h:184
pub const FLASK_DEVICETREE_LABEL: u64 = 25;
/// xsm/flask_op.h:174
pub const FLASK_DISABLE: u64 = 15;
/// xsm/flask_op.h:175
pub const FLASK_GETAVC_THRESHOLD: u64 = 16;
/// xsm/flask_op.h:170
pub const FLASK_GETBOOL: u64 = 11;
/// xsm/flask_op.h:161
pub const FLASK_GETENFORCE: u64 = 2;
/// xsm/flask_op.h:182
pub const FLASK_GET_PEER_SID: u64 = 23;
/// xsm/flask_op.h:160
pub const FLASK_LOAD: u64 = 1;
/// xsm/flask_op.h:179
pub const FLASK_MEMBER: u64 = 20;
/// xsm/flask_op.h:173
pub const FLASK_MLS: u64 = 14;
/// xsm/flask_op.h:169
pub const FLASK_POLICYVERS: u64 = 10;
/// xsm/flask_op.h:167
pub const FLASK_RELABEL: u64 = 8;
/// xsm/flask_op.h:183
pub const FLASK_RELABEL_DOMAIN: u64 = 24;
/// xsm/flask_op.h:176
pub const FLASK_SETAVC_THRESHOLD: u64 = 17;
/// xsm/flask_op.h:171
pub const FLASK_SETBOOL: u64 = 12;
/// xsm/flask_op.h:162
pub const FLASK_SETENFORCE: u64 = 3;
/// xsm/flask_op.h:164
pub const FLASK_SID_TO_CONTEXT: u64 = 5;
/// xsm/flask_op.h:168
pub const FLASK_USER: u64 = 9;
/// arch-x86/xen-x86_32.h:34
pub const FLAT_KERNEL_CS: u64 = 57369;
/// arch-x86/xen-x86_32.h:35
pub const FLAT_KERNEL_DS: u64 = 57377;
/// arch-x86/xen-x86_32.h:36
pub const FLAT_KERNEL_SS: u64 = 57377;
/// arch-x86/xen-x86_32.h:27
pub const FLAT_RING1_CS: u64 = 57369;
/// arch-x86/xen-x86_32.h:28
pub const FLAT_RING1_DS: u64 = 57377;
/// arch-x86/xen-x86_32.h:29
pub const FLAT_RING1_SS: u64 = 57377;
/// arch-x86/xen-x86_32.h:30
pub const FLAT_RING3_CS: u64 = 57387;
/// arch-x86/xen-x86_32.h:31
pub const FLAT_RING3_DS: u64 = 57395;
/// arch-x86/xen-x86_32.h:32
pub const FLAT_RING3_SS: u64 = 57395;
/// arch-x86/xen-x86_32.h:37
pub const FLAT_USER_CS: u64 = 57387;
/// arch-x86/xen-x86_32.h:38
pub const FLAT_USER_DS: u64 = 57395;
/// arch-x86/xen-x86_32.h:39
pub const FLAT_USER_SS: u64 = 57395;
/// io/fsif.h:160
pub const FSIF_RING_ENTRY_SIZE: u64 = 64;
/// grant_table.h:441
pub const GNTCOPY_dest_gref: u64 = 2;
/// grant_table.h:439
pub const GNTCOPY_source_gref: u64 = 1;
/// grant_table.h:605
pub const GNTMAP_application_map: u64 = 8;
/// grant_table.h:633; until 4.15.7
pub const GNTMAP_can_fail: u64 = 32;
/// grant_table.h:613
pub const GNTMAP_contains_pte: u64 = 16;
/// grant_table.h:592
pub const GNTMAP_device_map: u64 = 1;
/// grant_table.h:620
pub const GNTMAP_guest_avail_mask: u64 = 4294901760;
/// grant_table.h:595
pub const GNTMAP_host_map: u64 = 2;
/// grant_table.h:598
pub const GNTMAP_readonly: u64 = 4;
/// grant_table.h:637
pub const GNTST_address_too_big: i64 = -11;
/// grant_table.h:636
pub const GNTST_bad_copy_arg: i64 = -10;
/// grant_table.h:632
pub const GNTST_bad_dev_addr: i64 = -6;
/// grant_table.h:628
pub const GNTST_bad_domain: i64 = -2;
/// grant_table.h:629
pub const GNTST_bad_gntref: i64 = -3;
/// grant_table.h:630
pub const GNTST_bad_handle: i64 = -4;
/// grant_table.h:635
pub const GNTST_bad_page: i64 = -9;
/// grant_table.h:631
pub const GNTST_bad_virt_addr: i64 = -5;
/// grant_table.h:638
pub const GNTST_eagain: i64 = -12;
/// grant_table.h:627
pub const GNTST_general_error: i64 = -1;
/// grant_table.h:633
pub const GNTST_no_device_space: i64 = -7;
/// grant_table.h:639; since 4.16.0
pub const GNTST_no_space: i64 = -13;
/// grant_table.h:626
pub const GNTST_okay: u64 = 0;
/// grant_table.h:634
pub const GNTST_permission_denied: i64 = -8;
/// grant_table.h:300
pub const GNTTABOP_cache_flush: u64 = 12;
/// grant_table.h:292
pub const GNTTABOP_copy: u64 = 5;
/// grant_table.h:290
pub const GNTTABOP_dump_table: u64 = 3;
/// grant_table.h:297
pub const GNTTABOP_get_status_frames: u64 = 9;
/// grant_table.h:298
pub const GNTTABOP_get_version: u64 = 10;
/// grant_table.h:287
pub const GNTTABOP_map_grant_ref: u64 = 0;
/// grant_table.h:293
pub const GNTTABOP_query_size: u64 = 6;
/// grant_table.h:296
pub const GNTTABOP_set_version: u64 = 8;
/// grant_table.h:289
pub const GNTTABOP_setup_table: u64 = 2;
/// grant_table.h:299
pub const GNTTABOP_swap_grant_ref: u64 = 11;
/// grant_table.h:291
pub const GNTTABOP_transfer: u64 = 4;
/// grant_table.h:294
pub const GNTTABOP_unmap_and_replace: u64 = 7;
/// grant_table.h:288
pub const GNTTABOP_unmap_grant_ref: u64 = 1;
/// grant_table.h:577
pub const GNTTAB_CACHE_CLEAN: u64 = 1;
/// grant_table.h:578
pub const GNTTAB_CACHE_INVAL: u64 = 2;
/// grant_table.h:579
pub const GNTTAB_CACHE_SOURCE_GREF: u64 = 2147483648;
/// grant_table.h:133
pub const GNTTAB_NR_RESERVED_ENTRIES: u64 = 8;
/// grant_table.h:134
pub const GNTTAB_RESERVED_CONSOLE: u64 = 0;
/// grant_table.h:135
pub const GNTTAB_RESERVED_XENSTORE: u64 = 1;
/// grant_table.h:175
pub const GTF_PAT: u64 = 128;
/// grant_table.h:173
pub const GTF_PCD: u64 = 64;
/// grant_table.h:171
pub const GTF_PWT: u64 = 32;
/// grant_table.h:148
pub const GTF_accept_transfer: u64 = 2;
/// grant_table.h:146
pub const GTF_invalid: u64 = 0;
/// grant_table.h:147
pub const GTF_permit_access: u64 = 1;
/// grant_table.h:167
pub const GTF_reading: u64 = 8;
/// grant_table.h:165
pub const GTF_readonly: u64 = 4;
/// grant_table.h:177
pub const GTF_sub_page: u64 = 256;
/// grant_table.h:190
pub const GTF_transfer_committed: u64 = 4;
/// grant_table.h:192
pub const GTF_transfer_completed: u64 = 8;
/// grant_table.h:149
pub const GTF_transitive: u64 = 3;
/// grant_table.h:150
pub const GTF_type_mask: u64 = 3;
/// grant_table.h:169
pub const GTF_writing: u64 = 16;
/// io/fsif.h:107
pub const HAS_MORE_FLAG: u64 = 281474976710656;
/// io/fsif.h:106
pub const HAS_MORE_SHIFT: u64 = 48;
/// arch-x86/hvm/save.h:500
pub const HPET_TIMER_NUM: u64 = 3;
/// hvm/hvm_op.h:112
pub const HVMMEM_ioreq_server: u64 = 4;
/// hvm/hvm_op.h:112
pub const HVMMEM_mmio_dm: u64 = 2;
/// hvm/hvm_op.h:112
pub const HVMMEM_ram_ro: u64 = 1;
/// hvm/hvm_op.h:112
pub const HVMMEM_ram_rw: u64 = 0;
/// hvm/hvm_op.h:112
pub const HVMMEM_unused: u64 = 3;
/// hvm/hvm_op.h:211
pub const HVMOP_ALTP2M_INTERFACE_VERSION: u64 = 1;
/// hvm/hvm_op.h:209
pub const HVMOP_altp2m: u64 = 25;
/// hvm/hvm_op.h:327
pub const HVMOP_altp2m_change_gfn: u64 = 8;
/// hvm/hvm_op.h:319
pub const HVMOP_altp2m_create_p2m: u64 = 4;
/// hvm/hvm_op.h:321
pub const HVMOP_altp2m_destroy_p2m: u64 = 5;
/// hvm/hvm_op.h:314
pub const HVMOP_altp2m_get_domain_state: u64 = 1;
/// hvm/hvm_op.h:335
pub const HVMOP_altp2m_get_mem_access: u64 = 12;
/// hvm/hvm_op.h:339
pub const HVMOP_altp2m_get_p2m_idx: u64 = 14;
/// hvm/hvm_op.h:333
pub const HVMOP_altp2m_get_suppress_ve: u64 = 11;
/// hvm/hvm_op.h:315
pub const HVMOP_altp2m_set_domain_state: u64 = 2;
/// hvm/hvm_op.h:325
pub const HVMOP_altp2m_set_mem_access: u64 = 7;
/// hvm/hvm_op.h:329
pub const HVMOP_altp2m_set_mem_access_multi: u64 = 9;
/// hvm/hvm_op.h:331
pub const HVMOP_altp2m_set_suppress_ve: u64 = 10;
/// hvm/hvm_op.h:341
pub const HVMOP_altp2m_set_suppress_ve_multi: u64 = 15;
/// hvm/hvm_op.h:343
pub const HVMOP_altp2m_set_visibility: u64 = 16;
/// hvm/hvm_op.h:323
pub const HVMOP_altp2m_switch_p2m: u64 = 6;
/// hvm/hvm_op.h:337
pub const HVMOP_altp2m_vcpu_disable_notify: u64 = 13;
/// hvm/hvm_op.h:317
pub const HVMOP_altp2m_vcpu_enable_notify: u64 = 3;
/// hvm/hvm_op.h:86
pub const HVMOP_flush_tlbs: u64 = 5;
/// hvm/hvm_op.h:155
pub const HVMOP_get_mem_type: u64 = 15;
/// hvm/hvm_op.h:15
pub const HVMOP_get_param: u64 = 1;
/// hvm/hvm_op.h:129
pub const HVMOP_get_time: u64 = 10;
/// hvm/hvm_op.h:206
pub const HVMOP_guest_request_vm_event: u64 = 24;
/// hvm/hvm_op.h:117
pub const HVMOP_pagetable_dying: u64 = 9;
/// hvm/hvm_op.h:196
pub const HVMOP_set_evtchn_upcall_vector: u64 = 23;
/// hvm/hvm_op.h:14
pub const HVMOP_set_param: u64 = 0;
/// hvm/hvm_op.h:136
pub const HVMOP_xentrace: u64 = 11;
/// hvm/params.h:199
pub const HVMPTM_delay_for_missed_ticks: u64 = 0;
/// hvm/params.h:200
pub const HVMPTM_no_delay_for_missed_ticks: u64 = 1;
/// hvm/params.h:201
pub const HVMPTM_no_missed_ticks_pending: u64 = 2;
/// hvm/params.h:202
pub const HVMPTM_one_missed_tick_pending: u64 = 3;
/// hvm/params.h:132
pub const HVMPV_apic_assist: u64 = 32;
/// hvm/params.h:106
pub const HVMPV_base_freq: u64 = 1;
/// hvm/params.h:160
pub const HVMPV_cpu_hotplug: u64 = 4096;
/// hvm/params.h:136
pub const HVMPV_crash_ctl: u64 = 64;
/// hvm/params.h:152
pub const HVMPV_ex_processor_masks: u64 = 1024;
/// hvm/params.h:162
pub const HVMPV_feature_mask: u64 = 8191;
/// hvm/params.h:148
pub const HVMPV_hcall_ipi: u64 = 512;
/// hvm/params.h:128
pub const HVMPV_hcall_remote_tlb_flush: u64 = 16;
/// hvm/params.h:116
pub const HVMPV_no_freq: u64 = 2;
/// hvm/params.h:156
pub const HVMPV_no_vp_limit: u64 = 2048;
/// hvm/params.h:124
pub const HVMPV_reference_tsc: u64 = 8;
/// hvm/params.h:144
pub const HVMPV_stimer: u64 = 256;
/// hvm/params.h:140
pub const HVMPV_synic: u64 = 128;
/// hvm/params.h:120
pub const HVMPV_time_ref_count: u64 = 4;
/// hvm/e820.h:18
pub const HVM_BELOW_4G_MMIO_LENGTH: u64 = 268435456;
/// hvm/e820.h:17
pub const HVM_BELOW_4G_MMIO_START: u64 = 4026531840;
/// hvm/e820.h:16
pub const HVM_BELOW_4G_RAM_END: u64 = 4026531840;
/// hvm/e820.h:13
pub const HVM_E820_NR_OFFSET: u64 = 488;
/// hvm/e820.h:14
pub const HVM_E820_OFFSET: u64 = 720;
/// hvm/e820.h:12
pub const HVM_E820_PAGE: u64 = 589824;
/// arch-x86/hvm/save.h:18
pub const HVM_FILE_MAGIC: u64 = 1412960902;
/// arch-x86/hvm/save.h:19
pub const HVM_FILE_VERSION: u64 = 1;
/// hvm/hvm_info_table.h:14
pub const HVM_INFO_OFFSET: u64 = 2048;
/// hvm/hvm_info_table.h:15
pub const HVM_INFO_PADDR: u64 = 653312;
/// hvm/hvm_info_table.h:13
pub const HVM_INFO_PFN: u64 = 159;
/// hvm/hvm_info_table.h:18
pub const HVM_MAX_VCPUS: u64 = 128;
/// hvm/params.h:294
pub const HVM_NR_PARAMS: u64 = 39;
/// hvm/params.h:232
pub const HVM_PARAM_ACPI_IOPORTS_LOCATION: u64 = 19;
/// hvm/params.h:211
pub const HVM_PARAM_ACPI_S_STATE: u64 = 14;
/// hvm/params.h:255
pub const HVM_PARAM_ALTP2M: u64 = 35;
/// hvm/params.h:82
pub const HVM_PARAM_BUFIOREQ_PFN: u64 = 6;
/// hvm/params.h:31
pub const HVM_PARAM_CALLBACK_IRQ: u64 = 0;
/// hvm/params.h:32
pub const HVM_PARAM_CALLBACK_IRQ_TYPE_MASK: u64 = 18374686479671623680;
/// hvm/params.h:40
pub const HVM_PARAM_CALLBACK_TYPE_GSI: u64 = 0;
/// hvm/params.h:46
pub const HVM_PARAM_CALLBACK_TYPE_PCI_INTX: u64 = 1;
/// hvm/params.h:53
pub const HVM_PARAM_CALLBACK_TYPE_VECTOR: u64 = 2;
/// hvm/params.h:221
pub const HVM_PARAM_CONSOLE_EVTCHN: u64 = 18;
/// hvm/params.h:220
pub const HVM_PARAM_CONSOLE_PFN: u64 = 17;
/// hvm/params.h:205
pub const HVM_PARAM_HPET_ENABLED: u64 = 11;
/// hvm/params.h:208
pub const HVM_PARAM_IDENT_PT: u64 = 12;
/// hvm/params.h:80
pub const HVM_PARAM_IOREQ_PFN: u64 = 5;
/// hvm/params.h:242
pub const HVM_PARAM_IOREQ_SERVER_PFN: u64 = 32;
/// hvm/params.h:290
pub const HVM_PARAM_MCA_CAP: u64 = 38;
/// hvm/params.h:236
pub const HVM_PARAM_MONITOR_RING_PFN: u64 = 28;
/// hvm/params.h:243
pub const HVM_PARAM_NR_IOREQ_SERVER_PAGES: u64 = 33;
/// hvm/params.h:235
pub const HVM_PARAM_PAGING_RING_PFN: u64 = 27;
/// hvm/params.h:237
pub const HVM_PARAM_SHARING_RING_PFN: u64 = 29;
/// hvm/params.h:78
pub const HVM_PARAM_STORE_EVTCHN: u64 = 2;
/// hvm/params.h:77
pub const HVM_PARAM_STORE_PFN: u64 = 1;
/// hvm/params.h:198
pub const HVM_PARAM_TIMER_MODE: u64 = 10;
/// hvm/params.h:240
pub const HVM_PARAM_TRIPLE_FAULT_REASON: u64 = 31;
/// hvm/params.h:95
pub const HVM_PARAM_VIRIDIAN: u64 = 9;
/// hvm/params.h:214
pub const HVM_PARAM_VM86_TSS: u64 = 15;
/// hvm/params.h:287
pub const HVM_PARAM_VM86_TSS_SIZED: u64 = 37;
/// hvm/params.h:246
pub const HVM_PARAM_VM_GENERATION_ID_ADDR: u64 = 34;
/// hvm/params.h:217
pub const HVM_PARAM_VPT_ALIGN: u64 = 16;
/// hvm/params.h:281
pub const HVM_PARAM_X87_FIP_WIDTH: u64 = 36;
/// arch-x86/hvm/save.h:633
pub const HVM_SAVE_CODE_MAX: u64 = 20;
/// arch-x86/xen-x86_32.h:64
pub const HYPERVISOR_VIRT_START: u64 = 4118806528;
/// arch-x86/xen-x86_32.h:52
pub const HYPERVISOR_VIRT_START_NONPAE: u64 = 4227858432;
/// arch-x86/xen-x86_32.h:44
pub const HYPERVISOR_VIRT_START_PAE: u64 = 4118806528;
/// hvm/ioreq.h:67
pub const IOREQ_BUFFER_SLOT_NUM: u64 = 511;
/// hvm/ioreq.h:10
pub const IOREQ_READ: u64 = 1;
/// hvm/ioreq.h:19
pub const IOREQ_TYPE_COPY: u64 = 1;
/// hvm/ioreq.h:22
pub const IOREQ_TYPE_INVALIDATE: u64 = 8;
/// hvm/ioreq.h:20
pub const IOREQ_TYPE_PCI_CONFIG: u64 = 2;
/// hvm/ioreq.h:18
pub const IOREQ_TYPE_PIO: u64 = 0;
/// hvm/ioreq.h:21
pub const IOREQ_TYPE_TIMEOFFSET: u64 = 7;
/// hvm/ioreq.h:11
pub const IOREQ_WRITE: u64 = 0;
/// kexec.h:106
pub const KEXEC_CMD_kexec: u64 = 0;
/// kexec.h:144
pub const KEXEC_CMD_kexec_get_range: u64 = 3;
/// kexec.h:188
pub const KEXEC_CMD_kexec_load: u64 = 4;
/// kexec.h:116
pub const KEXEC_CMD_kexec_load_v1: u64 = 1;
/// kexec.h:221
pub const KEXEC_CMD_kexec_status: u64 = 6;
/// kexec.h:207
pub const KEXEC_CMD_kexec_unload: u64 = 5;
/// kexec.h:117
pub const KEXEC_CMD_kexec_unload_v1: u64 = 2;
/// kexec.h:131
pub const KEXEC_RANGE_MA_BOOT_PARAM: u64 = 4;
/// kexec.h:125
pub const KEXEC_RANGE_MA_CPU: u64 = 2;
/// kexec.h:123
pub const KEXEC_RANGE_MA_CRASH: u64 = 0;
/// kexec.h:133
pub const KEXEC_RANGE_MA_EFI_MEMMAP: u64 = 5;
/// kexec.h:135
pub const KEXEC_RANGE_MA_VMCOREINFO: u64 = 6;
/// kexec.h:124
pub const KEXEC_RANGE_MA_XEN: u64 = 1;
/// kexec.h:126
pub const KEXEC_RANGE_MA_XENHEAP: u64 = 3;
/// kexec.h:67
pub const KEXEC_TYPE_CRASH: u64 = 1;
/// kexec.h:66
pub const KEXEC_TYPE_DEFAULT: u64 = 0;
/// kexec.h:45
pub const KEXEC_XEN_NO_PAGES: u64 = 17;
/// arch-x86/xen-x86_32.h:69
pub const MACH2PHYS_NR_ENTRIES: u64 = 4194304;
/// arch-x86/xen-x86_32.h:68
pub const MACH2PHYS_VIRT_END: u64 = 4135583744;
/// arch-x86/xen-x86_32.h:56
pub const MACH2PHYS_VIRT_END_NONPAE: u64 = 4232052736;
/// arch-x86/xen-x86_32.h:46
pub const MACH2PHYS_VIRT_END_PAE: u64 = 4135583744;
/// arch-x86/xen-x86_32.h:67
pub const MACH2PHYS_VIRT_START: u64 = 4118806528;
/// arch-x86/xen-x86_32.h:54
pub const MACH2PHYS_VIRT_START_NONPAE: u64 = 4227858432;
/// arch-x86/xen-x86_32.h:45
pub const MACH2PHYS_VIRT_START_PAE: u64 = 4118806528;
/// physdev.h:139
pub const MAP_PIRQ_TYPE_GSI: u64 = 1;
/// physdev.h:138
pub const MAP_PIRQ_TYPE_MSI: u64 = 0;
/// physdev.h:141
pub const MAP_PIRQ_TYPE_MSI_SEG: u64 = 3;
/// physdev.h:142
pub const MAP_PIRQ_TYPE_MULTI_MSI: u64 = 4;
/// physdev.h:140
pub const MAP_PIRQ_TYPE_UNKNOWN: u64 = 2;
/// xen.h:878
pub const MAX_GUEST_CMDLINE: u64 = 1024;
/// xenoprof.h:43
pub const MAX_OPROF_DOMAINS: u64 = 25;
/// xenoprof.h:42
pub const MAX_OPROF_EVENTS: u64 = 32;
/// arch-x86/xen-mca.h:206
pub const MAX_UNION_SIZE: u64 = 16;
/// arch-x86/xen-mca.h:224
pub const MCINFO_FLAGS_UNCOMPLETE: u64 = 1;
/// arch-x86/xen-mca.h:221
pub const MCINFO_HYPERCALLSIZE: u64 = 1024;
/// arch-x86/xen-mca.h:222
pub const MCINFO_MAXSIZE: u64 = 768;
/// arch-x86/xen-mca.h:180
pub const MC_ACTION_CACHE_SHRINK: u64 = 4;
/// arch-x86/xen-mca.h:178
pub const MC_ACTION_CPU_OFFLINE: u64 = 2;
/// arch-x86/xen-mca.h:176
pub const MC_ACTION_PAGE_OFFLINE: u64 = 1;
/// arch-x86/xen-mca.h:245
pub const MC_CAPS_AMD_ECX: u64 = 6;
/// arch-x86/xen-mca.h:240
pub const MC_CAPS_AMD_EDX: u64 = 1;
/// arch-x86/xen-mca.h:242
pub const MC_CAPS_LINUX: u64 = 3;
/// arch-x86/xen-mca.h:243
pub const MC_CAPS_STD_ECX: u64 = 4;
/// arch-x86/xen-mca.h:239
pub const MC_CAPS_STD_EDX: u64 = 0;
/// arch-x86/xen-mca.h:241
pub const MC_CAPS_TM: u64 = 2;
/// arch-x86/xen-mca.h:244
pub const MC_CAPS_VIA: u64 = 5;
/// arch-x86/xen-mca.h:105
pub const MC_FLAG_CMCI: u64 = 32;
/// arch-x86/xen-mca.h:100
pub const MC_FLAG_CORRECTABLE: u64 = 1;
/// arch-x86/xen-mca.h:106
pub const MC_FLAG_MCE: u64 = 64;
/// arch-x86/xen-mca.h:103
pub const MC_FLAG_POLLED: u64 = 8;
/// arch-x86/xen-mca.h:102
pub const MC_FLAG_RECOVERABLE: u64 = 4;
/// arch-x86/xen-mca.h:104
pub const MC_FLAG_RESET: u64 = 16;
/// arch-x86/xen-mca.h:101
pub const MC_FLAG_UNCORRECTABLE: u64 = 2;
/// arch-x86/xen-mca.h:395
pub const MC_MSRINJ_F_GPADDR: u64 = 2;
/// arch-x86/xen-mca.h:394
pub const MC_MSRINJ_F_INTERPOSE: u64 = 1;
/// arch-x86/xen-mca.h:380
pub const MC_MSRINJ_MAXMSRS: u64 = 8;
/// arch-x86/xen-mca.h:238
pub const MC_NCAPS: u64 = 7;
/// arch-x86/xen-mca.h:90
pub const MC_TYPE_BANK: u64 = 1;
/// arch-x86/xen-mca.h:91
pub const MC_TYPE_EXTENDED: u64 = 2;
/// arch-x86/xen-mca.h:89
pub const MC_TYPE_GLOBAL: u64 = 0;
/// arch-x86/xen-mca.h:92
pub const MC_TYPE_RECOVERY: u64 = 3;
/// xen.h:433
pub const MMUEXT_CLEAR_PAGE: u64 = 16;
/// xen.h:434
pub const MMUEXT_COPY_PAGE: u64 = 17;
/// xen.h:430
pub const MMUEXT_FLUSH_CACHE: u64 = 12;
/// xen.h:435
pub const MMUEXT_FLUSH_CACHE_GLOBAL: u64 = 18;
/// xen.h:429
pub const MMUEXT_INVLPG_ALL: u64 = 11;
/// xen.h:425
pub const MMUEXT_INVLPG_LOCAL: u64 = 7;
/// xen.h:427
pub const MMUEXT_INVLPG_MULTI: u64 = 9;
/// xen.h:436
pub const MMUEXT_MARK_SUPER: u64 = 19;
/// xen.h:423
pub const MMUEXT_NEW_BASEPTR: u64 = 5;
/// xen.h:432
pub const MMUEXT_NEW_USER_BASEPTR: u64 = 15;
/// xen.h:418
pub const MMUEXT_PIN_L1_TABLE: u64 = 0;
/// xen.h:419
pub const MMUEXT_PIN_L2_TABLE: u64 = 1;
/// xen.h:420
pub const MMUEXT_PIN_L3_TABLE: u64 = 2;
/// xen.h:421
pub const MMUEXT_PIN_L4_TABLE: u64 = 3;
/// xen.h:431
pub const MMUEXT_SET_LDT: u64 = 13;
/// xen.h:428
pub const MMUEXT_TLB_FLUSH_ALL: u64 = 10;
/// xen.h:424
pub const MMUEXT_TLB_FLUSH_LOCAL: u64 = 6;
/// xen.h:426
pub const MMUEXT_TLB_FLUSH_MULTI: u64 = 8;
/// xen.h:437
pub const MMUEXT_UNMARK_SUPER: u64 = 20;
/// xen.h:422
pub const MMUEXT_UNPIN_TABLE: u64 = 4;
/// xen.h:348
pub const MMU_MACHPHYS_UPDATE: u64 = 1;
/// xen.h:347
pub const MMU_NORMAL_PT_UPDATE: u64 = 0;
/// xen.h:350
pub const MMU_PT_UPDATE_NO_TRANSLATE: u64 = 3;
/// xen.h:349
pub const MMU_PT_UPDATE_PRESERVE_AD: u64 = 2;
/// arch-x86/hvm/save.h:543
pub const MTRR_VCNT: u64 = 8;
/// io/netif.h:1075
pub const NETIF_RSP_DROPPED: i64 = -2;
/// io/netif.h:1076
pub const NETIF_RSP_ERROR: i64 = -1;
/// io/netif.h:1079
pub const NETIF_RSP_NULL: u64 = 1;
/// io/netif.h:1077
pub const NETIF_RSP_OKAY: u64 = 0;
/// io/netif.h:1046
pub const NETRXF_csum_blank: u64 = 2;
/// io/netif.h:1042
pub const NETRXF_data_validated: u64 = 1;
/// io/netif.h:1054
pub const NETRXF_extra_info: u64 = 8;
/// io/netif.h:1058
pub const NETRXF_gso_prefix: u64 = 16;
/// io/netif.h:1050
pub const NETRXF_more_data: u64 = 4;
/// io/netif.h:959
pub const NETTXF_csum_blank: u64 = 1;
/// io/netif.h:963
pub const NETTXF_data_validated: u64 = 2;
/// io/netif.h:971
pub const NETTXF_extra_info: u64 = 8;
/// io/netif.h:967
pub const NETTXF_more_data: u64 = 4;
/// io/fsif.h:102
pub const NR_FILES_MASK: u64 = 65535;
/// io/fsif.h:100
pub const NR_FILES_SHIFT: u64 = 0;
/// io/fsif.h:101
pub const NR_FILES_SIZE: u64 = 16;
/// xen.h:202
pub const NR_VIRQS: u64 = 24;
/// arch-x86/hvm/save.h:544
pub const NUM_FIXED_MSR: u64 = 11;
/// physdev.h:320; since 4.20.0
pub const PCI_DEVICE_RESET_COLD: u64 = 0;
/// physdev.h:323; since 4.20.0
pub const PCI_DEVICE_RESET_FLR: u64 = 3;
/// physdev.h:322; since 4.20.0
pub const PCI_DEVICE_RESET_HOT: u64 = 2;
/// physdev.h:324; since 4.20.0
pub const PCI_DEVICE_RESET_MASK: u64 = 3;
/// physdev.h:321; since 4.20.0
pub const PCI_DEVICE_RESET_WARM: u64 = 1;
/// physdev.h:332
pub const PHYSDEVOP_DBGP_BUS_PCI: u64 = 1;
/// physdev.h:331
pub const PHYSDEVOP_DBGP_BUS_UNKNOWN: u64 = 0;
/// physdev.h:329
pub const PHYSDEVOP_DBGP_RESET_DONE: u64 = 2;
/// physdev.h:328
pub const PHYSDEVOP_DBGP_RESET_PREPARE: u64 = 1;
/// physdev.h:351
pub const PHYSDEVOP_IRQ_UNMASK_NOTIFY: u64 = 4;
/// physdev.h:127
pub const PHYSDEVOP_alloc_irq_vector: u64 = 10;
/// physdev.h:111
pub const PHYSDEVOP_apic_read: u64 = 8;
/// physdev.h:112
pub const PHYSDEVOP_apic_write: u64 = 9;
/// physdev.h:334
pub const PHYSDEVOP_dbgp_op: u64 = 29;
/// physdev.h:22
pub const PHYSDEVOP_eoi: u64 = 12;
/// physdev.h:128
pub const PHYSDEVOP_free_irq_vector: u64 = 11;
/// physdev.h:245
pub const PHYSDEVOP_get_free_pirq: u64 = 23;
/// physdev.h:57
pub const PHYSDEVOP_irq_status_query: u64 = 5;
/// physdev.h:175
pub const PHYSDEVOP_manage_pci_add: u64 = 15;
/// physdev.h:195
pub const PHYSDEVOP_manage_pci_add_ext: u64 = 20;
/// physdev.h:176
pub const PHYSDEVOP_manage_pci_remove: u64 = 16;
/// physdev.h:144
pub const PHYSDEVOP_map_pirq: u64 = 13;
/// physdev.h:273
pub const PHYSDEVOP_pci_device_add: u64 = 25;
/// physdev.h:294
pub const PHYSDEVOP_pci_device_remove: u64 = 26;
/// physdev.h:307; since 4.20.0
pub const PHYSDEVOP_pci_device_reset: u64 = 32;
/// physdev.h:258
pub const PHYSDEVOP_pci_mmcfg_reserved: u64 = 24;
/// physdev.h:373
pub const PHYSDEVOP_pirq_eoi_gmfn: u64 = 28;
/// physdev.h:37
pub const PHYSDEVOP_pirq_eoi_gmfn_v1: u64 = 17;
/// physdev.h:45
pub const PHYSDEVOP_pirq_eoi_gmfn_v2: u64 = 28;
/// physdev.h:300
pub const PHYSDEVOP_prepare_msix: u64 = 30;
/// physdev.h:301
pub const PHYSDEVOP_release_msix: u64 = 31;
/// physdev.h:186
pub const PHYSDEVOP_restore_msi: u64 = 19;
/// physdev.h:295
pub const PHYSDEVOP_restore_msi_ext: u64 = 27;
/// physdev.h:94
pub const PHYSDEVOP_set_iobitmap: u64 = 7;
/// physdev.h:79
pub const PHYSDEVOP_set_iopl: u64 = 6;
/// physdev.h:228
pub const PHYSDEVOP_setup_gsi: u64 = 21;
/// physdev.h:165
pub const PHYSDEVOP_unmap_pirq: u64 = 14;
/// arch-x86/pmu.h:72
pub const PMU_CACHED: u64 = 1;
/// arch-x86/pmu.h:75
pub const PMU_SAMPLE_PV: u64 = 8;
/// arch-x86/pmu.h:74
pub const PMU_SAMPLE_REAL: u64 = 4;
/// arch-x86/pmu.h:73
pub const PMU_SAMPLE_USER: u64 = 2;
/// io/pvcalls.h:42
pub const PVCALLS_ACCEPT: u64 = 5;
/// io/pvcalls.h:40
pub const PVCALLS_BIND: u64 = 3;
/// io/pvcalls.h:38
pub const PVCALLS_CONNECT: u64 = 1;
/// io/pvcalls.h:41
pub const PVCALLS_LISTEN: u64 = 4;
/// io/pvcalls.h:43
pub const PVCALLS_POLL: u64 = 6;
/// io/pvcalls.h:39
pub const PVCALLS_RELEASE: u64 = 2;
/// io/pvcalls.h:37
pub const PVCALLS_SOCKET: u64 = 0;
/// platform.h:108
pub const QUIRK_IOAPIC_BAD_REGSEL: u64 = 2;
/// platform.h:109
pub const QUIRK_IOAPIC_GOOD_REGSEL: u64 = 3;
/// platform.h:107
pub const QUIRK_NOIRQBALANCING: u64 = 1;
/// arch-x86/xen-mca.h:169
pub const REC_ACTION_NEED_RESET: u64 = 4;
/// arch-x86/xen-mca.h:167
pub const REC_ACTION_NONE: u64 = 2;
/// arch-x86/xen-mca.h:165
pub const REC_ACTION_RECOVERED: u64 = 1;
/// io/fsif.h:26
pub const REQ_CHMOD: u64 = 11;
/// io/fsif.h:24
pub const REQ_CREATE: u64 = 9;
/// io/fsif.h:25
pub const REQ_DIR_LIST: u64 = 10;
/// io/fsif.h:17
pub const REQ_FILE_CLOSE: u64 = 2;
/// io/fsif.h:16
pub const REQ_FILE_OPEN: u64 = 1;
/// io/fsif.h:18
pub const REQ_FILE_READ: u64 = 3;
/// io/fsif.h:28
pub const REQ_FILE_SYNC: u64 = 13;
/// io/fsif.h:21
pub const REQ_FILE_TRUNCATE: u64 = 6;
/// io/fsif.h:19
pub const REQ_FILE_WRITE: u64 = 4;
/// io/fsif.h:27
pub const REQ_FS_SPACE: u64 = 12;
/// io/fsif.h:22
pub const REQ_REMOVE: u64 = 7;
/// io/fsif.h:23
pub const REQ_RENAME: u64 = 8;
/// io/fsif.h:20
pub const REQ_STAT: u64 = 5;
/// arch-x86/hvm/save.h:482
pub const RTC_CMOS_SIZE: u64 = 14;
/// vcpu.h:91
pub const RUNSTATE_blocked: u64 = 2;
/// vcpu.h:99
pub const RUNSTATE_offline: u64 = 3;
/// vcpu.h:88
pub const RUNSTATE_runnable: u64 = 1;
/// vcpu.h:85
pub const RUNSTATE_running: u64 = 0;
/// sched.h:56
pub const SCHEDOP_block: u64 = 1;
/// sched.h:115
pub const SCHEDOP_pin_override: u64 = 7;
/// sched.h:78
pub const SCHEDOP_poll: u64 = 3;
/// sched.h:86
pub const SCHEDOP_remote_shutdown: u64 = 4;
/// sched.h:71
pub const SCHEDOP_shutdown: u64 = 2;
/// sched.h:93
pub const SCHEDOP_shutdown_code: u64 = 5;
/// sched.h:103
pub const SCHEDOP_watchdog: u64 = 6;
/// sched.h:47
pub const SCHEDOP_yield: u64 = 0;
/// sched.h:172
pub const SHUTDOWN_MAX: u64 = 5;
/// sched.h:161
pub const SHUTDOWN_crash: u64 = 3;
/// sched.h:158
pub const SHUTDOWN_poweroff: u64 = 0;
/// sched.h:159
pub const SHUTDOWN_reboot: u64 = 1;
/// sched.h:171
pub const SHUTDOWN_soft_reset: u64 = 5;
/// sched.h:160
pub const SHUTDOWN_suspend: u64 = 2;
/// sched.h:162
pub const SHUTDOWN_watchdog: u64 = 4;
/// io/pciif.h:47
pub const SH_INFO_MAX_VEC: u64 = 128;
/// xen.h:895
pub const SIF_INITDOMAIN: u64 = 2;
/// xen.h:897
pub const SIF_MOD_START_PFN: u64 = 8;
/// xen.h:896
pub const SIF_MULTIBOOT_MOD: u64 = 4;
/// xen.h:900
pub const SIF_PM_MASK: u64 = 65280;
/// xen.h:894
pub const SIF_PRIVILEGED: u64 = 1;
/// xen.h:898
pub const SIF_VIRT_P2M_4TOOLS: u64 = 16;
/// hvm/ioreq.h:15
pub const STATE_IOREQ_INPROCESS: u64 = 2;
/// hvm/ioreq.h:13
pub const STATE_IOREQ_NONE: u64 = 0;
/// hvm/ioreq.h:14
pub const STATE_IOREQ_READY: u64 = 1;
/// hvm/ioreq.h:16
pub const STATE_IORESP_READY: u64 = 3;
/// tmem.h:34; until 4.18.6
pub const TMEM_AUTH: u64 = 101;
/// tmem.h:48; until 4.18.6
pub const TMEM_CLIENT_COMPRESS: u64 = 1;
/// tmem.h:49; until 4.18.6
pub const TMEM_CLIENT_FROZEN: u64 = 2;
/// tmem.h:21; until 4.18.6
pub const TMEM_DESTROY_POOL: u64 = 2;
/// tmem.h:25; until 4.18.6
pub const TMEM_FLUSH_OBJECT: u64 = 7;
/// tmem.h:24; until 4.18.6
pub const TMEM_FLUSH_PAGE: u64 = 6;
/// tmem.h:23; until 4.18.6
pub const TMEM_GET_PAGE: u64 = 5;
/// tmem.h:20; until 4.18.6
pub const TMEM_NEW_POOL: u64 = 1;
/// tmem.h:42; until 4.18.6
pub const TMEM_POOL_PAGESIZE_MASK: u64 = 15;
/// tmem.h:41; until 4.18.6
pub const TMEM_POOL_PAGESIZE_SHIFT: u64 = 4;
/// tmem.h:38; until 4.18.6
pub const TMEM_POOL_PERSIST: u64 = 1;
/// tmem.h:40; until 4.18.6
pub const TMEM_POOL_PRECOMPRESSED: u64 = 4;
/// tmem.h:45; until 4.18.6
pub const TMEM_POOL_RESERVED_BITS: u64 = 16776960;
/// tmem.h:39; until 4.18.6
pub const TMEM_POOL_SHARED: u64 = 2;
/// tmem.h:44; until 4.18.6
pub const TMEM_POOL_VERSION_MASK: u64 = 255;
/// tmem.h:43; until 4.18.6
pub const TMEM_POOL_VERSION_SHIFT: u64 = 24;
/// tmem.h:22; until 4.18.6
pub const TMEM_PUT_PAGE: u64 = 4;
/// tmem.h:35; until 4.18.6
pub const TMEM_RESTORE_NEW: u64 = 102;
/// tmem.h:18; until 4.18.6
pub const TMEM_SPEC_VERSION: u64 = 1;
/// io/tpmif.h:77
pub const TPMIF_STATE_CANCEL: u64 = 3;
/// io/tpmif.h:77
pub const TPMIF_STATE_FINISH: u64 = 2;
/// io/tpmif.h:77
pub const TPMIF_STATE_IDLE: u64 = 0;
/// io/tpmif.h:77
pub const TPMIF_STATE_SUBMIT: u64 = 1;
/// io/tpmif.h:36
pub const TPMIF_TX_RING_SIZE: u64 = 1;
/// trace.h:12
pub const TRACE_EXTRA_MAX: u64 = 7;
/// trace.h:13
pub const TRACE_EXTRA_SHIFT: u64 = 28;
/// trace.h:270
pub const TRC_64_FLAG: u64 = 256;
/// trace.h:26
pub const TRC_ALL: u64 = 268431360;
/// trace.h:16
pub const TRC_CLS_SHIFT: u64 = 16;
/// trace.h:19
pub const TRC_DOM0OP: u64 = 323584;
/// trace.h:73
pub const TRC_DOM0_DOMOPS: u64 = 266240;
/// trace.h:104
pub const TRC_DOM0_DOM_ADD: u64 = 266241;
/// trace.h:105
pub const TRC_DOM0_DOM_REM: u64 = 266242;
/// trace.h:17
pub const TRC_GEN: u64 = 126976;
/// trace.h:25
pub const TRC_GUEST: u64 = 134279168;
/// trace.h:28
pub const TRC_HD_CYCLE_FLAG: u64 = 2147483648;
/// trace.h:20
pub const TRC_HVM: u64 = 585728;
/// trace.h:213
pub const TRC_HVM_CLTS: u64 = 532504;
/// trace.h:202
pub const TRC_HVM_CPUID: u64 = 532494;
/// trace.h:194
pub const TRC_HVM_CR_READ: u64 = 532488;
/// trace.h:195
pub const TRC_HVM_CR_READ64: u64 = 532744;
/// trace.h:196
pub const TRC_HVM_CR_WRITE: u64 = 532489;
/// trace.h:197
pub const TRC_HVM_CR_WRITE64: u64 = 532745;
/// trace.h:198
pub const TRC_HVM_DR_READ: u64 = 532490;
/// trace.h:199
pub const TRC_HVM_DR_WRITE: u64 = 532491;
/// trace.h:38
pub const TRC_HVM_EMUL: u64 = 540672;
/// trace.h:230
pub const TRC_HVM_EMUL_HPET_START_TIMER: u64 = 540673;
/// trace.h:234
pub const TRC_HVM_EMUL_HPET_STOP_TIMER: u64 = 540677;
/// trace.h:246
pub const TRC_HVM_EMUL_LAPIC_PIC_INTR: u64 = 540689;
/// trace.h:233
pub const TRC_HVM_EMUL_LAPIC_START_TIMER: u64 = 540676;
/// trace.h:237
pub const TRC_HVM_EMUL_LAPIC_STOP_TIMER: u64 = 540680;
/// trace.h:239
pub const TRC_HVM_EMUL_LAPIC_TIMER_CB: u64 = 540682;
/// trace.h:242
pub const TRC_HVM_EMUL_PIC_INTACK: u64 = 540685;
/// trace.h:240
pub const TRC_HVM_EMUL_PIC_INT_OUTPUT: u64 = 540683;
/// trace.h:241
pub const TRC_HVM_EMUL_PIC_KICK: u64 = 540684;
/// trace.h:244
pub const TRC_HVM_EMUL_PIC_NEGEDGE: u64 = 540687;
/// trace.h:245
pub const TRC_HVM_EMUL_PIC_PEND_IRQ_CALL: u64 = 540688;
/// trace.h:243
pub const TRC_HVM_EMUL_PIC_POSEDGE: u64 = 540686;
/// trace.h:231
pub const TRC_HVM_EMUL_PIT_START_TIMER: u64 = 540674;
/// trace.h:235
pub const TRC_HVM_EMUL_PIT_STOP_TIMER: u64 = 540678;
/// trace.h:238
pub const TRC_HVM_EMUL_PIT_TIMER_CB: u64 = 540681;
/// trace.h:232
pub const TRC_HVM_EMUL_RTC_START_TIMER: u64 = 540675;
/// trace.h:236
pub const TRC_HVM_EMUL_RTC_STOP_TIMER: u64 = 540679;
/// trace.h:36
pub const TRC_HVM_ENTRYEXIT: u64 = 528384;
/// trace.h:37
pub const TRC_HVM_HANDLER: u64 = 532480;
/// trace.h:207
pub const TRC_HVM_HLT: u64 = 532499;
/// trace.h:189
pub const TRC_HVM_INJ_EXC: u64 = 532483;
/// trace.h:190
pub const TRC_HVM_INJ_VIRQ: u64 = 532484;
/// trace.h:203
pub const TRC_HVM_INTR: u64 = 532495;
/// trace.h:217
pub const TRC_HVM_INTR_WINDOW: u64 = 532512;
/// trace.h:208
pub const TRC_HVM_INVLPG: u64 = 532500;
/// trace.h:209
pub const TRC_HVM_INVLPG64: u64 = 532756;
/// trace.h:212
pub const TRC_HVM_IOMEM_READ: u64 = 532503;
/// trace.h:227
pub const TRC_HVM_IOMEM_WRITE: u64 = 533015;
/// trace.h:211
pub const TRC_HVM_IOPORT_READ: u64 = 532502;
/// trace.h:226
pub const TRC_HVM_IOPORT_WRITE: u64 = 533014;
/// trace.h:192
pub const TRC_HVM_IO_READ: u64 = 532486;
/// trace.h:193
pub const TRC_HVM_IO_WRITE: u64 = 532487;
/// trace.h:214
pub const TRC_HVM_LMSW: u64 = 532505;
/// trace.h:215
pub const TRC_HVM_LMSW64: u64 = 532761;
/// trace.h:210
pub const TRC_HVM_MCE: u64 = 532501;
/// trace.h:200
pub const TRC_HVM_MSR_READ: u64 = 532492;
/// trace.h:201
pub const TRC_HVM_MSR_WRITE: u64 = 532493;
/// trace.h:179
pub const TRC_HVM_NESTEDFLAG: u64 = 1024;
/// trace.h:204
pub const TRC_HVM_NMI: u64 = 532496;
/// trace.h:218
pub const TRC_HVM_NPF: u64 = 532513;
/// trace.h:187
pub const TRC_HVM_PF_INJECT: u64 = 532482;
/// trace.h:188
pub const TRC_HVM_PF_INJECT64: u64 = 532738;
/// trace.h:185
pub const TRC_HVM_PF_XEN: u64 = 532481;
/// trace.h:186
pub const TRC_HVM_PF_XEN64: u64 = 532737;
/// trace.h:216
pub const TRC_HVM_RDTSC: u64 = 532506;
/// trace.h:219
pub const TRC_HVM_REALMODE_EMULATE: u64 = 532514;
/// trace.h:191
pub const TRC_HVM_REINJ_VIRQ: u64 = 532485;
/// trace.h:205
pub const TRC_HVM_SMI: u64 = 532497;
/// trace.h:183; since 4.19.0
pub const TRC_HVM_SVM_EXIT: u64 = 528387;
/// trace.h:184; since 4.19.0
pub const TRC_HVM_SVM_EXIT64: u64 = 528643;
/// trace.h:220
pub const TRC_HVM_TRAP: u64 = 532515;
/// trace.h:221
pub const TRC_HVM_TRAP_DEBUG: u64 = 532516;
/// trace.h:222
pub const TRC_HVM_VLAPIC: u64 = 532517;
/// trace.h:180
pub const TRC_HVM_VMENTRY: u64 = 528385;
/// trace.h:181; until 4.18.6
pub const TRC_HVM_VMEXIT: u64 = 528386;
/// trace.h:182; until 4.18.6
pub const TRC_HVM_VMEXIT64: u64 = 528642;
/// trace.h:206
pub const TRC_HVM_VMMCALL: u64 = 532498;
/// trace.h:181; since 4.19.0
pub const TRC_HVM_VMX_EXIT: u64 = 528386;
/// trace.h:182; since 4.19.0
pub const TRC_HVM_VMX_EXIT64: u64 = 528642;
/// trace.h:223
pub const TRC_HVM_XCR_READ64: u64 = 532774;
/// trace.h:224
pub const TRC_HVM_XCR_WRITE64: u64 = 532775;
/// trace.h:24
pub const TRC_HW: u64 = 8450048;
/// trace.h:77
pub const TRC_HW_IRQ: u64 = 8396800;
/// trace.h:259
pub const TRC_HW_IRQ_ASSIGN_VECTOR: u64 = 8396806;
/// trace.h:256
pub const TRC_HW_IRQ_BIND_VECTOR: u64 = 8396803;
/// trace.h:257
pub const TRC_HW_IRQ_CLEAR_VECTOR: u64 = 8396804;
/// trace.h:261
pub const TRC_HW_IRQ_HANDLED: u64 = 8396808;
/// trace.h:255
pub const TRC_HW_IRQ_MOVE_CLEANUP: u64 = 8396802;
/// trace.h:254
pub const TRC_HW_IRQ_MOVE_CLEANUP_DELAY: u64 = 8396801;
/// trace.h:258
pub const TRC_HW_IRQ_MOVE_FINISH: u64 = 8396805;
/// trace.h:260
pub const TRC_HW_IRQ_UNMAPPED_VECTOR: u64 = 8396807;
/// trace.h:76
pub const TRC_HW_PM: u64 = 8392704;
/// trace.h:80
pub const TRC_LOST_RECORDS: u64 = 126977;
/// trace.h:21
pub const TRC_MEM: u64 = 1110016;
/// trace.h:111
pub const TRC_MEM_DECREASE_RESERVATION: u64 = 1110021;
/// trace.h:107
pub const TRC_MEM_PAGE_GRANT_MAP: u64 = 1110017;
/// trace.h:109
pub const TRC_MEM_PAGE_GRANT_TRANSFER: u64 = 1110019;
/// trace.h:108
pub const TRC_MEM_PAGE_GRANT_UNMAP: u64 = 1110018;
/// trace.h:112
pub const TRC_MEM_POD_POPULATE: u64 = 1110032;
/// trace.h:114
pub const TRC_MEM_POD_SUPERPAGE_SPLINTER: u64 = 1110034;
/// trace.h:113
pub const TRC_MEM_POD_ZERO_RECLAIM: u64 = 1110033;
/// trace.h:110
pub const TRC_MEM_SET_P2M_ENTRY: u64 = 1110020;
/// trace.h:249
pub const TRC_PM_FREQ_CHANGE: u64 = 8392705;
/// trace.h:250
pub const TRC_PM_IDLE_ENTRY: u64 = 8392706;
/// trace.h:251
pub const TRC_PM_IDLE_EXIT: u64 = 8392707;
/// trace.h:22
pub const TRC_PV: u64 = 2158592;
/// trace.h:124
pub const TRC_PV_EMULATE_4GB: u64 = 2101255;
/// trace.h:123
pub const TRC_PV_EMULATE_PRIVOP: u64 = 2101254;
/// trace.h:116
pub const TRC_PV_ENTRY: u64 = 2101248;
/// trace.h:122
pub const TRC_PV_FORCED_INVALID_OP: u64 = 2101253;
/// trace.h:127
pub const TRC_PV_GDT_LDT_MAPPING_FAULT: u64 = 2101258;
/// trace.h:119
pub const TRC_PV_HYPERCALL: u64 = 2101249;
/// trace.h:131
pub const TRC_PV_HYPERCALL_SUBCALL: u64 = 2105358;
/// trace.h:130
pub const TRC_PV_HYPERCALL_V2: u64 = 2101261;
/// trace.h:160
pub const TRC_PV_HYPERCALL_V2_ARG_MASK: u64 = 4293918720;
/// trace.h:125
pub const TRC_PV_MATH_STATE_RESTORE: u64 = 2101256;
/// trace.h:121
pub const TRC_PV_PAGE_FAULT: u64 = 2101252;
/// trace.h:126
pub const TRC_PV_PAGING_FIXUP: u64 = 2101257;
/// trace.h:128
pub const TRC_PV_PTWR_EMULATION: u64 = 2101259;
/// trace.h:129
pub const TRC_PV_PTWR_EMULATION_PAE: u64 = 2101260;
/// trace.h:117
pub const TRC_PV_SUBCALL: u64 = 2105344;
/// trace.h:120
pub const TRC_PV_TRAP: u64 = 2101251;
/// trace.h:18
pub const TRC_SCHED: u64 = 192512;
/// trace.h:94
pub const TRC_SCHED_ADJDOM: u64 = 163849;
/// trace.h:62
pub const TRC_SCHED_ARINC653: u64 = 3;
/// trace.h:91
pub const TRC_SCHED_BLOCK: u64 = 163846;
/// trace.h:41
pub const TRC_SCHED_CLASS: u64 = 139264;
/// trace.h:85
pub const TRC_SCHED_CONTINUE_RUNNING: u64 = 135170;
/// trace.h:59
pub const TRC_SCHED_CSCHED: u64 = 0;
/// trace.h:60
pub const TRC_SCHED_CSCHED2: u64 = 1;
/// trace.h:93
pub const TRC_SCHED_CTL: u64 = 163848;
/// trace.h:86
pub const TRC_SCHED_DOM_ADD: u64 = 163841;
/// trace.h:87
pub const TRC_SCHED_DOM_REM: u64 = 163842;
/// trace.h:98
pub const TRC_SCHED_DOM_TIMER_FN: u64 = 163853;
/// trace.h:56
pub const TRC_SCHED_EVT_MASK: u64 = 4294963711;
/// trace.h:53
pub const TRC_SCHED_ID_BITS: u64 = 3;
/// trace.h:55
pub const TRC_SCHED_ID_MASK: u64 = 3584;
/// trace.h:54
pub const TRC_SCHED_ID_SHIFT: u64 = 9;
/// trace.h:40
pub const TRC_SCHED_MIN: u64 = 135168;
/// trace.h:63
pub const TRC_SCHED_RTDS: u64 = 4;
/// trace.h:84
pub const TRC_SCHED_RUNSTATE_CHANGE: u64 = 135169;
/// trace.h:92
pub const TRC_SCHED_SHUTDOWN: u64 = 163847;
/// trace.h:101
pub const TRC_SCHED_SHUTDOWN_CODE: u64 = 163856;
/// trace.h:88
pub const TRC_SCHED_SLEEP: u64 = 163843;
/// trace.h:64
pub const TRC_SCHED_SNULL: u64 = 5;
/// trace.h:95
pub const TRC_SCHED_SWITCH: u64 = 163850;
/// trace.h:102
pub const TRC_SCHED_SWITCH_INFCONT: u64 = 163857;
/// trace.h:100
pub const TRC_SCHED_SWITCH_INFNEXT: u64 = 163855;
/// trace.h:99
pub const TRC_SCHED_SWITCH_INFPREV: u64 = 163854;
/// trace.h:96
pub const TRC_SCHED_S_TIMER_FN: u64 = 163851;
/// trace.h:97
pub const TRC_SCHED_T_TIMER_FN: u64 = 163852;
/// trace.h:42
pub const TRC_SCHED_VERBOSE: u64 = 163840;
/// trace.h:89
pub const TRC_SCHED_WAKE: u64 = 163844;
/// trace.h:90
pub const TRC_SCHED_YIELD: u64 = 163845;
/// trace.h:23
pub const TRC_SHADOW: u64 = 4255744;
/// trace.h:168
pub const TRC_SHADOW_DOMF_DYING: u64 = 4255751;
/// trace.h:169
pub const TRC_SHADOW_EMULATE: u64 = 4255752;
/// trace.h:171
pub const TRC_SHADOW_EMULATE_UNSHADOW_EVTINJ: u64 = 4255754;
/// trace.h:172
pub const TRC_SHADOW_EMULATE_UNSHADOW_UNHANDLED: u64 = 4255755;
/// trace.h:170
pub const TRC_SHADOW_EMULATE_UNSHADOW_USER: u64 = 4255753;
/// trace.h:165
pub const TRC_SHADOW_FALSE_FAST_PATH: u64 = 4255748;
/// trace.h:164
pub const TRC_SHADOW_FAST_MMIO: u64 = 4255747;
/// trace.h:163
pub const TRC_SHADOW_FAST_PROPAGATE: u64 = 4255746;
/// trace.h:167
pub const TRC_SHADOW_FIXUP: u64 = 4255750;
/// trace.h:166
pub const TRC_SHADOW_MMIO: u64 = 4255749;
/// trace.h:162
pub const TRC_SHADOW_NOT_SHADOW: u64 = 4255745;
/// trace.h:174
pub const TRC_SHADOW_PREALLOC_UNPIN: u64 = 4255757;
/// trace.h:175
pub const TRC_SHADOW_RESYNC_FULL: u64 = 4255758;
/// trace.h:176
pub const TRC_SHADOW_RESYNC_ONLY: u64 = 4255759;
/// trace.h:173
pub const TRC_SHADOW_WRMAP_BF: u64 = 4255756;
/// trace.h:33
pub const TRC_SUBCLS_SHIFT: u64 = 12;
/// trace.h:82
pub const TRC_TRACE_CPU_CHANGE: u64 = 126979;
/// trace.h:81
pub const TRC_TRACE_WRAP_BUFFER: u64 = 126978;
/// io/usbif.h:319
pub const USBIF_MAX_PORTNR: u64 = 31;
/// io/usbif.h:318
pub const USBIF_MAX_SEGMENTS_PER_REQUEST: u64 = 16;
/// io/usbif.h:284
pub const USBIF_PIPE_DEV_MASK: u64 = 127;
/// io/usbif.h:285
pub const USBIF_PIPE_DEV_SHIFT: u64 = 8;
/// io/usbif.h:283
pub const USBIF_PIPE_DIR: u64 = 128;
/// io/usbif.h:286
pub const USBIF_PIPE_EP_MASK: u64 = 15;
/// io/usbif.h:287
pub const USBIF_PIPE_EP_SHIFT: u64 = 15;
/// io/usbif.h:281
pub const USBIF_PIPE_PORT_MASK: u64 = 31;
/// io/usbif.h:293
pub const USBIF_PIPE_TYPE_BULK: u64 = 3;
/// io/usbif.h:292
pub const USBIF_PIPE_TYPE_CTRL: u64 = 2;
/// io/usbif.h:291
pub const USBIF_PIPE_TYPE_INT: u64 = 1;
/// io/usbif.h:290
pub const USBIF_PIPE_TYPE_ISOC: u64 = 0;
/// io/usbif.h:288
pub const USBIF_PIPE_TYPE_MASK: u64 = 3;
/// io/usbif.h:289
pub const USBIF_PIPE_TYPE_SHIFT: u64 = 30;
/// io/usbif.h:282
pub const USBIF_PIPE_UNLINK: u64 = 32;
/// io/usbif.h:320
pub const USBIF_RING_SIZE: u64 = 4096;
/// io/usbif.h:338
pub const USBIF_SHORT_NOT_OK: u64 = 1;
/// io/usbif.h:400
pub const USBIF_SPEED_FULL: u64 = 2;
/// io/usbif.h:401
pub const USBIF_SPEED_HIGH: u64 = 3;
/// io/usbif.h:399
pub const USBIF_SPEED_LOW: u64 = 1;
/// io/usbif.h:398
pub const USBIF_SPEED_NONE: u64 = 0;
/// io/usbif.h:376; since 4.16.0
pub const USBIF_STATUS_BABBLE: i64 = -75;
/// io/usbif.h:373; since 4.16.0
pub const USBIF_STATUS_INVAL: i64 = -22;
/// io/usbif.h:375; since 4.16.0
pub const USBIF_STATUS_IOERROR: i64 = -71;
/// io/usbif.h:372; since 4.16.0
pub const USBIF_STATUS_NODEV: i64 = -19;
/// io/usbif.h:371; since 4.16.0
pub const USBIF_STATUS_OK: u64 = 0;
/// io/usbif.h:377; since 4.16.0
pub const USBIF_STATUS_SHUTDOWN: i64 = -108;
/// io/usbif.h:374; since 4.16.0
pub const USBIF_STATUS_STALL: i64 = -32;
/// io/usbif.h:251
pub const USB_VER_UNKNOWN: u64 = 0;
/// io/usbif.h:251
pub const USB_VER_USB11: u64 = 1;
/// io/usbif.h:251
pub const USB_VER_USB20: u64 = 2;
/// io/usbif.h:251
pub const USB_VER_USB30: u64 = 3;
/// xen.h:491
pub const UVMF_ALL: u64 = 4;
/// xen.h:488
pub const UVMF_FLUSHTYPE_MASK: u64 = 3;
/// xen.h:487
pub const UVMF_INVLPG: u64 = 2;
/// xen.h:490
pub const UVMF_LOCAL: u64 = 0;
/// xen.h:489
pub const UVMF_MULTI: u64 = 0;
/// xen.h:485
pub const UVMF_NONE: u64 = 0;
/// xen.h:486
pub const UVMF_TLB_FLUSH: u64 = 1;
/// io/libxenvchan.h:41
pub const VCHAN_NOTIFY_READ: u64 = 2;
/// io/libxenvchan.h:40
pub const VCHAN_NOTIFY_WRITE: u64 = 1;
/// vcpu.h:54
pub const VCPUOP_down: u64 = 2;
/// vcpu.h:189
pub const VCPUOP_get_physid: u64 = 12;
/// vcpu.h:63
pub const VCPUOP_get_runstate_info: u64 = 4;
/// vcpu.h:32
pub const VCPUOP_initialise: u64 = 0;
/// vcpu.h:57
pub const VCPUOP_is_up: u64 = 3;
/// vcpu.h:117
pub const VCPUOP_register_runstate_memory_area: u64 = 5;
/// vcpu.h:243; since 4.18.0
pub const VCPUOP_register_runstate_phys_area: u64 = 14;
/// vcpu.h:171
pub const VCPUOP_register_vcpu_info: u64 = 10;
/// vcpu.h:217
pub const VCPUOP_register_vcpu_time_memory_area: u64 = 13;
/// vcpu.h:244; since 4.18.0
pub const VCPUOP_register_vcpu_time_phys_area: u64 = 15;
/// vcpu.h:181
pub const VCPUOP_send_nmi: u64 = 11;
/// vcpu.h:133
pub const VCPUOP_set_periodic_timer: u64 = 6;
/// vcpu.h:145
pub const VCPUOP_set_singleshot_timer: u64 = 8;
/// vcpu.h:134
pub const VCPUOP_stop_periodic_timer: u64 = 7;
/// vcpu.h:146
pub const VCPUOP_stop_singleshot_timer: u64 = 9;
/// vcpu.h:38
pub const VCPUOP_up: u64 = 1;
/// hvm/hvm_vcpu.h:104
pub const VCPU_HVM_MODE_32B: u64 = 0;
/// hvm/hvm_vcpu.h:105
pub const VCPU_HVM_MODE_64B: u64 = 1;
/// vcpu.h:160
pub const VCPU_SSHOTTMR_future: u64 = 1;
/// io/blkif.h:725
pub const VDISK_CDROM: u64 = 1;
/// io/blkif.h:727
pub const VDISK_READONLY: u64 = 4;
/// io/blkif.h:726
pub const VDISK_REMOVABLE: u64 = 2;
/// arch-x86/xen.h:163; until 4.21.2
pub const VGCF_I387_VALID: u64 = 1;
/// arch-x86/xen.h:164; until 4.21.2
pub const VGCF_IN_KERNEL: u64 = 4;
/// arch-x86/xen.h:168
pub const VGCF_failsafe_disables_events: u64 = 8;
/// arch-x86/xen.h:164
pub const VGCF_i387_valid: u64 = 1;
/// arch-x86/xen.h:166
pub const VGCF_in_kernel: u64 = 4;
/// arch-x86/xen.h:172
pub const VGCF_online: u64 = 32;
/// arch-x86/xen.h:170
pub const VGCF_syscall_disables_events: u64 = 16;
/// arch-x86/hvm/save.h:367
pub const VIOAPIC_NUM_PINS: u64 = 48;
/// xen.h:192
pub const VIRQ_ARCH_0: u64 = 16;
/// xen.h:193
pub const VIRQ_ARCH_1: u64 = 17;
/// xen.h:194
pub const VIRQ_ARCH_2: u64 = 18;
/// xen.h:195
pub const VIRQ_ARCH_3: u64 = 19;
/// xen.h:196
pub const VIRQ_ARCH_4: u64 = 20;
/// xen.h:197
pub const VIRQ_ARCH_5: u64 = 21;
/// xen.h:198
pub const VIRQ_ARCH_6: u64 = 22;
/// xen.h:199
pub const VIRQ_ARCH_7: u64 = 23;
/// xen.h:187
pub const VIRQ_ARGO: u64 = 11;
/// xen.h:179
pub const VIRQ_CONSOLE: u64 = 2;
/// xen.h:184
pub const VIRQ_CON_RING: u64 = 8;
/// xen.h:178
pub const VIRQ_DEBUG: u64 = 1;
/// xen.h:182
pub const VIRQ_DEBUGGER: u64 = 6;
/// xen.h:180
pub const VIRQ_DOM_EXC: u64 = 3;
/// xen.h:188
pub const VIRQ_ENOMEM: u64 = 12;
/// arch-x86/xen-mca.h:79
pub const VIRQ_MCA: u64 = 16;
/// xen.h:186
pub const VIRQ_MEM_EVENT: u64 = 10;
/// xen.h:185
pub const VIRQ_PCPU_STATE: u64 = 9;
/// xen.h:181
pub const VIRQ_TBUF: u64 = 4;
/// xen.h:177
pub const VIRQ_TIMER: u64 = 0;
/// xen.h:183
pub const VIRQ_XENOPROF: u64 = 7;
/// xen.h:189
pub const VIRQ_XENPMU: u64 = 13;
/// xen.h:525
pub const VMASST_CMD_disable: u64 = 1;
/// xen.h:524
pub const VMASST_CMD_enable: u64 = 0;
/// xen.h:528
pub const VMASST_TYPE_4gb_segments: u64 = 0;
/// xen.h:531
pub const VMASST_TYPE_4gb_segments_notify: u64 = 1;
/// xen.h:549
pub const VMASST_TYPE_architectural_iopl: u64 = 4;
/// xen.h:568
pub const VMASST_TYPE_m2p_strict: u64 = 32;
/// xen.h:541
pub const VMASST_TYPE_pae_extended_cr3: u64 = 3;
/// xen.h:556
pub const VMASST_TYPE_runstate_update_flag: u64 = 5;
/// xen.h:538
pub const VMASST_TYPE_writable_pagetables: u64 = 2;
/// vm_event.h:15
pub const VM_EVENT_INTERFACE_VERSION: u64 = 7;
/// io/vscsiif.h:198
pub const VSCSIIF_ACT_SCSI_ABORT: u64 = 2;
/// io/vscsiif.h:192
pub const VSCSIIF_ACT_SCSI_CDB: u64 = 1;
/// io/vscsiif.h:203
pub const VSCSIIF_ACT_SCSI_RESET: u64 = 3;
/// io/vscsiif.h:209
pub const VSCSIIF_ACT_SCSI_SG_PRESET: u64 = 4;
/// io/vscsiif.h:232
pub const VSCSIIF_MAX_COMMAND_SIZE: u64 = 16;
/// io/vscsiif.h:234
pub const VSCSIIF_PAGE_SIZE: u64 = 4096;
/// io/vscsiif.h:233
pub const VSCSIIF_SENSE_BUFFERSIZE: u64 = 96;
/// io/vscsiif.h:265
pub const VSCSIIF_SG_GRANT: u64 = 128;
/// io/vscsiif.h:275
pub const VSCSIIF_SG_LIST_SIZE: u64 = 31;
/// io/vscsiif.h:243
pub const VSCSIIF_SG_PER_PAGE: u64 = 512;
/// io/vscsiif.h:223
pub const VSCSIIF_SG_TABLESIZE: u64 = 26;
/// io/cameraif.h:369
pub const XENCAMERA_COLORSPACE_BT2020: u64 = 5;
/// io/cameraif.h:370
pub const XENCAMERA_COLORSPACE_DCI_P3: u64 = 6;
/// io/cameraif.h:364
pub const XENCAMERA_COLORSPACE_DEFAULT: u64 = 0;
/// io/cameraif.h:368
pub const XENCAMERA_COLORSPACE_OPRGB: u64 = 4;
/// io/cameraif.h:366
pub const XENCAMERA_COLORSPACE_REC709: u64 = 2;
/// io/cameraif.h:365
pub const XENCAMERA_COLORSPACE_SMPTE170M: u64 = 1;
/// io/cameraif.h:367
pub const XENCAMERA_COLORSPACE_SRGB: u64 = 3;
/// io/cameraif.h:348
pub const XENCAMERA_CTRL_BRIGHTNESS: u64 = 0;
/// io/cameraif.h:349
pub const XENCAMERA_CTRL_CONTRAST: u64 = 1;
/// io/cameraif.h:357
pub const XENCAMERA_CTRL_FLG_RO: u64 = 1;
/// io/cameraif.h:361
pub const XENCAMERA_CTRL_FLG_VOLATILE: u64 = 4;
/// io/cameraif.h:359
pub const XENCAMERA_CTRL_FLG_WO: u64 = 2;
/// io/cameraif.h:351
pub const XENCAMERA_CTRL_HUE: u64 = 3;
/// io/cameraif.h:350
pub const XENCAMERA_CTRL_SATURATION: u64 = 2;
/// io/cameraif.h:1338
pub const XENCAMERA_EVENT_PAGE_SIZE: u64 = 4096;
/// io/cameraif.h:401
pub const XENCAMERA_EVT_CTRL_CHANGE: u64 = 1;
/// io/cameraif.h:400
pub const XENCAMERA_EVT_FRAME_AVAIL: u64 = 0;
/// io/cameraif.h:1341
pub const XENCAMERA_IN_RING_LEN: u64 = 63;
/// io/cameraif.h:1339
pub const XENCAMERA_IN_RING_OFFS: u64 = 64;
/// io/cameraif.h:1340
pub const XENCAMERA_IN_RING_SIZE: u64 = 4032;
/// io/cameraif.h:354
pub const XENCAMERA_MAX_CTRL: u64 = 4;
/// io/cameraif.h:435
pub const XENCAMERA_MAX_PLANE: u64 = 4;
/// io/cameraif.h:338
pub const XENCAMERA_OP_BUF_CREATE: u64 = 6;
/// io/cameraif.h:341
pub const XENCAMERA_OP_BUF_DEQUEUE: u64 = 9;
/// io/cameraif.h:339
pub const XENCAMERA_OP_BUF_DESTROY: u64 = 7;
/// io/cameraif.h:336
pub const XENCAMERA_OP_BUF_GET_LAYOUT: u64 = 4;
/// io/cameraif.h:340
pub const XENCAMERA_OP_BUF_QUEUE: u64 = 8;
/// io/cameraif.h:337
pub const XENCAMERA_OP_BUF_REQUEST: u64 = 5;
/// io/cameraif.h:333
pub const XENCAMERA_OP_CONFIG_GET: u64 = 1;
/// io/cameraif.h:332
pub const XENCAMERA_OP_CONFIG_SET: u64 = 0;
/// io/cameraif.h:334
pub const XENCAMERA_OP_CONFIG_VALIDATE: u64 = 2;
/// io/cameraif.h:342
pub const XENCAMERA_OP_CTRL_ENUM: u64 = 10;
/// io/cameraif.h:344
pub const XENCAMERA_OP_CTRL_GET: u64 = 12;
/// io/cameraif.h:343
pub const XENCAMERA_OP_CTRL_SET: u64 = 11;
/// io/cameraif.h:335
pub const XENCAMERA_OP_FRAME_RATE_SET: u64 = 3;
/// io/cameraif.h:345
pub const XENCAMERA_OP_STREAM_START: u64 = 13;
/// io/cameraif.h:346
pub const XENCAMERA_OP_STREAM_STOP: u64 = 14;
/// io/cameraif.h:391
pub const XENCAMERA_QUANTIZATION_DEFAULT: u64 = 0;
/// io/cameraif.h:392
pub const XENCAMERA_QUANTIZATION_FULL_RANGE: u64 = 1;
/// io/cameraif.h:393
pub const XENCAMERA_QUANTIZATION_LIM_RANGE: u64 = 2;
/// io/cameraif.h:374
pub const XENCAMERA_XFER_FUNC_709: u64 = 1;
/// io/cameraif.h:378
pub const XENCAMERA_XFER_FUNC_DCI_P3: u64 = 5;
/// io/cameraif.h:373
pub const XENCAMERA_XFER_FUNC_DEFAULT: u64 = 0;
/// io/cameraif.h:377
pub const XENCAMERA_XFER_FUNC_NONE: u64 = 4;
/// io/cameraif.h:376
pub const XENCAMERA_XFER_FUNC_OPRGB: u64 = 3;
/// io/cameraif.h:379
pub const XENCAMERA_XFER_FUNC_SMPTE2084: u64 = 6;
/// io/cameraif.h:375
pub const XENCAMERA_XFER_FUNC_SRGB: u64 = 2;
/// io/cameraif.h:383
pub const XENCAMERA_YCBCR_ENC_601: u64 = 1;
/// io/cameraif.h:384
pub const XENCAMERA_YCBCR_ENC_709: u64 = 2;
/// io/cameraif.h:387
pub const XENCAMERA_YCBCR_ENC_BT2020: u64 = 5;
/// io/cameraif.h:388
pub const XENCAMERA_YCBCR_ENC_BT2020_CONST_LUM: u64 = 6;
/// io/cameraif.h:382
pub const XENCAMERA_YCBCR_ENC_IGNORE: u64 = 0;
/// io/cameraif.h:385
pub const XENCAMERA_YCBCR_ENC_XV601: u64 = 3;
/// io/cameraif.h:386
pub const XENCAMERA_YCBCR_ENC_XV709: u64 = 4;
/// xencomm.h:16
pub const XENCOMM_INVALID: u64 = 4294967295;
/// xencomm.h:15
pub const XENCOMM_MAGIC: u64 = 1480806221;
/// io/console.h:33; since 4.21.0
pub const XENCONSOLE_CONNECTED: u64 = 0;
/// io/console.h:28; since 4.21.0
pub const XENCONSOLE_DISCONNECTED: u64 = 1;
/// io/displif.h:495
pub const XENDISPL_DBUF_FLG_REQ_ALLOC: u64 = 1;
/// io/displif.h:370
pub const XENDISPL_EDID_BLOCK_COUNT: u64 = 256;
/// io/displif.h:369
pub const XENDISPL_EDID_BLOCK_SIZE: u64 = 128;
/// io/displif.h:371
pub const XENDISPL_EDID_MAX_SIZE: u64 = 32768;
/// io/displif.h:921
pub const XENDISPL_EVENT_PAGE_SIZE: u64 = 4096;
/// io/displif.h:347
pub const XENDISPL_EVT_PG_FLIP: u64 = 0;
/// io/displif.h:924
pub const XENDISPL_IN_RING_LEN: u64 = 63;
/// io/displif.h:922
pub const XENDISPL_IN_RING_OFFS: u64 = 64;
/// io/displif.h:923
pub const XENDISPL_IN_RING_SIZE: u64 = 4032;
/// io/displif.h:333
pub const XENDISPL_OP_DBUF_CREATE: u64 = 16;
/// io/displif.h:334
pub const XENDISPL_OP_DBUF_DESTROY: u64 = 17;
/// io/displif.h:335
pub const XENDISPL_OP_FB_ATTACH: u64 = 18;
/// io/displif.h:336
pub const XENDISPL_OP_FB_DETACH: u64 = 19;
/// io/displif.h:340
pub const XENDISPL_OP_GET_EDID: u64 = 22;
/// io/displif.h:338
pub const XENDISPL_OP_PG_FLIP: u64 = 21;
/// io/displif.h:337
pub const XENDISPL_OP_SET_CONFIG: u64 = 20;
/// io/displif.h:25
pub const XENDISPL_PROTOCOL_VERSION_INT: u64 = 2;
/// io/fbif.h:87
pub const XENFB_IN_EVENT_SIZE: u64 = 40;
/// io/fbif.h:99
pub const XENFB_IN_RING_LEN: u64 = 25;
/// io/fbif.h:100
pub const XENFB_IN_RING_OFFS: u64 = 1024;
/// io/fbif.h:98
pub const XENFB_IN_RING_SIZE: u64 = 1024;
/// io/fbif.h:78
pub const XENFB_NO_REFRESH: u64 = 0;
/// io/fbif.h:52
pub const XENFB_OUT_EVENT_SIZE: u64 = 40;
/// io/fbif.h:107
pub const XENFB_OUT_RING_LEN: u64 = 51;
/// io/fbif.h:108
pub const XENFB_OUT_RING_OFFS: u64 = 2048;
/// io/fbif.h:106
pub const XENFB_OUT_RING_SIZE: u64 = 2048;
/// io/fbif.h:77
pub const XENFB_TYPE_REFRESH_PERIOD: u64 = 1;
/// io/fbif.h:40
pub const XENFB_TYPE_RESIZE: u64 = 3;
/// io/fbif.h:25
pub const XENFB_TYPE_UPDATE: u64 = 2;
/// features.h:89
pub const XENFEAT_ARM_SMCCC_supported: u64 = 14;
/// features.h:131
pub const XENFEAT_NR_SUBMAPS: u64 = 1;
/// features.h:45
pub const XENFEAT_auto_translated_physmap: u64 = 2;
/// features.h:112; since 4.16.0
pub const XENFEAT_direct_mapped: u64 = 17;
/// features.h:129; since 4.19.0
pub const XENFEAT_dm_msix_all_writes: u64 = 20;
/// features.h:78
pub const XENFEAT_dom0: u64 = 11;
/// features.h:66
pub const XENFEAT_gnttab_map_avail_bits: u64 = 7;
/// features.h:60
pub const XENFEAT_highmem_assist: u64 = 6;
/// features.h:69
pub const XENFEAT_hvm_callback_vector: u64 = 8;
/// features.h:75
pub const XENFEAT_hvm_pirqs: u64 = 10;
/// features.h:72
pub const XENFEAT_hvm_safe_pvclock: u64 = 9;
/// features.h:98
pub const XENFEAT_linux_rsdp_unrestricted: u64 = 15;
/// features.h:86
pub const XENFEAT_memory_op_vnode_supported: u64 = 13;
/// features.h:57
pub const XENFEAT_mmu_pt_update_preserve_ad: u64 = 5;
/// features.h:111; since 4.16.0
pub const XENFEAT_not_direct_mapped: u64 = 16;
/// features.h:54
pub const XENFEAT_pae_pgdir_above_4gb: u64 = 4;
/// features.h:120; since 4.18.0
pub const XENFEAT_runstate_phys_area: u64 = 18;
/// features.h:48
pub const XENFEAT_supervisor_mode_kernel: u64 = 3;
/// features.h:121; since 4.18.0
pub const XENFEAT_vcpu_time_phys_area: u64 = 19;
/// features.h:37
pub const XENFEAT_writable_descriptor_tables: u64 = 1;
/// features.h:31
pub const XENFEAT_writable_page_tables: u64 = 0;
/// physdev.h:69
pub const XENIRQSTAT_needs_eoi: u64 = 1;
/// physdev.h:73
pub const XENIRQSTAT_shared: u64 = 2;
/// io/kbdif.h:483
pub const XENKBD_IN_EVENT_SIZE: u64 = 40;
/// io/kbdif.h:528
pub const XENKBD_IN_RING_LEN: u64 = 51;
/// io/kbdif.h:529
pub const XENKBD_IN_RING_OFFS: u64 = 1024;
/// io/kbdif.h:527
pub const XENKBD_IN_RING_SIZE: u64 = 2048;
/// io/kbdif.h:171
pub const XENKBD_MT_EV_DOWN: u64 = 0;
/// io/kbdif.h:173
pub const XENKBD_MT_EV_MOTION: u64 = 2;
/// io/kbdif.h:176
pub const XENKBD_MT_EV_ORIENT: u64 = 5;
/// io/kbdif.h:175
pub const XENKBD_MT_EV_SHAPE: u64 = 4;
/// io/kbdif.h:174
pub const XENKBD_MT_EV_SYN: u64 = 3;
/// io/kbdif.h:172
pub const XENKBD_MT_EV_UP: u64 = 1;
/// io/kbdif.h:513
pub const XENKBD_OUT_EVENT_SIZE: u64 = 40;
/// io/kbdif.h:536
pub const XENKBD_OUT_RING_LEN: u64 = 25;
/// io/kbdif.h:537
pub const XENKBD_OUT_RING_OFFS: u64 = 3072;
/// io/kbdif.h:535
pub const XENKBD_OUT_RING_SIZE: u64 = 1024;
/// io/kbdif.h:165
pub const XENKBD_TYPE_KEY: u64 = 3;
/// io/kbdif.h:163
pub const XENKBD_TYPE_MOTION: u64 = 1;
/// io/kbdif.h:167
pub const XENKBD_TYPE_MTOUCH: u64 = 5;
/// io/kbdif.h:166
pub const XENKBD_TYPE_POS: u64 = 4;
/// io/kbdif.h:164
pub const XENKBD_TYPE_RESERVED: u64 = 2;
/// memory.h:237
pub const XENMAPIDX_grant_table_status: u64 = 2147483648;
/// memory.h:215
pub const XENMAPSPACE_dev_mmio: u64 = 5;
/// memory.h:211
pub const XENMAPSPACE_gmfn: u64 = 2;
/// memory.h:213
pub const XENMAPSPACE_gmfn_foreign: u64 = 4;
/// memory.h:212
pub const XENMAPSPACE_gmfn_range: u64 = 3;
/// memory.h:210
pub const XENMAPSPACE_grant_table: u64 = 1;
/// memory.h:209
pub const XENMAPSPACE_shared_info: u64 = 0;
/// memory.h:40
pub const XENMEMF_exact_node_request: u64 = 131072;
/// memory.h:38
pub const XENMEMF_populate_on_demand: u64 = 65536;
/// memory.h:43
pub const XENMEMF_vnode: u64 = 262144;
/// memory.h:620
pub const XENMEM_acquire_resource: u64 = 28;
/// memory.h:227
pub const XENMEM_add_to_physmap: u64 = 7;
/// memory.h:249
pub const XENMEM_add_to_physmap_batch: u64 = 23;
/// memory.h:144
pub const XENMEM_current_reservation: u64 = 3;
/// memory.h:22
pub const XENMEM_decrease_reservation: u64 = 1;
/// memory.h:91
pub const XENMEM_exchange: u64 = 11;
/// memory.h:354
pub const XENMEM_get_pod_target: u64 = 17;
/// memory.h:698
pub const XENMEM_get_vnumainfo: u64 = 26;
/// memory.h:21
pub const XENMEM_increase_reservation: u64 = 0;
/// memory.h:338
pub const XENMEM_machine_memory_map: u64 = 10;
/// memory.h:191
pub const XENMEM_machphys_compat_mfn_list: u64 = 25;
/// memory.h:199
pub const XENMEM_machphys_mapping: u64 = 12;
/// memory.h:160
pub const XENMEM_machphys_mfn_list: u64 = 5;
/// memory.h:152
pub const XENMEM_maximum_gpfn: u64 = 14;
/// memory.h:132
pub const XENMEM_maximum_ram_page: u64 = 2;
/// memory.h:145
pub const XENMEM_maximum_reservation: u64 = 4;
/// memory.h:313
pub const XENMEM_memory_map: u64 = 9;
/// memory.h:23
pub const XENMEM_populate_physmap: u64 = 6;
/// memory.h:294
pub const XENMEM_remove_from_physmap: u64 = 15;
/// memory.h:628
pub const XENMEM_resource_grant_table: u64 = 1;
/// memory.h:640
pub const XENMEM_resource_grant_table_id_shared: u64 = 0;
/// memory.h:641
pub const XENMEM_resource_grant_table_id_status: u64 = 1;
/// memory.h:627
pub const XENMEM_resource_ioreq_server: u64 = 0;
/// memory.h:674
pub const XENMEM_resource_ioreq_server_frame_bufioreq: u64 = 0;
/// memory.h:629
pub const XENMEM_resource_vmtrace_buf: u64 = 2;
/// memory.h:345
pub const XENMEM_set_memory_map: u64 = 13;
/// memory.h:353
pub const XENMEM_set_pod_target: u64 = 16;
/// nmi.h:44
pub const XENNMI_register_callback: u64 = 0;
/// nmi.h:56
pub const XENNMI_unregister_callback: u64 = 1;
/// xenoprof.h:44
pub const XENOPROF_CPU_TYPE_SIZE: u64 = 64;
/// xenoprof.h:54
pub const XENOPROF_ESCAPE_CODE: u64 = 18446744073709551615;
/// xenoprof.h:56
pub const XENOPROF_TRACE_BEGIN: u64 = 1;
/// xenoprof.h:26
pub const XENOPROF_counter: u64 = 6;
/// xenoprof.h:31
pub const XENOPROF_disable_virq: u64 = 11;
/// xenoprof.h:28
pub const XENOPROF_enable_virq: u64 = 8;
/// xenoprof.h:34
pub const XENOPROF_get_buffer: u64 = 14;
/// xenoprof.h:38
pub const XENOPROF_get_ibs_caps: u64 = 16;
/// xenoprof.h:39
pub const XENOPROF_ibs_counter: u64 = 17;
/// xenoprof.h:20
pub const XENOPROF_init: u64 = 0;
/// xenoprof.h:40
pub const XENOPROF_last_op: u64 = 17;
/// xenoprof.h:32
pub const XENOPROF_release_counters: u64 = 12;
/// xenoprof.h:25
pub const XENOPROF_reserve_counters: u64 = 5;
/// xenoprof.h:21
pub const XENOPROF_reset_active_list: u64 = 1;
/// xenoprof.h:22
pub const XENOPROF_reset_passive_list: u64 = 2;
/// xenoprof.h:23
pub const XENOPROF_set_active: u64 = 3;
/// xenoprof.h:35
pub const XENOPROF_set_backtrace: u64 = 15;
/// xenoprof.h:24
pub const XENOPROF_set_passive: u64 = 4;
/// xenoprof.h:27
pub const XENOPROF_setup_events: u64 = 7;
/// xenoprof.h:33
pub const XENOPROF_shutdown: u64 = 13;
/// xenoprof.h:29
pub const XENOPROF_start: u64 = 9;
/// xenoprof.h:30
pub const XENOPROF_stop: u64 = 10;
/// platform.h:313
pub const XENPF_ACPI_SLEEP_EXTENDED: u64 = 1;
/// platform.h:15
pub const XENPF_INTERFACE_VERSION: u64 = 50331649;
/// platform.h:659; since 4.20.0
pub const XENPF_UCODE_FORCE: u64 = 1;
/// platform.h:55
pub const XENPF_add_memtype: u64 = 31;
/// platform.h:319
pub const XENPF_change_freq: u64 = 52;
/// platform.h:559
pub const XENPF_core_parking: u64 = 60;
/// platform.h:540
pub const XENPF_cpu_hotadd: u64 = 58;
/// platform.h:532
pub const XENPF_cpu_offline: u64 = 57;
/// platform.h:531
pub const XENPF_cpu_online: u64 = 56;
/// platform.h:75
pub const XENPF_del_memtype: u64 = 32;
/// platform.h:117
pub const XENPF_efi_runtime_call: u64 = 49;
/// platform.h:302
pub const XENPF_enter_acpi_sleep: u64 = 51;
/// platform.h:217
pub const XENPF_firmware_info: u64 = 50;
/// platform.h:516
pub const XENPF_get_cpu_version: u64 = 48;
/// platform.h:499
pub const XENPF_get_cpuinfo: u64 = 55;
/// platform.h:639; since 4.18.0
pub const XENPF_get_dom0_console: u64 = 64;
/// platform.h:616
pub const XENPF_get_symbol: u64 = 63;
/// platform.h:643; since 4.18.0
pub const XENPF_get_ucode_revision: u64 = 65;
/// platform.h:337
pub const XENPF_getidletime: u64 = 53;
/// platform.h:549
pub const XENPF_mem_hotadd: u64 = 59;
/// platform.h:97
pub const XENPF_microcode_update: u64 = 35;
/// platform.h:654; since 4.20.0
pub const XENPF_microcode_update2: u64 = 66;
/// platform.h:106
pub const XENPF_platform_quirk: u64 = 39;
/// platform.h:85
pub const XENPF_read_memtype: u64 = 33;
/// platform.h:581
pub const XENPF_resource_op: u64 = 61;
/// platform.h:354
pub const XENPF_set_processor_pminfo: u64 = 54;
/// platform.h:42
pub const XENPF_settime: u64 = 62;
/// platform.h:21
pub const XENPF_settime32: u64 = 17;
/// platform.h:29
pub const XENPF_settime64: u64 = 62;
/// arch-x86/pmu.h:125
pub const XENPMU_CTXT_PAD_SZ: u64 = 128;
/// pmu.h:86
pub const XENPMU_FEATURE_ARCH_ONLY: u64 = 4;
/// pmu.h:84
pub const XENPMU_FEATURE_INTEL_BTS: u64 = 1;
/// pmu.h:85
pub const XENPMU_FEATURE_IPC_ONLY: u64 = 2;
/// pmu.h:70
pub const XENPMU_MODE_ALL: u64 = 4;
/// pmu.h:69
pub const XENPMU_MODE_HV: u64 = 2;
/// pmu.h:67
pub const XENPMU_MODE_OFF: u64 = 0;
/// pmu.h:68
pub const XENPMU_MODE_SELF: u64 = 1;
/// arch-x86/pmu.h:93
pub const XENPMU_REGS_PAD_SZ: u64 = 64;
/// pmu.h:22
pub const XENPMU_VER_MAJ: u64 = 0;
/// pmu.h:23
pub const XENPMU_VER_MIN: u64 = 1;
/// pmu.h:35
pub const XENPMU_feature_get: u64 = 2;
/// pmu.h:36
pub const XENPMU_feature_set: u64 = 3;
/// pmu.h:38
pub const XENPMU_finish: u64 = 5;
/// pmu.h:40
pub const XENPMU_flush: u64 = 7;
/// pmu.h:37
pub const XENPMU_init: u64 = 4;
/// pmu.h:39
pub const XENPMU_lvtpc_set: u64 = 6;
/// pmu.h:33
pub const XENPMU_mode_get: u64 = 0;
/// pmu.h:34
pub const XENPMU_mode_set: u64 = 1;
/// io/sndif.h:1055
pub const XENSND_EVENT_PAGE_SIZE: u64 = 4096;
/// io/sndif.h:461
pub const XENSND_EVT_CUR_POS: u64 = 0;
/// io/sndif.h:1058
pub const XENSND_IN_RING_LEN: u64 = 63;
/// io/sndif.h:1056
pub const XENSND_IN_RING_OFFS: u64 = 64;
/// io/sndif.h:1057
pub const XENSND_IN_RING_SIZE: u64 = 4032;
/// io/sndif.h:441
pub const XENSND_OP_CLOSE: u64 = 1;
/// io/sndif.h:445
pub const XENSND_OP_GET_VOLUME: u64 = 5;
/// io/sndif.h:449
pub const XENSND_OP_HW_PARAM_QUERY: u64 = 9;
/// io/sndif.h:446
pub const XENSND_OP_MUTE: u64 = 6;
/// io/sndif.h:440
pub const XENSND_OP_OPEN: u64 = 0;
/// io/sndif.h:442
pub const XENSND_OP_READ: u64 = 2;
/// io/sndif.h:444
pub const XENSND_OP_SET_VOLUME: u64 = 4;
/// io/sndif.h:448
pub const XENSND_OP_TRIGGER: u64 = 8;
/// io/sndif.h:452
pub const XENSND_OP_TRIGGER_PAUSE: u64 = 1;
/// io/sndif.h:454
pub const XENSND_OP_TRIGGER_RESUME: u64 = 3;
/// io/sndif.h:451
pub const XENSND_OP_TRIGGER_START: u64 = 0;
/// io/sndif.h:453
pub const XENSND_OP_TRIGGER_STOP: u64 = 2;
/// io/sndif.h:447
pub const XENSND_OP_UNMUTE: u64 = 7;
/// io/sndif.h:443
pub const XENSND_OP_WRITE: u64 = 3;
/// io/sndif.h:430
pub const XENSND_PCM_FORMAT_A_LAW: u64 = 21;
/// io/sndif.h:424
pub const XENSND_PCM_FORMAT_F32_BE: u64 = 15;
/// io/sndif.h:423
pub const XENSND_PCM_FORMAT_F32_LE: u64 = 14;
/// io/sndif.h:426
pub const XENSND_PCM_FORMAT_F64_BE: u64 = 17;
/// io/sndif.h:425
pub const XENSND_PCM_FORMAT_F64_LE: u64 = 16;
/// io/sndif.h:433
pub const XENSND_PCM_FORMAT_GSM: u64 = 24;
/// io/sndif.h:428
pub const XENSND_PCM_FORMAT_IEC958_SUBFRAME_BE: u64 = 19;
/// io/sndif.h:427
pub const XENSND_PCM_FORMAT_IEC958_SUBFRAME_LE: u64 = 18;
/// io/sndif.h:431
pub const XENSND_PCM_FORMAT_IMA_ADPCM: u64 = 22;
/// io/sndif.h:432
pub const XENSND_PCM_FORMAT_MPEG: u64 = 23;
/// io/sndif.h:429
pub const XENSND_PCM_FORMAT_MU_LAW: u64 = 20;
/// io/sndif.h:412
pub const XENSND_PCM_FORMAT_S16_BE: u64 = 3;
/// io/sndif.h:411
pub const XENSND_PCM_FORMAT_S16_LE: u64 = 2;
/// io/sndif.h:416
pub const XENSND_PCM_FORMAT_S24_BE: u64 = 7;
/// io/sndif.h:415
pub const XENSND_PCM_FORMAT_S24_LE: u64 = 6;
/// io/sndif.h:420
pub const XENSND_PCM_FORMAT_S32_BE: u64 = 11;
/// io/sndif.h:419
pub const XENSND_PCM_FORMAT_S32_LE: u64 = 10;
/// io/sndif.h:409
pub const XENSND_PCM_FORMAT_S8: u64 = 0;
/// io/sndif.h:414
pub const XENSND_PCM_FORMAT_U16_BE: u64 = 5;
/// io/sndif.h:413
pub const XENSND_PCM_FORMAT_U16_LE: u64 = 4;
/// io/sndif.h:418
pub const XENSND_PCM_FORMAT_U24_BE: u64 = 9;
/// io/sndif.h:417
pub const XENSND_PCM_FORMAT_U24_LE: u64 = 8;
/// io/sndif.h:422
pub const XENSND_PCM_FORMAT_U32_BE: u64 = 13;
/// io/sndif.h:421
pub const XENSND_PCM_FORMAT_U32_LE: u64 = 12;
/// io/sndif.h:410
pub const XENSND_PCM_FORMAT_U8: u64 = 1;
/// io/sndif.h:27
pub const XENSND_PROTOCOL_VERSION: u64 = 2;
/// io/sndif.h:495
pub const XENSND_SAMPLE_FORMAT_MAX_LEN: u64 = 24;
/// io/sndif.h:493
pub const XENSND_SAMPLE_RATE_MAX_LEN: u64 = 11;
/// io/xs_wire.h:120
pub const XENSTORE_ABS_PATH_MAX: u64 = 3072;
/// io/xs_wire.h:133
pub const XENSTORE_CONNECTED: u64 = 0;
/// io/xs_wire.h:138; since 4.17.0
pub const XENSTORE_ERROR_COMM: u64 = 1;
/// io/xs_wire.h:137; since 4.17.0
pub const XENSTORE_ERROR_NONE: u64 = 0;
/// io/xs_wire.h:140; since 4.17.0
pub const XENSTORE_ERROR_PROTO: u64 = 3;
/// io/xs_wire.h:139; since 4.17.0
pub const XENSTORE_ERROR_RINGIDX: u64 = 2;
/// io/xs_wire.h:117
pub const XENSTORE_PAYLOAD_MAX: u64 = 4096;
/// io/xs_wire.h:134
pub const XENSTORE_RECONNECT: u64 = 1;
/// io/xs_wire.h:121
pub const XENSTORE_REL_PATH_MAX: u64 = 2048;
/// io/xs_wire.h:102
pub const XENSTORE_RING_SIZE: u64 = 1024;
/// io/xs_wire.h:130; since 4.22.0
pub const XENSTORE_SERVER_FEATURE_DOMID_ANY: u64 = 8;
/// io/xs_wire.h:126; since 4.17.0
pub const XENSTORE_SERVER_FEATURE_ERROR: u64 = 2;
/// io/xs_wire.h:124
pub const XENSTORE_SERVER_FEATURE_RECONNECTION: u64 = 1;
/// io/xs_wire.h:128; since 4.22.0
pub const XENSTORE_SERVER_FEATURE_WATCHDEPTH: u64 = 4;
/// version.h:169
pub const XENVER_build_id: u64 = 10;
/// version.h:50
pub const XENVER_capabilities: u64 = 3;
/// version.h:171; since 4.20.0
pub const XENVER_capabilities2: u64 = 12;
/// version.h:59
pub const XENVER_changeset: u64 = 4;
/// version.h:172; since 4.20.0
pub const XENVER_changeset2: u64 = 13;
/// version.h:121
pub const XENVER_commandline: u64 = 9;
/// version.h:173; since 4.20.0
pub const XENVER_commandline2: u64 = 14;
/// version.h:36
pub const XENVER_compile_info: u64 = 2;
/// version.h:27
pub const XENVER_extraversion: u64 = 1;
/// version.h:170; since 4.20.0
pub const XENVER_extraversion2: u64 = 11;
/// version.h:96
pub const XENVER_get_features: u64 = 6;
/// version.h:114
pub const XENVER_guest_handle: u64 = 8;
/// version.h:107
pub const XENVER_pagesize: u64 = 7;
/// version.h:90
pub const XENVER_platform_parameters: u64 = 5;
/// version.h:20
pub const XENVER_version: u64 = 0;
/// hvm/params.h:256
pub const XEN_ALTP2M_disabled: u64 = 0;
/// hvm/params.h:258
pub const XEN_ALTP2M_external: u64 = 2;
/// hvm/params.h:259
pub const XEN_ALTP2M_limited: u64 = 3;
/// hvm/params.h:257
pub const XEN_ALTP2M_mixed: u64 = 1;
/// argo.h:17
pub const XEN_ARGO_DOMID_ANY: u64 = 32756;
/// argo.h:35
pub const XEN_ARGO_MAXIOV: u64 = 8;
/// argo.h:20
pub const XEN_ARGO_MAX_RING_SIZE: u64 = 16777216;
/// argo.h:87
pub const XEN_ARGO_MSG_SLOT_SIZE: u64 = 16;
/// argo.h:236
pub const XEN_ARGO_OP_notify: u64 = 4;
/// argo.h:153
pub const XEN_ARGO_OP_register_ring: u64 = 1;
/// argo.h:205
pub const XEN_ARGO_OP_sendv: u64 = 3;
/// argo.h:179
pub const XEN_ARGO_OP_unregister_ring: u64 = 2;
/// argo.h:162
pub const XEN_ARGO_REGISTER_FLAG_FAIL_EXIST: u64 = 1;
/// argo.h:103
pub const XEN_ARGO_RING_EBUSY: u64 = 32;
/// argo.h:97
pub const XEN_ARGO_RING_EMPTY: u64 = 4;
/// argo.h:101
pub const XEN_ARGO_RING_EMSGSIZE: u64 = 16;
/// argo.h:93
pub const XEN_ARGO_RING_EXISTS: u64 = 1;
/// argo.h:95
pub const XEN_ARGO_RING_SHARED: u64 = 2;
/// argo.h:99
pub const XEN_ARGO_RING_SUFFICIENT: u64 = 8;
/// version.h:52
pub const XEN_CAPABILITIES_INFO_LEN: u64 = 1024;
/// version.h:61
pub const XEN_CHANGESET_INFO_LEN: u64 = 64;
/// platform.h:562
pub const XEN_CORE_PARKING_GET: u64 = 2;
/// platform.h:561
pub const XEN_CORE_PARKING_SET: u64 = 1;
/// platform.h:376; since 4.21.0
pub const XEN_CPPC_CPC: u64 = 2;
/// platform.h:375; since 4.21.0
pub const XEN_CPPC_PSD: u64 = 1;
/// arch-x86/cpuid.h:57
pub const XEN_CPUID_FEAT1_MMU_PT_UPDATE_PRESERVE_AD: u64 = 1;
/// arch-x86/cpuid.h:25
pub const XEN_CPUID_FIRST_LEAF: u64 = 1073741824;
/// arch-x86/cpuid.h:76; since 4.18.0
pub const XEN_CPUID_HOST_TSC_RELIABLE: u64 = 2;
/// arch-x86/cpuid.h:118
pub const XEN_CPUID_MACHINE_ADDRESS_WIDTH_MASK: u64 = 255;
/// arch-x86/cpuid.h:120
pub const XEN_CPUID_MAX_NUM_LEAVES: u64 = 5;
/// arch-x86/xen.h:323
pub const XEN_CPUID_NO_SUBLEAF: u64 = 4294967295;
/// arch-x86/cpuid.h:77; since 4.18.0
pub const XEN_CPUID_RDTSCP_INSTR_AVAIL: u64 = 4;
/// arch-x86/cpuid.h:35
pub const XEN_CPUID_SIGNATURE_EBX: u64 = 1450075480;
/// arch-x86/cpuid.h:36
pub const XEN_CPUID_SIGNATURE_ECX: u64 = 1700285773;
/// arch-x86/cpuid.h:37
pub const XEN_CPUID_SIGNATURE_EDX: u64 = 1296914030;
/// arch-x86/cpuid.h:75; since 4.18.0
pub const XEN_CPUID_TSC_EMULATED: u64 = 1;
/// arch-x86/cpuid.h:80; since 4.18.0
pub const XEN_CPUID_TSC_MODE_ALWAYS_EMULATE: u64 = 1;
/// arch-x86/cpuid.h:79; since 4.18.0
pub const XEN_CPUID_TSC_MODE_DEFAULT: u64 = 0;
/// arch-x86/cpuid.h:81; since 4.18.0
pub const XEN_CPUID_TSC_MODE_NEVER_EMULATE: u64 = 2;
/// arch-x86/cpuid.h:82; since 4.18.0
pub const XEN_CPUID_TSC_MODE_PVRDTSCP: u64 = 3;
/// platform.h:458; since 4.17.0
pub const XEN_CPUPERF_SHARED_TYPE_ALL: u64 = 2;
/// platform.h:459; since 4.17.0
pub const XEN_CPUPERF_SHARED_TYPE_ANY: u64 = 3;
/// platform.h:457; since 4.17.0
pub const XEN_CPUPERF_SHARED_TYPE_HW: u64 = 1;
/// hvm/dm_op.h:411
pub const XEN_DMOP_DELETE_MEM_CACHEATTR: u64 = 4294967295;
/// hvm/dm_op.h:306
pub const XEN_DMOP_EVENT_ext_int: u64 = 0;
/// hvm/dm_op.h:308
pub const XEN_DMOP_EVENT_hw_exc: u64 = 3;
/// hvm/dm_op.h:307
pub const XEN_DMOP_EVENT_nmi: u64 = 2;
/// hvm/dm_op.h:310
pub const XEN_DMOP_EVENT_pri_sw_exc: u64 = 5;
/// hvm/dm_op.h:311
pub const XEN_DMOP_EVENT_sw_exc: u64 = 6;
/// hvm/dm_op.h:309
pub const XEN_DMOP_EVENT_sw_int: u64 = 4;
/// hvm/dm_op.h:356
pub const XEN_DMOP_IOREQ_MEM_ACCESS_READ: u64 = 1;
/// hvm/dm_op.h:357
pub const XEN_DMOP_IOREQ_MEM_ACCESS_WRITE: u64 = 2;
/// hvm/dm_op.h:128
pub const XEN_DMOP_IO_RANGE_MEMORY: u64 = 1;
/// hvm/dm_op.h:129
pub const XEN_DMOP_IO_RANGE_PCI: u64 = 2;
/// hvm/dm_op.h:127
pub const XEN_DMOP_IO_RANGE_PORT: u64 = 0;
/// hvm/dm_op.h:405
pub const XEN_DMOP_MEM_CACHEATTR_UC: u64 = 0;
/// hvm/dm_op.h:410
pub const XEN_DMOP_MEM_CACHEATTR_UCM: u64 = 7;
/// hvm/dm_op.h:409
pub const XEN_DMOP_MEM_CACHEATTR_WB: u64 = 6;
/// hvm/dm_op.h:406
pub const XEN_DMOP_MEM_CACHEATTR_WC: u64 = 1;
/// hvm/dm_op.h:408
pub const XEN_DMOP_MEM_CACHEATTR_WP: u64 = 5;
/// hvm/dm_op.h:407
pub const XEN_DMOP_MEM_CACHEATTR_WT: u64 = 4;
/// hvm/dm_op.h:48
pub const XEN_DMOP_create_ioreq_server: u64 = 1;
/// hvm/dm_op.h:166
pub const XEN_DMOP_destroy_ioreq_server: u64 = 6;
/// hvm/dm_op.h:79
pub const XEN_DMOP_get_ioreq_server_info: u64 = 2;
/// hvm/dm_op.h:296
pub const XEN_DMOP_inject_event: u64 = 13;
/// hvm/dm_op.h:326
pub const XEN_DMOP_inject_msi: u64 = 14;
/// hvm/dm_op.h:118
pub const XEN_DMOP_map_io_range_to_ioreq_server: u64 = 3;
/// hvm/dm_op.h:347
pub const XEN_DMOP_map_mem_type_to_ioreq_server: u64 = 15;
/// hvm/dm_op.h:246
pub const XEN_DMOP_modified_memory: u64 = 11;
/// hvm/dm_op.h:88
pub const XEN_DMOP_no_gfns: u64 = 1;
/// hvm/dm_op.h:440
pub const XEN_DMOP_nr_vcpus: u64 = 20;
/// hvm/dm_op.h:399
pub const XEN_DMOP_pin_memory_cacheattr: u64 = 18;
/// hvm/dm_op.h:381
pub const XEN_DMOP_relocate_memory: u64 = 17;
/// hvm/dm_op.h:368
pub const XEN_DMOP_remote_shutdown: u64 = 16;
/// hvm/dm_op.h:150
pub const XEN_DMOP_set_ioreq_server_state: u64 = 5;
/// hvm/dm_op.h:422
pub const XEN_DMOP_set_irq_level: u64 = 19;
/// hvm/dm_op.h:212
pub const XEN_DMOP_set_isa_irq_level: u64 = 9;
/// hvm/dm_op.h:276
pub const XEN_DMOP_set_mem_type: u64 = 12;
/// hvm/dm_op.h:197
pub const XEN_DMOP_set_pci_intx_level: u64 = 8;
/// hvm/dm_op.h:225
pub const XEN_DMOP_set_pci_link_route: u64 = 10;
/// hvm/dm_op.h:182
pub const XEN_DMOP_track_dirty_vram: u64 = 7;
/// hvm/dm_op.h:119
pub const XEN_DMOP_unmap_io_range_from_ioreq_server: u64 = 4;
/// errno.h:36
pub const XEN_E2BIG: u64 = 7;
/// errno.h:36
pub const XEN_EACCES: u64 = 13;
/// errno.h:36
pub const XEN_EADDRINUSE: u64 = 98;
/// errno.h:36
pub const XEN_EADDRNOTAVAIL: u64 = 99;
/// errno.h:36
pub const XEN_EAGAIN: u64 = 11;
/// errno.h:36
pub const XEN_EBADF: u64 = 9;
/// errno.h:36
pub const XEN_EBADMSG: u64 = 74;
/// errno.h:36
pub const XEN_EBUSY: u64 = 16;
/// errno.h:36
pub const XEN_ECHILD: u64 = 10;
/// errno.h:36
pub const XEN_ECONNREFUSED: u64 = 111;
/// errno.h:36
pub const XEN_EDEADLK: u64 = 35;
/// errno.h:36
pub const XEN_EDEADLOCK: u64 = 35;
/// errno.h:36
pub const XEN_EDOM: u64 = 33;
/// errno.h:36
pub const XEN_EEXIST: u64 = 17;
/// errno.h:36
pub const XEN_EFAULT: u64 = 14;
/// platform.h:159
pub const XEN_EFI_GET_TIME_SET_CLEARS_NS: u64 = 1;
/// platform.h:168
pub const XEN_EFI_GET_WAKEUP_TIME_ENABLED: u64 = 1;
/// platform.h:169
pub const XEN_EFI_GET_WAKEUP_TIME_PENDING: u64 = 2;
/// platform.h:172
pub const XEN_EFI_SET_WAKEUP_TIME_ENABLE: u64 = 1;
/// platform.h:173
pub const XEN_EFI_SET_WAKEUP_TIME_ENABLE_ONLY: u64 = 2;
/// platform.h:177
pub const XEN_EFI_VARIABLE_BOOTSERVICE_ACCESS: u64 = 2;
/// platform.h:176
pub const XEN_EFI_VARIABLE_NON_VOLATILE: u64 = 1;
/// platform.h:178
pub const XEN_EFI_VARIABLE_RUNTIME_ACCESS: u64 = 4;
/// platform.h:192
pub const XEN_EFI_VARINFO_BOOT_SNAPSHOT: u64 = 1;
/// platform.h:122
pub const XEN_EFI_get_next_high_monotonic_count: u64 = 5;
/// platform.h:125
pub const XEN_EFI_get_next_variable_name: u64 = 8;
/// platform.h:118
pub const XEN_EFI_get_time: u64 = 1;
/// platform.h:123
pub const XEN_EFI_get_variable: u64 = 6;
/// platform.h:120
pub const XEN_EFI_get_wakeup_time: u64 = 3;
/// platform.h:127
pub const XEN_EFI_query_capsule_capabilities: u64 = 10;
/// platform.h:126
pub const XEN_EFI_query_variable_info: u64 = 9;
/// platform.h:119
pub const XEN_EFI_set_time: u64 = 2;
/// platform.h:124
pub const XEN_EFI_set_variable: u64 = 7;
/// platform.h:121
pub const XEN_EFI_set_wakeup_time: u64 = 4;
/// platform.h:128
pub const XEN_EFI_update_capsule: u64 = 11;
/// errno.h:36
pub const XEN_EILSEQ: u64 = 84;
/// errno.h:36
pub const XEN_EINVAL: u64 = 22;
/// errno.h:36
pub const XEN_EIO: u64 = 5;
/// errno.h:36
pub const XEN_EISCONN: u64 = 106;
/// errno.h:36
pub const XEN_EISDIR: u64 = 21;
/// elfnote.h:132
pub const XEN_ELFNOTE_BSD_SYMTAB: u64 = 11;
/// elfnote.h:229
pub const XEN_ELFNOTE_CRASH_INFO: u64 = 16777217;
/// elfnote.h:239
pub const XEN_ELFNOTE_CRASH_REGS: u64 = 16777218;
/// elfnote.h:274
pub const XEN_ELFNOTE_DUMPCORE_FORMAT_VERSION: u64 = 33554435;
/// elfnote.h:257
pub const XEN_ELFNOTE_DUMPCORE_HEADER: u64 = 33554433;
/// elfnote.h:249
pub const XEN_ELFNOTE_DUMPCORE_NONE: u64 = 33554432;
/// elfnote.h:266
pub const XEN_ELFNOTE_DUMPCORE_XEN_VERSION: u64 = 33554434;
/// elfnote.h:41
pub const XEN_ELFNOTE_ENTRY: u64 = 1;
/// elfnote.h:124
pub const XEN_ELFNOTE_FEATURES: u64 = 10;
/// elfnote.h:82
pub const XEN_ELFNOTE_GUEST_OS: u64 = 6;
/// elfnote.h:89
pub const XEN_ELFNOTE_GUEST_VERSION: u64 = 7;
/// elfnote.h:141
pub const XEN_ELFNOTE_HV_START_LOW: u64 = 12;
/// elfnote.h:48
pub const XEN_ELFNOTE_HYPERCALL_PAGE: u64 = 2;
/// elfnote.h:34
pub const XEN_ELFNOTE_INFO: u64 = 0;
/// elfnote.h:168
pub const XEN_ELFNOTE_INIT_P2M: u64 = 15;
/// elfnote.h:147
pub const XEN_ELFNOTE_L1_MFN_VALID: u64 = 13;
/// elfnote.h:96
pub const XEN_ELFNOTE_LOADER: u64 = 8;
/// elfnote.h:174
pub const XEN_ELFNOTE_MOD_START_PFN: u64 = 16;
/// elfnote.h:68
pub const XEN_ELFNOTE_PADDR_OFFSET: u64 = 4;
/// elfnote.h:112
pub const XEN_ELFNOTE_PAE_MODE: u64 = 9;
/// elfnote.h:197
pub const XEN_ELFNOTE_PHYS32_ENTRY: u64 = 18;
/// elfnote.h:215; since 4.19.0
pub const XEN_ELFNOTE_PHYS32_RELOC: u64 = 19;
/// elfnote.h:187
pub const XEN_ELFNOTE_SUPPORTED_FEATURES: u64 = 17;
/// elfnote.h:155
pub const XEN_ELFNOTE_SUSPEND_CANCEL: u64 = 14;
/// elfnote.h:56
pub const XEN_ELFNOTE_VIRT_BASE: u64 = 3;
/// elfnote.h:75
pub const XEN_ELFNOTE_XEN_VERSION: u64 = 5;
/// errno.h:36
pub const XEN_EMFILE: u64 = 24;
/// errno.h:36
pub const XEN_EMLINK: u64 = 31;
/// errno.h:36
pub const XEN_EMSGSIZE: u64 = 90;
/// errno.h:36
pub const XEN_ENAMETOOLONG: u64 = 36;
/// errno.h:36
pub const XEN_ENFILE: u64 = 23;
/// errno.h:36
pub const XEN_ENOBUFS: u64 = 105;
/// errno.h:36
pub const XEN_ENODATA: u64 = 61;
/// errno.h:36
pub const XEN_ENODEV: u64 = 19;
/// errno.h:36
pub const XEN_ENOENT: u64 = 2;
/// errno.h:36
pub const XEN_ENOEXEC: u64 = 8;
/// errno.h:36
pub const XEN_ENOLCK: u64 = 37;
/// errno.h:36
pub const XEN_ENOMEM: u64 = 12;
/// errno.h:36
pub const XEN_ENOSPC: u64 = 28;
/// errno.h:36
pub const XEN_ENOSYS: u64 = 38;
/// errno.h:36
pub const XEN_ENOTCONN: u64 = 107;
/// errno.h:36
pub const XEN_ENOTDIR: u64 = 20;
/// errno.h:36
pub const XEN_ENOTEMPTY: u64 = 39;
/// errno.h:36
pub const XEN_ENOTSOCK: u64 = 88;
/// errno.h:36
pub const XEN_ENXIO: u64 = 6;
/// errno.h:36
pub const XEN_EOPNOTSUPP: u64 = 95;
/// errno.h:36
pub const XEN_EOVERFLOW: u64 = 75;
/// errno.h:36
pub const XEN_EPERM: u64 = 1;
/// errno.h:36
pub const XEN_ERANGE: u64 = 34;
/// errno.h:36
pub const XEN_EROFS: u64 = 30;
/// errno.h:36
pub const XEN_ESRCH: u64 = 3;
/// errno.h:36
pub const XEN_ETIME: u64 = 62;
/// errno.h:36
pub const XEN_ETIMEDOUT: u64 = 110;
/// errno.h:36
pub const XEN_EWOULDBLOCK: u64 = 11;
/// errno.h:36
pub const XEN_EXDEV: u64 = 18;
/// version.h:29
pub const XEN_EXTRAVERSION_LEN: u64 = 16;
/// xsm/flask_op.h:13
pub const XEN_FLASK_INTERFACE_VERSION: u64 = 1;
/// platform.h:218
pub const XEN_FW_DISK_INFO: u64 = 1;
/// platform.h:219
pub const XEN_FW_DISK_MBR_SIGNATURE: u64 = 2;
/// platform.h:228
pub const XEN_FW_EFI_APPLE_PROPERTIES: u64 = 6;
/// platform.h:223
pub const XEN_FW_EFI_CONFIG_TABLE: u64 = 1;
/// platform.h:221
pub const XEN_FW_EFI_INFO: u64 = 4;
/// platform.h:225
pub const XEN_FW_EFI_MEM_INFO: u64 = 3;
/// platform.h:227
pub const XEN_FW_EFI_PCI_ROM: u64 = 5;
/// platform.h:226
pub const XEN_FW_EFI_RT_VERSION: u64 = 4;
/// platform.h:224
pub const XEN_FW_EFI_VENDOR: u64 = 2;
/// platform.h:222
pub const XEN_FW_EFI_VERSION: u64 = 0;
/// platform.h:229
pub const XEN_FW_KBD_SHIFT_FLAGS: u64 = 5;
/// platform.h:220
pub const XEN_FW_VBEDDC_INFO: u64 = 3;
/// arch-x86/xen.h:62
pub const XEN_HAVE_PV_GUEST_ENTRY: u64 = 1;
/// arch-x86/xen.h:64
pub const XEN_HAVE_PV_UPCALL_MASK: u64 = 1;
/// arch-x86/cpuid.h:91
pub const XEN_HVM_CPUID_APIC_ACCESS_VIRT: u64 = 1;
/// arch-x86/cpuid.h:96
pub const XEN_HVM_CPUID_DOMID_PRESENT: u64 = 16;
/// arch-x86/cpuid.h:103; since 4.17.0
pub const XEN_HVM_CPUID_EXT_DEST_ID: u64 = 32;
/// arch-x86/cpuid.h:94
pub const XEN_HVM_CPUID_IOMMU_MAPPINGS: u64 = 4;
/// arch-x86/cpuid.h:108; since 4.17.0
pub const XEN_HVM_CPUID_UPCALL_VECTOR: u64 = 64;
/// arch-x86/cpuid.h:95
pub const XEN_HVM_CPUID_VCPU_ID_PRESENT: u64 = 8;
/// arch-x86/cpuid.h:92
pub const XEN_HVM_CPUID_X2APIC_VIRT: u64 = 2;
/// arch-x86/xen.h:373
pub const XEN_HVM_DEBUGCONS_IOPORT: u64 = 233;
/// hvm/params.h:291
pub const XEN_HVM_MCA_CAP_LMCE: u64 = 1;
/// hvm/params.h:292
pub const XEN_HVM_MCA_CAP_MASK: u64 = 1;
/// arch-x86/hvm/start_info.h:96
pub const XEN_HVM_MEMMAP_TYPE_ACPI: u64 = 3;
/// arch-x86/hvm/start_info.h:99
pub const XEN_HVM_MEMMAP_TYPE_DISABLED: u64 = 6;
/// arch-x86/hvm/start_info.h:97
pub const XEN_HVM_MEMMAP_TYPE_NVS: u64 = 4;
/// arch-x86/hvm/start_info.h:100
pub const XEN_HVM_MEMMAP_TYPE_PMEM: u64 = 7;
/// arch-x86/hvm/start_info.h:94
pub const XEN_HVM_MEMMAP_TYPE_RAM: u64 = 1;
/// arch-x86/hvm/start_info.h:95
pub const XEN_HVM_MEMMAP_TYPE_RESERVED: u64 = 2;
/// arch-x86/hvm/start_info.h:98
pub const XEN_HVM_MEMMAP_TYPE_UNUSABLE: u64 = 5;
/// arch-x86/hvm/start_info.h:86
pub const XEN_HVM_START_MAGIC_VALUE: u64 = 862897528;
/// hypfs.h:34
pub const XEN_HYPFS_ENC_GZIP: u64 = 1;
/// hypfs.h:33
pub const XEN_HYPFS_ENC_PLAIN: u64 = 0;
/// hypfs.h:22
pub const XEN_HYPFS_MAX_PATHLEN: u64 = 1024;
/// hypfs.h:64
pub const XEN_HYPFS_OP_get_version: u64 = 0;
/// hypfs.h:91
pub const XEN_HYPFS_OP_read: u64 = 1;
/// hypfs.h:111
pub const XEN_HYPFS_OP_write_contents: u64 = 2;
/// hypfs.h:27
pub const XEN_HYPFS_TYPE_BLOB: u64 = 1;
/// hypfs.h:31
pub const XEN_HYPFS_TYPE_BOOL: u64 = 5;
/// hypfs.h:26
pub const XEN_HYPFS_TYPE_DIR: u64 = 0;
/// hypfs.h:30
pub const XEN_HYPFS_TYPE_INT: u64 = 4;
/// hypfs.h:28
pub const XEN_HYPFS_TYPE_STRING: u64 = 2;
/// hypfs.h:29
pub const XEN_HYPFS_TYPE_UINT: u64 = 3;
/// hypfs.h:19
pub const XEN_HYPFS_VERSION: u64 = 1;
/// arch-x86/xen.h:98
pub const XEN_LEGACY_MAX_VCPUS: u64 = 32;
/// arch-x86/xen-mca.h:48
pub const XEN_MCA_INTERFACE_VERSION: u64 = 32292867;
/// arch-x86/xen-mca.h:55
pub const XEN_MC_ACK: u64 = 4;
/// arch-x86/xen-mca.h:69
pub const XEN_MC_CANNOTHANDLE: u64 = 8;
/// arch-x86/xen-mca.h:60
pub const XEN_MC_FETCHFAILED: u64 = 1;
/// arch-x86/xen-mca.h:62
pub const XEN_MC_NODATA: u64 = 2;
/// arch-x86/xen-mca.h:66
pub const XEN_MC_NOMATCH: u64 = 4;
/// arch-x86/xen-mca.h:51
pub const XEN_MC_NONURGENT: u64 = 1;
/// arch-x86/xen-mca.h:71
pub const XEN_MC_NOTDELIVERED: u64 = 16;
/// arch-x86/xen-mca.h:58
pub const XEN_MC_OK: u64 = 0;
/// arch-x86/xen-mca.h:53
pub const XEN_MC_URGENT: u64 = 2;
/// arch-x86/xen-mca.h:75
pub const XEN_MC_VCPUID_INVALID: u64 = 65535;
/// arch-x86/xen-mca.h:333
pub const XEN_MC_fetch: u64 = 1;
/// arch-x86/xen-mca.h:397
pub const XEN_MC_mceinject: u64 = 5;
/// arch-x86/xen-mca.h:379
pub const XEN_MC_msrinject: u64 = 4;
/// arch-x86/xen-mca.h:353
pub const XEN_MC_notifydomain: u64 = 2;
/// arch-x86/xen-mca.h:369
pub const XEN_MC_physcpuinfo: u64 = 3;
/// io/netif.h:444
pub const XEN_NETIF_CTRLF_GREF_readonly: u64 = 1;
/// io/netif.h:277
pub const XEN_NETIF_CTRL_HASH_ALGORITHM_NONE: u64 = 0;
/// io/netif.h:283
pub const XEN_NETIF_CTRL_HASH_ALGORITHM_TOEPLITZ: u64 = 1;
/// io/netif.h:227
pub const XEN_NETIF_CTRL_HASH_TYPE_IPV4: u64 = 1;
/// io/netif.h:242
pub const XEN_NETIF_CTRL_HASH_TYPE_IPV4_TCP: u64 = 2;
/// io/netif.h:254
pub const XEN_NETIF_CTRL_HASH_TYPE_IPV6: u64 = 4;
/// io/netif.h:269
pub const XEN_NETIF_CTRL_HASH_TYPE_IPV6_TCP: u64 = 8;
/// io/netif.h:406
pub const XEN_NETIF_CTRL_STATUS_BUFFER_OVERFLOW: u64 = 3;
/// io/netif.h:405
pub const XEN_NETIF_CTRL_STATUS_INVALID_PARAMETER: u64 = 2;
/// io/netif.h:404
pub const XEN_NETIF_CTRL_STATUS_NOT_SUPPORTED: u64 = 1;
/// io/netif.h:403
pub const XEN_NETIF_CTRL_STATUS_SUCCESS: u64 = 0;
/// io/netif.h:372
pub const XEN_NETIF_CTRL_TYPE_ADD_GREF_MAPPING: u64 = 9;
/// io/netif.h:373
pub const XEN_NETIF_CTRL_TYPE_DEL_GREF_MAPPING: u64 = 10;
/// io/netif.h:371
pub const XEN_NETIF_CTRL_TYPE_GET_GREF_MAPPING_SIZE: u64 = 8;
/// io/netif.h:364
pub const XEN_NETIF_CTRL_TYPE_GET_HASH_FLAGS: u64 = 1;
/// io/netif.h:367
pub const XEN_NETIF_CTRL_TYPE_GET_HASH_MAPPING_SIZE: u64 = 4;
/// io/netif.h:363
pub const XEN_NETIF_CTRL_TYPE_INVALID: u64 = 0;
/// io/netif.h:370
pub const XEN_NETIF_CTRL_TYPE_SET_HASH_ALGORITHM: u64 = 7;
/// io/netif.h:365
pub const XEN_NETIF_CTRL_TYPE_SET_HASH_FLAGS: u64 = 2;
/// io/netif.h:366
pub const XEN_NETIF_CTRL_TYPE_SET_HASH_KEY: u64 = 3;
/// io/netif.h:369
pub const XEN_NETIF_CTRL_TYPE_SET_HASH_MAPPING: u64 = 6;
/// io/netif.h:368
pub const XEN_NETIF_CTRL_TYPE_SET_HASH_MAPPING_SIZE: u64 = 5;
/// io/netif.h:993
pub const XEN_NETIF_EXTRA_FLAG_MORE: u64 = 1;
/// io/netif.h:985
pub const XEN_NETIF_EXTRA_TYPE_GSO: u64 = 1;
/// io/netif.h:988
pub const XEN_NETIF_EXTRA_TYPE_HASH: u64 = 4;
/// io/netif.h:989
pub const XEN_NETIF_EXTRA_TYPE_MAX: u64 = 5;
/// io/netif.h:986
pub const XEN_NETIF_EXTRA_TYPE_MCAST_ADD: u64 = 2;
/// io/netif.h:987
pub const XEN_NETIF_EXTRA_TYPE_MCAST_DEL: u64 = 3;
/// io/netif.h:984
pub const XEN_NETIF_EXTRA_TYPE_NONE: u64 = 0;
/// io/netif.h:996
pub const XEN_NETIF_GSO_TYPE_NONE: u64 = 0;
/// io/netif.h:997
pub const XEN_NETIF_GSO_TYPE_TCPV4: u64 = 1;
/// io/netif.h:998
pub const XEN_NETIF_GSO_TYPE_TCPV6: u64 = 2;
/// io/netif.h:973
pub const XEN_NETIF_MAX_TX_SIZE: u64 = 65535;
/// io/netif.h:32
pub const XEN_NETIF_NR_SLOTS_MIN: u64 = 18;
/// nmi.h:21
pub const XEN_NMIREASON_io_error: u64 = 1;
/// nmi.h:24
pub const XEN_NMIREASON_pci_serr: u64 = 2;
/// nmi.h:32
pub const XEN_NMIREASON_unknown: u64 = 4;
/// io/ring.h:398
pub const XEN_PAGE_SHIFT: u64 = 12;
/// io/pciif.h:17
pub const XEN_PCIB_AERHANDLER: u64 = 2;
/// io/pciif.h:19
pub const XEN_PCIB_active: u64 = 4;
/// io/pciif.h:15
pub const XEN_PCIF_active: u64 = 1;
/// physdev.h:269
pub const XEN_PCI_DEV_EXTFN: u64 = 1;
/// physdev.h:271
pub const XEN_PCI_DEV_PXM: u64 = 4;
/// physdev.h:270
pub const XEN_PCI_DEV_VIRTFN: u64 = 2;
/// io/pciif.h:38
pub const XEN_PCI_ERR_access_denied: i64 = -3;
/// io/pciif.h:36
pub const XEN_PCI_ERR_dev_not_found: i64 = -1;
/// io/pciif.h:37
pub const XEN_PCI_ERR_invalid_offset: i64 = -2;
/// io/pciif.h:39
pub const XEN_PCI_ERR_not_implemented: i64 = -4;
/// io/pciif.h:41
pub const XEN_PCI_ERR_op_failed: i64 = -5;
/// io/pciif.h:35
pub const XEN_PCI_ERR_success: u64 = 0;
/// physdev.h:256
pub const XEN_PCI_MMCFG_RESERVED: u64 = 1;
/// io/pciif.h:28
pub const XEN_PCI_OP_aer_detected: u64 = 6;
/// io/pciif.h:30
pub const XEN_PCI_OP_aer_mmio: u64 = 8;
/// io/pciif.h:29
pub const XEN_PCI_OP_aer_resume: u64 = 7;
/// io/pciif.h:31
pub const XEN_PCI_OP_aer_slotreset: u64 = 9;
/// io/pciif.h:22
pub const XEN_PCI_OP_conf_read: u64 = 0;
/// io/pciif.h:23
pub const XEN_PCI_OP_conf_write: u64 = 1;
/// io/pciif.h:25
pub const XEN_PCI_OP_disable_msi: u64 = 3;
/// io/pciif.h:27
pub const XEN_PCI_OP_disable_msix: u64 = 5;
/// io/pciif.h:24
pub const XEN_PCI_OP_enable_msi: u64 = 2;
/// io/pciif.h:26
pub const XEN_PCI_OP_enable_msix: u64 = 4;
/// io/pciif.h:32
pub const XEN_PCI_OP_enable_multi_msi: u64 = 10;
/// platform.h:508
pub const XEN_PCPU_FLAGS_INVALID: u64 = 2;
/// platform.h:506
pub const XEN_PCPU_FLAGS_ONLINE: u64 = 1;
/// platform.h:366; since 4.21.0
pub const XEN_PM_CPPC: u64 = 4;
/// platform.h:362
pub const XEN_PM_CX: u64 = 0;
/// platform.h:365
pub const XEN_PM_PDC: u64 = 3;
/// platform.h:363
pub const XEN_PM_PX: u64 = 1;
/// platform.h:364
pub const XEN_PM_TX: u64 = 2;
/// platform.h:357
pub const XEN_PROCESSOR_PM_CX: u64 = 1;
/// platform.h:358
pub const XEN_PROCESSOR_PM_PX: u64 = 2;
/// platform.h:359
pub const XEN_PROCESSOR_PM_TX: u64 = 4;
/// xen.h:700
pub const XEN_PVCLOCK_GUEST_STOPPED: u64 = 2;
/// xen.h:699
pub const XEN_PVCLOCK_TSC_STABLE_BIT: u64 = 1;
/// platform.h:369
pub const XEN_PX_PCT: u64 = 1;
/// platform.h:371
pub const XEN_PX_PPC: u64 = 4;
/// platform.h:372
pub const XEN_PX_PSD: u64 = 8;
/// platform.h:370
pub const XEN_PX_PSS: u64 = 2;
/// platform.h:583
pub const XEN_RESOURCE_OP_MSR_READ: u64 = 0;
/// platform.h:584
pub const XEN_RESOURCE_OP_MSR_WRITE: u64 = 1;
/// vcpu.h:74
pub const XEN_RUNSTATE_UPDATE: u64 = 9223372036854775808;
/// xen.h:939
pub const XEN_VGATYPE_EFI_LFB: u64 = 112;
/// xen.h:937
pub const XEN_VGATYPE_TEXT_MODE_3: u64 = 3;
/// xen.h:938
pub const XEN_VGATYPE_VESA_LFB: u64 = 35;
/// io/vscsiif.h:316; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_ABORT: u64 = 5;
/// io/vscsiif.h:342; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_ALLOC_FAILURE: u64 = 18;
/// io/vscsiif.h:324; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_BAD_INTR: u64 = 9;
/// io/vscsiif.h:314; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_BAD_TARGET: u64 = 4;
/// io/vscsiif.h:310; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_BUS_BUSY: u64 = 2;
/// io/vscsiif.h:320; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_ERROR: u64 = 7;
/// io/vscsiif.h:330; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_IMM_RETRY: u64 = 12;
/// io/vscsiif.h:344; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_MEDIUM_ERROR: u64 = 19;
/// io/vscsiif.h:340; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_NEXUS_FAILURE: u64 = 17;
/// io/vscsiif.h:308; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_NO_CONNECT: u64 = 1;
/// io/vscsiif.h:306; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_OK: u64 = 0;
/// io/vscsiif.h:318; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_PARITY: u64 = 6;
/// io/vscsiif.h:326; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_PASSTHROUGH: u64 = 10;
/// io/vscsiif.h:332; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_REQUEUE: u64 = 13;
/// io/vscsiif.h:322; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_RESET: u64 = 8;
/// io/vscsiif.h:328; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_SOFT_ERROR: u64 = 11;
/// io/vscsiif.h:338; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_TARGET_FAILURE: u64 = 16;
/// io/vscsiif.h:312; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_TIME_OUT: u64 = 3;
/// io/vscsiif.h:334; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_TRANSPORT_DISRUPTED: u64 = 14;
/// io/vscsiif.h:336; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_TRANSPORT_FAILFAST: u64 = 15;
/// io/vscsiif.h:346; since 4.17.0
pub const XEN_VSCSIIF_RSLT_HOST_TRANSPORT_MARGINAL: u64 = 20;
/// io/vscsiif.h:350; since 4.17.0
pub const XEN_VSCSIIF_RSLT_RESET_FAILED: u64 = 8195;
/// io/vscsiif.h:349; since 4.17.0
pub const XEN_VSCSIIF_RSLT_RESET_SUCCESS: u64 = 8194;
/// arch-x86/hvm/save.h:149
pub const XEN_X86_FPU_INITIALISED: u64 = 1;
/// io/xs_wire.h:12
pub const XS_CONTROL: u64 = 0;
/// io/xs_wire.h:15
pub const XS_DEBUG: u64 = 0;
/// io/xs_wire.h:12
pub const XS_DIRECTORY: u64 = 1;
/// io/xs_wire.h:12
pub const XS_DIRECTORY_PART: u64 = 22;
/// io/xs_wire.h:12
pub const XS_ERROR: u64 = 16;
/// io/xs_wire.h:12
pub const XS_GET_DOMAIN_PATH: u64 = 10;
/// io/xs_wire.h:12; since 4.21.0
pub const XS_GET_FEATURE: u64 = 23;
/// io/xs_wire.h:12
pub const XS_GET_PERMS: u64 = 3;
/// io/xs_wire.h:12; since 4.21.0
pub const XS_GET_QUOTA: u64 = 25;
/// io/xs_wire.h:12
pub const XS_INTRODUCE: u64 = 8;
/// io/xs_wire.h:12
pub const XS_INVALID: u64 = 65535;
/// io/xs_wire.h:12
pub const XS_IS_DOMAIN_INTRODUCED: u64 = 17;
/// io/xs_wire.h:12
pub const XS_MKDIR: u64 = 12;
/// io/xs_wire.h:12
pub const XS_READ: u64 = 2;
/// io/xs_wire.h:12
pub const XS_RELEASE: u64 = 9;
/// io/xs_wire.h:12
pub const XS_RESET_WATCHES: u64 = 21;
/// io/xs_wire.h:12
pub const XS_RESUME: u64 = 18;
/// io/xs_wire.h:12
pub const XS_RM: u64 = 13;
/// io/xs_wire.h:12; since 4.21.0
pub const XS_SET_FEATURE: u64 = 24;
/// io/xs_wire.h:12
pub const XS_SET_PERMS: u64 = 14;
/// io/xs_wire.h:12; since 4.21.0
pub const XS_SET_QUOTA: u64 = 26;
/// io/xs_wire.h:12
pub const XS_SET_TARGET: u64 = 19;
/// io/xs_wire.h:12
pub const XS_TRANSACTION_END: u64 = 7;
/// io/xs_wire.h:12
pub const XS_TRANSACTION_START: u64 = 6;
/// io/xs_wire.h:12
pub const XS_UNWATCH: u64 = 5;
/// io/xs_wire.h:12
pub const XS_WATCH: u64 = 4;
/// io/xs_wire.h:12
pub const XS_WATCH_EVENT: u64 = 15;
/// io/xs_wire.h:92
pub const XS_WATCH_PATH: u64 = 0;
/// io/xs_wire.h:92
pub const XS_WATCH_TOKEN: u64 = 1;
/// io/xs_wire.h:12
pub const XS_WRITE: u64 = 11;
/// io/xenbus.h:19
pub const XenbusStateClosed: u64 = 6;
/// io/xenbus.h:19
pub const XenbusStateClosing: u64 = 5;
/// io/xenbus.h:19
pub const XenbusStateConnected: u64 = 4;
/// io/xenbus.h:19
pub const XenbusStateInitWait: u64 = 2;
/// io/xenbus.h:19
pub const XenbusStateInitialised: u64 = 3;
/// io/xenbus.h:19
pub const XenbusStateInitialising: u64 = 1;
/// io/xenbus.h:19
pub const XenbusStateReconfigured: u64 = 8;
/// io/xenbus.h:19
pub const XenbusStateReconfiguring: u64 = 7;
/// io/xenbus.h:19
pub const XenbusStateUnknown: u64 = 0;
/// callback.h:60
pub const _CALLBACKF_mask_events: u64 = 0;
/// grant_table.h:440
pub const _GNTCOPY_dest_gref: u64 = 1;
/// grant_table.h:438
pub const _GNTCOPY_source_gref: u64 = 0;
/// grant_table.h:604
pub const _GNTMAP_application_map: u64 = 3;
/// grant_table.h:632; until 4.15.7
pub const _GNTMAP_can_fail: u64 = 5;
/// grant_table.h:612
pub const _GNTMAP_contains_pte: u64 = 4;
/// grant_table.h:591
pub const _GNTMAP_device_map: u64 = 0;
/// grant_table.h:619
pub const _GNTMAP_guest_avail0: u64 = 16;
/// grant_table.h:594
pub const _GNTMAP_host_map: u64 = 1;
/// grant_table.h:597
pub const _GNTMAP_readonly: u64 = 2;
/// grant_table.h:174
pub const _GTF_PAT: u64 = 7;
/// grant_table.h:172
pub const _GTF_PCD: u64 = 6;
/// grant_table.h:170
pub const _GTF_PWT: u64 = 5;
/// grant_table.h:166
pub const _GTF_reading: u64 = 3;
/// grant_table.h:164
pub const _GTF_readonly: u64 = 2;
/// grant_table.h:176
pub const _GTF_sub_page: u64 = 8;
/// grant_table.h:189
pub const _GTF_transfer_committed: u64 = 2;
/// grant_table.h:191
pub const _GTF_transfer_completed: u64 = 3;
/// grant_table.h:168
pub const _GTF_writing: u64 = 4;
/// hvm/params.h:131
pub const _HVMPV_apic_assist: u64 = 5;
/// hvm/params.h:105
pub const _HVMPV_base_freq: u64 = 0;
/// hvm/params.h:159
pub const _HVMPV_cpu_hotplug: u64 = 12;
/// hvm/params.h:135
pub const _HVMPV_crash_ctl: u64 = 6;
/// hvm/params.h:151
pub const _HVMPV_ex_processor_masks: u64 = 10;
/// hvm/params.h:147
pub const _HVMPV_hcall_ipi: u64 = 9;
/// hvm/params.h:127
pub const _HVMPV_hcall_remote_tlb_flush: u64 = 4;
/// hvm/params.h:115
pub const _HVMPV_no_freq: u64 = 1;
/// hvm/params.h:155
pub const _HVMPV_no_vp_limit: u64 = 11;
/// hvm/params.h:123
pub const _HVMPV_reference_tsc: u64 = 3;
/// hvm/params.h:143
pub const _HVMPV_stimer: u64 = 8;
/// hvm/params.h:139
pub const _HVMPV_synic: u64 = 7;
/// hvm/params.h:119
pub const _HVMPV_time_ref_count: u64 = 2;
/// io/netif.h:1045
pub const _NETRXF_csum_blank: u64 = 1;
/// io/netif.h:1041
pub const _NETRXF_data_validated: u64 = 0;
/// io/netif.h:1053
pub const _NETRXF_extra_info: u64 = 3;
/// io/netif.h:1057
pub const _NETRXF_gso_prefix: u64 = 4;
/// io/netif.h:1049
pub const _NETRXF_more_data: u64 = 2;
/// io/netif.h:958
pub const _NETTXF_csum_blank: u64 = 0;
/// io/netif.h:962
pub const _NETTXF_data_validated: u64 = 1;
/// io/netif.h:970
pub const _NETTXF_extra_info: u64 = 3;
/// io/netif.h:966
pub const _NETTXF_more_data: u64 = 2;
/// vcpu.h:159
pub const _VCPU_SSHOTTMR_future: u64 = 0;
/// arch-x86/xen.h:167
pub const _VGCF_failsafe_disables_events: u64 = 3;
/// arch-x86/xen.h:163
pub const _VGCF_i387_valid: u64 = 0;
/// arch-x86/xen.h:165
pub const _VGCF_in_kernel: u64 = 2;
/// arch-x86/xen.h:171
pub const _VGCF_online: u64 = 5;
/// arch-x86/xen.h:169
pub const _VGCF_syscall_disables_events: u64 = 4;
/// physdev.h:68
pub const _XENIRQSTAT_needs_eoi: u64 = 0;
/// physdev.h:72
pub const _XENIRQSTAT_shared: u64 = 1;
/// arch-x86/cpuid.h:56
pub const _XEN_CPUID_FEAT1_MMU_PT_UPDATE_PRESERVE_AD: u64 = 0;
/// hvm/dm_op.h:87
pub const _XEN_DMOP_no_gfns: u64 = 0;
/// io/netif.h:443
pub const _XEN_NETIF_CTRLF_GREF_readonly: u64 = 0;
/// io/netif.h:226
pub const _XEN_NETIF_CTRL_HASH_TYPE_IPV4: u64 = 0;
/// io/netif.h:241
pub const _XEN_NETIF_CTRL_HASH_TYPE_IPV4_TCP: u64 = 1;
/// io/netif.h:253
pub const _XEN_NETIF_CTRL_HASH_TYPE_IPV6: u64 = 2;
/// io/netif.h:268
pub const _XEN_NETIF_CTRL_HASH_TYPE_IPV6_TCP: u64 = 3;
/// io/netif.h:992
pub const _XEN_NETIF_EXTRA_FLAG_MORE: u64 = 0;
/// nmi.h:20
pub const _XEN_NMIREASON_io_error: u64 = 0;
/// nmi.h:23
pub const _XEN_NMIREASON_pci_serr: u64 = 1;
/// nmi.h:31
pub const _XEN_NMIREASON_unknown: u64 = 2;
/// io/pciif.h:16
pub const _XEN_PCIB_AERHANDLER: u64 = 1;
/// io/pciif.h:18
pub const _XEN_PCIB_active: u64 = 2;
/// io/pciif.h:14
pub const _XEN_PCIF_active: u64 = 0;
/// arch-x86/hvm/save.h:148
pub const _XEN_X86_FPU_INITIALISED: u64 = 0;
/// arch-x86/xen-x86_32.h:59
pub const __HYPERVISOR_VIRT_START: u64 = 4118806528;
/// arch-x86/xen-x86_32.h:49
pub const __HYPERVISOR_VIRT_START_NONPAE: u64 = 4227858432;
/// arch-x86/xen-x86_32.h:41
pub const __HYPERVISOR_VIRT_START_PAE: u64 = 4118806528;
/// xen.h:123
pub const __HYPERVISOR_arch_0: u64 = 48;
/// xen.h:124
pub const __HYPERVISOR_arch_1: u64 = 49;
/// xen.h:125
pub const __HYPERVISOR_arch_2: u64 = 50;
/// xen.h:126
pub const __HYPERVISOR_arch_3: u64 = 51;
/// xen.h:127
pub const __HYPERVISOR_arch_4: u64 = 52;
/// xen.h:128
pub const __HYPERVISOR_arch_5: u64 = 53;
/// xen.h:129
pub const __HYPERVISOR_arch_6: u64 = 54;
/// xen.h:130
pub const __HYPERVISOR_arch_7: u64 = 55;
/// xen.h:117
pub const __HYPERVISOR_argo_op: u64 = 39;
/// xen.h:108
pub const __HYPERVISOR_callback_op: u64 = 30;
/// xen.h:96
pub const __HYPERVISOR_console_io: u64 = 18;
/// xen.h:119
pub const __HYPERVISOR_dm_op: u64 = 41;
/// xen.h:114
pub const __HYPERVISOR_domctl: u64 = 36;
/// xen.h:110
pub const __HYPERVISOR_event_channel_op: u64 = 32;
/// xen.h:94
pub const __HYPERVISOR_event_channel_op_compat: u64 = 16;
/// xen.h:84
pub const __HYPERVISOR_fpu_taskswitch: u64 = 5;
/// xen.h:88
pub const __HYPERVISOR_get_debugreg: u64 = 9;
/// xen.h:98
pub const __HYPERVISOR_grant_table_op: u64 = 20;
/// xen.h:112
pub const __HYPERVISOR_hvm_op: u64 = 34;
/// xen.h:120
pub const __HYPERVISOR_hypfs_op: u64 = 42;
/// xen.h:101
pub const __HYPERVISOR_iret: u64 = 23;
/// xen.h:115
pub const __HYPERVISOR_kexec_op: u64 = 37;
/// arch-x86/xen-mca.h:40
pub const __HYPERVISOR_mca: u64 = 48;
/// xen.h:90
pub const __HYPERVISOR_memory_op: u64 = 12;
/// xen.h:80
pub const __HYPERVISOR_mmu_update: u64 = 1;
/// xen.h:104
pub const __HYPERVISOR_mmuext_op: u64 = 26;
/// xen.h:91
pub const __HYPERVISOR_multicall: u64 = 13;
/// xen.h:106
pub const __HYPERVISOR_nmi_op: u64 = 28;
/// xen.h:111
pub const __HYPERVISOR_physdev_op: u64 = 33;
/// xen.h:97
pub const __HYPERVISOR_physdev_op_compat: u64 = 19;
/// xen.h:86
pub const __HYPERVISOR_platform_op: u64 = 7;
/// xen.h:107
pub const __HYPERVISOR_sched_op: u64 = 29;
/// xen.h:85
pub const __HYPERVISOR_sched_op_compat: u64 = 6;
/// xen.h:83
pub const __HYPERVISOR_set_callbacks: u64 = 4;
/// xen.h:87
pub const __HYPERVISOR_set_debugreg: u64 = 8;
/// xen.h:81
pub const __HYPERVISOR_set_gdt: u64 = 2;
/// xen.h:103
pub const __HYPERVISOR_set_segment_base: u64 = 25;
/// xen.h:93
pub const __HYPERVISOR_set_timer_op: u64 = 15;
/// xen.h:79
pub const __HYPERVISOR_set_trap_table: u64 = 0;
/// xen.h:82
pub const __HYPERVISOR_stack_switch: u64 = 3;
/// xen.h:113
pub const __HYPERVISOR_sysctl: u64 = 35;
/// xen.h:116
pub const __HYPERVISOR_tmem_op: u64 = 38;
/// xen.h:89
pub const __HYPERVISOR_update_descriptor: u64 = 10;
/// xen.h:92
pub const __HYPERVISOR_update_va_mapping: u64 = 14;
/// xen.h:100
pub const __HYPERVISOR_update_va_mapping_otherdomain: u64 = 22;
/// xen.h:102
pub const __HYPERVISOR_vcpu_op: u64 = 24;
/// xen.h:99
pub const __HYPERVISOR_vm_assist: u64 = 21;
/// xen.h:95
pub const __HYPERVISOR_xen_version: u64 = 17;
/// xen.h:109
pub const __HYPERVISOR_xenoprof_op: u64 = 31;
/// xen.h:118
pub const __HYPERVISOR_xenpmu_op: u64 = 40;
/// xen.h:105
pub const __HYPERVISOR_xsm_op: u64 = 27;
/// arch-x86/xen-x86_32.h:61
pub const __MACH2PHYS_VIRT_END: u64 = 4135583744;
/// arch-x86/xen-x86_32.h:51
pub const __MACH2PHYS_VIRT_END_NONPAE: u64 = 4232052736;
/// arch-x86/xen-x86_32.h:43
pub const __MACH2PHYS_VIRT_END_PAE: u64 = 4135583744;
/// arch-x86/xen-x86_32.h:60
pub const __MACH2PHYS_VIRT_START: u64 = 4118806528;
/// arch-x86/xen-x86_32.h:50
pub const __MACH2PHYS_VIRT_START_NONPAE: u64 = 4227858432;
/// arch-x86/xen-x86_32.h:42
pub const __MACH2PHYS_VIRT_START_PAE: u64 = 4118806528;
/// arch-x86/xen-mca.h:234
pub const __MC_MSR_ARRAYSIZE: u64 = 8;

/// Xen's name for an error number (`XEN_EOPNOTSUPP`), from the stable `enum xen_errno`.
pub fn xen_errno_name(errno: i32) -> Option<&'static str> {
    match errno {
        1 => Some("XEN_EPERM"),
        2 => Some("XEN_ENOENT"),
        3 => Some("XEN_ESRCH"),
        5 => Some("XEN_EIO"),
        6 => Some("XEN_ENXIO"),
        7 => Some("XEN_E2BIG"),
        8 => Some("XEN_ENOEXEC"),
        9 => Some("XEN_EBADF"),
        10 => Some("XEN_ECHILD"),
        11 => Some("XEN_EAGAIN"),
        12 => Some("XEN_ENOMEM"),
        13 => Some("XEN_EACCES"),
        14 => Some("XEN_EFAULT"),
        16 => Some("XEN_EBUSY"),
        17 => Some("XEN_EEXIST"),
        18 => Some("XEN_EXDEV"),
        19 => Some("XEN_ENODEV"),
        20 => Some("XEN_ENOTDIR"),
        21 => Some("XEN_EISDIR"),
        22 => Some("XEN_EINVAL"),
        23 => Some("XEN_ENFILE"),
        24 => Some("XEN_EMFILE"),
        28 => Some("XEN_ENOSPC"),
        30 => Some("XEN_EROFS"),
        31 => Some("XEN_EMLINK"),
        33 => Some("XEN_EDOM"),
        34 => Some("XEN_ERANGE"),
        35 => Some("XEN_EDEADLK"),
        36 => Some("XEN_ENAMETOOLONG"),
        37 => Some("XEN_ENOLCK"),
        38 => Some("XEN_ENOSYS"),
        39 => Some("XEN_ENOTEMPTY"),
        61 => Some("XEN_ENODATA"),
        62 => Some("XEN_ETIME"),
        74 => Some("XEN_EBADMSG"),
        75 => Some("XEN_EOVERFLOW"),
        84 => Some("XEN_EILSEQ"),
        88 => Some("XEN_ENOTSOCK"),
        90 => Some("XEN_EMSGSIZE"),
        95 => Some("XEN_EOPNOTSUPP"),
        98 => Some("XEN_EADDRINUSE"),
        99 => Some("XEN_EADDRNOTAVAIL"),
        105 => Some("XEN_ENOBUFS"),
        106 => Some("XEN_EISCONN"),
        107 => Some("XEN_ENOTCONN"),
        110 => Some("XEN_ETIMEDOUT"),
        111 => Some("XEN_ECONNREFUSED"),
        _ => None,
    }
}

/// The stable hypercalls (`__HYPERVISOR_*`) and, per hypercall, its stable sub-ops as
/// constants of a type of their own (a `dm_op` sub-op cannot be passed as a `memory_op` one).
pub mod calls {
    use crate::Hypercall;
    /// `__HYPERVISOR_arch_0` (xen.h:123)
    pub const arch_0: Hypercall = Hypercall(48);
    /// `__HYPERVISOR_arch_1` (xen.h:124)
    pub const arch_1: Hypercall = Hypercall(49);
    /// `__HYPERVISOR_argo_op` (xen.h:117)
    pub const argo_op: Hypercall = Hypercall(39);
    /// `__HYPERVISOR_callback_op` (xen.h:108)
    pub const callback_op: Hypercall = Hypercall(30);
    /// `__HYPERVISOR_console_io` (xen.h:96)
    pub const console_io: Hypercall = Hypercall(18);
    /// `__HYPERVISOR_dm_op` (xen.h:119)
    pub const dm_op: Hypercall = Hypercall(41);
    /// `__HYPERVISOR_domctl` (xen.h:114)
    pub const domctl: Hypercall = Hypercall(36);
    /// `__HYPERVISOR_event_channel_op` (xen.h:110)
    pub const event_channel_op: Hypercall = Hypercall(32);
    /// `__HYPERVISOR_fpu_taskswitch` (xen.h:84)
    pub const fpu_taskswitch: Hypercall = Hypercall(5);
    /// `__HYPERVISOR_get_debugreg` (xen.h:88)
    pub const get_debugreg: Hypercall = Hypercall(9);
    /// `__HYPERVISOR_grant_table_op` (xen.h:98)
    pub const grant_table_op: Hypercall = Hypercall(20);
    /// `__HYPERVISOR_hvm_op` (xen.h:112)
    pub const hvm_op: Hypercall = Hypercall(34);
    /// `__HYPERVISOR_hypfs_op` (xen.h:120)
    pub const hypfs_op: Hypercall = Hypercall(42);
    /// `__HYPERVISOR_iret` (xen.h:101)
    pub const iret: Hypercall = Hypercall(23);
    /// `__HYPERVISOR_kexec_op` (xen.h:115)
    pub const kexec_op: Hypercall = Hypercall(37);
    /// `__HYPERVISOR_mca` (arch-x86/xen-mca.h:40)
    pub const mca: Hypercall = Hypercall(48);
    /// `__HYPERVISOR_memory_op` (xen.h:90)
    pub const memory_op: Hypercall = Hypercall(12);
    /// `__HYPERVISOR_mmu_update` (xen.h:80)
    pub const mmu_update: Hypercall = Hypercall(1);
    /// `__HYPERVISOR_mmuext_op` (xen.h:104)
    pub const mmuext_op: Hypercall = Hypercall(26);
    /// `__HYPERVISOR_multicall` (xen.h:91)
    pub const multicall: Hypercall = Hypercall(13);
    /// `__HYPERVISOR_nmi_op` (xen.h:106)
    pub const nmi_op: Hypercall = Hypercall(28);
    /// `__HYPERVISOR_physdev_op` (xen.h:111)
    pub const physdev_op: Hypercall = Hypercall(33);
    /// `__HYPERVISOR_platform_op` (xen.h:86)
    pub const platform_op: Hypercall = Hypercall(7);
    /// `__HYPERVISOR_sched_op` (xen.h:107)
    pub const sched_op: Hypercall = Hypercall(29);
    /// `__HYPERVISOR_set_callbacks` (xen.h:83)
    pub const set_callbacks: Hypercall = Hypercall(4);
    /// `__HYPERVISOR_set_debugreg` (xen.h:87)
    pub const set_debugreg: Hypercall = Hypercall(8);
    /// `__HYPERVISOR_set_gdt` (xen.h:81)
    pub const set_gdt: Hypercall = Hypercall(2);
    /// `__HYPERVISOR_set_segment_base` (xen.h:103)
    pub const set_segment_base: Hypercall = Hypercall(25);
    /// `__HYPERVISOR_set_timer_op` (xen.h:93)
    pub const set_timer_op: Hypercall = Hypercall(15);
    /// `__HYPERVISOR_set_trap_table` (xen.h:79)
    pub const set_trap_table: Hypercall = Hypercall(0);
    /// `__HYPERVISOR_stack_switch` (xen.h:82)
    pub const stack_switch: Hypercall = Hypercall(3);
    /// `__HYPERVISOR_sysctl` (xen.h:113)
    pub const sysctl: Hypercall = Hypercall(35);
    /// `__HYPERVISOR_update_descriptor` (xen.h:89)
    pub const update_descriptor: Hypercall = Hypercall(10);
    /// `__HYPERVISOR_update_va_mapping` (xen.h:92)
    pub const update_va_mapping: Hypercall = Hypercall(14);
    /// `__HYPERVISOR_update_va_mapping_otherdomain` (xen.h:100)
    pub const update_va_mapping_otherdomain: Hypercall = Hypercall(22);
    /// `__HYPERVISOR_vcpu_op` (xen.h:102)
    pub const vcpu_op: Hypercall = Hypercall(24);
    /// `__HYPERVISOR_vm_assist` (xen.h:99)
    pub const vm_assist: Hypercall = Hypercall(21);
    /// `__HYPERVISOR_xen_version` (xen.h:95)
    pub const xen_version: Hypercall = Hypercall(17);
    /// `__HYPERVISOR_xenoprof_op` (xen.h:109); until 4.21.2
    pub const xenoprof_op: Hypercall = Hypercall(31);
    /// `__HYPERVISOR_xenpmu_op` (xen.h:118)
    pub const xenpmu_op: Hypercall = Hypercall(40);
    /// `__HYPERVISOR_xsm_op` (xen.h:105)
    pub const xsm_op: Hypercall = Hypercall(27);

    /// The stable sub-ops of `argo_op`.
    pub mod argo_op {
        /// A sub-op number of `argo_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `XEN_ARGO_OP_notify` (argo.h:236), argument `struct xen_argo_ring_data`
        pub const XEN_ARGO_OP_notify: Op = Op(4);
        /// `XEN_ARGO_OP_register_ring` (argo.h:153), argument `struct xen_argo_register_ring`, `xen_argo_gfn_t`
        pub const XEN_ARGO_OP_register_ring: Op = Op(1);
        /// `XEN_ARGO_OP_sendv` (argo.h:205), argument `struct xen_argo_send_addr`, `struct xen_argo_iov`
        pub const XEN_ARGO_OP_sendv: Op = Op(3);
        /// `XEN_ARGO_OP_unregister_ring` (argo.h:179), argument `struct xen_argo_unregister_ring`
        pub const XEN_ARGO_OP_unregister_ring: Op = Op(2);
    }

    /// The stable sub-ops of `callback_op`.
    pub mod callback_op {
        /// A sub-op number of `callback_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `CALLBACKOP_register` (callback.h:66), argument `struct callback_register`
        pub const CALLBACKOP_register: Op = Op(0);
        /// `CALLBACKOP_unregister` (callback.h:81), argument `struct callback_unregister`
        pub const CALLBACKOP_unregister: Op = Op(1);
    }

    /// The stable sub-ops of `console_io`.
    pub mod console_io {
        /// A sub-op number of `console_io`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `CONSOLEIO_read` (xen.h:519), argument `char[]`
        pub const CONSOLEIO_read: Op = Op(1);
        /// `CONSOLEIO_write` (xen.h:518), argument `char[]`
        pub const CONSOLEIO_write: Op = Op(0);
    }

    /// The stable sub-ops of `dm_op`.
    pub mod dm_op {
        /// A sub-op number of `dm_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `XEN_DMOP_create_ioreq_server` (hvm/dm_op.h:48), argument `struct xen_dm_op_create_ioreq_server`
        pub const XEN_DMOP_create_ioreq_server: Op = Op(1);
        /// `XEN_DMOP_destroy_ioreq_server` (hvm/dm_op.h:166), argument `struct xen_dm_op_destroy_ioreq_server`
        pub const XEN_DMOP_destroy_ioreq_server: Op = Op(6);
        /// `XEN_DMOP_get_ioreq_server_info` (hvm/dm_op.h:79), argument `struct xen_dm_op_get_ioreq_server_info`
        pub const XEN_DMOP_get_ioreq_server_info: Op = Op(2);
        /// `XEN_DMOP_inject_event` (hvm/dm_op.h:296), argument `struct xen_dm_op_inject_event`
        pub const XEN_DMOP_inject_event: Op = Op(13);
        /// `XEN_DMOP_inject_msi` (hvm/dm_op.h:326), argument `struct xen_dm_op_inject_msi`
        pub const XEN_DMOP_inject_msi: Op = Op(14);
        /// `XEN_DMOP_map_io_range_to_ioreq_server` (hvm/dm_op.h:118), argument `struct xen_dm_op_ioreq_server_range`
        pub const XEN_DMOP_map_io_range_to_ioreq_server: Op = Op(3);
        /// `XEN_DMOP_map_mem_type_to_ioreq_server` (hvm/dm_op.h:347), argument `struct xen_dm_op_map_mem_type_to_ioreq_server`
        pub const XEN_DMOP_map_mem_type_to_ioreq_server: Op = Op(15);
        /// `XEN_DMOP_modified_memory` (hvm/dm_op.h:246), argument `struct xen_dm_op_modified_memory`
        pub const XEN_DMOP_modified_memory: Op = Op(11);
        /// `XEN_DMOP_nr_vcpus` (hvm/dm_op.h:440), argument `struct xen_dm_op_nr_vcpus`
        pub const XEN_DMOP_nr_vcpus: Op = Op(20);
        /// `XEN_DMOP_pin_memory_cacheattr` (hvm/dm_op.h:399), argument `struct xen_dm_op_pin_memory_cacheattr`
        pub const XEN_DMOP_pin_memory_cacheattr: Op = Op(18);
        /// `XEN_DMOP_relocate_memory` (hvm/dm_op.h:381), argument `struct xen_dm_op_relocate_memory`
        pub const XEN_DMOP_relocate_memory: Op = Op(17);
        /// `XEN_DMOP_remote_shutdown` (hvm/dm_op.h:368), argument `struct xen_dm_op_remote_shutdown`
        pub const XEN_DMOP_remote_shutdown: Op = Op(16);
        /// `XEN_DMOP_set_ioreq_server_state` (hvm/dm_op.h:150), argument `struct xen_dm_op_set_ioreq_server_state`
        pub const XEN_DMOP_set_ioreq_server_state: Op = Op(5);
        /// `XEN_DMOP_set_irq_level` (hvm/dm_op.h:422), argument `struct xen_dm_op_set_irq_level`
        pub const XEN_DMOP_set_irq_level: Op = Op(19);
        /// `XEN_DMOP_set_isa_irq_level` (hvm/dm_op.h:212), argument `struct xen_dm_op_set_isa_irq_level`
        pub const XEN_DMOP_set_isa_irq_level: Op = Op(9);
        /// `XEN_DMOP_set_mem_type` (hvm/dm_op.h:276), argument `struct xen_dm_op_set_mem_type`
        pub const XEN_DMOP_set_mem_type: Op = Op(12);
        /// `XEN_DMOP_set_pci_intx_level` (hvm/dm_op.h:197), argument `struct xen_dm_op_set_pci_intx_level`
        pub const XEN_DMOP_set_pci_intx_level: Op = Op(8);
        /// `XEN_DMOP_set_pci_link_route` (hvm/dm_op.h:225), argument `struct xen_dm_op_set_pci_link_route`
        pub const XEN_DMOP_set_pci_link_route: Op = Op(10);
        /// `XEN_DMOP_track_dirty_vram` (hvm/dm_op.h:182), argument `struct xen_dm_op_track_dirty_vram`
        pub const XEN_DMOP_track_dirty_vram: Op = Op(7);
        /// `XEN_DMOP_unmap_io_range_from_ioreq_server` (hvm/dm_op.h:119), argument `struct xen_dm_op_ioreq_server_range`
        pub const XEN_DMOP_unmap_io_range_from_ioreq_server: Op = Op(4);
    }

    /// The stable sub-ops of `domctl`.
    pub mod domctl {
        /// A sub-op number of `domctl`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `XEN_DOMCTL_get_domain_state` (domctl.h:1373), argument `struct xen_domctl_get_domain_state`; since 4.21.0
        pub const XEN_DOMCTL_get_domain_state: Op = Op(90);
    }

    /// The stable sub-ops of `event_channel_op`.
    pub mod event_channel_op {
        /// A sub-op number of `event_channel_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `EVTCHNOP_alloc_unbound` (event_channel.h:52), argument `struct evtchn_alloc_unbound`
        pub const EVTCHNOP_alloc_unbound: Op = Op(6);
        /// `EVTCHNOP_bind_interdomain` (event_channel.h:46), argument `struct evtchn_bind_interdomain`
        pub const EVTCHNOP_bind_interdomain: Op = Op(0);
        /// `EVTCHNOP_bind_ipi` (event_channel.h:53), argument `struct evtchn_bind_ipi`
        pub const EVTCHNOP_bind_ipi: Op = Op(7);
        /// `EVTCHNOP_bind_pirq` (event_channel.h:48), argument `struct evtchn_bind_pirq`
        pub const EVTCHNOP_bind_pirq: Op = Op(2);
        /// `EVTCHNOP_bind_vcpu` (event_channel.h:54), argument `struct evtchn_bind_vcpu`
        pub const EVTCHNOP_bind_vcpu: Op = Op(8);
        /// `EVTCHNOP_bind_virq` (event_channel.h:47), argument `struct evtchn_bind_virq`
        pub const EVTCHNOP_bind_virq: Op = Op(1);
        /// `EVTCHNOP_close` (event_channel.h:49), argument `struct evtchn_close`
        pub const EVTCHNOP_close: Op = Op(3);
        /// `EVTCHNOP_expand_array` (event_channel.h:58), argument `struct evtchn_expand_array`
        pub const EVTCHNOP_expand_array: Op = Op(12);
        /// `EVTCHNOP_init_control` (event_channel.h:57), argument `struct evtchn_init_control`
        pub const EVTCHNOP_init_control: Op = Op(11);
        /// `EVTCHNOP_reset` (event_channel.h:56), argument `struct evtchn_reset`
        pub const EVTCHNOP_reset: Op = Op(10);
        /// `EVTCHNOP_send` (event_channel.h:50), argument `struct evtchn_send`
        pub const EVTCHNOP_send: Op = Op(4);
        /// `EVTCHNOP_set_priority` (event_channel.h:59), argument `struct evtchn_set_priority`
        pub const EVTCHNOP_set_priority: Op = Op(13);
        /// `EVTCHNOP_status` (event_channel.h:51), argument `struct evtchn_status`
        pub const EVTCHNOP_status: Op = Op(5);
        /// `EVTCHNOP_unmask` (event_channel.h:55), argument `struct evtchn_unmask`
        pub const EVTCHNOP_unmask: Op = Op(9);
    }

    /// The stable sub-ops of `grant_table_op`.
    pub mod grant_table_op {
        /// A sub-op number of `grant_table_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `GNTTABOP_cache_flush` (grant_table.h:300), argument `struct gnttab_cache_flush`
        pub const GNTTABOP_cache_flush: Op = Op(12);
        /// `GNTTABOP_copy` (grant_table.h:292), argument `struct gnttab_copy`
        pub const GNTTABOP_copy: Op = Op(5);
        /// `GNTTABOP_dump_table` (grant_table.h:290), argument `struct gnttab_dump_table`
        pub const GNTTABOP_dump_table: Op = Op(3);
        /// `GNTTABOP_get_status_frames` (grant_table.h:297), argument `struct gnttab_get_status_frames`
        pub const GNTTABOP_get_status_frames: Op = Op(9);
        /// `GNTTABOP_get_version` (grant_table.h:298), argument `struct gnttab_get_version`
        pub const GNTTABOP_get_version: Op = Op(10);
        /// `GNTTABOP_map_grant_ref` (grant_table.h:287), argument `struct gnttab_map_grant_ref`
        pub const GNTTABOP_map_grant_ref: Op = Op(0);
        /// `GNTTABOP_query_size` (grant_table.h:293), argument `struct gnttab_query_size`
        pub const GNTTABOP_query_size: Op = Op(6);
        /// `GNTTABOP_set_version` (grant_table.h:296), argument `struct gnttab_set_version`
        pub const GNTTABOP_set_version: Op = Op(8);
        /// `GNTTABOP_setup_table` (grant_table.h:289), argument `struct gnttab_setup_table`
        pub const GNTTABOP_setup_table: Op = Op(2);
        /// `GNTTABOP_swap_grant_ref` (grant_table.h:299), argument `struct gnttab_swap_grant_ref`
        pub const GNTTABOP_swap_grant_ref: Op = Op(11);
        /// `GNTTABOP_transfer` (grant_table.h:291), argument `struct gnttab_transfer`
        pub const GNTTABOP_transfer: Op = Op(4);
        /// `GNTTABOP_unmap_and_replace` (grant_table.h:294), argument `struct gnttab_unmap_and_replace`
        pub const GNTTABOP_unmap_and_replace: Op = Op(7);
        /// `GNTTABOP_unmap_grant_ref` (grant_table.h:288), argument `struct gnttab_unmap_grant_ref`
        pub const GNTTABOP_unmap_grant_ref: Op = Op(1);
    }

    /// The stable sub-ops of `hvm_op`.
    pub mod hvm_op {
        /// A sub-op number of `hvm_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `HVMOP_altp2m` (hvm/hvm_op.h:209), argument `struct xen_hvm_altp2m_op`
        pub const HVMOP_altp2m: Op = Op(25);
        /// `HVMOP_flush_tlbs` (hvm/hvm_op.h:86), argument none
        pub const HVMOP_flush_tlbs: Op = Op(5);
        /// `HVMOP_get_mem_type` (hvm/hvm_op.h:155), argument `struct xen_hvm_get_mem_type`
        pub const HVMOP_get_mem_type: Op = Op(15);
        /// `HVMOP_get_param` (hvm/hvm_op.h:15), argument `struct xen_hvm_param`
        pub const HVMOP_get_param: Op = Op(1);
        /// `HVMOP_get_time` (hvm/hvm_op.h:129), argument `struct xen_hvm_get_time`
        pub const HVMOP_get_time: Op = Op(10);
        /// `HVMOP_guest_request_vm_event` (hvm/hvm_op.h:206), argument none
        pub const HVMOP_guest_request_vm_event: Op = Op(24);
        /// `HVMOP_pagetable_dying` (hvm/hvm_op.h:117), argument `struct xen_hvm_pagetable_dying`
        pub const HVMOP_pagetable_dying: Op = Op(9);
        /// `HVMOP_set_evtchn_upcall_vector` (hvm/hvm_op.h:196), argument `struct xen_hvm_evtchn_upcall_vector`
        pub const HVMOP_set_evtchn_upcall_vector: Op = Op(23);
        /// `HVMOP_set_param` (hvm/hvm_op.h:14), argument `struct xen_hvm_param`
        pub const HVMOP_set_param: Op = Op(0);
        /// `HVMOP_xentrace` (hvm/hvm_op.h:136), argument `struct xen_hvm_xentrace`
        pub const HVMOP_xentrace: Op = Op(11);
    }

    /// The stable sub-ops of `hypfs_op`.
    pub mod hypfs_op {
        /// A sub-op number of `hypfs_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `XEN_HYPFS_OP_get_version` (hypfs.h:64), argument none
        pub const XEN_HYPFS_OP_get_version: Op = Op(0);
        /// `XEN_HYPFS_OP_read` (hypfs.h:91), argument `char[]`, `struct xen_hypfs_direntry`
        pub const XEN_HYPFS_OP_read: Op = Op(1);
        /// `XEN_HYPFS_OP_write_contents` (hypfs.h:111), argument `char[]`
        pub const XEN_HYPFS_OP_write_contents: Op = Op(2);
    }

    /// The stable sub-ops of `kexec_op`.
    pub mod kexec_op {
        /// A sub-op number of `kexec_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `KEXEC_CMD_kexec` (kexec.h:106), argument `struct xen_kexec_exec`
        pub const KEXEC_CMD_kexec: Op = Op(0);
        /// `KEXEC_CMD_kexec_get_range` (kexec.h:144), argument `struct xen_kexec_range`
        pub const KEXEC_CMD_kexec_get_range: Op = Op(3);
        /// `KEXEC_CMD_kexec_load` (kexec.h:188), argument `struct xen_kexec_load`
        pub const KEXEC_CMD_kexec_load: Op = Op(4);
        /// `KEXEC_CMD_kexec_status` (kexec.h:221), argument `struct xen_kexec_status`
        pub const KEXEC_CMD_kexec_status: Op = Op(6);
        /// `KEXEC_CMD_kexec_unload` (kexec.h:207), argument `struct xen_kexec_unload`
        pub const KEXEC_CMD_kexec_unload: Op = Op(5);
    }

    /// The stable sub-ops of `mca`.
    pub mod mca {
        /// A sub-op number of `mca`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `XEN_MC_fetch` (arch-x86/xen-mca.h:333), argument `struct xen_mc_fetch`
        pub const XEN_MC_fetch: Op = Op(1);
        /// `XEN_MC_mceinject` (arch-x86/xen-mca.h:397), argument `struct xen_mc_mceinject`
        pub const XEN_MC_mceinject: Op = Op(5);
        /// `XEN_MC_msrinject` (arch-x86/xen-mca.h:379), argument `struct xen_mc_msrinject`
        pub const XEN_MC_msrinject: Op = Op(4);
        /// `XEN_MC_notifydomain` (arch-x86/xen-mca.h:353), argument `struct xen_mc_notifydomain`
        pub const XEN_MC_notifydomain: Op = Op(2);
        /// `XEN_MC_physcpuinfo` (arch-x86/xen-mca.h:369), argument `struct xen_mc_physcpuinfo`
        pub const XEN_MC_physcpuinfo: Op = Op(3);
    }

    /// The stable sub-ops of `memory_op`.
    pub mod memory_op {
        /// A sub-op number of `memory_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `XENMEM_acquire_resource` (memory.h:620), argument `struct xen_mem_acquire_resource`
        pub const XENMEM_acquire_resource: Op = Op(28);
        /// `XENMEM_add_to_physmap` (memory.h:227), argument `struct xen_add_to_physmap`
        pub const XENMEM_add_to_physmap: Op = Op(7);
        /// `XENMEM_add_to_physmap_batch` (memory.h:249), argument `struct xen_add_to_physmap_batch`
        pub const XENMEM_add_to_physmap_batch: Op = Op(23);
        /// `XENMEM_decrease_reservation` (memory.h:22), argument `struct xen_memory_reservation`
        pub const XENMEM_decrease_reservation: Op = Op(1);
        /// `XENMEM_exchange` (memory.h:91), argument `struct xen_memory_exchange`
        pub const XENMEM_exchange: Op = Op(11);
        /// `XENMEM_get_pod_target` (memory.h:354), argument `struct xen_pod_target`
        pub const XENMEM_get_pod_target: Op = Op(17);
        /// `XENMEM_get_vnumainfo` (memory.h:698), argument `struct xen_vnuma_topology_info`
        pub const XENMEM_get_vnumainfo: Op = Op(26);
        /// `XENMEM_increase_reservation` (memory.h:21), argument `struct xen_memory_reservation`
        pub const XENMEM_increase_reservation: Op = Op(0);
        /// `XENMEM_machine_memory_map` (memory.h:338), argument `struct xen_memory_map`
        pub const XENMEM_machine_memory_map: Op = Op(10);
        /// `XENMEM_machphys_compat_mfn_list` (memory.h:191), argument `struct xen_machphys_mfn_list`
        pub const XENMEM_machphys_compat_mfn_list: Op = Op(25);
        /// `XENMEM_machphys_mapping` (memory.h:199), argument `struct xen_machphys_mapping`
        pub const XENMEM_machphys_mapping: Op = Op(12);
        /// `XENMEM_machphys_mfn_list` (memory.h:160), argument `struct xen_machphys_mfn_list`
        pub const XENMEM_machphys_mfn_list: Op = Op(5);
        /// `XENMEM_maximum_ram_page` (memory.h:132), argument none
        pub const XENMEM_maximum_ram_page: Op = Op(2);
        /// `XENMEM_memory_map` (memory.h:313), argument `struct xen_memory_map`
        pub const XENMEM_memory_map: Op = Op(9);
        /// `XENMEM_populate_physmap` (memory.h:23), argument `struct xen_memory_reservation`
        pub const XENMEM_populate_physmap: Op = Op(6);
        /// `XENMEM_remove_from_physmap` (memory.h:294), argument `struct xen_remove_from_physmap`
        pub const XENMEM_remove_from_physmap: Op = Op(15);
        /// `XENMEM_set_memory_map` (memory.h:345), argument `struct xen_foreign_memory_map`
        pub const XENMEM_set_memory_map: Op = Op(13);
        /// `XENMEM_set_pod_target` (memory.h:353), argument `struct xen_pod_target`
        pub const XENMEM_set_pod_target: Op = Op(16);
    }

    /// The stable sub-ops of `mmuext_op`.
    pub mod mmuext_op {
        /// A sub-op number of `mmuext_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `MMUEXT_CLEAR_PAGE` (xen.h:433), argument `struct mmuext_op`
        pub const MMUEXT_CLEAR_PAGE: Op = Op(16);
        /// `MMUEXT_COPY_PAGE` (xen.h:434), argument `struct mmuext_op`
        pub const MMUEXT_COPY_PAGE: Op = Op(17);
        /// `MMUEXT_FLUSH_CACHE` (xen.h:430), argument `struct mmuext_op`
        pub const MMUEXT_FLUSH_CACHE: Op = Op(12);
        /// `MMUEXT_FLUSH_CACHE_GLOBAL` (xen.h:435), argument `struct mmuext_op`
        pub const MMUEXT_FLUSH_CACHE_GLOBAL: Op = Op(18);
        /// `MMUEXT_INVLPG_ALL` (xen.h:429), argument `struct mmuext_op`
        pub const MMUEXT_INVLPG_ALL: Op = Op(11);
        /// `MMUEXT_INVLPG_LOCAL` (xen.h:425), argument `struct mmuext_op`
        pub const MMUEXT_INVLPG_LOCAL: Op = Op(7);
        /// `MMUEXT_INVLPG_MULTI` (xen.h:427), argument `struct mmuext_op`
        pub const MMUEXT_INVLPG_MULTI: Op = Op(9);
        /// `MMUEXT_MARK_SUPER` (xen.h:436), argument `struct mmuext_op`
        pub const MMUEXT_MARK_SUPER: Op = Op(19);
        /// `MMUEXT_NEW_BASEPTR` (xen.h:423), argument `struct mmuext_op`
        pub const MMUEXT_NEW_BASEPTR: Op = Op(5);
        /// `MMUEXT_NEW_USER_BASEPTR` (xen.h:432), argument `struct mmuext_op`
        pub const MMUEXT_NEW_USER_BASEPTR: Op = Op(15);
        /// `MMUEXT_PIN_L1_TABLE` (xen.h:418), argument `struct mmuext_op`
        pub const MMUEXT_PIN_L1_TABLE: Op = Op(0);
        /// `MMUEXT_PIN_L2_TABLE` (xen.h:419), argument `struct mmuext_op`
        pub const MMUEXT_PIN_L2_TABLE: Op = Op(1);
        /// `MMUEXT_PIN_L3_TABLE` (xen.h:420), argument `struct mmuext_op`
        pub const MMUEXT_PIN_L3_TABLE: Op = Op(2);
        /// `MMUEXT_PIN_L4_TABLE` (xen.h:421), argument `struct mmuext_op`
        pub const MMUEXT_PIN_L4_TABLE: Op = Op(3);
        /// `MMUEXT_SET_LDT` (xen.h:431), argument `struct mmuext_op`
        pub const MMUEXT_SET_LDT: Op = Op(13);
        /// `MMUEXT_TLB_FLUSH_ALL` (xen.h:428), argument `struct mmuext_op`
        pub const MMUEXT_TLB_FLUSH_ALL: Op = Op(10);
        /// `MMUEXT_TLB_FLUSH_LOCAL` (xen.h:424), argument `struct mmuext_op`
        pub const MMUEXT_TLB_FLUSH_LOCAL: Op = Op(6);
        /// `MMUEXT_TLB_FLUSH_MULTI` (xen.h:426), argument `struct mmuext_op`
        pub const MMUEXT_TLB_FLUSH_MULTI: Op = Op(8);
        /// `MMUEXT_UNMARK_SUPER` (xen.h:437), argument `struct mmuext_op`
        pub const MMUEXT_UNMARK_SUPER: Op = Op(20);
        /// `MMUEXT_UNPIN_TABLE` (xen.h:422), argument `struct mmuext_op`
        pub const MMUEXT_UNPIN_TABLE: Op = Op(4);
    }

    /// The stable sub-ops of `nmi_op`.
    pub mod nmi_op {
        /// A sub-op number of `nmi_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `XENNMI_register_callback` (nmi.h:44), argument `struct xennmi_callback`
        pub const XENNMI_register_callback: Op = Op(0);
        /// `XENNMI_unregister_callback` (nmi.h:56), argument none
        pub const XENNMI_unregister_callback: Op = Op(1);
    }

    /// The stable sub-ops of `physdev_op`.
    pub mod physdev_op {
        /// A sub-op number of `physdev_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `PHYSDEVOP_alloc_irq_vector` (physdev.h:127), argument `struct physdev_irq`
        pub const PHYSDEVOP_alloc_irq_vector: Op = Op(10);
        /// `PHYSDEVOP_apic_read` (physdev.h:111), argument `struct physdev_apic`
        pub const PHYSDEVOP_apic_read: Op = Op(8);
        /// `PHYSDEVOP_apic_write` (physdev.h:112), argument `struct physdev_apic`
        pub const PHYSDEVOP_apic_write: Op = Op(9);
        /// `PHYSDEVOP_dbgp_op` (physdev.h:334), argument `struct physdev_dbgp_op`
        pub const PHYSDEVOP_dbgp_op: Op = Op(29);
        /// `PHYSDEVOP_eoi` (physdev.h:22), argument `struct physdev_eoi`
        pub const PHYSDEVOP_eoi: Op = Op(12);
        /// `PHYSDEVOP_free_irq_vector` (physdev.h:128), argument `struct physdev_irq`
        pub const PHYSDEVOP_free_irq_vector: Op = Op(11);
        /// `PHYSDEVOP_get_free_pirq` (physdev.h:245), argument `struct physdev_get_free_pirq`
        pub const PHYSDEVOP_get_free_pirq: Op = Op(23);
        /// `PHYSDEVOP_irq_status_query` (physdev.h:57), argument `struct physdev_irq_status_query`
        pub const PHYSDEVOP_irq_status_query: Op = Op(5);
        /// `PHYSDEVOP_manage_pci_add` (physdev.h:175), argument `struct physdev_manage_pci`
        pub const PHYSDEVOP_manage_pci_add: Op = Op(15);
        /// `PHYSDEVOP_manage_pci_add_ext` (physdev.h:195), argument `struct physdev_manage_pci_ext`
        pub const PHYSDEVOP_manage_pci_add_ext: Op = Op(20);
        /// `PHYSDEVOP_manage_pci_remove` (physdev.h:176), argument `struct physdev_manage_pci`
        pub const PHYSDEVOP_manage_pci_remove: Op = Op(16);
        /// `PHYSDEVOP_map_pirq` (physdev.h:144), argument `struct physdev_map_pirq`
        pub const PHYSDEVOP_map_pirq: Op = Op(13);
        /// `PHYSDEVOP_pci_device_add` (physdev.h:273), argument `struct physdev_pci_device_add`
        pub const PHYSDEVOP_pci_device_add: Op = Op(25);
        /// `PHYSDEVOP_pci_device_remove` (physdev.h:294), argument `struct physdev_pci_device`
        pub const PHYSDEVOP_pci_device_remove: Op = Op(26);
        /// `PHYSDEVOP_pci_device_reset` (physdev.h:307), argument `struct pci_device_reset`; since 4.20.0
        pub const PHYSDEVOP_pci_device_reset: Op = Op(32);
        /// `PHYSDEVOP_pci_mmcfg_reserved` (physdev.h:258), argument `struct physdev_pci_mmcfg_reserved`
        pub const PHYSDEVOP_pci_mmcfg_reserved: Op = Op(24);
        /// `PHYSDEVOP_pirq_eoi_gmfn` (physdev.h:373), argument `struct physdev_pirq_eoi_gmfn`
        pub const PHYSDEVOP_pirq_eoi_gmfn: Op = Op(28);
        /// `PHYSDEVOP_pirq_eoi_gmfn_v1` (physdev.h:37), argument `struct physdev_pirq_eoi_gmfn`
        pub const PHYSDEVOP_pirq_eoi_gmfn_v1: Op = Op(17);
        /// `PHYSDEVOP_pirq_eoi_gmfn_v2` (physdev.h:45), argument `struct physdev_pirq_eoi_gmfn`
        pub const PHYSDEVOP_pirq_eoi_gmfn_v2: Op = Op(28);
        /// `PHYSDEVOP_prepare_msix` (physdev.h:300), argument `struct physdev_pci_device`
        pub const PHYSDEVOP_prepare_msix: Op = Op(30);
        /// `PHYSDEVOP_release_msix` (physdev.h:301), argument `struct physdev_pci_device`
        pub const PHYSDEVOP_release_msix: Op = Op(31);
        /// `PHYSDEVOP_restore_msi` (physdev.h:186), argument `struct physdev_restore_msi`
        pub const PHYSDEVOP_restore_msi: Op = Op(19);
        /// `PHYSDEVOP_restore_msi_ext` (physdev.h:295), argument `struct physdev_pci_device`
        pub const PHYSDEVOP_restore_msi_ext: Op = Op(27);
        /// `PHYSDEVOP_set_iobitmap` (physdev.h:94), argument `struct physdev_set_iobitmap`
        pub const PHYSDEVOP_set_iobitmap: Op = Op(7);
        /// `PHYSDEVOP_set_iopl` (physdev.h:79), argument `struct physdev_set_iopl`
        pub const PHYSDEVOP_set_iopl: Op = Op(6);
        /// `PHYSDEVOP_setup_gsi` (physdev.h:228), argument `struct physdev_setup_gsi`
        pub const PHYSDEVOP_setup_gsi: Op = Op(21);
        /// `PHYSDEVOP_unmap_pirq` (physdev.h:165), argument `struct physdev_unmap_pirq`
        pub const PHYSDEVOP_unmap_pirq: Op = Op(14);
    }

    /// The stable sub-ops of `platform_op`.
    pub mod platform_op {
        /// A sub-op number of `platform_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `XENPF_add_memtype` (platform.h:55), argument `struct xenpf_add_memtype`
        pub const XENPF_add_memtype: Op = Op(31);
        /// `XENPF_change_freq` (platform.h:319), argument `struct xenpf_change_freq`
        pub const XENPF_change_freq: Op = Op(52);
        /// `XENPF_core_parking` (platform.h:559), argument `struct xenpf_core_parking`
        pub const XENPF_core_parking: Op = Op(60);
        /// `XENPF_cpu_hotadd` (platform.h:540), argument `struct xenpf_cpu_hotadd`
        pub const XENPF_cpu_hotadd: Op = Op(58);
        /// `XENPF_cpu_offline` (platform.h:532), argument `struct xenpf_cpu_ol`
        pub const XENPF_cpu_offline: Op = Op(57);
        /// `XENPF_cpu_online` (platform.h:531), argument `struct xenpf_cpu_ol`
        pub const XENPF_cpu_online: Op = Op(56);
        /// `XENPF_del_memtype` (platform.h:75), argument `struct xenpf_del_memtype`
        pub const XENPF_del_memtype: Op = Op(32);
        /// `XENPF_efi_runtime_call` (platform.h:117), argument `struct xenpf_efi_runtime_call`
        pub const XENPF_efi_runtime_call: Op = Op(49);
        /// `XENPF_enter_acpi_sleep` (platform.h:302), argument `struct xenpf_enter_acpi_sleep`
        pub const XENPF_enter_acpi_sleep: Op = Op(51);
        /// `XENPF_firmware_info` (platform.h:217), argument `struct xenpf_firmware_info`
        pub const XENPF_firmware_info: Op = Op(50);
        /// `XENPF_get_cpu_version` (platform.h:516), argument `struct xenpf_pcpu_version`
        pub const XENPF_get_cpu_version: Op = Op(48);
        /// `XENPF_get_cpuinfo` (platform.h:499), argument `struct xenpf_pcpuinfo`
        pub const XENPF_get_cpuinfo: Op = Op(55);
        /// `XENPF_get_dom0_console` (platform.h:639), argument `struct dom0_vga_console_info`; since 4.18.0
        pub const XENPF_get_dom0_console: Op = Op(64);
        /// `XENPF_get_symbol` (platform.h:616), argument `struct xenpf_symdata`
        pub const XENPF_get_symbol: Op = Op(63);
        /// `XENPF_get_ucode_revision` (platform.h:643), argument `struct xenpf_ucode_revision`; since 4.18.0
        pub const XENPF_get_ucode_revision: Op = Op(65);
        /// `XENPF_getidletime` (platform.h:337), argument `struct xenpf_getidletime`
        pub const XENPF_getidletime: Op = Op(53);
        /// `XENPF_mem_hotadd` (platform.h:549), argument `struct xenpf_mem_hotadd`
        pub const XENPF_mem_hotadd: Op = Op(59);
        /// `XENPF_microcode_update` (platform.h:97), argument `struct xenpf_microcode_update`
        pub const XENPF_microcode_update: Op = Op(35);
        /// `XENPF_microcode_update2` (platform.h:654), argument `struct xenpf_microcode_update2`; since 4.20.0
        pub const XENPF_microcode_update2: Op = Op(66);
        /// `XENPF_platform_quirk` (platform.h:106), argument `struct xenpf_platform_quirk`
        pub const XENPF_platform_quirk: Op = Op(39);
        /// `XENPF_read_memtype` (platform.h:85), argument `struct xenpf_read_memtype`
        pub const XENPF_read_memtype: Op = Op(33);
        /// `XENPF_resource_op` (platform.h:581), argument `struct xenpf_resource_op`
        pub const XENPF_resource_op: Op = Op(61);
        /// `XENPF_set_processor_pminfo` (platform.h:354), argument `struct xenpf_set_processor_pminfo`
        pub const XENPF_set_processor_pminfo: Op = Op(54);
        /// `XENPF_settime` (platform.h:42), argument `struct xenpf_settime64`
        pub const XENPF_settime: Op = Op(62);
        /// `XENPF_settime32` (platform.h:21), argument `struct xenpf_settime32`
        pub const XENPF_settime32: Op = Op(17);
        /// `XENPF_settime64` (platform.h:29), argument `struct xenpf_settime64`
        pub const XENPF_settime64: Op = Op(62);
    }

    /// The stable sub-ops of `sched_op`.
    pub mod sched_op {
        /// A sub-op number of `sched_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `SCHEDOP_block` (sched.h:56), argument none
        pub const SCHEDOP_block: Op = Op(1);
        /// `SCHEDOP_pin_override` (sched.h:115), argument `struct sched_pin_override`
        pub const SCHEDOP_pin_override: Op = Op(7);
        /// `SCHEDOP_poll` (sched.h:78), argument `struct sched_poll`
        pub const SCHEDOP_poll: Op = Op(3);
        /// `SCHEDOP_remote_shutdown` (sched.h:86), argument `struct sched_remote_shutdown`
        pub const SCHEDOP_remote_shutdown: Op = Op(4);
        /// `SCHEDOP_shutdown` (sched.h:71), argument `struct sched_shutdown`
        pub const SCHEDOP_shutdown: Op = Op(2);
        /// `SCHEDOP_shutdown_code` (sched.h:93), argument `struct sched_shutdown`
        pub const SCHEDOP_shutdown_code: Op = Op(5);
        /// `SCHEDOP_watchdog` (sched.h:103), argument `struct sched_watchdog`
        pub const SCHEDOP_watchdog: Op = Op(6);
        /// `SCHEDOP_yield` (sched.h:47), argument none
        pub const SCHEDOP_yield: Op = Op(0);
    }

    /// The stable sub-ops of `vcpu_op`.
    pub mod vcpu_op {
        /// A sub-op number of `vcpu_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `VCPUOP_down` (vcpu.h:54), argument none
        pub const VCPUOP_down: Op = Op(2);
        /// `VCPUOP_get_physid` (vcpu.h:189), argument `struct vcpu_get_physid`
        pub const VCPUOP_get_physid: Op = Op(12);
        /// `VCPUOP_get_runstate_info` (vcpu.h:63), argument `struct vcpu_runstate_info`
        pub const VCPUOP_get_runstate_info: Op = Op(4);
        /// `VCPUOP_initialise` (vcpu.h:32), argument `struct vcpu_guest_context`
        pub const VCPUOP_initialise: Op = Op(0);
        /// `VCPUOP_is_up` (vcpu.h:57), argument none
        pub const VCPUOP_is_up: Op = Op(3);
        /// `VCPUOP_register_runstate_memory_area` (vcpu.h:117), argument `struct vcpu_register_runstate_memory_area`
        pub const VCPUOP_register_runstate_memory_area: Op = Op(5);
        /// `VCPUOP_register_runstate_phys_area` (vcpu.h:243), argument `struct vcpu_register_runstate_memory_area`; since 4.18.0
        pub const VCPUOP_register_runstate_phys_area: Op = Op(14);
        /// `VCPUOP_register_vcpu_info` (vcpu.h:171), argument `struct vcpu_register_vcpu_info`
        pub const VCPUOP_register_vcpu_info: Op = Op(10);
        /// `VCPUOP_register_vcpu_time_memory_area` (vcpu.h:217), argument `struct vcpu_register_time_memory_area`
        pub const VCPUOP_register_vcpu_time_memory_area: Op = Op(13);
        /// `VCPUOP_register_vcpu_time_phys_area` (vcpu.h:244), argument `struct vcpu_register_time_memory_area`; since 4.18.0
        pub const VCPUOP_register_vcpu_time_phys_area: Op = Op(15);
        /// `VCPUOP_send_nmi` (vcpu.h:181), argument none
        pub const VCPUOP_send_nmi: Op = Op(11);
        /// `VCPUOP_set_periodic_timer` (vcpu.h:133), argument `struct vcpu_set_periodic_timer`
        pub const VCPUOP_set_periodic_timer: Op = Op(6);
        /// `VCPUOP_set_singleshot_timer` (vcpu.h:145), argument `struct vcpu_set_singleshot_timer`
        pub const VCPUOP_set_singleshot_timer: Op = Op(8);
        /// `VCPUOP_stop_periodic_timer` (vcpu.h:134), argument none
        pub const VCPUOP_stop_periodic_timer: Op = Op(7);
        /// `VCPUOP_stop_singleshot_timer` (vcpu.h:146), argument none
        pub const VCPUOP_stop_singleshot_timer: Op = Op(9);
        /// `VCPUOP_up` (vcpu.h:38), argument none
        pub const VCPUOP_up: Op = Op(1);
    }

    /// The stable sub-ops of `vm_assist`.
    pub mod vm_assist {
        /// A sub-op number of `vm_assist`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `VMASST_CMD_disable` (xen.h:525), argument `unsigned int`
        pub const VMASST_CMD_disable: Op = Op(1);
        /// `VMASST_CMD_enable` (xen.h:524), argument `unsigned int`
        pub const VMASST_CMD_enable: Op = Op(0);
    }

    /// The stable sub-ops of `xen_version`.
    pub mod xen_version {
        /// A sub-op number of `xen_version`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `XENVER_capabilities` (version.h:50), argument `xen_capabilities_info_t`
        pub const XENVER_capabilities: Op = Op(3);
        /// `XENVER_capabilities2` (version.h:171), argument `struct xen_varbuf`; since 4.20.0
        pub const XENVER_capabilities2: Op = Op(12);
        /// `XENVER_changeset` (version.h:59), argument `xen_changeset_info_t`
        pub const XENVER_changeset: Op = Op(4);
        /// `XENVER_changeset2` (version.h:172), argument `struct xen_varbuf`; since 4.20.0
        pub const XENVER_changeset2: Op = Op(13);
        /// `XENVER_commandline` (version.h:121), argument `xen_commandline_t`
        pub const XENVER_commandline: Op = Op(9);
        /// `XENVER_commandline2` (version.h:173), argument `struct xen_varbuf`; since 4.20.0
        pub const XENVER_commandline2: Op = Op(14);
        /// `XENVER_compile_info` (version.h:36), argument `struct xen_compile_info`
        pub const XENVER_compile_info: Op = Op(2);
        /// `XENVER_extraversion` (version.h:27), argument `xen_extraversion_t`
        pub const XENVER_extraversion: Op = Op(1);
        /// `XENVER_extraversion2` (version.h:170), argument `struct xen_varbuf`; since 4.20.0
        pub const XENVER_extraversion2: Op = Op(11);
        /// `XENVER_get_features` (version.h:96), argument `struct xen_feature_info`
        pub const XENVER_get_features: Op = Op(6);
        /// `XENVER_guest_handle` (version.h:114), argument `xen_domain_handle_t`
        pub const XENVER_guest_handle: Op = Op(8);
        /// `XENVER_pagesize` (version.h:107), argument none
        pub const XENVER_pagesize: Op = Op(7);
        /// `XENVER_platform_parameters` (version.h:90), argument `struct xen_platform_parameters`
        pub const XENVER_platform_parameters: Op = Op(5);
        /// `XENVER_version` (version.h:20), argument none
        pub const XENVER_version: Op = Op(0);
    }

    /// The stable sub-ops of `xenoprof_op`.
    pub mod xenoprof_op {
        /// A sub-op number of `xenoprof_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `XENOPROF_counter` (xenoprof.h:26), argument `struct xenoprof_counter`; until 4.21.2
        pub const XENOPROF_counter: Op = Op(6);
        /// `XENOPROF_disable_virq` (xenoprof.h:31), argument none; until 4.21.2
        pub const XENOPROF_disable_virq: Op = Op(11);
        /// `XENOPROF_enable_virq` (xenoprof.h:28), argument none; until 4.21.2
        pub const XENOPROF_enable_virq: Op = Op(8);
        /// `XENOPROF_get_buffer` (xenoprof.h:34), argument `struct xenoprof_get_buffer`; until 4.21.2
        pub const XENOPROF_get_buffer: Op = Op(14);
        /// `XENOPROF_get_ibs_caps` (xenoprof.h:38), argument none; until 4.21.2
        pub const XENOPROF_get_ibs_caps: Op = Op(16);
        /// `XENOPROF_ibs_counter` (xenoprof.h:39), argument `struct xenoprof_ibs_counter`; until 4.21.2
        pub const XENOPROF_ibs_counter: Op = Op(17);
        /// `XENOPROF_init` (xenoprof.h:20), argument `struct xenoprof_init`; until 4.21.2
        pub const XENOPROF_init: Op = Op(0);
        /// `XENOPROF_release_counters` (xenoprof.h:32), argument none; until 4.21.2
        pub const XENOPROF_release_counters: Op = Op(12);
        /// `XENOPROF_reserve_counters` (xenoprof.h:25), argument none; until 4.21.2
        pub const XENOPROF_reserve_counters: Op = Op(5);
        /// `XENOPROF_reset_active_list` (xenoprof.h:21), argument none; until 4.21.2
        pub const XENOPROF_reset_active_list: Op = Op(1);
        /// `XENOPROF_reset_passive_list` (xenoprof.h:22), argument none; until 4.21.2
        pub const XENOPROF_reset_passive_list: Op = Op(2);
        /// `XENOPROF_set_active` (xenoprof.h:23), argument `domid_t`; until 4.21.2
        pub const XENOPROF_set_active: Op = Op(3);
        /// `XENOPROF_set_backtrace` (xenoprof.h:35), argument `int`; until 4.21.2
        pub const XENOPROF_set_backtrace: Op = Op(15);
        /// `XENOPROF_set_passive` (xenoprof.h:24), argument `struct xenoprof_passive`; until 4.21.2
        pub const XENOPROF_set_passive: Op = Op(4);
        /// `XENOPROF_setup_events` (xenoprof.h:27), argument none; until 4.21.2
        pub const XENOPROF_setup_events: Op = Op(7);
        /// `XENOPROF_shutdown` (xenoprof.h:33), argument none; until 4.21.2
        pub const XENOPROF_shutdown: Op = Op(13);
        /// `XENOPROF_start` (xenoprof.h:29), argument none; until 4.21.2
        pub const XENOPROF_start: Op = Op(9);
        /// `XENOPROF_stop` (xenoprof.h:30), argument none; until 4.21.2
        pub const XENOPROF_stop: Op = Op(10);
    }

    /// The stable sub-ops of `xenpmu_op`.
    pub mod xenpmu_op {
        /// A sub-op number of `xenpmu_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `XENPMU_feature_get` (pmu.h:35), argument `struct xen_pmu_params`
        pub const XENPMU_feature_get: Op = Op(2);
        /// `XENPMU_feature_set` (pmu.h:36), argument `struct xen_pmu_params`
        pub const XENPMU_feature_set: Op = Op(3);
        /// `XENPMU_finish` (pmu.h:38), argument `struct xen_pmu_params`
        pub const XENPMU_finish: Op = Op(5);
        /// `XENPMU_flush` (pmu.h:40), argument `struct xen_pmu_params`
        pub const XENPMU_flush: Op = Op(7);
        /// `XENPMU_init` (pmu.h:37), argument `struct xen_pmu_params`
        pub const XENPMU_init: Op = Op(4);
        /// `XENPMU_lvtpc_set` (pmu.h:39), argument `struct xen_pmu_params`
        pub const XENPMU_lvtpc_set: Op = Op(6);
        /// `XENPMU_mode_get` (pmu.h:33), argument `struct xen_pmu_params`
        pub const XENPMU_mode_get: Op = Op(0);
        /// `XENPMU_mode_set` (pmu.h:34), argument `struct xen_pmu_params`
        pub const XENPMU_mode_set: Op = Op(1);
    }

    /// The stable sub-ops of `xsm_op`.
    pub mod xsm_op {
        /// A sub-op number of `xsm_op`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub struct Op(pub u32);
        /// `FLASK_ACCESS` (xsm/flask_op.h:165), argument `struct xen_flask_access`
        pub const FLASK_ACCESS: Op = Op(6);
        /// `FLASK_ADD_OCONTEXT` (xsm/flask_op.h:180), argument `struct xen_flask_ocontext`
        pub const FLASK_ADD_OCONTEXT: Op = Op(21);
        /// `FLASK_AVC_CACHESTATS` (xsm/flask_op.h:178), argument `struct xen_flask_cache_stats`
        pub const FLASK_AVC_CACHESTATS: Op = Op(19);
        /// `FLASK_AVC_HASHSTATS` (xsm/flask_op.h:177), argument `struct xen_flask_hash_stats`
        pub const FLASK_AVC_HASHSTATS: Op = Op(18);
        /// `FLASK_COMMITBOOLS` (xsm/flask_op.h:172), argument none
        pub const FLASK_COMMITBOOLS: Op = Op(13);
        /// `FLASK_CONTEXT_TO_SID` (xsm/flask_op.h:163), argument `struct xen_flask_sid_context`
        pub const FLASK_CONTEXT_TO_SID: Op = Op(4);
        /// `FLASK_CREATE` (xsm/flask_op.h:166), argument `struct xen_flask_transition`
        pub const FLASK_CREATE: Op = Op(7);
        /// `FLASK_DEL_OCONTEXT` (xsm/flask_op.h:181), argument `struct xen_flask_ocontext`
        pub const FLASK_DEL_OCONTEXT: Op = Op(22);
        /// `FLASK_DEVICETREE_LABEL` (xsm/flask_op.h:184), argument `struct xen_flask_devicetree_label`
        pub const FLASK_DEVICETREE_LABEL: Op = Op(25);
        /// `FLASK_DISABLE` (xsm/flask_op.h:174), argument none
        pub const FLASK_DISABLE: Op = Op(15);
        /// `FLASK_GETAVC_THRESHOLD` (xsm/flask_op.h:175), argument none
        pub const FLASK_GETAVC_THRESHOLD: Op = Op(16);
        /// `FLASK_GETBOOL` (xsm/flask_op.h:170), argument `struct xen_flask_boolean`
        pub const FLASK_GETBOOL: Op = Op(11);
        /// `FLASK_GETENFORCE` (xsm/flask_op.h:161), argument none
        pub const FLASK_GETENFORCE: Op = Op(2);
        /// `FLASK_GET_PEER_SID` (xsm/flask_op.h:182), argument `struct xen_flask_peersid`
        pub const FLASK_GET_PEER_SID: Op = Op(23);
        /// `FLASK_LOAD` (xsm/flask_op.h:160), argument `struct xen_flask_load`
        pub const FLASK_LOAD: Op = Op(1);
        /// `FLASK_MEMBER` (xsm/flask_op.h:179), argument `struct xen_flask_transition`
        pub const FLASK_MEMBER: Op = Op(20);
        /// `FLASK_MLS` (xsm/flask_op.h:173), argument none
        pub const FLASK_MLS: Op = Op(14);
        /// `FLASK_POLICYVERS` (xsm/flask_op.h:169), argument none
        pub const FLASK_POLICYVERS: Op = Op(10);
        /// `FLASK_RELABEL` (xsm/flask_op.h:167), argument `struct xen_flask_relabel`
        pub const FLASK_RELABEL: Op = Op(8);
        /// `FLASK_RELABEL_DOMAIN` (xsm/flask_op.h:183), argument `struct xen_flask_relabel`
        pub const FLASK_RELABEL_DOMAIN: Op = Op(24);
        /// `FLASK_SETAVC_THRESHOLD` (xsm/flask_op.h:176), argument `struct xen_flask_setavc_threshold`
        pub const FLASK_SETAVC_THRESHOLD: Op = Op(17);
        /// `FLASK_SETBOOL` (xsm/flask_op.h:171), argument `struct xen_flask_boolean`
        pub const FLASK_SETBOOL: Op = Op(12);
        /// `FLASK_SETENFORCE` (xsm/flask_op.h:162), argument `struct xen_flask_setenforce`
        pub const FLASK_SETENFORCE: Op = Op(3);
        /// `FLASK_SID_TO_CONTEXT` (xsm/flask_op.h:164), argument `struct xen_flask_sid_context`
        pub const FLASK_SID_TO_CONTEXT: Op = Op(5);
        /// `FLASK_USER` (xsm/flask_op.h:168), argument none
        pub const FLASK_USER: Op = Op(9);
    }
}

/// Layout assertions: size, alignment, and where `repr(C)` puts every member, as the
/// catalogue has them for x86_32. Exact on x86_32 itself and on every
/// 64-bit target (i386's 4-aligned 64-bit members are spelled out as `U64Align4`).
#[cfg(any(target_pointer_width = "64", target_arch = "x86"))]
const _: () = {
    use core::mem::{align_of as al, size_of as sz};
    assert!(sz::<RING_IDX>()==4&&al::<RING_IDX>()==4, "RING_IDX");
    assert!(sz::<TPMIF_RING_IDX>()==4&&al::<TPMIF_RING_IDX>()==4, "TPMIF_RING_IDX");
    assert!(sz::<XENCONS_RING_IDX>()==4&&al::<XENCONS_RING_IDX>()==4, "XENCONS_RING_IDX");
    assert!(sz::<XENSTORE_RING_IDX>()==4&&al::<XENSTORE_RING_IDX>()==4, "XENSTORE_RING_IDX");
    assert!(sz::<XenbusState>()==4&&al::<XenbusState>()==4, "XenbusState");
    assert!(sz::<xen_pfn_t>()==4&&al::<xen_pfn_t>()==4, "xen_pfn_t");
    assert!(sz::<arch_shared_info_t>()==28&&al::<arch_shared_info_t>()==4, "arch_shared_info_t");
    assert!(sz::<arch_vcpu_info_t>()==24&&al::<arch_vcpu_info_t>()==4, "arch_vcpu_info_t");
    assert!(sz::<blkif_back_ring_t>()==16&&al::<blkif_back_ring_t>()==4, "blkif_back_ring_t");
    assert!(sz::<blkif_front_ring_t>()==16&&al::<blkif_front_ring_t>()==4, "blkif_front_ring_t");
    assert!(sz::<blkif_request_discard_t>()==28&&al::<blkif_request_discard_t>()==4, "blkif_request_discard_t");
    assert!(sz::<grant_ref_t>()==4&&al::<grant_ref_t>()==4, "grant_ref_t");
    assert!(sz::<blkif_request_indirect_t>()==64&&al::<blkif_request_indirect_t>()==4, "blkif_request_indirect_t");
    assert!(sz::<blkif_request_t>()==108&&al::<blkif_request_t>()==4, "blkif_request_t");
    assert!(sz::<blkif_response_t>()==12&&al::<blkif_response_t>()==4, "blkif_response_t");
    assert!(sz::<buf_ioreq_t>()==8&&al::<buf_ioreq_t>()==4, "buf_ioreq_t");
    assert!(sz::<buffered_iopage_t>()==4096&&al::<buffered_iopage_t>()==4, "buffered_iopage_t");
    assert!(sz::<xen_callback_t>()==8&&al::<xen_callback_t>()==4, "xen_callback_t");
    assert!(sz::<callback_register_t>()==12&&al::<callback_register_t>()==4, "callback_register_t");
    assert!(sz::<callback_unregister_t>()==4&&al::<callback_unregister_t>()==2, "callback_unregister_t");
    assert!(sz::<cpu_user_regs_t>()==68&&al::<cpu_user_regs_t>()==4, "cpu_user_regs_t");
    assert!(sz::<dom0_vga_console_info_t>()==40&&al::<dom0_vga_console_info_t>()==4, "dom0_vga_console_info_t");
    assert!(sz::<domid_t>()==2&&al::<domid_t>()==2, "domid_t");
    assert!(sz::<event_word_t>()==4&&al::<event_word_t>()==4, "event_word_t");
    assert!(sz::<evtchn_port_t>()==4&&al::<evtchn_port_t>()==4, "evtchn_port_t");
    assert!(sz::<evtchn_alloc_unbound_t>()==8&&al::<evtchn_alloc_unbound_t>()==4, "evtchn_alloc_unbound_t");
    assert!(sz::<evtchn_bind_interdomain_t>()==12&&al::<evtchn_bind_interdomain_t>()==4, "evtchn_bind_interdomain_t");
    assert!(sz::<evtchn_bind_ipi_t>()==8&&al::<evtchn_bind_ipi_t>()==4, "evtchn_bind_ipi_t");
    assert!(sz::<evtchn_bind_pirq_t>()==12&&al::<evtchn_bind_pirq_t>()==4, "evtchn_bind_pirq_t");
    assert!(sz::<evtchn_bind_vcpu_t>()==8&&al::<evtchn_bind_vcpu_t>()==4, "evtchn_bind_vcpu_t");
    assert!(sz::<evtchn_bind_virq_t>()==12&&al::<evtchn_bind_virq_t>()==4, "evtchn_bind_virq_t");
    assert!(sz::<evtchn_close_t>()==4&&al::<evtchn_close_t>()==4, "evtchn_close_t");
    assert!(sz::<evtchn_expand_array_t>()==8&&al::<evtchn_expand_array_t>()==4, "evtchn_expand_array_t");
    assert!(sz::<evtchn_fifo_control_block_t>()==72&&al::<evtchn_fifo_control_block_t>()==4, "evtchn_fifo_control_block_t");
    assert!(sz::<evtchn_init_control_t>()==24&&al::<evtchn_init_control_t>()==4, "evtchn_init_control_t");
    assert!(sz::<evtchn_send_t>()==4&&al::<evtchn_send_t>()==4, "evtchn_send_t");
    assert!(sz::<evtchn_status_t>()==24&&al::<evtchn_status_t>()==4, "evtchn_status_t");
    assert!(sz::<evtchn_unmask_t>()==4&&al::<evtchn_unmask_t>()==4, "evtchn_unmask_t");
    assert!(sz::<evtchn_op_t>()==28&&al::<evtchn_op_t>()==4, "evtchn_op_t");
    assert!(sz::<evtchn_reset_t>()==2&&al::<evtchn_reset_t>()==2, "evtchn_reset_t");
    assert!(sz::<evtchn_set_priority_t>()==8&&al::<evtchn_set_priority_t>()==4, "evtchn_set_priority_t");
    assert!(sz::<fsif_back_ring_t>()==16&&al::<fsif_back_ring_t>()==4, "fsif_back_ring_t");
    assert!(sz::<fsif_front_ring_t>()==16&&al::<fsif_front_ring_t>()==4, "fsif_front_ring_t");
    assert!(sz::<fsif_response_t>()==56&&al::<fsif_response_t>()==4, "fsif_response_t");
    assert!(sz::<gnttab_cache_flush_t>()==16&&al::<gnttab_cache_flush_t>()==4, "gnttab_cache_flush_t");
    assert!(sz::<gnttab_copy_t>()==24&&al::<gnttab_copy_t>()==4, "gnttab_copy_t");
    assert!(sz::<gnttab_dump_table_t>()==4&&al::<gnttab_dump_table_t>()==2, "gnttab_dump_table_t");
    assert!(sz::<gnttab_get_status_frames_t>()==12&&al::<gnttab_get_status_frames_t>()==4, "gnttab_get_status_frames_t");
    assert!(sz::<gnttab_get_version_t>()==8&&al::<gnttab_get_version_t>()==4, "gnttab_get_version_t");
    assert!(sz::<grant_handle_t>()==4&&al::<grant_handle_t>()==4, "grant_handle_t");
    assert!(sz::<gnttab_map_grant_ref_t>()==32&&al::<gnttab_map_grant_ref_t>()==4, "gnttab_map_grant_ref_t");
    assert!(sz::<gnttab_query_size_t>()==16&&al::<gnttab_query_size_t>()==4, "gnttab_query_size_t");
    assert!(sz::<gnttab_set_version_t>()==4&&al::<gnttab_set_version_t>()==4, "gnttab_set_version_t");
    assert!(sz::<gnttab_setup_table_t>()==16&&al::<gnttab_setup_table_t>()==4, "gnttab_setup_table_t");
    assert!(sz::<gnttab_swap_grant_ref_t>()==12&&al::<gnttab_swap_grant_ref_t>()==4, "gnttab_swap_grant_ref_t");
    assert!(sz::<gnttab_transfer_t>()==16&&al::<gnttab_transfer_t>()==4, "gnttab_transfer_t");
    assert!(sz::<gnttab_unmap_and_replace_t>()==24&&al::<gnttab_unmap_and_replace_t>()==4, "gnttab_unmap_and_replace_t");
    assert!(sz::<gnttab_unmap_grant_ref_t>()==24&&al::<gnttab_unmap_grant_ref_t>()==4, "gnttab_unmap_grant_ref_t");
    assert!(sz::<grant_entry_header_t>()==4&&al::<grant_entry_header_t>()==2, "grant_entry_header_t");
    assert!(sz::<grant_entry_v1_t>()==8&&al::<grant_entry_v1_t>()==4, "grant_entry_v1_t");
    assert!(sz::<grant_entry_v2_t>()==16&&al::<grant_entry_v2_t>()==4, "grant_entry_v2_t");
    assert!(sz::<grant_status_t>()==2&&al::<grant_status_t>()==2, "grant_status_t");
    assert!(sz::<ioreq_t>()==32&&al::<ioreq_t>()==4, "ioreq_t");
    assert!(sz::<ioservid_t>()==2&&al::<ioservid_t>()==2, "ioservid_t");
    assert!(sz::<mc_info_t>()==768&&al::<mc_info_t>()==4, "mc_info_t");
    assert!(sz::<mmu_update_t>()==16&&al::<mmu_update_t>()==4, "mmu_update_t");
    assert!(sz::<mmuext_op_t>()==12&&al::<mmuext_op_t>()==4, "mmuext_op_t");
    assert!(sz::<xen_ulong_t>()==4&&al::<xen_ulong_t>()==4, "xen_ulong_t");
    assert!(sz::<multicall_entry_t>()==32&&al::<multicall_entry_t>()==4, "multicall_entry_t");
    assert!(sz::<netif_extra_info_t>()==8&&al::<netif_extra_info_t>()==2, "netif_extra_info_t");
    assert!(sz::<netif_rx_back_ring_t>()==16&&al::<netif_rx_back_ring_t>()==4, "netif_rx_back_ring_t");
    assert!(sz::<netif_rx_front_ring_t>()==16&&al::<netif_rx_front_ring_t>()==4, "netif_rx_front_ring_t");
    assert!(sz::<netif_rx_request_t>()==8&&al::<netif_rx_request_t>()==4, "netif_rx_request_t");
    assert!(sz::<netif_rx_response_t>()==8&&al::<netif_rx_response_t>()==2, "netif_rx_response_t");
    assert!(sz::<netif_tx_back_ring_t>()==16&&al::<netif_tx_back_ring_t>()==4, "netif_tx_back_ring_t");
    assert!(sz::<netif_tx_front_ring_t>()==16&&al::<netif_tx_front_ring_t>()==4, "netif_tx_front_ring_t");
    assert!(sz::<netif_tx_request_t>()==12&&al::<netif_tx_request_t>()==4, "netif_tx_request_t");
    assert!(sz::<netif_tx_response_t>()==4&&al::<netif_tx_response_t>()==2, "netif_tx_response_t");
    assert!(sz::<physdev_apic_t>()==12&&al::<physdev_apic_t>()==4, "physdev_apic_t");
    assert!(sz::<physdev_pci_device_t>()==4&&al::<physdev_pci_device_t>()==2, "physdev_pci_device_t");
    assert!(sz::<physdev_dbgp_op_t>()==6&&al::<physdev_dbgp_op_t>()==2, "physdev_dbgp_op_t");
    assert!(sz::<physdev_eoi_t>()==4&&al::<physdev_eoi_t>()==4, "physdev_eoi_t");
    assert!(sz::<physdev_get_free_pirq_t>()==8&&al::<physdev_get_free_pirq_t>()==4, "physdev_get_free_pirq_t");
    assert!(sz::<physdev_irq_status_query_t>()==8&&al::<physdev_irq_status_query_t>()==4, "physdev_irq_status_query_t");
    assert!(sz::<physdev_irq_t>()==8&&al::<physdev_irq_t>()==4, "physdev_irq_t");
    assert!(sz::<physdev_manage_pci_t>()==2&&al::<physdev_manage_pci_t>()==1, "physdev_manage_pci_t");
    assert!(sz::<physdev_map_pirq_t>()==36&&al::<physdev_map_pirq_t>()==4, "physdev_map_pirq_t");
    assert!(sz::<physdev_set_iobitmap_t>()==8&&al::<physdev_set_iobitmap_t>()==4, "physdev_set_iobitmap_t");
    assert!(sz::<physdev_set_iopl_t>()==4&&al::<physdev_set_iopl_t>()==4, "physdev_set_iopl_t");
    assert!(sz::<physdev_op_t>()==16&&al::<physdev_op_t>()==4, "physdev_op_t");
    assert!(sz::<physdev_pci_device_add_t>()==12&&al::<physdev_pci_device_add_t>()==4, "physdev_pci_device_add_t");
    assert!(sz::<physdev_pci_mmcfg_reserved_t>()==16&&al::<physdev_pci_mmcfg_reserved_t>()==4, "physdev_pci_mmcfg_reserved_t");
    assert!(sz::<physdev_pirq_eoi_gmfn_t>()==4&&al::<physdev_pirq_eoi_gmfn_t>()==4, "physdev_pirq_eoi_gmfn_t");
    assert!(sz::<physdev_restore_msi_t>()==2&&al::<physdev_restore_msi_t>()==1, "physdev_restore_msi_t");
    assert!(sz::<physdev_setup_gsi_t>()==8&&al::<physdev_setup_gsi_t>()==4, "physdev_setup_gsi_t");
    assert!(sz::<physdev_unmap_pirq_t>()==8&&al::<physdev_unmap_pirq_t>()==4, "physdev_unmap_pirq_t");
    assert!(sz::<sched_pin_override_t>()==4&&al::<sched_pin_override_t>()==4, "sched_pin_override_t");
    assert!(sz::<sched_poll_t>()==16&&al::<sched_poll_t>()==4, "sched_poll_t");
    assert!(sz::<sched_remote_shutdown_t>()==8&&al::<sched_remote_shutdown_t>()==4, "sched_remote_shutdown_t");
    assert!(sz::<sched_shutdown_t>()==4&&al::<sched_shutdown_t>()==4, "sched_shutdown_t");
    assert!(sz::<sched_watchdog_t>()==8&&al::<sched_watchdog_t>()==4, "sched_watchdog_t");
    assert!(sz::<vcpu_time_info_t>()==32&&al::<vcpu_time_info_t>()==4, "vcpu_time_info_t");
    assert!(sz::<shared_info_t>()==2344&&al::<shared_info_t>()==4, "shared_info_t");
    assert!(sz::<shared_iopage_t>()==32&&al::<shared_iopage_t>()==4, "shared_iopage_t");
    assert!(sz::<start_info_t>()==1112&&al::<start_info_t>()==4, "start_info_t");
    assert!(sz::<xen_mcinfo_common_t>()==4&&al::<xen_mcinfo_common_t>()==2, "xen_mcinfo_common_t");
    assert!(sz::<xen_mcinfo_msr_t>()==16&&al::<xen_mcinfo_msr_t>()==4, "xen_mcinfo_msr_t");
    assert!(sz::<xen_cpu_offline_action_t>()==8&&al::<xen_cpu_offline_action_t>()==4, "xen_cpu_offline_action_t");
    assert!(sz::<xen_page_offline_action_t>()==16&&al::<xen_page_offline_action_t>()==4, "xen_page_offline_action_t");
    assert!(sz::<xen_tmem_oid_t>()==24&&al::<xen_tmem_oid_t>()==4, "xen_tmem_oid_t");
    assert!(sz::<xen_vcpu_hvm_x86_32_t>()==120&&al::<xen_vcpu_hvm_x86_32_t>()==4, "xen_vcpu_hvm_x86_32_t");
    assert!(sz::<xen_vcpu_hvm_x86_64_t>()==112&&al::<xen_vcpu_hvm_x86_64_t>()==4, "xen_vcpu_hvm_x86_64_t");
    assert!(sz::<vscsiif_segment_t>()==8&&al::<vscsiif_segment_t>()==4, "vscsiif_segment_t");
    assert!(sz::<xen_argo_port_t>()==4&&al::<xen_argo_port_t>()==4, "xen_argo_port_t");
    assert!(sz::<xen_argo_addr_t>()==8&&al::<xen_argo_addr_t>()==4, "xen_argo_addr_t");
    assert!(sz::<xen_argo_ring_data_ent_t>()==20&&al::<xen_argo_ring_data_ent_t>()==4, "xen_argo_ring_data_ent_t");
    assert!(sz::<xen_dm_op_create_ioreq_server_t>()==6&&al::<xen_dm_op_create_ioreq_server_t>()==2, "xen_dm_op_create_ioreq_server_t");
    assert!(sz::<xen_dm_op_destroy_ioreq_server_t>()==4&&al::<xen_dm_op_destroy_ioreq_server_t>()==2, "xen_dm_op_destroy_ioreq_server_t");
    assert!(sz::<xen_dm_op_get_ioreq_server_info_t>()==24&&al::<xen_dm_op_get_ioreq_server_info_t>()==4, "xen_dm_op_get_ioreq_server_info_t");
    assert!(sz::<xen_dm_op_inject_event_t>()==24&&al::<xen_dm_op_inject_event_t>()==4, "xen_dm_op_inject_event_t");
    assert!(sz::<xen_dm_op_inject_msi_t>()==16&&al::<xen_dm_op_inject_msi_t>()==4, "xen_dm_op_inject_msi_t");
    assert!(sz::<xen_dm_op_ioreq_server_range_t>()==24&&al::<xen_dm_op_ioreq_server_range_t>()==4, "xen_dm_op_ioreq_server_range_t");
    assert!(sz::<xen_dm_op_map_mem_type_to_ioreq_server_t>()==16&&al::<xen_dm_op_map_mem_type_to_ioreq_server_t>()==4, "xen_dm_op_map_mem_type_to_ioreq_server_t");
    assert!(sz::<xen_dm_op_modified_memory_t>()==8&&al::<xen_dm_op_modified_memory_t>()==4, "xen_dm_op_modified_memory_t");
    assert!(sz::<xen_dm_op_nr_vcpus_t>()==4&&al::<xen_dm_op_nr_vcpus_t>()==4, "xen_dm_op_nr_vcpus_t");
    assert!(sz::<xen_dm_op_pin_memory_cacheattr_t>()==24&&al::<xen_dm_op_pin_memory_cacheattr_t>()==4, "xen_dm_op_pin_memory_cacheattr_t");
    assert!(sz::<xen_dm_op_relocate_memory_t>()==24&&al::<xen_dm_op_relocate_memory_t>()==4, "xen_dm_op_relocate_memory_t");
    assert!(sz::<xen_dm_op_remote_shutdown_t>()==4&&al::<xen_dm_op_remote_shutdown_t>()==4, "xen_dm_op_remote_shutdown_t");
    assert!(sz::<xen_dm_op_set_ioreq_server_state_t>()==4&&al::<xen_dm_op_set_ioreq_server_state_t>()==2, "xen_dm_op_set_ioreq_server_state_t");
    assert!(sz::<xen_dm_op_set_irq_level_t>()==8&&al::<xen_dm_op_set_irq_level_t>()==4, "xen_dm_op_set_irq_level_t");
    assert!(sz::<xen_dm_op_set_isa_irq_level_t>()==2&&al::<xen_dm_op_set_isa_irq_level_t>()==1, "xen_dm_op_set_isa_irq_level_t");
    assert!(sz::<xen_dm_op_set_mem_type_t>()==16&&al::<xen_dm_op_set_mem_type_t>()==4, "xen_dm_op_set_mem_type_t");
    assert!(sz::<xen_dm_op_set_pci_intx_level_t>()==6&&al::<xen_dm_op_set_pci_intx_level_t>()==2, "xen_dm_op_set_pci_intx_level_t");
    assert!(sz::<xen_dm_op_set_pci_link_route_t>()==2&&al::<xen_dm_op_set_pci_link_route_t>()==1, "xen_dm_op_set_pci_link_route_t");
    assert!(sz::<xen_dm_op_track_dirty_vram_t>()==16&&al::<xen_dm_op_track_dirty_vram_t>()==4, "xen_dm_op_track_dirty_vram_t");
    assert!(sz::<xen_flask_access_t>()==32&&al::<xen_flask_access_t>()==4, "xen_flask_access_t");
    assert!(sz::<xen_flask_boolean_t>()==16&&al::<xen_flask_boolean_t>()==4, "xen_flask_boolean_t");
    assert!(sz::<xen_flask_cache_stats_t>()==28&&al::<xen_flask_cache_stats_t>()==4, "xen_flask_cache_stats_t");
    assert!(sz::<xen_flask_devicetree_label_t>()==12&&al::<xen_flask_devicetree_label_t>()==4, "xen_flask_devicetree_label_t");
    assert!(sz::<xen_flask_hash_stats_t>()==16&&al::<xen_flask_hash_stats_t>()==4, "xen_flask_hash_stats_t");
    assert!(sz::<xen_flask_load_t>()==8&&al::<xen_flask_load_t>()==4, "xen_flask_load_t");
    assert!(sz::<xen_flask_ocontext_t>()==24&&al::<xen_flask_ocontext_t>()==4, "xen_flask_ocontext_t");
    assert!(sz::<xen_flask_peersid_t>()==8&&al::<xen_flask_peersid_t>()==4, "xen_flask_peersid_t");
    assert!(sz::<xen_flask_relabel_t>()==8&&al::<xen_flask_relabel_t>()==4, "xen_flask_relabel_t");
    assert!(sz::<xen_flask_setavc_threshold_t>()==4&&al::<xen_flask_setavc_threshold_t>()==4, "xen_flask_setavc_threshold_t");
    assert!(sz::<xen_flask_setenforce_t>()==4&&al::<xen_flask_setenforce_t>()==4, "xen_flask_setenforce_t");
    assert!(sz::<xen_flask_sid_context_t>()==12&&al::<xen_flask_sid_context_t>()==4, "xen_flask_sid_context_t");
    assert!(sz::<xen_flask_transition_t>()==16&&al::<xen_flask_transition_t>()==4, "xen_flask_transition_t");
    assert!(sz::<xen_hypfs_direntry_t>()==12&&al::<xen_hypfs_direntry_t>()==4, "xen_hypfs_direntry_t");
    assert!(sz::<xen_kexec_image_t>()==76&&al::<xen_kexec_image_t>()==4, "xen_kexec_image_t");
    assert!(sz::<xen_mc_fetch_t>()==20&&al::<xen_mc_fetch_t>()==4, "xen_mc_fetch_t");
    assert!(sz::<xen_mc_mceinject_t>()==4&&al::<xen_mc_mceinject_t>()==4, "xen_mc_mceinject_t");
    assert!(sz::<xen_mc_msrinject_t>()==144&&al::<xen_mc_msrinject_t>()==4, "xen_mc_msrinject_t");
    assert!(sz::<xen_mc_notifydomain_t>()==8&&al::<xen_mc_notifydomain_t>()==4, "xen_mc_notifydomain_t");
    assert!(sz::<xen_mc_physcpuinfo_t>()==12&&al::<xen_mc_physcpuinfo_t>()==4, "xen_mc_physcpuinfo_t");
    assert!(sz::<xen_pmu_amd_ctxt_t>()==8&&al::<xen_pmu_amd_ctxt_t>()==4, "xen_pmu_amd_ctxt_t");
    assert!(sz::<xen_pmu_intel_ctxt_t>()==64&&al::<xen_pmu_intel_ctxt_t>()==4, "xen_pmu_intel_ctxt_t");
    assert!(sz::<xen_pmu_regs_t>()==32&&al::<xen_pmu_regs_t>()==4, "xen_pmu_regs_t");
    assert!(sz::<xen_pmu_arch_t>()==208&&al::<xen_pmu_arch_t>()==4, "xen_pmu_arch_t");
    assert!(sz::<tmem_cli_va_t>()==4&&al::<tmem_cli_va_t>()==4, "tmem_cli_va_t");
    assert!(sz::<tmem_op_t>()==52&&al::<tmem_op_t>()==4, "tmem_op_t");
    assert!(sz::<tpmif_ring_t>()==12&&al::<tpmif_ring_t>()==4, "tpmif_ring_t");
    assert!(sz::<tpmif_shared_page_t>()==8&&al::<tpmif_shared_page_t>()==4, "tpmif_shared_page_t");
    assert!(sz::<tpmif_tx_interface_t>()==12&&al::<tpmif_tx_interface_t>()==4, "tpmif_tx_interface_t");
    assert!(sz::<tpmif_tx_request_t>()==12&&al::<tpmif_tx_request_t>()==4, "tpmif_tx_request_t");
    assert!(sz::<trap_info_t>()==8&&al::<trap_info_t>()==4, "trap_info_t");
    assert!(sz::<tsc_timestamp_t>()==8&&al::<tsc_timestamp_t>()==4, "tsc_timestamp_t");
    assert!(sz::<usbif_conn_back_ring_t>()==16&&al::<usbif_conn_back_ring_t>()==4, "usbif_conn_back_ring_t");
    assert!(sz::<usbif_conn_front_ring_t>()==16&&al::<usbif_conn_front_ring_t>()==4, "usbif_conn_front_ring_t");
    assert!(sz::<usbif_conn_request_t>()==2&&al::<usbif_conn_request_t>()==2, "usbif_conn_request_t");
    assert!(sz::<usbif_conn_response_t>()==4&&al::<usbif_conn_response_t>()==2, "usbif_conn_response_t");
    assert!(sz::<usbif_urb_back_ring_t>()==16&&al::<usbif_urb_back_ring_t>()==4, "usbif_urb_back_ring_t");
    assert!(sz::<usbif_urb_front_ring_t>()==16&&al::<usbif_urb_front_ring_t>()==4, "usbif_urb_front_ring_t");
    assert!(sz::<usbif_urb_request_t>()==148&&al::<usbif_urb_request_t>()==4, "usbif_urb_request_t");
    assert!(sz::<usbif_urb_response_t>()==16&&al::<usbif_urb_response_t>()==4, "usbif_urb_response_t");
    assert!(sz::<vcpu_get_physid_t>()==8&&al::<vcpu_get_physid_t>()==4, "vcpu_get_physid_t");
    assert!(sz::<vcpu_guest_context_t>()==2800&&al::<vcpu_guest_context_t>()==4, "vcpu_guest_context_t");
    assert!(sz::<vcpu_hvm_context_t>()==128&&al::<vcpu_hvm_context_t>()==4, "vcpu_hvm_context_t");
    assert!(sz::<vcpu_info_t>()==64&&al::<vcpu_info_t>()==4, "vcpu_info_t");
    assert!(sz::<vcpu_register_runstate_memory_area_t>()==8&&al::<vcpu_register_runstate_memory_area_t>()==4, "vcpu_register_runstate_memory_area_t");
    assert!(sz::<vcpu_register_time_memory_area_t>()==8&&al::<vcpu_register_time_memory_area_t>()==4, "vcpu_register_time_memory_area_t");
    assert!(sz::<vcpu_register_vcpu_info_t>()==16&&al::<vcpu_register_vcpu_info_t>()==4, "vcpu_register_vcpu_info_t");
    assert!(sz::<vcpu_runstate_info_t>()==44&&al::<vcpu_runstate_info_t>()==4, "vcpu_runstate_info_t");
    assert!(sz::<vcpu_set_periodic_timer_t>()==8&&al::<vcpu_set_periodic_timer_t>()==4, "vcpu_set_periodic_timer_t");
    assert!(sz::<vcpu_set_singleshot_timer_t>()==12&&al::<vcpu_set_singleshot_timer_t>()==4, "vcpu_set_singleshot_timer_t");
    assert!(sz::<vscsiif_back_ring_t>()==16&&al::<vscsiif_back_ring_t>()==4, "vscsiif_back_ring_t");
    assert!(sz::<vscsiif_front_ring_t>()==16&&al::<vscsiif_front_ring_t>()==4, "vscsiif_front_ring_t");
    assert!(sz::<vscsiif_request_t>()==252&&al::<vscsiif_request_t>()==4, "vscsiif_request_t");
    assert!(sz::<vscsiif_response_t>()==252&&al::<vscsiif_response_t>()==4, "vscsiif_response_t");
    assert!(sz::<vscsiif_sg_list_t>()==252&&al::<vscsiif_sg_list_t>()==4, "vscsiif_sg_list_t");
    assert!(sz::<xen_add_to_physmap_batch_t>()==20&&al::<xen_add_to_physmap_batch_t>()==4, "xen_add_to_physmap_batch_t");
    assert!(sz::<xen_add_to_physmap_t>()==16&&al::<xen_add_to_physmap_t>()==4, "xen_add_to_physmap_t");
    assert!(sz::<xen_argo_gfn_t>()==8&&al::<xen_argo_gfn_t>()==4, "xen_argo_gfn_t");
    assert!(sz::<xen_argo_iov_t>()==12&&al::<xen_argo_iov_t>()==4, "xen_argo_iov_t");
    assert!(sz::<xen_argo_register_ring_t>()==12&&al::<xen_argo_register_ring_t>()==4, "xen_argo_register_ring_t");
    assert!(sz::<xen_argo_ring_data_t>()==8&&al::<xen_argo_ring_data_t>()==4, "xen_argo_ring_data_t");
    assert!(sz::<xen_argo_ring_t>()==64&&al::<xen_argo_ring_t>()==4, "xen_argo_ring_t");
    assert!(sz::<xen_argo_send_addr_t>()==16&&al::<xen_argo_send_addr_t>()==4, "xen_argo_send_addr_t");
    assert!(sz::<xen_argo_unregister_ring_t>()==8&&al::<xen_argo_unregister_ring_t>()==4, "xen_argo_unregister_ring_t");
    assert!(sz::<xen_build_id_t>()==4&&al::<xen_build_id_t>()==4, "xen_build_id_t");
    assert!(sz::<xen_cameraif_back_ring_t>()==16&&al::<xen_cameraif_back_ring_t>()==4, "xen_cameraif_back_ring_t");
    assert!(sz::<xen_cameraif_front_ring_t>()==16&&al::<xen_cameraif_front_ring_t>()==4, "xen_cameraif_front_ring_t");
    assert!(sz::<xen_capabilities_info_t>()==1024&&al::<xen_capabilities_info_t>()==1, "xen_capabilities_info_t");
    assert!(sz::<xen_changeset_info_t>()==64&&al::<xen_changeset_info_t>()==1, "xen_changeset_info_t");
    assert!(sz::<xen_commandline_t>()==1024&&al::<xen_commandline_t>()==1, "xen_commandline_t");
    assert!(sz::<xen_compile_info_t>()==144&&al::<xen_compile_info_t>()==1, "xen_compile_info_t");
    assert!(sz::<xen_cpuid_leaf_t>()==24&&al::<xen_cpuid_leaf_t>()==4, "xen_cpuid_leaf_t");
    assert!(sz::<xen_displif_back_ring_t>()==16&&al::<xen_displif_back_ring_t>()==4, "xen_displif_back_ring_t");
    assert!(sz::<xen_displif_front_ring_t>()==16&&al::<xen_displif_front_ring_t>()==4, "xen_displif_front_ring_t");
    assert!(sz::<xen_dm_op_buf_t>()==8&&al::<xen_dm_op_buf_t>()==4, "xen_dm_op_buf_t");
    assert!(sz::<xen_domain_handle_t>()==16&&al::<xen_domain_handle_t>()==1, "xen_domain_handle_t");
    assert!(sz::<xen_extraversion_t>()==16&&al::<xen_extraversion_t>()==1, "xen_extraversion_t");
    assert!(sz::<xen_flask_op_t>()==40&&al::<xen_flask_op_t>()==4, "xen_flask_op_t");
    assert!(sz::<xen_foreign_memory_map_t>()==12&&al::<xen_foreign_memory_map_t>()==4, "xen_foreign_memory_map_t");
    assert!(sz::<xen_hvm_altp2m_change_gfn_t>()==24&&al::<xen_hvm_altp2m_change_gfn_t>()==4, "xen_hvm_altp2m_change_gfn_t");
    assert!(sz::<xen_hvm_altp2m_domain_state_t>()==1&&al::<xen_hvm_altp2m_domain_state_t>()==1, "xen_hvm_altp2m_domain_state_t");
    assert!(sz::<xen_hvm_altp2m_mem_access_t>()==16&&al::<xen_hvm_altp2m_mem_access_t>()==4, "xen_hvm_altp2m_mem_access_t");
    assert!(sz::<xen_hvm_altp2m_op_t>()==80&&al::<xen_hvm_altp2m_op_t>()==4, "xen_hvm_altp2m_op_t");
    assert!(sz::<xen_hvm_altp2m_vcpu_disable_notify_t>()==4&&al::<xen_hvm_altp2m_vcpu_disable_notify_t>()==4, "xen_hvm_altp2m_vcpu_disable_notify_t");
    assert!(sz::<xen_hvm_altp2m_vcpu_enable_notify_t>()==16&&al::<xen_hvm_altp2m_vcpu_enable_notify_t>()==4, "xen_hvm_altp2m_vcpu_enable_notify_t");
    assert!(sz::<xen_hvm_altp2m_view_t>()==4&&al::<xen_hvm_altp2m_view_t>()==2, "xen_hvm_altp2m_view_t");
    assert!(sz::<xen_hvm_evtchn_upcall_vector_t>()==8&&al::<xen_hvm_evtchn_upcall_vector_t>()==4, "xen_hvm_evtchn_upcall_vector_t");
    assert!(sz::<xen_hvm_get_mem_type_t>()==16&&al::<xen_hvm_get_mem_type_t>()==4, "xen_hvm_get_mem_type_t");
    assert!(sz::<xen_hvm_get_time_t>()==8&&al::<xen_hvm_get_time_t>()==4, "xen_hvm_get_time_t");
    assert!(sz::<xen_hvm_pagetable_dying_t>()==16&&al::<xen_hvm_pagetable_dying_t>()==4, "xen_hvm_pagetable_dying_t");
    assert!(sz::<xen_hvm_param_t>()==16&&al::<xen_hvm_param_t>()==4, "xen_hvm_param_t");
    assert!(sz::<xen_hvm_xentrace_t>()==32&&al::<xen_hvm_xentrace_t>()==2, "xen_hvm_xentrace_t");
    assert!(sz::<xen_kexec_exec_t>()==4&&al::<xen_kexec_exec_t>()==4, "xen_kexec_exec_t");
    assert!(sz::<xen_kexec_load_t>()==24&&al::<xen_kexec_load_t>()==4, "xen_kexec_load_t");
    assert!(sz::<xen_kexec_load_v1_t>()==80&&al::<xen_kexec_load_v1_t>()==4, "xen_kexec_load_v1_t");
    assert!(sz::<xen_kexec_range_t>()==16&&al::<xen_kexec_range_t>()==4, "xen_kexec_range_t");
    assert!(sz::<xen_kexec_segment_t>()==32&&al::<xen_kexec_segment_t>()==4, "xen_kexec_segment_t");
    assert!(sz::<xen_kexec_status_t>()==1&&al::<xen_kexec_status_t>()==1, "xen_kexec_status_t");
    assert!(sz::<xen_kexec_unload_t>()==1&&al::<xen_kexec_unload_t>()==1, "xen_kexec_unload_t");
    assert!(sz::<xen_machphys_mapping_t>()==12&&al::<xen_machphys_mapping_t>()==4, "xen_machphys_mapping_t");
    assert!(sz::<xen_machphys_mfn_list_t>()==12&&al::<xen_machphys_mfn_list_t>()==4, "xen_machphys_mfn_list_t");
    assert!(sz::<xen_mc_logical_cpu_t>()==300&&al::<xen_mc_logical_cpu_t>()==4, "xen_mc_logical_cpu_t");
    assert!(sz::<xen_mc_t>()==152&&al::<xen_mc_t>()==4, "xen_mc_t");
    assert!(sz::<xen_mem_acquire_resource_t>()==28&&al::<xen_mem_acquire_resource_t>()==4, "xen_mem_acquire_resource_t");
    assert!(sz::<xen_memory_exchange_t>()==44&&al::<xen_memory_exchange_t>()==4, "xen_memory_exchange_t");
    assert!(sz::<xen_memory_map_t>()==8&&al::<xen_memory_map_t>()==4, "xen_memory_map_t");
    assert!(sz::<xen_memory_reservation_t>()==20&&al::<xen_memory_reservation_t>()==4, "xen_memory_reservation_t");
    assert!(sz::<xen_msr_entry_t>()==16&&al::<xen_msr_entry_t>()==4, "xen_msr_entry_t");
    assert!(sz::<xen_netif_ctrl_back_ring_t>()==16&&al::<xen_netif_ctrl_back_ring_t>()==4, "xen_netif_ctrl_back_ring_t");
    assert!(sz::<xen_netif_ctrl_front_ring_t>()==16&&al::<xen_netif_ctrl_front_ring_t>()==4, "xen_netif_ctrl_front_ring_t");
    assert!(sz::<xen_platform_parameters_t>()==4&&al::<xen_platform_parameters_t>()==4, "xen_platform_parameters_t");
    assert!(sz::<xen_pmu_cntr_pair_t>()==16&&al::<xen_pmu_cntr_pair_t>()==4, "xen_pmu_cntr_pair_t");
    assert!(sz::<xen_pmu_params_t>()==24&&al::<xen_pmu_params_t>()==4, "xen_pmu_params_t");
    assert!(sz::<xen_pod_target_t>()==36&&al::<xen_pod_target_t>()==4, "xen_pod_target_t");
    assert!(sz::<xen_processor_cppc_t>()==72&&al::<xen_processor_cppc_t>()==4, "xen_processor_cppc_t");
    assert!(sz::<xen_processor_csd_t>()==12&&al::<xen_processor_csd_t>()==4, "xen_processor_csd_t");
    assert!(sz::<xen_processor_cx_t>()==44&&al::<xen_processor_cx_t>()==4, "xen_processor_cx_t");
    assert!(sz::<xen_processor_performance_t>()==92&&al::<xen_processor_performance_t>()==4, "xen_processor_performance_t");
    assert!(sz::<xen_processor_px_t>()==48&&al::<xen_processor_px_t>()==4, "xen_processor_px_t");
    assert!(sz::<xen_pvcalls_back_ring_t>()==16&&al::<xen_pvcalls_back_ring_t>()==4, "xen_pvcalls_back_ring_t");
    assert!(sz::<xen_pvcalls_front_ring_t>()==16&&al::<xen_pvcalls_front_ring_t>()==4, "xen_pvcalls_front_ring_t");
    assert!(sz::<xen_remove_from_physmap_t>()==8&&al::<xen_remove_from_physmap_t>()==4, "xen_remove_from_physmap_t");
    assert!(sz::<xen_sndif_back_ring_t>()==16&&al::<xen_sndif_back_ring_t>()==4, "xen_sndif_back_ring_t");
    assert!(sz::<xen_sndif_front_ring_t>()==16&&al::<xen_sndif_front_ring_t>()==4, "xen_sndif_front_ring_t");
    assert!(sz::<xen_varbuf_t>()==4&&al::<xen_varbuf_t>()==4, "xen_varbuf_t");
    assert!(sz::<xen_vmemrange_t>()==24&&al::<xen_vmemrange_t>()==4, "xen_vmemrange_t");
    assert!(sz::<xen_vnuma_topology_info_t>()==40&&al::<xen_vnuma_topology_info_t>()==4, "xen_vnuma_topology_info_t");
    assert!(sz::<xennmi_callback_t>()==8&&al::<xennmi_callback_t>()==4, "xennmi_callback_t");
    assert!(sz::<xenoprof_buf_t>()==60&&al::<xenoprof_buf_t>()==4, "xenoprof_buf_t");
    assert!(sz::<xenoprof_counter_t>()==40&&al::<xenoprof_counter_t>()==4, "xenoprof_counter_t");
    assert!(sz::<xenoprof_get_buffer_t>()==20&&al::<xenoprof_get_buffer_t>()==4, "xenoprof_get_buffer_t");
    assert!(sz::<xenoprof_ibs_counter_t>()==48&&al::<xenoprof_ibs_counter_t>()==4, "xenoprof_ibs_counter_t");
    assert!(sz::<xenoprof_init_t>()==72&&al::<xenoprof_init_t>()==4, "xenoprof_init_t");
    assert!(sz::<xenoprof_passive_t>()==24&&al::<xenoprof_passive_t>()==4, "xenoprof_passive_t");
    assert!(sz::<xenpf_add_memtype_t>()==24&&al::<xenpf_add_memtype_t>()==4, "xenpf_add_memtype_t");
    assert!(sz::<xenpf_change_freq_t>()==16&&al::<xenpf_change_freq_t>()==4, "xenpf_change_freq_t");
    assert!(sz::<xenpf_core_parking_t>()==8&&al::<xenpf_core_parking_t>()==4, "xenpf_core_parking_t");
    assert!(sz::<xenpf_cpu_hotadd_t>()==12&&al::<xenpf_cpu_hotadd_t>()==4, "xenpf_cpu_hotadd_t");
    assert!(sz::<xenpf_cpu_ol_t>()==4&&al::<xenpf_cpu_ol_t>()==4, "xenpf_cpu_ol_t");
    assert!(sz::<xenpf_del_memtype_t>()==8&&al::<xenpf_del_memtype_t>()==4, "xenpf_del_memtype_t");
    assert!(sz::<xenpf_dom0_console_t>()==40&&al::<xenpf_dom0_console_t>()==4, "xenpf_dom0_console_t");
    assert!(sz::<xenpf_efi_runtime_call_t>()==40&&al::<xenpf_efi_runtime_call_t>()==4, "xenpf_efi_runtime_call_t");
    assert!(sz::<xenpf_enter_acpi_sleep_t>()==12&&al::<xenpf_enter_acpi_sleep_t>()==4, "xenpf_enter_acpi_sleep_t");
    assert!(sz::<xenpf_firmware_info_t>()==36&&al::<xenpf_firmware_info_t>()==4, "xenpf_firmware_info_t");
    assert!(sz::<xenpf_getidletime_t>()==20&&al::<xenpf_getidletime_t>()==4, "xenpf_getidletime_t");
    assert!(sz::<xenpf_mem_hotadd_t>()==24&&al::<xenpf_mem_hotadd_t>()==4, "xenpf_mem_hotadd_t");
    assert!(sz::<xenpf_microcode_update2_t>()==12&&al::<xenpf_microcode_update2_t>()==4, "xenpf_microcode_update2_t");
    assert!(sz::<xenpf_microcode_update_t>()==8&&al::<xenpf_microcode_update_t>()==4, "xenpf_microcode_update_t");
    assert!(sz::<xenpf_pcpu_version_t>()==32&&al::<xenpf_pcpu_version_t>()==4, "xenpf_pcpu_version_t");
    assert!(sz::<xenpf_pcpuinfo_t>()==20&&al::<xenpf_pcpuinfo_t>()==4, "xenpf_pcpuinfo_t");
    assert!(sz::<xenpf_platform_quirk_t>()==4&&al::<xenpf_platform_quirk_t>()==4, "xenpf_platform_quirk_t");
    assert!(sz::<xenpf_read_memtype_t>()==20&&al::<xenpf_read_memtype_t>()==4, "xenpf_read_memtype_t");
    assert!(sz::<xenpf_resource_entry_t>()==24&&al::<xenpf_resource_entry_t>()==4, "xenpf_resource_entry_t");
    assert!(sz::<xenpf_resource_op_t>()==12&&al::<xenpf_resource_op_t>()==4, "xenpf_resource_op_t");
    assert!(sz::<xenpf_settime32_t>()==16&&al::<xenpf_settime32_t>()==4, "xenpf_settime32_t");
    assert!(sz::<xenpf_settime64_t>()==24&&al::<xenpf_settime64_t>()==4, "xenpf_settime64_t");
    assert!(sz::<xenpf_settime_t>()==24&&al::<xenpf_settime_t>()==4, "xenpf_settime_t");
    assert!(sz::<xenpf_symdata_t>()==24&&al::<xenpf_symdata_t>()==4, "xenpf_symdata_t");
    assert!(sz::<xenpf_ucode_revision_t>()==16&&al::<xenpf_ucode_revision_t>()==4, "xenpf_ucode_revision_t");
    assert!(sz::<__guest_handle_callback_register_t>()==4&&al::<__guest_handle_callback_register_t>()==4, "__guest_handle_callback_register_t");
    assert!(sz::<__guest_handle_callback_unregister_t>()==4&&al::<__guest_handle_callback_unregister_t>()==4, "__guest_handle_callback_unregister_t");
    assert!(sz::<__guest_handle_char>()==4&&al::<__guest_handle_char>()==4, "__guest_handle_char");
    assert!(sz::<__guest_handle_const_callback_register_t>()==4&&al::<__guest_handle_const_callback_register_t>()==4, "__guest_handle_const_callback_register_t");
    assert!(sz::<__guest_handle_const_callback_unregister_t>()==4&&al::<__guest_handle_const_callback_unregister_t>()==4, "__guest_handle_const_callback_unregister_t");
    assert!(sz::<__guest_handle_const_char>()==4&&al::<__guest_handle_const_char>()==4, "__guest_handle_const_char");
    assert!(sz::<__guest_handle_const_cpu_user_regs_t>()==4&&al::<__guest_handle_const_cpu_user_regs_t>()==4, "__guest_handle_const_cpu_user_regs_t");
    assert!(sz::<__guest_handle_const_evtchn_op_t>()==4&&al::<__guest_handle_const_evtchn_op_t>()==4, "__guest_handle_const_evtchn_op_t");
    assert!(sz::<__guest_handle_const_evtchn_port_t>()==4&&al::<__guest_handle_const_evtchn_port_t>()==4, "__guest_handle_const_evtchn_port_t");
    assert!(sz::<__guest_handle_const_gnttab_cache_flush_t>()==4&&al::<__guest_handle_const_gnttab_cache_flush_t>()==4, "__guest_handle_const_gnttab_cache_flush_t");
    assert!(sz::<__guest_handle_const_gnttab_copy_t>()==4&&al::<__guest_handle_const_gnttab_copy_t>()==4, "__guest_handle_const_gnttab_copy_t");
    assert!(sz::<__guest_handle_const_gnttab_dump_table_t>()==4&&al::<__guest_handle_const_gnttab_dump_table_t>()==4, "__guest_handle_const_gnttab_dump_table_t");
    assert!(sz::<__guest_handle_const_gnttab_get_status_frames_t>()==4&&al::<__guest_handle_const_gnttab_get_status_frames_t>()==4, "__guest_handle_const_gnttab_get_status_frames_t");
    assert!(sz::<__guest_handle_const_gnttab_get_version_t>()==4&&al::<__guest_handle_const_gnttab_get_version_t>()==4, "__guest_handle_const_gnttab_get_version_t");
    assert!(sz::<__guest_handle_const_gnttab_map_grant_ref_t>()==4&&al::<__guest_handle_const_gnttab_map_grant_ref_t>()==4, "__guest_handle_const_gnttab_map_grant_ref_t");
    assert!(sz::<__guest_handle_const_gnttab_query_size_t>()==4&&al::<__guest_handle_const_gnttab_query_size_t>()==4, "__guest_handle_const_gnttab_query_size_t");
    assert!(sz::<__guest_handle_const_gnttab_set_version_t>()==4&&al::<__guest_handle_const_gnttab_set_version_t>()==4, "__guest_handle_const_gnttab_set_version_t");
    assert!(sz::<__guest_handle_const_gnttab_setup_table_t>()==4&&al::<__guest_handle_const_gnttab_setup_table_t>()==4, "__guest_handle_const_gnttab_setup_table_t");
    assert!(sz::<__guest_handle_const_gnttab_swap_grant_ref_t>()==4&&al::<__guest_handle_const_gnttab_swap_grant_ref_t>()==4, "__guest_handle_const_gnttab_swap_grant_ref_t");
    assert!(sz::<__guest_handle_const_gnttab_transfer_t>()==4&&al::<__guest_handle_const_gnttab_transfer_t>()==4, "__guest_handle_const_gnttab_transfer_t");
    assert!(sz::<__guest_handle_const_gnttab_unmap_and_replace_t>()==4&&al::<__guest_handle_const_gnttab_unmap_and_replace_t>()==4, "__guest_handle_const_gnttab_unmap_and_replace_t");
    assert!(sz::<__guest_handle_const_gnttab_unmap_grant_ref_t>()==4&&al::<__guest_handle_const_gnttab_unmap_grant_ref_t>()==4, "__guest_handle_const_gnttab_unmap_grant_ref_t");
    assert!(sz::<__guest_handle_const_int>()==4&&al::<__guest_handle_const_int>()==4, "__guest_handle_const_int");
    assert!(sz::<__guest_handle_const_mc_info_t>()==4&&al::<__guest_handle_const_mc_info_t>()==4, "__guest_handle_const_mc_info_t");
    assert!(sz::<__guest_handle_const_mmu_update_t>()==4&&al::<__guest_handle_const_mmu_update_t>()==4, "__guest_handle_const_mmu_update_t");
    assert!(sz::<__guest_handle_const_mmuext_op_t>()==4&&al::<__guest_handle_const_mmuext_op_t>()==4, "__guest_handle_const_mmuext_op_t");
    assert!(sz::<__guest_handle_const_multicall_entry_t>()==4&&al::<__guest_handle_const_multicall_entry_t>()==4, "__guest_handle_const_multicall_entry_t");
    assert!(sz::<__guest_handle_const_physdev_apic_t>()==4&&al::<__guest_handle_const_physdev_apic_t>()==4, "__guest_handle_const_physdev_apic_t");
    assert!(sz::<__guest_handle_const_physdev_dbgp_op_t>()==4&&al::<__guest_handle_const_physdev_dbgp_op_t>()==4, "__guest_handle_const_physdev_dbgp_op_t");
    assert!(sz::<__guest_handle_const_physdev_eoi_t>()==4&&al::<__guest_handle_const_physdev_eoi_t>()==4, "__guest_handle_const_physdev_eoi_t");
    assert!(sz::<__guest_handle_const_physdev_get_free_pirq_t>()==4&&al::<__guest_handle_const_physdev_get_free_pirq_t>()==4, "__guest_handle_const_physdev_get_free_pirq_t");
    assert!(sz::<__guest_handle_const_physdev_irq_status_query_t>()==4&&al::<__guest_handle_const_physdev_irq_status_query_t>()==4, "__guest_handle_const_physdev_irq_status_query_t");
    assert!(sz::<__guest_handle_const_physdev_irq_t>()==4&&al::<__guest_handle_const_physdev_irq_t>()==4, "__guest_handle_const_physdev_irq_t");
    assert!(sz::<__guest_handle_const_physdev_manage_pci_ext_t>()==4&&al::<__guest_handle_const_physdev_manage_pci_ext_t>()==4, "__guest_handle_const_physdev_manage_pci_ext_t");
    assert!(sz::<__guest_handle_const_physdev_manage_pci_t>()==4&&al::<__guest_handle_const_physdev_manage_pci_t>()==4, "__guest_handle_const_physdev_manage_pci_t");
    assert!(sz::<__guest_handle_const_physdev_map_pirq_t>()==4&&al::<__guest_handle_const_physdev_map_pirq_t>()==4, "__guest_handle_const_physdev_map_pirq_t");
    assert!(sz::<__guest_handle_const_physdev_op_t>()==4&&al::<__guest_handle_const_physdev_op_t>()==4, "__guest_handle_const_physdev_op_t");
    assert!(sz::<__guest_handle_const_physdev_pci_device_add_t>()==4&&al::<__guest_handle_const_physdev_pci_device_add_t>()==4, "__guest_handle_const_physdev_pci_device_add_t");
    assert!(sz::<__guest_handle_const_physdev_pci_device_t>()==4&&al::<__guest_handle_const_physdev_pci_device_t>()==4, "__guest_handle_const_physdev_pci_device_t");
    assert!(sz::<__guest_handle_const_physdev_pci_mmcfg_reserved_t>()==4&&al::<__guest_handle_const_physdev_pci_mmcfg_reserved_t>()==4, "__guest_handle_const_physdev_pci_mmcfg_reserved_t");
    assert!(sz::<__guest_handle_const_physdev_pirq_eoi_gmfn_t>()==4&&al::<__guest_handle_const_physdev_pirq_eoi_gmfn_t>()==4, "__guest_handle_const_physdev_pirq_eoi_gmfn_t");
    assert!(sz::<__guest_handle_const_physdev_restore_msi_t>()==4&&al::<__guest_handle_const_physdev_restore_msi_t>()==4, "__guest_handle_const_physdev_restore_msi_t");
    assert!(sz::<__guest_handle_const_physdev_set_iobitmap_t>()==4&&al::<__guest_handle_const_physdev_set_iobitmap_t>()==4, "__guest_handle_const_physdev_set_iobitmap_t");
    assert!(sz::<__guest_handle_const_physdev_set_iopl_t>()==4&&al::<__guest_handle_const_physdev_set_iopl_t>()==4, "__guest_handle_const_physdev_set_iopl_t");
    assert!(sz::<__guest_handle_const_physdev_setup_gsi_t>()==4&&al::<__guest_handle_const_physdev_setup_gsi_t>()==4, "__guest_handle_const_physdev_setup_gsi_t");
    assert!(sz::<__guest_handle_const_physdev_unmap_pirq_t>()==4&&al::<__guest_handle_const_physdev_unmap_pirq_t>()==4, "__guest_handle_const_physdev_unmap_pirq_t");
    assert!(sz::<__guest_handle_const_sched_pin_override_t>()==4&&al::<__guest_handle_const_sched_pin_override_t>()==4, "__guest_handle_const_sched_pin_override_t");
    assert!(sz::<__guest_handle_const_sched_poll_t>()==4&&al::<__guest_handle_const_sched_poll_t>()==4, "__guest_handle_const_sched_poll_t");
    assert!(sz::<__guest_handle_const_sched_remote_shutdown_t>()==4&&al::<__guest_handle_const_sched_remote_shutdown_t>()==4, "__guest_handle_const_sched_remote_shutdown_t");
    assert!(sz::<__guest_handle_const_sched_shutdown_t>()==4&&al::<__guest_handle_const_sched_shutdown_t>()==4, "__guest_handle_const_sched_shutdown_t");
    assert!(sz::<__guest_handle_const_sched_watchdog_t>()==4&&al::<__guest_handle_const_sched_watchdog_t>()==4, "__guest_handle_const_sched_watchdog_t");
    assert!(sz::<__guest_handle_const_tmem_op_t>()==4&&al::<__guest_handle_const_tmem_op_t>()==4, "__guest_handle_const_tmem_op_t");
    assert!(sz::<__guest_handle_const_trap_info_t>()==4&&al::<__guest_handle_const_trap_info_t>()==4, "__guest_handle_const_trap_info_t");
    assert!(sz::<__guest_handle_const_uchar>()==4&&al::<__guest_handle_const_uchar>()==4, "__guest_handle_const_uchar");
    assert!(sz::<__guest_handle_const_uint>()==4&&al::<__guest_handle_const_uint>()==4, "__guest_handle_const_uint");
    assert!(sz::<__guest_handle_const_uint16>()==4&&al::<__guest_handle_const_uint16>()==4, "__guest_handle_const_uint16");
    assert!(sz::<__guest_handle_const_uint32>()==4&&al::<__guest_handle_const_uint32>()==4, "__guest_handle_const_uint32");
    assert!(sz::<__guest_handle_const_uint64>()==4&&al::<__guest_handle_const_uint64>()==4, "__guest_handle_const_uint64");
    assert!(sz::<__guest_handle_const_uint64_t>()==4&&al::<__guest_handle_const_uint64_t>()==4, "__guest_handle_const_uint64_t");
    assert!(sz::<__guest_handle_const_uint8>()==4&&al::<__guest_handle_const_uint8>()==4, "__guest_handle_const_uint8");
    assert!(sz::<__guest_handle_const_vcpu_get_physid_t>()==4&&al::<__guest_handle_const_vcpu_get_physid_t>()==4, "__guest_handle_const_vcpu_get_physid_t");
    assert!(sz::<__guest_handle_const_vcpu_guest_context_t>()==4&&al::<__guest_handle_const_vcpu_guest_context_t>()==4, "__guest_handle_const_vcpu_guest_context_t");
    assert!(sz::<__guest_handle_const_vcpu_hvm_context_t>()==4&&al::<__guest_handle_const_vcpu_hvm_context_t>()==4, "__guest_handle_const_vcpu_hvm_context_t");
    assert!(sz::<__guest_handle_const_vcpu_register_runstate_memory_area_t>()==4&&al::<__guest_handle_const_vcpu_register_runstate_memory_area_t>()==4, "__guest_handle_const_vcpu_register_runstate_memory_area_t");
    assert!(sz::<__guest_handle_const_vcpu_register_time_memory_area_t>()==4&&al::<__guest_handle_const_vcpu_register_time_memory_area_t>()==4, "__guest_handle_const_vcpu_register_time_memory_area_t");
    assert!(sz::<__guest_handle_const_vcpu_register_vcpu_info_t>()==4&&al::<__guest_handle_const_vcpu_register_vcpu_info_t>()==4, "__guest_handle_const_vcpu_register_vcpu_info_t");
    assert!(sz::<__guest_handle_const_vcpu_runstate_info_t>()==4&&al::<__guest_handle_const_vcpu_runstate_info_t>()==4, "__guest_handle_const_vcpu_runstate_info_t");
    assert!(sz::<__guest_handle_const_vcpu_set_periodic_timer_t>()==4&&al::<__guest_handle_const_vcpu_set_periodic_timer_t>()==4, "__guest_handle_const_vcpu_set_periodic_timer_t");
    assert!(sz::<__guest_handle_const_vcpu_set_singleshot_timer_t>()==4&&al::<__guest_handle_const_vcpu_set_singleshot_timer_t>()==4, "__guest_handle_const_vcpu_set_singleshot_timer_t");
    assert!(sz::<__guest_handle_const_vcpu_time_info_t>()==4&&al::<__guest_handle_const_vcpu_time_info_t>()==4, "__guest_handle_const_vcpu_time_info_t");
    assert!(sz::<__guest_handle_const_void>()==4&&al::<__guest_handle_const_void>()==4, "__guest_handle_const_void");
    assert!(sz::<__guest_handle_const_xen_add_to_physmap_batch_t>()==4&&al::<__guest_handle_const_xen_add_to_physmap_batch_t>()==4, "__guest_handle_const_xen_add_to_physmap_batch_t");
    assert!(sz::<__guest_handle_const_xen_add_to_physmap_t>()==4&&al::<__guest_handle_const_xen_add_to_physmap_t>()==4, "__guest_handle_const_xen_add_to_physmap_t");
    assert!(sz::<__guest_handle_const_xen_cpuid_leaf_t>()==4&&al::<__guest_handle_const_xen_cpuid_leaf_t>()==4, "__guest_handle_const_xen_cpuid_leaf_t");
    assert!(sz::<__guest_handle_const_xen_dm_op_buf_t>()==4&&al::<__guest_handle_const_xen_dm_op_buf_t>()==4, "__guest_handle_const_xen_dm_op_buf_t");
    assert!(sz::<__guest_handle_const_xen_flask_op_t>()==4&&al::<__guest_handle_const_xen_flask_op_t>()==4, "__guest_handle_const_xen_flask_op_t");
    assert!(sz::<__guest_handle_const_xen_foreign_memory_map_t>()==4&&al::<__guest_handle_const_xen_foreign_memory_map_t>()==4, "__guest_handle_const_xen_foreign_memory_map_t");
    assert!(sz::<__guest_handle_const_xen_hvm_altp2m_change_gfn_t>()==4&&al::<__guest_handle_const_xen_hvm_altp2m_change_gfn_t>()==4, "__guest_handle_const_xen_hvm_altp2m_change_gfn_t");
    assert!(sz::<__guest_handle_const_xen_hvm_altp2m_domain_state_t>()==4&&al::<__guest_handle_const_xen_hvm_altp2m_domain_state_t>()==4, "__guest_handle_const_xen_hvm_altp2m_domain_state_t");
    assert!(sz::<__guest_handle_const_xen_hvm_altp2m_mem_access_t>()==4&&al::<__guest_handle_const_xen_hvm_altp2m_mem_access_t>()==4, "__guest_handle_const_xen_hvm_altp2m_mem_access_t");
    assert!(sz::<__guest_handle_const_xen_hvm_altp2m_op_t>()==4&&al::<__guest_handle_const_xen_hvm_altp2m_op_t>()==4, "__guest_handle_const_xen_hvm_altp2m_op_t");
    assert!(sz::<__guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t>()==4&&al::<__guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t>()==4, "__guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t");
    assert!(sz::<__guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t>()==4&&al::<__guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t>()==4, "__guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t");
    assert!(sz::<__guest_handle_const_xen_hvm_altp2m_view_t>()==4&&al::<__guest_handle_const_xen_hvm_altp2m_view_t>()==4, "__guest_handle_const_xen_hvm_altp2m_view_t");
    assert!(sz::<__guest_handle_const_xen_hvm_evtchn_upcall_vector_t>()==4&&al::<__guest_handle_const_xen_hvm_evtchn_upcall_vector_t>()==4, "__guest_handle_const_xen_hvm_evtchn_upcall_vector_t");
    assert!(sz::<__guest_handle_const_xen_hvm_get_mem_type_t>()==4&&al::<__guest_handle_const_xen_hvm_get_mem_type_t>()==4, "__guest_handle_const_xen_hvm_get_mem_type_t");
    assert!(sz::<__guest_handle_const_xen_hvm_get_time_t>()==4&&al::<__guest_handle_const_xen_hvm_get_time_t>()==4, "__guest_handle_const_xen_hvm_get_time_t");
    assert!(sz::<__guest_handle_const_xen_hvm_pagetable_dying_t>()==4&&al::<__guest_handle_const_xen_hvm_pagetable_dying_t>()==4, "__guest_handle_const_xen_hvm_pagetable_dying_t");
    assert!(sz::<__guest_handle_const_xen_hvm_param_t>()==4&&al::<__guest_handle_const_xen_hvm_param_t>()==4, "__guest_handle_const_xen_hvm_param_t");
    assert!(sz::<__guest_handle_const_xen_hvm_xentrace_t>()==4&&al::<__guest_handle_const_xen_hvm_xentrace_t>()==4, "__guest_handle_const_xen_hvm_xentrace_t");
    assert!(sz::<__guest_handle_const_xen_kexec_load_t>()==4&&al::<__guest_handle_const_xen_kexec_load_t>()==4, "__guest_handle_const_xen_kexec_load_t");
    assert!(sz::<__guest_handle_const_xen_kexec_segment_t>()==4&&al::<__guest_handle_const_xen_kexec_segment_t>()==4, "__guest_handle_const_xen_kexec_segment_t");
    assert!(sz::<__guest_handle_const_xen_kexec_status_t>()==4&&al::<__guest_handle_const_xen_kexec_status_t>()==4, "__guest_handle_const_xen_kexec_status_t");
    assert!(sz::<__guest_handle_const_xen_kexec_unload_t>()==4&&al::<__guest_handle_const_xen_kexec_unload_t>()==4, "__guest_handle_const_xen_kexec_unload_t");
    assert!(sz::<__guest_handle_const_xen_machphys_mapping_t>()==4&&al::<__guest_handle_const_xen_machphys_mapping_t>()==4, "__guest_handle_const_xen_machphys_mapping_t");
    assert!(sz::<__guest_handle_const_xen_machphys_mfn_list_t>()==4&&al::<__guest_handle_const_xen_machphys_mfn_list_t>()==4, "__guest_handle_const_xen_machphys_mfn_list_t");
    assert!(sz::<__guest_handle_const_xen_mc_fetch_t>()==4&&al::<__guest_handle_const_xen_mc_fetch_t>()==4, "__guest_handle_const_xen_mc_fetch_t");
    assert!(sz::<__guest_handle_const_xen_mc_logical_cpu_t>()==4&&al::<__guest_handle_const_xen_mc_logical_cpu_t>()==4, "__guest_handle_const_xen_mc_logical_cpu_t");
    assert!(sz::<__guest_handle_const_xen_mc_notifydomain_t>()==4&&al::<__guest_handle_const_xen_mc_notifydomain_t>()==4, "__guest_handle_const_xen_mc_notifydomain_t");
    assert!(sz::<__guest_handle_const_xen_mc_t>()==4&&al::<__guest_handle_const_xen_mc_t>()==4, "__guest_handle_const_xen_mc_t");
    assert!(sz::<__guest_handle_const_xen_mem_acquire_resource_t>()==4&&al::<__guest_handle_const_xen_mem_acquire_resource_t>()==4, "__guest_handle_const_xen_mem_acquire_resource_t");
    assert!(sz::<__guest_handle_const_xen_memory_exchange_t>()==4&&al::<__guest_handle_const_xen_memory_exchange_t>()==4, "__guest_handle_const_xen_memory_exchange_t");
    assert!(sz::<__guest_handle_const_xen_memory_map_t>()==4&&al::<__guest_handle_const_xen_memory_map_t>()==4, "__guest_handle_const_xen_memory_map_t");
    assert!(sz::<__guest_handle_const_xen_memory_reservation_t>()==4&&al::<__guest_handle_const_xen_memory_reservation_t>()==4, "__guest_handle_const_xen_memory_reservation_t");
    assert!(sz::<__guest_handle_const_xen_msr_entry_t>()==4&&al::<__guest_handle_const_xen_msr_entry_t>()==4, "__guest_handle_const_xen_msr_entry_t");
    assert!(sz::<__guest_handle_const_xen_pfn_t>()==4&&al::<__guest_handle_const_xen_pfn_t>()==4, "__guest_handle_const_xen_pfn_t");
    assert!(sz::<__guest_handle_const_xen_platform_op_t>()==4&&al::<__guest_handle_const_xen_platform_op_t>()==4, "__guest_handle_const_xen_platform_op_t");
    assert!(sz::<__guest_handle_const_xen_pmu_amd_ctxt_t>()==4&&al::<__guest_handle_const_xen_pmu_amd_ctxt_t>()==4, "__guest_handle_const_xen_pmu_amd_ctxt_t");
    assert!(sz::<__guest_handle_const_xen_pmu_arch_t>()==4&&al::<__guest_handle_const_xen_pmu_arch_t>()==4, "__guest_handle_const_xen_pmu_arch_t");
    assert!(sz::<__guest_handle_const_xen_pmu_cntr_pair_t>()==4&&al::<__guest_handle_const_xen_pmu_cntr_pair_t>()==4, "__guest_handle_const_xen_pmu_cntr_pair_t");
    assert!(sz::<__guest_handle_const_xen_pmu_intel_ctxt_t>()==4&&al::<__guest_handle_const_xen_pmu_intel_ctxt_t>()==4, "__guest_handle_const_xen_pmu_intel_ctxt_t");
    assert!(sz::<__guest_handle_const_xen_pmu_params_t>()==4&&al::<__guest_handle_const_xen_pmu_params_t>()==4, "__guest_handle_const_xen_pmu_params_t");
    assert!(sz::<__guest_handle_const_xen_pmu_regs_t>()==4&&al::<__guest_handle_const_xen_pmu_regs_t>()==4, "__guest_handle_const_xen_pmu_regs_t");
    assert!(sz::<__guest_handle_const_xen_processor_csd_t>()==4&&al::<__guest_handle_const_xen_processor_csd_t>()==4, "__guest_handle_const_xen_processor_csd_t");
    assert!(sz::<__guest_handle_const_xen_processor_cx_t>()==4&&al::<__guest_handle_const_xen_processor_cx_t>()==4, "__guest_handle_const_xen_processor_cx_t");
    assert!(sz::<__guest_handle_const_xen_processor_performance_t>()==4&&al::<__guest_handle_const_xen_processor_performance_t>()==4, "__guest_handle_const_xen_processor_performance_t");
    assert!(sz::<__guest_handle_const_xen_processor_px_t>()==4&&al::<__guest_handle_const_xen_processor_px_t>()==4, "__guest_handle_const_xen_processor_px_t");
    assert!(sz::<__guest_handle_const_xen_remove_from_physmap_t>()==4&&al::<__guest_handle_const_xen_remove_from_physmap_t>()==4, "__guest_handle_const_xen_remove_from_physmap_t");
    assert!(sz::<__guest_handle_const_xen_tmem_oid_t>()==4&&al::<__guest_handle_const_xen_tmem_oid_t>()==4, "__guest_handle_const_xen_tmem_oid_t");
    assert!(sz::<__guest_handle_const_xen_ulong_t>()==4&&al::<__guest_handle_const_xen_ulong_t>()==4, "__guest_handle_const_xen_ulong_t");
    assert!(sz::<__guest_handle_const_xen_vmemrange_t>()==4&&al::<__guest_handle_const_xen_vmemrange_t>()==4, "__guest_handle_const_xen_vmemrange_t");
    assert!(sz::<__guest_handle_const_xen_vnuma_topology_info_t>()==4&&al::<__guest_handle_const_xen_vnuma_topology_info_t>()==4, "__guest_handle_const_xen_vnuma_topology_info_t");
    assert!(sz::<__guest_handle_const_xennmi_callback_t>()==4&&al::<__guest_handle_const_xennmi_callback_t>()==4, "__guest_handle_const_xennmi_callback_t");
    assert!(sz::<__guest_handle_const_xenoprof_buf_t>()==4&&al::<__guest_handle_const_xenoprof_buf_t>()==4, "__guest_handle_const_xenoprof_buf_t");
    assert!(sz::<__guest_handle_const_xenoprof_counter_t>()==4&&al::<__guest_handle_const_xenoprof_counter_t>()==4, "__guest_handle_const_xenoprof_counter_t");
    assert!(sz::<__guest_handle_const_xenoprof_get_buffer_t>()==4&&al::<__guest_handle_const_xenoprof_get_buffer_t>()==4, "__guest_handle_const_xenoprof_get_buffer_t");
    assert!(sz::<__guest_handle_const_xenoprof_ibs_counter_t>()==4&&al::<__guest_handle_const_xenoprof_ibs_counter_t>()==4, "__guest_handle_const_xenoprof_ibs_counter_t");
    assert!(sz::<__guest_handle_const_xenoprof_init_t>()==4&&al::<__guest_handle_const_xenoprof_init_t>()==4, "__guest_handle_const_xenoprof_init_t");
    assert!(sz::<__guest_handle_const_xenoprof_passive_t>()==4&&al::<__guest_handle_const_xenoprof_passive_t>()==4, "__guest_handle_const_xenoprof_passive_t");
    assert!(sz::<__guest_handle_const_xenpf_add_memtype_t>()==4&&al::<__guest_handle_const_xenpf_add_memtype_t>()==4, "__guest_handle_const_xenpf_add_memtype_t");
    assert!(sz::<__guest_handle_const_xenpf_change_freq_t>()==4&&al::<__guest_handle_const_xenpf_change_freq_t>()==4, "__guest_handle_const_xenpf_change_freq_t");
    assert!(sz::<__guest_handle_const_xenpf_core_parking_t>()==4&&al::<__guest_handle_const_xenpf_core_parking_t>()==4, "__guest_handle_const_xenpf_core_parking_t");
    assert!(sz::<__guest_handle_const_xenpf_cpu_ol_t>()==4&&al::<__guest_handle_const_xenpf_cpu_ol_t>()==4, "__guest_handle_const_xenpf_cpu_ol_t");
    assert!(sz::<__guest_handle_const_xenpf_del_memtype_t>()==4&&al::<__guest_handle_const_xenpf_del_memtype_t>()==4, "__guest_handle_const_xenpf_del_memtype_t");
    assert!(sz::<__guest_handle_const_xenpf_dom0_console_t>()==4&&al::<__guest_handle_const_xenpf_dom0_console_t>()==4, "__guest_handle_const_xenpf_dom0_console_t");
    assert!(sz::<__guest_handle_const_xenpf_efi_runtime_call_t>()==4&&al::<__guest_handle_const_xenpf_efi_runtime_call_t>()==4, "__guest_handle_const_xenpf_efi_runtime_call_t");
    assert!(sz::<__guest_handle_const_xenpf_enter_acpi_sleep_t>()==4&&al::<__guest_handle_const_xenpf_enter_acpi_sleep_t>()==4, "__guest_handle_const_xenpf_enter_acpi_sleep_t");
    assert!(sz::<__guest_handle_const_xenpf_firmware_info_t>()==4&&al::<__guest_handle_const_xenpf_firmware_info_t>()==4, "__guest_handle_const_xenpf_firmware_info_t");
    assert!(sz::<__guest_handle_const_xenpf_getidletime_t>()==4&&al::<__guest_handle_const_xenpf_getidletime_t>()==4, "__guest_handle_const_xenpf_getidletime_t");
    assert!(sz::<__guest_handle_const_xenpf_microcode_update2_t>()==4&&al::<__guest_handle_const_xenpf_microcode_update2_t>()==4, "__guest_handle_const_xenpf_microcode_update2_t");
    assert!(sz::<__guest_handle_const_xenpf_microcode_update_t>()==4&&al::<__guest_handle_const_xenpf_microcode_update_t>()==4, "__guest_handle_const_xenpf_microcode_update_t");
    assert!(sz::<__guest_handle_const_xenpf_pcpu_version_t>()==4&&al::<__guest_handle_const_xenpf_pcpu_version_t>()==4, "__guest_handle_const_xenpf_pcpu_version_t");
    assert!(sz::<__guest_handle_const_xenpf_pcpuinfo_t>()==4&&al::<__guest_handle_const_xenpf_pcpuinfo_t>()==4, "__guest_handle_const_xenpf_pcpuinfo_t");
    assert!(sz::<__guest_handle_const_xenpf_platform_quirk_t>()==4&&al::<__guest_handle_const_xenpf_platform_quirk_t>()==4, "__guest_handle_const_xenpf_platform_quirk_t");
    assert!(sz::<__guest_handle_const_xenpf_read_memtype_t>()==4&&al::<__guest_handle_const_xenpf_read_memtype_t>()==4, "__guest_handle_const_xenpf_read_memtype_t");
    assert!(sz::<__guest_handle_const_xenpf_resource_entry_t>()==4&&al::<__guest_handle_const_xenpf_resource_entry_t>()==4, "__guest_handle_const_xenpf_resource_entry_t");
    assert!(sz::<__guest_handle_const_xenpf_resource_op_t>()==4&&al::<__guest_handle_const_xenpf_resource_op_t>()==4, "__guest_handle_const_xenpf_resource_op_t");
    assert!(sz::<__guest_handle_const_xenpf_set_processor_pminfo_t>()==4&&al::<__guest_handle_const_xenpf_set_processor_pminfo_t>()==4, "__guest_handle_const_xenpf_set_processor_pminfo_t");
    assert!(sz::<__guest_handle_const_xenpf_settime_t>()==4&&al::<__guest_handle_const_xenpf_settime_t>()==4, "__guest_handle_const_xenpf_settime_t");
    assert!(sz::<__guest_handle_const_xenpf_symdata_t>()==4&&al::<__guest_handle_const_xenpf_symdata_t>()==4, "__guest_handle_const_xenpf_symdata_t");
    assert!(sz::<__guest_handle_const_xenpf_ucode_revision_t>()==4&&al::<__guest_handle_const_xenpf_ucode_revision_t>()==4, "__guest_handle_const_xenpf_ucode_revision_t");
    assert!(sz::<__guest_handle_cpu_user_regs_t>()==4&&al::<__guest_handle_cpu_user_regs_t>()==4, "__guest_handle_cpu_user_regs_t");
    assert!(sz::<__guest_handle_evtchn_op_t>()==4&&al::<__guest_handle_evtchn_op_t>()==4, "__guest_handle_evtchn_op_t");
    assert!(sz::<__guest_handle_evtchn_port_t>()==4&&al::<__guest_handle_evtchn_port_t>()==4, "__guest_handle_evtchn_port_t");
    assert!(sz::<__guest_handle_gnttab_cache_flush_t>()==4&&al::<__guest_handle_gnttab_cache_flush_t>()==4, "__guest_handle_gnttab_cache_flush_t");
    assert!(sz::<__guest_handle_gnttab_copy_t>()==4&&al::<__guest_handle_gnttab_copy_t>()==4, "__guest_handle_gnttab_copy_t");
    assert!(sz::<__guest_handle_gnttab_dump_table_t>()==4&&al::<__guest_handle_gnttab_dump_table_t>()==4, "__guest_handle_gnttab_dump_table_t");
    assert!(sz::<__guest_handle_gnttab_get_status_frames_t>()==4&&al::<__guest_handle_gnttab_get_status_frames_t>()==4, "__guest_handle_gnttab_get_status_frames_t");
    assert!(sz::<__guest_handle_gnttab_get_version_t>()==4&&al::<__guest_handle_gnttab_get_version_t>()==4, "__guest_handle_gnttab_get_version_t");
    assert!(sz::<__guest_handle_gnttab_map_grant_ref_t>()==4&&al::<__guest_handle_gnttab_map_grant_ref_t>()==4, "__guest_handle_gnttab_map_grant_ref_t");
    assert!(sz::<__guest_handle_gnttab_query_size_t>()==4&&al::<__guest_handle_gnttab_query_size_t>()==4, "__guest_handle_gnttab_query_size_t");
    assert!(sz::<__guest_handle_gnttab_set_version_t>()==4&&al::<__guest_handle_gnttab_set_version_t>()==4, "__guest_handle_gnttab_set_version_t");
    assert!(sz::<__guest_handle_gnttab_setup_table_t>()==4&&al::<__guest_handle_gnttab_setup_table_t>()==4, "__guest_handle_gnttab_setup_table_t");
    assert!(sz::<__guest_handle_gnttab_swap_grant_ref_t>()==4&&al::<__guest_handle_gnttab_swap_grant_ref_t>()==4, "__guest_handle_gnttab_swap_grant_ref_t");
    assert!(sz::<__guest_handle_gnttab_transfer_t>()==4&&al::<__guest_handle_gnttab_transfer_t>()==4, "__guest_handle_gnttab_transfer_t");
    assert!(sz::<__guest_handle_gnttab_unmap_and_replace_t>()==4&&al::<__guest_handle_gnttab_unmap_and_replace_t>()==4, "__guest_handle_gnttab_unmap_and_replace_t");
    assert!(sz::<__guest_handle_gnttab_unmap_grant_ref_t>()==4&&al::<__guest_handle_gnttab_unmap_grant_ref_t>()==4, "__guest_handle_gnttab_unmap_grant_ref_t");
    assert!(sz::<__guest_handle_int>()==4&&al::<__guest_handle_int>()==4, "__guest_handle_int");
    assert!(sz::<__guest_handle_mc_info_t>()==4&&al::<__guest_handle_mc_info_t>()==4, "__guest_handle_mc_info_t");
    assert!(sz::<__guest_handle_mmu_update_t>()==4&&al::<__guest_handle_mmu_update_t>()==4, "__guest_handle_mmu_update_t");
    assert!(sz::<__guest_handle_mmuext_op_t>()==4&&al::<__guest_handle_mmuext_op_t>()==4, "__guest_handle_mmuext_op_t");
    assert!(sz::<__guest_handle_multicall_entry_t>()==4&&al::<__guest_handle_multicall_entry_t>()==4, "__guest_handle_multicall_entry_t");
    assert!(sz::<__guest_handle_physdev_apic_t>()==4&&al::<__guest_handle_physdev_apic_t>()==4, "__guest_handle_physdev_apic_t");
    assert!(sz::<__guest_handle_physdev_dbgp_op_t>()==4&&al::<__guest_handle_physdev_dbgp_op_t>()==4, "__guest_handle_physdev_dbgp_op_t");
    assert!(sz::<__guest_handle_physdev_eoi_t>()==4&&al::<__guest_handle_physdev_eoi_t>()==4, "__guest_handle_physdev_eoi_t");
    assert!(sz::<__guest_handle_physdev_get_free_pirq_t>()==4&&al::<__guest_handle_physdev_get_free_pirq_t>()==4, "__guest_handle_physdev_get_free_pirq_t");
    assert!(sz::<__guest_handle_physdev_irq_status_query_t>()==4&&al::<__guest_handle_physdev_irq_status_query_t>()==4, "__guest_handle_physdev_irq_status_query_t");
    assert!(sz::<__guest_handle_physdev_irq_t>()==4&&al::<__guest_handle_physdev_irq_t>()==4, "__guest_handle_physdev_irq_t");
    assert!(sz::<__guest_handle_physdev_manage_pci_ext_t>()==4&&al::<__guest_handle_physdev_manage_pci_ext_t>()==4, "__guest_handle_physdev_manage_pci_ext_t");
    assert!(sz::<__guest_handle_physdev_manage_pci_t>()==4&&al::<__guest_handle_physdev_manage_pci_t>()==4, "__guest_handle_physdev_manage_pci_t");
    assert!(sz::<__guest_handle_physdev_map_pirq_t>()==4&&al::<__guest_handle_physdev_map_pirq_t>()==4, "__guest_handle_physdev_map_pirq_t");
    assert!(sz::<__guest_handle_physdev_op_t>()==4&&al::<__guest_handle_physdev_op_t>()==4, "__guest_handle_physdev_op_t");
    assert!(sz::<__guest_handle_physdev_pci_device_add_t>()==4&&al::<__guest_handle_physdev_pci_device_add_t>()==4, "__guest_handle_physdev_pci_device_add_t");
    assert!(sz::<__guest_handle_physdev_pci_device_t>()==4&&al::<__guest_handle_physdev_pci_device_t>()==4, "__guest_handle_physdev_pci_device_t");
    assert!(sz::<__guest_handle_physdev_pci_mmcfg_reserved_t>()==4&&al::<__guest_handle_physdev_pci_mmcfg_reserved_t>()==4, "__guest_handle_physdev_pci_mmcfg_reserved_t");
    assert!(sz::<__guest_handle_physdev_pirq_eoi_gmfn_t>()==4&&al::<__guest_handle_physdev_pirq_eoi_gmfn_t>()==4, "__guest_handle_physdev_pirq_eoi_gmfn_t");
    assert!(sz::<__guest_handle_physdev_restore_msi_t>()==4&&al::<__guest_handle_physdev_restore_msi_t>()==4, "__guest_handle_physdev_restore_msi_t");
    assert!(sz::<__guest_handle_physdev_set_iobitmap_t>()==4&&al::<__guest_handle_physdev_set_iobitmap_t>()==4, "__guest_handle_physdev_set_iobitmap_t");
    assert!(sz::<__guest_handle_physdev_set_iopl_t>()==4&&al::<__guest_handle_physdev_set_iopl_t>()==4, "__guest_handle_physdev_set_iopl_t");
    assert!(sz::<__guest_handle_physdev_setup_gsi_t>()==4&&al::<__guest_handle_physdev_setup_gsi_t>()==4, "__guest_handle_physdev_setup_gsi_t");
    assert!(sz::<__guest_handle_physdev_unmap_pirq_t>()==4&&al::<__guest_handle_physdev_unmap_pirq_t>()==4, "__guest_handle_physdev_unmap_pirq_t");
    assert!(sz::<__guest_handle_sched_pin_override_t>()==4&&al::<__guest_handle_sched_pin_override_t>()==4, "__guest_handle_sched_pin_override_t");
    assert!(sz::<__guest_handle_sched_poll_t>()==4&&al::<__guest_handle_sched_poll_t>()==4, "__guest_handle_sched_poll_t");
    assert!(sz::<__guest_handle_sched_remote_shutdown_t>()==4&&al::<__guest_handle_sched_remote_shutdown_t>()==4, "__guest_handle_sched_remote_shutdown_t");
    assert!(sz::<__guest_handle_sched_shutdown_t>()==4&&al::<__guest_handle_sched_shutdown_t>()==4, "__guest_handle_sched_shutdown_t");
    assert!(sz::<__guest_handle_sched_watchdog_t>()==4&&al::<__guest_handle_sched_watchdog_t>()==4, "__guest_handle_sched_watchdog_t");
    assert!(sz::<__guest_handle_tmem_op_t>()==4&&al::<__guest_handle_tmem_op_t>()==4, "__guest_handle_tmem_op_t");
    assert!(sz::<__guest_handle_trap_info_t>()==4&&al::<__guest_handle_trap_info_t>()==4, "__guest_handle_trap_info_t");
    assert!(sz::<__guest_handle_uchar>()==4&&al::<__guest_handle_uchar>()==4, "__guest_handle_uchar");
    assert!(sz::<__guest_handle_uint>()==4&&al::<__guest_handle_uint>()==4, "__guest_handle_uint");
    assert!(sz::<__guest_handle_uint16>()==4&&al::<__guest_handle_uint16>()==4, "__guest_handle_uint16");
    assert!(sz::<__guest_handle_uint32>()==4&&al::<__guest_handle_uint32>()==4, "__guest_handle_uint32");
    assert!(sz::<__guest_handle_uint64>()==4&&al::<__guest_handle_uint64>()==4, "__guest_handle_uint64");
    assert!(sz::<__guest_handle_uint64_t>()==4&&al::<__guest_handle_uint64_t>()==4, "__guest_handle_uint64_t");
    assert!(sz::<__guest_handle_uint8>()==4&&al::<__guest_handle_uint8>()==4, "__guest_handle_uint8");
    assert!(sz::<__guest_handle_vcpu_get_physid_t>()==4&&al::<__guest_handle_vcpu_get_physid_t>()==4, "__guest_handle_vcpu_get_physid_t");
    assert!(sz::<__guest_handle_vcpu_guest_context_t>()==4&&al::<__guest_handle_vcpu_guest_context_t>()==4, "__guest_handle_vcpu_guest_context_t");
    assert!(sz::<__guest_handle_vcpu_hvm_context_t>()==4&&al::<__guest_handle_vcpu_hvm_context_t>()==4, "__guest_handle_vcpu_hvm_context_t");
    assert!(sz::<__guest_handle_vcpu_register_runstate_memory_area_t>()==4&&al::<__guest_handle_vcpu_register_runstate_memory_area_t>()==4, "__guest_handle_vcpu_register_runstate_memory_area_t");
    assert!(sz::<__guest_handle_vcpu_register_time_memory_area_t>()==4&&al::<__guest_handle_vcpu_register_time_memory_area_t>()==4, "__guest_handle_vcpu_register_time_memory_area_t");
    assert!(sz::<__guest_handle_vcpu_register_vcpu_info_t>()==4&&al::<__guest_handle_vcpu_register_vcpu_info_t>()==4, "__guest_handle_vcpu_register_vcpu_info_t");
    assert!(sz::<__guest_handle_vcpu_runstate_info_t>()==4&&al::<__guest_handle_vcpu_runstate_info_t>()==4, "__guest_handle_vcpu_runstate_info_t");
    assert!(sz::<__guest_handle_vcpu_set_periodic_timer_t>()==4&&al::<__guest_handle_vcpu_set_periodic_timer_t>()==4, "__guest_handle_vcpu_set_periodic_timer_t");
    assert!(sz::<__guest_handle_vcpu_set_singleshot_timer_t>()==4&&al::<__guest_handle_vcpu_set_singleshot_timer_t>()==4, "__guest_handle_vcpu_set_singleshot_timer_t");
    assert!(sz::<__guest_handle_vcpu_time_info_t>()==4&&al::<__guest_handle_vcpu_time_info_t>()==4, "__guest_handle_vcpu_time_info_t");
    assert!(sz::<__guest_handle_void>()==4&&al::<__guest_handle_void>()==4, "__guest_handle_void");
    assert!(sz::<__guest_handle_xen_add_to_physmap_batch_t>()==4&&al::<__guest_handle_xen_add_to_physmap_batch_t>()==4, "__guest_handle_xen_add_to_physmap_batch_t");
    assert!(sz::<__guest_handle_xen_add_to_physmap_t>()==4&&al::<__guest_handle_xen_add_to_physmap_t>()==4, "__guest_handle_xen_add_to_physmap_t");
    assert!(sz::<__guest_handle_xen_cpuid_leaf_t>()==4&&al::<__guest_handle_xen_cpuid_leaf_t>()==4, "__guest_handle_xen_cpuid_leaf_t");
    assert!(sz::<__guest_handle_xen_dm_op_buf_t>()==4&&al::<__guest_handle_xen_dm_op_buf_t>()==4, "__guest_handle_xen_dm_op_buf_t");
    assert!(sz::<__guest_handle_xen_flask_op_t>()==4&&al::<__guest_handle_xen_flask_op_t>()==4, "__guest_handle_xen_flask_op_t");
    assert!(sz::<__guest_handle_xen_foreign_memory_map_t>()==4&&al::<__guest_handle_xen_foreign_memory_map_t>()==4, "__guest_handle_xen_foreign_memory_map_t");
    assert!(sz::<__guest_handle_xen_hvm_altp2m_change_gfn_t>()==4&&al::<__guest_handle_xen_hvm_altp2m_change_gfn_t>()==4, "__guest_handle_xen_hvm_altp2m_change_gfn_t");
    assert!(sz::<__guest_handle_xen_hvm_altp2m_domain_state_t>()==4&&al::<__guest_handle_xen_hvm_altp2m_domain_state_t>()==4, "__guest_handle_xen_hvm_altp2m_domain_state_t");
    assert!(sz::<__guest_handle_xen_hvm_altp2m_mem_access_t>()==4&&al::<__guest_handle_xen_hvm_altp2m_mem_access_t>()==4, "__guest_handle_xen_hvm_altp2m_mem_access_t");
    assert!(sz::<__guest_handle_xen_hvm_altp2m_op_t>()==4&&al::<__guest_handle_xen_hvm_altp2m_op_t>()==4, "__guest_handle_xen_hvm_altp2m_op_t");
    assert!(sz::<__guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t>()==4&&al::<__guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t>()==4, "__guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t");
    assert!(sz::<__guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t>()==4&&al::<__guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t>()==4, "__guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t");
    assert!(sz::<__guest_handle_xen_hvm_altp2m_view_t>()==4&&al::<__guest_handle_xen_hvm_altp2m_view_t>()==4, "__guest_handle_xen_hvm_altp2m_view_t");
    assert!(sz::<__guest_handle_xen_hvm_evtchn_upcall_vector_t>()==4&&al::<__guest_handle_xen_hvm_evtchn_upcall_vector_t>()==4, "__guest_handle_xen_hvm_evtchn_upcall_vector_t");
    assert!(sz::<__guest_handle_xen_hvm_get_mem_type_t>()==4&&al::<__guest_handle_xen_hvm_get_mem_type_t>()==4, "__guest_handle_xen_hvm_get_mem_type_t");
    assert!(sz::<__guest_handle_xen_hvm_get_time_t>()==4&&al::<__guest_handle_xen_hvm_get_time_t>()==4, "__guest_handle_xen_hvm_get_time_t");
    assert!(sz::<__guest_handle_xen_hvm_pagetable_dying_t>()==4&&al::<__guest_handle_xen_hvm_pagetable_dying_t>()==4, "__guest_handle_xen_hvm_pagetable_dying_t");
    assert!(sz::<__guest_handle_xen_hvm_param_t>()==4&&al::<__guest_handle_xen_hvm_param_t>()==4, "__guest_handle_xen_hvm_param_t");
    assert!(sz::<__guest_handle_xen_hvm_xentrace_t>()==4&&al::<__guest_handle_xen_hvm_xentrace_t>()==4, "__guest_handle_xen_hvm_xentrace_t");
    assert!(sz::<__guest_handle_xen_kexec_load_t>()==4&&al::<__guest_handle_xen_kexec_load_t>()==4, "__guest_handle_xen_kexec_load_t");
    assert!(sz::<__guest_handle_xen_kexec_segment_t>()==4&&al::<__guest_handle_xen_kexec_segment_t>()==4, "__guest_handle_xen_kexec_segment_t");
    assert!(sz::<__guest_handle_xen_kexec_status_t>()==4&&al::<__guest_handle_xen_kexec_status_t>()==4, "__guest_handle_xen_kexec_status_t");
    assert!(sz::<__guest_handle_xen_kexec_unload_t>()==4&&al::<__guest_handle_xen_kexec_unload_t>()==4, "__guest_handle_xen_kexec_unload_t");
    assert!(sz::<__guest_handle_xen_machphys_mapping_t>()==4&&al::<__guest_handle_xen_machphys_mapping_t>()==4, "__guest_handle_xen_machphys_mapping_t");
    assert!(sz::<__guest_handle_xen_machphys_mfn_list_t>()==4&&al::<__guest_handle_xen_machphys_mfn_list_t>()==4, "__guest_handle_xen_machphys_mfn_list_t");
    assert!(sz::<__guest_handle_xen_mc_fetch_t>()==4&&al::<__guest_handle_xen_mc_fetch_t>()==4, "__guest_handle_xen_mc_fetch_t");
    assert!(sz::<__guest_handle_xen_mc_logical_cpu_t>()==4&&al::<__guest_handle_xen_mc_logical_cpu_t>()==4, "__guest_handle_xen_mc_logical_cpu_t");
    assert!(sz::<__guest_handle_xen_mc_notifydomain_t>()==4&&al::<__guest_handle_xen_mc_notifydomain_t>()==4, "__guest_handle_xen_mc_notifydomain_t");
    assert!(sz::<__guest_handle_xen_mc_t>()==4&&al::<__guest_handle_xen_mc_t>()==4, "__guest_handle_xen_mc_t");
    assert!(sz::<__guest_handle_xen_mem_acquire_resource_t>()==4&&al::<__guest_handle_xen_mem_acquire_resource_t>()==4, "__guest_handle_xen_mem_acquire_resource_t");
    assert!(sz::<__guest_handle_xen_memory_exchange_t>()==4&&al::<__guest_handle_xen_memory_exchange_t>()==4, "__guest_handle_xen_memory_exchange_t");
    assert!(sz::<__guest_handle_xen_memory_map_t>()==4&&al::<__guest_handle_xen_memory_map_t>()==4, "__guest_handle_xen_memory_map_t");
    assert!(sz::<__guest_handle_xen_memory_reservation_t>()==4&&al::<__guest_handle_xen_memory_reservation_t>()==4, "__guest_handle_xen_memory_reservation_t");
    assert!(sz::<__guest_handle_xen_msr_entry_t>()==4&&al::<__guest_handle_xen_msr_entry_t>()==4, "__guest_handle_xen_msr_entry_t");
    assert!(sz::<__guest_handle_xen_pfn_t>()==4&&al::<__guest_handle_xen_pfn_t>()==4, "__guest_handle_xen_pfn_t");
    assert!(sz::<__guest_handle_xen_platform_op_t>()==4&&al::<__guest_handle_xen_platform_op_t>()==4, "__guest_handle_xen_platform_op_t");
    assert!(sz::<__guest_handle_xen_pmu_amd_ctxt_t>()==4&&al::<__guest_handle_xen_pmu_amd_ctxt_t>()==4, "__guest_handle_xen_pmu_amd_ctxt_t");
    assert!(sz::<__guest_handle_xen_pmu_arch_t>()==4&&al::<__guest_handle_xen_pmu_arch_t>()==4, "__guest_handle_xen_pmu_arch_t");
    assert!(sz::<__guest_handle_xen_pmu_cntr_pair_t>()==4&&al::<__guest_handle_xen_pmu_cntr_pair_t>()==4, "__guest_handle_xen_pmu_cntr_pair_t");
    assert!(sz::<__guest_handle_xen_pmu_intel_ctxt_t>()==4&&al::<__guest_handle_xen_pmu_intel_ctxt_t>()==4, "__guest_handle_xen_pmu_intel_ctxt_t");
    assert!(sz::<__guest_handle_xen_pmu_params_t>()==4&&al::<__guest_handle_xen_pmu_params_t>()==4, "__guest_handle_xen_pmu_params_t");
    assert!(sz::<__guest_handle_xen_pmu_regs_t>()==4&&al::<__guest_handle_xen_pmu_regs_t>()==4, "__guest_handle_xen_pmu_regs_t");
    assert!(sz::<__guest_handle_xen_processor_csd_t>()==4&&al::<__guest_handle_xen_processor_csd_t>()==4, "__guest_handle_xen_processor_csd_t");
    assert!(sz::<__guest_handle_xen_processor_cx_t>()==4&&al::<__guest_handle_xen_processor_cx_t>()==4, "__guest_handle_xen_processor_cx_t");
    assert!(sz::<__guest_handle_xen_processor_performance_t>()==4&&al::<__guest_handle_xen_processor_performance_t>()==4, "__guest_handle_xen_processor_performance_t");
    assert!(sz::<__guest_handle_xen_processor_px_t>()==4&&al::<__guest_handle_xen_processor_px_t>()==4, "__guest_handle_xen_processor_px_t");
    assert!(sz::<__guest_handle_xen_remove_from_physmap_t>()==4&&al::<__guest_handle_xen_remove_from_physmap_t>()==4, "__guest_handle_xen_remove_from_physmap_t");
    assert!(sz::<__guest_handle_xen_tmem_oid_t>()==4&&al::<__guest_handle_xen_tmem_oid_t>()==4, "__guest_handle_xen_tmem_oid_t");
    assert!(sz::<__guest_handle_xen_ulong_t>()==4&&al::<__guest_handle_xen_ulong_t>()==4, "__guest_handle_xen_ulong_t");
    assert!(sz::<__guest_handle_xen_vmemrange_t>()==4&&al::<__guest_handle_xen_vmemrange_t>()==4, "__guest_handle_xen_vmemrange_t");
    assert!(sz::<__guest_handle_xen_vnuma_topology_info_t>()==4&&al::<__guest_handle_xen_vnuma_topology_info_t>()==4, "__guest_handle_xen_vnuma_topology_info_t");
    assert!(sz::<__guest_handle_xennmi_callback_t>()==4&&al::<__guest_handle_xennmi_callback_t>()==4, "__guest_handle_xennmi_callback_t");
    assert!(sz::<__guest_handle_xenoprof_buf_t>()==4&&al::<__guest_handle_xenoprof_buf_t>()==4, "__guest_handle_xenoprof_buf_t");
    assert!(sz::<__guest_handle_xenoprof_counter_t>()==4&&al::<__guest_handle_xenoprof_counter_t>()==4, "__guest_handle_xenoprof_counter_t");
    assert!(sz::<__guest_handle_xenoprof_get_buffer_t>()==4&&al::<__guest_handle_xenoprof_get_buffer_t>()==4, "__guest_handle_xenoprof_get_buffer_t");
    assert!(sz::<__guest_handle_xenoprof_ibs_counter_t>()==4&&al::<__guest_handle_xenoprof_ibs_counter_t>()==4, "__guest_handle_xenoprof_ibs_counter_t");
    assert!(sz::<__guest_handle_xenoprof_init_t>()==4&&al::<__guest_handle_xenoprof_init_t>()==4, "__guest_handle_xenoprof_init_t");
    assert!(sz::<__guest_handle_xenoprof_passive_t>()==4&&al::<__guest_handle_xenoprof_passive_t>()==4, "__guest_handle_xenoprof_passive_t");
    assert!(sz::<__guest_handle_xenpf_add_memtype_t>()==4&&al::<__guest_handle_xenpf_add_memtype_t>()==4, "__guest_handle_xenpf_add_memtype_t");
    assert!(sz::<__guest_handle_xenpf_change_freq_t>()==4&&al::<__guest_handle_xenpf_change_freq_t>()==4, "__guest_handle_xenpf_change_freq_t");
    assert!(sz::<__guest_handle_xenpf_core_parking_t>()==4&&al::<__guest_handle_xenpf_core_parking_t>()==4, "__guest_handle_xenpf_core_parking_t");
    assert!(sz::<__guest_handle_xenpf_cpu_ol_t>()==4&&al::<__guest_handle_xenpf_cpu_ol_t>()==4, "__guest_handle_xenpf_cpu_ol_t");
    assert!(sz::<__guest_handle_xenpf_del_memtype_t>()==4&&al::<__guest_handle_xenpf_del_memtype_t>()==4, "__guest_handle_xenpf_del_memtype_t");
    assert!(sz::<__guest_handle_xenpf_dom0_console_t>()==4&&al::<__guest_handle_xenpf_dom0_console_t>()==4, "__guest_handle_xenpf_dom0_console_t");
    assert!(sz::<__guest_handle_xenpf_efi_runtime_call_t>()==4&&al::<__guest_handle_xenpf_efi_runtime_call_t>()==4, "__guest_handle_xenpf_efi_runtime_call_t");
    assert!(sz::<__guest_handle_xenpf_enter_acpi_sleep_t>()==4&&al::<__guest_handle_xenpf_enter_acpi_sleep_t>()==4, "__guest_handle_xenpf_enter_acpi_sleep_t");
    assert!(sz::<__guest_handle_xenpf_firmware_info_t>()==4&&al::<__guest_handle_xenpf_firmware_info_t>()==4, "__guest_handle_xenpf_firmware_info_t");
    assert!(sz::<__guest_handle_xenpf_getidletime_t>()==4&&al::<__guest_handle_xenpf_getidletime_t>()==4, "__guest_handle_xenpf_getidletime_t");
    assert!(sz::<__guest_handle_xenpf_microcode_update2_t>()==4&&al::<__guest_handle_xenpf_microcode_update2_t>()==4, "__guest_handle_xenpf_microcode_update2_t");
    assert!(sz::<__guest_handle_xenpf_microcode_update_t>()==4&&al::<__guest_handle_xenpf_microcode_update_t>()==4, "__guest_handle_xenpf_microcode_update_t");
    assert!(sz::<__guest_handle_xenpf_pcpu_version_t>()==4&&al::<__guest_handle_xenpf_pcpu_version_t>()==4, "__guest_handle_xenpf_pcpu_version_t");
    assert!(sz::<__guest_handle_xenpf_pcpuinfo_t>()==4&&al::<__guest_handle_xenpf_pcpuinfo_t>()==4, "__guest_handle_xenpf_pcpuinfo_t");
    assert!(sz::<__guest_handle_xenpf_platform_quirk_t>()==4&&al::<__guest_handle_xenpf_platform_quirk_t>()==4, "__guest_handle_xenpf_platform_quirk_t");
    assert!(sz::<__guest_handle_xenpf_read_memtype_t>()==4&&al::<__guest_handle_xenpf_read_memtype_t>()==4, "__guest_handle_xenpf_read_memtype_t");
    assert!(sz::<__guest_handle_xenpf_resource_entry_t>()==4&&al::<__guest_handle_xenpf_resource_entry_t>()==4, "__guest_handle_xenpf_resource_entry_t");
    assert!(sz::<__guest_handle_xenpf_resource_op_t>()==4&&al::<__guest_handle_xenpf_resource_op_t>()==4, "__guest_handle_xenpf_resource_op_t");
    assert!(sz::<__guest_handle_xenpf_set_processor_pminfo_t>()==4&&al::<__guest_handle_xenpf_set_processor_pminfo_t>()==4, "__guest_handle_xenpf_set_processor_pminfo_t");
    assert!(sz::<__guest_handle_xenpf_settime_t>()==4&&al::<__guest_handle_xenpf_settime_t>()==4, "__guest_handle_xenpf_settime_t");
    assert!(sz::<__guest_handle_xenpf_symdata_t>()==4&&al::<__guest_handle_xenpf_symdata_t>()==4, "__guest_handle_xenpf_symdata_t");
    assert!(sz::<__guest_handle_xenpf_ucode_revision_t>()==4&&al::<__guest_handle_xenpf_ucode_revision_t>()==4, "__guest_handle_xenpf_ucode_revision_t");
    assert!(sz::<arch_shared_info>()==28&&al::<arch_shared_info>()==4&&at(0+sz::<u32>(),al::<xen_pfn_t>())==4&&at(4+sz::<xen_pfn_t>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24, "arch_shared_info");
    assert!(sz::<arch_vcpu_info>()==24&&al::<arch_vcpu_info>()==4&&at(0+sz::<u32>(),al::<[u32; 5]>())==4, "arch_vcpu_info");
    assert!(sz::<blkif_back_ring>()==16&&al::<blkif_back_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "blkif_back_ring");
    assert!(sz::<blkif_front_ring>()==16&&al::<blkif_front_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "blkif_front_ring");
    assert!(sz::<blkif_request_discard>()==28&&al::<blkif_request_discard>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<crate::U64Align4>())==4&&at(4+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==12&&at(12+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==20, "blkif_request_discard");
    assert!(sz::<blkif_request_indirect>()==64&&al::<blkif_request_indirect>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<crate::U64Align4>())==4&&at(4+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==12&&at(12+sz::<crate::U64Align4>(),al::<u16>())==20&&at(20+sz::<u16>(),al::<[u8; 2]>())==22&&at(22+sz::<[u8; 2]>(),al::<[grant_ref_t; 8]>())==24&&at(24+sz::<[grant_ref_t; 8]>(),al::<crate::U64Align4>())==56, "blkif_request_indirect");
    assert!(sz::<blkif_request_segment>()==8&&al::<blkif_request_segment>()==4&&at(0+sz::<grant_ref_t>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<[u8; 2]>())==6, "blkif_request_segment");
    assert!(sz::<blkif_request>()==108&&al::<blkif_request>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<crate::U64Align4>())==4&&at(4+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==12&&at(12+sz::<crate::U64Align4>(),al::<[blkif_request_segment; 11]>())==20, "blkif_request");
    assert!(sz::<blkif_response>()==12&&al::<blkif_response>()==4&&at(0+sz::<crate::U64Align4>(),al::<u8>())==8&&at(8+sz::<u8>(),al::<[u8; 1]>())==9&&at(9+sz::<[u8; 1]>(),al::<i16>())==10, "blkif_response");
    assert!(sz::<buf_ioreq__anon_0>()==4, "buf_ioreq__anon_0");
    assert!(sz::<buf_ioreq>()==8&&al::<buf_ioreq>()==4&&at(0+sz::<buf_ioreq__anon_0>(),al::<u32>())==4, "buf_ioreq");
    assert!(sz::<buffered_iopage>()==4096&&al::<buffered_iopage>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[buf_ioreq_t; 511]>())==8, "buffered_iopage");
    assert!(sz::<xen_callback>()==8&&al::<xen_callback>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_callback");
    assert!(sz::<callback_register>()==12&&al::<callback_register>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<xen_callback_t>())==4, "callback_register");
    assert!(sz::<callback_unregister>()==4&&al::<callback_unregister>()==2&&at(0+sz::<u16>(),al::<u16>())==2, "callback_unregister");
    assert!(sz::<cpu_user_regs>()==68&&al::<cpu_user_regs>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u16>())==28&&at(28+sz::<u16>(),al::<u16>())==30&&at(30+sz::<u16>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<u16>())==36&&at(36+sz::<u16>(),al::<u8>())==38&&at(38+sz::<u8>(),al::<u8>())==39&&at(39+sz::<u8>(),al::<u32>())==40&&at(40+sz::<u32>(),al::<u32>())==44&&at(44+sz::<u32>(),al::<u16>())==48&&at(48+sz::<u16>(),al::<u16>())==50&&at(50+sz::<u16>(),al::<u16>())==52&&at(52+sz::<u16>(),al::<u16>())==54&&at(54+sz::<u16>(),al::<u16>())==56&&at(56+sz::<u16>(),al::<u16>())==58&&at(58+sz::<u16>(),al::<u16>())==60&&at(60+sz::<u16>(),al::<u16>())==62&&at(62+sz::<u16>(),al::<u16>())==64&&at(64+sz::<u16>(),al::<u16>())==66, "cpu_user_regs");
    assert!(sz::<dom0_vga_console_info>()==40&&al::<dom0_vga_console_info>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<[u32; 9]>())==4, "dom0_vga_console_info");
    assert!(sz::<evtchn_alloc_unbound>()==8&&al::<evtchn_alloc_unbound>()==4&&at(0+sz::<domid_t>(),al::<domid_t>())==2&&at(2+sz::<domid_t>(),al::<evtchn_port_t>())==4, "evtchn_alloc_unbound");
    assert!(sz::<evtchn_bind_interdomain>()==12&&al::<evtchn_bind_interdomain>()==4&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<evtchn_port_t>())==4&&at(4+sz::<evtchn_port_t>(),al::<evtchn_port_t>())==8, "evtchn_bind_interdomain");
    assert!(sz::<evtchn_bind_ipi>()==8&&al::<evtchn_bind_ipi>()==4&&at(0+sz::<u32>(),al::<evtchn_port_t>())==4, "evtchn_bind_ipi");
    assert!(sz::<evtchn_bind_pirq>()==12&&al::<evtchn_bind_pirq>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<evtchn_port_t>())==8, "evtchn_bind_pirq");
    assert!(sz::<evtchn_bind_vcpu>()==8&&al::<evtchn_bind_vcpu>()==4&&at(0+sz::<evtchn_port_t>(),al::<u32>())==4, "evtchn_bind_vcpu");
    assert!(sz::<evtchn_bind_virq>()==12&&al::<evtchn_bind_virq>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<evtchn_port_t>())==8, "evtchn_bind_virq");
    assert!(sz::<evtchn_close>()==4&&al::<evtchn_close>()==4, "evtchn_close");
    assert!(sz::<evtchn_expand_array>()==8&&al::<evtchn_expand_array>()==4, "evtchn_expand_array");
    assert!(sz::<evtchn_fifo_control_block>()==72&&al::<evtchn_fifo_control_block>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u32; 16]>())==8, "evtchn_fifo_control_block");
    assert!(sz::<evtchn_init_control>()==24&&al::<evtchn_init_control>()==4&&at(0+sz::<crate::U64Align4>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u8>())==16&&at(16+sz::<u8>(),al::<[u8; 7]>())==17, "evtchn_init_control");
    assert!(sz::<evtchn_send>()==4&&al::<evtchn_send>()==4, "evtchn_send");
    assert!(sz::<evtchn_status>()==24&&al::<evtchn_status>()==4&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<evtchn_port_t>())==4&&at(4+sz::<evtchn_port_t>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<[crate::U64Align4; 1]>())==16, "evtchn_status");
    assert!(sz::<evtchn_unmask>()==4&&al::<evtchn_unmask>()==4, "evtchn_unmask");
    assert!(sz::<evtchn_op>()==28&&al::<evtchn_op>()==4&&at(0+sz::<u32>(),al::<[crate::U64Align4; 3]>())==4, "evtchn_op");
    assert!(sz::<evtchn_reset>()==2&&al::<evtchn_reset>()==2, "evtchn_reset");
    assert!(sz::<evtchn_set_priority>()==8&&al::<evtchn_set_priority>()==4&&at(0+sz::<evtchn_port_t>(),al::<u32>())==4, "evtchn_set_priority");
    assert!(sz::<fsif_back_ring>()==16&&al::<fsif_back_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "fsif_back_ring");
    assert!(sz::<fsif_front_ring>()==16&&al::<fsif_front_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "fsif_front_ring");
    assert!(sz::<fsif_stat_response>()==48&&al::<fsif_stat_response>()==4&&at(0+sz::<i32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<i32>())==12&&at(12+sz::<i32>(),al::<crate::I64Align4>())==16&&at(16+sz::<crate::I64Align4>(),al::<crate::I64Align4>())==24&&at(24+sz::<crate::I64Align4>(),al::<crate::I64Align4>())==32&&at(32+sz::<crate::I64Align4>(),al::<crate::I64Align4>())==40, "fsif_stat_response");
    assert!(sz::<fsif_response>()==56&&al::<fsif_response>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[crate::U64Align4; 6]>())==8, "fsif_response");
    assert!(sz::<gnttab_cache_flush>()==16&&al::<gnttab_cache_flush>()==4&&at(0+sz::<[crate::U64Align4; 1]>(),al::<u16>())==8&&at(8+sz::<u16>(),al::<u16>())==10&&at(10+sz::<u16>(),al::<u32>())==12, "gnttab_cache_flush");
    assert!(sz::<gnttab_copy_ptr>()==8&&al::<gnttab_copy_ptr>()==4&&at(0+sz::<[u32; 1]>(),al::<domid_t>())==4&&at(4+sz::<domid_t>(),al::<u16>())==6, "gnttab_copy_ptr");
    assert!(sz::<gnttab_copy>()==24&&al::<gnttab_copy>()==4&&at(0+sz::<gnttab_copy_ptr>(),al::<gnttab_copy_ptr>())==8&&at(8+sz::<gnttab_copy_ptr>(),al::<u16>())==16&&at(16+sz::<u16>(),al::<u16>())==18&&at(18+sz::<u16>(),al::<i16>())==20&&at(20+sz::<i16>(),al::<[u8; 2]>())==22, "gnttab_copy");
    assert!(sz::<gnttab_dump_table>()==4&&al::<gnttab_dump_table>()==2&&at(0+sz::<domid_t>(),al::<i16>())==2, "gnttab_dump_table");
    assert!(sz::<gnttab_get_status_frames>()==12&&al::<gnttab_get_status_frames>()==4&&at(0+sz::<u32>(),al::<domid_t>())==4&&at(4+sz::<domid_t>(),al::<i16>())==6&&at(6+sz::<i16>(),al::<__guest_handle_uint64_t>())==8, "gnttab_get_status_frames");
    assert!(sz::<gnttab_get_version>()==8&&al::<gnttab_get_version>()==4&&at(0+sz::<domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4, "gnttab_get_version");
    assert!(sz::<gnttab_map_grant_ref>()==32&&al::<gnttab_map_grant_ref>()==4&&at(0+sz::<crate::U64Align4>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<grant_ref_t>())==12&&at(12+sz::<grant_ref_t>(),al::<domid_t>())==16&&at(16+sz::<domid_t>(),al::<i16>())==18&&at(18+sz::<i16>(),al::<grant_handle_t>())==20&&at(20+sz::<grant_handle_t>(),al::<crate::U64Align4>())==24, "gnttab_map_grant_ref");
    assert!(sz::<gnttab_query_size>()==16&&al::<gnttab_query_size>()==4&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<i16>())==12&&at(12+sz::<i16>(),al::<[u8; 2]>())==14, "gnttab_query_size");
    assert!(sz::<gnttab_set_version>()==4&&al::<gnttab_set_version>()==4, "gnttab_set_version");
    assert!(sz::<gnttab_setup_table>()==16&&al::<gnttab_setup_table>()==4&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<i16>())==8&&at(8+sz::<i16>(),al::<[u8; 2]>())==10&&at(10+sz::<[u8; 2]>(),al::<__guest_handle_xen_pfn_t>())==12, "gnttab_setup_table");
    assert!(sz::<gnttab_swap_grant_ref>()==12&&al::<gnttab_swap_grant_ref>()==4&&at(0+sz::<grant_ref_t>(),al::<grant_ref_t>())==4&&at(4+sz::<grant_ref_t>(),al::<i16>())==8&&at(8+sz::<i16>(),al::<[u8; 2]>())==10, "gnttab_swap_grant_ref");
    assert!(sz::<gnttab_transfer>()==16&&al::<gnttab_transfer>()==4&&at(0+sz::<xen_pfn_t>(),al::<domid_t>())==4&&at(4+sz::<domid_t>(),al::<[u8; 2]>())==6&&at(6+sz::<[u8; 2]>(),al::<grant_ref_t>())==8&&at(8+sz::<grant_ref_t>(),al::<i16>())==12&&at(12+sz::<i16>(),al::<[u8; 2]>())==14, "gnttab_transfer");
    assert!(sz::<gnttab_unmap_and_replace>()==24&&al::<gnttab_unmap_and_replace>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<grant_handle_t>())==16&&at(16+sz::<grant_handle_t>(),al::<i16>())==20&&at(20+sz::<i16>(),al::<[u8; 2]>())==22, "gnttab_unmap_and_replace");
    assert!(sz::<gnttab_unmap_grant_ref>()==24&&al::<gnttab_unmap_grant_ref>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<grant_handle_t>())==16&&at(16+sz::<grant_handle_t>(),al::<i16>())==20&&at(20+sz::<i16>(),al::<[u8; 2]>())==22, "gnttab_unmap_grant_ref");
    assert!(sz::<grant_entry_header>()==4&&al::<grant_entry_header>()==2&&at(0+sz::<u16>(),al::<domid_t>())==2, "grant_entry_header");
    assert!(sz::<grant_entry_v1>()==8&&al::<grant_entry_v1>()==4&&at(0+sz::<u16>(),al::<domid_t>())==2&&at(2+sz::<domid_t>(),al::<u32>())==4, "grant_entry_v1");
    assert!(sz::<grant_entry_v2>()==16&&al::<grant_entry_v2>()==4, "grant_entry_v2");
    assert!(sz::<ioreq>()==32&&al::<ioreq>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u16>())==28&&at(28+sz::<u16>(),al::<u8>())==30&&at(30+sz::<u8>(),al::<u8>())==31, "ioreq");
    assert!(sz::<mc_info>()==768&&al::<mc_info>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[crate::U64Align4; 95]>())==8, "mc_info");
    assert!(sz::<mmu_update>()==16&&al::<mmu_update>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8, "mmu_update");
    assert!(sz::<mmuext_op>()==12&&al::<mmuext_op>()==4&&at(0+sz::<u32>(),al::<[u32; 1]>())==4&&at(4+sz::<[u32; 1]>(),al::<[u32; 1]>())==8, "mmuext_op");
    assert!(sz::<multicall_entry>()==32&&al::<multicall_entry>()==4&&at(0+sz::<xen_ulong_t>(),al::<xen_ulong_t>())==4&&at(4+sz::<xen_ulong_t>(),al::<[xen_ulong_t; 6]>())==8, "multicall_entry");
    assert!(sz::<netif_extra_info>()==8&&al::<netif_extra_info>()==2&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<[u16; 3]>())==2, "netif_extra_info");
    assert!(sz::<netif_rx_back_ring>()==16&&al::<netif_rx_back_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "netif_rx_back_ring");
    assert!(sz::<netif_rx_front_ring>()==16&&al::<netif_rx_front_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "netif_rx_front_ring");
    assert!(sz::<netif_rx_request>()==8&&al::<netif_rx_request>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<grant_ref_t>())==4, "netif_rx_request");
    assert!(sz::<netif_rx_response>()==8&&al::<netif_rx_response>()==2&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<i16>())==6, "netif_rx_response");
    assert!(sz::<netif_tx_back_ring>()==16&&al::<netif_tx_back_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "netif_tx_back_ring");
    assert!(sz::<netif_tx_front_ring>()==16&&al::<netif_tx_front_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "netif_tx_front_ring");
    assert!(sz::<netif_tx_request>()==12&&al::<netif_tx_request>()==4&&at(0+sz::<grant_ref_t>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6&&at(6+sz::<u16>(),al::<u16>())==8&&at(8+sz::<u16>(),al::<u16>())==10, "netif_tx_request");
    assert!(sz::<netif_tx_response>()==4&&al::<netif_tx_response>()==2&&at(0+sz::<u16>(),al::<i16>())==2, "netif_tx_response");
    assert!(sz::<physdev_apic>()==12&&al::<physdev_apic>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "physdev_apic");
    assert!(sz::<physdev_pci_device>()==4&&al::<physdev_pci_device>()==2&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3, "physdev_pci_device");
    assert!(sz::<physdev_dbgp_op>()==6&&al::<physdev_dbgp_op>()==2&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<[u16; 2]>())==2, "physdev_dbgp_op");
    assert!(sz::<physdev_eoi>()==4&&al::<physdev_eoi>()==4, "physdev_eoi");
    assert!(sz::<physdev_get_free_pirq>()==8&&al::<physdev_get_free_pirq>()==4&&at(0+sz::<i32>(),al::<u32>())==4, "physdev_get_free_pirq");
    assert!(sz::<physdev_irq_status_query>()==8&&al::<physdev_irq_status_query>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "physdev_irq_status_query");
    assert!(sz::<physdev_irq>()==8&&al::<physdev_irq>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "physdev_irq");
    assert!(sz::<physdev_manage_pci>()==2&&al::<physdev_manage_pci>()==1&&at(0+sz::<u8>(),al::<u8>())==1, "physdev_manage_pci");
    assert!(sz::<physdev_map_pirq>()==36&&al::<physdev_map_pirq>()==4&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<i32>())==12&&at(12+sz::<i32>(),al::<i32>())==16&&at(16+sz::<i32>(),al::<i32>())==20&&at(20+sz::<i32>(),al::<i32>())==24&&at(24+sz::<i32>(),al::<crate::U64Align4>())==28, "physdev_map_pirq");
    assert!(sz::<physdev_set_iobitmap>()==8&&al::<physdev_set_iobitmap>()==4&&at(0+sz::<__guest_handle_uint8>(),al::<u32>())==4, "physdev_set_iobitmap");
    assert!(sz::<physdev_set_iopl>()==4&&al::<physdev_set_iopl>()==4, "physdev_set_iopl");
    assert!(sz::<physdev_op>()==16&&al::<physdev_op>()==4&&at(0+sz::<u32>(),al::<[u32; 3]>())==4, "physdev_op");
    assert!(sz::<physdev_pci_device_add>()==12&&al::<physdev_pci_device_add>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u8; 2]>())==8&&at(8+sz::<[u8; 2]>(),al::<[u8; 2]>())==10&&at(10+sz::<[u8; 2]>(),al::<[u32; 0]>())==12, "physdev_pci_device_add");
    assert!(sz::<physdev_pci_mmcfg_reserved>()==16&&al::<physdev_pci_mmcfg_reserved>()==4&&at(0+sz::<crate::U64Align4>(),al::<u16>())==8&&at(8+sz::<u16>(),al::<u8>())==10&&at(10+sz::<u8>(),al::<u8>())==11&&at(11+sz::<u8>(),al::<u32>())==12, "physdev_pci_mmcfg_reserved");
    assert!(sz::<physdev_pirq_eoi_gmfn>()==4&&al::<physdev_pirq_eoi_gmfn>()==4, "physdev_pirq_eoi_gmfn");
    assert!(sz::<physdev_restore_msi>()==2&&al::<physdev_restore_msi>()==1&&at(0+sz::<u8>(),al::<u8>())==1, "physdev_restore_msi");
    assert!(sz::<physdev_setup_gsi>()==8&&al::<physdev_setup_gsi>()==4&&at(0+sz::<i32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<[u8; 2]>())==6, "physdev_setup_gsi");
    assert!(sz::<physdev_unmap_pirq>()==8&&al::<physdev_unmap_pirq>()==4&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<i32>())==4, "physdev_unmap_pirq");
    assert!(sz::<sched_pin_override>()==4&&al::<sched_pin_override>()==4, "sched_pin_override");
    assert!(sz::<sched_poll>()==16&&al::<sched_poll>()==4&&at(0+sz::<__guest_handle_evtchn_port_t>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8, "sched_poll");
    assert!(sz::<sched_remote_shutdown>()==8&&al::<sched_remote_shutdown>()==4&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<u32>())==4, "sched_remote_shutdown");
    assert!(sz::<sched_shutdown>()==4&&al::<sched_shutdown>()==4, "sched_shutdown");
    assert!(sz::<sched_watchdog>()==8&&al::<sched_watchdog>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "sched_watchdog");
    assert!(sz::<vcpu_time_info>()==32&&al::<vcpu_time_info>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<i8>())==28&&at(28+sz::<i8>(),al::<u8>())==29&&at(29+sz::<u8>(),al::<[u8; 2]>())==30, "vcpu_time_info");
    assert!(sz::<vcpu_info>()==64&&al::<vcpu_info>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<xen_ulong_t>())==4&&at(4+sz::<xen_ulong_t>(),al::<arch_vcpu_info>())==8&&at(8+sz::<arch_vcpu_info>(),al::<vcpu_time_info_t>())==32, "vcpu_info");
    assert!(sz::<shared_info>()==2344&&al::<shared_info>()==4&&at(0+sz::<[vcpu_info; 32]>(),al::<[xen_ulong_t; 32]>())==2048&&at(2048+sz::<[xen_ulong_t; 32]>(),al::<[xen_ulong_t; 32]>())==2176&&at(2176+sz::<[xen_ulong_t; 32]>(),al::<u32>())==2304&&at(2304+sz::<u32>(),al::<u32>())==2308&&at(2308+sz::<u32>(),al::<u32>())==2312&&at(2312+sz::<u32>(),al::<arch_shared_info>())==2316, "shared_info");
    assert!(sz::<shared_iopage>()==32&&al::<shared_iopage>()==4, "shared_iopage");
    assert!(sz::<start_info>()==1112&&al::<start_info>()==4&&at(0+sz::<[i8; 32]>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<u32>())==36&&at(36+sz::<u32>(),al::<u32>())==40&&at(40+sz::<u32>(),al::<xen_pfn_t>())==44&&at(44+sz::<xen_pfn_t>(),al::<u32>())==48&&at(48+sz::<u32>(),al::<[crate::U64Align4; 1]>())==52&&at(52+sz::<[crate::U64Align4; 1]>(),al::<u32>())==60&&at(60+sz::<u32>(),al::<u32>())==64&&at(64+sz::<u32>(),al::<u32>())==68&&at(68+sz::<u32>(),al::<u32>())==72&&at(72+sz::<u32>(),al::<u32>())==76&&at(76+sz::<u32>(),al::<[i8; 1024]>())==80&&at(80+sz::<[i8; 1024]>(),al::<u32>())==1104&&at(1104+sz::<u32>(),al::<u32>())==1108, "start_info");
    assert!(sz::<hvm_hw_cpu__anon_0>()==4, "hvm_hw_cpu__anon_0");
    assert!(sz::<hvm_hw_cpu>()==1032&&al::<hvm_hw_cpu>()==4&&at(0+sz::<[u8; 512]>(),al::<crate::U64Align4>())==512&&at(512+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==520&&at(520+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==528&&at(528+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==536&&at(536+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==544&&at(544+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==552&&at(552+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==560&&at(560+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==568&&at(568+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==576&&at(576+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==584&&at(584+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==592&&at(592+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==600&&at(600+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==608&&at(608+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==616&&at(616+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==624&&at(624+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==632&&at(632+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==640&&at(640+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==648&&at(648+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==656&&at(656+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==664&&at(664+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==672&&at(672+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==680&&at(680+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==688&&at(688+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==696&&at(696+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==704&&at(704+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==712&&at(712+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==720&&at(720+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==728&&at(728+sz::<crate::U64Align4>(),al::<u32>())==736&&at(736+sz::<u32>(),al::<u32>())==740&&at(740+sz::<u32>(),al::<u32>())==744&&at(744+sz::<u32>(),al::<u32>())==748&&at(748+sz::<u32>(),al::<u32>())==752&&at(752+sz::<u32>(),al::<u32>())==756&&at(756+sz::<u32>(),al::<u32>())==760&&at(760+sz::<u32>(),al::<u32>())==764&&at(764+sz::<u32>(),al::<u32>())==768&&at(768+sz::<u32>(),al::<u32>())==772&&at(772+sz::<u32>(),al::<u32>())==776&&at(776+sz::<u32>(),al::<u32>())==780&&at(780+sz::<u32>(),al::<u32>())==784&&at(784+sz::<u32>(),al::<u32>())==788&&at(788+sz::<u32>(),al::<u32>())==792&&at(792+sz::<u32>(),al::<u32>())==796&&at(796+sz::<u32>(),al::<u32>())==800&&at(800+sz::<u32>(),al::<u32>())==804&&at(804+sz::<u32>(),al::<crate::U64Align4>())==808&&at(808+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==816&&at(816+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==824&&at(824+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==832&&at(832+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==840&&at(840+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==848&&at(848+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==856&&at(856+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==864&&at(864+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==872&&at(872+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==880&&at(880+sz::<crate::U64Align4>(),al::<u32>())==888&&at(888+sz::<u32>(),al::<u32>())==892&&at(892+sz::<u32>(),al::<u32>())==896&&at(896+sz::<u32>(),al::<u32>())==900&&at(900+sz::<u32>(),al::<u32>())==904&&at(904+sz::<u32>(),al::<u32>())==908&&at(908+sz::<u32>(),al::<u32>())==912&&at(912+sz::<u32>(),al::<u32>())==916&&at(916+sz::<u32>(),al::<crate::U64Align4>())==920&&at(920+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==928&&at(928+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==936&&at(936+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==944&&at(944+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==952&&at(952+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==960&&at(960+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==968&&at(968+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==976&&at(976+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==984&&at(984+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==992&&at(992+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==1000&&at(1000+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==1008&&at(1008+sz::<crate::U64Align4>(),al::<hvm_hw_cpu__anon_0>())==1016&&at(1016+sz::<hvm_hw_cpu__anon_0>(),al::<u32>())==1020&&at(1020+sz::<u32>(),al::<u32>())==1024&&at(1024+sz::<u32>(),al::<u32>())==1028, "hvm_hw_cpu");
    assert!(sz::<__HVM_SAVE_TYPE_CPU>()==1036&&al::<__HVM_SAVE_TYPE_CPU>()==4&&at(0+sz::<hvm_hw_cpu>(),al::<[i8; 2]>())==1032&&at(1032+sz::<[i8; 2]>(),al::<[i8; 2]>())==1034, "__HVM_SAVE_TYPE_CPU");
    assert!(sz::<hvm_save_end>()==0&&al::<hvm_save_end>()==1, "hvm_save_end");
    assert!(sz::<__HVM_SAVE_TYPE_END>()==1&&al::<__HVM_SAVE_TYPE_END>()==1&&at(0+sz::<[u8; 0]>(),al::<[i8; 0]>())==0&&at(0+sz::<[i8; 0]>(),al::<[i8; 1]>())==0, "__HVM_SAVE_TYPE_END");
    assert!(sz::<hvm_save_header>()==24&&al::<hvm_save_header>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20, "hvm_save_header");
    assert!(sz::<__HVM_SAVE_TYPE_HEADER>()==28&&al::<__HVM_SAVE_TYPE_HEADER>()==4&&at(0+sz::<hvm_save_header>(),al::<[i8; 1]>())==24&&at(24+sz::<[i8; 1]>(),al::<[i8; 1]>())==25&&at(25+sz::<[i8; 1]>(),al::<[u8; 2]>())==26, "__HVM_SAVE_TYPE_HEADER");
    assert!(sz::<hvm_hw_hpet>()==1048&&al::<hvm_hw_hpet>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24&&at(24+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==32&&at(32+sz::<crate::U64Align4>(),al::<[crate::U64Align4; 25]>())==40&&at(40+sz::<[crate::U64Align4; 25]>(),al::<crate::U64Align4>())==240&&at(240+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==248&&at(248+sz::<crate::U64Align4>(),al::<[crate::U64Align4; 12]>())==256&&at(256+sz::<[crate::U64Align4; 12]>(),al::<[crate::U64Align4; 84]>())==352&&at(352+sz::<[crate::U64Align4; 84]>(),al::<[crate::U64Align4; 3]>())==1024, "hvm_hw_hpet");
    assert!(sz::<__HVM_SAVE_TYPE_HPET>()==1064&&al::<__HVM_SAVE_TYPE_HPET>()==4&&at(0+sz::<hvm_hw_hpet>(),al::<[i8; 12]>())==1048&&at(1048+sz::<[i8; 12]>(),al::<[i8; 1]>())==1060&&at(1060+sz::<[i8; 1]>(),al::<[u8; 3]>())==1061, "__HVM_SAVE_TYPE_HPET");
    assert!(sz::<vioapic_redir_entry>()==8&&al::<vioapic_redir_entry>()==4, "vioapic_redir_entry");
    assert!(sz::<hvm_hw_vioapic>()==400&&al::<hvm_hw_vioapic>()==4&&at(0+sz::<crate::U64Align4>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<[vioapic_redir_entry; 48]>())==16, "hvm_hw_vioapic");
    assert!(sz::<__HVM_SAVE_TYPE_IOAPIC>()==408&&al::<__HVM_SAVE_TYPE_IOAPIC>()==4&&at(0+sz::<hvm_hw_vioapic>(),al::<[i8; 4]>())==400&&at(400+sz::<[i8; 4]>(),al::<[i8; 1]>())==404&&at(404+sz::<[i8; 1]>(),al::<[u8; 3]>())==405, "__HVM_SAVE_TYPE_IOAPIC");
    assert!(sz::<hvm_hw_isa_irqs__anon_0>()==8, "hvm_hw_isa_irqs__anon_0");
    assert!(sz::<hvm_hw_isa_irqs>()==8&&al::<hvm_hw_isa_irqs>()==4, "hvm_hw_isa_irqs");
    assert!(sz::<__HVM_SAVE_TYPE_ISA_IRQ>()==20&&al::<__HVM_SAVE_TYPE_ISA_IRQ>()==4&&at(0+sz::<hvm_hw_isa_irqs>(),al::<[i8; 8]>())==8&&at(8+sz::<[i8; 8]>(),al::<[i8; 1]>())==16&&at(16+sz::<[i8; 1]>(),al::<[u8; 3]>())==17, "__HVM_SAVE_TYPE_ISA_IRQ");
    assert!(sz::<hvm_hw_lapic_regs>()==1024&&al::<hvm_hw_lapic_regs>()==1, "hvm_hw_lapic_regs");
    assert!(sz::<__HVM_SAVE_TYPE_LAPIC_REGS>()==1031&&al::<__HVM_SAVE_TYPE_LAPIC_REGS>()==1&&at(0+sz::<hvm_hw_lapic_regs>(),al::<[i8; 6]>())==1024&&at(1024+sz::<[i8; 6]>(),al::<[i8; 1]>())==1030, "__HVM_SAVE_TYPE_LAPIC_REGS");
    assert!(sz::<hvm_hw_mtrr>()==240&&al::<hvm_hw_mtrr>()==4&&at(0+sz::<crate::U64Align4>(),al::<[crate::U64Align4; 16]>())==8&&at(8+sz::<[crate::U64Align4; 16]>(),al::<[crate::U64Align4; 11]>())==136&&at(136+sz::<[crate::U64Align4; 11]>(),al::<crate::U64Align4>())==224&&at(224+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==232, "hvm_hw_mtrr");
    assert!(sz::<__HVM_SAVE_TYPE_MTRR>()==256&&al::<__HVM_SAVE_TYPE_MTRR>()==4&&at(0+sz::<hvm_hw_mtrr>(),al::<[i8; 14]>())==240&&at(240+sz::<[i8; 14]>(),al::<[i8; 1]>())==254&&at(254+sz::<[i8; 1]>(),al::<[u8; 1]>())==255, "__HVM_SAVE_TYPE_MTRR");
    assert!(sz::<hvm_hw_pci_irqs__anon_0>()==16, "hvm_hw_pci_irqs__anon_0");
    assert!(sz::<hvm_hw_pci_irqs>()==16&&al::<hvm_hw_pci_irqs>()==4, "hvm_hw_pci_irqs");
    assert!(sz::<__HVM_SAVE_TYPE_PCI_IRQ>()==24&&al::<__HVM_SAVE_TYPE_PCI_IRQ>()==4&&at(0+sz::<hvm_hw_pci_irqs>(),al::<[i8; 7]>())==16&&at(16+sz::<[i8; 7]>(),al::<[i8; 1]>())==23, "__HVM_SAVE_TYPE_PCI_IRQ");
    assert!(sz::<hvm_hw_pci_link>()==8&&al::<hvm_hw_pci_link>()==1&&at(0+sz::<[u8; 4]>(),al::<[u8; 4]>())==4, "hvm_hw_pci_link");
    assert!(sz::<__HVM_SAVE_TYPE_PCI_LINK>()==18&&al::<__HVM_SAVE_TYPE_PCI_LINK>()==1&&at(0+sz::<hvm_hw_pci_link>(),al::<[i8; 9]>())==8&&at(8+sz::<[i8; 9]>(),al::<[i8; 1]>())==17, "__HVM_SAVE_TYPE_PCI_LINK");
    assert!(sz::<hvm_hw_vpic>()==8&&al::<hvm_hw_vpic>()==1&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<u8>())==7, "hvm_hw_vpic");
    assert!(sz::<__HVM_SAVE_TYPE_PIC>()==12&&al::<__HVM_SAVE_TYPE_PIC>()==1&&at(0+sz::<hvm_hw_vpic>(),al::<[i8; 3]>())==8&&at(8+sz::<[i8; 3]>(),al::<[i8; 1]>())==11, "__HVM_SAVE_TYPE_PIC");
    assert!(sz::<hvm_hw_pit_channel>()==16&&al::<hvm_hw_pit_channel>()==4&&at(0+sz::<u32>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<u8>())==7&&at(7+sz::<u8>(),al::<u8>())==8&&at(8+sz::<u8>(),al::<u8>())==9&&at(9+sz::<u8>(),al::<u8>())==10&&at(10+sz::<u8>(),al::<u8>())==11&&at(11+sz::<u8>(),al::<u8>())==12&&at(12+sz::<u8>(),al::<u8>())==13&&at(13+sz::<u8>(),al::<u8>())==14&&at(14+sz::<u8>(),al::<u8>())==15, "hvm_hw_pit_channel");
    assert!(sz::<hvm_hw_pit>()==56&&al::<hvm_hw_pit>()==4&&at(0+sz::<[hvm_hw_pit_channel; 3]>(),al::<u32>())==48&&at(48+sz::<u32>(),al::<u32>())==52, "hvm_hw_pit");
    assert!(sz::<__HVM_SAVE_TYPE_PIT>()==68&&al::<__HVM_SAVE_TYPE_PIT>()==4&&at(0+sz::<hvm_hw_pit>(),al::<[i8; 10]>())==56&&at(56+sz::<[i8; 10]>(),al::<[i8; 1]>())==66&&at(66+sz::<[i8; 1]>(),al::<[u8; 1]>())==67, "__HVM_SAVE_TYPE_PIT");
    assert!(sz::<hvm_hw_pmtimer>()==8&&al::<hvm_hw_pmtimer>()==4&&at(0+sz::<u32>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6, "hvm_hw_pmtimer");
    assert!(sz::<__HVM_SAVE_TYPE_PMTIMER>()==24&&al::<__HVM_SAVE_TYPE_PMTIMER>()==4&&at(0+sz::<hvm_hw_pmtimer>(),al::<[i8; 13]>())==8&&at(8+sz::<[i8; 13]>(),al::<[i8; 1]>())==21&&at(21+sz::<[i8; 1]>(),al::<[u8; 2]>())==22, "__HVM_SAVE_TYPE_PMTIMER");
    assert!(sz::<hvm_hw_rtc>()==24&&al::<hvm_hw_rtc>()==4&&at(0+sz::<[u8; 14]>(),al::<u8>())==14&&at(14+sz::<u8>(),al::<u8>())==15&&at(15+sz::<u8>(),al::<crate::I64Align4>())==16, "hvm_hw_rtc");
    assert!(sz::<__HVM_SAVE_TYPE_RTC>()==36&&al::<__HVM_SAVE_TYPE_RTC>()==4&&at(0+sz::<hvm_hw_rtc>(),al::<[i8; 11]>())==24&&at(24+sz::<[i8; 11]>(),al::<[i8; 1]>())==35, "__HVM_SAVE_TYPE_RTC");
    assert!(sz::<hvm_tsc_adjust>()==8&&al::<hvm_tsc_adjust>()==4, "hvm_tsc_adjust");
    assert!(sz::<__HVM_SAVE_TYPE_TSC_ADJUST>()==28&&al::<__HVM_SAVE_TYPE_TSC_ADJUST>()==4&&at(0+sz::<hvm_tsc_adjust>(),al::<[i8; 19]>())==8&&at(8+sz::<[i8; 19]>(),al::<[i8; 1]>())==27, "__HVM_SAVE_TYPE_TSC_ADJUST");
    assert!(sz::<hvm_viridian_domain_context>()==32&&al::<hvm_viridian_domain_context>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24, "hvm_viridian_domain_context");
    assert!(sz::<__HVM_SAVE_TYPE_VIRIDIAN_DOMAIN>()==48&&al::<__HVM_SAVE_TYPE_VIRIDIAN_DOMAIN>()==4&&at(0+sz::<hvm_viridian_domain_context>(),al::<[i8; 15]>())==32&&at(32+sz::<[i8; 15]>(),al::<[i8; 1]>())==47, "__HVM_SAVE_TYPE_VIRIDIAN_DOMAIN");
    assert!(sz::<hvm_viridian_vcpu_context>()==216&&al::<hvm_viridian_vcpu_context>()==4&&at(0+sz::<crate::U64Align4>(),al::<u8>())==8&&at(8+sz::<u8>(),al::<[u8; 7]>())==9&&at(9+sz::<[u8; 7]>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<[crate::U64Align4; 16]>())==24&&at(24+sz::<[crate::U64Align4; 16]>(),al::<[crate::U64Align4; 4]>())==152&&at(152+sz::<[crate::U64Align4; 4]>(),al::<[crate::U64Align4; 4]>())==184, "hvm_viridian_vcpu_context");
    assert!(sz::<__HVM_SAVE_TYPE_VIRIDIAN_VCPU>()==236&&al::<__HVM_SAVE_TYPE_VIRIDIAN_VCPU>()==4&&at(0+sz::<hvm_viridian_vcpu_context>(),al::<[i8; 17]>())==216&&at(216+sz::<[i8; 17]>(),al::<[i8; 1]>())==233&&at(233+sz::<[i8; 1]>(),al::<[u8; 2]>())==234, "__HVM_SAVE_TYPE_VIRIDIAN_VCPU");
    assert!(sz::<hvm_vmce_vcpu>()==32&&al::<hvm_vmce_vcpu>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24, "hvm_vmce_vcpu");
    assert!(sz::<__HVM_SAVE_TYPE_VMCE_VCPU>()==52&&al::<__HVM_SAVE_TYPE_VMCE_VCPU>()==4&&at(0+sz::<hvm_vmce_vcpu>(),al::<[i8; 18]>())==32&&at(32+sz::<[i8; 18]>(),al::<[i8; 1]>())==50&&at(50+sz::<[i8; 1]>(),al::<[u8; 1]>())==51, "__HVM_SAVE_TYPE_VMCE_VCPU");
    assert!(sz::<_xen_pvcalls_accept>()==8&&al::<_xen_pvcalls_accept>()==4, "_xen_pvcalls_accept");
    assert!(sz::<_xen_pvcalls_bind>()==8&&al::<_xen_pvcalls_bind>()==4, "_xen_pvcalls_bind");
    assert!(sz::<_xen_pvcalls_connect>()==8&&al::<_xen_pvcalls_connect>()==4, "_xen_pvcalls_connect");
    assert!(sz::<_xen_pvcalls_dummy>()==8&&al::<_xen_pvcalls_dummy>()==1, "_xen_pvcalls_dummy");
    assert!(sz::<_xen_pvcalls_listen>()==8&&al::<_xen_pvcalls_listen>()==4, "_xen_pvcalls_listen");
    assert!(sz::<_xen_pvcalls_poll>()==8&&al::<_xen_pvcalls_poll>()==4, "_xen_pvcalls_poll");
    assert!(sz::<_xen_pvcalls_release>()==8&&al::<_xen_pvcalls_release>()==4, "_xen_pvcalls_release");
    assert!(sz::<_xen_pvcalls_socket>()==8&&al::<_xen_pvcalls_socket>()==4, "_xen_pvcalls_socket");
    assert!(sz::<cpu_offline_action>()==8&&al::<cpu_offline_action>()==4&&at(0+sz::<u32>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6, "cpu_offline_action");
    assert!(sz::<event_log>()==12&&al::<event_log>()==4&&at(0+sz::<crate::U64Align4>(),al::<u8>())==8&&at(8+sz::<u8>(),al::<u8>())==9&&at(9+sz::<u8>(),al::<[u8; 2]>())==10, "event_log");
    assert!(sz::<fsif_chmod_request>()==8&&al::<fsif_chmod_request>()==4&&at(0+sz::<u32>(),al::<i32>())==4, "fsif_chmod_request");
    assert!(sz::<fsif_close_request>()==4&&al::<fsif_close_request>()==4, "fsif_close_request");
    assert!(sz::<fsif_create_request>()==12&&al::<fsif_create_request>()==4&&at(0+sz::<i8>(),al::<i8>())==1&&at(1+sz::<i8>(),al::<i16>())==2&&at(2+sz::<i16>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<grant_ref_t>())==8, "fsif_create_request");
    assert!(sz::<fsif_list_request>()==8&&al::<fsif_list_request>()==4&&at(0+sz::<u32>(),al::<grant_ref_t>())==4, "fsif_list_request");
    assert!(sz::<fsif_open_request>()==4&&al::<fsif_open_request>()==4, "fsif_open_request");
    assert!(sz::<fsif_remove_request>()==4&&al::<fsif_remove_request>()==4, "fsif_remove_request");
    assert!(sz::<fsif_rename_request>()==8&&al::<fsif_rename_request>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<grant_ref_t>())==4, "fsif_rename_request");
    assert!(sz::<fsif_space_request>()==4&&al::<fsif_space_request>()==4, "fsif_space_request");
    assert!(sz::<fsif_stat_request>()==4&&al::<fsif_stat_request>()==4, "fsif_stat_request");
    assert!(sz::<fsif_sync_request>()==4&&al::<fsif_sync_request>()==4, "fsif_sync_request");
    assert!(sz::<fsif_truncate_request>()==16&&al::<fsif_truncate_request>()==4&&at(0+sz::<u32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<crate::I64Align4>())==8, "fsif_truncate_request");
    assert!(sz::<hvm_hw_cpu_compat__anon_0>()==4, "hvm_hw_cpu_compat__anon_0");
    assert!(sz::<hvm_hw_cpu_compat>()==1016&&al::<hvm_hw_cpu_compat>()==4&&at(0+sz::<[u8; 512]>(),al::<crate::U64Align4>())==512&&at(512+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==520&&at(520+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==528&&at(528+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==536&&at(536+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==544&&at(544+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==552&&at(552+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==560&&at(560+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==568&&at(568+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==576&&at(576+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==584&&at(584+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==592&&at(592+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==600&&at(600+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==608&&at(608+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==616&&at(616+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==624&&at(624+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==632&&at(632+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==640&&at(640+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==648&&at(648+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==656&&at(656+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==664&&at(664+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==672&&at(672+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==680&&at(680+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==688&&at(688+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==696&&at(696+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==704&&at(704+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==712&&at(712+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==720&&at(720+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==728&&at(728+sz::<crate::U64Align4>(),al::<u32>())==736&&at(736+sz::<u32>(),al::<u32>())==740&&at(740+sz::<u32>(),al::<u32>())==744&&at(744+sz::<u32>(),al::<u32>())==748&&at(748+sz::<u32>(),al::<u32>())==752&&at(752+sz::<u32>(),al::<u32>())==756&&at(756+sz::<u32>(),al::<u32>())==760&&at(760+sz::<u32>(),al::<u32>())==764&&at(764+sz::<u32>(),al::<u32>())==768&&at(768+sz::<u32>(),al::<u32>())==772&&at(772+sz::<u32>(),al::<u32>())==776&&at(776+sz::<u32>(),al::<u32>())==780&&at(780+sz::<u32>(),al::<u32>())==784&&at(784+sz::<u32>(),al::<u32>())==788&&at(788+sz::<u32>(),al::<u32>())==792&&at(792+sz::<u32>(),al::<u32>())==796&&at(796+sz::<u32>(),al::<u32>())==800&&at(800+sz::<u32>(),al::<u32>())==804&&at(804+sz::<u32>(),al::<crate::U64Align4>())==808&&at(808+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==816&&at(816+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==824&&at(824+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==832&&at(832+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==840&&at(840+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==848&&at(848+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==856&&at(856+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==864&&at(864+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==872&&at(872+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==880&&at(880+sz::<crate::U64Align4>(),al::<u32>())==888&&at(888+sz::<u32>(),al::<u32>())==892&&at(892+sz::<u32>(),al::<u32>())==896&&at(896+sz::<u32>(),al::<u32>())==900&&at(900+sz::<u32>(),al::<u32>())==904&&at(904+sz::<u32>(),al::<u32>())==908&&at(908+sz::<u32>(),al::<u32>())==912&&at(912+sz::<u32>(),al::<u32>())==916&&at(916+sz::<u32>(),al::<crate::U64Align4>())==920&&at(920+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==928&&at(928+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==936&&at(936+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==944&&at(944+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==952&&at(952+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==960&&at(960+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==968&&at(968+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==976&&at(976+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==984&&at(984+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==992&&at(992+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==1000&&at(1000+sz::<crate::U64Align4>(),al::<hvm_hw_cpu_compat__anon_0>())==1008&&at(1008+sz::<hvm_hw_cpu_compat__anon_0>(),al::<u32>())==1012, "hvm_hw_cpu_compat");
    assert!(sz::<hvm_hw_cpu_xsave_hdr>()==64&&al::<hvm_hw_cpu_xsave_hdr>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<[crate::U64Align4; 6]>())==16, "hvm_hw_cpu_xsave_hdr");
    assert!(sz::<hvm_hw_cpu_xsave>()==600&&al::<hvm_hw_cpu_xsave>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<[crate::U64Align4; 72]>())==24, "hvm_hw_cpu_xsave");
    assert!(sz::<hvm_info_table>()==48&&al::<hvm_info_table>()==4&&at(0+sz::<[i8; 8]>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u8>())==12&&at(12+sz::<u8>(),al::<u8>())==13&&at(13+sz::<u8>(),al::<[u8; 2]>())==14&&at(14+sz::<[u8; 2]>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<[u8; 16]>())==32, "hvm_info_table");
    assert!(sz::<hvm_memmap_table_entry>()==24&&al::<hvm_memmap_table_entry>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20, "hvm_memmap_table_entry");
    assert!(sz::<hvm_modlist_entry>()==32&&al::<hvm_modlist_entry>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24, "hvm_modlist_entry");
    assert!(sz::<hvm_one_msr>()==16&&al::<hvm_one_msr>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8, "hvm_one_msr");
    assert!(sz::<hvm_msr>()==4&&al::<hvm_msr>()==4&&at(0+sz::<u32>(),al::<[hvm_one_msr; 0]>())==4, "hvm_msr");
    assert!(sz::<hvm_save_descriptor>()==8&&al::<hvm_save_descriptor>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4, "hvm_save_descriptor");
    assert!(sz::<hvm_start_info>()==56&&al::<hvm_start_info>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24&&at(24+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==32&&at(32+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==40&&at(40+sz::<crate::U64Align4>(),al::<u32>())==48&&at(48+sz::<u32>(),al::<u32>())==52, "hvm_start_info");
    assert!(sz::<mcinfo_common>()==4&&al::<mcinfo_common>()==2&&at(0+sz::<u16>(),al::<u16>())==2, "mcinfo_common");
    assert!(sz::<mcinfo_bank>()==48&&al::<mcinfo_bank>()==4&&at(0+sz::<xen_mcinfo_common_t>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6&&at(6+sz::<u16>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24&&at(24+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==32&&at(32+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==40, "mcinfo_bank");
    assert!(sz::<mcinfo_msr>()==16&&al::<mcinfo_msr>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8, "mcinfo_msr");
    assert!(sz::<mcinfo_extended>()==520&&al::<mcinfo_extended>()==4&&at(0+sz::<xen_mcinfo_common_t>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[xen_mcinfo_msr_t; 32]>())==8, "mcinfo_extended");
    assert!(sz::<mcinfo_global>()==32&&al::<mcinfo_global>()==4&&at(0+sz::<xen_mcinfo_common_t>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6&&at(6+sz::<u16>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u16>())==12&&at(12+sz::<u16>(),al::<u16>())==14&&at(14+sz::<u16>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<crate::U64Align4>())==24, "mcinfo_global");
    assert!(sz::<mcinfo_logical_cpu>()==300&&al::<mcinfo_logical_cpu>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u16>())==8&&at(8+sz::<u16>(),al::<u16>())==10&&at(10+sz::<u16>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<i32>())==32&&at(32+sz::<i32>(),al::<u32>())==36&&at(36+sz::<u32>(),al::<u32>())==40&&at(40+sz::<u32>(),al::<u32>())==44&&at(44+sz::<u32>(),al::<u32>())==48&&at(48+sz::<u32>(),al::<[i8; 16]>())==52&&at(52+sz::<[i8; 16]>(),al::<[i8; 64]>())==68&&at(68+sz::<[i8; 64]>(),al::<[u32; 7]>())==132&&at(132+sz::<[u32; 7]>(),al::<u32>())==160&&at(160+sz::<u32>(),al::<u32>())==164&&at(164+sz::<u32>(),al::<i32>())==168&&at(168+sz::<i32>(),al::<[xen_mcinfo_msr_t; 8]>())==172, "mcinfo_logical_cpu");
    assert!(sz::<page_offline_action>()==16&&al::<page_offline_action>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8, "page_offline_action");
    assert!(sz::<mcinfo_recovery>()==24&&al::<mcinfo_recovery>()==4&&at(0+sz::<xen_mcinfo_common_t>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<u8>())==7&&at(7+sz::<u8>(),al::<[crate::U64Align4; 2]>())==8, "mcinfo_recovery");
    assert!(sz::<pci_device_reset>()==8&&al::<pci_device_reset>()==4&&at(0+sz::<physdev_pci_device_t>(),al::<u32>())==4, "pci_device_reset");
    assert!(sz::<pvcalls_data>()==8&&al::<pvcalls_data>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "pvcalls_data");
    assert!(sz::<pvcalls_data_intf>()==132&&al::<pvcalls_data_intf>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<RING_IDX>())==8&&at(8+sz::<RING_IDX>(),al::<[u8; 52]>())==12&&at(12+sz::<[u8; 52]>(),al::<RING_IDX>())==64&&at(64+sz::<RING_IDX>(),al::<RING_IDX>())==68&&at(68+sz::<RING_IDX>(),al::<RING_IDX>())==72&&at(72+sz::<RING_IDX>(),al::<[u8; 52]>())==76&&at(76+sz::<[u8; 52]>(),al::<RING_IDX>())==128&&at(128+sz::<RING_IDX>(),al::<[grant_ref_t; 0]>())==132, "pvcalls_data_intf");
    assert!(sz::<ring_shared>()==8&&al::<ring_shared>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "ring_shared");
    assert!(sz::<scsiif_request_segment>()==8&&al::<scsiif_request_segment>()==4&&at(0+sz::<grant_ref_t>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6, "scsiif_request_segment");
    assert!(sz::<t_buf>()==8&&al::<t_buf>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "t_buf");
    assert!(sz::<t_info>()==2&&al::<t_info>()==2&&at(0+sz::<u16>(),al::<[u16; 0]>())==2, "t_info");
    assert!(sz::<t_rec>()==40&&al::<t_rec>()==4&&at(0+sz::<u32>(),al::<[u32; 9]>())==4, "t_rec");
    assert!(sz::<xen_tmem_oid>()==24&&al::<xen_tmem_oid>()==4, "xen_tmem_oid");
    assert!(sz::<tmem_op>()==52&&al::<tmem_op>()==4&&at(0+sz::<u32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<[u32; 11]>())==8, "tmem_op");
    assert!(sz::<tpmif_tx_request>()==12&&al::<tpmif_tx_request>()==4&&at(0+sz::<u32>(),al::<grant_ref_t>())==4&&at(4+sz::<grant_ref_t>(),al::<u16>())==8&&at(8+sz::<u16>(),al::<u16>())==10, "tpmif_tx_request");
    assert!(sz::<tpmif_ring>()==12&&al::<tpmif_ring>()==4, "tpmif_ring");
    assert!(sz::<tpmif_shared_page>()==8&&al::<tpmif_shared_page>()==4&&at(0+sz::<u32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<u8>())==7&&at(7+sz::<u8>(),al::<[u32; 0]>())==8, "tpmif_shared_page");
    assert!(sz::<tpmif_tx_interface>()==12&&al::<tpmif_tx_interface>()==4, "tpmif_tx_interface");
    assert!(sz::<trap_info>()==8&&al::<trap_info>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4, "trap_info");
    assert!(sz::<usbif_conn_back_ring>()==16&&al::<usbif_conn_back_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "usbif_conn_back_ring");
    assert!(sz::<usbif_conn_front_ring>()==16&&al::<usbif_conn_front_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "usbif_conn_front_ring");
    assert!(sz::<usbif_conn_request>()==2&&al::<usbif_conn_request>()==2, "usbif_conn_request");
    assert!(sz::<usbif_conn_response>()==4&&al::<usbif_conn_response>()==2&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3, "usbif_conn_response");
    assert!(sz::<usbif_request_segment>()==8&&al::<usbif_request_segment>()==4&&at(0+sz::<grant_ref_t>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6, "usbif_request_segment");
    assert!(sz::<usbif_urb_back_ring>()==16&&al::<usbif_urb_back_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "usbif_urb_back_ring");
    assert!(sz::<usbif_urb_front_ring>()==16&&al::<usbif_urb_front_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "usbif_urb_front_ring");
    assert!(sz::<usbif_urb_request>()==148&&al::<usbif_urb_request>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u16>())==8&&at(8+sz::<u16>(),al::<u16>())==10&&at(10+sz::<u16>(),al::<[u16; 4]>())==12&&at(12+sz::<[u16; 4]>(),al::<[usbif_request_segment; 16]>())==20, "usbif_urb_request");
    assert!(sz::<usbif_urb_response>()==16&&al::<usbif_urb_response>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<i32>())==12, "usbif_urb_response");
    assert!(sz::<vchan_interface>()==24&&al::<vchan_interface>()==4&&at(0+sz::<ring_shared>(),al::<ring_shared>())==8&&at(8+sz::<ring_shared>(),al::<u16>())==16&&at(16+sz::<u16>(),al::<u16>())==18&&at(18+sz::<u16>(),al::<u8>())==20&&at(20+sz::<u8>(),al::<u8>())==21&&at(21+sz::<u8>(),al::<u8>())==22&&at(22+sz::<u8>(),al::<u8>())==23&&at(23+sz::<u8>(),al::<[u32; 0]>())==24, "vchan_interface");
    assert!(sz::<vcpu_get_physid>()==8&&al::<vcpu_get_physid>()==4, "vcpu_get_physid");
    assert!(sz::<vcpu_guest_context>()==2800&&al::<vcpu_guest_context>()==4&&at(0+sz::<[u8; 512]>(),al::<u32>())==512&&at(512+sz::<u32>(),al::<cpu_user_regs>())==516&&at(516+sz::<cpu_user_regs>(),al::<[trap_info; 256]>())==584&&at(584+sz::<[trap_info; 256]>(),al::<u32>())==2632&&at(2632+sz::<u32>(),al::<u32>())==2636&&at(2636+sz::<u32>(),al::<[u32; 16]>())==2640&&at(2640+sz::<[u32; 16]>(),al::<u32>())==2704&&at(2704+sz::<u32>(),al::<u32>())==2708&&at(2708+sz::<u32>(),al::<u32>())==2712&&at(2712+sz::<u32>(),al::<[u32; 8]>())==2716&&at(2716+sz::<[u32; 8]>(),al::<[u32; 8]>())==2748&&at(2748+sz::<[u32; 8]>(),al::<u32>())==2780&&at(2780+sz::<u32>(),al::<u32>())==2784&&at(2784+sz::<u32>(),al::<u32>())==2788&&at(2788+sz::<u32>(),al::<u32>())==2792&&at(2792+sz::<u32>(),al::<u32>())==2796, "vcpu_guest_context");
    assert!(sz::<vcpu_hvm_x86_32>()==120&&al::<vcpu_hvm_x86_32>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<u32>())==36&&at(36+sz::<u32>(),al::<u32>())==40&&at(40+sz::<u32>(),al::<u32>())==44&&at(44+sz::<u32>(),al::<u32>())==48&&at(48+sz::<u32>(),al::<u32>())==52&&at(52+sz::<u32>(),al::<crate::U64Align4>())==56&&at(56+sz::<crate::U64Align4>(),al::<u32>())==64&&at(64+sz::<u32>(),al::<u32>())==68&&at(68+sz::<u32>(),al::<u32>())==72&&at(72+sz::<u32>(),al::<u32>())==76&&at(76+sz::<u32>(),al::<u32>())==80&&at(80+sz::<u32>(),al::<u32>())==84&&at(84+sz::<u32>(),al::<u32>())==88&&at(88+sz::<u32>(),al::<u32>())==92&&at(92+sz::<u32>(),al::<u32>())==96&&at(96+sz::<u32>(),al::<u32>())==100&&at(100+sz::<u32>(),al::<u16>())==104&&at(104+sz::<u16>(),al::<u16>())==106&&at(106+sz::<u16>(),al::<u16>())==108&&at(108+sz::<u16>(),al::<u16>())==110&&at(110+sz::<u16>(),al::<u16>())==112&&at(112+sz::<u16>(),al::<[u16; 3]>())==114, "vcpu_hvm_x86_32");
    assert!(sz::<vcpu_hvm_x86_64>()==112&&al::<vcpu_hvm_x86_64>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24&&at(24+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==32&&at(32+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==40&&at(40+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==48&&at(48+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==56&&at(56+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==64&&at(64+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==72&&at(72+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==80&&at(80+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==88&&at(88+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==96&&at(96+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==104, "vcpu_hvm_x86_64");
    assert!(sz::<vcpu_hvm_context>()==128&&al::<vcpu_hvm_context>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[crate::U64Align4; 15]>())==8, "vcpu_hvm_context");
    assert!(sz::<vcpu_register_runstate_memory_area>()==8&&al::<vcpu_register_runstate_memory_area>()==4, "vcpu_register_runstate_memory_area");
    assert!(sz::<vcpu_register_time_memory_area>()==8&&al::<vcpu_register_time_memory_area>()==4, "vcpu_register_time_memory_area");
    assert!(sz::<vcpu_register_vcpu_info>()==16&&al::<vcpu_register_vcpu_info>()==4&&at(0+sz::<crate::U64Align4>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "vcpu_register_vcpu_info");
    assert!(sz::<vcpu_runstate_info>()==44&&al::<vcpu_runstate_info>()==4&&at(0+sz::<i32>(),al::<crate::U64Align4>())==4&&at(4+sz::<crate::U64Align4>(),al::<[crate::U64Align4; 4]>())==12, "vcpu_runstate_info");
    assert!(sz::<vcpu_set_periodic_timer>()==8&&al::<vcpu_set_periodic_timer>()==4, "vcpu_set_periodic_timer");
    assert!(sz::<vcpu_set_singleshot_timer>()==12&&al::<vcpu_set_singleshot_timer>()==4&&at(0+sz::<crate::U64Align4>(),al::<u32>())==8, "vcpu_set_singleshot_timer");
    assert!(sz::<vscsiif_back_ring>()==16&&al::<vscsiif_back_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "vscsiif_back_ring");
    assert!(sz::<vscsiif_front_ring>()==16&&al::<vscsiif_front_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "vscsiif_front_ring");
    assert!(sz::<vscsiif_request>()==252&&al::<vscsiif_request>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<[u8; 16]>())==4&&at(4+sz::<[u8; 16]>(),al::<u16>())==20&&at(20+sz::<u16>(),al::<u16>())==22&&at(22+sz::<u16>(),al::<u16>())==24&&at(24+sz::<u16>(),al::<u16>())==26&&at(26+sz::<u16>(),al::<u16>())==28&&at(28+sz::<u16>(),al::<u8>())==30&&at(30+sz::<u8>(),al::<u8>())==31&&at(31+sz::<u8>(),al::<[vscsiif_segment_t; 26]>())==32&&at(32+sz::<[vscsiif_segment_t; 26]>(),al::<[u32; 3]>())==240, "vscsiif_request");
    assert!(sz::<vscsiif_response>()==252&&al::<vscsiif_response>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<[u8; 96]>())==4&&at(4+sz::<[u8; 96]>(),al::<i32>())==100&&at(100+sz::<i32>(),al::<u32>())==104&&at(104+sz::<u32>(),al::<[u32; 36]>())==108, "vscsiif_response");
    assert!(sz::<vscsiif_sg_list>()==252&&al::<vscsiif_sg_list>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<[vscsiif_segment_t; 31]>())==4, "vscsiif_sg_list");
    assert!(sz::<xen_9pfs_data>()==8&&al::<xen_9pfs_data>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_9pfs_data");
    assert!(sz::<xen_9pfs_data_intf>()==132&&al::<xen_9pfs_data_intf>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<[u8; 56]>())==8&&at(8+sz::<[u8; 56]>(),al::<RING_IDX>())==64&&at(64+sz::<RING_IDX>(),al::<RING_IDX>())==68&&at(68+sz::<RING_IDX>(),al::<[u8; 56]>())==72&&at(72+sz::<[u8; 56]>(),al::<RING_IDX>())==128&&at(128+sz::<RING_IDX>(),al::<[grant_ref_t; 0]>())==132, "xen_9pfs_data_intf");
    assert!(sz::<xen_add_to_physmap>()==16&&al::<xen_add_to_physmap>()==4&&at(0+sz::<domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<xen_ulong_t>())==8&&at(8+sz::<xen_ulong_t>(),al::<xen_pfn_t>())==12, "xen_add_to_physmap");
    assert!(sz::<xen_add_to_physmap_batch_extra>()==2&&al::<xen_add_to_physmap_batch_extra>()==2, "xen_add_to_physmap_batch_extra");
    assert!(sz::<xen_add_to_physmap_batch>()==20&&al::<xen_add_to_physmap_batch>()==4&&at(0+sz::<domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<xen_add_to_physmap_batch_extra>())==6&&at(6+sz::<xen_add_to_physmap_batch_extra>(),al::<__guest_handle_xen_ulong_t>())==8&&at(8+sz::<__guest_handle_xen_ulong_t>(),al::<__guest_handle_xen_pfn_t>())==12&&at(12+sz::<__guest_handle_xen_pfn_t>(),al::<__guest_handle_int>())==16, "xen_add_to_physmap_batch");
    assert!(sz::<xen_argo_addr>()==8&&al::<xen_argo_addr>()==4&&at(0+sz::<xen_argo_port_t>(),al::<domid_t>())==4&&at(4+sz::<domid_t>(),al::<u16>())==6, "xen_argo_addr");
    assert!(sz::<xen_argo_iov>()==12&&al::<xen_argo_iov>()==4&&at(0+sz::<__guest_handle_uint8>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xen_argo_iov");
    assert!(sz::<xen_argo_register_ring>()==12&&al::<xen_argo_register_ring>()==4&&at(0+sz::<xen_argo_port_t>(),al::<domid_t>())==4&&at(4+sz::<domid_t>(),al::<u16>())==6&&at(6+sz::<u16>(),al::<u32>())==8, "xen_argo_register_ring");
    assert!(sz::<xen_argo_ring>()==64&&al::<xen_argo_ring>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u8; 56]>())==8&&at(8+sz::<[u8; 56]>(),al::<[u8; 0]>())==64, "xen_argo_ring");
    assert!(sz::<xen_argo_ring_data_ent>()==20&&al::<xen_argo_ring_data_ent>()==4&&at(0+sz::<xen_argo_addr_t>(),al::<u16>())==8&&at(8+sz::<u16>(),al::<u16>())==10&&at(10+sz::<u16>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16, "xen_argo_ring_data_ent");
    assert!(sz::<xen_argo_ring_data>()==8&&al::<xen_argo_ring_data>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[xen_argo_ring_data_ent_t; 0]>())==8, "xen_argo_ring_data");
    assert!(sz::<xen_argo_ring_message_header>()==16&&al::<xen_argo_ring_message_header>()==4&&at(0+sz::<u32>(),al::<xen_argo_addr_t>())==4&&at(4+sz::<xen_argo_addr_t>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<[u8; 0]>())==16, "xen_argo_ring_message_header");
    assert!(sz::<xen_argo_send_addr>()==16&&al::<xen_argo_send_addr>()==4&&at(0+sz::<xen_argo_addr_t>(),al::<xen_argo_addr_t>())==8, "xen_argo_send_addr");
    assert!(sz::<xen_argo_unregister_ring>()==8&&al::<xen_argo_unregister_ring>()==4&&at(0+sz::<xen_argo_port_t>(),al::<domid_t>())==4&&at(4+sz::<domid_t>(),al::<u16>())==6, "xen_argo_unregister_ring");
    assert!(sz::<xen_build_id>()==4&&al::<xen_build_id>()==4&&at(0+sz::<u32>(),al::<[u8; 0]>())==4, "xen_build_id");
    assert!(sz::<xen_cameraif_back_ring>()==16&&al::<xen_cameraif_back_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_cameraif_back_ring");
    assert!(sz::<xen_cameraif_front_ring>()==16&&al::<xen_cameraif_front_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_cameraif_front_ring");
    assert!(sz::<xen_compile_info>()==144&&al::<xen_compile_info>()==1&&at(0+sz::<[i8; 64]>(),al::<[i8; 16]>())==64&&at(64+sz::<[i8; 16]>(),al::<[i8; 32]>())==80&&at(80+sz::<[i8; 32]>(),al::<[i8; 32]>())==112, "xen_compile_info");
    assert!(sz::<xen_cpuid_leaf>()==24&&al::<xen_cpuid_leaf>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20, "xen_cpuid_leaf");
    assert!(sz::<xen_displif_back_ring>()==16&&al::<xen_displif_back_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_displif_back_ring");
    assert!(sz::<xen_displif_front_ring>()==16&&al::<xen_displif_front_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_displif_front_ring");
    assert!(sz::<xen_dm_op_create_ioreq_server>()==6&&al::<xen_dm_op_create_ioreq_server>()==2&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<ioservid_t>())==4, "xen_dm_op_create_ioreq_server");
    assert!(sz::<xen_dm_op_destroy_ioreq_server>()==4&&al::<xen_dm_op_destroy_ioreq_server>()==2&&at(0+sz::<ioservid_t>(),al::<u16>())==2, "xen_dm_op_destroy_ioreq_server");
    assert!(sz::<xen_dm_op_get_ioreq_server_info>()==24&&al::<xen_dm_op_get_ioreq_server_info>()==4&&at(0+sz::<ioservid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<evtchn_port_t>())==4&&at(4+sz::<evtchn_port_t>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16, "xen_dm_op_get_ioreq_server_info");
    assert!(sz::<xen_dm_op_inject_event>()==24&&al::<xen_dm_op_inject_event>()==4&&at(0+sz::<u32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<u8>())==7&&at(7+sz::<u8>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<crate::U64Align4>())==16, "xen_dm_op_inject_event");
    assert!(sz::<xen_dm_op_inject_msi>()==16&&al::<xen_dm_op_inject_msi>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8, "xen_dm_op_inject_msi");
    assert!(sz::<xen_dm_op_ioreq_server_range>()==24&&al::<xen_dm_op_ioreq_server_range>()==4&&at(0+sz::<ioservid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16, "xen_dm_op_ioreq_server_range");
    assert!(sz::<xen_dm_op_map_mem_type_to_ioreq_server>()==16&&al::<xen_dm_op_map_mem_type_to_ioreq_server>()==4&&at(0+sz::<ioservid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8, "xen_dm_op_map_mem_type_to_ioreq_server");
    assert!(sz::<xen_dm_op_modified_memory>()==8&&al::<xen_dm_op_modified_memory>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_dm_op_modified_memory");
    assert!(sz::<xen_dm_op_nr_vcpus>()==4&&al::<xen_dm_op_nr_vcpus>()==4, "xen_dm_op_nr_vcpus");
    assert!(sz::<xen_dm_op_pin_memory_cacheattr>()==24&&al::<xen_dm_op_pin_memory_cacheattr>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20, "xen_dm_op_pin_memory_cacheattr");
    assert!(sz::<xen_dm_op_relocate_memory>()==24&&al::<xen_dm_op_relocate_memory>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16, "xen_dm_op_relocate_memory");
    assert!(sz::<xen_dm_op_remote_shutdown>()==4&&al::<xen_dm_op_remote_shutdown>()==4, "xen_dm_op_remote_shutdown");
    assert!(sz::<xen_dm_op_set_ioreq_server_state>()==4&&al::<xen_dm_op_set_ioreq_server_state>()==2&&at(0+sz::<ioservid_t>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3, "xen_dm_op_set_ioreq_server_state");
    assert!(sz::<xen_dm_op_set_irq_level>()==8&&al::<xen_dm_op_set_irq_level>()==4&&at(0+sz::<u32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<[u8; 3]>())==5, "xen_dm_op_set_irq_level");
    assert!(sz::<xen_dm_op_set_isa_irq_level>()==2&&al::<xen_dm_op_set_isa_irq_level>()==1&&at(0+sz::<u8>(),al::<u8>())==1, "xen_dm_op_set_isa_irq_level");
    assert!(sz::<xen_dm_op_set_mem_type>()==16&&al::<xen_dm_op_set_mem_type>()==4&&at(0+sz::<u32>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6&&at(6+sz::<u16>(),al::<crate::U64Align4>())==8, "xen_dm_op_set_mem_type");
    assert!(sz::<xen_dm_op_set_pci_intx_level>()==6&&al::<xen_dm_op_set_pci_intx_level>()==2&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5, "xen_dm_op_set_pci_intx_level");
    assert!(sz::<xen_dm_op_set_pci_link_route>()==2&&al::<xen_dm_op_set_pci_link_route>()==1&&at(0+sz::<u8>(),al::<u8>())==1, "xen_dm_op_set_pci_link_route");
    assert!(sz::<xen_dm_op_track_dirty_vram>()==16&&al::<xen_dm_op_track_dirty_vram>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8, "xen_dm_op_track_dirty_vram");
    assert!(sz::<xen_dm_op>()==32&&al::<xen_dm_op>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[crate::U64Align4; 3]>())==8, "xen_dm_op");
    assert!(sz::<xen_dm_op_buf>()==8&&al::<xen_dm_op_buf>()==4&&at(0+sz::<__guest_handle_void>(),al::<xen_ulong_t>())==4, "xen_dm_op_buf");
    assert!(sz::<xen_dm_op_modified_memory_extent>()==16&&al::<xen_dm_op_modified_memory_extent>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8, "xen_dm_op_modified_memory_extent");
    assert!(sz::<xen_flask_access>()==32&&al::<xen_flask_access>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28, "xen_flask_access");
    assert!(sz::<xen_flask_boolean>()==16&&al::<xen_flask_boolean>()==4&&at(0+sz::<u32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<u8>())==7&&at(7+sz::<u8>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<__guest_handle_char>())==12, "xen_flask_boolean");
    assert!(sz::<xen_flask_cache_stats>()==28&&al::<xen_flask_cache_stats>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24, "xen_flask_cache_stats");
    assert!(sz::<xen_flask_devicetree_label>()==12&&al::<xen_flask_devicetree_label>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_char>())==8, "xen_flask_devicetree_label");
    assert!(sz::<xen_flask_hash_stats>()==16&&al::<xen_flask_hash_stats>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_flask_hash_stats");
    assert!(sz::<xen_flask_load>()==8&&al::<xen_flask_load>()==4&&at(0+sz::<__guest_handle_char>(),al::<u32>())==4, "xen_flask_load");
    assert!(sz::<xen_flask_ocontext>()==24&&al::<xen_flask_ocontext>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16, "xen_flask_ocontext");
    assert!(sz::<xen_flask_peersid>()==8&&al::<xen_flask_peersid>()==4&&at(0+sz::<evtchn_port_t>(),al::<u32>())==4, "xen_flask_peersid");
    assert!(sz::<xen_flask_relabel>()==8&&al::<xen_flask_relabel>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_flask_relabel");
    assert!(sz::<xen_flask_setavc_threshold>()==4&&al::<xen_flask_setavc_threshold>()==4, "xen_flask_setavc_threshold");
    assert!(sz::<xen_flask_setenforce>()==4&&al::<xen_flask_setenforce>()==4, "xen_flask_setenforce");
    assert!(sz::<xen_flask_sid_context>()==12&&al::<xen_flask_sid_context>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_char>())==8, "xen_flask_sid_context");
    assert!(sz::<xen_flask_transition>()==16&&al::<xen_flask_transition>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_flask_transition");
    assert!(sz::<xen_flask_op>()==40&&al::<xen_flask_op>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[crate::U64Align4; 4]>())==8, "xen_flask_op");
    assert!(sz::<xen_memory_map>()==8&&al::<xen_memory_map>()==4&&at(0+sz::<u32>(),al::<__guest_handle_void>())==4, "xen_memory_map");
    assert!(sz::<xen_foreign_memory_map>()==12&&al::<xen_foreign_memory_map>()==4&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<xen_memory_map>())==4, "xen_foreign_memory_map");
    assert!(sz::<xen_hvm_altp2m_change_gfn>()==24&&al::<xen_hvm_altp2m_change_gfn>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16, "xen_hvm_altp2m_change_gfn");
    assert!(sz::<xen_hvm_altp2m_domain_state>()==1&&al::<xen_hvm_altp2m_domain_state>()==1, "xen_hvm_altp2m_domain_state");
    assert!(sz::<xen_hvm_altp2m_get_vcpu_p2m_idx>()==8&&al::<xen_hvm_altp2m_get_vcpu_p2m_idx>()==4&&at(0+sz::<u32>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<[u8; 2]>())==6, "xen_hvm_altp2m_get_vcpu_p2m_idx");
    assert!(sz::<xen_hvm_altp2m_mem_access>()==16&&al::<xen_hvm_altp2m_mem_access>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8, "xen_hvm_altp2m_mem_access");
    assert!(sz::<xen_hvm_altp2m_set_mem_access_multi>()==24&&al::<xen_hvm_altp2m_set_mem_access_multi>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<__guest_handle_const_uint64>())==16&&at(16+sz::<__guest_handle_const_uint64>(),al::<__guest_handle_const_uint8>())==20, "xen_hvm_altp2m_set_mem_access_multi");
    assert!(sz::<xen_hvm_altp2m_set_visibility>()==4&&al::<xen_hvm_altp2m_set_visibility>()==2&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3, "xen_hvm_altp2m_set_visibility");
    assert!(sz::<xen_hvm_altp2m_suppress_ve>()==16&&al::<xen_hvm_altp2m_suppress_ve>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8, "xen_hvm_altp2m_suppress_ve");
    assert!(sz::<xen_hvm_altp2m_suppress_ve_multi>()==32&&al::<xen_hvm_altp2m_suppress_ve_multi>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24, "xen_hvm_altp2m_suppress_ve_multi");
    assert!(sz::<xen_hvm_altp2m_vcpu_disable_notify>()==4&&al::<xen_hvm_altp2m_vcpu_disable_notify>()==4, "xen_hvm_altp2m_vcpu_disable_notify");
    assert!(sz::<xen_hvm_altp2m_vcpu_enable_notify>()==16&&al::<xen_hvm_altp2m_vcpu_enable_notify>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8, "xen_hvm_altp2m_vcpu_enable_notify");
    assert!(sz::<xen_hvm_altp2m_view>()==4&&al::<xen_hvm_altp2m_view>()==2&&at(0+sz::<u16>(),al::<u16>())==2, "xen_hvm_altp2m_view");
    assert!(sz::<xen_hvm_altp2m_op>()==80&&al::<xen_hvm_altp2m_op>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<domid_t>())==8&&at(8+sz::<domid_t>(),al::<u16>())==10&&at(10+sz::<u16>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<[crate::U64Align4; 8]>())==16, "xen_hvm_altp2m_op");
    assert!(sz::<xen_hvm_evtchn_upcall_vector>()==8&&al::<xen_hvm_evtchn_upcall_vector>()==4&&at(0+sz::<u32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<[u8; 3]>())==5, "xen_hvm_evtchn_upcall_vector");
    assert!(sz::<xen_hvm_get_mem_type>()==16&&al::<xen_hvm_get_mem_type>()==4&&at(0+sz::<domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<[u16; 2]>())==4&&at(4+sz::<[u16; 2]>(),al::<crate::U64Align4>())==8, "xen_hvm_get_mem_type");
    assert!(sz::<xen_hvm_get_time>()==8&&al::<xen_hvm_get_time>()==4, "xen_hvm_get_time");
    assert!(sz::<xen_hvm_pagetable_dying>()==16&&al::<xen_hvm_pagetable_dying>()==4&&at(0+sz::<domid_t>(),al::<[u16; 3]>())==2&&at(2+sz::<[u16; 3]>(),al::<crate::U64Align4>())==8, "xen_hvm_pagetable_dying");
    assert!(sz::<xen_hvm_param>()==16&&al::<xen_hvm_param>()==4&&at(0+sz::<domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8, "xen_hvm_param");
    assert!(sz::<xen_hvm_xentrace>()==32&&al::<xen_hvm_xentrace>()==2&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<[u8; 28]>())==4, "xen_hvm_xentrace");
    assert!(sz::<xen_hypfs_direntry>()==12&&al::<xen_hypfs_direntry>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xen_hypfs_direntry");
    assert!(sz::<xen_hypfs_dirlistentry>()==16&&al::<xen_hypfs_dirlistentry>()==4&&at(0+sz::<xen_hypfs_direntry_t>(),al::<u16>())==12&&at(12+sz::<u16>(),al::<[i8; 0]>())==14&&at(14+sz::<[i8; 0]>(),al::<[u8; 2]>())==14, "xen_hypfs_dirlistentry");
    assert!(sz::<xen_kexec_exec>()==4&&al::<xen_kexec_exec>()==4, "xen_kexec_exec");
    assert!(sz::<xen_kexec_image>()==76&&al::<xen_kexec_image>()==4&&at(0+sz::<[u32; 17]>(),al::<u32>())==68&&at(68+sz::<u32>(),al::<u32>())==72, "xen_kexec_image");
    assert!(sz::<xen_kexec_load>()==24&&al::<xen_kexec_load>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[crate::U64Align4; 1]>())==8&&at(8+sz::<[crate::U64Align4; 1]>(),al::<crate::U64Align4>())==16, "xen_kexec_load");
    assert!(sz::<xen_kexec_load_v1>()==80&&al::<xen_kexec_load_v1>()==4&&at(0+sz::<i32>(),al::<xen_kexec_image_t>())==4, "xen_kexec_load_v1");
    assert!(sz::<xen_kexec_range>()==16&&al::<xen_kexec_range>()==4&&at(0+sz::<i32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_kexec_range");
    assert!(sz::<xen_kexec_segment>()==32&&al::<xen_kexec_segment>()==4&&at(0+sz::<[crate::U64Align4; 1]>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24, "xen_kexec_segment");
    assert!(sz::<xen_kexec_status>()==1&&al::<xen_kexec_status>()==1, "xen_kexec_status");
    assert!(sz::<xen_kexec_unload>()==1&&al::<xen_kexec_unload>()==1, "xen_kexec_unload");
    assert!(sz::<xen_machphys_mapping>()==12&&al::<xen_machphys_mapping>()==4&&at(0+sz::<xen_ulong_t>(),al::<xen_ulong_t>())==4&&at(4+sz::<xen_ulong_t>(),al::<xen_ulong_t>())==8, "xen_machphys_mapping");
    assert!(sz::<xen_machphys_mfn_list>()==12&&al::<xen_machphys_mfn_list>()==4&&at(0+sz::<u32>(),al::<__guest_handle_xen_pfn_t>())==4&&at(4+sz::<__guest_handle_xen_pfn_t>(),al::<u32>())==8, "xen_machphys_mfn_list");
    assert!(sz::<xen_mc_fetch>()==20&&al::<xen_mc_fetch>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<__guest_handle_mc_info_t>())==16, "xen_mc_fetch");
    assert!(sz::<xen_mc_mceinject>()==4&&al::<xen_mc_mceinject>()==4, "xen_mc_mceinject");
    assert!(sz::<xen_mc_msrinject>()==144&&al::<xen_mc_msrinject>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<domid_t>())==12&&at(12+sz::<domid_t>(),al::<u16>())==14&&at(14+sz::<u16>(),al::<[xen_mcinfo_msr_t; 8]>())==16, "xen_mc_msrinject");
    assert!(sz::<xen_mc_notifydomain>()==8&&al::<xen_mc_notifydomain>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4, "xen_mc_notifydomain");
    assert!(sz::<xen_mc_physcpuinfo>()==12&&al::<xen_mc_physcpuinfo>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_xen_mc_logical_cpu_t>())==8, "xen_mc_physcpuinfo");
    assert!(sz::<xen_mc>()==152&&al::<xen_mc>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[crate::U64Align4; 18]>())==8, "xen_mc");
    assert!(sz::<xen_mem_acquire_resource>()==28&&al::<xen_mem_acquire_resource>()==4&&at(0+sz::<domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<__guest_handle_xen_pfn_t>())==24, "xen_mem_acquire_resource");
    assert!(sz::<xen_memory_domain>()==2&&al::<xen_memory_domain>()==2, "xen_memory_domain");
    assert!(sz::<xen_memory_reservation>()==20&&al::<xen_memory_reservation>()==4&&at(0+sz::<__guest_handle_xen_pfn_t>(),al::<xen_ulong_t>())==4&&at(4+sz::<xen_ulong_t>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<domid_t>())==16&&at(16+sz::<domid_t>(),al::<[u8; 2]>())==18, "xen_memory_reservation");
    assert!(sz::<xen_memory_exchange>()==44&&al::<xen_memory_exchange>()==4&&at(0+sz::<xen_memory_reservation>(),al::<xen_memory_reservation>())==20&&at(20+sz::<xen_memory_reservation>(),al::<xen_ulong_t>())==40, "xen_memory_exchange");
    assert!(sz::<xen_msix_entry>()==4&&al::<xen_msix_entry>()==2&&at(0+sz::<u16>(),al::<u16>())==2, "xen_msix_entry");
    assert!(sz::<xen_msr_entry>()==16&&al::<xen_msr_entry>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8, "xen_msr_entry");
    assert!(sz::<xen_multiboot_mod_list>()==16&&al::<xen_multiboot_mod_list>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_multiboot_mod_list");
    assert!(sz::<xen_netif_ctrl_back_ring>()==16&&al::<xen_netif_ctrl_back_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_netif_ctrl_back_ring");
    assert!(sz::<xen_netif_ctrl_front_ring>()==16&&al::<xen_netif_ctrl_front_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_netif_ctrl_front_ring");
    assert!(sz::<xen_netif_ctrl_request>()==16&&al::<xen_netif_ctrl_request>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<[u32; 3]>())==4, "xen_netif_ctrl_request");
    assert!(sz::<xen_netif_ctrl_response>()==12&&al::<xen_netif_ctrl_response>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xen_netif_ctrl_response");
    assert!(sz::<xen_netif_gref>()==8&&al::<xen_netif_gref>()==4&&at(0+sz::<grant_ref_t>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6, "xen_netif_gref");
    assert!(sz::<xen_pci_op>()==548&&al::<xen_pci_op>()==4&&at(0+sz::<u32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<i32>())==20&&at(20+sz::<i32>(),al::<i32>())==24&&at(24+sz::<i32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<[xen_msix_entry; 128]>())==36, "xen_pci_op");
    assert!(sz::<xen_pcie_aer_op>()==20&&al::<xen_pcie_aer_op>()==4&&at(0+sz::<u32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16, "xen_pcie_aer_op");
    assert!(sz::<xen_pci_sharedinfo>()==572&&al::<xen_pci_sharedinfo>()==4&&at(0+sz::<u32>(),al::<xen_pci_op>())==4&&at(4+sz::<xen_pci_op>(),al::<xen_pcie_aer_op>())==552, "xen_pci_sharedinfo");
    assert!(sz::<xen_pct_register>()==16&&al::<xen_pct_register>()==4&&at(0+sz::<u8>(),al::<[u8; 1]>())==1&&at(1+sz::<[u8; 1]>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<u8>())==7&&at(7+sz::<u8>(),al::<crate::U64Align4>())==8, "xen_pct_register");
    assert!(sz::<xen_platform_parameters>()==4&&al::<xen_platform_parameters>()==4, "xen_platform_parameters");
    assert!(sz::<xen_pmu_amd_ctxt>()==8&&al::<xen_pmu_amd_ctxt>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[crate::U64Align4; 0]>())==8, "xen_pmu_amd_ctxt");
    assert!(sz::<xen_pmu_intel_ctxt>()==64&&al::<xen_pmu_intel_ctxt>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24&&at(24+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==32&&at(32+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==40&&at(40+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==48&&at(48+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==56&&at(56+sz::<crate::U64Align4>(),al::<[crate::U64Align4; 0]>())==64, "xen_pmu_intel_ctxt");
    assert!(sz::<xen_pmu_regs>()==32&&al::<xen_pmu_regs>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<u16>())==24&&at(24+sz::<u16>(),al::<u16>())==26&&at(26+sz::<u16>(),al::<u8>())==28&&at(28+sz::<u8>(),al::<[u8; 3]>())==29, "xen_pmu_regs");
    assert!(sz::<xen_pmu_arch>()==208&&al::<xen_pmu_arch>()==4&&at(0+sz::<[crate::U64Align4; 8]>(),al::<crate::U64Align4>())==64&&at(64+sz::<crate::U64Align4>(),al::<[crate::U64Align4; 1]>())==72&&at(72+sz::<[crate::U64Align4; 1]>(),al::<[crate::U64Align4; 16]>())==80, "xen_pmu_arch");
    assert!(sz::<xen_pmu_cntr_pair>()==16&&al::<xen_pmu_cntr_pair>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8, "xen_pmu_cntr_pair");
    assert!(sz::<xen_pmu_data>()==224&&al::<xen_pmu_data>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<domid_t>())==8&&at(8+sz::<domid_t>(),al::<[u8; 6]>())==10&&at(10+sz::<[u8; 6]>(),al::<xen_pmu_arch_t>())==16, "xen_pmu_data");
    assert!(sz::<xen_pmu_params>()==24&&al::<xen_pmu_params>()==4&&at(0+sz::<[crate::U64Align4; 1]>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20, "xen_pmu_params");
    assert!(sz::<xen_pod_target>()==36&&al::<xen_pod_target>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24&&at(24+sz::<crate::U64Align4>(),al::<domid_t>())==32&&at(32+sz::<domid_t>(),al::<[u8; 2]>())==34, "xen_pod_target");
    assert!(sz::<xen_power_register>()==24&&al::<xen_power_register>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<crate::U64Align4>())==16, "xen_power_register");
    assert!(sz::<xen_psd_package>()==40&&al::<xen_psd_package>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24&&at(24+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==32, "xen_psd_package");
    assert!(sz::<xen_processor_cppc>()==72&&al::<xen_processor_cppc>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<[crate::U64Align4; 3]>())==4&&at(4+sz::<[crate::U64Align4; 3]>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<xen_psd_package>())==32, "xen_processor_cppc");
    assert!(sz::<xen_processor_csd>()==12&&al::<xen_processor_csd>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xen_processor_csd");
    assert!(sz::<xen_processor_cx>()==44&&al::<xen_processor_cx>()==4&&at(0+sz::<xen_power_register>(),al::<u8>())==24&&at(24+sz::<u8>(),al::<[u8; 3]>())==25&&at(25+sz::<[u8; 3]>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<u32>())==36&&at(36+sz::<u32>(),al::<__guest_handle_xen_processor_csd_t>())==40, "xen_processor_cx");
    assert!(sz::<xen_processor_flags>()==4&&al::<xen_processor_flags>()==4, "xen_processor_flags");
    assert!(sz::<xen_processor_performance>()==92&&al::<xen_processor_performance>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<xen_pct_register>())==8&&at(8+sz::<xen_pct_register>(),al::<xen_pct_register>())==24&&at(24+sz::<xen_pct_register>(),al::<u32>())==40&&at(40+sz::<u32>(),al::<__guest_handle_xen_processor_px_t>())==44&&at(44+sz::<__guest_handle_xen_processor_px_t>(),al::<xen_psd_package>())==48&&at(48+sz::<xen_psd_package>(),al::<u32>())==88, "xen_processor_performance");
    assert!(sz::<xen_processor_power>()==12&&al::<xen_processor_power>()==4&&at(0+sz::<u32>(),al::<xen_processor_flags>())==4&&at(4+sz::<xen_processor_flags>(),al::<__guest_handle_xen_processor_cx_t>())==8, "xen_processor_power");
    assert!(sz::<xen_processor_px>()==48&&al::<xen_processor_px>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24&&at(24+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==32&&at(32+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==40, "xen_processor_px");
    assert!(sz::<xen_pvcalls_accept>()==24&&al::<xen_pvcalls_accept>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<grant_ref_t>())==16&&at(16+sz::<grant_ref_t>(),al::<u32>())==20, "xen_pvcalls_accept");
    assert!(sz::<xen_pvcalls_back_ring>()==16&&al::<xen_pvcalls_back_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_pvcalls_back_ring");
    assert!(sz::<xen_pvcalls_bind>()==40&&al::<xen_pvcalls_bind>()==4&&at(0+sz::<crate::U64Align4>(),al::<[u8; 28]>())==8&&at(8+sz::<[u8; 28]>(),al::<u32>())==36, "xen_pvcalls_bind");
    assert!(sz::<xen_pvcalls_connect>()==56&&al::<xen_pvcalls_connect>()==4&&at(0+sz::<crate::U64Align4>(),al::<[u8; 28]>())==8&&at(8+sz::<[u8; 28]>(),al::<u32>())==36&&at(36+sz::<u32>(),al::<u32>())==40&&at(40+sz::<u32>(),al::<grant_ref_t>())==44&&at(44+sz::<grant_ref_t>(),al::<u32>())==48&&at(48+sz::<u32>(),al::<[u8; 4]>())==52, "xen_pvcalls_connect");
    assert!(sz::<xen_pvcalls_dummy>()==56&&al::<xen_pvcalls_dummy>()==1, "xen_pvcalls_dummy");
    assert!(sz::<xen_pvcalls_front_ring>()==16&&al::<xen_pvcalls_front_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_pvcalls_front_ring");
    assert!(sz::<xen_pvcalls_listen>()==16&&al::<xen_pvcalls_listen>()==4&&at(0+sz::<crate::U64Align4>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12, "xen_pvcalls_listen");
    assert!(sz::<xen_pvcalls_poll>()==8&&al::<xen_pvcalls_poll>()==4, "xen_pvcalls_poll");
    assert!(sz::<xen_pvcalls_release>()==16&&al::<xen_pvcalls_release>()==4&&at(0+sz::<crate::U64Align4>(),al::<u8>())==8&&at(8+sz::<u8>(),al::<[u8; 7]>())==9, "xen_pvcalls_release");
    assert!(sz::<xen_pvcalls_socket>()==24&&al::<xen_pvcalls_socket>()==4&&at(0+sz::<crate::U64Align4>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<[u8; 4]>())==20, "xen_pvcalls_socket");
    assert!(sz::<xen_pvcalls_request>()==64&&al::<xen_pvcalls_request>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[crate::U64Align4; 7]>())==8, "xen_pvcalls_request");
    assert!(sz::<xen_pvcalls_response>()==24&&al::<xen_pvcalls_response>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<[crate::U64Align4; 1]>())==16, "xen_pvcalls_response");
    assert!(sz::<xen_remove_from_physmap>()==8&&al::<xen_remove_from_physmap>()==4&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<xen_pfn_t>())==4, "xen_remove_from_physmap");
    assert!(sz::<xen_sndif_back_ring>()==16&&al::<xen_sndif_back_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_sndif_back_ring");
    assert!(sz::<xen_sndif_front_ring>()==16&&al::<xen_sndif_front_ring>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_sndif_front_ring");
    assert!(sz::<xen_varbuf>()==4&&al::<xen_varbuf>()==4&&at(0+sz::<u32>(),al::<[u8; 0]>())==4, "xen_varbuf");
    assert!(sz::<xen_vmemrange>()==24&&al::<xen_vmemrange>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20, "xen_vmemrange");
    assert!(sz::<xen_vnuma_topology_info>()==40&&al::<xen_vnuma_topology_info>()==4&&at(0+sz::<domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<[crate::U64Align4; 1]>())==16&&at(16+sz::<[crate::U64Align4; 1]>(),al::<[crate::U64Align4; 1]>())==24&&at(24+sz::<[crate::U64Align4; 1]>(),al::<[crate::U64Align4; 1]>())==32, "xen_vnuma_topology_info");
    assert!(sz::<xencamera_buf_create_req>()==24&&al::<xencamera_buf_create_req>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<[u32; 4]>())==4&&at(4+sz::<[u32; 4]>(),al::<grant_ref_t>())==20, "xencamera_buf_create_req");
    assert!(sz::<xencamera_buf_get_layout_resp>()==40&&al::<xencamera_buf_get_layout_resp>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u32; 4]>())==8&&at(8+sz::<[u32; 4]>(),al::<[u32; 4]>())==24, "xencamera_buf_get_layout_resp");
    assert!(sz::<xencamera_buf_request>()==1&&al::<xencamera_buf_request>()==1, "xencamera_buf_request");
    assert!(sz::<xencamera_config_req>()==12&&al::<xencamera_config_req>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xencamera_config_req");
    assert!(sz::<xencamera_config_resp>()==44&&al::<xencamera_config_resp>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<u32>())==36&&at(36+sz::<u32>(),al::<u32>())==40, "xencamera_config_resp");
    assert!(sz::<xencamera_ctrl_enum_resp>()==40&&al::<xencamera_ctrl_enum_resp>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::I64Align4>())==8&&at(8+sz::<crate::I64Align4>(),al::<crate::I64Align4>())==16&&at(16+sz::<crate::I64Align4>(),al::<crate::I64Align4>())==24&&at(24+sz::<crate::I64Align4>(),al::<crate::I64Align4>())==32, "xencamera_ctrl_enum_resp");
    assert!(sz::<xencamera_ctrl_value>()==16&&al::<xencamera_ctrl_value>()==4&&at(0+sz::<u8>(),al::<[u8; 7]>())==1&&at(1+sz::<[u8; 7]>(),al::<crate::I64Align4>())==8, "xencamera_ctrl_value");
    assert!(sz::<xencamera_event_page>()==64&&al::<xencamera_event_page>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u8; 56]>())==8, "xencamera_event_page");
    assert!(sz::<xencamera_frame_avail_evt>()==12&&al::<xencamera_frame_avail_evt>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xencamera_frame_avail_evt");
    assert!(sz::<xencamera_evt>()==64&&al::<xencamera_evt>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<[u8; 5]>())==3&&at(3+sz::<[u8; 5]>(),al::<[crate::U64Align4; 7]>())==8, "xencamera_evt");
    assert!(sz::<xencamera_frame_rate_req>()==8&&al::<xencamera_frame_rate_req>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xencamera_frame_rate_req");
    assert!(sz::<xencamera_get_ctrl_req>()==1&&al::<xencamera_get_ctrl_req>()==1, "xencamera_get_ctrl_req");
    assert!(sz::<xencamera_index>()==1&&al::<xencamera_index>()==1, "xencamera_index");
    assert!(sz::<xencamera_req>()==64&&al::<xencamera_req>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<[u8; 5]>())==3&&at(3+sz::<[u8; 5]>(),al::<[crate::U64Align4; 7]>())==8, "xencamera_req");
    assert!(sz::<xencamera_resp>()==64&&al::<xencamera_resp>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<[crate::U64Align4; 7]>())==8, "xencamera_resp");
    assert!(sz::<xencomm_desc>()==8&&al::<xencomm_desc>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[crate::U64Align4; 0]>())==8, "xencomm_desc");
    assert!(sz::<xendispl_dbuf_create_req>()==36&&al::<xendispl_dbuf_create_req>()==4&&at(0+sz::<crate::U64Align4>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<grant_ref_t>())==28&&at(28+sz::<grant_ref_t>(),al::<u32>())==32, "xendispl_dbuf_create_req");
    assert!(sz::<xendispl_dbuf_destroy_req>()==8&&al::<xendispl_dbuf_destroy_req>()==4, "xendispl_dbuf_destroy_req");
    assert!(sz::<xendispl_event_page>()==64&&al::<xendispl_event_page>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u8; 56]>())==8, "xendispl_event_page");
    assert!(sz::<xendispl_pg_flip_evt>()==8&&al::<xendispl_pg_flip_evt>()==4, "xendispl_pg_flip_evt");
    assert!(sz::<xendispl_evt>()==64&&al::<xendispl_evt>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<[u8; 5]>())==3&&at(3+sz::<[u8; 5]>(),al::<[crate::U64Align4; 7]>())==8, "xendispl_evt");
    assert!(sz::<xendispl_fb_attach_req>()==28&&al::<xendispl_fb_attach_req>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24, "xendispl_fb_attach_req");
    assert!(sz::<xendispl_fb_detach_req>()==8&&al::<xendispl_fb_detach_req>()==4, "xendispl_fb_detach_req");
    assert!(sz::<xendispl_get_edid_req>()==8&&al::<xendispl_get_edid_req>()==4&&at(0+sz::<u32>(),al::<grant_ref_t>())==4, "xendispl_get_edid_req");
    assert!(sz::<xendispl_get_edid_resp>()==4&&al::<xendispl_get_edid_resp>()==4, "xendispl_get_edid_resp");
    assert!(sz::<xendispl_page_flip_req>()==8&&al::<xendispl_page_flip_req>()==4, "xendispl_page_flip_req");
    assert!(sz::<xendispl_set_config_req>()==28&&al::<xendispl_set_config_req>()==4&&at(0+sz::<crate::U64Align4>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24, "xendispl_set_config_req");
    assert!(sz::<xendispl_req>()==64&&al::<xendispl_req>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<[u8; 5]>())==3&&at(3+sz::<[u8; 5]>(),al::<[crate::U64Align4; 7]>())==8, "xendispl_req");
    assert!(sz::<xendispl_resp>()==64&&al::<xendispl_resp>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<[crate::U64Align4; 7]>())==8, "xendispl_resp");
    assert!(sz::<xenfb_page>()==1060&&al::<xenfb_page>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<i32>())==16&&at(16+sz::<i32>(),al::<i32>())==20&&at(20+sz::<i32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u8>())==32&&at(32+sz::<u8>(),al::<[u8; 3]>())==33&&at(33+sz::<[u8; 3]>(),al::<[u32; 256]>())==36, "xenfb_page");
    assert!(sz::<xenfb_refresh_period>()==8&&al::<xenfb_refresh_period>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<u32>())==4, "xenfb_refresh_period");
    assert!(sz::<xenfb_resize>()==24&&al::<xenfb_resize>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<i32>())==12&&at(12+sz::<i32>(),al::<i32>())==16&&at(16+sz::<i32>(),al::<i32>())==20, "xenfb_resize");
    assert!(sz::<xenfb_update>()==20&&al::<xenfb_update>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<i32>())==12&&at(12+sz::<i32>(),al::<i32>())==16, "xenfb_update");
    assert!(sz::<xenkbd_key>()==8&&al::<xenkbd_key>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<u32>())==4, "xenkbd_key");
    assert!(sz::<xenkbd_motion>()==16&&al::<xenkbd_motion>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<i32>())==12, "xenkbd_motion");
    assert!(sz::<xenkbd_mtouch>()==16&&al::<xenkbd_mtouch>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<[u8; 5]>())==3&&at(3+sz::<[u8; 5]>(),al::<[crate::U64Align4; 1]>())==8, "xenkbd_mtouch");
    assert!(sz::<xenkbd_page>()==16&&al::<xenkbd_page>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xenkbd_page");
    assert!(sz::<xenkbd_position>()==16&&al::<xenkbd_position>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<i32>())==12, "xenkbd_position");
    assert!(sz::<xennmi_callback>()==8&&al::<xennmi_callback>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xennmi_callback");
    assert!(sz::<xenoprof_buf>()==60&&al::<xenoprof_buf>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24&&at(24+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==32&&at(32+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==40&&at(40+sz::<crate::U64Align4>(),al::<[event_log; 1]>())==48, "xenoprof_buf");
    assert!(sz::<xenoprof_counter>()==40&&al::<xenoprof_counter>()==4&&at(0+sz::<u32>(),al::<crate::U64Align4>())==4&&at(4+sz::<crate::U64Align4>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<crate::U64Align4>())==32, "xenoprof_counter");
    assert!(sz::<xenoprof_get_buffer>()==20&&al::<xenoprof_get_buffer>()==4&&at(0+sz::<i32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<crate::U64Align4>())==12, "xenoprof_get_buffer");
    assert!(sz::<xenoprof_ibs_counter>()==48&&al::<xenoprof_ibs_counter>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16&&at(16+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==24&&at(24+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==32&&at(32+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==40, "xenoprof_ibs_counter");
    assert!(sz::<xenoprof_init>()==72&&al::<xenoprof_init>()==4&&at(0+sz::<i32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<[i8; 64]>())==8, "xenoprof_init");
    assert!(sz::<xenoprof_passive>()==24&&al::<xenoprof_passive>()==4&&at(0+sz::<u16>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<i32>())==12&&at(12+sz::<i32>(),al::<crate::U64Align4>())==16, "xenoprof_passive");
    assert!(sz::<xenpf_add_memtype>()==24&&al::<xenpf_add_memtype>()==4&&at(0+sz::<xen_pfn_t>(),al::<crate::U64Align4>())==4&&at(4+sz::<crate::U64Align4>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20, "xenpf_add_memtype");
    assert!(sz::<xenpf_change_freq>()==16&&al::<xenpf_change_freq>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8, "xenpf_change_freq");
    assert!(sz::<xenpf_core_parking>()==8&&al::<xenpf_core_parking>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xenpf_core_parking");
    assert!(sz::<xenpf_cpu_hotadd>()==12&&al::<xenpf_cpu_hotadd>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xenpf_cpu_hotadd");
    assert!(sz::<xenpf_cpu_ol>()==4&&al::<xenpf_cpu_ol>()==4, "xenpf_cpu_ol");
    assert!(sz::<xenpf_del_memtype>()==8&&al::<xenpf_del_memtype>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xenpf_del_memtype");
    assert!(sz::<xenpf_efi_guid>()==16&&al::<xenpf_efi_guid>()==4&&at(0+sz::<u32>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6&&at(6+sz::<u16>(),al::<[u8; 8]>())==8, "xenpf_efi_guid");
    assert!(sz::<xenpf_efi_time>()==16&&al::<xenpf_efi_time>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<[u8; 1]>())==7&&at(7+sz::<[u8; 1]>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<i16>())==12&&at(12+sz::<i16>(),al::<u8>())==14&&at(14+sz::<u8>(),al::<[u8; 1]>())==15, "xenpf_efi_time");
    assert!(sz::<xenpf_efi_runtime_call>()==40&&al::<xenpf_efi_runtime_call>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<xen_ulong_t>())==8&&at(8+sz::<xen_ulong_t>(),al::<[u32; 7]>())==12, "xenpf_efi_runtime_call");
    assert!(sz::<xenpf_enter_acpi_sleep>()==12&&al::<xenpf_enter_acpi_sleep>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xenpf_enter_acpi_sleep");
    assert!(sz::<xenpf_efi_info>()==28&&al::<xenpf_efi_info>()==4, "xenpf_efi_info");
    assert!(sz::<xenpf_firmware_info>()==36&&al::<xenpf_firmware_info>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u32; 7]>())==8, "xenpf_firmware_info");
    assert!(sz::<xenpf_getidletime>()==20&&al::<xenpf_getidletime>()==4&&at(0+sz::<__guest_handle_uint8>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_uint64>())==8&&at(8+sz::<__guest_handle_uint64>(),al::<crate::U64Align4>())==12, "xenpf_getidletime");
    assert!(sz::<xenpf_mem_hotadd>()==24&&al::<xenpf_mem_hotadd>()==4&&at(0+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20, "xenpf_mem_hotadd");
    assert!(sz::<xenpf_microcode_update>()==8&&al::<xenpf_microcode_update>()==4&&at(0+sz::<__guest_handle_const_void>(),al::<u32>())==4, "xenpf_microcode_update");
    assert!(sz::<xenpf_microcode_update2>()==12&&al::<xenpf_microcode_update2>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_const_void>())==8, "xenpf_microcode_update2");
    assert!(sz::<xenpf_pcpu_version>()==32&&al::<xenpf_pcpu_version>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[i8; 12]>())==8&&at(8+sz::<[i8; 12]>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28, "xenpf_pcpu_version");
    assert!(sz::<xenpf_pcpuinfo>()==20&&al::<xenpf_pcpuinfo>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16, "xenpf_pcpuinfo");
    assert!(sz::<xenpf_platform_quirk>()==4&&al::<xenpf_platform_quirk>()==4, "xenpf_platform_quirk");
    assert!(sz::<xenpf_read_memtype>()==20&&al::<xenpf_read_memtype>()==4&&at(0+sz::<u32>(),al::<xen_pfn_t>())==4&&at(4+sz::<xen_pfn_t>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<u32>())==16, "xenpf_read_memtype");
    assert!(sz::<xenpf_resource_entry>()==24&&al::<xenpf_resource_entry>()==4&&at(0+sz::<[u32; 1]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8&&at(8+sz::<crate::U64Align4>(),al::<crate::U64Align4>())==16, "xenpf_resource_entry");
    assert!(sz::<xenpf_resource_op>()==12&&al::<xenpf_resource_op>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_xenpf_resource_entry_t>())==8, "xenpf_resource_op");
    assert!(sz::<xenpf_settime32>()==16&&al::<xenpf_settime32>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<crate::U64Align4>())==8, "xenpf_settime32");
    assert!(sz::<xenpf_settime64>()==24&&al::<xenpf_settime64>()==4&&at(0+sz::<crate::U64Align4>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<crate::U64Align4>())==16, "xenpf_settime64");
    assert!(sz::<xenpf_symdata>()==24&&al::<xenpf_symdata>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_char>())==8&&at(8+sz::<__guest_handle_char>(),al::<crate::U64Align4>())==12&&at(12+sz::<crate::U64Align4>(),al::<i8>())==20&&at(20+sz::<i8>(),al::<[u8; 3]>())==21, "xenpf_symdata");
    assert!(sz::<xenpf_ucode_revision>()==16&&al::<xenpf_ucode_revision>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xenpf_ucode_revision");
    assert!(sz::<xensnd_cur_pos_evt>()==8&&al::<xensnd_cur_pos_evt>()==4, "xensnd_cur_pos_evt");
    assert!(sz::<xensnd_event_page>()==64&&al::<xensnd_event_page>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u8; 56]>())==8, "xensnd_event_page");
    assert!(sz::<xensnd_evt>()==64&&al::<xensnd_evt>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<[u8; 5]>())==3&&at(3+sz::<[u8; 5]>(),al::<[crate::U64Align4; 7]>())==8, "xensnd_evt");
    assert!(sz::<xensnd_open_req>()==20&&al::<xensnd_open_req>()==4&&at(0+sz::<u32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<u16>())==6&&at(6+sz::<u16>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<grant_ref_t>())==12&&at(12+sz::<grant_ref_t>(),al::<u32>())==16, "xensnd_open_req");
    assert!(sz::<xensnd_query_hw_param>()==40&&al::<xensnd_query_hw_param>()==4&&at(0+sz::<crate::U64Align4>(),al::<[crate::U64Align4; 1]>())==8&&at(8+sz::<[crate::U64Align4; 1]>(),al::<[crate::U64Align4; 1]>())==16&&at(16+sz::<[crate::U64Align4; 1]>(),al::<[crate::U64Align4; 1]>())==24&&at(24+sz::<[crate::U64Align4; 1]>(),al::<[crate::U64Align4; 1]>())==32, "xensnd_query_hw_param");
    assert!(sz::<xensnd_rw_req>()==8&&al::<xensnd_rw_req>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xensnd_rw_req");
    assert!(sz::<xensnd_trigger_req>()==1&&al::<xensnd_trigger_req>()==1, "xensnd_trigger_req");
    assert!(sz::<xensnd_req>()==64&&al::<xensnd_req>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<[u8; 5]>())==3&&at(3+sz::<[u8; 5]>(),al::<[crate::U64Align4; 7]>())==8, "xensnd_req");
    assert!(sz::<xensnd_resp>()==64&&al::<xensnd_resp>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<[crate::U64Align4; 7]>())==8, "xensnd_resp");
    assert!(sz::<xsd_errors>()==8&&al::<xsd_errors>()==4&&at(0+sz::<i32>(),al::<u32>())==4, "xsd_errors");
    assert!(sz::<xsd_sockmsg>()==16&&al::<xsd_sockmsg>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xsd_sockmsg");
    assert!(sz::<blkif_sring_entry>()==108&&al::<blkif_sring_entry>()==4, "blkif_sring_entry");
    assert!(sz::<netif_rx_sring_entry>()==8&&al::<netif_rx_sring_entry>()==4, "netif_rx_sring_entry");
    assert!(sz::<netif_tx_sring_entry>()==12&&al::<netif_tx_sring_entry>()==4, "netif_tx_sring_entry");
    assert!(sz::<usbif_conn_sring_entry>()==4&&al::<usbif_conn_sring_entry>()==2, "usbif_conn_sring_entry");
    assert!(sz::<usbif_urb_sring_entry>()==148&&al::<usbif_urb_sring_entry>()==4, "usbif_urb_sring_entry");
    assert!(sz::<vscsiif_sring_entry>()==252&&al::<vscsiif_sring_entry>()==4, "vscsiif_sring_entry");
    assert!(sz::<xen_cameraif_sring_entry>()==64&&al::<xen_cameraif_sring_entry>()==4, "xen_cameraif_sring_entry");
    assert!(sz::<xen_displif_sring_entry>()==64&&al::<xen_displif_sring_entry>()==4, "xen_displif_sring_entry");
    assert!(sz::<xen_netif_ctrl_sring_entry>()==16&&al::<xen_netif_ctrl_sring_entry>()==4, "xen_netif_ctrl_sring_entry");
    assert!(sz::<xen_pvcalls_sring_entry>()==64&&al::<xen_pvcalls_sring_entry>()==4, "xen_pvcalls_sring_entry");
    assert!(sz::<xen_sndif_sring_entry>()==64&&al::<xen_sndif_sring_entry>()==4, "xen_sndif_sring_entry");
    assert!(sz::<xenfb_in_event>()==40&&al::<xenfb_in_event>()==4, "xenfb_in_event");
    assert!(sz::<xenfb_out_event>()==40&&al::<xenfb_out_event>()==4, "xenfb_out_event");
    assert!(sz::<xenkbd_in_event>()==40&&al::<xenkbd_in_event>()==4, "xenkbd_in_event");
    assert!(sz::<xenkbd_out_event>()==40&&al::<xenkbd_out_event>()==1, "xenkbd_out_event");
    assert!(sz::<xen_uuid_t>()==16&&al::<xen_uuid_t>()==1, "xen_uuid_t");
};
