"""A program whose one hypercall Xen refuses (a failure-mode check of the harness and the bindings).

It asks for the current reservation of DOMID_INVALID, which no domain has:
Xen answers -ESRCH.  Like the real program it records the failure (call,
errno, Xen's name, from the bindings' ``XenError``) in its JSON and exits 1.
"""

import json
import sys

from xen_abi_bindings import XenError, core
from xen_abi_bindings.privcmd import Privcmd

b = core()
result = {"errors": []}
with Privcmd() as pc:
    buf = pc.hypercall_buffer(b.layout("domid_t").size)
    b.cast("domid_t", buf.memory)[0] = b.DOMID_INVALID
    try:
        result["current_reservation"] = pc.hypercall(
            b.constant("__HYPERVISOR_memory_op"), b.XENMEM_current_reservation, buf.address
        )
    except XenError as exc:
        result["errors"].append({"call": "memory_op current_reservation", "errno": exc.errno, "name": exc.xen_name})
print(json.dumps(result, indent=1, sort_keys=True))
sys.exit(1 if result["errors"] else 0)
