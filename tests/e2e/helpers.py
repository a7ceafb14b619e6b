"""What the end-to-end tests check after the station ran: devices, Pairing, journal, files."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from station.demo import DEMO_NAMESPACE, DemoEnvironment
from station.engine.cli import provision
from station.journal.export import export_text
from station.pairing.device_id import derive_device_id
from station.secret import Secret


def provision_all(env: DemoEnvironment, operator: str) -> tuple[int, str, str]:
    """`station provision --json` on every slot of the demo fixture: exit code, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    rc = provision(
        config_path=env.config_path,
        target=env.target_name,
        fixture=env.fixture_name,
        slots="all",
        operator=operator,
        as_json=True,
        out=out,
        err=err,
    )
    return rc, out.getvalue(), err.getvalue()


def results(output: str) -> dict[str, dict[str, Any]]:
    """`station provision --json` output, by slot."""
    rows = [json.loads(line) for line in output.splitlines() if line.startswith("{")]
    return {row["slot"]: row for row in rows}


def device_id(env: DemoEnvironment, slot: str) -> str:
    assert env.fixture is not None
    return derive_device_id(DEMO_NAMESPACE, env.fixture.device(slot).hwid)


def stored_secret(env: DemoEnvironment, slot: str) -> str | None:
    assert env.fixture is not None
    record = env.fixture.device(slot).record
    return None if record is None else record.secret


def pairing_accepts(env: DemoEnvironment, slot: str) -> bool:
    assert env.standin is not None
    secret = stored_secret(env, slot)
    return secret is not None and env.standin.check_secret(env.realm, device_id(env, slot), secret)


def journal_exports(journal: Path) -> str:
    return export_text(journal, format="csv") + export_text(journal, format="jsonl")


def secret_hits(secrets: Iterable[Secret], texts: dict[str, bytes]) -> list[str]:
    """Names of the texts in which any of `secrets` appears (plain text, any encoding we use)."""
    hits = []
    for secret in secrets:
        needles = {
            secret.reveal().encode("utf-8"),
            secret.reveal().encode("utf-16-le"),
            secret.reveal().replace("+", "-").replace("/", "_").encode("ascii"),
        }
        hits += [name for name, data in texts.items() if any(n in data for n in needles)]
    return hits


def files_under(*roots: Path, skip: Iterable[Path] = ()) -> dict[str, bytes]:
    skipped = {p.resolve() for p in skip}
    out: dict[str, bytes] = {}
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file() and not any(path.resolve().is_relative_to(s) for s in skipped):
                out[str(path)] = path.read_bytes()
    return out
