"""A simulated stock Zephyr device: MCUmgr's OS, file-system and shell groups over a littlefs.

The SMP simulator (`station.sandbox.sim`) runs this firmware instead of our provisioning group
when a device's state directory holds its `slot-N.zephyr.json` (see `firmware.py`). Wire
formats follow Zephyr v4.4.1's `subsys/mgmt/mcumgr/grp/{os,fs,shell}_mgmt` (docs/zephyr.md).
"""
