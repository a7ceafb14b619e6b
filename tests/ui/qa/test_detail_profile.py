"""The QA detail pane shows which device profile identified the device and its facts."""

from __future__ import annotations

from datetime import UTC, datetime

from pytestqt.qtbot import QtBot

from station.journal import AttemptDetail, AttemptRow
from ui.qa.detail_pane import AttemptDetailPane


def _row() -> AttemptRow:
    now = datetime(2026, 12, 6, 12, 0, tzinfo=UTC)
    return AttemptRow(
        attempt_id="a1", station_id="pc1", slot="2", operator="op", target_name="t",
        realm="plant1", pairing_url="https://p", started_at=now, finished_at=now,
        device_id="dev", hardware_serial="SN1", model="ESP32-S3", firmware="", storage_kind="nvs",
        result="PASS", error_class="", message="Provisioned.", action="", fingerprint="ab",
    )  # fmt: skip


def test_the_pane_shows_the_profile_and_its_facts(qtbot: QtBot) -> None:
    pane = AttemptDetailPane()
    qtbot.addWidget(pane)
    pane.show_detail(
        AttemptDetail(
            row=_row(),
            steps=(),
            intents=(),
            profile="esp32-astarte-nvs",
            facts={"mac": "24:0a:c4:00:00:01", "chip": "ESP32-S3"},
        )
    )
    assert pane.values["profile"].text() == (
        "esp32-astarte-nvs  ·  chip ESP32-S3  ·  mac 24:0a:c4:00:00:01"
    )
    pane.show_detail(AttemptDetail(row=_row(), steps=(), intents=()))
    assert pane.values["profile"].text() == "—"
