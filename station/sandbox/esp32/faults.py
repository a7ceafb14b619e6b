"""Faults of the simulated ESP32, as a comma-separated spec: `name[:N]`.

- `no_sync`: the application is running (GPIO0 not strapped): it prints its boot log and
  log lines and never answers the bootloader's SYNC.
- `reset@write[:N]`: the chip resets while storing the Nth flash data block (default 1): the
  blocks before it and the first 96 bytes of it stay, no answer comes, and the chip comes
  back up in its bootloader (the jig holds GPIO0 low), printing its boot log.
- `unplug@write[:N]`: the same cut, and the device disappears (the pty closes).
- `stall@write[:N]`: the same cut, but the chip just never answers that block (the host is
  killed meanwhile, say); it writes `stalled` into its state directory so a test knows the
  write is in flight, and answers the next connection normally.
- `stall@read[:N]`: the chip acknowledges the Nth flash read (default 1) and then hangs
  without sending its data, as a chip whose flash stopped answering.
- `corrupt_block[:N]`: the Nth flash data block is stored with one byte changed; the chip
  acknowledges it as if it were fine.
- `wrong_md5`: SPI_FLASH_MD5 answers a digest that is not the flash's.
- `garbage`: noise on the line before every answer.
- `stores_other` / `stores_flipped`: a lying device: after a write that carries an NVS
  `cred_secret`, it stores a whole other secret / the secret with one bit flipped (CRCs made
  to match) and answers MD5 over what it was sent, so only a read-back can tell.
- `lost_answer`: the chip stores the last data block of its first write whole (and tells its
  `stores_*` lie at once), but its answer to that block is lost: the host times out on a
  write that completed. With `stores_other` the unit then reads as written, holding another
  secret than the one sent.
- `mac_drift`: the MAC read from eFuse changes at every read (an identity that moves).
"""

from __future__ import annotations

from dataclasses import dataclass, field

NAMES = (
    "no_sync",
    "reset@write",
    "unplug@write",
    "stall@write",
    "stall@read",
    "corrupt_block",
    "wrong_md5",
    "garbage",
    "stores_other",
    "stores_flipped",
    "mac_drift",
    "lost_answer",
)


@dataclass(frozen=True)
class Faults:
    active: dict[str, int] = field(default_factory=dict)

    def __contains__(self, name: str) -> bool:
        return name in self.active

    def arg(self, name: str) -> int:
        return self.active.get(name, 1)


def parse(spec: str) -> Faults:
    active: dict[str, int] = {}
    for part in filter(None, (p.strip() for p in spec.split(","))):
        name, _, arg = part.partition(":")
        if name not in NAMES:
            raise ValueError(f"unknown ESP32 fault {name!r}; one of {', '.join(NAMES)}")
        try:
            active[name] = int(arg) if arg else 1
        except ValueError:
            raise ValueError(f"fault {part!r}: the count after ':' must be a number") from None
    return Faults(active)
