"""``track`` speed with many stored articles: claim-index build time and query latency.

    .venv/bin/python bench/track_bench.py --articles 100000 --backend sqlite
    .venv/bin/python bench/track_bench.py --articles 100000 --backend postgresql

The store is filled with ``claimtrace.store.synth`` articles (no NLP) plus a few hundred articles
about a handful of claims, built from wire-style templates (no NLP either: they carry no
attributions, so the stance model sees them in the article's own voice). The claim index is built
with ``index_articles`` in batches of 1,000 as ingest would, then each claim is tracked
(``claimtrace.stance.track.track``, the function the CLI calls) and timed.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
import uuid
from datetime import datetime, timedelta, timezone

from claimtrace.model import Article
from claimtrace.stance.index import candidates, index_articles
from claimtrace.stance.model import StanceModel
from claimtrace.stance.track import track
from claimtrace.store import Store
from claimtrace.store.synth import synthetic_article

CLAIMS = {
    "The government will withdraw its troops from the border by spring":
        ("government", "withdraw its troops from the border by spring"),
    "A meteorite struck the capital on Sunday night": ("a meteorite", "struck the capital on Sunday night"),
    "The central bank will raise interest rates to 6 percent in March":
        ("the central bank", "raise interest rates to 6 percent in March"),
}
FRAMES = [
    "{Subj} will {pred}, the Daily Ledger reported, citing officials.",
    "Officials denied reports that {subj} will {pred}, calling them baseless speculation.",
    "{Subj} could reportedly {pred}, according to sources who asked not to be named.",
    "{Subj} confirmed on Monday that it will {pred}.",
    "A spokesman said it was not true that {subj} would {pred}.",
]


def claim_article(i: int, claim: str, rng: random.Random, reference: datetime) -> Article:
    subj, pred = CLAIMS[claim]
    pred = pred.replace("struck", "strike") if "meteorite" in subj else pred
    frame = FRAMES[rng.randrange(len(FRAMES))]
    body = frame.format(Subj=subj[0].upper() + subj[1:], subj=subj, pred=pred)
    filler = " ".join(synthetic_article(i, attributions=0).text.split(". ")[1:6])
    published = (reference - timedelta(hours=rng.randrange(24 * 50))).strftime("%Y-%m-%dT%H:%M:%SZ")
    return Article(input=f"claim-{i}", text=f"{claim}\n\n{body} {filler}", title=claim,
                   url=f"https://bench.example/claim/{i}", outlet=rng.choice(["Meridian", "Daily Ledger", "Harbour Times"]),
                   published=published)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--per-claim", type=int, default=100)
    parser.add_argument("--backend", choices=["sqlite", "postgresql"], default="sqlite")
    parser.add_argument("--pg", default="postgresql://127.0.0.1:5432/test")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    if args.backend == "sqlite":
        tmp = tempfile.TemporaryDirectory(prefix="ct_track_")
        url = f"{tmp.name}/track.db"
        cleanup = tmp.cleanup
    else:
        import psycopg

        schema = "ct_track_" + uuid.uuid4().hex[:8]
        with psycopg.connect(args.pg, autocommit=True) as c:
            c.execute(f"CREATE SCHEMA {schema}")
        url = f"{args.pg}?options=-csearch_path%3D{schema}"

        def cleanup():
            with psycopg.connect(args.pg, autocommit=True) as c:
                c.execute(f"DROP SCHEMA {schema} CASCADE")

    reference = datetime(2026, 1, 1, tzinfo=timezone.utc)
    rng = random.Random(7)
    try:
        with Store.open(url) as store:
            started = time.monotonic()
            batch: list[Article] = []
            n_claim = args.per_claim * len(CLAIMS)
            for i in range(args.articles - n_claim):
                batch.append(synthetic_article(i, reference=reference))
                if len(batch) == 1000:
                    store.save_articles(batch)
                    batch = []
            for k in range(n_claim):
                batch.append(claim_article(args.articles + k, list(CLAIMS)[k % len(CLAIMS)], rng, reference))
            store.save_articles(batch)
            saved = time.monotonic() - started
            ids = [r["id"] for r in store.conn.all("SELECT id FROM articles WHERE is_latest ORDER BY id")]
            started = time.monotonic()
            for s in range(0, len(ids), 1000):
                index_articles(store, ids[s:s + 1000])
            indexed = time.monotonic() - started
            terms = store.conn.scalar("SELECT COUNT(*) AS n FROM claim_terms")
            print(f"{args.backend}: {len(ids):,} articles saved in {saved:.0f} s; claim index built in "
                  f"{indexed:.0f} s ({1000 * indexed / len(ids):.2f} ms/article, {terms:,} term rows)")
            model = StanceModel.load()
            track(store, "warm up the model", model=model)
            for claim in CLAIMS:
                times, retrieval = [], []
                for _ in range(args.runs):
                    t0 = time.monotonic()
                    found = candidates(store, claim)
                    retrieval.append(time.monotonic() - t0)
                    t0 = time.monotonic()
                    result = track(store, claim, model=model)
                    times.append(time.monotonic() - t0)
                stances = {s: sum(r.stance == s for r in result) for s in ("confirms", "denies", "relays")}
                print(f"  {claim!r}: {len(found)} candidates, {len(result)} related {stances}; "
                      f"retrieval median {statistics.median(retrieval):.3f} s, track median "
                      f"{statistics.median(times):.2f} s")
    finally:
        cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
