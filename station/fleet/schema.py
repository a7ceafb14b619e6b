"""The central schema, its roles and its migrations; plant IT runs these as the superuser.

Everything lives in the `fleet` schema, owned by the NOLOGIN role `fleet_owner`, so no person or
station ever connects as the owner. Stations are LOGIN roles in the NOLOGIN group `stations`; QA
people and dashboards are in `fleet_qa` (read-only); supervisors who may release a claim for
rework are in `fleet_supervisors`.

`MIGRATIONS[i]` takes the schema from version `i` to `i + 1`. `init_db` applies the pending ones
in one transaction under an advisory lock, so two plant IT sessions cannot interleave and a
failure leaves the previous version intact. A schema newer than this station is refused without
being touched.

History (`events`, `claim_history`, `schema_version`) is append-only twice over: nobody is
granted UPDATE, DELETE or TRUNCATE, and triggers refuse them even for the owner. A superuser can
still disable triggers; the journal's hash chain is what proves nothing was rewritten.
"""

from __future__ import annotations

import secrets
from collections.abc import Sequence
from typing import Any

import psycopg
from psycopg import sql

from station.fleet.attempt_rows import V9, V16
from station.fleet.batch_checks import V15
from station.fleet.errors import FleetError
from station.fleet.heartbeat import V10
from station.fleet.migrations import LATER
from station.fleet.names import GROUPS, OWNER, QA, STATIONS, SUPERVISORS
from station.fleet.partitioning import V7, V8
from station.fleet.retirement import V13
from station.fleet.station_shipped import V11, V14
from station.fleet.text_search import V12
from station.text import Text

# Two init-db runs at once must not interleave; any fixed 64-bit number names the lock.
_INIT_LOCK = 0x5354_4154_494F_4E01

_V1: tuple[str, ...] = (
    f"CREATE SCHEMA fleet AUTHORIZATION {OWNER}",
    f"SET LOCAL ROLE {OWNER}",
    """CREATE TABLE fleet.schema_version (
        version integer PRIMARY KEY,
        applied_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        applied_by text NOT NULL DEFAULT session_user
    )""",
    # One row per local journal event. The key is the shipper's idempotency key: a re-sent batch
    # (in-doubt commit, restored centre) is a no-op. `hash` is the event's identity: the same
    # event arriving under another journal's key is a copied journal and fails loudly.
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
        PRIMARY KEY (station_id, journal_id, seq),
        CONSTRAINT events_hash_unique UNIQUE (hash)
    )""",
    "CREATE INDEX events_by_attempt ON fleet.events (station_id, journal_id, attempt_id) "
    "WHERE attempt_id IS NOT NULL",
    "CREATE INDEX events_by_device ON fleet.events (device_id, realm) WHERE device_id IS NOT NULL",
    "CREATE INDEX events_by_received ON fleet.events (received_at)",
    # Attempts are derived from the events, never stored twice: a view cannot drift from the
    # history, and `security_invoker` makes it obey the events' row-level security.
    """CREATE VIEW fleet.attempts WITH (security_invoker = true) AS
    SELECT b.station_id, b.journal_id, b.attempt_id,
           b.payload->>'slot' AS slot, b.payload->>'operator' AS operator,
           b.payload->>'target_name' AS target_name, b.payload->>'realm' AS realm,
           b.station_ts AS started_at,
           d.payload->>'device_id' AS device_id,
           d.payload->>'hardware_serial' AS hardware_serial,
           d.payload->>'model' AS model, d.payload->>'firmware' AS firmware,
           f.station_ts AS finished_at, f.payload->>'result' AS result,
           f.payload->>'error_class' AS error_class, f.payload->>'message' AS message,
           f.payload->>'action' AS action
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
     WHERE b.kind = 'attempt.begin'""",
    # Claims: the current state of each device ID fleet-wide. Only the functions below touch it.
    "CREATE SEQUENCE fleet.claim_token",
    """CREATE TABLE fleet.claims (
        realm text NOT NULL,
        device_id text NOT NULL,
        station_id text NOT NULL,
        token bigint NOT NULL,
        state text NOT NULL CHECK (state IN ('leased', 'done', 'released')),
        expires_at timestamptz,
        claimed_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        PRIMARY KEY (realm, device_id)
    )""",
    # Every transition of every claim, append-only: who took, finished or released which ID.
    """CREATE TABLE fleet.claim_history (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        realm text NOT NULL,
        device_id text NOT NULL,
        token bigint NOT NULL,
        state text NOT NULL,
        station_id text NOT NULL,
        actor text NOT NULL,
        reason text NOT NULL DEFAULT '',
        at timestamptz NOT NULL DEFAULT clock_timestamp()
    )""",
    """CREATE FUNCTION fleet.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION 'fleet.% is append-only: % refused', TG_TABLE_NAME, TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END $$""",
    *(
        stmt
        for table in ("events", "claim_history", "schema_version")
        for stmt in (
            f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON fleet.{table} "
            "FOR EACH ROW EXECUTE FUNCTION fleet.refuse_change()",
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON fleet.{table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION fleet.refuse_change()",
        )
    ),
    # The lease functions run as the owner; the caller is `session_user` (inside, `current_user`
    # is the owner). Expiry uses clock_timestamp(): the server's clock, never the station's, and
    # not frozen at transaction start like now().
    """CREATE FUNCTION fleet.claim_device(p_realm text, p_device_id text, p_ttl_s integer)
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
    # Renew and complete fence on the token: a stale holder (its lease expired and another
    # station claimed the ID) gets false and must not write a secret.
    """CREATE FUNCTION fleet.renew_claim(p_realm text, p_device_id text, p_token bigint,
                                         p_ttl_s integer)
    RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        UPDATE fleet.claims c
           SET expires_at = clock_timestamp() + make_interval(secs => p_ttl_s),
               updated_at = clock_timestamp()
         WHERE c.realm = p_realm AND c.device_id = p_device_id AND c.token = p_token
           AND c.station_id = session_user AND c.state = 'leased';
        RETURN FOUND;
    END $$""",
    """CREATE FUNCTION fleet.complete_claim(p_realm text, p_device_id text, p_token bigint)
    RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    BEGIN
        UPDATE fleet.claims c
           SET state = 'done', expires_at = NULL, updated_at = clock_timestamp()
         WHERE c.realm = p_realm AND c.device_id = p_device_id AND c.token = p_token
           AND c.station_id = session_user AND c.state = 'leased';
        IF NOT FOUND THEN
            RETURN false;
        END IF;
        INSERT INTO fleet.claim_history (realm, device_id, token, state, station_id, actor)
        VALUES (p_realm, p_device_id, p_token, 'done', session_user, session_user);
        RETURN true;
    END $$""",
    # Rework: a supervisor frees an ID, with a reason that stays in the history.
    """CREATE FUNCTION fleet.release_claim(p_realm text, p_device_id text, p_reason text)
    RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        v_token bigint;
        v_station text;
    BEGIN
        IF coalesce(btrim(p_reason), '') = '' THEN
            RAISE EXCEPTION 'releasing a claim needs a reason'
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        UPDATE fleet.claims c SET state = 'released', expires_at = NULL,
               updated_at = clock_timestamp()
         WHERE c.realm = p_realm AND c.device_id = p_device_id AND c.state <> 'released'
        RETURNING c.token, c.station_id INTO v_token, v_station;
        IF v_token IS NULL THEN
            RETURN false;
        END IF;
        INSERT INTO fleet.claim_history
               (realm, device_id, token, state, station_id, actor, reason)
        VALUES (p_realm, p_device_id, v_token, 'released', v_station, session_user, p_reason);
        RETURN true;
    END $$""",
    # Grants: nothing by default, then exactly what each group needs.
    "REVOKE ALL ON ALL TABLES IN SCHEMA fleet FROM PUBLIC",
    "REVOKE ALL ON ALL SEQUENCES IN SCHEMA fleet FROM PUBLIC",
    "REVOKE ALL ON ALL FUNCTIONS IN SCHEMA fleet FROM PUBLIC",
    f"GRANT USAGE ON SCHEMA fleet TO {STATIONS}, {QA}, {SUPERVISORS}",
    f"GRANT SELECT ON fleet.schema_version TO {STATIONS}, {QA}, {SUPERVISORS}",
    f"GRANT SELECT, INSERT ON fleet.events TO {STATIONS}",
    f"GRANT SELECT ON fleet.attempts TO {STATIONS}",
    f"GRANT SELECT ON fleet.events, fleet.attempts, fleet.claims, fleet.claim_history TO {QA}",
    f"GRANT EXECUTE ON FUNCTION fleet.claim_device(text, text, integer), "
    f"fleet.renew_claim(text, text, bigint, integer), "
    f"fleet.complete_claim(text, text, bigint) TO {STATIONS}",
    f"GRANT EXECUTE ON FUNCTION fleet.release_claim(text, text, text) TO {SUPERVISORS}",
    # Row-level security: a station inserts and reads only rows under its own role name; QA
    # reads everything. FORCE binds the owner as well.
    "ALTER TABLE fleet.events ENABLE ROW LEVEL SECURITY",
    "ALTER TABLE fleet.events FORCE ROW LEVEL SECURITY",
    f"CREATE POLICY station_insert ON fleet.events FOR INSERT TO {STATIONS} "
    "WITH CHECK (station_id = current_user)",
    f"CREATE POLICY station_select ON fleet.events FOR SELECT TO {STATIONS} "
    "USING (station_id = current_user)",
    f"CREATE POLICY qa_select ON fleet.events FOR SELECT TO {QA} USING (true)",
)

MIGRATIONS: list[Sequence[str]] = [_V1, *LATER, V7, V8, V9, V10, V11, V12, V13, V14, V15, V16]


def schema_version() -> int:
    """The newest central schema this station knows."""
    return len(MIGRATIONS)


def central_version(conn: psycopg.Connection[tuple[Any, ...]]) -> int | None:
    """The central schema's version, or None when `init-db` never ran on this database."""
    row = conn.execute("SELECT to_regclass('fleet.schema_version') IS NOT NULL").fetchone()
    if row is None or not row[0]:
        return None
    row = conn.execute("SELECT coalesce(max(version), 0) FROM fleet.schema_version").fetchone()
    return int(row[0]) if row is not None else 0


def newer_schema_error(found: int) -> FleetError:
    return FleetError(
        Text.of("fleet.newer_schema", found=found, known=schema_version()),
        Text.of("fleet.newer_schema.action"),
    )


def init_db(conn: psycopg.Connection[tuple[Any, ...]]) -> tuple[int, int]:
    """Create or migrate the fleet schema; returns (version before, version after).

    `conn` must be a superuser (or the database owner with CREATEROLE), not in a transaction.
    Running it again on an up-to-date database changes nothing.
    """
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (_INIT_LOCK,))
        for group in GROUPS:
            _ensure_group(conn, group)
        dbname = sql.Identifier(conn.info.dbname)
        # Only the groups may connect and make temp tables (the shipper's stage table).
        conn.execute(sql.SQL("REVOKE ALL ON DATABASE {} FROM PUBLIC").format(dbname))
        conn.execute(
            sql.SQL("GRANT CONNECT, TEMPORARY ON DATABASE {} TO {}, {}, {}").format(
                dbname,
                sql.Identifier(STATIONS),
                sql.Identifier(QA),
                sql.Identifier(SUPERVISORS),
            )
        )
        before = central_version(conn) or 0
        if before > schema_version():
            raise newer_schema_error(before)
        for index in range(before, schema_version()):
            for statement in MIGRATIONS[index]:
                conn.execute(statement.encode())
            conn.execute("RESET ROLE")
            conn.execute("INSERT INTO fleet.schema_version (version) VALUES (%s)", (index + 1,))
    return before, schema_version()


def _ensure_group(conn: psycopg.Connection[tuple[Any, ...]], name: str) -> None:
    # Roles belong to the whole cluster; another database of it may have made them already.
    if conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone() is None:
        conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))


def connection_limit(group: str) -> int:
    """A station needs its shipper and its claims; a person's QA window reads on up to five
    connections at once (table pages, keys, detail, summary, an export), with room for the
    fleet page or a second window."""
    return 4 if group == STATIONS else 8


def new_password() -> str:
    return secrets.token_urlsafe(24)


def add_login(
    conn: psycopg.Connection[tuple[Any, ...]], name: str, password: str, group: str
) -> bool:
    """Create (or re-key) a LOGIN role in `group`; returns True when the role is new.

    The password travels as a SCRAM verifier computed here, so it never appears in the server's
    statement log.
    """
    if group not in (STATIONS, QA, SUPERVISORS):
        raise ValueError(f"unknown fleet group {group!r}")
    if not name or name.startswith("pg_") or name in GROUPS:
        raise FleetError(
            Text.of("fleet.bad_role_name", name=repr(name)), Text.of("fleet.bad_role_name.action")
        )
    verifier = conn.pgconn.encrypt_password(password.encode(), name.encode(), b"scram-sha-256")
    role = sql.Identifier(name)
    with conn.transaction():
        exists = conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
        verb = "ALTER" if exists else "CREATE"
        conn.execute(
            sql.SQL(verb + " ROLE {} LOGIN PASSWORD {} CONNECTION LIMIT {}").format(
                role, sql.Literal(verifier.decode()), sql.Literal(connection_limit(group))
            )
        )
        conn.execute(sql.SQL("GRANT {} TO {}").format(sql.Identifier(group), role))
        if group == STATIONS:
            # This database's stations (roles are cluster-wide; another fleet database in the
            # cluster has its own), for `fleet.station_overview`.
            if conn.execute("SELECT to_regclass('fleet.station_registry')").fetchone() != (None,):
                conn.execute(
                    "INSERT INTO fleet.station_registry (station_id) VALUES (%s) "
                    "ON CONFLICT (station_id) DO NOTHING",
                    (name,),
                )
            # A hung statement or a transaction left open must not hold locks for long.
            conn.execute(sql.SQL("ALTER ROLE {} SET statement_timeout = '10s'").format(role))
            conn.execute(
                sql.SQL("ALTER ROLE {} SET idle_in_transaction_session_timeout = '30s'").format(
                    role
                )
            )
    return exists is None
