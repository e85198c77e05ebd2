/* xen-abi's freestanding <sys/types.h>, for io/libxenvchan.h. */
#include <stdint.h>
#include <stddef.h>
