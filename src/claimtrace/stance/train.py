"""Fitting and measuring the stance model on FNC-1 train data, split by claim group.

Claim groups: bodies joined through a shared related headline (:func:`fnc1.claim_groups`); a
headline belongs to the group of its related bodies. Cross-validation keeps every group on one side:
a fold's test pairs have both their headline and their body in its held-out groups, its training
pairs neither (unrelated pairs joining a held-out group with a training group are used in neither). The TF-IDF
vocabulary and IDF are fitted once on all body and headline texts (no labels), as the challenge's
baseline did; the classifiers of each fold see only the training groups' labels.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from ..model import Article
from . import fnc1
from .features import Featurizer, embed
from .model import STANCE_LABELS, StanceModel
from .text import sentences


@dataclass
class FNC1Data:
    """Pairs, parsed bodies, and the claim group of every body and headline."""

    pairs: list[fnc1.StancePair]
    articles: dict[str, Article]
    body_group: dict[str, int]
    headline_group: dict[str, int]
    embeddings: dict[str, np.ndarray]     # sentence embeddings per body (labels play no part)


def load_fnc1(directory: "str | Path", *, cache: "str | Path | None" = None, progress: bool = False) -> FNC1Data:
    """Read ``train_bodies.csv`` and ``train_stances.csv`` from ``directory`` and parse the bodies
    (``cache``: a JSONL file of parsed bodies, see :func:`fnc1.parse_bodies`)."""
    directory = Path(directory)
    bodies = fnc1.read_bodies(directory / "train_bodies.csv")
    pairs = fnc1.read_stances(directory / "train_stances.csv", bodies)
    articles = fnc1.parse_bodies(bodies, cache=cache, progress=progress)
    groups = fnc1.claim_groups(pairs)
    headline_group = {p.headline: groups[p.body_id] for p in pairs if p.stance != "unrelated"}
    embeddings = {}
    for body_id, article in articles.items():
        spans = sentences(article.text) or [(0, len(article.text))]
        embeddings[body_id] = embed([article.text[s:e] for s, e in spans])
    return FNC1Data(pairs, articles, groups, headline_group, embeddings)


def pair_matrix(featurizer: Featurizer, pairs: Sequence[fnc1.StancePair], articles: dict[str, Article],
                embeddings: Optional[dict[str, np.ndarray]] = None, progress: bool = False) -> np.ndarray:
    """Feature rows for ``pairs`` (views of each body and headline built once)."""
    from tqdm import tqdm

    bodies = sorted({p.body_id for p in pairs})
    views = dict(zip(bodies, featurizer.articles([articles[b] for b in bodies],
                                                 [(embeddings or {}).get(b) for b in bodies])))
    headlines = sorted({p.headline for p in pairs})
    claims = dict(zip(headlines, featurizer.claims(headlines)))
    rows = [featurizer.pair(claims[p.headline], views[p.body_id])
            for p in tqdm(pairs, desc="features", unit="pair", file=sys.stderr, disable=not progress,
                          mininterval=2)]
    return np.stack(rows) if rows else np.zeros((0, 0), dtype=np.float32)


def fit_classifiers(X: np.ndarray, labels: Sequence[str], seed: int = 0, related_too: bool = True):
    """The related/unrelated classifier over all rows (None unless ``related_too``), the stance
    classifier over related rows."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    y = np.asarray(labels)
    related = None
    if related_too:
        related = HistGradientBoostingClassifier(max_iter=200, learning_rate=0.1, random_state=seed)
        related.fit(X, (y != "unrelated").astype(int))
    mask = y != "unrelated"
    stance = HistGradientBoostingClassifier(max_iter=250, learning_rate=0.08, max_leaf_nodes=31,
                                            l2_regularization=1.0, class_weight="balanced",
                                            random_state=seed)
    stance.fit(X[mask], y[mask])
    return related, stance


#: Candidate multipliers of P(agree) and P(disagree) (P(discuss) keeps 1), chosen on inner folds.
AGREE_WEIGHTS = (0.4, 0.5, 0.6, 0.7, 0.85, 1.0, 1.2)
DISAGREE_WEIGHTS = (0.5, 0.75, 1.0, 1.5, 2.0, 3.0)


def split(assigned: np.ndarray, k: int, among: Optional[np.ndarray] = None) -> tuple[np.ndarray, np.ndarray]:
    """Rows (of ``among``, default all) for fold ``k``: training rows have neither body nor headline in
    fold k, test rows both; rows straddling fold k and another are in neither."""
    rows = np.arange(len(assigned)) if among is None else among
    a = assigned[rows]
    return rows[(a[:, 0] != k) & (a[:, 1] != k)], rows[(a[:, 0] == k) & (a[:, 1] == k)]


def stance_probabilities(stance, X: np.ndarray) -> np.ndarray:
    """(rows, 3) probabilities in STANCE_LABELS order."""
    return stance.predict_proba(X)[:, [list(stance.classes_).index(label) for label in STANCE_LABELS]]


def tune_weights(probabilities: np.ndarray, gold: Sequence[str]) -> tuple[float, float, float]:
    """The agree/disagree multipliers (discuss 1) that maximise FNC score plus macro-F1 of related
    rows' labels, given their out-of-fold stance probabilities and gold labels."""
    best, best_value = (1.0, 1.0, 1.0), -1.0
    for a in AGREE_WEIGHTS:
        for d in DISAGREE_WEIGHTS:
            weights = (a, d, 1.0)
            predicted = [STANCE_LABELS[i] for i in np.argmax(probabilities * np.asarray(weights), axis=1)]
            s = fnc1.score(list(gold), predicted)
            if s.score + s.macro_f1 > best_value:
                best, best_value = weights, s.score + s.macro_f1
    return best


def inner_weights(X: np.ndarray, labels: np.ndarray, assigned: np.ndarray, rows: np.ndarray,
                  seed: int = 0, outer: Optional[int] = None,
                  fitted: Optional[dict] = None) -> tuple[float, float, float]:
    """Weights tuned on out-of-fold stance probabilities over the related pairs of ``rows`` (the
    training pairs of fold ``outer``, or all): each inner fold's pairs scored by a stance classifier
    fitted on the others (claim groups kept apart). ``fitted`` caches those classifiers by the folds
    they leave out: fold k's inner fold j and fold j's inner fold k train on the same pairs."""
    related = rows[labels[rows] != "unrelated"]
    fitted = {} if fitted is None else fitted
    probabilities, gold = [], []
    for j in np.unique(assigned[related, 0]):
        train_rows, test_rows = split(assigned, int(j), related)
        if len(test_rows) == 0 or len(set(labels[train_rows])) < len(STANCE_LABELS):
            continue
        key = frozenset({int(j)} | ({outer} if outer is not None else set()))
        if key not in fitted:
            fitted[key] = fit_classifiers(X[train_rows], labels[train_rows], seed, related_too=False)[1]
        probabilities.append(stance_probabilities(fitted[key], X[test_rows]))
        gold += list(labels[test_rows])
    return tune_weights(np.vstack(probabilities), gold) if gold else (1.0, 1.0, 1.0)


def featurizer_for(data: FNC1Data) -> Featurizer:
    """A featurizer whose TF-IDF vocabulary comes from every body and headline (text only, no labels)."""
    texts = [a.text for _, a in sorted(data.articles.items())] + sorted({p.headline for p in data.pairs})
    featurizer = Featurizer(Featurizer.fit_vectorizer(texts))
    featurizer.vectorizer.stop_words_ = None          # only needed for introspection; large
    return featurizer


def fit(data: FNC1Data, *, folds: int = 5, progress: bool = False, seed: int = 0) -> StanceModel:
    """The model fitted on every pair of ``data``, its stance weights tuned over ``folds`` claim-group folds."""
    featurizer = featurizer_for(data)
    X = pair_matrix(featurizer, data.pairs, data.articles, data.embeddings, progress)
    labels = np.array([p.stance for p in data.pairs])
    related, stance = fit_classifiers(X, labels, seed)
    assigned = np.array(fold_assignment(data, folds, seed)).reshape(-1, 2)
    weights = inner_weights(X, labels, assigned, np.arange(len(labels)), seed)
    if progress:
        print(f"stance weights (agree, disagree, discuss): {weights}", file=sys.stderr)
    return StanceModel(featurizer, related, stance, weights=weights,
                       info={"pairs": len(data.pairs), "bodies": len(data.articles)})


def fold_of_groups(groups: Sequence[int], folds: int, seed: int = 0) -> dict[int, int]:
    """Groups dealt to ``folds`` folds, largest first, each to the smallest fold so far (ties at random)."""
    rng = np.random.default_rng(seed)
    counts: dict[int, int] = {}
    for g in groups:
        counts[g] = counts.get(g, 0) + 1
    order = sorted(counts, key=lambda g: (-counts[g], rng.random()))
    sizes = [0] * folds
    fold = {}
    for g in order:
        k = int(np.argmin(sizes))
        fold[g] = k
        sizes[k] += counts[g]
    return fold


def fold_assignment(data: FNC1Data, folds: int, seed: int = 0) -> list[tuple[int, int]]:
    """For every pair, the fold of its body's group and of its headline's group (the body's when the
    headline has no related body)."""
    fold = fold_of_groups(list(data.body_group.values()), folds, seed)
    out = []
    for p in data.pairs:
        b = fold[data.body_group[p.body_id]]
        h = data.headline_group.get(p.headline)
        out.append((b, b if h is None else fold[h]))
    return out


def cross_validate(data: FNC1Data, folds: int = 5, *, seed: int = 0, progress: bool = False,
                   X: Optional[np.ndarray] = None):
    """Out-of-fold predictions: fold k's test pairs have headline and body in fold k's groups; its
    classifiers are fitted on the pairs with neither in fold k (pairs straddling fold k and another
    are in neither set). Returns ``(pairs, gold, predicted)``."""
    if X is None:
        X = pair_matrix(featurizer_for(data), data.pairs, data.articles, data.embeddings, progress)
    assigned = np.array(fold_assignment(data, folds, seed)).reshape(-1, 2)
    labels = np.array([p.stance for p in data.pairs])
    return cross_validate_matrix(X, labels, assigned, data.pairs, folds, seed=seed, progress=progress)


def cross_validate_matrix(X: np.ndarray, labels: np.ndarray, assigned: np.ndarray, pairs: Sequence,
                          folds: int = 5, *, seed: int = 0, progress: bool = False):
    """:func:`cross_validate` over a computed feature matrix and the (body, headline) fold of every
    pair; the stance weights of fold k are tuned on inner folds of its training pairs only."""
    kept, gold, predicted = [], [], []
    fitted: dict = {}
    for k in range(folds):
        train_rows, test_rows = split(assigned, k)
        related, stance = fit_classifiers(X[train_rows], labels[train_rows], seed)
        weights = inner_weights(X, labels, assigned, train_rows, seed, outer=k, fitted=fitted)
        if progress:
            print(f"fold {k + 1}/{folds}: {len(train_rows)} training pairs, {len(test_rows)} held-out pairs, "
                  f"stance weights {weights}", file=sys.stderr)
        model = StanceModel(Featurizer(None), related, stance, weights=weights)
        fold_labels, _ = model.label_matrix(X[test_rows])
        kept += [pairs[i] for i in test_rows]
        gold += list(labels[test_rows])
        predicted += fold_labels
    return kept, gold, predicted


__all__ = ["FNC1Data", "load_fnc1", "pair_matrix", "fit_classifiers", "featurizer_for", "fit", "fold_of_groups",
           "fold_assignment", "cross_validate", "cross_validate_matrix", "split", "tune_weights", "inner_weights",
           "stance_probabilities", "STANCE_LABELS", "AGREE_WEIGHTS", "DISAGREE_WEIGHTS"]
