"""The catalogue on disk: documents, codecs and the shared layout table.

Imports: xen_abi.common, xen_abi.ir, xen_abi.frontend (the hypercall codecs).
"""
