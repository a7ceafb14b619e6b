"""Keeping the centre's monthly `events` partitions ahead of the calendar (`partitioning.py`).

Each shipper asks for this month's and next month's partitions when it connects and hourly, so
a month's first event finds its partition whatever cron does; `station fleet maintain` does the
same (and further ahead) for plant IT. Making a partition that exists is a catalogue look-up.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

import psycopg

log = logging.getLogger(__name__)

PARTITIONS_EVERY_S = 3600.0

Conn = psycopg.Connection[tuple[Any, ...]]


def ensure_current_partitions(conn: Conn) -> int:
    """Make this month's and next month's partitions if missing; returns how many were made.

    A refusal is logged, never raised: shipping does not depend on it (an event without its
    month's partition goes to the default one). A dead link is raised, as any query's is.
    """
    try:
        row = conn.execute("SELECT fleet.ensure_current_partitions()").fetchone()
    except psycopg.OperationalError:
        raise
    except psycopg.Error as exc:
        log.warning("could not make the centre's monthly partitions: %s", str(exc).strip())
        return 0
    made = int(row[0]) if row is not None and row[0] is not None else 0
    if made:
        log.info("made %d monthly partition(s) of fleet.events", made)
    return made


def ensure_partitions(conn: Conn, months: int) -> int:
    """As the administrator: the partitions of this month and the `months - 1` after it."""
    row = conn.execute(
        "SELECT fleet.ensure_partitions(clock_timestamp(), %s)", (months,)
    ).fetchone()
    return int(row[0]) if row is not None and row[0] is not None else 0


def retire_month(conn: Conn, month: date) -> tuple[str, int, int]:
    """As the administrator: detach `month`'s partition and remove its attempt rows
    (`retirement.py`); returns (partition, events in it, attempt rows removed)."""
    with conn.transaction():
        row = conn.execute("SELECT * FROM fleet.retire_month(%s)", (month,)).fetchone()
    assert row is not None
    return str(row[0]), int(row[1]), int(row[2])
