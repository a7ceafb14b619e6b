"""The QA window and the sign-in dialogs follow a language switch made while they are open:
every text they set themselves is re-worded from `LanguageChange`, and back again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from pytestqt.qtbot import QtBot

from station.journal import Journal
from station.roles import Authenticator
from tests.fixtures.journal import SeededJournal
from tests.roles.helpers import roles_config
from tests.ui.i18n_fixtures import qm_dir, station_languages
from tests.ui.qa.conftest import WAIT_MS, QAWindowFactory
from ui.i18n.languages import Languages
from ui.qa.columns import COLUMN_INDEX
from ui.qa.window import QAWindow
from ui.roles.signin_dialog import RoleSignInDialog
from ui.signin import SignInDialog

__all__ = ["qm_dir", "station_languages"]


def _words(window: QAWindow) -> dict[str, str]:
    """What the window shows, from its title down to a column header and a filter's caption."""
    header = window.model.headerData(
        COLUMN_INDEX["device_id"], Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole
    )
    return {
        "title": window.windowTitle(),
        "tab": window.tabs.tabText(0),
        "menu": window.journal_menu.menu.title(),
        "export": window.export_csv_action.text(),
        "count": window.count_label.text(),
        "header": str(header),
        "clear": window.filters.clear_button.text(),
        "period": window.filters.period.currentText(),
        "result": window.filters.result.itemText(0),
        "summary": window.summary.show_button.text(),
        "kind": window.summary.kind.currentText(),
        "verify": window.integrity.verify_button.text(),
        "badge": window.integrity.text(),
        "audit": window.audit.kind.itemText(0),
        "cancel": window.export_panel.cancel_button.text(),
    }


def test_the_qa_window_is_reworded_while_open(
    qtbot: QtBot,
    qa_window: QAWindowFactory,
    seeded_journal: SeededJournal,
    station_languages: Languages,
) -> None:
    window = qa_window(seeded_journal.path)
    english = _words(window)
    assert english["tab"] == "Attempts" and english["clear"] == "Clear filters"
    assert english["count"].startswith(f"{len(seeded_journal.attempts):,} attempts match (")

    assert station_languages.switch("de") is None
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Versuche", timeout=WAIT_MS)
    german = _words(window)
    assert german == {
        "title": german["title"],
        "tab": "Versuche",
        "menu": "&Journal",
        "export": "Angezeigte Versuche als CSV exportieren…",
        "count": german["count"],
        "header": "Geräte-ID",
        "clear": "Filter löschen",
        "period": "Gesamter Zeitraum",
        "result": "Jedes Ergebnis",
        "summary": "Zusammenfassung zeigen",
        "kind": "Tag",
        "verify": "Jetzt prüfen",
        "badge": "◌ Kette in dieser Sitzung noch nicht geprüft",
        "audit": "Alle Arten",
        "cancel": "Export abbrechen",
    }
    assert german["title"].startswith("Provisionierungsjournal (QS, nur lesen) — ")
    # German groups thousands with a point: 1,202 in English is 1.202 here, not "one and a bit".
    german_count = f"{len(seeded_journal.attempts):,}".replace(",", ".")
    assert german["count"].startswith(f"{german_count} Versuche passen"), german["count"]
    assert "alle Versuche" in german["count"]
    caption = window.filters.fields["period"].findChild(type(window.live_label), "qa-caption")
    assert caption is not None and caption.text() == "Wann"

    # The filters keep working on their data, not their words: a period chosen in German.
    window.filters.period.setCurrentIndex(window.filters.period.findData("Today"))
    assert window.filters.period.currentText() == "Heute"
    window.filters.clear()

    assert station_languages.switch("en") is None
    qtbot.waitUntil(lambda: window.tabs.tabText(0) == "Attempts", timeout=WAIT_MS)
    assert _words(window) == english


def test_the_sign_in_dialogs_are_reworded_while_open(
    qtbot: QtBot, tmp_path: Path, station_languages: Languages
) -> None:
    operator = SignInDialog("Ana")
    qtbot.addWidget(operator)
    with Journal.open(tmp_path / "journal.db", station_id="i18n") as journal:
        privileged = RoleSignInDialog(Authenticator(roles_config(), journal), name="Sam")
        qtbot.addWidget(privileged)
        operator.show()
        privileged.show()
        english = (operator.windowTitle(), privileged.windowTitle(), privileged.role.itemText(0))
        assert english == ("Operator sign-in", "QA / supervisor sign-in", "Supervisor")
        # Enter signs in: the Sign in buttons are the dialogs' default buttons.
        assert operator.ok_button.isDefault() and privileged.sign_in_button.isDefault()

        assert station_languages.switch("de") is None
        qtbot.waitUntil(lambda: operator.windowTitle() == "Bediener-Anmeldung", timeout=WAIT_MS)
        assert operator.prompt.text() == "Wer bedient diese Station?"
        assert operator.name_edit.placeholderText() == "Ihr Name"
        assert operator.name_edit.text() == "Ana", "a switch keeps what was typed"
        assert operator.ok_button.text() == "Anmelden"
        qtbot.waitUntil(lambda: privileged.windowTitle() == "Anmeldung QS / Schichtleiter")
        assert privileged.title.text() == "Anmelden für berechtigte Arbeiten"
        assert privileged.role.itemText(0) == "Schichtleiter"
        assert privileged.role.currentData() == "supervisor"
        assert [c.text() for c in privileged.captions] == ["Rolle", "Name", "Passwort"]
        assert privileged.sign_in_button.text() == "Anmelden"

        assert station_languages.switch("en") is None
        qtbot.waitUntil(lambda: operator.windowTitle() == "Operator sign-in", timeout=WAIT_MS)
        qtbot.waitUntil(lambda: privileged.windowTitle() == "QA / supervisor sign-in")
        assert privileged.role.itemText(0) == "Supervisor"
        privileged.close()
        privileged.wait_idle()


def test_the_fleet_windows_chain_note_is_reworded(
    qtbot: QtBot, station_languages: Languages
) -> None:
    """On the fleet's database the badge says where chains are verified; that note follows a
    switch too, as a result shown in it would."""
    from ui.qa.integrity import chain_badge

    badge = chain_badge(None)
    qtbot.addWidget(badge)
    badge.show()
    assert badge.text().startswith("◌ Every station's chain is verified on the station")
    assert station_languages.switch("de") is None
    qtbot.waitUntil(lambda: badge.text().startswith("◌ Die Kette jeder Station"), timeout=WAIT_MS)
    assert badge.badge.toolTip().startswith("Die Kette jeder Station")


def test_the_summarys_period_and_a_computing_status_follow_a_switch(
    qtbot: QtBot,
    qa_window: QAWindowFactory,
    seeded_journal: SeededJournal,
    station_languages: Languages,
) -> None:
    """A summary being computed, then shown, is worded in the language of the moment, not in
    the one it was asked in (its period line is not computed again for that)."""
    window = qa_window(seeded_journal.path)
    view = window.summary
    window.tabs.setCurrentWidget(view)
    view.kind.setCurrentIndex(view.kind.findData("Shift"))
    view.shift.setCurrentIndex(0)
    with qtbot.waitSignal(view.computed, timeout=WAIT_MS):
        view.show_button.click()
        # The worker's answer reaches the GUI thread only after this switch.
        assert view.status.text().startswith("Computing the summary for Early shift of ")
        assert station_languages.switch("de") is None
        # Deliver the language change only (the worker's answer stays queued).
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        assert view.status.text().startswith("Zusammenfassung für Schicht Früh am "), (
            view.status.text()
        )
    shown = view.status.text()
    assert shown.startswith("Zusammenfassung für Schicht Früh am "), shown
    assert shown.endswith("; jeder im Zeitraum begonnene Versuch."), shown
    assert view.period_text.startswith("Schicht Früh am ")
    assert station_languages.switch("it") is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert "Early" not in view.status.text() and "Früh" not in view.status.text()
    assert station_languages.switch("en") is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert view.status.text().startswith("Summary for Early shift of "), view.status.text()
    assert view.status.text().endswith("; every attempt started in the period.")


def test_an_exports_status_follows_a_switch(
    qtbot: QtBot,
    qa_window: QAWindowFactory,
    seeded_journal: SeededJournal,
    station_languages: Languages,
    tmp_path: Path,
) -> None:
    window = qa_window(seeded_journal.path)
    panel = window.export_panel
    count = len(seeded_journal.attempts)
    with qtbot.waitSignal(panel.exported, timeout=WAIT_MS):
        assert panel.start(tmp_path / "out.csv", "csv")
        assert panel.label.text() == "Exporting to out.csv…"
        assert station_languages.switch("de") is None
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
        # Still under way (its progress not delivered yet), now in German.
        assert panel.label.text() == "Export nach out.csv…"
    assert panel.label.text().startswith(f"✓ {count:,} Versuche nach ".replace(",", ".")), (
        panel.label.text()
    )
    assert station_languages.switch("en") is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert panel.label.text().startswith(f"✓ Exported {count:,} attempts to "), panel.label.text()


def test_a_broken_chain_says_why_in_german(
    qtbot: QtBot, qa_window: QAWindowFactory, station_languages: Languages, tmp_path: Path
) -> None:
    """A record edited after it was written: the badge says the verify's reason in German,
    and again in English after a switch back, word for word as the journal's verify says it."""
    from station.journal import verify
    from tests.journal.test_verify import _journal, _tamper

    path = _journal(tmp_path)
    _tamper(path, "UPDATE events SET payload = replace(payload, 'd1', 'dX') WHERE seq = 6")
    assert station_languages.switch("de") is None
    window = qa_window(path, verify_on_open=True)
    qtbot.waitUntil(lambda: window.integrity.state == "broken", timeout=WAIT_MS)
    said = window.integrity.text()
    assert said.startswith("✗ Kette GEBROCHEN — erster fehlerhafter Eintrag #6")
    assert said.endswith(
        ": Eintrag 6 passt nicht zu seinem Hash: Er wurde nach dem Schreiben geändert, oder "
        "hier wurden Einträge entfernt, eingefügt oder umgeordnet"
    )
    assert station_languages.switch("en") is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert window.integrity.text().endswith(f": {verify(path).reason}")
