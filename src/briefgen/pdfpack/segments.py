"""A pack's PDF written from relocatable segments, so a rebuild costs one brief, not the pack.

Joining whole PDFs (qpdf reading, copying and writing every object) costs time in proportion
to the whole pack on every build, even when one brief changed. Instead each part of the pack
(cover and contents, every brief, the sources appendix) becomes a *segment*: the objects of
its pages and of its structure tree, read once from the part's own PDF and kept as templates
whose references can be set at any object number. The pack is its segments set one after the
other, each in a range of object numbers with room to grow, plus a little glue written fresh:
the catalog, page tree, structure tree root, outline, the "page X of Y" forms and the
cross-reference stream. A segment set at the same place as before is the same bytes, so the
build keeps those bytes and lays only the changed brief out again.

In a template, references are markers the writer never otherwise emits (qpdf escapes control
characters in strings, so no object text holds a NUL):

    \\0r12\\0  the segment's 12th object          \\0k3\\0   structure key 3 of the segment
    \\0sP\\0   the pack's page tree               \\0sD\\0   the pack's Document element
    \\0sB2\\0  the first page of brief 2          \\0sA\\0   the first page of the appendix

(While a segment is read, \\0sF4\\0 stands for the page-number form of its page 4; it becomes
an \\0r\\0 marker once the objects are counted, as the forms are numbered after them.)

A segment's objects are numbered from its base: object i is base + i, key k is base + k; the
page-number forms and object streams follow the objects (see Segment.span).
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import struct
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

import pikepdf

from ..errors import RenderError

BRIEF_LINK = "briefgen:brief/"
APPENDIX_LINK = "briefgen:appendix"

OBJECTS_PER_STREAM = 100
SEPARATOR = b"\x01"  # between the objects of a segment's text; never in unparsed PDF

# Fixed objects of every pack, before the first segment.
CATALOG, PAGES, STRUCT_ROOT, DOCUMENT, PARENT_TREE, OUTLINES, INFO, METADATA = range(1, 9)
FIRST_BASE = 16

# A token of PDF object syntax that may hide a reference: strings are skipped whole, so
# "(3 0 R)" in a title stays text; a reference is "num gen R" between delimiters.
_TOKEN = re.compile(
    rb"\((?:[^()\\]|\\.)*\)"
    rb"|<[0-9A-Fa-f\s]*>"
    rb"|(?<![\w.+-])(\d+) (\d+) R(?![^\s/\[\]<>()])",
    re.DOTALL,
)
_MARKER_SPLIT = re.compile(rb"\x00([rks][A-Z]?\d*)\x00")


# What the pack writer carries of the document-level structure of a PDF it reads (a brief's,
# the cover and contents', the appendix's), and how. It refuses anything else rather than
# drop it: a key WeasyPrint starts to write, or a template makes it write, must be taught
# here first.
COPIED_CATALOG_KEYS = ("/Lang", "/MarkInfo", "/ViewerPreferences", "/PageMode")
CATALOG_KEYS = {
    "/Type": "written anew",
    "/Pages": "every page placed in the pack's one page tree",
    "/StructTreeRoot": "its Document element's children put under the pack's Document",
    "/Names": "its /Dests only, made explicit destinations of the links",
    "/Outlines": "a brief's read as bookmarks; the outline written anew",
    "/Metadata": "copied from the brief, or the pack's front matter",
    **{key: "copied from the brief, or the pack's front matter" for key in COPIED_CATALOG_KEYS},
}
NAME_TREES = ("/Dests",)
STRUCT_TREE_ROOT_KEYS = ("/Type", "/K", "/ParentTree", "/ParentTreeNextKey")
DOCUMENT_ELEMENT_KEYS = ("/Type", "/S", "/P", "/K")


def check_carried(pdf: pikepdf.Pdf) -> None:
    """Raise RenderError for document-level structure in `pdf` the pack writer would drop."""
    def keys(where: str, dictionary, carried) -> None:
        for key in dictionary:  # in name order (.keys() is a set: any order)
            if key not in carried:
                raise _not_carried(f"{where} {key}", ", ".join(carried))

    if pdf.is_encrypted:
        raise _not_carried("an /Encrypt dictionary", "unencrypted PDFs only")
    root = pdf.Root
    keys("the catalog key", root, CATALOG_KEYS)
    if "/Names" in root:
        keys("the name tree", root.Names, NAME_TREES)
    # qpdf moves what pages inherit (/Resources, /MediaBox…) onto each page as it reads a
    # PDF, but leaves a nested tree nested, and the pack's page tree has one level.
    pages = root.Pages
    if any(page.obj.get("/Parent") is None or page.obj.Parent.objgen != pages.objgen
           for page in pdf.pages):
        raise _not_carried("a nested page tree", "pages directly under the root only")
    if "/StructTreeRoot" in root:
        structure = root.StructTreeRoot
        keys("the structure tree root key", structure, STRUCT_TREE_ROOT_KEYS)
        top = structure.K if isinstance(structure.K, pikepdf.Array) else [structure.K]
        if len(top) != 1 or top[0].get("/S") != pikepdf.Name.Document:
            raise _not_carried("a structure tree that is not one Document element",
                               "one Document element only")
        keys("the Document element key", top[0], DOCUMENT_ELEMENT_KEYS)


def _not_carried(what: str, carried: str) -> RenderError:
    return RenderError(
        f"the PDF WeasyPrint wrote has {what}, which briefgen's pack writer does not carry into "
        f"briefs' and packs' PDFs (it carries {carried}): pdfpack must be taught to carry it "
        f"(see src/briefgen/pdfpack/README.md), or the templates must stop asking for it")


def refers(text: bytes) -> bool:
    """Whether unparsed object text holds a reference (strings that look like one do not)."""
    return any(match.group(1) for match in _TOKEN.finditer(text))


def reserve(span: int) -> int:
    """Object numbers kept for a segment of `span` objects: room to grow, in steps of 256."""
    return -(-(span + span // 8 + 16) // 256) * 256


@dataclass(frozen=True)
class Segment:
    """One part of a pack as object templates (see the module docstring for the markers)."""

    text: bytes  # the non-stream objects' templates, SEPARATOR between them
    streams: tuple[tuple[int, bytes, bytes], ...]  # (object index, dict template, raw data)
    count: int  # objects, stream and non-stream; indices 0 … count-1
    pages: tuple[int, ...]  # object indices of the pages, in order
    top: tuple[int, ...]  # structure elements that go under the pack's Document
    parent_tree: int | None  # object index of the number-tree node holding the segment's keys
    keys: int  # structure keys used: 0 … keys-1
    resources: int | None = None  # the folio's resource dictionary

    @property
    def object_streams(self) -> int:
        plain = self.count - len(self.streams)
        return -(-plain // OBJECTS_PER_STREAM)

    @property
    def span(self) -> int:
        """Objects, page-number forms and object streams: the numbers the segment uses."""
        return self.count + len(self.pages) + self.object_streams

    @property
    def capacity(self) -> int:
        return reserve(max(self.span, self.keys))  # keys are numbered from the base too

    def folio_form(self, page: int) -> int:
        return self.count + page

    # A cache file holds a segment; it is read as data, never unpickled.
    def to_bytes(self) -> bytes:
        header = json.dumps({
            "count": self.count, "pages": self.pages, "top": self.top,
            "parent_tree": self.parent_tree, "keys": self.keys, "resources": self.resources,
            "text": len(self.text),
            "streams": [[index, len(head), len(raw)] for index, head, raw in self.streams],
        }).encode()
        body = [self.text]
        for _, head, raw in self.streams:
            body += [head, raw]
        return struct.pack(">I", len(header)) + header + b"".join(body)

    @classmethod
    def from_bytes(cls, data: bytes) -> Segment:
        try:
            (size,) = struct.unpack_from(">I", data)
            header = json.loads(data[4:4 + size])
            at = 4 + size
            text = data[at:at + header["text"]]
            at += header["text"]
            streams = []
            for index, head_size, raw_size in header["streams"]:
                head = data[at:at + head_size]
                raw = data[at + head_size:at + head_size + raw_size]
                at += head_size + raw_size
                streams.append((index, head, raw))
            if at != len(data):
                raise ValueError("trailing data")
            return cls(text, tuple(streams), header["count"], tuple(header["pages"]),
                       tuple(header["top"]), header["parent_tree"], header["keys"],
                       header["resources"])
        except (struct.error, KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"not a briefgen segment: {exc}") from None


def _named_destinations(pdf: pikepdf.Pdf) -> dict[str, pikepdf.Object]:
    """Flatten the /Dests name tree (names → explicit destinations)."""
    found: dict[str, pikepdf.Object] = {}

    def walk(node):
        names = node.get("/Names")
        if names is not None:
            for i in range(0, len(names), 2):
                found[str(names[i])] = names[i + 1]
        for kid in node.get("/Kids", []):
            walk(kid)

    names = pdf.Root.get("/Names")
    if names is not None and "/Dests" in names:
        walk(names.Dests)
    return found


def _number_tree(node) -> list[tuple[int, pikepdf.Object]]:
    pairs = []
    nums = node.get("/Nums")
    if nums is not None:
        pairs += [(int(nums[i]), nums[i + 1]) for i in range(0, len(nums), 2)]
    for kid in node.get("/Kids", []):
        pairs += _number_tree(kid)
    return sorted(pairs, key=lambda pair: pair[0])


class _Segmenter:
    """Read the objects one part of a pack needs from its PDF into a Segment."""

    def __init__(self, pdf: pikepdf.Pdf):
        self.pdf = pdf
        self.symbols: dict[tuple[int, int], bytes] = {}  # objgen → marker
        self.local: dict[tuple[int, int], int] = {}
        self.order: list[pikepdf.Object] = []
        self.keyed: dict[tuple[int, int], tuple[str, int]] = {}  # objgen → (key name, key)
        self.written: dict[tuple[int, int], bytes] = {}  # objgen → template made here

    def placeholder(self, marker: bytes) -> pikepdf.Object:
        """An object standing for something outside the segment, written as `marker`."""
        stand_in = self.pdf.make_indirect(pikepdf.Dictionary())
        self.symbols[stand_in.objgen] = marker
        return stand_in

    def ref(self, objgen: tuple[int, int]) -> bytes:
        marker = self.symbols.get(objgen)
        if marker is not None:
            return marker
        index = self.local.get(objgen)
        if index is None:
            index = self.local[objgen] = len(self.order)
            self.order.append(self.pdf.get_object(objgen))
        return b"\x00r%d\x00" % index

    def template(self, text: bytes) -> bytes:
        def replace(match: re.Match) -> bytes:
            if match.group(1) is None:
                return match.group(0)
            return self.ref((int(match.group(1)), int(match.group(2))))

        return _TOKEN.sub(replace, text)

    def segment(self, *, number_pages: bool, links: bool = False,
                resources_only: bool = False) -> Segment:
        pdf = self.pdf
        if not resources_only:  # the folio's sheet: only its fonts are taken
            check_carried(pdf)
        pages = list(pdf.pages)
        if resources_only:
            shared = pages[0].obj.Resources
            if not shared.is_indirect:
                shared = pdf.make_indirect(shared)
            resources = self.ref(shared.objgen)
            pages = []
        else:
            resources = None
            self.symbols[pdf.Root.Pages.objgen] = b"\x00sP\x00"
            self._resolve_links(pages, links)
            if number_pages:
                self._add_folio(pages)
        page_refs = [self.ref(page.obj.objgen) for page in pages]
        top: list[bytes] = []
        parent_tree: bytes | None = None
        keys = 0
        if not resources_only and "/StructTreeRoot" in pdf.Root:
            top, parent_tree, keys = self._structure(pages)
        texts, plain_index, streams = self._read_objects()
        count = len(self.order)

        # Page-number forms were stand-ins; they sit after the objects.
        def folio_form(match: re.Match) -> bytes:
            return b"\x00r%d\x00" % (count + int(match.group(1)))

        text = _FOLIO_MARK.sub(folio_form, SEPARATOR.join(texts))
        return Segment(
            text=_order_marker(text, plain_index),
            streams=tuple((index, _FOLIO_MARK.sub(folio_form, head), raw)
                          for index, head, raw in streams),
            count=count,
            pages=tuple(_index(r) for r in page_refs),
            top=tuple(_index(r) for r in top),
            parent_tree=_index(parent_tree) if parent_tree is not None else None,
            keys=keys,
            resources=_index(resources) if resources is not None else None,
        )

    def _structure(self, pages) -> tuple[list[bytes], bytes, int]:
        """Take the structure tree apart: its top elements (they go under the pack's
        Document), a number-tree node of its keys, and how many keys it uses. A key is
        written relative to the segment, as \\0k<key>\\0, wherever it occurs."""
        root = self.pdf.Root.StructTreeRoot
        document = root.K[0] if isinstance(root.K, pikepdf.Array) else root.K
        self.symbols[document.objgen] = b"\x00sD\x00"
        kids = document.K if isinstance(document.K, pikepdf.Array) else [document.K]
        top = [self.ref(kid.objgen) for kid in kids]
        pairs = _number_tree(root.ParentTree)
        for page in pages:
            if "/StructParents" in page.obj:
                self.keyed[page.obj.objgen] = ("StructParents", int(page.obj.StructParents))
                del page.obj["/StructParents"]
            for annotation in page.obj.get("/Annots", []):
                if "/StructParent" in annotation:
                    self.keyed[annotation.objgen] = ("StructParent",
                                                     int(annotation.StructParent))
                    del annotation["/StructParent"]
        nums = b" ".join(b"\x00k%d\x00 %s" % (key, self.template(value.unparse()))
                         for key, value in pairs)
        low, high = (pairs[0][0], pairs[-1][0]) if pairs else (0, 0)
        node = self.pdf.make_indirect(pikepdf.Dictionary())
        self.written[node.objgen] = b"<< /Limits [ \x00k%d\x00 \x00k%d\x00 ] /Nums [ %s ] >>" % (
            low, high, nums)
        keys = max((key for key, _ in pairs), default=-1) + 1
        return top, self.ref(node.objgen), keys

    def _read_objects(self) -> tuple[list[bytes], list[int], list[tuple[int, bytes, bytes]]]:
        """Template every object the segment reaches, from its roots outward.

        Return the non-stream objects' texts and indices, and (index, dict, raw data) of the
        streams, whose data is kept as it is (still compressed).
        """
        texts: list[bytes] = []
        plain_index: list[int] = []
        streams: list[tuple[int, bytes, bytes]] = []
        done = 0
        while done < len(self.order):
            # One pass of the tokenizer over every object found so far; the references it
            # meets add the next objects.
            wave = range(done, len(self.order))
            untemplated, raws = [], {}
            for index in wave:
                obj = self.order[index]
                if obj.objgen in self.written:
                    untemplated.append(b"")
                elif isinstance(obj, pikepdf.Stream):
                    # pikepdf's stub takes only a Mapping; a Dictionary is copied as well.
                    head = pikepdf.Dictionary(obj.stream_dict)  # type: ignore[arg-type]
                    for length_key in ("/Length", "/DL"):
                        if length_key in head:
                            del head[length_key]
                    raws[index] = obj.read_raw_bytes()
                    untemplated.append(head.unparse())
                else:
                    untemplated.append(obj.unparse(resolved=True))
            templated = self.template(SEPARATOR.join(untemplated)).split(SEPARATOR)
            for index, text in zip(wave, templated, strict=True):  # SEPARATOR is in no text
                objgen = self.order[index].objgen
                if index in raws:
                    raw = raws[index]
                    streams.append((index, text[:-2] + b"/Length %d >>" % len(raw), raw))
                    continue
                if objgen in self.written:
                    text = self.written[objgen]
                elif objgen in self.keyed:
                    name, key = self.keyed[objgen]
                    text = text[:-2] + b"/%s \x00k%d\x00 >>" % (name.encode(), key)
                texts.append(text)
                plain_index.append(index)
            done = wave.stop
        return texts, plain_index, streams

    def _resolve_links(self, pages, links: bool) -> None:
        """Named destinations become explicit; the contents' briefgen: links, jumps."""
        destinations = _named_destinations(self.pdf)
        starts: dict[bytes, pikepdf.Object] = {}
        for page in pages:
            for annotation in page.obj.get("/Annots", []):
                name = annotation.get("/Dest")
                if isinstance(name, pikepdf.String) and str(name) in destinations:
                    annotation.Dest = destinations[str(name)]
                action = annotation.get("/A")
                if not links or action is None or action.get("/S") != "/URI":
                    continue
                uri = str(action.URI)
                if uri.startswith(BRIEF_LINK):
                    marker = b"\x00sB%d\x00" % int(uri[len(BRIEF_LINK):])
                elif uri == APPENDIX_LINK:
                    marker = b"\x00sA\x00"
                else:
                    continue
                if marker not in starts:
                    starts[marker] = self.placeholder(marker)
                del annotation["/A"]
                annotation.Dest = pikepdf.Array([starts[marker], pikepdf.Name.Fit])

    def _add_folio(self, pages) -> None:
        """Give every page a "page X of Y" form, drawn last, marked as an artifact."""
        pdf = self.pdf
        opening = pdf.make_indirect(pikepdf.Stream(pdf, b"q\n"))
        for number, page in enumerate(pages):
            # One name per page: WeasyPrint's pages share one resource dictionary.
            name = pikepdf.Name(f"/BriefgenFolio{number + 1}")
            form = self.placeholder(b"\x00sF%d\x00" % number)
            resources = page.obj.Resources
            if "/XObject" not in resources:
                resources.XObject = pikepdf.Dictionary()
            resources.XObject[name] = form
            page.contents_add(opening, prepend=True)
            page.contents_add(pikepdf.Stream(pdf, b"\nQ\n/Artifact BMC\nq " + bytes(name) +
                                             b" Do Q\nEMC\n"))


_FOLIO_MARK = re.compile(rb"\x00sF(\d+)\x00")


def _index(marker: bytes) -> int:
    return int(marker[2:-1])


def _order_marker(text: bytes, plain_index: list[int]) -> bytes:
    """Prefix the segment text with the object indices of its non-stream objects."""
    return b" ".join(b"%d" % i for i in plain_index) + b"\n" + text


def segment_pdf(data: bytes, *, number_pages: bool = True, links: bool = False) -> Segment:
    """Make the segment of a brief, the appendix, or (links=True) the cover and contents."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return segment_open_pdf(pdf, number_pages=number_pages, links=links)


def segment_open_pdf(pdf: pikepdf.Pdf, *, number_pages: bool = True,
                     links: bool = False) -> Segment:
    """segment_pdf for a PDF already open; it is changed on the way (links, page forms)."""
    return _Segmenter(pdf).segment(number_pages=number_pages, links=links)


def segment_resources(data: bytes) -> Segment:
    """Make the segment of the folio's fonts: the first page's resource dictionary."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        return _Segmenter(pdf).segment(number_pages=False, resources_only=True)


@dataclass(frozen=True)
class PlacedSegment:
    """A segment set at an object number: its bytes and its cross-reference entries."""

    base: int
    data: bytes
    xref: bytes  # 7-byte entries for base … base+capacity-1; type 1 offsets from data's start
    direct: tuple[tuple[int, int], ...]  # (object index, offset in data) of type 1 entries
    digest: str  # of data: the file identifier is made from these, not from every byte

    def to_bytes(self) -> bytes:
        header = json.dumps({"base": self.base, "direct": self.direct,
                             "xref": len(self.xref), "digest": self.digest}).encode()
        return struct.pack(">I", len(header)) + header + self.xref + self.data

    @classmethod
    def from_bytes(cls, data: bytes) -> PlacedSegment:
        try:
            (size,) = struct.unpack_from(">I", data)
            header = json.loads(data[4:4 + size])
            at = 4 + size + header["xref"]
            return cls(header["base"], data[at:], data[4 + size:at],
                       tuple(tuple(item) for item in header["direct"]), header["digest"])
        except (struct.error, KeyError, TypeError, ValueError) as exc:
            raise ValueError(f"not a placed briefgen segment: {exc}") from None


_ENTRY = struct.Struct(">BIH")


def place(segment: Segment, base: int, symbols: dict[bytes, int] | None = None
          ) -> PlacedSegment:
    """Set `segment` at object number `base`; `symbols` gives brief and appendix starts."""
    symbols = {b"P": PAGES, b"D": DOCUMENT, **(symbols or {})}

    def value(marker: bytes) -> bytes:
        kind, rest = marker[:1], marker[1:]
        if kind == b"r":
            return b"%d 0 R" % (base + int(rest))
        if kind == b"k":
            return b"%d" % (base + int(rest))
        return b"%d 0 R" % symbols[rest]

    def fill(text: bytes) -> bytes:
        # Split at the markers and look each distinct one up once: no callback per marker.
        parts = _MARKER_SPLIT.split(text)
        markers = parts[1::2]
        lookup = {marker: value(marker) for marker in set(markers)}
        parts[1::2] = [lookup[marker] for marker in markers]
        return b"".join(parts)

    order, _, text = segment.text.partition(b"\n")
    plain = [int(i) for i in order.split()]
    bodies = fill(text).split(SEPARATOR) if plain else []
    stream_number = base + segment.count + len(segment.pages)
    chunks: list[bytes] = []
    direct: list[tuple[int, int]] = []
    xref = bytearray(segment.capacity * _ENTRY.size)
    offset = 0
    for group_start in range(0, len(plain), OBJECTS_PER_STREAM):
        indices = plain[group_start:group_start + OBJECTS_PER_STREAM]
        texts = bodies[group_start:group_start + OBJECTS_PER_STREAM]
        header, position = [], 0
        for index, body in zip(indices, texts, strict=True):
            header.append(b"%d %d" % (base + index, position))
            position += len(body) + 1
        head = b" ".join(header) + b"\n"
        content = zlib.compress(head + b"\n".join(texts) + b"\n", 6)
        stream_index = stream_number - base
        for slot, index in enumerate(indices):
            _ENTRY.pack_into(xref, index * _ENTRY.size, 2, stream_number, slot)
        obj = (b"%d 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>"
               b"\nstream\n" % (stream_number, len(indices), len(head), len(content)))
        direct.append((stream_index, offset))
        chunks += [obj, content, b"\nendstream\nendobj\n"]
        offset += len(obj) + len(content) + 18
        stream_number += 1
    for index, head, raw in segment.streams:
        obj = b"%d 0 obj\n%s\nstream\n" % (base + index, fill(head))
        direct.append((index, offset))
        chunks += [obj, raw, b"\nendstream\nendobj\n"]
        offset += len(obj) + len(raw) + 18
    for index, position in direct:
        _ENTRY.pack_into(xref, index * _ENTRY.size, 1, position, 0)
    data = b"".join(chunks)
    return PlacedSegment(base, data, bytes(xref), tuple(direct),
                         hashlib.sha256(data).hexdigest())


@dataclass(frozen=True)
class Outline:
    """A bookmark: title, 0-based page in the pack, and bookmarks under it."""

    title: str
    page: int
    children: tuple[Outline, ...] = ()


class PackWriter:
    """Write a pack's PDF: fixed objects, placed segments, forms, outline, xref stream."""

    def __init__(self, catalog_extra: bytes, info: bytes, metadata: tuple[bytes, bytes] | None):
        self.catalog_extra = catalog_extra  # entries of the front's catalog kept in the pack
        self.info = info
        self.metadata = metadata  # (dict text, raw data)

    def write(self, placed: Sequence[tuple[Segment, PlacedSegment]], folio,
              folio_resources: int, outline: Sequence[Outline]) -> bytes:
        """Write the pack; `placed` in reading order, the folio's fonts among them."""
        end = max(p.base + s.capacity for s, p in placed)
        pages = [p.base + index for s, p in placed for index in s.pages]
        outline_objects = _outline_objects(outline, end, pages)
        xref_number = end + len(outline_objects) - 1  # the root has a fixed number
        size = xref_number + 1
        xref = bytearray(size * _ENTRY.size)
        _ENTRY.pack_into(xref, 0, 0, 0, 0xFFFF)
        out: list[bytes] = [b"%PDF-1.7\n%\xb5\xed\xae\xfb\n"]
        offset = len(out[0])

        def add(number: int, data: bytes) -> None:
            nonlocal offset
            _ENTRY.pack_into(xref, number * _ENTRY.size, 1, offset, 0)
            out.append(data)
            offset += len(data)

        top = [p.base + index for s, p in placed for index in s.top]
        trees = [p.base + s.parent_tree for s, p in placed if s.parent_tree is not None]
        next_key = max((p.base + s.keys for s, p in placed if s.keys), default=0)
        add(CATALOG, b"%d 0 obj\n<< /Type /Catalog /Pages %d 0 R /StructTreeRoot %d 0 R "
            b"/Outlines %d 0 R%s%s >>\nendobj\n" % (
                CATALOG, PAGES, STRUCT_ROOT, OUTLINES,
                b" /Metadata %d 0 R" % METADATA if self.metadata else b"", self.catalog_extra))
        add(PAGES, b"%d 0 obj\n<< /Type /Pages /Count %d /Kids [ %s ] >>\nendobj\n" % (
            PAGES, len(pages), _refs(pages)))
        add(STRUCT_ROOT, b"%d 0 obj\n<< /Type /StructTreeRoot /K [ %d 0 R ] /ParentTree %d 0 R "
            b"/ParentTreeNextKey %d >>\nendobj\n" % (STRUCT_ROOT, DOCUMENT, PARENT_TREE,
                                                     next_key))
        add(DOCUMENT, b"%d 0 obj\n<< /Type /StructElem /S /Document /P %d 0 R /K [ %s ] >>"
            b"\nendobj\n" % (DOCUMENT, STRUCT_ROOT, _refs(top)))
        add(PARENT_TREE, b"%d 0 obj\n<< /Kids [ %s ] >>\nendobj\n" % (PARENT_TREE,
                                                                       _refs(trees)))
        add(INFO, b"%d 0 obj\n%s\nendobj\n" % (INFO, self.info))
        if self.metadata:
            head, raw = self.metadata
            add(METADATA, b"%d 0 obj\n%s\nstream\n%s\nendstream\nendobj\n" % (METADATA, head,
                                                                             raw))
        for number, text in outline_objects:
            add(number, text)
        identity = hashlib.md5(b"".join(out))
        for segment, at in placed:
            start = offset
            xref[at.base * _ENTRY.size:(at.base + segment.capacity) * _ENTRY.size] = at.xref
            for index, position in at.direct:
                _ENTRY.pack_into(xref, (at.base + index) * _ENTRY.size, 1, start + position, 0)
            out.append(at.data)
            identity.update(b"%d:%s;" % (at.base, at.digest.encode()))
            offset += len(at.data)
        first_form = len(out)
        total = len(pages)
        number = 0
        resources = b"%d 0 R" % folio_resources
        for segment, at in placed:
            for page in range(len(segment.pages)):
                number += 1
                content = folio.content(number, total)
                add(at.base + segment.folio_form(page),
                    b"%d 0 obj\n<< /Type /XObject /Subtype /Form /BBox [ %s ] /Resources %s "
                    b"/Length %d >>\nstream\n%s\nendstream\nendobj\n" % (
                        at.base + segment.folio_form(page), folio.bbox, resources,
                        len(content), content))
        for form in out[first_form:]:
            identity.update(form)
        body = b"".join(out)
        identifier = identity.hexdigest().encode()  # the same content, the same identifier
        # Level 1: the table is mostly runs of zeros (free numbers kept for growth), which
        # every level packs alike; level 6 took half the writer's time on a 100-brief pack.
        table = zlib.compress(bytes(xref[:xref_number * _ENTRY.size]) +
                              _ENTRY.pack(1, len(body), 0), 1)
        trailer = (b"%d 0 obj\n<< /Type /XRef /Size %d /W [ 1 4 2 ] /Root %d 0 R /Info %d 0 R "
                   b"/ID [ <%s> <%s> ] /Filter /FlateDecode /Length %d >>\nstream\n" % (
                       xref_number, size, CATALOG, INFO, identifier, identifier, len(table)))
        return b"".join([body, trailer, table,
                         b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % len(body)])


def _refs(numbers: Sequence[int]) -> bytes:
    return b" ".join(b"%d 0 R" % n for n in numbers)


def _outline_objects(outline: Sequence[Outline], first: int,
                     pages: Sequence[int]) -> list[tuple[int, bytes]]:
    """The outline root and its items (numbered from `first`), every level open."""
    numbers: dict[int, int] = {}  # id(item) → object number
    next_number = first
    for item in outline:
        for node in (item, *item.children):
            numbers[id(node)] = next_number
            next_number += 1
    objects = []

    def write(items: Sequence[Outline], parent: int) -> None:
        for position, item in enumerate(items):
            entries = [b"/Title " + pikepdf.String(item.title).unparse(),
                       b"/Parent %d 0 R" % parent,
                       b"/Dest [ %d 0 R /Fit ]" % pages[item.page],
                       b"/Count %d" % len(item.children)]
            if position:
                entries.append(b"/Prev %d 0 R" % numbers[id(items[position - 1])])
            if position + 1 < len(items):
                entries.append(b"/Next %d 0 R" % numbers[id(items[position + 1])])
            if item.children:
                entries.append(b"/First %d 0 R /Last %d 0 R" % (
                    numbers[id(item.children[0])], numbers[id(item.children[-1])]))
            number = numbers[id(item)]
            objects.append((number, b"%d 0 obj\n<< %s >>\nendobj\n" % (
                number, b" ".join(entries))))
            write(item.children, number)

    write(outline, OUTLINES)
    visible = len(numbers)
    root = b"<< /Type /Outlines /Count %d" % visible
    if outline:
        root += b" /First %d 0 R /Last %d 0 R" % (numbers[id(outline[0])],
                                                  numbers[id(outline[-1])])
    objects.insert(0, (OUTLINES, b"%d 0 obj\n%s >>\nendobj\n" % (OUTLINES, root)))
    return objects
