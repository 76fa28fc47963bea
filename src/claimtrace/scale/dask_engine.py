"""``ingest --engine dask``: partitions of the inputs as Dask tasks, on a cluster or a LocalCluster.

Each task reads (or fetches) its partition, prepares, parses and extracts it with the same code
as a local run (``scale.work.process_items``), then:

* with a PostgreSQL store, writes its articles itself in one batch upsert (one transaction per
  partition) and sends back only the outcomes (statuses and failures);
* with a SQLite store (one machine's file), sends the articles back; the client saves them.

Faults: a worker killed in the middle of a partition has committed nothing of it; the scheduler
runs the task again elsewhere. Dask also recomputes finished partitions whose results were still
held by the killed worker; saving is an idempotent upsert, so that duplicates nothing, and
``recover_statuses`` gives them the statuses their first run had, so the summary is the same as
without the fault. A task that fails after its retries (a partition that
kills every worker it runs on) fails its inputs alone, with reason ``internal``. Failures are
recorded by the client, never by workers, so a retried task cannot record one twice.

Workers need claimtrace and the spaCy model installed (the same versions as the client), and
for file inputs the same paths (a shared file system); URLs are fetched by the workers.
"""
from __future__ import annotations

import logging
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from typing import Iterator, Optional

from ..config import Settings
from ..derived import StaleStories
from ..errors import ModelNotInstalled
from .partitions import Partition, read_partition
from .work import Outcome, process_items, save_outcomes, worker_store

#: task retries on an exception (a dropped database connection, say); a killed worker is retried
#: by the scheduler itself (``distributed.scheduler.allowed-failures``, default 3)
TASK_RETRIES = 2
#: seconds to wait for ``--scheduler`` to answer
CONNECT_TIMEOUT = 15


@dataclass
class PartitionTask:
    """Everything a task needs besides its partition (sent with every task: keep it small)."""

    settings: Settings
    batch_size: int = 16
    allow_private: bool = False
    media_type: Optional[str] = None
    #: a PostgreSQL URL: the worker checks and writes the store itself; None: results come back
    store_url: Optional[str] = None
    run_id: Optional[int] = None


@dataclass
class PartitionResult:
    """One partition's outcomes and, when its worker saved them, the stories that save joined or
    re-clustered: their summaries are the client's to refresh."""

    outcomes: list[Outcome]
    stories: list[str] = field(default_factory=list)


def run_partition(partition: Partition, task: PartitionTask) -> PartitionResult:
    """One Dask task: the outcomes of one partition (saved already when ``task.store_url``)."""
    store = worker_store(task.store_url)
    items = read_partition(partition, settings=task.settings, allow_private=task.allow_private)
    outcomes: list[Outcome] = []
    while True:
        chunk = list(islice(items, task.batch_size))  # parse in batches: bounded memory, nlp.pipe
        if not chunk:
            break
        outcomes += process_items(chunk, settings=task.settings, media_type=task.media_type, store=store)
    if store is None:
        return PartitionResult(outcomes)
    # the whole partition, one transaction; the client summarises the stories it touched
    stale = StaleStories(interval=None)
    save_outcomes(store, outcomes, run_id=task.run_id, stale=stale)
    recover_statuses(store, outcomes, run_id=task.run_id)
    return PartitionResult(outcomes, sorted(stale.ids))


def recover_statuses(store, outcomes: list[Outcome], *, run_id: Optional[int]) -> None:
    """Give a recomputed partition the statuses its first attempt had.

    Dask recomputes a task whose result was lost with its worker, even when the task had already
    committed its articles; the upsert then finds them all ``unchanged``. An article this run
    stored from this very input was not unchanged: it was ``ingested`` (revision 1) or
    ``updated``. (Another input with the same key stays ``unchanged``, as in a local run.)
    """
    unchanged = [o for o in outcomes if o.status == "unchanged"]
    if not unchanged or run_id is None:
        return
    ours = {r["input"]: r for r in store.articles(inputs=[o.input for o in unchanged])
            if r["run_id"] == run_id}
    for outcome in unchanged:
        row = ours.get(outcome.input)
        if row is not None:
            outcome.status = "ingested" if row["revision"] == 1 else "updated"


class SchedulerUnreachable(RuntimeError):
    """``--scheduler`` names no Dask scheduler this machine can reach."""


@contextmanager
def dask_client(scheduler: Optional[str] = None, workers: int = 2) -> Iterator["object"]:
    """A ``distributed.Client`` on the scheduler at ``scheduler`` (``tcp://host:8786``), else on a
    ``LocalCluster`` of ``workers`` single-threaded processes on this machine (closed afterwards)."""
    from distributed import Client, LocalCluster

    if scheduler:
        try:
            client = Client(scheduler, timeout=CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise SchedulerUnreachable(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        try:
            yield client
        finally:
            client.close()
        return
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                           dashboard_address=None, silence_logs=logging.ERROR)
    try:
        with Client(cluster) as client:
            yield client
    finally:
        cluster.close()


def run_partitions(client, partitions: list[Partition], task: PartitionTask) -> Iterator[PartitionResult]:
    """Submit every partition and yield each one's result as it completes (any order)."""
    from distributed import as_completed

    futures = client.map(run_partition, partitions, task=task, retries=TASK_RETRIES, pure=False)
    by_key = {future.key: partition for future, partition in zip(futures, partitions)}
    try:
        for future in as_completed(futures):
            partition = by_key[future.key]
            try:
                result = future.result()
            except ModelNotInstalled:
                raise  # a usage error: the whole run stops, as locally
            except Exception as exc:
                message = " ".join(f"{type(exc).__name__}: {exc}".split())
                result = PartitionResult([Outcome(input=name, errors=[
                    f"internal: the Dask task for this partition failed: {message}"])
                    for name in partition.describe()])
            future.release()
            yield result
    finally:
        client.cancel(futures)  # nothing left after a normal end; an abort stops the rest
