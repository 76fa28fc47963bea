"""``claimtrace track``: every stored article about a claim, with its stance and evidence.

    claimtrace track "CLAIM TEXT" [--since 30d] [--limit N] [--format table|json|jsonl|csv] [--db URL]
    claimtrace track --rebuild-index [--db URL]

A thin layer over :func:`claimtrace.stance.track.track`. ``table`` and ``csv`` print one row per
article (the first evidence sentence and the attribution behind it); ``json`` and ``jsonl`` print
every evidence sentence with its speaker, voice, cue, modality, hedges and via chain.
"""
from __future__ import annotations

import argparse
import sys

from .common import open_store, whole_number
from .output import FORMATS, emit_rows

TABLE_COLUMNS = ["date", "outlet", "stance", "confidence", "on_word_of", "speaker", "voice", "cue",
                 "evidence", "url"]


def register(sub) -> None:
    p = sub.add_parser("track", help="stance of every stored article toward a claim",
                       description="Every stored article about CLAIM: whether it confirms, denies or "
                                   "relays it, the evidence sentences and who says them. Unrelated "
                                   "articles are left out.")
    p.add_argument("claim", nargs="?", metavar="CLAIM", help="the claim, e.g. \"the minister resigned\"")
    p.add_argument("--since", metavar="WHEN", help="only articles dated since (30d, 12h, 2w, an ISO date)")
    p.add_argument("--limit", type=whole_number(1), default=200, metavar="N",
                   help="score at most N candidate articles (default 200)")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--db", metavar="URL", help="store: a SQLite path or postgresql://... (default $CLAIMTRACE_DB)")
    p.add_argument("--rebuild-index", action="store_true", help="rebuild the claim index from the stored articles")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from ..stance.index import rebuild_index
    from ..stance.model import ModelMissing
    from ..stance.track import rows, track
    from ..store import times

    if not args.rebuild_index and not (args.claim and args.claim.strip()):
        print("claimtrace track: give a CLAIM (or --rebuild-index)", file=sys.stderr)
        return 2
    try:
        times.parse_since(args.since)
    except ValueError as exc:
        print(f"claimtrace track: --since: {exc}", file=sys.stderr)
        return 2
    store, code = open_store(args.db, "track", create=False)
    if store is None:
        return code
    with store:
        if args.rebuild_index:
            n = rebuild_index(store, progress=sys.stderr.isatty())
            print(f"claimtrace track: indexed {n} articles", file=sys.stderr)
            if not args.claim:
                return 0
        try:
            found = track(store, args.claim, since=args.since, limit=args.limit)
        except ModelMissing as exc:
            print(f"claimtrace track: {exc}", file=sys.stderr)
            return 2
    if args.format in ("json", "jsonl"):
        emit_rows((t.to_dict() for t in found), args.format)
    else:
        emit_rows(rows(found), args.format, columns=TABLE_COLUMNS if args.format == "table" else None)
    print(f"claimtrace track: {len(found)} articles about the claim "
          f"({sum(t.stance == 'denies' for t in found)} deny, {sum(t.stance == 'confirms' for t in found)} "
          f"confirm, {sum(t.stance == 'relays' for t in found)} relay)", file=sys.stderr)
    return 0
