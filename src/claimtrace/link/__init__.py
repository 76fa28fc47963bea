"""Stories across articles: wire copies, one story told by many outlets, provenance and claim groups.

``link(store)`` links what is stored (``link_articles(store, revision_ids)`` after each ingest
batch); ``stories(store, ...)`` and ``get_story(store, id)`` read them back as typed records.
"""
from .claims import group_claims
from .linker import LinkSummary, link, link_articles
from .records import ClaimGroup, Story, StoryArticle
from .stories import get_story, stories

__all__ = ["ClaimGroup", "LinkSummary", "Story", "StoryArticle", "get_story", "group_claims", "link",
           "link_articles", "stories"]
