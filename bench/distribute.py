"""Benchmark reader copies: 50 stamped, signed copies of a 100-brief pack (~570 pages).

    python bench/distribute.py                 # builds the 100-brief pack first (~2 min)
    python bench/distribute.py --dist DIR      # reuse a build's dist/ (pack.pdf, pack.docx)
    python bench/distribute.py --readers 10 --briefs 20

Target: 50 copies in at most 60 s on the project's 2-core machine. The build is not timed.
A release is laid out from the build (its PDFs signed, as `briefgen release` does with a desk
key), then `distribute` writes one copy per reader (PDF and DOCX, each PDF signed).

Printed: the whole distribution's seconds, the median seconds a copy (PDF stamp and signature,
DOCX stamp, writing), the sizes of the release's pack and of a copy, and, measured in the same
process on the same pack, the two ways of stamping that were not chosen:

- pyhanko_read_s: pyHanko's IncrementalPdfFileWriter only reading the pack (its xref in pure
  Python), before any stamping or signing;
- pikepdf_rewrite_s: pikepdf opening and saving the whole pack, the floor of any stamping
  that writes the PDF again instead of appending a revision.

The last line printed is one JSON object with those keys.
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from releases import make_release  # noqa: E402

from briefgen import copies  # noqa: E402
from briefgen.build import build, default_jobs  # noqa: E402
from briefgen.readers import Reader  # noqa: E402
from briefgen.signing import load_pkcs12, make_key  # noqa: E402

CLEARANCES = ("SECRET", "CONFIDENTIAL")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, help="a build's dist/ to use instead of building")
    parser.add_argument("--briefs", type=int, default=100)
    parser.add_argument("--readers", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-distribute-") as scratch:
        work = Path(scratch)
        dist = args.dist
        if dist is None:
            from pack import make_project

            project = make_project(work / "project", args.briefs)
            dist = work / "project" / "dist"
            started = time.perf_counter()
            build(project, [project.root / "briefs"], dist, ("pdf", "docx"),
                  jobs=default_jobs())
            print(f"built {args.briefs} briefs in {time.perf_counter() - started:.1f} s")
        make_key("Bench Desk", work / "desk.p12", b"bench")
        signer = load_pkcs12(work / "desk.p12", b"bench")
        make_release(dist, work / "releases", 1, "CONFIDENTIAL", signer)
        release = copies.open_release(work / "releases", "1")
        readers = [Reader(f"reader-{n:02d}", f"Reader {n}", "Bench Ministry",
                          CLEARANCES[n % 2]) for n in range(args.readers)]
        pack = (release.folder / "pack.pdf").read_bytes()
        import pikepdf

        with pikepdf.open(io.BytesIO(pack)) as pdf:
            pages = len(pdf.pages)

        stamps: list[float] = []
        started = time.perf_counter()

        def report(line: str) -> None:
            stamps.append(time.perf_counter())

        made, _ = copies.distribute(release, readers, work / "outbox", signer, report=report)
        total = time.perf_counter() - started
        per_copy = [b - a for a, b in zip([started, *stamps], stamps, strict=False)]
        copy_pdf = (work / "outbox" / readers[0].id / "pack.pdf").stat().st_size
        copy_docx = (work / "outbox" / readers[0].id / "pack.docx").stat().st_size

        from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

        began = time.perf_counter()
        IncrementalPdfFileWriter(io.BytesIO(pack), strict=False)
        pyhanko_read = time.perf_counter() - began
        began = time.perf_counter()
        with pikepdf.open(io.BytesIO(pack)) as pdf:
            pdf.save(io.BytesIO())
        pikepdf_rewrite = time.perf_counter() - began

    result = {
        "pages": pages, "copies": len(made), "total_s": round(total, 2),
        "copy_median_s": round(statistics.median(per_copy), 3),
        "copy_first_s": round(per_copy[0], 3),
        "pack_pdf_mib": round(len(pack) / 2**20, 2),
        "copy_pdf_mib": round(copy_pdf / 2**20, 2),
        "copy_docx_mib": round(copy_docx / 2**20, 2),
        "pyhanko_read_s": round(pyhanko_read, 2),
        "pikepdf_rewrite_s": round(pikepdf_rewrite, 2),
        "target_total_s": 60,
    }
    print(f"{len(made)} copies of a {pages}-page pack in {total:.1f} s (target ≤ 60 s); "
          f"median {result['copy_median_s']} s a copy (the first {result['copy_first_s']} s)")
    print(f"pack.pdf {result['pack_pdf_mib']} MiB → a copy {result['copy_pdf_mib']} MiB, "
          f"pack.docx copy {result['copy_docx_mib']} MiB")
    print(f"not chosen: pyHanko reading the pack {pyhanko_read:.2f} s; pikepdf rewriting it "
          f"{pikepdf_rewrite:.2f} s")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
