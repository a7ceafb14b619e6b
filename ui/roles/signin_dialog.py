"""The QA/supervisor sign-in dialog: name, role, password; checked off the GUI thread.

The password check (scrypt) takes tens of milliseconds on purpose, so it runs on a worker; the
dialog shows the authenticator's own words for a wrong password or a lockout, and keeps the
Sign in button disabled while a lockout lasts. The password field is cleared after every try.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from station.roles import Actor, Authenticator, Role, SignInLocked
from ui import theme
from ui.errors import describe, show_failure
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.tasks import Tasks

# The role names (station.roles.model.Role.label), marked for translation.
ROLE_LABELS = (
    QT_TRANSLATE_NOOP("Role", "Operator"),
    QT_TRANSLATE_NOOP("Role", "Supervisor"),
    QT_TRANSLATE_NOOP("Role", "QA"),
)


class RoleSignInDialog(QDialog):
    """Signals:
    signedIn(Actor): the password was right; the dialog has accepted.
    """

    signedIn = Signal(object)

    def __init__(
        self,
        authenticator: Authenticator,
        *,
        role: Role = Role.SUPERVISOR,
        name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("role-signin")
        self.setModal(True)
        self._auth = authenticator
        self._tasks = Tasks("role-signin", 1, self)
        self._busy = False

        self.title = title = QLabel()
        title.setFont(theme.font(theme.TITLE_PT, bold=True))
        self.role = QComboBox()
        self.role.setObjectName("signin-role")
        for r in (Role.SUPERVISOR, Role.QA):
            self.role.addItem(r.label, r.value)  # worded in retranslate
        self.role.setCurrentIndex(0 if role is Role.SUPERVISOR else 1)
        self.name = QLineEdit(name)
        self.name.setObjectName("signin-name")
        self.password = QLineEdit()
        self.password.setObjectName("signin-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel("")
        self.message.setObjectName("signin-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.VERMILLION};")
        for widget in (self.role, self.name, self.password):
            widget.setFont(theme.font(theme.BODY_PT + 1))
            widget.setMinimumHeight(theme.BUTTON_MIN_HEIGHT_PX - 12)

        form = QFormLayout()
        self.captions = [QLabel() for _ in range(3)]
        for caption, field in zip(
            self.captions, (self.role, self.name, self.password), strict=True
        ):
            form.addRow(caption, field)
        # Our own Sign in button, not the standard OK renamed: on a language switch the box
        # words its standard buttons again itself, after this dialog re-worded them.
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("signin-ok")
        for button in self.buttons.buttons():
            button.setMinimumSize(theme.BUTTON_MIN_WIDTH_PX, theme.BUTTON_MIN_HEIGHT_PX - 8)
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self.retranslate()
        self._unlock_timer = QTimer(self)
        self._unlock_timer.setSingleShot(True)
        self._unlock_timer.timeout.connect(self._lockout_over)
        wait = authenticator.throttle.retry_after_s()
        if wait > 0:
            self._locked(wait, self.tr("Sign-in is locked after repeated wrong passwords."))
        (self.password if name else self.name).setFocus(Qt.FocusReason.OtherFocusReason)

    def retranslate(self) -> None:
        """Every text in the screens' language (again after a switch while it is open)."""
        self.setWindowTitle(self.tr("QA / supervisor sign-in"))
        self.title.setText(self.tr("Sign in for privileged work"))
        for index in range(self.role.count()):
            label = Role(str(self.role.itemData(index))).label
            self.role.setItemText(index, QCoreApplication.translate("Role", label))
        self.name.setPlaceholderText(self.tr("Your name (recorded in the journal)"))
        for caption, text in zip(
            self.captions, (self.tr("Role"), self.tr("Name"), self.tr("Password")), strict=True
        ):
            caption.setText(text)
        self.sign_in_button.setText(self.tr("Sign in"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    @property
    def chosen_role(self) -> Role:
        return Role(str(self.role.currentData()))

    @Slot()
    def try_sign_in(self) -> None:
        if self._busy or not self.sign_in_button.isEnabled():
            return
        name, role, password = self.name.text(), self.chosen_role, self.password.text()
        self.password.clear()
        self._busy = True
        self.sign_in_button.setEnabled(False)
        self.message.setText(self.tr("Checking…"))
        self._tasks.run(
            lambda: self._auth.sign_in(name, role, password), self._succeeded, self._failed
        )

    def _succeeded(self, actor: Actor) -> None:
        self._busy = False
        self.message.setText("")
        self.signedIn.emit(actor)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self._busy = False
        if isinstance(exc, SignInLocked):
            self._locked(exc.retry_after_s, describe(exc).message)
            return
        self.sign_in_button.setEnabled(True)
        show_failure(exc, self.message.setText, self)
        self.password.setFocus(Qt.FocusReason.OtherFocusReason)

    def _locked(self, wait_s: float, message: str) -> None:
        self.sign_in_button.setEnabled(False)
        self.message.setText(message)
        self._unlock_timer.start(max(1, int(wait_s * 1000) + 50))

    @Slot()
    def _lockout_over(self) -> None:
        self.sign_in_button.setEnabled(True)
        self.message.setText(self.tr("You may try again."))

    def wait_idle(self, timeout_ms: int = 10_000) -> bool:
        """Tests and shutdown: let a running check finish."""
        return self._tasks.wait(timeout_ms)
