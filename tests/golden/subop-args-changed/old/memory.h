#ifndef __XEN_PUBLIC_MEMORY_H__
#define __XEN_PUBLIC_MEMORY_H__
#include "xen.h"
#define XENMEM_increase_reservation 0
struct xen_memory_reservation {
    uint64_t nr_extents;
    uint32_t extent_order;
    domid_t domid;
};
#define XENMEM_frob 7
struct xen_alpha {
    uint32_t a;
};
struct xen_beta {
    uint64_t b;
};
#endif
