import sys

from xen_e2e.cli import main

sys.exit(main())
