"""Which candidate verbs really attribute: a logistic-regression model over parse features.

The rules in ``extractor`` propose every verb with a content slot (a quote beside it, a clause,
an infinitive, an object); most are not attributions ("built a wall"). This model, trained on the
PolNeAR *train* part (``claimtrace train-cues``), scores each candidate from its lemma, which rule
found the content, the subject, the tense and whether it sits in a quote. Weights live in
``data/cue_model.json`` (a few thousand named features: readable, diffable, no binary blobs).
"""
from __future__ import annotations

import json
import math
import random
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

from .lexicon import (ANONYMOUS_NOUNS, COGNITION_VERBS, NEEDS_CLAUSE, QUOTE_ONLY_VERBS,
                      SPEECH_VERBS)

MODEL_PATH = Path(__file__).with_name("data") / "cue_model.json"


def _subject_kind(f) -> str:
    subj = f.source_head
    if subj is None:
        return "none"
    low = subj.lower_
    if subj.pos_ == "PRON":
        return "pron:" + low
    if subj.ent_type_:
        return "ent:" + subj.ent_type_
    if subj.lemma_.lower() in ANONYMOUS_NOUNS:
        return "anon"
    return "pos:" + subj.pos_


def features(f, in_quote: bool) -> list[str]:
    """Named features of one candidate (``Found``); ``in_quote``: the cue sits inside a quotation."""
    v = f.head
    lemma = v.lemma_.lower()
    path = f.path.split(":")[0]
    subj = _subject_kind(f)
    n = len(f.content_tokens)
    size = "1" if n <= 1 else "2-3" if n <= 3 else "4-8" if n <= 8 else "9+"
    feats = [
        "bias", "lemma=" + lemma, "path=" + f.path, "lemma|path=%s|%s" % (lemma, f.path),
        "tag=" + v.tag_, "dep=" + v.dep_, "subj=" + subj, "path|subj=%s|%s" % (path, subj),
        "kind=" + f.kind, "size=" + size, "path|size=%s|%s" % (path, size),
        "lemma|subj=%s|%s" % (lemma, subj.split(":")[0]),
    ]
    for name, words in (("speech", SPEECH_VERBS), ("cognition", COGNITION_VERBS),
                        ("needs_clause", NEEDS_CLAUSE), ("quote_only", QUOTE_ONLY_VERBS)):
        if lemma in words:
            feats += ["lex=" + name, "lex|path=%s|%s" % (name, path)]
    if in_quote:
        feats += ["in_quote", "in_quote|lemma=" + lemma, "in_quote|subj=" + subj]
    if any(c.dep_ == "neg" for c in v.children):
        feats.append("neg")
    first = f.content_tokens[0].lower_ if f.content_tokens else ""
    if first in ("that", "whether", "if", "how", "why", "what", "to"):
        feats.append("content_starts=" + first)
    return feats


class CueModel:
    def __init__(self, weights: dict[str, float], threshold: float = 0.5):
        self.weights = weights
        self.threshold = threshold

    def probability(self, feats: Iterable[str]) -> float:
        z = sum(self.weights.get(x, 0.0) for x in feats)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def accepts(self, feats: Iterable[str]) -> bool:
        return self.probability(feats) >= self.threshold

    def save(self, path: Path = MODEL_PATH, meta: Optional[dict] = None) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        weights = {k: round(w, 4) for k, w in sorted(self.weights.items()) if abs(w) >= 1e-3}
        path.write_text(json.dumps({"threshold": self.threshold, "meta": meta or {}, "weights": weights},
                                   indent=0, sort_keys=False) + "\n", encoding="utf-8")

    @classmethod
    def load(cls, path: Path = MODEL_PATH) -> Optional["CueModel"]:
        if not path.exists():
            return None
        data = json.loads(path.read_text(encoding="utf-8"))
        return cls(data["weights"], data.get("threshold", 0.5))


@lru_cache(maxsize=1)
def default_model() -> Optional[CueModel]:
    return CueModel.load()


def fit(examples: list[tuple[list[str], int]], epochs: int = 12, l2: float = 1e-5, lr: float = 0.3,
        seed: int = 0) -> dict[str, float]:
    """Logistic regression by AdaGrad SGD over named sparse features (small data: plain Python)."""
    w: dict[str, float] = {}
    g2: dict[str, float] = {}
    order = list(range(len(examples)))
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for k in order:
            feats, y = examples[k]
            z = sum(w.get(x, 0.0) for x in feats)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            grad = p - y
            for x in feats:
                wx = w.get(x, 0.0)
                gx = grad + l2 * wx
                g2[x] = g2.get(x, 0.0) + gx * gx
                w[x] = wx - lr * gx / math.sqrt(g2[x] + 1e-8)
    return w
