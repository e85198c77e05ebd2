#ifndef __XEN_PUBLIC_DOMCTL_H__
#define __XEN_PUBLIC_DOMCTL_H__
#include "xen.h"
#if defined(__XEN__) || defined(__XEN_TOOLS__)
#define XEN_DOMCTL_INTERFACE_VERSION 0x00000001
struct xen_domctl_pause {
    uint32_t flags;
};
struct xen_domctl {
    uint32_t cmd;
#define XEN_DOMCTL_pausedomain 3

    uint32_t interface_version;
    domid_t domain;
};
#endif
#endif
