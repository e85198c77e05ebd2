"""Shared helpers with no knowledge of the ABI: errors and exit statuses, C spelling parsing.

Imports: nothing of xen_abi.
"""
