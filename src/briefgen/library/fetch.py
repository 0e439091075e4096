"""Fetch an article's URL for `briefgen add`: the only place briefgen reaches the network.

http and https only; a time limit, a size limit and at most a few redirects, each checked
like the first URL; never a loopback, private, link-local or otherwise special address
unless allowed. The name's addresses are checked before connecting (so a private port is
not even probed), and the address is checked again on the connected socket itself, so a
name that resolves to a public address once and a private one the next time gains nothing.
"""

from __future__ import annotations

import contextlib
import http.client
import ipaddress
import socket
import threading
import time
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from ..errors import Problem, SourceError

TIMEOUT_S = 20  # for each connect or read
TOTAL_TIMEOUT_S = 120  # for the whole fetch: a server sending a byte at a time ends too
MAX_BYTES = 20_000_000
MAX_REDIRECTS = 5
USER_AGENT = "briefgen (article intake; +https://example.invalid/briefgen)"


@dataclass(frozen=True)
class Fetched:
    url: str  # the final URL, after redirects
    data: bytes
    content_type: str


def fetch(url: str, allow_private: bool = False) -> Fetched:
    """The bytes at `url`, or SourceError saying why not."""
    original = url
    deadline = time.monotonic() + TOTAL_TIMEOUT_S
    for _ in range(MAX_REDIRECTS + 1):
        status, location, content_type, data = _get(url, original, allow_private, deadline)
        if location is None:
            if status != 200:
                raise _refuse(original, f"the server answered {status} for {url}")
            return Fetched(url, data, content_type)
        url = urljoin(url, location)
    raise _refuse(original, f"more than {MAX_REDIRECTS} redirects; add the final URL")


def _refuse(url: str, message: str) -> SourceError:
    return SourceError([Problem(url, None, None, message)])


def _get(url: str, original: str, allow_private: bool,
         deadline: float) -> tuple[int, str | None, str, bytes]:
    try:
        parts = urlsplit(url)
        port = parts.port  # ValueError for a port out of range or not a number
    except ValueError as exc:
        raise _refuse(original, f"{url} is not a valid URL ({exc})"
                      + (" (a redirect led there)" if url != original else "")) from None
    if parts.scheme not in ("http", "https"):
        raise _refuse(original, f"{url}: only http and https URLs are fetched"
                      + (" (a redirect led there)" if url != original else ""))
    if not parts.hostname:
        raise _refuse(original, f"{url}: no host in the URL")
    connection_type = (http.client.HTTPSConnection if parts.scheme == "https"
                       else http.client.HTTPConnection)
    try:
        connection = connection_type(parts.hostname, port, timeout=TIMEOUT_S)
    except http.client.InvalidURL as exc:  # a space or control character in the host
        raise _refuse(original, f"{url} is not a valid URL ({exc})") from None
    if not allow_private:  # before connecting: not even a probe of a private port
        try:
            addresses = {str(info[4][0]) for info in socket.getaddrinfo(
                parts.hostname, port or (443 if parts.scheme == "https" else 80),
                proto=socket.IPPROTO_TCP)}
        except (OSError, UnicodeError) as exc:
            raise _refuse(original, f"cannot find {parts.hostname}: {exc}") from None
        private = sorted(a for a in addresses if not _public(a))
        if private:
            raise _refuse(original, f"{url} is at {private[0]}, a private or loopback address; "
                                    "briefgen does not fetch those (--allow-private does)")
    try:
        try:
            connection.connect()
        except (OSError, http.client.HTTPException) as exc:
            raise _refuse(original, f"cannot connect to {parts.hostname}: {exc}") from None
        peer = connection.sock.getpeername()[0]
        if not allow_private and not _public(peer):
            raise _refuse(original, f"{url} is at {peer}, a private or loopback address; "
                                    "briefgen does not fetch those (--allow-private does)")
        expired = threading.Event()
        sock = connection.sock

        def expire() -> None:  # a read blocked past the deadline ends with the socket
            expired.set()
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

        timer = threading.Timer(max(0.0, deadline - time.monotonic()), expire)
        timer.daemon = True
        timer.start()
        try:
            answer = _exchange(connection, url, original)
        except SourceError:
            if not expired.is_set():
                raise
        finally:
            timer.cancel()
        if expired.is_set():  # what was read by then may be cut short: none of it is kept
            raise _refuse(original, f"fetching {url} took over {TOTAL_TIMEOUT_S} s; "
                                    "save the page and add the file")
        return answer
    finally:
        connection.close()


def _exchange(connection: http.client.HTTPConnection, url: str,
              original: str) -> tuple[int, str | None, str, bytes]:
    parts = urlsplit(url)
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    try:
        connection.request("GET", path, headers={"User-Agent": USER_AGENT,
                                                 "Accept": "*/*"})
        response = connection.getresponse()
        if response.status in (301, 302, 303, 307, 308):
            location = response.getheader("Location")
            if not location:
                raise _refuse(original, f"redirect without a Location from {url}")
            return response.status, location, "", b""
        length = response.getheader("Content-Length")
        if length and length.isdigit() and int(length) > MAX_BYTES:
            raise _refuse(original, f"{url} is {int(length):,} bytes, over the limit of "
                                    f"{MAX_BYTES:,}")
        data = response.read(MAX_BYTES + 1)
    except (OSError, http.client.HTTPException) as exc:
        raise _refuse(original, f"fetching {url} failed: {exc}") from None
    if len(data) > MAX_BYTES:
        raise _refuse(original, f"{url} is over the limit of {MAX_BYTES:,} bytes")
    return response.status, None, response.getheader("Content-Type") or "", data


def _public(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def is_url(text: str) -> bool:
    return "://" in text and text.split("://", 1)[0].isalpha()

