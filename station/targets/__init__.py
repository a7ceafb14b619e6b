"""Realm targets as a supervisor manages them: editing with the configuration's own validation,
credentials in the OS keyring, the active target per fixture, and "Test connection" (no Qt)."""
