"""claimtrace's spaCy components, each registered by entry point (``pyproject.toml``):

* ``claimtrace_paragraphs`` (before the parser): a sentence starts at every line break and after
  a wire dateline;
* ``claimtrace_appeals``: in-body appeals and chrome as boilerplate, ``doc._.boilerplate``
  (``[[start, end], ...]``) and ``doc.spans["ct_boilerplate"]``;
* ``claimtrace``: the attributions.

Results are plain data, so ``Doc.to_bytes``, ``DocBin(store_user_data=True)`` and
``nlp.pipe(texts, n_process=2)`` carry them: spans in ``doc.spans["ct_source"]``, ``["ct_cue"]``
and ``["ct_content"]`` (one span per piece; ``span.id_`` is ``"a<k>"`` for the k-th attribution;
cue label ``CUE``, content label its kind, source label the speaker's kind and ``kb_id_`` the
source id), and the full records as dicts in ``doc._.ct_attributions`` / ``doc._.ct_sources``.
``doc._.attributions`` and ``doc._.sources`` (the documented access) build the typed records
(``claimtrace.model``) from that data on each access.
"""
from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Iterable, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..ingest.appeals import find_boilerplate
from ..model import Article, Attribution, Document, Source
from ..ingest.dateline import find_datelines
from .extractor import extract_from_doc
from .records import attribution_data, attribution_record, source_data, source_record

SPAN_KEYS = {"source": "ct_source", "cue": "ct_cue", "content": "ct_content"}
BOILERPLATE_KEY = "ct_boilerplate"


def _attributions(doc: Doc) -> Optional[list[Attribution]]:
    data = doc._.ct_attributions
    return None if data is None else [attribution_record(d) for d in data]


def _sources(doc: Doc) -> Optional[list[Source]]:
    data = doc._.ct_sources
    return None if data is None else [source_record(d) for d in data]


for _name in ("ct_attributions", "ct_sources", "boilerplate"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)
Doc.set_extension("attributions", getter=_attributions, force=True)
Doc.set_extension("sources", getter=_sources, force=True)


#: words that open a sentence rather than go on with a time ("4 a.m. One of them", not "4 p.m. Monday")
SENTENCE_OPENERS = frozenset("""the a an one two three four five six some many most all both he she it they we i
his her its their this that these those there but and however another others none""".split())


def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines and datelines end without a full stop,
    and the parser would otherwise run them into the next paragraph. Runs before the parser."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
            # ... and not after its first word, when the line goes on with words ("Missile alert sent to two
            # million phones", "Diesel stored at the depot failed tests"): the parser would cut the word off
            nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
            if nxt is not None and tok.is_alpha and nxt.is_alpha and "\n" not in tok.whitespace_ and \
                    nxt.is_sent_start is None:
                nxt.is_sent_start = False
        # ... and after a time's "a.m." or "p.m." that ends a sentence ("... shortly after 4 a.m. One of the two
        # said"): the tokenizer keeps the full stop in the abbreviation, so the parser runs the sentences together
        elif prev.lower_ in ("a.m.", "p.m.") and prev.whitespace_ and tok.is_title and tok.lower_ in SENTENCE_OPENERS:
            tok.is_sent_start = True
        # ... and after an abbreviation that ends a sentence before a quotation ('... said in a post on X. "The
        # critics can now stop"'): the tokenizer took "X." for an initial, and a quotation goes on no name
        elif len(prev) > 1 and prev.text.endswith(".") and prev.whitespace_ and tok.text in ('"', "\u201c") and \
                tok.i + 1 < len(doc) and not tok.whitespace_ and doc[tok.i + 1].is_title:
            tok.is_sent_start = True
            doc[tok.i + 1].is_sent_start = False
    # ... and after a wire dateline, so "LONDON (Reuters) -" is not read as the subject
    for _, end, _ in find_datelines(doc.text):
        span = doc.char_span(end, end + 1, alignment_mode="expand")
        if span is not None and span[0].i > 0:
            span[0].is_sent_start = True
    return doc


def _char_spans(doc: Doc, ranges: Iterable[tuple[int, int]], **attrs) -> list[Span]:
    spans = []
    for s, e in ranges:
        span = doc.char_span(s, e, alignment_mode="expand", **attrs)
        if span is not None and len(span):
            spans.append(span)
    return spans


class _JsonData:
    """``to_disk``/``from_disk``/``to_bytes``/``from_bytes`` for a component whose data is a few
    word or pattern lists (``self.data``, saved as ``<path>/<self.filename>``)."""

    filename = "data.json"
    data: dict

    def set_data(self, data: dict) -> None:
        raise NotImplementedError

    def to_disk(self, path, *, exclude=tuple()) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / self.filename).write_text(json.dumps(self.data, indent=1, sort_keys=True) + "\n",
                                          encoding="utf-8")

    def from_disk(self, path, *, exclude=tuple()):
        file = Path(path) / self.filename
        if file.exists():
            self.set_data(json.loads(file.read_text(encoding="utf-8")))
        return self

    def to_bytes(self, *, exclude=tuple()) -> bytes:
        return json.dumps(self.data, sort_keys=True).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude=tuple()):
        self.set_data(json.loads(data.decode("utf-8")))
        return self


class Appeals(_JsonData):
    """Flags in-body appeals and chrome (``claimtrace.ingest.appeals``) as boilerplate.

    ``extra_patterns``: regular expressions for a site's own chrome; a paragraph in which one
    matches (case-insensitive) is boilerplate too. Saved with the pipeline (``appeals.json``).
    """

    filename = "appeals.json"

    def __init__(self, nlp: Language, name: str = "claimtrace_appeals",
                 extra_patterns: Iterable[str] = ()):
        self.name = name
        self.set_data({"extra_patterns": list(extra_patterns)})

    def set_data(self, data: dict) -> None:
        self.data = {"extra_patterns": [str(p) for p in data.get("extra_patterns", [])]}
        self.patterns = [re.compile(p, re.IGNORECASE) for p in self.data["extra_patterns"]]

    def __call__(self, doc: Doc) -> Doc:
        ranges = find_boilerplate(doc.text, self.patterns)
        doc._.boilerplate = [[s, e] for s, e in ranges]
        doc.spans[BOILERPLATE_KEY] = _char_spans(doc, ranges, label="BOILERPLATE")
        return doc


class ClaimTrace(_JsonData):
    """Finds attributions over the dependency parse; see ``claimtrace.nlp.extractor``.

    Reads ``doc._.boilerplate`` from ``claimtrace_appeals``; without that component in the pipeline
    it runs the default appeal detection itself, so ``nlp.add_pipe("claimtrace")`` alone works.
    ``outlets``: names of news outlets beyond those the name words give away ("Meridian"), saved
    with the pipeline (``lexicon.json``).
    """

    filename = "lexicon.json"

    def __init__(self, nlp: Language, name: str = "claimtrace", outlets: Iterable[str] = ()):
        self.name = name
        self.set_data({"outlets": list(outlets)})

    def set_data(self, data: dict) -> None:
        self.data = {"outlets": sorted({str(o) for o in data.get("outlets", [])})}
        self.outlets = frozenset(o.lower() for o in self.data["outlets"])

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # rebuilt from the tokens on each access: read once
        if doc._.boilerplate is None:
            doc._.boilerplate = [[s, e] for s, e in find_boilerplate(text)]
        boilerplate = [(int(s), int(e)) for s, e in doc._.boilerplate]
        attributions, sources = extract_from_doc(doc, boilerplate, text, outlets=self.outlets)
        doc._.ct_attributions = [attribution_data(a) for a in attributions]
        doc._.ct_sources = [source_data(s) for s in sources]
        groups: dict[str, list[Span]] = {key: [] for key in SPAN_KEYS.values()}
        for k, a in enumerate(attributions):
            span_id = f"a{k}"
            groups[SPAN_KEYS["cue"]] += _char_spans(doc, a.cue.spans, label="CUE", span_id=span_id)
            groups[SPAN_KEYS["content"]] += _char_spans(doc, a.content.spans, label=a.kind, span_id=span_id)
            if a.source is not None:
                speaker = a.speaker
                groups[SPAN_KEYS["source"]] += _char_spans(
                    doc, a.source.spans, label=speaker.kind if speaker else "unknown",
                    kb_id=speaker.source_id if speaker else "", span_id=span_id)
        for key, spans in groups.items():
            doc.spans[key] = spans
        return doc


@Language.factory("claimtrace_paragraphs")
def make_paragraphs(nlp: Language, name: str):
    return paragraph_boundaries


@Language.factory("claimtrace_appeals", default_config={"extra_patterns": []},
                  assigns=["doc._.boilerplate", "doc.spans"])
def make_appeals(nlp: Language, name: str, extra_patterns: list[str]) -> Appeals:
    return Appeals(nlp, name, extra_patterns)


@Language.factory("claimtrace", default_config={"outlets": []},
                  assigns=["doc._.ct_attributions", "doc._.ct_sources", "doc.spans"])
def make_claimtrace(nlp: Language, name: str, outlets: list[str]) -> ClaimTrace:
    return ClaimTrace(nlp, name, outlets)


def article_from_doc(doc: Doc, document: Document) -> Article:
    """Combine a processed spaCy Doc with its ingest metadata into the output record."""
    return Article(
        input=document.input, text=document.text, title=document.title,
        language=document.language, boilerplate=[(int(s), int(e)) for s, e in doc._.boilerplate or []],
        sources=doc._.sources or [], attributions=doc._.attributions or [],
        errors=list(document.errors), url=document.url, canonical_url=document.canonical_url,
        outlet=document.outlet, author=document.author, published=document.published,
    )
