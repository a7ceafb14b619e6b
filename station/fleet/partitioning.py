"""Version 7 of the central schema: `events` partitioned by month, and keeping months ahead.

Storage, not throughput, is what grows at the centre (some 200 million events a year for a busy
line): monthly partitions let plant IT back up, move or retire a month as one table, and keep
each month's indexes small. The partition key is the station's event time (`station_ts`),
which never changes once journaled; `received_at` would put a replayed backlog in the month it
arrived.

The cut: PostgreSQL enforces a unique constraint on a partitioned table only when it includes
the partition key, so `(station_id, journal_id, seq)` and `hash` can no longer be unique
constraints of `events` itself (an event re-sent with another time would land in another month
unseen). Their uniqueness moves to `fleet.event_keys`, one narrow row per event, unpartitioned:
a BEFORE INSERT trigger on `events` records each event's key and hash there first. A key the
centre already holds is not inserted again (the same event re-sent after an in-doubt commit, or
a forked journal, which the shipper then finds and reports by comparing hashes); the same hash
under another key is refused loudly (a copied journal). `events` keeps a primary key of
`(station_id, journal_id, seq, station_ts)` per month.

Months: `fleet.ensure_partitions(from, months)` creates the monthly partitions that are missing;
init-db makes one for every month the history already holds plus the current and next month,
each shipper makes the current and next month when it connects and hourly
(`fleet.ensure_current_partitions()`), and `station fleet maintain` does it from cron. An event
whose month has no partition (a backlog from a month before partitioning, a station clock set
years off) goes to `events_default`; a month whose rows already sit there is not split out
later (PostgreSQL would have to move them), it simply stays in the default partition.
"""

from __future__ import annotations

from station.fleet.migrations import V3, V5, V6
from station.fleet.names import OWNER, QA, STATIONS, SUPERVISORS

_OLD_INDEXES = (
    "events_by_attempt",
    "events_by_device",
    "events_by_received",
    "events_station_received",
    "events_station_kind",
    "events_attempt_begun",
    "events_attempt_id",
)

_INDEXES = (
    "CREATE INDEX events_by_attempt ON fleet.events (station_id, journal_id, attempt_id) "
    "WHERE attempt_id IS NOT NULL",
    "CREATE INDEX events_by_device ON fleet.events (device_id, realm) WHERE device_id IS NOT NULL",
    "CREATE INDEX events_by_received ON fleet.events (received_at)",
    "CREATE INDEX events_station_received ON fleet.events (station_id, received_at)",
    "CREATE INDEX events_station_kind ON fleet.events (station_id, kind, station_ts)",
    "CREATE INDEX events_attempt_begun ON fleet.events (station_ts) WHERE kind = 'attempt.begin'",
    "CREATE INDEX events_attempt_id ON fleet.events (attempt_id) WHERE attempt_id IS NOT NULL",
    # The key columns with the seq alone: the shipper's cursor (max seq of its journal).
    "CREATE INDEX events_by_key ON fleet.events (station_id, journal_id, seq)",
)

# Views over `events`: the same text again binds them to the partitioned table.
_VIEWS = (
    V3[1].replace("CREATE VIEW", "CREATE OR REPLACE VIEW", 1),
    V5[1],
    V6[-1],
)

V7: tuple[str, ...] = (
    f"SET LOCAL ROLE {OWNER}",
    # The history moves aside (its views follow it until they are re-pointed below).
    "ALTER TABLE fleet.events RENAME TO events_v6",
    "ALTER TABLE fleet.events_v6 DROP CONSTRAINT events_pkey",
    "ALTER TABLE fleet.events_v6 DROP CONSTRAINT events_hash_unique",
    *(f"DROP INDEX fleet.{name}" for name in _OLD_INDEXES),
    """CREATE TABLE fleet.events (
        station_id text NOT NULL DEFAULT current_user,
        journal_id uuid NOT NULL,
        seq bigint NOT NULL CHECK (seq > 0),
        station_ts timestamptz NOT NULL,
        received_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        attempt_id text,
        kind text NOT NULL,
        realm text,
        device_id text,
        payload jsonb NOT NULL,
        prev_hash bytea NOT NULL,
        hash bytea NOT NULL,
        PRIMARY KEY (station_id, journal_id, seq, station_ts)
    ) PARTITION BY RANGE (station_ts)""",
    *_INDEXES,
    "CREATE TABLE fleet.events_default PARTITION OF fleet.events DEFAULT",
    "CREATE TRIGGER events_default_no_truncate BEFORE TRUNCATE ON fleet.events_default "
    "FOR EACH STATEMENT EXECUTE FUNCTION fleet.refuse_change()",
    # Fleet-wide uniqueness of each event's key and content (see the module's docstring).
    """CREATE TABLE fleet.event_keys (
        station_id text NOT NULL,
        journal_id uuid NOT NULL,
        seq bigint NOT NULL,
        hash bytea NOT NULL,
        PRIMARY KEY (station_id, journal_id, seq),
        CONSTRAINT event_keys_hash_unique UNIQUE (hash)
    )""",
    """CREATE FUNCTION fleet.record_event_key() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        INSERT INTO fleet.event_keys (station_id, journal_id, seq, hash)
        VALUES (NEW.station_id, NEW.journal_id, NEW.seq, NEW.hash)
        ON CONFLICT (station_id, journal_id, seq) DO NOTHING;
        IF FOUND THEN
            RETURN NEW;
        END IF;
        RETURN NULL;  -- held already: never a second row under one key
    END $$""",
    "CREATE TRIGGER events_key BEFORE INSERT ON fleet.events "
    "FOR EACH ROW EXECUTE FUNCTION fleet.record_event_key()",
    *(
        stmt
        for table in ("events", "event_keys")
        for stmt in (
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON fleet.{table} "
            "FOR EACH ROW EXECUTE FUNCTION fleet.refuse_change()",
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON fleet.{table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION fleet.refuse_change()",
        )
    ),
    # Months. The lock serialises two shippers making the same month at its first connect.
    """CREATE FUNCTION fleet.ensure_partitions(p_from timestamptz, p_months integer)
    RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        v_start timestamp := date_trunc('month', p_from AT TIME ZONE 'UTC');
        v_end timestamp;
        v_name text;
        v_made integer := 0;
    BEGIN
        IF p_months IS NULL OR p_months < 1 OR p_months > 1200 THEN
            RAISE EXCEPTION 'months must be 1..1200, not %', p_months
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        FOR i IN 1..p_months LOOP
            v_end := v_start + interval '1 month';
            v_name := 'events_' || to_char(v_start, 'YYYY_MM');
            IF to_regclass('fleet.' || v_name) IS NULL THEN
                PERFORM pg_advisory_xact_lock(6073687652063937795);
                IF to_regclass('fleet.' || v_name) IS NULL AND NOT EXISTS (
                    SELECT 1 FROM fleet.events_default d
                     WHERE d.station_ts >= v_start AT TIME ZONE 'UTC'
                       AND d.station_ts < v_end AT TIME ZONE 'UTC') THEN
                    EXECUTE format('CREATE TABLE fleet.%I PARTITION OF fleet.events '
                                   'FOR VALUES FROM (%L) TO (%L)', v_name,
                                   v_start AT TIME ZONE 'UTC', v_end AT TIME ZONE 'UTC');
                    -- Row triggers come from the parent; a statement trigger does not.
                    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON fleet.%I FOR EACH '
                                   'STATEMENT EXECUTE FUNCTION fleet.refuse_change()',
                                   v_name || '_no_truncate', v_name);
                    v_made := v_made + 1;
                END IF;
            END IF;
            v_start := v_end;
        END LOOP;
        RETURN v_made;
    END $$""",
    """CREATE FUNCTION fleet.ensure_current_partitions() RETURNS integer
    LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
        SELECT fleet.ensure_partitions(clock_timestamp(), 2)
    $$""",
    "REVOKE ALL ON FUNCTION fleet.record_event_key(), "
    "fleet.ensure_partitions(timestamptz, integer), fleet.ensure_current_partitions() "
    "FROM PUBLIC",
    f"GRANT EXECUTE ON FUNCTION fleet.ensure_current_partitions() TO {STATIONS}",
    "REVOKE ALL ON fleet.events, fleet.event_keys FROM PUBLIC",
    f"GRANT SELECT, INSERT ON fleet.events TO {STATIONS}",
    f"GRANT SELECT ON fleet.events TO {QA}, {SUPERVISORS}",
    "ALTER TABLE fleet.events ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE fleet.events FORCE ROW LEVEL SECURITY",
    f"CREATE POLICY station_insert ON fleet.events FOR INSERT TO {STATIONS} "
    "WITH CHECK (station_id = current_user)",
    f"CREATE POLICY station_select ON fleet.events FOR SELECT TO {STATIONS} "
    "USING (station_id = current_user)",
    f"CREATE POLICY qa_select ON fleet.events FOR SELECT TO {QA} USING (true)",
    f"CREATE POLICY supervisor_select ON fleet.events FOR SELECT TO {SUPERVISORS} USING (true)",
    # The history moves in as the superuser: row-level security hides every row from the owner.
    "RESET ROLE",
    """SELECT fleet.ensure_partitions(min(station_ts),
           (extract(year FROM age(date_trunc('month', max(station_ts) AT TIME ZONE 'UTC'),
                                  date_trunc('month', min(station_ts) AT TIME ZONE 'UTC'))) * 12
            + extract(month FROM age(date_trunc('month', max(station_ts) AT TIME ZONE 'UTC'),
                                     date_trunc('month', min(station_ts) AT TIME ZONE 'UTC')))
            + 1)::integer)
      FROM fleet.events_v6 HAVING count(*) > 0""",
    "SELECT fleet.ensure_current_partitions()",
    """INSERT INTO fleet.events (station_id, journal_id, seq, station_ts, received_at,
                                 attempt_id, kind, realm, device_id, payload, prev_hash, hash)
    SELECT station_id, journal_id, seq, station_ts, received_at, attempt_id, kind, realm,
           device_id, payload, prev_hash, hash
      FROM fleet.events_v6 ORDER BY station_id, journal_id, seq""",
    f"SET LOCAL ROLE {OWNER}",
    *_VIEWS,
    "DROP TABLE fleet.events_v6",
)

# Version 8: an attempt's last record of a kind (what the views ask: ORDER BY seq DESC LIMIT 1)
# found by one index seek. With (station, journal, attempt) alone, the planner walked the
# journal's (station, journal, seq) index backwards instead whenever its statistics were stale
# (right after a backlog arrived), reading the whole journal for each attempt: minutes for a
# few thousand attempts. The key index of version 7 repeats the primary key's leading columns,
# so it goes: one index fewer to write per event.
V8: tuple[str, ...] = (
    f"SET LOCAL ROLE {OWNER}",
    "CREATE INDEX events_by_attempt_kind ON fleet.events "
    "(station_id, journal_id, attempt_id, kind, seq) WHERE attempt_id IS NOT NULL",
    "DROP INDEX fleet.events_by_attempt",
    "DROP INDEX fleet.events_by_key",
    "RESET ROLE",
    "ANALYZE fleet.events",
)
