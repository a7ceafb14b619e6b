"""Version 9 of the central schema: one stored row per attempt, kept as events arrive.

Before it, `fleet.attempts` was a view that found each attempt's latest device, finish and
intent records in `events` per attempt. Right after a backlog arrived, the month's partition had
no statistics yet (autovacuum analyzes it a minute or more later, and never analyzes the
partitioned parent), and the planner read each attempt's whole journal through the primary key
instead of seeking its records: a QA filter on the result or error class took 90 s and more for
5,000 fresh attempts (measured). Data arrives at the centre continuously, so an ANALYZE after
each batch would only narrow that window, and cost every batch.

`fleet.attempt_rows` holds each attempt's columns. A statement trigger on `events` folds every
inserted batch into it: per attempt, the latest record of each kind by seq (as the view took
them), and a record older than the one a row holds already changes nothing, so the order
batches arrive in does not matter. `fleet.attempts` stays the name readers use: a view over the
table with the same columns, showing attempts whose begin record arrived.

Only the trigger's function (as the owner) writes the table; stations, QA and supervisors read
it under the same row-level security as `events`. Version 9 fills it from the events already
held, with the trigger's own statement.
"""

from __future__ import annotations

from station.fleet.names import OWNER, QA, STATIONS, SUPERVISORS

# Per kind of record: the seq column that says which record a row holds, then each column it
# fills and the SQL that reads it from an event `e`.
_FILLS: dict[str, tuple[str, tuple[tuple[str, str], ...]]] = {
    "attempt.begin": (
        "begin_seq",
        (
            ("started_at", "e.station_ts"),
            ("slot", "e.payload->>'slot'"),
            ("operator", "e.payload->>'operator'"),
            ("target_name", "e.payload->>'target_name'"),
            ("realm", "e.payload->>'realm'"),
            ("pairing_url", "e.payload->>'pairing_url'"),
        ),
    ),
    "attempt.device": (
        "device_seq",
        (
            ("device_id", "e.payload->>'device_id'"),
            ("hardware_serial", "e.payload->>'hardware_serial'"),
            ("model", "e.payload->>'model'"),
            ("firmware", "e.payload->>'firmware'"),
            ("storage_kind", "e.payload->>'storage_kind'"),
            ("profile", "e.payload->>'profile'"),
        ),
    ),
    "attempt.finish": (
        "finish_seq",
        (
            ("finished_at", "e.station_ts"),
            ("result", "e.payload->>'result'"),
            ("error_class", "e.payload->>'error_class'"),
            ("message", "e.payload->>'message'"),
            ("action", "e.payload->>'action'"),
            ("finish_fingerprint", "e.payload->>'fingerprint'"),
        ),
    ),
    "attempt.intent": ("intent_seq", (("intent_fingerprint", "e.payload->>'fingerprint'"),)),
}
_KINDS = ", ".join(f"'{kind}'" for kind in _FILLS)
_TIMES = ("started_at", "finished_at")


def _column_type(column: str) -> str:
    return "timestamptz" if column in _TIMES else "text"


def _fold(source: str, fills_by_kind: dict[str, tuple[str, tuple[tuple[str, str], ...]]]) -> str:
    """The upsert that folds the attempt records of `source` (a table of events) into rows."""
    columns: list[str] = []
    picks: list[str] = []
    updates: list[str] = []
    for kind, (seq, fills) in fills_by_kind.items():
        newer = f"excluded.{seq} > coalesce(a.{seq}, 0)"
        columns.append(seq)
        picks.append(f"max(e.seq) FILTER (WHERE e.kind = '{kind}')")
        updates.append(f"{seq} = CASE WHEN {newer} THEN excluded.{seq} ELSE a.{seq} END")
        for column, value in fills:
            columns.append(column)
            # One record of each kind per attempt is left (DISTINCT ON below): max() is it.
            picks.append(f"max({value}) FILTER (WHERE e.kind = '{kind}')")
            updates.append(
                f"{column} = CASE WHEN {newer} THEN excluded.{column} ELSE a.{column} END"
            )
    return f"""INSERT INTO fleet.attempt_rows AS a
        (station_id, journal_id, attempt_id, {", ".join(columns)})
    SELECT e.station_id, e.journal_id, e.attempt_id, {", ".join(picks)}
      FROM (SELECT DISTINCT ON (station_id, journal_id, attempt_id, kind) *
              FROM {source}
             WHERE attempt_id IS NOT NULL AND kind IN ({_KINDS})
             ORDER BY station_id, journal_id, attempt_id, kind, seq DESC) e
     GROUP BY e.station_id, e.journal_id, e.attempt_id
    ON CONFLICT (station_id, journal_id, attempt_id) DO UPDATE SET {", ".join(updates)}"""  # noqa: S608 (constants)


_STORED = ",\n    ".join(
    f"{seq} bigint" + "".join(f",\n    {column} {_column_type(column)}" for column, _ in fills)
    for seq, fills in _FILLS.values()
)
_TABLE = f"""CREATE TABLE fleet.attempt_rows (
    station_id text NOT NULL,
    journal_id uuid NOT NULL,
    attempt_id text NOT NULL,
    {_STORED},
    PRIMARY KEY (station_id, journal_id, attempt_id)
)"""

# The columns, names and order of the view version 5 made (CREATE OR REPLACE keeps its grants).
_VIEW = """CREATE OR REPLACE VIEW fleet.attempts WITH (security_invoker = true) AS
    SELECT station_id, journal_id, attempt_id, slot, operator, target_name, realm, started_at,
           device_id, hardware_serial, model, firmware, finished_at, result, error_class,
           message, action, pairing_url, storage_kind,
           coalesce(finish_fingerprint, intent_fingerprint) AS fingerprint, profile,
           begin_seq
      FROM fleet.attempt_rows
     WHERE begin_seq IS NOT NULL"""

V9: tuple[str, ...] = (
    f"SET LOCAL ROLE {OWNER}",
    _TABLE,
    # What the QA table asks: newest first, a result or error class filter in start order, one
    # attempt by its ID (detail, ref_of).
    "CREATE INDEX attempt_rows_started ON fleet.attempt_rows (started_at)",
    "CREATE INDEX attempt_rows_result ON fleet.attempt_rows (result, started_at)",
    "CREATE INDEX attempt_rows_error_class ON fleet.attempt_rows "
    "((coalesce(error_class, '')), started_at)",
    "CREATE INDEX attempt_rows_attempt_id ON fleet.attempt_rows (attempt_id)",
    # Definer: the station inserting events may not write rows itself. A statement trigger, so
    # a shipped batch (1,000 events) is one grouped upsert, not a thousand.
    f"""CREATE FUNCTION fleet.fold_attempt_events() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        {_fold("new_events", _FILLS)};
        RETURN NULL;
    END $$""",
    "REVOKE ALL ON FUNCTION fleet.fold_attempt_events() FROM PUBLIC",
    "CREATE TRIGGER events_fold_attempts AFTER INSERT ON fleet.events "
    "REFERENCING NEW TABLE AS new_events "
    "FOR EACH STATEMENT EXECUTE FUNCTION fleet.fold_attempt_events()",
    # Derived, yet kept as history is: no one deletes or truncates it, the owner neither.
    "CREATE TRIGGER attempt_rows_no_delete BEFORE DELETE ON fleet.attempt_rows "
    "FOR EACH ROW EXECUTE FUNCTION fleet.refuse_change()",
    "CREATE TRIGGER attempt_rows_no_truncate BEFORE TRUNCATE ON fleet.attempt_rows "
    "FOR EACH STATEMENT EXECUTE FUNCTION fleet.refuse_change()",
    # Row-level security as on `events`, not forced: the owner's trigger function writes.
    "REVOKE ALL ON fleet.attempt_rows FROM PUBLIC",
    f"GRANT SELECT ON fleet.attempt_rows TO {STATIONS}, {QA}, {SUPERVISORS}",
    "ALTER TABLE fleet.attempt_rows ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY station_select ON fleet.attempt_rows FOR SELECT TO {STATIONS} "
    "USING (station_id = current_user)",
    f"CREATE POLICY qa_select ON fleet.attempt_rows FOR SELECT TO {QA} USING (true)",
    f"CREATE POLICY supervisor_select ON fleet.attempt_rows FOR SELECT TO {SUPERVISORS} "
    "USING (true)",
    _VIEW,
    # The history already held, as the superuser (row-level security hides it from the owner).
    "RESET ROLE",
    _fold("fleet.events", _FILLS),
    "ANALYZE fleet.attempt_rows",
)


# Version 16: a finish record in the compact form (`station.journal.record_form`) leaves out an
# error class, message or action that is empty; read as `->>`, a missing one is NULL where the
# records before it gave ''. A finished attempt's row holds '' for it, as it always did and as
# the station's own `attempts` table does, so the QA drop-downs, filters and every other reader
# of `fleet.attempts` see one value for "none" whichever form a station wrote. An unfinished
# attempt keeps NULL (no finish record arrived). The rows folded before this version are given
# '' too (those of compact records shipped to a centre not yet migrated).
_FINISH_TEXTS = ("error_class", "message", "action")
_FILLS_V16 = {
    kind: (
        seq,
        tuple(
            (
                column,
                f"coalesce({value}, '')"
                if kind == "attempt.finish" and column in _FINISH_TEXTS
                else value,
            )
            for column, value in fills
        ),
    )
    for kind, (seq, fills) in _FILLS.items()
}
V16: tuple[str, ...] = (
    f"SET LOCAL ROLE {OWNER}",
    f"""CREATE OR REPLACE FUNCTION fleet.fold_attempt_events() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        {_fold("new_events", _FILLS_V16)};
        RETURN NULL;
    END $$""",
    "RESET ROLE",
    "UPDATE fleet.attempt_rows SET error_class = coalesce(error_class, ''), "
    "message = coalesce(message, ''), action = coalesce(action, '') "
    "WHERE finish_seq IS NOT NULL "
    "AND (error_class IS NULL OR message IS NULL OR action IS NULL)",
)
