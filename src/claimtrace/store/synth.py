"""Synthetic but realistic ``Article`` records, for store tests and benchmarks (no NLP involved).

``synthetic_article(i)`` is a pure function of ``i``, the seed and the reference time, so a
re-run (e.g. after a killed ingest) regenerates exactly the same articles. Offsets are real: every
span points at its text in ``Article.text``.
"""
from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Optional

from ..model import Article, Attribution, Source, Speaker, TextSpan

OUTLETS = [
    ("Reuters", "www.reuters.com"), ("Associated Press", "apnews.com"), ("BBC News", "www.bbc.co.uk"),
    ("The Guardian", "www.theguardian.com"), ("Der Spiegel", "www.spiegel.de"),
    ("Le Monde", "www.lemonde.fr"), ("Al Jazeera", "www.aljazeera.com"), (None, "news.example.org"),
    ("The Hindu", "www.thehindu.com"), ("NPR", "www.npr.org"), ("Bloomberg", "www.bloomberg.com"),
    ("Politico", "www.politico.eu"),
]
PEOPLE = [
    ("Anna Berg", "economy minister"), ("Omar Haddad", "spokesman"), ("Li Wei", "analyst"),
    ("Maria Santos", "mayor"), ("John Okafor", "central bank governor"), ("Sofia Rossi", "senator"),
    ("Kenji Tanaka", "chief executive"), ("Emma Larsen", "prosecutor"), ("Pedro Alves", "coach"),
    ("Fatima Noor", "researcher"), ("David Cohen", "ambassador"), ("Ingrid Holm", "union leader"),
] + [(f"Person {n:03d}", "official") for n in range(200)]
ORGS = ["the Finance Ministry", "the World Health Organization", "the European Commission",
        "Acme Corp", "the police", "the UN refugee agency", "NATO", "the central bank"]
GROUPS = ["officials", "diplomats", "people familiar with the matter", "sources close to the talks",
          "analysts", "residents", "investigators", "executives"]
CUES = ["said", "told reporters", "warned", "claimed", "added", "according to", "announced", "argued"]
CONTENTS = ["the talks would resume next week", "prices were expected to fall further",
            "no decision had been taken", "the deal was close to collapse",
            "the outbreak was under control", "more troops would be deployed",
            "the figures had been revised", "the company would cut 2,000 jobs",
            "the vote could be delayed", "inflation had peaked"]
WORDS = ("the a of to in and on for with by government minister talks week year people city report "
         "market prices police court vote election deal company workers budget plan border health "
         "hospital school energy oil gas climate water region officials crisis troops aid support "
         "increase decline said after before during while despite since until amid over under new "
         "last first second major local national international public private early late").split()
HEDGES = ["reportedly", "allegedly", "may", "could", "is believed to"]
NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def synthetic_article(i: int, *, seed: int = 0, reference: Optional[datetime] = None,
                      attributions: int = 10, days: int = 60, tag: str = "") -> Article:
    """Article number ``i``: an outlet, a date within ``days`` before ``reference``, ~N attributions."""
    rng = random.Random(f"{seed}:{i}")
    reference = reference or datetime(2026, 1, 1, tzinfo=timezone.utc)
    outlet, host = OUTLETS[rng.randrange(len(OUTLETS))]
    published = None
    if rng.random() > 0.05:  # some articles have no date: they are dated by ingest time
        published = (reference - timedelta(seconds=rng.randrange(days * 86400))).strftime("%Y-%m-%dT%H:%M:%SZ")
    parts: list[str] = [f"Headline number {i}{tag}. "]
    pos = len(parts[0])
    sources: list[Source] = []
    atts: list[Attribution] = []

    def add(s: str) -> tuple[int, int]:
        nonlocal pos
        start = pos
        parts.append(s)
        pos += len(s)
        return start, pos

    n = max(1, attributions + rng.choice((-1, 0, 0, 1))) if attributions else 0
    for k in range(n):
        roll = rng.random()
        count = None
        if roll < 0.45:
            name, role = PEOPLE[rng.randrange(len(PEOPLE))]
            kind, label, name_or_none = "person", f"{role} {name}", name
        elif roll < 0.6:
            org = ORGS[rng.randrange(len(ORGS))]
            kind, label, name_or_none, role = "organization", org, org.removeprefix("the "), None
        elif roll < 0.85:
            count = rng.choice((None, 2, 3, 4, 5, 6))
            group = GROUPS[rng.randrange(len(GROUPS))]
            kind, name_or_none, role = "anonymous_group", None, None
            label = f"{NUMBERS[count]} {group}" if count else group
        else:
            kind, label, name_or_none, role, count = "anonymous_person", "a senior official", None, None, 1
        sid = f"s{k}"
        cue = CUES[rng.randrange(len(CUES))]
        content = CONTENTS[rng.randrange(len(CONTENTS))]
        hedges = [HEDGES[rng.randrange(len(HEDGES))]] if rng.random() < 0.3 else []
        direct = rng.random() < 0.4
        if direct:
            c = add(f'"{content[0].upper()}{content[1:]}," ')
            c = (c[0] + 1, c[1] - 3)
            s = add(label)
            add(" ")
            q = add(cue)
            add(". ")
        else:
            s = add(label[0].upper() + label[1:])
            add(" ")
            q = add(cue)
            add(" that ")
            c = add(content)
            add(". ")
        via: list[str] = []
        if k and rng.random() < 0.15:
            via = [sources[rng.randrange(len(sources))].id]
        sources.append(Source(id=sid, kind=kind, name=name_or_none, role=role, count=count, mentions=[s]))
        text_so_far = "".join(parts)
        atts.append(Attribution(
            cue=TextSpan([q], text_so_far[q[0]:q[1]]), content=TextSpan([c], text_so_far[c[0]:c[1]]),
            source=TextSpan([s], text_so_far[s[0]:s[1]]), kind="direct" if direct else "indirect",
            speaker=Speaker(source_id=sid, name=name_or_none, kind=kind), source_count=count,
            via=via, modality="hedged" if hedges else "asserted", hedges=hedges,
        ))
    # background paragraphs without attributions: real articles are mostly this (~3-4 kB in all)
    for _ in range(rng.randrange(15, 40)):
        words = [WORDS[rng.randrange(len(WORDS))] for _ in range(rng.randrange(8, 25))]
        add(words[0].capitalize() + " " + " ".join(words[1:]) + ". ")
    slug = f"{i}{tag}"
    return Article(
        input=f"https://{host}/news/{slug}", text="".join(parts), title=f"Headline number {slug}",
        language="en", url=f"https://{host}/news/{slug}?utm_source=feed",
        canonical_url=f"https://{host}/news/{slug}", outlet=outlet, author=None, published=published,
        sources=sources, attributions=atts,
    )
