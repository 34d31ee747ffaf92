"""``python -m generator``."""

import os
import sys

from .cli import main

status = main()
# Everything is written and closed by now. Tearing down the interpreter would free the spec, its typed model
# and the IR object by object (a fifth of a second on a big spec) for nothing: flush and leave.
sys.stdout.flush()
sys.stderr.flush()
os._exit(status)
