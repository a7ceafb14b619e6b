"""The central schema's migrations after the first (`schema.py` holds version 1).

Each is a tuple of statements run in init-db's one transaction, after `SET LOCAL ROLE` to the
owner, so what it creates belongs to `fleet_owner`. A migration is never edited once landed: a
change is a new one.
"""

from __future__ import annotations

from station.fleet.names import OWNER

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

LATER: tuple[tuple[str, ...], ...] = (V2,)
