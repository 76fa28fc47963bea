"""Articles given as JSON records: one object or a list in ``.json``, one object per line in ``.jsonl``.

A record carries ``text`` or ``html`` (``text`` wins when both are present, as the producer
already cleaned it) plus optional metadata. JSONL is streamed, and a bad line costs only
that line.
"""
from __future__ import annotations

import json
from typing import Iterable, Iterator, Union

from .inputs import Failure, RawItem

META_FIELDS = ("url", "title", "outlet", "author", "published", "canonical_url", "language")


def record_item(record, input: str) -> Union[RawItem, Failure]:
    """Validate one decoded record and turn it into a RawItem."""
    if not isinstance(record, dict):
        return Failure(input, "bad_json", f"record is a JSON {type(record).__name__}, not an object")
    for key, media in (("text", "text"), ("html", "html")):
        value = record.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            return Failure(input, "bad_json", f"field {key!r} must be a string")
        meta = {}
        for name in META_FIELDS:
            v = record.get(name)
            if v is not None and v != "":
                meta[name] = v if isinstance(v, str) else str(v)
        return RawItem(input, value, media, meta)
    return Failure(input, "bad_json", "record has neither a 'text' nor an 'html' field")


def iter_json(path: str) -> Iterator[Union[RawItem, Failure]]:
    """A ``.json`` file holding one record (input = path) or a list (input = path#record-N, 1-based)."""
    with open(path, "rb") as fh:
        raw = fh.read()
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        yield Failure(path, "bad_json", f"{path} is not valid UTF-8 JSON: {exc}")
        return
    if isinstance(data, list):
        for n, record in enumerate(data, 1):
            yield record_item(record, f"{path}#record-{n}")
    else:
        yield record_item(data, path)


def iter_jsonl(path: str) -> Iterator[Union[RawItem, Failure]]:
    """One record per line; N in path#record-N is the line number, so a failure points at its line."""
    with open(path, "rb") as fh:
        yield from jsonl_items(path, fh)


def jsonl_items(path: str, lines: Iterable[bytes], first_line: int = 1) -> Iterator[Union[RawItem, Failure]]:
    """The records of ``lines`` of the JSONL file ``path`` (the whole file, or a slice of it that
    starts at line ``first_line``), named ``path#record-N`` by line number."""
    for n, line in enumerate(lines, first_line):
        if n == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        input = f"{path}#record-{n}"
        try:
            record = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError) as exc:
            yield Failure(input, "bad_json", f"line {n} is not valid JSON: {exc}")
            continue
        yield record_item(record, input)
