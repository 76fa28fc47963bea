"""Split what a user names (folders, JSONL, WARC shards, URL lists, feeds, pages) into partitions
that workers on other machines read on their own.

The client only lists folders, counts JSONL lines and reads URL lists; the articles themselves are
read (or fetched) by the worker that processes the partition, through the same discovery code as
a local run (``ingest.inputs.iter_inputs``), so input names, metadata and per-item failures are
the same whatever the engine. What a partition holds:

* a path or URL (one file, one page, one feed with its entries, one WARC shard, a ``.txt`` that
  turns out to be a URL list): read whole by one worker;
* a ``JsonlSlice``: a line range of a JSONL file, found by byte offset (no worker reads the rest);
* an item the client already has: stdin's bytes, or a folder it could not list (a ``Failure``).

A WARC file is a partition of its own (WARC dumps come as shards of comparable size). Workers on
other machines must see the same paths (a shared file system) for file inputs; URLs need nothing.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional, Union

from ..config import Settings
from ..ingest.records import jsonl_items
from ..ingest.inputs import (JSONL_EXTENSIONS, LIST_EXTENSIONS, STDIN_INPUT, WARC_EXTENSIONS, Failure,
                             RawItem, is_url, iter_folder, iter_inputs)

#: items per partition by default: big enough that a task's overhead is noise next to parsing
#: (~0.3-1 s per article), small enough that a retried partition costs little
DEFAULT_PARTITION_SIZE = 50


@dataclass
class JsonlSlice:
    """Lines ``first_line`` .. of a JSONL file, from byte ``start`` up to byte ``stop``."""

    path: str
    start: int
    stop: int
    first_line: int
    lines: int


Part = Union[str, JsonlSlice, RawItem, Failure]


@dataclass
class Partition:
    """One unit of work for one task; ``size`` is how many articles it is expected to hold."""

    index: int
    parts: list[Part] = field(default_factory=list)
    size: int = 0

    def describe(self) -> list[str]:
        """What the partition reads, for a failure that takes the whole partition down."""
        out = []
        for part in self.parts:
            if isinstance(part, JsonlSlice):
                out.append(f"{part.path}#record-{part.first_line}..{part.first_line + part.lines - 1}")
            elif isinstance(part, str):
                out.append(part)
            else:
                out.append(part.input)
        return out


def plan_partitions(specs: list[str], *, size: int = DEFAULT_PARTITION_SIZE,
                    on_skip: Optional[Callable[[str], None]] = None) -> list[Partition]:
    """Partitions of about ``size`` articles covering ``specs``, in input order."""
    if size < 1:
        raise ValueError("partition size must be at least 1")
    partitions: list[Partition] = []
    current = Partition(0)

    def add(part: Part, weight: int, alone: bool = False) -> None:
        nonlocal current
        if current.parts and (alone or current.size + weight > size):
            partitions.append(current)
            current = Partition(len(partitions))
        current.parts.append(part)
        current.size += weight
        if alone:
            partitions.append(current)
            current = Partition(len(partitions))

    for spec in specs:
        for part, weight, alone in _units(os.fspath(spec), size, on_skip):
            add(part, weight, alone)
    if current.parts:
        partitions.append(current)
    return partitions


def _units(spec: str, size: int, on_skip) -> Iterator[tuple[Part, int, bool]]:
    if spec == "-":
        stream = getattr(sys.stdin, "buffer", sys.stdin)
        yield RawItem(STDIN_INPUT, stream.read(), None, {}), 1, False
    elif is_url(spec) or not os.path.exists(spec):
        yield spec, 1, False  # fetched, or reported (not_found, unsupported) by the worker
    elif os.path.isdir(spec):
        for entry in iter_folder(spec, on_skip=on_skip):
            if isinstance(entry, Failure):
                yield entry, 1, False
            else:
                yield from _file_units(entry, size)
    else:
        yield from _file_units(spec, size)


def _file_units(path: str, size: int) -> Iterator[tuple[Part, int, bool]]:
    name = path.lower()
    if name.endswith(JSONL_EXTENSIONS):
        yield from ((s, s.lines, False) for s in jsonl_slices(path, size))
    elif name.endswith(WARC_EXTENSIONS):
        yield path, size, True
    elif name.endswith(LIST_EXTENSIONS):
        urls = _url_list(path)
        if urls is None:
            yield path, 1, False  # holds paths or nested lists: one worker expands it
        else:
            yield from ((u, 1, False) for u in urls)
    else:
        yield path, 1, False


def _url_list(path: str) -> Optional[list[str]]:
    """The lines of a URL list when every one is a URL (split across partitions), else None."""
    try:
        with open(path, "rb") as fh:
            text = fh.read().decode("utf-8-sig", errors="replace")
    except OSError:
        return None
    lines = [ln.strip() for ln in text.splitlines()]
    lines = [ln for ln in lines if ln and not ln.startswith("#")]
    return lines if all(is_url(ln) for ln in lines) else None


def jsonl_slices(path: str, size: int) -> list[JsonlSlice]:
    """Byte ranges of ``size`` non-empty lines each (one pass over the file, no JSON decoding)."""
    slices: list[JsonlSlice] = []
    try:
        fh = open(path, "rb")
    except OSError:
        return []
    with fh:
        start = pos = 0
        first = line_no = 1
        count = 0
        for line_no, line in enumerate(fh, 1):
            if count == 0:
                start, first = pos, line_no
            pos += len(line)
            if line.strip():
                count += 1
            if count == size:
                slices.append(JsonlSlice(path, start, pos, first, count))
                count = 0
        if count:
            slices.append(JsonlSlice(path, start, pos, first, count))
    return slices


def read_jsonl_slice(part: JsonlSlice) -> Iterator[Union[RawItem, Failure]]:
    """The records of one slice, named and validated as ``ingest.records.iter_jsonl`` does."""
    with open(part.path, "rb") as fh:
        fh.seek(part.start)
        data = fh.read(part.stop - part.start)
    yield from jsonl_items(part.path, data.splitlines(keepends=True), part.first_line)


def read_partition(partition: Partition, *, settings: Settings, allow_private: bool = False,
                   fetcher=None) -> Iterator[Union[RawItem, Failure]]:
    """The raw items of a partition, in order, read (or fetched) here."""
    from ..ingest.fetch import Fetcher

    own = fetcher is None and any(isinstance(p, str) and is_url(p) for p in partition.parts)
    if own:
        fetcher = Fetcher(allow_private=allow_private, max_bytes=settings.max_bytes)
    try:
        for part in partition.parts:
            if isinstance(part, JsonlSlice):
                try:
                    yield from read_jsonl_slice(part)
                except OSError as exc:
                    yield Failure(part.path, "read_error", f"cannot read {part.path}: {exc.strerror or exc}")
            elif isinstance(part, str):
                yield from iter_inputs([part], fetcher=fetcher, allow_private=allow_private,
                                       settings=settings)
            else:
                yield part
    finally:
        if own:
            fetcher.close()
