"""Version 11 of the central schema: the supervisors' views read small tables, not the history.

Measured right after an offline backlog arrived (bench/fleet_bench.py, F3 views): the month's
partition had no statistics yet, and `fleet.station_overview` found each station's newest event
by walking the arrival-time index of every partition, filtering on the station, and its offline
lot by reading every partition whole. With fifty stations and a year of history both grow with
everything the centre holds, not with the number of stations.

`fleet.station_shipped` holds one row per station: its newest arrival (time and lag) and its
latest offline lot event (open or close). A statement trigger on `events` folds each inserted
batch into it, as `fleet.attempt_rows` is kept (`attempt_rows.py`): a batch older than what a
row holds changes nothing, so the order batches arrive in does not matter. Only that trigger's
definer function writes the table; stations read their own row, QA and supervisors every row.

The offline lot views get what they lacked: a partial index on the lot registrations (a few
rows among millions), and `duplicate_registrations` looks up only the claims of IDs registered
under a lot, by a new index on the claim history, instead of grouping every done claim.
"""

from __future__ import annotations

from station.fleet.names import OWNER, QA, STATIONS, SUPERVISORS

_LOT_KINDS = "('privileged.fleet_lot_open', 'privileged.fleet_lot_close')"


def _fold(source: str) -> tuple[str, str]:
    """The two statements that fold the events of `source` into `fleet.station_shipped`."""
    arrivals = f"""INSERT INTO fleet.station_shipped AS s
        (station_id, last_received_at, last_station_ts)
    SELECT DISTINCT ON (station_id) station_id, received_at, station_ts
      FROM {source}
     ORDER BY station_id, received_at DESC, seq DESC
    ON CONFLICT (station_id) DO UPDATE
       SET last_received_at = excluded.last_received_at,
           last_station_ts = excluded.last_station_ts
     WHERE excluded.last_received_at >= s.last_received_at"""  # noqa: S608 (constants)
    lots = f"""UPDATE fleet.station_shipped s
       SET lot_kind = l.kind, lot_id = l.lot, lot_actor = l.actor,
           lot_station_ts = l.station_ts, lot_seq = l.seq
      FROM (SELECT DISTINCT ON (station_id) station_id, kind, payload->'details'->>'lot' AS lot,
                   payload->>'actor' AS actor, station_ts, seq
              FROM {source}
             WHERE kind IN {_LOT_KINDS}
             ORDER BY station_id, station_ts DESC, seq DESC) l
     WHERE s.station_id = l.station_id
       AND (l.station_ts, l.seq) > (coalesce(s.lot_station_ts, '-infinity'),
                                   coalesce(s.lot_seq, 0))"""  # noqa: S608 (constants)
    return arrivals, lots


_ARRIVALS, _LOTS = _fold("new_events")
_FILL_ARRIVALS, _FILL_LOTS = _fold("fleet.events")

V11: tuple[str, ...] = (
    f"SET LOCAL ROLE {OWNER}",
    """CREATE TABLE fleet.station_shipped (
        station_id text COLLATE "C" PRIMARY KEY,
        last_received_at timestamptz NOT NULL,
        last_station_ts timestamptz NOT NULL,
        lot_kind text,
        lot_id text,
        lot_actor text,
        lot_station_ts timestamptz,
        lot_seq bigint
    )""",
    "REVOKE ALL ON fleet.station_shipped FROM PUBLIC",
    f"GRANT SELECT ON fleet.station_shipped TO {STATIONS}, {QA}, {SUPERVISORS}",
    "ALTER TABLE fleet.station_shipped ENABLE ROW LEVEL SECURITY",
    f"CREATE POLICY station_select ON fleet.station_shipped FOR SELECT TO {STATIONS} "
    "USING (station_id = current_user)",
    f"CREATE POLICY qa_select ON fleet.station_shipped FOR SELECT TO {QA} USING (true)",
    f"CREATE POLICY supervisor_select ON fleet.station_shipped FOR SELECT TO {SUPERVISORS} "
    "USING (true)",
    f"""CREATE FUNCTION fleet.fold_station_events() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        {_ARRIVALS};
        {_LOTS};
        RETURN NULL;
    END $$""",
    "REVOKE ALL ON FUNCTION fleet.fold_station_events() FROM PUBLIC",
    "CREATE TRIGGER events_fold_stations AFTER INSERT ON fleet.events "
    "REFERENCING NEW TABLE AS new_events "
    "FOR EACH STATEMENT EXECUTE FUNCTION fleet.fold_station_events()",
    # The lot registrations among the history, and a device's claims by its ID.
    "CREATE INDEX events_lot_registrations ON fleet.events (station_id, station_ts) "
    "WHERE kind = 'privileged.fleet_lot_registration'",
    "CREATE INDEX claim_history_device ON fleet.claim_history (realm, device_id)",
    """CREATE OR REPLACE VIEW fleet.duplicate_registrations WITH (security_invoker = true) AS
    WITH lots AS (
        SELECT realm, device_id, station_id, 'offline lot ' || lot AS how, registered_at AS at
          FROM fleet.offline_registrations
    ), registrations AS (
        SELECT realm, device_id, station_id, how, at FROM lots
        UNION ALL
        SELECT h.realm, h.device_id, h.station_id, 'claim', h.at
          FROM fleet.claim_history h
         WHERE h.state = 'done'
           AND (h.realm, h.device_id) IN (SELECT realm, device_id FROM lots)
    )
    SELECT realm, device_id, count(DISTINCT station_id) AS stations,
           string_agg(DISTINCT station_id || ' (' || how || ')', ', ') AS registered_by,
           min(at) AS first_at, max(at) AS last_at
      FROM registrations
     GROUP BY realm, device_id
    HAVING count(DISTINCT station_id) > 1 AND bool_or(how LIKE 'offline lot %')""",
    """CREATE OR REPLACE VIEW fleet.station_overview WITH (security_invoker = true) AS
    SELECT s.station_id, greatest(sh.last_received_at, hb.beat_at) AS last_seen,
           extract(epoch FROM sh.last_received_at - sh.last_station_ts)::float8 AS ship_lag_s,
           coalesce(today.passed, 0) AS passed_today, coalesce(today.failed, 0) AS failed_today,
           CASE WHEN sh.lot_kind = 'privileged.fleet_lot_open' THEN sh.lot_id END AS open_lot,
           CASE WHEN sh.lot_kind = 'privileged.fleet_lot_open' THEN sh.lot_actor END
             AS lot_opened_by,
           hb.beat_at AS last_heartbeat,
           extract(epoch FROM clock_timestamp() - hb.beat_at)::float8 AS heartbeat_age_s,
           hb.link,
           CASE WHEN hb.station_id IS NOT NULL
                THEN greatest(hb.local_seq - hb.acked_seq, 0) END AS backlog,
           extract(epoch FROM hb.station_clock - hb.oldest_unshipped_at)::float8
             AS backlog_wait_s,
           hb.station_version
      FROM fleet.station_registry s
      LEFT JOIN fleet.station_heartbeat hb ON hb.station_id = s.station_id
      LEFT JOIN fleet.station_shipped sh ON sh.station_id = s.station_id
      LEFT JOIN LATERAL (
        SELECT count(*) FILTER (WHERE a.result IN ('PASS', 'RECOVERED')) AS passed,
               count(*) FILTER (WHERE a.result NOT IN ('PASS', 'RECOVERED')) AS failed
          FROM fleet.attempt_rows a
         WHERE a.station_id = s.station_id
           AND a.finished_at >= date_trunc('day', clock_timestamp())) today ON true""",
    # The history already held, as the superuser (row-level security hides it from the owner).
    "RESET ROLE",
    _FILL_ARRIVALS,
    _FILL_LOTS,
)


# Version 14: today's counts in one pass. Version 11 counted them per station (a lateral join):
# with `attempt_rows` not yet analyzed after a burst of attempts, the planner read the whole
# table once per station (measured in the full fleet bench: 101 stations after 46,000 fresh
# attempts, 3.5 s). One grouped pass over today's finished attempts costs one read whatever
# the statistics, and an index on the finish time serves it once they exist.
V14: tuple[str, ...] = (
    f"SET LOCAL ROLE {OWNER}",
    "CREATE INDEX attempt_rows_finished ON fleet.attempt_rows (finished_at)",
    """CREATE OR REPLACE VIEW fleet.station_overview WITH (security_invoker = true) AS
    SELECT s.station_id, greatest(sh.last_received_at, hb.beat_at) AS last_seen,
           extract(epoch FROM sh.last_received_at - sh.last_station_ts)::float8 AS ship_lag_s,
           coalesce(today.passed, 0) AS passed_today, coalesce(today.failed, 0) AS failed_today,
           CASE WHEN sh.lot_kind = 'privileged.fleet_lot_open' THEN sh.lot_id END AS open_lot,
           CASE WHEN sh.lot_kind = 'privileged.fleet_lot_open' THEN sh.lot_actor END
             AS lot_opened_by,
           hb.beat_at AS last_heartbeat,
           extract(epoch FROM clock_timestamp() - hb.beat_at)::float8 AS heartbeat_age_s,
           hb.link,
           CASE WHEN hb.station_id IS NOT NULL
                THEN greatest(hb.local_seq - hb.acked_seq, 0) END AS backlog,
           extract(epoch FROM hb.station_clock - hb.oldest_unshipped_at)::float8
             AS backlog_wait_s,
           hb.station_version
      FROM fleet.station_registry s
      LEFT JOIN fleet.station_heartbeat hb ON hb.station_id = s.station_id
      LEFT JOIN fleet.station_shipped sh ON sh.station_id = s.station_id
      LEFT JOIN (
        SELECT a.station_id,
               count(*) FILTER (WHERE a.result IN ('PASS', 'RECOVERED')) AS passed,
               count(*) FILTER (WHERE a.result NOT IN ('PASS', 'RECOVERED')) AS failed
          FROM fleet.attempt_rows a
         WHERE a.finished_at >= date_trunc('day', clock_timestamp())
         GROUP BY a.station_id) today ON today.station_id = s.station_id""",
)
