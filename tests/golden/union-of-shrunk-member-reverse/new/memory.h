#ifndef __XEN_PUBLIC_MEMORY_H__
#define __XEN_PUBLIC_MEMORY_H__
#include "xen.h"
#define XENMEM_increase_reservation 0
struct xen_memory_reservation {
    uint64_t nr_extents;
    uint32_t extent_order;
    domid_t domid;
};
struct xen_req {
    uint32_t a;
    uint32_t b;
};
struct xen_rsp {
    uint64_t r[4];
};
union xen_entry {
    struct xen_req req;
    struct xen_rsp rsp;
};
#endif
