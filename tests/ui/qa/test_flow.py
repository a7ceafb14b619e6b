"""The filter bars' flow layout: rows wrap at the width given, and a height it remembers for a
width follows its items when they change."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from ui.qa.flow import FlowLayout


def test_a_remembered_height_follows_an_item_that_grew(qtbot: QtBot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    layout = FlowLayout(host)
    first, second = QLabel("one"), QLabel("two")
    layout.addWidget(first)
    layout.addWidget(second)
    host.show()
    wide = first.sizeHint().width() + second.sizeHint().width() + 40
    one_row = layout.heightForWidth(wide)
    assert layout.heightForWidth(wide) == one_row  # asked again: the same answer
    second.setText("a caption many times wider than the width the layout is given")
    assert layout.heightForWidth(wide) > one_row  # the longer text wraps onto a second row
    third = QLabel("three")
    layout.addWidget(third)
    two_rows = layout.heightForWidth(wide)
    third.hide()
    assert layout.heightForWidth(wide) <= two_rows
    second.setText("two")
    assert layout.heightForWidth(wide) == one_row
