"""A label template's refusals are messages by ID (station/catalogue/label_template.py), so the
supervisor's screens can translate them: each names the template it is about as a nested text
(the file and its target, or "This template" in the editor), carries the file's path, the fields
and the offending character as parameters, and keeps a reason from the system or the renderer
as it was given. Their English stays what `station config check` and the journal have said.
On real files; the renderer is the real zplkit."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from station.errors import ConfigError
from station.peripherals.label_template import filled_in, read_text, template_of, write_text
from station.peripherals.label_zpl import DEFAULT_TEMPLATE
from station.text import Text

FIX = (
    "Fix the target's label_template in the supervisor's target editor, or clear it to print "
    "the built-in label."
)


def _refusal(call: Callable[..., object], *args: object) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        call(*args)
    return caught.value


def test_a_missing_file_names_its_path_and_target(tmp_path: Path) -> None:
    path = tmp_path / "labels" / "unit.zpl"
    exc = _refusal(template_of, path, "plant-eu")
    where = Text.of("label_template.at_target", path=str(path), target="plant-eu")
    assert exc.text == Text.of("label_template.missing", where=where)
    assert exc.action_text == Text.of("label_template.missing.action", path=str(path))
    assert exc.message == f"The label template {path} (target plant-eu) does not exist."
    assert exc.action == f"Put the template file at {path}. {FIX}"
    # Without a target, the file alone.
    exc = _refusal(template_of, path)
    assert exc.text.params["where"] == Text.of("label_template.at", path=str(path))
    assert exc.message == f"The label template {path} does not exist."


def test_a_folder_is_not_a_file_and_cannot_be_read(tmp_path: Path) -> None:
    exc = _refusal(template_of, tmp_path, "plant-eu")
    assert exc.message_id == "label_template.not_a_file"
    assert exc.action == f"Name the template file itself. {FIX}"
    # Read anyway (as the editor opens a file), the system's reason comes through as it said it.
    exc = _refusal(read_text, tmp_path)
    assert exc.text == Text.of(
        "label_template.unreadable",
        where=Text.of("label_template.at", path=str(tmp_path)),
        reason="Is a directory",
    )
    assert exc.message == f"The label template {tmp_path} cannot be read (Is a directory)."


def test_a_byte_order_mark_is_named_by_its_offset_and_value(tmp_path: Path) -> None:
    path = tmp_path / "unit.zpl"
    path.write_bytes(b"^XA\xef\xbb\xbf^XZ")
    exc = _refusal(template_of, path, "plant-eu")
    assert exc.message_id == "label_template.file_not_ascii"
    assert (exc.text.params["offset"], exc.text.params["byte"]) == (3, "EF")
    assert exc.message == (
        f"The label template {path} (target plant-eu) is not plain ASCII (byte 3 is 0xEF)."
    )
    assert exc.action_text.id == "label_template.file_not_ascii.action"


def test_a_rule_of_the_template_keeps_its_own_message_inside_the_file_s(tmp_path: Path) -> None:
    path = tmp_path / "unit.zpl"
    path.write_text(DEFAULT_TEMPLATE.replace("^FD{code}", "^FH^FD{code}", 1), "ascii")
    exc = _refusal(template_of, path, "plant-eu")
    assert exc.message_id == "label_template.unsafe"
    assert exc.text.params["problem"] == Text.of("label_template.hex_escapes")
    assert exc.action_text == Text.of("label_template.hex_escapes.action")
    assert exc.message == (
        f"The label template {path} (target plant-eu): The label template uses ^FH, which would "
        "read the '_' in device IDs as hex escapes."
    )


def test_the_template_s_own_field_names_are_parameters_not_translated_text() -> None:
    exc = _refusal(filled_in, DEFAULT_TEMPLATE.replace("{code}", "{cod}"))
    problem = exc.text.params["problem"]
    assert problem == Text.of("label_template.unknown_fields", names="cod")
    assert exc.action_text == Text.of(
        "label_template.unknown_fields.action", fields="{serial}, {device_id}, {code}"
    )
    assert exc.message == "The label template: The label template names unknown fields: cod."
    assert exc.action == "Use only {serial}, {device_id}, {code}."

    exc = _refusal(filled_in, DEFAULT_TEMPLATE.replace("{code}", "CODE"))
    assert exc.text.params["problem"] == Text.of("label_template.no_code", code="{code}")
    assert exc.action == "Put {code} in the QR or DataMatrix field."


def test_missing_fields_are_named_with_what_the_label_would_lack() -> None:
    text = DEFAULT_TEMPLATE.replace("{serial}", "SN").replace("{device_id}", "ID")
    exc = _refusal(filled_in, text, Text.of("label_template.this"))
    assert exc.text == Text.of(
        "label_template.lacks",
        where=Text.of("label_template.this"),
        fields="{serial}, {device_id}",
        needs=Text.of(
            "label_template.need.and",
            first=Text.of("label_template.need.serial"),
            rest=Text.of("label_template.need.device_id"),
        ),
    )
    assert exc.message == (
        "This template has no {serial}, {device_id} field, so the label would lack the unit's "
        "serial printed for people; the device ID printed for people."
    )


def test_what_the_renderer_and_the_formatter_say_stays_their_words() -> None:
    exc = _refusal(filled_in, DEFAULT_TEMPLATE.replace("^PW406", "^QQ406"))
    assert exc.message_id == "label_template.not_drawn"
    problem = exc.text.params["problem"]
    assert isinstance(problem, str) and problem.startswith("ZPL byte ")
    assert exc.message == f"The label template does not draw as a printer would: {problem}."

    exc = _refusal(filled_in, DEFAULT_TEMPLATE.replace("^XZ", "^FO1,1^FD{serial:d}^FS^XZ"))
    assert exc.text.params["reason"] == "Unknown format code 'd' for object of type 'str'"
    assert exc.action_text == Text.of(
        "label_template.write_fields.action",
        serial="{serial}",
        device_id="{device_id}",
        code="{code}",
    )
    assert exc.action == (
        "Write each field as {serial}, {device_id} or {code}, and double other braces."
    )


def test_saving_names_the_character_or_the_file_and_the_system_s_reason(tmp_path: Path) -> None:
    exc = _refusal(write_text, tmp_path / "unit.zpl", "^XA^FDGröße^FS^XZ")
    assert exc.text == Text.of(
        "label_template.not_ascii",
        where=Text.of("label_template.the"),
        char="'ö'",
        offset=8,
    )
    assert exc.message == "The label template holds 'ö' at character 8, which is not plain ASCII."
    assert not (tmp_path / "unit.zpl").exists()

    path = tmp_path / "none" / "unit.zpl"
    exc = _refusal(write_text, path, DEFAULT_TEMPLATE)
    assert exc.text == Text.of(
        "label_template.unwritable",
        where=Text.of("label_template.at", path=str(path)),
        reason="No such file or directory",
    )
    assert exc.action_text.id == "label_template.unwritable.action"


def test_a_lone_brace_is_refused_with_python_s_words_for_it() -> None:
    exc = _refusal(filled_in, DEFAULT_TEMPLATE.replace("{serial}", "{serial}}"))
    assert exc.text.params["problem"] == Text.of(
        "label_template.lone_brace", reason="Single '}' encountered in format string"
    )
    assert exc.action_text.id == "label_template.write_fields.action"
    assert exc.message == (
        "The label template: The label template has a brace that neither opens nor closes a "
        "field (Single '}' encountered in format string)."
    )
