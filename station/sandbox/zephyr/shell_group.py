"""MCUmgr group 9 (shell management): `exec` runs one command line on the dummy backend.

The answer is `{"o": output, "ret": status}` (shell_mgmt without the legacy rc option). The
firmware's shell knows `hwinfo devid` (drivers/hwinfo/hwinfo_shell.c: "Length: N" then
"ID: 0x" and the ID in lower-case hex) and `kernel version`; anything else is not found, as
Zephyr's shell says it, with -ENOEXEC.
"""

from __future__ import annotations

import hashlib
from typing import Any

from station.sandbox.zephyr.view import FirmwareView

SHELL_GROUP = 9
EIO = 5
ENOEXEC = 8
ENOSYS = 88
ETIMEDOUT = 110
EMPTY_COMMAND = 3  # SHELL_MGMT_RET_RC_EMPTY_COMMAND
MGMT_ERR_EINVAL = 3


def _devid(fw: FirmwareView, hwid: bytes) -> bytes:
    if not fw.has("hwid_changes"):
        return hwid
    call = fw.next_hwinfo_call()
    return hashlib.sha256(hwid + call.to_bytes(4, "big")).digest()[: len(hwid)]


# `hwinfo: command not found` answered with a status a shell backend passed on as it liked,
# instead of Zephyr's -ENOEXEC (traits no_hwinfo_ret0, no_hwinfo_ret1).
_NOT_FOUND_STATUS = {"no_hwinfo_ret0": 0, "no_hwinfo_ret1": 1}

# What a driver that cannot read its chip's ID leaves in the shell's output: several log lines,
# longer together than the station quotes of them (trait hwinfo_chatty).
CHATTY_OUTPUT = (
    "[00:00:01.204,000] <err> hwinfo_rw61x: OCOTP read timed out\n"
    "[00:00:01.205,000] <err> hwinfo_rw61x: OCOTP read timed out\n"
    "Error: -110\n"
)


def _hwinfo_devid(fw: FirmwareView, hwid: bytes) -> dict[str, Any]:
    if fw.has("hwinfo_odd"):
        return {"o": "Not supported by hardware\n", "ret": -ENOSYS}
    if fw.has("hwinfo_chatty"):
        return {"o": CHATTY_OUTPUT, "ret": -ETIMEDOUT}
    devid = _devid(fw, hwid)
    printed = f"Length: {len(devid)}\nID: 0x{devid.hex()}\n"
    # A well-formed ID whose status says the read failed: the status is what counts.
    return {"o": printed, "ret": -EIO if fw.has("hwinfo_bad_status") else 0}


def execute(fw: FirmwareView, body: dict[str, Any], hwid: bytes) -> dict[str, Any]:
    argv = body.get("argv")
    if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
        return {"rc": MGMT_ERR_EINVAL}
    if not argv:
        return {"err": {"group": SHELL_GROUP, "rc": EMPTY_COMMAND}}
    line = " ".join(argv)
    if argv == ["hwinfo", "devid"]:
        for trait, status in _NOT_FOUND_STATUS.items():
            if fw.has(trait):
                return {"o": "hwinfo: command not found\n", "ret": status}
        if not fw.has("no_hwinfo"):
            return _hwinfo_devid(fw, hwid)
    if argv == ["kernel", "version"]:
        return {"o": f"Zephyr version {fw.release}\n", "ret": 0}
    return {"o": f"{argv[0]}: command not found\n" if line else "", "ret": -ENOEXEC}
