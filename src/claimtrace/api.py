"""The public Python surface: ``load``, ``extract``, ``extract_documents``, and the worker pool.

``extract`` is to claimtrace what ``trafilatura.extract`` is to trafilatura: one call from text or
HTML to a structured ``Article``. Everything else (CLI, store, benchmarks) goes through here.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Iterable, Iterator, Optional

import spacy
from spacy.language import Language
from spacy.symbols import ORTH

from .config import Settings
from .errors import ModelNotInstalled
from .nlp.lexicon import RANK_ABBREVIATIONS
from .ingest.prepare import prepare
from .model import Article, Document
from .nlp import component as _component  # noqa: F401  (registers the "claimtrace" factory)

if TYPE_CHECKING:
    from .ingest.inputs import Failure, RawItem


def load(model: Optional[str] = None) -> Language:
    """Load a spaCy English pipeline with the ``claimtrace`` component added (cached per name and
    span-model setting, so a process that asks for both gets both)."""
    settings = Settings()
    return load_pipeline(model or settings.model, settings.span_model)


#: words the tokenizer would split at their hyphen, which the parser then reads as two nouns and a dash
ONE_WORD_WITH_HYPHEN = ("e-mail", "e-mails", "e-mailed", "e-mailing")


@lru_cache(maxsize=4)
def load_pipeline(name: str, span_model: bool) -> Language:
    """What :func:`load` caches: the pipeline ``name``, with the trained span scorer or without."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotInstalled(
            f"spaCy pipeline {name!r} is not installed; install it (see README) or set CLAIMTRACE_MODEL"
        ) from exc
    # the article length limit is the guard; spaCy's own (1,000,000 characters) must not be stricter
    nlp.max_length = max(nlp.max_length, Settings().max_chars + 1)
    for word in ONE_WORD_WITH_HYPHEN:  # "the e-mail had not told them": one noun, not "e", "-", "mail"
        for form in (word, word.capitalize()):
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])
    for title in RANK_ABBREVIATIONS:  # "Cmdr. Mirabet Verhaven": one token, as "Dr." and "Gen." are
        nlp.tokenizer.add_special_case(title, [{ORTH: title}])
    if "claimtrace_paragraphs" not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe("claimtrace_paragraphs", before="parser")
    if "claimtrace" not in nlp.pipe_names:
        if span_model:
            from .nlp.span_model import add_span_scorer

            add_span_scorer(nlp)  # only when its weights were trained on this pipeline's tok2vec
        nlp.add_pipe("claimtrace_appeals", last=True)
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


def to_document(item: "Document | RawItem | Failure", settings: Settings,
                media_type: Optional[str] = None) -> Document:
    """Whatever discovery produced, as a Document: raw items are prepared (decode, HTML extraction,
    appeals, language), a discovery ``Failure`` becomes a Document holding only its error."""
    from .ingest.inputs import Failure

    if isinstance(item, Document):
        return item
    if isinstance(item, Failure):
        return Document(input=item.input, text="", errors=[f"{item.reason}: {item.message}"])
    return prepare(item.data, item.input, media_type=media_type or item.media_type, meta=item.meta,
                   settings=settings)


def extract_parallel(items: "Iterable[Document | RawItem | Failure]", *, workers: int = 2,
                     settings: Optional[Settings] = None, batch_size: int = 8,
                     media_type: Optional[str] = None) -> Iterator[Article]:
    """Like ``extract_documents`` over ``workers`` processes of a ``worker_pool``, in input order.

    Items may be Documents or raw discovery items (``ingest.inputs.RawItem`` / ``Failure``); raw
    items are prepared in the workers too, so the caller's process only reads inputs.
    """
    from itertools import islice

    settings = settings or Settings()
    if workers <= 1:
        yield from extract_documents((to_document(i, settings, media_type) for i in items),
                                     settings=settings)
        return
    iterator = iter(items)
    batches = iter(lambda: list(islice(iterator, batch_size)), [])
    with worker_pool(workers, settings, preload=True) as pool:
        for articles in pool.imap(extract_batch, ((b, media_type) for b in batches)):
            yield from articles


@dataclass
class WorkerState:
    """What each ``worker_pool`` process was started with."""

    settings: Settings
    #: the store a worker may read to skip documents it already holds (None: do not look)
    store_url: Optional[str] = None


_worker: Optional[WorkerState] = None


def worker_pool(workers: int, settings: Settings, *, store_url: Optional[str] = None,
                preload: bool = False):
    """The one process pool behind ``extract --workers``, ``ingest --workers`` and ``eval polnear
    --workers``: ``workers`` forked processes (spawned where fork is missing). With ``preload``
    the pipeline is loaded here first and the forked workers share it (one load instead of one per
    worker: for callers that will parse); otherwise each worker loads it on its first parse, so an
    ingest with nothing new to parse never loads spaCy. Tasks are ``extract_batch`` and
    ``claimtrace.scale.work.ingest_batch``."""
    import multiprocessing as mp

    if preload:
        load(settings.model)
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    return ctx.Pool(workers, initializer=_init_worker, initargs=(WorkerState(settings, store_url),))


def _init_worker(state: WorkerState) -> None:
    global _worker
    _worker = state


def worker_state() -> WorkerState:
    """This process's ``WorkerState`` (defaults when not started by ``worker_pool``)."""
    return _worker or WorkerState(Settings())


def extract_batch(task: "tuple[list[Document | RawItem | Failure], Optional[str]]") -> list[Article]:
    """Run in a ``worker_pool`` process: ``(items, media_type)`` -> prepared, parsed articles."""
    items, media_type = task
    settings = worker_state().settings
    return list(extract_documents([to_document(i, settings, media_type) for i in items],
                                  settings=settings, batch_size=len(items) or 1))


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
