"""Headline detection for plain text: is the first line a title or the start of the body?

Plain-text news (wire copy, pasted articles, corpus files) very often starts with the headline on
its own line. Getting this right matters downstream: a headline is not a sentence of the body
and an attribution in it ("..., sources say") would be double-counted. The test is deliberately
conservative: when unsure, there is no title, and the line simply stays body text.
"""
from __future__ import annotations

import re

from .dateline import DATELINE

_MAX_CHARS = 200
_MAX_WORDS = 30
# Headlines end without a period, or with an attribution tag that may carry one:
# "Minister resigns — Reuters", "Talks stall, sources say", "Rates to rise: report".
_HEADLINE_TAG = re.compile(
    r"(?:[,:;]\s*|\s[-–—|]\s*)(?:[\w.'’-]+\s){0,3}(?:says?|said|reports?|sources?(?: say)?|"
    r"report|poll|study|survey|official|officials say)\.?$|\s[-–—|]\s*[A-Z][\w.&' ]{1,30}$",
    re.IGNORECASE,
)
_TWO_SENTENCES = re.compile(r"[a-z]{2}[.!?]['\"”’]?\s+[A-Z]")
_BYLINE = re.compile(r"^\s*(?:By|BY|Von|Par|Por)\s+[A-Z\u00c0-\u024f]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")


def is_headline(line: str) -> bool:
    """The line reads as a headline: a short single phrase that starts with a capital, with no closing full stop
    unless it ends in a headline tag ("— Reuters", ", sources say")."""
    words = line.split()
    if not (2 <= len(words) <= _MAX_WORDS) or len(line) > _MAX_CHARS:
        return False
    first = next((c for c in line if c.isalnum()), "")
    if not first or (first.isalpha() and not first.isupper()):
        return False
    if _TWO_SENTENCES.search(line):
        return False
    if _HEADLINE_TAG.search(line):
        return True
    end = line.rstrip("\"'”’) ")[-1:]
    if end in ".,;:" :
        return False
    return True


def _is_banner(line: str) -> bool:
    """A site name or section label above the headline: all capitals, "Site | Section | Sub", or an
    all-capitals site name of up to four words before its sections ("THE TARNBECK EVENING POST | National")."""
    words = line.split()
    if not words or len(words) > 8:
        return False
    letters = [c for c in line if c.isalpha()]
    sections = line.split("|")
    named = [c for c in sections[0] if c.isalpha()]
    return bool(letters) and (all(c.isupper() for c in letters) and 1 < len(words) <= 6 or len(sections) > 1 and (
        all(0 < len(s.split()) <= 3 for s in sections) or all(c.isupper() for c in named) and
        all(0 < len(s.split()) <= 4 for s in sections)))


def guess_title(text: str) -> tuple[int, int] | None:
    """Offsets of the first non-empty line if it reads as a headline, else None; below a site
    banner ("THE COASTAL TRIBUNE | World") the headline is the next line.

    A headline is short (at most ~30 words), starts with a capital, is a single phrase (no
    terminal period unless it is a headline tag like "— Reuters" or ", sources say"), and is
    followed by a blank line, a byline, a dateline, or a clearly longer body paragraph. A text
    that is only one line has no title: the line is the article.
    """
    return _headline(text, below_banner=True)


def _headline(text: str, below_banner: bool) -> tuple[int, int] | None:
    m = re.match(r"\s*", text)
    start = m.end() if m else 0
    nl = text.find("\n", start)
    if nl < 0:
        return None
    end = nl
    line = text[start:end].rstrip()
    end = start + len(line)
    if _is_banner(line) and below_banner:  # "THE COASTAL TRIBUNE | World", then the headline
        after = re.match(r"[ \t]*\n\s*", text[end:])
        if after:
            found = _headline(text[end + after.end():], below_banner=False)
            if found is not None:
                return end + after.end() + found[0], end + after.end() + found[1]
    if not is_headline(line):
        return None
    rest = text[nl + 1:]
    if not rest.strip():
        return None
    next_line = rest.split("\n", 1)[0]
    if not next_line.strip():  # blank line after the headline
        return start, end
    if _BYLINE.match(next_line) or DATELINE.match(next_line.lstrip()):
        return start, end
    body = next_line.strip()
    if len(body) >= max(2 * len(line), 80) and _SENTENCE_END.search(body):
        return start, end
    return None
