"""Incremental regeneration: what each output was made from, so that the next run redoes only what changed.

A full run is the reference. Everything here reuses a previous result only when every input it was made from is
the same as now (compared by digest), so an incremental run gives exactly the bytes of a full run
(``tests/incremental`` checks this over random edit sequences).

``loading`` keeps the spec's units that needed no repair (``loader.units``), ``lowering`` the component
schemas' lowering, ``operations`` each operation's; ``digest`` fingerprints IR values, ``tracking`` records
which API-wide state a rendering reads, ``renders`` keeps each output file's inputs and result between runs,
``snapshots`` the API snapshot's entries, and ``written`` knows which files are still as the last run wrote
them (so that they are neither read back nor rewritten).
"""
