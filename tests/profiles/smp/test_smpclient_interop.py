"""Interop: the independent `smpclient` package talks to a simulated device.

smpclient (asyncio, its own framing and reassembly) must get correct answers to OS echo and
MCUmgr params from our device side, which proves the simulator speaks standard SMP over the
console framing and not only our own dialect of it.
"""

from __future__ import annotations

import asyncio

from smpclient import SMPClient
from smpclient.generics import error, success
from smpclient.requests.os_management import EchoWrite, MCUMgrParametersRead
from smpclient.transport.serial import SMPSerialTransport

from station.sandbox.sim.device import BUF_COUNT, BUF_SIZE
from tests.fixtures.sim import SimFactory


async def _talk(port: str) -> tuple[list[str], tuple[int, int]]:
    client = SMPClient(SMPSerialTransport(), port, timeout_s=10)
    await client.connect()
    try:
        echoes = []
        for text in ("hello", "provisioning station ✓", "x" * 300):
            reply = await client.request(EchoWrite(d=text))
            assert success(reply), reply
            echoes.append(reply.r)
        params = await client.request(MCUMgrParametersRead())
        assert not error(params), params
        assert success(params)
        return echoes, (params.buf_size, params.buf_count)
    finally:
        await client.disconnect()


def test_smpclient_gets_correct_echo_and_params_from_a_simulated_device(
    sim_fixture: SimFactory,
) -> None:
    fx = sim_fixture(slots=1, chatter=0)
    echoes, params = asyncio.run(_talk(fx.ports["1"]))
    assert echoes == ["hello", "provisioning station ✓", "x" * 300]
    assert params == (BUF_SIZE, BUF_COUNT)


def test_smpclient_copes_with_console_chatter(sim_fixture: SimFactory) -> None:
    fx = sim_fixture(slots=1, chatter=0.05, seed=5)
    echoes, _ = asyncio.run(_talk(fx.ports["1"]))
    assert echoes[0] == "hello"
