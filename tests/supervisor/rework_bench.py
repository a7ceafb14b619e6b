"""What a rework bench does to a simulated device: erase its secure storage, back to factory
mode. The simulator has no command for it (a real device needs a debug probe or a rework
firmware), so the bench edits the device's persisted chip state while it is unplugged."""

from __future__ import annotations

from station.device.protocol import StorageKind
from station.sandbox.fixture import SimulatedFixture
from station.sandbox.sim import storage


def erase_to_factory_mode(fixture: SimulatedFixture, slot: str) -> str:
    """Unplug, erase, plug back; returns the device's new port. Secure storage only."""
    fixture.unplug(slot)
    path = storage.state_path(fixture.state_dir, slot)
    state = storage.load(path)
    assert state.storage is StorageKind.SECURE, "OTP cannot be erased"
    state.record = None
    state.corrupt = False
    state.partial_bytes = 0
    state.locked = False
    storage.save(path, state)
    return fixture.plug(slot)
