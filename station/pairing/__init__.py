"""Astarte Pairing: the API client, its typed errors, token sources, keyring access, device IDs.

Imports httpx, pyjwt, cryptography and keyring; never the serial link, the device protocol, the
journal, the engine or the UI.
"""
