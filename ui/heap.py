"""The start-up heap out of the cyclic garbage collector's way.

Before its first attempt a station holds a few hundred thousand long-lived objects: Qt's and
the libraries' modules, the window, the engine. CPython's cyclic collector walks all of them
again in every full (generation 2) collection, on whichever thread's allocation set it off, the
GUI thread included: 85 ms there in one run of bench/gui_bench.py while sixteen slots
provisioned, five frames without input or painting. `gc.freeze()` moves every object alive now
to a generation the collector never walks, so a full collection only looks at what was made
since. A collection first, while nothing provisions, so that no garbage of the start-up (or of
the window a restart replaced) is frozen with them.
"""

from __future__ import annotations

import gc
import logging
import time

log = logging.getLogger(__name__)


def freeze_startup_heap() -> int:
    """Collect, then freeze what is alive; returns how many objects are frozen now. Call once
    the window and the engine are built (the application does when its engine is up)."""
    started = time.perf_counter()
    gc.collect()
    gc.freeze()
    frozen = gc.get_freeze_count()
    log.debug(
        "froze %d start-up objects in %.0f ms", frozen, (time.perf_counter() - started) * 1000
    )
    return frozen
