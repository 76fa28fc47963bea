"""``claimtrace eval``: measure the extractor on an annotated corpus.

    claimtrace eval polnear DIR [--limit N] [--format table|json|jsonl|csv] [--errors FILE]
                                [--workers N] [--model NAME] [--gold-stats]
    claimtrace eval train-cues DIR [--out FILE] [--limit N] [--model NAME]

``DIR`` is a PolNeAR split directory (``.../polnear/dev``, with ``text/`` and ``attributions/``).
Scores go to stdout (one row per metric, see ``claimtrace.eval.polnear`` for the definitions),
progress and a summary to stderr. ``--errors FILE`` writes one JSON line per article with its
matched / partial / missed / spurious attributions.
"""
from __future__ import annotations

import argparse
import json
import sys
import time

from ..errors import ModelNotInstalled
from .common import whole_number
from .output import FORMATS, emit_rows


def register(sub) -> None:
    parser = sub.add_parser("eval", help="score the extractor on an annotated corpus",
                            description="Score the extractor on an annotated corpus.")
    benchmarks = parser.add_subparsers(dest="benchmark", metavar="BENCHMARK")
    parser.set_defaults(func=lambda args: _usage(parser))

    p = benchmarks.add_parser(
        "polnear", help="PolNeAR attribution relations (source, cue, content)",
        description="Score claimtrace on a PolNeAR split: exact-span and character-overlap "
                    "P/R/F1 per role, and relation P/R/F1 per attribution.")
    p.add_argument("directory", metavar="DIR", help="a PolNeAR split directory (with text/ and attributions/)")
    p.add_argument("--limit", type=whole_number(1), metavar="N", help="only the first N articles (sorted by name)")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--errors", metavar="FILE", help="write per-article matched/missed/spurious as JSONL")
    p.add_argument("--workers", type=whole_number(1), default=1, metavar="N",
                   help="parallel processes, each loading the pipeline once (default: 1)")
    p.add_argument("--model", metavar="NAME", help="spaCy pipeline to use (default: CLAIMTRACE_MODEL or built-in)")
    p.add_argument("--gold-stats", action="store_true",
                   help="print statistics of the gold annotations instead of evaluating")
    p.set_defaults(func=run_polnear)

    t = benchmarks.add_parser(
        "train-cues", help="retrain the cue model on a PolNeAR split (normally train/)",
        description="Fit the logistic-regression cue model on a PolNeAR split and write its weights "
                    "(default: the package's nlp/data/cue_model.json).")
    t.add_argument("directory", metavar="DIR", help="a PolNeAR split directory (normally .../train)")
    t.add_argument("--out", metavar="FILE", help="where to write the weights")
    t.add_argument("--limit", type=whole_number(1), metavar="N", help="only the first N articles")
    t.add_argument("--model", metavar="NAME", help="spaCy pipeline to parse with")
    t.set_defaults(func=run_train_cues)


def run_train_cues(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..eval.train_cues import train
    from ..nlp.cue_model import MODEL_PATH

    report = train(args.directory, out=Path(args.out) if args.out else MODEL_PATH, limit=args.limit,
                   model=args.model)
    emit_rows(({"statistic": k, "value": v} for k, v in report.items()), "table",
              columns=["statistic", "value"])
    return 0


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def run_polnear(args: argparse.Namespace) -> int:
    from ..eval import polnear

    try:
        gold = polnear.load_gold(args.directory, limit=args.limit)
    except (FileNotFoundError, ValueError) as exc:
        print(f"claimtrace eval polnear: {exc}", file=sys.stderr)
        return 2
    if args.gold_stats:
        stats = polnear.gold_stats(gold)
        emit_rows(({"statistic": k, "value": v} for k, v in stats.items()), args.format,
                  columns=["statistic", "value"])
        return 0
    started = time.monotonic()
    try:
        predictions = polnear.predict(gold, workers=args.workers, model=args.model, progress=True)
    except ModelNotInstalled as exc:
        print(f"claimtrace eval polnear: {exc}", file=sys.stderr)
        return 2
    scores = polnear.score(gold, predictions)
    elapsed = time.monotonic() - started
    emit_rows(scores.rows(), args.format, columns=list(polnear.Scores.ROW_COLUMNS))
    if args.errors:
        with open(args.errors, "w", encoding="utf-8") as fh:
            for record in polnear.iter_reports(scores):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{scores.articles} articles, {scores.relation.gold} gold and {scores.relation.predicted} "
          f"predicted attributions, {elapsed:.1f} s", file=sys.stderr)
    return 0
