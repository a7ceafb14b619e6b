"""The configuration's field errors in the target editor, in the supervisor's language: each
rule's message comes from station/catalogue/config_fields.py by ID and is rendered through the
real translation (built from the committed `.ts`), the offending value and key kept as typed."""

from __future__ import annotations

from collections.abc import Callable

from station.targets.fields import target_document
from tests.supervisor.conftest import WAIT_MS, Supervised
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.i18n.languages import Languages
from ui.supervisor.targets_editor import TargetsEditor

Factory = Callable[..., Supervised]
__all__ = ["qm_dir", "station_languages"]


def _german_editor(st: Supervised, languages: Languages) -> TargetsEditor:
    st.sign_in_supervisor()
    editor = st.tools.open_targets()
    assert editor is not None
    assert languages.switch("de") is None
    return editor


def _save_and_wait(st: Supervised, editor: TargetsEditor, field: str) -> str:
    editor.save_button.click()
    st.qtbot.waitUntil(lambda: editor.form.error_text(field) != "", timeout=WAIT_MS)
    return editor.form.error_text(field)


def test_a_bad_realm_and_an_out_of_range_number_read_in_german(
    supervised: Factory, station_languages: Languages
) -> None:
    st = supervised()
    before = st.config_path.read_text()
    editor = _german_editor(st, station_languages)
    editor.form.realm.setText("Plant-1")
    assert _save_and_wait(st, editor, "realm") == (
        "`targets.demo.realm` = 'Plant-1' ist kein gültiger Astarte-Realm-Name. Erlaubt: 1-48 "
        "Kleinbuchstaben und Ziffern, beginnend mit einem Buchstaben (^[a-z][a-z0-9]{0,47}$)."
    )
    assert "Nicht gespeichert" in editor.status.text()
    assert "`targets.demo.realm` in Ziel-Editor bearbeiten." in editor.status.text()
    editor.form.realm.setText("demo")
    editor.form.token_ttl_s.setValue(5)
    assert _save_and_wait(st, editor, "token_ttl_s") == (
        "`targets.demo.token_ttl_s` = 5 liegt außerhalb des Bereichs. Erlaubt: 30 bis 3600."
    )
    assert editor.form.error_text("realm") == ""
    assert st.config_path.read_text() == before


def test_an_unknown_key_reads_in_german_and_names_the_allowed_keys(
    supervised: Factory, station_languages: Languages
) -> None:
    st = supervised()
    before = st.config_path.read_text()
    editor = _german_editor(st, station_languages)
    actor, _ = editor.request()
    document = {**target_document(editor.book.config, "demo"), "colour": "red"}
    editor.run(
        lambda: editor.book.save_target(actor, "demo", document, replacing="demo"),
        lambda _: None,
        "Speichern",
    )
    st.qtbot.waitUntil(lambda: "Nicht erledigt" in editor.status.text(), timeout=WAIT_MS)
    said = editor.status.text()
    assert "`targets.demo.colour` ist keine bekannte Einstellung. Hier erlaubt: " in said
    assert "accepted_storage, allowlist_pattern" in said  # keys stay as the file spells them
    assert "`targets.demo.colour` in Ziel-Editor entfernen oder korrigieren" in said
    assert st.config_path.read_text() == before
