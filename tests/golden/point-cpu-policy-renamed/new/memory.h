#ifndef __XEN_PUBLIC_MEMORY_H__
#define __XEN_PUBLIC_MEMORY_H__
#include "xen.h"
#define XENMEM_increase_reservation 0
struct xen_memory_reservation {
    uint64_t nr_extents;
    uint32_t extent_order;
    domid_t domid;
};
struct xen_foo {
    uint32_t a;
};

#endif
