"""The names of the central database's groups, shared by the schema and its migrations.

`fleet_owner` owns everything and never logs in; `stations` holds each station's login role;
`fleet_qa` reads everything; `fleet_supervisors` may release claims and declare offline lots.
"""

from __future__ import annotations

OWNER = "fleet_owner"
STATIONS = "stations"
QA = "fleet_qa"
SUPERVISORS = "fleet_supervisors"
GROUPS = (OWNER, STATIONS, QA, SUPERVISORS)
