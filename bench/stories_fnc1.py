"""Stories on FNC-1 train bodies: B-cubed precision/recall/F1 of ``claimtrace link`` against the
claim groups (bodies joined through a shared related headline), next to the reference baseline
(TF-IDF cosine, average linkage, distance threshold tuned on the tuning groups).

Groups are split by a hash of the group: a third is held out (never used to choose anything), the
rest is the tuning part; the pair model was fitted on the tuning part (``stories_pair_model.py``)
and the linker's thresholds (``link.similarity.STORY_THRESHOLD``, ``RECLUSTER_THRESHOLD``) chosen on
it with ``--sweep``. Each part is stored (extracted with the real pipeline unless ``--no-extract``)
in a fresh SQLite store and linked with ``claimtrace.link.link``.

    .venv/bin/python bench/stories_fnc1.py ../shared/data/fnc1-train [--no-extract] [--sweep]
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np


def load_groups(folder: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Bodies and their group (root body id of the union of bodies sharing a related headline)."""
    with open(folder / "train_bodies.csv", encoding="utf-8", newline="") as fh:
        bodies = {r["Body ID"]: r["articleBody"] for r in csv.DictReader(fh)}
    parent = {b: b for b in bodies}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[str, str] = {}
    with open(folder / "train_stances.csv", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            if r["Stance"] == "unrelated":
                continue
            if r["Headline"] in first:
                parent[find(r["Body ID"])] = find(first[r["Headline"]])
            else:
                first[r["Headline"]] = r["Body ID"]
    return bodies, {b: find(b) for b in bodies}


def bcubed(pred: dict, gold: dict) -> tuple[float, float, float]:
    """B-cubed precision, recall and F1 of clustering ``pred`` against ``gold`` (item -> label)."""
    by_pred, by_gold = defaultdict(set), defaultdict(set)
    for item in gold:
        by_pred[pred[item]].add(item)
        by_gold[gold[item]].add(item)
    p = r = 0.0
    for item in gold:
        a, b = by_pred[pred[item]], by_gold[gold[item]]
        shared = len(a & b)
        p += shared / len(a)
        r += shared / len(b)
    p, r = p / len(gold), r / len(gold)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def held_out(group: str) -> bool:
    return int(hashlib.sha1(group.encode()).hexdigest(), 16) % 3 == 0


def tfidf_average_linkage(texts: list[str], threshold: float) -> list[int]:
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    x = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    distance = 1.0 - (x @ x.T).toarray()
    np.fill_diagonal(distance, 0.0)
    distance = np.clip(distance, 0.0, None)
    return list(AgglomerativeClustering(n_clusters=None, metric="precomputed", linkage="average",
                                        distance_threshold=threshold).fit_predict(distance))


def baseline(bodies, groups, tune, test) -> dict:
    best = max((bcubed(dict(zip(tune, tfidf_average_linkage([bodies[i] for i in tune], t))),
                       {i: groups[i] for i in tune})[2], t) for t in np.arange(0.70, 1.0, 0.01))
    t = float(best[1])
    out = {"threshold": round(t, 2), "tune_f1": best[0]}
    for name, ids in (("held_out", test), ("all", tune + test)):
        out[name] = bcubed(dict(zip(ids, tfidf_average_linkage([bodies[i] for i in ids], t))),
                           {i: groups[i] for i in ids})
    return out


def articles_of(bodies: dict[str, str], ids: list[str], extract: bool):
    from claimtrace.model import Article, Document

    docs = [Document(input=f"fnc1-body-{i}", text=bodies[i]) for i in ids]
    if not extract:
        return [Article(input=d.input, text=d.text, language="en") for d in docs]
    from claimtrace.api import extract_documents

    return list(extract_documents(docs))


def linked(bodies, groups, ids: list[str], extract: bool, db: str) -> dict:
    from claimtrace.ids import content_hash
    from claimtrace.link import link
    from claimtrace.store import Store

    articles = articles_of(bodies, ids, extract)
    with Store.open(db) as store:
        store.save_articles(articles)
        summary = link(store)
        rows = store.conn.all("SELECT a.content_hash, l.story_id FROM link_articles l"
                              " JOIN articles a ON a.revision_id = l.revision_id WHERE a.is_latest")
    # bodies with the same text are stored once (an article without a URL is known by its text)
    story_of_text = {r["content_hash"]: r["story_id"] for r in rows}
    pred = {i: story_of_text[content_hash(bodies[i])] for i in ids}
    return {"bcubed": bcubed(pred, {i: groups[i] for i in ids}), "stories": summary.stories,
            "ms_per_article": summary.ms_per_article}


def sweep(bodies, groups, ids: list[str]) -> list[tuple[str, float, tuple]]:
    """B-cubed of the linker's rules without a store, for a range of join thresholds (re-clustering
    at ``RECLUSTER_THRESHOLD``) and of re-clustering thresholds (joining at ``STORY_THRESHOLD``; None:
    no re-clustering): articles in content-hash order, candidates = earlier articles sharing a
    blocking key or an LSH band; each article joins by ``stories_to_join``, then its story and the
    candidate stories ``region_stories`` picks are re-clustered by ``average_linkage``."""
    from claimtrace.ids import content_hash
    from claimtrace.link.features import features_of
    from claimtrace.link.similarity import (RECLUSTER_THRESHOLD, STORY_THRESHOLD, LinkFacts, average_linkage,
                                            cross_match, is_copy, pair_probability, region_stories,
                                            stories_to_join, story_match, story_score)
    from claimtrace.model import Article

    ids = sorted(ids, key=lambda i: content_hash(bodies[i]))
    facts = [LinkFacts(i, None, None, features_of(Article(input=i, text=bodies[i]))) for i in ids]
    postings: dict[str, list[int]] = defaultdict(list)
    earlier: list[dict[int, tuple[bool, float]]] = []
    for x, f in enumerate(facts):
        cands = {y for key in f.features.keys + f.features.bands for y in postings[key]}
        earlier.append({y: (True, 1.0) if is_copy(f, facts[y]) else (False, story_score(f, facts[y]))
                        for y in cands})
        for key in f.features.keys + f.features.bands:
            postings[key].append(x)
    pairs: dict[tuple[int, int], float] = {}

    def pair(x: int, y: int) -> float:
        key = (min(x, y), max(x, y))
        if key not in pairs:
            pairs[key] = pair_probability(facts[x], facts[y])
        return pairs[key]

    def run(threshold: float, recluster: float | None) -> tuple:
        story: list[int] = []          # story of each article: the index of its earliest member
        members: dict[int, list[int]] = {}
        for x in range(len(ids)):
            scored: dict[int, list] = defaultdict(list)
            copies = set()
            for y, (copy, s) in earlier[x].items():
                scored[story[y]].append((s, facts[y]))
                if copy:
                    copies.add(story[y])
            match = {st: story_match([s for s, _ in v], len(members[st])) for st, v in scored.items()}
            join = stories_to_join(match, copies, lambda a, b, scored=scored: cross_match(scored[a], scored[b]),
                                   threshold=threshold)
            target = join[0] if join else x
            members.setdefault(target, [])
            for st in join[1:]:
                for y in members.pop(st):
                    story[y] = target
                    members[target].append(y)
            story.append(target)
            members[target].append(x)
            if recluster is None:
                continue
            sizes = {st: len(m) for st, m in members.items() if st in match or st == target}
            region = region_stories(target, match, sizes)
            arts = sorted(y for st in region for y in members[st])
            if len(arts) < 3:
                continue
            p = np.array([[1.0 if y == z else pair(y, z) for z in arts] for y in arts])
            clusters: dict[int, list[int]] = defaultdict(list)
            for label, y in zip(average_linkage(p, recluster), arts):
                clusters[label].append(y)
            for st in region:
                members.pop(st)
            for c in clusters.values():
                members[c[0]] = c
                for y in c:
                    story[y] = c[0]
        return bcubed(dict(zip(ids, story)), {i: groups[i] for i in ids})

    out = [("join", round(float(t), 3), run(float(t), RECLUSTER_THRESHOLD)) for t in np.arange(0.1, 0.41, 0.05)]
    out += [("recluster", t, run(STORY_THRESHOLD, t)) for t in (None, 0.15, 0.2, 0.225, 0.25, 0.275, 0.3, 0.35)]
    return out


def fmt(prf) -> str:
    return "P %.3f R %.3f F1 %.3f" % tuple(prf)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folder", nargs="?", default="../shared/data/fnc1-train")
    ap.add_argument("--no-extract", action="store_true", help="store the bodies without running extraction")
    ap.add_argument("--sweep", action="store_true", help="also sweep the linker thresholds on the tuning part")
    args = ap.parse_args()
    bodies, groups = load_groups(Path(args.folder))
    tune = [i for i in bodies if not held_out(groups[i])]
    test = [i for i in bodies if held_out(groups[i])]
    print(f"{len(bodies)} bodies in {len(set(groups.values()))} groups; tuning part {len(tune)} bodies, "
          f"held-out part {len(test)} bodies ({len({groups[i] for i in test})} groups)")
    base = baseline(bodies, groups, tune, test)
    print(f"baseline TF-IDF average linkage, distance threshold {base['threshold']} (tuned): "
          f"held-out {fmt(base['held_out'])}; all {fmt(base['all'])}; tuning part F1 {base['tune_f1']:.3f}")
    if args.sweep:
        for what, t, prf in sweep(bodies, groups, tune):
            print(f"  sweep tuning part, {what} threshold {t}: {fmt(prf)}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, ids in (("held-out", test), ("tuning", tune), ("all", tune + test)):
            started = time.perf_counter()
            out = linked(bodies, groups, ids, not args.no_extract, str(Path(tmp) / f"{name}.db"))
            print(f"claimtrace link, {name} part: {fmt(out['bcubed'])}; {out['stories']} stories; "
                  f"linking {out['ms_per_article']:.1f} ms/article; total {time.perf_counter() - started:.0f} s")
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
