"""Digest history in the store (table ``digests``, migration 0005): what each digest showed, so
the next one can say what changed, and the past digests a feed lists."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Optional

from ..link.records import Story
from ..store import Store


@dataclass
class StorySnapshot:
    """What a reader saw of one story in a digest."""

    title: Optional[str]
    articles: list[str]          # revision ids
    outlets: dict[str, str]      # revision id -> outlet
    claims: dict[str, str]       # claim group id -> text
    denied_by: list[str]
    independent_reports: int


@dataclass
class PastDigest:
    id: int
    generated_at: str
    since: Optional[str]
    snapshot: dict[str, StorySnapshot]
    body_html: str


def snapshot(story: Story) -> StorySnapshot:
    return StorySnapshot(
        title=story.title, articles=[a.revision_id for a in story.articles],
        outlets={a.revision_id: a.outlet or "" for a in story.articles},
        claims={c.id: c.text for c in story.claims},
        denied_by=sorted({d for c in story.claims for d in c.denied_by}),
        independent_reports=story.independent_reports)


def record(store: Store, generated_at: str, since: Optional[str], stories: list[Story],
           body_html: str) -> int:
    """Save one digest (one transaction); returns its id."""
    data = json.dumps({s.id: snapshot(s).__dict__ for s in stories}, ensure_ascii=False)
    conn = store.conn
    conn.begin()
    try:
        digest_id = conn.scalar(
            "INSERT INTO digests (generated_at, since, snapshot, body_html) VALUES (?, ?, ?, ?)"
            " RETURNING id", (generated_at, since, data, body_html))
        conn.commit()
    except BaseException:
        conn.rollback()
        raise
    return int(digest_id)


def _past(row: dict) -> PastDigest:
    return PastDigest(id=row["id"], generated_at=row["generated_at"], since=row["since"],
                      snapshot={k: StorySnapshot(**v) for k, v in json.loads(row["snapshot"]).items()},
                      body_html=row["body_html"])


def recent(store: Store, limit: int = 20) -> list[PastDigest]:
    """The latest ``limit`` digests, newest first."""
    return [_past(r) for r in store.conn.all(
        "SELECT * FROM digests ORDER BY generated_at DESC, id DESC LIMIT ?", (int(limit),))]


def last(store: Store) -> Optional[PastDigest]:
    found = recent(store, 1)
    return found[0] if found else None


def match(story: Story, previous: PastDigest) -> Optional[StorySnapshot]:
    """The story as the previous digest showed it: same id, else the one sharing most articles
    (story ids may change when the linker merges or splits stories)."""
    if story.id in previous.snapshot:
        return previous.snapshot[story.id]
    mine = {a.revision_id for a in story.articles}
    best, best_shared = None, 0
    for snap in previous.snapshot.values():
        shared = len(mine & set(snap.articles))
        if shared > best_shared:
            best, best_shared = snap, shared
    return best


def changes(story: Story, before: Optional[StorySnapshot]) -> list[str]:
    """What changed in ``story`` since ``before``, in words (empty: nothing)."""
    if before is None:
        return []
    out = []
    new_articles = [a for a in story.articles if a.revision_id not in set(before.articles)]
    if new_articles:
        outlets = list(dict.fromkeys(a.outlet for a in new_articles if a.outlet))
        out.append(f"{len(new_articles)} new article{'s' if len(new_articles) > 1 else ''}"
                   + (f" ({', '.join(outlets[:4])}{', …' if len(outlets) > 4 else ''})" if outlets else ""))
    if story.independent_reports != before.independent_reports:
        out.append(f"independent reports {before.independent_reports} → {story.independent_reports}")
    new_deniers = sorted({d for c in story.claims for d in c.denied_by} - set(before.denied_by))
    if new_deniers:
        out.append("newly denied on record by " + ", ".join(new_deniers))
    known = set(before.claims.values())
    new_claims = [c for c in story.claims if c.id not in before.claims and c.text not in known]
    if new_claims:
        first = new_claims[0].text
        first = first if len(first) <= 90 else first[:89] + "…"
        out.append(f"{len(new_claims)} new claim{'s' if len(new_claims) > 1 else ''}: “{first}”"
                   + (" and more" if len(new_claims) > 1 else ""))
    return out
