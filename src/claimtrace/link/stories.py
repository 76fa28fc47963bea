"""Reading stories back: members, roles, origins, independent reports and claim groups.

Membership is stored by the linker; everything else is derived here when a story is read, from
the per-article facts the linker kept (relayed outlets, own sourcing, the text an article copies)
and the stored attributions, so it always reflects the latest revisions:

* role: ``copy`` (its text copies an earlier member's), ``relay`` (its lead attributes the report
  to another outlet), else ``original`` (an own report that mentions a rival's further down too);
* origins: the outlets of the originals, then the relayed outlets no member stands for, in order
  (an outlet whose member articles all relay is none, though another member cites it: "told Lodestar");
* independent reports: one per origin, plus one per relaying outlet that adds its own sources
  (relays and copies of one exclusive count once; an agency relayed in turn by another outlet
  counts only if it added sources of its own).

Building a story reads all its articles, so built stories are kept in ``story_summaries`` (written
by ``claimtrace.derived`` as ingest and ``link`` run) under a key of the story's current member
revisions; readers use a summary only while its key matches, and build the story otherwise.
"""
from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Iterable, Optional

from ..ids import normalise_name
from ..stance.lexicon import calls_a_report_false, is_denial_cue
from ..store import Store, like_pattern
from ..store.db import chunks, in_clause
from ..store.times import parse_since
from .claims import Carrier, group_claims, is_directive, is_refusal, says_no_comment
from .records import Story, StoryArticle


def members_key(story_id: str, revision_ids: Iterable[str]) -> str:
    """What a story summary was built from: the story and its latest member revisions (membership
    fixes everything else a summary holds: roles, title, claims, denials, dates)."""
    return hashlib.sha1("\n".join([story_id, *sorted(revision_ids)]).encode()).hexdigest()


def current_keys(store: Store, story_ids: list[str]) -> dict[str, str]:
    """``members_key`` of each of these stories as the store holds them now."""
    found: dict[str, list[str]] = {}
    for chunk in chunks(story_ids):
        for r in store.conn.all(
                "SELECT l.story_id, l.revision_id FROM link_articles l"
                " JOIN articles a ON a.revision_id = l.revision_id"
                f" WHERE a.is_latest AND l.story_id IN ({in_clause(len(chunk))})", chunk):
            found.setdefault(r["story_id"], []).append(r["revision_id"])
    return {sid: members_key(sid, revs) for sid, revs in found.items()}


def stored_summaries(store: Store, story_ids: list[str], column: str = "story") -> dict[str, tuple[str, dict]]:
    """Stored summaries (``column``: ``story`` or ``facts``) of these stories, as (key, JSON data)."""
    if column not in ("story", "facts"):
        raise ValueError(column)
    out: dict[str, tuple[str, dict]] = {}
    for chunk in chunks(story_ids):
        for r in store.conn.all(
                f"SELECT story_id, members_key, {column} AS data FROM story_summaries"
                f" WHERE story_id IN ({in_clause(len(chunk))})", chunk):
            out[r["story_id"]] = (r["members_key"], json.loads(r["data"]))
    return out


def fresh_stories(store: Store, story_ids: list[str]) -> dict[str, Story]:
    """The stored stories among these whose summary still matches their members."""
    keys = current_keys(store, story_ids)
    return {sid: Story.from_dict(data) for sid, (key, data) in stored_summaries(store, story_ids).items()
            if keys.get(sid) == key}


def members(store: Store, story_id: str) -> list[dict]:
    return store.conn.all(
        "SELECT l.revision_id, l.relays, l.own_sources, l.lead_relay, l.copy_of, l.dated_at, l.outlet,"
        " a.id AS article_id,"
        " a.input, a.url, a.canonical_url, a.host, a.published_at, a.title"
        " FROM link_articles l JOIN articles a ON a.revision_id = l.revision_id"
        " WHERE l.story_id = ? AND a.is_latest ORDER BY l.dated_at, l.revision_id", (story_id,))


def carriers(store: Store, rows: list[dict]) -> list[Carrier]:
    by_id = {r["article_id"]: r for r in rows}
    if not by_id:
        return []
    ids = sorted(by_id)
    out = []
    spans: list[list] = []
    denials: list[tuple[str, list]] = []  # (revision, content spans) of what is denied, which carries no claim
    denying: list[tuple[Carrier, list]] = []  # the denials' contents, which lead where their article does
    before: Optional[dict] = None
    before_end = 0  # where the content of the attribution before ends
    for c in store.conn.all(
            "SELECT article_id, position, speaker_source_id, speaker_name, speaker_kind, source_text, source_count,"
            " modality, via_names, cue_spans, cue_text, content_spans, content_text FROM attributions"
            f" WHERE article_id IN ({in_clause(len(ids))}) ORDER BY article_id, position", ids):
        content = json.loads(c["content_spans"])
        denial_goes_on = _denial_goes_on(before, before_end, c)
        before, before_end = c, content[-1][1] if content else 0
        m = by_id[c["article_id"]]
        denies = is_denial_cue(c["cue_text"]) or calls_a_report_false(c["content_text"])
        carrier = Carrier(revision_id=m["revision_id"], outlet=m["outlet"], dated_at=m["dated_at"],
                          speaker=c["speaker_name"] or c["source_text"], speaker_kind=c["speaker_kind"],
                          source_count=c["source_count"], modality=c["modality"],
                          via=[v for v in json.loads(c["via_names"]) if v], content=c["content_text"],
                          denies=denies)
        if denial_goes_on or denies:
            denials.append((m["revision_id"], content))
            if not denial_goes_on:  # "denied that X", "called the report false" do not carry X (see Carrier.denies)
                denying.append((carrier, content))
            continue
        if is_refusal(c["cue_text"], c["content_text"]) or says_no_comment(c["content_text"]) or \
                is_directive(c["cue_text"], c["content_text"]):
            continue  # "declined to comment", "said it would not comment" are no claim
        spans.append(content)
        out.append(carrier)
    out += [c for c, _ in denying]
    _mark_leads(out, spans + [sp for _, sp in denying], denials)
    return out


def _mark_leads(out: list[Carrier], spans: list[list], denials: list[tuple[str, list]]) -> None:
    """An article's lead claims: its earliest claim and every claim whose content begins inside it
    ("X granted the licence although inspectors had warned that ..., according to a copy seen by Y"
    leads with both the whole sentence and the warning). An article that leads with a denial ("X on
    Wednesday rejected a report that ...") leads with what it denies, which no carrier holds: the
    denier's quote after it is no lead claim of the story."""
    first: dict[str, tuple[int, int]] = {}
    for rid, sp in [(c.revision_id, sp) for c, sp in zip(out, spans)] + list(denials):
        if sp and (rid not in first or sp[0][0] < first[rid][0]):
            first[rid] = (sp[0][0], sp[-1][1])
    for c, sp in zip(out, spans):
        c.lead = bool(sp) and sp[0][0] < first[c.revision_id][1]


def _denial_goes_on(before: Optional[dict], before_end: int, c: dict) -> bool:
    """"X denied that the test had been skipped and said the cable had been scanned": what the denier
    says right after the denial is their side of it, not a carrier of the claim it shares words with."""
    if before is None or before["article_id"] != c["article_id"] or not c["speaker_source_id"] or \
            before["speaker_source_id"] != c["speaker_source_id"] or not is_denial_cue(before["cue_text"]):
        return False
    gap = json.loads(c["cue_spans"])[0][0] - before_end
    return 0 <= gap <= 12


def build_story(store: Store, row: dict) -> Optional[Story]:
    """The full ``Story`` of one ``stories`` row (None when none of its revisions is current)."""
    rows = members(store, row["id"])
    if not rows:
        return None
    ids = {r["revision_id"] for r in rows}
    articles: list[StoryArticle] = []
    origins: dict[str, str] = {}
    relayed: dict[str, str] = {}
    reports: set[str] = set()
    for r in rows:
        relays = json.loads(r["relays"])
        copy_of = r["copy_of"] if r["copy_of"] in ids else None
        # rows linked before store version 7 have no lead_relay: any relayed outlet makes a relay;
        # a lead that relays an outlet it does not name ("after a newspaper reported") makes one too
        relay = bool(relays) if r["lead_relay"] is None else bool(r["lead_relay"])
        role = "copy" if copy_of else ("relay" if relay else "original")
        outlet_key = normalise_name(r["outlet"]) if r["outlet"] else r["revision_id"]
        if role == "original":
            origins.setdefault(outlet_key, r["outlet"] or r["host"] or "unnamed outlet")
            reports.add(outlet_key)
        elif r["own_sources"]:
            reports.add(outlet_key)
        for name in relays if role != "copy" else ():
            relayed.setdefault(normalise_name(name), name)
        articles.append(StoryArticle(
            revision_id=r["revision_id"], input=r["input"], url=r["canonical_url"] or r["url"],
            outlet=r["outlet"], published=r["published_at"], role=role, title=r["title"],
            relays=relays, copy_of=copy_of))
    members_outlets = {normalise_name(r["outlet"]) for r in rows if r["outlet"]}
    for key, name in relayed.items():
        if key not in members_outlets:  # a member that only relays is no origin, whoever cites it
            origins.setdefault(key, name)
            reports.add(key)  # (nor a report of its own, unless it added its own sources, counted above)
    title = row["title"] or next((a.title for a in articles if a.title), None)
    story = Story(id=row["id"], title=title, first_seen=rows[0]["dated_at"], last_seen=rows[-1]["dated_at"],
                  articles=articles, origins=list(origins.values()), independent_reports=len(reports),
                  claims=group_claims(carriers(store, rows), row["id"]))
    return add_denials(store, story)


def add_denials(store: Store, story: Story) -> Story:
    """The story with ``ClaimGroup.denied_by`` and ``contradictions`` filled by the
    claims-and-denials functions (``claimtrace.stance.denials``: on-record denials in its articles
    paired with what they answer, and sources saying opposite things)."""
    from dataclasses import asdict

    from ..stance.denials import find_contradictions, pair_denials, with_denials

    articles = {a.revision_id: store.get_article(a.revision_id) for a in story.articles}
    links = pair_denials(story, {k: v for k, v in articles.items() if v is not None})
    story = with_denials(story, links)
    story.contradictions = [asdict(c) for c in find_contradictions(story, links)]
    return story


def get_story(store: Store, story_id: str) -> Optional[Story]:
    """One story by id, or None."""
    row = store.conn.one("SELECT * FROM stories WHERE id = ?", (story_id,))
    if row is None:
        return None
    return fresh_stories(store, [story_id]).get(story_id) or build_story(store, row)


def stories(store: Store, *, since: "str | datetime | date | None" = None, outlet: Optional[str] = None,
            actor: Optional[str] = None, limit: Optional[int] = None) -> list[Story]:
    """Stories newest first (by their last article's date).

    ``since`` keeps stories with an article at or after it (``7d``, a date); ``outlet`` those with an
    article from a matching outlet or host; ``actor`` those in which a speaker or relayed source's
    name contains it (any case).
    """
    where, params = [], []
    bound = parse_since(since)
    if bound is not None:
        where.append("s.last_seen >= ?")
        params.append(bound)
    if outlet:
        where.append("EXISTS (SELECT 1 FROM link_articles l JOIN articles a ON a.revision_id = l.revision_id"
                     " WHERE l.story_id = s.id AND (LOWER(l.outlet) LIKE ? ESCAPE '\\'"
                     " OR a.host LIKE ? ESCAPE '\\'))")
        params += [like_pattern(outlet), like_pattern(outlet)]
    if actor:
        where.append("EXISTS (SELECT 1 FROM link_articles l JOIN articles a ON a.revision_id = l.revision_id"
                     " JOIN attributions c ON c.article_id = a.id WHERE l.story_id = s.id AND a.is_latest"
                     " AND (c.speaker_key LIKE ? ESCAPE '\\' OR LOWER(c.via_names) LIKE ? ESCAPE '\\'))")
        params += [like_pattern(actor), like_pattern(actor)]
    sql = "SELECT * FROM stories s"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY s.last_seen DESC, s.id"
    out: list[Story] = []
    for part in chunks(store.conn.all(sql, params)):
        stored = fresh_stories(store, [r["id"] for r in part])
        for row in part:
            story = stored.get(row["id"]) or build_story(store, row)
            if story is not None:
                out.append(story)
                if limit is not None and len(out) >= limit:
                    return out
    return out

