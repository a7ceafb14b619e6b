"""Reading a realm private key file a supervisor points at, never more than a key can be."""

from __future__ import annotations

from pathlib import Path

from station.errors import ConfigError

#: A 4096-bit RSA key in PEM is about 3.3 KiB; nothing larger is a realm key.
MAX_KEY_FILE = 64 * 1024


def read_key_file(path: Path) -> bytes:
    """The bytes of a realm key file; refuses anything larger than a key could be.

    The limit applies to the read itself, not to the size the file reports: a FIFO or a device
    such as /dev/zero reports size 0 and would otherwise be read without end, and a file can
    grow between a size check and the read.
    """
    try:
        with path.open("rb") as fh:
            pem = fh.read(MAX_KEY_FILE + 1)
    except OSError as exc:
        raise ConfigError(
            f"Cannot read {path}: {exc.strerror or exc}.",
            "Check the path and that you may read the file.",
        ) from None
    if len(pem) > MAX_KEY_FILE:
        raise ConfigError(
            f"{path} is larger than {MAX_KEY_FILE // 1024} KiB: too large to be a private key.",
            "Choose the realm's private key file (<realm>_private.pem).",
        )
    return pem
