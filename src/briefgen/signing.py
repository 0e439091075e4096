"""Desk keys, PDF signatures (pyHanko, PAdES B-B, no network) and their verification.

A desk signs with one PKCS#12 file named in the project's `briefgen.yaml`:

    signing:
      pkcs12: ~/.config/briefgen/keys/desk.p12
      password_env: BRIEFGEN_SIGNING_PASSWORD   # the variable holding its password, if any

Every change to a PDF here is an incremental update: the bytes before it stay as they were,
so a reader copy begins with the release's own pack.pdf, byte for byte, and its signature,
the last revision, covers the whole file.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import stat
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import yamlspec
from .errors import BriefgenError
from .output import write_atomic
from .yamlspec import doc, internal

if TYPE_CHECKING:
    from .pdfpack.revision import Revision
    from .project import Project

CONFIG_FILE = "briefgen.yaml"
PASSWORD_ENV = "BRIEFGEN_SIGNING_PASSWORD"
RELEASE_FIELD = "BriefgenRelease"  # the signature field of a release's PDFs
COPY_FIELD = "BriefgenCopy"  # the signature field of a reader copy
# Keys of the PDF's document information dictionary that name what a file is.
INFO_RELEASE = "/BriefgenRelease"
INFO_COPY = "/BriefgenCopy"
INFO_READER = "/BriefgenReader"


class SigningError(BriefgenError):
    """A key cannot be made or loaded, or a file cannot be signed or verified."""


class NotSignedError(SigningError):
    """A PDF given to verify carries no signature at all."""


@dataclass(frozen=True)
class SigningSection:
    """The `signing:` section of briefgen.yaml: the desk's PKCS#12 file."""

    pkcs12: str = doc("The desk's PKCS#12 file (.p12); ~ is the home folder; a relative "
                      "path is read from the project folder.")
    password_env: str | None = doc("Environment variable holding the PKCS#12 password.",
                                   default=None)
    pkcs12_line: int | None = internal(default=None)


@dataclass(frozen=True)
class DeskConfig:
    """briefgen.yaml: the desk's settings."""

    signing: SigningSection | None = doc("How this desk signs its releases and copies.",
                                         default=None)


@dataclass(frozen=True)
class Signer:
    """A desk's signing key and certificate, loaded and ready to sign."""

    name: str  # the certificate's subject, as a person reads it
    fingerprint: str  # SHA-256 of the certificate, hex
    signer: Any  # pyhanko.sign.signers.SimpleSigner

    def sign_digest(self, digest: bytes) -> bytes:
        """A CMS SignedData (DER) over a SHA-256 document digest, PAdES style: the signer's
        certificate bound in, no signing time among the signed attributes."""
        import asyncio

        container = asyncio.run(self.signer.async_sign(digest, "sha256", use_pades=True))
        return bytes(container.dump())


def load_signer(project: Project) -> Signer | None:
    """The signer briefgen.yaml names, or None when the project configures none."""
    path = project.root / CONFIG_FILE
    if not path.exists():
        return None
    config = yamlspec.load(path, DeskConfig, CONFIG_FILE, SigningError)
    if config is None or config.signing is None:
        return None
    section = config.signing
    key_file = Path(os.path.expanduser(section.pkcs12))
    if not key_file.is_absolute():
        key_file = project.root / key_file
    where = f"{path}:{section.pkcs12_line}: signing.pkcs12"
    password: bytes | None = None
    if section.password_env:
        value = os.environ.get(section.password_env)
        if value is None:
            raise SigningError(f"{where}: the key's password is read from "
                               f"${section.password_env}, which is not set; set it")
        password = value.encode("utf-8")
    return load_pkcs12(key_file, password, where)


def load_pkcs12(key_file: Path, password: bytes | None, where: str = "") -> Signer:
    """Load a PKCS#12 file; a missing file or a wrong password is a SigningError."""
    named = f"{where}: {key_file}" if where else str(key_file)
    try:
        # stat (a link to the key is fine) before reading: a FIFO would make the read, and
        # so `release` or `distribute`, wait for ever.
        if not stat.S_ISREG(key_file.stat().st_mode):
            raise SigningError(f"{named}: not a key file (a folder, a FIFO?); point "
                               "signing.pkcs12 at the desk's .p12")
        data = key_file.read_bytes()
    except FileNotFoundError:
        raise SigningError(f"{named}: no such key file; run `briefgen keys init --name NAME` "
                           f"or point signing.pkcs12 at the desk's .p12") from None
    except OSError as exc:
        raise SigningError(f"{named}: cannot read the key file: {exc.strerror}") from None
    try:
        signer = _kept_key_signer(data, password)
    except ValueError:
        hint = ("the password is wrong" if password is not None else
                "it needs a password: set signing.password_env in briefgen.yaml and the "
                "variable it names")
        raise SigningError(f"{named}: cannot open the PKCS#12 file: {hint} "
                           "(or it is not a PKCS#12 file)") from None
    cert = signer.signing_cert
    return Signer(_subject(cert), hashlib.sha256(cert.dump()).hexdigest(), signer)


def _kept_key_signer(data: bytes, password: bytes | None):
    """A pyHanko SimpleSigner that loads its private key once, not at every signature.

    SimpleSigner.sign_raw parses the key again for each signature, and cryptography checks an
    RSA key each time it is parsed: 0.9 s a signature for a 3072-bit key on this machine."""
    from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from pyhanko.sign.general import get_pyca_cryptography_hash
    from pyhanko.sign.signers import SimpleSigner

    class KeptKeySigner(SimpleSigner):
        def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
            mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
            algorithm = mechanism.signature_algo  # rsassa_pkcs1v15, ecdsa, rsassa_pss...
            hash_algorithm = get_pyca_cryptography_hash(digest_algorithm)
            if algorithm == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPrivateKey):
                return key.sign(data, padding.PKCS1v15(), hash_algorithm)
            if algorithm == "ecdsa" and isinstance(key, ec.EllipticCurvePrivateKey):
                return key.sign(data, ec.ECDSA(hash_algorithm))
            return super().sign_raw(data, digest_algorithm)  # PSS and the rest: as pyHanko does

    key, cert, others = pkcs12.load_key_and_certificates(data, password)
    if key is None or cert is None:
        raise ValueError("the PKCS#12 file holds no key or no certificate")
    from pyhanko.keys.internal import (
        translate_pyca_cryptography_cert_to_asn1,
        translate_pyca_cryptography_key_to_asn1,
    )
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    registry = SimpleCertificateStore()
    registry.register_multiple([translate_pyca_cryptography_cert_to_asn1(c) for c in others])
    return KeptKeySigner(signing_cert=translate_pyca_cryptography_cert_to_asn1(cert),
                         signing_key=translate_pyca_cryptography_key_to_asn1(key),
                         cert_registry=registry)


def default_key_path(name: str) -> Path:
    """Where `keys init` keeps a desk key: the user's configuration folder, outside any
    project, so a key is never committed with the briefs."""
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    slug = re.sub(r"[^a-z0-9]+", "-", name.casefold()).strip("-") or "desk"
    return base / "briefgen" / "keys" / f"{slug}.p12"


def make_key(name: str, key_file: Path, password: bytes | None) -> Path:
    """Make an RSA key and a self-signed certificate for `name`; write the PKCS#12 file
    (mode 0600, in a folder of mode 0700) and the certificate beside it as PEM for readers.
    Return the certificate's path. An existing file is never overwritten."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import pkcs12
    from cryptography.x509.oid import NameOID

    cert_file = key_file.with_suffix(".crt.pem")
    for path in (key_file, cert_file):
        if path.exists():
            raise SigningError(f"{path} exists; briefgen never overwrites a key: choose "
                               "another --name or -o FILE")
    key = rsa.generate_private_key(public_exponent=65537, key_size=3072)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=5 * 365))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=True,
                                     key_encipherment=False, data_encipherment=False,
                                     key_agreement=False, key_cert_sign=False, crl_sign=False,
                                     encipher_only=False, decipher_only=False), critical=True)
        .sign(key, hashes.SHA256())
    )
    encryption = (serialization.BestAvailableEncryption(password) if password
                  else serialization.NoEncryption())
    data = pkcs12.serialize_key_and_certificates(name.encode("utf-8"), key, cert, None,
                                                 encryption)
    try:
        key_file.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle = os.open(key_file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        write_atomic(cert_file, cert.public_bytes(serialization.Encoding.PEM))
    except OSError as exc:
        raise SigningError(f"cannot write the key {key_file}: {exc.strerror}") from None
    return cert_file


def revise_pdf(data: bytes, *, info: Mapping[str, str],
               edit: Callable[[Revision], None] | None = None,
               signer: Signer | None = None, field: str = RELEASE_FIELD) -> bytes:
    """Append one revision to a PDF: `edit`'s changes, `info` in its document information,
    and, with a signer, a PAdES B-B signature over the whole file (no timestamp, no
    revocation data, nothing fetched)."""
    import pikepdf

    from .pdfpack import Revision

    revision = Revision(data)
    if edit is not None:
        edit(revision)
    document_info = revision.info()
    for key, value in info.items():
        document_info[key] = pikepdf.String(value)
    if signer is None:
        return revision.write()
    revision.add_signature_field(field)
    return revision.write(sign=signer.sign_digest)


def sign_release_pdfs(folder: Path, signer: Signer, number: int | None = None) -> None:
    """Sign every PDF of a release folder in place, each replaced atomically, and mark each
    with the release's number (`number`, or the folder's name, NNNN)."""
    if number is None and folder.name.isdigit():
        number = int(folder.name)
    info = {INFO_RELEASE: str(number)} if number is not None else {}
    for path in sorted(folder.glob("*.pdf")):
        write_atomic(path, revise_pdf(path.read_bytes(), info=info, signer=signer))


@dataclass(frozen=True)
class Verdict:
    """What verify found: who signed, whether the file is whole, what it is."""

    signer: str
    fingerprint: str
    intact: bool  # the signed bytes hash to the signed digest
    valid: bool  # the signature over that digest checks against the certificate
    whole_file: bool  # the signature covers every byte: nothing was added after it
    trusted: bool | None  # the signer is the certificate given with --cert (None: none given)
    release: str | None
    copy: str | None
    reader: str | None
    signatures: int
    problem: str | None = None  # why the signature or the file could not be checked at all

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.whole_file and self.trusted is not False


def verify_pdf(path: Path, trusted_cert: Path | None = None) -> Verdict:
    """Check the last signature of a PDF and read what the signed file says it is."""
    import logging

    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko_certvalidator import ValidationContext

    logging.getLogger("pyhanko").setLevel(logging.CRITICAL)  # verdicts are ours to print
    logging.getLogger("pyhanko_certvalidator").setLevel(logging.CRITICAL)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SigningError(f"{path}: cannot read: {exc.strerror}") from None
    if not data.startswith(b"%PDF-"):
        raise SigningError(f"{path}: not a PDF file")
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        signatures = reader.embedded_signatures
    except (PdfReadError, ValueError, KeyError) as exc:
        if b"/ByteRange" in data:
            return _broken(path, exc)
        raise SigningError(f"{path}: not a readable PDF ({exc})") from None
    if not signatures:
        raise NotSignedError(f"{path}: this PDF was never signed; only a desk's signed "
                             "releases and reader copies can be verified")
    last = signatures[-1]
    # No trust list: whether to trust the desk is the reader's call (--cert), not the OS's.
    context = ValidationContext(trust_roots=[], allow_fetching=False,
                                revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(last, context)
    except (SignatureValidationError, PdfReadError, ValueError) as exc:
        return _broken(path, exc, len(signatures))
    cert = last.signer_cert
    fingerprint = hashlib.sha256(cert.dump()).hexdigest()
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    trusted = None
    if trusted_cert is not None:
        trusted = fingerprint == _certificate_fingerprint(trusted_cert)
    info = _signed_info(reader) if whole else {}
    return Verdict(_subject(cert), fingerprint, status.intact, status.valid,
                   whole, trusted, info.get(INFO_RELEASE), info.get(INFO_COPY),
                   info.get(INFO_READER), len(signatures))


def _subject(cert) -> str:
    """A certificate's common name, or its whole subject when it has none."""
    return str(cert.subject.native.get("common_name") or cert.subject.human_friendly)


def _broken(path: Path, exc: Exception, count: int = 1) -> Verdict:
    """A signed file whose structure no longer reads: altered."""
    return Verdict("unknown", "", False, False, False, None, None, None, None, count,
                   problem=str(exc))


def _signed_info(reader) -> dict[str, str]:
    try:
        info = reader.trailer["/Info"]
    except KeyError:
        return {}
    return {key: str(info[key]) for key in (INFO_RELEASE, INFO_COPY, INFO_READER) if key in info}


def _certificate_fingerprint(path: Path) -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SigningError(f"--cert {path}: cannot read: {exc.strerror}") from None
    try:
        cert = (x509.load_pem_x509_certificate(data) if b"-----BEGIN" in data
                else x509.load_der_x509_certificate(data))
    except ValueError:
        raise SigningError(f"--cert {path}: not a certificate (PEM or DER)") from None
    return hashlib.sha256(cert.public_bytes(serialization.Encoding.DER)).hexdigest()
