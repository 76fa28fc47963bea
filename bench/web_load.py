"""Load test of the web app on loopback: p50/p99 latency of the stories page, one story page and
the JSON API over a store of 10,000 articles. Bounded: a fixed number of requests per endpoint
(and a time cap), then it stops by itself.

    .venv/bin/python bench/web_load.py                       # build a 10,000-article store, measure
    .venv/bin/python bench/web_load.py --db /tmp/web.db      # reuse (or build once into) that store
    .venv/bin/python bench/web_load.py --articles 2000 --requests 200 --concurrency 4

The store is synthesised without NLP: 2,000 generated wire reports (each with its own place,
people, figures and background paragraphs, and three attributions with real offsets), each carried
by five outlets (the report's text plus an outlet credit line: wire copies), saved with
``Store.save_articles``, linked with the real ``claimtrace.link.link`` and summarised with
``claimtrace.derived.refresh_summaries``. The server is the real
``claimtrace serve`` (uvicorn) in a subprocess on 127.0.0.1; clients are threads with keep-alive
httpx connections. The first ranking of all stories (computed on the first request, then cached
until the store changes) is reported apart, as is the first request of each endpoint.
"""
from __future__ import annotations

import argparse
import dataclasses
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import httpx

from claimtrace.model import Article, Attribution, Source, Speaker, TextSpan
from claimtrace.store import Store
from claimtrace.store.synth import OUTLETS

COPIES = 5


SYLLABLES = ("var", "hol", "tmar", "ken", "dris", "ost", "bel", "rad", "vin", "lor", "mek", "sun",
             "tal", "gor", "fen", "zar", "ul", "brin", "cas", "dov", "el", "mir", "nor", "pel")
FIRST = ("Anna", "Tomas", "Lena", "Ivo", "Sofia", "Marek", "Clara", "Jonas", "Ruth", "Pavel", "Dana",
         "Henrik", "Mira", "Ole", "Nadia", "Karin")
ROLES = ("finance minister", "mayor", "defence minister", "central bank governor", "prosecutor",
         "trade minister", "health minister", "port authority chief")
THINGS = ("the bridge project", "the fuel subsidy", "the border checkpoint", "the rail tender",
          "the hospital merger", "the water tariff", "the grain export quota", "the airport expansion")
VERBS = ("be scrapped", "be delayed", "be approved", "double in cost", "be put to a vote", "be reviewed")
NUMBERS = ("two", "three", "four", "five", "six")
FILLER = ("the a of to in and on for with by government council week year people city report market "
          "prices court vote deal company workers budget plan region crisis aid support increase decline "
          "after before during while despite since until amid over under new last first major local "
          "national public private early late river harbour school energy water road").split()


def word(rng) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def report_article(k: int, outlet: str, published: str) -> Article:
    """Report ``k`` as an extracted ``Article``: its own place, people, figures and background
    paragraphs (so reports differ as real ones do), with three attributions whose offsets point at
    their text: an anonymous group with its count, a hedged subset of it, a named official's quote."""
    import random

    rng = random.Random(f"report:{k}")
    place, person = word(rng), f"{rng.choice(FIRST)} {word(rng)}"
    role, thing, verb = rng.choice(ROLES), rng.choice(THINGS), rng.choice(VERBS)
    count, cost = rng.choice(NUMBERS), rng.randint(12, 980)
    month = rng.choice(("March", "April", "June", "September", "November"))
    title = f"{place} {thing.split()[-1]} to {verb}, officials say"
    parts: list[str] = []

    def add(piece: str) -> tuple[int, int]:
        start = sum(map(len, parts))
        parts.append(piece)
        return start, start + len(piece)

    add(f"{title}\n\n{place.upper()} - ")
    c1 = add(f"{thing.capitalize()} in {place} will {verb} by {month}")
    add(", ")
    s1 = add(f"{count} officials familiar with the plan")
    add(" ")
    q1 = add("told")
    add(" reporters on Tuesday.\n\n")
    c2 = add(f"The change could cost {place} {cost} million")
    add(", ")
    s2 = add("two of the officials")
    add(" ")
    q2 = add("said")
    add(".\n\n\"")
    c3 = add(f"We have not taken a final decision on {thing} in {place}")
    add(",\" ")
    s3 = add(f"{role.capitalize()} {person}")
    add(" ")
    q3 = add("told")
    add(" reporters.\n\n")
    for _ in range(rng.randint(6, 10)):  # background: unattributed text with its own vocabulary
        words = [rng.choice(FILLER) if rng.random() < 0.4 else word(rng).lower()
                 for _ in range(rng.randint(10, 24))]
        add(words[0].capitalize() + " " + " ".join(words[1:]) + ".\n\n")
    text = "".join(parts)

    def span(bounds: tuple[int, int]) -> TextSpan:
        return TextSpan([bounds], text[bounds[0]:bounds[1]])

    n = NUMBERS.index(count) + 2
    sources = [Source("s1", "anonymous_group", role="officials familiar with the plan", count=n, mentions=[s1]),
               Source("s2", "anonymous_group", count=2, parent="s1", mentions=[s2]),
               Source("s3", "person", name=person, role=role, count=1, mentions=[s3])]
    attributions = [
        Attribution(span(q1), span(c1), span(s1), "indirect", Speaker("s1", None, "anonymous_group"), n),
        Attribution(span(q2), span(c2), span(s2), "indirect", Speaker("s2", None, "anonymous_group"), 2,
                    modality="hedged", hedges=["could"]),
        Attribution(span(q3), span(c3), span(s3), "direct", Speaker("s3", person, "person"), 1),
    ]
    return Article(input=f"report-{k}", text=text, title=title, language="en", outlet=outlet,
                   published=published, sources=sources, attributions=attributions)


def build_store(db: str, n_articles: int) -> dict:
    """``n_articles`` into ``db``: each report carried by COPIES outlets (its text plus a credit
    line: wire copies), saved in batches, linked by the real linker and summarised (what
    ``claimtrace link`` does; ingest does both as it saves)."""
    from claimtrace.derived import refresh_summaries
    from claimtrace.link import link

    reference = datetime.now(timezone.utc)
    reports = max(1, n_articles // COPIES)
    t0 = time.perf_counter()
    with Store.open(db) as store:
        batch = []
        for k in range(reports):
            first = reference - timedelta(minutes=k * 30 * 24 * 60 // reports)
            base = report_article(k, OUTLETS[k % len(OUTLETS)][0] or "Meridian",
                                  first.strftime("%Y-%m-%dT%H:%M:%SZ"))
            for j in range(COPIES):
                outlet, host = OUTLETS[(k + j) % len(OUTLETS)]
                outlet = outlet or host
                url = f"https://{host}/report-{k}-{j}"
                batch.append(dataclasses.replace(
                    base, input=url, url=url, outlet=outlet,
                    published=(first + timedelta(hours=j)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    text=base.text + ("" if j == 0 else f"(Reported by {outlet}.)")))
            if len(batch) >= 500:
                store.save_articles(batch)
                batch = []
        if batch:
            store.save_articles(batch)
        save_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        link(store, rebuild=True)
        link_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        refresh_summaries(store)
        summarise_s = time.perf_counter() - t0
        articles = store.stats()["articles"]
        stories = store.conn.scalar("SELECT COUNT(*) AS n FROM stories")
    return {"articles": articles, "reports": reports, "stories": stories,
            "save_s": round(save_s, 1), "link_s": round(link_s, 1), "summarise_s": round(summarise_s, 1)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: str, port: int) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("claimtrace")
    proc = subprocess.Popen([str(exe), "serve", "--db", db, "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("server exited: " + proc.stderr.read().decode(errors="replace"))
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc
        except OSError:
            time.sleep(0.2)
    proc.terminate()
    raise RuntimeError("server did not start in 60 s")


def measure(base: str, path: str, requests: int, concurrency: int, cap_s: float) -> dict:
    """One cold request, then ``requests`` more from ``concurrency`` threads (or until ``cap_s``)."""
    with httpx.Client(base_url=base, timeout=60) as client:
        t0 = time.perf_counter()
        r = client.get(path)
        cold = time.perf_counter() - t0
        r.raise_for_status()
    latencies: list[float] = []
    errors = [0]
    lock = threading.Lock()
    stop_at = time.monotonic() + cap_s
    remaining = [requests]

    def worker():
        with httpx.Client(base_url=base, timeout=60) as client:
            while time.monotonic() < stop_at:
                with lock:
                    if remaining[0] <= 0:
                        return
                    remaining[0] -= 1
                t = time.perf_counter()
                resp = client.get(path)
                took = time.perf_counter() - t
                with lock:
                    latencies.append(took)
                    errors[0] += resp.status_code != 200

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    wall = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - wall
    latencies.sort()
    pct = lambda q: latencies[min(len(latencies) - 1, int(q * len(latencies)))] * 1000  # noqa: E731
    return {"path": path, "requests": len(latencies), "errors": errors[0], "cold_ms": round(cold * 1000, 1),
            "p50_ms": round(pct(0.50), 1), "p99_ms": round(pct(0.99), 1),
            "mean_ms": round(statistics.fmean(latencies) * 1000, 1), "rps": round(len(latencies) / wall, 1)}


def first_request_after_new_article(db: str, base: str) -> float:
    """Save and link one new article as ingest does (``update_derived``: link, index, summaries),
    then time the next stories request: what a live store pays after every ingest batch."""
    from claimtrace.derived import update_derived
    from claimtrace.ids import article_revision_id

    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    k = 10_000_000 + int(time.time())          # a report no earlier run has stored
    article = report_article(k, "Meridian", now)
    article = dataclasses.replace(article, input=f"https://meridian.example/late-report-{k}",
                                  url=f"https://meridian.example/late-report-{k}")
    with Store.open(db) as store:
        store.save_articles([article])
        update_derived(store, [article_revision_id(article)])
    with httpx.Client(base_url=base, timeout=600) as client:
        t0 = time.perf_counter()
        client.get("/api/stories", params={"limit": 1}).raise_for_status()
        return round(time.perf_counter() - t0, 2)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", help="SQLite path or postgresql:// URL (default: a temporary SQLite file)")
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--requests", type=int, default=500, help="requests per endpoint after the cold one")
    ap.add_argument("--concurrency", type=int, default=4)
    ap.add_argument("--cap", type=float, default=60.0, help="seconds per endpoint at most")
    ap.add_argument("--json", action="store_true", help="print one JSON object instead of a table")
    args = ap.parse_args()
    tmp = None
    db = args.db
    if db is None:
        tmp = tempfile.TemporaryDirectory(prefix="ct-webload-")
        db = os.path.join(tmp.name, "web.db")
    built = None
    with Store.open(db) as store:
        have = store.stats()["articles"]
    if have < args.articles:
        print(f"building a store of {args.articles:,} articles in {db} ...", file=sys.stderr)
        built = build_store(db, args.articles)
        print(f"  {built}", file=sys.stderr)
    port = free_port()
    proc = start_server(db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=600) as client:
            t0 = time.perf_counter()
            top = client.get("/api/stories", params={"limit": 1}).json()
            cold_rank_s = round(time.perf_counter() - t0, 2)
            n_stories = len(client.get("/api/stories", params={"limit": 1000}).json())
        story = top[0]["id"] if top else None
        paths = ["/", "/api/stories", "/api/claims?limit=50"]
        if story:
            paths += [f"/stories/{story}", f"/api/stories/{story}"]
        results = [measure(base, p, args.requests, args.concurrency, args.cap) for p in paths]
        after_new_s = first_request_after_new_article(db, base)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if tmp is not None:
            tmp.cleanup()
    report = {"articles": args.articles, "stories_listed_max1000": n_stories, "built": built,
              "first_ranking_s": cold_rank_s, "ranking_after_new_article_s": after_new_s,
              "load_average": os.getloadavg(),
              "concurrency": args.concurrency, "results": results}
    if args.json:
        print(json.dumps(report, indent=2))
    else:
        print(f"{args.articles:,} articles, concurrency {args.concurrency}; first ranking of all stories"
              f" {cold_rank_s} s (then cached), again after one new article {after_new_s} s;"
              f" load average {os.getloadavg()[0]:.1f}")
        print(f"{'path':32} {'n':>5} {'err':>4} {'cold ms':>8} {'p50 ms':>7} {'p99 ms':>7} {'req/s':>7}")
        for r in results:
            print(f"{r['path'][:32]:32} {r['requests']:>5} {r['errors']:>4} {r['cold_ms']:>8} "
                  f"{r['p50_ms']:>7} {r['p99_ms']:>7} {r['rps']:>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
