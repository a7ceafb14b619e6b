"""The window `station gui` shows when it cannot open the station: no configuration yet, or one
that does not load (or a journal that does not open).

Started from the desktop entry there is no terminal, so an error written to stderr is never
seen: the station would seem not to start at all. This window names what is missing (the file
the station looked for), says who does what about it, shows the command that checks the fix,
and offers Try again, so a supervisor can set the station up and start it without a terminal
restart of the operator's session.
"""

from __future__ import annotations

import shlex
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.errors import StationError
from ui import theme
from ui.errors import describe

TRY_AGAIN = 2  # dialog result beside Accepted/Rejected: load the configuration again
COMMAND_LINES = 4


def check_command(config_path: Path) -> str:
    """The command that says whether the configuration at `config_path` would load."""
    return f"station config check --config {shlex.quote(str(config_path))}"


class SetupNeededDialog(QDialog):
    """What stops the station from starting, where it looked, and what to do."""

    def __init__(
        self, config_path: Path, error: StationError, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("setup-needed")
        self.config_path = config_path
        self.missing = not config_path.exists()
        if self.missing:
            self.setWindowTitle(self.tr("The station is not set up yet"))
            heading = self.tr("This station has no configuration yet.")
            what = self.tr(
                "A supervisor sets the station up: write the configuration file at the path "
                "above (which fixture, the port of each slot, the Astarte realm; "
                "docs/configuration.md has a complete example), check it with the command "
                "below, then press Try again."
            )
        else:
            self.setWindowTitle(self.tr("The station cannot start"))
            notice = describe(error)
            heading = notice.message
            what = notice.action or self.tr("Correct the configuration, then press Try again.")
        self.heading = QLabel(heading)
        self.heading.setObjectName("setup-heading")
        self.heading.setFont(theme.font(theme.TITLE_PT, bold=True))
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.where = QLabel(
            self.tr("The station looks for its configuration at:\n{path}").format(path=config_path)
        )
        self.where.setObjectName("setup-path")
        self.where.setFont(theme.font(theme.BODY_PT))
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action = QLabel(self.tr("What to do: {action}").format(action=what))
        self.action.setObjectName("setup-action")
        self.action.setFont(theme.font(theme.BODY_PT))
        self.action.setWordWrap(True)
        self.action.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # A text box, not a label: the command is long, and a supervisor copies it from here.
        self.command = QPlainTextEdit(check_command(config_path))
        self.command.setObjectName("setup-command")
        self.command.setReadOnly(True)
        self.command.setFont(theme.font(theme.BODY_PT, mono=True))
        line = self.command.fontMetrics().lineSpacing()
        self.command.setFixedHeight(line * COMMAND_LINES)

        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(self.tr("Copy the command"))
        self.retry_button = QPushButton(self.tr("Try again"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button.clicked.connect(self.copy_command)
        self.retry_button.clicked.connect(lambda: self.done(TRY_AGAIN))
        self.close_button.clicked.connect(self.reject)
        self.retry_button.setDefault(True)

        layout = QVBoxLayout(self)
        for widget in (self.heading, self.where, self.action, self.command, buttons):
            layout.addWidget(widget)
        self.setMinimumWidth(min(720, self.screen().availableGeometry().width()))

    def copy_command(self) -> None:
        QGuiApplication.clipboard().setText(self.command.toPlainText())
        self.copy_button.setText(self.tr("Copied"))
