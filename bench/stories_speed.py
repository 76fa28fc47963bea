"""Linking speed: ms per article with many articles stored, and ``link --rebuild`` wall time.

Fills a store with synthetic articles (``claimtrace.store.synth``; reused when already filled),
links the newest ``--linked`` of them (the postings a new article is looked up against), then times
``link_articles`` for ``--measure`` new articles in batches of ``--batch`` (as ingest calls it),
and reports peak memory (ru_maxrss). ``--rebuild`` instead times ``claimtrace link --rebuild`` over
everything stored.

    .venv/bin/python bench/stories_speed.py --db /tmp/speed.db --stored 100000 --linked 20000
    .venv/bin/python bench/stories_speed.py --db postgresql://127.0.0.1/test?options=-csearch_path%3Dspeed ...
    .venv/bin/python bench/stories_speed.py --db /tmp/rebuild.db --stored 10000 --rebuild
"""
from __future__ import annotations

import argparse
import resource
import sys
import time


def fill(store, n: int, batch: int = 1000) -> None:
    from claimtrace.store.synth import synthetic_article

    have = store.conn.scalar("SELECT COUNT(*) AS n FROM articles")
    for start in range(have, n, batch):
        store.save_articles([synthetic_article(i) for i in range(start, min(n, start + batch))])
        print(f"  stored {min(n, start + batch)}", file=sys.stderr)


def main() -> int:
    from claimtrace.link import link, link_articles
    from claimtrace.store import Store
    from claimtrace.store.synth import synthetic_article

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--stored", type=int, default=100_000)
    ap.add_argument("--linked", type=int, default=20_000)
    ap.add_argument("--measure", type=int, default=500)
    ap.add_argument("--batch", type=int, default=50)
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--tag", default="-new", help="suffix of the measured articles' ids (new tag: new articles)")
    args = ap.parse_args()
    with Store.open(args.db) as store:
        started = time.perf_counter()
        fill(store, args.stored)
        print(f"{store.backend}: {args.stored} articles stored ({time.perf_counter() - started:.0f} s to fill)")
        if args.rebuild:
            cpu = time.process_time()
            summary = link(store, rebuild=True)
            print(f"link --rebuild: {summary.linked} articles, {summary.stories} stories in "
                  f"{summary.elapsed:.0f} s wall ({summary.ms_per_article:.1f} ms/article; "
                  f"{1000 * (time.process_time() - cpu) / max(1, summary.linked):.1f} ms CPU/article)")
        else:
            linked = store.conn.scalar("SELECT COUNT(*) AS n FROM link_articles")
            todo = [r["revision_id"] for r in store.conn.all(
                "SELECT a.revision_id FROM articles a LEFT JOIN link_articles l ON l.revision_id = a.revision_id"
                " WHERE a.is_latest AND l.revision_id IS NULL ORDER BY a.id DESC LIMIT ?",
                (max(0, args.linked - linked),))]
            started = time.perf_counter()
            for i in range(0, len(todo), 500):
                link_articles(store, todo[i:i + 500])
            if todo:
                print(f"linked {len(todo)} more stored articles in {time.perf_counter() - started:.0f} s")
            fresh = [synthetic_article(i, tag=args.tag) for i in range(args.measure)]
            store.save_articles(fresh)
            ids = [r["revision_id"] for r in store.articles(inputs=[a.input for a in fresh])]
            started, cpu = time.perf_counter(), time.process_time()
            for i in range(0, len(ids), args.batch):
                link_articles(store, ids[i:i + args.batch])
            elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
            total = store.conn.scalar("SELECT COUNT(*) AS n FROM link_articles")
            print(f"link_articles: {1000 * elapsed / len(ids):.1f} ms/article wall, {1000 * cpu / len(ids):.1f} ms"
                  f" CPU in this process, over {len(ids)} new articles (batches of {args.batch}) with"
                  f" {store.conn.scalar('SELECT COUNT(*) AS n FROM articles')} stored, {total} linked")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
