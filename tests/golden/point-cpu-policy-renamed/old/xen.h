#ifndef __XEN_PUBLIC_XEN_H__
#define __XEN_PUBLIC_XEN_H__
#include "xen-compat.h"

#define __HYPERVISOR_memory_op 12
#define __HYPERVISOR_domctl 36

typedef uint16_t domid_t;
#endif
