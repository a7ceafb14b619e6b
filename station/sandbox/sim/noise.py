"""Console text a real board prints around the protocol: a boot log and idle log lines.

Real factory lines carry an ANSI-coloured bootloader banner and partition table, a burst of
line noise from the reset, and application log lines at any moment; the host must treat all of
it as console text (field survey: esptool #938/#1123, zephyr #36882). None of it may look like
a frame marker, so generated text stays printable apart from ANSI escapes and the reset noise,
which only uses bytes >= 0x80.
"""

from __future__ import annotations

import random

from station.sandbox.sim.storage import DeviceState

_GREEN = "\x1b[0;32m"
_YELLOW = "\x1b[0;33m"
_RED = "\x1b[1;31m"
_RESET = "\x1b[0m"


def _stamp(uptime: float) -> str:
    """Zephyr's log timestamp, `[hh:mm:ss.mmm,uuu]`."""
    ms_total = int(uptime * 1000)
    hours, rest = divmod(ms_total, 3_600_000)
    minutes, rest = divmod(rest, 60_000)
    seconds, ms = divmod(rest, 1000)
    return f"[{hours:02d}:{minutes:02d}:{seconds:02d}.{ms:03d},000]"


def boot_log(state: DeviceState, rng: random.Random) -> bytes:
    """What the device prints from reset until it accepts SMP requests."""
    line_noise = bytes(rng.randrange(0x80, 0x100) for _ in range(rng.randrange(4, 24)))
    boot = [
        f"{_GREEN}I (29) boot: {state.model} 2nd stage bootloader{_RESET}",
        f"{_GREEN}I (31) boot: chip revision v1.2, boot count {state.boots}{_RESET}",
        f"{_GREEN}I (35) boot: Partition Table:{_RESET}",
        f"{_GREEN}I (39) boot: ## Label            Usage          Offset   Length{_RESET}",
        f"{_GREEN}I (46) boot:  0 nvs              data           00009000 00006000{_RESET}",
        f"{_GREEN}I (53) boot:  1 otp_prov         provisioning   0000f000 00001000{_RESET}",
        f"{_GREEN}I (61) boot:  2 factory          app            00010000 00100000{_RESET}",
        f"{_GREEN}I (68) boot: End of partition table{_RESET}",
        f"{_GREEN}I (72) boot: Loaded app from partition at offset 0x10000{_RESET}",
        "*** Booting Zephyr OS build v3.7.0 ***",
        f"{_stamp(0.004)} {_RESET}<inf> prov: serial {state.hardware_serial or 'none'} "
        f"fw {state.firmware}{_RESET}",
        f"{_stamp(0.005)} {_RESET}<inf> prov: storage {state.storage} state {state.state}{_RESET}",
    ]
    if state.factory_mode:
        boot.append(f"{_stamp(0.006)} {_YELLOW}<wrn> prov: factory mode, SMP enabled{_RESET}")
    if state.corrupt:
        boot.append(
            f"{_stamp(0.007)} {_RED}<err> prov: record incomplete "
            f"({state.partial_bytes} bytes programmed){_RESET}"
        )
    boot.append(f"{_stamp(0.010)} {_RESET}<inf> smp: console transport ready{_RESET}")
    return line_noise + b"\r\n" + "".join(line + "\r\n" for line in boot).encode("utf-8")


_IDLE = (
    (_RESET, "inf", "sensor", "temperature {t:.1f} C"),
    (_RESET, "inf", "pwr", "vbus {v:.2f} V, battery {b}%"),
    (_RESET, "dbg", "wdt", "fed watchdog (timeout 8000 ms)"),
    (_YELLOW, "wrn", "net", "no link, retrying in {s} s"),
    (_RESET, "inf", "led", "heartbeat"),
    (_RED, "err", "i2c", "bus 0 addr 0x{a:02x}: NACK"),
)


def idle_line(uptime: float, rng: random.Random) -> bytes:
    colour, level, module, text = rng.choice(_IDLE)
    message = text.format(
        t=rng.uniform(21.0, 38.0),
        v=rng.uniform(4.8, 5.2),
        b=rng.randrange(0, 101),
        s=rng.choice((1, 2, 5, 10)),
        a=rng.randrange(0x08, 0x78),
    )
    return f"{_stamp(uptime)} {colour}<{level}> {module}: {message}{_RESET}\r\n".encode()
