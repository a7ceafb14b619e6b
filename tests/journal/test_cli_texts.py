"""`station journal`'s refusals and what `verify` prints are catalogue messages (the command
line prints their English, word for word as before): the option's value quoted as typed, the
verify's reason as the journal's verify gives it."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.cli import main
from station.errors import UsageError
from station.journal.cli import _when
from station.journal.damage import RESTORE_ACTION
from station.journal.verify import verify
from station.text import Text
from tests.journal.test_verify import _index_out_of_step, _journal, _tamper


def _verify(capsys: pytest.CaptureFixture[str], path: Path) -> tuple[int, str]:
    code = main(["journal", "verify", "--journal", str(path)])
    return code, capsys.readouterr().out


def test_verify_says_each_outcome_word_for_word(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _journal(tmp_path)
    assert _verify(capsys, path) == (0, f"Journal {path} verified: 17 records, chain intact.\n")
    _tamper(path, "UPDATE events SET payload = replace(payload, 'd1', 'dX') WHERE seq = 6")
    assert _verify(capsys, path) == (
        1,
        f"Journal {path} FAILED verification at record 6: {verify(path).reason}.\n"
        "5 records before it verified.\n"
        "Keep this file for investigation and restore the journal from its backup.\n",
    )
    counted = _journal(tmp_path / "counted")
    _tamper(counted, "INSERT INTO audit VALUES (99, 0, 'override', 'sam', '{}', 'rework')")
    code, out = _verify(capsys, counted)
    assert code == 1 and out.startswith(
        f"Journal {counted} FAILED verification at tables: the audit table holds 2 rows"
    )
    damaged = _index_out_of_step(tmp_path / "damaged", 1)
    assert _verify(capsys, damaged) == (
        1,
        f"Journal {damaged} is DAMAGED: {verify(damaged).reason}.\n"
        "The hash chain was not checked: the file itself cannot be trusted.\n"
        f"{RESTORE_ACTION}\n",
    )


def test_a_time_that_is_none_by_id() -> None:
    with pytest.raises(UsageError) as raised:
        _when("yesterday", "--since")
    assert raised.value.text == Text.of(
        "journal.cli.not_a_time", option="--since", text="'yesterday'"
    )
    assert str(raised.value) == (
        "--since 'yesterday' is not a date or time. — write --since 2026-03-01 or --since "
        "2026-03-01T14:30"
    )
