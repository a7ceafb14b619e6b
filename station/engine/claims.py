"""Which device ID each slot is working on right now, so one identity never runs twice."""

from __future__ import annotations

import threading


class DeviceClaims:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._by_device: dict[str, str] = {}

    def claim(self, device_id: str, slot: str) -> str | None:
        """Claim `device_id` for `slot`; return the other slot holding it, if any."""
        with self._lock:
            holder = self._by_device.setdefault(device_id, slot)
            return None if holder == slot else holder

    def release(self, device_id: str, slot: str) -> None:
        with self._lock:
            if self._by_device.get(device_id) == slot:
                del self._by_device[device_id]
