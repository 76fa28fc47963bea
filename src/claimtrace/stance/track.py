"""``track``: every stored article about a claim, with its stance and the evidence behind it.

Candidates come from the claim index (:mod:`claimtrace.stance.index`); only they are read back and
scored by the stance model, so the cost grows with the articles about the claim, not with the store.
Articles the model finds unrelated are left out.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional

from ..store import Store
from ..store.db import in_clause
from .index import candidates, index_missing
from .model import Evidence, StanceModel


@dataclass
class TrackedArticle:
    """One stored article about the claim: where and when, its stance, and why."""

    article_id: int
    stance: str                         # confirms | denies | relays
    label: str                          # the FNC-1 label
    confidence: float
    outlet: Optional[str]
    date: Optional[str]
    title: Optional[str]
    url: Optional[str]
    input: str
    evidence: list[Evidence] = field(default_factory=list)
    on_word_of: list[str] = field(default_factory=list)
    probabilities: dict[str, float] = field(default_factory=dict)
    retrieval_score: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


def track(store: Store, claim: str, *, since=None, limit: int = 200, model: Optional[StanceModel] = None,
          index_new: bool = True) -> list[TrackedArticle]:
    """Stored articles (latest revisions dated since ``since``: ``30d``, an ISO date, ...) about
    ``claim``, newest first. ``index_new`` first indexes stored articles the claim index lacks."""
    if not claim or not claim.strip():
        raise ValueError("the claim is empty")
    if index_new:
        index_missing(store)
    found = candidates(store, claim, since=since, limit=limit)
    if not found:
        return []
    model = model or StanceModel.load()
    articles = [(c, store.get_article(c.article_id)) for c in found]
    articles = [(c, a) for c, a in articles if a is not None]
    claim_view = model.featurizer.claim(claim)
    views = model.featurizer.articles([a for _, a in articles])
    results = model.classify_views(claim_view, views)
    meta = _metadata(store, [c.article_id for c, _ in articles])
    out = []
    for (c, article), result in zip(articles, results):
        if result.label == "unrelated":
            continue
        m = meta.get(c.article_id, {})
        out.append(TrackedArticle(
            article_id=c.article_id, stance=result.stance, label=result.label,
            confidence=round(result.confidence, 4), outlet=article.outlet or m.get("host"),
            date=m.get("date"), title=article.title, url=article.canonical_url or article.url,
            input=article.input, evidence=result.evidence, on_word_of=result.on_word_of,
            probabilities={k: round(v, 4) for k, v in result.probabilities.items()},
            retrieval_score=c.score))
    out.sort(key=lambda t: (t.date or "", t.article_id), reverse=True)
    return out


def _metadata(store: Store, ids: list[int]) -> dict[int, dict]:
    if not ids:
        return {}
    rows = store.conn.all(f"SELECT id, dated_at AS date, host FROM articles WHERE id IN ({in_clause(len(ids))})",
                          ids)
    return {r["id"]: r for r in rows}


def rows(tracked: list[TrackedArticle]) -> list[dict]:
    """Flat rows for table/csv output: the first evidence sentence and the attribution behind it."""
    out = []
    for t in tracked:
        first = t.evidence[0] if t.evidence else None
        out.append({
            "date": t.date, "outlet": t.outlet, "stance": t.stance, "confidence": t.confidence,
            "on_word_of": ", ".join(t.on_word_of) or None,
            "speaker": first.speaker if first else None, "voice": first.voice if first else None,
            "cue": first.cue if first else None, "modality": first.modality if first else None,
            "evidence": first.sentence if first else None, "title": t.title, "url": t.url,
            "article_id": t.article_id,
        })
    return out


__all__ = ["TrackedArticle", "track", "rows"]
