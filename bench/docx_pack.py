"""Benchmark pack.docx in a rebuild: parts joined by docxzip against zipfile at level 1.

    python bench/docx_pack.py                 # 20 and 100 synthetic briefs
    python bench/docx_pack.py --briefs 20 --repeat 9

What a rebuild after one edited spec does for pack.docx, both ways, taken in turns in one
process (medians of --repeat turns):

- docxzip (briefgen's way): every brief's part is kept deflated (PackDocxPart); the rebuild
  reads the other parts from cache files, makes the edited brief's part (serialize and
  deflate), and joins the parts' deflate streams into document.xml (docxzip.join,
  crc32_combine) and the zip (docxzip.write_zip); shared members are deflated once a process.
- zipfile: every brief's part is kept as its XML, with a CRC-32 checked on read as the cache
  checks its entries; the rebuild reads the other parts, makes the edited one (serialize
  only), and writes pack.docx with the standard zipfile at compresslevel=1, every member
  deflated again.

The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import struct
import sys
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from pack import make_project  # noqa: E402

from briefgen.inputs import find_specs, load_briefs, load_registry  # noqa: E402
from briefgen.pack import plan_pack  # noqa: E402
from briefgen.render.docx import (  # noqa: E402
    _BRIEFS_GO_HERE,
    PackDocxPart,
    _DocxPack,
    pack_docx_part,
    pack_part_xml,
    render_docx,
    render_pack_docx,
    set_properties,
)
from briefgen.sources import load_library  # noqa: E402

_XML_HEADER = struct.Struct("<L")


def xml_part(number: int, brief_docx: bytes) -> bytes:
    """pack_docx_part without the deflate: the XML pack.docx's document.xml holds."""
    return pack_part_xml(number, brief_docx)


def xml_to_bytes(xml: bytes) -> bytes:
    return _XML_HEADER.pack(zlib.crc32(xml)) + xml


def xml_from_bytes(data: bytes) -> bytes:
    (check,) = _XML_HEADER.unpack_from(data)
    xml = data[_XML_HEADER.size:]
    if zlib.crc32(xml) != check:
        raise ValueError("damaged")
    return xml


class ZipfilePack(_DocxPack):
    """_DocxPack.build with the parts as XML and the zip written by zipfile, level 1."""

    def build(self, parts) -> bytes:  # parts: the briefs' XML, in order
        self.cover()
        self.contents()
        from lxml import etree

        self.document.element.body.sectPr.addprevious(etree.Comment(_BRIEFS_GO_HERE))
        self.sources_appendix()
        pack = self.pack
        set_properties(self.document, pack.title.value, pack.subject, pack.author,
                       pack.topics, pack.classification, pack.date)
        main = self.document.part.partname.membername
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
            for name, blob in self.members(self.characters()):  # with the fonts, as briefgen
                if name == main:
                    head, _, tail = blob.partition(f"<!--{_BRIEFS_GO_HERE}-->".encode())
                    blob = b"".join([head, *parts, tail])
                entry = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.create_system = 3
                entry.external_attr = 0o644 << 16
                archive.writestr(entry, blob, compresslevel=1)
        return out.getvalue()


def measure(count: int, repeat: int) -> dict:
    with tempfile.TemporaryDirectory(prefix="briefgen-bench-docx-") as tmp:
        project = make_project(Path(tmp) / "project", count)
        briefs = load_briefs(find_specs([project.root / "briefs"]), load_library(project),
                             load_registry(project))
        plan = plan_pack(briefs, [5] * len(briefs), None)
        brief_docx = [render_docx(brief) for brief in briefs]
        cache = Path(tmp) / "cache"
        cache.mkdir()
        for number, data in enumerate(brief_docx, start=1):
            (cache / f"a{number}").write_bytes(pack_docx_part(number, data).to_bytes())
            (cache / f"b{number}").write_bytes(xml_to_bytes(xml_part(number, data)))
        edited = 1

        def rebuild_docxzip() -> bytes:
            parts = [pack_docx_part(n, brief_docx[n - 1]) if n == edited
                     else PackDocxPart.from_bytes((cache / f"a{n}").read_bytes())
                     for n in range(1, count + 1)]
            return render_pack_docx(plan, parts)

        def rebuild_zipfile() -> bytes:
            parts = [xml_part(n, brief_docx[n - 1]) if n == edited
                     else xml_from_bytes((cache / f"b{n}").read_bytes())
                     for n in range(1, count + 1)]
            return ZipfilePack(plan).build(parts)

        a, b = rebuild_docxzip(), rebuild_zipfile()  # warm: templates, shared members
        with zipfile.ZipFile(io.BytesIO(a)) as za, zipfile.ZipFile(io.BytesIO(b)) as zb:
            assert za.namelist() == zb.namelist()
            assert all(za.read(n) == zb.read(n) for n in za.namelist()), "contents differ"
        turns = []
        for _ in range(repeat):
            times = []
            for function in (rebuild_docxzip, rebuild_zipfile):
                started = time.perf_counter()
                function()
                times.append(time.perf_counter() - started)
            turns.append(times)
        docxzip_ms = statistics.median(t[0] for t in turns) * 1000
        zipfile_ms = statistics.median(t[1] for t in turns) * 1000
        return {
            "briefs": count,
            "docxzip_ms": round(docxzip_ms, 1),
            "zipfile_ms": round(zipfile_ms, 1),
            "saved_ms": round(statistics.median(t[1] - t[0] for t in turns) * 1000, 1),
            "ratio": round(statistics.median(t[1] / t[0] for t in turns), 2),
            "docxzip_bytes": len(a),
            "zipfile_bytes": len(b),
            "cached_docxzip_bytes": sum(f.stat().st_size for f in cache.glob("a*")),
            "cached_zipfile_bytes": sum(f.stat().st_size for f in cache.glob("b*")),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--briefs", type=int, action="append")
    parser.add_argument("--repeat", type=int, default=15)
    args = parser.parse_args()
    results = [measure(count, args.repeat) for count in (args.briefs or [20, 100])]
    for result in results:
        print(f"{result['briefs']:>4} briefs: docxzip {result['docxzip_ms']} ms, zipfile "
              f"{result['zipfile_ms']} ms, saved {result['saved_ms']} ms (ratio "
              f"{result['ratio']}); pack.docx {result['docxzip_bytes']} vs "
              f"{result['zipfile_bytes']} bytes")
    print(json.dumps(results))


if __name__ == "__main__":
    main()
