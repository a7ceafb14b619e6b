"""Version 13 of the central schema: retiring a month of history, events and attempt rows together.

Plant IT retires an old month to archive it (`station fleet maintain --retire 2025-01`). Before
this, retiring meant detaching the month's partition by hand, which left the month's rows in
`fleet.attempt_rows` (version 9): the QA window still listed those attempts, with no events
behind their detail. `fleet.retire_month(month)` does both in one transaction: it detaches
`fleet.events_YYYY_MM` (kept as a table of its own, for plant IT to archive and then drop) and
removes the attempt rows of attempts that began in that month (or, for one whose begin record
never arrived, finished in it). An attempt that began on the month's last evening and finished
after midnight loses its row with the month it began in.

Attempt rows stay append-only for everyone else: their no-delete trigger now lets a delete
through only inside this function, that is as the owner (`current_user`, which only the
function's SECURITY DEFINER gives) with the retirement's transaction-local mark set. The
function is granted to nobody: the superuser runs it, as `station fleet maintain` does.

The mark (`fleet.retiring_month`) is a custom setting any session may set, so it is no guard on
its own; that is low risk because it counts only with `current_user` being the owner, and a
session that can take the owner's role can drop the trigger anyway. Asking for the owner as
`session_user` too would refuse the one real path, which the superuser runs.

`fleet.event_keys` keeps the month's keys, so a re-sent old batch stays a no-op instead of
landing in the default partition.
"""

from __future__ import annotations

from station.fleet.names import OWNER

V13: tuple[str, ...] = (
    f"SET LOCAL ROLE {OWNER}",
    f"""CREATE FUNCTION fleet.attempt_rows_refuse_delete() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'DELETE' AND current_user = '{OWNER}'
           AND current_setting('fleet.retiring_month', true) IS NOT NULL
           AND current_setting('fleet.retiring_month', true) <> '' THEN
            RETURN OLD;
        END IF;
        RAISE EXCEPTION 'fleet.% is append-only: % refused (months are retired by '
                        'station fleet maintain --retire)', TG_TABLE_NAME, TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END $$""",
    "DROP TRIGGER attempt_rows_no_delete ON fleet.attempt_rows",
    "CREATE TRIGGER attempt_rows_no_delete BEFORE DELETE ON fleet.attempt_rows "
    "FOR EACH ROW EXECUTE FUNCTION fleet.attempt_rows_refuse_delete()",
    """CREATE FUNCTION fleet.retire_month(p_month date)
    RETURNS TABLE (partition_name text, events bigint, attempt_rows bigint)
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    DECLARE
        v_start timestamptz := (date_trunc('month', p_month)::timestamp AT TIME ZONE 'UTC');
        v_end timestamptz := v_start + interval '1 month';
        v_name text := 'events_' || to_char(date_trunc('month', p_month), 'YYYY_MM');
        v_events bigint;
        v_rows bigint;
    BEGIN
        IF p_month IS NULL OR v_end > date_trunc('month', clock_timestamp() AT TIME ZONE 'UTC')
                                          AT TIME ZONE 'UTC' THEN
            RAISE EXCEPTION 'only a month before this one can be retired, not %', p_month
                USING ERRCODE = 'invalid_parameter_value';
        END IF;
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_inherits i
                         JOIN pg_catalog.pg_class c ON c.oid = i.inhrelid
                         JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
                        WHERE i.inhparent = 'fleet.events'::regclass
                          AND n.nspname = 'fleet' AND c.relname = v_name) THEN
            RAISE EXCEPTION 'fleet.% is not a partition of fleet.events', v_name
                USING ERRCODE = 'undefined_table',
                      HINT = 'it was retired already, or that month is in events_default';
        END IF;
        EXECUTE format('SELECT count(*) FROM fleet.%I', v_name) INTO v_events;
        EXECUTE format('ALTER TABLE fleet.events DETACH PARTITION fleet.%I', v_name);
        PERFORM set_config('fleet.retiring_month', v_name, true);
        DELETE FROM fleet.attempt_rows a
         WHERE (a.started_at >= v_start AND a.started_at < v_end)
            OR (a.started_at IS NULL AND a.finished_at >= v_start AND a.finished_at < v_end);
        GET DIAGNOSTICS v_rows = ROW_COUNT;
        PERFORM set_config('fleet.retiring_month', '', true);
        RETURN QUERY SELECT v_name, v_events, v_rows;
    END $$""",
    "REVOKE ALL ON FUNCTION fleet.retire_month(date) FROM PUBLIC",
)
