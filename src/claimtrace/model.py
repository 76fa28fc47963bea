"""Typed records that flow between the pipeline stages.

ingest -> ``Document`` (decoded, cleaned text + metadata) -> nlp -> ``Article``
(the document plus its ``Source`` and ``Attribution`` records) -> store / output.
Offsets everywhere are Unicode code-point offsets into ``Document.text``.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal, Optional

Offsets = tuple[int, int]

SourceKind = Literal[
    "person", "organization", "anonymous_group", "anonymous_person", "outlet", "document", "unknown"
]
#: sources speaking without a name (counted or not): what "anonymous" means for every stage
ANONYMOUS_KINDS = ("anonymous_group", "anonymous_person")

AttributionKind = Literal["direct", "indirect", "mixed"]
Modality = Literal["asserted", "hedged"]


@dataclass
class TextSpan:
    """One role of an attribution (source, cue or content): possibly discontinuous."""

    spans: list[Offsets]
    text: str

    @classmethod
    def from_offsets(cls, text: str, spans: list[Offsets]) -> "TextSpan":
        spans = sorted((int(s), int(e)) for s, e in spans if e > s)
        return cls(spans=spans, text=" ".join(text[s:e] for s, e in spans))

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


@dataclass
class Source:
    """An entity that speaks in the article, with every mention of it."""

    id: str
    kind: SourceKind
    name: Optional[str] = None
    role: Optional[str] = None
    count: Optional[int] = None
    parent: Optional[str] = None
    mentions: list[Offsets] = field(default_factory=list)


@dataclass
class Speaker:
    """Who an attribution's source span resolves to."""

    source_id: str
    name: Optional[str]
    kind: SourceKind


@dataclass
class Attribution:
    """Who said what: one source/cue/content triple plus what the text says about it."""

    cue: TextSpan
    content: TextSpan
    source: Optional[TextSpan] = None
    kind: AttributionKind = "indirect"
    speaker: Optional[Speaker] = None
    source_count: Optional[int] = None
    via: list[str] = field(default_factory=list)
    modality: Modality = "asserted"
    hedges: list[str] = field(default_factory=list)


@dataclass
class Document:
    """A decoded article ready for extraction: its text and what ingest knows about it."""

    input: str
    text: str
    title: Optional[str] = None
    language: Optional[str] = None
    boilerplate: list[Offsets] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    url: Optional[str] = None
    canonical_url: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None
    format: Literal["text", "html"] = "text"


@dataclass
class Article:
    """The extraction result for one input: the JSON contract (see docs/contract.md)."""

    input: str
    text: str
    title: Optional[str] = None
    language: Optional[str] = None
    boilerplate: list[Offsets] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    url: Optional[str] = None
    canonical_url: Optional[str] = None
    outlet: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None

    @property
    def ok(self) -> bool:
        return not self.errors

    def to_dict(self) -> dict:
        """The JSON contract: tuples become lists, fields in the documented order."""
        data = _listify(asdict(self))
        data["attributions"] = [{k: a[k] for k in _ATTRIBUTION_ORDER} for a in data["attributions"]]
        return {k: data[k] for k in _ARTICLE_ORDER}


_ARTICLE_ORDER = ("input", "title", "language", "text", "boilerplate", "sources", "attributions",
                  "errors", "url", "canonical_url", "outlet", "author", "published")
_ATTRIBUTION_ORDER = ("source", "cue", "content", "kind", "speaker", "source_count", "via",
                      "modality", "hedges")


def _listify(value):
    if isinstance(value, dict):
        return {k: _listify(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_listify(v) for v in value]
    return value
