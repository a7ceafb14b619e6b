"""What the centre refuses, by message ID (station/catalogue/fleet.py): signing in to it, its
schema, a supervisor's release, QA's reads and a station's offline lot. The supervisor's fleet
page and the QA sign-in say them in the person's language; the command line and the journal keep
the English word for word. Each refusal is a real one from a real PostgreSQL (or, for the lots,
a real journal)."""

from __future__ import annotations

import socket
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from psycopg import sql
from pytestqt.qtbot import QtBot

from station.fleet.check import run_check
from station.fleet.connect import check_schema, connect
from station.fleet.errors import FleetError, FleetUnreachable
from station.fleet.lots import close_lot, open_lot
from station.fleet.qa_reader import open_qa_connection
from station.fleet.schema import schema_version
from station.fleet.supervise import MIN_REASON_CHARS, check_reason, release_claim
from station.journal import Journal
from station.text import Text
from tests.fixtures.postgres import PgCluster
from tests.fleet.conftest import FleetDb
from tests.ui.i18n_fixtures import qm_dir, station_languages
from ui.i18n.languages import Languages
from ui.supervisor.fleet_page import FleetPage

__all__ = ["qm_dir", "station_languages"]


def test_a_wrong_password_and_a_missing_database_are_said_by_id(fleet_db: FleetDb) -> None:
    settings, password = fleet_db.add_station()
    role = settings.role
    with pytest.raises(FleetError) as wrong:
        connect(settings, "wrong password")
    assert wrong.value.text == Text.of("fleet.wrong_password", role=role)
    assert wrong.value.action_text == Text.of("fleet.wrong_password.action", role=role)
    assert str(wrong.value) == (
        f"The central database refused the password of role {role}. — Store the password "
        "plant IT gave for this station: `station fleet set-password`. If it was lost, plant IT "
        f"runs `station fleet add-station {role}` again for a new one."
    )

    missing = replace(settings, database="no_such_database")
    with pytest.raises(FleetError) as none:
        connect(missing, password)
    assert none.value.text == Text.of(
        "fleet.no_database", database="no_such_database", host="127.0.0.1", port=settings.port
    )
    assert none.value.message == (
        f"There is no database no_such_database on 127.0.0.1:{settings.port}."
    )
    assert none.value.action_text == Text.of("fleet.no_database.action")

    with socket.socket() as free:  # a port nothing listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    with pytest.raises(FleetUnreachable) as silent:
        connect(replace(settings, port=port), password)
    detail = silent.value.params["detail"]
    assert isinstance(detail, str) and detail
    assert silent.value.text == Text.of(
        "fleet.unreachable", host="127.0.0.1", port=port, detail=detail
    )
    assert silent.value.message == (
        f"The central database at 127.0.0.1:{port} cannot be reached ({detail})."
    )
    assert silent.value.action_text == Text.of("fleet.unreachable.action")


def test_a_centre_never_initialised_older_or_newer_is_said_by_id(
    fleet_db: FleetDb, pg_cluster: PgCluster
) -> None:
    settings, password = fleet_db.add_station()
    empty = replace(settings, database=pg_cluster.create_database())
    with connect(empty, password) as conn, pytest.raises(FleetError) as never:
        check_schema(conn)
    assert never.value.text == Text.of(
        "fleet.never_initialised", database=empty.database, host="127.0.0.1"
    )
    assert never.value.message == (
        f"The database {empty.database} on 127.0.0.1 was never initialised for the fleet."
    )
    assert never.value.action == (
        "Plant IT runs `station fleet init-db` once, as the database superuser."
    )

    known = schema_version()
    admin = fleet_db.admin()
    admin.execute("INSERT INTO fleet.schema_version (version) VALUES (%s)", (known + 1,))
    with connect(settings, password) as conn, pytest.raises(FleetError) as newer:
        check_schema(conn)
    assert newer.value.text == Text.of("fleet.newer_schema", found=known + 1, known=known)
    assert newer.value.message == (
        f"The central database has fleet schema version {known + 1}; this station understands "
        f"up to {known}. Nothing was changed."
    )
    assert newer.value.action_text == Text.of("fleet.newer_schema.action")

    # A centre whose schema table says one version less than this station's.
    older_db = pg_cluster.create_database()
    with psycopg.connect(pg_cluster.admin_dsn(older_db), autocommit=True) as older_admin:
        for statement in (
            "CREATE SCHEMA fleet",
            "CREATE TABLE fleet.schema_version (version integer NOT NULL)",
            "GRANT USAGE ON SCHEMA fleet TO PUBLIC",
            "GRANT SELECT ON fleet.schema_version TO PUBLIC",
        ):
            older_admin.execute(statement.encode())
        older_admin.execute("INSERT INTO fleet.schema_version VALUES (%s)", (known - 1,))
    older_settings = replace(settings, database=older_db)
    with connect(older_settings, password) as conn, pytest.raises(FleetError) as older:
        check_schema(conn)
    assert older.value.text == Text.of("fleet.older_schema", found=known - 1, needed=known)
    assert older.value.message == (
        f"The central database has fleet schema version {known - 1}; this station needs {known}."
    )


def test_a_role_in_no_fleet_group_is_told_to_ask_for_its_rights(fleet_db: FleetDb) -> None:
    settings, password = fleet_db.add_station()
    role = sql.Identifier(settings.role)
    admin = fleet_db.admin()
    admin.execute(sql.SQL("REVOKE stations FROM {}").format(role))
    # It may still connect (a right the groups have), but has no right in the fleet schema.
    admin.execute(
        sql.SQL("GRANT CONNECT ON DATABASE {} TO {}").format(
            sql.Identifier(settings.database), role
        )
    )
    with connect(settings, password) as conn, pytest.raises(FleetError) as none:
        check_schema(conn)
    assert none.value.text == Text.of("fleet.no_grants", role=settings.role)
    assert none.value.action == (
        f"Plant IT runs `station fleet add-station {settings.role}`: it puts the role in the "
        "`stations` group."
    )


def test_a_release_and_a_qa_read_the_role_may_not_do_are_said_by_id(fleet_db: FleetDb) -> None:
    station, station_pw = fleet_db.add_station()
    supervisor, supervisor_pw = fleet_db.add_supervisor()
    with pytest.raises(FleetError) as short:
        check_reason(" RMA ")
    assert short.value.text == Text.of("fleet.reason_too_short", reason="'RMA'")
    assert short.value.action_text == Text.of(
        "fleet.reason_too_short.action", least=MIN_REASON_CHARS
    )
    assert str(short.value) == (
        f"The reason 'RMA' is too short; nothing was changed. — Say why in at least "
        f"{MIN_REASON_CHARS} characters (e.g. 'rework RMA-1234: new board'); QA reads it later."
    )

    why = "rework RMA-1234: new board"
    with connect(station, station_pw) as conn, pytest.raises(FleetError) as refused:
        release_claim(conn, "r", "dev", why)
    assert refused.value.text == Text.of(
        "fleet.not_a_supervisor", role=station.role, device_id="dev"
    )
    assert refused.value.error_class == "forbidden"
    assert refused.value.message == (
        f"The centre refused: role {station.role} is not a fleet supervisor, so it may not "
        "release the claim on dev. Nothing was changed."
    )
    with connect(supervisor, supervisor_pw) as conn, pytest.raises(FleetError) as nothing:
        release_claim(conn, "r", "dev", why)
    assert nothing.value.text == Text.of("fleet.no_claim_to_release", device_id="dev", realm="r")
    assert nothing.value.action_text == Text.of("fleet.no_claim_to_release.action")

    with pytest.raises(FleetError) as not_qa:
        open_qa_connection(station, station_pw)
    assert not_qa.value.text == Text.of("fleet.not_qa.attempts", role=station.role)
    assert not_qa.value.message == f"Role {station.role} may not read the fleet's attempts."
    assert not_qa.value.action_text == Text.of("fleet.not_qa.attempts.action")


def test_a_lot_already_open_or_none_to_close_is_said_by_id(tmp_path: Path) -> None:
    with Journal.open(tmp_path / "journal.sqlite", station_id="line-a") as journal:
        with pytest.raises(FleetError) as none:
            close_lot(journal, actor="Sam (supervisor)", reason="central server back")
        assert none.value.text == Text.of("fleet.lot.none_open")
        assert none.value.action == "`station fleet lot status` shows the station's lot state."
        lot = open_lot(journal, actor="Sam (supervisor)", reason="central server down, INC-42")
        with pytest.raises(FleetError) as twice:
            open_lot(journal, actor="Sam (supervisor)", reason="central server down, INC-43")
    since = f"{lot.opened_at:%Y-%m-%d %H:%M}"
    assert twice.value.text == Text.of(
        "fleet.lot.already_open", lot=lot.lot_id, by="Sam (supervisor)", since=since
    )
    assert twice.value.message == (
        f"Offline lot {lot.lot_id} is already open (by Sam (supervisor), {since} UTC). Nothing "
        "was changed."
    )
    assert twice.value.action_text == Text.of("fleet.lot.already_open.action")


def _read(qtbot: QtBot, page: FleetPage, role: str, password: str) -> str:
    page.role.setText(role)
    page.password.setText(password)
    page.refresh_button.click()
    qtbot.waitUntil(page.refresh_button.isEnabled, timeout=20_000)
    return page.status.text()


def test_a_german_fleet_page_says_the_centres_refusals_in_german(
    qtbot: QtBot, fleet_db: FleetDb, station_languages: Languages
) -> None:
    station, station_pw = fleet_db.add_station()
    qa, _ = fleet_db.add_qa()
    assert station_languages.switch("de") is None
    page = FleetPage(station)
    qtbot.addWidget(page)
    page.show()
    status = _read(qtbot, page, qa.role, "wrong password")
    assert status.startswith(
        f"Die zentrale Datenbank hat das Passwort der Rolle {qa.role} abgelehnt."
    ), status
    assert (
        "Das Passwort speichern, das die Werks-IT für diese Station ausgegeben hat: "
        f"`station fleet set-password`. Ist es verloren, führt die Werks-IT `station fleet "
        f"add-station {qa.role}` erneut aus, um ein neues zu erhalten."
    ) in status
    status = _read(qtbot, page, station.role, station_pw)
    assert status.startswith(
        f"Die Rolle {station.role} darf die Historie der Flotte nicht lesen."
    ), status
    assert "`station fleet add-supervisor NAME`" in status
    assert "refused" not in status and "may not" not in status


def test_the_checks_lines_are_messages_whose_english_the_command_prints(
    fleet_db: FleetDb,
) -> None:
    settings, password = fleet_db.add_station()
    lines = run_check(settings, password)
    assert [line.id for line in lines[:3]] == [
        "fleet.check.connected",
        "fleet.check.schema",
        "fleet.check.rights",
    ]
    assert lines[0].params["tls"] == Text.of("fleet.check.no_tls")
    assert lines[0].english == (
        f"connected to 127.0.0.1:{settings.port}/{settings.database} as {settings.role} (no TLS)"
    )
    assert lines[1] == Text.of("fleet.check.schema", version=schema_version())
    clock = lines[3]
    assert clock.id in ("fleet.check.clock_ahead", "fleet.check.clock_behind")
    assert clock.english.startswith(f"this PC's clock is {clock.params['seconds']} s ")
    assert clock.english.endswith(" the server's (leases use the server's clock)")
    assert lines[4] == Text.of("fleet.check.shipped", seq=0)
    assert lines[4].english == "events shipped so far: up to seq 0"
