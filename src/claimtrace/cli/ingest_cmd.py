"""``claimtrace ingest`` (inputs -> store, with a run summary) and ``claimtrace demo`` (the README's main job).

Exit codes: 0 nothing failed, 1 some items failed (or the store cannot be opened), 2 usage error.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from ..config import Settings
from ..errors import ModelNotInstalled
from .common import add_settings_arguments, open_store, settings_from, whole_number
from .output import FORMATS, emit_rows, shorten

#: width of the content column in the demo's who-said-what tables
DEMO_CONTENT_WIDTH = 60


DB_HELP = ("store to write: a SQLite path, sqlite:///path or postgresql://... "
           "(default: $CLAIMTRACE_DB, else $XDG_DATA_HOME/claimtrace/claimtrace.db)")


def register(sub) -> None:
    """Add the ``ingest`` and ``demo`` subcommands to ``sub`` (argparse subparsers)."""
    p = sub.add_parser("ingest", help="extract attributions from articles and save them in the store",
                       description="Extract attributions from files, folders, URLs, RSS/Atom feeds, URL "
                                   "lists, JSONL or WARC dumps and save them in the store. Articles "
                                   "already stored with the same text are skipped; a changed text at the "
                                   "same URL becomes a new revision. Prints a summary of the run.")
    p.add_argument("inputs", nargs="+", metavar="SPEC", help="file, folder, URL, feed, URL list, JSONL, WARC, or -")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    p.add_argument("--workers", type=whole_number(1), default=1, metavar="N",
                   help="local engine: processes that prepare and parse (default 1); dask engine "
                        "without --scheduler: workers of the LocalCluster started for the run")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local: this machine (default); dask: partitions of the inputs as Dask tasks "
                        "(with a PostgreSQL --db the workers write it themselves)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="dask engine: a running Dask scheduler, e.g. tcp://host:8786 (default: a "
                        "LocalCluster of --workers processes)")
    p.add_argument("--partition-size", type=whole_number(1), metavar="N",
                   help="dask engine: articles per task (default 50)")
    p.add_argument("--allow-private", action="store_true",
                   help="allow URLs on private or loopback addresses")
    p.add_argument("--format", choices=FORMATS, default="table", help="summary format (default: table)")
    add_settings_arguments(p)
    p.set_defaults(func=run_ingest)

    p = sub.add_parser("demo", help="ingest the bundled example articles and show who said what",
                       description="Ingest the eight bundled example articles (two also as HTML) into "
                                   "the store, then read them back and show, per article, who said what, "
                                   "on how many sources' word, through whom, and how sure.")
    p.add_argument("--db", metavar="URL", help=DB_HELP)
    p.set_defaults(func=run_demo)


def _run(store, inputs, *, settings, workers=1, allow_private=False, argv=None, command="ingest",
         engine="local", scheduler=None, partition_size=None):
    """Run the pipeline with CLI reporting; ``(summary, None)`` or ``(None, exit_code)``."""
    from ..pipeline import ingest
    from ..scale.dask_engine import SchedulerUnreachable

    try:
        summary = ingest(inputs, store=store, workers=workers, allow_private=allow_private,
                         settings=settings, progress=True, argv=argv, engine=engine,
                         scheduler=scheduler, partition_size=partition_size)
    except ModelNotInstalled as exc:  # --model names something not installed
        print(f"claimtrace {command}: {exc}", file=sys.stderr)
        return None, 2
    except SchedulerUnreachable as exc:
        print(f"claimtrace {command}: {exc}", file=sys.stderr)
        return None, 1
    return summary, None


def run_ingest(args: argparse.Namespace) -> int:
    if args.engine != "dask" and (args.scheduler or args.partition_size):
        print("claimtrace ingest: --scheduler and --partition-size need --engine dask", file=sys.stderr)
        return 2
    settings = settings_from(args)
    store, code = open_store(args.db, "ingest")
    if store is None:
        return code
    with store:
        summary, code = _run(store, args.inputs, settings=settings, workers=args.workers,
                             allow_private=args.allow_private, argv=_command_line(args),
                             engine=args.engine, scheduler=args.scheduler,
                             partition_size=args.partition_size)
    if summary is None:
        return code
    print_summary(summary, args.format)
    return 0 if summary.ok else 1


def _command_line(args: argparse.Namespace) -> list[str]:
    """The run as a command to record with it (rebuilt from ``args``: sys.argv is wrong in-process)."""
    argv = ["claimtrace", "ingest", *args.inputs]
    if args.workers != 1:
        argv += ["--workers", str(args.workers)]
    if args.engine != "local":
        argv += ["--engine", args.engine]
    if args.scheduler:
        argv += ["--scheduler", args.scheduler]
    if args.partition_size:
        argv += ["--partition-size", str(args.partition_size)]
    if args.allow_private:
        argv.append("--allow-private")
    if args.max_bytes:
        argv += ["--max-bytes", str(args.max_bytes)]
    if args.model:
        argv += ["--model", args.model]
    return argv


def summary_rows(summary) -> list[dict]:
    """Flat rows for csv: one per outcome, then one per failure reason."""
    rows = [{"outcome": k, "count": getattr(summary, k), "examples": ""}
            for k in ("ingested", "unchanged", "updated", "failed")]
    for reason, group in sorted(summary.failures.items(), key=lambda kv: (-kv[1].count, kv[0])):
        rows.append({"outcome": f"failed:{reason}", "count": group.count,
                     "examples": " ".join(group.examples)})
    return rows


def print_summary(summary, fmt: str, out=None) -> None:
    out = out or sys.stdout
    if fmt == "json":
        json.dump(summary.to_dict(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "jsonl":
        out.write(json.dumps(summary.to_dict(), ensure_ascii=False) + "\n")
    elif fmt == "csv":
        emit_rows(summary_rows(summary), "csv", ["outcome", "count", "examples"], out=out)
    else:
        emit_rows([{"outcome": k, "count": getattr(summary, k)}
                   for k in ("ingested", "unchanged", "updated", "failed")],
                  "table", ["outcome", "count"], out=out)
        if summary.failures:
            out.write("\n")
            emit_rows([{"reason": r, "count": g.count, "examples": ", ".join(g.examples)}
                       for r, g in sorted(summary.failures.items(), key=lambda kv: (-kv[1].count, kv[0]))],
                      "table", ["reason", "count", "examples"], out=out)
        out.write(f"\nrun {summary.run_id}: {summary.total} items in {summary.elapsed:.1f} s "
                  f"({summary.articles_per_second:.1f}/s), store {summary.store}\n")
    out.flush()


# -- demo ---------------------------------------------------------------------------------------

def example_paths() -> list[Path]:
    """The bundled example articles (``*.txt`` and ``*.html``), found through the package."""
    from importlib import resources

    folder = resources.files("claimtrace").joinpath("examples")
    if not isinstance(folder, Path):  # a zipped install: copy the examples out once
        target = Path(tempfile.mkdtemp(prefix="claimtrace-examples-"))
        for entry in folder.iterdir():
            if entry.name.endswith((".txt", ".html")):
                (target / entry.name).write_bytes(entry.read_bytes())
        folder = target
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))


def run_demo(args: argparse.Namespace) -> int:
    paths = example_paths()
    store, code = open_store(args.db, "demo")
    if store is None:
        return code
    with store:
        summary, code = _run(store, [str(p) for p in paths], settings=Settings(),
                             argv=["claimtrace", "demo"], command="demo")
        if summary is None:
            return code
        print_demo(store, [str(p) for p in paths], summary, db=args.db)
    return 0 if summary.ok else 1


def print_demo(store, inputs: list[str], summary, out=None, db=None) -> None:
    """Read the demo articles back from the store (not from memory: this shows the round-trip)."""
    out = out or sys.stdout
    rows = sorted(store.articles(inputs=inputs), key=lambda r: r["input"])
    articles = [(r, store.get_article(r["id"])) for r in rows]
    n_attr = sum(len(a.attributions) for _, a in articles)
    n_src = sum(len(a.sources) for _, a in articles)
    hedged = sum(1 for _, a in articles for x in a.attributions if x.modality == "hedged")
    anonymous = sum(1 for _, a in articles for x in a.attributions
                    if x.speaker and x.speaker.kind.startswith("anonymous"))
    outlets = sorted({r["outlet"] or r["host"] for r in rows if r["outlet"] or r["host"]})
    out.write(f"claimtrace demo: {len(inputs)} example files -> {summary.ingested} new, "
              f"{summary.unchanged} already stored, {summary.updated} updated, {summary.failed} failed\n")
    out.write(f"store: {store.location}\n\n")
    out.write(f"{len(articles)} articles from {len(outlets)} outlet{'s' if len(outlets) != 1 else ''}"
              f"{' (' + ', '.join(outlets) + ')' if outlets else ''}; {n_attr} attributions to "
              f"{n_src} sources; {hedged} hedged, {anonymous} from anonymous sources\n")
    for r, article in articles:
        name = os.path.basename(r["input"])
        out.write(f"\n== {article.title or name}\n   {name}"
                  + (f" · {r['outlet'] or r['host']}" if (r["outlet"] or r["host"]) else "")
                  + f" · {len(article.attributions)} attributions, {len(article.sources)} sources\n")
        emit_rows(demo_rows(article), "table",
                  ["speaker", "sources", "via", "hedged", "cue", "content"], out=out)
    db_arg = f" --db {db}" if db else ""
    out.write(f"\nNext: claimtrace claims{db_arg} --source-kind anonymous_group   (who spoke without a name)\n"
              f"      claimtrace claims{db_arg} --modality hedged --format csv   (every hedged claim)\n"
              f"      claimtrace stories{db_arg}                                 (one story, many outlets)\n"
              f"      claimtrace serve{db_arg}                                   (the same in a browser)\n"
              f"      claimtrace ingest{db_arg} YOUR-FOLDER-OR-FEED              (your own news)\n")
    out.flush()


def demo_rows(article) -> list[dict]:
    """One compact row per attribution: speaker (with role), how many, via whom, hedged, cue, content."""
    from .extract_cmd import speaker_label

    by_id = {s.id: s for s in article.sources}
    rows = []
    for a in article.attributions:
        via = [(by_id[v].name or by_id[v].role or v) if v in by_id else v for v in a.via]
        rows.append({
            "speaker": speaker_label(article, a), "sources": a.source_count if a.source_count else "",
            "via": ", ".join(via), "hedged": ("yes: " + ", ".join(a.hedges)) if a.modality == "hedged" else "",
            "cue": a.cue.text,
            "content": shorten(a.content.text, DEMO_CONTENT_WIDTH),
        })
    return rows
