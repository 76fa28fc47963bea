"""HTML page -> article body and metadata, offline, with trafilatura.

trafilatura is the best general-purpose main-content extractor we measured (see
docs/benchmarks.md); this module fixes its inputs and outputs for claimtrace:

* bytes are decoded here (BOM, then the page's declared charset, then detection) so that a
  page and a plain-text file go through the same, tested decoder;
* the settings are the ones that scored best on the WCXB article pages (comments excluded:
  reader comments are not the article and are full of unattributed claims);
* the body comes back as paragraphs separated by blank lines, without the title;
* the page language comes from ``<html lang>`` / ``content-language`` when the page declares it.

Nothing is fetched: trafilatura only parses the string it is given.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from .decode import decode_bytes

_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?", re.I)
_META_LANG = re.compile(
    r"<meta[^>]+(?:http-equiv\s*=\s*[\"']?content-language|property\s*=\s*[\"']og:locale)[^>]*?"
    r"content\s*=\s*[\"']?\s*([A-Za-z]{2,3})", re.I)
_META_LANG_REV = re.compile(
    r"<meta[^>]+content\s*=\s*[\"']?\s*([A-Za-z]{2,3})[^>]*(?:http-equiv\s*=\s*[\"']?content-language|"
    r"property\s*=\s*[\"']og:locale)", re.I)
_CANONICAL = re.compile(r"<link\b[^>]*\brel\s*=\s*[\"']?canonical[\"']?[^>]*>", re.I)
_HREF = re.compile(r"\bhref\s*=\s*[\"']?([^\"' >]+)", re.I)
_OG_URL = re.compile(r"<meta\b[^>]*\bproperty\s*=\s*[\"']og:url[\"'][^>]*>", re.I)
_CONTENT = re.compile(r"\bcontent\s*=\s*[\"']?([^\"' >]+)", re.I)
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_WORDS = re.compile(r"\w+")
# " | Site", " - Site", " — Site": the separators sites use to append their name to <title>.
_TITLE_SEP = re.compile(r"\s+[|–—·»:-]{1,2}\s+|\s*\|\s*")
_AUTHOR_PREFIX = re.compile(r"^(?:(?:written|posted|reviewed|published)\s+by|by|author|authors?:)\s+", re.I)
# Dates and roles that page templates glue to the byline ("Jane Doe Last Updated August 1").
_AUTHOR_TAIL = re.compile(
    r"\s+(?:(?:last\s+)?(?:updated|published|posted|modified)\b|on\s+(?=[A-Z0-9])|"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|"
    r"(?:senior|trending|contributing|staff|deputy|managing|executive)?\s*(?:editor|writer|reporter|correspondent)\b).*$",
    re.I,
)

#: below this many words the first extraction is retried with ``favor_recall``
_RETRY_WORDS = 20

#: trafilatura settings, chosen on the WCXB development pages (bench/wcxb.py).
EXTRACT_OPTIONS = dict(
    include_comments=False,
    include_tables=True,
    favor_precision=False,
    favor_recall=False,
)


@dataclass
class HtmlResult:
    """What one HTML page yields: the article body (no title) and the page's own metadata."""

    text: str
    title: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None
    outlet: Optional[str] = None
    canonical_url: Optional[str] = None
    language: Optional[str] = None


def decode_html(data: bytes) -> str:
    """Decode page bytes: BOM first, then ``<meta charset>`` from the head, then detection."""
    m = _CHARSET.search(data[:4096])
    return decode_bytes(data, m.group(1).decode("ascii", "replace") if m else None)


def page_language(html: str) -> Optional[str]:
    """The language the page declares (``<html lang>``, ``content-language``, ``og:locale``)."""
    head = html[:20000]
    for rx in (_HTML_LANG, _META_LANG, _META_LANG_REV):
        m = rx.search(head)
        if m:
            return m.group(1).lower()
    return None


def _canonical(html: str) -> Optional[str]:
    head = html[:200000]
    for tag_rx, attr_rx in ((_CANONICAL, _HREF), (_OG_URL, _CONTENT)):
        for tag in tag_rx.finditer(head):
            m = attr_rx.search(tag.group(0))
            if m and m.group(1).startswith(("http://", "https://")):
                return m.group(1)
    return None


def _paragraphs(text: str) -> str:
    """One paragraph per trafilatura line, separated by a blank line, inner whitespace kept."""
    lines = (ln.strip() for ln in text.splitlines())
    return "\n\n".join(ln for ln in lines if ln)


def _word_set(s: Optional[str]) -> set[str]:
    return {w.lower() for w in _WORDS.findall(s or "")}


def strip_site_suffix(title: Optional[str], site: Optional[str]) -> Optional[str]:
    """Drop a trailing " | Site Name" from a <title>: the last segment goes when it names the
    site, or when it is short (<= 4 words) after a real headline (>= 3 words)."""
    if not title:
        return title
    seps = list(_TITLE_SEP.finditer(title))
    if not seps:
        return title
    cut = seps[-1]
    head, last = title[:cut.start()].strip(), title[cut.end():]
    lw, sw = _word_set(last), _word_set(site)
    names_site = bool(sw and lw and len(lw & sw) >= max(1, len(lw) // 2))
    if head and (names_site or (len(lw) <= 4 and len(_WORDS.findall(head)) >= 3)):
        return head
    return title


def choose_title(h1s: list[str], meta_title: Optional[str], site: Optional[str]) -> Optional[str]:
    """The on-page headline (<h1>) when one agrees with the metadata title, else the metadata
    title without its site suffix.

    The <h1> is what readers see as the headline; <title>/og:title are often SEO variants with
    the site name appended. A page can have several <h1> (logo, section name): take the one that
    shares most words with the metadata title, and distrust a short <h1> that shares few words
    with it (a logo or section label). Measured on WCXB: 86.8% exact titles vs 53.7% for
    trafilatura's metadata title.
    """
    stripped = strip_site_suffix(meta_title, site)
    if not h1s:
        return stripped
    mw = _word_set(stripped)  # without the site name, which a logo <h1> would match

    def overlap(h: str) -> float:
        hw = _word_set(h)
        return len(hw & mw) / max(1, len(hw))

    best = max(h1s, key=overlap)  # max keeps the first of equals: document order
    if not meta_title or overlap(best) >= 0.5 or len(best.split()) > 4:
        return best
    return stripped


def _h1s(html: str) -> list[str]:
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception:  # lxml refuses some documents (e.g. only a comment); no h1 then
        return []
    out = []
    for h in tree.iter("h1"):
        text = " ".join(h.text_content().split())
        if text and len(text.split()) <= 40:
            out.append(text)
    return out


def clean_author(value: Optional[str]) -> Optional[str]:
    """Remove the "By"/"Author" prefix and the dates or job titles templates glue to bylines."""
    value = _clean(value)
    if not value:
        return None
    names = []
    for part in value.split(";"):
        part = _AUTHOR_TAIL.sub("", _AUTHOR_PREFIX.sub("", part.strip())).strip(" ,|-")
        if part and part not in names:
            names.append(part)
    return "; ".join(names) or None


#: paragraphs before the title that are page labels, not body: "World", "Business | Markets"
KICKER_WORDS = 4


def _drop_leading_title(text: str, title: Optional[str]) -> str:
    """trafilatura keeps an <h1> that sits inside <article>; the title is metadata, not body. So
    is a section label or kicker right above it (a short line without a sentence's end)."""
    if not title:
        return text
    paragraphs = text.split("\n\n", 3)
    for k, paragraph in enumerate(paragraphs[:3]):
        if " ".join(paragraph.split()).casefold() == title.casefold():
            return "\n\n".join(paragraphs[k + 1:])
        if len(paragraph.split()) > KICKER_WORDS or paragraph.rstrip()[-1:] in ".!?\"'”’":
            break
    return text


def _clean(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def extract_html(html: str | bytes, url: str | None = None) -> HtmlResult:
    """Extract the article body and metadata of one page; ``text`` is "" when there is no article.

    Raises ``claimtrace.errors.InputError`` only for undecodable bytes (``binary``, ``encoding``,
    ``empty``); an HTML page without an article body is a normal result with empty text.
    """
    import trafilatura

    if isinstance(html, bytes):
        html = decode_html(html)
    html = html.lstrip("\ufeff")
    language = page_language(html)
    canonical = _canonical(html)
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, **EXTRACT_OPTIONS)
    if doc is None or len((doc.text or "").split()) < _RETRY_WORDS:
        # The precision-leaning default sometimes discards a whole body it cannot score (odd
        # markup); a recall-leaning second pass recovers it. Only runs on those failures.
        retry = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                            **{**EXTRACT_OPTIONS, "favor_recall": True})
        if retry is not None and len((retry.text or "").split()) > len(((doc and doc.text) or "").split()):
            doc = retry
    if doc is None:
        return HtmlResult(text="", language=language, canonical_url=canonical)
    published = _clean(doc.date)
    if published and not _DATE.match(published):
        published = None
    title = _clean(choose_title(_h1s(html), _clean(doc.title), _clean(doc.sitename)))
    return HtmlResult(
        text=_drop_leading_title(_paragraphs(doc.text or ""), title),
        title=title,
        author=clean_author(doc.author),
        published=published,
        outlet=_clean(doc.sitename),
        canonical_url=canonical or (_clean(doc.url) if doc.url != url else None),
        language=language,
    )
