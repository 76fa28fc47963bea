"""Train the cue model (``claimtrace.nlp.cue_model``) on a PolNeAR part.

Each candidate the extraction rules propose is labelled positive when its head word lies inside a
gold cue span. The decision threshold is chosen on held-out articles (every ``holdout``-th one) for
the best candidate F1, then the model is refitted on all articles. Run:
``claimtrace eval train-cues ../shared/data/polnear/train`` (about 3 minutes on 2 cores).
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

from tqdm import tqdm

from ..nlp.cue_model import MODEL_PATH, CueModel, fit
from .polnear import load_gold


def collect(directory: str, limit: Optional[int] = None, model: Optional[str] = None):
    """Per article: a list of (features, label) for every candidate cue."""
    from ..api import load
    from ..nlp.extractor import _Context, iter_candidates

    nlp = load(model)
    articles = load_gold(directory, limit=limit)
    data = []
    texts = ((a.text, a) for a in articles)
    for doc, art in tqdm(nlp.pipe(texts, as_tuples=True, batch_size=16), total=len(articles),
                         desc="parsing", unit="article", file=sys.stderr):
        cues = [(s, e) for g in art.attributions if g.role("cue") for s, e in g.role("cue").spans]
        ctx = _Context(doc, [])
        examples = []
        for f, feats in iter_candidates(ctx):
            h = f.head.idx
            examples.append((feats, int(any(s <= h < e for s, e in cues))))
        data.append(examples)
    return data


def _best_threshold(weights, held: list[tuple[list[str], int]]) -> tuple[float, float]:
    model = CueModel(weights)
    probs = [(model.probability(x), y) for x, y in held]
    positives = sum(y for _, y in probs)
    best = (0.5, 0.0)
    for t in [i / 100 for i in range(10, 91, 2)]:
        tp = sum(1 for p, y in probs if p >= t and y)
        pred = sum(1 for p, _ in probs if p >= t)
        f1 = 2 * tp / max(1, pred + positives)
        if f1 > best[1]:
            best = (t, f1)
    return best


def train(directory: str, *, out: Path = MODEL_PATH, holdout: int = 7, limit: Optional[int] = None,
          model: Optional[str] = None) -> dict:
    data = collect(directory, limit=limit, model=model)
    train_part = [x for k, art in enumerate(data) if k % holdout for x in art]
    held = [x for k, art in enumerate(data) if not k % holdout for x in art]
    threshold, held_f1 = _best_threshold(fit(train_part), held)
    everything = [x for art in data for x in art]
    weights = fit(everything)
    meta = {"trained_on": Path(directory).name, "articles": len(data), "candidates": len(everything),
            "positives": sum(y for _, y in everything), "heldout_candidate_f1": round(held_f1, 4)}
    CueModel(weights, threshold).save(out, meta)
    return {**meta, "threshold": threshold, "features": len(weights), "path": str(out)}
