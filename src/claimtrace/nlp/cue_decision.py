"""The cue decision: which candidate verbs the extraction rules propose really attribute.

A logistic regression (fitted with scikit-learn by ``claimtrace.eval.train_decision`` on the
PolNeAR *train* part) over named features of the candidate's parse (its lemma, which rule found
the content, the kind of subject, the tense, whether it sits inside a quotation, which word lists
hold the lemma) and over what the span model (``claimtrace.nlp.span_model``) says about it (the
cue probability of its head word, mean and maximum source and content probabilities over its
spans). The parse features know the structure, the span model knows the wording around it.

The fitted model ships as plain JSON (``data/span_model/cue_decision.json``: feature names, coefficients,
intercept, threshold; no pickle) and is applied here by a dot product over the named features.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

import numpy

from .lexicon import ANONYMOUS_NOUNS, COGNITION_VERBS, NEEDS_CLAUSE, QUOTE_ONLY_VERBS, SPEECH_VERBS
from .span_model import MODEL_DIR, column

#: beside the span model's weights: the features include its scores, so the two are fitted together
MODEL_PATH = MODEL_DIR / "cue_decision.json"

#: words a content clause starting with them gives away (a complementiser or an infinitive)
CONTENT_OPENERS = ("that", "whether", "if", "how", "why", "what", "to")


def subject_kind(f) -> str:
    """What the candidate's subject is: a pronoun (which), an entity type, an anonymous noun
    ("officials"), else its part of speech; ``none`` without a subject."""
    subj = f.source_head
    if subj is None:
        return "none"
    if subj.pos_ == "PRON":
        return "pron:" + subj.lower_
    if subj.ent_type_:
        return "ent:" + subj.ent_type_
    if subj.lemma_.lower() in ANONYMOUS_NOUNS:
        return "anon"
    return "pos:" + subj.pos_


def parse_features(f, in_quote: bool, listed: bool) -> list[str]:
    """Named indicator features of one candidate (an ``extractor.Found``) from the parse;
    ``in_quote``: the cue sits inside a quotation; ``listed``: the lexicon rules alone accept it."""
    v = f.head
    lemma = v.lemma_.lower()
    path = f.path.split(":")[0]
    subj = subject_kind(f)
    n = len(f.content_tokens)
    size = "1" if n <= 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9+"
    feats = [
        "lemma=" + lemma, "path=" + f.path, f"lemma|path={lemma}|{f.path}",
        "tag=" + v.tag_, "dep=" + v.dep_, "subj=" + subj, f"path|subj={path}|{subj}",
        "kind=" + f.kind, "size=" + size, f"path|size={path}|{size}",
        f"lemma|subj={lemma}|{subj.split(':')[0]}", f"listed={int(listed)}",
    ]
    for name, words in (("speech", SPEECH_VERBS), ("cognition", COGNITION_VERBS),
                        ("needs_clause", NEEDS_CLAUSE), ("quote_only", QUOTE_ONLY_VERBS)):
        if lemma in words:
            feats += ["lex=" + name, f"lex|path={name}|{path}"]
    if in_quote:
        feats += ["in_quote", "in_quote|lemma=" + lemma, "in_quote|subj=" + subj]
    if any(c.dep_ == "neg" for c in v.children):
        feats.append("neg")
    first = f.content_tokens[0].lower_ if f.content_tokens else ""
    if first in CONTENT_OPENERS:
        feats.append("content_starts=" + first)
    return feats


def _mean_max(values: numpy.ndarray) -> tuple[float, float]:
    return (float(values.mean()), float(values.max())) if len(values) else (0.0, 0.0)


def score_features(f, scores: numpy.ndarray) -> dict[str, float]:
    """The span model's view of the candidate: P(cue) of the head word, mean / max P(source) over
    the source tokens and mean / max P(content) over the content tokens (0 where there are none);
    the cue probability also in tenths, so the weight can bend where the model is unsure."""
    cue = float(scores[f.head.i, column("CUE", "inside")])
    source = numpy.asarray([scores[t.i, column("SOURCE", "inside")] for t in f.source or []], dtype="float32")
    content = numpy.asarray([scores[t.i, column("CONTENT", "inside")] for t in f.content_tokens], dtype="float32")
    src_mean, src_max = _mean_max(source)
    con_mean, con_max = _mean_max(content)
    return {"span:cue": cue, f"span:cue_tenth={min(9, int(cue * 10))}": 1.0,
            "span:source_mean": src_mean, "span:source_max": src_max,
            "span:content_mean": con_mean, "span:content_max": con_max}


def candidate_features(f, in_quote: bool, listed: bool, scores: numpy.ndarray) -> dict[str, float]:
    """All features of a candidate, as a name -> value mapping (indicators have value 1)."""
    out = {name: 1.0 for name in parse_features(f, in_quote, listed)}
    out.update(score_features(f, scores))
    return out


@dataclass
class CueDecision:
    """A fitted logistic regression over named features, and the probability from which a
    candidate is kept (chosen on held-out train articles)."""

    coefficients: dict[str, float]
    intercept: float
    threshold: float = 0.5
    meta: dict = field(default_factory=dict)

    def probability(self, features: dict[str, float]) -> float:
        z = self.intercept + sum(self.coefficients.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def accepts(self, features: dict[str, float]) -> bool:
        return self.probability(features) >= self.threshold

    def save(self, path: Path = MODEL_PATH) -> None:
        weights = {k: round(w, 5) for k, w in sorted(self.coefficients.items()) if abs(w) >= 1e-5}
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps({"intercept": round(self.intercept, 5), "threshold": self.threshold,
                                    "meta": self.meta, "coefficients": weights}, indent=0) + "\n",
                        encoding="utf-8")

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> "CueDecision":
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls({k: float(w) for k, w in data["coefficients"].items()}, float(data["intercept"]),
                   float(data["threshold"]), data.get("meta", {}))


@lru_cache(maxsize=1)
def shipped_decision() -> Optional[CueDecision]:
    """The decision in the package (None when it has not been trained: the span model's cue
    probability alone decides then)."""
    return CueDecision.load() if MODEL_PATH.exists() else None
