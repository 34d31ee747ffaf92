"""``python -m generator``."""

import gc
import os
import sys

# A generation allocates millions of objects that live until the process ends (the IR, kept for the report).
# The pipeline keeps the cyclic collector off while it works; turned back on, its first collection would scan
# all of them at once (about 0.7 s on GitHub's spec, a sixth of an edit's regeneration) only to exit. The
# command is one short process, so the collector stays off: reference counting frees what dies.
gc.disable()

from .cli import (
    main,
)  # noqa: E402  (after the collector is off: the imports allocate too)

status = main()
# Everything is written and closed by now. Tearing down the interpreter would free the spec, its typed model
# and the IR object by object (a fifth of a second on a big spec) for nothing: flush and leave.
sys.stdout.flush()
sys.stderr.flush()
os._exit(status)
