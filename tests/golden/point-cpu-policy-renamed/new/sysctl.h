#ifndef __XEN_PUBLIC_SYSCTL_H__
#define __XEN_PUBLIC_SYSCTL_H__
#if !defined(__XEN__) && !defined(__XEN_TOOLS__)
#error "sysctl operations are intended for use by node control tools only"
#endif
#include "xen.h"
#define XEN_SYSCTL_INTERFACE_VERSION 0x00000015
/* Xen 4.17.2's sysctl.h, cut down: the CPU featureset and policy sub-ops. */
struct xen_sysctl_cpu_featureset {
#define XEN_SYSCTL_cpu_featureset_raw      0
#define XEN_SYSCTL_cpu_featureset_host     1
#define XEN_SYSCTL_cpu_featureset_pv       2
#define XEN_SYSCTL_cpu_featureset_hvm      3
#define XEN_SYSCTL_cpu_featureset_pv_max   4
#define XEN_SYSCTL_cpu_featureset_hvm_max  5
    uint32_t index;       /* IN: Which featureset to query? */
    uint32_t nr_features; /* IN/OUT: Number of entries in/written to
                           * 'features', or the maximum number of features if
                           * the guest handle is NULL. */
};
struct xen_sysctl_cpu_policy {
    uint32_t index;       /* IN: Which policy to query? */
    uint32_t nr_leaves;   /* IN/OUT: Number of leaves in/written to 'leaves',
                           * or the max number if 'leaves' is NULL. */
    uint32_t nr_msrs;     /* IN/OUT: Number of MSRs in/written to 'msrs', or
                           * the max number of if 'msrs' is NULL. */
    uint32_t _rsvd;       /* Must be zero. */
    uint64_t leaves; /* OUT */
    uint64_t  msrs;   /* OUT */
};
#endif
