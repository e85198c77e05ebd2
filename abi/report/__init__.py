"""The static compatibility site: its model (site), its jinja2 rendering (render) and templates.

Imports: anything below (up to xen_abi.present); no argparse.
"""
