"""Realm key pairs as `astartectl utils gen-keypair <realm>` writes them.

astartectl writes a P-256 private key in SEC1 form (`EC PRIVATE KEY`) and the public key as a
SubjectPublicKeyInfo (`PUBLIC KEY`); that is the default here so the sandbox exercises the
same files a supervisor would import. PKCS#8 is offered because other tools produce it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa

PrivateFormat = Literal["sec1", "pkcs8"]

_FORMATS: dict[str, serialization.PrivateFormat] = {
    "sec1": serialization.PrivateFormat.TraditionalOpenSSL,
    "pkcs8": serialization.PrivateFormat.PKCS8,
}


@dataclass(frozen=True)
class KeyPair:
    private_pem: bytes
    public_pem: bytes


def _pair(key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey, fmt: PrivateFormat) -> KeyPair:
    private_pem = key.private_bytes(
        serialization.Encoding.PEM, _FORMATS[fmt], serialization.NoEncryption()
    )
    public_pem = key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return KeyPair(private_pem, public_pem)


def generate_ec_keypair(
    curve: ec.EllipticCurve | None = None, private_format: PrivateFormat = "sec1"
) -> KeyPair:
    return _pair(ec.generate_private_key(curve or ec.SECP256R1()), private_format)


def generate_rsa_keypair(bits: int = 2048, private_format: PrivateFormat = "pkcs8") -> KeyPair:
    """RSA realms exist (Astarte's own tests sign RS256), so the sandbox can make them too."""
    return _pair(rsa.generate_private_key(public_exponent=65537, key_size=bits), private_format)


def write_keypair(pair: KeyPair, realm: str, out_dir: Path) -> tuple[Path, Path]:
    """Write `<realm>_private.pem` (mode 0600) and `<realm>_public.pem`, like astartectl."""
    out_dir.mkdir(parents=True, exist_ok=True)
    private_path = out_dir / f"{realm}_private.pem"
    public_path = out_dir / f"{realm}_public.pem"
    # Create with 0600 from the start: a chmod after writing leaves a window where it is readable.
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(pair.private_pem)
    os.chmod(private_path, 0o600)
    public_path.write_bytes(pair.public_pem)
    return private_path, public_path
