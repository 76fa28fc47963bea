"""``python -m claimtrace``: the same command line as the ``claimtrace`` script."""
import sys

from .cli.main import main

sys.exit(main())
