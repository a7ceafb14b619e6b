"""Realm private keys: parse the PEM forms astartectl writes and pick the JWT algorithm.

astartectl `utils gen-keypair` writes SEC1 (`EC PRIVATE KEY`) P-256 keys; older realms use RSA
keys in PKCS#1 (`RSA PRIVATE KEY`) or PKCS#8 (`PRIVATE KEY`). The algorithm follows the key as
astartectl chooses it: ES256/384/512 by curve, RS256 for RSA. Any other key is refused here,
before it reaches the keyring, because Pairing could never verify tokens signed with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

from station.pairing.errors import KeyInvalid
from station.text import Text

_EC_ALGORITHMS = {
    "secp256r1": ("ES256", "P-256"),
    "secp384r1": ("ES384", "P-384"),
    "secp521r1": ("ES512", "P-521"),
}
MIN_RSA_BITS = 2048

RealmPrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


@dataclass(frozen=True, repr=False)
class RealmKey:
    key: RealmPrivateKey
    algorithm: str
    #: e.g. "EC P-256 (ES256)"; names the key type, never shows material.
    description: str

    def __repr__(self) -> str:
        return f"RealmKey({self.description})"


def _subject(what: str, source: str | Text) -> Text:
    """ "The file" or "The file in <source>" ("file", "private", "ec", "rsa", "key")."""
    return Text.of(f"keys.{what}.in", source=source) if source else Text.of(f"keys.{what}")


def parse_realm_key(pem: bytes, *, source: str | Text = "") -> RealmKey:
    """Parse an unencrypted PEM private key; raise `KeyInvalid` naming what is wrong."""
    fix = Text.of("keys.action")
    text = pem.strip()
    if b"PUBLIC KEY-----" in text and b"PRIVATE KEY-----" not in text:
        raise KeyInvalid(Text.of("keys.public", what=_subject("file", source)), fix)
    if b"ENCRYPTED PRIVATE KEY-----" in text or b"Proc-Type: 4,ENCRYPTED" in text:
        raise KeyInvalid(
            Text.of("keys.encrypted", what=_subject("private", source)),
            Text.of("keys.encrypted.action"),
        )
    if b"-----BEGIN" not in text:
        raise KeyInvalid(Text.of("keys.not_pem", what=_subject("file", source)), fix)
    try:
        key = serialization.load_pem_private_key(text, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        reason = type(exc).__name__
        raise KeyInvalid(
            Text.of("keys.corrupt", what=_subject("private", source), reason=reason), fix
        ) from None
    if isinstance(key, ec.EllipticCurvePrivateKey):
        known = _EC_ALGORITHMS.get(key.curve.name)
        if known is None:
            raise KeyInvalid(
                Text.of("keys.curve", what=_subject("ec", source), curve=key.curve.name), fix
            )
        alg, curve = known
        return RealmKey(key, alg, f"EC {curve} ({alg})")
    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < MIN_RSA_BITS:
            raise KeyInvalid(
                Text.of("keys.rsa_short", what=_subject("rsa", source), bits=key.key_size),
                Text.of("keys.rsa_short.action", bits=MIN_RSA_BITS),
            )
        return RealmKey(key, "RS256", f"RSA {key.key_size}-bit (RS256)")
    kind = type(key).__name__.removesuffix("PrivateKey")
    raise KeyInvalid(Text.of("keys.kind", what=_subject("key", source), kind=kind), fix)
