"""The per-slot provisioning transaction, its workers, and the events they publish."""
