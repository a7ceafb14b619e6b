"""The supervisor's target actions. Each checks the actor's role itself and is a journal event.

The screen only offers these to a signed-in supervisor; the checks here make that a rule rather
than a convention (a QA session or a stale dialog gets `NotPermitted`, and nothing changes).
Configuration changes are saved atomically through `save_config` before they are journaled,
and the journal records what changed (field names and the realm and URL), never a credential.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from station.config import StationConfig, load_config, parse_config, save_config, to_document
from station.errors import ConfigError
from station.pairing import keystore
from station.pairing.errors import CredentialMissing, TokenExpired
from station.pairing.keyfile import read_key_file
from station.pairing.keys import RealmKey, parse_realm_key
from station.pairing.tokens import SEND_MARGIN, TokenClaims, TokenScope, inspect_token
from station.roles import Actor, AuditLog, Privilege, require
from station.targets.fields import changed_fields, with_target, without_target
from station.text import Text


class TargetBook:
    """The station's targets and fixtures as a supervisor changes them, saved to `path`.

    Holds the configuration last saved, so the screen always edits what is on disk; a file
    changed by someone else since (`[line]` edited by hand, say) is read again before a change,
    so a save never puts back what was there before. Not thread-safe: one book per editor, used
    from one thread at a time.
    """

    def __init__(self, config: StationConfig, path: Path, audit: AuditLog) -> None:
        self.config = config
        self.path = path
        self._audit = audit
        self._seen = _stamp(path)

    def _on_disk(self) -> StationConfig:
        """The configuration to change: the book's, or the file's if it changed since."""
        stamp = _stamp(self.path)
        if stamp != self._seen:
            self.config = load_config(self.path)
            self._seen = stamp
        return self.config

    def _save(self, updated: StationConfig) -> None:
        save_config(updated, self.path)
        self.config = updated
        self._seen = _stamp(self.path)

    def save_target(
        self,
        actor: Actor,
        name: str,
        document: Mapping[str, Any],
        *,
        replacing: str | None = None,
        reason: str = "",
    ) -> StationConfig:
        """Create (`replacing` None) or change a target; returns the saved configuration."""
        require(actor, Privilege.EDIT_TARGETS)
        config = self._on_disk()
        before = config.targets.get(replacing) if replacing is not None else None
        updated = with_target(config, name, document, replacing=replacing)
        after = updated.targets[name]
        changes = changed_fields(before, after)
        if before is not None and name == replacing and not changes:
            return config
        # Keyring first: if it is unavailable nothing has changed yet (fail closed).
        moved = _move_credentials(replacing, name) if replacing not in (None, name) else []
        self._save(updated)
        details = {
            "target": name,
            "change": "created" if before is None else "edited",
            "fields": ", ".join(changes),
            "realm": after.realm,
            "pairing_url": after.pairing_url,
        }
        if replacing is not None and replacing != name:
            details["renamed_from"] = replacing
            details["keyring_entries_moved"] = ", ".join(moved) or "none"
        self._audit.record_event(
            "target_change", actor=actor.journal_name, details=details, reason=reason
        )
        return updated

    def delete_target(self, actor: Actor, name: str, *, reason: str = "") -> StationConfig:
        """Remove a target no fixture uses, and its keyring entries."""
        require(actor, Privilege.EDIT_TARGETS)
        config = self._on_disk()
        if name not in config.targets:
            raise ConfigError(
                Text.of("targets.no_such", name=repr(name)), Text.of("targets.no_such.action")
            )
        old = config.targets[name]
        updated = without_target(config, name)
        removed = keystore.delete(name)
        self._save(updated)
        self._audit.record_event(
            "target_change",
            actor=actor.journal_name,
            details={
                "target": name,
                "change": "deleted",
                "realm": old.realm,
                "pairing_url": old.pairing_url,
                "keyring_entries_removed": ", ".join(removed) or "none",
            },
            reason=reason,
        )
        return updated

    def set_active_target(
        self, actor: Actor, fixture: str, target: str, *, reason: str = ""
    ) -> StationConfig:
        """Make `target` the one `fixture` provisions into; saved atomically, journaled."""
        require(actor, Privilege.CHOOSE_TARGET)
        config = self._on_disk()
        current = config.fixture(fixture)
        config.target(target)  # a ConfigError naming the targets there are
        if current.active_target == target:
            return config
        fixtures = tuple(
            dataclasses.replace(f, active_target=target) if f.name == fixture else f
            for f in config.fixtures
        )
        updated = dataclasses.replace(config, fixtures=fixtures)
        self._save(updated)
        self._audit.record_event(
            "active_target_change",
            actor=actor.journal_name,
            details={
                "fixture": fixture,
                "from": current.active_target,
                "to": target,
                "realm": updated.targets[target].realm,
            },
            reason=reason,
        )
        return updated

    def save_touch_settings(
        self, actor: Actor, *, touch: bool, pedal_key: str | None, reason: str = ""
    ) -> StationConfig:
        """Set `[line] touch` and `pedal_key` (the operator screen applies them at once);
        checked by the configuration's own rules, saved atomically, journaled with what
        changed as `line_settings_change`."""
        require(actor, Privilege.EDIT_LINE)
        config = self._on_disk()
        document = to_document(config)
        line = dict(document.get("line", {}))
        line["touch"] = touch
        if pedal_key:
            line["pedal_key"] = pedal_key
        else:
            line.pop("pedal_key", None)
        document["line"] = line
        updated = parse_config(
            _as_read(document),
            source=str(self.path),
            base_dir=self.path.parent,
            default_journal=config.journal_path,
        )
        changes = {
            key: _shown(getattr(updated.line, key))
            for key in ("touch", "pedal_key")
            if getattr(updated.line, key) != getattr(config.line, key)
        }
        if not changes:
            return config
        self._save(updated)
        self._audit.record_event(
            "line_settings_change",
            actor=actor.journal_name,
            details={"fields": ", ".join(changes), **changes},
            reason=reason,
        )
        return updated


def _as_read(value: Any) -> Any:
    """A written document as TOML would read it back: TOML has no null, an unset key is absent."""
    if isinstance(value, Mapping):
        return {k: _as_read(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_as_read(v) for v in value]
    return value


def _shown(value: object) -> str:
    """A `[line]` setting's value as the journal writes it: `true`/`false`, or "" for unset."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def _stamp(path: Path) -> tuple[int, int] | None:
    """When and how big the file was last written (None: there is none)."""
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_mtime_ns, info.st_size


def _move_credentials(old: str | None, new: str) -> list[str]:
    """Keyring entries follow a renamed target (they are keyed by its name)."""
    if old is None:
        return []
    moved: list[str] = []
    try:
        keystore.store_realm_key(new, keystore.load_realm_key(old))
        moved.append("realm-key")
    except CredentialMissing:
        pass
    try:
        keystore.store_issued_token(new, keystore.load_issued_token(old))
        moved.append("issued-token")
    except CredentialMissing:
        pass
    keystore.delete(old)
    return moved


def check_key_file(path: Path) -> RealmKey:
    """Read and parse a realm key file without storing it: to refuse a wrong file early."""
    return parse_realm_key(read_key_file(path), source=str(path))


def import_realm_key(
    actor: Actor, target: str, key_file: Path, audit: AuditLog, *, reason: str = ""
) -> RealmKey:
    """Store the realm private key from `key_file` in the OS keyring (the file is only read)."""
    require(actor, Privilege.MANAGE_CREDENTIALS)
    key = keystore.store_realm_key(target, read_key_file(key_file))
    audit.record_event(
        "key_import",
        actor=actor.journal_name,
        details={"target": target, "key": key.description, "from_file": str(key_file)},
        reason=reason,
    )
    return key


#: More than any Pairing token could be: a longer input is refused unread.
MAX_TOKEN = 64 * 1024


def read_token_file(path: Path) -> str:
    """The text of a file said to hold an issued token, read only up to `MAX_TOKEN`: a FIFO
    or a device such as /dev/zero chosen by mistake is refused instead of read without end."""
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_TOKEN + 1)
    except OSError as exc:
        raise ConfigError(
            Text.of(
                "targets.token_file.unreadable", path=str(path), reason=str(exc.strerror or exc)
            ),
            Text.of("targets.token_file.unreadable.action"),
        ) from None
    if len(data) > MAX_TOKEN:
        raise ConfigError(
            Text.of("targets.token_file.too_large", path=str(path), kib=MAX_TOKEN // 1024),
            Text.of("targets.token_file.action"),
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError(
            Text.of("targets.token_file.not_text", path=str(path)),
            Text.of("targets.token_file.action"),
        ) from None


@dataclass(frozen=True)
class StoredToken:
    claims: TokenClaims
    allows_register: bool


def set_issued_token(
    actor: Actor,
    target: str,
    token: str,
    audit: AuditLog,
    *,
    reason: str = "",
    now: float | None = None,
) -> StoredToken:
    """Check and store an issued Pairing token in the OS keyring; refuse an expired one."""
    require(actor, Privilege.MANAGE_CREDENTIALS)
    text = token.strip()
    if text.lower().startswith("bearer "):
        text = text[7:].strip()
    pasted = Text.of("token.what.pasted")
    claims = inspect_token(text, what=pasted)
    now = time.time() if now is None else now
    if claims.expires is not None and claims.expires - now < SEND_MARGIN:
        raise TokenExpired(
            Text.of(
                "token.expired.not_stored", what=pasted, when=f"{claims.expires_at:%Y-%m-%d %H:%M}"
            ),
            Text.of("token.ask_new.action"),
        )
    keystore.store_issued_token(target, text)
    registers = TokenScope.register().allowed_by(claims.a_pa)
    audit.record_event(
        "token_change",
        actor=actor.journal_name,
        details={
            "target": target,
            "algorithm": claims.algorithm,
            "expires": "never"
            if claims.expires_at is None
            else f"{claims.expires_at:%Y-%m-%d %H:%M:%S} UTC",
            "allows_register": "yes" if registers else "no",
        },
        reason=reason,
    )
    return StoredToken(claims, registers)
