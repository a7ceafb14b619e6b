"""The throwaway cluster survives losing its chosen port to another process before it binds."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import psycopg
import pytest

from station.sandbox import pgcluster
from tests.fixtures.postgres import require_postgres


def test_a_port_taken_before_the_server_binds_it_is_replaced_by_another(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    bindir = require_postgres()
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", 0))
        squatter.listen()
        taken = int(squatter.getsockname()[1])
        real = pgcluster._free_port
        ports: Iterator[int] = iter([taken])
        chosen: list[int] = []

        def racy() -> int:
            # The first choice is a port another process grabbed meanwhile; later ones are free.
            chosen.append(next(ports, None) or real())
            return chosen[-1]

        monkeypatch.setattr(pgcluster, "_free_port", racy)
        cluster = pgcluster.start_cluster(bindir, max_connections=20)
    try:
        assert chosen[0] == taken
        assert cluster.port == chosen[-1] != taken
        with psycopg.connect(cluster.admin_dsn()) as conn:
            assert conn.execute("SHOW port").fetchone() == (str(cluster.port),)
        # Settings live in the data directory: a restart comes back on the same port.
        cluster.stop()
        cluster.start()
        with psycopg.connect(cluster.admin_dsn()) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
    finally:
        cluster.destroy()
