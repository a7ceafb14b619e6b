"""The target editor on the operator window (pytest-qt, offscreen, real engine and stand-in):
gating, inline validation messages per field, Test connection results, credentials, active
target."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent

from station.config import load_config
from station.pairing import keystore
from station.roles import NotPermitted
from station.sandbox.pairing.keys import generate_ec_keypair, write_keypair
from station.sandbox.pairing.pki import CertificateAuthority
from station.targets.connection_test import AUTHORIZATION, CREDENTIALS, HEALTH, VERSION
from tests.fixtures.keyring import MemoryKeyring
from tests.fixtures.pairing import mint_token
from tests.supervisor.conftest import WAIT_MS, Supervised
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.i18n.languages import Languages
from ui.supervisor.targets_editor import TargetsEditor, open_targets_editor

Factory = Callable[..., Supervised]
__all__ = ["qm_dir", "station_languages"]


def _editor(st: Supervised) -> TargetsEditor:
    st.sign_in_supervisor()
    editor = st.tools.open_targets()
    assert editor is not None
    return editor


def _test_connection(st: Supervised, editor: TargetsEditor) -> None:
    editor.test_button.click()
    st.qtbot.waitUntil(lambda: not editor.busy and editor.test_button.isEnabled(), timeout=WAIT_MS)


def test_an_operator_cannot_open_the_editor(supervised: Factory) -> None:
    st = supervised()
    assert not st.tools.targets_action.isEnabled()
    assert "supervisor sign-in" in st.tools.targets_action.toolTip()
    assert st.tools.open_targets() is None
    assert "only a supervisor may open the target editor" in st.window.notices.text.text()
    with pytest.raises(NotPermitted):
        open_targets_editor(st.tools.book, st.tools.roles, st.journal)
    assert st.tools.editor is None


def test_validation_messages_name_the_field_and_nothing_is_saved(supervised: Factory) -> None:
    st = supervised()
    before = st.config_path.read_text()
    editor = _editor(st)
    form = editor.form
    form.realm.setText("Plant-1")
    form.token_ttl_s.setValue(5)
    editor.save_button.click()
    st.qtbot.waitUntil(lambda: form.error_text("realm") != "", timeout=WAIT_MS)
    assert "not a valid Astarte realm name" in form.error_text("realm")
    assert "^[a-z][a-z0-9]{0,47}$" in form.error_text("realm")
    assert "Not saved" in editor.status.text()
    form.realm.setText("demo")
    editor.save_button.click()
    st.qtbot.waitUntil(lambda: form.error_text("token_ttl_s") != "", timeout=WAIT_MS)
    assert "Allowed: 30 to 3600" in form.error_text("token_ttl_s")
    assert form.error_text("realm") == ""
    form.token_ttl_s.setValue(300)
    form.initial_introspection.setPlainText("org.example.Sensor one")
    editor.save_button.click()
    assert "is not 'interface major.minor'" in form.error_text("initial_introspection")
    form.initial_introspection.setPlainText("")
    form.pairing_url.setText("http://astarte.example.com/pairing")
    editor.save_button.click()
    st.qtbot.waitUntil(lambda: form.error_text("pairing_url") != "", timeout=WAIT_MS)
    assert "plain http" in form.error_text("pairing_url")
    assert st.config_path.read_text() == before
    assert [k for k, _ in st.events()] == ["signin"]


def test_test_connection_good_target_then_wrong_realm_then_wrong_ca(
    supervised: Factory, tmp_path: Path
) -> None:
    st = supervised()
    editor = _editor(st)
    _test_connection(st, editor)
    results = editor.results
    assert all(results.state(n) == "ok" for n in (CREDENTIALS, HEALTH, VERSION, AUTHORIZATION))
    assert "every check passed" in editor.status.text()

    editor.form.realm.setText("wrongrealm")
    _test_connection(st, editor)
    assert results.state(AUTHORIZATION) == "failed"
    assert "403" in results.messages[AUTHORIZATION].text()
    assert "the realm name is wrong" in results.fixes[AUTHORIZATION].text()

    editor.form.realm.setText("demo")
    (tmp_path / "other").mkdir()
    CertificateAuthority.load_or_create(tmp_path / "other", "Another CA")
    other_ca = tmp_path / "other" / "ca.pem"
    editor.form.ca_bundle.setText(str(other_ca))
    _test_connection(st, editor)
    assert results.state(HEALTH) == "failed"
    assert str(other_ca) in results.messages[HEALTH].text()
    assert "not signed by a CA this station trusts" in results.messages[HEALTH].text()
    assert "CA bundle" in results.fixes[HEALTH].text()
    assert results.state(VERSION) == "not_run"
    assert st.env.standin is not None and st.env.standin.devices("demo") == []


def test_issued_token_expired_and_key_import_show_no_material(
    supervised: Factory, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    st = supervised()
    editor = _editor(st)
    key_path = st.env.private_key_path
    pem = key_path.read_bytes()
    editor.form.token_source.setCurrentIndex(editor.form.token_source.findData("issued_token"))
    editor.form.token_command.setPlainText("")
    editor.save_button.click()
    st.qtbot.waitUntil(lambda: "saved" in editor.status.text(), timeout=WAIT_MS)
    assert load_config(st.config_path).targets["demo"].token_source == "issued_token"

    expired = mint_token(pem, a_pa=["POST::agent/devices"], exp_in=-120)
    keystore.store_issued_token("demo", expired)  # as if set long ago
    _test_connection(st, editor)
    assert editor.results.state(CREDENTIALS) == "failed"
    assert "has expired" in editor.results.messages[CREDENTIALS].text()
    assert editor.results.state(AUTHORIZATION) == "not_run"

    fresh = mint_token(pem, a_pa=["POST::agent/devices"], exp_in=7200)
    editor.store_token(fresh)
    st.qtbot.waitUntil(lambda: "expires" in editor.credentials.text(), timeout=WAIT_MS)
    assert fresh not in editor.credentials.text() and fresh not in editor.status.text()
    assert "allows registering" in editor.credentials.text()
    _test_connection(st, editor)
    assert editor.results.state(AUTHORIZATION) == "ok"

    # A realm key for a second target, imported from a file the editor only reads.
    editor.new_target()
    editor.form.name.setText("plant-b")
    editor.form.pairing_url.setText(st.env.pairing_url)
    editor.form.realm.setText("demo")
    editor.form.ca_bundle.setText(str(st.env.standin.ca_path if st.env.standin else ""))
    editor.save_button.click()
    st.qtbot.waitUntil(lambda: "'plant-b' saved" in editor.status.text(), timeout=WAIT_MS)
    other = write_keypair(generate_ec_keypair(), "other", tmp_path)[0]
    editor.import_key_file(other)
    st.qtbot.waitUntil(lambda: "EC P-256 (ES256)" in editor.credentials.text(), timeout=WAIT_MS)
    assert other.exists() and "PRIVATE" not in editor.credentials.text()
    kinds = [k for k, _ in st.events()]
    assert kinds == ["signin", "target_change", "token_change", "target_change", "key_import"]
    assert all(actor == "Sam (supervisor)" for _, actor in st.events())


def test_active_target_is_saved_and_the_operator_screen_is_told(supervised: Factory) -> None:
    st = supervised()
    editor = _editor(st)
    editor.new_target()
    editor.form.name.setText("second")
    editor.form.pairing_url.setText(st.env.pairing_url)
    editor.form.realm.setText("demo")
    editor.form.token_source.setCurrentIndex(editor.form.token_source.findData("issued_token"))
    editor.save_button.click()
    st.qtbot.waitUntil(lambda: "'second' saved" in editor.status.text(), timeout=WAIT_MS)
    combo = editor.active[st.env.fixture_name]
    combo.setCurrentText("second")
    editor.reason.setText("second realm for batch 42")
    editor.make_active[st.env.fixture_name].click()
    st.qtbot.waitUntil(lambda: st.restarts == [1], timeout=WAIT_MS)
    assert load_config(st.config_path).fixture(st.env.fixture_name).active_target == "second"
    assert "active target is now second" in st.window.notices.text.text()
    (event,) = [e for e in st.journal.audit_events() if e.kind == "active_target_change"]
    assert event.reason == "second realm for batch 42" and event.details["to"] == "second"


def test_the_editor_closes_when_the_supervisor_signs_out(supervised: Factory) -> None:
    st = supervised()
    editor = _editor(st)
    assert st.tools.targets_action.isEnabled()
    with st.qtbot.waitSignal(editor.rejected, timeout=WAIT_MS):
        st.tools.sign_out_action.trigger()
    assert not st.tools.targets_action.isEnabled()
    assert [k for k, _ in st.events()] == ["signin", "signout"]


def test_editing_the_running_target_restarts_the_screen_on_it(supervised: Factory) -> None:
    st = supervised()
    editor = _editor(st)
    editor.form.allowlist_pattern.setText("SIM-[0-9A-F]{8}")
    editor.reason.setText("only this batch's serials")
    editor.save_button.click()
    st.qtbot.waitUntil(lambda: st.restarts == [1], timeout=WAIT_MS)
    assert "settings of target demo" in st.window.notices.text.text()
    saved = load_config(st.config_path).targets["demo"]
    assert saved.allowlist_pattern == "SIM-[0-9A-F]{8}"
    (event,) = [e for e in st.journal.audit_events() if e.kind == "target_change"]
    assert event.details["fields"] == "allowlist_pattern"
    assert event.reason == "only this batch's serials"
    # Saving it unchanged changes nothing and restarts nothing.
    editor.save_button.click()
    st.qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT_MS)
    assert st.restarts == [1]


def test_the_check_scan_deadline_is_edited_within_its_bounds(supervised: Factory) -> None:
    st = supervised()
    editor = _editor(st)
    form = editor.form
    assert form.check_scan_timeout_s.value() == 120  # the default, as the file leaves it out
    before = st.config_path.read_text()
    form.check_scan_timeout_s.setValue(4)
    editor.save_button.click()
    st.qtbot.waitUntil(lambda: form.error_text("check_scan_timeout_s") != "", timeout=WAIT_MS)
    assert "Allowed: 5 to 3600" in form.error_text("check_scan_timeout_s")
    assert st.config_path.read_text() == before
    form.check_scan_timeout_s.setValue(45)
    editor.reason.setText("slower labelling on line 3")
    editor.save_button.click()
    st.qtbot.waitUntil(lambda: st.restarts == [1], timeout=WAIT_MS)
    assert load_config(st.config_path).targets["demo"].check_scan_timeout_s == 45
    (event,) = [e for e in st.journal.audit_events() if e.kind == "target_change"]
    assert event.details["fields"] == "check_scan_timeout_s"


@pytest.mark.keyring
def test_key_import_through_the_editor_into_the_secret_service(
    supervised: Factory, secret_service: object
) -> None:
    st = supervised()
    editor = _editor(st)
    editor.form.token_source.setCurrentIndex(editor.form.token_source.findData("realm_key"))
    editor.save_button.click()
    st.qtbot.waitUntil(lambda: "saved" in editor.status.text(), timeout=WAIT_MS)
    try:
        editor.import_key_file(st.env.private_key_path)
        st.qtbot.waitUntil(
            lambda: "EC P-256 (ES256) realm key" in editor.credentials.text(), timeout=WAIT_MS
        )
        _test_connection(st, editor)
        assert editor.results.state(AUTHORIZATION) == "ok"
        assert "Realm key: EC P-256 (ES256) key" in editor.results.messages[CREDENTIALS].text()
    finally:
        keystore.delete("demo")


def test_the_open_editor_is_reworded_on_a_language_switch(
    supervised: Factory, station_languages: Languages
) -> None:
    st = supervised()
    editor = _editor(st)

    def words() -> list[str]:
        return [
            editor.windowTitle(),
            editor.save_button.text(),
            editor.targets_caption.text(),
            editor.fixtures_box.title(),
            editor.form.labels["token_source"].text(),
            editor.form.token_source.itemText(0),
            editor.form.print_label.text(),
            editor.connection_test.button.text(),
            editor.credentials_panel.title(),
        ]

    english = words()
    assert english[0] == "Realm targets and keys"
    assert station_languages.switch("de") is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    german = words()
    assert [g == e for g, e in zip(german, english, strict=True)] == [False] * len(english)
    assert (
        editor.form.realm.text()
        == load_config(st.env.config_path).targets[editor._current or ""].realm
    )  # what is being edited stays
    assert station_languages.switch("en") is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    assert words() == english


def _switch(languages: Languages, language: str) -> None:
    assert languages.switch(language) is None
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def test_the_editors_last_results_are_said_again_in_the_new_language(
    supervised: Factory, station_languages: Languages
) -> None:
    """What a save and a connection test said stays the last result shown until the next
    action; a switch re-words it (German, then Italian, then English)."""
    st = supervised()
    editor = _editor(st)
    _switch(station_languages, "de")
    target = editor._current or ""
    editor.save_button.click()
    st.qtbot.waitUntil(lambda: not editor.busy, timeout=WAIT_MS)
    assert editor.status.text() == f"Ziel {target!r} gespeichert."
    _switch(station_languages, "it")
    assert editor.status.text() == f"Destinazione {target!r} salvata."
    _switch(station_languages, "en")
    assert editor.status.text() == f"Target {target!r} saved."

    _switch(station_languages, "de")
    _test_connection(st, editor)
    german = editor.status.text()
    assert german.startswith("Verbindungstest: "), german
    _switch(station_languages, "it")
    assert editor.status.text().startswith("Prova connessione: "), editor.status.text()
    # The results' own lines follow too (their checks, and what a cleared list says).
    editor.form.realm.setText(editor.form.realm.text() + "-x")
    cleared = editor.results.messages[CREDENTIALS].text()
    assert cleared == "Il modulo è cambiato dall'ultima prova: prova di nuovo."
    _switch(station_languages, "de")
    assert editor.results.messages[CREDENTIALS].text() == (
        "Das Formular hat sich seit dem letzten Test geändert: erneut testen."
    )
    _switch(station_languages, "en")
    assert editor.status.text().startswith("Test connection: ")


def test_a_german_test_connection_says_the_failed_tls_check_in_german(
    supervised: Factory, station_languages: Languages, tmp_path: Path
) -> None:
    """A CA bundle that did not sign Pairing's certificate: the check's words and what to do
    in German, the bundle's path as written; a bundle that is not there, likewise."""
    st = supervised()
    editor = _editor(st)
    _switch(station_languages, "de")
    (tmp_path / "other").mkdir()
    CertificateAuthority.load_or_create(tmp_path / "other", "Another CA")
    other_ca = tmp_path / "other" / "ca.pem"
    editor.form.ca_bundle.setText(str(other_ca))
    _test_connection(st, editor)
    results = editor.results
    assert results.state(HEALTH) == "failed"
    said = results.messages[HEALTH].text()
    assert "ist von keiner CA signiert, der diese Station vertraut" in said
    assert f"(die vertrauenswürdigen CAs des Systems und {other_ca})." in said
    assert "not signed" not in said
    fix = results.fixes[HEALTH].text()
    assert fix.startswith("Was tun: Als CA-Bundle des Ziels die CA setzen, die das Zertifikat")
    assert "abfangender Proxy" in fix

    missing = tmp_path / "nope.pem"
    editor.form.ca_bundle.setText(str(missing))
    _test_connection(st, editor)
    assert f"Das CA-Bundle {missing} existiert nicht." in results.messages[HEALTH].text()
    assert results.fixes[HEALTH].text() == (
        "Was tun: Den Pfad des CA-Bundles des Ziels korrigieren oder ihn entfernen, um nur die "
        "vertrauenswürdigen CAs des Systems zu verwenden."
    )
    assert st.env.standin is not None and st.env.standin.devices("demo") == []
