"""Version 15 of the central schema: what each shipped batch is checked against, found by index.

Measured on a throwaway centre holding 40,000 other events (the station's backend, its CPU
from /proc; `bench/fleet_bench.py --only batch`): a shipped batch of 4.4 events on average
cost the centre 5.6-6.4 ms of CPU, and the cost grew with the history held; after this
version 0.41-0.51 ms. Two causes, both scans where one index probe per event was meant:

- **The stations' row-level security could not use an index.** `station_id` is `text` in the
  database's default collation and `current_user` is a `name`, whose collation is "C"; with
  the collations apart, the comparison `station_id = current_user` matches no index, so every
  read a station makes of its own events (the shipper's cursor, its head check, the batch's
  fork check) read every partition of `events` whole. The comparison now casts the role name
  to `text` in the default collation, which the primary key serves; equality under a
  deterministic collation is byte equality, so the policy admits exactly the same rows. The
  same holds for `attempt_rows`. (`station_shipped` and `station_heartbeat` were made with
  `COLLATE "C"` and were never affected.)
- **The fork check read the station's journal.** The shipper's statement joined the batch to
  the events held under the same keys; the planner, with no statistics for a station's rows in
  a fresh month, hashed all of the journal's events of the month instead of probing them per
  key. The check moves into `fleet.record_event_key()`, the trigger that already probes
  `fleet.event_keys` by its primary key for each event: an event whose key is held under
  another hash (a forked journal) now raises `FORKED_SQLSTATE`, naming its seq in the detail,
  and the whole batch with it; the same event re-sent is skipped as before. This also holds
  for any insert into `events` and for keys of a retired month, which the join could not see.

The shipper sends the statement without the join to a centre at this version or later
(`shipper.py`); to an older centre it sends the one with the join, whose fork check that
centre needs.
"""

from __future__ import annotations

from station.fleet.names import OWNER

#: The SQLSTATE `fleet.record_event_key()` raises for an event whose key the centre holds with
#: another hash; the detail is the event's seq.
FORKED_SQLSTATE = "JF001"

#: The first central version whose trigger refuses a forked event itself.
FORK_IN_TRIGGER = 15

# The role name as `text` in the default collation: the collation of `station_id` in `events`
# and `attempt_rows`, so their indexes serve the comparison.
OWN_ROWS = """(station_id = current_user::text COLLATE "default")"""

V15: tuple[str, ...] = (
    f"SET LOCAL ROLE {OWNER}",
    f"ALTER POLICY station_select ON fleet.events USING {OWN_ROWS}",
    f"ALTER POLICY station_select ON fleet.attempt_rows USING {OWN_ROWS}",
    f"""CREATE OR REPLACE FUNCTION fleet.record_event_key() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        v_held bytea;
    BEGIN
        INSERT INTO fleet.event_keys (station_id, journal_id, seq, hash)
        VALUES (NEW.station_id, NEW.journal_id, NEW.seq, NEW.hash)
        ON CONFLICT (station_id, journal_id, seq) DO NOTHING;
        IF FOUND THEN
            RETURN NEW;
        END IF;
        -- Held already: the same event re-sent is skipped, another one is a fork.
        SELECT k.hash INTO v_held FROM fleet.event_keys k
         WHERE k.station_id = NEW.station_id AND k.journal_id = NEW.journal_id
           AND k.seq = NEW.seq;
        IF v_held IS DISTINCT FROM NEW.hash THEN
            RAISE EXCEPTION 'fleet.events holds a different event % of journal % of %',
                NEW.seq, NEW.journal_id, NEW.station_id
                USING ERRCODE = '{FORKED_SQLSTATE}', DETAIL = NEW.seq::text;
        END IF;
        RETURN NULL;
    END $$""",  # noqa: S608 (constants)
)
