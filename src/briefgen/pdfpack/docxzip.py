"""A DOCX's zip, written by hand so that one member can be joined from pieces deflated apart.

pack.docx's word/document.xml is the pack's own head and tail around every brief's body, and
each body is deflated once, when its brief is rendered. A piece deflated on its own refers
back to nothing outside itself, and one ended with Z_FULL_FLUSH (not Z_FINISH) stops on a byte
boundary without a final block, so such pieces concatenate into one valid stream. The member's
CRC-32 is combined from the pieces' own (crc32_combine): no piece is ever inflated again.

The zip is laid out as zipfile writes it (same headers and fields), dated 1980-01-01 and mode
0644, so the same members always give the same bytes on every platform.

Why not keep each part's XML and write pack.docx with zipfile at level 1: a rebuild after one
edited spec then spends 32 instead of 25 ms on pack.docx at 20 briefs and 110 instead of
89 ms at 100 (bench/docx_pack.py), and the 100-brief rebuild is within a few per cent of its
target (1.5 × one brief) already; the cached parts would also be 8 times larger.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ..errors import RenderError

# zlib's default (6), which is what the DOCX files were written with when zipfile wrote them
# (it applies ZipFile's compresslevel only to members named by a string). Against level 1 it
# costs about 0.2 ms a brief and makes the files 15-30% smaller.
LEVEL = zlib.Z_DEFAULT_COMPRESSION
# Z_FULL_FLUSH ends with an empty stored block: its length 0000 and the complement ffff.
FULL_FLUSH_END = b"\x00\x00\xff\xff"


@dataclass(frozen=True)
class DeflatedPiece:
    """Raw deflate data (no zlib header), with the CRC-32 and length of what it inflates to."""

    deflated: bytes
    crc32: int
    size: int


def deflate(data: bytes, *, last: bool = True) -> DeflatedPiece:
    """Deflate `data`; unless it is the last piece of a member, end it with Z_FULL_FLUSH."""
    compressor = zlib.compressobj(LEVEL, zlib.DEFLATED, -15)
    deflated = compressor.compress(data)
    deflated += compressor.flush(zlib.Z_FINISH if last else zlib.Z_FULL_FLUSH)
    return DeflatedPiece(deflated, zlib.crc32(data), len(data))


def join(pieces: Sequence[DeflatedPiece]) -> DeflatedPiece:
    """Return `pieces` as one deflate stream; all but the last must end with Z_FULL_FLUSH."""
    crc, size = 0, 0
    for index, piece in enumerate(pieces):
        if index < len(pieces) - 1 and not piece.deflated.endswith(FULL_FLUSH_END):
            raise ValueError(f"piece {index} of {len(pieces)} does not end with Z_FULL_FLUSH")
        crc = crc32_combine(crc, piece.crc32, piece.size)
        size += piece.size
    return DeflatedPiece(b"".join(piece.deflated for piece in pieces), crc, size)


# CRC-32 over GF(2), as zlib's crc32_combine did before 1.2.12: a CRC register is a vector of
# 32 bits, feeding it a zero bit is a linear map (a 32×32 matrix, stored as 32 column words),
# and feeding it 2**k zero bytes is that map squared 3 + k times. The squares do not depend
# on the data, so each is made once; a combine then costs one product per bit of len2.

_CRC32_POLYNOMIAL = 0xEDB88320  # reflected, as zlib.crc32 uses it


def _gf2_times(matrix: tuple[int, ...], vector: int) -> int:
    total = 0
    column = 0
    while vector:
        if vector & 1:
            total ^= matrix[column]
        vector >>= 1
        column += 1
    return total


def _gf2_square(matrix: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(_gf2_times(matrix, column) for column in matrix)


@cache
def _zero_bytes_operator(power: int) -> tuple[int, ...]:
    """The matrix that moves a CRC-32 register over 2**power zero bytes."""
    if power > 0:
        return _gf2_square(_zero_bytes_operator(power - 1))
    one_bit = (_CRC32_POLYNOMIAL, *(1 << row for row in range(31)))
    two_bits = _gf2_square(one_bit)
    four_bits = _gf2_square(two_bits)
    return _gf2_square(four_bits)


def crc32_combine(crc1: int, crc2: int, len2: int) -> int:
    """Return the CRC-32 of A + B from crc1 = crc32(A), crc2 = crc32(B) and len2 = len(B)."""
    if len2 < 0:
        raise ValueError(f"len2 must not be negative, not {len2}")
    power = 0
    while len2:
        if len2 & 1:
            crc1 = _gf2_times(_zero_bytes_operator(power), crc1)
        len2 >>= 1
        power += 1
    return crc1 ^ crc2


# The records of a zip without ZIP64 (APPNOTE.TXT 4.3.7, 4.3.12, 4.3.16), field for field as
# zipfile writes them.
_LOCAL_HEADER = struct.Struct("<4s2B4HL2L2H")
_CENTRAL_HEADER = struct.Struct("<4s4B4HL2L5H2L")
_END_RECORD = struct.Struct("<4s4H2LH")
_VERSION = 20  # 2.0: deflate
_UNIX = 3  # made by: fixed, so the bytes do not depend on the platform
_DEFLATED = 8
_UTF8_NAME = 0x800
_DOS_TIME = 0  # 00:00:00
_DOS_DATE = (1980 - 1980) << 9 | 1 << 5 | 1  # 1980-01-01, the earliest date a zip can hold
_MODE = 0o644 << 16
_MOST = 0xFFFFFFFF
_MOST_MEMBERS = 0xFFFF


def write_zip(members: Sequence[tuple[str, DeflatedPiece]]) -> bytes:
    """Return a zip holding each (name, deflated data) in order."""
    if len(members) > _MOST_MEMBERS:
        raise RenderError(f"a DOCX of {len(members)} parts is more than a zip without ZIP64 "
                          f"can hold ({_MOST_MEMBERS}); make smaller packs")
    chunks: list[bytes] = []
    central: list[bytes] = []
    offset = 0
    for name, piece in members:
        try:
            encoded, flags = name.encode("ascii"), 0
        except UnicodeEncodeError:
            encoded, flags = name.encode("utf-8"), _UTF8_NAME
        compressed = len(piece.deflated)
        if max(piece.size, compressed, offset) > _MOST:
            raise RenderError(f"the DOCX is larger than a zip without ZIP64 can hold (4 GiB) "
                              f"at {name}; briefgen does not write ZIP64: make smaller packs")
        fields = (_DEFLATED, _DOS_TIME, _DOS_DATE, piece.crc32, compressed, piece.size,
                  len(encoded))
        chunks += [_LOCAL_HEADER.pack(b"PK\x03\x04", _VERSION, 0, flags, *fields, 0),
                   encoded, piece.deflated]
        central += [_CENTRAL_HEADER.pack(b"PK\x01\x02", _VERSION, _UNIX, _VERSION, 0, flags,
                                         *fields, 0, 0, 0, 0, _MODE, offset),
                    encoded]
        offset += _LOCAL_HEADER.size + len(encoded) + compressed
    directory = b"".join(central)
    if offset + len(directory) > _MOST:
        raise RenderError("the DOCX is larger than a zip without ZIP64 can hold (4 GiB); "
                          "briefgen does not write ZIP64: make smaller packs")
    end = _END_RECORD.pack(b"PK\x05\x06", 0, 0, len(members), len(members), len(directory),
                           offset, 0)
    return b"".join([*chunks, directory, end])
