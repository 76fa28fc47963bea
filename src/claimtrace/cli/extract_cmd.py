"""``claimtrace extract``: attributions of files, folders, URLs or stdin, printed as a table or JSON."""
from __future__ import annotations

import argparse
import json
import sys
from typing import Iterator

from tqdm import tqdm

from ..model import Article
from .common import add_settings_arguments, settings_from, whole_number
from .output import FORMATS, emit_rows

TABLE_COLUMNS = ("speaker", "count", "via", "kind", "modality", "cue", "content")
CSV_COLUMNS = ("input", "title", "speaker", "speaker_kind", "source", "count", "via", "kind",
               "modality", "hedges", "cue", "content", "content_start", "content_end")


def register(sub) -> None:
    p = sub.add_parser("extract", help="extract who said what from articles",
                       description="Extract attributions from text or HTML articles: files, folders, "
                                   "URLs, JSONL/WARC dumps, or - for standard input.")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="file, folder, URL, or - for stdin")
    p.add_argument("--format", choices=FORMATS, default="table")
    p.add_argument("--workers", type=whole_number(1), default=1, help="processes for parsing (default 1)")
    add_settings_arguments(p)
    p.add_argument("--html", dest="media_type", action="store_const", const="html", help="treat inputs as HTML")
    p.add_argument("--text", dest="media_type", action="store_const", const="text", help="treat inputs as plain text")
    p.add_argument("--allow-private", action="store_true", help="allow URLs on private or loopback addresses")
    p.set_defaults(func=run)


def speaker_label(article: Article, attribution) -> str:
    """What a reader would call the speaker: the name, else the description, else the source words."""
    sp = attribution.speaker
    if sp is not None:
        src = next((s for s in article.sources if s.id == sp.source_id), None)
        if src is not None:
            label = src.name or src.role
            if src.name and src.role:
                label = f"{src.name} ({src.role})"
            if label:
                return label
    return attribution.source.text if attribution.source else "?"


def attribution_rows(article: Article) -> Iterator[dict]:
    for a in article.attributions:
        yield {
            "input": article.input, "title": article.title,
            "speaker": speaker_label(article, a), "speaker_kind": a.speaker.kind if a.speaker else None,
            "source": a.source.text if a.source else None, "count": a.source_count,
            "via": ", ".join(a.via), "kind": a.kind, "modality": a.modality,
            "hedges": ", ".join(a.hedges), "cue": a.cue.text, "content": a.content.text,
            "content_start": a.content.start, "content_end": a.content.end,
        }


def run(args: argparse.Namespace) -> int:
    from ..api import extract_parallel
    from ..pipeline import documents

    settings = settings_from(args)
    docs = documents(args.inputs, settings=settings, allow_private=args.allow_private,
                     media_type=args.media_type)
    articles = extract_parallel(docs, workers=args.workers, settings=settings)
    progress = tqdm(articles, desc="extracting", unit="article", file=sys.stderr,
                    disable=None if len(args.inputs) > 1 or args.inputs[0] != "-" else True,
                    leave=False)
    failed = 0
    collected: list[Article] = []
    out = sys.stdout
    for article in progress:
        if article.errors:
            failed += 1
            for err in article.errors:
                progress.write(f"claimtrace: {article.input}: {err}", file=sys.stderr)
        if args.format == "jsonl":
            out.write(json.dumps(article.to_dict(), ensure_ascii=False) + "\n")
            out.flush()
        elif args.format == "csv":
            collected.append(article)  # one header for the whole run
        elif args.format == "table":
            _print_table(article, out)
        else:
            collected.append(article)
    if args.format == "json":
        data = [a.to_dict() for a in collected]
        json.dump(data[0] if len(data) == 1 else data, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif args.format == "csv":
        emit_rows((r for a in collected for r in attribution_rows(a)), "csv", columns=CSV_COLUMNS, out=out)
    return 1 if failed else 0


def _print_table(article: Article, out) -> None:
    head = article.title or article.input
    n = len(article.attributions)
    out.write(f"\n{article.input}" + (f" — {head}" if head != article.input else "") +
              f"  ({n} attribution{'s' if n != 1 else ''}, {len(article.sources)} sources)\n")
    if article.errors:
        out.write("  failed: " + "; ".join(article.errors) + "\n")
        return
    if n:
        emit_rows(attribution_rows(article), "table", columns=TABLE_COLUMNS, out=out)
    out.flush()
