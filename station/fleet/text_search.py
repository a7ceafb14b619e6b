"""Version 12 of the central schema: an index for the QA window's text search at the centre.

The QA filter's text box finds attempts whose device ID or hardware serial contains the text,
case-insensitively (`ILIKE '%text%'`, as the station's own journal searches with trigrams). A
B-tree cannot serve a substring, so each search read every attempt row. pg_trgm's GIN operator
class can: PostgreSQL's own contrib module, shipped inside Debian's `postgresql-15` package and
marked trusted. The index is on `fleet.attempt_rows`, which the QA view reads.

A server built without contrib has no pg_trgm: the migration then notes it and leaves the
search unindexed (slower, still right) rather than refuse to migrate; running init-db again
after installing contrib does not add it (a migration runs once), so docs/fleet.md tells plant
IT the two statements to run by hand.
"""

from __future__ import annotations

from station.fleet.names import OWNER

# As the superuser: creating an extension is the database owner's or a superuser's right. Its
# objects go where plant IT installed it if it exists already; the operator class is named
# with that schema, found in the catalogue, not assumed.
V12: tuple[str, ...] = (
    f"""DO $$
    DECLARE
        s text;
    BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_available_extensions
                        WHERE name = 'pg_trgm') THEN
            RAISE NOTICE 'no pg_trgm on this server: QA text search stays unindexed';
            RETURN;
        END IF;
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
        SELECT n.nspname INTO s FROM pg_catalog.pg_extension e
          JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
         WHERE e.extname = 'pg_trgm';
        SET LOCAL ROLE {OWNER};
        EXECUTE format('CREATE INDEX attempt_rows_device_trgm ON fleet.attempt_rows '
                       'USING gin (device_id %I.gin_trgm_ops)', s);
        EXECUTE format('CREATE INDEX attempt_rows_serial_trgm ON fleet.attempt_rows '
                       'USING gin (hardware_serial %I.gin_trgm_ops)', s);
        RESET ROLE;
    END $$""",  # noqa: S608 (constants)
)
