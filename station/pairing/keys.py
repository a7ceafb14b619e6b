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


def _where(source: str) -> str:
    return f" in {source}" if source else ""


def parse_realm_key(pem: bytes, *, source: str = "") -> RealmKey:
    """Parse an unencrypted PEM private key; raise `KeyInvalid` naming what is wrong."""
    fix = (
        "Use the realm's private key as astartectl writes it (`<realm>_private.pem`: "
        "EC P-256/P-384/P-521 or RSA, PEM, not encrypted)."
    )
    text = pem.strip()
    if b"PUBLIC KEY-----" in text and b"PRIVATE KEY-----" not in text:
        raise KeyInvalid(
            f"The file{_where(source)} holds a public key; signing tokens needs "
            "the realm's private key.",
            fix,
        )
    if b"ENCRYPTED PRIVATE KEY-----" in text or b"Proc-Type: 4,ENCRYPTED" in text:
        raise KeyInvalid(
            f"The private key{_where(source)} is protected by a passphrase.",
            "Export it without a passphrase (e.g. `openssl pkey -in KEY -out "
            "PLAIN`), import that, then delete the plain copy.",
        )
    if b"-----BEGIN" not in text:
        raise KeyInvalid(f"The file{_where(source)} is not a PEM key (no '-----BEGIN' line).", fix)
    try:
        key = serialization.load_pem_private_key(text, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm) as exc:
        reason = type(exc).__name__
        raise KeyInvalid(
            f"The private key{_where(source)} could not be read: the PEM is "
            f"corrupt or truncated ({reason}).",
            fix,
        ) from None
    if isinstance(key, ec.EllipticCurvePrivateKey):
        known = _EC_ALGORITHMS.get(key.curve.name)
        if known is None:
            raise KeyInvalid(
                f"The EC key{_where(source)} uses curve {key.curve.name}; Astarte "
                "accepts only P-256, P-384 and P-521 (ES256/ES384/ES512).",
                fix,
            )
        alg, curve = known
        return RealmKey(key, alg, f"EC {curve} ({alg})")
    if isinstance(key, rsa.RSAPrivateKey):
        if key.key_size < MIN_RSA_BITS:
            raise KeyInvalid(
                f"The RSA key{_where(source)} has only {key.key_size} bits.",
                f"Use a realm key of at least {MIN_RSA_BITS} bits.",
            )
        return RealmKey(key, "RS256", f"RSA {key.key_size}-bit (RS256)")
    raise KeyInvalid(
        f"The key{_where(source)} is a {type(key).__name__.removesuffix('PrivateKey')}"
        " key; Astarte verifies only EC (ES256/384/512) and RSA tokens.",
        fix,
    )
