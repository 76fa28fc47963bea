"""Linking stored articles into stories, one article at a time, with indexed lookups only.

For each new article revision the linker computes its features (``features.py``) and provenance
(``provenance.py``), finds candidate neighbours through the postings of its heaviest terms and its
MinHash LSH bands within a date window (``link_keys``, ``link_bands``), reads only those
candidates' stored features, scores each pair (``similarity.story_score``, the learned pair
model) and joins the candidate story it matches best on average over that story's members
(``similarity.story_match``, the story sizes come from the ``stories`` rows), merging in any other
candidate story it matches well whose members match that story's (``similarity.stories_to_join``),
or founds a story. It then re-clusters its story with the candidate stories it matches, by average
linkage over their members' pair probabilities (``recluster``; the region is capped at
``similarity.REGION_CAP`` articles): stories split early are merged and members that no longer fit
are split off, as average linkage over the whole store would.
Nothing beyond the candidates and the region's members is read, so linking cost stays flat as the
store grows.

A story's id derives from its earliest member (``dated_at``, then revision id), also after a
re-clustering. Linking is deterministic given the order the articles are linked in (re-clustering
reads only the stored stories, never the rest of the batch): each batch is linked in
(``dated_at``, revision id) order, so linking a folder in two halves (the earlier half first) gives
the same stories and ids as linking it at once. Average linkage makes stories depend on the order
when articles arrive out of date order (a late-arriving older article joins what exists).
"""
from __future__ import annotations

import hashlib
import json
import sys
import time
from dataclasses import dataclass, field
from typing import Iterable, Optional

import numpy as np

from ..ids import normalise_name
from ..store import Store
from ..store.db import Connection, chunks, in_clause
from ..store.times import now, stamp
from .features import LinkFeatures, day_of, features_of
from .provenance import cited_names, provenance_of
from .similarity import (COPY_WINDOW_DAYS, WINDOW_DAYS, LinkFacts, average_linkage, cross_match, is_copy,
                         pair_probability, region_stories, stories_to_join, story_match, story_score)

#: A date window wide enough for any stored day (an undated article's candidates: all days).
ALL_DAYS = 10**7
#: The day an undated article's postings are filed under: every dated article's lookup reads it too
#: (up to ``UNDATED_PER_KEY`` per key), so an undated copy stored months after the event is found.
UNDATED_DAY = -ALL_DAYS
UNDATED_PER_KEY = 50
#: Postings read per blocking key (newest first within the window) and candidates scored per article.
POSTINGS_PER_KEY = 200
MAX_CANDIDATES = 80
#: Articles linked per transaction by ``link``.
BATCH = 200
LOCK = "claimtrace.link"


@dataclass
class LinkSummary:
    """What one ``link`` run did."""

    linked: int = 0
    already_linked: int = 0
    missing: int = 0
    stories: int = 0
    summarised: int = 0      # story summaries written afterwards (``derived.refresh_summaries``)
    elapsed: float = 0.0

    @property
    def ms_per_article(self) -> float:
        return 1000 * self.elapsed / self.linked if self.linked else 0.0


@dataclass
class PendingArticle:
    """One revision ready to link: its facts plus what the story rows need."""

    facts: LinkFacts          # facts.day: the publication day, None when undated
    dated_at: str             # published_at, else the ingest time: orders articles, files postings
    own_sources: bool
    lead_relay: bool
    keys: list[str]
    bands: list[str]

    @property
    def index_day(self) -> int:
        """The day its postings are filed under (an undated article's: ``UNDATED_DAY``)."""
        return UNDATED_DAY if self.facts.day is None else (day_of(self.dated_at) or 0)

    @property
    def order(self) -> tuple[str, str]:
        return (self.dated_at, self.facts.revision_id)


def story_id_for(founder_revision: str) -> str:
    """A story's id: derived from its founding article's revision id (stable across stores)."""
    return "st" + hashlib.sha256(("story\x1f" + founder_revision).encode()).hexdigest()[:18]


def prepare(store: Store, revision_ids: list[str]) -> tuple[list[PendingArticle], int]:
    """Read and featurise the revisions not linked yet; returns them and how many were not found."""
    conn = store.conn
    rows = conn.all(f"SELECT revision_id, dated_at, published_at, outlet, host FROM articles"
                    f" WHERE revision_id IN ({in_clause(len(revision_ids))})", revision_ids)
    done = {r["revision_id"] for r in conn.all(
        f"SELECT revision_id FROM link_articles WHERE revision_id IN ({in_clause(len(revision_ids))})",
        revision_ids)}
    pending = []
    for row in rows:
        if row["revision_id"] in done:
            continue
        article = store.get_article(row["revision_id"])
        if article is None:
            continue
        outlet = row["outlet"] or row["host"]
        features = features_of(article)
        provenance = provenance_of(article, outlet, known_outlets(conn, cited_names(article)))
        # an undated article is dated by when it was stored, which says nothing about the event:
        # no date penalty for it, and its candidates are looked up over all days
        facts = LinkFacts(row["revision_id"], day_of(row["published_at"]), outlet, features, provenance.relays)
        pending.append(PendingArticle(facts, row["dated_at"], provenance.own_sources, provenance.lead_relay,
                                      features.keys, features.bands))
    pending.sort(key=lambda p: p.order)
    return pending, len(set(revision_ids)) - len(rows)


def known_outlets(conn: Connection, names: set[str]) -> frozenset:
    """The normalised names among these (as written, without "the") of outlets the store has met: as
    a source (``entities`` of kind outlet) or as the publisher of stored articles ("The Lamplighter")."""
    norms = sorted({normalise_name(n) for n in names} - {""})
    if not norms:
        return frozenset()
    found = {r["norm"] for r in conn.all(
        f"SELECT norm FROM entities WHERE kind = 'outlet' AND norm IN ({in_clause(len(norms))})", norms)}
    written = sorted({v for n in names if n for v in (n, "The " + n)})
    found |= {normalise_name(r["outlet"]) for r in conn.all(
        f"SELECT DISTINCT outlet FROM articles WHERE outlet IN ({in_clause(len(written))})", written)}
    return frozenset(found & set(norms))


def date_window(day: Optional[int], width: int) -> tuple[int, int]:
    """Days within ``width`` of ``day``; every day for an undated article."""
    return (-ALL_DAYS, ALL_DAYS) if day is None else (day - width, day + width)


def candidates(conn: Connection, item: PendingArticle) -> list[str]:
    """Revision ids sharing a blocking key (most shared first) or an LSH band, within the date windows."""
    lo, hi = date_window(item.facts.day, WINDOW_DAYS)
    dated = item.facts.day is not None
    picked: list[str] = []
    if item.keys:
        window = ("SELECT revision_id FROM (SELECT revision_id FROM link_keys WHERE key = ? AND day BETWEEN ? AND ?"
                  f" ORDER BY day DESC LIMIT {POSTINGS_PER_KEY}) k{{}}")
        undated = f"SELECT revision_id FROM (SELECT revision_id FROM link_keys WHERE key = ? AND day = ? LIMIT {UNDATED_PER_KEY}) u{{}}"
        parts = " UNION ALL ".join(window.format(i) + (" UNION ALL " + undated.format(i) if dated else "")
                                   for i in range(len(item.keys)))
        params: list = []
        for key in item.keys:
            params += [key, lo, hi] + ([key, UNDATED_DAY] if dated else [])
        picked = [r["revision_id"] for r in conn.all(
            f"SELECT revision_id, COUNT(*) AS hits FROM ({parts}) p GROUP BY revision_id"
            f" ORDER BY hits DESC, revision_id LIMIT {MAX_CANDIDATES}", params)]
    lo, hi = date_window(item.facts.day, COPY_WINDOW_DAYS)
    copies = [r["revision_id"] for r in conn.all(
        f"SELECT DISTINCT revision_id FROM link_bands WHERE band IN ({in_clause(len(item.bands))})"
        f" AND (day BETWEEN ? AND ? OR day = ?) LIMIT {MAX_CANDIDATES}", item.bands + [lo, hi, UNDATED_DAY])]
    return list(dict.fromkeys(picked + copies))


def load_facts(conn: Connection, revision_ids: list[str], cache: dict[str, LinkFacts]) -> list[dict]:
    """The linked rows of these revisions with their ``LinkFacts`` (``cache`` saves re-parsing the
    features of candidates met earlier in the same batch)."""
    if not revision_ids:
        return []
    marks = in_clause(len(revision_ids))
    rows = conn.all(f"SELECT l.revision_id, l.story_id, a.published_at, l.dated_at, l.outlet, l.relays,"
                    f" l.copy_of FROM link_articles l JOIN articles a ON a.revision_id = l.revision_id"
                    f" WHERE l.revision_id IN ({marks})", revision_ids)
    missing = [r["revision_id"] for r in rows if r["revision_id"] not in cache]
    if missing:
        for f in conn.all(f"SELECT revision_id, features FROM link_articles"
                          f" WHERE revision_id IN ({in_clause(len(missing))})", missing):
            cache[f["revision_id"]] = LinkFacts(f["revision_id"], None, None,
                                                LinkFeatures.from_json(json.loads(f["features"])))
    for r in rows:
        cached = cache[r["revision_id"]]
        r["facts"] = LinkFacts(r["revision_id"], day_of(r["published_at"]), r["outlet"], cached.features,
                               json.loads(r["relays"]))
    return rows


def pair_key(a: LinkFacts, b: LinkFacts) -> tuple[str, str]:
    return (a.revision_id, b.revision_id) if a.revision_id < b.revision_id else (b.revision_id, a.revision_id)


@dataclass
class BatchCache:
    """What one batch reuses across its articles: parsed features and pair probabilities."""

    facts: dict[str, LinkFacts] = field(default_factory=dict)
    pairs: dict[tuple[str, str], float] = field(default_factory=dict)
    #: stories re-clustering rewrote (perhaps split off without an article of the batch)
    restructured: set[str] = field(default_factory=set)

    def pair(self, a: LinkFacts, b: LinkFacts) -> float:
        key = pair_key(a, b)
        if key not in self.pairs:
            self.pairs[key] = pair_probability(a, b)
        return self.pairs[key]


def link_one(conn: Connection, item: PendingArticle, cache: BatchCache) -> None:
    """Join ``item`` to the candidate story it matches best on average (any story holding a copy
    of it first), merging in the stories ``stories_to_join`` bridges, or found a story; then
    re-cluster that story with its neighbours (``recluster``)."""
    rows = load_facts(conn, candidates(conn, item), cache.facts)
    scored: dict[str, list[tuple[float, LinkFacts]]] = {}
    copies: dict[str, list[dict]] = {}
    for row in rows:
        if is_copy(item.facts, row["facts"]):
            copies.setdefault(row["story_id"], []).append(row)
            score = 1.0
        else:
            score = story_score(item.facts, row["facts"])
        cache.pairs[pair_key(item.facts, row["facts"])] = score
        scored.setdefault(row["story_id"], []).append((score, row["facts"]))
    sizes = {r["id"]: r["n_articles"] for r in conn.all(
        f"SELECT id, n_articles FROM stories WHERE id IN ({in_clause(len(scored))})", list(scored))} if scored else {}
    match = {s: story_match([score for score, _ in v], sizes.get(s, 1)) for s, v in scored.items()}
    linked_stories = stories_to_join(match, set(copies), lambda a, b: cross_match(scored[a], scored[b]))
    copy_neighbours = copies.get(linked_stories[0], []) if linked_stories else []
    me = item.order
    earlier = [r for r in copy_neighbours if (r["dated_at"], r["revision_id"]) < me]
    copy_of = min(earlier, key=lambda r: (r["dated_at"], r["revision_id"]))["revision_id"] if earlier else None
    for r in copy_neighbours:
        if (r["dated_at"], r["revision_id"]) > me:
            current = r["copy_of"] and conn.one("SELECT dated_at FROM link_articles WHERE revision_id = ?",
                                                (r["copy_of"],))
            if not current or (current["dated_at"], r["copy_of"]) > me:
                conn.execute("UPDATE link_articles SET copy_of = ? WHERE revision_id = ?",
                             (item.facts.revision_id, r["revision_id"]))
    joined = conn.all(f"SELECT s.id, s.founder, s.first_seen, s.last_seen, s.n_articles, a.dated_at"
                      f" FROM stories s JOIN link_articles a ON a.revision_id = s.founder"
                      f" WHERE s.id IN ({in_clause(len(linked_stories))})",
                      list(linked_stories)) if linked_stories else []
    founder = min([(j["dated_at"], j["founder"]) for j in joined] + [me])[1]
    target = story_id_for(founder)
    others = [j["id"] for j in joined if j["id"] != target]
    features = item.facts.features
    conn.execute(
        "INSERT INTO link_articles (revision_id, story_id, day, dated_at, outlet, features, relays,"
        " own_sources, lead_relay, copy_of, linked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (item.facts.revision_id, target, item.index_day, item.dated_at, item.facts.outlet,
         json.dumps(features.to_json(), separators=(",", ":")), json.dumps(item.facts.relays),
         item.own_sources, item.lead_relay, copy_of, stamp(now())))
    conn.executemany("INSERT INTO link_keys (key, day, revision_id) VALUES (?, ?, ?)",
                     [(k, item.index_day, item.facts.revision_id) for k in item.keys])
    conn.executemany("INSERT INTO link_bands (band, day, revision_id) VALUES (?, ?, ?)",
                     [(b, item.index_day, item.facts.revision_id) for b in item.bands])
    if others:
        conn.execute(f"UPDATE link_articles SET story_id = ? WHERE story_id IN ({in_clause(len(others))})",
                     [target] + others)
    # the story row, from the joined stories' rows alone (no scan of the members); stories merged
    # away lose their summaries (the target's is stale by its key)
    drop_stories(conn, [j["id"] for j in joined], gone=others)
    write_story(conn, target, founder, min([j["first_seen"] for j in joined] + [item.dated_at]),
                max([j["last_seen"] for j in joined] + [item.dated_at]), 1 + sum(j["n_articles"] for j in joined))
    sizes = {s: n for s, n in sizes.items() if s not in linked_stories}
    sizes[target] = 1 + sum(j["n_articles"] for j in joined)
    cache.facts[item.facts.revision_id] = item.facts
    recluster(conn, region_stories(target, match, sizes), cache)


def recluster(conn: Connection, region: list[str], cache: BatchCache) -> None:
    """Re-cluster the members of these stories by average linkage over their pair probabilities
    and store the result where it differs: each cluster becomes the story of its earliest member
    (its id derives from that member); a story left without members goes, with its summary. A
    story that keeps its id keeps its summary row, stale by its key. The stories rewritten are
    noted in ``cache.restructured``: ingest refreshes their summaries with the batch's stories,
    also one split off without an article of the batch (a Dask worker hands them to the client
    with its partition's outcomes)."""
    if not region:
        return
    rows = conn.all(f"SELECT revision_id FROM link_articles WHERE story_id IN ({in_clause(len(region))})", region)
    if len(rows) < 3:
        return
    members = sorted(load_facts(conn, [r["revision_id"] for r in rows], cache.facts),
                     key=lambda r: (r["dated_at"], r["revision_id"]))
    n = len(members)
    probabilities = np.zeros((n, n))
    for i in range(n):
        for j in range(i):
            probabilities[i, j] = probabilities[j, i] = cache.pair(members[i]["facts"], members[j]["facts"])
    clusters: dict[int, list[dict]] = {}
    for label, member in zip(average_linkage(probabilities), members):
        clusters.setdefault(label, []).append(member)   # in (dated_at, revision id) order
    by_id = {story_id_for(c[0]["revision_id"]): c for c in clusters.values()}
    moves = [(sid, m) for sid, c in by_id.items() for m in c if m["story_id"] != sid]
    if not moves:
        return
    moved: dict[str, list[str]] = {}
    for sid, m in moves:
        moved.setdefault(sid, []).append(m["revision_id"])
    for sid, revisions in moved.items():
        for chunk in chunks(revisions):
            conn.execute(f"UPDATE link_articles SET story_id = ? WHERE revision_id IN ({in_clause(len(chunk))})",
                         [sid] + chunk)
    changed = sorted(set(moved) | {m["story_id"] for _, m in moves})
    kept = [sid for sid in changed if sid in by_id]
    cache.restructured.update(kept)
    drop_stories(conn, changed, gone=[sid for sid in changed if sid not in by_id])
    for sid in kept:
        cluster = by_id[sid]
        write_story(conn, sid, cluster[0]["revision_id"], cluster[0]["dated_at"],
                    max(m["dated_at"] for m in cluster), len(cluster))


def drop_stories(conn: Connection, story_ids: list[str], *, gone: list[str]) -> None:
    """Delete these story rows (about to be written again, or merged away); the summaries of those
    in ``gone`` (no longer stories at all) go too."""
    if story_ids:
        conn.execute(f"DELETE FROM stories WHERE id IN ({in_clause(len(story_ids))})", story_ids)
    if gone:
        conn.execute(f"DELETE FROM story_summaries WHERE story_id IN ({in_clause(len(gone))})", gone)


def write_story(conn: Connection, story_id: str, founder: str, first_seen: str, last_seen: str,
                n_articles: int) -> None:
    """The ``stories`` row of a story; its title is its founding article's."""
    title = conn.scalar("SELECT title FROM articles WHERE revision_id = ?", (founder,))
    conn.execute("INSERT INTO stories (id, founder, title, first_seen, last_seen, n_articles, updated_at)"
                 " VALUES (?, ?, ?, ?, ?, ?, ?)", (story_id, founder, title, first_seen, last_seen, n_articles,
                                                   stamp(now())))


@dataclass
class LinkedBatch:
    """What linking one batch did: revisions linked, revisions not found, and the stories
    re-clustering rewrote (their summaries are stale; some hold no article of the batch)."""

    linked: int = 0
    missing: int = 0
    restructured: set[str] = field(default_factory=set)


def link_articles(store: Store, revision_ids: Iterable[str]) -> set[str]:
    """Link these stored revisions (already linked ones are skipped): ingest calls it per saved
    batch. Returns the stories re-clustering rewrote, beside those the revisions joined."""
    restructured: set[str] = set()
    for part in chunks(list(dict.fromkeys(revision_ids)), BATCH):
        restructured |= link_batch(store, part).restructured
    return restructured


def link_batch(store: Store, revision_ids: list[str]) -> LinkedBatch:
    """Link one batch in one transaction."""
    if not revision_ids:
        return LinkedBatch()
    pending, missing = prepare(store, revision_ids)
    if not pending:
        return LinkedBatch(missing=missing)
    conn = store.conn
    conn.refresh_statistics(("link_keys", "link_bands", "link_articles", "stories", "articles"))
    conn.begin()
    try:
        conn.lock(LOCK)
        cache = BatchCache()
        for item in pending:
            # a concurrent linker may have linked it since prepare()
            if conn.one("SELECT 1 AS x FROM link_articles WHERE revision_id = ?", (item.facts.revision_id,)):
                continue
            link_one(conn, item, cache)
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return LinkedBatch(len(pending), missing, cache.restructured)


def unlinked(store: Store) -> list[str]:
    """Latest revisions not linked yet, oldest first."""
    return [r["revision_id"] for r in store.conn.all(
        "SELECT a.revision_id FROM articles a LEFT JOIN link_articles l ON l.revision_id = a.revision_id"
        " WHERE a.is_latest AND l.revision_id IS NULL ORDER BY a.dated_at, a.revision_id")]


def clear(store: Store) -> None:
    conn = store.conn
    conn.begin()
    try:
        conn.lock(LOCK)
        for table in ("link_keys", "link_bands", "link_articles", "stories", "story_summaries"):
            conn.execute(f"DELETE FROM {table}")
        conn.commit()
    except BaseException:
        conn.rollback()
        raise


def link(store: Store, *, rebuild: bool = False, progress: bool = False,
         batch: int = BATCH) -> LinkSummary:
    """Link every stored article not linked yet; ``rebuild`` first drops all stories and links anew."""
    started = time.perf_counter()
    if rebuild:
        clear(store)
    todo = unlinked(store)
    summary = LinkSummary()
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(todo), unit="article", desc="link", file=sys.stderr)
    for part in chunks(todo, batch):
        done = link_batch(store, part)
        summary.linked += done.linked
        summary.missing += done.missing
        summary.already_linked += len(part) - done.linked - done.missing
        if bar is not None:
            bar.update(len(part))
    if bar is not None:
        bar.close()
    summary.stories = store.conn.scalar("SELECT COUNT(*) AS n FROM stories")
    summary.elapsed = time.perf_counter() - started
    return summary


def story_of(store: Store, revision_id: str) -> Optional[str]:
    return store.conn.scalar("SELECT story_id FROM link_articles WHERE revision_id = ?", (revision_id,))


def stories_of(store: Store, revision_ids: list[str]) -> list[str]:
    """The stories these revisions are linked into."""
    return sorted({r["story_id"] for chunk in chunks(revision_ids) for r in store.conn.all(
        f"SELECT DISTINCT story_id FROM link_articles WHERE revision_id IN ({in_clause(len(chunk))})", chunk)})
