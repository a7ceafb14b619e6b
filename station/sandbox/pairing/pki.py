"""The stand-in's certificate authority: it serves TLS and signs device certificates.

One CA per state directory, kept across restarts so a client that trusts `ca.pem` keeps
trusting the stand-in and device certificates issued earlier still verify. It plays the
roles of both the ingress certificate and Astarte's CFSSL.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_FILE = "ca.pem"
CA_KEY_FILE = "ca-key.pem"
SERVER_CERT_FILE = "server.pem"
SERVER_KEY_FILE = "server-key.pem"

_CERTIFIABLE_KEYS = (ec.EllipticCurvePublicKey, rsa.RSAPublicKey, ed25519.Ed25519PublicKey)
_CA_LIFETIME = dt.timedelta(days=3650)
_SERVER_LIFETIME = dt.timedelta(days=365)
# Backdate a little so a client whose clock lags the stand-in's still accepts fresh certificates.
_BACKDATE = dt.timedelta(minutes=5)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


def _key_pem(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )


@dataclass(frozen=True)
class VerifyResult:
    valid: bool
    cause: str | None = None
    until: dt.datetime | None = None


class CertificateAuthority:
    def __init__(self, cert: x509.Certificate, key: ec.EllipticCurvePrivateKey) -> None:
        self.cert = cert
        self._key = key

    @classmethod
    def load_or_create(cls, state_dir: Path, common_name: str) -> CertificateAuthority:
        cert_path, key_path = state_dir / CA_FILE, state_dir / CA_KEY_FILE
        if cert_path.exists() and key_path.exists():
            cert = x509.load_pem_x509_certificate(cert_path.read_bytes())
            key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
            if isinstance(key, ec.EllipticCurvePrivateKey):
                return cls(cert, key)
        ca = cls.generate(common_name)
        _write_private(key_path, _key_pem(ca._key))
        cert_path.write_bytes(ca.cert_pem)
        return ca

    @classmethod
    def generate(cls, common_name: str) -> CertificateAuthority:
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
        now = _now()
        ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - _BACKDATE)
            .not_valid_after(now + _CA_LIFETIME)
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=False,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=True,
                    crl_sign=True,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(ski, critical=False)
            .sign(key, hashes.SHA256())
        )
        return cls(cert, key)

    @property
    def cert_pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)

    def _leaf(
        self,
        subject: x509.Name,
        public_key: ec.EllipticCurvePublicKey | rsa.RSAPublicKey | ed25519.Ed25519PublicKey,
        lifetime: dt.timedelta,
        eku: x509.ObjectIdentifier,
    ) -> x509.CertificateBuilder:
        now = _now()
        return (
            x509.CertificateBuilder()
            .subject_name(subject)
            .issuer_name(self.cert.subject)
            .public_key(public_key)
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - _BACKDATE)
            .not_valid_after(now + lifetime)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(
                x509.KeyUsage(
                    digital_signature=True,
                    content_commitment=False,
                    key_encipherment=True,
                    data_encipherment=False,
                    key_agreement=False,
                    key_cert_sign=False,
                    crl_sign=False,
                    encipher_only=False,
                    decipher_only=False,
                ),
                critical=True,
            )
            .add_extension(x509.ExtendedKeyUsage([eku]), critical=False)
            .add_extension(
                x509.AuthorityKeyIdentifier.from_issuer_public_key(self._key.public_key()),
                critical=False,
            )
        )

    def write_server_credentials(
        self, state_dir: Path, hosts: tuple[str, ...]
    ) -> tuple[Path, Path]:
        """A fresh loopback server certificate for this run, signed by the persistent CA."""
        key = ec.generate_private_key(ec.SECP256R1())
        names: list[x509.GeneralName] = []
        for host in hosts:
            try:
                names.append(x509.IPAddress(ipaddress.ip_address(host)))
            except ValueError:
                names.append(x509.DNSName(host))
        cert = (
            self._leaf(
                x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hosts[0])]),
                key.public_key(),
                _SERVER_LIFETIME,
                ExtendedKeyUsageOID.SERVER_AUTH,
            )
            .add_extension(x509.SubjectAlternativeName(names), critical=False)
            .add_extension(
                x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False
            )
            .sign(self._key, hashes.SHA256())
        )
        cert_path, key_path = state_dir / SERVER_CERT_FILE, state_dir / SERVER_KEY_FILE
        _write_private(key_path, _key_pem(key))
        cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        return cert_path, key_path

    def sign_device_csr(
        self, csr: x509.CertificateSigningRequest, common_name: str, lifetime: dt.timedelta
    ) -> x509.Certificate:
        """Sign like CFSSL's `device` profile: the subject is forced to CN `<realm>/<id>`."""
        public_key = csr.public_key()
        if not isinstance(public_key, _CERTIFIABLE_KEYS):
            raise ValueError("the CSR carries a key type that cannot be certified")
        return (
            self._leaf(
                x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]),
                public_key,
                lifetime,
                ExtendedKeyUsageOID.CLIENT_AUTH,
            )
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
            .sign(self._key, hashes.SHA256())
        )

    def authority_key_id(self) -> str:
        ski = self.cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
        return ski.value.digest.hex()

    def verify(self, pem: str, revoked_serials: frozenset[int]) -> VerifyResult:
        """Astarte's certificate check, with the causes it reports."""
        try:
            cert = x509.load_pem_x509_certificate(pem.encode("utf-8"))
        except ValueError:
            return VerifyResult(False, "INVALID")
        if cert.issuer != self.cert.subject:
            return VerifyResult(False, "INVALID_ISSUER")
        try:
            cert.verify_directly_issued_by(self.cert)
        except (ValueError, TypeError, InvalidSignature):
            return VerifyResult(False, "INVALID_SIGNATURE")
        now = _now()
        if not cert.not_valid_before_utc <= now <= cert.not_valid_after_utc:
            return VerifyResult(False, "EXPIRED")
        if cert.serial_number in revoked_serials:
            return VerifyResult(False, "REVOKED")
        return VerifyResult(True, until=cert.not_valid_after_utc)
