"""The digest: stories ranked by what matters (with the rank explained), summarised from their
articles with a sourcing line, what changed since the previous digest, rendered as text, Markdown,
HTML e-mail, JSON or a feed, and sent over SMTP. ``claimtrace digest`` is a thin layer over
:func:`build_digest`, :mod:`render`, :mod:`feeds` and :mod:`mail`."""
from .build import build_digest, rank, record_digest
from .records import ArticleLink, Digest, DigestStory, RankFactor, SummarySentence

__all__ = ["build_digest", "rank", "record_digest", "Digest", "DigestStory", "RankFactor",
           "SummarySentence", "ArticleLink"]
