"""PySide6 user interface over the `station` core."""
