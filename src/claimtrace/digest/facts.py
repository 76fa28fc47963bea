"""What ranking and the story list need from a story's articles, in a few fields: the sourcing
line, the hedges, how many attributions rest on named and on anonymous sources, and each article's
date. Computed once from the articles (``story_facts``) and kept beside the built story in
``story_summaries``, so ranking every story does not load every article's text and attributions.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Optional

from ..link.records import Story
from ..link.stories import members_key, stored_summaries
from ..model import ANONYMOUS_KINDS
from ..store import Store
from .evidence import StoredArticle, load_articles
from .sourcing import NAMED_KINDS, sourcing_line, story_hedges


@dataclass
class StoryFacts:
    sourcing: str                          # the one-line sourcing ("five anonymous officials, via ...")
    hedges: list[str]                      # hedging words of the story's attributions, most used first
    named: int                             # attributions to named people or organisations on record
    anonymous: int                         # attributions to anonymous sources
    dates: dict[str, Optional[str]] = field(default_factory=dict)   # revision id -> stored date

    def to_json(self) -> str:
        return json.dumps(asdict(self), separators=(",", ":"))


def story_facts(story: Story, articles: dict[str, StoredArticle]) -> StoryFacts:
    named = anonymous = 0
    for article in articles.values():
        for a in article.attributions:
            named += a.speaker_kind in NAMED_KINDS
            anonymous += a.speaker_kind in ANONYMOUS_KINDS
    return StoryFacts(sourcing=sourcing_line(story, articles), hedges=story_hedges(articles),
                      named=named, anonymous=anonymous,
                      dates={rid: a.date for rid, a in articles.items()})


def facts_for(store: Store, stories: list[Story]) -> dict[str, StoryFacts]:
    """Facts of these stories: stored ones where they match the story's members, the rest computed
    from the articles (one load for all of them)."""
    stored = stored_summaries(store, [s.id for s in stories], column="facts")
    out: dict[str, StoryFacts] = {}
    missing: list[Story] = []
    for story in stories:
        key, data = stored.get(story.id, (None, None))
        if key is not None and key == members_key(story.id, (a.revision_id for a in story.articles)):
            out[story.id] = StoryFacts(**data)
        else:
            missing.append(story)
    if missing:
        evidence = load_articles(store, [a.revision_id for s in missing for a in s.articles])
        for story in missing:
            out[story.id] = story_facts(story, {a.revision_id: evidence[a.revision_id]
                                                for a in story.articles if a.revision_id in evidence})
    return out
