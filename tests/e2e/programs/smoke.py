"""The harness's own smoke program: proves dom0 came up with xenfs and privcmd, using no bindings.

Prints one JSON object (the harness frames it on the console) and exits 0
only when every check holds.
"""

import json
import os
import sys


def read(path):
    with open(path) as f:
        return f.read().strip()


def main():
    version = {part: read(f"/sys/hypervisor/version/{part}") for part in ("major", "minor", "extra")}
    result = {
        "hypervisor_type": read("/sys/hypervisor/type"),
        "version": version,
        "privcmd": os.path.exists("/dev/xen/privcmd"),
        "hypercall": os.path.exists("/dev/xen/hypercall"),
        "xenfs_capabilities": read("/proc/xen/capabilities"),
        "python": sys.version.split()[0],
    }
    json.dump(result, sys.stdout, indent=1, sort_keys=True)
    print()
    ok = result["hypervisor_type"] == "xen" and result["privcmd"] and result["xenfs_capabilities"] == "control_d"
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
