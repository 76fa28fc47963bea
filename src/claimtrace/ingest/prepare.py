"""One raw input (bytes or str, plain text or HTML) -> one ``Document``; never raises for bad input.

Everything that can go wrong with an input (empty, binary, undecodable, too large, not English,
an HTML page with no article) becomes a ``"<reason>: <message>"`` string in ``Document.errors``
so that batch runs report the problem per input and carry on. A Document with errors is not
parsed further.

Metadata precedence (``meta`` is a feed / JSONL record, the page is the HTML itself):

* HTML: the page's own title, author, date, site name and canonical URL win; ``meta`` fills only
  what the page leaves empty. Publishers write their pages' metadata for search engines and it is
  usually more complete than a feed entry (feeds often truncate titles or omit authors).
* plain text: ``meta["title"]`` wins over a headline guessed from the first line, because the
  guess is a heuristic and the record is explicit. The headline line stays in ``text`` either way:
  plain text is kept exactly as decoded so offsets index the caller's original.
* ``meta["charset"]`` (from an HTTP ``Content-Type`` header or a WARC record) decodes bytes before
  detection, and for HTML before the page's own ``<meta charset>``, as browsers do.
* ``url`` is where the input came from and comes only from ``meta`` (or the HTML canonical when
  there is nothing else to say where it lives).
"""
from __future__ import annotations

import re
from typing import Optional

from ..config import Settings
from ..errors import InputError, too_large
from ..model import Document
from .appeals import find_boilerplate
from .dateline import agency_of
from .decode import decode_bytes
from .language import detect_language
from .title import guess_title

_MARKUP = re.compile(
    r"\A\s*(?:<!doctype\s+html|<html\b|<\?xml[^>]*>\s*<(?:!doctype\s+)?html)|"
    r"<(?:head|body|div|p|article|meta|script|title|span|section|main)\b[^>]*>",
    re.IGNORECASE,
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*\b[^<>]*>")
_SNIFF_CHARS = 4096

#: a not-English verdict needs at least this confidence; below it the text is kept as English-or-unknown
_LANG_MIN_CONF = 0.3
#: an HTML body with fewer words than this (after removing boilerplate) is not an article
_MIN_ARTICLE_WORDS = 15
_WORD = re.compile(r"\w+")


def looks_like_html(text: str) -> bool:
    """True when the start of ``text`` is markup: a doctype/html tag, or several common tags."""
    head = text[:_SNIFF_CHARS]
    if re.match(r"\s*(?:<!doctype\s+html|<html\b)", head, re.I):
        return True
    return bool(_MARKUP.search(head)) and len(_TAG.findall(head)) >= 3


def _sniff_bytes(data: bytes) -> str:
    head = data[:_SNIFF_CHARS]
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if head.startswith(bom):
            return head[len(bom):].decode(codec, "ignore")
    return head.decode("latin-1")


def _meta_str(meta: Optional[dict], key: str) -> Optional[str]:
    if not meta:
        return None
    value = meta.get(key)
    if value is None:
        return None
    value = " ".join(str(value).split())
    return value or None


def prepare(data: bytes | str, input: str = "<string>", *, media_type: str | None = None,
            meta: dict | None = None, settings: Settings | None = None) -> Document:
    """Decode, detect format, extract (HTML), find boilerplate and check the language of one input.

    ``media_type`` is "text", "html" or None (sniff: HTML if it starts like markup).
    """
    settings = settings or Settings()
    doc = Document(input=input, text="", url=_meta_str(meta, "url"))
    try:
        return _prepare(doc, data, media_type, meta, settings)
    except InputError as exc:
        doc.errors.append(f"{exc.reason}: {exc.message}")
        return doc
    except Exception as exc:  # a bug or a pathological page must not stop a batch
        doc.errors.append(f"internal: could not prepare the input ({type(exc).__name__}: {exc})")
        return doc


def _prepare(doc: Document, data, media_type, meta, settings) -> Document:
    if data is None:
        raise InputError("empty", "the input is None")
    if not isinstance(data, (bytes, bytearray, str)):
        raise InputError("binary", f"expected bytes or str, got {type(data).__name__}")
    size = len(data) if not isinstance(data, str) else len(data.encode("utf-8", "surrogatepass"))
    if size > settings.max_bytes:
        raise too_large("the input", size, settings.max_bytes)
    if media_type not in (None, "text", "html"):
        raise ValueError(f"media_type must be 'text', 'html' or None, not {media_type!r}")
    if media_type is None:
        head = data[:_SNIFF_CHARS] if isinstance(data, str) else _sniff_bytes(bytes(data))
        media_type = "html" if looks_like_html(head) else "text"

    if media_type == "html":
        _prepare_html(doc, data, meta)
    else:
        text = data.lstrip("\ufeff") if isinstance(data, str) else decode_bytes(bytes(data), _meta_str(meta, "charset"))
        if not text.strip():
            raise InputError("empty", "the input holds only whitespace")
        doc.text = text
        doc.format = "text"
        span = guess_title(text)
        doc.title = _meta_str(meta, "title") or (text[span[0]:span[1]] if span else None)
        doc.author = _meta_str(meta, "author")
        doc.published = _meta_str(meta, "published")
        doc.outlet = _meta_str(meta, "outlet")
        doc.canonical_url = _meta_str(meta, "canonical_url")
    if doc.errors:
        return doc
    doc.outlet = doc.outlet or agency_of(doc.text)
    if len(doc.text) > settings.max_chars:  # parsing memory grows with length: ~1.5 GB at 400k
        raise InputError("too_large", f"the article text is {len(doc.text):,} characters, over the limit "
                                      f"of {settings.max_chars:,}; raise it with CLAIMTRACE_MAX_CHARS")

    doc.boilerplate = find_boilerplate(doc.text)
    _check_language(doc)
    return doc


def _prepare_html(doc: Document, data, meta) -> None:
    from .html import extract_html

    if isinstance(data, str) and not data.strip():
        raise InputError("empty", "the input holds only whitespace")
    charset = _meta_str(meta, "charset")
    if charset and not isinstance(data, str):
        # the transport's charset (HTTP header, WARC record) outranks the page's <meta charset>
        data = decode_bytes(bytes(data), charset)
    result = extract_html(bytes(data) if isinstance(data, bytearray) else data, url=doc.url)
    doc.format = "html"
    doc.text = result.text
    doc.title = result.title or _meta_str(meta, "title")
    doc.author = result.author or _meta_str(meta, "author")
    doc.published = result.published or _meta_str(meta, "published")
    doc.outlet = result.outlet or _meta_str(meta, "outlet")
    doc.canonical_url = result.canonical_url or _meta_str(meta, "canonical_url")
    if doc.url is None:
        doc.url = doc.canonical_url
    doc.language = result.language
    boiler = find_boilerplate(result.text)
    remaining = sum(len(_WORD.findall(result.text[s:e])) for s, e in _gaps(result.text, boiler))
    if remaining < _MIN_ARTICLE_WORDS:
        doc.errors.append(
            "no_article: no article body could be extracted from the HTML page"
            + (f" (only {remaining} words of text outside navigation and boilerplate)" if remaining else "")
        )


def _gaps(text: str, ranges: list[tuple[int, int]]):
    pos = 0
    for s, e in ranges:
        yield pos, s
        pos = e
    yield pos, len(text)


def _check_language(doc: Document) -> None:
    """Set ``doc.language`` and refuse clearly non-English text (claimtrace's parser is English).

    Detection runs on the text outside boilerplate. A page's declared ``lang`` is used only when
    the text itself gives no evidence, because templates often declare "en" for every page.
    """
    body = "\n".join(doc.text[s:e] for s, e in _gaps(doc.text, doc.boilerplate))
    lang, conf = detect_language(body)
    if lang == "en":
        doc.language = "en"
    elif lang == "und":
        doc.language = doc.language or "und"
    elif conf >= _LANG_MIN_CONF:
        doc.language = lang
        doc.errors.append(
            f"not_english: the text looks like {_LANG_NAMES.get(lang, lang)} ({lang!r}, confidence "
            f"{conf:.2f}); claimtrace extracts attributions from English text only"
        )
    else:  # weak evidence of another language: do not refuse on a hunch
        doc.language = "und"


_LANG_NAMES = {
    "de": "German", "fr": "French", "es": "Spanish", "it": "Italian", "pt": "Portuguese",
    "nl": "Dutch", "sv": "Swedish", "da": "Danish", "pl": "Polish", "tr": "Turkish",
    "id": "Indonesian", "ru": "Russian", "uk": "Ukrainian", "ar": "Arabic", "fa": "Persian",
    "he": "Hebrew", "el": "Greek", "zh": "Chinese", "ja": "Japanese", "ko": "Korean",
    "hi": "Hindi", "th": "Thai",
}
