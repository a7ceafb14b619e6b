"""Where save dialogs open: the user's documents folder, never the process's working directory
(which, for a station started from its desktop entry, is somewhere QA should not write)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths


def documents_folder() -> Path:
    """The desktop's documents folder (XDG_DOCUMENTS_DIR), else the home folder."""
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    if found and Path(found).is_dir():
        return Path(found)
    return Path.home()
