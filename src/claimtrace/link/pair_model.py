"""A learned pair score: how likely two articles tell one story, from what their features share.

A logistic regression over pair features (weighted-term cosine overall, of names and of words,
shared blocking keys, shared and conflicting numbers, shared names, MinHash Jaccard and
containment, text sizes) replaces a hand-set cosine threshold. It was fitted on pairs of the FNC-1
tuning groups (``bench/stories_pair_model.py``) and ships as JSON coefficients (``pair_model.json``),
so scoring needs no pickle and no training data at run time.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .features import LinkFeatures, containment, cosine, jaccard

FEATURES = ("cos", "cos_names", "cos_words", "shared_keys", "log_shared_numbers", "number_conflict",
            "log_shared_names", "jaccard", "containment", "sqrt_cos", "sqrt_cos_words", "sqrt_cos_names",
            "cos_x_cos_names", "log_min_shingles", "log_min_names")
MODEL_FILE = "pair_model.json"


@dataclass(frozen=True)
class PairModel:
    """Logistic-regression coefficients, one per name in ``FEATURES``."""

    coef: tuple[float, ...]
    intercept: float

    def logit(self, values: list[float]) -> float:
        return self.intercept + sum(c * v for c, v in zip(self.coef, values))

    def to_json(self) -> dict:
        return {"features": list(FEATURES), "coef": list(self.coef), "intercept": self.intercept}


@lru_cache(maxsize=1)
def load_model() -> PairModel:
    data = json.loads(resources.files(__package__).joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError(f"{MODEL_FILE}: features {data['features']} do not match {FEATURES}")
    return PairModel(tuple(float(c) for c in data["coef"]), float(data["intercept"]))


def pair_features(a: LinkFeatures, b: LinkFeatures) -> list[float]:
    """The model's inputs for one pair, in ``FEATURES`` order (symmetric in ``a`` and ``b``)."""
    cos = cosine(a.terms, b.terms)
    cos_names = cosine(a.name_terms, b.name_terms)
    cos_words = cosine(a.word_terms, b.word_terms)
    keys = len(a.key_set & b.key_set)
    na, nb = set(a.numbers), set(b.numbers)
    shared_numbers = len(na & nb)
    conflict = float(min(len(na), len(nb)) >= 2 and not shared_numbers)
    names_a, names_b = a.name_terms.keys(), b.name_terms.keys()
    j = jaccard(a.signature, b.signature)
    contained = max(containment(a, b, j), containment(b, a, j)) if j else 0.0
    return [cos, cos_names, cos_words, keys / 10, math.log1p(shared_numbers), conflict,
            math.log1p(len(names_a & names_b)), j, contained, math.sqrt(max(cos, 0.0)),
            math.sqrt(max(cos_words, 0.0)), math.sqrt(max(cos_names, 0.0)), cos * cos_names,
            math.log1p(min(a.shingles, b.shingles)), math.log1p(min(len(names_a), len(names_b)))]


def pair_logit(a: LinkFeatures, b: LinkFeatures) -> float:
    """Log-odds that the two articles tell one story, from their text alone."""
    return load_model().logit(pair_features(a, b))
