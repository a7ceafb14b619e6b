"""Target editing, credentials and the active target, on real files, a real journal and a
keyring backend: the configuration's own rules, role checks in the action functions, and a
journal event for every change that holds no credential."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from station.config import load_config
from station.errors import ConfigError
from station.journal import Journal
from station.pairing import keystore
from station.pairing.errors import KeyInvalid, TokenExpired
from station.roles import NotPermitted
from station.targets.actions import (
    MAX_TOKEN,
    TargetBook,
    import_realm_key,
    read_token_file,
    set_issued_token,
)
from station.targets.credentials import credential_status
from station.targets.fields import TargetInvalid, target_document, with_target
from tests.fixtures.keyring import MemoryKeyring
from tests.fixtures.pairing import RealmKeys, mint_token
from tests.supervisor.helpers import OPERATOR, QA, SUPERVISOR, write_config


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return write_config(tmp_path, "https://127.0.0.1:8443/pairing", tmp_path / "ca.pem")


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    with Journal.open(tmp_path / "journal.db", station_id="sup-test") as journal:
        yield journal


@pytest.fixture
def book(config_path: Path, journal: Journal) -> TargetBook:
    return TargetBook(load_config(config_path), config_path, journal)


@pytest.mark.parametrize(
    ("key", "value", "field", "words"),
    [
        ("realm", "Plant-1", "realm", "not a valid Astarte realm name"),
        ("pairing_url", "ftp://x", "pairing_url", "not a Pairing API base URL"),
        ("pairing_url", "http://astarte.example.com", "pairing_url", "plain http"),
        ("token_ttl_s", 5, "token_ttl_s", "Allowed: 30 to 3600"),
        ("token_source", "vault", "token_source", "Allowed: realm_key, issued_token, command"),
        ("device_id_rule", "uuid5", "device_id_namespace", "is required"),
        ("accepted_storage", ["flash"], "accepted_storage", "Allowed: otp, secure"),
        ("allowlist_pattern", "SN[", "allowlist_pattern", "not a valid regular expression"),
        ("max_registrations_in_flight", 0, "max_registrations_in_flight", "1 to 64"),
        ("initial_introspection", {"bad": [1, 0]}, "initial_introspection", "interface name"),
    ],
)
def test_validation_names_the_field_and_what_is_allowed(
    book: TargetBook, key: str, value: object, field: str, words: str
) -> None:
    document = target_document(book.config, "plant")
    document[key] = value
    with pytest.raises(TargetInvalid) as err:
        with_target(book.config, "plant", document, replacing="plant")
    assert err.value.field == field
    assert words in err.value.message
    assert f"targets.plant.{field}" in err.value.message


def test_a_bad_name_and_a_duplicate_name_point_at_the_name(book: TargetBook) -> None:
    document = target_document(book.config, "plant")
    with pytest.raises(TargetInvalid) as bad:
        with_target(book.config, "no spaces", document)
    assert bad.value.field == "name" and "not a valid target name" in bad.value.message
    with pytest.raises(TargetInvalid) as dup:
        with_target(book.config, "lab", document)
    assert dup.value.field == "name" and "exists already" in dup.value.message


def test_secrets_are_refused_in_any_field(book: TargetBook) -> None:
    document = target_document(book.config, "plant")
    document["allowlist_pattern"] = "eyJhbGciOiJFUzI1NiJ9.eyJhIjoxfQ.sig"
    with pytest.raises(TargetInvalid) as err:
        with_target(book.config, "plant", document, replacing="plant")
    assert err.value.field == "allowlist_pattern"
    assert "eyJ" not in err.value.message and "keyring" in err.value.action


def test_supervisor_creates_edits_renames_and_deletes(
    book: TargetBook, config_path: Path, journal: Journal, memory_keyring: MemoryKeyring
) -> None:
    document = target_document(book.config, "lab")
    document["realm"] = "lab2"
    book.save_target(SUPERVISOR, "lab", document, replacing="lab", reason="new lab realm")
    assert load_config(config_path).targets["lab"].realm == "lab2"
    assert (config_path.parent / "config.toml.bak").exists()

    new = dict(document, realm="eu1", pairing_url="https://eu.example.com/pairing")
    book.save_target(SUPERVISOR, "plant-eu", new)
    book.save_target(SUPERVISOR, "plant-west", new, replacing="plant-eu")
    saved = load_config(config_path)
    assert set(saved.targets) == {"plant", "lab", "plant-west"}

    book.delete_target(SUPERVISOR, "plant-west", reason="line closed")
    assert set(load_config(config_path).targets) == {"plant", "lab"}

    events = list(reversed(journal.audit_events()))
    assert [(e.kind, e.details["change"]) for e in events] == [
        ("target_change", "edited"),
        ("target_change", "created"),
        ("target_change", "edited"),
        ("target_change", "deleted"),
    ]
    assert events[0].details["fields"] == "realm" and events[0].reason == "new lab realm"
    assert events[0].actor == "Sam (supervisor)"
    assert events[2].details["renamed_from"] == "plant-eu"


def test_the_active_target_cannot_be_deleted(book: TargetBook) -> None:
    with pytest.raises(TargetInvalid) as err:
        book.delete_target(SUPERVISOR, "plant")
    assert "active target of fixture line1" in err.value.message


def test_renaming_the_active_target_moves_the_fixture_and_the_key_with_it(
    book: TargetBook, config_path: Path, memory_keyring: MemoryKeyring, realm_keys: RealmKeys
) -> None:
    keystore.store_realm_key("plant", realm_keys.private_pem)
    book.save_target(SUPERVISOR, "plant2", target_document(book.config, "plant"), replacing="plant")
    assert load_config(config_path).fixture("line1").active_target == "plant2"
    assert keystore.describe_key("plant2") == "EC P-256 (ES256)"
    assert ("provisioning-station", "plant:realm-key") not in memory_keyring.entries


def test_active_target_is_saved_and_journaled(
    book: TargetBook, config_path: Path, journal: Journal
) -> None:
    book.set_active_target(SUPERVISOR, "line1", "lab", reason="lab batch today")
    assert load_config(config_path).fixture("line1").active_target == "lab"
    (event,) = journal.audit_events()
    assert event.kind == "active_target_change"
    assert event.details == {"fixture": "line1", "from": "plant", "to": "lab", "realm": "lab1"}


@pytest.mark.parametrize("actor", [OPERATOR, QA])
def test_only_a_supervisor_changes_targets(
    book: TargetBook, config_path: Path, journal: Journal, actor: object, tmp_path: Path
) -> None:
    from station.roles import Actor

    assert isinstance(actor, Actor)
    before = config_path.read_text()
    with pytest.raises(NotPermitted):
        book.save_target(actor, "lab", target_document(book.config, "lab"), replacing="lab")
    with pytest.raises(NotPermitted):
        book.delete_target(actor, "lab")
    with pytest.raises(NotPermitted):
        book.set_active_target(actor, "line1", "lab")
    with pytest.raises(NotPermitted):
        import_realm_key(actor, "plant", tmp_path / "key.pem", journal)
    with pytest.raises(NotPermitted):
        set_issued_token(actor, "lab", "x.y.z", journal)
    assert config_path.read_text() == before
    assert journal.audit_events() == []


def test_key_import_stores_the_key_reads_the_file_once_and_shows_only_its_type(
    memory_keyring: MemoryKeyring, realm_keys: RealmKeys, journal: Journal, book: TargetBook
) -> None:
    key = import_realm_key(SUPERVISOR, "plant", realm_keys.private_path, journal, reason="new")
    assert key.description == "EC P-256 (ES256)"
    assert realm_keys.private_path.read_bytes() == realm_keys.private_pem  # untouched
    stored = memory_keyring.entries[("provisioning-station", "plant:realm-key")]
    assert stored.strip() == realm_keys.private_pem.decode().strip()
    status = credential_status(book.config.targets["plant"])
    assert status.present and "EC P-256 (ES256) realm key" in status.summary
    assert "PRIVATE" not in status.summary
    (event,) = journal.audit_events()
    assert event.kind == "key_import" and event.details["key"] == "EC P-256 (ES256)"
    assert "PRIVATE" not in repr(event)


def test_a_public_key_is_refused_and_nothing_is_stored(
    memory_keyring: MemoryKeyring, realm_keys: RealmKeys, journal: Journal
) -> None:
    with pytest.raises(KeyInvalid) as err:
        import_realm_key(SUPERVISOR, "plant", realm_keys.public_path, journal)
    assert "public key" in err.value.message
    assert memory_keyring.entries == {} and journal.audit_events() == []


def test_issued_token_shows_expiry_never_the_token(
    memory_keyring: MemoryKeyring, realm_keys: RealmKeys, journal: Journal, book: TargetBook
) -> None:
    token = mint_token(realm_keys.private_pem, a_pa=["POST::agent/devices"], exp_in=3 * 3600)
    stored = set_issued_token(SUPERVISOR, "lab", f"Bearer {token}\n", journal)
    assert stored.allows_register
    status = credential_status(book.config.targets["lab"])
    assert status.present and not status.problem
    assert "expires" in status.summary and "(in 2 h 59 min)" in status.summary
    assert token not in status.summary
    (event,) = journal.audit_events()
    assert event.kind == "token_change" and event.details["allows_register"] == "yes"
    assert token not in repr(event) and token[:20] not in repr(event)


def test_an_expired_token_is_refused_and_a_stored_expired_one_is_flagged(
    memory_keyring: MemoryKeyring, realm_keys: RealmKeys, journal: Journal, book: TargetBook
) -> None:
    expired = mint_token(realm_keys.private_pem, exp_in=-10)
    with pytest.raises(TokenExpired):
        set_issued_token(SUPERVISOR, "lab", expired, journal)
    assert memory_keyring.entries == {}
    keystore.store_issued_token("lab", mint_token(realm_keys.private_pem, exp_in=60))
    status = credential_status(book.config.targets["lab"], now=time.time() + 120)
    assert status.problem and "EXPIRED" in status.summary


def test_missing_credentials_are_a_problem_not_a_crash(
    memory_keyring: MemoryKeyring, book: TargetBook
) -> None:
    status = credential_status(book.config.targets["plant"])
    assert not status.present and status.problem
    assert "No realm key is stored" in status.summary


@pytest.mark.keyring
def test_key_import_into_the_real_secret_service(
    secret_service: object, realm_keys: RealmKeys, journal: Journal, book: TargetBook
) -> None:
    import_realm_key(SUPERVISOR, "plant", realm_keys.private_path, journal)
    try:
        assert credential_status(book.config.targets["plant"]).summary.startswith(
            "EC P-256 (ES256) realm key in the OS keyring"
        )
    finally:
        keystore.delete("plant")


def test_a_locked_keyring_fails_closed_with_the_fix(
    memory_keyring: MemoryKeyring, realm_keys: RealmKeys, journal: Journal, book: TargetBook
) -> None:
    import keyring.errors

    from station.pairing.errors import KeyringUnavailable

    memory_keyring.fail_with = keyring.errors.KeyringLocked("locked")
    with pytest.raises(KeyringUnavailable) as err:
        import_realm_key(SUPERVISOR, "plant", realm_keys.private_path, journal)
    assert "the keyring is locked" in err.value.message
    assert "never falls back" in err.value.action
    status = credential_status(book.config.targets["plant"])
    assert status.problem and "keyring is locked" in status.summary
    assert journal.audit_events() == []


def test_no_keyring_backend_refuses_instead_of_a_file(
    realm_keys: RealmKeys, journal: Journal, book: TargetBook, tmp_path: Path
) -> None:
    import keyring
    from keyring.backends import fail

    from station.pairing.errors import KeyringUnavailable

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        with pytest.raises(KeyringUnavailable) as err:
            import_realm_key(SUPERVISOR, "plant", realm_keys.private_path, journal)
        with pytest.raises(KeyringUnavailable):
            book.delete_target(SUPERVISOR, "lab")
    finally:
        keyring.set_keyring(previous)
    assert "Secret Service" in err.value.action
    assert set(load_config(book.path).targets) == {"plant", "lab"}  # nothing changed
    assert journal.audit_events() == []
    assert not any(p.suffix == ".pem" for p in tmp_path.rglob("*") if "realm-keys" not in str(p))


def test_a_token_file_is_read_as_text_and_anything_else_is_refused_with_an_action(
    tmp_path: Path,
) -> None:
    token = tmp_path / "token.jwt"
    token.write_text("eyJhbGciOiJFUzI1NiJ9.e30.sig\n", encoding="utf-8")
    assert read_token_file(token) == "eyJhbGciOiJFUzI1NiJ9.e30.sig\n"

    big = tmp_path / "big"
    big.write_bytes(b"a" * (MAX_TOKEN + 1))
    binary = tmp_path / "binary"
    binary.write_bytes(b"\xff\xfe\x00token")
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    writer = os.open(fifo, os.O_RDWR)  # keeps the FIFO open: a read would never see its end
    # More than a pipe holds, so it is written while the token file is read.
    feeder = threading.Thread(target=os.write, args=(writer, b"b" * (MAX_TOKEN + 1)), daemon=True)
    feeder.start()
    try:
        for path, says in (
            (big, "too large"),
            (binary, "not text"),
            (fifo, "too large"),
            (tmp_path / "missing", "Cannot read"),
        ):
            with pytest.raises(ConfigError) as caught:
                read_token_file(path)
            assert says in caught.value.message, path
            assert "paste the token" in caught.value.action
        feeder.join(timeout=5)
    finally:
        os.close(writer)
