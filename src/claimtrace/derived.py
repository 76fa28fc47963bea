"""Data derived from stored articles, kept in step as ingest saves them: story links
(``claimtrace.link``), the claim index that ``track`` searches (``claimtrace.stance.index``) and
the per-story summaries that story lists and digests read (``story_summaries``).

All are rebuilt from the articles alone (``claimtrace link --rebuild``, ``track --reindex``), so
a failure here never loses an article: it is reported, and the next ``link`` / index run catches
up on what is missing.
"""
from __future__ import annotations

import json
from typing import Callable, Iterable, Optional

from .store import Store
from .store.times import now, stamp

#: stories summarised per transaction
SUMMARY_BATCH = 100


def update_derived(store: Store, revision_ids: list[str],
                   on_error: Optional[Callable[[str], None]] = None) -> None:
    """Link and index these newly saved revisions (each step in its own transactions)."""
    if not revision_ids:
        return
    from .link import link_articles
    from .stance.index import index_articles

    for step, name in ((link_articles, "link"), (index_articles, "claim index"),
                       (summarise_linked, "story summaries")):
        try:
            step(store, revision_ids)
        except Exception as exc:  # the articles are saved; `claimtrace link` / reindex catch up
            if on_error is None:
                raise
            on_error(f"{name}: {type(exc).__name__}: {' '.join(str(exc).split())}")


def summarise_linked(store: Store, revision_ids: list[str]) -> int:
    """Refresh the summaries of the stories these revisions are linked into."""
    touched: list[str] = []
    for start in range(0, len(revision_ids), 500):
        chunk = revision_ids[start:start + 500]
        touched += [r["story_id"] for r in store.conn.all(
            f"SELECT DISTINCT story_id FROM link_articles WHERE revision_id IN ({', '.join('?' * len(chunk))})",
            chunk)]
    return refresh_summaries(store, sorted(set(touched)))


def refresh_summaries(store: Store, story_ids: Optional[Iterable[str]] = None) -> int:
    """Build and store the summary (the ``Story`` and its digest facts) of each of these stories
    (None: of every story) whose stored summary is missing or stale; drops summaries of stories
    that no longer exist (merged, or emptied by a rebuild). Returns how many were written."""
    from .digest.evidence import load_articles
    from .digest.facts import story_facts
    from .link.stories import build_story, current_keys

    conn = store.conn
    ids = list(story_ids) if story_ids is not None else [
        r["id"] for r in conn.all("SELECT id FROM stories ORDER BY id")]
    written = 0
    for start in range(0, len(ids), SUMMARY_BATCH):
        chunk = ids[start:start + SUMMARY_BATCH]
        marks = ", ".join("?" * len(chunk))
        keys = current_keys(store, chunk)
        stored = {r["story_id"]: r["members_key"] for r in conn.all(
            f"SELECT story_id, members_key FROM story_summaries WHERE story_id IN ({marks})", chunk)}
        rows = [r for r in conn.all(f"SELECT * FROM stories WHERE id IN ({marks})", chunk)
                if keys.get(r["id"]) and stored.get(r["id"]) != keys[r["id"]]]
        built = [(row["id"], build_story(store, row)) for row in rows]
        built = [(sid, story) for sid, story in built if story is not None]
        evidence = load_articles(store, [a.revision_id for _, story in built for a in story.articles])
        values = []
        for sid, story in built:
            facts = story_facts(story, {a.revision_id: evidence[a.revision_id]
                                        for a in story.articles if a.revision_id in evidence})
            values.append((sid, keys[sid], json.dumps(story.to_dict(), separators=(",", ":")), facts.to_json(), stamp(now())))
        if not values:
            continue
        with conn.transaction():
            conn.executemany(
                "INSERT INTO story_summaries (story_id, members_key, story, facts, built_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (story_id) DO UPDATE SET"
                " members_key = excluded.members_key, story = excluded.story, facts = excluded.facts,"
                " built_at = excluded.built_at", values)
        written += len(values)
    drop_orphan_summaries(store)
    return written


def drop_orphan_summaries(store: Store) -> None:
    with store.conn.transaction() as conn:
        conn.execute("DELETE FROM story_summaries WHERE NOT EXISTS"
                     " (SELECT 1 FROM stories s WHERE s.id = story_summaries.story_id)")
