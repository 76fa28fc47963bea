"""The bag-of-words side of the stance model, after Riedel et al. 2017 (UCL, "A simple but
tough-to-beat baseline for the Fake News Challenge stance detection task").

Inputs per (claim, article) pair: the L2-normalised term frequencies of the claim and of the article
over the :data:`MAX_TERMS` most frequent terms, plus the TF-IDF cosine of the two (vocabularies fitted
on texts only, no labels). A scikit-learn MLP with one hidden layer of :data:`HIDDEN` units maps them
to the four FNC-1 labels. Alone it is weak on claims it has not seen (it learns the words of the
training claims), but averaged with the gradient boosting's probabilities it raises the held-out FNC
score and macro-F1 (docs/benchmarks.md), so :class:`claimtrace.stance.model.StanceModel` blends both.
"""
from __future__ import annotations

import warnings
from dataclasses import dataclass
from typing import Optional, Sequence

import numpy as np
import scipy.sparse as sp

from .fnc1 import LABELS

MAX_TERMS = 5000
HIDDEN = 100
#: Candidate training lengths (epochs) of the MLP, chosen with the blend on inner folds.
EPOCHS = (2, 4, 6, 10, 15, 25)


@dataclass
class Bag:
    """Term-frequency and TF-IDF rows of some texts (one row per text)."""

    tf: sp.csr_matrix
    tfidf: sp.csr_matrix

    def row(self, i: int) -> "Bag":
        return Bag(self.tf[i], self.tfidf[i])

    @staticmethod
    def stack(bags: Sequence["Bag"]) -> "Bag":
        return Bag(sp.vstack([b.tf for b in bags]).tocsr(), sp.vstack([b.tfidf for b in bags]).tocsr())


class BagVectorizer:
    """The two vocabularies of the :data:`MAX_TERMS` most frequent terms (English stop words left out)."""

    def __init__(self, counts, tfidf):
        self.counts = counts
        self.tfidf = tfidf

    @classmethod
    def fit(cls, texts: Sequence[str]) -> "BagVectorizer":
        from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

        counts = CountVectorizer(max_features=MAX_TERMS, stop_words="english").fit(texts)
        tfidf = TfidfVectorizer(max_features=MAX_TERMS, stop_words="english").fit(texts)
        counts.stop_words_ = tfidf.stop_words_ = None     # every term cut by max_features; large
        return cls(counts, tfidf)

    def bag(self, texts: Sequence[str]) -> Bag:
        from sklearn.preprocessing import normalize

        tf = normalize(self.counts.transform(list(texts)).astype(np.float32))
        return Bag(tf.tocsr(), self.tfidf.transform(list(texts)).astype(np.float32).tocsr())


def pair_rows(claims: Bag, claim_index: np.ndarray, articles: Bag, article_index: np.ndarray) -> sp.csr_matrix:
    """MLP input rows for the pairs (claim ``claim_index[i]``, article ``article_index[i]``): claim
    term frequencies, article term frequencies, TF-IDF cosine."""
    head, body = claims.tf[claim_index], articles.tf[article_index]
    cosine = np.asarray(claims.tfidf[claim_index].multiply(articles.tfidf[article_index]).sum(axis=1))
    return sp.hstack([head, body, sp.csr_matrix(cosine.astype(np.float32))]).tocsr()


@dataclass
class BagMLP:
    """The weights of a trained MLP (ReLU hidden layer, softmax out), without the optimiser state a
    scikit-learn ``MLPClassifier`` keeps (twice the weights again), so the shipped model stays small."""

    hidden: np.ndarray          # (inputs, HIDDEN) float32
    hidden_bias: np.ndarray
    out: np.ndarray             # (HIDDEN, labels)
    out_bias: np.ndarray
    classes: tuple[str, ...]

    @classmethod
    def of(cls, mlp) -> "BagMLP":
        return cls(*(np.asarray(w, dtype=np.float32) for w in (mlp.coefs_[0], mlp.intercepts_[0],
                                                                mlp.coefs_[1], mlp.intercepts_[1])),
                   tuple(mlp.classes_))

    def probabilities(self, B: sp.csr_matrix) -> np.ndarray:
        """(rows, 4) probabilities in ``fnc1.LABELS`` order."""
        logits = np.maximum(B @ self.hidden + self.hidden_bias, 0) @ self.out + self.out_bias
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        return p[:, [self.classes.index(label) for label in LABELS]]


def fit_mlp(B: sp.csr_matrix, labels: Sequence[str], epochs: Sequence[int], seed: int = 0,
            predict: Optional[sp.csr_matrix] = None) -> tuple[BagMLP, dict[int, np.ndarray]]:
    """An MLP trained epoch by epoch up to ``max(epochs)``; returns its weights and, when ``predict`` is
    given, ``{epoch: probabilities of predict's rows}`` (columns in ``fnc1.LABELS`` order) after each
    of ``epochs``."""
    from sklearn.exceptions import ConvergenceWarning
    from sklearn.neural_network import MLPClassifier

    y = np.asarray(labels)
    mlp = MLPClassifier(hidden_layer_sizes=(HIDDEN,), alpha=1e-4, batch_size=500, learning_rate_init=1e-3,
                        max_iter=1, warm_start=True, random_state=seed)
    out = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ConvergenceWarning)   # one epoch per call, on purpose
        for epoch in range(1, max(epochs) + 1):
            mlp.fit(B, y)
            if predict is not None and epoch in epochs:
                out[epoch] = BagMLP.of(mlp).probabilities(predict)
    return BagMLP.of(mlp), out


__all__ = ["MAX_TERMS", "HIDDEN", "EPOCHS", "Bag", "BagVectorizer", "pair_rows", "BagMLP", "fit_mlp"]
