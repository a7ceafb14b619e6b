"""The banner: which realm the line provisions into, with which token, who is working.

The banner never calls the engine itself: the window fetches the target summary and the Pairing
health off the GUI thread and hands the results here. Only the token's time left is recomputed
locally, once a minute, from the expiry it already has.

The token line warns only about a token that can run out (an issued token): a realm key or a
token program gets a fresh token for every device, so its current token's expiry is nobody's
concern. Every warning and alarm says what to do.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from station.fleet.link_state import FleetLinkState
from station.text import Text
from ui import theme
from ui.engine_api import TargetSummaryLike
from ui.i18n.languages import QT_TRANSLATE_NOOP
from ui.operator import words
from ui.operator.engine_words import cause_words, render

TOKEN_REFRESH_MS = 60_000
TOKEN_WARNING_S = 15 * 60
# Pairing answers, but no token can be made: no registration is possible now either.
CANNOT_REGISTER = theme.StateLook(
    "✗", QT_TRANSLATE_NOOP("State", "Cannot register"), theme.DARK_VERMILLION, theme.WHITE
)
# The token sources in the operator's words.
_KIND_WORDS = {
    "realm key": QT_TRANSLATE_NOOP("Banner", "made on this station for each device"),
    "token command": QT_TRANSLATE_NOOP("Banner", "fetched for each device"),
    "issued token": QT_TRANSLATE_NOOP("Banner", "issued token"),
}
RENEW_ACTION = QT_TRANSLATE_NOOP(
    "Banner",
    "ask a supervisor to set a new token (Roles → Targets and keys) before this one runs out.",
)
UNUSABLE_ACTION = QT_TRANSLATE_NOOP(
    "Banner",
    "ask a supervisor to check this target's token (Roles → Targets and keys); "
    "nothing can be provisioned until then.",
)

FLEET_BLOCKED_ACTION = QT_TRANSLATE_NOOP(
    "Banner",
    "call the supervisor: the central database does not answer, so no device can be registered "
    "now.",
)


def _t(text: str) -> str:
    return QCoreApplication.translate("Banner", text)


def kind_words(kind: str) -> str:
    known = _KIND_WORDS.get(kind)
    return _t(known) if known is not None else words.plain(kind)


def _as_epoch(value: datetime | float | None) -> float | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.timestamp()
    return float(value)


def describe_time_left(expires_at: float, now: float) -> str:
    left = expires_at - now
    if left <= 0:
        return QCoreApplication.translate("Banner", "expired")
    minutes = int(left // 60)
    if minutes < 1:
        return QCoreApplication.translate("Banner", "expires in under a minute")
    if minutes < 120:
        return QCoreApplication.translate("Banner", "expires in {minutes} min").format(
            minutes=minutes
        )
    return QCoreApplication.translate("Banner", "expires in {hours} h {minutes} min").format(
        hours=minutes // 60, minutes=f"{minutes % 60:02d}"
    )


def _fleet_label() -> QLabel:
    """Fleet mode only: the link to the central database; hidden on a single station."""
    label = QLabel("")
    label.setObjectName("banner-fleet")
    label.setFont(theme.font(theme.SMALL_PT, bold=True))
    label.setWordWrap(True)
    label.hide()
    return label


class Banner(QFrame):
    """Target, token, Pairing health and operator, across the top of the window."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.setStyleSheet(
            f"QFrame#banner {{ background: {theme.BLACK}; }}"
            f" QFrame#banner QLabel {{ color: {theme.WHITE}; }}"
        )
        self._expires_at: float | None = None
        self._token_kind = ""
        self._token_detail = ""
        self._token_said: Text | None = None
        self._token_usable = True
        self._token_warning = ""
        self._health: tuple[bool | None, str] = (None, "")
        self._token_renews = False

        self._summary: TargetSummaryLike | None = None
        self._target_error = ""
        self._operator_name = "—"
        self.target = QLabel(self.tr("Target: loading…"))
        self.target.setObjectName("banner-target")
        self.target.setFont(theme.font(theme.TITLE_PT, bold=True))
        self.pairing_url = QLabel("")
        self.pairing_url.setObjectName("banner-url")
        self.pairing_url.setFont(theme.font(theme.SMALL_PT))
        self.pairing_url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.token = QLabel("")
        self.token.setObjectName("banner-token")
        self.token.setFont(theme.font(theme.SMALL_PT))
        # The reason a token is unusable can be long; it wraps rather than widen the window.
        self.token.setWordWrap(True)
        # The target's lines give way (cut, all of them a hover away) before the window would
        # outgrow a small screen.
        for label in (self.target, self.pairing_url):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.fleet = _fleet_label()
        left = self._lines()

        self.health = QLabel()
        self.health.setObjectName("banner-health")
        self.health.setFont(theme.font(theme.BODY_PT, bold=True))
        self.health.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.health.setMinimumWidth(260)
        self.operator = QLabel(self.tr("Operator: {name}").format(name="—"))
        self.operator.setObjectName("banner-operator")
        self.operator.setFont(theme.font(theme.TITLE_PT, bold=True))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 2, 12, 2)
        layout.addLayout(left, 1)
        layout.addWidget(self.health)
        layout.addSpacing(24)
        layout.addWidget(self.operator)
        self.show_health(None, "")

        self._timer = QTimer(self)
        self._timer.setObjectName("token-time-left")
        self._timer.setInterval(TOKEN_REFRESH_MS)
        self._timer.timeout.connect(self.refresh_token)
        self._timer.start()

    def _lines(self) -> QVBoxLayout:
        # Two lines: the target, then where Pairing is, the token (and the fleet link in fleet
        # mode), so the fixture below keeps the height of a third.
        second = QHBoxLayout()
        second.setSpacing(16)
        # The URL has the larger share: a usual token line ("Token: fetched for each device")
        # is short, and a long warning wraps onto a second line where the URL cannot.
        second.addWidget(self.pairing_url, 3)
        second.addWidget(self.token, 2)
        second.addWidget(self.fleet, 2)
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.target)
        left.addLayout(second)
        return left

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            if self._summary is not None:
                self.show_target(self._summary)
            elif self._target_error:
                self.show_target_error(self._target_error)
            else:
                self.target.setText(self.tr("Target: loading…"))
            self.show_operator(self._operator_name)
            self.show_health(*self._health)
        super().changeEvent(event)

    def show_target(self, summary: TargetSummaryLike) -> None:
        self._summary = summary
        self.target.setText(
            self.tr("Target: {name}  ·  realm {realm}").format(
                name=summary.name, realm=summary.realm
            )
        )
        self.pairing_url.setText(self.tr("Pairing URL: {url}").format(url=summary.pairing_url))
        self.target.setToolTip(self.target.text())
        self.pairing_url.setToolTip(self.pairing_url.text())
        self._token_kind = summary.token_kind
        self._expires_at = _as_epoch(summary.token_expires_at)
        self._token_detail = summary.token_detail
        self._token_said = summary.token_said
        self._token_usable = summary.token_usable
        self._token_warning = summary.token_warning
        self._token_renews = summary.token_renews
        self.refresh_token()
        self.show_health(*self._health)  # the badge depends on the token too

    def show_target_error(self, message: str) -> None:
        self._summary = None
        self._target_error = message
        self.target.setText(self.tr("Target: not available"))
        self.pairing_url.setText(message)
        self.target.setToolTip("")
        self.pairing_url.setToolTip(message)
        self._token_kind = ""  # so the minute timer does not bring back a stale token line
        self.token.setText("")
        self.token.setToolTip("")
        self.token.setStyleSheet("")
        self._token_usable = False  # no target, no registration: the badge says so
        self.show_health(*self._health)

    @Slot()
    def refresh_token(self) -> None:
        if not self._token_kind:
            return
        text = self.tr("Token: {kind}").format(kind=kind_words(self._token_kind))
        warn = False
        if self._expires_at is not None and not self._token_renews:
            now = datetime.now(UTC).timestamp()
            text = self.tr("{token}, {time_left}").format(
                token=text, time_left=describe_time_left(self._expires_at, now)
            )
            warn = bool(self._token_warning) or self._expires_at - now < TOKEN_WARNING_S
        if not self._token_usable:
            # Nothing can be registered with it: say why, in the line's words, and stand out.
            reason = self._token_cause() or self.tr("no reason given")
            text = self.tr("✗ Token unusable: {reason} What to do: {action}").format(
                reason=reason, action=_t(UNUSABLE_ACTION)
            )
            look = (theme.DARK_VERMILLION, theme.WHITE)
        elif warn:
            text = self.tr("⚠ {token}. What to do: {action}").format(
                token=text, action=_t(RENEW_ACTION)
            )
            look = (theme.YELLOW, theme.BLACK)
        else:
            look = None
        self.token.setText(text)
        self.token.setToolTip(
            render(self._token_said) if self._token_said is not None else self._token_detail
        )
        self.token.setStyleSheet(
            f"QLabel {{ background: {look[0]}; color: {look[1]}; padding: 1px 6px; }}"
            if look is not None
            else ""
        )

    def _token_cause(self) -> str:
        """Why the token cannot be used, in one sentence of the screens' language."""
        if self._token_said is None:
            return words.cause(self._token_detail)
        return cause_words(self._token_said)

    def show_health(self, healthy: bool | None, detail: str) -> None:
        """None while the first check is under way. The badge says whether a registration could
        be made now: Pairing answering is not enough when the token cannot be used."""
        self._health = (healthy, detail)
        if healthy is None:
            look = theme.HEALTH_UNKNOWN
        else:
            look = theme.HEALTH_OK if healthy else theme.HEALTH_DOWN
        if healthy and not self._token_usable:
            look = CANNOT_REGISTER
            detail = self.tr(
                "Pairing answers ({detail}), but no token can be made for the target."
            ).format(detail=detail)
        self.health.setText(look.text)
        self.health.setToolTip(detail)
        self.health.setStyleSheet(
            f"QLabel {{ background: {look.background}; color: {look.foreground};"
            f" border: 2px solid {look.foreground}; border-radius: 6px; padding: 3px 10px; }}"
        )

    def show_operator(self, name: str) -> None:
        self._operator_name = name
        self.operator.setText(self.tr("Operator: {name}").format(name=name))

    def show_fleet(self, state: FleetLinkState) -> None:
        """Fleet mode: live / backlog N / offline, and whether new registrations are blocked.
        Only a block stops the line; a backlog or an open offline lot is a warning."""
        text = render(state.headline_text)
        if state.registrations_blocked:
            text = self.tr("✗ {fleet}. What to do: {action}").format(
                fleet=text, action=_t(FLEET_BLOCKED_ACTION)
            )
            look: tuple[str, str] | None = (theme.DARK_VERMILLION, theme.WHITE)
        elif state.link != "live" or state.lot:
            text = f"⚠ {text}"
            look = (theme.YELLOW, theme.BLACK)
        else:
            look = None
        self.fleet.setText(text)
        said = (render(state.problem_text), render(state.action_text))
        self.fleet.setToolTip(" ".join(p for p in said if p))
        self.fleet.setStyleSheet(
            f"QLabel {{ background: {look[0]}; color: {look[1]}; padding: 1px 6px; }}"
            if look is not None
            else ""
        )
        self.fleet.show()
