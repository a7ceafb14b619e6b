"""The supervisor's label template editor: the ZPL on the left, the label as it draws on the right.

The preview is the template filled in for a sample unit (`label_template.SAMPLE`, in
station/peripherals) and drawn by zplkit, the ZPL renderer the station's tests read labels
with: strict as printer firmware is, so what draws here prints. It follows each edit a moment
after typing stops. A template the station would refuse (`label_template.filled_in`: not `^XA`
… `^XZ`, `^FH`, a field missing or unknown, ZPL the renderer rejects) shows why and what to do
instead of a picture, and cannot be saved. Saving writes the file as ASCII; the target's
`label_template` then names it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.errors import ConfigError
from station.peripherals.label_template import SAMPLE, filled_in, read_text, write_text
from station.peripherals.label_zpl import DEFAULT_TEMPLATE
from station.text import Text
from ui.errors import in_words

DEBOUNCE_MS = 150
LABEL_SIZE_IN = (2, 1)
DPI = 203


def draw(zpl: str) -> bytes:
    """The PNG of the first label of `zpl` (2 x 1 inch at 203 dpi), as zplkit draws it."""
    import zplkit

    width, height = LABEL_SIZE_IN
    document = zplkit.render(
        zpl.encode("ascii"), zplkit.Options(width=width, height=height, dpi=DPI)
    )
    png: bytes = document.labels[0].png()
    return png


class LabelTemplateEditor(QDialog):
    def __init__(self, path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("label-editor")
        self.setWindowTitle(self.tr("Label template"))
        self.path = path
        self._unread = ""  # why the file on disk is not what the editor shows, kept in sight
        self.zpl = QPlainTextEdit()
        self.zpl.setObjectName("label-zpl")
        self.zpl.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.zpl.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.preview = QLabel()
        self.preview.setObjectName("label-preview")
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        width, height = LABEL_SIZE_IN
        self.preview.setMinimumSize(width * DPI + 16, height * DPI + 16)
        self.preview.setStyleSheet("QLabel#label-preview { background: #d0d0d0; }")
        self.problem = QLabel()
        self.problem.setObjectName("label-problem")
        self.problem.setWordWrap(True)
        sample = QLabel(
            self.tr("Shown for a sample unit: serial %1, device ID %2. Fields: {serial}, "
                    "{device_id} and {code} (the QR and DataMatrix code).")
            .replace("%1", SAMPLE.serial)
            .replace("%2", SAMPLE.device_id)
        )  # fmt: skip
        sample.setWordWrap(True)
        self.builtin = QPushButton(self.tr("Start from the built-in label"))
        self.builtin.clicked.connect(lambda: self.zpl.setPlainText(DEFAULT_TEMPLATE))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.zpl.textChanged.connect(self._timer.start)
        self._layout(sample)
        self.zpl.setPlainText(self._initial_text())
        self.refresh()

    def _layout(self, sample: QLabel) -> None:
        right = QVBoxLayout()
        right.addWidget(self.preview)
        right.addWidget(self.problem)
        right.addWidget(sample)
        right.addStretch(1)
        right.addWidget(self.builtin)
        columns = QHBoxLayout()
        columns.addWidget(self.zpl, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)

    def _initial_text(self) -> str:
        if self.path is None or not self.path.is_file():
            return DEFAULT_TEMPLATE
        try:
            return read_text(self.path)
        except ConfigError as exc:
            shown = self.tr("The built-in label is shown instead.")
            self._unread = f"{in_words(exc)} {shown}"
            return DEFAULT_TEMPLATE

    @property
    def problem_text(self) -> str:
        return self.problem.text()

    @Slot()
    def refresh(self) -> None:
        """Draw the template as it is now, or say why it cannot be used."""
        self._timer.stop()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        try:
            png = draw(filled_in(self.zpl.toPlainText(), Text.of("label_template.this")))
        except ConfigError as exc:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No preview"))
            self.problem.setText(in_words(exc))
            self.problem.setStyleSheet("color: #b00020;")
            save.setEnabled(False)
            return
        pixmap = QPixmap()
        pixmap.loadFromData(png, "PNG")
        self.preview.setPixmap(pixmap)  # one screen pixel per printer dot
        drawn = self.tr("The label draws as the printer will print it.")
        self.problem.setText(f"{self._unread} {drawn}" if self._unread else drawn)
        self.problem.setStyleSheet("")
        save.setEnabled(True)

    @Slot()
    def save(self) -> None:
        self.refresh()
        if not self.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled():
            return
        path = self.path
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Save the label template"), "label.zpl", self.tr("ZPL (*.zpl)")
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            write_text(path, self.zpl.toPlainText())
        except ConfigError as exc:
            self.problem.setText(in_words(exc))
            return
        self.path = path
        self.accept()
