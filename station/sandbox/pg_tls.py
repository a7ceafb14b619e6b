"""TLS for a throwaway PostgreSQL cluster, as plant IT sets up the centre (docs/fleet.md, TLS).

A certificate authority made for the run (the Pairing stand-in's, `pairing/pki.py`) signs a
server certificate for the loopback address; the cluster serves it, and TCP connections
without TLS are refused (pg_hba `hostssl` only), so a station that reaches the centre at all
reached it over verified TLS. The superuser's Unix socket is left as it is.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from station.sandbox.pairing.pki import CA_FILE, CertificateAuthority
from station.sandbox.pgcluster import SUPERUSER, PgCluster

HOSTS = ("127.0.0.1", "localhost")


def enable_tls(cluster: PgCluster, ca_dir: Path) -> Path:
    """Restart `cluster` serving TLS only on TCP; returns the CA certificate for `ca_file`."""
    ca = CertificateAuthority.generate("Fleet centre CA (throwaway)")
    tls_dir = cluster.root / "tls"
    tls_dir.mkdir(exist_ok=True)
    cert, key = ca.write_server_credentials(tls_dir, HOSTS)
    if cluster.run_as:  # the server runs as its own user, who must own its key (mode 0600)
        for path in (tls_dir, cert, key):
            shutil.chown(path, user=SUPERUSER)
    with (cluster.data / "station.conf").open("a", encoding="utf-8") as conf:
        conf.write(f"ssl = on\nssl_cert_file = '{cert}'\nssl_key_file = '{key}'\n")
    hba = cluster.data / "pg_hba.conf"
    lines = hba.read_text(encoding="utf-8").splitlines()
    hba.write_text(
        "".join(
            ("hostssl" + line[len("host") :] if line.startswith("host ") else line) + "\n"
            for line in lines
        ),
        encoding="utf-8",
    )
    cluster.stop("fast")
    cluster.start()
    ca_dir.mkdir(parents=True, exist_ok=True)
    ca_file = ca_dir / CA_FILE
    ca_file.write_bytes(ca.cert_pem)
    return ca_file
