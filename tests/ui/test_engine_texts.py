"""The station's messages rendered in the screens' language from their IDs (engine_words):
through the real translation built from the committed `.ts`, nested texts translated too, the
English unchanged, and a message without an ID left as it is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import keyring
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from keyring.backends import null
from pytestqt.qtbot import QtBot

from station.config.store import load_config
from station.engine.events import Result, SlotSnapshot, SlotState, StationNotice, Step
from station.engine.policy import PolicyRefused
from station.engine.runner import TargetSummary
from station.errors import ConfigError
from station.fleet.link_state import FleetLinkState
from station.link.errors import CorruptLink
from station.link.framing import START_MARKER, FrameDecoder, FrameError
from station.pairing import keystore
from station.pairing.device_id import validate_device_id
from station.pairing.errors import InvalidDeviceId, KeyInvalid, KeyringUnavailable, TokenExpired
from station.pairing.keys import parse_realm_key
from station.pairing.tokens.scope import TokenClaims, TokenScope, TokenStatus, check_usable
from station.peripherals.printer import PrinterNotReady
from station.peripherals.printer_cups import CupsPrinter
from station.peripherals.sound import SoundPlayer, SoundUnavailable
from station.peripherals.tower import signal_for
from station.ports.slotmap import SlotMap
from station.text import Text
from ui.errors import describe
from ui.i18n.languages import Languages
from ui.operator import engine_words
from ui.operator.banner import Banner

from .conftest import OperatorStation
from .i18n_fixtures import qm_dir, station_languages
from .test_touch_detail import _popup, _tap

__all__ = ["qm_dir", "station_languages"]

Factory = Callable[..., OperatorStation]

CHANGED = Text.of(
    "check.identity_changed",
    slot="3",
    what=Text.of("word.hardware_serial"),
    before="SN-1",
    after=Text.of("word.none"),
)


def _failed(text: Text, action: Text, error_class: str) -> SlotSnapshot:
    return SlotSnapshot(
        slot="3",
        location="/dev/pts/9",
        state=SlotState.FAIL,
        result=Result.FAIL,
        error_class=error_class,
        text=Text.of("slot.prefix", slot="3", message=text),
        action_text=action,
    )


def test_a_message_and_its_nested_words_are_rendered_in_german(
    station_languages: Languages,
) -> None:
    assert engine_words.render(CHANGED) == CHANGED.english  # English: the catalogue's text
    assert station_languages.switch("de") is None
    assert engine_words.render(CHANGED) == (
        "Das Gerät in Platz 3 hat während des Versuchs seine Identität geändert: "
        "Hardware-Seriennummer war SN-1, jetzt keine."
    )
    assert engine_words.step(Step.WRITE) == "Zugangsdaten schreiben"
    assert engine_words.render(Text.plain("A cable is loose.")) == "A cable is loose."


def test_a_tile_shows_the_translated_cause_and_its_tooltip_the_whole_message(
    station_languages: Languages,
) -> None:
    refused = PolicyRefused(
        Text.of("policy.not_allowed", serial="'X-9'", slot="3"),
        Text.of("policy.not_allowed.action", slot="3"),
        error_class="not_allowed",
    )
    snap = _failed(refused.text, refused.action_text, refused.error_class)
    assert snap.message == "Slot 3: " + refused.message  # the journal's English
    english = engine_words.tile_words(snap)
    assert english[0] == "Serial X-9 of the device is not allowed for this target."

    station_languages.switch("it")
    cause, action = engine_words.tile_words(snap)
    assert (
        cause
        == "Il seriale 'X-9' del dispositivo nello slot 3 non è ammesso per questa destinazione."
    )
    assert action.startswith("Controlla che il dispositivo nello slot 3 appartenga a questo lotto")
    assert engine_words.full_message(snap) == "Slot 3: " + cause

    # A class with a short tile text shows it; the whole message stays for the tooltip.
    short = _failed(CHANGED, Text.of("check.identity_changed.action", slot="3"), "identity_changed")
    assert (
        engine_words.tile_words(short)[0]
        == "Il dispositivo ha cambiato identità durante il tentativo."
    )
    assert engine_words.full_message(short) == (
        "Slot 3: Il dispositivo nello slot 3 ha cambiato identità durante il tentativo: "
        "seriale hardware era SN-1, ora nessuno."
    )


def test_notices_and_the_error_presenter_speak_the_screens_language(
    station_languages: Languages,
) -> None:
    station_languages.switch("es")
    notice = StationNotice.of(
        "warning", Text.of("ready.interrupted"), Text.of("ready.interrupted.action", slot="2")
    )
    assert notice.message == "Interrupted attempt found; press Start to resume."
    message, action = engine_words.notice_words(notice)
    assert message == "Se encontró un intento interrumpido; pulse Iniciar para reanudar."
    assert action.startswith("Pulse Iniciar en la ranura 2")
    said = describe(
        PolicyRefused(Text.of("policy.no_namespace"), Text.of("policy.no_namespace.action"))
    )
    assert (
        said.message
        == "El destino deriva los ID de dispositivo pero no tiene configurado un UUID de "
        "espacio de nombres."
    )


def test_the_banner_words_the_token_and_the_fleet_link_in_german(
    qtbot: QtBot, station_languages: Languages
) -> None:
    """The token's detail, the fleet headline and the tower's signal, made in station/, show
    translated: no English on a German banner."""
    station_languages.switch("de")
    banner = Banner()
    qtbot.addWidget(banner)
    status = TokenStatus(
        "issued token",
        None,
        Text.of("token.issued.expired", algorithm="ES256"),
        usable=False,
    )
    banner.show_target(
        TargetSummary(
            name="plant",
            realm="plant1",
            pairing_url="https://pairing.example:8443",
            token_kind=status.kind,
            token_expires_at=None,
            token_detail=status.detail,
            token_usable=False,
            token_said=status.detail_text,
        )
    )
    assert status.detail == "ES256, expired: a supervisor must set a new token"
    said = "ES256, abgelaufen: Ein Schichtleiter muss ein neues Token setzen"
    assert banner.token.toolTip() == said
    assert banner.token.text().startswith(f"✗ Token unbrauchbar: {said}")

    banner.show_fleet(FleetLinkState("offline", 12, registrations_blocked=True))
    assert banner.fleet.text().startswith(
        "✗ Flotte: offline, Rückstand 12 · neue Registrierungen gesperrt."
    )
    signal = signal_for(["fail", "working"])
    assert signal.describe() == "red blink, yellow steady, blue steady, buzzer blink"
    assert engine_words.render(signal.describe_text()) == (
        "rot blinkt, gelb an, blau an, Summer pulsiert"
    )


def test_the_touch_popup_shows_the_failure_in_the_screens_language(
    operator_station: Factory, station_languages: Languages
) -> None:
    """On the real engine with a device that never answers: a German tap on the failed tile's
    cause opens the engine's whole message in German; the journal keeps the English."""
    st = operator_station(slots=2, faults="slot2:noreply@identify*always", touch=True)
    w = st.window
    w.resize(1280, 800)
    st.wait_all(SlotState.READY, ms=90_000)
    w.set_language("de")
    w.provision_all()
    st.wait_states(lambda s: s["2"] is SlotState.FAIL and s["1"] is SlotState.PASS)

    tile = w.tile("2")
    english = tile.snapshot.message
    assert english.startswith("The device in slot 2 did not answer identify within ")
    assert tile.snapshot.text is not None and tile.snapshot.text.id == "link.timeout"
    _tap(tile.cause)
    st.qtbot.waitUntil(lambda: _popup(w) is not None, timeout=5_000)
    popup = _popup(w)
    assert popup is not None
    shown = popup.text.text()
    assert shown.startswith("Das Gerät in Platz 2 hat auf identify nicht innerhalb von "), shown
    assert shown == engine_words.full_message(tile.snapshot) != english
    popup.reject()


def test_a_refused_device_id_and_token_read_whole_in_the_screens_language(
    station_languages: Languages,
) -> None:
    # The reason inside the policy's sentence is translated too, not left in English.
    try:
        validate_device_id("AAAAAAAAAAAAAAAAAAAAAA==")
    except InvalidDeviceId as exc:
        padded = exc
    refused = Text.of("policy.invalid_device_id", slot="4", reason=padded.text)
    assert padded.message.startswith("Device ID 'AAAAAAAAAAAAAAAAAAAAAA==' has '=' padding.")
    station_languages.switch("de")
    assert engine_words.render(refused) == (
        "Das Gerät in Platz 4 meldet eine unbrauchbare Geräte-ID: Geräte-ID "
        "'AAAAAAAAAAAAAAAAAAAAAA==' hat '='-Auffüllung. Pairing würde sie als dasselbe Gerät wie "
        "'AAAAAAAAAAAAAAAAAAAAAA' annehmen, die aufgefüllte Schreibweise gäbe einem Gerät also "
        "einen zweiten Namen."
    )
    assert engine_words.render(padded.action_text) == "'AAAAAAAAAAAAAAAAAAAAAA' verwenden."

    claims = TokenClaims("RS256", expires=1000.0, not_before=None, issued=None, a_pa=[".*::.*"])
    try:
        check_usable(claims, TokenScope.register(), 2000.0, what=Text.of("token.what.issued"))
    except TokenExpired as exc:
        expired = exc
    assert expired.message == "The issued token has expired (at 1970-01-01 00:16:40 UTC)."
    station_languages.switch("zh_CN")
    assert engine_words.render(expired.text) == "已签发令牌已过期（1970-01-01 00:16:40 UTC）。"
    assert engine_words.render(expired.action_text) == (
        "由主管提供新的令牌（station target set-token）。"
    )


def test_the_fail_sound_and_cups_refusals_speak_the_screens_language(
    station_languages: Languages, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))  # no pacat, no CUPS client tools
    try:
        SoundPlayer().play_fail_blocking()
    except SoundUnavailable as exc:
        no_pacat = exc
    try:
        CupsPrinter("zebra1").print_label("^XA^XZ")
    except PrinterNotReady as exc:
        no_cups = exc
    assert no_cups.message == (
        "The label goes to CUPS queue zebra1, but the CUPS command lpstat is not installed."
    )
    station_languages.switch("it")
    assert engine_words.render(no_pacat.text) == (
        "Il suono di errore non può essere riprodotto: pacat (pulseaudio-utils) non è installato."
    )
    assert engine_words.render(no_pacat.action_text).endswith("il riquadro mostra comunque ERRORE.")
    assert engine_words.render(no_cups.text) == (
        "L'etichetta va alla coda CUPS zebra1, ma il comando CUPS lpstat non è installato."
    )


def test_a_garbled_answers_frame_detail_speaks_the_screens_language(
    station_languages: Languages,
) -> None:
    (dropped,) = FrameDecoder().feed(START_MARKER + b"AB!D\n")
    assert isinstance(dropped, FrameError)
    garbled = CorruptLink.garbled("echo", dropped.text, slot="3", port="/dev/pts/9")
    assert garbled.message.endswith("arrived garbled (frame line is not valid base64).")
    station_languages.switch("es")
    assert engine_words.render(garbled.text).endswith(
        "llegó corrupta (la línea de trama no es base64 válido)."
    )


def test_a_keyring_refusal_speaks_the_screens_language(
    station_languages: Languages, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(keyring, "get_keyring", null.Keyring)
    with pytest.raises(KeyringUnavailable) as info:
        keystore.load_realm_key("plant")
    assert info.value.message == (
        "Cannot use the keyring: the keyring is configured as the null backend, which stores "
        "nothing."
    )
    station_languages.switch("de")
    assert engine_words.render(info.value.text) == (
        "Der Schlüsselbund kann nicht verwendet werden: der Schlüsselbund ist als Null-Backend "
        "eingerichtet, das nichts speichert."
    )


def test_a_refused_realm_key_names_its_place_in_the_screens_language(
    station_languages: Languages,
) -> None:
    public = (
        ec.generate_private_key(ec.SECP256R1())
        .public_key()
        .public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    )
    where = Text.of("keys.source.keyring", target="'plant'")
    with pytest.raises(KeyInvalid) as info:
        parse_realm_key(public, source=where)
    assert info.value.message == (
        "The file in the keyring entry of target 'plant' holds a public key; signing tokens "
        "needs the realm's private key."
    )
    station_languages.switch("de")
    assert engine_words.render(info.value.text) == (
        "Die Datei in dem Schlüsselbund-Eintrag des Ziels 'plant' enthält einen öffentlichen "
        "Schlüssel; zum Signieren von Token braucht es den privaten Schlüssel des Realms."
    )


def test_a_slot_map_refusal_speaks_the_screens_language(station_languages: Languages) -> None:
    with pytest.raises(ConfigError) as info:
        SlotMap.from_json('{"slots": {}}', source="/etc/station/slots.json")
    assert (
        info.value.message == '/etc/station/slots.json needs a "fixture" name and a "slots" object.'
    )
    station_languages.switch("de")
    assert engine_words.render(info.value.text) == (
        '/etc/station/slots.json braucht einen Namen "fixture" und ein Objekt "slots".'
    )
    # The example's braces survive the translation's formatting.
    assert engine_words.render(info.value.action_text) == (
        '{"fixture": "line3", "slots": {"1": "pci-...-usb-0:1.2:1.0"}} schreiben'
    )


def test_a_missing_configuration_speaks_the_screens_language(
    station_languages: Languages, tmp_path: Path
) -> None:
    with pytest.raises(ConfigError) as info:
        load_config(tmp_path / "station.toml")
    assert info.value.message == f"There is no configuration at {tmp_path / 'station.toml'}."
    station_languages.switch("zh_CN")
    assert engine_words.render(info.value.text) == f"{tmp_path / 'station.toml'} 处没有配置。"
