"""Build the end-to-end artefacts or boot a program in dom0 by hand: ``python3 tests/e2e/run.py --help``."""

import sys

from xen_e2e.cli import main

if __name__ == "__main__":
    sys.exit(main())
