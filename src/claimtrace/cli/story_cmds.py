"""``claimtrace stories | story | link``: thin layers over ``claimtrace.link``.

Exit codes follow cli/main.py: 0 ok, 1 the store cannot be read or the story does not exist,
2 usage error.
"""
from __future__ import annotations

import argparse
import json
import sys

from .common import open_store, whole_number
from .output import FORMATS, emit_rows, shorten

STORY_COLUMNS = ["last_seen", "id", "articles", "reports", "origins", "title"]
MEMBER_COLUMNS = ["published", "role", "outlet", "relays", "title", "url"]
CLAIM_GROUP_COLUMNS = ["first_seen", "articles", "sources", "count", "via", "modality", "flags", "text"]


def since_value(value: str) -> str:
    from ..store.times import parse_since

    try:
        parse_since(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return value


def db_argument(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="URL",
                   help="store: a SQLite path, sqlite:///path or postgresql://... "
                        "(default: $CLAIMTRACE_DB, else $XDG_DATA_HOME/claimtrace/claimtrace.db)")


def register(sub) -> None:
    """Add the ``stories``, ``story`` and ``link`` subcommands to ``sub`` (argparse subparsers)."""
    p = sub.add_parser("stories", help="list stories (articles about one report or event), newest first",
                       description="List stories, newest first: articles, independent reports, origins.")
    db_argument(p)
    p.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    p.add_argument("--since", type=since_value, metavar="WHEN",
                   help="stories with an article at or after: 12h, 7d, 2w or a date (default: all)")
    p.add_argument("--outlet", metavar="NAME", help="stories with an article from an outlet or host containing NAME")
    p.add_argument("--actor", metavar="NAME", help="stories in which a speaker or relayed source's name contains NAME")
    p.add_argument("--limit", type=whole_number(0), metavar="N", help="at most N stories")
    p.set_defaults(func=run_stories)

    p = sub.add_parser("story", help="one story: its articles with roles, origins, claim groups",
                       description="One story: articles (original, relay, copy), origins, independent "
                                   "reports and claim groups.")
    p.add_argument("id", help="story id (from `claimtrace stories`)")
    db_argument(p)
    p.add_argument("--format", choices=["table", "json"], default="table", help="output format")
    p.set_defaults(func=run_story)

    p = sub.add_parser("link", help="link stored articles into stories (ingest links as it goes)",
                       description="Link every stored article not yet in a story; --rebuild relinks all.")
    db_argument(p)
    p.add_argument("--rebuild", action="store_true", help="drop all stories and link everything again")
    p.add_argument("--format", choices=FORMATS, default="table", help="summary format (default: table)")
    p.set_defaults(func=run_link)


def story_row(story) -> dict:
    return {"last_seen": (story.last_seen or "")[:16], "id": story.id, "articles": len(story.articles),
            "reports": story.independent_reports, "origins": ", ".join(story.origins),
            "title": shorten(story.title or "", 70)}


def run_stories(args) -> int:
    from ..link import stories

    store, code = open_store(args.db, args.command, create=False)
    if store is None:
        return code
    with store:
        found = stories(store, since=args.since, outlet=args.outlet, actor=args.actor, limit=args.limit)
    if args.format == "table":
        if not found:
            print("no stories match (run `claimtrace link` after ingesting?)", file=sys.stderr)
        emit_rows([story_row(s) for s in found], "table", STORY_COLUMNS)
    elif args.format == "csv":
        emit_rows([story_row(s) for s in found], "csv", STORY_COLUMNS)
    else:
        emit_rows([s.to_dict() for s in found], args.format)
    return 0


def load_story(args, story_id: str):
    """``(story, 0)``, or ``(None, exit code)`` after saying why not (no store: 1 or 2; no such story: 1)."""
    from ..link import get_story

    store, code = open_store(args.db, args.command, create=False)
    if store is None:
        return None, code
    with store:
        story = get_story(store, story_id)
    if story is None:
        print(f"claimtrace {args.command}: no story {story_id!r}", file=sys.stderr)
        return None, 1
    return story, 0


def run_story(args) -> int:
    story, code = load_story(args, args.id)
    if story is None:
        return code
    if args.format == "json":
        json.dump(story.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    print(f"{story.id} — {story.title or ''}")
    print(f"{len(story.articles)} articles, {story.independent_reports} independent report(s); "
          f"origins: {', '.join(story.origins) or '(unknown)'}; {story.first_seen} .. {story.last_seen}\n")
    emit_rows([{"published": (a.published or "")[:16], "role": a.role, "outlet": a.outlet,
                "relays": ", ".join(a.relays), "title": shorten(a.title or a.input, 60), "url": a.url or a.input}
               for a in story.articles], "table", MEMBER_COLUMNS)
    print()
    emit_rows(claim_group_rows(story), "table", CLAIM_GROUP_COLUMNS)
    return 0


def claim_group_rows(story, width: int = 80) -> list[dict]:
    """One table row per claim group of ``story`` (``story`` and ``claims --story`` print these)."""
    return [{"first_seen": (g.first_seen or "")[:16], "articles": len(g.articles),
             "sources": shorten(", ".join(g.sources), 30), "count": g.source_count, "via": ", ".join(g.via),
             "modality": g.modality, "flags": ", ".join(g.flags), "text": shorten(g.text, width)}
            for g in story.claims]


def run_link(args) -> int:
    from dataclasses import asdict

    from ..derived import refresh_summaries
    from ..link import link

    store, code = open_store(args.db, args.command, create=False)
    if store is None:
        return code
    with store:
        summary = link(store, rebuild=args.rebuild, progress=sys.stderr.isatty())
        summary.summarised = refresh_summaries(store)
    row = asdict(summary)
    row["ms_per_article"] = round(summary.ms_per_article, 2)
    row["elapsed"] = round(summary.elapsed, 2)
    if args.format == "table":
        emit_rows([{"metric": k, "value": v} for k, v in row.items()], "table", ["metric", "value"])
    else:
        emit_rows([row], args.format)
    return 0


def run_story_claims(args) -> int:
    """``claims --story ID``: one row per claim group of the story (the other filters do not apply)."""
    story, code = load_story(args, args.story)
    if story is None:
        return code
    if args.contested:  # claim groups someone on record denies
        story.claims = [group for group in story.claims if group.denied_by]
    if not story.claims:
        print("claimtrace claims: no " + ("contested " if args.contested else "") + "claim groups"
              f" in story {args.story}", file=sys.stderr)
    if args.format == "table":
        emit_rows(claim_group_rows(story), "table", CLAIM_GROUP_COLUMNS)
    else:
        emit_rows(story.to_dict()["claims"], args.format)
    return 0
