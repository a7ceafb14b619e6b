"""The start-up heap is frozen out of the cyclic collector's full collections, and no garbage
of the start-up is frozen with it."""

from __future__ import annotations

import gc
import weakref

from ui.heap import freeze_startup_heap


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the cyclic collector frees it


def test_what_lives_is_frozen_and_garbage_is_collected_first() -> None:
    alive = [_Node() for _ in range(1000)]
    garbage = _Node()
    gone = weakref.ref(garbage)
    del garbage
    try:
        frozen = freeze_startup_heap()
        assert gone() is None, "start-up garbage was frozen instead of collected"
        assert frozen == gc.get_freeze_count() >= len(alive)
        tracked = {id(o) for o in gc.get_objects(generation=2)}
        assert not any(id(node) in tracked for node in alive), "a full collection walks them"
    finally:
        gc.unfreeze()  # the rest of the test run collects as usual
