"""From headers to the IR: source trees, cpp, pycparser, the layout engine, constants,
hypercalls, ingest, the clang cross-check, header population.

Imports: xen_abi.common and xen_abi.ir.
"""
