"""The privileges' names in the screens' language (`station.roles.Privilege.label` is the English
source; a test keeps this catalogue in step with it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from station.roles import Privilege
from ui.i18n.languages import QT_TRANSLATE_NOOP

LABELS = (
    QT_TRANSLATE_NOOP("Privilege", "view the journal"),
    QT_TRANSLATE_NOOP("Privilege", "export the journal"),
    QT_TRANSLATE_NOOP("Privilege", "change realm targets"),
    QT_TRANSLATE_NOOP("Privilege", "choose the active target"),
    QT_TRANSLATE_NOOP("Privilege", "import realm keys or tokens"),
    QT_TRANSLATE_NOOP("Privilege", "override 'already passed'"),
    QT_TRANSLATE_NOOP("Privilege", "unregister devices (rework)"),
    QT_TRANSLATE_NOOP("Privilege", "override the MES offline policy"),
    QT_TRANSLATE_NOOP("Privilege", "change the touch and pedal settings"),
)


def privilege_words(privilege: Privilege) -> str:
    return QCoreApplication.translate("Privilege", privilege.label)
