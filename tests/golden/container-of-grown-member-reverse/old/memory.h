#ifndef __XEN_PUBLIC_MEMORY_H__
#define __XEN_PUBLIC_MEMORY_H__
#include "xen.h"
#define XENMEM_increase_reservation 0
struct xen_memory_reservation {
    uint64_t nr_extents;
    uint32_t extent_order;
    domid_t domid;
};
struct xen_inner {
    uint32_t a;
    uint32_t b;
};
struct xen_outer {
    struct xen_inner in;
    uint32_t z;
};
#endif
