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
]
__version__ = "0.1.0"
