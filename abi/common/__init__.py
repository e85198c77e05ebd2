"""Shared helpers with no knowledge of the ABI: errors and exit statuses, C spelling parsing,
escaping per target language, safe output writing, input limits, release names.

Imports: nothing of xen_abi.
"""
