"""How an attempt's records carry its steps and its outcome, in both forms a journal may hold.

Steps ride in the attempt's next record (`pending_steps.py`). Records written before the compact
form carry them as `"steps": [[step, started_us, duration_s, ok, detail], ...]`: the name, the
absolute start and `true, ""` for every step that went well, about 45 bytes a step, nine steps an
attempt. The compact form carries them under another key, `"s"`, so a reader tells the two apart
by the key alone and never has to guess a list's shape:

    "s": [[code, offset_us, duration_s], ...]           a step that went well, without detail
         [code, offset_us, duration_s, 0]               a step that failed, without detail
         [code, offset_us, duration_s, ok, detail]      a step with a detail (ok is 0 or 1)

`code` is the step's place in `STEP_CODES` (a step not in it is written by its name),
`offset_us` its start in microseconds after the attempt's start (its begin record's time), and
`duration_s` the same JSON number as the old form wrote. Each value is the one the `steps` table
and the exports show, exactly: times are microseconds in both forms, and the duration is the
float it was given (the exports print it to SQLite's fifteen digits; whole milliseconds would
round what they show).

A finish record in the compact form leaves out what it would hold empty: an error class,
message, action or console excerpt of `""`, link statistics of `{}`. A reader takes a missing one
as empty. Old finish records always hold all of them, so the rule reads both forms.

The payload is hashed as stored, so the chain covers the compact text exactly as it covered the
old; old records are never rewritten.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from station.journal.pending_steps import Step

#: The step codes of the compact form. Part of the record format: a code never changes meaning
#: and this tuple never changes order; a step the table lacks is written by its name.
STEP_CODES: tuple[str, ...] = (
    "connect",
    "identify",
    "policy",
    "register",
    "record_intent",
    "write",
    "read_back",
    "verify_cloud",
    "lock",
)
_CODE_OF = {name: code for code, name in enumerate(STEP_CODES)}
_NAME_OF = dict(enumerate(STEP_CODES))

#: The key of the steps in each form.
OLD_STEPS = "steps"
COMPACT_STEPS = "s"

#: A finish record's fields that the compact form leaves out when empty, with that empty value.
FINISH_DEFAULTS: Mapping[str, Any] = {
    "error_class": "",
    "message": "",
    "action": "",
    "console_excerpt": "",
    "link_stats": {},
}


def compact_steps(steps: Sequence[Step], started_us: int) -> list[list[Any]]:
    """`steps` held in memory ([step, started_us, duration_s, ok, detail]) in the compact form,
    for an attempt that started at `started_us`."""
    carried: list[list[Any]] = []
    for name, step_us, duration_s, ok, detail in steps:
        step: list[Any] = [_CODE_OF.get(name, name), step_us - started_us, duration_s]
        if detail:
            step += [int(ok), detail]
        elif not ok:
            step.append(0)
        carried.append(step)
    return carried


def carried_steps(payload: Mapping[str, Any], started_us: int) -> list[Step]:
    """The steps a record carries, in either form, as [step, started_us, duration_s, ok, detail]
    with `ok` a bool; `started_us` is the attempt's start (the compact form counts from it).

    Raises KeyError, TypeError or ValueError on a step no writer writes.
    """
    if COMPACT_STEPS in payload:
        if OLD_STEPS in payload:  # no writer's: an older reader would read the other list
            raise ValueError("a record with steps in both forms")
        steps = payload[COMPACT_STEPS]
        if not isinstance(steps, list):
            raise ValueError(f"compact steps that are not a list: {json.dumps(steps)}")
        return [_expanded(step, started_us) for step in steps]
    return [
        [name, step_us, duration_s, bool(ok), detail]
        for name, step_us, duration_s, ok, detail in payload.get(OLD_STEPS, ())
    ]


def _expanded(step: Any, started_us: int) -> Step:
    """One compact step, exactly as a writer writes it (`STEP_SQL` admits the same): any other
    value is refused, never read some other way, so every reader reads a record alike."""
    if not isinstance(step, list) or not 3 <= len(step) <= 5:
        raise ValueError(f"not a compact step: {json.dumps(step)}")
    code, offset_us, duration_s, *rest = step
    if (
        type(offset_us) is not int
        or type(duration_s) not in (int, float)
        or (rest and (type(rest[0]) is not int or rest[0] not in (0, 1)))
        or (len(rest) == 2 and type(rest[1]) is not str)
    ):
        raise ValueError(f"not a compact step: {json.dumps(step)}")
    name = code if isinstance(code, str) else _NAME_OF[code] if type(code) is int else None
    if name is None:
        raise ValueError(f"not a step code: {json.dumps(code)}")
    ok = bool(rest[0]) if rest else True
    detail = rest[1] if len(rest) == 2 else ""
    return [name, started_us + offset_us, duration_s, ok, detail]


def compact_finish(payload: Mapping[str, Any]) -> dict[str, Any]:
    """A finish record's payload without the fields that are empty."""
    return {k: v for k, v in payload.items() if k not in FINISH_DEFAULTS or v != FINISH_DEFAULTS[k]}


def finish_field(payload: Mapping[str, Any], key: str) -> Any:
    """A finish record's `key` in either form (the compact one leaves an empty field out).

    Raises ValueError on a null, which no writer writes: read as empty it would be a second
    way to say so, read as text the centre's 'None'."""
    if key not in payload:
        return FINISH_DEFAULTS[key]
    if payload[key] is None:
        raise ValueError(f"a finish record's {key} is null")
    return payload[key]


#: SQL: whether `j` (a `json_each` row over a compact record's steps) is a step in the form a
#: writer writes, as `carried_steps` admits it: an array of three to five, a code (integer) or
#: name (text), an integer offset, a number for the duration, an `ok` of 0 or 1, a text detail.
#: The set check names no step of any other shape, so that the replay decides, as it reads the
#: record: the SQL's own reading of one (`->>` takes true for 1, 3.0 for 3, a missing detail or
#: a null for '') would let verify pass a record the replay and the centre read otherwise.
STEP_SQL = (
    "(j.type = 'array' AND json_type(j.value, '$[1]') = 'integer' "
    "AND json_type(j.value, '$[2]') IN ('integer', 'real') "
    "AND CASE json_array_length(j.value) WHEN 3 THEN 1 "
    "WHEN 4 THEN json_type(j.value, '$[3]') = 'integer' AND j.value ->> 3 IN (0, 1) "
    "WHEN 5 THEN json_type(j.value, '$[3]') = 'integer' AND j.value ->> 3 IN (0, 1) "
    "AND json_type(j.value, '$[4]') = 'text' ELSE 0 END)"
)

#: SQL for the name of the step `j.value` (a `json_each` row over a compact record's steps): its
#: code looked up, or the name it was written by. A code outside the table is NULL, which no row
#: holds: the replay names it. (A CASE over the codes: it reads the step once, where a JSON
#: lookup in the table's text parsed both for every step, a third of the set check's time.)
STEP_NAME_SQL = (
    "(CASE json_type(j.value, '$[0]') WHEN 'integer' THEN CASE j.value ->> 0 "
    + " ".join(f"WHEN {code} THEN '{name}'" for code, name in enumerate(STEP_CODES))
    + " END WHEN 'text' THEN j.value ->> 0 END)"
)
