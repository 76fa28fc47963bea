"""Fit the cue decision (``claimtrace.nlp.cue_decision``) on a PolNeAR part with scikit-learn.

1. every article is parsed once by the pipeline with the span model (``claimtrace_spans``) and
   each candidate the extraction rules propose becomes (features, label): positive when its head
   word lies inside a gold cue span. The parsed Docs can be kept in a ``DocBin`` cache (``cache``)
   so refitting does not parse again;
2. a ``LogisticRegression`` is fitted on the articles that are not held out (every ``holdout``-th
   article is, as in ``polnear_docbin``), and the threshold with the best candidate F1 on the held
   out ones is chosen;
3. the model is refitted on all articles and written as JSON (names, coefficients, intercept,
   threshold). Dev is never read. Run: ``claimtrace eval train-spans DIR --decision-only``.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy

from ..nlp.cue_decision import MODEL_PATH, CueDecision
from ..nlp.span_model import MODEL_DIR
from .polnear import load_gold
from .polnear_docbin import is_holdout

#: the regularisation strength (sklearn's ``C``) and the thresholds tried on the held-out articles
C = 0.3
THRESHOLDS = tuple(t / 100 for t in range(10, 91, 2))


@dataclass
class Candidates:
    """The candidates of one article: their features and whether they match a gold cue."""

    name: str
    features: list[dict[str, float]]
    labels: list[int]


def parsed_docs(directory: str, *, weights: Path = MODEL_DIR, limit: Optional[int] = None,
                model: Optional[str] = None, cache: Optional[Path] = None):
    """(gold article, Doc scored by the span model in ``weights``) for every article; ``cache``: a
    DocBin file read when it holds these articles, written otherwise (it does not know which
    weights scored it: delete it after retraining the span model)."""
    import spacy
    from spacy.tokens import DocBin
    from tqdm import tqdm

    from ..config import Settings
    from ..nlp.span_model import add_span_scorer

    nlp = spacy.load(model or Settings().model)
    nlp.add_pipe("claimtrace_paragraphs", before="parser")
    add_span_scorer(nlp, path=Path(weights))
    gold = load_gold(directory, limit=limit)
    if cache is not None and Path(cache).exists():
        docs = list(DocBin().from_disk(cache).get_docs(nlp.vocab))
        if [d.text for d in docs] == [a.text for a in gold]:
            return list(zip(gold, docs))
        print(f"{cache} holds other articles: parsing again", file=sys.stderr)
    docs = list(tqdm(nlp.pipe((a.text for a in gold), batch_size=16), total=len(gold),
                     desc="parsing for the cue decision", unit="article", file=sys.stderr))
    if cache is not None:
        DocBin(store_user_data=True, docs=docs).to_disk(cache)
    return list(zip(gold, docs))


def collect(pairs) -> list[Candidates]:
    """Features and labels of every candidate, per article."""
    from ..nlp.extractor import scored_candidates

    out = []
    for art, doc in pairs:
        cues = [(s, e) for g in art.attributions if g.role("cue") for s, e in g.role("cue").spans]
        feats, labels = [], []
        for f, x in scored_candidates(doc, art.text):
            feats.append(x)
            labels.append(int(any(s <= f.head.idx < e for s, e in cues)))
        out.append(Candidates(art.name, feats, labels))
    return out


def fit(articles: list[Candidates], c: float = C) -> CueDecision:
    """A logistic regression over the named features of these articles' candidates."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    features = [x for a in articles for x in a.features]
    labels = [y for a in articles for y in a.labels]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    regression = LogisticRegression(C=c, max_iter=3000)
    regression.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    return CueDecision(dict(zip(names, (float(w) for w in regression.coef_[0]))),
                       float(regression.intercept_[0]))


def best_threshold(decision: CueDecision, articles: list[Candidates]) -> tuple[float, float]:
    """The threshold with the best candidate F1 on these articles, and that F1."""
    probs = numpy.asarray([decision.probability(x) for a in articles for x in a.features])
    labels = numpy.asarray([y for a in articles for y in a.labels], dtype=bool)
    best = (0.5, 0.0)
    for t in THRESHOLDS:
        kept = probs >= t
        f1 = 2 * float((kept & labels).sum()) / max(1, int(kept.sum()) + int(labels.sum()))
        if f1 > best[1]:
            best = (t, f1)
    return best


def train(directory: str, *, weights: Path = MODEL_DIR, holdout: int = 7, limit: Optional[int] = None,
          model: Optional[str] = None, cache: Optional[Path] = None) -> dict:
    """Parse (or read ``cache``), fit, choose the threshold on held-out articles, refit, and write
    ``cue_decision.json`` beside the span model ``weights`` it reads."""
    out = Path(weights) / MODEL_PATH.name
    data = collect(parsed_docs(directory, weights=weights, limit=limit, model=model, cache=cache))
    train_part = [a for k, a in enumerate(data) if not is_holdout(k, holdout)]
    held = [a for k, a in enumerate(data) if is_holdout(k, holdout)]
    threshold, held_f1 = best_threshold(fit(train_part), held)
    decision = fit(data)
    decision.threshold = threshold
    candidates = sum(len(a.labels) for a in data)
    decision.meta = {"trained_on": Path(directory).name, "articles": len(data), "candidates": candidates,
                     "positives": sum(sum(a.labels) for a in data), "C": C,
                     "heldout_candidate_f1": round(held_f1, 4)}
    decision.save(out)
    return {**decision.meta, "threshold": threshold, "features": len(decision.coefficients), "path": str(out)}
