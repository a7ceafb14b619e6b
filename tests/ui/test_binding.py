"""The Qt binding must not corrupt the interpreter's reference counts.

PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a method returning
void; a long-running window then aborts with "Fatal Python error: none_dealloc". This pins the
behaviour so an upgrade of the binding cannot bring it back unnoticed.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

CALLS = 2000


def test_void_calls_keep_none_alive(qtbot: QtBot, qapp: QApplication) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(CALLS):
        label.setText(str(i))
        QCoreApplication.processEvents()
    # Other threads may take or drop a few references meanwhile; a leak is one per call.
    assert sys.getrefcount(None) > before - CALLS // 2
