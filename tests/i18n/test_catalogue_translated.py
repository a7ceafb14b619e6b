"""Every station message has German, Italian, Spanish and Chinese, with its placeholders; the
module lupdate reads them from is in step with the catalogue; and the operator-facing station
modules make no message without an ID."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from station.catalogue import CATALOGUE, ENTRIES, PLURALS
from station.catalogue.tile import AWAITING_LABEL, BY_CLASS
from station.text import placeholders
from ui.i18n import engine_texts, generate
from ui.i18n.languages import I18N_DIR, LANGUAGE_NAMES, SOURCE_LANGUAGE

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = [lang for lang in LANGUAGE_NAMES if lang != SOURCE_LANGUAGE]
# The modules whose every operator-facing message has an ID: a StationError (or a verdict) made
# here from a literal English string is a message the screens cannot translate.
WITH_IDS = [
    "station/engine/attempt.py",
    "station/engine/checks.py",
    "station/engine/check_scan.py",
    "station/engine/mes_step.py",
    "station/engine/mes_override.py",
    "station/engine/policy.py",
    "station/engine/runner.py",
    "station/engine/worker.py",
    "station/engine/recovery.py",
    "station/engine/transaction.py",
    "station/profiles/label_scan.py",
    "station/link/errors.py",
    "station/link/framing.py",
    "station/link/session.py",
    "station/link/port.py",
    "station/profiles/smp/errors.py",
    "station/profiles/smp/client.py",
    "station/profiles/esp32/profile.py",
    "station/profiles/zephyr/errors.py",
    "station/profiles/zephyr/profile.py",
    "station/profiles/zephyr/wifi.py",
    "station/pairing/responses.py",
    "station/pairing/transport.py",
    "station/pairing/device_id.py",
    "station/pairing/keystore.py",
    "station/pairing/keys.py",
    "station/pairing/keyfile.py",
    "station/pairing/tokens/scope.py",
    "station/pairing/tokens/command.py",
    "station/line/cli.py",
    "station/peripherals/label_template.py",
    "station/peripherals/label_zpl.py",
    "station/peripherals/printer_cups.py",
    "station/peripherals/sound.py",
    "station/ports/holders.py",
    "station/ports/slotmap.py",
    "station/config/store.py",
    "station/config/port_binding.py",
    "station/config/migrate.py",
    "station/config/cli.py",
    "station/ports/learn.py",
    "station/targets/actions.py",
    "station/targets/credentials_cli.py",
    "station/targets/fields.py",
    "station/roles/model.py",
    "station/roles/signin.py",
    "station/roles/prompt.py",
    "station/roles/cli.py",
    "station/journal/atomic.py",
    "station/journal/chain_writer.py",
    "station/journal/connection.py",
    "station/journal/damage.py",
    "station/journal/export.py",
    "station/journal/outbox.py",
    "station/journal/read_only.py",
    "station/journal/reader_pool.py",
    "station/journal/schema.py",
    "station/journal/upgrade.py",
    "station/journal/verify.py",
    "station/journal/verify_failures.py",
    "station/engine/setup.py",
    "station/mes/client.py",
    "station/ports/resolve.py",
    "station/config/model.py",
    "station/mes/policy.py",
    "station/pairing/tls.py",
    "station/pairing/client.py",
    "station/pairing/tokens/realm_key.py",
    "station/targets/tokens.py",
    "station/targets/privileged_cli.py",
    "station/rework/assess.py",
    "station/rework/unregister.py",
    "station/rework/reprovision.py",
    "station/rework/cli.py",
    "station/journal/cli.py",
    "station/fleet/gate.py",
    "station/fleet/claims.py",
    "station/fleet/connect.py",
    "station/fleet/schema.py",
    "station/fleet/supervise.py",
    "station/fleet/qa_reader.py",
    "station/fleet/lots.py",
    "station/fleet/shipper.py",
    "station/fleet/cli.py",
    "station/fleet/check.py",
    "station/fleet/supervisor_cli.py",
    "station/fleet/lot_cli.py",
]
# Modules that also say things by other calls (a field error's `fail`, the command line's lines
# and prompts): those take a message with an ID too.
SAID_WITH_IDS = [
    "station/config/options.py",
    "station/config/parse.py",
    "station/config/sections.py",
    "station/config/line_section.py",
    "station/config/target_section.py",
    "station/profiles/__init__.py",
    "station/profiles/esp32/options.py",
    "station/profiles/zephyr/options.py",
    "station/config/cli.py",
    "station/line/cli.py",
    "station/ports/learn.py",
    "station/ports/cli.py",
    "station/targets/credentials_cli.py",
    "station/roles/cli.py",
    "station/rework/cli.py",
    "station/journal/cli.py",
    "station/fleet/cli.py",
    "station/fleet/supervisor_cli.py",
    "station/fleet/lot_cli.py",
]
_SAYING = frozenset({"fail", "say", "ask", "_out", "_say"})
# Our bugs, not messages to a person.
_BUILTIN = frozenset({"AssertionError", "ValueError", "TypeError", "KeyError", "RuntimeError"})
_VERDICTS = re.compile(
    r"(Error|Refused|Failed|Unknown|Gone|Answering|InUse|TimedOut|Held|"
    r"Scrap|Provisioned|Unavailable|Verdict|Notice|Expired|Insufficient|DeviceId|NotReady|"
    r"NotPermitted|Locked|NotSetUp|NotConfigured|Lost|Unreachable|Forked)$"
)


def _translations(language: str) -> dict[str, tuple[list[str], bool]]:
    """source -> (translation's forms, finished) of the EngineMessage context (a plural has one
    form per plural form of the language)."""
    found = {}
    for context in ET.parse(I18N_DIR / f"station_{language}.ts").getroot().iter("context"):
        if context.findtext("name") != engine_texts.CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text or "" for f in translation.iter("numerusform")]
            if message.get("numerus") != "yes":
                forms = [translation.text or ""]
            finished = translation.get("type") is None and all(forms)
            found[message.findtext("source", "")] = (forms, finished)
    return found


def _wanted(message_id: str) -> set[str]:
    """The named placeholders a translation keeps (a plural's count is `%n` instead)."""
    wanted = set(placeholders(CATALOGUE[message_id]))
    plural = PLURALS.get(message_id)
    return wanted - {plural.count} if plural is not None else wanted


def test_the_module_lupdate_reads_is_in_step_with_the_catalogue() -> None:
    assert generate.written() == generate.sources(), "run `make translations-update`"
    assert {k: generate.qt_source(v) for k, v in ENTRIES.items()} == engine_texts.TEXTS


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated_with_its_placeholders(language: str) -> None:
    have = _translations(language)
    sources = {m: generate.qt_source(e) for m, e in ENTRIES.items()}
    missing = [m for m, t in sorted(sources.items()) if not have.get(t, ([], False))[1]]
    assert missing == [], f"translate these in ui/i18n/station_{language}.ts"
    lost = [
        f"{m}: {form!r}"
        for m, t in sorted(sources.items())
        for form in have[t][0]
        if set(re.findall(r"\{(\w+)\}", form)) != _wanted(m) or ("%n" in form) != (m in PLURALS)
    ]
    assert lost == []


def test_the_tiles_short_texts_are_catalogue_messages() -> None:
    for cause, action in [*BY_CLASS.values(), AWAITING_LABEL]:
        assert cause in CATALOGUE and action in CATALOGUE
        assert placeholders(CATALOGUE[cause]) <= {"slot"} >= placeholders(CATALOGUE[action])


@pytest.mark.parametrize("path", WITH_IDS)
def test_operator_messages_are_made_with_an_id(path: str) -> None:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    literal = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = str(getattr(node.func, "id", None) or getattr(node.func, "attr", ""))
        if not _VERDICTS.search(name) or name in _BUILTIN:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords if k.arg in {"action"})]:
            if isinstance(arg, ast.JoinedStr) or (
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) and " " in arg.value
            ):
                literal.append(f"{path}:{node.lineno}: {name}")
    assert literal == [], "give these messages an ID in station/catalogue/"


def _literal_english(source: str, where: str, names: frozenset[str]) -> list[str]:
    """Calls to `names` in `source` given a literal English text (a line, a problem)."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = str(getattr(node.func, "id", None) or getattr(node.func, "attr", ""))
        if name not in names:
            continue
        for arg in [*node.args, *(k.value for k in node.keywords)]:
            if isinstance(arg, ast.JoinedStr) or (
                isinstance(arg, ast.Constant) and isinstance(arg.value, str) and " " in arg.value
            ):
                found.append(f"{where}:{node.lineno}: {name}")
    return found


@pytest.mark.parametrize("path", SAID_WITH_IDS)
def test_field_errors_and_command_line_lines_are_made_with_an_id(path: str) -> None:
    source = (ROOT / path).read_text(encoding="utf-8")
    assert _literal_english(source, path, _SAYING) == [], "give these an ID in station/catalogue/"


def test_the_check_finds_literal_english_in_a_field_error_and_a_line() -> None:
    source = """
where.fail(f"= {value} is wrong.")
where.fail(Text.of("field.path.empty"))
s.say("Unplug it.")
s.say(Text.plain(f"{i}. {port}"), 4)
"""
    assert _literal_english(source, "s.py", _SAYING) == ["s.py:2: fail", "s.py:4: say"]
