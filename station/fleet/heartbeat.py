"""Version 10 of the central schema, and the station's side of it: the station heartbeat.

The centre knows what a station shipped, not what it has not: a station whose link is down, or
whose backlog grows faster than it drains, looked the same from the office as a quiet one. Each
shipper now upserts one row, `fleet.station_heartbeat`, every `HEARTBEAT_EVERY_S` while it is
connected: its journal's last seq, the seq the centre acknowledged, how old the oldest unshipped
event is, its link state and the station's version. The row is state, not history (one per
station, overwritten), so it is not append-only; the journal keeps the history.

A station writes only its own row: nobody is granted INSERT or UPDATE on the table, and the one
writer is `fleet.station_heartbeat(...)`, a definer function that keys the row by
`session_user`, granted to the `stations` group only. Stations read their own row (row-level
security as on `events`), QA and supervisors every row.

`fleet.station_overview` gains the heartbeat's columns at its end (CREATE OR REPLACE keeps the
old columns and their grants) and counts today's attempts from `fleet.attempt_rows` (version 9)
instead of the events' partitions, which right after a large backlog have no statistics.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from typing import Any

import psycopg

from station import __version__
from station.fleet.names import OWNER, QA, STATIONS, SUPERVISORS

log = logging.getLogger(__name__)

#: How often a connected shipper tells the centre its state.
HEARTBEAT_EVERY_S = 5.0
#: A station unheard for this long is shown as silent (its link is down or it is off).
SILENT_AFTER_S = 4 * HEARTBEAT_EVERY_S
#: After a refusal (a centre not yet migrated to version 10), ask again this much later.
RETRY_REFUSED_S = 300.0

Conn = psycopg.Connection[tuple[Any, ...]]

_LINKS = ("starting", "live", "backlog", "offline", "stopped", "failed")

V10: tuple[str, ...] = (
    f"SET LOCAL ROLE {OWNER}",
    """CREATE TABLE fleet.station_heartbeat (
        station_id text COLLATE "C" PRIMARY KEY,
        journal_id uuid,
        link text NOT NULL,
        local_seq bigint NOT NULL CHECK (local_seq >= 0),
        acked_seq bigint NOT NULL CHECK (acked_seq >= 0),
        -- The oldest event not yet at the centre, by the station's clock, and the station's
        -- clock when it sent the beat: their difference is how long it has waited, whatever
        -- the station's clock is off by.
        oldest_unshipped_at timestamptz,
        station_clock timestamptz NOT NULL,
        station_version text NOT NULL,
        beat_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        first_beat_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        beats bigint NOT NULL DEFAULT 1
    )""",
    "REVOKE ALL ON fleet.station_heartbeat FROM PUBLIC",
    f"GRANT SELECT ON fleet.station_heartbeat TO {STATIONS}, {QA}, {SUPERVISORS}",
    "ALTER TABLE fleet.station_heartbeat ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY station_select ON fleet.station_heartbeat FOR SELECT TO {STATIONS} "
    "USING (station_id = current_user)",
    f"CREATE POLICY qa_select ON fleet.station_heartbeat FOR SELECT TO {QA} USING (true)",
    f"CREATE POLICY supervisor_select ON fleet.station_heartbeat FOR SELECT TO {SUPERVISORS} "
    "USING (true)",
    f"""CREATE FUNCTION fleet.station_heartbeat(
        p_journal_id uuid, p_link text, p_local_seq bigint, p_acked_seq bigint,
        p_oldest_unshipped_at timestamptz, p_station_clock timestamptz, p_version text)
    RETURNS timestamptz
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        v_at timestamptz := clock_timestamp();
    BEGIN
        IF p_link IS NULL OR p_link NOT IN ({", ".join(f"'{link}'" for link in _LINKS)}) THEN
            RAISE EXCEPTION 'unknown link state %', p_link
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF p_local_seq < 0 OR p_acked_seq < 0 OR length(p_version) > 64 THEN
            RAISE EXCEPTION 'heartbeat out of range' USING ERRCODE = 'invalid_parameter_value';
        END IF;
        INSERT INTO fleet.station_heartbeat AS h
               (station_id, journal_id, link, local_seq, acked_seq, oldest_unshipped_at,
                station_clock, station_version, beat_at, first_beat_at)
        VALUES (session_user, p_journal_id, p_link, p_local_seq, p_acked_seq,
                p_oldest_unshipped_at, p_station_clock, p_version, v_at, v_at)
        ON CONFLICT (station_id) DO UPDATE
           SET journal_id = excluded.journal_id, link = excluded.link,
               local_seq = excluded.local_seq, acked_seq = excluded.acked_seq,
               oldest_unshipped_at = excluded.oldest_unshipped_at,
               station_clock = excluded.station_clock,
               station_version = excluded.station_version, beat_at = excluded.beat_at,
               beats = h.beats + 1;
        RETURN v_at;
    END $$""",  # noqa: S608 (constants)
    "REVOKE ALL ON FUNCTION fleet.station_heartbeat(uuid, text, bigint, bigint, timestamptz, "
    "timestamptz, text) FROM PUBLIC",
    "GRANT EXECUTE ON FUNCTION fleet.station_heartbeat(uuid, text, bigint, bigint, timestamptz, "
    f"timestamptz, text) TO {STATIONS}",
    # Today's counts from the attempt rows: one index range per station.
    "CREATE INDEX attempt_rows_station_finished ON fleet.attempt_rows (station_id, finished_at)",
    """CREATE OR REPLACE VIEW fleet.station_overview WITH (security_invoker = true) AS
    SELECT s.station_id, greatest(seen.last_event, hb.beat_at) AS last_seen, seen.ship_lag_s,
           coalesce(today.passed, 0) AS passed_today, coalesce(today.failed, 0) AS failed_today,
           CASE WHEN lot.kind = 'privileged.fleet_lot_open' THEN lot.lot END AS open_lot,
           CASE WHEN lot.kind = 'privileged.fleet_lot_open' THEN lot.actor END AS lot_opened_by,
           hb.beat_at AS last_heartbeat,
           extract(epoch FROM clock_timestamp() - hb.beat_at)::float8 AS heartbeat_age_s,
           hb.link,
           -- greatest() skips NULLs: a station without a heartbeat has no backlog to show.
           CASE WHEN hb.station_id IS NOT NULL
                THEN greatest(hb.local_seq - hb.acked_seq, 0) END AS backlog,
           extract(epoch FROM hb.station_clock - hb.oldest_unshipped_at)::float8
             AS backlog_wait_s,
           hb.station_version
      FROM fleet.station_registry s
      LEFT JOIN fleet.station_heartbeat hb ON hb.station_id = s.station_id
      LEFT JOIN LATERAL (
        SELECT e.received_at AS last_event,
               extract(epoch FROM e.received_at - e.station_ts)::float8 AS ship_lag_s
          FROM fleet.events e WHERE e.station_id = s.station_id
         ORDER BY e.received_at DESC LIMIT 1) seen ON true
      LEFT JOIN LATERAL (
        SELECT count(*) FILTER (WHERE a.result IN ('PASS', 'RECOVERED')) AS passed,
               count(*) FILTER (WHERE a.result NOT IN ('PASS', 'RECOVERED')) AS failed
          FROM fleet.attempt_rows a
         WHERE a.station_id = s.station_id
           AND a.finished_at >= date_trunc('day', clock_timestamp())) today ON true
      LEFT JOIN LATERAL (
        SELECT e.kind, e.payload->'details'->>'lot' AS lot, e.payload->>'actor' AS actor
          FROM fleet.events e
         WHERE e.station_id = s.station_id
           AND e.kind IN ('privileged.fleet_lot_open', 'privileged.fleet_lot_close')
         ORDER BY e.station_ts DESC, e.seq DESC LIMIT 1) lot ON true""",
)


def parse_station_ts(ts: str) -> datetime | None:
    """A journal event's time (ISO 8601 with offset), or None if it cannot be read."""
    try:
        parsed = datetime.fromisoformat(ts)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def send_heartbeat(
    conn: Conn,
    *,
    journal_id: Any,
    link: str,
    local_seq: int,
    acked_seq: int,
    oldest_unshipped_at: datetime | None,
) -> bool:
    """Tell the centre this station's state; False if the centre refused (logged, not raised:
    shipping does not depend on it). A dead link raises, as any query's does."""
    try:
        conn.execute(
            "SELECT fleet.station_heartbeat(%s::uuid, %s::text, %s::bigint, %s::bigint, "
            "%s::timestamptz, %s::timestamptz, %s::text)",
            (
                journal_id,
                link,
                local_seq,
                acked_seq,
                oldest_unshipped_at,
                datetime.now(UTC),
                __version__,
            ),
        )
    except psycopg.OperationalError:
        raise
    except psycopg.Error as exc:
        log.warning(
            "the centre refused this station's heartbeat (a centre older than schema version "
            "10 needs `station fleet init-db`): %s",
            str(exc).strip(),
        )
        return False
    return True
