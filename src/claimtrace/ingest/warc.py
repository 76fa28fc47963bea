"""Web archives: every successful HTML response in a ``.warc``/``.warc.gz`` is one article.

Requests, metadata, revisits, redirects and non-HTML payloads (images, scripts, feeds) are
skipped silently: a crawl holds far more of those than articles, and none of them is an error.
"""
from __future__ import annotations

import gzip
import os
from email.message import Message
from typing import Iterator, Optional, Union

from warcio.archiveiterator import ArchiveIterator
from warcio.limitreader import LimitReader

from ..errors import too_large
from .inputs import Failure, RawItem

HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(path: str, *, max_bytes: int) -> Iterator[Union[RawItem, Failure]]:
    """Stream records; input is ``path#<target URI>``, meta.url the target URI.

    warcio is lenient (it reads legacy ARC lines, stops quietly at a cut-off record), so the
    checks that make a damaged archive visible live here: a damaged or truncated archive yields
    the complete records read so far, then one ``bad_warc`` Failure.
    """
    count = 0
    try:
        with open(path, "rb") as fh:
            records = ArchiveIterator(fh)
            end = 0  # file offset where the last complete record ends
            for record in records:
                count += 1
                if not str(record.format).startswith("warc"):
                    raise _Damaged(f"record {count} is not a WARC record ({record.format})")
                item = _record_item(path, record, max_bytes)
                _drain(record, count)  # checks the record is complete before it is used
                records.read_to_end()
                offset, length = records.member_info
                end = offset + length
                if item is not None:
                    yield item
            # A record cut off inside its headers ends iteration without an error: whatever
            # follows the last complete record must be blank.
            size = os.fstat(fh.fileno()).st_size
            if end < size:
                fh.seek(end)
                if fh.read(min(size - end, 64 * 1024)).strip():
                    raise _Damaged("no WARC records found" if count == 0 else
                                   "data after the last complete record (truncated file?)")
    except OSError as exc:
        if not isinstance(exc, gzip.BadGzipFile):
            raise  # a real I/O error: reported as read_error by the caller
        yield Failure(path, "bad_warc", f"cannot read {path} as a WARC: {exc}")
    except Exception as exc:  # noqa: BLE001 - warcio raises assorted errors on damaged input
        # (ArchiveLoadFailed, ChunkedDataException, StatusAndHeadersParserException, zlib.error,
        # even AttributeError on a record cut inside its headers): all mean a damaged archive.
        where = f" (after {count - 1} records)" if count > 1 else ""
        yield Failure(path, "bad_warc", f"cannot read {path} as a WARC{where}: {exc}")


class _Damaged(Exception):
    pass


def _drain(record, n: int) -> None:
    uri = record.rec_headers.get_header("WARC-Target-URI") or f"record {n}"
    length = (record.rec_headers.get_header("Content-Length") or "").strip()
    if not record.rec_type or not length.isdigit():
        raise _Damaged(f"{uri} has incomplete WARC headers")
    raw = record.raw_stream
    while raw.read(64 * 1024):
        pass
    if isinstance(raw, LimitReader) and raw.limit > 0:
        raise _Damaged(f"{uri} is truncated ({raw.limit} bytes missing)")


def _record_item(path: str, record, max_bytes: int) -> Optional[Union[RawItem, Failure]]:
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record.rec_type == "response":
        http = record.http_headers
        if http is None:
            return None
        try:
            status = int(http.get_statuscode() or 0)
        except ValueError:
            return None
        if not 200 <= status < 300:
            return None
        content_type = http.get_header("Content-Type")
    elif record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type")
    else:
        return None
    media, charset = _content_type(content_type)
    if media not in HTML_TYPES:
        return None
    input = f"{path}#{uri}" if uri else f"{path}#{record.rec_headers.get_header('WARC-Record-ID')}"
    data = record.content_stream().read(max_bytes + 1)  # de-chunked and decompressed
    if len(data) > max_bytes:
        err = too_large(f"record {uri}", None, max_bytes)
        return Failure(input, err.reason, err.message)
    meta = {"url": uri} if uri else {}
    if charset:
        meta["charset"] = charset
    return RawItem(input, data, "html", meta)


def _content_type(value: Optional[str]) -> tuple[Optional[str], Optional[str]]:
    if not value:
        return None, None
    msg = Message()
    msg["content-type"] = value
    charset = msg.get_param("charset")
    return msg.get_content_type().lower(), (charset.lower() if isinstance(charset, str) else None)
