"""The supervisor's label template editor, opened from the target editor (real widgets
offscreen, the real engine and stand-in behind the window): its live preview is the label as
zplkit draws it, and the preview's pixels on screen (a grab of the widget) decode with zxing-cpp
to the sample unit's device ID; an edit redraws it, a broken template says why and cannot be
saved, and Save writes the file the target then names; in German, the template's refusals read
in German (station/catalogue/label_template.py by ID, through the real translation)."""

from __future__ import annotations

from collections.abc import Callable

import zxingcpp
from PIL import Image
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtWidgets import QDialogButtonBox

from station.peripherals import label_code
from station.peripherals.label_template import SAMPLE, template_of
from station.peripherals.label_zpl import DEFAULT_TEMPLATE
from tests.supervisor.conftest import WAIT_MS, Supervised
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.i18n.languages import Languages
from ui.supervisor.label_editor import LabelTemplateEditor

Factory = Callable[..., Supervised]
__all__ = ["qm_dir", "station_languages"]  # fixtures


def _decoded(editor: LabelTemplateEditor) -> set[str]:
    """What a barcode decoder reads off the preview as the screen shows it."""
    import io

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert editor.preview.grab().save(buffer, "PNG")
    image = Image.open(io.BytesIO(bytes(buffer.data().data())))
    return {b.text for b in zxingcpp.read_barcodes(image)}


def _says(editor: LabelTemplateEditor, said: str) -> Callable[[], bool]:
    return lambda: said in editor.problem_text


def _open(st: Supervised) -> LabelTemplateEditor:
    st.sign_in_supervisor()
    targets = st.tools.open_targets()
    assert targets is not None
    targets.form.label_template.setText("labels/unit.zpl")  # relative: beside the configuration
    return targets.form.edit_label_template()


def test_the_preview_draws_the_label_and_its_codes_read_back_as_the_sample_unit(
    supervised: Factory,
) -> None:
    st = supervised()
    editor = _open(st)
    assert editor.path == st.config_path.parent / "labels" / "unit.zpl"
    assert editor.zpl.toPlainText() == DEFAULT_TEMPLATE  # no file yet: the built-in label
    st.qtbot.waitUntil(lambda: not editor.preview.pixmap().isNull(), timeout=WAIT_MS)
    assert _decoded(editor) == {label_code.encode(SAMPLE.device_id)}
    assert label_code.decode(next(iter(_decoded(editor)))) == SAMPLE.device_id

    # An edit redraws it: the DataMatrix taken out, the QR still reads.
    editor.zpl.setPlainText(DEFAULT_TEMPLATE.replace("^FO175,20^BXN,4,200^FD{code}^FS\n", ""))
    st.qtbot.waitUntil(lambda: len(_decoded(editor)) == 1, timeout=WAIT_MS)
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    assert "draws as the printer will print it" in editor.problem_text


def test_a_broken_template_says_why_and_cannot_be_saved_then_a_good_one_is_saved(
    supervised: Factory,
) -> None:
    st = supervised()
    editor = _open(st)
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    broken = {
        "^FH": DEFAULT_TEMPLATE.replace("^FD{code}", "^FH^FD{code}", 1),
        "has no {serial} field": DEFAULT_TEMPLATE.replace("{serial}", "SERIAL"),
        "does not draw as a printer would": DEFAULT_TEMPLATE.replace("^PW406", "^QQ406"),
        "not plain ASCII": DEFAULT_TEMPLATE.replace("{serial}", "{serial} Größe"),
        "neither opens nor closes a field": DEFAULT_TEMPLATE.replace("{serial}", "{serial}}"),
    }
    for said, text in broken.items():
        editor.zpl.setPlainText(text)
        st.qtbot.waitUntil(_says(editor, said), timeout=WAIT_MS)
        assert editor.preview.pixmap().isNull() and not save.isEnabled()
        assert "What to do:" in editor.problem_text

    editor.zpl.setPlainText(DEFAULT_TEMPLATE.replace("^A0N,24,24", "^A0N,30,30"))
    st.qtbot.waitUntil(save.isEnabled, timeout=WAIT_MS)
    save.click()  # its folder does not exist yet: said, with what to do, and nothing lost
    labels = st.config_path.parent / "labels"
    assert editor.isVisible()
    assert editor.problem_text == (
        f"The label template {labels / 'unit.zpl'} could not be written (No such file or "
        "directory). What to do: Save it in a folder the station's user may write to, or let "
        "that user write there."
    )
    assert "^A0N,30,30" in editor.zpl.toPlainText()
    labels.mkdir()
    save.click()
    assert not editor.isVisible()
    written = (st.config_path.parent / "labels" / "unit.zpl").read_text("ascii")
    assert "^A0N,30,30" in written
    assert template_of(editor.path, "demo") == written  # what the station's start accepts


def test_a_template_file_that_does_not_read_as_ascii_opens_the_built_in_label_and_says_why(
    supervised: Factory,
) -> None:
    st = supervised()
    labels = st.config_path.parent / "labels"
    labels.mkdir()
    (labels / "unit.zpl").write_bytes(b"^XA\xef\xbb\xbf^XZ")
    editor = _open(st)
    assert editor.zpl.toPlainText() == DEFAULT_TEMPLATE
    assert editor.problem_text.startswith(
        f"The label template {labels / 'unit.zpl'} is not plain ASCII (byte 3 is 0xEF). "
        "What to do: Keep label text to plain ASCII"
    )
    assert editor.problem_text.endswith(
        "The built-in label is shown instead. The label draws as the printer will print it."
    )


def test_a_german_supervisor_reads_the_template_s_refusals_in_german(
    supervised: Factory, station_languages: Languages
) -> None:
    st = supervised()
    labels = st.config_path.parent / "labels"
    labels.mkdir()
    (labels / "unit.zpl").write_bytes(b"^XA\xef\xbb\xbf^XZ")
    assert station_languages.switch("de") is None
    editor = _open(st)
    # The file that does not read: named by its path, the byte as it is.
    assert editor.problem_text == (
        f"Die Etikettvorlage {labels / 'unit.zpl'} ist kein reines ASCII (Byte 3 ist 0xEF). "
        "Was tun: Etikettentext auf reines ASCII beschränken (die Schrift 0 eines Druckers druckt "
        "nichts anderes); die Datei ohne Akzente, Symbole oder Byte-Order-Mark speichern. "
        "Stattdessen wird das eingebaute Etikett gezeigt. Das Etikett wird so gezeichnet, wie der "
        "Drucker es drucken wird."
    )
    save = editor.buttons.button(QDialogButtonBox.StandardButton.Save)
    # A rule of the template inside "This template", each translated; ^FH stays as it is.
    editor.zpl.setPlainText(DEFAULT_TEMPLATE.replace("^FD{code}", "^FH^FD{code}", 1))
    st.qtbot.waitUntil(lambda: not save.isEnabled(), timeout=WAIT_MS)
    assert editor.problem_text == (
        "Diese Vorlage: Die Etikettvorlage verwendet ^FH, das den '_' in Geräte-IDs als "
        "Hex-Escape lesen würde. Was tun: ^FH aus der Vorlage entfernen."
    )
    editor.zpl.setPlainText(DEFAULT_TEMPLATE.replace("{code}", "{cod}", 1))
    st.qtbot.waitUntil(_says(editor, "Felder: cod. Was tun: Nur {serial}"), timeout=WAIT_MS)
    # Two fields missing: named as the template writes them, what the label lacks translated.
    editor.zpl.setPlainText(DEFAULT_TEMPLATE.replace("{serial}", "SN").replace("{device_id}", "ID"))
    st.qtbot.waitUntil(_says(editor, "hat kein Feld"), timeout=WAIT_MS)
    assert editor.problem_text == (
        "Diese Vorlage hat kein Feld {serial}, {device_id}, daher würde dem Etikett Folgendes "
        "fehlen: die für Menschen gedruckte Seriennummer des Geräts; die für Menschen gedruckte "
        "Geräte-ID. Was tun: Jedes Feld in die Vorlage einfügen (das eingebaute Etikett zeigt, "
        "wo), dann erneut prüfen."
    )
    assert editor.preview.pixmap().isNull() and not save.isEnabled()
    # A good template is saved where it cannot be: the system's reason as the system says it.
    editor.path = labels / "none" / "unit.zpl"
    editor.zpl.setPlainText(DEFAULT_TEMPLATE)
    st.qtbot.waitUntil(save.isEnabled, timeout=WAIT_MS)
    save.click()
    assert editor.isVisible()
    assert editor.problem_text == (
        f"Die Etikettvorlage {labels / 'none' / 'unit.zpl'} konnte nicht geschrieben werden (No "
        "such file or directory). Was tun: In einem Ordner speichern, in den der Benutzer der "
        "Station schreiben darf, oder diesem Benutzer das Schreiben dort erlauben."
    )
