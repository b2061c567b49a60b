"""Encrypted case exports for co-counsel: an age file, to a passphrase or to recipients.

To a passphrase (scrypt, read by `age -d`) or to age recipients (`age1...`,
read by `age -d -i KEY`).  Importing needs only that passphrase or identity.

The age plaintext is the interchange JSON itself when the chosen cases have
no attached files; otherwise a tar (`age -d FILE | tar -x`) of::

    cases.json          the interchange document
    files.json          which record each file belongs to, its name, size, SHA-256
    files/N/NAME        each attached file, decrypted from the vault

Both ends work in memory (an age passphrase file is one buffer for pyrage),
up to `MAX_EXPORT_BYTES`; nothing decrypted ever touches the disk.  On import
each file goes straight back into the vault, encrypted under a new key.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pyrage
from sqlalchemy.orm import Session

from casefiles.backup import agefmt
from casefiles.backup.errors import BackupDamaged, BackupWrongPassphrase, ExcessiveWorkFactor
from casefiles.backup.tarstream import TarSink, end_of_archive, member_header, padding
from casefiles.domain.errors import DamageFound, UserError
from casefiles.services import evidence, interchange
from casefiles.services.evidence import AttachmentInfo, NewBlob
from casefiles.services.interchange import ImportReport, dump_document
from casefiles.storage.store import Store
from casefiles.vault import stream
from casefiles.vault.files import decrypt_to
from casefiles.vault.folder import VaultFolder

log = logging.getLogger(__name__)

MAX_EXPORT_BYTES = 1 << 30
DOC_NAME = "cases.json"
INDEX_NAME = "files.json"
INDEX_FORMAT = "casefiles-export-files"
_UNSAFE = re.compile(r"[\x00-\x1f/\\:]")


@dataclass(frozen=True)
class ExportFile:
    """One attached file of an export: where it belongs and what it must hash to."""

    path: str
    case: str
    record_type: str
    record_key: str
    exhibit: str | None
    file_name: str
    media_type: str
    size: int
    sha256: str

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class Package:
    document: bytes
    files: list[tuple[ExportFile, bytes]]


# -- writing ----------------------------------------------------------------------------------


def package_export(store: Store, doc: dict[str, Any]) -> tuple[bytes, int]:
    """The plaintext of an encrypted export (the JSON, or a tar with the attached files),
    and how many files it holds."""
    document = dump_document(doc)
    wanted = {c["reference"] for c in doc.get("cases", [])}
    refs = [r for r in evidence.all_blobs(store) if r.info.case_ref in wanted]
    if not refs:
        return document, 0
    total = len(document) + sum(r.info.size for r in refs)
    if total > MAX_EXPORT_BYTES:
        raise UserError(
            f"the chosen cases and their files come to {total // (1 << 20)} MiB, more than an "
            f"encrypted export holds ({MAX_EXPORT_BYTES >> 20} MiB): export fewer cases at once"
        )
    files = [_entry(i, r.info) for i, r in enumerate(refs, 1)]
    index = json.dumps(
        {"format": INDEX_FORMAT, "version": 1, "files": [f.to_json() for f in files]},
        ensure_ascii=False,
        indent=1,
    ).encode("utf-8")
    out = bytearray()
    for name, data in ((DOC_NAME, document), (INDEX_NAME, index)):
        out += member_header(name, len(data), 0) + data + padding(len(data))
    for entry, ref in zip(files, refs, strict=True):
        out += member_header(entry.path, entry.size, 0)
        start = len(out)
        decrypt_to(store, ref, out.extend)  # checked against the hash taken at intake
        if len(out) - start != entry.size:
            raise DamageFound([f"{ref.info.label}: the stored file has another size"])
        out += padding(entry.size)
    out += end_of_archive(len(out))
    return bytes(out), len(files)


def _entry(number: int, info: AttachmentInfo) -> ExportFile:
    name = _UNSAFE.sub("_", info.file_name).lstrip(".")[:200] or "file"
    return ExportFile(
        path=f"files/{number}/{name}",
        case=info.case_ref,
        record_type=info.record_type,
        record_key=info.record_key,
        exhibit=info.exhibit,
        file_name=info.file_name,
        media_type=info.media_type,
        size=info.size,
        sha256=info.sha256,
    )


def encrypt_export(
    plaintext: bytes, *, passphrase: str | None = None, recipients: Sequence[str] = ()
) -> bytes:
    if recipients:
        parsed = [agefmt.parse_recipient(r) for r in recipients]
        return bytes(pyrage.encrypt(plaintext, parsed))
    if passphrase is None:
        raise UserError("an encrypted export needs a passphrase or a recipient")
    return agefmt.passphrase_encrypt(plaintext, passphrase)


def is_encrypted_export(data: bytes) -> bool:
    return agefmt.is_age(data) or agefmt.is_armored_age(data)


def needs_passphrase(data: bytes) -> bool:
    """True for an export encrypted to a passphrase, False for one to recipients."""
    stanzas = _stanzas(data)
    return any(s.kind == "scrypt" for s in stanzas)


def _stanzas(data: bytes) -> list[agefmt.Stanza]:
    if agefmt.is_armored_age(data):
        raise UserError(
            "this export is ASCII-armoured; decrypt it with 'age -d' and import the JSON"
        )
    try:
        stanzas, _ = agefmt.read_header(data)
    except agefmt.AgeFormatError as err:
        raise UserError(f"the encrypted export is damaged: {err}") from None
    return stanzas


def decrypt_export(
    data: bytes, *, passphrase: str | None = None, identities: Sequence[Any] = ()
) -> bytes:
    if len(data) > MAX_EXPORT_BYTES:
        raise UserError("the encrypted export is larger than casefiles imports (1 GiB)")
    if needs_passphrase(data):
        if passphrase is None:
            raise UserError("this export is encrypted to a passphrase; give the passphrase")
        try:
            return agefmt.passphrase_decrypt(data, passphrase, what="the encrypted export")
        except (agefmt.AgeFormatError, agefmt.AgeDamaged) as err:
            raise UserError(f"the encrypted export is damaged or altered ({err})") from None
        except BackupWrongPassphrase:
            raise BackupWrongPassphrase(
                "wrong passphrase for the encrypted export (or the file was altered); "
                "check it with whoever sent it"
            ) from None
        except ExcessiveWorkFactor:
            raise
    if not identities:
        raise UserError(
            "this export is encrypted to an age recipient: give its identity with --identity FILE"
        )
    try:
        return bytes(pyrage.decrypt(data, list(identities)))
    except (pyrage.DecryptError, OSError) as err:
        if "No matching keys" in str(err):
            raise UserError(
                "none of the given identities opens this export: it was encrypted to "
                "someone else's key"
            ) from None
        raise UserError("the encrypted export is damaged or altered; ask for a new copy") from None


# -- reading ----------------------------------------------------------------------------------


def unpack_export(plaintext: bytes) -> Package:
    """The document and files of a decrypted export, each file checked against its SHA-256."""
    if plaintext[257:262] != b"ustar":
        return Package(plaintext, [])
    members: dict[str, bytearray] = {}

    class _Out:
        def __init__(self, name: str) -> None:
            self.buf = members.setdefault(name, bytearray())

        def write(self, data: memoryview) -> None:
            self.buf += data

        def close(self) -> None:
            pass

    def open_member(name: str, _size: int) -> _Out:
        if name in members:
            raise BackupDamaged(f"the export holds {ascii(name)[:80]} twice")
        if name not in (DOC_NAME, INDEX_NAME) and not name.startswith("files/"):
            raise BackupDamaged(
                f"the export holds {ascii(name)[:80]}, which casefiles does not write"
            )
        return _Out(name)

    sink = TarSink(open_member, "the encrypted export")
    try:
        sink.write(plaintext)
        sink.finish()
    except BackupDamaged as err:
        raise UserError(str(err).replace("nothing was restored", "nothing was imported")) from None
    if DOC_NAME not in members or INDEX_NAME not in members:
        raise UserError("the encrypted export is incomplete (no cases.json or files.json)")
    files = []
    for entry in _index(bytes(members[INDEX_NAME])):
        data = members.pop(entry.path, None)
        if data is None:
            raise UserError(f"the encrypted export lacks {entry.path}; ask for a new copy")
        if len(data) != entry.size or hashlib.sha256(data).hexdigest() != entry.sha256:
            raise UserError(f"{entry.path} in the export does not match its SHA-256")
        files.append((entry, bytes(data)))
    extra = [n for n in members if n.startswith("files/")]
    if extra:
        raise UserError(f"the export holds {ascii(extra[0])[:80]}, which its index does not list")
    return Package(bytes(members[DOC_NAME]), files)


def _index(raw: bytes) -> list[ExportFile]:
    bad = UserError("the export's file index (files.json) is malformed; ask for a new copy")
    try:
        doc = json.loads(raw.decode("utf-8"))
        if doc.get("format") != INDEX_FORMAT or doc.get("version") != 1:
            raise bad
        entries = [ExportFile(**item) for item in doc["files"]]
    except (ValueError, UnicodeDecodeError, KeyError, TypeError, AttributeError):
        raise bad from None
    for e in entries:
        if not all(isinstance(v, str) for v in (e.path, e.case, e.record_type, e.record_key)):
            raise bad
        if not isinstance(e.size, int) or e.record_type not in evidence.ATTACHABLE:
            raise bad
    return entries


def check_files_fit(doc: dict[str, Any], files: list[tuple[ExportFile, bytes]]) -> None:
    """Before importing: every file names a case of the document (and, for evidence,
    the hash the document records), so no attachment can fail for a reason known now."""
    cases = {c.get("reference"): c for c in doc.get("cases", []) if isinstance(c, dict)}
    for entry, _data in files:
        case = cases.get(entry.case)
        records = case.get(entry.record_type) if case else None
        record = next(
            (r for r in records or [] if isinstance(r, dict) and r.get("key") == entry.record_key),
            None,
        )
        if record is None:
            raise UserError(
                f"{entry.path} belongs to {entry.case} {entry.record_type}/{entry.record_key}, "
                "which the export does not hold; nothing was imported"
            )
        if entry.record_type == "evidence" and record.get("sha256") not in (None, entry.sha256):
            raise UserError(
                f"{entry.path} does not have the SHA-256 its evidence item records; "
                "nothing was imported"
            )


def _seal(folder: VaultFolder, entry: ExportFile, data: bytes) -> NewBlob:
    """Encrypt one file into the vault under a new key; no row refers to it yet."""
    key = stream.new_key()
    view = memoryview(data)
    pos = 0

    def read_into(buf: memoryview) -> int:
        nonlocal pos
        n = min(len(buf), len(view) - pos)
        buf[:n] = view[pos : pos + n]
        pos += n
        return n

    with folder.writing() as (out, name):
        sealed = stream.seal(read_into, out, key, None)
    return NewBlob(
        blob=name,
        file_key=key,
        file_name=entry.file_name,
        media_type=entry.media_type,
        size=sealed.size,
        sha256=sealed.sha256,
        stored_size=sealed.stored_size,
    )


def import_package(
    store: Store, doc: Any, files: list[tuple[ExportFile, bytes]]
) -> tuple[ImportReport, list[AttachmentInfo]]:
    """Import an export's cases with their files: all or nothing.

    Every file is first encrypted into the vault, where nothing refers to it yet;
    then the cases and the files' attachment rows are written in one transaction.
    If anything fails, that transaction rolls back and the new vault files are
    deleted: the store and its audit trail are as they were (a file left by a
    crash in between is ciphertext under a key that was never stored, which
    `verify` notes and a later file intake sweeps once it is an hour old).
    """
    folder = VaultFolder(store.paths)
    sealed: list[tuple[ExportFile, NewBlob]] = []
    attached: list[AttachmentInfo] = []

    def attach_all(session: Session) -> None:
        for entry, blob in sealed:
            attached.append(
                evidence.attach_in_session(
                    session, entry.case, entry.record_type, entry.record_key, blob
                )
            )

    try:
        for entry, data in files:
            sealed.append((entry, _seal(folder, entry, data)))
        report = interchange.import_document(store, doc, then=attach_all)
    except BaseException as err:
        for _entry, blob in sealed:
            folder.remove(blob.blob)
        if files:
            log.warning("import with files failed, nothing kept: %s", type(err).__name__)
        if isinstance(err, UserError) and files and "nothing was imported" not in str(err):
            raise UserError(f"{err}; nothing was imported") from None
        raise
    return report, attached
