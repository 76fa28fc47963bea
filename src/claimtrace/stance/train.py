"""Fitting and measuring the stance model on FNC-1 train data, split by claim group.

Claim groups: bodies joined through a shared related headline (:func:`fnc1.claim_groups`); a
headline belongs to the group of its related bodies. Cross-validation keeps every group on one side:
a fold's test pairs have both their headline and their body in its held-out groups, its training
pairs neither (unrelated pairs joining a held-out group with a training group are used in neither). The TF-IDF
vocabulary and IDF (and the bag-of-words vocabularies) are fitted once on all body and headline texts
(no labels), as the challenge's baseline did; the classifiers of each fold see only the training
groups' labels, and the choices made on data (the MLP's epochs, the blend, the stance weights) are
made on inner folds of the training side only (:func:`inner_predictions`, :func:`tune_blend`).
"""
from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

import numpy as np

from ..model import Article
from . import bag, fnc1
from .features import Featurizer, embed
from .model import STANCE_LABELS, StanceModel, blend, decide
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
                embeddings: Optional[dict[str, np.ndarray]] = None, progress: bool = False):
    """Feature rows ``X`` and bag-of-words rows ``B`` for ``pairs`` (views of each body and headline
    built once)."""
    from tqdm import tqdm

    bodies = sorted({p.body_id for p in pairs})
    views = dict(zip(bodies, featurizer.articles([articles[b] for b in bodies],
                                                 [(embeddings or {}).get(b) for b in bodies])))
    headlines = sorted({p.headline for p in pairs})
    claims = dict(zip(headlines, featurizer.claims(headlines)))
    rows = [featurizer.pair(claims[p.headline], views[p.body_id])
            for p in tqdm(pairs, desc="features", unit="pair", file=sys.stderr, disable=not progress,
                          mininterval=2)]
    X = np.stack(rows) if rows else np.zeros((0, 0), dtype=np.float32)
    head, body = {h: i for i, h in enumerate(headlines)}, {b: i for i, b in enumerate(bodies)}
    B = featurizer.bag_rows([claims[h] for h in headlines], [views[b] for b in bodies],
                            [head[p.headline] for p in pairs], [body[p.body_id] for p in pairs])
    return X, B


def fit_classifiers(X: np.ndarray, labels: Sequence[str], seed: int = 0):
    """The related/unrelated classifier over all rows, the stance classifier over related rows."""
    from sklearn.ensemble import HistGradientBoostingClassifier

    y = np.asarray(labels)
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
#: Candidate shares of the gradient boosting in the blend with the MLP (each of P(related) and stance).
SHARES = (0.0, 0.25, 0.4, 0.5, 0.6, 0.75, 1.0)


def split(assigned: np.ndarray, k: int, among: Optional[np.ndarray] = None) -> tuple[np.ndarray, np.ndarray]:
    """Rows (of ``among``, default all) for fold ``k``: training rows have neither body nor headline in
    fold k, test rows both; rows straddling fold k and another are in neither."""
    rows = np.arange(len(assigned)) if among is None else among
    a = assigned[rows]
    return rows[(a[:, 0] != k) & (a[:, 1] != k)], rows[(a[:, 0] == k) & (a[:, 1] == k)]


def stance_probabilities(stance, X: np.ndarray) -> np.ndarray:
    """(rows, 3) probabilities in STANCE_LABELS order."""
    return stance.predict_proba(X)[:, [list(stance.classes_).index(label) for label in STANCE_LABELS]]


def best_weights(p_related: np.ndarray, p_stance: np.ndarray, gold: np.ndarray) -> tuple[float, tuple]:
    """The agree/disagree multipliers (discuss 1) that maximise FNC score plus macro-F1 of the labels
    :func:`decide` gives (``gold``: indices into fnc1.LABELS), and that maximum."""
    best, best_value = (1.0, 1.0, 1.0), -1.0
    for a in AGREE_WEIGHTS:
        for d in DISAGREE_WEIGHTS:
            predicted = decide(p_related, p_stance, (a, d, 1.0))
            confusion = np.bincount(gold * 4 + predicted, minlength=16).reshape(4, 4)
            s = fnc1.confusion_scores(confusion)
            if s.score + s.macro_f1 > best_value:
                best, best_value = (a, d, 1.0), s.score + s.macro_f1
    return best_value, best


@dataclass
class Blend:
    """What the inner folds choose: the MLP's epochs, the gradient boosting's shares (P(related),
    stance) and the stance weights."""

    epochs: int
    shares: tuple[float, float]
    weights: tuple[float, float, float]


@dataclass
class OutOfFold:
    """Out-of-fold probabilities of some pairs: the gradient boosting's P(related) and stance
    probabilities, the MLP's after each of ``bag.EPOCHS``, and the gold labels (indices into fnc1.LABELS)."""

    p_related: np.ndarray
    p_stance: np.ndarray
    p_mlp: dict[int, np.ndarray]
    gold: np.ndarray


def tune_blend(oof: OutOfFold) -> Blend:
    """The epochs, shares and weights with the best FNC score plus macro-F1 on ``oof``."""
    best, best_value = Blend(max(bag.EPOCHS), (1.0, 1.0), (1.0, 1.0, 1.0)), -1.0
    for epochs in bag.EPOCHS:
        for related_share in SHARES:
            for stance_share in SHARES:
                shares = (related_share, stance_share)
                p_related, p_stance = blend(oof.p_related, oof.p_stance, oof.p_mlp[epochs], shares)
                value, weights = best_weights(p_related, p_stance, oof.gold)
                if value > best_value:
                    best, best_value = Blend(epochs, shares, weights), value
    return best


def inner_predictions(X: np.ndarray, B, labels: np.ndarray, assigned: np.ndarray, rows: np.ndarray,
                      seed: int = 0, outer: Optional[int] = None, fitted: Optional[dict] = None) -> OutOfFold:
    """Out-of-fold probabilities over ``rows`` (the training pairs of fold ``outer``, or all): each
    inner fold's pairs (body and headline in it) scored by classifiers fitted on the pairs with neither
    in it nor in fold ``outer``. ``fitted`` caches the predictions by the folds left out: fold k's inner
    fold j and fold j's inner fold k train on the same pairs, so one fit predicts both."""
    fitted = {} if fitted is None else fitted
    parts = []
    for j in np.unique(assigned[rows, 0]):
        key = frozenset({int(j)} | ({outer} if outer is not None else set()))
        if key not in fitted:
            out = np.isin(assigned[:, 0], list(key)) | np.isin(assigned[:, 1], list(key))
            train_rows = np.flatnonzero(~out)
            held = {f: split(assigned, f)[1] for f in key}
            test_rows = np.concatenate(list(held.values()))
            related, stance = fit_classifiers(X[train_rows], labels[train_rows], seed)
            p_related = related.predict_proba(X[test_rows])[:, list(related.classes_).index(1)]
            p_stance = stance_probabilities(stance, X[test_rows])
            _, p_mlp = bag.fit_mlp(B[train_rows], labels[train_rows], bag.EPOCHS, seed, B[test_rows])
            fitted[key], start = {}, 0
            for f, f_rows in held.items():
                part = slice(start, start + len(f_rows))
                fitted[key][f] = (p_related[part], p_stance[part], {e: p[part] for e, p in p_mlp.items()})
                start += len(f_rows)
        parts.append((split(assigned, int(j))[1], fitted[key][int(j)]))
    gold = np.concatenate([[fnc1.LABELS.index(g) for g in labels[r]] for r, _ in parts]).astype(int)
    return OutOfFold(np.concatenate([p[0] for _, p in parts]), np.vstack([p[1] for _, p in parts]),
                     {e: np.vstack([p[2][e] for _, p in parts]) for e in bag.EPOCHS}, gold)


def fit_model(featurizer: Featurizer, X: np.ndarray, B, labels: np.ndarray, choice: Blend, seed: int = 0,
              info: Optional[dict] = None) -> StanceModel:
    """The two gradient-boosting classifiers and the MLP fitted on these rows, blended as ``choice`` says."""
    related, stance = fit_classifiers(X, labels, seed)
    mlp, _ = bag.fit_mlp(B, labels, (choice.epochs,), seed)
    return StanceModel(featurizer, related, stance, weights=choice.weights, mlp=mlp, blend=choice.shares,
                       info=info or {})


def featurizer_for(data: FNC1Data) -> Featurizer:
    """A featurizer whose TF-IDF vocabulary comes from every body and headline (text only, no labels)."""
    texts = [a.text for _, a in sorted(data.articles.items())] + sorted({p.headline for p in data.pairs})
    featurizer = Featurizer(Featurizer.fit_vectorizer(texts), bag.BagVectorizer.fit(texts))
    featurizer.vectorizer.stop_words_ = None          # only needed for introspection; large
    return featurizer


def fit(data: FNC1Data, *, folds: int = 5, progress: bool = False, seed: int = 0) -> StanceModel:
    """The model fitted on every pair of ``data``, its blend and stance weights tuned over ``folds``
    claim-group folds."""
    featurizer = featurizer_for(data)
    X, B = pair_matrix(featurizer, data.pairs, data.articles, data.embeddings, progress)
    labels = np.array([p.stance for p in data.pairs])
    assigned = np.array(fold_assignment(data, folds, seed)).reshape(-1, 2)
    choice = tune_blend(inner_predictions(X, B, labels, assigned, np.arange(len(labels)), seed))
    if progress:
        print(f"chosen on inner folds: {choice}", file=sys.stderr)
    return fit_model(featurizer, X, B, labels, choice, seed,
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


def cross_validate(data: FNC1Data, folds: int = 5, *, seed: int = 0, progress: bool = False):
    """Out-of-fold predictions: fold k's test pairs have headline and body in fold k's groups; its
    classifiers are fitted on the pairs with neither in fold k (pairs straddling fold k and another
    are in neither set). Returns ``(pairs, gold, predicted)``."""
    X, B = pair_matrix(featurizer_for(data), data.pairs, data.articles, data.embeddings, progress)
    assigned = np.array(fold_assignment(data, folds, seed)).reshape(-1, 2)
    labels = np.array([p.stance for p in data.pairs])
    return cross_validate_matrix(X, B, labels, assigned, data.pairs, folds, seed=seed, progress=progress)


def cross_validate_matrix(X: np.ndarray, B, labels: np.ndarray, assigned: np.ndarray, pairs: Sequence,
                          folds: int = 5, *, seed: int = 0, progress: bool = False):
    """:func:`cross_validate` over computed feature and bag-of-words rows and the (body, headline) fold
    of every pair; the blend and stance weights of fold k are tuned on inner folds of its training
    pairs only."""
    kept, gold, predicted = [], [], []
    fitted: dict = {}
    for k in range(folds):
        train_rows, test_rows = split(assigned, k)
        choice = tune_blend(inner_predictions(X, B, labels, assigned, train_rows, seed, outer=k, fitted=fitted))
        if progress:
            print(f"fold {k + 1}/{folds}: {len(train_rows)} training pairs, {len(test_rows)} held-out pairs, "
                  f"chosen on inner folds {choice}", file=sys.stderr)
        model = fit_model(Featurizer(None), X[train_rows], B[train_rows], labels[train_rows], choice, seed)
        fold_labels, _ = model.label_matrix(X[test_rows], B[test_rows])
        kept += [pairs[i] for i in test_rows]
        gold += list(labels[test_rows])
        predicted += fold_labels
    return kept, gold, predicted


__all__ = ["FNC1Data", "load_fnc1", "pair_matrix", "fit_classifiers", "featurizer_for", "fit", "fit_model",
           "fold_of_groups", "fold_assignment", "cross_validate", "cross_validate_matrix", "split", "best_weights",
           "tune_blend", "inner_predictions", "Blend", "OutOfFold", "stance_probabilities",
           "STANCE_LABELS", "AGREE_WEIGHTS", "DISAGREE_WEIGHTS", "SHARES"]
