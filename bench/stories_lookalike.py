"""Stories on the look-alike corpus (tests/data/lookalike: wire-style articles written for claimtrace,
gold story, origins, roles and independent-report counts in gold.json).

Reports, for ``claimtrace link`` over a real SQLite store (articles extracted with the real model):
B-cubed P/R/F1 of stories, the share of stories whose origins are right, the share whose
independent-report count is right (re-prints counted once), the share of articles with the right
role; and, for comparison, topic-word clustering (TF-IDF cosine, average linkage) at the threshold
tuned on FNC-1 and at the best threshold for this corpus, plus the linker's own pair decision with
dates, numbers and relayed reports withheld (what those add).

    .venv/bin/python bench/stories_lookalike.py [DIR]   # DIR: another corpus in the same layout
"""
from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))
from stories_fnc1 import bcubed, fmt, tfidf_average_linkage  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "lookalike"
FNC1_TUNED_DISTANCE = 0.83   # bench/stories_fnc1.py: the baseline's threshold tuned on FNC-1


def load(data: Path = DATA):
    from claimtrace.api import extract_documents
    from claimtrace.model import Document

    records = [json.loads(line) for line in (data / "articles.jsonl").read_text(encoding="utf-8").splitlines()]
    gold = json.loads((data / "gold.json").read_text(encoding="utf-8"))
    docs = [Document(input=r["url"], text=r["text"], title=r["title"], url=r["url"], outlet=r["outlet"],
                     published=r["published"]) for r in records]
    return list(extract_documents(docs)), gold


def components(facts, decide) -> list[int]:
    parent = list(range(len(facts)))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for x in range(len(facts)):
        for y in range(x + 1, len(facts)):
            if decide(facts[x], facts[y]):
                parent[find(x)] = find(y)
    return [find(x) for x in range(len(facts))]


def main() -> int:
    from claimtrace.link import link, stories
    from claimtrace.link.features import day_of, features_of
    from claimtrace.link.provenance import provenance_of
    from claimtrace.link.similarity import LinkFacts, decide
    from claimtrace.store import Store

    articles, gold = load(Path(sys.argv[1]) if len(sys.argv) > 1 else DATA)
    truth = {u: g["story"] for u, g in gold.items()}
    n_stories = len(set(truth.values()))
    print(f"{len(articles)} articles in {n_stories} gold stories")
    with tempfile.TemporaryDirectory() as tmp, Store.open(str(Path(tmp) / "lookalike.db")) as store:
        store.save_articles(articles)
        summary = link(store)
        found = stories(store)
    pred = {a.url: s.id for s in found for a in s.articles}
    print(f"claimtrace link: {fmt(bcubed(pred, truth))}; {len(found)} stories; "
          f"{summary.ms_per_article:.1f} ms/article")
    origins_ok = sum(1 for s in found if s.origins == gold[s.articles[0].url]["origins"])
    reports_ok = sum(1 for s in found if s.independent_reports == gold[s.articles[0].url]["reports"])
    roles = Counter((a.role == gold[a.url]["role"]) for s in found for a in s.articles)
    print(f"  origins right: {origins_ok}/{len(found)} stories; independent reports right (re-prints once): "
          f"{reports_ok}/{len(found)}; roles right: {roles[True]}/{sum(roles.values())} articles")
    for s in found:  # what went wrong, story by story: its articles' gold stories, origins, reports
        first = gold[s.articles[0].url]
        members = Counter(gold[a.url]["story"] for a in s.articles)
        if len(members) > 1 or sum(members.values()) != sum(1 for g in truth.values() if g == first["story"]) or \
                s.origins != first["origins"] or s.independent_reports != first["reports"]:
            print(f"  story of {first['story']}: gold stories {dict(members)}; origins {s.origins} "
                  f"(gold {first['origins']}); reports {s.independent_reports} (gold {first['reports']})")
            for a in s.articles:
                if a.role != gold[a.url]["role"]:
                    print(f"    role of {a.url}: {a.role} (gold {gold[a.url]['role']})")

    urls = [a.url for a in articles]
    texts = [a.text for a in articles]
    tuned = tfidf_average_linkage(texts, FNC1_TUNED_DISTANCE)
    print(f"topic words (TF-IDF average linkage, FNC-1-tuned threshold {FNC1_TUNED_DISTANCE}): "
          f"{fmt(bcubed(dict(zip(urls, tuned)), truth))}")
    best = max((bcubed(dict(zip(urls, tfidf_average_linkage(texts, t))), truth), round(float(t), 2))
               for t in np.arange(0.3, 1.0, 0.01))
    print(f"topic words, best threshold for this corpus ({best[1]}): {fmt(best[0])}")

    facts = [LinkFacts(a.url, day_of(a.published), a.outlet, features_of(a), provenance_of(a).relays)
             for a in articles]
    bare = [replace(f, day=None, relays=[], features=replace(f.features, numbers=[])) for f in facts]
    labels = components(bare, decide)
    print("pair decision without dates, numbers and relayed reports (single-link components): "
          f"{fmt(bcubed(dict(zip(urls, labels)), truth))}")
    labels = components(facts, decide)
    print(f"pair decision with them (single-link components): {fmt(bcubed(dict(zip(urls, labels)), truth))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
