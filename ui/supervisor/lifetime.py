"""Delete a closed dialog only once its background tasks have delivered.

Deleting a dialog while a worker still runs would make Qt wait for that worker on the GUI
thread (a Pairing call may take its whole timeout) and deliver the result to a deleted object.
Instead the closed dialog stays hidden until its tasks are done, then goes.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog

from ui.tasks import Tasks

POLL_MS = 200


def delete_when_idle(dialog: QDialog, tasks: Tasks) -> None:
    if tasks.pending == 0:
        dialog.deleteLater()
        return
    QTimer.singleShot(POLL_MS, dialog, lambda: delete_when_idle(dialog, tasks))
