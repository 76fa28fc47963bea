"""Data derived from stored articles, kept in step as ingest saves them: story links
(``claimtrace.link``), the claim index that ``track`` searches (``claimtrace.stance.index``) and
the per-story summaries that story lists and digests read (``story_summaries``).

All are rebuilt from the articles alone (``claimtrace link --rebuild``, ``track --reindex``), so
a failure here never loses an article: it is reported, and the next ``link`` / index run catches
up on what is missing.
"""
from __future__ import annotations

import json
import time
from typing import Callable, Iterable, Optional

from .store import Store
from .store.times import now, stamp

#: stories summarised per transaction
SUMMARY_BATCH = 100
#: seconds between summary refreshes during an ingest run (see ``StaleStories``)
SUMMARY_INTERVAL = 60.0


class StaleStories:
    """Stories an ingest run has changed whose summaries are not rebuilt yet.

    Rebuilding a summary reads all the story's articles, so rebuilding it after every saved batch
    would make a story that grows by a few articles per batch cost its size squared. A run instead
    collects the stories it touches and refreshes them at most every ``interval`` seconds and when
    it ends (``flush``); readers in between build a stale story themselves, so nothing shown is
    out of date. ``interval=None``: never by itself (a Dask worker's partition; the client
    refreshes what is stale when the run ends).
    """

    def __init__(self, interval: Optional[float] = SUMMARY_INTERVAL):
        self.interval = interval
        self.ids: set[str] = set()
        self.last = time.monotonic()

    def add(self, store: Store, story_ids: Iterable[str]) -> None:
        self.ids.update(story_ids)
        if self.interval is not None and time.monotonic() - self.last >= self.interval:
            self.flush(store)

    def flush(self, store: Store) -> int:
        written = refresh_summaries(store, sorted(self.ids)) if self.ids else 0
        self.ids.clear()
        self.last = time.monotonic()
        return written


def update_derived(store: Store, revision_ids: list[str],
                   on_error: Optional[Callable[[str], None]] = None,
                   stale: Optional[StaleStories] = None) -> None:
    """Link and index these newly saved revisions (each step in its own transactions), then refresh
    the summaries of the stories they joined or linking re-clustered: now, or through ``stale`` when a
    run passes one."""
    if not revision_ids:
        return
    from .link import link_articles
    from .link.linker import stories_of
    from .stance.index import index_articles

    restructured: set[str] = set()

    def link(store: Store, revision_ids: list[str]) -> None:
        restructured.update(link_articles(store, revision_ids))

    def summarise(store: Store, revision_ids: list[str]) -> None:
        touched = sorted(set(stories_of(store, revision_ids)) | restructured)
        if stale is None:
            refresh_summaries(store, touched)
        else:
            stale.add(store, touched)

    for step, name in ((link, "link"), (index_articles, "claim index"),
                       (summarise, "story summaries")):
        try:
            step(store, revision_ids)
        except Exception as exc:  # the articles are saved; `claimtrace link` / reindex catch up
            if on_error is None:
                raise
            on_error(f"{name}: {type(exc).__name__}: {' '.join(str(exc).split())}")


def refresh_summaries(store: Store, story_ids: Optional[Iterable[str]] = None) -> int:
    """Build and store the summary (the ``Story`` and its digest facts) of each of these stories
    (None: of every story) whose stored summary is missing or stale (the linker drops the
    summaries of stories it merges away). Returns how many were written."""
    from .digest.evidence import load_articles
    from .digest.facts import story_facts
    from .store.db import chunks, in_clause
    from .link.stories import build_story, current_keys

    conn = store.conn
    ids = list(story_ids) if story_ids is not None else [
        r["id"] for r in conn.all("SELECT id FROM stories ORDER BY id")]
    written = 0
    for chunk in chunks(ids, SUMMARY_BATCH):
        marks = in_clause(len(chunk))
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
            values.append((sid, keys[sid], json.dumps(story.to_dict(), separators=(",", ":")),
                           facts.to_json(), stamp(now())))
        if not values:
            continue
        with conn.transaction():
            conn.executemany(
                "INSERT INTO story_summaries (story_id, members_key, story, facts, built_at)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT (story_id) DO UPDATE SET"
                " members_key = excluded.members_key, story = excluded.story, facts = excluded.facts,"
                " built_at = excluded.built_at", values)
        written += len(values)
    return written
