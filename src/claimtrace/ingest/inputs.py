"""Turn what a user names (paths, folders, URLs, feeds, ``-``) into raw items, one per article.

Nothing here decodes or cleans text (``prepare`` does); this layer only finds the bytes and the
metadata that travels with them, and reports each input that cannot yield an article as a
``Failure`` instead of raising, so one bad input never stops a batch.
"""
from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional, Union

from ..config import Settings
from ..errors import too_large
from .fetch import Fetcher, FetchError, FetchResult


@dataclass
class RawItem:
    """One article-to-be, before decoding."""

    input: str                      # path, URL, "path#record-N" or "file.warc.gz#<uri>"
    data: Union[bytes, str]
    media_type: Optional[str]       # "text" | "html" | None (let prepare sniff)
    meta: dict = field(default_factory=dict)  # url, title, outlet, author, published, canonical_url, charset


@dataclass
class Failure:
    """An input that yields no article; ``reason`` is a stable slug, ``message`` is for humans."""

    input: str
    reason: str
    message: str


Item = Union[RawItem, Failure]

TEXT_EXTENSIONS = (".txt", ".text")
HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
JSON_EXTENSIONS = (".json",)
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
WARC_EXTENSIONS = (".warc", ".warc.gz")
FEED_EXTENSIONS = (".rss", ".atom")
LIST_EXTENSIONS = (".urls", ".list")
KNOWN_EXTENSIONS = (TEXT_EXTENSIONS + HTML_EXTENSIONS + JSON_EXTENSIONS + JSONL_EXTENSIONS
                    + WARC_EXTENSIONS + FEED_EXTENSIONS + LIST_EXTENSIONS)

URL_RE = re.compile(r"^https?://\S+$", re.IGNORECASE)
#: a .txt this small or smaller is checked for being a URL list; articles are rarely all-URL
URL_LIST_SNIFF_LIMIT = 1_000_000
STDIN_INPUT = "<stdin>"


def is_url(spec: str) -> bool:
    return bool(URL_RE.match(spec.strip()))


def iter_inputs(specs: list[str], *, fetcher: Optional[Fetcher] = None, recursive: bool = True,
                allow_private: bool = False, settings: Optional[Settings] = None,
                on_skip: Optional[Callable[[str], None]] = None) -> Iterator[Item]:
    """Yield a RawItem or a Failure for every article the specs name, in a deterministic order.

    Specs are files, folders (walked in sorted order; unknown extensions skipped, reported to
    ``on_skip`` if given), ``-`` for stdin, http(s) URLs of pages or RSS/Atom feeds, and URL
    list files (``.urls``/``.list``, or a ``.txt`` whose non-empty lines are all URLs).

    Without ``fetcher`` one is created (honouring ``allow_private``) and closed at the end; a
    passed-in fetcher keeps its own ``allow_private`` setting.
    """
    settings = settings or Settings()
    own = fetcher is None
    state = _Walk(settings=settings, recursive=recursive, allow_private=allow_private,
                  fetcher=fetcher, on_skip=on_skip)
    try:
        for spec in specs:
            yield from state.spec(os.fspath(spec), base_dir=None)
    finally:
        if own and state._fetcher is not None:
            state._fetcher.close()


def iter_folder(path: str, *, recursive: bool = True,
                on_skip: Optional[Callable[[str], None]] = None) -> Iterator[Union[str, Failure]]:
    """The files in a folder that claimtrace reads, in sorted order; a Failure for a folder that
    cannot be listed. Hidden entries are skipped, symlinked folders not followed (loops); files
    with other extensions go to ``on_skip``."""
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except OSError as exc:
        yield Failure(path, "read_error", f"cannot list folder {path}: {exc.strerror or exc}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        full = os.path.join(path, entry.name)
        try:
            if entry.is_dir(follow_symlinks=False):
                if recursive:
                    yield from iter_folder(full, recursive=True, on_skip=on_skip)
                continue
            if not entry.is_file():
                continue
        except OSError:
            continue
        if not _has_ext(entry.name, KNOWN_EXTENSIONS):
            if on_skip:
                on_skip(full)
            continue
        yield full


class _Walk:
    """State of one ``iter_inputs`` run: lazily created fetcher, URL lists already expanded."""

    def __init__(self, *, settings: Settings, recursive: bool, allow_private: bool,
                 fetcher: Optional[Fetcher], on_skip):
        self.settings = settings
        self.recursive = recursive
        self.allow_private = allow_private
        self._fetcher = fetcher
        self.on_skip = on_skip
        self._lists_open: set[str] = set()

    @property
    def fetcher(self) -> Fetcher:
        if self._fetcher is None:  # created on first URL so path-only runs never touch the network stack
            self._fetcher = Fetcher(allow_private=self.allow_private,
                                    max_bytes=self.settings.max_bytes)
        return self._fetcher

    # -- dispatch
    def spec(self, spec: str, *, base_dir: Optional[str]) -> Iterator[Item]:
        spec = spec.strip() if base_dir is not None else spec
        if spec == "-":
            yield self.stdin()
        elif is_url(spec):
            yield from self.url(spec.strip())
        elif re.match(r"^[a-z][a-z0-9+.-]*://", spec, re.IGNORECASE):
            yield Failure(spec, "unsupported", f"only http(s) URLs can be fetched: {spec}")
        else:
            path = os.path.join(base_dir, spec) if base_dir and not os.path.isabs(spec) else spec
            if os.path.isdir(path):
                yield from self.folder(path)
            elif os.path.exists(path):
                yield from self.file(path, direct=True)
            else:
                yield Failure(path, "not_found", f"no such file or folder: {path}")

    def stdin(self) -> Item:
        stream = getattr(sys.stdin, "buffer", sys.stdin)
        data = stream.read()
        return RawItem(STDIN_INPUT, data, None, {})

    def folder(self, path: str) -> Iterator[Item]:
        for entry in iter_folder(path, recursive=self.recursive, on_skip=self.on_skip):
            if isinstance(entry, Failure):
                yield entry
            else:
                yield from self.file(entry, direct=False)

    def file(self, path: str, *, direct: bool) -> Iterator[Item]:
        name = os.path.basename(path).lower()
        try:
            if _has_ext(name, WARC_EXTENSIONS):
                from .warc import iter_warc

                yield from iter_warc(path, max_bytes=self.settings.max_bytes)
            elif _has_ext(name, JSONL_EXTENSIONS):
                from .records import iter_jsonl

                yield from iter_jsonl(path)
            elif _has_ext(name, JSON_EXTENSIONS):
                from .records import iter_json

                yield from iter_json(path)
            elif _has_ext(name, LIST_EXTENSIONS):
                yield from self.url_list(path, _read_text(path), strict=False)
            elif _has_ext(name, FEED_EXTENSIONS):
                data = self._read_capped(path)
                if isinstance(data, Failure):
                    yield data
                else:
                    yield from self.feed(data, path, feed_url=None)
            elif _has_ext(name, TEXT_EXTENSIONS + HTML_EXTENSIONS):
                data = self._read_capped(path)
                if isinstance(data, Failure):
                    yield data
                    return
                if _has_ext(name, TEXT_EXTENSIONS):
                    lines = _url_lines(data)
                    if lines is not None:
                        yield from self.url_list(path, lines, strict=True)
                        return
                media = "text" if _has_ext(name, TEXT_EXTENSIONS) else "html"
                yield RawItem(path, data, media, {})
            elif direct:
                yield Failure(path, "unsupported",
                              f"unsupported file type {os.path.splitext(name)[1] or '(none)'!r}; "
                              "expected .txt, .html, .json, .jsonl, .warc(.gz), .rss, .atom, .urls")
        except OSError as exc:
            yield Failure(path, "read_error", f"cannot read {path}: {exc.strerror or exc}")

    def url_list(self, path: str, lines, *, strict: bool) -> Iterator[Item]:
        """Each non-empty, non-comment line is a spec; relative paths are relative to the list."""
        key = os.path.realpath(path)
        if key in self._lists_open:
            yield Failure(path, "unsupported", f"URL list {path} includes itself")
            return
        self._lists_open.add(key)
        try:
            if isinstance(lines, str):
                lines = [ln.strip() for ln in lines.splitlines()]
            for line in lines:
                if line and not line.startswith("#"):
                    yield from self.spec(line, base_dir=os.path.dirname(path) or ".")
        finally:
            self._lists_open.discard(key)

    def url(self, url: str) -> Iterator[Item]:
        """Fetch a page or a feed; a feed yields one item per entry."""
        from .feeds import looks_like_feed

        result = self.fetch(url)
        if isinstance(result, Failure):
            yield result
            return
        if looks_like_feed(result.data, result.content_type):
            yield from self.feed(result.data, url, feed_url=result.final_url,
                                 content_type=result.content_type)
            return
        yield page_item(url, result)

    def feed(self, data: bytes, input: str, *, feed_url: Optional[str],
             content_type: Optional[str] = None) -> Iterator[Item]:
        from .feeds import iter_feed

        yield from iter_feed(data, input, feed_url=feed_url, content_type=content_type,
                             fetch_page=self.page)

    def page(self, url: str) -> Item:
        """Fetch an entry's linked page; it is treated as a page even if it were a feed."""
        result = self.fetch(url)
        return result if isinstance(result, Failure) else page_item(url, result)

    def fetch(self, url: str) -> Union[FetchResult, Failure]:
        try:
            return self.fetcher.fetch(url)
        except FetchError as exc:
            return Failure(url, exc.reason, exc.message)

    def _read_capped(self, path: str) -> Union[bytes, Failure]:
        """Read a single-article file, refusing it past the size cap without reading it all."""
        limit = self.settings.max_bytes
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
        if len(data) > limit:
            err = too_large(path, os.path.getsize(path), limit)
            return Failure(path, err.reason, err.message)
        return data


NON_TEXT_TYPES = ("image/", "audio/", "video/", "font/")
NON_TEXT_EXACT = {"application/pdf", "application/zip", "application/gzip",
                  "application/octet-stream", "application/x-tar", "application/msword"}


def page_item(input: str, result: FetchResult) -> Item:
    """Wrap a fetched page; the header charset travels in meta for ``prepare`` to decode with."""
    ctype = result.content_type or ""
    if ctype.startswith(NON_TEXT_TYPES) or ctype in NON_TEXT_EXACT:
        return Failure(input, "unsupported", f"{result.final_url} is {ctype}, not a text or HTML page")
    if ctype in ("text/html", "application/xhtml+xml"):
        media = "html"
    elif ctype == "text/plain":
        media = "text"
    else:
        media = None
    meta = {"url": result.final_url}
    if result.charset:
        meta["charset"] = result.charset
    if ctype:
        meta["content_type"] = ctype
    return RawItem(input, result.data, media, meta)


def _has_ext(name: str, extensions: tuple[str, ...]) -> bool:
    return name.lower().endswith(extensions)


def _read_text(path: str) -> str:
    with open(path, "rb") as fh:
        return fh.read().decode("utf-8-sig", errors="replace")


def _url_lines(data: bytes) -> Optional[list[str]]:
    """The URLs if every non-empty, non-comment line is one (and there is at least one)."""
    if len(data) > URL_LIST_SNIFF_LIMIT or b"\x00" in data:
        return None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    lines = [ln.strip() for ln in text.splitlines()]
    urls = [ln for ln in lines if ln and not ln.startswith("#")]
    if urls and all(is_url(u) for u in urls):
        return urls
    return None
