"""SQL that writes each exported attempt as one finished line of CSV or JSON Lines.

SQLite formats every line, so Python only joins the lines of a batch and writes them: per-row
Python (reading thirty values, `csv.writer`, datetimes, dicts) used to cost more than the query.
What makes the SQL itself cheap, measured on a year of journal:

- one `printf` per CSV line; every cell but a number is quoted, text with `%w` (RFC 4180:
  quotes doubled, and a quoted cell may hold commas and line breaks), so no cell is searched for
  what needs quoting. This is what Python's `csv.QUOTE_NONNUMERIC` writes, a missing value
  included (`""`), so the fleet's export (`station.fleet.qa_export`) writes the same file;
- the formula guard reads only a cell's first code point (`csv_cells.guarded_sql`);
- the steps are joined and grouped once per attempt, in primary-key order, instead of a
  correlated subquery per attempt; the nine per-step totals of the usual attempt (its steps
  once each, in the usual order, perhaps cut short by a failure) are its durations as they
  come, and only other attempts sum the steps by name;
- times are formatted from integer microseconds with `date` and integer arithmetic, a quarter
  cheaper than `strftime` (`iso_sql`; a test holds it equal to `model.iso`);
- the console is cleaned (a Python function) only where there is a console excerpt.

Every SQL text here is built from constants (column and step names), never from input.
"""

from __future__ import annotations

from station.journal.csv_cells import guarded_sql
from station.journal.model import STEP_NAMES

#: Columns of `attempts` exported as they are, in export order (JSON objects and times apart).
TEXT_COLUMNS: tuple[str, ...] = (
    "slot",
    "operator",
    "target_name",
    "realm",
    "pairing_url",
    "device_id",
    "hardware_serial",
    "model",
    "firmware",
    "storage_kind",
    "result",
    "error_class",
    "message",
    "action",
    "fingerprint",
)

#: The steps, joined to their attempt `a` by its primary key, so in the order they were taken.
FROM_ATTEMPTS_AND_STEPS = (
    "FROM {source} AS a LEFT JOIN steps AS s ON s.attempt_ref = a.id "
    "GROUP BY a.started_us, a.id ORDER BY a.started_us, a.id"
)

DURATION_SQL = "(a.finished_us - a.started_us) / 1000000.0"


def iso_sql(us: str) -> str:
    """`model.iso` (UTC, microseconds, "+00:00") of integer microseconds; NULL stays NULL."""
    return (
        f"date({us} / 1000000, 'unixepoch') || printf('T%02d:%02d:%02d.%06d+00:00', "
        f"{us} / 3600000000 % 24, {us} / 60000000 % 60, {us} / 1000000 % 60, {us} % 1000000)"
    )


_NO_VALUE = '""'  # no number: an empty quoted cell, as `csv.QUOTE_NONNUMERIC` writes None

# Where the console has text, the export shows it as a terminal would (`terminal.py`).
_CONSOLE = "CASE WHEN a.console_excerpt = '' THEN '' ELSE {function}(a.console_excerpt) END"

_STEP_OBJECT = f"""json_object('step', s.step, 'started_at', {iso_sql("s.started_us")},
    'duration_s', s.duration_s, 'ok', CASE s.ok WHEN 0 THEN json('false') ELSE json('true') END,
    'detail', s.detail)"""
#: The attempt's steps as a JSON array (a JSON value: `json_object` nests it as it is).
STEPS_JSON_SQL = f"json_group_array({_STEP_OBJECT}) FILTER (WHERE s.attempt_ref IS NOT NULL)"


def _step_cells() -> str:
    """The per-step total durations as CSV cells, one per `STEP_NAMES`, empty if not taken."""
    prefixes = " ".join(
        f"WHEN {n} THEN '{','.join(STEP_NAMES[:n])}'" for n in range(1, len(STEP_NAMES) + 1)
    )
    none = ",".join([_NO_VALUE] * len(STEP_NAMES))
    # The cells of the steps not taken: three characters (`,""`) each.
    missing = f"substr('{none[2:]}', 1, 3 * ({len(STEP_NAMES)} - count(s.step)))"
    by_name = ", ".join(
        f"ifnull(sum(t.duration_s) FILTER (WHERE t.step = '{name}'), '{_NO_VALUE}')"
        for name in STEP_NAMES
    )
    every_step = f"(SELECT printf('{','.join(['%s'] * len(STEP_NAMES))}', {by_name}) "
    every_step += "FROM steps AS t WHERE t.attempt_ref = a.id)"
    # `group_concat` keeps both lists in one order, whatever it is: the names are checked
    # against the usual sequence, so each duration lands under its own step.
    return (
        f"CASE WHEN count(s.step) = 0 THEN '{none}' "
        f"WHEN group_concat(s.step) = CASE count(s.step) {prefixes} END "
        f"THEN group_concat(s.duration_s) || {missing} "
        f"ELSE {every_step} END"
    )


def csv_line_sql(steps: bool) -> str:
    """One CSV line per attempt (without its CRLF), in `export.CSV_COLUMNS` order; `steps`
    adds the per-step JSON before the console."""
    cells = [
        ('"%w"', f"ifnull({guarded_sql('a.attempt_id')}, '')"),
        ('"%w"', f"ifnull({guarded_sql('a.station_id')}, '')"),
        ('"%s"', iso_sql("a.started_us")),
        ('"%s"', iso_sql("a.finished_us")),
        ("%s", f"ifnull({DURATION_SQL}, '{_NO_VALUE}')"),
        *(('"%w"', f"ifnull({guarded_sql(f'a.{c}')}, '')") for c in TEXT_COLUMNS),
        ('"%w"', "a.link_stats"),  # the writer's canonical JSON
        ('"%w"', f"ifnull({guarded_sql('a.profile')}, '')"),
        ('"%w"', "json(a.facts)"),
        ("%s", _step_cells()),
    ]
    if steps:
        cells.append(('"%w"', STEPS_JSON_SQL))
    cells.append(('"%w"', _CONSOLE.format(function="console_cell")))
    form = ",".join(f for f, _ in cells)
    values = ", ".join(v for _, v in cells)
    return f"SELECT printf('{form}', {values}) {FROM_ATTEMPTS_AND_STEPS}"


#: One JSON object per attempt, keys in the order exports have always had.
JSONL_LINE_SQL = f"""SELECT json_object(
    'attempt_id', a.attempt_id, 'station_id', a.station_id,
    'started_at', {iso_sql("a.started_us")}, 'finished_at', {iso_sql("a.finished_us")},
    'duration_s', {DURATION_SQL}, 'slot', a.slot, 'operator', a.operator,
    'target_name', a.target_name, 'realm', a.realm, 'pairing_url', a.pairing_url,
    'device_id', a.device_id, 'hardware_serial', a.hardware_serial, 'model', a.model,
    'firmware', a.firmware, 'storage_kind', a.storage_kind, 'profile', a.profile,
    'facts', json(a.facts), 'result', a.result, 'error_class', a.error_class,
    'message', a.message, 'action', a.action, 'fingerprint', a.fingerprint,
    'link_stats', json(a.link_stats), 'steps', {STEPS_JSON_SQL},
    'console_excerpt', {_CONSOLE.format(function="plain_console")})
{FROM_ATTEMPTS_AND_STEPS}"""
