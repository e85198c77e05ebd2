#ifndef __XEN_PUBLIC_SYSCTL_H__
#define __XEN_PUBLIC_SYSCTL_H__
#if !defined(__XEN__) && !defined(__XEN_TOOLS__)
#error "sysctl operations are intended for use by node control tools only"
#endif
#include "xen.h"
#define XEN_SYSCTL_INTERFACE_VERSION 0x00000015
/* Xen 4.17.2's sysctl.h, cut down: the livepatch payload, which only the hypervisor sees. */
#define LIVEPATCH_PAYLOAD_VERSION 2
#ifdef __XEN__
#define LIVEPATCH_OPAQUE_SIZE 31
struct livepatch_func {
    const char *name;       /* Name of function to be patched. */
    uint32_t new_size;
    uint32_t old_size;
    uint8_t version;        /* MUST be LIVEPATCH_PAYLOAD_VERSION. */
    uint8_t opaque[LIVEPATCH_OPAQUE_SIZE];
    uint8_t applied;
    uint8_t patch_offset;
    uint8_t _pad[6];
};
#endif
struct xen_sysctl_dt_overlay {
    uint32_t size; /* Length of the path */
    uint64_t path; /* path to the device tree node */
};
#endif
