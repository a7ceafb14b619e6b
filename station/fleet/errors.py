"""Fleet failures: each says what went wrong with the central database and what to do."""

from __future__ import annotations

from station.errors import StationError


class FleetError(StationError):
    """The central database refused, is unreachable, or is not set up for this station."""

    error_class = "fleet"


class FleetUnreachable(FleetError):
    """The centre cannot be reached right now; claims fail closed, shipping waits."""

    error_class = "fleet_offline"


class JournalForked(FleetError):
    """The centre already holds a different event under this journal's key: the local journal
    was restored from an old backup or copied. Shipping stops rather than hide either copy."""

    error_class = "fleet_forked"


class ClaimRefused(FleetError):
    """Another station holds this device ID, or finished it: duplicate detection across the
    fleet and across time. Nothing irreversible was done here."""

    error_class = "duplicate_refused"


class LeaseLost(FleetError):
    """This station's claim expired and another station took the ID: do not write."""

    error_class = "lease_lost"
