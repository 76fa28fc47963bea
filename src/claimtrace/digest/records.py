"""Typed records of a digest: the ranked stories with why they rank, what they say, on whose word,
and what changed since the previous digest. Renderers (text, Markdown, HTML, JSON, feeds) and the
web app read these records only."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Optional

from ..link.records import Story
from ..stance.denials import Contradiction


@dataclass
class RankFactor:
    """One ingredient of a story's rank: its share of the score and the reason in words."""

    name: str          # corroboration | novelty | contested | source_weight | spread
    value: float       # 0..1 before weighting
    weight: float
    reason: str

    @property
    def points(self) -> float:
        return self.value * self.weight


@dataclass
class SummarySentence:
    """A sentence taken verbatim from one of the story's articles."""

    text: str
    outlet: Optional[str]
    url: Optional[str]
    revision_id: str


@dataclass
class ArticleLink:
    title: Optional[str]
    outlet: Optional[str]
    url: Optional[str]
    published: Optional[str]
    role: str


@dataclass
class DigestStory:
    """One story as the digest shows it."""

    story: Story
    rank: int
    score: float
    factors: list[RankFactor]
    summary: list[SummarySentence]
    sourcing: str                  # the one-line sourcing ("five anonymous officials, via ...")
    hedges: list[str]              # hedging words carried by the story's claims
    changes: list[str]             # what changed since the previous digest, in words
    is_new: bool
    links: list[ArticleLink]
    contradictions: list[Contradiction] = field(default_factory=list)   # sources saying X and not-X

    @property
    def explanation(self) -> str:
        """The rank in one line: the factors that weigh most first."""
        ranked = sorted(self.factors, key=lambda f: -f.points)
        return "; ".join(f.reason for f in ranked if f.value > 0) or "little corroboration yet"

    def to_dict(self) -> dict:
        data = asdict(self)
        data["story"] = self.story.to_dict()
        data["explanation"] = self.explanation
        for f, d in zip(self.factors, data["factors"]):
            d["points"] = round(f.points, 4)
        return data


@dataclass
class Digest:
    """A ranked selection of stories at one moment; ``previous_at`` is the digest compared against."""

    generated_at: str
    since: Optional[str]
    stories: list[DigestStory] = field(default_factory=list)
    previous_at: Optional[str] = None
    id: Optional[int] = None       # set once recorded in the store

    def to_dict(self) -> dict:
        return {"id": self.id, "generated_at": self.generated_at, "since": self.since,
                "previous_at": self.previous_at, "stories": [s.to_dict() for s in self.stories]}
