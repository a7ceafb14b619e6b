"""A simulated provisioning device: one process per device on a real pseudo-terminal.

`python -m station.sandbox.sim` runs one device; `station.sandbox.fixture` starts and supervises
a fixture of them. Sandbox only: the demo and the tests use it, production never does.
"""
