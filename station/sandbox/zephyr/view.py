"""What the groups see of the firmware that runs them (kept apart so groups import no firmware)."""

from __future__ import annotations

from typing import Protocol

from station.sandbox.zephyr.filestore import FileStore


class FirmwareView(Protocol):
    store: FileStore
    reset_now: bool

    @property
    def release(self) -> str: ...

    def has(self, trait: str) -> bool: ...

    def once(self, trait: str) -> bool: ...

    def next_hwinfo_call(self) -> int: ...

    def stores_other(self) -> str | None: ...
