#ifndef __XEN_PUBLIC_XEN_H__
#define __XEN_PUBLIC_XEN_H__
#include "xen-compat.h"
#if !defined(__XEN_TOOLS__) && !defined(__XEN__)
#error "tools only"
#endif
#define __HYPERVISOR_memory_op 12
#define __HYPERVISOR_domctl 36

typedef uint16_t domid_t;
#endif
