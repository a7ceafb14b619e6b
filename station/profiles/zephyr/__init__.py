"""Profile `zephyr-mcumgr-fs`: stock Zephyr devices provisioned through MCUmgr's standard groups.

The Astarte Zephyr SDK's `astarte_app` (CONFIG_GET_CONFIG_FROM_FLASH) reads its credentials
from `configuration.json` on the `lfs1` littlefs partition. The station identifies the device
with `hwinfo devid` (shell group), reads and writes that file (file-system group) and resets
the device (OS group). docs/zephyr.md is the firmware team's side of the contract.
"""
