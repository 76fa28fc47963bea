"""What a worker does with a batch of inputs, wherever it runs: a local ``worker_pool`` process, a
Dask worker, or the calling process itself.

prepare (decode, HTML extraction, appeals, language) -> skip what the store already holds ->
parse and extract -> optionally save. Every step keeps failures per item (``Outcome.errors``), so
a bad input fails alone and the batch goes on. The same function serves every engine, which is
what makes a local run and a Dask run store the same articles and attributions.
"""
from __future__ import annotations

import sys
import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable, Optional, Union

from ..api import extract_documents, load, to_document, worker_state
from ..config import Settings
from ..derived import StaleStories, update_derived
from ..ids import article_revision_id
from ..model import Article, Document

if TYPE_CHECKING:
    from ..ingest.inputs import Failure, RawItem
    from ..store import Store

Item = Union["RawItem", "Failure", Document]


@dataclass
class Outcome:
    """What became of one input.

    Exactly one of: ``errors`` (it failed; the first is ``"<reason>: <message>"``), ``status``
    (``"ingested"`` / ``"unchanged"`` / ``"updated"``: the store has it), or ``article`` (parsed,
    waiting to be saved by whoever holds the store).
    """

    input: str
    status: Optional[str] = None
    article: Optional[Article] = None
    errors: list[str] = field(default_factory=list)


def process_items(items: Iterable[Item], *, settings: Settings, media_type: Optional[str] = None,
                  store: "Optional[Store]" = None) -> list[Outcome]:
    """Prepare, parse and extract ``items``; one Outcome per item, in order. Nothing is saved.

    With ``store``, documents whose text the store already holds under the same key come back
    ``unchanged`` without being parsed (so a re-run costs preparation only, and never loads spaCy
    when nothing is new). Without it everything is parsed; the upsert still makes saving it a no-op.
    """
    outcomes: list[Outcome] = []
    to_parse: list[tuple[Outcome, Document]] = []
    for item in items:
        doc = to_document(item, settings, media_type)
        outcome = Outcome(input=doc.input)
        outcomes.append(outcome)
        if doc.errors:
            outcome.errors = list(doc.errors)
        elif store is not None and store.is_unchanged(doc):
            outcome.status = "unchanged"
        else:
            to_parse.append((outcome, doc))
    if to_parse:
        nlp = load(settings.model)  # cached per process: the model loads once per worker
        articles = extract_documents([d for _, d in to_parse], nlp=nlp, settings=settings,
                                     batch_size=len(to_parse))
        for (outcome, _), article in zip(to_parse, articles):
            if article.errors:
                outcome.errors = list(article.errors)
            else:
                outcome.article = article
    return outcomes


def save_outcomes(store: "Store", outcomes: list[Outcome], *, run_id: Optional[int],
                  stale: Optional[StaleStories] = None) -> None:
    """Save the parsed articles of ``outcomes`` in one batch upsert (one transaction), setting each
    one's ``status``, or ``errors`` (``store_error``) for an article the store refuses alone.

    This is the one place articles reach a store during ingest (the client's, or a Dask worker's
    own PostgreSQL connection), so it is also where linking goes after each saved batch; the
    stories they join go to ``stale`` (a run's), else are summarised at once.
    """
    waiting = [o for o in outcomes if o.article is not None and o.status is None and not o.errors]
    if not waiting:
        return
    revisions = [article_revision_id(o.article) for o in waiting]
    results = store.save_articles([o.article for o in waiting], run_id=run_id, return_exceptions=True)
    for outcome, result in zip(waiting, results):
        if isinstance(result, Exception):  # e.g. PostgreSQL refuses NUL characters: this one only
            outcome.errors = [f"store_error: {type(result).__name__}: {' '.join(str(result).split())}"]
        else:
            outcome.status = result
        outcome.article = None  # saved (or refused): the text need not travel any further
    saved = [revision for outcome, revision in zip(waiting, revisions) if outcome.status in ("ingested", "updated")]
    update_derived(store, saved, on_error=lambda message: print(f"claimtrace: {message}", file=sys.stderr),
                   stale=stale)


# -- state of a worker process ------------------------------------------------------------------

_stores = threading.local()


def worker_store(url: Optional[str]) -> "Optional[Store]":
    """This worker thread's own connection to the store at ``url`` (None: no store), opened on
    first use and kept for the life of the process."""
    if not url:
        return None
    cache = getattr(_stores, "by_url", None)
    if cache is None:
        cache = _stores.by_url = {}
    if url not in cache:
        from ..store import Store

        cache[url] = Store.open(url)
    return cache[url]


def ingest_batch(task: "tuple[list[Item], Optional[str]]") -> list[Outcome]:
    """Run in a ``claimtrace.api.worker_pool`` process: ``(items, media_type)`` -> Outcomes, with
    the worker's own read-only look at the store to skip unchanged texts."""
    items, media_type = task
    state = worker_state()
    return process_items(items, settings=state.settings, media_type=media_type,
                         store=worker_store(state.store_url))
