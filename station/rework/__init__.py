"""Rework: a supervisor unregisters a returned or tampered device so it can be provisioned
again, after checking what its storage can still take (no Qt)."""
