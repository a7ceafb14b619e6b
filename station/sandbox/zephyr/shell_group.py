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
ENOEXEC = 8
ENOSYS = 88
EMPTY_COMMAND = 3  # SHELL_MGMT_RET_RC_EMPTY_COMMAND
MGMT_ERR_EINVAL = 3


def _devid(fw: FirmwareView, hwid: bytes) -> bytes:
    if not fw.has("hwid_changes"):
        return hwid
    call = fw.next_hwinfo_call()
    return hashlib.sha256(hwid + call.to_bytes(4, "big")).digest()[: len(hwid)]


def execute(fw: FirmwareView, body: dict[str, Any], hwid: bytes) -> dict[str, Any]:
    argv = body.get("argv")
    if not isinstance(argv, list) or not all(isinstance(a, str) for a in argv):
        return {"rc": MGMT_ERR_EINVAL}
    if not argv:
        return {"err": {"group": SHELL_GROUP, "rc": EMPTY_COMMAND}}
    line = " ".join(argv)
    if argv == ["hwinfo", "devid"] and not fw.has("no_hwinfo"):
        if fw.has("hwinfo_odd"):
            return {"o": "Not supported by hardware\n", "ret": -ENOSYS}
        devid = _devid(fw, hwid)
        return {"o": f"Length: {len(devid)}\nID: 0x{devid.hex()}\n", "ret": 0}
    if argv == ["kernel", "version"]:
        return {"o": f"Zephyr version {fw.release}\n", "ret": 0}
    return {"o": f"{argv[0]}: command not found\n" if line else "", "ret": -ENOEXEC}
