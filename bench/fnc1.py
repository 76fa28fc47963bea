"""FNC-1 stance benchmark: held-out claim groups of the train part, and fitting the shipped model.

    .venv/bin/python bench/fnc1.py ../shared/data/fnc1-train --cache /tmp/fnc1_bodies.jsonl
    .venv/bin/python bench/fnc1.py ../shared/data/fnc1-train --cache /tmp/fnc1_bodies.jsonl --fit

Cross-validation over claim groups (``claimtrace.stance.train.cross_validate``: 5 folds, every group
on one side; the MLP's epochs, the blend and the stance weights of each fold chosen on inner folds of
its training side only); prints the FNC-1 score (share of the best possible; raw and re-weighted to
the label mix of the competition's test part, ``fnc_score_test_mix``), macro-F1, per-class F1 and the
confusion matrix of the out-of-fold predictions.
``--fit`` then fits on every pair and writes the package's ``stance/data/stance_model.joblib``.
The bodies are parsed by the claimtrace pipeline once; ``--cache`` keeps them (outside the repo).
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from claimtrace.cli.output import emit_rows
from claimtrace.stance import fnc1, train
from claimtrace.stance.model import MODEL_PATH


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("directory", help="FNC-1 train directory (train_bodies.csv, train_stances.csv)")
    parser.add_argument("--cache", help="JSONL file of parsed bodies (created when missing)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--fit", action="store_true", help="also fit on everything and write the shipped model")
    parser.add_argument("--skip-cv", action="store_true", help="only --fit")
    parser.add_argument("--out", default=str(MODEL_PATH), help="where --fit writes the model")
    args = parser.parse_args()

    started = time.monotonic()
    data = train.load_fnc1(args.directory, cache=args.cache, progress=True)
    print(f"{len(data.pairs)} pairs, {len(data.articles)} bodies, {len(set(data.body_group.values()))} "
          f"claim groups ({time.monotonic() - started:.0f} s to load)", file=sys.stderr)
    if not args.skip_cv:
        kept, gold, predicted = train.cross_validate(data, args.folds, seed=args.seed, progress=True)
        scores = fnc1.score(gold, predicted)
        print(f"held-out pairs: {len(kept)} of {len(data.pairs)} (unrelated pairs joining two folds are in neither set)")
        emit_rows(scores.rows(), "table", columns=["metric", "value"])
        print("\nconfusion (rows gold, columns predicted)")
        emit_rows(scores.confusion_rows(), "table")
        print(json.dumps({"fnc_score": scores.score, "fnc_score_test_mix": scores.test_mix_score,
                          "macro_f1": scores.macro_f1, "f1": scores.f1, "confusion": scores.confusion}),
              file=sys.stderr)
    if args.fit:
        model = train.fit(data, progress=True, seed=args.seed)
        model.save(args.out)
        print(f"wrote {args.out}", file=sys.stderr)
    print(f"{time.monotonic() - started:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
