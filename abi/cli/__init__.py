"""The command line: argparse only here, one module per command group; each command imports its
implementation when it runs, so `xen-abi --help` stays light.

Imports: anything.
"""
