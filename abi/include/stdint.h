/* xen-abi's freestanding <stdint.h>: the fixed-width types on every target
 * xen-abi lays out (ILP32 and LP64), so the host's C library never matters. */
#ifndef XEN_ABI_STDINT_H
#define XEN_ABI_STDINT_H
typedef signed char int8_t;
typedef unsigned char uint8_t;
typedef short int16_t;
typedef unsigned short uint16_t;
typedef int int32_t;
typedef unsigned int uint32_t;
typedef long long int64_t;
typedef unsigned long long uint64_t;
typedef long intptr_t;
typedef unsigned long uintptr_t;
#endif
