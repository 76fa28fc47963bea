"""Read-only queries the web app needs beyond ``Store`` and ``claimtrace.link``: one actor (an
entity: person, organisation or outlet) with everything attributed to them over time, and search
across titles, claims and actors."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

from ..ids import normalise_name
from ..link.linker import story_of
from ..store import Store, like_pattern
from ..store.times import parse_moment

SEARCH_LIMIT = 50
ACTOR_STATEMENTS = 1000
#: the shortest period an actor's chart covers, so a few statements still read as a timeline
MIN_DAYS = 14
#: fields of ``Store.claims`` rows an actor's statement keeps
STATEMENT_FIELDS = ("id", "revision_id", "date", "outlet", "title", "url", "speaker", "cue",
                    "content", "modality", "hedges", "source_count", "via", "kind")


@dataclass
class Actor:
    """An entity with what is attributed to them, oldest first."""

    id: str
    name: str
    kind: str
    aliases: list[str]
    statements: list[dict] = field(default_factory=list)

    def timeline(self) -> list[tuple[str, int]]:
        """Statements per day over at least the last ``MIN_DAYS`` days (per week past 90 days of
        range), gaps filled with zeros."""
        days = [m.date() for m in (parse_moment(s["date"]) for s in self.statements if s["date"]) if m]
        if not days:
            return []
        last = max(days)
        first = min(min(days), last - timedelta(days=MIN_DAYS - 1))
        weekly = (last - first).days > 90

        def bucket(d: date) -> date:
            return d - timedelta(days=d.weekday()) if weekly else d

        counts = Counter(bucket(d) for d in days)
        out, cursor = [], bucket(first)
        while cursor <= last:
            out.append((cursor.isoformat(), counts.get(cursor, 0)))
            cursor += timedelta(days=7 if weekly else 1)
        return out

    def to_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "kind": self.kind, "aliases": self.aliases,
                "statements": self.statements,
                "timeline": [{"period": p, "count": c} for p, c in self.timeline()]}


def resolve_actor(store: Store, key: str) -> Optional[str]:
    """An entity id from an entity id or a name (any alias seen: "Berg", "Anna Berg")."""
    if store.entity(key) is not None:
        return key
    norm = normalise_name(key)
    if not norm:
        return None
    row = store.conn.one("SELECT id FROM entities WHERE norm = ? ORDER BY kind LIMIT 1", (norm,))
    if row is None:
        row = store.conn.one("SELECT entity_id AS id FROM entity_aliases WHERE alias_key = ?"
                             " ORDER BY entity_id LIMIT 1", (norm,))
    return row["id"] if row else None


def get_actor(store: Store, key: str, *, limit: int = ACTOR_STATEMENTS) -> Optional[Actor]:
    """The actor ``key`` names (id or name) with their latest ``limit`` statements, oldest first."""
    entity_id = resolve_actor(store, key)
    entity = store.entity(entity_id) if entity_id else None
    if entity is None:
        return None
    rows = store.claims(entity=entity_id, limit=limit)
    statements = [{k: r[k] for k in STATEMENT_FIELDS} for r in reversed(rows)]
    with_stories(store, statements)
    return Actor(id=entity["id"], name=entity["name"], kind=entity["kind"],
                 aliases=entity["aliases"], statements=statements)


@dataclass
class SearchResults:
    query: str
    articles: list[dict]
    claims: list[dict]
    actors: list[dict]

    def to_dict(self) -> dict:
        return {"query": self.query, "articles": self.articles, "claims": self.claims,
                "actors": self.actors}


def search(store: Store, query: str, *, limit: int = SEARCH_LIMIT) -> SearchResults:
    """Articles by title, attributed claims by content (case-insensitive substrings), actors by
    any alias (folded like names are)."""
    q = query.strip()
    if not q:
        return SearchResults(q, [], [], [])
    pattern = like_pattern(q)
    articles = store.conn.all(
        "SELECT a.revision_id, a.title, COALESCE(a.outlet, a.host) AS outlet,"
        " COALESCE(a.canonical_url, a.url) AS url, a.dated_at AS date FROM articles a"
        " WHERE a.is_latest AND LOWER(a.title) LIKE ? ESCAPE '\\' ORDER BY a.dated_at DESC LIMIT ?",
        (pattern, limit))
    claims = store.conn.all(
        "SELECT a.revision_id, a.title, COALESCE(a.outlet, a.host) AS outlet,"
        " COALESCE(a.canonical_url, a.url) AS url, a.dated_at AS date,"
        " COALESCE(c.speaker_name, c.source_text) AS speaker, c.speaker_entity_id AS speaker_entity,"
        " c.cue_text AS cue, c.content_text AS content FROM attributions c"
        " JOIN articles a ON a.id = c.article_id"
        " WHERE a.is_latest AND LOWER(c.content_text) LIKE ? ESCAPE '\\'"
        " ORDER BY a.dated_at DESC, c.position LIMIT ?", (pattern, limit))
    actors = [{"id": e["id"], "name": e["name"], "kind": e["kind"], "attributions": e["attributions"]}
              for e in store.entities(name=q, limit=limit)] if normalise_name(q) else []
    with_stories(store, articles + claims)
    return SearchResults(q, articles, claims, actors)


def with_stories(store: Store, rows: list[dict]) -> None:
    """Add ``story``: the id of the story each row's article (``revision_id``) belongs to, or None."""
    known: dict[str, Optional[str]] = {}
    for row in rows:
        rev = row["revision_id"]
        if rev not in known:
            known[rev] = story_of(store, rev)
        row["story"] = known[rev]
