/* xen-abi's freestanding <stddef.h>: size_t is what io/ring.h's flex rings use. */
#ifndef XEN_ABI_STDDEF_H
#define XEN_ABI_STDDEF_H
typedef unsigned long size_t;
#endif
