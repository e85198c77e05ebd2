"""xen-abi: the catalogue of Xen's hypercall ABI, and the tool that keeps it.

The pipeline, one subpackage per stage, each importing only those before it
(tests/test_layering.py): common, ir, frontend, store, analysis, compare,
build and queries, present, report and codegen, cli.
"""

__version__ = "0.1.0"
