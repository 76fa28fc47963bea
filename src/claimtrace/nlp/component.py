"""The ``claimtrace`` spaCy component: ``nlp.add_pipe("claimtrace")`` sets ``doc._.attributions``.

The component reads ``doc._.boilerplate`` (character ranges that are not the article: appeals,
sign-ups) when the caller set it, and otherwise finds them itself, so it works on a bare ``nlp(text)``.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..model import Article, Document
from .dateline import find_datelines
from .extractor import extract_from_doc

for _name, _default in (("attributions", None), ("sources", None), ("boilerplate", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def doc_text(doc: Doc) -> str:
    """``doc.text``, read once per Doc: spaCy rebuilds it from every token on each access."""
    text = doc.user_data.get("claimtrace_text")
    if text is None:
        text = doc.user_data["claimtrace_text"] = doc.text
    return text


class ClaimTrace:
    """Finds attributions over the dependency parse; see ``claimtrace.nlp.extractor``."""

    def __init__(self, nlp: Language, name: str = "claimtrace"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from ..ingest.appeals import find_boilerplate

        text = doc_text(doc)
        if doc._.boilerplate is None:
            doc._.boilerplate = find_boilerplate(text)
        attributions, sources = extract_from_doc(doc, doc._.boilerplate, text)
        doc._.attributions = attributions
        doc._.sources = sources
        return doc


@Language.component("claimtrace_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and datelines end without a full stop,
    and the parser would otherwise run them into the next paragraph. Runs before the parser."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    # ... and after a wire dateline, so "LONDON (Reuters) -" is not read as the subject
    for _, end, _ in find_datelines(doc_text(doc)):
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None and span[0].i > 0:
            span[0].is_sent_start = True
    return doc


@Language.factory("claimtrace")
def make_claimtrace(nlp: Language, name: str) -> ClaimTrace:
    return ClaimTrace(nlp, name)


def article_from_doc(doc: Doc, document: Document) -> Article:
    """Combine a processed spaCy Doc with its ingest metadata into the output record."""
    return Article(
        input=document.input, text=document.text, title=document.title,
        language=document.language, boilerplate=list(doc._.boilerplate or []),
        sources=list(doc._.sources or []), attributions=list(doc._.attributions or []),
        errors=list(document.errors), url=document.url, canonical_url=document.canonical_url,
        outlet=document.outlet, author=document.author, published=document.published,
    )
