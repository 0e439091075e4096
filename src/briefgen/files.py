"""Reading a project's files: only regular files, the size limit checked before reading.

A FIFO would block a read for ever and a device (a spec linked to /dev/zero) would never end,
so a file is opened without blocking and checked on its open descriptor before a byte is read;
a file swapped for something else between a check and the read is caught the same way.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from .errors import BriefgenError, Problem


def read_regular(path: Path, limit: int, what: str, error: type[BriefgenError],
                 fix: str = "is this the right file?", holds: str | None = None) -> bytes:
    """The bytes of `path`, a regular file of at most `limit` bytes, or `error` saying why.

    `what` names the file in messages ("spec", "source file"); `holds` says what belongs in
    it (default: the `what`)."""
    def refuse(message: str) -> BriefgenError:
        return error([Problem(path, None, None, message)])

    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY)
    except FileNotFoundError:
        missing = f"{what} not found"
        if path.is_symlink():
            missing += f" (a link to {os.readlink(path)}, which does not exist)"
        raise refuse(missing) from None
    except IsADirectoryError:
        raise refuse("is a folder, not a text file") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise refuse(f"{what}: a loop of symbolic links; fix the link") from None
        raise refuse(f"cannot read {what}: {exc.strerror}") from None
    status = os.fstat(handle)
    if stat.S_ISDIR(status.st_mode):
        os.close(handle)
        raise refuse("is a folder, not a text file")
    with os.fdopen(handle, "rb") as file:
        if not stat.S_ISREG(status.st_mode):
            contents = holds or f"the {what}"
            raise refuse(f"is not a regular file (a pipe or a device); put {contents} in it")
        if status.st_size > limit:
            raise refuse(f"{what} is larger than {limit:,} bytes ({status.st_size:,}): the "
                         f"limit is {limit:,}; {fix}")
        try:
            data = file.read(limit + 1)
        except OSError as exc:
            raise refuse(f"cannot read {what}: {exc.strerror}") from None
    if len(data) > limit:  # it grew while we read
        raise refuse(f"{what} is larger than {limit:,} bytes: the limit is {limit:,}; {fix}")
    return data


UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")  # UTF-16's byte-order marks, little- and big-endian


def not_utf8_advice(data: bytes) -> str:
    """What to do with bytes that are not UTF-8, by what they look like."""
    if data.startswith(UTF16_BOMS):
        return "it is UTF-16 (it opens with a byte-order mark): iconv -f UTF-16 -t UTF-8"
    if advice := not_text_advice(data):
        return advice
    if b"\0" in data[:4096]:
        return "it holds NUL bytes, so it is not text: give the article's text"
    text = data.decode("utf-8", errors="replace")
    stray = text.count("\ufffd")
    if 20 * stray < sum("\u0621" <= c <= "\u064a" for c in text):
        # UTF-8 Arabic with a few stray bytes (Windows-1256 Arabic read as UTF-8 is nearly all
        # stray bytes): converted from Windows-1256, its Arabic would be garbage
        if text.rstrip().endswith("\ufffd") and stray == 1:
            return ("it is UTF-8 cut short in the middle of a character: take the file again, "
                    "or drop the last bytes with iconv -f UTF-8 -t UTF-8 -c")
        return (f"it is UTF-8 Arabic with {stray} stray byte{'s' if stray > 1 else ''} "
                "(not another encoding): remove them with iconv -f UTF-8 -t UTF-8 -c, or "
                "take the file again")
    return "if it is text, convert it, e.g. iconv -f WINDOWS-1256 -t UTF-8"


# A PDF's or a zip archive's first bytes, after a byte-order mark and white space.
_MAGIC = re.compile(rb"(?:\xef\xbb\xbf)?\s*(%PDF|PK\x03\x04)")


def not_text_advice(data: bytes) -> str | None:
    """What to do with a document that is not text, even where its bytes decode as UTF-8 (a
    PDF written in ASCII, a file of NUL bytes), or None for text (round 42's hostile #16)."""
    magic = _MAGIC.match(data)  # (after a BOM or blank lines too: round 43's hostile #9; read
    # in place, where stripping copied every source's bytes)
    if magic and magic[1] == b"%PDF":
        return "it is a PDF: `briefgen add FILE.pdf` reads its text into the library"
    if magic:
        return "it is a zip archive (a DOCX?): `briefgen add FILE` reads a DOCX into the library"
    if data and 4 * data.count(b"\0") > len(data):  # (the whole file: text with a megabyte of
        # NUL bytes after it too); a stray NUL in a line is no reason to refuse the text
        return "it is mostly NUL bytes, so it is not text: give the article's text"
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """Name the encoding of text that is UTF-16 without a byte-order mark, else None.

    Such text decodes as UTF-8 without an error (Arabic letters are two bytes below 0x80),
    as garbage; what gives it away is a NUL beside every space, digit and Latin letter.
    """
    if data.startswith(UTF16_BOMS):
        return None  # with a mark: the UTF-8 decoder names the byte
    nuls = data.count(b"\0")
    if len(data) < 4 or nuls < max(2, len(data) // 50):  # a space every few dozen bytes
        return None
    odd = data[1::2].count(b"\0")
    encoding = ("UTF-16LE" if odd >= 0.9 * nuls else "UTF-16BE" if nuls - odd >= 0.9 * nuls
                else None)
    if encoding is None:
        return None
    text = data[:4096 - 4096 % 2].decode(encoding.lower(), errors="replace")
    readable = sum(c.isascii() or "\u0600" <= c <= "\u06ff" for c in text)
    return encoding if readable >= 0.8 * len(text) else None  # UTF-8 Arabic with a stray
    # NUL or two reads as UTF-16 in no script at all
