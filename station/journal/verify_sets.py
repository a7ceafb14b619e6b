"""The fast half of `verify`: the hash chain in one tight loop, and the tables compared with the
records as whole sets in SQL.

`verify.py`'s replay walks the records one by one in Python and looks up each attempt's rows:
exact, but about 35k records a second. Here SQLite rebuilds what the `attempts`, `steps`,
`intents` and `audit` tables must hold from the records' payloads (`json_extract`) and compares
both ways with `EXCEPT`; the chain loop only hashes. This half answers one question, "is
everything in order?", and it is built so that a "yes" is never wrong for any journal the
writer can write; any "no", or anything it cannot decide cheaply (a record out of the usual
order, an unusual time or text), hands the journal to the replay, which names the first bad
record with its reason exactly as it always has. A payload the writer never writes can only be
there if the whole chain after it was forged, and a forger can make records and tables say
anything consistent to either check, so this costs no tamper evidence.
"""

from __future__ import annotations

import contextlib
import hashlib
import sqlite3
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from station.cancel import CancelToken
from station.journal.chain import GENESIS, HASHED_TEXT_SQL, iso_from_us_sql
from station.journal.record_form import COMPACT_STEPS, STEP_NAME_SQL, STEP_SQL
from station.journal.schema import FOLDED_INTENTS

#: Records hashed between two progress reports (and cancel checks).
BATCH = 20_000

_ATTEMPT_KINDS = "('attempt.begin', 'attempt.device', 'attempt.step', 'attempt.intent', " + (
    "'attempt.finish')"
)
_PRIVILEGED = "substr({e}.kind, 1, 11) = 'privileged.'"


#: The chain's head: two connections that read the same head read the same journal (every write
#: the writer commits appends a record).
HEAD_SQL = "SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1"


def chain_intact(conn: sqlite3.Connection, rows_sql: str, on_batch: Callable[[int], None]) -> bool:
    """Whether records 1..N are all there and each hash matches its record on the chain.

    Each record's hash is checked against the previous record's *stored* hash: if every one
    matches, the stored hashes are the recomputed chain, so this is the same test as
    recomputing from the start, without carrying the computed digest.
    """
    count, low, high = conn.execute("SELECT COUNT(*), MIN(seq), MAX(seq) FROM events").fetchone()
    if count and (low != 1 or high != count):  # seq is the integer key: unique, so no gaps
        return False
    cursor = conn.execute(
        f"SELECT CAST({HASHED_TEXT_SQL} AS BLOB), hash FROM ({rows_sql}) ORDER BY seq"  # noqa: S608
    )
    sha256 = hashlib.sha256
    prev = GENESIS
    while batch := cursor.fetchmany(BATCH):
        try:
            for text, stored in batch:
                if sha256(prev + text).digest() != stored:
                    return False
                prev = stored
        except TypeError:  # a NULL in a hashed field: the replay names it
            return False
        on_batch(len(batch))
    return True


def links_intact(conn: sqlite3.Connection) -> bool:
    """Whether each record's stored link (`prev_hash`, kept before the compact format) is the
    previous record's hash, the first's the chain's start. Run after `chain_intact`, so the
    stored hashes are the chain and the records are 1..N."""
    (broken,) = conn.execute(
        "SELECT EXISTS (SELECT 1 FROM events AS e LEFT JOIN events AS p ON p.seq = e.seq - 1 "
        "WHERE e.prev_hash IS NOT COALESCE(p.hash, ?))",
        (GENESIS,),
    ).fetchone()
    return not broken


def tables_agree(conn: sqlite3.Connection, compact: bool) -> bool:
    """Whether `attempts`, `steps`, `intents` and `audit` hold exactly what the records say.

    False also when the records are not in the order the writer writes them (each attempt's
    begin first, nothing after its finish): the replay decides those.
    """
    return rows_agree(conn, compact) and steps_agree(conn, compact)


def rows_agree(conn: sqlite3.Connection, compact: bool, intents: bool | None = None) -> bool:
    """`tables_agree` for `attempts`, `intents` and `audit`. `intents` says whether the journal
    has the `intents` table (before schema 5; from then on an intent is its record alone);
    None reads it from the journal's version."""
    if intents is None:
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        intents = int(version) < FOLDED_INTENTS
    ref, at = (_compact_ref, _compact_at) if compact else (_text_ref, _text_at)
    queries = [
        _ATTEMPTS_SQL.format(
            ref=ref("e"),
            begin_at=at("b"),
            finish_at=at("f"),
            started=_iso_us("json_extract(b.payload, '$.started_at')"),
            finished=_iso_us("json_extract(f.payload, '$.finished_at')"),
            intent_rows=_INTENT_ROWS if intents else "",
        ),
        _AUDIT_SQL.format(at=at("e")),
    ]
    if intents:
        queries.append(_INTENTS_SQL.format(ref=ref("e"), at=at("e")))
    return all(not conn.execute(sql).fetchone()[0] for sql in queries)


def steps_agree(conn: sqlite3.Connection, compact: bool, part: int = 0, parts: int = 1) -> bool:
    """`tables_agree` for `steps` (the costliest part: about two steps per record), or for the
    attempts whose row id is `part` modulo `parts`, so that parts can run side by side."""
    ref = _compact_ref if compact else _text_ref
    sql = _STEPS_SQL.format(
        ref=ref("e"),
        started=_iso_us("json_extract(e.payload, '$.started_at')"),
        mine=f"abs({ref('e')}) % {int(parts)} = {int(part)}",
        mine_rows=f"abs(attempt_ref) % {int(parts)} = {int(part)}",
    )
    return not conn.execute(sql).fetchone()[0]


class InBackground:
    """A check (`rows_agree`, `steps_agree`) on a connection and a thread of its own, beside
    the chain walk.

    Its SQL runs in SQLite without the GIL, so on two cores it costs the walk no time. It reads
    its own snapshot: `head` says which, and the caller uses its answer only if the walk read
    the same head.

    `stop` ends it at any point. One `Connection.interrupt` does not: SQLite drops an interrupt
    that comes while no statement runs (before the check's first, or between two), and the
    statement that starts next would run to its end. So `stop` raises a flag the thread reads
    before it starts the check, and interrupts again every `STOP_POLL_S` until the thread has
    ended. (A progress handler would see the flag too, but it takes the GIL from inside the
    SQL, which is what running beside the walk avoids.)
    """

    #: How soon a statement that starts after `stop` is interrupted.
    STOP_POLL_S = 0.01

    def __init__(self, path: Path, check: Callable[[sqlite3.Connection], bool]) -> None:
        self._uri = f"{path.resolve().as_uri()}?mode=ro"
        self.check = check
        self._conn: sqlite3.Connection | None = None
        self._stopping = threading.Event()
        self.head: Any = None
        self.agree = False
        self.error: BaseException | None = None
        self._thread = threading.Thread(target=self._check, name="verify-tables", daemon=True)
        self._thread.start()

    @property
    def stop_asked(self) -> bool:
        return self._stopping.is_set()

    def _check(self) -> None:
        try:
            conn = sqlite3.connect(self._uri, uri=True, check_same_thread=False)
            self._conn = conn
            try:
                if self._stopping.is_set():  # stopped before there was a statement to stop
                    raise sqlite3.OperationalError("interrupted")
                conn.execute("BEGIN")
                self.head = conn.execute(HEAD_SQL).fetchone()
                self.agree = self.check(conn)
                conn.execute("COMMIT")
            finally:
                self._conn = None
                conn.close()
        except BaseException as exc:  # noqa: BLE001 - handed to the caller in `wait`
            self.error = exc

    def wait(self, cancel: CancelToken | None) -> None:
        """Until the check is done; a cancel stops it and raises `Cancelled`, also one that
        came as the check ended: a cancelled verify gives no result."""
        while self._thread.is_alive():
            self._thread.join(CancelToken.POLL)
            if cancel is not None and cancel.cancelled:
                self.stop()
                cancel.check()
        if cancel is not None:
            cancel.check()

    def stop(self) -> None:
        """End the check, whatever it is doing, and wait for its thread."""
        self._stopping.set()
        while self._thread.is_alive():
            conn = self._conn
            if conn is not None:
                with contextlib.suppress(sqlite3.ProgrammingError):  # closed meanwhile: done
                    conn.interrupt()
            self._thread.join(self.STOP_POLL_S)


def _compact_ref(e: str) -> str:
    return f"{e}.attempt_ref"


def _compact_at(e: str) -> str:
    return f"{e}.at_us"


def _text_ref(e: str) -> str:
    return f"(SELECT id FROM attempts WHERE attempt_id = {e}.attempt_id)"  # noqa: S608


def _text_at(e: str) -> str:
    return _iso_us(f"{e}.ts")


def _iso_us(text: str) -> str:
    """SQL for `to_us(datetime.fromisoformat(text))` of the writer's ISO UTC text; NULL for any
    other text (the round trip must give it back), so the comparison fails and the replay,
    which reads every form, decides."""
    us = (
        f"(CAST(strftime('%s', substr({text}, 1, 19)) AS INTEGER) * 1000000 "
        f"+ CAST(substr({text}, 21, 6) AS INTEGER))"
    )
    return f"(CASE WHEN {iso_from_us_sql(us)} = {text} THEN {us} END)"


_NOT_PRIVILEGED = "substr(e.kind, 1, 11) <> 'privileged.'"
# The intent records, counted in `_ATTEMPTS_SQL`, against the intents rows (`_INTENTS_SQL`).
_INTENT_ROWS = "OR (SELECT TOTAL(intents) FROM g) <> (SELECT COUNT(*) FROM intents) "

# What `verify._begun` and the replay of each kind put in an attempt's row: the begin's fields,
# the last device record's, the last intent's fingerprint unless the finish names one, the
# finish's outcome. `facts` is `json.dumps(facts, sort_keys=True)`, rebuilt here for text of
# printable ASCII (keys already sorted in the canonical payload); other text goes to the replay.
_FACTS = (
    "(CASE WHEN g.device IS NULL THEN '{{}}' ELSE (SELECT CASE WHEN COUNT(*) = 0 THEN '{{}}' "
    "WHEN SUM(f.type <> 'text' OR f.key GLOB '*[^ -~]*' OR f.value GLOB '*[^ -~]*') THEN NULL "
    "ELSE '{{' || group_concat(json_quote(f.key) || ': ' || json_quote(f.value), ', ') || '}}' "
    "END FROM json_each(d.payload, '$.facts') AS f) END)"
)
# Compared column by column with the attempt's own row (`IS`: NULL equals NULL), and the
# table must hold no row besides those the records explain (the counts agree).
_ATTEMPTS_SQL = (
    "WITH g AS (SELECT {ref} AS ref, MIN(e.seq) AS first, MAX(e.seq) AS last, "  # noqa: S608
    "SUM(e.kind NOT IN " + _ATTEMPT_KINDS + ") AS unknown, "
    "SUM(e.kind = 'attempt.begin') AS begins, SUM(e.kind = 'attempt.finish') AS finishes, "
    "MAX(CASE WHEN e.kind = 'attempt.begin' THEN e.seq END) AS begin, "
    "MAX(CASE WHEN e.kind = 'attempt.device' THEN e.seq END) AS device, "
    "MAX(CASE WHEN e.kind = 'attempt.intent' THEN e.seq END) AS intent, "
    "SUM(e.kind = 'attempt.intent') AS intents, "
    "MAX(CASE WHEN e.kind = 'attempt.finish' THEN e.seq END) AS finish "
    "FROM events AS e WHERE " + _NOT_PRIVILEGED + " GROUP BY 1) "
    "SELECT (SELECT COUNT(*) FROM g) <> (SELECT COUNT(*) FROM attempts) "
    "{intent_rows}OR EXISTS (SELECT 1 "
    "FROM g LEFT JOIN attempts AS a ON a.id = g.ref LEFT JOIN events AS b ON b.seq = g.begin "
    "LEFT JOIN events AS d ON d.seq = g.device LEFT JOIN events AS i ON i.seq = g.intent "
    "LEFT JOIN events AS f ON f.seq = g.finish WHERE a.id IS NULL OR g.unknown "
    "OR g.begins <> 1 OR g.begin <> g.first "
    "OR (g.finishes > 0 AND (g.finishes <> 1 OR g.finish <> g.last)) OR NOT ("
    "a.station_id IS json_extract(b.payload, '$.station_id') "
    "AND a.slot IS json_extract(b.payload, '$.slot') "
    "AND a.operator IS json_extract(b.payload, '$.operator') "
    "AND a.target_name IS json_extract(b.payload, '$.target_name') "
    "AND a.realm IS json_extract(b.payload, '$.realm') "
    "AND a.pairing_url IS json_extract(b.payload, '$.pairing_url') "
    "AND a.started_us IS (CASE WHEN json_type(b.payload, '$.started_at') IS NULL "
    "THEN {begin_at} ELSE {started} END) "
    "AND a.finished_us IS (CASE WHEN g.finish IS NULL THEN NULL "
    "WHEN json_type(f.payload, '$.finished_at') IS NULL THEN {finish_at} ELSE {finished} END) "
    "AND a.device_id IS json_extract(d.payload, '$.device_id') "
    "AND a.hardware_serial IS json_extract(d.payload, '$.hardware_serial') "
    "AND a.model IS json_extract(d.payload, '$.model') "
    "AND a.firmware IS json_extract(d.payload, '$.firmware') "
    "AND a.storage_kind IS json_extract(d.payload, '$.storage_kind') "
    "AND a.profile IS json_extract(d.payload, '$.profile') "
    "AND a.facts IS " + _FACTS + " "
    "AND a.result IS json_extract(f.payload, '$.result') "
    # A compact finish record leaves an empty field out (record_form.py); an old one holds
    # every field, so a missing one is empty in both forms. A null is no writer's: no row
    # holds NULL, and the replay names it.
    "AND a.error_class IS (CASE WHEN g.finish IS NULL THEN '' "
    "ELSE COALESCE(f.payload ->> '$.error_class', "
    "CASE WHEN json_type(f.payload, '$.error_class') IS NULL THEN '' END) END) "
    "AND a.message IS (CASE WHEN g.finish IS NULL THEN '' "
    "ELSE COALESCE(f.payload ->> '$.message', "
    "CASE WHEN json_type(f.payload, '$.message') IS NULL THEN '' END) END) "
    "AND a.action IS (CASE WHEN g.finish IS NULL THEN '' "
    "ELSE COALESCE(f.payload ->> '$.action', "
    "CASE WHEN json_type(f.payload, '$.action') IS NULL THEN '' END) END) "
    "AND a.fingerprint IS COALESCE(json_extract(f.payload, '$.fingerprint'), "
    "json_extract(i.payload, '$.fingerprint')) "
    "AND a.link_stats IS (CASE WHEN g.finish IS NULL THEN '{{}}' "
    "ELSE COALESCE(f.payload -> '$.link_stats', '{{}}') END) "
    "AND a.console_excerpt IS (CASE WHEN g.finish IS NULL THEN '' "
    "ELSE COALESCE(f.payload ->> '$.console_excerpt', "
    "CASE WHEN json_type(f.payload, '$.console_excerpt') IS NULL THEN '' END) END) "
    "AND a.last_seq IS g.last))"
)

# Each step a record carries, in either form (record_form.py: `"steps"`, each
# [step, started_us, duration_s, ok, detail]; or compact, `"s"`, each [code, offset_us,
# duration_s(, ok(, detail))] from the attempt's start), then, in journals from before steps
# were folded, a step record's own step: the writer numbers an attempt's steps from 0 in that
# order, so a record's first step sits after the steps of the attempt's earlier records (a
# running count over records, not over every step). The compact form's start is counted from
# the `attempts` row's start, which `rows_agree` holds to the begin record's time.
_STEP_RECORDS = (
    "FROM events AS e WHERE e.kind <> 'attempt.begin' AND " + _NOT_PRIVILEGED + " "
    "AND (instr(e.payload, '\"steps\"') OR instr(e.payload, '\"" + COMPACT_STEPS + "\":') "
    "OR e.kind = 'attempt.step') AND {mine}"
)
_COMPACT = "'$." + COMPACT_STEPS + "'"
_STEPS_SQL = (
    # The running count sorts narrow rows only, and the payloads are read again by their key
    # rather than carried along: a year of steps would otherwise fill temporary files. A record
    # carries its steps under one key or the other; one with both is no writer's (`both`).
    "WITH r AS (SELECT seq, ref, carried, n, compact, both, SUM(n + carried) OVER (PARTITION BY "  # noqa: S608
    "ref ORDER BY seq ROWS UNBOUNDED PRECEDING) - n - carried AS first FROM ("
    "SELECT e.seq AS seq, {ref} AS ref, e.kind = 'attempt.step' AS carried, "
    "json_type(e.payload, " + _COMPACT + ") AS compact, "
    "CASE WHEN instr(e.payload, '\"steps\"') AND instr(e.payload, '\"" + COMPACT_STEPS + "\":') "
    "THEN json_type(e.payload, '$.steps') IS NOT NULL "
    "AND json_type(e.payload, " + _COMPACT + ") IS NOT NULL END AS both, "
    "COALESCE(json_array_length(e.payload, " + _COMPACT + "), "
    "json_array_length(e.payload, '$.steps'), 0) AS n " + _STEP_RECORDS + ")), "
    "expected AS (SELECT r.ref AS ref, r.first + j.key AS position, "
    "CASE WHEN r.compact IS NULL THEN j.value ->> 0 WHEN "
    + STEP_SQL
    + " THEN "
    + STEP_NAME_SQL
    + " END AS step, "
    "CASE WHEN r.compact IS NOT NULL THEN a.started_us + (j.value ->> 1) ELSE j.value ->> 1 END "
    "AS started_us, j.value ->> 2 AS duration_s, "
    "CASE WHEN r.compact IS NOT NULL THEN COALESCE(j.value ->> 3, 1) ELSE j.value ->> 3 END "
    "AS ok, "
    "CASE WHEN r.compact IS NOT NULL THEN COALESCE(j.value ->> 4, '') ELSE j.value ->> 4 END "
    "AS detail "
    "FROM r JOIN events AS e ON e.seq = r.seq LEFT JOIN attempts AS a ON a.id = r.ref, "
    "json_each(e.payload, CASE WHEN r.compact IS NOT NULL THEN " + _COMPACT + " ELSE '$.steps' END"
    ") AS j "
    "UNION ALL SELECT r.ref, r.first + r.n, json_extract(e.payload, '$.step'), {started}, "
    "json_extract(e.payload, '$.duration_s'), json_extract(e.payload, '$.ok'), "
    "json_extract(e.payload, '$.detail') FROM r JOIN events AS e ON e.seq = r.seq "
    "WHERE r.carried) "
    # Compact steps that are not a list, or beside old ones, are no writer's: the replay names
    # the record.
    "SELECT EXISTS (SELECT 1 FROM r WHERE r.compact <> 'array' OR r.both) "
    "OR (SELECT COALESCE(SUM(n + carried), 0) FROM r) "
    "<> (SELECT COUNT(*) FROM steps WHERE {mine_rows}) "
    "OR EXISTS (SELECT 1 FROM expected AS x LEFT JOIN steps AS s "
    "ON s.attempt_ref = x.ref AND s.position = x.position WHERE NOT ("
    "s.step IS x.step AND s.started_us IS x.started_us AND s.duration_s IS x.duration_s "
    "AND s.ok IS x.ok AND s.detail IS x.detail))"
)

# Each intents row against the record of its `seq`; with as many rows as intent records
# (counted in `_ATTEMPTS_SQL`), each record has its row.
_INTENTS_SQL = (
    "SELECT EXISTS (SELECT 1 FROM intents AS t LEFT JOIN events AS e ON e.seq = t.seq "
    "WHERE NOT (e.kind IS 'attempt.intent' AND t.attempt_ref IS {ref} "
    "AND t.device_id IS json_extract(e.payload, '$.device_id') "
    "AND t.realm IS json_extract(e.payload, '$.realm') "
    "AND t.fingerprint IS json_extract(e.payload, '$.fingerprint') AND t.recorded_us IS {at}))"
)

_AUDIT_SQL = (
    "WITH expected AS (SELECT e.seq, {at}, substr(e.kind, 12), "  # noqa: S608
    "json_extract(e.payload, '$.actor'), e.payload -> '$.details', "
    "json_extract(e.payload, '$.reason') FROM events AS e WHERE "
    + _PRIVILEGED.format(e="e")
    + "), stored AS (SELECT seq, at_us, kind, actor, details, reason FROM audit) "
    "SELECT EXISTS (SELECT * FROM expected EXCEPT SELECT * FROM stored) "
    "OR EXISTS (SELECT * FROM stored EXCEPT SELECT * FROM expected)"
)
