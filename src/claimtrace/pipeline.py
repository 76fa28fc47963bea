"""The main job: inputs -> prepared documents -> attributions -> the store.

``ingest`` is what ``claimtrace ingest`` and ``claimtrace demo`` run. Its design follows from what
a long batch over messy news input needs:

* one bad input never stops the run: discovery failures, documents that cannot be prepared and
  articles the store refuses (``store_error``) are each recorded with ``Store.record_failure`` and
  counted, and the run goes on;
* re-running is cheap and safe: an item is prepared (decode, HTML extraction), hashed, and parsing
  is skipped when the store already holds that text as the latest revision under the same
  key; saves are idempotent upserts anyway, so a skipped check only costs time, never correctness;
* a kill at any moment leaves whole batches of articles or nothing (one transaction per batch),
  and the same command run again finishes the job without duplicates;
* the work itself (``scale.work.process_items``: prepare, check, parse, extract) is the same code
  on every engine: in this process (``workers=1``), in a local ``worker_pool`` (this process only
  reads inputs, saves and counts), or as Dask tasks over partitions of the inputs
  (``engine="dask"``, ``scale/dask_engine.py``), so every engine stores the same articles.
"""
from __future__ import annotations

import os
import sys
import time
from collections import deque
from dataclasses import asdict, dataclass, field
from typing import Callable, Iterable, Iterator, Literal, Optional, Union

from .config import Settings
from .model import Document
from .store import Store

#: how many example inputs a failure reason keeps for the summary
EXAMPLES_PER_REASON = 3

FailureCallback = Callable[[str, str, str], None]
Engine = Literal["local", "dask"]


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
    way: by looking at ``Document.errors``. Prepared here, in the caller's process; ``ingest``
    prepares in its workers instead (``scale.work.process_items``).
    """
    from .api import to_document
    from .ingest.inputs import iter_inputs

    settings = settings or Settings()
    for item in iter_inputs([os.fspath(s) for s in specs], fetcher=fetcher,
                            allow_private=allow_private, settings=settings, on_skip=on_skip):
        yield to_document(item, settings, media_type)


def ingest(specs: Iterable[Union[str, os.PathLike]], *, store: Union[None, str, os.PathLike, Store] = None,
           workers: int = 1, allow_private: bool = False, settings: Optional[Settings] = None,
           progress: bool = True, argv: Optional[list[str]] = None, media_type: Optional[str] = None,
           fetcher=None, on_failure: Optional[FailureCallback] = None,
           batch_size: Optional[int] = None, engine: Engine = "local",
           scheduler: Optional[str] = None, partition_size: Optional[int] = None) -> IngestSummary:
    """Extract the attributions of every article ``specs`` name and save them in ``store``.

    :param store: an open ``Store`` (left open), or a URL/path to open and close (``None``:
        ``$CLAIMTRACE_DB``, else the per-user SQLite file).
    :param workers: local engine: processes that prepare and parse (1: this process does it all);
        Dask engine without ``scheduler``: the size of the ``LocalCluster`` started for the run.
    :param engine: ``"local"`` or ``"dask"`` (partitions of the inputs as Dask tasks; with a
        PostgreSQL store the workers write their articles themselves, with SQLite the results
        come back here to be saved).
    :param scheduler: Dask engine: the address of a running scheduler (``tcp://host:8786``).
    :param partition_size: Dask engine: articles per task (default ``DEFAULT_PARTITION_SIZE``).
    :param batch_size: articles parsed (and saved) together.
    :param progress: show a tqdm bar on stderr (only when stderr is a terminal) and print each
        failure there as ``claimtrace: <input>: <reason>: <message>``.
    :param argv: what to record as the run's command line (default ``["ingest", *specs]``).
    :param fetcher: a ``Fetcher`` to use for URLs (local engine; tests pass one with no delay).
    :param on_failure: called with ``(input, reason, message)`` for each failed item.
    :returns: the counts; the same tally is stored with the run (``Store.runs()``).
    """
    if workers < 1:
        raise ValueError("workers must be at least 1")
    if engine not in ("local", "dask"):
        raise ValueError(f"engine must be 'local' or 'dask', not {engine!r}")
    specs = [os.fspath(s) for s in specs]
    settings = settings or Settings()
    own = not isinstance(store, Store)
    st = Store.open(store) if own else store
    try:
        return _Run(st, specs, workers=workers, allow_private=allow_private, settings=settings,
                    progress=progress, argv=argv, media_type=media_type, fetcher=fetcher,
                    on_failure=on_failure, batch_size=batch_size, engine=engine,
                    scheduler=scheduler, partition_size=partition_size).run()
    finally:
        if own:
            st.close()


class _Run:
    """State of one ``ingest`` call (kept out of the function so each step reads on its own)."""

    def __init__(self, store: Store, specs: list[str], *, workers, allow_private, settings,
                 progress, argv, media_type, fetcher, on_failure, batch_size, engine, scheduler,
                 partition_size):
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
        self.engine = engine
        self.scheduler = scheduler
        self.partition_size = partition_size
        self.summary = IngestSummary(store=store.location)
        self.bar = None

    def run(self) -> IngestSummary:
        from tqdm import tqdm

        from .derived import StaleStories
        from .scale.work import save_outcomes

        stale = StaleStories()
        start = time.monotonic()
        self.summary.run_id = self.store.begin_run(self.argv)
        self.bar = tqdm(total=_estimate_total(self.specs), desc="ingesting", unit="article",
                        file=sys.stderr, disable=None if self.progress else True, leave=False,
                        dynamic_ncols=True)
        try:
            batches = self.dask_batches() if self.engine == "dask" else self.local_batches()
            for outcomes, stories in batches:
                save_outcomes(self.store, outcomes, run_id=self.summary.run_id,  # what workers did not
                              stale=stale)
                if stories:  # Dask workers saved and linked these outcomes
                    stale.add(self.store, stories)
                for outcome in outcomes:
                    self.settle(outcome)
            try:  # the articles are saved either way; readers build a stale story themselves
                stale.flush(self.store)
            except Exception as exc:
                print(f"claimtrace: story summaries: {type(exc).__name__}: {exc}", file=sys.stderr)
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
            self.bar.close()
        self.summary.elapsed = time.monotonic() - start
        self.store.finish_run(self.summary.run_id, self.summary.counts())
        return self.summary

    def local_batches(self) -> Iterator[tuple[list, list[str]]]:
        """(outcomes, no stories) in input order: discovery here; preparing and parsing here
        (``workers=1``) or in a ``worker_pool`` whose processes read the store only to skip
        unchanged texts; this process saves them."""
        from itertools import islice

        from .ingest.inputs import iter_inputs
        from .scale.work import ingest_batch, process_items

        items = iter_inputs(self.specs, fetcher=self.fetcher, allow_private=self.allow_private,
                            settings=self.settings)
        batches = iter(lambda: list(islice(items, self.batch_size)), [])
        if self.workers == 1:
            for batch in batches:
                yield process_items(batch, settings=self.settings, media_type=self.media_type,
                                    store=self.store), []
            return
        from .api import worker_pool

        readable = self.store.conn.target != ":memory:"  # a private in-memory database is not
        pool = worker_pool(self.workers, self.settings,
                           store_url=self.store.conn.target if readable else None)
        window = 2 * self.workers  # batches in flight: keeps workers busy, memory bounded
        inflight: deque = deque()
        try:
            for batch in batches:
                inflight.append(pool.apply_async(ingest_batch, ((batch, self.media_type),)))
                while len(inflight) > window or (inflight and inflight[0].ready()):
                    yield inflight.popleft().get(), []
            while inflight:
                yield inflight.popleft().get(), []
        finally:
            pool.terminate()  # results were all collected (or the run is being aborted)
            pool.join()

    def dask_batches(self) -> Iterator[tuple[list, list[str]]]:
        """(outcomes, stories its worker's save touched) per partition, as partitions complete on the
        Dask cluster (no stories when the workers do not write: SQLite)."""
        from .scale.dask_engine import PartitionTask, dask_client, run_partitions
        from .scale.partitions import DEFAULT_PARTITION_SIZE, plan_partitions

        partitions = plan_partitions(self.specs, size=self.partition_size or DEFAULT_PARTITION_SIZE)
        workers_write = self.store.backend == "postgresql"
        task = PartitionTask(settings=self.settings, batch_size=self.batch_size,
                             allow_private=self.allow_private, media_type=self.media_type,
                             store_url=self.store.conn.target if workers_write else None,
                             run_id=self.summary.run_id)
        with dask_client(self.scheduler, self.workers) as client:
            for result in run_partitions(client, partitions, task):
                yield result.outcomes, result.stories

    def settle(self, outcome) -> None:
        if outcome.errors:
            self.fail(outcome.input, outcome.errors)
            return
        setattr(self.summary, outcome.status, getattr(self.summary, outcome.status) + 1)
        self.tick()

    def tick(self) -> None:
        bar = self.bar
        if bar.total is not None and bar.n >= bar.total:  # the estimate was low (URL lists, WARC)
            bar.total = None
        bar.update(1)

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


def _estimate_total(specs: list[str]) -> Optional[int]:
    """Items a run will have, when that is cheap to know (local files and JSONL); else None.

    Only for the progress bar's ETA: URLs, feeds and WARC files would need fetching or reading
    everything twice, so their presence gives an open-ended bar instead.
    """
    from .ingest.inputs import (HTML_EXTENSIONS, JSON_EXTENSIONS, JSONL_EXTENSIONS, TEXT_EXTENSIONS,
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
