"""Reading a realm private key file a supervisor points at, never more than a key can be."""

from __future__ import annotations

from pathlib import Path

from station.errors import ConfigError
from station.text import Text

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
            Text.of("keys.file.unreadable", path=str(path), reason=exc.strerror or str(exc)),
            Text.of("keys.file.unreadable.action"),
        ) from None
    if len(pem) > MAX_KEY_FILE:
        raise ConfigError(
            Text.of("keys.file.too_large", path=str(path), kib=MAX_KEY_FILE // 1024),
            Text.of("keys.file.too_large.action"),
        )
    return pem
