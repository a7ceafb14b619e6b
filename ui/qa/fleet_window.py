"""`station qa --fleet`: the QA journal window alone, on the fleet's central database.

The person proved their role at the centre by signing in (`station.gui_cli` does it before Qt
starts), so the window opens for them as QA; what they may read is what that role is granted
there.
"""

from __future__ import annotations

from station.fleet.qa_database import FleetDatabase
from station.roles import Actor, Role
from ui.app import EXIT_FAILED, application, install_exception_hooks
from ui.qa.window import open_qa_window


def run_fleet_qa(source: FleetDatabase) -> int:
    app = application()
    install_exception_hooks()
    actor = Actor(source.settings.role, Role.QA)
    window = open_qa_window(source, actor=lambda: actor)
    code = app.exec()  # until the window (or the message saying why it did not open) closes
    return EXIT_FAILED if window is None else code
