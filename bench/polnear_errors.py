#!/usr/bin/env python
"""Look at claimtrace's PolNeAR errors article by article.

For a sample of articles, prints gold and predicted attributions side by side with the text of
every span, grouped as MATCHED (relation match: cue and source exact after trimming, content
covering >= 50% of the gold content), PARTIAL (a gold and a predicted attribution that overlap on
cue, source and content but miss the strict rule; the differing roles are listed), MISSED and
SPURIOUS. Ends with the most frequent cue words of gold cues found by no prediction and of
predicted cues that are no gold cue (exact match after trimming), and the sample's scores.

    .venv/bin/python bench/polnear_errors.py                      # 5 random dev articles
    .venv/bin/python bench/polnear_errors.py --split train --limit 20 --seed 3
    .venv/bin/python bench/polnear_errors.py --article nyt_2016-09-30_some-article-name
    .venv/bin/python bench/polnear_errors.py --limit 84 --quiet   # only the cue counts and scores
    .venv/bin/python bench/polnear_errors.py --split train --heldout --quiet   # the held-out train articles
"""
from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path
from typing import Optional

from claimtrace.eval import polnear as P

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = next((p for p in (ROOT.parent / "shared" / "data" / "polnear",
                                 Path("/work/shared/data/polnear")) if p.is_dir()),
                    ROOT.parent / "shared" / "data" / "polnear")


def _span_text(text: str, sp) -> Optional[str]:
    if sp is None:
        return None
    return " … ".join(text[s:e] for s, e in sp.spans).replace("\n", "⏎")


def _fit(s: Optional[str], width: int) -> str:
    if s is None:
        return "∅"
    s = f"«{s}»"
    return s if len(s) <= width else s[: width - 1] + "…"


def _show_pair(text: str, gold, pred, width: int, differs=()) -> None:
    for role in P.ROLES:
        g = _span_text(text, gold.role(role)) if gold is not None else None
        p = _span_text(text, getattr(pred, role)) if pred is not None else None
        mark = "≠" if role in differs else " "
        left = _fit(g, width) if gold is not None else ""
        right = _fit(p, width) if pred is not None else ""
        print(f"    {role:>7} {mark} {left:<{width}} | {right}")
    if pred is not None and getattr(pred, "kind", None):
        print(f"    {'':>7}   {'':<{width}} | kind={pred.kind}")
    print()


def _cue_word(text: str, sp) -> str:
    return (_span_text(text, sp) or "").lower().strip()


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--split", default="dev", choices=("dev", "train"), help="PolNeAR part (default: dev)")
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help=f"PolNeAR root (default: {DEFAULT_DATA})")
    ap.add_argument("--limit", type=int, default=5, help="number of sampled articles (default: 5)")
    ap.add_argument("--seed", type=int, default=0, help="sampling seed (default: 0)")
    ap.add_argument("--article", action="append", default=[], metavar="NAME",
                    help="show this article (repeatable; overrides the sample)")
    ap.add_argument("--top", type=int, default=25, help="how many cue words to list (default: 25)")
    ap.add_argument("--width", type=int, default=70, help="column width of each side (default: 70)")
    ap.add_argument("--workers", type=int, default=1)
    ap.add_argument("--model", default=None, help="spaCy pipeline (default: claimtrace's)")
    ap.add_argument("--quiet", action="store_true", help="skip the per-article listings")
    ap.add_argument("--heldout", action="store_true",
                    help="every 7th article in sorted order (of train: the 120 the span model was not trained "
                         "on, claimtrace.eval.polnear_docbin.is_holdout); overrides the sample")
    args = ap.parse_args(argv)

    directory = args.data / args.split
    names = P.article_names(directory)
    if args.heldout:
        from claimtrace.eval.polnear_docbin import is_holdout

        chosen = [n for k, n in enumerate(names) if is_holdout(k, 7)]
    elif args.article:
        unknown = [a for a in args.article if a not in names]
        if unknown:
            print(f"unknown article(s) in {directory}: {', '.join(unknown)}", file=sys.stderr)
            return 2
        chosen = args.article
    else:
        chosen = sorted(random.Random(args.seed).sample(names, min(args.limit, len(names))))
    gold = P.load_gold(directory, articles=chosen)
    predictions = P.predict(gold, workers=args.workers, model=args.model, progress=True)
    scores = P.score(gold, predictions)

    missed_cues: Counter = Counter()
    spurious_cues: Counter = Counter()
    for rep in scores.reports:
        text = rep.text
        missed_cues.update(_cue_word(text, rep.gold[i].cue) for i in rep.role_missed["cue"])
        spurious_cues.update(_cue_word(text, rep.predicted[i].cue) for i in rep.role_spurious["cue"])
        if args.quiet:
            continue
        print("=" * (2 * args.width + 20))
        print(f"{rep.name}  gold {len(rep.gold)}  predicted {len(rep.predicted)}  matched {len(rep.matched)}  "
              f"partial {len(rep.partial)}  missed {len(rep.missed)}  spurious {len(rep.spurious)}")
        print(f"    {'':>7}   {'GOLD':<{args.width}} | PREDICTED")
        for title, items in (
            ("MATCHED", [(rep.gold[g], rep.predicted[p], ()) for g, p in rep.matched]),
            ("PARTIAL", [(rep.gold[g], rep.predicted[p], tuple(d)) for g, p, d in rep.partial]),
            ("MISSED", [(rep.gold[g], None, ()) for g in rep.missed]),
            ("SPURIOUS", [(None, rep.predicted[p], ()) for p in rep.spurious]),
        ):
            if not items:
                continue
            print(f"  -- {title} ({len(items)})")
            for g, p, differs in items:
                _show_pair(text, g, p, args.width, differs)

    print("=" * (2 * args.width + 20))
    label = "every 7th" if args.heldout else ", ".join(chosen) if len(chosen) <= 5 else f"sample seed {args.seed}"
    print(f"{len(gold)} articles ({args.split}): {label}")
    width = max([len(c) for c, _ in missed_cues.most_common(args.top)] + [12])
    print(f"\nmost frequent missed cues (gold cue found by no prediction): {sum(missed_cues.values())}")
    for cue, n in missed_cues.most_common(args.top):
        print(f"  {n:5d}  {cue:<{width}}")
    print(f"\nmost frequent spurious cues (predicted cue that is no gold cue): {sum(spurious_cues.values())}")
    for cue, n in spurious_cues.most_common(args.top):
        print(f"  {n:5d}  {cue}")
    print()
    for row in scores.rows():
        print(f"  {row['metric']:<17}{row['role']:<12} P {row['precision']:.3f}  R {row['recall']:.3f}  "
              f"F1 {row['f1']:.3f}  (gold {row['gold']}, predicted {row['predicted']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
