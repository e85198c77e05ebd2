//! arm64: the stable core for releases 4.15.0 .. 4.22.0 (generated; do not edit).
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
/// `arch_shared_info_t` (arch-arm.h:374)
pub type arch_shared_info_t = arch_shared_info;
/// `arch_vcpu_info_t` (arch-arm.h:370)
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
/// `xen_callback_t` (arch-arm.h:375)
pub type xen_callback_t = u64;
/// `callback_register_t` (callback.h:72)
pub type callback_register_t = callback_register;
/// `callback_unregister_t` (callback.h:86)
pub type callback_unregister_t = callback_unregister;
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
/// `xen_pfn_t` (arch-arm.h:216)
pub type xen_pfn_t = u64;
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
/// `mmu_update_t` (xen.h:636)
pub type mmu_update_t = mmu_update;
/// `mmuext_op_t` (xen.h:463)
pub type mmuext_op_t = mmuext_op;
/// `xen_ulong_t` (arch-arm.h:226)
pub type xen_ulong_t = u64;
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
/// `xen_pmu_arch_t` (arch-arm.h:554)
pub type xen_pmu_arch_t = xen_pmu_arch;
/// `tmem_cli_va_t` (tmem.h:65); until 4.18.6
pub type tmem_cli_va_t = __guest_handle_64_char;
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
pub type xen_argo_gfn_t = u64;
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
pub type xen_capabilities_info_t = [u8; 1024];
/// `xen_changeset_info_t` (version.h:60)
pub type xen_changeset_info_t = [u8; 64];
/// `xen_commandline_t` (version.h:122)
pub type xen_commandline_t = [u8; 1024];
/// `xen_compile_info_t` (version.h:43)
pub type xen_compile_info_t = xen_compile_info;
/// `xen_displif_back_ring_t` (io/displif.h:897)
pub type xen_displif_back_ring_t = xen_displif_back_ring;
/// `xen_displif_front_ring_t` (io/displif.h:897)
pub type xen_displif_front_ring_t = xen_displif_front_ring;
/// `xen_dm_op_buf_t` (hvm/dm_op.h:478)
pub type xen_dm_op_buf_t = xen_dm_op_buf;
/// `xen_domain_handle_t` (xen.h:983)
pub type xen_domain_handle_t = [u8; 16];
/// `xen_extraversion_t` (version.h:28)
pub type xen_extraversion_t = [u8; 16];
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
/// `xen_mem_acquire_resource_t` (memory.h:691)
pub type xen_mem_acquire_resource_t = xen_mem_acquire_resource;
/// `xen_memory_exchange_t` (memory.h:124)
pub type xen_memory_exchange_t = xen_memory_exchange;
/// `xen_memory_map_t` (memory.h:328)
pub type xen_memory_map_t = xen_memory_map;
/// `xen_memory_reservation_t` (memory.h:79)
pub type xen_memory_reservation_t = xen_memory_reservation;
/// `xen_netif_ctrl_back_ring_t` (io/netif.h:752)
pub type xen_netif_ctrl_back_ring_t = xen_netif_ctrl_back_ring;
/// `xen_netif_ctrl_front_ring_t` (io/netif.h:752)
pub type xen_netif_ctrl_front_ring_t = xen_netif_ctrl_front_ring;
/// `xen_platform_parameters_t` (version.h:94)
pub type xen_platform_parameters_t = xen_platform_parameters;
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

/// `__guest_handle_64_callback_register_t` (callback.h:73)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_callback_register_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_callback_unregister_t` (callback.h:87)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_callback_unregister_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_char` (xen.h:29)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_char {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_callback_register_t` (callback.h:73)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_callback_register_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_callback_unregister_t` (callback.h:87)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_callback_unregister_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_char` (xen.h:29)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_char {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_evtchn_op_t` (event_channel.h:323)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_evtchn_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_evtchn_port_t` (event_channel.h:66)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_evtchn_port_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_cache_flush_t` (grant_table.h:583)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_cache_flush_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_copy_t` (grant_table.h:459)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_copy_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_dump_table_t` (grant_table.h:397)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_dump_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_get_status_frames_t` (grant_table.h:537)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_get_status_frames_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_get_version_t` (grant_table.h:551)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_get_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_map_grant_ref_t` (grant_table.h:338)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_map_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_query_size_t` (grant_table.h:477)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_query_size_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_set_version_t` (grant_table.h:513)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_set_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_setup_table_t` (grant_table.h:384)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_setup_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_swap_grant_ref_t` (grant_table.h:564)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_swap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_transfer_t` (grant_table.h:417)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_transfer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_unmap_and_replace_t` (grant_table.h:499)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_unmap_and_replace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_unmap_grant_ref_t` (grant_table.h:360)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_unmap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_int` (xen.h:31)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_int {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_mmu_update_t` (xen.h:637)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_mmu_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_mmuext_op_t` (xen.h:464)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_mmuext_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_multicall_entry_t` (xen.h:657)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_multicall_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_apic_t` (physdev.h:121)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_apic_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_dbgp_op_t` (physdev.h:344)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_dbgp_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_eoi_t` (physdev.h:28)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_eoi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_get_free_pirq_t` (physdev.h:254)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_get_free_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_irq_status_query_t` (physdev.h:65)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_irq_status_query_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_irq_t` (physdev.h:136)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_irq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_manage_pci_ext_t` (physdev.h:209)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_manage_pci_ext_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_manage_pci_t` (physdev.h:184)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_manage_pci_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_map_pirq_t` (physdev.h:163)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_map_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_op_t` (physdev.h:226)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_pci_device_add_t` (physdev.h:292)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_pci_device_add_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_pci_device_t` (physdev.h:316)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_pci_device_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_pci_mmcfg_reserved_t` (physdev.h:267)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_pci_mmcfg_reserved_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_pirq_eoi_gmfn_t` (physdev.h:51)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_pirq_eoi_gmfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_restore_msi_t` (physdev.h:193)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_restore_msi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_set_iobitmap_t` (physdev.h:105)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_set_iobitmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_set_iopl_t` (physdev.h:85)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_set_iopl_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_setup_gsi_t` (physdev.h:239)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_setup_gsi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_unmap_pirq_t` (physdev.h:173)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_unmap_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_sched_pin_override_t` (sched.h:150)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_sched_pin_override_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_sched_poll_t` (sched.h:130)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_sched_poll_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_sched_remote_shutdown_t` (sched.h:137)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_sched_remote_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_sched_shutdown_t` (sched.h:122)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_sched_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_sched_watchdog_t` (sched.h:144)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_sched_watchdog_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_tmem_op_t` (tmem.h:90); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_tmem_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_uchar` (xen.h:30)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_uchar {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_uint` (xen.h:32)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_uint {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_uint16` (xen.h:986)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_uint16 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_uint32` (xen.h:987)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_uint32 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_uint64` (xen.h:988)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_uint64 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_uint64_t` (xen.h:39)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_uint64_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_uint8` (xen.h:985)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_uint8 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_get_physid_t` (vcpu.h:194)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_get_physid_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_hvm_context_t` (hvm/hvm_vcpu.h:117)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_hvm_context_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_register_runstate_memory_area_t` (vcpu.h:126)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_register_runstate_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_register_time_memory_area_t` (vcpu.h:227)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_register_time_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_register_vcpu_info_t` (vcpu.h:178)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_register_vcpu_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_runstate_info_t` (vcpu.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_runstate_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_set_periodic_timer_t` (vcpu.h:139)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_set_periodic_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_set_singleshot_timer_t` (vcpu.h:152)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_set_singleshot_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_time_info_t` (vcpu.h:218)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_time_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_void` (xen.h:37)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_void {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_add_to_physmap_batch_t` (memory.h:280)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_add_to_physmap_batch_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_add_to_physmap_t` (memory.h:246)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_add_to_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_dm_op_buf_t` (hvm/dm_op.h:479)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_dm_op_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_flask_op_t` (xsm/flask_op.h:210)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_flask_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_foreign_memory_map_t` (memory.h:351)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_foreign_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_altp2m_change_gfn_t` (hvm/hvm_op.h:297)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_altp2m_change_gfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_altp2m_domain_state_t` (hvm/hvm_op.h:218)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_altp2m_domain_state_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_altp2m_mem_access_t` (hvm/hvm_op.h:267)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_altp2m_mem_access_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_altp2m_op_t` (hvm/hvm_op.h:366)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_altp2m_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t` (hvm/hvm_op.h:233)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t` (hvm/hvm_op.h:227)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_altp2m_view_t` (hvm/hvm_op.h:241)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_altp2m_view_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_get_mem_type_t` (hvm/hvm_op.h:167)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_get_mem_type_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_get_time_t` (hvm/hvm_op.h:134)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_get_time_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_pagetable_dying_t` (hvm/hvm_op.h:126)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_pagetable_dying_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_param_t` (hvm/hvm_op.h:23)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_param_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_xentrace_t` (hvm/hvm_op.h:142)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_xentrace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_kexec_load_t` (kexec.h:200)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_kexec_load_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_kexec_segment_t` (kexec.h:166)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_kexec_segment_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_kexec_status_t` (kexec.h:225)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_kexec_status_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_kexec_unload_t` (kexec.h:211)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_kexec_unload_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_machphys_mapping_t` (memory.h:205)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_machphys_mapping_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_machphys_mfn_list_t` (memory.h:182)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_machphys_mfn_list_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_mem_acquire_resource_t` (memory.h:692)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_mem_acquire_resource_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_memory_exchange_t` (memory.h:125)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_memory_exchange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_memory_map_t` (memory.h:329)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_memory_reservation_t` (memory.h:80)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_memory_reservation_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_pfn_t` (xen.h:40)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_pfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_platform_op_t` (platform.h:703)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_platform_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_pmu_params_t` (pmu.h:57)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_pmu_params_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_processor_csd_t` (platform.h:392)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_processor_csd_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_processor_cx_t` (platform.h:403)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_processor_cx_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_processor_performance_t` (platform.h:463)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_processor_performance_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_processor_px_t` (platform.h:438)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_processor_px_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_remove_from_physmap_t` (memory.h:303)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_remove_from_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_tmem_oid_t` (tmem.h:59); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_tmem_oid_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_ulong_t` (xen.h:41)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_ulong_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_vmemrange_t` (memory.h:707)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_vmemrange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_vnuma_topology_info_t` (memory.h:741)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_vnuma_topology_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xennmi_callback_t` (nmi.h:50)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xennmi_callback_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenoprof_buf_t` (xenoprof.h:72)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenoprof_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenoprof_counter_t` (xenoprof.h:103)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenoprof_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenoprof_get_buffer_t` (xenoprof.h:90)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenoprof_get_buffer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenoprof_ibs_counter_t` (xenoprof.h:123)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenoprof_ibs_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenoprof_init_t` (xenoprof.h:81)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenoprof_init_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenoprof_passive_t` (xenoprof.h:112)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenoprof_passive_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_add_memtype_t` (platform.h:66)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_add_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_change_freq_t` (platform.h:327)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_change_freq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_core_parking_t` (platform.h:571)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_core_parking_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_cpu_ol_t` (platform.h:538)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_cpu_ol_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_del_memtype_t` (platform.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_del_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_dom0_console_t` (platform.h:641); since 4.18.0
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_dom0_console_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_efi_runtime_call_t` (platform.h:215)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_efi_runtime_call_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_enter_acpi_sleep_t` (platform.h:317)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_enter_acpi_sleep_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_firmware_info_t` (platform.h:300)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_firmware_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_getidletime_t` (platform.h:352)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_getidletime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_microcode_update2_t` (platform.h:664); since 4.20.0
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_microcode_update2_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_microcode_update_t` (platform.h:104)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_microcode_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_pcpu_version_t` (platform.h:529)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_pcpu_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_pcpuinfo_t` (platform.h:514)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_pcpuinfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_platform_quirk_t` (platform.h:115)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_platform_quirk_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_read_memtype_t` (platform.h:95)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_read_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_resource_entry_t` (platform.h:606)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_resource_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_resource_op_t` (platform.h:614)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_resource_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_set_processor_pminfo_t` (platform.h:497)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_set_processor_pminfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_settime_t` (platform.h:46)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_settime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_symdata_t` (platform.h:632)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_symdata_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_ucode_revision_t` (platform.h:651); since 4.18.0
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_ucode_revision_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_evtchn_op_t` (event_channel.h:323)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_evtchn_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_evtchn_port_t` (event_channel.h:66)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_evtchn_port_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_cache_flush_t` (grant_table.h:583)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_cache_flush_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_copy_t` (grant_table.h:459)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_copy_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_dump_table_t` (grant_table.h:397)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_dump_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_get_status_frames_t` (grant_table.h:537)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_get_status_frames_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_get_version_t` (grant_table.h:551)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_get_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_map_grant_ref_t` (grant_table.h:338)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_map_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_query_size_t` (grant_table.h:477)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_query_size_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_set_version_t` (grant_table.h:513)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_set_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_setup_table_t` (grant_table.h:384)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_setup_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_swap_grant_ref_t` (grant_table.h:564)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_swap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_transfer_t` (grant_table.h:417)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_transfer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_unmap_and_replace_t` (grant_table.h:499)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_unmap_and_replace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_unmap_grant_ref_t` (grant_table.h:360)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_unmap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_int` (xen.h:31)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_int {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_mmu_update_t` (xen.h:637)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_mmu_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_mmuext_op_t` (xen.h:464)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_mmuext_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_multicall_entry_t` (xen.h:657)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_multicall_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_apic_t` (physdev.h:121)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_apic_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_dbgp_op_t` (physdev.h:344)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_dbgp_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_eoi_t` (physdev.h:28)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_eoi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_get_free_pirq_t` (physdev.h:254)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_get_free_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_irq_status_query_t` (physdev.h:65)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_irq_status_query_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_irq_t` (physdev.h:136)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_irq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_manage_pci_ext_t` (physdev.h:209)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_manage_pci_ext_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_manage_pci_t` (physdev.h:184)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_manage_pci_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_map_pirq_t` (physdev.h:163)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_map_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_op_t` (physdev.h:226)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_pci_device_add_t` (physdev.h:292)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_pci_device_add_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_pci_device_t` (physdev.h:316)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_pci_device_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_pci_mmcfg_reserved_t` (physdev.h:267)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_pci_mmcfg_reserved_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_pirq_eoi_gmfn_t` (physdev.h:51)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_pirq_eoi_gmfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_restore_msi_t` (physdev.h:193)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_restore_msi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_set_iobitmap_t` (physdev.h:105)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_set_iobitmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_set_iopl_t` (physdev.h:85)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_set_iopl_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_setup_gsi_t` (physdev.h:239)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_setup_gsi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_unmap_pirq_t` (physdev.h:173)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_unmap_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_sched_pin_override_t` (sched.h:150)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_sched_pin_override_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_sched_poll_t` (sched.h:130)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_sched_poll_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_sched_remote_shutdown_t` (sched.h:137)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_sched_remote_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_sched_shutdown_t` (sched.h:122)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_sched_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_sched_watchdog_t` (sched.h:144)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_sched_watchdog_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_tmem_op_t` (tmem.h:90); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_tmem_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_uchar` (xen.h:30)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_uchar {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_uint` (xen.h:32)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_uint {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_uint16` (xen.h:986)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_uint16 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_uint32` (xen.h:987)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_uint32 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_uint64` (xen.h:988)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_uint64 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_uint64_t` (xen.h:39)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_uint64_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_uint8` (xen.h:985)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_uint8 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_get_physid_t` (vcpu.h:194)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_get_physid_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_hvm_context_t` (hvm/hvm_vcpu.h:117)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_hvm_context_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_register_runstate_memory_area_t` (vcpu.h:126)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_register_runstate_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_register_time_memory_area_t` (vcpu.h:227)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_register_time_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_register_vcpu_info_t` (vcpu.h:178)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_register_vcpu_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_runstate_info_t` (vcpu.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_runstate_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_set_periodic_timer_t` (vcpu.h:139)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_set_periodic_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_set_singleshot_timer_t` (vcpu.h:152)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_set_singleshot_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_time_info_t` (vcpu.h:218)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_time_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_void` (xen.h:37)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_void {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_add_to_physmap_batch_t` (memory.h:280)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_add_to_physmap_batch_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_add_to_physmap_t` (memory.h:246)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_add_to_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_dm_op_buf_t` (hvm/dm_op.h:479)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_dm_op_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_flask_op_t` (xsm/flask_op.h:210)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_flask_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_foreign_memory_map_t` (memory.h:351)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_foreign_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_altp2m_change_gfn_t` (hvm/hvm_op.h:297)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_altp2m_change_gfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_altp2m_domain_state_t` (hvm/hvm_op.h:218)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_altp2m_domain_state_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_altp2m_mem_access_t` (hvm/hvm_op.h:267)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_altp2m_mem_access_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_altp2m_op_t` (hvm/hvm_op.h:366)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_altp2m_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t` (hvm/hvm_op.h:233)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t` (hvm/hvm_op.h:227)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_altp2m_view_t` (hvm/hvm_op.h:241)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_altp2m_view_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_get_mem_type_t` (hvm/hvm_op.h:167)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_get_mem_type_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_get_time_t` (hvm/hvm_op.h:134)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_get_time_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_pagetable_dying_t` (hvm/hvm_op.h:126)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_pagetable_dying_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_param_t` (hvm/hvm_op.h:23)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_param_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_xentrace_t` (hvm/hvm_op.h:142)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_xentrace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_kexec_load_t` (kexec.h:200)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_kexec_load_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_kexec_segment_t` (kexec.h:166)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_kexec_segment_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_kexec_status_t` (kexec.h:225)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_kexec_status_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_kexec_unload_t` (kexec.h:211)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_kexec_unload_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_machphys_mapping_t` (memory.h:205)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_machphys_mapping_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_machphys_mfn_list_t` (memory.h:182)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_machphys_mfn_list_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_mem_acquire_resource_t` (memory.h:692)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_mem_acquire_resource_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_memory_exchange_t` (memory.h:125)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_memory_exchange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_memory_map_t` (memory.h:329)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_memory_reservation_t` (memory.h:80)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_memory_reservation_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_pfn_t` (xen.h:40)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_pfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_platform_op_t` (platform.h:703)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_platform_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_pmu_params_t` (pmu.h:57)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_pmu_params_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_processor_csd_t` (platform.h:392)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_processor_csd_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_processor_cx_t` (platform.h:403)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_processor_cx_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_processor_performance_t` (platform.h:463)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_processor_performance_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_processor_px_t` (platform.h:438)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_processor_px_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_remove_from_physmap_t` (memory.h:303)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_remove_from_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_tmem_oid_t` (tmem.h:59); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_tmem_oid_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_ulong_t` (xen.h:41)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_ulong_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_vmemrange_t` (memory.h:707)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_vmemrange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_vnuma_topology_info_t` (memory.h:741)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_vnuma_topology_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xennmi_callback_t` (nmi.h:50)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xennmi_callback_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenoprof_buf_t` (xenoprof.h:72)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenoprof_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenoprof_counter_t` (xenoprof.h:103)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenoprof_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenoprof_get_buffer_t` (xenoprof.h:90)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenoprof_get_buffer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenoprof_ibs_counter_t` (xenoprof.h:123)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenoprof_ibs_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenoprof_init_t` (xenoprof.h:81)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenoprof_init_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenoprof_passive_t` (xenoprof.h:112)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenoprof_passive_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_add_memtype_t` (platform.h:66)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_add_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_change_freq_t` (platform.h:327)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_change_freq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_core_parking_t` (platform.h:571)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_core_parking_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_cpu_ol_t` (platform.h:538)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_cpu_ol_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_del_memtype_t` (platform.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_del_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_dom0_console_t` (platform.h:641); since 4.18.0
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_dom0_console_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_efi_runtime_call_t` (platform.h:215)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_efi_runtime_call_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_enter_acpi_sleep_t` (platform.h:317)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_enter_acpi_sleep_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_firmware_info_t` (platform.h:300)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_firmware_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_getidletime_t` (platform.h:352)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_getidletime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_microcode_update2_t` (platform.h:664); since 4.20.0
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_microcode_update2_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_microcode_update_t` (platform.h:104)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_microcode_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_pcpu_version_t` (platform.h:529)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_pcpu_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_pcpuinfo_t` (platform.h:514)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_pcpuinfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_platform_quirk_t` (platform.h:115)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_platform_quirk_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_read_memtype_t` (platform.h:95)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_read_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_resource_entry_t` (platform.h:606)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_resource_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_resource_op_t` (platform.h:614)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_resource_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_set_processor_pminfo_t` (platform.h:497)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_set_processor_pminfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_settime_t` (platform.h:46)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_settime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_symdata_t` (platform.h:632)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_symdata_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_ucode_revision_t` (platform.h:651); since 4.18.0
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_ucode_revision_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_callback_register_t` (callback.h:73)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_callback_register_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_callback_unregister_t` (callback.h:87)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_callback_unregister_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_char` (xen.h:29)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_char {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_callback_register_t` (callback.h:73)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_callback_register_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_callback_unregister_t` (callback.h:87)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_callback_unregister_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_char` (xen.h:29)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_char {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_evtchn_op_t` (event_channel.h:323)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_evtchn_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_evtchn_port_t` (event_channel.h:66)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_evtchn_port_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_cache_flush_t` (grant_table.h:583)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_cache_flush_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_copy_t` (grant_table.h:459)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_copy_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_dump_table_t` (grant_table.h:397)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_dump_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_get_status_frames_t` (grant_table.h:537)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_get_status_frames_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_get_version_t` (grant_table.h:551)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_get_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_map_grant_ref_t` (grant_table.h:338)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_map_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_query_size_t` (grant_table.h:477)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_query_size_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_set_version_t` (grant_table.h:513)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_set_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_setup_table_t` (grant_table.h:384)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_setup_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_swap_grant_ref_t` (grant_table.h:564)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_swap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_transfer_t` (grant_table.h:417)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_transfer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_unmap_and_replace_t` (grant_table.h:499)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_unmap_and_replace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_unmap_grant_ref_t` (grant_table.h:360)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_unmap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_int` (xen.h:31)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_int {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_mmu_update_t` (xen.h:637)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_mmu_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_mmuext_op_t` (xen.h:464)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_mmuext_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_multicall_entry_t` (xen.h:657)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_multicall_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_apic_t` (physdev.h:121)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_apic_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_dbgp_op_t` (physdev.h:344)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_dbgp_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_eoi_t` (physdev.h:28)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_eoi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_get_free_pirq_t` (physdev.h:254)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_get_free_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_irq_status_query_t` (physdev.h:65)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_irq_status_query_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_irq_t` (physdev.h:136)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_irq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_manage_pci_ext_t` (physdev.h:209)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_manage_pci_ext_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_manage_pci_t` (physdev.h:184)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_manage_pci_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_map_pirq_t` (physdev.h:163)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_map_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_op_t` (physdev.h:226)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_pci_device_add_t` (physdev.h:292)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_pci_device_add_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_pci_device_t` (physdev.h:316)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_pci_device_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_pci_mmcfg_reserved_t` (physdev.h:267)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_pci_mmcfg_reserved_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_pirq_eoi_gmfn_t` (physdev.h:51)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_pirq_eoi_gmfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_restore_msi_t` (physdev.h:193)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_restore_msi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_set_iobitmap_t` (physdev.h:105)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_set_iobitmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_set_iopl_t` (physdev.h:85)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_set_iopl_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_setup_gsi_t` (physdev.h:239)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_setup_gsi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_unmap_pirq_t` (physdev.h:173)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_unmap_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_sched_pin_override_t` (sched.h:150)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_sched_pin_override_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_sched_poll_t` (sched.h:130)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_sched_poll_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_sched_remote_shutdown_t` (sched.h:137)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_sched_remote_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_sched_shutdown_t` (sched.h:122)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_sched_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_sched_watchdog_t` (sched.h:144)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_sched_watchdog_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_tmem_op_t` (tmem.h:90); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_tmem_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_uchar` (xen.h:30)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_uchar {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_uint` (xen.h:32)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_uint {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_uint16` (xen.h:986)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_uint16 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_uint32` (xen.h:987)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_uint32 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_uint64` (xen.h:988)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_uint64 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_uint64_t` (xen.h:39)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_uint64_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_uint8` (xen.h:985)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_uint8 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_get_physid_t` (vcpu.h:194)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_get_physid_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_hvm_context_t` (hvm/hvm_vcpu.h:117)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_hvm_context_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_register_runstate_memory_area_t` (vcpu.h:126)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_register_runstate_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_register_time_memory_area_t` (vcpu.h:227)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_register_time_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_register_vcpu_info_t` (vcpu.h:178)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_register_vcpu_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_runstate_info_t` (vcpu.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_runstate_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_set_periodic_timer_t` (vcpu.h:139)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_set_periodic_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_set_singleshot_timer_t` (vcpu.h:152)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_set_singleshot_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_time_info_t` (vcpu.h:218)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_time_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_void` (xen.h:37)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_void {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_add_to_physmap_batch_t` (memory.h:280)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_add_to_physmap_batch_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_add_to_physmap_t` (memory.h:246)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_add_to_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_dm_op_buf_t` (hvm/dm_op.h:479)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_dm_op_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_flask_op_t` (xsm/flask_op.h:210)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_flask_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_foreign_memory_map_t` (memory.h:351)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_foreign_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_altp2m_change_gfn_t` (hvm/hvm_op.h:297)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_altp2m_change_gfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_altp2m_domain_state_t` (hvm/hvm_op.h:218)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_altp2m_domain_state_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_altp2m_mem_access_t` (hvm/hvm_op.h:267)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_altp2m_mem_access_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_altp2m_op_t` (hvm/hvm_op.h:366)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_altp2m_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t` (hvm/hvm_op.h:233)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t` (hvm/hvm_op.h:227)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_altp2m_view_t` (hvm/hvm_op.h:241)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_altp2m_view_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_get_mem_type_t` (hvm/hvm_op.h:167)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_get_mem_type_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_get_time_t` (hvm/hvm_op.h:134)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_get_time_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_pagetable_dying_t` (hvm/hvm_op.h:126)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_pagetable_dying_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_param_t` (hvm/hvm_op.h:23)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_param_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_xentrace_t` (hvm/hvm_op.h:142)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_xentrace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_kexec_load_t` (kexec.h:200)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_kexec_load_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_kexec_segment_t` (kexec.h:166)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_kexec_segment_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_kexec_status_t` (kexec.h:225)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_kexec_status_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_kexec_unload_t` (kexec.h:211)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_kexec_unload_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_machphys_mapping_t` (memory.h:205)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_machphys_mapping_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_machphys_mfn_list_t` (memory.h:182)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_machphys_mfn_list_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_mem_acquire_resource_t` (memory.h:692)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_mem_acquire_resource_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_memory_exchange_t` (memory.h:125)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_memory_exchange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_memory_map_t` (memory.h:329)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_memory_reservation_t` (memory.h:80)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_memory_reservation_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_pfn_t` (xen.h:40)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_pfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_platform_op_t` (platform.h:703)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_platform_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_pmu_params_t` (pmu.h:57)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_pmu_params_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_processor_csd_t` (platform.h:392)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_processor_csd_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_processor_cx_t` (platform.h:403)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_processor_cx_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_processor_performance_t` (platform.h:463)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_processor_performance_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_processor_px_t` (platform.h:438)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_processor_px_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_remove_from_physmap_t` (memory.h:303)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_remove_from_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_tmem_oid_t` (tmem.h:59); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_tmem_oid_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_ulong_t` (xen.h:41)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_ulong_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_vmemrange_t` (memory.h:707)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_vmemrange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_vnuma_topology_info_t` (memory.h:741)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_vnuma_topology_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xennmi_callback_t` (nmi.h:50)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xennmi_callback_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenoprof_buf_t` (xenoprof.h:72)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenoprof_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenoprof_counter_t` (xenoprof.h:103)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenoprof_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenoprof_get_buffer_t` (xenoprof.h:90)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenoprof_get_buffer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenoprof_ibs_counter_t` (xenoprof.h:123)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenoprof_ibs_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenoprof_init_t` (xenoprof.h:81)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenoprof_init_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenoprof_passive_t` (xenoprof.h:112)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenoprof_passive_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_add_memtype_t` (platform.h:66)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_add_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_change_freq_t` (platform.h:327)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_change_freq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_core_parking_t` (platform.h:571)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_core_parking_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_cpu_ol_t` (platform.h:538)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_cpu_ol_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_del_memtype_t` (platform.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_del_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_dom0_console_t` (platform.h:641); since 4.18.0
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_dom0_console_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_efi_runtime_call_t` (platform.h:215)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_efi_runtime_call_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_enter_acpi_sleep_t` (platform.h:317)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_enter_acpi_sleep_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_firmware_info_t` (platform.h:300)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_firmware_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_getidletime_t` (platform.h:352)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_getidletime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_microcode_update2_t` (platform.h:664); since 4.20.0
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_microcode_update2_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_microcode_update_t` (platform.h:104)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_microcode_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_pcpu_version_t` (platform.h:529)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_pcpu_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_pcpuinfo_t` (platform.h:514)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_pcpuinfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_platform_quirk_t` (platform.h:115)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_platform_quirk_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_read_memtype_t` (platform.h:95)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_read_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_resource_entry_t` (platform.h:606)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_resource_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_resource_op_t` (platform.h:614)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_resource_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_set_processor_pminfo_t` (platform.h:497)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_set_processor_pminfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_settime_t` (platform.h:46)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_settime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_symdata_t` (platform.h:632)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_symdata_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_ucode_revision_t` (platform.h:651); since 4.18.0
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_ucode_revision_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_evtchn_op_t` (event_channel.h:323)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_evtchn_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_evtchn_port_t` (event_channel.h:66)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_evtchn_port_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_cache_flush_t` (grant_table.h:583)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_cache_flush_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_copy_t` (grant_table.h:459)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_copy_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_dump_table_t` (grant_table.h:397)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_dump_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_get_status_frames_t` (grant_table.h:537)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_get_status_frames_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_get_version_t` (grant_table.h:551)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_get_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_map_grant_ref_t` (grant_table.h:338)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_map_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_query_size_t` (grant_table.h:477)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_query_size_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_set_version_t` (grant_table.h:513)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_set_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_setup_table_t` (grant_table.h:384)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_setup_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_swap_grant_ref_t` (grant_table.h:564)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_swap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_transfer_t` (grant_table.h:417)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_transfer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_unmap_and_replace_t` (grant_table.h:499)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_unmap_and_replace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_unmap_grant_ref_t` (grant_table.h:360)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_unmap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_int` (xen.h:31)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_int {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_mmu_update_t` (xen.h:637)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_mmu_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_mmuext_op_t` (xen.h:464)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_mmuext_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_multicall_entry_t` (xen.h:657)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_multicall_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_apic_t` (physdev.h:121)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_apic_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_dbgp_op_t` (physdev.h:344)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_dbgp_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_eoi_t` (physdev.h:28)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_eoi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_get_free_pirq_t` (physdev.h:254)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_get_free_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_irq_status_query_t` (physdev.h:65)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_irq_status_query_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_irq_t` (physdev.h:136)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_irq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_manage_pci_ext_t` (physdev.h:209)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_manage_pci_ext_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_manage_pci_t` (physdev.h:184)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_manage_pci_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_map_pirq_t` (physdev.h:163)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_map_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_op_t` (physdev.h:226)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_pci_device_add_t` (physdev.h:292)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_pci_device_add_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_pci_device_t` (physdev.h:316)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_pci_device_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_pci_mmcfg_reserved_t` (physdev.h:267)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_pci_mmcfg_reserved_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_pirq_eoi_gmfn_t` (physdev.h:51)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_pirq_eoi_gmfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_restore_msi_t` (physdev.h:193)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_restore_msi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_set_iobitmap_t` (physdev.h:105)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_set_iobitmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_set_iopl_t` (physdev.h:85)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_set_iopl_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_setup_gsi_t` (physdev.h:239)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_setup_gsi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_unmap_pirq_t` (physdev.h:173)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_unmap_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_sched_pin_override_t` (sched.h:150)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_sched_pin_override_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_sched_poll_t` (sched.h:130)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_sched_poll_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_sched_remote_shutdown_t` (sched.h:137)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_sched_remote_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_sched_shutdown_t` (sched.h:122)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_sched_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_sched_watchdog_t` (sched.h:144)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_sched_watchdog_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_tmem_op_t` (tmem.h:90); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_tmem_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_uchar` (xen.h:30)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_uchar {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_uint` (xen.h:32)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_uint {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_uint16` (xen.h:986)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_uint16 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_uint32` (xen.h:987)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_uint32 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_uint64` (xen.h:988)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_uint64 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_uint64_t` (xen.h:39)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_uint64_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_uint8` (xen.h:985)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_uint8 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_get_physid_t` (vcpu.h:194)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_get_physid_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_hvm_context_t` (hvm/hvm_vcpu.h:117)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_hvm_context_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_register_runstate_memory_area_t` (vcpu.h:126)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_register_runstate_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_register_time_memory_area_t` (vcpu.h:227)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_register_time_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_register_vcpu_info_t` (vcpu.h:178)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_register_vcpu_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_runstate_info_t` (vcpu.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_runstate_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_set_periodic_timer_t` (vcpu.h:139)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_set_periodic_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_set_singleshot_timer_t` (vcpu.h:152)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_set_singleshot_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_time_info_t` (vcpu.h:218)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_time_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_void` (xen.h:37)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_void {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_add_to_physmap_batch_t` (memory.h:280)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_add_to_physmap_batch_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_add_to_physmap_t` (memory.h:246)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_add_to_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_dm_op_buf_t` (hvm/dm_op.h:479)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_dm_op_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_flask_op_t` (xsm/flask_op.h:210)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_flask_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_foreign_memory_map_t` (memory.h:351)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_foreign_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_altp2m_change_gfn_t` (hvm/hvm_op.h:297)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_altp2m_change_gfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_altp2m_domain_state_t` (hvm/hvm_op.h:218)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_altp2m_domain_state_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_altp2m_mem_access_t` (hvm/hvm_op.h:267)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_altp2m_mem_access_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_altp2m_op_t` (hvm/hvm_op.h:366)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_altp2m_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t` (hvm/hvm_op.h:233)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t` (hvm/hvm_op.h:227)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_altp2m_view_t` (hvm/hvm_op.h:241)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_altp2m_view_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_get_mem_type_t` (hvm/hvm_op.h:167)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_get_mem_type_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_get_time_t` (hvm/hvm_op.h:134)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_get_time_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_pagetable_dying_t` (hvm/hvm_op.h:126)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_pagetable_dying_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_param_t` (hvm/hvm_op.h:23)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_param_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_xentrace_t` (hvm/hvm_op.h:142)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_xentrace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_kexec_load_t` (kexec.h:200)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_kexec_load_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_kexec_segment_t` (kexec.h:166)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_kexec_segment_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_kexec_status_t` (kexec.h:225)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_kexec_status_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_kexec_unload_t` (kexec.h:211)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_kexec_unload_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_machphys_mapping_t` (memory.h:205)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_machphys_mapping_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_machphys_mfn_list_t` (memory.h:182)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_machphys_mfn_list_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_mem_acquire_resource_t` (memory.h:692)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_mem_acquire_resource_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_memory_exchange_t` (memory.h:125)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_memory_exchange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_memory_map_t` (memory.h:329)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_memory_reservation_t` (memory.h:80)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_memory_reservation_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_pfn_t` (xen.h:40)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_pfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_platform_op_t` (platform.h:703)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_platform_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_pmu_params_t` (pmu.h:57)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_pmu_params_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_processor_csd_t` (platform.h:392)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_processor_csd_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_processor_cx_t` (platform.h:403)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_processor_cx_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_processor_performance_t` (platform.h:463)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_processor_performance_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_processor_px_t` (platform.h:438)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_processor_px_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_remove_from_physmap_t` (memory.h:303)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_remove_from_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_tmem_oid_t` (tmem.h:59); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_tmem_oid_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_ulong_t` (xen.h:41)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_ulong_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_vmemrange_t` (memory.h:707)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_vmemrange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_vnuma_topology_info_t` (memory.h:741)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_vnuma_topology_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xennmi_callback_t` (nmi.h:50)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xennmi_callback_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenoprof_buf_t` (xenoprof.h:72)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenoprof_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenoprof_counter_t` (xenoprof.h:103)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenoprof_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenoprof_get_buffer_t` (xenoprof.h:90)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenoprof_get_buffer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenoprof_ibs_counter_t` (xenoprof.h:123)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenoprof_ibs_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenoprof_init_t` (xenoprof.h:81)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenoprof_init_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenoprof_passive_t` (xenoprof.h:112)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenoprof_passive_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_add_memtype_t` (platform.h:66)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_add_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_change_freq_t` (platform.h:327)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_change_freq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_core_parking_t` (platform.h:571)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_core_parking_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_cpu_ol_t` (platform.h:538)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_cpu_ol_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_del_memtype_t` (platform.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_del_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_dom0_console_t` (platform.h:641); since 4.18.0
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_dom0_console_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_efi_runtime_call_t` (platform.h:215)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_efi_runtime_call_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_enter_acpi_sleep_t` (platform.h:317)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_enter_acpi_sleep_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_firmware_info_t` (platform.h:300)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_firmware_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_getidletime_t` (platform.h:352)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_getidletime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_microcode_update2_t` (platform.h:664); since 4.20.0
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_microcode_update2_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_microcode_update_t` (platform.h:104)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_microcode_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_pcpu_version_t` (platform.h:529)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_pcpu_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_pcpuinfo_t` (platform.h:514)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_pcpuinfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_platform_quirk_t` (platform.h:115)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_platform_quirk_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_read_memtype_t` (platform.h:95)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_read_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_resource_entry_t` (platform.h:606)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_resource_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_resource_op_t` (platform.h:614)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_resource_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_set_processor_pminfo_t` (platform.h:497)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_set_processor_pminfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_settime_t` (platform.h:46)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_settime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_symdata_t` (platform.h:632)
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_symdata_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_ucode_revision_t` (platform.h:651); since 4.18.0
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_ucode_revision_t {
    pub p: u64,
    pub q: u64,
}

/// `struct arch_shared_info` (arch-arm.h:372)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct arch_shared_info {
}

/// `struct arch_vcpu_info` (arch-arm.h:368)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct arch_vcpu_info {
}

/// `struct blkif_back_ring` (io/blkif.h:723)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct blkif_front_ring` (io/blkif.h:723)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct blkif_request_discard` (io/blkif.h:673)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_request_discard {
    pub operation: u8,
    pub flag: u8,
    pub handle: u16,
    pub __pad_0: [u8; 4],
    pub id: u64,
    pub sector_number: u64,
    pub nr_sectors: u64,
}

/// `struct blkif_request_indirect` (io/blkif.h:689)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_request_indirect {
    pub operation: u8,
    pub indirect_op: u8,
    pub nr_segments: u16,
    pub __pad_0: [u8; 4],
    pub id: u64,
    pub sector_number: u64,
    pub handle: u16,
    pub __pad_1: [u8; 2],
    pub indirect_grefs: [grant_ref_t; 8],
    pub __pad_2: [u8; 4],
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
    pub __pad_0: [u8; 4],
    pub id: u64,
    pub sector_number: u64,
    pub seg: [blkif_request_segment; 11],
}

/// `struct blkif_response` (io/blkif.h:703)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_response {
    pub id: u64,
    pub operation: u8,
    pub __pad_0: [u8; 1],
    pub status: i16,
    pub __pad_1: [u8; 4],
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

/// `struct callback_register` (callback.h:67)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct callback_register {
    pub r#type: u16,
    pub flags: u16,
    pub __pad_0: [u8; 4],
    pub address: xen_callback_t,
}

/// `struct callback_unregister` (callback.h:82)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct callback_unregister {
    pub r#type: u16,
    pub _unused: u16,
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
    pub array_gfn: u64,
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
    pub control_gfn: u64,
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
    pub u: [u32; 2],
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
    pub u: [u32; 6],
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
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct fsif_front_ring` (io/fsif.h:167)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct fsif_stat_response` (io/fsif.h:60)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_stat_response {
    pub stat_mode: i32,
    pub stat_uid: u32,
    pub stat_gid: u32,
    pub stat_ret: i32,
    pub stat_size: i64,
    pub stat_atime: i64,
    pub stat_mtime: i64,
    pub stat_ctime: i64,
}

/// `struct fsif_response` (io/fsif.h:148)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_response {
    pub id: u16,
    pub pad1: u16,
    pub pad2: u32,
    pub u: [u64; 6],
}

/// `struct gnttab_cache_flush` (grant_table.h:570)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_cache_flush {
    pub a: [u64; 1],
    pub offset: u16,
    pub length: u16,
    pub op: u32,
}

/// `struct gnttab_copy_ptr` (grant_table.h:445)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_copy_ptr {
    pub u: [u64; 1],
    pub domid: domid_t,
    pub offset: u16,
    pub __pad_0: [u8; 4],
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
    pub frame_list: __guest_handle_64_uint64_t,
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
    pub host_addr: u64,
    pub flags: u32,
    pub r#ref: grant_ref_t,
    pub dom: domid_t,
    pub status: i16,
    pub handle: grant_handle_t,
    pub dev_bus_addr: u64,
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
    pub __pad_1: [u8; 6],
    pub frame_list: __guest_handle_64_xen_pfn_t,
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
    pub __pad_1: [u8; 6],
}

/// `struct gnttab_unmap_and_replace` (grant_table.h:490)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_unmap_and_replace {
    pub host_addr: u64,
    pub new_addr: u64,
    pub handle: grant_handle_t,
    pub status: i16,
    pub __pad_0: [u8; 2],
}

/// `struct gnttab_unmap_grant_ref` (grant_table.h:351)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_unmap_grant_ref {
    pub host_addr: u64,
    pub dev_bus_addr: u64,
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
    pub full_page: [u64; 2],
    pub sub_page: [u64; 2],
    pub transitive: [u32; 3],
    pub __spacer: [u32; 4],
}

/// `struct ioreq` (hvm/ioreq.h:35)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ioreq {
    pub addr: u64,
    pub data: u64,
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

/// `struct mmu_update` (xen.h:632)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mmu_update {
    pub ptr: u64,
    pub val: u64,
}

/// `struct mmuext_op` (xen.h:441)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mmuext_op {
    pub cmd: u32,
    pub __pad_0: [u8; 4],
    pub arg1: [u64; 1],
    pub arg2: [u64; 1],
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
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct netif_rx_front_ring` (io/netif.h:1073)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_rx_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
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
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct netif_tx_front_ring` (io/netif.h:1072)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_tx_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
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
    pub apic_physbase: u64,
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
    pub __pad_1: [u8; 4],
    pub table_base: u64,
}

/// `struct physdev_set_iobitmap` (physdev.h:95)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_set_iobitmap {
    pub bitmap: __guest_handle_64_uint8,
    pub nr_ports: u32,
    pub __pad_0: [u8; 4],
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
    pub __pad_0: [u8; 4],
    pub u: [u64; 2],
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
    pub address: u64,
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
    pub ports: __guest_handle_64_evtchn_port_t,
    pub nr_ports: u32,
    pub __pad_0: [u8; 4],
    pub timeout: u64,
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
    pub tsc_timestamp: u64,
    pub system_time: u64,
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
    pub pad0: u8,
    pub __pad_0: [u8; 6],
    pub evtchn_pending_sel: xen_ulong_t,
    pub arch: [u8; 0],
    pub time: vcpu_time_info_t,
}

/// `struct shared_info` (xen.h:751)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct shared_info {
    pub vcpu_info: [vcpu_info; 1],
    pub evtchn_pending: [xen_ulong_t; 64],
    pub evtchn_mask: [xen_ulong_t; 64],
    pub wc_version: u32,
    pub wc_sec: u32,
    pub wc_nsec: u32,
    pub wc_sec_hi: u32,
    pub arch: [u8; 0],
}

/// `struct shared_iopage` (hvm/ioreq.h:52)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct shared_iopage {
    pub vcpu_ioreq: [ioreq; 1],
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
    pub c: [u8; 0],
    pub cpt: [u8; 1],
}

/// `struct _xen_pvcalls_accept` (io/pvcalls.h:118)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_accept {
    pub id: u64,
}

/// `struct _xen_pvcalls_bind` (io/pvcalls.h:112)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_bind {
    pub id: u64,
}

/// `struct _xen_pvcalls_connect` (io/pvcalls.h:106)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_connect {
    pub id: u64,
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
    pub id: u64,
}

/// `struct _xen_pvcalls_poll` (io/pvcalls.h:121)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_poll {
    pub id: u64,
}

/// `struct _xen_pvcalls_release` (io/pvcalls.h:109)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_release {
    pub id: u64,
}

/// `struct _xen_pvcalls_socket` (io/pvcalls.h:103)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_socket {
    pub id: u64,
}

/// `struct event_log` (xenoprof.h:47)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct event_log {
    pub eip: u64,
    pub mode: u8,
    pub event: u8,
    pub __pad_0: [u8; 6],
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
    pub length: i64,
}

/// `struct hvm_info_table` (hvm/hvm_info_table.h:28)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_info_table {
    pub signature: [u8; 8],
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

/// `struct hvm_save_descriptor` (hvm/save.h:32)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_save_descriptor {
    pub typecode: u16,
    pub instance: u16,
    pub length: u32,
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
    pub r#in: u64,
    pub out: u64,
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
    pub oid: [u64; 3],
}

/// `struct tmem_op` (tmem.h:66); until 4.18.6
#[repr(C)]
#[derive(Clone, Copy)]
pub struct tmem_op {
    pub cmd: u32,
    pub pool_id: i32,
    pub u: [u64; 6],
}

/// `struct tpmif_tx_request` (io/tpmif.h:22)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct tpmif_tx_request {
    pub addr: u64,
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

/// `struct usbif_conn_back_ring` (io/usbif.h:405)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_conn_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct usbif_conn_front_ring` (io/usbif.h:405)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_conn_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
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
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct usbif_urb_front_ring` (io/usbif.h:383)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_urb_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
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
    pub phys_id: u64,
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
    pub efer: u64,
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
    pub rax: u64,
    pub rcx: u64,
    pub rdx: u64,
    pub rbx: u64,
    pub rsp: u64,
    pub rbp: u64,
    pub rsi: u64,
    pub rdi: u64,
    pub rip: u64,
    pub rflags: u64,
    pub cr0: u64,
    pub cr3: u64,
    pub cr4: u64,
    pub efer: u64,
}

/// `struct vcpu_hvm_context` (hvm/hvm_vcpu.h:103)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_hvm_context {
    pub mode: u32,
    pub pad: u32,
    pub cpu_regs: [u64; 15],
}

/// `struct vcpu_register_runstate_memory_area` (vcpu.h:118)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_register_runstate_memory_area {
    pub addr: [u64; 1],
}

/// `struct vcpu_register_time_memory_area` (vcpu.h:219)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_register_time_memory_area {
    pub addr: [u64; 1],
}

/// `struct vcpu_register_vcpu_info` (vcpu.h:172)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_register_vcpu_info {
    pub mfn: u64,
    pub offset: u32,
    pub rsvd: u32,
}

/// `struct vcpu_runstate_info` (vcpu.h:64)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_runstate_info {
    pub state: i32,
    pub __pad_0: [u8; 4],
    pub state_entry_time: u64,
    pub time: [u64; 4],
}

/// `struct vcpu_set_periodic_timer` (vcpu.h:135)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_set_periodic_timer {
    pub period_ns: u64,
}

/// `struct vcpu_set_singleshot_timer` (vcpu.h:147)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_set_singleshot_timer {
    pub timeout_abs_ns: u64,
    pub flags: u32,
    pub __pad_0: [u8; 4],
}

/// `struct vscsiif_back_ring` (io/vscsiif.h:352)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vscsiif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct vscsiif_front_ring` (io/vscsiif.h:352)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vscsiif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
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
    pub r#in: u64,
    pub out: u64,
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
    pub idxs: __guest_handle_64_xen_ulong_t,
    pub gpfns: __guest_handle_64_xen_pfn_t,
    pub errs: __guest_handle_64_int,
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
    pub iov_hnd: __guest_handle_64_uint8,
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
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xen_cameraif_front_ring` (io/cameraif.h:1314)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_cameraif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xen_compile_info` (version.h:37)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_compile_info {
    pub compiler: [u8; 64],
    pub compile_by: [u8; 16],
    pub compile_domain: [u8; 32],
    pub compile_date: [u8; 32],
}

/// `struct xen_displif_back_ring` (io/displif.h:897)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_displif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xen_displif_front_ring` (io/displif.h:897)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_displif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
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
    pub ioreq_gfn: u64,
    pub bufioreq_gfn: u64,
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
    pub cr2: u64,
}

/// `struct xen_dm_op_inject_msi` (hvm/dm_op.h:328)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_inject_msi {
    pub data: u32,
    pub pad: u32,
    pub addr: u64,
}

/// `struct xen_dm_op_ioreq_server_range` (hvm/dm_op.h:121)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_ioreq_server_range {
    pub id: ioservid_t,
    pub pad: u16,
    pub r#type: u32,
    pub start: u64,
    pub end: u64,
}

/// `struct xen_dm_op_map_mem_type_to_ioreq_server` (hvm/dm_op.h:349)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_map_mem_type_to_ioreq_server {
    pub id: ioservid_t,
    pub r#type: u16,
    pub flags: u32,
    pub opaque: u64,
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
    pub start: u64,
    pub end: u64,
    pub r#type: u32,
    pub pad: u32,
}

/// `struct xen_dm_op_relocate_memory` (hvm/dm_op.h:383)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_relocate_memory {
    pub size: u32,
    pub pad: u32,
    pub src_gfn: u64,
    pub dst_gfn: u64,
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
    pub first_pfn: u64,
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
    pub first_pfn: u64,
}

/// `struct xen_dm_op` (hvm/dm_op.h:447)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op {
    pub op: u32,
    pub pad: u32,
    pub u: [u64; 3],
}

/// `struct xen_dm_op_buf` (hvm/dm_op.h:474)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_buf {
    pub h: __guest_handle_64_void,
    pub size: xen_ulong_t,
}

/// `struct xen_dm_op_modified_memory_extent` (hvm/dm_op.h:259)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_modified_memory_extent {
    pub nr: u32,
    pub pad: u32,
    pub first_pfn: u64,
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
    pub __pad_0: [u8; 4],
    pub name: __guest_handle_64_char,
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
    pub path: __guest_handle_64_char,
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
    pub buffer: __guest_handle_64_char,
    pub size: u32,
    pub __pad_0: [u8; 4],
}

/// `struct xen_flask_ocontext` (xsm/flask_op.h:127)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_ocontext {
    pub ocon: u32,
    pub sid: u32,
    pub low: u64,
    pub high: u64,
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
    pub context: __guest_handle_64_char,
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
    pub u: [u64; 4],
}

/// `struct xen_memory_map` (memory.h:314)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_memory_map {
    pub nr_entries: u32,
    pub __pad_0: [u8; 4],
    pub buffer: __guest_handle_64_void,
}

/// `struct xen_foreign_memory_map` (memory.h:346)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_foreign_memory_map {
    pub domid: domid_t,
    pub __pad_0: [u8; 6],
    pub map: xen_memory_map,
}

/// `struct xen_hvm_altp2m_change_gfn` (hvm/hvm_op.h:286)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_change_gfn {
    pub view: u16,
    pub pad1: u16,
    pub pad2: u32,
    pub old_gfn: u64,
    pub new_gfn: u64,
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
    pub gfn: u64,
}

/// `struct xen_hvm_altp2m_set_mem_access_multi` (hvm/hvm_op.h:269)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_set_mem_access_multi {
    pub view: u16,
    pub pad: u16,
    pub nr: u32,
    pub opaque: u64,
    pub pfn_list: __guest_handle_64_const_uint64,
    pub access_list: __guest_handle_64_const_uint8,
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
    pub gfn: u64,
}

/// `struct xen_hvm_altp2m_suppress_ve_multi` (hvm/hvm_op.h:33)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_suppress_ve_multi {
    pub view: u16,
    pub suppress_ve: u8,
    pub pad1: u8,
    pub first_error: i32,
    pub first_gfn: u64,
    pub last_gfn: u64,
    pub first_error_gfn: u64,
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
    pub gfn: u64,
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
    pub u: [u64; 8],
}

/// `struct xen_hvm_get_mem_type` (hvm/hvm_op.h:157)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_get_mem_type {
    pub domid: domid_t,
    pub mem_type: u16,
    pub pad: [u16; 2],
    pub pfn: u64,
}

/// `struct xen_hvm_get_time` (hvm/hvm_op.h:130)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_get_time {
    pub now: u64,
}

/// `struct xen_hvm_pagetable_dying` (hvm/hvm_op.h:118)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_pagetable_dying {
    pub domid: domid_t,
    pub pad: [u16; 3],
    pub gpa: u64,
}

/// `struct xen_hvm_param` (hvm/hvm_op.h:16)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_param {
    pub domid: domid_t,
    pub pad: u16,
    pub index: u32,
    pub value: u64,
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
    pub name: [u8; 0],
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
    pub indirection_page: u64,
    pub start_address: u64,
}

/// `struct xen_kexec_load` (kexec.h:189)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_load {
    pub r#type: u8,
    pub _pad: u8,
    pub arch: u16,
    pub nr_segments: u32,
    pub segments: [u64; 1],
    pub entry_maddr: u64,
}

/// `struct xen_kexec_load_v1` (kexec.h:118)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_load_v1 {
    pub r#type: i32,
    pub __pad_0: [u8; 4],
    pub image: xen_kexec_image_t,
}

/// `struct xen_kexec_range` (kexec.h:145)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_range {
    pub range: i32,
    pub nr: i32,
    pub size: u64,
    pub start: u64,
}

/// `struct xen_kexec_segment` (kexec.h:157)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_segment {
    pub buf: [u64; 1],
    pub buf_size: u64,
    pub dest_maddr: u64,
    pub dest_size: u64,
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
    pub __pad_0: [u8; 4],
    pub extent_start: __guest_handle_64_xen_pfn_t,
    pub nr_extents: u32,
    pub __pad_1: [u8; 4],
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
    pub frame: u64,
    pub frame_list: __guest_handle_64_xen_pfn_t,
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
    pub extent_start: __guest_handle_64_xen_pfn_t,
    pub nr_extents: xen_ulong_t,
    pub extent_order: u32,
    pub mem_flags: u32,
    pub domid: domid_t,
    pub __pad_0: [u8; 6],
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
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xen_netif_ctrl_front_ring` (io/netif.h:752)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_netif_ctrl_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
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
    pub address: u64,
}

/// `struct xen_platform_parameters` (version.h:91)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_platform_parameters {
    pub virt_start: xen_ulong_t,
}

/// `struct xen_pmu_arch` (arch-arm.h:554)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pmu_arch {
    pub dummy: u8,
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
    pub __pad_0: [u8; 3],
}

/// `struct xen_pmu_params` (pmu.h:44)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pmu_params {
    pub version: [u32; 2],
    pub val: u64,
    pub vcpu: u32,
    pub pad: u32,
}

/// `struct xen_pod_target` (memory.h:355)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pod_target {
    pub target_pages: u64,
    pub tot_pages: u64,
    pub pod_cache_pages: u64,
    pub pod_entries: u64,
    pub domid: domid_t,
    pub __pad_0: [u8; 6],
}

/// `struct xen_power_register` (platform.h:378)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_power_register {
    pub space_id: u32,
    pub bit_width: u32,
    pub bit_offset: u32,
    pub access_size: u32,
    pub address: u64,
}

/// `struct xen_psd_package` (platform.h:440)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_psd_package {
    pub num_entries: u64,
    pub revision: u64,
    pub domain: u64,
    pub coord_type: u64,
    pub num_processors: u64,
}

/// `struct xen_processor_cppc` (platform.h:465); since 4.21.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_processor_cppc {
    pub flags: u8,
    pub pad: [u8; 3],
    pub cpc: [u32; 6],
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
    pub dp: __guest_handle_64_xen_processor_csd_t,
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
    pub __pad_0: [u8; 4],
    pub states: __guest_handle_64_xen_processor_px_t,
    pub domain_info: xen_psd_package,
    pub shared_type: u32,
    pub __pad_1: [u8; 4],
}

/// `struct xen_processor_power` (platform.h:413)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_processor_power {
    pub count: u32,
    pub flags: xen_processor_flags,
    pub states: __guest_handle_64_xen_processor_cx_t,
}

/// `struct xen_processor_px` (platform.h:429)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_processor_px {
    pub core_frequency: u64,
    pub power: u64,
    pub transition_latency: u64,
    pub bus_master_latency: u64,
    pub control: u64,
    pub status: u64,
}

/// `struct xen_pvcalls_accept` (io/pvcalls.h:80)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_accept {
    pub id: u64,
    pub id_new: u64,
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
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xen_pvcalls_bind` (io/pvcalls.h:70)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_bind {
    pub id: u64,
    pub addr: [u8; 28],
    pub len: u32,
}

/// `struct xen_pvcalls_connect` (io/pvcalls.h:56)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_connect {
    pub id: u64,
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
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xen_pvcalls_listen` (io/pvcalls.h:75)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_listen {
    pub id: u64,
    pub backlog: u32,
    pub pad: [u8; 4],
}

/// `struct xen_pvcalls_poll` (io/pvcalls.h:86)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_poll {
    pub id: u64,
}

/// `struct xen_pvcalls_release` (io/pvcalls.h:65)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_release {
    pub id: u64,
    pub reuse: u8,
    pub pad: [u8; 7],
}

/// `struct xen_pvcalls_socket` (io/pvcalls.h:49)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_socket {
    pub id: u64,
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
    pub u: [u64; 7],
}

/// `struct xen_pvcalls_response` (io/pvcalls.h:97)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_response {
    pub req_id: u32,
    pub cmd: u32,
    pub ret: i32,
    pub pad: u32,
    pub u: [u64; 1],
}

/// `struct xen_remove_from_physmap` (memory.h:295)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_remove_from_physmap {
    pub domid: domid_t,
    pub __pad_0: [u8; 6],
    pub gpfn: xen_pfn_t,
}

/// `struct xen_sndif_back_ring` (io/sndif.h:1031)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sndif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xen_sndif_front_ring` (io/sndif.h:1031)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sndif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
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
    pub start: u64,
    pub end: u64,
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
    pub vdistance: [u64; 1],
    pub vcpu_to_vnode: [u64; 1],
    pub vmemrange: [u64; 1],
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
    pub min: i64,
    pub max: i64,
    pub step: i64,
    pub def_val: i64,
}

/// `struct xencamera_ctrl_value` (io/cameraif.h:885)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_ctrl_value {
    pub r#type: u8,
    pub reserved: [u8; 7],
    pub value: i64,
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
    pub evt: [u64; 7],
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
    pub req: [u64; 7],
}

/// `struct xencamera_resp` (io/cameraif.h:1288)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_resp {
    pub id: u16,
    pub operation: u8,
    pub reserved: u8,
    pub status: i32,
    pub resp: [u64; 7],
}

/// `struct xencomm_desc` (xencomm.h:18)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencomm_desc {
    pub magic: u32,
    pub nr_addrs: u32,
    pub address: [u64; 0],
}

/// `struct xendispl_dbuf_create_req` (io/displif.h:497)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_dbuf_create_req {
    pub dbuf_cookie: u64,
    pub width: u32,
    pub height: u32,
    pub bpp: u32,
    pub buffer_sz: u32,
    pub flags: u32,
    pub gref_directory: grant_ref_t,
    pub data_ofs: u32,
    pub __pad_0: [u8; 4],
}

/// `struct xendispl_dbuf_destroy_req` (io/displif.h:567)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_dbuf_destroy_req {
    pub dbuf_cookie: u64,
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
    pub fb_cookie: u64,
}

/// `struct xendispl_evt` (io/displif.h:887)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_evt {
    pub id: u16,
    pub r#type: u8,
    pub reserved: [u8; 5],
    pub op: [u64; 7],
}

/// `struct xendispl_fb_attach_req` (io/displif.h:616)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_fb_attach_req {
    pub dbuf_cookie: u64,
    pub fb_cookie: u64,
    pub width: u32,
    pub height: u32,
    pub pixel_format: u32,
    pub __pad_0: [u8; 4],
}

/// `struct xendispl_fb_detach_req` (io/displif.h:649)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_fb_detach_req {
    pub fb_cookie: u64,
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
    pub fb_cookie: u64,
}

/// `struct xendispl_set_config_req` (io/displif.h:697)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_set_config_req {
    pub fb_cookie: u64,
    pub x: u32,
    pub y: u32,
    pub width: u32,
    pub height: u32,
    pub bpp: u32,
    pub __pad_0: [u8; 4],
}

/// `struct xendispl_req` (io/displif.h:860)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_req {
    pub id: u16,
    pub operation: u8,
    pub reserved: [u8; 5],
    pub op: [u64; 7],
}

/// `struct xendispl_resp` (io/displif.h:876)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_resp {
    pub id: u16,
    pub operation: u8,
    pub reserved: u8,
    pub status: i32,
    pub op: [u32; 14],
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
    pub __pad_0: [u8; 7],
    pub pd: [u64; 256],
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
    pub u: [u32; 2],
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
    pub handler_address: u64,
    pub pad: u64,
}

/// `struct xenoprof_buf` (xenoprof.h:59)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenoprof_buf {
    pub event_head: u32,
    pub event_tail: u32,
    pub event_size: u32,
    pub vcpu_id: u32,
    pub xen_samples: u64,
    pub kernel_samples: u64,
    pub user_samples: u64,
    pub lost_samples: u64,
    pub event_log: [event_log; 1],
}

/// `struct xenoprof_counter` (xenoprof.h:92)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenoprof_counter {
    pub ind: u32,
    pub __pad_0: [u8; 4],
    pub count: u64,
    pub enabled: u32,
    pub event: u32,
    pub hypervisor: u32,
    pub kernel: u32,
    pub user: u32,
    pub __pad_1: [u8; 4],
    pub unit_mask: u64,
}

/// `struct xenoprof_get_buffer` (xenoprof.h:83)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenoprof_get_buffer {
    pub max_samples: i32,
    pub nbuf: i32,
    pub bufsize: i32,
    pub __pad_0: [u8; 4],
    pub buf_gmaddr: u64,
}

/// `struct xenoprof_ibs_counter` (xenoprof.h:114)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenoprof_ibs_counter {
    pub op_enabled: u64,
    pub fetch_enabled: u64,
    pub max_cnt_fetch: u64,
    pub max_cnt_op: u64,
    pub rand_en: u64,
    pub dispatched_ops: u64,
}

/// `struct xenoprof_init` (xenoprof.h:75)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenoprof_init {
    pub num_events: i32,
    pub is_primary: i32,
    pub cpu_type: [u8; 64],
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
    pub buf_gmaddr: u64,
}

/// `struct xenpf_add_memtype` (platform.h:56)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_add_memtype {
    pub mfn: xen_pfn_t,
    pub nr_mfns: u64,
    pub r#type: u32,
    pub handle: u32,
    pub reg: u32,
    pub __pad_0: [u8; 4],
}

/// `struct xenpf_change_freq` (platform.h:320)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_change_freq {
    pub flags: u32,
    pub cpu: u32,
    pub freq: u64,
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
    pub u: [u64; 5],
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
    pub cfg: [u64; 2],
    pub vendor: [u64; 2],
    pub mem: [u64; 4],
    pub pci_rom: [u64; 3],
    pub apple_properties: [u64; 2],
}

/// `struct xenpf_firmware_info` (platform.h:230)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_firmware_info {
    pub r#type: u32,
    pub index: u32,
    pub u: [u64; 4],
}

/// `struct xenpf_getidletime` (platform.h:338)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_getidletime {
    pub cpumap_bitmap: __guest_handle_64_uint8,
    pub cpumap_nr_cpus: u32,
    pub __pad_0: [u8; 4],
    pub idletime: __guest_handle_64_uint64,
    pub now: u64,
}

/// `struct xenpf_mem_hotadd` (platform.h:550)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_mem_hotadd {
    pub spfn: u64,
    pub epfn: u64,
    pub pxm: u32,
    pub flags: u32,
}

/// `struct xenpf_microcode_update` (platform.h:98)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_microcode_update {
    pub data: __guest_handle_64_const_void,
    pub length: u32,
    pub __pad_0: [u8; 4],
}

/// `struct xenpf_microcode_update2` (platform.h:655); since 4.20.0
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_microcode_update2 {
    pub flags: u32,
    pub length: u32,
    pub data: __guest_handle_64_const_void,
}

/// `struct xenpf_pcpu_version` (platform.h:517)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_pcpu_version {
    pub xen_cpuid: u32,
    pub max_present: u32,
    pub vendor_id: [u8; 12],
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
    pub __pad_0: [u8; 4],
    pub mfn: xen_pfn_t,
    pub nr_mfns: u64,
    pub r#type: u32,
    pub __pad_1: [u8; 4],
}

/// `struct xenpf_resource_entry` (platform.h:596)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_resource_entry {
    pub u: [u32; 1],
    pub rsvd: u32,
    pub idx: u64,
    pub val: u64,
}

/// `struct xenpf_resource_op` (platform.h:608)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_resource_op {
    pub nr_entries: u32,
    pub cpu: u32,
    pub entries: __guest_handle_64_xenpf_resource_entry_t,
}

/// `struct xenpf_settime32` (platform.h:22)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_settime32 {
    pub secs: u32,
    pub nsecs: u32,
    pub system_time: u64,
}

/// `struct xenpf_settime64` (platform.h:30)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_settime64 {
    pub secs: u64,
    pub nsecs: u32,
    pub mbz: u32,
    pub system_time: u64,
}

/// `struct xenpf_symdata` (platform.h:617)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_symdata {
    pub namelen: u32,
    pub symnum: u32,
    pub name: __guest_handle_64_char,
    pub address: u64,
    pub r#type: u8,
    pub __pad_0: [u8; 7],
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
    pub position: u64,
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
    pub op: [u64; 7],
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
    pub formats: u64,
    pub rates: [u32; 2],
    pub channels: [u32; 2],
    pub buffer: [u32; 2],
    pub period: [u32; 2],
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
    pub op: [u64; 7],
}

/// `struct xensnd_resp` (io/sndif.h:1010)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_resp {
    pub id: u16,
    pub operation: u8,
    pub reserved: u8,
    pub status: i32,
    pub resp: [u64; 7],
}

/// `struct xsd_errors` (io/xs_wire.h:49)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xsd_errors {
    pub errnum: i32,
    pub __pad_0: [u8; 4],
    pub errstring: u64,
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
    pub pad: [u8; 40],
}

/// `union xenfb_out_event` (io/fbif.h:54)
#[repr(C)]
#[derive(Clone, Copy)]
pub union xenfb_out_event {
    pub r#type: u8,
    pub update: xenfb_update,
    pub resize: xenfb_resize,
    pub pad: [u8; 40],
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
    pub pad: [u8; 40],
}

/// `union xenkbd_out_event` (io/kbdif.h:515)
#[repr(C)]
#[derive(Clone, Copy)]
pub union xenkbd_out_event {
    pub r#type: u8,
    pub pad: [u8; 40],
}

/// `xen_uuid_t` (xen.h:992)
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_uuid_t {
    pub a: [u8; 16],
}

crate::plain!(
    __guest_handle_64_callback_register_t,
    __guest_handle_64_callback_unregister_t,
    __guest_handle_64_char,
    __guest_handle_64_const_callback_register_t,
    __guest_handle_64_const_callback_unregister_t,
    __guest_handle_64_const_char,
    __guest_handle_64_const_evtchn_op_t,
    __guest_handle_64_const_evtchn_port_t,
    __guest_handle_64_const_gnttab_cache_flush_t,
    __guest_handle_64_const_gnttab_copy_t,
    __guest_handle_64_const_gnttab_dump_table_t,
    __guest_handle_64_const_gnttab_get_status_frames_t,
    __guest_handle_64_const_gnttab_get_version_t,
    __guest_handle_64_const_gnttab_map_grant_ref_t,
    __guest_handle_64_const_gnttab_query_size_t,
    __guest_handle_64_const_gnttab_set_version_t,
    __guest_handle_64_const_gnttab_setup_table_t,
    __guest_handle_64_const_gnttab_swap_grant_ref_t,
    __guest_handle_64_const_gnttab_transfer_t,
    __guest_handle_64_const_gnttab_unmap_and_replace_t,
    __guest_handle_64_const_gnttab_unmap_grant_ref_t,
    __guest_handle_64_const_int,
    __guest_handle_64_const_mmu_update_t,
    __guest_handle_64_const_mmuext_op_t,
    __guest_handle_64_const_multicall_entry_t,
    __guest_handle_64_const_physdev_apic_t,
    __guest_handle_64_const_physdev_dbgp_op_t,
    __guest_handle_64_const_physdev_eoi_t,
    __guest_handle_64_const_physdev_get_free_pirq_t,
    __guest_handle_64_const_physdev_irq_status_query_t,
    __guest_handle_64_const_physdev_irq_t,
    __guest_handle_64_const_physdev_manage_pci_ext_t,
    __guest_handle_64_const_physdev_manage_pci_t,
    __guest_handle_64_const_physdev_map_pirq_t,
    __guest_handle_64_const_physdev_op_t,
    __guest_handle_64_const_physdev_pci_device_add_t,
    __guest_handle_64_const_physdev_pci_device_t,
    __guest_handle_64_const_physdev_pci_mmcfg_reserved_t,
    __guest_handle_64_const_physdev_pirq_eoi_gmfn_t,
    __guest_handle_64_const_physdev_restore_msi_t,
    __guest_handle_64_const_physdev_set_iobitmap_t,
    __guest_handle_64_const_physdev_set_iopl_t,
    __guest_handle_64_const_physdev_setup_gsi_t,
    __guest_handle_64_const_physdev_unmap_pirq_t,
    __guest_handle_64_const_sched_pin_override_t,
    __guest_handle_64_const_sched_poll_t,
    __guest_handle_64_const_sched_remote_shutdown_t,
    __guest_handle_64_const_sched_shutdown_t,
    __guest_handle_64_const_sched_watchdog_t,
    __guest_handle_64_const_tmem_op_t,
    __guest_handle_64_const_uchar,
    __guest_handle_64_const_uint,
    __guest_handle_64_const_uint16,
    __guest_handle_64_const_uint32,
    __guest_handle_64_const_uint64,
    __guest_handle_64_const_uint64_t,
    __guest_handle_64_const_uint8,
    __guest_handle_64_const_vcpu_get_physid_t,
    __guest_handle_64_const_vcpu_hvm_context_t,
    __guest_handle_64_const_vcpu_register_runstate_memory_area_t,
    __guest_handle_64_const_vcpu_register_time_memory_area_t,
    __guest_handle_64_const_vcpu_register_vcpu_info_t,
    __guest_handle_64_const_vcpu_runstate_info_t,
    __guest_handle_64_const_vcpu_set_periodic_timer_t,
    __guest_handle_64_const_vcpu_set_singleshot_timer_t,
    __guest_handle_64_const_vcpu_time_info_t,
    __guest_handle_64_const_void,
    __guest_handle_64_const_xen_add_to_physmap_batch_t,
    __guest_handle_64_const_xen_add_to_physmap_t,
    __guest_handle_64_const_xen_dm_op_buf_t,
    __guest_handle_64_const_xen_flask_op_t,
    __guest_handle_64_const_xen_foreign_memory_map_t,
    __guest_handle_64_const_xen_hvm_altp2m_change_gfn_t,
    __guest_handle_64_const_xen_hvm_altp2m_domain_state_t,
    __guest_handle_64_const_xen_hvm_altp2m_mem_access_t,
    __guest_handle_64_const_xen_hvm_altp2m_op_t,
    __guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t,
    __guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t,
    __guest_handle_64_const_xen_hvm_altp2m_view_t,
    __guest_handle_64_const_xen_hvm_get_mem_type_t,
    __guest_handle_64_const_xen_hvm_get_time_t,
    __guest_handle_64_const_xen_hvm_pagetable_dying_t,
    __guest_handle_64_const_xen_hvm_param_t,
    __guest_handle_64_const_xen_hvm_xentrace_t,
    __guest_handle_64_const_xen_kexec_load_t,
    __guest_handle_64_const_xen_kexec_segment_t,
    __guest_handle_64_const_xen_kexec_status_t,
    __guest_handle_64_const_xen_kexec_unload_t,
    __guest_handle_64_const_xen_machphys_mapping_t,
    __guest_handle_64_const_xen_machphys_mfn_list_t,
    __guest_handle_64_const_xen_mem_acquire_resource_t,
    __guest_handle_64_const_xen_memory_exchange_t,
    __guest_handle_64_const_xen_memory_map_t,
    __guest_handle_64_const_xen_memory_reservation_t,
    __guest_handle_64_const_xen_pfn_t,
    __guest_handle_64_const_xen_platform_op_t,
    __guest_handle_64_const_xen_pmu_params_t,
    __guest_handle_64_const_xen_processor_csd_t,
    __guest_handle_64_const_xen_processor_cx_t,
    __guest_handle_64_const_xen_processor_performance_t,
    __guest_handle_64_const_xen_processor_px_t,
    __guest_handle_64_const_xen_remove_from_physmap_t,
    __guest_handle_64_const_xen_tmem_oid_t,
    __guest_handle_64_const_xen_ulong_t,
    __guest_handle_64_const_xen_vmemrange_t,
    __guest_handle_64_const_xen_vnuma_topology_info_t,
    __guest_handle_64_const_xennmi_callback_t,
    __guest_handle_64_const_xenoprof_buf_t,
    __guest_handle_64_const_xenoprof_counter_t,
    __guest_handle_64_const_xenoprof_get_buffer_t,
    __guest_handle_64_const_xenoprof_ibs_counter_t,
    __guest_handle_64_const_xenoprof_init_t,
    __guest_handle_64_const_xenoprof_passive_t,
    __guest_handle_64_const_xenpf_add_memtype_t,
    __guest_handle_64_const_xenpf_change_freq_t,
    __guest_handle_64_const_xenpf_core_parking_t,
    __guest_handle_64_const_xenpf_cpu_ol_t,
    __guest_handle_64_const_xenpf_del_memtype_t,
    __guest_handle_64_const_xenpf_dom0_console_t,
    __guest_handle_64_const_xenpf_efi_runtime_call_t,
    __guest_handle_64_const_xenpf_enter_acpi_sleep_t,
    __guest_handle_64_const_xenpf_firmware_info_t,
    __guest_handle_64_const_xenpf_getidletime_t,
    __guest_handle_64_const_xenpf_microcode_update2_t,
    __guest_handle_64_const_xenpf_microcode_update_t,
    __guest_handle_64_const_xenpf_pcpu_version_t,
    __guest_handle_64_const_xenpf_pcpuinfo_t,
    __guest_handle_64_const_xenpf_platform_quirk_t,
    __guest_handle_64_const_xenpf_read_memtype_t,
    __guest_handle_64_const_xenpf_resource_entry_t,
    __guest_handle_64_const_xenpf_resource_op_t,
    __guest_handle_64_const_xenpf_set_processor_pminfo_t,
    __guest_handle_64_const_xenpf_settime_t,
    __guest_handle_64_const_xenpf_symdata_t,
    __guest_handle_64_const_xenpf_ucode_revision_t,
    __guest_handle_64_evtchn_op_t,
    __guest_handle_64_evtchn_port_t,
    __guest_handle_64_gnttab_cache_flush_t,
    __guest_handle_64_gnttab_copy_t,
    __guest_handle_64_gnttab_dump_table_t,
    __guest_handle_64_gnttab_get_status_frames_t,
    __guest_handle_64_gnttab_get_version_t,
    __guest_handle_64_gnttab_map_grant_ref_t,
    __guest_handle_64_gnttab_query_size_t,
    __guest_handle_64_gnttab_set_version_t,
    __guest_handle_64_gnttab_setup_table_t,
    __guest_handle_64_gnttab_swap_grant_ref_t,
    __guest_handle_64_gnttab_transfer_t,
    __guest_handle_64_gnttab_unmap_and_replace_t,
    __guest_handle_64_gnttab_unmap_grant_ref_t,
    __guest_handle_64_int,
    __guest_handle_64_mmu_update_t,
    __guest_handle_64_mmuext_op_t,
    __guest_handle_64_multicall_entry_t,
    __guest_handle_64_physdev_apic_t,
    __guest_handle_64_physdev_dbgp_op_t,
    __guest_handle_64_physdev_eoi_t,
    __guest_handle_64_physdev_get_free_pirq_t,
    __guest_handle_64_physdev_irq_status_query_t,
    __guest_handle_64_physdev_irq_t,
    __guest_handle_64_physdev_manage_pci_ext_t,
    __guest_handle_64_physdev_manage_pci_t,
    __guest_handle_64_physdev_map_pirq_t,
    __guest_handle_64_physdev_op_t,
    __guest_handle_64_physdev_pci_device_add_t,
    __guest_handle_64_physdev_pci_device_t,
    __guest_handle_64_physdev_pci_mmcfg_reserved_t,
    __guest_handle_64_physdev_pirq_eoi_gmfn_t,
    __guest_handle_64_physdev_restore_msi_t,
    __guest_handle_64_physdev_set_iobitmap_t,
    __guest_handle_64_physdev_set_iopl_t,
    __guest_handle_64_physdev_setup_gsi_t,
    __guest_handle_64_physdev_unmap_pirq_t,
    __guest_handle_64_sched_pin_override_t,
    __guest_handle_64_sched_poll_t,
    __guest_handle_64_sched_remote_shutdown_t,
    __guest_handle_64_sched_shutdown_t,
    __guest_handle_64_sched_watchdog_t,
    __guest_handle_64_tmem_op_t,
    __guest_handle_64_uchar,
    __guest_handle_64_uint,
    __guest_handle_64_uint16,
    __guest_handle_64_uint32,
    __guest_handle_64_uint64,
    __guest_handle_64_uint64_t,
    __guest_handle_64_uint8,
    __guest_handle_64_vcpu_get_physid_t,
    __guest_handle_64_vcpu_hvm_context_t,
    __guest_handle_64_vcpu_register_runstate_memory_area_t,
    __guest_handle_64_vcpu_register_time_memory_area_t,
    __guest_handle_64_vcpu_register_vcpu_info_t,
    __guest_handle_64_vcpu_runstate_info_t,
    __guest_handle_64_vcpu_set_periodic_timer_t,
    __guest_handle_64_vcpu_set_singleshot_timer_t,
    __guest_handle_64_vcpu_time_info_t,
    __guest_handle_64_void,
    __guest_handle_64_xen_add_to_physmap_batch_t,
    __guest_handle_64_xen_add_to_physmap_t,
    __guest_handle_64_xen_dm_op_buf_t,
    __guest_handle_64_xen_flask_op_t,
    __guest_handle_64_xen_foreign_memory_map_t,
    __guest_handle_64_xen_hvm_altp2m_change_gfn_t,
    __guest_handle_64_xen_hvm_altp2m_domain_state_t,
    __guest_handle_64_xen_hvm_altp2m_mem_access_t,
    __guest_handle_64_xen_hvm_altp2m_op_t,
    __guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t,
    __guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t,
    __guest_handle_64_xen_hvm_altp2m_view_t,
    __guest_handle_64_xen_hvm_get_mem_type_t,
    __guest_handle_64_xen_hvm_get_time_t,
    __guest_handle_64_xen_hvm_pagetable_dying_t,
    __guest_handle_64_xen_hvm_param_t,
    __guest_handle_64_xen_hvm_xentrace_t,
    __guest_handle_64_xen_kexec_load_t,
    __guest_handle_64_xen_kexec_segment_t,
    __guest_handle_64_xen_kexec_status_t,
    __guest_handle_64_xen_kexec_unload_t,
    __guest_handle_64_xen_machphys_mapping_t,
    __guest_handle_64_xen_machphys_mfn_list_t,
    __guest_handle_64_xen_mem_acquire_resource_t,
    __guest_handle_64_xen_memory_exchange_t,
    __guest_handle_64_xen_memory_map_t,
    __guest_handle_64_xen_memory_reservation_t,
    __guest_handle_64_xen_pfn_t,
    __guest_handle_64_xen_platform_op_t,
    __guest_handle_64_xen_pmu_params_t,
    __guest_handle_64_xen_processor_csd_t,
    __guest_handle_64_xen_processor_cx_t,
    __guest_handle_64_xen_processor_performance_t,
    __guest_handle_64_xen_processor_px_t,
    __guest_handle_64_xen_remove_from_physmap_t,
    __guest_handle_64_xen_tmem_oid_t,
    __guest_handle_64_xen_ulong_t,
    __guest_handle_64_xen_vmemrange_t,
    __guest_handle_64_xen_vnuma_topology_info_t,
    __guest_handle_64_xennmi_callback_t,
    __guest_handle_64_xenoprof_buf_t,
    __guest_handle_64_xenoprof_counter_t,
    __guest_handle_64_xenoprof_get_buffer_t,
    __guest_handle_64_xenoprof_ibs_counter_t,
    __guest_handle_64_xenoprof_init_t,
    __guest_handle_64_xenoprof_passive_t,
    __guest_handle_64_xenpf_add_memtype_t,
    __guest_handle_64_xenpf_change_freq_t,
    __guest_handle_64_xenpf_core_parking_t,
    __guest_handle_64_xenpf_cpu_ol_t,
    __guest_handle_64_xenpf_del_memtype_t,
    __guest_handle_64_xenpf_dom0_console_t,
    __guest_handle_64_xenpf_efi_runtime_call_t,
    __guest_handle_64_xenpf_enter_acpi_sleep_t,
    __guest_handle_64_xenpf_firmware_info_t,
    __guest_handle_64_xenpf_getidletime_t,
    __guest_handle_64_xenpf_microcode_update2_t,
    __guest_handle_64_xenpf_microcode_update_t,
    __guest_handle_64_xenpf_pcpu_version_t,
    __guest_handle_64_xenpf_pcpuinfo_t,
    __guest_handle_64_xenpf_platform_quirk_t,
    __guest_handle_64_xenpf_read_memtype_t,
    __guest_handle_64_xenpf_resource_entry_t,
    __guest_handle_64_xenpf_resource_op_t,
    __guest_handle_64_xenpf_set_processor_pminfo_t,
    __guest_handle_64_xenpf_settime_t,
    __guest_handle_64_xenpf_symdata_t,
    __guest_handle_64_xenpf_ucode_revision_t,
    __guest_handle_callback_register_t,
    __guest_handle_callback_unregister_t,
    __guest_handle_char,
    __guest_handle_const_callback_register_t,
    __guest_handle_const_callback_unregister_t,
    __guest_handle_const_char,
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
    __guest_handle_const_uchar,
    __guest_handle_const_uint,
    __guest_handle_const_uint16,
    __guest_handle_const_uint32,
    __guest_handle_const_uint64,
    __guest_handle_const_uint64_t,
    __guest_handle_const_uint8,
    __guest_handle_const_vcpu_get_physid_t,
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
    __guest_handle_const_xen_mem_acquire_resource_t,
    __guest_handle_const_xen_memory_exchange_t,
    __guest_handle_const_xen_memory_map_t,
    __guest_handle_const_xen_memory_reservation_t,
    __guest_handle_const_xen_pfn_t,
    __guest_handle_const_xen_platform_op_t,
    __guest_handle_const_xen_pmu_params_t,
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
    __guest_handle_uchar,
    __guest_handle_uint,
    __guest_handle_uint16,
    __guest_handle_uint32,
    __guest_handle_uint64,
    __guest_handle_uint64_t,
    __guest_handle_uint8,
    __guest_handle_vcpu_get_physid_t,
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
    __guest_handle_xen_mem_acquire_resource_t,
    __guest_handle_xen_memory_exchange_t,
    __guest_handle_xen_memory_map_t,
    __guest_handle_xen_memory_reservation_t,
    __guest_handle_xen_pfn_t,
    __guest_handle_xen_platform_op_t,
    __guest_handle_xen_pmu_params_t,
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
    callback_register,
    callback_unregister,
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
    hvm_save_end,
    __HVM_SAVE_TYPE_END,
    _xen_pvcalls_accept,
    _xen_pvcalls_bind,
    _xen_pvcalls_connect,
    _xen_pvcalls_dummy,
    _xen_pvcalls_listen,
    _xen_pvcalls_poll,
    _xen_pvcalls_release,
    _xen_pvcalls_socket,
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
    hvm_info_table,
    hvm_save_descriptor,
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
    xen_mem_acquire_resource,
    xen_memory_domain,
    xen_memory_reservation,
    xen_memory_exchange,
    xen_msix_entry,
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
    xen_pmu_arch,
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
pub const EVTCHN_2L_NR_CHANNELS: u64 = 4096;
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
/// hvm/params.h:59
pub const HVM_PARAM_CALLBACK_TYPE_PPI: u64 = 2;
/// hvm/params.h:70
pub const HVM_PARAM_CALLBACK_TYPE_PPI_FLAG_LOW_LEVEL: u64 = 2;
/// hvm/params.h:69
pub const HVM_PARAM_CALLBACK_TYPE_PPI_FLAG_MASK: u64 = 65280;
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
/// xenoprof.h:43
pub const MAX_OPROF_DOMAINS: u64 = 25;
/// xenoprof.h:42
pub const MAX_OPROF_EVENTS: u64 = 32;
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
/// arch-arm/smccc.h:33
pub const SSSC_SMCCC_MAJOR_REVISION: u64 = 0;
/// arch-arm/smccc.h:34
pub const SSSC_SMCCC_MINOR_REVISION: u64 = 1;
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
pub const TRC_SCHED_EVT_MASK: u64 = 18446744073709548031;
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
pub const XENCOMM_INVALID: u64 = 18446744073709551615;
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
/// hvm/params.h:291
pub const XEN_HVM_MCA_CAP_LMCE: u64 = 1;
/// hvm/params.h:292
pub const XEN_HVM_MCA_CAP_MASK: u64 = 1;
/// arch-arm.h:180
pub const XEN_HYPERCALL_TAG: u64 = 3745;
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
/// arch-arm.h:224
pub const XEN_LEGACY_MAX_VCPUS: u64 = 1;
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
/// arch-arm/smccc.h:25
pub const XEN_SMCCC_MAJOR_REVISION: u64 = 0;
/// arch-arm/smccc.h:26
pub const XEN_SMCCC_MINOR_REVISION: u64 = 1;
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
/// physdev.h:68
pub const _XENIRQSTAT_needs_eoi: u64 = 0;
/// physdev.h:72
pub const _XENIRQSTAT_shared: u64 = 1;
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
    /// `__HYPERVISOR_argo_op` (xen.h:117)
    pub const argo_op: Hypercall = Hypercall(39);
    /// `__HYPERVISOR_console_io` (xen.h:96)
    pub const console_io: Hypercall = Hypercall(18);
    /// `__HYPERVISOR_dm_op` (xen.h:119)
    pub const dm_op: Hypercall = Hypercall(41);
    /// `__HYPERVISOR_domctl` (xen.h:114)
    pub const domctl: Hypercall = Hypercall(36);
    /// `__HYPERVISOR_event_channel_op` (xen.h:110)
    pub const event_channel_op: Hypercall = Hypercall(32);
    /// `__HYPERVISOR_grant_table_op` (xen.h:98)
    pub const grant_table_op: Hypercall = Hypercall(20);
    /// `__HYPERVISOR_hvm_op` (xen.h:112)
    pub const hvm_op: Hypercall = Hypercall(34);
    /// `__HYPERVISOR_hypfs_op` (xen.h:120)
    pub const hypfs_op: Hypercall = Hypercall(42);
    /// `__HYPERVISOR_memory_op` (xen.h:90)
    pub const memory_op: Hypercall = Hypercall(12);
    /// `__HYPERVISOR_multicall` (xen.h:91)
    pub const multicall: Hypercall = Hypercall(13);
    /// `__HYPERVISOR_physdev_op` (xen.h:111)
    pub const physdev_op: Hypercall = Hypercall(33);
    /// `__HYPERVISOR_platform_op` (xen.h:86)
    pub const platform_op: Hypercall = Hypercall(7);
    /// `__HYPERVISOR_sched_op` (xen.h:107)
    pub const sched_op: Hypercall = Hypercall(29);
    /// `__HYPERVISOR_sysctl` (xen.h:113)
    pub const sysctl: Hypercall = Hypercall(35);
    /// `__HYPERVISOR_vcpu_op` (xen.h:102)
    pub const vcpu_op: Hypercall = Hypercall(24);
    /// `__HYPERVISOR_vm_assist` (xen.h:99)
    pub const vm_assist: Hypercall = Hypercall(21);
    /// `__HYPERVISOR_xen_version` (xen.h:95)
    pub const xen_version: Hypercall = Hypercall(17);
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
        /// `VCPUOP_initialise` (vcpu.h:32), argument none
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
/// catalogue has them for arm64. Exact on arm64 itself and on every
/// 64-bit target (i386's 4-aligned 64-bit members are spelled out as `U64Align4`).
#[cfg(any(target_pointer_width = "64", target_arch = "aarch64"))]
const _: () = {
    use core::mem::{align_of as al, size_of as sz};
    assert!(sz::<RING_IDX>()==4&&al::<RING_IDX>()==4, "RING_IDX");
    assert!(sz::<TPMIF_RING_IDX>()==4&&al::<TPMIF_RING_IDX>()==4, "TPMIF_RING_IDX");
    assert!(sz::<XENCONS_RING_IDX>()==4&&al::<XENCONS_RING_IDX>()==4, "XENCONS_RING_IDX");
    assert!(sz::<XENSTORE_RING_IDX>()==4&&al::<XENSTORE_RING_IDX>()==4, "XENSTORE_RING_IDX");
    assert!(sz::<XenbusState>()==4&&al::<XenbusState>()==4, "XenbusState");
    assert!(sz::<arch_shared_info_t>()==0&&al::<arch_shared_info_t>()==1, "arch_shared_info_t");
    assert!(sz::<arch_vcpu_info_t>()==0&&al::<arch_vcpu_info_t>()==1, "arch_vcpu_info_t");
    assert!(sz::<blkif_back_ring_t>()==24&&al::<blkif_back_ring_t>()==8, "blkif_back_ring_t");
    assert!(sz::<blkif_front_ring_t>()==24&&al::<blkif_front_ring_t>()==8, "blkif_front_ring_t");
    assert!(sz::<blkif_request_discard_t>()==32&&al::<blkif_request_discard_t>()==8, "blkif_request_discard_t");
    assert!(sz::<grant_ref_t>()==4&&al::<grant_ref_t>()==4, "grant_ref_t");
    assert!(sz::<blkif_request_indirect_t>()==64&&al::<blkif_request_indirect_t>()==8, "blkif_request_indirect_t");
    assert!(sz::<blkif_request_t>()==112&&al::<blkif_request_t>()==8, "blkif_request_t");
    assert!(sz::<blkif_response_t>()==16&&al::<blkif_response_t>()==8, "blkif_response_t");
    assert!(sz::<buf_ioreq_t>()==8&&al::<buf_ioreq_t>()==4, "buf_ioreq_t");
    assert!(sz::<buffered_iopage_t>()==4096&&al::<buffered_iopage_t>()==4, "buffered_iopage_t");
    assert!(sz::<xen_callback_t>()==8&&al::<xen_callback_t>()==8, "xen_callback_t");
    assert!(sz::<callback_register_t>()==16&&al::<callback_register_t>()==8, "callback_register_t");
    assert!(sz::<callback_unregister_t>()==4&&al::<callback_unregister_t>()==2, "callback_unregister_t");
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
    assert!(sz::<evtchn_expand_array_t>()==8&&al::<evtchn_expand_array_t>()==8, "evtchn_expand_array_t");
    assert!(sz::<evtchn_fifo_control_block_t>()==72&&al::<evtchn_fifo_control_block_t>()==4, "evtchn_fifo_control_block_t");
    assert!(sz::<evtchn_init_control_t>()==24&&al::<evtchn_init_control_t>()==8, "evtchn_init_control_t");
    assert!(sz::<evtchn_send_t>()==4&&al::<evtchn_send_t>()==4, "evtchn_send_t");
    assert!(sz::<evtchn_status_t>()==24&&al::<evtchn_status_t>()==4, "evtchn_status_t");
    assert!(sz::<evtchn_unmask_t>()==4&&al::<evtchn_unmask_t>()==4, "evtchn_unmask_t");
    assert!(sz::<evtchn_op_t>()==28&&al::<evtchn_op_t>()==4, "evtchn_op_t");
    assert!(sz::<evtchn_reset_t>()==2&&al::<evtchn_reset_t>()==2, "evtchn_reset_t");
    assert!(sz::<evtchn_set_priority_t>()==8&&al::<evtchn_set_priority_t>()==4, "evtchn_set_priority_t");
    assert!(sz::<fsif_back_ring_t>()==24&&al::<fsif_back_ring_t>()==8, "fsif_back_ring_t");
    assert!(sz::<fsif_front_ring_t>()==24&&al::<fsif_front_ring_t>()==8, "fsif_front_ring_t");
    assert!(sz::<fsif_response_t>()==56&&al::<fsif_response_t>()==8, "fsif_response_t");
    assert!(sz::<gnttab_cache_flush_t>()==16&&al::<gnttab_cache_flush_t>()==8, "gnttab_cache_flush_t");
    assert!(sz::<xen_pfn_t>()==8&&al::<xen_pfn_t>()==8, "xen_pfn_t");
    assert!(sz::<gnttab_copy_t>()==40&&al::<gnttab_copy_t>()==8, "gnttab_copy_t");
    assert!(sz::<gnttab_dump_table_t>()==4&&al::<gnttab_dump_table_t>()==2, "gnttab_dump_table_t");
    assert!(sz::<gnttab_get_status_frames_t>()==16&&al::<gnttab_get_status_frames_t>()==8, "gnttab_get_status_frames_t");
    assert!(sz::<gnttab_get_version_t>()==8&&al::<gnttab_get_version_t>()==4, "gnttab_get_version_t");
    assert!(sz::<grant_handle_t>()==4&&al::<grant_handle_t>()==4, "grant_handle_t");
    assert!(sz::<gnttab_map_grant_ref_t>()==32&&al::<gnttab_map_grant_ref_t>()==8, "gnttab_map_grant_ref_t");
    assert!(sz::<gnttab_query_size_t>()==16&&al::<gnttab_query_size_t>()==4, "gnttab_query_size_t");
    assert!(sz::<gnttab_set_version_t>()==4&&al::<gnttab_set_version_t>()==4, "gnttab_set_version_t");
    assert!(sz::<gnttab_setup_table_t>()==24&&al::<gnttab_setup_table_t>()==8, "gnttab_setup_table_t");
    assert!(sz::<gnttab_swap_grant_ref_t>()==12&&al::<gnttab_swap_grant_ref_t>()==4, "gnttab_swap_grant_ref_t");
    assert!(sz::<gnttab_transfer_t>()==24&&al::<gnttab_transfer_t>()==8, "gnttab_transfer_t");
    assert!(sz::<gnttab_unmap_and_replace_t>()==24&&al::<gnttab_unmap_and_replace_t>()==8, "gnttab_unmap_and_replace_t");
    assert!(sz::<gnttab_unmap_grant_ref_t>()==24&&al::<gnttab_unmap_grant_ref_t>()==8, "gnttab_unmap_grant_ref_t");
    assert!(sz::<grant_entry_header_t>()==4&&al::<grant_entry_header_t>()==2, "grant_entry_header_t");
    assert!(sz::<grant_entry_v1_t>()==8&&al::<grant_entry_v1_t>()==4, "grant_entry_v1_t");
    assert!(sz::<grant_entry_v2_t>()==16&&al::<grant_entry_v2_t>()==8, "grant_entry_v2_t");
    assert!(sz::<grant_status_t>()==2&&al::<grant_status_t>()==2, "grant_status_t");
    assert!(sz::<ioreq_t>()==32&&al::<ioreq_t>()==8, "ioreq_t");
    assert!(sz::<ioservid_t>()==2&&al::<ioservid_t>()==2, "ioservid_t");
    assert!(sz::<mmu_update_t>()==16&&al::<mmu_update_t>()==8, "mmu_update_t");
    assert!(sz::<mmuext_op_t>()==24&&al::<mmuext_op_t>()==8, "mmuext_op_t");
    assert!(sz::<xen_ulong_t>()==8&&al::<xen_ulong_t>()==8, "xen_ulong_t");
    assert!(sz::<multicall_entry_t>()==64&&al::<multicall_entry_t>()==8, "multicall_entry_t");
    assert!(sz::<netif_extra_info_t>()==8&&al::<netif_extra_info_t>()==2, "netif_extra_info_t");
    assert!(sz::<netif_rx_back_ring_t>()==24&&al::<netif_rx_back_ring_t>()==8, "netif_rx_back_ring_t");
    assert!(sz::<netif_rx_front_ring_t>()==24&&al::<netif_rx_front_ring_t>()==8, "netif_rx_front_ring_t");
    assert!(sz::<netif_rx_request_t>()==8&&al::<netif_rx_request_t>()==4, "netif_rx_request_t");
    assert!(sz::<netif_rx_response_t>()==8&&al::<netif_rx_response_t>()==2, "netif_rx_response_t");
    assert!(sz::<netif_tx_back_ring_t>()==24&&al::<netif_tx_back_ring_t>()==8, "netif_tx_back_ring_t");
    assert!(sz::<netif_tx_front_ring_t>()==24&&al::<netif_tx_front_ring_t>()==8, "netif_tx_front_ring_t");
    assert!(sz::<netif_tx_request_t>()==12&&al::<netif_tx_request_t>()==4, "netif_tx_request_t");
    assert!(sz::<netif_tx_response_t>()==4&&al::<netif_tx_response_t>()==2, "netif_tx_response_t");
    assert!(sz::<physdev_apic_t>()==16&&al::<physdev_apic_t>()==8, "physdev_apic_t");
    assert!(sz::<physdev_pci_device_t>()==4&&al::<physdev_pci_device_t>()==2, "physdev_pci_device_t");
    assert!(sz::<physdev_dbgp_op_t>()==6&&al::<physdev_dbgp_op_t>()==2, "physdev_dbgp_op_t");
    assert!(sz::<physdev_eoi_t>()==4&&al::<physdev_eoi_t>()==4, "physdev_eoi_t");
    assert!(sz::<physdev_get_free_pirq_t>()==8&&al::<physdev_get_free_pirq_t>()==4, "physdev_get_free_pirq_t");
    assert!(sz::<physdev_irq_status_query_t>()==8&&al::<physdev_irq_status_query_t>()==4, "physdev_irq_status_query_t");
    assert!(sz::<physdev_irq_t>()==8&&al::<physdev_irq_t>()==4, "physdev_irq_t");
    assert!(sz::<physdev_manage_pci_t>()==2&&al::<physdev_manage_pci_t>()==1, "physdev_manage_pci_t");
    assert!(sz::<physdev_map_pirq_t>()==40&&al::<physdev_map_pirq_t>()==8, "physdev_map_pirq_t");
    assert!(sz::<physdev_set_iobitmap_t>()==16&&al::<physdev_set_iobitmap_t>()==8, "physdev_set_iobitmap_t");
    assert!(sz::<physdev_set_iopl_t>()==4&&al::<physdev_set_iopl_t>()==4, "physdev_set_iopl_t");
    assert!(sz::<physdev_op_t>()==24&&al::<physdev_op_t>()==8, "physdev_op_t");
    assert!(sz::<physdev_pci_device_add_t>()==12&&al::<physdev_pci_device_add_t>()==4, "physdev_pci_device_add_t");
    assert!(sz::<physdev_pci_mmcfg_reserved_t>()==16&&al::<physdev_pci_mmcfg_reserved_t>()==8, "physdev_pci_mmcfg_reserved_t");
    assert!(sz::<physdev_pirq_eoi_gmfn_t>()==8&&al::<physdev_pirq_eoi_gmfn_t>()==8, "physdev_pirq_eoi_gmfn_t");
    assert!(sz::<physdev_restore_msi_t>()==2&&al::<physdev_restore_msi_t>()==1, "physdev_restore_msi_t");
    assert!(sz::<physdev_setup_gsi_t>()==8&&al::<physdev_setup_gsi_t>()==4, "physdev_setup_gsi_t");
    assert!(sz::<physdev_unmap_pirq_t>()==8&&al::<physdev_unmap_pirq_t>()==4, "physdev_unmap_pirq_t");
    assert!(sz::<sched_pin_override_t>()==4&&al::<sched_pin_override_t>()==4, "sched_pin_override_t");
    assert!(sz::<sched_poll_t>()==24&&al::<sched_poll_t>()==8, "sched_poll_t");
    assert!(sz::<sched_remote_shutdown_t>()==8&&al::<sched_remote_shutdown_t>()==4, "sched_remote_shutdown_t");
    assert!(sz::<sched_shutdown_t>()==4&&al::<sched_shutdown_t>()==4, "sched_shutdown_t");
    assert!(sz::<sched_watchdog_t>()==8&&al::<sched_watchdog_t>()==4, "sched_watchdog_t");
    assert!(sz::<vcpu_time_info_t>()==32&&al::<vcpu_time_info_t>()==8, "vcpu_time_info_t");
    assert!(sz::<shared_info_t>()==1088&&al::<shared_info_t>()==8, "shared_info_t");
    assert!(sz::<shared_iopage_t>()==32&&al::<shared_iopage_t>()==8, "shared_iopage_t");
    assert!(sz::<xen_tmem_oid_t>()==24&&al::<xen_tmem_oid_t>()==8, "xen_tmem_oid_t");
    assert!(sz::<xen_vcpu_hvm_x86_32_t>()==120&&al::<xen_vcpu_hvm_x86_32_t>()==8, "xen_vcpu_hvm_x86_32_t");
    assert!(sz::<xen_vcpu_hvm_x86_64_t>()==112&&al::<xen_vcpu_hvm_x86_64_t>()==8, "xen_vcpu_hvm_x86_64_t");
    assert!(sz::<vscsiif_segment_t>()==8&&al::<vscsiif_segment_t>()==4, "vscsiif_segment_t");
    assert!(sz::<xen_argo_port_t>()==4&&al::<xen_argo_port_t>()==4, "xen_argo_port_t");
    assert!(sz::<xen_argo_addr_t>()==8&&al::<xen_argo_addr_t>()==4, "xen_argo_addr_t");
    assert!(sz::<xen_argo_ring_data_ent_t>()==20&&al::<xen_argo_ring_data_ent_t>()==4, "xen_argo_ring_data_ent_t");
    assert!(sz::<xen_dm_op_create_ioreq_server_t>()==6&&al::<xen_dm_op_create_ioreq_server_t>()==2, "xen_dm_op_create_ioreq_server_t");
    assert!(sz::<xen_dm_op_destroy_ioreq_server_t>()==4&&al::<xen_dm_op_destroy_ioreq_server_t>()==2, "xen_dm_op_destroy_ioreq_server_t");
    assert!(sz::<xen_dm_op_get_ioreq_server_info_t>()==24&&al::<xen_dm_op_get_ioreq_server_info_t>()==8, "xen_dm_op_get_ioreq_server_info_t");
    assert!(sz::<xen_dm_op_inject_event_t>()==24&&al::<xen_dm_op_inject_event_t>()==8, "xen_dm_op_inject_event_t");
    assert!(sz::<xen_dm_op_inject_msi_t>()==16&&al::<xen_dm_op_inject_msi_t>()==8, "xen_dm_op_inject_msi_t");
    assert!(sz::<xen_dm_op_ioreq_server_range_t>()==24&&al::<xen_dm_op_ioreq_server_range_t>()==8, "xen_dm_op_ioreq_server_range_t");
    assert!(sz::<xen_dm_op_map_mem_type_to_ioreq_server_t>()==16&&al::<xen_dm_op_map_mem_type_to_ioreq_server_t>()==8, "xen_dm_op_map_mem_type_to_ioreq_server_t");
    assert!(sz::<xen_dm_op_modified_memory_t>()==8&&al::<xen_dm_op_modified_memory_t>()==4, "xen_dm_op_modified_memory_t");
    assert!(sz::<xen_dm_op_nr_vcpus_t>()==4&&al::<xen_dm_op_nr_vcpus_t>()==4, "xen_dm_op_nr_vcpus_t");
    assert!(sz::<xen_dm_op_pin_memory_cacheattr_t>()==24&&al::<xen_dm_op_pin_memory_cacheattr_t>()==8, "xen_dm_op_pin_memory_cacheattr_t");
    assert!(sz::<xen_dm_op_relocate_memory_t>()==24&&al::<xen_dm_op_relocate_memory_t>()==8, "xen_dm_op_relocate_memory_t");
    assert!(sz::<xen_dm_op_remote_shutdown_t>()==4&&al::<xen_dm_op_remote_shutdown_t>()==4, "xen_dm_op_remote_shutdown_t");
    assert!(sz::<xen_dm_op_set_ioreq_server_state_t>()==4&&al::<xen_dm_op_set_ioreq_server_state_t>()==2, "xen_dm_op_set_ioreq_server_state_t");
    assert!(sz::<xen_dm_op_set_irq_level_t>()==8&&al::<xen_dm_op_set_irq_level_t>()==4, "xen_dm_op_set_irq_level_t");
    assert!(sz::<xen_dm_op_set_isa_irq_level_t>()==2&&al::<xen_dm_op_set_isa_irq_level_t>()==1, "xen_dm_op_set_isa_irq_level_t");
    assert!(sz::<xen_dm_op_set_mem_type_t>()==16&&al::<xen_dm_op_set_mem_type_t>()==8, "xen_dm_op_set_mem_type_t");
    assert!(sz::<xen_dm_op_set_pci_intx_level_t>()==6&&al::<xen_dm_op_set_pci_intx_level_t>()==2, "xen_dm_op_set_pci_intx_level_t");
    assert!(sz::<xen_dm_op_set_pci_link_route_t>()==2&&al::<xen_dm_op_set_pci_link_route_t>()==1, "xen_dm_op_set_pci_link_route_t");
    assert!(sz::<xen_dm_op_track_dirty_vram_t>()==16&&al::<xen_dm_op_track_dirty_vram_t>()==8, "xen_dm_op_track_dirty_vram_t");
    assert!(sz::<xen_flask_access_t>()==32&&al::<xen_flask_access_t>()==4, "xen_flask_access_t");
    assert!(sz::<xen_flask_boolean_t>()==24&&al::<xen_flask_boolean_t>()==8, "xen_flask_boolean_t");
    assert!(sz::<xen_flask_cache_stats_t>()==28&&al::<xen_flask_cache_stats_t>()==4, "xen_flask_cache_stats_t");
    assert!(sz::<xen_flask_devicetree_label_t>()==16&&al::<xen_flask_devicetree_label_t>()==8, "xen_flask_devicetree_label_t");
    assert!(sz::<xen_flask_hash_stats_t>()==16&&al::<xen_flask_hash_stats_t>()==4, "xen_flask_hash_stats_t");
    assert!(sz::<xen_flask_load_t>()==16&&al::<xen_flask_load_t>()==8, "xen_flask_load_t");
    assert!(sz::<xen_flask_ocontext_t>()==24&&al::<xen_flask_ocontext_t>()==8, "xen_flask_ocontext_t");
    assert!(sz::<xen_flask_peersid_t>()==8&&al::<xen_flask_peersid_t>()==4, "xen_flask_peersid_t");
    assert!(sz::<xen_flask_relabel_t>()==8&&al::<xen_flask_relabel_t>()==4, "xen_flask_relabel_t");
    assert!(sz::<xen_flask_setavc_threshold_t>()==4&&al::<xen_flask_setavc_threshold_t>()==4, "xen_flask_setavc_threshold_t");
    assert!(sz::<xen_flask_setenforce_t>()==4&&al::<xen_flask_setenforce_t>()==4, "xen_flask_setenforce_t");
    assert!(sz::<xen_flask_sid_context_t>()==16&&al::<xen_flask_sid_context_t>()==8, "xen_flask_sid_context_t");
    assert!(sz::<xen_flask_transition_t>()==16&&al::<xen_flask_transition_t>()==4, "xen_flask_transition_t");
    assert!(sz::<xen_hypfs_direntry_t>()==12&&al::<xen_hypfs_direntry_t>()==4, "xen_hypfs_direntry_t");
    assert!(sz::<xen_kexec_image_t>()==16&&al::<xen_kexec_image_t>()==8, "xen_kexec_image_t");
    assert!(sz::<xen_pmu_arch_t>()==1&&al::<xen_pmu_arch_t>()==1, "xen_pmu_arch_t");
    assert!(sz::<tmem_cli_va_t>()==8&&al::<tmem_cli_va_t>()==8, "tmem_cli_va_t");
    assert!(sz::<tmem_op_t>()==56&&al::<tmem_op_t>()==8, "tmem_op_t");
    assert!(sz::<tpmif_ring_t>()==16&&al::<tpmif_ring_t>()==8, "tpmif_ring_t");
    assert!(sz::<tpmif_shared_page_t>()==8&&al::<tpmif_shared_page_t>()==4, "tpmif_shared_page_t");
    assert!(sz::<tpmif_tx_interface_t>()==16&&al::<tpmif_tx_interface_t>()==8, "tpmif_tx_interface_t");
    assert!(sz::<tpmif_tx_request_t>()==16&&al::<tpmif_tx_request_t>()==8, "tpmif_tx_request_t");
    assert!(sz::<usbif_conn_back_ring_t>()==24&&al::<usbif_conn_back_ring_t>()==8, "usbif_conn_back_ring_t");
    assert!(sz::<usbif_conn_front_ring_t>()==24&&al::<usbif_conn_front_ring_t>()==8, "usbif_conn_front_ring_t");
    assert!(sz::<usbif_conn_request_t>()==2&&al::<usbif_conn_request_t>()==2, "usbif_conn_request_t");
    assert!(sz::<usbif_conn_response_t>()==4&&al::<usbif_conn_response_t>()==2, "usbif_conn_response_t");
    assert!(sz::<usbif_urb_back_ring_t>()==24&&al::<usbif_urb_back_ring_t>()==8, "usbif_urb_back_ring_t");
    assert!(sz::<usbif_urb_front_ring_t>()==24&&al::<usbif_urb_front_ring_t>()==8, "usbif_urb_front_ring_t");
    assert!(sz::<usbif_urb_request_t>()==148&&al::<usbif_urb_request_t>()==4, "usbif_urb_request_t");
    assert!(sz::<usbif_urb_response_t>()==16&&al::<usbif_urb_response_t>()==4, "usbif_urb_response_t");
    assert!(sz::<vcpu_get_physid_t>()==8&&al::<vcpu_get_physid_t>()==8, "vcpu_get_physid_t");
    assert!(sz::<vcpu_hvm_context_t>()==128&&al::<vcpu_hvm_context_t>()==8, "vcpu_hvm_context_t");
    assert!(sz::<vcpu_info_t>()==48&&al::<vcpu_info_t>()==8, "vcpu_info_t");
    assert!(sz::<vcpu_register_runstate_memory_area_t>()==8&&al::<vcpu_register_runstate_memory_area_t>()==8, "vcpu_register_runstate_memory_area_t");
    assert!(sz::<vcpu_register_time_memory_area_t>()==8&&al::<vcpu_register_time_memory_area_t>()==8, "vcpu_register_time_memory_area_t");
    assert!(sz::<vcpu_register_vcpu_info_t>()==16&&al::<vcpu_register_vcpu_info_t>()==8, "vcpu_register_vcpu_info_t");
    assert!(sz::<vcpu_runstate_info_t>()==48&&al::<vcpu_runstate_info_t>()==8, "vcpu_runstate_info_t");
    assert!(sz::<vcpu_set_periodic_timer_t>()==8&&al::<vcpu_set_periodic_timer_t>()==8, "vcpu_set_periodic_timer_t");
    assert!(sz::<vcpu_set_singleshot_timer_t>()==16&&al::<vcpu_set_singleshot_timer_t>()==8, "vcpu_set_singleshot_timer_t");
    assert!(sz::<vscsiif_back_ring_t>()==24&&al::<vscsiif_back_ring_t>()==8, "vscsiif_back_ring_t");
    assert!(sz::<vscsiif_front_ring_t>()==24&&al::<vscsiif_front_ring_t>()==8, "vscsiif_front_ring_t");
    assert!(sz::<vscsiif_request_t>()==252&&al::<vscsiif_request_t>()==4, "vscsiif_request_t");
    assert!(sz::<vscsiif_response_t>()==252&&al::<vscsiif_response_t>()==4, "vscsiif_response_t");
    assert!(sz::<vscsiif_sg_list_t>()==252&&al::<vscsiif_sg_list_t>()==4, "vscsiif_sg_list_t");
    assert!(sz::<xen_add_to_physmap_batch_t>()==32&&al::<xen_add_to_physmap_batch_t>()==8, "xen_add_to_physmap_batch_t");
    assert!(sz::<xen_add_to_physmap_t>()==24&&al::<xen_add_to_physmap_t>()==8, "xen_add_to_physmap_t");
    assert!(sz::<xen_argo_gfn_t>()==8&&al::<xen_argo_gfn_t>()==8, "xen_argo_gfn_t");
    assert!(sz::<xen_argo_iov_t>()==16&&al::<xen_argo_iov_t>()==8, "xen_argo_iov_t");
    assert!(sz::<xen_argo_register_ring_t>()==12&&al::<xen_argo_register_ring_t>()==4, "xen_argo_register_ring_t");
    assert!(sz::<xen_argo_ring_data_t>()==8&&al::<xen_argo_ring_data_t>()==4, "xen_argo_ring_data_t");
    assert!(sz::<xen_argo_ring_t>()==64&&al::<xen_argo_ring_t>()==4, "xen_argo_ring_t");
    assert!(sz::<xen_argo_send_addr_t>()==16&&al::<xen_argo_send_addr_t>()==4, "xen_argo_send_addr_t");
    assert!(sz::<xen_argo_unregister_ring_t>()==8&&al::<xen_argo_unregister_ring_t>()==4, "xen_argo_unregister_ring_t");
    assert!(sz::<xen_build_id_t>()==4&&al::<xen_build_id_t>()==4, "xen_build_id_t");
    assert!(sz::<xen_cameraif_back_ring_t>()==24&&al::<xen_cameraif_back_ring_t>()==8, "xen_cameraif_back_ring_t");
    assert!(sz::<xen_cameraif_front_ring_t>()==24&&al::<xen_cameraif_front_ring_t>()==8, "xen_cameraif_front_ring_t");
    assert!(sz::<xen_capabilities_info_t>()==1024&&al::<xen_capabilities_info_t>()==1, "xen_capabilities_info_t");
    assert!(sz::<xen_changeset_info_t>()==64&&al::<xen_changeset_info_t>()==1, "xen_changeset_info_t");
    assert!(sz::<xen_commandline_t>()==1024&&al::<xen_commandline_t>()==1, "xen_commandline_t");
    assert!(sz::<xen_compile_info_t>()==144&&al::<xen_compile_info_t>()==1, "xen_compile_info_t");
    assert!(sz::<xen_displif_back_ring_t>()==24&&al::<xen_displif_back_ring_t>()==8, "xen_displif_back_ring_t");
    assert!(sz::<xen_displif_front_ring_t>()==24&&al::<xen_displif_front_ring_t>()==8, "xen_displif_front_ring_t");
    assert!(sz::<xen_dm_op_buf_t>()==16&&al::<xen_dm_op_buf_t>()==8, "xen_dm_op_buf_t");
    assert!(sz::<xen_domain_handle_t>()==16&&al::<xen_domain_handle_t>()==1, "xen_domain_handle_t");
    assert!(sz::<xen_extraversion_t>()==16&&al::<xen_extraversion_t>()==1, "xen_extraversion_t");
    assert!(sz::<xen_flask_op_t>()==40&&al::<xen_flask_op_t>()==8, "xen_flask_op_t");
    assert!(sz::<xen_foreign_memory_map_t>()==24&&al::<xen_foreign_memory_map_t>()==8, "xen_foreign_memory_map_t");
    assert!(sz::<xen_hvm_altp2m_change_gfn_t>()==24&&al::<xen_hvm_altp2m_change_gfn_t>()==8, "xen_hvm_altp2m_change_gfn_t");
    assert!(sz::<xen_hvm_altp2m_domain_state_t>()==1&&al::<xen_hvm_altp2m_domain_state_t>()==1, "xen_hvm_altp2m_domain_state_t");
    assert!(sz::<xen_hvm_altp2m_mem_access_t>()==16&&al::<xen_hvm_altp2m_mem_access_t>()==8, "xen_hvm_altp2m_mem_access_t");
    assert!(sz::<xen_hvm_altp2m_op_t>()==80&&al::<xen_hvm_altp2m_op_t>()==8, "xen_hvm_altp2m_op_t");
    assert!(sz::<xen_hvm_altp2m_vcpu_disable_notify_t>()==4&&al::<xen_hvm_altp2m_vcpu_disable_notify_t>()==4, "xen_hvm_altp2m_vcpu_disable_notify_t");
    assert!(sz::<xen_hvm_altp2m_vcpu_enable_notify_t>()==16&&al::<xen_hvm_altp2m_vcpu_enable_notify_t>()==8, "xen_hvm_altp2m_vcpu_enable_notify_t");
    assert!(sz::<xen_hvm_altp2m_view_t>()==4&&al::<xen_hvm_altp2m_view_t>()==2, "xen_hvm_altp2m_view_t");
    assert!(sz::<xen_hvm_get_mem_type_t>()==16&&al::<xen_hvm_get_mem_type_t>()==8, "xen_hvm_get_mem_type_t");
    assert!(sz::<xen_hvm_get_time_t>()==8&&al::<xen_hvm_get_time_t>()==8, "xen_hvm_get_time_t");
    assert!(sz::<xen_hvm_pagetable_dying_t>()==16&&al::<xen_hvm_pagetable_dying_t>()==8, "xen_hvm_pagetable_dying_t");
    assert!(sz::<xen_hvm_param_t>()==16&&al::<xen_hvm_param_t>()==8, "xen_hvm_param_t");
    assert!(sz::<xen_hvm_xentrace_t>()==32&&al::<xen_hvm_xentrace_t>()==2, "xen_hvm_xentrace_t");
    assert!(sz::<xen_kexec_exec_t>()==4&&al::<xen_kexec_exec_t>()==4, "xen_kexec_exec_t");
    assert!(sz::<xen_kexec_load_t>()==24&&al::<xen_kexec_load_t>()==8, "xen_kexec_load_t");
    assert!(sz::<xen_kexec_load_v1_t>()==24&&al::<xen_kexec_load_v1_t>()==8, "xen_kexec_load_v1_t");
    assert!(sz::<xen_kexec_range_t>()==24&&al::<xen_kexec_range_t>()==8, "xen_kexec_range_t");
    assert!(sz::<xen_kexec_segment_t>()==32&&al::<xen_kexec_segment_t>()==8, "xen_kexec_segment_t");
    assert!(sz::<xen_kexec_status_t>()==1&&al::<xen_kexec_status_t>()==1, "xen_kexec_status_t");
    assert!(sz::<xen_kexec_unload_t>()==1&&al::<xen_kexec_unload_t>()==1, "xen_kexec_unload_t");
    assert!(sz::<xen_machphys_mapping_t>()==24&&al::<xen_machphys_mapping_t>()==8, "xen_machphys_mapping_t");
    assert!(sz::<xen_machphys_mfn_list_t>()==24&&al::<xen_machphys_mfn_list_t>()==8, "xen_machphys_mfn_list_t");
    assert!(sz::<xen_mem_acquire_resource_t>()==32&&al::<xen_mem_acquire_resource_t>()==8, "xen_mem_acquire_resource_t");
    assert!(sz::<xen_memory_exchange_t>()==72&&al::<xen_memory_exchange_t>()==8, "xen_memory_exchange_t");
    assert!(sz::<xen_memory_map_t>()==16&&al::<xen_memory_map_t>()==8, "xen_memory_map_t");
    assert!(sz::<xen_memory_reservation_t>()==32&&al::<xen_memory_reservation_t>()==8, "xen_memory_reservation_t");
    assert!(sz::<xen_netif_ctrl_back_ring_t>()==24&&al::<xen_netif_ctrl_back_ring_t>()==8, "xen_netif_ctrl_back_ring_t");
    assert!(sz::<xen_netif_ctrl_front_ring_t>()==24&&al::<xen_netif_ctrl_front_ring_t>()==8, "xen_netif_ctrl_front_ring_t");
    assert!(sz::<xen_platform_parameters_t>()==8&&al::<xen_platform_parameters_t>()==8, "xen_platform_parameters_t");
    assert!(sz::<xen_pmu_params_t>()==24&&al::<xen_pmu_params_t>()==8, "xen_pmu_params_t");
    assert!(sz::<xen_pod_target_t>()==40&&al::<xen_pod_target_t>()==8, "xen_pod_target_t");
    assert!(sz::<xen_processor_cppc_t>()==72&&al::<xen_processor_cppc_t>()==8, "xen_processor_cppc_t");
    assert!(sz::<xen_processor_csd_t>()==12&&al::<xen_processor_csd_t>()==4, "xen_processor_csd_t");
    assert!(sz::<xen_processor_cx_t>()==48&&al::<xen_processor_cx_t>()==8, "xen_processor_cx_t");
    assert!(sz::<xen_processor_performance_t>()==104&&al::<xen_processor_performance_t>()==8, "xen_processor_performance_t");
    assert!(sz::<xen_processor_px_t>()==48&&al::<xen_processor_px_t>()==8, "xen_processor_px_t");
    assert!(sz::<xen_pvcalls_back_ring_t>()==24&&al::<xen_pvcalls_back_ring_t>()==8, "xen_pvcalls_back_ring_t");
    assert!(sz::<xen_pvcalls_front_ring_t>()==24&&al::<xen_pvcalls_front_ring_t>()==8, "xen_pvcalls_front_ring_t");
    assert!(sz::<xen_remove_from_physmap_t>()==16&&al::<xen_remove_from_physmap_t>()==8, "xen_remove_from_physmap_t");
    assert!(sz::<xen_sndif_back_ring_t>()==24&&al::<xen_sndif_back_ring_t>()==8, "xen_sndif_back_ring_t");
    assert!(sz::<xen_sndif_front_ring_t>()==24&&al::<xen_sndif_front_ring_t>()==8, "xen_sndif_front_ring_t");
    assert!(sz::<xen_varbuf_t>()==4&&al::<xen_varbuf_t>()==4, "xen_varbuf_t");
    assert!(sz::<xen_vmemrange_t>()==24&&al::<xen_vmemrange_t>()==8, "xen_vmemrange_t");
    assert!(sz::<xen_vnuma_topology_info_t>()==40&&al::<xen_vnuma_topology_info_t>()==8, "xen_vnuma_topology_info_t");
    assert!(sz::<xennmi_callback_t>()==16&&al::<xennmi_callback_t>()==8, "xennmi_callback_t");
    assert!(sz::<xenoprof_buf_t>()==64&&al::<xenoprof_buf_t>()==8, "xenoprof_buf_t");
    assert!(sz::<xenoprof_counter_t>()==48&&al::<xenoprof_counter_t>()==8, "xenoprof_counter_t");
    assert!(sz::<xenoprof_get_buffer_t>()==24&&al::<xenoprof_get_buffer_t>()==8, "xenoprof_get_buffer_t");
    assert!(sz::<xenoprof_ibs_counter_t>()==48&&al::<xenoprof_ibs_counter_t>()==8, "xenoprof_ibs_counter_t");
    assert!(sz::<xenoprof_init_t>()==72&&al::<xenoprof_init_t>()==4, "xenoprof_init_t");
    assert!(sz::<xenoprof_passive_t>()==24&&al::<xenoprof_passive_t>()==8, "xenoprof_passive_t");
    assert!(sz::<xenpf_add_memtype_t>()==32&&al::<xenpf_add_memtype_t>()==8, "xenpf_add_memtype_t");
    assert!(sz::<xenpf_change_freq_t>()==16&&al::<xenpf_change_freq_t>()==8, "xenpf_change_freq_t");
    assert!(sz::<xenpf_core_parking_t>()==8&&al::<xenpf_core_parking_t>()==4, "xenpf_core_parking_t");
    assert!(sz::<xenpf_cpu_hotadd_t>()==12&&al::<xenpf_cpu_hotadd_t>()==4, "xenpf_cpu_hotadd_t");
    assert!(sz::<xenpf_cpu_ol_t>()==4&&al::<xenpf_cpu_ol_t>()==4, "xenpf_cpu_ol_t");
    assert!(sz::<xenpf_del_memtype_t>()==8&&al::<xenpf_del_memtype_t>()==4, "xenpf_del_memtype_t");
    assert!(sz::<xenpf_dom0_console_t>()==40&&al::<xenpf_dom0_console_t>()==4, "xenpf_dom0_console_t");
    assert!(sz::<xenpf_efi_runtime_call_t>()==56&&al::<xenpf_efi_runtime_call_t>()==8, "xenpf_efi_runtime_call_t");
    assert!(sz::<xenpf_enter_acpi_sleep_t>()==12&&al::<xenpf_enter_acpi_sleep_t>()==4, "xenpf_enter_acpi_sleep_t");
    assert!(sz::<xenpf_firmware_info_t>()==40&&al::<xenpf_firmware_info_t>()==8, "xenpf_firmware_info_t");
    assert!(sz::<xenpf_getidletime_t>()==32&&al::<xenpf_getidletime_t>()==8, "xenpf_getidletime_t");
    assert!(sz::<xenpf_mem_hotadd_t>()==24&&al::<xenpf_mem_hotadd_t>()==8, "xenpf_mem_hotadd_t");
    assert!(sz::<xenpf_microcode_update2_t>()==16&&al::<xenpf_microcode_update2_t>()==8, "xenpf_microcode_update2_t");
    assert!(sz::<xenpf_microcode_update_t>()==16&&al::<xenpf_microcode_update_t>()==8, "xenpf_microcode_update_t");
    assert!(sz::<xenpf_pcpu_version_t>()==32&&al::<xenpf_pcpu_version_t>()==4, "xenpf_pcpu_version_t");
    assert!(sz::<xenpf_pcpuinfo_t>()==20&&al::<xenpf_pcpuinfo_t>()==4, "xenpf_pcpuinfo_t");
    assert!(sz::<xenpf_platform_quirk_t>()==4&&al::<xenpf_platform_quirk_t>()==4, "xenpf_platform_quirk_t");
    assert!(sz::<xenpf_read_memtype_t>()==32&&al::<xenpf_read_memtype_t>()==8, "xenpf_read_memtype_t");
    assert!(sz::<xenpf_resource_entry_t>()==24&&al::<xenpf_resource_entry_t>()==8, "xenpf_resource_entry_t");
    assert!(sz::<xenpf_resource_op_t>()==16&&al::<xenpf_resource_op_t>()==8, "xenpf_resource_op_t");
    assert!(sz::<xenpf_settime32_t>()==16&&al::<xenpf_settime32_t>()==8, "xenpf_settime32_t");
    assert!(sz::<xenpf_settime64_t>()==24&&al::<xenpf_settime64_t>()==8, "xenpf_settime64_t");
    assert!(sz::<xenpf_settime_t>()==24&&al::<xenpf_settime_t>()==8, "xenpf_settime_t");
    assert!(sz::<xenpf_symdata_t>()==32&&al::<xenpf_symdata_t>()==8, "xenpf_symdata_t");
    assert!(sz::<xenpf_ucode_revision_t>()==16&&al::<xenpf_ucode_revision_t>()==4, "xenpf_ucode_revision_t");
    assert!(sz::<__guest_handle_64_callback_register_t>()==8&&al::<__guest_handle_64_callback_register_t>()==8, "__guest_handle_64_callback_register_t");
    assert!(sz::<__guest_handle_64_callback_unregister_t>()==8&&al::<__guest_handle_64_callback_unregister_t>()==8, "__guest_handle_64_callback_unregister_t");
    assert!(sz::<__guest_handle_64_char>()==8&&al::<__guest_handle_64_char>()==8, "__guest_handle_64_char");
    assert!(sz::<__guest_handle_64_const_callback_register_t>()==8&&al::<__guest_handle_64_const_callback_register_t>()==8, "__guest_handle_64_const_callback_register_t");
    assert!(sz::<__guest_handle_64_const_callback_unregister_t>()==8&&al::<__guest_handle_64_const_callback_unregister_t>()==8, "__guest_handle_64_const_callback_unregister_t");
    assert!(sz::<__guest_handle_64_const_char>()==8&&al::<__guest_handle_64_const_char>()==8, "__guest_handle_64_const_char");
    assert!(sz::<__guest_handle_64_const_evtchn_op_t>()==8&&al::<__guest_handle_64_const_evtchn_op_t>()==8, "__guest_handle_64_const_evtchn_op_t");
    assert!(sz::<__guest_handle_64_const_evtchn_port_t>()==8&&al::<__guest_handle_64_const_evtchn_port_t>()==8, "__guest_handle_64_const_evtchn_port_t");
    assert!(sz::<__guest_handle_64_const_gnttab_cache_flush_t>()==8&&al::<__guest_handle_64_const_gnttab_cache_flush_t>()==8, "__guest_handle_64_const_gnttab_cache_flush_t");
    assert!(sz::<__guest_handle_64_const_gnttab_copy_t>()==8&&al::<__guest_handle_64_const_gnttab_copy_t>()==8, "__guest_handle_64_const_gnttab_copy_t");
    assert!(sz::<__guest_handle_64_const_gnttab_dump_table_t>()==8&&al::<__guest_handle_64_const_gnttab_dump_table_t>()==8, "__guest_handle_64_const_gnttab_dump_table_t");
    assert!(sz::<__guest_handle_64_const_gnttab_get_status_frames_t>()==8&&al::<__guest_handle_64_const_gnttab_get_status_frames_t>()==8, "__guest_handle_64_const_gnttab_get_status_frames_t");
    assert!(sz::<__guest_handle_64_const_gnttab_get_version_t>()==8&&al::<__guest_handle_64_const_gnttab_get_version_t>()==8, "__guest_handle_64_const_gnttab_get_version_t");
    assert!(sz::<__guest_handle_64_const_gnttab_map_grant_ref_t>()==8&&al::<__guest_handle_64_const_gnttab_map_grant_ref_t>()==8, "__guest_handle_64_const_gnttab_map_grant_ref_t");
    assert!(sz::<__guest_handle_64_const_gnttab_query_size_t>()==8&&al::<__guest_handle_64_const_gnttab_query_size_t>()==8, "__guest_handle_64_const_gnttab_query_size_t");
    assert!(sz::<__guest_handle_64_const_gnttab_set_version_t>()==8&&al::<__guest_handle_64_const_gnttab_set_version_t>()==8, "__guest_handle_64_const_gnttab_set_version_t");
    assert!(sz::<__guest_handle_64_const_gnttab_setup_table_t>()==8&&al::<__guest_handle_64_const_gnttab_setup_table_t>()==8, "__guest_handle_64_const_gnttab_setup_table_t");
    assert!(sz::<__guest_handle_64_const_gnttab_swap_grant_ref_t>()==8&&al::<__guest_handle_64_const_gnttab_swap_grant_ref_t>()==8, "__guest_handle_64_const_gnttab_swap_grant_ref_t");
    assert!(sz::<__guest_handle_64_const_gnttab_transfer_t>()==8&&al::<__guest_handle_64_const_gnttab_transfer_t>()==8, "__guest_handle_64_const_gnttab_transfer_t");
    assert!(sz::<__guest_handle_64_const_gnttab_unmap_and_replace_t>()==8&&al::<__guest_handle_64_const_gnttab_unmap_and_replace_t>()==8, "__guest_handle_64_const_gnttab_unmap_and_replace_t");
    assert!(sz::<__guest_handle_64_const_gnttab_unmap_grant_ref_t>()==8&&al::<__guest_handle_64_const_gnttab_unmap_grant_ref_t>()==8, "__guest_handle_64_const_gnttab_unmap_grant_ref_t");
    assert!(sz::<__guest_handle_64_const_int>()==8&&al::<__guest_handle_64_const_int>()==8, "__guest_handle_64_const_int");
    assert!(sz::<__guest_handle_64_const_mmu_update_t>()==8&&al::<__guest_handle_64_const_mmu_update_t>()==8, "__guest_handle_64_const_mmu_update_t");
    assert!(sz::<__guest_handle_64_const_mmuext_op_t>()==8&&al::<__guest_handle_64_const_mmuext_op_t>()==8, "__guest_handle_64_const_mmuext_op_t");
    assert!(sz::<__guest_handle_64_const_multicall_entry_t>()==8&&al::<__guest_handle_64_const_multicall_entry_t>()==8, "__guest_handle_64_const_multicall_entry_t");
    assert!(sz::<__guest_handle_64_const_physdev_apic_t>()==8&&al::<__guest_handle_64_const_physdev_apic_t>()==8, "__guest_handle_64_const_physdev_apic_t");
    assert!(sz::<__guest_handle_64_const_physdev_dbgp_op_t>()==8&&al::<__guest_handle_64_const_physdev_dbgp_op_t>()==8, "__guest_handle_64_const_physdev_dbgp_op_t");
    assert!(sz::<__guest_handle_64_const_physdev_eoi_t>()==8&&al::<__guest_handle_64_const_physdev_eoi_t>()==8, "__guest_handle_64_const_physdev_eoi_t");
    assert!(sz::<__guest_handle_64_const_physdev_get_free_pirq_t>()==8&&al::<__guest_handle_64_const_physdev_get_free_pirq_t>()==8, "__guest_handle_64_const_physdev_get_free_pirq_t");
    assert!(sz::<__guest_handle_64_const_physdev_irq_status_query_t>()==8&&al::<__guest_handle_64_const_physdev_irq_status_query_t>()==8, "__guest_handle_64_const_physdev_irq_status_query_t");
    assert!(sz::<__guest_handle_64_const_physdev_irq_t>()==8&&al::<__guest_handle_64_const_physdev_irq_t>()==8, "__guest_handle_64_const_physdev_irq_t");
    assert!(sz::<__guest_handle_64_const_physdev_manage_pci_ext_t>()==8&&al::<__guest_handle_64_const_physdev_manage_pci_ext_t>()==8, "__guest_handle_64_const_physdev_manage_pci_ext_t");
    assert!(sz::<__guest_handle_64_const_physdev_manage_pci_t>()==8&&al::<__guest_handle_64_const_physdev_manage_pci_t>()==8, "__guest_handle_64_const_physdev_manage_pci_t");
    assert!(sz::<__guest_handle_64_const_physdev_map_pirq_t>()==8&&al::<__guest_handle_64_const_physdev_map_pirq_t>()==8, "__guest_handle_64_const_physdev_map_pirq_t");
    assert!(sz::<__guest_handle_64_const_physdev_op_t>()==8&&al::<__guest_handle_64_const_physdev_op_t>()==8, "__guest_handle_64_const_physdev_op_t");
    assert!(sz::<__guest_handle_64_const_physdev_pci_device_add_t>()==8&&al::<__guest_handle_64_const_physdev_pci_device_add_t>()==8, "__guest_handle_64_const_physdev_pci_device_add_t");
    assert!(sz::<__guest_handle_64_const_physdev_pci_device_t>()==8&&al::<__guest_handle_64_const_physdev_pci_device_t>()==8, "__guest_handle_64_const_physdev_pci_device_t");
    assert!(sz::<__guest_handle_64_const_physdev_pci_mmcfg_reserved_t>()==8&&al::<__guest_handle_64_const_physdev_pci_mmcfg_reserved_t>()==8, "__guest_handle_64_const_physdev_pci_mmcfg_reserved_t");
    assert!(sz::<__guest_handle_64_const_physdev_pirq_eoi_gmfn_t>()==8&&al::<__guest_handle_64_const_physdev_pirq_eoi_gmfn_t>()==8, "__guest_handle_64_const_physdev_pirq_eoi_gmfn_t");
    assert!(sz::<__guest_handle_64_const_physdev_restore_msi_t>()==8&&al::<__guest_handle_64_const_physdev_restore_msi_t>()==8, "__guest_handle_64_const_physdev_restore_msi_t");
    assert!(sz::<__guest_handle_64_const_physdev_set_iobitmap_t>()==8&&al::<__guest_handle_64_const_physdev_set_iobitmap_t>()==8, "__guest_handle_64_const_physdev_set_iobitmap_t");
    assert!(sz::<__guest_handle_64_const_physdev_set_iopl_t>()==8&&al::<__guest_handle_64_const_physdev_set_iopl_t>()==8, "__guest_handle_64_const_physdev_set_iopl_t");
    assert!(sz::<__guest_handle_64_const_physdev_setup_gsi_t>()==8&&al::<__guest_handle_64_const_physdev_setup_gsi_t>()==8, "__guest_handle_64_const_physdev_setup_gsi_t");
    assert!(sz::<__guest_handle_64_const_physdev_unmap_pirq_t>()==8&&al::<__guest_handle_64_const_physdev_unmap_pirq_t>()==8, "__guest_handle_64_const_physdev_unmap_pirq_t");
    assert!(sz::<__guest_handle_64_const_sched_pin_override_t>()==8&&al::<__guest_handle_64_const_sched_pin_override_t>()==8, "__guest_handle_64_const_sched_pin_override_t");
    assert!(sz::<__guest_handle_64_const_sched_poll_t>()==8&&al::<__guest_handle_64_const_sched_poll_t>()==8, "__guest_handle_64_const_sched_poll_t");
    assert!(sz::<__guest_handle_64_const_sched_remote_shutdown_t>()==8&&al::<__guest_handle_64_const_sched_remote_shutdown_t>()==8, "__guest_handle_64_const_sched_remote_shutdown_t");
    assert!(sz::<__guest_handle_64_const_sched_shutdown_t>()==8&&al::<__guest_handle_64_const_sched_shutdown_t>()==8, "__guest_handle_64_const_sched_shutdown_t");
    assert!(sz::<__guest_handle_64_const_sched_watchdog_t>()==8&&al::<__guest_handle_64_const_sched_watchdog_t>()==8, "__guest_handle_64_const_sched_watchdog_t");
    assert!(sz::<__guest_handle_64_const_tmem_op_t>()==8&&al::<__guest_handle_64_const_tmem_op_t>()==8, "__guest_handle_64_const_tmem_op_t");
    assert!(sz::<__guest_handle_64_const_uchar>()==8&&al::<__guest_handle_64_const_uchar>()==8, "__guest_handle_64_const_uchar");
    assert!(sz::<__guest_handle_64_const_uint>()==8&&al::<__guest_handle_64_const_uint>()==8, "__guest_handle_64_const_uint");
    assert!(sz::<__guest_handle_64_const_uint16>()==8&&al::<__guest_handle_64_const_uint16>()==8, "__guest_handle_64_const_uint16");
    assert!(sz::<__guest_handle_64_const_uint32>()==8&&al::<__guest_handle_64_const_uint32>()==8, "__guest_handle_64_const_uint32");
    assert!(sz::<__guest_handle_64_const_uint64>()==8&&al::<__guest_handle_64_const_uint64>()==8, "__guest_handle_64_const_uint64");
    assert!(sz::<__guest_handle_64_const_uint64_t>()==8&&al::<__guest_handle_64_const_uint64_t>()==8, "__guest_handle_64_const_uint64_t");
    assert!(sz::<__guest_handle_64_const_uint8>()==8&&al::<__guest_handle_64_const_uint8>()==8, "__guest_handle_64_const_uint8");
    assert!(sz::<__guest_handle_64_const_vcpu_get_physid_t>()==8&&al::<__guest_handle_64_const_vcpu_get_physid_t>()==8, "__guest_handle_64_const_vcpu_get_physid_t");
    assert!(sz::<__guest_handle_64_const_vcpu_hvm_context_t>()==8&&al::<__guest_handle_64_const_vcpu_hvm_context_t>()==8, "__guest_handle_64_const_vcpu_hvm_context_t");
    assert!(sz::<__guest_handle_64_const_vcpu_register_runstate_memory_area_t>()==8&&al::<__guest_handle_64_const_vcpu_register_runstate_memory_area_t>()==8, "__guest_handle_64_const_vcpu_register_runstate_memory_area_t");
    assert!(sz::<__guest_handle_64_const_vcpu_register_time_memory_area_t>()==8&&al::<__guest_handle_64_const_vcpu_register_time_memory_area_t>()==8, "__guest_handle_64_const_vcpu_register_time_memory_area_t");
    assert!(sz::<__guest_handle_64_const_vcpu_register_vcpu_info_t>()==8&&al::<__guest_handle_64_const_vcpu_register_vcpu_info_t>()==8, "__guest_handle_64_const_vcpu_register_vcpu_info_t");
    assert!(sz::<__guest_handle_64_const_vcpu_runstate_info_t>()==8&&al::<__guest_handle_64_const_vcpu_runstate_info_t>()==8, "__guest_handle_64_const_vcpu_runstate_info_t");
    assert!(sz::<__guest_handle_64_const_vcpu_set_periodic_timer_t>()==8&&al::<__guest_handle_64_const_vcpu_set_periodic_timer_t>()==8, "__guest_handle_64_const_vcpu_set_periodic_timer_t");
    assert!(sz::<__guest_handle_64_const_vcpu_set_singleshot_timer_t>()==8&&al::<__guest_handle_64_const_vcpu_set_singleshot_timer_t>()==8, "__guest_handle_64_const_vcpu_set_singleshot_timer_t");
    assert!(sz::<__guest_handle_64_const_vcpu_time_info_t>()==8&&al::<__guest_handle_64_const_vcpu_time_info_t>()==8, "__guest_handle_64_const_vcpu_time_info_t");
    assert!(sz::<__guest_handle_64_const_void>()==8&&al::<__guest_handle_64_const_void>()==8, "__guest_handle_64_const_void");
    assert!(sz::<__guest_handle_64_const_xen_add_to_physmap_batch_t>()==8&&al::<__guest_handle_64_const_xen_add_to_physmap_batch_t>()==8, "__guest_handle_64_const_xen_add_to_physmap_batch_t");
    assert!(sz::<__guest_handle_64_const_xen_add_to_physmap_t>()==8&&al::<__guest_handle_64_const_xen_add_to_physmap_t>()==8, "__guest_handle_64_const_xen_add_to_physmap_t");
    assert!(sz::<__guest_handle_64_const_xen_dm_op_buf_t>()==8&&al::<__guest_handle_64_const_xen_dm_op_buf_t>()==8, "__guest_handle_64_const_xen_dm_op_buf_t");
    assert!(sz::<__guest_handle_64_const_xen_flask_op_t>()==8&&al::<__guest_handle_64_const_xen_flask_op_t>()==8, "__guest_handle_64_const_xen_flask_op_t");
    assert!(sz::<__guest_handle_64_const_xen_foreign_memory_map_t>()==8&&al::<__guest_handle_64_const_xen_foreign_memory_map_t>()==8, "__guest_handle_64_const_xen_foreign_memory_map_t");
    assert!(sz::<__guest_handle_64_const_xen_hvm_altp2m_change_gfn_t>()==8&&al::<__guest_handle_64_const_xen_hvm_altp2m_change_gfn_t>()==8, "__guest_handle_64_const_xen_hvm_altp2m_change_gfn_t");
    assert!(sz::<__guest_handle_64_const_xen_hvm_altp2m_domain_state_t>()==8&&al::<__guest_handle_64_const_xen_hvm_altp2m_domain_state_t>()==8, "__guest_handle_64_const_xen_hvm_altp2m_domain_state_t");
    assert!(sz::<__guest_handle_64_const_xen_hvm_altp2m_mem_access_t>()==8&&al::<__guest_handle_64_const_xen_hvm_altp2m_mem_access_t>()==8, "__guest_handle_64_const_xen_hvm_altp2m_mem_access_t");
    assert!(sz::<__guest_handle_64_const_xen_hvm_altp2m_op_t>()==8&&al::<__guest_handle_64_const_xen_hvm_altp2m_op_t>()==8, "__guest_handle_64_const_xen_hvm_altp2m_op_t");
    assert!(sz::<__guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t>()==8&&al::<__guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t>()==8, "__guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t");
    assert!(sz::<__guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t>()==8&&al::<__guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t>()==8, "__guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t");
    assert!(sz::<__guest_handle_64_const_xen_hvm_altp2m_view_t>()==8&&al::<__guest_handle_64_const_xen_hvm_altp2m_view_t>()==8, "__guest_handle_64_const_xen_hvm_altp2m_view_t");
    assert!(sz::<__guest_handle_64_const_xen_hvm_get_mem_type_t>()==8&&al::<__guest_handle_64_const_xen_hvm_get_mem_type_t>()==8, "__guest_handle_64_const_xen_hvm_get_mem_type_t");
    assert!(sz::<__guest_handle_64_const_xen_hvm_get_time_t>()==8&&al::<__guest_handle_64_const_xen_hvm_get_time_t>()==8, "__guest_handle_64_const_xen_hvm_get_time_t");
    assert!(sz::<__guest_handle_64_const_xen_hvm_pagetable_dying_t>()==8&&al::<__guest_handle_64_const_xen_hvm_pagetable_dying_t>()==8, "__guest_handle_64_const_xen_hvm_pagetable_dying_t");
    assert!(sz::<__guest_handle_64_const_xen_hvm_param_t>()==8&&al::<__guest_handle_64_const_xen_hvm_param_t>()==8, "__guest_handle_64_const_xen_hvm_param_t");
    assert!(sz::<__guest_handle_64_const_xen_hvm_xentrace_t>()==8&&al::<__guest_handle_64_const_xen_hvm_xentrace_t>()==8, "__guest_handle_64_const_xen_hvm_xentrace_t");
    assert!(sz::<__guest_handle_64_const_xen_kexec_load_t>()==8&&al::<__guest_handle_64_const_xen_kexec_load_t>()==8, "__guest_handle_64_const_xen_kexec_load_t");
    assert!(sz::<__guest_handle_64_const_xen_kexec_segment_t>()==8&&al::<__guest_handle_64_const_xen_kexec_segment_t>()==8, "__guest_handle_64_const_xen_kexec_segment_t");
    assert!(sz::<__guest_handle_64_const_xen_kexec_status_t>()==8&&al::<__guest_handle_64_const_xen_kexec_status_t>()==8, "__guest_handle_64_const_xen_kexec_status_t");
    assert!(sz::<__guest_handle_64_const_xen_kexec_unload_t>()==8&&al::<__guest_handle_64_const_xen_kexec_unload_t>()==8, "__guest_handle_64_const_xen_kexec_unload_t");
    assert!(sz::<__guest_handle_64_const_xen_machphys_mapping_t>()==8&&al::<__guest_handle_64_const_xen_machphys_mapping_t>()==8, "__guest_handle_64_const_xen_machphys_mapping_t");
    assert!(sz::<__guest_handle_64_const_xen_machphys_mfn_list_t>()==8&&al::<__guest_handle_64_const_xen_machphys_mfn_list_t>()==8, "__guest_handle_64_const_xen_machphys_mfn_list_t");
    assert!(sz::<__guest_handle_64_const_xen_mem_acquire_resource_t>()==8&&al::<__guest_handle_64_const_xen_mem_acquire_resource_t>()==8, "__guest_handle_64_const_xen_mem_acquire_resource_t");
    assert!(sz::<__guest_handle_64_const_xen_memory_exchange_t>()==8&&al::<__guest_handle_64_const_xen_memory_exchange_t>()==8, "__guest_handle_64_const_xen_memory_exchange_t");
    assert!(sz::<__guest_handle_64_const_xen_memory_map_t>()==8&&al::<__guest_handle_64_const_xen_memory_map_t>()==8, "__guest_handle_64_const_xen_memory_map_t");
    assert!(sz::<__guest_handle_64_const_xen_memory_reservation_t>()==8&&al::<__guest_handle_64_const_xen_memory_reservation_t>()==8, "__guest_handle_64_const_xen_memory_reservation_t");
    assert!(sz::<__guest_handle_64_const_xen_pfn_t>()==8&&al::<__guest_handle_64_const_xen_pfn_t>()==8, "__guest_handle_64_const_xen_pfn_t");
    assert!(sz::<__guest_handle_64_const_xen_platform_op_t>()==8&&al::<__guest_handle_64_const_xen_platform_op_t>()==8, "__guest_handle_64_const_xen_platform_op_t");
    assert!(sz::<__guest_handle_64_const_xen_pmu_params_t>()==8&&al::<__guest_handle_64_const_xen_pmu_params_t>()==8, "__guest_handle_64_const_xen_pmu_params_t");
    assert!(sz::<__guest_handle_64_const_xen_processor_csd_t>()==8&&al::<__guest_handle_64_const_xen_processor_csd_t>()==8, "__guest_handle_64_const_xen_processor_csd_t");
    assert!(sz::<__guest_handle_64_const_xen_processor_cx_t>()==8&&al::<__guest_handle_64_const_xen_processor_cx_t>()==8, "__guest_handle_64_const_xen_processor_cx_t");
    assert!(sz::<__guest_handle_64_const_xen_processor_performance_t>()==8&&al::<__guest_handle_64_const_xen_processor_performance_t>()==8, "__guest_handle_64_const_xen_processor_performance_t");
    assert!(sz::<__guest_handle_64_const_xen_processor_px_t>()==8&&al::<__guest_handle_64_const_xen_processor_px_t>()==8, "__guest_handle_64_const_xen_processor_px_t");
    assert!(sz::<__guest_handle_64_const_xen_remove_from_physmap_t>()==8&&al::<__guest_handle_64_const_xen_remove_from_physmap_t>()==8, "__guest_handle_64_const_xen_remove_from_physmap_t");
    assert!(sz::<__guest_handle_64_const_xen_tmem_oid_t>()==8&&al::<__guest_handle_64_const_xen_tmem_oid_t>()==8, "__guest_handle_64_const_xen_tmem_oid_t");
    assert!(sz::<__guest_handle_64_const_xen_ulong_t>()==8&&al::<__guest_handle_64_const_xen_ulong_t>()==8, "__guest_handle_64_const_xen_ulong_t");
    assert!(sz::<__guest_handle_64_const_xen_vmemrange_t>()==8&&al::<__guest_handle_64_const_xen_vmemrange_t>()==8, "__guest_handle_64_const_xen_vmemrange_t");
    assert!(sz::<__guest_handle_64_const_xen_vnuma_topology_info_t>()==8&&al::<__guest_handle_64_const_xen_vnuma_topology_info_t>()==8, "__guest_handle_64_const_xen_vnuma_topology_info_t");
    assert!(sz::<__guest_handle_64_const_xennmi_callback_t>()==8&&al::<__guest_handle_64_const_xennmi_callback_t>()==8, "__guest_handle_64_const_xennmi_callback_t");
    assert!(sz::<__guest_handle_64_const_xenoprof_buf_t>()==8&&al::<__guest_handle_64_const_xenoprof_buf_t>()==8, "__guest_handle_64_const_xenoprof_buf_t");
    assert!(sz::<__guest_handle_64_const_xenoprof_counter_t>()==8&&al::<__guest_handle_64_const_xenoprof_counter_t>()==8, "__guest_handle_64_const_xenoprof_counter_t");
    assert!(sz::<__guest_handle_64_const_xenoprof_get_buffer_t>()==8&&al::<__guest_handle_64_const_xenoprof_get_buffer_t>()==8, "__guest_handle_64_const_xenoprof_get_buffer_t");
    assert!(sz::<__guest_handle_64_const_xenoprof_ibs_counter_t>()==8&&al::<__guest_handle_64_const_xenoprof_ibs_counter_t>()==8, "__guest_handle_64_const_xenoprof_ibs_counter_t");
    assert!(sz::<__guest_handle_64_const_xenoprof_init_t>()==8&&al::<__guest_handle_64_const_xenoprof_init_t>()==8, "__guest_handle_64_const_xenoprof_init_t");
    assert!(sz::<__guest_handle_64_const_xenoprof_passive_t>()==8&&al::<__guest_handle_64_const_xenoprof_passive_t>()==8, "__guest_handle_64_const_xenoprof_passive_t");
    assert!(sz::<__guest_handle_64_const_xenpf_add_memtype_t>()==8&&al::<__guest_handle_64_const_xenpf_add_memtype_t>()==8, "__guest_handle_64_const_xenpf_add_memtype_t");
    assert!(sz::<__guest_handle_64_const_xenpf_change_freq_t>()==8&&al::<__guest_handle_64_const_xenpf_change_freq_t>()==8, "__guest_handle_64_const_xenpf_change_freq_t");
    assert!(sz::<__guest_handle_64_const_xenpf_core_parking_t>()==8&&al::<__guest_handle_64_const_xenpf_core_parking_t>()==8, "__guest_handle_64_const_xenpf_core_parking_t");
    assert!(sz::<__guest_handle_64_const_xenpf_cpu_ol_t>()==8&&al::<__guest_handle_64_const_xenpf_cpu_ol_t>()==8, "__guest_handle_64_const_xenpf_cpu_ol_t");
    assert!(sz::<__guest_handle_64_const_xenpf_del_memtype_t>()==8&&al::<__guest_handle_64_const_xenpf_del_memtype_t>()==8, "__guest_handle_64_const_xenpf_del_memtype_t");
    assert!(sz::<__guest_handle_64_const_xenpf_dom0_console_t>()==8&&al::<__guest_handle_64_const_xenpf_dom0_console_t>()==8, "__guest_handle_64_const_xenpf_dom0_console_t");
    assert!(sz::<__guest_handle_64_const_xenpf_efi_runtime_call_t>()==8&&al::<__guest_handle_64_const_xenpf_efi_runtime_call_t>()==8, "__guest_handle_64_const_xenpf_efi_runtime_call_t");
    assert!(sz::<__guest_handle_64_const_xenpf_enter_acpi_sleep_t>()==8&&al::<__guest_handle_64_const_xenpf_enter_acpi_sleep_t>()==8, "__guest_handle_64_const_xenpf_enter_acpi_sleep_t");
    assert!(sz::<__guest_handle_64_const_xenpf_firmware_info_t>()==8&&al::<__guest_handle_64_const_xenpf_firmware_info_t>()==8, "__guest_handle_64_const_xenpf_firmware_info_t");
    assert!(sz::<__guest_handle_64_const_xenpf_getidletime_t>()==8&&al::<__guest_handle_64_const_xenpf_getidletime_t>()==8, "__guest_handle_64_const_xenpf_getidletime_t");
    assert!(sz::<__guest_handle_64_const_xenpf_microcode_update2_t>()==8&&al::<__guest_handle_64_const_xenpf_microcode_update2_t>()==8, "__guest_handle_64_const_xenpf_microcode_update2_t");
    assert!(sz::<__guest_handle_64_const_xenpf_microcode_update_t>()==8&&al::<__guest_handle_64_const_xenpf_microcode_update_t>()==8, "__guest_handle_64_const_xenpf_microcode_update_t");
    assert!(sz::<__guest_handle_64_const_xenpf_pcpu_version_t>()==8&&al::<__guest_handle_64_const_xenpf_pcpu_version_t>()==8, "__guest_handle_64_const_xenpf_pcpu_version_t");
    assert!(sz::<__guest_handle_64_const_xenpf_pcpuinfo_t>()==8&&al::<__guest_handle_64_const_xenpf_pcpuinfo_t>()==8, "__guest_handle_64_const_xenpf_pcpuinfo_t");
    assert!(sz::<__guest_handle_64_const_xenpf_platform_quirk_t>()==8&&al::<__guest_handle_64_const_xenpf_platform_quirk_t>()==8, "__guest_handle_64_const_xenpf_platform_quirk_t");
    assert!(sz::<__guest_handle_64_const_xenpf_read_memtype_t>()==8&&al::<__guest_handle_64_const_xenpf_read_memtype_t>()==8, "__guest_handle_64_const_xenpf_read_memtype_t");
    assert!(sz::<__guest_handle_64_const_xenpf_resource_entry_t>()==8&&al::<__guest_handle_64_const_xenpf_resource_entry_t>()==8, "__guest_handle_64_const_xenpf_resource_entry_t");
    assert!(sz::<__guest_handle_64_const_xenpf_resource_op_t>()==8&&al::<__guest_handle_64_const_xenpf_resource_op_t>()==8, "__guest_handle_64_const_xenpf_resource_op_t");
    assert!(sz::<__guest_handle_64_const_xenpf_set_processor_pminfo_t>()==8&&al::<__guest_handle_64_const_xenpf_set_processor_pminfo_t>()==8, "__guest_handle_64_const_xenpf_set_processor_pminfo_t");
    assert!(sz::<__guest_handle_64_const_xenpf_settime_t>()==8&&al::<__guest_handle_64_const_xenpf_settime_t>()==8, "__guest_handle_64_const_xenpf_settime_t");
    assert!(sz::<__guest_handle_64_const_xenpf_symdata_t>()==8&&al::<__guest_handle_64_const_xenpf_symdata_t>()==8, "__guest_handle_64_const_xenpf_symdata_t");
    assert!(sz::<__guest_handle_64_const_xenpf_ucode_revision_t>()==8&&al::<__guest_handle_64_const_xenpf_ucode_revision_t>()==8, "__guest_handle_64_const_xenpf_ucode_revision_t");
    assert!(sz::<__guest_handle_64_evtchn_op_t>()==8&&al::<__guest_handle_64_evtchn_op_t>()==8, "__guest_handle_64_evtchn_op_t");
    assert!(sz::<__guest_handle_64_evtchn_port_t>()==8&&al::<__guest_handle_64_evtchn_port_t>()==8, "__guest_handle_64_evtchn_port_t");
    assert!(sz::<__guest_handle_64_gnttab_cache_flush_t>()==8&&al::<__guest_handle_64_gnttab_cache_flush_t>()==8, "__guest_handle_64_gnttab_cache_flush_t");
    assert!(sz::<__guest_handle_64_gnttab_copy_t>()==8&&al::<__guest_handle_64_gnttab_copy_t>()==8, "__guest_handle_64_gnttab_copy_t");
    assert!(sz::<__guest_handle_64_gnttab_dump_table_t>()==8&&al::<__guest_handle_64_gnttab_dump_table_t>()==8, "__guest_handle_64_gnttab_dump_table_t");
    assert!(sz::<__guest_handle_64_gnttab_get_status_frames_t>()==8&&al::<__guest_handle_64_gnttab_get_status_frames_t>()==8, "__guest_handle_64_gnttab_get_status_frames_t");
    assert!(sz::<__guest_handle_64_gnttab_get_version_t>()==8&&al::<__guest_handle_64_gnttab_get_version_t>()==8, "__guest_handle_64_gnttab_get_version_t");
    assert!(sz::<__guest_handle_64_gnttab_map_grant_ref_t>()==8&&al::<__guest_handle_64_gnttab_map_grant_ref_t>()==8, "__guest_handle_64_gnttab_map_grant_ref_t");
    assert!(sz::<__guest_handle_64_gnttab_query_size_t>()==8&&al::<__guest_handle_64_gnttab_query_size_t>()==8, "__guest_handle_64_gnttab_query_size_t");
    assert!(sz::<__guest_handle_64_gnttab_set_version_t>()==8&&al::<__guest_handle_64_gnttab_set_version_t>()==8, "__guest_handle_64_gnttab_set_version_t");
    assert!(sz::<__guest_handle_64_gnttab_setup_table_t>()==8&&al::<__guest_handle_64_gnttab_setup_table_t>()==8, "__guest_handle_64_gnttab_setup_table_t");
    assert!(sz::<__guest_handle_64_gnttab_swap_grant_ref_t>()==8&&al::<__guest_handle_64_gnttab_swap_grant_ref_t>()==8, "__guest_handle_64_gnttab_swap_grant_ref_t");
    assert!(sz::<__guest_handle_64_gnttab_transfer_t>()==8&&al::<__guest_handle_64_gnttab_transfer_t>()==8, "__guest_handle_64_gnttab_transfer_t");
    assert!(sz::<__guest_handle_64_gnttab_unmap_and_replace_t>()==8&&al::<__guest_handle_64_gnttab_unmap_and_replace_t>()==8, "__guest_handle_64_gnttab_unmap_and_replace_t");
    assert!(sz::<__guest_handle_64_gnttab_unmap_grant_ref_t>()==8&&al::<__guest_handle_64_gnttab_unmap_grant_ref_t>()==8, "__guest_handle_64_gnttab_unmap_grant_ref_t");
    assert!(sz::<__guest_handle_64_int>()==8&&al::<__guest_handle_64_int>()==8, "__guest_handle_64_int");
    assert!(sz::<__guest_handle_64_mmu_update_t>()==8&&al::<__guest_handle_64_mmu_update_t>()==8, "__guest_handle_64_mmu_update_t");
    assert!(sz::<__guest_handle_64_mmuext_op_t>()==8&&al::<__guest_handle_64_mmuext_op_t>()==8, "__guest_handle_64_mmuext_op_t");
    assert!(sz::<__guest_handle_64_multicall_entry_t>()==8&&al::<__guest_handle_64_multicall_entry_t>()==8, "__guest_handle_64_multicall_entry_t");
    assert!(sz::<__guest_handle_64_physdev_apic_t>()==8&&al::<__guest_handle_64_physdev_apic_t>()==8, "__guest_handle_64_physdev_apic_t");
    assert!(sz::<__guest_handle_64_physdev_dbgp_op_t>()==8&&al::<__guest_handle_64_physdev_dbgp_op_t>()==8, "__guest_handle_64_physdev_dbgp_op_t");
    assert!(sz::<__guest_handle_64_physdev_eoi_t>()==8&&al::<__guest_handle_64_physdev_eoi_t>()==8, "__guest_handle_64_physdev_eoi_t");
    assert!(sz::<__guest_handle_64_physdev_get_free_pirq_t>()==8&&al::<__guest_handle_64_physdev_get_free_pirq_t>()==8, "__guest_handle_64_physdev_get_free_pirq_t");
    assert!(sz::<__guest_handle_64_physdev_irq_status_query_t>()==8&&al::<__guest_handle_64_physdev_irq_status_query_t>()==8, "__guest_handle_64_physdev_irq_status_query_t");
    assert!(sz::<__guest_handle_64_physdev_irq_t>()==8&&al::<__guest_handle_64_physdev_irq_t>()==8, "__guest_handle_64_physdev_irq_t");
    assert!(sz::<__guest_handle_64_physdev_manage_pci_ext_t>()==8&&al::<__guest_handle_64_physdev_manage_pci_ext_t>()==8, "__guest_handle_64_physdev_manage_pci_ext_t");
    assert!(sz::<__guest_handle_64_physdev_manage_pci_t>()==8&&al::<__guest_handle_64_physdev_manage_pci_t>()==8, "__guest_handle_64_physdev_manage_pci_t");
    assert!(sz::<__guest_handle_64_physdev_map_pirq_t>()==8&&al::<__guest_handle_64_physdev_map_pirq_t>()==8, "__guest_handle_64_physdev_map_pirq_t");
    assert!(sz::<__guest_handle_64_physdev_op_t>()==8&&al::<__guest_handle_64_physdev_op_t>()==8, "__guest_handle_64_physdev_op_t");
    assert!(sz::<__guest_handle_64_physdev_pci_device_add_t>()==8&&al::<__guest_handle_64_physdev_pci_device_add_t>()==8, "__guest_handle_64_physdev_pci_device_add_t");
    assert!(sz::<__guest_handle_64_physdev_pci_device_t>()==8&&al::<__guest_handle_64_physdev_pci_device_t>()==8, "__guest_handle_64_physdev_pci_device_t");
    assert!(sz::<__guest_handle_64_physdev_pci_mmcfg_reserved_t>()==8&&al::<__guest_handle_64_physdev_pci_mmcfg_reserved_t>()==8, "__guest_handle_64_physdev_pci_mmcfg_reserved_t");
    assert!(sz::<__guest_handle_64_physdev_pirq_eoi_gmfn_t>()==8&&al::<__guest_handle_64_physdev_pirq_eoi_gmfn_t>()==8, "__guest_handle_64_physdev_pirq_eoi_gmfn_t");
    assert!(sz::<__guest_handle_64_physdev_restore_msi_t>()==8&&al::<__guest_handle_64_physdev_restore_msi_t>()==8, "__guest_handle_64_physdev_restore_msi_t");
    assert!(sz::<__guest_handle_64_physdev_set_iobitmap_t>()==8&&al::<__guest_handle_64_physdev_set_iobitmap_t>()==8, "__guest_handle_64_physdev_set_iobitmap_t");
    assert!(sz::<__guest_handle_64_physdev_set_iopl_t>()==8&&al::<__guest_handle_64_physdev_set_iopl_t>()==8, "__guest_handle_64_physdev_set_iopl_t");
    assert!(sz::<__guest_handle_64_physdev_setup_gsi_t>()==8&&al::<__guest_handle_64_physdev_setup_gsi_t>()==8, "__guest_handle_64_physdev_setup_gsi_t");
    assert!(sz::<__guest_handle_64_physdev_unmap_pirq_t>()==8&&al::<__guest_handle_64_physdev_unmap_pirq_t>()==8, "__guest_handle_64_physdev_unmap_pirq_t");
    assert!(sz::<__guest_handle_64_sched_pin_override_t>()==8&&al::<__guest_handle_64_sched_pin_override_t>()==8, "__guest_handle_64_sched_pin_override_t");
    assert!(sz::<__guest_handle_64_sched_poll_t>()==8&&al::<__guest_handle_64_sched_poll_t>()==8, "__guest_handle_64_sched_poll_t");
    assert!(sz::<__guest_handle_64_sched_remote_shutdown_t>()==8&&al::<__guest_handle_64_sched_remote_shutdown_t>()==8, "__guest_handle_64_sched_remote_shutdown_t");
    assert!(sz::<__guest_handle_64_sched_shutdown_t>()==8&&al::<__guest_handle_64_sched_shutdown_t>()==8, "__guest_handle_64_sched_shutdown_t");
    assert!(sz::<__guest_handle_64_sched_watchdog_t>()==8&&al::<__guest_handle_64_sched_watchdog_t>()==8, "__guest_handle_64_sched_watchdog_t");
    assert!(sz::<__guest_handle_64_tmem_op_t>()==8&&al::<__guest_handle_64_tmem_op_t>()==8, "__guest_handle_64_tmem_op_t");
    assert!(sz::<__guest_handle_64_uchar>()==8&&al::<__guest_handle_64_uchar>()==8, "__guest_handle_64_uchar");
    assert!(sz::<__guest_handle_64_uint>()==8&&al::<__guest_handle_64_uint>()==8, "__guest_handle_64_uint");
    assert!(sz::<__guest_handle_64_uint16>()==8&&al::<__guest_handle_64_uint16>()==8, "__guest_handle_64_uint16");
    assert!(sz::<__guest_handle_64_uint32>()==8&&al::<__guest_handle_64_uint32>()==8, "__guest_handle_64_uint32");
    assert!(sz::<__guest_handle_64_uint64>()==8&&al::<__guest_handle_64_uint64>()==8, "__guest_handle_64_uint64");
    assert!(sz::<__guest_handle_64_uint64_t>()==8&&al::<__guest_handle_64_uint64_t>()==8, "__guest_handle_64_uint64_t");
    assert!(sz::<__guest_handle_64_uint8>()==8&&al::<__guest_handle_64_uint8>()==8, "__guest_handle_64_uint8");
    assert!(sz::<__guest_handle_64_vcpu_get_physid_t>()==8&&al::<__guest_handle_64_vcpu_get_physid_t>()==8, "__guest_handle_64_vcpu_get_physid_t");
    assert!(sz::<__guest_handle_64_vcpu_hvm_context_t>()==8&&al::<__guest_handle_64_vcpu_hvm_context_t>()==8, "__guest_handle_64_vcpu_hvm_context_t");
    assert!(sz::<__guest_handle_64_vcpu_register_runstate_memory_area_t>()==8&&al::<__guest_handle_64_vcpu_register_runstate_memory_area_t>()==8, "__guest_handle_64_vcpu_register_runstate_memory_area_t");
    assert!(sz::<__guest_handle_64_vcpu_register_time_memory_area_t>()==8&&al::<__guest_handle_64_vcpu_register_time_memory_area_t>()==8, "__guest_handle_64_vcpu_register_time_memory_area_t");
    assert!(sz::<__guest_handle_64_vcpu_register_vcpu_info_t>()==8&&al::<__guest_handle_64_vcpu_register_vcpu_info_t>()==8, "__guest_handle_64_vcpu_register_vcpu_info_t");
    assert!(sz::<__guest_handle_64_vcpu_runstate_info_t>()==8&&al::<__guest_handle_64_vcpu_runstate_info_t>()==8, "__guest_handle_64_vcpu_runstate_info_t");
    assert!(sz::<__guest_handle_64_vcpu_set_periodic_timer_t>()==8&&al::<__guest_handle_64_vcpu_set_periodic_timer_t>()==8, "__guest_handle_64_vcpu_set_periodic_timer_t");
    assert!(sz::<__guest_handle_64_vcpu_set_singleshot_timer_t>()==8&&al::<__guest_handle_64_vcpu_set_singleshot_timer_t>()==8, "__guest_handle_64_vcpu_set_singleshot_timer_t");
    assert!(sz::<__guest_handle_64_vcpu_time_info_t>()==8&&al::<__guest_handle_64_vcpu_time_info_t>()==8, "__guest_handle_64_vcpu_time_info_t");
    assert!(sz::<__guest_handle_64_void>()==8&&al::<__guest_handle_64_void>()==8, "__guest_handle_64_void");
    assert!(sz::<__guest_handle_64_xen_add_to_physmap_batch_t>()==8&&al::<__guest_handle_64_xen_add_to_physmap_batch_t>()==8, "__guest_handle_64_xen_add_to_physmap_batch_t");
    assert!(sz::<__guest_handle_64_xen_add_to_physmap_t>()==8&&al::<__guest_handle_64_xen_add_to_physmap_t>()==8, "__guest_handle_64_xen_add_to_physmap_t");
    assert!(sz::<__guest_handle_64_xen_dm_op_buf_t>()==8&&al::<__guest_handle_64_xen_dm_op_buf_t>()==8, "__guest_handle_64_xen_dm_op_buf_t");
    assert!(sz::<__guest_handle_64_xen_flask_op_t>()==8&&al::<__guest_handle_64_xen_flask_op_t>()==8, "__guest_handle_64_xen_flask_op_t");
    assert!(sz::<__guest_handle_64_xen_foreign_memory_map_t>()==8&&al::<__guest_handle_64_xen_foreign_memory_map_t>()==8, "__guest_handle_64_xen_foreign_memory_map_t");
    assert!(sz::<__guest_handle_64_xen_hvm_altp2m_change_gfn_t>()==8&&al::<__guest_handle_64_xen_hvm_altp2m_change_gfn_t>()==8, "__guest_handle_64_xen_hvm_altp2m_change_gfn_t");
    assert!(sz::<__guest_handle_64_xen_hvm_altp2m_domain_state_t>()==8&&al::<__guest_handle_64_xen_hvm_altp2m_domain_state_t>()==8, "__guest_handle_64_xen_hvm_altp2m_domain_state_t");
    assert!(sz::<__guest_handle_64_xen_hvm_altp2m_mem_access_t>()==8&&al::<__guest_handle_64_xen_hvm_altp2m_mem_access_t>()==8, "__guest_handle_64_xen_hvm_altp2m_mem_access_t");
    assert!(sz::<__guest_handle_64_xen_hvm_altp2m_op_t>()==8&&al::<__guest_handle_64_xen_hvm_altp2m_op_t>()==8, "__guest_handle_64_xen_hvm_altp2m_op_t");
    assert!(sz::<__guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t>()==8&&al::<__guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t>()==8, "__guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t");
    assert!(sz::<__guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t>()==8&&al::<__guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t>()==8, "__guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t");
    assert!(sz::<__guest_handle_64_xen_hvm_altp2m_view_t>()==8&&al::<__guest_handle_64_xen_hvm_altp2m_view_t>()==8, "__guest_handle_64_xen_hvm_altp2m_view_t");
    assert!(sz::<__guest_handle_64_xen_hvm_get_mem_type_t>()==8&&al::<__guest_handle_64_xen_hvm_get_mem_type_t>()==8, "__guest_handle_64_xen_hvm_get_mem_type_t");
    assert!(sz::<__guest_handle_64_xen_hvm_get_time_t>()==8&&al::<__guest_handle_64_xen_hvm_get_time_t>()==8, "__guest_handle_64_xen_hvm_get_time_t");
    assert!(sz::<__guest_handle_64_xen_hvm_pagetable_dying_t>()==8&&al::<__guest_handle_64_xen_hvm_pagetable_dying_t>()==8, "__guest_handle_64_xen_hvm_pagetable_dying_t");
    assert!(sz::<__guest_handle_64_xen_hvm_param_t>()==8&&al::<__guest_handle_64_xen_hvm_param_t>()==8, "__guest_handle_64_xen_hvm_param_t");
    assert!(sz::<__guest_handle_64_xen_hvm_xentrace_t>()==8&&al::<__guest_handle_64_xen_hvm_xentrace_t>()==8, "__guest_handle_64_xen_hvm_xentrace_t");
    assert!(sz::<__guest_handle_64_xen_kexec_load_t>()==8&&al::<__guest_handle_64_xen_kexec_load_t>()==8, "__guest_handle_64_xen_kexec_load_t");
    assert!(sz::<__guest_handle_64_xen_kexec_segment_t>()==8&&al::<__guest_handle_64_xen_kexec_segment_t>()==8, "__guest_handle_64_xen_kexec_segment_t");
    assert!(sz::<__guest_handle_64_xen_kexec_status_t>()==8&&al::<__guest_handle_64_xen_kexec_status_t>()==8, "__guest_handle_64_xen_kexec_status_t");
    assert!(sz::<__guest_handle_64_xen_kexec_unload_t>()==8&&al::<__guest_handle_64_xen_kexec_unload_t>()==8, "__guest_handle_64_xen_kexec_unload_t");
    assert!(sz::<__guest_handle_64_xen_machphys_mapping_t>()==8&&al::<__guest_handle_64_xen_machphys_mapping_t>()==8, "__guest_handle_64_xen_machphys_mapping_t");
    assert!(sz::<__guest_handle_64_xen_machphys_mfn_list_t>()==8&&al::<__guest_handle_64_xen_machphys_mfn_list_t>()==8, "__guest_handle_64_xen_machphys_mfn_list_t");
    assert!(sz::<__guest_handle_64_xen_mem_acquire_resource_t>()==8&&al::<__guest_handle_64_xen_mem_acquire_resource_t>()==8, "__guest_handle_64_xen_mem_acquire_resource_t");
    assert!(sz::<__guest_handle_64_xen_memory_exchange_t>()==8&&al::<__guest_handle_64_xen_memory_exchange_t>()==8, "__guest_handle_64_xen_memory_exchange_t");
    assert!(sz::<__guest_handle_64_xen_memory_map_t>()==8&&al::<__guest_handle_64_xen_memory_map_t>()==8, "__guest_handle_64_xen_memory_map_t");
    assert!(sz::<__guest_handle_64_xen_memory_reservation_t>()==8&&al::<__guest_handle_64_xen_memory_reservation_t>()==8, "__guest_handle_64_xen_memory_reservation_t");
    assert!(sz::<__guest_handle_64_xen_pfn_t>()==8&&al::<__guest_handle_64_xen_pfn_t>()==8, "__guest_handle_64_xen_pfn_t");
    assert!(sz::<__guest_handle_64_xen_platform_op_t>()==8&&al::<__guest_handle_64_xen_platform_op_t>()==8, "__guest_handle_64_xen_platform_op_t");
    assert!(sz::<__guest_handle_64_xen_pmu_params_t>()==8&&al::<__guest_handle_64_xen_pmu_params_t>()==8, "__guest_handle_64_xen_pmu_params_t");
    assert!(sz::<__guest_handle_64_xen_processor_csd_t>()==8&&al::<__guest_handle_64_xen_processor_csd_t>()==8, "__guest_handle_64_xen_processor_csd_t");
    assert!(sz::<__guest_handle_64_xen_processor_cx_t>()==8&&al::<__guest_handle_64_xen_processor_cx_t>()==8, "__guest_handle_64_xen_processor_cx_t");
    assert!(sz::<__guest_handle_64_xen_processor_performance_t>()==8&&al::<__guest_handle_64_xen_processor_performance_t>()==8, "__guest_handle_64_xen_processor_performance_t");
    assert!(sz::<__guest_handle_64_xen_processor_px_t>()==8&&al::<__guest_handle_64_xen_processor_px_t>()==8, "__guest_handle_64_xen_processor_px_t");
    assert!(sz::<__guest_handle_64_xen_remove_from_physmap_t>()==8&&al::<__guest_handle_64_xen_remove_from_physmap_t>()==8, "__guest_handle_64_xen_remove_from_physmap_t");
    assert!(sz::<__guest_handle_64_xen_tmem_oid_t>()==8&&al::<__guest_handle_64_xen_tmem_oid_t>()==8, "__guest_handle_64_xen_tmem_oid_t");
    assert!(sz::<__guest_handle_64_xen_ulong_t>()==8&&al::<__guest_handle_64_xen_ulong_t>()==8, "__guest_handle_64_xen_ulong_t");
    assert!(sz::<__guest_handle_64_xen_vmemrange_t>()==8&&al::<__guest_handle_64_xen_vmemrange_t>()==8, "__guest_handle_64_xen_vmemrange_t");
    assert!(sz::<__guest_handle_64_xen_vnuma_topology_info_t>()==8&&al::<__guest_handle_64_xen_vnuma_topology_info_t>()==8, "__guest_handle_64_xen_vnuma_topology_info_t");
    assert!(sz::<__guest_handle_64_xennmi_callback_t>()==8&&al::<__guest_handle_64_xennmi_callback_t>()==8, "__guest_handle_64_xennmi_callback_t");
    assert!(sz::<__guest_handle_64_xenoprof_buf_t>()==8&&al::<__guest_handle_64_xenoprof_buf_t>()==8, "__guest_handle_64_xenoprof_buf_t");
    assert!(sz::<__guest_handle_64_xenoprof_counter_t>()==8&&al::<__guest_handle_64_xenoprof_counter_t>()==8, "__guest_handle_64_xenoprof_counter_t");
    assert!(sz::<__guest_handle_64_xenoprof_get_buffer_t>()==8&&al::<__guest_handle_64_xenoprof_get_buffer_t>()==8, "__guest_handle_64_xenoprof_get_buffer_t");
    assert!(sz::<__guest_handle_64_xenoprof_ibs_counter_t>()==8&&al::<__guest_handle_64_xenoprof_ibs_counter_t>()==8, "__guest_handle_64_xenoprof_ibs_counter_t");
    assert!(sz::<__guest_handle_64_xenoprof_init_t>()==8&&al::<__guest_handle_64_xenoprof_init_t>()==8, "__guest_handle_64_xenoprof_init_t");
    assert!(sz::<__guest_handle_64_xenoprof_passive_t>()==8&&al::<__guest_handle_64_xenoprof_passive_t>()==8, "__guest_handle_64_xenoprof_passive_t");
    assert!(sz::<__guest_handle_64_xenpf_add_memtype_t>()==8&&al::<__guest_handle_64_xenpf_add_memtype_t>()==8, "__guest_handle_64_xenpf_add_memtype_t");
    assert!(sz::<__guest_handle_64_xenpf_change_freq_t>()==8&&al::<__guest_handle_64_xenpf_change_freq_t>()==8, "__guest_handle_64_xenpf_change_freq_t");
    assert!(sz::<__guest_handle_64_xenpf_core_parking_t>()==8&&al::<__guest_handle_64_xenpf_core_parking_t>()==8, "__guest_handle_64_xenpf_core_parking_t");
    assert!(sz::<__guest_handle_64_xenpf_cpu_ol_t>()==8&&al::<__guest_handle_64_xenpf_cpu_ol_t>()==8, "__guest_handle_64_xenpf_cpu_ol_t");
    assert!(sz::<__guest_handle_64_xenpf_del_memtype_t>()==8&&al::<__guest_handle_64_xenpf_del_memtype_t>()==8, "__guest_handle_64_xenpf_del_memtype_t");
    assert!(sz::<__guest_handle_64_xenpf_dom0_console_t>()==8&&al::<__guest_handle_64_xenpf_dom0_console_t>()==8, "__guest_handle_64_xenpf_dom0_console_t");
    assert!(sz::<__guest_handle_64_xenpf_efi_runtime_call_t>()==8&&al::<__guest_handle_64_xenpf_efi_runtime_call_t>()==8, "__guest_handle_64_xenpf_efi_runtime_call_t");
    assert!(sz::<__guest_handle_64_xenpf_enter_acpi_sleep_t>()==8&&al::<__guest_handle_64_xenpf_enter_acpi_sleep_t>()==8, "__guest_handle_64_xenpf_enter_acpi_sleep_t");
    assert!(sz::<__guest_handle_64_xenpf_firmware_info_t>()==8&&al::<__guest_handle_64_xenpf_firmware_info_t>()==8, "__guest_handle_64_xenpf_firmware_info_t");
    assert!(sz::<__guest_handle_64_xenpf_getidletime_t>()==8&&al::<__guest_handle_64_xenpf_getidletime_t>()==8, "__guest_handle_64_xenpf_getidletime_t");
    assert!(sz::<__guest_handle_64_xenpf_microcode_update2_t>()==8&&al::<__guest_handle_64_xenpf_microcode_update2_t>()==8, "__guest_handle_64_xenpf_microcode_update2_t");
    assert!(sz::<__guest_handle_64_xenpf_microcode_update_t>()==8&&al::<__guest_handle_64_xenpf_microcode_update_t>()==8, "__guest_handle_64_xenpf_microcode_update_t");
    assert!(sz::<__guest_handle_64_xenpf_pcpu_version_t>()==8&&al::<__guest_handle_64_xenpf_pcpu_version_t>()==8, "__guest_handle_64_xenpf_pcpu_version_t");
    assert!(sz::<__guest_handle_64_xenpf_pcpuinfo_t>()==8&&al::<__guest_handle_64_xenpf_pcpuinfo_t>()==8, "__guest_handle_64_xenpf_pcpuinfo_t");
    assert!(sz::<__guest_handle_64_xenpf_platform_quirk_t>()==8&&al::<__guest_handle_64_xenpf_platform_quirk_t>()==8, "__guest_handle_64_xenpf_platform_quirk_t");
    assert!(sz::<__guest_handle_64_xenpf_read_memtype_t>()==8&&al::<__guest_handle_64_xenpf_read_memtype_t>()==8, "__guest_handle_64_xenpf_read_memtype_t");
    assert!(sz::<__guest_handle_64_xenpf_resource_entry_t>()==8&&al::<__guest_handle_64_xenpf_resource_entry_t>()==8, "__guest_handle_64_xenpf_resource_entry_t");
    assert!(sz::<__guest_handle_64_xenpf_resource_op_t>()==8&&al::<__guest_handle_64_xenpf_resource_op_t>()==8, "__guest_handle_64_xenpf_resource_op_t");
    assert!(sz::<__guest_handle_64_xenpf_set_processor_pminfo_t>()==8&&al::<__guest_handle_64_xenpf_set_processor_pminfo_t>()==8, "__guest_handle_64_xenpf_set_processor_pminfo_t");
    assert!(sz::<__guest_handle_64_xenpf_settime_t>()==8&&al::<__guest_handle_64_xenpf_settime_t>()==8, "__guest_handle_64_xenpf_settime_t");
    assert!(sz::<__guest_handle_64_xenpf_symdata_t>()==8&&al::<__guest_handle_64_xenpf_symdata_t>()==8, "__guest_handle_64_xenpf_symdata_t");
    assert!(sz::<__guest_handle_64_xenpf_ucode_revision_t>()==8&&al::<__guest_handle_64_xenpf_ucode_revision_t>()==8, "__guest_handle_64_xenpf_ucode_revision_t");
    assert!(sz::<__guest_handle_callback_register_t>()==8&&al::<__guest_handle_callback_register_t>()==8, "__guest_handle_callback_register_t");
    assert!(sz::<__guest_handle_callback_unregister_t>()==8&&al::<__guest_handle_callback_unregister_t>()==8, "__guest_handle_callback_unregister_t");
    assert!(sz::<__guest_handle_char>()==8&&al::<__guest_handle_char>()==8, "__guest_handle_char");
    assert!(sz::<__guest_handle_const_callback_register_t>()==8&&al::<__guest_handle_const_callback_register_t>()==8, "__guest_handle_const_callback_register_t");
    assert!(sz::<__guest_handle_const_callback_unregister_t>()==8&&al::<__guest_handle_const_callback_unregister_t>()==8, "__guest_handle_const_callback_unregister_t");
    assert!(sz::<__guest_handle_const_char>()==8&&al::<__guest_handle_const_char>()==8, "__guest_handle_const_char");
    assert!(sz::<__guest_handle_const_evtchn_op_t>()==8&&al::<__guest_handle_const_evtchn_op_t>()==8, "__guest_handle_const_evtchn_op_t");
    assert!(sz::<__guest_handle_const_evtchn_port_t>()==8&&al::<__guest_handle_const_evtchn_port_t>()==8, "__guest_handle_const_evtchn_port_t");
    assert!(sz::<__guest_handle_const_gnttab_cache_flush_t>()==8&&al::<__guest_handle_const_gnttab_cache_flush_t>()==8, "__guest_handle_const_gnttab_cache_flush_t");
    assert!(sz::<__guest_handle_const_gnttab_copy_t>()==8&&al::<__guest_handle_const_gnttab_copy_t>()==8, "__guest_handle_const_gnttab_copy_t");
    assert!(sz::<__guest_handle_const_gnttab_dump_table_t>()==8&&al::<__guest_handle_const_gnttab_dump_table_t>()==8, "__guest_handle_const_gnttab_dump_table_t");
    assert!(sz::<__guest_handle_const_gnttab_get_status_frames_t>()==8&&al::<__guest_handle_const_gnttab_get_status_frames_t>()==8, "__guest_handle_const_gnttab_get_status_frames_t");
    assert!(sz::<__guest_handle_const_gnttab_get_version_t>()==8&&al::<__guest_handle_const_gnttab_get_version_t>()==8, "__guest_handle_const_gnttab_get_version_t");
    assert!(sz::<__guest_handle_const_gnttab_map_grant_ref_t>()==8&&al::<__guest_handle_const_gnttab_map_grant_ref_t>()==8, "__guest_handle_const_gnttab_map_grant_ref_t");
    assert!(sz::<__guest_handle_const_gnttab_query_size_t>()==8&&al::<__guest_handle_const_gnttab_query_size_t>()==8, "__guest_handle_const_gnttab_query_size_t");
    assert!(sz::<__guest_handle_const_gnttab_set_version_t>()==8&&al::<__guest_handle_const_gnttab_set_version_t>()==8, "__guest_handle_const_gnttab_set_version_t");
    assert!(sz::<__guest_handle_const_gnttab_setup_table_t>()==8&&al::<__guest_handle_const_gnttab_setup_table_t>()==8, "__guest_handle_const_gnttab_setup_table_t");
    assert!(sz::<__guest_handle_const_gnttab_swap_grant_ref_t>()==8&&al::<__guest_handle_const_gnttab_swap_grant_ref_t>()==8, "__guest_handle_const_gnttab_swap_grant_ref_t");
    assert!(sz::<__guest_handle_const_gnttab_transfer_t>()==8&&al::<__guest_handle_const_gnttab_transfer_t>()==8, "__guest_handle_const_gnttab_transfer_t");
    assert!(sz::<__guest_handle_const_gnttab_unmap_and_replace_t>()==8&&al::<__guest_handle_const_gnttab_unmap_and_replace_t>()==8, "__guest_handle_const_gnttab_unmap_and_replace_t");
    assert!(sz::<__guest_handle_const_gnttab_unmap_grant_ref_t>()==8&&al::<__guest_handle_const_gnttab_unmap_grant_ref_t>()==8, "__guest_handle_const_gnttab_unmap_grant_ref_t");
    assert!(sz::<__guest_handle_const_int>()==8&&al::<__guest_handle_const_int>()==8, "__guest_handle_const_int");
    assert!(sz::<__guest_handle_const_mmu_update_t>()==8&&al::<__guest_handle_const_mmu_update_t>()==8, "__guest_handle_const_mmu_update_t");
    assert!(sz::<__guest_handle_const_mmuext_op_t>()==8&&al::<__guest_handle_const_mmuext_op_t>()==8, "__guest_handle_const_mmuext_op_t");
    assert!(sz::<__guest_handle_const_multicall_entry_t>()==8&&al::<__guest_handle_const_multicall_entry_t>()==8, "__guest_handle_const_multicall_entry_t");
    assert!(sz::<__guest_handle_const_physdev_apic_t>()==8&&al::<__guest_handle_const_physdev_apic_t>()==8, "__guest_handle_const_physdev_apic_t");
    assert!(sz::<__guest_handle_const_physdev_dbgp_op_t>()==8&&al::<__guest_handle_const_physdev_dbgp_op_t>()==8, "__guest_handle_const_physdev_dbgp_op_t");
    assert!(sz::<__guest_handle_const_physdev_eoi_t>()==8&&al::<__guest_handle_const_physdev_eoi_t>()==8, "__guest_handle_const_physdev_eoi_t");
    assert!(sz::<__guest_handle_const_physdev_get_free_pirq_t>()==8&&al::<__guest_handle_const_physdev_get_free_pirq_t>()==8, "__guest_handle_const_physdev_get_free_pirq_t");
    assert!(sz::<__guest_handle_const_physdev_irq_status_query_t>()==8&&al::<__guest_handle_const_physdev_irq_status_query_t>()==8, "__guest_handle_const_physdev_irq_status_query_t");
    assert!(sz::<__guest_handle_const_physdev_irq_t>()==8&&al::<__guest_handle_const_physdev_irq_t>()==8, "__guest_handle_const_physdev_irq_t");
    assert!(sz::<__guest_handle_const_physdev_manage_pci_ext_t>()==8&&al::<__guest_handle_const_physdev_manage_pci_ext_t>()==8, "__guest_handle_const_physdev_manage_pci_ext_t");
    assert!(sz::<__guest_handle_const_physdev_manage_pci_t>()==8&&al::<__guest_handle_const_physdev_manage_pci_t>()==8, "__guest_handle_const_physdev_manage_pci_t");
    assert!(sz::<__guest_handle_const_physdev_map_pirq_t>()==8&&al::<__guest_handle_const_physdev_map_pirq_t>()==8, "__guest_handle_const_physdev_map_pirq_t");
    assert!(sz::<__guest_handle_const_physdev_op_t>()==8&&al::<__guest_handle_const_physdev_op_t>()==8, "__guest_handle_const_physdev_op_t");
    assert!(sz::<__guest_handle_const_physdev_pci_device_add_t>()==8&&al::<__guest_handle_const_physdev_pci_device_add_t>()==8, "__guest_handle_const_physdev_pci_device_add_t");
    assert!(sz::<__guest_handle_const_physdev_pci_device_t>()==8&&al::<__guest_handle_const_physdev_pci_device_t>()==8, "__guest_handle_const_physdev_pci_device_t");
    assert!(sz::<__guest_handle_const_physdev_pci_mmcfg_reserved_t>()==8&&al::<__guest_handle_const_physdev_pci_mmcfg_reserved_t>()==8, "__guest_handle_const_physdev_pci_mmcfg_reserved_t");
    assert!(sz::<__guest_handle_const_physdev_pirq_eoi_gmfn_t>()==8&&al::<__guest_handle_const_physdev_pirq_eoi_gmfn_t>()==8, "__guest_handle_const_physdev_pirq_eoi_gmfn_t");
    assert!(sz::<__guest_handle_const_physdev_restore_msi_t>()==8&&al::<__guest_handle_const_physdev_restore_msi_t>()==8, "__guest_handle_const_physdev_restore_msi_t");
    assert!(sz::<__guest_handle_const_physdev_set_iobitmap_t>()==8&&al::<__guest_handle_const_physdev_set_iobitmap_t>()==8, "__guest_handle_const_physdev_set_iobitmap_t");
    assert!(sz::<__guest_handle_const_physdev_set_iopl_t>()==8&&al::<__guest_handle_const_physdev_set_iopl_t>()==8, "__guest_handle_const_physdev_set_iopl_t");
    assert!(sz::<__guest_handle_const_physdev_setup_gsi_t>()==8&&al::<__guest_handle_const_physdev_setup_gsi_t>()==8, "__guest_handle_const_physdev_setup_gsi_t");
    assert!(sz::<__guest_handle_const_physdev_unmap_pirq_t>()==8&&al::<__guest_handle_const_physdev_unmap_pirq_t>()==8, "__guest_handle_const_physdev_unmap_pirq_t");
    assert!(sz::<__guest_handle_const_sched_pin_override_t>()==8&&al::<__guest_handle_const_sched_pin_override_t>()==8, "__guest_handle_const_sched_pin_override_t");
    assert!(sz::<__guest_handle_const_sched_poll_t>()==8&&al::<__guest_handle_const_sched_poll_t>()==8, "__guest_handle_const_sched_poll_t");
    assert!(sz::<__guest_handle_const_sched_remote_shutdown_t>()==8&&al::<__guest_handle_const_sched_remote_shutdown_t>()==8, "__guest_handle_const_sched_remote_shutdown_t");
    assert!(sz::<__guest_handle_const_sched_shutdown_t>()==8&&al::<__guest_handle_const_sched_shutdown_t>()==8, "__guest_handle_const_sched_shutdown_t");
    assert!(sz::<__guest_handle_const_sched_watchdog_t>()==8&&al::<__guest_handle_const_sched_watchdog_t>()==8, "__guest_handle_const_sched_watchdog_t");
    assert!(sz::<__guest_handle_const_tmem_op_t>()==8&&al::<__guest_handle_const_tmem_op_t>()==8, "__guest_handle_const_tmem_op_t");
    assert!(sz::<__guest_handle_const_uchar>()==8&&al::<__guest_handle_const_uchar>()==8, "__guest_handle_const_uchar");
    assert!(sz::<__guest_handle_const_uint>()==8&&al::<__guest_handle_const_uint>()==8, "__guest_handle_const_uint");
    assert!(sz::<__guest_handle_const_uint16>()==8&&al::<__guest_handle_const_uint16>()==8, "__guest_handle_const_uint16");
    assert!(sz::<__guest_handle_const_uint32>()==8&&al::<__guest_handle_const_uint32>()==8, "__guest_handle_const_uint32");
    assert!(sz::<__guest_handle_const_uint64>()==8&&al::<__guest_handle_const_uint64>()==8, "__guest_handle_const_uint64");
    assert!(sz::<__guest_handle_const_uint64_t>()==8&&al::<__guest_handle_const_uint64_t>()==8, "__guest_handle_const_uint64_t");
    assert!(sz::<__guest_handle_const_uint8>()==8&&al::<__guest_handle_const_uint8>()==8, "__guest_handle_const_uint8");
    assert!(sz::<__guest_handle_const_vcpu_get_physid_t>()==8&&al::<__guest_handle_const_vcpu_get_physid_t>()==8, "__guest_handle_const_vcpu_get_physid_t");
    assert!(sz::<__guest_handle_const_vcpu_hvm_context_t>()==8&&al::<__guest_handle_const_vcpu_hvm_context_t>()==8, "__guest_handle_const_vcpu_hvm_context_t");
    assert!(sz::<__guest_handle_const_vcpu_register_runstate_memory_area_t>()==8&&al::<__guest_handle_const_vcpu_register_runstate_memory_area_t>()==8, "__guest_handle_const_vcpu_register_runstate_memory_area_t");
    assert!(sz::<__guest_handle_const_vcpu_register_time_memory_area_t>()==8&&al::<__guest_handle_const_vcpu_register_time_memory_area_t>()==8, "__guest_handle_const_vcpu_register_time_memory_area_t");
    assert!(sz::<__guest_handle_const_vcpu_register_vcpu_info_t>()==8&&al::<__guest_handle_const_vcpu_register_vcpu_info_t>()==8, "__guest_handle_const_vcpu_register_vcpu_info_t");
    assert!(sz::<__guest_handle_const_vcpu_runstate_info_t>()==8&&al::<__guest_handle_const_vcpu_runstate_info_t>()==8, "__guest_handle_const_vcpu_runstate_info_t");
    assert!(sz::<__guest_handle_const_vcpu_set_periodic_timer_t>()==8&&al::<__guest_handle_const_vcpu_set_periodic_timer_t>()==8, "__guest_handle_const_vcpu_set_periodic_timer_t");
    assert!(sz::<__guest_handle_const_vcpu_set_singleshot_timer_t>()==8&&al::<__guest_handle_const_vcpu_set_singleshot_timer_t>()==8, "__guest_handle_const_vcpu_set_singleshot_timer_t");
    assert!(sz::<__guest_handle_const_vcpu_time_info_t>()==8&&al::<__guest_handle_const_vcpu_time_info_t>()==8, "__guest_handle_const_vcpu_time_info_t");
    assert!(sz::<__guest_handle_const_void>()==8&&al::<__guest_handle_const_void>()==8, "__guest_handle_const_void");
    assert!(sz::<__guest_handle_const_xen_add_to_physmap_batch_t>()==8&&al::<__guest_handle_const_xen_add_to_physmap_batch_t>()==8, "__guest_handle_const_xen_add_to_physmap_batch_t");
    assert!(sz::<__guest_handle_const_xen_add_to_physmap_t>()==8&&al::<__guest_handle_const_xen_add_to_physmap_t>()==8, "__guest_handle_const_xen_add_to_physmap_t");
    assert!(sz::<__guest_handle_const_xen_dm_op_buf_t>()==8&&al::<__guest_handle_const_xen_dm_op_buf_t>()==8, "__guest_handle_const_xen_dm_op_buf_t");
    assert!(sz::<__guest_handle_const_xen_flask_op_t>()==8&&al::<__guest_handle_const_xen_flask_op_t>()==8, "__guest_handle_const_xen_flask_op_t");
    assert!(sz::<__guest_handle_const_xen_foreign_memory_map_t>()==8&&al::<__guest_handle_const_xen_foreign_memory_map_t>()==8, "__guest_handle_const_xen_foreign_memory_map_t");
    assert!(sz::<__guest_handle_const_xen_hvm_altp2m_change_gfn_t>()==8&&al::<__guest_handle_const_xen_hvm_altp2m_change_gfn_t>()==8, "__guest_handle_const_xen_hvm_altp2m_change_gfn_t");
    assert!(sz::<__guest_handle_const_xen_hvm_altp2m_domain_state_t>()==8&&al::<__guest_handle_const_xen_hvm_altp2m_domain_state_t>()==8, "__guest_handle_const_xen_hvm_altp2m_domain_state_t");
    assert!(sz::<__guest_handle_const_xen_hvm_altp2m_mem_access_t>()==8&&al::<__guest_handle_const_xen_hvm_altp2m_mem_access_t>()==8, "__guest_handle_const_xen_hvm_altp2m_mem_access_t");
    assert!(sz::<__guest_handle_const_xen_hvm_altp2m_op_t>()==8&&al::<__guest_handle_const_xen_hvm_altp2m_op_t>()==8, "__guest_handle_const_xen_hvm_altp2m_op_t");
    assert!(sz::<__guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t>()==8&&al::<__guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t>()==8, "__guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t");
    assert!(sz::<__guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t>()==8&&al::<__guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t>()==8, "__guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t");
    assert!(sz::<__guest_handle_const_xen_hvm_altp2m_view_t>()==8&&al::<__guest_handle_const_xen_hvm_altp2m_view_t>()==8, "__guest_handle_const_xen_hvm_altp2m_view_t");
    assert!(sz::<__guest_handle_const_xen_hvm_get_mem_type_t>()==8&&al::<__guest_handle_const_xen_hvm_get_mem_type_t>()==8, "__guest_handle_const_xen_hvm_get_mem_type_t");
    assert!(sz::<__guest_handle_const_xen_hvm_get_time_t>()==8&&al::<__guest_handle_const_xen_hvm_get_time_t>()==8, "__guest_handle_const_xen_hvm_get_time_t");
    assert!(sz::<__guest_handle_const_xen_hvm_pagetable_dying_t>()==8&&al::<__guest_handle_const_xen_hvm_pagetable_dying_t>()==8, "__guest_handle_const_xen_hvm_pagetable_dying_t");
    assert!(sz::<__guest_handle_const_xen_hvm_param_t>()==8&&al::<__guest_handle_const_xen_hvm_param_t>()==8, "__guest_handle_const_xen_hvm_param_t");
    assert!(sz::<__guest_handle_const_xen_hvm_xentrace_t>()==8&&al::<__guest_handle_const_xen_hvm_xentrace_t>()==8, "__guest_handle_const_xen_hvm_xentrace_t");
    assert!(sz::<__guest_handle_const_xen_kexec_load_t>()==8&&al::<__guest_handle_const_xen_kexec_load_t>()==8, "__guest_handle_const_xen_kexec_load_t");
    assert!(sz::<__guest_handle_const_xen_kexec_segment_t>()==8&&al::<__guest_handle_const_xen_kexec_segment_t>()==8, "__guest_handle_const_xen_kexec_segment_t");
    assert!(sz::<__guest_handle_const_xen_kexec_status_t>()==8&&al::<__guest_handle_const_xen_kexec_status_t>()==8, "__guest_handle_const_xen_kexec_status_t");
    assert!(sz::<__guest_handle_const_xen_kexec_unload_t>()==8&&al::<__guest_handle_const_xen_kexec_unload_t>()==8, "__guest_handle_const_xen_kexec_unload_t");
    assert!(sz::<__guest_handle_const_xen_machphys_mapping_t>()==8&&al::<__guest_handle_const_xen_machphys_mapping_t>()==8, "__guest_handle_const_xen_machphys_mapping_t");
    assert!(sz::<__guest_handle_const_xen_machphys_mfn_list_t>()==8&&al::<__guest_handle_const_xen_machphys_mfn_list_t>()==8, "__guest_handle_const_xen_machphys_mfn_list_t");
    assert!(sz::<__guest_handle_const_xen_mem_acquire_resource_t>()==8&&al::<__guest_handle_const_xen_mem_acquire_resource_t>()==8, "__guest_handle_const_xen_mem_acquire_resource_t");
    assert!(sz::<__guest_handle_const_xen_memory_exchange_t>()==8&&al::<__guest_handle_const_xen_memory_exchange_t>()==8, "__guest_handle_const_xen_memory_exchange_t");
    assert!(sz::<__guest_handle_const_xen_memory_map_t>()==8&&al::<__guest_handle_const_xen_memory_map_t>()==8, "__guest_handle_const_xen_memory_map_t");
    assert!(sz::<__guest_handle_const_xen_memory_reservation_t>()==8&&al::<__guest_handle_const_xen_memory_reservation_t>()==8, "__guest_handle_const_xen_memory_reservation_t");
    assert!(sz::<__guest_handle_const_xen_pfn_t>()==8&&al::<__guest_handle_const_xen_pfn_t>()==8, "__guest_handle_const_xen_pfn_t");
    assert!(sz::<__guest_handle_const_xen_platform_op_t>()==8&&al::<__guest_handle_const_xen_platform_op_t>()==8, "__guest_handle_const_xen_platform_op_t");
    assert!(sz::<__guest_handle_const_xen_pmu_params_t>()==8&&al::<__guest_handle_const_xen_pmu_params_t>()==8, "__guest_handle_const_xen_pmu_params_t");
    assert!(sz::<__guest_handle_const_xen_processor_csd_t>()==8&&al::<__guest_handle_const_xen_processor_csd_t>()==8, "__guest_handle_const_xen_processor_csd_t");
    assert!(sz::<__guest_handle_const_xen_processor_cx_t>()==8&&al::<__guest_handle_const_xen_processor_cx_t>()==8, "__guest_handle_const_xen_processor_cx_t");
    assert!(sz::<__guest_handle_const_xen_processor_performance_t>()==8&&al::<__guest_handle_const_xen_processor_performance_t>()==8, "__guest_handle_const_xen_processor_performance_t");
    assert!(sz::<__guest_handle_const_xen_processor_px_t>()==8&&al::<__guest_handle_const_xen_processor_px_t>()==8, "__guest_handle_const_xen_processor_px_t");
    assert!(sz::<__guest_handle_const_xen_remove_from_physmap_t>()==8&&al::<__guest_handle_const_xen_remove_from_physmap_t>()==8, "__guest_handle_const_xen_remove_from_physmap_t");
    assert!(sz::<__guest_handle_const_xen_tmem_oid_t>()==8&&al::<__guest_handle_const_xen_tmem_oid_t>()==8, "__guest_handle_const_xen_tmem_oid_t");
    assert!(sz::<__guest_handle_const_xen_ulong_t>()==8&&al::<__guest_handle_const_xen_ulong_t>()==8, "__guest_handle_const_xen_ulong_t");
    assert!(sz::<__guest_handle_const_xen_vmemrange_t>()==8&&al::<__guest_handle_const_xen_vmemrange_t>()==8, "__guest_handle_const_xen_vmemrange_t");
    assert!(sz::<__guest_handle_const_xen_vnuma_topology_info_t>()==8&&al::<__guest_handle_const_xen_vnuma_topology_info_t>()==8, "__guest_handle_const_xen_vnuma_topology_info_t");
    assert!(sz::<__guest_handle_const_xennmi_callback_t>()==8&&al::<__guest_handle_const_xennmi_callback_t>()==8, "__guest_handle_const_xennmi_callback_t");
    assert!(sz::<__guest_handle_const_xenoprof_buf_t>()==8&&al::<__guest_handle_const_xenoprof_buf_t>()==8, "__guest_handle_const_xenoprof_buf_t");
    assert!(sz::<__guest_handle_const_xenoprof_counter_t>()==8&&al::<__guest_handle_const_xenoprof_counter_t>()==8, "__guest_handle_const_xenoprof_counter_t");
    assert!(sz::<__guest_handle_const_xenoprof_get_buffer_t>()==8&&al::<__guest_handle_const_xenoprof_get_buffer_t>()==8, "__guest_handle_const_xenoprof_get_buffer_t");
    assert!(sz::<__guest_handle_const_xenoprof_ibs_counter_t>()==8&&al::<__guest_handle_const_xenoprof_ibs_counter_t>()==8, "__guest_handle_const_xenoprof_ibs_counter_t");
    assert!(sz::<__guest_handle_const_xenoprof_init_t>()==8&&al::<__guest_handle_const_xenoprof_init_t>()==8, "__guest_handle_const_xenoprof_init_t");
    assert!(sz::<__guest_handle_const_xenoprof_passive_t>()==8&&al::<__guest_handle_const_xenoprof_passive_t>()==8, "__guest_handle_const_xenoprof_passive_t");
    assert!(sz::<__guest_handle_const_xenpf_add_memtype_t>()==8&&al::<__guest_handle_const_xenpf_add_memtype_t>()==8, "__guest_handle_const_xenpf_add_memtype_t");
    assert!(sz::<__guest_handle_const_xenpf_change_freq_t>()==8&&al::<__guest_handle_const_xenpf_change_freq_t>()==8, "__guest_handle_const_xenpf_change_freq_t");
    assert!(sz::<__guest_handle_const_xenpf_core_parking_t>()==8&&al::<__guest_handle_const_xenpf_core_parking_t>()==8, "__guest_handle_const_xenpf_core_parking_t");
    assert!(sz::<__guest_handle_const_xenpf_cpu_ol_t>()==8&&al::<__guest_handle_const_xenpf_cpu_ol_t>()==8, "__guest_handle_const_xenpf_cpu_ol_t");
    assert!(sz::<__guest_handle_const_xenpf_del_memtype_t>()==8&&al::<__guest_handle_const_xenpf_del_memtype_t>()==8, "__guest_handle_const_xenpf_del_memtype_t");
    assert!(sz::<__guest_handle_const_xenpf_dom0_console_t>()==8&&al::<__guest_handle_const_xenpf_dom0_console_t>()==8, "__guest_handle_const_xenpf_dom0_console_t");
    assert!(sz::<__guest_handle_const_xenpf_efi_runtime_call_t>()==8&&al::<__guest_handle_const_xenpf_efi_runtime_call_t>()==8, "__guest_handle_const_xenpf_efi_runtime_call_t");
    assert!(sz::<__guest_handle_const_xenpf_enter_acpi_sleep_t>()==8&&al::<__guest_handle_const_xenpf_enter_acpi_sleep_t>()==8, "__guest_handle_const_xenpf_enter_acpi_sleep_t");
    assert!(sz::<__guest_handle_const_xenpf_firmware_info_t>()==8&&al::<__guest_handle_const_xenpf_firmware_info_t>()==8, "__guest_handle_const_xenpf_firmware_info_t");
    assert!(sz::<__guest_handle_const_xenpf_getidletime_t>()==8&&al::<__guest_handle_const_xenpf_getidletime_t>()==8, "__guest_handle_const_xenpf_getidletime_t");
    assert!(sz::<__guest_handle_const_xenpf_microcode_update2_t>()==8&&al::<__guest_handle_const_xenpf_microcode_update2_t>()==8, "__guest_handle_const_xenpf_microcode_update2_t");
    assert!(sz::<__guest_handle_const_xenpf_microcode_update_t>()==8&&al::<__guest_handle_const_xenpf_microcode_update_t>()==8, "__guest_handle_const_xenpf_microcode_update_t");
    assert!(sz::<__guest_handle_const_xenpf_pcpu_version_t>()==8&&al::<__guest_handle_const_xenpf_pcpu_version_t>()==8, "__guest_handle_const_xenpf_pcpu_version_t");
    assert!(sz::<__guest_handle_const_xenpf_pcpuinfo_t>()==8&&al::<__guest_handle_const_xenpf_pcpuinfo_t>()==8, "__guest_handle_const_xenpf_pcpuinfo_t");
    assert!(sz::<__guest_handle_const_xenpf_platform_quirk_t>()==8&&al::<__guest_handle_const_xenpf_platform_quirk_t>()==8, "__guest_handle_const_xenpf_platform_quirk_t");
    assert!(sz::<__guest_handle_const_xenpf_read_memtype_t>()==8&&al::<__guest_handle_const_xenpf_read_memtype_t>()==8, "__guest_handle_const_xenpf_read_memtype_t");
    assert!(sz::<__guest_handle_const_xenpf_resource_entry_t>()==8&&al::<__guest_handle_const_xenpf_resource_entry_t>()==8, "__guest_handle_const_xenpf_resource_entry_t");
    assert!(sz::<__guest_handle_const_xenpf_resource_op_t>()==8&&al::<__guest_handle_const_xenpf_resource_op_t>()==8, "__guest_handle_const_xenpf_resource_op_t");
    assert!(sz::<__guest_handle_const_xenpf_set_processor_pminfo_t>()==8&&al::<__guest_handle_const_xenpf_set_processor_pminfo_t>()==8, "__guest_handle_const_xenpf_set_processor_pminfo_t");
    assert!(sz::<__guest_handle_const_xenpf_settime_t>()==8&&al::<__guest_handle_const_xenpf_settime_t>()==8, "__guest_handle_const_xenpf_settime_t");
    assert!(sz::<__guest_handle_const_xenpf_symdata_t>()==8&&al::<__guest_handle_const_xenpf_symdata_t>()==8, "__guest_handle_const_xenpf_symdata_t");
    assert!(sz::<__guest_handle_const_xenpf_ucode_revision_t>()==8&&al::<__guest_handle_const_xenpf_ucode_revision_t>()==8, "__guest_handle_const_xenpf_ucode_revision_t");
    assert!(sz::<__guest_handle_evtchn_op_t>()==8&&al::<__guest_handle_evtchn_op_t>()==8, "__guest_handle_evtchn_op_t");
    assert!(sz::<__guest_handle_evtchn_port_t>()==8&&al::<__guest_handle_evtchn_port_t>()==8, "__guest_handle_evtchn_port_t");
    assert!(sz::<__guest_handle_gnttab_cache_flush_t>()==8&&al::<__guest_handle_gnttab_cache_flush_t>()==8, "__guest_handle_gnttab_cache_flush_t");
    assert!(sz::<__guest_handle_gnttab_copy_t>()==8&&al::<__guest_handle_gnttab_copy_t>()==8, "__guest_handle_gnttab_copy_t");
    assert!(sz::<__guest_handle_gnttab_dump_table_t>()==8&&al::<__guest_handle_gnttab_dump_table_t>()==8, "__guest_handle_gnttab_dump_table_t");
    assert!(sz::<__guest_handle_gnttab_get_status_frames_t>()==8&&al::<__guest_handle_gnttab_get_status_frames_t>()==8, "__guest_handle_gnttab_get_status_frames_t");
    assert!(sz::<__guest_handle_gnttab_get_version_t>()==8&&al::<__guest_handle_gnttab_get_version_t>()==8, "__guest_handle_gnttab_get_version_t");
    assert!(sz::<__guest_handle_gnttab_map_grant_ref_t>()==8&&al::<__guest_handle_gnttab_map_grant_ref_t>()==8, "__guest_handle_gnttab_map_grant_ref_t");
    assert!(sz::<__guest_handle_gnttab_query_size_t>()==8&&al::<__guest_handle_gnttab_query_size_t>()==8, "__guest_handle_gnttab_query_size_t");
    assert!(sz::<__guest_handle_gnttab_set_version_t>()==8&&al::<__guest_handle_gnttab_set_version_t>()==8, "__guest_handle_gnttab_set_version_t");
    assert!(sz::<__guest_handle_gnttab_setup_table_t>()==8&&al::<__guest_handle_gnttab_setup_table_t>()==8, "__guest_handle_gnttab_setup_table_t");
    assert!(sz::<__guest_handle_gnttab_swap_grant_ref_t>()==8&&al::<__guest_handle_gnttab_swap_grant_ref_t>()==8, "__guest_handle_gnttab_swap_grant_ref_t");
    assert!(sz::<__guest_handle_gnttab_transfer_t>()==8&&al::<__guest_handle_gnttab_transfer_t>()==8, "__guest_handle_gnttab_transfer_t");
    assert!(sz::<__guest_handle_gnttab_unmap_and_replace_t>()==8&&al::<__guest_handle_gnttab_unmap_and_replace_t>()==8, "__guest_handle_gnttab_unmap_and_replace_t");
    assert!(sz::<__guest_handle_gnttab_unmap_grant_ref_t>()==8&&al::<__guest_handle_gnttab_unmap_grant_ref_t>()==8, "__guest_handle_gnttab_unmap_grant_ref_t");
    assert!(sz::<__guest_handle_int>()==8&&al::<__guest_handle_int>()==8, "__guest_handle_int");
    assert!(sz::<__guest_handle_mmu_update_t>()==8&&al::<__guest_handle_mmu_update_t>()==8, "__guest_handle_mmu_update_t");
    assert!(sz::<__guest_handle_mmuext_op_t>()==8&&al::<__guest_handle_mmuext_op_t>()==8, "__guest_handle_mmuext_op_t");
    assert!(sz::<__guest_handle_multicall_entry_t>()==8&&al::<__guest_handle_multicall_entry_t>()==8, "__guest_handle_multicall_entry_t");
    assert!(sz::<__guest_handle_physdev_apic_t>()==8&&al::<__guest_handle_physdev_apic_t>()==8, "__guest_handle_physdev_apic_t");
    assert!(sz::<__guest_handle_physdev_dbgp_op_t>()==8&&al::<__guest_handle_physdev_dbgp_op_t>()==8, "__guest_handle_physdev_dbgp_op_t");
    assert!(sz::<__guest_handle_physdev_eoi_t>()==8&&al::<__guest_handle_physdev_eoi_t>()==8, "__guest_handle_physdev_eoi_t");
    assert!(sz::<__guest_handle_physdev_get_free_pirq_t>()==8&&al::<__guest_handle_physdev_get_free_pirq_t>()==8, "__guest_handle_physdev_get_free_pirq_t");
    assert!(sz::<__guest_handle_physdev_irq_status_query_t>()==8&&al::<__guest_handle_physdev_irq_status_query_t>()==8, "__guest_handle_physdev_irq_status_query_t");
    assert!(sz::<__guest_handle_physdev_irq_t>()==8&&al::<__guest_handle_physdev_irq_t>()==8, "__guest_handle_physdev_irq_t");
    assert!(sz::<__guest_handle_physdev_manage_pci_ext_t>()==8&&al::<__guest_handle_physdev_manage_pci_ext_t>()==8, "__guest_handle_physdev_manage_pci_ext_t");
    assert!(sz::<__guest_handle_physdev_manage_pci_t>()==8&&al::<__guest_handle_physdev_manage_pci_t>()==8, "__guest_handle_physdev_manage_pci_t");
    assert!(sz::<__guest_handle_physdev_map_pirq_t>()==8&&al::<__guest_handle_physdev_map_pirq_t>()==8, "__guest_handle_physdev_map_pirq_t");
    assert!(sz::<__guest_handle_physdev_op_t>()==8&&al::<__guest_handle_physdev_op_t>()==8, "__guest_handle_physdev_op_t");
    assert!(sz::<__guest_handle_physdev_pci_device_add_t>()==8&&al::<__guest_handle_physdev_pci_device_add_t>()==8, "__guest_handle_physdev_pci_device_add_t");
    assert!(sz::<__guest_handle_physdev_pci_device_t>()==8&&al::<__guest_handle_physdev_pci_device_t>()==8, "__guest_handle_physdev_pci_device_t");
    assert!(sz::<__guest_handle_physdev_pci_mmcfg_reserved_t>()==8&&al::<__guest_handle_physdev_pci_mmcfg_reserved_t>()==8, "__guest_handle_physdev_pci_mmcfg_reserved_t");
    assert!(sz::<__guest_handle_physdev_pirq_eoi_gmfn_t>()==8&&al::<__guest_handle_physdev_pirq_eoi_gmfn_t>()==8, "__guest_handle_physdev_pirq_eoi_gmfn_t");
    assert!(sz::<__guest_handle_physdev_restore_msi_t>()==8&&al::<__guest_handle_physdev_restore_msi_t>()==8, "__guest_handle_physdev_restore_msi_t");
    assert!(sz::<__guest_handle_physdev_set_iobitmap_t>()==8&&al::<__guest_handle_physdev_set_iobitmap_t>()==8, "__guest_handle_physdev_set_iobitmap_t");
    assert!(sz::<__guest_handle_physdev_set_iopl_t>()==8&&al::<__guest_handle_physdev_set_iopl_t>()==8, "__guest_handle_physdev_set_iopl_t");
    assert!(sz::<__guest_handle_physdev_setup_gsi_t>()==8&&al::<__guest_handle_physdev_setup_gsi_t>()==8, "__guest_handle_physdev_setup_gsi_t");
    assert!(sz::<__guest_handle_physdev_unmap_pirq_t>()==8&&al::<__guest_handle_physdev_unmap_pirq_t>()==8, "__guest_handle_physdev_unmap_pirq_t");
    assert!(sz::<__guest_handle_sched_pin_override_t>()==8&&al::<__guest_handle_sched_pin_override_t>()==8, "__guest_handle_sched_pin_override_t");
    assert!(sz::<__guest_handle_sched_poll_t>()==8&&al::<__guest_handle_sched_poll_t>()==8, "__guest_handle_sched_poll_t");
    assert!(sz::<__guest_handle_sched_remote_shutdown_t>()==8&&al::<__guest_handle_sched_remote_shutdown_t>()==8, "__guest_handle_sched_remote_shutdown_t");
    assert!(sz::<__guest_handle_sched_shutdown_t>()==8&&al::<__guest_handle_sched_shutdown_t>()==8, "__guest_handle_sched_shutdown_t");
    assert!(sz::<__guest_handle_sched_watchdog_t>()==8&&al::<__guest_handle_sched_watchdog_t>()==8, "__guest_handle_sched_watchdog_t");
    assert!(sz::<__guest_handle_tmem_op_t>()==8&&al::<__guest_handle_tmem_op_t>()==8, "__guest_handle_tmem_op_t");
    assert!(sz::<__guest_handle_uchar>()==8&&al::<__guest_handle_uchar>()==8, "__guest_handle_uchar");
    assert!(sz::<__guest_handle_uint>()==8&&al::<__guest_handle_uint>()==8, "__guest_handle_uint");
    assert!(sz::<__guest_handle_uint16>()==8&&al::<__guest_handle_uint16>()==8, "__guest_handle_uint16");
    assert!(sz::<__guest_handle_uint32>()==8&&al::<__guest_handle_uint32>()==8, "__guest_handle_uint32");
    assert!(sz::<__guest_handle_uint64>()==8&&al::<__guest_handle_uint64>()==8, "__guest_handle_uint64");
    assert!(sz::<__guest_handle_uint64_t>()==8&&al::<__guest_handle_uint64_t>()==8, "__guest_handle_uint64_t");
    assert!(sz::<__guest_handle_uint8>()==8&&al::<__guest_handle_uint8>()==8, "__guest_handle_uint8");
    assert!(sz::<__guest_handle_vcpu_get_physid_t>()==8&&al::<__guest_handle_vcpu_get_physid_t>()==8, "__guest_handle_vcpu_get_physid_t");
    assert!(sz::<__guest_handle_vcpu_hvm_context_t>()==8&&al::<__guest_handle_vcpu_hvm_context_t>()==8, "__guest_handle_vcpu_hvm_context_t");
    assert!(sz::<__guest_handle_vcpu_register_runstate_memory_area_t>()==8&&al::<__guest_handle_vcpu_register_runstate_memory_area_t>()==8, "__guest_handle_vcpu_register_runstate_memory_area_t");
    assert!(sz::<__guest_handle_vcpu_register_time_memory_area_t>()==8&&al::<__guest_handle_vcpu_register_time_memory_area_t>()==8, "__guest_handle_vcpu_register_time_memory_area_t");
    assert!(sz::<__guest_handle_vcpu_register_vcpu_info_t>()==8&&al::<__guest_handle_vcpu_register_vcpu_info_t>()==8, "__guest_handle_vcpu_register_vcpu_info_t");
    assert!(sz::<__guest_handle_vcpu_runstate_info_t>()==8&&al::<__guest_handle_vcpu_runstate_info_t>()==8, "__guest_handle_vcpu_runstate_info_t");
    assert!(sz::<__guest_handle_vcpu_set_periodic_timer_t>()==8&&al::<__guest_handle_vcpu_set_periodic_timer_t>()==8, "__guest_handle_vcpu_set_periodic_timer_t");
    assert!(sz::<__guest_handle_vcpu_set_singleshot_timer_t>()==8&&al::<__guest_handle_vcpu_set_singleshot_timer_t>()==8, "__guest_handle_vcpu_set_singleshot_timer_t");
    assert!(sz::<__guest_handle_vcpu_time_info_t>()==8&&al::<__guest_handle_vcpu_time_info_t>()==8, "__guest_handle_vcpu_time_info_t");
    assert!(sz::<__guest_handle_void>()==8&&al::<__guest_handle_void>()==8, "__guest_handle_void");
    assert!(sz::<__guest_handle_xen_add_to_physmap_batch_t>()==8&&al::<__guest_handle_xen_add_to_physmap_batch_t>()==8, "__guest_handle_xen_add_to_physmap_batch_t");
    assert!(sz::<__guest_handle_xen_add_to_physmap_t>()==8&&al::<__guest_handle_xen_add_to_physmap_t>()==8, "__guest_handle_xen_add_to_physmap_t");
    assert!(sz::<__guest_handle_xen_dm_op_buf_t>()==8&&al::<__guest_handle_xen_dm_op_buf_t>()==8, "__guest_handle_xen_dm_op_buf_t");
    assert!(sz::<__guest_handle_xen_flask_op_t>()==8&&al::<__guest_handle_xen_flask_op_t>()==8, "__guest_handle_xen_flask_op_t");
    assert!(sz::<__guest_handle_xen_foreign_memory_map_t>()==8&&al::<__guest_handle_xen_foreign_memory_map_t>()==8, "__guest_handle_xen_foreign_memory_map_t");
    assert!(sz::<__guest_handle_xen_hvm_altp2m_change_gfn_t>()==8&&al::<__guest_handle_xen_hvm_altp2m_change_gfn_t>()==8, "__guest_handle_xen_hvm_altp2m_change_gfn_t");
    assert!(sz::<__guest_handle_xen_hvm_altp2m_domain_state_t>()==8&&al::<__guest_handle_xen_hvm_altp2m_domain_state_t>()==8, "__guest_handle_xen_hvm_altp2m_domain_state_t");
    assert!(sz::<__guest_handle_xen_hvm_altp2m_mem_access_t>()==8&&al::<__guest_handle_xen_hvm_altp2m_mem_access_t>()==8, "__guest_handle_xen_hvm_altp2m_mem_access_t");
    assert!(sz::<__guest_handle_xen_hvm_altp2m_op_t>()==8&&al::<__guest_handle_xen_hvm_altp2m_op_t>()==8, "__guest_handle_xen_hvm_altp2m_op_t");
    assert!(sz::<__guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t>()==8&&al::<__guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t>()==8, "__guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t");
    assert!(sz::<__guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t>()==8&&al::<__guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t>()==8, "__guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t");
    assert!(sz::<__guest_handle_xen_hvm_altp2m_view_t>()==8&&al::<__guest_handle_xen_hvm_altp2m_view_t>()==8, "__guest_handle_xen_hvm_altp2m_view_t");
    assert!(sz::<__guest_handle_xen_hvm_get_mem_type_t>()==8&&al::<__guest_handle_xen_hvm_get_mem_type_t>()==8, "__guest_handle_xen_hvm_get_mem_type_t");
    assert!(sz::<__guest_handle_xen_hvm_get_time_t>()==8&&al::<__guest_handle_xen_hvm_get_time_t>()==8, "__guest_handle_xen_hvm_get_time_t");
    assert!(sz::<__guest_handle_xen_hvm_pagetable_dying_t>()==8&&al::<__guest_handle_xen_hvm_pagetable_dying_t>()==8, "__guest_handle_xen_hvm_pagetable_dying_t");
    assert!(sz::<__guest_handle_xen_hvm_param_t>()==8&&al::<__guest_handle_xen_hvm_param_t>()==8, "__guest_handle_xen_hvm_param_t");
    assert!(sz::<__guest_handle_xen_hvm_xentrace_t>()==8&&al::<__guest_handle_xen_hvm_xentrace_t>()==8, "__guest_handle_xen_hvm_xentrace_t");
    assert!(sz::<__guest_handle_xen_kexec_load_t>()==8&&al::<__guest_handle_xen_kexec_load_t>()==8, "__guest_handle_xen_kexec_load_t");
    assert!(sz::<__guest_handle_xen_kexec_segment_t>()==8&&al::<__guest_handle_xen_kexec_segment_t>()==8, "__guest_handle_xen_kexec_segment_t");
    assert!(sz::<__guest_handle_xen_kexec_status_t>()==8&&al::<__guest_handle_xen_kexec_status_t>()==8, "__guest_handle_xen_kexec_status_t");
    assert!(sz::<__guest_handle_xen_kexec_unload_t>()==8&&al::<__guest_handle_xen_kexec_unload_t>()==8, "__guest_handle_xen_kexec_unload_t");
    assert!(sz::<__guest_handle_xen_machphys_mapping_t>()==8&&al::<__guest_handle_xen_machphys_mapping_t>()==8, "__guest_handle_xen_machphys_mapping_t");
    assert!(sz::<__guest_handle_xen_machphys_mfn_list_t>()==8&&al::<__guest_handle_xen_machphys_mfn_list_t>()==8, "__guest_handle_xen_machphys_mfn_list_t");
    assert!(sz::<__guest_handle_xen_mem_acquire_resource_t>()==8&&al::<__guest_handle_xen_mem_acquire_resource_t>()==8, "__guest_handle_xen_mem_acquire_resource_t");
    assert!(sz::<__guest_handle_xen_memory_exchange_t>()==8&&al::<__guest_handle_xen_memory_exchange_t>()==8, "__guest_handle_xen_memory_exchange_t");
    assert!(sz::<__guest_handle_xen_memory_map_t>()==8&&al::<__guest_handle_xen_memory_map_t>()==8, "__guest_handle_xen_memory_map_t");
    assert!(sz::<__guest_handle_xen_memory_reservation_t>()==8&&al::<__guest_handle_xen_memory_reservation_t>()==8, "__guest_handle_xen_memory_reservation_t");
    assert!(sz::<__guest_handle_xen_pfn_t>()==8&&al::<__guest_handle_xen_pfn_t>()==8, "__guest_handle_xen_pfn_t");
    assert!(sz::<__guest_handle_xen_platform_op_t>()==8&&al::<__guest_handle_xen_platform_op_t>()==8, "__guest_handle_xen_platform_op_t");
    assert!(sz::<__guest_handle_xen_pmu_params_t>()==8&&al::<__guest_handle_xen_pmu_params_t>()==8, "__guest_handle_xen_pmu_params_t");
    assert!(sz::<__guest_handle_xen_processor_csd_t>()==8&&al::<__guest_handle_xen_processor_csd_t>()==8, "__guest_handle_xen_processor_csd_t");
    assert!(sz::<__guest_handle_xen_processor_cx_t>()==8&&al::<__guest_handle_xen_processor_cx_t>()==8, "__guest_handle_xen_processor_cx_t");
    assert!(sz::<__guest_handle_xen_processor_performance_t>()==8&&al::<__guest_handle_xen_processor_performance_t>()==8, "__guest_handle_xen_processor_performance_t");
    assert!(sz::<__guest_handle_xen_processor_px_t>()==8&&al::<__guest_handle_xen_processor_px_t>()==8, "__guest_handle_xen_processor_px_t");
    assert!(sz::<__guest_handle_xen_remove_from_physmap_t>()==8&&al::<__guest_handle_xen_remove_from_physmap_t>()==8, "__guest_handle_xen_remove_from_physmap_t");
    assert!(sz::<__guest_handle_xen_tmem_oid_t>()==8&&al::<__guest_handle_xen_tmem_oid_t>()==8, "__guest_handle_xen_tmem_oid_t");
    assert!(sz::<__guest_handle_xen_ulong_t>()==8&&al::<__guest_handle_xen_ulong_t>()==8, "__guest_handle_xen_ulong_t");
    assert!(sz::<__guest_handle_xen_vmemrange_t>()==8&&al::<__guest_handle_xen_vmemrange_t>()==8, "__guest_handle_xen_vmemrange_t");
    assert!(sz::<__guest_handle_xen_vnuma_topology_info_t>()==8&&al::<__guest_handle_xen_vnuma_topology_info_t>()==8, "__guest_handle_xen_vnuma_topology_info_t");
    assert!(sz::<__guest_handle_xennmi_callback_t>()==8&&al::<__guest_handle_xennmi_callback_t>()==8, "__guest_handle_xennmi_callback_t");
    assert!(sz::<__guest_handle_xenoprof_buf_t>()==8&&al::<__guest_handle_xenoprof_buf_t>()==8, "__guest_handle_xenoprof_buf_t");
    assert!(sz::<__guest_handle_xenoprof_counter_t>()==8&&al::<__guest_handle_xenoprof_counter_t>()==8, "__guest_handle_xenoprof_counter_t");
    assert!(sz::<__guest_handle_xenoprof_get_buffer_t>()==8&&al::<__guest_handle_xenoprof_get_buffer_t>()==8, "__guest_handle_xenoprof_get_buffer_t");
    assert!(sz::<__guest_handle_xenoprof_ibs_counter_t>()==8&&al::<__guest_handle_xenoprof_ibs_counter_t>()==8, "__guest_handle_xenoprof_ibs_counter_t");
    assert!(sz::<__guest_handle_xenoprof_init_t>()==8&&al::<__guest_handle_xenoprof_init_t>()==8, "__guest_handle_xenoprof_init_t");
    assert!(sz::<__guest_handle_xenoprof_passive_t>()==8&&al::<__guest_handle_xenoprof_passive_t>()==8, "__guest_handle_xenoprof_passive_t");
    assert!(sz::<__guest_handle_xenpf_add_memtype_t>()==8&&al::<__guest_handle_xenpf_add_memtype_t>()==8, "__guest_handle_xenpf_add_memtype_t");
    assert!(sz::<__guest_handle_xenpf_change_freq_t>()==8&&al::<__guest_handle_xenpf_change_freq_t>()==8, "__guest_handle_xenpf_change_freq_t");
    assert!(sz::<__guest_handle_xenpf_core_parking_t>()==8&&al::<__guest_handle_xenpf_core_parking_t>()==8, "__guest_handle_xenpf_core_parking_t");
    assert!(sz::<__guest_handle_xenpf_cpu_ol_t>()==8&&al::<__guest_handle_xenpf_cpu_ol_t>()==8, "__guest_handle_xenpf_cpu_ol_t");
    assert!(sz::<__guest_handle_xenpf_del_memtype_t>()==8&&al::<__guest_handle_xenpf_del_memtype_t>()==8, "__guest_handle_xenpf_del_memtype_t");
    assert!(sz::<__guest_handle_xenpf_dom0_console_t>()==8&&al::<__guest_handle_xenpf_dom0_console_t>()==8, "__guest_handle_xenpf_dom0_console_t");
    assert!(sz::<__guest_handle_xenpf_efi_runtime_call_t>()==8&&al::<__guest_handle_xenpf_efi_runtime_call_t>()==8, "__guest_handle_xenpf_efi_runtime_call_t");
    assert!(sz::<__guest_handle_xenpf_enter_acpi_sleep_t>()==8&&al::<__guest_handle_xenpf_enter_acpi_sleep_t>()==8, "__guest_handle_xenpf_enter_acpi_sleep_t");
    assert!(sz::<__guest_handle_xenpf_firmware_info_t>()==8&&al::<__guest_handle_xenpf_firmware_info_t>()==8, "__guest_handle_xenpf_firmware_info_t");
    assert!(sz::<__guest_handle_xenpf_getidletime_t>()==8&&al::<__guest_handle_xenpf_getidletime_t>()==8, "__guest_handle_xenpf_getidletime_t");
    assert!(sz::<__guest_handle_xenpf_microcode_update2_t>()==8&&al::<__guest_handle_xenpf_microcode_update2_t>()==8, "__guest_handle_xenpf_microcode_update2_t");
    assert!(sz::<__guest_handle_xenpf_microcode_update_t>()==8&&al::<__guest_handle_xenpf_microcode_update_t>()==8, "__guest_handle_xenpf_microcode_update_t");
    assert!(sz::<__guest_handle_xenpf_pcpu_version_t>()==8&&al::<__guest_handle_xenpf_pcpu_version_t>()==8, "__guest_handle_xenpf_pcpu_version_t");
    assert!(sz::<__guest_handle_xenpf_pcpuinfo_t>()==8&&al::<__guest_handle_xenpf_pcpuinfo_t>()==8, "__guest_handle_xenpf_pcpuinfo_t");
    assert!(sz::<__guest_handle_xenpf_platform_quirk_t>()==8&&al::<__guest_handle_xenpf_platform_quirk_t>()==8, "__guest_handle_xenpf_platform_quirk_t");
    assert!(sz::<__guest_handle_xenpf_read_memtype_t>()==8&&al::<__guest_handle_xenpf_read_memtype_t>()==8, "__guest_handle_xenpf_read_memtype_t");
    assert!(sz::<__guest_handle_xenpf_resource_entry_t>()==8&&al::<__guest_handle_xenpf_resource_entry_t>()==8, "__guest_handle_xenpf_resource_entry_t");
    assert!(sz::<__guest_handle_xenpf_resource_op_t>()==8&&al::<__guest_handle_xenpf_resource_op_t>()==8, "__guest_handle_xenpf_resource_op_t");
    assert!(sz::<__guest_handle_xenpf_set_processor_pminfo_t>()==8&&al::<__guest_handle_xenpf_set_processor_pminfo_t>()==8, "__guest_handle_xenpf_set_processor_pminfo_t");
    assert!(sz::<__guest_handle_xenpf_settime_t>()==8&&al::<__guest_handle_xenpf_settime_t>()==8, "__guest_handle_xenpf_settime_t");
    assert!(sz::<__guest_handle_xenpf_symdata_t>()==8&&al::<__guest_handle_xenpf_symdata_t>()==8, "__guest_handle_xenpf_symdata_t");
    assert!(sz::<__guest_handle_xenpf_ucode_revision_t>()==8&&al::<__guest_handle_xenpf_ucode_revision_t>()==8, "__guest_handle_xenpf_ucode_revision_t");
    assert!(sz::<arch_shared_info>()==0&&al::<arch_shared_info>()==1, "arch_shared_info");
    assert!(sz::<arch_vcpu_info>()==0&&al::<arch_vcpu_info>()==1, "arch_vcpu_info");
    assert!(sz::<blkif_back_ring>()==24&&al::<blkif_back_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "blkif_back_ring");
    assert!(sz::<blkif_front_ring>()==24&&al::<blkif_front_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "blkif_front_ring");
    assert!(sz::<blkif_request_discard>()==32&&al::<blkif_request_discard>()==8&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24, "blkif_request_discard");
    assert!(sz::<blkif_request_indirect>()==64&&al::<blkif_request_indirect>()==8&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u16>())==24&&at(24+sz::<u16>(),al::<[u8; 2]>())==26&&at(26+sz::<[u8; 2]>(),al::<[grant_ref_t; 8]>())==28&&at(28+sz::<[grant_ref_t; 8]>(),al::<[u8; 4]>())==60, "blkif_request_indirect");
    assert!(sz::<blkif_request_segment>()==8&&al::<blkif_request_segment>()==4&&at(0+sz::<grant_ref_t>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<[u8; 2]>())==6, "blkif_request_segment");
    assert!(sz::<blkif_request>()==112&&al::<blkif_request>()==8&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<[blkif_request_segment; 11]>())==24, "blkif_request");
    assert!(sz::<blkif_response>()==16&&al::<blkif_response>()==8&&at(0+sz::<u64>(),al::<u8>())==8&&at(8+sz::<u8>(),al::<[u8; 1]>())==9&&at(9+sz::<[u8; 1]>(),al::<i16>())==10&&at(10+sz::<i16>(),al::<[u8; 4]>())==12, "blkif_response");
    assert!(sz::<buf_ioreq__anon_0>()==4, "buf_ioreq__anon_0");
    assert!(sz::<buf_ioreq>()==8&&al::<buf_ioreq>()==4&&at(0+sz::<buf_ioreq__anon_0>(),al::<u32>())==4, "buf_ioreq");
    assert!(sz::<buffered_iopage>()==4096&&al::<buffered_iopage>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[buf_ioreq_t; 511]>())==8, "buffered_iopage");
    assert!(sz::<callback_register>()==16&&al::<callback_register>()==8&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<xen_callback_t>())==8, "callback_register");
    assert!(sz::<callback_unregister>()==4&&al::<callback_unregister>()==2&&at(0+sz::<u16>(),al::<u16>())==2, "callback_unregister");
    assert!(sz::<dom0_vga_console_info>()==40&&al::<dom0_vga_console_info>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<[u32; 9]>())==4, "dom0_vga_console_info");
    assert!(sz::<evtchn_alloc_unbound>()==8&&al::<evtchn_alloc_unbound>()==4&&at(0+sz::<domid_t>(),al::<domid_t>())==2&&at(2+sz::<domid_t>(),al::<evtchn_port_t>())==4, "evtchn_alloc_unbound");
    assert!(sz::<evtchn_bind_interdomain>()==12&&al::<evtchn_bind_interdomain>()==4&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<evtchn_port_t>())==4&&at(4+sz::<evtchn_port_t>(),al::<evtchn_port_t>())==8, "evtchn_bind_interdomain");
    assert!(sz::<evtchn_bind_ipi>()==8&&al::<evtchn_bind_ipi>()==4&&at(0+sz::<u32>(),al::<evtchn_port_t>())==4, "evtchn_bind_ipi");
    assert!(sz::<evtchn_bind_pirq>()==12&&al::<evtchn_bind_pirq>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<evtchn_port_t>())==8, "evtchn_bind_pirq");
    assert!(sz::<evtchn_bind_vcpu>()==8&&al::<evtchn_bind_vcpu>()==4&&at(0+sz::<evtchn_port_t>(),al::<u32>())==4, "evtchn_bind_vcpu");
    assert!(sz::<evtchn_bind_virq>()==12&&al::<evtchn_bind_virq>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<evtchn_port_t>())==8, "evtchn_bind_virq");
    assert!(sz::<evtchn_close>()==4&&al::<evtchn_close>()==4, "evtchn_close");
    assert!(sz::<evtchn_expand_array>()==8&&al::<evtchn_expand_array>()==8, "evtchn_expand_array");
    assert!(sz::<evtchn_fifo_control_block>()==72&&al::<evtchn_fifo_control_block>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u32; 16]>())==8, "evtchn_fifo_control_block");
    assert!(sz::<evtchn_init_control>()==24&&al::<evtchn_init_control>()==8&&at(0+sz::<u64>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u8>())==16&&at(16+sz::<u8>(),al::<[u8; 7]>())==17, "evtchn_init_control");
    assert!(sz::<evtchn_send>()==4&&al::<evtchn_send>()==4, "evtchn_send");
    assert!(sz::<evtchn_status>()==24&&al::<evtchn_status>()==4&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<evtchn_port_t>())==4&&at(4+sz::<evtchn_port_t>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<[u32; 2]>())==16, "evtchn_status");
    assert!(sz::<evtchn_unmask>()==4&&al::<evtchn_unmask>()==4, "evtchn_unmask");
    assert!(sz::<evtchn_op>()==28&&al::<evtchn_op>()==4&&at(0+sz::<u32>(),al::<[u32; 6]>())==4, "evtchn_op");
    assert!(sz::<evtchn_reset>()==2&&al::<evtchn_reset>()==2, "evtchn_reset");
    assert!(sz::<evtchn_set_priority>()==8&&al::<evtchn_set_priority>()==4&&at(0+sz::<evtchn_port_t>(),al::<u32>())==4, "evtchn_set_priority");
    assert!(sz::<fsif_back_ring>()==24&&al::<fsif_back_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "fsif_back_ring");
    assert!(sz::<fsif_front_ring>()==24&&al::<fsif_front_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "fsif_front_ring");
    assert!(sz::<fsif_stat_response>()==48&&al::<fsif_stat_response>()==8&&at(0+sz::<i32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<i32>())==12&&at(12+sz::<i32>(),al::<i64>())==16&&at(16+sz::<i64>(),al::<i64>())==24&&at(24+sz::<i64>(),al::<i64>())==32&&at(32+sz::<i64>(),al::<i64>())==40, "fsif_stat_response");
    assert!(sz::<fsif_response>()==56&&al::<fsif_response>()==8&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 6]>())==8, "fsif_response");
    assert!(sz::<gnttab_cache_flush>()==16&&al::<gnttab_cache_flush>()==8&&at(0+sz::<[u64; 1]>(),al::<u16>())==8&&at(8+sz::<u16>(),al::<u16>())==10&&at(10+sz::<u16>(),al::<u32>())==12, "gnttab_cache_flush");
    assert!(sz::<gnttab_copy_ptr>()==16&&al::<gnttab_copy_ptr>()==8&&at(0+sz::<[u64; 1]>(),al::<domid_t>())==8&&at(8+sz::<domid_t>(),al::<u16>())==10&&at(10+sz::<u16>(),al::<[u8; 4]>())==12, "gnttab_copy_ptr");
    assert!(sz::<gnttab_copy>()==40&&al::<gnttab_copy>()==8&&at(0+sz::<gnttab_copy_ptr>(),al::<gnttab_copy_ptr>())==16&&at(16+sz::<gnttab_copy_ptr>(),al::<u16>())==32&&at(32+sz::<u16>(),al::<u16>())==34&&at(34+sz::<u16>(),al::<i16>())==36&&at(36+sz::<i16>(),al::<[u8; 2]>())==38, "gnttab_copy");
    assert!(sz::<gnttab_dump_table>()==4&&al::<gnttab_dump_table>()==2&&at(0+sz::<domid_t>(),al::<i16>())==2, "gnttab_dump_table");
    assert!(sz::<gnttab_get_status_frames>()==16&&al::<gnttab_get_status_frames>()==8&&at(0+sz::<u32>(),al::<domid_t>())==4&&at(4+sz::<domid_t>(),al::<i16>())==6&&at(6+sz::<i16>(),al::<__guest_handle_64_uint64_t>())==8, "gnttab_get_status_frames");
    assert!(sz::<gnttab_get_version>()==8&&al::<gnttab_get_version>()==4&&at(0+sz::<domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4, "gnttab_get_version");
    assert!(sz::<gnttab_map_grant_ref>()==32&&al::<gnttab_map_grant_ref>()==8&&at(0+sz::<u64>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<grant_ref_t>())==12&&at(12+sz::<grant_ref_t>(),al::<domid_t>())==16&&at(16+sz::<domid_t>(),al::<i16>())==18&&at(18+sz::<i16>(),al::<grant_handle_t>())==20&&at(20+sz::<grant_handle_t>(),al::<u64>())==24, "gnttab_map_grant_ref");
    assert!(sz::<gnttab_query_size>()==16&&al::<gnttab_query_size>()==4&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<i16>())==12&&at(12+sz::<i16>(),al::<[u8; 2]>())==14, "gnttab_query_size");
    assert!(sz::<gnttab_set_version>()==4&&al::<gnttab_set_version>()==4, "gnttab_set_version");
    assert!(sz::<gnttab_setup_table>()==24&&al::<gnttab_setup_table>()==8&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<i16>())==8&&at(8+sz::<i16>(),al::<[u8; 6]>())==10&&at(10+sz::<[u8; 6]>(),al::<__guest_handle_64_xen_pfn_t>())==16, "gnttab_setup_table");
    assert!(sz::<gnttab_swap_grant_ref>()==12&&al::<gnttab_swap_grant_ref>()==4&&at(0+sz::<grant_ref_t>(),al::<grant_ref_t>())==4&&at(4+sz::<grant_ref_t>(),al::<i16>())==8&&at(8+sz::<i16>(),al::<[u8; 2]>())==10, "gnttab_swap_grant_ref");
    assert!(sz::<gnttab_transfer>()==24&&al::<gnttab_transfer>()==8&&at(0+sz::<xen_pfn_t>(),al::<domid_t>())==8&&at(8+sz::<domid_t>(),al::<[u8; 2]>())==10&&at(10+sz::<[u8; 2]>(),al::<grant_ref_t>())==12&&at(12+sz::<grant_ref_t>(),al::<i16>())==16&&at(16+sz::<i16>(),al::<[u8; 6]>())==18, "gnttab_transfer");
    assert!(sz::<gnttab_unmap_and_replace>()==24&&al::<gnttab_unmap_and_replace>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<grant_handle_t>())==16&&at(16+sz::<grant_handle_t>(),al::<i16>())==20&&at(20+sz::<i16>(),al::<[u8; 2]>())==22, "gnttab_unmap_and_replace");
    assert!(sz::<gnttab_unmap_grant_ref>()==24&&al::<gnttab_unmap_grant_ref>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<grant_handle_t>())==16&&at(16+sz::<grant_handle_t>(),al::<i16>())==20&&at(20+sz::<i16>(),al::<[u8; 2]>())==22, "gnttab_unmap_grant_ref");
    assert!(sz::<grant_entry_header>()==4&&al::<grant_entry_header>()==2&&at(0+sz::<u16>(),al::<domid_t>())==2, "grant_entry_header");
    assert!(sz::<grant_entry_v1>()==8&&al::<grant_entry_v1>()==4&&at(0+sz::<u16>(),al::<domid_t>())==2&&at(2+sz::<domid_t>(),al::<u32>())==4, "grant_entry_v1");
    assert!(sz::<grant_entry_v2>()==16&&al::<grant_entry_v2>()==8, "grant_entry_v2");
    assert!(sz::<ioreq>()==32&&al::<ioreq>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u16>())==28&&at(28+sz::<u16>(),al::<u8>())==30&&at(30+sz::<u8>(),al::<u8>())==31, "ioreq");
    assert!(sz::<mmu_update>()==16&&al::<mmu_update>()==8&&at(0+sz::<u64>(),al::<u64>())==8, "mmu_update");
    assert!(sz::<mmuext_op>()==24&&al::<mmuext_op>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<[u64; 1]>())==8&&at(8+sz::<[u64; 1]>(),al::<[u64; 1]>())==16, "mmuext_op");
    assert!(sz::<multicall_entry>()==64&&al::<multicall_entry>()==8&&at(0+sz::<xen_ulong_t>(),al::<xen_ulong_t>())==8&&at(8+sz::<xen_ulong_t>(),al::<[xen_ulong_t; 6]>())==16, "multicall_entry");
    assert!(sz::<netif_extra_info>()==8&&al::<netif_extra_info>()==2&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<[u16; 3]>())==2, "netif_extra_info");
    assert!(sz::<netif_rx_back_ring>()==24&&al::<netif_rx_back_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "netif_rx_back_ring");
    assert!(sz::<netif_rx_front_ring>()==24&&al::<netif_rx_front_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "netif_rx_front_ring");
    assert!(sz::<netif_rx_request>()==8&&al::<netif_rx_request>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<grant_ref_t>())==4, "netif_rx_request");
    assert!(sz::<netif_rx_response>()==8&&al::<netif_rx_response>()==2&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<i16>())==6, "netif_rx_response");
    assert!(sz::<netif_tx_back_ring>()==24&&al::<netif_tx_back_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "netif_tx_back_ring");
    assert!(sz::<netif_tx_front_ring>()==24&&al::<netif_tx_front_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "netif_tx_front_ring");
    assert!(sz::<netif_tx_request>()==12&&al::<netif_tx_request>()==4&&at(0+sz::<grant_ref_t>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6&&at(6+sz::<u16>(),al::<u16>())==8&&at(8+sz::<u16>(),al::<u16>())==10, "netif_tx_request");
    assert!(sz::<netif_tx_response>()==4&&al::<netif_tx_response>()==2&&at(0+sz::<u16>(),al::<i16>())==2, "netif_tx_response");
    assert!(sz::<physdev_apic>()==16&&al::<physdev_apic>()==8&&at(0+sz::<u64>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "physdev_apic");
    assert!(sz::<physdev_pci_device>()==4&&al::<physdev_pci_device>()==2&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3, "physdev_pci_device");
    assert!(sz::<physdev_dbgp_op>()==6&&al::<physdev_dbgp_op>()==2&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<[u16; 2]>())==2, "physdev_dbgp_op");
    assert!(sz::<physdev_eoi>()==4&&al::<physdev_eoi>()==4, "physdev_eoi");
    assert!(sz::<physdev_get_free_pirq>()==8&&al::<physdev_get_free_pirq>()==4&&at(0+sz::<i32>(),al::<u32>())==4, "physdev_get_free_pirq");
    assert!(sz::<physdev_irq_status_query>()==8&&al::<physdev_irq_status_query>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "physdev_irq_status_query");
    assert!(sz::<physdev_irq>()==8&&al::<physdev_irq>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "physdev_irq");
    assert!(sz::<physdev_manage_pci>()==2&&al::<physdev_manage_pci>()==1&&at(0+sz::<u8>(),al::<u8>())==1, "physdev_manage_pci");
    assert!(sz::<physdev_map_pirq>()==40&&al::<physdev_map_pirq>()==8&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<i32>())==12&&at(12+sz::<i32>(),al::<i32>())==16&&at(16+sz::<i32>(),al::<i32>())==20&&at(20+sz::<i32>(),al::<i32>())==24&&at(24+sz::<i32>(),al::<[u8; 4]>())==28&&at(28+sz::<[u8; 4]>(),al::<u64>())==32, "physdev_map_pirq");
    assert!(sz::<physdev_set_iobitmap>()==16&&al::<physdev_set_iobitmap>()==8&&at(0+sz::<__guest_handle_64_uint8>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12, "physdev_set_iobitmap");
    assert!(sz::<physdev_set_iopl>()==4&&al::<physdev_set_iopl>()==4, "physdev_set_iopl");
    assert!(sz::<physdev_op>()==24&&al::<physdev_op>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<[u64; 2]>())==8, "physdev_op");
    assert!(sz::<physdev_pci_device_add>()==12&&al::<physdev_pci_device_add>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u8; 2]>())==8&&at(8+sz::<[u8; 2]>(),al::<[u8; 2]>())==10&&at(10+sz::<[u8; 2]>(),al::<[u32; 0]>())==12, "physdev_pci_device_add");
    assert!(sz::<physdev_pci_mmcfg_reserved>()==16&&al::<physdev_pci_mmcfg_reserved>()==8&&at(0+sz::<u64>(),al::<u16>())==8&&at(8+sz::<u16>(),al::<u8>())==10&&at(10+sz::<u8>(),al::<u8>())==11&&at(11+sz::<u8>(),al::<u32>())==12, "physdev_pci_mmcfg_reserved");
    assert!(sz::<physdev_pirq_eoi_gmfn>()==8&&al::<physdev_pirq_eoi_gmfn>()==8, "physdev_pirq_eoi_gmfn");
    assert!(sz::<physdev_restore_msi>()==2&&al::<physdev_restore_msi>()==1&&at(0+sz::<u8>(),al::<u8>())==1, "physdev_restore_msi");
    assert!(sz::<physdev_setup_gsi>()==8&&al::<physdev_setup_gsi>()==4&&at(0+sz::<i32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<[u8; 2]>())==6, "physdev_setup_gsi");
    assert!(sz::<physdev_unmap_pirq>()==8&&al::<physdev_unmap_pirq>()==4&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<i32>())==4, "physdev_unmap_pirq");
    assert!(sz::<sched_pin_override>()==4&&al::<sched_pin_override>()==4, "sched_pin_override");
    assert!(sz::<sched_poll>()==24&&al::<sched_poll>()==8&&at(0+sz::<__guest_handle_64_evtchn_port_t>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "sched_poll");
    assert!(sz::<sched_remote_shutdown>()==8&&al::<sched_remote_shutdown>()==4&&at(0+sz::<domid_t>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<u32>())==4, "sched_remote_shutdown");
    assert!(sz::<sched_shutdown>()==4&&al::<sched_shutdown>()==4, "sched_shutdown");
    assert!(sz::<sched_watchdog>()==8&&al::<sched_watchdog>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "sched_watchdog");
    assert!(sz::<vcpu_time_info>()==32&&al::<vcpu_time_info>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<i8>())==28&&at(28+sz::<i8>(),al::<u8>())==29&&at(29+sz::<u8>(),al::<[u8; 2]>())==30, "vcpu_time_info");
    assert!(sz::<vcpu_info>()==48&&al::<vcpu_info>()==8&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<[u8; 6]>())==2&&at(2+sz::<[u8; 6]>(),al::<xen_ulong_t>())==8&&at(8+sz::<xen_ulong_t>(),al::<[u8; 0]>())==16&&at(16+sz::<[u8; 0]>(),al::<vcpu_time_info_t>())==16, "vcpu_info");
    assert!(sz::<shared_info>()==1088&&al::<shared_info>()==8&&at(0+sz::<[vcpu_info; 1]>(),al::<[xen_ulong_t; 64]>())==48&&at(48+sz::<[xen_ulong_t; 64]>(),al::<[xen_ulong_t; 64]>())==560&&at(560+sz::<[xen_ulong_t; 64]>(),al::<u32>())==1072&&at(1072+sz::<u32>(),al::<u32>())==1076&&at(1076+sz::<u32>(),al::<u32>())==1080&&at(1080+sz::<u32>(),al::<u32>())==1084&&at(1084+sz::<u32>(),al::<[u8; 0]>())==1088, "shared_info");
    assert!(sz::<shared_iopage>()==32&&al::<shared_iopage>()==8, "shared_iopage");
    assert!(sz::<hvm_save_end>()==0&&al::<hvm_save_end>()==1, "hvm_save_end");
    assert!(sz::<__HVM_SAVE_TYPE_END>()==1&&al::<__HVM_SAVE_TYPE_END>()==1&&at(0+sz::<[u8; 0]>(),al::<[u8; 0]>())==0&&at(0+sz::<[u8; 0]>(),al::<[u8; 1]>())==0, "__HVM_SAVE_TYPE_END");
    assert!(sz::<_xen_pvcalls_accept>()==8&&al::<_xen_pvcalls_accept>()==8, "_xen_pvcalls_accept");
    assert!(sz::<_xen_pvcalls_bind>()==8&&al::<_xen_pvcalls_bind>()==8, "_xen_pvcalls_bind");
    assert!(sz::<_xen_pvcalls_connect>()==8&&al::<_xen_pvcalls_connect>()==8, "_xen_pvcalls_connect");
    assert!(sz::<_xen_pvcalls_dummy>()==8&&al::<_xen_pvcalls_dummy>()==1, "_xen_pvcalls_dummy");
    assert!(sz::<_xen_pvcalls_listen>()==8&&al::<_xen_pvcalls_listen>()==8, "_xen_pvcalls_listen");
    assert!(sz::<_xen_pvcalls_poll>()==8&&al::<_xen_pvcalls_poll>()==8, "_xen_pvcalls_poll");
    assert!(sz::<_xen_pvcalls_release>()==8&&al::<_xen_pvcalls_release>()==8, "_xen_pvcalls_release");
    assert!(sz::<_xen_pvcalls_socket>()==8&&al::<_xen_pvcalls_socket>()==8, "_xen_pvcalls_socket");
    assert!(sz::<event_log>()==16&&al::<event_log>()==8&&at(0+sz::<u64>(),al::<u8>())==8&&at(8+sz::<u8>(),al::<u8>())==9&&at(9+sz::<u8>(),al::<[u8; 6]>())==10, "event_log");
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
    assert!(sz::<fsif_truncate_request>()==16&&al::<fsif_truncate_request>()==8&&at(0+sz::<u32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i64>())==8, "fsif_truncate_request");
    assert!(sz::<hvm_info_table>()==48&&al::<hvm_info_table>()==4&&at(0+sz::<[u8; 8]>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u8>())==12&&at(12+sz::<u8>(),al::<u8>())==13&&at(13+sz::<u8>(),al::<[u8; 2]>())==14&&at(14+sz::<[u8; 2]>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<[u8; 16]>())==32, "hvm_info_table");
    assert!(sz::<hvm_save_descriptor>()==8&&al::<hvm_save_descriptor>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4, "hvm_save_descriptor");
    assert!(sz::<pci_device_reset>()==8&&al::<pci_device_reset>()==4&&at(0+sz::<physdev_pci_device_t>(),al::<u32>())==4, "pci_device_reset");
    assert!(sz::<pvcalls_data>()==16&&al::<pvcalls_data>()==8&&at(0+sz::<u64>(),al::<u64>())==8, "pvcalls_data");
    assert!(sz::<pvcalls_data_intf>()==132&&al::<pvcalls_data_intf>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<RING_IDX>())==8&&at(8+sz::<RING_IDX>(),al::<[u8; 52]>())==12&&at(12+sz::<[u8; 52]>(),al::<RING_IDX>())==64&&at(64+sz::<RING_IDX>(),al::<RING_IDX>())==68&&at(68+sz::<RING_IDX>(),al::<RING_IDX>())==72&&at(72+sz::<RING_IDX>(),al::<[u8; 52]>())==76&&at(76+sz::<[u8; 52]>(),al::<RING_IDX>())==128&&at(128+sz::<RING_IDX>(),al::<[grant_ref_t; 0]>())==132, "pvcalls_data_intf");
    assert!(sz::<ring_shared>()==8&&al::<ring_shared>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "ring_shared");
    assert!(sz::<scsiif_request_segment>()==8&&al::<scsiif_request_segment>()==4&&at(0+sz::<grant_ref_t>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6, "scsiif_request_segment");
    assert!(sz::<t_buf>()==8&&al::<t_buf>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "t_buf");
    assert!(sz::<t_info>()==2&&al::<t_info>()==2&&at(0+sz::<u16>(),al::<[u16; 0]>())==2, "t_info");
    assert!(sz::<t_rec>()==40&&al::<t_rec>()==4&&at(0+sz::<u32>(),al::<[u32; 9]>())==4, "t_rec");
    assert!(sz::<xen_tmem_oid>()==24&&al::<xen_tmem_oid>()==8, "xen_tmem_oid");
    assert!(sz::<tmem_op>()==56&&al::<tmem_op>()==8&&at(0+sz::<u32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<[u64; 6]>())==8, "tmem_op");
    assert!(sz::<tpmif_tx_request>()==16&&al::<tpmif_tx_request>()==8&&at(0+sz::<u64>(),al::<grant_ref_t>())==8&&at(8+sz::<grant_ref_t>(),al::<u16>())==12&&at(12+sz::<u16>(),al::<u16>())==14, "tpmif_tx_request");
    assert!(sz::<tpmif_ring>()==16&&al::<tpmif_ring>()==8, "tpmif_ring");
    assert!(sz::<tpmif_shared_page>()==8&&al::<tpmif_shared_page>()==4&&at(0+sz::<u32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<u8>())==7&&at(7+sz::<u8>(),al::<[u32; 0]>())==8, "tpmif_shared_page");
    assert!(sz::<tpmif_tx_interface>()==16&&al::<tpmif_tx_interface>()==8, "tpmif_tx_interface");
    assert!(sz::<usbif_conn_back_ring>()==24&&al::<usbif_conn_back_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "usbif_conn_back_ring");
    assert!(sz::<usbif_conn_front_ring>()==24&&al::<usbif_conn_front_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "usbif_conn_front_ring");
    assert!(sz::<usbif_conn_request>()==2&&al::<usbif_conn_request>()==2, "usbif_conn_request");
    assert!(sz::<usbif_conn_response>()==4&&al::<usbif_conn_response>()==2&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3, "usbif_conn_response");
    assert!(sz::<usbif_request_segment>()==8&&al::<usbif_request_segment>()==4&&at(0+sz::<grant_ref_t>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6, "usbif_request_segment");
    assert!(sz::<usbif_urb_back_ring>()==24&&al::<usbif_urb_back_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "usbif_urb_back_ring");
    assert!(sz::<usbif_urb_front_ring>()==24&&al::<usbif_urb_front_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "usbif_urb_front_ring");
    assert!(sz::<usbif_urb_request>()==148&&al::<usbif_urb_request>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u16>())==8&&at(8+sz::<u16>(),al::<u16>())==10&&at(10+sz::<u16>(),al::<[u16; 4]>())==12&&at(12+sz::<[u16; 4]>(),al::<[usbif_request_segment; 16]>())==20, "usbif_urb_request");
    assert!(sz::<usbif_urb_response>()==16&&al::<usbif_urb_response>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<i32>())==12, "usbif_urb_response");
    assert!(sz::<vchan_interface>()==24&&al::<vchan_interface>()==4&&at(0+sz::<ring_shared>(),al::<ring_shared>())==8&&at(8+sz::<ring_shared>(),al::<u16>())==16&&at(16+sz::<u16>(),al::<u16>())==18&&at(18+sz::<u16>(),al::<u8>())==20&&at(20+sz::<u8>(),al::<u8>())==21&&at(21+sz::<u8>(),al::<u8>())==22&&at(22+sz::<u8>(),al::<u8>())==23&&at(23+sz::<u8>(),al::<[u32; 0]>())==24, "vchan_interface");
    assert!(sz::<vcpu_get_physid>()==8&&al::<vcpu_get_physid>()==8, "vcpu_get_physid");
    assert!(sz::<vcpu_hvm_x86_32>()==120&&al::<vcpu_hvm_x86_32>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<u32>())==36&&at(36+sz::<u32>(),al::<u32>())==40&&at(40+sz::<u32>(),al::<u32>())==44&&at(44+sz::<u32>(),al::<u32>())==48&&at(48+sz::<u32>(),al::<u32>())==52&&at(52+sz::<u32>(),al::<u64>())==56&&at(56+sz::<u64>(),al::<u32>())==64&&at(64+sz::<u32>(),al::<u32>())==68&&at(68+sz::<u32>(),al::<u32>())==72&&at(72+sz::<u32>(),al::<u32>())==76&&at(76+sz::<u32>(),al::<u32>())==80&&at(80+sz::<u32>(),al::<u32>())==84&&at(84+sz::<u32>(),al::<u32>())==88&&at(88+sz::<u32>(),al::<u32>())==92&&at(92+sz::<u32>(),al::<u32>())==96&&at(96+sz::<u32>(),al::<u32>())==100&&at(100+sz::<u32>(),al::<u16>())==104&&at(104+sz::<u16>(),al::<u16>())==106&&at(106+sz::<u16>(),al::<u16>())==108&&at(108+sz::<u16>(),al::<u16>())==110&&at(110+sz::<u16>(),al::<u16>())==112&&at(112+sz::<u16>(),al::<[u16; 3]>())==114, "vcpu_hvm_x86_32");
    assert!(sz::<vcpu_hvm_x86_64>()==112&&al::<vcpu_hvm_x86_64>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24&&at(24+sz::<u64>(),al::<u64>())==32&&at(32+sz::<u64>(),al::<u64>())==40&&at(40+sz::<u64>(),al::<u64>())==48&&at(48+sz::<u64>(),al::<u64>())==56&&at(56+sz::<u64>(),al::<u64>())==64&&at(64+sz::<u64>(),al::<u64>())==72&&at(72+sz::<u64>(),al::<u64>())==80&&at(80+sz::<u64>(),al::<u64>())==88&&at(88+sz::<u64>(),al::<u64>())==96&&at(96+sz::<u64>(),al::<u64>())==104, "vcpu_hvm_x86_64");
    assert!(sz::<vcpu_hvm_context>()==128&&al::<vcpu_hvm_context>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 15]>())==8, "vcpu_hvm_context");
    assert!(sz::<vcpu_register_runstate_memory_area>()==8&&al::<vcpu_register_runstate_memory_area>()==8, "vcpu_register_runstate_memory_area");
    assert!(sz::<vcpu_register_time_memory_area>()==8&&al::<vcpu_register_time_memory_area>()==8, "vcpu_register_time_memory_area");
    assert!(sz::<vcpu_register_vcpu_info>()==16&&al::<vcpu_register_vcpu_info>()==8&&at(0+sz::<u64>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "vcpu_register_vcpu_info");
    assert!(sz::<vcpu_runstate_info>()==48&&al::<vcpu_runstate_info>()==8&&at(0+sz::<i32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<[u64; 4]>())==16, "vcpu_runstate_info");
    assert!(sz::<vcpu_set_periodic_timer>()==8&&al::<vcpu_set_periodic_timer>()==8, "vcpu_set_periodic_timer");
    assert!(sz::<vcpu_set_singleshot_timer>()==16&&al::<vcpu_set_singleshot_timer>()==8&&at(0+sz::<u64>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12, "vcpu_set_singleshot_timer");
    assert!(sz::<vscsiif_back_ring>()==24&&al::<vscsiif_back_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "vscsiif_back_ring");
    assert!(sz::<vscsiif_front_ring>()==24&&al::<vscsiif_front_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "vscsiif_front_ring");
    assert!(sz::<vscsiif_request>()==252&&al::<vscsiif_request>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<[u8; 16]>())==4&&at(4+sz::<[u8; 16]>(),al::<u16>())==20&&at(20+sz::<u16>(),al::<u16>())==22&&at(22+sz::<u16>(),al::<u16>())==24&&at(24+sz::<u16>(),al::<u16>())==26&&at(26+sz::<u16>(),al::<u16>())==28&&at(28+sz::<u16>(),al::<u8>())==30&&at(30+sz::<u8>(),al::<u8>())==31&&at(31+sz::<u8>(),al::<[vscsiif_segment_t; 26]>())==32&&at(32+sz::<[vscsiif_segment_t; 26]>(),al::<[u32; 3]>())==240, "vscsiif_request");
    assert!(sz::<vscsiif_response>()==252&&al::<vscsiif_response>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<[u8; 96]>())==4&&at(4+sz::<[u8; 96]>(),al::<i32>())==100&&at(100+sz::<i32>(),al::<u32>())==104&&at(104+sz::<u32>(),al::<[u32; 36]>())==108, "vscsiif_response");
    assert!(sz::<vscsiif_sg_list>()==252&&al::<vscsiif_sg_list>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<[vscsiif_segment_t; 31]>())==4, "vscsiif_sg_list");
    assert!(sz::<xen_9pfs_data>()==16&&al::<xen_9pfs_data>()==8&&at(0+sz::<u64>(),al::<u64>())==8, "xen_9pfs_data");
    assert!(sz::<xen_9pfs_data_intf>()==132&&al::<xen_9pfs_data_intf>()==4&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<[u8; 56]>())==8&&at(8+sz::<[u8; 56]>(),al::<RING_IDX>())==64&&at(64+sz::<RING_IDX>(),al::<RING_IDX>())==68&&at(68+sz::<RING_IDX>(),al::<[u8; 56]>())==72&&at(72+sz::<[u8; 56]>(),al::<RING_IDX>())==128&&at(128+sz::<RING_IDX>(),al::<[grant_ref_t; 0]>())==132, "xen_9pfs_data_intf");
    assert!(sz::<xen_add_to_physmap>()==24&&al::<xen_add_to_physmap>()==8&&at(0+sz::<domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<xen_ulong_t>())==8&&at(8+sz::<xen_ulong_t>(),al::<xen_pfn_t>())==16, "xen_add_to_physmap");
    assert!(sz::<xen_add_to_physmap_batch_extra>()==2&&al::<xen_add_to_physmap_batch_extra>()==2, "xen_add_to_physmap_batch_extra");
    assert!(sz::<xen_add_to_physmap_batch>()==32&&al::<xen_add_to_physmap_batch>()==8&&at(0+sz::<domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<xen_add_to_physmap_batch_extra>())==6&&at(6+sz::<xen_add_to_physmap_batch_extra>(),al::<__guest_handle_64_xen_ulong_t>())==8&&at(8+sz::<__guest_handle_64_xen_ulong_t>(),al::<__guest_handle_64_xen_pfn_t>())==16&&at(16+sz::<__guest_handle_64_xen_pfn_t>(),al::<__guest_handle_64_int>())==24, "xen_add_to_physmap_batch");
    assert!(sz::<xen_argo_addr>()==8&&al::<xen_argo_addr>()==4&&at(0+sz::<xen_argo_port_t>(),al::<domid_t>())==4&&at(4+sz::<domid_t>(),al::<u16>())==6, "xen_argo_addr");
    assert!(sz::<xen_argo_iov>()==16&&al::<xen_argo_iov>()==8&&at(0+sz::<__guest_handle_64_uint8>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_argo_iov");
    assert!(sz::<xen_argo_register_ring>()==12&&al::<xen_argo_register_ring>()==4&&at(0+sz::<xen_argo_port_t>(),al::<domid_t>())==4&&at(4+sz::<domid_t>(),al::<u16>())==6&&at(6+sz::<u16>(),al::<u32>())==8, "xen_argo_register_ring");
    assert!(sz::<xen_argo_ring>()==64&&al::<xen_argo_ring>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u8; 56]>())==8&&at(8+sz::<[u8; 56]>(),al::<[u8; 0]>())==64, "xen_argo_ring");
    assert!(sz::<xen_argo_ring_data_ent>()==20&&al::<xen_argo_ring_data_ent>()==4&&at(0+sz::<xen_argo_addr_t>(),al::<u16>())==8&&at(8+sz::<u16>(),al::<u16>())==10&&at(10+sz::<u16>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16, "xen_argo_ring_data_ent");
    assert!(sz::<xen_argo_ring_data>()==8&&al::<xen_argo_ring_data>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[xen_argo_ring_data_ent_t; 0]>())==8, "xen_argo_ring_data");
    assert!(sz::<xen_argo_ring_message_header>()==16&&al::<xen_argo_ring_message_header>()==4&&at(0+sz::<u32>(),al::<xen_argo_addr_t>())==4&&at(4+sz::<xen_argo_addr_t>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<[u8; 0]>())==16, "xen_argo_ring_message_header");
    assert!(sz::<xen_argo_send_addr>()==16&&al::<xen_argo_send_addr>()==4&&at(0+sz::<xen_argo_addr_t>(),al::<xen_argo_addr_t>())==8, "xen_argo_send_addr");
    assert!(sz::<xen_argo_unregister_ring>()==8&&al::<xen_argo_unregister_ring>()==4&&at(0+sz::<xen_argo_port_t>(),al::<domid_t>())==4&&at(4+sz::<domid_t>(),al::<u16>())==6, "xen_argo_unregister_ring");
    assert!(sz::<xen_build_id>()==4&&al::<xen_build_id>()==4&&at(0+sz::<u32>(),al::<[u8; 0]>())==4, "xen_build_id");
    assert!(sz::<xen_cameraif_back_ring>()==24&&al::<xen_cameraif_back_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "xen_cameraif_back_ring");
    assert!(sz::<xen_cameraif_front_ring>()==24&&al::<xen_cameraif_front_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "xen_cameraif_front_ring");
    assert!(sz::<xen_compile_info>()==144&&al::<xen_compile_info>()==1&&at(0+sz::<[u8; 64]>(),al::<[u8; 16]>())==64&&at(64+sz::<[u8; 16]>(),al::<[u8; 32]>())==80&&at(80+sz::<[u8; 32]>(),al::<[u8; 32]>())==112, "xen_compile_info");
    assert!(sz::<xen_displif_back_ring>()==24&&al::<xen_displif_back_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "xen_displif_back_ring");
    assert!(sz::<xen_displif_front_ring>()==24&&al::<xen_displif_front_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "xen_displif_front_ring");
    assert!(sz::<xen_dm_op_create_ioreq_server>()==6&&al::<xen_dm_op_create_ioreq_server>()==2&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<ioservid_t>())==4, "xen_dm_op_create_ioreq_server");
    assert!(sz::<xen_dm_op_destroy_ioreq_server>()==4&&al::<xen_dm_op_destroy_ioreq_server>()==2&&at(0+sz::<ioservid_t>(),al::<u16>())==2, "xen_dm_op_destroy_ioreq_server");
    assert!(sz::<xen_dm_op_get_ioreq_server_info>()==24&&al::<xen_dm_op_get_ioreq_server_info>()==8&&at(0+sz::<ioservid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<evtchn_port_t>())==4&&at(4+sz::<evtchn_port_t>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16, "xen_dm_op_get_ioreq_server_info");
    assert!(sz::<xen_dm_op_inject_event>()==24&&al::<xen_dm_op_inject_event>()==8&&at(0+sz::<u32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<u8>())==7&&at(7+sz::<u8>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u64>())==16, "xen_dm_op_inject_event");
    assert!(sz::<xen_dm_op_inject_msi>()==16&&al::<xen_dm_op_inject_msi>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8, "xen_dm_op_inject_msi");
    assert!(sz::<xen_dm_op_ioreq_server_range>()==24&&al::<xen_dm_op_ioreq_server_range>()==8&&at(0+sz::<ioservid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16, "xen_dm_op_ioreq_server_range");
    assert!(sz::<xen_dm_op_map_mem_type_to_ioreq_server>()==16&&al::<xen_dm_op_map_mem_type_to_ioreq_server>()==8&&at(0+sz::<ioservid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8, "xen_dm_op_map_mem_type_to_ioreq_server");
    assert!(sz::<xen_dm_op_modified_memory>()==8&&al::<xen_dm_op_modified_memory>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_dm_op_modified_memory");
    assert!(sz::<xen_dm_op_nr_vcpus>()==4&&al::<xen_dm_op_nr_vcpus>()==4, "xen_dm_op_nr_vcpus");
    assert!(sz::<xen_dm_op_pin_memory_cacheattr>()==24&&al::<xen_dm_op_pin_memory_cacheattr>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20, "xen_dm_op_pin_memory_cacheattr");
    assert!(sz::<xen_dm_op_relocate_memory>()==24&&al::<xen_dm_op_relocate_memory>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16, "xen_dm_op_relocate_memory");
    assert!(sz::<xen_dm_op_remote_shutdown>()==4&&al::<xen_dm_op_remote_shutdown>()==4, "xen_dm_op_remote_shutdown");
    assert!(sz::<xen_dm_op_set_ioreq_server_state>()==4&&al::<xen_dm_op_set_ioreq_server_state>()==2&&at(0+sz::<ioservid_t>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3, "xen_dm_op_set_ioreq_server_state");
    assert!(sz::<xen_dm_op_set_irq_level>()==8&&al::<xen_dm_op_set_irq_level>()==4&&at(0+sz::<u32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<[u8; 3]>())==5, "xen_dm_op_set_irq_level");
    assert!(sz::<xen_dm_op_set_isa_irq_level>()==2&&al::<xen_dm_op_set_isa_irq_level>()==1&&at(0+sz::<u8>(),al::<u8>())==1, "xen_dm_op_set_isa_irq_level");
    assert!(sz::<xen_dm_op_set_mem_type>()==16&&al::<xen_dm_op_set_mem_type>()==8&&at(0+sz::<u32>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6&&at(6+sz::<u16>(),al::<u64>())==8, "xen_dm_op_set_mem_type");
    assert!(sz::<xen_dm_op_set_pci_intx_level>()==6&&al::<xen_dm_op_set_pci_intx_level>()==2&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5, "xen_dm_op_set_pci_intx_level");
    assert!(sz::<xen_dm_op_set_pci_link_route>()==2&&al::<xen_dm_op_set_pci_link_route>()==1&&at(0+sz::<u8>(),al::<u8>())==1, "xen_dm_op_set_pci_link_route");
    assert!(sz::<xen_dm_op_track_dirty_vram>()==16&&al::<xen_dm_op_track_dirty_vram>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8, "xen_dm_op_track_dirty_vram");
    assert!(sz::<xen_dm_op>()==32&&al::<xen_dm_op>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 3]>())==8, "xen_dm_op");
    assert!(sz::<xen_dm_op_buf>()==16&&al::<xen_dm_op_buf>()==8&&at(0+sz::<__guest_handle_64_void>(),al::<xen_ulong_t>())==8, "xen_dm_op_buf");
    assert!(sz::<xen_dm_op_modified_memory_extent>()==16&&al::<xen_dm_op_modified_memory_extent>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8, "xen_dm_op_modified_memory_extent");
    assert!(sz::<xen_flask_access>()==32&&al::<xen_flask_access>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28, "xen_flask_access");
    assert!(sz::<xen_flask_boolean>()==24&&al::<xen_flask_boolean>()==8&&at(0+sz::<u32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<u8>())==7&&at(7+sz::<u8>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<__guest_handle_64_char>())==16, "xen_flask_boolean");
    assert!(sz::<xen_flask_cache_stats>()==28&&al::<xen_flask_cache_stats>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24, "xen_flask_cache_stats");
    assert!(sz::<xen_flask_devicetree_label>()==16&&al::<xen_flask_devicetree_label>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_64_char>())==8, "xen_flask_devicetree_label");
    assert!(sz::<xen_flask_hash_stats>()==16&&al::<xen_flask_hash_stats>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_flask_hash_stats");
    assert!(sz::<xen_flask_load>()==16&&al::<xen_flask_load>()==8&&at(0+sz::<__guest_handle_64_char>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12, "xen_flask_load");
    assert!(sz::<xen_flask_ocontext>()==24&&al::<xen_flask_ocontext>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16, "xen_flask_ocontext");
    assert!(sz::<xen_flask_peersid>()==8&&al::<xen_flask_peersid>()==4&&at(0+sz::<evtchn_port_t>(),al::<u32>())==4, "xen_flask_peersid");
    assert!(sz::<xen_flask_relabel>()==8&&al::<xen_flask_relabel>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xen_flask_relabel");
    assert!(sz::<xen_flask_setavc_threshold>()==4&&al::<xen_flask_setavc_threshold>()==4, "xen_flask_setavc_threshold");
    assert!(sz::<xen_flask_setenforce>()==4&&al::<xen_flask_setenforce>()==4, "xen_flask_setenforce");
    assert!(sz::<xen_flask_sid_context>()==16&&al::<xen_flask_sid_context>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_64_char>())==8, "xen_flask_sid_context");
    assert!(sz::<xen_flask_transition>()==16&&al::<xen_flask_transition>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_flask_transition");
    assert!(sz::<xen_flask_op>()==40&&al::<xen_flask_op>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 4]>())==8, "xen_flask_op");
    assert!(sz::<xen_memory_map>()==16&&al::<xen_memory_map>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<__guest_handle_64_void>())==8, "xen_memory_map");
    assert!(sz::<xen_foreign_memory_map>()==24&&al::<xen_foreign_memory_map>()==8&&at(0+sz::<domid_t>(),al::<[u8; 6]>())==2&&at(2+sz::<[u8; 6]>(),al::<xen_memory_map>())==8, "xen_foreign_memory_map");
    assert!(sz::<xen_hvm_altp2m_change_gfn>()==24&&al::<xen_hvm_altp2m_change_gfn>()==8&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16, "xen_hvm_altp2m_change_gfn");
    assert!(sz::<xen_hvm_altp2m_domain_state>()==1&&al::<xen_hvm_altp2m_domain_state>()==1, "xen_hvm_altp2m_domain_state");
    assert!(sz::<xen_hvm_altp2m_get_vcpu_p2m_idx>()==8&&al::<xen_hvm_altp2m_get_vcpu_p2m_idx>()==4&&at(0+sz::<u32>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<[u8; 2]>())==6, "xen_hvm_altp2m_get_vcpu_p2m_idx");
    assert!(sz::<xen_hvm_altp2m_mem_access>()==16&&al::<xen_hvm_altp2m_mem_access>()==8&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8, "xen_hvm_altp2m_mem_access");
    assert!(sz::<xen_hvm_altp2m_set_mem_access_multi>()==32&&al::<xen_hvm_altp2m_set_mem_access_multi>()==8&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<__guest_handle_64_const_uint64>())==16&&at(16+sz::<__guest_handle_64_const_uint64>(),al::<__guest_handle_64_const_uint8>())==24, "xen_hvm_altp2m_set_mem_access_multi");
    assert!(sz::<xen_hvm_altp2m_set_visibility>()==4&&al::<xen_hvm_altp2m_set_visibility>()==2&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3, "xen_hvm_altp2m_set_visibility");
    assert!(sz::<xen_hvm_altp2m_suppress_ve>()==16&&al::<xen_hvm_altp2m_suppress_ve>()==8&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8, "xen_hvm_altp2m_suppress_ve");
    assert!(sz::<xen_hvm_altp2m_suppress_ve_multi>()==32&&al::<xen_hvm_altp2m_suppress_ve_multi>()==8&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24, "xen_hvm_altp2m_suppress_ve_multi");
    assert!(sz::<xen_hvm_altp2m_vcpu_disable_notify>()==4&&al::<xen_hvm_altp2m_vcpu_disable_notify>()==4, "xen_hvm_altp2m_vcpu_disable_notify");
    assert!(sz::<xen_hvm_altp2m_vcpu_enable_notify>()==16&&al::<xen_hvm_altp2m_vcpu_enable_notify>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8, "xen_hvm_altp2m_vcpu_enable_notify");
    assert!(sz::<xen_hvm_altp2m_view>()==4&&al::<xen_hvm_altp2m_view>()==2&&at(0+sz::<u16>(),al::<u16>())==2, "xen_hvm_altp2m_view");
    assert!(sz::<xen_hvm_altp2m_op>()==80&&al::<xen_hvm_altp2m_op>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<domid_t>())==8&&at(8+sz::<domid_t>(),al::<u16>())==10&&at(10+sz::<u16>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<[u64; 8]>())==16, "xen_hvm_altp2m_op");
    assert!(sz::<xen_hvm_get_mem_type>()==16&&al::<xen_hvm_get_mem_type>()==8&&at(0+sz::<domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<[u16; 2]>())==4&&at(4+sz::<[u16; 2]>(),al::<u64>())==8, "xen_hvm_get_mem_type");
    assert!(sz::<xen_hvm_get_time>()==8&&al::<xen_hvm_get_time>()==8, "xen_hvm_get_time");
    assert!(sz::<xen_hvm_pagetable_dying>()==16&&al::<xen_hvm_pagetable_dying>()==8&&at(0+sz::<domid_t>(),al::<[u16; 3]>())==2&&at(2+sz::<[u16; 3]>(),al::<u64>())==8, "xen_hvm_pagetable_dying");
    assert!(sz::<xen_hvm_param>()==16&&al::<xen_hvm_param>()==8&&at(0+sz::<domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8, "xen_hvm_param");
    assert!(sz::<xen_hvm_xentrace>()==32&&al::<xen_hvm_xentrace>()==2&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<[u8; 28]>())==4, "xen_hvm_xentrace");
    assert!(sz::<xen_hypfs_direntry>()==12&&al::<xen_hypfs_direntry>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xen_hypfs_direntry");
    assert!(sz::<xen_hypfs_dirlistentry>()==16&&al::<xen_hypfs_dirlistentry>()==4&&at(0+sz::<xen_hypfs_direntry_t>(),al::<u16>())==12&&at(12+sz::<u16>(),al::<[u8; 0]>())==14&&at(14+sz::<[u8; 0]>(),al::<[u8; 2]>())==14, "xen_hypfs_dirlistentry");
    assert!(sz::<xen_kexec_exec>()==4&&al::<xen_kexec_exec>()==4, "xen_kexec_exec");
    assert!(sz::<xen_kexec_image>()==16&&al::<xen_kexec_image>()==8&&at(0+sz::<u64>(),al::<u64>())==8, "xen_kexec_image");
    assert!(sz::<xen_kexec_load>()==24&&al::<xen_kexec_load>()==8&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 1]>())==8&&at(8+sz::<[u64; 1]>(),al::<u64>())==16, "xen_kexec_load");
    assert!(sz::<xen_kexec_load_v1>()==24&&al::<xen_kexec_load_v1>()==8&&at(0+sz::<i32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<xen_kexec_image_t>())==8, "xen_kexec_load_v1");
    assert!(sz::<xen_kexec_range>()==24&&al::<xen_kexec_range>()==8&&at(0+sz::<i32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16, "xen_kexec_range");
    assert!(sz::<xen_kexec_segment>()==32&&al::<xen_kexec_segment>()==8&&at(0+sz::<[u64; 1]>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24, "xen_kexec_segment");
    assert!(sz::<xen_kexec_status>()==1&&al::<xen_kexec_status>()==1, "xen_kexec_status");
    assert!(sz::<xen_kexec_unload>()==1&&al::<xen_kexec_unload>()==1, "xen_kexec_unload");
    assert!(sz::<xen_machphys_mapping>()==24&&al::<xen_machphys_mapping>()==8&&at(0+sz::<xen_ulong_t>(),al::<xen_ulong_t>())==8&&at(8+sz::<xen_ulong_t>(),al::<xen_ulong_t>())==16, "xen_machphys_mapping");
    assert!(sz::<xen_machphys_mfn_list>()==24&&al::<xen_machphys_mfn_list>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<__guest_handle_64_xen_pfn_t>())==8&&at(8+sz::<__guest_handle_64_xen_pfn_t>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<[u8; 4]>())==20, "xen_machphys_mfn_list");
    assert!(sz::<xen_mem_acquire_resource>()==32&&al::<xen_mem_acquire_resource>()==8&&at(0+sz::<domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<__guest_handle_64_xen_pfn_t>())==24, "xen_mem_acquire_resource");
    assert!(sz::<xen_memory_domain>()==2&&al::<xen_memory_domain>()==2, "xen_memory_domain");
    assert!(sz::<xen_memory_reservation>()==32&&al::<xen_memory_reservation>()==8&&at(0+sz::<__guest_handle_64_xen_pfn_t>(),al::<xen_ulong_t>())==8&&at(8+sz::<xen_ulong_t>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<domid_t>())==24&&at(24+sz::<domid_t>(),al::<[u8; 6]>())==26, "xen_memory_reservation");
    assert!(sz::<xen_memory_exchange>()==72&&al::<xen_memory_exchange>()==8&&at(0+sz::<xen_memory_reservation>(),al::<xen_memory_reservation>())==32&&at(32+sz::<xen_memory_reservation>(),al::<xen_ulong_t>())==64, "xen_memory_exchange");
    assert!(sz::<xen_msix_entry>()==4&&al::<xen_msix_entry>()==2&&at(0+sz::<u16>(),al::<u16>())==2, "xen_msix_entry");
    assert!(sz::<xen_multiboot_mod_list>()==16&&al::<xen_multiboot_mod_list>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xen_multiboot_mod_list");
    assert!(sz::<xen_netif_ctrl_back_ring>()==24&&al::<xen_netif_ctrl_back_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "xen_netif_ctrl_back_ring");
    assert!(sz::<xen_netif_ctrl_front_ring>()==24&&al::<xen_netif_ctrl_front_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "xen_netif_ctrl_front_ring");
    assert!(sz::<xen_netif_ctrl_request>()==16&&al::<xen_netif_ctrl_request>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<[u32; 3]>())==4, "xen_netif_ctrl_request");
    assert!(sz::<xen_netif_ctrl_response>()==12&&al::<xen_netif_ctrl_response>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xen_netif_ctrl_response");
    assert!(sz::<xen_netif_gref>()==8&&al::<xen_netif_gref>()==4&&at(0+sz::<grant_ref_t>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6, "xen_netif_gref");
    assert!(sz::<xen_pci_op>()==548&&al::<xen_pci_op>()==4&&at(0+sz::<u32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<i32>())==20&&at(20+sz::<i32>(),al::<i32>())==24&&at(24+sz::<i32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<[xen_msix_entry; 128]>())==36, "xen_pci_op");
    assert!(sz::<xen_pcie_aer_op>()==20&&al::<xen_pcie_aer_op>()==4&&at(0+sz::<u32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16, "xen_pcie_aer_op");
    assert!(sz::<xen_pci_sharedinfo>()==572&&al::<xen_pci_sharedinfo>()==4&&at(0+sz::<u32>(),al::<xen_pci_op>())==4&&at(4+sz::<xen_pci_op>(),al::<xen_pcie_aer_op>())==552, "xen_pci_sharedinfo");
    assert!(sz::<xen_pct_register>()==16&&al::<xen_pct_register>()==8&&at(0+sz::<u8>(),al::<[u8; 1]>())==1&&at(1+sz::<[u8; 1]>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<u8>())==7&&at(7+sz::<u8>(),al::<u64>())==8, "xen_pct_register");
    assert!(sz::<xen_platform_parameters>()==8&&al::<xen_platform_parameters>()==8, "xen_platform_parameters");
    assert!(sz::<xen_pmu_arch>()==1&&al::<xen_pmu_arch>()==1, "xen_pmu_arch");
    assert!(sz::<xen_pmu_data>()==20&&al::<xen_pmu_data>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<domid_t>())==8&&at(8+sz::<domid_t>(),al::<[u8; 6]>())==10&&at(10+sz::<[u8; 6]>(),al::<xen_pmu_arch_t>())==16&&at(16+sz::<xen_pmu_arch_t>(),al::<[u8; 3]>())==17, "xen_pmu_data");
    assert!(sz::<xen_pmu_params>()==24&&al::<xen_pmu_params>()==8&&at(0+sz::<[u32; 2]>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20, "xen_pmu_params");
    assert!(sz::<xen_pod_target>()==40&&al::<xen_pod_target>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24&&at(24+sz::<u64>(),al::<domid_t>())==32&&at(32+sz::<domid_t>(),al::<[u8; 6]>())==34, "xen_pod_target");
    assert!(sz::<xen_power_register>()==24&&al::<xen_power_register>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u64>())==16, "xen_power_register");
    assert!(sz::<xen_psd_package>()==40&&al::<xen_psd_package>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24&&at(24+sz::<u64>(),al::<u64>())==32, "xen_psd_package");
    assert!(sz::<xen_processor_cppc>()==72&&al::<xen_processor_cppc>()==8&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<[u32; 6]>())==4&&at(4+sz::<[u32; 6]>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<xen_psd_package>())==32, "xen_processor_cppc");
    assert!(sz::<xen_processor_csd>()==12&&al::<xen_processor_csd>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xen_processor_csd");
    assert!(sz::<xen_processor_cx>()==48&&al::<xen_processor_cx>()==8&&at(0+sz::<xen_power_register>(),al::<u8>())==24&&at(24+sz::<u8>(),al::<[u8; 3]>())==25&&at(25+sz::<[u8; 3]>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<u32>())==36&&at(36+sz::<u32>(),al::<__guest_handle_64_xen_processor_csd_t>())==40, "xen_processor_cx");
    assert!(sz::<xen_processor_flags>()==4&&al::<xen_processor_flags>()==4, "xen_processor_flags");
    assert!(sz::<xen_processor_performance>()==104&&al::<xen_processor_performance>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<xen_pct_register>())==8&&at(8+sz::<xen_pct_register>(),al::<xen_pct_register>())==24&&at(24+sz::<xen_pct_register>(),al::<u32>())==40&&at(40+sz::<u32>(),al::<[u8; 4]>())==44&&at(44+sz::<[u8; 4]>(),al::<__guest_handle_64_xen_processor_px_t>())==48&&at(48+sz::<__guest_handle_64_xen_processor_px_t>(),al::<xen_psd_package>())==56&&at(56+sz::<xen_psd_package>(),al::<u32>())==96&&at(96+sz::<u32>(),al::<[u8; 4]>())==100, "xen_processor_performance");
    assert!(sz::<xen_processor_power>()==16&&al::<xen_processor_power>()==8&&at(0+sz::<u32>(),al::<xen_processor_flags>())==4&&at(4+sz::<xen_processor_flags>(),al::<__guest_handle_64_xen_processor_cx_t>())==8, "xen_processor_power");
    assert!(sz::<xen_processor_px>()==48&&al::<xen_processor_px>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24&&at(24+sz::<u64>(),al::<u64>())==32&&at(32+sz::<u64>(),al::<u64>())==40, "xen_processor_px");
    assert!(sz::<xen_pvcalls_accept>()==24&&al::<xen_pvcalls_accept>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<grant_ref_t>())==16&&at(16+sz::<grant_ref_t>(),al::<u32>())==20, "xen_pvcalls_accept");
    assert!(sz::<xen_pvcalls_back_ring>()==24&&al::<xen_pvcalls_back_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "xen_pvcalls_back_ring");
    assert!(sz::<xen_pvcalls_bind>()==40&&al::<xen_pvcalls_bind>()==8&&at(0+sz::<u64>(),al::<[u8; 28]>())==8&&at(8+sz::<[u8; 28]>(),al::<u32>())==36, "xen_pvcalls_bind");
    assert!(sz::<xen_pvcalls_connect>()==56&&al::<xen_pvcalls_connect>()==8&&at(0+sz::<u64>(),al::<[u8; 28]>())==8&&at(8+sz::<[u8; 28]>(),al::<u32>())==36&&at(36+sz::<u32>(),al::<u32>())==40&&at(40+sz::<u32>(),al::<grant_ref_t>())==44&&at(44+sz::<grant_ref_t>(),al::<u32>())==48&&at(48+sz::<u32>(),al::<[u8; 4]>())==52, "xen_pvcalls_connect");
    assert!(sz::<xen_pvcalls_dummy>()==56&&al::<xen_pvcalls_dummy>()==1, "xen_pvcalls_dummy");
    assert!(sz::<xen_pvcalls_front_ring>()==24&&al::<xen_pvcalls_front_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "xen_pvcalls_front_ring");
    assert!(sz::<xen_pvcalls_listen>()==16&&al::<xen_pvcalls_listen>()==8&&at(0+sz::<u64>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12, "xen_pvcalls_listen");
    assert!(sz::<xen_pvcalls_poll>()==8&&al::<xen_pvcalls_poll>()==8, "xen_pvcalls_poll");
    assert!(sz::<xen_pvcalls_release>()==16&&al::<xen_pvcalls_release>()==8&&at(0+sz::<u64>(),al::<u8>())==8&&at(8+sz::<u8>(),al::<[u8; 7]>())==9, "xen_pvcalls_release");
    assert!(sz::<xen_pvcalls_socket>()==24&&al::<xen_pvcalls_socket>()==8&&at(0+sz::<u64>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<[u8; 4]>())==20, "xen_pvcalls_socket");
    assert!(sz::<xen_pvcalls_request>()==64&&al::<xen_pvcalls_request>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 7]>())==8, "xen_pvcalls_request");
    assert!(sz::<xen_pvcalls_response>()==24&&al::<xen_pvcalls_response>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<[u64; 1]>())==16, "xen_pvcalls_response");
    assert!(sz::<xen_remove_from_physmap>()==16&&al::<xen_remove_from_physmap>()==8&&at(0+sz::<domid_t>(),al::<[u8; 6]>())==2&&at(2+sz::<[u8; 6]>(),al::<xen_pfn_t>())==8, "xen_remove_from_physmap");
    assert!(sz::<xen_sndif_back_ring>()==24&&al::<xen_sndif_back_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "xen_sndif_back_ring");
    assert!(sz::<xen_sndif_front_ring>()==24&&al::<xen_sndif_front_ring>()==8&&at(0+sz::<RING_IDX>(),al::<RING_IDX>())==4&&at(4+sz::<RING_IDX>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "xen_sndif_front_ring");
    assert!(sz::<xen_varbuf>()==4&&al::<xen_varbuf>()==4&&at(0+sz::<u32>(),al::<[u8; 0]>())==4, "xen_varbuf");
    assert!(sz::<xen_vmemrange>()==24&&al::<xen_vmemrange>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20, "xen_vmemrange");
    assert!(sz::<xen_vnuma_topology_info>()==40&&al::<xen_vnuma_topology_info>()==8&&at(0+sz::<domid_t>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<[u64; 1]>())==16&&at(16+sz::<[u64; 1]>(),al::<[u64; 1]>())==24&&at(24+sz::<[u64; 1]>(),al::<[u64; 1]>())==32, "xen_vnuma_topology_info");
    assert!(sz::<xencamera_buf_create_req>()==24&&al::<xencamera_buf_create_req>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<[u32; 4]>())==4&&at(4+sz::<[u32; 4]>(),al::<grant_ref_t>())==20, "xencamera_buf_create_req");
    assert!(sz::<xencamera_buf_get_layout_resp>()==40&&al::<xencamera_buf_get_layout_resp>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u32; 4]>())==8&&at(8+sz::<[u32; 4]>(),al::<[u32; 4]>())==24, "xencamera_buf_get_layout_resp");
    assert!(sz::<xencamera_buf_request>()==1&&al::<xencamera_buf_request>()==1, "xencamera_buf_request");
    assert!(sz::<xencamera_config_req>()==12&&al::<xencamera_config_req>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xencamera_config_req");
    assert!(sz::<xencamera_config_resp>()==44&&al::<xencamera_config_resp>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<u32>())==36&&at(36+sz::<u32>(),al::<u32>())==40, "xencamera_config_resp");
    assert!(sz::<xencamera_ctrl_enum_resp>()==40&&al::<xencamera_ctrl_enum_resp>()==8&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<i64>())==8&&at(8+sz::<i64>(),al::<i64>())==16&&at(16+sz::<i64>(),al::<i64>())==24&&at(24+sz::<i64>(),al::<i64>())==32, "xencamera_ctrl_enum_resp");
    assert!(sz::<xencamera_ctrl_value>()==16&&al::<xencamera_ctrl_value>()==8&&at(0+sz::<u8>(),al::<[u8; 7]>())==1&&at(1+sz::<[u8; 7]>(),al::<i64>())==8, "xencamera_ctrl_value");
    assert!(sz::<xencamera_event_page>()==64&&al::<xencamera_event_page>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u8; 56]>())==8, "xencamera_event_page");
    assert!(sz::<xencamera_frame_avail_evt>()==12&&al::<xencamera_frame_avail_evt>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xencamera_frame_avail_evt");
    assert!(sz::<xencamera_evt>()==64&&al::<xencamera_evt>()==8&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<[u8; 5]>())==3&&at(3+sz::<[u8; 5]>(),al::<[u64; 7]>())==8, "xencamera_evt");
    assert!(sz::<xencamera_frame_rate_req>()==8&&al::<xencamera_frame_rate_req>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xencamera_frame_rate_req");
    assert!(sz::<xencamera_get_ctrl_req>()==1&&al::<xencamera_get_ctrl_req>()==1, "xencamera_get_ctrl_req");
    assert!(sz::<xencamera_index>()==1&&al::<xencamera_index>()==1, "xencamera_index");
    assert!(sz::<xencamera_req>()==64&&al::<xencamera_req>()==8&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<[u8; 5]>())==3&&at(3+sz::<[u8; 5]>(),al::<[u64; 7]>())==8, "xencamera_req");
    assert!(sz::<xencamera_resp>()==64&&al::<xencamera_resp>()==8&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<[u64; 7]>())==8, "xencamera_resp");
    assert!(sz::<xencomm_desc>()==8&&al::<xencomm_desc>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 0]>())==8, "xencomm_desc");
    assert!(sz::<xendispl_dbuf_create_req>()==40&&al::<xendispl_dbuf_create_req>()==8&&at(0+sz::<u64>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<grant_ref_t>())==28&&at(28+sz::<grant_ref_t>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<[u8; 4]>())==36, "xendispl_dbuf_create_req");
    assert!(sz::<xendispl_dbuf_destroy_req>()==8&&al::<xendispl_dbuf_destroy_req>()==8, "xendispl_dbuf_destroy_req");
    assert!(sz::<xendispl_event_page>()==64&&al::<xendispl_event_page>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u8; 56]>())==8, "xendispl_event_page");
    assert!(sz::<xendispl_pg_flip_evt>()==8&&al::<xendispl_pg_flip_evt>()==8, "xendispl_pg_flip_evt");
    assert!(sz::<xendispl_evt>()==64&&al::<xendispl_evt>()==8&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<[u8; 5]>())==3&&at(3+sz::<[u8; 5]>(),al::<[u64; 7]>())==8, "xendispl_evt");
    assert!(sz::<xendispl_fb_attach_req>()==32&&al::<xendispl_fb_attach_req>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<[u8; 4]>())==28, "xendispl_fb_attach_req");
    assert!(sz::<xendispl_fb_detach_req>()==8&&al::<xendispl_fb_detach_req>()==8, "xendispl_fb_detach_req");
    assert!(sz::<xendispl_get_edid_req>()==8&&al::<xendispl_get_edid_req>()==4&&at(0+sz::<u32>(),al::<grant_ref_t>())==4, "xendispl_get_edid_req");
    assert!(sz::<xendispl_get_edid_resp>()==4&&al::<xendispl_get_edid_resp>()==4, "xendispl_get_edid_resp");
    assert!(sz::<xendispl_page_flip_req>()==8&&al::<xendispl_page_flip_req>()==8, "xendispl_page_flip_req");
    assert!(sz::<xendispl_set_config_req>()==32&&al::<xendispl_set_config_req>()==8&&at(0+sz::<u64>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<[u8; 4]>())==28, "xendispl_set_config_req");
    assert!(sz::<xendispl_req>()==64&&al::<xendispl_req>()==8&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<[u8; 5]>())==3&&at(3+sz::<[u8; 5]>(),al::<[u64; 7]>())==8, "xendispl_req");
    assert!(sz::<xendispl_resp>()==64&&al::<xendispl_resp>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<[u32; 14]>())==8, "xendispl_resp");
    assert!(sz::<xenfb_page>()==2088&&al::<xenfb_page>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<i32>())==16&&at(16+sz::<i32>(),al::<i32>())==20&&at(20+sz::<i32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u8>())==32&&at(32+sz::<u8>(),al::<[u8; 7]>())==33&&at(33+sz::<[u8; 7]>(),al::<[u64; 256]>())==40, "xenfb_page");
    assert!(sz::<xenfb_refresh_period>()==8&&al::<xenfb_refresh_period>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<u32>())==4, "xenfb_refresh_period");
    assert!(sz::<xenfb_resize>()==24&&al::<xenfb_resize>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<i32>())==12&&at(12+sz::<i32>(),al::<i32>())==16&&at(16+sz::<i32>(),al::<i32>())==20, "xenfb_resize");
    assert!(sz::<xenfb_update>()==20&&al::<xenfb_update>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<i32>())==12&&at(12+sz::<i32>(),al::<i32>())==16, "xenfb_update");
    assert!(sz::<xenkbd_key>()==8&&al::<xenkbd_key>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<u32>())==4, "xenkbd_key");
    assert!(sz::<xenkbd_motion>()==16&&al::<xenkbd_motion>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<i32>())==12, "xenkbd_motion");
    assert!(sz::<xenkbd_mtouch>()==16&&al::<xenkbd_mtouch>()==4&&at(0+sz::<u8>(),al::<u8>())==1&&at(1+sz::<u8>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<[u8; 5]>())==3&&at(3+sz::<[u8; 5]>(),al::<[u32; 2]>())==8, "xenkbd_mtouch");
    assert!(sz::<xenkbd_page>()==16&&al::<xenkbd_page>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xenkbd_page");
    assert!(sz::<xenkbd_position>()==16&&al::<xenkbd_position>()==4&&at(0+sz::<u8>(),al::<[u8; 3]>())==1&&at(1+sz::<[u8; 3]>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<i32>())==12, "xenkbd_position");
    assert!(sz::<xennmi_callback>()==16&&al::<xennmi_callback>()==8&&at(0+sz::<u64>(),al::<u64>())==8, "xennmi_callback");
    assert!(sz::<xenoprof_buf>()==64&&al::<xenoprof_buf>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24&&at(24+sz::<u64>(),al::<u64>())==32&&at(32+sz::<u64>(),al::<u64>())==40&&at(40+sz::<u64>(),al::<[event_log; 1]>())==48, "xenoprof_buf");
    assert!(sz::<xenoprof_counter>()==48&&al::<xenoprof_counter>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28&&at(28+sz::<u32>(),al::<u32>())==32&&at(32+sz::<u32>(),al::<[u8; 4]>())==36&&at(36+sz::<[u8; 4]>(),al::<u64>())==40, "xenoprof_counter");
    assert!(sz::<xenoprof_get_buffer>()==24&&al::<xenoprof_get_buffer>()==8&&at(0+sz::<i32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<u64>())==16, "xenoprof_get_buffer");
    assert!(sz::<xenoprof_ibs_counter>()==48&&al::<xenoprof_ibs_counter>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u64>())==24&&at(24+sz::<u64>(),al::<u64>())==32&&at(32+sz::<u64>(),al::<u64>())==40, "xenoprof_ibs_counter");
    assert!(sz::<xenoprof_init>()==72&&al::<xenoprof_init>()==4&&at(0+sz::<i32>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<[u8; 64]>())==8, "xenoprof_init");
    assert!(sz::<xenoprof_passive>()==24&&al::<xenoprof_passive>()==8&&at(0+sz::<u16>(),al::<[u8; 2]>())==2&&at(2+sz::<[u8; 2]>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<i32>())==8&&at(8+sz::<i32>(),al::<i32>())==12&&at(12+sz::<i32>(),al::<u64>())==16, "xenoprof_passive");
    assert!(sz::<xenpf_add_memtype>()==32&&al::<xenpf_add_memtype>()==8&&at(0+sz::<xen_pfn_t>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<[u8; 4]>())==28, "xenpf_add_memtype");
    assert!(sz::<xenpf_change_freq>()==16&&al::<xenpf_change_freq>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8, "xenpf_change_freq");
    assert!(sz::<xenpf_core_parking>()==8&&al::<xenpf_core_parking>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xenpf_core_parking");
    assert!(sz::<xenpf_cpu_hotadd>()==12&&al::<xenpf_cpu_hotadd>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xenpf_cpu_hotadd");
    assert!(sz::<xenpf_cpu_ol>()==4&&al::<xenpf_cpu_ol>()==4, "xenpf_cpu_ol");
    assert!(sz::<xenpf_del_memtype>()==8&&al::<xenpf_del_memtype>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xenpf_del_memtype");
    assert!(sz::<xenpf_efi_guid>()==16&&al::<xenpf_efi_guid>()==4&&at(0+sz::<u32>(),al::<u16>())==4&&at(4+sz::<u16>(),al::<u16>())==6&&at(6+sz::<u16>(),al::<[u8; 8]>())==8, "xenpf_efi_guid");
    assert!(sz::<xenpf_efi_time>()==16&&al::<xenpf_efi_time>()==4&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<u8>())==6&&at(6+sz::<u8>(),al::<[u8; 1]>())==7&&at(7+sz::<[u8; 1]>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<i16>())==12&&at(12+sz::<i16>(),al::<u8>())==14&&at(14+sz::<u8>(),al::<[u8; 1]>())==15, "xenpf_efi_time");
    assert!(sz::<xenpf_efi_runtime_call>()==56&&al::<xenpf_efi_runtime_call>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<xen_ulong_t>())==8&&at(8+sz::<xen_ulong_t>(),al::<[u64; 5]>())==16, "xenpf_efi_runtime_call");
    assert!(sz::<xenpf_enter_acpi_sleep>()==12&&al::<xenpf_enter_acpi_sleep>()==4&&at(0+sz::<u16>(),al::<u16>())==2&&at(2+sz::<u16>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8, "xenpf_enter_acpi_sleep");
    assert!(sz::<xenpf_efi_info>()==32&&al::<xenpf_efi_info>()==8, "xenpf_efi_info");
    assert!(sz::<xenpf_firmware_info>()==40&&al::<xenpf_firmware_info>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u64; 4]>())==8, "xenpf_firmware_info");
    assert!(sz::<xenpf_getidletime>()==32&&al::<xenpf_getidletime>()==8&&at(0+sz::<__guest_handle_64_uint8>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12&&at(12+sz::<[u8; 4]>(),al::<__guest_handle_64_uint64>())==16&&at(16+sz::<__guest_handle_64_uint64>(),al::<u64>())==24, "xenpf_getidletime");
    assert!(sz::<xenpf_mem_hotadd>()==24&&al::<xenpf_mem_hotadd>()==8&&at(0+sz::<u64>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u32>())==16&&at(16+sz::<u32>(),al::<u32>())==20, "xenpf_mem_hotadd");
    assert!(sz::<xenpf_microcode_update>()==16&&al::<xenpf_microcode_update>()==8&&at(0+sz::<__guest_handle_64_const_void>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<[u8; 4]>())==12, "xenpf_microcode_update");
    assert!(sz::<xenpf_microcode_update2>()==16&&al::<xenpf_microcode_update2>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_64_const_void>())==8, "xenpf_microcode_update2");
    assert!(sz::<xenpf_pcpu_version>()==32&&al::<xenpf_pcpu_version>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u8; 12]>())==8&&at(8+sz::<[u8; 12]>(),al::<u32>())==20&&at(20+sz::<u32>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<u32>())==28, "xenpf_pcpu_version");
    assert!(sz::<xenpf_pcpuinfo>()==20&&al::<xenpf_pcpuinfo>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u32>())==16, "xenpf_pcpuinfo");
    assert!(sz::<xenpf_platform_quirk>()==4&&al::<xenpf_platform_quirk>()==4, "xenpf_platform_quirk");
    assert!(sz::<xenpf_read_memtype>()==32&&al::<xenpf_read_memtype>()==8&&at(0+sz::<u32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<xen_pfn_t>())==8&&at(8+sz::<xen_pfn_t>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u32>())==24&&at(24+sz::<u32>(),al::<[u8; 4]>())==28, "xenpf_read_memtype");
    assert!(sz::<xenpf_resource_entry>()==24&&al::<xenpf_resource_entry>()==8&&at(0+sz::<[u32; 1]>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8&&at(8+sz::<u64>(),al::<u64>())==16, "xenpf_resource_entry");
    assert!(sz::<xenpf_resource_op>()==16&&al::<xenpf_resource_op>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_64_xenpf_resource_entry_t>())==8, "xenpf_resource_op");
    assert!(sz::<xenpf_settime32>()==16&&al::<xenpf_settime32>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u64>())==8, "xenpf_settime32");
    assert!(sz::<xenpf_settime64>()==24&&al::<xenpf_settime64>()==8&&at(0+sz::<u64>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12&&at(12+sz::<u32>(),al::<u64>())==16, "xenpf_settime64");
    assert!(sz::<xenpf_symdata>()==32&&al::<xenpf_symdata>()==8&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<__guest_handle_64_char>())==8&&at(8+sz::<__guest_handle_64_char>(),al::<u64>())==16&&at(16+sz::<u64>(),al::<u8>())==24&&at(24+sz::<u8>(),al::<[u8; 7]>())==25, "xenpf_symdata");
    assert!(sz::<xenpf_ucode_revision>()==16&&al::<xenpf_ucode_revision>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xenpf_ucode_revision");
    assert!(sz::<xensnd_cur_pos_evt>()==8&&al::<xensnd_cur_pos_evt>()==8, "xensnd_cur_pos_evt");
    assert!(sz::<xensnd_event_page>()==64&&al::<xensnd_event_page>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<[u8; 56]>())==8, "xensnd_event_page");
    assert!(sz::<xensnd_evt>()==64&&al::<xensnd_evt>()==8&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<[u8; 5]>())==3&&at(3+sz::<[u8; 5]>(),al::<[u64; 7]>())==8, "xensnd_evt");
    assert!(sz::<xensnd_open_req>()==20&&al::<xensnd_open_req>()==4&&at(0+sz::<u32>(),al::<u8>())==4&&at(4+sz::<u8>(),al::<u8>())==5&&at(5+sz::<u8>(),al::<u16>())==6&&at(6+sz::<u16>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<grant_ref_t>())==12&&at(12+sz::<grant_ref_t>(),al::<u32>())==16, "xensnd_open_req");
    assert!(sz::<xensnd_query_hw_param>()==40&&al::<xensnd_query_hw_param>()==8&&at(0+sz::<u64>(),al::<[u32; 2]>())==8&&at(8+sz::<[u32; 2]>(),al::<[u32; 2]>())==16&&at(16+sz::<[u32; 2]>(),al::<[u32; 2]>())==24&&at(24+sz::<[u32; 2]>(),al::<[u32; 2]>())==32, "xensnd_query_hw_param");
    assert!(sz::<xensnd_rw_req>()==8&&al::<xensnd_rw_req>()==4&&at(0+sz::<u32>(),al::<u32>())==4, "xensnd_rw_req");
    assert!(sz::<xensnd_trigger_req>()==1&&al::<xensnd_trigger_req>()==1, "xensnd_trigger_req");
    assert!(sz::<xensnd_req>()==64&&al::<xensnd_req>()==8&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<[u8; 5]>())==3&&at(3+sz::<[u8; 5]>(),al::<[u64; 7]>())==8, "xensnd_req");
    assert!(sz::<xensnd_resp>()==64&&al::<xensnd_resp>()==8&&at(0+sz::<u16>(),al::<u8>())==2&&at(2+sz::<u8>(),al::<u8>())==3&&at(3+sz::<u8>(),al::<i32>())==4&&at(4+sz::<i32>(),al::<[u64; 7]>())==8, "xensnd_resp");
    assert!(sz::<xsd_errors>()==16&&al::<xsd_errors>()==8&&at(0+sz::<i32>(),al::<[u8; 4]>())==4&&at(4+sz::<[u8; 4]>(),al::<u64>())==8, "xsd_errors");
    assert!(sz::<xsd_sockmsg>()==16&&al::<xsd_sockmsg>()==4&&at(0+sz::<u32>(),al::<u32>())==4&&at(4+sz::<u32>(),al::<u32>())==8&&at(8+sz::<u32>(),al::<u32>())==12, "xsd_sockmsg");
    assert!(sz::<blkif_sring_entry>()==112&&al::<blkif_sring_entry>()==8, "blkif_sring_entry");
    assert!(sz::<netif_rx_sring_entry>()==8&&al::<netif_rx_sring_entry>()==4, "netif_rx_sring_entry");
    assert!(sz::<netif_tx_sring_entry>()==12&&al::<netif_tx_sring_entry>()==4, "netif_tx_sring_entry");
    assert!(sz::<usbif_conn_sring_entry>()==4&&al::<usbif_conn_sring_entry>()==2, "usbif_conn_sring_entry");
    assert!(sz::<usbif_urb_sring_entry>()==148&&al::<usbif_urb_sring_entry>()==4, "usbif_urb_sring_entry");
    assert!(sz::<vscsiif_sring_entry>()==252&&al::<vscsiif_sring_entry>()==4, "vscsiif_sring_entry");
    assert!(sz::<xen_cameraif_sring_entry>()==64&&al::<xen_cameraif_sring_entry>()==8, "xen_cameraif_sring_entry");
    assert!(sz::<xen_displif_sring_entry>()==64&&al::<xen_displif_sring_entry>()==8, "xen_displif_sring_entry");
    assert!(sz::<xen_netif_ctrl_sring_entry>()==16&&al::<xen_netif_ctrl_sring_entry>()==4, "xen_netif_ctrl_sring_entry");
    assert!(sz::<xen_pvcalls_sring_entry>()==64&&al::<xen_pvcalls_sring_entry>()==8, "xen_pvcalls_sring_entry");
    assert!(sz::<xen_sndif_sring_entry>()==64&&al::<xen_sndif_sring_entry>()==8, "xen_sndif_sring_entry");
    assert!(sz::<xenfb_in_event>()==40&&al::<xenfb_in_event>()==4, "xenfb_in_event");
    assert!(sz::<xenfb_out_event>()==40&&al::<xenfb_out_event>()==4, "xenfb_out_event");
    assert!(sz::<xenkbd_in_event>()==40&&al::<xenkbd_in_event>()==4, "xenkbd_in_event");
    assert!(sz::<xenkbd_out_event>()==40&&al::<xenkbd_out_event>()==1, "xenkbd_out_event");
    assert!(sz::<xen_uuid_t>()==16&&al::<xen_uuid_t>()==1, "xen_uuid_t");
};
