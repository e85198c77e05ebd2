"""``xen-abi audit``: which Xen releases a program runs on, unchanged, and why not.

A stage at the level of the queries: it reads the catalogue (``xen_abi.store.catalogue``),
its verdicts (``xen_abi.queries``: stable, query) and the reviewed library table
(``abi/data/libraries.toml``), and renders per architecture and dom0 kind.
"""

from xen_abi.audit.core import DEFAULT_ARCHS, FAIL_ON, AuditReport, audit

__all__ = ["DEFAULT_ARCHS", "FAIL_ON", "AuditReport", "audit"]
