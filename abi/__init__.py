"""xen-abi: the catalogue of Xen's hypercall ABI, and the tool that keeps it."""

__version__ = "0.1.0"
