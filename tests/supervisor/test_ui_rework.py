"""Rework from the operator window (pytest-qt, offscreen, real engine, devices and stand-in):
an operator cannot unregister; a supervisor checks the storage of the device on a slot,
unregisters it with a reason, and the override applies to that slot's next attempt only."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from station.engine.events import SlotState
from station.roles import NotPermitted
from tests.supervisor.conftest import WAIT_MS, Supervised
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.i18n.languages import Languages
from ui.supervisor.rework_dialog import ReworkDialog, open_rework

Factory = Callable[..., Supervised]
__all__ = ["qm_dir", "station_languages"]


def _provision(st: Supervised, want: SlotState) -> None:
    st.qtbot.waitUntil(
        lambda: st.window.fixture.snapshot("1").state is SlotState.READY, timeout=WAIT_MS
    )
    st.window.start_slot("1")
    st.qtbot.waitUntil(lambda: st.window.fixture.snapshot("1").state is want, timeout=WAIT_MS)


def _provision_again(st: Supervised, want: SlotState) -> None:
    """The same device once more (the tile shows the last result, so the engine is asked
    directly, as the operator does after reseating the device)."""
    finished: list[object] = []
    st.window.bridge.attemptFinished.connect(finished.append)
    assert st.runner.start("1")
    st.qtbot.waitUntil(lambda: bool(finished), timeout=WAIT_MS)
    assert st.window.fixture.snapshot("1").state is want


def _check(st: Supervised, dialog: ReworkDialog) -> None:
    dialog.check_button.click()
    st.qtbot.waitUntil(lambda: dialog.verdict.text() not in ("Checking…",), timeout=WAIT_MS)


def test_an_operator_cannot_unregister(supervised: Factory) -> None:
    st = supervised()
    assert not st.tools.rework_action.isEnabled()
    assert st.tools.open_rework() is None
    assert "only a supervisor may unregister" in st.window.notices.text.text()
    with pytest.raises(NotPermitted):
        open_rework(st.tools.book.config, st.env.fixture_name, st.journal, st.tools.roles, dict)


def test_supervisor_unregisters_a_locked_device_and_allows_it_once(supervised: Factory) -> None:
    st = supervised(storage="secure")
    assert st.env.standin is not None
    _provision(st, SlotState.PASS)
    device_id = st.window.fixture.snapshot("1").device_id
    assert device_id

    st.sign_in_supervisor()
    dialog = st.tools.open_rework("1")
    assert dialog is not None
    assert dialog.device_id.text() == device_id
    assert not dialog.unregister_button.isEnabled()  # no storage check yet
    _check(st, dialog)
    assert "locked" in dialog.verdict.text() and "rework bench" in dialog.verdict.text()
    assert not dialog.confirm.isVisible()
    assert not dialog.unregister_button.isEnabled()  # no reason yet
    dialog.reason.setText("returned by customer, RMA 4711")
    assert dialog.unregister_button.isEnabled()
    dialog.unregister_button.click()
    st.qtbot.waitUntil(lambda: dialog.unregistered is not None, timeout=WAIT_MS)
    assert "is unregistered" in dialog.status.text()
    state = st.env.standin.device_state("demo", device_id)
    assert state is not None and not state.secret_set

    assert not st.runner.override_passed
    dialog.override_button.click()
    st.qtbot.waitUntil(lambda: st.tools.override_active, timeout=WAIT_MS)
    assert st.runner.override_passed
    assert "override" in st.window.notices.text.text().lower()

    # Still locked (the bench has not erased it): the attempt ends as already provisioned,
    # and the override ends with it.
    _provision_again(st, SlotState.ALREADY_PROVISIONED)
    st.qtbot.waitUntil(lambda: not st.tools.override_active, timeout=WAIT_MS)
    assert not st.runner.override_passed
    kinds = [k for k, _ in st.events()]
    assert kinds == ["signin", "unregister", "override"]
    unregister = next(e for e in st.journal.audit_events() if e.kind == "unregister")
    assert unregister.reason == "returned by customer, RMA 4711"
    assert unregister.details["storage_check"] == "needs_factory_reset (from device)"


def test_otp_device_on_a_slot_needs_the_loss_confirmed(supervised: Factory) -> None:
    st = supervised(storage="otp")
    _provision(st, SlotState.PASS)
    st.sign_in_supervisor()
    dialog = st.tools.open_rework("1")
    assert dialog is not None
    _check(st, dialog)
    assert "cannot take a new one" in dialog.verdict.text()
    assert dialog.confirm.isVisibleTo(dialog)
    dialog.reason.setText("tampered seal, unit to be scrapped")
    assert not dialog.unregister_button.isEnabled()
    dialog.confirm.setChecked(True)
    assert dialog.unregister_button.isEnabled()


def test_override_ends_when_the_supervisor_session_ends(supervised: Factory) -> None:
    st = supervised()
    st.sign_in_supervisor()
    dialog = st.tools.open_rework()
    assert dialog is not None
    dialog.device_id.setText("AAAAAAAAAAAAAAAAAAAAAA")
    _check(st, dialog)
    assert "not on a slot" in dialog.verdict.text()
    assert dialog.confirm.isVisibleTo(dialog)
    st.tools._override_granted("1")
    assert st.runner.override_passed
    with st.qtbot.waitSignal(dialog.rejected, timeout=WAIT_MS):
        st.tools.sign_out_action.trigger()
    assert not st.runner.override_passed and not st.tools.override_active


def test_the_dialog_is_reworded_while_open(
    supervised: Factory, station_languages: Languages
) -> None:
    st = supervised()
    st.sign_in_supervisor()
    dialog = st.tools.open_rework("1")
    assert dialog is not None

    def words() -> list[str]:
        return [
            dialog.windowTitle(),
            dialog.heading.text(),
            dialog.check_button.text(),
            dialog.confirm.text(),
            dialog.unregister_button.text(),
            dialog._captions[2].text(),
            dialog.slot.itemText(0),
            dialog.verdict.text(),
        ]

    english = words()
    assert english[0] == "Rework: unregister a device"
    assert english[-1] == "Check the device's storage first."
    assert station_languages.switch("de") is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    german = words()
    assert [g == e for g, e in zip(german, english, strict=True)] == [False] * len(english)
    assert dialog.slot.currentData() == "1"  # the choice stays
    assert station_languages.switch("en") is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert words() == english


def test_a_german_dialog_says_what_the_storage_can_take_in_german(
    supervised: Factory, station_languages: Languages
) -> None:
    """An OTP device that holds a secret: the storage check in German, the device ID as it
    is; a switch to Italian re-words it."""
    st = supervised(storage="otp")
    _provision(st, SlotState.PASS)
    device_id = st.window.fixture.snapshot("1").device_id
    assert device_id
    st.sign_in_supervisor()
    dialog = st.tools.open_rework("1")
    assert dialog is not None
    assert station_languages.switch("de") is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    dialog.check_button.click()
    st.qtbot.waitUntil(lambda: "Gerät " in dialog.verdict.text(), timeout=WAIT_MS)
    said = dialog.verdict.text()
    assert said.startswith(f"⚠ Gerät {device_id}: Sein Speicher ist einmal beschreibbar (OTP)")
    assert "nie wieder provisioniert werden (Ausschuss)." in said
    assert "\nWas tun: Nur abmelden, wenn das Gerät ohnehin verschrottet werden soll" in said
    assert "write-once" not in said
    assert station_languages.switch("it") is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert dialog.verdict.text().startswith(
        f"⚠ Dispositivo {device_id}: La sua memoria è a scrittura singola (OTP)"
    )
    assert dialog.confirm.isVisibleTo(dialog)
