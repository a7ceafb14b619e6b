"""Interop: the independent `smpclient` package drives a simulated stock Zephyr device.

smpclient frames, sizes and sequences its own requests (file upload maximised to the device's
MCUmgr buffer, download until the announced length, shell exec, hash/checksum), so correct
answers prove the simulator speaks Zephyr's fs_mgmt and shell_mgmt, not our own dialect.
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import time
import zlib
from pathlib import Path

from smpclient import SMPClient
from smpclient.generics import error, success
from smpclient.requests.file_management import FileHashChecksum, FileStatus
from smpclient.requests.os_management import ResetWrite
from smpclient.requests.shell_management import Execute
from smpclient.transport.serial import SMPSerialTransport

from station.sandbox.sim import storage
from station.sandbox.zephyr.firmware import stored_files
from tests.fixtures.sim import SimFactory

PATH = "/lfs1/configuration.json"


def _state_file(state_dir: Path, slot: str = "1") -> Path:
    return storage.state_path(state_dir, slot)


async def _session(port: str, data: bytes) -> dict[str, object]:
    client = SMPClient(SMPSerialTransport(), port, timeout_s=10)
    await client.connect()
    try:
        offsets = [off async for off in client.upload_file(data, PATH)]
        status = await client.request(FileStatus(name=PATH))
        sha = await client.request(FileHashChecksum(name=PATH, type="sha256"))
        crc = await client.request(FileHashChecksum(name=PATH, type="crc32"))
        back = await client.download_file(PATH)
        shell = await client.request(Execute(argv=["hwinfo", "devid"]))
        missing = await client.request(Execute(argv=["nosuch"]))
        assert success(status) and success(sha) and success(crc), (status, sha, crc)
        assert success(shell) and success(missing), (shell, missing)
        return {
            "offsets": offsets,
            "len": status.len,
            "sha": sha.output,
            "crc": crc.output,
            "back": back,
            "shell": (shell.o, shell.ret),
            "missing": (missing.o, missing.ret),
        }
    finally:
        await client.disconnect()


def test_smpclient_uploads_downloads_and_runs_a_shell_command(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    data = os.urandom(3000)  # several chunks of the device's 1024-byte buffer
    got = asyncio.run(_session(fx.ports["1"], data))
    offsets = got["offsets"]
    assert isinstance(offsets, list)
    assert len(offsets) >= 3 and offsets[-1] == len(data)
    assert got["len"] == len(data)
    assert got["back"] == data
    assert got["sha"] == hashlib.sha256(data).digest()
    assert got["crc"] == zlib.crc32(data)
    hwid = fx.device("1").hwid
    assert got["shell"] == (f"Length: {len(hwid)}\nID: 0x{hwid.hex()}\n", 0)
    assert got["missing"] == ("nosuch: command not found\n", -8)
    # The upload reached the device's flash, not only its answers.
    assert stored_files(_state_file(fx.state_dir))[PATH] == data


async def _reset(port: str) -> bool:
    client = SMPClient(SMPSerialTransport(), port, timeout_s=10)
    await client.connect()
    try:
        return bool(success(await client.request(ResetWrite())))
    finally:
        await client.disconnect()


def test_smpclient_reset_reboots_the_device(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr")
    boots = fx.device("1").boots
    assert asyncio.run(_reset(fx.ports["1"]))
    deadline = time.monotonic() + 10
    while fx.device("1").boots == boots and time.monotonic() < deadline:
        time.sleep(0.05)  # os_mgmt answers first, then resets
    assert fx.device("1").boots == boots + 1


async def _unknown_group(port: str) -> int:
    client = SMPClient(SMPSerialTransport(), port, timeout_s=10)
    await client.connect()
    try:
        answer = await client.request(FileStatus(name=PATH))
        assert error(answer), answer
        # MCUmgr answers a group it has no handler for with the SMP-layer rc ENOTSUP.
        return int(answer.rc) if hasattr(answer, "rc") else int(answer.err.rc)
    finally:
        await client.disconnect()


def test_firmware_without_fs_mgmt_answers_not_supported(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0, firmware="zephyr:no_fs")
    assert asyncio.run(_unknown_group(fx.ports["1"])) == 8
