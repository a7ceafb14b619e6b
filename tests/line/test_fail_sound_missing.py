"""A station whose fail sound cannot play says so in the operator's language: the notice carries
the sound's message ID, not only its English."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from station.engine.events import Result, SlotState, StationNotice
from tests.line.conftest import Rig


def test_a_missing_player_is_a_notice_by_message_id(
    line_station: Callable[..., Rig], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A PATH holding everything the run needs but pacat, the player the fail sound goes through.
    bare = tmp_path / "bin"
    bare.mkdir()
    for directory in os.environ["PATH"].split(os.pathsep):
        for entry in Path(directory).glob("*") if Path(directory).is_dir() else ():
            if entry.name != "pacat" and not (bare / entry.name).exists():
                (bare / entry.name).symlink_to(entry)
    monkeypatch.setenv("PATH", str(bare))
    assert shutil.which("pacat") is None

    def sound_on(document: dict) -> None:  # type: ignore[type-arg]
        document["line"]["fail_sound"] = True

    _env, runner, events, _journal = line_station(
        slots=1, faults="slot1:refuse=UNKNOWN@identify*always", edit=sound_on
    )
    events.wait_for(lambda _: runner.snapshots()[0].state is SlotState.READY)
    runner.start("1")
    events.wait_for(lambda _: len(events.finished()) == 1)
    assert events.finished()[0].snapshot.result is not Result.PASS

    events.wait_for(lambda items: _sound_notices(items) != [], timeout=20.0)
    (notice,) = _sound_notices(events.items)
    assert notice.level == "warning"
    assert notice.text is not None and notice.text.id == "sound.no_pacat"
    assert notice.action_text is not None and notice.action_text.id == "sound.no_pacat.action"


def _sound_notices(items: Sequence[object]) -> list[StationNotice]:
    return [
        e
        for e in items
        if isinstance(e, StationNotice) and e.text is not None and e.text.id.startswith("sound.")
    ]
