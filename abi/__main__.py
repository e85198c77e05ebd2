import sys

from xen_abi.cli.main import main

sys.exit(main())
