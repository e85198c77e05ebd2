"""Analyses computed once over the IR: stability classification.

Imports: xen_abi.common, xen_abi.ir.
"""
