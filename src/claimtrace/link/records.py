"""Typed records of the linking stage: stories, the articles in them, and claim groups.

A ``Story`` is what the ``story`` command and ``/api/stories/{id}`` print (docs/contract.md);
the digest and the web app read these records, never raw rows.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Literal, Optional

Role = Literal["original", "relay", "copy"]


@dataclass
class StoryArticle:
    """One article (its latest revision) as a member of a story."""

    revision_id: str
    input: str
    url: Optional[str]
    outlet: Optional[str]
    published: Optional[str]          # normalised UTC timestamp, else None
    role: Role
    title: Optional[str] = None
    relays: list[str] = field(default_factory=list)   # outlets whose report this article relays
    copy_of: Optional[str] = None                      # revision_id of the text it copies


@dataclass
class ClaimGroup:
    """One attributed statement as carried by one or more articles of a story."""

    id: str
    text: str
    sources: list[str]                 # speaker names (or source texts) behind it
    source_count: Optional[int]
    via: list[str]                     # outlet chain, nearest first
    modality: str                      # "asserted" | "hedged" (the first carrier's)
    articles: list[str]                # revision_ids carrying it
    first_seen: Optional[str]
    denied_by: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)    # e.g. "hedge_dropped", "count_dropped"
    flagged_outlets: dict[str, list[str]] = field(default_factory=dict)   # flag -> outlets doing it


@dataclass
class Story:
    """Articles about one underlying report or event, with their provenance and claims."""

    id: str
    title: Optional[str]
    first_seen: Optional[str]
    last_seen: Optional[str]
    articles: list[StoryArticle] = field(default_factory=list)
    origins: list[str] = field(default_factory=list)
    independent_reports: int = 0
    claims: list[ClaimGroup] = field(default_factory=list)
    #: sources on the same matter saying opposite things, or a claim and its on-record denial
    #: (``stance.denials.Contradiction`` as plain data: kind, claim_a, claim_b, sources, texts)
    contradictions: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> "Story":
        """The inverse of ``to_dict`` (stored story summaries are read back with it)."""
        fields = dict(data)
        fields["articles"] = [StoryArticle(**a) for a in data.get("articles", [])]
        fields["claims"] = [ClaimGroup(**c) for c in data.get("claims", [])]
        return cls(**fields)
