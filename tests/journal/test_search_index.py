"""The substring index keeps no positions (schema 6): attempts that hold every trigram of a
search text but not the text itself are candidates only, and never shown."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from station.journal import AttemptFilter, Journal, JournalQuery
from tests.journal.helpers import full_attempt


def _journal(tmp_path: Path, devices: list[tuple[str, str]]) -> tuple[Path, dict[str, str]]:
    path = tmp_path / "j.sqlite"
    ids = {}
    with Journal.open(path, station_id="s") as journal:
        for device_id, serial in devices:
            ids[device_id] = full_attempt(journal, device_id=device_id, serial=serial)
    return path, ids


def test_every_trigram_without_the_text_is_not_a_match(tmp_path: Path) -> None:
    path, ids = _journal(
        tmp_path,
        [
            ("abcd-1", "SN1"),  # holds "abcd"
            ("abcXbcd", "SN2"),  # both trigrams of "abcd", never together
            ("abc-3", "bcd-3"),  # one trigram in each column
            ("ABCDEF", "SN4"),  # holds it in another case
            ("zzz", "xxabcdxx"),  # in the serial
        ],
    )
    with JournalQuery.open(path) as q:
        found = set(q.keys(AttemptFilter(text="abcd")))
        assert q.count(AttemptFilter(text="abcd")) == 3
    assert found == {ids["abcd-1"], ids["ABCDEF"], ids["zzz"]}


def test_a_text_whose_trigrams_repeat_is_found_once(tmp_path: Path) -> None:
    path, ids = _journal(tmp_path, [("aaaaaa", "SN1"), ("aaab", "SN2"), ("aa-aa", "SN3")])
    with JournalQuery.open(path) as q:
        assert set(q.keys(AttemptFilter(text="aaaa"))) == {ids["aaaaaa"]}
        assert q.count(AttemptFilter(text="aaa")) == 2


def test_the_index_keeps_no_positions(tmp_path: Path) -> None:
    path, _ = _journal(tmp_path, [("abcd-1", "SN1")])
    conn = sqlite3.connect(path)
    try:
        (sql,) = conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'attempt_search'"
        ).fetchone()
        # A phrase needs positions: refused, so no query can rely on them by mistake.
        refused = None
        try:
            conn.execute("SELECT rowid FROM attempt_search WHERE attempt_search MATCH '\"abcd\"'")
        except sqlite3.OperationalError as exc:
            refused = str(exc)
    finally:
        conn.close()
    assert "detail='none'" in sql
    assert "columnsize=0" in sql
    assert refused is not None and "phrase queries are not supported" in refused
