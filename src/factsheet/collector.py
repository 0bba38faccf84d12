"""Pausing Python's cyclic garbage collector while the facts are loaded and rendered.

Loading, validating and rendering allocate millions of long-lived objects that hold no
reference cycles (YAML nodes, plain data, records, Markdown strings): the collector finds no
garbage in them, yet with the default thresholds it would scan them again and again (the
measurements are in BENCHMARK.md). Reference counting frees everything as before; only cycles
wait until the block ends.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def collector_paused(*, keep_frozen: bool = False) -> Iterator[None]:
    """Run the block without the cyclic collector, then resume it without making it scan
    what the block built.

    On the way out, ``gc.freeze()`` moves the survivors out of the collector's generations.
    By default ``gc.unfreeze()`` then puts them into the oldest generation, which is scanned
    only when it has grown by a quarter (left young, the first collection afterwards would
    traverse all of them). With ``keep_frozen`` they stay frozen, out of every collection,
    until the caller calls ``gc.unfreeze()``: the MkDocs plugin does so when the build ends.
    A collector that was already paused stays paused.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        if not keep_frozen:
            gc.unfreeze()
        if enabled:
            gc.enable()
