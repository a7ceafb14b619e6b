"""QA queries on a seeded journal return exactly what plain Python says they should."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from typing import Any

import pytest

from station.journal import UNFINISHED, AttemptFilter, JournalQuery
from station.journal.model import from_us, to_us
from tests.fixtures.journal import SeededJournal
from tests.fixtures.production import expected_production


def _matches(row: dict[str, Any], f: AttemptFilter) -> bool:
    if f.since is not None and row["started_us"] < to_us(f.since):
        return False
    if f.until is not None and row["started_us"] >= to_us(f.until):
        return False
    if f.results:
        result = row["result"] if row["result"] is not None else UNFINISHED
        if result not in f.results:
            return False
    for key, column in (
        ("slot", "slot"),
        ("operator", "operator"),
        ("target", "target_name"),
        ("realm", "realm"),
        ("error_class", "error_class"),
    ):
        wanted = getattr(f, key)
        if wanted is not None and row[column] != wanted:
            return False
    text = f.text.strip().lower()
    if text:
        haystacks = [(row["device_id"] or "").lower(), (row["hardware_serial"] or "").lower()]
        if not any(text in h for h in haystacks):
            return False
    return True


def _expected_ids(seeded: SeededJournal, f: AttemptFilter) -> list[str]:
    return [r["attempt_id"] for r in seeded.attempts if _matches(r, f)]


@pytest.fixture
def query(seeded_journal: SeededJournal) -> Any:
    with JournalQuery.open(seeded_journal.path) as q:
        yield q


def _filters(seeded: SeededJournal) -> list[AttemptFilter]:
    some = seeded.attempts[137]
    start = seeded.start
    return [
        AttemptFilter(),
        AttemptFilter(since=start + timedelta(hours=2), until=start + timedelta(hours=5)),
        AttemptFilter(results=frozenset({"FAIL", "SCRAP"})),
        AttemptFilter(results=frozenset({UNFINISHED})),
        AttemptFilter(slot="3"),
        AttemptFilter(operator="bob", slot="1"),
        AttemptFilter(target="line-b", results=frozenset({"PASS"})),
        AttemptFilter(realm="plant1", error_class="timeout"),
        AttemptFilter(error_class="storage_written"),
        AttemptFilter(text=some["device_id"][3:11]),  # trigram path, mixed case
        AttemptFilter(text=some["device_id"][5:11].lower()),  # case-insensitive
        AttemptFilter(text=some["hardware_serial"]),
        AttemptFilter(text="SN1000012"),  # a serial prefix shared by ten devices
        AttemptFilter(text="7"),  # short text: the LIKE path
        AttemptFilter(text="_%"),  # wildcards are literal
        AttemptFilter(text='"x'),  # quotes are literal
        AttemptFilter(
            text="SN100",
            operator="alice",
            since=start + timedelta(hours=1),
            results=frozenset({"PASS", "FAIL"}),
        ),
    ]


def test_every_filter_returns_exactly_the_matching_attempts(
    query: JournalQuery, seeded_journal: SeededJournal
) -> None:
    for f in _filters(seeded_journal):
        expected = _expected_ids(seeded_journal, f)
        assert query.count(f) == len(expected), f
        assert set(query.keys(f)) == set(expected), f
    # The filters above are not vacuous.
    assert query.count(AttemptFilter(results=frozenset({UNFINISHED}))) == 2
    assert 0 < query.count(AttemptFilter(text="SN1000012")) < 100


def test_keys_are_ordered_and_paged(query: JournalQuery, seeded_journal: SeededJournal) -> None:
    newest_first = query.keys()
    by_start = sorted(seeded_journal.attempts, key=lambda r: (r["started_us"], r["id"]))
    assert newest_first == [r["attempt_id"] for r in reversed(by_start)]
    assert query.keys(descending=False, limit=10, offset=5) == [
        r["attempt_id"] for r in by_start[5:15]
    ]
    by_serial = query.keys(order_by="hardware_serial", descending=False)
    serials = [
        r["hardware_serial"] for r in sorted(seeded_journal.attempts, key=lambda r: r["attempt_id"])
    ]
    assert len(by_serial) == len(serials)
    ordered = [query.rows([k])[0].hardware_serial or "" for k in by_serial[:200]]
    assert ordered == sorted(ordered)
    with pytest.raises(ValueError, match="cannot sort"):
        query.keys(order_by="console_excerpt")


def test_rows_come_back_in_the_requested_order(
    query: JournalQuery, seeded_journal: SeededJournal
) -> None:
    ids = [r["attempt_id"] for r in seeded_journal.attempts[::-97]]
    rows = query.rows([*ids, "not-an-attempt"])
    assert [r.attempt_id for r in rows] == ids
    raw = {r["attempt_id"]: r for r in seeded_journal.attempts}
    for row in rows:
        source = raw[row.attempt_id]
        assert row.started_at == from_us(source["started_us"])
        assert (row.result, row.device_id, row.slot) == (
            source["result"],
            source["device_id"],
            source["slot"],
        )
    many = [r["attempt_id"] for r in seeded_journal.attempts]
    assert [r.attempt_id for r in query.rows(many)] == many


def test_summary_matches_an_independent_count(
    query: JournalQuery, seeded_journal: SeededJournal
) -> None:
    start = seeded_journal.start
    for f in (
        AttemptFilter(),
        AttemptFilter(since=start + timedelta(hours=3), until=start + timedelta(hours=9)),
        AttemptFilter(slot="4"),
    ):
        selected = [r for r in seeded_journal.attempts if _matches(r, f)]
        results = Counter(r["result"] for r in selected)
        made = expected_production(selected)
        failures = Counter(
            r["error_class"]
            for r in selected
            if r["result"] not in (None, "PASS") and r["error_class"]
        )
        summary = query.summary(f)
        assert summary.attempts == len(selected)
        assert summary.passed == results["PASS"]
        assert summary.failed == results["FAIL"]
        assert summary.scrapped == results["SCRAP"]
        assert summary.unfinished == results[None]
        assert summary.devices == made["devices"]
        assert summary.first_pass_devices == made["first_pass_devices"]
        assert summary.first_pass_yield == pytest.approx(
            made["first_pass_devices"] / made["devices"]
        )
        assert 0 < made["first_pass_devices"] < made["devices"]  # some devices needed a retry
        assert [(p.error_class, p.count) for p in summary.pareto] == sorted(
            failures.items(), key=lambda kv: (-kv[1], kv[0])
        )
        assert summary.pareto[-1].cumulative_share == pytest.approx(1.0)
        # Over the active production time, not the filter's range: a 6-hour window around
        # 4 hours of work is still read as the rate of those 4 hours.
        assert summary.units_per_hour == pytest.approx(made["units_per_hour"])


def test_summary_of_nothing(query: JournalQuery) -> None:
    summary = query.summary(AttemptFilter(operator="nobody"))
    assert summary.attempts == 0
    assert summary.first_pass_yield is None
    assert summary.units_per_hour is None
    assert summary.pareto == ()


def test_distinct_values_feed_the_filter_menus(query: JournalQuery) -> None:
    assert query.distinct("slot") == [str(n) for n in range(1, 9)]
    assert query.distinct("operator") == ["alice", "bob", "chen", "dana", "erin"]
    assert "timeout" in query.distinct("error_class")


def test_changed_since_reports_new_and_updated_attempts(
    query: JournalQuery, seeded_journal: SeededJournal
) -> None:
    head = query.head_seq()
    new_head, touched = query.changed_since(head - 6)
    assert new_head == head
    assert set(touched) <= {r["attempt_id"] for r in seeded_journal.attempts}
    assert touched  # the two unfinished attempts were written last
    assert query.changed_since(head) == (head, [])


def test_a_filter_rejects_what_it_cannot_mean() -> None:
    with pytest.raises(ValueError, match="unknown results"):
        AttemptFilter(results=frozenset({"GOOD"}))
    with pytest.raises(ValueError, match="timezone"):
        AttemptFilter(since=from_us(0).replace(tzinfo=None))
