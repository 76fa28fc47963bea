"""Extractive summary of a story: a few sentences taken verbatim from its articles, each with its
outlet. A sentence scores by how many of the story's other articles share its words (the core of
the report, not one outlet's aside), by carrying an attribution (a claim with its source), and by
coming early in its article; near-duplicates and a second sentence from the same outlet are passed
over while others remain."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..link.records import Story
from ..ingest.dateline import DATELINE
from .evidence import StoredArticle
from .records import SummarySentence

SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“‘'(]?[A-Z0-9])")
WORD = re.compile(r"[a-z][a-z'-]+")
STOPWORDS = frozenset(
    "the a an of to in and on for with by at from that this is was were be been are as it its said "
    "says told would will could may might has have had not but or their his her they he she we our "
    "also after about than more over into which who what when there been".split())
MIN_CHARS, MAX_CHARS = 40, 400


@dataclass
class Candidate:
    text: str
    article: StoredArticle
    order: int                # position of the article in the story
    position: int             # sentence index within its article
    words: frozenset
    has_claim: bool


def sentences(article: StoredArticle) -> list[tuple[int, str]]:
    """``(start offset, sentence)`` of the body: headline line and boilerplate ranges left out."""
    text = article.text
    out = []
    offset = 0
    for line in text.split("\n"):
        start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped or (article.title and stripped == article.title.strip()):
            continue
        if any(s <= start < e for s, e in article.boilerplate):
            continue
        cursor = 0
        for piece in SENTENCE_END.split(line):
            at = line.find(piece, cursor)
            cursor = at + len(piece)
            sentence = DATELINE.sub("", piece.strip(), count=1) if not out else piece.strip()
            if MIN_CHARS <= len(sentence) <= MAX_CHARS:
                out.append((start + at, sentence))
    return out


def summarise(story: Story, articles: dict[str, StoredArticle], *, limit: int = 3) -> list[SummarySentence]:
    """Up to ``limit`` sentences of the story, in story order (originals first)."""
    order = {a.revision_id: i for i, a in enumerate(
        sorted(story.articles, key=lambda a: (a.role != "original", a.published or "", a.revision_id)))}
    candidates: list[Candidate] = []
    for rev, i in order.items():
        article = articles.get(rev)
        if article is None:
            continue
        claim_starts = [a.content_spans[0][0] for a in article.attributions if a.content_spans]
        for n, (start, text) in enumerate(sentences(article)):
            end = start + len(text) + 40
            candidates.append(Candidate(
                text=text, article=article, order=i, position=n,
                words=frozenset(w for w in WORD.findall(text.lower()) if w not in STOPWORDS),
                has_claim=any(start <= s < end for s in claim_starts)))
    if not candidates:
        return []
    carriers: dict[str, set[str]] = {}
    for c in candidates:
        for w in c.words:
            carriers.setdefault(w, set()).add(c.article.revision_id)
    n_articles = max(1, len({c.article.revision_id for c in candidates}))

    def value(c: Candidate) -> float:
        if not c.words:
            return 0.0
        shared = sum(len(carriers[w]) - 1 for w in c.words) / (len(c.words) ** 0.5 * n_articles)
        return shared + (0.5 if c.has_claim else 0.0) + 1.0 / (1 + c.position) + 0.1 / (1 + c.order)

    chosen: list[Candidate] = []
    used_outlets: set = set()
    pool = sorted(candidates, key=lambda c: (-value(c), c.order, c.position))
    for strict in (True, False):
        for c in pool:
            if len(chosen) >= limit:
                break
            if c in chosen or any(_overlap(c, d) > 0.5 for d in chosen):
                continue
            if strict and c.article.outlet in used_outlets and len(used_outlets) < n_articles:
                continue
            chosen.append(c)
            used_outlets.add(c.article.outlet)
    chosen.sort(key=lambda c: (c.order, c.position))
    return [SummarySentence(text=c.text, outlet=c.article.outlet, url=c.article.url,
                            revision_id=c.article.revision_id) for c in chosen]


def _overlap(a: Candidate, b: Candidate) -> float:
    if not a.words or not b.words:
        return 0.0
    return len(a.words & b.words) / len(a.words | b.words)
