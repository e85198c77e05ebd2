//! riscv64: the stable core for releases 4.19.0 .. 4.22.0 (generated; do not edit).

/// `RING_IDX (io/ring.h:44) (since 4.19.0)`
pub type RING_IDX = u32;
/// `TPMIF_RING_IDX (io/tpmif.h:34) (since 4.19.0)`
pub type TPMIF_RING_IDX = u32;
/// `XENCONS_RING_IDX (io/console.h:13) (since 4.19.0)`
pub type XENCONS_RING_IDX = u32;
/// `XENSTORE_RING_IDX (io/xs_wire.h:103) (since 4.19.0)`
pub type XENSTORE_RING_IDX = u32;
/// `XenbusState (io/xenbus.h:51) (since 4.19.0)`
pub type XenbusState = i32;
/// `arch_shared_info_t (arch-riscv.h:76) (since 4.19.0)`
pub type arch_shared_info_t = arch_shared_info;
/// `arch_vcpu_info_t (arch-riscv.h:71) (since 4.19.0)`
pub type arch_vcpu_info_t = arch_vcpu_info;
/// `blkif_back_ring_t (io/blkif.h:723) (since 4.19.0)`
pub type blkif_back_ring_t = blkif_back_ring;
/// `blkif_front_ring_t (io/blkif.h:723) (since 4.19.0)`
pub type blkif_front_ring_t = blkif_front_ring;
/// `blkif_request_discard_t (io/blkif.h:682) (since 4.19.0)`
pub type blkif_request_discard_t = blkif_request_discard;
/// `grant_ref_t (grant_table.h:97) (since 4.19.0)`
pub type grant_ref_t = u32;
/// `blkif_request_indirect_t (io/blkif.h:701) (since 4.19.0)`
pub type blkif_request_indirect_t = blkif_request_indirect;
/// `blkif_request_t (io/blkif.h:663) (since 4.19.0)`
pub type blkif_request_t = blkif_request;
/// `blkif_response_t (io/blkif.h:708) (since 4.19.0)`
pub type blkif_response_t = blkif_response;
/// `blkif_sring_t (io/blkif.h:723) (since 4.19.0)`
pub type blkif_sring_t = blkif_sring;
/// `buf_ioreq_t (hvm/ioreq.h:65) (since 4.19.0)`
pub type buf_ioreq_t = buf_ioreq;
/// `buffered_iopage_t (hvm/ioreq.h:82) (since 4.19.0)`
pub type buffered_iopage_t = buffered_iopage;
/// `dom0_vga_console_info_t (xen.h:979) (since 4.19.0)`
pub type dom0_vga_console_info_t = dom0_vga_console_info;
/// `domid_t (xen.h:626) (since 4.19.0)`
pub type domid_t = u16;
/// `event_word_t (event_channel.h:342) (since 4.19.0)`
pub type event_word_t = u32;
/// `evtchn_port_t (event_channel.h:65) (since 4.19.0)`
pub type evtchn_port_t = u32;
/// `evtchn_alloc_unbound_t (event_channel.h:82) (since 4.19.0)`
pub type evtchn_alloc_unbound_t = evtchn_alloc_unbound;
/// `evtchn_bind_interdomain_t (event_channel.h:111) (since 4.19.0)`
pub type evtchn_bind_interdomain_t = evtchn_bind_interdomain;
/// `evtchn_bind_ipi_t (event_channel.h:161) (since 4.19.0)`
pub type evtchn_bind_ipi_t = evtchn_bind_ipi;
/// `evtchn_bind_pirq_t (event_channel.h:148) (since 4.19.0)`
pub type evtchn_bind_pirq_t = evtchn_bind_pirq;
/// `evtchn_bind_vcpu_t (event_channel.h:236) (since 4.19.0)`
pub type evtchn_bind_vcpu_t = evtchn_bind_vcpu;
/// `evtchn_bind_virq_t (event_channel.h:132) (since 4.19.0)`
pub type evtchn_bind_virq_t = evtchn_bind_virq;
/// `evtchn_close_t (event_channel.h:172) (since 4.19.0)`
pub type evtchn_close_t = evtchn_close;
/// `evtchn_expand_array_t (event_channel.h:289) (since 4.19.0)`
pub type evtchn_expand_array_t = evtchn_expand_array;
/// `evtchn_fifo_control_block_t (event_channel.h:359) (since 4.19.0)`
pub type evtchn_fifo_control_block_t = evtchn_fifo_control_block;
/// `evtchn_init_control_t (event_channel.h:280) (since 4.19.0)`
pub type evtchn_init_control_t = evtchn_init_control;
/// `evtchn_send_t (event_channel.h:182) (since 4.19.0)`
pub type evtchn_send_t = evtchn_send;
/// `evtchn_status_t (event_channel.h:217) (since 4.19.0)`
pub type evtchn_status_t = evtchn_status;
/// `evtchn_unmask_t (event_channel.h:246) (since 4.19.0)`
pub type evtchn_unmask_t = evtchn_unmask;
/// `evtchn_op_t (event_channel.h:322) (since 4.19.0)`
pub type evtchn_op_t = evtchn_op;
/// `evtchn_reset_t (event_channel.h:262) (since 4.19.0)`
pub type evtchn_reset_t = evtchn_reset;
/// `evtchn_set_priority_t (event_channel.h:299) (since 4.19.0)`
pub type evtchn_set_priority_t = evtchn_set_priority;
/// `fsif_back_ring_t (io/fsif.h:167) (since 4.19.0)`
pub type fsif_back_ring_t = fsif_back_ring;
/// `fsif_front_ring_t (io/fsif.h:167) (since 4.19.0)`
pub type fsif_front_ring_t = fsif_front_ring;
/// `fsif_request_t (io/fsif.h:145) (since 4.19.0)`
pub type fsif_request_t = fsif_request;
/// `fsif_response_t (io/fsif.h:158) (since 4.19.0)`
pub type fsif_response_t = fsif_response;
/// `fsif_sring_t (io/fsif.h:167) (since 4.19.0)`
pub type fsif_sring_t = fsif_sring;
/// `gnttab_cache_flush_t (grant_table.h:582) (since 4.19.0)`
pub type gnttab_cache_flush_t = gnttab_cache_flush;
/// `xen_pfn_t (arch-riscv.h:44) (since 4.19.0)`
pub type xen_pfn_t = u64;
/// `gnttab_copy_t (grant_table.h:458) (since 4.19.0)`
pub type gnttab_copy_t = gnttab_copy;
/// `gnttab_dump_table_t (grant_table.h:396) (since 4.19.0)`
pub type gnttab_dump_table_t = gnttab_dump_table;
/// `gnttab_get_status_frames_t (grant_table.h:536) (since 4.19.0)`
pub type gnttab_get_status_frames_t = gnttab_get_status_frames;
/// `gnttab_get_version_t (grant_table.h:550) (since 4.19.0)`
pub type gnttab_get_version_t = gnttab_get_version;
/// `grant_handle_t (grant_table.h:307) (since 4.19.0)`
pub type grant_handle_t = u32;
/// `gnttab_map_grant_ref_t (grant_table.h:337) (since 4.19.0)`
pub type gnttab_map_grant_ref_t = gnttab_map_grant_ref;
/// `gnttab_query_size_t (grant_table.h:476) (since 4.19.0)`
pub type gnttab_query_size_t = gnttab_query_size;
/// `gnttab_set_version_t (grant_table.h:512) (since 4.19.0)`
pub type gnttab_set_version_t = gnttab_set_version;
/// `gnttab_setup_table_t (grant_table.h:383) (since 4.19.0)`
pub type gnttab_setup_table_t = gnttab_setup_table;
/// `gnttab_swap_grant_ref_t (grant_table.h:563) (since 4.19.0)`
pub type gnttab_swap_grant_ref_t = gnttab_swap_grant_ref;
/// `gnttab_transfer_t (grant_table.h:416) (since 4.19.0)`
pub type gnttab_transfer_t = gnttab_transfer;
/// `gnttab_unmap_and_replace_t (grant_table.h:498) (since 4.19.0)`
pub type gnttab_unmap_and_replace_t = gnttab_unmap_and_replace;
/// `gnttab_unmap_grant_ref_t (grant_table.h:359) (since 4.19.0)`
pub type gnttab_unmap_grant_ref_t = gnttab_unmap_grant_ref;
/// `grant_entry_header_t (grant_table.h:213) (since 4.19.0)`
pub type grant_entry_header_t = grant_entry_header;
/// `grant_entry_v1_t (grant_table.h:128) (since 4.19.0)`
pub type grant_entry_v1_t = grant_entry_v1;
/// `grant_entry_v2_t (grant_table.h:266) (since 4.19.0)`
pub type grant_entry_v2_t = grant_entry_v2;
/// `grant_status_t (grant_table.h:268) (since 4.19.0)`
pub type grant_status_t = u16;
/// `ioreq_t (hvm/ioreq.h:50) (since 4.19.0)`
pub type ioreq_t = ioreq;
/// `ioservid_t (hvm/dm_op.h:36) (since 4.19.0)`
pub type ioservid_t = u16;
/// `mmu_update_t (xen.h:636) (since 4.19.0)`
pub type mmu_update_t = mmu_update;
/// `mmuext_op_t (xen.h:463) (since 4.19.0)`
pub type mmuext_op_t = mmuext_op;
/// `xen_ulong_t (arch-riscv.h:48) (since 4.19.0)`
pub type xen_ulong_t = u64;
/// `multicall_entry_t (xen.h:656) (since 4.19.0)`
pub type multicall_entry_t = multicall_entry;
/// `netif_extra_info_t (io/netif.h:1025) (since 4.19.0)`
pub type netif_extra_info_t = netif_extra_info;
/// `netif_rx_back_ring_t (io/netif.h:1073) (since 4.19.0)`
pub type netif_rx_back_ring_t = netif_rx_back_ring;
/// `netif_rx_front_ring_t (io/netif.h:1073) (since 4.19.0)`
pub type netif_rx_front_ring_t = netif_rx_front_ring;
/// `netif_rx_request_t (io/netif.h:1038) (since 4.19.0)`
pub type netif_rx_request_t = netif_rx_request;
/// `netif_rx_response_t (io/netif.h:1066) (since 4.19.0)`
pub type netif_rx_response_t = netif_rx_response;
/// `netif_rx_sring_t (io/netif.h:1073) (since 4.19.0)`
pub type netif_rx_sring_t = netif_rx_sring;
/// `netif_tx_back_ring_t (io/netif.h:1072) (since 4.19.0)`
pub type netif_tx_back_ring_t = netif_tx_back_ring;
/// `netif_tx_front_ring_t (io/netif.h:1072) (since 4.19.0)`
pub type netif_tx_front_ring_t = netif_tx_front_ring;
/// `netif_tx_request_t (io/netif.h:981) (since 4.19.0)`
pub type netif_tx_request_t = netif_tx_request;
/// `netif_tx_response_t (io/netif.h:1031) (since 4.19.0)`
pub type netif_tx_response_t = netif_tx_response;
/// `netif_tx_sring_t (io/netif.h:1072) (since 4.19.0)`
pub type netif_tx_sring_t = netif_tx_sring;
/// `physdev_apic_t (physdev.h:120) (since 4.19.0)`
pub type physdev_apic_t = physdev_apic;
/// `physdev_pci_device_t (physdev.h:315) (since 4.19.0)`
pub type physdev_pci_device_t = physdev_pci_device;
/// `physdev_dbgp_op_t (physdev.h:343) (since 4.19.0)`
pub type physdev_dbgp_op_t = physdev_dbgp_op;
/// `physdev_eoi_t (physdev.h:27) (since 4.19.0)`
pub type physdev_eoi_t = physdev_eoi;
/// `physdev_get_free_pirq_t (physdev.h:253) (since 4.19.0)`
pub type physdev_get_free_pirq_t = physdev_get_free_pirq;
/// `physdev_irq_status_query_t (physdev.h:64) (since 4.19.0)`
pub type physdev_irq_status_query_t = physdev_irq_status_query;
/// `physdev_irq_t (physdev.h:135) (since 4.19.0)`
pub type physdev_irq_t = physdev_irq;
/// `physdev_manage_pci_ext_t (physdev.h:208) (since 4.19.0)`
pub type physdev_manage_pci_ext_t = physdev_manage_pci_ext;
/// `physdev_manage_pci_t (physdev.h:183) (since 4.19.0)`
pub type physdev_manage_pci_t = physdev_manage_pci;
/// `physdev_map_pirq_t (physdev.h:162) (since 4.19.0)`
pub type physdev_map_pirq_t = physdev_map_pirq;
/// `physdev_set_iobitmap_t (physdev.h:104) (since 4.19.0)`
pub type physdev_set_iobitmap_t = physdev_set_iobitmap;
/// `physdev_set_iopl_t (physdev.h:84) (since 4.19.0)`
pub type physdev_set_iopl_t = physdev_set_iopl;
/// `physdev_op_t (physdev.h:225) (since 4.19.0)`
pub type physdev_op_t = physdev_op;
/// `physdev_pci_device_add_t (physdev.h:291) (since 4.19.0)`
pub type physdev_pci_device_add_t = physdev_pci_device_add;
/// `physdev_pci_mmcfg_reserved_t (physdev.h:266) (since 4.19.0)`
pub type physdev_pci_mmcfg_reserved_t = physdev_pci_mmcfg_reserved;
/// `physdev_pirq_eoi_gmfn_t (physdev.h:50) (since 4.19.0)`
pub type physdev_pirq_eoi_gmfn_t = physdev_pirq_eoi_gmfn;
/// `physdev_restore_msi_t (physdev.h:192) (since 4.19.0)`
pub type physdev_restore_msi_t = physdev_restore_msi;
/// `physdev_setup_gsi_t (physdev.h:238) (since 4.19.0)`
pub type physdev_setup_gsi_t = physdev_setup_gsi;
/// `physdev_unmap_pirq_t (physdev.h:172) (since 4.19.0)`
pub type physdev_unmap_pirq_t = physdev_unmap_pirq;
/// `sched_pin_override_t (sched.h:149) (since 4.19.0)`
pub type sched_pin_override_t = sched_pin_override;
/// `sched_poll_t (sched.h:129) (since 4.19.0)`
pub type sched_poll_t = sched_poll;
/// `sched_remote_shutdown_t (sched.h:136) (since 4.19.0)`
pub type sched_remote_shutdown_t = sched_remote_shutdown;
/// `sched_shutdown_t (sched.h:121) (since 4.19.0)`
pub type sched_shutdown_t = sched_shutdown;
/// `sched_watchdog_t (sched.h:143) (since 4.19.0)`
pub type sched_watchdog_t = sched_watchdog;
/// `vcpu_time_info_t (xen.h:697) (since 4.19.0)`
pub type vcpu_time_info_t = vcpu_time_info;
/// `shared_info_t (xen.h:811) (since 4.19.0)`
pub type shared_info_t = shared_info;
/// `shared_iopage_t (hvm/ioreq.h:55) (since 4.19.0)`
pub type shared_iopage_t = shared_iopage;
/// `xen_vcpu_hvm_x86_32_t (hvm/hvm_vcpu.h:55) (since 4.19.0)`
pub type xen_vcpu_hvm_x86_32_t = vcpu_hvm_x86_32;
/// `xen_vcpu_hvm_x86_64_t (hvm/hvm_vcpu.h:101) (since 4.19.0)`
pub type xen_vcpu_hvm_x86_64_t = vcpu_hvm_x86_64;
/// `vscsiif_segment_t (io/vscsiif.h:241) (since 4.19.0)`
pub type vscsiif_segment_t = scsiif_request_segment;
/// `xen_argo_port_t (argo.h:23) (since 4.19.0)`
pub type xen_argo_port_t = u32;
/// `xen_argo_addr_t (argo.h:49) (since 4.19.0)`
pub type xen_argo_addr_t = xen_argo_addr;
/// `xen_argo_ring_data_ent_t (argo.h:112) (since 4.19.0)`
pub type xen_argo_ring_data_ent_t = xen_argo_ring_data_ent;
/// `xen_dm_op_create_ioreq_server_t (hvm/dm_op.h:57) (since 4.19.0)`
pub type xen_dm_op_create_ioreq_server_t = xen_dm_op_create_ioreq_server;
/// `xen_dm_op_destroy_ioreq_server_t (hvm/dm_op.h:173) (since 4.19.0)`
pub type xen_dm_op_destroy_ioreq_server_t = xen_dm_op_destroy_ioreq_server;
/// `xen_dm_op_get_ioreq_server_info_t (hvm/dm_op.h:97) (since 4.19.0)`
pub type xen_dm_op_get_ioreq_server_info_t = xen_dm_op_get_ioreq_server_info;
/// `xen_dm_op_inject_event_t (hvm/dm_op.h:321) (since 4.19.0)`
pub type xen_dm_op_inject_event_t = xen_dm_op_inject_event;
/// `xen_dm_op_inject_msi_t (hvm/dm_op.h:335) (since 4.19.0)`
pub type xen_dm_op_inject_msi_t = xen_dm_op_inject_msi;
/// `xen_dm_op_ioreq_server_range_t (hvm/dm_op.h:133) (since 4.19.0)`
pub type xen_dm_op_ioreq_server_range_t = xen_dm_op_ioreq_server_range;
/// `xen_dm_op_map_mem_type_to_ioreq_server_t (hvm/dm_op.h:362) (since 4.19.0)`
pub type xen_dm_op_map_mem_type_to_ioreq_server_t = xen_dm_op_map_mem_type_to_ioreq_server;
/// `xen_dm_op_modified_memory_t (hvm/dm_op.h:257) (since 4.19.0)`
pub type xen_dm_op_modified_memory_t = xen_dm_op_modified_memory;
/// `xen_dm_op_nr_vcpus_t (hvm/dm_op.h:445) (since 4.19.0)`
pub type xen_dm_op_nr_vcpus_t = xen_dm_op_nr_vcpus;
/// `xen_dm_op_pin_memory_cacheattr_t (hvm/dm_op.h:415) (since 4.19.0)`
pub type xen_dm_op_pin_memory_cacheattr_t = xen_dm_op_pin_memory_cacheattr;
/// `xen_dm_op_relocate_memory_t (hvm/dm_op.h:393) (since 4.19.0)`
pub type xen_dm_op_relocate_memory_t = xen_dm_op_relocate_memory;
/// `xen_dm_op_remote_shutdown_t (hvm/dm_op.h:374) (since 4.19.0)`
pub type xen_dm_op_remote_shutdown_t = xen_dm_op_remote_shutdown;
/// `xen_dm_op_set_ioreq_server_state_t (hvm/dm_op.h:159) (since 4.19.0)`
pub type xen_dm_op_set_ioreq_server_state_t = xen_dm_op_set_ioreq_server_state;
/// `xen_dm_op_set_irq_level_t (hvm/dm_op.h:430) (since 4.19.0)`
pub type xen_dm_op_set_irq_level_t = xen_dm_op_set_irq_level;
/// `xen_dm_op_set_isa_irq_level_t (hvm/dm_op.h:220) (since 4.19.0)`
pub type xen_dm_op_set_isa_irq_level_t = xen_dm_op_set_isa_irq_level;
/// `xen_dm_op_set_mem_type_t (hvm/dm_op.h:287) (since 4.19.0)`
pub type xen_dm_op_set_mem_type_t = xen_dm_op_set_mem_type;
/// `xen_dm_op_set_pci_intx_level_t (hvm/dm_op.h:206) (since 4.19.0)`
pub type xen_dm_op_set_pci_intx_level_t = xen_dm_op_set_pci_intx_level;
/// `xen_dm_op_set_pci_link_route_t (hvm/dm_op.h:233) (since 4.19.0)`
pub type xen_dm_op_set_pci_link_route_t = xen_dm_op_set_pci_link_route;
/// `xen_dm_op_track_dirty_vram_t (hvm/dm_op.h:191) (since 4.19.0)`
pub type xen_dm_op_track_dirty_vram_t = xen_dm_op_track_dirty_vram;
/// `xen_flask_access_t (xsm/flask_op.h:49) (since 4.19.0)`
pub type xen_flask_access_t = xen_flask_access;
/// `xen_flask_boolean_t (xsm/flask_op.h:97) (since 4.19.0)`
pub type xen_flask_boolean_t = xen_flask_boolean;
/// `xen_flask_cache_stats_t (xsm/flask_op.h:125) (since 4.19.0)`
pub type xen_flask_cache_stats_t = xen_flask_cache_stats;
/// `xen_flask_devicetree_label_t (xsm/flask_op.h:156) (since 4.19.0)`
pub type xen_flask_devicetree_label_t = xen_flask_devicetree_label;
/// `xen_flask_hash_stats_t (xsm/flask_op.h:112) (since 4.19.0)`
pub type xen_flask_hash_stats_t = xen_flask_hash_stats;
/// `xen_flask_load_t (xsm/flask_op.h:19) (since 4.19.0)`
pub type xen_flask_load_t = xen_flask_load;
/// `xen_flask_ocontext_t (xsm/flask_op.h:133) (since 4.19.0)`
pub type xen_flask_ocontext_t = xen_flask_ocontext;
/// `xen_flask_peersid_t (xsm/flask_op.h:141) (since 4.19.0)`
pub type xen_flask_peersid_t = xen_flask_peersid;
/// `xen_flask_relabel_t (xsm/flask_op.h:148) (since 4.19.0)`
pub type xen_flask_relabel_t = xen_flask_relabel;
/// `xen_flask_setavc_threshold_t (xsm/flask_op.h:103) (since 4.19.0)`
pub type xen_flask_setavc_threshold_t = xen_flask_setavc_threshold;
/// `xen_flask_setenforce_t (xsm/flask_op.h:24) (since 4.19.0)`
pub type xen_flask_setenforce_t = xen_flask_setenforce;
/// `xen_flask_sid_context_t (xsm/flask_op.h:35) (since 4.19.0)`
pub type xen_flask_sid_context_t = xen_flask_sid_context;
/// `xen_flask_transition_t (xsm/flask_op.h:59) (since 4.19.0)`
pub type xen_flask_transition_t = xen_flask_transition;
/// `xen_hypfs_direntry_t (hypfs.h:39) (since 4.19.0)`
pub type xen_hypfs_direntry_t = xen_hypfs_direntry;
/// `xen_kexec_image_t (kexec.h:85) (since 4.19.0)`
pub type xen_kexec_image_t = xen_kexec_image;
/// `xen_pmu_arch_t (arch-riscv.h:85) (since 4.19.0)`
pub type xen_pmu_arch_t = xen_pmu_arch;
/// `tpmif_ring_t (io/tpmif.h:43) (since 4.19.0)`
pub type tpmif_ring_t = tpmif_ring;
/// `tpmif_shared_page_t (io/tpmif.h:114) (since 4.19.0)`
pub type tpmif_shared_page_t = tpmif_shared_page;
/// `tpmif_tx_interface_t (io/tpmif.h:48) (since 4.19.0)`
pub type tpmif_tx_interface_t = tpmif_tx_interface;
/// `tpmif_tx_request_t (io/tpmif.h:28) (since 4.19.0)`
pub type tpmif_tx_request_t = tpmif_tx_request;
/// `usbif_conn_back_ring_t (io/usbif.h:405) (since 4.19.0)`
pub type usbif_conn_back_ring_t = usbif_conn_back_ring;
/// `usbif_conn_front_ring_t (io/usbif.h:405) (since 4.19.0)`
pub type usbif_conn_front_ring_t = usbif_conn_front_ring;
/// `usbif_conn_request_t (io/usbif.h:392) (since 4.19.0)`
pub type usbif_conn_request_t = usbif_conn_request;
/// `usbif_conn_response_t (io/usbif.h:403) (since 4.19.0)`
pub type usbif_conn_response_t = usbif_conn_response;
/// `usbif_conn_sring_t (io/usbif.h:405) (since 4.19.0)`
pub type usbif_conn_sring_t = usbif_conn_sring;
/// `usbif_urb_back_ring_t (io/usbif.h:383) (since 4.19.0)`
pub type usbif_urb_back_ring_t = usbif_urb_back_ring;
/// `usbif_urb_front_ring_t (io/usbif.h:383) (since 4.19.0)`
pub type usbif_urb_front_ring_t = usbif_urb_front_ring;
/// `usbif_urb_request_t (io/usbif.h:365) (since 4.19.0)`
pub type usbif_urb_request_t = usbif_urb_request;
/// `usbif_urb_response_t (io/usbif.h:381) (since 4.19.0)`
pub type usbif_urb_response_t = usbif_urb_response;
/// `usbif_urb_sring_t (io/usbif.h:383) (since 4.19.0)`
pub type usbif_urb_sring_t = usbif_urb_sring;
/// `vcpu_get_physid_t (vcpu.h:193) (since 4.19.0)`
pub type vcpu_get_physid_t = vcpu_get_physid;
/// `vcpu_hvm_context_t (hvm/hvm_vcpu.h:116) (since 4.19.0)`
pub type vcpu_hvm_context_t = vcpu_hvm_context;
/// `vcpu_info_t (xen.h:739) (since 4.19.0)`
pub type vcpu_info_t = vcpu_info;
/// `vcpu_register_runstate_memory_area_t (vcpu.h:125) (since 4.19.0)`
pub type vcpu_register_runstate_memory_area_t = vcpu_register_runstate_memory_area;
/// `vcpu_register_time_memory_area_t (vcpu.h:226) (since 4.19.0)`
pub type vcpu_register_time_memory_area_t = vcpu_register_time_memory_area;
/// `vcpu_register_vcpu_info_t (vcpu.h:177) (since 4.19.0)`
pub type vcpu_register_vcpu_info_t = vcpu_register_vcpu_info;
/// `vcpu_runstate_info_t (vcpu.h:81) (since 4.19.0)`
pub type vcpu_runstate_info_t = vcpu_runstate_info;
/// `vcpu_set_periodic_timer_t (vcpu.h:138) (since 4.19.0)`
pub type vcpu_set_periodic_timer_t = vcpu_set_periodic_timer;
/// `vcpu_set_singleshot_timer_t (vcpu.h:151) (since 4.19.0)`
pub type vcpu_set_singleshot_timer_t = vcpu_set_singleshot_timer;
/// `vscsiif_back_ring_t (io/vscsiif.h:352) (since 4.19.0)`
pub type vscsiif_back_ring_t = vscsiif_back_ring;
/// `vscsiif_front_ring_t (io/vscsiif.h:352) (since 4.19.0)`
pub type vscsiif_front_ring_t = vscsiif_front_ring;
/// `vscsiif_request_t (io/vscsiif.h:270) (since 4.19.0)`
pub type vscsiif_request_t = vscsiif_request;
/// `vscsiif_response_t (io/vscsiif.h:299) (since 4.19.0)`
pub type vscsiif_response_t = vscsiif_response;
/// `vscsiif_sg_list_t (io/vscsiif.h:285) (since 4.19.0)`
pub type vscsiif_sg_list_t = vscsiif_sg_list;
/// `vscsiif_sring_t (io/vscsiif.h:352) (since 4.19.0)`
pub type vscsiif_sring_t = vscsiif_sring;
/// `xen_add_to_physmap_batch_t (memory.h:279) (since 4.19.0)`
pub type xen_add_to_physmap_batch_t = xen_add_to_physmap_batch;
/// `xen_add_to_physmap_t (memory.h:245) (since 4.19.0)`
pub type xen_add_to_physmap_t = xen_add_to_physmap;
/// `xen_argo_gfn_t (argo.h:26) (since 4.19.0)`
pub type xen_argo_gfn_t = u64;
/// `xen_argo_iov_t (argo.h:42) (since 4.19.0)`
pub type xen_argo_iov_t = xen_argo_iov;
/// `xen_argo_register_ring_t (argo.h:77) (since 4.19.0)`
pub type xen_argo_register_ring_t = xen_argo_register_ring;
/// `xen_argo_ring_data_t (argo.h:119) (since 4.19.0)`
pub type xen_argo_ring_data_t = xen_argo_ring_data;
/// `xen_argo_ring_t (argo.h:69) (since 4.19.0)`
pub type xen_argo_ring_t = xen_argo_ring;
/// `xen_argo_send_addr_t (argo.h:55) (since 4.19.0)`
pub type xen_argo_send_addr_t = xen_argo_send_addr;
/// `xen_argo_unregister_ring_t (argo.h:84) (since 4.19.0)`
pub type xen_argo_unregister_ring_t = xen_argo_unregister_ring;
/// `xen_build_id_t (version.h:136) (since 4.19.0)`
pub type xen_build_id_t = xen_build_id;
/// `xen_cameraif_back_ring_t (io/cameraif.h:1314) (since 4.19.0)`
pub type xen_cameraif_back_ring_t = xen_cameraif_back_ring;
/// `xen_cameraif_front_ring_t (io/cameraif.h:1314) (since 4.19.0)`
pub type xen_cameraif_front_ring_t = xen_cameraif_front_ring;
/// `xen_cameraif_sring_t (io/cameraif.h:1314) (since 4.19.0)`
pub type xen_cameraif_sring_t = xen_cameraif_sring;
/// `xen_capabilities_info_t (version.h:51) (since 4.19.0)`
pub type xen_capabilities_info_t = [u8; 1024];
/// `xen_changeset_info_t (version.h:60) (since 4.19.0)`
pub type xen_changeset_info_t = [u8; 64];
/// `xen_commandline_t (version.h:122) (since 4.19.0)`
pub type xen_commandline_t = [u8; 1024];
/// `xen_compile_info_t (version.h:43) (since 4.19.0)`
pub type xen_compile_info_t = xen_compile_info;
/// `xen_displif_back_ring_t (io/displif.h:897) (since 4.19.0)`
pub type xen_displif_back_ring_t = xen_displif_back_ring;
/// `xen_displif_front_ring_t (io/displif.h:897) (since 4.19.0)`
pub type xen_displif_front_ring_t = xen_displif_front_ring;
/// `xen_displif_sring_t (io/displif.h:897) (since 4.19.0)`
pub type xen_displif_sring_t = xen_displif_sring;
/// `xen_dm_op_buf_t (hvm/dm_op.h:478) (since 4.19.0)`
pub type xen_dm_op_buf_t = xen_dm_op_buf;
/// `xen_domain_handle_t (xen.h:983) (since 4.19.0)`
pub type xen_domain_handle_t = [u8; 16];
/// `xen_extraversion_t (version.h:28) (since 4.19.0)`
pub type xen_extraversion_t = [u8; 16];
/// `xen_feature_info_t (version.h:101) (since 4.19.0)`
pub type xen_feature_info_t = xen_feature_info;
/// `xen_flask_op_t (xsm/flask_op.h:209) (since 4.19.0)`
pub type xen_flask_op_t = xen_flask_op;
/// `xen_foreign_memory_map_t (memory.h:350) (since 4.19.0)`
pub type xen_foreign_memory_map_t = xen_foreign_memory_map;
/// `xen_hvm_altp2m_change_gfn_t (hvm/hvm_op.h:296) (since 4.19.0)`
pub type xen_hvm_altp2m_change_gfn_t = xen_hvm_altp2m_change_gfn;
/// `xen_hvm_altp2m_domain_state_t (hvm/hvm_op.h:217) (since 4.19.0)`
pub type xen_hvm_altp2m_domain_state_t = xen_hvm_altp2m_domain_state;
/// `xen_hvm_altp2m_mem_access_t (hvm/hvm_op.h:266) (since 4.19.0)`
pub type xen_hvm_altp2m_mem_access_t = xen_hvm_altp2m_mem_access;
/// `xen_hvm_altp2m_op_t (hvm/hvm_op.h:365) (since 4.19.0)`
pub type xen_hvm_altp2m_op_t = xen_hvm_altp2m_op;
/// `xen_hvm_altp2m_vcpu_disable_notify_t (hvm/hvm_op.h:232) (since 4.19.0)`
pub type xen_hvm_altp2m_vcpu_disable_notify_t = xen_hvm_altp2m_vcpu_disable_notify;
/// `xen_hvm_altp2m_vcpu_enable_notify_t (hvm/hvm_op.h:226) (since 4.19.0)`
pub type xen_hvm_altp2m_vcpu_enable_notify_t = xen_hvm_altp2m_vcpu_enable_notify;
/// `xen_hvm_altp2m_view_t (hvm/hvm_op.h:240) (since 4.19.0)`
pub type xen_hvm_altp2m_view_t = xen_hvm_altp2m_view;
/// `xen_hvm_get_mem_type_t (hvm/hvm_op.h:166) (since 4.19.0)`
pub type xen_hvm_get_mem_type_t = xen_hvm_get_mem_type;
/// `xen_hvm_get_time_t (hvm/hvm_op.h:133) (since 4.19.0)`
pub type xen_hvm_get_time_t = xen_hvm_get_time;
/// `xen_hvm_pagetable_dying_t (hvm/hvm_op.h:125) (since 4.19.0)`
pub type xen_hvm_pagetable_dying_t = xen_hvm_pagetable_dying;
/// `xen_hvm_param_t (hvm/hvm_op.h:22) (since 4.19.0)`
pub type xen_hvm_param_t = xen_hvm_param;
/// `xen_hvm_xentrace_t (hvm/hvm_op.h:141) (since 4.19.0)`
pub type xen_hvm_xentrace_t = xen_hvm_xentrace;
/// `xen_kexec_exec_t (kexec.h:109) (since 4.19.0)`
pub type xen_kexec_exec_t = xen_kexec_exec;
/// `xen_kexec_load_t (kexec.h:199) (since 4.19.0)`
pub type xen_kexec_load_t = xen_kexec_load;
/// `xen_kexec_load_v1_t (kexec.h:121) (since 4.19.0)`
pub type xen_kexec_load_v1_t = xen_kexec_load_v1;
/// `xen_kexec_range_t (kexec.h:150) (since 4.19.0)`
pub type xen_kexec_range_t = xen_kexec_range;
/// `xen_kexec_segment_t (kexec.h:165) (since 4.19.0)`
pub type xen_kexec_segment_t = xen_kexec_segment;
/// `xen_kexec_status_t (kexec.h:224) (since 4.19.0)`
pub type xen_kexec_status_t = xen_kexec_status;
/// `xen_kexec_unload_t (kexec.h:210) (since 4.19.0)`
pub type xen_kexec_unload_t = xen_kexec_unload;
/// `xen_machphys_mapping_t (memory.h:204) (since 4.19.0)`
pub type xen_machphys_mapping_t = xen_machphys_mapping;
/// `xen_machphys_mfn_list_t (memory.h:181) (since 4.19.0)`
pub type xen_machphys_mfn_list_t = xen_machphys_mfn_list;
/// `xen_mem_acquire_resource_t (memory.h:691) (since 4.19.0)`
pub type xen_mem_acquire_resource_t = xen_mem_acquire_resource;
/// `xen_memory_exchange_t (memory.h:124) (since 4.19.0)`
pub type xen_memory_exchange_t = xen_memory_exchange;
/// `xen_memory_map_t (memory.h:328) (since 4.19.0)`
pub type xen_memory_map_t = xen_memory_map;
/// `xen_memory_reservation_t (memory.h:79) (since 4.19.0)`
pub type xen_memory_reservation_t = xen_memory_reservation;
/// `xen_netif_ctrl_back_ring_t (io/netif.h:752) (since 4.19.0)`
pub type xen_netif_ctrl_back_ring_t = xen_netif_ctrl_back_ring;
/// `xen_netif_ctrl_front_ring_t (io/netif.h:752) (since 4.19.0)`
pub type xen_netif_ctrl_front_ring_t = xen_netif_ctrl_front_ring;
/// `xen_netif_ctrl_sring_t (io/netif.h:752) (since 4.19.0)`
pub type xen_netif_ctrl_sring_t = xen_netif_ctrl_sring;
/// `xen_platform_parameters_t (version.h:94) (since 4.19.0)`
pub type xen_platform_parameters_t = xen_platform_parameters;
/// `xen_pmu_params_t (pmu.h:56) (since 4.19.0)`
pub type xen_pmu_params_t = xen_pmu_params;
/// `xen_pod_target_t (memory.h:365) (since 4.19.0)`
pub type xen_pod_target_t = xen_pod_target;
/// `xen_processor_cppc_t (platform.h:483) (since 4.21.0)`
pub type xen_processor_cppc_t = xen_processor_cppc;
/// `xen_processor_csd_t (platform.h:391) (since 4.19.0)`
pub type xen_processor_csd_t = xen_processor_csd;
/// `xen_processor_cx_t (platform.h:402) (since 4.19.0)`
pub type xen_processor_cx_t = xen_processor_cx;
/// `xen_processor_performance_t (platform.h:462) (since 4.19.0)`
pub type xen_processor_performance_t = xen_processor_performance;
/// `xen_processor_px_t (platform.h:437) (since 4.19.0)`
pub type xen_processor_px_t = xen_processor_px;
/// `xen_pvcalls_back_ring_t (io/pvcalls.h:130) (since 4.19.0)`
pub type xen_pvcalls_back_ring_t = xen_pvcalls_back_ring;
/// `xen_pvcalls_front_ring_t (io/pvcalls.h:130) (since 4.19.0)`
pub type xen_pvcalls_front_ring_t = xen_pvcalls_front_ring;
/// `xen_pvcalls_sring_t (io/pvcalls.h:130) (since 4.19.0)`
pub type xen_pvcalls_sring_t = xen_pvcalls_sring;
/// `xen_remove_from_physmap_t (memory.h:302) (since 4.19.0)`
pub type xen_remove_from_physmap_t = xen_remove_from_physmap;
/// `xen_sndif_back_ring_t (io/sndif.h:1031) (since 4.19.0)`
pub type xen_sndif_back_ring_t = xen_sndif_back_ring;
/// `xen_sndif_front_ring_t (io/sndif.h:1031) (since 4.19.0)`
pub type xen_sndif_front_ring_t = xen_sndif_front_ring;
/// `xen_sndif_sring_t (io/sndif.h:1031) (since 4.19.0)`
pub type xen_sndif_sring_t = xen_sndif_sring;
/// `xen_varbuf_t (version.h:145) (since 4.20.0)`
pub type xen_varbuf_t = xen_varbuf;
/// `xen_vmemrange_t (memory.h:706) (since 4.19.0)`
pub type xen_vmemrange_t = xen_vmemrange;
/// `xen_vnuma_topology_info_t (memory.h:740) (since 4.19.0)`
pub type xen_vnuma_topology_info_t = xen_vnuma_topology_info;
/// `xennmi_callback_t (nmi.h:49) (since 4.19.0)`
pub type xennmi_callback_t = xennmi_callback;
/// `xenoprof_buf_t (xenoprof.h:71) (since 4.19.0)`
pub type xenoprof_buf_t = xenoprof_buf;
/// `xenoprof_counter_t (xenoprof.h:102) (since 4.19.0)`
pub type xenoprof_counter_t = xenoprof_counter;
/// `xenoprof_get_buffer_t (xenoprof.h:89) (since 4.19.0)`
pub type xenoprof_get_buffer_t = xenoprof_get_buffer;
/// `xenoprof_ibs_counter_t (xenoprof.h:122) (since 4.19.0)`
pub type xenoprof_ibs_counter_t = xenoprof_ibs_counter;
/// `xenoprof_init_t (xenoprof.h:80) (since 4.19.0)`
pub type xenoprof_init_t = xenoprof_init;
/// `xenoprof_passive_t (xenoprof.h:111) (since 4.19.0)`
pub type xenoprof_passive_t = xenoprof_passive;
/// `xenpf_add_memtype_t (platform.h:65) (since 4.19.0)`
pub type xenpf_add_memtype_t = xenpf_add_memtype;
/// `xenpf_change_freq_t (platform.h:326) (since 4.19.0)`
pub type xenpf_change_freq_t = xenpf_change_freq;
/// `xenpf_core_parking_t (platform.h:570) (since 4.19.0)`
pub type xenpf_core_parking_t = xenpf_core_parking;
/// `xenpf_cpu_hotadd_t (platform.h:547) (since 4.19.0)`
pub type xenpf_cpu_hotadd_t = xenpf_cpu_hotadd;
/// `xenpf_cpu_ol_t (platform.h:537) (since 4.19.0)`
pub type xenpf_cpu_ol_t = xenpf_cpu_ol;
/// `xenpf_del_memtype_t (platform.h:81) (since 4.19.0)`
pub type xenpf_del_memtype_t = xenpf_del_memtype;
/// `xenpf_dom0_console_t (platform.h:640) (since 4.19.0)`
pub type xenpf_dom0_console_t = dom0_vga_console_info;
/// `xenpf_efi_runtime_call_t (platform.h:214) (since 4.19.0)`
pub type xenpf_efi_runtime_call_t = xenpf_efi_runtime_call;
/// `xenpf_enter_acpi_sleep_t (platform.h:316) (since 4.19.0)`
pub type xenpf_enter_acpi_sleep_t = xenpf_enter_acpi_sleep;
/// `xenpf_firmware_info_t (platform.h:299) (since 4.19.0)`
pub type xenpf_firmware_info_t = xenpf_firmware_info;
/// `xenpf_getidletime_t (platform.h:351) (since 4.19.0)`
pub type xenpf_getidletime_t = xenpf_getidletime;
/// `xenpf_mem_hotadd_t (platform.h:557) (since 4.19.0)`
pub type xenpf_mem_hotadd_t = xenpf_mem_hotadd;
/// `xenpf_microcode_update2_t (platform.h:663) (since 4.20.0)`
pub type xenpf_microcode_update2_t = xenpf_microcode_update2;
/// `xenpf_microcode_update_t (platform.h:103) (since 4.19.0)`
pub type xenpf_microcode_update_t = xenpf_microcode_update;
/// `xenpf_pcpu_version_t (platform.h:528) (since 4.19.0)`
pub type xenpf_pcpu_version_t = xenpf_pcpu_version;
/// `xenpf_pcpuinfo_t (platform.h:513) (since 4.19.0)`
pub type xenpf_pcpuinfo_t = xenpf_pcpuinfo;
/// `xenpf_platform_quirk_t (platform.h:114) (since 4.19.0)`
pub type xenpf_platform_quirk_t = xenpf_platform_quirk;
/// `xenpf_read_memtype_t (platform.h:94) (since 4.19.0)`
pub type xenpf_read_memtype_t = xenpf_read_memtype;
/// `xenpf_resource_entry_t (platform.h:605) (since 4.19.0)`
pub type xenpf_resource_entry_t = xenpf_resource_entry;
/// `xenpf_resource_op_t (platform.h:613) (since 4.19.0)`
pub type xenpf_resource_op_t = xenpf_resource_op;
/// `xenpf_settime32_t (platform.h:28) (since 4.19.0)`
pub type xenpf_settime32_t = xenpf_settime32;
/// `xenpf_settime64_t (platform.h:37) (since 4.19.0)`
pub type xenpf_settime64_t = xenpf_settime64;
/// `xenpf_settime_t (platform.h:45) (since 4.19.0)`
pub type xenpf_settime_t = xenpf_settime64;
/// `xenpf_symdata_t (platform.h:631) (since 4.19.0)`
pub type xenpf_symdata_t = xenpf_symdata;
/// `xenpf_ucode_revision_t (platform.h:650) (since 4.19.0)`
pub type xenpf_ucode_revision_t = xenpf_ucode_revision;

/// `__guest_handle_64_char (xen.h:29) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_char {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_char (xen.h:29) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_char {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_evtchn_op_t (event_channel.h:323) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_evtchn_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_evtchn_port_t (event_channel.h:66) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_evtchn_port_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_cache_flush_t (grant_table.h:583) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_cache_flush_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_copy_t (grant_table.h:459) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_copy_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_dump_table_t (grant_table.h:397) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_dump_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_get_status_frames_t (grant_table.h:537) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_get_status_frames_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_get_version_t (grant_table.h:551) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_get_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_map_grant_ref_t (grant_table.h:338) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_map_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_query_size_t (grant_table.h:477) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_query_size_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_set_version_t (grant_table.h:513) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_set_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_setup_table_t (grant_table.h:384) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_setup_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_swap_grant_ref_t (grant_table.h:564) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_swap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_transfer_t (grant_table.h:417) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_transfer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_unmap_and_replace_t (grant_table.h:499) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_unmap_and_replace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_gnttab_unmap_grant_ref_t (grant_table.h:360) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_gnttab_unmap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_int (xen.h:31) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_int {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_mmu_update_t (xen.h:637) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_mmu_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_mmuext_op_t (xen.h:464) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_mmuext_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_multicall_entry_t (xen.h:657) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_multicall_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_apic_t (physdev.h:121) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_apic_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_dbgp_op_t (physdev.h:344) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_dbgp_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_eoi_t (physdev.h:28) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_eoi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_get_free_pirq_t (physdev.h:254) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_get_free_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_irq_status_query_t (physdev.h:65) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_irq_status_query_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_irq_t (physdev.h:136) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_irq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_manage_pci_ext_t (physdev.h:209) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_manage_pci_ext_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_manage_pci_t (physdev.h:184) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_manage_pci_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_map_pirq_t (physdev.h:163) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_map_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_op_t (physdev.h:226) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_pci_device_add_t (physdev.h:292) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_pci_device_add_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_pci_device_t (physdev.h:316) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_pci_device_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_pci_mmcfg_reserved_t (physdev.h:267) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_pci_mmcfg_reserved_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_pirq_eoi_gmfn_t (physdev.h:51) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_pirq_eoi_gmfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_restore_msi_t (physdev.h:193) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_restore_msi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_set_iobitmap_t (physdev.h:105) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_set_iobitmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_set_iopl_t (physdev.h:85) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_set_iopl_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_setup_gsi_t (physdev.h:239) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_setup_gsi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_physdev_unmap_pirq_t (physdev.h:173) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_physdev_unmap_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_sched_pin_override_t (sched.h:150) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_sched_pin_override_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_sched_poll_t (sched.h:130) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_sched_poll_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_sched_remote_shutdown_t (sched.h:137) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_sched_remote_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_sched_shutdown_t (sched.h:122) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_sched_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_sched_watchdog_t (sched.h:144) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_sched_watchdog_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_uchar (xen.h:30) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_uchar {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_uint (xen.h:32) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_uint {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_uint16 (xen.h:986) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_uint16 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_uint32 (xen.h:987) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_uint32 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_uint64 (xen.h:988) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_uint64 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_uint64_t (xen.h:39) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_uint64_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_uint8 (xen.h:985) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_uint8 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_get_physid_t (vcpu.h:194) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_get_physid_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_hvm_context_t (hvm/hvm_vcpu.h:117) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_hvm_context_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_register_runstate_memory_area_t (vcpu.h:126) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_register_runstate_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_register_time_memory_area_t (vcpu.h:227) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_register_time_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_register_vcpu_info_t (vcpu.h:178) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_register_vcpu_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_runstate_info_t (vcpu.h:82) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_runstate_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_set_periodic_timer_t (vcpu.h:139) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_set_periodic_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_set_singleshot_timer_t (vcpu.h:152) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_set_singleshot_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_vcpu_time_info_t (vcpu.h:218) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_vcpu_time_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_void (xen.h:37) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_void {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_add_to_physmap_batch_t (memory.h:280) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_add_to_physmap_batch_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_add_to_physmap_t (memory.h:246) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_add_to_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_dm_op_buf_t (hvm/dm_op.h:479) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_dm_op_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_flask_op_t (xsm/flask_op.h:210) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_flask_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_foreign_memory_map_t (memory.h:351) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_foreign_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_altp2m_change_gfn_t (hvm/hvm_op.h:297) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_altp2m_change_gfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_altp2m_domain_state_t (hvm/hvm_op.h:218) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_altp2m_domain_state_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_altp2m_mem_access_t (hvm/hvm_op.h:267) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_altp2m_mem_access_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_altp2m_op_t (hvm/hvm_op.h:366) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_altp2m_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t (hvm/hvm_op.h:233) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t (hvm/hvm_op.h:227) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_altp2m_view_t (hvm/hvm_op.h:241) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_altp2m_view_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_get_mem_type_t (hvm/hvm_op.h:167) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_get_mem_type_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_get_time_t (hvm/hvm_op.h:134) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_get_time_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_pagetable_dying_t (hvm/hvm_op.h:126) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_pagetable_dying_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_param_t (hvm/hvm_op.h:23) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_param_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_hvm_xentrace_t (hvm/hvm_op.h:142) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_hvm_xentrace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_kexec_load_t (kexec.h:200) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_kexec_load_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_kexec_segment_t (kexec.h:166) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_kexec_segment_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_kexec_status_t (kexec.h:225) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_kexec_status_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_kexec_unload_t (kexec.h:211) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_kexec_unload_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_machphys_mapping_t (memory.h:205) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_machphys_mapping_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_machphys_mfn_list_t (memory.h:182) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_machphys_mfn_list_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_mem_acquire_resource_t (memory.h:692) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_mem_acquire_resource_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_memory_exchange_t (memory.h:125) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_memory_exchange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_memory_map_t (memory.h:329) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_memory_reservation_t (memory.h:80) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_memory_reservation_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_pfn_t (xen.h:40) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_pfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_platform_op_t (platform.h:703) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_platform_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_pmu_params_t (pmu.h:57) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_pmu_params_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_processor_csd_t (platform.h:392) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_processor_csd_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_processor_cx_t (platform.h:403) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_processor_cx_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_processor_performance_t (platform.h:463) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_processor_performance_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_processor_px_t (platform.h:438) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_processor_px_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_remove_from_physmap_t (memory.h:303) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_remove_from_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_ulong_t (xen.h:41) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_ulong_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_vmemrange_t (memory.h:707) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_vmemrange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xen_vnuma_topology_info_t (memory.h:741) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xen_vnuma_topology_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xennmi_callback_t (nmi.h:50) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xennmi_callback_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenoprof_buf_t (xenoprof.h:72) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenoprof_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenoprof_counter_t (xenoprof.h:103) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenoprof_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenoprof_get_buffer_t (xenoprof.h:90) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenoprof_get_buffer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenoprof_ibs_counter_t (xenoprof.h:123) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenoprof_ibs_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenoprof_init_t (xenoprof.h:81) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenoprof_init_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenoprof_passive_t (xenoprof.h:112) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenoprof_passive_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_add_memtype_t (platform.h:66) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_add_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_change_freq_t (platform.h:327) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_change_freq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_core_parking_t (platform.h:571) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_core_parking_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_cpu_ol_t (platform.h:538) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_cpu_ol_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_del_memtype_t (platform.h:82) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_del_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_dom0_console_t (platform.h:641) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_dom0_console_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_efi_runtime_call_t (platform.h:215) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_efi_runtime_call_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_enter_acpi_sleep_t (platform.h:317) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_enter_acpi_sleep_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_firmware_info_t (platform.h:300) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_firmware_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_getidletime_t (platform.h:352) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_getidletime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_microcode_update2_t (platform.h:664) (since 4.20.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_microcode_update2_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_microcode_update_t (platform.h:104) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_microcode_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_pcpu_version_t (platform.h:529) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_pcpu_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_pcpuinfo_t (platform.h:514) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_pcpuinfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_platform_quirk_t (platform.h:115) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_platform_quirk_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_read_memtype_t (platform.h:95) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_read_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_resource_entry_t (platform.h:606) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_resource_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_resource_op_t (platform.h:614) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_resource_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_set_processor_pminfo_t (platform.h:497) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_set_processor_pminfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_settime_t (platform.h:46) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_settime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_symdata_t (platform.h:632) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_symdata_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_const_xenpf_ucode_revision_t (platform.h:651) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_const_xenpf_ucode_revision_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_evtchn_op_t (event_channel.h:323) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_evtchn_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_evtchn_port_t (event_channel.h:66) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_evtchn_port_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_cache_flush_t (grant_table.h:583) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_cache_flush_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_copy_t (grant_table.h:459) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_copy_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_dump_table_t (grant_table.h:397) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_dump_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_get_status_frames_t (grant_table.h:537) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_get_status_frames_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_get_version_t (grant_table.h:551) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_get_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_map_grant_ref_t (grant_table.h:338) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_map_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_query_size_t (grant_table.h:477) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_query_size_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_set_version_t (grant_table.h:513) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_set_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_setup_table_t (grant_table.h:384) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_setup_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_swap_grant_ref_t (grant_table.h:564) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_swap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_transfer_t (grant_table.h:417) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_transfer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_unmap_and_replace_t (grant_table.h:499) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_unmap_and_replace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_gnttab_unmap_grant_ref_t (grant_table.h:360) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_gnttab_unmap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_int (xen.h:31) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_int {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_mmu_update_t (xen.h:637) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_mmu_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_mmuext_op_t (xen.h:464) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_mmuext_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_multicall_entry_t (xen.h:657) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_multicall_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_apic_t (physdev.h:121) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_apic_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_dbgp_op_t (physdev.h:344) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_dbgp_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_eoi_t (physdev.h:28) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_eoi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_get_free_pirq_t (physdev.h:254) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_get_free_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_irq_status_query_t (physdev.h:65) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_irq_status_query_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_irq_t (physdev.h:136) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_irq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_manage_pci_ext_t (physdev.h:209) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_manage_pci_ext_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_manage_pci_t (physdev.h:184) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_manage_pci_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_map_pirq_t (physdev.h:163) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_map_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_op_t (physdev.h:226) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_pci_device_add_t (physdev.h:292) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_pci_device_add_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_pci_device_t (physdev.h:316) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_pci_device_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_pci_mmcfg_reserved_t (physdev.h:267) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_pci_mmcfg_reserved_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_pirq_eoi_gmfn_t (physdev.h:51) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_pirq_eoi_gmfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_restore_msi_t (physdev.h:193) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_restore_msi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_set_iobitmap_t (physdev.h:105) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_set_iobitmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_set_iopl_t (physdev.h:85) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_set_iopl_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_setup_gsi_t (physdev.h:239) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_setup_gsi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_physdev_unmap_pirq_t (physdev.h:173) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_physdev_unmap_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_sched_pin_override_t (sched.h:150) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_sched_pin_override_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_sched_poll_t (sched.h:130) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_sched_poll_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_sched_remote_shutdown_t (sched.h:137) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_sched_remote_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_sched_shutdown_t (sched.h:122) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_sched_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_sched_watchdog_t (sched.h:144) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_sched_watchdog_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_uchar (xen.h:30) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_uchar {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_uint (xen.h:32) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_uint {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_uint16 (xen.h:986) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_uint16 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_uint32 (xen.h:987) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_uint32 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_uint64 (xen.h:988) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_uint64 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_uint64_t (xen.h:39) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_uint64_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_uint8 (xen.h:985) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_uint8 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_get_physid_t (vcpu.h:194) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_get_physid_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_hvm_context_t (hvm/hvm_vcpu.h:117) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_hvm_context_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_register_runstate_memory_area_t (vcpu.h:126) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_register_runstate_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_register_time_memory_area_t (vcpu.h:227) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_register_time_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_register_vcpu_info_t (vcpu.h:178) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_register_vcpu_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_runstate_info_t (vcpu.h:82) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_runstate_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_set_periodic_timer_t (vcpu.h:139) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_set_periodic_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_set_singleshot_timer_t (vcpu.h:152) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_set_singleshot_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_vcpu_time_info_t (vcpu.h:218) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_vcpu_time_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_void (xen.h:37) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_void {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_add_to_physmap_batch_t (memory.h:280) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_add_to_physmap_batch_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_add_to_physmap_t (memory.h:246) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_add_to_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_dm_op_buf_t (hvm/dm_op.h:479) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_dm_op_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_flask_op_t (xsm/flask_op.h:210) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_flask_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_foreign_memory_map_t (memory.h:351) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_foreign_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_altp2m_change_gfn_t (hvm/hvm_op.h:297) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_altp2m_change_gfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_altp2m_domain_state_t (hvm/hvm_op.h:218) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_altp2m_domain_state_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_altp2m_mem_access_t (hvm/hvm_op.h:267) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_altp2m_mem_access_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_altp2m_op_t (hvm/hvm_op.h:366) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_altp2m_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t (hvm/hvm_op.h:233) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t (hvm/hvm_op.h:227) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_altp2m_view_t (hvm/hvm_op.h:241) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_altp2m_view_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_get_mem_type_t (hvm/hvm_op.h:167) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_get_mem_type_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_get_time_t (hvm/hvm_op.h:134) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_get_time_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_pagetable_dying_t (hvm/hvm_op.h:126) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_pagetable_dying_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_param_t (hvm/hvm_op.h:23) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_param_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_hvm_xentrace_t (hvm/hvm_op.h:142) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_hvm_xentrace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_kexec_load_t (kexec.h:200) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_kexec_load_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_kexec_segment_t (kexec.h:166) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_kexec_segment_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_kexec_status_t (kexec.h:225) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_kexec_status_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_kexec_unload_t (kexec.h:211) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_kexec_unload_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_machphys_mapping_t (memory.h:205) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_machphys_mapping_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_machphys_mfn_list_t (memory.h:182) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_machphys_mfn_list_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_mem_acquire_resource_t (memory.h:692) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_mem_acquire_resource_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_memory_exchange_t (memory.h:125) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_memory_exchange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_memory_map_t (memory.h:329) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_memory_reservation_t (memory.h:80) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_memory_reservation_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_pfn_t (xen.h:40) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_pfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_platform_op_t (platform.h:703) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_platform_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_pmu_params_t (pmu.h:57) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_pmu_params_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_processor_csd_t (platform.h:392) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_processor_csd_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_processor_cx_t (platform.h:403) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_processor_cx_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_processor_performance_t (platform.h:463) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_processor_performance_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_processor_px_t (platform.h:438) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_processor_px_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_remove_from_physmap_t (memory.h:303) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_remove_from_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_ulong_t (xen.h:41) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_ulong_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_vmemrange_t (memory.h:707) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_vmemrange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xen_vnuma_topology_info_t (memory.h:741) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xen_vnuma_topology_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xennmi_callback_t (nmi.h:50) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xennmi_callback_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenoprof_buf_t (xenoprof.h:72) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenoprof_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenoprof_counter_t (xenoprof.h:103) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenoprof_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenoprof_get_buffer_t (xenoprof.h:90) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenoprof_get_buffer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenoprof_ibs_counter_t (xenoprof.h:123) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenoprof_ibs_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenoprof_init_t (xenoprof.h:81) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenoprof_init_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenoprof_passive_t (xenoprof.h:112) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenoprof_passive_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_add_memtype_t (platform.h:66) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_add_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_change_freq_t (platform.h:327) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_change_freq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_core_parking_t (platform.h:571) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_core_parking_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_cpu_ol_t (platform.h:538) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_cpu_ol_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_del_memtype_t (platform.h:82) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_del_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_dom0_console_t (platform.h:641) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_dom0_console_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_efi_runtime_call_t (platform.h:215) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_efi_runtime_call_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_enter_acpi_sleep_t (platform.h:317) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_enter_acpi_sleep_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_firmware_info_t (platform.h:300) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_firmware_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_getidletime_t (platform.h:352) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_getidletime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_microcode_update2_t (platform.h:664) (since 4.20.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_microcode_update2_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_microcode_update_t (platform.h:104) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_microcode_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_pcpu_version_t (platform.h:529) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_pcpu_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_pcpuinfo_t (platform.h:514) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_pcpuinfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_platform_quirk_t (platform.h:115) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_platform_quirk_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_read_memtype_t (platform.h:95) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_read_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_resource_entry_t (platform.h:606) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_resource_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_resource_op_t (platform.h:614) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_resource_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_set_processor_pminfo_t (platform.h:497) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_set_processor_pminfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_settime_t (platform.h:46) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_settime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_symdata_t (platform.h:632) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_symdata_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_64_xenpf_ucode_revision_t (platform.h:651) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_64_xenpf_ucode_revision_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_char (xen.h:29) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_char {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_char (xen.h:29) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_char {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_evtchn_op_t (event_channel.h:323) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_evtchn_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_evtchn_port_t (event_channel.h:66) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_evtchn_port_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_cache_flush_t (grant_table.h:583) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_cache_flush_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_copy_t (grant_table.h:459) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_copy_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_dump_table_t (grant_table.h:397) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_dump_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_get_status_frames_t (grant_table.h:537) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_get_status_frames_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_get_version_t (grant_table.h:551) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_get_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_map_grant_ref_t (grant_table.h:338) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_map_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_query_size_t (grant_table.h:477) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_query_size_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_set_version_t (grant_table.h:513) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_set_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_setup_table_t (grant_table.h:384) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_setup_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_swap_grant_ref_t (grant_table.h:564) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_swap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_transfer_t (grant_table.h:417) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_transfer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_unmap_and_replace_t (grant_table.h:499) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_unmap_and_replace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_gnttab_unmap_grant_ref_t (grant_table.h:360) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_gnttab_unmap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_int (xen.h:31) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_int {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_mmu_update_t (xen.h:637) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_mmu_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_mmuext_op_t (xen.h:464) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_mmuext_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_multicall_entry_t (xen.h:657) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_multicall_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_apic_t (physdev.h:121) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_apic_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_dbgp_op_t (physdev.h:344) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_dbgp_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_eoi_t (physdev.h:28) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_eoi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_get_free_pirq_t (physdev.h:254) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_get_free_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_irq_status_query_t (physdev.h:65) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_irq_status_query_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_irq_t (physdev.h:136) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_irq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_manage_pci_ext_t (physdev.h:209) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_manage_pci_ext_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_manage_pci_t (physdev.h:184) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_manage_pci_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_map_pirq_t (physdev.h:163) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_map_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_op_t (physdev.h:226) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_pci_device_add_t (physdev.h:292) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_pci_device_add_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_pci_device_t (physdev.h:316) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_pci_device_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_pci_mmcfg_reserved_t (physdev.h:267) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_pci_mmcfg_reserved_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_pirq_eoi_gmfn_t (physdev.h:51) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_pirq_eoi_gmfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_restore_msi_t (physdev.h:193) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_restore_msi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_set_iobitmap_t (physdev.h:105) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_set_iobitmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_set_iopl_t (physdev.h:85) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_set_iopl_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_setup_gsi_t (physdev.h:239) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_setup_gsi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_physdev_unmap_pirq_t (physdev.h:173) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_physdev_unmap_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_sched_pin_override_t (sched.h:150) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_sched_pin_override_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_sched_poll_t (sched.h:130) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_sched_poll_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_sched_remote_shutdown_t (sched.h:137) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_sched_remote_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_sched_shutdown_t (sched.h:122) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_sched_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_sched_watchdog_t (sched.h:144) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_sched_watchdog_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_uchar (xen.h:30) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_uchar {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_uint (xen.h:32) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_uint {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_uint16 (xen.h:986) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_uint16 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_uint32 (xen.h:987) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_uint32 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_uint64 (xen.h:988) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_uint64 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_uint64_t (xen.h:39) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_uint64_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_uint8 (xen.h:985) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_uint8 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_get_physid_t (vcpu.h:194) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_get_physid_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_hvm_context_t (hvm/hvm_vcpu.h:117) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_hvm_context_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_register_runstate_memory_area_t (vcpu.h:126) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_register_runstate_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_register_time_memory_area_t (vcpu.h:227) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_register_time_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_register_vcpu_info_t (vcpu.h:178) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_register_vcpu_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_runstate_info_t (vcpu.h:82) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_runstate_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_set_periodic_timer_t (vcpu.h:139) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_set_periodic_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_set_singleshot_timer_t (vcpu.h:152) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_set_singleshot_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_vcpu_time_info_t (vcpu.h:218) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_vcpu_time_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_void (xen.h:37) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_void {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_add_to_physmap_batch_t (memory.h:280) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_add_to_physmap_batch_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_add_to_physmap_t (memory.h:246) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_add_to_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_dm_op_buf_t (hvm/dm_op.h:479) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_dm_op_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_flask_op_t (xsm/flask_op.h:210) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_flask_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_foreign_memory_map_t (memory.h:351) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_foreign_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_altp2m_change_gfn_t (hvm/hvm_op.h:297) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_altp2m_change_gfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_altp2m_domain_state_t (hvm/hvm_op.h:218) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_altp2m_domain_state_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_altp2m_mem_access_t (hvm/hvm_op.h:267) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_altp2m_mem_access_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_altp2m_op_t (hvm/hvm_op.h:366) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_altp2m_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t (hvm/hvm_op.h:233) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t (hvm/hvm_op.h:227) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_altp2m_view_t (hvm/hvm_op.h:241) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_altp2m_view_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_get_mem_type_t (hvm/hvm_op.h:167) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_get_mem_type_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_get_time_t (hvm/hvm_op.h:134) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_get_time_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_pagetable_dying_t (hvm/hvm_op.h:126) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_pagetable_dying_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_param_t (hvm/hvm_op.h:23) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_param_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_hvm_xentrace_t (hvm/hvm_op.h:142) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_hvm_xentrace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_kexec_load_t (kexec.h:200) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_kexec_load_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_kexec_segment_t (kexec.h:166) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_kexec_segment_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_kexec_status_t (kexec.h:225) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_kexec_status_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_kexec_unload_t (kexec.h:211) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_kexec_unload_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_machphys_mapping_t (memory.h:205) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_machphys_mapping_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_machphys_mfn_list_t (memory.h:182) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_machphys_mfn_list_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_mem_acquire_resource_t (memory.h:692) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_mem_acquire_resource_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_memory_exchange_t (memory.h:125) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_memory_exchange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_memory_map_t (memory.h:329) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_memory_reservation_t (memory.h:80) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_memory_reservation_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_pfn_t (xen.h:40) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_pfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_platform_op_t (platform.h:703) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_platform_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_pmu_params_t (pmu.h:57) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_pmu_params_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_processor_csd_t (platform.h:392) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_processor_csd_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_processor_cx_t (platform.h:403) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_processor_cx_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_processor_performance_t (platform.h:463) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_processor_performance_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_processor_px_t (platform.h:438) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_processor_px_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_remove_from_physmap_t (memory.h:303) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_remove_from_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_ulong_t (xen.h:41) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_ulong_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_vmemrange_t (memory.h:707) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_vmemrange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xen_vnuma_topology_info_t (memory.h:741) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xen_vnuma_topology_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xennmi_callback_t (nmi.h:50) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xennmi_callback_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenoprof_buf_t (xenoprof.h:72) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenoprof_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenoprof_counter_t (xenoprof.h:103) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenoprof_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenoprof_get_buffer_t (xenoprof.h:90) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenoprof_get_buffer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenoprof_ibs_counter_t (xenoprof.h:123) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenoprof_ibs_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenoprof_init_t (xenoprof.h:81) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenoprof_init_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenoprof_passive_t (xenoprof.h:112) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenoprof_passive_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_add_memtype_t (platform.h:66) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_add_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_change_freq_t (platform.h:327) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_change_freq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_core_parking_t (platform.h:571) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_core_parking_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_cpu_ol_t (platform.h:538) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_cpu_ol_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_del_memtype_t (platform.h:82) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_del_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_dom0_console_t (platform.h:641) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_dom0_console_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_efi_runtime_call_t (platform.h:215) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_efi_runtime_call_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_enter_acpi_sleep_t (platform.h:317) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_enter_acpi_sleep_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_firmware_info_t (platform.h:300) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_firmware_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_getidletime_t (platform.h:352) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_getidletime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_microcode_update2_t (platform.h:664) (since 4.20.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_microcode_update2_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_microcode_update_t (platform.h:104) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_microcode_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_pcpu_version_t (platform.h:529) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_pcpu_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_pcpuinfo_t (platform.h:514) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_pcpuinfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_platform_quirk_t (platform.h:115) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_platform_quirk_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_read_memtype_t (platform.h:95) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_read_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_resource_entry_t (platform.h:606) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_resource_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_resource_op_t (platform.h:614) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_resource_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_set_processor_pminfo_t (platform.h:497) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_set_processor_pminfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_settime_t (platform.h:46) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_settime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_symdata_t (platform.h:632) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_symdata_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_const_xenpf_ucode_revision_t (platform.h:651) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_const_xenpf_ucode_revision_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_evtchn_op_t (event_channel.h:323) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_evtchn_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_evtchn_port_t (event_channel.h:66) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_evtchn_port_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_cache_flush_t (grant_table.h:583) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_cache_flush_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_copy_t (grant_table.h:459) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_copy_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_dump_table_t (grant_table.h:397) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_dump_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_get_status_frames_t (grant_table.h:537) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_get_status_frames_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_get_version_t (grant_table.h:551) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_get_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_map_grant_ref_t (grant_table.h:338) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_map_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_query_size_t (grant_table.h:477) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_query_size_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_set_version_t (grant_table.h:513) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_set_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_setup_table_t (grant_table.h:384) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_setup_table_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_swap_grant_ref_t (grant_table.h:564) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_swap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_transfer_t (grant_table.h:417) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_transfer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_unmap_and_replace_t (grant_table.h:499) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_unmap_and_replace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_gnttab_unmap_grant_ref_t (grant_table.h:360) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_gnttab_unmap_grant_ref_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_int (xen.h:31) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_int {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_mmu_update_t (xen.h:637) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_mmu_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_mmuext_op_t (xen.h:464) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_mmuext_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_multicall_entry_t (xen.h:657) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_multicall_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_apic_t (physdev.h:121) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_apic_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_dbgp_op_t (physdev.h:344) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_dbgp_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_eoi_t (physdev.h:28) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_eoi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_get_free_pirq_t (physdev.h:254) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_get_free_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_irq_status_query_t (physdev.h:65) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_irq_status_query_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_irq_t (physdev.h:136) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_irq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_manage_pci_ext_t (physdev.h:209) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_manage_pci_ext_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_manage_pci_t (physdev.h:184) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_manage_pci_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_map_pirq_t (physdev.h:163) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_map_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_op_t (physdev.h:226) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_pci_device_add_t (physdev.h:292) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_pci_device_add_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_pci_device_t (physdev.h:316) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_pci_device_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_pci_mmcfg_reserved_t (physdev.h:267) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_pci_mmcfg_reserved_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_pirq_eoi_gmfn_t (physdev.h:51) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_pirq_eoi_gmfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_restore_msi_t (physdev.h:193) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_restore_msi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_set_iobitmap_t (physdev.h:105) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_set_iobitmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_set_iopl_t (physdev.h:85) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_set_iopl_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_setup_gsi_t (physdev.h:239) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_setup_gsi_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_physdev_unmap_pirq_t (physdev.h:173) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_physdev_unmap_pirq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_sched_pin_override_t (sched.h:150) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_sched_pin_override_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_sched_poll_t (sched.h:130) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_sched_poll_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_sched_remote_shutdown_t (sched.h:137) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_sched_remote_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_sched_shutdown_t (sched.h:122) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_sched_shutdown_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_sched_watchdog_t (sched.h:144) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_sched_watchdog_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_uchar (xen.h:30) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_uchar {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_uint (xen.h:32) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_uint {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_uint16 (xen.h:986) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_uint16 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_uint32 (xen.h:987) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_uint32 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_uint64 (xen.h:988) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_uint64 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_uint64_t (xen.h:39) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_uint64_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_uint8 (xen.h:985) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_uint8 {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_get_physid_t (vcpu.h:194) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_get_physid_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_hvm_context_t (hvm/hvm_vcpu.h:117) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_hvm_context_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_register_runstate_memory_area_t (vcpu.h:126) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_register_runstate_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_register_time_memory_area_t (vcpu.h:227) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_register_time_memory_area_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_register_vcpu_info_t (vcpu.h:178) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_register_vcpu_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_runstate_info_t (vcpu.h:82) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_runstate_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_set_periodic_timer_t (vcpu.h:139) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_set_periodic_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_set_singleshot_timer_t (vcpu.h:152) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_set_singleshot_timer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_vcpu_time_info_t (vcpu.h:218) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_vcpu_time_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_void (xen.h:37) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_void {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_add_to_physmap_batch_t (memory.h:280) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_add_to_physmap_batch_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_add_to_physmap_t (memory.h:246) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_add_to_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_dm_op_buf_t (hvm/dm_op.h:479) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_dm_op_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_flask_op_t (xsm/flask_op.h:210) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_flask_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_foreign_memory_map_t (memory.h:351) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_foreign_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_altp2m_change_gfn_t (hvm/hvm_op.h:297) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_altp2m_change_gfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_altp2m_domain_state_t (hvm/hvm_op.h:218) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_altp2m_domain_state_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_altp2m_mem_access_t (hvm/hvm_op.h:267) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_altp2m_mem_access_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_altp2m_op_t (hvm/hvm_op.h:366) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_altp2m_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t (hvm/hvm_op.h:233) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t (hvm/hvm_op.h:227) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_altp2m_view_t (hvm/hvm_op.h:241) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_altp2m_view_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_get_mem_type_t (hvm/hvm_op.h:167) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_get_mem_type_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_get_time_t (hvm/hvm_op.h:134) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_get_time_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_pagetable_dying_t (hvm/hvm_op.h:126) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_pagetable_dying_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_param_t (hvm/hvm_op.h:23) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_param_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_hvm_xentrace_t (hvm/hvm_op.h:142) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_hvm_xentrace_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_kexec_load_t (kexec.h:200) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_kexec_load_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_kexec_segment_t (kexec.h:166) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_kexec_segment_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_kexec_status_t (kexec.h:225) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_kexec_status_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_kexec_unload_t (kexec.h:211) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_kexec_unload_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_machphys_mapping_t (memory.h:205) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_machphys_mapping_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_machphys_mfn_list_t (memory.h:182) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_machphys_mfn_list_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_mem_acquire_resource_t (memory.h:692) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_mem_acquire_resource_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_memory_exchange_t (memory.h:125) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_memory_exchange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_memory_map_t (memory.h:329) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_memory_map_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_memory_reservation_t (memory.h:80) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_memory_reservation_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_pfn_t (xen.h:40) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_pfn_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_platform_op_t (platform.h:703) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_platform_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_pmu_params_t (pmu.h:57) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_pmu_params_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_processor_csd_t (platform.h:392) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_processor_csd_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_processor_cx_t (platform.h:403) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_processor_cx_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_processor_performance_t (platform.h:463) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_processor_performance_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_processor_px_t (platform.h:438) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_processor_px_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_remove_from_physmap_t (memory.h:303) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_remove_from_physmap_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_ulong_t (xen.h:41) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_ulong_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_vmemrange_t (memory.h:707) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_vmemrange_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xen_vnuma_topology_info_t (memory.h:741) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xen_vnuma_topology_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xennmi_callback_t (nmi.h:50) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xennmi_callback_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenoprof_buf_t (xenoprof.h:72) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenoprof_buf_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenoprof_counter_t (xenoprof.h:103) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenoprof_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenoprof_get_buffer_t (xenoprof.h:90) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenoprof_get_buffer_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenoprof_ibs_counter_t (xenoprof.h:123) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenoprof_ibs_counter_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenoprof_init_t (xenoprof.h:81) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenoprof_init_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenoprof_passive_t (xenoprof.h:112) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenoprof_passive_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_add_memtype_t (platform.h:66) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_add_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_change_freq_t (platform.h:327) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_change_freq_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_core_parking_t (platform.h:571) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_core_parking_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_cpu_ol_t (platform.h:538) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_cpu_ol_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_del_memtype_t (platform.h:82) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_del_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_dom0_console_t (platform.h:641) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_dom0_console_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_efi_runtime_call_t (platform.h:215) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_efi_runtime_call_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_enter_acpi_sleep_t (platform.h:317) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_enter_acpi_sleep_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_firmware_info_t (platform.h:300) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_firmware_info_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_getidletime_t (platform.h:352) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_getidletime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_microcode_update2_t (platform.h:664) (since 4.20.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_microcode_update2_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_microcode_update_t (platform.h:104) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_microcode_update_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_pcpu_version_t (platform.h:529) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_pcpu_version_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_pcpuinfo_t (platform.h:514) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_pcpuinfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_platform_quirk_t (platform.h:115) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_platform_quirk_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_read_memtype_t (platform.h:95) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_read_memtype_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_resource_entry_t (platform.h:606) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_resource_entry_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_resource_op_t (platform.h:614) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_resource_op_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_set_processor_pminfo_t (platform.h:497) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_set_processor_pminfo_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_settime_t (platform.h:46) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_settime_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_symdata_t (platform.h:632) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_symdata_t {
    pub p: u64,
    pub q: u64,
}

/// `__guest_handle_xenpf_ucode_revision_t (platform.h:651) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union __guest_handle_xenpf_ucode_revision_t {
    pub p: u64,
    pub q: u64,
}

/// `struct arch_shared_info (arch-riscv.h:74) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct arch_shared_info {
}

/// `struct arch_vcpu_info (arch-riscv.h:69) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct arch_vcpu_info {
}

/// `struct blkif_back_ring (io/blkif.h:723) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct blkif_front_ring (io/blkif.h:723) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct blkif_request_discard (io/blkif.h:673) (since 4.19.0)`
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

/// `struct blkif_request_indirect (io/blkif.h:689) (since 4.19.0)`
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

/// `struct blkif_request_segment (io/blkif.h:641) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_request_segment {
    pub gref: grant_ref_t,
    pub first_sect: u8,
    pub last_sect: u8,
    pub __pad_0: [u8; 2],
}

/// `struct blkif_request (io/blkif.h:655) (since 4.19.0)`
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

/// `struct blkif_response (io/blkif.h:703) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_response {
    pub id: u64,
    pub operation: u8,
    pub __pad_0: [u8; 1],
    pub status: i16,
    pub __pad_1: [u8; 4],
}

/// `union blkif_sring_entry (io/blkif.h:723) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union blkif_sring_entry {
    pub req: blkif_request,
    pub rsp: blkif_response,
}

/// `struct blkif_sring (io/blkif.h:723) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct blkif_sring {
    pub req_prod: RING_IDX,
    pub req_event: RING_IDX,
    pub rsp_prod: RING_IDX,
    pub rsp_event: RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [blkif_sring_entry; 0],
}

#[repr(C)]
#[derive(Clone, Copy)]
pub union buf_ioreq__anon_0 {
    pub r#type: u8,
    pub __bits_0: u32,
}

/// `struct buf_ioreq (hvm/ioreq.h:57) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct buf_ioreq {
    pub __anon_0: buf_ioreq__anon_0,
    pub data: u32,
}

/// `struct buffered_iopage (hvm/ioreq.h:68) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct buffered_iopage {
    pub read_pointer: u32,
    pub write_pointer: u32,
    pub buf_ioreq: [buf_ioreq_t; 511],
}

/// `struct dom0_vga_console_info (xen.h:935) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct dom0_vga_console_info {
    pub video_type: u8,
    pub __pad_0: [u8; 3],
    pub u: [u32; 9],
}

/// `struct evtchn_alloc_unbound (event_channel.h:76) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_alloc_unbound {
    pub dom: domid_t,
    pub remote_dom: domid_t,
    pub port: evtchn_port_t,
}

/// `struct evtchn_bind_interdomain (event_channel.h:104) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_bind_interdomain {
    pub remote_dom: domid_t,
    pub __pad_0: [u8; 2],
    pub remote_port: evtchn_port_t,
    pub local_port: evtchn_port_t,
}

/// `struct evtchn_bind_ipi (event_channel.h:156) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_bind_ipi {
    pub vcpu: u32,
    pub port: evtchn_port_t,
}

/// `struct evtchn_bind_pirq (event_channel.h:140) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_bind_pirq {
    pub pirq: u32,
    pub flags: u32,
    pub port: evtchn_port_t,
}

/// `struct evtchn_bind_vcpu (event_channel.h:231) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_bind_vcpu {
    pub port: evtchn_port_t,
    pub vcpu: u32,
}

/// `struct evtchn_bind_virq (event_channel.h:125) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_bind_virq {
    pub virq: u32,
    pub vcpu: u32,
    pub port: evtchn_port_t,
}

/// `struct evtchn_close (event_channel.h:168) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_close {
    pub port: evtchn_port_t,
}

/// `struct evtchn_expand_array (event_channel.h:285) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_expand_array {
    pub array_gfn: u64,
}

/// `struct evtchn_fifo_control_block (event_channel.h:354) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_fifo_control_block {
    pub ready: u32,
    pub _rsvd: u32,
    pub head: [u32; 16],
}

/// `struct evtchn_init_control (event_channel.h:271) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_init_control {
    pub control_gfn: u64,
    pub offset: u32,
    pub vcpu: u32,
    pub link_bits: u8,
    pub _pad: [u8; 7],
}

/// `struct evtchn_send (event_channel.h:178) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_send {
    pub port: evtchn_port_t,
}

/// `struct evtchn_status (event_channel.h:192) (since 4.19.0)`
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

/// `struct evtchn_unmask (event_channel.h:242) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_unmask {
    pub port: evtchn_port_t,
}

/// `struct evtchn_op (event_channel.h:307) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_op {
    pub cmd: u32,
    pub u: [u32; 6],
}

/// `struct evtchn_reset (event_channel.h:258) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_reset {
    pub dom: domid_t,
}

/// `struct evtchn_set_priority (event_channel.h:294) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct evtchn_set_priority {
    pub port: evtchn_port_t,
    pub priority: u32,
}

/// `struct fsif_back_ring (io/fsif.h:167) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct fsif_front_ring (io/fsif.h:167) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct fsif_chmod_request (io/fsif.h:109) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_chmod_request {
    pub fd: u32,
    pub mode: i32,
}

/// `struct fsif_close_request (io/fsif.h:34) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_close_request {
    pub fd: u32,
}

/// `struct fsif_create_request (io/fsif.h:87) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_create_request {
    pub directory: i8,
    pub pad: i8,
    pub pad2: i16,
    pub mode: i32,
    pub gref: grant_ref_t,
}

/// `struct fsif_list_request (io/fsif.h:95) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_list_request {
    pub offset: u32,
    pub gref: grant_ref_t,
}

/// `struct fsif_open_request (io/fsif.h:30) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_open_request {
    pub gref: grant_ref_t,
}

/// `struct fsif_read_request (io/fsif.h:38) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_read_request {
    pub fd: u32,
    pub pad: i32,
    pub len: u64,
    pub offset: u64,
    pub grefs: [grant_ref_t; 0],
}

/// `struct fsif_remove_request (io/fsif.h:77) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_remove_request {
    pub gref: grant_ref_t,
}

/// `struct fsif_rename_request (io/fsif.h:81) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_rename_request {
    pub old_name_offset: u16,
    pub new_name_offset: u16,
    pub gref: grant_ref_t,
}

/// `struct fsif_space_request (io/fsif.h:114) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_space_request {
    pub gref: grant_ref_t,
}

/// `struct fsif_stat_request (io/fsif.h:54) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_stat_request {
    pub fd: u32,
}

/// `struct fsif_sync_request (io/fsif.h:118) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_sync_request {
    pub fd: u32,
}

/// `struct fsif_truncate_request (io/fsif.h:71) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_truncate_request {
    pub fd: u32,
    pub pad: i32,
    pub length: i64,
}

/// `struct fsif_write_request (io/fsif.h:46) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_write_request {
    pub fd: u32,
    pub pad: i32,
    pub len: u64,
    pub offset: u64,
    pub grefs: [grant_ref_t; 0],
}

/// `struct fsif_request (io/fsif.h:124) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_request {
    pub r#type: u8,
    pub pad: u8,
    pub id: u16,
    pub pad2: u32,
    pub u: [u64; 3],
}

/// `struct fsif_stat_response (io/fsif.h:60) (since 4.19.0)`
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

/// `struct fsif_response (io/fsif.h:148) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_response {
    pub id: u16,
    pub pad1: u16,
    pub pad2: u32,
    pub u: [u64; 6],
}

/// `union fsif_sring_entry (io/fsif.h:167) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union fsif_sring_entry {
    pub req: fsif_request,
    pub rsp: fsif_response,
}

/// `struct fsif_sring (io/fsif.h:167) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct fsif_sring {
    pub req_prod: RING_IDX,
    pub req_event: RING_IDX,
    pub rsp_prod: RING_IDX,
    pub rsp_event: RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [fsif_sring_entry; 0],
}

/// `struct gnttab_cache_flush (grant_table.h:570) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_cache_flush {
    pub a: [u64; 1],
    pub offset: u16,
    pub length: u16,
    pub op: u32,
}

/// `struct gnttab_copy_ptr (grant_table.h:445) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_copy_ptr {
    pub u: [u64; 1],
    pub domid: domid_t,
    pub offset: u16,
    pub __pad_0: [u8; 4],
}

/// `struct gnttab_copy (grant_table.h:443) (since 4.19.0)`
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

/// `struct gnttab_dump_table (grant_table.h:390) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_dump_table {
    pub dom: domid_t,
    pub status: i16,
}

/// `struct gnttab_get_status_frames (grant_table.h:528) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_get_status_frames {
    pub nr_frames: u32,
    pub dom: domid_t,
    pub status: i16,
    pub frame_list: __guest_handle_64_uint64_t,
}

/// `struct gnttab_get_version (grant_table.h:543) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_get_version {
    pub dom: domid_t,
    pub pad: u16,
    pub version: u32,
}

/// `struct gnttab_map_grant_ref (grant_table.h:326) (since 4.19.0)`
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

/// `struct gnttab_query_size (grant_table.h:468) (since 4.19.0)`
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

/// `struct gnttab_set_version (grant_table.h:508) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_set_version {
    pub version: u32,
}

/// `struct gnttab_setup_table (grant_table.h:371) (since 4.19.0)`
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

/// `struct gnttab_swap_grant_ref (grant_table.h:556) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_swap_grant_ref {
    pub ref_a: grant_ref_t,
    pub ref_b: grant_ref_t,
    pub status: i16,
    pub __pad_0: [u8; 2],
}

/// `struct gnttab_transfer (grant_table.h:408) (since 4.19.0)`
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

/// `struct gnttab_unmap_and_replace (grant_table.h:490) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_unmap_and_replace {
    pub host_addr: u64,
    pub new_addr: u64,
    pub handle: grant_handle_t,
    pub status: i16,
    pub __pad_0: [u8; 2],
}

/// `struct gnttab_unmap_grant_ref (grant_table.h:351) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct gnttab_unmap_grant_ref {
    pub host_addr: u64,
    pub dev_bus_addr: u64,
    pub handle: grant_handle_t,
    pub status: i16,
    pub __pad_0: [u8; 2],
}

/// `struct grant_entry_header (grant_table.h:209) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct grant_entry_header {
    pub flags: u16,
    pub domid: domid_t,
}

/// `struct grant_entry_v1 (grant_table.h:115) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct grant_entry_v1 {
    pub flags: u16,
    pub domid: domid_t,
    pub frame: u32,
}

/// `union grant_entry_v2 (grant_table.h:218) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union grant_entry_v2 {
    pub hdr: grant_entry_header_t,
    pub full_page: [u64; 2],
    pub sub_page: [u64; 2],
    pub transitive: [u32; 3],
    pub __spacer: [u32; 4],
}

/// `struct ioreq (hvm/ioreq.h:35) (since 4.19.0)`
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

/// `struct mmu_update (xen.h:632) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mmu_update {
    pub ptr: u64,
    pub val: u64,
}

/// `struct mmuext_op (xen.h:441) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct mmuext_op {
    pub cmd: u32,
    pub __pad_0: [u8; 4],
    pub arg1: [u64; 1],
    pub arg2: [u64; 1],
}

/// `struct multicall_entry (xen.h:648) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct multicall_entry {
    pub op: xen_ulong_t,
    pub result: xen_ulong_t,
    pub args: [xen_ulong_t; 6],
}

/// `struct netif_extra_info (io/netif.h:1004) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_extra_info {
    pub r#type: u8,
    pub flags: u8,
    pub u: [u16; 3],
}

/// `struct netif_rx_back_ring (io/netif.h:1073) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_rx_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct netif_rx_front_ring (io/netif.h:1073) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_rx_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct netif_rx_request (io/netif.h:1033) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_rx_request {
    pub id: u16,
    pub pad: u16,
    pub gref: grant_ref_t,
}

/// `struct netif_rx_response (io/netif.h:1060) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_rx_response {
    pub id: u16,
    pub offset: u16,
    pub flags: u16,
    pub status: i16,
}

/// `union netif_rx_sring_entry (io/netif.h:1073) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union netif_rx_sring_entry {
    pub req: netif_rx_request,
    pub rsp: netif_rx_response,
}

/// `struct netif_rx_sring (io/netif.h:1073) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_rx_sring {
    pub req_prod: RING_IDX,
    pub req_event: RING_IDX,
    pub rsp_prod: RING_IDX,
    pub rsp_event: RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [netif_rx_sring_entry; 0],
}

/// `struct netif_tx_back_ring (io/netif.h:1072) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_tx_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct netif_tx_front_ring (io/netif.h:1072) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_tx_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct netif_tx_request (io/netif.h:974) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_tx_request {
    pub gref: grant_ref_t,
    pub offset: u16,
    pub flags: u16,
    pub id: u16,
    pub size: u16,
}

/// `struct netif_tx_response (io/netif.h:1027) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_tx_response {
    pub id: u16,
    pub status: i16,
}

/// `union netif_tx_sring_entry (io/netif.h:1072) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union netif_tx_sring_entry {
    pub req: netif_tx_request,
    pub rsp: netif_tx_response,
}

/// `struct netif_tx_sring (io/netif.h:1072) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct netif_tx_sring {
    pub req_prod: RING_IDX,
    pub req_event: RING_IDX,
    pub rsp_prod: RING_IDX,
    pub rsp_event: RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [netif_tx_sring_entry; 0],
}

/// `struct physdev_apic (physdev.h:113) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_apic {
    pub apic_physbase: u64,
    pub reg: u32,
    pub value: u32,
}

/// `struct physdev_pci_device (physdev.h:309) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_pci_device {
    pub seg: u16,
    pub bus: u8,
    pub devfn: u8,
}

/// `struct physdev_dbgp_op (physdev.h:335) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_dbgp_op {
    pub op: u8,
    pub bus: u8,
    pub u: [u16; 2],
}

/// `struct physdev_eoi (physdev.h:23) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_eoi {
    pub irq: u32,
}

/// `struct physdev_get_free_pirq (physdev.h:246) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_get_free_pirq {
    pub r#type: i32,
    pub pirq: u32,
}

/// `struct physdev_irq_status_query (physdev.h:58) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_irq_status_query {
    pub irq: u32,
    pub flags: u32,
}

/// `struct physdev_irq (physdev.h:129) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_irq {
    pub irq: u32,
    pub vector: u32,
}

/// `struct physdev_manage_pci_ext (physdev.h:196) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_manage_pci_ext {
    pub bus: u8,
    pub devfn: u8,
    pub __pad_0: [u8; 2],
    pub is_extfn: u32,
    pub is_virtfn: u32,
    pub physfn: [u8; 2],
    pub __pad_1: [u8; 2],
}

/// `struct physdev_manage_pci (physdev.h:177) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_manage_pci {
    pub bus: u8,
    pub devfn: u8,
}

/// `struct physdev_map_pirq (physdev.h:145) (since 4.19.0)`
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

/// `struct physdev_set_iobitmap (physdev.h:95) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_set_iobitmap {
    pub bitmap: __guest_handle_64_uint8,
    pub nr_ports: u32,
    pub __pad_0: [u8; 4],
}

/// `struct physdev_set_iopl (physdev.h:80) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_set_iopl {
    pub iopl: u32,
}

/// `struct physdev_op (physdev.h:215) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_op {
    pub cmd: u32,
    pub __pad_0: [u8; 4],
    pub u: [u64; 2],
}

/// `struct physdev_pci_device_add (physdev.h:274) (since 4.19.0)`
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

/// `struct physdev_pci_mmcfg_reserved (physdev.h:259) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_pci_mmcfg_reserved {
    pub address: u64,
    pub segment: u16,
    pub start_bus: u8,
    pub end_bus: u8,
    pub flags: u32,
}

/// `struct physdev_pirq_eoi_gmfn (physdev.h:46) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_pirq_eoi_gmfn {
    pub gmfn: xen_pfn_t,
}

/// `struct physdev_restore_msi (physdev.h:187) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_restore_msi {
    pub bus: u8,
    pub devfn: u8,
}

/// `struct physdev_setup_gsi (physdev.h:229) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_setup_gsi {
    pub gsi: i32,
    pub triggering: u8,
    pub polarity: u8,
    pub __pad_0: [u8; 2],
}

/// `struct physdev_unmap_pirq (physdev.h:166) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct physdev_unmap_pirq {
    pub domid: domid_t,
    pub __pad_0: [u8; 2],
    pub pirq: i32,
}

/// `struct sched_pin_override (sched.h:146) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sched_pin_override {
    pub pcpu: i32,
}

/// `struct sched_poll (sched.h:124) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sched_poll {
    pub ports: __guest_handle_64_evtchn_port_t,
    pub nr_ports: u32,
    pub __pad_0: [u8; 4],
    pub timeout: u64,
}

/// `struct sched_remote_shutdown (sched.h:132) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sched_remote_shutdown {
    pub domain_id: domid_t,
    pub __pad_0: [u8; 2],
    pub reason: u32,
}

/// `struct sched_shutdown (sched.h:118) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sched_shutdown {
    pub reason: u32,
}

/// `struct sched_watchdog (sched.h:139) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct sched_watchdog {
    pub id: u32,
    pub timeout: u32,
}

/// `struct vcpu_time_info (xen.h:667) (since 4.19.0)`
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

/// `struct vcpu_info (xen.h:702) (since 4.19.0)`
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

/// `struct shared_info (xen.h:751) (since 4.19.0)`
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

/// `struct shared_iopage (hvm/ioreq.h:52) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct shared_iopage {
    pub vcpu_ioreq: [ioreq; 1],
}

/// `struct hvm_save_end (hvm/save.h:85) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_save_end {
}

/// `struct __HVM_SAVE_TYPE_END (hvm/save.h:86) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct __HVM_SAVE_TYPE_END {
    pub t: [u8; 0],
    pub c: [u8; 0],
    pub cpt: [u8; 1],
}

/// `struct _xen_pvcalls_accept (io/pvcalls.h:118) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_accept {
    pub id: u64,
}

/// `struct _xen_pvcalls_bind (io/pvcalls.h:112) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_bind {
    pub id: u64,
}

/// `struct _xen_pvcalls_connect (io/pvcalls.h:106) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_connect {
    pub id: u64,
}

/// `struct _xen_pvcalls_dummy (io/pvcalls.h:124) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_dummy {
    pub dummy: [u8; 8],
}

/// `struct _xen_pvcalls_listen (io/pvcalls.h:115) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_listen {
    pub id: u64,
}

/// `struct _xen_pvcalls_poll (io/pvcalls.h:121) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_poll {
    pub id: u64,
}

/// `struct _xen_pvcalls_release (io/pvcalls.h:109) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_release {
    pub id: u64,
}

/// `struct _xen_pvcalls_socket (io/pvcalls.h:103) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct _xen_pvcalls_socket {
    pub id: u64,
}

/// `struct event_log (xenoprof.h:47) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct event_log {
    pub eip: u64,
    pub mode: u8,
    pub event: u8,
    pub __pad_0: [u8; 6],
}

/// `struct hvm_info_table (hvm/hvm_info_table.h:28) (since 4.19.0)`
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

/// `struct hvm_save_descriptor (hvm/save.h:32) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct hvm_save_descriptor {
    pub typecode: u16,
    pub instance: u16,
    pub length: u32,
}

/// `struct pci_device_reset (physdev.h:318) (since 4.20.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct pci_device_reset {
    pub dev: physdev_pci_device_t,
    pub flags: u32,
}

/// `struct pvcalls_data (io/pvcalls.h:35) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct pvcalls_data {
    pub r#in: u64,
    pub out: u64,
}

/// `struct pvcalls_data_intf (io/pvcalls.h:23) (since 4.19.0)`
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

/// `struct ring_shared (io/libxenvchan.h:36) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct ring_shared {
    pub cons: u32,
    pub prod: u32,
}

/// `struct scsiif_request_segment (io/vscsiif.h:236) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct scsiif_request_segment {
    pub gref: grant_ref_t,
    pub offset: u16,
    pub length: u16,
}

/// `struct t_buf (trace.h:292) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct t_buf {
    pub cons: u32,
    pub prod: u32,
}

/// `struct t_info (trace.h:310) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct t_info {
    pub tbuf_size: u16,
    pub mfn_offset: [u16; 0],
}

/// `struct t_rec (trace.h:273) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct t_rec {
    pub __bits_0: u32,
    pub u: [u32; 9],
}

/// `struct tpmif_tx_request (io/tpmif.h:22) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct tpmif_tx_request {
    pub addr: u64,
    pub r#ref: grant_ref_t,
    pub unused: u16,
    pub size: u16,
}

/// `struct tpmif_ring (io/tpmif.h:40) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct tpmif_ring {
    pub req: tpmif_tx_request,
}

/// `struct tpmif_shared_page (io/tpmif.h:104) (since 4.19.0)`
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

/// `struct tpmif_tx_interface (io/tpmif.h:45) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct tpmif_tx_interface {
    pub ring: [tpmif_ring; 1],
}

/// `struct usbif_conn_back_ring (io/usbif.h:405) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_conn_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct usbif_conn_front_ring (io/usbif.h:405) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_conn_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct usbif_conn_request (io/usbif.h:389) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_conn_request {
    pub id: u16,
}

/// `struct usbif_conn_response (io/usbif.h:394) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_conn_response {
    pub id: u16,
    pub portnum: u8,
    pub speed: u8,
}

/// `union usbif_conn_sring_entry (io/usbif.h:405) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union usbif_conn_sring_entry {
    pub req: usbif_conn_request,
    pub rsp: usbif_conn_response,
}

/// `struct usbif_conn_sring (io/usbif.h:405) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_conn_sring {
    pub req_prod: RING_IDX,
    pub req_event: RING_IDX,
    pub rsp_prod: RING_IDX,
    pub rsp_event: RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [usbif_conn_sring_entry; 0],
}

/// `struct usbif_request_segment (io/usbif.h:325) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_request_segment {
    pub gref: grant_ref_t,
    pub offset: u16,
    pub length: u16,
}

/// `struct usbif_urb_back_ring (io/usbif.h:383) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_urb_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct usbif_urb_front_ring (io/usbif.h:383) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_urb_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct usbif_urb_request (io/usbif.h:331) (since 4.19.0)`
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

/// `struct usbif_urb_response (io/usbif.h:367) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_urb_response {
    pub id: u16,
    pub start_frame: u16,
    pub status: i32,
    pub actual_length: i32,
    pub error_count: i32,
}

/// `union usbif_urb_sring_entry (io/usbif.h:383) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union usbif_urb_sring_entry {
    pub req: usbif_urb_request,
    pub rsp: usbif_urb_response,
}

/// `struct usbif_urb_sring (io/usbif.h:383) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct usbif_urb_sring {
    pub req_prod: RING_IDX,
    pub req_event: RING_IDX,
    pub rsp_prod: RING_IDX,
    pub rsp_event: RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [usbif_urb_sring_entry; 0],
}

/// `struct vchan_interface (io/libxenvchan.h:46) (since 4.19.0)`
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

/// `struct vcpu_get_physid (vcpu.h:190) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_get_physid {
    pub phys_id: u64,
}

/// `struct vcpu_hvm_x86_32 (hvm/hvm_vcpu.h:11) (since 4.19.0)`
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

/// `struct vcpu_hvm_x86_64 (hvm/hvm_vcpu.h:75) (since 4.19.0)`
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

/// `struct vcpu_hvm_context (hvm/hvm_vcpu.h:103) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_hvm_context {
    pub mode: u32,
    pub pad: u32,
    pub cpu_regs: [u64; 15],
}

/// `struct vcpu_register_runstate_memory_area (vcpu.h:118) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_register_runstate_memory_area {
    pub addr: [u64; 1],
}

/// `struct vcpu_register_time_memory_area (vcpu.h:219) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_register_time_memory_area {
    pub addr: [u64; 1],
}

/// `struct vcpu_register_vcpu_info (vcpu.h:172) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_register_vcpu_info {
    pub mfn: u64,
    pub offset: u32,
    pub rsvd: u32,
}

/// `struct vcpu_runstate_info (vcpu.h:64) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_runstate_info {
    pub state: i32,
    pub __pad_0: [u8; 4],
    pub state_entry_time: u64,
    pub time: [u64; 4],
}

/// `struct vcpu_set_periodic_timer (vcpu.h:135) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_set_periodic_timer {
    pub period_ns: u64,
}

/// `struct vcpu_set_singleshot_timer (vcpu.h:147) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vcpu_set_singleshot_timer {
    pub timeout_abs_ns: u64,
    pub flags: u32,
    pub __pad_0: [u8; 4],
}

/// `struct vscsiif_back_ring (io/vscsiif.h:352) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vscsiif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct vscsiif_front_ring (io/vscsiif.h:352) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vscsiif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct vscsiif_request (io/vscsiif.h:246) (since 4.19.0)`
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

/// `struct vscsiif_response (io/vscsiif.h:289) (since 4.19.0)`
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

/// `struct vscsiif_sg_list (io/vscsiif.h:278) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vscsiif_sg_list {
    pub rqid: u16,
    pub act: u8,
    pub nr_segments: u8,
    pub seg: [vscsiif_segment_t; 31],
}

/// `union vscsiif_sring_entry (io/vscsiif.h:352) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union vscsiif_sring_entry {
    pub req: vscsiif_request,
    pub rsp: vscsiif_response,
}

/// `struct vscsiif_sring (io/vscsiif.h:352) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct vscsiif_sring {
    pub req_prod: RING_IDX,
    pub req_event: RING_IDX,
    pub rsp_prod: RING_IDX,
    pub rsp_event: RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [vscsiif_sring_entry; 0],
}

/// `struct xen_9pfs_data (io/9pfs.h:230) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_9pfs_data {
    pub r#in: u64,
    pub out: u64,
}

/// `struct xen_9pfs_data_intf (io/9pfs.h:230) (since 4.19.0)`
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

/// `struct xen_add_to_physmap (memory.h:228) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_add_to_physmap {
    pub domid: domid_t,
    pub size: u16,
    pub space: u32,
    pub idx: xen_ulong_t,
    pub gpfn: xen_pfn_t,
}

/// `union xen_add_to_physmap_batch_extra (memory.h:262) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union xen_add_to_physmap_batch_extra {
    pub foreign_domid: domid_t,
    pub res0: u16,
}

/// `struct xen_add_to_physmap_batch (memory.h:250) (since 4.19.0)`
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

/// `struct xen_argo_addr (argo.h:44) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_addr {
    pub aport: xen_argo_port_t,
    pub domain_id: domid_t,
    pub pad: u16,
}

/// `struct xen_argo_iov (argo.h:37) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_iov {
    pub iov_hnd: __guest_handle_64_uint8,
    pub iov_len: u32,
    pub pad: u32,
}

/// `struct xen_argo_register_ring (argo.h:71) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_register_ring {
    pub aport: xen_argo_port_t,
    pub partner_id: domid_t,
    pub pad: u16,
    pub len: u32,
}

/// `struct xen_argo_ring (argo.h:57) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_ring {
    pub rx_ptr: u32,
    pub tx_ptr: u32,
    pub reserved: [u8; 56],
    pub ring: [u8; 0],
}

/// `struct xen_argo_ring_data_ent (argo.h:105) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_ring_data_ent {
    pub ring: xen_argo_addr_t,
    pub flags: u16,
    pub pad: u16,
    pub space_required: u32,
    pub max_message_size: u32,
}

/// `struct xen_argo_ring_data (argo.h:114) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_ring_data {
    pub nent: u32,
    pub pad: u32,
    pub data: [xen_argo_ring_data_ent_t; 0],
}

/// `struct xen_argo_ring_message_header (argo.h:121) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_ring_message_header {
    pub len: u32,
    pub source: xen_argo_addr_t,
    pub message_type: u32,
    pub data: [u8; 0],
}

/// `struct xen_argo_send_addr (argo.h:51) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_send_addr {
    pub src: xen_argo_addr_t,
    pub dst: xen_argo_addr_t,
}

/// `struct xen_argo_unregister_ring (argo.h:79) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_argo_unregister_ring {
    pub aport: xen_argo_port_t,
    pub partner_id: domid_t,
    pub pad: u16,
}

/// `struct xen_build_id (version.h:131) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_build_id {
    pub len: u32,
    pub buf: [u8; 0],
}

/// `struct xen_cameraif_back_ring (io/cameraif.h:1314) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_cameraif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xen_cameraif_front_ring (io/cameraif.h:1314) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_cameraif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xencamera_buf_create_req (io/cameraif.h:728) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_buf_create_req {
    pub index: u8,
    pub reserved: [u8; 3],
    pub plane_offset: [u32; 4],
    pub gref_directory: grant_ref_t,
}

/// `struct xencamera_buf_request (io/cameraif.h:667) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_buf_request {
    pub num_bufs: u8,
}

/// `struct xencamera_config_req (io/cameraif.h:544) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_config_req {
    pub pixel_format: u32,
    pub width: u32,
    pub height: u32,
}

/// `struct xencamera_ctrl_value (io/cameraif.h:885) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_ctrl_value {
    pub r#type: u8,
    pub reserved: [u8; 7],
    pub value: i64,
}

/// `struct xencamera_frame_rate_req (io/cameraif.h:600) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_frame_rate_req {
    pub frame_rate_numer: u32,
    pub frame_rate_denom: u32,
}

/// `struct xencamera_get_ctrl_req (io/cameraif.h:910) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_get_ctrl_req {
    pub r#type: u8,
}

/// `struct xencamera_index (io/cameraif.h:855) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_index {
    pub index: u8,
}

/// `struct xencamera_req (io/cameraif.h:1272) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_req {
    pub id: u16,
    pub operation: u8,
    pub reserved: [u8; 5],
    pub req: [u64; 7],
}

/// `struct xencamera_buf_get_layout_resp (io/cameraif.h:1070) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_buf_get_layout_resp {
    pub num_planes: u8,
    pub reserved: [u8; 3],
    pub size: u32,
    pub plane_size: [u32; 4],
    pub plane_stride: [u32; 4],
}

/// `struct xencamera_config_resp (io/cameraif.h:1010) (since 4.19.0)`
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

/// `struct xencamera_ctrl_enum_resp (io/cameraif.h:1141) (since 4.19.0)`
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

/// `struct xencamera_resp (io/cameraif.h:1288) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_resp {
    pub id: u16,
    pub operation: u8,
    pub reserved: u8,
    pub status: i32,
    pub resp: [u64; 7],
}

/// `union xen_cameraif_sring_entry (io/cameraif.h:1314) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union xen_cameraif_sring_entry {
    pub req: xencamera_req,
    pub rsp: xencamera_resp,
}

/// `struct xen_cameraif_sring (io/cameraif.h:1314) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_cameraif_sring {
    pub req_prod: RING_IDX,
    pub req_event: RING_IDX,
    pub rsp_prod: RING_IDX,
    pub rsp_event: RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [xen_cameraif_sring_entry; 0],
}

/// `struct xen_compile_info (version.h:37) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_compile_info {
    pub compiler: [u8; 64],
    pub compile_by: [u8; 16],
    pub compile_domain: [u8; 32],
    pub compile_date: [u8; 32],
}

/// `struct xen_displif_back_ring (io/displif.h:897) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_displif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xen_displif_front_ring (io/displif.h:897) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_displif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xendispl_dbuf_create_req (io/displif.h:497) (since 4.19.0)`
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

/// `struct xendispl_dbuf_destroy_req (io/displif.h:567) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_dbuf_destroy_req {
    pub dbuf_cookie: u64,
}

/// `struct xendispl_fb_attach_req (io/displif.h:616) (since 4.19.0)`
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

/// `struct xendispl_fb_detach_req (io/displif.h:649) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_fb_detach_req {
    pub fb_cookie: u64,
}

/// `struct xendispl_get_edid_req (io/displif.h:764) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_get_edid_req {
    pub buffer_sz: u32,
    pub gref_directory: grant_ref_t,
}

/// `struct xendispl_page_flip_req (io/displif.h:727) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_page_flip_req {
    pub fb_cookie: u64,
}

/// `struct xendispl_set_config_req (io/displif.h:697) (since 4.19.0)`
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

/// `struct xendispl_req (io/displif.h:860) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_req {
    pub id: u16,
    pub operation: u8,
    pub reserved: [u8; 5],
    pub op: [u64; 7],
}

/// `struct xendispl_get_edid_resp (io/displif.h:815) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_get_edid_resp {
    pub edid_sz: u32,
}

/// `struct xendispl_resp (io/displif.h:876) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_resp {
    pub id: u16,
    pub operation: u8,
    pub reserved: u8,
    pub status: i32,
    pub op: [u32; 14],
}

/// `union xen_displif_sring_entry (io/displif.h:897) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union xen_displif_sring_entry {
    pub req: xendispl_req,
    pub rsp: xendispl_resp,
}

/// `struct xen_displif_sring (io/displif.h:897) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_displif_sring {
    pub req_prod: RING_IDX,
    pub req_event: RING_IDX,
    pub rsp_prod: RING_IDX,
    pub rsp_event: RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [xen_displif_sring_entry; 0],
}

/// `struct xen_dm_op_create_ioreq_server (hvm/dm_op.h:50) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_create_ioreq_server {
    pub handle_bufioreq: u8,
    pub pad: [u8; 3],
    pub id: ioservid_t,
}

/// `struct xen_dm_op_destroy_ioreq_server (hvm/dm_op.h:168) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_destroy_ioreq_server {
    pub id: ioservid_t,
    pub pad: u16,
}

/// `struct xen_dm_op_get_ioreq_server_info (hvm/dm_op.h:81) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_get_ioreq_server_info {
    pub id: ioservid_t,
    pub flags: u16,
    pub bufioreq_port: evtchn_port_t,
    pub ioreq_gfn: u64,
    pub bufioreq_gfn: u64,
}

/// `struct xen_dm_op_inject_event (hvm/dm_op.h:298) (since 4.19.0)`
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

/// `struct xen_dm_op_inject_msi (hvm/dm_op.h:328) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_inject_msi {
    pub data: u32,
    pub pad: u32,
    pub addr: u64,
}

/// `struct xen_dm_op_ioreq_server_range (hvm/dm_op.h:121) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_ioreq_server_range {
    pub id: ioservid_t,
    pub pad: u16,
    pub r#type: u32,
    pub start: u64,
    pub end: u64,
}

/// `struct xen_dm_op_map_mem_type_to_ioreq_server (hvm/dm_op.h:349) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_map_mem_type_to_ioreq_server {
    pub id: ioservid_t,
    pub r#type: u16,
    pub flags: u32,
    pub opaque: u64,
}

/// `struct xen_dm_op_modified_memory (hvm/dm_op.h:248) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_modified_memory {
    pub nr_extents: u32,
    pub opaque: u32,
}

/// `struct xen_dm_op_nr_vcpus (hvm/dm_op.h:442) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_nr_vcpus {
    pub vcpus: u32,
}

/// `struct xen_dm_op_pin_memory_cacheattr (hvm/dm_op.h:401) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_pin_memory_cacheattr {
    pub start: u64,
    pub end: u64,
    pub r#type: u32,
    pub pad: u32,
}

/// `struct xen_dm_op_relocate_memory (hvm/dm_op.h:383) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_relocate_memory {
    pub size: u32,
    pub pad: u32,
    pub src_gfn: u64,
    pub dst_gfn: u64,
}

/// `struct xen_dm_op_remote_shutdown (hvm/dm_op.h:370) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_remote_shutdown {
    pub reason: u32,
}

/// `struct xen_dm_op_set_ioreq_server_state (hvm/dm_op.h:152) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_set_ioreq_server_state {
    pub id: ioservid_t,
    pub enabled: u8,
    pub pad: u8,
}

/// `struct xen_dm_op_set_irq_level (hvm/dm_op.h:424) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_set_irq_level {
    pub irq: u32,
    pub level: u8,
    pub pad: [u8; 3],
}

/// `struct xen_dm_op_set_isa_irq_level (hvm/dm_op.h:214) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_set_isa_irq_level {
    pub isa_irq: u8,
    pub level: u8,
}

/// `struct xen_dm_op_set_mem_type (hvm/dm_op.h:278) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_set_mem_type {
    pub nr: u32,
    pub mem_type: u16,
    pub pad: u16,
    pub first_pfn: u64,
}

/// `struct xen_dm_op_set_pci_intx_level (hvm/dm_op.h:199) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_set_pci_intx_level {
    pub domain: u16,
    pub bus: u8,
    pub device: u8,
    pub intx: u8,
    pub level: u8,
}

/// `struct xen_dm_op_set_pci_link_route (hvm/dm_op.h:227) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_set_pci_link_route {
    pub link: u8,
    pub isa_irq: u8,
}

/// `struct xen_dm_op_track_dirty_vram (hvm/dm_op.h:184) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_track_dirty_vram {
    pub nr: u32,
    pub pad: u32,
    pub first_pfn: u64,
}

/// `struct xen_dm_op (hvm/dm_op.h:447) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op {
    pub op: u32,
    pub pad: u32,
    pub u: [u64; 3],
}

/// `struct xen_dm_op_buf (hvm/dm_op.h:474) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_buf {
    pub h: __guest_handle_64_void,
    pub size: xen_ulong_t,
}

/// `struct xen_dm_op_modified_memory_extent (hvm/dm_op.h:259) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_dm_op_modified_memory_extent {
    pub nr: u32,
    pub pad: u32,
    pub first_pfn: u64,
}

/// `struct xen_feature_info (version.h:97) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_feature_info {
    pub submap_idx: u32,
    pub submap: u32,
}

/// `struct xen_flask_access (xsm/flask_op.h:37) (since 4.19.0)`
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

/// `struct xen_flask_boolean (xsm/flask_op.h:77) (since 4.19.0)`
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

/// `struct xen_flask_cache_stats (xsm/flask_op.h:114) (since 4.19.0)`
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

/// `struct xen_flask_devicetree_label (xsm/flask_op.h:150) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_devicetree_label {
    pub sid: u32,
    pub length: u32,
    pub path: __guest_handle_64_char,
}

/// `struct xen_flask_hash_stats (xsm/flask_op.h:105) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_hash_stats {
    pub entries: u32,
    pub buckets_used: u32,
    pub buckets_total: u32,
    pub max_chain_len: u32,
}

/// `struct xen_flask_load (xsm/flask_op.h:15) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_load {
    pub buffer: __guest_handle_64_char,
    pub size: u32,
    pub __pad_0: [u8; 4],
}

/// `struct xen_flask_ocontext (xsm/flask_op.h:127) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_ocontext {
    pub ocon: u32,
    pub sid: u32,
    pub low: u64,
    pub high: u64,
}

/// `struct xen_flask_peersid (xsm/flask_op.h:135) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_peersid {
    pub evtchn: evtchn_port_t,
    pub sid: u32,
}

/// `struct xen_flask_relabel (xsm/flask_op.h:143) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_relabel {
    pub domid: u32,
    pub sid: u32,
}

/// `struct xen_flask_setavc_threshold (xsm/flask_op.h:99) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_setavc_threshold {
    pub threshold: u32,
}

/// `struct xen_flask_setenforce (xsm/flask_op.h:21) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_setenforce {
    pub enforcing: u32,
}

/// `struct xen_flask_sid_context (xsm/flask_op.h:26) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_sid_context {
    pub sid: u32,
    pub size: u32,
    pub context: __guest_handle_64_char,
}

/// `struct xen_flask_transition (xsm/flask_op.h:51) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_transition {
    pub ssid: u32,
    pub tsid: u32,
    pub tclass: u32,
    pub newsid: u32,
}

/// `struct xen_flask_op (xsm/flask_op.h:158) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_flask_op {
    pub cmd: u32,
    pub interface_version: u32,
    pub u: [u64; 4],
}

/// `struct xen_memory_map (memory.h:314) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_memory_map {
    pub nr_entries: u32,
    pub __pad_0: [u8; 4],
    pub buffer: __guest_handle_64_void,
}

/// `struct xen_foreign_memory_map (memory.h:346) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_foreign_memory_map {
    pub domid: domid_t,
    pub __pad_0: [u8; 6],
    pub map: xen_memory_map,
}

/// `struct xen_hvm_altp2m_change_gfn (hvm/hvm_op.h:286) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_change_gfn {
    pub view: u16,
    pub pad1: u16,
    pub pad2: u32,
    pub old_gfn: u64,
    pub new_gfn: u64,
}

/// `struct xen_hvm_altp2m_domain_state (hvm/hvm_op.h:213) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_domain_state {
    pub state: u8,
}

/// `struct xen_hvm_altp2m_get_vcpu_p2m_idx (hvm/hvm_op.h:299) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_get_vcpu_p2m_idx {
    pub vcpu_id: u32,
    pub altp2m_idx: u16,
    pub __pad_0: [u8; 2],
}

/// `struct xen_hvm_altp2m_mem_access (hvm/hvm_op.h:257) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_mem_access {
    pub view: u16,
    pub access: u16,
    pub pad: u32,
    pub gfn: u64,
}

/// `struct xen_hvm_altp2m_set_mem_access_multi (hvm/hvm_op.h:269) (since 4.19.0)`
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

/// `struct xen_hvm_altp2m_set_visibility (hvm/hvm_op.h:304) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_set_visibility {
    pub altp2m_idx: u16,
    pub visible: u8,
    pub pad: u8,
}

/// `struct xen_hvm_altp2m_suppress_ve (hvm/hvm_op.h:25) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_suppress_ve {
    pub view: u16,
    pub suppress_ve: u8,
    pub pad1: u8,
    pub pad2: u32,
    pub gfn: u64,
}

/// `struct xen_hvm_altp2m_suppress_ve_multi (hvm/hvm_op.h:33) (since 4.19.0)`
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

/// `struct xen_hvm_altp2m_vcpu_disable_notify (hvm/hvm_op.h:229) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_vcpu_disable_notify {
    pub vcpu_id: u32,
}

/// `struct xen_hvm_altp2m_vcpu_enable_notify (hvm/hvm_op.h:220) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_vcpu_enable_notify {
    pub vcpu_id: u32,
    pub pad: u32,
    pub gfn: u64,
}

/// `struct xen_hvm_altp2m_view (hvm/hvm_op.h:235) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_altp2m_view {
    pub view: u16,
    pub hvmmem_default_access: u16,
}

/// `struct xen_hvm_altp2m_op (hvm/hvm_op.h:310) (since 4.19.0)`
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

/// `struct xen_hvm_get_mem_type (hvm/hvm_op.h:157) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_get_mem_type {
    pub domid: domid_t,
    pub mem_type: u16,
    pub pad: [u16; 2],
    pub pfn: u64,
}

/// `struct xen_hvm_get_time (hvm/hvm_op.h:130) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_get_time {
    pub now: u64,
}

/// `struct xen_hvm_pagetable_dying (hvm/hvm_op.h:118) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_pagetable_dying {
    pub domid: domid_t,
    pub pad: [u16; 3],
    pub gpa: u64,
}

/// `struct xen_hvm_param (hvm/hvm_op.h:16) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_param {
    pub domid: domid_t,
    pub pad: u16,
    pub index: u32,
    pub value: u64,
}

/// `struct xen_hvm_xentrace (hvm/hvm_op.h:137) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hvm_xentrace {
    pub event: u16,
    pub extra_bytes: u16,
    pub extra: [u8; 28],
}

/// `struct xen_hypfs_direntry (hypfs.h:24) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hypfs_direntry {
    pub r#type: u8,
    pub encoding: u8,
    pub pad: u16,
    pub content_len: u32,
    pub max_write_len: u32,
}

/// `struct xen_hypfs_dirlistentry (hypfs.h:41) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_hypfs_dirlistentry {
    pub e: xen_hypfs_direntry_t,
    pub off_next: u16,
    pub name: [u8; 0],
    pub __pad_0: [u8; 2],
}

/// `struct xen_kexec_exec (kexec.h:107) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_exec {
    pub r#type: i32,
}

/// `struct xen_kexec_image (kexec.h:79) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_image {
    pub indirection_page: u64,
    pub start_address: u64,
}

/// `struct xen_kexec_load (kexec.h:189) (since 4.19.0)`
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

/// `struct xen_kexec_load_v1 (kexec.h:118) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_load_v1 {
    pub r#type: i32,
    pub __pad_0: [u8; 4],
    pub image: xen_kexec_image_t,
}

/// `struct xen_kexec_range (kexec.h:145) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_range {
    pub range: i32,
    pub nr: i32,
    pub size: u64,
    pub start: u64,
}

/// `struct xen_kexec_segment (kexec.h:157) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_segment {
    pub buf: [u64; 1],
    pub buf_size: u64,
    pub dest_maddr: u64,
    pub dest_size: u64,
}

/// `struct xen_kexec_status (kexec.h:222) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_status {
    pub r#type: u8,
}

/// `struct xen_kexec_unload (kexec.h:208) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_kexec_unload {
    pub r#type: u8,
}

/// `struct xen_machphys_mapping (memory.h:200) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_machphys_mapping {
    pub v_start: xen_ulong_t,
    pub v_end: xen_ulong_t,
    pub max_mfn: xen_ulong_t,
}

/// `struct xen_machphys_mfn_list (memory.h:161) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_machphys_mfn_list {
    pub max_extents: u32,
    pub __pad_0: [u8; 4],
    pub extent_start: __guest_handle_64_xen_pfn_t,
    pub nr_extents: u32,
    pub __pad_1: [u8; 4],
}

/// `struct xen_mem_acquire_resource (memory.h:621) (since 4.19.0)`
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

/// `struct xen_memory_domain (memory.h:134) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_memory_domain {
    pub domid: domid_t,
}

/// `struct xen_memory_reservation (memory.h:46) (since 4.19.0)`
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

/// `struct xen_memory_exchange (memory.h:92) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_memory_exchange {
    pub r#in: xen_memory_reservation,
    pub out: xen_memory_reservation,
    pub nr_exchanged: xen_ulong_t,
}

/// `struct xen_msix_entry (io/pciif.h:49) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_msix_entry {
    pub vector: u16,
    pub entry: u16,
}

/// `struct xen_multiboot_mod_list (xen.h:916) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_multiboot_mod_list {
    pub mod_start: u32,
    pub mod_end: u32,
    pub cmdline: u32,
    pub pad: u32,
}

/// `struct xen_netif_ctrl_back_ring (io/netif.h:752) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_netif_ctrl_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xen_netif_ctrl_front_ring (io/netif.h:752) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_netif_ctrl_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xen_netif_ctrl_request (io/netif.h:359) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_netif_ctrl_request {
    pub id: u16,
    pub r#type: u16,
    pub data: [u32; 3],
}

/// `struct xen_netif_ctrl_response (io/netif.h:398) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_netif_ctrl_response {
    pub id: u16,
    pub r#type: u16,
    pub status: u32,
    pub data: u32,
}

/// `union xen_netif_ctrl_sring_entry (io/netif.h:752) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union xen_netif_ctrl_sring_entry {
    pub req: xen_netif_ctrl_request,
    pub rsp: xen_netif_ctrl_response,
}

/// `struct xen_netif_ctrl_sring (io/netif.h:752) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_netif_ctrl_sring {
    pub req_prod: RING_IDX,
    pub req_event: RING_IDX,
    pub rsp_prod: RING_IDX,
    pub rsp_event: RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [xen_netif_ctrl_sring_entry; 0],
}

/// `struct xen_netif_gref (io/netif.h:439) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_netif_gref {
    pub r#ref: grant_ref_t,
    pub flags: u16,
    pub status: u16,
}

/// `struct xen_pci_op (io/pciif.h:53) (since 4.19.0)`
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

/// `struct xen_pcie_aer_op (io/pciif.h:78) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pcie_aer_op {
    pub cmd: u32,
    pub err: i32,
    pub domain: u32,
    pub bus: u32,
    pub devfn: u32,
}

/// `struct xen_pci_sharedinfo (io/pciif.h:91) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pci_sharedinfo {
    pub flags: u32,
    pub op: xen_pci_op,
    pub aer_op: xen_pcie_aer_op,
}

/// `struct xen_pct_register (platform.h:419) (since 4.19.0)`
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

/// `struct xen_platform_parameters (version.h:91) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_platform_parameters {
    pub virt_start: xen_ulong_t,
}

/// `struct xen_pmu_arch (arch-riscv.h:85) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pmu_arch {
    pub dummy: u8,
}

/// `struct xen_pmu_data (pmu.h:97) (since 4.19.0)`
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

/// `struct xen_pmu_params (pmu.h:44) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pmu_params {
    pub version: [u32; 2],
    pub val: u64,
    pub vcpu: u32,
    pub pad: u32,
}

/// `struct xen_pod_target (memory.h:355) (since 4.19.0)`
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

/// `struct xen_power_register (platform.h:378) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_power_register {
    pub space_id: u32,
    pub bit_width: u32,
    pub bit_offset: u32,
    pub access_size: u32,
    pub address: u64,
}

/// `struct xen_psd_package (platform.h:440) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_psd_package {
    pub num_entries: u64,
    pub revision: u64,
    pub domain: u64,
    pub coord_type: u64,
    pub num_processors: u64,
}

/// `struct xen_processor_cppc (platform.h:465) (since 4.21.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_processor_cppc {
    pub flags: u8,
    pub pad: [u8; 3],
    pub cpc: [u32; 6],
    pub shared_type: u32,
    pub domain_info: xen_psd_package,
}

/// `struct xen_processor_csd (platform.h:386) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_processor_csd {
    pub domain: u32,
    pub coord_type: u32,
    pub num: u32,
}

/// `struct xen_processor_cx (platform.h:394) (since 4.19.0)`
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

/// `struct xen_processor_flags (platform.h:405) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_processor_flags {
    pub __bits_0: u32,
}

/// `struct xen_processor_performance (platform.h:448) (since 4.19.0)`
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

/// `struct xen_processor_power (platform.h:413) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_processor_power {
    pub count: u32,
    pub flags: xen_processor_flags,
    pub states: __guest_handle_64_xen_processor_cx_t,
}

/// `struct xen_processor_px (platform.h:429) (since 4.19.0)`
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

/// `struct xen_pvcalls_accept (io/pvcalls.h:80) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_accept {
    pub id: u64,
    pub id_new: u64,
    pub r#ref: grant_ref_t,
    pub evtchn: u32,
}

/// `struct xen_pvcalls_back_ring (io/pvcalls.h:130) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xen_pvcalls_bind (io/pvcalls.h:70) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_bind {
    pub id: u64,
    pub addr: [u8; 28],
    pub len: u32,
}

/// `struct xen_pvcalls_connect (io/pvcalls.h:56) (since 4.19.0)`
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

/// `struct xen_pvcalls_dummy (io/pvcalls.h:91) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_dummy {
    pub dummy: [u8; 56],
}

/// `struct xen_pvcalls_front_ring (io/pvcalls.h:130) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xen_pvcalls_listen (io/pvcalls.h:75) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_listen {
    pub id: u64,
    pub backlog: u32,
    pub pad: [u8; 4],
}

/// `struct xen_pvcalls_poll (io/pvcalls.h:86) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_poll {
    pub id: u64,
}

/// `struct xen_pvcalls_release (io/pvcalls.h:65) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_release {
    pub id: u64,
    pub reuse: u8,
    pub pad: [u8; 7],
}

/// `struct xen_pvcalls_socket (io/pvcalls.h:49) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_socket {
    pub id: u64,
    pub domain: u32,
    pub r#type: u32,
    pub protocol: u32,
    pub pad: [u8; 4],
}

/// `struct xen_pvcalls_request (io/pvcalls.h:45) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_request {
    pub req_id: u32,
    pub cmd: u32,
    pub u: [u64; 7],
}

/// `struct xen_pvcalls_response (io/pvcalls.h:97) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_response {
    pub req_id: u32,
    pub cmd: u32,
    pub ret: i32,
    pub pad: u32,
    pub u: [u64; 1],
}

/// `union xen_pvcalls_sring_entry (io/pvcalls.h:130) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union xen_pvcalls_sring_entry {
    pub req: xen_pvcalls_request,
    pub rsp: xen_pvcalls_response,
}

/// `struct xen_pvcalls_sring (io/pvcalls.h:130) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_pvcalls_sring {
    pub req_prod: RING_IDX,
    pub req_event: RING_IDX,
    pub rsp_prod: RING_IDX,
    pub rsp_event: RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [xen_pvcalls_sring_entry; 0],
}

/// `struct xen_remove_from_physmap (memory.h:295) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_remove_from_physmap {
    pub domid: domid_t,
    pub __pad_0: [u8; 6],
    pub gpfn: xen_pfn_t,
}

/// `struct xen_sndif_back_ring (io/sndif.h:1031) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sndif_back_ring {
    pub rsp_prod_pvt: RING_IDX,
    pub req_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xen_sndif_front_ring (io/sndif.h:1031) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sndif_front_ring {
    pub req_prod_pvt: RING_IDX,
    pub rsp_cons: RING_IDX,
    pub nr_ents: u32,
    pub __pad_0: [u8; 4],
    pub sring: u64,
}

/// `struct xensnd_open_req (io/sndif.h:620) (since 4.19.0)`
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

/// `struct xensnd_query_hw_param (io/sndif.h:876) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_query_hw_param {
    pub formats: u64,
    pub rates: [u32; 2],
    pub channels: [u32; 2],
    pub buffer: [u32; 2],
    pub period: [u32; 2],
}

/// `struct xensnd_rw_req (io/sndif.h:699) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_rw_req {
    pub offset: u32,
    pub length: u32,
}

/// `struct xensnd_trigger_req (io/sndif.h:812) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_trigger_req {
    pub r#type: u8,
}

/// `struct xensnd_req (io/sndif.h:997) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_req {
    pub id: u16,
    pub operation: u8,
    pub reserved: [u8; 5],
    pub op: [u64; 7],
}

/// `struct xensnd_resp (io/sndif.h:1010) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_resp {
    pub id: u16,
    pub operation: u8,
    pub reserved: u8,
    pub status: i32,
    pub resp: [u64; 7],
}

/// `union xen_sndif_sring_entry (io/sndif.h:1031) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union xen_sndif_sring_entry {
    pub req: xensnd_req,
    pub rsp: xensnd_resp,
}

/// `struct xen_sndif_sring (io/sndif.h:1031) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_sndif_sring {
    pub req_prod: RING_IDX,
    pub req_event: RING_IDX,
    pub rsp_prod: RING_IDX,
    pub rsp_event: RING_IDX,
    pub pvt: [u8; 4],
    pub __pad: [u8; 44],
    pub ring: [xen_sndif_sring_entry; 0],
}

/// `struct xen_varbuf (version.h:141) (since 4.20.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_varbuf {
    pub len: u32,
    pub buf: [u8; 0],
}

/// `struct xen_vmemrange (memory.h:701) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_vmemrange {
    pub start: u64,
    pub end: u64,
    pub flags: u32,
    pub nid: u32,
}

/// `struct xen_vnuma_topology_info (memory.h:718) (since 4.19.0)`
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

/// `struct xencamera_event_page (io/cameraif.h:1332) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_event_page {
    pub in_cons: u32,
    pub in_prod: u32,
    pub reserved: [u8; 56],
}

/// `struct xencamera_frame_avail_evt (io/cameraif.h:1231) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_frame_avail_evt {
    pub index: u8,
    pub reserved: [u8; 3],
    pub used_sz: u32,
    pub seq_num: u32,
}

/// `struct xencamera_evt (io/cameraif.h:1303) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_evt {
    pub id: u16,
    pub r#type: u8,
    pub reserved: [u8; 5],
    pub evt: [u64; 7],
}

/// `struct xencamera_page_directory (io/cameraif.h:764) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencamera_page_directory {
    pub gref_dir_next_page: grant_ref_t,
    pub gref: [grant_ref_t; 0],
}

/// `struct xencomm_desc (xencomm.h:18) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xencomm_desc {
    pub magic: u32,
    pub nr_addrs: u32,
    pub address: [u64; 0],
}

/// `struct xendispl_event_page (io/displif.h:915) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_event_page {
    pub in_cons: u32,
    pub in_prod: u32,
    pub reserved: [u8; 56],
}

/// `struct xendispl_pg_flip_evt (io/displif.h:856) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_pg_flip_evt {
    pub fb_cookie: u64,
}

/// `struct xendispl_evt (io/displif.h:887) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_evt {
    pub id: u16,
    pub r#type: u8,
    pub reserved: [u8; 5],
    pub op: [u64; 7],
}

/// `struct xendispl_page_directory (io/displif.h:538) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xendispl_page_directory {
    pub gref_dir_next_page: grant_ref_t,
    pub gref: [grant_ref_t; 0],
}

/// `struct xenfb_page (io/fbif.h:114) (since 4.19.0)`
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

/// `struct xenfb_refresh_period (io/fbif.h:80) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenfb_refresh_period {
    pub r#type: u8,
    pub __pad_0: [u8; 3],
    pub period: u32,
}

/// `struct xenfb_resize (io/fbif.h:42) (since 4.19.0)`
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

/// `struct xenfb_update (io/fbif.h:27) (since 4.19.0)`
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

/// `struct xenkbd_key (io/kbdif.h:280) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenkbd_key {
    pub r#type: u8,
    pub pressed: u8,
    pub __pad_0: [u8; 2],
    pub keycode: u32,
}

/// `struct xenkbd_motion (io/kbdif.h:253) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenkbd_motion {
    pub r#type: u8,
    pub __pad_0: [u8; 3],
    pub rel_x: i32,
    pub rel_y: i32,
    pub rel_z: i32,
}

/// `struct xenkbd_mtouch (io/kbdif.h:465) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenkbd_mtouch {
    pub r#type: u8,
    pub event_type: u8,
    pub contact_id: u8,
    pub reserved: [u8; 5],
    pub u: [u32; 2],
}

/// `struct xenkbd_page (io/kbdif.h:543) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenkbd_page {
    pub in_cons: u32,
    pub in_prod: u32,
    pub out_cons: u32,
    pub out_prod: u32,
}

/// `struct xenkbd_position (io/kbdif.h:311) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenkbd_position {
    pub r#type: u8,
    pub __pad_0: [u8; 3],
    pub abs_x: i32,
    pub abs_y: i32,
    pub rel_z: i32,
}

/// `struct xennmi_callback (nmi.h:45) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xennmi_callback {
    pub handler_address: u64,
    pub pad: u64,
}

/// `struct xenoprof_buf (xenoprof.h:59) (since 4.19.0)`
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

/// `struct xenoprof_counter (xenoprof.h:92) (since 4.19.0)`
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

/// `struct xenoprof_get_buffer (xenoprof.h:83) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenoprof_get_buffer {
    pub max_samples: i32,
    pub nbuf: i32,
    pub bufsize: i32,
    pub __pad_0: [u8; 4],
    pub buf_gmaddr: u64,
}

/// `struct xenoprof_ibs_counter (xenoprof.h:114) (since 4.19.0)`
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

/// `struct xenoprof_init (xenoprof.h:75) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenoprof_init {
    pub num_events: i32,
    pub is_primary: i32,
    pub cpu_type: [u8; 64],
}

/// `struct xenoprof_passive (xenoprof.h:105) (since 4.19.0)`
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

/// `struct xenpf_add_memtype (platform.h:56) (since 4.19.0)`
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

/// `struct xenpf_change_freq (platform.h:320) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_change_freq {
    pub flags: u32,
    pub cpu: u32,
    pub freq: u64,
}

/// `struct xenpf_core_parking (platform.h:563) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_core_parking {
    pub r#type: u32,
    pub idle_nums: u32,
}

/// `struct xenpf_cpu_hotadd (platform.h:541) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_cpu_hotadd {
    pub apic_id: u32,
    pub acpi_id: u32,
    pub pxm: u32,
}

/// `struct xenpf_cpu_ol (platform.h:533) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_cpu_ol {
    pub cpuid: u32,
}

/// `struct xenpf_del_memtype (platform.h:76) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_del_memtype {
    pub handle: u32,
    pub reg: u32,
}

/// `struct xenpf_efi_guid (platform.h:142) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_efi_guid {
    pub data1: u32,
    pub data2: u16,
    pub data3: u16,
    pub data4: [u8; 8],
}

/// `struct xenpf_efi_time (platform.h:130) (since 4.19.0)`
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

/// `struct xenpf_efi_runtime_call (platform.h:149) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_efi_runtime_call {
    pub function: u32,
    pub misc: u32,
    pub status: xen_ulong_t,
    pub u: [u64; 5],
}

/// `struct xenpf_enter_acpi_sleep (platform.h:303) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_enter_acpi_sleep {
    pub val_a: u16,
    pub val_b: u16,
    pub sleep_state: u32,
    pub flags: u32,
}

/// `union xenpf_efi_info (platform.h:260) (since 4.19.0)`
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

/// `struct xenpf_firmware_info (platform.h:230) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_firmware_info {
    pub r#type: u32,
    pub index: u32,
    pub u: [u64; 4],
}

/// `struct xenpf_getidletime (platform.h:338) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_getidletime {
    pub cpumap_bitmap: __guest_handle_64_uint8,
    pub cpumap_nr_cpus: u32,
    pub __pad_0: [u8; 4],
    pub idletime: __guest_handle_64_uint64,
    pub now: u64,
}

/// `struct xenpf_mem_hotadd (platform.h:550) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_mem_hotadd {
    pub spfn: u64,
    pub epfn: u64,
    pub pxm: u32,
    pub flags: u32,
}

/// `struct xenpf_microcode_update (platform.h:98) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_microcode_update {
    pub data: __guest_handle_64_const_void,
    pub length: u32,
    pub __pad_0: [u8; 4],
}

/// `struct xenpf_microcode_update2 (platform.h:655) (since 4.20.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_microcode_update2 {
    pub flags: u32,
    pub length: u32,
    pub data: __guest_handle_64_const_void,
}

/// `struct xenpf_pcpu_version (platform.h:517) (since 4.19.0)`
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

/// `struct xenpf_pcpuinfo (platform.h:500) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_pcpuinfo {
    pub xen_cpuid: u32,
    pub max_present: u32,
    pub flags: u32,
    pub apic_id: u32,
    pub acpi_id: u32,
}

/// `struct xenpf_platform_quirk (platform.h:110) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_platform_quirk {
    pub quirk_id: u32,
}

/// `struct xenpf_read_memtype (platform.h:86) (since 4.19.0)`
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

/// `struct xenpf_resource_entry (platform.h:596) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_resource_entry {
    pub u: [u32; 1],
    pub rsvd: u32,
    pub idx: u64,
    pub val: u64,
}

/// `struct xenpf_resource_op (platform.h:608) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_resource_op {
    pub nr_entries: u32,
    pub cpu: u32,
    pub entries: __guest_handle_64_xenpf_resource_entry_t,
}

/// `struct xenpf_settime32 (platform.h:22) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_settime32 {
    pub secs: u32,
    pub nsecs: u32,
    pub system_time: u64,
}

/// `struct xenpf_settime64 (platform.h:30) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_settime64 {
    pub secs: u64,
    pub nsecs: u32,
    pub mbz: u32,
    pub system_time: u64,
}

/// `struct xenpf_symdata (platform.h:617) (since 4.19.0)`
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

/// `struct xenpf_ucode_revision (platform.h:644) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xenpf_ucode_revision {
    pub cpu: u32,
    pub signature: u32,
    pub pf: u32,
    pub revision: u32,
}

/// `struct xensnd_cur_pos_evt (io/sndif.h:993) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_cur_pos_evt {
    pub position: u64,
}

/// `struct xensnd_event_page (io/sndif.h:1049) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_event_page {
    pub in_cons: u32,
    pub in_prod: u32,
    pub reserved: [u8; 56],
}

/// `struct xensnd_evt (io/sndif.h:1021) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_evt {
    pub id: u16,
    pub r#type: u8,
    pub reserved: [u8; 5],
    pub op: [u64; 7],
}

/// `struct xensnd_page_directory (io/sndif.h:660) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xensnd_page_directory {
    pub gref_dir_next_page: grant_ref_t,
    pub gref: [grant_ref_t; 0],
}

/// `struct xsd_errors (io/xs_wire.h:49) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xsd_errors {
    pub errnum: i32,
    pub __pad_0: [u8; 4],
    pub errstring: u64,
}

/// `struct xsd_sockmsg (io/xs_wire.h:82) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xsd_sockmsg {
    pub r#type: u32,
    pub req_id: u32,
    pub tx_id: u32,
    pub len: u32,
}

/// `union xenfb_in_event (io/fbif.h:89) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union xenfb_in_event {
    pub r#type: u8,
    pub refresh_period: xenfb_refresh_period,
    pub pad: [u8; 40],
}

/// `union xenfb_out_event (io/fbif.h:54) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union xenfb_out_event {
    pub r#type: u8,
    pub update: xenfb_update,
    pub resize: xenfb_resize,
    pub pad: [u8; 40],
}

/// `union xenkbd_in_event (io/kbdif.h:485) (since 4.19.0)`
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

/// `union xenkbd_out_event (io/kbdif.h:515) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub union xenkbd_out_event {
    pub r#type: u8,
    pub pad: [u8; 40],
}

/// `xen_uuid_t (xen.h:992) (since 4.19.0)`
#[repr(C)]
#[derive(Clone, Copy)]
pub struct xen_uuid_t {
    pub a: [u8; 16],
}

/// (since 4.19.0)
pub const ACPI_GPE0_BLK_ADDRESS: u64 = 8040;
/// (since 4.19.0)
pub const ACPI_GPE0_BLK_ADDRESS_V0: u64 = 8040;
/// (since 4.19.0)
pub const ACPI_GPE0_BLK_ADDRESS_V1: u64 = 45024;
/// (since 4.19.0)
pub const ACPI_GPE0_BLK_LEN: u64 = 8;
/// (since 4.19.0)
pub const ACPI_GPE0_BLK_LEN_V0: u64 = 8;
/// (since 4.19.0)
pub const ACPI_GPE0_BLK_LEN_V1: u64 = 4;
/// (since 4.19.0)
pub const ACPI_PM1A_CNT_BLK_ADDRESS: u64 = 8004;
/// (since 4.19.0)
pub const ACPI_PM1A_CNT_BLK_ADDRESS_V0: u64 = 8004;
/// (since 4.19.0)
pub const ACPI_PM1A_CNT_BLK_ADDRESS_V1: u64 = 45060;
/// (since 4.19.0)
pub const ACPI_PM1A_EVT_BLK_ADDRESS: u64 = 8000;
/// (since 4.19.0)
pub const ACPI_PM1A_EVT_BLK_ADDRESS_V0: u64 = 8000;
/// (since 4.19.0)
pub const ACPI_PM1A_EVT_BLK_ADDRESS_V1: u64 = 45056;
/// (since 4.19.0)
pub const ACPI_PM_TMR_BLK_ADDRESS: u64 = 8008;
/// (since 4.19.0)
pub const ACPI_PM_TMR_BLK_ADDRESS_V0: u64 = 8008;
/// (since 4.19.0)
pub const ACPI_PM_TMR_BLK_ADDRESS_V1: u64 = 45064;
/// (since 4.19.0)
pub const BIND_PIRQ__WILL_SHARE: u64 = 1;
/// (since 4.19.0)
pub const BLKIF_DISCARD_SECURE: u64 = 1;
/// (since 4.19.0)
pub const BLKIF_MAX_INDIRECT_PAGES_PER_REQUEST: u64 = 8;
/// (since 4.19.0)
pub const BLKIF_MAX_SEGMENTS_PER_REQUEST: u64 = 11;
/// (since 4.19.0)
pub const BLKIF_OP_DISCARD: u64 = 5;
/// (since 4.19.0)
pub const BLKIF_OP_FLUSH_DISKCACHE: u64 = 3;
/// (since 4.19.0)
pub const BLKIF_OP_INDIRECT: u64 = 6;
/// (since 4.19.0)
pub const BLKIF_OP_READ: u64 = 0;
/// (since 4.19.0)
pub const BLKIF_OP_RESERVED_1: u64 = 4;
/// (since 4.19.0)
pub const BLKIF_OP_WRITE: u64 = 1;
/// (since 4.19.0)
pub const BLKIF_OP_WRITE_BARRIER: u64 = 2;
/// (since 4.19.0)
pub const BLKIF_RSP_EOPNOTSUPP: i64 = -2;
/// (since 4.19.0)
pub const BLKIF_RSP_ERROR: i64 = -1;
/// (since 4.19.0)
pub const BLKIF_RSP_OKAY: u64 = 0;
/// (since 4.19.0)
pub const CONSOLEIO_read: u64 = 1;
/// (since 4.19.0)
pub const CONSOLEIO_write: u64 = 0;
/// (since 4.21.0)
pub const DOMAIN_CAPS_CONTROL: u64 = 1;
/// (since 4.21.0)
pub const DOMAIN_CAPS_HARDWARE: u64 = 2;
/// (since 4.21.0)
pub const DOMAIN_CAPS_MASK: u64 = 7;
/// (since 4.21.0)
pub const DOMAIN_CAPS_XENSTORE: u64 = 4;
/// (since 4.22.0)
pub const DOMID_ANY: u64 = 32757;
/// (since 4.19.0)
pub const DOMID_COW: u64 = 32755;
/// (since 4.19.0)
pub const DOMID_FIRST_RESERVED: u64 = 32752;
/// (since 4.19.0)
pub const DOMID_IDLE: u64 = 32767;
/// (since 4.19.0)
pub const DOMID_INVALID: u64 = 32756;
/// (since 4.19.0)
pub const DOMID_IO: u64 = 32753;
/// (since 4.19.0)
pub const DOMID_MASK: u64 = 32767;
/// (since 4.19.0)
pub const DOMID_SELF: u64 = 32752;
/// (since 4.19.0)
pub const DOMID_XEN: u64 = 32754;
/// (since 4.19.0)
pub const ERROR_MASK: u64 = 281474976645120;
/// (since 4.19.0)
pub const ERROR_SHIFT: u64 = 16;
/// (since 4.19.0)
pub const ERROR_SIZE: u64 = 32;
/// (since 4.19.0)
pub const EVTCHNOP_alloc_unbound: u64 = 6;
/// (since 4.19.0)
pub const EVTCHNOP_bind_interdomain: u64 = 0;
/// (since 4.19.0)
pub const EVTCHNOP_bind_ipi: u64 = 7;
/// (since 4.19.0)
pub const EVTCHNOP_bind_pirq: u64 = 2;
/// (since 4.19.0)
pub const EVTCHNOP_bind_vcpu: u64 = 8;
/// (since 4.19.0)
pub const EVTCHNOP_bind_virq: u64 = 1;
/// (since 4.19.0)
pub const EVTCHNOP_close: u64 = 3;
/// (since 4.19.0)
pub const EVTCHNOP_expand_array: u64 = 12;
/// (since 4.19.0)
pub const EVTCHNOP_init_control: u64 = 11;
/// (since 4.19.0)
pub const EVTCHNOP_reset: u64 = 10;
/// (since 4.19.0)
pub const EVTCHNOP_send: u64 = 4;
/// (since 4.19.0)
pub const EVTCHNOP_set_priority: u64 = 13;
/// (since 4.19.0)
pub const EVTCHNOP_status: u64 = 5;
/// (since 4.19.0)
pub const EVTCHNOP_unmask: u64 = 9;
/// (since 4.19.0)
pub const EVTCHNSTAT_closed: u64 = 0;
/// (since 4.19.0)
pub const EVTCHNSTAT_interdomain: u64 = 2;
/// (since 4.19.0)
pub const EVTCHNSTAT_ipi: u64 = 5;
/// (since 4.19.0)
pub const EVTCHNSTAT_pirq: u64 = 3;
/// (since 4.19.0)
pub const EVTCHNSTAT_unbound: u64 = 1;
/// (since 4.19.0)
pub const EVTCHNSTAT_virq: u64 = 4;
/// (since 4.19.0)
pub const EVTCHN_2L_NR_CHANNELS: u64 = 4096;
/// (since 4.19.0)
pub const EVTCHN_FIFO_BUSY: u64 = 28;
/// (since 4.19.0)
pub const EVTCHN_FIFO_LINKED: u64 = 29;
/// (since 4.19.0)
pub const EVTCHN_FIFO_LINK_BITS: u64 = 17;
/// (since 4.19.0)
pub const EVTCHN_FIFO_LINK_MASK: u64 = 131071;
/// (since 4.19.0)
pub const EVTCHN_FIFO_MASKED: u64 = 30;
/// (since 4.19.0)
pub const EVTCHN_FIFO_MAX_QUEUES: u64 = 16;
/// (since 4.19.0)
pub const EVTCHN_FIFO_NR_CHANNELS: u64 = 131072;
/// (since 4.19.0)
pub const EVTCHN_FIFO_PENDING: u64 = 31;
/// (since 4.19.0)
pub const EVTCHN_FIFO_PRIORITY_DEFAULT: u64 = 7;
/// (since 4.19.0)
pub const EVTCHN_FIFO_PRIORITY_MAX: u64 = 0;
/// (since 4.19.0)
pub const EVTCHN_FIFO_PRIORITY_MIN: u64 = 15;
/// (since 4.19.0)
pub const FLASK_ACCESS: u64 = 6;
/// (since 4.19.0)
pub const FLASK_ADD_OCONTEXT: u64 = 21;
/// (since 4.19.0)
pub const FLASK_AVC_CACHESTATS: u64 = 19;
/// (since 4.19.0)
pub const FLASK_AVC_HASHSTATS: u64 = 18;
/// (since 4.19.0)
pub const FLASK_COMMITBOOLS: u64 = 13;
/// (since 4.19.0)
pub const FLASK_CONTEXT_TO_SID: u64 = 4;
/// (since 4.19.0)
pub const FLASK_CREATE: u64 = 7;
/// (since 4.19.0)
pub const FLASK_DEL_OCONTEXT: u64 = 22;
/// (since 4.19.0)
pub const FLASK_DEVICETREE_LABEL: u64 = 25;
/// (since 4.19.0)
pub const FLASK_DISABLE: u64 = 15;
/// (since 4.19.0)
pub const FLASK_GETAVC_THRESHOLD: u64 = 16;
/// (since 4.19.0)
pub const FLASK_GETBOOL: u64 = 11;
/// (since 4.19.0)
pub const FLASK_GETENFORCE: u64 = 2;
/// (since 4.19.0)
pub const FLASK_GET_PEER_SID: u64 = 23;
/// (since 4.19.0)
pub const FLASK_LOAD: u64 = 1;
/// (since 4.19.0)
pub const FLASK_MEMBER: u64 = 20;
/// (since 4.19.0)
pub const FLASK_MLS: u64 = 14;
/// (since 4.19.0)
pub const FLASK_POLICYVERS: u64 = 10;
/// (since 4.19.0)
pub const FLASK_RELABEL: u64 = 8;
/// (since 4.19.0)
pub const FLASK_RELABEL_DOMAIN: u64 = 24;
/// (since 4.19.0)
pub const FLASK_SETAVC_THRESHOLD: u64 = 17;
/// (since 4.19.0)
pub const FLASK_SETBOOL: u64 = 12;
/// (since 4.19.0)
pub const FLASK_SETENFORCE: u64 = 3;
/// (since 4.19.0)
pub const FLASK_SID_TO_CONTEXT: u64 = 5;
/// (since 4.19.0)
pub const FLASK_USER: u64 = 9;
/// (since 4.19.0)
pub const FSIF_NR_READ_GNTS: u64 = 11;
/// (since 4.19.0)
pub const FSIF_NR_WRITE_GNTS: u64 = 11;
/// (since 4.19.0)
pub const FSIF_RING_ENTRY_SIZE: u64 = 64;
/// (since 4.19.0)
pub const GNTCOPY_dest_gref: u64 = 2;
/// (since 4.19.0)
pub const GNTCOPY_source_gref: u64 = 1;
/// (since 4.19.0)
pub const GNTMAP_application_map: u64 = 8;
/// (since 4.19.0)
pub const GNTMAP_contains_pte: u64 = 16;
/// (since 4.19.0)
pub const GNTMAP_device_map: u64 = 1;
/// (since 4.19.0)
pub const GNTMAP_guest_avail_mask: u64 = 4294901760;
/// (since 4.19.0)
pub const GNTMAP_host_map: u64 = 2;
/// (since 4.19.0)
pub const GNTMAP_readonly: u64 = 4;
/// (since 4.19.0)
pub const GNTST_address_too_big: i64 = -11;
/// (since 4.19.0)
pub const GNTST_bad_copy_arg: i64 = -10;
/// (since 4.19.0)
pub const GNTST_bad_dev_addr: i64 = -6;
/// (since 4.19.0)
pub const GNTST_bad_domain: i64 = -2;
/// (since 4.19.0)
pub const GNTST_bad_gntref: i64 = -3;
/// (since 4.19.0)
pub const GNTST_bad_handle: i64 = -4;
/// (since 4.19.0)
pub const GNTST_bad_page: i64 = -9;
/// (since 4.19.0)
pub const GNTST_bad_virt_addr: i64 = -5;
/// (since 4.19.0)
pub const GNTST_eagain: i64 = -12;
/// (since 4.19.0)
pub const GNTST_general_error: i64 = -1;
/// (since 4.19.0)
pub const GNTST_no_device_space: i64 = -7;
/// (since 4.19.0)
pub const GNTST_no_space: i64 = -13;
/// (since 4.19.0)
pub const GNTST_okay: u64 = 0;
/// (since 4.19.0)
pub const GNTST_permission_denied: i64 = -8;
/// (since 4.19.0)
pub const GNTTABOP_cache_flush: u64 = 12;
/// (since 4.19.0)
pub const GNTTABOP_copy: u64 = 5;
/// (since 4.19.0)
pub const GNTTABOP_dump_table: u64 = 3;
/// (since 4.19.0)
pub const GNTTABOP_get_status_frames: u64 = 9;
/// (since 4.19.0)
pub const GNTTABOP_get_version: u64 = 10;
/// (since 4.19.0)
pub const GNTTABOP_map_grant_ref: u64 = 0;
/// (since 4.19.0)
pub const GNTTABOP_query_size: u64 = 6;
/// (since 4.19.0)
pub const GNTTABOP_set_version: u64 = 8;
/// (since 4.19.0)
pub const GNTTABOP_setup_table: u64 = 2;
/// (since 4.19.0)
pub const GNTTABOP_swap_grant_ref: u64 = 11;
/// (since 4.19.0)
pub const GNTTABOP_transfer: u64 = 4;
/// (since 4.19.0)
pub const GNTTABOP_unmap_and_replace: u64 = 7;
/// (since 4.19.0)
pub const GNTTABOP_unmap_grant_ref: u64 = 1;
/// (since 4.19.0)
pub const GNTTAB_CACHE_CLEAN: u64 = 1;
/// (since 4.19.0)
pub const GNTTAB_CACHE_INVAL: u64 = 2;
/// (since 4.19.0)
pub const GNTTAB_CACHE_SOURCE_GREF: u64 = 2147483648;
/// (since 4.19.0)
pub const GNTTAB_NR_RESERVED_ENTRIES: u64 = 8;
/// (since 4.19.0)
pub const GNTTAB_RESERVED_CONSOLE: u64 = 0;
/// (since 4.19.0)
pub const GNTTAB_RESERVED_XENSTORE: u64 = 1;
/// (since 4.19.0)
pub const GTF_PAT: u64 = 128;
/// (since 4.19.0)
pub const GTF_PCD: u64 = 64;
/// (since 4.19.0)
pub const GTF_PWT: u64 = 32;
/// (since 4.19.0)
pub const GTF_accept_transfer: u64 = 2;
/// (since 4.19.0)
pub const GTF_invalid: u64 = 0;
/// (since 4.19.0)
pub const GTF_permit_access: u64 = 1;
/// (since 4.19.0)
pub const GTF_reading: u64 = 8;
/// (since 4.19.0)
pub const GTF_readonly: u64 = 4;
/// (since 4.19.0)
pub const GTF_sub_page: u64 = 256;
/// (since 4.19.0)
pub const GTF_transfer_committed: u64 = 4;
/// (since 4.19.0)
pub const GTF_transfer_completed: u64 = 8;
/// (since 4.19.0)
pub const GTF_transitive: u64 = 3;
/// (since 4.19.0)
pub const GTF_type_mask: u64 = 3;
/// (since 4.19.0)
pub const GTF_writing: u64 = 16;
/// (since 4.19.0)
pub const HAS_MORE_FLAG: u64 = 281474976710656;
/// (since 4.19.0)
pub const HAS_MORE_SHIFT: u64 = 48;
/// (since 4.19.0)
pub const HVMMEM_ioreq_server: u64 = 4;
/// (since 4.19.0)
pub const HVMMEM_mmio_dm: u64 = 2;
/// (since 4.19.0)
pub const HVMMEM_ram_ro: u64 = 1;
/// (since 4.19.0)
pub const HVMMEM_ram_rw: u64 = 0;
/// (since 4.19.0)
pub const HVMMEM_unused: u64 = 3;
/// (since 4.19.0)
pub const HVMOP_ALTP2M_INTERFACE_VERSION: u64 = 1;
/// (since 4.19.0)
pub const HVMOP_altp2m: u64 = 25;
/// (since 4.19.0)
pub const HVMOP_altp2m_change_gfn: u64 = 8;
/// (since 4.19.0)
pub const HVMOP_altp2m_create_p2m: u64 = 4;
/// (since 4.19.0)
pub const HVMOP_altp2m_destroy_p2m: u64 = 5;
/// (since 4.19.0)
pub const HVMOP_altp2m_get_domain_state: u64 = 1;
/// (since 4.19.0)
pub const HVMOP_altp2m_get_mem_access: u64 = 12;
/// (since 4.19.0)
pub const HVMOP_altp2m_get_p2m_idx: u64 = 14;
/// (since 4.19.0)
pub const HVMOP_altp2m_get_suppress_ve: u64 = 11;
/// (since 4.19.0)
pub const HVMOP_altp2m_set_domain_state: u64 = 2;
/// (since 4.19.0)
pub const HVMOP_altp2m_set_mem_access: u64 = 7;
/// (since 4.19.0)
pub const HVMOP_altp2m_set_mem_access_multi: u64 = 9;
/// (since 4.19.0)
pub const HVMOP_altp2m_set_suppress_ve: u64 = 10;
/// (since 4.19.0)
pub const HVMOP_altp2m_set_suppress_ve_multi: u64 = 15;
/// (since 4.19.0)
pub const HVMOP_altp2m_set_visibility: u64 = 16;
/// (since 4.19.0)
pub const HVMOP_altp2m_switch_p2m: u64 = 6;
/// (since 4.19.0)
pub const HVMOP_altp2m_vcpu_disable_notify: u64 = 13;
/// (since 4.19.0)
pub const HVMOP_altp2m_vcpu_enable_notify: u64 = 3;
/// (since 4.19.0)
pub const HVMOP_flush_tlbs: u64 = 5;
/// (since 4.19.0)
pub const HVMOP_get_mem_type: u64 = 15;
/// (since 4.19.0)
pub const HVMOP_get_param: u64 = 1;
/// (since 4.19.0)
pub const HVMOP_get_time: u64 = 10;
/// (since 4.19.0)
pub const HVMOP_guest_request_vm_event: u64 = 24;
/// (since 4.19.0)
pub const HVMOP_pagetable_dying: u64 = 9;
/// (since 4.19.0)
pub const HVMOP_set_param: u64 = 0;
/// (since 4.19.0)
pub const HVMOP_xentrace: u64 = 11;
/// (since 4.19.0)
pub const HVMPTM_delay_for_missed_ticks: u64 = 0;
/// (since 4.19.0)
pub const HVMPTM_no_delay_for_missed_ticks: u64 = 1;
/// (since 4.19.0)
pub const HVMPTM_no_missed_ticks_pending: u64 = 2;
/// (since 4.19.0)
pub const HVMPTM_one_missed_tick_pending: u64 = 3;
/// (since 4.19.0)
pub const HVM_BELOW_4G_MMIO_LENGTH: u64 = 268435456;
/// (since 4.19.0)
pub const HVM_BELOW_4G_MMIO_START: u64 = 4026531840;
/// (since 4.19.0)
pub const HVM_BELOW_4G_RAM_END: u64 = 4026531840;
/// (since 4.19.0)
pub const HVM_E820_NR_OFFSET: u64 = 488;
/// (since 4.19.0)
pub const HVM_E820_OFFSET: u64 = 720;
/// (since 4.19.0)
pub const HVM_E820_PAGE: u64 = 589824;
/// (since 4.19.0)
pub const HVM_INFO_OFFSET: u64 = 2048;
/// (since 4.19.0)
pub const HVM_INFO_PADDR: u64 = 653312;
/// (since 4.19.0)
pub const HVM_INFO_PFN: u64 = 159;
/// (since 4.19.0)
pub const HVM_MAX_VCPUS: u64 = 128;
/// (since 4.19.0)
pub const HVM_NR_PARAMS: u64 = 39;
/// (since 4.19.0)
pub const HVM_PARAM_ACPI_IOPORTS_LOCATION: u64 = 19;
/// (since 4.19.0)
pub const HVM_PARAM_ACPI_S_STATE: u64 = 14;
/// (since 4.19.0)
pub const HVM_PARAM_ALTP2M: u64 = 35;
/// (since 4.19.0)
pub const HVM_PARAM_BUFIOREQ_PFN: u64 = 6;
/// (since 4.19.0)
pub const HVM_PARAM_CALLBACK_IRQ: u64 = 0;
/// (since 4.19.0)
pub const HVM_PARAM_CALLBACK_IRQ_TYPE_MASK: u64 = 18374686479671623680;
/// (since 4.19.0)
pub const HVM_PARAM_CALLBACK_TYPE_GSI: u64 = 0;
/// (since 4.19.0)
pub const HVM_PARAM_CALLBACK_TYPE_PCI_INTX: u64 = 1;
/// (since 4.19.0)
pub const HVM_PARAM_CONSOLE_EVTCHN: u64 = 18;
/// (since 4.19.0)
pub const HVM_PARAM_CONSOLE_PFN: u64 = 17;
/// (since 4.19.0)
pub const HVM_PARAM_HPET_ENABLED: u64 = 11;
/// (since 4.19.0)
pub const HVM_PARAM_IDENT_PT: u64 = 12;
/// (since 4.19.0)
pub const HVM_PARAM_IOREQ_PFN: u64 = 5;
/// (since 4.19.0)
pub const HVM_PARAM_IOREQ_SERVER_PFN: u64 = 32;
/// (since 4.19.0)
pub const HVM_PARAM_MCA_CAP: u64 = 38;
/// (since 4.19.0)
pub const HVM_PARAM_MONITOR_RING_PFN: u64 = 28;
/// (since 4.19.0)
pub const HVM_PARAM_NR_IOREQ_SERVER_PAGES: u64 = 33;
/// (since 4.19.0)
pub const HVM_PARAM_PAGING_RING_PFN: u64 = 27;
/// (since 4.19.0)
pub const HVM_PARAM_SHARING_RING_PFN: u64 = 29;
/// (since 4.19.0)
pub const HVM_PARAM_STORE_EVTCHN: u64 = 2;
/// (since 4.19.0)
pub const HVM_PARAM_STORE_PFN: u64 = 1;
/// (since 4.19.0)
pub const HVM_PARAM_TIMER_MODE: u64 = 10;
/// (since 4.19.0)
pub const HVM_PARAM_TRIPLE_FAULT_REASON: u64 = 31;
/// (since 4.19.0)
pub const HVM_PARAM_VM86_TSS: u64 = 15;
/// (since 4.19.0)
pub const HVM_PARAM_VM86_TSS_SIZED: u64 = 37;
/// (since 4.19.0)
pub const HVM_PARAM_VM_GENERATION_ID_ADDR: u64 = 34;
/// (since 4.19.0)
pub const HVM_PARAM_VPT_ALIGN: u64 = 16;
/// (since 4.19.0)
pub const HVM_PARAM_X87_FIP_WIDTH: u64 = 36;
/// (since 4.19.0)
pub const IOREQ_BUFFER_SLOT_NUM: u64 = 511;
/// (since 4.19.0)
pub const IOREQ_READ: u64 = 1;
/// (since 4.19.0)
pub const IOREQ_TYPE_COPY: u64 = 1;
/// (since 4.19.0)
pub const IOREQ_TYPE_INVALIDATE: u64 = 8;
/// (since 4.19.0)
pub const IOREQ_TYPE_PCI_CONFIG: u64 = 2;
/// (since 4.19.0)
pub const IOREQ_TYPE_PIO: u64 = 0;
/// (since 4.19.0)
pub const IOREQ_TYPE_TIMEOFFSET: u64 = 7;
/// (since 4.19.0)
pub const IOREQ_WRITE: u64 = 0;
/// (since 4.19.0)
pub const KEXEC_CMD_kexec: u64 = 0;
/// (since 4.19.0)
pub const KEXEC_CMD_kexec_get_range: u64 = 3;
/// (since 4.19.0)
pub const KEXEC_CMD_kexec_load: u64 = 4;
/// (since 4.19.0)
pub const KEXEC_CMD_kexec_load_v1: u64 = 1;
/// (since 4.19.0)
pub const KEXEC_CMD_kexec_status: u64 = 6;
/// (since 4.19.0)
pub const KEXEC_CMD_kexec_unload: u64 = 5;
/// (since 4.19.0)
pub const KEXEC_CMD_kexec_unload_v1: u64 = 2;
/// (since 4.19.0)
pub const KEXEC_RANGE_MA_BOOT_PARAM: u64 = 4;
/// (since 4.19.0)
pub const KEXEC_RANGE_MA_CPU: u64 = 2;
/// (since 4.19.0)
pub const KEXEC_RANGE_MA_CRASH: u64 = 0;
/// (since 4.19.0)
pub const KEXEC_RANGE_MA_EFI_MEMMAP: u64 = 5;
/// (since 4.19.0)
pub const KEXEC_RANGE_MA_VMCOREINFO: u64 = 6;
/// (since 4.19.0)
pub const KEXEC_RANGE_MA_XEN: u64 = 1;
/// (since 4.19.0)
pub const KEXEC_RANGE_MA_XENHEAP: u64 = 3;
/// (since 4.19.0)
pub const KEXEC_TYPE_CRASH: u64 = 1;
/// (since 4.19.0)
pub const KEXEC_TYPE_DEFAULT: u64 = 0;
/// (since 4.19.0)
pub const MAP_PIRQ_TYPE_GSI: u64 = 1;
/// (since 4.19.0)
pub const MAP_PIRQ_TYPE_MSI: u64 = 0;
/// (since 4.19.0)
pub const MAP_PIRQ_TYPE_MSI_SEG: u64 = 3;
/// (since 4.19.0)
pub const MAP_PIRQ_TYPE_MULTI_MSI: u64 = 4;
/// (since 4.19.0)
pub const MAP_PIRQ_TYPE_UNKNOWN: u64 = 2;
/// (since 4.19.0)
pub const MAX_OPROF_DOMAINS: u64 = 25;
/// (since 4.19.0)
pub const MAX_OPROF_EVENTS: u64 = 32;
/// (since 4.19.0)
pub const MMUEXT_CLEAR_PAGE: u64 = 16;
/// (since 4.19.0)
pub const MMUEXT_COPY_PAGE: u64 = 17;
/// (since 4.19.0)
pub const MMUEXT_FLUSH_CACHE: u64 = 12;
/// (since 4.19.0)
pub const MMUEXT_FLUSH_CACHE_GLOBAL: u64 = 18;
/// (since 4.19.0)
pub const MMUEXT_INVLPG_ALL: u64 = 11;
/// (since 4.19.0)
pub const MMUEXT_INVLPG_LOCAL: u64 = 7;
/// (since 4.19.0)
pub const MMUEXT_INVLPG_MULTI: u64 = 9;
/// (since 4.19.0)
pub const MMUEXT_MARK_SUPER: u64 = 19;
/// (since 4.19.0)
pub const MMUEXT_NEW_BASEPTR: u64 = 5;
/// (since 4.19.0)
pub const MMUEXT_NEW_USER_BASEPTR: u64 = 15;
/// (since 4.19.0)
pub const MMUEXT_PIN_L1_TABLE: u64 = 0;
/// (since 4.19.0)
pub const MMUEXT_PIN_L2_TABLE: u64 = 1;
/// (since 4.19.0)
pub const MMUEXT_PIN_L3_TABLE: u64 = 2;
/// (since 4.19.0)
pub const MMUEXT_PIN_L4_TABLE: u64 = 3;
/// (since 4.19.0)
pub const MMUEXT_SET_LDT: u64 = 13;
/// (since 4.19.0)
pub const MMUEXT_TLB_FLUSH_ALL: u64 = 10;
/// (since 4.19.0)
pub const MMUEXT_TLB_FLUSH_LOCAL: u64 = 6;
/// (since 4.19.0)
pub const MMUEXT_TLB_FLUSH_MULTI: u64 = 8;
/// (since 4.19.0)
pub const MMUEXT_UNMARK_SUPER: u64 = 20;
/// (since 4.19.0)
pub const MMUEXT_UNPIN_TABLE: u64 = 4;
/// (since 4.19.0)
pub const MMU_MACHPHYS_UPDATE: u64 = 1;
/// (since 4.19.0)
pub const MMU_NORMAL_PT_UPDATE: u64 = 0;
/// (since 4.19.0)
pub const MMU_PT_UPDATE_NO_TRANSLATE: u64 = 3;
/// (since 4.19.0)
pub const MMU_PT_UPDATE_PRESERVE_AD: u64 = 2;
/// (since 4.19.0)
pub const NETIF_RSP_DROPPED: i64 = -2;
/// (since 4.19.0)
pub const NETIF_RSP_ERROR: i64 = -1;
/// (since 4.19.0)
pub const NETIF_RSP_NULL: u64 = 1;
/// (since 4.19.0)
pub const NETIF_RSP_OKAY: u64 = 0;
/// (since 4.19.0)
pub const NETRXF_csum_blank: u64 = 2;
/// (since 4.19.0)
pub const NETRXF_data_validated: u64 = 1;
/// (since 4.19.0)
pub const NETRXF_extra_info: u64 = 8;
/// (since 4.19.0)
pub const NETRXF_gso_prefix: u64 = 16;
/// (since 4.19.0)
pub const NETRXF_more_data: u64 = 4;
/// (since 4.19.0)
pub const NETTXF_csum_blank: u64 = 1;
/// (since 4.19.0)
pub const NETTXF_data_validated: u64 = 2;
/// (since 4.19.0)
pub const NETTXF_extra_info: u64 = 8;
/// (since 4.19.0)
pub const NETTXF_more_data: u64 = 4;
/// (since 4.19.0)
pub const NR_FILES_MASK: u64 = 65535;
/// (since 4.19.0)
pub const NR_FILES_SHIFT: u64 = 0;
/// (since 4.19.0)
pub const NR_FILES_SIZE: u64 = 16;
/// (since 4.19.0)
pub const NR_VIRQS: u64 = 24;
/// (since 4.20.0)
pub const PCI_DEVICE_RESET_COLD: u64 = 0;
/// (since 4.20.0)
pub const PCI_DEVICE_RESET_FLR: u64 = 3;
/// (since 4.20.0)
pub const PCI_DEVICE_RESET_HOT: u64 = 2;
/// (since 4.20.0)
pub const PCI_DEVICE_RESET_MASK: u64 = 3;
/// (since 4.20.0)
pub const PCI_DEVICE_RESET_WARM: u64 = 1;
/// (since 4.19.0)
pub const PHYSDEVOP_DBGP_BUS_PCI: u64 = 1;
/// (since 4.19.0)
pub const PHYSDEVOP_DBGP_BUS_UNKNOWN: u64 = 0;
/// (since 4.19.0)
pub const PHYSDEVOP_DBGP_RESET_DONE: u64 = 2;
/// (since 4.19.0)
pub const PHYSDEVOP_DBGP_RESET_PREPARE: u64 = 1;
/// (since 4.19.0)
pub const PHYSDEVOP_IRQ_UNMASK_NOTIFY: u64 = 4;
/// (since 4.19.0)
pub const PHYSDEVOP_alloc_irq_vector: u64 = 10;
/// (since 4.19.0)
pub const PHYSDEVOP_apic_read: u64 = 8;
/// (since 4.19.0)
pub const PHYSDEVOP_apic_write: u64 = 9;
/// (since 4.19.0)
pub const PHYSDEVOP_dbgp_op: u64 = 29;
/// (since 4.19.0)
pub const PHYSDEVOP_eoi: u64 = 12;
/// (since 4.19.0)
pub const PHYSDEVOP_free_irq_vector: u64 = 11;
/// (since 4.19.0)
pub const PHYSDEVOP_get_free_pirq: u64 = 23;
/// (since 4.19.0)
pub const PHYSDEVOP_irq_status_query: u64 = 5;
/// (since 4.19.0)
pub const PHYSDEVOP_manage_pci_add: u64 = 15;
/// (since 4.19.0)
pub const PHYSDEVOP_manage_pci_add_ext: u64 = 20;
/// (since 4.19.0)
pub const PHYSDEVOP_manage_pci_remove: u64 = 16;
/// (since 4.19.0)
pub const PHYSDEVOP_map_pirq: u64 = 13;
/// (since 4.19.0)
pub const PHYSDEVOP_pci_device_add: u64 = 25;
/// (since 4.19.0)
pub const PHYSDEVOP_pci_device_remove: u64 = 26;
/// (since 4.20.0)
pub const PHYSDEVOP_pci_device_reset: u64 = 32;
/// (since 4.19.0)
pub const PHYSDEVOP_pci_mmcfg_reserved: u64 = 24;
/// (since 4.19.0)
pub const PHYSDEVOP_pirq_eoi_gmfn: u64 = 28;
/// (since 4.19.0)
pub const PHYSDEVOP_pirq_eoi_gmfn_v1: u64 = 17;
/// (since 4.19.0)
pub const PHYSDEVOP_pirq_eoi_gmfn_v2: u64 = 28;
/// (since 4.19.0)
pub const PHYSDEVOP_prepare_msix: u64 = 30;
/// (since 4.19.0)
pub const PHYSDEVOP_release_msix: u64 = 31;
/// (since 4.19.0)
pub const PHYSDEVOP_restore_msi: u64 = 19;
/// (since 4.19.0)
pub const PHYSDEVOP_restore_msi_ext: u64 = 27;
/// (since 4.19.0)
pub const PHYSDEVOP_set_iobitmap: u64 = 7;
/// (since 4.19.0)
pub const PHYSDEVOP_set_iopl: u64 = 6;
/// (since 4.19.0)
pub const PHYSDEVOP_setup_gsi: u64 = 21;
/// (since 4.19.0)
pub const PHYSDEVOP_unmap_pirq: u64 = 14;
/// (since 4.19.0)
pub const PVCALLS_ACCEPT: u64 = 5;
/// (since 4.19.0)
pub const PVCALLS_BIND: u64 = 3;
/// (since 4.19.0)
pub const PVCALLS_CONNECT: u64 = 1;
/// (since 4.19.0)
pub const PVCALLS_LISTEN: u64 = 4;
/// (since 4.19.0)
pub const PVCALLS_POLL: u64 = 6;
/// (since 4.19.0)
pub const PVCALLS_RELEASE: u64 = 2;
/// (since 4.19.0)
pub const PVCALLS_SOCKET: u64 = 0;
/// (since 4.19.0)
pub const QUIRK_IOAPIC_BAD_REGSEL: u64 = 2;
/// (since 4.19.0)
pub const QUIRK_IOAPIC_GOOD_REGSEL: u64 = 3;
/// (since 4.19.0)
pub const QUIRK_NOIRQBALANCING: u64 = 1;
/// (since 4.19.0)
pub const REQ_CHMOD: u64 = 11;
/// (since 4.19.0)
pub const REQ_CREATE: u64 = 9;
/// (since 4.19.0)
pub const REQ_DIR_LIST: u64 = 10;
/// (since 4.19.0)
pub const REQ_FILE_CLOSE: u64 = 2;
/// (since 4.19.0)
pub const REQ_FILE_OPEN: u64 = 1;
/// (since 4.19.0)
pub const REQ_FILE_READ: u64 = 3;
/// (since 4.19.0)
pub const REQ_FILE_SYNC: u64 = 13;
/// (since 4.19.0)
pub const REQ_FILE_TRUNCATE: u64 = 6;
/// (since 4.19.0)
pub const REQ_FILE_WRITE: u64 = 4;
/// (since 4.19.0)
pub const REQ_FS_SPACE: u64 = 12;
/// (since 4.19.0)
pub const REQ_REMOVE: u64 = 7;
/// (since 4.19.0)
pub const REQ_RENAME: u64 = 8;
/// (since 4.19.0)
pub const REQ_STAT: u64 = 5;
/// (since 4.19.0)
pub const RUNSTATE_blocked: u64 = 2;
/// (since 4.19.0)
pub const RUNSTATE_offline: u64 = 3;
/// (since 4.19.0)
pub const RUNSTATE_runnable: u64 = 1;
/// (since 4.19.0)
pub const RUNSTATE_running: u64 = 0;
/// (since 4.19.0)
pub const SCHEDOP_block: u64 = 1;
/// (since 4.19.0)
pub const SCHEDOP_pin_override: u64 = 7;
/// (since 4.19.0)
pub const SCHEDOP_poll: u64 = 3;
/// (since 4.19.0)
pub const SCHEDOP_remote_shutdown: u64 = 4;
/// (since 4.19.0)
pub const SCHEDOP_shutdown: u64 = 2;
/// (since 4.19.0)
pub const SCHEDOP_shutdown_code: u64 = 5;
/// (since 4.19.0)
pub const SCHEDOP_watchdog: u64 = 6;
/// (since 4.19.0)
pub const SCHEDOP_yield: u64 = 0;
/// (since 4.19.0)
pub const SHUTDOWN_MAX: u64 = 5;
/// (since 4.19.0)
pub const SHUTDOWN_crash: u64 = 3;
/// (since 4.19.0)
pub const SHUTDOWN_poweroff: u64 = 0;
/// (since 4.19.0)
pub const SHUTDOWN_reboot: u64 = 1;
/// (since 4.19.0)
pub const SHUTDOWN_soft_reset: u64 = 5;
/// (since 4.19.0)
pub const SHUTDOWN_suspend: u64 = 2;
/// (since 4.19.0)
pub const SHUTDOWN_watchdog: u64 = 4;
/// (since 4.19.0)
pub const SH_INFO_MAX_VEC: u64 = 128;
/// (since 4.19.0)
pub const SIF_INITDOMAIN: u64 = 2;
/// (since 4.19.0)
pub const SIF_MOD_START_PFN: u64 = 8;
/// (since 4.19.0)
pub const SIF_MULTIBOOT_MOD: u64 = 4;
/// (since 4.19.0)
pub const SIF_PM_MASK: u64 = 65280;
/// (since 4.19.0)
pub const SIF_PRIVILEGED: u64 = 1;
/// (since 4.19.0)
pub const SIF_VIRT_P2M_4TOOLS: u64 = 16;
/// (since 4.19.0)
pub const STATE_IOREQ_INPROCESS: u64 = 2;
/// (since 4.19.0)
pub const STATE_IOREQ_NONE: u64 = 0;
/// (since 4.19.0)
pub const STATE_IOREQ_READY: u64 = 1;
/// (since 4.19.0)
pub const STATE_IORESP_READY: u64 = 3;
/// (since 4.19.0)
pub const TPMIF_STATE_CANCEL: u64 = 3;
/// (since 4.19.0)
pub const TPMIF_STATE_FINISH: u64 = 2;
/// (since 4.19.0)
pub const TPMIF_STATE_IDLE: u64 = 0;
/// (since 4.19.0)
pub const TPMIF_STATE_SUBMIT: u64 = 1;
/// (since 4.19.0)
pub const TPMIF_TX_RING_SIZE: u64 = 1;
/// (since 4.19.0)
pub const TRACE_EXTRA_MAX: u64 = 7;
/// (since 4.19.0)
pub const TRACE_EXTRA_SHIFT: u64 = 28;
/// (since 4.19.0)
pub const TRC_64_FLAG: u64 = 256;
/// (since 4.19.0)
pub const TRC_ALL: u64 = 268431360;
/// (since 4.19.0)
pub const TRC_CLS_SHIFT: u64 = 16;
/// (since 4.19.0)
pub const TRC_DOM0OP: u64 = 323584;
/// (since 4.19.0)
pub const TRC_DOM0_DOMOPS: u64 = 266240;
/// (since 4.19.0)
pub const TRC_DOM0_DOM_ADD: u64 = 266241;
/// (since 4.19.0)
pub const TRC_DOM0_DOM_REM: u64 = 266242;
/// (since 4.19.0)
pub const TRC_GEN: u64 = 126976;
/// (since 4.19.0)
pub const TRC_GUEST: u64 = 134279168;
/// (since 4.19.0)
pub const TRC_HD_CYCLE_FLAG: u64 = 2147483648;
/// (since 4.19.0)
pub const TRC_HVM: u64 = 585728;
/// (since 4.19.0)
pub const TRC_HVM_CLTS: u64 = 532504;
/// (since 4.19.0)
pub const TRC_HVM_CPUID: u64 = 532494;
/// (since 4.19.0)
pub const TRC_HVM_CR_READ: u64 = 532488;
/// (since 4.19.0)
pub const TRC_HVM_CR_READ64: u64 = 532744;
/// (since 4.19.0)
pub const TRC_HVM_CR_WRITE: u64 = 532489;
/// (since 4.19.0)
pub const TRC_HVM_CR_WRITE64: u64 = 532745;
/// (since 4.19.0)
pub const TRC_HVM_DR_READ: u64 = 532490;
/// (since 4.19.0)
pub const TRC_HVM_DR_WRITE: u64 = 532491;
/// (since 4.19.0)
pub const TRC_HVM_EMUL: u64 = 540672;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_HPET_START_TIMER: u64 = 540673;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_HPET_STOP_TIMER: u64 = 540677;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_LAPIC_PIC_INTR: u64 = 540689;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_LAPIC_START_TIMER: u64 = 540676;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_LAPIC_STOP_TIMER: u64 = 540680;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_LAPIC_TIMER_CB: u64 = 540682;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_PIC_INTACK: u64 = 540685;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_PIC_INT_OUTPUT: u64 = 540683;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_PIC_KICK: u64 = 540684;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_PIC_NEGEDGE: u64 = 540687;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_PIC_PEND_IRQ_CALL: u64 = 540688;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_PIC_POSEDGE: u64 = 540686;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_PIT_START_TIMER: u64 = 540674;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_PIT_STOP_TIMER: u64 = 540678;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_PIT_TIMER_CB: u64 = 540681;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_RTC_START_TIMER: u64 = 540675;
/// (since 4.19.0)
pub const TRC_HVM_EMUL_RTC_STOP_TIMER: u64 = 540679;
/// (since 4.19.0)
pub const TRC_HVM_ENTRYEXIT: u64 = 528384;
/// (since 4.19.0)
pub const TRC_HVM_HANDLER: u64 = 532480;
/// (since 4.19.0)
pub const TRC_HVM_HLT: u64 = 532499;
/// (since 4.19.0)
pub const TRC_HVM_INJ_EXC: u64 = 532483;
/// (since 4.19.0)
pub const TRC_HVM_INJ_VIRQ: u64 = 532484;
/// (since 4.19.0)
pub const TRC_HVM_INTR: u64 = 532495;
/// (since 4.19.0)
pub const TRC_HVM_INTR_WINDOW: u64 = 532512;
/// (since 4.19.0)
pub const TRC_HVM_INVLPG: u64 = 532500;
/// (since 4.19.0)
pub const TRC_HVM_INVLPG64: u64 = 532756;
/// (since 4.19.0)
pub const TRC_HVM_IOMEM_READ: u64 = 532503;
/// (since 4.19.0)
pub const TRC_HVM_IOMEM_WRITE: u64 = 533015;
/// (since 4.19.0)
pub const TRC_HVM_IOPORT_READ: u64 = 532502;
/// (since 4.19.0)
pub const TRC_HVM_IOPORT_WRITE: u64 = 533014;
/// (since 4.19.0)
pub const TRC_HVM_IO_READ: u64 = 532486;
/// (since 4.19.0)
pub const TRC_HVM_IO_WRITE: u64 = 532487;
/// (since 4.19.0)
pub const TRC_HVM_LMSW: u64 = 532505;
/// (since 4.19.0)
pub const TRC_HVM_LMSW64: u64 = 532761;
/// (since 4.19.0)
pub const TRC_HVM_MCE: u64 = 532501;
/// (since 4.19.0)
pub const TRC_HVM_MSR_READ: u64 = 532492;
/// (since 4.19.0)
pub const TRC_HVM_MSR_WRITE: u64 = 532493;
/// (since 4.19.0)
pub const TRC_HVM_NESTEDFLAG: u64 = 1024;
/// (since 4.19.0)
pub const TRC_HVM_NMI: u64 = 532496;
/// (since 4.19.0)
pub const TRC_HVM_NPF: u64 = 532513;
/// (since 4.19.0)
pub const TRC_HVM_PF_INJECT: u64 = 532482;
/// (since 4.19.0)
pub const TRC_HVM_PF_INJECT64: u64 = 532738;
/// (since 4.19.0)
pub const TRC_HVM_PF_XEN: u64 = 532481;
/// (since 4.19.0)
pub const TRC_HVM_PF_XEN64: u64 = 532737;
/// (since 4.19.0)
pub const TRC_HVM_RDTSC: u64 = 532506;
/// (since 4.19.0)
pub const TRC_HVM_REALMODE_EMULATE: u64 = 532514;
/// (since 4.19.0)
pub const TRC_HVM_REINJ_VIRQ: u64 = 532485;
/// (since 4.19.0)
pub const TRC_HVM_SMI: u64 = 532497;
/// (since 4.19.0)
pub const TRC_HVM_SVM_EXIT: u64 = 528387;
/// (since 4.19.0)
pub const TRC_HVM_SVM_EXIT64: u64 = 528643;
/// (since 4.19.0)
pub const TRC_HVM_TRAP: u64 = 532515;
/// (since 4.19.0)
pub const TRC_HVM_TRAP_DEBUG: u64 = 532516;
/// (since 4.19.0)
pub const TRC_HVM_VLAPIC: u64 = 532517;
/// (since 4.19.0)
pub const TRC_HVM_VMENTRY: u64 = 528385;
/// (since 4.19.0)
pub const TRC_HVM_VMMCALL: u64 = 532498;
/// (since 4.19.0)
pub const TRC_HVM_VMX_EXIT: u64 = 528386;
/// (since 4.19.0)
pub const TRC_HVM_VMX_EXIT64: u64 = 528642;
/// (since 4.19.0)
pub const TRC_HVM_XCR_READ64: u64 = 532774;
/// (since 4.19.0)
pub const TRC_HVM_XCR_WRITE64: u64 = 532775;
/// (since 4.19.0)
pub const TRC_HW: u64 = 8450048;
/// (since 4.19.0)
pub const TRC_HW_IRQ: u64 = 8396800;
/// (since 4.19.0)
pub const TRC_HW_IRQ_ASSIGN_VECTOR: u64 = 8396806;
/// (since 4.19.0)
pub const TRC_HW_IRQ_BIND_VECTOR: u64 = 8396803;
/// (since 4.19.0)
pub const TRC_HW_IRQ_CLEAR_VECTOR: u64 = 8396804;
/// (since 4.19.0)
pub const TRC_HW_IRQ_HANDLED: u64 = 8396808;
/// (since 4.19.0)
pub const TRC_HW_IRQ_MOVE_CLEANUP: u64 = 8396802;
/// (since 4.19.0)
pub const TRC_HW_IRQ_MOVE_CLEANUP_DELAY: u64 = 8396801;
/// (since 4.19.0)
pub const TRC_HW_IRQ_MOVE_FINISH: u64 = 8396805;
/// (since 4.19.0)
pub const TRC_HW_IRQ_UNMAPPED_VECTOR: u64 = 8396807;
/// (since 4.19.0)
pub const TRC_HW_PM: u64 = 8392704;
/// (since 4.19.0)
pub const TRC_LOST_RECORDS: u64 = 126977;
/// (since 4.19.0)
pub const TRC_MEM: u64 = 1110016;
/// (since 4.19.0)
pub const TRC_MEM_DECREASE_RESERVATION: u64 = 1110021;
/// (since 4.19.0)
pub const TRC_MEM_PAGE_GRANT_MAP: u64 = 1110017;
/// (since 4.19.0)
pub const TRC_MEM_PAGE_GRANT_TRANSFER: u64 = 1110019;
/// (since 4.19.0)
pub const TRC_MEM_PAGE_GRANT_UNMAP: u64 = 1110018;
/// (since 4.19.0)
pub const TRC_MEM_POD_POPULATE: u64 = 1110032;
/// (since 4.19.0)
pub const TRC_MEM_POD_SUPERPAGE_SPLINTER: u64 = 1110034;
/// (since 4.19.0)
pub const TRC_MEM_POD_ZERO_RECLAIM: u64 = 1110033;
/// (since 4.19.0)
pub const TRC_MEM_SET_P2M_ENTRY: u64 = 1110020;
/// (since 4.19.0)
pub const TRC_PM_FREQ_CHANGE: u64 = 8392705;
/// (since 4.19.0)
pub const TRC_PM_IDLE_ENTRY: u64 = 8392706;
/// (since 4.19.0)
pub const TRC_PM_IDLE_EXIT: u64 = 8392707;
/// (since 4.19.0)
pub const TRC_PV: u64 = 2158592;
/// (since 4.19.0)
pub const TRC_PV_EMULATE_4GB: u64 = 2101255;
/// (since 4.19.0)
pub const TRC_PV_EMULATE_PRIVOP: u64 = 2101254;
/// (since 4.19.0)
pub const TRC_PV_ENTRY: u64 = 2101248;
/// (since 4.19.0)
pub const TRC_PV_FORCED_INVALID_OP: u64 = 2101253;
/// (since 4.19.0)
pub const TRC_PV_GDT_LDT_MAPPING_FAULT: u64 = 2101258;
/// (since 4.19.0)
pub const TRC_PV_HYPERCALL: u64 = 2101249;
/// (since 4.19.0)
pub const TRC_PV_HYPERCALL_SUBCALL: u64 = 2105358;
/// (since 4.19.0)
pub const TRC_PV_HYPERCALL_V2: u64 = 2101261;
/// (since 4.19.0)
pub const TRC_PV_HYPERCALL_V2_ARG_MASK: u64 = 4293918720;
/// (since 4.19.0)
pub const TRC_PV_MATH_STATE_RESTORE: u64 = 2101256;
/// (since 4.19.0)
pub const TRC_PV_PAGE_FAULT: u64 = 2101252;
/// (since 4.19.0)
pub const TRC_PV_PAGING_FIXUP: u64 = 2101257;
/// (since 4.19.0)
pub const TRC_PV_PTWR_EMULATION: u64 = 2101259;
/// (since 4.19.0)
pub const TRC_PV_PTWR_EMULATION_PAE: u64 = 2101260;
/// (since 4.19.0)
pub const TRC_PV_SUBCALL: u64 = 2105344;
/// (since 4.19.0)
pub const TRC_PV_TRAP: u64 = 2101251;
/// (since 4.19.0)
pub const TRC_SCHED: u64 = 192512;
/// (since 4.19.0)
pub const TRC_SCHED_ADJDOM: u64 = 163849;
/// (since 4.19.0)
pub const TRC_SCHED_ARINC653: u64 = 3;
/// (since 4.19.0)
pub const TRC_SCHED_BLOCK: u64 = 163846;
/// (since 4.19.0)
pub const TRC_SCHED_CLASS: u64 = 139264;
/// (since 4.19.0)
pub const TRC_SCHED_CONTINUE_RUNNING: u64 = 135170;
/// (since 4.19.0)
pub const TRC_SCHED_CSCHED: u64 = 0;
/// (since 4.19.0)
pub const TRC_SCHED_CSCHED2: u64 = 1;
/// (since 4.19.0)
pub const TRC_SCHED_CTL: u64 = 163848;
/// (since 4.19.0)
pub const TRC_SCHED_DOM_ADD: u64 = 163841;
/// (since 4.19.0)
pub const TRC_SCHED_DOM_REM: u64 = 163842;
/// (since 4.19.0)
pub const TRC_SCHED_DOM_TIMER_FN: u64 = 163853;
/// (since 4.19.0)
pub const TRC_SCHED_EVT_MASK: u64 = 18446744073709548031;
/// (since 4.19.0)
pub const TRC_SCHED_ID_BITS: u64 = 3;
/// (since 4.19.0)
pub const TRC_SCHED_ID_MASK: u64 = 3584;
/// (since 4.19.0)
pub const TRC_SCHED_ID_SHIFT: u64 = 9;
/// (since 4.19.0)
pub const TRC_SCHED_MIN: u64 = 135168;
/// (since 4.19.0)
pub const TRC_SCHED_RTDS: u64 = 4;
/// (since 4.19.0)
pub const TRC_SCHED_RUNSTATE_CHANGE: u64 = 135169;
/// (since 4.19.0)
pub const TRC_SCHED_SHUTDOWN: u64 = 163847;
/// (since 4.19.0)
pub const TRC_SCHED_SHUTDOWN_CODE: u64 = 163856;
/// (since 4.19.0)
pub const TRC_SCHED_SLEEP: u64 = 163843;
/// (since 4.19.0)
pub const TRC_SCHED_SNULL: u64 = 5;
/// (since 4.19.0)
pub const TRC_SCHED_SWITCH: u64 = 163850;
/// (since 4.19.0)
pub const TRC_SCHED_SWITCH_INFCONT: u64 = 163857;
/// (since 4.19.0)
pub const TRC_SCHED_SWITCH_INFNEXT: u64 = 163855;
/// (since 4.19.0)
pub const TRC_SCHED_SWITCH_INFPREV: u64 = 163854;
/// (since 4.19.0)
pub const TRC_SCHED_S_TIMER_FN: u64 = 163851;
/// (since 4.19.0)
pub const TRC_SCHED_T_TIMER_FN: u64 = 163852;
/// (since 4.19.0)
pub const TRC_SCHED_VERBOSE: u64 = 163840;
/// (since 4.19.0)
pub const TRC_SCHED_WAKE: u64 = 163844;
/// (since 4.19.0)
pub const TRC_SCHED_YIELD: u64 = 163845;
/// (since 4.19.0)
pub const TRC_SHADOW: u64 = 4255744;
/// (since 4.19.0)
pub const TRC_SHADOW_DOMF_DYING: u64 = 4255751;
/// (since 4.19.0)
pub const TRC_SHADOW_EMULATE: u64 = 4255752;
/// (since 4.19.0)
pub const TRC_SHADOW_EMULATE_UNSHADOW_EVTINJ: u64 = 4255754;
/// (since 4.19.0)
pub const TRC_SHADOW_EMULATE_UNSHADOW_UNHANDLED: u64 = 4255755;
/// (since 4.19.0)
pub const TRC_SHADOW_EMULATE_UNSHADOW_USER: u64 = 4255753;
/// (since 4.19.0)
pub const TRC_SHADOW_FALSE_FAST_PATH: u64 = 4255748;
/// (since 4.19.0)
pub const TRC_SHADOW_FAST_MMIO: u64 = 4255747;
/// (since 4.19.0)
pub const TRC_SHADOW_FAST_PROPAGATE: u64 = 4255746;
/// (since 4.19.0)
pub const TRC_SHADOW_FIXUP: u64 = 4255750;
/// (since 4.19.0)
pub const TRC_SHADOW_MMIO: u64 = 4255749;
/// (since 4.19.0)
pub const TRC_SHADOW_NOT_SHADOW: u64 = 4255745;
/// (since 4.19.0)
pub const TRC_SHADOW_PREALLOC_UNPIN: u64 = 4255757;
/// (since 4.19.0)
pub const TRC_SHADOW_RESYNC_FULL: u64 = 4255758;
/// (since 4.19.0)
pub const TRC_SHADOW_RESYNC_ONLY: u64 = 4255759;
/// (since 4.19.0)
pub const TRC_SHADOW_WRMAP_BF: u64 = 4255756;
/// (since 4.19.0)
pub const TRC_SUBCLS_SHIFT: u64 = 12;
/// (since 4.19.0)
pub const TRC_TRACE_CPU_CHANGE: u64 = 126979;
/// (since 4.19.0)
pub const TRC_TRACE_WRAP_BUFFER: u64 = 126978;
/// (since 4.19.0)
pub const USBIF_MAX_PORTNR: u64 = 31;
/// (since 4.19.0)
pub const USBIF_MAX_SEGMENTS_PER_REQUEST: u64 = 16;
/// (since 4.19.0)
pub const USBIF_PIPE_DEV_MASK: u64 = 127;
/// (since 4.19.0)
pub const USBIF_PIPE_DEV_SHIFT: u64 = 8;
/// (since 4.19.0)
pub const USBIF_PIPE_DIR: u64 = 128;
/// (since 4.19.0)
pub const USBIF_PIPE_EP_MASK: u64 = 15;
/// (since 4.19.0)
pub const USBIF_PIPE_EP_SHIFT: u64 = 15;
/// (since 4.19.0)
pub const USBIF_PIPE_PORT_MASK: u64 = 31;
/// (since 4.19.0)
pub const USBIF_PIPE_TYPE_BULK: u64 = 3;
/// (since 4.19.0)
pub const USBIF_PIPE_TYPE_CTRL: u64 = 2;
/// (since 4.19.0)
pub const USBIF_PIPE_TYPE_INT: u64 = 1;
/// (since 4.19.0)
pub const USBIF_PIPE_TYPE_ISOC: u64 = 0;
/// (since 4.19.0)
pub const USBIF_PIPE_TYPE_MASK: u64 = 3;
/// (since 4.19.0)
pub const USBIF_PIPE_TYPE_SHIFT: u64 = 30;
/// (since 4.19.0)
pub const USBIF_PIPE_UNLINK: u64 = 32;
/// (since 4.19.0)
pub const USBIF_RING_SIZE: u64 = 4096;
/// (since 4.19.0)
pub const USBIF_SHORT_NOT_OK: u64 = 1;
/// (since 4.19.0)
pub const USBIF_SPEED_FULL: u64 = 2;
/// (since 4.19.0)
pub const USBIF_SPEED_HIGH: u64 = 3;
/// (since 4.19.0)
pub const USBIF_SPEED_LOW: u64 = 1;
/// (since 4.19.0)
pub const USBIF_SPEED_NONE: u64 = 0;
/// (since 4.19.0)
pub const USBIF_STATUS_BABBLE: i64 = -75;
/// (since 4.19.0)
pub const USBIF_STATUS_INVAL: i64 = -22;
/// (since 4.19.0)
pub const USBIF_STATUS_IOERROR: i64 = -71;
/// (since 4.19.0)
pub const USBIF_STATUS_NODEV: i64 = -19;
/// (since 4.19.0)
pub const USBIF_STATUS_OK: u64 = 0;
/// (since 4.19.0)
pub const USBIF_STATUS_SHUTDOWN: i64 = -108;
/// (since 4.19.0)
pub const USBIF_STATUS_STALL: i64 = -32;
/// (since 4.19.0)
pub const USB_VER_UNKNOWN: u64 = 0;
/// (since 4.19.0)
pub const USB_VER_USB11: u64 = 1;
/// (since 4.19.0)
pub const USB_VER_USB20: u64 = 2;
/// (since 4.19.0)
pub const USB_VER_USB30: u64 = 3;
/// (since 4.19.0)
pub const UVMF_ALL: u64 = 4;
/// (since 4.19.0)
pub const UVMF_FLUSHTYPE_MASK: u64 = 3;
/// (since 4.19.0)
pub const UVMF_INVLPG: u64 = 2;
/// (since 4.19.0)
pub const UVMF_LOCAL: u64 = 0;
/// (since 4.19.0)
pub const UVMF_MULTI: u64 = 0;
/// (since 4.19.0)
pub const UVMF_NONE: u64 = 0;
/// (since 4.19.0)
pub const UVMF_TLB_FLUSH: u64 = 1;
/// (since 4.19.0)
pub const VCHAN_NOTIFY_READ: u64 = 2;
/// (since 4.19.0)
pub const VCHAN_NOTIFY_WRITE: u64 = 1;
/// (since 4.19.0)
pub const VCPUOP_down: u64 = 2;
/// (since 4.19.0)
pub const VCPUOP_get_physid: u64 = 12;
/// (since 4.19.0)
pub const VCPUOP_get_runstate_info: u64 = 4;
/// (since 4.19.0)
pub const VCPUOP_initialise: u64 = 0;
/// (since 4.19.0)
pub const VCPUOP_is_up: u64 = 3;
/// (since 4.19.0)
pub const VCPUOP_register_runstate_memory_area: u64 = 5;
/// (since 4.19.0)
pub const VCPUOP_register_runstate_phys_area: u64 = 14;
/// (since 4.19.0)
pub const VCPUOP_register_vcpu_info: u64 = 10;
/// (since 4.19.0)
pub const VCPUOP_register_vcpu_time_memory_area: u64 = 13;
/// (since 4.19.0)
pub const VCPUOP_register_vcpu_time_phys_area: u64 = 15;
/// (since 4.19.0)
pub const VCPUOP_send_nmi: u64 = 11;
/// (since 4.19.0)
pub const VCPUOP_set_periodic_timer: u64 = 6;
/// (since 4.19.0)
pub const VCPUOP_set_singleshot_timer: u64 = 8;
/// (since 4.19.0)
pub const VCPUOP_stop_periodic_timer: u64 = 7;
/// (since 4.19.0)
pub const VCPUOP_stop_singleshot_timer: u64 = 9;
/// (since 4.19.0)
pub const VCPUOP_up: u64 = 1;
/// (since 4.19.0)
pub const VCPU_HVM_MODE_32B: u64 = 0;
/// (since 4.19.0)
pub const VCPU_HVM_MODE_64B: u64 = 1;
/// (since 4.19.0)
pub const VCPU_SSHOTTMR_future: u64 = 1;
/// (since 4.19.0)
pub const VDISK_CDROM: u64 = 1;
/// (since 4.19.0)
pub const VDISK_READONLY: u64 = 4;
/// (since 4.19.0)
pub const VDISK_REMOVABLE: u64 = 2;
/// (since 4.19.0)
pub const VIRQ_ARCH_0: u64 = 16;
/// (since 4.19.0)
pub const VIRQ_ARCH_1: u64 = 17;
/// (since 4.19.0)
pub const VIRQ_ARCH_2: u64 = 18;
/// (since 4.19.0)
pub const VIRQ_ARCH_3: u64 = 19;
/// (since 4.19.0)
pub const VIRQ_ARCH_4: u64 = 20;
/// (since 4.19.0)
pub const VIRQ_ARCH_5: u64 = 21;
/// (since 4.19.0)
pub const VIRQ_ARCH_6: u64 = 22;
/// (since 4.19.0)
pub const VIRQ_ARCH_7: u64 = 23;
/// (since 4.19.0)
pub const VIRQ_ARGO: u64 = 11;
/// (since 4.19.0)
pub const VIRQ_CONSOLE: u64 = 2;
/// (since 4.19.0)
pub const VIRQ_CON_RING: u64 = 8;
/// (since 4.19.0)
pub const VIRQ_DEBUG: u64 = 1;
/// (since 4.19.0)
pub const VIRQ_DEBUGGER: u64 = 6;
/// (since 4.19.0)
pub const VIRQ_DOM_EXC: u64 = 3;
/// (since 4.19.0)
pub const VIRQ_ENOMEM: u64 = 12;
/// (since 4.19.0)
pub const VIRQ_MEM_EVENT: u64 = 10;
/// (since 4.19.0)
pub const VIRQ_PCPU_STATE: u64 = 9;
/// (since 4.19.0)
pub const VIRQ_TBUF: u64 = 4;
/// (since 4.19.0)
pub const VIRQ_TIMER: u64 = 0;
/// (since 4.19.0)
pub const VIRQ_XENOPROF: u64 = 7;
/// (since 4.19.0)
pub const VIRQ_XENPMU: u64 = 13;
/// (since 4.19.0)
pub const VMASST_CMD_disable: u64 = 1;
/// (since 4.19.0)
pub const VMASST_CMD_enable: u64 = 0;
/// (since 4.19.0)
pub const VMASST_TYPE_4gb_segments: u64 = 0;
/// (since 4.19.0)
pub const VMASST_TYPE_4gb_segments_notify: u64 = 1;
/// (since 4.19.0)
pub const VMASST_TYPE_architectural_iopl: u64 = 4;
/// (since 4.19.0)
pub const VMASST_TYPE_m2p_strict: u64 = 32;
/// (since 4.19.0)
pub const VMASST_TYPE_pae_extended_cr3: u64 = 3;
/// (since 4.19.0)
pub const VMASST_TYPE_runstate_update_flag: u64 = 5;
/// (since 4.19.0)
pub const VMASST_TYPE_writable_pagetables: u64 = 2;
/// (since 4.19.0)
pub const VM_EVENT_INTERFACE_VERSION: u64 = 7;
/// (since 4.19.0)
pub const VSCSIIF_ACT_SCSI_ABORT: u64 = 2;
/// (since 4.19.0)
pub const VSCSIIF_ACT_SCSI_CDB: u64 = 1;
/// (since 4.19.0)
pub const VSCSIIF_ACT_SCSI_RESET: u64 = 3;
/// (since 4.19.0)
pub const VSCSIIF_ACT_SCSI_SG_PRESET: u64 = 4;
/// (since 4.19.0)
pub const VSCSIIF_MAX_COMMAND_SIZE: u64 = 16;
/// (since 4.19.0)
pub const VSCSIIF_PAGE_SIZE: u64 = 4096;
/// (since 4.19.0)
pub const VSCSIIF_SENSE_BUFFERSIZE: u64 = 96;
/// (since 4.19.0)
pub const VSCSIIF_SG_GRANT: u64 = 128;
/// (since 4.19.0)
pub const VSCSIIF_SG_LIST_SIZE: u64 = 31;
/// (since 4.19.0)
pub const VSCSIIF_SG_PER_PAGE: u64 = 512;
/// (since 4.19.0)
pub const VSCSIIF_SG_TABLESIZE: u64 = 26;
/// (since 4.19.0)
pub const XENCAMERA_COLORSPACE_BT2020: u64 = 5;
/// (since 4.19.0)
pub const XENCAMERA_COLORSPACE_DCI_P3: u64 = 6;
/// (since 4.19.0)
pub const XENCAMERA_COLORSPACE_DEFAULT: u64 = 0;
/// (since 4.19.0)
pub const XENCAMERA_COLORSPACE_OPRGB: u64 = 4;
/// (since 4.19.0)
pub const XENCAMERA_COLORSPACE_REC709: u64 = 2;
/// (since 4.19.0)
pub const XENCAMERA_COLORSPACE_SMPTE170M: u64 = 1;
/// (since 4.19.0)
pub const XENCAMERA_COLORSPACE_SRGB: u64 = 3;
/// (since 4.19.0)
pub const XENCAMERA_CTRL_BRIGHTNESS: u64 = 0;
/// (since 4.19.0)
pub const XENCAMERA_CTRL_CONTRAST: u64 = 1;
/// (since 4.19.0)
pub const XENCAMERA_CTRL_FLG_RO: u64 = 1;
/// (since 4.19.0)
pub const XENCAMERA_CTRL_FLG_VOLATILE: u64 = 4;
/// (since 4.19.0)
pub const XENCAMERA_CTRL_FLG_WO: u64 = 2;
/// (since 4.19.0)
pub const XENCAMERA_CTRL_HUE: u64 = 3;
/// (since 4.19.0)
pub const XENCAMERA_CTRL_SATURATION: u64 = 2;
/// (since 4.19.0)
pub const XENCAMERA_EVENT_PAGE_SIZE: u64 = 4096;
/// (since 4.19.0)
pub const XENCAMERA_EVT_CTRL_CHANGE: u64 = 1;
/// (since 4.19.0)
pub const XENCAMERA_EVT_FRAME_AVAIL: u64 = 0;
/// (since 4.19.0)
pub const XENCAMERA_IN_RING_LEN: u64 = 63;
/// (since 4.19.0)
pub const XENCAMERA_IN_RING_OFFS: u64 = 64;
/// (since 4.19.0)
pub const XENCAMERA_IN_RING_SIZE: u64 = 4032;
/// (since 4.19.0)
pub const XENCAMERA_MAX_CTRL: u64 = 4;
/// (since 4.19.0)
pub const XENCAMERA_MAX_PLANE: u64 = 4;
/// (since 4.19.0)
pub const XENCAMERA_OP_BUF_CREATE: u64 = 6;
/// (since 4.19.0)
pub const XENCAMERA_OP_BUF_DEQUEUE: u64 = 9;
/// (since 4.19.0)
pub const XENCAMERA_OP_BUF_DESTROY: u64 = 7;
/// (since 4.19.0)
pub const XENCAMERA_OP_BUF_GET_LAYOUT: u64 = 4;
/// (since 4.19.0)
pub const XENCAMERA_OP_BUF_QUEUE: u64 = 8;
/// (since 4.19.0)
pub const XENCAMERA_OP_BUF_REQUEST: u64 = 5;
/// (since 4.19.0)
pub const XENCAMERA_OP_CONFIG_GET: u64 = 1;
/// (since 4.19.0)
pub const XENCAMERA_OP_CONFIG_SET: u64 = 0;
/// (since 4.19.0)
pub const XENCAMERA_OP_CONFIG_VALIDATE: u64 = 2;
/// (since 4.19.0)
pub const XENCAMERA_OP_CTRL_ENUM: u64 = 10;
/// (since 4.19.0)
pub const XENCAMERA_OP_CTRL_GET: u64 = 12;
/// (since 4.19.0)
pub const XENCAMERA_OP_CTRL_SET: u64 = 11;
/// (since 4.19.0)
pub const XENCAMERA_OP_FRAME_RATE_SET: u64 = 3;
/// (since 4.19.0)
pub const XENCAMERA_OP_STREAM_START: u64 = 13;
/// (since 4.19.0)
pub const XENCAMERA_OP_STREAM_STOP: u64 = 14;
/// (since 4.19.0)
pub const XENCAMERA_QUANTIZATION_DEFAULT: u64 = 0;
/// (since 4.19.0)
pub const XENCAMERA_QUANTIZATION_FULL_RANGE: u64 = 1;
/// (since 4.19.0)
pub const XENCAMERA_QUANTIZATION_LIM_RANGE: u64 = 2;
/// (since 4.19.0)
pub const XENCAMERA_XFER_FUNC_709: u64 = 1;
/// (since 4.19.0)
pub const XENCAMERA_XFER_FUNC_DCI_P3: u64 = 5;
/// (since 4.19.0)
pub const XENCAMERA_XFER_FUNC_DEFAULT: u64 = 0;
/// (since 4.19.0)
pub const XENCAMERA_XFER_FUNC_NONE: u64 = 4;
/// (since 4.19.0)
pub const XENCAMERA_XFER_FUNC_OPRGB: u64 = 3;
/// (since 4.19.0)
pub const XENCAMERA_XFER_FUNC_SMPTE2084: u64 = 6;
/// (since 4.19.0)
pub const XENCAMERA_XFER_FUNC_SRGB: u64 = 2;
/// (since 4.19.0)
pub const XENCAMERA_YCBCR_ENC_601: u64 = 1;
/// (since 4.19.0)
pub const XENCAMERA_YCBCR_ENC_709: u64 = 2;
/// (since 4.19.0)
pub const XENCAMERA_YCBCR_ENC_BT2020: u64 = 5;
/// (since 4.19.0)
pub const XENCAMERA_YCBCR_ENC_BT2020_CONST_LUM: u64 = 6;
/// (since 4.19.0)
pub const XENCAMERA_YCBCR_ENC_IGNORE: u64 = 0;
/// (since 4.19.0)
pub const XENCAMERA_YCBCR_ENC_XV601: u64 = 3;
/// (since 4.19.0)
pub const XENCAMERA_YCBCR_ENC_XV709: u64 = 4;
/// (since 4.19.0)
pub const XENCOMM_INVALID: u64 = 18446744073709551615;
/// (since 4.19.0)
pub const XENCOMM_MAGIC: u64 = 1480806221;
/// (since 4.21.0)
pub const XENCONSOLE_CONNECTED: u64 = 0;
/// (since 4.21.0)
pub const XENCONSOLE_DISCONNECTED: u64 = 1;
/// (since 4.19.0)
pub const XENDISPL_DBUF_FLG_REQ_ALLOC: u64 = 1;
/// (since 4.19.0)
pub const XENDISPL_EDID_BLOCK_COUNT: u64 = 256;
/// (since 4.19.0)
pub const XENDISPL_EDID_BLOCK_SIZE: u64 = 128;
/// (since 4.19.0)
pub const XENDISPL_EDID_MAX_SIZE: u64 = 32768;
/// (since 4.19.0)
pub const XENDISPL_EVENT_PAGE_SIZE: u64 = 4096;
/// (since 4.19.0)
pub const XENDISPL_EVT_PG_FLIP: u64 = 0;
/// (since 4.19.0)
pub const XENDISPL_IN_RING_LEN: u64 = 63;
/// (since 4.19.0)
pub const XENDISPL_IN_RING_OFFS: u64 = 64;
/// (since 4.19.0)
pub const XENDISPL_IN_RING_SIZE: u64 = 4032;
/// (since 4.19.0)
pub const XENDISPL_OP_DBUF_CREATE: u64 = 16;
/// (since 4.19.0)
pub const XENDISPL_OP_DBUF_DESTROY: u64 = 17;
/// (since 4.19.0)
pub const XENDISPL_OP_FB_ATTACH: u64 = 18;
/// (since 4.19.0)
pub const XENDISPL_OP_FB_DETACH: u64 = 19;
/// (since 4.19.0)
pub const XENDISPL_OP_GET_EDID: u64 = 22;
/// (since 4.19.0)
pub const XENDISPL_OP_PG_FLIP: u64 = 21;
/// (since 4.19.0)
pub const XENDISPL_OP_SET_CONFIG: u64 = 20;
/// (since 4.19.0)
pub const XENDISPL_PROTOCOL_VERSION_INT: u64 = 2;
/// (since 4.19.0)
pub const XENFB_IN_EVENT_SIZE: u64 = 40;
/// (since 4.19.0)
pub const XENFB_IN_RING_LEN: u64 = 25;
/// (since 4.19.0)
pub const XENFB_IN_RING_OFFS: u64 = 1024;
/// (since 4.19.0)
pub const XENFB_IN_RING_SIZE: u64 = 1024;
/// (since 4.19.0)
pub const XENFB_NO_REFRESH: u64 = 0;
/// (since 4.19.0)
pub const XENFB_OUT_EVENT_SIZE: u64 = 40;
/// (since 4.19.0)
pub const XENFB_OUT_RING_LEN: u64 = 51;
/// (since 4.19.0)
pub const XENFB_OUT_RING_OFFS: u64 = 2048;
/// (since 4.19.0)
pub const XENFB_OUT_RING_SIZE: u64 = 2048;
/// (since 4.19.0)
pub const XENFB_TYPE_REFRESH_PERIOD: u64 = 1;
/// (since 4.19.0)
pub const XENFB_TYPE_RESIZE: u64 = 3;
/// (since 4.19.0)
pub const XENFB_TYPE_UPDATE: u64 = 2;
/// (since 4.19.0)
pub const XENFEAT_ARM_SMCCC_supported: u64 = 14;
/// (since 4.19.0)
pub const XENFEAT_NR_SUBMAPS: u64 = 1;
/// (since 4.19.0)
pub const XENFEAT_auto_translated_physmap: u64 = 2;
/// (since 4.19.0)
pub const XENFEAT_direct_mapped: u64 = 17;
/// (since 4.19.0)
pub const XENFEAT_dm_msix_all_writes: u64 = 20;
/// (since 4.19.0)
pub const XENFEAT_dom0: u64 = 11;
/// (since 4.19.0)
pub const XENFEAT_gnttab_map_avail_bits: u64 = 7;
/// (since 4.19.0)
pub const XENFEAT_highmem_assist: u64 = 6;
/// (since 4.19.0)
pub const XENFEAT_hvm_callback_vector: u64 = 8;
/// (since 4.19.0)
pub const XENFEAT_hvm_pirqs: u64 = 10;
/// (since 4.19.0)
pub const XENFEAT_hvm_safe_pvclock: u64 = 9;
/// (since 4.19.0)
pub const XENFEAT_linux_rsdp_unrestricted: u64 = 15;
/// (since 4.19.0)
pub const XENFEAT_memory_op_vnode_supported: u64 = 13;
/// (since 4.19.0)
pub const XENFEAT_mmu_pt_update_preserve_ad: u64 = 5;
/// (since 4.19.0)
pub const XENFEAT_not_direct_mapped: u64 = 16;
/// (since 4.19.0)
pub const XENFEAT_pae_pgdir_above_4gb: u64 = 4;
/// (since 4.19.0)
pub const XENFEAT_runstate_phys_area: u64 = 18;
/// (since 4.19.0)
pub const XENFEAT_supervisor_mode_kernel: u64 = 3;
/// (since 4.19.0)
pub const XENFEAT_vcpu_time_phys_area: u64 = 19;
/// (since 4.19.0)
pub const XENFEAT_writable_descriptor_tables: u64 = 1;
/// (since 4.19.0)
pub const XENFEAT_writable_page_tables: u64 = 0;
/// (since 4.19.0)
pub const XENIRQSTAT_needs_eoi: u64 = 1;
/// (since 4.19.0)
pub const XENIRQSTAT_shared: u64 = 2;
/// (since 4.19.0)
pub const XENKBD_IN_EVENT_SIZE: u64 = 40;
/// (since 4.19.0)
pub const XENKBD_IN_RING_LEN: u64 = 51;
/// (since 4.19.0)
pub const XENKBD_IN_RING_OFFS: u64 = 1024;
/// (since 4.19.0)
pub const XENKBD_IN_RING_SIZE: u64 = 2048;
/// (since 4.19.0)
pub const XENKBD_MT_EV_DOWN: u64 = 0;
/// (since 4.19.0)
pub const XENKBD_MT_EV_MOTION: u64 = 2;
/// (since 4.19.0)
pub const XENKBD_MT_EV_ORIENT: u64 = 5;
/// (since 4.19.0)
pub const XENKBD_MT_EV_SHAPE: u64 = 4;
/// (since 4.19.0)
pub const XENKBD_MT_EV_SYN: u64 = 3;
/// (since 4.19.0)
pub const XENKBD_MT_EV_UP: u64 = 1;
/// (since 4.19.0)
pub const XENKBD_OUT_EVENT_SIZE: u64 = 40;
/// (since 4.19.0)
pub const XENKBD_OUT_RING_LEN: u64 = 25;
/// (since 4.19.0)
pub const XENKBD_OUT_RING_OFFS: u64 = 3072;
/// (since 4.19.0)
pub const XENKBD_OUT_RING_SIZE: u64 = 1024;
/// (since 4.19.0)
pub const XENKBD_TYPE_KEY: u64 = 3;
/// (since 4.19.0)
pub const XENKBD_TYPE_MOTION: u64 = 1;
/// (since 4.19.0)
pub const XENKBD_TYPE_MTOUCH: u64 = 5;
/// (since 4.19.0)
pub const XENKBD_TYPE_POS: u64 = 4;
/// (since 4.19.0)
pub const XENKBD_TYPE_RESERVED: u64 = 2;
/// (since 4.19.0)
pub const XENMAPIDX_grant_table_status: u64 = 2147483648;
/// (since 4.19.0)
pub const XENMAPSPACE_dev_mmio: u64 = 5;
/// (since 4.19.0)
pub const XENMAPSPACE_gmfn: u64 = 2;
/// (since 4.19.0)
pub const XENMAPSPACE_gmfn_foreign: u64 = 4;
/// (since 4.19.0)
pub const XENMAPSPACE_gmfn_range: u64 = 3;
/// (since 4.19.0)
pub const XENMAPSPACE_grant_table: u64 = 1;
/// (since 4.19.0)
pub const XENMAPSPACE_shared_info: u64 = 0;
/// (since 4.19.0)
pub const XENMEMF_exact_node_request: u64 = 131072;
/// (since 4.19.0)
pub const XENMEMF_populate_on_demand: u64 = 65536;
/// (since 4.19.0)
pub const XENMEMF_vnode: u64 = 262144;
/// (since 4.19.0)
pub const XENMEM_acquire_resource: u64 = 28;
/// (since 4.19.0)
pub const XENMEM_add_to_physmap: u64 = 7;
/// (since 4.19.0)
pub const XENMEM_add_to_physmap_batch: u64 = 23;
/// (since 4.19.0)
pub const XENMEM_current_reservation: u64 = 3;
/// (since 4.19.0)
pub const XENMEM_decrease_reservation: u64 = 1;
/// (since 4.19.0)
pub const XENMEM_exchange: u64 = 11;
/// (since 4.19.0)
pub const XENMEM_get_pod_target: u64 = 17;
/// (since 4.19.0)
pub const XENMEM_get_vnumainfo: u64 = 26;
/// (since 4.19.0)
pub const XENMEM_increase_reservation: u64 = 0;
/// (since 4.19.0)
pub const XENMEM_machine_memory_map: u64 = 10;
/// (since 4.19.0)
pub const XENMEM_machphys_compat_mfn_list: u64 = 25;
/// (since 4.19.0)
pub const XENMEM_machphys_mapping: u64 = 12;
/// (since 4.19.0)
pub const XENMEM_machphys_mfn_list: u64 = 5;
/// (since 4.19.0)
pub const XENMEM_maximum_gpfn: u64 = 14;
/// (since 4.19.0)
pub const XENMEM_maximum_ram_page: u64 = 2;
/// (since 4.19.0)
pub const XENMEM_maximum_reservation: u64 = 4;
/// (since 4.19.0)
pub const XENMEM_memory_map: u64 = 9;
/// (since 4.19.0)
pub const XENMEM_populate_physmap: u64 = 6;
/// (since 4.19.0)
pub const XENMEM_remove_from_physmap: u64 = 15;
/// (since 4.19.0)
pub const XENMEM_resource_grant_table: u64 = 1;
/// (since 4.19.0)
pub const XENMEM_resource_grant_table_id_shared: u64 = 0;
/// (since 4.19.0)
pub const XENMEM_resource_grant_table_id_status: u64 = 1;
/// (since 4.19.0)
pub const XENMEM_resource_ioreq_server: u64 = 0;
/// (since 4.19.0)
pub const XENMEM_resource_ioreq_server_frame_bufioreq: u64 = 0;
/// (since 4.19.0)
pub const XENMEM_resource_vmtrace_buf: u64 = 2;
/// (since 4.19.0)
pub const XENMEM_set_memory_map: u64 = 13;
/// (since 4.19.0)
pub const XENMEM_set_pod_target: u64 = 16;
/// (since 4.19.0)
pub const XENNMI_register_callback: u64 = 0;
/// (since 4.19.0)
pub const XENNMI_unregister_callback: u64 = 1;
/// (since 4.19.0)
pub const XENOPROF_CPU_TYPE_SIZE: u64 = 64;
/// (since 4.19.0)
pub const XENOPROF_ESCAPE_CODE: u64 = 18446744073709551615;
/// (since 4.19.0)
pub const XENOPROF_TRACE_BEGIN: u64 = 1;
/// (since 4.19.0)
pub const XENOPROF_counter: u64 = 6;
/// (since 4.19.0)
pub const XENOPROF_disable_virq: u64 = 11;
/// (since 4.19.0)
pub const XENOPROF_enable_virq: u64 = 8;
/// (since 4.19.0)
pub const XENOPROF_get_buffer: u64 = 14;
/// (since 4.19.0)
pub const XENOPROF_get_ibs_caps: u64 = 16;
/// (since 4.19.0)
pub const XENOPROF_ibs_counter: u64 = 17;
/// (since 4.19.0)
pub const XENOPROF_init: u64 = 0;
/// (since 4.19.0)
pub const XENOPROF_last_op: u64 = 17;
/// (since 4.19.0)
pub const XENOPROF_release_counters: u64 = 12;
/// (since 4.19.0)
pub const XENOPROF_reserve_counters: u64 = 5;
/// (since 4.19.0)
pub const XENOPROF_reset_active_list: u64 = 1;
/// (since 4.19.0)
pub const XENOPROF_reset_passive_list: u64 = 2;
/// (since 4.19.0)
pub const XENOPROF_set_active: u64 = 3;
/// (since 4.19.0)
pub const XENOPROF_set_backtrace: u64 = 15;
/// (since 4.19.0)
pub const XENOPROF_set_passive: u64 = 4;
/// (since 4.19.0)
pub const XENOPROF_setup_events: u64 = 7;
/// (since 4.19.0)
pub const XENOPROF_shutdown: u64 = 13;
/// (since 4.19.0)
pub const XENOPROF_start: u64 = 9;
/// (since 4.19.0)
pub const XENOPROF_stop: u64 = 10;
/// (since 4.19.0)
pub const XENPF_ACPI_SLEEP_EXTENDED: u64 = 1;
/// (since 4.19.0)
pub const XENPF_INTERFACE_VERSION: u64 = 50331649;
/// (since 4.20.0)
pub const XENPF_UCODE_FORCE: u64 = 1;
/// (since 4.19.0)
pub const XENPF_add_memtype: u64 = 31;
/// (since 4.19.0)
pub const XENPF_change_freq: u64 = 52;
/// (since 4.19.0)
pub const XENPF_core_parking: u64 = 60;
/// (since 4.19.0)
pub const XENPF_cpu_hotadd: u64 = 58;
/// (since 4.19.0)
pub const XENPF_cpu_offline: u64 = 57;
/// (since 4.19.0)
pub const XENPF_cpu_online: u64 = 56;
/// (since 4.19.0)
pub const XENPF_del_memtype: u64 = 32;
/// (since 4.19.0)
pub const XENPF_efi_runtime_call: u64 = 49;
/// (since 4.19.0)
pub const XENPF_enter_acpi_sleep: u64 = 51;
/// (since 4.19.0)
pub const XENPF_firmware_info: u64 = 50;
/// (since 4.19.0)
pub const XENPF_get_cpu_version: u64 = 48;
/// (since 4.19.0)
pub const XENPF_get_cpuinfo: u64 = 55;
/// (since 4.19.0)
pub const XENPF_get_dom0_console: u64 = 64;
/// (since 4.19.0)
pub const XENPF_get_symbol: u64 = 63;
/// (since 4.19.0)
pub const XENPF_get_ucode_revision: u64 = 65;
/// (since 4.19.0)
pub const XENPF_getidletime: u64 = 53;
/// (since 4.19.0)
pub const XENPF_mem_hotadd: u64 = 59;
/// (since 4.19.0)
pub const XENPF_microcode_update: u64 = 35;
/// (since 4.20.0)
pub const XENPF_microcode_update2: u64 = 66;
/// (since 4.19.0)
pub const XENPF_platform_quirk: u64 = 39;
/// (since 4.19.0)
pub const XENPF_read_memtype: u64 = 33;
/// (since 4.19.0)
pub const XENPF_resource_op: u64 = 61;
/// (since 4.19.0)
pub const XENPF_set_processor_pminfo: u64 = 54;
/// (since 4.19.0)
pub const XENPF_settime: u64 = 62;
/// (since 4.19.0)
pub const XENPF_settime32: u64 = 17;
/// (since 4.19.0)
pub const XENPF_settime64: u64 = 62;
/// (since 4.19.0)
pub const XENPMU_FEATURE_ARCH_ONLY: u64 = 4;
/// (since 4.19.0)
pub const XENPMU_FEATURE_INTEL_BTS: u64 = 1;
/// (since 4.19.0)
pub const XENPMU_FEATURE_IPC_ONLY: u64 = 2;
/// (since 4.19.0)
pub const XENPMU_MODE_ALL: u64 = 4;
/// (since 4.19.0)
pub const XENPMU_MODE_HV: u64 = 2;
/// (since 4.19.0)
pub const XENPMU_MODE_OFF: u64 = 0;
/// (since 4.19.0)
pub const XENPMU_MODE_SELF: u64 = 1;
/// (since 4.19.0)
pub const XENPMU_VER_MAJ: u64 = 0;
/// (since 4.19.0)
pub const XENPMU_VER_MIN: u64 = 1;
/// (since 4.19.0)
pub const XENPMU_feature_get: u64 = 2;
/// (since 4.19.0)
pub const XENPMU_feature_set: u64 = 3;
/// (since 4.19.0)
pub const XENPMU_finish: u64 = 5;
/// (since 4.19.0)
pub const XENPMU_flush: u64 = 7;
/// (since 4.19.0)
pub const XENPMU_init: u64 = 4;
/// (since 4.19.0)
pub const XENPMU_lvtpc_set: u64 = 6;
/// (since 4.19.0)
pub const XENPMU_mode_get: u64 = 0;
/// (since 4.19.0)
pub const XENPMU_mode_set: u64 = 1;
/// (since 4.19.0)
pub const XENSND_EVENT_PAGE_SIZE: u64 = 4096;
/// (since 4.19.0)
pub const XENSND_EVT_CUR_POS: u64 = 0;
/// (since 4.19.0)
pub const XENSND_IN_RING_LEN: u64 = 63;
/// (since 4.19.0)
pub const XENSND_IN_RING_OFFS: u64 = 64;
/// (since 4.19.0)
pub const XENSND_IN_RING_SIZE: u64 = 4032;
/// (since 4.19.0)
pub const XENSND_OP_CLOSE: u64 = 1;
/// (since 4.19.0)
pub const XENSND_OP_GET_VOLUME: u64 = 5;
/// (since 4.19.0)
pub const XENSND_OP_HW_PARAM_QUERY: u64 = 9;
/// (since 4.19.0)
pub const XENSND_OP_MUTE: u64 = 6;
/// (since 4.19.0)
pub const XENSND_OP_OPEN: u64 = 0;
/// (since 4.19.0)
pub const XENSND_OP_READ: u64 = 2;
/// (since 4.19.0)
pub const XENSND_OP_SET_VOLUME: u64 = 4;
/// (since 4.19.0)
pub const XENSND_OP_TRIGGER: u64 = 8;
/// (since 4.19.0)
pub const XENSND_OP_TRIGGER_PAUSE: u64 = 1;
/// (since 4.19.0)
pub const XENSND_OP_TRIGGER_RESUME: u64 = 3;
/// (since 4.19.0)
pub const XENSND_OP_TRIGGER_START: u64 = 0;
/// (since 4.19.0)
pub const XENSND_OP_TRIGGER_STOP: u64 = 2;
/// (since 4.19.0)
pub const XENSND_OP_UNMUTE: u64 = 7;
/// (since 4.19.0)
pub const XENSND_OP_WRITE: u64 = 3;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_A_LAW: u64 = 21;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_F32_BE: u64 = 15;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_F32_LE: u64 = 14;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_F64_BE: u64 = 17;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_F64_LE: u64 = 16;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_GSM: u64 = 24;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_IEC958_SUBFRAME_BE: u64 = 19;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_IEC958_SUBFRAME_LE: u64 = 18;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_IMA_ADPCM: u64 = 22;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_MPEG: u64 = 23;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_MU_LAW: u64 = 20;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_S16_BE: u64 = 3;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_S16_LE: u64 = 2;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_S24_BE: u64 = 7;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_S24_LE: u64 = 6;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_S32_BE: u64 = 11;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_S32_LE: u64 = 10;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_S8: u64 = 0;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_U16_BE: u64 = 5;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_U16_LE: u64 = 4;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_U24_BE: u64 = 9;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_U24_LE: u64 = 8;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_U32_BE: u64 = 13;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_U32_LE: u64 = 12;
/// (since 4.19.0)
pub const XENSND_PCM_FORMAT_U8: u64 = 1;
/// (since 4.19.0)
pub const XENSND_PROTOCOL_VERSION: u64 = 2;
/// (since 4.19.0)
pub const XENSND_SAMPLE_FORMAT_MAX_LEN: u64 = 24;
/// (since 4.19.0)
pub const XENSND_SAMPLE_RATE_MAX_LEN: u64 = 11;
/// (since 4.19.0)
pub const XENSTORE_ABS_PATH_MAX: u64 = 3072;
/// (since 4.19.0)
pub const XENSTORE_CONNECTED: u64 = 0;
/// (since 4.19.0)
pub const XENSTORE_ERROR_COMM: u64 = 1;
/// (since 4.19.0)
pub const XENSTORE_ERROR_NONE: u64 = 0;
/// (since 4.19.0)
pub const XENSTORE_ERROR_PROTO: u64 = 3;
/// (since 4.19.0)
pub const XENSTORE_ERROR_RINGIDX: u64 = 2;
/// (since 4.19.0)
pub const XENSTORE_PAYLOAD_MAX: u64 = 4096;
/// (since 4.19.0)
pub const XENSTORE_RECONNECT: u64 = 1;
/// (since 4.19.0)
pub const XENSTORE_REL_PATH_MAX: u64 = 2048;
/// (since 4.19.0)
pub const XENSTORE_RING_SIZE: u64 = 1024;
/// (since 4.22.0)
pub const XENSTORE_SERVER_FEATURE_DOMID_ANY: u64 = 8;
/// (since 4.19.0)
pub const XENSTORE_SERVER_FEATURE_ERROR: u64 = 2;
/// (since 4.19.0)
pub const XENSTORE_SERVER_FEATURE_RECONNECTION: u64 = 1;
/// (since 4.22.0)
pub const XENSTORE_SERVER_FEATURE_WATCHDEPTH: u64 = 4;
/// (since 4.19.0)
pub const XENVER_build_id: u64 = 10;
/// (since 4.19.0)
pub const XENVER_capabilities: u64 = 3;
/// (since 4.20.0)
pub const XENVER_capabilities2: u64 = 12;
/// (since 4.19.0)
pub const XENVER_changeset: u64 = 4;
/// (since 4.20.0)
pub const XENVER_changeset2: u64 = 13;
/// (since 4.19.0)
pub const XENVER_commandline: u64 = 9;
/// (since 4.20.0)
pub const XENVER_commandline2: u64 = 14;
/// (since 4.19.0)
pub const XENVER_compile_info: u64 = 2;
/// (since 4.19.0)
pub const XENVER_extraversion: u64 = 1;
/// (since 4.20.0)
pub const XENVER_extraversion2: u64 = 11;
/// (since 4.19.0)
pub const XENVER_get_features: u64 = 6;
/// (since 4.19.0)
pub const XENVER_guest_handle: u64 = 8;
/// (since 4.19.0)
pub const XENVER_pagesize: u64 = 7;
/// (since 4.19.0)
pub const XENVER_platform_parameters: u64 = 5;
/// (since 4.19.0)
pub const XENVER_version: u64 = 0;
/// (since 4.19.0)
pub const XEN_ALTP2M_disabled: u64 = 0;
/// (since 4.19.0)
pub const XEN_ALTP2M_external: u64 = 2;
/// (since 4.19.0)
pub const XEN_ALTP2M_limited: u64 = 3;
/// (since 4.19.0)
pub const XEN_ALTP2M_mixed: u64 = 1;
/// (since 4.19.0)
pub const XEN_ARGO_DOMID_ANY: u64 = 32756;
/// (since 4.19.0)
pub const XEN_ARGO_MAXIOV: u64 = 8;
/// (since 4.19.0)
pub const XEN_ARGO_MAX_RING_SIZE: u64 = 16777216;
/// (since 4.19.0)
pub const XEN_ARGO_MSG_SLOT_SIZE: u64 = 16;
/// (since 4.19.0)
pub const XEN_ARGO_OP_notify: u64 = 4;
/// (since 4.19.0)
pub const XEN_ARGO_OP_register_ring: u64 = 1;
/// (since 4.19.0)
pub const XEN_ARGO_OP_sendv: u64 = 3;
/// (since 4.19.0)
pub const XEN_ARGO_OP_unregister_ring: u64 = 2;
/// (since 4.19.0)
pub const XEN_ARGO_REGISTER_FLAG_FAIL_EXIST: u64 = 1;
/// (since 4.19.0)
pub const XEN_ARGO_RING_EBUSY: u64 = 32;
/// (since 4.19.0)
pub const XEN_ARGO_RING_EMPTY: u64 = 4;
/// (since 4.19.0)
pub const XEN_ARGO_RING_EMSGSIZE: u64 = 16;
/// (since 4.19.0)
pub const XEN_ARGO_RING_EXISTS: u64 = 1;
/// (since 4.19.0)
pub const XEN_ARGO_RING_SHARED: u64 = 2;
/// (since 4.19.0)
pub const XEN_ARGO_RING_SUFFICIENT: u64 = 8;
/// (since 4.19.0)
pub const XEN_CAPABILITIES_INFO_LEN: u64 = 1024;
/// (since 4.19.0)
pub const XEN_CHANGESET_INFO_LEN: u64 = 64;
/// (since 4.19.0)
pub const XEN_CORE_PARKING_GET: u64 = 2;
/// (since 4.19.0)
pub const XEN_CORE_PARKING_SET: u64 = 1;
/// (since 4.21.0)
pub const XEN_CPPC_CPC: u64 = 2;
/// (since 4.21.0)
pub const XEN_CPPC_PSD: u64 = 1;
/// (since 4.19.0)
pub const XEN_CPUPERF_SHARED_TYPE_ALL: u64 = 2;
/// (since 4.19.0)
pub const XEN_CPUPERF_SHARED_TYPE_ANY: u64 = 3;
/// (since 4.19.0)
pub const XEN_CPUPERF_SHARED_TYPE_HW: u64 = 1;
/// (since 4.19.0)
pub const XEN_DMOP_DELETE_MEM_CACHEATTR: u64 = 4294967295;
/// (since 4.19.0)
pub const XEN_DMOP_EVENT_ext_int: u64 = 0;
/// (since 4.19.0)
pub const XEN_DMOP_EVENT_hw_exc: u64 = 3;
/// (since 4.19.0)
pub const XEN_DMOP_EVENT_nmi: u64 = 2;
/// (since 4.19.0)
pub const XEN_DMOP_EVENT_pri_sw_exc: u64 = 5;
/// (since 4.19.0)
pub const XEN_DMOP_EVENT_sw_exc: u64 = 6;
/// (since 4.19.0)
pub const XEN_DMOP_EVENT_sw_int: u64 = 4;
/// (since 4.19.0)
pub const XEN_DMOP_IOREQ_MEM_ACCESS_READ: u64 = 1;
/// (since 4.19.0)
pub const XEN_DMOP_IOREQ_MEM_ACCESS_WRITE: u64 = 2;
/// (since 4.19.0)
pub const XEN_DMOP_IO_RANGE_MEMORY: u64 = 1;
/// (since 4.19.0)
pub const XEN_DMOP_IO_RANGE_PCI: u64 = 2;
/// (since 4.19.0)
pub const XEN_DMOP_IO_RANGE_PORT: u64 = 0;
/// (since 4.19.0)
pub const XEN_DMOP_MEM_CACHEATTR_UC: u64 = 0;
/// (since 4.19.0)
pub const XEN_DMOP_MEM_CACHEATTR_UCM: u64 = 7;
/// (since 4.19.0)
pub const XEN_DMOP_MEM_CACHEATTR_WB: u64 = 6;
/// (since 4.19.0)
pub const XEN_DMOP_MEM_CACHEATTR_WC: u64 = 1;
/// (since 4.19.0)
pub const XEN_DMOP_MEM_CACHEATTR_WP: u64 = 5;
/// (since 4.19.0)
pub const XEN_DMOP_MEM_CACHEATTR_WT: u64 = 4;
/// (since 4.19.0)
pub const XEN_DMOP_create_ioreq_server: u64 = 1;
/// (since 4.19.0)
pub const XEN_DMOP_destroy_ioreq_server: u64 = 6;
/// (since 4.19.0)
pub const XEN_DMOP_get_ioreq_server_info: u64 = 2;
/// (since 4.19.0)
pub const XEN_DMOP_inject_event: u64 = 13;
/// (since 4.19.0)
pub const XEN_DMOP_inject_msi: u64 = 14;
/// (since 4.19.0)
pub const XEN_DMOP_map_io_range_to_ioreq_server: u64 = 3;
/// (since 4.19.0)
pub const XEN_DMOP_map_mem_type_to_ioreq_server: u64 = 15;
/// (since 4.19.0)
pub const XEN_DMOP_modified_memory: u64 = 11;
/// (since 4.19.0)
pub const XEN_DMOP_no_gfns: u64 = 1;
/// (since 4.19.0)
pub const XEN_DMOP_nr_vcpus: u64 = 20;
/// (since 4.19.0)
pub const XEN_DMOP_pin_memory_cacheattr: u64 = 18;
/// (since 4.19.0)
pub const XEN_DMOP_relocate_memory: u64 = 17;
/// (since 4.19.0)
pub const XEN_DMOP_remote_shutdown: u64 = 16;
/// (since 4.19.0)
pub const XEN_DMOP_set_ioreq_server_state: u64 = 5;
/// (since 4.19.0)
pub const XEN_DMOP_set_irq_level: u64 = 19;
/// (since 4.19.0)
pub const XEN_DMOP_set_isa_irq_level: u64 = 9;
/// (since 4.19.0)
pub const XEN_DMOP_set_mem_type: u64 = 12;
/// (since 4.19.0)
pub const XEN_DMOP_set_pci_intx_level: u64 = 8;
/// (since 4.19.0)
pub const XEN_DMOP_set_pci_link_route: u64 = 10;
/// (since 4.19.0)
pub const XEN_DMOP_track_dirty_vram: u64 = 7;
/// (since 4.19.0)
pub const XEN_DMOP_unmap_io_range_from_ioreq_server: u64 = 4;
/// (since 4.19.0)
pub const XEN_E2BIG: u64 = 7;
/// (since 4.19.0)
pub const XEN_EACCES: u64 = 13;
/// (since 4.19.0)
pub const XEN_EADDRINUSE: u64 = 98;
/// (since 4.19.0)
pub const XEN_EADDRNOTAVAIL: u64 = 99;
/// (since 4.19.0)
pub const XEN_EAGAIN: u64 = 11;
/// (since 4.19.0)
pub const XEN_EBADF: u64 = 9;
/// (since 4.19.0)
pub const XEN_EBADMSG: u64 = 74;
/// (since 4.19.0)
pub const XEN_EBUSY: u64 = 16;
/// (since 4.19.0)
pub const XEN_ECHILD: u64 = 10;
/// (since 4.19.0)
pub const XEN_ECONNREFUSED: u64 = 111;
/// (since 4.19.0)
pub const XEN_EDEADLK: u64 = 35;
/// (since 4.19.0)
pub const XEN_EDEADLOCK: u64 = 35;
/// (since 4.19.0)
pub const XEN_EDOM: u64 = 33;
/// (since 4.19.0)
pub const XEN_EEXIST: u64 = 17;
/// (since 4.19.0)
pub const XEN_EFAULT: u64 = 14;
/// (since 4.19.0)
pub const XEN_EFI_GET_TIME_SET_CLEARS_NS: u64 = 1;
/// (since 4.19.0)
pub const XEN_EFI_GET_WAKEUP_TIME_ENABLED: u64 = 1;
/// (since 4.19.0)
pub const XEN_EFI_GET_WAKEUP_TIME_PENDING: u64 = 2;
/// (since 4.19.0)
pub const XEN_EFI_SET_WAKEUP_TIME_ENABLE: u64 = 1;
/// (since 4.19.0)
pub const XEN_EFI_SET_WAKEUP_TIME_ENABLE_ONLY: u64 = 2;
/// (since 4.19.0)
pub const XEN_EFI_VARIABLE_BOOTSERVICE_ACCESS: u64 = 2;
/// (since 4.19.0)
pub const XEN_EFI_VARIABLE_NON_VOLATILE: u64 = 1;
/// (since 4.19.0)
pub const XEN_EFI_VARIABLE_RUNTIME_ACCESS: u64 = 4;
/// (since 4.19.0)
pub const XEN_EFI_VARINFO_BOOT_SNAPSHOT: u64 = 1;
/// (since 4.19.0)
pub const XEN_EFI_get_next_high_monotonic_count: u64 = 5;
/// (since 4.19.0)
pub const XEN_EFI_get_next_variable_name: u64 = 8;
/// (since 4.19.0)
pub const XEN_EFI_get_time: u64 = 1;
/// (since 4.19.0)
pub const XEN_EFI_get_variable: u64 = 6;
/// (since 4.19.0)
pub const XEN_EFI_get_wakeup_time: u64 = 3;
/// (since 4.19.0)
pub const XEN_EFI_query_capsule_capabilities: u64 = 10;
/// (since 4.19.0)
pub const XEN_EFI_query_variable_info: u64 = 9;
/// (since 4.19.0)
pub const XEN_EFI_set_time: u64 = 2;
/// (since 4.19.0)
pub const XEN_EFI_set_variable: u64 = 7;
/// (since 4.19.0)
pub const XEN_EFI_set_wakeup_time: u64 = 4;
/// (since 4.19.0)
pub const XEN_EFI_update_capsule: u64 = 11;
/// (since 4.19.0)
pub const XEN_EILSEQ: u64 = 84;
/// (since 4.19.0)
pub const XEN_EINVAL: u64 = 22;
/// (since 4.19.0)
pub const XEN_EIO: u64 = 5;
/// (since 4.19.0)
pub const XEN_EISCONN: u64 = 106;
/// (since 4.19.0)
pub const XEN_EISDIR: u64 = 21;
/// (since 4.19.0)
pub const XEN_ELFNOTE_BSD_SYMTAB: u64 = 11;
/// (since 4.19.0)
pub const XEN_ELFNOTE_CRASH_INFO: u64 = 16777217;
/// (since 4.19.0)
pub const XEN_ELFNOTE_CRASH_REGS: u64 = 16777218;
/// (since 4.19.0)
pub const XEN_ELFNOTE_DUMPCORE_FORMAT_VERSION: u64 = 33554435;
/// (since 4.19.0)
pub const XEN_ELFNOTE_DUMPCORE_HEADER: u64 = 33554433;
/// (since 4.19.0)
pub const XEN_ELFNOTE_DUMPCORE_NONE: u64 = 33554432;
/// (since 4.19.0)
pub const XEN_ELFNOTE_DUMPCORE_XEN_VERSION: u64 = 33554434;
/// (since 4.19.0)
pub const XEN_ELFNOTE_ENTRY: u64 = 1;
/// (since 4.19.0)
pub const XEN_ELFNOTE_FEATURES: u64 = 10;
/// (since 4.19.0)
pub const XEN_ELFNOTE_GUEST_OS: u64 = 6;
/// (since 4.19.0)
pub const XEN_ELFNOTE_GUEST_VERSION: u64 = 7;
/// (since 4.19.0)
pub const XEN_ELFNOTE_HV_START_LOW: u64 = 12;
/// (since 4.19.0)
pub const XEN_ELFNOTE_HYPERCALL_PAGE: u64 = 2;
/// (since 4.19.0)
pub const XEN_ELFNOTE_INFO: u64 = 0;
/// (since 4.19.0)
pub const XEN_ELFNOTE_INIT_P2M: u64 = 15;
/// (since 4.19.0)
pub const XEN_ELFNOTE_L1_MFN_VALID: u64 = 13;
/// (since 4.19.0)
pub const XEN_ELFNOTE_LOADER: u64 = 8;
/// (since 4.19.0)
pub const XEN_ELFNOTE_MAX: u64 = 19;
/// (since 4.19.0)
pub const XEN_ELFNOTE_MOD_START_PFN: u64 = 16;
/// (since 4.19.0)
pub const XEN_ELFNOTE_PADDR_OFFSET: u64 = 4;
/// (since 4.19.0)
pub const XEN_ELFNOTE_PAE_MODE: u64 = 9;
/// (since 4.19.0)
pub const XEN_ELFNOTE_PHYS32_ENTRY: u64 = 18;
/// (since 4.19.0)
pub const XEN_ELFNOTE_PHYS32_RELOC: u64 = 19;
/// (since 4.19.0)
pub const XEN_ELFNOTE_SUPPORTED_FEATURES: u64 = 17;
/// (since 4.19.0)
pub const XEN_ELFNOTE_SUSPEND_CANCEL: u64 = 14;
/// (since 4.19.0)
pub const XEN_ELFNOTE_VIRT_BASE: u64 = 3;
/// (since 4.19.0)
pub const XEN_ELFNOTE_XEN_VERSION: u64 = 5;
/// (since 4.19.0)
pub const XEN_EMFILE: u64 = 24;
/// (since 4.19.0)
pub const XEN_EMLINK: u64 = 31;
/// (since 4.19.0)
pub const XEN_EMSGSIZE: u64 = 90;
/// (since 4.19.0)
pub const XEN_ENAMETOOLONG: u64 = 36;
/// (since 4.19.0)
pub const XEN_ENFILE: u64 = 23;
/// (since 4.19.0)
pub const XEN_ENOBUFS: u64 = 105;
/// (since 4.19.0)
pub const XEN_ENODATA: u64 = 61;
/// (since 4.19.0)
pub const XEN_ENODEV: u64 = 19;
/// (since 4.19.0)
pub const XEN_ENOENT: u64 = 2;
/// (since 4.19.0)
pub const XEN_ENOEXEC: u64 = 8;
/// (since 4.19.0)
pub const XEN_ENOLCK: u64 = 37;
/// (since 4.19.0)
pub const XEN_ENOMEM: u64 = 12;
/// (since 4.19.0)
pub const XEN_ENOSPC: u64 = 28;
/// (since 4.19.0)
pub const XEN_ENOSYS: u64 = 38;
/// (since 4.19.0)
pub const XEN_ENOTCONN: u64 = 107;
/// (since 4.19.0)
pub const XEN_ENOTDIR: u64 = 20;
/// (since 4.19.0)
pub const XEN_ENOTEMPTY: u64 = 39;
/// (since 4.19.0)
pub const XEN_ENOTSOCK: u64 = 88;
/// (since 4.19.0)
pub const XEN_ENXIO: u64 = 6;
/// (since 4.19.0)
pub const XEN_EOPNOTSUPP: u64 = 95;
/// (since 4.19.0)
pub const XEN_EOVERFLOW: u64 = 75;
/// (since 4.19.0)
pub const XEN_EPERM: u64 = 1;
/// (since 4.19.0)
pub const XEN_ERANGE: u64 = 34;
/// (since 4.19.0)
pub const XEN_EROFS: u64 = 30;
/// (since 4.19.0)
pub const XEN_ESRCH: u64 = 3;
/// (since 4.19.0)
pub const XEN_ETIME: u64 = 62;
/// (since 4.19.0)
pub const XEN_ETIMEDOUT: u64 = 110;
/// (since 4.19.0)
pub const XEN_EWOULDBLOCK: u64 = 11;
/// (since 4.19.0)
pub const XEN_EXDEV: u64 = 18;
/// (since 4.19.0)
pub const XEN_EXTRAVERSION_LEN: u64 = 16;
/// (since 4.19.0)
pub const XEN_FLASK_INTERFACE_VERSION: u64 = 1;
/// (since 4.19.0)
pub const XEN_FW_DISK_INFO: u64 = 1;
/// (since 4.19.0)
pub const XEN_FW_DISK_MBR_SIGNATURE: u64 = 2;
/// (since 4.19.0)
pub const XEN_FW_EFI_APPLE_PROPERTIES: u64 = 6;
/// (since 4.19.0)
pub const XEN_FW_EFI_CONFIG_TABLE: u64 = 1;
/// (since 4.19.0)
pub const XEN_FW_EFI_INFO: u64 = 4;
/// (since 4.19.0)
pub const XEN_FW_EFI_MEM_INFO: u64 = 3;
/// (since 4.19.0)
pub const XEN_FW_EFI_PCI_ROM: u64 = 5;
/// (since 4.19.0)
pub const XEN_FW_EFI_RT_VERSION: u64 = 4;
/// (since 4.19.0)
pub const XEN_FW_EFI_VENDOR: u64 = 2;
/// (since 4.19.0)
pub const XEN_FW_EFI_VERSION: u64 = 0;
/// (since 4.19.0)
pub const XEN_FW_KBD_SHIFT_FLAGS: u64 = 5;
/// (since 4.19.0)
pub const XEN_FW_VBEDDC_INFO: u64 = 3;
/// (since 4.19.0)
pub const XEN_HVM_MCA_CAP_LMCE: u64 = 1;
/// (since 4.19.0)
pub const XEN_HVM_MCA_CAP_MASK: u64 = 1;
/// (since 4.19.0)
pub const XEN_HYPFS_ENC_GZIP: u64 = 1;
/// (since 4.19.0)
pub const XEN_HYPFS_ENC_PLAIN: u64 = 0;
/// (since 4.19.0)
pub const XEN_HYPFS_MAX_PATHLEN: u64 = 1024;
/// (since 4.19.0)
pub const XEN_HYPFS_OP_get_version: u64 = 0;
/// (since 4.19.0)
pub const XEN_HYPFS_OP_read: u64 = 1;
/// (since 4.19.0)
pub const XEN_HYPFS_OP_write_contents: u64 = 2;
/// (since 4.19.0)
pub const XEN_HYPFS_TYPE_BLOB: u64 = 1;
/// (since 4.19.0)
pub const XEN_HYPFS_TYPE_BOOL: u64 = 5;
/// (since 4.19.0)
pub const XEN_HYPFS_TYPE_DIR: u64 = 0;
/// (since 4.19.0)
pub const XEN_HYPFS_TYPE_INT: u64 = 4;
/// (since 4.19.0)
pub const XEN_HYPFS_TYPE_STRING: u64 = 2;
/// (since 4.19.0)
pub const XEN_HYPFS_TYPE_UINT: u64 = 3;
/// (since 4.19.0)
pub const XEN_HYPFS_VERSION: u64 = 1;
/// (since 4.19.0)
pub const XEN_LEGACY_MAX_VCPUS: u64 = 1;
/// (since 4.19.0)
pub const XEN_NETIF_CTRLF_GREF_readonly: u64 = 1;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_HASH_ALGORITHM_NONE: u64 = 0;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_HASH_ALGORITHM_TOEPLITZ: u64 = 1;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_HASH_TYPE_IPV4: u64 = 1;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_HASH_TYPE_IPV4_TCP: u64 = 2;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_HASH_TYPE_IPV6: u64 = 4;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_HASH_TYPE_IPV6_TCP: u64 = 8;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_STATUS_BUFFER_OVERFLOW: u64 = 3;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_STATUS_INVALID_PARAMETER: u64 = 2;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_STATUS_NOT_SUPPORTED: u64 = 1;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_STATUS_SUCCESS: u64 = 0;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_TYPE_ADD_GREF_MAPPING: u64 = 9;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_TYPE_DEL_GREF_MAPPING: u64 = 10;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_TYPE_GET_GREF_MAPPING_SIZE: u64 = 8;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_TYPE_GET_HASH_FLAGS: u64 = 1;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_TYPE_GET_HASH_MAPPING_SIZE: u64 = 4;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_TYPE_INVALID: u64 = 0;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_TYPE_SET_HASH_ALGORITHM: u64 = 7;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_TYPE_SET_HASH_FLAGS: u64 = 2;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_TYPE_SET_HASH_KEY: u64 = 3;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_TYPE_SET_HASH_MAPPING: u64 = 6;
/// (since 4.19.0)
pub const XEN_NETIF_CTRL_TYPE_SET_HASH_MAPPING_SIZE: u64 = 5;
/// (since 4.19.0)
pub const XEN_NETIF_EXTRA_FLAG_MORE: u64 = 1;
/// (since 4.19.0)
pub const XEN_NETIF_EXTRA_TYPE_GSO: u64 = 1;
/// (since 4.19.0)
pub const XEN_NETIF_EXTRA_TYPE_HASH: u64 = 4;
/// (since 4.19.0)
pub const XEN_NETIF_EXTRA_TYPE_MAX: u64 = 5;
/// (since 4.19.0)
pub const XEN_NETIF_EXTRA_TYPE_MCAST_ADD: u64 = 2;
/// (since 4.19.0)
pub const XEN_NETIF_EXTRA_TYPE_MCAST_DEL: u64 = 3;
/// (since 4.19.0)
pub const XEN_NETIF_EXTRA_TYPE_NONE: u64 = 0;
/// (since 4.19.0)
pub const XEN_NETIF_GSO_TYPE_NONE: u64 = 0;
/// (since 4.19.0)
pub const XEN_NETIF_GSO_TYPE_TCPV4: u64 = 1;
/// (since 4.19.0)
pub const XEN_NETIF_GSO_TYPE_TCPV6: u64 = 2;
/// (since 4.19.0)
pub const XEN_NETIF_MAX_TX_SIZE: u64 = 65535;
/// (since 4.19.0)
pub const XEN_NETIF_NR_SLOTS_MIN: u64 = 18;
/// (since 4.19.0)
pub const XEN_NMIREASON_io_error: u64 = 1;
/// (since 4.19.0)
pub const XEN_NMIREASON_pci_serr: u64 = 2;
/// (since 4.19.0)
pub const XEN_NMIREASON_unknown: u64 = 4;
/// (since 4.19.0)
pub const XEN_PAGE_SHIFT: u64 = 12;
/// (since 4.19.0)
pub const XEN_PCIB_AERHANDLER: u64 = 2;
/// (since 4.19.0)
pub const XEN_PCIB_active: u64 = 4;
/// (since 4.19.0)
pub const XEN_PCIF_active: u64 = 1;
/// (since 4.19.0)
pub const XEN_PCI_DEV_EXTFN: u64 = 1;
/// (since 4.19.0)
pub const XEN_PCI_DEV_PXM: u64 = 4;
/// (since 4.19.0)
pub const XEN_PCI_DEV_VIRTFN: u64 = 2;
/// (since 4.19.0)
pub const XEN_PCI_ERR_access_denied: i64 = -3;
/// (since 4.19.0)
pub const XEN_PCI_ERR_dev_not_found: i64 = -1;
/// (since 4.19.0)
pub const XEN_PCI_ERR_invalid_offset: i64 = -2;
/// (since 4.19.0)
pub const XEN_PCI_ERR_not_implemented: i64 = -4;
/// (since 4.19.0)
pub const XEN_PCI_ERR_op_failed: i64 = -5;
/// (since 4.19.0)
pub const XEN_PCI_ERR_success: u64 = 0;
/// (since 4.19.0)
pub const XEN_PCI_MMCFG_RESERVED: u64 = 1;
/// (since 4.19.0)
pub const XEN_PCI_OP_aer_detected: u64 = 6;
/// (since 4.19.0)
pub const XEN_PCI_OP_aer_mmio: u64 = 8;
/// (since 4.19.0)
pub const XEN_PCI_OP_aer_resume: u64 = 7;
/// (since 4.19.0)
pub const XEN_PCI_OP_aer_slotreset: u64 = 9;
/// (since 4.19.0)
pub const XEN_PCI_OP_conf_read: u64 = 0;
/// (since 4.19.0)
pub const XEN_PCI_OP_conf_write: u64 = 1;
/// (since 4.19.0)
pub const XEN_PCI_OP_disable_msi: u64 = 3;
/// (since 4.19.0)
pub const XEN_PCI_OP_disable_msix: u64 = 5;
/// (since 4.19.0)
pub const XEN_PCI_OP_enable_msi: u64 = 2;
/// (since 4.19.0)
pub const XEN_PCI_OP_enable_msix: u64 = 4;
/// (since 4.19.0)
pub const XEN_PCI_OP_enable_multi_msi: u64 = 10;
/// (since 4.19.0)
pub const XEN_PCPU_FLAGS_INVALID: u64 = 2;
/// (since 4.19.0)
pub const XEN_PCPU_FLAGS_ONLINE: u64 = 1;
/// (since 4.21.0)
pub const XEN_PM_CPPC: u64 = 4;
/// (since 4.19.0)
pub const XEN_PM_CX: u64 = 0;
/// (since 4.19.0)
pub const XEN_PM_PDC: u64 = 3;
/// (since 4.19.0)
pub const XEN_PM_PX: u64 = 1;
/// (since 4.19.0)
pub const XEN_PM_TX: u64 = 2;
/// (since 4.19.0)
pub const XEN_PROCESSOR_PM_CX: u64 = 1;
/// (since 4.19.0)
pub const XEN_PROCESSOR_PM_PX: u64 = 2;
/// (since 4.19.0)
pub const XEN_PROCESSOR_PM_TX: u64 = 4;
/// (since 4.19.0)
pub const XEN_PVCLOCK_GUEST_STOPPED: u64 = 2;
/// (since 4.19.0)
pub const XEN_PVCLOCK_TSC_STABLE_BIT: u64 = 1;
/// (since 4.19.0)
pub const XEN_PX_PCT: u64 = 1;
/// (since 4.19.0)
pub const XEN_PX_PPC: u64 = 4;
/// (since 4.19.0)
pub const XEN_PX_PSD: u64 = 8;
/// (since 4.19.0)
pub const XEN_PX_PSS: u64 = 2;
/// (since 4.19.0)
pub const XEN_RESOURCE_OP_MSR_READ: u64 = 0;
/// (since 4.19.0)
pub const XEN_RESOURCE_OP_MSR_WRITE: u64 = 1;
/// (since 4.19.0)
pub const XEN_RUNSTATE_UPDATE: u64 = 9223372036854775808;
/// (since 4.19.0)
pub const XEN_VGATYPE_EFI_LFB: u64 = 112;
/// (since 4.19.0)
pub const XEN_VGATYPE_TEXT_MODE_3: u64 = 3;
/// (since 4.19.0)
pub const XEN_VGATYPE_VESA_LFB: u64 = 35;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_ABORT: u64 = 5;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_ALLOC_FAILURE: u64 = 18;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_BAD_INTR: u64 = 9;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_BAD_TARGET: u64 = 4;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_BUS_BUSY: u64 = 2;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_ERROR: u64 = 7;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_IMM_RETRY: u64 = 12;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_MEDIUM_ERROR: u64 = 19;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_NEXUS_FAILURE: u64 = 17;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_NO_CONNECT: u64 = 1;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_OK: u64 = 0;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_PARITY: u64 = 6;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_PASSTHROUGH: u64 = 10;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_REQUEUE: u64 = 13;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_RESET: u64 = 8;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_SOFT_ERROR: u64 = 11;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_TARGET_FAILURE: u64 = 16;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_TIME_OUT: u64 = 3;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_TRANSPORT_DISRUPTED: u64 = 14;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_TRANSPORT_FAILFAST: u64 = 15;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_HOST_TRANSPORT_MARGINAL: u64 = 20;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_RESET_FAILED: u64 = 8195;
/// (since 4.19.0)
pub const XEN_VSCSIIF_RSLT_RESET_SUCCESS: u64 = 8194;
/// (since 4.19.0)
pub const XS_CONTROL: u64 = 0;
/// (since 4.19.0)
pub const XS_DEBUG: u64 = 0;
/// (since 4.19.0)
pub const XS_DIRECTORY: u64 = 1;
/// (since 4.19.0)
pub const XS_DIRECTORY_PART: u64 = 22;
/// (since 4.19.0)
pub const XS_ERROR: u64 = 16;
/// (since 4.19.0)
pub const XS_GET_DOMAIN_PATH: u64 = 10;
/// (since 4.21.0)
pub const XS_GET_FEATURE: u64 = 23;
/// (since 4.19.0)
pub const XS_GET_PERMS: u64 = 3;
/// (since 4.21.0)
pub const XS_GET_QUOTA: u64 = 25;
/// (since 4.19.0)
pub const XS_INTRODUCE: u64 = 8;
/// (since 4.19.0)
pub const XS_INVALID: u64 = 65535;
/// (since 4.19.0)
pub const XS_IS_DOMAIN_INTRODUCED: u64 = 17;
/// (since 4.19.0)
pub const XS_MKDIR: u64 = 12;
/// (since 4.19.0)
pub const XS_READ: u64 = 2;
/// (since 4.19.0)
pub const XS_RELEASE: u64 = 9;
/// (since 4.19.0)
pub const XS_RESET_WATCHES: u64 = 21;
/// (since 4.19.0)
pub const XS_RESUME: u64 = 18;
/// (since 4.19.0)
pub const XS_RM: u64 = 13;
/// (since 4.21.0)
pub const XS_SET_FEATURE: u64 = 24;
/// (since 4.19.0)
pub const XS_SET_PERMS: u64 = 14;
/// (since 4.21.0)
pub const XS_SET_QUOTA: u64 = 26;
/// (since 4.19.0)
pub const XS_SET_TARGET: u64 = 19;
/// (since 4.19.0)
pub const XS_TRANSACTION_END: u64 = 7;
/// (since 4.19.0)
pub const XS_TRANSACTION_START: u64 = 6;
/// (since 4.19.0)
pub const XS_UNWATCH: u64 = 5;
/// (since 4.19.0)
pub const XS_WATCH: u64 = 4;
/// (since 4.19.0)
pub const XS_WATCH_EVENT: u64 = 15;
/// (since 4.19.0)
pub const XS_WATCH_PATH: u64 = 0;
/// (since 4.19.0)
pub const XS_WATCH_TOKEN: u64 = 1;
/// (since 4.19.0)
pub const XS_WRITE: u64 = 11;
/// (since 4.19.0)
pub const XenbusStateClosed: u64 = 6;
/// (since 4.19.0)
pub const XenbusStateClosing: u64 = 5;
/// (since 4.19.0)
pub const XenbusStateConnected: u64 = 4;
/// (since 4.19.0)
pub const XenbusStateInitWait: u64 = 2;
/// (since 4.19.0)
pub const XenbusStateInitialised: u64 = 3;
/// (since 4.19.0)
pub const XenbusStateInitialising: u64 = 1;
/// (since 4.19.0)
pub const XenbusStateReconfigured: u64 = 8;
/// (since 4.19.0)
pub const XenbusStateReconfiguring: u64 = 7;
/// (since 4.19.0)
pub const XenbusStateUnknown: u64 = 0;
/// (since 4.19.0)
pub const _GNTCOPY_dest_gref: u64 = 1;
/// (since 4.19.0)
pub const _GNTCOPY_source_gref: u64 = 0;
/// (since 4.19.0)
pub const _GNTMAP_application_map: u64 = 3;
/// (since 4.19.0)
pub const _GNTMAP_contains_pte: u64 = 4;
/// (since 4.19.0)
pub const _GNTMAP_device_map: u64 = 0;
/// (since 4.19.0)
pub const _GNTMAP_guest_avail0: u64 = 16;
/// (since 4.19.0)
pub const _GNTMAP_host_map: u64 = 1;
/// (since 4.19.0)
pub const _GNTMAP_readonly: u64 = 2;
/// (since 4.19.0)
pub const _GTF_PAT: u64 = 7;
/// (since 4.19.0)
pub const _GTF_PCD: u64 = 6;
/// (since 4.19.0)
pub const _GTF_PWT: u64 = 5;
/// (since 4.19.0)
pub const _GTF_reading: u64 = 3;
/// (since 4.19.0)
pub const _GTF_readonly: u64 = 2;
/// (since 4.19.0)
pub const _GTF_sub_page: u64 = 8;
/// (since 4.19.0)
pub const _GTF_transfer_committed: u64 = 2;
/// (since 4.19.0)
pub const _GTF_transfer_completed: u64 = 3;
/// (since 4.19.0)
pub const _GTF_writing: u64 = 4;
/// (since 4.19.0)
pub const _NETRXF_csum_blank: u64 = 1;
/// (since 4.19.0)
pub const _NETRXF_data_validated: u64 = 0;
/// (since 4.19.0)
pub const _NETRXF_extra_info: u64 = 3;
/// (since 4.19.0)
pub const _NETRXF_gso_prefix: u64 = 4;
/// (since 4.19.0)
pub const _NETRXF_more_data: u64 = 2;
/// (since 4.19.0)
pub const _NETTXF_csum_blank: u64 = 0;
/// (since 4.19.0)
pub const _NETTXF_data_validated: u64 = 1;
/// (since 4.19.0)
pub const _NETTXF_extra_info: u64 = 3;
/// (since 4.19.0)
pub const _NETTXF_more_data: u64 = 2;
/// (since 4.19.0)
pub const _VCPU_SSHOTTMR_future: u64 = 0;
/// (since 4.19.0)
pub const _XENIRQSTAT_needs_eoi: u64 = 0;
/// (since 4.19.0)
pub const _XENIRQSTAT_shared: u64 = 1;
/// (since 4.19.0)
pub const _XEN_DMOP_no_gfns: u64 = 0;
/// (since 4.19.0)
pub const _XEN_NETIF_CTRLF_GREF_readonly: u64 = 0;
/// (since 4.19.0)
pub const _XEN_NETIF_CTRL_HASH_TYPE_IPV4: u64 = 0;
/// (since 4.19.0)
pub const _XEN_NETIF_CTRL_HASH_TYPE_IPV4_TCP: u64 = 1;
/// (since 4.19.0)
pub const _XEN_NETIF_CTRL_HASH_TYPE_IPV6: u64 = 2;
/// (since 4.19.0)
pub const _XEN_NETIF_CTRL_HASH_TYPE_IPV6_TCP: u64 = 3;
/// (since 4.19.0)
pub const _XEN_NETIF_EXTRA_FLAG_MORE: u64 = 0;
/// (since 4.19.0)
pub const _XEN_NMIREASON_io_error: u64 = 0;
/// (since 4.19.0)
pub const _XEN_NMIREASON_pci_serr: u64 = 1;
/// (since 4.19.0)
pub const _XEN_NMIREASON_unknown: u64 = 2;
/// (since 4.19.0)
pub const _XEN_PCIB_AERHANDLER: u64 = 1;
/// (since 4.19.0)
pub const _XEN_PCIB_active: u64 = 2;
/// (since 4.19.0)
pub const _XEN_PCIF_active: u64 = 0;
/// (since 4.19.0)
pub const __HYPERVISOR_arch_0: u64 = 48;
/// (since 4.19.0)
pub const __HYPERVISOR_arch_1: u64 = 49;
/// (since 4.19.0)
pub const __HYPERVISOR_arch_2: u64 = 50;
/// (since 4.19.0)
pub const __HYPERVISOR_arch_3: u64 = 51;
/// (since 4.19.0)
pub const __HYPERVISOR_arch_4: u64 = 52;
/// (since 4.19.0)
pub const __HYPERVISOR_arch_5: u64 = 53;
/// (since 4.19.0)
pub const __HYPERVISOR_arch_6: u64 = 54;
/// (since 4.19.0)
pub const __HYPERVISOR_arch_7: u64 = 55;
/// (since 4.19.0)
pub const __HYPERVISOR_argo_op: u64 = 39;
/// (since 4.19.0)
pub const __HYPERVISOR_callback_op: u64 = 30;
/// (since 4.19.0)
pub const __HYPERVISOR_console_io: u64 = 18;
/// (since 4.19.0)
pub const __HYPERVISOR_dm_op: u64 = 41;
/// (since 4.19.0)
pub const __HYPERVISOR_domctl: u64 = 36;
/// (since 4.19.0)
pub const __HYPERVISOR_event_channel_op: u64 = 32;
/// (since 4.19.0)
pub const __HYPERVISOR_event_channel_op_compat: u64 = 16;
/// (since 4.19.0)
pub const __HYPERVISOR_fpu_taskswitch: u64 = 5;
/// (since 4.19.0)
pub const __HYPERVISOR_get_debugreg: u64 = 9;
/// (since 4.19.0)
pub const __HYPERVISOR_grant_table_op: u64 = 20;
/// (since 4.19.0)
pub const __HYPERVISOR_hvm_op: u64 = 34;
/// (since 4.19.0)
pub const __HYPERVISOR_hypfs_op: u64 = 42;
/// (since 4.19.0)
pub const __HYPERVISOR_iret: u64 = 23;
/// (since 4.19.0)
pub const __HYPERVISOR_kexec_op: u64 = 37;
/// (since 4.19.0)
pub const __HYPERVISOR_memory_op: u64 = 12;
/// (since 4.19.0)
pub const __HYPERVISOR_mmu_update: u64 = 1;
/// (since 4.19.0)
pub const __HYPERVISOR_mmuext_op: u64 = 26;
/// (since 4.19.0)
pub const __HYPERVISOR_multicall: u64 = 13;
/// (since 4.19.0)
pub const __HYPERVISOR_nmi_op: u64 = 28;
/// (since 4.19.0)
pub const __HYPERVISOR_physdev_op: u64 = 33;
/// (since 4.19.0)
pub const __HYPERVISOR_physdev_op_compat: u64 = 19;
/// (since 4.19.0)
pub const __HYPERVISOR_platform_op: u64 = 7;
/// (since 4.19.0)
pub const __HYPERVISOR_sched_op: u64 = 29;
/// (since 4.19.0)
pub const __HYPERVISOR_sched_op_compat: u64 = 6;
/// (since 4.19.0)
pub const __HYPERVISOR_set_callbacks: u64 = 4;
/// (since 4.19.0)
pub const __HYPERVISOR_set_debugreg: u64 = 8;
/// (since 4.19.0)
pub const __HYPERVISOR_set_gdt: u64 = 2;
/// (since 4.19.0)
pub const __HYPERVISOR_set_segment_base: u64 = 25;
/// (since 4.19.0)
pub const __HYPERVISOR_set_timer_op: u64 = 15;
/// (since 4.19.0)
pub const __HYPERVISOR_set_trap_table: u64 = 0;
/// (since 4.19.0)
pub const __HYPERVISOR_stack_switch: u64 = 3;
/// (since 4.19.0)
pub const __HYPERVISOR_sysctl: u64 = 35;
/// (since 4.19.0)
pub const __HYPERVISOR_tmem_op: u64 = 38;
/// (since 4.19.0)
pub const __HYPERVISOR_update_descriptor: u64 = 10;
/// (since 4.19.0)
pub const __HYPERVISOR_update_va_mapping: u64 = 14;
/// (since 4.19.0)
pub const __HYPERVISOR_update_va_mapping_otherdomain: u64 = 22;
/// (since 4.19.0)
pub const __HYPERVISOR_vcpu_op: u64 = 24;
/// (since 4.19.0)
pub const __HYPERVISOR_vm_assist: u64 = 21;
/// (since 4.19.0)
pub const __HYPERVISOR_xen_version: u64 = 17;
/// (since 4.19.0)
pub const __HYPERVISOR_xenoprof_op: u64 = 31;
/// (since 4.19.0)
pub const __HYPERVISOR_xenpmu_op: u64 = 40;
/// (since 4.19.0)
pub const __HYPERVISOR_xsm_op: u64 = 27;
/// (since 4.19.0)
pub const __XEN_LATEST_INTERFACE_VERSION__: u64 = 267008;

/// bindgen-style layout tests: size, alignment and every member's offset, per type,
/// as the catalogue has them for riscv64 (batched: one test per 50 types).
#[cfg(all(test, any(target_pointer_width = "64", target_arch = "riscv64")))]
mod layout_tests {
    use super::*;
    use core::mem::{align_of, size_of, MaybeUninit};


    macro_rules! offset {
        ($t:ty, $($path:tt)+) => {{
            let value = MaybeUninit::<$t>::uninit();
            let base = value.as_ptr();
            unsafe { core::ptr::addr_of!((*base).$($path)+) as usize - base as usize }
        }};
    }

    #[test]
    fn layout_000() {
        // RING_IDX
        assert_eq!(size_of::<RING_IDX>(), 4usize, "size of RING_IDX");
        assert_eq!(align_of::<RING_IDX>(), 4usize, "alignment of RING_IDX");
        // TPMIF_RING_IDX
        assert_eq!(size_of::<TPMIF_RING_IDX>(), 4usize, "size of TPMIF_RING_IDX");
        assert_eq!(align_of::<TPMIF_RING_IDX>(), 4usize, "alignment of TPMIF_RING_IDX");
        // XENCONS_RING_IDX
        assert_eq!(size_of::<XENCONS_RING_IDX>(), 4usize, "size of XENCONS_RING_IDX");
        assert_eq!(align_of::<XENCONS_RING_IDX>(), 4usize, "alignment of XENCONS_RING_IDX");
        // XENSTORE_RING_IDX
        assert_eq!(size_of::<XENSTORE_RING_IDX>(), 4usize, "size of XENSTORE_RING_IDX");
        assert_eq!(align_of::<XENSTORE_RING_IDX>(), 4usize, "alignment of XENSTORE_RING_IDX");
        // XenbusState
        assert_eq!(size_of::<XenbusState>(), 4usize, "size of XenbusState");
        assert_eq!(align_of::<XenbusState>(), 4usize, "alignment of XenbusState");
        // __guest_handle_64_char
        assert_eq!(size_of::<__guest_handle_64_char>(), 8usize, "size of __guest_handle_64_char");
        assert_eq!(align_of::<__guest_handle_64_char>(), 8usize, "alignment of __guest_handle_64_char");
        assert_eq!(offset!(__guest_handle_64_char, p), 0usize, "offset of __guest_handle_64_char.p");
        assert_eq!(offset!(__guest_handle_64_char, q), 0usize, "offset of __guest_handle_64_char.q");
        // __guest_handle_64_const_char
        assert_eq!(size_of::<__guest_handle_64_const_char>(), 8usize, "size of __guest_handle_64_const_char");
        assert_eq!(align_of::<__guest_handle_64_const_char>(), 8usize, "alignment of __guest_handle_64_const_char");
        assert_eq!(offset!(__guest_handle_64_const_char, p), 0usize, "offset of __guest_handle_64_const_char.p");
        assert_eq!(offset!(__guest_handle_64_const_char, q), 0usize, "offset of __guest_handle_64_const_char.q");
        // __guest_handle_64_const_evtchn_op_t
        assert_eq!(size_of::<__guest_handle_64_const_evtchn_op_t>(), 8usize, "size of __guest_handle_64_const_evtchn_op_t");
        assert_eq!(align_of::<__guest_handle_64_const_evtchn_op_t>(), 8usize, "alignment of __guest_handle_64_const_evtchn_op_t");
        assert_eq!(offset!(__guest_handle_64_const_evtchn_op_t, p), 0usize, "offset of __guest_handle_64_const_evtchn_op_t.p");
        assert_eq!(offset!(__guest_handle_64_const_evtchn_op_t, q), 0usize, "offset of __guest_handle_64_const_evtchn_op_t.q");
        // __guest_handle_64_const_evtchn_port_t
        assert_eq!(size_of::<__guest_handle_64_const_evtchn_port_t>(), 8usize, "size of __guest_handle_64_const_evtchn_port_t");
        assert_eq!(align_of::<__guest_handle_64_const_evtchn_port_t>(), 8usize, "alignment of __guest_handle_64_const_evtchn_port_t");
        assert_eq!(offset!(__guest_handle_64_const_evtchn_port_t, p), 0usize, "offset of __guest_handle_64_const_evtchn_port_t.p");
        assert_eq!(offset!(__guest_handle_64_const_evtchn_port_t, q), 0usize, "offset of __guest_handle_64_const_evtchn_port_t.q");
        // __guest_handle_64_const_gnttab_cache_flush_t
        assert_eq!(size_of::<__guest_handle_64_const_gnttab_cache_flush_t>(), 8usize, "size of __guest_handle_64_const_gnttab_cache_flush_t");
        assert_eq!(align_of::<__guest_handle_64_const_gnttab_cache_flush_t>(), 8usize, "alignment of __guest_handle_64_const_gnttab_cache_flush_t");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_cache_flush_t, p), 0usize, "offset of __guest_handle_64_const_gnttab_cache_flush_t.p");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_cache_flush_t, q), 0usize, "offset of __guest_handle_64_const_gnttab_cache_flush_t.q");
        // __guest_handle_64_const_gnttab_copy_t
        assert_eq!(size_of::<__guest_handle_64_const_gnttab_copy_t>(), 8usize, "size of __guest_handle_64_const_gnttab_copy_t");
        assert_eq!(align_of::<__guest_handle_64_const_gnttab_copy_t>(), 8usize, "alignment of __guest_handle_64_const_gnttab_copy_t");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_copy_t, p), 0usize, "offset of __guest_handle_64_const_gnttab_copy_t.p");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_copy_t, q), 0usize, "offset of __guest_handle_64_const_gnttab_copy_t.q");
        // __guest_handle_64_const_gnttab_dump_table_t
        assert_eq!(size_of::<__guest_handle_64_const_gnttab_dump_table_t>(), 8usize, "size of __guest_handle_64_const_gnttab_dump_table_t");
        assert_eq!(align_of::<__guest_handle_64_const_gnttab_dump_table_t>(), 8usize, "alignment of __guest_handle_64_const_gnttab_dump_table_t");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_dump_table_t, p), 0usize, "offset of __guest_handle_64_const_gnttab_dump_table_t.p");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_dump_table_t, q), 0usize, "offset of __guest_handle_64_const_gnttab_dump_table_t.q");
        // __guest_handle_64_const_gnttab_get_status_frames_t
        assert_eq!(size_of::<__guest_handle_64_const_gnttab_get_status_frames_t>(), 8usize, "size of __guest_handle_64_const_gnttab_get_status_frames_t");
        assert_eq!(align_of::<__guest_handle_64_const_gnttab_get_status_frames_t>(), 8usize, "alignment of __guest_handle_64_const_gnttab_get_status_frames_t");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_get_status_frames_t, p), 0usize, "offset of __guest_handle_64_const_gnttab_get_status_frames_t.p");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_get_status_frames_t, q), 0usize, "offset of __guest_handle_64_const_gnttab_get_status_frames_t.q");
        // __guest_handle_64_const_gnttab_get_version_t
        assert_eq!(size_of::<__guest_handle_64_const_gnttab_get_version_t>(), 8usize, "size of __guest_handle_64_const_gnttab_get_version_t");
        assert_eq!(align_of::<__guest_handle_64_const_gnttab_get_version_t>(), 8usize, "alignment of __guest_handle_64_const_gnttab_get_version_t");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_get_version_t, p), 0usize, "offset of __guest_handle_64_const_gnttab_get_version_t.p");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_get_version_t, q), 0usize, "offset of __guest_handle_64_const_gnttab_get_version_t.q");
        // __guest_handle_64_const_gnttab_map_grant_ref_t
        assert_eq!(size_of::<__guest_handle_64_const_gnttab_map_grant_ref_t>(), 8usize, "size of __guest_handle_64_const_gnttab_map_grant_ref_t");
        assert_eq!(align_of::<__guest_handle_64_const_gnttab_map_grant_ref_t>(), 8usize, "alignment of __guest_handle_64_const_gnttab_map_grant_ref_t");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_map_grant_ref_t, p), 0usize, "offset of __guest_handle_64_const_gnttab_map_grant_ref_t.p");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_map_grant_ref_t, q), 0usize, "offset of __guest_handle_64_const_gnttab_map_grant_ref_t.q");
        // __guest_handle_64_const_gnttab_query_size_t
        assert_eq!(size_of::<__guest_handle_64_const_gnttab_query_size_t>(), 8usize, "size of __guest_handle_64_const_gnttab_query_size_t");
        assert_eq!(align_of::<__guest_handle_64_const_gnttab_query_size_t>(), 8usize, "alignment of __guest_handle_64_const_gnttab_query_size_t");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_query_size_t, p), 0usize, "offset of __guest_handle_64_const_gnttab_query_size_t.p");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_query_size_t, q), 0usize, "offset of __guest_handle_64_const_gnttab_query_size_t.q");
        // __guest_handle_64_const_gnttab_set_version_t
        assert_eq!(size_of::<__guest_handle_64_const_gnttab_set_version_t>(), 8usize, "size of __guest_handle_64_const_gnttab_set_version_t");
        assert_eq!(align_of::<__guest_handle_64_const_gnttab_set_version_t>(), 8usize, "alignment of __guest_handle_64_const_gnttab_set_version_t");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_set_version_t, p), 0usize, "offset of __guest_handle_64_const_gnttab_set_version_t.p");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_set_version_t, q), 0usize, "offset of __guest_handle_64_const_gnttab_set_version_t.q");
        // __guest_handle_64_const_gnttab_setup_table_t
        assert_eq!(size_of::<__guest_handle_64_const_gnttab_setup_table_t>(), 8usize, "size of __guest_handle_64_const_gnttab_setup_table_t");
        assert_eq!(align_of::<__guest_handle_64_const_gnttab_setup_table_t>(), 8usize, "alignment of __guest_handle_64_const_gnttab_setup_table_t");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_setup_table_t, p), 0usize, "offset of __guest_handle_64_const_gnttab_setup_table_t.p");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_setup_table_t, q), 0usize, "offset of __guest_handle_64_const_gnttab_setup_table_t.q");
        // __guest_handle_64_const_gnttab_swap_grant_ref_t
        assert_eq!(size_of::<__guest_handle_64_const_gnttab_swap_grant_ref_t>(), 8usize, "size of __guest_handle_64_const_gnttab_swap_grant_ref_t");
        assert_eq!(align_of::<__guest_handle_64_const_gnttab_swap_grant_ref_t>(), 8usize, "alignment of __guest_handle_64_const_gnttab_swap_grant_ref_t");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_swap_grant_ref_t, p), 0usize, "offset of __guest_handle_64_const_gnttab_swap_grant_ref_t.p");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_swap_grant_ref_t, q), 0usize, "offset of __guest_handle_64_const_gnttab_swap_grant_ref_t.q");
        // __guest_handle_64_const_gnttab_transfer_t
        assert_eq!(size_of::<__guest_handle_64_const_gnttab_transfer_t>(), 8usize, "size of __guest_handle_64_const_gnttab_transfer_t");
        assert_eq!(align_of::<__guest_handle_64_const_gnttab_transfer_t>(), 8usize, "alignment of __guest_handle_64_const_gnttab_transfer_t");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_transfer_t, p), 0usize, "offset of __guest_handle_64_const_gnttab_transfer_t.p");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_transfer_t, q), 0usize, "offset of __guest_handle_64_const_gnttab_transfer_t.q");
        // __guest_handle_64_const_gnttab_unmap_and_replace_t
        assert_eq!(size_of::<__guest_handle_64_const_gnttab_unmap_and_replace_t>(), 8usize, "size of __guest_handle_64_const_gnttab_unmap_and_replace_t");
        assert_eq!(align_of::<__guest_handle_64_const_gnttab_unmap_and_replace_t>(), 8usize, "alignment of __guest_handle_64_const_gnttab_unmap_and_replace_t");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_unmap_and_replace_t, p), 0usize, "offset of __guest_handle_64_const_gnttab_unmap_and_replace_t.p");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_unmap_and_replace_t, q), 0usize, "offset of __guest_handle_64_const_gnttab_unmap_and_replace_t.q");
        // __guest_handle_64_const_gnttab_unmap_grant_ref_t
        assert_eq!(size_of::<__guest_handle_64_const_gnttab_unmap_grant_ref_t>(), 8usize, "size of __guest_handle_64_const_gnttab_unmap_grant_ref_t");
        assert_eq!(align_of::<__guest_handle_64_const_gnttab_unmap_grant_ref_t>(), 8usize, "alignment of __guest_handle_64_const_gnttab_unmap_grant_ref_t");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_unmap_grant_ref_t, p), 0usize, "offset of __guest_handle_64_const_gnttab_unmap_grant_ref_t.p");
        assert_eq!(offset!(__guest_handle_64_const_gnttab_unmap_grant_ref_t, q), 0usize, "offset of __guest_handle_64_const_gnttab_unmap_grant_ref_t.q");
        // __guest_handle_64_const_int
        assert_eq!(size_of::<__guest_handle_64_const_int>(), 8usize, "size of __guest_handle_64_const_int");
        assert_eq!(align_of::<__guest_handle_64_const_int>(), 8usize, "alignment of __guest_handle_64_const_int");
        assert_eq!(offset!(__guest_handle_64_const_int, p), 0usize, "offset of __guest_handle_64_const_int.p");
        assert_eq!(offset!(__guest_handle_64_const_int, q), 0usize, "offset of __guest_handle_64_const_int.q");
        // __guest_handle_64_const_mmu_update_t
        assert_eq!(size_of::<__guest_handle_64_const_mmu_update_t>(), 8usize, "size of __guest_handle_64_const_mmu_update_t");
        assert_eq!(align_of::<__guest_handle_64_const_mmu_update_t>(), 8usize, "alignment of __guest_handle_64_const_mmu_update_t");
        assert_eq!(offset!(__guest_handle_64_const_mmu_update_t, p), 0usize, "offset of __guest_handle_64_const_mmu_update_t.p");
        assert_eq!(offset!(__guest_handle_64_const_mmu_update_t, q), 0usize, "offset of __guest_handle_64_const_mmu_update_t.q");
        // __guest_handle_64_const_mmuext_op_t
        assert_eq!(size_of::<__guest_handle_64_const_mmuext_op_t>(), 8usize, "size of __guest_handle_64_const_mmuext_op_t");
        assert_eq!(align_of::<__guest_handle_64_const_mmuext_op_t>(), 8usize, "alignment of __guest_handle_64_const_mmuext_op_t");
        assert_eq!(offset!(__guest_handle_64_const_mmuext_op_t, p), 0usize, "offset of __guest_handle_64_const_mmuext_op_t.p");
        assert_eq!(offset!(__guest_handle_64_const_mmuext_op_t, q), 0usize, "offset of __guest_handle_64_const_mmuext_op_t.q");
        // __guest_handle_64_const_multicall_entry_t
        assert_eq!(size_of::<__guest_handle_64_const_multicall_entry_t>(), 8usize, "size of __guest_handle_64_const_multicall_entry_t");
        assert_eq!(align_of::<__guest_handle_64_const_multicall_entry_t>(), 8usize, "alignment of __guest_handle_64_const_multicall_entry_t");
        assert_eq!(offset!(__guest_handle_64_const_multicall_entry_t, p), 0usize, "offset of __guest_handle_64_const_multicall_entry_t.p");
        assert_eq!(offset!(__guest_handle_64_const_multicall_entry_t, q), 0usize, "offset of __guest_handle_64_const_multicall_entry_t.q");
        // __guest_handle_64_const_physdev_apic_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_apic_t>(), 8usize, "size of __guest_handle_64_const_physdev_apic_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_apic_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_apic_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_apic_t, p), 0usize, "offset of __guest_handle_64_const_physdev_apic_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_apic_t, q), 0usize, "offset of __guest_handle_64_const_physdev_apic_t.q");
        // __guest_handle_64_const_physdev_dbgp_op_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_dbgp_op_t>(), 8usize, "size of __guest_handle_64_const_physdev_dbgp_op_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_dbgp_op_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_dbgp_op_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_dbgp_op_t, p), 0usize, "offset of __guest_handle_64_const_physdev_dbgp_op_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_dbgp_op_t, q), 0usize, "offset of __guest_handle_64_const_physdev_dbgp_op_t.q");
        // __guest_handle_64_const_physdev_eoi_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_eoi_t>(), 8usize, "size of __guest_handle_64_const_physdev_eoi_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_eoi_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_eoi_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_eoi_t, p), 0usize, "offset of __guest_handle_64_const_physdev_eoi_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_eoi_t, q), 0usize, "offset of __guest_handle_64_const_physdev_eoi_t.q");
        // __guest_handle_64_const_physdev_get_free_pirq_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_get_free_pirq_t>(), 8usize, "size of __guest_handle_64_const_physdev_get_free_pirq_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_get_free_pirq_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_get_free_pirq_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_get_free_pirq_t, p), 0usize, "offset of __guest_handle_64_const_physdev_get_free_pirq_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_get_free_pirq_t, q), 0usize, "offset of __guest_handle_64_const_physdev_get_free_pirq_t.q");
        // __guest_handle_64_const_physdev_irq_status_query_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_irq_status_query_t>(), 8usize, "size of __guest_handle_64_const_physdev_irq_status_query_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_irq_status_query_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_irq_status_query_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_irq_status_query_t, p), 0usize, "offset of __guest_handle_64_const_physdev_irq_status_query_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_irq_status_query_t, q), 0usize, "offset of __guest_handle_64_const_physdev_irq_status_query_t.q");
        // __guest_handle_64_const_physdev_irq_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_irq_t>(), 8usize, "size of __guest_handle_64_const_physdev_irq_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_irq_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_irq_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_irq_t, p), 0usize, "offset of __guest_handle_64_const_physdev_irq_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_irq_t, q), 0usize, "offset of __guest_handle_64_const_physdev_irq_t.q");
        // __guest_handle_64_const_physdev_manage_pci_ext_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_manage_pci_ext_t>(), 8usize, "size of __guest_handle_64_const_physdev_manage_pci_ext_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_manage_pci_ext_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_manage_pci_ext_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_manage_pci_ext_t, p), 0usize, "offset of __guest_handle_64_const_physdev_manage_pci_ext_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_manage_pci_ext_t, q), 0usize, "offset of __guest_handle_64_const_physdev_manage_pci_ext_t.q");
        // __guest_handle_64_const_physdev_manage_pci_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_manage_pci_t>(), 8usize, "size of __guest_handle_64_const_physdev_manage_pci_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_manage_pci_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_manage_pci_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_manage_pci_t, p), 0usize, "offset of __guest_handle_64_const_physdev_manage_pci_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_manage_pci_t, q), 0usize, "offset of __guest_handle_64_const_physdev_manage_pci_t.q");
        // __guest_handle_64_const_physdev_map_pirq_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_map_pirq_t>(), 8usize, "size of __guest_handle_64_const_physdev_map_pirq_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_map_pirq_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_map_pirq_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_map_pirq_t, p), 0usize, "offset of __guest_handle_64_const_physdev_map_pirq_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_map_pirq_t, q), 0usize, "offset of __guest_handle_64_const_physdev_map_pirq_t.q");
        // __guest_handle_64_const_physdev_op_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_op_t>(), 8usize, "size of __guest_handle_64_const_physdev_op_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_op_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_op_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_op_t, p), 0usize, "offset of __guest_handle_64_const_physdev_op_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_op_t, q), 0usize, "offset of __guest_handle_64_const_physdev_op_t.q");
        // __guest_handle_64_const_physdev_pci_device_add_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_pci_device_add_t>(), 8usize, "size of __guest_handle_64_const_physdev_pci_device_add_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_pci_device_add_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_pci_device_add_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_pci_device_add_t, p), 0usize, "offset of __guest_handle_64_const_physdev_pci_device_add_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_pci_device_add_t, q), 0usize, "offset of __guest_handle_64_const_physdev_pci_device_add_t.q");
        // __guest_handle_64_const_physdev_pci_device_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_pci_device_t>(), 8usize, "size of __guest_handle_64_const_physdev_pci_device_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_pci_device_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_pci_device_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_pci_device_t, p), 0usize, "offset of __guest_handle_64_const_physdev_pci_device_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_pci_device_t, q), 0usize, "offset of __guest_handle_64_const_physdev_pci_device_t.q");
        // __guest_handle_64_const_physdev_pci_mmcfg_reserved_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_pci_mmcfg_reserved_t>(), 8usize, "size of __guest_handle_64_const_physdev_pci_mmcfg_reserved_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_pci_mmcfg_reserved_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_pci_mmcfg_reserved_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_pci_mmcfg_reserved_t, p), 0usize, "offset of __guest_handle_64_const_physdev_pci_mmcfg_reserved_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_pci_mmcfg_reserved_t, q), 0usize, "offset of __guest_handle_64_const_physdev_pci_mmcfg_reserved_t.q");
        // __guest_handle_64_const_physdev_pirq_eoi_gmfn_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_pirq_eoi_gmfn_t>(), 8usize, "size of __guest_handle_64_const_physdev_pirq_eoi_gmfn_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_pirq_eoi_gmfn_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_pirq_eoi_gmfn_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_pirq_eoi_gmfn_t, p), 0usize, "offset of __guest_handle_64_const_physdev_pirq_eoi_gmfn_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_pirq_eoi_gmfn_t, q), 0usize, "offset of __guest_handle_64_const_physdev_pirq_eoi_gmfn_t.q");
        // __guest_handle_64_const_physdev_restore_msi_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_restore_msi_t>(), 8usize, "size of __guest_handle_64_const_physdev_restore_msi_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_restore_msi_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_restore_msi_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_restore_msi_t, p), 0usize, "offset of __guest_handle_64_const_physdev_restore_msi_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_restore_msi_t, q), 0usize, "offset of __guest_handle_64_const_physdev_restore_msi_t.q");
        // __guest_handle_64_const_physdev_set_iobitmap_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_set_iobitmap_t>(), 8usize, "size of __guest_handle_64_const_physdev_set_iobitmap_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_set_iobitmap_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_set_iobitmap_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_set_iobitmap_t, p), 0usize, "offset of __guest_handle_64_const_physdev_set_iobitmap_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_set_iobitmap_t, q), 0usize, "offset of __guest_handle_64_const_physdev_set_iobitmap_t.q");
        // __guest_handle_64_const_physdev_set_iopl_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_set_iopl_t>(), 8usize, "size of __guest_handle_64_const_physdev_set_iopl_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_set_iopl_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_set_iopl_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_set_iopl_t, p), 0usize, "offset of __guest_handle_64_const_physdev_set_iopl_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_set_iopl_t, q), 0usize, "offset of __guest_handle_64_const_physdev_set_iopl_t.q");
        // __guest_handle_64_const_physdev_setup_gsi_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_setup_gsi_t>(), 8usize, "size of __guest_handle_64_const_physdev_setup_gsi_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_setup_gsi_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_setup_gsi_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_setup_gsi_t, p), 0usize, "offset of __guest_handle_64_const_physdev_setup_gsi_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_setup_gsi_t, q), 0usize, "offset of __guest_handle_64_const_physdev_setup_gsi_t.q");
        // __guest_handle_64_const_physdev_unmap_pirq_t
        assert_eq!(size_of::<__guest_handle_64_const_physdev_unmap_pirq_t>(), 8usize, "size of __guest_handle_64_const_physdev_unmap_pirq_t");
        assert_eq!(align_of::<__guest_handle_64_const_physdev_unmap_pirq_t>(), 8usize, "alignment of __guest_handle_64_const_physdev_unmap_pirq_t");
        assert_eq!(offset!(__guest_handle_64_const_physdev_unmap_pirq_t, p), 0usize, "offset of __guest_handle_64_const_physdev_unmap_pirq_t.p");
        assert_eq!(offset!(__guest_handle_64_const_physdev_unmap_pirq_t, q), 0usize, "offset of __guest_handle_64_const_physdev_unmap_pirq_t.q");
        // __guest_handle_64_const_sched_pin_override_t
        assert_eq!(size_of::<__guest_handle_64_const_sched_pin_override_t>(), 8usize, "size of __guest_handle_64_const_sched_pin_override_t");
        assert_eq!(align_of::<__guest_handle_64_const_sched_pin_override_t>(), 8usize, "alignment of __guest_handle_64_const_sched_pin_override_t");
        assert_eq!(offset!(__guest_handle_64_const_sched_pin_override_t, p), 0usize, "offset of __guest_handle_64_const_sched_pin_override_t.p");
        assert_eq!(offset!(__guest_handle_64_const_sched_pin_override_t, q), 0usize, "offset of __guest_handle_64_const_sched_pin_override_t.q");
        // __guest_handle_64_const_sched_poll_t
        assert_eq!(size_of::<__guest_handle_64_const_sched_poll_t>(), 8usize, "size of __guest_handle_64_const_sched_poll_t");
        assert_eq!(align_of::<__guest_handle_64_const_sched_poll_t>(), 8usize, "alignment of __guest_handle_64_const_sched_poll_t");
        assert_eq!(offset!(__guest_handle_64_const_sched_poll_t, p), 0usize, "offset of __guest_handle_64_const_sched_poll_t.p");
        assert_eq!(offset!(__guest_handle_64_const_sched_poll_t, q), 0usize, "offset of __guest_handle_64_const_sched_poll_t.q");
        // __guest_handle_64_const_sched_remote_shutdown_t
        assert_eq!(size_of::<__guest_handle_64_const_sched_remote_shutdown_t>(), 8usize, "size of __guest_handle_64_const_sched_remote_shutdown_t");
        assert_eq!(align_of::<__guest_handle_64_const_sched_remote_shutdown_t>(), 8usize, "alignment of __guest_handle_64_const_sched_remote_shutdown_t");
        assert_eq!(offset!(__guest_handle_64_const_sched_remote_shutdown_t, p), 0usize, "offset of __guest_handle_64_const_sched_remote_shutdown_t.p");
        assert_eq!(offset!(__guest_handle_64_const_sched_remote_shutdown_t, q), 0usize, "offset of __guest_handle_64_const_sched_remote_shutdown_t.q");
        // __guest_handle_64_const_sched_shutdown_t
        assert_eq!(size_of::<__guest_handle_64_const_sched_shutdown_t>(), 8usize, "size of __guest_handle_64_const_sched_shutdown_t");
        assert_eq!(align_of::<__guest_handle_64_const_sched_shutdown_t>(), 8usize, "alignment of __guest_handle_64_const_sched_shutdown_t");
        assert_eq!(offset!(__guest_handle_64_const_sched_shutdown_t, p), 0usize, "offset of __guest_handle_64_const_sched_shutdown_t.p");
        assert_eq!(offset!(__guest_handle_64_const_sched_shutdown_t, q), 0usize, "offset of __guest_handle_64_const_sched_shutdown_t.q");
        // __guest_handle_64_const_sched_watchdog_t
        assert_eq!(size_of::<__guest_handle_64_const_sched_watchdog_t>(), 8usize, "size of __guest_handle_64_const_sched_watchdog_t");
        assert_eq!(align_of::<__guest_handle_64_const_sched_watchdog_t>(), 8usize, "alignment of __guest_handle_64_const_sched_watchdog_t");
        assert_eq!(offset!(__guest_handle_64_const_sched_watchdog_t, p), 0usize, "offset of __guest_handle_64_const_sched_watchdog_t.p");
        assert_eq!(offset!(__guest_handle_64_const_sched_watchdog_t, q), 0usize, "offset of __guest_handle_64_const_sched_watchdog_t.q");
    }

    #[test]
    fn layout_001() {
        // __guest_handle_64_const_uchar
        assert_eq!(size_of::<__guest_handle_64_const_uchar>(), 8usize, "size of __guest_handle_64_const_uchar");
        assert_eq!(align_of::<__guest_handle_64_const_uchar>(), 8usize, "alignment of __guest_handle_64_const_uchar");
        assert_eq!(offset!(__guest_handle_64_const_uchar, p), 0usize, "offset of __guest_handle_64_const_uchar.p");
        assert_eq!(offset!(__guest_handle_64_const_uchar, q), 0usize, "offset of __guest_handle_64_const_uchar.q");
        // __guest_handle_64_const_uint
        assert_eq!(size_of::<__guest_handle_64_const_uint>(), 8usize, "size of __guest_handle_64_const_uint");
        assert_eq!(align_of::<__guest_handle_64_const_uint>(), 8usize, "alignment of __guest_handle_64_const_uint");
        assert_eq!(offset!(__guest_handle_64_const_uint, p), 0usize, "offset of __guest_handle_64_const_uint.p");
        assert_eq!(offset!(__guest_handle_64_const_uint, q), 0usize, "offset of __guest_handle_64_const_uint.q");
        // __guest_handle_64_const_uint16
        assert_eq!(size_of::<__guest_handle_64_const_uint16>(), 8usize, "size of __guest_handle_64_const_uint16");
        assert_eq!(align_of::<__guest_handle_64_const_uint16>(), 8usize, "alignment of __guest_handle_64_const_uint16");
        assert_eq!(offset!(__guest_handle_64_const_uint16, p), 0usize, "offset of __guest_handle_64_const_uint16.p");
        assert_eq!(offset!(__guest_handle_64_const_uint16, q), 0usize, "offset of __guest_handle_64_const_uint16.q");
        // __guest_handle_64_const_uint32
        assert_eq!(size_of::<__guest_handle_64_const_uint32>(), 8usize, "size of __guest_handle_64_const_uint32");
        assert_eq!(align_of::<__guest_handle_64_const_uint32>(), 8usize, "alignment of __guest_handle_64_const_uint32");
        assert_eq!(offset!(__guest_handle_64_const_uint32, p), 0usize, "offset of __guest_handle_64_const_uint32.p");
        assert_eq!(offset!(__guest_handle_64_const_uint32, q), 0usize, "offset of __guest_handle_64_const_uint32.q");
        // __guest_handle_64_const_uint64
        assert_eq!(size_of::<__guest_handle_64_const_uint64>(), 8usize, "size of __guest_handle_64_const_uint64");
        assert_eq!(align_of::<__guest_handle_64_const_uint64>(), 8usize, "alignment of __guest_handle_64_const_uint64");
        assert_eq!(offset!(__guest_handle_64_const_uint64, p), 0usize, "offset of __guest_handle_64_const_uint64.p");
        assert_eq!(offset!(__guest_handle_64_const_uint64, q), 0usize, "offset of __guest_handle_64_const_uint64.q");
        // __guest_handle_64_const_uint64_t
        assert_eq!(size_of::<__guest_handle_64_const_uint64_t>(), 8usize, "size of __guest_handle_64_const_uint64_t");
        assert_eq!(align_of::<__guest_handle_64_const_uint64_t>(), 8usize, "alignment of __guest_handle_64_const_uint64_t");
        assert_eq!(offset!(__guest_handle_64_const_uint64_t, p), 0usize, "offset of __guest_handle_64_const_uint64_t.p");
        assert_eq!(offset!(__guest_handle_64_const_uint64_t, q), 0usize, "offset of __guest_handle_64_const_uint64_t.q");
        // __guest_handle_64_const_uint8
        assert_eq!(size_of::<__guest_handle_64_const_uint8>(), 8usize, "size of __guest_handle_64_const_uint8");
        assert_eq!(align_of::<__guest_handle_64_const_uint8>(), 8usize, "alignment of __guest_handle_64_const_uint8");
        assert_eq!(offset!(__guest_handle_64_const_uint8, p), 0usize, "offset of __guest_handle_64_const_uint8.p");
        assert_eq!(offset!(__guest_handle_64_const_uint8, q), 0usize, "offset of __guest_handle_64_const_uint8.q");
        // __guest_handle_64_const_vcpu_get_physid_t
        assert_eq!(size_of::<__guest_handle_64_const_vcpu_get_physid_t>(), 8usize, "size of __guest_handle_64_const_vcpu_get_physid_t");
        assert_eq!(align_of::<__guest_handle_64_const_vcpu_get_physid_t>(), 8usize, "alignment of __guest_handle_64_const_vcpu_get_physid_t");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_get_physid_t, p), 0usize, "offset of __guest_handle_64_const_vcpu_get_physid_t.p");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_get_physid_t, q), 0usize, "offset of __guest_handle_64_const_vcpu_get_physid_t.q");
        // __guest_handle_64_const_vcpu_hvm_context_t
        assert_eq!(size_of::<__guest_handle_64_const_vcpu_hvm_context_t>(), 8usize, "size of __guest_handle_64_const_vcpu_hvm_context_t");
        assert_eq!(align_of::<__guest_handle_64_const_vcpu_hvm_context_t>(), 8usize, "alignment of __guest_handle_64_const_vcpu_hvm_context_t");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_hvm_context_t, p), 0usize, "offset of __guest_handle_64_const_vcpu_hvm_context_t.p");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_hvm_context_t, q), 0usize, "offset of __guest_handle_64_const_vcpu_hvm_context_t.q");
        // __guest_handle_64_const_vcpu_register_runstate_memory_area_t
        assert_eq!(size_of::<__guest_handle_64_const_vcpu_register_runstate_memory_area_t>(), 8usize, "size of __guest_handle_64_const_vcpu_register_runstate_memory_area_t");
        assert_eq!(align_of::<__guest_handle_64_const_vcpu_register_runstate_memory_area_t>(), 8usize, "alignment of __guest_handle_64_const_vcpu_register_runstate_memory_area_t");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_register_runstate_memory_area_t, p), 0usize, "offset of __guest_handle_64_const_vcpu_register_runstate_memory_area_t.p");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_register_runstate_memory_area_t, q), 0usize, "offset of __guest_handle_64_const_vcpu_register_runstate_memory_area_t.q");
        // __guest_handle_64_const_vcpu_register_time_memory_area_t
        assert_eq!(size_of::<__guest_handle_64_const_vcpu_register_time_memory_area_t>(), 8usize, "size of __guest_handle_64_const_vcpu_register_time_memory_area_t");
        assert_eq!(align_of::<__guest_handle_64_const_vcpu_register_time_memory_area_t>(), 8usize, "alignment of __guest_handle_64_const_vcpu_register_time_memory_area_t");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_register_time_memory_area_t, p), 0usize, "offset of __guest_handle_64_const_vcpu_register_time_memory_area_t.p");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_register_time_memory_area_t, q), 0usize, "offset of __guest_handle_64_const_vcpu_register_time_memory_area_t.q");
        // __guest_handle_64_const_vcpu_register_vcpu_info_t
        assert_eq!(size_of::<__guest_handle_64_const_vcpu_register_vcpu_info_t>(), 8usize, "size of __guest_handle_64_const_vcpu_register_vcpu_info_t");
        assert_eq!(align_of::<__guest_handle_64_const_vcpu_register_vcpu_info_t>(), 8usize, "alignment of __guest_handle_64_const_vcpu_register_vcpu_info_t");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_register_vcpu_info_t, p), 0usize, "offset of __guest_handle_64_const_vcpu_register_vcpu_info_t.p");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_register_vcpu_info_t, q), 0usize, "offset of __guest_handle_64_const_vcpu_register_vcpu_info_t.q");
        // __guest_handle_64_const_vcpu_runstate_info_t
        assert_eq!(size_of::<__guest_handle_64_const_vcpu_runstate_info_t>(), 8usize, "size of __guest_handle_64_const_vcpu_runstate_info_t");
        assert_eq!(align_of::<__guest_handle_64_const_vcpu_runstate_info_t>(), 8usize, "alignment of __guest_handle_64_const_vcpu_runstate_info_t");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_runstate_info_t, p), 0usize, "offset of __guest_handle_64_const_vcpu_runstate_info_t.p");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_runstate_info_t, q), 0usize, "offset of __guest_handle_64_const_vcpu_runstate_info_t.q");
        // __guest_handle_64_const_vcpu_set_periodic_timer_t
        assert_eq!(size_of::<__guest_handle_64_const_vcpu_set_periodic_timer_t>(), 8usize, "size of __guest_handle_64_const_vcpu_set_periodic_timer_t");
        assert_eq!(align_of::<__guest_handle_64_const_vcpu_set_periodic_timer_t>(), 8usize, "alignment of __guest_handle_64_const_vcpu_set_periodic_timer_t");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_set_periodic_timer_t, p), 0usize, "offset of __guest_handle_64_const_vcpu_set_periodic_timer_t.p");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_set_periodic_timer_t, q), 0usize, "offset of __guest_handle_64_const_vcpu_set_periodic_timer_t.q");
        // __guest_handle_64_const_vcpu_set_singleshot_timer_t
        assert_eq!(size_of::<__guest_handle_64_const_vcpu_set_singleshot_timer_t>(), 8usize, "size of __guest_handle_64_const_vcpu_set_singleshot_timer_t");
        assert_eq!(align_of::<__guest_handle_64_const_vcpu_set_singleshot_timer_t>(), 8usize, "alignment of __guest_handle_64_const_vcpu_set_singleshot_timer_t");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_set_singleshot_timer_t, p), 0usize, "offset of __guest_handle_64_const_vcpu_set_singleshot_timer_t.p");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_set_singleshot_timer_t, q), 0usize, "offset of __guest_handle_64_const_vcpu_set_singleshot_timer_t.q");
        // __guest_handle_64_const_vcpu_time_info_t
        assert_eq!(size_of::<__guest_handle_64_const_vcpu_time_info_t>(), 8usize, "size of __guest_handle_64_const_vcpu_time_info_t");
        assert_eq!(align_of::<__guest_handle_64_const_vcpu_time_info_t>(), 8usize, "alignment of __guest_handle_64_const_vcpu_time_info_t");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_time_info_t, p), 0usize, "offset of __guest_handle_64_const_vcpu_time_info_t.p");
        assert_eq!(offset!(__guest_handle_64_const_vcpu_time_info_t, q), 0usize, "offset of __guest_handle_64_const_vcpu_time_info_t.q");
        // __guest_handle_64_const_void
        assert_eq!(size_of::<__guest_handle_64_const_void>(), 8usize, "size of __guest_handle_64_const_void");
        assert_eq!(align_of::<__guest_handle_64_const_void>(), 8usize, "alignment of __guest_handle_64_const_void");
        assert_eq!(offset!(__guest_handle_64_const_void, p), 0usize, "offset of __guest_handle_64_const_void.p");
        assert_eq!(offset!(__guest_handle_64_const_void, q), 0usize, "offset of __guest_handle_64_const_void.q");
        // __guest_handle_64_const_xen_add_to_physmap_batch_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_add_to_physmap_batch_t>(), 8usize, "size of __guest_handle_64_const_xen_add_to_physmap_batch_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_add_to_physmap_batch_t>(), 8usize, "alignment of __guest_handle_64_const_xen_add_to_physmap_batch_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_add_to_physmap_batch_t, p), 0usize, "offset of __guest_handle_64_const_xen_add_to_physmap_batch_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_add_to_physmap_batch_t, q), 0usize, "offset of __guest_handle_64_const_xen_add_to_physmap_batch_t.q");
        // __guest_handle_64_const_xen_add_to_physmap_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_add_to_physmap_t>(), 8usize, "size of __guest_handle_64_const_xen_add_to_physmap_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_add_to_physmap_t>(), 8usize, "alignment of __guest_handle_64_const_xen_add_to_physmap_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_add_to_physmap_t, p), 0usize, "offset of __guest_handle_64_const_xen_add_to_physmap_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_add_to_physmap_t, q), 0usize, "offset of __guest_handle_64_const_xen_add_to_physmap_t.q");
        // __guest_handle_64_const_xen_dm_op_buf_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_dm_op_buf_t>(), 8usize, "size of __guest_handle_64_const_xen_dm_op_buf_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_dm_op_buf_t>(), 8usize, "alignment of __guest_handle_64_const_xen_dm_op_buf_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_dm_op_buf_t, p), 0usize, "offset of __guest_handle_64_const_xen_dm_op_buf_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_dm_op_buf_t, q), 0usize, "offset of __guest_handle_64_const_xen_dm_op_buf_t.q");
        // __guest_handle_64_const_xen_flask_op_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_flask_op_t>(), 8usize, "size of __guest_handle_64_const_xen_flask_op_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_flask_op_t>(), 8usize, "alignment of __guest_handle_64_const_xen_flask_op_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_flask_op_t, p), 0usize, "offset of __guest_handle_64_const_xen_flask_op_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_flask_op_t, q), 0usize, "offset of __guest_handle_64_const_xen_flask_op_t.q");
        // __guest_handle_64_const_xen_foreign_memory_map_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_foreign_memory_map_t>(), 8usize, "size of __guest_handle_64_const_xen_foreign_memory_map_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_foreign_memory_map_t>(), 8usize, "alignment of __guest_handle_64_const_xen_foreign_memory_map_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_foreign_memory_map_t, p), 0usize, "offset of __guest_handle_64_const_xen_foreign_memory_map_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_foreign_memory_map_t, q), 0usize, "offset of __guest_handle_64_const_xen_foreign_memory_map_t.q");
        // __guest_handle_64_const_xen_hvm_altp2m_change_gfn_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_hvm_altp2m_change_gfn_t>(), 8usize, "size of __guest_handle_64_const_xen_hvm_altp2m_change_gfn_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_hvm_altp2m_change_gfn_t>(), 8usize, "alignment of __guest_handle_64_const_xen_hvm_altp2m_change_gfn_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_altp2m_change_gfn_t, p), 0usize, "offset of __guest_handle_64_const_xen_hvm_altp2m_change_gfn_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_altp2m_change_gfn_t, q), 0usize, "offset of __guest_handle_64_const_xen_hvm_altp2m_change_gfn_t.q");
        // __guest_handle_64_const_xen_hvm_altp2m_domain_state_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_hvm_altp2m_domain_state_t>(), 8usize, "size of __guest_handle_64_const_xen_hvm_altp2m_domain_state_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_hvm_altp2m_domain_state_t>(), 8usize, "alignment of __guest_handle_64_const_xen_hvm_altp2m_domain_state_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_altp2m_domain_state_t, p), 0usize, "offset of __guest_handle_64_const_xen_hvm_altp2m_domain_state_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_altp2m_domain_state_t, q), 0usize, "offset of __guest_handle_64_const_xen_hvm_altp2m_domain_state_t.q");
        // __guest_handle_64_const_xen_hvm_altp2m_mem_access_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_hvm_altp2m_mem_access_t>(), 8usize, "size of __guest_handle_64_const_xen_hvm_altp2m_mem_access_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_hvm_altp2m_mem_access_t>(), 8usize, "alignment of __guest_handle_64_const_xen_hvm_altp2m_mem_access_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_altp2m_mem_access_t, p), 0usize, "offset of __guest_handle_64_const_xen_hvm_altp2m_mem_access_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_altp2m_mem_access_t, q), 0usize, "offset of __guest_handle_64_const_xen_hvm_altp2m_mem_access_t.q");
        // __guest_handle_64_const_xen_hvm_altp2m_op_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_hvm_altp2m_op_t>(), 8usize, "size of __guest_handle_64_const_xen_hvm_altp2m_op_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_hvm_altp2m_op_t>(), 8usize, "alignment of __guest_handle_64_const_xen_hvm_altp2m_op_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_altp2m_op_t, p), 0usize, "offset of __guest_handle_64_const_xen_hvm_altp2m_op_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_altp2m_op_t, q), 0usize, "offset of __guest_handle_64_const_xen_hvm_altp2m_op_t.q");
        // __guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t>(), 8usize, "size of __guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t>(), 8usize, "alignment of __guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t, p), 0usize, "offset of __guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t, q), 0usize, "offset of __guest_handle_64_const_xen_hvm_altp2m_vcpu_disable_notify_t.q");
        // __guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t>(), 8usize, "size of __guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t>(), 8usize, "alignment of __guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t, p), 0usize, "offset of __guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t, q), 0usize, "offset of __guest_handle_64_const_xen_hvm_altp2m_vcpu_enable_notify_t.q");
        // __guest_handle_64_const_xen_hvm_altp2m_view_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_hvm_altp2m_view_t>(), 8usize, "size of __guest_handle_64_const_xen_hvm_altp2m_view_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_hvm_altp2m_view_t>(), 8usize, "alignment of __guest_handle_64_const_xen_hvm_altp2m_view_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_altp2m_view_t, p), 0usize, "offset of __guest_handle_64_const_xen_hvm_altp2m_view_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_altp2m_view_t, q), 0usize, "offset of __guest_handle_64_const_xen_hvm_altp2m_view_t.q");
        // __guest_handle_64_const_xen_hvm_get_mem_type_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_hvm_get_mem_type_t>(), 8usize, "size of __guest_handle_64_const_xen_hvm_get_mem_type_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_hvm_get_mem_type_t>(), 8usize, "alignment of __guest_handle_64_const_xen_hvm_get_mem_type_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_get_mem_type_t, p), 0usize, "offset of __guest_handle_64_const_xen_hvm_get_mem_type_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_get_mem_type_t, q), 0usize, "offset of __guest_handle_64_const_xen_hvm_get_mem_type_t.q");
        // __guest_handle_64_const_xen_hvm_get_time_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_hvm_get_time_t>(), 8usize, "size of __guest_handle_64_const_xen_hvm_get_time_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_hvm_get_time_t>(), 8usize, "alignment of __guest_handle_64_const_xen_hvm_get_time_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_get_time_t, p), 0usize, "offset of __guest_handle_64_const_xen_hvm_get_time_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_get_time_t, q), 0usize, "offset of __guest_handle_64_const_xen_hvm_get_time_t.q");
        // __guest_handle_64_const_xen_hvm_pagetable_dying_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_hvm_pagetable_dying_t>(), 8usize, "size of __guest_handle_64_const_xen_hvm_pagetable_dying_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_hvm_pagetable_dying_t>(), 8usize, "alignment of __guest_handle_64_const_xen_hvm_pagetable_dying_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_pagetable_dying_t, p), 0usize, "offset of __guest_handle_64_const_xen_hvm_pagetable_dying_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_pagetable_dying_t, q), 0usize, "offset of __guest_handle_64_const_xen_hvm_pagetable_dying_t.q");
        // __guest_handle_64_const_xen_hvm_param_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_hvm_param_t>(), 8usize, "size of __guest_handle_64_const_xen_hvm_param_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_hvm_param_t>(), 8usize, "alignment of __guest_handle_64_const_xen_hvm_param_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_param_t, p), 0usize, "offset of __guest_handle_64_const_xen_hvm_param_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_param_t, q), 0usize, "offset of __guest_handle_64_const_xen_hvm_param_t.q");
        // __guest_handle_64_const_xen_hvm_xentrace_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_hvm_xentrace_t>(), 8usize, "size of __guest_handle_64_const_xen_hvm_xentrace_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_hvm_xentrace_t>(), 8usize, "alignment of __guest_handle_64_const_xen_hvm_xentrace_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_xentrace_t, p), 0usize, "offset of __guest_handle_64_const_xen_hvm_xentrace_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_hvm_xentrace_t, q), 0usize, "offset of __guest_handle_64_const_xen_hvm_xentrace_t.q");
        // __guest_handle_64_const_xen_kexec_load_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_kexec_load_t>(), 8usize, "size of __guest_handle_64_const_xen_kexec_load_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_kexec_load_t>(), 8usize, "alignment of __guest_handle_64_const_xen_kexec_load_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_kexec_load_t, p), 0usize, "offset of __guest_handle_64_const_xen_kexec_load_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_kexec_load_t, q), 0usize, "offset of __guest_handle_64_const_xen_kexec_load_t.q");
        // __guest_handle_64_const_xen_kexec_segment_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_kexec_segment_t>(), 8usize, "size of __guest_handle_64_const_xen_kexec_segment_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_kexec_segment_t>(), 8usize, "alignment of __guest_handle_64_const_xen_kexec_segment_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_kexec_segment_t, p), 0usize, "offset of __guest_handle_64_const_xen_kexec_segment_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_kexec_segment_t, q), 0usize, "offset of __guest_handle_64_const_xen_kexec_segment_t.q");
        // __guest_handle_64_const_xen_kexec_status_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_kexec_status_t>(), 8usize, "size of __guest_handle_64_const_xen_kexec_status_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_kexec_status_t>(), 8usize, "alignment of __guest_handle_64_const_xen_kexec_status_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_kexec_status_t, p), 0usize, "offset of __guest_handle_64_const_xen_kexec_status_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_kexec_status_t, q), 0usize, "offset of __guest_handle_64_const_xen_kexec_status_t.q");
        // __guest_handle_64_const_xen_kexec_unload_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_kexec_unload_t>(), 8usize, "size of __guest_handle_64_const_xen_kexec_unload_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_kexec_unload_t>(), 8usize, "alignment of __guest_handle_64_const_xen_kexec_unload_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_kexec_unload_t, p), 0usize, "offset of __guest_handle_64_const_xen_kexec_unload_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_kexec_unload_t, q), 0usize, "offset of __guest_handle_64_const_xen_kexec_unload_t.q");
        // __guest_handle_64_const_xen_machphys_mapping_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_machphys_mapping_t>(), 8usize, "size of __guest_handle_64_const_xen_machphys_mapping_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_machphys_mapping_t>(), 8usize, "alignment of __guest_handle_64_const_xen_machphys_mapping_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_machphys_mapping_t, p), 0usize, "offset of __guest_handle_64_const_xen_machphys_mapping_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_machphys_mapping_t, q), 0usize, "offset of __guest_handle_64_const_xen_machphys_mapping_t.q");
        // __guest_handle_64_const_xen_machphys_mfn_list_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_machphys_mfn_list_t>(), 8usize, "size of __guest_handle_64_const_xen_machphys_mfn_list_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_machphys_mfn_list_t>(), 8usize, "alignment of __guest_handle_64_const_xen_machphys_mfn_list_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_machphys_mfn_list_t, p), 0usize, "offset of __guest_handle_64_const_xen_machphys_mfn_list_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_machphys_mfn_list_t, q), 0usize, "offset of __guest_handle_64_const_xen_machphys_mfn_list_t.q");
        // __guest_handle_64_const_xen_mem_acquire_resource_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_mem_acquire_resource_t>(), 8usize, "size of __guest_handle_64_const_xen_mem_acquire_resource_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_mem_acquire_resource_t>(), 8usize, "alignment of __guest_handle_64_const_xen_mem_acquire_resource_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_mem_acquire_resource_t, p), 0usize, "offset of __guest_handle_64_const_xen_mem_acquire_resource_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_mem_acquire_resource_t, q), 0usize, "offset of __guest_handle_64_const_xen_mem_acquire_resource_t.q");
        // __guest_handle_64_const_xen_memory_exchange_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_memory_exchange_t>(), 8usize, "size of __guest_handle_64_const_xen_memory_exchange_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_memory_exchange_t>(), 8usize, "alignment of __guest_handle_64_const_xen_memory_exchange_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_memory_exchange_t, p), 0usize, "offset of __guest_handle_64_const_xen_memory_exchange_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_memory_exchange_t, q), 0usize, "offset of __guest_handle_64_const_xen_memory_exchange_t.q");
        // __guest_handle_64_const_xen_memory_map_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_memory_map_t>(), 8usize, "size of __guest_handle_64_const_xen_memory_map_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_memory_map_t>(), 8usize, "alignment of __guest_handle_64_const_xen_memory_map_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_memory_map_t, p), 0usize, "offset of __guest_handle_64_const_xen_memory_map_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_memory_map_t, q), 0usize, "offset of __guest_handle_64_const_xen_memory_map_t.q");
        // __guest_handle_64_const_xen_memory_reservation_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_memory_reservation_t>(), 8usize, "size of __guest_handle_64_const_xen_memory_reservation_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_memory_reservation_t>(), 8usize, "alignment of __guest_handle_64_const_xen_memory_reservation_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_memory_reservation_t, p), 0usize, "offset of __guest_handle_64_const_xen_memory_reservation_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_memory_reservation_t, q), 0usize, "offset of __guest_handle_64_const_xen_memory_reservation_t.q");
        // __guest_handle_64_const_xen_pfn_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_pfn_t>(), 8usize, "size of __guest_handle_64_const_xen_pfn_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_pfn_t>(), 8usize, "alignment of __guest_handle_64_const_xen_pfn_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_pfn_t, p), 0usize, "offset of __guest_handle_64_const_xen_pfn_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_pfn_t, q), 0usize, "offset of __guest_handle_64_const_xen_pfn_t.q");
        // __guest_handle_64_const_xen_platform_op_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_platform_op_t>(), 8usize, "size of __guest_handle_64_const_xen_platform_op_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_platform_op_t>(), 8usize, "alignment of __guest_handle_64_const_xen_platform_op_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_platform_op_t, p), 0usize, "offset of __guest_handle_64_const_xen_platform_op_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_platform_op_t, q), 0usize, "offset of __guest_handle_64_const_xen_platform_op_t.q");
        // __guest_handle_64_const_xen_pmu_params_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_pmu_params_t>(), 8usize, "size of __guest_handle_64_const_xen_pmu_params_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_pmu_params_t>(), 8usize, "alignment of __guest_handle_64_const_xen_pmu_params_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_pmu_params_t, p), 0usize, "offset of __guest_handle_64_const_xen_pmu_params_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_pmu_params_t, q), 0usize, "offset of __guest_handle_64_const_xen_pmu_params_t.q");
        // __guest_handle_64_const_xen_processor_csd_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_processor_csd_t>(), 8usize, "size of __guest_handle_64_const_xen_processor_csd_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_processor_csd_t>(), 8usize, "alignment of __guest_handle_64_const_xen_processor_csd_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_processor_csd_t, p), 0usize, "offset of __guest_handle_64_const_xen_processor_csd_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_processor_csd_t, q), 0usize, "offset of __guest_handle_64_const_xen_processor_csd_t.q");
        // __guest_handle_64_const_xen_processor_cx_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_processor_cx_t>(), 8usize, "size of __guest_handle_64_const_xen_processor_cx_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_processor_cx_t>(), 8usize, "alignment of __guest_handle_64_const_xen_processor_cx_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_processor_cx_t, p), 0usize, "offset of __guest_handle_64_const_xen_processor_cx_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_processor_cx_t, q), 0usize, "offset of __guest_handle_64_const_xen_processor_cx_t.q");
        // __guest_handle_64_const_xen_processor_performance_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_processor_performance_t>(), 8usize, "size of __guest_handle_64_const_xen_processor_performance_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_processor_performance_t>(), 8usize, "alignment of __guest_handle_64_const_xen_processor_performance_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_processor_performance_t, p), 0usize, "offset of __guest_handle_64_const_xen_processor_performance_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_processor_performance_t, q), 0usize, "offset of __guest_handle_64_const_xen_processor_performance_t.q");
    }

    #[test]
    fn layout_002() {
        // __guest_handle_64_const_xen_processor_px_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_processor_px_t>(), 8usize, "size of __guest_handle_64_const_xen_processor_px_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_processor_px_t>(), 8usize, "alignment of __guest_handle_64_const_xen_processor_px_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_processor_px_t, p), 0usize, "offset of __guest_handle_64_const_xen_processor_px_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_processor_px_t, q), 0usize, "offset of __guest_handle_64_const_xen_processor_px_t.q");
        // __guest_handle_64_const_xen_remove_from_physmap_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_remove_from_physmap_t>(), 8usize, "size of __guest_handle_64_const_xen_remove_from_physmap_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_remove_from_physmap_t>(), 8usize, "alignment of __guest_handle_64_const_xen_remove_from_physmap_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_remove_from_physmap_t, p), 0usize, "offset of __guest_handle_64_const_xen_remove_from_physmap_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_remove_from_physmap_t, q), 0usize, "offset of __guest_handle_64_const_xen_remove_from_physmap_t.q");
        // __guest_handle_64_const_xen_ulong_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_ulong_t>(), 8usize, "size of __guest_handle_64_const_xen_ulong_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_ulong_t>(), 8usize, "alignment of __guest_handle_64_const_xen_ulong_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_ulong_t, p), 0usize, "offset of __guest_handle_64_const_xen_ulong_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_ulong_t, q), 0usize, "offset of __guest_handle_64_const_xen_ulong_t.q");
        // __guest_handle_64_const_xen_vmemrange_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_vmemrange_t>(), 8usize, "size of __guest_handle_64_const_xen_vmemrange_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_vmemrange_t>(), 8usize, "alignment of __guest_handle_64_const_xen_vmemrange_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_vmemrange_t, p), 0usize, "offset of __guest_handle_64_const_xen_vmemrange_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_vmemrange_t, q), 0usize, "offset of __guest_handle_64_const_xen_vmemrange_t.q");
        // __guest_handle_64_const_xen_vnuma_topology_info_t
        assert_eq!(size_of::<__guest_handle_64_const_xen_vnuma_topology_info_t>(), 8usize, "size of __guest_handle_64_const_xen_vnuma_topology_info_t");
        assert_eq!(align_of::<__guest_handle_64_const_xen_vnuma_topology_info_t>(), 8usize, "alignment of __guest_handle_64_const_xen_vnuma_topology_info_t");
        assert_eq!(offset!(__guest_handle_64_const_xen_vnuma_topology_info_t, p), 0usize, "offset of __guest_handle_64_const_xen_vnuma_topology_info_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xen_vnuma_topology_info_t, q), 0usize, "offset of __guest_handle_64_const_xen_vnuma_topology_info_t.q");
        // __guest_handle_64_const_xennmi_callback_t
        assert_eq!(size_of::<__guest_handle_64_const_xennmi_callback_t>(), 8usize, "size of __guest_handle_64_const_xennmi_callback_t");
        assert_eq!(align_of::<__guest_handle_64_const_xennmi_callback_t>(), 8usize, "alignment of __guest_handle_64_const_xennmi_callback_t");
        assert_eq!(offset!(__guest_handle_64_const_xennmi_callback_t, p), 0usize, "offset of __guest_handle_64_const_xennmi_callback_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xennmi_callback_t, q), 0usize, "offset of __guest_handle_64_const_xennmi_callback_t.q");
        // __guest_handle_64_const_xenoprof_buf_t
        assert_eq!(size_of::<__guest_handle_64_const_xenoprof_buf_t>(), 8usize, "size of __guest_handle_64_const_xenoprof_buf_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenoprof_buf_t>(), 8usize, "alignment of __guest_handle_64_const_xenoprof_buf_t");
        assert_eq!(offset!(__guest_handle_64_const_xenoprof_buf_t, p), 0usize, "offset of __guest_handle_64_const_xenoprof_buf_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenoprof_buf_t, q), 0usize, "offset of __guest_handle_64_const_xenoprof_buf_t.q");
        // __guest_handle_64_const_xenoprof_counter_t
        assert_eq!(size_of::<__guest_handle_64_const_xenoprof_counter_t>(), 8usize, "size of __guest_handle_64_const_xenoprof_counter_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenoprof_counter_t>(), 8usize, "alignment of __guest_handle_64_const_xenoprof_counter_t");
        assert_eq!(offset!(__guest_handle_64_const_xenoprof_counter_t, p), 0usize, "offset of __guest_handle_64_const_xenoprof_counter_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenoprof_counter_t, q), 0usize, "offset of __guest_handle_64_const_xenoprof_counter_t.q");
        // __guest_handle_64_const_xenoprof_get_buffer_t
        assert_eq!(size_of::<__guest_handle_64_const_xenoprof_get_buffer_t>(), 8usize, "size of __guest_handle_64_const_xenoprof_get_buffer_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenoprof_get_buffer_t>(), 8usize, "alignment of __guest_handle_64_const_xenoprof_get_buffer_t");
        assert_eq!(offset!(__guest_handle_64_const_xenoprof_get_buffer_t, p), 0usize, "offset of __guest_handle_64_const_xenoprof_get_buffer_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenoprof_get_buffer_t, q), 0usize, "offset of __guest_handle_64_const_xenoprof_get_buffer_t.q");
        // __guest_handle_64_const_xenoprof_ibs_counter_t
        assert_eq!(size_of::<__guest_handle_64_const_xenoprof_ibs_counter_t>(), 8usize, "size of __guest_handle_64_const_xenoprof_ibs_counter_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenoprof_ibs_counter_t>(), 8usize, "alignment of __guest_handle_64_const_xenoprof_ibs_counter_t");
        assert_eq!(offset!(__guest_handle_64_const_xenoprof_ibs_counter_t, p), 0usize, "offset of __guest_handle_64_const_xenoprof_ibs_counter_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenoprof_ibs_counter_t, q), 0usize, "offset of __guest_handle_64_const_xenoprof_ibs_counter_t.q");
        // __guest_handle_64_const_xenoprof_init_t
        assert_eq!(size_of::<__guest_handle_64_const_xenoprof_init_t>(), 8usize, "size of __guest_handle_64_const_xenoprof_init_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenoprof_init_t>(), 8usize, "alignment of __guest_handle_64_const_xenoprof_init_t");
        assert_eq!(offset!(__guest_handle_64_const_xenoprof_init_t, p), 0usize, "offset of __guest_handle_64_const_xenoprof_init_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenoprof_init_t, q), 0usize, "offset of __guest_handle_64_const_xenoprof_init_t.q");
        // __guest_handle_64_const_xenoprof_passive_t
        assert_eq!(size_of::<__guest_handle_64_const_xenoprof_passive_t>(), 8usize, "size of __guest_handle_64_const_xenoprof_passive_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenoprof_passive_t>(), 8usize, "alignment of __guest_handle_64_const_xenoprof_passive_t");
        assert_eq!(offset!(__guest_handle_64_const_xenoprof_passive_t, p), 0usize, "offset of __guest_handle_64_const_xenoprof_passive_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenoprof_passive_t, q), 0usize, "offset of __guest_handle_64_const_xenoprof_passive_t.q");
        // __guest_handle_64_const_xenpf_add_memtype_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_add_memtype_t>(), 8usize, "size of __guest_handle_64_const_xenpf_add_memtype_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_add_memtype_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_add_memtype_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_add_memtype_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_add_memtype_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_add_memtype_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_add_memtype_t.q");
        // __guest_handle_64_const_xenpf_change_freq_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_change_freq_t>(), 8usize, "size of __guest_handle_64_const_xenpf_change_freq_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_change_freq_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_change_freq_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_change_freq_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_change_freq_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_change_freq_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_change_freq_t.q");
        // __guest_handle_64_const_xenpf_core_parking_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_core_parking_t>(), 8usize, "size of __guest_handle_64_const_xenpf_core_parking_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_core_parking_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_core_parking_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_core_parking_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_core_parking_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_core_parking_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_core_parking_t.q");
        // __guest_handle_64_const_xenpf_cpu_ol_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_cpu_ol_t>(), 8usize, "size of __guest_handle_64_const_xenpf_cpu_ol_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_cpu_ol_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_cpu_ol_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_cpu_ol_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_cpu_ol_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_cpu_ol_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_cpu_ol_t.q");
        // __guest_handle_64_const_xenpf_del_memtype_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_del_memtype_t>(), 8usize, "size of __guest_handle_64_const_xenpf_del_memtype_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_del_memtype_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_del_memtype_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_del_memtype_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_del_memtype_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_del_memtype_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_del_memtype_t.q");
        // __guest_handle_64_const_xenpf_dom0_console_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_dom0_console_t>(), 8usize, "size of __guest_handle_64_const_xenpf_dom0_console_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_dom0_console_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_dom0_console_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_dom0_console_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_dom0_console_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_dom0_console_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_dom0_console_t.q");
        // __guest_handle_64_const_xenpf_efi_runtime_call_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_efi_runtime_call_t>(), 8usize, "size of __guest_handle_64_const_xenpf_efi_runtime_call_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_efi_runtime_call_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_efi_runtime_call_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_efi_runtime_call_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_efi_runtime_call_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_efi_runtime_call_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_efi_runtime_call_t.q");
        // __guest_handle_64_const_xenpf_enter_acpi_sleep_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_enter_acpi_sleep_t>(), 8usize, "size of __guest_handle_64_const_xenpf_enter_acpi_sleep_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_enter_acpi_sleep_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_enter_acpi_sleep_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_enter_acpi_sleep_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_enter_acpi_sleep_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_enter_acpi_sleep_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_enter_acpi_sleep_t.q");
        // __guest_handle_64_const_xenpf_firmware_info_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_firmware_info_t>(), 8usize, "size of __guest_handle_64_const_xenpf_firmware_info_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_firmware_info_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_firmware_info_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_firmware_info_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_firmware_info_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_firmware_info_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_firmware_info_t.q");
        // __guest_handle_64_const_xenpf_getidletime_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_getidletime_t>(), 8usize, "size of __guest_handle_64_const_xenpf_getidletime_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_getidletime_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_getidletime_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_getidletime_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_getidletime_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_getidletime_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_getidletime_t.q");
        // __guest_handle_64_const_xenpf_microcode_update2_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_microcode_update2_t>(), 8usize, "size of __guest_handle_64_const_xenpf_microcode_update2_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_microcode_update2_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_microcode_update2_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_microcode_update2_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_microcode_update2_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_microcode_update2_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_microcode_update2_t.q");
        // __guest_handle_64_const_xenpf_microcode_update_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_microcode_update_t>(), 8usize, "size of __guest_handle_64_const_xenpf_microcode_update_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_microcode_update_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_microcode_update_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_microcode_update_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_microcode_update_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_microcode_update_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_microcode_update_t.q");
        // __guest_handle_64_const_xenpf_pcpu_version_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_pcpu_version_t>(), 8usize, "size of __guest_handle_64_const_xenpf_pcpu_version_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_pcpu_version_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_pcpu_version_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_pcpu_version_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_pcpu_version_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_pcpu_version_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_pcpu_version_t.q");
        // __guest_handle_64_const_xenpf_pcpuinfo_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_pcpuinfo_t>(), 8usize, "size of __guest_handle_64_const_xenpf_pcpuinfo_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_pcpuinfo_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_pcpuinfo_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_pcpuinfo_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_pcpuinfo_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_pcpuinfo_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_pcpuinfo_t.q");
        // __guest_handle_64_const_xenpf_platform_quirk_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_platform_quirk_t>(), 8usize, "size of __guest_handle_64_const_xenpf_platform_quirk_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_platform_quirk_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_platform_quirk_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_platform_quirk_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_platform_quirk_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_platform_quirk_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_platform_quirk_t.q");
        // __guest_handle_64_const_xenpf_read_memtype_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_read_memtype_t>(), 8usize, "size of __guest_handle_64_const_xenpf_read_memtype_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_read_memtype_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_read_memtype_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_read_memtype_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_read_memtype_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_read_memtype_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_read_memtype_t.q");
        // __guest_handle_64_const_xenpf_resource_entry_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_resource_entry_t>(), 8usize, "size of __guest_handle_64_const_xenpf_resource_entry_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_resource_entry_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_resource_entry_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_resource_entry_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_resource_entry_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_resource_entry_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_resource_entry_t.q");
        // __guest_handle_64_const_xenpf_resource_op_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_resource_op_t>(), 8usize, "size of __guest_handle_64_const_xenpf_resource_op_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_resource_op_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_resource_op_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_resource_op_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_resource_op_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_resource_op_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_resource_op_t.q");
        // __guest_handle_64_const_xenpf_set_processor_pminfo_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_set_processor_pminfo_t>(), 8usize, "size of __guest_handle_64_const_xenpf_set_processor_pminfo_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_set_processor_pminfo_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_set_processor_pminfo_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_set_processor_pminfo_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_set_processor_pminfo_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_set_processor_pminfo_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_set_processor_pminfo_t.q");
        // __guest_handle_64_const_xenpf_settime_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_settime_t>(), 8usize, "size of __guest_handle_64_const_xenpf_settime_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_settime_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_settime_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_settime_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_settime_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_settime_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_settime_t.q");
        // __guest_handle_64_const_xenpf_symdata_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_symdata_t>(), 8usize, "size of __guest_handle_64_const_xenpf_symdata_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_symdata_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_symdata_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_symdata_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_symdata_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_symdata_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_symdata_t.q");
        // __guest_handle_64_const_xenpf_ucode_revision_t
        assert_eq!(size_of::<__guest_handle_64_const_xenpf_ucode_revision_t>(), 8usize, "size of __guest_handle_64_const_xenpf_ucode_revision_t");
        assert_eq!(align_of::<__guest_handle_64_const_xenpf_ucode_revision_t>(), 8usize, "alignment of __guest_handle_64_const_xenpf_ucode_revision_t");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_ucode_revision_t, p), 0usize, "offset of __guest_handle_64_const_xenpf_ucode_revision_t.p");
        assert_eq!(offset!(__guest_handle_64_const_xenpf_ucode_revision_t, q), 0usize, "offset of __guest_handle_64_const_xenpf_ucode_revision_t.q");
        // __guest_handle_64_evtchn_op_t
        assert_eq!(size_of::<__guest_handle_64_evtchn_op_t>(), 8usize, "size of __guest_handle_64_evtchn_op_t");
        assert_eq!(align_of::<__guest_handle_64_evtchn_op_t>(), 8usize, "alignment of __guest_handle_64_evtchn_op_t");
        assert_eq!(offset!(__guest_handle_64_evtchn_op_t, p), 0usize, "offset of __guest_handle_64_evtchn_op_t.p");
        assert_eq!(offset!(__guest_handle_64_evtchn_op_t, q), 0usize, "offset of __guest_handle_64_evtchn_op_t.q");
        // __guest_handle_64_evtchn_port_t
        assert_eq!(size_of::<__guest_handle_64_evtchn_port_t>(), 8usize, "size of __guest_handle_64_evtchn_port_t");
        assert_eq!(align_of::<__guest_handle_64_evtchn_port_t>(), 8usize, "alignment of __guest_handle_64_evtchn_port_t");
        assert_eq!(offset!(__guest_handle_64_evtchn_port_t, p), 0usize, "offset of __guest_handle_64_evtchn_port_t.p");
        assert_eq!(offset!(__guest_handle_64_evtchn_port_t, q), 0usize, "offset of __guest_handle_64_evtchn_port_t.q");
        // __guest_handle_64_gnttab_cache_flush_t
        assert_eq!(size_of::<__guest_handle_64_gnttab_cache_flush_t>(), 8usize, "size of __guest_handle_64_gnttab_cache_flush_t");
        assert_eq!(align_of::<__guest_handle_64_gnttab_cache_flush_t>(), 8usize, "alignment of __guest_handle_64_gnttab_cache_flush_t");
        assert_eq!(offset!(__guest_handle_64_gnttab_cache_flush_t, p), 0usize, "offset of __guest_handle_64_gnttab_cache_flush_t.p");
        assert_eq!(offset!(__guest_handle_64_gnttab_cache_flush_t, q), 0usize, "offset of __guest_handle_64_gnttab_cache_flush_t.q");
        // __guest_handle_64_gnttab_copy_t
        assert_eq!(size_of::<__guest_handle_64_gnttab_copy_t>(), 8usize, "size of __guest_handle_64_gnttab_copy_t");
        assert_eq!(align_of::<__guest_handle_64_gnttab_copy_t>(), 8usize, "alignment of __guest_handle_64_gnttab_copy_t");
        assert_eq!(offset!(__guest_handle_64_gnttab_copy_t, p), 0usize, "offset of __guest_handle_64_gnttab_copy_t.p");
        assert_eq!(offset!(__guest_handle_64_gnttab_copy_t, q), 0usize, "offset of __guest_handle_64_gnttab_copy_t.q");
        // __guest_handle_64_gnttab_dump_table_t
        assert_eq!(size_of::<__guest_handle_64_gnttab_dump_table_t>(), 8usize, "size of __guest_handle_64_gnttab_dump_table_t");
        assert_eq!(align_of::<__guest_handle_64_gnttab_dump_table_t>(), 8usize, "alignment of __guest_handle_64_gnttab_dump_table_t");
        assert_eq!(offset!(__guest_handle_64_gnttab_dump_table_t, p), 0usize, "offset of __guest_handle_64_gnttab_dump_table_t.p");
        assert_eq!(offset!(__guest_handle_64_gnttab_dump_table_t, q), 0usize, "offset of __guest_handle_64_gnttab_dump_table_t.q");
        // __guest_handle_64_gnttab_get_status_frames_t
        assert_eq!(size_of::<__guest_handle_64_gnttab_get_status_frames_t>(), 8usize, "size of __guest_handle_64_gnttab_get_status_frames_t");
        assert_eq!(align_of::<__guest_handle_64_gnttab_get_status_frames_t>(), 8usize, "alignment of __guest_handle_64_gnttab_get_status_frames_t");
        assert_eq!(offset!(__guest_handle_64_gnttab_get_status_frames_t, p), 0usize, "offset of __guest_handle_64_gnttab_get_status_frames_t.p");
        assert_eq!(offset!(__guest_handle_64_gnttab_get_status_frames_t, q), 0usize, "offset of __guest_handle_64_gnttab_get_status_frames_t.q");
        // __guest_handle_64_gnttab_get_version_t
        assert_eq!(size_of::<__guest_handle_64_gnttab_get_version_t>(), 8usize, "size of __guest_handle_64_gnttab_get_version_t");
        assert_eq!(align_of::<__guest_handle_64_gnttab_get_version_t>(), 8usize, "alignment of __guest_handle_64_gnttab_get_version_t");
        assert_eq!(offset!(__guest_handle_64_gnttab_get_version_t, p), 0usize, "offset of __guest_handle_64_gnttab_get_version_t.p");
        assert_eq!(offset!(__guest_handle_64_gnttab_get_version_t, q), 0usize, "offset of __guest_handle_64_gnttab_get_version_t.q");
        // __guest_handle_64_gnttab_map_grant_ref_t
        assert_eq!(size_of::<__guest_handle_64_gnttab_map_grant_ref_t>(), 8usize, "size of __guest_handle_64_gnttab_map_grant_ref_t");
        assert_eq!(align_of::<__guest_handle_64_gnttab_map_grant_ref_t>(), 8usize, "alignment of __guest_handle_64_gnttab_map_grant_ref_t");
        assert_eq!(offset!(__guest_handle_64_gnttab_map_grant_ref_t, p), 0usize, "offset of __guest_handle_64_gnttab_map_grant_ref_t.p");
        assert_eq!(offset!(__guest_handle_64_gnttab_map_grant_ref_t, q), 0usize, "offset of __guest_handle_64_gnttab_map_grant_ref_t.q");
        // __guest_handle_64_gnttab_query_size_t
        assert_eq!(size_of::<__guest_handle_64_gnttab_query_size_t>(), 8usize, "size of __guest_handle_64_gnttab_query_size_t");
        assert_eq!(align_of::<__guest_handle_64_gnttab_query_size_t>(), 8usize, "alignment of __guest_handle_64_gnttab_query_size_t");
        assert_eq!(offset!(__guest_handle_64_gnttab_query_size_t, p), 0usize, "offset of __guest_handle_64_gnttab_query_size_t.p");
        assert_eq!(offset!(__guest_handle_64_gnttab_query_size_t, q), 0usize, "offset of __guest_handle_64_gnttab_query_size_t.q");
        // __guest_handle_64_gnttab_set_version_t
        assert_eq!(size_of::<__guest_handle_64_gnttab_set_version_t>(), 8usize, "size of __guest_handle_64_gnttab_set_version_t");
        assert_eq!(align_of::<__guest_handle_64_gnttab_set_version_t>(), 8usize, "alignment of __guest_handle_64_gnttab_set_version_t");
        assert_eq!(offset!(__guest_handle_64_gnttab_set_version_t, p), 0usize, "offset of __guest_handle_64_gnttab_set_version_t.p");
        assert_eq!(offset!(__guest_handle_64_gnttab_set_version_t, q), 0usize, "offset of __guest_handle_64_gnttab_set_version_t.q");
        // __guest_handle_64_gnttab_setup_table_t
        assert_eq!(size_of::<__guest_handle_64_gnttab_setup_table_t>(), 8usize, "size of __guest_handle_64_gnttab_setup_table_t");
        assert_eq!(align_of::<__guest_handle_64_gnttab_setup_table_t>(), 8usize, "alignment of __guest_handle_64_gnttab_setup_table_t");
        assert_eq!(offset!(__guest_handle_64_gnttab_setup_table_t, p), 0usize, "offset of __guest_handle_64_gnttab_setup_table_t.p");
        assert_eq!(offset!(__guest_handle_64_gnttab_setup_table_t, q), 0usize, "offset of __guest_handle_64_gnttab_setup_table_t.q");
        // __guest_handle_64_gnttab_swap_grant_ref_t
        assert_eq!(size_of::<__guest_handle_64_gnttab_swap_grant_ref_t>(), 8usize, "size of __guest_handle_64_gnttab_swap_grant_ref_t");
        assert_eq!(align_of::<__guest_handle_64_gnttab_swap_grant_ref_t>(), 8usize, "alignment of __guest_handle_64_gnttab_swap_grant_ref_t");
        assert_eq!(offset!(__guest_handle_64_gnttab_swap_grant_ref_t, p), 0usize, "offset of __guest_handle_64_gnttab_swap_grant_ref_t.p");
        assert_eq!(offset!(__guest_handle_64_gnttab_swap_grant_ref_t, q), 0usize, "offset of __guest_handle_64_gnttab_swap_grant_ref_t.q");
        // __guest_handle_64_gnttab_transfer_t
        assert_eq!(size_of::<__guest_handle_64_gnttab_transfer_t>(), 8usize, "size of __guest_handle_64_gnttab_transfer_t");
        assert_eq!(align_of::<__guest_handle_64_gnttab_transfer_t>(), 8usize, "alignment of __guest_handle_64_gnttab_transfer_t");
        assert_eq!(offset!(__guest_handle_64_gnttab_transfer_t, p), 0usize, "offset of __guest_handle_64_gnttab_transfer_t.p");
        assert_eq!(offset!(__guest_handle_64_gnttab_transfer_t, q), 0usize, "offset of __guest_handle_64_gnttab_transfer_t.q");
        // __guest_handle_64_gnttab_unmap_and_replace_t
        assert_eq!(size_of::<__guest_handle_64_gnttab_unmap_and_replace_t>(), 8usize, "size of __guest_handle_64_gnttab_unmap_and_replace_t");
        assert_eq!(align_of::<__guest_handle_64_gnttab_unmap_and_replace_t>(), 8usize, "alignment of __guest_handle_64_gnttab_unmap_and_replace_t");
        assert_eq!(offset!(__guest_handle_64_gnttab_unmap_and_replace_t, p), 0usize, "offset of __guest_handle_64_gnttab_unmap_and_replace_t.p");
        assert_eq!(offset!(__guest_handle_64_gnttab_unmap_and_replace_t, q), 0usize, "offset of __guest_handle_64_gnttab_unmap_and_replace_t.q");
        // __guest_handle_64_gnttab_unmap_grant_ref_t
        assert_eq!(size_of::<__guest_handle_64_gnttab_unmap_grant_ref_t>(), 8usize, "size of __guest_handle_64_gnttab_unmap_grant_ref_t");
        assert_eq!(align_of::<__guest_handle_64_gnttab_unmap_grant_ref_t>(), 8usize, "alignment of __guest_handle_64_gnttab_unmap_grant_ref_t");
        assert_eq!(offset!(__guest_handle_64_gnttab_unmap_grant_ref_t, p), 0usize, "offset of __guest_handle_64_gnttab_unmap_grant_ref_t.p");
        assert_eq!(offset!(__guest_handle_64_gnttab_unmap_grant_ref_t, q), 0usize, "offset of __guest_handle_64_gnttab_unmap_grant_ref_t.q");
        // __guest_handle_64_int
        assert_eq!(size_of::<__guest_handle_64_int>(), 8usize, "size of __guest_handle_64_int");
        assert_eq!(align_of::<__guest_handle_64_int>(), 8usize, "alignment of __guest_handle_64_int");
        assert_eq!(offset!(__guest_handle_64_int, p), 0usize, "offset of __guest_handle_64_int.p");
        assert_eq!(offset!(__guest_handle_64_int, q), 0usize, "offset of __guest_handle_64_int.q");
    }

    #[test]
    fn layout_003() {
        // __guest_handle_64_mmu_update_t
        assert_eq!(size_of::<__guest_handle_64_mmu_update_t>(), 8usize, "size of __guest_handle_64_mmu_update_t");
        assert_eq!(align_of::<__guest_handle_64_mmu_update_t>(), 8usize, "alignment of __guest_handle_64_mmu_update_t");
        assert_eq!(offset!(__guest_handle_64_mmu_update_t, p), 0usize, "offset of __guest_handle_64_mmu_update_t.p");
        assert_eq!(offset!(__guest_handle_64_mmu_update_t, q), 0usize, "offset of __guest_handle_64_mmu_update_t.q");
        // __guest_handle_64_mmuext_op_t
        assert_eq!(size_of::<__guest_handle_64_mmuext_op_t>(), 8usize, "size of __guest_handle_64_mmuext_op_t");
        assert_eq!(align_of::<__guest_handle_64_mmuext_op_t>(), 8usize, "alignment of __guest_handle_64_mmuext_op_t");
        assert_eq!(offset!(__guest_handle_64_mmuext_op_t, p), 0usize, "offset of __guest_handle_64_mmuext_op_t.p");
        assert_eq!(offset!(__guest_handle_64_mmuext_op_t, q), 0usize, "offset of __guest_handle_64_mmuext_op_t.q");
        // __guest_handle_64_multicall_entry_t
        assert_eq!(size_of::<__guest_handle_64_multicall_entry_t>(), 8usize, "size of __guest_handle_64_multicall_entry_t");
        assert_eq!(align_of::<__guest_handle_64_multicall_entry_t>(), 8usize, "alignment of __guest_handle_64_multicall_entry_t");
        assert_eq!(offset!(__guest_handle_64_multicall_entry_t, p), 0usize, "offset of __guest_handle_64_multicall_entry_t.p");
        assert_eq!(offset!(__guest_handle_64_multicall_entry_t, q), 0usize, "offset of __guest_handle_64_multicall_entry_t.q");
        // __guest_handle_64_physdev_apic_t
        assert_eq!(size_of::<__guest_handle_64_physdev_apic_t>(), 8usize, "size of __guest_handle_64_physdev_apic_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_apic_t>(), 8usize, "alignment of __guest_handle_64_physdev_apic_t");
        assert_eq!(offset!(__guest_handle_64_physdev_apic_t, p), 0usize, "offset of __guest_handle_64_physdev_apic_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_apic_t, q), 0usize, "offset of __guest_handle_64_physdev_apic_t.q");
        // __guest_handle_64_physdev_dbgp_op_t
        assert_eq!(size_of::<__guest_handle_64_physdev_dbgp_op_t>(), 8usize, "size of __guest_handle_64_physdev_dbgp_op_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_dbgp_op_t>(), 8usize, "alignment of __guest_handle_64_physdev_dbgp_op_t");
        assert_eq!(offset!(__guest_handle_64_physdev_dbgp_op_t, p), 0usize, "offset of __guest_handle_64_physdev_dbgp_op_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_dbgp_op_t, q), 0usize, "offset of __guest_handle_64_physdev_dbgp_op_t.q");
        // __guest_handle_64_physdev_eoi_t
        assert_eq!(size_of::<__guest_handle_64_physdev_eoi_t>(), 8usize, "size of __guest_handle_64_physdev_eoi_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_eoi_t>(), 8usize, "alignment of __guest_handle_64_physdev_eoi_t");
        assert_eq!(offset!(__guest_handle_64_physdev_eoi_t, p), 0usize, "offset of __guest_handle_64_physdev_eoi_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_eoi_t, q), 0usize, "offset of __guest_handle_64_physdev_eoi_t.q");
        // __guest_handle_64_physdev_get_free_pirq_t
        assert_eq!(size_of::<__guest_handle_64_physdev_get_free_pirq_t>(), 8usize, "size of __guest_handle_64_physdev_get_free_pirq_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_get_free_pirq_t>(), 8usize, "alignment of __guest_handle_64_physdev_get_free_pirq_t");
        assert_eq!(offset!(__guest_handle_64_physdev_get_free_pirq_t, p), 0usize, "offset of __guest_handle_64_physdev_get_free_pirq_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_get_free_pirq_t, q), 0usize, "offset of __guest_handle_64_physdev_get_free_pirq_t.q");
        // __guest_handle_64_physdev_irq_status_query_t
        assert_eq!(size_of::<__guest_handle_64_physdev_irq_status_query_t>(), 8usize, "size of __guest_handle_64_physdev_irq_status_query_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_irq_status_query_t>(), 8usize, "alignment of __guest_handle_64_physdev_irq_status_query_t");
        assert_eq!(offset!(__guest_handle_64_physdev_irq_status_query_t, p), 0usize, "offset of __guest_handle_64_physdev_irq_status_query_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_irq_status_query_t, q), 0usize, "offset of __guest_handle_64_physdev_irq_status_query_t.q");
        // __guest_handle_64_physdev_irq_t
        assert_eq!(size_of::<__guest_handle_64_physdev_irq_t>(), 8usize, "size of __guest_handle_64_physdev_irq_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_irq_t>(), 8usize, "alignment of __guest_handle_64_physdev_irq_t");
        assert_eq!(offset!(__guest_handle_64_physdev_irq_t, p), 0usize, "offset of __guest_handle_64_physdev_irq_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_irq_t, q), 0usize, "offset of __guest_handle_64_physdev_irq_t.q");
        // __guest_handle_64_physdev_manage_pci_ext_t
        assert_eq!(size_of::<__guest_handle_64_physdev_manage_pci_ext_t>(), 8usize, "size of __guest_handle_64_physdev_manage_pci_ext_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_manage_pci_ext_t>(), 8usize, "alignment of __guest_handle_64_physdev_manage_pci_ext_t");
        assert_eq!(offset!(__guest_handle_64_physdev_manage_pci_ext_t, p), 0usize, "offset of __guest_handle_64_physdev_manage_pci_ext_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_manage_pci_ext_t, q), 0usize, "offset of __guest_handle_64_physdev_manage_pci_ext_t.q");
        // __guest_handle_64_physdev_manage_pci_t
        assert_eq!(size_of::<__guest_handle_64_physdev_manage_pci_t>(), 8usize, "size of __guest_handle_64_physdev_manage_pci_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_manage_pci_t>(), 8usize, "alignment of __guest_handle_64_physdev_manage_pci_t");
        assert_eq!(offset!(__guest_handle_64_physdev_manage_pci_t, p), 0usize, "offset of __guest_handle_64_physdev_manage_pci_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_manage_pci_t, q), 0usize, "offset of __guest_handle_64_physdev_manage_pci_t.q");
        // __guest_handle_64_physdev_map_pirq_t
        assert_eq!(size_of::<__guest_handle_64_physdev_map_pirq_t>(), 8usize, "size of __guest_handle_64_physdev_map_pirq_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_map_pirq_t>(), 8usize, "alignment of __guest_handle_64_physdev_map_pirq_t");
        assert_eq!(offset!(__guest_handle_64_physdev_map_pirq_t, p), 0usize, "offset of __guest_handle_64_physdev_map_pirq_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_map_pirq_t, q), 0usize, "offset of __guest_handle_64_physdev_map_pirq_t.q");
        // __guest_handle_64_physdev_op_t
        assert_eq!(size_of::<__guest_handle_64_physdev_op_t>(), 8usize, "size of __guest_handle_64_physdev_op_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_op_t>(), 8usize, "alignment of __guest_handle_64_physdev_op_t");
        assert_eq!(offset!(__guest_handle_64_physdev_op_t, p), 0usize, "offset of __guest_handle_64_physdev_op_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_op_t, q), 0usize, "offset of __guest_handle_64_physdev_op_t.q");
        // __guest_handle_64_physdev_pci_device_add_t
        assert_eq!(size_of::<__guest_handle_64_physdev_pci_device_add_t>(), 8usize, "size of __guest_handle_64_physdev_pci_device_add_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_pci_device_add_t>(), 8usize, "alignment of __guest_handle_64_physdev_pci_device_add_t");
        assert_eq!(offset!(__guest_handle_64_physdev_pci_device_add_t, p), 0usize, "offset of __guest_handle_64_physdev_pci_device_add_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_pci_device_add_t, q), 0usize, "offset of __guest_handle_64_physdev_pci_device_add_t.q");
        // __guest_handle_64_physdev_pci_device_t
        assert_eq!(size_of::<__guest_handle_64_physdev_pci_device_t>(), 8usize, "size of __guest_handle_64_physdev_pci_device_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_pci_device_t>(), 8usize, "alignment of __guest_handle_64_physdev_pci_device_t");
        assert_eq!(offset!(__guest_handle_64_physdev_pci_device_t, p), 0usize, "offset of __guest_handle_64_physdev_pci_device_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_pci_device_t, q), 0usize, "offset of __guest_handle_64_physdev_pci_device_t.q");
        // __guest_handle_64_physdev_pci_mmcfg_reserved_t
        assert_eq!(size_of::<__guest_handle_64_physdev_pci_mmcfg_reserved_t>(), 8usize, "size of __guest_handle_64_physdev_pci_mmcfg_reserved_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_pci_mmcfg_reserved_t>(), 8usize, "alignment of __guest_handle_64_physdev_pci_mmcfg_reserved_t");
        assert_eq!(offset!(__guest_handle_64_physdev_pci_mmcfg_reserved_t, p), 0usize, "offset of __guest_handle_64_physdev_pci_mmcfg_reserved_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_pci_mmcfg_reserved_t, q), 0usize, "offset of __guest_handle_64_physdev_pci_mmcfg_reserved_t.q");
        // __guest_handle_64_physdev_pirq_eoi_gmfn_t
        assert_eq!(size_of::<__guest_handle_64_physdev_pirq_eoi_gmfn_t>(), 8usize, "size of __guest_handle_64_physdev_pirq_eoi_gmfn_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_pirq_eoi_gmfn_t>(), 8usize, "alignment of __guest_handle_64_physdev_pirq_eoi_gmfn_t");
        assert_eq!(offset!(__guest_handle_64_physdev_pirq_eoi_gmfn_t, p), 0usize, "offset of __guest_handle_64_physdev_pirq_eoi_gmfn_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_pirq_eoi_gmfn_t, q), 0usize, "offset of __guest_handle_64_physdev_pirq_eoi_gmfn_t.q");
        // __guest_handle_64_physdev_restore_msi_t
        assert_eq!(size_of::<__guest_handle_64_physdev_restore_msi_t>(), 8usize, "size of __guest_handle_64_physdev_restore_msi_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_restore_msi_t>(), 8usize, "alignment of __guest_handle_64_physdev_restore_msi_t");
        assert_eq!(offset!(__guest_handle_64_physdev_restore_msi_t, p), 0usize, "offset of __guest_handle_64_physdev_restore_msi_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_restore_msi_t, q), 0usize, "offset of __guest_handle_64_physdev_restore_msi_t.q");
        // __guest_handle_64_physdev_set_iobitmap_t
        assert_eq!(size_of::<__guest_handle_64_physdev_set_iobitmap_t>(), 8usize, "size of __guest_handle_64_physdev_set_iobitmap_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_set_iobitmap_t>(), 8usize, "alignment of __guest_handle_64_physdev_set_iobitmap_t");
        assert_eq!(offset!(__guest_handle_64_physdev_set_iobitmap_t, p), 0usize, "offset of __guest_handle_64_physdev_set_iobitmap_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_set_iobitmap_t, q), 0usize, "offset of __guest_handle_64_physdev_set_iobitmap_t.q");
        // __guest_handle_64_physdev_set_iopl_t
        assert_eq!(size_of::<__guest_handle_64_physdev_set_iopl_t>(), 8usize, "size of __guest_handle_64_physdev_set_iopl_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_set_iopl_t>(), 8usize, "alignment of __guest_handle_64_physdev_set_iopl_t");
        assert_eq!(offset!(__guest_handle_64_physdev_set_iopl_t, p), 0usize, "offset of __guest_handle_64_physdev_set_iopl_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_set_iopl_t, q), 0usize, "offset of __guest_handle_64_physdev_set_iopl_t.q");
        // __guest_handle_64_physdev_setup_gsi_t
        assert_eq!(size_of::<__guest_handle_64_physdev_setup_gsi_t>(), 8usize, "size of __guest_handle_64_physdev_setup_gsi_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_setup_gsi_t>(), 8usize, "alignment of __guest_handle_64_physdev_setup_gsi_t");
        assert_eq!(offset!(__guest_handle_64_physdev_setup_gsi_t, p), 0usize, "offset of __guest_handle_64_physdev_setup_gsi_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_setup_gsi_t, q), 0usize, "offset of __guest_handle_64_physdev_setup_gsi_t.q");
        // __guest_handle_64_physdev_unmap_pirq_t
        assert_eq!(size_of::<__guest_handle_64_physdev_unmap_pirq_t>(), 8usize, "size of __guest_handle_64_physdev_unmap_pirq_t");
        assert_eq!(align_of::<__guest_handle_64_physdev_unmap_pirq_t>(), 8usize, "alignment of __guest_handle_64_physdev_unmap_pirq_t");
        assert_eq!(offset!(__guest_handle_64_physdev_unmap_pirq_t, p), 0usize, "offset of __guest_handle_64_physdev_unmap_pirq_t.p");
        assert_eq!(offset!(__guest_handle_64_physdev_unmap_pirq_t, q), 0usize, "offset of __guest_handle_64_physdev_unmap_pirq_t.q");
        // __guest_handle_64_sched_pin_override_t
        assert_eq!(size_of::<__guest_handle_64_sched_pin_override_t>(), 8usize, "size of __guest_handle_64_sched_pin_override_t");
        assert_eq!(align_of::<__guest_handle_64_sched_pin_override_t>(), 8usize, "alignment of __guest_handle_64_sched_pin_override_t");
        assert_eq!(offset!(__guest_handle_64_sched_pin_override_t, p), 0usize, "offset of __guest_handle_64_sched_pin_override_t.p");
        assert_eq!(offset!(__guest_handle_64_sched_pin_override_t, q), 0usize, "offset of __guest_handle_64_sched_pin_override_t.q");
        // __guest_handle_64_sched_poll_t
        assert_eq!(size_of::<__guest_handle_64_sched_poll_t>(), 8usize, "size of __guest_handle_64_sched_poll_t");
        assert_eq!(align_of::<__guest_handle_64_sched_poll_t>(), 8usize, "alignment of __guest_handle_64_sched_poll_t");
        assert_eq!(offset!(__guest_handle_64_sched_poll_t, p), 0usize, "offset of __guest_handle_64_sched_poll_t.p");
        assert_eq!(offset!(__guest_handle_64_sched_poll_t, q), 0usize, "offset of __guest_handle_64_sched_poll_t.q");
        // __guest_handle_64_sched_remote_shutdown_t
        assert_eq!(size_of::<__guest_handle_64_sched_remote_shutdown_t>(), 8usize, "size of __guest_handle_64_sched_remote_shutdown_t");
        assert_eq!(align_of::<__guest_handle_64_sched_remote_shutdown_t>(), 8usize, "alignment of __guest_handle_64_sched_remote_shutdown_t");
        assert_eq!(offset!(__guest_handle_64_sched_remote_shutdown_t, p), 0usize, "offset of __guest_handle_64_sched_remote_shutdown_t.p");
        assert_eq!(offset!(__guest_handle_64_sched_remote_shutdown_t, q), 0usize, "offset of __guest_handle_64_sched_remote_shutdown_t.q");
        // __guest_handle_64_sched_shutdown_t
        assert_eq!(size_of::<__guest_handle_64_sched_shutdown_t>(), 8usize, "size of __guest_handle_64_sched_shutdown_t");
        assert_eq!(align_of::<__guest_handle_64_sched_shutdown_t>(), 8usize, "alignment of __guest_handle_64_sched_shutdown_t");
        assert_eq!(offset!(__guest_handle_64_sched_shutdown_t, p), 0usize, "offset of __guest_handle_64_sched_shutdown_t.p");
        assert_eq!(offset!(__guest_handle_64_sched_shutdown_t, q), 0usize, "offset of __guest_handle_64_sched_shutdown_t.q");
        // __guest_handle_64_sched_watchdog_t
        assert_eq!(size_of::<__guest_handle_64_sched_watchdog_t>(), 8usize, "size of __guest_handle_64_sched_watchdog_t");
        assert_eq!(align_of::<__guest_handle_64_sched_watchdog_t>(), 8usize, "alignment of __guest_handle_64_sched_watchdog_t");
        assert_eq!(offset!(__guest_handle_64_sched_watchdog_t, p), 0usize, "offset of __guest_handle_64_sched_watchdog_t.p");
        assert_eq!(offset!(__guest_handle_64_sched_watchdog_t, q), 0usize, "offset of __guest_handle_64_sched_watchdog_t.q");
        // __guest_handle_64_uchar
        assert_eq!(size_of::<__guest_handle_64_uchar>(), 8usize, "size of __guest_handle_64_uchar");
        assert_eq!(align_of::<__guest_handle_64_uchar>(), 8usize, "alignment of __guest_handle_64_uchar");
        assert_eq!(offset!(__guest_handle_64_uchar, p), 0usize, "offset of __guest_handle_64_uchar.p");
        assert_eq!(offset!(__guest_handle_64_uchar, q), 0usize, "offset of __guest_handle_64_uchar.q");
        // __guest_handle_64_uint
        assert_eq!(size_of::<__guest_handle_64_uint>(), 8usize, "size of __guest_handle_64_uint");
        assert_eq!(align_of::<__guest_handle_64_uint>(), 8usize, "alignment of __guest_handle_64_uint");
        assert_eq!(offset!(__guest_handle_64_uint, p), 0usize, "offset of __guest_handle_64_uint.p");
        assert_eq!(offset!(__guest_handle_64_uint, q), 0usize, "offset of __guest_handle_64_uint.q");
        // __guest_handle_64_uint16
        assert_eq!(size_of::<__guest_handle_64_uint16>(), 8usize, "size of __guest_handle_64_uint16");
        assert_eq!(align_of::<__guest_handle_64_uint16>(), 8usize, "alignment of __guest_handle_64_uint16");
        assert_eq!(offset!(__guest_handle_64_uint16, p), 0usize, "offset of __guest_handle_64_uint16.p");
        assert_eq!(offset!(__guest_handle_64_uint16, q), 0usize, "offset of __guest_handle_64_uint16.q");
        // __guest_handle_64_uint32
        assert_eq!(size_of::<__guest_handle_64_uint32>(), 8usize, "size of __guest_handle_64_uint32");
        assert_eq!(align_of::<__guest_handle_64_uint32>(), 8usize, "alignment of __guest_handle_64_uint32");
        assert_eq!(offset!(__guest_handle_64_uint32, p), 0usize, "offset of __guest_handle_64_uint32.p");
        assert_eq!(offset!(__guest_handle_64_uint32, q), 0usize, "offset of __guest_handle_64_uint32.q");
        // __guest_handle_64_uint64
        assert_eq!(size_of::<__guest_handle_64_uint64>(), 8usize, "size of __guest_handle_64_uint64");
        assert_eq!(align_of::<__guest_handle_64_uint64>(), 8usize, "alignment of __guest_handle_64_uint64");
        assert_eq!(offset!(__guest_handle_64_uint64, p), 0usize, "offset of __guest_handle_64_uint64.p");
        assert_eq!(offset!(__guest_handle_64_uint64, q), 0usize, "offset of __guest_handle_64_uint64.q");
        // __guest_handle_64_uint64_t
        assert_eq!(size_of::<__guest_handle_64_uint64_t>(), 8usize, "size of __guest_handle_64_uint64_t");
        assert_eq!(align_of::<__guest_handle_64_uint64_t>(), 8usize, "alignment of __guest_handle_64_uint64_t");
        assert_eq!(offset!(__guest_handle_64_uint64_t, p), 0usize, "offset of __guest_handle_64_uint64_t.p");
        assert_eq!(offset!(__guest_handle_64_uint64_t, q), 0usize, "offset of __guest_handle_64_uint64_t.q");
        // __guest_handle_64_uint8
        assert_eq!(size_of::<__guest_handle_64_uint8>(), 8usize, "size of __guest_handle_64_uint8");
        assert_eq!(align_of::<__guest_handle_64_uint8>(), 8usize, "alignment of __guest_handle_64_uint8");
        assert_eq!(offset!(__guest_handle_64_uint8, p), 0usize, "offset of __guest_handle_64_uint8.p");
        assert_eq!(offset!(__guest_handle_64_uint8, q), 0usize, "offset of __guest_handle_64_uint8.q");
        // __guest_handle_64_vcpu_get_physid_t
        assert_eq!(size_of::<__guest_handle_64_vcpu_get_physid_t>(), 8usize, "size of __guest_handle_64_vcpu_get_physid_t");
        assert_eq!(align_of::<__guest_handle_64_vcpu_get_physid_t>(), 8usize, "alignment of __guest_handle_64_vcpu_get_physid_t");
        assert_eq!(offset!(__guest_handle_64_vcpu_get_physid_t, p), 0usize, "offset of __guest_handle_64_vcpu_get_physid_t.p");
        assert_eq!(offset!(__guest_handle_64_vcpu_get_physid_t, q), 0usize, "offset of __guest_handle_64_vcpu_get_physid_t.q");
        // __guest_handle_64_vcpu_hvm_context_t
        assert_eq!(size_of::<__guest_handle_64_vcpu_hvm_context_t>(), 8usize, "size of __guest_handle_64_vcpu_hvm_context_t");
        assert_eq!(align_of::<__guest_handle_64_vcpu_hvm_context_t>(), 8usize, "alignment of __guest_handle_64_vcpu_hvm_context_t");
        assert_eq!(offset!(__guest_handle_64_vcpu_hvm_context_t, p), 0usize, "offset of __guest_handle_64_vcpu_hvm_context_t.p");
        assert_eq!(offset!(__guest_handle_64_vcpu_hvm_context_t, q), 0usize, "offset of __guest_handle_64_vcpu_hvm_context_t.q");
        // __guest_handle_64_vcpu_register_runstate_memory_area_t
        assert_eq!(size_of::<__guest_handle_64_vcpu_register_runstate_memory_area_t>(), 8usize, "size of __guest_handle_64_vcpu_register_runstate_memory_area_t");
        assert_eq!(align_of::<__guest_handle_64_vcpu_register_runstate_memory_area_t>(), 8usize, "alignment of __guest_handle_64_vcpu_register_runstate_memory_area_t");
        assert_eq!(offset!(__guest_handle_64_vcpu_register_runstate_memory_area_t, p), 0usize, "offset of __guest_handle_64_vcpu_register_runstate_memory_area_t.p");
        assert_eq!(offset!(__guest_handle_64_vcpu_register_runstate_memory_area_t, q), 0usize, "offset of __guest_handle_64_vcpu_register_runstate_memory_area_t.q");
        // __guest_handle_64_vcpu_register_time_memory_area_t
        assert_eq!(size_of::<__guest_handle_64_vcpu_register_time_memory_area_t>(), 8usize, "size of __guest_handle_64_vcpu_register_time_memory_area_t");
        assert_eq!(align_of::<__guest_handle_64_vcpu_register_time_memory_area_t>(), 8usize, "alignment of __guest_handle_64_vcpu_register_time_memory_area_t");
        assert_eq!(offset!(__guest_handle_64_vcpu_register_time_memory_area_t, p), 0usize, "offset of __guest_handle_64_vcpu_register_time_memory_area_t.p");
        assert_eq!(offset!(__guest_handle_64_vcpu_register_time_memory_area_t, q), 0usize, "offset of __guest_handle_64_vcpu_register_time_memory_area_t.q");
        // __guest_handle_64_vcpu_register_vcpu_info_t
        assert_eq!(size_of::<__guest_handle_64_vcpu_register_vcpu_info_t>(), 8usize, "size of __guest_handle_64_vcpu_register_vcpu_info_t");
        assert_eq!(align_of::<__guest_handle_64_vcpu_register_vcpu_info_t>(), 8usize, "alignment of __guest_handle_64_vcpu_register_vcpu_info_t");
        assert_eq!(offset!(__guest_handle_64_vcpu_register_vcpu_info_t, p), 0usize, "offset of __guest_handle_64_vcpu_register_vcpu_info_t.p");
        assert_eq!(offset!(__guest_handle_64_vcpu_register_vcpu_info_t, q), 0usize, "offset of __guest_handle_64_vcpu_register_vcpu_info_t.q");
        // __guest_handle_64_vcpu_runstate_info_t
        assert_eq!(size_of::<__guest_handle_64_vcpu_runstate_info_t>(), 8usize, "size of __guest_handle_64_vcpu_runstate_info_t");
        assert_eq!(align_of::<__guest_handle_64_vcpu_runstate_info_t>(), 8usize, "alignment of __guest_handle_64_vcpu_runstate_info_t");
        assert_eq!(offset!(__guest_handle_64_vcpu_runstate_info_t, p), 0usize, "offset of __guest_handle_64_vcpu_runstate_info_t.p");
        assert_eq!(offset!(__guest_handle_64_vcpu_runstate_info_t, q), 0usize, "offset of __guest_handle_64_vcpu_runstate_info_t.q");
        // __guest_handle_64_vcpu_set_periodic_timer_t
        assert_eq!(size_of::<__guest_handle_64_vcpu_set_periodic_timer_t>(), 8usize, "size of __guest_handle_64_vcpu_set_periodic_timer_t");
        assert_eq!(align_of::<__guest_handle_64_vcpu_set_periodic_timer_t>(), 8usize, "alignment of __guest_handle_64_vcpu_set_periodic_timer_t");
        assert_eq!(offset!(__guest_handle_64_vcpu_set_periodic_timer_t, p), 0usize, "offset of __guest_handle_64_vcpu_set_periodic_timer_t.p");
        assert_eq!(offset!(__guest_handle_64_vcpu_set_periodic_timer_t, q), 0usize, "offset of __guest_handle_64_vcpu_set_periodic_timer_t.q");
        // __guest_handle_64_vcpu_set_singleshot_timer_t
        assert_eq!(size_of::<__guest_handle_64_vcpu_set_singleshot_timer_t>(), 8usize, "size of __guest_handle_64_vcpu_set_singleshot_timer_t");
        assert_eq!(align_of::<__guest_handle_64_vcpu_set_singleshot_timer_t>(), 8usize, "alignment of __guest_handle_64_vcpu_set_singleshot_timer_t");
        assert_eq!(offset!(__guest_handle_64_vcpu_set_singleshot_timer_t, p), 0usize, "offset of __guest_handle_64_vcpu_set_singleshot_timer_t.p");
        assert_eq!(offset!(__guest_handle_64_vcpu_set_singleshot_timer_t, q), 0usize, "offset of __guest_handle_64_vcpu_set_singleshot_timer_t.q");
        // __guest_handle_64_vcpu_time_info_t
        assert_eq!(size_of::<__guest_handle_64_vcpu_time_info_t>(), 8usize, "size of __guest_handle_64_vcpu_time_info_t");
        assert_eq!(align_of::<__guest_handle_64_vcpu_time_info_t>(), 8usize, "alignment of __guest_handle_64_vcpu_time_info_t");
        assert_eq!(offset!(__guest_handle_64_vcpu_time_info_t, p), 0usize, "offset of __guest_handle_64_vcpu_time_info_t.p");
        assert_eq!(offset!(__guest_handle_64_vcpu_time_info_t, q), 0usize, "offset of __guest_handle_64_vcpu_time_info_t.q");
        // __guest_handle_64_void
        assert_eq!(size_of::<__guest_handle_64_void>(), 8usize, "size of __guest_handle_64_void");
        assert_eq!(align_of::<__guest_handle_64_void>(), 8usize, "alignment of __guest_handle_64_void");
        assert_eq!(offset!(__guest_handle_64_void, p), 0usize, "offset of __guest_handle_64_void.p");
        assert_eq!(offset!(__guest_handle_64_void, q), 0usize, "offset of __guest_handle_64_void.q");
        // __guest_handle_64_xen_add_to_physmap_batch_t
        assert_eq!(size_of::<__guest_handle_64_xen_add_to_physmap_batch_t>(), 8usize, "size of __guest_handle_64_xen_add_to_physmap_batch_t");
        assert_eq!(align_of::<__guest_handle_64_xen_add_to_physmap_batch_t>(), 8usize, "alignment of __guest_handle_64_xen_add_to_physmap_batch_t");
        assert_eq!(offset!(__guest_handle_64_xen_add_to_physmap_batch_t, p), 0usize, "offset of __guest_handle_64_xen_add_to_physmap_batch_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_add_to_physmap_batch_t, q), 0usize, "offset of __guest_handle_64_xen_add_to_physmap_batch_t.q");
        // __guest_handle_64_xen_add_to_physmap_t
        assert_eq!(size_of::<__guest_handle_64_xen_add_to_physmap_t>(), 8usize, "size of __guest_handle_64_xen_add_to_physmap_t");
        assert_eq!(align_of::<__guest_handle_64_xen_add_to_physmap_t>(), 8usize, "alignment of __guest_handle_64_xen_add_to_physmap_t");
        assert_eq!(offset!(__guest_handle_64_xen_add_to_physmap_t, p), 0usize, "offset of __guest_handle_64_xen_add_to_physmap_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_add_to_physmap_t, q), 0usize, "offset of __guest_handle_64_xen_add_to_physmap_t.q");
        // __guest_handle_64_xen_dm_op_buf_t
        assert_eq!(size_of::<__guest_handle_64_xen_dm_op_buf_t>(), 8usize, "size of __guest_handle_64_xen_dm_op_buf_t");
        assert_eq!(align_of::<__guest_handle_64_xen_dm_op_buf_t>(), 8usize, "alignment of __guest_handle_64_xen_dm_op_buf_t");
        assert_eq!(offset!(__guest_handle_64_xen_dm_op_buf_t, p), 0usize, "offset of __guest_handle_64_xen_dm_op_buf_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_dm_op_buf_t, q), 0usize, "offset of __guest_handle_64_xen_dm_op_buf_t.q");
        // __guest_handle_64_xen_flask_op_t
        assert_eq!(size_of::<__guest_handle_64_xen_flask_op_t>(), 8usize, "size of __guest_handle_64_xen_flask_op_t");
        assert_eq!(align_of::<__guest_handle_64_xen_flask_op_t>(), 8usize, "alignment of __guest_handle_64_xen_flask_op_t");
        assert_eq!(offset!(__guest_handle_64_xen_flask_op_t, p), 0usize, "offset of __guest_handle_64_xen_flask_op_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_flask_op_t, q), 0usize, "offset of __guest_handle_64_xen_flask_op_t.q");
        // __guest_handle_64_xen_foreign_memory_map_t
        assert_eq!(size_of::<__guest_handle_64_xen_foreign_memory_map_t>(), 8usize, "size of __guest_handle_64_xen_foreign_memory_map_t");
        assert_eq!(align_of::<__guest_handle_64_xen_foreign_memory_map_t>(), 8usize, "alignment of __guest_handle_64_xen_foreign_memory_map_t");
        assert_eq!(offset!(__guest_handle_64_xen_foreign_memory_map_t, p), 0usize, "offset of __guest_handle_64_xen_foreign_memory_map_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_foreign_memory_map_t, q), 0usize, "offset of __guest_handle_64_xen_foreign_memory_map_t.q");
        // __guest_handle_64_xen_hvm_altp2m_change_gfn_t
        assert_eq!(size_of::<__guest_handle_64_xen_hvm_altp2m_change_gfn_t>(), 8usize, "size of __guest_handle_64_xen_hvm_altp2m_change_gfn_t");
        assert_eq!(align_of::<__guest_handle_64_xen_hvm_altp2m_change_gfn_t>(), 8usize, "alignment of __guest_handle_64_xen_hvm_altp2m_change_gfn_t");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_altp2m_change_gfn_t, p), 0usize, "offset of __guest_handle_64_xen_hvm_altp2m_change_gfn_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_altp2m_change_gfn_t, q), 0usize, "offset of __guest_handle_64_xen_hvm_altp2m_change_gfn_t.q");
    }

    #[test]
    fn layout_004() {
        // __guest_handle_64_xen_hvm_altp2m_domain_state_t
        assert_eq!(size_of::<__guest_handle_64_xen_hvm_altp2m_domain_state_t>(), 8usize, "size of __guest_handle_64_xen_hvm_altp2m_domain_state_t");
        assert_eq!(align_of::<__guest_handle_64_xen_hvm_altp2m_domain_state_t>(), 8usize, "alignment of __guest_handle_64_xen_hvm_altp2m_domain_state_t");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_altp2m_domain_state_t, p), 0usize, "offset of __guest_handle_64_xen_hvm_altp2m_domain_state_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_altp2m_domain_state_t, q), 0usize, "offset of __guest_handle_64_xen_hvm_altp2m_domain_state_t.q");
        // __guest_handle_64_xen_hvm_altp2m_mem_access_t
        assert_eq!(size_of::<__guest_handle_64_xen_hvm_altp2m_mem_access_t>(), 8usize, "size of __guest_handle_64_xen_hvm_altp2m_mem_access_t");
        assert_eq!(align_of::<__guest_handle_64_xen_hvm_altp2m_mem_access_t>(), 8usize, "alignment of __guest_handle_64_xen_hvm_altp2m_mem_access_t");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_altp2m_mem_access_t, p), 0usize, "offset of __guest_handle_64_xen_hvm_altp2m_mem_access_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_altp2m_mem_access_t, q), 0usize, "offset of __guest_handle_64_xen_hvm_altp2m_mem_access_t.q");
        // __guest_handle_64_xen_hvm_altp2m_op_t
        assert_eq!(size_of::<__guest_handle_64_xen_hvm_altp2m_op_t>(), 8usize, "size of __guest_handle_64_xen_hvm_altp2m_op_t");
        assert_eq!(align_of::<__guest_handle_64_xen_hvm_altp2m_op_t>(), 8usize, "alignment of __guest_handle_64_xen_hvm_altp2m_op_t");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_altp2m_op_t, p), 0usize, "offset of __guest_handle_64_xen_hvm_altp2m_op_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_altp2m_op_t, q), 0usize, "offset of __guest_handle_64_xen_hvm_altp2m_op_t.q");
        // __guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t
        assert_eq!(size_of::<__guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t>(), 8usize, "size of __guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t");
        assert_eq!(align_of::<__guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t>(), 8usize, "alignment of __guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t, p), 0usize, "offset of __guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t, q), 0usize, "offset of __guest_handle_64_xen_hvm_altp2m_vcpu_disable_notify_t.q");
        // __guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t
        assert_eq!(size_of::<__guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t>(), 8usize, "size of __guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t");
        assert_eq!(align_of::<__guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t>(), 8usize, "alignment of __guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t, p), 0usize, "offset of __guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t, q), 0usize, "offset of __guest_handle_64_xen_hvm_altp2m_vcpu_enable_notify_t.q");
        // __guest_handle_64_xen_hvm_altp2m_view_t
        assert_eq!(size_of::<__guest_handle_64_xen_hvm_altp2m_view_t>(), 8usize, "size of __guest_handle_64_xen_hvm_altp2m_view_t");
        assert_eq!(align_of::<__guest_handle_64_xen_hvm_altp2m_view_t>(), 8usize, "alignment of __guest_handle_64_xen_hvm_altp2m_view_t");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_altp2m_view_t, p), 0usize, "offset of __guest_handle_64_xen_hvm_altp2m_view_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_altp2m_view_t, q), 0usize, "offset of __guest_handle_64_xen_hvm_altp2m_view_t.q");
        // __guest_handle_64_xen_hvm_get_mem_type_t
        assert_eq!(size_of::<__guest_handle_64_xen_hvm_get_mem_type_t>(), 8usize, "size of __guest_handle_64_xen_hvm_get_mem_type_t");
        assert_eq!(align_of::<__guest_handle_64_xen_hvm_get_mem_type_t>(), 8usize, "alignment of __guest_handle_64_xen_hvm_get_mem_type_t");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_get_mem_type_t, p), 0usize, "offset of __guest_handle_64_xen_hvm_get_mem_type_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_get_mem_type_t, q), 0usize, "offset of __guest_handle_64_xen_hvm_get_mem_type_t.q");
        // __guest_handle_64_xen_hvm_get_time_t
        assert_eq!(size_of::<__guest_handle_64_xen_hvm_get_time_t>(), 8usize, "size of __guest_handle_64_xen_hvm_get_time_t");
        assert_eq!(align_of::<__guest_handle_64_xen_hvm_get_time_t>(), 8usize, "alignment of __guest_handle_64_xen_hvm_get_time_t");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_get_time_t, p), 0usize, "offset of __guest_handle_64_xen_hvm_get_time_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_get_time_t, q), 0usize, "offset of __guest_handle_64_xen_hvm_get_time_t.q");
        // __guest_handle_64_xen_hvm_pagetable_dying_t
        assert_eq!(size_of::<__guest_handle_64_xen_hvm_pagetable_dying_t>(), 8usize, "size of __guest_handle_64_xen_hvm_pagetable_dying_t");
        assert_eq!(align_of::<__guest_handle_64_xen_hvm_pagetable_dying_t>(), 8usize, "alignment of __guest_handle_64_xen_hvm_pagetable_dying_t");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_pagetable_dying_t, p), 0usize, "offset of __guest_handle_64_xen_hvm_pagetable_dying_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_pagetable_dying_t, q), 0usize, "offset of __guest_handle_64_xen_hvm_pagetable_dying_t.q");
        // __guest_handle_64_xen_hvm_param_t
        assert_eq!(size_of::<__guest_handle_64_xen_hvm_param_t>(), 8usize, "size of __guest_handle_64_xen_hvm_param_t");
        assert_eq!(align_of::<__guest_handle_64_xen_hvm_param_t>(), 8usize, "alignment of __guest_handle_64_xen_hvm_param_t");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_param_t, p), 0usize, "offset of __guest_handle_64_xen_hvm_param_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_param_t, q), 0usize, "offset of __guest_handle_64_xen_hvm_param_t.q");
        // __guest_handle_64_xen_hvm_xentrace_t
        assert_eq!(size_of::<__guest_handle_64_xen_hvm_xentrace_t>(), 8usize, "size of __guest_handle_64_xen_hvm_xentrace_t");
        assert_eq!(align_of::<__guest_handle_64_xen_hvm_xentrace_t>(), 8usize, "alignment of __guest_handle_64_xen_hvm_xentrace_t");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_xentrace_t, p), 0usize, "offset of __guest_handle_64_xen_hvm_xentrace_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_hvm_xentrace_t, q), 0usize, "offset of __guest_handle_64_xen_hvm_xentrace_t.q");
        // __guest_handle_64_xen_kexec_load_t
        assert_eq!(size_of::<__guest_handle_64_xen_kexec_load_t>(), 8usize, "size of __guest_handle_64_xen_kexec_load_t");
        assert_eq!(align_of::<__guest_handle_64_xen_kexec_load_t>(), 8usize, "alignment of __guest_handle_64_xen_kexec_load_t");
        assert_eq!(offset!(__guest_handle_64_xen_kexec_load_t, p), 0usize, "offset of __guest_handle_64_xen_kexec_load_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_kexec_load_t, q), 0usize, "offset of __guest_handle_64_xen_kexec_load_t.q");
        // __guest_handle_64_xen_kexec_segment_t
        assert_eq!(size_of::<__guest_handle_64_xen_kexec_segment_t>(), 8usize, "size of __guest_handle_64_xen_kexec_segment_t");
        assert_eq!(align_of::<__guest_handle_64_xen_kexec_segment_t>(), 8usize, "alignment of __guest_handle_64_xen_kexec_segment_t");
        assert_eq!(offset!(__guest_handle_64_xen_kexec_segment_t, p), 0usize, "offset of __guest_handle_64_xen_kexec_segment_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_kexec_segment_t, q), 0usize, "offset of __guest_handle_64_xen_kexec_segment_t.q");
        // __guest_handle_64_xen_kexec_status_t
        assert_eq!(size_of::<__guest_handle_64_xen_kexec_status_t>(), 8usize, "size of __guest_handle_64_xen_kexec_status_t");
        assert_eq!(align_of::<__guest_handle_64_xen_kexec_status_t>(), 8usize, "alignment of __guest_handle_64_xen_kexec_status_t");
        assert_eq!(offset!(__guest_handle_64_xen_kexec_status_t, p), 0usize, "offset of __guest_handle_64_xen_kexec_status_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_kexec_status_t, q), 0usize, "offset of __guest_handle_64_xen_kexec_status_t.q");
        // __guest_handle_64_xen_kexec_unload_t
        assert_eq!(size_of::<__guest_handle_64_xen_kexec_unload_t>(), 8usize, "size of __guest_handle_64_xen_kexec_unload_t");
        assert_eq!(align_of::<__guest_handle_64_xen_kexec_unload_t>(), 8usize, "alignment of __guest_handle_64_xen_kexec_unload_t");
        assert_eq!(offset!(__guest_handle_64_xen_kexec_unload_t, p), 0usize, "offset of __guest_handle_64_xen_kexec_unload_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_kexec_unload_t, q), 0usize, "offset of __guest_handle_64_xen_kexec_unload_t.q");
        // __guest_handle_64_xen_machphys_mapping_t
        assert_eq!(size_of::<__guest_handle_64_xen_machphys_mapping_t>(), 8usize, "size of __guest_handle_64_xen_machphys_mapping_t");
        assert_eq!(align_of::<__guest_handle_64_xen_machphys_mapping_t>(), 8usize, "alignment of __guest_handle_64_xen_machphys_mapping_t");
        assert_eq!(offset!(__guest_handle_64_xen_machphys_mapping_t, p), 0usize, "offset of __guest_handle_64_xen_machphys_mapping_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_machphys_mapping_t, q), 0usize, "offset of __guest_handle_64_xen_machphys_mapping_t.q");
        // __guest_handle_64_xen_machphys_mfn_list_t
        assert_eq!(size_of::<__guest_handle_64_xen_machphys_mfn_list_t>(), 8usize, "size of __guest_handle_64_xen_machphys_mfn_list_t");
        assert_eq!(align_of::<__guest_handle_64_xen_machphys_mfn_list_t>(), 8usize, "alignment of __guest_handle_64_xen_machphys_mfn_list_t");
        assert_eq!(offset!(__guest_handle_64_xen_machphys_mfn_list_t, p), 0usize, "offset of __guest_handle_64_xen_machphys_mfn_list_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_machphys_mfn_list_t, q), 0usize, "offset of __guest_handle_64_xen_machphys_mfn_list_t.q");
        // __guest_handle_64_xen_mem_acquire_resource_t
        assert_eq!(size_of::<__guest_handle_64_xen_mem_acquire_resource_t>(), 8usize, "size of __guest_handle_64_xen_mem_acquire_resource_t");
        assert_eq!(align_of::<__guest_handle_64_xen_mem_acquire_resource_t>(), 8usize, "alignment of __guest_handle_64_xen_mem_acquire_resource_t");
        assert_eq!(offset!(__guest_handle_64_xen_mem_acquire_resource_t, p), 0usize, "offset of __guest_handle_64_xen_mem_acquire_resource_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_mem_acquire_resource_t, q), 0usize, "offset of __guest_handle_64_xen_mem_acquire_resource_t.q");
        // __guest_handle_64_xen_memory_exchange_t
        assert_eq!(size_of::<__guest_handle_64_xen_memory_exchange_t>(), 8usize, "size of __guest_handle_64_xen_memory_exchange_t");
        assert_eq!(align_of::<__guest_handle_64_xen_memory_exchange_t>(), 8usize, "alignment of __guest_handle_64_xen_memory_exchange_t");
        assert_eq!(offset!(__guest_handle_64_xen_memory_exchange_t, p), 0usize, "offset of __guest_handle_64_xen_memory_exchange_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_memory_exchange_t, q), 0usize, "offset of __guest_handle_64_xen_memory_exchange_t.q");
        // __guest_handle_64_xen_memory_map_t
        assert_eq!(size_of::<__guest_handle_64_xen_memory_map_t>(), 8usize, "size of __guest_handle_64_xen_memory_map_t");
        assert_eq!(align_of::<__guest_handle_64_xen_memory_map_t>(), 8usize, "alignment of __guest_handle_64_xen_memory_map_t");
        assert_eq!(offset!(__guest_handle_64_xen_memory_map_t, p), 0usize, "offset of __guest_handle_64_xen_memory_map_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_memory_map_t, q), 0usize, "offset of __guest_handle_64_xen_memory_map_t.q");
        // __guest_handle_64_xen_memory_reservation_t
        assert_eq!(size_of::<__guest_handle_64_xen_memory_reservation_t>(), 8usize, "size of __guest_handle_64_xen_memory_reservation_t");
        assert_eq!(align_of::<__guest_handle_64_xen_memory_reservation_t>(), 8usize, "alignment of __guest_handle_64_xen_memory_reservation_t");
        assert_eq!(offset!(__guest_handle_64_xen_memory_reservation_t, p), 0usize, "offset of __guest_handle_64_xen_memory_reservation_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_memory_reservation_t, q), 0usize, "offset of __guest_handle_64_xen_memory_reservation_t.q");
        // __guest_handle_64_xen_pfn_t
        assert_eq!(size_of::<__guest_handle_64_xen_pfn_t>(), 8usize, "size of __guest_handle_64_xen_pfn_t");
        assert_eq!(align_of::<__guest_handle_64_xen_pfn_t>(), 8usize, "alignment of __guest_handle_64_xen_pfn_t");
        assert_eq!(offset!(__guest_handle_64_xen_pfn_t, p), 0usize, "offset of __guest_handle_64_xen_pfn_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_pfn_t, q), 0usize, "offset of __guest_handle_64_xen_pfn_t.q");
        // __guest_handle_64_xen_platform_op_t
        assert_eq!(size_of::<__guest_handle_64_xen_platform_op_t>(), 8usize, "size of __guest_handle_64_xen_platform_op_t");
        assert_eq!(align_of::<__guest_handle_64_xen_platform_op_t>(), 8usize, "alignment of __guest_handle_64_xen_platform_op_t");
        assert_eq!(offset!(__guest_handle_64_xen_platform_op_t, p), 0usize, "offset of __guest_handle_64_xen_platform_op_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_platform_op_t, q), 0usize, "offset of __guest_handle_64_xen_platform_op_t.q");
        // __guest_handle_64_xen_pmu_params_t
        assert_eq!(size_of::<__guest_handle_64_xen_pmu_params_t>(), 8usize, "size of __guest_handle_64_xen_pmu_params_t");
        assert_eq!(align_of::<__guest_handle_64_xen_pmu_params_t>(), 8usize, "alignment of __guest_handle_64_xen_pmu_params_t");
        assert_eq!(offset!(__guest_handle_64_xen_pmu_params_t, p), 0usize, "offset of __guest_handle_64_xen_pmu_params_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_pmu_params_t, q), 0usize, "offset of __guest_handle_64_xen_pmu_params_t.q");
        // __guest_handle_64_xen_processor_csd_t
        assert_eq!(size_of::<__guest_handle_64_xen_processor_csd_t>(), 8usize, "size of __guest_handle_64_xen_processor_csd_t");
        assert_eq!(align_of::<__guest_handle_64_xen_processor_csd_t>(), 8usize, "alignment of __guest_handle_64_xen_processor_csd_t");
        assert_eq!(offset!(__guest_handle_64_xen_processor_csd_t, p), 0usize, "offset of __guest_handle_64_xen_processor_csd_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_processor_csd_t, q), 0usize, "offset of __guest_handle_64_xen_processor_csd_t.q");
        // __guest_handle_64_xen_processor_cx_t
        assert_eq!(size_of::<__guest_handle_64_xen_processor_cx_t>(), 8usize, "size of __guest_handle_64_xen_processor_cx_t");
        assert_eq!(align_of::<__guest_handle_64_xen_processor_cx_t>(), 8usize, "alignment of __guest_handle_64_xen_processor_cx_t");
        assert_eq!(offset!(__guest_handle_64_xen_processor_cx_t, p), 0usize, "offset of __guest_handle_64_xen_processor_cx_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_processor_cx_t, q), 0usize, "offset of __guest_handle_64_xen_processor_cx_t.q");
        // __guest_handle_64_xen_processor_performance_t
        assert_eq!(size_of::<__guest_handle_64_xen_processor_performance_t>(), 8usize, "size of __guest_handle_64_xen_processor_performance_t");
        assert_eq!(align_of::<__guest_handle_64_xen_processor_performance_t>(), 8usize, "alignment of __guest_handle_64_xen_processor_performance_t");
        assert_eq!(offset!(__guest_handle_64_xen_processor_performance_t, p), 0usize, "offset of __guest_handle_64_xen_processor_performance_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_processor_performance_t, q), 0usize, "offset of __guest_handle_64_xen_processor_performance_t.q");
        // __guest_handle_64_xen_processor_px_t
        assert_eq!(size_of::<__guest_handle_64_xen_processor_px_t>(), 8usize, "size of __guest_handle_64_xen_processor_px_t");
        assert_eq!(align_of::<__guest_handle_64_xen_processor_px_t>(), 8usize, "alignment of __guest_handle_64_xen_processor_px_t");
        assert_eq!(offset!(__guest_handle_64_xen_processor_px_t, p), 0usize, "offset of __guest_handle_64_xen_processor_px_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_processor_px_t, q), 0usize, "offset of __guest_handle_64_xen_processor_px_t.q");
        // __guest_handle_64_xen_remove_from_physmap_t
        assert_eq!(size_of::<__guest_handle_64_xen_remove_from_physmap_t>(), 8usize, "size of __guest_handle_64_xen_remove_from_physmap_t");
        assert_eq!(align_of::<__guest_handle_64_xen_remove_from_physmap_t>(), 8usize, "alignment of __guest_handle_64_xen_remove_from_physmap_t");
        assert_eq!(offset!(__guest_handle_64_xen_remove_from_physmap_t, p), 0usize, "offset of __guest_handle_64_xen_remove_from_physmap_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_remove_from_physmap_t, q), 0usize, "offset of __guest_handle_64_xen_remove_from_physmap_t.q");
        // __guest_handle_64_xen_ulong_t
        assert_eq!(size_of::<__guest_handle_64_xen_ulong_t>(), 8usize, "size of __guest_handle_64_xen_ulong_t");
        assert_eq!(align_of::<__guest_handle_64_xen_ulong_t>(), 8usize, "alignment of __guest_handle_64_xen_ulong_t");
        assert_eq!(offset!(__guest_handle_64_xen_ulong_t, p), 0usize, "offset of __guest_handle_64_xen_ulong_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_ulong_t, q), 0usize, "offset of __guest_handle_64_xen_ulong_t.q");
        // __guest_handle_64_xen_vmemrange_t
        assert_eq!(size_of::<__guest_handle_64_xen_vmemrange_t>(), 8usize, "size of __guest_handle_64_xen_vmemrange_t");
        assert_eq!(align_of::<__guest_handle_64_xen_vmemrange_t>(), 8usize, "alignment of __guest_handle_64_xen_vmemrange_t");
        assert_eq!(offset!(__guest_handle_64_xen_vmemrange_t, p), 0usize, "offset of __guest_handle_64_xen_vmemrange_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_vmemrange_t, q), 0usize, "offset of __guest_handle_64_xen_vmemrange_t.q");
        // __guest_handle_64_xen_vnuma_topology_info_t
        assert_eq!(size_of::<__guest_handle_64_xen_vnuma_topology_info_t>(), 8usize, "size of __guest_handle_64_xen_vnuma_topology_info_t");
        assert_eq!(align_of::<__guest_handle_64_xen_vnuma_topology_info_t>(), 8usize, "alignment of __guest_handle_64_xen_vnuma_topology_info_t");
        assert_eq!(offset!(__guest_handle_64_xen_vnuma_topology_info_t, p), 0usize, "offset of __guest_handle_64_xen_vnuma_topology_info_t.p");
        assert_eq!(offset!(__guest_handle_64_xen_vnuma_topology_info_t, q), 0usize, "offset of __guest_handle_64_xen_vnuma_topology_info_t.q");
        // __guest_handle_64_xennmi_callback_t
        assert_eq!(size_of::<__guest_handle_64_xennmi_callback_t>(), 8usize, "size of __guest_handle_64_xennmi_callback_t");
        assert_eq!(align_of::<__guest_handle_64_xennmi_callback_t>(), 8usize, "alignment of __guest_handle_64_xennmi_callback_t");
        assert_eq!(offset!(__guest_handle_64_xennmi_callback_t, p), 0usize, "offset of __guest_handle_64_xennmi_callback_t.p");
        assert_eq!(offset!(__guest_handle_64_xennmi_callback_t, q), 0usize, "offset of __guest_handle_64_xennmi_callback_t.q");
        // __guest_handle_64_xenoprof_buf_t
        assert_eq!(size_of::<__guest_handle_64_xenoprof_buf_t>(), 8usize, "size of __guest_handle_64_xenoprof_buf_t");
        assert_eq!(align_of::<__guest_handle_64_xenoprof_buf_t>(), 8usize, "alignment of __guest_handle_64_xenoprof_buf_t");
        assert_eq!(offset!(__guest_handle_64_xenoprof_buf_t, p), 0usize, "offset of __guest_handle_64_xenoprof_buf_t.p");
        assert_eq!(offset!(__guest_handle_64_xenoprof_buf_t, q), 0usize, "offset of __guest_handle_64_xenoprof_buf_t.q");
        // __guest_handle_64_xenoprof_counter_t
        assert_eq!(size_of::<__guest_handle_64_xenoprof_counter_t>(), 8usize, "size of __guest_handle_64_xenoprof_counter_t");
        assert_eq!(align_of::<__guest_handle_64_xenoprof_counter_t>(), 8usize, "alignment of __guest_handle_64_xenoprof_counter_t");
        assert_eq!(offset!(__guest_handle_64_xenoprof_counter_t, p), 0usize, "offset of __guest_handle_64_xenoprof_counter_t.p");
        assert_eq!(offset!(__guest_handle_64_xenoprof_counter_t, q), 0usize, "offset of __guest_handle_64_xenoprof_counter_t.q");
        // __guest_handle_64_xenoprof_get_buffer_t
        assert_eq!(size_of::<__guest_handle_64_xenoprof_get_buffer_t>(), 8usize, "size of __guest_handle_64_xenoprof_get_buffer_t");
        assert_eq!(align_of::<__guest_handle_64_xenoprof_get_buffer_t>(), 8usize, "alignment of __guest_handle_64_xenoprof_get_buffer_t");
        assert_eq!(offset!(__guest_handle_64_xenoprof_get_buffer_t, p), 0usize, "offset of __guest_handle_64_xenoprof_get_buffer_t.p");
        assert_eq!(offset!(__guest_handle_64_xenoprof_get_buffer_t, q), 0usize, "offset of __guest_handle_64_xenoprof_get_buffer_t.q");
        // __guest_handle_64_xenoprof_ibs_counter_t
        assert_eq!(size_of::<__guest_handle_64_xenoprof_ibs_counter_t>(), 8usize, "size of __guest_handle_64_xenoprof_ibs_counter_t");
        assert_eq!(align_of::<__guest_handle_64_xenoprof_ibs_counter_t>(), 8usize, "alignment of __guest_handle_64_xenoprof_ibs_counter_t");
        assert_eq!(offset!(__guest_handle_64_xenoprof_ibs_counter_t, p), 0usize, "offset of __guest_handle_64_xenoprof_ibs_counter_t.p");
        assert_eq!(offset!(__guest_handle_64_xenoprof_ibs_counter_t, q), 0usize, "offset of __guest_handle_64_xenoprof_ibs_counter_t.q");
        // __guest_handle_64_xenoprof_init_t
        assert_eq!(size_of::<__guest_handle_64_xenoprof_init_t>(), 8usize, "size of __guest_handle_64_xenoprof_init_t");
        assert_eq!(align_of::<__guest_handle_64_xenoprof_init_t>(), 8usize, "alignment of __guest_handle_64_xenoprof_init_t");
        assert_eq!(offset!(__guest_handle_64_xenoprof_init_t, p), 0usize, "offset of __guest_handle_64_xenoprof_init_t.p");
        assert_eq!(offset!(__guest_handle_64_xenoprof_init_t, q), 0usize, "offset of __guest_handle_64_xenoprof_init_t.q");
        // __guest_handle_64_xenoprof_passive_t
        assert_eq!(size_of::<__guest_handle_64_xenoprof_passive_t>(), 8usize, "size of __guest_handle_64_xenoprof_passive_t");
        assert_eq!(align_of::<__guest_handle_64_xenoprof_passive_t>(), 8usize, "alignment of __guest_handle_64_xenoprof_passive_t");
        assert_eq!(offset!(__guest_handle_64_xenoprof_passive_t, p), 0usize, "offset of __guest_handle_64_xenoprof_passive_t.p");
        assert_eq!(offset!(__guest_handle_64_xenoprof_passive_t, q), 0usize, "offset of __guest_handle_64_xenoprof_passive_t.q");
        // __guest_handle_64_xenpf_add_memtype_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_add_memtype_t>(), 8usize, "size of __guest_handle_64_xenpf_add_memtype_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_add_memtype_t>(), 8usize, "alignment of __guest_handle_64_xenpf_add_memtype_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_add_memtype_t, p), 0usize, "offset of __guest_handle_64_xenpf_add_memtype_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_add_memtype_t, q), 0usize, "offset of __guest_handle_64_xenpf_add_memtype_t.q");
        // __guest_handle_64_xenpf_change_freq_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_change_freq_t>(), 8usize, "size of __guest_handle_64_xenpf_change_freq_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_change_freq_t>(), 8usize, "alignment of __guest_handle_64_xenpf_change_freq_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_change_freq_t, p), 0usize, "offset of __guest_handle_64_xenpf_change_freq_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_change_freq_t, q), 0usize, "offset of __guest_handle_64_xenpf_change_freq_t.q");
        // __guest_handle_64_xenpf_core_parking_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_core_parking_t>(), 8usize, "size of __guest_handle_64_xenpf_core_parking_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_core_parking_t>(), 8usize, "alignment of __guest_handle_64_xenpf_core_parking_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_core_parking_t, p), 0usize, "offset of __guest_handle_64_xenpf_core_parking_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_core_parking_t, q), 0usize, "offset of __guest_handle_64_xenpf_core_parking_t.q");
        // __guest_handle_64_xenpf_cpu_ol_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_cpu_ol_t>(), 8usize, "size of __guest_handle_64_xenpf_cpu_ol_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_cpu_ol_t>(), 8usize, "alignment of __guest_handle_64_xenpf_cpu_ol_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_cpu_ol_t, p), 0usize, "offset of __guest_handle_64_xenpf_cpu_ol_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_cpu_ol_t, q), 0usize, "offset of __guest_handle_64_xenpf_cpu_ol_t.q");
        // __guest_handle_64_xenpf_del_memtype_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_del_memtype_t>(), 8usize, "size of __guest_handle_64_xenpf_del_memtype_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_del_memtype_t>(), 8usize, "alignment of __guest_handle_64_xenpf_del_memtype_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_del_memtype_t, p), 0usize, "offset of __guest_handle_64_xenpf_del_memtype_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_del_memtype_t, q), 0usize, "offset of __guest_handle_64_xenpf_del_memtype_t.q");
        // __guest_handle_64_xenpf_dom0_console_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_dom0_console_t>(), 8usize, "size of __guest_handle_64_xenpf_dom0_console_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_dom0_console_t>(), 8usize, "alignment of __guest_handle_64_xenpf_dom0_console_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_dom0_console_t, p), 0usize, "offset of __guest_handle_64_xenpf_dom0_console_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_dom0_console_t, q), 0usize, "offset of __guest_handle_64_xenpf_dom0_console_t.q");
        // __guest_handle_64_xenpf_efi_runtime_call_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_efi_runtime_call_t>(), 8usize, "size of __guest_handle_64_xenpf_efi_runtime_call_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_efi_runtime_call_t>(), 8usize, "alignment of __guest_handle_64_xenpf_efi_runtime_call_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_efi_runtime_call_t, p), 0usize, "offset of __guest_handle_64_xenpf_efi_runtime_call_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_efi_runtime_call_t, q), 0usize, "offset of __guest_handle_64_xenpf_efi_runtime_call_t.q");
        // __guest_handle_64_xenpf_enter_acpi_sleep_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_enter_acpi_sleep_t>(), 8usize, "size of __guest_handle_64_xenpf_enter_acpi_sleep_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_enter_acpi_sleep_t>(), 8usize, "alignment of __guest_handle_64_xenpf_enter_acpi_sleep_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_enter_acpi_sleep_t, p), 0usize, "offset of __guest_handle_64_xenpf_enter_acpi_sleep_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_enter_acpi_sleep_t, q), 0usize, "offset of __guest_handle_64_xenpf_enter_acpi_sleep_t.q");
        // __guest_handle_64_xenpf_firmware_info_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_firmware_info_t>(), 8usize, "size of __guest_handle_64_xenpf_firmware_info_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_firmware_info_t>(), 8usize, "alignment of __guest_handle_64_xenpf_firmware_info_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_firmware_info_t, p), 0usize, "offset of __guest_handle_64_xenpf_firmware_info_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_firmware_info_t, q), 0usize, "offset of __guest_handle_64_xenpf_firmware_info_t.q");
        // __guest_handle_64_xenpf_getidletime_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_getidletime_t>(), 8usize, "size of __guest_handle_64_xenpf_getidletime_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_getidletime_t>(), 8usize, "alignment of __guest_handle_64_xenpf_getidletime_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_getidletime_t, p), 0usize, "offset of __guest_handle_64_xenpf_getidletime_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_getidletime_t, q), 0usize, "offset of __guest_handle_64_xenpf_getidletime_t.q");
        // __guest_handle_64_xenpf_microcode_update2_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_microcode_update2_t>(), 8usize, "size of __guest_handle_64_xenpf_microcode_update2_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_microcode_update2_t>(), 8usize, "alignment of __guest_handle_64_xenpf_microcode_update2_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_microcode_update2_t, p), 0usize, "offset of __guest_handle_64_xenpf_microcode_update2_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_microcode_update2_t, q), 0usize, "offset of __guest_handle_64_xenpf_microcode_update2_t.q");
    }

    #[test]
    fn layout_005() {
        // __guest_handle_64_xenpf_microcode_update_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_microcode_update_t>(), 8usize, "size of __guest_handle_64_xenpf_microcode_update_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_microcode_update_t>(), 8usize, "alignment of __guest_handle_64_xenpf_microcode_update_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_microcode_update_t, p), 0usize, "offset of __guest_handle_64_xenpf_microcode_update_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_microcode_update_t, q), 0usize, "offset of __guest_handle_64_xenpf_microcode_update_t.q");
        // __guest_handle_64_xenpf_pcpu_version_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_pcpu_version_t>(), 8usize, "size of __guest_handle_64_xenpf_pcpu_version_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_pcpu_version_t>(), 8usize, "alignment of __guest_handle_64_xenpf_pcpu_version_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_pcpu_version_t, p), 0usize, "offset of __guest_handle_64_xenpf_pcpu_version_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_pcpu_version_t, q), 0usize, "offset of __guest_handle_64_xenpf_pcpu_version_t.q");
        // __guest_handle_64_xenpf_pcpuinfo_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_pcpuinfo_t>(), 8usize, "size of __guest_handle_64_xenpf_pcpuinfo_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_pcpuinfo_t>(), 8usize, "alignment of __guest_handle_64_xenpf_pcpuinfo_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_pcpuinfo_t, p), 0usize, "offset of __guest_handle_64_xenpf_pcpuinfo_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_pcpuinfo_t, q), 0usize, "offset of __guest_handle_64_xenpf_pcpuinfo_t.q");
        // __guest_handle_64_xenpf_platform_quirk_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_platform_quirk_t>(), 8usize, "size of __guest_handle_64_xenpf_platform_quirk_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_platform_quirk_t>(), 8usize, "alignment of __guest_handle_64_xenpf_platform_quirk_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_platform_quirk_t, p), 0usize, "offset of __guest_handle_64_xenpf_platform_quirk_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_platform_quirk_t, q), 0usize, "offset of __guest_handle_64_xenpf_platform_quirk_t.q");
        // __guest_handle_64_xenpf_read_memtype_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_read_memtype_t>(), 8usize, "size of __guest_handle_64_xenpf_read_memtype_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_read_memtype_t>(), 8usize, "alignment of __guest_handle_64_xenpf_read_memtype_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_read_memtype_t, p), 0usize, "offset of __guest_handle_64_xenpf_read_memtype_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_read_memtype_t, q), 0usize, "offset of __guest_handle_64_xenpf_read_memtype_t.q");
        // __guest_handle_64_xenpf_resource_entry_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_resource_entry_t>(), 8usize, "size of __guest_handle_64_xenpf_resource_entry_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_resource_entry_t>(), 8usize, "alignment of __guest_handle_64_xenpf_resource_entry_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_resource_entry_t, p), 0usize, "offset of __guest_handle_64_xenpf_resource_entry_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_resource_entry_t, q), 0usize, "offset of __guest_handle_64_xenpf_resource_entry_t.q");
        // __guest_handle_64_xenpf_resource_op_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_resource_op_t>(), 8usize, "size of __guest_handle_64_xenpf_resource_op_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_resource_op_t>(), 8usize, "alignment of __guest_handle_64_xenpf_resource_op_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_resource_op_t, p), 0usize, "offset of __guest_handle_64_xenpf_resource_op_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_resource_op_t, q), 0usize, "offset of __guest_handle_64_xenpf_resource_op_t.q");
        // __guest_handle_64_xenpf_set_processor_pminfo_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_set_processor_pminfo_t>(), 8usize, "size of __guest_handle_64_xenpf_set_processor_pminfo_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_set_processor_pminfo_t>(), 8usize, "alignment of __guest_handle_64_xenpf_set_processor_pminfo_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_set_processor_pminfo_t, p), 0usize, "offset of __guest_handle_64_xenpf_set_processor_pminfo_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_set_processor_pminfo_t, q), 0usize, "offset of __guest_handle_64_xenpf_set_processor_pminfo_t.q");
        // __guest_handle_64_xenpf_settime_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_settime_t>(), 8usize, "size of __guest_handle_64_xenpf_settime_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_settime_t>(), 8usize, "alignment of __guest_handle_64_xenpf_settime_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_settime_t, p), 0usize, "offset of __guest_handle_64_xenpf_settime_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_settime_t, q), 0usize, "offset of __guest_handle_64_xenpf_settime_t.q");
        // __guest_handle_64_xenpf_symdata_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_symdata_t>(), 8usize, "size of __guest_handle_64_xenpf_symdata_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_symdata_t>(), 8usize, "alignment of __guest_handle_64_xenpf_symdata_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_symdata_t, p), 0usize, "offset of __guest_handle_64_xenpf_symdata_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_symdata_t, q), 0usize, "offset of __guest_handle_64_xenpf_symdata_t.q");
        // __guest_handle_64_xenpf_ucode_revision_t
        assert_eq!(size_of::<__guest_handle_64_xenpf_ucode_revision_t>(), 8usize, "size of __guest_handle_64_xenpf_ucode_revision_t");
        assert_eq!(align_of::<__guest_handle_64_xenpf_ucode_revision_t>(), 8usize, "alignment of __guest_handle_64_xenpf_ucode_revision_t");
        assert_eq!(offset!(__guest_handle_64_xenpf_ucode_revision_t, p), 0usize, "offset of __guest_handle_64_xenpf_ucode_revision_t.p");
        assert_eq!(offset!(__guest_handle_64_xenpf_ucode_revision_t, q), 0usize, "offset of __guest_handle_64_xenpf_ucode_revision_t.q");
        // __guest_handle_char
        assert_eq!(size_of::<__guest_handle_char>(), 8usize, "size of __guest_handle_char");
        assert_eq!(align_of::<__guest_handle_char>(), 8usize, "alignment of __guest_handle_char");
        assert_eq!(offset!(__guest_handle_char, p), 0usize, "offset of __guest_handle_char.p");
        assert_eq!(offset!(__guest_handle_char, q), 0usize, "offset of __guest_handle_char.q");
        // __guest_handle_const_char
        assert_eq!(size_of::<__guest_handle_const_char>(), 8usize, "size of __guest_handle_const_char");
        assert_eq!(align_of::<__guest_handle_const_char>(), 8usize, "alignment of __guest_handle_const_char");
        assert_eq!(offset!(__guest_handle_const_char, p), 0usize, "offset of __guest_handle_const_char.p");
        assert_eq!(offset!(__guest_handle_const_char, q), 0usize, "offset of __guest_handle_const_char.q");
        // __guest_handle_const_evtchn_op_t
        assert_eq!(size_of::<__guest_handle_const_evtchn_op_t>(), 8usize, "size of __guest_handle_const_evtchn_op_t");
        assert_eq!(align_of::<__guest_handle_const_evtchn_op_t>(), 8usize, "alignment of __guest_handle_const_evtchn_op_t");
        assert_eq!(offset!(__guest_handle_const_evtchn_op_t, p), 0usize, "offset of __guest_handle_const_evtchn_op_t.p");
        assert_eq!(offset!(__guest_handle_const_evtchn_op_t, q), 0usize, "offset of __guest_handle_const_evtchn_op_t.q");
        // __guest_handle_const_evtchn_port_t
        assert_eq!(size_of::<__guest_handle_const_evtchn_port_t>(), 8usize, "size of __guest_handle_const_evtchn_port_t");
        assert_eq!(align_of::<__guest_handle_const_evtchn_port_t>(), 8usize, "alignment of __guest_handle_const_evtchn_port_t");
        assert_eq!(offset!(__guest_handle_const_evtchn_port_t, p), 0usize, "offset of __guest_handle_const_evtchn_port_t.p");
        assert_eq!(offset!(__guest_handle_const_evtchn_port_t, q), 0usize, "offset of __guest_handle_const_evtchn_port_t.q");
        // __guest_handle_const_gnttab_cache_flush_t
        assert_eq!(size_of::<__guest_handle_const_gnttab_cache_flush_t>(), 8usize, "size of __guest_handle_const_gnttab_cache_flush_t");
        assert_eq!(align_of::<__guest_handle_const_gnttab_cache_flush_t>(), 8usize, "alignment of __guest_handle_const_gnttab_cache_flush_t");
        assert_eq!(offset!(__guest_handle_const_gnttab_cache_flush_t, p), 0usize, "offset of __guest_handle_const_gnttab_cache_flush_t.p");
        assert_eq!(offset!(__guest_handle_const_gnttab_cache_flush_t, q), 0usize, "offset of __guest_handle_const_gnttab_cache_flush_t.q");
        // __guest_handle_const_gnttab_copy_t
        assert_eq!(size_of::<__guest_handle_const_gnttab_copy_t>(), 8usize, "size of __guest_handle_const_gnttab_copy_t");
        assert_eq!(align_of::<__guest_handle_const_gnttab_copy_t>(), 8usize, "alignment of __guest_handle_const_gnttab_copy_t");
        assert_eq!(offset!(__guest_handle_const_gnttab_copy_t, p), 0usize, "offset of __guest_handle_const_gnttab_copy_t.p");
        assert_eq!(offset!(__guest_handle_const_gnttab_copy_t, q), 0usize, "offset of __guest_handle_const_gnttab_copy_t.q");
        // __guest_handle_const_gnttab_dump_table_t
        assert_eq!(size_of::<__guest_handle_const_gnttab_dump_table_t>(), 8usize, "size of __guest_handle_const_gnttab_dump_table_t");
        assert_eq!(align_of::<__guest_handle_const_gnttab_dump_table_t>(), 8usize, "alignment of __guest_handle_const_gnttab_dump_table_t");
        assert_eq!(offset!(__guest_handle_const_gnttab_dump_table_t, p), 0usize, "offset of __guest_handle_const_gnttab_dump_table_t.p");
        assert_eq!(offset!(__guest_handle_const_gnttab_dump_table_t, q), 0usize, "offset of __guest_handle_const_gnttab_dump_table_t.q");
        // __guest_handle_const_gnttab_get_status_frames_t
        assert_eq!(size_of::<__guest_handle_const_gnttab_get_status_frames_t>(), 8usize, "size of __guest_handle_const_gnttab_get_status_frames_t");
        assert_eq!(align_of::<__guest_handle_const_gnttab_get_status_frames_t>(), 8usize, "alignment of __guest_handle_const_gnttab_get_status_frames_t");
        assert_eq!(offset!(__guest_handle_const_gnttab_get_status_frames_t, p), 0usize, "offset of __guest_handle_const_gnttab_get_status_frames_t.p");
        assert_eq!(offset!(__guest_handle_const_gnttab_get_status_frames_t, q), 0usize, "offset of __guest_handle_const_gnttab_get_status_frames_t.q");
        // __guest_handle_const_gnttab_get_version_t
        assert_eq!(size_of::<__guest_handle_const_gnttab_get_version_t>(), 8usize, "size of __guest_handle_const_gnttab_get_version_t");
        assert_eq!(align_of::<__guest_handle_const_gnttab_get_version_t>(), 8usize, "alignment of __guest_handle_const_gnttab_get_version_t");
        assert_eq!(offset!(__guest_handle_const_gnttab_get_version_t, p), 0usize, "offset of __guest_handle_const_gnttab_get_version_t.p");
        assert_eq!(offset!(__guest_handle_const_gnttab_get_version_t, q), 0usize, "offset of __guest_handle_const_gnttab_get_version_t.q");
        // __guest_handle_const_gnttab_map_grant_ref_t
        assert_eq!(size_of::<__guest_handle_const_gnttab_map_grant_ref_t>(), 8usize, "size of __guest_handle_const_gnttab_map_grant_ref_t");
        assert_eq!(align_of::<__guest_handle_const_gnttab_map_grant_ref_t>(), 8usize, "alignment of __guest_handle_const_gnttab_map_grant_ref_t");
        assert_eq!(offset!(__guest_handle_const_gnttab_map_grant_ref_t, p), 0usize, "offset of __guest_handle_const_gnttab_map_grant_ref_t.p");
        assert_eq!(offset!(__guest_handle_const_gnttab_map_grant_ref_t, q), 0usize, "offset of __guest_handle_const_gnttab_map_grant_ref_t.q");
        // __guest_handle_const_gnttab_query_size_t
        assert_eq!(size_of::<__guest_handle_const_gnttab_query_size_t>(), 8usize, "size of __guest_handle_const_gnttab_query_size_t");
        assert_eq!(align_of::<__guest_handle_const_gnttab_query_size_t>(), 8usize, "alignment of __guest_handle_const_gnttab_query_size_t");
        assert_eq!(offset!(__guest_handle_const_gnttab_query_size_t, p), 0usize, "offset of __guest_handle_const_gnttab_query_size_t.p");
        assert_eq!(offset!(__guest_handle_const_gnttab_query_size_t, q), 0usize, "offset of __guest_handle_const_gnttab_query_size_t.q");
        // __guest_handle_const_gnttab_set_version_t
        assert_eq!(size_of::<__guest_handle_const_gnttab_set_version_t>(), 8usize, "size of __guest_handle_const_gnttab_set_version_t");
        assert_eq!(align_of::<__guest_handle_const_gnttab_set_version_t>(), 8usize, "alignment of __guest_handle_const_gnttab_set_version_t");
        assert_eq!(offset!(__guest_handle_const_gnttab_set_version_t, p), 0usize, "offset of __guest_handle_const_gnttab_set_version_t.p");
        assert_eq!(offset!(__guest_handle_const_gnttab_set_version_t, q), 0usize, "offset of __guest_handle_const_gnttab_set_version_t.q");
        // __guest_handle_const_gnttab_setup_table_t
        assert_eq!(size_of::<__guest_handle_const_gnttab_setup_table_t>(), 8usize, "size of __guest_handle_const_gnttab_setup_table_t");
        assert_eq!(align_of::<__guest_handle_const_gnttab_setup_table_t>(), 8usize, "alignment of __guest_handle_const_gnttab_setup_table_t");
        assert_eq!(offset!(__guest_handle_const_gnttab_setup_table_t, p), 0usize, "offset of __guest_handle_const_gnttab_setup_table_t.p");
        assert_eq!(offset!(__guest_handle_const_gnttab_setup_table_t, q), 0usize, "offset of __guest_handle_const_gnttab_setup_table_t.q");
        // __guest_handle_const_gnttab_swap_grant_ref_t
        assert_eq!(size_of::<__guest_handle_const_gnttab_swap_grant_ref_t>(), 8usize, "size of __guest_handle_const_gnttab_swap_grant_ref_t");
        assert_eq!(align_of::<__guest_handle_const_gnttab_swap_grant_ref_t>(), 8usize, "alignment of __guest_handle_const_gnttab_swap_grant_ref_t");
        assert_eq!(offset!(__guest_handle_const_gnttab_swap_grant_ref_t, p), 0usize, "offset of __guest_handle_const_gnttab_swap_grant_ref_t.p");
        assert_eq!(offset!(__guest_handle_const_gnttab_swap_grant_ref_t, q), 0usize, "offset of __guest_handle_const_gnttab_swap_grant_ref_t.q");
        // __guest_handle_const_gnttab_transfer_t
        assert_eq!(size_of::<__guest_handle_const_gnttab_transfer_t>(), 8usize, "size of __guest_handle_const_gnttab_transfer_t");
        assert_eq!(align_of::<__guest_handle_const_gnttab_transfer_t>(), 8usize, "alignment of __guest_handle_const_gnttab_transfer_t");
        assert_eq!(offset!(__guest_handle_const_gnttab_transfer_t, p), 0usize, "offset of __guest_handle_const_gnttab_transfer_t.p");
        assert_eq!(offset!(__guest_handle_const_gnttab_transfer_t, q), 0usize, "offset of __guest_handle_const_gnttab_transfer_t.q");
        // __guest_handle_const_gnttab_unmap_and_replace_t
        assert_eq!(size_of::<__guest_handle_const_gnttab_unmap_and_replace_t>(), 8usize, "size of __guest_handle_const_gnttab_unmap_and_replace_t");
        assert_eq!(align_of::<__guest_handle_const_gnttab_unmap_and_replace_t>(), 8usize, "alignment of __guest_handle_const_gnttab_unmap_and_replace_t");
        assert_eq!(offset!(__guest_handle_const_gnttab_unmap_and_replace_t, p), 0usize, "offset of __guest_handle_const_gnttab_unmap_and_replace_t.p");
        assert_eq!(offset!(__guest_handle_const_gnttab_unmap_and_replace_t, q), 0usize, "offset of __guest_handle_const_gnttab_unmap_and_replace_t.q");
        // __guest_handle_const_gnttab_unmap_grant_ref_t
        assert_eq!(size_of::<__guest_handle_const_gnttab_unmap_grant_ref_t>(), 8usize, "size of __guest_handle_const_gnttab_unmap_grant_ref_t");
        assert_eq!(align_of::<__guest_handle_const_gnttab_unmap_grant_ref_t>(), 8usize, "alignment of __guest_handle_const_gnttab_unmap_grant_ref_t");
        assert_eq!(offset!(__guest_handle_const_gnttab_unmap_grant_ref_t, p), 0usize, "offset of __guest_handle_const_gnttab_unmap_grant_ref_t.p");
        assert_eq!(offset!(__guest_handle_const_gnttab_unmap_grant_ref_t, q), 0usize, "offset of __guest_handle_const_gnttab_unmap_grant_ref_t.q");
        // __guest_handle_const_int
        assert_eq!(size_of::<__guest_handle_const_int>(), 8usize, "size of __guest_handle_const_int");
        assert_eq!(align_of::<__guest_handle_const_int>(), 8usize, "alignment of __guest_handle_const_int");
        assert_eq!(offset!(__guest_handle_const_int, p), 0usize, "offset of __guest_handle_const_int.p");
        assert_eq!(offset!(__guest_handle_const_int, q), 0usize, "offset of __guest_handle_const_int.q");
        // __guest_handle_const_mmu_update_t
        assert_eq!(size_of::<__guest_handle_const_mmu_update_t>(), 8usize, "size of __guest_handle_const_mmu_update_t");
        assert_eq!(align_of::<__guest_handle_const_mmu_update_t>(), 8usize, "alignment of __guest_handle_const_mmu_update_t");
        assert_eq!(offset!(__guest_handle_const_mmu_update_t, p), 0usize, "offset of __guest_handle_const_mmu_update_t.p");
        assert_eq!(offset!(__guest_handle_const_mmu_update_t, q), 0usize, "offset of __guest_handle_const_mmu_update_t.q");
        // __guest_handle_const_mmuext_op_t
        assert_eq!(size_of::<__guest_handle_const_mmuext_op_t>(), 8usize, "size of __guest_handle_const_mmuext_op_t");
        assert_eq!(align_of::<__guest_handle_const_mmuext_op_t>(), 8usize, "alignment of __guest_handle_const_mmuext_op_t");
        assert_eq!(offset!(__guest_handle_const_mmuext_op_t, p), 0usize, "offset of __guest_handle_const_mmuext_op_t.p");
        assert_eq!(offset!(__guest_handle_const_mmuext_op_t, q), 0usize, "offset of __guest_handle_const_mmuext_op_t.q");
        // __guest_handle_const_multicall_entry_t
        assert_eq!(size_of::<__guest_handle_const_multicall_entry_t>(), 8usize, "size of __guest_handle_const_multicall_entry_t");
        assert_eq!(align_of::<__guest_handle_const_multicall_entry_t>(), 8usize, "alignment of __guest_handle_const_multicall_entry_t");
        assert_eq!(offset!(__guest_handle_const_multicall_entry_t, p), 0usize, "offset of __guest_handle_const_multicall_entry_t.p");
        assert_eq!(offset!(__guest_handle_const_multicall_entry_t, q), 0usize, "offset of __guest_handle_const_multicall_entry_t.q");
        // __guest_handle_const_physdev_apic_t
        assert_eq!(size_of::<__guest_handle_const_physdev_apic_t>(), 8usize, "size of __guest_handle_const_physdev_apic_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_apic_t>(), 8usize, "alignment of __guest_handle_const_physdev_apic_t");
        assert_eq!(offset!(__guest_handle_const_physdev_apic_t, p), 0usize, "offset of __guest_handle_const_physdev_apic_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_apic_t, q), 0usize, "offset of __guest_handle_const_physdev_apic_t.q");
        // __guest_handle_const_physdev_dbgp_op_t
        assert_eq!(size_of::<__guest_handle_const_physdev_dbgp_op_t>(), 8usize, "size of __guest_handle_const_physdev_dbgp_op_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_dbgp_op_t>(), 8usize, "alignment of __guest_handle_const_physdev_dbgp_op_t");
        assert_eq!(offset!(__guest_handle_const_physdev_dbgp_op_t, p), 0usize, "offset of __guest_handle_const_physdev_dbgp_op_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_dbgp_op_t, q), 0usize, "offset of __guest_handle_const_physdev_dbgp_op_t.q");
        // __guest_handle_const_physdev_eoi_t
        assert_eq!(size_of::<__guest_handle_const_physdev_eoi_t>(), 8usize, "size of __guest_handle_const_physdev_eoi_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_eoi_t>(), 8usize, "alignment of __guest_handle_const_physdev_eoi_t");
        assert_eq!(offset!(__guest_handle_const_physdev_eoi_t, p), 0usize, "offset of __guest_handle_const_physdev_eoi_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_eoi_t, q), 0usize, "offset of __guest_handle_const_physdev_eoi_t.q");
        // __guest_handle_const_physdev_get_free_pirq_t
        assert_eq!(size_of::<__guest_handle_const_physdev_get_free_pirq_t>(), 8usize, "size of __guest_handle_const_physdev_get_free_pirq_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_get_free_pirq_t>(), 8usize, "alignment of __guest_handle_const_physdev_get_free_pirq_t");
        assert_eq!(offset!(__guest_handle_const_physdev_get_free_pirq_t, p), 0usize, "offset of __guest_handle_const_physdev_get_free_pirq_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_get_free_pirq_t, q), 0usize, "offset of __guest_handle_const_physdev_get_free_pirq_t.q");
        // __guest_handle_const_physdev_irq_status_query_t
        assert_eq!(size_of::<__guest_handle_const_physdev_irq_status_query_t>(), 8usize, "size of __guest_handle_const_physdev_irq_status_query_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_irq_status_query_t>(), 8usize, "alignment of __guest_handle_const_physdev_irq_status_query_t");
        assert_eq!(offset!(__guest_handle_const_physdev_irq_status_query_t, p), 0usize, "offset of __guest_handle_const_physdev_irq_status_query_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_irq_status_query_t, q), 0usize, "offset of __guest_handle_const_physdev_irq_status_query_t.q");
        // __guest_handle_const_physdev_irq_t
        assert_eq!(size_of::<__guest_handle_const_physdev_irq_t>(), 8usize, "size of __guest_handle_const_physdev_irq_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_irq_t>(), 8usize, "alignment of __guest_handle_const_physdev_irq_t");
        assert_eq!(offset!(__guest_handle_const_physdev_irq_t, p), 0usize, "offset of __guest_handle_const_physdev_irq_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_irq_t, q), 0usize, "offset of __guest_handle_const_physdev_irq_t.q");
        // __guest_handle_const_physdev_manage_pci_ext_t
        assert_eq!(size_of::<__guest_handle_const_physdev_manage_pci_ext_t>(), 8usize, "size of __guest_handle_const_physdev_manage_pci_ext_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_manage_pci_ext_t>(), 8usize, "alignment of __guest_handle_const_physdev_manage_pci_ext_t");
        assert_eq!(offset!(__guest_handle_const_physdev_manage_pci_ext_t, p), 0usize, "offset of __guest_handle_const_physdev_manage_pci_ext_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_manage_pci_ext_t, q), 0usize, "offset of __guest_handle_const_physdev_manage_pci_ext_t.q");
        // __guest_handle_const_physdev_manage_pci_t
        assert_eq!(size_of::<__guest_handle_const_physdev_manage_pci_t>(), 8usize, "size of __guest_handle_const_physdev_manage_pci_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_manage_pci_t>(), 8usize, "alignment of __guest_handle_const_physdev_manage_pci_t");
        assert_eq!(offset!(__guest_handle_const_physdev_manage_pci_t, p), 0usize, "offset of __guest_handle_const_physdev_manage_pci_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_manage_pci_t, q), 0usize, "offset of __guest_handle_const_physdev_manage_pci_t.q");
        // __guest_handle_const_physdev_map_pirq_t
        assert_eq!(size_of::<__guest_handle_const_physdev_map_pirq_t>(), 8usize, "size of __guest_handle_const_physdev_map_pirq_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_map_pirq_t>(), 8usize, "alignment of __guest_handle_const_physdev_map_pirq_t");
        assert_eq!(offset!(__guest_handle_const_physdev_map_pirq_t, p), 0usize, "offset of __guest_handle_const_physdev_map_pirq_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_map_pirq_t, q), 0usize, "offset of __guest_handle_const_physdev_map_pirq_t.q");
        // __guest_handle_const_physdev_op_t
        assert_eq!(size_of::<__guest_handle_const_physdev_op_t>(), 8usize, "size of __guest_handle_const_physdev_op_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_op_t>(), 8usize, "alignment of __guest_handle_const_physdev_op_t");
        assert_eq!(offset!(__guest_handle_const_physdev_op_t, p), 0usize, "offset of __guest_handle_const_physdev_op_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_op_t, q), 0usize, "offset of __guest_handle_const_physdev_op_t.q");
        // __guest_handle_const_physdev_pci_device_add_t
        assert_eq!(size_of::<__guest_handle_const_physdev_pci_device_add_t>(), 8usize, "size of __guest_handle_const_physdev_pci_device_add_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_pci_device_add_t>(), 8usize, "alignment of __guest_handle_const_physdev_pci_device_add_t");
        assert_eq!(offset!(__guest_handle_const_physdev_pci_device_add_t, p), 0usize, "offset of __guest_handle_const_physdev_pci_device_add_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_pci_device_add_t, q), 0usize, "offset of __guest_handle_const_physdev_pci_device_add_t.q");
        // __guest_handle_const_physdev_pci_device_t
        assert_eq!(size_of::<__guest_handle_const_physdev_pci_device_t>(), 8usize, "size of __guest_handle_const_physdev_pci_device_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_pci_device_t>(), 8usize, "alignment of __guest_handle_const_physdev_pci_device_t");
        assert_eq!(offset!(__guest_handle_const_physdev_pci_device_t, p), 0usize, "offset of __guest_handle_const_physdev_pci_device_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_pci_device_t, q), 0usize, "offset of __guest_handle_const_physdev_pci_device_t.q");
        // __guest_handle_const_physdev_pci_mmcfg_reserved_t
        assert_eq!(size_of::<__guest_handle_const_physdev_pci_mmcfg_reserved_t>(), 8usize, "size of __guest_handle_const_physdev_pci_mmcfg_reserved_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_pci_mmcfg_reserved_t>(), 8usize, "alignment of __guest_handle_const_physdev_pci_mmcfg_reserved_t");
        assert_eq!(offset!(__guest_handle_const_physdev_pci_mmcfg_reserved_t, p), 0usize, "offset of __guest_handle_const_physdev_pci_mmcfg_reserved_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_pci_mmcfg_reserved_t, q), 0usize, "offset of __guest_handle_const_physdev_pci_mmcfg_reserved_t.q");
        // __guest_handle_const_physdev_pirq_eoi_gmfn_t
        assert_eq!(size_of::<__guest_handle_const_physdev_pirq_eoi_gmfn_t>(), 8usize, "size of __guest_handle_const_physdev_pirq_eoi_gmfn_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_pirq_eoi_gmfn_t>(), 8usize, "alignment of __guest_handle_const_physdev_pirq_eoi_gmfn_t");
        assert_eq!(offset!(__guest_handle_const_physdev_pirq_eoi_gmfn_t, p), 0usize, "offset of __guest_handle_const_physdev_pirq_eoi_gmfn_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_pirq_eoi_gmfn_t, q), 0usize, "offset of __guest_handle_const_physdev_pirq_eoi_gmfn_t.q");
        // __guest_handle_const_physdev_restore_msi_t
        assert_eq!(size_of::<__guest_handle_const_physdev_restore_msi_t>(), 8usize, "size of __guest_handle_const_physdev_restore_msi_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_restore_msi_t>(), 8usize, "alignment of __guest_handle_const_physdev_restore_msi_t");
        assert_eq!(offset!(__guest_handle_const_physdev_restore_msi_t, p), 0usize, "offset of __guest_handle_const_physdev_restore_msi_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_restore_msi_t, q), 0usize, "offset of __guest_handle_const_physdev_restore_msi_t.q");
        // __guest_handle_const_physdev_set_iobitmap_t
        assert_eq!(size_of::<__guest_handle_const_physdev_set_iobitmap_t>(), 8usize, "size of __guest_handle_const_physdev_set_iobitmap_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_set_iobitmap_t>(), 8usize, "alignment of __guest_handle_const_physdev_set_iobitmap_t");
        assert_eq!(offset!(__guest_handle_const_physdev_set_iobitmap_t, p), 0usize, "offset of __guest_handle_const_physdev_set_iobitmap_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_set_iobitmap_t, q), 0usize, "offset of __guest_handle_const_physdev_set_iobitmap_t.q");
        // __guest_handle_const_physdev_set_iopl_t
        assert_eq!(size_of::<__guest_handle_const_physdev_set_iopl_t>(), 8usize, "size of __guest_handle_const_physdev_set_iopl_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_set_iopl_t>(), 8usize, "alignment of __guest_handle_const_physdev_set_iopl_t");
        assert_eq!(offset!(__guest_handle_const_physdev_set_iopl_t, p), 0usize, "offset of __guest_handle_const_physdev_set_iopl_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_set_iopl_t, q), 0usize, "offset of __guest_handle_const_physdev_set_iopl_t.q");
        // __guest_handle_const_physdev_setup_gsi_t
        assert_eq!(size_of::<__guest_handle_const_physdev_setup_gsi_t>(), 8usize, "size of __guest_handle_const_physdev_setup_gsi_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_setup_gsi_t>(), 8usize, "alignment of __guest_handle_const_physdev_setup_gsi_t");
        assert_eq!(offset!(__guest_handle_const_physdev_setup_gsi_t, p), 0usize, "offset of __guest_handle_const_physdev_setup_gsi_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_setup_gsi_t, q), 0usize, "offset of __guest_handle_const_physdev_setup_gsi_t.q");
    }

    #[test]
    fn layout_006() {
        // __guest_handle_const_physdev_unmap_pirq_t
        assert_eq!(size_of::<__guest_handle_const_physdev_unmap_pirq_t>(), 8usize, "size of __guest_handle_const_physdev_unmap_pirq_t");
        assert_eq!(align_of::<__guest_handle_const_physdev_unmap_pirq_t>(), 8usize, "alignment of __guest_handle_const_physdev_unmap_pirq_t");
        assert_eq!(offset!(__guest_handle_const_physdev_unmap_pirq_t, p), 0usize, "offset of __guest_handle_const_physdev_unmap_pirq_t.p");
        assert_eq!(offset!(__guest_handle_const_physdev_unmap_pirq_t, q), 0usize, "offset of __guest_handle_const_physdev_unmap_pirq_t.q");
        // __guest_handle_const_sched_pin_override_t
        assert_eq!(size_of::<__guest_handle_const_sched_pin_override_t>(), 8usize, "size of __guest_handle_const_sched_pin_override_t");
        assert_eq!(align_of::<__guest_handle_const_sched_pin_override_t>(), 8usize, "alignment of __guest_handle_const_sched_pin_override_t");
        assert_eq!(offset!(__guest_handle_const_sched_pin_override_t, p), 0usize, "offset of __guest_handle_const_sched_pin_override_t.p");
        assert_eq!(offset!(__guest_handle_const_sched_pin_override_t, q), 0usize, "offset of __guest_handle_const_sched_pin_override_t.q");
        // __guest_handle_const_sched_poll_t
        assert_eq!(size_of::<__guest_handle_const_sched_poll_t>(), 8usize, "size of __guest_handle_const_sched_poll_t");
        assert_eq!(align_of::<__guest_handle_const_sched_poll_t>(), 8usize, "alignment of __guest_handle_const_sched_poll_t");
        assert_eq!(offset!(__guest_handle_const_sched_poll_t, p), 0usize, "offset of __guest_handle_const_sched_poll_t.p");
        assert_eq!(offset!(__guest_handle_const_sched_poll_t, q), 0usize, "offset of __guest_handle_const_sched_poll_t.q");
        // __guest_handle_const_sched_remote_shutdown_t
        assert_eq!(size_of::<__guest_handle_const_sched_remote_shutdown_t>(), 8usize, "size of __guest_handle_const_sched_remote_shutdown_t");
        assert_eq!(align_of::<__guest_handle_const_sched_remote_shutdown_t>(), 8usize, "alignment of __guest_handle_const_sched_remote_shutdown_t");
        assert_eq!(offset!(__guest_handle_const_sched_remote_shutdown_t, p), 0usize, "offset of __guest_handle_const_sched_remote_shutdown_t.p");
        assert_eq!(offset!(__guest_handle_const_sched_remote_shutdown_t, q), 0usize, "offset of __guest_handle_const_sched_remote_shutdown_t.q");
        // __guest_handle_const_sched_shutdown_t
        assert_eq!(size_of::<__guest_handle_const_sched_shutdown_t>(), 8usize, "size of __guest_handle_const_sched_shutdown_t");
        assert_eq!(align_of::<__guest_handle_const_sched_shutdown_t>(), 8usize, "alignment of __guest_handle_const_sched_shutdown_t");
        assert_eq!(offset!(__guest_handle_const_sched_shutdown_t, p), 0usize, "offset of __guest_handle_const_sched_shutdown_t.p");
        assert_eq!(offset!(__guest_handle_const_sched_shutdown_t, q), 0usize, "offset of __guest_handle_const_sched_shutdown_t.q");
        // __guest_handle_const_sched_watchdog_t
        assert_eq!(size_of::<__guest_handle_const_sched_watchdog_t>(), 8usize, "size of __guest_handle_const_sched_watchdog_t");
        assert_eq!(align_of::<__guest_handle_const_sched_watchdog_t>(), 8usize, "alignment of __guest_handle_const_sched_watchdog_t");
        assert_eq!(offset!(__guest_handle_const_sched_watchdog_t, p), 0usize, "offset of __guest_handle_const_sched_watchdog_t.p");
        assert_eq!(offset!(__guest_handle_const_sched_watchdog_t, q), 0usize, "offset of __guest_handle_const_sched_watchdog_t.q");
        // __guest_handle_const_uchar
        assert_eq!(size_of::<__guest_handle_const_uchar>(), 8usize, "size of __guest_handle_const_uchar");
        assert_eq!(align_of::<__guest_handle_const_uchar>(), 8usize, "alignment of __guest_handle_const_uchar");
        assert_eq!(offset!(__guest_handle_const_uchar, p), 0usize, "offset of __guest_handle_const_uchar.p");
        assert_eq!(offset!(__guest_handle_const_uchar, q), 0usize, "offset of __guest_handle_const_uchar.q");
        // __guest_handle_const_uint
        assert_eq!(size_of::<__guest_handle_const_uint>(), 8usize, "size of __guest_handle_const_uint");
        assert_eq!(align_of::<__guest_handle_const_uint>(), 8usize, "alignment of __guest_handle_const_uint");
        assert_eq!(offset!(__guest_handle_const_uint, p), 0usize, "offset of __guest_handle_const_uint.p");
        assert_eq!(offset!(__guest_handle_const_uint, q), 0usize, "offset of __guest_handle_const_uint.q");
        // __guest_handle_const_uint16
        assert_eq!(size_of::<__guest_handle_const_uint16>(), 8usize, "size of __guest_handle_const_uint16");
        assert_eq!(align_of::<__guest_handle_const_uint16>(), 8usize, "alignment of __guest_handle_const_uint16");
        assert_eq!(offset!(__guest_handle_const_uint16, p), 0usize, "offset of __guest_handle_const_uint16.p");
        assert_eq!(offset!(__guest_handle_const_uint16, q), 0usize, "offset of __guest_handle_const_uint16.q");
        // __guest_handle_const_uint32
        assert_eq!(size_of::<__guest_handle_const_uint32>(), 8usize, "size of __guest_handle_const_uint32");
        assert_eq!(align_of::<__guest_handle_const_uint32>(), 8usize, "alignment of __guest_handle_const_uint32");
        assert_eq!(offset!(__guest_handle_const_uint32, p), 0usize, "offset of __guest_handle_const_uint32.p");
        assert_eq!(offset!(__guest_handle_const_uint32, q), 0usize, "offset of __guest_handle_const_uint32.q");
        // __guest_handle_const_uint64
        assert_eq!(size_of::<__guest_handle_const_uint64>(), 8usize, "size of __guest_handle_const_uint64");
        assert_eq!(align_of::<__guest_handle_const_uint64>(), 8usize, "alignment of __guest_handle_const_uint64");
        assert_eq!(offset!(__guest_handle_const_uint64, p), 0usize, "offset of __guest_handle_const_uint64.p");
        assert_eq!(offset!(__guest_handle_const_uint64, q), 0usize, "offset of __guest_handle_const_uint64.q");
        // __guest_handle_const_uint64_t
        assert_eq!(size_of::<__guest_handle_const_uint64_t>(), 8usize, "size of __guest_handle_const_uint64_t");
        assert_eq!(align_of::<__guest_handle_const_uint64_t>(), 8usize, "alignment of __guest_handle_const_uint64_t");
        assert_eq!(offset!(__guest_handle_const_uint64_t, p), 0usize, "offset of __guest_handle_const_uint64_t.p");
        assert_eq!(offset!(__guest_handle_const_uint64_t, q), 0usize, "offset of __guest_handle_const_uint64_t.q");
        // __guest_handle_const_uint8
        assert_eq!(size_of::<__guest_handle_const_uint8>(), 8usize, "size of __guest_handle_const_uint8");
        assert_eq!(align_of::<__guest_handle_const_uint8>(), 8usize, "alignment of __guest_handle_const_uint8");
        assert_eq!(offset!(__guest_handle_const_uint8, p), 0usize, "offset of __guest_handle_const_uint8.p");
        assert_eq!(offset!(__guest_handle_const_uint8, q), 0usize, "offset of __guest_handle_const_uint8.q");
        // __guest_handle_const_vcpu_get_physid_t
        assert_eq!(size_of::<__guest_handle_const_vcpu_get_physid_t>(), 8usize, "size of __guest_handle_const_vcpu_get_physid_t");
        assert_eq!(align_of::<__guest_handle_const_vcpu_get_physid_t>(), 8usize, "alignment of __guest_handle_const_vcpu_get_physid_t");
        assert_eq!(offset!(__guest_handle_const_vcpu_get_physid_t, p), 0usize, "offset of __guest_handle_const_vcpu_get_physid_t.p");
        assert_eq!(offset!(__guest_handle_const_vcpu_get_physid_t, q), 0usize, "offset of __guest_handle_const_vcpu_get_physid_t.q");
        // __guest_handle_const_vcpu_hvm_context_t
        assert_eq!(size_of::<__guest_handle_const_vcpu_hvm_context_t>(), 8usize, "size of __guest_handle_const_vcpu_hvm_context_t");
        assert_eq!(align_of::<__guest_handle_const_vcpu_hvm_context_t>(), 8usize, "alignment of __guest_handle_const_vcpu_hvm_context_t");
        assert_eq!(offset!(__guest_handle_const_vcpu_hvm_context_t, p), 0usize, "offset of __guest_handle_const_vcpu_hvm_context_t.p");
        assert_eq!(offset!(__guest_handle_const_vcpu_hvm_context_t, q), 0usize, "offset of __guest_handle_const_vcpu_hvm_context_t.q");
        // __guest_handle_const_vcpu_register_runstate_memory_area_t
        assert_eq!(size_of::<__guest_handle_const_vcpu_register_runstate_memory_area_t>(), 8usize, "size of __guest_handle_const_vcpu_register_runstate_memory_area_t");
        assert_eq!(align_of::<__guest_handle_const_vcpu_register_runstate_memory_area_t>(), 8usize, "alignment of __guest_handle_const_vcpu_register_runstate_memory_area_t");
        assert_eq!(offset!(__guest_handle_const_vcpu_register_runstate_memory_area_t, p), 0usize, "offset of __guest_handle_const_vcpu_register_runstate_memory_area_t.p");
        assert_eq!(offset!(__guest_handle_const_vcpu_register_runstate_memory_area_t, q), 0usize, "offset of __guest_handle_const_vcpu_register_runstate_memory_area_t.q");
        // __guest_handle_const_vcpu_register_time_memory_area_t
        assert_eq!(size_of::<__guest_handle_const_vcpu_register_time_memory_area_t>(), 8usize, "size of __guest_handle_const_vcpu_register_time_memory_area_t");
        assert_eq!(align_of::<__guest_handle_const_vcpu_register_time_memory_area_t>(), 8usize, "alignment of __guest_handle_const_vcpu_register_time_memory_area_t");
        assert_eq!(offset!(__guest_handle_const_vcpu_register_time_memory_area_t, p), 0usize, "offset of __guest_handle_const_vcpu_register_time_memory_area_t.p");
        assert_eq!(offset!(__guest_handle_const_vcpu_register_time_memory_area_t, q), 0usize, "offset of __guest_handle_const_vcpu_register_time_memory_area_t.q");
        // __guest_handle_const_vcpu_register_vcpu_info_t
        assert_eq!(size_of::<__guest_handle_const_vcpu_register_vcpu_info_t>(), 8usize, "size of __guest_handle_const_vcpu_register_vcpu_info_t");
        assert_eq!(align_of::<__guest_handle_const_vcpu_register_vcpu_info_t>(), 8usize, "alignment of __guest_handle_const_vcpu_register_vcpu_info_t");
        assert_eq!(offset!(__guest_handle_const_vcpu_register_vcpu_info_t, p), 0usize, "offset of __guest_handle_const_vcpu_register_vcpu_info_t.p");
        assert_eq!(offset!(__guest_handle_const_vcpu_register_vcpu_info_t, q), 0usize, "offset of __guest_handle_const_vcpu_register_vcpu_info_t.q");
        // __guest_handle_const_vcpu_runstate_info_t
        assert_eq!(size_of::<__guest_handle_const_vcpu_runstate_info_t>(), 8usize, "size of __guest_handle_const_vcpu_runstate_info_t");
        assert_eq!(align_of::<__guest_handle_const_vcpu_runstate_info_t>(), 8usize, "alignment of __guest_handle_const_vcpu_runstate_info_t");
        assert_eq!(offset!(__guest_handle_const_vcpu_runstate_info_t, p), 0usize, "offset of __guest_handle_const_vcpu_runstate_info_t.p");
        assert_eq!(offset!(__guest_handle_const_vcpu_runstate_info_t, q), 0usize, "offset of __guest_handle_const_vcpu_runstate_info_t.q");
        // __guest_handle_const_vcpu_set_periodic_timer_t
        assert_eq!(size_of::<__guest_handle_const_vcpu_set_periodic_timer_t>(), 8usize, "size of __guest_handle_const_vcpu_set_periodic_timer_t");
        assert_eq!(align_of::<__guest_handle_const_vcpu_set_periodic_timer_t>(), 8usize, "alignment of __guest_handle_const_vcpu_set_periodic_timer_t");
        assert_eq!(offset!(__guest_handle_const_vcpu_set_periodic_timer_t, p), 0usize, "offset of __guest_handle_const_vcpu_set_periodic_timer_t.p");
        assert_eq!(offset!(__guest_handle_const_vcpu_set_periodic_timer_t, q), 0usize, "offset of __guest_handle_const_vcpu_set_periodic_timer_t.q");
        // __guest_handle_const_vcpu_set_singleshot_timer_t
        assert_eq!(size_of::<__guest_handle_const_vcpu_set_singleshot_timer_t>(), 8usize, "size of __guest_handle_const_vcpu_set_singleshot_timer_t");
        assert_eq!(align_of::<__guest_handle_const_vcpu_set_singleshot_timer_t>(), 8usize, "alignment of __guest_handle_const_vcpu_set_singleshot_timer_t");
        assert_eq!(offset!(__guest_handle_const_vcpu_set_singleshot_timer_t, p), 0usize, "offset of __guest_handle_const_vcpu_set_singleshot_timer_t.p");
        assert_eq!(offset!(__guest_handle_const_vcpu_set_singleshot_timer_t, q), 0usize, "offset of __guest_handle_const_vcpu_set_singleshot_timer_t.q");
        // __guest_handle_const_vcpu_time_info_t
        assert_eq!(size_of::<__guest_handle_const_vcpu_time_info_t>(), 8usize, "size of __guest_handle_const_vcpu_time_info_t");
        assert_eq!(align_of::<__guest_handle_const_vcpu_time_info_t>(), 8usize, "alignment of __guest_handle_const_vcpu_time_info_t");
        assert_eq!(offset!(__guest_handle_const_vcpu_time_info_t, p), 0usize, "offset of __guest_handle_const_vcpu_time_info_t.p");
        assert_eq!(offset!(__guest_handle_const_vcpu_time_info_t, q), 0usize, "offset of __guest_handle_const_vcpu_time_info_t.q");
        // __guest_handle_const_void
        assert_eq!(size_of::<__guest_handle_const_void>(), 8usize, "size of __guest_handle_const_void");
        assert_eq!(align_of::<__guest_handle_const_void>(), 8usize, "alignment of __guest_handle_const_void");
        assert_eq!(offset!(__guest_handle_const_void, p), 0usize, "offset of __guest_handle_const_void.p");
        assert_eq!(offset!(__guest_handle_const_void, q), 0usize, "offset of __guest_handle_const_void.q");
        // __guest_handle_const_xen_add_to_physmap_batch_t
        assert_eq!(size_of::<__guest_handle_const_xen_add_to_physmap_batch_t>(), 8usize, "size of __guest_handle_const_xen_add_to_physmap_batch_t");
        assert_eq!(align_of::<__guest_handle_const_xen_add_to_physmap_batch_t>(), 8usize, "alignment of __guest_handle_const_xen_add_to_physmap_batch_t");
        assert_eq!(offset!(__guest_handle_const_xen_add_to_physmap_batch_t, p), 0usize, "offset of __guest_handle_const_xen_add_to_physmap_batch_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_add_to_physmap_batch_t, q), 0usize, "offset of __guest_handle_const_xen_add_to_physmap_batch_t.q");
        // __guest_handle_const_xen_add_to_physmap_t
        assert_eq!(size_of::<__guest_handle_const_xen_add_to_physmap_t>(), 8usize, "size of __guest_handle_const_xen_add_to_physmap_t");
        assert_eq!(align_of::<__guest_handle_const_xen_add_to_physmap_t>(), 8usize, "alignment of __guest_handle_const_xen_add_to_physmap_t");
        assert_eq!(offset!(__guest_handle_const_xen_add_to_physmap_t, p), 0usize, "offset of __guest_handle_const_xen_add_to_physmap_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_add_to_physmap_t, q), 0usize, "offset of __guest_handle_const_xen_add_to_physmap_t.q");
        // __guest_handle_const_xen_dm_op_buf_t
        assert_eq!(size_of::<__guest_handle_const_xen_dm_op_buf_t>(), 8usize, "size of __guest_handle_const_xen_dm_op_buf_t");
        assert_eq!(align_of::<__guest_handle_const_xen_dm_op_buf_t>(), 8usize, "alignment of __guest_handle_const_xen_dm_op_buf_t");
        assert_eq!(offset!(__guest_handle_const_xen_dm_op_buf_t, p), 0usize, "offset of __guest_handle_const_xen_dm_op_buf_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_dm_op_buf_t, q), 0usize, "offset of __guest_handle_const_xen_dm_op_buf_t.q");
        // __guest_handle_const_xen_flask_op_t
        assert_eq!(size_of::<__guest_handle_const_xen_flask_op_t>(), 8usize, "size of __guest_handle_const_xen_flask_op_t");
        assert_eq!(align_of::<__guest_handle_const_xen_flask_op_t>(), 8usize, "alignment of __guest_handle_const_xen_flask_op_t");
        assert_eq!(offset!(__guest_handle_const_xen_flask_op_t, p), 0usize, "offset of __guest_handle_const_xen_flask_op_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_flask_op_t, q), 0usize, "offset of __guest_handle_const_xen_flask_op_t.q");
        // __guest_handle_const_xen_foreign_memory_map_t
        assert_eq!(size_of::<__guest_handle_const_xen_foreign_memory_map_t>(), 8usize, "size of __guest_handle_const_xen_foreign_memory_map_t");
        assert_eq!(align_of::<__guest_handle_const_xen_foreign_memory_map_t>(), 8usize, "alignment of __guest_handle_const_xen_foreign_memory_map_t");
        assert_eq!(offset!(__guest_handle_const_xen_foreign_memory_map_t, p), 0usize, "offset of __guest_handle_const_xen_foreign_memory_map_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_foreign_memory_map_t, q), 0usize, "offset of __guest_handle_const_xen_foreign_memory_map_t.q");
        // __guest_handle_const_xen_hvm_altp2m_change_gfn_t
        assert_eq!(size_of::<__guest_handle_const_xen_hvm_altp2m_change_gfn_t>(), 8usize, "size of __guest_handle_const_xen_hvm_altp2m_change_gfn_t");
        assert_eq!(align_of::<__guest_handle_const_xen_hvm_altp2m_change_gfn_t>(), 8usize, "alignment of __guest_handle_const_xen_hvm_altp2m_change_gfn_t");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_altp2m_change_gfn_t, p), 0usize, "offset of __guest_handle_const_xen_hvm_altp2m_change_gfn_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_altp2m_change_gfn_t, q), 0usize, "offset of __guest_handle_const_xen_hvm_altp2m_change_gfn_t.q");
        // __guest_handle_const_xen_hvm_altp2m_domain_state_t
        assert_eq!(size_of::<__guest_handle_const_xen_hvm_altp2m_domain_state_t>(), 8usize, "size of __guest_handle_const_xen_hvm_altp2m_domain_state_t");
        assert_eq!(align_of::<__guest_handle_const_xen_hvm_altp2m_domain_state_t>(), 8usize, "alignment of __guest_handle_const_xen_hvm_altp2m_domain_state_t");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_altp2m_domain_state_t, p), 0usize, "offset of __guest_handle_const_xen_hvm_altp2m_domain_state_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_altp2m_domain_state_t, q), 0usize, "offset of __guest_handle_const_xen_hvm_altp2m_domain_state_t.q");
        // __guest_handle_const_xen_hvm_altp2m_mem_access_t
        assert_eq!(size_of::<__guest_handle_const_xen_hvm_altp2m_mem_access_t>(), 8usize, "size of __guest_handle_const_xen_hvm_altp2m_mem_access_t");
        assert_eq!(align_of::<__guest_handle_const_xen_hvm_altp2m_mem_access_t>(), 8usize, "alignment of __guest_handle_const_xen_hvm_altp2m_mem_access_t");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_altp2m_mem_access_t, p), 0usize, "offset of __guest_handle_const_xen_hvm_altp2m_mem_access_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_altp2m_mem_access_t, q), 0usize, "offset of __guest_handle_const_xen_hvm_altp2m_mem_access_t.q");
        // __guest_handle_const_xen_hvm_altp2m_op_t
        assert_eq!(size_of::<__guest_handle_const_xen_hvm_altp2m_op_t>(), 8usize, "size of __guest_handle_const_xen_hvm_altp2m_op_t");
        assert_eq!(align_of::<__guest_handle_const_xen_hvm_altp2m_op_t>(), 8usize, "alignment of __guest_handle_const_xen_hvm_altp2m_op_t");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_altp2m_op_t, p), 0usize, "offset of __guest_handle_const_xen_hvm_altp2m_op_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_altp2m_op_t, q), 0usize, "offset of __guest_handle_const_xen_hvm_altp2m_op_t.q");
        // __guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t
        assert_eq!(size_of::<__guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t>(), 8usize, "size of __guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t");
        assert_eq!(align_of::<__guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t>(), 8usize, "alignment of __guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t, p), 0usize, "offset of __guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t, q), 0usize, "offset of __guest_handle_const_xen_hvm_altp2m_vcpu_disable_notify_t.q");
        // __guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t
        assert_eq!(size_of::<__guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t>(), 8usize, "size of __guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t");
        assert_eq!(align_of::<__guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t>(), 8usize, "alignment of __guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t, p), 0usize, "offset of __guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t, q), 0usize, "offset of __guest_handle_const_xen_hvm_altp2m_vcpu_enable_notify_t.q");
        // __guest_handle_const_xen_hvm_altp2m_view_t
        assert_eq!(size_of::<__guest_handle_const_xen_hvm_altp2m_view_t>(), 8usize, "size of __guest_handle_const_xen_hvm_altp2m_view_t");
        assert_eq!(align_of::<__guest_handle_const_xen_hvm_altp2m_view_t>(), 8usize, "alignment of __guest_handle_const_xen_hvm_altp2m_view_t");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_altp2m_view_t, p), 0usize, "offset of __guest_handle_const_xen_hvm_altp2m_view_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_altp2m_view_t, q), 0usize, "offset of __guest_handle_const_xen_hvm_altp2m_view_t.q");
        // __guest_handle_const_xen_hvm_get_mem_type_t
        assert_eq!(size_of::<__guest_handle_const_xen_hvm_get_mem_type_t>(), 8usize, "size of __guest_handle_const_xen_hvm_get_mem_type_t");
        assert_eq!(align_of::<__guest_handle_const_xen_hvm_get_mem_type_t>(), 8usize, "alignment of __guest_handle_const_xen_hvm_get_mem_type_t");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_get_mem_type_t, p), 0usize, "offset of __guest_handle_const_xen_hvm_get_mem_type_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_get_mem_type_t, q), 0usize, "offset of __guest_handle_const_xen_hvm_get_mem_type_t.q");
        // __guest_handle_const_xen_hvm_get_time_t
        assert_eq!(size_of::<__guest_handle_const_xen_hvm_get_time_t>(), 8usize, "size of __guest_handle_const_xen_hvm_get_time_t");
        assert_eq!(align_of::<__guest_handle_const_xen_hvm_get_time_t>(), 8usize, "alignment of __guest_handle_const_xen_hvm_get_time_t");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_get_time_t, p), 0usize, "offset of __guest_handle_const_xen_hvm_get_time_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_get_time_t, q), 0usize, "offset of __guest_handle_const_xen_hvm_get_time_t.q");
        // __guest_handle_const_xen_hvm_pagetable_dying_t
        assert_eq!(size_of::<__guest_handle_const_xen_hvm_pagetable_dying_t>(), 8usize, "size of __guest_handle_const_xen_hvm_pagetable_dying_t");
        assert_eq!(align_of::<__guest_handle_const_xen_hvm_pagetable_dying_t>(), 8usize, "alignment of __guest_handle_const_xen_hvm_pagetable_dying_t");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_pagetable_dying_t, p), 0usize, "offset of __guest_handle_const_xen_hvm_pagetable_dying_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_pagetable_dying_t, q), 0usize, "offset of __guest_handle_const_xen_hvm_pagetable_dying_t.q");
        // __guest_handle_const_xen_hvm_param_t
        assert_eq!(size_of::<__guest_handle_const_xen_hvm_param_t>(), 8usize, "size of __guest_handle_const_xen_hvm_param_t");
        assert_eq!(align_of::<__guest_handle_const_xen_hvm_param_t>(), 8usize, "alignment of __guest_handle_const_xen_hvm_param_t");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_param_t, p), 0usize, "offset of __guest_handle_const_xen_hvm_param_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_param_t, q), 0usize, "offset of __guest_handle_const_xen_hvm_param_t.q");
        // __guest_handle_const_xen_hvm_xentrace_t
        assert_eq!(size_of::<__guest_handle_const_xen_hvm_xentrace_t>(), 8usize, "size of __guest_handle_const_xen_hvm_xentrace_t");
        assert_eq!(align_of::<__guest_handle_const_xen_hvm_xentrace_t>(), 8usize, "alignment of __guest_handle_const_xen_hvm_xentrace_t");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_xentrace_t, p), 0usize, "offset of __guest_handle_const_xen_hvm_xentrace_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_hvm_xentrace_t, q), 0usize, "offset of __guest_handle_const_xen_hvm_xentrace_t.q");
        // __guest_handle_const_xen_kexec_load_t
        assert_eq!(size_of::<__guest_handle_const_xen_kexec_load_t>(), 8usize, "size of __guest_handle_const_xen_kexec_load_t");
        assert_eq!(align_of::<__guest_handle_const_xen_kexec_load_t>(), 8usize, "alignment of __guest_handle_const_xen_kexec_load_t");
        assert_eq!(offset!(__guest_handle_const_xen_kexec_load_t, p), 0usize, "offset of __guest_handle_const_xen_kexec_load_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_kexec_load_t, q), 0usize, "offset of __guest_handle_const_xen_kexec_load_t.q");
        // __guest_handle_const_xen_kexec_segment_t
        assert_eq!(size_of::<__guest_handle_const_xen_kexec_segment_t>(), 8usize, "size of __guest_handle_const_xen_kexec_segment_t");
        assert_eq!(align_of::<__guest_handle_const_xen_kexec_segment_t>(), 8usize, "alignment of __guest_handle_const_xen_kexec_segment_t");
        assert_eq!(offset!(__guest_handle_const_xen_kexec_segment_t, p), 0usize, "offset of __guest_handle_const_xen_kexec_segment_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_kexec_segment_t, q), 0usize, "offset of __guest_handle_const_xen_kexec_segment_t.q");
        // __guest_handle_const_xen_kexec_status_t
        assert_eq!(size_of::<__guest_handle_const_xen_kexec_status_t>(), 8usize, "size of __guest_handle_const_xen_kexec_status_t");
        assert_eq!(align_of::<__guest_handle_const_xen_kexec_status_t>(), 8usize, "alignment of __guest_handle_const_xen_kexec_status_t");
        assert_eq!(offset!(__guest_handle_const_xen_kexec_status_t, p), 0usize, "offset of __guest_handle_const_xen_kexec_status_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_kexec_status_t, q), 0usize, "offset of __guest_handle_const_xen_kexec_status_t.q");
        // __guest_handle_const_xen_kexec_unload_t
        assert_eq!(size_of::<__guest_handle_const_xen_kexec_unload_t>(), 8usize, "size of __guest_handle_const_xen_kexec_unload_t");
        assert_eq!(align_of::<__guest_handle_const_xen_kexec_unload_t>(), 8usize, "alignment of __guest_handle_const_xen_kexec_unload_t");
        assert_eq!(offset!(__guest_handle_const_xen_kexec_unload_t, p), 0usize, "offset of __guest_handle_const_xen_kexec_unload_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_kexec_unload_t, q), 0usize, "offset of __guest_handle_const_xen_kexec_unload_t.q");
        // __guest_handle_const_xen_machphys_mapping_t
        assert_eq!(size_of::<__guest_handle_const_xen_machphys_mapping_t>(), 8usize, "size of __guest_handle_const_xen_machphys_mapping_t");
        assert_eq!(align_of::<__guest_handle_const_xen_machphys_mapping_t>(), 8usize, "alignment of __guest_handle_const_xen_machphys_mapping_t");
        assert_eq!(offset!(__guest_handle_const_xen_machphys_mapping_t, p), 0usize, "offset of __guest_handle_const_xen_machphys_mapping_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_machphys_mapping_t, q), 0usize, "offset of __guest_handle_const_xen_machphys_mapping_t.q");
        // __guest_handle_const_xen_machphys_mfn_list_t
        assert_eq!(size_of::<__guest_handle_const_xen_machphys_mfn_list_t>(), 8usize, "size of __guest_handle_const_xen_machphys_mfn_list_t");
        assert_eq!(align_of::<__guest_handle_const_xen_machphys_mfn_list_t>(), 8usize, "alignment of __guest_handle_const_xen_machphys_mfn_list_t");
        assert_eq!(offset!(__guest_handle_const_xen_machphys_mfn_list_t, p), 0usize, "offset of __guest_handle_const_xen_machphys_mfn_list_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_machphys_mfn_list_t, q), 0usize, "offset of __guest_handle_const_xen_machphys_mfn_list_t.q");
        // __guest_handle_const_xen_mem_acquire_resource_t
        assert_eq!(size_of::<__guest_handle_const_xen_mem_acquire_resource_t>(), 8usize, "size of __guest_handle_const_xen_mem_acquire_resource_t");
        assert_eq!(align_of::<__guest_handle_const_xen_mem_acquire_resource_t>(), 8usize, "alignment of __guest_handle_const_xen_mem_acquire_resource_t");
        assert_eq!(offset!(__guest_handle_const_xen_mem_acquire_resource_t, p), 0usize, "offset of __guest_handle_const_xen_mem_acquire_resource_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_mem_acquire_resource_t, q), 0usize, "offset of __guest_handle_const_xen_mem_acquire_resource_t.q");
        // __guest_handle_const_xen_memory_exchange_t
        assert_eq!(size_of::<__guest_handle_const_xen_memory_exchange_t>(), 8usize, "size of __guest_handle_const_xen_memory_exchange_t");
        assert_eq!(align_of::<__guest_handle_const_xen_memory_exchange_t>(), 8usize, "alignment of __guest_handle_const_xen_memory_exchange_t");
        assert_eq!(offset!(__guest_handle_const_xen_memory_exchange_t, p), 0usize, "offset of __guest_handle_const_xen_memory_exchange_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_memory_exchange_t, q), 0usize, "offset of __guest_handle_const_xen_memory_exchange_t.q");
        // __guest_handle_const_xen_memory_map_t
        assert_eq!(size_of::<__guest_handle_const_xen_memory_map_t>(), 8usize, "size of __guest_handle_const_xen_memory_map_t");
        assert_eq!(align_of::<__guest_handle_const_xen_memory_map_t>(), 8usize, "alignment of __guest_handle_const_xen_memory_map_t");
        assert_eq!(offset!(__guest_handle_const_xen_memory_map_t, p), 0usize, "offset of __guest_handle_const_xen_memory_map_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_memory_map_t, q), 0usize, "offset of __guest_handle_const_xen_memory_map_t.q");
        // __guest_handle_const_xen_memory_reservation_t
        assert_eq!(size_of::<__guest_handle_const_xen_memory_reservation_t>(), 8usize, "size of __guest_handle_const_xen_memory_reservation_t");
        assert_eq!(align_of::<__guest_handle_const_xen_memory_reservation_t>(), 8usize, "alignment of __guest_handle_const_xen_memory_reservation_t");
        assert_eq!(offset!(__guest_handle_const_xen_memory_reservation_t, p), 0usize, "offset of __guest_handle_const_xen_memory_reservation_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_memory_reservation_t, q), 0usize, "offset of __guest_handle_const_xen_memory_reservation_t.q");
    }

    #[test]
    fn layout_007() {
        // __guest_handle_const_xen_pfn_t
        assert_eq!(size_of::<__guest_handle_const_xen_pfn_t>(), 8usize, "size of __guest_handle_const_xen_pfn_t");
        assert_eq!(align_of::<__guest_handle_const_xen_pfn_t>(), 8usize, "alignment of __guest_handle_const_xen_pfn_t");
        assert_eq!(offset!(__guest_handle_const_xen_pfn_t, p), 0usize, "offset of __guest_handle_const_xen_pfn_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_pfn_t, q), 0usize, "offset of __guest_handle_const_xen_pfn_t.q");
        // __guest_handle_const_xen_platform_op_t
        assert_eq!(size_of::<__guest_handle_const_xen_platform_op_t>(), 8usize, "size of __guest_handle_const_xen_platform_op_t");
        assert_eq!(align_of::<__guest_handle_const_xen_platform_op_t>(), 8usize, "alignment of __guest_handle_const_xen_platform_op_t");
        assert_eq!(offset!(__guest_handle_const_xen_platform_op_t, p), 0usize, "offset of __guest_handle_const_xen_platform_op_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_platform_op_t, q), 0usize, "offset of __guest_handle_const_xen_platform_op_t.q");
        // __guest_handle_const_xen_pmu_params_t
        assert_eq!(size_of::<__guest_handle_const_xen_pmu_params_t>(), 8usize, "size of __guest_handle_const_xen_pmu_params_t");
        assert_eq!(align_of::<__guest_handle_const_xen_pmu_params_t>(), 8usize, "alignment of __guest_handle_const_xen_pmu_params_t");
        assert_eq!(offset!(__guest_handle_const_xen_pmu_params_t, p), 0usize, "offset of __guest_handle_const_xen_pmu_params_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_pmu_params_t, q), 0usize, "offset of __guest_handle_const_xen_pmu_params_t.q");
        // __guest_handle_const_xen_processor_csd_t
        assert_eq!(size_of::<__guest_handle_const_xen_processor_csd_t>(), 8usize, "size of __guest_handle_const_xen_processor_csd_t");
        assert_eq!(align_of::<__guest_handle_const_xen_processor_csd_t>(), 8usize, "alignment of __guest_handle_const_xen_processor_csd_t");
        assert_eq!(offset!(__guest_handle_const_xen_processor_csd_t, p), 0usize, "offset of __guest_handle_const_xen_processor_csd_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_processor_csd_t, q), 0usize, "offset of __guest_handle_const_xen_processor_csd_t.q");
        // __guest_handle_const_xen_processor_cx_t
        assert_eq!(size_of::<__guest_handle_const_xen_processor_cx_t>(), 8usize, "size of __guest_handle_const_xen_processor_cx_t");
        assert_eq!(align_of::<__guest_handle_const_xen_processor_cx_t>(), 8usize, "alignment of __guest_handle_const_xen_processor_cx_t");
        assert_eq!(offset!(__guest_handle_const_xen_processor_cx_t, p), 0usize, "offset of __guest_handle_const_xen_processor_cx_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_processor_cx_t, q), 0usize, "offset of __guest_handle_const_xen_processor_cx_t.q");
        // __guest_handle_const_xen_processor_performance_t
        assert_eq!(size_of::<__guest_handle_const_xen_processor_performance_t>(), 8usize, "size of __guest_handle_const_xen_processor_performance_t");
        assert_eq!(align_of::<__guest_handle_const_xen_processor_performance_t>(), 8usize, "alignment of __guest_handle_const_xen_processor_performance_t");
        assert_eq!(offset!(__guest_handle_const_xen_processor_performance_t, p), 0usize, "offset of __guest_handle_const_xen_processor_performance_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_processor_performance_t, q), 0usize, "offset of __guest_handle_const_xen_processor_performance_t.q");
        // __guest_handle_const_xen_processor_px_t
        assert_eq!(size_of::<__guest_handle_const_xen_processor_px_t>(), 8usize, "size of __guest_handle_const_xen_processor_px_t");
        assert_eq!(align_of::<__guest_handle_const_xen_processor_px_t>(), 8usize, "alignment of __guest_handle_const_xen_processor_px_t");
        assert_eq!(offset!(__guest_handle_const_xen_processor_px_t, p), 0usize, "offset of __guest_handle_const_xen_processor_px_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_processor_px_t, q), 0usize, "offset of __guest_handle_const_xen_processor_px_t.q");
        // __guest_handle_const_xen_remove_from_physmap_t
        assert_eq!(size_of::<__guest_handle_const_xen_remove_from_physmap_t>(), 8usize, "size of __guest_handle_const_xen_remove_from_physmap_t");
        assert_eq!(align_of::<__guest_handle_const_xen_remove_from_physmap_t>(), 8usize, "alignment of __guest_handle_const_xen_remove_from_physmap_t");
        assert_eq!(offset!(__guest_handle_const_xen_remove_from_physmap_t, p), 0usize, "offset of __guest_handle_const_xen_remove_from_physmap_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_remove_from_physmap_t, q), 0usize, "offset of __guest_handle_const_xen_remove_from_physmap_t.q");
        // __guest_handle_const_xen_ulong_t
        assert_eq!(size_of::<__guest_handle_const_xen_ulong_t>(), 8usize, "size of __guest_handle_const_xen_ulong_t");
        assert_eq!(align_of::<__guest_handle_const_xen_ulong_t>(), 8usize, "alignment of __guest_handle_const_xen_ulong_t");
        assert_eq!(offset!(__guest_handle_const_xen_ulong_t, p), 0usize, "offset of __guest_handle_const_xen_ulong_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_ulong_t, q), 0usize, "offset of __guest_handle_const_xen_ulong_t.q");
        // __guest_handle_const_xen_vmemrange_t
        assert_eq!(size_of::<__guest_handle_const_xen_vmemrange_t>(), 8usize, "size of __guest_handle_const_xen_vmemrange_t");
        assert_eq!(align_of::<__guest_handle_const_xen_vmemrange_t>(), 8usize, "alignment of __guest_handle_const_xen_vmemrange_t");
        assert_eq!(offset!(__guest_handle_const_xen_vmemrange_t, p), 0usize, "offset of __guest_handle_const_xen_vmemrange_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_vmemrange_t, q), 0usize, "offset of __guest_handle_const_xen_vmemrange_t.q");
        // __guest_handle_const_xen_vnuma_topology_info_t
        assert_eq!(size_of::<__guest_handle_const_xen_vnuma_topology_info_t>(), 8usize, "size of __guest_handle_const_xen_vnuma_topology_info_t");
        assert_eq!(align_of::<__guest_handle_const_xen_vnuma_topology_info_t>(), 8usize, "alignment of __guest_handle_const_xen_vnuma_topology_info_t");
        assert_eq!(offset!(__guest_handle_const_xen_vnuma_topology_info_t, p), 0usize, "offset of __guest_handle_const_xen_vnuma_topology_info_t.p");
        assert_eq!(offset!(__guest_handle_const_xen_vnuma_topology_info_t, q), 0usize, "offset of __guest_handle_const_xen_vnuma_topology_info_t.q");
        // __guest_handle_const_xennmi_callback_t
        assert_eq!(size_of::<__guest_handle_const_xennmi_callback_t>(), 8usize, "size of __guest_handle_const_xennmi_callback_t");
        assert_eq!(align_of::<__guest_handle_const_xennmi_callback_t>(), 8usize, "alignment of __guest_handle_const_xennmi_callback_t");
        assert_eq!(offset!(__guest_handle_const_xennmi_callback_t, p), 0usize, "offset of __guest_handle_const_xennmi_callback_t.p");
        assert_eq!(offset!(__guest_handle_const_xennmi_callback_t, q), 0usize, "offset of __guest_handle_const_xennmi_callback_t.q");
        // __guest_handle_const_xenoprof_buf_t
        assert_eq!(size_of::<__guest_handle_const_xenoprof_buf_t>(), 8usize, "size of __guest_handle_const_xenoprof_buf_t");
        assert_eq!(align_of::<__guest_handle_const_xenoprof_buf_t>(), 8usize, "alignment of __guest_handle_const_xenoprof_buf_t");
        assert_eq!(offset!(__guest_handle_const_xenoprof_buf_t, p), 0usize, "offset of __guest_handle_const_xenoprof_buf_t.p");
        assert_eq!(offset!(__guest_handle_const_xenoprof_buf_t, q), 0usize, "offset of __guest_handle_const_xenoprof_buf_t.q");
        // __guest_handle_const_xenoprof_counter_t
        assert_eq!(size_of::<__guest_handle_const_xenoprof_counter_t>(), 8usize, "size of __guest_handle_const_xenoprof_counter_t");
        assert_eq!(align_of::<__guest_handle_const_xenoprof_counter_t>(), 8usize, "alignment of __guest_handle_const_xenoprof_counter_t");
        assert_eq!(offset!(__guest_handle_const_xenoprof_counter_t, p), 0usize, "offset of __guest_handle_const_xenoprof_counter_t.p");
        assert_eq!(offset!(__guest_handle_const_xenoprof_counter_t, q), 0usize, "offset of __guest_handle_const_xenoprof_counter_t.q");
        // __guest_handle_const_xenoprof_get_buffer_t
        assert_eq!(size_of::<__guest_handle_const_xenoprof_get_buffer_t>(), 8usize, "size of __guest_handle_const_xenoprof_get_buffer_t");
        assert_eq!(align_of::<__guest_handle_const_xenoprof_get_buffer_t>(), 8usize, "alignment of __guest_handle_const_xenoprof_get_buffer_t");
        assert_eq!(offset!(__guest_handle_const_xenoprof_get_buffer_t, p), 0usize, "offset of __guest_handle_const_xenoprof_get_buffer_t.p");
        assert_eq!(offset!(__guest_handle_const_xenoprof_get_buffer_t, q), 0usize, "offset of __guest_handle_const_xenoprof_get_buffer_t.q");
        // __guest_handle_const_xenoprof_ibs_counter_t
        assert_eq!(size_of::<__guest_handle_const_xenoprof_ibs_counter_t>(), 8usize, "size of __guest_handle_const_xenoprof_ibs_counter_t");
        assert_eq!(align_of::<__guest_handle_const_xenoprof_ibs_counter_t>(), 8usize, "alignment of __guest_handle_const_xenoprof_ibs_counter_t");
        assert_eq!(offset!(__guest_handle_const_xenoprof_ibs_counter_t, p), 0usize, "offset of __guest_handle_const_xenoprof_ibs_counter_t.p");
        assert_eq!(offset!(__guest_handle_const_xenoprof_ibs_counter_t, q), 0usize, "offset of __guest_handle_const_xenoprof_ibs_counter_t.q");
        // __guest_handle_const_xenoprof_init_t
        assert_eq!(size_of::<__guest_handle_const_xenoprof_init_t>(), 8usize, "size of __guest_handle_const_xenoprof_init_t");
        assert_eq!(align_of::<__guest_handle_const_xenoprof_init_t>(), 8usize, "alignment of __guest_handle_const_xenoprof_init_t");
        assert_eq!(offset!(__guest_handle_const_xenoprof_init_t, p), 0usize, "offset of __guest_handle_const_xenoprof_init_t.p");
        assert_eq!(offset!(__guest_handle_const_xenoprof_init_t, q), 0usize, "offset of __guest_handle_const_xenoprof_init_t.q");
        // __guest_handle_const_xenoprof_passive_t
        assert_eq!(size_of::<__guest_handle_const_xenoprof_passive_t>(), 8usize, "size of __guest_handle_const_xenoprof_passive_t");
        assert_eq!(align_of::<__guest_handle_const_xenoprof_passive_t>(), 8usize, "alignment of __guest_handle_const_xenoprof_passive_t");
        assert_eq!(offset!(__guest_handle_const_xenoprof_passive_t, p), 0usize, "offset of __guest_handle_const_xenoprof_passive_t.p");
        assert_eq!(offset!(__guest_handle_const_xenoprof_passive_t, q), 0usize, "offset of __guest_handle_const_xenoprof_passive_t.q");
        // __guest_handle_const_xenpf_add_memtype_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_add_memtype_t>(), 8usize, "size of __guest_handle_const_xenpf_add_memtype_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_add_memtype_t>(), 8usize, "alignment of __guest_handle_const_xenpf_add_memtype_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_add_memtype_t, p), 0usize, "offset of __guest_handle_const_xenpf_add_memtype_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_add_memtype_t, q), 0usize, "offset of __guest_handle_const_xenpf_add_memtype_t.q");
        // __guest_handle_const_xenpf_change_freq_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_change_freq_t>(), 8usize, "size of __guest_handle_const_xenpf_change_freq_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_change_freq_t>(), 8usize, "alignment of __guest_handle_const_xenpf_change_freq_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_change_freq_t, p), 0usize, "offset of __guest_handle_const_xenpf_change_freq_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_change_freq_t, q), 0usize, "offset of __guest_handle_const_xenpf_change_freq_t.q");
        // __guest_handle_const_xenpf_core_parking_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_core_parking_t>(), 8usize, "size of __guest_handle_const_xenpf_core_parking_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_core_parking_t>(), 8usize, "alignment of __guest_handle_const_xenpf_core_parking_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_core_parking_t, p), 0usize, "offset of __guest_handle_const_xenpf_core_parking_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_core_parking_t, q), 0usize, "offset of __guest_handle_const_xenpf_core_parking_t.q");
        // __guest_handle_const_xenpf_cpu_ol_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_cpu_ol_t>(), 8usize, "size of __guest_handle_const_xenpf_cpu_ol_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_cpu_ol_t>(), 8usize, "alignment of __guest_handle_const_xenpf_cpu_ol_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_cpu_ol_t, p), 0usize, "offset of __guest_handle_const_xenpf_cpu_ol_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_cpu_ol_t, q), 0usize, "offset of __guest_handle_const_xenpf_cpu_ol_t.q");
        // __guest_handle_const_xenpf_del_memtype_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_del_memtype_t>(), 8usize, "size of __guest_handle_const_xenpf_del_memtype_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_del_memtype_t>(), 8usize, "alignment of __guest_handle_const_xenpf_del_memtype_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_del_memtype_t, p), 0usize, "offset of __guest_handle_const_xenpf_del_memtype_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_del_memtype_t, q), 0usize, "offset of __guest_handle_const_xenpf_del_memtype_t.q");
        // __guest_handle_const_xenpf_dom0_console_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_dom0_console_t>(), 8usize, "size of __guest_handle_const_xenpf_dom0_console_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_dom0_console_t>(), 8usize, "alignment of __guest_handle_const_xenpf_dom0_console_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_dom0_console_t, p), 0usize, "offset of __guest_handle_const_xenpf_dom0_console_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_dom0_console_t, q), 0usize, "offset of __guest_handle_const_xenpf_dom0_console_t.q");
        // __guest_handle_const_xenpf_efi_runtime_call_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_efi_runtime_call_t>(), 8usize, "size of __guest_handle_const_xenpf_efi_runtime_call_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_efi_runtime_call_t>(), 8usize, "alignment of __guest_handle_const_xenpf_efi_runtime_call_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_efi_runtime_call_t, p), 0usize, "offset of __guest_handle_const_xenpf_efi_runtime_call_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_efi_runtime_call_t, q), 0usize, "offset of __guest_handle_const_xenpf_efi_runtime_call_t.q");
        // __guest_handle_const_xenpf_enter_acpi_sleep_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_enter_acpi_sleep_t>(), 8usize, "size of __guest_handle_const_xenpf_enter_acpi_sleep_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_enter_acpi_sleep_t>(), 8usize, "alignment of __guest_handle_const_xenpf_enter_acpi_sleep_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_enter_acpi_sleep_t, p), 0usize, "offset of __guest_handle_const_xenpf_enter_acpi_sleep_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_enter_acpi_sleep_t, q), 0usize, "offset of __guest_handle_const_xenpf_enter_acpi_sleep_t.q");
        // __guest_handle_const_xenpf_firmware_info_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_firmware_info_t>(), 8usize, "size of __guest_handle_const_xenpf_firmware_info_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_firmware_info_t>(), 8usize, "alignment of __guest_handle_const_xenpf_firmware_info_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_firmware_info_t, p), 0usize, "offset of __guest_handle_const_xenpf_firmware_info_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_firmware_info_t, q), 0usize, "offset of __guest_handle_const_xenpf_firmware_info_t.q");
        // __guest_handle_const_xenpf_getidletime_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_getidletime_t>(), 8usize, "size of __guest_handle_const_xenpf_getidletime_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_getidletime_t>(), 8usize, "alignment of __guest_handle_const_xenpf_getidletime_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_getidletime_t, p), 0usize, "offset of __guest_handle_const_xenpf_getidletime_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_getidletime_t, q), 0usize, "offset of __guest_handle_const_xenpf_getidletime_t.q");
        // __guest_handle_const_xenpf_microcode_update2_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_microcode_update2_t>(), 8usize, "size of __guest_handle_const_xenpf_microcode_update2_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_microcode_update2_t>(), 8usize, "alignment of __guest_handle_const_xenpf_microcode_update2_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_microcode_update2_t, p), 0usize, "offset of __guest_handle_const_xenpf_microcode_update2_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_microcode_update2_t, q), 0usize, "offset of __guest_handle_const_xenpf_microcode_update2_t.q");
        // __guest_handle_const_xenpf_microcode_update_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_microcode_update_t>(), 8usize, "size of __guest_handle_const_xenpf_microcode_update_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_microcode_update_t>(), 8usize, "alignment of __guest_handle_const_xenpf_microcode_update_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_microcode_update_t, p), 0usize, "offset of __guest_handle_const_xenpf_microcode_update_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_microcode_update_t, q), 0usize, "offset of __guest_handle_const_xenpf_microcode_update_t.q");
        // __guest_handle_const_xenpf_pcpu_version_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_pcpu_version_t>(), 8usize, "size of __guest_handle_const_xenpf_pcpu_version_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_pcpu_version_t>(), 8usize, "alignment of __guest_handle_const_xenpf_pcpu_version_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_pcpu_version_t, p), 0usize, "offset of __guest_handle_const_xenpf_pcpu_version_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_pcpu_version_t, q), 0usize, "offset of __guest_handle_const_xenpf_pcpu_version_t.q");
        // __guest_handle_const_xenpf_pcpuinfo_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_pcpuinfo_t>(), 8usize, "size of __guest_handle_const_xenpf_pcpuinfo_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_pcpuinfo_t>(), 8usize, "alignment of __guest_handle_const_xenpf_pcpuinfo_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_pcpuinfo_t, p), 0usize, "offset of __guest_handle_const_xenpf_pcpuinfo_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_pcpuinfo_t, q), 0usize, "offset of __guest_handle_const_xenpf_pcpuinfo_t.q");
        // __guest_handle_const_xenpf_platform_quirk_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_platform_quirk_t>(), 8usize, "size of __guest_handle_const_xenpf_platform_quirk_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_platform_quirk_t>(), 8usize, "alignment of __guest_handle_const_xenpf_platform_quirk_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_platform_quirk_t, p), 0usize, "offset of __guest_handle_const_xenpf_platform_quirk_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_platform_quirk_t, q), 0usize, "offset of __guest_handle_const_xenpf_platform_quirk_t.q");
        // __guest_handle_const_xenpf_read_memtype_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_read_memtype_t>(), 8usize, "size of __guest_handle_const_xenpf_read_memtype_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_read_memtype_t>(), 8usize, "alignment of __guest_handle_const_xenpf_read_memtype_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_read_memtype_t, p), 0usize, "offset of __guest_handle_const_xenpf_read_memtype_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_read_memtype_t, q), 0usize, "offset of __guest_handle_const_xenpf_read_memtype_t.q");
        // __guest_handle_const_xenpf_resource_entry_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_resource_entry_t>(), 8usize, "size of __guest_handle_const_xenpf_resource_entry_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_resource_entry_t>(), 8usize, "alignment of __guest_handle_const_xenpf_resource_entry_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_resource_entry_t, p), 0usize, "offset of __guest_handle_const_xenpf_resource_entry_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_resource_entry_t, q), 0usize, "offset of __guest_handle_const_xenpf_resource_entry_t.q");
        // __guest_handle_const_xenpf_resource_op_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_resource_op_t>(), 8usize, "size of __guest_handle_const_xenpf_resource_op_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_resource_op_t>(), 8usize, "alignment of __guest_handle_const_xenpf_resource_op_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_resource_op_t, p), 0usize, "offset of __guest_handle_const_xenpf_resource_op_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_resource_op_t, q), 0usize, "offset of __guest_handle_const_xenpf_resource_op_t.q");
        // __guest_handle_const_xenpf_set_processor_pminfo_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_set_processor_pminfo_t>(), 8usize, "size of __guest_handle_const_xenpf_set_processor_pminfo_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_set_processor_pminfo_t>(), 8usize, "alignment of __guest_handle_const_xenpf_set_processor_pminfo_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_set_processor_pminfo_t, p), 0usize, "offset of __guest_handle_const_xenpf_set_processor_pminfo_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_set_processor_pminfo_t, q), 0usize, "offset of __guest_handle_const_xenpf_set_processor_pminfo_t.q");
        // __guest_handle_const_xenpf_settime_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_settime_t>(), 8usize, "size of __guest_handle_const_xenpf_settime_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_settime_t>(), 8usize, "alignment of __guest_handle_const_xenpf_settime_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_settime_t, p), 0usize, "offset of __guest_handle_const_xenpf_settime_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_settime_t, q), 0usize, "offset of __guest_handle_const_xenpf_settime_t.q");
        // __guest_handle_const_xenpf_symdata_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_symdata_t>(), 8usize, "size of __guest_handle_const_xenpf_symdata_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_symdata_t>(), 8usize, "alignment of __guest_handle_const_xenpf_symdata_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_symdata_t, p), 0usize, "offset of __guest_handle_const_xenpf_symdata_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_symdata_t, q), 0usize, "offset of __guest_handle_const_xenpf_symdata_t.q");
        // __guest_handle_const_xenpf_ucode_revision_t
        assert_eq!(size_of::<__guest_handle_const_xenpf_ucode_revision_t>(), 8usize, "size of __guest_handle_const_xenpf_ucode_revision_t");
        assert_eq!(align_of::<__guest_handle_const_xenpf_ucode_revision_t>(), 8usize, "alignment of __guest_handle_const_xenpf_ucode_revision_t");
        assert_eq!(offset!(__guest_handle_const_xenpf_ucode_revision_t, p), 0usize, "offset of __guest_handle_const_xenpf_ucode_revision_t.p");
        assert_eq!(offset!(__guest_handle_const_xenpf_ucode_revision_t, q), 0usize, "offset of __guest_handle_const_xenpf_ucode_revision_t.q");
        // __guest_handle_evtchn_op_t
        assert_eq!(size_of::<__guest_handle_evtchn_op_t>(), 8usize, "size of __guest_handle_evtchn_op_t");
        assert_eq!(align_of::<__guest_handle_evtchn_op_t>(), 8usize, "alignment of __guest_handle_evtchn_op_t");
        assert_eq!(offset!(__guest_handle_evtchn_op_t, p), 0usize, "offset of __guest_handle_evtchn_op_t.p");
        assert_eq!(offset!(__guest_handle_evtchn_op_t, q), 0usize, "offset of __guest_handle_evtchn_op_t.q");
        // __guest_handle_evtchn_port_t
        assert_eq!(size_of::<__guest_handle_evtchn_port_t>(), 8usize, "size of __guest_handle_evtchn_port_t");
        assert_eq!(align_of::<__guest_handle_evtchn_port_t>(), 8usize, "alignment of __guest_handle_evtchn_port_t");
        assert_eq!(offset!(__guest_handle_evtchn_port_t, p), 0usize, "offset of __guest_handle_evtchn_port_t.p");
        assert_eq!(offset!(__guest_handle_evtchn_port_t, q), 0usize, "offset of __guest_handle_evtchn_port_t.q");
        // __guest_handle_gnttab_cache_flush_t
        assert_eq!(size_of::<__guest_handle_gnttab_cache_flush_t>(), 8usize, "size of __guest_handle_gnttab_cache_flush_t");
        assert_eq!(align_of::<__guest_handle_gnttab_cache_flush_t>(), 8usize, "alignment of __guest_handle_gnttab_cache_flush_t");
        assert_eq!(offset!(__guest_handle_gnttab_cache_flush_t, p), 0usize, "offset of __guest_handle_gnttab_cache_flush_t.p");
        assert_eq!(offset!(__guest_handle_gnttab_cache_flush_t, q), 0usize, "offset of __guest_handle_gnttab_cache_flush_t.q");
        // __guest_handle_gnttab_copy_t
        assert_eq!(size_of::<__guest_handle_gnttab_copy_t>(), 8usize, "size of __guest_handle_gnttab_copy_t");
        assert_eq!(align_of::<__guest_handle_gnttab_copy_t>(), 8usize, "alignment of __guest_handle_gnttab_copy_t");
        assert_eq!(offset!(__guest_handle_gnttab_copy_t, p), 0usize, "offset of __guest_handle_gnttab_copy_t.p");
        assert_eq!(offset!(__guest_handle_gnttab_copy_t, q), 0usize, "offset of __guest_handle_gnttab_copy_t.q");
        // __guest_handle_gnttab_dump_table_t
        assert_eq!(size_of::<__guest_handle_gnttab_dump_table_t>(), 8usize, "size of __guest_handle_gnttab_dump_table_t");
        assert_eq!(align_of::<__guest_handle_gnttab_dump_table_t>(), 8usize, "alignment of __guest_handle_gnttab_dump_table_t");
        assert_eq!(offset!(__guest_handle_gnttab_dump_table_t, p), 0usize, "offset of __guest_handle_gnttab_dump_table_t.p");
        assert_eq!(offset!(__guest_handle_gnttab_dump_table_t, q), 0usize, "offset of __guest_handle_gnttab_dump_table_t.q");
        // __guest_handle_gnttab_get_status_frames_t
        assert_eq!(size_of::<__guest_handle_gnttab_get_status_frames_t>(), 8usize, "size of __guest_handle_gnttab_get_status_frames_t");
        assert_eq!(align_of::<__guest_handle_gnttab_get_status_frames_t>(), 8usize, "alignment of __guest_handle_gnttab_get_status_frames_t");
        assert_eq!(offset!(__guest_handle_gnttab_get_status_frames_t, p), 0usize, "offset of __guest_handle_gnttab_get_status_frames_t.p");
        assert_eq!(offset!(__guest_handle_gnttab_get_status_frames_t, q), 0usize, "offset of __guest_handle_gnttab_get_status_frames_t.q");
        // __guest_handle_gnttab_get_version_t
        assert_eq!(size_of::<__guest_handle_gnttab_get_version_t>(), 8usize, "size of __guest_handle_gnttab_get_version_t");
        assert_eq!(align_of::<__guest_handle_gnttab_get_version_t>(), 8usize, "alignment of __guest_handle_gnttab_get_version_t");
        assert_eq!(offset!(__guest_handle_gnttab_get_version_t, p), 0usize, "offset of __guest_handle_gnttab_get_version_t.p");
        assert_eq!(offset!(__guest_handle_gnttab_get_version_t, q), 0usize, "offset of __guest_handle_gnttab_get_version_t.q");
        // __guest_handle_gnttab_map_grant_ref_t
        assert_eq!(size_of::<__guest_handle_gnttab_map_grant_ref_t>(), 8usize, "size of __guest_handle_gnttab_map_grant_ref_t");
        assert_eq!(align_of::<__guest_handle_gnttab_map_grant_ref_t>(), 8usize, "alignment of __guest_handle_gnttab_map_grant_ref_t");
        assert_eq!(offset!(__guest_handle_gnttab_map_grant_ref_t, p), 0usize, "offset of __guest_handle_gnttab_map_grant_ref_t.p");
        assert_eq!(offset!(__guest_handle_gnttab_map_grant_ref_t, q), 0usize, "offset of __guest_handle_gnttab_map_grant_ref_t.q");
        // __guest_handle_gnttab_query_size_t
        assert_eq!(size_of::<__guest_handle_gnttab_query_size_t>(), 8usize, "size of __guest_handle_gnttab_query_size_t");
        assert_eq!(align_of::<__guest_handle_gnttab_query_size_t>(), 8usize, "alignment of __guest_handle_gnttab_query_size_t");
        assert_eq!(offset!(__guest_handle_gnttab_query_size_t, p), 0usize, "offset of __guest_handle_gnttab_query_size_t.p");
        assert_eq!(offset!(__guest_handle_gnttab_query_size_t, q), 0usize, "offset of __guest_handle_gnttab_query_size_t.q");
        // __guest_handle_gnttab_set_version_t
        assert_eq!(size_of::<__guest_handle_gnttab_set_version_t>(), 8usize, "size of __guest_handle_gnttab_set_version_t");
        assert_eq!(align_of::<__guest_handle_gnttab_set_version_t>(), 8usize, "alignment of __guest_handle_gnttab_set_version_t");
        assert_eq!(offset!(__guest_handle_gnttab_set_version_t, p), 0usize, "offset of __guest_handle_gnttab_set_version_t.p");
        assert_eq!(offset!(__guest_handle_gnttab_set_version_t, q), 0usize, "offset of __guest_handle_gnttab_set_version_t.q");
    }

    #[test]
    fn layout_008() {
        // __guest_handle_gnttab_setup_table_t
        assert_eq!(size_of::<__guest_handle_gnttab_setup_table_t>(), 8usize, "size of __guest_handle_gnttab_setup_table_t");
        assert_eq!(align_of::<__guest_handle_gnttab_setup_table_t>(), 8usize, "alignment of __guest_handle_gnttab_setup_table_t");
        assert_eq!(offset!(__guest_handle_gnttab_setup_table_t, p), 0usize, "offset of __guest_handle_gnttab_setup_table_t.p");
        assert_eq!(offset!(__guest_handle_gnttab_setup_table_t, q), 0usize, "offset of __guest_handle_gnttab_setup_table_t.q");
        // __guest_handle_gnttab_swap_grant_ref_t
        assert_eq!(size_of::<__guest_handle_gnttab_swap_grant_ref_t>(), 8usize, "size of __guest_handle_gnttab_swap_grant_ref_t");
        assert_eq!(align_of::<__guest_handle_gnttab_swap_grant_ref_t>(), 8usize, "alignment of __guest_handle_gnttab_swap_grant_ref_t");
        assert_eq!(offset!(__guest_handle_gnttab_swap_grant_ref_t, p), 0usize, "offset of __guest_handle_gnttab_swap_grant_ref_t.p");
        assert_eq!(offset!(__guest_handle_gnttab_swap_grant_ref_t, q), 0usize, "offset of __guest_handle_gnttab_swap_grant_ref_t.q");
        // __guest_handle_gnttab_transfer_t
        assert_eq!(size_of::<__guest_handle_gnttab_transfer_t>(), 8usize, "size of __guest_handle_gnttab_transfer_t");
        assert_eq!(align_of::<__guest_handle_gnttab_transfer_t>(), 8usize, "alignment of __guest_handle_gnttab_transfer_t");
        assert_eq!(offset!(__guest_handle_gnttab_transfer_t, p), 0usize, "offset of __guest_handle_gnttab_transfer_t.p");
        assert_eq!(offset!(__guest_handle_gnttab_transfer_t, q), 0usize, "offset of __guest_handle_gnttab_transfer_t.q");
        // __guest_handle_gnttab_unmap_and_replace_t
        assert_eq!(size_of::<__guest_handle_gnttab_unmap_and_replace_t>(), 8usize, "size of __guest_handle_gnttab_unmap_and_replace_t");
        assert_eq!(align_of::<__guest_handle_gnttab_unmap_and_replace_t>(), 8usize, "alignment of __guest_handle_gnttab_unmap_and_replace_t");
        assert_eq!(offset!(__guest_handle_gnttab_unmap_and_replace_t, p), 0usize, "offset of __guest_handle_gnttab_unmap_and_replace_t.p");
        assert_eq!(offset!(__guest_handle_gnttab_unmap_and_replace_t, q), 0usize, "offset of __guest_handle_gnttab_unmap_and_replace_t.q");
        // __guest_handle_gnttab_unmap_grant_ref_t
        assert_eq!(size_of::<__guest_handle_gnttab_unmap_grant_ref_t>(), 8usize, "size of __guest_handle_gnttab_unmap_grant_ref_t");
        assert_eq!(align_of::<__guest_handle_gnttab_unmap_grant_ref_t>(), 8usize, "alignment of __guest_handle_gnttab_unmap_grant_ref_t");
        assert_eq!(offset!(__guest_handle_gnttab_unmap_grant_ref_t, p), 0usize, "offset of __guest_handle_gnttab_unmap_grant_ref_t.p");
        assert_eq!(offset!(__guest_handle_gnttab_unmap_grant_ref_t, q), 0usize, "offset of __guest_handle_gnttab_unmap_grant_ref_t.q");
        // __guest_handle_int
        assert_eq!(size_of::<__guest_handle_int>(), 8usize, "size of __guest_handle_int");
        assert_eq!(align_of::<__guest_handle_int>(), 8usize, "alignment of __guest_handle_int");
        assert_eq!(offset!(__guest_handle_int, p), 0usize, "offset of __guest_handle_int.p");
        assert_eq!(offset!(__guest_handle_int, q), 0usize, "offset of __guest_handle_int.q");
        // __guest_handle_mmu_update_t
        assert_eq!(size_of::<__guest_handle_mmu_update_t>(), 8usize, "size of __guest_handle_mmu_update_t");
        assert_eq!(align_of::<__guest_handle_mmu_update_t>(), 8usize, "alignment of __guest_handle_mmu_update_t");
        assert_eq!(offset!(__guest_handle_mmu_update_t, p), 0usize, "offset of __guest_handle_mmu_update_t.p");
        assert_eq!(offset!(__guest_handle_mmu_update_t, q), 0usize, "offset of __guest_handle_mmu_update_t.q");
        // __guest_handle_mmuext_op_t
        assert_eq!(size_of::<__guest_handle_mmuext_op_t>(), 8usize, "size of __guest_handle_mmuext_op_t");
        assert_eq!(align_of::<__guest_handle_mmuext_op_t>(), 8usize, "alignment of __guest_handle_mmuext_op_t");
        assert_eq!(offset!(__guest_handle_mmuext_op_t, p), 0usize, "offset of __guest_handle_mmuext_op_t.p");
        assert_eq!(offset!(__guest_handle_mmuext_op_t, q), 0usize, "offset of __guest_handle_mmuext_op_t.q");
        // __guest_handle_multicall_entry_t
        assert_eq!(size_of::<__guest_handle_multicall_entry_t>(), 8usize, "size of __guest_handle_multicall_entry_t");
        assert_eq!(align_of::<__guest_handle_multicall_entry_t>(), 8usize, "alignment of __guest_handle_multicall_entry_t");
        assert_eq!(offset!(__guest_handle_multicall_entry_t, p), 0usize, "offset of __guest_handle_multicall_entry_t.p");
        assert_eq!(offset!(__guest_handle_multicall_entry_t, q), 0usize, "offset of __guest_handle_multicall_entry_t.q");
        // __guest_handle_physdev_apic_t
        assert_eq!(size_of::<__guest_handle_physdev_apic_t>(), 8usize, "size of __guest_handle_physdev_apic_t");
        assert_eq!(align_of::<__guest_handle_physdev_apic_t>(), 8usize, "alignment of __guest_handle_physdev_apic_t");
        assert_eq!(offset!(__guest_handle_physdev_apic_t, p), 0usize, "offset of __guest_handle_physdev_apic_t.p");
        assert_eq!(offset!(__guest_handle_physdev_apic_t, q), 0usize, "offset of __guest_handle_physdev_apic_t.q");
        // __guest_handle_physdev_dbgp_op_t
        assert_eq!(size_of::<__guest_handle_physdev_dbgp_op_t>(), 8usize, "size of __guest_handle_physdev_dbgp_op_t");
        assert_eq!(align_of::<__guest_handle_physdev_dbgp_op_t>(), 8usize, "alignment of __guest_handle_physdev_dbgp_op_t");
        assert_eq!(offset!(__guest_handle_physdev_dbgp_op_t, p), 0usize, "offset of __guest_handle_physdev_dbgp_op_t.p");
        assert_eq!(offset!(__guest_handle_physdev_dbgp_op_t, q), 0usize, "offset of __guest_handle_physdev_dbgp_op_t.q");
        // __guest_handle_physdev_eoi_t
        assert_eq!(size_of::<__guest_handle_physdev_eoi_t>(), 8usize, "size of __guest_handle_physdev_eoi_t");
        assert_eq!(align_of::<__guest_handle_physdev_eoi_t>(), 8usize, "alignment of __guest_handle_physdev_eoi_t");
        assert_eq!(offset!(__guest_handle_physdev_eoi_t, p), 0usize, "offset of __guest_handle_physdev_eoi_t.p");
        assert_eq!(offset!(__guest_handle_physdev_eoi_t, q), 0usize, "offset of __guest_handle_physdev_eoi_t.q");
        // __guest_handle_physdev_get_free_pirq_t
        assert_eq!(size_of::<__guest_handle_physdev_get_free_pirq_t>(), 8usize, "size of __guest_handle_physdev_get_free_pirq_t");
        assert_eq!(align_of::<__guest_handle_physdev_get_free_pirq_t>(), 8usize, "alignment of __guest_handle_physdev_get_free_pirq_t");
        assert_eq!(offset!(__guest_handle_physdev_get_free_pirq_t, p), 0usize, "offset of __guest_handle_physdev_get_free_pirq_t.p");
        assert_eq!(offset!(__guest_handle_physdev_get_free_pirq_t, q), 0usize, "offset of __guest_handle_physdev_get_free_pirq_t.q");
        // __guest_handle_physdev_irq_status_query_t
        assert_eq!(size_of::<__guest_handle_physdev_irq_status_query_t>(), 8usize, "size of __guest_handle_physdev_irq_status_query_t");
        assert_eq!(align_of::<__guest_handle_physdev_irq_status_query_t>(), 8usize, "alignment of __guest_handle_physdev_irq_status_query_t");
        assert_eq!(offset!(__guest_handle_physdev_irq_status_query_t, p), 0usize, "offset of __guest_handle_physdev_irq_status_query_t.p");
        assert_eq!(offset!(__guest_handle_physdev_irq_status_query_t, q), 0usize, "offset of __guest_handle_physdev_irq_status_query_t.q");
        // __guest_handle_physdev_irq_t
        assert_eq!(size_of::<__guest_handle_physdev_irq_t>(), 8usize, "size of __guest_handle_physdev_irq_t");
        assert_eq!(align_of::<__guest_handle_physdev_irq_t>(), 8usize, "alignment of __guest_handle_physdev_irq_t");
        assert_eq!(offset!(__guest_handle_physdev_irq_t, p), 0usize, "offset of __guest_handle_physdev_irq_t.p");
        assert_eq!(offset!(__guest_handle_physdev_irq_t, q), 0usize, "offset of __guest_handle_physdev_irq_t.q");
        // __guest_handle_physdev_manage_pci_ext_t
        assert_eq!(size_of::<__guest_handle_physdev_manage_pci_ext_t>(), 8usize, "size of __guest_handle_physdev_manage_pci_ext_t");
        assert_eq!(align_of::<__guest_handle_physdev_manage_pci_ext_t>(), 8usize, "alignment of __guest_handle_physdev_manage_pci_ext_t");
        assert_eq!(offset!(__guest_handle_physdev_manage_pci_ext_t, p), 0usize, "offset of __guest_handle_physdev_manage_pci_ext_t.p");
        assert_eq!(offset!(__guest_handle_physdev_manage_pci_ext_t, q), 0usize, "offset of __guest_handle_physdev_manage_pci_ext_t.q");
        // __guest_handle_physdev_manage_pci_t
        assert_eq!(size_of::<__guest_handle_physdev_manage_pci_t>(), 8usize, "size of __guest_handle_physdev_manage_pci_t");
        assert_eq!(align_of::<__guest_handle_physdev_manage_pci_t>(), 8usize, "alignment of __guest_handle_physdev_manage_pci_t");
        assert_eq!(offset!(__guest_handle_physdev_manage_pci_t, p), 0usize, "offset of __guest_handle_physdev_manage_pci_t.p");
        assert_eq!(offset!(__guest_handle_physdev_manage_pci_t, q), 0usize, "offset of __guest_handle_physdev_manage_pci_t.q");
        // __guest_handle_physdev_map_pirq_t
        assert_eq!(size_of::<__guest_handle_physdev_map_pirq_t>(), 8usize, "size of __guest_handle_physdev_map_pirq_t");
        assert_eq!(align_of::<__guest_handle_physdev_map_pirq_t>(), 8usize, "alignment of __guest_handle_physdev_map_pirq_t");
        assert_eq!(offset!(__guest_handle_physdev_map_pirq_t, p), 0usize, "offset of __guest_handle_physdev_map_pirq_t.p");
        assert_eq!(offset!(__guest_handle_physdev_map_pirq_t, q), 0usize, "offset of __guest_handle_physdev_map_pirq_t.q");
        // __guest_handle_physdev_op_t
        assert_eq!(size_of::<__guest_handle_physdev_op_t>(), 8usize, "size of __guest_handle_physdev_op_t");
        assert_eq!(align_of::<__guest_handle_physdev_op_t>(), 8usize, "alignment of __guest_handle_physdev_op_t");
        assert_eq!(offset!(__guest_handle_physdev_op_t, p), 0usize, "offset of __guest_handle_physdev_op_t.p");
        assert_eq!(offset!(__guest_handle_physdev_op_t, q), 0usize, "offset of __guest_handle_physdev_op_t.q");
        // __guest_handle_physdev_pci_device_add_t
        assert_eq!(size_of::<__guest_handle_physdev_pci_device_add_t>(), 8usize, "size of __guest_handle_physdev_pci_device_add_t");
        assert_eq!(align_of::<__guest_handle_physdev_pci_device_add_t>(), 8usize, "alignment of __guest_handle_physdev_pci_device_add_t");
        assert_eq!(offset!(__guest_handle_physdev_pci_device_add_t, p), 0usize, "offset of __guest_handle_physdev_pci_device_add_t.p");
        assert_eq!(offset!(__guest_handle_physdev_pci_device_add_t, q), 0usize, "offset of __guest_handle_physdev_pci_device_add_t.q");
        // __guest_handle_physdev_pci_device_t
        assert_eq!(size_of::<__guest_handle_physdev_pci_device_t>(), 8usize, "size of __guest_handle_physdev_pci_device_t");
        assert_eq!(align_of::<__guest_handle_physdev_pci_device_t>(), 8usize, "alignment of __guest_handle_physdev_pci_device_t");
        assert_eq!(offset!(__guest_handle_physdev_pci_device_t, p), 0usize, "offset of __guest_handle_physdev_pci_device_t.p");
        assert_eq!(offset!(__guest_handle_physdev_pci_device_t, q), 0usize, "offset of __guest_handle_physdev_pci_device_t.q");
        // __guest_handle_physdev_pci_mmcfg_reserved_t
        assert_eq!(size_of::<__guest_handle_physdev_pci_mmcfg_reserved_t>(), 8usize, "size of __guest_handle_physdev_pci_mmcfg_reserved_t");
        assert_eq!(align_of::<__guest_handle_physdev_pci_mmcfg_reserved_t>(), 8usize, "alignment of __guest_handle_physdev_pci_mmcfg_reserved_t");
        assert_eq!(offset!(__guest_handle_physdev_pci_mmcfg_reserved_t, p), 0usize, "offset of __guest_handle_physdev_pci_mmcfg_reserved_t.p");
        assert_eq!(offset!(__guest_handle_physdev_pci_mmcfg_reserved_t, q), 0usize, "offset of __guest_handle_physdev_pci_mmcfg_reserved_t.q");
        // __guest_handle_physdev_pirq_eoi_gmfn_t
        assert_eq!(size_of::<__guest_handle_physdev_pirq_eoi_gmfn_t>(), 8usize, "size of __guest_handle_physdev_pirq_eoi_gmfn_t");
        assert_eq!(align_of::<__guest_handle_physdev_pirq_eoi_gmfn_t>(), 8usize, "alignment of __guest_handle_physdev_pirq_eoi_gmfn_t");
        assert_eq!(offset!(__guest_handle_physdev_pirq_eoi_gmfn_t, p), 0usize, "offset of __guest_handle_physdev_pirq_eoi_gmfn_t.p");
        assert_eq!(offset!(__guest_handle_physdev_pirq_eoi_gmfn_t, q), 0usize, "offset of __guest_handle_physdev_pirq_eoi_gmfn_t.q");
        // __guest_handle_physdev_restore_msi_t
        assert_eq!(size_of::<__guest_handle_physdev_restore_msi_t>(), 8usize, "size of __guest_handle_physdev_restore_msi_t");
        assert_eq!(align_of::<__guest_handle_physdev_restore_msi_t>(), 8usize, "alignment of __guest_handle_physdev_restore_msi_t");
        assert_eq!(offset!(__guest_handle_physdev_restore_msi_t, p), 0usize, "offset of __guest_handle_physdev_restore_msi_t.p");
        assert_eq!(offset!(__guest_handle_physdev_restore_msi_t, q), 0usize, "offset of __guest_handle_physdev_restore_msi_t.q");
        // __guest_handle_physdev_set_iobitmap_t
        assert_eq!(size_of::<__guest_handle_physdev_set_iobitmap_t>(), 8usize, "size of __guest_handle_physdev_set_iobitmap_t");
        assert_eq!(align_of::<__guest_handle_physdev_set_iobitmap_t>(), 8usize, "alignment of __guest_handle_physdev_set_iobitmap_t");
        assert_eq!(offset!(__guest_handle_physdev_set_iobitmap_t, p), 0usize, "offset of __guest_handle_physdev_set_iobitmap_t.p");
        assert_eq!(offset!(__guest_handle_physdev_set_iobitmap_t, q), 0usize, "offset of __guest_handle_physdev_set_iobitmap_t.q");
        // __guest_handle_physdev_set_iopl_t
        assert_eq!(size_of::<__guest_handle_physdev_set_iopl_t>(), 8usize, "size of __guest_handle_physdev_set_iopl_t");
        assert_eq!(align_of::<__guest_handle_physdev_set_iopl_t>(), 8usize, "alignment of __guest_handle_physdev_set_iopl_t");
        assert_eq!(offset!(__guest_handle_physdev_set_iopl_t, p), 0usize, "offset of __guest_handle_physdev_set_iopl_t.p");
        assert_eq!(offset!(__guest_handle_physdev_set_iopl_t, q), 0usize, "offset of __guest_handle_physdev_set_iopl_t.q");
        // __guest_handle_physdev_setup_gsi_t
        assert_eq!(size_of::<__guest_handle_physdev_setup_gsi_t>(), 8usize, "size of __guest_handle_physdev_setup_gsi_t");
        assert_eq!(align_of::<__guest_handle_physdev_setup_gsi_t>(), 8usize, "alignment of __guest_handle_physdev_setup_gsi_t");
        assert_eq!(offset!(__guest_handle_physdev_setup_gsi_t, p), 0usize, "offset of __guest_handle_physdev_setup_gsi_t.p");
        assert_eq!(offset!(__guest_handle_physdev_setup_gsi_t, q), 0usize, "offset of __guest_handle_physdev_setup_gsi_t.q");
        // __guest_handle_physdev_unmap_pirq_t
        assert_eq!(size_of::<__guest_handle_physdev_unmap_pirq_t>(), 8usize, "size of __guest_handle_physdev_unmap_pirq_t");
        assert_eq!(align_of::<__guest_handle_physdev_unmap_pirq_t>(), 8usize, "alignment of __guest_handle_physdev_unmap_pirq_t");
        assert_eq!(offset!(__guest_handle_physdev_unmap_pirq_t, p), 0usize, "offset of __guest_handle_physdev_unmap_pirq_t.p");
        assert_eq!(offset!(__guest_handle_physdev_unmap_pirq_t, q), 0usize, "offset of __guest_handle_physdev_unmap_pirq_t.q");
        // __guest_handle_sched_pin_override_t
        assert_eq!(size_of::<__guest_handle_sched_pin_override_t>(), 8usize, "size of __guest_handle_sched_pin_override_t");
        assert_eq!(align_of::<__guest_handle_sched_pin_override_t>(), 8usize, "alignment of __guest_handle_sched_pin_override_t");
        assert_eq!(offset!(__guest_handle_sched_pin_override_t, p), 0usize, "offset of __guest_handle_sched_pin_override_t.p");
        assert_eq!(offset!(__guest_handle_sched_pin_override_t, q), 0usize, "offset of __guest_handle_sched_pin_override_t.q");
        // __guest_handle_sched_poll_t
        assert_eq!(size_of::<__guest_handle_sched_poll_t>(), 8usize, "size of __guest_handle_sched_poll_t");
        assert_eq!(align_of::<__guest_handle_sched_poll_t>(), 8usize, "alignment of __guest_handle_sched_poll_t");
        assert_eq!(offset!(__guest_handle_sched_poll_t, p), 0usize, "offset of __guest_handle_sched_poll_t.p");
        assert_eq!(offset!(__guest_handle_sched_poll_t, q), 0usize, "offset of __guest_handle_sched_poll_t.q");
        // __guest_handle_sched_remote_shutdown_t
        assert_eq!(size_of::<__guest_handle_sched_remote_shutdown_t>(), 8usize, "size of __guest_handle_sched_remote_shutdown_t");
        assert_eq!(align_of::<__guest_handle_sched_remote_shutdown_t>(), 8usize, "alignment of __guest_handle_sched_remote_shutdown_t");
        assert_eq!(offset!(__guest_handle_sched_remote_shutdown_t, p), 0usize, "offset of __guest_handle_sched_remote_shutdown_t.p");
        assert_eq!(offset!(__guest_handle_sched_remote_shutdown_t, q), 0usize, "offset of __guest_handle_sched_remote_shutdown_t.q");
        // __guest_handle_sched_shutdown_t
        assert_eq!(size_of::<__guest_handle_sched_shutdown_t>(), 8usize, "size of __guest_handle_sched_shutdown_t");
        assert_eq!(align_of::<__guest_handle_sched_shutdown_t>(), 8usize, "alignment of __guest_handle_sched_shutdown_t");
        assert_eq!(offset!(__guest_handle_sched_shutdown_t, p), 0usize, "offset of __guest_handle_sched_shutdown_t.p");
        assert_eq!(offset!(__guest_handle_sched_shutdown_t, q), 0usize, "offset of __guest_handle_sched_shutdown_t.q");
        // __guest_handle_sched_watchdog_t
        assert_eq!(size_of::<__guest_handle_sched_watchdog_t>(), 8usize, "size of __guest_handle_sched_watchdog_t");
        assert_eq!(align_of::<__guest_handle_sched_watchdog_t>(), 8usize, "alignment of __guest_handle_sched_watchdog_t");
        assert_eq!(offset!(__guest_handle_sched_watchdog_t, p), 0usize, "offset of __guest_handle_sched_watchdog_t.p");
        assert_eq!(offset!(__guest_handle_sched_watchdog_t, q), 0usize, "offset of __guest_handle_sched_watchdog_t.q");
        // __guest_handle_uchar
        assert_eq!(size_of::<__guest_handle_uchar>(), 8usize, "size of __guest_handle_uchar");
        assert_eq!(align_of::<__guest_handle_uchar>(), 8usize, "alignment of __guest_handle_uchar");
        assert_eq!(offset!(__guest_handle_uchar, p), 0usize, "offset of __guest_handle_uchar.p");
        assert_eq!(offset!(__guest_handle_uchar, q), 0usize, "offset of __guest_handle_uchar.q");
        // __guest_handle_uint
        assert_eq!(size_of::<__guest_handle_uint>(), 8usize, "size of __guest_handle_uint");
        assert_eq!(align_of::<__guest_handle_uint>(), 8usize, "alignment of __guest_handle_uint");
        assert_eq!(offset!(__guest_handle_uint, p), 0usize, "offset of __guest_handle_uint.p");
        assert_eq!(offset!(__guest_handle_uint, q), 0usize, "offset of __guest_handle_uint.q");
        // __guest_handle_uint16
        assert_eq!(size_of::<__guest_handle_uint16>(), 8usize, "size of __guest_handle_uint16");
        assert_eq!(align_of::<__guest_handle_uint16>(), 8usize, "alignment of __guest_handle_uint16");
        assert_eq!(offset!(__guest_handle_uint16, p), 0usize, "offset of __guest_handle_uint16.p");
        assert_eq!(offset!(__guest_handle_uint16, q), 0usize, "offset of __guest_handle_uint16.q");
        // __guest_handle_uint32
        assert_eq!(size_of::<__guest_handle_uint32>(), 8usize, "size of __guest_handle_uint32");
        assert_eq!(align_of::<__guest_handle_uint32>(), 8usize, "alignment of __guest_handle_uint32");
        assert_eq!(offset!(__guest_handle_uint32, p), 0usize, "offset of __guest_handle_uint32.p");
        assert_eq!(offset!(__guest_handle_uint32, q), 0usize, "offset of __guest_handle_uint32.q");
        // __guest_handle_uint64
        assert_eq!(size_of::<__guest_handle_uint64>(), 8usize, "size of __guest_handle_uint64");
        assert_eq!(align_of::<__guest_handle_uint64>(), 8usize, "alignment of __guest_handle_uint64");
        assert_eq!(offset!(__guest_handle_uint64, p), 0usize, "offset of __guest_handle_uint64.p");
        assert_eq!(offset!(__guest_handle_uint64, q), 0usize, "offset of __guest_handle_uint64.q");
        // __guest_handle_uint64_t
        assert_eq!(size_of::<__guest_handle_uint64_t>(), 8usize, "size of __guest_handle_uint64_t");
        assert_eq!(align_of::<__guest_handle_uint64_t>(), 8usize, "alignment of __guest_handle_uint64_t");
        assert_eq!(offset!(__guest_handle_uint64_t, p), 0usize, "offset of __guest_handle_uint64_t.p");
        assert_eq!(offset!(__guest_handle_uint64_t, q), 0usize, "offset of __guest_handle_uint64_t.q");
        // __guest_handle_uint8
        assert_eq!(size_of::<__guest_handle_uint8>(), 8usize, "size of __guest_handle_uint8");
        assert_eq!(align_of::<__guest_handle_uint8>(), 8usize, "alignment of __guest_handle_uint8");
        assert_eq!(offset!(__guest_handle_uint8, p), 0usize, "offset of __guest_handle_uint8.p");
        assert_eq!(offset!(__guest_handle_uint8, q), 0usize, "offset of __guest_handle_uint8.q");
        // __guest_handle_vcpu_get_physid_t
        assert_eq!(size_of::<__guest_handle_vcpu_get_physid_t>(), 8usize, "size of __guest_handle_vcpu_get_physid_t");
        assert_eq!(align_of::<__guest_handle_vcpu_get_physid_t>(), 8usize, "alignment of __guest_handle_vcpu_get_physid_t");
        assert_eq!(offset!(__guest_handle_vcpu_get_physid_t, p), 0usize, "offset of __guest_handle_vcpu_get_physid_t.p");
        assert_eq!(offset!(__guest_handle_vcpu_get_physid_t, q), 0usize, "offset of __guest_handle_vcpu_get_physid_t.q");
        // __guest_handle_vcpu_hvm_context_t
        assert_eq!(size_of::<__guest_handle_vcpu_hvm_context_t>(), 8usize, "size of __guest_handle_vcpu_hvm_context_t");
        assert_eq!(align_of::<__guest_handle_vcpu_hvm_context_t>(), 8usize, "alignment of __guest_handle_vcpu_hvm_context_t");
        assert_eq!(offset!(__guest_handle_vcpu_hvm_context_t, p), 0usize, "offset of __guest_handle_vcpu_hvm_context_t.p");
        assert_eq!(offset!(__guest_handle_vcpu_hvm_context_t, q), 0usize, "offset of __guest_handle_vcpu_hvm_context_t.q");
        // __guest_handle_vcpu_register_runstate_memory_area_t
        assert_eq!(size_of::<__guest_handle_vcpu_register_runstate_memory_area_t>(), 8usize, "size of __guest_handle_vcpu_register_runstate_memory_area_t");
        assert_eq!(align_of::<__guest_handle_vcpu_register_runstate_memory_area_t>(), 8usize, "alignment of __guest_handle_vcpu_register_runstate_memory_area_t");
        assert_eq!(offset!(__guest_handle_vcpu_register_runstate_memory_area_t, p), 0usize, "offset of __guest_handle_vcpu_register_runstate_memory_area_t.p");
        assert_eq!(offset!(__guest_handle_vcpu_register_runstate_memory_area_t, q), 0usize, "offset of __guest_handle_vcpu_register_runstate_memory_area_t.q");
        // __guest_handle_vcpu_register_time_memory_area_t
        assert_eq!(size_of::<__guest_handle_vcpu_register_time_memory_area_t>(), 8usize, "size of __guest_handle_vcpu_register_time_memory_area_t");
        assert_eq!(align_of::<__guest_handle_vcpu_register_time_memory_area_t>(), 8usize, "alignment of __guest_handle_vcpu_register_time_memory_area_t");
        assert_eq!(offset!(__guest_handle_vcpu_register_time_memory_area_t, p), 0usize, "offset of __guest_handle_vcpu_register_time_memory_area_t.p");
        assert_eq!(offset!(__guest_handle_vcpu_register_time_memory_area_t, q), 0usize, "offset of __guest_handle_vcpu_register_time_memory_area_t.q");
        // __guest_handle_vcpu_register_vcpu_info_t
        assert_eq!(size_of::<__guest_handle_vcpu_register_vcpu_info_t>(), 8usize, "size of __guest_handle_vcpu_register_vcpu_info_t");
        assert_eq!(align_of::<__guest_handle_vcpu_register_vcpu_info_t>(), 8usize, "alignment of __guest_handle_vcpu_register_vcpu_info_t");
        assert_eq!(offset!(__guest_handle_vcpu_register_vcpu_info_t, p), 0usize, "offset of __guest_handle_vcpu_register_vcpu_info_t.p");
        assert_eq!(offset!(__guest_handle_vcpu_register_vcpu_info_t, q), 0usize, "offset of __guest_handle_vcpu_register_vcpu_info_t.q");
        // __guest_handle_vcpu_runstate_info_t
        assert_eq!(size_of::<__guest_handle_vcpu_runstate_info_t>(), 8usize, "size of __guest_handle_vcpu_runstate_info_t");
        assert_eq!(align_of::<__guest_handle_vcpu_runstate_info_t>(), 8usize, "alignment of __guest_handle_vcpu_runstate_info_t");
        assert_eq!(offset!(__guest_handle_vcpu_runstate_info_t, p), 0usize, "offset of __guest_handle_vcpu_runstate_info_t.p");
        assert_eq!(offset!(__guest_handle_vcpu_runstate_info_t, q), 0usize, "offset of __guest_handle_vcpu_runstate_info_t.q");
        // __guest_handle_vcpu_set_periodic_timer_t
        assert_eq!(size_of::<__guest_handle_vcpu_set_periodic_timer_t>(), 8usize, "size of __guest_handle_vcpu_set_periodic_timer_t");
        assert_eq!(align_of::<__guest_handle_vcpu_set_periodic_timer_t>(), 8usize, "alignment of __guest_handle_vcpu_set_periodic_timer_t");
        assert_eq!(offset!(__guest_handle_vcpu_set_periodic_timer_t, p), 0usize, "offset of __guest_handle_vcpu_set_periodic_timer_t.p");
        assert_eq!(offset!(__guest_handle_vcpu_set_periodic_timer_t, q), 0usize, "offset of __guest_handle_vcpu_set_periodic_timer_t.q");
        // __guest_handle_vcpu_set_singleshot_timer_t
        assert_eq!(size_of::<__guest_handle_vcpu_set_singleshot_timer_t>(), 8usize, "size of __guest_handle_vcpu_set_singleshot_timer_t");
        assert_eq!(align_of::<__guest_handle_vcpu_set_singleshot_timer_t>(), 8usize, "alignment of __guest_handle_vcpu_set_singleshot_timer_t");
        assert_eq!(offset!(__guest_handle_vcpu_set_singleshot_timer_t, p), 0usize, "offset of __guest_handle_vcpu_set_singleshot_timer_t.p");
        assert_eq!(offset!(__guest_handle_vcpu_set_singleshot_timer_t, q), 0usize, "offset of __guest_handle_vcpu_set_singleshot_timer_t.q");
        // __guest_handle_vcpu_time_info_t
        assert_eq!(size_of::<__guest_handle_vcpu_time_info_t>(), 8usize, "size of __guest_handle_vcpu_time_info_t");
        assert_eq!(align_of::<__guest_handle_vcpu_time_info_t>(), 8usize, "alignment of __guest_handle_vcpu_time_info_t");
        assert_eq!(offset!(__guest_handle_vcpu_time_info_t, p), 0usize, "offset of __guest_handle_vcpu_time_info_t.p");
        assert_eq!(offset!(__guest_handle_vcpu_time_info_t, q), 0usize, "offset of __guest_handle_vcpu_time_info_t.q");
        // __guest_handle_void
        assert_eq!(size_of::<__guest_handle_void>(), 8usize, "size of __guest_handle_void");
        assert_eq!(align_of::<__guest_handle_void>(), 8usize, "alignment of __guest_handle_void");
        assert_eq!(offset!(__guest_handle_void, p), 0usize, "offset of __guest_handle_void.p");
        assert_eq!(offset!(__guest_handle_void, q), 0usize, "offset of __guest_handle_void.q");
    }

    #[test]
    fn layout_009() {
        // __guest_handle_xen_add_to_physmap_batch_t
        assert_eq!(size_of::<__guest_handle_xen_add_to_physmap_batch_t>(), 8usize, "size of __guest_handle_xen_add_to_physmap_batch_t");
        assert_eq!(align_of::<__guest_handle_xen_add_to_physmap_batch_t>(), 8usize, "alignment of __guest_handle_xen_add_to_physmap_batch_t");
        assert_eq!(offset!(__guest_handle_xen_add_to_physmap_batch_t, p), 0usize, "offset of __guest_handle_xen_add_to_physmap_batch_t.p");
        assert_eq!(offset!(__guest_handle_xen_add_to_physmap_batch_t, q), 0usize, "offset of __guest_handle_xen_add_to_physmap_batch_t.q");
        // __guest_handle_xen_add_to_physmap_t
        assert_eq!(size_of::<__guest_handle_xen_add_to_physmap_t>(), 8usize, "size of __guest_handle_xen_add_to_physmap_t");
        assert_eq!(align_of::<__guest_handle_xen_add_to_physmap_t>(), 8usize, "alignment of __guest_handle_xen_add_to_physmap_t");
        assert_eq!(offset!(__guest_handle_xen_add_to_physmap_t, p), 0usize, "offset of __guest_handle_xen_add_to_physmap_t.p");
        assert_eq!(offset!(__guest_handle_xen_add_to_physmap_t, q), 0usize, "offset of __guest_handle_xen_add_to_physmap_t.q");
        // __guest_handle_xen_dm_op_buf_t
        assert_eq!(size_of::<__guest_handle_xen_dm_op_buf_t>(), 8usize, "size of __guest_handle_xen_dm_op_buf_t");
        assert_eq!(align_of::<__guest_handle_xen_dm_op_buf_t>(), 8usize, "alignment of __guest_handle_xen_dm_op_buf_t");
        assert_eq!(offset!(__guest_handle_xen_dm_op_buf_t, p), 0usize, "offset of __guest_handle_xen_dm_op_buf_t.p");
        assert_eq!(offset!(__guest_handle_xen_dm_op_buf_t, q), 0usize, "offset of __guest_handle_xen_dm_op_buf_t.q");
        // __guest_handle_xen_flask_op_t
        assert_eq!(size_of::<__guest_handle_xen_flask_op_t>(), 8usize, "size of __guest_handle_xen_flask_op_t");
        assert_eq!(align_of::<__guest_handle_xen_flask_op_t>(), 8usize, "alignment of __guest_handle_xen_flask_op_t");
        assert_eq!(offset!(__guest_handle_xen_flask_op_t, p), 0usize, "offset of __guest_handle_xen_flask_op_t.p");
        assert_eq!(offset!(__guest_handle_xen_flask_op_t, q), 0usize, "offset of __guest_handle_xen_flask_op_t.q");
        // __guest_handle_xen_foreign_memory_map_t
        assert_eq!(size_of::<__guest_handle_xen_foreign_memory_map_t>(), 8usize, "size of __guest_handle_xen_foreign_memory_map_t");
        assert_eq!(align_of::<__guest_handle_xen_foreign_memory_map_t>(), 8usize, "alignment of __guest_handle_xen_foreign_memory_map_t");
        assert_eq!(offset!(__guest_handle_xen_foreign_memory_map_t, p), 0usize, "offset of __guest_handle_xen_foreign_memory_map_t.p");
        assert_eq!(offset!(__guest_handle_xen_foreign_memory_map_t, q), 0usize, "offset of __guest_handle_xen_foreign_memory_map_t.q");
        // __guest_handle_xen_hvm_altp2m_change_gfn_t
        assert_eq!(size_of::<__guest_handle_xen_hvm_altp2m_change_gfn_t>(), 8usize, "size of __guest_handle_xen_hvm_altp2m_change_gfn_t");
        assert_eq!(align_of::<__guest_handle_xen_hvm_altp2m_change_gfn_t>(), 8usize, "alignment of __guest_handle_xen_hvm_altp2m_change_gfn_t");
        assert_eq!(offset!(__guest_handle_xen_hvm_altp2m_change_gfn_t, p), 0usize, "offset of __guest_handle_xen_hvm_altp2m_change_gfn_t.p");
        assert_eq!(offset!(__guest_handle_xen_hvm_altp2m_change_gfn_t, q), 0usize, "offset of __guest_handle_xen_hvm_altp2m_change_gfn_t.q");
        // __guest_handle_xen_hvm_altp2m_domain_state_t
        assert_eq!(size_of::<__guest_handle_xen_hvm_altp2m_domain_state_t>(), 8usize, "size of __guest_handle_xen_hvm_altp2m_domain_state_t");
        assert_eq!(align_of::<__guest_handle_xen_hvm_altp2m_domain_state_t>(), 8usize, "alignment of __guest_handle_xen_hvm_altp2m_domain_state_t");
        assert_eq!(offset!(__guest_handle_xen_hvm_altp2m_domain_state_t, p), 0usize, "offset of __guest_handle_xen_hvm_altp2m_domain_state_t.p");
        assert_eq!(offset!(__guest_handle_xen_hvm_altp2m_domain_state_t, q), 0usize, "offset of __guest_handle_xen_hvm_altp2m_domain_state_t.q");
        // __guest_handle_xen_hvm_altp2m_mem_access_t
        assert_eq!(size_of::<__guest_handle_xen_hvm_altp2m_mem_access_t>(), 8usize, "size of __guest_handle_xen_hvm_altp2m_mem_access_t");
        assert_eq!(align_of::<__guest_handle_xen_hvm_altp2m_mem_access_t>(), 8usize, "alignment of __guest_handle_xen_hvm_altp2m_mem_access_t");
        assert_eq!(offset!(__guest_handle_xen_hvm_altp2m_mem_access_t, p), 0usize, "offset of __guest_handle_xen_hvm_altp2m_mem_access_t.p");
        assert_eq!(offset!(__guest_handle_xen_hvm_altp2m_mem_access_t, q), 0usize, "offset of __guest_handle_xen_hvm_altp2m_mem_access_t.q");
        // __guest_handle_xen_hvm_altp2m_op_t
        assert_eq!(size_of::<__guest_handle_xen_hvm_altp2m_op_t>(), 8usize, "size of __guest_handle_xen_hvm_altp2m_op_t");
        assert_eq!(align_of::<__guest_handle_xen_hvm_altp2m_op_t>(), 8usize, "alignment of __guest_handle_xen_hvm_altp2m_op_t");
        assert_eq!(offset!(__guest_handle_xen_hvm_altp2m_op_t, p), 0usize, "offset of __guest_handle_xen_hvm_altp2m_op_t.p");
        assert_eq!(offset!(__guest_handle_xen_hvm_altp2m_op_t, q), 0usize, "offset of __guest_handle_xen_hvm_altp2m_op_t.q");
        // __guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t
        assert_eq!(size_of::<__guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t>(), 8usize, "size of __guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t");
        assert_eq!(align_of::<__guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t>(), 8usize, "alignment of __guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t");
        assert_eq!(offset!(__guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t, p), 0usize, "offset of __guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t.p");
        assert_eq!(offset!(__guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t, q), 0usize, "offset of __guest_handle_xen_hvm_altp2m_vcpu_disable_notify_t.q");
        // __guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t
        assert_eq!(size_of::<__guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t>(), 8usize, "size of __guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t");
        assert_eq!(align_of::<__guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t>(), 8usize, "alignment of __guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t");
        assert_eq!(offset!(__guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t, p), 0usize, "offset of __guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t.p");
        assert_eq!(offset!(__guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t, q), 0usize, "offset of __guest_handle_xen_hvm_altp2m_vcpu_enable_notify_t.q");
        // __guest_handle_xen_hvm_altp2m_view_t
        assert_eq!(size_of::<__guest_handle_xen_hvm_altp2m_view_t>(), 8usize, "size of __guest_handle_xen_hvm_altp2m_view_t");
        assert_eq!(align_of::<__guest_handle_xen_hvm_altp2m_view_t>(), 8usize, "alignment of __guest_handle_xen_hvm_altp2m_view_t");
        assert_eq!(offset!(__guest_handle_xen_hvm_altp2m_view_t, p), 0usize, "offset of __guest_handle_xen_hvm_altp2m_view_t.p");
        assert_eq!(offset!(__guest_handle_xen_hvm_altp2m_view_t, q), 0usize, "offset of __guest_handle_xen_hvm_altp2m_view_t.q");
        // __guest_handle_xen_hvm_get_mem_type_t
        assert_eq!(size_of::<__guest_handle_xen_hvm_get_mem_type_t>(), 8usize, "size of __guest_handle_xen_hvm_get_mem_type_t");
        assert_eq!(align_of::<__guest_handle_xen_hvm_get_mem_type_t>(), 8usize, "alignment of __guest_handle_xen_hvm_get_mem_type_t");
        assert_eq!(offset!(__guest_handle_xen_hvm_get_mem_type_t, p), 0usize, "offset of __guest_handle_xen_hvm_get_mem_type_t.p");
        assert_eq!(offset!(__guest_handle_xen_hvm_get_mem_type_t, q), 0usize, "offset of __guest_handle_xen_hvm_get_mem_type_t.q");
        // __guest_handle_xen_hvm_get_time_t
        assert_eq!(size_of::<__guest_handle_xen_hvm_get_time_t>(), 8usize, "size of __guest_handle_xen_hvm_get_time_t");
        assert_eq!(align_of::<__guest_handle_xen_hvm_get_time_t>(), 8usize, "alignment of __guest_handle_xen_hvm_get_time_t");
        assert_eq!(offset!(__guest_handle_xen_hvm_get_time_t, p), 0usize, "offset of __guest_handle_xen_hvm_get_time_t.p");
        assert_eq!(offset!(__guest_handle_xen_hvm_get_time_t, q), 0usize, "offset of __guest_handle_xen_hvm_get_time_t.q");
        // __guest_handle_xen_hvm_pagetable_dying_t
        assert_eq!(size_of::<__guest_handle_xen_hvm_pagetable_dying_t>(), 8usize, "size of __guest_handle_xen_hvm_pagetable_dying_t");
        assert_eq!(align_of::<__guest_handle_xen_hvm_pagetable_dying_t>(), 8usize, "alignment of __guest_handle_xen_hvm_pagetable_dying_t");
        assert_eq!(offset!(__guest_handle_xen_hvm_pagetable_dying_t, p), 0usize, "offset of __guest_handle_xen_hvm_pagetable_dying_t.p");
        assert_eq!(offset!(__guest_handle_xen_hvm_pagetable_dying_t, q), 0usize, "offset of __guest_handle_xen_hvm_pagetable_dying_t.q");
        // __guest_handle_xen_hvm_param_t
        assert_eq!(size_of::<__guest_handle_xen_hvm_param_t>(), 8usize, "size of __guest_handle_xen_hvm_param_t");
        assert_eq!(align_of::<__guest_handle_xen_hvm_param_t>(), 8usize, "alignment of __guest_handle_xen_hvm_param_t");
        assert_eq!(offset!(__guest_handle_xen_hvm_param_t, p), 0usize, "offset of __guest_handle_xen_hvm_param_t.p");
        assert_eq!(offset!(__guest_handle_xen_hvm_param_t, q), 0usize, "offset of __guest_handle_xen_hvm_param_t.q");
        // __guest_handle_xen_hvm_xentrace_t
        assert_eq!(size_of::<__guest_handle_xen_hvm_xentrace_t>(), 8usize, "size of __guest_handle_xen_hvm_xentrace_t");
        assert_eq!(align_of::<__guest_handle_xen_hvm_xentrace_t>(), 8usize, "alignment of __guest_handle_xen_hvm_xentrace_t");
        assert_eq!(offset!(__guest_handle_xen_hvm_xentrace_t, p), 0usize, "offset of __guest_handle_xen_hvm_xentrace_t.p");
        assert_eq!(offset!(__guest_handle_xen_hvm_xentrace_t, q), 0usize, "offset of __guest_handle_xen_hvm_xentrace_t.q");
        // __guest_handle_xen_kexec_load_t
        assert_eq!(size_of::<__guest_handle_xen_kexec_load_t>(), 8usize, "size of __guest_handle_xen_kexec_load_t");
        assert_eq!(align_of::<__guest_handle_xen_kexec_load_t>(), 8usize, "alignment of __guest_handle_xen_kexec_load_t");
        assert_eq!(offset!(__guest_handle_xen_kexec_load_t, p), 0usize, "offset of __guest_handle_xen_kexec_load_t.p");
        assert_eq!(offset!(__guest_handle_xen_kexec_load_t, q), 0usize, "offset of __guest_handle_xen_kexec_load_t.q");
        // __guest_handle_xen_kexec_segment_t
        assert_eq!(size_of::<__guest_handle_xen_kexec_segment_t>(), 8usize, "size of __guest_handle_xen_kexec_segment_t");
        assert_eq!(align_of::<__guest_handle_xen_kexec_segment_t>(), 8usize, "alignment of __guest_handle_xen_kexec_segment_t");
        assert_eq!(offset!(__guest_handle_xen_kexec_segment_t, p), 0usize, "offset of __guest_handle_xen_kexec_segment_t.p");
        assert_eq!(offset!(__guest_handle_xen_kexec_segment_t, q), 0usize, "offset of __guest_handle_xen_kexec_segment_t.q");
        // __guest_handle_xen_kexec_status_t
        assert_eq!(size_of::<__guest_handle_xen_kexec_status_t>(), 8usize, "size of __guest_handle_xen_kexec_status_t");
        assert_eq!(align_of::<__guest_handle_xen_kexec_status_t>(), 8usize, "alignment of __guest_handle_xen_kexec_status_t");
        assert_eq!(offset!(__guest_handle_xen_kexec_status_t, p), 0usize, "offset of __guest_handle_xen_kexec_status_t.p");
        assert_eq!(offset!(__guest_handle_xen_kexec_status_t, q), 0usize, "offset of __guest_handle_xen_kexec_status_t.q");
        // __guest_handle_xen_kexec_unload_t
        assert_eq!(size_of::<__guest_handle_xen_kexec_unload_t>(), 8usize, "size of __guest_handle_xen_kexec_unload_t");
        assert_eq!(align_of::<__guest_handle_xen_kexec_unload_t>(), 8usize, "alignment of __guest_handle_xen_kexec_unload_t");
        assert_eq!(offset!(__guest_handle_xen_kexec_unload_t, p), 0usize, "offset of __guest_handle_xen_kexec_unload_t.p");
        assert_eq!(offset!(__guest_handle_xen_kexec_unload_t, q), 0usize, "offset of __guest_handle_xen_kexec_unload_t.q");
        // __guest_handle_xen_machphys_mapping_t
        assert_eq!(size_of::<__guest_handle_xen_machphys_mapping_t>(), 8usize, "size of __guest_handle_xen_machphys_mapping_t");
        assert_eq!(align_of::<__guest_handle_xen_machphys_mapping_t>(), 8usize, "alignment of __guest_handle_xen_machphys_mapping_t");
        assert_eq!(offset!(__guest_handle_xen_machphys_mapping_t, p), 0usize, "offset of __guest_handle_xen_machphys_mapping_t.p");
        assert_eq!(offset!(__guest_handle_xen_machphys_mapping_t, q), 0usize, "offset of __guest_handle_xen_machphys_mapping_t.q");
        // __guest_handle_xen_machphys_mfn_list_t
        assert_eq!(size_of::<__guest_handle_xen_machphys_mfn_list_t>(), 8usize, "size of __guest_handle_xen_machphys_mfn_list_t");
        assert_eq!(align_of::<__guest_handle_xen_machphys_mfn_list_t>(), 8usize, "alignment of __guest_handle_xen_machphys_mfn_list_t");
        assert_eq!(offset!(__guest_handle_xen_machphys_mfn_list_t, p), 0usize, "offset of __guest_handle_xen_machphys_mfn_list_t.p");
        assert_eq!(offset!(__guest_handle_xen_machphys_mfn_list_t, q), 0usize, "offset of __guest_handle_xen_machphys_mfn_list_t.q");
        // __guest_handle_xen_mem_acquire_resource_t
        assert_eq!(size_of::<__guest_handle_xen_mem_acquire_resource_t>(), 8usize, "size of __guest_handle_xen_mem_acquire_resource_t");
        assert_eq!(align_of::<__guest_handle_xen_mem_acquire_resource_t>(), 8usize, "alignment of __guest_handle_xen_mem_acquire_resource_t");
        assert_eq!(offset!(__guest_handle_xen_mem_acquire_resource_t, p), 0usize, "offset of __guest_handle_xen_mem_acquire_resource_t.p");
        assert_eq!(offset!(__guest_handle_xen_mem_acquire_resource_t, q), 0usize, "offset of __guest_handle_xen_mem_acquire_resource_t.q");
        // __guest_handle_xen_memory_exchange_t
        assert_eq!(size_of::<__guest_handle_xen_memory_exchange_t>(), 8usize, "size of __guest_handle_xen_memory_exchange_t");
        assert_eq!(align_of::<__guest_handle_xen_memory_exchange_t>(), 8usize, "alignment of __guest_handle_xen_memory_exchange_t");
        assert_eq!(offset!(__guest_handle_xen_memory_exchange_t, p), 0usize, "offset of __guest_handle_xen_memory_exchange_t.p");
        assert_eq!(offset!(__guest_handle_xen_memory_exchange_t, q), 0usize, "offset of __guest_handle_xen_memory_exchange_t.q");
        // __guest_handle_xen_memory_map_t
        assert_eq!(size_of::<__guest_handle_xen_memory_map_t>(), 8usize, "size of __guest_handle_xen_memory_map_t");
        assert_eq!(align_of::<__guest_handle_xen_memory_map_t>(), 8usize, "alignment of __guest_handle_xen_memory_map_t");
        assert_eq!(offset!(__guest_handle_xen_memory_map_t, p), 0usize, "offset of __guest_handle_xen_memory_map_t.p");
        assert_eq!(offset!(__guest_handle_xen_memory_map_t, q), 0usize, "offset of __guest_handle_xen_memory_map_t.q");
        // __guest_handle_xen_memory_reservation_t
        assert_eq!(size_of::<__guest_handle_xen_memory_reservation_t>(), 8usize, "size of __guest_handle_xen_memory_reservation_t");
        assert_eq!(align_of::<__guest_handle_xen_memory_reservation_t>(), 8usize, "alignment of __guest_handle_xen_memory_reservation_t");
        assert_eq!(offset!(__guest_handle_xen_memory_reservation_t, p), 0usize, "offset of __guest_handle_xen_memory_reservation_t.p");
        assert_eq!(offset!(__guest_handle_xen_memory_reservation_t, q), 0usize, "offset of __guest_handle_xen_memory_reservation_t.q");
        // __guest_handle_xen_pfn_t
        assert_eq!(size_of::<__guest_handle_xen_pfn_t>(), 8usize, "size of __guest_handle_xen_pfn_t");
        assert_eq!(align_of::<__guest_handle_xen_pfn_t>(), 8usize, "alignment of __guest_handle_xen_pfn_t");
        assert_eq!(offset!(__guest_handle_xen_pfn_t, p), 0usize, "offset of __guest_handle_xen_pfn_t.p");
        assert_eq!(offset!(__guest_handle_xen_pfn_t, q), 0usize, "offset of __guest_handle_xen_pfn_t.q");
        // __guest_handle_xen_platform_op_t
        assert_eq!(size_of::<__guest_handle_xen_platform_op_t>(), 8usize, "size of __guest_handle_xen_platform_op_t");
        assert_eq!(align_of::<__guest_handle_xen_platform_op_t>(), 8usize, "alignment of __guest_handle_xen_platform_op_t");
        assert_eq!(offset!(__guest_handle_xen_platform_op_t, p), 0usize, "offset of __guest_handle_xen_platform_op_t.p");
        assert_eq!(offset!(__guest_handle_xen_platform_op_t, q), 0usize, "offset of __guest_handle_xen_platform_op_t.q");
        // __guest_handle_xen_pmu_params_t
        assert_eq!(size_of::<__guest_handle_xen_pmu_params_t>(), 8usize, "size of __guest_handle_xen_pmu_params_t");
        assert_eq!(align_of::<__guest_handle_xen_pmu_params_t>(), 8usize, "alignment of __guest_handle_xen_pmu_params_t");
        assert_eq!(offset!(__guest_handle_xen_pmu_params_t, p), 0usize, "offset of __guest_handle_xen_pmu_params_t.p");
        assert_eq!(offset!(__guest_handle_xen_pmu_params_t, q), 0usize, "offset of __guest_handle_xen_pmu_params_t.q");
        // __guest_handle_xen_processor_csd_t
        assert_eq!(size_of::<__guest_handle_xen_processor_csd_t>(), 8usize, "size of __guest_handle_xen_processor_csd_t");
        assert_eq!(align_of::<__guest_handle_xen_processor_csd_t>(), 8usize, "alignment of __guest_handle_xen_processor_csd_t");
        assert_eq!(offset!(__guest_handle_xen_processor_csd_t, p), 0usize, "offset of __guest_handle_xen_processor_csd_t.p");
        assert_eq!(offset!(__guest_handle_xen_processor_csd_t, q), 0usize, "offset of __guest_handle_xen_processor_csd_t.q");
        // __guest_handle_xen_processor_cx_t
        assert_eq!(size_of::<__guest_handle_xen_processor_cx_t>(), 8usize, "size of __guest_handle_xen_processor_cx_t");
        assert_eq!(align_of::<__guest_handle_xen_processor_cx_t>(), 8usize, "alignment of __guest_handle_xen_processor_cx_t");
        assert_eq!(offset!(__guest_handle_xen_processor_cx_t, p), 0usize, "offset of __guest_handle_xen_processor_cx_t.p");
        assert_eq!(offset!(__guest_handle_xen_processor_cx_t, q), 0usize, "offset of __guest_handle_xen_processor_cx_t.q");
        // __guest_handle_xen_processor_performance_t
        assert_eq!(size_of::<__guest_handle_xen_processor_performance_t>(), 8usize, "size of __guest_handle_xen_processor_performance_t");
        assert_eq!(align_of::<__guest_handle_xen_processor_performance_t>(), 8usize, "alignment of __guest_handle_xen_processor_performance_t");
        assert_eq!(offset!(__guest_handle_xen_processor_performance_t, p), 0usize, "offset of __guest_handle_xen_processor_performance_t.p");
        assert_eq!(offset!(__guest_handle_xen_processor_performance_t, q), 0usize, "offset of __guest_handle_xen_processor_performance_t.q");
        // __guest_handle_xen_processor_px_t
        assert_eq!(size_of::<__guest_handle_xen_processor_px_t>(), 8usize, "size of __guest_handle_xen_processor_px_t");
        assert_eq!(align_of::<__guest_handle_xen_processor_px_t>(), 8usize, "alignment of __guest_handle_xen_processor_px_t");
        assert_eq!(offset!(__guest_handle_xen_processor_px_t, p), 0usize, "offset of __guest_handle_xen_processor_px_t.p");
        assert_eq!(offset!(__guest_handle_xen_processor_px_t, q), 0usize, "offset of __guest_handle_xen_processor_px_t.q");
        // __guest_handle_xen_remove_from_physmap_t
        assert_eq!(size_of::<__guest_handle_xen_remove_from_physmap_t>(), 8usize, "size of __guest_handle_xen_remove_from_physmap_t");
        assert_eq!(align_of::<__guest_handle_xen_remove_from_physmap_t>(), 8usize, "alignment of __guest_handle_xen_remove_from_physmap_t");
        assert_eq!(offset!(__guest_handle_xen_remove_from_physmap_t, p), 0usize, "offset of __guest_handle_xen_remove_from_physmap_t.p");
        assert_eq!(offset!(__guest_handle_xen_remove_from_physmap_t, q), 0usize, "offset of __guest_handle_xen_remove_from_physmap_t.q");
        // __guest_handle_xen_ulong_t
        assert_eq!(size_of::<__guest_handle_xen_ulong_t>(), 8usize, "size of __guest_handle_xen_ulong_t");
        assert_eq!(align_of::<__guest_handle_xen_ulong_t>(), 8usize, "alignment of __guest_handle_xen_ulong_t");
        assert_eq!(offset!(__guest_handle_xen_ulong_t, p), 0usize, "offset of __guest_handle_xen_ulong_t.p");
        assert_eq!(offset!(__guest_handle_xen_ulong_t, q), 0usize, "offset of __guest_handle_xen_ulong_t.q");
        // __guest_handle_xen_vmemrange_t
        assert_eq!(size_of::<__guest_handle_xen_vmemrange_t>(), 8usize, "size of __guest_handle_xen_vmemrange_t");
        assert_eq!(align_of::<__guest_handle_xen_vmemrange_t>(), 8usize, "alignment of __guest_handle_xen_vmemrange_t");
        assert_eq!(offset!(__guest_handle_xen_vmemrange_t, p), 0usize, "offset of __guest_handle_xen_vmemrange_t.p");
        assert_eq!(offset!(__guest_handle_xen_vmemrange_t, q), 0usize, "offset of __guest_handle_xen_vmemrange_t.q");
        // __guest_handle_xen_vnuma_topology_info_t
        assert_eq!(size_of::<__guest_handle_xen_vnuma_topology_info_t>(), 8usize, "size of __guest_handle_xen_vnuma_topology_info_t");
        assert_eq!(align_of::<__guest_handle_xen_vnuma_topology_info_t>(), 8usize, "alignment of __guest_handle_xen_vnuma_topology_info_t");
        assert_eq!(offset!(__guest_handle_xen_vnuma_topology_info_t, p), 0usize, "offset of __guest_handle_xen_vnuma_topology_info_t.p");
        assert_eq!(offset!(__guest_handle_xen_vnuma_topology_info_t, q), 0usize, "offset of __guest_handle_xen_vnuma_topology_info_t.q");
        // __guest_handle_xennmi_callback_t
        assert_eq!(size_of::<__guest_handle_xennmi_callback_t>(), 8usize, "size of __guest_handle_xennmi_callback_t");
        assert_eq!(align_of::<__guest_handle_xennmi_callback_t>(), 8usize, "alignment of __guest_handle_xennmi_callback_t");
        assert_eq!(offset!(__guest_handle_xennmi_callback_t, p), 0usize, "offset of __guest_handle_xennmi_callback_t.p");
        assert_eq!(offset!(__guest_handle_xennmi_callback_t, q), 0usize, "offset of __guest_handle_xennmi_callback_t.q");
        // __guest_handle_xenoprof_buf_t
        assert_eq!(size_of::<__guest_handle_xenoprof_buf_t>(), 8usize, "size of __guest_handle_xenoprof_buf_t");
        assert_eq!(align_of::<__guest_handle_xenoprof_buf_t>(), 8usize, "alignment of __guest_handle_xenoprof_buf_t");
        assert_eq!(offset!(__guest_handle_xenoprof_buf_t, p), 0usize, "offset of __guest_handle_xenoprof_buf_t.p");
        assert_eq!(offset!(__guest_handle_xenoprof_buf_t, q), 0usize, "offset of __guest_handle_xenoprof_buf_t.q");
        // __guest_handle_xenoprof_counter_t
        assert_eq!(size_of::<__guest_handle_xenoprof_counter_t>(), 8usize, "size of __guest_handle_xenoprof_counter_t");
        assert_eq!(align_of::<__guest_handle_xenoprof_counter_t>(), 8usize, "alignment of __guest_handle_xenoprof_counter_t");
        assert_eq!(offset!(__guest_handle_xenoprof_counter_t, p), 0usize, "offset of __guest_handle_xenoprof_counter_t.p");
        assert_eq!(offset!(__guest_handle_xenoprof_counter_t, q), 0usize, "offset of __guest_handle_xenoprof_counter_t.q");
        // __guest_handle_xenoprof_get_buffer_t
        assert_eq!(size_of::<__guest_handle_xenoprof_get_buffer_t>(), 8usize, "size of __guest_handle_xenoprof_get_buffer_t");
        assert_eq!(align_of::<__guest_handle_xenoprof_get_buffer_t>(), 8usize, "alignment of __guest_handle_xenoprof_get_buffer_t");
        assert_eq!(offset!(__guest_handle_xenoprof_get_buffer_t, p), 0usize, "offset of __guest_handle_xenoprof_get_buffer_t.p");
        assert_eq!(offset!(__guest_handle_xenoprof_get_buffer_t, q), 0usize, "offset of __guest_handle_xenoprof_get_buffer_t.q");
        // __guest_handle_xenoprof_ibs_counter_t
        assert_eq!(size_of::<__guest_handle_xenoprof_ibs_counter_t>(), 8usize, "size of __guest_handle_xenoprof_ibs_counter_t");
        assert_eq!(align_of::<__guest_handle_xenoprof_ibs_counter_t>(), 8usize, "alignment of __guest_handle_xenoprof_ibs_counter_t");
        assert_eq!(offset!(__guest_handle_xenoprof_ibs_counter_t, p), 0usize, "offset of __guest_handle_xenoprof_ibs_counter_t.p");
        assert_eq!(offset!(__guest_handle_xenoprof_ibs_counter_t, q), 0usize, "offset of __guest_handle_xenoprof_ibs_counter_t.q");
        // __guest_handle_xenoprof_init_t
        assert_eq!(size_of::<__guest_handle_xenoprof_init_t>(), 8usize, "size of __guest_handle_xenoprof_init_t");
        assert_eq!(align_of::<__guest_handle_xenoprof_init_t>(), 8usize, "alignment of __guest_handle_xenoprof_init_t");
        assert_eq!(offset!(__guest_handle_xenoprof_init_t, p), 0usize, "offset of __guest_handle_xenoprof_init_t.p");
        assert_eq!(offset!(__guest_handle_xenoprof_init_t, q), 0usize, "offset of __guest_handle_xenoprof_init_t.q");
        // __guest_handle_xenoprof_passive_t
        assert_eq!(size_of::<__guest_handle_xenoprof_passive_t>(), 8usize, "size of __guest_handle_xenoprof_passive_t");
        assert_eq!(align_of::<__guest_handle_xenoprof_passive_t>(), 8usize, "alignment of __guest_handle_xenoprof_passive_t");
        assert_eq!(offset!(__guest_handle_xenoprof_passive_t, p), 0usize, "offset of __guest_handle_xenoprof_passive_t.p");
        assert_eq!(offset!(__guest_handle_xenoprof_passive_t, q), 0usize, "offset of __guest_handle_xenoprof_passive_t.q");
        // __guest_handle_xenpf_add_memtype_t
        assert_eq!(size_of::<__guest_handle_xenpf_add_memtype_t>(), 8usize, "size of __guest_handle_xenpf_add_memtype_t");
        assert_eq!(align_of::<__guest_handle_xenpf_add_memtype_t>(), 8usize, "alignment of __guest_handle_xenpf_add_memtype_t");
        assert_eq!(offset!(__guest_handle_xenpf_add_memtype_t, p), 0usize, "offset of __guest_handle_xenpf_add_memtype_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_add_memtype_t, q), 0usize, "offset of __guest_handle_xenpf_add_memtype_t.q");
        // __guest_handle_xenpf_change_freq_t
        assert_eq!(size_of::<__guest_handle_xenpf_change_freq_t>(), 8usize, "size of __guest_handle_xenpf_change_freq_t");
        assert_eq!(align_of::<__guest_handle_xenpf_change_freq_t>(), 8usize, "alignment of __guest_handle_xenpf_change_freq_t");
        assert_eq!(offset!(__guest_handle_xenpf_change_freq_t, p), 0usize, "offset of __guest_handle_xenpf_change_freq_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_change_freq_t, q), 0usize, "offset of __guest_handle_xenpf_change_freq_t.q");
        // __guest_handle_xenpf_core_parking_t
        assert_eq!(size_of::<__guest_handle_xenpf_core_parking_t>(), 8usize, "size of __guest_handle_xenpf_core_parking_t");
        assert_eq!(align_of::<__guest_handle_xenpf_core_parking_t>(), 8usize, "alignment of __guest_handle_xenpf_core_parking_t");
        assert_eq!(offset!(__guest_handle_xenpf_core_parking_t, p), 0usize, "offset of __guest_handle_xenpf_core_parking_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_core_parking_t, q), 0usize, "offset of __guest_handle_xenpf_core_parking_t.q");
        // __guest_handle_xenpf_cpu_ol_t
        assert_eq!(size_of::<__guest_handle_xenpf_cpu_ol_t>(), 8usize, "size of __guest_handle_xenpf_cpu_ol_t");
        assert_eq!(align_of::<__guest_handle_xenpf_cpu_ol_t>(), 8usize, "alignment of __guest_handle_xenpf_cpu_ol_t");
        assert_eq!(offset!(__guest_handle_xenpf_cpu_ol_t, p), 0usize, "offset of __guest_handle_xenpf_cpu_ol_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_cpu_ol_t, q), 0usize, "offset of __guest_handle_xenpf_cpu_ol_t.q");
        // __guest_handle_xenpf_del_memtype_t
        assert_eq!(size_of::<__guest_handle_xenpf_del_memtype_t>(), 8usize, "size of __guest_handle_xenpf_del_memtype_t");
        assert_eq!(align_of::<__guest_handle_xenpf_del_memtype_t>(), 8usize, "alignment of __guest_handle_xenpf_del_memtype_t");
        assert_eq!(offset!(__guest_handle_xenpf_del_memtype_t, p), 0usize, "offset of __guest_handle_xenpf_del_memtype_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_del_memtype_t, q), 0usize, "offset of __guest_handle_xenpf_del_memtype_t.q");
    }

    #[test]
    fn layout_010() {
        // __guest_handle_xenpf_dom0_console_t
        assert_eq!(size_of::<__guest_handle_xenpf_dom0_console_t>(), 8usize, "size of __guest_handle_xenpf_dom0_console_t");
        assert_eq!(align_of::<__guest_handle_xenpf_dom0_console_t>(), 8usize, "alignment of __guest_handle_xenpf_dom0_console_t");
        assert_eq!(offset!(__guest_handle_xenpf_dom0_console_t, p), 0usize, "offset of __guest_handle_xenpf_dom0_console_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_dom0_console_t, q), 0usize, "offset of __guest_handle_xenpf_dom0_console_t.q");
        // __guest_handle_xenpf_efi_runtime_call_t
        assert_eq!(size_of::<__guest_handle_xenpf_efi_runtime_call_t>(), 8usize, "size of __guest_handle_xenpf_efi_runtime_call_t");
        assert_eq!(align_of::<__guest_handle_xenpf_efi_runtime_call_t>(), 8usize, "alignment of __guest_handle_xenpf_efi_runtime_call_t");
        assert_eq!(offset!(__guest_handle_xenpf_efi_runtime_call_t, p), 0usize, "offset of __guest_handle_xenpf_efi_runtime_call_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_efi_runtime_call_t, q), 0usize, "offset of __guest_handle_xenpf_efi_runtime_call_t.q");
        // __guest_handle_xenpf_enter_acpi_sleep_t
        assert_eq!(size_of::<__guest_handle_xenpf_enter_acpi_sleep_t>(), 8usize, "size of __guest_handle_xenpf_enter_acpi_sleep_t");
        assert_eq!(align_of::<__guest_handle_xenpf_enter_acpi_sleep_t>(), 8usize, "alignment of __guest_handle_xenpf_enter_acpi_sleep_t");
        assert_eq!(offset!(__guest_handle_xenpf_enter_acpi_sleep_t, p), 0usize, "offset of __guest_handle_xenpf_enter_acpi_sleep_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_enter_acpi_sleep_t, q), 0usize, "offset of __guest_handle_xenpf_enter_acpi_sleep_t.q");
        // __guest_handle_xenpf_firmware_info_t
        assert_eq!(size_of::<__guest_handle_xenpf_firmware_info_t>(), 8usize, "size of __guest_handle_xenpf_firmware_info_t");
        assert_eq!(align_of::<__guest_handle_xenpf_firmware_info_t>(), 8usize, "alignment of __guest_handle_xenpf_firmware_info_t");
        assert_eq!(offset!(__guest_handle_xenpf_firmware_info_t, p), 0usize, "offset of __guest_handle_xenpf_firmware_info_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_firmware_info_t, q), 0usize, "offset of __guest_handle_xenpf_firmware_info_t.q");
        // __guest_handle_xenpf_getidletime_t
        assert_eq!(size_of::<__guest_handle_xenpf_getidletime_t>(), 8usize, "size of __guest_handle_xenpf_getidletime_t");
        assert_eq!(align_of::<__guest_handle_xenpf_getidletime_t>(), 8usize, "alignment of __guest_handle_xenpf_getidletime_t");
        assert_eq!(offset!(__guest_handle_xenpf_getidletime_t, p), 0usize, "offset of __guest_handle_xenpf_getidletime_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_getidletime_t, q), 0usize, "offset of __guest_handle_xenpf_getidletime_t.q");
        // __guest_handle_xenpf_microcode_update2_t
        assert_eq!(size_of::<__guest_handle_xenpf_microcode_update2_t>(), 8usize, "size of __guest_handle_xenpf_microcode_update2_t");
        assert_eq!(align_of::<__guest_handle_xenpf_microcode_update2_t>(), 8usize, "alignment of __guest_handle_xenpf_microcode_update2_t");
        assert_eq!(offset!(__guest_handle_xenpf_microcode_update2_t, p), 0usize, "offset of __guest_handle_xenpf_microcode_update2_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_microcode_update2_t, q), 0usize, "offset of __guest_handle_xenpf_microcode_update2_t.q");
        // __guest_handle_xenpf_microcode_update_t
        assert_eq!(size_of::<__guest_handle_xenpf_microcode_update_t>(), 8usize, "size of __guest_handle_xenpf_microcode_update_t");
        assert_eq!(align_of::<__guest_handle_xenpf_microcode_update_t>(), 8usize, "alignment of __guest_handle_xenpf_microcode_update_t");
        assert_eq!(offset!(__guest_handle_xenpf_microcode_update_t, p), 0usize, "offset of __guest_handle_xenpf_microcode_update_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_microcode_update_t, q), 0usize, "offset of __guest_handle_xenpf_microcode_update_t.q");
        // __guest_handle_xenpf_pcpu_version_t
        assert_eq!(size_of::<__guest_handle_xenpf_pcpu_version_t>(), 8usize, "size of __guest_handle_xenpf_pcpu_version_t");
        assert_eq!(align_of::<__guest_handle_xenpf_pcpu_version_t>(), 8usize, "alignment of __guest_handle_xenpf_pcpu_version_t");
        assert_eq!(offset!(__guest_handle_xenpf_pcpu_version_t, p), 0usize, "offset of __guest_handle_xenpf_pcpu_version_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_pcpu_version_t, q), 0usize, "offset of __guest_handle_xenpf_pcpu_version_t.q");
        // __guest_handle_xenpf_pcpuinfo_t
        assert_eq!(size_of::<__guest_handle_xenpf_pcpuinfo_t>(), 8usize, "size of __guest_handle_xenpf_pcpuinfo_t");
        assert_eq!(align_of::<__guest_handle_xenpf_pcpuinfo_t>(), 8usize, "alignment of __guest_handle_xenpf_pcpuinfo_t");
        assert_eq!(offset!(__guest_handle_xenpf_pcpuinfo_t, p), 0usize, "offset of __guest_handle_xenpf_pcpuinfo_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_pcpuinfo_t, q), 0usize, "offset of __guest_handle_xenpf_pcpuinfo_t.q");
        // __guest_handle_xenpf_platform_quirk_t
        assert_eq!(size_of::<__guest_handle_xenpf_platform_quirk_t>(), 8usize, "size of __guest_handle_xenpf_platform_quirk_t");
        assert_eq!(align_of::<__guest_handle_xenpf_platform_quirk_t>(), 8usize, "alignment of __guest_handle_xenpf_platform_quirk_t");
        assert_eq!(offset!(__guest_handle_xenpf_platform_quirk_t, p), 0usize, "offset of __guest_handle_xenpf_platform_quirk_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_platform_quirk_t, q), 0usize, "offset of __guest_handle_xenpf_platform_quirk_t.q");
        // __guest_handle_xenpf_read_memtype_t
        assert_eq!(size_of::<__guest_handle_xenpf_read_memtype_t>(), 8usize, "size of __guest_handle_xenpf_read_memtype_t");
        assert_eq!(align_of::<__guest_handle_xenpf_read_memtype_t>(), 8usize, "alignment of __guest_handle_xenpf_read_memtype_t");
        assert_eq!(offset!(__guest_handle_xenpf_read_memtype_t, p), 0usize, "offset of __guest_handle_xenpf_read_memtype_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_read_memtype_t, q), 0usize, "offset of __guest_handle_xenpf_read_memtype_t.q");
        // __guest_handle_xenpf_resource_entry_t
        assert_eq!(size_of::<__guest_handle_xenpf_resource_entry_t>(), 8usize, "size of __guest_handle_xenpf_resource_entry_t");
        assert_eq!(align_of::<__guest_handle_xenpf_resource_entry_t>(), 8usize, "alignment of __guest_handle_xenpf_resource_entry_t");
        assert_eq!(offset!(__guest_handle_xenpf_resource_entry_t, p), 0usize, "offset of __guest_handle_xenpf_resource_entry_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_resource_entry_t, q), 0usize, "offset of __guest_handle_xenpf_resource_entry_t.q");
        // __guest_handle_xenpf_resource_op_t
        assert_eq!(size_of::<__guest_handle_xenpf_resource_op_t>(), 8usize, "size of __guest_handle_xenpf_resource_op_t");
        assert_eq!(align_of::<__guest_handle_xenpf_resource_op_t>(), 8usize, "alignment of __guest_handle_xenpf_resource_op_t");
        assert_eq!(offset!(__guest_handle_xenpf_resource_op_t, p), 0usize, "offset of __guest_handle_xenpf_resource_op_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_resource_op_t, q), 0usize, "offset of __guest_handle_xenpf_resource_op_t.q");
        // __guest_handle_xenpf_set_processor_pminfo_t
        assert_eq!(size_of::<__guest_handle_xenpf_set_processor_pminfo_t>(), 8usize, "size of __guest_handle_xenpf_set_processor_pminfo_t");
        assert_eq!(align_of::<__guest_handle_xenpf_set_processor_pminfo_t>(), 8usize, "alignment of __guest_handle_xenpf_set_processor_pminfo_t");
        assert_eq!(offset!(__guest_handle_xenpf_set_processor_pminfo_t, p), 0usize, "offset of __guest_handle_xenpf_set_processor_pminfo_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_set_processor_pminfo_t, q), 0usize, "offset of __guest_handle_xenpf_set_processor_pminfo_t.q");
        // __guest_handle_xenpf_settime_t
        assert_eq!(size_of::<__guest_handle_xenpf_settime_t>(), 8usize, "size of __guest_handle_xenpf_settime_t");
        assert_eq!(align_of::<__guest_handle_xenpf_settime_t>(), 8usize, "alignment of __guest_handle_xenpf_settime_t");
        assert_eq!(offset!(__guest_handle_xenpf_settime_t, p), 0usize, "offset of __guest_handle_xenpf_settime_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_settime_t, q), 0usize, "offset of __guest_handle_xenpf_settime_t.q");
        // __guest_handle_xenpf_symdata_t
        assert_eq!(size_of::<__guest_handle_xenpf_symdata_t>(), 8usize, "size of __guest_handle_xenpf_symdata_t");
        assert_eq!(align_of::<__guest_handle_xenpf_symdata_t>(), 8usize, "alignment of __guest_handle_xenpf_symdata_t");
        assert_eq!(offset!(__guest_handle_xenpf_symdata_t, p), 0usize, "offset of __guest_handle_xenpf_symdata_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_symdata_t, q), 0usize, "offset of __guest_handle_xenpf_symdata_t.q");
        // __guest_handle_xenpf_ucode_revision_t
        assert_eq!(size_of::<__guest_handle_xenpf_ucode_revision_t>(), 8usize, "size of __guest_handle_xenpf_ucode_revision_t");
        assert_eq!(align_of::<__guest_handle_xenpf_ucode_revision_t>(), 8usize, "alignment of __guest_handle_xenpf_ucode_revision_t");
        assert_eq!(offset!(__guest_handle_xenpf_ucode_revision_t, p), 0usize, "offset of __guest_handle_xenpf_ucode_revision_t.p");
        assert_eq!(offset!(__guest_handle_xenpf_ucode_revision_t, q), 0usize, "offset of __guest_handle_xenpf_ucode_revision_t.q");
        // arch_shared_info
        assert_eq!(size_of::<arch_shared_info>(), 0usize, "size of arch_shared_info");
        assert_eq!(align_of::<arch_shared_info>(), 1usize, "alignment of arch_shared_info");
        // arch_shared_info_t
        assert_eq!(size_of::<arch_shared_info_t>(), 0usize, "size of arch_shared_info_t");
        assert_eq!(align_of::<arch_shared_info_t>(), 1usize, "alignment of arch_shared_info_t");
        // arch_vcpu_info
        assert_eq!(size_of::<arch_vcpu_info>(), 0usize, "size of arch_vcpu_info");
        assert_eq!(align_of::<arch_vcpu_info>(), 1usize, "alignment of arch_vcpu_info");
        // arch_vcpu_info_t
        assert_eq!(size_of::<arch_vcpu_info_t>(), 0usize, "size of arch_vcpu_info_t");
        assert_eq!(align_of::<arch_vcpu_info_t>(), 1usize, "alignment of arch_vcpu_info_t");
        // blkif_back_ring
        assert_eq!(size_of::<blkif_back_ring>(), 24usize, "size of blkif_back_ring");
        assert_eq!(align_of::<blkif_back_ring>(), 8usize, "alignment of blkif_back_ring");
        assert_eq!(offset!(blkif_back_ring, rsp_prod_pvt), 0usize, "offset of blkif_back_ring.rsp_prod_pvt");
        assert_eq!(offset!(blkif_back_ring, req_cons), 4usize, "offset of blkif_back_ring.req_cons");
        assert_eq!(offset!(blkif_back_ring, nr_ents), 8usize, "offset of blkif_back_ring.nr_ents");
        assert_eq!(offset!(blkif_back_ring, sring), 16usize, "offset of blkif_back_ring.sring");
        // blkif_back_ring_t
        assert_eq!(size_of::<blkif_back_ring_t>(), 24usize, "size of blkif_back_ring_t");
        assert_eq!(align_of::<blkif_back_ring_t>(), 8usize, "alignment of blkif_back_ring_t");
        // blkif_front_ring
        assert_eq!(size_of::<blkif_front_ring>(), 24usize, "size of blkif_front_ring");
        assert_eq!(align_of::<blkif_front_ring>(), 8usize, "alignment of blkif_front_ring");
        assert_eq!(offset!(blkif_front_ring, req_prod_pvt), 0usize, "offset of blkif_front_ring.req_prod_pvt");
        assert_eq!(offset!(blkif_front_ring, rsp_cons), 4usize, "offset of blkif_front_ring.rsp_cons");
        assert_eq!(offset!(blkif_front_ring, nr_ents), 8usize, "offset of blkif_front_ring.nr_ents");
        assert_eq!(offset!(blkif_front_ring, sring), 16usize, "offset of blkif_front_ring.sring");
        // blkif_front_ring_t
        assert_eq!(size_of::<blkif_front_ring_t>(), 24usize, "size of blkif_front_ring_t");
        assert_eq!(align_of::<blkif_front_ring_t>(), 8usize, "alignment of blkif_front_ring_t");
        // blkif_request_discard
        assert_eq!(size_of::<blkif_request_discard>(), 32usize, "size of blkif_request_discard");
        assert_eq!(align_of::<blkif_request_discard>(), 8usize, "alignment of blkif_request_discard");
        assert_eq!(offset!(blkif_request_discard, operation), 0usize, "offset of blkif_request_discard.operation");
        assert_eq!(offset!(blkif_request_discard, flag), 1usize, "offset of blkif_request_discard.flag");
        assert_eq!(offset!(blkif_request_discard, handle), 2usize, "offset of blkif_request_discard.handle");
        assert_eq!(offset!(blkif_request_discard, id), 8usize, "offset of blkif_request_discard.id");
        assert_eq!(offset!(blkif_request_discard, sector_number), 16usize, "offset of blkif_request_discard.sector_number");
        assert_eq!(offset!(blkif_request_discard, nr_sectors), 24usize, "offset of blkif_request_discard.nr_sectors");
        // blkif_request_discard_t
        assert_eq!(size_of::<blkif_request_discard_t>(), 32usize, "size of blkif_request_discard_t");
        assert_eq!(align_of::<blkif_request_discard_t>(), 8usize, "alignment of blkif_request_discard_t");
        // grant_ref_t
        assert_eq!(size_of::<grant_ref_t>(), 4usize, "size of grant_ref_t");
        assert_eq!(align_of::<grant_ref_t>(), 4usize, "alignment of grant_ref_t");
        // blkif_request_indirect
        assert_eq!(size_of::<blkif_request_indirect>(), 64usize, "size of blkif_request_indirect");
        assert_eq!(align_of::<blkif_request_indirect>(), 8usize, "alignment of blkif_request_indirect");
        assert_eq!(offset!(blkif_request_indirect, operation), 0usize, "offset of blkif_request_indirect.operation");
        assert_eq!(offset!(blkif_request_indirect, indirect_op), 1usize, "offset of blkif_request_indirect.indirect_op");
        assert_eq!(offset!(blkif_request_indirect, nr_segments), 2usize, "offset of blkif_request_indirect.nr_segments");
        assert_eq!(offset!(blkif_request_indirect, id), 8usize, "offset of blkif_request_indirect.id");
        assert_eq!(offset!(blkif_request_indirect, sector_number), 16usize, "offset of blkif_request_indirect.sector_number");
        assert_eq!(offset!(blkif_request_indirect, handle), 24usize, "offset of blkif_request_indirect.handle");
        assert_eq!(offset!(blkif_request_indirect, indirect_grefs), 28usize, "offset of blkif_request_indirect.indirect_grefs");
        // blkif_request_indirect_t
        assert_eq!(size_of::<blkif_request_indirect_t>(), 64usize, "size of blkif_request_indirect_t");
        assert_eq!(align_of::<blkif_request_indirect_t>(), 8usize, "alignment of blkif_request_indirect_t");
        // blkif_request_segment
        assert_eq!(size_of::<blkif_request_segment>(), 8usize, "size of blkif_request_segment");
        assert_eq!(align_of::<blkif_request_segment>(), 4usize, "alignment of blkif_request_segment");
        assert_eq!(offset!(blkif_request_segment, gref), 0usize, "offset of blkif_request_segment.gref");
        assert_eq!(offset!(blkif_request_segment, first_sect), 4usize, "offset of blkif_request_segment.first_sect");
        assert_eq!(offset!(blkif_request_segment, last_sect), 5usize, "offset of blkif_request_segment.last_sect");
        // blkif_request
        assert_eq!(size_of::<blkif_request>(), 112usize, "size of blkif_request");
        assert_eq!(align_of::<blkif_request>(), 8usize, "alignment of blkif_request");
        assert_eq!(offset!(blkif_request, operation), 0usize, "offset of blkif_request.operation");
        assert_eq!(offset!(blkif_request, nr_segments), 1usize, "offset of blkif_request.nr_segments");
        assert_eq!(offset!(blkif_request, handle), 2usize, "offset of blkif_request.handle");
        assert_eq!(offset!(blkif_request, id), 8usize, "offset of blkif_request.id");
        assert_eq!(offset!(blkif_request, sector_number), 16usize, "offset of blkif_request.sector_number");
        assert_eq!(offset!(blkif_request, seg), 24usize, "offset of blkif_request.seg");
        // blkif_request_t
        assert_eq!(size_of::<blkif_request_t>(), 112usize, "size of blkif_request_t");
        assert_eq!(align_of::<blkif_request_t>(), 8usize, "alignment of blkif_request_t");
        // blkif_response
        assert_eq!(size_of::<blkif_response>(), 16usize, "size of blkif_response");
        assert_eq!(align_of::<blkif_response>(), 8usize, "alignment of blkif_response");
        assert_eq!(offset!(blkif_response, id), 0usize, "offset of blkif_response.id");
        assert_eq!(offset!(blkif_response, operation), 8usize, "offset of blkif_response.operation");
        assert_eq!(offset!(blkif_response, status), 10usize, "offset of blkif_response.status");
        // blkif_response_t
        assert_eq!(size_of::<blkif_response_t>(), 16usize, "size of blkif_response_t");
        assert_eq!(align_of::<blkif_response_t>(), 8usize, "alignment of blkif_response_t");
        // blkif_sring_entry
        assert_eq!(size_of::<blkif_sring_entry>(), 112usize, "size of blkif_sring_entry");
        assert_eq!(align_of::<blkif_sring_entry>(), 8usize, "alignment of blkif_sring_entry");
        assert_eq!(offset!(blkif_sring_entry, req), 0usize, "offset of blkif_sring_entry.req");
        assert_eq!(offset!(blkif_sring_entry, rsp), 0usize, "offset of blkif_sring_entry.rsp");
        // blkif_sring
        assert_eq!(size_of::<blkif_sring>(), 64usize, "size of blkif_sring");
        assert_eq!(align_of::<blkif_sring>(), 8usize, "alignment of blkif_sring");
        assert_eq!(offset!(blkif_sring, req_prod), 0usize, "offset of blkif_sring.req_prod");
        assert_eq!(offset!(blkif_sring, req_event), 4usize, "offset of blkif_sring.req_event");
        assert_eq!(offset!(blkif_sring, rsp_prod), 8usize, "offset of blkif_sring.rsp_prod");
        assert_eq!(offset!(blkif_sring, rsp_event), 12usize, "offset of blkif_sring.rsp_event");
        assert_eq!(offset!(blkif_sring, pvt), 16usize, "offset of blkif_sring.pvt");
        assert_eq!(offset!(blkif_sring, __pad), 20usize, "offset of blkif_sring.__pad");
        assert_eq!(offset!(blkif_sring, ring), 64usize, "offset of blkif_sring.ring");
        // blkif_sring_t
        assert_eq!(size_of::<blkif_sring_t>(), 64usize, "size of blkif_sring_t");
        assert_eq!(align_of::<blkif_sring_t>(), 8usize, "alignment of blkif_sring_t");
        // buf_ioreq
        assert_eq!(size_of::<buf_ioreq>(), 8usize, "size of buf_ioreq");
        assert_eq!(align_of::<buf_ioreq>(), 4usize, "alignment of buf_ioreq");
        assert_eq!(offset!(buf_ioreq, __anon_0.r#type), 0usize, "offset of buf_ioreq.type");
        assert_eq!(offset!(buf_ioreq, data), 4usize, "offset of buf_ioreq.data");
        // buf_ioreq_t
        assert_eq!(size_of::<buf_ioreq_t>(), 8usize, "size of buf_ioreq_t");
        assert_eq!(align_of::<buf_ioreq_t>(), 4usize, "alignment of buf_ioreq_t");
        // buffered_iopage
        assert_eq!(size_of::<buffered_iopage>(), 4096usize, "size of buffered_iopage");
        assert_eq!(align_of::<buffered_iopage>(), 4usize, "alignment of buffered_iopage");
        assert_eq!(offset!(buffered_iopage, read_pointer), 0usize, "offset of buffered_iopage.read_pointer");
        assert_eq!(offset!(buffered_iopage, write_pointer), 4usize, "offset of buffered_iopage.write_pointer");
        assert_eq!(offset!(buffered_iopage, buf_ioreq), 8usize, "offset of buffered_iopage.buf_ioreq");
        // buffered_iopage_t
        assert_eq!(size_of::<buffered_iopage_t>(), 4096usize, "size of buffered_iopage_t");
        assert_eq!(align_of::<buffered_iopage_t>(), 4usize, "alignment of buffered_iopage_t");
        // dom0_vga_console_info
        assert_eq!(size_of::<dom0_vga_console_info>(), 40usize, "size of dom0_vga_console_info");
        assert_eq!(align_of::<dom0_vga_console_info>(), 4usize, "alignment of dom0_vga_console_info");
        assert_eq!(offset!(dom0_vga_console_info, video_type), 0usize, "offset of dom0_vga_console_info.video_type");
        assert_eq!(offset!(dom0_vga_console_info, u), 4usize, "offset of dom0_vga_console_info.u");
        // dom0_vga_console_info_t
        assert_eq!(size_of::<dom0_vga_console_info_t>(), 40usize, "size of dom0_vga_console_info_t");
        assert_eq!(align_of::<dom0_vga_console_info_t>(), 4usize, "alignment of dom0_vga_console_info_t");
        // domid_t
        assert_eq!(size_of::<domid_t>(), 2usize, "size of domid_t");
        assert_eq!(align_of::<domid_t>(), 2usize, "alignment of domid_t");
        // event_word_t
        assert_eq!(size_of::<event_word_t>(), 4usize, "size of event_word_t");
        assert_eq!(align_of::<event_word_t>(), 4usize, "alignment of event_word_t");
        // evtchn_port_t
        assert_eq!(size_of::<evtchn_port_t>(), 4usize, "size of evtchn_port_t");
        assert_eq!(align_of::<evtchn_port_t>(), 4usize, "alignment of evtchn_port_t");
        // evtchn_alloc_unbound
        assert_eq!(size_of::<evtchn_alloc_unbound>(), 8usize, "size of evtchn_alloc_unbound");
        assert_eq!(align_of::<evtchn_alloc_unbound>(), 4usize, "alignment of evtchn_alloc_unbound");
        assert_eq!(offset!(evtchn_alloc_unbound, dom), 0usize, "offset of evtchn_alloc_unbound.dom");
        assert_eq!(offset!(evtchn_alloc_unbound, remote_dom), 2usize, "offset of evtchn_alloc_unbound.remote_dom");
        assert_eq!(offset!(evtchn_alloc_unbound, port), 4usize, "offset of evtchn_alloc_unbound.port");
        // evtchn_alloc_unbound_t
        assert_eq!(size_of::<evtchn_alloc_unbound_t>(), 8usize, "size of evtchn_alloc_unbound_t");
        assert_eq!(align_of::<evtchn_alloc_unbound_t>(), 4usize, "alignment of evtchn_alloc_unbound_t");
        // evtchn_bind_interdomain
        assert_eq!(size_of::<evtchn_bind_interdomain>(), 12usize, "size of evtchn_bind_interdomain");
        assert_eq!(align_of::<evtchn_bind_interdomain>(), 4usize, "alignment of evtchn_bind_interdomain");
        assert_eq!(offset!(evtchn_bind_interdomain, remote_dom), 0usize, "offset of evtchn_bind_interdomain.remote_dom");
        assert_eq!(offset!(evtchn_bind_interdomain, remote_port), 4usize, "offset of evtchn_bind_interdomain.remote_port");
        assert_eq!(offset!(evtchn_bind_interdomain, local_port), 8usize, "offset of evtchn_bind_interdomain.local_port");
    }

    #[test]
    fn layout_011() {
        // evtchn_bind_interdomain_t
        assert_eq!(size_of::<evtchn_bind_interdomain_t>(), 12usize, "size of evtchn_bind_interdomain_t");
        assert_eq!(align_of::<evtchn_bind_interdomain_t>(), 4usize, "alignment of evtchn_bind_interdomain_t");
        // evtchn_bind_ipi
        assert_eq!(size_of::<evtchn_bind_ipi>(), 8usize, "size of evtchn_bind_ipi");
        assert_eq!(align_of::<evtchn_bind_ipi>(), 4usize, "alignment of evtchn_bind_ipi");
        assert_eq!(offset!(evtchn_bind_ipi, vcpu), 0usize, "offset of evtchn_bind_ipi.vcpu");
        assert_eq!(offset!(evtchn_bind_ipi, port), 4usize, "offset of evtchn_bind_ipi.port");
        // evtchn_bind_ipi_t
        assert_eq!(size_of::<evtchn_bind_ipi_t>(), 8usize, "size of evtchn_bind_ipi_t");
        assert_eq!(align_of::<evtchn_bind_ipi_t>(), 4usize, "alignment of evtchn_bind_ipi_t");
        // evtchn_bind_pirq
        assert_eq!(size_of::<evtchn_bind_pirq>(), 12usize, "size of evtchn_bind_pirq");
        assert_eq!(align_of::<evtchn_bind_pirq>(), 4usize, "alignment of evtchn_bind_pirq");
        assert_eq!(offset!(evtchn_bind_pirq, pirq), 0usize, "offset of evtchn_bind_pirq.pirq");
        assert_eq!(offset!(evtchn_bind_pirq, flags), 4usize, "offset of evtchn_bind_pirq.flags");
        assert_eq!(offset!(evtchn_bind_pirq, port), 8usize, "offset of evtchn_bind_pirq.port");
        // evtchn_bind_pirq_t
        assert_eq!(size_of::<evtchn_bind_pirq_t>(), 12usize, "size of evtchn_bind_pirq_t");
        assert_eq!(align_of::<evtchn_bind_pirq_t>(), 4usize, "alignment of evtchn_bind_pirq_t");
        // evtchn_bind_vcpu
        assert_eq!(size_of::<evtchn_bind_vcpu>(), 8usize, "size of evtchn_bind_vcpu");
        assert_eq!(align_of::<evtchn_bind_vcpu>(), 4usize, "alignment of evtchn_bind_vcpu");
        assert_eq!(offset!(evtchn_bind_vcpu, port), 0usize, "offset of evtchn_bind_vcpu.port");
        assert_eq!(offset!(evtchn_bind_vcpu, vcpu), 4usize, "offset of evtchn_bind_vcpu.vcpu");
        // evtchn_bind_vcpu_t
        assert_eq!(size_of::<evtchn_bind_vcpu_t>(), 8usize, "size of evtchn_bind_vcpu_t");
        assert_eq!(align_of::<evtchn_bind_vcpu_t>(), 4usize, "alignment of evtchn_bind_vcpu_t");
        // evtchn_bind_virq
        assert_eq!(size_of::<evtchn_bind_virq>(), 12usize, "size of evtchn_bind_virq");
        assert_eq!(align_of::<evtchn_bind_virq>(), 4usize, "alignment of evtchn_bind_virq");
        assert_eq!(offset!(evtchn_bind_virq, virq), 0usize, "offset of evtchn_bind_virq.virq");
        assert_eq!(offset!(evtchn_bind_virq, vcpu), 4usize, "offset of evtchn_bind_virq.vcpu");
        assert_eq!(offset!(evtchn_bind_virq, port), 8usize, "offset of evtchn_bind_virq.port");
        // evtchn_bind_virq_t
        assert_eq!(size_of::<evtchn_bind_virq_t>(), 12usize, "size of evtchn_bind_virq_t");
        assert_eq!(align_of::<evtchn_bind_virq_t>(), 4usize, "alignment of evtchn_bind_virq_t");
        // evtchn_close
        assert_eq!(size_of::<evtchn_close>(), 4usize, "size of evtchn_close");
        assert_eq!(align_of::<evtchn_close>(), 4usize, "alignment of evtchn_close");
        assert_eq!(offset!(evtchn_close, port), 0usize, "offset of evtchn_close.port");
        // evtchn_close_t
        assert_eq!(size_of::<evtchn_close_t>(), 4usize, "size of evtchn_close_t");
        assert_eq!(align_of::<evtchn_close_t>(), 4usize, "alignment of evtchn_close_t");
        // evtchn_expand_array
        assert_eq!(size_of::<evtchn_expand_array>(), 8usize, "size of evtchn_expand_array");
        assert_eq!(align_of::<evtchn_expand_array>(), 8usize, "alignment of evtchn_expand_array");
        assert_eq!(offset!(evtchn_expand_array, array_gfn), 0usize, "offset of evtchn_expand_array.array_gfn");
        // evtchn_expand_array_t
        assert_eq!(size_of::<evtchn_expand_array_t>(), 8usize, "size of evtchn_expand_array_t");
        assert_eq!(align_of::<evtchn_expand_array_t>(), 8usize, "alignment of evtchn_expand_array_t");
        // evtchn_fifo_control_block
        assert_eq!(size_of::<evtchn_fifo_control_block>(), 72usize, "size of evtchn_fifo_control_block");
        assert_eq!(align_of::<evtchn_fifo_control_block>(), 4usize, "alignment of evtchn_fifo_control_block");
        assert_eq!(offset!(evtchn_fifo_control_block, ready), 0usize, "offset of evtchn_fifo_control_block.ready");
        assert_eq!(offset!(evtchn_fifo_control_block, _rsvd), 4usize, "offset of evtchn_fifo_control_block._rsvd");
        assert_eq!(offset!(evtchn_fifo_control_block, head), 8usize, "offset of evtchn_fifo_control_block.head");
        // evtchn_fifo_control_block_t
        assert_eq!(size_of::<evtchn_fifo_control_block_t>(), 72usize, "size of evtchn_fifo_control_block_t");
        assert_eq!(align_of::<evtchn_fifo_control_block_t>(), 4usize, "alignment of evtchn_fifo_control_block_t");
        // evtchn_init_control
        assert_eq!(size_of::<evtchn_init_control>(), 24usize, "size of evtchn_init_control");
        assert_eq!(align_of::<evtchn_init_control>(), 8usize, "alignment of evtchn_init_control");
        assert_eq!(offset!(evtchn_init_control, control_gfn), 0usize, "offset of evtchn_init_control.control_gfn");
        assert_eq!(offset!(evtchn_init_control, offset), 8usize, "offset of evtchn_init_control.offset");
        assert_eq!(offset!(evtchn_init_control, vcpu), 12usize, "offset of evtchn_init_control.vcpu");
        assert_eq!(offset!(evtchn_init_control, link_bits), 16usize, "offset of evtchn_init_control.link_bits");
        assert_eq!(offset!(evtchn_init_control, _pad), 17usize, "offset of evtchn_init_control._pad");
        // evtchn_init_control_t
        assert_eq!(size_of::<evtchn_init_control_t>(), 24usize, "size of evtchn_init_control_t");
        assert_eq!(align_of::<evtchn_init_control_t>(), 8usize, "alignment of evtchn_init_control_t");
        // evtchn_send
        assert_eq!(size_of::<evtchn_send>(), 4usize, "size of evtchn_send");
        assert_eq!(align_of::<evtchn_send>(), 4usize, "alignment of evtchn_send");
        assert_eq!(offset!(evtchn_send, port), 0usize, "offset of evtchn_send.port");
        // evtchn_send_t
        assert_eq!(size_of::<evtchn_send_t>(), 4usize, "size of evtchn_send_t");
        assert_eq!(align_of::<evtchn_send_t>(), 4usize, "alignment of evtchn_send_t");
        // evtchn_status
        assert_eq!(size_of::<evtchn_status>(), 24usize, "size of evtchn_status");
        assert_eq!(align_of::<evtchn_status>(), 4usize, "alignment of evtchn_status");
        assert_eq!(offset!(evtchn_status, dom), 0usize, "offset of evtchn_status.dom");
        assert_eq!(offset!(evtchn_status, port), 4usize, "offset of evtchn_status.port");
        assert_eq!(offset!(evtchn_status, status), 8usize, "offset of evtchn_status.status");
        assert_eq!(offset!(evtchn_status, vcpu), 12usize, "offset of evtchn_status.vcpu");
        assert_eq!(offset!(evtchn_status, u), 16usize, "offset of evtchn_status.u");
        // evtchn_status_t
        assert_eq!(size_of::<evtchn_status_t>(), 24usize, "size of evtchn_status_t");
        assert_eq!(align_of::<evtchn_status_t>(), 4usize, "alignment of evtchn_status_t");
        // evtchn_unmask
        assert_eq!(size_of::<evtchn_unmask>(), 4usize, "size of evtchn_unmask");
        assert_eq!(align_of::<evtchn_unmask>(), 4usize, "alignment of evtchn_unmask");
        assert_eq!(offset!(evtchn_unmask, port), 0usize, "offset of evtchn_unmask.port");
        // evtchn_unmask_t
        assert_eq!(size_of::<evtchn_unmask_t>(), 4usize, "size of evtchn_unmask_t");
        assert_eq!(align_of::<evtchn_unmask_t>(), 4usize, "alignment of evtchn_unmask_t");
        // evtchn_op
        assert_eq!(size_of::<evtchn_op>(), 28usize, "size of evtchn_op");
        assert_eq!(align_of::<evtchn_op>(), 4usize, "alignment of evtchn_op");
        assert_eq!(offset!(evtchn_op, cmd), 0usize, "offset of evtchn_op.cmd");
        assert_eq!(offset!(evtchn_op, u), 4usize, "offset of evtchn_op.u");
        // evtchn_op_t
        assert_eq!(size_of::<evtchn_op_t>(), 28usize, "size of evtchn_op_t");
        assert_eq!(align_of::<evtchn_op_t>(), 4usize, "alignment of evtchn_op_t");
        // evtchn_reset
        assert_eq!(size_of::<evtchn_reset>(), 2usize, "size of evtchn_reset");
        assert_eq!(align_of::<evtchn_reset>(), 2usize, "alignment of evtchn_reset");
        assert_eq!(offset!(evtchn_reset, dom), 0usize, "offset of evtchn_reset.dom");
        // evtchn_reset_t
        assert_eq!(size_of::<evtchn_reset_t>(), 2usize, "size of evtchn_reset_t");
        assert_eq!(align_of::<evtchn_reset_t>(), 2usize, "alignment of evtchn_reset_t");
        // evtchn_set_priority
        assert_eq!(size_of::<evtchn_set_priority>(), 8usize, "size of evtchn_set_priority");
        assert_eq!(align_of::<evtchn_set_priority>(), 4usize, "alignment of evtchn_set_priority");
        assert_eq!(offset!(evtchn_set_priority, port), 0usize, "offset of evtchn_set_priority.port");
        assert_eq!(offset!(evtchn_set_priority, priority), 4usize, "offset of evtchn_set_priority.priority");
        // evtchn_set_priority_t
        assert_eq!(size_of::<evtchn_set_priority_t>(), 8usize, "size of evtchn_set_priority_t");
        assert_eq!(align_of::<evtchn_set_priority_t>(), 4usize, "alignment of evtchn_set_priority_t");
        // fsif_back_ring
        assert_eq!(size_of::<fsif_back_ring>(), 24usize, "size of fsif_back_ring");
        assert_eq!(align_of::<fsif_back_ring>(), 8usize, "alignment of fsif_back_ring");
        assert_eq!(offset!(fsif_back_ring, rsp_prod_pvt), 0usize, "offset of fsif_back_ring.rsp_prod_pvt");
        assert_eq!(offset!(fsif_back_ring, req_cons), 4usize, "offset of fsif_back_ring.req_cons");
        assert_eq!(offset!(fsif_back_ring, nr_ents), 8usize, "offset of fsif_back_ring.nr_ents");
        assert_eq!(offset!(fsif_back_ring, sring), 16usize, "offset of fsif_back_ring.sring");
        // fsif_back_ring_t
        assert_eq!(size_of::<fsif_back_ring_t>(), 24usize, "size of fsif_back_ring_t");
        assert_eq!(align_of::<fsif_back_ring_t>(), 8usize, "alignment of fsif_back_ring_t");
        // fsif_front_ring
        assert_eq!(size_of::<fsif_front_ring>(), 24usize, "size of fsif_front_ring");
        assert_eq!(align_of::<fsif_front_ring>(), 8usize, "alignment of fsif_front_ring");
        assert_eq!(offset!(fsif_front_ring, req_prod_pvt), 0usize, "offset of fsif_front_ring.req_prod_pvt");
        assert_eq!(offset!(fsif_front_ring, rsp_cons), 4usize, "offset of fsif_front_ring.rsp_cons");
        assert_eq!(offset!(fsif_front_ring, nr_ents), 8usize, "offset of fsif_front_ring.nr_ents");
        assert_eq!(offset!(fsif_front_ring, sring), 16usize, "offset of fsif_front_ring.sring");
        // fsif_front_ring_t
        assert_eq!(size_of::<fsif_front_ring_t>(), 24usize, "size of fsif_front_ring_t");
        assert_eq!(align_of::<fsif_front_ring_t>(), 8usize, "alignment of fsif_front_ring_t");
        // fsif_chmod_request
        assert_eq!(size_of::<fsif_chmod_request>(), 8usize, "size of fsif_chmod_request");
        assert_eq!(align_of::<fsif_chmod_request>(), 4usize, "alignment of fsif_chmod_request");
        assert_eq!(offset!(fsif_chmod_request, fd), 0usize, "offset of fsif_chmod_request.fd");
        assert_eq!(offset!(fsif_chmod_request, mode), 4usize, "offset of fsif_chmod_request.mode");
        // fsif_close_request
        assert_eq!(size_of::<fsif_close_request>(), 4usize, "size of fsif_close_request");
        assert_eq!(align_of::<fsif_close_request>(), 4usize, "alignment of fsif_close_request");
        assert_eq!(offset!(fsif_close_request, fd), 0usize, "offset of fsif_close_request.fd");
        // fsif_create_request
        assert_eq!(size_of::<fsif_create_request>(), 12usize, "size of fsif_create_request");
        assert_eq!(align_of::<fsif_create_request>(), 4usize, "alignment of fsif_create_request");
        assert_eq!(offset!(fsif_create_request, directory), 0usize, "offset of fsif_create_request.directory");
        assert_eq!(offset!(fsif_create_request, pad), 1usize, "offset of fsif_create_request.pad");
        assert_eq!(offset!(fsif_create_request, pad2), 2usize, "offset of fsif_create_request.pad2");
        assert_eq!(offset!(fsif_create_request, mode), 4usize, "offset of fsif_create_request.mode");
        assert_eq!(offset!(fsif_create_request, gref), 8usize, "offset of fsif_create_request.gref");
        // fsif_list_request
        assert_eq!(size_of::<fsif_list_request>(), 8usize, "size of fsif_list_request");
        assert_eq!(align_of::<fsif_list_request>(), 4usize, "alignment of fsif_list_request");
        assert_eq!(offset!(fsif_list_request, offset), 0usize, "offset of fsif_list_request.offset");
        assert_eq!(offset!(fsif_list_request, gref), 4usize, "offset of fsif_list_request.gref");
        // fsif_open_request
        assert_eq!(size_of::<fsif_open_request>(), 4usize, "size of fsif_open_request");
        assert_eq!(align_of::<fsif_open_request>(), 4usize, "alignment of fsif_open_request");
        assert_eq!(offset!(fsif_open_request, gref), 0usize, "offset of fsif_open_request.gref");
        // fsif_read_request
        assert_eq!(size_of::<fsif_read_request>(), 24usize, "size of fsif_read_request");
        assert_eq!(align_of::<fsif_read_request>(), 8usize, "alignment of fsif_read_request");
        assert_eq!(offset!(fsif_read_request, fd), 0usize, "offset of fsif_read_request.fd");
        assert_eq!(offset!(fsif_read_request, pad), 4usize, "offset of fsif_read_request.pad");
        assert_eq!(offset!(fsif_read_request, len), 8usize, "offset of fsif_read_request.len");
        assert_eq!(offset!(fsif_read_request, offset), 16usize, "offset of fsif_read_request.offset");
        assert_eq!(offset!(fsif_read_request, grefs), 24usize, "offset of fsif_read_request.grefs");
        // fsif_remove_request
        assert_eq!(size_of::<fsif_remove_request>(), 4usize, "size of fsif_remove_request");
        assert_eq!(align_of::<fsif_remove_request>(), 4usize, "alignment of fsif_remove_request");
        assert_eq!(offset!(fsif_remove_request, gref), 0usize, "offset of fsif_remove_request.gref");
        // fsif_rename_request
        assert_eq!(size_of::<fsif_rename_request>(), 8usize, "size of fsif_rename_request");
        assert_eq!(align_of::<fsif_rename_request>(), 4usize, "alignment of fsif_rename_request");
        assert_eq!(offset!(fsif_rename_request, old_name_offset), 0usize, "offset of fsif_rename_request.old_name_offset");
        assert_eq!(offset!(fsif_rename_request, new_name_offset), 2usize, "offset of fsif_rename_request.new_name_offset");
        assert_eq!(offset!(fsif_rename_request, gref), 4usize, "offset of fsif_rename_request.gref");
        // fsif_space_request
        assert_eq!(size_of::<fsif_space_request>(), 4usize, "size of fsif_space_request");
        assert_eq!(align_of::<fsif_space_request>(), 4usize, "alignment of fsif_space_request");
        assert_eq!(offset!(fsif_space_request, gref), 0usize, "offset of fsif_space_request.gref");
        // fsif_stat_request
        assert_eq!(size_of::<fsif_stat_request>(), 4usize, "size of fsif_stat_request");
        assert_eq!(align_of::<fsif_stat_request>(), 4usize, "alignment of fsif_stat_request");
        assert_eq!(offset!(fsif_stat_request, fd), 0usize, "offset of fsif_stat_request.fd");
        // fsif_sync_request
        assert_eq!(size_of::<fsif_sync_request>(), 4usize, "size of fsif_sync_request");
        assert_eq!(align_of::<fsif_sync_request>(), 4usize, "alignment of fsif_sync_request");
        assert_eq!(offset!(fsif_sync_request, fd), 0usize, "offset of fsif_sync_request.fd");
        // fsif_truncate_request
        assert_eq!(size_of::<fsif_truncate_request>(), 16usize, "size of fsif_truncate_request");
        assert_eq!(align_of::<fsif_truncate_request>(), 8usize, "alignment of fsif_truncate_request");
        assert_eq!(offset!(fsif_truncate_request, fd), 0usize, "offset of fsif_truncate_request.fd");
        assert_eq!(offset!(fsif_truncate_request, pad), 4usize, "offset of fsif_truncate_request.pad");
        assert_eq!(offset!(fsif_truncate_request, length), 8usize, "offset of fsif_truncate_request.length");
        // fsif_write_request
        assert_eq!(size_of::<fsif_write_request>(), 24usize, "size of fsif_write_request");
        assert_eq!(align_of::<fsif_write_request>(), 8usize, "alignment of fsif_write_request");
        assert_eq!(offset!(fsif_write_request, fd), 0usize, "offset of fsif_write_request.fd");
        assert_eq!(offset!(fsif_write_request, pad), 4usize, "offset of fsif_write_request.pad");
        assert_eq!(offset!(fsif_write_request, len), 8usize, "offset of fsif_write_request.len");
        assert_eq!(offset!(fsif_write_request, offset), 16usize, "offset of fsif_write_request.offset");
        assert_eq!(offset!(fsif_write_request, grefs), 24usize, "offset of fsif_write_request.grefs");
        // fsif_request
        assert_eq!(size_of::<fsif_request>(), 32usize, "size of fsif_request");
        assert_eq!(align_of::<fsif_request>(), 8usize, "alignment of fsif_request");
        assert_eq!(offset!(fsif_request, r#type), 0usize, "offset of fsif_request.type");
        assert_eq!(offset!(fsif_request, pad), 1usize, "offset of fsif_request.pad");
        assert_eq!(offset!(fsif_request, id), 2usize, "offset of fsif_request.id");
        assert_eq!(offset!(fsif_request, pad2), 4usize, "offset of fsif_request.pad2");
        assert_eq!(offset!(fsif_request, u), 8usize, "offset of fsif_request.u");
        // fsif_request_t
        assert_eq!(size_of::<fsif_request_t>(), 32usize, "size of fsif_request_t");
        assert_eq!(align_of::<fsif_request_t>(), 8usize, "alignment of fsif_request_t");
        // fsif_stat_response
        assert_eq!(size_of::<fsif_stat_response>(), 48usize, "size of fsif_stat_response");
        assert_eq!(align_of::<fsif_stat_response>(), 8usize, "alignment of fsif_stat_response");
        assert_eq!(offset!(fsif_stat_response, stat_mode), 0usize, "offset of fsif_stat_response.stat_mode");
        assert_eq!(offset!(fsif_stat_response, stat_uid), 4usize, "offset of fsif_stat_response.stat_uid");
        assert_eq!(offset!(fsif_stat_response, stat_gid), 8usize, "offset of fsif_stat_response.stat_gid");
        assert_eq!(offset!(fsif_stat_response, stat_ret), 12usize, "offset of fsif_stat_response.stat_ret");
        assert_eq!(offset!(fsif_stat_response, stat_size), 16usize, "offset of fsif_stat_response.stat_size");
        assert_eq!(offset!(fsif_stat_response, stat_atime), 24usize, "offset of fsif_stat_response.stat_atime");
        assert_eq!(offset!(fsif_stat_response, stat_mtime), 32usize, "offset of fsif_stat_response.stat_mtime");
        assert_eq!(offset!(fsif_stat_response, stat_ctime), 40usize, "offset of fsif_stat_response.stat_ctime");
        // fsif_response
        assert_eq!(size_of::<fsif_response>(), 56usize, "size of fsif_response");
        assert_eq!(align_of::<fsif_response>(), 8usize, "alignment of fsif_response");
        assert_eq!(offset!(fsif_response, id), 0usize, "offset of fsif_response.id");
        assert_eq!(offset!(fsif_response, pad1), 2usize, "offset of fsif_response.pad1");
        assert_eq!(offset!(fsif_response, pad2), 4usize, "offset of fsif_response.pad2");
        assert_eq!(offset!(fsif_response, u), 8usize, "offset of fsif_response.u");
    }

    #[test]
    fn layout_012() {
        // fsif_response_t
        assert_eq!(size_of::<fsif_response_t>(), 56usize, "size of fsif_response_t");
        assert_eq!(align_of::<fsif_response_t>(), 8usize, "alignment of fsif_response_t");
        // fsif_sring_entry
        assert_eq!(size_of::<fsif_sring_entry>(), 56usize, "size of fsif_sring_entry");
        assert_eq!(align_of::<fsif_sring_entry>(), 8usize, "alignment of fsif_sring_entry");
        assert_eq!(offset!(fsif_sring_entry, req), 0usize, "offset of fsif_sring_entry.req");
        assert_eq!(offset!(fsif_sring_entry, rsp), 0usize, "offset of fsif_sring_entry.rsp");
        // fsif_sring
        assert_eq!(size_of::<fsif_sring>(), 64usize, "size of fsif_sring");
        assert_eq!(align_of::<fsif_sring>(), 8usize, "alignment of fsif_sring");
        assert_eq!(offset!(fsif_sring, req_prod), 0usize, "offset of fsif_sring.req_prod");
        assert_eq!(offset!(fsif_sring, req_event), 4usize, "offset of fsif_sring.req_event");
        assert_eq!(offset!(fsif_sring, rsp_prod), 8usize, "offset of fsif_sring.rsp_prod");
        assert_eq!(offset!(fsif_sring, rsp_event), 12usize, "offset of fsif_sring.rsp_event");
        assert_eq!(offset!(fsif_sring, pvt), 16usize, "offset of fsif_sring.pvt");
        assert_eq!(offset!(fsif_sring, __pad), 20usize, "offset of fsif_sring.__pad");
        assert_eq!(offset!(fsif_sring, ring), 64usize, "offset of fsif_sring.ring");
        // fsif_sring_t
        assert_eq!(size_of::<fsif_sring_t>(), 64usize, "size of fsif_sring_t");
        assert_eq!(align_of::<fsif_sring_t>(), 8usize, "alignment of fsif_sring_t");
        // gnttab_cache_flush
        assert_eq!(size_of::<gnttab_cache_flush>(), 16usize, "size of gnttab_cache_flush");
        assert_eq!(align_of::<gnttab_cache_flush>(), 8usize, "alignment of gnttab_cache_flush");
        assert_eq!(offset!(gnttab_cache_flush, a), 0usize, "offset of gnttab_cache_flush.a");
        assert_eq!(offset!(gnttab_cache_flush, offset), 8usize, "offset of gnttab_cache_flush.offset");
        assert_eq!(offset!(gnttab_cache_flush, length), 10usize, "offset of gnttab_cache_flush.length");
        assert_eq!(offset!(gnttab_cache_flush, op), 12usize, "offset of gnttab_cache_flush.op");
        // gnttab_cache_flush_t
        assert_eq!(size_of::<gnttab_cache_flush_t>(), 16usize, "size of gnttab_cache_flush_t");
        assert_eq!(align_of::<gnttab_cache_flush_t>(), 8usize, "alignment of gnttab_cache_flush_t");
        // xen_pfn_t
        assert_eq!(size_of::<xen_pfn_t>(), 8usize, "size of xen_pfn_t");
        assert_eq!(align_of::<xen_pfn_t>(), 8usize, "alignment of xen_pfn_t");
        // gnttab_copy_ptr
        assert_eq!(size_of::<gnttab_copy_ptr>(), 16usize, "size of gnttab_copy_ptr");
        assert_eq!(align_of::<gnttab_copy_ptr>(), 8usize, "alignment of gnttab_copy_ptr");
        assert_eq!(offset!(gnttab_copy_ptr, u), 0usize, "offset of gnttab_copy_ptr.u");
        assert_eq!(offset!(gnttab_copy_ptr, domid), 8usize, "offset of gnttab_copy_ptr.domid");
        assert_eq!(offset!(gnttab_copy_ptr, offset), 10usize, "offset of gnttab_copy_ptr.offset");
        // gnttab_copy
        assert_eq!(size_of::<gnttab_copy>(), 40usize, "size of gnttab_copy");
        assert_eq!(align_of::<gnttab_copy>(), 8usize, "alignment of gnttab_copy");
        assert_eq!(offset!(gnttab_copy, source), 0usize, "offset of gnttab_copy.source");
        assert_eq!(offset!(gnttab_copy, dest), 16usize, "offset of gnttab_copy.dest");
        assert_eq!(offset!(gnttab_copy, len), 32usize, "offset of gnttab_copy.len");
        assert_eq!(offset!(gnttab_copy, flags), 34usize, "offset of gnttab_copy.flags");
        assert_eq!(offset!(gnttab_copy, status), 36usize, "offset of gnttab_copy.status");
        // gnttab_copy_t
        assert_eq!(size_of::<gnttab_copy_t>(), 40usize, "size of gnttab_copy_t");
        assert_eq!(align_of::<gnttab_copy_t>(), 8usize, "alignment of gnttab_copy_t");
        // gnttab_dump_table
        assert_eq!(size_of::<gnttab_dump_table>(), 4usize, "size of gnttab_dump_table");
        assert_eq!(align_of::<gnttab_dump_table>(), 2usize, "alignment of gnttab_dump_table");
        assert_eq!(offset!(gnttab_dump_table, dom), 0usize, "offset of gnttab_dump_table.dom");
        assert_eq!(offset!(gnttab_dump_table, status), 2usize, "offset of gnttab_dump_table.status");
        // gnttab_dump_table_t
        assert_eq!(size_of::<gnttab_dump_table_t>(), 4usize, "size of gnttab_dump_table_t");
        assert_eq!(align_of::<gnttab_dump_table_t>(), 2usize, "alignment of gnttab_dump_table_t");
        // gnttab_get_status_frames
        assert_eq!(size_of::<gnttab_get_status_frames>(), 16usize, "size of gnttab_get_status_frames");
        assert_eq!(align_of::<gnttab_get_status_frames>(), 8usize, "alignment of gnttab_get_status_frames");
        assert_eq!(offset!(gnttab_get_status_frames, nr_frames), 0usize, "offset of gnttab_get_status_frames.nr_frames");
        assert_eq!(offset!(gnttab_get_status_frames, dom), 4usize, "offset of gnttab_get_status_frames.dom");
        assert_eq!(offset!(gnttab_get_status_frames, status), 6usize, "offset of gnttab_get_status_frames.status");
        assert_eq!(offset!(gnttab_get_status_frames, frame_list), 8usize, "offset of gnttab_get_status_frames.frame_list");
        // gnttab_get_status_frames_t
        assert_eq!(size_of::<gnttab_get_status_frames_t>(), 16usize, "size of gnttab_get_status_frames_t");
        assert_eq!(align_of::<gnttab_get_status_frames_t>(), 8usize, "alignment of gnttab_get_status_frames_t");
        // gnttab_get_version
        assert_eq!(size_of::<gnttab_get_version>(), 8usize, "size of gnttab_get_version");
        assert_eq!(align_of::<gnttab_get_version>(), 4usize, "alignment of gnttab_get_version");
        assert_eq!(offset!(gnttab_get_version, dom), 0usize, "offset of gnttab_get_version.dom");
        assert_eq!(offset!(gnttab_get_version, pad), 2usize, "offset of gnttab_get_version.pad");
        assert_eq!(offset!(gnttab_get_version, version), 4usize, "offset of gnttab_get_version.version");
        // gnttab_get_version_t
        assert_eq!(size_of::<gnttab_get_version_t>(), 8usize, "size of gnttab_get_version_t");
        assert_eq!(align_of::<gnttab_get_version_t>(), 4usize, "alignment of gnttab_get_version_t");
        // grant_handle_t
        assert_eq!(size_of::<grant_handle_t>(), 4usize, "size of grant_handle_t");
        assert_eq!(align_of::<grant_handle_t>(), 4usize, "alignment of grant_handle_t");
        // gnttab_map_grant_ref
        assert_eq!(size_of::<gnttab_map_grant_ref>(), 32usize, "size of gnttab_map_grant_ref");
        assert_eq!(align_of::<gnttab_map_grant_ref>(), 8usize, "alignment of gnttab_map_grant_ref");
        assert_eq!(offset!(gnttab_map_grant_ref, host_addr), 0usize, "offset of gnttab_map_grant_ref.host_addr");
        assert_eq!(offset!(gnttab_map_grant_ref, flags), 8usize, "offset of gnttab_map_grant_ref.flags");
        assert_eq!(offset!(gnttab_map_grant_ref, r#ref), 12usize, "offset of gnttab_map_grant_ref.ref");
        assert_eq!(offset!(gnttab_map_grant_ref, dom), 16usize, "offset of gnttab_map_grant_ref.dom");
        assert_eq!(offset!(gnttab_map_grant_ref, status), 18usize, "offset of gnttab_map_grant_ref.status");
        assert_eq!(offset!(gnttab_map_grant_ref, handle), 20usize, "offset of gnttab_map_grant_ref.handle");
        assert_eq!(offset!(gnttab_map_grant_ref, dev_bus_addr), 24usize, "offset of gnttab_map_grant_ref.dev_bus_addr");
        // gnttab_map_grant_ref_t
        assert_eq!(size_of::<gnttab_map_grant_ref_t>(), 32usize, "size of gnttab_map_grant_ref_t");
        assert_eq!(align_of::<gnttab_map_grant_ref_t>(), 8usize, "alignment of gnttab_map_grant_ref_t");
        // gnttab_query_size
        assert_eq!(size_of::<gnttab_query_size>(), 16usize, "size of gnttab_query_size");
        assert_eq!(align_of::<gnttab_query_size>(), 4usize, "alignment of gnttab_query_size");
        assert_eq!(offset!(gnttab_query_size, dom), 0usize, "offset of gnttab_query_size.dom");
        assert_eq!(offset!(gnttab_query_size, nr_frames), 4usize, "offset of gnttab_query_size.nr_frames");
        assert_eq!(offset!(gnttab_query_size, max_nr_frames), 8usize, "offset of gnttab_query_size.max_nr_frames");
        assert_eq!(offset!(gnttab_query_size, status), 12usize, "offset of gnttab_query_size.status");
        // gnttab_query_size_t
        assert_eq!(size_of::<gnttab_query_size_t>(), 16usize, "size of gnttab_query_size_t");
        assert_eq!(align_of::<gnttab_query_size_t>(), 4usize, "alignment of gnttab_query_size_t");
        // gnttab_set_version
        assert_eq!(size_of::<gnttab_set_version>(), 4usize, "size of gnttab_set_version");
        assert_eq!(align_of::<gnttab_set_version>(), 4usize, "alignment of gnttab_set_version");
        assert_eq!(offset!(gnttab_set_version, version), 0usize, "offset of gnttab_set_version.version");
        // gnttab_set_version_t
        assert_eq!(size_of::<gnttab_set_version_t>(), 4usize, "size of gnttab_set_version_t");
        assert_eq!(align_of::<gnttab_set_version_t>(), 4usize, "alignment of gnttab_set_version_t");
        // gnttab_setup_table
        assert_eq!(size_of::<gnttab_setup_table>(), 24usize, "size of gnttab_setup_table");
        assert_eq!(align_of::<gnttab_setup_table>(), 8usize, "alignment of gnttab_setup_table");
        assert_eq!(offset!(gnttab_setup_table, dom), 0usize, "offset of gnttab_setup_table.dom");
        assert_eq!(offset!(gnttab_setup_table, nr_frames), 4usize, "offset of gnttab_setup_table.nr_frames");
        assert_eq!(offset!(gnttab_setup_table, status), 8usize, "offset of gnttab_setup_table.status");
        assert_eq!(offset!(gnttab_setup_table, frame_list), 16usize, "offset of gnttab_setup_table.frame_list");
        // gnttab_setup_table_t
        assert_eq!(size_of::<gnttab_setup_table_t>(), 24usize, "size of gnttab_setup_table_t");
        assert_eq!(align_of::<gnttab_setup_table_t>(), 8usize, "alignment of gnttab_setup_table_t");
        // gnttab_swap_grant_ref
        assert_eq!(size_of::<gnttab_swap_grant_ref>(), 12usize, "size of gnttab_swap_grant_ref");
        assert_eq!(align_of::<gnttab_swap_grant_ref>(), 4usize, "alignment of gnttab_swap_grant_ref");
        assert_eq!(offset!(gnttab_swap_grant_ref, ref_a), 0usize, "offset of gnttab_swap_grant_ref.ref_a");
        assert_eq!(offset!(gnttab_swap_grant_ref, ref_b), 4usize, "offset of gnttab_swap_grant_ref.ref_b");
        assert_eq!(offset!(gnttab_swap_grant_ref, status), 8usize, "offset of gnttab_swap_grant_ref.status");
        // gnttab_swap_grant_ref_t
        assert_eq!(size_of::<gnttab_swap_grant_ref_t>(), 12usize, "size of gnttab_swap_grant_ref_t");
        assert_eq!(align_of::<gnttab_swap_grant_ref_t>(), 4usize, "alignment of gnttab_swap_grant_ref_t");
        // gnttab_transfer
        assert_eq!(size_of::<gnttab_transfer>(), 24usize, "size of gnttab_transfer");
        assert_eq!(align_of::<gnttab_transfer>(), 8usize, "alignment of gnttab_transfer");
        assert_eq!(offset!(gnttab_transfer, mfn), 0usize, "offset of gnttab_transfer.mfn");
        assert_eq!(offset!(gnttab_transfer, domid), 8usize, "offset of gnttab_transfer.domid");
        assert_eq!(offset!(gnttab_transfer, r#ref), 12usize, "offset of gnttab_transfer.ref");
        assert_eq!(offset!(gnttab_transfer, status), 16usize, "offset of gnttab_transfer.status");
        // gnttab_transfer_t
        assert_eq!(size_of::<gnttab_transfer_t>(), 24usize, "size of gnttab_transfer_t");
        assert_eq!(align_of::<gnttab_transfer_t>(), 8usize, "alignment of gnttab_transfer_t");
        // gnttab_unmap_and_replace
        assert_eq!(size_of::<gnttab_unmap_and_replace>(), 24usize, "size of gnttab_unmap_and_replace");
        assert_eq!(align_of::<gnttab_unmap_and_replace>(), 8usize, "alignment of gnttab_unmap_and_replace");
        assert_eq!(offset!(gnttab_unmap_and_replace, host_addr), 0usize, "offset of gnttab_unmap_and_replace.host_addr");
        assert_eq!(offset!(gnttab_unmap_and_replace, new_addr), 8usize, "offset of gnttab_unmap_and_replace.new_addr");
        assert_eq!(offset!(gnttab_unmap_and_replace, handle), 16usize, "offset of gnttab_unmap_and_replace.handle");
        assert_eq!(offset!(gnttab_unmap_and_replace, status), 20usize, "offset of gnttab_unmap_and_replace.status");
        // gnttab_unmap_and_replace_t
        assert_eq!(size_of::<gnttab_unmap_and_replace_t>(), 24usize, "size of gnttab_unmap_and_replace_t");
        assert_eq!(align_of::<gnttab_unmap_and_replace_t>(), 8usize, "alignment of gnttab_unmap_and_replace_t");
        // gnttab_unmap_grant_ref
        assert_eq!(size_of::<gnttab_unmap_grant_ref>(), 24usize, "size of gnttab_unmap_grant_ref");
        assert_eq!(align_of::<gnttab_unmap_grant_ref>(), 8usize, "alignment of gnttab_unmap_grant_ref");
        assert_eq!(offset!(gnttab_unmap_grant_ref, host_addr), 0usize, "offset of gnttab_unmap_grant_ref.host_addr");
        assert_eq!(offset!(gnttab_unmap_grant_ref, dev_bus_addr), 8usize, "offset of gnttab_unmap_grant_ref.dev_bus_addr");
        assert_eq!(offset!(gnttab_unmap_grant_ref, handle), 16usize, "offset of gnttab_unmap_grant_ref.handle");
        assert_eq!(offset!(gnttab_unmap_grant_ref, status), 20usize, "offset of gnttab_unmap_grant_ref.status");
        // gnttab_unmap_grant_ref_t
        assert_eq!(size_of::<gnttab_unmap_grant_ref_t>(), 24usize, "size of gnttab_unmap_grant_ref_t");
        assert_eq!(align_of::<gnttab_unmap_grant_ref_t>(), 8usize, "alignment of gnttab_unmap_grant_ref_t");
        // grant_entry_header
        assert_eq!(size_of::<grant_entry_header>(), 4usize, "size of grant_entry_header");
        assert_eq!(align_of::<grant_entry_header>(), 2usize, "alignment of grant_entry_header");
        assert_eq!(offset!(grant_entry_header, flags), 0usize, "offset of grant_entry_header.flags");
        assert_eq!(offset!(grant_entry_header, domid), 2usize, "offset of grant_entry_header.domid");
        // grant_entry_header_t
        assert_eq!(size_of::<grant_entry_header_t>(), 4usize, "size of grant_entry_header_t");
        assert_eq!(align_of::<grant_entry_header_t>(), 2usize, "alignment of grant_entry_header_t");
        // grant_entry_v1
        assert_eq!(size_of::<grant_entry_v1>(), 8usize, "size of grant_entry_v1");
        assert_eq!(align_of::<grant_entry_v1>(), 4usize, "alignment of grant_entry_v1");
        assert_eq!(offset!(grant_entry_v1, flags), 0usize, "offset of grant_entry_v1.flags");
        assert_eq!(offset!(grant_entry_v1, domid), 2usize, "offset of grant_entry_v1.domid");
        assert_eq!(offset!(grant_entry_v1, frame), 4usize, "offset of grant_entry_v1.frame");
        // grant_entry_v1_t
        assert_eq!(size_of::<grant_entry_v1_t>(), 8usize, "size of grant_entry_v1_t");
        assert_eq!(align_of::<grant_entry_v1_t>(), 4usize, "alignment of grant_entry_v1_t");
        // grant_entry_v2
        assert_eq!(size_of::<grant_entry_v2>(), 16usize, "size of grant_entry_v2");
        assert_eq!(align_of::<grant_entry_v2>(), 8usize, "alignment of grant_entry_v2");
        assert_eq!(offset!(grant_entry_v2, hdr), 0usize, "offset of grant_entry_v2.hdr");
        assert_eq!(offset!(grant_entry_v2, full_page), 0usize, "offset of grant_entry_v2.full_page");
        assert_eq!(offset!(grant_entry_v2, sub_page), 0usize, "offset of grant_entry_v2.sub_page");
        assert_eq!(offset!(grant_entry_v2, transitive), 0usize, "offset of grant_entry_v2.transitive");
        assert_eq!(offset!(grant_entry_v2, __spacer), 0usize, "offset of grant_entry_v2.__spacer");
        // grant_entry_v2_t
        assert_eq!(size_of::<grant_entry_v2_t>(), 16usize, "size of grant_entry_v2_t");
        assert_eq!(align_of::<grant_entry_v2_t>(), 8usize, "alignment of grant_entry_v2_t");
        // grant_status_t
        assert_eq!(size_of::<grant_status_t>(), 2usize, "size of grant_status_t");
        assert_eq!(align_of::<grant_status_t>(), 2usize, "alignment of grant_status_t");
        // ioreq
        assert_eq!(size_of::<ioreq>(), 32usize, "size of ioreq");
        assert_eq!(align_of::<ioreq>(), 8usize, "alignment of ioreq");
        assert_eq!(offset!(ioreq, addr), 0usize, "offset of ioreq.addr");
        assert_eq!(offset!(ioreq, data), 8usize, "offset of ioreq.data");
        assert_eq!(offset!(ioreq, count), 16usize, "offset of ioreq.count");
        assert_eq!(offset!(ioreq, size), 20usize, "offset of ioreq.size");
        assert_eq!(offset!(ioreq, vp_eport), 24usize, "offset of ioreq.vp_eport");
        assert_eq!(offset!(ioreq, _pad0), 28usize, "offset of ioreq._pad0");
        assert_eq!(offset!(ioreq, r#type), 31usize, "offset of ioreq.type");
        // ioreq_t
        assert_eq!(size_of::<ioreq_t>(), 32usize, "size of ioreq_t");
        assert_eq!(align_of::<ioreq_t>(), 8usize, "alignment of ioreq_t");
        // ioservid_t
        assert_eq!(size_of::<ioservid_t>(), 2usize, "size of ioservid_t");
        assert_eq!(align_of::<ioservid_t>(), 2usize, "alignment of ioservid_t");
        // mmu_update
        assert_eq!(size_of::<mmu_update>(), 16usize, "size of mmu_update");
        assert_eq!(align_of::<mmu_update>(), 8usize, "alignment of mmu_update");
        assert_eq!(offset!(mmu_update, ptr), 0usize, "offset of mmu_update.ptr");
        assert_eq!(offset!(mmu_update, val), 8usize, "offset of mmu_update.val");
        // mmu_update_t
        assert_eq!(size_of::<mmu_update_t>(), 16usize, "size of mmu_update_t");
        assert_eq!(align_of::<mmu_update_t>(), 8usize, "alignment of mmu_update_t");
        // mmuext_op
        assert_eq!(size_of::<mmuext_op>(), 24usize, "size of mmuext_op");
        assert_eq!(align_of::<mmuext_op>(), 8usize, "alignment of mmuext_op");
        assert_eq!(offset!(mmuext_op, cmd), 0usize, "offset of mmuext_op.cmd");
        assert_eq!(offset!(mmuext_op, arg1), 8usize, "offset of mmuext_op.arg1");
        assert_eq!(offset!(mmuext_op, arg2), 16usize, "offset of mmuext_op.arg2");
        // mmuext_op_t
        assert_eq!(size_of::<mmuext_op_t>(), 24usize, "size of mmuext_op_t");
        assert_eq!(align_of::<mmuext_op_t>(), 8usize, "alignment of mmuext_op_t");
        // xen_ulong_t
        assert_eq!(size_of::<xen_ulong_t>(), 8usize, "size of xen_ulong_t");
        assert_eq!(align_of::<xen_ulong_t>(), 8usize, "alignment of xen_ulong_t");
        // multicall_entry
        assert_eq!(size_of::<multicall_entry>(), 64usize, "size of multicall_entry");
        assert_eq!(align_of::<multicall_entry>(), 8usize, "alignment of multicall_entry");
        assert_eq!(offset!(multicall_entry, op), 0usize, "offset of multicall_entry.op");
        assert_eq!(offset!(multicall_entry, result), 8usize, "offset of multicall_entry.result");
        assert_eq!(offset!(multicall_entry, args), 16usize, "offset of multicall_entry.args");
        // multicall_entry_t
        assert_eq!(size_of::<multicall_entry_t>(), 64usize, "size of multicall_entry_t");
        assert_eq!(align_of::<multicall_entry_t>(), 8usize, "alignment of multicall_entry_t");
    }

    #[test]
    fn layout_013() {
        // netif_extra_info
        assert_eq!(size_of::<netif_extra_info>(), 8usize, "size of netif_extra_info");
        assert_eq!(align_of::<netif_extra_info>(), 2usize, "alignment of netif_extra_info");
        assert_eq!(offset!(netif_extra_info, r#type), 0usize, "offset of netif_extra_info.type");
        assert_eq!(offset!(netif_extra_info, flags), 1usize, "offset of netif_extra_info.flags");
        assert_eq!(offset!(netif_extra_info, u), 2usize, "offset of netif_extra_info.u");
        // netif_extra_info_t
        assert_eq!(size_of::<netif_extra_info_t>(), 8usize, "size of netif_extra_info_t");
        assert_eq!(align_of::<netif_extra_info_t>(), 2usize, "alignment of netif_extra_info_t");
        // netif_rx_back_ring
        assert_eq!(size_of::<netif_rx_back_ring>(), 24usize, "size of netif_rx_back_ring");
        assert_eq!(align_of::<netif_rx_back_ring>(), 8usize, "alignment of netif_rx_back_ring");
        assert_eq!(offset!(netif_rx_back_ring, rsp_prod_pvt), 0usize, "offset of netif_rx_back_ring.rsp_prod_pvt");
        assert_eq!(offset!(netif_rx_back_ring, req_cons), 4usize, "offset of netif_rx_back_ring.req_cons");
        assert_eq!(offset!(netif_rx_back_ring, nr_ents), 8usize, "offset of netif_rx_back_ring.nr_ents");
        assert_eq!(offset!(netif_rx_back_ring, sring), 16usize, "offset of netif_rx_back_ring.sring");
        // netif_rx_back_ring_t
        assert_eq!(size_of::<netif_rx_back_ring_t>(), 24usize, "size of netif_rx_back_ring_t");
        assert_eq!(align_of::<netif_rx_back_ring_t>(), 8usize, "alignment of netif_rx_back_ring_t");
        // netif_rx_front_ring
        assert_eq!(size_of::<netif_rx_front_ring>(), 24usize, "size of netif_rx_front_ring");
        assert_eq!(align_of::<netif_rx_front_ring>(), 8usize, "alignment of netif_rx_front_ring");
        assert_eq!(offset!(netif_rx_front_ring, req_prod_pvt), 0usize, "offset of netif_rx_front_ring.req_prod_pvt");
        assert_eq!(offset!(netif_rx_front_ring, rsp_cons), 4usize, "offset of netif_rx_front_ring.rsp_cons");
        assert_eq!(offset!(netif_rx_front_ring, nr_ents), 8usize, "offset of netif_rx_front_ring.nr_ents");
        assert_eq!(offset!(netif_rx_front_ring, sring), 16usize, "offset of netif_rx_front_ring.sring");
        // netif_rx_front_ring_t
        assert_eq!(size_of::<netif_rx_front_ring_t>(), 24usize, "size of netif_rx_front_ring_t");
        assert_eq!(align_of::<netif_rx_front_ring_t>(), 8usize, "alignment of netif_rx_front_ring_t");
        // netif_rx_request
        assert_eq!(size_of::<netif_rx_request>(), 8usize, "size of netif_rx_request");
        assert_eq!(align_of::<netif_rx_request>(), 4usize, "alignment of netif_rx_request");
        assert_eq!(offset!(netif_rx_request, id), 0usize, "offset of netif_rx_request.id");
        assert_eq!(offset!(netif_rx_request, pad), 2usize, "offset of netif_rx_request.pad");
        assert_eq!(offset!(netif_rx_request, gref), 4usize, "offset of netif_rx_request.gref");
        // netif_rx_request_t
        assert_eq!(size_of::<netif_rx_request_t>(), 8usize, "size of netif_rx_request_t");
        assert_eq!(align_of::<netif_rx_request_t>(), 4usize, "alignment of netif_rx_request_t");
        // netif_rx_response
        assert_eq!(size_of::<netif_rx_response>(), 8usize, "size of netif_rx_response");
        assert_eq!(align_of::<netif_rx_response>(), 2usize, "alignment of netif_rx_response");
        assert_eq!(offset!(netif_rx_response, id), 0usize, "offset of netif_rx_response.id");
        assert_eq!(offset!(netif_rx_response, offset), 2usize, "offset of netif_rx_response.offset");
        assert_eq!(offset!(netif_rx_response, flags), 4usize, "offset of netif_rx_response.flags");
        assert_eq!(offset!(netif_rx_response, status), 6usize, "offset of netif_rx_response.status");
        // netif_rx_response_t
        assert_eq!(size_of::<netif_rx_response_t>(), 8usize, "size of netif_rx_response_t");
        assert_eq!(align_of::<netif_rx_response_t>(), 2usize, "alignment of netif_rx_response_t");
        // netif_rx_sring_entry
        assert_eq!(size_of::<netif_rx_sring_entry>(), 8usize, "size of netif_rx_sring_entry");
        assert_eq!(align_of::<netif_rx_sring_entry>(), 4usize, "alignment of netif_rx_sring_entry");
        assert_eq!(offset!(netif_rx_sring_entry, req), 0usize, "offset of netif_rx_sring_entry.req");
        assert_eq!(offset!(netif_rx_sring_entry, rsp), 0usize, "offset of netif_rx_sring_entry.rsp");
        // netif_rx_sring
        assert_eq!(size_of::<netif_rx_sring>(), 64usize, "size of netif_rx_sring");
        assert_eq!(align_of::<netif_rx_sring>(), 4usize, "alignment of netif_rx_sring");
        assert_eq!(offset!(netif_rx_sring, req_prod), 0usize, "offset of netif_rx_sring.req_prod");
        assert_eq!(offset!(netif_rx_sring, req_event), 4usize, "offset of netif_rx_sring.req_event");
        assert_eq!(offset!(netif_rx_sring, rsp_prod), 8usize, "offset of netif_rx_sring.rsp_prod");
        assert_eq!(offset!(netif_rx_sring, rsp_event), 12usize, "offset of netif_rx_sring.rsp_event");
        assert_eq!(offset!(netif_rx_sring, pvt), 16usize, "offset of netif_rx_sring.pvt");
        assert_eq!(offset!(netif_rx_sring, __pad), 20usize, "offset of netif_rx_sring.__pad");
        assert_eq!(offset!(netif_rx_sring, ring), 64usize, "offset of netif_rx_sring.ring");
        // netif_rx_sring_t
        assert_eq!(size_of::<netif_rx_sring_t>(), 64usize, "size of netif_rx_sring_t");
        assert_eq!(align_of::<netif_rx_sring_t>(), 4usize, "alignment of netif_rx_sring_t");
        // netif_tx_back_ring
        assert_eq!(size_of::<netif_tx_back_ring>(), 24usize, "size of netif_tx_back_ring");
        assert_eq!(align_of::<netif_tx_back_ring>(), 8usize, "alignment of netif_tx_back_ring");
        assert_eq!(offset!(netif_tx_back_ring, rsp_prod_pvt), 0usize, "offset of netif_tx_back_ring.rsp_prod_pvt");
        assert_eq!(offset!(netif_tx_back_ring, req_cons), 4usize, "offset of netif_tx_back_ring.req_cons");
        assert_eq!(offset!(netif_tx_back_ring, nr_ents), 8usize, "offset of netif_tx_back_ring.nr_ents");
        assert_eq!(offset!(netif_tx_back_ring, sring), 16usize, "offset of netif_tx_back_ring.sring");
        // netif_tx_back_ring_t
        assert_eq!(size_of::<netif_tx_back_ring_t>(), 24usize, "size of netif_tx_back_ring_t");
        assert_eq!(align_of::<netif_tx_back_ring_t>(), 8usize, "alignment of netif_tx_back_ring_t");
        // netif_tx_front_ring
        assert_eq!(size_of::<netif_tx_front_ring>(), 24usize, "size of netif_tx_front_ring");
        assert_eq!(align_of::<netif_tx_front_ring>(), 8usize, "alignment of netif_tx_front_ring");
        assert_eq!(offset!(netif_tx_front_ring, req_prod_pvt), 0usize, "offset of netif_tx_front_ring.req_prod_pvt");
        assert_eq!(offset!(netif_tx_front_ring, rsp_cons), 4usize, "offset of netif_tx_front_ring.rsp_cons");
        assert_eq!(offset!(netif_tx_front_ring, nr_ents), 8usize, "offset of netif_tx_front_ring.nr_ents");
        assert_eq!(offset!(netif_tx_front_ring, sring), 16usize, "offset of netif_tx_front_ring.sring");
        // netif_tx_front_ring_t
        assert_eq!(size_of::<netif_tx_front_ring_t>(), 24usize, "size of netif_tx_front_ring_t");
        assert_eq!(align_of::<netif_tx_front_ring_t>(), 8usize, "alignment of netif_tx_front_ring_t");
        // netif_tx_request
        assert_eq!(size_of::<netif_tx_request>(), 12usize, "size of netif_tx_request");
        assert_eq!(align_of::<netif_tx_request>(), 4usize, "alignment of netif_tx_request");
        assert_eq!(offset!(netif_tx_request, gref), 0usize, "offset of netif_tx_request.gref");
        assert_eq!(offset!(netif_tx_request, offset), 4usize, "offset of netif_tx_request.offset");
        assert_eq!(offset!(netif_tx_request, flags), 6usize, "offset of netif_tx_request.flags");
        assert_eq!(offset!(netif_tx_request, id), 8usize, "offset of netif_tx_request.id");
        assert_eq!(offset!(netif_tx_request, size), 10usize, "offset of netif_tx_request.size");
        // netif_tx_request_t
        assert_eq!(size_of::<netif_tx_request_t>(), 12usize, "size of netif_tx_request_t");
        assert_eq!(align_of::<netif_tx_request_t>(), 4usize, "alignment of netif_tx_request_t");
        // netif_tx_response
        assert_eq!(size_of::<netif_tx_response>(), 4usize, "size of netif_tx_response");
        assert_eq!(align_of::<netif_tx_response>(), 2usize, "alignment of netif_tx_response");
        assert_eq!(offset!(netif_tx_response, id), 0usize, "offset of netif_tx_response.id");
        assert_eq!(offset!(netif_tx_response, status), 2usize, "offset of netif_tx_response.status");
        // netif_tx_response_t
        assert_eq!(size_of::<netif_tx_response_t>(), 4usize, "size of netif_tx_response_t");
        assert_eq!(align_of::<netif_tx_response_t>(), 2usize, "alignment of netif_tx_response_t");
        // netif_tx_sring_entry
        assert_eq!(size_of::<netif_tx_sring_entry>(), 12usize, "size of netif_tx_sring_entry");
        assert_eq!(align_of::<netif_tx_sring_entry>(), 4usize, "alignment of netif_tx_sring_entry");
        assert_eq!(offset!(netif_tx_sring_entry, req), 0usize, "offset of netif_tx_sring_entry.req");
        assert_eq!(offset!(netif_tx_sring_entry, rsp), 0usize, "offset of netif_tx_sring_entry.rsp");
        // netif_tx_sring
        assert_eq!(size_of::<netif_tx_sring>(), 64usize, "size of netif_tx_sring");
        assert_eq!(align_of::<netif_tx_sring>(), 4usize, "alignment of netif_tx_sring");
        assert_eq!(offset!(netif_tx_sring, req_prod), 0usize, "offset of netif_tx_sring.req_prod");
        assert_eq!(offset!(netif_tx_sring, req_event), 4usize, "offset of netif_tx_sring.req_event");
        assert_eq!(offset!(netif_tx_sring, rsp_prod), 8usize, "offset of netif_tx_sring.rsp_prod");
        assert_eq!(offset!(netif_tx_sring, rsp_event), 12usize, "offset of netif_tx_sring.rsp_event");
        assert_eq!(offset!(netif_tx_sring, pvt), 16usize, "offset of netif_tx_sring.pvt");
        assert_eq!(offset!(netif_tx_sring, __pad), 20usize, "offset of netif_tx_sring.__pad");
        assert_eq!(offset!(netif_tx_sring, ring), 64usize, "offset of netif_tx_sring.ring");
        // netif_tx_sring_t
        assert_eq!(size_of::<netif_tx_sring_t>(), 64usize, "size of netif_tx_sring_t");
        assert_eq!(align_of::<netif_tx_sring_t>(), 4usize, "alignment of netif_tx_sring_t");
        // physdev_apic
        assert_eq!(size_of::<physdev_apic>(), 16usize, "size of physdev_apic");
        assert_eq!(align_of::<physdev_apic>(), 8usize, "alignment of physdev_apic");
        assert_eq!(offset!(physdev_apic, apic_physbase), 0usize, "offset of physdev_apic.apic_physbase");
        assert_eq!(offset!(physdev_apic, reg), 8usize, "offset of physdev_apic.reg");
        assert_eq!(offset!(physdev_apic, value), 12usize, "offset of physdev_apic.value");
        // physdev_apic_t
        assert_eq!(size_of::<physdev_apic_t>(), 16usize, "size of physdev_apic_t");
        assert_eq!(align_of::<physdev_apic_t>(), 8usize, "alignment of physdev_apic_t");
        // physdev_pci_device
        assert_eq!(size_of::<physdev_pci_device>(), 4usize, "size of physdev_pci_device");
        assert_eq!(align_of::<physdev_pci_device>(), 2usize, "alignment of physdev_pci_device");
        assert_eq!(offset!(physdev_pci_device, seg), 0usize, "offset of physdev_pci_device.seg");
        assert_eq!(offset!(physdev_pci_device, bus), 2usize, "offset of physdev_pci_device.bus");
        assert_eq!(offset!(physdev_pci_device, devfn), 3usize, "offset of physdev_pci_device.devfn");
        // physdev_pci_device_t
        assert_eq!(size_of::<physdev_pci_device_t>(), 4usize, "size of physdev_pci_device_t");
        assert_eq!(align_of::<physdev_pci_device_t>(), 2usize, "alignment of physdev_pci_device_t");
        // physdev_dbgp_op
        assert_eq!(size_of::<physdev_dbgp_op>(), 6usize, "size of physdev_dbgp_op");
        assert_eq!(align_of::<physdev_dbgp_op>(), 2usize, "alignment of physdev_dbgp_op");
        assert_eq!(offset!(physdev_dbgp_op, op), 0usize, "offset of physdev_dbgp_op.op");
        assert_eq!(offset!(physdev_dbgp_op, bus), 1usize, "offset of physdev_dbgp_op.bus");
        assert_eq!(offset!(physdev_dbgp_op, u), 2usize, "offset of physdev_dbgp_op.u");
        // physdev_dbgp_op_t
        assert_eq!(size_of::<physdev_dbgp_op_t>(), 6usize, "size of physdev_dbgp_op_t");
        assert_eq!(align_of::<physdev_dbgp_op_t>(), 2usize, "alignment of physdev_dbgp_op_t");
        // physdev_eoi
        assert_eq!(size_of::<physdev_eoi>(), 4usize, "size of physdev_eoi");
        assert_eq!(align_of::<physdev_eoi>(), 4usize, "alignment of physdev_eoi");
        assert_eq!(offset!(physdev_eoi, irq), 0usize, "offset of physdev_eoi.irq");
        // physdev_eoi_t
        assert_eq!(size_of::<physdev_eoi_t>(), 4usize, "size of physdev_eoi_t");
        assert_eq!(align_of::<physdev_eoi_t>(), 4usize, "alignment of physdev_eoi_t");
        // physdev_get_free_pirq
        assert_eq!(size_of::<physdev_get_free_pirq>(), 8usize, "size of physdev_get_free_pirq");
        assert_eq!(align_of::<physdev_get_free_pirq>(), 4usize, "alignment of physdev_get_free_pirq");
        assert_eq!(offset!(physdev_get_free_pirq, r#type), 0usize, "offset of physdev_get_free_pirq.type");
        assert_eq!(offset!(physdev_get_free_pirq, pirq), 4usize, "offset of physdev_get_free_pirq.pirq");
        // physdev_get_free_pirq_t
        assert_eq!(size_of::<physdev_get_free_pirq_t>(), 8usize, "size of physdev_get_free_pirq_t");
        assert_eq!(align_of::<physdev_get_free_pirq_t>(), 4usize, "alignment of physdev_get_free_pirq_t");
        // physdev_irq_status_query
        assert_eq!(size_of::<physdev_irq_status_query>(), 8usize, "size of physdev_irq_status_query");
        assert_eq!(align_of::<physdev_irq_status_query>(), 4usize, "alignment of physdev_irq_status_query");
        assert_eq!(offset!(physdev_irq_status_query, irq), 0usize, "offset of physdev_irq_status_query.irq");
        assert_eq!(offset!(physdev_irq_status_query, flags), 4usize, "offset of physdev_irq_status_query.flags");
        // physdev_irq_status_query_t
        assert_eq!(size_of::<physdev_irq_status_query_t>(), 8usize, "size of physdev_irq_status_query_t");
        assert_eq!(align_of::<physdev_irq_status_query_t>(), 4usize, "alignment of physdev_irq_status_query_t");
        // physdev_irq
        assert_eq!(size_of::<physdev_irq>(), 8usize, "size of physdev_irq");
        assert_eq!(align_of::<physdev_irq>(), 4usize, "alignment of physdev_irq");
        assert_eq!(offset!(physdev_irq, irq), 0usize, "offset of physdev_irq.irq");
        assert_eq!(offset!(physdev_irq, vector), 4usize, "offset of physdev_irq.vector");
        // physdev_irq_t
        assert_eq!(size_of::<physdev_irq_t>(), 8usize, "size of physdev_irq_t");
        assert_eq!(align_of::<physdev_irq_t>(), 4usize, "alignment of physdev_irq_t");
        // physdev_manage_pci_ext
        assert_eq!(size_of::<physdev_manage_pci_ext>(), 16usize, "size of physdev_manage_pci_ext");
        assert_eq!(align_of::<physdev_manage_pci_ext>(), 4usize, "alignment of physdev_manage_pci_ext");
        assert_eq!(offset!(physdev_manage_pci_ext, bus), 0usize, "offset of physdev_manage_pci_ext.bus");
        assert_eq!(offset!(physdev_manage_pci_ext, devfn), 1usize, "offset of physdev_manage_pci_ext.devfn");
        assert_eq!(offset!(physdev_manage_pci_ext, is_extfn), 4usize, "offset of physdev_manage_pci_ext.is_extfn");
        assert_eq!(offset!(physdev_manage_pci_ext, is_virtfn), 8usize, "offset of physdev_manage_pci_ext.is_virtfn");
        assert_eq!(offset!(physdev_manage_pci_ext, physfn), 12usize, "offset of physdev_manage_pci_ext.physfn");
        // physdev_manage_pci_ext_t
        assert_eq!(size_of::<physdev_manage_pci_ext_t>(), 16usize, "size of physdev_manage_pci_ext_t");
        assert_eq!(align_of::<physdev_manage_pci_ext_t>(), 4usize, "alignment of physdev_manage_pci_ext_t");
        // physdev_manage_pci
        assert_eq!(size_of::<physdev_manage_pci>(), 2usize, "size of physdev_manage_pci");
        assert_eq!(align_of::<physdev_manage_pci>(), 1usize, "alignment of physdev_manage_pci");
        assert_eq!(offset!(physdev_manage_pci, bus), 0usize, "offset of physdev_manage_pci.bus");
        assert_eq!(offset!(physdev_manage_pci, devfn), 1usize, "offset of physdev_manage_pci.devfn");
        // physdev_manage_pci_t
        assert_eq!(size_of::<physdev_manage_pci_t>(), 2usize, "size of physdev_manage_pci_t");
        assert_eq!(align_of::<physdev_manage_pci_t>(), 1usize, "alignment of physdev_manage_pci_t");
        // physdev_map_pirq
        assert_eq!(size_of::<physdev_map_pirq>(), 40usize, "size of physdev_map_pirq");
        assert_eq!(align_of::<physdev_map_pirq>(), 8usize, "alignment of physdev_map_pirq");
        assert_eq!(offset!(physdev_map_pirq, domid), 0usize, "offset of physdev_map_pirq.domid");
        assert_eq!(offset!(physdev_map_pirq, r#type), 4usize, "offset of physdev_map_pirq.type");
        assert_eq!(offset!(physdev_map_pirq, index), 8usize, "offset of physdev_map_pirq.index");
        assert_eq!(offset!(physdev_map_pirq, pirq), 12usize, "offset of physdev_map_pirq.pirq");
        assert_eq!(offset!(physdev_map_pirq, bus), 16usize, "offset of physdev_map_pirq.bus");
        assert_eq!(offset!(physdev_map_pirq, devfn), 20usize, "offset of physdev_map_pirq.devfn");
        assert_eq!(offset!(physdev_map_pirq, entry_nr), 24usize, "offset of physdev_map_pirq.entry_nr");
        assert_eq!(offset!(physdev_map_pirq, table_base), 32usize, "offset of physdev_map_pirq.table_base");
        // physdev_map_pirq_t
        assert_eq!(size_of::<physdev_map_pirq_t>(), 40usize, "size of physdev_map_pirq_t");
        assert_eq!(align_of::<physdev_map_pirq_t>(), 8usize, "alignment of physdev_map_pirq_t");
        // physdev_set_iobitmap
        assert_eq!(size_of::<physdev_set_iobitmap>(), 16usize, "size of physdev_set_iobitmap");
        assert_eq!(align_of::<physdev_set_iobitmap>(), 8usize, "alignment of physdev_set_iobitmap");
        assert_eq!(offset!(physdev_set_iobitmap, bitmap), 0usize, "offset of physdev_set_iobitmap.bitmap");
        assert_eq!(offset!(physdev_set_iobitmap, nr_ports), 8usize, "offset of physdev_set_iobitmap.nr_ports");
        // physdev_set_iobitmap_t
        assert_eq!(size_of::<physdev_set_iobitmap_t>(), 16usize, "size of physdev_set_iobitmap_t");
        assert_eq!(align_of::<physdev_set_iobitmap_t>(), 8usize, "alignment of physdev_set_iobitmap_t");
        // physdev_set_iopl
        assert_eq!(size_of::<physdev_set_iopl>(), 4usize, "size of physdev_set_iopl");
        assert_eq!(align_of::<physdev_set_iopl>(), 4usize, "alignment of physdev_set_iopl");
        assert_eq!(offset!(physdev_set_iopl, iopl), 0usize, "offset of physdev_set_iopl.iopl");
        // physdev_set_iopl_t
        assert_eq!(size_of::<physdev_set_iopl_t>(), 4usize, "size of physdev_set_iopl_t");
        assert_eq!(align_of::<physdev_set_iopl_t>(), 4usize, "alignment of physdev_set_iopl_t");
        // physdev_op
        assert_eq!(size_of::<physdev_op>(), 24usize, "size of physdev_op");
        assert_eq!(align_of::<physdev_op>(), 8usize, "alignment of physdev_op");
        assert_eq!(offset!(physdev_op, cmd), 0usize, "offset of physdev_op.cmd");
        assert_eq!(offset!(physdev_op, u), 8usize, "offset of physdev_op.u");
        // physdev_op_t
        assert_eq!(size_of::<physdev_op_t>(), 24usize, "size of physdev_op_t");
        assert_eq!(align_of::<physdev_op_t>(), 8usize, "alignment of physdev_op_t");
    }

    #[test]
    fn layout_014() {
        // physdev_pci_device_add
        assert_eq!(size_of::<physdev_pci_device_add>(), 12usize, "size of physdev_pci_device_add");
        assert_eq!(align_of::<physdev_pci_device_add>(), 4usize, "alignment of physdev_pci_device_add");
        assert_eq!(offset!(physdev_pci_device_add, seg), 0usize, "offset of physdev_pci_device_add.seg");
        assert_eq!(offset!(physdev_pci_device_add, bus), 2usize, "offset of physdev_pci_device_add.bus");
        assert_eq!(offset!(physdev_pci_device_add, devfn), 3usize, "offset of physdev_pci_device_add.devfn");
        assert_eq!(offset!(physdev_pci_device_add, flags), 4usize, "offset of physdev_pci_device_add.flags");
        assert_eq!(offset!(physdev_pci_device_add, physfn), 8usize, "offset of physdev_pci_device_add.physfn");
        assert_eq!(offset!(physdev_pci_device_add, optarr), 12usize, "offset of physdev_pci_device_add.optarr");
        // physdev_pci_device_add_t
        assert_eq!(size_of::<physdev_pci_device_add_t>(), 12usize, "size of physdev_pci_device_add_t");
        assert_eq!(align_of::<physdev_pci_device_add_t>(), 4usize, "alignment of physdev_pci_device_add_t");
        // physdev_pci_mmcfg_reserved
        assert_eq!(size_of::<physdev_pci_mmcfg_reserved>(), 16usize, "size of physdev_pci_mmcfg_reserved");
        assert_eq!(align_of::<physdev_pci_mmcfg_reserved>(), 8usize, "alignment of physdev_pci_mmcfg_reserved");
        assert_eq!(offset!(physdev_pci_mmcfg_reserved, address), 0usize, "offset of physdev_pci_mmcfg_reserved.address");
        assert_eq!(offset!(physdev_pci_mmcfg_reserved, segment), 8usize, "offset of physdev_pci_mmcfg_reserved.segment");
        assert_eq!(offset!(physdev_pci_mmcfg_reserved, start_bus), 10usize, "offset of physdev_pci_mmcfg_reserved.start_bus");
        assert_eq!(offset!(physdev_pci_mmcfg_reserved, end_bus), 11usize, "offset of physdev_pci_mmcfg_reserved.end_bus");
        assert_eq!(offset!(physdev_pci_mmcfg_reserved, flags), 12usize, "offset of physdev_pci_mmcfg_reserved.flags");
        // physdev_pci_mmcfg_reserved_t
        assert_eq!(size_of::<physdev_pci_mmcfg_reserved_t>(), 16usize, "size of physdev_pci_mmcfg_reserved_t");
        assert_eq!(align_of::<physdev_pci_mmcfg_reserved_t>(), 8usize, "alignment of physdev_pci_mmcfg_reserved_t");
        // physdev_pirq_eoi_gmfn
        assert_eq!(size_of::<physdev_pirq_eoi_gmfn>(), 8usize, "size of physdev_pirq_eoi_gmfn");
        assert_eq!(align_of::<physdev_pirq_eoi_gmfn>(), 8usize, "alignment of physdev_pirq_eoi_gmfn");
        assert_eq!(offset!(physdev_pirq_eoi_gmfn, gmfn), 0usize, "offset of physdev_pirq_eoi_gmfn.gmfn");
        // physdev_pirq_eoi_gmfn_t
        assert_eq!(size_of::<physdev_pirq_eoi_gmfn_t>(), 8usize, "size of physdev_pirq_eoi_gmfn_t");
        assert_eq!(align_of::<physdev_pirq_eoi_gmfn_t>(), 8usize, "alignment of physdev_pirq_eoi_gmfn_t");
        // physdev_restore_msi
        assert_eq!(size_of::<physdev_restore_msi>(), 2usize, "size of physdev_restore_msi");
        assert_eq!(align_of::<physdev_restore_msi>(), 1usize, "alignment of physdev_restore_msi");
        assert_eq!(offset!(physdev_restore_msi, bus), 0usize, "offset of physdev_restore_msi.bus");
        assert_eq!(offset!(physdev_restore_msi, devfn), 1usize, "offset of physdev_restore_msi.devfn");
        // physdev_restore_msi_t
        assert_eq!(size_of::<physdev_restore_msi_t>(), 2usize, "size of physdev_restore_msi_t");
        assert_eq!(align_of::<physdev_restore_msi_t>(), 1usize, "alignment of physdev_restore_msi_t");
        // physdev_setup_gsi
        assert_eq!(size_of::<physdev_setup_gsi>(), 8usize, "size of physdev_setup_gsi");
        assert_eq!(align_of::<physdev_setup_gsi>(), 4usize, "alignment of physdev_setup_gsi");
        assert_eq!(offset!(physdev_setup_gsi, gsi), 0usize, "offset of physdev_setup_gsi.gsi");
        assert_eq!(offset!(physdev_setup_gsi, triggering), 4usize, "offset of physdev_setup_gsi.triggering");
        assert_eq!(offset!(physdev_setup_gsi, polarity), 5usize, "offset of physdev_setup_gsi.polarity");
        // physdev_setup_gsi_t
        assert_eq!(size_of::<physdev_setup_gsi_t>(), 8usize, "size of physdev_setup_gsi_t");
        assert_eq!(align_of::<physdev_setup_gsi_t>(), 4usize, "alignment of physdev_setup_gsi_t");
        // physdev_unmap_pirq
        assert_eq!(size_of::<physdev_unmap_pirq>(), 8usize, "size of physdev_unmap_pirq");
        assert_eq!(align_of::<physdev_unmap_pirq>(), 4usize, "alignment of physdev_unmap_pirq");
        assert_eq!(offset!(physdev_unmap_pirq, domid), 0usize, "offset of physdev_unmap_pirq.domid");
        assert_eq!(offset!(physdev_unmap_pirq, pirq), 4usize, "offset of physdev_unmap_pirq.pirq");
        // physdev_unmap_pirq_t
        assert_eq!(size_of::<physdev_unmap_pirq_t>(), 8usize, "size of physdev_unmap_pirq_t");
        assert_eq!(align_of::<physdev_unmap_pirq_t>(), 4usize, "alignment of physdev_unmap_pirq_t");
        // sched_pin_override
        assert_eq!(size_of::<sched_pin_override>(), 4usize, "size of sched_pin_override");
        assert_eq!(align_of::<sched_pin_override>(), 4usize, "alignment of sched_pin_override");
        assert_eq!(offset!(sched_pin_override, pcpu), 0usize, "offset of sched_pin_override.pcpu");
        // sched_pin_override_t
        assert_eq!(size_of::<sched_pin_override_t>(), 4usize, "size of sched_pin_override_t");
        assert_eq!(align_of::<sched_pin_override_t>(), 4usize, "alignment of sched_pin_override_t");
        // sched_poll
        assert_eq!(size_of::<sched_poll>(), 24usize, "size of sched_poll");
        assert_eq!(align_of::<sched_poll>(), 8usize, "alignment of sched_poll");
        assert_eq!(offset!(sched_poll, ports), 0usize, "offset of sched_poll.ports");
        assert_eq!(offset!(sched_poll, nr_ports), 8usize, "offset of sched_poll.nr_ports");
        assert_eq!(offset!(sched_poll, timeout), 16usize, "offset of sched_poll.timeout");
        // sched_poll_t
        assert_eq!(size_of::<sched_poll_t>(), 24usize, "size of sched_poll_t");
        assert_eq!(align_of::<sched_poll_t>(), 8usize, "alignment of sched_poll_t");
        // sched_remote_shutdown
        assert_eq!(size_of::<sched_remote_shutdown>(), 8usize, "size of sched_remote_shutdown");
        assert_eq!(align_of::<sched_remote_shutdown>(), 4usize, "alignment of sched_remote_shutdown");
        assert_eq!(offset!(sched_remote_shutdown, domain_id), 0usize, "offset of sched_remote_shutdown.domain_id");
        assert_eq!(offset!(sched_remote_shutdown, reason), 4usize, "offset of sched_remote_shutdown.reason");
        // sched_remote_shutdown_t
        assert_eq!(size_of::<sched_remote_shutdown_t>(), 8usize, "size of sched_remote_shutdown_t");
        assert_eq!(align_of::<sched_remote_shutdown_t>(), 4usize, "alignment of sched_remote_shutdown_t");
        // sched_shutdown
        assert_eq!(size_of::<sched_shutdown>(), 4usize, "size of sched_shutdown");
        assert_eq!(align_of::<sched_shutdown>(), 4usize, "alignment of sched_shutdown");
        assert_eq!(offset!(sched_shutdown, reason), 0usize, "offset of sched_shutdown.reason");
        // sched_shutdown_t
        assert_eq!(size_of::<sched_shutdown_t>(), 4usize, "size of sched_shutdown_t");
        assert_eq!(align_of::<sched_shutdown_t>(), 4usize, "alignment of sched_shutdown_t");
        // sched_watchdog
        assert_eq!(size_of::<sched_watchdog>(), 8usize, "size of sched_watchdog");
        assert_eq!(align_of::<sched_watchdog>(), 4usize, "alignment of sched_watchdog");
        assert_eq!(offset!(sched_watchdog, id), 0usize, "offset of sched_watchdog.id");
        assert_eq!(offset!(sched_watchdog, timeout), 4usize, "offset of sched_watchdog.timeout");
        // sched_watchdog_t
        assert_eq!(size_of::<sched_watchdog_t>(), 8usize, "size of sched_watchdog_t");
        assert_eq!(align_of::<sched_watchdog_t>(), 4usize, "alignment of sched_watchdog_t");
        // vcpu_time_info
        assert_eq!(size_of::<vcpu_time_info>(), 32usize, "size of vcpu_time_info");
        assert_eq!(align_of::<vcpu_time_info>(), 8usize, "alignment of vcpu_time_info");
        assert_eq!(offset!(vcpu_time_info, version), 0usize, "offset of vcpu_time_info.version");
        assert_eq!(offset!(vcpu_time_info, pad0), 4usize, "offset of vcpu_time_info.pad0");
        assert_eq!(offset!(vcpu_time_info, tsc_timestamp), 8usize, "offset of vcpu_time_info.tsc_timestamp");
        assert_eq!(offset!(vcpu_time_info, system_time), 16usize, "offset of vcpu_time_info.system_time");
        assert_eq!(offset!(vcpu_time_info, tsc_to_system_mul), 24usize, "offset of vcpu_time_info.tsc_to_system_mul");
        assert_eq!(offset!(vcpu_time_info, tsc_shift), 28usize, "offset of vcpu_time_info.tsc_shift");
        assert_eq!(offset!(vcpu_time_info, flags), 29usize, "offset of vcpu_time_info.flags");
        assert_eq!(offset!(vcpu_time_info, pad1), 30usize, "offset of vcpu_time_info.pad1");
        // vcpu_time_info_t
        assert_eq!(size_of::<vcpu_time_info_t>(), 32usize, "size of vcpu_time_info_t");
        assert_eq!(align_of::<vcpu_time_info_t>(), 8usize, "alignment of vcpu_time_info_t");
        // vcpu_info
        assert_eq!(size_of::<vcpu_info>(), 48usize, "size of vcpu_info");
        assert_eq!(align_of::<vcpu_info>(), 8usize, "alignment of vcpu_info");
        assert_eq!(offset!(vcpu_info, evtchn_upcall_pending), 0usize, "offset of vcpu_info.evtchn_upcall_pending");
        assert_eq!(offset!(vcpu_info, pad0), 1usize, "offset of vcpu_info.pad0");
        assert_eq!(offset!(vcpu_info, evtchn_pending_sel), 8usize, "offset of vcpu_info.evtchn_pending_sel");
        assert_eq!(offset!(vcpu_info, arch), 16usize, "offset of vcpu_info.arch");
        assert_eq!(offset!(vcpu_info, time), 16usize, "offset of vcpu_info.time");
        // shared_info
        assert_eq!(size_of::<shared_info>(), 1088usize, "size of shared_info");
        assert_eq!(align_of::<shared_info>(), 8usize, "alignment of shared_info");
        assert_eq!(offset!(shared_info, vcpu_info), 0usize, "offset of shared_info.vcpu_info");
        assert_eq!(offset!(shared_info, evtchn_pending), 48usize, "offset of shared_info.evtchn_pending");
        assert_eq!(offset!(shared_info, evtchn_mask), 560usize, "offset of shared_info.evtchn_mask");
        assert_eq!(offset!(shared_info, wc_version), 1072usize, "offset of shared_info.wc_version");
        assert_eq!(offset!(shared_info, wc_sec), 1076usize, "offset of shared_info.wc_sec");
        assert_eq!(offset!(shared_info, wc_nsec), 1080usize, "offset of shared_info.wc_nsec");
        assert_eq!(offset!(shared_info, wc_sec_hi), 1084usize, "offset of shared_info.wc_sec_hi");
        assert_eq!(offset!(shared_info, arch), 1088usize, "offset of shared_info.arch");
        // shared_info_t
        assert_eq!(size_of::<shared_info_t>(), 1088usize, "size of shared_info_t");
        assert_eq!(align_of::<shared_info_t>(), 8usize, "alignment of shared_info_t");
        // shared_iopage
        assert_eq!(size_of::<shared_iopage>(), 32usize, "size of shared_iopage");
        assert_eq!(align_of::<shared_iopage>(), 8usize, "alignment of shared_iopage");
        assert_eq!(offset!(shared_iopage, vcpu_ioreq), 0usize, "offset of shared_iopage.vcpu_ioreq");
        // shared_iopage_t
        assert_eq!(size_of::<shared_iopage_t>(), 32usize, "size of shared_iopage_t");
        assert_eq!(align_of::<shared_iopage_t>(), 8usize, "alignment of shared_iopage_t");
        // hvm_save_end
        assert_eq!(size_of::<hvm_save_end>(), 0usize, "size of hvm_save_end");
        assert_eq!(align_of::<hvm_save_end>(), 1usize, "alignment of hvm_save_end");
        // __HVM_SAVE_TYPE_END
        assert_eq!(size_of::<__HVM_SAVE_TYPE_END>(), 1usize, "size of __HVM_SAVE_TYPE_END");
        assert_eq!(align_of::<__HVM_SAVE_TYPE_END>(), 1usize, "alignment of __HVM_SAVE_TYPE_END");
        assert_eq!(offset!(__HVM_SAVE_TYPE_END, t), 0usize, "offset of __HVM_SAVE_TYPE_END.t");
        assert_eq!(offset!(__HVM_SAVE_TYPE_END, c), 0usize, "offset of __HVM_SAVE_TYPE_END.c");
        assert_eq!(offset!(__HVM_SAVE_TYPE_END, cpt), 0usize, "offset of __HVM_SAVE_TYPE_END.cpt");
        // _xen_pvcalls_accept
        assert_eq!(size_of::<_xen_pvcalls_accept>(), 8usize, "size of _xen_pvcalls_accept");
        assert_eq!(align_of::<_xen_pvcalls_accept>(), 8usize, "alignment of _xen_pvcalls_accept");
        assert_eq!(offset!(_xen_pvcalls_accept, id), 0usize, "offset of _xen_pvcalls_accept.id");
        // _xen_pvcalls_bind
        assert_eq!(size_of::<_xen_pvcalls_bind>(), 8usize, "size of _xen_pvcalls_bind");
        assert_eq!(align_of::<_xen_pvcalls_bind>(), 8usize, "alignment of _xen_pvcalls_bind");
        assert_eq!(offset!(_xen_pvcalls_bind, id), 0usize, "offset of _xen_pvcalls_bind.id");
        // _xen_pvcalls_connect
        assert_eq!(size_of::<_xen_pvcalls_connect>(), 8usize, "size of _xen_pvcalls_connect");
        assert_eq!(align_of::<_xen_pvcalls_connect>(), 8usize, "alignment of _xen_pvcalls_connect");
        assert_eq!(offset!(_xen_pvcalls_connect, id), 0usize, "offset of _xen_pvcalls_connect.id");
        // _xen_pvcalls_dummy
        assert_eq!(size_of::<_xen_pvcalls_dummy>(), 8usize, "size of _xen_pvcalls_dummy");
        assert_eq!(align_of::<_xen_pvcalls_dummy>(), 1usize, "alignment of _xen_pvcalls_dummy");
        assert_eq!(offset!(_xen_pvcalls_dummy, dummy), 0usize, "offset of _xen_pvcalls_dummy.dummy");
        // _xen_pvcalls_listen
        assert_eq!(size_of::<_xen_pvcalls_listen>(), 8usize, "size of _xen_pvcalls_listen");
        assert_eq!(align_of::<_xen_pvcalls_listen>(), 8usize, "alignment of _xen_pvcalls_listen");
        assert_eq!(offset!(_xen_pvcalls_listen, id), 0usize, "offset of _xen_pvcalls_listen.id");
        // _xen_pvcalls_poll
        assert_eq!(size_of::<_xen_pvcalls_poll>(), 8usize, "size of _xen_pvcalls_poll");
        assert_eq!(align_of::<_xen_pvcalls_poll>(), 8usize, "alignment of _xen_pvcalls_poll");
        assert_eq!(offset!(_xen_pvcalls_poll, id), 0usize, "offset of _xen_pvcalls_poll.id");
        // _xen_pvcalls_release
        assert_eq!(size_of::<_xen_pvcalls_release>(), 8usize, "size of _xen_pvcalls_release");
        assert_eq!(align_of::<_xen_pvcalls_release>(), 8usize, "alignment of _xen_pvcalls_release");
        assert_eq!(offset!(_xen_pvcalls_release, id), 0usize, "offset of _xen_pvcalls_release.id");
        // _xen_pvcalls_socket
        assert_eq!(size_of::<_xen_pvcalls_socket>(), 8usize, "size of _xen_pvcalls_socket");
        assert_eq!(align_of::<_xen_pvcalls_socket>(), 8usize, "alignment of _xen_pvcalls_socket");
        assert_eq!(offset!(_xen_pvcalls_socket, id), 0usize, "offset of _xen_pvcalls_socket.id");
        // event_log
        assert_eq!(size_of::<event_log>(), 16usize, "size of event_log");
        assert_eq!(align_of::<event_log>(), 8usize, "alignment of event_log");
        assert_eq!(offset!(event_log, eip), 0usize, "offset of event_log.eip");
        assert_eq!(offset!(event_log, mode), 8usize, "offset of event_log.mode");
        assert_eq!(offset!(event_log, event), 9usize, "offset of event_log.event");
        // hvm_info_table
        assert_eq!(size_of::<hvm_info_table>(), 48usize, "size of hvm_info_table");
        assert_eq!(align_of::<hvm_info_table>(), 4usize, "alignment of hvm_info_table");
        assert_eq!(offset!(hvm_info_table, signature), 0usize, "offset of hvm_info_table.signature");
        assert_eq!(offset!(hvm_info_table, length), 8usize, "offset of hvm_info_table.length");
        assert_eq!(offset!(hvm_info_table, checksum), 12usize, "offset of hvm_info_table.checksum");
        assert_eq!(offset!(hvm_info_table, apic_mode), 13usize, "offset of hvm_info_table.apic_mode");
        assert_eq!(offset!(hvm_info_table, nr_vcpus), 16usize, "offset of hvm_info_table.nr_vcpus");
        assert_eq!(offset!(hvm_info_table, low_mem_pgend), 20usize, "offset of hvm_info_table.low_mem_pgend");
        assert_eq!(offset!(hvm_info_table, reserved_mem_pgstart), 24usize, "offset of hvm_info_table.reserved_mem_pgstart");
        assert_eq!(offset!(hvm_info_table, high_mem_pgend), 28usize, "offset of hvm_info_table.high_mem_pgend");
        assert_eq!(offset!(hvm_info_table, vcpu_online), 32usize, "offset of hvm_info_table.vcpu_online");
        // hvm_save_descriptor
        assert_eq!(size_of::<hvm_save_descriptor>(), 8usize, "size of hvm_save_descriptor");
        assert_eq!(align_of::<hvm_save_descriptor>(), 4usize, "alignment of hvm_save_descriptor");
        assert_eq!(offset!(hvm_save_descriptor, typecode), 0usize, "offset of hvm_save_descriptor.typecode");
        assert_eq!(offset!(hvm_save_descriptor, instance), 2usize, "offset of hvm_save_descriptor.instance");
        assert_eq!(offset!(hvm_save_descriptor, length), 4usize, "offset of hvm_save_descriptor.length");
        // pci_device_reset
        assert_eq!(size_of::<pci_device_reset>(), 8usize, "size of pci_device_reset");
        assert_eq!(align_of::<pci_device_reset>(), 4usize, "alignment of pci_device_reset");
        assert_eq!(offset!(pci_device_reset, dev), 0usize, "offset of pci_device_reset.dev");
        assert_eq!(offset!(pci_device_reset, flags), 4usize, "offset of pci_device_reset.flags");
        // pvcalls_data
        assert_eq!(size_of::<pvcalls_data>(), 16usize, "size of pvcalls_data");
        assert_eq!(align_of::<pvcalls_data>(), 8usize, "alignment of pvcalls_data");
        assert_eq!(offset!(pvcalls_data, r#in), 0usize, "offset of pvcalls_data.in");
        assert_eq!(offset!(pvcalls_data, out), 8usize, "offset of pvcalls_data.out");
        // pvcalls_data_intf
        assert_eq!(size_of::<pvcalls_data_intf>(), 132usize, "size of pvcalls_data_intf");
        assert_eq!(align_of::<pvcalls_data_intf>(), 4usize, "alignment of pvcalls_data_intf");
        assert_eq!(offset!(pvcalls_data_intf, in_cons), 0usize, "offset of pvcalls_data_intf.in_cons");
        assert_eq!(offset!(pvcalls_data_intf, in_prod), 4usize, "offset of pvcalls_data_intf.in_prod");
        assert_eq!(offset!(pvcalls_data_intf, in_error), 8usize, "offset of pvcalls_data_intf.in_error");
        assert_eq!(offset!(pvcalls_data_intf, pad1), 12usize, "offset of pvcalls_data_intf.pad1");
        assert_eq!(offset!(pvcalls_data_intf, out_cons), 64usize, "offset of pvcalls_data_intf.out_cons");
        assert_eq!(offset!(pvcalls_data_intf, out_prod), 68usize, "offset of pvcalls_data_intf.out_prod");
        assert_eq!(offset!(pvcalls_data_intf, out_error), 72usize, "offset of pvcalls_data_intf.out_error");
        assert_eq!(offset!(pvcalls_data_intf, pad2), 76usize, "offset of pvcalls_data_intf.pad2");
        assert_eq!(offset!(pvcalls_data_intf, ring_order), 128usize, "offset of pvcalls_data_intf.ring_order");
        assert_eq!(offset!(pvcalls_data_intf, r#ref), 132usize, "offset of pvcalls_data_intf.ref");
        // ring_shared
        assert_eq!(size_of::<ring_shared>(), 8usize, "size of ring_shared");
        assert_eq!(align_of::<ring_shared>(), 4usize, "alignment of ring_shared");
        assert_eq!(offset!(ring_shared, cons), 0usize, "offset of ring_shared.cons");
        assert_eq!(offset!(ring_shared, prod), 4usize, "offset of ring_shared.prod");
        // scsiif_request_segment
        assert_eq!(size_of::<scsiif_request_segment>(), 8usize, "size of scsiif_request_segment");
        assert_eq!(align_of::<scsiif_request_segment>(), 4usize, "alignment of scsiif_request_segment");
        assert_eq!(offset!(scsiif_request_segment, gref), 0usize, "offset of scsiif_request_segment.gref");
        assert_eq!(offset!(scsiif_request_segment, offset), 4usize, "offset of scsiif_request_segment.offset");
        assert_eq!(offset!(scsiif_request_segment, length), 6usize, "offset of scsiif_request_segment.length");
        // t_buf
        assert_eq!(size_of::<t_buf>(), 8usize, "size of t_buf");
        assert_eq!(align_of::<t_buf>(), 4usize, "alignment of t_buf");
        assert_eq!(offset!(t_buf, cons), 0usize, "offset of t_buf.cons");
        assert_eq!(offset!(t_buf, prod), 4usize, "offset of t_buf.prod");
        // t_info
        assert_eq!(size_of::<t_info>(), 2usize, "size of t_info");
        assert_eq!(align_of::<t_info>(), 2usize, "alignment of t_info");
        assert_eq!(offset!(t_info, tbuf_size), 0usize, "offset of t_info.tbuf_size");
        assert_eq!(offset!(t_info, mfn_offset), 2usize, "offset of t_info.mfn_offset");
        // t_rec
        assert_eq!(size_of::<t_rec>(), 40usize, "size of t_rec");
        assert_eq!(align_of::<t_rec>(), 4usize, "alignment of t_rec");
        assert_eq!(offset!(t_rec, u), 4usize, "offset of t_rec.u");
    }

    #[test]
    fn layout_015() {
        // tpmif_tx_request
        assert_eq!(size_of::<tpmif_tx_request>(), 16usize, "size of tpmif_tx_request");
        assert_eq!(align_of::<tpmif_tx_request>(), 8usize, "alignment of tpmif_tx_request");
        assert_eq!(offset!(tpmif_tx_request, addr), 0usize, "offset of tpmif_tx_request.addr");
        assert_eq!(offset!(tpmif_tx_request, r#ref), 8usize, "offset of tpmif_tx_request.ref");
        assert_eq!(offset!(tpmif_tx_request, unused), 12usize, "offset of tpmif_tx_request.unused");
        assert_eq!(offset!(tpmif_tx_request, size), 14usize, "offset of tpmif_tx_request.size");
        // tpmif_ring
        assert_eq!(size_of::<tpmif_ring>(), 16usize, "size of tpmif_ring");
        assert_eq!(align_of::<tpmif_ring>(), 8usize, "alignment of tpmif_ring");
        assert_eq!(offset!(tpmif_ring, req), 0usize, "offset of tpmif_ring.req");
        // tpmif_shared_page
        assert_eq!(size_of::<tpmif_shared_page>(), 8usize, "size of tpmif_shared_page");
        assert_eq!(align_of::<tpmif_shared_page>(), 4usize, "alignment of tpmif_shared_page");
        assert_eq!(offset!(tpmif_shared_page, length), 0usize, "offset of tpmif_shared_page.length");
        assert_eq!(offset!(tpmif_shared_page, state), 4usize, "offset of tpmif_shared_page.state");
        assert_eq!(offset!(tpmif_shared_page, locality), 5usize, "offset of tpmif_shared_page.locality");
        assert_eq!(offset!(tpmif_shared_page, pad), 6usize, "offset of tpmif_shared_page.pad");
        assert_eq!(offset!(tpmif_shared_page, nr_extra_pages), 7usize, "offset of tpmif_shared_page.nr_extra_pages");
        assert_eq!(offset!(tpmif_shared_page, extra_pages), 8usize, "offset of tpmif_shared_page.extra_pages");
        // tpmif_tx_interface
        assert_eq!(size_of::<tpmif_tx_interface>(), 16usize, "size of tpmif_tx_interface");
        assert_eq!(align_of::<tpmif_tx_interface>(), 8usize, "alignment of tpmif_tx_interface");
        assert_eq!(offset!(tpmif_tx_interface, ring), 0usize, "offset of tpmif_tx_interface.ring");
        // usbif_conn_back_ring
        assert_eq!(size_of::<usbif_conn_back_ring>(), 24usize, "size of usbif_conn_back_ring");
        assert_eq!(align_of::<usbif_conn_back_ring>(), 8usize, "alignment of usbif_conn_back_ring");
        assert_eq!(offset!(usbif_conn_back_ring, rsp_prod_pvt), 0usize, "offset of usbif_conn_back_ring.rsp_prod_pvt");
        assert_eq!(offset!(usbif_conn_back_ring, req_cons), 4usize, "offset of usbif_conn_back_ring.req_cons");
        assert_eq!(offset!(usbif_conn_back_ring, nr_ents), 8usize, "offset of usbif_conn_back_ring.nr_ents");
        assert_eq!(offset!(usbif_conn_back_ring, sring), 16usize, "offset of usbif_conn_back_ring.sring");
        // usbif_conn_front_ring
        assert_eq!(size_of::<usbif_conn_front_ring>(), 24usize, "size of usbif_conn_front_ring");
        assert_eq!(align_of::<usbif_conn_front_ring>(), 8usize, "alignment of usbif_conn_front_ring");
        assert_eq!(offset!(usbif_conn_front_ring, req_prod_pvt), 0usize, "offset of usbif_conn_front_ring.req_prod_pvt");
        assert_eq!(offset!(usbif_conn_front_ring, rsp_cons), 4usize, "offset of usbif_conn_front_ring.rsp_cons");
        assert_eq!(offset!(usbif_conn_front_ring, nr_ents), 8usize, "offset of usbif_conn_front_ring.nr_ents");
        assert_eq!(offset!(usbif_conn_front_ring, sring), 16usize, "offset of usbif_conn_front_ring.sring");
        // usbif_conn_request
        assert_eq!(size_of::<usbif_conn_request>(), 2usize, "size of usbif_conn_request");
        assert_eq!(align_of::<usbif_conn_request>(), 2usize, "alignment of usbif_conn_request");
        assert_eq!(offset!(usbif_conn_request, id), 0usize, "offset of usbif_conn_request.id");
        // usbif_conn_response
        assert_eq!(size_of::<usbif_conn_response>(), 4usize, "size of usbif_conn_response");
        assert_eq!(align_of::<usbif_conn_response>(), 2usize, "alignment of usbif_conn_response");
        assert_eq!(offset!(usbif_conn_response, id), 0usize, "offset of usbif_conn_response.id");
        assert_eq!(offset!(usbif_conn_response, portnum), 2usize, "offset of usbif_conn_response.portnum");
        assert_eq!(offset!(usbif_conn_response, speed), 3usize, "offset of usbif_conn_response.speed");
        // usbif_conn_sring_entry
        assert_eq!(size_of::<usbif_conn_sring_entry>(), 4usize, "size of usbif_conn_sring_entry");
        assert_eq!(align_of::<usbif_conn_sring_entry>(), 2usize, "alignment of usbif_conn_sring_entry");
        assert_eq!(offset!(usbif_conn_sring_entry, req), 0usize, "offset of usbif_conn_sring_entry.req");
        assert_eq!(offset!(usbif_conn_sring_entry, rsp), 0usize, "offset of usbif_conn_sring_entry.rsp");
        // usbif_conn_sring
        assert_eq!(size_of::<usbif_conn_sring>(), 64usize, "size of usbif_conn_sring");
        assert_eq!(align_of::<usbif_conn_sring>(), 4usize, "alignment of usbif_conn_sring");
        assert_eq!(offset!(usbif_conn_sring, req_prod), 0usize, "offset of usbif_conn_sring.req_prod");
        assert_eq!(offset!(usbif_conn_sring, req_event), 4usize, "offset of usbif_conn_sring.req_event");
        assert_eq!(offset!(usbif_conn_sring, rsp_prod), 8usize, "offset of usbif_conn_sring.rsp_prod");
        assert_eq!(offset!(usbif_conn_sring, rsp_event), 12usize, "offset of usbif_conn_sring.rsp_event");
        assert_eq!(offset!(usbif_conn_sring, pvt), 16usize, "offset of usbif_conn_sring.pvt");
        assert_eq!(offset!(usbif_conn_sring, __pad), 20usize, "offset of usbif_conn_sring.__pad");
        assert_eq!(offset!(usbif_conn_sring, ring), 64usize, "offset of usbif_conn_sring.ring");
        // usbif_request_segment
        assert_eq!(size_of::<usbif_request_segment>(), 8usize, "size of usbif_request_segment");
        assert_eq!(align_of::<usbif_request_segment>(), 4usize, "alignment of usbif_request_segment");
        assert_eq!(offset!(usbif_request_segment, gref), 0usize, "offset of usbif_request_segment.gref");
        assert_eq!(offset!(usbif_request_segment, offset), 4usize, "offset of usbif_request_segment.offset");
        assert_eq!(offset!(usbif_request_segment, length), 6usize, "offset of usbif_request_segment.length");
        // usbif_urb_back_ring
        assert_eq!(size_of::<usbif_urb_back_ring>(), 24usize, "size of usbif_urb_back_ring");
        assert_eq!(align_of::<usbif_urb_back_ring>(), 8usize, "alignment of usbif_urb_back_ring");
        assert_eq!(offset!(usbif_urb_back_ring, rsp_prod_pvt), 0usize, "offset of usbif_urb_back_ring.rsp_prod_pvt");
        assert_eq!(offset!(usbif_urb_back_ring, req_cons), 4usize, "offset of usbif_urb_back_ring.req_cons");
        assert_eq!(offset!(usbif_urb_back_ring, nr_ents), 8usize, "offset of usbif_urb_back_ring.nr_ents");
        assert_eq!(offset!(usbif_urb_back_ring, sring), 16usize, "offset of usbif_urb_back_ring.sring");
        // usbif_urb_front_ring
        assert_eq!(size_of::<usbif_urb_front_ring>(), 24usize, "size of usbif_urb_front_ring");
        assert_eq!(align_of::<usbif_urb_front_ring>(), 8usize, "alignment of usbif_urb_front_ring");
        assert_eq!(offset!(usbif_urb_front_ring, req_prod_pvt), 0usize, "offset of usbif_urb_front_ring.req_prod_pvt");
        assert_eq!(offset!(usbif_urb_front_ring, rsp_cons), 4usize, "offset of usbif_urb_front_ring.rsp_cons");
        assert_eq!(offset!(usbif_urb_front_ring, nr_ents), 8usize, "offset of usbif_urb_front_ring.nr_ents");
        assert_eq!(offset!(usbif_urb_front_ring, sring), 16usize, "offset of usbif_urb_front_ring.sring");
        // usbif_urb_request
        assert_eq!(size_of::<usbif_urb_request>(), 148usize, "size of usbif_urb_request");
        assert_eq!(align_of::<usbif_urb_request>(), 4usize, "alignment of usbif_urb_request");
        assert_eq!(offset!(usbif_urb_request, id), 0usize, "offset of usbif_urb_request.id");
        assert_eq!(offset!(usbif_urb_request, nr_buffer_segs), 2usize, "offset of usbif_urb_request.nr_buffer_segs");
        assert_eq!(offset!(usbif_urb_request, pipe), 4usize, "offset of usbif_urb_request.pipe");
        assert_eq!(offset!(usbif_urb_request, transfer_flags), 8usize, "offset of usbif_urb_request.transfer_flags");
        assert_eq!(offset!(usbif_urb_request, buffer_length), 10usize, "offset of usbif_urb_request.buffer_length");
        assert_eq!(offset!(usbif_urb_request, u), 12usize, "offset of usbif_urb_request.u");
        assert_eq!(offset!(usbif_urb_request, seg), 20usize, "offset of usbif_urb_request.seg");
        // usbif_urb_response
        assert_eq!(size_of::<usbif_urb_response>(), 16usize, "size of usbif_urb_response");
        assert_eq!(align_of::<usbif_urb_response>(), 4usize, "alignment of usbif_urb_response");
        assert_eq!(offset!(usbif_urb_response, id), 0usize, "offset of usbif_urb_response.id");
        assert_eq!(offset!(usbif_urb_response, start_frame), 2usize, "offset of usbif_urb_response.start_frame");
        assert_eq!(offset!(usbif_urb_response, status), 4usize, "offset of usbif_urb_response.status");
        assert_eq!(offset!(usbif_urb_response, actual_length), 8usize, "offset of usbif_urb_response.actual_length");
        assert_eq!(offset!(usbif_urb_response, error_count), 12usize, "offset of usbif_urb_response.error_count");
        // usbif_urb_sring_entry
        assert_eq!(size_of::<usbif_urb_sring_entry>(), 148usize, "size of usbif_urb_sring_entry");
        assert_eq!(align_of::<usbif_urb_sring_entry>(), 4usize, "alignment of usbif_urb_sring_entry");
        assert_eq!(offset!(usbif_urb_sring_entry, req), 0usize, "offset of usbif_urb_sring_entry.req");
        assert_eq!(offset!(usbif_urb_sring_entry, rsp), 0usize, "offset of usbif_urb_sring_entry.rsp");
        // usbif_urb_sring
        assert_eq!(size_of::<usbif_urb_sring>(), 64usize, "size of usbif_urb_sring");
        assert_eq!(align_of::<usbif_urb_sring>(), 4usize, "alignment of usbif_urb_sring");
        assert_eq!(offset!(usbif_urb_sring, req_prod), 0usize, "offset of usbif_urb_sring.req_prod");
        assert_eq!(offset!(usbif_urb_sring, req_event), 4usize, "offset of usbif_urb_sring.req_event");
        assert_eq!(offset!(usbif_urb_sring, rsp_prod), 8usize, "offset of usbif_urb_sring.rsp_prod");
        assert_eq!(offset!(usbif_urb_sring, rsp_event), 12usize, "offset of usbif_urb_sring.rsp_event");
        assert_eq!(offset!(usbif_urb_sring, pvt), 16usize, "offset of usbif_urb_sring.pvt");
        assert_eq!(offset!(usbif_urb_sring, __pad), 20usize, "offset of usbif_urb_sring.__pad");
        assert_eq!(offset!(usbif_urb_sring, ring), 64usize, "offset of usbif_urb_sring.ring");
        // vchan_interface
        assert_eq!(size_of::<vchan_interface>(), 24usize, "size of vchan_interface");
        assert_eq!(align_of::<vchan_interface>(), 4usize, "alignment of vchan_interface");
        assert_eq!(offset!(vchan_interface, left), 0usize, "offset of vchan_interface.left");
        assert_eq!(offset!(vchan_interface, right), 8usize, "offset of vchan_interface.right");
        assert_eq!(offset!(vchan_interface, left_order), 16usize, "offset of vchan_interface.left_order");
        assert_eq!(offset!(vchan_interface, right_order), 18usize, "offset of vchan_interface.right_order");
        assert_eq!(offset!(vchan_interface, cli_live), 20usize, "offset of vchan_interface.cli_live");
        assert_eq!(offset!(vchan_interface, srv_live), 21usize, "offset of vchan_interface.srv_live");
        assert_eq!(offset!(vchan_interface, cli_notify), 22usize, "offset of vchan_interface.cli_notify");
        assert_eq!(offset!(vchan_interface, srv_notify), 23usize, "offset of vchan_interface.srv_notify");
        assert_eq!(offset!(vchan_interface, grants), 24usize, "offset of vchan_interface.grants");
        // vcpu_get_physid
        assert_eq!(size_of::<vcpu_get_physid>(), 8usize, "size of vcpu_get_physid");
        assert_eq!(align_of::<vcpu_get_physid>(), 8usize, "alignment of vcpu_get_physid");
        assert_eq!(offset!(vcpu_get_physid, phys_id), 0usize, "offset of vcpu_get_physid.phys_id");
        // vcpu_hvm_x86_32
        assert_eq!(size_of::<vcpu_hvm_x86_32>(), 120usize, "size of vcpu_hvm_x86_32");
        assert_eq!(align_of::<vcpu_hvm_x86_32>(), 8usize, "alignment of vcpu_hvm_x86_32");
        assert_eq!(offset!(vcpu_hvm_x86_32, eax), 0usize, "offset of vcpu_hvm_x86_32.eax");
        assert_eq!(offset!(vcpu_hvm_x86_32, ecx), 4usize, "offset of vcpu_hvm_x86_32.ecx");
        assert_eq!(offset!(vcpu_hvm_x86_32, edx), 8usize, "offset of vcpu_hvm_x86_32.edx");
        assert_eq!(offset!(vcpu_hvm_x86_32, ebx), 12usize, "offset of vcpu_hvm_x86_32.ebx");
        assert_eq!(offset!(vcpu_hvm_x86_32, esp), 16usize, "offset of vcpu_hvm_x86_32.esp");
        assert_eq!(offset!(vcpu_hvm_x86_32, ebp), 20usize, "offset of vcpu_hvm_x86_32.ebp");
        assert_eq!(offset!(vcpu_hvm_x86_32, esi), 24usize, "offset of vcpu_hvm_x86_32.esi");
        assert_eq!(offset!(vcpu_hvm_x86_32, edi), 28usize, "offset of vcpu_hvm_x86_32.edi");
        assert_eq!(offset!(vcpu_hvm_x86_32, eip), 32usize, "offset of vcpu_hvm_x86_32.eip");
        assert_eq!(offset!(vcpu_hvm_x86_32, eflags), 36usize, "offset of vcpu_hvm_x86_32.eflags");
        assert_eq!(offset!(vcpu_hvm_x86_32, cr0), 40usize, "offset of vcpu_hvm_x86_32.cr0");
        assert_eq!(offset!(vcpu_hvm_x86_32, cr3), 44usize, "offset of vcpu_hvm_x86_32.cr3");
        assert_eq!(offset!(vcpu_hvm_x86_32, cr4), 48usize, "offset of vcpu_hvm_x86_32.cr4");
        assert_eq!(offset!(vcpu_hvm_x86_32, pad1), 52usize, "offset of vcpu_hvm_x86_32.pad1");
        assert_eq!(offset!(vcpu_hvm_x86_32, efer), 56usize, "offset of vcpu_hvm_x86_32.efer");
        assert_eq!(offset!(vcpu_hvm_x86_32, cs_base), 64usize, "offset of vcpu_hvm_x86_32.cs_base");
        assert_eq!(offset!(vcpu_hvm_x86_32, ds_base), 68usize, "offset of vcpu_hvm_x86_32.ds_base");
        assert_eq!(offset!(vcpu_hvm_x86_32, ss_base), 72usize, "offset of vcpu_hvm_x86_32.ss_base");
        assert_eq!(offset!(vcpu_hvm_x86_32, es_base), 76usize, "offset of vcpu_hvm_x86_32.es_base");
        assert_eq!(offset!(vcpu_hvm_x86_32, tr_base), 80usize, "offset of vcpu_hvm_x86_32.tr_base");
        assert_eq!(offset!(vcpu_hvm_x86_32, cs_limit), 84usize, "offset of vcpu_hvm_x86_32.cs_limit");
        assert_eq!(offset!(vcpu_hvm_x86_32, ds_limit), 88usize, "offset of vcpu_hvm_x86_32.ds_limit");
        assert_eq!(offset!(vcpu_hvm_x86_32, ss_limit), 92usize, "offset of vcpu_hvm_x86_32.ss_limit");
        assert_eq!(offset!(vcpu_hvm_x86_32, es_limit), 96usize, "offset of vcpu_hvm_x86_32.es_limit");
        assert_eq!(offset!(vcpu_hvm_x86_32, tr_limit), 100usize, "offset of vcpu_hvm_x86_32.tr_limit");
        assert_eq!(offset!(vcpu_hvm_x86_32, cs_ar), 104usize, "offset of vcpu_hvm_x86_32.cs_ar");
        assert_eq!(offset!(vcpu_hvm_x86_32, ds_ar), 106usize, "offset of vcpu_hvm_x86_32.ds_ar");
        assert_eq!(offset!(vcpu_hvm_x86_32, ss_ar), 108usize, "offset of vcpu_hvm_x86_32.ss_ar");
        assert_eq!(offset!(vcpu_hvm_x86_32, es_ar), 110usize, "offset of vcpu_hvm_x86_32.es_ar");
        assert_eq!(offset!(vcpu_hvm_x86_32, tr_ar), 112usize, "offset of vcpu_hvm_x86_32.tr_ar");
        assert_eq!(offset!(vcpu_hvm_x86_32, pad2), 114usize, "offset of vcpu_hvm_x86_32.pad2");
        // xen_vcpu_hvm_x86_32_t
        assert_eq!(size_of::<xen_vcpu_hvm_x86_32_t>(), 120usize, "size of xen_vcpu_hvm_x86_32_t");
        assert_eq!(align_of::<xen_vcpu_hvm_x86_32_t>(), 8usize, "alignment of xen_vcpu_hvm_x86_32_t");
        // vcpu_hvm_x86_64
        assert_eq!(size_of::<vcpu_hvm_x86_64>(), 112usize, "size of vcpu_hvm_x86_64");
        assert_eq!(align_of::<vcpu_hvm_x86_64>(), 8usize, "alignment of vcpu_hvm_x86_64");
        assert_eq!(offset!(vcpu_hvm_x86_64, rax), 0usize, "offset of vcpu_hvm_x86_64.rax");
        assert_eq!(offset!(vcpu_hvm_x86_64, rcx), 8usize, "offset of vcpu_hvm_x86_64.rcx");
        assert_eq!(offset!(vcpu_hvm_x86_64, rdx), 16usize, "offset of vcpu_hvm_x86_64.rdx");
        assert_eq!(offset!(vcpu_hvm_x86_64, rbx), 24usize, "offset of vcpu_hvm_x86_64.rbx");
        assert_eq!(offset!(vcpu_hvm_x86_64, rsp), 32usize, "offset of vcpu_hvm_x86_64.rsp");
        assert_eq!(offset!(vcpu_hvm_x86_64, rbp), 40usize, "offset of vcpu_hvm_x86_64.rbp");
        assert_eq!(offset!(vcpu_hvm_x86_64, rsi), 48usize, "offset of vcpu_hvm_x86_64.rsi");
        assert_eq!(offset!(vcpu_hvm_x86_64, rdi), 56usize, "offset of vcpu_hvm_x86_64.rdi");
        assert_eq!(offset!(vcpu_hvm_x86_64, rip), 64usize, "offset of vcpu_hvm_x86_64.rip");
        assert_eq!(offset!(vcpu_hvm_x86_64, rflags), 72usize, "offset of vcpu_hvm_x86_64.rflags");
        assert_eq!(offset!(vcpu_hvm_x86_64, cr0), 80usize, "offset of vcpu_hvm_x86_64.cr0");
        assert_eq!(offset!(vcpu_hvm_x86_64, cr3), 88usize, "offset of vcpu_hvm_x86_64.cr3");
        assert_eq!(offset!(vcpu_hvm_x86_64, cr4), 96usize, "offset of vcpu_hvm_x86_64.cr4");
        assert_eq!(offset!(vcpu_hvm_x86_64, efer), 104usize, "offset of vcpu_hvm_x86_64.efer");
        // xen_vcpu_hvm_x86_64_t
        assert_eq!(size_of::<xen_vcpu_hvm_x86_64_t>(), 112usize, "size of xen_vcpu_hvm_x86_64_t");
        assert_eq!(align_of::<xen_vcpu_hvm_x86_64_t>(), 8usize, "alignment of xen_vcpu_hvm_x86_64_t");
        // vcpu_hvm_context
        assert_eq!(size_of::<vcpu_hvm_context>(), 128usize, "size of vcpu_hvm_context");
        assert_eq!(align_of::<vcpu_hvm_context>(), 8usize, "alignment of vcpu_hvm_context");
        assert_eq!(offset!(vcpu_hvm_context, mode), 0usize, "offset of vcpu_hvm_context.mode");
        assert_eq!(offset!(vcpu_hvm_context, pad), 4usize, "offset of vcpu_hvm_context.pad");
        assert_eq!(offset!(vcpu_hvm_context, cpu_regs), 8usize, "offset of vcpu_hvm_context.cpu_regs");
        // vcpu_register_runstate_memory_area
        assert_eq!(size_of::<vcpu_register_runstate_memory_area>(), 8usize, "size of vcpu_register_runstate_memory_area");
        assert_eq!(align_of::<vcpu_register_runstate_memory_area>(), 8usize, "alignment of vcpu_register_runstate_memory_area");
        assert_eq!(offset!(vcpu_register_runstate_memory_area, addr), 0usize, "offset of vcpu_register_runstate_memory_area.addr");
        // vcpu_register_time_memory_area
        assert_eq!(size_of::<vcpu_register_time_memory_area>(), 8usize, "size of vcpu_register_time_memory_area");
        assert_eq!(align_of::<vcpu_register_time_memory_area>(), 8usize, "alignment of vcpu_register_time_memory_area");
        assert_eq!(offset!(vcpu_register_time_memory_area, addr), 0usize, "offset of vcpu_register_time_memory_area.addr");
        // vcpu_register_vcpu_info
        assert_eq!(size_of::<vcpu_register_vcpu_info>(), 16usize, "size of vcpu_register_vcpu_info");
        assert_eq!(align_of::<vcpu_register_vcpu_info>(), 8usize, "alignment of vcpu_register_vcpu_info");
        assert_eq!(offset!(vcpu_register_vcpu_info, mfn), 0usize, "offset of vcpu_register_vcpu_info.mfn");
        assert_eq!(offset!(vcpu_register_vcpu_info, offset), 8usize, "offset of vcpu_register_vcpu_info.offset");
        assert_eq!(offset!(vcpu_register_vcpu_info, rsvd), 12usize, "offset of vcpu_register_vcpu_info.rsvd");
        // vcpu_runstate_info
        assert_eq!(size_of::<vcpu_runstate_info>(), 48usize, "size of vcpu_runstate_info");
        assert_eq!(align_of::<vcpu_runstate_info>(), 8usize, "alignment of vcpu_runstate_info");
        assert_eq!(offset!(vcpu_runstate_info, state), 0usize, "offset of vcpu_runstate_info.state");
        assert_eq!(offset!(vcpu_runstate_info, state_entry_time), 8usize, "offset of vcpu_runstate_info.state_entry_time");
        assert_eq!(offset!(vcpu_runstate_info, time), 16usize, "offset of vcpu_runstate_info.time");
        // vcpu_set_periodic_timer
        assert_eq!(size_of::<vcpu_set_periodic_timer>(), 8usize, "size of vcpu_set_periodic_timer");
        assert_eq!(align_of::<vcpu_set_periodic_timer>(), 8usize, "alignment of vcpu_set_periodic_timer");
        assert_eq!(offset!(vcpu_set_periodic_timer, period_ns), 0usize, "offset of vcpu_set_periodic_timer.period_ns");
        // vcpu_set_singleshot_timer
        assert_eq!(size_of::<vcpu_set_singleshot_timer>(), 16usize, "size of vcpu_set_singleshot_timer");
        assert_eq!(align_of::<vcpu_set_singleshot_timer>(), 8usize, "alignment of vcpu_set_singleshot_timer");
        assert_eq!(offset!(vcpu_set_singleshot_timer, timeout_abs_ns), 0usize, "offset of vcpu_set_singleshot_timer.timeout_abs_ns");
        assert_eq!(offset!(vcpu_set_singleshot_timer, flags), 8usize, "offset of vcpu_set_singleshot_timer.flags");
        // vscsiif_back_ring
        assert_eq!(size_of::<vscsiif_back_ring>(), 24usize, "size of vscsiif_back_ring");
        assert_eq!(align_of::<vscsiif_back_ring>(), 8usize, "alignment of vscsiif_back_ring");
        assert_eq!(offset!(vscsiif_back_ring, rsp_prod_pvt), 0usize, "offset of vscsiif_back_ring.rsp_prod_pvt");
        assert_eq!(offset!(vscsiif_back_ring, req_cons), 4usize, "offset of vscsiif_back_ring.req_cons");
        assert_eq!(offset!(vscsiif_back_ring, nr_ents), 8usize, "offset of vscsiif_back_ring.nr_ents");
        assert_eq!(offset!(vscsiif_back_ring, sring), 16usize, "offset of vscsiif_back_ring.sring");
        // vscsiif_front_ring
        assert_eq!(size_of::<vscsiif_front_ring>(), 24usize, "size of vscsiif_front_ring");
        assert_eq!(align_of::<vscsiif_front_ring>(), 8usize, "alignment of vscsiif_front_ring");
        assert_eq!(offset!(vscsiif_front_ring, req_prod_pvt), 0usize, "offset of vscsiif_front_ring.req_prod_pvt");
        assert_eq!(offset!(vscsiif_front_ring, rsp_cons), 4usize, "offset of vscsiif_front_ring.rsp_cons");
        assert_eq!(offset!(vscsiif_front_ring, nr_ents), 8usize, "offset of vscsiif_front_ring.nr_ents");
        assert_eq!(offset!(vscsiif_front_ring, sring), 16usize, "offset of vscsiif_front_ring.sring");
        // vscsiif_segment_t
        assert_eq!(size_of::<vscsiif_segment_t>(), 8usize, "size of vscsiif_segment_t");
        assert_eq!(align_of::<vscsiif_segment_t>(), 4usize, "alignment of vscsiif_segment_t");
        // vscsiif_request
        assert_eq!(size_of::<vscsiif_request>(), 252usize, "size of vscsiif_request");
        assert_eq!(align_of::<vscsiif_request>(), 4usize, "alignment of vscsiif_request");
        assert_eq!(offset!(vscsiif_request, rqid), 0usize, "offset of vscsiif_request.rqid");
        assert_eq!(offset!(vscsiif_request, act), 2usize, "offset of vscsiif_request.act");
        assert_eq!(offset!(vscsiif_request, cmd_len), 3usize, "offset of vscsiif_request.cmd_len");
        assert_eq!(offset!(vscsiif_request, cmnd), 4usize, "offset of vscsiif_request.cmnd");
        assert_eq!(offset!(vscsiif_request, timeout_per_command), 20usize, "offset of vscsiif_request.timeout_per_command");
        assert_eq!(offset!(vscsiif_request, channel), 22usize, "offset of vscsiif_request.channel");
        assert_eq!(offset!(vscsiif_request, id), 24usize, "offset of vscsiif_request.id");
        assert_eq!(offset!(vscsiif_request, lun), 26usize, "offset of vscsiif_request.lun");
        assert_eq!(offset!(vscsiif_request, ref_rqid), 28usize, "offset of vscsiif_request.ref_rqid");
        assert_eq!(offset!(vscsiif_request, sc_data_direction), 30usize, "offset of vscsiif_request.sc_data_direction");
        assert_eq!(offset!(vscsiif_request, nr_segments), 31usize, "offset of vscsiif_request.nr_segments");
        assert_eq!(offset!(vscsiif_request, seg), 32usize, "offset of vscsiif_request.seg");
        assert_eq!(offset!(vscsiif_request, reserved), 240usize, "offset of vscsiif_request.reserved");
        // vscsiif_response
        assert_eq!(size_of::<vscsiif_response>(), 252usize, "size of vscsiif_response");
        assert_eq!(align_of::<vscsiif_response>(), 4usize, "alignment of vscsiif_response");
        assert_eq!(offset!(vscsiif_response, rqid), 0usize, "offset of vscsiif_response.rqid");
        assert_eq!(offset!(vscsiif_response, act), 2usize, "offset of vscsiif_response.act");
        assert_eq!(offset!(vscsiif_response, sense_len), 3usize, "offset of vscsiif_response.sense_len");
        assert_eq!(offset!(vscsiif_response, sense_buffer), 4usize, "offset of vscsiif_response.sense_buffer");
        assert_eq!(offset!(vscsiif_response, rslt), 100usize, "offset of vscsiif_response.rslt");
        assert_eq!(offset!(vscsiif_response, residual_len), 104usize, "offset of vscsiif_response.residual_len");
        assert_eq!(offset!(vscsiif_response, reserved), 108usize, "offset of vscsiif_response.reserved");
        // vscsiif_sg_list
        assert_eq!(size_of::<vscsiif_sg_list>(), 252usize, "size of vscsiif_sg_list");
        assert_eq!(align_of::<vscsiif_sg_list>(), 4usize, "alignment of vscsiif_sg_list");
        assert_eq!(offset!(vscsiif_sg_list, rqid), 0usize, "offset of vscsiif_sg_list.rqid");
        assert_eq!(offset!(vscsiif_sg_list, act), 2usize, "offset of vscsiif_sg_list.act");
        assert_eq!(offset!(vscsiif_sg_list, nr_segments), 3usize, "offset of vscsiif_sg_list.nr_segments");
        assert_eq!(offset!(vscsiif_sg_list, seg), 4usize, "offset of vscsiif_sg_list.seg");
        // vscsiif_sring_entry
        assert_eq!(size_of::<vscsiif_sring_entry>(), 252usize, "size of vscsiif_sring_entry");
        assert_eq!(align_of::<vscsiif_sring_entry>(), 4usize, "alignment of vscsiif_sring_entry");
        assert_eq!(offset!(vscsiif_sring_entry, req), 0usize, "offset of vscsiif_sring_entry.req");
        assert_eq!(offset!(vscsiif_sring_entry, rsp), 0usize, "offset of vscsiif_sring_entry.rsp");
        // vscsiif_sring
        assert_eq!(size_of::<vscsiif_sring>(), 64usize, "size of vscsiif_sring");
        assert_eq!(align_of::<vscsiif_sring>(), 4usize, "alignment of vscsiif_sring");
        assert_eq!(offset!(vscsiif_sring, req_prod), 0usize, "offset of vscsiif_sring.req_prod");
        assert_eq!(offset!(vscsiif_sring, req_event), 4usize, "offset of vscsiif_sring.req_event");
        assert_eq!(offset!(vscsiif_sring, rsp_prod), 8usize, "offset of vscsiif_sring.rsp_prod");
        assert_eq!(offset!(vscsiif_sring, rsp_event), 12usize, "offset of vscsiif_sring.rsp_event");
        assert_eq!(offset!(vscsiif_sring, pvt), 16usize, "offset of vscsiif_sring.pvt");
        assert_eq!(offset!(vscsiif_sring, __pad), 20usize, "offset of vscsiif_sring.__pad");
        assert_eq!(offset!(vscsiif_sring, ring), 64usize, "offset of vscsiif_sring.ring");
        // xen_9pfs_data
        assert_eq!(size_of::<xen_9pfs_data>(), 16usize, "size of xen_9pfs_data");
        assert_eq!(align_of::<xen_9pfs_data>(), 8usize, "alignment of xen_9pfs_data");
        assert_eq!(offset!(xen_9pfs_data, r#in), 0usize, "offset of xen_9pfs_data.in");
        assert_eq!(offset!(xen_9pfs_data, out), 8usize, "offset of xen_9pfs_data.out");
        // xen_9pfs_data_intf
        assert_eq!(size_of::<xen_9pfs_data_intf>(), 132usize, "size of xen_9pfs_data_intf");
        assert_eq!(align_of::<xen_9pfs_data_intf>(), 4usize, "alignment of xen_9pfs_data_intf");
        assert_eq!(offset!(xen_9pfs_data_intf, in_cons), 0usize, "offset of xen_9pfs_data_intf.in_cons");
        assert_eq!(offset!(xen_9pfs_data_intf, in_prod), 4usize, "offset of xen_9pfs_data_intf.in_prod");
        assert_eq!(offset!(xen_9pfs_data_intf, pad1), 8usize, "offset of xen_9pfs_data_intf.pad1");
        assert_eq!(offset!(xen_9pfs_data_intf, out_cons), 64usize, "offset of xen_9pfs_data_intf.out_cons");
        assert_eq!(offset!(xen_9pfs_data_intf, out_prod), 68usize, "offset of xen_9pfs_data_intf.out_prod");
        assert_eq!(offset!(xen_9pfs_data_intf, pad2), 72usize, "offset of xen_9pfs_data_intf.pad2");
        assert_eq!(offset!(xen_9pfs_data_intf, ring_order), 128usize, "offset of xen_9pfs_data_intf.ring_order");
        assert_eq!(offset!(xen_9pfs_data_intf, r#ref), 132usize, "offset of xen_9pfs_data_intf.ref");
        // xen_add_to_physmap
        assert_eq!(size_of::<xen_add_to_physmap>(), 24usize, "size of xen_add_to_physmap");
        assert_eq!(align_of::<xen_add_to_physmap>(), 8usize, "alignment of xen_add_to_physmap");
        assert_eq!(offset!(xen_add_to_physmap, domid), 0usize, "offset of xen_add_to_physmap.domid");
        assert_eq!(offset!(xen_add_to_physmap, size), 2usize, "offset of xen_add_to_physmap.size");
        assert_eq!(offset!(xen_add_to_physmap, space), 4usize, "offset of xen_add_to_physmap.space");
        assert_eq!(offset!(xen_add_to_physmap, idx), 8usize, "offset of xen_add_to_physmap.idx");
        assert_eq!(offset!(xen_add_to_physmap, gpfn), 16usize, "offset of xen_add_to_physmap.gpfn");
        // xen_add_to_physmap_batch_extra
        assert_eq!(size_of::<xen_add_to_physmap_batch_extra>(), 2usize, "size of xen_add_to_physmap_batch_extra");
        assert_eq!(align_of::<xen_add_to_physmap_batch_extra>(), 2usize, "alignment of xen_add_to_physmap_batch_extra");
        assert_eq!(offset!(xen_add_to_physmap_batch_extra, foreign_domid), 0usize, "offset of xen_add_to_physmap_batch_extra.foreign_domid");
        assert_eq!(offset!(xen_add_to_physmap_batch_extra, res0), 0usize, "offset of xen_add_to_physmap_batch_extra.res0");
        // xen_add_to_physmap_batch
        assert_eq!(size_of::<xen_add_to_physmap_batch>(), 32usize, "size of xen_add_to_physmap_batch");
        assert_eq!(align_of::<xen_add_to_physmap_batch>(), 8usize, "alignment of xen_add_to_physmap_batch");
        assert_eq!(offset!(xen_add_to_physmap_batch, domid), 0usize, "offset of xen_add_to_physmap_batch.domid");
        assert_eq!(offset!(xen_add_to_physmap_batch, space), 2usize, "offset of xen_add_to_physmap_batch.space");
        assert_eq!(offset!(xen_add_to_physmap_batch, size), 4usize, "offset of xen_add_to_physmap_batch.size");
        assert_eq!(offset!(xen_add_to_physmap_batch, u), 6usize, "offset of xen_add_to_physmap_batch.u");
        assert_eq!(offset!(xen_add_to_physmap_batch, idxs), 8usize, "offset of xen_add_to_physmap_batch.idxs");
        assert_eq!(offset!(xen_add_to_physmap_batch, gpfns), 16usize, "offset of xen_add_to_physmap_batch.gpfns");
        assert_eq!(offset!(xen_add_to_physmap_batch, errs), 24usize, "offset of xen_add_to_physmap_batch.errs");
        // xen_argo_port_t
        assert_eq!(size_of::<xen_argo_port_t>(), 4usize, "size of xen_argo_port_t");
        assert_eq!(align_of::<xen_argo_port_t>(), 4usize, "alignment of xen_argo_port_t");
        // xen_argo_addr
        assert_eq!(size_of::<xen_argo_addr>(), 8usize, "size of xen_argo_addr");
        assert_eq!(align_of::<xen_argo_addr>(), 4usize, "alignment of xen_argo_addr");
        assert_eq!(offset!(xen_argo_addr, aport), 0usize, "offset of xen_argo_addr.aport");
        assert_eq!(offset!(xen_argo_addr, domain_id), 4usize, "offset of xen_argo_addr.domain_id");
        assert_eq!(offset!(xen_argo_addr, pad), 6usize, "offset of xen_argo_addr.pad");
        // xen_argo_iov
        assert_eq!(size_of::<xen_argo_iov>(), 16usize, "size of xen_argo_iov");
        assert_eq!(align_of::<xen_argo_iov>(), 8usize, "alignment of xen_argo_iov");
        assert_eq!(offset!(xen_argo_iov, iov_hnd), 0usize, "offset of xen_argo_iov.iov_hnd");
        assert_eq!(offset!(xen_argo_iov, iov_len), 8usize, "offset of xen_argo_iov.iov_len");
        assert_eq!(offset!(xen_argo_iov, pad), 12usize, "offset of xen_argo_iov.pad");
        // xen_argo_register_ring
        assert_eq!(size_of::<xen_argo_register_ring>(), 12usize, "size of xen_argo_register_ring");
        assert_eq!(align_of::<xen_argo_register_ring>(), 4usize, "alignment of xen_argo_register_ring");
        assert_eq!(offset!(xen_argo_register_ring, aport), 0usize, "offset of xen_argo_register_ring.aport");
        assert_eq!(offset!(xen_argo_register_ring, partner_id), 4usize, "offset of xen_argo_register_ring.partner_id");
        assert_eq!(offset!(xen_argo_register_ring, pad), 6usize, "offset of xen_argo_register_ring.pad");
        assert_eq!(offset!(xen_argo_register_ring, len), 8usize, "offset of xen_argo_register_ring.len");
        // xen_argo_ring
        assert_eq!(size_of::<xen_argo_ring>(), 64usize, "size of xen_argo_ring");
        assert_eq!(align_of::<xen_argo_ring>(), 4usize, "alignment of xen_argo_ring");
        assert_eq!(offset!(xen_argo_ring, rx_ptr), 0usize, "offset of xen_argo_ring.rx_ptr");
        assert_eq!(offset!(xen_argo_ring, tx_ptr), 4usize, "offset of xen_argo_ring.tx_ptr");
        assert_eq!(offset!(xen_argo_ring, reserved), 8usize, "offset of xen_argo_ring.reserved");
        assert_eq!(offset!(xen_argo_ring, ring), 64usize, "offset of xen_argo_ring.ring");
        // xen_argo_addr_t
        assert_eq!(size_of::<xen_argo_addr_t>(), 8usize, "size of xen_argo_addr_t");
        assert_eq!(align_of::<xen_argo_addr_t>(), 4usize, "alignment of xen_argo_addr_t");
        // xen_argo_ring_data_ent
        assert_eq!(size_of::<xen_argo_ring_data_ent>(), 20usize, "size of xen_argo_ring_data_ent");
        assert_eq!(align_of::<xen_argo_ring_data_ent>(), 4usize, "alignment of xen_argo_ring_data_ent");
        assert_eq!(offset!(xen_argo_ring_data_ent, ring), 0usize, "offset of xen_argo_ring_data_ent.ring");
        assert_eq!(offset!(xen_argo_ring_data_ent, flags), 8usize, "offset of xen_argo_ring_data_ent.flags");
        assert_eq!(offset!(xen_argo_ring_data_ent, pad), 10usize, "offset of xen_argo_ring_data_ent.pad");
        assert_eq!(offset!(xen_argo_ring_data_ent, space_required), 12usize, "offset of xen_argo_ring_data_ent.space_required");
        assert_eq!(offset!(xen_argo_ring_data_ent, max_message_size), 16usize, "offset of xen_argo_ring_data_ent.max_message_size");
    }

    #[test]
    fn layout_016() {
        // xen_argo_ring_data_ent_t
        assert_eq!(size_of::<xen_argo_ring_data_ent_t>(), 20usize, "size of xen_argo_ring_data_ent_t");
        assert_eq!(align_of::<xen_argo_ring_data_ent_t>(), 4usize, "alignment of xen_argo_ring_data_ent_t");
        // xen_argo_ring_data
        assert_eq!(size_of::<xen_argo_ring_data>(), 8usize, "size of xen_argo_ring_data");
        assert_eq!(align_of::<xen_argo_ring_data>(), 4usize, "alignment of xen_argo_ring_data");
        assert_eq!(offset!(xen_argo_ring_data, nent), 0usize, "offset of xen_argo_ring_data.nent");
        assert_eq!(offset!(xen_argo_ring_data, pad), 4usize, "offset of xen_argo_ring_data.pad");
        assert_eq!(offset!(xen_argo_ring_data, data), 8usize, "offset of xen_argo_ring_data.data");
        // xen_argo_ring_message_header
        assert_eq!(size_of::<xen_argo_ring_message_header>(), 16usize, "size of xen_argo_ring_message_header");
        assert_eq!(align_of::<xen_argo_ring_message_header>(), 4usize, "alignment of xen_argo_ring_message_header");
        assert_eq!(offset!(xen_argo_ring_message_header, len), 0usize, "offset of xen_argo_ring_message_header.len");
        assert_eq!(offset!(xen_argo_ring_message_header, source), 4usize, "offset of xen_argo_ring_message_header.source");
        assert_eq!(offset!(xen_argo_ring_message_header, message_type), 12usize, "offset of xen_argo_ring_message_header.message_type");
        assert_eq!(offset!(xen_argo_ring_message_header, data), 16usize, "offset of xen_argo_ring_message_header.data");
        // xen_argo_send_addr
        assert_eq!(size_of::<xen_argo_send_addr>(), 16usize, "size of xen_argo_send_addr");
        assert_eq!(align_of::<xen_argo_send_addr>(), 4usize, "alignment of xen_argo_send_addr");
        assert_eq!(offset!(xen_argo_send_addr, src), 0usize, "offset of xen_argo_send_addr.src");
        assert_eq!(offset!(xen_argo_send_addr, dst), 8usize, "offset of xen_argo_send_addr.dst");
        // xen_argo_unregister_ring
        assert_eq!(size_of::<xen_argo_unregister_ring>(), 8usize, "size of xen_argo_unregister_ring");
        assert_eq!(align_of::<xen_argo_unregister_ring>(), 4usize, "alignment of xen_argo_unregister_ring");
        assert_eq!(offset!(xen_argo_unregister_ring, aport), 0usize, "offset of xen_argo_unregister_ring.aport");
        assert_eq!(offset!(xen_argo_unregister_ring, partner_id), 4usize, "offset of xen_argo_unregister_ring.partner_id");
        assert_eq!(offset!(xen_argo_unregister_ring, pad), 6usize, "offset of xen_argo_unregister_ring.pad");
        // xen_build_id
        assert_eq!(size_of::<xen_build_id>(), 4usize, "size of xen_build_id");
        assert_eq!(align_of::<xen_build_id>(), 4usize, "alignment of xen_build_id");
        assert_eq!(offset!(xen_build_id, len), 0usize, "offset of xen_build_id.len");
        assert_eq!(offset!(xen_build_id, buf), 4usize, "offset of xen_build_id.buf");
        // xen_cameraif_back_ring
        assert_eq!(size_of::<xen_cameraif_back_ring>(), 24usize, "size of xen_cameraif_back_ring");
        assert_eq!(align_of::<xen_cameraif_back_ring>(), 8usize, "alignment of xen_cameraif_back_ring");
        assert_eq!(offset!(xen_cameraif_back_ring, rsp_prod_pvt), 0usize, "offset of xen_cameraif_back_ring.rsp_prod_pvt");
        assert_eq!(offset!(xen_cameraif_back_ring, req_cons), 4usize, "offset of xen_cameraif_back_ring.req_cons");
        assert_eq!(offset!(xen_cameraif_back_ring, nr_ents), 8usize, "offset of xen_cameraif_back_ring.nr_ents");
        assert_eq!(offset!(xen_cameraif_back_ring, sring), 16usize, "offset of xen_cameraif_back_ring.sring");
        // xen_cameraif_front_ring
        assert_eq!(size_of::<xen_cameraif_front_ring>(), 24usize, "size of xen_cameraif_front_ring");
        assert_eq!(align_of::<xen_cameraif_front_ring>(), 8usize, "alignment of xen_cameraif_front_ring");
        assert_eq!(offset!(xen_cameraif_front_ring, req_prod_pvt), 0usize, "offset of xen_cameraif_front_ring.req_prod_pvt");
        assert_eq!(offset!(xen_cameraif_front_ring, rsp_cons), 4usize, "offset of xen_cameraif_front_ring.rsp_cons");
        assert_eq!(offset!(xen_cameraif_front_ring, nr_ents), 8usize, "offset of xen_cameraif_front_ring.nr_ents");
        assert_eq!(offset!(xen_cameraif_front_ring, sring), 16usize, "offset of xen_cameraif_front_ring.sring");
        // xencamera_buf_create_req
        assert_eq!(size_of::<xencamera_buf_create_req>(), 24usize, "size of xencamera_buf_create_req");
        assert_eq!(align_of::<xencamera_buf_create_req>(), 4usize, "alignment of xencamera_buf_create_req");
        assert_eq!(offset!(xencamera_buf_create_req, index), 0usize, "offset of xencamera_buf_create_req.index");
        assert_eq!(offset!(xencamera_buf_create_req, reserved), 1usize, "offset of xencamera_buf_create_req.reserved");
        assert_eq!(offset!(xencamera_buf_create_req, plane_offset), 4usize, "offset of xencamera_buf_create_req.plane_offset");
        assert_eq!(offset!(xencamera_buf_create_req, gref_directory), 20usize, "offset of xencamera_buf_create_req.gref_directory");
        // xencamera_buf_request
        assert_eq!(size_of::<xencamera_buf_request>(), 1usize, "size of xencamera_buf_request");
        assert_eq!(align_of::<xencamera_buf_request>(), 1usize, "alignment of xencamera_buf_request");
        assert_eq!(offset!(xencamera_buf_request, num_bufs), 0usize, "offset of xencamera_buf_request.num_bufs");
        // xencamera_config_req
        assert_eq!(size_of::<xencamera_config_req>(), 12usize, "size of xencamera_config_req");
        assert_eq!(align_of::<xencamera_config_req>(), 4usize, "alignment of xencamera_config_req");
        assert_eq!(offset!(xencamera_config_req, pixel_format), 0usize, "offset of xencamera_config_req.pixel_format");
        assert_eq!(offset!(xencamera_config_req, width), 4usize, "offset of xencamera_config_req.width");
        assert_eq!(offset!(xencamera_config_req, height), 8usize, "offset of xencamera_config_req.height");
        // xencamera_ctrl_value
        assert_eq!(size_of::<xencamera_ctrl_value>(), 16usize, "size of xencamera_ctrl_value");
        assert_eq!(align_of::<xencamera_ctrl_value>(), 8usize, "alignment of xencamera_ctrl_value");
        assert_eq!(offset!(xencamera_ctrl_value, r#type), 0usize, "offset of xencamera_ctrl_value.type");
        assert_eq!(offset!(xencamera_ctrl_value, reserved), 1usize, "offset of xencamera_ctrl_value.reserved");
        assert_eq!(offset!(xencamera_ctrl_value, value), 8usize, "offset of xencamera_ctrl_value.value");
        // xencamera_frame_rate_req
        assert_eq!(size_of::<xencamera_frame_rate_req>(), 8usize, "size of xencamera_frame_rate_req");
        assert_eq!(align_of::<xencamera_frame_rate_req>(), 4usize, "alignment of xencamera_frame_rate_req");
        assert_eq!(offset!(xencamera_frame_rate_req, frame_rate_numer), 0usize, "offset of xencamera_frame_rate_req.frame_rate_numer");
        assert_eq!(offset!(xencamera_frame_rate_req, frame_rate_denom), 4usize, "offset of xencamera_frame_rate_req.frame_rate_denom");
        // xencamera_get_ctrl_req
        assert_eq!(size_of::<xencamera_get_ctrl_req>(), 1usize, "size of xencamera_get_ctrl_req");
        assert_eq!(align_of::<xencamera_get_ctrl_req>(), 1usize, "alignment of xencamera_get_ctrl_req");
        assert_eq!(offset!(xencamera_get_ctrl_req, r#type), 0usize, "offset of xencamera_get_ctrl_req.type");
        // xencamera_index
        assert_eq!(size_of::<xencamera_index>(), 1usize, "size of xencamera_index");
        assert_eq!(align_of::<xencamera_index>(), 1usize, "alignment of xencamera_index");
        assert_eq!(offset!(xencamera_index, index), 0usize, "offset of xencamera_index.index");
        // xencamera_req
        assert_eq!(size_of::<xencamera_req>(), 64usize, "size of xencamera_req");
        assert_eq!(align_of::<xencamera_req>(), 8usize, "alignment of xencamera_req");
        assert_eq!(offset!(xencamera_req, id), 0usize, "offset of xencamera_req.id");
        assert_eq!(offset!(xencamera_req, operation), 2usize, "offset of xencamera_req.operation");
        assert_eq!(offset!(xencamera_req, reserved), 3usize, "offset of xencamera_req.reserved");
        assert_eq!(offset!(xencamera_req, req), 8usize, "offset of xencamera_req.req");
        // xencamera_buf_get_layout_resp
        assert_eq!(size_of::<xencamera_buf_get_layout_resp>(), 40usize, "size of xencamera_buf_get_layout_resp");
        assert_eq!(align_of::<xencamera_buf_get_layout_resp>(), 4usize, "alignment of xencamera_buf_get_layout_resp");
        assert_eq!(offset!(xencamera_buf_get_layout_resp, num_planes), 0usize, "offset of xencamera_buf_get_layout_resp.num_planes");
        assert_eq!(offset!(xencamera_buf_get_layout_resp, reserved), 1usize, "offset of xencamera_buf_get_layout_resp.reserved");
        assert_eq!(offset!(xencamera_buf_get_layout_resp, size), 4usize, "offset of xencamera_buf_get_layout_resp.size");
        assert_eq!(offset!(xencamera_buf_get_layout_resp, plane_size), 8usize, "offset of xencamera_buf_get_layout_resp.plane_size");
        assert_eq!(offset!(xencamera_buf_get_layout_resp, plane_stride), 24usize, "offset of xencamera_buf_get_layout_resp.plane_stride");
        // xencamera_config_resp
        assert_eq!(size_of::<xencamera_config_resp>(), 44usize, "size of xencamera_config_resp");
        assert_eq!(align_of::<xencamera_config_resp>(), 4usize, "alignment of xencamera_config_resp");
        assert_eq!(offset!(xencamera_config_resp, pixel_format), 0usize, "offset of xencamera_config_resp.pixel_format");
        assert_eq!(offset!(xencamera_config_resp, width), 4usize, "offset of xencamera_config_resp.width");
        assert_eq!(offset!(xencamera_config_resp, height), 8usize, "offset of xencamera_config_resp.height");
        assert_eq!(offset!(xencamera_config_resp, colorspace), 12usize, "offset of xencamera_config_resp.colorspace");
        assert_eq!(offset!(xencamera_config_resp, xfer_func), 16usize, "offset of xencamera_config_resp.xfer_func");
        assert_eq!(offset!(xencamera_config_resp, ycbcr_enc), 20usize, "offset of xencamera_config_resp.ycbcr_enc");
        assert_eq!(offset!(xencamera_config_resp, quantization), 24usize, "offset of xencamera_config_resp.quantization");
        assert_eq!(offset!(xencamera_config_resp, displ_asp_ratio_numer), 28usize, "offset of xencamera_config_resp.displ_asp_ratio_numer");
        assert_eq!(offset!(xencamera_config_resp, displ_asp_ratio_denom), 32usize, "offset of xencamera_config_resp.displ_asp_ratio_denom");
        assert_eq!(offset!(xencamera_config_resp, frame_rate_numer), 36usize, "offset of xencamera_config_resp.frame_rate_numer");
        assert_eq!(offset!(xencamera_config_resp, frame_rate_denom), 40usize, "offset of xencamera_config_resp.frame_rate_denom");
        // xencamera_ctrl_enum_resp
        assert_eq!(size_of::<xencamera_ctrl_enum_resp>(), 40usize, "size of xencamera_ctrl_enum_resp");
        assert_eq!(align_of::<xencamera_ctrl_enum_resp>(), 8usize, "alignment of xencamera_ctrl_enum_resp");
        assert_eq!(offset!(xencamera_ctrl_enum_resp, index), 0usize, "offset of xencamera_ctrl_enum_resp.index");
        assert_eq!(offset!(xencamera_ctrl_enum_resp, r#type), 1usize, "offset of xencamera_ctrl_enum_resp.type");
        assert_eq!(offset!(xencamera_ctrl_enum_resp, reserved), 2usize, "offset of xencamera_ctrl_enum_resp.reserved");
        assert_eq!(offset!(xencamera_ctrl_enum_resp, flags), 4usize, "offset of xencamera_ctrl_enum_resp.flags");
        assert_eq!(offset!(xencamera_ctrl_enum_resp, min), 8usize, "offset of xencamera_ctrl_enum_resp.min");
        assert_eq!(offset!(xencamera_ctrl_enum_resp, max), 16usize, "offset of xencamera_ctrl_enum_resp.max");
        assert_eq!(offset!(xencamera_ctrl_enum_resp, step), 24usize, "offset of xencamera_ctrl_enum_resp.step");
        assert_eq!(offset!(xencamera_ctrl_enum_resp, def_val), 32usize, "offset of xencamera_ctrl_enum_resp.def_val");
        // xencamera_resp
        assert_eq!(size_of::<xencamera_resp>(), 64usize, "size of xencamera_resp");
        assert_eq!(align_of::<xencamera_resp>(), 8usize, "alignment of xencamera_resp");
        assert_eq!(offset!(xencamera_resp, id), 0usize, "offset of xencamera_resp.id");
        assert_eq!(offset!(xencamera_resp, operation), 2usize, "offset of xencamera_resp.operation");
        assert_eq!(offset!(xencamera_resp, reserved), 3usize, "offset of xencamera_resp.reserved");
        assert_eq!(offset!(xencamera_resp, status), 4usize, "offset of xencamera_resp.status");
        assert_eq!(offset!(xencamera_resp, resp), 8usize, "offset of xencamera_resp.resp");
        // xen_cameraif_sring_entry
        assert_eq!(size_of::<xen_cameraif_sring_entry>(), 64usize, "size of xen_cameraif_sring_entry");
        assert_eq!(align_of::<xen_cameraif_sring_entry>(), 8usize, "alignment of xen_cameraif_sring_entry");
        assert_eq!(offset!(xen_cameraif_sring_entry, req), 0usize, "offset of xen_cameraif_sring_entry.req");
        assert_eq!(offset!(xen_cameraif_sring_entry, rsp), 0usize, "offset of xen_cameraif_sring_entry.rsp");
        // xen_cameraif_sring
        assert_eq!(size_of::<xen_cameraif_sring>(), 64usize, "size of xen_cameraif_sring");
        assert_eq!(align_of::<xen_cameraif_sring>(), 8usize, "alignment of xen_cameraif_sring");
        assert_eq!(offset!(xen_cameraif_sring, req_prod), 0usize, "offset of xen_cameraif_sring.req_prod");
        assert_eq!(offset!(xen_cameraif_sring, req_event), 4usize, "offset of xen_cameraif_sring.req_event");
        assert_eq!(offset!(xen_cameraif_sring, rsp_prod), 8usize, "offset of xen_cameraif_sring.rsp_prod");
        assert_eq!(offset!(xen_cameraif_sring, rsp_event), 12usize, "offset of xen_cameraif_sring.rsp_event");
        assert_eq!(offset!(xen_cameraif_sring, pvt), 16usize, "offset of xen_cameraif_sring.pvt");
        assert_eq!(offset!(xen_cameraif_sring, __pad), 20usize, "offset of xen_cameraif_sring.__pad");
        assert_eq!(offset!(xen_cameraif_sring, ring), 64usize, "offset of xen_cameraif_sring.ring");
        // xen_compile_info
        assert_eq!(size_of::<xen_compile_info>(), 144usize, "size of xen_compile_info");
        assert_eq!(align_of::<xen_compile_info>(), 1usize, "alignment of xen_compile_info");
        assert_eq!(offset!(xen_compile_info, compiler), 0usize, "offset of xen_compile_info.compiler");
        assert_eq!(offset!(xen_compile_info, compile_by), 64usize, "offset of xen_compile_info.compile_by");
        assert_eq!(offset!(xen_compile_info, compile_domain), 80usize, "offset of xen_compile_info.compile_domain");
        assert_eq!(offset!(xen_compile_info, compile_date), 112usize, "offset of xen_compile_info.compile_date");
        // xen_displif_back_ring
        assert_eq!(size_of::<xen_displif_back_ring>(), 24usize, "size of xen_displif_back_ring");
        assert_eq!(align_of::<xen_displif_back_ring>(), 8usize, "alignment of xen_displif_back_ring");
        assert_eq!(offset!(xen_displif_back_ring, rsp_prod_pvt), 0usize, "offset of xen_displif_back_ring.rsp_prod_pvt");
        assert_eq!(offset!(xen_displif_back_ring, req_cons), 4usize, "offset of xen_displif_back_ring.req_cons");
        assert_eq!(offset!(xen_displif_back_ring, nr_ents), 8usize, "offset of xen_displif_back_ring.nr_ents");
        assert_eq!(offset!(xen_displif_back_ring, sring), 16usize, "offset of xen_displif_back_ring.sring");
        // xen_displif_front_ring
        assert_eq!(size_of::<xen_displif_front_ring>(), 24usize, "size of xen_displif_front_ring");
        assert_eq!(align_of::<xen_displif_front_ring>(), 8usize, "alignment of xen_displif_front_ring");
        assert_eq!(offset!(xen_displif_front_ring, req_prod_pvt), 0usize, "offset of xen_displif_front_ring.req_prod_pvt");
        assert_eq!(offset!(xen_displif_front_ring, rsp_cons), 4usize, "offset of xen_displif_front_ring.rsp_cons");
        assert_eq!(offset!(xen_displif_front_ring, nr_ents), 8usize, "offset of xen_displif_front_ring.nr_ents");
        assert_eq!(offset!(xen_displif_front_ring, sring), 16usize, "offset of xen_displif_front_ring.sring");
        // xendispl_dbuf_create_req
        assert_eq!(size_of::<xendispl_dbuf_create_req>(), 40usize, "size of xendispl_dbuf_create_req");
        assert_eq!(align_of::<xendispl_dbuf_create_req>(), 8usize, "alignment of xendispl_dbuf_create_req");
        assert_eq!(offset!(xendispl_dbuf_create_req, dbuf_cookie), 0usize, "offset of xendispl_dbuf_create_req.dbuf_cookie");
        assert_eq!(offset!(xendispl_dbuf_create_req, width), 8usize, "offset of xendispl_dbuf_create_req.width");
        assert_eq!(offset!(xendispl_dbuf_create_req, height), 12usize, "offset of xendispl_dbuf_create_req.height");
        assert_eq!(offset!(xendispl_dbuf_create_req, bpp), 16usize, "offset of xendispl_dbuf_create_req.bpp");
        assert_eq!(offset!(xendispl_dbuf_create_req, buffer_sz), 20usize, "offset of xendispl_dbuf_create_req.buffer_sz");
        assert_eq!(offset!(xendispl_dbuf_create_req, flags), 24usize, "offset of xendispl_dbuf_create_req.flags");
        assert_eq!(offset!(xendispl_dbuf_create_req, gref_directory), 28usize, "offset of xendispl_dbuf_create_req.gref_directory");
        assert_eq!(offset!(xendispl_dbuf_create_req, data_ofs), 32usize, "offset of xendispl_dbuf_create_req.data_ofs");
        // xendispl_dbuf_destroy_req
        assert_eq!(size_of::<xendispl_dbuf_destroy_req>(), 8usize, "size of xendispl_dbuf_destroy_req");
        assert_eq!(align_of::<xendispl_dbuf_destroy_req>(), 8usize, "alignment of xendispl_dbuf_destroy_req");
        assert_eq!(offset!(xendispl_dbuf_destroy_req, dbuf_cookie), 0usize, "offset of xendispl_dbuf_destroy_req.dbuf_cookie");
        // xendispl_fb_attach_req
        assert_eq!(size_of::<xendispl_fb_attach_req>(), 32usize, "size of xendispl_fb_attach_req");
        assert_eq!(align_of::<xendispl_fb_attach_req>(), 8usize, "alignment of xendispl_fb_attach_req");
        assert_eq!(offset!(xendispl_fb_attach_req, dbuf_cookie), 0usize, "offset of xendispl_fb_attach_req.dbuf_cookie");
        assert_eq!(offset!(xendispl_fb_attach_req, fb_cookie), 8usize, "offset of xendispl_fb_attach_req.fb_cookie");
        assert_eq!(offset!(xendispl_fb_attach_req, width), 16usize, "offset of xendispl_fb_attach_req.width");
        assert_eq!(offset!(xendispl_fb_attach_req, height), 20usize, "offset of xendispl_fb_attach_req.height");
        assert_eq!(offset!(xendispl_fb_attach_req, pixel_format), 24usize, "offset of xendispl_fb_attach_req.pixel_format");
        // xendispl_fb_detach_req
        assert_eq!(size_of::<xendispl_fb_detach_req>(), 8usize, "size of xendispl_fb_detach_req");
        assert_eq!(align_of::<xendispl_fb_detach_req>(), 8usize, "alignment of xendispl_fb_detach_req");
        assert_eq!(offset!(xendispl_fb_detach_req, fb_cookie), 0usize, "offset of xendispl_fb_detach_req.fb_cookie");
        // xendispl_get_edid_req
        assert_eq!(size_of::<xendispl_get_edid_req>(), 8usize, "size of xendispl_get_edid_req");
        assert_eq!(align_of::<xendispl_get_edid_req>(), 4usize, "alignment of xendispl_get_edid_req");
        assert_eq!(offset!(xendispl_get_edid_req, buffer_sz), 0usize, "offset of xendispl_get_edid_req.buffer_sz");
        assert_eq!(offset!(xendispl_get_edid_req, gref_directory), 4usize, "offset of xendispl_get_edid_req.gref_directory");
        // xendispl_page_flip_req
        assert_eq!(size_of::<xendispl_page_flip_req>(), 8usize, "size of xendispl_page_flip_req");
        assert_eq!(align_of::<xendispl_page_flip_req>(), 8usize, "alignment of xendispl_page_flip_req");
        assert_eq!(offset!(xendispl_page_flip_req, fb_cookie), 0usize, "offset of xendispl_page_flip_req.fb_cookie");
        // xendispl_set_config_req
        assert_eq!(size_of::<xendispl_set_config_req>(), 32usize, "size of xendispl_set_config_req");
        assert_eq!(align_of::<xendispl_set_config_req>(), 8usize, "alignment of xendispl_set_config_req");
        assert_eq!(offset!(xendispl_set_config_req, fb_cookie), 0usize, "offset of xendispl_set_config_req.fb_cookie");
        assert_eq!(offset!(xendispl_set_config_req, x), 8usize, "offset of xendispl_set_config_req.x");
        assert_eq!(offset!(xendispl_set_config_req, y), 12usize, "offset of xendispl_set_config_req.y");
        assert_eq!(offset!(xendispl_set_config_req, width), 16usize, "offset of xendispl_set_config_req.width");
        assert_eq!(offset!(xendispl_set_config_req, height), 20usize, "offset of xendispl_set_config_req.height");
        assert_eq!(offset!(xendispl_set_config_req, bpp), 24usize, "offset of xendispl_set_config_req.bpp");
        // xendispl_req
        assert_eq!(size_of::<xendispl_req>(), 64usize, "size of xendispl_req");
        assert_eq!(align_of::<xendispl_req>(), 8usize, "alignment of xendispl_req");
        assert_eq!(offset!(xendispl_req, id), 0usize, "offset of xendispl_req.id");
        assert_eq!(offset!(xendispl_req, operation), 2usize, "offset of xendispl_req.operation");
        assert_eq!(offset!(xendispl_req, reserved), 3usize, "offset of xendispl_req.reserved");
        assert_eq!(offset!(xendispl_req, op), 8usize, "offset of xendispl_req.op");
        // xendispl_get_edid_resp
        assert_eq!(size_of::<xendispl_get_edid_resp>(), 4usize, "size of xendispl_get_edid_resp");
        assert_eq!(align_of::<xendispl_get_edid_resp>(), 4usize, "alignment of xendispl_get_edid_resp");
        assert_eq!(offset!(xendispl_get_edid_resp, edid_sz), 0usize, "offset of xendispl_get_edid_resp.edid_sz");
        // xendispl_resp
        assert_eq!(size_of::<xendispl_resp>(), 64usize, "size of xendispl_resp");
        assert_eq!(align_of::<xendispl_resp>(), 4usize, "alignment of xendispl_resp");
        assert_eq!(offset!(xendispl_resp, id), 0usize, "offset of xendispl_resp.id");
        assert_eq!(offset!(xendispl_resp, operation), 2usize, "offset of xendispl_resp.operation");
        assert_eq!(offset!(xendispl_resp, reserved), 3usize, "offset of xendispl_resp.reserved");
        assert_eq!(offset!(xendispl_resp, status), 4usize, "offset of xendispl_resp.status");
        assert_eq!(offset!(xendispl_resp, op), 8usize, "offset of xendispl_resp.op");
        // xen_displif_sring_entry
        assert_eq!(size_of::<xen_displif_sring_entry>(), 64usize, "size of xen_displif_sring_entry");
        assert_eq!(align_of::<xen_displif_sring_entry>(), 8usize, "alignment of xen_displif_sring_entry");
        assert_eq!(offset!(xen_displif_sring_entry, req), 0usize, "offset of xen_displif_sring_entry.req");
        assert_eq!(offset!(xen_displif_sring_entry, rsp), 0usize, "offset of xen_displif_sring_entry.rsp");
        // xen_displif_sring
        assert_eq!(size_of::<xen_displif_sring>(), 64usize, "size of xen_displif_sring");
        assert_eq!(align_of::<xen_displif_sring>(), 8usize, "alignment of xen_displif_sring");
        assert_eq!(offset!(xen_displif_sring, req_prod), 0usize, "offset of xen_displif_sring.req_prod");
        assert_eq!(offset!(xen_displif_sring, req_event), 4usize, "offset of xen_displif_sring.req_event");
        assert_eq!(offset!(xen_displif_sring, rsp_prod), 8usize, "offset of xen_displif_sring.rsp_prod");
        assert_eq!(offset!(xen_displif_sring, rsp_event), 12usize, "offset of xen_displif_sring.rsp_event");
        assert_eq!(offset!(xen_displif_sring, pvt), 16usize, "offset of xen_displif_sring.pvt");
        assert_eq!(offset!(xen_displif_sring, __pad), 20usize, "offset of xen_displif_sring.__pad");
        assert_eq!(offset!(xen_displif_sring, ring), 64usize, "offset of xen_displif_sring.ring");
        // xen_dm_op_create_ioreq_server
        assert_eq!(size_of::<xen_dm_op_create_ioreq_server>(), 6usize, "size of xen_dm_op_create_ioreq_server");
        assert_eq!(align_of::<xen_dm_op_create_ioreq_server>(), 2usize, "alignment of xen_dm_op_create_ioreq_server");
        assert_eq!(offset!(xen_dm_op_create_ioreq_server, handle_bufioreq), 0usize, "offset of xen_dm_op_create_ioreq_server.handle_bufioreq");
        assert_eq!(offset!(xen_dm_op_create_ioreq_server, pad), 1usize, "offset of xen_dm_op_create_ioreq_server.pad");
        assert_eq!(offset!(xen_dm_op_create_ioreq_server, id), 4usize, "offset of xen_dm_op_create_ioreq_server.id");
        // xen_dm_op_create_ioreq_server_t
        assert_eq!(size_of::<xen_dm_op_create_ioreq_server_t>(), 6usize, "size of xen_dm_op_create_ioreq_server_t");
        assert_eq!(align_of::<xen_dm_op_create_ioreq_server_t>(), 2usize, "alignment of xen_dm_op_create_ioreq_server_t");
        // xen_dm_op_destroy_ioreq_server
        assert_eq!(size_of::<xen_dm_op_destroy_ioreq_server>(), 4usize, "size of xen_dm_op_destroy_ioreq_server");
        assert_eq!(align_of::<xen_dm_op_destroy_ioreq_server>(), 2usize, "alignment of xen_dm_op_destroy_ioreq_server");
        assert_eq!(offset!(xen_dm_op_destroy_ioreq_server, id), 0usize, "offset of xen_dm_op_destroy_ioreq_server.id");
        assert_eq!(offset!(xen_dm_op_destroy_ioreq_server, pad), 2usize, "offset of xen_dm_op_destroy_ioreq_server.pad");
        // xen_dm_op_destroy_ioreq_server_t
        assert_eq!(size_of::<xen_dm_op_destroy_ioreq_server_t>(), 4usize, "size of xen_dm_op_destroy_ioreq_server_t");
        assert_eq!(align_of::<xen_dm_op_destroy_ioreq_server_t>(), 2usize, "alignment of xen_dm_op_destroy_ioreq_server_t");
        // xen_dm_op_get_ioreq_server_info
        assert_eq!(size_of::<xen_dm_op_get_ioreq_server_info>(), 24usize, "size of xen_dm_op_get_ioreq_server_info");
        assert_eq!(align_of::<xen_dm_op_get_ioreq_server_info>(), 8usize, "alignment of xen_dm_op_get_ioreq_server_info");
        assert_eq!(offset!(xen_dm_op_get_ioreq_server_info, id), 0usize, "offset of xen_dm_op_get_ioreq_server_info.id");
        assert_eq!(offset!(xen_dm_op_get_ioreq_server_info, flags), 2usize, "offset of xen_dm_op_get_ioreq_server_info.flags");
        assert_eq!(offset!(xen_dm_op_get_ioreq_server_info, bufioreq_port), 4usize, "offset of xen_dm_op_get_ioreq_server_info.bufioreq_port");
        assert_eq!(offset!(xen_dm_op_get_ioreq_server_info, ioreq_gfn), 8usize, "offset of xen_dm_op_get_ioreq_server_info.ioreq_gfn");
        assert_eq!(offset!(xen_dm_op_get_ioreq_server_info, bufioreq_gfn), 16usize, "offset of xen_dm_op_get_ioreq_server_info.bufioreq_gfn");
        // xen_dm_op_get_ioreq_server_info_t
        assert_eq!(size_of::<xen_dm_op_get_ioreq_server_info_t>(), 24usize, "size of xen_dm_op_get_ioreq_server_info_t");
        assert_eq!(align_of::<xen_dm_op_get_ioreq_server_info_t>(), 8usize, "alignment of xen_dm_op_get_ioreq_server_info_t");
        // xen_dm_op_inject_event
        assert_eq!(size_of::<xen_dm_op_inject_event>(), 24usize, "size of xen_dm_op_inject_event");
        assert_eq!(align_of::<xen_dm_op_inject_event>(), 8usize, "alignment of xen_dm_op_inject_event");
        assert_eq!(offset!(xen_dm_op_inject_event, vcpuid), 0usize, "offset of xen_dm_op_inject_event.vcpuid");
        assert_eq!(offset!(xen_dm_op_inject_event, vector), 4usize, "offset of xen_dm_op_inject_event.vector");
        assert_eq!(offset!(xen_dm_op_inject_event, r#type), 5usize, "offset of xen_dm_op_inject_event.type");
        assert_eq!(offset!(xen_dm_op_inject_event, insn_len), 6usize, "offset of xen_dm_op_inject_event.insn_len");
        assert_eq!(offset!(xen_dm_op_inject_event, pad0), 7usize, "offset of xen_dm_op_inject_event.pad0");
        assert_eq!(offset!(xen_dm_op_inject_event, error_code), 8usize, "offset of xen_dm_op_inject_event.error_code");
        assert_eq!(offset!(xen_dm_op_inject_event, pad1), 12usize, "offset of xen_dm_op_inject_event.pad1");
        assert_eq!(offset!(xen_dm_op_inject_event, cr2), 16usize, "offset of xen_dm_op_inject_event.cr2");
        // xen_dm_op_inject_event_t
        assert_eq!(size_of::<xen_dm_op_inject_event_t>(), 24usize, "size of xen_dm_op_inject_event_t");
        assert_eq!(align_of::<xen_dm_op_inject_event_t>(), 8usize, "alignment of xen_dm_op_inject_event_t");
        // xen_dm_op_inject_msi
        assert_eq!(size_of::<xen_dm_op_inject_msi>(), 16usize, "size of xen_dm_op_inject_msi");
        assert_eq!(align_of::<xen_dm_op_inject_msi>(), 8usize, "alignment of xen_dm_op_inject_msi");
        assert_eq!(offset!(xen_dm_op_inject_msi, data), 0usize, "offset of xen_dm_op_inject_msi.data");
        assert_eq!(offset!(xen_dm_op_inject_msi, pad), 4usize, "offset of xen_dm_op_inject_msi.pad");
        assert_eq!(offset!(xen_dm_op_inject_msi, addr), 8usize, "offset of xen_dm_op_inject_msi.addr");
        // xen_dm_op_inject_msi_t
        assert_eq!(size_of::<xen_dm_op_inject_msi_t>(), 16usize, "size of xen_dm_op_inject_msi_t");
        assert_eq!(align_of::<xen_dm_op_inject_msi_t>(), 8usize, "alignment of xen_dm_op_inject_msi_t");
        // xen_dm_op_ioreq_server_range
        assert_eq!(size_of::<xen_dm_op_ioreq_server_range>(), 24usize, "size of xen_dm_op_ioreq_server_range");
        assert_eq!(align_of::<xen_dm_op_ioreq_server_range>(), 8usize, "alignment of xen_dm_op_ioreq_server_range");
        assert_eq!(offset!(xen_dm_op_ioreq_server_range, id), 0usize, "offset of xen_dm_op_ioreq_server_range.id");
        assert_eq!(offset!(xen_dm_op_ioreq_server_range, pad), 2usize, "offset of xen_dm_op_ioreq_server_range.pad");
        assert_eq!(offset!(xen_dm_op_ioreq_server_range, r#type), 4usize, "offset of xen_dm_op_ioreq_server_range.type");
        assert_eq!(offset!(xen_dm_op_ioreq_server_range, start), 8usize, "offset of xen_dm_op_ioreq_server_range.start");
        assert_eq!(offset!(xen_dm_op_ioreq_server_range, end), 16usize, "offset of xen_dm_op_ioreq_server_range.end");
        // xen_dm_op_ioreq_server_range_t
        assert_eq!(size_of::<xen_dm_op_ioreq_server_range_t>(), 24usize, "size of xen_dm_op_ioreq_server_range_t");
        assert_eq!(align_of::<xen_dm_op_ioreq_server_range_t>(), 8usize, "alignment of xen_dm_op_ioreq_server_range_t");
        // xen_dm_op_map_mem_type_to_ioreq_server
        assert_eq!(size_of::<xen_dm_op_map_mem_type_to_ioreq_server>(), 16usize, "size of xen_dm_op_map_mem_type_to_ioreq_server");
        assert_eq!(align_of::<xen_dm_op_map_mem_type_to_ioreq_server>(), 8usize, "alignment of xen_dm_op_map_mem_type_to_ioreq_server");
        assert_eq!(offset!(xen_dm_op_map_mem_type_to_ioreq_server, id), 0usize, "offset of xen_dm_op_map_mem_type_to_ioreq_server.id");
        assert_eq!(offset!(xen_dm_op_map_mem_type_to_ioreq_server, r#type), 2usize, "offset of xen_dm_op_map_mem_type_to_ioreq_server.type");
        assert_eq!(offset!(xen_dm_op_map_mem_type_to_ioreq_server, flags), 4usize, "offset of xen_dm_op_map_mem_type_to_ioreq_server.flags");
        assert_eq!(offset!(xen_dm_op_map_mem_type_to_ioreq_server, opaque), 8usize, "offset of xen_dm_op_map_mem_type_to_ioreq_server.opaque");
    }

    #[test]
    fn layout_017() {
        // xen_dm_op_map_mem_type_to_ioreq_server_t
        assert_eq!(size_of::<xen_dm_op_map_mem_type_to_ioreq_server_t>(), 16usize, "size of xen_dm_op_map_mem_type_to_ioreq_server_t");
        assert_eq!(align_of::<xen_dm_op_map_mem_type_to_ioreq_server_t>(), 8usize, "alignment of xen_dm_op_map_mem_type_to_ioreq_server_t");
        // xen_dm_op_modified_memory
        assert_eq!(size_of::<xen_dm_op_modified_memory>(), 8usize, "size of xen_dm_op_modified_memory");
        assert_eq!(align_of::<xen_dm_op_modified_memory>(), 4usize, "alignment of xen_dm_op_modified_memory");
        assert_eq!(offset!(xen_dm_op_modified_memory, nr_extents), 0usize, "offset of xen_dm_op_modified_memory.nr_extents");
        assert_eq!(offset!(xen_dm_op_modified_memory, opaque), 4usize, "offset of xen_dm_op_modified_memory.opaque");
        // xen_dm_op_modified_memory_t
        assert_eq!(size_of::<xen_dm_op_modified_memory_t>(), 8usize, "size of xen_dm_op_modified_memory_t");
        assert_eq!(align_of::<xen_dm_op_modified_memory_t>(), 4usize, "alignment of xen_dm_op_modified_memory_t");
        // xen_dm_op_nr_vcpus
        assert_eq!(size_of::<xen_dm_op_nr_vcpus>(), 4usize, "size of xen_dm_op_nr_vcpus");
        assert_eq!(align_of::<xen_dm_op_nr_vcpus>(), 4usize, "alignment of xen_dm_op_nr_vcpus");
        assert_eq!(offset!(xen_dm_op_nr_vcpus, vcpus), 0usize, "offset of xen_dm_op_nr_vcpus.vcpus");
        // xen_dm_op_nr_vcpus_t
        assert_eq!(size_of::<xen_dm_op_nr_vcpus_t>(), 4usize, "size of xen_dm_op_nr_vcpus_t");
        assert_eq!(align_of::<xen_dm_op_nr_vcpus_t>(), 4usize, "alignment of xen_dm_op_nr_vcpus_t");
        // xen_dm_op_pin_memory_cacheattr
        assert_eq!(size_of::<xen_dm_op_pin_memory_cacheattr>(), 24usize, "size of xen_dm_op_pin_memory_cacheattr");
        assert_eq!(align_of::<xen_dm_op_pin_memory_cacheattr>(), 8usize, "alignment of xen_dm_op_pin_memory_cacheattr");
        assert_eq!(offset!(xen_dm_op_pin_memory_cacheattr, start), 0usize, "offset of xen_dm_op_pin_memory_cacheattr.start");
        assert_eq!(offset!(xen_dm_op_pin_memory_cacheattr, end), 8usize, "offset of xen_dm_op_pin_memory_cacheattr.end");
        assert_eq!(offset!(xen_dm_op_pin_memory_cacheattr, r#type), 16usize, "offset of xen_dm_op_pin_memory_cacheattr.type");
        assert_eq!(offset!(xen_dm_op_pin_memory_cacheattr, pad), 20usize, "offset of xen_dm_op_pin_memory_cacheattr.pad");
        // xen_dm_op_pin_memory_cacheattr_t
        assert_eq!(size_of::<xen_dm_op_pin_memory_cacheattr_t>(), 24usize, "size of xen_dm_op_pin_memory_cacheattr_t");
        assert_eq!(align_of::<xen_dm_op_pin_memory_cacheattr_t>(), 8usize, "alignment of xen_dm_op_pin_memory_cacheattr_t");
        // xen_dm_op_relocate_memory
        assert_eq!(size_of::<xen_dm_op_relocate_memory>(), 24usize, "size of xen_dm_op_relocate_memory");
        assert_eq!(align_of::<xen_dm_op_relocate_memory>(), 8usize, "alignment of xen_dm_op_relocate_memory");
        assert_eq!(offset!(xen_dm_op_relocate_memory, size), 0usize, "offset of xen_dm_op_relocate_memory.size");
        assert_eq!(offset!(xen_dm_op_relocate_memory, pad), 4usize, "offset of xen_dm_op_relocate_memory.pad");
        assert_eq!(offset!(xen_dm_op_relocate_memory, src_gfn), 8usize, "offset of xen_dm_op_relocate_memory.src_gfn");
        assert_eq!(offset!(xen_dm_op_relocate_memory, dst_gfn), 16usize, "offset of xen_dm_op_relocate_memory.dst_gfn");
        // xen_dm_op_relocate_memory_t
        assert_eq!(size_of::<xen_dm_op_relocate_memory_t>(), 24usize, "size of xen_dm_op_relocate_memory_t");
        assert_eq!(align_of::<xen_dm_op_relocate_memory_t>(), 8usize, "alignment of xen_dm_op_relocate_memory_t");
        // xen_dm_op_remote_shutdown
        assert_eq!(size_of::<xen_dm_op_remote_shutdown>(), 4usize, "size of xen_dm_op_remote_shutdown");
        assert_eq!(align_of::<xen_dm_op_remote_shutdown>(), 4usize, "alignment of xen_dm_op_remote_shutdown");
        assert_eq!(offset!(xen_dm_op_remote_shutdown, reason), 0usize, "offset of xen_dm_op_remote_shutdown.reason");
        // xen_dm_op_remote_shutdown_t
        assert_eq!(size_of::<xen_dm_op_remote_shutdown_t>(), 4usize, "size of xen_dm_op_remote_shutdown_t");
        assert_eq!(align_of::<xen_dm_op_remote_shutdown_t>(), 4usize, "alignment of xen_dm_op_remote_shutdown_t");
        // xen_dm_op_set_ioreq_server_state
        assert_eq!(size_of::<xen_dm_op_set_ioreq_server_state>(), 4usize, "size of xen_dm_op_set_ioreq_server_state");
        assert_eq!(align_of::<xen_dm_op_set_ioreq_server_state>(), 2usize, "alignment of xen_dm_op_set_ioreq_server_state");
        assert_eq!(offset!(xen_dm_op_set_ioreq_server_state, id), 0usize, "offset of xen_dm_op_set_ioreq_server_state.id");
        assert_eq!(offset!(xen_dm_op_set_ioreq_server_state, enabled), 2usize, "offset of xen_dm_op_set_ioreq_server_state.enabled");
        assert_eq!(offset!(xen_dm_op_set_ioreq_server_state, pad), 3usize, "offset of xen_dm_op_set_ioreq_server_state.pad");
        // xen_dm_op_set_ioreq_server_state_t
        assert_eq!(size_of::<xen_dm_op_set_ioreq_server_state_t>(), 4usize, "size of xen_dm_op_set_ioreq_server_state_t");
        assert_eq!(align_of::<xen_dm_op_set_ioreq_server_state_t>(), 2usize, "alignment of xen_dm_op_set_ioreq_server_state_t");
        // xen_dm_op_set_irq_level
        assert_eq!(size_of::<xen_dm_op_set_irq_level>(), 8usize, "size of xen_dm_op_set_irq_level");
        assert_eq!(align_of::<xen_dm_op_set_irq_level>(), 4usize, "alignment of xen_dm_op_set_irq_level");
        assert_eq!(offset!(xen_dm_op_set_irq_level, irq), 0usize, "offset of xen_dm_op_set_irq_level.irq");
        assert_eq!(offset!(xen_dm_op_set_irq_level, level), 4usize, "offset of xen_dm_op_set_irq_level.level");
        assert_eq!(offset!(xen_dm_op_set_irq_level, pad), 5usize, "offset of xen_dm_op_set_irq_level.pad");
        // xen_dm_op_set_irq_level_t
        assert_eq!(size_of::<xen_dm_op_set_irq_level_t>(), 8usize, "size of xen_dm_op_set_irq_level_t");
        assert_eq!(align_of::<xen_dm_op_set_irq_level_t>(), 4usize, "alignment of xen_dm_op_set_irq_level_t");
        // xen_dm_op_set_isa_irq_level
        assert_eq!(size_of::<xen_dm_op_set_isa_irq_level>(), 2usize, "size of xen_dm_op_set_isa_irq_level");
        assert_eq!(align_of::<xen_dm_op_set_isa_irq_level>(), 1usize, "alignment of xen_dm_op_set_isa_irq_level");
        assert_eq!(offset!(xen_dm_op_set_isa_irq_level, isa_irq), 0usize, "offset of xen_dm_op_set_isa_irq_level.isa_irq");
        assert_eq!(offset!(xen_dm_op_set_isa_irq_level, level), 1usize, "offset of xen_dm_op_set_isa_irq_level.level");
        // xen_dm_op_set_isa_irq_level_t
        assert_eq!(size_of::<xen_dm_op_set_isa_irq_level_t>(), 2usize, "size of xen_dm_op_set_isa_irq_level_t");
        assert_eq!(align_of::<xen_dm_op_set_isa_irq_level_t>(), 1usize, "alignment of xen_dm_op_set_isa_irq_level_t");
        // xen_dm_op_set_mem_type
        assert_eq!(size_of::<xen_dm_op_set_mem_type>(), 16usize, "size of xen_dm_op_set_mem_type");
        assert_eq!(align_of::<xen_dm_op_set_mem_type>(), 8usize, "alignment of xen_dm_op_set_mem_type");
        assert_eq!(offset!(xen_dm_op_set_mem_type, nr), 0usize, "offset of xen_dm_op_set_mem_type.nr");
        assert_eq!(offset!(xen_dm_op_set_mem_type, mem_type), 4usize, "offset of xen_dm_op_set_mem_type.mem_type");
        assert_eq!(offset!(xen_dm_op_set_mem_type, pad), 6usize, "offset of xen_dm_op_set_mem_type.pad");
        assert_eq!(offset!(xen_dm_op_set_mem_type, first_pfn), 8usize, "offset of xen_dm_op_set_mem_type.first_pfn");
        // xen_dm_op_set_mem_type_t
        assert_eq!(size_of::<xen_dm_op_set_mem_type_t>(), 16usize, "size of xen_dm_op_set_mem_type_t");
        assert_eq!(align_of::<xen_dm_op_set_mem_type_t>(), 8usize, "alignment of xen_dm_op_set_mem_type_t");
        // xen_dm_op_set_pci_intx_level
        assert_eq!(size_of::<xen_dm_op_set_pci_intx_level>(), 6usize, "size of xen_dm_op_set_pci_intx_level");
        assert_eq!(align_of::<xen_dm_op_set_pci_intx_level>(), 2usize, "alignment of xen_dm_op_set_pci_intx_level");
        assert_eq!(offset!(xen_dm_op_set_pci_intx_level, domain), 0usize, "offset of xen_dm_op_set_pci_intx_level.domain");
        assert_eq!(offset!(xen_dm_op_set_pci_intx_level, bus), 2usize, "offset of xen_dm_op_set_pci_intx_level.bus");
        assert_eq!(offset!(xen_dm_op_set_pci_intx_level, device), 3usize, "offset of xen_dm_op_set_pci_intx_level.device");
        assert_eq!(offset!(xen_dm_op_set_pci_intx_level, intx), 4usize, "offset of xen_dm_op_set_pci_intx_level.intx");
        assert_eq!(offset!(xen_dm_op_set_pci_intx_level, level), 5usize, "offset of xen_dm_op_set_pci_intx_level.level");
        // xen_dm_op_set_pci_intx_level_t
        assert_eq!(size_of::<xen_dm_op_set_pci_intx_level_t>(), 6usize, "size of xen_dm_op_set_pci_intx_level_t");
        assert_eq!(align_of::<xen_dm_op_set_pci_intx_level_t>(), 2usize, "alignment of xen_dm_op_set_pci_intx_level_t");
        // xen_dm_op_set_pci_link_route
        assert_eq!(size_of::<xen_dm_op_set_pci_link_route>(), 2usize, "size of xen_dm_op_set_pci_link_route");
        assert_eq!(align_of::<xen_dm_op_set_pci_link_route>(), 1usize, "alignment of xen_dm_op_set_pci_link_route");
        assert_eq!(offset!(xen_dm_op_set_pci_link_route, link), 0usize, "offset of xen_dm_op_set_pci_link_route.link");
        assert_eq!(offset!(xen_dm_op_set_pci_link_route, isa_irq), 1usize, "offset of xen_dm_op_set_pci_link_route.isa_irq");
        // xen_dm_op_set_pci_link_route_t
        assert_eq!(size_of::<xen_dm_op_set_pci_link_route_t>(), 2usize, "size of xen_dm_op_set_pci_link_route_t");
        assert_eq!(align_of::<xen_dm_op_set_pci_link_route_t>(), 1usize, "alignment of xen_dm_op_set_pci_link_route_t");
        // xen_dm_op_track_dirty_vram
        assert_eq!(size_of::<xen_dm_op_track_dirty_vram>(), 16usize, "size of xen_dm_op_track_dirty_vram");
        assert_eq!(align_of::<xen_dm_op_track_dirty_vram>(), 8usize, "alignment of xen_dm_op_track_dirty_vram");
        assert_eq!(offset!(xen_dm_op_track_dirty_vram, nr), 0usize, "offset of xen_dm_op_track_dirty_vram.nr");
        assert_eq!(offset!(xen_dm_op_track_dirty_vram, pad), 4usize, "offset of xen_dm_op_track_dirty_vram.pad");
        assert_eq!(offset!(xen_dm_op_track_dirty_vram, first_pfn), 8usize, "offset of xen_dm_op_track_dirty_vram.first_pfn");
        // xen_dm_op_track_dirty_vram_t
        assert_eq!(size_of::<xen_dm_op_track_dirty_vram_t>(), 16usize, "size of xen_dm_op_track_dirty_vram_t");
        assert_eq!(align_of::<xen_dm_op_track_dirty_vram_t>(), 8usize, "alignment of xen_dm_op_track_dirty_vram_t");
        // xen_dm_op
        assert_eq!(size_of::<xen_dm_op>(), 32usize, "size of xen_dm_op");
        assert_eq!(align_of::<xen_dm_op>(), 8usize, "alignment of xen_dm_op");
        assert_eq!(offset!(xen_dm_op, op), 0usize, "offset of xen_dm_op.op");
        assert_eq!(offset!(xen_dm_op, pad), 4usize, "offset of xen_dm_op.pad");
        assert_eq!(offset!(xen_dm_op, u), 8usize, "offset of xen_dm_op.u");
        // xen_dm_op_buf
        assert_eq!(size_of::<xen_dm_op_buf>(), 16usize, "size of xen_dm_op_buf");
        assert_eq!(align_of::<xen_dm_op_buf>(), 8usize, "alignment of xen_dm_op_buf");
        assert_eq!(offset!(xen_dm_op_buf, h), 0usize, "offset of xen_dm_op_buf.h");
        assert_eq!(offset!(xen_dm_op_buf, size), 8usize, "offset of xen_dm_op_buf.size");
        // xen_dm_op_modified_memory_extent
        assert_eq!(size_of::<xen_dm_op_modified_memory_extent>(), 16usize, "size of xen_dm_op_modified_memory_extent");
        assert_eq!(align_of::<xen_dm_op_modified_memory_extent>(), 8usize, "alignment of xen_dm_op_modified_memory_extent");
        assert_eq!(offset!(xen_dm_op_modified_memory_extent, nr), 0usize, "offset of xen_dm_op_modified_memory_extent.nr");
        assert_eq!(offset!(xen_dm_op_modified_memory_extent, pad), 4usize, "offset of xen_dm_op_modified_memory_extent.pad");
        assert_eq!(offset!(xen_dm_op_modified_memory_extent, first_pfn), 8usize, "offset of xen_dm_op_modified_memory_extent.first_pfn");
        // xen_feature_info
        assert_eq!(size_of::<xen_feature_info>(), 8usize, "size of xen_feature_info");
        assert_eq!(align_of::<xen_feature_info>(), 4usize, "alignment of xen_feature_info");
        assert_eq!(offset!(xen_feature_info, submap_idx), 0usize, "offset of xen_feature_info.submap_idx");
        assert_eq!(offset!(xen_feature_info, submap), 4usize, "offset of xen_feature_info.submap");
        // xen_flask_access
        assert_eq!(size_of::<xen_flask_access>(), 32usize, "size of xen_flask_access");
        assert_eq!(align_of::<xen_flask_access>(), 4usize, "alignment of xen_flask_access");
        assert_eq!(offset!(xen_flask_access, ssid), 0usize, "offset of xen_flask_access.ssid");
        assert_eq!(offset!(xen_flask_access, tsid), 4usize, "offset of xen_flask_access.tsid");
        assert_eq!(offset!(xen_flask_access, tclass), 8usize, "offset of xen_flask_access.tclass");
        assert_eq!(offset!(xen_flask_access, req), 12usize, "offset of xen_flask_access.req");
        assert_eq!(offset!(xen_flask_access, allowed), 16usize, "offset of xen_flask_access.allowed");
        assert_eq!(offset!(xen_flask_access, audit_allow), 20usize, "offset of xen_flask_access.audit_allow");
        assert_eq!(offset!(xen_flask_access, audit_deny), 24usize, "offset of xen_flask_access.audit_deny");
        assert_eq!(offset!(xen_flask_access, seqno), 28usize, "offset of xen_flask_access.seqno");
        // xen_flask_boolean
        assert_eq!(size_of::<xen_flask_boolean>(), 24usize, "size of xen_flask_boolean");
        assert_eq!(align_of::<xen_flask_boolean>(), 8usize, "alignment of xen_flask_boolean");
        assert_eq!(offset!(xen_flask_boolean, bool_id), 0usize, "offset of xen_flask_boolean.bool_id");
        assert_eq!(offset!(xen_flask_boolean, enforcing), 4usize, "offset of xen_flask_boolean.enforcing");
        assert_eq!(offset!(xen_flask_boolean, pending), 5usize, "offset of xen_flask_boolean.pending");
        assert_eq!(offset!(xen_flask_boolean, new_value), 6usize, "offset of xen_flask_boolean.new_value");
        assert_eq!(offset!(xen_flask_boolean, commit), 7usize, "offset of xen_flask_boolean.commit");
        assert_eq!(offset!(xen_flask_boolean, size), 8usize, "offset of xen_flask_boolean.size");
        assert_eq!(offset!(xen_flask_boolean, name), 16usize, "offset of xen_flask_boolean.name");
        // xen_flask_cache_stats
        assert_eq!(size_of::<xen_flask_cache_stats>(), 28usize, "size of xen_flask_cache_stats");
        assert_eq!(align_of::<xen_flask_cache_stats>(), 4usize, "alignment of xen_flask_cache_stats");
        assert_eq!(offset!(xen_flask_cache_stats, cpu), 0usize, "offset of xen_flask_cache_stats.cpu");
        assert_eq!(offset!(xen_flask_cache_stats, lookups), 4usize, "offset of xen_flask_cache_stats.lookups");
        assert_eq!(offset!(xen_flask_cache_stats, hits), 8usize, "offset of xen_flask_cache_stats.hits");
        assert_eq!(offset!(xen_flask_cache_stats, misses), 12usize, "offset of xen_flask_cache_stats.misses");
        assert_eq!(offset!(xen_flask_cache_stats, allocations), 16usize, "offset of xen_flask_cache_stats.allocations");
        assert_eq!(offset!(xen_flask_cache_stats, reclaims), 20usize, "offset of xen_flask_cache_stats.reclaims");
        assert_eq!(offset!(xen_flask_cache_stats, frees), 24usize, "offset of xen_flask_cache_stats.frees");
        // xen_flask_devicetree_label
        assert_eq!(size_of::<xen_flask_devicetree_label>(), 16usize, "size of xen_flask_devicetree_label");
        assert_eq!(align_of::<xen_flask_devicetree_label>(), 8usize, "alignment of xen_flask_devicetree_label");
        assert_eq!(offset!(xen_flask_devicetree_label, sid), 0usize, "offset of xen_flask_devicetree_label.sid");
        assert_eq!(offset!(xen_flask_devicetree_label, length), 4usize, "offset of xen_flask_devicetree_label.length");
        assert_eq!(offset!(xen_flask_devicetree_label, path), 8usize, "offset of xen_flask_devicetree_label.path");
        // xen_flask_hash_stats
        assert_eq!(size_of::<xen_flask_hash_stats>(), 16usize, "size of xen_flask_hash_stats");
        assert_eq!(align_of::<xen_flask_hash_stats>(), 4usize, "alignment of xen_flask_hash_stats");
        assert_eq!(offset!(xen_flask_hash_stats, entries), 0usize, "offset of xen_flask_hash_stats.entries");
        assert_eq!(offset!(xen_flask_hash_stats, buckets_used), 4usize, "offset of xen_flask_hash_stats.buckets_used");
        assert_eq!(offset!(xen_flask_hash_stats, buckets_total), 8usize, "offset of xen_flask_hash_stats.buckets_total");
        assert_eq!(offset!(xen_flask_hash_stats, max_chain_len), 12usize, "offset of xen_flask_hash_stats.max_chain_len");
        // xen_flask_load
        assert_eq!(size_of::<xen_flask_load>(), 16usize, "size of xen_flask_load");
        assert_eq!(align_of::<xen_flask_load>(), 8usize, "alignment of xen_flask_load");
        assert_eq!(offset!(xen_flask_load, buffer), 0usize, "offset of xen_flask_load.buffer");
        assert_eq!(offset!(xen_flask_load, size), 8usize, "offset of xen_flask_load.size");
        // xen_flask_ocontext
        assert_eq!(size_of::<xen_flask_ocontext>(), 24usize, "size of xen_flask_ocontext");
        assert_eq!(align_of::<xen_flask_ocontext>(), 8usize, "alignment of xen_flask_ocontext");
        assert_eq!(offset!(xen_flask_ocontext, ocon), 0usize, "offset of xen_flask_ocontext.ocon");
        assert_eq!(offset!(xen_flask_ocontext, sid), 4usize, "offset of xen_flask_ocontext.sid");
        assert_eq!(offset!(xen_flask_ocontext, low), 8usize, "offset of xen_flask_ocontext.low");
        assert_eq!(offset!(xen_flask_ocontext, high), 16usize, "offset of xen_flask_ocontext.high");
        // xen_flask_access_t
        assert_eq!(size_of::<xen_flask_access_t>(), 32usize, "size of xen_flask_access_t");
        assert_eq!(align_of::<xen_flask_access_t>(), 4usize, "alignment of xen_flask_access_t");
        // xen_flask_boolean_t
        assert_eq!(size_of::<xen_flask_boolean_t>(), 24usize, "size of xen_flask_boolean_t");
        assert_eq!(align_of::<xen_flask_boolean_t>(), 8usize, "alignment of xen_flask_boolean_t");
        // xen_flask_cache_stats_t
        assert_eq!(size_of::<xen_flask_cache_stats_t>(), 28usize, "size of xen_flask_cache_stats_t");
        assert_eq!(align_of::<xen_flask_cache_stats_t>(), 4usize, "alignment of xen_flask_cache_stats_t");
        // xen_flask_devicetree_label_t
        assert_eq!(size_of::<xen_flask_devicetree_label_t>(), 16usize, "size of xen_flask_devicetree_label_t");
        assert_eq!(align_of::<xen_flask_devicetree_label_t>(), 8usize, "alignment of xen_flask_devicetree_label_t");
        // xen_flask_hash_stats_t
        assert_eq!(size_of::<xen_flask_hash_stats_t>(), 16usize, "size of xen_flask_hash_stats_t");
        assert_eq!(align_of::<xen_flask_hash_stats_t>(), 4usize, "alignment of xen_flask_hash_stats_t");
        // xen_flask_load_t
        assert_eq!(size_of::<xen_flask_load_t>(), 16usize, "size of xen_flask_load_t");
        assert_eq!(align_of::<xen_flask_load_t>(), 8usize, "alignment of xen_flask_load_t");
        // xen_flask_ocontext_t
        assert_eq!(size_of::<xen_flask_ocontext_t>(), 24usize, "size of xen_flask_ocontext_t");
        assert_eq!(align_of::<xen_flask_ocontext_t>(), 8usize, "alignment of xen_flask_ocontext_t");
        // xen_flask_peersid
        assert_eq!(size_of::<xen_flask_peersid>(), 8usize, "size of xen_flask_peersid");
        assert_eq!(align_of::<xen_flask_peersid>(), 4usize, "alignment of xen_flask_peersid");
        assert_eq!(offset!(xen_flask_peersid, evtchn), 0usize, "offset of xen_flask_peersid.evtchn");
        assert_eq!(offset!(xen_flask_peersid, sid), 4usize, "offset of xen_flask_peersid.sid");
        // xen_flask_peersid_t
        assert_eq!(size_of::<xen_flask_peersid_t>(), 8usize, "size of xen_flask_peersid_t");
        assert_eq!(align_of::<xen_flask_peersid_t>(), 4usize, "alignment of xen_flask_peersid_t");
        // xen_flask_relabel
        assert_eq!(size_of::<xen_flask_relabel>(), 8usize, "size of xen_flask_relabel");
        assert_eq!(align_of::<xen_flask_relabel>(), 4usize, "alignment of xen_flask_relabel");
        assert_eq!(offset!(xen_flask_relabel, domid), 0usize, "offset of xen_flask_relabel.domid");
        assert_eq!(offset!(xen_flask_relabel, sid), 4usize, "offset of xen_flask_relabel.sid");
        // xen_flask_relabel_t
        assert_eq!(size_of::<xen_flask_relabel_t>(), 8usize, "size of xen_flask_relabel_t");
        assert_eq!(align_of::<xen_flask_relabel_t>(), 4usize, "alignment of xen_flask_relabel_t");
        // xen_flask_setavc_threshold
        assert_eq!(size_of::<xen_flask_setavc_threshold>(), 4usize, "size of xen_flask_setavc_threshold");
        assert_eq!(align_of::<xen_flask_setavc_threshold>(), 4usize, "alignment of xen_flask_setavc_threshold");
        assert_eq!(offset!(xen_flask_setavc_threshold, threshold), 0usize, "offset of xen_flask_setavc_threshold.threshold");
        // xen_flask_setavc_threshold_t
        assert_eq!(size_of::<xen_flask_setavc_threshold_t>(), 4usize, "size of xen_flask_setavc_threshold_t");
        assert_eq!(align_of::<xen_flask_setavc_threshold_t>(), 4usize, "alignment of xen_flask_setavc_threshold_t");
        // xen_flask_setenforce
        assert_eq!(size_of::<xen_flask_setenforce>(), 4usize, "size of xen_flask_setenforce");
        assert_eq!(align_of::<xen_flask_setenforce>(), 4usize, "alignment of xen_flask_setenforce");
        assert_eq!(offset!(xen_flask_setenforce, enforcing), 0usize, "offset of xen_flask_setenforce.enforcing");
    }

    #[test]
    fn layout_018() {
        // xen_flask_setenforce_t
        assert_eq!(size_of::<xen_flask_setenforce_t>(), 4usize, "size of xen_flask_setenforce_t");
        assert_eq!(align_of::<xen_flask_setenforce_t>(), 4usize, "alignment of xen_flask_setenforce_t");
        // xen_flask_sid_context
        assert_eq!(size_of::<xen_flask_sid_context>(), 16usize, "size of xen_flask_sid_context");
        assert_eq!(align_of::<xen_flask_sid_context>(), 8usize, "alignment of xen_flask_sid_context");
        assert_eq!(offset!(xen_flask_sid_context, sid), 0usize, "offset of xen_flask_sid_context.sid");
        assert_eq!(offset!(xen_flask_sid_context, size), 4usize, "offset of xen_flask_sid_context.size");
        assert_eq!(offset!(xen_flask_sid_context, context), 8usize, "offset of xen_flask_sid_context.context");
        // xen_flask_sid_context_t
        assert_eq!(size_of::<xen_flask_sid_context_t>(), 16usize, "size of xen_flask_sid_context_t");
        assert_eq!(align_of::<xen_flask_sid_context_t>(), 8usize, "alignment of xen_flask_sid_context_t");
        // xen_flask_transition
        assert_eq!(size_of::<xen_flask_transition>(), 16usize, "size of xen_flask_transition");
        assert_eq!(align_of::<xen_flask_transition>(), 4usize, "alignment of xen_flask_transition");
        assert_eq!(offset!(xen_flask_transition, ssid), 0usize, "offset of xen_flask_transition.ssid");
        assert_eq!(offset!(xen_flask_transition, tsid), 4usize, "offset of xen_flask_transition.tsid");
        assert_eq!(offset!(xen_flask_transition, tclass), 8usize, "offset of xen_flask_transition.tclass");
        assert_eq!(offset!(xen_flask_transition, newsid), 12usize, "offset of xen_flask_transition.newsid");
        // xen_flask_transition_t
        assert_eq!(size_of::<xen_flask_transition_t>(), 16usize, "size of xen_flask_transition_t");
        assert_eq!(align_of::<xen_flask_transition_t>(), 4usize, "alignment of xen_flask_transition_t");
        // xen_flask_op
        assert_eq!(size_of::<xen_flask_op>(), 40usize, "size of xen_flask_op");
        assert_eq!(align_of::<xen_flask_op>(), 8usize, "alignment of xen_flask_op");
        assert_eq!(offset!(xen_flask_op, cmd), 0usize, "offset of xen_flask_op.cmd");
        assert_eq!(offset!(xen_flask_op, interface_version), 4usize, "offset of xen_flask_op.interface_version");
        assert_eq!(offset!(xen_flask_op, u), 8usize, "offset of xen_flask_op.u");
        // xen_memory_map
        assert_eq!(size_of::<xen_memory_map>(), 16usize, "size of xen_memory_map");
        assert_eq!(align_of::<xen_memory_map>(), 8usize, "alignment of xen_memory_map");
        assert_eq!(offset!(xen_memory_map, nr_entries), 0usize, "offset of xen_memory_map.nr_entries");
        assert_eq!(offset!(xen_memory_map, buffer), 8usize, "offset of xen_memory_map.buffer");
        // xen_foreign_memory_map
        assert_eq!(size_of::<xen_foreign_memory_map>(), 24usize, "size of xen_foreign_memory_map");
        assert_eq!(align_of::<xen_foreign_memory_map>(), 8usize, "alignment of xen_foreign_memory_map");
        assert_eq!(offset!(xen_foreign_memory_map, domid), 0usize, "offset of xen_foreign_memory_map.domid");
        assert_eq!(offset!(xen_foreign_memory_map, map), 8usize, "offset of xen_foreign_memory_map.map");
        // xen_hvm_altp2m_change_gfn
        assert_eq!(size_of::<xen_hvm_altp2m_change_gfn>(), 24usize, "size of xen_hvm_altp2m_change_gfn");
        assert_eq!(align_of::<xen_hvm_altp2m_change_gfn>(), 8usize, "alignment of xen_hvm_altp2m_change_gfn");
        assert_eq!(offset!(xen_hvm_altp2m_change_gfn, view), 0usize, "offset of xen_hvm_altp2m_change_gfn.view");
        assert_eq!(offset!(xen_hvm_altp2m_change_gfn, pad1), 2usize, "offset of xen_hvm_altp2m_change_gfn.pad1");
        assert_eq!(offset!(xen_hvm_altp2m_change_gfn, pad2), 4usize, "offset of xen_hvm_altp2m_change_gfn.pad2");
        assert_eq!(offset!(xen_hvm_altp2m_change_gfn, old_gfn), 8usize, "offset of xen_hvm_altp2m_change_gfn.old_gfn");
        assert_eq!(offset!(xen_hvm_altp2m_change_gfn, new_gfn), 16usize, "offset of xen_hvm_altp2m_change_gfn.new_gfn");
        // xen_hvm_altp2m_domain_state
        assert_eq!(size_of::<xen_hvm_altp2m_domain_state>(), 1usize, "size of xen_hvm_altp2m_domain_state");
        assert_eq!(align_of::<xen_hvm_altp2m_domain_state>(), 1usize, "alignment of xen_hvm_altp2m_domain_state");
        assert_eq!(offset!(xen_hvm_altp2m_domain_state, state), 0usize, "offset of xen_hvm_altp2m_domain_state.state");
        // xen_hvm_altp2m_get_vcpu_p2m_idx
        assert_eq!(size_of::<xen_hvm_altp2m_get_vcpu_p2m_idx>(), 8usize, "size of xen_hvm_altp2m_get_vcpu_p2m_idx");
        assert_eq!(align_of::<xen_hvm_altp2m_get_vcpu_p2m_idx>(), 4usize, "alignment of xen_hvm_altp2m_get_vcpu_p2m_idx");
        assert_eq!(offset!(xen_hvm_altp2m_get_vcpu_p2m_idx, vcpu_id), 0usize, "offset of xen_hvm_altp2m_get_vcpu_p2m_idx.vcpu_id");
        assert_eq!(offset!(xen_hvm_altp2m_get_vcpu_p2m_idx, altp2m_idx), 4usize, "offset of xen_hvm_altp2m_get_vcpu_p2m_idx.altp2m_idx");
        // xen_hvm_altp2m_mem_access
        assert_eq!(size_of::<xen_hvm_altp2m_mem_access>(), 16usize, "size of xen_hvm_altp2m_mem_access");
        assert_eq!(align_of::<xen_hvm_altp2m_mem_access>(), 8usize, "alignment of xen_hvm_altp2m_mem_access");
        assert_eq!(offset!(xen_hvm_altp2m_mem_access, view), 0usize, "offset of xen_hvm_altp2m_mem_access.view");
        assert_eq!(offset!(xen_hvm_altp2m_mem_access, access), 2usize, "offset of xen_hvm_altp2m_mem_access.access");
        assert_eq!(offset!(xen_hvm_altp2m_mem_access, pad), 4usize, "offset of xen_hvm_altp2m_mem_access.pad");
        assert_eq!(offset!(xen_hvm_altp2m_mem_access, gfn), 8usize, "offset of xen_hvm_altp2m_mem_access.gfn");
        // xen_hvm_altp2m_set_mem_access_multi
        assert_eq!(size_of::<xen_hvm_altp2m_set_mem_access_multi>(), 32usize, "size of xen_hvm_altp2m_set_mem_access_multi");
        assert_eq!(align_of::<xen_hvm_altp2m_set_mem_access_multi>(), 8usize, "alignment of xen_hvm_altp2m_set_mem_access_multi");
        assert_eq!(offset!(xen_hvm_altp2m_set_mem_access_multi, view), 0usize, "offset of xen_hvm_altp2m_set_mem_access_multi.view");
        assert_eq!(offset!(xen_hvm_altp2m_set_mem_access_multi, pad), 2usize, "offset of xen_hvm_altp2m_set_mem_access_multi.pad");
        assert_eq!(offset!(xen_hvm_altp2m_set_mem_access_multi, nr), 4usize, "offset of xen_hvm_altp2m_set_mem_access_multi.nr");
        assert_eq!(offset!(xen_hvm_altp2m_set_mem_access_multi, opaque), 8usize, "offset of xen_hvm_altp2m_set_mem_access_multi.opaque");
        assert_eq!(offset!(xen_hvm_altp2m_set_mem_access_multi, pfn_list), 16usize, "offset of xen_hvm_altp2m_set_mem_access_multi.pfn_list");
        assert_eq!(offset!(xen_hvm_altp2m_set_mem_access_multi, access_list), 24usize, "offset of xen_hvm_altp2m_set_mem_access_multi.access_list");
        // xen_hvm_altp2m_set_visibility
        assert_eq!(size_of::<xen_hvm_altp2m_set_visibility>(), 4usize, "size of xen_hvm_altp2m_set_visibility");
        assert_eq!(align_of::<xen_hvm_altp2m_set_visibility>(), 2usize, "alignment of xen_hvm_altp2m_set_visibility");
        assert_eq!(offset!(xen_hvm_altp2m_set_visibility, altp2m_idx), 0usize, "offset of xen_hvm_altp2m_set_visibility.altp2m_idx");
        assert_eq!(offset!(xen_hvm_altp2m_set_visibility, visible), 2usize, "offset of xen_hvm_altp2m_set_visibility.visible");
        assert_eq!(offset!(xen_hvm_altp2m_set_visibility, pad), 3usize, "offset of xen_hvm_altp2m_set_visibility.pad");
        // xen_hvm_altp2m_suppress_ve
        assert_eq!(size_of::<xen_hvm_altp2m_suppress_ve>(), 16usize, "size of xen_hvm_altp2m_suppress_ve");
        assert_eq!(align_of::<xen_hvm_altp2m_suppress_ve>(), 8usize, "alignment of xen_hvm_altp2m_suppress_ve");
        assert_eq!(offset!(xen_hvm_altp2m_suppress_ve, view), 0usize, "offset of xen_hvm_altp2m_suppress_ve.view");
        assert_eq!(offset!(xen_hvm_altp2m_suppress_ve, suppress_ve), 2usize, "offset of xen_hvm_altp2m_suppress_ve.suppress_ve");
        assert_eq!(offset!(xen_hvm_altp2m_suppress_ve, pad1), 3usize, "offset of xen_hvm_altp2m_suppress_ve.pad1");
        assert_eq!(offset!(xen_hvm_altp2m_suppress_ve, pad2), 4usize, "offset of xen_hvm_altp2m_suppress_ve.pad2");
        assert_eq!(offset!(xen_hvm_altp2m_suppress_ve, gfn), 8usize, "offset of xen_hvm_altp2m_suppress_ve.gfn");
        // xen_hvm_altp2m_suppress_ve_multi
        assert_eq!(size_of::<xen_hvm_altp2m_suppress_ve_multi>(), 32usize, "size of xen_hvm_altp2m_suppress_ve_multi");
        assert_eq!(align_of::<xen_hvm_altp2m_suppress_ve_multi>(), 8usize, "alignment of xen_hvm_altp2m_suppress_ve_multi");
        assert_eq!(offset!(xen_hvm_altp2m_suppress_ve_multi, view), 0usize, "offset of xen_hvm_altp2m_suppress_ve_multi.view");
        assert_eq!(offset!(xen_hvm_altp2m_suppress_ve_multi, suppress_ve), 2usize, "offset of xen_hvm_altp2m_suppress_ve_multi.suppress_ve");
        assert_eq!(offset!(xen_hvm_altp2m_suppress_ve_multi, pad1), 3usize, "offset of xen_hvm_altp2m_suppress_ve_multi.pad1");
        assert_eq!(offset!(xen_hvm_altp2m_suppress_ve_multi, first_error), 4usize, "offset of xen_hvm_altp2m_suppress_ve_multi.first_error");
        assert_eq!(offset!(xen_hvm_altp2m_suppress_ve_multi, first_gfn), 8usize, "offset of xen_hvm_altp2m_suppress_ve_multi.first_gfn");
        assert_eq!(offset!(xen_hvm_altp2m_suppress_ve_multi, last_gfn), 16usize, "offset of xen_hvm_altp2m_suppress_ve_multi.last_gfn");
        assert_eq!(offset!(xen_hvm_altp2m_suppress_ve_multi, first_error_gfn), 24usize, "offset of xen_hvm_altp2m_suppress_ve_multi.first_error_gfn");
        // xen_hvm_altp2m_vcpu_disable_notify
        assert_eq!(size_of::<xen_hvm_altp2m_vcpu_disable_notify>(), 4usize, "size of xen_hvm_altp2m_vcpu_disable_notify");
        assert_eq!(align_of::<xen_hvm_altp2m_vcpu_disable_notify>(), 4usize, "alignment of xen_hvm_altp2m_vcpu_disable_notify");
        assert_eq!(offset!(xen_hvm_altp2m_vcpu_disable_notify, vcpu_id), 0usize, "offset of xen_hvm_altp2m_vcpu_disable_notify.vcpu_id");
        // xen_hvm_altp2m_vcpu_enable_notify
        assert_eq!(size_of::<xen_hvm_altp2m_vcpu_enable_notify>(), 16usize, "size of xen_hvm_altp2m_vcpu_enable_notify");
        assert_eq!(align_of::<xen_hvm_altp2m_vcpu_enable_notify>(), 8usize, "alignment of xen_hvm_altp2m_vcpu_enable_notify");
        assert_eq!(offset!(xen_hvm_altp2m_vcpu_enable_notify, vcpu_id), 0usize, "offset of xen_hvm_altp2m_vcpu_enable_notify.vcpu_id");
        assert_eq!(offset!(xen_hvm_altp2m_vcpu_enable_notify, pad), 4usize, "offset of xen_hvm_altp2m_vcpu_enable_notify.pad");
        assert_eq!(offset!(xen_hvm_altp2m_vcpu_enable_notify, gfn), 8usize, "offset of xen_hvm_altp2m_vcpu_enable_notify.gfn");
        // xen_hvm_altp2m_view
        assert_eq!(size_of::<xen_hvm_altp2m_view>(), 4usize, "size of xen_hvm_altp2m_view");
        assert_eq!(align_of::<xen_hvm_altp2m_view>(), 2usize, "alignment of xen_hvm_altp2m_view");
        assert_eq!(offset!(xen_hvm_altp2m_view, view), 0usize, "offset of xen_hvm_altp2m_view.view");
        assert_eq!(offset!(xen_hvm_altp2m_view, hvmmem_default_access), 2usize, "offset of xen_hvm_altp2m_view.hvmmem_default_access");
        // xen_hvm_altp2m_op
        assert_eq!(size_of::<xen_hvm_altp2m_op>(), 80usize, "size of xen_hvm_altp2m_op");
        assert_eq!(align_of::<xen_hvm_altp2m_op>(), 8usize, "alignment of xen_hvm_altp2m_op");
        assert_eq!(offset!(xen_hvm_altp2m_op, version), 0usize, "offset of xen_hvm_altp2m_op.version");
        assert_eq!(offset!(xen_hvm_altp2m_op, cmd), 4usize, "offset of xen_hvm_altp2m_op.cmd");
        assert_eq!(offset!(xen_hvm_altp2m_op, domain), 8usize, "offset of xen_hvm_altp2m_op.domain");
        assert_eq!(offset!(xen_hvm_altp2m_op, pad1), 10usize, "offset of xen_hvm_altp2m_op.pad1");
        assert_eq!(offset!(xen_hvm_altp2m_op, pad2), 12usize, "offset of xen_hvm_altp2m_op.pad2");
        assert_eq!(offset!(xen_hvm_altp2m_op, u), 16usize, "offset of xen_hvm_altp2m_op.u");
        // xen_hvm_get_mem_type
        assert_eq!(size_of::<xen_hvm_get_mem_type>(), 16usize, "size of xen_hvm_get_mem_type");
        assert_eq!(align_of::<xen_hvm_get_mem_type>(), 8usize, "alignment of xen_hvm_get_mem_type");
        assert_eq!(offset!(xen_hvm_get_mem_type, domid), 0usize, "offset of xen_hvm_get_mem_type.domid");
        assert_eq!(offset!(xen_hvm_get_mem_type, mem_type), 2usize, "offset of xen_hvm_get_mem_type.mem_type");
        assert_eq!(offset!(xen_hvm_get_mem_type, pad), 4usize, "offset of xen_hvm_get_mem_type.pad");
        assert_eq!(offset!(xen_hvm_get_mem_type, pfn), 8usize, "offset of xen_hvm_get_mem_type.pfn");
        // xen_hvm_get_time
        assert_eq!(size_of::<xen_hvm_get_time>(), 8usize, "size of xen_hvm_get_time");
        assert_eq!(align_of::<xen_hvm_get_time>(), 8usize, "alignment of xen_hvm_get_time");
        assert_eq!(offset!(xen_hvm_get_time, now), 0usize, "offset of xen_hvm_get_time.now");
        // xen_hvm_pagetable_dying
        assert_eq!(size_of::<xen_hvm_pagetable_dying>(), 16usize, "size of xen_hvm_pagetable_dying");
        assert_eq!(align_of::<xen_hvm_pagetable_dying>(), 8usize, "alignment of xen_hvm_pagetable_dying");
        assert_eq!(offset!(xen_hvm_pagetable_dying, domid), 0usize, "offset of xen_hvm_pagetable_dying.domid");
        assert_eq!(offset!(xen_hvm_pagetable_dying, pad), 2usize, "offset of xen_hvm_pagetable_dying.pad");
        assert_eq!(offset!(xen_hvm_pagetable_dying, gpa), 8usize, "offset of xen_hvm_pagetable_dying.gpa");
        // xen_hvm_param
        assert_eq!(size_of::<xen_hvm_param>(), 16usize, "size of xen_hvm_param");
        assert_eq!(align_of::<xen_hvm_param>(), 8usize, "alignment of xen_hvm_param");
        assert_eq!(offset!(xen_hvm_param, domid), 0usize, "offset of xen_hvm_param.domid");
        assert_eq!(offset!(xen_hvm_param, pad), 2usize, "offset of xen_hvm_param.pad");
        assert_eq!(offset!(xen_hvm_param, index), 4usize, "offset of xen_hvm_param.index");
        assert_eq!(offset!(xen_hvm_param, value), 8usize, "offset of xen_hvm_param.value");
        // xen_hvm_xentrace
        assert_eq!(size_of::<xen_hvm_xentrace>(), 32usize, "size of xen_hvm_xentrace");
        assert_eq!(align_of::<xen_hvm_xentrace>(), 2usize, "alignment of xen_hvm_xentrace");
        assert_eq!(offset!(xen_hvm_xentrace, event), 0usize, "offset of xen_hvm_xentrace.event");
        assert_eq!(offset!(xen_hvm_xentrace, extra_bytes), 2usize, "offset of xen_hvm_xentrace.extra_bytes");
        assert_eq!(offset!(xen_hvm_xentrace, extra), 4usize, "offset of xen_hvm_xentrace.extra");
        // xen_hypfs_direntry
        assert_eq!(size_of::<xen_hypfs_direntry>(), 12usize, "size of xen_hypfs_direntry");
        assert_eq!(align_of::<xen_hypfs_direntry>(), 4usize, "alignment of xen_hypfs_direntry");
        assert_eq!(offset!(xen_hypfs_direntry, r#type), 0usize, "offset of xen_hypfs_direntry.type");
        assert_eq!(offset!(xen_hypfs_direntry, encoding), 1usize, "offset of xen_hypfs_direntry.encoding");
        assert_eq!(offset!(xen_hypfs_direntry, pad), 2usize, "offset of xen_hypfs_direntry.pad");
        assert_eq!(offset!(xen_hypfs_direntry, content_len), 4usize, "offset of xen_hypfs_direntry.content_len");
        assert_eq!(offset!(xen_hypfs_direntry, max_write_len), 8usize, "offset of xen_hypfs_direntry.max_write_len");
        // xen_hypfs_direntry_t
        assert_eq!(size_of::<xen_hypfs_direntry_t>(), 12usize, "size of xen_hypfs_direntry_t");
        assert_eq!(align_of::<xen_hypfs_direntry_t>(), 4usize, "alignment of xen_hypfs_direntry_t");
        // xen_hypfs_dirlistentry
        assert_eq!(size_of::<xen_hypfs_dirlistentry>(), 16usize, "size of xen_hypfs_dirlistentry");
        assert_eq!(align_of::<xen_hypfs_dirlistentry>(), 4usize, "alignment of xen_hypfs_dirlistentry");
        assert_eq!(offset!(xen_hypfs_dirlistentry, e), 0usize, "offset of xen_hypfs_dirlistentry.e");
        assert_eq!(offset!(xen_hypfs_dirlistentry, off_next), 12usize, "offset of xen_hypfs_dirlistentry.off_next");
        assert_eq!(offset!(xen_hypfs_dirlistentry, name), 14usize, "offset of xen_hypfs_dirlistentry.name");
        // xen_kexec_exec
        assert_eq!(size_of::<xen_kexec_exec>(), 4usize, "size of xen_kexec_exec");
        assert_eq!(align_of::<xen_kexec_exec>(), 4usize, "alignment of xen_kexec_exec");
        assert_eq!(offset!(xen_kexec_exec, r#type), 0usize, "offset of xen_kexec_exec.type");
        // xen_kexec_image
        assert_eq!(size_of::<xen_kexec_image>(), 16usize, "size of xen_kexec_image");
        assert_eq!(align_of::<xen_kexec_image>(), 8usize, "alignment of xen_kexec_image");
        assert_eq!(offset!(xen_kexec_image, indirection_page), 0usize, "offset of xen_kexec_image.indirection_page");
        assert_eq!(offset!(xen_kexec_image, start_address), 8usize, "offset of xen_kexec_image.start_address");
        // xen_kexec_load
        assert_eq!(size_of::<xen_kexec_load>(), 24usize, "size of xen_kexec_load");
        assert_eq!(align_of::<xen_kexec_load>(), 8usize, "alignment of xen_kexec_load");
        assert_eq!(offset!(xen_kexec_load, r#type), 0usize, "offset of xen_kexec_load.type");
        assert_eq!(offset!(xen_kexec_load, _pad), 1usize, "offset of xen_kexec_load._pad");
        assert_eq!(offset!(xen_kexec_load, arch), 2usize, "offset of xen_kexec_load.arch");
        assert_eq!(offset!(xen_kexec_load, nr_segments), 4usize, "offset of xen_kexec_load.nr_segments");
        assert_eq!(offset!(xen_kexec_load, segments), 8usize, "offset of xen_kexec_load.segments");
        assert_eq!(offset!(xen_kexec_load, entry_maddr), 16usize, "offset of xen_kexec_load.entry_maddr");
        // xen_kexec_image_t
        assert_eq!(size_of::<xen_kexec_image_t>(), 16usize, "size of xen_kexec_image_t");
        assert_eq!(align_of::<xen_kexec_image_t>(), 8usize, "alignment of xen_kexec_image_t");
        // xen_kexec_load_v1
        assert_eq!(size_of::<xen_kexec_load_v1>(), 24usize, "size of xen_kexec_load_v1");
        assert_eq!(align_of::<xen_kexec_load_v1>(), 8usize, "alignment of xen_kexec_load_v1");
        assert_eq!(offset!(xen_kexec_load_v1, r#type), 0usize, "offset of xen_kexec_load_v1.type");
        assert_eq!(offset!(xen_kexec_load_v1, image), 8usize, "offset of xen_kexec_load_v1.image");
        // xen_kexec_range
        assert_eq!(size_of::<xen_kexec_range>(), 24usize, "size of xen_kexec_range");
        assert_eq!(align_of::<xen_kexec_range>(), 8usize, "alignment of xen_kexec_range");
        assert_eq!(offset!(xen_kexec_range, range), 0usize, "offset of xen_kexec_range.range");
        assert_eq!(offset!(xen_kexec_range, nr), 4usize, "offset of xen_kexec_range.nr");
        assert_eq!(offset!(xen_kexec_range, size), 8usize, "offset of xen_kexec_range.size");
        assert_eq!(offset!(xen_kexec_range, start), 16usize, "offset of xen_kexec_range.start");
        // xen_kexec_segment
        assert_eq!(size_of::<xen_kexec_segment>(), 32usize, "size of xen_kexec_segment");
        assert_eq!(align_of::<xen_kexec_segment>(), 8usize, "alignment of xen_kexec_segment");
        assert_eq!(offset!(xen_kexec_segment, buf), 0usize, "offset of xen_kexec_segment.buf");
        assert_eq!(offset!(xen_kexec_segment, buf_size), 8usize, "offset of xen_kexec_segment.buf_size");
        assert_eq!(offset!(xen_kexec_segment, dest_maddr), 16usize, "offset of xen_kexec_segment.dest_maddr");
        assert_eq!(offset!(xen_kexec_segment, dest_size), 24usize, "offset of xen_kexec_segment.dest_size");
        // xen_kexec_status
        assert_eq!(size_of::<xen_kexec_status>(), 1usize, "size of xen_kexec_status");
        assert_eq!(align_of::<xen_kexec_status>(), 1usize, "alignment of xen_kexec_status");
        assert_eq!(offset!(xen_kexec_status, r#type), 0usize, "offset of xen_kexec_status.type");
        // xen_kexec_unload
        assert_eq!(size_of::<xen_kexec_unload>(), 1usize, "size of xen_kexec_unload");
        assert_eq!(align_of::<xen_kexec_unload>(), 1usize, "alignment of xen_kexec_unload");
        assert_eq!(offset!(xen_kexec_unload, r#type), 0usize, "offset of xen_kexec_unload.type");
        // xen_machphys_mapping
        assert_eq!(size_of::<xen_machphys_mapping>(), 24usize, "size of xen_machphys_mapping");
        assert_eq!(align_of::<xen_machphys_mapping>(), 8usize, "alignment of xen_machphys_mapping");
        assert_eq!(offset!(xen_machphys_mapping, v_start), 0usize, "offset of xen_machphys_mapping.v_start");
        assert_eq!(offset!(xen_machphys_mapping, v_end), 8usize, "offset of xen_machphys_mapping.v_end");
        assert_eq!(offset!(xen_machphys_mapping, max_mfn), 16usize, "offset of xen_machphys_mapping.max_mfn");
        // xen_machphys_mfn_list
        assert_eq!(size_of::<xen_machphys_mfn_list>(), 24usize, "size of xen_machphys_mfn_list");
        assert_eq!(align_of::<xen_machphys_mfn_list>(), 8usize, "alignment of xen_machphys_mfn_list");
        assert_eq!(offset!(xen_machphys_mfn_list, max_extents), 0usize, "offset of xen_machphys_mfn_list.max_extents");
        assert_eq!(offset!(xen_machphys_mfn_list, extent_start), 8usize, "offset of xen_machphys_mfn_list.extent_start");
        assert_eq!(offset!(xen_machphys_mfn_list, nr_extents), 16usize, "offset of xen_machphys_mfn_list.nr_extents");
        // xen_mem_acquire_resource
        assert_eq!(size_of::<xen_mem_acquire_resource>(), 32usize, "size of xen_mem_acquire_resource");
        assert_eq!(align_of::<xen_mem_acquire_resource>(), 8usize, "alignment of xen_mem_acquire_resource");
        assert_eq!(offset!(xen_mem_acquire_resource, domid), 0usize, "offset of xen_mem_acquire_resource.domid");
        assert_eq!(offset!(xen_mem_acquire_resource, r#type), 2usize, "offset of xen_mem_acquire_resource.type");
        assert_eq!(offset!(xen_mem_acquire_resource, id), 4usize, "offset of xen_mem_acquire_resource.id");
        assert_eq!(offset!(xen_mem_acquire_resource, nr_frames), 8usize, "offset of xen_mem_acquire_resource.nr_frames");
        assert_eq!(offset!(xen_mem_acquire_resource, pad), 12usize, "offset of xen_mem_acquire_resource.pad");
        assert_eq!(offset!(xen_mem_acquire_resource, frame), 16usize, "offset of xen_mem_acquire_resource.frame");
        assert_eq!(offset!(xen_mem_acquire_resource, frame_list), 24usize, "offset of xen_mem_acquire_resource.frame_list");
        // xen_memory_domain
        assert_eq!(size_of::<xen_memory_domain>(), 2usize, "size of xen_memory_domain");
        assert_eq!(align_of::<xen_memory_domain>(), 2usize, "alignment of xen_memory_domain");
        assert_eq!(offset!(xen_memory_domain, domid), 0usize, "offset of xen_memory_domain.domid");
        // xen_memory_reservation
        assert_eq!(size_of::<xen_memory_reservation>(), 32usize, "size of xen_memory_reservation");
        assert_eq!(align_of::<xen_memory_reservation>(), 8usize, "alignment of xen_memory_reservation");
        assert_eq!(offset!(xen_memory_reservation, extent_start), 0usize, "offset of xen_memory_reservation.extent_start");
        assert_eq!(offset!(xen_memory_reservation, nr_extents), 8usize, "offset of xen_memory_reservation.nr_extents");
        assert_eq!(offset!(xen_memory_reservation, extent_order), 16usize, "offset of xen_memory_reservation.extent_order");
        assert_eq!(offset!(xen_memory_reservation, mem_flags), 20usize, "offset of xen_memory_reservation.mem_flags");
        assert_eq!(offset!(xen_memory_reservation, domid), 24usize, "offset of xen_memory_reservation.domid");
        // xen_memory_exchange
        assert_eq!(size_of::<xen_memory_exchange>(), 72usize, "size of xen_memory_exchange");
        assert_eq!(align_of::<xen_memory_exchange>(), 8usize, "alignment of xen_memory_exchange");
        assert_eq!(offset!(xen_memory_exchange, r#in), 0usize, "offset of xen_memory_exchange.in");
        assert_eq!(offset!(xen_memory_exchange, out), 32usize, "offset of xen_memory_exchange.out");
        assert_eq!(offset!(xen_memory_exchange, nr_exchanged), 64usize, "offset of xen_memory_exchange.nr_exchanged");
        // xen_msix_entry
        assert_eq!(size_of::<xen_msix_entry>(), 4usize, "size of xen_msix_entry");
        assert_eq!(align_of::<xen_msix_entry>(), 2usize, "alignment of xen_msix_entry");
        assert_eq!(offset!(xen_msix_entry, vector), 0usize, "offset of xen_msix_entry.vector");
        assert_eq!(offset!(xen_msix_entry, entry), 2usize, "offset of xen_msix_entry.entry");
        // xen_multiboot_mod_list
        assert_eq!(size_of::<xen_multiboot_mod_list>(), 16usize, "size of xen_multiboot_mod_list");
        assert_eq!(align_of::<xen_multiboot_mod_list>(), 4usize, "alignment of xen_multiboot_mod_list");
        assert_eq!(offset!(xen_multiboot_mod_list, mod_start), 0usize, "offset of xen_multiboot_mod_list.mod_start");
        assert_eq!(offset!(xen_multiboot_mod_list, mod_end), 4usize, "offset of xen_multiboot_mod_list.mod_end");
        assert_eq!(offset!(xen_multiboot_mod_list, cmdline), 8usize, "offset of xen_multiboot_mod_list.cmdline");
        assert_eq!(offset!(xen_multiboot_mod_list, pad), 12usize, "offset of xen_multiboot_mod_list.pad");
        // xen_netif_ctrl_back_ring
        assert_eq!(size_of::<xen_netif_ctrl_back_ring>(), 24usize, "size of xen_netif_ctrl_back_ring");
        assert_eq!(align_of::<xen_netif_ctrl_back_ring>(), 8usize, "alignment of xen_netif_ctrl_back_ring");
        assert_eq!(offset!(xen_netif_ctrl_back_ring, rsp_prod_pvt), 0usize, "offset of xen_netif_ctrl_back_ring.rsp_prod_pvt");
        assert_eq!(offset!(xen_netif_ctrl_back_ring, req_cons), 4usize, "offset of xen_netif_ctrl_back_ring.req_cons");
        assert_eq!(offset!(xen_netif_ctrl_back_ring, nr_ents), 8usize, "offset of xen_netif_ctrl_back_ring.nr_ents");
        assert_eq!(offset!(xen_netif_ctrl_back_ring, sring), 16usize, "offset of xen_netif_ctrl_back_ring.sring");
        // xen_netif_ctrl_front_ring
        assert_eq!(size_of::<xen_netif_ctrl_front_ring>(), 24usize, "size of xen_netif_ctrl_front_ring");
        assert_eq!(align_of::<xen_netif_ctrl_front_ring>(), 8usize, "alignment of xen_netif_ctrl_front_ring");
        assert_eq!(offset!(xen_netif_ctrl_front_ring, req_prod_pvt), 0usize, "offset of xen_netif_ctrl_front_ring.req_prod_pvt");
        assert_eq!(offset!(xen_netif_ctrl_front_ring, rsp_cons), 4usize, "offset of xen_netif_ctrl_front_ring.rsp_cons");
        assert_eq!(offset!(xen_netif_ctrl_front_ring, nr_ents), 8usize, "offset of xen_netif_ctrl_front_ring.nr_ents");
        assert_eq!(offset!(xen_netif_ctrl_front_ring, sring), 16usize, "offset of xen_netif_ctrl_front_ring.sring");
        // xen_netif_ctrl_request
        assert_eq!(size_of::<xen_netif_ctrl_request>(), 16usize, "size of xen_netif_ctrl_request");
        assert_eq!(align_of::<xen_netif_ctrl_request>(), 4usize, "alignment of xen_netif_ctrl_request");
        assert_eq!(offset!(xen_netif_ctrl_request, id), 0usize, "offset of xen_netif_ctrl_request.id");
        assert_eq!(offset!(xen_netif_ctrl_request, r#type), 2usize, "offset of xen_netif_ctrl_request.type");
        assert_eq!(offset!(xen_netif_ctrl_request, data), 4usize, "offset of xen_netif_ctrl_request.data");
        // xen_netif_ctrl_response
        assert_eq!(size_of::<xen_netif_ctrl_response>(), 12usize, "size of xen_netif_ctrl_response");
        assert_eq!(align_of::<xen_netif_ctrl_response>(), 4usize, "alignment of xen_netif_ctrl_response");
        assert_eq!(offset!(xen_netif_ctrl_response, id), 0usize, "offset of xen_netif_ctrl_response.id");
        assert_eq!(offset!(xen_netif_ctrl_response, r#type), 2usize, "offset of xen_netif_ctrl_response.type");
        assert_eq!(offset!(xen_netif_ctrl_response, status), 4usize, "offset of xen_netif_ctrl_response.status");
        assert_eq!(offset!(xen_netif_ctrl_response, data), 8usize, "offset of xen_netif_ctrl_response.data");
        // xen_netif_ctrl_sring_entry
        assert_eq!(size_of::<xen_netif_ctrl_sring_entry>(), 16usize, "size of xen_netif_ctrl_sring_entry");
        assert_eq!(align_of::<xen_netif_ctrl_sring_entry>(), 4usize, "alignment of xen_netif_ctrl_sring_entry");
        assert_eq!(offset!(xen_netif_ctrl_sring_entry, req), 0usize, "offset of xen_netif_ctrl_sring_entry.req");
        assert_eq!(offset!(xen_netif_ctrl_sring_entry, rsp), 0usize, "offset of xen_netif_ctrl_sring_entry.rsp");
    }

    #[test]
    fn layout_019() {
        // xen_netif_ctrl_sring
        assert_eq!(size_of::<xen_netif_ctrl_sring>(), 64usize, "size of xen_netif_ctrl_sring");
        assert_eq!(align_of::<xen_netif_ctrl_sring>(), 4usize, "alignment of xen_netif_ctrl_sring");
        assert_eq!(offset!(xen_netif_ctrl_sring, req_prod), 0usize, "offset of xen_netif_ctrl_sring.req_prod");
        assert_eq!(offset!(xen_netif_ctrl_sring, req_event), 4usize, "offset of xen_netif_ctrl_sring.req_event");
        assert_eq!(offset!(xen_netif_ctrl_sring, rsp_prod), 8usize, "offset of xen_netif_ctrl_sring.rsp_prod");
        assert_eq!(offset!(xen_netif_ctrl_sring, rsp_event), 12usize, "offset of xen_netif_ctrl_sring.rsp_event");
        assert_eq!(offset!(xen_netif_ctrl_sring, pvt), 16usize, "offset of xen_netif_ctrl_sring.pvt");
        assert_eq!(offset!(xen_netif_ctrl_sring, __pad), 20usize, "offset of xen_netif_ctrl_sring.__pad");
        assert_eq!(offset!(xen_netif_ctrl_sring, ring), 64usize, "offset of xen_netif_ctrl_sring.ring");
        // xen_netif_gref
        assert_eq!(size_of::<xen_netif_gref>(), 8usize, "size of xen_netif_gref");
        assert_eq!(align_of::<xen_netif_gref>(), 4usize, "alignment of xen_netif_gref");
        assert_eq!(offset!(xen_netif_gref, r#ref), 0usize, "offset of xen_netif_gref.ref");
        assert_eq!(offset!(xen_netif_gref, flags), 4usize, "offset of xen_netif_gref.flags");
        assert_eq!(offset!(xen_netif_gref, status), 6usize, "offset of xen_netif_gref.status");
        // xen_pci_op
        assert_eq!(size_of::<xen_pci_op>(), 548usize, "size of xen_pci_op");
        assert_eq!(align_of::<xen_pci_op>(), 4usize, "alignment of xen_pci_op");
        assert_eq!(offset!(xen_pci_op, cmd), 0usize, "offset of xen_pci_op.cmd");
        assert_eq!(offset!(xen_pci_op, err), 4usize, "offset of xen_pci_op.err");
        assert_eq!(offset!(xen_pci_op, domain), 8usize, "offset of xen_pci_op.domain");
        assert_eq!(offset!(xen_pci_op, bus), 12usize, "offset of xen_pci_op.bus");
        assert_eq!(offset!(xen_pci_op, devfn), 16usize, "offset of xen_pci_op.devfn");
        assert_eq!(offset!(xen_pci_op, offset), 20usize, "offset of xen_pci_op.offset");
        assert_eq!(offset!(xen_pci_op, size), 24usize, "offset of xen_pci_op.size");
        assert_eq!(offset!(xen_pci_op, value), 28usize, "offset of xen_pci_op.value");
        assert_eq!(offset!(xen_pci_op, info), 32usize, "offset of xen_pci_op.info");
        assert_eq!(offset!(xen_pci_op, msix_entries), 36usize, "offset of xen_pci_op.msix_entries");
        // xen_pcie_aer_op
        assert_eq!(size_of::<xen_pcie_aer_op>(), 20usize, "size of xen_pcie_aer_op");
        assert_eq!(align_of::<xen_pcie_aer_op>(), 4usize, "alignment of xen_pcie_aer_op");
        assert_eq!(offset!(xen_pcie_aer_op, cmd), 0usize, "offset of xen_pcie_aer_op.cmd");
        assert_eq!(offset!(xen_pcie_aer_op, err), 4usize, "offset of xen_pcie_aer_op.err");
        assert_eq!(offset!(xen_pcie_aer_op, domain), 8usize, "offset of xen_pcie_aer_op.domain");
        assert_eq!(offset!(xen_pcie_aer_op, bus), 12usize, "offset of xen_pcie_aer_op.bus");
        assert_eq!(offset!(xen_pcie_aer_op, devfn), 16usize, "offset of xen_pcie_aer_op.devfn");
        // xen_pci_sharedinfo
        assert_eq!(size_of::<xen_pci_sharedinfo>(), 572usize, "size of xen_pci_sharedinfo");
        assert_eq!(align_of::<xen_pci_sharedinfo>(), 4usize, "alignment of xen_pci_sharedinfo");
        assert_eq!(offset!(xen_pci_sharedinfo, flags), 0usize, "offset of xen_pci_sharedinfo.flags");
        assert_eq!(offset!(xen_pci_sharedinfo, op), 4usize, "offset of xen_pci_sharedinfo.op");
        assert_eq!(offset!(xen_pci_sharedinfo, aer_op), 552usize, "offset of xen_pci_sharedinfo.aer_op");
        // xen_pct_register
        assert_eq!(size_of::<xen_pct_register>(), 16usize, "size of xen_pct_register");
        assert_eq!(align_of::<xen_pct_register>(), 8usize, "alignment of xen_pct_register");
        assert_eq!(offset!(xen_pct_register, descriptor), 0usize, "offset of xen_pct_register.descriptor");
        assert_eq!(offset!(xen_pct_register, length), 2usize, "offset of xen_pct_register.length");
        assert_eq!(offset!(xen_pct_register, space_id), 4usize, "offset of xen_pct_register.space_id");
        assert_eq!(offset!(xen_pct_register, bit_width), 5usize, "offset of xen_pct_register.bit_width");
        assert_eq!(offset!(xen_pct_register, bit_offset), 6usize, "offset of xen_pct_register.bit_offset");
        assert_eq!(offset!(xen_pct_register, reserved), 7usize, "offset of xen_pct_register.reserved");
        assert_eq!(offset!(xen_pct_register, address), 8usize, "offset of xen_pct_register.address");
        // xen_platform_parameters
        assert_eq!(size_of::<xen_platform_parameters>(), 8usize, "size of xen_platform_parameters");
        assert_eq!(align_of::<xen_platform_parameters>(), 8usize, "alignment of xen_platform_parameters");
        assert_eq!(offset!(xen_platform_parameters, virt_start), 0usize, "offset of xen_platform_parameters.virt_start");
        // xen_pmu_arch
        assert_eq!(size_of::<xen_pmu_arch>(), 1usize, "size of xen_pmu_arch");
        assert_eq!(align_of::<xen_pmu_arch>(), 1usize, "alignment of xen_pmu_arch");
        assert_eq!(offset!(xen_pmu_arch, dummy), 0usize, "offset of xen_pmu_arch.dummy");
        // xen_pmu_arch_t
        assert_eq!(size_of::<xen_pmu_arch_t>(), 1usize, "size of xen_pmu_arch_t");
        assert_eq!(align_of::<xen_pmu_arch_t>(), 1usize, "alignment of xen_pmu_arch_t");
        // xen_pmu_data
        assert_eq!(size_of::<xen_pmu_data>(), 20usize, "size of xen_pmu_data");
        assert_eq!(align_of::<xen_pmu_data>(), 4usize, "alignment of xen_pmu_data");
        assert_eq!(offset!(xen_pmu_data, vcpu_id), 0usize, "offset of xen_pmu_data.vcpu_id");
        assert_eq!(offset!(xen_pmu_data, pcpu_id), 4usize, "offset of xen_pmu_data.pcpu_id");
        assert_eq!(offset!(xen_pmu_data, domain_id), 8usize, "offset of xen_pmu_data.domain_id");
        assert_eq!(offset!(xen_pmu_data, pad), 10usize, "offset of xen_pmu_data.pad");
        assert_eq!(offset!(xen_pmu_data, pmu), 16usize, "offset of xen_pmu_data.pmu");
        // xen_pmu_params
        assert_eq!(size_of::<xen_pmu_params>(), 24usize, "size of xen_pmu_params");
        assert_eq!(align_of::<xen_pmu_params>(), 8usize, "alignment of xen_pmu_params");
        assert_eq!(offset!(xen_pmu_params, version), 0usize, "offset of xen_pmu_params.version");
        assert_eq!(offset!(xen_pmu_params, val), 8usize, "offset of xen_pmu_params.val");
        assert_eq!(offset!(xen_pmu_params, vcpu), 16usize, "offset of xen_pmu_params.vcpu");
        assert_eq!(offset!(xen_pmu_params, pad), 20usize, "offset of xen_pmu_params.pad");
        // xen_pod_target
        assert_eq!(size_of::<xen_pod_target>(), 40usize, "size of xen_pod_target");
        assert_eq!(align_of::<xen_pod_target>(), 8usize, "alignment of xen_pod_target");
        assert_eq!(offset!(xen_pod_target, target_pages), 0usize, "offset of xen_pod_target.target_pages");
        assert_eq!(offset!(xen_pod_target, tot_pages), 8usize, "offset of xen_pod_target.tot_pages");
        assert_eq!(offset!(xen_pod_target, pod_cache_pages), 16usize, "offset of xen_pod_target.pod_cache_pages");
        assert_eq!(offset!(xen_pod_target, pod_entries), 24usize, "offset of xen_pod_target.pod_entries");
        assert_eq!(offset!(xen_pod_target, domid), 32usize, "offset of xen_pod_target.domid");
        // xen_power_register
        assert_eq!(size_of::<xen_power_register>(), 24usize, "size of xen_power_register");
        assert_eq!(align_of::<xen_power_register>(), 8usize, "alignment of xen_power_register");
        assert_eq!(offset!(xen_power_register, space_id), 0usize, "offset of xen_power_register.space_id");
        assert_eq!(offset!(xen_power_register, bit_width), 4usize, "offset of xen_power_register.bit_width");
        assert_eq!(offset!(xen_power_register, bit_offset), 8usize, "offset of xen_power_register.bit_offset");
        assert_eq!(offset!(xen_power_register, access_size), 12usize, "offset of xen_power_register.access_size");
        assert_eq!(offset!(xen_power_register, address), 16usize, "offset of xen_power_register.address");
        // xen_psd_package
        assert_eq!(size_of::<xen_psd_package>(), 40usize, "size of xen_psd_package");
        assert_eq!(align_of::<xen_psd_package>(), 8usize, "alignment of xen_psd_package");
        assert_eq!(offset!(xen_psd_package, num_entries), 0usize, "offset of xen_psd_package.num_entries");
        assert_eq!(offset!(xen_psd_package, revision), 8usize, "offset of xen_psd_package.revision");
        assert_eq!(offset!(xen_psd_package, domain), 16usize, "offset of xen_psd_package.domain");
        assert_eq!(offset!(xen_psd_package, coord_type), 24usize, "offset of xen_psd_package.coord_type");
        assert_eq!(offset!(xen_psd_package, num_processors), 32usize, "offset of xen_psd_package.num_processors");
        // xen_processor_cppc
        assert_eq!(size_of::<xen_processor_cppc>(), 72usize, "size of xen_processor_cppc");
        assert_eq!(align_of::<xen_processor_cppc>(), 8usize, "alignment of xen_processor_cppc");
        assert_eq!(offset!(xen_processor_cppc, flags), 0usize, "offset of xen_processor_cppc.flags");
        assert_eq!(offset!(xen_processor_cppc, pad), 1usize, "offset of xen_processor_cppc.pad");
        assert_eq!(offset!(xen_processor_cppc, cpc), 4usize, "offset of xen_processor_cppc.cpc");
        assert_eq!(offset!(xen_processor_cppc, shared_type), 28usize, "offset of xen_processor_cppc.shared_type");
        assert_eq!(offset!(xen_processor_cppc, domain_info), 32usize, "offset of xen_processor_cppc.domain_info");
        // xen_processor_csd
        assert_eq!(size_of::<xen_processor_csd>(), 12usize, "size of xen_processor_csd");
        assert_eq!(align_of::<xen_processor_csd>(), 4usize, "alignment of xen_processor_csd");
        assert_eq!(offset!(xen_processor_csd, domain), 0usize, "offset of xen_processor_csd.domain");
        assert_eq!(offset!(xen_processor_csd, coord_type), 4usize, "offset of xen_processor_csd.coord_type");
        assert_eq!(offset!(xen_processor_csd, num), 8usize, "offset of xen_processor_csd.num");
        // xen_processor_cx
        assert_eq!(size_of::<xen_processor_cx>(), 48usize, "size of xen_processor_cx");
        assert_eq!(align_of::<xen_processor_cx>(), 8usize, "alignment of xen_processor_cx");
        assert_eq!(offset!(xen_processor_cx, reg), 0usize, "offset of xen_processor_cx.reg");
        assert_eq!(offset!(xen_processor_cx, r#type), 24usize, "offset of xen_processor_cx.type");
        assert_eq!(offset!(xen_processor_cx, latency), 28usize, "offset of xen_processor_cx.latency");
        assert_eq!(offset!(xen_processor_cx, power), 32usize, "offset of xen_processor_cx.power");
        assert_eq!(offset!(xen_processor_cx, dpcnt), 36usize, "offset of xen_processor_cx.dpcnt");
        assert_eq!(offset!(xen_processor_cx, dp), 40usize, "offset of xen_processor_cx.dp");
        // xen_processor_flags
        assert_eq!(size_of::<xen_processor_flags>(), 4usize, "size of xen_processor_flags");
        assert_eq!(align_of::<xen_processor_flags>(), 4usize, "alignment of xen_processor_flags");
        // xen_processor_performance
        assert_eq!(size_of::<xen_processor_performance>(), 104usize, "size of xen_processor_performance");
        assert_eq!(align_of::<xen_processor_performance>(), 8usize, "alignment of xen_processor_performance");
        assert_eq!(offset!(xen_processor_performance, flags), 0usize, "offset of xen_processor_performance.flags");
        assert_eq!(offset!(xen_processor_performance, platform_limit), 4usize, "offset of xen_processor_performance.platform_limit");
        assert_eq!(offset!(xen_processor_performance, control_register), 8usize, "offset of xen_processor_performance.control_register");
        assert_eq!(offset!(xen_processor_performance, status_register), 24usize, "offset of xen_processor_performance.status_register");
        assert_eq!(offset!(xen_processor_performance, state_count), 40usize, "offset of xen_processor_performance.state_count");
        assert_eq!(offset!(xen_processor_performance, states), 48usize, "offset of xen_processor_performance.states");
        assert_eq!(offset!(xen_processor_performance, domain_info), 56usize, "offset of xen_processor_performance.domain_info");
        assert_eq!(offset!(xen_processor_performance, shared_type), 96usize, "offset of xen_processor_performance.shared_type");
        // xen_processor_power
        assert_eq!(size_of::<xen_processor_power>(), 16usize, "size of xen_processor_power");
        assert_eq!(align_of::<xen_processor_power>(), 8usize, "alignment of xen_processor_power");
        assert_eq!(offset!(xen_processor_power, count), 0usize, "offset of xen_processor_power.count");
        assert_eq!(offset!(xen_processor_power, flags), 4usize, "offset of xen_processor_power.flags");
        assert_eq!(offset!(xen_processor_power, states), 8usize, "offset of xen_processor_power.states");
        // xen_processor_px
        assert_eq!(size_of::<xen_processor_px>(), 48usize, "size of xen_processor_px");
        assert_eq!(align_of::<xen_processor_px>(), 8usize, "alignment of xen_processor_px");
        assert_eq!(offset!(xen_processor_px, core_frequency), 0usize, "offset of xen_processor_px.core_frequency");
        assert_eq!(offset!(xen_processor_px, power), 8usize, "offset of xen_processor_px.power");
        assert_eq!(offset!(xen_processor_px, transition_latency), 16usize, "offset of xen_processor_px.transition_latency");
        assert_eq!(offset!(xen_processor_px, bus_master_latency), 24usize, "offset of xen_processor_px.bus_master_latency");
        assert_eq!(offset!(xen_processor_px, control), 32usize, "offset of xen_processor_px.control");
        assert_eq!(offset!(xen_processor_px, status), 40usize, "offset of xen_processor_px.status");
        // xen_pvcalls_accept
        assert_eq!(size_of::<xen_pvcalls_accept>(), 24usize, "size of xen_pvcalls_accept");
        assert_eq!(align_of::<xen_pvcalls_accept>(), 8usize, "alignment of xen_pvcalls_accept");
        assert_eq!(offset!(xen_pvcalls_accept, id), 0usize, "offset of xen_pvcalls_accept.id");
        assert_eq!(offset!(xen_pvcalls_accept, id_new), 8usize, "offset of xen_pvcalls_accept.id_new");
        assert_eq!(offset!(xen_pvcalls_accept, r#ref), 16usize, "offset of xen_pvcalls_accept.ref");
        assert_eq!(offset!(xen_pvcalls_accept, evtchn), 20usize, "offset of xen_pvcalls_accept.evtchn");
        // xen_pvcalls_back_ring
        assert_eq!(size_of::<xen_pvcalls_back_ring>(), 24usize, "size of xen_pvcalls_back_ring");
        assert_eq!(align_of::<xen_pvcalls_back_ring>(), 8usize, "alignment of xen_pvcalls_back_ring");
        assert_eq!(offset!(xen_pvcalls_back_ring, rsp_prod_pvt), 0usize, "offset of xen_pvcalls_back_ring.rsp_prod_pvt");
        assert_eq!(offset!(xen_pvcalls_back_ring, req_cons), 4usize, "offset of xen_pvcalls_back_ring.req_cons");
        assert_eq!(offset!(xen_pvcalls_back_ring, nr_ents), 8usize, "offset of xen_pvcalls_back_ring.nr_ents");
        assert_eq!(offset!(xen_pvcalls_back_ring, sring), 16usize, "offset of xen_pvcalls_back_ring.sring");
        // xen_pvcalls_bind
        assert_eq!(size_of::<xen_pvcalls_bind>(), 40usize, "size of xen_pvcalls_bind");
        assert_eq!(align_of::<xen_pvcalls_bind>(), 8usize, "alignment of xen_pvcalls_bind");
        assert_eq!(offset!(xen_pvcalls_bind, id), 0usize, "offset of xen_pvcalls_bind.id");
        assert_eq!(offset!(xen_pvcalls_bind, addr), 8usize, "offset of xen_pvcalls_bind.addr");
        assert_eq!(offset!(xen_pvcalls_bind, len), 36usize, "offset of xen_pvcalls_bind.len");
        // xen_pvcalls_connect
        assert_eq!(size_of::<xen_pvcalls_connect>(), 56usize, "size of xen_pvcalls_connect");
        assert_eq!(align_of::<xen_pvcalls_connect>(), 8usize, "alignment of xen_pvcalls_connect");
        assert_eq!(offset!(xen_pvcalls_connect, id), 0usize, "offset of xen_pvcalls_connect.id");
        assert_eq!(offset!(xen_pvcalls_connect, addr), 8usize, "offset of xen_pvcalls_connect.addr");
        assert_eq!(offset!(xen_pvcalls_connect, len), 36usize, "offset of xen_pvcalls_connect.len");
        assert_eq!(offset!(xen_pvcalls_connect, flags), 40usize, "offset of xen_pvcalls_connect.flags");
        assert_eq!(offset!(xen_pvcalls_connect, r#ref), 44usize, "offset of xen_pvcalls_connect.ref");
        assert_eq!(offset!(xen_pvcalls_connect, evtchn), 48usize, "offset of xen_pvcalls_connect.evtchn");
        assert_eq!(offset!(xen_pvcalls_connect, pad), 52usize, "offset of xen_pvcalls_connect.pad");
        // xen_pvcalls_dummy
        assert_eq!(size_of::<xen_pvcalls_dummy>(), 56usize, "size of xen_pvcalls_dummy");
        assert_eq!(align_of::<xen_pvcalls_dummy>(), 1usize, "alignment of xen_pvcalls_dummy");
        assert_eq!(offset!(xen_pvcalls_dummy, dummy), 0usize, "offset of xen_pvcalls_dummy.dummy");
        // xen_pvcalls_front_ring
        assert_eq!(size_of::<xen_pvcalls_front_ring>(), 24usize, "size of xen_pvcalls_front_ring");
        assert_eq!(align_of::<xen_pvcalls_front_ring>(), 8usize, "alignment of xen_pvcalls_front_ring");
        assert_eq!(offset!(xen_pvcalls_front_ring, req_prod_pvt), 0usize, "offset of xen_pvcalls_front_ring.req_prod_pvt");
        assert_eq!(offset!(xen_pvcalls_front_ring, rsp_cons), 4usize, "offset of xen_pvcalls_front_ring.rsp_cons");
        assert_eq!(offset!(xen_pvcalls_front_ring, nr_ents), 8usize, "offset of xen_pvcalls_front_ring.nr_ents");
        assert_eq!(offset!(xen_pvcalls_front_ring, sring), 16usize, "offset of xen_pvcalls_front_ring.sring");
        // xen_pvcalls_listen
        assert_eq!(size_of::<xen_pvcalls_listen>(), 16usize, "size of xen_pvcalls_listen");
        assert_eq!(align_of::<xen_pvcalls_listen>(), 8usize, "alignment of xen_pvcalls_listen");
        assert_eq!(offset!(xen_pvcalls_listen, id), 0usize, "offset of xen_pvcalls_listen.id");
        assert_eq!(offset!(xen_pvcalls_listen, backlog), 8usize, "offset of xen_pvcalls_listen.backlog");
        assert_eq!(offset!(xen_pvcalls_listen, pad), 12usize, "offset of xen_pvcalls_listen.pad");
        // xen_pvcalls_poll
        assert_eq!(size_of::<xen_pvcalls_poll>(), 8usize, "size of xen_pvcalls_poll");
        assert_eq!(align_of::<xen_pvcalls_poll>(), 8usize, "alignment of xen_pvcalls_poll");
        assert_eq!(offset!(xen_pvcalls_poll, id), 0usize, "offset of xen_pvcalls_poll.id");
        // xen_pvcalls_release
        assert_eq!(size_of::<xen_pvcalls_release>(), 16usize, "size of xen_pvcalls_release");
        assert_eq!(align_of::<xen_pvcalls_release>(), 8usize, "alignment of xen_pvcalls_release");
        assert_eq!(offset!(xen_pvcalls_release, id), 0usize, "offset of xen_pvcalls_release.id");
        assert_eq!(offset!(xen_pvcalls_release, reuse), 8usize, "offset of xen_pvcalls_release.reuse");
        assert_eq!(offset!(xen_pvcalls_release, pad), 9usize, "offset of xen_pvcalls_release.pad");
        // xen_pvcalls_socket
        assert_eq!(size_of::<xen_pvcalls_socket>(), 24usize, "size of xen_pvcalls_socket");
        assert_eq!(align_of::<xen_pvcalls_socket>(), 8usize, "alignment of xen_pvcalls_socket");
        assert_eq!(offset!(xen_pvcalls_socket, id), 0usize, "offset of xen_pvcalls_socket.id");
        assert_eq!(offset!(xen_pvcalls_socket, domain), 8usize, "offset of xen_pvcalls_socket.domain");
        assert_eq!(offset!(xen_pvcalls_socket, r#type), 12usize, "offset of xen_pvcalls_socket.type");
        assert_eq!(offset!(xen_pvcalls_socket, protocol), 16usize, "offset of xen_pvcalls_socket.protocol");
        assert_eq!(offset!(xen_pvcalls_socket, pad), 20usize, "offset of xen_pvcalls_socket.pad");
        // xen_pvcalls_request
        assert_eq!(size_of::<xen_pvcalls_request>(), 64usize, "size of xen_pvcalls_request");
        assert_eq!(align_of::<xen_pvcalls_request>(), 8usize, "alignment of xen_pvcalls_request");
        assert_eq!(offset!(xen_pvcalls_request, req_id), 0usize, "offset of xen_pvcalls_request.req_id");
        assert_eq!(offset!(xen_pvcalls_request, cmd), 4usize, "offset of xen_pvcalls_request.cmd");
        assert_eq!(offset!(xen_pvcalls_request, u), 8usize, "offset of xen_pvcalls_request.u");
        // xen_pvcalls_response
        assert_eq!(size_of::<xen_pvcalls_response>(), 24usize, "size of xen_pvcalls_response");
        assert_eq!(align_of::<xen_pvcalls_response>(), 8usize, "alignment of xen_pvcalls_response");
        assert_eq!(offset!(xen_pvcalls_response, req_id), 0usize, "offset of xen_pvcalls_response.req_id");
        assert_eq!(offset!(xen_pvcalls_response, cmd), 4usize, "offset of xen_pvcalls_response.cmd");
        assert_eq!(offset!(xen_pvcalls_response, ret), 8usize, "offset of xen_pvcalls_response.ret");
        assert_eq!(offset!(xen_pvcalls_response, pad), 12usize, "offset of xen_pvcalls_response.pad");
        assert_eq!(offset!(xen_pvcalls_response, u), 16usize, "offset of xen_pvcalls_response.u");
        // xen_pvcalls_sring_entry
        assert_eq!(size_of::<xen_pvcalls_sring_entry>(), 64usize, "size of xen_pvcalls_sring_entry");
        assert_eq!(align_of::<xen_pvcalls_sring_entry>(), 8usize, "alignment of xen_pvcalls_sring_entry");
        assert_eq!(offset!(xen_pvcalls_sring_entry, req), 0usize, "offset of xen_pvcalls_sring_entry.req");
        assert_eq!(offset!(xen_pvcalls_sring_entry, rsp), 0usize, "offset of xen_pvcalls_sring_entry.rsp");
        // xen_pvcalls_sring
        assert_eq!(size_of::<xen_pvcalls_sring>(), 64usize, "size of xen_pvcalls_sring");
        assert_eq!(align_of::<xen_pvcalls_sring>(), 8usize, "alignment of xen_pvcalls_sring");
        assert_eq!(offset!(xen_pvcalls_sring, req_prod), 0usize, "offset of xen_pvcalls_sring.req_prod");
        assert_eq!(offset!(xen_pvcalls_sring, req_event), 4usize, "offset of xen_pvcalls_sring.req_event");
        assert_eq!(offset!(xen_pvcalls_sring, rsp_prod), 8usize, "offset of xen_pvcalls_sring.rsp_prod");
        assert_eq!(offset!(xen_pvcalls_sring, rsp_event), 12usize, "offset of xen_pvcalls_sring.rsp_event");
        assert_eq!(offset!(xen_pvcalls_sring, pvt), 16usize, "offset of xen_pvcalls_sring.pvt");
        assert_eq!(offset!(xen_pvcalls_sring, __pad), 20usize, "offset of xen_pvcalls_sring.__pad");
        assert_eq!(offset!(xen_pvcalls_sring, ring), 64usize, "offset of xen_pvcalls_sring.ring");
        // xen_remove_from_physmap
        assert_eq!(size_of::<xen_remove_from_physmap>(), 16usize, "size of xen_remove_from_physmap");
        assert_eq!(align_of::<xen_remove_from_physmap>(), 8usize, "alignment of xen_remove_from_physmap");
        assert_eq!(offset!(xen_remove_from_physmap, domid), 0usize, "offset of xen_remove_from_physmap.domid");
        assert_eq!(offset!(xen_remove_from_physmap, gpfn), 8usize, "offset of xen_remove_from_physmap.gpfn");
        // xen_sndif_back_ring
        assert_eq!(size_of::<xen_sndif_back_ring>(), 24usize, "size of xen_sndif_back_ring");
        assert_eq!(align_of::<xen_sndif_back_ring>(), 8usize, "alignment of xen_sndif_back_ring");
        assert_eq!(offset!(xen_sndif_back_ring, rsp_prod_pvt), 0usize, "offset of xen_sndif_back_ring.rsp_prod_pvt");
        assert_eq!(offset!(xen_sndif_back_ring, req_cons), 4usize, "offset of xen_sndif_back_ring.req_cons");
        assert_eq!(offset!(xen_sndif_back_ring, nr_ents), 8usize, "offset of xen_sndif_back_ring.nr_ents");
        assert_eq!(offset!(xen_sndif_back_ring, sring), 16usize, "offset of xen_sndif_back_ring.sring");
        // xen_sndif_front_ring
        assert_eq!(size_of::<xen_sndif_front_ring>(), 24usize, "size of xen_sndif_front_ring");
        assert_eq!(align_of::<xen_sndif_front_ring>(), 8usize, "alignment of xen_sndif_front_ring");
        assert_eq!(offset!(xen_sndif_front_ring, req_prod_pvt), 0usize, "offset of xen_sndif_front_ring.req_prod_pvt");
        assert_eq!(offset!(xen_sndif_front_ring, rsp_cons), 4usize, "offset of xen_sndif_front_ring.rsp_cons");
        assert_eq!(offset!(xen_sndif_front_ring, nr_ents), 8usize, "offset of xen_sndif_front_ring.nr_ents");
        assert_eq!(offset!(xen_sndif_front_ring, sring), 16usize, "offset of xen_sndif_front_ring.sring");
        // xensnd_open_req
        assert_eq!(size_of::<xensnd_open_req>(), 20usize, "size of xensnd_open_req");
        assert_eq!(align_of::<xensnd_open_req>(), 4usize, "alignment of xensnd_open_req");
        assert_eq!(offset!(xensnd_open_req, pcm_rate), 0usize, "offset of xensnd_open_req.pcm_rate");
        assert_eq!(offset!(xensnd_open_req, pcm_format), 4usize, "offset of xensnd_open_req.pcm_format");
        assert_eq!(offset!(xensnd_open_req, pcm_channels), 5usize, "offset of xensnd_open_req.pcm_channels");
        assert_eq!(offset!(xensnd_open_req, reserved), 6usize, "offset of xensnd_open_req.reserved");
        assert_eq!(offset!(xensnd_open_req, buffer_sz), 8usize, "offset of xensnd_open_req.buffer_sz");
        assert_eq!(offset!(xensnd_open_req, gref_directory), 12usize, "offset of xensnd_open_req.gref_directory");
        assert_eq!(offset!(xensnd_open_req, period_sz), 16usize, "offset of xensnd_open_req.period_sz");
        // xensnd_query_hw_param
        assert_eq!(size_of::<xensnd_query_hw_param>(), 40usize, "size of xensnd_query_hw_param");
        assert_eq!(align_of::<xensnd_query_hw_param>(), 8usize, "alignment of xensnd_query_hw_param");
        assert_eq!(offset!(xensnd_query_hw_param, formats), 0usize, "offset of xensnd_query_hw_param.formats");
        assert_eq!(offset!(xensnd_query_hw_param, rates), 8usize, "offset of xensnd_query_hw_param.rates");
        assert_eq!(offset!(xensnd_query_hw_param, channels), 16usize, "offset of xensnd_query_hw_param.channels");
        assert_eq!(offset!(xensnd_query_hw_param, buffer), 24usize, "offset of xensnd_query_hw_param.buffer");
        assert_eq!(offset!(xensnd_query_hw_param, period), 32usize, "offset of xensnd_query_hw_param.period");
        // xensnd_rw_req
        assert_eq!(size_of::<xensnd_rw_req>(), 8usize, "size of xensnd_rw_req");
        assert_eq!(align_of::<xensnd_rw_req>(), 4usize, "alignment of xensnd_rw_req");
        assert_eq!(offset!(xensnd_rw_req, offset), 0usize, "offset of xensnd_rw_req.offset");
        assert_eq!(offset!(xensnd_rw_req, length), 4usize, "offset of xensnd_rw_req.length");
        // xensnd_trigger_req
        assert_eq!(size_of::<xensnd_trigger_req>(), 1usize, "size of xensnd_trigger_req");
        assert_eq!(align_of::<xensnd_trigger_req>(), 1usize, "alignment of xensnd_trigger_req");
        assert_eq!(offset!(xensnd_trigger_req, r#type), 0usize, "offset of xensnd_trigger_req.type");
        // xensnd_req
        assert_eq!(size_of::<xensnd_req>(), 64usize, "size of xensnd_req");
        assert_eq!(align_of::<xensnd_req>(), 8usize, "alignment of xensnd_req");
        assert_eq!(offset!(xensnd_req, id), 0usize, "offset of xensnd_req.id");
        assert_eq!(offset!(xensnd_req, operation), 2usize, "offset of xensnd_req.operation");
        assert_eq!(offset!(xensnd_req, reserved), 3usize, "offset of xensnd_req.reserved");
        assert_eq!(offset!(xensnd_req, op), 8usize, "offset of xensnd_req.op");
        // xensnd_resp
        assert_eq!(size_of::<xensnd_resp>(), 64usize, "size of xensnd_resp");
        assert_eq!(align_of::<xensnd_resp>(), 8usize, "alignment of xensnd_resp");
        assert_eq!(offset!(xensnd_resp, id), 0usize, "offset of xensnd_resp.id");
        assert_eq!(offset!(xensnd_resp, operation), 2usize, "offset of xensnd_resp.operation");
        assert_eq!(offset!(xensnd_resp, reserved), 3usize, "offset of xensnd_resp.reserved");
        assert_eq!(offset!(xensnd_resp, status), 4usize, "offset of xensnd_resp.status");
        assert_eq!(offset!(xensnd_resp, resp), 8usize, "offset of xensnd_resp.resp");
        // xen_sndif_sring_entry
        assert_eq!(size_of::<xen_sndif_sring_entry>(), 64usize, "size of xen_sndif_sring_entry");
        assert_eq!(align_of::<xen_sndif_sring_entry>(), 8usize, "alignment of xen_sndif_sring_entry");
        assert_eq!(offset!(xen_sndif_sring_entry, req), 0usize, "offset of xen_sndif_sring_entry.req");
        assert_eq!(offset!(xen_sndif_sring_entry, rsp), 0usize, "offset of xen_sndif_sring_entry.rsp");
        // xen_sndif_sring
        assert_eq!(size_of::<xen_sndif_sring>(), 64usize, "size of xen_sndif_sring");
        assert_eq!(align_of::<xen_sndif_sring>(), 8usize, "alignment of xen_sndif_sring");
        assert_eq!(offset!(xen_sndif_sring, req_prod), 0usize, "offset of xen_sndif_sring.req_prod");
        assert_eq!(offset!(xen_sndif_sring, req_event), 4usize, "offset of xen_sndif_sring.req_event");
        assert_eq!(offset!(xen_sndif_sring, rsp_prod), 8usize, "offset of xen_sndif_sring.rsp_prod");
        assert_eq!(offset!(xen_sndif_sring, rsp_event), 12usize, "offset of xen_sndif_sring.rsp_event");
        assert_eq!(offset!(xen_sndif_sring, pvt), 16usize, "offset of xen_sndif_sring.pvt");
        assert_eq!(offset!(xen_sndif_sring, __pad), 20usize, "offset of xen_sndif_sring.__pad");
        assert_eq!(offset!(xen_sndif_sring, ring), 64usize, "offset of xen_sndif_sring.ring");
        // xen_varbuf
        assert_eq!(size_of::<xen_varbuf>(), 4usize, "size of xen_varbuf");
        assert_eq!(align_of::<xen_varbuf>(), 4usize, "alignment of xen_varbuf");
        assert_eq!(offset!(xen_varbuf, len), 0usize, "offset of xen_varbuf.len");
        assert_eq!(offset!(xen_varbuf, buf), 4usize, "offset of xen_varbuf.buf");
        // xen_vmemrange
        assert_eq!(size_of::<xen_vmemrange>(), 24usize, "size of xen_vmemrange");
        assert_eq!(align_of::<xen_vmemrange>(), 8usize, "alignment of xen_vmemrange");
        assert_eq!(offset!(xen_vmemrange, start), 0usize, "offset of xen_vmemrange.start");
        assert_eq!(offset!(xen_vmemrange, end), 8usize, "offset of xen_vmemrange.end");
        assert_eq!(offset!(xen_vmemrange, flags), 16usize, "offset of xen_vmemrange.flags");
        assert_eq!(offset!(xen_vmemrange, nid), 20usize, "offset of xen_vmemrange.nid");
        // xen_vnuma_topology_info
        assert_eq!(size_of::<xen_vnuma_topology_info>(), 40usize, "size of xen_vnuma_topology_info");
        assert_eq!(align_of::<xen_vnuma_topology_info>(), 8usize, "alignment of xen_vnuma_topology_info");
        assert_eq!(offset!(xen_vnuma_topology_info, domid), 0usize, "offset of xen_vnuma_topology_info.domid");
        assert_eq!(offset!(xen_vnuma_topology_info, pad), 2usize, "offset of xen_vnuma_topology_info.pad");
        assert_eq!(offset!(xen_vnuma_topology_info, nr_vnodes), 4usize, "offset of xen_vnuma_topology_info.nr_vnodes");
        assert_eq!(offset!(xen_vnuma_topology_info, nr_vcpus), 8usize, "offset of xen_vnuma_topology_info.nr_vcpus");
        assert_eq!(offset!(xen_vnuma_topology_info, nr_vmemranges), 12usize, "offset of xen_vnuma_topology_info.nr_vmemranges");
        assert_eq!(offset!(xen_vnuma_topology_info, vdistance), 16usize, "offset of xen_vnuma_topology_info.vdistance");
        assert_eq!(offset!(xen_vnuma_topology_info, vcpu_to_vnode), 24usize, "offset of xen_vnuma_topology_info.vcpu_to_vnode");
        assert_eq!(offset!(xen_vnuma_topology_info, vmemrange), 32usize, "offset of xen_vnuma_topology_info.vmemrange");
        // xencamera_event_page
        assert_eq!(size_of::<xencamera_event_page>(), 64usize, "size of xencamera_event_page");
        assert_eq!(align_of::<xencamera_event_page>(), 4usize, "alignment of xencamera_event_page");
        assert_eq!(offset!(xencamera_event_page, in_cons), 0usize, "offset of xencamera_event_page.in_cons");
        assert_eq!(offset!(xencamera_event_page, in_prod), 4usize, "offset of xencamera_event_page.in_prod");
        assert_eq!(offset!(xencamera_event_page, reserved), 8usize, "offset of xencamera_event_page.reserved");
    }

    #[test]
    fn layout_020() {
        // xencamera_frame_avail_evt
        assert_eq!(size_of::<xencamera_frame_avail_evt>(), 12usize, "size of xencamera_frame_avail_evt");
        assert_eq!(align_of::<xencamera_frame_avail_evt>(), 4usize, "alignment of xencamera_frame_avail_evt");
        assert_eq!(offset!(xencamera_frame_avail_evt, index), 0usize, "offset of xencamera_frame_avail_evt.index");
        assert_eq!(offset!(xencamera_frame_avail_evt, reserved), 1usize, "offset of xencamera_frame_avail_evt.reserved");
        assert_eq!(offset!(xencamera_frame_avail_evt, used_sz), 4usize, "offset of xencamera_frame_avail_evt.used_sz");
        assert_eq!(offset!(xencamera_frame_avail_evt, seq_num), 8usize, "offset of xencamera_frame_avail_evt.seq_num");
        // xencamera_evt
        assert_eq!(size_of::<xencamera_evt>(), 64usize, "size of xencamera_evt");
        assert_eq!(align_of::<xencamera_evt>(), 8usize, "alignment of xencamera_evt");
        assert_eq!(offset!(xencamera_evt, id), 0usize, "offset of xencamera_evt.id");
        assert_eq!(offset!(xencamera_evt, r#type), 2usize, "offset of xencamera_evt.type");
        assert_eq!(offset!(xencamera_evt, reserved), 3usize, "offset of xencamera_evt.reserved");
        assert_eq!(offset!(xencamera_evt, evt), 8usize, "offset of xencamera_evt.evt");
        // xencamera_page_directory
        assert_eq!(size_of::<xencamera_page_directory>(), 4usize, "size of xencamera_page_directory");
        assert_eq!(align_of::<xencamera_page_directory>(), 4usize, "alignment of xencamera_page_directory");
        assert_eq!(offset!(xencamera_page_directory, gref_dir_next_page), 0usize, "offset of xencamera_page_directory.gref_dir_next_page");
        assert_eq!(offset!(xencamera_page_directory, gref), 4usize, "offset of xencamera_page_directory.gref");
        // xencomm_desc
        assert_eq!(size_of::<xencomm_desc>(), 8usize, "size of xencomm_desc");
        assert_eq!(align_of::<xencomm_desc>(), 8usize, "alignment of xencomm_desc");
        assert_eq!(offset!(xencomm_desc, magic), 0usize, "offset of xencomm_desc.magic");
        assert_eq!(offset!(xencomm_desc, nr_addrs), 4usize, "offset of xencomm_desc.nr_addrs");
        assert_eq!(offset!(xencomm_desc, address), 8usize, "offset of xencomm_desc.address");
        // xendispl_event_page
        assert_eq!(size_of::<xendispl_event_page>(), 64usize, "size of xendispl_event_page");
        assert_eq!(align_of::<xendispl_event_page>(), 4usize, "alignment of xendispl_event_page");
        assert_eq!(offset!(xendispl_event_page, in_cons), 0usize, "offset of xendispl_event_page.in_cons");
        assert_eq!(offset!(xendispl_event_page, in_prod), 4usize, "offset of xendispl_event_page.in_prod");
        assert_eq!(offset!(xendispl_event_page, reserved), 8usize, "offset of xendispl_event_page.reserved");
        // xendispl_pg_flip_evt
        assert_eq!(size_of::<xendispl_pg_flip_evt>(), 8usize, "size of xendispl_pg_flip_evt");
        assert_eq!(align_of::<xendispl_pg_flip_evt>(), 8usize, "alignment of xendispl_pg_flip_evt");
        assert_eq!(offset!(xendispl_pg_flip_evt, fb_cookie), 0usize, "offset of xendispl_pg_flip_evt.fb_cookie");
        // xendispl_evt
        assert_eq!(size_of::<xendispl_evt>(), 64usize, "size of xendispl_evt");
        assert_eq!(align_of::<xendispl_evt>(), 8usize, "alignment of xendispl_evt");
        assert_eq!(offset!(xendispl_evt, id), 0usize, "offset of xendispl_evt.id");
        assert_eq!(offset!(xendispl_evt, r#type), 2usize, "offset of xendispl_evt.type");
        assert_eq!(offset!(xendispl_evt, reserved), 3usize, "offset of xendispl_evt.reserved");
        assert_eq!(offset!(xendispl_evt, op), 8usize, "offset of xendispl_evt.op");
        // xendispl_page_directory
        assert_eq!(size_of::<xendispl_page_directory>(), 4usize, "size of xendispl_page_directory");
        assert_eq!(align_of::<xendispl_page_directory>(), 4usize, "alignment of xendispl_page_directory");
        assert_eq!(offset!(xendispl_page_directory, gref_dir_next_page), 0usize, "offset of xendispl_page_directory.gref_dir_next_page");
        assert_eq!(offset!(xendispl_page_directory, gref), 4usize, "offset of xendispl_page_directory.gref");
        // xenfb_page
        assert_eq!(size_of::<xenfb_page>(), 2088usize, "size of xenfb_page");
        assert_eq!(align_of::<xenfb_page>(), 8usize, "alignment of xenfb_page");
        assert_eq!(offset!(xenfb_page, in_cons), 0usize, "offset of xenfb_page.in_cons");
        assert_eq!(offset!(xenfb_page, in_prod), 4usize, "offset of xenfb_page.in_prod");
        assert_eq!(offset!(xenfb_page, out_cons), 8usize, "offset of xenfb_page.out_cons");
        assert_eq!(offset!(xenfb_page, out_prod), 12usize, "offset of xenfb_page.out_prod");
        assert_eq!(offset!(xenfb_page, width), 16usize, "offset of xenfb_page.width");
        assert_eq!(offset!(xenfb_page, height), 20usize, "offset of xenfb_page.height");
        assert_eq!(offset!(xenfb_page, line_length), 24usize, "offset of xenfb_page.line_length");
        assert_eq!(offset!(xenfb_page, mem_length), 28usize, "offset of xenfb_page.mem_length");
        assert_eq!(offset!(xenfb_page, depth), 32usize, "offset of xenfb_page.depth");
        assert_eq!(offset!(xenfb_page, pd), 40usize, "offset of xenfb_page.pd");
        // xenfb_refresh_period
        assert_eq!(size_of::<xenfb_refresh_period>(), 8usize, "size of xenfb_refresh_period");
        assert_eq!(align_of::<xenfb_refresh_period>(), 4usize, "alignment of xenfb_refresh_period");
        assert_eq!(offset!(xenfb_refresh_period, r#type), 0usize, "offset of xenfb_refresh_period.type");
        assert_eq!(offset!(xenfb_refresh_period, period), 4usize, "offset of xenfb_refresh_period.period");
        // xenfb_resize
        assert_eq!(size_of::<xenfb_resize>(), 24usize, "size of xenfb_resize");
        assert_eq!(align_of::<xenfb_resize>(), 4usize, "alignment of xenfb_resize");
        assert_eq!(offset!(xenfb_resize, r#type), 0usize, "offset of xenfb_resize.type");
        assert_eq!(offset!(xenfb_resize, width), 4usize, "offset of xenfb_resize.width");
        assert_eq!(offset!(xenfb_resize, height), 8usize, "offset of xenfb_resize.height");
        assert_eq!(offset!(xenfb_resize, stride), 12usize, "offset of xenfb_resize.stride");
        assert_eq!(offset!(xenfb_resize, depth), 16usize, "offset of xenfb_resize.depth");
        assert_eq!(offset!(xenfb_resize, offset), 20usize, "offset of xenfb_resize.offset");
        // xenfb_update
        assert_eq!(size_of::<xenfb_update>(), 20usize, "size of xenfb_update");
        assert_eq!(align_of::<xenfb_update>(), 4usize, "alignment of xenfb_update");
        assert_eq!(offset!(xenfb_update, r#type), 0usize, "offset of xenfb_update.type");
        assert_eq!(offset!(xenfb_update, x), 4usize, "offset of xenfb_update.x");
        assert_eq!(offset!(xenfb_update, y), 8usize, "offset of xenfb_update.y");
        assert_eq!(offset!(xenfb_update, width), 12usize, "offset of xenfb_update.width");
        assert_eq!(offset!(xenfb_update, height), 16usize, "offset of xenfb_update.height");
        // xenkbd_key
        assert_eq!(size_of::<xenkbd_key>(), 8usize, "size of xenkbd_key");
        assert_eq!(align_of::<xenkbd_key>(), 4usize, "alignment of xenkbd_key");
        assert_eq!(offset!(xenkbd_key, r#type), 0usize, "offset of xenkbd_key.type");
        assert_eq!(offset!(xenkbd_key, pressed), 1usize, "offset of xenkbd_key.pressed");
        assert_eq!(offset!(xenkbd_key, keycode), 4usize, "offset of xenkbd_key.keycode");
        // xenkbd_motion
        assert_eq!(size_of::<xenkbd_motion>(), 16usize, "size of xenkbd_motion");
        assert_eq!(align_of::<xenkbd_motion>(), 4usize, "alignment of xenkbd_motion");
        assert_eq!(offset!(xenkbd_motion, r#type), 0usize, "offset of xenkbd_motion.type");
        assert_eq!(offset!(xenkbd_motion, rel_x), 4usize, "offset of xenkbd_motion.rel_x");
        assert_eq!(offset!(xenkbd_motion, rel_y), 8usize, "offset of xenkbd_motion.rel_y");
        assert_eq!(offset!(xenkbd_motion, rel_z), 12usize, "offset of xenkbd_motion.rel_z");
        // xenkbd_mtouch
        assert_eq!(size_of::<xenkbd_mtouch>(), 16usize, "size of xenkbd_mtouch");
        assert_eq!(align_of::<xenkbd_mtouch>(), 4usize, "alignment of xenkbd_mtouch");
        assert_eq!(offset!(xenkbd_mtouch, r#type), 0usize, "offset of xenkbd_mtouch.type");
        assert_eq!(offset!(xenkbd_mtouch, event_type), 1usize, "offset of xenkbd_mtouch.event_type");
        assert_eq!(offset!(xenkbd_mtouch, contact_id), 2usize, "offset of xenkbd_mtouch.contact_id");
        assert_eq!(offset!(xenkbd_mtouch, reserved), 3usize, "offset of xenkbd_mtouch.reserved");
        assert_eq!(offset!(xenkbd_mtouch, u), 8usize, "offset of xenkbd_mtouch.u");
        // xenkbd_page
        assert_eq!(size_of::<xenkbd_page>(), 16usize, "size of xenkbd_page");
        assert_eq!(align_of::<xenkbd_page>(), 4usize, "alignment of xenkbd_page");
        assert_eq!(offset!(xenkbd_page, in_cons), 0usize, "offset of xenkbd_page.in_cons");
        assert_eq!(offset!(xenkbd_page, in_prod), 4usize, "offset of xenkbd_page.in_prod");
        assert_eq!(offset!(xenkbd_page, out_cons), 8usize, "offset of xenkbd_page.out_cons");
        assert_eq!(offset!(xenkbd_page, out_prod), 12usize, "offset of xenkbd_page.out_prod");
        // xenkbd_position
        assert_eq!(size_of::<xenkbd_position>(), 16usize, "size of xenkbd_position");
        assert_eq!(align_of::<xenkbd_position>(), 4usize, "alignment of xenkbd_position");
        assert_eq!(offset!(xenkbd_position, r#type), 0usize, "offset of xenkbd_position.type");
        assert_eq!(offset!(xenkbd_position, abs_x), 4usize, "offset of xenkbd_position.abs_x");
        assert_eq!(offset!(xenkbd_position, abs_y), 8usize, "offset of xenkbd_position.abs_y");
        assert_eq!(offset!(xenkbd_position, rel_z), 12usize, "offset of xenkbd_position.rel_z");
        // xennmi_callback
        assert_eq!(size_of::<xennmi_callback>(), 16usize, "size of xennmi_callback");
        assert_eq!(align_of::<xennmi_callback>(), 8usize, "alignment of xennmi_callback");
        assert_eq!(offset!(xennmi_callback, handler_address), 0usize, "offset of xennmi_callback.handler_address");
        assert_eq!(offset!(xennmi_callback, pad), 8usize, "offset of xennmi_callback.pad");
        // xenoprof_buf
        assert_eq!(size_of::<xenoprof_buf>(), 64usize, "size of xenoprof_buf");
        assert_eq!(align_of::<xenoprof_buf>(), 8usize, "alignment of xenoprof_buf");
        assert_eq!(offset!(xenoprof_buf, event_head), 0usize, "offset of xenoprof_buf.event_head");
        assert_eq!(offset!(xenoprof_buf, event_tail), 4usize, "offset of xenoprof_buf.event_tail");
        assert_eq!(offset!(xenoprof_buf, event_size), 8usize, "offset of xenoprof_buf.event_size");
        assert_eq!(offset!(xenoprof_buf, vcpu_id), 12usize, "offset of xenoprof_buf.vcpu_id");
        assert_eq!(offset!(xenoprof_buf, xen_samples), 16usize, "offset of xenoprof_buf.xen_samples");
        assert_eq!(offset!(xenoprof_buf, kernel_samples), 24usize, "offset of xenoprof_buf.kernel_samples");
        assert_eq!(offset!(xenoprof_buf, user_samples), 32usize, "offset of xenoprof_buf.user_samples");
        assert_eq!(offset!(xenoprof_buf, lost_samples), 40usize, "offset of xenoprof_buf.lost_samples");
        assert_eq!(offset!(xenoprof_buf, event_log), 48usize, "offset of xenoprof_buf.event_log");
        // xenoprof_counter
        assert_eq!(size_of::<xenoprof_counter>(), 48usize, "size of xenoprof_counter");
        assert_eq!(align_of::<xenoprof_counter>(), 8usize, "alignment of xenoprof_counter");
        assert_eq!(offset!(xenoprof_counter, ind), 0usize, "offset of xenoprof_counter.ind");
        assert_eq!(offset!(xenoprof_counter, count), 8usize, "offset of xenoprof_counter.count");
        assert_eq!(offset!(xenoprof_counter, enabled), 16usize, "offset of xenoprof_counter.enabled");
        assert_eq!(offset!(xenoprof_counter, event), 20usize, "offset of xenoprof_counter.event");
        assert_eq!(offset!(xenoprof_counter, hypervisor), 24usize, "offset of xenoprof_counter.hypervisor");
        assert_eq!(offset!(xenoprof_counter, kernel), 28usize, "offset of xenoprof_counter.kernel");
        assert_eq!(offset!(xenoprof_counter, user), 32usize, "offset of xenoprof_counter.user");
        assert_eq!(offset!(xenoprof_counter, unit_mask), 40usize, "offset of xenoprof_counter.unit_mask");
        // xenoprof_get_buffer
        assert_eq!(size_of::<xenoprof_get_buffer>(), 24usize, "size of xenoprof_get_buffer");
        assert_eq!(align_of::<xenoprof_get_buffer>(), 8usize, "alignment of xenoprof_get_buffer");
        assert_eq!(offset!(xenoprof_get_buffer, max_samples), 0usize, "offset of xenoprof_get_buffer.max_samples");
        assert_eq!(offset!(xenoprof_get_buffer, nbuf), 4usize, "offset of xenoprof_get_buffer.nbuf");
        assert_eq!(offset!(xenoprof_get_buffer, bufsize), 8usize, "offset of xenoprof_get_buffer.bufsize");
        assert_eq!(offset!(xenoprof_get_buffer, buf_gmaddr), 16usize, "offset of xenoprof_get_buffer.buf_gmaddr");
        // xenoprof_ibs_counter
        assert_eq!(size_of::<xenoprof_ibs_counter>(), 48usize, "size of xenoprof_ibs_counter");
        assert_eq!(align_of::<xenoprof_ibs_counter>(), 8usize, "alignment of xenoprof_ibs_counter");
        assert_eq!(offset!(xenoprof_ibs_counter, op_enabled), 0usize, "offset of xenoprof_ibs_counter.op_enabled");
        assert_eq!(offset!(xenoprof_ibs_counter, fetch_enabled), 8usize, "offset of xenoprof_ibs_counter.fetch_enabled");
        assert_eq!(offset!(xenoprof_ibs_counter, max_cnt_fetch), 16usize, "offset of xenoprof_ibs_counter.max_cnt_fetch");
        assert_eq!(offset!(xenoprof_ibs_counter, max_cnt_op), 24usize, "offset of xenoprof_ibs_counter.max_cnt_op");
        assert_eq!(offset!(xenoprof_ibs_counter, rand_en), 32usize, "offset of xenoprof_ibs_counter.rand_en");
        assert_eq!(offset!(xenoprof_ibs_counter, dispatched_ops), 40usize, "offset of xenoprof_ibs_counter.dispatched_ops");
        // xenoprof_init
        assert_eq!(size_of::<xenoprof_init>(), 72usize, "size of xenoprof_init");
        assert_eq!(align_of::<xenoprof_init>(), 4usize, "alignment of xenoprof_init");
        assert_eq!(offset!(xenoprof_init, num_events), 0usize, "offset of xenoprof_init.num_events");
        assert_eq!(offset!(xenoprof_init, is_primary), 4usize, "offset of xenoprof_init.is_primary");
        assert_eq!(offset!(xenoprof_init, cpu_type), 8usize, "offset of xenoprof_init.cpu_type");
        // xenoprof_passive
        assert_eq!(size_of::<xenoprof_passive>(), 24usize, "size of xenoprof_passive");
        assert_eq!(align_of::<xenoprof_passive>(), 8usize, "alignment of xenoprof_passive");
        assert_eq!(offset!(xenoprof_passive, domain_id), 0usize, "offset of xenoprof_passive.domain_id");
        assert_eq!(offset!(xenoprof_passive, max_samples), 4usize, "offset of xenoprof_passive.max_samples");
        assert_eq!(offset!(xenoprof_passive, nbuf), 8usize, "offset of xenoprof_passive.nbuf");
        assert_eq!(offset!(xenoprof_passive, bufsize), 12usize, "offset of xenoprof_passive.bufsize");
        assert_eq!(offset!(xenoprof_passive, buf_gmaddr), 16usize, "offset of xenoprof_passive.buf_gmaddr");
        // xenpf_add_memtype
        assert_eq!(size_of::<xenpf_add_memtype>(), 32usize, "size of xenpf_add_memtype");
        assert_eq!(align_of::<xenpf_add_memtype>(), 8usize, "alignment of xenpf_add_memtype");
        assert_eq!(offset!(xenpf_add_memtype, mfn), 0usize, "offset of xenpf_add_memtype.mfn");
        assert_eq!(offset!(xenpf_add_memtype, nr_mfns), 8usize, "offset of xenpf_add_memtype.nr_mfns");
        assert_eq!(offset!(xenpf_add_memtype, r#type), 16usize, "offset of xenpf_add_memtype.type");
        assert_eq!(offset!(xenpf_add_memtype, handle), 20usize, "offset of xenpf_add_memtype.handle");
        assert_eq!(offset!(xenpf_add_memtype, reg), 24usize, "offset of xenpf_add_memtype.reg");
        // xenpf_change_freq
        assert_eq!(size_of::<xenpf_change_freq>(), 16usize, "size of xenpf_change_freq");
        assert_eq!(align_of::<xenpf_change_freq>(), 8usize, "alignment of xenpf_change_freq");
        assert_eq!(offset!(xenpf_change_freq, flags), 0usize, "offset of xenpf_change_freq.flags");
        assert_eq!(offset!(xenpf_change_freq, cpu), 4usize, "offset of xenpf_change_freq.cpu");
        assert_eq!(offset!(xenpf_change_freq, freq), 8usize, "offset of xenpf_change_freq.freq");
        // xenpf_core_parking
        assert_eq!(size_of::<xenpf_core_parking>(), 8usize, "size of xenpf_core_parking");
        assert_eq!(align_of::<xenpf_core_parking>(), 4usize, "alignment of xenpf_core_parking");
        assert_eq!(offset!(xenpf_core_parking, r#type), 0usize, "offset of xenpf_core_parking.type");
        assert_eq!(offset!(xenpf_core_parking, idle_nums), 4usize, "offset of xenpf_core_parking.idle_nums");
        // xenpf_cpu_hotadd
        assert_eq!(size_of::<xenpf_cpu_hotadd>(), 12usize, "size of xenpf_cpu_hotadd");
        assert_eq!(align_of::<xenpf_cpu_hotadd>(), 4usize, "alignment of xenpf_cpu_hotadd");
        assert_eq!(offset!(xenpf_cpu_hotadd, apic_id), 0usize, "offset of xenpf_cpu_hotadd.apic_id");
        assert_eq!(offset!(xenpf_cpu_hotadd, acpi_id), 4usize, "offset of xenpf_cpu_hotadd.acpi_id");
        assert_eq!(offset!(xenpf_cpu_hotadd, pxm), 8usize, "offset of xenpf_cpu_hotadd.pxm");
        // xenpf_cpu_ol
        assert_eq!(size_of::<xenpf_cpu_ol>(), 4usize, "size of xenpf_cpu_ol");
        assert_eq!(align_of::<xenpf_cpu_ol>(), 4usize, "alignment of xenpf_cpu_ol");
        assert_eq!(offset!(xenpf_cpu_ol, cpuid), 0usize, "offset of xenpf_cpu_ol.cpuid");
        // xenpf_del_memtype
        assert_eq!(size_of::<xenpf_del_memtype>(), 8usize, "size of xenpf_del_memtype");
        assert_eq!(align_of::<xenpf_del_memtype>(), 4usize, "alignment of xenpf_del_memtype");
        assert_eq!(offset!(xenpf_del_memtype, handle), 0usize, "offset of xenpf_del_memtype.handle");
        assert_eq!(offset!(xenpf_del_memtype, reg), 4usize, "offset of xenpf_del_memtype.reg");
        // xenpf_efi_guid
        assert_eq!(size_of::<xenpf_efi_guid>(), 16usize, "size of xenpf_efi_guid");
        assert_eq!(align_of::<xenpf_efi_guid>(), 4usize, "alignment of xenpf_efi_guid");
        assert_eq!(offset!(xenpf_efi_guid, data1), 0usize, "offset of xenpf_efi_guid.data1");
        assert_eq!(offset!(xenpf_efi_guid, data2), 4usize, "offset of xenpf_efi_guid.data2");
        assert_eq!(offset!(xenpf_efi_guid, data3), 6usize, "offset of xenpf_efi_guid.data3");
        assert_eq!(offset!(xenpf_efi_guid, data4), 8usize, "offset of xenpf_efi_guid.data4");
        // xenpf_efi_time
        assert_eq!(size_of::<xenpf_efi_time>(), 16usize, "size of xenpf_efi_time");
        assert_eq!(align_of::<xenpf_efi_time>(), 4usize, "alignment of xenpf_efi_time");
        assert_eq!(offset!(xenpf_efi_time, year), 0usize, "offset of xenpf_efi_time.year");
        assert_eq!(offset!(xenpf_efi_time, month), 2usize, "offset of xenpf_efi_time.month");
        assert_eq!(offset!(xenpf_efi_time, day), 3usize, "offset of xenpf_efi_time.day");
        assert_eq!(offset!(xenpf_efi_time, hour), 4usize, "offset of xenpf_efi_time.hour");
        assert_eq!(offset!(xenpf_efi_time, min), 5usize, "offset of xenpf_efi_time.min");
        assert_eq!(offset!(xenpf_efi_time, sec), 6usize, "offset of xenpf_efi_time.sec");
        assert_eq!(offset!(xenpf_efi_time, ns), 8usize, "offset of xenpf_efi_time.ns");
        assert_eq!(offset!(xenpf_efi_time, tz), 12usize, "offset of xenpf_efi_time.tz");
        assert_eq!(offset!(xenpf_efi_time, daylight), 14usize, "offset of xenpf_efi_time.daylight");
        // xenpf_efi_runtime_call
        assert_eq!(size_of::<xenpf_efi_runtime_call>(), 56usize, "size of xenpf_efi_runtime_call");
        assert_eq!(align_of::<xenpf_efi_runtime_call>(), 8usize, "alignment of xenpf_efi_runtime_call");
        assert_eq!(offset!(xenpf_efi_runtime_call, function), 0usize, "offset of xenpf_efi_runtime_call.function");
        assert_eq!(offset!(xenpf_efi_runtime_call, misc), 4usize, "offset of xenpf_efi_runtime_call.misc");
        assert_eq!(offset!(xenpf_efi_runtime_call, status), 8usize, "offset of xenpf_efi_runtime_call.status");
        assert_eq!(offset!(xenpf_efi_runtime_call, u), 16usize, "offset of xenpf_efi_runtime_call.u");
        // xenpf_enter_acpi_sleep
        assert_eq!(size_of::<xenpf_enter_acpi_sleep>(), 12usize, "size of xenpf_enter_acpi_sleep");
        assert_eq!(align_of::<xenpf_enter_acpi_sleep>(), 4usize, "alignment of xenpf_enter_acpi_sleep");
        assert_eq!(offset!(xenpf_enter_acpi_sleep, val_a), 0usize, "offset of xenpf_enter_acpi_sleep.val_a");
        assert_eq!(offset!(xenpf_enter_acpi_sleep, val_b), 2usize, "offset of xenpf_enter_acpi_sleep.val_b");
        assert_eq!(offset!(xenpf_enter_acpi_sleep, sleep_state), 4usize, "offset of xenpf_enter_acpi_sleep.sleep_state");
        assert_eq!(offset!(xenpf_enter_acpi_sleep, flags), 8usize, "offset of xenpf_enter_acpi_sleep.flags");
        // xenpf_efi_info
        assert_eq!(size_of::<xenpf_efi_info>(), 32usize, "size of xenpf_efi_info");
        assert_eq!(align_of::<xenpf_efi_info>(), 8usize, "alignment of xenpf_efi_info");
        assert_eq!(offset!(xenpf_efi_info, version), 0usize, "offset of xenpf_efi_info.version");
        assert_eq!(offset!(xenpf_efi_info, cfg), 0usize, "offset of xenpf_efi_info.cfg");
        assert_eq!(offset!(xenpf_efi_info, vendor), 0usize, "offset of xenpf_efi_info.vendor");
        assert_eq!(offset!(xenpf_efi_info, mem), 0usize, "offset of xenpf_efi_info.mem");
        assert_eq!(offset!(xenpf_efi_info, pci_rom), 0usize, "offset of xenpf_efi_info.pci_rom");
        assert_eq!(offset!(xenpf_efi_info, apple_properties), 0usize, "offset of xenpf_efi_info.apple_properties");
        // xenpf_firmware_info
        assert_eq!(size_of::<xenpf_firmware_info>(), 40usize, "size of xenpf_firmware_info");
        assert_eq!(align_of::<xenpf_firmware_info>(), 8usize, "alignment of xenpf_firmware_info");
        assert_eq!(offset!(xenpf_firmware_info, r#type), 0usize, "offset of xenpf_firmware_info.type");
        assert_eq!(offset!(xenpf_firmware_info, index), 4usize, "offset of xenpf_firmware_info.index");
        assert_eq!(offset!(xenpf_firmware_info, u), 8usize, "offset of xenpf_firmware_info.u");
        // xenpf_getidletime
        assert_eq!(size_of::<xenpf_getidletime>(), 32usize, "size of xenpf_getidletime");
        assert_eq!(align_of::<xenpf_getidletime>(), 8usize, "alignment of xenpf_getidletime");
        assert_eq!(offset!(xenpf_getidletime, cpumap_bitmap), 0usize, "offset of xenpf_getidletime.cpumap_bitmap");
        assert_eq!(offset!(xenpf_getidletime, cpumap_nr_cpus), 8usize, "offset of xenpf_getidletime.cpumap_nr_cpus");
        assert_eq!(offset!(xenpf_getidletime, idletime), 16usize, "offset of xenpf_getidletime.idletime");
        assert_eq!(offset!(xenpf_getidletime, now), 24usize, "offset of xenpf_getidletime.now");
        // xenpf_mem_hotadd
        assert_eq!(size_of::<xenpf_mem_hotadd>(), 24usize, "size of xenpf_mem_hotadd");
        assert_eq!(align_of::<xenpf_mem_hotadd>(), 8usize, "alignment of xenpf_mem_hotadd");
        assert_eq!(offset!(xenpf_mem_hotadd, spfn), 0usize, "offset of xenpf_mem_hotadd.spfn");
        assert_eq!(offset!(xenpf_mem_hotadd, epfn), 8usize, "offset of xenpf_mem_hotadd.epfn");
        assert_eq!(offset!(xenpf_mem_hotadd, pxm), 16usize, "offset of xenpf_mem_hotadd.pxm");
        assert_eq!(offset!(xenpf_mem_hotadd, flags), 20usize, "offset of xenpf_mem_hotadd.flags");
        // xenpf_microcode_update
        assert_eq!(size_of::<xenpf_microcode_update>(), 16usize, "size of xenpf_microcode_update");
        assert_eq!(align_of::<xenpf_microcode_update>(), 8usize, "alignment of xenpf_microcode_update");
        assert_eq!(offset!(xenpf_microcode_update, data), 0usize, "offset of xenpf_microcode_update.data");
        assert_eq!(offset!(xenpf_microcode_update, length), 8usize, "offset of xenpf_microcode_update.length");
        // xenpf_microcode_update2
        assert_eq!(size_of::<xenpf_microcode_update2>(), 16usize, "size of xenpf_microcode_update2");
        assert_eq!(align_of::<xenpf_microcode_update2>(), 8usize, "alignment of xenpf_microcode_update2");
        assert_eq!(offset!(xenpf_microcode_update2, flags), 0usize, "offset of xenpf_microcode_update2.flags");
        assert_eq!(offset!(xenpf_microcode_update2, length), 4usize, "offset of xenpf_microcode_update2.length");
        assert_eq!(offset!(xenpf_microcode_update2, data), 8usize, "offset of xenpf_microcode_update2.data");
        // xenpf_pcpu_version
        assert_eq!(size_of::<xenpf_pcpu_version>(), 32usize, "size of xenpf_pcpu_version");
        assert_eq!(align_of::<xenpf_pcpu_version>(), 4usize, "alignment of xenpf_pcpu_version");
        assert_eq!(offset!(xenpf_pcpu_version, xen_cpuid), 0usize, "offset of xenpf_pcpu_version.xen_cpuid");
        assert_eq!(offset!(xenpf_pcpu_version, max_present), 4usize, "offset of xenpf_pcpu_version.max_present");
        assert_eq!(offset!(xenpf_pcpu_version, vendor_id), 8usize, "offset of xenpf_pcpu_version.vendor_id");
        assert_eq!(offset!(xenpf_pcpu_version, family), 20usize, "offset of xenpf_pcpu_version.family");
        assert_eq!(offset!(xenpf_pcpu_version, model), 24usize, "offset of xenpf_pcpu_version.model");
        assert_eq!(offset!(xenpf_pcpu_version, stepping), 28usize, "offset of xenpf_pcpu_version.stepping");
        // xenpf_pcpuinfo
        assert_eq!(size_of::<xenpf_pcpuinfo>(), 20usize, "size of xenpf_pcpuinfo");
        assert_eq!(align_of::<xenpf_pcpuinfo>(), 4usize, "alignment of xenpf_pcpuinfo");
        assert_eq!(offset!(xenpf_pcpuinfo, xen_cpuid), 0usize, "offset of xenpf_pcpuinfo.xen_cpuid");
        assert_eq!(offset!(xenpf_pcpuinfo, max_present), 4usize, "offset of xenpf_pcpuinfo.max_present");
        assert_eq!(offset!(xenpf_pcpuinfo, flags), 8usize, "offset of xenpf_pcpuinfo.flags");
        assert_eq!(offset!(xenpf_pcpuinfo, apic_id), 12usize, "offset of xenpf_pcpuinfo.apic_id");
        assert_eq!(offset!(xenpf_pcpuinfo, acpi_id), 16usize, "offset of xenpf_pcpuinfo.acpi_id");
        // xenpf_platform_quirk
        assert_eq!(size_of::<xenpf_platform_quirk>(), 4usize, "size of xenpf_platform_quirk");
        assert_eq!(align_of::<xenpf_platform_quirk>(), 4usize, "alignment of xenpf_platform_quirk");
        assert_eq!(offset!(xenpf_platform_quirk, quirk_id), 0usize, "offset of xenpf_platform_quirk.quirk_id");
        // xenpf_read_memtype
        assert_eq!(size_of::<xenpf_read_memtype>(), 32usize, "size of xenpf_read_memtype");
        assert_eq!(align_of::<xenpf_read_memtype>(), 8usize, "alignment of xenpf_read_memtype");
        assert_eq!(offset!(xenpf_read_memtype, reg), 0usize, "offset of xenpf_read_memtype.reg");
        assert_eq!(offset!(xenpf_read_memtype, mfn), 8usize, "offset of xenpf_read_memtype.mfn");
        assert_eq!(offset!(xenpf_read_memtype, nr_mfns), 16usize, "offset of xenpf_read_memtype.nr_mfns");
        assert_eq!(offset!(xenpf_read_memtype, r#type), 24usize, "offset of xenpf_read_memtype.type");
        // xenpf_resource_entry
        assert_eq!(size_of::<xenpf_resource_entry>(), 24usize, "size of xenpf_resource_entry");
        assert_eq!(align_of::<xenpf_resource_entry>(), 8usize, "alignment of xenpf_resource_entry");
        assert_eq!(offset!(xenpf_resource_entry, u), 0usize, "offset of xenpf_resource_entry.u");
        assert_eq!(offset!(xenpf_resource_entry, rsvd), 4usize, "offset of xenpf_resource_entry.rsvd");
        assert_eq!(offset!(xenpf_resource_entry, idx), 8usize, "offset of xenpf_resource_entry.idx");
        assert_eq!(offset!(xenpf_resource_entry, val), 16usize, "offset of xenpf_resource_entry.val");
        // xenpf_resource_op
        assert_eq!(size_of::<xenpf_resource_op>(), 16usize, "size of xenpf_resource_op");
        assert_eq!(align_of::<xenpf_resource_op>(), 8usize, "alignment of xenpf_resource_op");
        assert_eq!(offset!(xenpf_resource_op, nr_entries), 0usize, "offset of xenpf_resource_op.nr_entries");
        assert_eq!(offset!(xenpf_resource_op, cpu), 4usize, "offset of xenpf_resource_op.cpu");
        assert_eq!(offset!(xenpf_resource_op, entries), 8usize, "offset of xenpf_resource_op.entries");
        // xenpf_settime32
        assert_eq!(size_of::<xenpf_settime32>(), 16usize, "size of xenpf_settime32");
        assert_eq!(align_of::<xenpf_settime32>(), 8usize, "alignment of xenpf_settime32");
        assert_eq!(offset!(xenpf_settime32, secs), 0usize, "offset of xenpf_settime32.secs");
        assert_eq!(offset!(xenpf_settime32, nsecs), 4usize, "offset of xenpf_settime32.nsecs");
        assert_eq!(offset!(xenpf_settime32, system_time), 8usize, "offset of xenpf_settime32.system_time");
        // xenpf_settime64
        assert_eq!(size_of::<xenpf_settime64>(), 24usize, "size of xenpf_settime64");
        assert_eq!(align_of::<xenpf_settime64>(), 8usize, "alignment of xenpf_settime64");
        assert_eq!(offset!(xenpf_settime64, secs), 0usize, "offset of xenpf_settime64.secs");
        assert_eq!(offset!(xenpf_settime64, nsecs), 8usize, "offset of xenpf_settime64.nsecs");
        assert_eq!(offset!(xenpf_settime64, mbz), 12usize, "offset of xenpf_settime64.mbz");
        assert_eq!(offset!(xenpf_settime64, system_time), 16usize, "offset of xenpf_settime64.system_time");
        // xenpf_symdata
        assert_eq!(size_of::<xenpf_symdata>(), 32usize, "size of xenpf_symdata");
        assert_eq!(align_of::<xenpf_symdata>(), 8usize, "alignment of xenpf_symdata");
        assert_eq!(offset!(xenpf_symdata, namelen), 0usize, "offset of xenpf_symdata.namelen");
        assert_eq!(offset!(xenpf_symdata, symnum), 4usize, "offset of xenpf_symdata.symnum");
        assert_eq!(offset!(xenpf_symdata, name), 8usize, "offset of xenpf_symdata.name");
        assert_eq!(offset!(xenpf_symdata, address), 16usize, "offset of xenpf_symdata.address");
        assert_eq!(offset!(xenpf_symdata, r#type), 24usize, "offset of xenpf_symdata.type");
        // xenpf_ucode_revision
        assert_eq!(size_of::<xenpf_ucode_revision>(), 16usize, "size of xenpf_ucode_revision");
        assert_eq!(align_of::<xenpf_ucode_revision>(), 4usize, "alignment of xenpf_ucode_revision");
        assert_eq!(offset!(xenpf_ucode_revision, cpu), 0usize, "offset of xenpf_ucode_revision.cpu");
        assert_eq!(offset!(xenpf_ucode_revision, signature), 4usize, "offset of xenpf_ucode_revision.signature");
        assert_eq!(offset!(xenpf_ucode_revision, pf), 8usize, "offset of xenpf_ucode_revision.pf");
        assert_eq!(offset!(xenpf_ucode_revision, revision), 12usize, "offset of xenpf_ucode_revision.revision");
    }

    #[test]
    fn layout_021() {
        // xensnd_cur_pos_evt
        assert_eq!(size_of::<xensnd_cur_pos_evt>(), 8usize, "size of xensnd_cur_pos_evt");
        assert_eq!(align_of::<xensnd_cur_pos_evt>(), 8usize, "alignment of xensnd_cur_pos_evt");
        assert_eq!(offset!(xensnd_cur_pos_evt, position), 0usize, "offset of xensnd_cur_pos_evt.position");
        // xensnd_event_page
        assert_eq!(size_of::<xensnd_event_page>(), 64usize, "size of xensnd_event_page");
        assert_eq!(align_of::<xensnd_event_page>(), 4usize, "alignment of xensnd_event_page");
        assert_eq!(offset!(xensnd_event_page, in_cons), 0usize, "offset of xensnd_event_page.in_cons");
        assert_eq!(offset!(xensnd_event_page, in_prod), 4usize, "offset of xensnd_event_page.in_prod");
        assert_eq!(offset!(xensnd_event_page, reserved), 8usize, "offset of xensnd_event_page.reserved");
        // xensnd_evt
        assert_eq!(size_of::<xensnd_evt>(), 64usize, "size of xensnd_evt");
        assert_eq!(align_of::<xensnd_evt>(), 8usize, "alignment of xensnd_evt");
        assert_eq!(offset!(xensnd_evt, id), 0usize, "offset of xensnd_evt.id");
        assert_eq!(offset!(xensnd_evt, r#type), 2usize, "offset of xensnd_evt.type");
        assert_eq!(offset!(xensnd_evt, reserved), 3usize, "offset of xensnd_evt.reserved");
        assert_eq!(offset!(xensnd_evt, op), 8usize, "offset of xensnd_evt.op");
        // xensnd_page_directory
        assert_eq!(size_of::<xensnd_page_directory>(), 4usize, "size of xensnd_page_directory");
        assert_eq!(align_of::<xensnd_page_directory>(), 4usize, "alignment of xensnd_page_directory");
        assert_eq!(offset!(xensnd_page_directory, gref_dir_next_page), 0usize, "offset of xensnd_page_directory.gref_dir_next_page");
        assert_eq!(offset!(xensnd_page_directory, gref), 4usize, "offset of xensnd_page_directory.gref");
        // xsd_errors
        assert_eq!(size_of::<xsd_errors>(), 16usize, "size of xsd_errors");
        assert_eq!(align_of::<xsd_errors>(), 8usize, "alignment of xsd_errors");
        assert_eq!(offset!(xsd_errors, errnum), 0usize, "offset of xsd_errors.errnum");
        assert_eq!(offset!(xsd_errors, errstring), 8usize, "offset of xsd_errors.errstring");
        // xsd_sockmsg
        assert_eq!(size_of::<xsd_sockmsg>(), 16usize, "size of xsd_sockmsg");
        assert_eq!(align_of::<xsd_sockmsg>(), 4usize, "alignment of xsd_sockmsg");
        assert_eq!(offset!(xsd_sockmsg, r#type), 0usize, "offset of xsd_sockmsg.type");
        assert_eq!(offset!(xsd_sockmsg, req_id), 4usize, "offset of xsd_sockmsg.req_id");
        assert_eq!(offset!(xsd_sockmsg, tx_id), 8usize, "offset of xsd_sockmsg.tx_id");
        assert_eq!(offset!(xsd_sockmsg, len), 12usize, "offset of xsd_sockmsg.len");
        // tpmif_ring_t
        assert_eq!(size_of::<tpmif_ring_t>(), 16usize, "size of tpmif_ring_t");
        assert_eq!(align_of::<tpmif_ring_t>(), 8usize, "alignment of tpmif_ring_t");
        // tpmif_shared_page_t
        assert_eq!(size_of::<tpmif_shared_page_t>(), 8usize, "size of tpmif_shared_page_t");
        assert_eq!(align_of::<tpmif_shared_page_t>(), 4usize, "alignment of tpmif_shared_page_t");
        // tpmif_tx_interface_t
        assert_eq!(size_of::<tpmif_tx_interface_t>(), 16usize, "size of tpmif_tx_interface_t");
        assert_eq!(align_of::<tpmif_tx_interface_t>(), 8usize, "alignment of tpmif_tx_interface_t");
        // tpmif_tx_request_t
        assert_eq!(size_of::<tpmif_tx_request_t>(), 16usize, "size of tpmif_tx_request_t");
        assert_eq!(align_of::<tpmif_tx_request_t>(), 8usize, "alignment of tpmif_tx_request_t");
        // xenfb_in_event
        assert_eq!(size_of::<xenfb_in_event>(), 40usize, "size of xenfb_in_event");
        assert_eq!(align_of::<xenfb_in_event>(), 4usize, "alignment of xenfb_in_event");
        assert_eq!(offset!(xenfb_in_event, r#type), 0usize, "offset of xenfb_in_event.type");
        assert_eq!(offset!(xenfb_in_event, refresh_period), 0usize, "offset of xenfb_in_event.refresh_period");
        assert_eq!(offset!(xenfb_in_event, pad), 0usize, "offset of xenfb_in_event.pad");
        // xenfb_out_event
        assert_eq!(size_of::<xenfb_out_event>(), 40usize, "size of xenfb_out_event");
        assert_eq!(align_of::<xenfb_out_event>(), 4usize, "alignment of xenfb_out_event");
        assert_eq!(offset!(xenfb_out_event, r#type), 0usize, "offset of xenfb_out_event.type");
        assert_eq!(offset!(xenfb_out_event, update), 0usize, "offset of xenfb_out_event.update");
        assert_eq!(offset!(xenfb_out_event, resize), 0usize, "offset of xenfb_out_event.resize");
        assert_eq!(offset!(xenfb_out_event, pad), 0usize, "offset of xenfb_out_event.pad");
        // xenkbd_in_event
        assert_eq!(size_of::<xenkbd_in_event>(), 40usize, "size of xenkbd_in_event");
        assert_eq!(align_of::<xenkbd_in_event>(), 4usize, "alignment of xenkbd_in_event");
        assert_eq!(offset!(xenkbd_in_event, r#type), 0usize, "offset of xenkbd_in_event.type");
        assert_eq!(offset!(xenkbd_in_event, motion), 0usize, "offset of xenkbd_in_event.motion");
        assert_eq!(offset!(xenkbd_in_event, key), 0usize, "offset of xenkbd_in_event.key");
        assert_eq!(offset!(xenkbd_in_event, pos), 0usize, "offset of xenkbd_in_event.pos");
        assert_eq!(offset!(xenkbd_in_event, mtouch), 0usize, "offset of xenkbd_in_event.mtouch");
        assert_eq!(offset!(xenkbd_in_event, pad), 0usize, "offset of xenkbd_in_event.pad");
        // xenkbd_out_event
        assert_eq!(size_of::<xenkbd_out_event>(), 40usize, "size of xenkbd_out_event");
        assert_eq!(align_of::<xenkbd_out_event>(), 1usize, "alignment of xenkbd_out_event");
        assert_eq!(offset!(xenkbd_out_event, r#type), 0usize, "offset of xenkbd_out_event.type");
        assert_eq!(offset!(xenkbd_out_event, pad), 0usize, "offset of xenkbd_out_event.pad");
        // usbif_conn_back_ring_t
        assert_eq!(size_of::<usbif_conn_back_ring_t>(), 24usize, "size of usbif_conn_back_ring_t");
        assert_eq!(align_of::<usbif_conn_back_ring_t>(), 8usize, "alignment of usbif_conn_back_ring_t");
        // usbif_conn_front_ring_t
        assert_eq!(size_of::<usbif_conn_front_ring_t>(), 24usize, "size of usbif_conn_front_ring_t");
        assert_eq!(align_of::<usbif_conn_front_ring_t>(), 8usize, "alignment of usbif_conn_front_ring_t");
        // usbif_conn_request_t
        assert_eq!(size_of::<usbif_conn_request_t>(), 2usize, "size of usbif_conn_request_t");
        assert_eq!(align_of::<usbif_conn_request_t>(), 2usize, "alignment of usbif_conn_request_t");
        // usbif_conn_response_t
        assert_eq!(size_of::<usbif_conn_response_t>(), 4usize, "size of usbif_conn_response_t");
        assert_eq!(align_of::<usbif_conn_response_t>(), 2usize, "alignment of usbif_conn_response_t");
        // usbif_conn_sring_t
        assert_eq!(size_of::<usbif_conn_sring_t>(), 64usize, "size of usbif_conn_sring_t");
        assert_eq!(align_of::<usbif_conn_sring_t>(), 4usize, "alignment of usbif_conn_sring_t");
        // usbif_urb_back_ring_t
        assert_eq!(size_of::<usbif_urb_back_ring_t>(), 24usize, "size of usbif_urb_back_ring_t");
        assert_eq!(align_of::<usbif_urb_back_ring_t>(), 8usize, "alignment of usbif_urb_back_ring_t");
        // usbif_urb_front_ring_t
        assert_eq!(size_of::<usbif_urb_front_ring_t>(), 24usize, "size of usbif_urb_front_ring_t");
        assert_eq!(align_of::<usbif_urb_front_ring_t>(), 8usize, "alignment of usbif_urb_front_ring_t");
        // usbif_urb_request_t
        assert_eq!(size_of::<usbif_urb_request_t>(), 148usize, "size of usbif_urb_request_t");
        assert_eq!(align_of::<usbif_urb_request_t>(), 4usize, "alignment of usbif_urb_request_t");
        // usbif_urb_response_t
        assert_eq!(size_of::<usbif_urb_response_t>(), 16usize, "size of usbif_urb_response_t");
        assert_eq!(align_of::<usbif_urb_response_t>(), 4usize, "alignment of usbif_urb_response_t");
        // usbif_urb_sring_t
        assert_eq!(size_of::<usbif_urb_sring_t>(), 64usize, "size of usbif_urb_sring_t");
        assert_eq!(align_of::<usbif_urb_sring_t>(), 4usize, "alignment of usbif_urb_sring_t");
        // vcpu_get_physid_t
        assert_eq!(size_of::<vcpu_get_physid_t>(), 8usize, "size of vcpu_get_physid_t");
        assert_eq!(align_of::<vcpu_get_physid_t>(), 8usize, "alignment of vcpu_get_physid_t");
        // vcpu_hvm_context_t
        assert_eq!(size_of::<vcpu_hvm_context_t>(), 128usize, "size of vcpu_hvm_context_t");
        assert_eq!(align_of::<vcpu_hvm_context_t>(), 8usize, "alignment of vcpu_hvm_context_t");
        // vcpu_info_t
        assert_eq!(size_of::<vcpu_info_t>(), 48usize, "size of vcpu_info_t");
        assert_eq!(align_of::<vcpu_info_t>(), 8usize, "alignment of vcpu_info_t");
        // vcpu_register_runstate_memory_area_t
        assert_eq!(size_of::<vcpu_register_runstate_memory_area_t>(), 8usize, "size of vcpu_register_runstate_memory_area_t");
        assert_eq!(align_of::<vcpu_register_runstate_memory_area_t>(), 8usize, "alignment of vcpu_register_runstate_memory_area_t");
        // vcpu_register_time_memory_area_t
        assert_eq!(size_of::<vcpu_register_time_memory_area_t>(), 8usize, "size of vcpu_register_time_memory_area_t");
        assert_eq!(align_of::<vcpu_register_time_memory_area_t>(), 8usize, "alignment of vcpu_register_time_memory_area_t");
        // vcpu_register_vcpu_info_t
        assert_eq!(size_of::<vcpu_register_vcpu_info_t>(), 16usize, "size of vcpu_register_vcpu_info_t");
        assert_eq!(align_of::<vcpu_register_vcpu_info_t>(), 8usize, "alignment of vcpu_register_vcpu_info_t");
        // vcpu_runstate_info_t
        assert_eq!(size_of::<vcpu_runstate_info_t>(), 48usize, "size of vcpu_runstate_info_t");
        assert_eq!(align_of::<vcpu_runstate_info_t>(), 8usize, "alignment of vcpu_runstate_info_t");
        // vcpu_set_periodic_timer_t
        assert_eq!(size_of::<vcpu_set_periodic_timer_t>(), 8usize, "size of vcpu_set_periodic_timer_t");
        assert_eq!(align_of::<vcpu_set_periodic_timer_t>(), 8usize, "alignment of vcpu_set_periodic_timer_t");
        // vcpu_set_singleshot_timer_t
        assert_eq!(size_of::<vcpu_set_singleshot_timer_t>(), 16usize, "size of vcpu_set_singleshot_timer_t");
        assert_eq!(align_of::<vcpu_set_singleshot_timer_t>(), 8usize, "alignment of vcpu_set_singleshot_timer_t");
        // vscsiif_back_ring_t
        assert_eq!(size_of::<vscsiif_back_ring_t>(), 24usize, "size of vscsiif_back_ring_t");
        assert_eq!(align_of::<vscsiif_back_ring_t>(), 8usize, "alignment of vscsiif_back_ring_t");
        // vscsiif_front_ring_t
        assert_eq!(size_of::<vscsiif_front_ring_t>(), 24usize, "size of vscsiif_front_ring_t");
        assert_eq!(align_of::<vscsiif_front_ring_t>(), 8usize, "alignment of vscsiif_front_ring_t");
        // vscsiif_request_t
        assert_eq!(size_of::<vscsiif_request_t>(), 252usize, "size of vscsiif_request_t");
        assert_eq!(align_of::<vscsiif_request_t>(), 4usize, "alignment of vscsiif_request_t");
        // vscsiif_response_t
        assert_eq!(size_of::<vscsiif_response_t>(), 252usize, "size of vscsiif_response_t");
        assert_eq!(align_of::<vscsiif_response_t>(), 4usize, "alignment of vscsiif_response_t");
        // vscsiif_sg_list_t
        assert_eq!(size_of::<vscsiif_sg_list_t>(), 252usize, "size of vscsiif_sg_list_t");
        assert_eq!(align_of::<vscsiif_sg_list_t>(), 4usize, "alignment of vscsiif_sg_list_t");
        // vscsiif_sring_t
        assert_eq!(size_of::<vscsiif_sring_t>(), 64usize, "size of vscsiif_sring_t");
        assert_eq!(align_of::<vscsiif_sring_t>(), 4usize, "alignment of vscsiif_sring_t");
        // xen_add_to_physmap_batch_t
        assert_eq!(size_of::<xen_add_to_physmap_batch_t>(), 32usize, "size of xen_add_to_physmap_batch_t");
        assert_eq!(align_of::<xen_add_to_physmap_batch_t>(), 8usize, "alignment of xen_add_to_physmap_batch_t");
        // xen_add_to_physmap_t
        assert_eq!(size_of::<xen_add_to_physmap_t>(), 24usize, "size of xen_add_to_physmap_t");
        assert_eq!(align_of::<xen_add_to_physmap_t>(), 8usize, "alignment of xen_add_to_physmap_t");
        // xen_argo_gfn_t
        assert_eq!(size_of::<xen_argo_gfn_t>(), 8usize, "size of xen_argo_gfn_t");
        assert_eq!(align_of::<xen_argo_gfn_t>(), 8usize, "alignment of xen_argo_gfn_t");
        // xen_argo_iov_t
        assert_eq!(size_of::<xen_argo_iov_t>(), 16usize, "size of xen_argo_iov_t");
        assert_eq!(align_of::<xen_argo_iov_t>(), 8usize, "alignment of xen_argo_iov_t");
        // xen_argo_register_ring_t
        assert_eq!(size_of::<xen_argo_register_ring_t>(), 12usize, "size of xen_argo_register_ring_t");
        assert_eq!(align_of::<xen_argo_register_ring_t>(), 4usize, "alignment of xen_argo_register_ring_t");
        // xen_argo_ring_data_t
        assert_eq!(size_of::<xen_argo_ring_data_t>(), 8usize, "size of xen_argo_ring_data_t");
        assert_eq!(align_of::<xen_argo_ring_data_t>(), 4usize, "alignment of xen_argo_ring_data_t");
        // xen_argo_ring_t
        assert_eq!(size_of::<xen_argo_ring_t>(), 64usize, "size of xen_argo_ring_t");
        assert_eq!(align_of::<xen_argo_ring_t>(), 4usize, "alignment of xen_argo_ring_t");
        // xen_argo_send_addr_t
        assert_eq!(size_of::<xen_argo_send_addr_t>(), 16usize, "size of xen_argo_send_addr_t");
        assert_eq!(align_of::<xen_argo_send_addr_t>(), 4usize, "alignment of xen_argo_send_addr_t");
        // xen_argo_unregister_ring_t
        assert_eq!(size_of::<xen_argo_unregister_ring_t>(), 8usize, "size of xen_argo_unregister_ring_t");
        assert_eq!(align_of::<xen_argo_unregister_ring_t>(), 4usize, "alignment of xen_argo_unregister_ring_t");
        // xen_build_id_t
        assert_eq!(size_of::<xen_build_id_t>(), 4usize, "size of xen_build_id_t");
        assert_eq!(align_of::<xen_build_id_t>(), 4usize, "alignment of xen_build_id_t");
        // xen_cameraif_back_ring_t
        assert_eq!(size_of::<xen_cameraif_back_ring_t>(), 24usize, "size of xen_cameraif_back_ring_t");
        assert_eq!(align_of::<xen_cameraif_back_ring_t>(), 8usize, "alignment of xen_cameraif_back_ring_t");
    }

    #[test]
    fn layout_022() {
        // xen_cameraif_front_ring_t
        assert_eq!(size_of::<xen_cameraif_front_ring_t>(), 24usize, "size of xen_cameraif_front_ring_t");
        assert_eq!(align_of::<xen_cameraif_front_ring_t>(), 8usize, "alignment of xen_cameraif_front_ring_t");
        // xen_cameraif_sring_t
        assert_eq!(size_of::<xen_cameraif_sring_t>(), 64usize, "size of xen_cameraif_sring_t");
        assert_eq!(align_of::<xen_cameraif_sring_t>(), 8usize, "alignment of xen_cameraif_sring_t");
        // xen_capabilities_info_t
        assert_eq!(size_of::<xen_capabilities_info_t>(), 1024usize, "size of xen_capabilities_info_t");
        assert_eq!(align_of::<xen_capabilities_info_t>(), 1usize, "alignment of xen_capabilities_info_t");
        // xen_changeset_info_t
        assert_eq!(size_of::<xen_changeset_info_t>(), 64usize, "size of xen_changeset_info_t");
        assert_eq!(align_of::<xen_changeset_info_t>(), 1usize, "alignment of xen_changeset_info_t");
        // xen_commandline_t
        assert_eq!(size_of::<xen_commandline_t>(), 1024usize, "size of xen_commandline_t");
        assert_eq!(align_of::<xen_commandline_t>(), 1usize, "alignment of xen_commandline_t");
        // xen_compile_info_t
        assert_eq!(size_of::<xen_compile_info_t>(), 144usize, "size of xen_compile_info_t");
        assert_eq!(align_of::<xen_compile_info_t>(), 1usize, "alignment of xen_compile_info_t");
        // xen_displif_back_ring_t
        assert_eq!(size_of::<xen_displif_back_ring_t>(), 24usize, "size of xen_displif_back_ring_t");
        assert_eq!(align_of::<xen_displif_back_ring_t>(), 8usize, "alignment of xen_displif_back_ring_t");
        // xen_displif_front_ring_t
        assert_eq!(size_of::<xen_displif_front_ring_t>(), 24usize, "size of xen_displif_front_ring_t");
        assert_eq!(align_of::<xen_displif_front_ring_t>(), 8usize, "alignment of xen_displif_front_ring_t");
        // xen_displif_sring_t
        assert_eq!(size_of::<xen_displif_sring_t>(), 64usize, "size of xen_displif_sring_t");
        assert_eq!(align_of::<xen_displif_sring_t>(), 8usize, "alignment of xen_displif_sring_t");
        // xen_dm_op_buf_t
        assert_eq!(size_of::<xen_dm_op_buf_t>(), 16usize, "size of xen_dm_op_buf_t");
        assert_eq!(align_of::<xen_dm_op_buf_t>(), 8usize, "alignment of xen_dm_op_buf_t");
        // xen_domain_handle_t
        assert_eq!(size_of::<xen_domain_handle_t>(), 16usize, "size of xen_domain_handle_t");
        assert_eq!(align_of::<xen_domain_handle_t>(), 1usize, "alignment of xen_domain_handle_t");
        // xen_extraversion_t
        assert_eq!(size_of::<xen_extraversion_t>(), 16usize, "size of xen_extraversion_t");
        assert_eq!(align_of::<xen_extraversion_t>(), 1usize, "alignment of xen_extraversion_t");
        // xen_feature_info_t
        assert_eq!(size_of::<xen_feature_info_t>(), 8usize, "size of xen_feature_info_t");
        assert_eq!(align_of::<xen_feature_info_t>(), 4usize, "alignment of xen_feature_info_t");
        // xen_flask_op_t
        assert_eq!(size_of::<xen_flask_op_t>(), 40usize, "size of xen_flask_op_t");
        assert_eq!(align_of::<xen_flask_op_t>(), 8usize, "alignment of xen_flask_op_t");
        // xen_foreign_memory_map_t
        assert_eq!(size_of::<xen_foreign_memory_map_t>(), 24usize, "size of xen_foreign_memory_map_t");
        assert_eq!(align_of::<xen_foreign_memory_map_t>(), 8usize, "alignment of xen_foreign_memory_map_t");
        // xen_hvm_altp2m_change_gfn_t
        assert_eq!(size_of::<xen_hvm_altp2m_change_gfn_t>(), 24usize, "size of xen_hvm_altp2m_change_gfn_t");
        assert_eq!(align_of::<xen_hvm_altp2m_change_gfn_t>(), 8usize, "alignment of xen_hvm_altp2m_change_gfn_t");
        // xen_hvm_altp2m_domain_state_t
        assert_eq!(size_of::<xen_hvm_altp2m_domain_state_t>(), 1usize, "size of xen_hvm_altp2m_domain_state_t");
        assert_eq!(align_of::<xen_hvm_altp2m_domain_state_t>(), 1usize, "alignment of xen_hvm_altp2m_domain_state_t");
        // xen_hvm_altp2m_mem_access_t
        assert_eq!(size_of::<xen_hvm_altp2m_mem_access_t>(), 16usize, "size of xen_hvm_altp2m_mem_access_t");
        assert_eq!(align_of::<xen_hvm_altp2m_mem_access_t>(), 8usize, "alignment of xen_hvm_altp2m_mem_access_t");
        // xen_hvm_altp2m_op_t
        assert_eq!(size_of::<xen_hvm_altp2m_op_t>(), 80usize, "size of xen_hvm_altp2m_op_t");
        assert_eq!(align_of::<xen_hvm_altp2m_op_t>(), 8usize, "alignment of xen_hvm_altp2m_op_t");
        // xen_hvm_altp2m_vcpu_disable_notify_t
        assert_eq!(size_of::<xen_hvm_altp2m_vcpu_disable_notify_t>(), 4usize, "size of xen_hvm_altp2m_vcpu_disable_notify_t");
        assert_eq!(align_of::<xen_hvm_altp2m_vcpu_disable_notify_t>(), 4usize, "alignment of xen_hvm_altp2m_vcpu_disable_notify_t");
        // xen_hvm_altp2m_vcpu_enable_notify_t
        assert_eq!(size_of::<xen_hvm_altp2m_vcpu_enable_notify_t>(), 16usize, "size of xen_hvm_altp2m_vcpu_enable_notify_t");
        assert_eq!(align_of::<xen_hvm_altp2m_vcpu_enable_notify_t>(), 8usize, "alignment of xen_hvm_altp2m_vcpu_enable_notify_t");
        // xen_hvm_altp2m_view_t
        assert_eq!(size_of::<xen_hvm_altp2m_view_t>(), 4usize, "size of xen_hvm_altp2m_view_t");
        assert_eq!(align_of::<xen_hvm_altp2m_view_t>(), 2usize, "alignment of xen_hvm_altp2m_view_t");
        // xen_hvm_get_mem_type_t
        assert_eq!(size_of::<xen_hvm_get_mem_type_t>(), 16usize, "size of xen_hvm_get_mem_type_t");
        assert_eq!(align_of::<xen_hvm_get_mem_type_t>(), 8usize, "alignment of xen_hvm_get_mem_type_t");
        // xen_hvm_get_time_t
        assert_eq!(size_of::<xen_hvm_get_time_t>(), 8usize, "size of xen_hvm_get_time_t");
        assert_eq!(align_of::<xen_hvm_get_time_t>(), 8usize, "alignment of xen_hvm_get_time_t");
        // xen_hvm_pagetable_dying_t
        assert_eq!(size_of::<xen_hvm_pagetable_dying_t>(), 16usize, "size of xen_hvm_pagetable_dying_t");
        assert_eq!(align_of::<xen_hvm_pagetable_dying_t>(), 8usize, "alignment of xen_hvm_pagetable_dying_t");
        // xen_hvm_param_t
        assert_eq!(size_of::<xen_hvm_param_t>(), 16usize, "size of xen_hvm_param_t");
        assert_eq!(align_of::<xen_hvm_param_t>(), 8usize, "alignment of xen_hvm_param_t");
        // xen_hvm_xentrace_t
        assert_eq!(size_of::<xen_hvm_xentrace_t>(), 32usize, "size of xen_hvm_xentrace_t");
        assert_eq!(align_of::<xen_hvm_xentrace_t>(), 2usize, "alignment of xen_hvm_xentrace_t");
        // xen_kexec_exec_t
        assert_eq!(size_of::<xen_kexec_exec_t>(), 4usize, "size of xen_kexec_exec_t");
        assert_eq!(align_of::<xen_kexec_exec_t>(), 4usize, "alignment of xen_kexec_exec_t");
        // xen_kexec_load_t
        assert_eq!(size_of::<xen_kexec_load_t>(), 24usize, "size of xen_kexec_load_t");
        assert_eq!(align_of::<xen_kexec_load_t>(), 8usize, "alignment of xen_kexec_load_t");
        // xen_kexec_load_v1_t
        assert_eq!(size_of::<xen_kexec_load_v1_t>(), 24usize, "size of xen_kexec_load_v1_t");
        assert_eq!(align_of::<xen_kexec_load_v1_t>(), 8usize, "alignment of xen_kexec_load_v1_t");
        // xen_kexec_range_t
        assert_eq!(size_of::<xen_kexec_range_t>(), 24usize, "size of xen_kexec_range_t");
        assert_eq!(align_of::<xen_kexec_range_t>(), 8usize, "alignment of xen_kexec_range_t");
        // xen_kexec_segment_t
        assert_eq!(size_of::<xen_kexec_segment_t>(), 32usize, "size of xen_kexec_segment_t");
        assert_eq!(align_of::<xen_kexec_segment_t>(), 8usize, "alignment of xen_kexec_segment_t");
        // xen_kexec_status_t
        assert_eq!(size_of::<xen_kexec_status_t>(), 1usize, "size of xen_kexec_status_t");
        assert_eq!(align_of::<xen_kexec_status_t>(), 1usize, "alignment of xen_kexec_status_t");
        // xen_kexec_unload_t
        assert_eq!(size_of::<xen_kexec_unload_t>(), 1usize, "size of xen_kexec_unload_t");
        assert_eq!(align_of::<xen_kexec_unload_t>(), 1usize, "alignment of xen_kexec_unload_t");
        // xen_machphys_mapping_t
        assert_eq!(size_of::<xen_machphys_mapping_t>(), 24usize, "size of xen_machphys_mapping_t");
        assert_eq!(align_of::<xen_machphys_mapping_t>(), 8usize, "alignment of xen_machphys_mapping_t");
        // xen_machphys_mfn_list_t
        assert_eq!(size_of::<xen_machphys_mfn_list_t>(), 24usize, "size of xen_machphys_mfn_list_t");
        assert_eq!(align_of::<xen_machphys_mfn_list_t>(), 8usize, "alignment of xen_machphys_mfn_list_t");
        // xen_mem_acquire_resource_t
        assert_eq!(size_of::<xen_mem_acquire_resource_t>(), 32usize, "size of xen_mem_acquire_resource_t");
        assert_eq!(align_of::<xen_mem_acquire_resource_t>(), 8usize, "alignment of xen_mem_acquire_resource_t");
        // xen_memory_exchange_t
        assert_eq!(size_of::<xen_memory_exchange_t>(), 72usize, "size of xen_memory_exchange_t");
        assert_eq!(align_of::<xen_memory_exchange_t>(), 8usize, "alignment of xen_memory_exchange_t");
        // xen_memory_map_t
        assert_eq!(size_of::<xen_memory_map_t>(), 16usize, "size of xen_memory_map_t");
        assert_eq!(align_of::<xen_memory_map_t>(), 8usize, "alignment of xen_memory_map_t");
        // xen_memory_reservation_t
        assert_eq!(size_of::<xen_memory_reservation_t>(), 32usize, "size of xen_memory_reservation_t");
        assert_eq!(align_of::<xen_memory_reservation_t>(), 8usize, "alignment of xen_memory_reservation_t");
        // xen_netif_ctrl_back_ring_t
        assert_eq!(size_of::<xen_netif_ctrl_back_ring_t>(), 24usize, "size of xen_netif_ctrl_back_ring_t");
        assert_eq!(align_of::<xen_netif_ctrl_back_ring_t>(), 8usize, "alignment of xen_netif_ctrl_back_ring_t");
        // xen_netif_ctrl_front_ring_t
        assert_eq!(size_of::<xen_netif_ctrl_front_ring_t>(), 24usize, "size of xen_netif_ctrl_front_ring_t");
        assert_eq!(align_of::<xen_netif_ctrl_front_ring_t>(), 8usize, "alignment of xen_netif_ctrl_front_ring_t");
        // xen_netif_ctrl_sring_t
        assert_eq!(size_of::<xen_netif_ctrl_sring_t>(), 64usize, "size of xen_netif_ctrl_sring_t");
        assert_eq!(align_of::<xen_netif_ctrl_sring_t>(), 4usize, "alignment of xen_netif_ctrl_sring_t");
        // xen_platform_parameters_t
        assert_eq!(size_of::<xen_platform_parameters_t>(), 8usize, "size of xen_platform_parameters_t");
        assert_eq!(align_of::<xen_platform_parameters_t>(), 8usize, "alignment of xen_platform_parameters_t");
        // xen_pmu_params_t
        assert_eq!(size_of::<xen_pmu_params_t>(), 24usize, "size of xen_pmu_params_t");
        assert_eq!(align_of::<xen_pmu_params_t>(), 8usize, "alignment of xen_pmu_params_t");
        // xen_pod_target_t
        assert_eq!(size_of::<xen_pod_target_t>(), 40usize, "size of xen_pod_target_t");
        assert_eq!(align_of::<xen_pod_target_t>(), 8usize, "alignment of xen_pod_target_t");
        // xen_processor_cppc_t
        assert_eq!(size_of::<xen_processor_cppc_t>(), 72usize, "size of xen_processor_cppc_t");
        assert_eq!(align_of::<xen_processor_cppc_t>(), 8usize, "alignment of xen_processor_cppc_t");
        // xen_processor_csd_t
        assert_eq!(size_of::<xen_processor_csd_t>(), 12usize, "size of xen_processor_csd_t");
        assert_eq!(align_of::<xen_processor_csd_t>(), 4usize, "alignment of xen_processor_csd_t");
        // xen_processor_cx_t
        assert_eq!(size_of::<xen_processor_cx_t>(), 48usize, "size of xen_processor_cx_t");
        assert_eq!(align_of::<xen_processor_cx_t>(), 8usize, "alignment of xen_processor_cx_t");
        // xen_processor_performance_t
        assert_eq!(size_of::<xen_processor_performance_t>(), 104usize, "size of xen_processor_performance_t");
        assert_eq!(align_of::<xen_processor_performance_t>(), 8usize, "alignment of xen_processor_performance_t");
    }

    #[test]
    fn layout_023() {
        // xen_processor_px_t
        assert_eq!(size_of::<xen_processor_px_t>(), 48usize, "size of xen_processor_px_t");
        assert_eq!(align_of::<xen_processor_px_t>(), 8usize, "alignment of xen_processor_px_t");
        // xen_pvcalls_back_ring_t
        assert_eq!(size_of::<xen_pvcalls_back_ring_t>(), 24usize, "size of xen_pvcalls_back_ring_t");
        assert_eq!(align_of::<xen_pvcalls_back_ring_t>(), 8usize, "alignment of xen_pvcalls_back_ring_t");
        // xen_pvcalls_front_ring_t
        assert_eq!(size_of::<xen_pvcalls_front_ring_t>(), 24usize, "size of xen_pvcalls_front_ring_t");
        assert_eq!(align_of::<xen_pvcalls_front_ring_t>(), 8usize, "alignment of xen_pvcalls_front_ring_t");
        // xen_pvcalls_sring_t
        assert_eq!(size_of::<xen_pvcalls_sring_t>(), 64usize, "size of xen_pvcalls_sring_t");
        assert_eq!(align_of::<xen_pvcalls_sring_t>(), 8usize, "alignment of xen_pvcalls_sring_t");
        // xen_remove_from_physmap_t
        assert_eq!(size_of::<xen_remove_from_physmap_t>(), 16usize, "size of xen_remove_from_physmap_t");
        assert_eq!(align_of::<xen_remove_from_physmap_t>(), 8usize, "alignment of xen_remove_from_physmap_t");
        // xen_sndif_back_ring_t
        assert_eq!(size_of::<xen_sndif_back_ring_t>(), 24usize, "size of xen_sndif_back_ring_t");
        assert_eq!(align_of::<xen_sndif_back_ring_t>(), 8usize, "alignment of xen_sndif_back_ring_t");
        // xen_sndif_front_ring_t
        assert_eq!(size_of::<xen_sndif_front_ring_t>(), 24usize, "size of xen_sndif_front_ring_t");
        assert_eq!(align_of::<xen_sndif_front_ring_t>(), 8usize, "alignment of xen_sndif_front_ring_t");
        // xen_sndif_sring_t
        assert_eq!(size_of::<xen_sndif_sring_t>(), 64usize, "size of xen_sndif_sring_t");
        assert_eq!(align_of::<xen_sndif_sring_t>(), 8usize, "alignment of xen_sndif_sring_t");
        // xen_uuid_t
        assert_eq!(size_of::<xen_uuid_t>(), 16usize, "size of xen_uuid_t");
        assert_eq!(align_of::<xen_uuid_t>(), 1usize, "alignment of xen_uuid_t");
        assert_eq!(offset!(xen_uuid_t, a), 0usize, "offset of xen_uuid_t.a");
        // xen_varbuf_t
        assert_eq!(size_of::<xen_varbuf_t>(), 4usize, "size of xen_varbuf_t");
        assert_eq!(align_of::<xen_varbuf_t>(), 4usize, "alignment of xen_varbuf_t");
        // xen_vmemrange_t
        assert_eq!(size_of::<xen_vmemrange_t>(), 24usize, "size of xen_vmemrange_t");
        assert_eq!(align_of::<xen_vmemrange_t>(), 8usize, "alignment of xen_vmemrange_t");
        // xen_vnuma_topology_info_t
        assert_eq!(size_of::<xen_vnuma_topology_info_t>(), 40usize, "size of xen_vnuma_topology_info_t");
        assert_eq!(align_of::<xen_vnuma_topology_info_t>(), 8usize, "alignment of xen_vnuma_topology_info_t");
        // xennmi_callback_t
        assert_eq!(size_of::<xennmi_callback_t>(), 16usize, "size of xennmi_callback_t");
        assert_eq!(align_of::<xennmi_callback_t>(), 8usize, "alignment of xennmi_callback_t");
        // xenoprof_buf_t
        assert_eq!(size_of::<xenoprof_buf_t>(), 64usize, "size of xenoprof_buf_t");
        assert_eq!(align_of::<xenoprof_buf_t>(), 8usize, "alignment of xenoprof_buf_t");
        // xenoprof_counter_t
        assert_eq!(size_of::<xenoprof_counter_t>(), 48usize, "size of xenoprof_counter_t");
        assert_eq!(align_of::<xenoprof_counter_t>(), 8usize, "alignment of xenoprof_counter_t");
        // xenoprof_get_buffer_t
        assert_eq!(size_of::<xenoprof_get_buffer_t>(), 24usize, "size of xenoprof_get_buffer_t");
        assert_eq!(align_of::<xenoprof_get_buffer_t>(), 8usize, "alignment of xenoprof_get_buffer_t");
        // xenoprof_ibs_counter_t
        assert_eq!(size_of::<xenoprof_ibs_counter_t>(), 48usize, "size of xenoprof_ibs_counter_t");
        assert_eq!(align_of::<xenoprof_ibs_counter_t>(), 8usize, "alignment of xenoprof_ibs_counter_t");
        // xenoprof_init_t
        assert_eq!(size_of::<xenoprof_init_t>(), 72usize, "size of xenoprof_init_t");
        assert_eq!(align_of::<xenoprof_init_t>(), 4usize, "alignment of xenoprof_init_t");
        // xenoprof_passive_t
        assert_eq!(size_of::<xenoprof_passive_t>(), 24usize, "size of xenoprof_passive_t");
        assert_eq!(align_of::<xenoprof_passive_t>(), 8usize, "alignment of xenoprof_passive_t");
        // xenpf_add_memtype_t
        assert_eq!(size_of::<xenpf_add_memtype_t>(), 32usize, "size of xenpf_add_memtype_t");
        assert_eq!(align_of::<xenpf_add_memtype_t>(), 8usize, "alignment of xenpf_add_memtype_t");
        // xenpf_change_freq_t
        assert_eq!(size_of::<xenpf_change_freq_t>(), 16usize, "size of xenpf_change_freq_t");
        assert_eq!(align_of::<xenpf_change_freq_t>(), 8usize, "alignment of xenpf_change_freq_t");
        // xenpf_core_parking_t
        assert_eq!(size_of::<xenpf_core_parking_t>(), 8usize, "size of xenpf_core_parking_t");
        assert_eq!(align_of::<xenpf_core_parking_t>(), 4usize, "alignment of xenpf_core_parking_t");
        // xenpf_cpu_hotadd_t
        assert_eq!(size_of::<xenpf_cpu_hotadd_t>(), 12usize, "size of xenpf_cpu_hotadd_t");
        assert_eq!(align_of::<xenpf_cpu_hotadd_t>(), 4usize, "alignment of xenpf_cpu_hotadd_t");
        // xenpf_cpu_ol_t
        assert_eq!(size_of::<xenpf_cpu_ol_t>(), 4usize, "size of xenpf_cpu_ol_t");
        assert_eq!(align_of::<xenpf_cpu_ol_t>(), 4usize, "alignment of xenpf_cpu_ol_t");
        // xenpf_del_memtype_t
        assert_eq!(size_of::<xenpf_del_memtype_t>(), 8usize, "size of xenpf_del_memtype_t");
        assert_eq!(align_of::<xenpf_del_memtype_t>(), 4usize, "alignment of xenpf_del_memtype_t");
        // xenpf_dom0_console_t
        assert_eq!(size_of::<xenpf_dom0_console_t>(), 40usize, "size of xenpf_dom0_console_t");
        assert_eq!(align_of::<xenpf_dom0_console_t>(), 4usize, "alignment of xenpf_dom0_console_t");
        // xenpf_efi_runtime_call_t
        assert_eq!(size_of::<xenpf_efi_runtime_call_t>(), 56usize, "size of xenpf_efi_runtime_call_t");
        assert_eq!(align_of::<xenpf_efi_runtime_call_t>(), 8usize, "alignment of xenpf_efi_runtime_call_t");
        // xenpf_enter_acpi_sleep_t
        assert_eq!(size_of::<xenpf_enter_acpi_sleep_t>(), 12usize, "size of xenpf_enter_acpi_sleep_t");
        assert_eq!(align_of::<xenpf_enter_acpi_sleep_t>(), 4usize, "alignment of xenpf_enter_acpi_sleep_t");
        // xenpf_firmware_info_t
        assert_eq!(size_of::<xenpf_firmware_info_t>(), 40usize, "size of xenpf_firmware_info_t");
        assert_eq!(align_of::<xenpf_firmware_info_t>(), 8usize, "alignment of xenpf_firmware_info_t");
        // xenpf_getidletime_t
        assert_eq!(size_of::<xenpf_getidletime_t>(), 32usize, "size of xenpf_getidletime_t");
        assert_eq!(align_of::<xenpf_getidletime_t>(), 8usize, "alignment of xenpf_getidletime_t");
        // xenpf_mem_hotadd_t
        assert_eq!(size_of::<xenpf_mem_hotadd_t>(), 24usize, "size of xenpf_mem_hotadd_t");
        assert_eq!(align_of::<xenpf_mem_hotadd_t>(), 8usize, "alignment of xenpf_mem_hotadd_t");
        // xenpf_microcode_update2_t
        assert_eq!(size_of::<xenpf_microcode_update2_t>(), 16usize, "size of xenpf_microcode_update2_t");
        assert_eq!(align_of::<xenpf_microcode_update2_t>(), 8usize, "alignment of xenpf_microcode_update2_t");
        // xenpf_microcode_update_t
        assert_eq!(size_of::<xenpf_microcode_update_t>(), 16usize, "size of xenpf_microcode_update_t");
        assert_eq!(align_of::<xenpf_microcode_update_t>(), 8usize, "alignment of xenpf_microcode_update_t");
        // xenpf_pcpu_version_t
        assert_eq!(size_of::<xenpf_pcpu_version_t>(), 32usize, "size of xenpf_pcpu_version_t");
        assert_eq!(align_of::<xenpf_pcpu_version_t>(), 4usize, "alignment of xenpf_pcpu_version_t");
        // xenpf_pcpuinfo_t
        assert_eq!(size_of::<xenpf_pcpuinfo_t>(), 20usize, "size of xenpf_pcpuinfo_t");
        assert_eq!(align_of::<xenpf_pcpuinfo_t>(), 4usize, "alignment of xenpf_pcpuinfo_t");
        // xenpf_platform_quirk_t
        assert_eq!(size_of::<xenpf_platform_quirk_t>(), 4usize, "size of xenpf_platform_quirk_t");
        assert_eq!(align_of::<xenpf_platform_quirk_t>(), 4usize, "alignment of xenpf_platform_quirk_t");
        // xenpf_read_memtype_t
        assert_eq!(size_of::<xenpf_read_memtype_t>(), 32usize, "size of xenpf_read_memtype_t");
        assert_eq!(align_of::<xenpf_read_memtype_t>(), 8usize, "alignment of xenpf_read_memtype_t");
        // xenpf_resource_entry_t
        assert_eq!(size_of::<xenpf_resource_entry_t>(), 24usize, "size of xenpf_resource_entry_t");
        assert_eq!(align_of::<xenpf_resource_entry_t>(), 8usize, "alignment of xenpf_resource_entry_t");
        // xenpf_resource_op_t
        assert_eq!(size_of::<xenpf_resource_op_t>(), 16usize, "size of xenpf_resource_op_t");
        assert_eq!(align_of::<xenpf_resource_op_t>(), 8usize, "alignment of xenpf_resource_op_t");
        // xenpf_settime32_t
        assert_eq!(size_of::<xenpf_settime32_t>(), 16usize, "size of xenpf_settime32_t");
        assert_eq!(align_of::<xenpf_settime32_t>(), 8usize, "alignment of xenpf_settime32_t");
        // xenpf_settime64_t
        assert_eq!(size_of::<xenpf_settime64_t>(), 24usize, "size of xenpf_settime64_t");
        assert_eq!(align_of::<xenpf_settime64_t>(), 8usize, "alignment of xenpf_settime64_t");
        // xenpf_settime_t
        assert_eq!(size_of::<xenpf_settime_t>(), 24usize, "size of xenpf_settime_t");
        assert_eq!(align_of::<xenpf_settime_t>(), 8usize, "alignment of xenpf_settime_t");
        // xenpf_symdata_t
        assert_eq!(size_of::<xenpf_symdata_t>(), 32usize, "size of xenpf_symdata_t");
        assert_eq!(align_of::<xenpf_symdata_t>(), 8usize, "alignment of xenpf_symdata_t");
        // xenpf_ucode_revision_t
        assert_eq!(size_of::<xenpf_ucode_revision_t>(), 16usize, "size of xenpf_ucode_revision_t");
        assert_eq!(align_of::<xenpf_ucode_revision_t>(), 4usize, "alignment of xenpf_ucode_revision_t");
    }

}
