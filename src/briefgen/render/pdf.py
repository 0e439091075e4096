"""HTML → PDF with WeasyPrint, sealed: it may read our templates and fonts, nothing else."""

from __future__ import annotations

import atexit
import logging
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from ..errors import RenderError
from ..pdfpack import install_weasyprint_patches
from .fonts import fonts_epoch


class _SubsettingNotice(logging.Filter):
    """Drop WeasyPrint's notices about how it subsets fonts, and nothing else.

    Without Debian's libharfbuzz-subset0 WeasyPrint falls back to fontTools and says so once
    per font; the PDF is still right, so a user need not see it. Other warnings (a glyph
    missing from every font, CSS it ignores) still reach the user.
    """

    NOTICES = ("Using fontTools instead of HarfBuzz-Subset", "Unable to subset")

    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith(self.NOTICES)


_NOTICE_FILTER = _SubsettingNotice()


def _quiet_weasyprint() -> None:
    logger = logging.getLogger("weasyprint")
    if _NOTICE_FILTER not in logger.filters:
        logger.addFilter(_NOTICE_FILTER)
    for name in ("fontTools", "fontTools.subset", "fontTools.ttLib"):
        logging.getLogger(name).setLevel(logging.ERROR)  # fontTools' own chatter when subsetting


def sealed_fetcher(allowed_dirs: Sequence[Path]):
    """Return a WeasyPrint URL fetcher allowing data: URLs and files inside `allowed_dirs`."""
    from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

    roots = tuple(Path(d).resolve() for d in allowed_dirs)

    class SealedFetcher(URLFetcher):
        def __init__(self):
            super().__init__(allowed_protocols=("data",), allow_redirects=False, timeout=1)
            self.blocked: list[str] = []

        def fetch(self, url, headers=None):
            scheme = url.split(":", 1)[0].lower()
            if scheme == "data":
                return super().fetch(url, headers)
            if scheme == "file":
                path = Path(unquote(urlsplit(url).path)).resolve()
                if any(path.is_relative_to(root) for root in roots) and path.is_file():
                    return URLFetcherResponse(path.as_uri(), path.read_bytes())
            self.blocked.append(url)
            error = FatalURLFetchingError(f"briefgen does not fetch {url}")
            raise error

    return SealedFetcher()


PDF_VARIANT = "pdf/ua-1"  # tagged, with a structure tree a screen reader can follow
SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"  # https://reproducible-builds.org/specs/source-date-epoch/


@lru_cache(maxsize=4)
def _fetcher(allowed_dirs: tuple[Path, ...]):
    return sealed_fetcher(allowed_dirs)


@lru_cache(maxsize=4)
def _prepared_cached(stylesheets: tuple[str, ...], allowed_dirs: tuple[Path, ...],
                     base_url: str | None):
    """Parse stylesheets and load fonts once per process for each set of styles."""
    import weasyprint
    from weasyprint.text.fonts import FontConfiguration

    _unpack_fonts_into_font_folder()
    fetcher = _fetcher(allowed_dirs)
    font_config = FontConfiguration()  # @font-face rules only apply through one of these
    css = [weasyprint.CSS(string=text, base_url=base_url, url_fetcher=fetcher,
                          font_config=font_config)
           for text in stylesheets]
    return font_config, css


def _prepared(stylesheets: tuple[str, ...], allowed_dirs: tuple[Path, ...],
              base_url: str | None):
    global _release_registered
    if not _release_registered:
        # Let go of the fonts before interpreter shutdown, when WeasyPrint's FontConfiguration
        # can no longer clean up after itself and would print an ignored exception.
        atexit.register(_prepared_cached.cache_clear)
        _release_registered = True
    return _prepared_cached(stylesheets, allowed_dirs, base_url)


_release_registered = False

# Where FontConfigurations unpack their fonts while a font_folders() block runs, else None.
_font_folder: Path | None = None


@contextmanager
def font_folders() -> Iterator[None]:
    """Unpack fonts into one temporary folder while the block runs, and remove it after.

    Each WeasyPrint FontConfiguration copies the faces into a mkdtemp() folder of its own and
    removes it only when finalised. Worker processes keep theirs (see _prepared_cached) and
    end with os._exit, so theirs never are; a worker stopped by the time limit or killed
    neither. Processes forked inside the block unpack into this block's folder, which the
    block removes however they ended; this process's fonts loaded in the block go with it.
    """
    global _font_folder
    _sweep_font_folders()
    folder = Path(tempfile.mkdtemp(prefix=f"{_FONT_FOLDER_PREFIX}{os.getpid()}-"))
    outer, _font_folder = _font_folder, folder
    try:
        yield
    finally:
        _font_folder = outer
        _prepared_cached.cache_clear()  # their files are about to go
        shutil.rmtree(folder, ignore_errors=True)


_FONT_FOLDER_PREFIX = "briefgen-fonts-"


def _sweep_font_folders() -> None:
    """Remove the font folders of builds that were killed outright (SIGKILL, power cut):
    each folder is named after its process, and one whose process is gone is left over."""
    try:
        entries = list(Path(tempfile.gettempdir()).glob(f"{_FONT_FOLDER_PREFIX}*-*"))
    except OSError:
        return
    for entry in entries:
        pid = entry.name[len(_FONT_FOLDER_PREFIX):].split("-", 1)[0]
        if not pid.isdigit() or entry.is_symlink() or not entry.is_dir():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(entry, ignore_errors=True)
        except (PermissionError, OverflowError):
            pass  # another user's live process, or not a pid at all


def _unpack_fonts_into_font_folder() -> None:
    from weasyprint.text import fonts

    if fonts.mkdtemp is _mkdtemp_in_font_folder:
        return
    if fonts.mkdtemp is not tempfile.mkdtemp:  # a WeasyPrint this was not written for
        raise RuntimeError("weasyprint.text.fonts no longer makes its font folders with "
                           "tempfile.mkdtemp; update briefgen.render.pdf.font_folders")
    fonts.mkdtemp = _mkdtemp_in_font_folder


def _mkdtemp_in_font_folder(suffix: str | None = None, prefix: str | None = None,
                            dir: str | Path | None = None) -> str:
    """WeasyPrint's mkdtemp: a folder in the font_folders() block's folder, if one runs."""
    return tempfile.mkdtemp(suffix, prefix, _font_folder if dir is None else dir)


@contextmanager
def _dated_by_the_fonts() -> Iterator[None]:
    """Date font subsets by the faces they are cut from, not by the clock.

    Without libharfbuzz-subset0 WeasyPrint subsets with fontTools, which writes the time of
    the render into each subset's `head` table unless SOURCE_DATE_EPOCH says otherwise; the
    faces are inputs of every rendering (and of every cache key), the clock is not. A value
    the caller set is put back after, but not used: cached renderings could not follow it.
    """
    previous = os.environ.get(SOURCE_DATE_EPOCH)
    os.environ[SOURCE_DATE_EPOCH] = str(fonts_epoch())
    try:
        yield
    finally:
        if previous is None:
            del os.environ[SOURCE_DATE_EPOCH]
        else:
            os.environ[SOURCE_DATE_EPOCH] = previous


def render_pdf(html: str, stylesheets: Sequence[str], allowed_dirs: Sequence[Path],
               base_url: str | None = None, tagged: bool = True) -> bytes:
    """Lay out `html` with `stylesheets` and return (tagged) PDF bytes."""
    import weasyprint
    from weasyprint.urls import FatalURLFetchingError

    _quiet_weasyprint()
    install_weasyprint_patches()
    allowed_dirs = tuple(allowed_dirs)
    fetcher = _fetcher(allowed_dirs)
    fetcher.blocked.clear()
    try:
        font_config, css = _prepared(tuple(stylesheets), allowed_dirs, base_url)
        document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
        variant = PDF_VARIANT if tagged else None
        with _dated_by_the_fonts():  # fonts are subset as the PDF is written
            laid_out = document.render(stylesheets=css, font_config=font_config,
                                       pdf_variant=variant)
            moved: list[str] = []
            for _ in range(_MAX_RELAYOUTS):
                stranded = [row for row in stranded_rows(laid_out) if row not in moved]
                if not stranded:
                    break
                moved += stranded
                rule = ", ".join(f"#{row}" for row in moved) + " { break-before: page; }"
                laid_out = document.render(
                    stylesheets=[*css, weasyprint.CSS(string=rule, font_config=font_config)],
                    font_config=font_config, pdf_variant=variant)
            return laid_out.write_pdf(pdf_variant=variant)
    except FatalURLFetchingError:
        raise RenderError(
            f"the document asks for {', '.join(fetcher.blocked)}; briefgen renders offline and "
            "reads only its templates and fonts: remove the reference"
        ) from None


# Layouts of one document at most: the first, and one more each time a row is moved down.
_MAX_RELAYOUTS = 4


def stranded_rows(document) -> list[str]:
    """Return the ids of what to move to the next page: each row that starts at the foot of
    a page with a cell left empty, or, for the first row of a table, the nearest element with
    an id around the table (the section, with its heading).

    A row that may break across pages (an excerpt: Arabic beside its English summary) starts
    wherever the previous row ends, but its cells break on their own: at a page's foot the
    English summary may fit where no line of the Arabic does, or the other way round. Such a
    row belongs on the next page; render_pdf lays the document out again with a break before
    it (WeasyPrint breaks before a row only between rows, hence the section for a first row).
    Rows without an id to name them in a rule are left as they are.
    """
    seen: set[int] = set()
    tables_started: set[int] = set()
    stranded: list[str] = []
    for page in document.pages:
        # (box, the nearest enclosing table element, the nearest enclosing element's id)
        stack: list[tuple[Any, Any, str | None]] = [(page._page_box, None, None)]
        while stack:
            box, table, holder = stack.pop()
            if getattr(box, "is_header", False) or getattr(box, "is_footer", False):
                continue  # a table's header rows, repeated on each page
            element = getattr(box, "element", None)
            tag = getattr(box, "element_tag", None)
            if tag == "tr" and element is not None:
                if id(element) not in seen:
                    seen.add(id(element))
                    first = table is not None and id(table) not in tables_started
                    if table is not None:
                        tables_started.add(id(table))
                    empty = [not _has_content(cell) for cell in box.children]
                    target = holder if first else element.get("id")
                    if any(empty) and not all(empty) and target and target not in stranded:
                        stranded.append(target)
                continue
            if tag == "table" and element is not None:
                table = element
            elif element is not None and element.get("id") and table is None:
                holder = element.get("id")
            stack.extend((child, table, holder)
                         for child in reversed(getattr(box, "children", ())))
    return stranded


def _has_content(cell) -> bool:
    return any(child.is_in_normal_flow() or child.is_floated() for child in cell.children)
