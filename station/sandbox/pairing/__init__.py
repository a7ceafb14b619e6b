"""A local Astarte Pairing: the stand-in server, its realm keys, PKI and command line."""

from station.sandbox.pairing.faults import Faults
from station.sandbox.pairing.standin import DeviceState, PairingStandIn

__all__ = ["DeviceState", "Faults", "PairingStandIn"]
