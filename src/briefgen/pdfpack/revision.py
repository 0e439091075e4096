"""One incremental update appended to a PDF: changed and new objects, and a signature.

pikepdf (qpdf) reads the PDF and holds the edits in memory; nothing is saved through it.
Only the objects an edit touched are written after the file's own bytes, with an xref
stream whose /Prev is the file's last one, so the bytes before the update never change and
a file of hundreds of pages is stamped by writing a few hundred small objects. A signature,
when asked for, is the update's last object and covers the whole file.
"""

from __future__ import annotations

import hashlib
import io
import re
import struct
from collections.abc import Callable
from datetime import UTC, datetime

import pikepdf

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
# Room for the hex of a signature container (a CMS SignedData with its certificates).
SIGNATURE_ROOM = 16384
_BYTE_RANGE_PLACEHOLDER = b"/ByteRange [0 0000000000 0000000000 0000000000]"


class Revision:
    """Edits to one PDF, written as an incremental update; `write` may be called again after
    more edits (each reader copy of a release is one write of the same opened pack)."""

    def __init__(self, data: bytes):
        match = _STARTXREF.search(data[-1024:])
        if match is None:
            raise ValueError("no startxref at the end of the PDF")
        self.data = data
        self.previous_xref = int(match.group(1))
        self.pdf = pikepdf.open(io.BytesIO(data))
        self.first_new = int(self.pdf.trailer.Size)
        self.changed: set[int] = set()  # numbers of existing objects edited in memory
        self.bodies: dict[int, bytes] = {}  # objects written as these bytes, not from qpdf
        self.signature: int | None = None  # the signature dictionary's number, once added

    def touch(self, obj: pikepdf.Object) -> None:
        """Say that an existing indirect object was edited and must be written again."""
        if not obj.is_indirect:
            raise ValueError("only an indirect object can be written again")
        self.changed.add(obj.objgen[0])

    def add(self, obj: pikepdf.Object) -> pikepdf.Object:
        """Make `obj` a new indirect object of the update."""
        return self.pdf.make_indirect(obj)

    def info(self) -> pikepdf.Object:
        """The document information dictionary, to edit (made if the file has none)."""
        if "/Info" not in self.pdf.trailer:
            self.pdf.trailer.Info = self.add(pikepdf.Dictionary())
        else:
            self.touch(self.pdf.trailer.Info)
        return self.pdf.trailer.Info

    def place_form(self, placeholder: pikepdf.Object, pdf_bytes: bytes) -> None:
        """Write the first page of another PDF as a form XObject at `placeholder` (an object
        added to this revision), its fonts and other objects numbered after every object
        qpdf holds. Copied by hand: qpdf's copy_foreign walks every object of a large file."""
        base = max([self.first_new - 1, *self._new_numbers()]) + 1
        for number in [n for n in self.bodies if n >= base]:
            del self.bodies[number]  # an earlier form's objects
        with pikepdf.open(io.BytesIO(pdf_bytes)) as source:
            form = source.pages[0].as_form_xobject()
            numbers: dict[tuple[int, int], int] = {}
            pending: list[pikepdf.Object] = []

            def number_of(obj: pikepdf.Object) -> int:
                if obj.objgen not in numbers:
                    numbers[obj.objgen] = base + len(numbers)
                    pending.append(obj)
                return numbers[obj.objgen]

            self.bodies[placeholder.objgen[0]] = _foreign_body(form, number_of)
            while pending:
                obj = pending.pop()
                self.bodies[numbers[obj.objgen]] = _foreign_body(obj, number_of)

    def add_signature_field(self, field: str, signed_at: datetime | None = None) -> None:
        """Add an invisible signature field on the first page, named `field` (or `field2`,
        ... if the name is taken), for write(sign=...) to fill."""
        if self.signature is None:
            self._add_signature_field(self._free_field(field), signed_at or datetime.now(UTC))

    def write(self, sign: Callable[[bytes], bytes] | None = None) -> bytes:
        """The PDF with the update appended; with `sign` (a document digest → a DER CMS
        SignedData, PAdES style), the signature field filled, signing the whole file."""
        if sign is not None:
            if self.signature is None:
                raise ValueError("add_signature_field first")
            self.bodies[self.signature] = _signature_body(datetime.now(UTC))
        numbers = sorted(self.changed | set(self._new_numbers()) | set(self.bodies))
        out = bytearray(self.data)
        if not out.endswith(b"\n"):
            out += b"\n"
        offsets: dict[int, int] = {}
        for number in numbers:
            offsets[number] = len(out)
            body = self.bodies.get(number)
            if body is None:
                body = _body(self.pdf.get_object(number, 0))
            out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
        out += self._xref_stream(offsets, len(out))
        if sign is None:
            return bytes(out)
        return _signed(out, sign)

    def _free_field(self, field: str) -> str:
        form = self.pdf.Root.get("/AcroForm")
        fields: list = list(form.get("/Fields", [])) if form is not None else []
        taken = {str(entry.get("/T", "")) for entry in fields}
        number, name = 1, field
        while name in taken:
            number += 1
            name = f"{field}{number}"
        return name

    def _new_numbers(self) -> list[int]:
        numbers = []
        number = self.first_new
        while self.pdf.get_object(number, 0) is not None:  # qpdf numbers new objects in turn
            numbers.append(number)
            number += 1
        return numbers

    def _add_signature_field(self, field_name: str, signed_at: datetime) -> None:
        # Stands for the signature dictionary, which write() puts there by hand.
        signature = self.add(pikepdf.Dictionary(Type=pikepdf.Name.Sig))
        self.signature = signature.objgen[0]
        self.bodies[self.signature] = _signature_body(signed_at)
        page = self.pdf.pages[0].obj
        widget = self.add(pikepdf.Dictionary(
            Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Widget, FT=pikepdf.Name.Sig,
            T=pikepdf.String(field_name), V=signature, Rect=[0, 0, 0, 0], F=132, P=page,
        ))
        if "/Annots" in page and page.Annots.is_indirect:
            self.touch(page.Annots)
            page.Annots.append(widget)
        else:
            page.Annots = pikepdf.Array([*page.get("/Annots", []), widget])
        self.touch(page)
        root = self.pdf.Root
        form = root.get("/AcroForm")
        if form is None:
            root.AcroForm = pikepdf.Dictionary(Fields=[widget], SigFlags=3)
        else:
            if form.is_indirect:
                self.touch(form)
            fields = form.get("/Fields")
            if fields is not None and fields.is_indirect:
                self.touch(fields)
                fields.append(widget)
            else:
                form.Fields = pikepdf.Array([*(fields or []), widget])
            form.SigFlags = 3
        self.touch(root)

    def _xref_stream(self, offsets: dict[int, int], at: int) -> bytes:
        number = max([self.first_new - 1, *offsets]) + 1
        offsets = {**offsets, number: at}
        rows = b"".join(struct.pack(">BIH", 1, offsets[n], 0) for n in sorted(offsets))
        index = " ".join(f"{n} 1" for n in sorted(offsets))
        trailer = self.pdf.trailer
        extra = b""
        for key in ("/Root", "/Info"):
            if key in trailer:
                extra += key.encode() + b" " + trailer[key].unparse()
        if "/ID" in trailer:
            extra += b"/ID " + trailer.ID.unparse(resolved=True)
        head = (b"%d 0 obj\n<</Type/XRef/Size %d/Index[%s]/W[1 4 2]/Prev %d%s/Length %d>>\n"
                % (number, number + 1, index.encode(), self.previous_xref, extra, len(rows)))
        return head + b"stream\n" + rows + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % at


def _body(obj: pikepdf.Object) -> bytes:
    """An indirect object's body as PDF syntax, its references numbered as in the file."""
    if isinstance(obj, pikepdf.Stream):
        raw = obj.read_raw_bytes()
        head = pikepdf.Dictionary({key: value for key, value in obj.stream_dict.items()
                                   if key != "/Length"})
        head.Length = len(raw)
        return head.unparse(resolved=True) + b"\nstream\n" + raw + b"\nendstream"
    return obj.unparse(resolved=True)


def _foreign_body(obj: pikepdf.Object, number_of: Callable[[pikepdf.Object], int]) -> bytes:
    """An object of another PDF as PDF syntax, its references renumbered by `number_of`."""
    if isinstance(obj, pikepdf.Stream):
        raw = obj.read_raw_bytes()
        head = {key: value for key, value in obj.stream_dict.items() if key != "/Length"}
        return (_foreign_value(pikepdf.Dictionary(head), number_of, top=True)[:-2]
                + b"/Length %d>>\nstream\n" % len(raw) + raw + b"\nendstream")
    return _foreign_value(obj, number_of, top=True)


def _foreign_value(value, number_of: Callable[[pikepdf.Object], int], top: bool = False) -> bytes:
    if isinstance(value, pikepdf.Object) and value.is_indirect and not top:
        return b"%d 0 R" % number_of(value)
    if isinstance(value, pikepdf.Dictionary) or (isinstance(value, pikepdf.Stream) and top):
        return b"<<" + b"".join(pikepdf.Name(key).unparse() + b" " + _foreign_value(item, number_of)
                                for key, item in value.items()) + b">>"
    if isinstance(value, pikepdf.Array):
        return b"[" + b" ".join(_foreign_value(item, number_of) for item in value) + b"]"
    if isinstance(value, pikepdf.Object):
        return value.unparse()
    return pikepdf.Array([value]).unparse()[1:-1]  # a number, a boolean, null: as qpdf writes


def _signature_body(signed_at: datetime) -> bytes:
    """The signature dictionary, its /ByteRange and /Contents of fixed width to fill later."""
    when = signed_at.strftime("D:%Y%m%d%H%M%S+00'00'").encode()
    return (b"<</Type/Sig/Filter/Adobe.PPKLite/SubFilter/ETSI.CAdES.detached/M(" + when
            + b")" + _BYTE_RANGE_PLACEHOLDER + b"/Contents <" + b"0" * (2 * SIGNATURE_ROOM)
            + b">>>")


def _signed(out: bytearray, sign: Callable[[bytes], bytes]) -> bytes:
    """Fill the signature's /ByteRange and /Contents: it signs every byte but its own hex."""
    range_at = out.rfind(_BYTE_RANGE_PLACEHOLDER)
    contents_at = out.index(b"/Contents <", range_at) + len(b"/Contents ")
    hex_end = contents_at + 2 + 2 * SIGNATURE_ROOM
    filled = b"/ByteRange [0 %010d %010d %010d]" % (contents_at, hex_end, len(out) - hex_end)
    out[range_at:range_at + len(filled)] = filled
    digest = hashlib.sha256()
    digest.update(memoryview(out)[:contents_at])
    digest.update(memoryview(out)[hex_end:])
    container = sign(digest.digest()).hex().encode()
    if len(container) > 2 * SIGNATURE_ROOM:
        raise ValueError(f"the signature takes {len(container) // 2} bytes, more than the "
                         f"{SIGNATURE_ROOM} kept for it")
    out[contents_at + 1:contents_at + 1 + len(container)] = container
    return bytes(out)
