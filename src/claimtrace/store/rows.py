"""Article <-> rows: what the store writes for one article revision, and how it reads it back.

Kept apart from ``Store`` so that the saving path and the migrations that backfill old stores use
one piece of code for the identity columns (revision id, source and attribution uids, entities).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Iterable, Optional

from ..ids import attribution_uids, entities_of, normalise_name, source_uid
from ..model import Article, Attribution, Source, Speaker, TextSpan
from .db import Connection


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def spans_json(value: Iterable) -> str:
    return to_json([[int(s), int(e)] for s, e in value])


def fold(text: Optional[str]) -> Optional[str]:
    return text.casefold() if text else None


@dataclass
class ChildRows:
    """Every row below one ``articles`` row, ready for ``executemany``."""

    sources: list[tuple] = field(default_factory=list)
    attributions: list[tuple] = field(default_factory=list)
    via: list[tuple] = field(default_factory=list)
    entities: list[tuple] = field(default_factory=list)        # (id, kind, name, norm, first_seen)
    aliases: list[tuple] = field(default_factory=list)         # (entity_id, alias, alias_key)
    speaker_keys: set[str] = field(default_factory=set)

    def extend(self, other: "ChildRows") -> None:
        self.sources += other.sources
        self.attributions += other.attributions
        self.via += other.via
        self.entities += other.entities
        self.aliases += other.aliases
        self.speaker_keys |= other.speaker_keys


def child_rows(article_id: int, revision: str, article: Article, seen_at: str) -> ChildRows:
    """The sources, attributions, via hops and entities of one revision."""
    rows = ChildRows()
    entities = entities_of(article)
    names = {s.id: s.name for s in article.sources}
    for i, s in enumerate(article.sources):
        entity = entities.get(s.id)
        rows.sources.append((article_id, i, s.id, s.kind, s.name, s.role, s.count, s.parent,
                             spans_json(s.mentions), source_uid(revision, s),
                             entity.id if entity else None))
    for entity in entities.values():
        rows.entities.append((entity.id, entity.kind, entity.name, entity.norm, seen_at))
        rows.aliases += [(entity.id, alias, normalise_name(alias)) for alias in sorted(entity.aliases)]
    for i, (a, uid) in enumerate(zip(article.attributions, attribution_uids(revision, article.attributions))):
        sp = a.speaker
        via = [str(v) for v in a.via]
        speaker_entity = entities.get(sp.source_id) if sp else None
        rows.attributions.append((
            article_id, i, a.kind, sp.source_id if sp else None, sp.name if sp else None,
            sp.kind if sp else None, fold(sp.name) if sp else None, a.source_count, a.modality,
            to_json(list(a.hedges)), to_json(via), to_json([names.get(v) or v for v in via]),
            spans_json(a.source.spans) if a.source else None, a.source.text if a.source else None,
            spans_json(a.cue.spans), a.cue.text, spans_json(a.content.spans), a.content.text,
            uid, speaker_entity.id if speaker_entity else None,
        ))
        if sp and sp.name:
            rows.speaker_keys.add(fold(sp.name))
        for hop, value in enumerate(via):
            name = names.get(value)
            hop_entity = entities.get(value)
            rows.via.append((article_id, i, hop, value, name,
                             value.casefold() + ("\t" + name.casefold() if name else ""),
                             hop_entity.id if hop_entity else None))
    return rows


def write_child_rows(conn: Connection, rows: ChildRows) -> None:
    """Insert what :func:`child_rows` built (for one article or a whole batch)."""
    conn.executemany(
        "INSERT INTO sources (article_id, position, source_id, kind, name, role, count, parent,"
        " mentions, uid, entity_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.sources)
    write_entities(conn, rows)
    conn.executemany(
        "INSERT INTO attributions (article_id, position, kind, speaker_source_id, speaker_name,"
        " speaker_kind, speaker_key, source_count, modality, hedges, via, via_names, source_spans,"
        " source_text, cue_spans, cue_text, content_spans, content_text, uid, speaker_entity_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows.attributions)
    conn.executemany("INSERT INTO speaker_keys (key) VALUES (?) ON CONFLICT DO NOTHING",
                     [(k,) for k in sorted(rows.speaker_keys)])
    conn.executemany(
        "INSERT INTO attribution_via (article_id, position, hop, value, name, match_key, entity_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)", rows.via)


def write_entities(conn: Connection, rows: ChildRows) -> None:
    """Upsert the entities and aliases of ``rows`` (existing ones are kept as first seen)."""
    # sorted, so that concurrent PostgreSQL writers take the rows' locks in one order
    entities = sorted({r[0]: r for r in rows.entities}.values())
    conn.executemany("INSERT INTO entities (id, kind, name, norm, first_seen) VALUES (?, ?, ?, ?, ?)"
                     " ON CONFLICT (id) DO NOTHING", entities)
    aliases = sorted({(r[0], r[2]): r for r in rows.aliases if r[2]}.values(), key=lambda r: (r[0], r[2]))
    conn.executemany("INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES (?, ?, ?)"
                     " ON CONFLICT (entity_id, alias_key) DO NOTHING", aliases)


def _span(value: Optional[str], text: Optional[str]) -> Optional[TextSpan]:
    if value is None:
        return None
    return TextSpan([tuple(x) for x in json.loads(value)], text)


def load_article(conn: Connection, article_id: int) -> Optional[Article]:
    """Rebuild the stored ``Article`` (the JSON contract) of one revision (row id)."""
    a = conn.one("SELECT a.*, t.text FROM articles a JOIN article_texts t ON t.article_id = a.id"
                 " WHERE a.id = ?", (article_id,))
    if a is None:
        return None
    sources = [
        Source(id=s["source_id"], kind=s["kind"], name=s["name"], role=s["role"], count=s["count"],
               parent=s["parent"], mentions=[tuple(m) for m in json.loads(s["mentions"])])
        for s in conn.all("SELECT * FROM sources WHERE article_id = ? ORDER BY position", (article_id,))
    ]
    attributions = []
    for c in conn.all("SELECT * FROM attributions WHERE article_id = ? ORDER BY position", (article_id,)):
        speaker = (Speaker(source_id=c["speaker_source_id"], name=c["speaker_name"], kind=c["speaker_kind"])
                   if c["speaker_kind"] is not None or c["speaker_source_id"] is not None else None)
        attributions.append(Attribution(
            cue=_span(c["cue_spans"], c["cue_text"]), content=_span(c["content_spans"], c["content_text"]),
            source=_span(c["source_spans"], c["source_text"]), kind=c["kind"], speaker=speaker,
            source_count=c["source_count"], via=json.loads(c["via"]), modality=c["modality"],
            hedges=json.loads(c["hedges"]),
        ))
    return Article(
        input=a["input"], text=a["text"], title=a["title"], language=a["language"],
        boilerplate=[tuple(b) for b in json.loads(a["boilerplate"])], sources=sources,
        attributions=attributions, errors=json.loads(a["errors"]), url=a["url"],
        canonical_url=a["canonical_url"], outlet=a["outlet"], author=a["author"],
        published=a["published"],
    )
