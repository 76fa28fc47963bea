"""The claim index: an inverted term table in the store, so ``track`` reads only the articles that
share rare terms with a claim instead of running the stance model over every stored article.

Per article revision (``articles.id``) the index keeps the stemmed content terms of the text where
claims live: the title (weight 3), the first sentences (2), attributed contents and sentences with
denial or hedging cues (1), at most :data:`MAX_TERMS` of them (tables of migration 0004).
:func:`index_articles` runs as articles are saved; :func:`index_missing` / :func:`rebuild_index`
catch up a store filled before. Retrieval (:func:`candidates`) scores articles by the IDF-weighted
sum of matching terms (the IDF from the index itself), skipping terms too common to discriminate.
"""
from __future__ import annotations

import math
import sys
from collections import Counter
from dataclasses import dataclass
from typing import Optional, Sequence

from ..model import Article
from ..store import Store
from ..store import times
from ..store.db import chunks, in_clause
from . import lexicon
from .text import sentences, terms

MAX_TERMS = 120
LEAD_SENTENCES = 3
#: Terms carried by more than this share of indexed articles are skipped at query time.
COMMON_SHARE = 0.08
BATCH = 200


@dataclass
class Candidate:
    """An article sharing terms with the claim, before the stance model looks at it."""

    article_id: int
    score: float
    matched: int            # how many claim terms it carries


def claim_terms_of(article: Article) -> dict[str, float]:
    """The weighted terms of ``article`` the index stores (see the module docstring)."""
    weights: Counter = Counter()
    for t in terms(article.title or ""):
        weights[t] += 3.0
    spans = sentences(article.text)
    for s, e in spans[:LEAD_SENTENCES]:
        for t in terms(article.text[s:e]):
            weights[t] += 2.0
    for s, e in spans[LEAD_SENTENCES:]:
        sentence = article.text[s:e]
        if (lexicon.DENIAL_VERB_RE.search(sentence) or lexicon.FALSITY_RE.search(sentence)
                or lexicon.HEDGE_RE.search(sentence) or lexicon.CONFIRM_RE.search(sentence)):
            for t in terms(sentence):
                weights[t] += 1.0
    for a in article.attributions:
        for t in terms(a.content.text):
            weights[t] += 1.0
    return dict(weights.most_common(MAX_TERMS))


def _resolve_ids(store: Store, ids: Sequence["int | str"]) -> list[int]:
    """Row ids of ``ids``: integers are ``articles.id``; strings are revision ids (migration 0002)."""
    numeric = [int(i) for i in ids if not isinstance(i, str)]
    named = [i for i in ids if isinstance(i, str)]
    for chunk in chunks(named, BATCH):
        rows = store.conn.all(f"SELECT id FROM articles WHERE revision_id IN ({in_clause(len(chunk))})", chunk)
        numeric += [r["id"] for r in rows]
    return numeric


def index_articles(store: Store, ids: Sequence["int | str"]) -> int:
    """Index (or re-index) these stored revisions, ``articles.id`` integers or revision ids; one
    transaction per batch. Returns how many were indexed. Ingest calls it after saving."""
    row_ids = _resolve_ids(store, list(ids))
    store.conn.refresh_statistics(("claim_terms", "claim_indexed"))  # track's lookups plan on them
    done = 0
    for chunk in chunks(row_ids, BATCH):
        found = [(i, store.get_article(i)) for i in chunk]
        rows = [(i, claim_terms_of(a)) for i, a in found if a is not None]
        conn = store.conn
        conn.begin()
        try:
            marks = in_clause(len(rows))
            if rows:
                ids_only = [i for i, _ in rows]
                conn.execute(f"DELETE FROM claim_terms WHERE article_id IN ({marks})", ids_only)
                conn.execute(f"DELETE FROM claim_indexed WHERE article_id IN ({marks})", ids_only)
            conn.executemany("INSERT INTO claim_terms (term, article_id, weight) VALUES (?, ?, ?)",
                             [(t, i, w) for i, weights in rows for t, w in weights.items()])
            conn.executemany("INSERT INTO claim_indexed (article_id, n_terms) VALUES (?, ?)",
                             [(i, len(weights)) for i, weights in rows])
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        done += len(rows)
    return done


def missing_ids(store: Store, limit: Optional[int] = None) -> list[int]:
    """Latest revisions not in the index yet."""
    sql = ("SELECT a.id FROM articles a LEFT JOIN claim_indexed i ON i.article_id = a.id"
           " WHERE a.is_latest AND i.article_id IS NULL ORDER BY a.id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [r["id"] for r in store.conn.all(sql)]


def index_missing(store: Store, *, progress: bool = False) -> int:
    """Index every latest revision the index lacks (a store filled before the index existed)."""
    ids = missing_ids(store)
    if not ids:
        return 0
    from tqdm import tqdm

    done = 0
    with tqdm(total=len(ids), desc="indexing claims", unit="article", file=sys.stderr,
              disable=not progress) as bar:
        for chunk in chunks(ids, BATCH):
            done += index_articles(store, chunk)
            bar.update(len(chunk))
    return done


def rebuild_index(store: Store, *, progress: bool = False) -> int:
    """Drop the whole claim index and build it again from the stored articles."""
    conn = store.conn
    conn.begin()
    try:
        conn.execute("DELETE FROM claim_terms")
        conn.execute("DELETE FROM claim_indexed")
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return index_missing(store, progress=progress)


def candidates(store: Store, claim: str, *, since=None, limit: int = 200,
               min_share: float = 0.34) -> list[Candidate]:
    """Latest articles (dated since ``since``) carrying the claim's terms, best first: at most
    ``limit``, each matching at least ``min_share`` of the claim's IDF mass."""
    claim_terms = sorted(set(terms(claim)))
    if not claim_terms:
        return []
    conn = store.conn
    total = conn.scalar("SELECT COUNT(*) AS n FROM claim_indexed") or 0
    if not total:
        return []
    marks = in_clause(len(claim_terms))
    df = {r["term"]: r["n"] for r in conn.all(
        f"SELECT term, COUNT(*) AS n FROM claim_terms WHERE term IN ({marks}) GROUP BY term", claim_terms)}
    idf = {t: math.log(1 + total / (1 + df.get(t, 0))) for t in claim_terms}
    mass = sum(idf.values())
    usable = [t for t in claim_terms if 0 < df.get(t, 0) <= max(COMMON_SHARE * total, 50)]
    if not usable:
        return []
    where = [f"c.term IN ({in_clause(len(usable))})", "a.is_latest"]
    params: list = list(usable)
    bound = times.parse_since(since)
    if bound is not None:
        where.append("a.dated_at >= ?")
        params.append(bound)
    scores: Counter = Counter()
    matched: Counter = Counter()
    for r in conn.all("SELECT c.term, c.article_id, c.weight FROM claim_terms c"
                      " JOIN articles a ON a.id = c.article_id WHERE " + " AND ".join(where), params):
        scores[r["article_id"]] += idf[r["term"]] * (1 + math.log(r["weight"]))
        matched[r["article_id"]] += idf[r["term"]]
    keep = [i for i in scores if matched[i] >= min_share * mass]
    keep.sort(key=lambda i: (-scores[i], i))
    return [Candidate(i, round(scores[i], 4), round(matched[i] / mass, 4)) for i in keep[:limit]]


__all__ = ["Candidate", "claim_terms_of", "index_articles", "index_missing", "rebuild_index",
           "missing_ids", "candidates", "MAX_TERMS"]
