"""The intermediate representation: plain dataclasses and enums (model, architectures).

Imports: xen_abi.common only.
"""
