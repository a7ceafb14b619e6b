"""A throwaway PostgreSQL cluster in a temporary directory, for tests, benches and the demo.

PostgreSQL refuses to run as root, and CI runs as root: the cluster's directory then belongs to
the `postgres` system user and every server program runs through `runuser`. As an ordinary
user the programs run directly. All server settings go into the data directory (an included
`station.conf`), never on the `pg_ctl` command line, so a restart comes back on the same port
and socket.

Stations log in over TCP, so the cluster needs a port. A free port can be taken by another
process between choosing it and the server binding it; the start is then retried on another
port (the server says so in its log) rather than failing the test run.

Authentication is real: the superuser `postgres` is trusted on the Unix socket only; every other
role logs in over TCP 127.0.0.1 with a SCRAM password, as a station would.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"


def find_bindir() -> Path | None:
    """Where initdb and pg_ctl live (Debian keeps them off PATH), or None if not installed."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        # /usr/local/bin may hold symlinks; the real bindir has `postgres` beside pg_ctl.
        return Path(os.path.realpath(found)).parent
    for candidate in sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), reverse=True):
        return candidate.parent
    return None


# How many ports to try when another process takes the chosen one before the server binds it.
PORT_TRIES = 8


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class PgCluster:
    """One cluster; `admin_dsn` is the superuser over the Unix socket."""

    root: Path
    bindir: Path
    port: int
    run_as: list[str]

    @property
    def data(self) -> Path:
        return self.root / "data"

    @property
    def socket_dir(self) -> Path:
        return self.root / "sock"

    def admin_dsn(self, dbname: str = "postgres") -> str:
        return f"host={self.socket_dir} port={self.port} user={SUPERUSER} dbname={dbname}"

    def _ctl(self, *args: str) -> None:
        cmd = [*self.run_as, str(self.bindir / "pg_ctl"), "-D", str(self.data), *args]
        subprocess.run(cmd, check=True, capture_output=True, timeout=60)

    def start(self) -> None:
        self._ctl("-w", "-l", str(self.root / "server.log"), "start")

    def stop(self, mode: str = "fast") -> None:
        self._ctl("-w", "-m", mode, "stop")

    def create_database(self) -> str:
        name = f"fleet_{uuid.uuid4().hex[:12]}"
        subprocess.run(
            [
                *self.run_as,
                str(self.bindir / "createdb"),
                "-h",
                str(self.socket_dir),
                "-p",
                str(self.port),
                "-U",
                SUPERUSER,
                name,
            ],
            check=True,
            capture_output=True,
            timeout=60,
        )
        return name

    def query(self, dbname: str, sql: str, **values: str) -> list[list[str]]:
        """Rows of `sql` as the superuser, through `psql` (a client independent of psycopg);
        `values` are psql variables, quoted in the SQL as :'name'."""
        variables = [arg for name, value in values.items() for arg in ("-v", f"{name}={value}")]
        done = subprocess.run(
            [*self.run_as, str(self.bindir / "psql"), "-X", "-q", "-A", "-t", "-F", "\t",
             "-v", "ON_ERROR_STOP=1", *variables, "-d", self.admin_dsn(dbname)],
            input=sql + ";\n",
            check=True,
            capture_output=True,
            text=True,
            timeout=60,
        )  # fmt: skip
        return [line.split("\t") for line in done.stdout.splitlines() if line]

    def destroy(self) -> None:
        try:
            self.stop("fast")
        except subprocess.CalledProcessError:
            with contextlib.suppress(subprocess.CalledProcessError):  # already down
                self.stop("immediate")
        shutil.rmtree(self.root, ignore_errors=True)


def start_cluster(bindir: Path, *, max_connections: int = 200) -> PgCluster:
    """initdb + start; durability is off (fsync) because the data is thrown away."""
    root = Path(tempfile.mkdtemp(prefix="station-pg-"))
    run_as: list[str] = []
    (root / "sock").mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, user=SUPERUSER)
        shutil.chown(root / "sock", user=SUPERUSER)
        run_as = ["runuser", "-u", SUPERUSER, "--"]
    subprocess.run(
        [
            *run_as,
            str(bindir / "initdb"),
            "--no-sync",
            "-U",
            SUPERUSER,
            "-A",
            "scram-sha-256",
            "--auth-local=trust",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "-D",
            str(root / "data"),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with (root / "data" / "postgresql.conf").open("a", encoding="utf-8") as f:
        f.write("\ninclude 'station.conf'\n")
    cluster = PgCluster(root=root, bindir=bindir, port=0, run_as=run_as)
    for attempt in range(PORT_TRIES):
        cluster.port = _free_port()
        _write_settings(cluster, max_connections)
        try:
            cluster.start()
            return cluster
        except subprocess.CalledProcessError:
            if attempt + 1 == PORT_TRIES or not _lost_the_port(cluster):
                raise
    raise AssertionError("unreachable")


def _write_settings(cluster: PgCluster, max_connections: int) -> None:
    (cluster.data / "station.conf").write_text(
        f"port = {cluster.port}\n"
        "listen_addresses = '127.0.0.1'\n"
        f"unix_socket_directories = '{cluster.socket_dir}'\n"
        f"max_connections = {max_connections}\n"
        "fsync = off\n"
        "synchronous_commit = off\n"
        "full_page_writes = off\n",
        encoding="utf-8",
    )
    if cluster.run_as:
        shutil.chown(cluster.data / "station.conf", user=SUPERUSER)


def _lost_the_port(cluster: PgCluster) -> bool:
    """Did the start fail because another process bound the port first?"""
    log = cluster.root / "server.log"
    text = log.read_text(encoding="utf-8", errors="replace") if log.exists() else ""
    # Only the log lines about this port: an earlier try's lines name another one.
    return "Address already in use" in text and str(cluster.port) in text
