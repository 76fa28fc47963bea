"""claimtrace: who said what, on whose word, how many people, how sure — in the news.

    >>> import claimtrace
    >>> article = claimtrace.extract('"We will not sign," she said.')
    >>> [a.kind for a in article.attributions]
    ['direct']
"""
from .api import extract, extract_documents, load
from .config import Settings
from .model import Article, Attribution, Document, Source, Speaker, TextSpan

__all__ = [
    "extract", "extract_documents", "load", "Settings",
    "Article", "Attribution", "Document", "Source", "Speaker", "TextSpan",
    "stories", "get_story", "link", "Story", "StoryArticle", "ClaimGroup", "track",
]

#: Names served by later stages, imported on first use so that ``import claimtrace`` (and every
#: worker process) does not load the linking and stance libraries it may never need.
_LAZY = {"stories": "link", "get_story": "link", "link": "link", "Story": "link",
         "StoryArticle": "link", "ClaimGroup": "link", "track": "stance"}


def __getattr__(name: str):
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module 'claimtrace' has no attribute {name!r}")
__version__ = "0.1.0"
