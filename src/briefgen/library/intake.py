"""What `briefgen add` reads: a file or URL, told apart by its bytes, turned into articles.

Each input gives one Original (the bytes it came from, kept for provenance) and the articles
in it: one for a page, PDF, DOCX or text file, one per entry of a feed or dump. An input that
cannot be read at all raises SourceError; a bad entry inside a dump is a Skipped, with the
line it is on, and the rest goes on.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import re
import zipfile
import zlib
from collections.abc import Container, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..arabic.text import BIDI_CONTROLS
from ..errors import Problem, SourceError
from ..files import UTF16_BOMS, not_utf8_advice, read_regular, utf16_without_bom

# One page, PDF or document; a dump may be larger, and is read as a stream.
MAX_FILE_BYTES = 50_000_000
MAX_DUMP_BYTES = 200_000_000  # on disk (compressed or not)
MAX_DUMP_TEXT_BYTES = 2_000_000_000  # a gzip dump, once decompressed
MAX_ARTICLE_CHARS = 1_000_000
MAX_LINE_BYTES = 10_000_000  # one article of a dump

CORPUS_FIELDS = {"title": "title", "content": "content", "source": "source", "url": "url",
                 "date_extracted": "date_extracted", "author": "author"}


@dataclass(frozen=True)
class Article:
    """One article taken from an input, before it is given an id."""

    text: str  # one paragraph a line
    where: str  # the input, and the entry in it, for messages
    format: str
    title: str | None = None
    title_en: str | None = None
    outlet: str | None = None
    published: str | None = None
    author: str | None = None
    url: str | None = None
    entry: str | None = None
    fingerprint: str | None = None  # SHA-256 of the entry as read, where cheap to know
    date_given: str | None = None  # the input's date field as written, when none could be read


@dataclass(frozen=True)
class Skipped:
    """An entry of an input that gave no article, and why."""

    where: str
    reason: str
    title: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Seen:
    """An entry read before, known by its fingerprint without being parsed or cleaned."""

    where: str
    fingerprint: str


@dataclass(frozen=True)
class Original:
    """The bytes an input came from: kept in the library, named by their SHA-256."""

    sha256: str
    suffix: str
    content: Path | bytes


@dataclass(frozen=True)
class Input:
    """An opened input: its original and a way to read its articles."""

    name: str
    original: Original
    kind: str
    articles: Iterator[Article | Skipped | Seen]


def open_file(path: Path, field_map: dict[str, str] | None = None,
              known: Container[str] = ()) -> Input:
    """Read `path` by what its bytes are, not its name; SourceError if it cannot be.

    A dump's entries whose fingerprints are `known` come as Seen, not parsed."""
    head = _head(path)
    if head.startswith(b"\x1f\x8b") or _looks_like_dump(head):
        return _open_dump(path, field_map or {}, known)
    data = read_regular(path, MAX_FILE_BYTES, "file", SourceError,
                        fix="add a single article, page, PDF or document")
    return open_bytes(data, str(path), suffix=path.suffix.lower(), field_map=field_map,
                      known=known)


def open_bytes(data: bytes, name: str, suffix: str = "", url: str | None = None,
               field_map: dict[str, str] | None = None, known: Container[str] = ()) -> Input:
    """Read bytes (a file's, or a URL's) by what they are."""
    from . import documents

    digest = hashlib.sha256(data).hexdigest()

    def made(kind: str, suffix: str, articles: Iterator[Article | Skipped]) -> Input:
        return Input(name, Original(digest, suffix, data), kind, articles)

    if data.startswith(b"%PDF-"):
        return made("pdf", ".pdf", iter([documents.pdf_article(data, name, url)]))
    if data.startswith(b"PK\x03\x04"):
        return made("docx", ".docx", iter([documents.docx_article(data, name, url)]))
    if data.startswith(b"\x1f\x8b") or _looks_like_dump(data[:4096]):
        return _dump_of_bytes(data, name, field_map or {}, known)
    text = decode_text(data, name)
    if data.startswith(UTF16_BOMS) and _looks_like_dump(
            text[:4096].encode("utf-8")):  # not one article of JSON text
        raise _refuse(name, "is a JSON dump in UTF-16, not UTF-8; convert it, e.g. iconv -f "
                            "UTF-16 -t UTF-8")
    start = text.lstrip()[:2048].lower()
    if start.startswith("<"):
        if re.search(r"<(rss|feed|rdf:rdf)[\s>]", start):
            return made("feed", ".xml", documents.feed_articles(data, name))
        if re.search(r"<(!doctype html|html|head|body|meta|title|div|article|p)[\s>]", start):
            return made("html", ".html", iter([documents.html_article(text, name, url)]))
    if suffix in (".html", ".htm", ".xhtml"):
        raise _refuse(name, "is named as a web page but holds no HTML; is it the right file?")
    return made("text", ".txt", iter([documents.text_article(text, name, url)]))


def decode_text(data: bytes, name: str) -> str:
    """Bytes as UTF-8 text, or SourceError for binary data or another encoding."""
    if data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        raise _refuse(name, "is UTF-32, not UTF-8; convert it, e.g. iconv -f UTF-32 -t UTF-8")
    encoding = utf16_without_bom(data)
    if encoding is None and data.startswith(UTF16_BOMS):
        return data.decode("utf-16")
    if encoding:
        raise _refuse(name, f"is {encoding} without a byte-order mark, not UTF-8; convert it, "
                            f"e.g. iconv -f {encoding} -t UTF-8")
    if b"\0" in data[:65536]:
        raise _refuse(name, "is binary data, not a page, PDF, DOCX, feed, dump or text; "
                            "is it the right file?")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError([Problem(name, line, None,
                                   f"is not UTF-8 text (byte 0x{data[exc.start]:02x}); "
                                   f"{not_utf8_advice(data)}")]) from None


def _refuse(name: str, message: str) -> SourceError:
    return SourceError([Problem(name, None, None, message)])


def _head(path: Path) -> bytes:
    # read_regular with a tiny limit would refuse the file; only the checks are wanted here.
    import os
    import stat

    try:
        status = os.stat(path)
    except FileNotFoundError:
        raise _refuse(str(path), "no such file") from None
    except OSError as exc:
        raise _refuse(str(path), f"cannot read: {exc.strerror}") from None
    if stat.S_ISDIR(status.st_mode):
        raise _refuse(str(path), "is a folder; name the files in it (e.g. folder/*.html)")
    if not stat.S_ISREG(status.st_mode):
        raise _refuse(str(path), "is not a regular file (a pipe or a device)")
    if status.st_size > MAX_DUMP_BYTES:
        raise _refuse(str(path), f"is {status.st_size:,} bytes, over the limit of "
                                 f"{MAX_DUMP_BYTES:,}; split it into smaller files")
    with open(path, "rb") as file:
        return file.read(4096)


def _looks_like_dump(head: bytes) -> bool:
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    return start.startswith((b"{", b"["))


# -- dumps: JSON Lines or a JSON array, gzip or not ---------------------------------------


def _open_dump(path: Path, field_map: dict[str, str], known: Container[str]) -> Input:
    if path.stat().st_size > MAX_DUMP_BYTES:
        raise _refuse(str(path), f"is over the limit of {MAX_DUMP_BYTES:,} bytes")
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        magic = file.read(2)  # gzip's, or a dump's first bytes
        digest.update(magic)
        for block in iter(lambda: file.read(1 << 20), b""):
            digest.update(block)
    gz = magic == b"\x1f\x8b"
    suffix = ".jsonl.gz" if gz else ".jsonl"
    if gz:
        _check_gzip(path)

    def lines() -> Iterator[bytes]:
        raw = gzip.open(path, "rb") if gz else open(path, "rb")  # noqa: SIM115 - closed below
        # A large buffer: gzip's own readline goes a few kilobytes at a time.
        with io.BufferedReader(raw, buffer_size=1 << 20) as file:
            read = number = 0
            # A line at most so long: a gzip bomb of one endless line never fills memory.
            while line := _next_line(file, path):
                number += 1
                read += len(line)
                if read > MAX_DUMP_TEXT_BYTES:
                    raise _refuse(str(path), "decompresses to more than "
                                             f"{MAX_DUMP_TEXT_BYTES:,} bytes; split it")
                if len(line) > MAX_LINE_BYTES:
                    raise SourceError([Problem(path, number, None,
                                               f"line is over {MAX_LINE_BYTES:,} bytes; is "
                                               "this JSON Lines, one article a line?")])
                yield line

    return Input(str(path), Original(digest.hexdigest(), suffix, path), "jsonl",
                 dump_articles(lines(), str(path), field_map, known))


def _check_gzip(path: Path) -> None:
    """Read a gzip dump through once before any of it is added: its check value (CRC) is only
    tested at the end, so a dump damaged in the middle would otherwise add damaged text, and
    one cut short as much as a buffer held."""
    read = 0
    try:
        with gzip.open(path, "rb") as file:
            while block := file.read(1 << 20):
                read += len(block)
                if read > MAX_DUMP_TEXT_BYTES:
                    raise _refuse(str(path), "decompresses to more than "
                                             f"{MAX_DUMP_TEXT_BYTES:,} bytes; split it")
    except (EOFError, OSError, zlib.error) as exc:
        raise _refuse(str(path), f"is a damaged gzip file, cut short or corrupt ({exc}); "
                                 "nothing of it was added") from None


def _next_line(file, path: Path) -> bytes:
    """The next line of a dump (at most one byte over the limit); a gzip file cut short or
    corrupt is refused by name (click would read its EOFError as a user's abort)."""
    try:
        return file.readline(MAX_LINE_BYTES + 1)
    except (EOFError, OSError, zlib.error) as exc:
        raise _refuse(str(path), f"is a damaged gzip file, cut short or corrupt ({exc})") from None


def _dump_of_bytes(data: bytes, name: str, field_map: dict[str, str],
                   known: Container[str]) -> Input:
    digest = hashlib.sha256(data).hexdigest()
    if data.startswith(b"\x1f\x8b"):
        try:
            text = gzip.decompress(data)
        except (OSError, EOFError) as exc:
            raise _refuse(name, f"is a damaged gzip file ({exc})") from None
    else:
        text = data
    return Input(name, Original(digest, ".jsonl.gz" if text is not data else ".jsonl", data),
                 "jsonl", dump_articles(iter(text.splitlines(keepends=True)), name, field_map,
                                        known))


def dump_articles(lines: Iterator[bytes], name: str, field_map: dict[str, str],
                  known: Container[str] = ()) -> Iterator[Article | Skipped | Seen]:
    """Articles of JSON Lines, or of one JSON array (the whole input then), by field name."""
    names = {**CORPUS_FIELDS, **field_map}
    salt = repr(sorted(names.items())).encode()
    first = next(lines, b"")
    if first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        whole = first + b"".join(lines)
        try:
            items = json.loads(whole.decode("utf-8-sig"))
        except (ValueError, UnicodeDecodeError, RecursionError) as exc:
            # (a RecursionError: brackets nested past Python's depth, no array of articles)
            raise _refuse(name, f"is not a JSON array of articles ({exc}); nothing was "
                                "added") from None
        if not isinstance(items, list):
            raise _refuse(name, "is JSON but not an array of articles")
        for number, item in enumerate(items, start=1):
            yield _dump_article(item, f"{name}: item {number}", f"item {number}", names)
        return
    if first:
        yield from _dump_line(first, name, 1, names, salt, known)
    for number, raw in enumerate(lines, start=2):
        yield from _dump_line(raw, name, number, names, salt, known)


def _dump_line(raw: bytes, name: str, number: int, names: dict[str, str], salt: bytes,
               known: Container[str]) -> Iterator[Article | Skipped | Seen]:
    if not raw.strip():
        return
    where = f"{name}:{number}"
    fingerprint = hashlib.sha256(salt + raw.rstrip(b"\r\n")).hexdigest()
    if fingerprint in known:
        yield Seen(where, fingerprint)
        return
    try:
        item = json.loads(raw.decode("utf-8-sig" if number == 1 else "utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        yield Skipped(where, f"line {number} is not a JSON object ({exc}); the other lines "
                             "are read")
        return
    yield _dump_article(item, where, f"line {number}", names, fingerprint)


def _dump_article(item: object, where: str, entry: str, names: dict[str, str],
                  fingerprint: str | None = None) -> Article | Skipped:
    if not isinstance(item, dict):
        return Skipped(where, "is not a JSON object of an article")

    wrong = [f"'{names[key]}' is {type(item[names[key]]).__name__}, not text"
             for key in CORPUS_FIELDS if key != "date_extracted"  # no date: undated, said
             and not isinstance(item.get(names[key]), str | None)]
    if wrong:  # a list or object would be kept as its Python repr
        return Skipped(where, "; ".join(wrong), *(clean_field(item.get(names[k]))
                                                  for k in ("title", "url")))

    def field(key: str) -> str | None:
        value = item.get(names[key])
        return value.strip() or None if value is not None else None

    text = field("content")
    title, url = field("title"), field("url")
    date = item.get(names["date_extracted"])
    said_date = (field("date_extracted") if isinstance(date, str | None)
                 else json.dumps(date, ensure_ascii=False)[:80])  # 20150721, true: no date
    if not text:
        return Skipped(where, f"empty article: no '{names['content']}'", title, url)
    if len(text) > MAX_ARTICLE_CHARS:
        return Skipped(where, f"article is over {MAX_ARTICLE_CHARS:,} characters", title, url)
    return Article(text=text, where=where, format="jsonl", title=clean_field(title),
                   outlet=clean_field(field("source")),
                   published=(published := _date_of(said_date)),
                   date_given=None if published else said_date,
                   author=clean_field(field("author")), url=clean_field(url), entry=entry,
                   fingerprint=fingerprint)


_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff"
                          + "".join(sorted(BIDI_CONTROLS)) + "]")


def clean_field(value: object) -> str | None:
    """A title, outlet, author or URL as one line of printable text: whitespace runs made one
    space, control and bidi control characters (which no PDF, DOCX or terminal should get
    from an input) dropped; None for anything but text, or nothing left."""
    if not isinstance(value, str):
        return None
    text = " ".join(_UNPRINTABLE.sub("", " ".join(value.split())).split())
    return text or None


_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def _date_of(value: str | None) -> str | None:
    match = _DATE.match(value or "")
    return match.group(0) if match else None


def is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except zipfile.BadZipFile:
        return False
