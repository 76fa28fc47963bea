"""Fit the linker's pair model (``claimtrace/link/pair_model.json``) on the FNC-1 tuning groups.

Pairs are the ones the linker would ever score: two bodies of the tuning part (the held-out groups
of ``stories_fnc1.py`` are never read) that share a blocking key or an LSH band. Label: same claim
group. Model: scikit-learn logistic regression over ``link.pair_model.pair_features``; the
coefficients are written as JSON (no pickle).

    .venv/bin/python bench/stories_pair_model.py ../shared/data/fnc1-train [--out PATH]
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from stories_fnc1 import held_out, load_groups  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "src" / "claimtrace" / "link" / "pair_model.json"


def candidate_pairs(features: list) -> set[tuple[int, int]]:
    """Index pairs sharing a blocking key or an LSH band (what the linker's lookups return)."""
    postings: dict[str, list[int]] = defaultdict(list)
    for i, f in enumerate(features):
        for key in f.keys + f.bands:
            postings[key].append(i)
    return {pair for ids in postings.values() for pair in combinations(ids, 2)}


def main() -> int:
    from sklearn.linear_model import LogisticRegression

    from claimtrace.link.features import features_of
    from claimtrace.link.pair_model import PairModel, pair_features
    from claimtrace.model import Article

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", default="../shared/data/fnc1-train")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    bodies, groups = load_groups(Path(args.folder))
    tune = sorted(i for i in bodies if not held_out(groups[i]))
    features = [features_of(Article(input=i, text=bodies[i])) for i in tune]
    pairs = sorted(candidate_pairs(features))
    x = np.array([pair_features(features[a], features[b]) for a, b in pairs])
    y = np.array([groups[tune[a]] == groups[tune[b]] for a, b in pairs], dtype=int)
    clf = LogisticRegression(C=1.0, max_iter=5000).fit(x, y)
    model = PairModel(tuple(round(float(c), 5) for c in clf.coef_.ravel()), round(float(clf.intercept_[0]), 5))
    args.out.write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    print(f"{len(tune)} tuning bodies, {len(pairs)} candidate pairs ({y.sum()} same group); "
          f"training accuracy {clf.score(x, y):.4f}; wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
