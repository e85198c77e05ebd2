#ifndef __XEN_PUBLIC_DOMCTL_H__
#define __XEN_PUBLIC_DOMCTL_H__
#include "xen.h"
#if defined(__XEN__) || defined(__XEN_TOOLS__)
#define XEN_DOMCTL_INTERFACE_VERSION 0x00000001
#define XEN_DOMCTL_pausedomain 3
struct xen_domctl_pause {
    uint32_t flags;
};
#endif
#endif
