"""Provisioning Station core: Qt-free, blocking I/O with explicit deadlines."""

__version__ = "0.1.0"
