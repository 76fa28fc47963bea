"""``claimtrace eval``: measure the extractor on an annotated corpus.

    claimtrace eval polnear DIR [--limit N] [--format table|json|jsonl|csv] [--errors FILE]
                                [--workers N] [--model NAME] [--gold-stats] [--rules-only]
    claimtrace eval train-spans DIR [--out DIR] [--steps N] [--work-dir DIR] [--limit N] [--model NAME]
                                    [--decision-only [--cache FILE]]
    claimtrace eval fnc1 --bodies CSV --stances CSV [--predictions CSV] [--cache JSONL] [--format ...]

``DIR`` is a PolNeAR split directory (``.../polnear/dev``, with ``text/`` and ``attributions/``).
Scores go to stdout (one row per metric, see ``claimtrace.eval.polnear`` for the definitions),
progress and a summary to stderr. ``--errors FILE`` writes one JSON line per article with its
matched / partial / missed / spurious attributions.
"""
from __future__ import annotations

import argparse
import json
import os
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
    p.add_argument("--rules-only", action="store_true",
                   help="without the trained span model (sets CLAIMTRACE_SPAN_MODEL=0)")
    p.set_defaults(func=run_polnear)

    t = benchmarks.add_parser(
        "train-spans", help="retrain the span model on a PolNeAR split (normally train/)",
        description="Train the span model with spacy train on a PolNeAR split, choose its decision "
                    "thresholds on held-out articles of that split, and write the weights "
                    "(default: the package's nlp/data/span_model/).")
    t.add_argument("directory", metavar="DIR", help="a PolNeAR split directory (normally .../train)")
    t.add_argument("--out", metavar="DIR", help="where to write the weights")
    t.add_argument("--steps", type=whole_number(1), metavar="N", help="training steps (default: the config's)")
    t.add_argument("--work-dir", metavar="DIR", help="keep the DocBin files and checkpoints here")
    t.add_argument("--limit", type=whole_number(1), metavar="N", help="only the first N articles")
    t.add_argument("--model", metavar="NAME", help="spaCy pipeline whose tok2vec the model reads")
    t.add_argument("--decision-only", action="store_true",
                   help="only refit the cue decision (logistic regression) on the span model in --out")
    t.add_argument("--cache", metavar="FILE",
                   help="keep the articles parsed for the cue decision in this DocBin file and reuse it "
                        "(delete it after the span model changed)")
    t.add_argument("--checkpoint", metavar="DIR",
                   help="ship this spacy train checkpoint (e.g. WORK_DIR/output/model-best) instead of training")
    t.set_defaults(func=run_train_spans)

    f = benchmarks.add_parser(
        "fnc1", help="FNC-1 stance detection (agree/disagree/discuss/unrelated)",
        description="Label every (headline, body) pair of FNC-1 files with the stance model that "
                    "`claimtrace track` uses; score against the Stance column when there is one.")
    f.add_argument("--bodies", required=True, metavar="CSV", help="bodies file: Body ID,articleBody")
    f.add_argument("--stances", required=True, metavar="CSV", help="stances file: Headline,Body ID[,Stance]")
    f.add_argument("--predictions", metavar="CSV", help="write Headline,Body ID,Stance here")
    f.add_argument("--cache", metavar="JSONL", help="keep the parsed bodies here (reused when present)")
    f.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    f.set_defaults(func=run_fnc1)


def run_fnc1(args: argparse.Namespace) -> int:
    from ..stance.fnc1 import FNC1Error, evaluate_files
    from ..stance.model import ModelMissing

    try:
        run = evaluate_files(args.bodies, args.stances, predictions=args.predictions, cache=args.cache,
                             progress=True)
    except (FNC1Error, ModelMissing) as exc:
        print(f"claimtrace eval fnc1: {exc}", file=sys.stderr)
        return 2
    if run.scores is None:
        print(f"claimtrace eval fnc1: {len(run.pairs)} pairs labelled (no Stance column: nothing to score)",
              file=sys.stderr)
        return 0
    if args.format != "table":
        confusion = [{"metric": f"confusion:{row['gold']}->{label}", "value": n}
                     for row in run.scores.confusion_rows() for label, n in row.items() if label != "gold"]
        emit_rows(run.scores.rows() + confusion, args.format, columns=["metric", "value"])
        return 0
    emit_rows(run.scores.rows(), "table", columns=["metric", "value"])
    print("\nconfusion (rows gold, columns predicted)")
    emit_rows(run.scores.confusion_rows(), "table")
    return 0


def run_train_spans(args: argparse.Namespace) -> int:
    from pathlib import Path

    from ..eval.train_decision import train as train_decision
    from ..eval.train_spans import train
    from ..nlp.span_model import MODEL_DIR

    if args.checkpoint and args.decision_only:
        print("claimtrace eval train-spans: --checkpoint and --decision-only exclude each other", file=sys.stderr)
        return 2
    if args.decision_only:
        report = train_decision(args.directory, weights=Path(args.out) if args.out else MODEL_DIR,
                                limit=args.limit, model=args.model,
                                cache=Path(args.cache) if args.cache else None)
    else:
        report = train(args.directory, out=Path(args.out) if args.out else MODEL_DIR, max_steps=args.steps,
                       limit=args.limit, model=args.model,
                       work_dir=Path(args.work_dir) if args.work_dir else None,
                       checkpoint=Path(args.checkpoint) if args.checkpoint else None,
                       cache=Path(args.cache) if args.cache else None)
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
    if args.rules_only:  # read by claimtrace.config.Settings here and in the worker processes
        os.environ["CLAIMTRACE_SPAN_MODEL"] = "0"
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
