"""Store benchmark: size per 10,000 articles, save throughput and filtered ``claims`` query time.

    .venv/bin/python bench/store_bench.py                      # both backends, 10,000 articles
    .venv/bin/python bench/store_bench.py --backend sqlite --articles 2000 --runs 5

Articles come from ``claimtrace.store.synth`` (~10 attributions each, varied outlets, speakers,
kinds and dates over the last 60 days), so no NLP runs here. Each article is saved in its own
transaction, as ingest does. PostgreSQL runs in a throwaway schema that is dropped afterwards.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timezone

from claimtrace.store import Store
from claimtrace.store.synth import synthetic_article

QUERIES = {
    "--since 7d --source-kind anonymous_group --min-sources 3":
        {"since": "7d", "source_kind": "anonymous_group", "min_sources": 3},
    '--speaker "Anna Berg"': {"speaker": "Anna Berg"},
    "--outlet reuters --since 2d": {"outlet": "reuters", "since": "2d"},
}


def _size(store: Store) -> int:
    if store.backend == "sqlite":
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return os.path.getsize(store.conn.target)
    return int(store.conn.scalar(
        "SELECT SUM(pg_total_relation_size(c.oid)) AS n FROM pg_class c"
        " JOIN pg_namespace n ON n.oid = c.relnamespace"
        " WHERE n.nspname = current_schema() AND c.relkind = 'r'"))


def bench(url: str, n_articles: int, runs: int, analyze: bool) -> dict:
    reference = datetime.now(timezone.utc)
    articles = [synthetic_article(i, seed=42, reference=reference) for i in range(n_articles)]
    n_attributions = sum(len(a.attributions) for a in articles)
    with Store.open(url) as store:
        run = store.begin_run(sys.argv)
        t0 = time.perf_counter()
        for article in articles:
            store.save_article(article, run_id=run)
        save_s = time.perf_counter() - t0
        store.finish_run(run, {"ingested": n_articles})
        t0 = time.perf_counter()
        again = sum(store.save_article(a) == "unchanged" for a in articles[:1000])
        unchanged_s = (time.perf_counter() - t0) / 1000 * n_articles
        assert again == min(1000, n_articles)
        if analyze:
            store.conn.execute("ANALYZE")
        size = _size(store)
        queries = {}
        for label, filters in QUERIES.items():
            store.claims(**filters)  # warm the cache once
            times_ms = []
            for _ in range(runs):
                t0 = time.perf_counter()
                rows = store.claims(**filters)
                times_ms.append((time.perf_counter() - t0) * 1000)
            queries[label] = {"median_ms": round(statistics.median(times_ms), 1),
                              "max_ms": round(max(times_ms), 1), "rows": len(rows)}
    return {
        "backend": store.backend, "articles": n_articles, "attributions": n_attributions,
        "save_articles_per_s": round(n_articles / save_s), "save_attributions_per_s": round(n_attributions / save_s),
        "resave_unchanged_per_s": round(n_articles / unchanged_s),
        "size_bytes": size, "size_mb_per_10k_articles": round(size / n_articles * 10_000 / 1e6, 1),
        "queries": queries,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--backend", choices=["sqlite", "postgresql", "both"], default="both")
    p.add_argument("--articles", type=int, default=10_000)
    p.add_argument("--runs", type=int, default=7, help="timed repetitions per query (median reported)")
    p.add_argument("--pg-url", default=os.environ.get("CLAIMTRACE_TEST_PG_URL",
                                                      "postgresql://postgres@127.0.0.1:5432/test"))
    p.add_argument("--no-analyze", action="store_true", help="query without refreshing planner statistics")
    args = p.parse_args(argv)
    results = []
    if args.backend in ("sqlite", "both"):
        with tempfile.TemporaryDirectory() as tmp:
            results.append(bench(os.path.join(tmp, "bench.db"), args.articles, args.runs, not args.no_analyze))
    if args.backend in ("postgresql", "both"):
        import psycopg

        schema = f"ct_bench_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(args.pg_url, autocommit=True) as c:
            c.execute(f'CREATE SCHEMA "{schema}"')
        try:
            sep = "&" if "?" in args.pg_url else "?"
            url = f"{args.pg_url}{sep}options=-csearch_path%3D{schema}"
            results.append(bench(url, args.articles, args.runs, not args.no_analyze))
        finally:
            with psycopg.connect(args.pg_url, autocommit=True) as c:
                c.execute(f'DROP SCHEMA "{schema}" CASCADE')
    for r in results:
        print(json.dumps(r, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
