"""RSS/Atom feeds: each entry is one article, from the feed's own full text or from its page.

Feeds that carry the whole story (``content:encoded``, Atom ``content``, or a long
description) save a request per entry; teaser feeds point at the page, which is fetched.
"""
from __future__ import annotations

import calendar
import datetime as _dt
import html
import io
import re
from typing import Callable, Iterator, Optional, Union
from urllib.parse import urlsplit

import feedparser

from .inputs import Failure, RawItem

#: visible characters from which an entry's ``content`` counts as the article (not a teaser)
CONTENT_MIN_CHARS = 200
#: a description/summary must be this long to stand in for the article
SUMMARY_MIN_CHARS = 1000

FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/feed+xml"}
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(!doctype\s+html|html)[\s>]", re.IGNORECASE)
_TAG = re.compile(r"<[^>]*>")

Item = Union[RawItem, Failure]


def looks_like_feed(data: bytes, content_type: Optional[str] = None) -> bool:
    """Feed media types, or XML whose root element is rss/feed/rdf:RDF before any ``<html``.

    Servers often label feeds ``text/xml`` or even ``text/html``, so the bytes decide.
    """
    if content_type in FEED_TYPES:
        return True
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    feed = _FEED_ROOT.search(head)
    if not feed:
        return False
    page = _HTML_ROOT.search(head)
    return page is None or feed.start() < page.start()


def visible_length(markup: str) -> int:
    return len(" ".join(html.unescape(_TAG.sub(" ", markup)).split()))


def iter_feed(data: bytes, input: str, *, feed_url: Optional[str] = None,
              content_type: Optional[str] = None,
              fetch_page: Optional[Callable[[str], Item]] = None) -> Iterator[Item]:
    """One item per entry, in feed order.

    ``input`` names the feed (URL or path); each entry's input is its link, or
    ``<feed>#entry-N`` when it has none. Malformed XML with no entries is ``bad_feed``; a
    feed with a minor problem (feedparser's bozo flag) but entries is used as is.
    """
    headers = {"content-location": feed_url} if feed_url else {}
    if content_type:
        headers["content-type"] = content_type
    # A stream, never bytes or str: feedparser treats a string as a URL or file name to open.
    parsed = feedparser.parse(io.BytesIO(data), response_headers=headers or None)
    usable = [e for e in parsed.entries if e.get("link") or _longest(e)]
    if parsed.bozo and not usable:  # e.g. a truncated download: fragments, but nothing to read
        reason = parsed.get("bozo_exception") or "malformed XML"
        yield Failure(input, "bad_feed", f"{input} is not a readable feed: {reason}")
        return
    if not parsed.entries:
        if not parsed.get("version"):
            reason = parsed.get("bozo_exception") or "no RSS/Atom structure found"
            yield Failure(input, "bad_feed", f"{input} is not a readable feed: {reason}")
        return
    feed_meta = parsed.get("feed") or {}
    outlet = feed_meta.get("title") or _host(feed_url or feed_meta.get("link") or "")
    for n, entry in enumerate(parsed.entries, 1):
        yield _entry_item(entry, n, input, outlet, fetch_page)


def _entry_item(entry, n: int, feed_input: str, outlet: Optional[str],
                fetch_page: Optional[Callable[[str], Item]]) -> Item:
    link = entry.get("link") or None
    meta = {k: v for k, v in {
        "url": link,
        "title": entry.get("title") or None,
        "outlet": outlet or None,
        "author": entry.get("author") or None,
        "published": _published(entry),
    }.items() if v}
    input = link or f"{feed_input}#entry-{n}"

    body = _full_text(entry)
    if body is not None:
        value, mime = body
        return RawItem(input, value, "html" if "html" in mime else "text", meta)
    if link and fetch_page is not None:
        page = fetch_page(link)
        if isinstance(page, RawItem):
            page.meta = {**meta, **page.meta}  # the page's final URL wins over the entry link
        return page
    fallback = _longest(entry)  # no page to fetch: a teaser is better than nothing
    if fallback is not None:
        value, mime = fallback
        return RawItem(input, value, "html" if "html" in mime else "text", meta)
    return Failure(input, "empty_entry", f"feed entry {n} has neither text nor a link")


def _full_text(entry) -> Optional[tuple[str, str]]:
    for content in entry.get("content") or []:
        value = content.get("value") or ""
        if visible_length(value) >= CONTENT_MIN_CHARS:
            return value, content.get("type") or "text/html"
    summary = entry.get("summary") or ""
    if visible_length(summary) >= SUMMARY_MIN_CHARS:
        detail = entry.get("summary_detail") or {}
        return summary, detail.get("type") or "text/html"
    return None


def _longest(entry) -> Optional[tuple[str, str]]:
    candidates = [(c.get("value") or "", c.get("type") or "text/html")
                  for c in entry.get("content") or []]
    detail = entry.get("summary_detail") or {}
    candidates.append((entry.get("summary") or "", detail.get("type") or "text/html"))
    best = max(candidates, key=lambda c: visible_length(c[0]))
    return best if visible_length(best[0]) else None


def _published(entry) -> Optional[str]:
    """ISO 8601 UTC when feedparser could parse the date, else the date string as given."""
    for key in ("published", "updated"):
        parsed = entry.get(f"{key}_parsed")
        if parsed:
            ts = calendar.timegm(parsed)
            return _dt.datetime.fromtimestamp(ts, _dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        if entry.get(key):
            return entry.get(key)
    return None


def _host(url: str) -> Optional[str]:
    host = urlsplit(url).hostname if url else None
    if host and host.startswith("www."):
        host = host[4:]
    return host
