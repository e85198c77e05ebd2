"""Code generation from the catalogue (cffi package, C header, Rust crate): jinja2 templates and renderers.

Imports: anything up to xen_abi.store, xen_abi.analysis and xen_abi.compare; no argparse (that is xen_abi.cli.codegen).
"""
