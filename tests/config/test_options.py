"""Each option is declared once: the docs tables, the editor's fields and the writer follow it."""

from __future__ import annotations

import dataclasses
import tomllib
from pathlib import Path

import pytest

from station.config import StationConfig, TargetConfig, parse_config, to_document
from station.config.docs import DOC, DOCS, all_sections, marked_sections, render
from station.config.line_section import LINE
from station.config.model import FixtureConfig, FleetConfig, LineConfig, RolesConfig, SlotConfig
from station.config.options import Context, Option, Section, Where
from station.config.sections import FIXTURE, FLEET, ROLES, SECTIONS, SLOT, TOP
from station.config.target_section import TARGET
from station.targets.fields import FIELDS
from tests.config.examples import PLANT

MODELS: list[tuple[Section, type]] = [
    (ROLES, RolesConfig),
    (TARGET, TargetConfig),
    (FIXTURE, FixtureConfig),
    (SLOT, SlotConfig),
    (TOP, StationConfig),
    (FLEET, FleetConfig),
    (LINE, LineConfig),
]


def test_the_docs_tables_are_the_declarations() -> None:
    known = all_sections()
    for doc in sorted(DOCS.glob("*.md")):
        text = doc.read_text(encoding="utf-8")
        assert render(text, known) == text, (
            f"{doc.name}'s option tables differ from the declarations; "
            "run `python -m station.config.docs`"
        )


def test_every_section_with_options_has_exactly_one_table_in_the_docs() -> None:
    marked = [p for doc in DOCS.glob("*.md") for p in marked_sections(doc.read_text("utf-8"))]
    with_options = sorted(path for path, s in all_sections().items() if s.options or s.tables)
    assert sorted(set(marked)) == sorted(marked), "a section has two tables in the docs"
    assert sorted(marked) == with_options, (
        "each declared section with options needs one table in docs/*.md: add the lines "
        "'<!-- options: PATH -->' and '<!-- end of options -->' (a profile's on its own page), "
        "then run `python -m station.config.docs`"
    )
    assert sorted(marked_sections(DOC.read_text(encoding="utf-8"))) == sorted(SECTIONS)


def test_a_changed_declaration_shows_in_the_docs_check() -> None:
    text = DOC.read_text(encoding="utf-8")
    edited = text.replace("| `baud` | integer | `115200` |", "| `baud` | integer | `9600` |")
    assert edited != text
    assert render(edited) == text


def test_a_docs_table_for_an_undeclared_section_is_an_error() -> None:
    with pytest.raises(KeyError, match="nosuch"):
        render("<!-- options: nosuch -->\n| x |\n<!-- end of options -->\n")


@pytest.mark.parametrize(("section", "model"), MODELS, ids=lambda v: getattr(v, "path", ""))
def test_every_option_is_a_field_of_its_model_with_the_same_default(
    section: Section, model: type
) -> None:
    fields = {f.name: f for f in dataclasses.fields(model)}
    for option in section.options:
        assert option.field in fields, f"{model.__name__} has no field for {option.key}"
        field = fields[option.field]
        if field.default is not dataclasses.MISSING and option.default is not None:
            assert field.default == option.default, option.key


def test_the_target_editor_shows_every_target_option() -> None:
    assert [f.key for f in FIELDS] == ["name", *(o.key for o in TARGET.options)]
    assert all(f.label and f.help for f in FIELDS)


def test_an_option_added_to_a_section_is_read_written_and_documented(tmp_path: Path) -> None:
    extra = Option("colour", str, "A colour.", default="blue", label="Colour", help="Any")
    section = dataclasses.replace(SLOT, options=(*SLOT.options, extra))
    table = {"name": "1", "port": "/dev/pts/7", "colour": "red"}
    read = section.read(table, Where("t.toml"), Context("t.toml", tmp_path))
    assert read["colour"] == "red"
    assert '| `colour` | string | `"blue"` | A colour. |' in section.markdown()


def test_a_saved_document_names_every_declared_key(tmp_path: Path) -> None:
    config = parse_config(
        tomllib.loads(PLANT), source="x", base_dir=tmp_path, default_journal=tmp_path / "j"
    )
    document = to_document(config)
    # [fleet] and [line] are optional: a station without them writes no such table.
    assert set(document) == TOP.keys - {"fleet", "line"}
    assert set(document["roles"]) == ROLES.keys
    for target in document["targets"].values():
        assert set(target) == TARGET.keys
    for fixture in document["fixtures"]:
        assert set(fixture) == FIXTURE.keys
        for slot in fixture["slots"]:
            assert set(slot) == SLOT.keys
