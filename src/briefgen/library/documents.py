"""One article out of a web page, PDF, DOCX, text file, or each entry of a feed."""

from __future__ import annotations

import io
import re
import time
import zipfile
from collections.abc import Iterator

from ..errors import Problem, SourceError
from .intake import Article, Skipped, clean_field

MIN_PAGE_WORDS = 12


def _refuse(name: str, message: str) -> SourceError:
    return SourceError([Problem(name, None, None, message)])


def html_article(html: str, name: str, url: str | None = None) -> Article:
    """The article of a saved web page, furniture left out (trafilatura)."""
    import trafilatura

    document = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                           include_comments=False, include_images=False,
                                           include_tables=True, favor_precision=True,
                                           as_dict=False)
    if isinstance(document, dict):  # as_dict=False gives a Document; the type says either
        raise AssertionError("trafilatura gave a dict")
    text = (document.text or "").strip() if document is not None else ""
    if document is None or not text:
        raise _refuse(name, "no article text found in this page (only navigation or "
                            "furniture); save the article's own page, or add its text as .txt")
    title = _clean(document.title)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if lines and title and lines[0] == title:
        lines = lines[1:]  # the headline is the title, not a paragraph
    if len(" ".join(lines).split()) < MIN_PAGE_WORDS:
        # What is left of a page without an article: a menu, a copyright line.
        raise _refuse(name, "no article text found in this page (only navigation or "
                            "furniture); save the article's own page, or add its text as .txt")
    return Article(text="\n".join(lines), where=name, format="html", title=title,
                   outlet=_clean(document.sitename), published=_clean(document.date),
                   author=_clean(document.author), url=_clean(document.url) or url)


def text_article(text: str, name: str, url: str | None = None) -> Article:
    if not text.strip():
        raise _refuse(name, "empty: no text to add")
    return Article(text=text, where=name, format="text", url=url)


def docx_article(data: bytes, name: str, url: str | None = None) -> Article:
    """The paragraphs of a DOCX, in the document's order (right-to-left ones too).

    No date: a document's creation time is when it was typed, not published (--date)."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    _refuse_a_zip_bomb(data, name)
    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError) as exc:
        raise _refuse(name, f"is a ZIP file but not a Word document (.docx) ({exc})") from None
    except Exception as exc:  # noqa: BLE001 - lxml and zipfile raise many kinds on junk
        raise _refuse(name, f"cannot be read as a Word document ({type(exc).__name__})") \
            from None
    lines = [p.text.strip() for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        for row in table.rows:
            lines.extend(c.text.strip() for c in row.cells if c.text.strip())
    if not lines:
        raise _refuse(name, "the document holds no text")
    properties = document.core_properties
    title = _clean(properties.title)
    if title is None and document.paragraphs and document.paragraphs[0].style is not None \
            and (document.paragraphs[0].style.name or "").startswith(("Title", "Heading")):
        title, lines = lines[0], lines[1:]
    if not lines:
        raise _refuse(name, "the document holds a title but no text")
    return Article(text="\n".join(lines), where=name, format="docx", title=title,
                   author=_clean(properties.author), url=url)


MAX_DOCX_UNPACKED_BYTES = 200_000_000


def _refuse_a_zip_bomb(data: bytes, name: str) -> None:
    """A DOCX is read whole into memory: refuse one that unpacks to more than a limit (a few
    hundred kilobytes can unpack to gigabytes). zipfile gives no more than the sizes the
    archive declares, so the declared sizes are what is checked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise _refuse(name, f"is a damaged ZIP file, not a Word document ({exc})") from None
    if unpacked > MAX_DOCX_UNPACKED_BYTES:
        raise _refuse(name, f"unpacks to {unpacked:,} bytes, over the limit of "
                            f"{MAX_DOCX_UNPACKED_BYTES:,} for a document; is it the right file?")


def pdf_article(data: bytes, name: str, url: str | None = None) -> Article:
    """The text layer of a PDF with its Arabic put right; refuse one without."""
    from .pdftext import pdf_text

    text, title, author = pdf_text(data, name)
    return Article(text=text, where=name, format="pdf", title=title, author=author, url=url)


def feed_articles(data: bytes, name: str) -> Iterator[Article | Skipped]:
    """Each entry of an RSS or Atom feed as an article."""
    import feedparser

    feed = feedparser.parse(data)
    if not feed.entries:
        raise _refuse(name, "the feed has no entries; nothing to add")
    outlet = _clean(feed.feed.get("title"))
    for number, entry in enumerate(feed.entries, start=1):
        where = f"{name}: entry {number}"
        body = ""
        if entry.get("content"):
            body = entry.content[0].get("value", "")
        body = body or entry.get("summary", "")
        text = fragment_text(body)
        title = _clean(entry.get("title"))
        link = _clean(entry.get("link"))
        if not text:
            yield Skipped(where, "empty entry: no content or summary", title, link)
            continue
        parsed = entry.get("published_parsed") or entry.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", parsed) if parsed else None
        yield Article(text=text, where=where, format="feed", title=title, outlet=outlet,
                      published=published, author=_clean(entry.get("author")), url=link,
                      entry=f"entry {number}")


_BLOCKS = ("p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr")


def fragment_text(html: str) -> str:
    """The text of an HTML fragment, a paragraph a line."""
    if "<" not in html:
        return "\n".join(line.strip() for line in html.splitlines() if line.strip())
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except Exception:  # noqa: BLE001 - lxml's parser errors on junk
        return re.sub(r"<[^>]+>", " ", html).strip()
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
    text = root.text_content()
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _clean(value: object) -> str | None:
    return clean_field(str(value)) if value is not None else None
