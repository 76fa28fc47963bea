"""Wire datelines ("GENEVA, March 4 (Meridian) - ") at the start of a paragraph: the one pattern
the extractor, the title finder, the linker and the digest's summaries use.

A dateline is not part of any sentence: the parser is told a sentence starts after it, content and
source spans skip it, and the agency in brackets is the outlet that "the agency" refers to.
"""
from __future__ import annotations

import re

#: capital letters, with those of other Latin alphabets ("HALLENBRÜCK", "ŁÓDŹ"; Latin Extended-A lists its
#: capitals and small letters in turn, so its small ones pass too)
_CAPITAL = "A-ZÀ-ÖØ-ÞĀ-ž"

#: the place in capitals, up to two comma parts ("REDBANK, Oregon, Aug 3"), the agency in brackets
DATELINE = re.compile(
    rf"^(?P<place>[{_CAPITAL}][{_CAPITAL}.'’ /-]{{1,40}})"
    r"(?:,[ A-Za-z.]{2,25}?(?: \d{1,2})?){0,2}[ ]?(?:\((?P<agency>[A-Z][^)\n]{1,40})\))?[ ]?[-—–]{1,2}[ ]", re.M)


def find_datelines(text: str) -> list[tuple[int, int, str | None]]:
    """(start, end, agency or None) of every dateline in ``text``."""
    return [(m.start(), m.end(), m.group("agency")) for m in DATELINE.finditer(text)]


#: how far into a text a dateline counts as the article's own (after a banner, headline and byline)
NEAR_START = 400


def agency_of(text: str, within: int = NEAR_START) -> str | None:
    """The agency a dateline near the start names ("REDBANK, Oregon, Aug 3 (Meridian) - "): the
    outlet of a copy that says nothing else about where it comes from."""
    return next((agency.strip() for _, _, agency in find_datelines(text[:within]) if agency), None)


def place_of(text: str, within: int = NEAR_START) -> str | None:
    """The place of the first dateline near the start, case-folded ("VELLIN (Castell) - ": "vellin"):
    one outlet's two places on one day are its two bureaus' stories."""
    m = DATELINE.search(text[:within])
    return " ".join(m.group("place").split()).strip(" -—–").casefold() or None if m else None
