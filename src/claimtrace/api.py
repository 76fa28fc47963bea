"""The public Python surface: ``load``, ``extract``, ``extract_documents``.

``extract`` is to claimtrace what ``trafilatura.extract`` is to trafilatura: one call from text or
HTML to a structured ``Article``. Everything else (CLI, store, benchmarks) goes through here.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, Optional

import spacy
from spacy.language import Language

from .config import Settings
from .errors import ModelNotInstalled
from .ingest.prepare import prepare
from .model import Article, Document
from .nlp import component as _component  # noqa: F401  (registers the "claimtrace" factory)


@lru_cache(maxsize=4)
def load(model: Optional[str] = None) -> Language:
    """Load a spaCy English pipeline with the ``claimtrace`` component added (cached per name)."""
    name = model or Settings().model
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy pipeline {name!r} is not installed; install it (see README) or set CLAIMTRACE_MODEL"
        ) from exc
    # the article length limit is the guard; spaCy's own (1,000,000 characters) must not be stricter
    nlp.max_length = max(nlp.max_length, Settings().max_chars + 1)
    if "claimtrace_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("claimtrace_paragraphs", before="parser")
    if "claimtrace" not in nlp.pipe_names:
        nlp.add_pipe("claimtrace", last=True)
    return nlp


def extract(text: str | bytes | None = None, *, html: str | bytes | None = None,
            input: str = "<string>", nlp: Optional[Language] = None,
            settings: Optional[Settings] = None) -> Article:
    """Extract the attributions of one article given as plain text or as HTML."""
    if (text is None) == (html is None):
        raise TypeError("pass exactly one of text= or html=")
    settings = settings or Settings()
    doc = prepare(html if text is None else text, input,
                  media_type="html" if text is None else "text", settings=settings)
    return next(extract_documents([doc], nlp=nlp, settings=settings))


def extract_documents(documents: Iterable[Document], *, nlp: Optional[Language] = None,
                      settings: Optional[Settings] = None, batch_size: int = 16) -> Iterator[Article]:
    """Stream documents through the pipeline with ``nlp.pipe``; yields one Article per document, in order.

    Documents that carry errors (empty, binary, not English, ...) are passed through without parsing.
    """
    settings = settings or Settings()
    nlp = nlp or load(settings.model)
    from .nlp.component import article_from_doc

    pending: list[Document] = []

    def flush() -> Iterator[Article]:
        good = [d for d in pending if not d.errors]
        try:
            parsed = [doc for doc, _ in nlp.pipe(((d.text, d) for d in good), as_tuples=True,
                                                 batch_size=batch_size)]
        except Exception:  # one bad document must not sink the batch: redo them one by one
            parsed = [_parse_one(nlp, d) for d in good]
        by_id = {id(d): doc for d, doc in zip(good, parsed)}
        for d in pending:
            spacy_doc = by_id.get(id(d))
            yield _article_without_parse(d) if spacy_doc is None else article_from_doc(spacy_doc, d)
        pending.clear()

    for document in documents:
        pending.append(document)
        if len(pending) >= batch_size:
            yield from flush()
    yield from flush()


def extract_parallel(documents: Iterable[Document], *, workers: int = 2,
                     settings: Optional[Settings] = None, batch_size: int = 8) -> Iterator[Article]:
    """Like ``extract_documents`` over ``workers`` processes (one pipeline each), in input order.

    The pipeline is loaded once in the parent and inherited by forked workers, so start-up costs
    one model load, not one per worker.
    """
    from itertools import islice

    settings = settings or Settings()
    if workers <= 1:
        yield from extract_documents(documents, settings=settings)
        return
    iterator = iter(documents)
    batches = iter(lambda: list(islice(iterator, batch_size)), [])
    with worker_pool(workers, settings) as pool:
        for articles in pool.imap(extract_batch, batches):
            yield from articles


def worker_pool(workers: int, settings: Settings):
    """A process pool whose workers extract with ``settings``; forked where the OS allows, after
    loading the pipeline here, so the workers share the loaded model instead of loading their own."""
    import multiprocessing as mp

    load(settings.model)
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    return ctx.Pool(workers, initializer=_init_worker, initargs=(settings,))


_worker_settings: Optional[Settings] = None


def _init_worker(settings: Settings) -> None:
    global _worker_settings
    _worker_settings = settings


def extract_batch(batch: list[Document]) -> list[Article]:
    """Run in a ``worker_pool`` process: one batch of documents to articles."""
    return list(extract_documents(batch, settings=_worker_settings, batch_size=len(batch) or 1))


def _parse_one(nlp: Language, d: Document):
    """Parse one document; on failure record why in ``d.errors`` and return None."""
    try:
        return nlp(d.text)
    except Exception as exc:
        d.errors.append(f"internal: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}")
        return None


def _article_without_parse(d: Document) -> Article:
    return Article(input=d.input, text=d.text, title=d.title, language=d.language,
                   boilerplate=list(d.boilerplate), errors=list(d.errors), url=d.url,
                   canonical_url=d.canonical_url, outlet=d.outlet, author=d.author,
                   published=d.published)
