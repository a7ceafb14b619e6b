"""The realm key file reader the command line and the supervisor screen share."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

import pytest

from station.errors import ConfigError
from station.pairing import keyfile
from station.targets import actions
from tests.pairing import keys


def test_a_key_file_is_read_whole(tmp_path: Path) -> None:
    pem = keys.sec1_pem(keys.ec_key())
    path = tmp_path / "realm_private.pem"
    path.write_bytes(pem)
    assert keyfile.read_key_file(path) == pem
    path.write_bytes(b"x" * keyfile.MAX_KEY_FILE)
    assert len(keyfile.read_key_file(path)) == keyfile.MAX_KEY_FILE


def test_missing_or_unreadable_files_say_so(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="Cannot read") as info:
        keyfile.read_key_file(tmp_path / "nope.pem")
    assert "Check the path" in info.value.action
    with pytest.raises(ConfigError, match="Cannot read"):
        keyfile.read_key_file(tmp_path)


def test_a_pipe_that_reports_no_size_is_read_only_up_to_the_limit(tmp_path: Path) -> None:
    fifo = tmp_path / "key.fifo"
    os.mkfifo(fifo)
    written: list[int] = []

    def feed() -> None:
        fd = os.open(fifo, os.O_WRONLY)
        try:
            chunk = b"-----BEGIN EC PRIVATE KEY-----\n" * 1024
            with contextlib.suppress(BrokenPipeError):
                for _ in range(64):  # 2 MiB if it were all read
                    written.append(os.write(fd, chunk))
        finally:
            os.close(fd)

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        with pytest.raises(ConfigError, match="larger than 64 KiB") as info:
            keyfile.read_key_file(fifo)
        assert "<realm>_private.pem" in info.value.action
    finally:
        writer.join(timeout=30)
    assert not writer.is_alive()
    assert sum(written) < 2 * 1024 * 1024


def test_the_supervisor_screen_reads_key_files_the_same_way(tmp_path: Path) -> None:
    assert vars(actions)["read_key_file"] is keyfile.read_key_file
    big = tmp_path / "big.pem"
    big.write_bytes(b"x" * (keyfile.MAX_KEY_FILE + 1))
    with pytest.raises(ConfigError, match="larger than 64 KiB"):
        actions.check_key_file(big)
