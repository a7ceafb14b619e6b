"""Why a verify failed is a catalogue message beside its English (`VerifyResult.reason_text`;
`reason` stays word for word as before, for the command line and the journal's own messages):
the QA window translates it. Record numbers, table names, the values compared and SQLite's
words stay as the file and SQLite give them."""

from __future__ import annotations

from pathlib import Path

from station.journal import verify
from station.journal.verify_failures import broken_link
from station.text import Text
from tests.journal.test_verify import _index_out_of_step, _journal, _tamper


def test_an_edited_and_a_deleted_record_by_id(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    assert verify(path).reason_text is None  # an intact chain: nothing to translate
    _tamper(path, "UPDATE events SET payload = replace(payload, 'd1', 'dX') WHERE seq = 6")
    edited = verify(path)
    assert edited.reason_text == Text.of("journal.verify.hash", seq=6)
    assert edited.reason == edited.reason_text.english
    assert edited.reason.startswith("record 6 does not match its hash: it was changed after")

    gone = _journal(tmp_path / "gone")
    _tamper(gone, "DELETE FROM events WHERE seq = 10")
    missing = verify(gone)
    assert missing.reason_text == Text.of("journal.verify.missing", seq=10, next=11)
    assert missing.reason == "record 10 is missing (the next record is 11)"


def test_what_the_tables_say_by_id_with_the_values_as_stored(tmp_path: Path) -> None:
    path = _journal(tmp_path)
    _tamper(path, "UPDATE attempts SET fingerprint = 'c' || substr(fingerprint, 2) WHERE id = 3")
    result = verify(path)
    said = result.reason_text
    assert said is not None and said.id == "journal.verify.field_differs"
    assert said.params["key"] == "fingerprint"
    assert str(said.params["table"]).startswith("'caaa")
    assert result.reason == (
        f"attempt {said.params['attempt']}: the table says fingerprint = "
        f"{said.params['table']}, its records say {said.params['records']}"
    )

    counted = _journal(tmp_path / "counted")
    _tamper(counted, "INSERT INTO audit VALUES (99, 0, 'override', 'sam', '{}', 'rework')")
    rows = verify(counted)
    assert rows.reason_text == Text.of(
        "journal.verify.count_differs", table="audit", count=2, seen=1
    )
    assert rows.reason == "the audit table holds 2 rows but the records explain 1"


def test_a_malformed_file_keeps_sqlites_words(tmp_path: Path) -> None:
    result = verify(_index_out_of_step(tmp_path, 2))
    problem = "'row 1 missing from index attempts_by_device'"
    assert result.reason_text == Text.of("journal.verify.malformed.more", problem=problem, more=1)
    assert result.reason == (
        f"the database file is malformed: SQLite's integrity check reports {problem} (and 1 more)"
    )
    one = verify(_index_out_of_step(tmp_path / "one", 1))
    assert one.reason_text == Text.of("journal.verify.malformed", problem=problem)


def test_a_changed_link_names_what_it_should_be() -> None:
    first = broken_link(1)
    assert first == Text.of(
        "journal.verify.link", seq=1, before=Text.of("journal.verify.link.start")
    )
    assert first.english == (
        "record 1 stores a link to the record before it (prev_hash) that is not the chain's "
        "start (32 zero bytes): the link was changed after it was written"
    )
    assert broken_link(5).english == (
        "record 5 stores a link to the record before it (prev_hash) that is not record 4's "
        "hash: the link was changed after it was written"
    )
