"""The central schema's migrations after the first (`schema.py` holds version 1).

Each is a tuple of statements run in init-db's one transaction, after `SET LOCAL ROLE` to the
owner, so what it creates belongs to `fleet_owner`. A migration is never edited once landed: a
change is a new one.
"""

from __future__ import annotations

from station.fleet.names import OWNER, QA, STATIONS, SUPERVISORS

# Version 2: a station may take back its own lease at once. A failed attempt leaves its lease
# behind (the ID was claimed, nothing was finished); the same station retrying the device must
# not wait for the lease to expire. The take-back mints a new token, so the old attempt's token
# is fenced off: its renew and complete return false.
V2: tuple[str, ...] = (
    f"SET LOCAL ROLE {OWNER}",
    """CREATE OR REPLACE FUNCTION fleet.claim_device(p_realm text, p_device_id text,
                                                    p_ttl_s integer)
    RETURNS TABLE (token bigint, holder text, state text, since timestamptz)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        v_token bigint;
    BEGIN
        IF p_ttl_s IS NULL OR p_ttl_s < 1 OR p_ttl_s > 3600 THEN
            RAISE EXCEPTION 'lease TTL must be 1..3600 s, not %', p_ttl_s
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        INSERT INTO fleet.claims AS c
               (realm, device_id, station_id, token, state, expires_at, claimed_at, updated_at)
        VALUES (p_realm, p_device_id, session_user, nextval('fleet.claim_token'), 'leased',
                clock_timestamp() + make_interval(secs => p_ttl_s),
                clock_timestamp(), clock_timestamp())
        ON CONFLICT (realm, device_id) DO UPDATE
           SET station_id = excluded.station_id, token = excluded.token, state = 'leased',
               expires_at = excluded.expires_at, claimed_at = excluded.claimed_at,
               updated_at = excluded.updated_at
         WHERE c.state = 'released'
            OR (c.state = 'leased' AND c.expires_at < clock_timestamp())
            OR (c.state = 'leased' AND c.station_id = session_user)
        RETURNING c.token INTO v_token;
        IF v_token IS NOT NULL THEN
            INSERT INTO fleet.claim_history (realm, device_id, token, state, station_id, actor)
            VALUES (p_realm, p_device_id, v_token, 'leased', session_user, session_user);
            RETURN QUERY SELECT v_token, session_user::text, 'leased'::text, clock_timestamp();
        ELSE
            RETURN QUERY SELECT NULL::bigint, c.station_id, c.state, c.updated_at
              FROM fleet.claims c WHERE c.realm = p_realm AND c.device_id = p_device_id;
        END IF;
    END $$""",
)


# Version 3: offline lots. A station registering under a supervisor's offline lot journals each
# ID as a `privileged.fleet_lot_registration` event; once shipped, the centre compares them with
# every other station's registrations (completed claims and other lots). Views, not tables:
# they are computed from the history, so nothing can drift, and `security_invoker` makes them
# obey the events' row-level security (QA and supervisors read every station's rows).
V3: tuple[str, ...] = (
    f"SET LOCAL ROLE {OWNER}",
    """CREATE VIEW fleet.offline_registrations WITH (security_invoker = true) AS
    SELECT e.station_id, e.payload->'details'->>'lot' AS lot,
           e.payload->'details'->>'realm' AS realm,
           e.payload->'details'->>'device_id' AS device_id,
           e.payload->'details'->>'slot' AS slot,
           e.payload->>'actor' AS declared_by, e.payload->>'reason' AS reason,
           e.station_ts AS registered_at, e.received_at
      FROM fleet.events e
     WHERE e.kind = 'privileged.fleet_lot_registration'""",
    # An ID is flagged when stations other than the lot's also registered it: by a completed
    # claim (at any time, before or after the lot) or under a lot of their own.
    """CREATE VIEW fleet.duplicate_registrations WITH (security_invoker = true) AS
    WITH registrations AS (
        SELECT realm, device_id, station_id, 'offline lot ' || lot AS how, registered_at AS at
          FROM fleet.offline_registrations
        UNION ALL
        SELECT realm, device_id, station_id, 'claim', at
          FROM fleet.claim_history WHERE state = 'done'
    )
    SELECT realm, device_id, count(DISTINCT station_id) AS stations,
           string_agg(DISTINCT station_id || ' (' || how || ')', ', ') AS registered_by,
           min(at) AS first_at, max(at) AS last_at
      FROM registrations
     GROUP BY realm, device_id
    HAVING count(DISTINCT station_id) > 1 AND bool_or(how LIKE 'offline lot %')""",
    f"CREATE POLICY supervisor_select ON fleet.events FOR SELECT TO {SUPERVISORS} USING (true)",
    f"GRANT SELECT ON fleet.events, fleet.claim_history TO {SUPERVISORS}",
    f"GRANT SELECT ON fleet.offline_registrations, fleet.duplicate_registrations "
    f"TO {QA}, {SUPERVISORS}",
    f"GRANT SELECT ON fleet.offline_registrations TO {STATIONS}",
)

# Version 4: the supervisors' view of the fleet, one row per station role: when the centre last
# heard from it, the lag of that event, today's results and its open offline lot. Indexed so a
# station's newest event and its lot events are found without scanning the history.
V4: tuple[str, ...] = (
    f"SET LOCAL ROLE {OWNER}",
    "CREATE INDEX events_station_received ON fleet.events (station_id, received_at)",
    "CREATE INDEX events_station_kind ON fleet.events (station_id, kind, station_ts)",
    f"""CREATE VIEW fleet.station_overview WITH (security_invoker = true) AS
    SELECT s.station_id, seen.last_seen, seen.ship_lag_s,
           coalesce(today.passed, 0) AS passed_today, coalesce(today.failed, 0) AS failed_today,
           CASE WHEN lot.kind = 'privileged.fleet_lot_open' THEN lot.lot END AS open_lot,
           CASE WHEN lot.kind = 'privileged.fleet_lot_open' THEN lot.actor END AS lot_opened_by
      FROM (SELECT r.rolname::text AS station_id
              FROM pg_catalog.pg_roles r
              JOIN pg_catalog.pg_auth_members m ON m.member = r.oid
              JOIN pg_catalog.pg_roles g ON g.oid = m.roleid AND g.rolname = '{STATIONS}') s
      LEFT JOIN LATERAL (
        SELECT e.received_at AS last_seen,
               extract(epoch FROM e.received_at - e.station_ts)::float8 AS ship_lag_s
          FROM fleet.events e WHERE e.station_id = s.station_id
         ORDER BY e.received_at DESC LIMIT 1) seen ON true
      LEFT JOIN LATERAL (
        SELECT count(*) FILTER (WHERE e.payload->>'result' IN ('PASS', 'RECOVERED')) AS passed,
               count(*) FILTER (WHERE e.payload->>'result' NOT IN ('PASS', 'RECOVERED'))
                 AS failed
          FROM fleet.events e
         WHERE e.station_id = s.station_id AND e.kind = 'attempt.finish'
           AND e.station_ts >= date_trunc('day', clock_timestamp())) today ON true
      LEFT JOIN LATERAL (
        SELECT e.kind, e.payload->'details'->>'lot' AS lot, e.payload->>'actor' AS actor
          FROM fleet.events e
         WHERE e.station_id = s.station_id
           AND e.kind IN ('privileged.fleet_lot_open', 'privileged.fleet_lot_close')
         ORDER BY e.station_ts DESC, e.seq DESC LIMIT 1) lot ON true""",  # noqa: S608 (a constant)
    f"GRANT SELECT ON fleet.station_overview TO {QA}, {SUPERVISORS}",
)

# Version 5: what the QA viewer needs on the central database. The attempts view gains the
# columns the QA table and exports show (Pairing URL, storage kind, fingerprint, profile) at its
# end, which CREATE OR REPLACE allows and which keeps its grants. The fingerprint is the finish
# record's, else the last intent's, as the station's own journal keeps it. Two indexes: the
# newest attempts first (the QA table's first page) and one attempt by its ID (the detail pane).
V5: tuple[str, ...] = (
    f"SET LOCAL ROLE {OWNER}",
    """CREATE OR REPLACE VIEW fleet.attempts WITH (security_invoker = true) AS
    SELECT b.station_id, b.journal_id, b.attempt_id,
           b.payload->>'slot' AS slot, b.payload->>'operator' AS operator,
           b.payload->>'target_name' AS target_name, b.payload->>'realm' AS realm,
           b.station_ts AS started_at,
           d.payload->>'device_id' AS device_id,
           d.payload->>'hardware_serial' AS hardware_serial,
           d.payload->>'model' AS model, d.payload->>'firmware' AS firmware,
           f.station_ts AS finished_at, f.payload->>'result' AS result,
           f.payload->>'error_class' AS error_class, f.payload->>'message' AS message,
           f.payload->>'action' AS action,
           b.payload->>'pairing_url' AS pairing_url,
           d.payload->>'storage_kind' AS storage_kind,
           coalesce(f.payload->>'fingerprint', i.fingerprint) AS fingerprint,
           d.payload->>'profile' AS profile, b.seq AS begin_seq
      FROM fleet.events b
      LEFT JOIN LATERAL (
        SELECT e.payload FROM fleet.events e
         WHERE e.station_id = b.station_id AND e.journal_id = b.journal_id
           AND e.attempt_id = b.attempt_id AND e.kind = 'attempt.device'
         ORDER BY e.seq DESC LIMIT 1) d ON true
      LEFT JOIN LATERAL (
        SELECT e.payload, e.station_ts FROM fleet.events e
         WHERE e.station_id = b.station_id AND e.journal_id = b.journal_id
           AND e.attempt_id = b.attempt_id AND e.kind = 'attempt.finish'
         ORDER BY e.seq DESC LIMIT 1) f ON true
      LEFT JOIN LATERAL (
        SELECT e.payload->>'fingerprint' AS fingerprint FROM fleet.events e
         WHERE e.station_id = b.station_id AND e.journal_id = b.journal_id
           AND e.attempt_id = b.attempt_id AND e.kind = 'attempt.intent'
         ORDER BY e.seq DESC LIMIT 1) i ON true
     WHERE b.kind = 'attempt.begin'""",
    "CREATE INDEX events_attempt_begun ON fleet.events (station_ts) WHERE kind = 'attempt.begin'",
    "CREATE INDEX events_attempt_id ON fleet.events (attempt_id) WHERE attempt_id IS NOT NULL",
    f"GRANT SELECT ON fleet.attempts TO {SUPERVISORS}",
)


# Version 6: the stations of this database. Roles are cluster-wide, so the `stations` group holds
# the stations of every fleet database in the cluster; `station_overview` listed them all.
# `add-station` now records the role here, in the database it was run on; stations that already
# shipped to this database are recorded by the migration. QA and supervisor roles get room for
# the QA window's connections (`schema.connection_limit`), which only a superuser may change,
# so that comes before the owner takes over.
V6: tuple[str, ...] = (
    f"""DO $$
    DECLARE
        r record;
    BEGIN
        FOR r IN SELECT m.rolname FROM pg_catalog.pg_roles m
                  WHERE m.rolcanlogin AND m.rolconnlimit BETWEEN 0 AND 7
                    AND (pg_has_role(m.oid, '{QA}', 'MEMBER')
                         OR pg_has_role(m.oid, '{SUPERVISORS}', 'MEMBER'))
                    AND NOT pg_has_role(m.oid, '{STATIONS}', 'MEMBER')
        LOOP
            EXECUTE format('ALTER ROLE %I CONNECTION LIMIT 8', r.rolname);
        END LOOP;
    END $$""",  # noqa: S608 (constants)
    f"SET LOCAL ROLE {OWNER}",
    """CREATE TABLE fleet.station_registry (
        station_id text COLLATE "C" PRIMARY KEY,  -- as role names (and the view before)
        added_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        added_by text NOT NULL DEFAULT session_user
    )""",
    # As the superuser: row-level security hides every station's rows from the owner.
    "RESET ROLE",
    "INSERT INTO fleet.station_registry (station_id, added_by) "
    "SELECT DISTINCT station_id, 'init-db (shipped before version 6)' FROM fleet.events",
    f"SET LOCAL ROLE {OWNER}",
    "REVOKE ALL ON fleet.station_registry FROM PUBLIC",
    f"GRANT SELECT ON fleet.station_registry TO {QA}, {SUPERVISORS}",
    """CREATE OR REPLACE VIEW fleet.station_overview WITH (security_invoker = true) AS
    SELECT s.station_id, seen.last_seen, seen.ship_lag_s,
           coalesce(today.passed, 0) AS passed_today, coalesce(today.failed, 0) AS failed_today,
           CASE WHEN lot.kind = 'privileged.fleet_lot_open' THEN lot.lot END AS open_lot,
           CASE WHEN lot.kind = 'privileged.fleet_lot_open' THEN lot.actor END AS lot_opened_by
      FROM fleet.station_registry s
      LEFT JOIN LATERAL (
        SELECT e.received_at AS last_seen,
               extract(epoch FROM e.received_at - e.station_ts)::float8 AS ship_lag_s
          FROM fleet.events e WHERE e.station_id = s.station_id
         ORDER BY e.received_at DESC LIMIT 1) seen ON true
      LEFT JOIN LATERAL (
        SELECT count(*) FILTER (WHERE e.payload->>'result' IN ('PASS', 'RECOVERED')) AS passed,
               count(*) FILTER (WHERE e.payload->>'result' NOT IN ('PASS', 'RECOVERED'))
                 AS failed
          FROM fleet.events e
         WHERE e.station_id = s.station_id AND e.kind = 'attempt.finish'
           AND e.station_ts >= date_trunc('day', clock_timestamp())) today ON true
      LEFT JOIN LATERAL (
        SELECT e.kind, e.payload->'details'->>'lot' AS lot, e.payload->>'actor' AS actor
          FROM fleet.events e
         WHERE e.station_id = s.station_id
           AND e.kind IN ('privileged.fleet_lot_open', 'privileged.fleet_lot_close')
         ORDER BY e.station_ts DESC, e.seq DESC LIMIT 1) lot ON true""",
)

LATER: tuple[tuple[str, ...], ...] = (V2, V3, V4, V5, V6)
