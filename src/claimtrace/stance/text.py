"""Plain-text helpers the stance model, the claim index and the denial finder share: sentences,
terms, name-like tokens and numbers. No spaCy here, so ``track`` scores stored articles without parsing."""
from __future__ import annotations

import re

Offsets = tuple[int, int]

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9])|\n+")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d[\d,.]*\d|\d")
_NAME = re.compile(r"\b[A-Z][a-zA-Z'’\-]+(?:\s+[A-Z][a-zA-Z'’\-]+)*")
_NUMBER_WORDS = {"two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
                 "seven": "7", "eight": "8", "nine": "9", "ten": "10", "dozen": "12",
                 "hundred": "100", "thousand": "1000", "million": "1000000"}

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has
have having he her here hers herself him himself his how i if in into is it its itself just me more
most my myself no nor not now of off on once only or other our ours ourselves out over own same she
should so some such than that the their theirs them themselves then there these they this those
through to too under until up very was we were what when where which while who whom why will with
would you your yours yourself yourselves said says say saying told according report reports reported
news new one two just like get got us mr mrs ms via
""".split())


def sentences(text: str) -> list[Offsets]:
    """Sentence offsets: breaks after ``.!?`` before a capital or digit, and at line breaks."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if text[start:m.start()].strip():
            out.append(_trim(text, start, m.start()))
        start = m.end()
    if text[start:].strip():
        out.append(_trim(text, start, len(text)))
    return out


def _trim(text: str, start: int, end: int) -> Offsets:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def stem(word: str) -> str:
    """A crude suffix stripper: enough for "denied"/"denies"/"deny" and plurals to meet."""
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: len(w) - len(suffix)] + repl
    return w


def words(text: str) -> list[str]:
    """Lower-cased word tokens (numbers kept as written, without thousands separators)."""
    return [m.group(0).lower().replace(",", "") for m in _WORD.finditer(text)]


def terms(text: str) -> list[str]:
    """Content terms: stemmed words without stopwords and one-letter tokens."""
    return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1]


def numbers(text: str) -> set[str]:
    """Numbers in ``text``, digits or number words, normalised to digit strings."""
    found = set()
    for w in words(text):
        if w[0].isdigit():
            found.add(w.rstrip("."))
        elif w in _NUMBER_WORDS:
            found.add(_NUMBER_WORDS[w])
    return found


def names(text: str) -> set[str]:
    """Name-like words (capitalised, not sentence-initial stopwords), lower-cased: a cheap stand-in for
    named entities that works on headlines written in title case too."""
    found = set()
    for m in _NAME.finditer(text):
        for w in m.group(0).split():
            lw = w.lower().strip("'’-")
            if lw not in STOPWORDS and len(lw) > 2:
                found.add(stem(lw))
    return found
