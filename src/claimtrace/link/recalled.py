"""Sentences that recall an earlier time ("last month", "two weeks ago", "In May ..."): what they tell
happened before the story at hand, so it is background, not a report or a denial of this story."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Optional

#: how far back a phrase places what a sentence recalls, in days ("last month": about 30)
_AGO = re.compile(r"\b(?:(?P<last>last|earlier this|previous) (?P<unit1>week|month|year)|"
                  r"(?P<n>a|an|one|two|three|four|five|six|\d+) (?P<unit2>weeks?|months?|years?) (?:ago|earlier))\b",
                  re.IGNORECASE)
#: a report or a denial of this month or week, told in the past ("A newspaper reported this month that ..."): dated as
#: "earlier this month" (not "will invest there this year", which says when something is to be done)
_TOLD_THIS = re.compile(r"\b(?:reported|revealed|said|wrote|published|alleged|claimed|denied|dismissed|rejected)\s+"
                        r"(?P<last>this) (?P<unit1>week|month)\b", re.IGNORECASE)
_UNIT_DAYS = {"week": 7, "month": 30, "year": 365}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_IN_MONTH = re.compile(r"\b(?i:in|on|since|early|late|mid-?)\s+(January|February|March|April|May|June|July|August|"
                       r"September|October|November|December)\b")
#: the day of the month after a month's name ("March 1")
_DAY_AFTER = re.compile(r"\s+(\d{1,2})\b")
#: days before an article within which a dated report is news of the article's days, not recalled
RECENT_DAYS = 7
#: a verb of reporting right before a date: "reported on October 8"
_REPORTED_ON = re.compile(r"\b(?:reported|revealed|disclosed|published|wrote|said|announced)\s*$", re.IGNORECASE)
_SMALL_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: what came a while after something recalled: "The suspension comes a month after The Lanternpost reported"
_A_WHILE_AFTER = re.compile(r"\b(?:a|an|one|two|three|four|five|six|\d+) (?:weeks?|months?|years?) after\b",
                            re.IGNORECASE)
#: a sentence opening on an earlier time ("Earlier this month", "Last year", "In 2024")
_EARLIER = re.compile(r"^\W*(?:earlier|previously|last (?:week|month|year)|in (?:19|20)\d\d)\b", re.IGNORECASE)


def recalled_from_before(sentence: str, published: Optional[str], first_seen: Optional[str]) -> bool:
    """The sentence recalls something said well before the story's first article ("The Finance
    Ministry last month dismissed the Spectator's report of a planned food VAT rise", in a story that
    began this week): a denial of an earlier report, not of this story's claims."""
    if not published or not first_seen:
        return False
    month = _IN_MONTH.search(sentence)
    if month is not None and _in_what_was_reported(sentence, month.start(), month.end()):
        month = None  # "... put up prices in January, The Ledger reported on Wednesday": when it happened
    if month is not None:  # "In May the ministry dismissed ...": the end of that month, this year or last
        try:
            day = date.fromisoformat(published[:10])
            number = _MONTHS.index(month.group(1).lower()[:3]) + 1
            year = day.year if number <= day.month else day.year - 1
            end = date(year + number // 12, number % 12 + 1, 1) - timedelta(days=1)
            dated = _DAY_AFTER.match(sentence, month.end())  # "reported on March 1": that day, not the month's end
            if dated is not None:
                end = date(year, number, int(dated.group(1)))
            return end < date.fromisoformat(first_seen[:10]) - timedelta(days=3)
        except ValueError:
            return False
    m = _AGO.search(sentence) or _TOLD_THIS.search(sentence)
    if m is None:
        return False
    if m.group("last") and m.group("last").lower() in ("earlier this", "this"):
        # "earlier this month" ("reported this month") in an article of the 29th: most likely about two weeks before,
        # not three days
        try:
            day = date.fromisoformat(published[:10])
        except ValueError:
            return False
        unit = m.group("unit1").lower()
        into = day.day - 1 if unit == "month" else day.timetuple().tm_yday - 1 if unit == "year" else 6
        days = max(3, into // 2)
    elif m.group("last"):
        days = _UNIT_DAYS[m.group("unit1").lower()]
    else:
        n = m.group("n").lower()
        days = (int(n) if n.isdigit() else _SMALL_NUMBERS[n]) * _UNIT_DAYS[m.group("unit2").lower().rstrip("s")]
    try:
        recalled = date.fromisoformat(published[:10]) - timedelta(days=days)
        return recalled < date.fromisoformat(first_seen[:10]) - timedelta(days=3)
    except ValueError:
        return False


_REPORTING_VERBS = r"(?:reported|said|wrote|revealed|told|reports|says)"
#: a reporting clause closing the sentence (", The Gullwether reported on Wednesday")
_CLOSING_REPORT = re.compile(r",\s+(?:[\w'’-]+\s+){1,5}?" + _REPORTING_VERBS + r"\b")
#: (also a report named as such: "a television report on Thursday, citing ..., that the lift had had no valid
#: certificate since March 2025": the month is in what it told)
_REPORTING = re.compile(r"\b(?:" + _REPORTING_VERBS + r"|report|citing)\b")
#: a clause of its own between the reporting verb and the phrase ("said a manager had written in September")
_A_CLAUSE = re.compile(r"\bthat\b|\b(?:had|has|have|was|were|is|are|would|will|could|did)\b|\b\w{3,}ed\b")


def _in_what_was_reported(sentence: str, start: int, end: int) -> bool:
    """The phrase at ``start``-``end`` lies in what a report in the sentence told, not in when it told it
    ("... put up prices in January, the Ledger reported on Wednesday"; "The paper said a manager had
    written in September that ..."; not "The ministry said in March that ...")."""
    if _CLOSING_REPORT.search(sentence, end) is not None:
        return True
    verbs = list(_REPORTING.finditer(sentence, 0, start))
    return bool(verbs) and _A_CLAUSE.search(sentence, verbs[-1].end(), start) is not None


_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")


def _in_a_quote(sentence: str, at: int, outlet_at: int) -> bool:
    """Character ``at`` lies inside a quotation: after an opening mark of the sentence, or before a closing
    mark that comes ahead of the outlet's name at ``outlet_at`` (the sentence may start inside the quote:
    '"That is not true. He will coach us in June," she told X')."""
    return len(_QUOTE_MARKS.findall(sentence, 0, at)) % 2 == 1 or \
        at < outlet_at and len(_QUOTE_MARKS.findall(sentence, at, outlet_at)) % 2 == 1


def recalls_an_earlier_time(sentence: str, published: Optional[str] = None, at: int = 0) -> bool:
    """The sentence places what it tells before now ("Earlier this month The Quillpost reported ...";
    with the article's ``published`` stamp, also "The Harrowline revealed in March, citing ..., that"
    in an article of April: an earlier month before what was told, ``at`` the outlet's offset in the
    sentence; not "told the paper that managers had informed them in January", nor "The payments, first
    reported by X, were made on May 19")."""
    # (not inside what someone said: '"We took on 60 apprentices last month ...," Gilbart told Radio Ambry')
    if any(not _in_a_quote(sentence, m.start(), at)
           for p in (_AGO, _EARLIER, _A_WHILE_AFTER) for m in p.finditer(sentence)):
        return True
    month = _IN_MONTH.search(sentence)
    # (a month after the outlet dates what was told when a "that" or the clause's own comma comes between:
    # "The payments, first reported by X, were made on May 19")
    if month is None or not published or month.start() > at and re.search(r"\bthat\b|,", sentence[at:month.start()]):
        return False
    if _in_a_quote(sentence, month.start(), at):
        return False  # "... our coach at the championship in June," she told X: what she said, not when
    try:
        today = date.fromisoformat(published[:10])
    except ValueError:
        return False
    number = _MONTHS.index(month.group(1).lower()[:3]) + 1
    day = re.match(r"\s+(\d{1,2})\b", sentence[month.end():])
    if day is not None and number == today.month:
        # "reported on October 8" in an article of October 29: a report more than a week before it (the
        # day dates the reporting; in "as shocked as everyone else on February 9," it dates something else)
        return _REPORTED_ON.search(sentence[:month.start()]) is not None and \
            int(day.group(1)) < today.day - RECENT_DAYS
    return number < today.month  # (a later month is ahead: "will vote in September")
