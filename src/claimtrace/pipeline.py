"""The main job: inputs -> prepared documents -> attributions -> the store, one article at a time.

``ingest`` is what ``claimtrace ingest`` and ``claimtrace demo`` run. Its design follows from what
a long batch over messy news input needs:

* one bad input never stops the run: discovery failures, documents that cannot be prepared and
  articles the store refuses (``store_error``) are each recorded with ``Store.record_failure`` and
  counted, and the run goes on;
* re-running is cheap and safe: an item is prepared (decode, HTML extraction), hashed, and parsing
  is skipped when the store already holds that text as the latest revision under the same
  identity; saves are idempotent anyway, so a skipped check only costs time, never correctness;
* a kill at any moment leaves whole articles or nothing (the store writes one transaction per
  article), and the same command run again finishes the job without duplicates;
* every store access happens in the calling thread: parsing may run in forked worker processes,
  but results come back to the caller, which saves them in input order.
"""
from __future__ import annotations

import os
import sys
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from typing import Callable, Iterable, Iterator, Optional, Union

from .config import Settings
from .model import Article, Document
from .store import Store

#: how many example inputs a failure reason keeps for the summary
EXAMPLES_PER_REASON = 3

FailureCallback = Callable[[str, str, str], None]


@dataclass
class FailureGroup:
    """All failures of one reason: how many, and the first few inputs to go and look at."""

    count: int = 0
    examples: list[str] = field(default_factory=list)


@dataclass
class IngestSummary:
    """What one ingest run did; ``failures`` maps a reason slug to its count and example inputs."""

    run_id: Optional[int] = None
    store: str = ""
    ingested: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    failures: dict[str, FailureGroup] = field(default_factory=dict)
    elapsed: float = 0.0

    @property
    def total(self) -> int:
        return self.ingested + self.unchanged + self.updated + self.failed

    @property
    def articles_per_second(self) -> float:
        """Items handled (stored, skipped or failed) per wall-clock second of the whole run."""
        return self.total / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def counts(self) -> dict:
        """The tally stored with the run (``runs.counts``)."""
        return {"ingested": self.ingested, "unchanged": self.unchanged, "updated": self.updated,
                "failed": self.failed,
                "failures": {reason: g.count for reason, g in self.failures.items()}}

    def add_failure(self, input: str, reason: str) -> None:
        self.failed += 1
        group = self.failures.setdefault(reason, FailureGroup())
        group.count += 1
        if len(group.examples) < EXAMPLES_PER_REASON:
            group.examples.append(input)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["failures"] = {r: asdict(g) for r, g in
                            sorted(self.failures.items(), key=lambda kv: (-kv[1].count, kv[0]))}
        data["total"] = self.total
        data["elapsed"] = round(self.elapsed, 3)
        data["articles_per_second"] = round(self.articles_per_second, 2)
        return data


def split_error(error: str) -> tuple[str, str]:
    """``"reason: message"`` (the ``Document.errors`` convention) -> ``(reason, message)``."""
    reason, sep, message = error.partition(": ")
    if not sep or not reason or " " in reason:
        return "internal", error
    return reason, message


def documents(specs: Iterable[Union[str, os.PathLike]], *, settings: Optional[Settings] = None,
              allow_private: bool = False, media_type: Optional[str] = None, fetcher=None,
              on_skip: Optional[Callable[[str], None]] = None) -> Iterator[Document]:
    """Expand ``specs`` (files, folders, URLs, feeds, lists, JSONL, WARC) and prepare each item.

    One Document per item, in discovery order; an input that yields no article (discovery
    ``Failure``) becomes a Document with only an error, so callers handle every problem the same
    way: by looking at ``Document.errors``. Shared by ``extract`` and ``ingest``.
    """
    from .ingest.prepare import prepare
    from .ingest.sources import Failure, iter_inputs

    settings = settings or Settings()
    for item in iter_inputs([os.fspath(s) for s in specs], fetcher=fetcher,
                            allow_private=allow_private, settings=settings, on_skip=on_skip):
        if isinstance(item, Failure):
            yield Document(input=item.input, text="", errors=[f"{item.reason}: {item.message}"])
        else:
            yield prepare(item.data, item.input, media_type=media_type or item.media_type,
                          meta=item.meta, settings=settings)


def ingest(specs: Iterable[Union[str, os.PathLike]], *, store: Union[None, str, os.PathLike, Store] = None,
           workers: int = 1, allow_private: bool = False, settings: Optional[Settings] = None,
           progress: bool = True, argv: Optional[list[str]] = None, media_type: Optional[str] = None,
           fetcher=None, on_failure: Optional[FailureCallback] = None,
           batch_size: Optional[int] = None) -> IngestSummary:
    """Extract the attributions of every article ``specs`` name and save them in ``store``.

    :param store: an open ``Store`` (left open), or a URL/path to open and close (``None``:
        ``$CLAIMTRACE_DB``, else the per-user SQLite file).
    :param workers: processes for parsing; preparing and saving stay in this process.
    :param progress: show a tqdm bar on stderr (only when stderr is a terminal) and print each
        failure there as ``claimtrace: <input>: <reason>: <message>``.
    :param argv: what to record as the run's command line (default ``["ingest", *specs]``).
    :param fetcher: a ``Fetcher`` to use for URLs (tests pass one with no politeness delay).
    :param on_failure: called with ``(input, reason, message)`` for each failed item.
    :returns: the counts; the same tally is stored with the run (``Store.runs()``).
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    specs = [os.fspath(s) for s in specs]
    settings = settings or Settings()
    own = not isinstance(store, Store)
    st = Store.open(store) if own else store
    try:
        return _Run(st, specs, workers=workers, allow_private=allow_private, settings=settings,
                    progress=progress, argv=argv, media_type=media_type, fetcher=fetcher,
                    on_failure=on_failure, batch_size=batch_size).run()
    finally:
        if own:
            st.close()


class _Run:
    """State of one ``ingest`` call (kept out of the function so each step reads on its own)."""

    def __init__(self, store: Store, specs: list[str], *, workers, allow_private, settings,
                 progress, argv, media_type, fetcher, on_failure, batch_size):
        self.store = store
        self.specs = specs
        self.workers = workers
        self.allow_private = allow_private
        self.settings = settings
        self.progress = progress
        self.argv = list(argv) if argv is not None else ["ingest", *specs]
        self.media_type = media_type
        self.fetcher = fetcher
        self.on_failure = on_failure
        self.batch_size = batch_size or (16 if workers == 1 else 8)
        self.summary = IngestSummary(store=store.location)
        self.parser: Optional[_Parser] = None
        self.bar = None

    def run(self) -> IngestSummary:
        from tqdm import tqdm

        start = time.monotonic()
        self.summary.run_id = self.store.begin_run(self.argv)
        self.bar = tqdm(total=_estimate_total(self.specs), desc="ingesting", unit="article",
                        file=sys.stderr, disable=None if self.progress else True, leave=False,
                        dynamic_ncols=True)
        try:
            for doc in documents(self.specs, settings=self.settings, allow_private=self.allow_private,
                                 media_type=self.media_type, fetcher=self.fetcher):
                if doc.errors:
                    self.fail(doc.input, doc.errors)
                elif self.store.is_unchanged(doc):
                    self.summary.unchanged += 1
                    self.tick()
                else:
                    if self.parser is None:  # loaded on first need: a re-run of stored input never loads spaCy
                        self.parser = _Parser(self.workers, self.settings, self.batch_size)
                    for article in self.parser.submit(doc):
                        self.save(article)
            if self.parser is not None:
                for article in self.parser.drain():
                    self.save(article)
        except BaseException as exc:
            self.summary.elapsed = time.monotonic() - start
            counts = self.summary.counts()
            counts["aborted"] = f"{type(exc).__name__}: {exc}"
            try:  # leave a trace of how far the run got; the original error matters more
                self.store.finish_run(self.summary.run_id, counts)
            except Exception:
                pass
            raise
        finally:
            if self.parser is not None:
                self.parser.close()
            self.bar.close()
        self.summary.elapsed = time.monotonic() - start
        self.store.finish_run(self.summary.run_id, self.summary.counts())
        return self.summary

    def tick(self) -> None:
        bar = self.bar
        if bar.total is not None and bar.n >= bar.total:  # the estimate was low (URL lists, WARC)
            bar.total = None
        bar.update(1)

    def save(self, article: Article) -> None:
        if article.errors:
            self.fail(article.input, article.errors)
            return
        try:
            status = self.store.save_article(article, run_id=self.summary.run_id)
        except Exception as exc:  # e.g. PostgreSQL refuses NUL characters: skip this article only
            self.fail(article.input, [f"store_error: {type(exc).__name__}: {_one_line(str(exc))}"])
            return
        setattr(self.summary, status, getattr(self.summary, status) + 1)
        self.tick()

    def fail(self, input: str, errors: list[str]) -> None:
        reason, message = split_error(errors[0])
        if len(errors) > 1:
            message = "; ".join([message, *errors[1:]])
        self.summary.add_failure(input, reason)
        # NUL is the one character PostgreSQL text cannot hold; a failure record must always fit
        self.store.record_failure(self.summary.run_id, input.replace("\x00", "\\0"), reason,
                                  message.replace("\x00", "\\0"))
        if self.progress:
            self.bar.write(f"claimtrace: {input}: {reason}: {message}", file=sys.stderr)
        if self.on_failure is not None:
            self.on_failure(input, reason, message)
        self.tick()


def _one_line(text: str) -> str:
    return " ".join(text.split())


class _Parser:
    """Parse documents in batches, in this process or in forked workers; results come back in order.

    Unlike ``api.extract_parallel`` (which pulls its input from a pool thread) the caller pushes
    documents in, so the caller's thread can consult the store between documents.
    """

    def __init__(self, workers: int, settings: Settings, batch_size: int):
        from .api import load, worker_pool

        self.settings = settings
        self.batch_size = batch_size
        self.pending: list[Document] = []
        self.inflight: deque = deque()
        self.nlp = load(settings.model)  # in the parent, so forked workers inherit it
        self.pool = None
        if workers > 1:
            self.pool = worker_pool(workers, settings)
            self.window = 2 * workers  # batches in flight: keeps workers busy without unbounded memory

    def submit(self, doc: Document) -> Iterator[Article]:
        self.pending.append(doc)
        if len(self.pending) >= self.batch_size:
            yield from self._flush()
        while self.inflight and self.inflight[0].ready():
            yield from self.inflight.popleft().get()

    def drain(self) -> Iterator[Article]:
        yield from self._flush()
        while self.inflight:
            yield from self.inflight.popleft().get()

    def _flush(self) -> Iterator[Article]:
        batch, self.pending = self.pending, []
        if not batch:
            return
        if self.pool is None:
            from .api import extract_documents

            yield from extract_documents(batch, nlp=self.nlp, settings=self.settings,
                                         batch_size=len(batch))
            return
        from .api import extract_batch

        self.inflight.append(self.pool.apply_async(extract_batch, (batch,)))
        while len(self.inflight) > self.window:
            yield from self.inflight.popleft().get()

    def close(self) -> None:
        if self.pool is not None:
            self.pool.terminate()  # results were all collected (or the run is being aborted)
            self.pool.join()
            self.pool = None


def _estimate_total(specs: list[str]) -> Optional[int]:
    """Items a run will have, when that is cheap to know (local files and JSONL); else None.

    Only for the progress bar's ETA: URLs, feeds and WARC files would need fetching or reading
    everything twice, so their presence gives an open-ended bar instead.
    """
    from .ingest.sources import (HTML_EXTENSIONS, JSON_EXTENSIONS, JSONL_EXTENSIONS, TEXT_EXTENSIONS,
                                 iter_folder, is_url)

    def count_file(path: str) -> Optional[int]:
        name = path.lower()
        if name.endswith(TEXT_EXTENSIONS + HTML_EXTENSIONS + JSON_EXTENSIONS):
            return 1
        if name.endswith(JSONL_EXTENSIONS):
            with open(path, "rb") as fh:
                return sum(1 for line in fh if line.strip())
        return None

    total = 0
    try:
        for spec in specs:
            if spec == "-" or is_url(spec):
                return None
            files = iter_folder(spec) if os.path.isdir(spec) else [spec] if os.path.isfile(spec) else None
            if files is None:
                total += 1  # a not_found failure
                continue
            for path in files:
                n = None if not isinstance(path, str) else count_file(path)
                if n is None:
                    return None
                total += n
    except OSError:
        return None
    return total


__all__ = ["ingest", "documents", "IngestSummary", "FailureGroup", "split_error"]
