"""``claimtrace articles | claims | stats``: read the store, print rows with ``emit_rows``.

Exit codes follow cli/main.py: 0 ok, 1 the store cannot be read, 2 usage error (argparse exits 2
itself, e.g. for a bad ``--since``).
"""
from __future__ import annotations

import argparse
import json
import sys
from typing import get_args

from ..model import Modality, SourceKind
from .common import open_store, whole_number
from .output import FORMATS, emit_rows, shorten

CLAIM_COLUMNS = ["date", "outlet", "speaker", "speaker_kind", "count", "via", "modality", "kind", "content"]
ARTICLE_COLUMNS = ["date", "outlet", "title", "attributions", "revision", "url"]
TABLE_CONTENT_WIDTH = 90


def _since(value: str) -> str:
    from ..store.times import parse_since

    try:
        parse_since(value)  # validate now; the store re-parses against its own clock
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc).replace("bad --since value", "bad value")) from None
    return value


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL",
                   help="store to read: a SQLite path, sqlite:///path or postgresql://... "
                        "(default: $CLAIMTRACE_DB, else $XDG_DATA_HOME/claimtrace/claimtrace.db)")
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")


def _filters(p: argparse.ArgumentParser) -> None:
    p.add_argument("--since", type=_since, metavar="WHEN",
                   help="published (else ingested) at or after: 12h, 7d, 2w or a date like 2026-11-01")
    p.add_argument("--outlet", metavar="NAME", help="outlet name or URL host contains NAME (any case)")
    p.add_argument("--limit", type=whole_number(0), metavar="N", help="at most N rows (newest first)")


def register(sub) -> None:
    """Add the ``articles``, ``claims`` and ``stats`` subcommands to ``sub`` (argparse subparsers)."""
    p = sub.add_parser("articles", help="list stored articles (latest revisions), newest first",
                       description="List stored articles (latest revision of each), newest first.")
    _common(p)
    _filters(p)
    p.set_defaults(func=run_articles)

    p = sub.add_parser("claims", help="list stored attributions with filters",
                       description="List stored attributions (who said what), newest article first.")
    _common(p)
    _filters(p)
    p.add_argument("--source-kind", choices=get_args(SourceKind), metavar="KIND",
                   help="speaker kind: " + ", ".join(get_args(SourceKind)))
    p.add_argument("--min-sources", type=whole_number(0), metavar="N",
                   help="only attributions to at least N sources (source_count >= N)")
    p.add_argument("--speaker", metavar="NAME", help="resolved speaker name contains NAME (any case)")
    p.add_argument("--modality", choices=get_args(Modality), help="asserted or hedged")
    p.add_argument("--via", metavar="NAME", help="relayed through a source whose id or name contains NAME")
    p.add_argument("--story", metavar="ID", help="the claim groups of one story (see `claimtrace stories`)")
    p.add_argument("--contested", action="store_true",
                   help="with --story: only claim groups that someone on record denies")
    p.set_defaults(func=run_claims)

    p = sub.add_parser("stats", help="counts and date range of the store",
                       description="Counts, date range, failures by reason and the last ingest run.")
    _common(p)
    p.set_defaults(func=run_stats)


def _emit(rows: list[dict], args, table_row, columns, nothing: str) -> int:
    """Print query results: a compact table for eyes, the full rows for every other format."""
    if args.format != "table":
        emit_rows(rows, args.format)
        return 0
    if not rows:
        print(nothing, file=sys.stderr)
    emit_rows([table_row(r) for r in rows], "table", columns)
    return 0


def run_claims(args) -> int:
    if args.contested and not args.story:
        print("claimtrace claims: --contested needs --story ID", file=sys.stderr)
        return 2
    if args.story:
        from .story_cmds import run_story_claims

        return run_story_claims(args)
    store, code = open_store(args.db, args.command, create=False)
    if store is None:
        return code
    with store:
        rows = store.claims(since=args.since, outlet=args.outlet, source_kind=args.source_kind,
                            min_sources=args.min_sources, speaker=args.speaker,
                            modality=args.modality, via=args.via, limit=args.limit)
    return _emit(rows, args, lambda r: {
        "date": (r["date"] or "")[:10], "outlet": r["outlet"], "speaker": r["speaker"],
        "speaker_kind": r["speaker_kind"], "count": r["source_count"],
        "via": ", ".join(r["via"]), "modality": r["modality"], "kind": r["kind"],
        "content": shorten(r["content"], TABLE_CONTENT_WIDTH),
    }, CLAIM_COLUMNS, "no claims match")


def run_articles(args) -> int:
    store, code = open_store(args.db, args.command, create=False)
    if store is None:
        return code
    with store:
        rows = store.articles(since=args.since, outlet=args.outlet, limit=args.limit)
    return _emit(rows, args, lambda r: {
        "date": (r["date"] or "")[:10], "outlet": r["outlet"] or r["host"],
        "title": shorten(r["title"] or r["input"], 70), "attributions": r["n_attributions"],
        "revision": r["revision"], "url": r["canonical_url"] or r["url"] or r["input"],
    }, ARTICLE_COLUMNS, "no articles match")


def run_stats(args) -> int:
    store, code = open_store(args.db, args.command, create=False)
    if store is None:
        return code
    with store:
        stats = store.stats()
    if args.format == "json":
        json.dump(stats, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    rows = []
    for key, value in stats.items():
        if isinstance(value, dict) and key != "last_run":
            rows += [{"metric": f"{key}.{k}", "value": v} for k, v in value.items()]
        else:
            rows.append({"metric": key, "value": value})
    emit_rows(rows, args.format, ["metric", "value"])
    return 0
